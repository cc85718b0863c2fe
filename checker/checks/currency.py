"""currency_mismatch: "X <currency> (about Y <currency>)" far from that year's average rate."""

from __future__ import annotations

import datetime as dt
import re

from checker import rates
from checker.checks import patterns as P
from checker.checks.common import (
    claim_ids,
    find_all,
    finditer_at,
    number,
    quote_ids,
    sentence_around,
    span,
)
from checker.model import Analysis, Flag

TOLERANCE = 0.10  # more than 10% from the year's average rate is flagged
HIGH = 0.50  # and more than 50% with the year written is unambiguous


def _currency(pre: str | None, cur: str | None) -> str | None:
    if cur:
        code = P.CURRENCY_WORDS.get(re.sub(r"\s+", " ", cur.lower()))
        if code:
            return code
        if cur.upper() in P.CURRENCY_CODES and cur.isupper():
            return cur.upper()
        return None
    if pre:
        if pre in P.CURRENCY_PREFIXES:
            return P.CURRENCY_PREFIXES[pre]
        if pre.upper() == "RMB":
            return "CNY"
        if pre.isupper() and pre in P.CURRENCY_CODES:
            return pre
    return None


def _amount(m: re.Match[str], p: str, pre: str | None) -> tuple[float, str] | None:
    code = _currency(pre.strip() if pre else None, m.group(p + "cur"))
    value = number(m.group(p + "num"))
    if code is None or value is None:
        return None
    scale = m.group(p + "scale")
    if scale:
        value *= P.SCALES[scale.lower()]
    return value, code


def _end(m: re.Match[str], p: str) -> int:
    for part in ("cur", "scale", "num"):
        if m.group(p + part):
            return m.end(p + part)
    return m.end()


def _year(
    text: str, m: re.Match[str], analysis: Analysis, published: dt.date | None
) -> tuple[int | None, bool]:
    """The year of a conversion: a Value's year, a year in its sentence, else publication."""
    for c in analysis.claims:
        for v in c.values:
            if v.kind == "money" and v.start <= m.start() < v.end and v.year:
                return v.year, True
    s, e = sentence_around(text, m.start(), m.end())
    years = [int(y.group()) for y in P.YEAR.finditer(text, s, e)]
    if years:
        # the year nearest the figures
        near = min(
            P.YEAR.finditer(text, s, e), key=lambda y: abs(y.start() - (m.start() + m.end()) / 2)
        )
        return int(near.group()), True
    if published is not None:
        return published.year, False
    return None, False


def _per(a_value: float, a: str, b_value: float, b: str) -> tuple[float, str, str]:
    """A rate as writers give it: units of the non-dollar currency per one of the other."""
    if a == "USD":
        return b_value / a_value, b, a
    return a_value / b_value, a, b


def _fmt(rate: float) -> str:
    if rate >= 100:
        return f"{rate:,.0f}"
    if rate >= 1:
        return f"{rate:.2f}"
    return f"{rate:.4f}"


def currency_mismatches(
    text: str, analysis: Analysis, *, published: dt.date | None = None
) -> list[Flag]:
    """Stated conversions whose implied rate is more than 10% off the year's average rate.

    The year is the one a claim's value carries, else a year written in the sentence, else
    the publication year. Flags are ``medium``; ``high`` when the year is written and the
    rate is more than 50% off.
    """
    flags: list[Flag] = []
    # a gate match starts at "(", "[" or the "," or " " of ", or ": only those are tried
    starts = find_all(text, ("(", "[", " or "))
    starts = sorted({*starts, *(at - 1 for at in starts if at and text[at - 1] == ",")})
    gates = finditer_at(P.CONVERSION_GATE, text, starts)
    windows = [(max(0, g.start() - 45), g.end() + 60) for g in gates]
    found = {
        (m.start(), m.end()): m for lo, hi in windows for m in P.CONVERSION.finditer(text, lo, hi)
    }
    for m in found.values():
        if m.start() and text[m.start() - 1] in ".,0123456789":
            continue
        before = P.MONEY_PREFIX.search(text, max(0, m.start() - 6), m.start())
        first = _amount(m, "a", before.group() if before else None)
        second = _amount(m, "b", m.group("bpre"))
        if first is None or second is None or first[1] == second[1]:
            continue
        if P.CURRENT_RATE.match(text, m.end(), m.end() + 40):
            # "(about $90 million at current rates)": converted at publication, if known
            year, explicit = (published.year, False) if published else (None, False)
        else:
            year, explicit = _year(text, m, analysis, published)
        if year is None:
            continue
        dev = rates.implied_rate_deviation(first[0], first[1], second[0], second[1], year)
        if dev is None or abs(dev) <= TOLERANCE:
            continue
        stated, unit, per = _per(first[0], first[1], second[0], second[1])
        table_a = rates.per_usd(unit, year)
        table_b = rates.per_usd(per, year)
        if table_a is None or table_b is None:
            continue
        table = table_a / table_b
        a_span = span(text, before.start() if before else m.start("anum"), _end(m, "a"))
        b_span = span(text, m.start("bpre") if m.group("bpre") else m.start("bnum"), _end(m, "b"))
        severity = "high" if explicit and abs(dev) > HIGH else "medium"
        message = (
            f"{a_span.text} against {b_span.text} implies {_fmt(stated)} {unit} per {per}, "
            f"but the {year} average was {_fmt(table)} {unit} per {per} "
            f"({abs(stated / table - 1) * 100:.0f}% off)."
        )
        flags.append(
            Flag(
                type="currency_mismatch",
                severity=severity,
                message=message,
                evidence=(a_span, b_span),
                quote_ids=quote_ids(analysis, a_span, b_span),
                claim_ids=claim_ids(analysis, a_span, b_span),
            )
        )
    return flags
