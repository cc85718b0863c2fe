"""Word lists and compiled patterns for check-worthy figures: money, units, dates, ranks.

Everything a linguist may want to extend lives here; ``checker.analysis.claims`` only holds
the logic that combines these pieces. All patterns compile once, at import.

Design notes for speed: two scans run over each article once: ``FIGURE`` for anything
that starts with an ASCII digit, and ``TRIGGER`` for the words of ``TRIGGER_WORDS`` (the
words that can start a date, a number word, a rank or a superlative), compiled as a trie so
the engine rejects most positions after one character (``TRIGGER_AFTER_SPACE`` and
``TRIGGER_AFTER_OTHER`` find the same words faster, together).
Every other pattern is only tried with ``.match`` (or ``.search`` in a few characters
before) at a position one of those two found, so its cost does not grow with the article. No
pattern nests unbounded repeats, so none can backtrack catastrophically.
"""

from __future__ import annotations

import re
from decimal import Decimal

from checker.analysis.lexicon.common import trie_pattern

# --------------------------------------------------------------------------------------
# Currencies
# --------------------------------------------------------------------------------------

#: ISO 4217 code -> names written after a number (matched case-insensitively).
CURRENCY_NAMES: dict[str, tuple[str, ...]] = {
    "USD": (
        "US dollars",
        "US dollar",
        "U.S. dollars",
        "U.S. dollar",
        "American dollars",
        "United States dollars",
        "dollars",
        "dollar",
        "bucks",
    ),
    "CNY": (
        "yuan",
        "renminbi",
        "Chinese yuan",
        "yuan renminbi",
        "RMB yuan",
    ),
    "EUR": ("euros", "euro"),
    "GBP": (
        "pounds sterling",
        "pound sterling",
        "British pounds",
        "British pound",
        "sterling",
        "quid",
    ),
    "JPY": ("yen", "Japanese yen"),
    "INR": ("rupees", "rupee", "Indian rupees", "Indian rupee"),
    "KRW": ("won", "South Korean won", "Korean won"),
    "HKD": ("Hong Kong dollars", "Hong Kong dollar", "HK dollars"),
    "CAD": ("Canadian dollars", "Canadian dollar"),
    "AUD": ("Australian dollars", "Australian dollar"),
    "NZD": ("New Zealand dollars", "New Zealand dollar"),
    "SGD": ("Singapore dollars", "Singapore dollar", "Singaporean dollars"),
    "TWD": ("New Taiwan dollars", "Taiwan dollars", "Taiwanese dollars", "NT dollars"),
    "MXN": ("Mexican pesos", "Mexican peso", "pesos", "peso"),
    "PHP": ("Philippine pesos", "Philippine peso"),
    "ARS": ("Argentine pesos", "Argentinian pesos", "Argentine peso"),
    "CLP": ("Chilean pesos", "Chilean peso"),
    "COP": ("Colombian pesos", "Colombian peso"),
    "BRL": ("Brazilian reais", "Brazilian real", "reais"),
    "RUB": ("rubles", "roubles", "ruble", "rouble", "Russian rubles", "Russian roubles"),
    "CHF": ("Swiss francs", "Swiss franc", "francs", "franc"),
    "SEK": ("Swedish kronor", "Swedish krona", "kronor", "krona"),
    "NOK": ("Norwegian kroner", "Norwegian krone", "kroner", "krone"),
    "DKK": ("Danish kroner", "Danish krone"),
    "PLN": ("zlotys", "zloty", "zlotych", "Polish zlotys", "Polish zloty"),
    "TRY": ("Turkish lira", "Turkish liras", "lira", "liras"),
    "ZAR": ("South African rand", "rand"),
    "NGN": ("naira", "Nigerian naira"),
    "KES": ("Kenyan shillings", "Kenya shillings", "shillings"),
    "EGP": ("Egyptian pounds", "Egyptian pound"),
    "ILS": ("shekels", "shekel", "new shekels", "Israeli shekels"),
    "SAR": ("Saudi riyals", "riyals", "riyal"),
    "QAR": ("Qatari riyals", "Qatari riyal"),
    "AED": ("dirhams", "dirham", "UAE dirhams", "Emirati dirhams"),
    "IRR": ("Iranian rials", "rials", "rial"),
    "IQD": ("Iraqi dinars", "Iraqi dinar"),
    "KWD": ("Kuwaiti dinars", "Kuwaiti dinar"),
    "PKR": ("Pakistani rupees", "Pakistani rupee"),
    "LKR": ("Sri Lankan rupees",),
    "IDR": ("rupiah", "Indonesian rupiah"),
    "MYR": ("ringgit", "Malaysian ringgit"),
    "THB": ("baht", "Thai baht"),
    "VND": ("dong", "Vietnamese dong"),
    "UAH": ("hryvnias", "hryvnia", "hryvnyas", "Ukrainian hryvnias"),
    "CZK": ("koruna", "korunas", "Czech crowns", "Czech koruna"),
    "HUF": ("forints", "forint", "Hungarian forints"),
    "RON": ("lei", "Romanian lei"),
    "BDT": ("taka", "Bangladeshi taka"),
    "GHS": ("cedis", "cedi", "Ghanaian cedis"),
    "ETB": ("birr", "Ethiopian birr"),
    "XOF": ("CFA francs", "CFA franc"),
    "LBP": ("Lebanese pounds", "Lebanese pound"),
    "KZT": ("tenge",),
}

