"""name_variant: one person's name spelled two ways in one article."""

from __future__ import annotations

import pytest

import checker
from checker.model import Flag

LIONG = "Chee Chyuan Liong, vice president of Intel, spoke first.\n\n"


def name_flags(text: str) -> list[Flag]:
    return [f for f in checker.analyze(text).flags if f.type == "name_variant"]


# (positive, near-identical clean one, evidence of the positive)
PAIRS = [
    (
        "Sen. Marco Rubio spoke on Tuesday. Later, Mario Rubio told reporters he would run.",
        "Sen. Marco Rubio spoke on Tuesday. Later, Marco Rubio told reporters he would run.",
        ("Marco Rubio", "Mario Rubio"),
    ),
    (
        "Hillary Clinton held a rally in Ohio. Supporters of Hilary Clinton cheered.",
        "Hillary Clinton held a rally in Ohio. Supporters of Hillary Clinton cheered.",
        ("Hillary Clinton", "Hilary Clinton"),
    ),
    (
        "State Attorney Angela Corey filed the charges. Angela Correy declined to comment.",
        "State Attorney Angela Corey filed the charges. Angela Corey declined to comment.",
        ("Angela Corey", "Angela Correy"),
    ),
    (
        LIONG + '"We need power and water," said Loing.',
        LIONG + '"We need power and water," said Liong.',
        ("Chee Chyuan Liong", "Loing"),
    ),
    (
        'Al Sharpton led the march downtown. "We will be back," said Sharption.',
        'Al Sharpton led the march downtown. "We will be back," said Sharpton.',
        ("Al Sharpton", "Sharption"),
    ),
    # an accent dropped in one place: the whole name is read, never cut at the accent
    (
        "Geert Supré, 56, ran the Brussels office.\n\nLinkedIn/Geert Supre.",
        "Geert Supré, 56, ran the Brussels office.\n\nLinkedIn/Geert Supré.",
        ("Geert Supré", "Geert Supre"),
    ),
]


@pytest.mark.parametrize(("positive", "clean", "evidence"), PAIRS)
def test_fires_on_positive(positive: str, clean: str, evidence: tuple[str, str]) -> None:
    flags = name_flags(positive)
    assert len(flags) == 1
    (flag,) = flags
    assert flag.severity == "medium"
    assert tuple(e.text for e in flag.evidence) == evidence
    for e in flag.evidence:
        assert positive[e.start : e.end] == e.text
    assert evidence[0] in flag.message and evidence[1] in flag.message


@pytest.mark.parametrize(("positive", "clean", "evidence"), PAIRS)
def test_silent_on_clean(positive: str, clean: str, evidence: tuple[str, str]) -> None:
    assert name_flags(clean) == []


@pytest.mark.parametrize(
    "text",
    [
        # relatives and namesakes: different given names
        "Donald Trump and Melania Trump arrived together on Monday.",
        "Hillary Clinton and Bill Clinton arrived together on Monday.",
        # two real given names a letter apart, too short to call a typo
        "Jon Smith and his brother John Smith both spoke.",
        # possessives and suffixes are the same name
        "Bernie Sanders's campaign said Bernie Sanders would stay in the race.",
        "Donald Trump Jr. said Donald Trump would win.",
        # a plural is not a variant, nor a given name after a title
        "Barry Bennett ran the campaign. It is the Barry Bennetts of the world who fail.",
        "Bernie Sanders won the state. Rep. Sander M. Levin, a superdelegate, backs Clinton.",
        # a short surname on its own close to another's: Bush is not Bash
        "CNN's Dana Bash asked about the primary. Bush said he was staying out of it.",
    ],
)
def test_silent(text: str) -> None:
    assert name_flags(text) == []


def test_counts_in_message() -> None:
    text = (
        "Sen. Marco Rubio spoke. Marco Rubio then left. Mario Rubio returned on Friday, aides said."
    )
    (flag,) = name_flags(text)
    assert flag.message == (
        "“Marco Rubio” (2×) and “Mario Rubio” (1×) look like one person's name spelled two ways."
    )
