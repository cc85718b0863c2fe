"""arithmetic_mismatch: percent changes, shares of a total and parts that should add up."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from checker.checks import patterns as P
from checker.checks.common import (
    amount,
    claim_ids,
    find_all,
    finditer_at,
    plural,
    quote_ids,
    span,
)
from checker.model import Analysis, Flag, Span

# Slack on top of rounding: "about" allows more.
_SLACK = 0.05
_HEDGE_SLACK = 0.12


def _flag(analysis: Analysis, severity: str, message: str, evidence: tuple[Span, ...]) -> Flag:
    return Flag(
        type="arithmetic_mismatch",
        severity=severity,
        message=message,
        evidence=evidence,
        quote_ids=quote_ids(analysis, *evidence),
        claim_ids=claim_ids(analysis, *evidence),
    )


def _ends(a_text: str, b_text: str) -> tuple[tuple[float, float], tuple[float, float], str] | None:
    """Ranges the two ends of a change may have been rounded from, and their unit."""
    a = amount(a_text)
    b = amount(b_text)
    if a is None or b is None:
        return None
    (av, au, a_scale, ad), (bv, bu, b_scale, bd) = a, b
    if au and bu and au != bu:
        return None
    if _is_year(a_text) and _is_year(b_text):  # "grew 27 percent from 2009 to 2014"
        return None
    # "from 10 to 12 million": the first end takes the second's scale
    if b_scale > 1 and a_scale == 1 and au != "%":
        a_scale = b_scale
        av *= b_scale
    a_half = 0.5 * 10 ** (-ad) * a_scale
    b_half = 0.5 * 10 ** (-bd) * b_scale
    return (av - a_half, av + a_half), (bv - b_half, bv + b_half), au or bu


def _is_year(text: str) -> bool:
    text = text.strip()
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def _changes(text: str, analysis: Analysis) -> list[Flag]:
    flags: list[Flag] = []
    seen: set[int] = set()
    windows = [(max(0, g.start() - 150), g.end() + 150) for g in P.FROM_GATE.finditer(text)]
    matches = [
        m
        for lo, hi in windows
        for pattern in (P.CHANGE_VERB_FIRST, P.CHANGE_FROM_FIRST, P.CHANGE_NOUN_FIRST)
        for m in pattern.finditer(text, lo, hi)
    ]
    for m in matches:
        if m.start("pct") in seen:
            continue
        seen.add(m.start("pct"))
        try:
            ends = _ends(m.group("a"), m.group("b"))
        except (ValueError, ZeroDivisionError):
            continue
        if ends is None:
            continue
        (a_lo, a_hi), (b_lo, b_hi), unit = ends
        a = (a_lo + a_hi) / 2
        b = (b_lo + b_hi) / 2
        if a <= 0 or a_lo <= 0:
            continue
        up = m.group("up") is not None
        stated = float(m.group("pct").replace(",", ""))
        hedge = (m.group("hedge") or "").lower()
        pct_span = span(text, m.start("pct"), _pct_end(text, m))
        a_span = span(text, m.start("a"), m.end("a"))
        b_span = span(text, m.start("b"), m.end("b"))
        evidence = (pct_span, a_span, b_span)
        if up != (b > a) and a != b:
            flags.append(
                _flag(
                    analysis,
                    "medium",
                    f"The text says the figure {'rose' if up else 'fell'} by {pct_span.text}, "
                    f"but it went from {a_span.text} to {b_span.text}.",
                    evidence,
                )
            )
            continue
        # the change as a percentage, over every rounding of the ends
        lo = (b_lo - a_hi) / a_hi * 100 if up else (a_lo - b_hi) / a_lo * 100
        hi = (b_hi - a_lo) / a_lo * 100 if up else (a_hi - b_lo) / a_hi * 100
        lo, hi = min(lo, hi), max(lo, hi)
        options = [(lo, hi)]
        if unit == "%" or m.group("pts"):
            points = abs(b - a)
            options.append((points - 0.05, points + 0.05))
        if m.group("pts") and unit == "%":
            options = options[1:]
        half = 0.5 * 10 ** (-_decimals(m.group("pct")))
        slack = max(half, stated * (_HEDGE_SLACK if hedge else _SLACK))
        if hedge in ("more than", "over", "just over"):
            ok = any(h >= stated - half for _, h in options)
        elif hedge in ("less than", "under", "just under", "nearly", "almost"):
            ok = any(lo_ <= stated + half for lo_, _ in options) and any(
                h >= stated - slack for _, h in options
            )
        else:
            ok = any(lo_ - slack <= stated <= h + slack for lo_, h in options)
        if ok:
            continue
        if m.group("pts") and unit == "%":
            actual = abs(b - a)
            change = f"{'a rise' if up else 'a fall'} of {actual:.1f} percentage points"
        else:
            actual = abs(b - a) / a * 100
            change = f"{'an increase' if up else 'a decrease'} of {actual:.1f}%"
        severity = "medium" if abs(actual - stated) > max(2.0, 0.25 * stated) else "low"
        flags.append(
            _flag(
                analysis,
                severity,
                f"A change from {a_span.text} to {b_span.text} is {change}, not {pct_span.text}.",
                evidence,
            )
        )
    return flags


def _pct_end(text: str, m: re.Match[str]) -> int:
    if "pts" in m.re.groupindex and m.group("pts"):
        return m.end("pts")
    tail = re.match(r"\d[\d,.]*[ \u00a0]?(?:%|percent|per cent)", text[m.start("pct") :], re.I)
    return m.start("pct") + (tail.end() if tail else len(m.group("pct")))


def _decimals(num: str) -> int:
    return len(num.split(".", 1)[1]) if "." in num else 0


def _shares(text: str, analysis: Analysis) -> list[Flag]:
    flags: list[Flag] = []
    seen: set[int] = set()
    gates = finditer_at(P.SHARE_GATE, text, find_all(text, P.SHARE_GATE_STARTS))
    windows = [(max(0, g.start() - 70), g.end() + 80) for g in gates]
    for m in (m for lo, hi in windows for m in P.SHARE_OF_TOTAL.finditer(text, lo, hi)):
        if m.start() in seen:
            continue
        seen.add(m.start())
        part = amount(m.group("part"))
        total = amount(m.group("total"))
        if part is None or total is None or total[0] <= 0 or part[0] <= 0:
            continue
        if part[1] != total[1] or part[1] == "%":
            continue
        if m.group("frac"):
            share = P.FRACTIONS[re.sub(r"\s+", " ", m.group("frac").lower())]
            share_text = m.group("frac")
        else:
            share = float(m.group("pct").replace(",", "")) / 100
            share_text = None
        actual = part[0] / total[0]
        hedge = (m.group("hedge") or "").lower()
        ratio = actual / share
        if hedge in ("more than", "over", "just over"):
            ok = ratio >= 0.97
        elif hedge in ("less than", "under", "just under", "nearly", "almost"):
            ok = 0.75 <= ratio <= 1.03
        elif hedge or m.group("frac"):
            ok = 0.8 <= ratio <= 1.2
        else:
            ok = 0.93 <= ratio <= 1.07
        if ok:
            continue
        part_span = span(text, m.start("part"), m.end("part"))
        share_end = m.end("frac") if m.group("frac") else _pct_end(text, m)
        share_start = m.start("frac") if m.group("frac") else m.start("pct")
        share_span = span(text, share_start, share_end)
        total_span = span(text, m.start("total"), m.end("total"))
        severity = "medium" if ratio > 1.5 or ratio < 0.67 else "low"
        flags.append(
            _flag(
                analysis,
                severity,
                f"{part_span.text} is {actual * 100:.0f}% of {total_span.text}, "
                f"not {hedge + ' ' if hedge else ''}{share_text or share_span.text}.",
                (part_span, share_span, total_span),
            )
        )
    return flags


def _count(word: str) -> int | None:
    word = word.lower()
    if word in P.NUMBER_WORDS:
        return P.NUMBER_WORDS[word]
    try:
        return int(word.replace(",", ""))
    except ValueError:
        return None


def _after_letter(text: str, pos: int) -> bool:
    return pos > 0 and text[pos - 1].isalpha()


def _any_within(sorted_offsets: list[int], lo: int, hi: int) -> bool:
    i = bisect_left(sorted_offsets, lo)
    return i < len(sorted_offsets) and sorted_offsets[i] < hi


def _parts(text: str, analysis: Analysis) -> list[Flag]:
    flags: list[Flag] = []
    # Both patterns are scanned only from where str.find says they can start; the colon
    # windows only when they hold a colon followed by a count (the same matches, cheaper).
    gates = list(finditer_at(P.COLON_GATE, text, find_all(text, P.COLON_GATE_LITERALS)))
    counted = [g.start() for g in gates if P.COUNT_AFTER_COLON.match(text, g.end())]
    colons = [(max(0, g.start() - 40), g.end() + 200) for g in gates]
    colons = [(lo, hi) for lo, hi in colons if _any_within(counted, lo, hi)]
    of_starts = find_all(text, P.PARTS_OF_TOTAL_LITERALS)
    found = {
        (m.start(), m.end()): m
        for m in [
            *(
                m
                for m in finditer_at(P.PARTS_OF_TOTAL, text, of_starts)
                if not _after_letter(text, m.start())
            ),
            *(m for lo, hi in colons for m in P.PARTS_AFTER_COLON.finditer(text, lo, hi)),
        ]
    }
    if found:
        for m in found.values():
            total = _count(m.group("total"))
            listing = m.group("list")
            if total is None or total < 2 or P.OVERLAP_WORDS.search(listing):
                continue
            items = list(P.LIST_ITEM.finditer(listing))
            if len(items) < 2 or items[0].start() != 0:
                continue
            # the list must be "N x, N y and N z" right up to its end: an "and" before the last
            if not re.search(r"\band\b|&", listing[items[-2].end() : items[-1].start("n")]):
                continue
            values = [_count(i.group("n")) for i in items]
            if any(v is None for v in values):
                continue
            parts = sum(v for v in values if v is not None)
            if parts == total:
                continue
            base = m.start("list")
            total_span = span(text, m.start("total"), m.end("noun"))
            part_spans = tuple(span(text, base + i.start("n"), base + i.end("n")) for i in items)
            listed = ", ".join(s.text for s in part_spans)
            severity = "medium" if parts > total else "low"
            flags.append(
                _flag(
                    analysis,
                    severity,
                    f"The parts {listed} add up to {plural(parts)}, "
                    f"not the {total_span.text} they are said to make up.",
                    (total_span, *part_spans),
                )
            )
    return flags


def arithmetic_mismatches(
    text: str, analysis: Analysis, *, published: dt.date | None = None
) -> list[Flag]:
    """Stated figures that do not add up.

    - a percent change whose two ends are stated ("rose 50% from 10 to 12");
    - a share of a stated total ("$45 million, about a third of the $150 million budget");
    - parts that should add up to a stated total ("Of the 100 seats, 52 ..., 46 ... and 3 ...").

    Rounding of the figures as written is allowed for, and hedges ("about", "more than") widen
    the tolerance. Severity is ``medium`` for clear gaps, ``low`` for small ones.
    """
    return _changes(text, analysis) + _shares(text, analysis) + _parts(text, analysis)