#: Amounts of a hundredth of a currency ("50 cents" is 0.50 USD).
MINOR_CURRENCY_NAMES: dict[str, tuple[str, ...]] = {
    "USD": ("cents", "cent", "US cents", "U.S. cents", "US cent", "U.S. cent"),
    "EUR": ("euro cents", "euro cent"),
    "AUD": ("Australian cents",),
    "CAD": ("Canadian cents",),
    "GBP": ("pence",),
    "INR": ("paise",),
    "RUB": ("kopecks", "kopeks"),
}

#: Symbols and abbreviations written before a number ("HK$5", "RMB 100 million", "€3bn").
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "USD$": "USD",
    "HK$": "HKD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "Can$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "SG$": "SGD",
    "NT$": "TWD",
    "MX$": "MXN",
    "Mex$": "MXN",
    "R$": "BRL",
    "J$": "JMD",
    "Z$": "ZWL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "JP¥": "JPY",
    "CN¥": "CNY",
    "RMB¥": "CNY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
    "₱": "PHP",
    "฿": "THB",
    "₫": "VND",
    "₴": "UAH",
    "₵": "GHS",
    "₨": "PKR",
    "E£": "EGP",
    "RMB": "CNY",
    "Rs": "INR",
    "Rs.": "INR",
    "Rp": "IDR",
    "RM": "MYR",
    "KSh": "KES",
    "Ksh": "KES",
    "NIS": "ILS",
    "SFr": "CHF",
    "zł": "PLN",
}

#: ISO codes accepted before or after a number ("USD 5", "5 million EUR").
CURRENCY_CODES: frozenset[str] = frozenset(
    set(CURRENCY_NAMES)
    | set(CURRENCY_PREFIXES.values())
    | {"PEN", "BGN", "NPR", "MAD", "XAF", "JOD", "OMR", "BHD", "ISK", "HRK", "AFN", "MMK"}
)

# --------------------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------------------

#: short code -> unit names written after a number (matched case-insensitively).
MEASURE_NAMES: dict[str, tuple[str, ...]] = {
    "km2": (
        "square kilometers",
        "square kilometres",
        "square kilometer",
        "square kilometre",
        "sq km",
        "sq. km",
        "sq. km.",
        "sq kilometers",
        "sq kilometres",
    ),
    "mi2": ("square miles", "square mile", "sq miles", "sq mi", "sq. mi."),
    "m2": ("square meters", "square metres", "square meter", "square metre", "sq m", "sq. m."),
    "ft2": ("square feet", "square foot", "sq ft", "sq. ft.", "sq. ft"),
    "m3": ("cubic meters", "cubic metres", "cubic meter", "cubic metre"),
    "ft3": ("cubic feet", "cubic foot"),
    "ha": ("hectares", "hectare"),
    "acre": ("acres", "acre"),
    "km": ("kilometers", "kilometres", "kilometer", "kilometre"),
    "m": ("meters", "metres", "meter", "metre"),
    "cm": ("centimeters", "centimetres", "centimeter", "centimetre"),
    "mm": ("millimeters", "millimetres", "millimeter", "millimetre"),
    "nmi": ("nautical miles", "nautical mile"),
    "mi": ("miles", "mile"),
    "ft": ("feet", "foot"),
    "in": ("inches", "inch"),
    "yd": ("yards", "yard"),
    "ly": ("light-years", "light years", "light-year", "light year"),
    "t": ("metric tons", "metric tonnes", "tonnes", "tonne", "tons", "ton"),
    "kg": ("kilograms", "kilogrammes", "kilogram", "kilos", "kilo"),
    "g": ("grams", "grammes", "gram"),
    "mg": ("milligrams", "milligram"),
    "oz": ("ounces", "ounce"),
    "ct": ("carats", "carat"),
    "bbl/d": ("barrels per day", "barrels a day", "barrels of oil per day", "barrels of oil a day"),
    "bbl": ("barrels", "barrel"),
    "gal": ("gallons", "gallon"),
    "L": ("liters", "litres", "liter", "litre"),
    "kWh": ("kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kilowatt hour"),
    "MWh": ("megawatt-hours", "megawatt hours", "megawatt-hour"),
    "GWh": ("gigawatt-hours", "gigawatt hours", "gigawatt-hour"),
    "TWh": ("terawatt-hours", "terawatt hours", "terawatt-hour"),
    "kW": ("kilowatts", "kilowatt"),
    "MW": ("megawatts", "megawatt"),
    "GW": ("gigawatts", "gigawatt"),
    "W": ("watts", "watt"),
    "mph": ("miles per hour", "miles an hour"),
    "km/h": (
        "kilometers per hour",
        "kilometres per hour",
        "kilometers an hour",
        "kilometres an hour",
    ),
    "kn": ("knots",),
    "degC": ("degrees Celsius", "degrees centigrade", "degree Celsius"),
    "degF": ("degrees Fahrenheit", "degree Fahrenheit"),
    "deg": ("degrees",),
    "TB": ("terabytes", "terabyte"),
    "GB": ("gigabytes", "gigabyte"),
    "MB": ("megabytes", "megabyte"),
    "TEU": ("TEUs", "TEU", "twenty-foot equivalent units"),
    "kcal": ("calories", "kilocalories"),
    "decade": ("decades", "decade"),
    "century": ("centuries", "century"),
    "yr": ("years", "year"),
    "mo": ("months", "month"),
    "wk": ("weeks", "week"),
    "d": ("days", "day"),
    "h": ("hours", "hour"),
    "min": ("minutes", "minute"),
    "s": ("seconds",),
}

