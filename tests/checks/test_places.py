"""location_mismatch: places named as where this event happens against the event's location."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker
from checker.checks import location_mismatches
from checker.cli import date_header
from checker.model import Flag

DALIAN = Path(__file__).resolve().parents[2].parent / "shared" / "examples"
DALIAN = DALIAN / "dalian-silicon-valley-2018.txt"

NAIROBI = "NAIROBI, Kenya — Ministers opened the climate summit on Monday.\n\n"
GENEVA = "The Global Health Summit opened on Tuesday in Geneva, Switzerland.\n\n"
CHICAGO = "The trade expo was held in Chicago, Illinois, on Friday.\n\n"
PHILLY = "The party convention opened on Monday in Philadelphia.\n\n"
FORUM = "Executives spoke at the annual World Health Forum in Geneva, Switzerland, on Friday.\n\n"
SANTA_CLARA = "The investment forum took place on Friday in Santa Clara, California.\n\n"


def location_flags(text: str) -> list[Flag]:
    return [f for f in checker.analyze(text).flags if f.type == "location_mismatch"]


@pytest.mark.parametrize(
    ("text", "severity", "evidence"),
    [
        (
            NAIROBI + '"It is an honour to host forums such as this at Tokyo International '
            'Forum," said Jane Mwangi, the environment minister.',
            "high",
            ("Tokyo International Forum", "NAIROBI, Kenya"),
        ),
        (
            GENEVA + '"This meeting in Vienna is a turning point," said Anna Berg, an official.',
            "high",
            ("Vienna", "Geneva, Switzerland"),
        ),
        (
            CHICAGO + "Exhibitors gathered at the Toronto Convention Centre for the opening.",
            "high",
            ("Toronto Convention Centre", "Chicago, Illinois"),
        ),
        (
            PHILLY + '"We are proud to be here at Cleveland Public Hall tonight," said Tom '
            "Baker, a delegate.",
            "medium",
            ("Cleveland Public Hall", "Philadelphia"),
        ),
        (
            NAIROBI + '"It is great to be here at Mombasa Hall," said Jane Mwangi, a minister.',
            "medium",
            ("Mombasa Hall", "NAIROBI, Kenya"),
        ),
        (
            "GENEVA, Switzerland — Bankers arrived for the annual meeting.\n\n"
            '"Events like this in London matter," said Jane Roe, a banker.',
            "high",
            ("London", "GENEVA, Switzerland"),
        ),
        (
            FORUM + '"Today in Zurich we saw real progress," said Jane Roe, a banker.',
            "medium",
            ("Zurich", "Geneva, Switzerland"),
        ),
    ],
)
def test_fires(text: str, severity: str, evidence: tuple[str, str]) -> None:
    flags = location_flags(text)
    assert len(flags) == 1
    (flag,) = flags
    assert flag.severity == severity
    assert tuple(e.text for e in flag.evidence) == evidence
    for e in flag.evidence:
        assert text[e.start : e.end] == e.text
    assert "but the event is in" in flag.message


@pytest.mark.parametrize(
    "text",
    [
        # the same sentences with a place that fits
        NAIROBI + '"It is an honour to host forums such as this at Nairobi International '
        'Forum," said Jane Mwangi, the environment minister.',
        GENEVA + '"This meeting in Geneva is a turning point," said Anna Berg, an official.',
        CHICAGO + "Exhibitors gathered at the Chicago Convention Center for the opening.",
        PHILLY + '"We are proud to be here at Philadelphia City Hall tonight," said Tom '
        "Baker, a delegate.",
        "GENEVA, Switzerland — Bankers arrived for the annual meeting.\n\n"
        '"Events like this in Geneva matter," said Jane Roe, a banker.',
        FORUM + '"Today in Geneva we saw real progress," said Jane Roe, a banker.',
        # a city name that is a common word
        NAIROBI + '"It is great to be here at Mobile Hall," said Jane Mwangi, a minister.',
        PHILLY + '"This meeting in Reading is important," said Tom Baker, a delegate.',
        # another place in a quote, not named as this event's
        SANTA_CLARA + '"Our plant in Dalian is our biggest site," said Chee Chyuan Liong, an '
        "Intel executive.",
        # the topic of the story
        SANTA_CLARA + "Dalian achieved gross domestic product of 736.3 billion yuan in 2017.",
        # a venue that is an affiliation, not where anything happens
        CHICAGO + "Jane Roe, an expert at the Toronto Convention Centre, was not surprised.",
        # no event location to compare with
        '"It is an honour to host forums such as this at Tokyo International Forum," said '
        "Jane Mwangi.",
    ],
)
def test_silent(text: str) -> None:
    assert location_flags(text) == []


def test_only_the_first_place_after_the_event_word_locates_it() -> None:
    text = (
        "Ministers opened the drought summit in Nairobi on water in Somalia on Monday.\n\n"
        '"This summit in Mogadishu is overdue," said Jane Mwangi, a minister.'
    )
    (flag,) = location_flags(text)
    assert [e.text for e in flag.evidence] == ["Mogadishu", "Nairobi"]


def test_a_place_that_fits_any_stated_event_location_is_silent() -> None:
    text = (
        PHILLY
        + "Later in the week, delegates held a rally in Cleveland, Ohio.\n\n"
        + '"This rally in Cleveland is the best yet," said Tom Baker, a delegate.'
    )
    assert location_flags(text) == []


def test_check_is_a_pure_function_of_text_and_analysis() -> None:
    text = GENEVA + '"This meeting in Vienna is a turning point," said Anna Berg, an official.'
    analysis = checker.analyze(text)
    first = location_mismatches(text, analysis, published=None)
    assert first == location_mismatches(text, analysis, published=None)
    assert first[0].quote_ids == tuple(q.id for q in analysis.quotes if q.kind == "direct")


@pytest.mark.skipif(not DALIAN.exists(), reason="../shared/examples is not beside the repo")
def test_dalian_article_end_to_end() -> None:
    text = DALIAN.read_text(encoding="utf-8")
    analysis = checker.analyze(text, published=date_header(text))
    locations = [f for f in analysis.flags if f.type == "location_mismatch"]
    assert len(locations) == 1
    (flag,) = locations
    assert [e.text for e in flag.evidence] == ["Shenzhen Bay Center", "Santa Clara, California"]
    assert flag.severity == "high"
    assert flag.message == (
        "Shenzhen Bay Center names Shenzhen (Guangdong, China), but the event is in "
        "Santa Clara, California (United States)."
    )
    for e in flag.evidence:
        assert text[e.start : e.end] == e.text
    (quote,) = [q for q in analysis.quotes if q.id in flag.quote_ids]
    assert quote.kind == "direct" and "forums such as this" in quote.text
    others = {f.type for f in analysis.flags}
    assert not others & {"date_mismatch", "currency_mismatch", "name_variant"}
