"""Noun phrases that name a source: people's names with titles, pronouns, organisations.

The scanners work on the *masked* text (quoted content blanked out, offsets unchanged), so
words inside quotes are never taken for a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from checker.analysis.lexicon.common import ABBREVIATIONS, INITIALS, trie_pattern
from checker.analysis.lexicon.figures import NUMBER_WORDS
from checker.analysis.lexicon.speech import (
    DETERMINERS,
    GENERIC_SOURCE_NOUNS,
    HONORIFICS_FEMALE,
    HONORIFICS_MALE,
    NOT_NAMES,
    NOT_SOURCE_HEADS,
    ORG_WORDS,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    SOURCE_HEAD_WORDS,
    SUBJECT_PRONOUNS,
    TITLE_WORDS,
)

# A word as the scanners see it: letters with inner apostrophes, hyphens and dots
# ("O'Rourke", "Jean-Luc", "D-N.C."), a number, or one punctuation mark.
# An abbreviation or initials keep their full stops ("Sen.", "U.S.", "W.", "J.D."); elsewhere a full
# stop is a token of its own.
_ABBREVIATION_FORMS = {f for a in ABBREVIATIONS for f in (a, a.capitalize(), a.title(), a.upper())}
TOKEN = re.compile(
    # (?=\S): a blank between tokens fails one test instead of every branch; the next
    # look-ahead keeps the abbreviation trie from being tried at every word; a word ends
    # on a letter or digit
    r"(?=\S)(?:(?=[A-Za-z]{1,5}\.)(?:" + trie_pattern(_ABBREVIATION_FORMS) + r")\.(?!\w)"
    r"|[A-Z]\.(?:[A-Z]\.)*(?!\w)|[^\W\d_][\w’'.\-]*(?<=\w)|\d[\d,.]*\d|\d|[^\w\s])"
)
NAME_PARTICLES = frozenset("de van von der den bin ibn al el da du la le di del dos das".split())
# Words that end a noun phrase read forwards: "a senior official | said", "the report | that".
_NOMINAL_STOPS = frozenset(
    "that who which and in on at to said says not from with by as than when while "
    "would will could should can may might has have had is was are were".split()
)
# Words a source noun phrase read backwards never crosses ("the country | in | a ...").
_NOMINAL_BREAKS = frozenset(
    "and but or that which who when as if in on at to from with by into over under about "
    "after before during than though although because while whereas unless since".split()
)
_PLACE_PREPOSITIONS = frozenset("of in at".split())
_PREPOSITIONS = frozenset(
    "about above across after against along among around at before behind below beneath "
    "beside between beyond by despite during except for from in inside into like near of off "
    "on onto out outside over past since than through throughout to toward towards under "
    "until upon with within without".split()
)
_ADJECTIVE_ENDINGS = ("y", "ous", "ful", "ive", "ic", "al", "est", "less", "ish", "ble", "ent")
_ED_NOUNS = frozenset("red bed shed seed need feed creed greed speed weed".split())
# Documents that speak for whoever wrote them: "a statement from the group", "a poll by CNN".
_AUTHORED = frozenset(
    "statement statements report reports letter memo release poll polls survey surveys study "
    "studies data documents records filing analysis review email emails e-mail e-mails message "
    "messages".split()
)
_SPEECH_AFTER = re.compile(r"\s*(?:said|says|stated|states|added|adds|noted|notes|read|reads)\b")
_CUE_THEN_OF = re.compile(r"\s*[a-z]+\s+of\b")
_PARTY_WORDS = frozenset(
    "democrat democratic republican gop independent libertarian conservative liberal".split()
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# "Two in three said": the number words of a share (the figures lexicon spells them).
_NUMBER_WORDS = frozenset(w for w, n in NUMBER_WORDS.items() if 2 <= n <= 10)
_QUANTIFIER_SUBJECTS = frozenset("some many most others several both all half".split())
_FRACTION = re.compile(r"(?:one|two|three|four)-(?:thirds?|fourths?|quarters?|fifths?)")
_PAIR_WORDS = frozenset("two three four both".split())
_APPROXIMATELY = frozenset("about nearly almost roughly only just over".split())
_BEFORE_QUANTIFIER = _APPROXIMATELY | frozenset("and but while whereas".split())
_CLAUSE_OPENERS = frozenset({",", ";", ":", "(", "—", "–", "-", '"', "”", "“"})
_CONTRACTED_SUBJECTS = frozenset("it that what there here let where who how".split())
_NOT_POSSESSORS = _CONTRACTED_SUBJECTS | {"he", "she"}
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Unions the scanners test a word against thousands of times an article: built once here.
_OWNER_WORDS = GENERIC_SOURCE_NOUNS | TITLE_WORDS
_SHARE_STOPS = NOT_SOURCE_HEADS - {"in", "of"}
_TITLE_FORMS = TITLE_WORDS | {w + "." for w in TITLE_WORDS}
_HONORIFICS = HONORIFICS_MALE | HONORIFICS_FEMALE
_DESCRIPTION_STOPS = _NOMINAL_STOPS | DETERMINERS
# A party-and-state tag after a US politician's name: "(D-N.C.)", "(R-Wis.)", ", R-Pa.,".
# Each match starts at its "(" or ",", so the scan skips every other character at once;
# party_tags() adds the blank before a "(" to the span.
_PARTY_TAG = re.compile(
    r"\((?:[DRI]|Dem|Rep)(?:-[A-Za-z. ]+)?\)"  # (D-Mo.), (D)
    r"|,\s(?:[DRI])-[A-Z][A-Za-z]{0,3}\.?,(?=\s)"  # , R-Pa.,
)


def party_tags(text: str) -> list[tuple[int, int]]:
    """Spans of the party tags in ``text``, with the blank before a "(" tag."""
    out: list[tuple[int, int]] = []
    for m in _PARTY_TAG.finditer(text):
        start = m.start()
        if text[start] == "(" and start > 0 and text[start - 1].isspace():
            start -= 1
        out.append((start, m.end()))
    return out


class Phrase(NamedTuple):
    """A source noun phrase: where it is, what kind it is and what it calls itself.

    ``kind`` is ``name`` (a person's or organisation's proper name), ``pronoun`` or
    ``nominal`` ("a senior official", "the ministry"). ``head`` is the name without titles;
    ``title`` the words before it ("Deputy Mayor") or the apposition after it. A named
    tuple: the scanners make and drop thousands of these an article.
    """

    start: int
    end: int
    kind: str
    head: str
    title: str | None = None
    gender: str | None = None


class Token:
    """One word or mark of the masked text, with its offsets and its lower-case form."""

    __slots__ = ("text", "start", "end", "lower")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


class Tokens:
    """The tokens of one masked article, made a block (a sentence) at a time, when asked for.

    A range that starts in a block is cut at that block's end.
    """

    def __init__(self, masked: str, blocks: list[tuple[int, int]] | None = None) -> None:
        self.masked = masked
        self._blocks = blocks or [(0, len(masked))]
        self._block_starts = [b[0] for b in self._blocks]
        self._cache: dict[int, tuple[list[Token], list[int]]] = {}

    def block_start(self, pos: int) -> int:
        """Where the block (sentence) holding ``pos`` starts."""
        b = bisect_right(self._block_starts, pos) - 1
        return self._blocks[b][0] if b >= 0 else 0

    def between(self, start: int, end: int) -> list[Token]:
        """Tokens that start at or after ``start`` and end at or before ``end``."""
        b = bisect_right(self._block_starts, start) - 1
        if b < 0 or start >= self._blocks[b][1]:
            return _tokenize(self.masked, start, end)  # between paragraphs: rare, no cache
        end = min(end, self._blocks[b][1])  # a block's tokens never run into the next
        cached = self._cache.get(b)
        if cached is None:
            toks = _tokenize(self.masked, *self._blocks[b])
            cached = (toks, [t.start for t in toks])
            self._cache[b] = cached
        toks, starts = cached
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, lo=i)
        while j > i and toks[j - 1].end > end:
            j -= 1
        return toks[i:j]


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokenize ``text[start:end]`` on its own (for one-off use; articles use :class:`Tokens`).

    A full stop stays on an initial or an abbreviation ("W.", "Sen.", "Jr.") and is a
    token of its own everywhere else.
    """
    return _tokenize(text, start, end)


