"""arithmetic_mismatch: percent changes, shares of a total, parts that should add up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import checker
from checker.checks import patterns as P
from checker.checks.common import find_all, finditer_at
from checker.model import Flag


def arithmetic_flags(text: str) -> list[Flag]:
    return [f for f in checker.analyze(text).flags if f.type == "arithmetic_mismatch"]


# (positive, near-identical clean one, evidence of the positive)
PAIRS = [
    (
        "Sales rose 50% from 10 million to 12 million last year.",
        "Sales rose 20% from 10 million to 12 million last year.",
        ("50%", "10 million", "12 million"),
    ),
    (
        "Exports fell 20% from 10 billion to 12 billion.",
        "Exports fell 20% from 12 billion to 9.6 billion.",
        ("20%", "10 billion", "12 billion"),
    ),
    (
        "Enrollment grew from 1,200 to 1,500, an increase of 40 percent.",
        "Enrollment grew from 1,200 to 1,500, an increase of 25 percent.",
        ("40 percent", "1,200", "1,500"),
    ),
    (
        "The state saw a 50% increase from 10,000 to 12,000 cases.",
        "The state saw a 50% increase from 10,000 to 15,000 cases.",
        ("50%", "10,000", "12,000"),
    ),
    (
        "Support rose 5 percentage points from 10% to 12% in a month.",
        "Support rose 5 percentage points from 10% to 15% in a month.",
        ("5 percentage points", "10%", "12%"),
    ),
    (
        "The city spent $45 million, about a third of the $100 million budget, on roads.",
        "The city spent $45 million, about a third of the $150 million budget, on roads.",
        ("$45 million", "a third", "$100 million"),
    ),
    (
        "The party won 30 seats, or 30% of the 150 seats in the chamber.",
        "The party won 30 seats, or 20% of the 150 seats in the chamber.",
        ("30", "30%", "150"),
    ),
    (
        "It raised $40 million, more than half of the $100 million goal.",
        "It raised $60 million, more than half of the $100 million goal.",
        ("$40 million", "half", "$100 million"),
    ),
    (
        "Of the 100 senators, 52 are Republicans, 46 are Democrats and 3 are independents.",
        "Of the 100 senators, 52 are Republicans, 46 are Democrats and 2 are independents.",
        ("100 senators", "52", "46", "3"),
    ),
    (
        "Of the 12 jurors, seven were women and four were men.",
        "Of the 12 jurors, seven were women and five were men.",
        ("12 jurors", "seven", "four"),
    ),
]


@pytest.mark.parametrize(("positive", "clean", "evidence"), PAIRS)
def test_fires_on_positive(positive: str, clean: str, evidence: tuple[str, ...]) -> None:
    flags = arithmetic_flags(positive)
    assert len(flags) == 1
    (flag,) = flags
    assert tuple(e.text for e in flag.evidence) == evidence
    for e in flag.evidence:
        assert positive[e.start : e.end] == e.text
    assert flag.severity in ("low", "medium")


@pytest.mark.parametrize(("positive", "clean", "evidence"), PAIRS)
def test_silent_on_clean(positive: str, clean: str, evidence: tuple[str, ...]) -> None:
    assert arithmetic_flags(clean) == []


@pytest.mark.parametrize(
    "text",
    [
        # rounding of the stated figures is allowed for
        "Turnout rose 3.5% from 1,000 to 1,035 voters.",
        "Turnout rose about 4% from 1,000 to 1,035 voters.",
        # years are not the ends of a change
        "The income of the richest 1 percent grew 27 percent from 2009 to 2014.",
        # a relative change between two percentages is fine
        "Support rose 50% from 10% to 15% in a month.",
        # a list that includes, not partitions
        "Of the 50 states, 30 voted for Trump, including Ohio and Florida.",
        "Unemployment fell to 4.9% from 5.1% in the month.",
    ],
)
def test_silent(text: str) -> None:
    assert arithmetic_flags(text) == []


def test_messages() -> None:
    (flag,) = arithmetic_flags("Sales rose 50% from 10 million to 12 million last year.")
    assert flag.message == (
        "A change from 10 million to 12 million is an increase of 20.0%, not 50%."
    )
    (flag,) = arithmetic_flags(
        "The city spent $45 million, about a third of the $100 million budget, on roads."
    )
    assert flag.message == "$45 million is 45% of $100 million, not about a third."


_SHARE_WORDS = ["%", "percent", "per cent", "half", "thirds", "third", "quarters", "sixth"]
_BLANKS = [" ", "\t", "\u00a0", "  "]
_GATE = st.tuples(st.sampled_from(_SHARE_WORDS), st.sampled_from(_BLANKS), st.sampled_from(_BLANKS))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        _GATE.map(lambda t: f"{t[0]}{t[1]}of{t[2]}")
        | st.sampled_from(["x", "5", "of", "half of", "tenth", *_BLANKS]),
        max_size=12,
    ).map("".join)
)
def test_share_gates_found_from_their_first_words_are_the_full_scan(text):
    starts = find_all(text, P.SHARE_GATE_STARTS)
    fast = [m.span() for m in finditer_at(P.SHARE_GATE, text, starts)]
    assert fast == [m.span() for m in P.SHARE_GATE.finditer(text)]
