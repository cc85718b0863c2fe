"""The whole-text scans of the analysis: tokens, cue words, the registry's names and pronouns.

Both patterns are written for speed (a plain first character, look-behinds in the
branches); these tables pin down what they match, so a faster rewrite stays the same scan.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.analysis.people import tokenize
from checker.analysis.quotes import _CUE_WORD, _has_cue_word
from checker.analysis.speakers import _NAMEISH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said she would.", [("He", "pron"), ("she", "pron")]),
        ("Hers was the vote; his was not.", [("Hers", "pron"), ("his", "pron")]),
        ("The heroes shed their hats.", [("The", "run")]),  # "he", "she" inside words
        ("Mayor Luis Ortega said", [("Mayor Luis Ortega", "run")]),
        ("Ludwig van Beethoven wrote", [("Ludwig van Beethoven", "run")]),
        ("Hello, him and her.", [("Hello", "run"), ("him", "pron"), ("her", "pron")]),
        ("(She) and _he", [("She", "pron")]),
        ("HE SAID", [("HE SAID", "run")]),
        ("said O'Rourke’s aide", [("O'Rourke’s", "run")]),
    ],
)
def test_the_registry_scan_finds_capitalised_runs_and_gendered_pronouns(text, expected):
    assert [(m.group(), m.lastgroup) for m in _NAMEISH.finditer(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Ted Cruz said.", ["Sen.", "Ted", "Cruz", "said", "."]),
        ("George W. Bush, in the U.S.", ["George", "W.", "Bush", ",", "in", "the", "U.S."]),
        ("  $1,200.50 a  year\n", ["$", "1,200.50", "a", "year"]),
        ("O'Rourke and Jean-Luc", ["O'Rourke", "and", "Jean-Luc"]),
        ("“Yes,” she said\u00a0today", ["“", "Yes", ",", "”", "she", "said", "today"]),
    ],
)
def test_tokens_skip_blanks_and_keep_abbreviations_whole(text, expected):
    assert [t.text for t in tokenize(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "lo", "expected"),
    [
        ("The mayor said it.", 0, True),
        ("Nothing was unsaid.", 0, False),  # inside a word
        ("a said b", 2, True),  # a cue word right at the start of the range
        ("(said) and “added", 0, True),
        ("According to the poll", 0, True),
        ("the saidx", 0, False),
    ],
)
def test_a_cue_word_is_found_after_a_blank_another_mark_or_at_the_start(text, lo, expected):
    assert _has_cue_word(text, lo, len(text)) is expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=" \n\t\u00a0.,(“'’-_9xsaidtoldAcording", max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_the_fast_cue_word_search_agrees_with_the_plain_one(text, a, b):
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert _has_cue_word(text, lo, hi) == bool(_CUE_WORD.search(text, lo, hi))
