"""Sentence splitting: abbreviations and initials hold a sentence together, unless the
next word can only open a new sentence."""

from __future__ import annotations

import pytest

from checker.analysis.text import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Ann Ruiz spoke on Monday. She left early.",
            ["Sen. Ann Ruiz spoke on Monday.", "She left early."],
        ),
        ("George W. Bush spoke in Dallas.", ["George W. Bush spoke in Dallas."]),
        ("The U.S. Senate voted on Friday.", ["The U.S. Senate voted on Friday."]),
        (
            "The attacks were in the U.S. He says the plan failed.",
            ["The attacks were in the U.S.", "He says the plan failed."],
        ),
        (
            "Polls close at 7 p.m. The results come later.",
            ["Polls close at 7 p.m.", "The results come later."],
        ),
        # initials in a row, with or without a known abbreviation among them
        ("Sen. J.D. Vance of Ohio voted no.", ["Sen. J.D. Vance of Ohio voted no."]),
        (
            "The F.B.I. Director spoke. The agency was silent.",
            ["The F.B.I. Director spoke.", "The agency was silent."],
        ),
        (
            "Asked if he was afraid, the mayor said no. But he said the risk was real.",
            ["Asked if he was afraid, the mayor said no.", "But he said the risk was real."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text)] == expected