#: Case-sensitive unit abbreviations written after a number ("100km", "5 MW").
MEASURE_CODES: dict[str, str] = {
    "km²": "km2",
    "km2": "km2",
    "sq km": "km2",
    "m²": "m2",
    "ha": "ha",
    "km": "km",
    "cm": "cm",
    "mm": "mm",
    "mi": "mi",
    "ft": "ft",
    "kg": "kg",
    "mg": "mg",
    "lbs": "lb",
    "lb": "lb",
    "oz": "oz",
    "bpd": "bbl/d",
    "b/d": "bbl/d",
    "bbl": "bbl",
    "kWh": "kWh",
    "MWh": "MWh",
    "GWh": "GWh",
    "TWh": "TWh",
    "kW": "kW",
    "MW": "MW",
    "GW": "GW",
    "mph": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "°C": "degC",
    "°F": "degF",
    "℃": "degC",
    "GB": "GB",
    "TB": "TB",
    "MB": "MB",
    "TEU": "TEU",
    "TEUs": "TEU",
    "mt": "t",
}

#: Age phrases: "a 45-year-old", "45 years old" are counts in years.
AGE_NAMES: tuple[str, ...] = ("year-old", "years-old", "years old", "year old")

#: Units of percentages.
PERCENT_NAMES: dict[str, tuple[str, ...]] = {
    "pp": ("percentage points", "percentage point", "percent points", "per cent points"),
    "bp": ("basis points", "basis point"),
    "%": ("percent", "per cent", "pct", "per-cent"),
}
PERCENT_CODES: dict[str, str] = {"%": "%", "bps": "bp", "bp": "bp"}

#: Words that multiply a number.
SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "hundred": Decimal(100),
}


def _norm(word: str) -> str:
    return " ".join(word.replace("’", "'").lower().split())


def _alt(words, *, spaces: bool = True) -> str:
    """An alternation of ``words``, longest first, with spaces matching any whitespace."""
    out = []
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        e = re.escape(w)
        if spaces:
            e = e.replace(r"\ ", r"\s+")
        out.append(e)
    return "|".join(out)


#: normalised unit word -> (kind, code, multiplier). kind "pound" is GBP or lb by context.
UNIT_WORDS: dict[str, tuple[str, str, Decimal]] = {}
for _code, _names in CURRENCY_NAMES.items():
    for _n in _names:
        UNIT_WORDS[_norm(_n)] = ("money", _code, Decimal(1))
for _code, _names in MINOR_CURRENCY_NAMES.items():
    for _n in _names:
        UNIT_WORDS[_norm(_n)] = ("money", _code, Decimal("0.01"))
for _code, _names in MEASURE_NAMES.items():
    for _n in _names:
        UNIT_WORDS[_norm(_n)] = ("measure", _code, Decimal(1))
for _code, _names in PERCENT_NAMES.items():
    for _n in _names:
        UNIT_WORDS[_norm(_n)] = ("percent", _code, Decimal(1))
for _n in AGE_NAMES:
    UNIT_WORDS[_n] = ("count", "years", Decimal(1))
