"""currency_mismatch: stated conversions far from that year's average exchange rate."""

from __future__ import annotations

import pytest

import checker
from checker.model import Flag


def currency_flags(text: str, published: str | None = None) -> list[Flag]:
    flags = checker.analyze(text, published=published).flags
    return [f for f in flags if f.type == "currency_mismatch"]


@pytest.mark.parametrize(
    ("text", "published", "severity", "evidence"),
    [
        (
            "Dalian achieved gross domestic product of 736.3 billion yuan (about 150 billion "
            "US dollars) in 2017.",
            None,
            "medium",
            ("736.3 billion yuan", "150 billion US dollars"),
        ),
        (
            "In 2019 the firm raised RMB 5 billion (US$1.2 billion) from investors.",
            None,
            "medium",
            ("RMB 5 billion", "US$1.2 billion"),
        ),
        (
            "The club paid £10 million ($20 million) for the striker in 2019.",
            None,
            "medium",
            ("£10 million", "$20 million"),
        ),
        (
            "The bank lent 2 billion euros, or about $3.2 billion, to the city in 2019.",
            None,
            "medium",
            ("2 billion euros", "$3.2 billion"),
        ),
        # the year from the publication date
        (
            "The ministry set aside 10 billion yen (about $9 million) for the games.",
            "2019-05-01",
            "medium",
            ("10 billion yen", "$9 million"),
        ),
        # the year written and the rate far off: unambiguous
        (
            "In 2019 the ministry set aside 10 billion yen (about $9 million) for the games.",
            None,
            "high",
            ("10 billion yen", "$9 million"),
        ),
    ],
)
def test_fires(text: str, published: str | None, severity: str, evidence: tuple[str, str]) -> None:
    flags = currency_flags(text, published)
    assert len(flags) == 1
    (flag,) = flags
    assert flag.severity == severity
    assert tuple(e.text for e in flag.evidence) == evidence
    for e in flag.evidence:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Dalian achieved gross domestic product of 736.3 billion yuan (about 106.9 billion "
            "US dollars) in 2017.",
            None,
        ),
        ("In 2019 the firm raised RMB 5 billion (US$725 million) from investors.", None),
        ("The club paid £10 million ($13 million) for the striker in 2019.", None),
        ("The bank lent 2 billion euros, or about $2.2 billion, to the city in 2019.", None),
        ("The ministry set aside 10 billion yen (about $90 million) for the games.", "2019-05-01"),
        # converted at the rates of publication, not of the year the figure is from
        (
            "In 2010 the ministry spent 10 billion yen (about $90 million at current rates).",
            "2019-05-01",
        ),
        (
            "In 2010 the ministry spent 10 billion yen (about $90 million at current rates).",
            None,
        ),
        # no year anywhere: nothing to compare with
        ("The bank lent 2 billion euros ($3.2 billion) to the city.", None),
        # one currency on both sides, or no currency on one side
        ("The budget grew to $5 billion ($4.9 billion last year) in 2019.", None),
        ("The club paid £10 million (20 million) for the striker in 2019.", None),
    ],
)
def test_silent(text: str, published: str | None) -> None:
    assert currency_flags(text, published) == []


def test_current_rates_use_the_publication_year() -> None:
    text = "In 2010 the ministry spent 10 billion yen (about $9 million at current rates)."
    (flag,) = currency_flags(text, "2019-05-01")
    assert flag.severity == "medium" and "2019 average" in flag.message


def test_message_gives_both_rates() -> None:
    (flag,) = currency_flags(
        "Dalian achieved gross domestic product of 736.3 billion yuan (about 150 billion "
        "US dollars) in 2017."
    )
    assert "4.91 CNY per USD" in flag.message
    assert "2017 average was 6.76 CNY per USD" in flag.message


def test_flag_points_at_the_claim_with_the_figures() -> None:
    text = (
        "Dalian achieved gross domestic product of 736.3 billion yuan (about 150 billion "
        "US dollars) in 2017."
    )
    analysis = checker.analyze(text)
    (flag,) = [f for f in analysis.flags if f.type == "currency_mismatch"]
    claims = {c.id: c for c in analysis.claims}
    assert flag.claim_ids and all(cid in claims for cid in flag.claim_ids)
    claim = claims[flag.claim_ids[0]]
    assert claim.start <= flag.evidence[0].start < claim.end
