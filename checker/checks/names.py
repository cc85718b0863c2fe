"""name_variant: one person's name spelled two ways in one article."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from checker.analysis.people import first_names, without_possessive
from checker.checks import patterns as P
from checker.checks.common import find_all, finditer_at, quote_ids, span
from checker.model import Analysis, Flag, Span


@dataclass
class _Name:
    first: str | None
    last: str
    spans: list[Span] = field(default_factory=list)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}" if self.first else self.last


_NAME_WORD = re.compile(r"[A-Z][a-zß-öø-ÿ]+(?:-[A-Z]?[a-zß-öø-ÿ]+)?")
# possessive: a shorter word would be followed by a letter or "-", never by a blank
_NAME_WORD_BEFORE_CAPITAL = re.compile(
    r"[A-Z][a-zß-öø-ÿ]++(?:-[A-Z]?[a-zß-öø-ÿ]++)?+(?=[ \t\u00a0]+[A-Z])"
)


def _close(a: str, b: str) -> bool:
    """Whether two spellings differ by a typo: a letter or two, or two swapped letters."""
    if a == b or a.lower() == b.lower() or a[0].lower() != b[0].lower() and len(a) < 7:
        return False
    if a + "s" == b or b + "s" == a:  # "the Barry Bennetts of the world"
        return False
    shortest = min(len(a), len(b))
    if shortest < 4:
        return False
    limit = 1 if shortest < 7 else 2
    return OSA.distance(a.lower(), b.lower()) <= limit and fuzz.ratio(a, b) >= 75


def _title_case_headline_end(text: str) -> int:
    """End of a first line written in Title Case, where capitals say nothing about names."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    words = [w for w in text[:end].split() if w[:1].isalpha()]
    if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
        return end
    return 0


def _given_name_starts(text: str, given: dict[str, str]) -> list[int]:
    """Where a match of ``P.PERSON_NAME`` may start and be kept: at a given name.

    A match's first word is the whole capitalised word at its start (``_NAME_WORD``), and
    blanks and a capital follow it; a match at any other word is dropped, and skipping past
    that word passes no other capital. A hyphenated word is the exception ("Jean-Pierre"):
    all its capitals are kept, and read in order as a full scan would.
    """
    out: list[int] = []
    for w in _NAME_WORD_BEFORE_CAPITAL.finditer(text):
        word = w.group()
        if "-" in word:
            out.extend(i for i in range(w.start(), w.end()) if "A" <= text[i] <= "Z")
        elif word in given:
            out.append(w.start())
    return out


def _full_names(text: str) -> dict[str, _Name]:
    given = first_names()
    found: dict[str, _Name] = {}
    headline_end = _title_case_headline_end(text)
    pos = 0
    for start in _given_name_starts(text, given):
        # the matches a scan from ``pos`` would find at these starts, in order
        if start < pos or (m := P.PERSON_NAME.match(text, start)) is None:
            continue
        pos = m.end("first")  # a rejected run may hold a name further on
        if m.start() and text[m.start() - 1].isalpha():
            continue
        first = m.group("first")
        if first in P.NOT_NAME_WORDS or first not in given:
            continue
        rest = [w for w in m.group("rest").split() if w not in P.NAME_SUFFIXES]
        if not rest or m.start() < headline_end:
            continue
        last = without_possessive(rest[-1])
        if last in P.NOT_NAME_WORDS or any(w in P.NOT_SURNAMES for w in rest):
            continue
        pos = m.end()
        key = f"{first} {last}"
        name = found.setdefault(key, _Name(first, last))
        name.spans.append(span(text, m.start(), m.end()))
    return found


_SPACE = frozenset(" \t\u00a0")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")


def _capitals(text: str, lo: int, hi: int) -> list[int]:
    """Offsets of the capital letters A-Z in ``text[lo:hi]``."""
    return [i for i in range(lo, hi) if "A" <= text[i] <= "Z"]


def _appositions(text: str) -> list[re.Match[str]]:
    """``P.PERSON_APPOSITION.finditer(text)``, read back from the commas a title follows."""
    starts: list[int] = []
    for comma in find_all(text, ","):
        if P.APPOSITION_TITLE.match(text, comma) is None:
            continue
        lo = comma
        while lo > 0 and text[lo - 1] in P.APPOSITION_NAME_CHARS:
            lo -= 1
        starts.extend(_capitals(text, lo, comma))
    starts.sort()
    return list(finditer_at(P.PERSON_APPOSITION, text, starts))


