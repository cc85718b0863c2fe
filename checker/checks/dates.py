"""date_mismatch: a weekday that does not fit its date; a past event dated after publication."""

from __future__ import annotations

import datetime as dt
import re

from checker.checks import patterns as P
from checker.checks.common import (
    claim_ids,
    find_all,
    finditer_at,
    quote_ids,
    sentence_around,
    span,
)
from checker.model import Analysis, Flag


def _date(mon: str, day: str, year: int) -> dt.date | None:
    month = P.MONTHS.get(mon.lower().rstrip("."))
    d = int(re.sub(r"\D", "", day))
    if month is None:
        return None
    try:
        return dt.date(year, month, d)
    except ValueError:
        return None


def _label(d: dt.date) -> str:
    return f"{P.MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"


def _candidate_years(text: str, start: int, end: int, published: dt.date | None) -> list[int]:
    """Years a date without one may mean: years named in its sentence, else near publication."""
    s, e = sentence_around(text, start, end)
    named = [int(m.group()) for m in P.YEAR.finditer(text, s, e)]
    if named:
        return sorted(set(named))
    if published is None:
        return []
    return [published.year - 1, published.year, published.year + 1]


def date_mismatches(
    text: str, analysis: Analysis, *, published: dt.date | None = None
) -> list[Flag]:
    """Weekdays that do not fit their dates, and past-tense events dated after publication.

    With the year written ("Monday, March 3, 2025") a wrong weekday is ``high``. Without it,
    the year comes from the sentence or the publication date: the date is read in the year
    that puts it nearest publication, and a wrong weekday there is ``medium``.
    """
    flags: list[Flag] = []
    for g in P.WEEKDAY_GATE.finditer(text):
        m = P.WEEKDAY_DATE.match(text, g.start())
        if m is None or (g.start() and text[g.start() - 1].isalpha()):
            continue
        wd = P.WEEKDAYS[m.group("wd").lower().rstrip(".")]
        mon = m.group("mon") or m.group("mon2")
        day = m.group("day") or m.group("day2")
        year_text = m.group("year") or m.group("year2")
        if year_text:
            d = _date(mon, day, int(year_text))
            if d is None or d.weekday() == wd:
                continue
            severity = "high"
        else:
            years = _candidate_years(text, m.start(), m.end(), published)
            dates = [d for d in (_date(mon, day, y) for y in years) if d is not None]
            if not dates:
                continue
            if published is not None and len(years) == 3:
                dates = [min(dates, key=lambda d: abs((d - published).days))]
            if any(d.weekday() == wd for d in dates):
                continue
            d = dates[0]
            severity = "medium"
        wd_span = span(text, m.start("wd"), m.end("wd"))
        date_start = m.start("mon") if m.group("mon") else m.start("day2")
        date_span = span(text, date_start, m.end())
        written = "" if year_text else f" (read as {d.year})"
        message = (
            f"{wd_span.text} does not fit {date_span.text}{written}: "
            f"{_label(d)} is a {P.WEEKDAY_NAMES[d.weekday()]}."
        )
        flags.append(
            Flag(
                type="date_mismatch",
                severity=severity,
                message=message,
                evidence=(wd_span, date_span),
                quote_ids=quote_ids(analysis, wd_span),
                claim_ids=claim_ids(analysis, date_span),
            )
        )
    if published is not None:
        flags.extend(_past_after_publication(text, analysis, published))
        flags.extend(_relative_dates(text, analysis, published))
    return flags


def _relative_dates(text: str, analysis: Analysis, published: dt.date) -> list[Flag]:
    """ "yesterday, Nov. 3" in an article published on Nov. 5: the two do not agree."""
    flags: list[Flag] = []
    if "esterday" not in text and "oday" not in text and "omorrow" not in text:
        return flags
    # every match starts one letter before one of these (Yesterday, today, ...)
    starts = [at - 1 for at in find_all(text, ("esterday", "oday", "omorrow")) if at]
    for m in finditer_at(P.RELATIVE_DATE, text, starts):
        rel = m.group("rel").lower()
        meant = published + dt.timedelta(days=P.RELATIVE_DAYS[rel])
        mon = m.group("mon") or m.group("mon2")
        day = m.group("day") or m.group("day2")
        # the date in the year that puts it nearest publication
        dates = [
            d for y in (meant.year - 1, meant.year, meant.year + 1) if (d := _date(mon, day, y))
        ]
        if not dates:
            continue
        d = min(dates, key=lambda x: abs((x - meant).days))
        # a story may run a day after it was written: one day either way is no conflict
        if abs((d - meant).days) <= 1:
            continue
        rel_span = span(text, m.start("rel"), m.end("rel"))
        date_start = m.start("mon") if m.group("mon") else m.start("day2")
        date_span = span(text, date_start, m.end())
        flags.append(
            Flag(
                type="date_mismatch",
                severity="medium",
                message=(
                    f"“{rel_span.text}” means {_label(meant)} for an article published "
                    f"{_label(published)}, but the text gives {date_span.text}."
                ),
                evidence=(rel_span, date_span),
                quote_ids=quote_ids(analysis, rel_span),
                claim_ids=claim_ids(analysis, date_span),
            )
        )
    return flags


def _past_after_publication(text: str, analysis: Analysis, published: dt.date) -> list[Flag]:
    flags: list[Flag] = []
    gates = (y for y in P.YEAR_GATE.finditer(text) if int(y.group()) >= published.year)
    for m in (P.FULL_DATE.search(text, max(0, y.start() - 20), y.end()) for y in gates):
        if m is None or (m.start() and text[m.start() - 1].isalpha()):
            continue
        mon = m.group("mon") or m.group("mon2")
        day = m.group("day") or m.group("day2")
        d = _date(mon, day, int(m.group("year") or m.group("year2")))
        if d is None or d <= published + dt.timedelta(days=1):
            continue
        s, e = sentence_around(text, m.start(), m.end())
        head = text[max(s, m.start() - 80) : m.start()]
        verb = P.PAST_BEFORE_DATE.search(head)
        if verb is None or P.FUTURE_WORDS.search(text, s, e):
            continue
        base = m.start() - len(head)
        verb_span = span(text, base + verb.start("verb"), base + verb.end("verb"))
        date_span = span(text, m.start(), m.end())
        flags.append(
            Flag(
                type="date_mismatch",
                severity="medium",
                message=(
                    f"“{verb_span.text}” tells of a past event, but {date_span.text} is after "
                    f"the publication date, {_label(published)}."
                ),
                evidence=(verb_span, date_span),
                quote_ids=quote_ids(analysis, verb_span, date_span),
                claim_ids=claim_ids(analysis, date_span),
            )
        )
    return flags
