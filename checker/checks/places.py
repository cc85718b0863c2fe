"""location_mismatch: a place named as where this event happens against the event's location."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker import geo
from checker.analysis.text import Block, paragraphs
from checker.checks import patterns as P
from checker.checks.common import (
    claim_ids,
    in_spans,
    quote_ids,
    quoted_regions,
    sentence_around,
    span,
)
from checker.geo import Place
from checker.model import Analysis, Flag, Span

LEDE_PARAGRAPHS = 4  # the header or headline line and three paragraphs


@dataclass(frozen=True, slots=True)
class _Located:
    """A place in the text with the places its words may mean (best first)."""

    span: Span
    places: tuple[Place, ...]
    how: str  # dateline, event (where the event is); this, here-in, venue (checked against it)


def _dateline(text: str, lede: list[Block]) -> _Located | None:
    for para in lede:
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


def _event_places(
    text: str, gates: list[re.Match[str]], quoted: list[tuple[int, int]]
) -> list[_Located]:
    """Places right after "in"/"held in" shortly after an event word, in narration."""
    out: list[_Located] = []
    for g in gates:
        if g.group("prep").lower() != "in" or in_spans(g.start(), quoted):
            continue
        lo = max(0, g.start() - 70)
        nouns = list(P.EVENT_NOUNS.finditer(text, lo, g.start()))
        noun = nouns[-1] if nouns else None
        if noun is None or not P.EVENT_GAP.match(text, noun.end(), g.start() + 1):
            continue
        pos = g.end()
        names = geo.find_place_names(text, pos, min(len(text), pos + 60))
        if names and names[0][0] == pos:
            ps, pe, surface = names[0]
            places = geo.lookup(surface)
            if places:
                out.append(_Located(span(text, ps, pe), places, "event"))
    return out


def _venue_at(text: str, start: int, end: int) -> tuple[Span, Place] | None:
    """A venue name at ``text[start:]`` whose name carries a place, with that place."""
    m = P.VENUE.match(text, start, end)
    if not m:
        return None
    lead = P.VENUE_LEAD.match(m.group("venue"))
    vs = m.start("venue") + (lead.end() if lead else 0)
    ve = m.end("venue")
    if ve - vs < 4 or P.VENUE_PLACE_STATED.match(text, ve):
        return None
    place = geo.venue_place(text[vs:ve])
    if place is None:
        return None
    return span(text, vs, ve), place


def _event_context(text: str, pos: int) -> bool:
    """Whether the sentence before ``pos`` tells of something happening there."""
    s, _ = sentence_around(text, pos)
    lo = max(s, pos - 120)
    return bool(P.EVENT_NOUNS.search(text, lo, pos) or P.EVENT_CONTEXT.search(text, lo, pos))


def _candidate_places(
    text: str, gates: list[re.Match[str]], quoted: list[tuple[int, int]]
) -> list[_Located]:
    """Places named as where this event happens, and venues whose names carry a place."""
    out: list[_Located] = []
    for g in gates:
        pos = g.end()
        cue = P.THIS_EVENT.search(text, max(0, g.start() - 60), g.start() + 1)
        this = cue is not None
        # "here in Wisconsin" is often where a speaker lives, not where this event is
        how = (
            "here-in"
            if cue and g.group("prep") == "in" and P.HERE_ONLY.match(cue.group())
            else "this"
        )
        if not this and in_spans(pos, quoted):
            continue
        venue = _venue_at(text, pos, min(len(text), pos + 80))
        if venue is not None and (this or _event_context(text, g.start())):
            out.append(_Located(venue[0], (venue[1],), how if this else "venue"))
            continue
        if not this:
            continue
        names = geo.find_place_names(text, pos, min(len(text), pos + 60))
        if names and names[0][0] == pos:
            ps, pe, surface = names[0]
            # "this meeting in Reading": a city name that is a common word is not trusted
            places = () if geo.is_common_word(surface) else geo.lookup(surface)
            if places:
                out.append(_Located(span(text, ps, pe), places, how))
    return out


def _lede_end(lede: list[Block]) -> int:
    """End of the article's first paragraphs (the header and headline lines included)."""
    return lede[-1].end if lede else 0


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
    if found.how == "here-in":
        return "medium" if not f_countries & e_countries else "low"
    if not f_countries & e_countries:
        return "high" if found.how in ("this", "venue") else "medium"
    if f.country_code != e.country_code:
        return "medium"
    if f.region and e.region and f.region == e.region:
        return "low"
    return "medium"


