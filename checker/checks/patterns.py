"""Word lists and compiled patterns of the in-article checks, in one place (compiled once).

Each block names the check that uses it. The patterns are deliberately narrow: a check that
cannot read a sentence with confidence stays silent rather than guessing.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- shared pieces

_SP = r"[ \t\u00a0]"
_WS = r"[\s\u00a0]"

# "1,234.5", "45", "0.5"
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALES = {
    "trillion": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "thousand": 1e3,
}
_SCALE = r"trillion|billion|million|thousand|bn|mn|mln"

# --------------------------------------------------------------------------- currency

# Symbols and codes written before an amount, mapped to ISO codes.
CURRENCY_PREFIXES = {
    "US$": "USD",
    "U.S.$": "USD",
    "NT$": "TWD",
    "HK$": "HKD",
    "S$": "SGD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "RMB": "CNY",
    "Rs.": "INR",
    "Rs": "INR",
}
# Currency words written after an amount; the longest alternatives come first in the regex.
CURRENCY_WORDS = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "new taiwan dollars": "TWD",
    "taiwan dollars": "TWD",
    "dollars": "USD",
    "dollar": "USD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "euros": "EUR",
    "euro": "EUR",
    "yen": "JPY",
    "pounds sterling": "GBP",
    "british pounds": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "rupees": "INR",
    "indian rupees": "INR",
    "won": "KRW",
    "rubles": "RUB",
    "roubles": "RUB",
    "lira": "TRY",
    "rand": "ZAR",
    "baht": "THB",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "dong": "VND",
    "shekels": "ILS",
    "naira": "NGN",
    "zloty": "PLN",
    "forint": "HUF",
    "swiss francs": "CHF",
    "mexican pesos": "MXN",
    "pesos": "MXN",
    "reais": "BRL",
}
# ISO codes accepted when written in capitals before or after an amount.
CURRENCY_CODES = frozenset(
    "USD CNY EUR JPY GBP INR KRW RUB TRY ZAR THB IDR MYR VND ILS NGN PLN HUF CHF MXN BRL HKD "
    "SGD AUD CAD NZD TWD SEK NOK DKK KES PHP PKR EGP SAR AED".split()
)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX = _alt(CURRENCY_PREFIXES)
_CODES = _alt(CURRENCY_CODES)
_CURWORD = _alt(CURRENCY_WORDS).replace(r"\ ", _SP)

# One amount of money, from its number on: "45 million", "736.3 billion yuan",
# "106.9 billion US dollars". A symbol or code before the number ("$", "RMB ") is read by
# MONEY_PREFIX on the text just before; starting at the digits keeps the scan fast.
MONEY = (
    rf"(?P<@@num>{NUM})"
    rf"(?:{_SP}?(?P<@@scale>(?i:{_SCALE}))\b)?"
    rf"(?:{_SP}(?P<@@cur>(?i:{_CURWORD})|{_CODES})\b)?"
)
MONEY_PREFIX = re.compile(rf"(?:(?<![A-Za-z])(?:{_PREFIX})|\b(?:{_CODES})){_SP}?\Z")
# "X (about Y)", "X, or about Y,", "X (equivalent to Y)".
_HEDGE = (
    r"about|around|roughly|approximately|approx\.|some|nearly|almost|close to|over|under|"
    r"more than|less than|just over|just under|equivalent to|equal to|worth|or|~|c\."
)
CONVERSION_GATE = re.compile(r"[(\[](?=[^)\]\n]{0,30}\d)|,? or (?=[^\n]{0,20}\d)")
CONVERSION = re.compile(
    MONEY.replace("@@", "a")
    + rf"{_SP}*(?:\({_SP}*|,{_SP}+or{_SP}+|{_SP}+or{_SP}+|{_SP}*\[{_SP}*)"
    + rf"(?i:(?:(?:{_HEDGE}){_SP}+)*(?:(?:{_HEDGE}){_SP}*)?)"
    + rf"(?P<bpre>(?:{_PREFIX}|{_CODES}){_SP}?)?"
    + MONEY.replace("@@", "b")
    + r"(?=[\s\u00a0]*[)\],.;]|[\s\u00a0]+(?:at|in|for)\b)"
)
# After a conversion: it is at today's rates, not the rates of the year the figure is from.
CURRENT_RATE = re.compile(
    r"[\s\u00a0]*(?:at|in)[\s\u00a0]+(?:current|today['’]s|present|recent|the[\s\u00a0]+current)"
    r"|[\s\u00a0]*at[\s\u00a0]+(?:the[\s\u00a0]+)?(?:exchange[\s\u00a0]+rates?|rates?)"
    r"[\s\u00a0]+(?:of|on|at)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:time|publication|today)",
    re.IGNORECASE,
)
YEAR_GATE = re.compile(r"(?:19|20)\d\d")
YEAR = re.compile(r"(?<![\d$.,])(?:19[5-9]\d|20[0-4]\d)(?![\d%]|,\d)")

# --------------------------------------------------------------------------- dates

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|Jun\.?|Jul\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR4 = r"(?:1[89]\d\d|20\d\d)"
# "Monday, March 3", "Monday, March 3, 2025", "Mon. Mar. 3", "Monday 3 March 2025".
WEEKDAY_GATE = re.compile(r"[MTWFS][a-z]{1,5}(?:day\b|\.)")
WEEKDAY_DATE = re.compile(
    rf"(?P<wd>{_WEEKDAY}){_SP}*,?{_SP}*(?:the{_SP}+)?"
    rf"(?:(?P<mon>{_MONTH}){_SP}+(?P<day>{_DAY})(?![\d:])(?:,?{_SP}+(?P<year>{_YEAR4})(?!\d))?"
    rf"|(?P<day2>{_DAY}){_SP}+(?:of{_SP}+)?(?P<mon2>{_MONTH})(?:,?{_SP}+(?P<year2>{_YEAR4})(?!\d))?)"
    r"(?![\w-])"
)
# A relative day with its date: "yesterday, Nov. 3", "today (March 5)", "tomorrow, 6 May".
RELATIVE_DATE = re.compile(
    rf"\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]omorrow){_SP}*[,(]{_SP}*(?:{_WEEKDAY},?{_SP}+)?"
    rf"(?:(?P<mon>{_MONTH}){_SP}+(?P<day>{_DAY})|(?P<day2>{_DAY}){_SP}+(?P<mon2>{_MONTH}))"
    r"(?![\d:])"
)
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
# "March 3, 2019", "3 March 2019": a full date with its year.
FULL_DATE = re.compile(
    rf"(?:(?P<mon>{_MONTH}){_SP}+(?P<day>{_DAY}),?{_SP}+(?P<year>{_YEAR4})"
    rf"|(?P<day2>{_DAY}){_SP}+(?P<mon2>{_MONTH}),?{_SP}+(?P<year2>{_YEAR4}))(?!\d)"
)
# Past-tense verbs right before "on <date>": the sentence tells of something that happened.
PAST_BEFORE_DATE = re.compile(
    r"\b(?P<verb>(?:was|were)(?:[ \t\u00a0]+\w+ed)?|took[ \t\u00a0]+place|happened|occurred|"
    r"died|met|held|signed|announced|launched|opened|won|lost|voted|passed|approved|"
    r"arrested|killed|attacked|visited|elected|released|resigned|began|ended|closed|"
    r"unveiled|reported|testified|ruled|said|told|wrote|spoke)"
    r"(?:[ \t\u00a0]+[a-z]+){0,3}?[ \t\u00a0]+on[ \t\u00a0]+(?:\w+,?[ \t\u00a0]+)?\Z"
)
# Words that make a sentence about the future or a plan, so a later date is no conflict.
FUTURE_WORDS = re.compile(
    r"\b(?:will|would|shall|'ll|’ll|scheduled|schedule|expected|expects|expect|plans?|planned|"
    r"planning|set[ \t\u00a0]+to|due|upcoming|next|until|by|before|deadline|could|may|might|"
    r"should|must|to[ \t\u00a0]+be|is[ \t\u00a0]+to|are[ \t\u00a0]+to|begins?|starts?|"
    r"hopes?|intends?|aims?|slated|proposed|forecast|projected|if|unless|coming)\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- places

# A dateline at the start of a paragraph: "NAIROBI, Kenya —", "WASHINGTON (AP) —".
DATELINE = re.compile(
    r"\A(?P<place>[A-Z][A-Z.'’\-]+(?:[ \t\u00a0][A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,[ \t\u00a0]+[A-Z][A-Za-z.'’]+(?:[ \t\u00a0][A-Z][A-Za-z.'’]+){0,2}){0,2})"
    r"[ \t\u00a0]*(?:\([^)\n]{1,30}\)[ \t\u00a0]*)?(?:—|–|--|-|:)[ \t\u00a0]"
)
# Where places are looked for: "in"/"at" (with an optional "the") before a capital. Every
# place check starts from these positions, which keeps the scans cheap.
IN_PLACE = re.compile(r"[ \t\u00a0(](?P<prep>in|at|In|At)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?=[A-Z])")
# Nouns for a reported event: one of them shortly before "in <Place>" in narration locates
# the event ("the symposium on Friday in Santa Clara, California").
EVENT_NOUNS = re.compile(
    r"\b(?:[Cc]onference|[Ss]ymposium|[Ss]ummit|[Ff]orum|[Mm]eeting|[Cc]onvention|[Cc]ongress|"
    r"[Ee]xpo|[Ee]xhibition|[Ff]air|[Ff]estival|[Rr]ally|[Cc]eremony|[Gg]athering|[Tt]alks|"
    r"[Ww]orkshop|[Ss]eminar|[Ss]ession|[Dd]ebate|[Dd]ialogue|[Rr]oundtable|[Aa]ssembly|"
    r"[Gg]ames|[Cc]hampionships?|[Tt]ournament|[Cc]oncert|[Tt]own[ \t\u00a0]+[Hh]all|[Ee]vent|"
    r"[Ff]undraiser|[Ss]ymposia)s?\b"
)
# What may stand between the event noun and "in <Place>": a few words, no clause break and no
# earlier "in"/"at" (in "the summit in Nairobi on drought in Somalia" only Nairobi counts).
EVENT_GAP = re.compile(
    r"(?:(?![ \t\u00a0](?:in|at)[ \t\u00a0])[^,.;:!?\"“”()\n]){0,50}?"
    r"(?:[ \t\u00a0](?:held|hosted|taking[ \t\u00a0]+place|"
    r"took[ \t\u00a0]+place|staged))?\Z"
)
# Right before "in"/"at" + place: it is named as where this very event happens.
THIS_EVENT = re.compile(
    r"(?:\b(?:[Ss]uch[ \t\u00a0]+as|[Ll]ike)[ \t\u00a0]+(?:this|these|today['’]s)[ \t\u00a0]+"
    r"(?:one[ \t\u00a0]+|event[ \t\u00a0]+)?(?:here[ \t\u00a0]+)?"
    r"|\b[Hh]ere[ \t\u00a0]+"
    r"|\b(?:[Tt]his|[Tt]oday['’]s|[Tt]onight['’]s|[Tt]his[ \t\u00a0]+week['’]s|"
    r"[Tt]his[ \t\u00a0]+year['’]s)"
    r"[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+)?(?:conference|symposium|summit|forum|meeting|"
    r"convention|congress|expo|exhibition|fair|festival|rally|ceremony|gathering|event|"
    r"workshop|seminar|session|dialogue|roundtable|assembly|talks)"
    r"[ \t\u00a0]+(?:here[ \t\u00a0]+)?"
    r"|\b(?:[Tt]oday|[Tt]onight)[ \t\u00a0]+)\Z"
)
# Before a venue in narration: words that make it where something happens (not an affiliation
# such as "an expert at the Woodrow Wilson Center").
EVENT_CONTEXT = re.compile(
    r"\b(?:spoke|speaking|speaks|addressed|addressing|held|hosted|hosting|gathered|gathering|"
    r"attended|attending|took[ \t\u00a0]+place|takes[ \t\u00a0]+place|performed|performing|"
    r"rallied|campaigned|debated|met|opened|staged|convened|packed)\b"
)
# Words a venue match may start with that are not part of its name ("At", "The").
VENUE_LEAD = re.compile(r"\A(?:(?:At|In|Inside|Outside|The|This|Here)[ \t\u00a0]+)+")
# The cue "here" alone: "here in Wisconsin" is often where a speaker lives.
HERE_ONLY = re.compile(r"[Hh]ere[ \t\u00a0]+\Z")
# After a venue: its place written out ("Wells Fargo Center in Philadelphia", "..., Ohio").
VENUE_PLACE_STATED = re.compile(r"(?:,[ \t\u00a0]+|[ \t\u00a0]+in[ \t\u00a0]+)(?=[A-Z])")
# A venue: capitalised words ending in a venue word ("Shenzhen Bay Center").
VENUE = re.compile(
    r"(?P<venue>(?:[A-Z][\w'’.&-]*[ \t\u00a0]+){1,4}"
    r"(?:Center|Centre|Forum|Hall|Arena|Stadium|Auditorium|Pavilion|Plaza|Palace|Theater|"
    r"Theatre|Coliseum|Colosseum|Dome|Fairgrounds|Hotel|Garden|Gardens|Expo))\b"
)

# --------------------------------------------------------------------------- arithmetic

_AMT = (
    rf"(?:US\$|\$|€|£|¥)?{_SP}?(?:{NUM})(?:{_SP}?(?:%|percent|per{_SP}cent))?"
    rf"(?:{_SP}?(?:{_SCALE})\b)?"
)
_PCT = (
    rf"(?P<pct>{NUM})(?:{_SP}?(?:%|percent\b|per{_SP}cent\b)"
    rf"|(?={_SP}+percentage{_SP}+points?\b))"
)
_PTS = rf"(?P<pts>{_SP}+(?:percentage{_SP}+)?points?\b)?"
_UP = (
    r"rose|risen|rises|rising|increased|increases|increasing|grew|grown|grows|growing|jumped|"
    r"jumps|climbed|climbs|soared|soars|surged|surges|gained|gains|went[ \t\u00a0]+up|"
    r"is[ \t\u00a0]+up|was[ \t\u00a0]+up|were[ \t\u00a0]+up|up"
)
_DOWN = (
    r"fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|declining|"
    r"decreased|decreases|plunged|plunges|plummeted|slid|slides|sank|sinks|shrank|shrinks|"
    r"tumbled|went[ \t\u00a0]+down|is[ \t\u00a0]+down|was[ \t\u00a0]+down|were[ \t\u00a0]+down|"
    r"down|lost|cut|slashed"
)
_UP_NOUN = r"increase|rise|jump|gain|growth|hike|surge|climb"
_DOWN_NOUN = r"decrease|drop|decline|fall|cut|reduction|plunge|dip|slide"
_APPROX = (
    rf"(?:(?P<hedge>about|around|roughly|approximately|nearly|almost|some|more{_SP}than|"
    rf"less{_SP}than|over|under|just{_SP}over|just{_SP}under){_SP}+)?"
)
_FROM_TO = (
    rf"from{_SP}+(?P<a>{_AMT})(?:{_SP}+in{_SP}+\d{{4}})?{_SP}+to{_SP}+(?P<b>{_AMT})"
    r"(?![\d,.]?\d)"
)
# "rose 50% from 10 to 12", "fell by 20 percent, from $10 million to $8 million"
CHANGE_VERB_FIRST = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})){_SP}+(?:by{_SP}+)?{_APPROX}{_PCT}{_PTS},?{_SP}+"
    + _FROM_TO,
    re.IGNORECASE,
)
# "rose from 10 to 12, an increase of 50%", "from 10 to 12, up 20%"
CHANGE_FROM_FIRST = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})){_SP}+" + _FROM_TO + rf",?{_SP}+(?:or{_SP}+)?"
    rf"(?:(?:an?|the){_SP}+)?(?:(?:{_UP_NOUN}|{_DOWN_NOUN}|{_UP}|{_DOWN}){_SP}+"
    rf"(?:of{_SP}+|by{_SP}+)?)?{_APPROX}{_PCT}{_PTS}",
    re.IGNORECASE,
)
# "a 50% increase from 10 to 15"
CHANGE_NOUN_FIRST = re.compile(
    rf"\b{_APPROX}{_PCT}{_PTS}{_SP}+(?:(?P<up>{_UP_NOUN})|(?P<down>{_DOWN_NOUN})){_SP}+" + _FROM_TO,
    re.IGNORECASE,
)
# Cheap anchors: the change patterns run only near "from <number>", the share pattern only
# near "<fraction or percent> of".
FROM_GATE = re.compile(r"from[ \t\u00a0]+(?:US)?[$€£¥]?\d")
SHARE_GATE = re.compile(
    r"(?:%|percent|per cent|half|thirds?|quarters?|fourths?|fifths?|sixth|tenth)"
    r"[ \t\u00a0]+of[ \t\u00a0]"
)
# Every SHARE_GATE match starts with one of these: found by str.find, tried only there.
SHARE_GATE_STARTS = (
    "%",
    "percent",
    "per cent",
    "half",
    "third",
    "quarter",
    "fourth",
    "fifth",
    "sixth",
    "tenth",
)
FRACTIONS = {
    "half": 1 / 2,
    "a half": 1 / 2,
    "one half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "one-third": 1 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "one-quarter": 1 / 4,
    "a fourth": 1 / 4,
    "one fourth": 1 / 4,
    "a fifth": 1 / 5,
    "one fifth": 1 / 5,
    "one-fifth": 1 / 5,
    "a sixth": 1 / 6,
    "a tenth": 1 / 10,
    "one tenth": 1 / 10,
    "one-tenth": 1 / 10,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "three quarters": 3 / 4,
    "three-quarters": 3 / 4,
    "three fourths": 3 / 4,
    "three-fourths": 3 / 4,
    "two fifths": 2 / 5,
    "two-fifths": 2 / 5,
    "three fifths": 3 / 5,
    "three-fifths": 3 / 5,
}
_FRAC = _alt(FRACTIONS).replace(r"\ ", _SP)
# "$45 million, about a third of the $150 million budget"; "30, or 20% of the 150 seats"
SHARE_OF_TOTAL = re.compile(
    rf"(?<![\w.,])(?P<part>{_AMT})(?:{_SP}+[a-z]+){{0,2}}?,?{_SP}+(?:or{_SP}+)?{_APPROX}"
    rf"(?:(?P<frac>{_FRAC})|(?P<pct>{NUM}){_SP}?(?:%|percent\b|per{_SP}cent\b))"
    rf"{_SP}+of{_SP}+(?:(?:the|its|their|his|her|this|that|all|a|an){_SP}+)?"
    rf"(?:(?:total|overall|entire|whole|annual|city['’]s|state['’]s|company['’]s){_SP}+)?"
    rf"(?P<total>{_AMT})(?![\d,.]?\d)",
    re.IGNORECASE,
)
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_alt(NUMBER_WORDS)})"
# "Of the 100 senators, 52 are Republicans, 46 Democrats and 2 independents."
PARTS_OF_TOTAL_LITERALS = ("of", "Of", "among", "Among")  # every match starts with one
PARTS_OF_TOTAL = re.compile(
    rf"(?:[Oo]f|[Aa]mong){_SP}+(?:the|those|these|its|their|all){_SP}+"
    rf"(?P<total>{_COUNT}){_SP}+(?P<noun>[a-z]+(?:{_SP}[a-z]+)?),{_SP}+(?P<list>[^.;:!?]+)"
)
# "The 17 winners: 10 Republicans, 5 Democrats and 2 independents."
COLON_GATE = re.compile(r"[:—–]|--")
COLON_GATE_LITERALS = (":", "—", "–", "--")
# What follows the colon of PARTS_AFTER_COLON: a window without a colon followed by this
# cannot hold a match.
COUNT_AFTER_COLON = re.compile(rf"{_SP}*{_COUNT}{_SP}")
PARTS_AFTER_COLON = re.compile(
    rf"\b(?P<total>{_COUNT}){_SP}+(?P<noun>[a-z]+(?:{_SP}[a-z]+)?){_SP}*(?::|—|–|--){_SP}*"
    rf"(?P<list>{_COUNT}{_SP}[^.;:!?]+)"
)
LIST_ITEM = re.compile(rf"(?:\A|,{_SP}+(?:and{_SP}+)?|{_SP}+and{_SP}+)(?P<n>{_COUNT})(?={_SP})")
# Words in a list item that mean it overlaps the others, so the parts need not add up.
OVERLAP_WORDS = re.compile(
    r"\b(?:including|include|includes|among|also|both|either|more|less|than|about|nearly|"
    r"almost|around|roughly|some|over|under|at[ \t\u00a0]+least|up[ \t\u00a0]+to|percent|"
    r"per[ \t\u00a0]+cent|million|billion|thousand|each|per)\b|%|\$"
)

# --------------------------------------------------------------------------- names

# "Jane Doe", "Jane Q. Doe", "Chee Chyuan Liong": a given name and one or two more words.
PERSON_NAME = re.compile(
    # lower case with the accented letters of Latin-1 ("José", "Supré"); no letter of any
    # kind may follow, so a name is never cut short before an accent
    r"(?P<first>[A-Z][a-zß-öø-ÿ]+(?:-[A-Z]?[a-zß-öø-ÿ]+)?)"
    r"(?:[ \t\u00a0]+[A-Z]\.)?"
    r"(?P<rest>(?:[ \t\u00a0]+(?:Mc|Mac|O['’]|De|Di|Van|Le|La)?[A-Z][a-zß-öø-ÿ]+"
    r"(?:-[A-Z][a-zß-öø-ÿ]+)?){1,2})"
    r"(?![^\W\d_])"
)
# A name of any origin before a title apposition: "Chee Chyuan Liong, vice president of Intel".
# The title after the comma is a pattern of its own: it is checked at each comma first, and
# only a comma it fits is worth reading the name before (see names.py).
_APPOSITION_TITLE = (
    r",[ \t\u00a0]+"
    r"(?:(?:a|an|the)[ \t\u00a0]+)?(?:(?:vice|deputy|former|senior|chief|assistant|executive|"
    r"general|associate)[ \t\u00a0]+)?(?:president|chairman|chairwoman|chair|minister|director|"
    r"spokesman|spokeswoman|spokesperson|professor|CEO|executive|founder|manager|head|leader|"
    r"secretary|governor|senator|mayor|analyst|economist|researcher|official|lawyer|attorney|"
    r"ambassador|editor|reporter|consultant|strategist|adviser|advisor|aide|member)\b"
)
APPOSITION_TITLE = re.compile(_APPOSITION_TITLE)
PERSON_APPOSITION = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[ \t\u00a0][A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,2})" + _APPOSITION_TITLE
)
# Characters of the name part of PERSON_APPOSITION: its start lies in a run of them.
APPOSITION_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-\t \u00a0")
# Words after an honorific or before/after a speech verb are surname mentions.
SURNAME_BEFORE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|said|says|told|asked|added|according[ \t\u00a0]+to)"
    r"\.?[ \t\u00a0]+(?P<name>[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)\b"
    r"(?![ \t\u00a0]+[A-Z])"  # "Rep. Sander M. Levin": a given name, not a surname
)
SURNAME_AFTER = re.compile(
    r"(?P<name>[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)[ \t\u00a0]+(?:said|says|told|added)\b"
)
# The literals these two start or end with: every match of SURNAME_BEFORE starts at one of
# SURNAME_BEFORE_WORDS ("Mr" covers "Mrs"), every match of SURNAME_AFTER ends at one of
# SPEECH_WORDS, so only the places str.find gives for them are tried.
SPEECH_WORDS = ("said", "says", "told", "added")
SURNAME_BEFORE_WORDS = ("Mr", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "asked", "according")
# Capitalised words that end name-like sequences but are not surnames ("Nevada Democrats").
NOT_SURNAMES = frozenset(
    "Democrat Democrats Democratic Republican Republicans Party State States County House "
    "Senate Committee Campaign Says Said Is Was Will Has Have Wants Calls Slams City Times Post "
    "News Journal Administration Department University College Foundation Institute Center "
    "Council Caucus Convention Americans Russians Voters Supporters".split()
)
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# Capitalised words that start name-like sequences but are not given names in context.
NOT_NAME_WORDS = frozenset(
    "The A An In On At For By From With Of And But Or If When While After Before Since Mr Mrs "
    "Ms Dr Sen Rep Gov Gen President Senator Governor Secretary Judge Justice Chief Minister "
    "Prime Vice Former Said Says Read Speaker Chairman Director Mayor Democrat Republican "
    "North South East West New Saint St General Lieutenant Colonel Major Captain".split()
)

# --------------------------------------------------------------------------- quotes

# A word of a quote, for counting ("don't" is one).
QUOTE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CUE_VERB = (
    r"(?:said|says|say|added|adds|declared|declares|wrote|writes|told|tells|asked|asks|"
    r"explained|explains|noted|notes|continued|continues|argued|argues|recalled|insisted|"
    r"replied|responded|tweeted|posted|warned|stated|shouted|joked|quipped|concluded|"
    r"acknowledged|admitted|remarked|observed|countered|claimed|added)"
)
# Right after a quote's closing mark: a cue with a name ("said Norm Coleman", "Mr. Carson
# declared"): the speaker is in the text even when the analysis did not resolve it.
CUE_AFTER = re.compile(
    r"\A[\s\u00a0\"'”’,.]{0,4}[\s\u00a0]*"
    r"(?:(?:[A-Z][\w.'’-]*|of|the|a|an|for|at)[\s\u00a0]+){0,6}?(?:he|she|they|it|[A-Z][\w.'’-]*)?"
    rf"[\s\u00a0]*,?[\s\u00a0]*{_CUE_VERB}\b"
    rf"|\A[\s\u00a0\"'”’,.]{{0,4}}[\s\u00a0]*{_CUE_VERB}[\s\u00a0]+(?:[A-Z]|the|a|an|his|her)"
)
# After a quote that ends with a comma: the rest of the sentence holds a cue ("...," the
# union's lawyer, Tom Reyes, said).
CUE_IN_SENTENCE_AFTER = re.compile(rf"\A[^.!?\"“”\n]{{0,90}}?\b{_CUE_VERB}\b")
# Before a quote: a sentence that ends with its cue ("..." Mr. Autor said. "..."): the quote
# continues the last speaker's words, as news style has it.
CUE_ENDS_SENTENCE_BEFORE = re.compile(
    rf"\b{_CUE_VERB}\b[^.!?\"“”]{{0,80}}[.!?]['\"”’]*[\s\u00a0]*['\"“‘]*\Z"
)
# Right before a quote's opening mark: "Mr. Bush said:", "In a statement, she wrote,".
CUE_BEFORE = re.compile(rf"\b{_CUE_VERB}\b[^.!?\"“”]{{0,40}}?[:,][\s\u00a0\"'“‘]*\Z")
