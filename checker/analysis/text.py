"""Paragraphs and sentences of an article, as offsets into the original text.

Nothing here rewrites the text: every function returns spans into the string it was
given, so callers can always slice the original.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from checker.analysis.lexicon.common import ABBREVIATIONS, INITIALS

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n+|\n(?=[ \t]*[\"“«‘])")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and whitespace,
# when the next thing looks like the start of a sentence.
# In masked text (see analysis.quotes) a quote's content is blanked to "x", so a quote mark
# followed by "x" also opens a sentence.
# (It opens with one plain character class, not a repeat: re then skips to the next . ! or ?
# instead of trying a match at every character, a third of the scan's cost.)
_SENTENCE_END = re.compile(
    r"[.!?][.!?]*[\"”’'»)\]]*(?=\s+(?:[\"“‘'«(\[]{0,2}[A-Z0-9\u00C0-\u024F]|[\"“”‘'«]{1,2}x))"
)


# Words that never follow an abbreviation inside a sentence, only open the next one:
# "... attacks in the U.S. He says ...".
_OPENER = re.compile(
    r"\s+(?:He|She|They|It|We|I|The|But|And|This|That|These|Those|There|His|Her|Their|Its"
    r"|Our|In|On|At|As|If|When|While|After|Before|An)\b"
)


class Block(NamedTuple):
    """A paragraph or sentence: ``text == source[start:end]``.

    A named tuple rather than a frozen dataclass: an article makes thousands of them, and
    a frozen dataclass's ``__init__`` is several times slower to call.
    """

    text: str
    start: int
    end: int


def paragraphs(text: str) -> list[Block]:
    """Split ``text`` into paragraphs at blank lines (and at single newlines before a quote).

    Leading and trailing whitespace is left out of each paragraph's span.
    """
    return list(_paragraphs(text))


# The quote finder, the claim finder and the place check each split the same article; the
# last two articles' splits are kept (a str caches its own hash, so a hit costs nothing).
@lru_cache(maxsize=2)
def _paragraphs(text: str) -> tuple[Block, ...]:
    out: list[Block] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _append_stripped(out, text, pos, m.start())
        pos = m.end()
    _append_stripped(out, text, pos, len(text))
    return tuple(out)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Block]:
    """Split ``text[start:end]`` into sentences, skipping abbreviations and initials.

    Offsets are into ``text`` itself, so sentences of one paragraph are found with
    ``sentences(article, para.start, para.end)``.
    """
    end = len(text) if end is None else end
    out: list[Block] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, m.start(), pos) and not _OPENER.match(text, m.end()):
            continue
        _append_stripped(out, text, pos, m.end())
        pos = m.end()
    _append_stripped(out, text, pos, end)
    return out


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    if text[dot] != ".":
        return False
    i = dot
    while i > floor and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "George W. Bush"
    if INITIALS.fullmatch(word):
        return True  # initials: "J.D. Vance", "F.B.I."
    return word.lower() in ABBREVIATIONS


_tuple_new = tuple.__new__


def _append_stripped(out: list[Block], text: str, start: int, end: int) -> None:
    piece = text[start:end].rstrip()
    stripped = piece.lstrip()
    if stripped:
        start += len(piece) - len(stripped)
        # tuple.__new__ skips the named tuple's Python-level __new__: one C call a block
        out.append(_tuple_new(Block, (stripped, start, start + len(stripped))))
