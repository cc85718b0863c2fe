"""date_mismatch: weekdays that do not fit their dates, past events dated after publication."""

from __future__ import annotations

import datetime as dt

import pytest

import checker
from checker.checks import date_mismatches
from checker.model import Analysis, Flag


def date_flags(text: str, published: str | None = None) -> list[Flag]:
    return [
        f for f in checker.analyze(text, published=published).flags if f.type == "date_mismatch"
    ]


@pytest.mark.parametrize(
    ("text", "published", "severity", "evidence"),
    [
        # the year written: unambiguous
        (
            "The vote took place on Tuesday, March 3, 2025, in the capital.",
            None,
            "high",
            ("Tuesday", "March 3, 2025"),
        ),
        (
            "Americans voted on Wednesday, Nov. 8, 2016, after a bitter campaign.",
            None,
            "high",
            ("Wednesday", "Nov. 8, 2016"),
        ),
        (
            "Kennedy was shot in Dallas on Thursday, 22 November 1963.",
            None,
            "high",
            ("Thursday", "22 November 1963"),
        ),
        # the year from the publication date
        (
            "The vote took place on Tuesday, March 3, in the capital.",
            "2025-03-05",
            "medium",
            ("Tuesday", "March 3"),
        ),
        # late December read in the year before a January publication
        (
            "The fire broke out on Thursday, Dec. 30, officials said.",
            "2017-01-04",
            "medium",
            ("Thursday", "Dec. 30"),
        ),
        # a past-tense event dated after publication
        (
            "The deal was signed on March 5, 2019, officials said.",
            "2018-11-04",
            "medium",
            ("was signed", "March 5, 2019"),
        ),
        (
            "The two leaders met on Dec. 12, 2018, in Buenos Aires.",
            "2018-11-04",
            "medium",
            ("met", "Dec. 12, 2018"),
        ),
        # a relative day against its written date
        (
            "The minister resigned yesterday, Oct. 28, after the vote.",
            "2018-11-04",
            "medium",
            ("yesterday", "Oct. 28"),
        ),
    ],
)
def test_fires(text: str, published: str | None, severity: str, evidence: tuple[str, str]) -> None:
    flags = date_flags(text, published)
    assert len(flags) == 1
    (flag,) = flags
    assert flag.severity == severity
    assert tuple(e.text for e in flag.evidence) == evidence
    for e in flag.evidence:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The vote took place on Monday, March 3, 2025, in the capital.", None),
        ("Americans voted on Tuesday, Nov. 8, 2016, after a bitter campaign.", None),
        ("Kennedy was shot in Dallas on Friday, 22 November 1963.", None),
        ("The vote took place on Monday, March 3, in the capital.", "2025-03-05"),
        ("The fire broke out on Friday, Dec. 30, officials said.", "2017-01-04"),
        # no year and no publication date: nothing to check against
        ("The vote took place on Tuesday, March 3, in the capital.", None),
        # a year in the sentence that fits
        ("In 2020, the vote took place on Tuesday, March 3, in the capital.", "2025-03-05"),
        # plans and future tense may be dated after publication
        ("The deal will be signed on March 5, 2019, officials said.", "2018-11-04"),
        ("The two leaders are scheduled to meet on Dec. 12, 2018.", "2018-11-04"),
        ("The deal was signed on March 5, 2018, officials said.", "2018-11-04"),
        ("The minister resigned yesterday, Nov. 3, after the vote.", "2018-11-04"),
        # published a day after it was written
        ("The minister resigned yesterday, Nov. 2, after the vote.", "2018-11-04"),
        ("The minister resigns today (Nov. 4) after the vote.", "2018-11-04"),
        ("The minister resigned yesterday, Oct. 28, after the vote.", None),
        # a day that does not exist is not a weekday conflict
        ("The vote took place on Monday, Feb. 30, 2025.", None),
        ("Trump spoke on Sunday, Sept. 11, 2016, at the memorial.", None),
    ],
)
def test_silent(text: str, published: str | None) -> None:
    assert date_flags(text, published) == []


def test_message_names_both_and_the_real_weekday() -> None:
    (flag,) = date_flags("The vote took place on Tuesday, March 3, 2025, in the capital.")
    assert flag.message == "Tuesday does not fit March 3, 2025: March 3, 2025 is a Monday."


def test_without_publication_no_past_tense_check() -> None:
    text = "The deal was signed on March 5, 2019, officials said."
    empty = Analysis(source=None, published=None)
    assert date_mismatches(text, empty, published=None) == []
    assert len(date_mismatches(text, empty, published=dt.date(2018, 11, 4))) == 1