def _event_label(event: _Located) -> str:
    """How a message names the event's location: "Santa Clara, California (United States)"."""
    place = event.places[0]
    if place.kind == geo.COUNTRY:
        return place.name
    written = event.span.text
    if written.split(",")[0].isupper():  # a dateline: "NAIROBI, Kenya"
        return place.describe()
    if geo.normalize_name(place.country) in geo.normalize_name(written):
        return written
    return f"{written} ({place.country})"


def location_mismatches(
    text: str, analysis: Analysis, *, published: dt.date | None = None
) -> list[Flag]:
    """Places named as where this event happens that contradict the event's location.

    The event's location comes from a dateline ("NAIROBI, Kenya —") or from "in <place>" after
    an event word in narration ("the symposium on Friday in Santa Clara, California"). Checked
    against it: places introduced as this event's ("forums such as this at ...", "here in",
    "this meeting in", "today in") and venues whose names carry a place ("at Tokyo
    International Forum"). A place fits if it contains, lies in or is any stated event
    location (a second event in the story is no conflict). Severity: ``high`` when a venue or
    "this event" place lies in another country; ``medium`` in another region; ``low`` for
    another city of the same region. "here in X" is at most ``medium``, as speakers use it
    for where they live. Places inside quotes count only when named as this event's, and
    city names that are common words ("Reading", "Mobile") never count.
    """
    quoted = quoted_regions(analysis)
    gates = list(P.IN_PLACE.finditer(text))
    events: list[_Located] = []
    # split once: the dateline and the lede's end both read the first paragraphs
    lede = paragraphs(text)[:LEDE_PARAGRAPHS]
    dateline = _dateline(text, lede)
    if dateline is not None:
        events.append(dateline)
    events.extend(_event_places(text, gates, quoted))
    # the event the article reports is placed by its dateline or its first paragraphs
    lede_end = _lede_end(lede)
    primary = [e for e in events if e.how == "dateline" or e.span.start < lede_end]
    if not primary:
        return []
    flags: list[Flag] = []
    reported: set[tuple[str, str]] = set()
    event_starts = {e.span.start for e in events}
    for found in _candidate_places(text, gates, quoted):
        if found.span.start in event_starts:
            continue
        if any(_compatible(p, q) for ev in events for p in found.places for q in ev.places):
            continue
        event = primary[0]
        place = found.places[0]
        key = (place.name, place.country_code)
        if key in reported:
            continue
        reported.add(key)
        if found.span.text != place.name and _is_venue(found):
            lead = f"{found.span.text} names {place.describe()}"
        elif found.span.text == place.name or found.span.text.isupper():
            lead = f"{place.describe()} is named as where this event happens"
        else:
            lead = (
                f"{found.span.text}, that is {place.describe()}, is named as where this event "
                "happens"
            )
        message = f"{lead}, but the event is in {_event_label(event)}."
        flags.append(
            Flag(
                type="location_mismatch",
                severity=_severity(found, event),
                message=message,
                evidence=(found.span, event.span),
                quote_ids=quote_ids(analysis, found.span),
                claim_ids=claim_ids(analysis, found.span),
            )
        )
    return flags


def _is_venue(found: _Located) -> bool:
    return P.VENUE.fullmatch(found.span.text) is not None
