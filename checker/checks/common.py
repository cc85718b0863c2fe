"""Small helpers shared by the checks: spans, the quotes and claims a span touches, amounts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from checker.checks import patterns as P
from checker.model import Analysis, Span

_SENTENCE_START = re.compile(r"(?:[.!?][\"”’')\]]*[\s\u00a0]+|\n)(?=[\"“‘'(\[]?[A-Z0-9])")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=[\s\u00a0]+[\"“‘'(\[]?[A-Z0-9]|\s*\Z)|\n")
_AMOUNT = re.compile(
    rf"(?P<sym>US\$|\$|€|£|¥)?[ \u00a0]?(?P<num>{P.NUM})[ \u00a0]?(?P<pct>%|percent|per cent)?"
    rf"(?:[ \u00a0]?(?P<scale>trillion|billion|million|thousand|bn|mn|mln)\b)?",
    re.IGNORECASE,
)


def find_all(text: str, literals: Iterable[str]) -> list[int]:
    """Sorted start offsets of every occurrence of any of ``literals`` (overlaps included).

    ``str.find`` runs in C with a fast substring search, far cheaper than a regex trying each
    position of the text; it feeds :func:`finditer_at`.
    """
    out: list[int] = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            out.append(at)
            at = text.find(literal, at + 1)
    out.sort()
    return out


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only the sorted offsets ``starts``.

    The same matches as the full scan whenever every match starts at one of ``starts`` and
    none is empty: like ``finditer``, a match is the first to succeed at or after the end of
    the previous one.
    """
    pos = 0
    for start in starts:
        if start >= pos and (m := pattern.match(text, start)) is not None:
            yield m
            pos = m.end()


def span(text: str, start: int, end: int) -> Span:
    """The span ``text[start:end]``."""
    return Span(text[start:end], start, end)


def quote_ids(analysis: Analysis, *spans: Span) -> tuple[str, ...]:
    """Ids of the quotes that contain any of ``spans``."""
    out: list[str] = []
    for q in analysis.quotes:
        if any(q.start <= s.start and s.end <= q.end for s in spans) and q.id not in out:
            out.append(q.id)
    return tuple(out)


def claim_ids(analysis: Analysis, *spans: Span) -> tuple[str, ...]:
    """Ids of the claims that overlap any of ``spans``."""
    out: list[str] = []
    for c in analysis.claims:
        if any(c.start < s.end and s.start < c.end for s in spans) and c.id not in out:
            out.append(c.id)
    return tuple(out)


def sentence_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Rough bounds of the sentence holding ``text[start:end]`` (within its line)."""
    end = start if end is None else end
    lo = max(0, start - 600)
    s = lo
    for m in _SENTENCE_START.finditer(text, lo, start):
        s = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 600))
    e = m.end() if m else min(len(text), end + 600)
    return s, e


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies inside one of ``spans``."""
    return any(s <= pos < e for s, e in spans)


def quoted_regions(analysis: Analysis) -> list[tuple[int, int]]:
    """Spans of the text inside quote marks (direct and partial quotes)."""
    return [(q.start, q.end) for q in analysis.quotes if q.kind in ("direct", "partial")]


def number(text: str) -> float | None:
    """A plain number: "1,234.5" -> 1234.5."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def amount(text: str) -> tuple[float, str, float, int] | None:
    """Parse "$45 million", "12%", "1,200": (value, unit, scale, decimals).

    ``unit`` is the currency symbol, "%" or "" for a bare number; ``scale`` the multiplier of
    "million" and the like (1.0 without); ``decimals`` counts the
    digits after the decimal point as written (for rounding tolerance).
    """
    m = _AMOUNT.fullmatch(text.strip())
    if not m:
        return None
    value = number(m.group("num"))
    if value is None:
        return None
    scale = P.SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
    value *= scale
    unit = "%" if m.group("pct") else (m.group("sym") or "").replace("US$", "$")
    num = m.group("num")
    decimals = len(num.split(".", 1)[1]) if "." in num else 0
    return value, unit, scale, decimals


def plural(n: float) -> str:
    """A figure for a message: 1234.0 -> "1,234", 0.3333 -> "0.33"."""
    if abs(n - round(n)) < 1e-9:
        return f"{round(n):,}"
    return f"{n:,.2f}".rstrip("0").rstrip(".")
