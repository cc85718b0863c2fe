"""unattributed_quote: a whole quote of four or more words with no speaker."""

from __future__ import annotations

import pytest

import checker
from checker.checks import unattributed_quotes
from checker.model import Analysis, Flag, Quote


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


def _lone_quote(text: str, content: str) -> Analysis:
    """An analysis holding one direct quote of ``content`` with no speaker resolved."""
    start = text.index(content)
    quote = Quote("q1", content, start, start + len(content), "direct", speaker=None)
    return Analysis(source=None, published=None, quotes=(quote,))


QUOTE = "A vote against Marco is a vote for Donald Trump"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (f"The campaign is pleading.\n\n''{QUOTE}.''\n\nThe vote is Tuesday.", True),
        # a cue the analysis missed: the speaker is in the text all the same
        (f"''{QUOTE},'' said Norm Coleman, the former senator.", False),
        (f"''{QUOTE},'' Mr. Coleman declared Sunday.", False),
        (f"''{QUOTE},'' the former senator from Minnesota, Norm Coleman, said.", False),
        (f"Mr. Coleman said: ''{QUOTE}.''", False),
        # a quote that continues the last speaker's words
        (f"''We are uniting,'' Mr. Coleman said. ''{QUOTE}.''", False),
        # a sentence after a closed quote is not its attribution
        (f"The campaign is pleading. ''{QUOTE}.'' So the party says it is united.", True),
    ],
)
def test_cue_beside_the_quote(text: str, fires: bool) -> None:
    flags = unattributed_quotes(text, _lone_quote(text, QUOTE), published=None)
    assert len(flags) == (1 if fires else 0)