UNIT_WORDS["pounds"] = ("pound", "GBP", Decimal(1))
UNIT_WORDS["pound"] = ("pound", "GBP", Decimal(1))

#: exact unit abbreviation -> (kind, code, multiplier).
UNIT_CODES: dict[str, tuple[str, str, Decimal]] = {}
for _c, _code in MEASURE_CODES.items():
    UNIT_CODES[_c] = ("measure", _code, Decimal(1))
for _c, _code in PERCENT_CODES.items():
    UNIT_CODES[_c] = ("percent", _code, Decimal(1))
for _c in CURRENCY_CODES:
    UNIT_CODES[_c] = ("money", _c, Decimal(1))
for _c, _code in CURRENCY_PREFIXES.items():
    if not _c[0].isascii() and len(_c) == 1:  # "5€", "100 zł"
        UNIT_CODES[_c] = ("money", _code, Decimal(1))
UNIT_CODES["zł"] = ("money", "PLN", Decimal(1))
UNIT_CODES["RMB"] = ("money", "CNY", Decimal(1))

# --------------------------------------------------------------------------------------
# Number words, ordinals, months, weekdays
# --------------------------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS_WORDS: dict[str, int] = {
    w: 10 * (i + 2)
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
ORDINAL_WORDS: dict[str, int] = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split()
    )
}
#: Denominators of fractions written as words ("a third of", "two-thirds of").
FRACTION_WORDS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}

MONTHS: dict[str, int] = {}
for _i, _m in enumerate(
    "January February March April May June July August September October November December".split()
):
    MONTHS[_m] = _i + 1
    MONTHS[_m[:3]] = _i + 1
MONTHS["Sept"] = 9

WEEKDAYS: dict[str, int] = {
    d: i for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
}

#: Words before a weekday that make it part of a name ("Black Friday", "Super Tuesday").
WEEKDAY_NAME_BEFORE = frozenset(
    "Black Good Super Cyber Ash Easter Palm Bloody Holy Fat Giving Maundy Shrove Mad".split()
)
#: Words after a weekday that make it part of a name ("Sunday Times").
WEEKDAY_NAME_AFTER = frozenset(
    "Times Telegraph Express Mail Herald Post Night Star Mirror Independent Tribune School "
    "Club Today Morning Edition Show".split()
)

# --------------------------------------------------------------------------------------
# Superlatives and ranks
# --------------------------------------------------------------------------------------

SUPERLATIVES: tuple[str, ...] = tuple(
    """largest biggest highest lowest smallest greatest fastest slowest oldest youngest
    richest poorest deadliest longest shortest strongest weakest best worst cheapest
    costliest busiest tallest wealthiest heaviest hottest coldest warmest wettest driest
    safest toughest fewest deepest widest most least""".split()
)
#: Nouns after an ordinal that make it a rank ("second place").
PLACE_NOUNS: tuple[str, ...] = ("place", "position", "spot")
#: Words after an ordinal that make it a rank ("third-largest", "second place").
RANK_NOUNS: tuple[str, ...] = PLACE_NOUNS + ("ranked", "most")
#: Superlatives that need a following word to be one ("the best candidate", not "his best").
SUPERLATIVES_NEEDING_WORD = frozenset(("best", "worst", "most", "least"))
#: Words that, right after such a superlative, make it an idiom ("the best way to").
SUPERLATIVE_IDIOM_AFTER = frozenset(
    "way ways thing things part of to is was are were and that in for at as on".split()
)
#: Suffixes of ordinals in digits ("21st").
ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))

# --------------------------------------------------------------------------------------
# Word classes for counts and context
# --------------------------------------------------------------------------------------

