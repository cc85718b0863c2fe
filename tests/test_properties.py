"""Properties of checker.analyze on any text: it never raises, and every span is true."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spanchecks import assert_spans_match, spans_in

import checker
from checker.model import Analysis, Flag, Quote, QuoteSpeaker, Span

PIECES = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "``",
    "''",
    "said",
    "says",
    "told reporters",
    "according to",
    "added",
    "Jane Doe",
    "Mr. Smith",
    "He",
    "She",
    "the ministry",
    "a senior official",
    ",",
    ".",
    ":",
    "\n\n",
    "\n",
    " ",
    "  ",
    "We will win",
    "6.5%",
    "$3 billion",
    "736.3 billion yuan",
    "on Friday",
    "Nov. 4, 2018",
    "in Santa Clara, California",
    "Dalian",
    "(",
    ")",
    "—",
    "...",
    "é",
    "\u00a0",
]
quote_soup = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
tight_soup = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
junk = st.binary(max_size=400).map(lambda b: b.decode("utf-8", errors="replace"))
dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))

SETTINGS = settings(max_examples=200, deadline=None)


def check(text: str, published: dt.date | None) -> None:
    """analyze() returns an Analysis whose JSON round-trips and whose spans slice ``text``."""
    analysis = analyze_or_fail(text, published)
    data = analysis.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert_spans_match(text, data)
    quote_ids = [q["id"] for q in data["quotes"]]
    assert len(quote_ids) == len(set(quote_ids)), "quote ids repeat"
    for speaker in data["speakers"]:
        assert set(speaker["quote_ids"]) <= set(quote_ids)
    for flag in data["flags"]:
        assert set(flag["quote_ids"]) <= set(quote_ids)


def analyze_or_fail(text: str, published: dt.date | None) -> Analysis:
    """checker.analyze, checked to return an Analysis that keeps the date it was given."""
    result = checker.analyze(text, published=published, source="prop")
    assert isinstance(result, Analysis)
    assert result.published == (published.isoformat() if published else None)
    return result


@SETTINGS
@given(text=st.text(max_size=500), published=dates)
def test_any_text(text, published):
    check(text, published)


@SETTINGS
@given(text=junk, published=dates)
def test_binary_junk_decoded_with_replacement(text, published):
    check(text, published)


@SETTINGS
@given(text=st.one_of(quote_soup, tight_soup), published=dates)
def test_quote_marks_and_words(text, published):
    check(text, published)


def test_span_check_catches_a_wrong_span():
    # The property above is only worth something if a bad offset fails it.
    text = '"We will win," said Jane Doe.'
    good = Quote(
        "q1",
        "We will win,",
        1,
        13,
        "direct",
        cue=Span("said", 15, 19),
        speaker=QuoteSpeaker("Jane Doe", None, Span("Jane Doe", 20, 28)),
    )
    analysis = Analysis("x", None, quotes=(good,), text=text)
    assert assert_spans_match(text, analysis.to_dict()) == 3
    shifted = Quote("q1", "We will win,", 1, 13, "direct", cue=Span("said", 16, 20))
    with pytest.raises(AssertionError):
        assert_spans_match(text, Analysis("x", None, quotes=(shifted,)).to_dict())
    flag = Flag("name_variant", "low", "m", evidence=(Span("Jane", 0, 4),))
    with pytest.raises(AssertionError):
        assert_spans_match(text, Analysis("x", None, flags=(flag,)).to_dict())


def test_spans_in_finds_nested_spans_only():
    data = {
        "quotes": [{"text": "a", "start": 0, "end": 1, "cue": {"text": "b", "start": 1, "end": 2}}],
        "flags": [{"related": [{"text": "stored", "status": None}]}],
    }
    assert [s["text"] for s in spans_in(data)] == ["a", "b"]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_masked_text_joined_from_pieces_equals_the_character_version(data):
    from checker.analysis.quotemarks import QuotedSpan
    from checker.analysis.quotes import _mask_by_characters, mask_quotes

    pieces = st.sampled_from(["a", "b ", ",", ".", "!", "?", " (D-Mo.)", ", R-Pa., ", "\n"])
    text = "".join(data.draw(st.lists(pieces, min_size=1, max_size=30)))
    # any sorted, non-overlapping spans (pair_quote_marks gives such), empty ones included
    cuts = data.draw(st.lists(st.integers(min_value=0, max_value=len(text)), max_size=12))
    bounds = sorted(set(cuts))
    spans = [
        QuotedSpan(a, b, max(a - 1, 0), b) for a, b in zip(bounds[::2], bounds[1::2], strict=False)
    ]
    assert mask_quotes(text, spans) == _mask_by_characters(text, spans)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(["a", "b ", "’", "‘", "'", "‹", "›", '"', "“", "”", " ", "\n\n", "(", ","]),
        max_size=40,
    ).map("".join)
)
def test_the_single_quote_prefilter_drops_no_pair(text):
    import re

    from checker.analysis import quotemarks
    from checker.analysis.text import paragraphs

    paras = paragraphs(text)
    filtered = quotemarks.pair_quote_marks(text, paras)
    saved = quotemarks._SINGLE_MAY_OPEN
    quotemarks._SINGLE_MAY_OPEN = re.compile("")  # every paragraph takes the full scan
    try:
        unfiltered = quotemarks.pair_quote_marks(text, paras)
    finally:
        quotemarks._SINGLE_MAY_OPEN = saved
    assert filtered == unfiltered
