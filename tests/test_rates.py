"""The shipped exchange-rate table and its lookups (checker.rates)."""

from __future__ import annotations

import pytest

from checker import rates
from checker.rates import implied_rate_deviation, per_usd

YEARS = range(2000, 2027)
REQUIRED = (
    "CNY EUR JPY GBP INR KRW CAD AUD CHF HKD SGD TWD RUB BRL MXN ZAR TRY SEK NOK DKK PLN THB "
    "IDR MYR PHP VND NZD SAR AED ILS EGP NGN KES PKR ARS CLP COP CZK HUF"
).split()


@pytest.mark.parametrize(
    ("currency", "year", "expected", "tolerance"),
    [
        ("CNY", 2017, 6.75, 0.01),
        ("EUR", 2017, 0.887, 0.01),
        ("JPY", 2012, 79.8, 0.01),
        ("GBP", 2008, 0.54, 0.01),
        ("CNY", 2005, 8.19, 0.01),
        ("INR", 2013, 58.6, 0.01),
        ("CNY", 2000, 8.28, 0.005),
        ("EUR", 2008, 0.68, 0.01),
        ("EUR", 2000, 1.08, 0.01),
        ("JPY", 2022, 131.5, 0.01),
        ("JPY", 2024, 151.4, 0.01),
        ("GBP", 2016, 0.74, 0.01),
        ("KRW", 2009, 1276.0, 0.01),
        ("CHF", 2011, 0.886, 0.01),
        ("CAD", 2012, 1.0, 0.01),
        ("AUD", 2012, 0.965, 0.01),
        ("HKD", 2015, 7.75, 0.005),
        ("RUB", 2015, 60.9, 0.02),
        ("BRL", 2020, 5.16, 0.02),
        ("TRY", 2022, 16.55, 0.02),
        ("ARS", 2001, 1.0, 0.005),
        ("SAR", 2010, 3.75, 0.001),
        ("AED", 2020, 3.6725, 0.001),
        ("MYR", 2003, 3.80, 0.001),
        ("EGP", 2017, 17.8, 0.02),
        ("NGN", 2019, 307.0, 0.02),
    ],
)
def test_anchor_values(currency: str, year: int, expected: float, tolerance: float) -> None:
    value = per_usd(currency, year)
    assert value is not None
    assert value == pytest.approx(expected, rel=tolerance)


def test_every_currency_has_every_year() -> None:
    table = rates.load_rates()
    assert len(rates.currencies()) >= 30
    assert set(REQUIRED) <= set(rates.currencies())
    for currency in rates.currencies():
        for year in YEARS:
            assert (currency, year) in table, (currency, year)


def test_rates_positive_and_rows_well_formed() -> None:
    for (currency, year), row in rates.load_rates().items():
        assert row.per_usd > 0, (currency, year)
        assert row.source in {"FRB G.5A", "IMF IFS"}
        assert len(currency) == 3 and currency.isupper()
        if year == 2026:
            assert "provisional" in row.note
        elif year < 2025:
            assert row.note == ""


def test_year_to_year_changes_are_plausible() -> None:
    # catches a slipped digit: outside crises no currency moves threefold in a year
    crises = {("TRY", 2001), ("ARS", 2002), ("ARS", 2023), ("ARS", 2024), ("NGN", 2024)}
    for currency in rates.currencies():
        for year in range(2001, 2027):
            a, b = per_usd(currency, year - 1), per_usd(currency, year)
            assert a is not None and b is not None
            ratio = b / a
            if (currency, year) not in crises:
                assert 0.6 < ratio < 2.0, (currency, year, ratio)


def test_header_names_sources_and_convention() -> None:
    note = rates.source_note()
    assert "G.5A" in note and "International Financial Statistics" in note
    assert "per 1 US dollar" in note and "average" in note


@pytest.mark.parametrize(
    ("currency", "expected"),
    [("usd", 1.0), ("USD", 1.0), ("yuan", 6.7569), ("RMB", 6.7569), ("eur", 0.8849)],
)
def test_codes_and_names(currency: str, expected: float) -> None:
    assert per_usd(currency, 2017) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("currency", "year"), [("XXX", 2017), ("CNY", 1999), ("CNY", 2027), ("USD", 1990)]
)
def test_unknown(currency: str, year: int) -> None:
    assert per_usd(currency, year) is None


def test_dalian_example_is_within_ten_percent() -> None:
    # "736.3 billion yuan (about 106.9 billion US dollars)" for 2017
    deviation = implied_rate_deviation(736.3e9, "CNY", 106.9e9, "USD", 2017)
    assert deviation is not None
    assert abs(deviation) < 0.10


@pytest.mark.parametrize(
    ("amount_a", "currency_a", "amount_b", "currency_b", "year", "low", "high"),
    [
        (675.7, "CNY", 100.0, "USD", 2017, -0.001, 0.001),  # exact
        (100.0, "USD", 675.7, "CNY", 2017, -0.001, 0.001),  # either direction
        (800.0, "CNY", 100.0, "USD", 2017, 0.15, 0.20),  # too many yuan per dollar
        (100.0, "EUR", 100.0, "USD", 2017, 0.12, 0.14),  # euro at par: 13% too few dollars
        (1000.0, "JPY", 8.0, "EUR", 2018, -0.05, 0.05),  # cross rate through USD
    ],
)
def test_implied_rate_deviation(
    amount_a: float,
    currency_a: str,
    amount_b: float,
    currency_b: str,
    year: int,
    low: float,
    high: float,
) -> None:
    deviation = implied_rate_deviation(amount_a, currency_a, amount_b, currency_b, year)
    assert deviation is not None
    assert low <= deviation <= high


@pytest.mark.parametrize(
    "args",
    [
        (0.0, "CNY", 1.0, "USD", 2017),
        (1.0, "CNY", -1.0, "USD", 2017),
        (1.0, "XXX", 1.0, "USD", 2017),
        (1.0, "CNY", 1.0, "USD", 1990),
    ],
)
def test_implied_rate_deviation_unknown(args: tuple[float, str, float, str, int]) -> None:
    assert implied_rate_deviation(*args) is None


def test_convert() -> None:
    value = rates.convert(100.0, "EUR", "JPY", 2020)
    assert value is not None
    assert value == pytest.approx(100 / 0.8764 * 106.78, rel=0.001)
