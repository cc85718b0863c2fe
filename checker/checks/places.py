"""location_mismatch: a place named as where this event happens against the event's location."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker import geo
from checker.analysis.text import paragraphs
from checker.checks import patterns as P
from checker.checks.common import in_spans, quote_ids, quoted_regions, sentence_around, span
from checker.geo import Place
from checker.model import Analysis, Flag, Span

_LEADING = re.compile(r"\A(?:(?:At|In|Inside|Outside|The|This|Here)[ \t\u00a0]+)+")
_STATED_AFTER = re.compile(r"\A(?:,[ \t\u00a0]+|[ \t\u00a0]+in[ \t\u00a0]+)(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class _Located:
    """A place in the text with the places its words may mean (best first)."""

    span: Span
    places: tuple[Place, ...]
    how: str  # dateline, event, this, venue


def _dateline(text: str) -> _Located | None:
    for para in paragraphs(text)[:4]:
        if para.text.startswith("date "):
            continue
        m = P.DATELINE.match(para.text)
        if not m:
            continue
        name = m.group("place").rstrip(" ,")
        head = name.split(",")[0]
        if not head.isupper() or len(head) < 3:
            continue
        places = geo.lookup(name)
        if places:
            s = para.start + m.start("place")
            return _Located(span(text, s, s + len(name)), places, "dateline")
    return None


def _event_places(text: str, quoted: list[tuple[int, int]]) -> list[_Located]:
    """Places right after "in"/"held in" in a sentence of narration about an event."""
    out: list[_Located] = []
    seen: set[int] = set()
    for noun in P.EVENT_NOUNS.finditer(text):
        if in_spans(noun.start(), quoted):
            continue
        s, e = sentence_around(text, noun.start(), noun.end())
        if s in seen:
            continue
        for ps, pe, surface in geo.find_place_names(text, noun.end(), min(e, noun.end() + 120)):
            if in_spans(ps, quoted):
                continue
            if not P.EVENT_IN.search(text, max(s, ps - 40), ps):
                continue
            places = geo.lookup(surface)
            if places:
                seen.add(s)
                out.append(_Located(span(text, ps, pe), places, "event"))
                break
    return out


def _venue_at(text: str, start: int, end: int) -> tuple[Span, Place] | None:
    """A venue name at ``text[start:]`` whose name carries a place, with that place."""
    m = P.VENUE.match(text, start, end)
    if not m:
        return None
    lead = _LEADING.match(m.group("venue"))
    vs = m.start("venue") + (lead.end() if lead else 0)
    ve = m.end("venue")
    if ve - vs < 4 or _STATED_AFTER.match(text[ve : ve + 4]):
        return None
    place = geo.venue_place(text[vs:ve])
    if place is None:
        return None
    return span(text, vs, ve), place


def _candidate_places(text: str, quoted: list[tuple[int, int]]) -> list[_Located]:
    """Places named as where this event happens, and venues whose names carry a place."""
    out: list[_Located] = []
    taken: set[int] = set()
    for m in P.THIS_EVENT.finditer(text):
        pos = m.end()
        venue = _venue_at(text, pos, min(len(text), pos + 80))
        if venue is not None:
            out.append(_Located(venue[0], (venue[1],), "this"))
            taken.add(venue[0].start)
            continue
        names = geo.find_place_names(text, pos, min(len(text), pos + 60))
        if names and names[0][0] == pos:
            ps, pe, surface = names[0]
            places = geo.lookup(surface)
            if places:
                out.append(_Located(span(text, ps, pe), places, "this"))
                taken.add(ps)
    for m in P.VENUE.finditer(text):
        lead = _LEADING.match(m.group("venue"))
        vs = m.start("venue") + (lead.end() if lead else 0)
        if vs in taken or in_spans(vs, quoted):
            continue
        before = text[max(0, vs - 12) : vs]
        if not P.AT_VENUE.search(before):
            continue
        venue = _venue_at(text, vs, m.end())
        if venue is not None:
            out.append(_Located(venue[0], (venue[1],), "venue"))
    return out


def _compatible(a: Place, b: Place) -> bool:
    if a.contains(b) or b.contains(a):
        return True
    return (
        a.kind == b.kind == geo.CITY
        and a.country_code == b.country_code
        and (
            a.name == b.name
            or (
                a.region is not None
                and a.region == b.region
                and min(a.population, b.population) < 50_000
            )
        )
    )


def _severity(found: _Located, event: _Located) -> str:
    f, e = found.places[0], event.places[0]
    f_countries = {p.country_code for p in found.places}
    e_countries = {p.country_code for p in event.places}
    if not f_countries & e_countries:
        return "high" if found.how in ("this", "venue") else "medium"
    if f.country_code != e.country_code:
        return "medium"
    if f.region and e.region and f.region == e.region:
        return "low"
    return "medium"


def _event_label(event: _Located) -> str:
    place = event.places[0]
    return f"{event.span.text} ({place.country})" if place.kind != geo.COUNTRY else place.name


def location_mismatches(
    text: str, analysis: Analysis, *, published: dt.date | None = None
) -> list[Flag]:
    """Places named as where this event happens that contradict the event's location.

    The event's location comes from a dateline ("NAIROBI, Kenya —") or from "in <place>" after
    an event word in narration ("the symposium on Friday in Santa Clara, California"). Checked
    against it: places introduced as this event's ("forums such as this at ...", "here in",
    "this meeting in", "today in") and venues whose names carry a place ("at Tokyo
    International Forum"). A place fits if it contains, lies in or is any stated event
    location. ``high`` when a venue or "this event" place lies in another country.
    """
    quoted = quoted_regions(analysis)
    events: list[_Located] = []
    dateline = _dateline(text)
    if dateline is not None:
        events.append(dateline)
    events.extend(_event_places(text, quoted))
    if not events:
        return []
    flags: list[Flag] = []
    reported: set[tuple[str, str]] = set()
    event_starts = {e.span.start for e in events}
    for found in _candidate_places(text, quoted):
        if found.span.start in event_starts:
            continue
        if any(_compatible(p, q) for ev in events for p in found.places for q in ev.places):
            continue
        event = events[0]
        place = found.places[0]
        key = (place.name, place.country_code)
        if key in reported:
            continue
        reported.add(key)
        if found.how in ("this", "venue") and found.span.text != place.name and _is_venue(found):
            lead = f"{found.span.text} names {place.describe()}"
        else:
            lead = f"{found.span.text} is {place.describe()}"
        message = f"{lead}, but the event is in {_event_label(event)}."
        flags.append(
            Flag(
                type="location_mismatch",
                severity=_severity(found, event),
                message=message,
                evidence=(found.span, event.span),
                quote_ids=quote_ids(analysis, found.span),
            )
        )
    return flags


def _is_venue(found: _Located) -> bool:
    return P.VENUE.fullmatch(found.span.text) is not None