def _surname_mentions(text: str) -> list[re.Match[str]]:
    """Matches of ``P.SURNAME_BEFORE`` then of ``P.SURNAME_AFTER``, as two ``finditer``."""
    speech = find_all(text, P.SPEECH_WORDS)
    before = sorted(speech + find_all(text, P.SURNAME_BEFORE_WORDS))
    after: list[int] = []
    for at in speech:
        end = at
        while end > 0 and text[end - 1] in _SPACE:
            end -= 1
        if end == at:
            continue
        lo = end
        while lo > 0 and text[lo - 1] in _WORD_CHARS:
            lo -= 1
        after.extend(_capitals(text, lo, end))
    after.sort()
    return [
        *finditer_at(P.SURNAME_BEFORE, text, before),
        *finditer_at(P.SURNAME_AFTER, text, after),
    ]


def name_variants(text: str, analysis: Analysis, *, published: dt.date | None = None) -> list[Flag]:
    """Pairs of names that look like one person spelled two ways ("Liong" and "Loing").

    Compared: full names (a given name from the shipped list and a surname) with the same
    given name and a surname one or two letters apart, or the same surname and a given name
    one letter apart; and surnames after "Mr.", "said" and the like against the surnames of
    full names. Flags are ``medium``: two relatives may really be called Kelly and Kelley.
    """
    fulls = _full_names(text)
    given = first_names()
    for m in _appositions(text):
        if m.start() and text[m.start() - 1].isalpha():
            continue
        parts = m.group("name").split()
        if parts[0] in P.NOT_NAME_WORDS or any(w in P.NOT_SURNAMES for w in parts):
            continue
        key = f"{parts[0]} {parts[-1]}"
        if key not in fulls:
            fulls[key] = _Name(parts[0], parts[-1], [span(text, m.start("name"), m.end("name"))])
    for sp in analysis.speakers:
        if sp.kind != "person" or " " not in sp.name:
            continue
        if any(w in P.NOT_SURNAMES for w in sp.name.split()):
            continue
        parts = [without_possessive(w) for w in sp.name.split() if w not in P.NAME_SUFFIXES]
        if len(parts) < 2 or not all(_NAME_WORD.fullmatch(w) for w in parts):
            continue
        key = f"{parts[0]} {parts[-1]}"
        if key not in fulls:
            at = text.find(sp.name)
            if at >= 0:
                fulls[key] = _Name(parts[0], parts[-1], [span(text, at, at + len(sp.name))])
    surnames = {n.last for n in fulls.values()}
    flags: list[Flag] = []
    done: set[frozenset[str]] = set()
    names = sorted(fulls.values(), key=lambda n: n.spans[0].start)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if a.first == b.first and _close(a.last, b.last):
                pass
            elif (
                a.last == b.last
                and a.first
                and b.first
                and _close(a.first, b.first)
                and (
                    min(len(a.first), len(b.first)) >= 5
                    or a.first not in given
                    or b.first not in given
                )
            ):
                pass
            else:
                continue
            pair = frozenset((a.full, b.full))
            if pair in done:
                continue
            done.add(pair)
            flags.append(_flag(text, analysis, a, b))
    # surnames on their own: "said Loing" in an article about "Chee Chyuan Liong"
    alone: dict[str, _Name] = {}
    for m in _surname_mentions(text):
        if m.start() and text[m.start() - 1].isalpha():
            continue
        group = "name"
        word = m.group(group)
        if word in surnames or word in given or word in P.NOT_NAME_WORDS or len(word) < 5:
            continue
        alone.setdefault(word, _Name(None, word)).spans.append(
            span(text, m.start(group), m.end(group))
        )
    for word, mention in alone.items():
        matches = [n for n in names if _close(n.last, word)]
        if len(matches) != 1:
            continue
        pair = frozenset((matches[0].full, word))
        if pair in done:
            continue
        done.add(pair)
        flags.append(_flag(text, analysis, matches[0], mention))
    return flags


def _flag(text: str, analysis: Analysis, a: _Name, b: _Name) -> Flag:
    ea, eb = a.spans[0], b.spans[0]
    count_a, count_b = len(a.spans), len(b.spans)
    message = (
        f"“{ea.text}” ({count_a}×) and “{eb.text}” ({count_b}×) look like one person's "
        f"name spelled two ways."
    )
    return Flag(
        type="name_variant",
        severity="medium",
        message=message,
        evidence=(ea, eb),
        quote_ids=quote_ids(analysis, ea, eb),
    )
