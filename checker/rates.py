"""Annual average exchange rates against the US dollar, from the shipped table.

Pure standard library, no network. The data is ``checker/data/exchange_rates.csv``: one row
per currency and year, ``per_usd`` units of the currency per 1 US dollar, averaged over the
calendar year (Federal Reserve G.5A where it covers the currency, IMF International Financial
Statistics period averages otherwise; see the file's header). Rows whose ``note`` is
``provisional`` (the current year) or ``estimated`` are not published annual figures.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_PATH = Path(__file__).parent / "data" / "exchange_rates.csv"

# What writers put for a currency, besides ISO 4217 codes: words come from the analysis,
# which passes codes; these let callers and tests say "yuan" or "RMB" as well.
ALIASES = {
    "RMB": "CNY",
    "YUAN": "CNY",
    "RENMINBI": "CNY",
    "EURO": "EUR",
    "EUROS": "EUR",
    "YEN": "JPY",
    "POUND": "GBP",
    "POUNDS": "GBP",
    "STERLING": "GBP",
    "RUPEE": "INR",
    "RUPEES": "INR",
    "WON": "KRW",
    "DOLLAR": "USD",
    "DOLLARS": "USD",
    "US$": "USD",
    "NT$": "TWD",
    "HK$": "HKD",
    "S$": "SGD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "R$": "BRL",
    "RUBLE": "RUB",
    "RUBLES": "RUB",
    "ROUBLE": "RUB",
    "ROUBLES": "RUB",
    "LIRA": "TRY",
    "RAND": "ZAR",
    "BAHT": "THB",
    "RUPIAH": "IDR",
    "RINGGIT": "MYR",
    "DONG": "VND",
    "SHEKEL": "ILS",
    "SHEKELS": "ILS",
    "NAIRA": "NGN",
    "ZLOTY": "PLN",
    "FORINT": "HUF",
}


@dataclass(frozen=True, slots=True)
class Rate:
    """One row of the table."""

    year: int
    currency: str
    per_usd: float
    source: str
    note: str


@lru_cache(maxsize=1)
def load_rates(path: str | None = None) -> dict[tuple[str, int], Rate]:
    """The table keyed by (currency code, year), loaded once; ``path`` overrides the file."""
    table: dict[tuple[str, int], Rate] = {}
    with open(path or DATA_PATH, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if line.strip() and not line.startswith("#"))
        for row in rows:
            rate = Rate(
                year=int(row["year"]),
                currency=row["currency"].strip().upper(),
                per_usd=float(row["per_usd"]),
                source=row["source"].strip(),
                note=(row.get("note") or "").strip(),
            )
            table[(rate.currency, rate.year)] = rate
    return table


def currency_code(currency: str) -> str:
    """An ISO 4217 code for a code or common name ("yuan" -> "CNY", "eur" -> "EUR")."""
    key = currency.strip().upper()
    return ALIASES.get(key, key)


def currencies() -> list[str]:
    """The currency codes the table covers, sorted (USD itself is implied)."""
    return sorted({code for code, _ in load_rates()})


def years(currency: str) -> list[int]:
    """The years the table has for a currency, sorted."""
    code = currency_code(currency)
    return sorted(year for c, year in load_rates() if c == code)


def rate(currency: str, year: int) -> Rate | None:
    """The table's row for a currency and year, or ``None`` (also for USD)."""
    return load_rates().get((currency_code(currency), year))


def per_usd(currency: str, year: int) -> float | None:
    """Units of ``currency`` per 1 US dollar, averaged over ``year``; ``None`` if unknown.

    ``per_usd("USD", year)`` is 1.0 for any year the table covers.
    """
    code = currency_code(currency)
    if code == "USD":
        return 1.0 if years_covered(year) else None
    found = load_rates().get((code, year))
    return found.per_usd if found else None


def years_covered(year: int) -> bool:
    """Whether the table has any rate for ``year``."""
    return year in _all_years()


@lru_cache(maxsize=1)
def _all_years() -> frozenset[int]:
    return frozenset(y for _, y in load_rates())


def convert(amount: float, from_currency: str, to_currency: str, year: int) -> float | None:
    """``amount`` of one currency in another at ``year``'s average rates, or ``None``."""
    a = per_usd(from_currency, year)
    b = per_usd(to_currency, year)
    if a is None or b is None:
        return None
    return amount / a * b


def implied_rate_deviation(
    amount_a: float, currency_a: str, amount_b: float, currency_b: str, year: int
) -> float | None:
    """How far a stated conversion is from ``year``'s average rate, as a relative difference.

    The text says ``amount_a`` of ``currency_a`` is ``amount_b`` of ``currency_b`` (for
    example 736.3 billion yuan = 106.9 billion US dollars in 2017). The result is
    ``stated / table - 1`` for the rate in units of ``currency_a`` per ``currency_b``: 0.0
    for an exact match, +0.10 if the stated rate is 10% above the table's (too few units of
    ``currency_b`` for the amount of ``currency_a``), negative if below. ``None`` if a
    currency or the year is not in the table, or an amount is not positive.
    """
    if amount_a <= 0 or amount_b <= 0:
        return None
    a = per_usd(currency_a, year)
    b = per_usd(currency_b, year)
    if a is None or b is None:
        return None
    stated = amount_a / amount_b  # units of A per unit of B, as the text has it
    table = a / b
    return stated / table - 1.0


def source_note() -> str:
    """The table's source lines (its # header), for an "about" page or a flag's explanation."""
    with open(DATA_PATH, encoding="utf-8") as fh:
        lines = [line[1:].strip() for line in fh if line.startswith("#")]
    return "\n".join(lines)