def _tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given names mapped to m, f or u: the US Census list (``first_names.tsv``), then the
    names of international news it lacks (``given_names_world.tsv``)."""
    out: dict[str, str] = {}
    for filename in ("given_names_world.tsv", "first_names.tsv"):  # the Census list wins
        text = resources.files("checker.data").joinpath(filename).read_text("utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, _, gender = line.partition("\t")
                out[name] = gender
    return out


@lru_cache(maxsize=1)
def family_names_first() -> frozenset[str]:
    """Chinese, Korean and Vietnamese family names (``family_names_first.tsv``), which open
    a name written family name first: "Xi Jinping", "Moon Jae-in", "Nguyen Xuan Phuc"."""
    text = resources.files("checker.data").joinpath("family_names_first.tsv").read_text("utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+")
# Last parts of hyphenated nouns that head a source ("the front-runner", "its co-founder");
# most hyphenated words are modifiers ("a third-place showing", "an off-color joke").
_HYPHENATED_HEADS = frozenset(
    "runner runners founder founders chair chairs chairman chairwoman host hosts author authors "
    "sponsor sponsors wife husband alike".split()
)


def _hyphenated_head(tok: Token) -> bool:
    """True for a hyphenated noun that can head a source: "front-runner", "co-founder"."""
    if _HYPHENATED.fullmatch(tok.text) is None:
        return False
    last = tok.lower.rpartition("-")[2]
    return last in _HYPHENATED_HEADS or last in GENERIC_SOURCE_NOUNS


_WORDLIKE = re.compile(r"[\w’'-]*[^\W\d_][\w’'-]*")


def _wordlike(tok: Token) -> bool:
    """A word with at least one letter: "ad’s", "46-year-old", "two-term"."""
    return _WORDLIKE.fullmatch(tok.text) is not None


def surface(toks: list[Token]) -> str:
    """The tokens joined as they stand in the text (a space only where there was a gap)."""
    out = toks[0].text if toks else ""
    for prev, tok in zip(toks, toks[1:], strict=False):
        out += (" " if tok.start > prev.end else "") + tok.text
    return out


def is_capitalised(tok: Token) -> bool:
    """True for a word that could be part of a proper name."""
    t = tok.text
    return t[:1].isupper() and (t[:1].isalpha()) and tok.lower not in NOT_NAMES


def without_possessive(word: str) -> str:
    """``word`` without a possessive ending: "Manafort's" and "Sanders’" name Manafort and
    Sanders. Names are identities; the mention keeps the words as written."""
    if word.endswith(("'s", "’s")):
        return word[:-2] if len(word) > 2 else word
    if word.endswith(("'", "’")):
        return word[:-1] if len(word) > 1 else word
    return word


def is_name_word(tok: Token) -> bool:
    """True for a capitalised word, an initial or a name particle."""
    return is_capitalised(tok) or tok.lower in NAME_PARTICLES


def gender_of(first: str | None, title_words: list[str]) -> str | None:
    """Gender from an honorific among ``title_words`` or the given name ``first``."""
    lowered = {w.lower() for w in title_words}
    if lowered & HONORIFICS_MALE:
        return "m"
    if lowered & HONORIFICS_FEMALE:
        return "f"
    if first:
        g = first_names().get(first.rstrip(".").capitalize())
        if g in ("m", "f"):
            return g
    return None


def pronoun_gender(word: str) -> str | None:
    """``m``, ``f`` or ``p`` (plural) for a pronoun, else None."""
    w = word.lower()
    if w in PRONOUNS_MALE:
        return "m"
    if w in PRONOUNS_FEMALE:
        return "f"
    if w in ("they", "them", "their", "we"):
        return "p"
    return None


def is_org_name(words: list[str]) -> bool:
    """True when a capitalised phrase names an organisation ("Intel Corporation", "CNN")."""
    if not words:
        return False
    last = words[-1].lower().rstrip(".")
    if last in ORG_WORDS or words[-1].rstrip(".") in ORG_WORDS:
        return True
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return True  # CNN, NBC, the FBI
    return any(w.lower() in ("of", "for") for w in words[1:-1]) and not _looks_personal(words)


def _looks_personal(words: list[str]) -> bool:
    return words[0].rstrip(".").lower() in TITLE_WORDS or words[0] in first_names()


def pronoun_phrase(tok: Token) -> Phrase:
    """A pronoun as a source phrase ("she said", "He’s said")."""
    word = tok.text[:-2] if tok.lower.endswith(("’s", "'s")) else tok.text
    return Phrase(tok.start, tok.end, "pronoun", word, gender=pronoun_gender(word))


def phrase_before(doc: Tokens, end: int, lo: int) -> Phrase | None:
    """The source phrase that ends at ``end`` (just before a cue verb), or None.

    Recognises "Xia", "Deputy Mayor Luis Ortega", "he", "the ministry", "a senior
    official", "Trump campaign manager Kellyanne Conway", "Sen. Claire McCaskill (D-Mo.)",
    and "Chee Chyuan Liong, vice president of Intel," (the name before an apposition).
    A phrase after a preposition is not the subject: "a spokesman for Trump" speaks, not
    Trump; "protesters marching through the streets", not the streets.
    """
    phrase = _phrase_before(doc, end, lo)
    if phrase is None or phrase.kind == "pronoun" or phrase.start <= lo:
        return phrase
    toks = doc.between(lo, phrase.start)
    if (
        phrase.kind == "nominal"
        and toks
        and toks[-1].lower.endswith(("’s", "'s"))
        and is_capitalised(toks[-1])
        and toks[-1].lower[:-2] not in _NOT_POSSESSORS  # "He's a puppet": he is
    ):
        # "Podliska's most explosive claim is ...": the claim is Podliska's
        return _phrase_before(doc, toks[-1].end, lo) or phrase
    if (
        phrase.head.endswith(("’s", "'s"))
        and toks
        and toks[-1].text.isalpha()
        and toks[-1].text.islower()
        and toks[-1].lower not in DETERMINERS
        and toks[-1].lower not in _PREPOSITIONS
    ):
        return None  # "Hollande denounced Trump's remarks as ...": the remarks' owner is named
    if len(toks) >= 3 and toks[-1].lower == "the":
        return _body_before(doc, toks, phrase) or phrase
    if (
        len(toks) < 2
        or toks[-1].lower not in _PREPOSITIONS
        or toks[-1].lower == "like"
        or phrase.head.endswith(("’s", "'s"))  # "a fact-check on Trump’s claim": Trump's
    ):
        return phrase
    owner = toks[-2]
    if (
        toks[-1].lower == "of"
        and (owner.text[:1].isdigit() or owner.lower in ("%", "percent"))
        and phrase.kind == "name"
        and " " not in phrase.head
        and not phrase.head.endswith("s")
    ):
        return None  # "32% of Republican claims": an adjective, not who speaks
    if not (owner.text.isalpha() and owner.text.islower()):
        if toks[-1].lower in _PLACE_PREPOSITIONS and is_capitalised(owner):
            # "Darran Whiting of Liberty Baptist Church said", "Officials in Ohio said":
            # the phrase before the preposition speaks, not the place or body after it
            prior = phrase_before(doc, toks[-1].start, lo)
            if prior is None or prior.kind == "pronoun":
                return phrase
            if prior.kind in ("name", "org") and not written_lowercase(doc, prior.head):
                return prior
            if prior is not None:
                # "Half of Vermont Democrats", "Supporters of Trump": the whole phrase
                return Phrase(
                    prior.start, phrase.end, "nominal", doc.masked[prior.start : phrase.end]
                )
        return phrase
    if owner.lower.endswith("ing") and owner.lower not in GENERIC_SOURCE_NOUNS:
        # "Protesters marching through the streets chanted": whoever is marching
        return phrase_before(doc, owner.start, lo) or phrase
    if toks[-1].lower in ("from", "by", "of") and owner.lower in _AUTHORED:
        return phrase  # "a statement from the group": the group speaks
    if toks[-1].lower == "to" and owner.lower in _AUTHORED:
        # "Sanders’ email to his supporters notes": the email speaks, not its readers
        return _nominal_ending_at(toks, len(toks) - 2) or phrase
    if owner.lower in _OWNER_WORDS and not (
        toks[-1].lower == "of" and owner.lower in TITLE_WORDS  # "the secretary of State"
    ):
        # "A spokesman for Trump", "an adviser to the governor": the owner and its complement
        head = _nominal_ending_at(toks, len(toks) - 2)
        start = head.start if head is not None else owner.start
        return Phrase(start, phrase.end, "nominal", doc.masked[start : phrase.end])
    return _body_before(doc, toks, phrase) or phrase


def _body_before(doc: Tokens, toks: list[Token], place: Phrase) -> Phrase | None:
    """ "A jury in Manhattan", "Iran's mission to the United Nations": a described body
    before "in", "at" or "to" (and "the") a place, which speaks instead of the place."""
    k = len(toks) - 1
    if k >= 0 and toks[k].lower == "the":
        k -= 1
    if k < 1 or toks[k].lower not in ("in", "at", "to"):
        return None
    owner = toks[k - 1]
    if owner.lower not in SOURCE_HEAD_WORDS and owner.lower not in _BODIES:
        return None
    head = _nominal_ending_at(toks, k - 1)
    opener = head.head.split()[0] if head is not None else ""
    if head is None or not (opener.lower() in DETERMINERS or opener.endswith(("’s", "'s"))):
        return None
    return Phrase(head.start, place.end, "nominal", doc.masked[head.start : place.end])


# Groups that speak as one, beyond the generic source nouns: "A jury in Manhattan found".
_BODIES = frozenset(
    "jury juries panel crowd audience regime mission delegation embassy consulate".split()
)


def written_lowercase(doc: Tokens, head: str) -> bool:
    """Whether a one-word head is a common word the article also writes in lower case
    ("Supporters", "Officials", "Half"), not a name ("Butterfield", "Trump")."""
    if " " in head or not head[1:].islower():
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(head.lower())}(?![\w'’-])", doc.masked) is not None


def _phrase_before(doc: Tokens, end: int, lo: int) -> Phrase | None:
    toks = doc.between(lo, end)
    if not toks:
        return None
    # A party tag "(D-Mo.)" between the name and the cue is already blank in the masked
    # text (see quotes.mask_quotes), so the name is the last thing before the cue.
    last = toks[-1]
    if last.text == ",":
        return _name_before_apposition(doc, toks)
    if last.lower == "who" and len(toks) >= 3 and toks[-2].text == ",":
        # "Trump, who has said ...": the mention is "who", the name its antecedent.
        antecedent = _name_ending_at(toks[:-2], len(toks) - 3) if is_name_word(toks[-3]) else None
        if antecedent is None:
            # "McConnell, now the Senate majority leader, who ...": the name before the aside
            lo_c = max(0, len(toks) - 12)
            c = next((c for c in range(len(toks) - 3, lo_c, -1) if toks[c].text == ","), None)
            if c is not None and c >= 1 and is_name_word(toks[c - 1]):
                antecedent = _name_ending_at(toks[:c], c - 1)
                if antecedent is not None and antecedent.kind != "name":
                    antecedent = None
        if antecedent is not None:
            return Phrase(
                last.start,
                last.end,
                antecedent.kind,
                antecedent.head,
                title=antecedent.title,
                gender=antecedent.gender,
            )
        return None
    if (last.lower in _QUANTIFIER_SUBJECTS or _FRACTION.fullmatch(last.lower)) and (
        len(toks) == 1 or toks[-2].text in (",", ";") or toks[-2].lower in _BEFORE_QUANTIFIER
    ):
        # "Some said ...", "..., and three-fourths say ...", "About half say ..."
        k = len(toks) - 1
        if k >= 1 and toks[k - 1].lower in _APPROXIMATELY:
            k -= 1
        return Phrase(toks[k].start, last.end, "nominal", surface(toks[k:]))
    if last.lower in _PAIR_WORDS and len(toks) >= 2 and toks[-2].lower == "the":
        # '"...," the two write': the people just named, together
        return Phrase(toks[-2].start, last.end, "nominal", surface(toks[-2:]))
    if last.lower in SUBJECT_PRONOUNS and last.lower not in ("it", "you"):
        return pronoun_phrase(last)
    if last.lower == "it" and len(toks) >= 2 and toks[-2].lower == "what":
        return pronoun_phrase(last)  # "what it called": the body the sentence is about
    if last.text == "It" and len(toks) == 1 and _SPEECH_AFTER.match(doc.masked, end):
        return pronoun_phrase(last)  # "It stated that ...": the document quoted before
    if last.lower.endswith(("’s", "'s")):
        # A contraction: "He’s" is "he is"; "It’s", "That’s", "Let’s" are nobody. A
        # possessive stays: "Trump’s comments ..." are Trump's.
        if last.lower[:-2] in ("he", "she"):
            return pronoun_phrase(last)
        if last.lower[:-2] in _CONTRACTED_SUBJECTS:
            return None
    if last.lower in ("year-old", "year-olds") and len(toks) >= 4 and toks[-2].text == "-":
        # "the 43-year-old asked": an age standing for the person described before
        k = len(toks) - 3
        if (toks[k].text.isdigit() or toks[k].lower in _NUMBER_WORDS) and (
            toks[k - 1].lower in DETERMINERS
        ):
            return Phrase(toks[k - 1].start, last.end, "nominal", surface(toks[k - 1 :]))
    if is_name_word(last) or last.text.endswith(".") and is_capitalised(last):
        phrase = _name_ending_at(toks, len(toks) - 1)
        return _person_of(toks, phrase) or phrase
    if last.text.isalpha() and last.lower in SOURCE_HEAD_WORDS:
        return _nominal_ending_at(toks, len(toks) - 1)
    if last.lower in ("percent", "%") or (
        (last.text[:1].isdigit() or last.lower in _NUMBER_WORDS)
        and len(toks) >= 3
        and toks[-2].lower in ("in", "of")
        and not _YEAR.fullmatch(last.text)  # "who in 2010 said": a time, not a share
    ):
        # "46 percent said", "More than six in 10 said": a share of those asked.
        k = len(toks) - 1
        while k > 0 and len(toks) - k < 6 and toks[k - 1].text not in (",", ";", ":", "."):
            if toks[k - 1].lower in _SHARE_STOPS:
                break
            k -= 1
        return Phrase(toks[k].start, last.end, "nominal", surface(toks[k:]))
    if (
        (last.text.isalpha() or _hyphenated_head(last))
        and last.text.islower()
        and last.lower not in NOT_SOURCE_HEADS
        and last.lower not in DETERMINERS
        and last.lower not in _PREPOSITIONS  # "attack a friend without | saying"
    ):
        phrase = _nominal_ending_at(toks, len(toks) - 1)
        # Any noun will do when a determiner opens the phrase: "the clip", "many lawmakers".
        opener = phrase.head.split()[0].lower() if phrase is not None else ""
        if phrase is not None and opener.endswith(("’s", "'s")):
            # "Britain's biggest carmaker", "Romney's associates"; not "Trump's false |
            # claims", where the cue word is a noun after an adjective
            agent = last.lower in SOURCE_HEAD_WORDS or last.lower.endswith(_AGENT_ENDINGS)
            return phrase if agent or _plural_noun(last) else None
        if phrase is not None and opener in DETERMINERS:
            words = phrase.head.lower().split()
            if (
                len(words) == 2
                and words[0] in ("a", "an", "one")
                and (
                    words[1].endswith(_ADJECTIVE_ENDINGS)
                    or _CUE_THEN_OF.match(doc.masked, end, end + 40) is not None
                )
                and words[1] not in SOURCE_HEAD_WORDS
            ):
                # "a snappy | retort", "a rare | note of": the cue word is a noun after an
                # adjective
                return None
            return phrase
    return None


# A capitalised word that names a role ("Comedian", "Billionaire", "Alderman", "Recorder"),
# by its ending when no word list has it.
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ess", "aire")
_ROLE_WORDS = _OWNER_WORDS | _PARTY_WORDS | {"rival", "whip", "counsel"}


# Endings of nouns for someone who does something ("carmaker", "investor", "economist");
# unlike _ROLE_ENDINGS, none that adjectives share ("recent", "vacant").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")


def _plural_noun(tok: Token) -> bool:
    return tok.lower.endswith("s") and not tok.lower.endswith(("ss", "ous", "ius"))


def _is_role_word(tok: Token) -> bool:
    word = tok.lower.rstrip(".")
    return word in _ROLE_WORDS or (len(word) > 4 and word.endswith(_ROLE_ENDINGS))


def _given_name_after_title(words: list[Token]) -> int:
    """Where a person's name starts after a capitalised description of her, or 0.

    The description ends in a role ("Comedian Sarah Silverman", "Senate Intelligence
    Ranking Democrat Dianne Feinstein"); the name is a given name from the shipped list and
    one or two more words, none a title. A name that opens with a given name or an initial
    stays whole ("Martin Luther King", "C. Stewart Verdery"), and so does an organisation's
    ("Lake Charles Memorial Hospital"); "Zika Virus Chris Christie" in a headline is no
    description.
    """
    first = words[0].text if words else ""
    if len(words) < 3 or first in first_names() or first.endswith(".") or len(first) < 3:
        return 0
    given = first_names()
    for n in range(len(words) - 2, 0, -1):
        if len(words) - n > 3:
            break
        if (
            words[n].text in given
            and _is_role_word(words[n - 1])
            and not any(t.lower.rstrip(".") in TITLE_WORDS for t in words[n:])
            and not is_org_name([t.text for t in words])
        ):
            return n
    return 0


# Words inside a job description before a name: "chief financial officer", "national
# security adviser", "press secretary".
_JOB_MODIFIERS = frozenset(
    "financial operating technology information marketing legal medical national press "
    "communications policy political security foreign economic digital research finance "
    "sales investment strategy data editorial".split()
)


def _name_ending_at(toks: list[Token], i: int) -> Phrase | None:
    j = i
    while j - 1 >= 0 and (is_name_word(toks[j - 1]) or toks[j - 1].text in ("’s", "'s")):
        j -= 1
    while j <= i and toks[j].lower in NAME_PARTICLES:
        j += 1
    if j > i:
        return None
    words = toks[j : i + 1]
    # Titles at the front ("Deputy Mayor", "Sen.") and lowercase title words before them
    # ("campaign manager", "Trump spokeswoman") are the title, not the name.
    k = 0
    while k < len(words) - 1 and words[k].lower.rstrip(".") in _TITLE_FORMS:
        k += 1
    while (
        k < len(words) - 2
        and words[k].lower in _PARTY_WORDS
        and (words[k + 1].text in first_names() or words[k + 1].lower.rstrip(".") in TITLE_WORDS)
    ):
        k += 1  # "Democrat Hillary Clinton", "Republican Sen. Ted Cruz": the party is a title
    title_toks = words[:k]
    name_toks = words[k:]
    owner = max(
        (n for n, t in enumerate(name_toks[:-1]) if t.lower.endswith(("’s", "'s"))), default=-1
    )
    if owner >= 0:
        # "Iowa State University's Dianne Bystrom": the owner is an affiliation
        title_toks, name_toks = title_toks + name_toks[: owner + 1], name_toks[owner + 1 :]
    inner = max(
        (
            n
            for n in range(len(name_toks) - 2)
            if name_toks[n].lower.rstrip(".") in TITLE_WORDS
            and (
                name_toks[n + 1].text in first_names()
                or name_toks[n + 1].text in family_names_first()  # "Foreign Minister Wang Yi"
            )
        ),
        default=-1,
    )
    if inner >= 0:
        # "American Bridge President Jessica Mackler": the employer and office are the title
        title_toks, name_toks = title_toks + name_toks[: inner + 1], name_toks[inner + 1 :]
    elif not (j >= 1 and toks[j - 1].lower == "of"):  # "Secretary of State John Kerry": below
        given = _given_name_after_title(name_toks)
        if given:
            # "Comedian Sarah Silverman", "Senate Intelligence Ranking Democrat Dianne
            # Feinstein": capitalised words before a given name and surname describe her
            title_toks, name_toks = title_toks + name_toks[:given], name_toks[given:]
    if (
        not title_toks
        and j >= 2
        and toks[j - 1].lower == "of"
        and toks[j - 2].lower.rstrip(".") in TITLE_WORDS
    ):
        # "Secretary of State John Kerry", "Director of National Intelligence James Clapper":
        # the office runs up to the given name
        given = next((n for n in range(1, len(name_toks)) if name_toks[n].text in first_names()), 0)
        if given:
            j -= 2
            title_toks, name_toks = toks[j : j + 2] + name_toks[:given], name_toks[given:]
    # A lowercase job description right before: "Trump campaign manager Kellyanne Conway".
    m = j
    while (
        m - 1 >= 0
        and toks[m - 1].text.isalpha()
        and (
            toks[m - 1].lower in TITLE_WORDS
            or toks[m - 1].lower in GENERIC_SOURCE_NOUNS
            or toks[m - 1].lower in _JOB_MODIFIERS
            and m < j  # "chief financial officer"
        )
    ):
        m -= 1
    if m < j:
        if m - 1 >= 0 and is_capitalised(toks[m - 1]):
            m -= 1  # the employer: "Trump spokeswoman Hope Hicks"
        title_toks = toks[m:j] + title_toks
    head_words = [t.text for t in name_toks]
    if len(head_words) >= 2 and all(w.isupper() and len(w) > 1 for w in head_words):
        return None  # a dateline or a heading: "LOS ANGELES"
    if head_words and head_words[-1].lower() in NAME_SUFFIXES and len(head_words) > 1:
        pass
    if not head_words or all(w.lower() in NOT_NAMES for w in head_words):
        return None
    head = " ".join(head_words)
    start = (title_toks[0] if title_toks else name_toks[0]).start
    kind = "name"
    gender = gender_of(head_words[0], [t.text for t in title_toks])
    title = surface(title_toks) or None
    if is_org_name(head_words):
        gender = None
        kind = "org"
    return Phrase(start, name_toks[-1].end, kind, head, title=title, gender=gender)


def _person_of(toks: list[Token], place: Phrase | None) -> Phrase | None:
    """``Mr. Morgan of the Sierra Club`` / ``Paul Ryan of Wisconsin``: the person before "of".

    The name after "of" is where the person is from, not who spoke; it becomes the title.
    Only a person (an honorific or title, or a known given name) takes over, so "Bank of
    America" and "Secretary of State" stay as they are.
    """
    if place is None:
        return None
    i = next((k for k, t in enumerate(toks) if t.start >= place.start), len(toks))
    j = i - 1
    if j >= 0 and toks[j].lower == "the":
        j -= 1
    if j < 1 or toks[j].lower != "of" or not is_name_word(toks[j - 1]):
        return None
    person = _name_ending_at(toks, j - 1)
    if person is None:
        return None
    if person.kind == "org" or person.head.split()[-1].lower() in ORG_WORDS:
        # "the Association of Flight Attendants", "Bank of America": one organisation
        words = [t for t in toks if person.start <= t.start and t.end <= place.end]
        return Phrase(person.start, place.end, "org", surface(words))
    if person.kind != "name":
        return None
    if person.title is None and person.head.split()[0] not in first_names():
        return None
    affiliation = surface([t for t in toks[j:] if t.end <= place.end])
    honorific = (person.title or "").lower() in _HONORIFICS
    title = f"{person.title}, {affiliation}" if person.title and not honorific else affiliation
    return Phrase(person.start, person.end, "name", person.head, title=title, gender=person.gender)


def _possessive_word(tok: Token) -> bool:
    """A capitalised possessive that stands for a determiner: "Britain's", "Ford’s"."""
    return tok.lower.endswith(("’s", "'s")) and tok.text[:1].isupper() and len(tok.text) > 3


def _nominal_ending_at(toks: list[Token], i: int) -> Phrase | None:
    j = i
    limit = max(0, i - 5)
    while j - 1 >= limit:
        prev = toks[j - 1]
        if prev.lower in DETERMINERS:
            j -= 1
            break
        if (
            prev.text in ("’s", "'s")
            or _wordlike(prev)
            and prev.lower not in SUBJECT_PRONOUNS
            or prev.text.endswith(".")
            and len(prev.text) > 2
            and INITIALS.fullmatch(prev.text[:-1]) is not None  # "two U.S. officials"
        ):
            if prev.lower in _NOMINAL_BREAKS:
                break
            j -= 1
            continue
        if (
            prev.text == "-"
            and prev.end == toks[j].start
            or (
                prev.text.isdigit()
                and (j - 2 >= 0 and toks[j - 2].lower == "the" or j < i and toks[j].text == "-")
            )
        ):
            j -= 1  # "the 43-year-old", "a 71-year-old diplomat"
            continue
        if (
            prev.text in ("’", "'")
            and j - 2 >= 0
            and toks[j - 2].lower.endswith("s")
            and toks[j - 2].end == prev.start
            and is_capitalised(toks[j - 2])
        ):
            j -= 2  # "Sanders’ fundraising email": the possessive stands for a determiner
            words = toks[j : i + 1]
            return Phrase(words[0].start, words[-1].end, "nominal", surface(words))
        break
    words = toks[j : i + 1]
    if len(words) == 1 and words[0].lower not in GENERIC_SOURCE_NOUNS:
        return None
    if (
        words[0].lower not in DETERMINERS
        and not _possessive_word(words[0])
        and not any(w.lower in SOURCE_HEAD_WORDS for w in words)
    ):
        return None
    return Phrase(words[0].start, words[-1].end, "nominal", surface(words))


def _name_before_apposition(doc: Tokens, toks: list[Token]) -> Phrase | None:
    """``NAME, APPOSITION,`` before a cue: find NAME and keep the apposition as title."""
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if len(commas) < 2:
        return None
    second = commas[-1]
    # "The state's campaign chairman, Phil Lovas, said": the name is the apposition.
    inner = toks[commas[-2] + 1 : second]
    if inner and inner[0].lower == "state" and len(inner) > 2:
        inner = inner[1:]  # "..., state Del. Marcia Price, said"
    while len(inner) > 2 and inner[0].text.islower() and inner[0].lower in SOURCE_HEAD_WORDS:
        inner = inner[1:]  # "Her opponent, former prosecutor Lena Brandt, says"
    if inner and all(is_name_word(t) or t.text.endswith(".") for t in inner):
        phrase = _name_ending_at(inner, len(inner) - 1)
        if phrase is not None and phrase.kind == "name" and len(inner) >= 2:
            title = doc.masked[toks[0].start : toks[commas[-2]].start].strip()
            # not a dateline before it: "NAIROBI, Kenya (AP) — Kenya's water minister, ..."
            title = _apposition_title(_DATELINE_END.split(title)[-1].strip())
            title = title if title and len(title.split()) <= 12 else None
            return Phrase(
                phrase.start, phrase.end, "name", phrase.head, title=title, gender=phrase.gender
            )
    # The apposition may hold commas of its own ("Intel Semiconductor (Dalian) Co., Ltd,");
    # try the nearest name-like phrase before each earlier comma, nearest first.
    for first in reversed(commas[:-1]):
        if first == 0 or second - first < 2:
            continue
        before = toks[first - 1]
        if not is_name_word(before) and not before.text.endswith("."):
            continue
        phrase = _name_ending_at(toks[:first], first - 1)
        if phrase is None or phrase.kind == "nominal":
            continue
        start_ok = phrase.start == toks[0].start or _boundary_before(toks, phrase.start)
        if not start_ok:
            # "Economists at Westpac, the second-biggest lender, said": who is at it speaks
            phrase = _described_before_place(toks, phrase)
            if phrase is None:
                continue
        title = doc.masked[toks[first].end : toks[second].start].strip()
        if len(title.split()) > 25:
            return None
        return _titled(phrase, title)
    # "Democratic economists, like their Republican counterparts, say", "The oldest
    # volunteer, 60, a retired doctor, said": a noun phrase that opens the sentence, then an
    # aside between commas.
    first = commas[0]
    if first >= 1 and second - first <= 15:
        head = toks[first - 1]
        if head.text.isalpha() and head.text.islower() and head.lower not in NOT_SOURCE_HEADS:
            phrase = _nominal_ending_at(toks[:first], first - 1)
            if phrase is not None and phrase.start == toks[0].start:
                return phrase
    return None


def _described_before_place(toks: list[Token], place: Phrase) -> Phrase | None:
    """The people before "at", "of", "from", "for" or "with" a name, when they open the
    sentence ("Economists at Westpac", "A spokesman for Intel"); None otherwise."""
    i = next((n for n, t in enumerate(toks) if t.start >= place.start), 0)
    if i < 2 or toks[i - 1].lower not in ("at", "of", "from", "for", "with"):
        return None
    head = toks[i - 2]
    if not (head.text.isalpha() and (head.text.islower() or i == 2)):
        return None  # (capitalised only as the sentence's first word: "Analysts at ...")
    phrase = _nominal_ending_at(toks[: i - 1], i - 2)
    if phrase is None or phrase.start != toks[0].start:
        return None  # (not an apposition of a name before it: "DeMoro, director of X, ...")
    words = [t for t in toks if phrase.start <= t.start and t.end <= place.end]
    return Phrase(phrase.start, place.end, "nominal", surface(words))


def _boundary_before(toks: list[Token], start: int) -> bool:
    for k, t in enumerate(toks):
        if t.start == start:
            if k == 0:
                return True
            prev = toks[k - 1]
            return prev.text in (
                ",",
                ";",
                ":",
                "(",
                "—",
                "–",
                "-",
                '"',
                "”",
                "“",
            ) or prev.lower in (
                "and",
                "but",
                "while",
                "as",
            )
    return False


def _describing_word(tok: Token) -> bool:
    """A lowercase word, a number or a slash: "widow", "46-year-old", "9/11"."""
    t = tok.text
    if t.isdigit() or t in ("/", "-"):
        return True
    return t.replace("-", "").isalnum() and t.islower()


def _described_name(doc: Tokens, toks: list[Token], hi: int) -> Phrase | None:
    """``said conservative activist Bob Klaus``: a few lowercase words describing a name.

    The words become the title; the name must look like a person's (two or more words or a
    known given name), so "said thousands of Americans" stays unattributed.
    """
    k = 0
    while k < len(toks) and k < 5 and _describing_word(toks[k]):
        if toks[k].lower in _DESCRIPTION_STOPS:
            break
        k += 1
    if 0 < k < len(toks) and is_capitalised(toks[k]) and toks[k].text not in first_names():
        # "undecided Republican voter Stephanie Hooton": capitalised words inside the
        # description, up to a known given name followed by a surname
        n = next(
            (
                n
                for n in range(k, min(len(toks) - 1, k + 4))
                if toks[n].text in first_names() and is_capitalised(toks[n + 1])
            ),
            None,
        )
        if n is not None and all(t.text.replace("-", "").isalpha() for t in toks[k:n]):
            k = n
    if k == 0 or k >= len(toks) or not is_capitalised(toks[k]):
        return None
    inner = phrase_after(doc, toks[k].start, hi)
    if inner is None or inner.kind != "name" or inner.start != toks[k].start:
        return None
    words = inner.head.split()
    if len(words) < 2 and words[0] not in first_names():
        return None
    described = surface(toks[:k])
    title = (
        f"{described} {inner.title}"
        if inner.title and inner.title[:1].isupper()
        else (f"{described}, {inner.title}" if inner.title else described)
    )
    return Phrase(toks[0].start, inner.end, "name", inner.head, title=title, gender=inner.gender)


def _clause_follows(toks: list[Token], k: int) -> bool:
    """True when a new clause starts at ``toks[k]`` ("and it is", "which", "while")."""
    if k >= len(toks):
        return False
    w = toks[k].lower
    if w in ("which", "while", "although", "though", "whereas"):
        return True
    return (
        w in ("and", "but")
        and k + 1 < len(toks)
        and toks[k + 1].lower in ("it", "he", "she", "they", "we", "i", "this", "that")
    )


_SETTINGS = frozenset("at in on during after before while".split())


def _of_name_end(toks: list[Token], end: int) -> int:
    """The index of the last word of "Bureau | of Labor Statistics" when the name that ends
    at ``end`` is an organisation's head word and "of" and capitalised words follow;
    ``end`` otherwise."""
    if not (end + 2 < len(toks) and toks[end + 1].lower == "of" and toks[end].lower in ORG_WORDS):
        return end
    k = end + 2
    while k < len(toks) and is_capitalised(toks[k]) and k - end <= 5:
        k += 1
    return k - 1 if k > end + 2 else end


# Words that open a relative clause, which says what a source did, not what they are:
# "said Kowalczyk, who has served on the council since 2015".
_RELATIVE_WORDS = frozenset("who whose whom which where when that".split())
# Capitalised words that open a sentence before its subject: "When the F.B.I. director, ..."
_OPENING_SUBORDINATORS = frozenset("When As After Before While Since But And So Yet".split())
_DATELINE_END = re.compile(r"\s[—–-]{1,2}\s|\)\s*[—–-]+\s*")
_AGE_FIRST = re.compile(r"\d{1,3},\s*")


def _titled(phrase: Phrase, apposition: str) -> Phrase:
    """``phrase`` with the title its apposition gives (see :func:`_apposition_title`)."""
    return phrase._replace(title=_apposition_title(apposition))


def _apposition_title(apposition: str) -> str | None:
    """The title an apposition gives, without an age in front ("54, a nurse"); None for a
    relative clause ("who took over in March") or an age alone."""
    m = _AGE_FIRST.match(apposition)
    title = apposition[m.end() :] if m else apposition
    first, _, rest = title.partition(" ")
    if first in _OPENING_SUBORDINATORS:
        title = rest  # "When the F.B.I. director, James B. Comey, said": the director
    elif not title or first in _RELATIVE_WORDS or first in _SETTINGS:
        return None  # "who took over in March", "in a statement Monday night"
    return title or None


def phrase_after(doc: Tokens, start: int, hi: int) -> Phrase | None:
    """The source phrase that starts at ``start`` (just after a cue: "said Liong, ...").

    An apposition after a comma, up to the end of the clause, becomes the title.
    """
    toks = doc.between(start, hi)
    if not toks:
        return None
    first = toks[0]
    if first.lower in SUBJECT_PRONOUNS and first.lower not in ("it", "you", "i", "we"):
        return Phrase(
            first.start, first.end, "pronoun", first.text, gender=pronoun_gender(first.text)
        )
    end_i = None
    if is_name_word(first) or first.lower.rstrip(".") in TITLE_WORDS:
        k = 0
        while k < len(toks) and (
            is_name_word(toks[k])
            or toks[k].lower.rstrip(".") in TITLE_WORDS
            and (k + 1 < len(toks) and is_name_word(toks[k + 1]))
        ):
            k += 1
        if k == 0:
            return _described_name(doc, toks, hi)  # "said former senator Bob Dole"
        end_i = k - 1
        phrase = _name_ending_at(toks[: end_i + 1], end_i)
        if phrase is None:
            return None
        of_end = _of_name_end(toks, end_i)
        if of_end > end_i:
            # "the National Bureau of Statistics": one organisation across "of"
            words = toks[: of_end + 1]
            start = phrase.start
            head = surface([t for t in words if t.start >= start])
            phrase, end_i = Phrase(start, words[-1].end, "org", head), of_end
    elif first.lower == "the" and len(toks) > 1 and toks[1].lower.rstrip(".") in TITLE_WORDS:
        # "said the Rev. Peter Wherry, of ...": a titled name after "the"
        inner = phrase_after(doc, toks[1].start, hi)
        if inner is not None and inner.kind == "name":
            return inner
        return None
    elif (described := _described_name(doc, toks, hi)) is not None:
        return described
    elif first.lower in DETERMINERS:
        k = 1
        while (
            k < len(toks)
            and k < 9
            and (_wordlike(toks[k]) or toks[k].text in ("’s", "'s", "-") or toks[k].text.isdigit())
        ):
            if toks[k].lower in _NOMINAL_STOPS:
                break
            if k >= 2 and (
                toks[k].lower in DETERMINERS
                or toks[k].lower in _PREPOSITIONS
                or toks[k].lower.endswith("ed")
                and toks[k].lower not in _ED_NOUNS
            ):
                break  # "the deal | a ...", "a court document | filed by ..."
            k += 1
        end_i = k - 1
        if end_i < 1:
            return None
        of_end = _of_name_end(toks, end_i) if is_capitalised(toks[end_i]) else end_i
        words = toks[: of_end + 1]
        kind = "nominal" if of_end == end_i else "org"  # "the Bureau of Labor Statistics"
        phrase, end_i = Phrase(words[0].start, words[-1].end, kind, surface(words)), of_end
    else:
        return None
    rest = end_i + 1
    if rest < len(toks) and toks[rest].text == ",":
        stop = len(toks)
        for k in range(rest + 1, len(toks)):
            if toks[k].text in (";", ".") and k == len(toks) - 1 or toks[k].text in (";", "—"):
                stop = k
                break
            if toks[k].text == "," and _clause_follows(toks, k + 1):
                stop = k  # "a professor at Loyola, and it is hard to trace": a new clause
                break
            if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower in _SETTINGS:
                stop = k  # "the incumbent, at a town hall on Saturday": where, not who
                break
            if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower in _RELATIVE_WORDS:
                stop = k  # "an analyst at Wedbush, who rates the stock ...": what they do
                break
        if stop > rest + 1:
            title = doc.masked[toks[rest].end : toks[stop - 1].end].strip().rstrip(".,")
            if title and len(title.split()) <= 25 and not title[:1].isdigit():
                return _titled(phrase, title)
    return phrase
