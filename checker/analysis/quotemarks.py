"""Pair quotation marks into quoted spans, paragraph by paragraph.

Pairing never looks past a paragraph, except to continue a quote whose paragraph opens it
and does not close it when the next paragraph opens with a quote mark (the newspaper
convention for long quotes). An unbalanced mark therefore costs at most its own paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.analysis.text import Block

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_AMBIGUOUS = frozenset('"″')
DOUBLE_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_AMBIGUOUS
SINGLE_OPEN = frozenset("‘‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_MARKS = SINGLE_OPEN | SINGLE_CLOSE | frozenset("'")
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS
_DOUBLE_RE = re.compile("[" + "".join(sorted(DOUBLE_MARKS)) + "]")
_SINGLE_RE = re.compile("[" + "".join(sorted(SINGLE_MARKS)) + "]")

_OPEN_BEFORE = frozenset(" \t\n\u00a0([{—–-/:;,")
_CLOSE_AFTER = frozenset(" \t\n\u00a0)]}—–-/:;,.!?…")
# Words that begin with an apostrophe rather than an opening single quote.
_ELISIONS = ("tis ", "twas ", "em ", "n ", "n'", "cause ", "til ", "round ")
# A single mark that could open a quote (after a blank, a bracket, a dash or another mark,
# before a non-blank): most paragraphs have none, only apostrophes inside words. The
# character class comes first so that re skips to the next mark.
_SINGLE_MAY_OPEN = re.compile(
    "["
    + re.escape("".join(sorted(SINGLE_MARKS)))
    + "](?<![^"
    + re.escape("".join(sorted(_OPEN_BEFORE | ALL_MARKS)))
    + "]."
    + r")(?=\S)"
)


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """The content between a pair of quote marks (marks excluded, whitespace trimmed).

    ``open_at``/``close_at`` are the offsets of the marks; ``close_at`` is ``None`` when the
    quote runs on to the end of its paragraph. ``continues`` is true when the next paragraph
    carries the same quote on; ``continued`` when this span carries on the previous one.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    single: bool = False
    continues: bool = False
    continued: bool = False


_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum() accepts


def pair_quote_marks(text: str, paragraphs: list[Block]) -> list[QuotedSpan]:
    """Every quoted span in ``text``: double quotes first, then single quotes used as quotes.

    Single quotes nested inside a double-quoted span stay part of it. Unclosed marks are
    closed at the end of their paragraph only when the quote opened the paragraph (a long
    quote that runs on); a stray mark elsewhere is dropped.
    """
    text = _normalise_double_apostrophes(text)
    spans: list[QuotedSpan] = []
    for i, para in enumerate(paragraphs):
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        prev_continues = bool(spans) and spans[-1].continues
        doubles = _pair_doubles(text, para, nxt, prev_continues)
        spans.extend(doubles)
        spans.extend(_pair_singles(text, para, doubles))
    spans.sort(key=lambda s: s.start)
    return spans


def _normalise_double_apostrophes(text: str) -> str:
    """Read ``''`` (two apostrophes, the New York Times archive convention) as a double quote.

    The pair becomes one ``"`` and one space, on the side that keeps offsets and trimming
    right: ``''Text`` -> ``" Text`` and ``Text''`` -> ``Text "``.
    """
    if "''" not in text:
        return text
    pieces: list[str] = []
    pos = 0
    i = text.find("''")
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        opens = before.isspace() or before in _OPEN_BEFORE
        pieces += (text[pos:i], '" ' if opens else ' "')
        pos = i + 2
        i = text.find("''", pos)
    pieces.append(text[pos:])
    return "".join(pieces)


def _can_open(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_BEFORE or before in ALL_MARKS) and not after.isspace()


def _can_close(text: str, i: int, hi: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and (after in _CLOSE_AFTER or after in ALL_MARKS)


def _pair_doubles(
    text: str, para: Block, nxt: Block | None, prev_continues: bool
) -> list[QuotedSpan]:
    lo, hi = para.start, para.end
    out: list[QuotedSpan] = []
    open_at: int | None = None
    for m in _DOUBLE_RE.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if ch in DOUBLE_AMBIGUOUS and i > lo and text[i - 1].isdigit():
            continue  # inches or seconds: 5'11", 40"
        if open_at is None:
            if ch in DOUBLE_CLOSE and not _can_open(text, i, lo):
                continue  # a stray closing mark
            if ch in DOUBLE_AMBIGUOUS and _can_close(text, i, hi) and not _can_open(text, i, lo):
                continue
            open_at = i
        else:
            if ch in DOUBLE_OPEN and _can_open(text, i, lo) and not _can_close(text, i, hi):
                # Two openers in a row: the first was stray, unless it opened the paragraph.
                if open_at == lo:
                    _emit(out, text, open_at, i, None)
                open_at = i
                continue
            _emit(out, text, open_at, i, i)
            open_at = None
    if open_at is not None:
        runs_on = nxt is not None and text[nxt.start] in DOUBLE_MARKS
        if open_at == lo or runs_on or _opens_after_colon(text, open_at, lo):
            _emit(out, text, open_at, hi, None, continues=runs_on)
    if prev_continues and out and out[0].open_at == lo:
        first = out[0]
        out[0] = QuotedSpan(
            first.start,
            first.end,
            first.open_at,
            first.close_at,
            continues=first.continues,
            continued=True,
        )
    return out


def _opens_after_colon(text: str, i: int, lo: int) -> bool:
    j = i - 1
    while j >= lo and text[j].isspace():
        j -= 1
    return j >= lo and text[j] in ":,"


def _emit(
    out: list[QuotedSpan],
    text: str,
    open_at: int,
    stop: int,
    close_at: int | None,
    *,
    single: bool = False,
    continues: bool = False,
) -> None:
    start, end = open_at + 1, stop
    while start < end and (text[start].isspace() or text[start] in "…"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _ALNUM.search(text, start, end) is not None:
        out.append(QuotedSpan(start, end, open_at, close_at, single=single, continues=continues))


def _pair_singles(text: str, para: Block, doubles: list[QuotedSpan]) -> list[QuotedSpan]:
    """Single quotes used as quotation marks, outside every double-quoted span."""
    lo, hi = para.start, para.end
    if _SINGLE_MAY_OPEN.search(text, lo, hi) is None:
        return []  # no mark can open a quote: every one is an apostrophe
    inside = [(d.open_at, d.close_at if d.close_at is not None else hi) for d in doubles]
    out: list[QuotedSpan] = []
    open_at: int | None = None
    for m in _SINGLE_RE.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if any(a <= i <= b for a, b in inside):
            continue
        if open_at is None:
            if ch in SINGLE_CLOSE or ch == "'":
                if not _can_open(text, i, lo) or ch == "’" and i > lo and text[i - 1].isalnum():
                    continue
                rest = text[i + 1 : i + 8].lower()
                if rest[:1].isdigit() or rest.startswith(_ELISIONS):
                    continue
            elif not _can_open(text, i, lo):
                continue
            open_at = i
        else:
            if ch in SINGLE_OPEN:
                open_at = i
                continue
            after = text[i + 1] if i + 1 < hi else " "
            if after.isalpha():
                continue  # an apostrophe inside a word: don't, Xi’an
            if not _can_close(text, i, hi):
                continue
            _emit(out, text, open_at, i, i, single=True)
            open_at = None
    return out
