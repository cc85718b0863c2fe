"""Tests for checker.analysis.claims: check-worthy sentences and their parsed values."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.analysis.claims import (
    _claims_by_sentence,
    _scan,
    _triggers,
    find_claims,
    find_values,
)
from checker.analysis.lexicon import figures as F
from checker.analysis.text import paragraphs
from checker.model import Claim, Value

PUB = date(2018, 11, 4)  # a Sunday
DALIAN = Path("/work/shared/examples/dalian-silicon-valley-2018.txt")


def _values(sentence: str, published: date | None = PUB) -> list[Value]:
    values = find_values(sentence, published=published)
    for v in values:
        assert sentence[v.start : v.end] == v.text
    return values


def _one(sentence: str, kind: str, published: date | None = PUB) -> Value:
    found = [v for v in _values(sentence, published) if v.kind == kind]
    assert found, f"no {kind} value in {sentence!r}: {_values(sentence, published)}"
    return found[0]


# --------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------

MONEY = [
    ("Dalian achieved GDP of 736.3 billion yuan in 2017.", "736.3 billion yuan", 736.3e9, "CNY"),
    ("The startup raised $1.2m in seed funding.", "$1.2m", 1.2e6, "USD"),
    ("The deal values the company at HK$5bn.", "HK$5bn", 5e9, "HKD"),
    ("The house sold for C$3.5 million last spring.", "C$3.5 million", 3.5e6, "CAD"),
    ("Canberra pledged A$200,000 for the clean-up.", "A$200,000", 200_000, "AUD"),
    ("Exports reached US$106.9 billion.", "US$106.9 billion", 106.9e9, "USD"),
    ("The EU set aside €3bn for the scheme.", "€3bn", 3e9, "EUR"),
    ("The painting fetched £450,000 at auction.", "£450,000", 450_000, "GBP"),
    ("The stimulus is worth ¥2 trillion.", "¥2 trillion", 2e12, "JPY"),
    ("The fund holds RMB 100 million in bonds.", "RMB 100 million", 1e8, "CNY"),
    ("The state approved Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR"),
    ("Tickets cost ₹1,000 each.", "₹1,000", 1000, "INR"),
    ("Samsung posted profit of 5 trillion won.", "5 trillion won", 5e12, "KRW"),
    ("Brussels fined the firm 10 million euros.", "10 million euros", 1e7, "EUR"),
    ("It borrowed 2.3 billion pounds sterling.", "2.3 billion pounds sterling", 2.3e9, "GBP"),
    ("The club spent 200 million pounds on players.", "200 million pounds", 2e8, "GBP"),
    ("Farmers lost 300 million rupees.", "300 million rupees", 3e8, "INR"),
    ("Toyota will invest 40 billion yen.", "40 billion yen", 4e10, "JPY"),
    ("The bank lent 100 million renminbi.", "100 million renminbi", 1e8, "CNY"),
    ("Oil was up 46 cents a barrel.", "46 cents", 0.46, "USD"),
    ("The Australian dollar rose to 65.8 US cents.", "65.8 US cents", 0.658, "USD"),
    ("A stamp now costs 95 euro cents.", "95 euro cents", 0.95, "EUR"),
    ("The grant totals USD 5 million.", "USD 5 million", 5e6, "USD"),
    ("Nestle paid 5 million Swiss francs.", "5 million Swiss francs", 5e6, "CHF"),
    ("The MTR earned 12 billion Hong Kong dollars.", "12 billion Hong Kong dollars", 12e9, "HKD"),
    ("TSMC will spend NT$3 billion on the plant.", "NT$3 billion", 3e9, "TWD"),
    ("Petrobras raised R$10 billion.", "R$10 billion", 1e10, "BRL"),
    ("Gazprom paid 1.5 billion rubles in fines.", "1.5 billion rubles", 1.5e9, "RUB"),
    ("He left two million dollars to charity.", "two million dollars", 2e6, "USD"),
    ("Singapore budgeted S$4.8 billion.", "S$4.8 billion", 4.8e9, "SGD"),
    ("A loaf costs 300,000 rials in Tehran.", "300,000 rials", 300_000, "IRR"),
    ("Lagos spent 40 billion naira on roads.", "40 billion naira", 4e10, "NGN"),
    ("The contract is worth 1.2 billion Mexican pesos.", "1.2 billion Mexican pesos", 1.2e9, "MXN"),
    ("Ikea invested 9 billion Swedish kronor.", "9 billion Swedish kronor", 9e9, "SEK"),
    ("The fine was 2 million zlotys.", "2 million zlotys", 2e6, "PLN"),
    ("Aramco earned 400 billion Saudi riyals.", "400 billion Saudi riyals", 4e11, "SAR"),
    ("It cost the city $5 in 1990.", "$5", 5, "USD"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), MONEY)
def test_money(sentence: str, text: str, value: float, unit: str) -> None:
    v = _one(sentence, "money")
    assert (v.text, v.unit) == (text, unit)
    assert v.value == pytest.approx(value)


def test_money_range_shares_scale_and_currency() -> None:
    values = _values("The repairs will cost $5-6 million.")
    assert [(v.text, v.value, v.unit) for v in values] == [
        ("$5", 5e6, "USD"),
        ("6 million", 6e6, "USD"),
    ]


def test_money_conversion_in_brackets() -> None:
    s = "GDP was 736.3 billion yuan (about 106.9 billion US dollars) in 2017."
    money = [v for v in _values(s) if v.kind == "money"]
    assert [(v.value, v.unit, v.year) for v in money] == [
        (736300000000.0, "CNY", 2017),
        (106900000000.0, "USD", 2017),
    ]


def test_money_value_is_exact() -> None:
    assert _one("It cost 736.3 billion yuan.", "money").value == 736300000000.0


# --------------------------------------------------------------------------------------
# Percentages
# --------------------------------------------------------------------------------------

PERCENTS = [
    ("Turnout fell 46 percent in the city.", "46 percent", 46, "%"),
    ("Prices rose 12% last month.", "12%", 12, "%"),
    ("Unemployment stands at 4.5 per cent.", "4.5 per cent", 4.5, "%"),
    ("His lead grew by 2 percentage points.", "2 percentage points", 2, "pp"),
    ("The Fed raised rates by 25 basis points.", "25 basis points", 25, "bp"),
    ('The plant has had "200 percent more employees" since.', "200 percent", 200, "%"),
    ("A third of the respondents disagreed.", "A third of", 100 / 3, "%"),
    ("Nearly two-thirds of voters approved.", "two-thirds of", 200 / 3, "%"),
    ("Half of the members voted no.", "Half of", 50, "%"),
    ("One in five Americans lives in poverty.", "One in five", 20, "%"),
    ("About 3 in 10 voters were undecided.", "3 in 10", 30, "%"),
    ("The index slid 0.8 pct on Monday.", "0.8 pct", 0.8, "%"),
    ("Support was at five percent.", "five percent", 5, "%"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), PERCENTS)
def test_percent(sentence: str, text: str, value: float, unit: str) -> None:
    v = _one(sentence, "percent")
    assert (v.text, v.unit) == (text, unit)
    assert v.value == pytest.approx(value, rel=1e-3)


def test_percent_range() -> None:
    values = _values("Growth will slow to 5-10 percent.")
    assert [(v.text, v.value, v.unit) for v in values] == [
        ("5", 5.0, "%"),
        ("10 percent", 10.0, "%"),
    ]


def test_top_n_percent_is_a_percent_not_a_rank() -> None:
    values = _values("The plan taxes the top 2 or 3 percent of earners.")
    assert "rank" not in {v.kind for v in values}


# --------------------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------------------

MEASURES = [
    ("Covering an area of 35.6 square kilometers, it grew.", "35.6 square kilometers", 35.6, "km2"),
    ("The pipeline runs 120 miles to the coast.", "120 miles", 120, "mi"),
    ("China produced 3 million tons of steel.", "3 million tons", 3e6, "t"),
    ("Output hit 1.2 million barrels per day.", "1.2 million barrels per day", 1.2e6, "bbl/d"),
    ("The tanker spilled 500 barrels of crude.", "500 barrels", 500, "bbl"),
    ("The fire destroyed 40 hectares of forest.", "40 hectares", 40, "ha"),
    ("The ranch covers 5,000 acres.", "5,000 acres", 5000, "acre"),
    ("The border fence is 100km long.", "100km", 100, "km"),
    ("The wind farm will produce 600 MW.", "600 MW", 600, "MW"),
    ("Temperatures reached 30 degrees Celsius.", "30 degrees Celsius", 30, "degC"),
    ("The campaign ran a 30-second ad.", "30-second", 30, "s"),
    ("Police seized 10 kilograms of cocaine.", "10 kilograms", 10, "kg"),
    ("The store has 2,000 square feet of space.", "2,000 square feet", 2000, "ft2"),
    ("He served 25 years in the Senate.", "25 years", 25, "yr"),
    ("The storm had winds of 150 miles per hour.", "150 miles per hour", 150, "mph"),
    ("Why was he out in 97-degree heat?", "97-degree", 97, "deg"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), MEASURES)
def test_measure(sentence: str, text: str, value: float, unit: str) -> None:
    v = _one(sentence, "measure")
    assert (v.text, v.value, v.unit) == (text, pytest.approx(value), unit)


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------

COUNTS = [
    ("The survey polled 600 respondents.", "600 respondents", 600, "respondents"),
    ("Obama will admit 100,000 Syrian refugees.", "100,000 Syrian refugees", 100_000, "refugees"),
    ("The factory created 200 new jobs.", "200 new jobs", 200, "jobs"),
    ("Two dozen protesters gathered outside.", "Two dozen protesters", 24, "protesters"),
    ("Twelve people were injured in the blast.", "Twelve people", 12, "people"),
    ("About 1.2 million people fled the region.", "1.2 million people", 1.2e6, "people"),
    ("Trump has won 758 pledged delegates.", "758 pledged delegates", 758, "delegates"),
    ("The 68-year-old senator retired.", "68-year-old", 68, "years"),
    ("Cory James, 22, of Flint said he would vote.", "22", 22, "years"),
    ("He is 69 years old.", "69 years old", 69, "years"),
    ("13 Republicans voted against the bill.", "13 Republicans", 13, "Republicans"),
    ("A million people marched in the capital.", "A million people", 1e6, "people"),
    ("Kerry said that 100,000 would be accepted.", "100,000", 100_000, None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), COUNTS)
def test_count(sentence: str, text: str, value: float, unit: str | None) -> None:
    v = _one(sentence, "count")
    assert (v.text, v.value, v.unit) == (text, pytest.approx(value), unit)


def test_count_range_shares_noun() -> None:
    values = _values("Estimates range from 100,000 to 250,000 refugees.")
    assert [(v.value, v.unit) for v in values] == [(100000.0, "refugees"), (250000.0, "refugees")]


# --------------------------------------------------------------------------------------
# Dates and years
# --------------------------------------------------------------------------------------

DATES = [
    ("The law took effect on March 3, 2017.", None, "March 3, 2017", "2017-03-03"),
    ("The law took effect on 3 March 2017.", None, "3 March 2017", "2017-03-03"),
    ("The law took effect on March 3rd, 2017.", None, "March 3rd, 2017", "2017-03-03"),
    (
        "The summit runs September 16-19 in Geneva.",
        date(2018, 8, 1),
        "September 16-19",
        "2018-09-16",
    ),
    ("The talks were held on Sept. 16 in Geneva.", PUB, "Sept. 16", "2018-09-16"),
    ("The talks will be held on Jan. 5 in Geneva.", date(2018, 12, 20), "Jan. 5", "2019-01-05"),
    (
        "Clinton's last press conference was held on Dec. 4.",
        date(2016, 7, 27),
        "Dec. 4",
        "2015-12-04",
    ),
    ("He spoke on Monday, March 3, 2014.", None, "Monday, March 3, 2014", "2014-03-03"),
    ("He spoke on Monday, March 3.", date(2014, 3, 10), "Monday, March 3", "2014-03-03"),
    ("Tuesday (Nov. 6) is election day.", PUB, "Tuesday (Nov. 6)", "2018-11-06"),
    ("Prices peaked in March 2017.", None, "March 2017", "2017-03"),
    ("The filing is dated 2018-11-04.", None, "2018-11-04", "2018-11-04"),
    ("The filing is dated 11/4/2018.", None, "11/4/2018", "2018-11-04"),
    ("She was born on the 3rd of March 1990.", None, "3rd of March 1990", "1990-03-03"),
]


@pytest.mark.parametrize(("sentence", "published", "text", "iso"), DATES)
def test_date(sentence: str, published: date | None, text: str, iso: str) -> None:
    v = _one(sentence, "date", published)
    assert (v.text, v.date) == (text, iso)
    assert v.year == int(iso[:4])


RELATIVE = [
    ("The symposium was held on Friday in Santa Clara.", "Friday", "2018-11-02"),
    ("The minister resigned last Tuesday.", "last Tuesday", "2018-10-30"),
    ("The minister resigned yesterday.", "yesterday", "2018-11-03"),
    ("The minister resigns today.", "today", "2018-11-04"),
    ("The minister resigns tomorrow.", "tomorrow", "2018-11-05"),
    ("The minister resigns next Monday.", "next Monday", "2018-11-05"),
    ("The minister will resign on Friday.", "Friday", "2018-11-09"),
    ("The minister resigned on Sunday.", "Sunday", "2018-11-04"),
    ("The minister resigned last week.", "last week", "2018-10-22"),
    ("Prices rose this month.", "this month", "2018-11"),
    ("The rally drew crowds on Saturday night.", "Saturday", "2018-11-03"),
]


@pytest.mark.parametrize(("sentence", "text", "iso"), RELATIVE)
def test_relative_date(sentence: str, text: str, iso: str) -> None:
    v = _one(sentence, "date")
    assert (v.text, v.date) == (text, iso)


def test_relative_date_without_published_has_no_date() -> None:
    v = _one("The symposium was held on Friday.", "date", None)
    assert (v.text, v.date, v.year) == ("Friday", None, None)


def test_weekday_in_a_name_is_not_a_date() -> None:
    assert find_claims("Shoppers crowded stores on Black Friday.", published=PUB) == ()


YEARS = [
    ("The zone, established in 1991, is among the first.", "1991", 1991),
    ("Prices have doubled since 2010.", "2010", 2010),
    ("The deficit widened in fiscal 2016.", "2016", 2016),
    ("The budget for 2015-16 was approved.", "2015-16", 2015),
    ("Sales fell last year.", "last year", 2017),
    ("Sales will rise next year.", "next year", 2019),
]


@pytest.mark.parametrize(("sentence", "text", "year"), YEARS)
def test_year(sentence: str, text: str, year: int) -> None:
    v = _one(sentence, "year")
    assert (v.text, v.year, v.value) == (text, year, float(year))


def test_figures_take_the_sentences_year() -> None:
    values = _values("Sales rose 5% in 2017 from $3bn in 2016.")
    got = {(v.kind, v.text): v.year for v in values}
    assert got[("percent", "5%")] == 2017
    assert got[("money", "$3bn")] == 2016


def test_figures_take_a_relative_year() -> None:
    assert _one("Exports rose 8 percent last year.", "percent").year == 2017


# --------------------------------------------------------------------------------------
# Ranks and superlatives
# --------------------------------------------------------------------------------------

RANKS = [
    ("GDP was 736.3 billion yuan, ranking the 21st in China.", "ranking the 21st", 21),
    ("Cornyn is the No. 3 Republican in the Senate.", "No. 3", 3),
    ("It is China's third-largest city.", "third-largest", 3),
    ("It became the company's second-biggest shareholder.", "second-biggest", 2),
    ("The university ranked 5th in the survey.", "ranked 5th", 5),
    ("Trump finished second in Iowa.", "finished second", 2),
    ("It is one of the world's top 10 arms exporters.", "top 10", 10),
    ("The song reached No. 1 in Britain.", "No. 1", 1),
    ("Jobs are the number one priority.", "number one", 1),
    ("Rubio came in third place in the state.", "third place", 3),
]


@pytest.mark.parametrize(("sentence", "text", "value"), RANKS)
def test_rank(sentence: str, text: str, value: int) -> None:
    v = _one(sentence, "rank")
    assert (v.text, v.value) == (text, float(value))


SUPERLATIVES = [
    "Liaoning has the largest provincial economy of Northeast China.",
    "It is the world's biggest producer of rare earths.",
    "This was the most expensive election in history.",
    "The index closed at a record high.",
    "Unemployment is at an all-time low.",
    "Kasich is the best candidate in the race, he said.",
]


@pytest.mark.parametrize("sentence", SUPERLATIVES)
def test_superlative_claim(sentence: str) -> None:
    claims = find_claims(sentence, published=PUB)
    assert [c.kind for c in claims] == ["superlative"]


def test_ranking_claim_kind() -> None:
    assert find_claims("It is China's third-largest city.")[0].kind == "ranking"


# --------------------------------------------------------------------------------------
# Not claims
# --------------------------------------------------------------------------------------

NOT_CLAIMS = [
    "He said he would think about it.",
    "The meeting starts at 3 p.m. sharp.",
    "Call 555-1234 for details.",
    "COVID-19 changed everything.",
    "They met in Room 12 of the building.",
    "The F-35 program continues.",
    "She uses 4G networks.",
    "1. Introduction",
    "He read chapter 11 aloud.",
    "The team won 3-2.",
    "He did his best.",
    "One of them said no.",
    "The two sides met.",
    "Please see section 230 of the act.",
    "In the first place, nobody asked.",
    "Boeing 737 jets were grounded.",
    "This is the 21st century.",
    "Music from the 1990s played.",
    "It was a second chance.",
    '<tweet id="747986907162877952" author="@realDonaldTrump">',
    "The meeting ended at 10:30.",
    "Most people agreed with him.",
    "At least he tried.",
    "The family comes first.",
    "",
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_not_a_claim(sentence: str) -> None:
    assert find_claims(sentence, published=PUB) == ()


# --------------------------------------------------------------------------------------
# Claims over whole texts
# --------------------------------------------------------------------------------------


def test_claim_ids_and_kinds_in_text_order() -> None:
    text = (
        "Dalian GDP: 736.3 billion yuan\n\n"
        "The mayor spoke on Friday. Nobody else spoke.\n\n"
        "It is the largest port in the region. It ranked 3rd in 2016."
    )
    claims = find_claims(text, published=PUB, id_prefix="k")
    assert [(c.id, c.kind) for c in claims] == [
        ("k1", "figure"),
        ("k2", "date"),
        ("k3", "superlative"),
        ("k4", "ranking"),
    ]
    for c in claims:
        assert text[c.start : c.end] == c.text
        for v in c.values:
            assert c.start <= v.start < v.end <= c.end


def test_find_values_respects_the_range() -> None:
    text = "Exports rose 5%. Imports fell 7%."
    second = text.index("Imports")
    values = find_values(text, second, len(text))
    assert [(v.text, v.start) for v in values] == [("7%", text.index("7%"))]


@pytest.fixture(scope="module")
def dalian() -> tuple[str, tuple[Claim, ...]]:
    text = DALIAN.read_text(encoding="utf-8")
    return text, find_claims(text, published=date(2018, 11, 4))


def test_dalian_gdp_sentence(dalian: tuple[str, tuple[Claim, ...]]) -> None:
    text, claims = dalian
    claim = next(c for c in claims if "736.3 billion yuan" in c.text)
    assert claim.kind == "figure"
    assert "ranking the 21st in China" in claim.text
    got = [(v.kind, v.value, v.unit, v.year) for v in claim.values if v.kind != "year"]
    assert got == [
        ("money", 736300000000.0, "CNY", 2017),
        ("money", 106900000000.0, "USD", 2017),
        ("rank", 21.0, None, 2017),
    ]


def test_dalian_other_values(dalian: tuple[str, tuple[Claim, ...]]) -> None:
    text, claims = dalian
    values = [v for c in claims for v in c.values]
    assert any(v.kind == "measure" and v.value == 35.6 and v.unit == "km2" for v in values)
    assert any(v.kind == "year" and v.year == 1991 and v.text == "1991" for v in values)
    friday = [v for v in values if v.text == "Friday"]
    assert [v.date for v in friday] == ["2018-11-02"]
    superlative = next(c for c in claims if "the largest provincial economy" in c.text)
    assert superlative.kind == "superlative"
    for c in claims:
        assert text[c.start : c.end] == c.text
        for v in c.values:
            assert text[v.start : v.end] == v.text
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]


# --------------------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------------------

ODD = [
    "\x00\x01\xff" * 50,
    "9" * 5000,
    "$" + "9" * 400 + " billion",
    "1" + ",000" * 200 + " percent",
    '"unbalanced quote 5 percent',
    "March 99, 2017 and February 30, 2016 and 0/0/0000",
    "No. " * 1000,
    "the most " * 500,
    "3-" * 3000,
    "on Friday " * 300,
]


@pytest.mark.parametrize("text", ODD)
def test_odd_input_never_raises(text: str) -> None:
    for c in find_claims(text, published=PUB):
        assert text[c.start : c.end] == c.text
        for v in c.values:
            assert text[v.start : v.end] == v.text
            assert v.value is None or v.value == v.value  # never NaN


def test_non_string_input_is_empty() -> None:
    assert find_claims(None) == ()  # type: ignore[arg-type]
    assert find_values(None) == []  # type: ignore[arg-type]


_ALPHABET = st.sampled_from(
    list("0123456789 ,.-–$€£¥%/:()'\"\n")
    + [
        "million",
        "billion",
        " percent",
        " yuan",
        "March ",
        "Friday",
        " the largest",
        "No. ",
        " in ",
        "third",
        "-largest",
        "a third of",
        "HK$",
        "RMB",
        " square kilometers",
        "2017",
        "\u00a0",
        "é",
        "\x00",
        "ranked ",
        "two dozen ",
        "people",
        "last ",
        "week",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_ALPHABET, max_size=60).map("".join)))
def test_any_text_spans_slice_correctly(text: str) -> None:
    for pub in (PUB, None):
        # the scanner itself (without find_claims' safety net) must not raise
        values, _ = _scan(text, 0, len(text), pub)
        for v in values:
            assert 0 <= v.start < v.end <= len(text)
        for c in find_claims(text, published=pub):
            assert text[c.start : c.end] == c.text
            for v in c.values:
                assert text[v.start : v.end] == v.text
                assert c.start <= v.start and v.end <= c.end


# The fast paths must give exactly what the plain per-sentence scan gives.

_PIECES = st.sampled_from(
    list(F.TRIGGER_WORDS)
    + list(F.UNIT_WORDS)
    + list(F.UNIT_CODES)
    + list("0123456789 ,.-–—$%/()'\"“\n!?")
    + ["5", "12.5", "1,200", "2017", " ", "  ", ". ", ".\n\n", "\u00a0", "é", "xone", "all"]
)
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=80).map("".join))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_whole_text_scan_equals_the_per_sentence_scan(text: str) -> None:
    for pub in (PUB, None):
        expected = tuple(_claims_by_sentence(text, paragraphs(text), pub, "c")) if text else ()
        assert find_claims(text, published=pub) == expected


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_triggers_equal_trigger_finditer(text: str) -> None:
    assert not F.TRIGGER_NESTS
    expected = [(m.start(), m.end(), m.group()) for m in F.TRIGGER.finditer(text)]
    assert _triggers(text) == expected


def _plain_alternation(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda x: (-len(x), x))
    )


_UNIT_ALTERNATION = re.compile(
    r"[\s\u00a0-]?(?P<u>(?i:"
    + _plain_alternation(F.UNIT_WORDS)
    + r")|"
    + _plain_alternation(F.UNIT_CODES)
    + r")(?![A-Za-z0-9²³])"
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=6).map("".join))
def test_unit_trie_matches_the_plain_alternation(tail: str) -> None:
    for text in (tail, " " + tail, "-" + tail.upper(), tail.title()):
        got = F.UNIT_AFTER.match(text)
        want = _UNIT_ALTERNATION.match(text)
        assert (got and (got.span(), got.group("u"))) == (want and (want.span(), want.group("u")))


def test_unit_trie_matches_every_unit_word() -> None:
    for w in list(F.UNIT_WORDS) + list(F.UNIT_CODES):
        for text in (" " + w, " " + w.upper(), "-" + w + "s", " " + w.replace(" ", "  ") + "."):
            got = F.UNIT_AFTER.match(text)
            want = _UNIT_ALTERNATION.match(text)
            assert (got and (got.span(), got.group("u"))) == (
                want and (want.span(), want.group("u"))
            ), text