#: Words that are never the counted noun after a number.
COUNT_STOP = frozenset(
    """a an the of to in on at by for from with and or but nor as than that which who whom
    whose this these those it its is are was were be been being has have had do does did
    will would shall should can could may might must said says say told per each every all
    both some any no not so yet also just only even still ago later earlier apiece alone
    total combined respectively he she they we you i me him her them us his their our your
    my there here when where while if because although though over under about around
    after before since until till between among during into onto up down out off through
    across against percent cent more less fewer most least many much such what whether
    perhaps always besides towards sometimes whereas thus hence versus vs via including
    plus minus last next first again or'""".split()
)
#: Plurals that do not end in s.
IRREGULAR_PLURALS = frozenset(
    """people men women children police staff personnel cattle sheep fish deer mice geese
    teeth feet troops data media clergy livestock aircraft offspring""".split()
)
#: Nouns too vague to make a word number a fact ("the two sides").
VAGUE_NOUNS = frozenset(
    """sides things ways times ones others reasons questions words parts kinds types steps
    options days nights hands eyes feet minds cents ends""".split()
)
#: Lower-case words that may precede a figure at the start of a sentence, or a year.
FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for from with and or but as than about around nearly
    almost some over under more less only just roughly approximately exactly at least some
    since until till through during before after between among another all those these its
    their his her our my your this that there here when while if some fewer up down
    estimated total another every each fiscal early mid late circa then now so yet also
    however meanwhile still last next what which who because although though whereas
    where why how even perhaps maybe nearly some another such roughly""".split()
)
#: Words before a bare number that make it a label, not a fact ("page 3", "Section 230").
LABEL_WORDS = frozenset(
    """page pages chapter section sections article articles route number episode season room
    grade level phase version model flight bill item line paragraph verse exit gate
    district ward precinct tier stage step act highway interstate channel volume issue no
    nos figure table appendix clause rule amendment proposition resolution suite apartment
    unit floor box station platform category class form schedule title part track game
    round lane road street avenue block lot pier terminal code""".split()
)
#: Words before a bare number that make it an age ("aged 45").
AGE_WORDS = frozenset(("aged", "age", "ages"))
#: Relative days and their offset from the publication date.
RELATIVE_DAYS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
#: "last"/"this"/"next" week, month, year: the shift from the publication date.
RELATIVE_SHIFTS: dict[str, int] = {"last": -1, "this": 0, "next": 1}
#: ISO codes that are also English words: not taken as a prefix ("TRY 5 times").
CODES_NOT_PREFIX = frozenset(("TRY", "MAD", "PEN", "RON", "ISK", "BHD", "ALL", "TOP", "CUP"))
#: Words before a 4-digit number that make it a year.
YEAR_BEFORE = frozenset(
    """in since by of from until till through to the fiscal early mid late during before
    after between and or around circa year spring summer autumn fall winter end beginning
    start as than for""".split()
)

# --------------------------------------------------------------------------------------
# Compiled patterns
# --------------------------------------------------------------------------------------

_NUM = r"[0-9](?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]*)(?:\.[0-9]+)?"
_SCALE = (
    r"(?:[\s\u00a0]?(?i:million|billion|trillion|thousand|crores?|lakhs?|mln|bln|mn|bn|tn|trn)"
    r"|[mbkMBK])(?![A-Za-z])"
)
_PREFIX_SYMBOLS = _alt([p for p in CURRENCY_PREFIXES if not p.isalpha() or len(p) == 1])
# The unit lists are tries, not ``_alt`` alternations: ``FIGURE`` tries the unit after
# every number, and a plain alternation of some 400 case-insensitive words made that
# the bulk of its cost. Both pick the same word: the words matching at a position are
# prefixes of one another, and both forms try the longest of them first.
_UNIT = (
    r"[\s\u00a0-]?(?P<u>(?i:"
    + trie_pattern(UNIT_WORDS)
    + r")|"
    + trie_pattern(UNIT_CODES)
    + r")(?![A-Za-z0-9²³])"
)

#: Anything that starts with a digit: a number, its scale, a range, then a unit.
FIGURE = re.compile(
    r"(?P<n1>" + _NUM + r")(?P<s1>" + _SCALE + r")?"
    r"(?:(?P<sep>[\s\u00a0]?[-–—][\s\u00a0]?|[\s\u00a0]+(?:to|and|or)[\s\u00a0]+)"
    r"(?P<p2>US\$|[$€£¥₹₩])?(?P<n2>" + _NUM + r")(?P<s2>" + _SCALE + r")?)?"
    r"(?:" + _UNIT + r")?"
)
#: A currency symbol or code right before a number (searched in a short window).
CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<c>"
    + _alt([p for p in CURRENCY_PREFIXES if p[0].isalpha()] + sorted(CURRENCY_CODES))
    + r")[\s\u00a0]?|(?P<s>"
    + _alt([p for p in CURRENCY_PREFIXES if not p[0].isalpha()])
    + r")[\s\u00a0]?)\Z"
)
#: A unit right after a number word ("two million dollars").
UNIT_AFTER = re.compile(_UNIT)
#: A scale after a number word: "two million", "five hundred thousand".
WORD_SCALE = re.compile(
    r"(?:[\s\u00a0-]+(?P<dz>dozen))?"
    r"(?:[\s\u00a0]+(?P<sc>(?i:hundred|thousand|million|billion|trillion))"
    r"(?:[\s\u00a0]+(?P<sc2>(?i:thousand|million|billion)))?)?(?![A-Za-z])"
)
#: A number word, possibly compound ("twenty-five"), or "half a".
NUMBER_WORD = re.compile(r"[A-Za-z]+(?:-[a-z]+)?(?:[\s\u00a0]+an?(?=[\s\u00a0]))?")
#: Fractions: "a third of", "two-thirds of", "half of".
FRACTION = re.compile(
    r"(?:(?P<fn>[A-Za-z]+)[\s\u00a0-]+)?(?P<fd>(?i:half|halves|thirds?|quarters?|fifths?|tenths?))"
    r"[\s\u00a0]+of(?![A-Za-z])"
)
#: Ratios: "one in five", "1 in 4", "three out of 10".
RATIO = re.compile(
    r"(?P<a>[A-Za-z]+|[0-9]{1,3})[\s\u00a0]+(?:in|out[\s\u00a0]+of)[\s\u00a0]+"
    r"(?P<b>[a-z]+|[0-9]{1,4})(?![0-9A-Za-z-])"
)
#: The counted noun after a number: one or two words.
NOUN_AFTER = re.compile(
    r"[\s\u00a0]+(?P<w1>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)"
    r"(?:[\s\u00a0]+(?P<w2>[A-Za-z][a-z'’]*(?:-[a-z]+)*))?"
)
#: A hyphenated noun right after a number: "a 10-point lead", "a 3-judge panel".
HYPHEN_NOUN = re.compile(r"-(?P<w>[a-z]{3,})(?![A-Za-z-])")
#: Before an age after a name: "Cory James, 22, of Flint".
AGE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:\s(?:Jr|Sr)\.?)?,[\s\u00a0]+\Z")
#: Words before a word number that make it a reference, not a count ("the two men").
REFERENCE_BEFORE = frozenset("the The these These those Those both Both all All".split())
#: The word right before a position (searched in a short window).
PREV_WORD = re.compile(r"(?<![A-Za-z.'’])(?P<w>[A-Za-z][A-Za-z.'’]*)[\s\u00a0]+\Z")
#: Times of day after a number: "3 p.m.", "10am", "9 o'clock".
TIME_AFTER = re.compile(r"[\s\u00a0]?(?:[ap]\.m\.?|[AP]\.M\.?|[ap]m|[AP]M|o['’]clock)(?![A-Za-z])")

_MONTH = _alt(MONTHS, spaces=False)
_ORD = r"(?:st|nd|rd|th)?"
#: A date that starts with its month: "March 3, 2017", "Sept. 16-19", "March 2017".
MONTH_DATE = re.compile(
    r"(?P<mon>"
    + _MONTH
    + r")\.?[\s\u00a0]+(?:the[\s\u00a0]+)?(?P<d1>[0-9]{1,2})"
    + _ORD
    + r"(?![0-9A-Za-z])"
    r"(?:(?:[\s\u00a0]*[-–—][\s\u00a0]*|[\s\u00a0]+(?:to|through|and|until)[\s\u00a0]+)"
    r"(?:(?P<mon2>" + _MONTH + r")\.?[\s\u00a0]+)?(?P<d2>[0-9]{1,2})" + _ORD + r"(?![0-9A-Za-z]))?"
    r"(?:,?[\s\u00a0]+(?P<y>[0-9]{4})(?![0-9,]))?"
    r"|(?P<mony>" + _MONTH + r")\.?,?[\s\u00a0]+(?:of[\s\u00a0]+)?(?P<y2>[0-9]{4})(?![0-9,])"
)
#: A date that starts with its day: "3 March 2017", "16-19 September", "3rd of March".
DAY_DATE = re.compile(
    r"(?P<d1>[0-9]{1,2})"
    + _ORD
    + r"(?:[\s\u00a0]*[-–][\s\u00a0]*(?P<d2>[0-9]{1,2})"
    + _ORD
    + r")?[\s\u00a0]+(?:of[\s\u00a0]+)?(?P<mon>"
    + _MONTH
    + r")(?![A-Za-z])\.?"
    r"(?:,?[\s\u00a0]+(?P<y>[0-9]{4})(?![0-9,]))?"
)
#: Dates in digits: ISO "2017-03-03" and US "3/3/2017".
NUMERIC_DATE = re.compile(
    r"(?P<iy>[0-9]{4})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})(?![0-9])"
    r"|(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<c>[0-9]{4}|[0-9]{2})(?![0-9/])"
)
#: Between a weekday and its date: "Monday, March 3", "Monday (March 3)".
WEEKDAY_SEP = re.compile(
    r"(?:[\s\u00a0]*\([\s\u00a0]*|,[\s\u00a0]*|[\s\u00a0]+)(?:the[\s\u00a0]+)?"
)
#: A modifier right before a weekday: "last Tuesday", "next Monday".
WEEKDAY_MODIFIER = re.compile(r"(?<![A-Za-z])(?P<m>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)[\s\u00a0]+\Z")
#: Future tense in a sentence (for "on Friday" after the publication date).
FUTURE = re.compile(
    r"(?<![A-Za-z])(?:will|won['’]t|shall|(?<=[a-z])['’]ll|(?:is|are|am)[\s\u00a0]+"
    r"(?:due|set|scheduled|slated|expected|planning|going)|plans?[\s\u00a0]+to|upcoming)"
    r"(?![A-Za-z])"
)
#: Past tense in a sentence (for dates without a year): auxiliaries, common irregular
#: verbs and regular "-ed" verbs other than planning words. "said" tells nothing.
PAST = re.compile(
    r"(?<![A-Za-z'’])(?:was|were|had|did|ago|last|earlier|previously|spoke|met|held|took|"
    r"gave|went|came|won|lost|began|wrote|told|sent|left|fell|rose|grew|paid|sold|bought|"
    r"made|led|ran|saw|became|brought|chose|drew|flew|fought|found|hit|kept|knew|spent|"
    r"stood|struck|threw|thought|understood|withdrew|"
    r"(?!(?:schedul|expect|plann|slat|suppos|propos|intend|aim|need|want|hop|plan|"
    r"design|prepar|requir|ask|allow|bas|us|concern|interest|involv|determin|committ)ed)"
    r"[a-z]{2,}ed)(?![A-Za-z])"
)
#: Rank cue before an ordinal: "ranking the 21st", "ranked No. 3", "finished second".
RANK_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<cue>[Rr]ank(?:s|ed|ing)?|placed|placing|finish(?:ed|es|ing)?|came)"
    r"[\s\u00a0]+(?:(?:in|at|as)[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:No\.?[\s\u00a0]*)?\Z"
)
#: Rank noun or superlative after an ordinal: "third-largest", "5th most", "second place".
RANK_AFTER = re.compile(r"[\s\u00a0-]+(?:" + _alt(SUPERLATIVES + RANK_NOUNS) + r")(?![A-Za-z])")
#: "No. 3", "number one", "top 10".
NUMBER_SIGN = re.compile(
    r"No\.?[\s\u00a0]?(?P<n>[0-9]{1,3})(?![0-9,.]?[0-9])(?![\s\u00a0]+Downing)"
)
NUMBER_ONE = re.compile(r"[Nn]umber[\s\u00a0]+(?P<w>one|two|three)(?![A-Za-z])")
TOP_N = re.compile(
    r"[Tt]op[\s\u00a0-](?P<n>[0-9]{1,3}|[a-z]+)(?![0-9A-Za-z])"
    r"(?![\s\u00a0]*(?:(?:or|to|and|-)[\s\u00a0]*[0-9.]+[\s\u00a0]*)?(?:%|percent|per cent|pct))"
)
#: What must precede a superlative for it to be one: "the largest", "China's biggest".
SUPERLATIVE_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:the|The|its|Its|their|Their|his|her|our|my|your)|['’]s?)"
    r"[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?\Z"
)
#: "record high", "record-breaking", "all-time low".
RECORD = re.compile(
    r"(?:[Rr]ecord[\s\u00a0-]+(?:highs?|lows?|levels?|numbers?|amounts?|breaking|setting|"
    r"year|turnout|profits?|sales|temperatures?)|[Aa]ll-time[\s\u00a0]+(?:highs?|lows?|records?))"
    r"(?![A-Za-z])"
)


def _both_cases(words) -> list[str]:
    return [w for x in words for w in (x, x.capitalize())]


#: Word -> what it may start: a month or weekday date, a relative date ("rel"), a number
#: word ("num"), a scale after "a"/"an" ("ascale"), an ordinal ("ord"), "No. 3"/"number
#: one"/"top 10" ("no"), a superlative ("sup") or "record"/"all-time" ("rec").
TRIGGER_WORDS: dict[str, str] = {}
for _w in MONTHS:
    TRIGGER_WORDS[_w] = "mon"
for _w in WEEKDAYS:
    TRIGGER_WORDS[_w] = "wd"
for _w in _both_cases(RELATIVE_DAYS):
    TRIGGER_WORDS[_w] = "rel"
for _w in _both_cases(RELATIVE_SHIFTS):
    for _p in ("week", "weekend", "month", "year"):
        TRIGGER_WORDS[f"{_w} {_p}"] = "rel"
for _w in _both_cases([w for w in NUMBER_WORDS if w != "zero"] + list(TENS_WORDS) + ["half"]):
    TRIGGER_WORDS[_w] = "num"
for _w in (
    "dozen",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "third",
    "quarter",
    "fifth",
    "tenth",
):
    TRIGGER_WORDS.setdefault(_w, "ascale")
for _w in _both_cases(ORDINAL_WORDS):
    TRIGGER_WORDS.setdefault(_w, "ord")
for _w in ("No", "number", "Number", "top", "Top"):
    TRIGGER_WORDS[_w] = "no"
for _w in SUPERLATIVES:
    TRIGGER_WORDS[_w] = "sup"
for _w in ("record", "Record", "all-time", "All-time"):
    TRIGGER_WORDS[_w] = "rec"


_TRIGGER_TRIE = trie_pattern(TRIGGER_WORDS)
#: The words of ``TRIGGER_WORDS`` as whole words (a space in an entry matches any spacing).
TRIGGER = re.compile(r"(?<![A-Za-z])" + _TRIGGER_TRIE + r"(?![A-Za-z])")
#: ``TRIGGER`` after a space, the word in group 1: a literal first character lets ``re``
#: skip straight to the spaces instead of trying the look-behind at every position.
TRIGGER_AFTER_SPACE = re.compile(r" (" + _TRIGGER_TRIE + r")(?![A-Za-z])")
#: ``TRIGGER`` after a character that is neither a space nor a letter, the word in group 1.
TRIGGER_AFTER_OTHER = re.compile(r"[^ A-Za-z](" + _TRIGGER_TRIE + r")(?![A-Za-z])")


def _nests(words) -> bool:
    """Whether a match of ``words`` might start inside another: after a space or hyphen
    within a word ("all-time", "last week"), or at its end. False means that the matches
    of ``TRIGGER`` are all the places where it matches, whatever order they are found in.
    """
    norm = {" ".join(w.split()) for w in words}
    ascii_letters = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    for w in norm:
        if not w or w[0] not in ascii_letters or w[-1] not in ascii_letters:
            return True
        for i in range(1, len(w)):
            if w[i - 1] not in ascii_letters and w[i] in ascii_letters:
                rest = w[i:]
                if any(u.startswith(rest) or rest.startswith(u) for u in norm):
                    return True
    return False


#: Whether ``TRIGGER`` matches can nest; when not, ``TRIGGER_AFTER_SPACE``,
#: ``TRIGGER_AFTER_OTHER`` and ``TRIGGER.match`` at 0 together find what ``TRIGGER`` finds.
TRIGGER_NESTS: bool = _nests(TRIGGER_WORDS)

#: Before a scale word: "a"/"an" ("a million", "a third of").
A_BEFORE = re.compile(r"(?<![A-Za-z])[Aa]n?[\s\u00a0]+\Z")

__all__ = [
    "AGE_BEFORE",
    "AGE_NAMES",
    "AGE_WORDS",
    "A_BEFORE",
    "CODES_NOT_PREFIX",
    "COUNT_STOP",
    "CURRENCY_BEFORE",
    "CURRENCY_CODES",
    "CURRENCY_NAMES",
    "CURRENCY_PREFIXES",
    "DAY_DATE",
    "FIGURE",
    "FRACTION",
    "FRACTION_WORDS",
    "FUNCTION_WORDS",
    "FUTURE",
    "HYPHEN_NOUN",
    "IRREGULAR_PLURALS",
    "LABEL_WORDS",
    "MEASURE_CODES",
    "MEASURE_NAMES",
    "MINOR_CURRENCY_NAMES",
    "MONTHS",
    "MONTH_DATE",
    "NOUN_AFTER",
    "NUMBER_ONE",
    "NUMBER_SIGN",
    "NUMBER_WORD",
    "NUMBER_WORDS",
    "NUMERIC_DATE",
    "ORDINAL_SUFFIXES",
    "ORDINAL_WORDS",
    "PAST",
    "PERCENT_CODES",
    "PERCENT_NAMES",
    "PLACE_NOUNS",
    "PREV_WORD",
    "RANK_AFTER",
    "RANK_BEFORE",
    "RANK_NOUNS",
    "RATIO",
    "RECORD",
    "REFERENCE_BEFORE",
    "RELATIVE_DAYS",
    "RELATIVE_SHIFTS",
    "SCALES",
    "SUPERLATIVES",
    "SUPERLATIVES_NEEDING_WORD",
    "SUPERLATIVE_BEFORE",
    "SUPERLATIVE_IDIOM_AFTER",
    "TENS_WORDS",
    "TIME_AFTER",
    "TOP_N",
    "TRIGGER",
    "TRIGGER_AFTER_OTHER",
    "TRIGGER_AFTER_SPACE",
    "TRIGGER_NESTS",
    "TRIGGER_WORDS",
    "UNIT_AFTER",
    "UNIT_CODES",
    "UNIT_WORDS",
    "VAGUE_NOUNS",
    "WEEKDAYS",
    "WEEKDAY_MODIFIER",
    "WEEKDAY_NAME_AFTER",
    "WEEKDAY_NAME_BEFORE",
    "WEEKDAY_SEP",
    "WORD_SCALE",
    "YEAR_BEFORE",
]
