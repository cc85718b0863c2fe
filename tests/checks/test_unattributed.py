"""unattributed_quote: a whole quote of four or more words with no speaker."""

from __future__ import annotations

import pytest

import checker
from checker.model import Flag


def unattributed(text: str) -> list[Flag]:
    return [f for f in checker.analyze(text).flags if f.type == "unattributed_quote"]


# (positive, near-identical clean one)
PAIRS = [
    (
        'The crowd cheered loudly.\n\n"We will never give up on this city."\n\nThe rally ended.',
        'The crowd cheered loudly.\n\n"We will never give up on this city," said Mayor Jane '
        "Doe.\n\nThe rally ended.",
    ),
    (
        "Protesters gathered outside the court.\n\n"
        '"This ruling is a betrayal of every worker in this state and we will appeal it."',
        "Protesters gathered outside the court.\n\n"
        '"This ruling is a betrayal of every worker in this state and we will appeal it," '
        "the union's lawyer, Tom Reyes, said.",
    ),
]


@pytest.mark.parametrize(("positive", "clean"), PAIRS)
def test_fires_on_positive(positive: str, clean: str) -> None:
    analysis = checker.analyze(positive)
    flags = [f for f in analysis.flags if f.type == "unattributed_quote"]
    assert len(flags) == 1
    (flag,) = flags
    (quote,) = [q for q in analysis.quotes if q.id in flag.quote_ids]
    assert quote.kind == "direct" and quote.speaker is None
    (evidence,) = flag.evidence
    assert (evidence.start, evidence.end, evidence.text) == (quote.start, quote.end, quote.text)
    assert positive[evidence.start : evidence.end] == evidence.text
    assert flag.severity in ("low", "medium")


@pytest.mark.parametrize(("positive", "clean"), PAIRS)
def test_silent_on_clean(positive: str, clean: str) -> None:
    assert unattributed(clean) == []


def test_severity_grows_with_length() -> None:
    short, long = (unattributed(p)[0] for p, _ in PAIRS)
    assert short.severity == "low"
    assert long.severity == "medium"


@pytest.mark.parametrize(
    "text",
    [
        # fewer than four words
        'The crowd cheered loudly.\n\n"Never again, never."\n\nThe rally ended.',
        # a partial quote inside the writer's sentence is not a whole statement
        'The mayor called the plan "a betrayal of every worker in this state" on Monday.',
    ],
)
def test_silent(text: str) -> None:
    assert unattributed(text) == []
