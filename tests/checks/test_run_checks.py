"""run_checks: every check over one analysed article, with spans that index the text."""

from __future__ import annotations

import pytest

import checker
from checker import checks
from checker.checks import CHECKS, run_checks
from checker.model import Analysis, Flag, Span

ARTICLE = (
    "NAIROBI, Kenya — Ministers opened the climate summit on Tuesday, March 3, 2025.\n\n"
    '"We will never give up on this planet and its people."\n\n'
    "Delegates cheered.\n\n"
    '"It is an honour to host forums such as this at Tokyo International Forum," said Jane '
    "Mwangi, the environment minister. Mwangi said the fund, 736.3 billion yuan (about 150 "
    "billion US dollars) in 2017, rose 50% from 10 billion to 12 billion.\n\n"
    "Later, Jane Mwanji told reporters the talks would go on."
)


def test_every_check_fires_once_on_a_composite_article() -> None:
    analysis = checker.analyze(ARTICLE)
    types = sorted(f.type for f in analysis.flags)
    assert types == sorted(
        [
            "location_mismatch",
            "date_mismatch",
            "currency_mismatch",
            "arithmetic_mismatch",
            "name_variant",
            "unattributed_quote",
        ]
    )
    for flag in analysis.flags:
        assert flag.evidence
        for e in flag.evidence:
            assert ARTICLE[e.start : e.end] == e.text
        assert flag.severity in ("low", "medium", "high")
        assert flag.message.endswith(".") and flag.message.count(". ") == 0
    ids = {q.id for q in analysis.quotes}
    assert all(set(f.quote_ids) <= ids for f in analysis.flags)
    claims = {c.id for c in analysis.claims}
    assert all(set(f.claim_ids) <= claims for f in analysis.flags)


def test_run_checks_matches_analyze() -> None:
    analysis = checker.analyze(ARTICLE)
    assert run_checks(ARTICLE, analysis, published=None) == analysis.flags


def test_clean_article_has_no_flags() -> None:
    clean = (
        "NAIROBI, Kenya — Ministers opened the climate summit on Monday, March 3, 2025.\n\n"
        '"It is an honour to host forums such as this here in Nairobi," said Jane Mwangi, '
        "the environment minister."
    )
    assert checker.analyze(clean).flags == ()


def test_a_failing_check_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, analysis: Analysis, *, published: object = None) -> list[Flag]:
        raise RuntimeError("boom")

    def off_text(text: str, analysis: Analysis, *, published: object = None) -> list[Flag]:
        return [Flag("date_mismatch", "low", "x.", evidence=(Span("nope", 0, 4),))]

    monkeypatch.setattr(checks, "CHECKS", (broken, off_text, *CHECKS))
    analysis = checker.analyze(ARTICLE)
    flags = run_checks(ARTICLE, analysis, published=None)
    assert len(flags) == 6
    assert all(f.message != "x." for f in flags)
