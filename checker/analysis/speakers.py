"""Who said each statement: local source phrases resolved to people across the article.

A surname or given name points back to the full name introduced earlier ("Liong" is
"Chee Chyuan Liong"; "Xia" is "Xia Deren"), a slightly misspelled repeat resolves to the same
person, a pronoun goes to the nearest earlier person of its gender, and a quote with no cue
of its own takes the speaker of the statement before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from checker.analysis.frames import in_subject, sentence_subject
from checker.analysis.lexicon.speech import (
    GENERIC_SOURCE_NOUNS,
    HONORIFICS_FEMALE,
    HONORIFICS_MALE,
    NOT_NAMES,
    ORG_WORDS,
    TITLE_WORDS,
)
from checker.analysis.people import (
    NAME_SUFFIXES,
    Phrase,
    Token,
    Tokens,
    family_names_first,
    first_names,
    gender_of,
    is_name_word,
    is_org_name,
    phrase_after,
    pronoun_gender,
    tokenize,
    without_possessive,
    written_lowercase,
)
from checker.analysis.quotes import Found
from checker.geo import lookup as lookup_place
from checker.model import Quote, QuoteSpeaker, Span, Speaker

# Two spellings of one surname are the same person at or above this similarity (0-100).
SURNAME_SIMILARITY = 85.0
# A run of more capitalised words than this is a headline in Title Case, not a name
# ("Donald Trump Praises Breitbart’s Washington Political Editor Matthew Boyle").
MAX_NAME_WORDS = 5
# How many characters nearer a sentence-opening mention counts, as a pronoun's antecedent,
# than a mention elsewhere in the sentence (tuned on PolNeAR train).
SUBJECT_BONUS = 150


@dataclass(slots=True)
class Person:
    """One person (or organisation) as the article builds it up."""

    name: str
    kind: str = "person"
    title: str | None = None
    # title words before a mention that was not a quote's source: the title when no
    # source phrase gives a fuller one
    title_before: str | None = None
    gender_votes: dict[str, int] = field(default_factory=lambda: {"m": 0, "f": 0})
    aliases: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # kept sorted: see mentioned_at

    def mentioned_at(self, pos: int) -> None:
        """Record a mention at ``pos``."""
        insort(self.positions, pos)

    def last_mention_before(self, pos: int, *, inclusive: bool = False) -> int:
        """The latest mention before ``pos`` (or at it, when ``inclusive``), else -1."""
        i = (bisect_right if inclusive else bisect_left)(self.positions, pos)
        return self.positions[i - 1] if i else -1

    @property
    def gender(self) -> str | None:
        """``m`` or ``f`` when the evidence leans one way, else None."""
        m, f = self.gender_votes["m"], self.gender_votes["f"]
        if m > f:
            return "m"
        if f > m:
            return "f"
        return None

    parts: list[str] = field(default_factory=list)
    lower_parts: list[str] = field(default_factory=list)
    part_set: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # The words of the name without suffixes such as Jr., computed once.
        self.parts = [w for w in self.name.split() if w.lower() not in NAME_SUFFIXES]
        self.lower_parts = [w.lower() for w in self.parts]
        self.part_set = frozenset(self.lower_parts)


class Registry:
    """The people of one article, found by full name, surname, given name or near-spelling."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_name: dict[str, Person] = {}
        # first and last name parts of full names, for lone-name look-ups
        self._by_part: dict[str, list[Person]] = {}
        # positions of mentions that open a sentence (likely subjects)
        self.subjects: set[int] = set()
        # near-spelled surnames found for a word, and how many people had been checked
        self._near: dict[str, tuple[int, list[Person]]] = {}

    def add_full_name(self, words: list[str], pos: int, *, gender: str | None = None) -> Person:
        """Register a name of two or more words (or return the person it already names).

        A possessive ending is not part of the name: "Paul Manafort's lawyer" names Paul
        Manafort.
        """
        words = [*words[:-1], without_possessive(words[-1])]
        name = " ".join(words)
        person = self._by_name.get(name) or self._match_full(words)
        if person is None:
            person = Person(name)
            self.people.append(person)
            self._by_name[name] = person
            if len(person.lower_parts) >= 2:
                for part in {person.lower_parts[0], person.lower_parts[-1]}:
                    self._by_part.setdefault(part, []).append(person)
        elif name != person.name and name not in person.aliases:
            person.aliases.append(name)
        if gender:
            person.gender_votes[gender] += 2
        person.mentioned_at(pos)
        return person

    def _match_full(self, words: list[str]) -> Person | None:
        """ "Liong Chee Chyuan" or "Kowalcyk" spelled against a known full name."""
        key = {w.lower() for w in words}
        first, last = words[0].lower(), words[-1].lower()
        for p in self.people:
            parts = p.lower_parts
            if len(parts) < 2:
                continue
            if p.part_set == key:
                return p
            if (
                len(words) >= 2
                and parts[0] == first
                and len(parts[-1]) >= 5
                and fuzz.ratio(parts[-1], last) >= SURNAME_SIMILARITY
            ):
                return p
        return None

    def find_single(self, word: str, pos: int, *, gender: str | None = None) -> Person | None:
        """The person a lone surname or given name means at ``pos``: most recent first, and
        of ``gender`` when an honorific gives one ("Mr. Trump" is not Ivana Trump)."""
        low = without_possessive(word).lower()
        best: Person | None = None
        best_at = -1
        candidates = self._by_part.get(low)
        if candidates is None:
            if len(low) < 5:
                return None
            candidates = self._near_surnames(low)
        if gender is not None:
            # an honorific picks among namesakes, but never rules out the only one
            # ("Ms. Epstein" for a Lee Epstein whose given name reads as a man's)
            fitting = [p for p in candidates if p.gender in (None, gender)]
            candidates = fitting or candidates
        for p in candidates:
            last = p.last_mention_before(pos, inclusive=True)
            if last < 0:
                last = -2  # named only later in the article: a weaker candidate
            if last > best_at or best is None:
                best, best_at = p, last
        return best

    def _near_surnames(self, low: str) -> list[Person]:
        """People whose surname is spelled close to ``low``, in registry order.

        People are only ever appended, so a word asked about again (most capitalised words
        are, many times an article) is compared only with the people added since.
        """
        checked, found = self._near.get(low, (0, []))
        if checked < len(self.people):
            found = found + [
                p
                for p in self.people[checked:]
                if len(p.lower_parts) >= 2
                and fuzz.ratio(p.lower_parts[-1], low) >= SURNAME_SIMILARITY
            ]
            self._near[low] = (len(self.people), found)
        return found

    def single(
        self, word: str, pos: int, *, kind: str = "person", title: str | None = None
    ) -> Person:
        """A one-word name with no full name to resolve to: the word (not its possessive
        ending) is the name. ``title``, from the words around this mention ("President",
        "Her husband"), is kept when the person has none yet."""
        word = without_possessive(word)
        person = self._by_name.get(word)
        if person is None:
            person = Person(word, kind=kind)
            self.people.append(person)
            self._by_name[word] = person
        person.mentioned_at(pos)
        person.title_before = person.title_before or title
        return person

    def nearest(self, pos: int, gender: str | None) -> Person | None:
        """The person mentioned most recently before ``pos`` whose gender fits."""
        best: Person | None = None
        best_at = -1
        fallback: Person | None = None
        fallback_at = -1
        for p in self.people:
            if p.kind != "person":
                continue
            last = p.last_mention_before(pos)
            if last < 0:
                continue
            if last in self.subjects:
                last += SUBJECT_BONUS  # a sentence's subject is the likelier antecedent
            if gender in ("m", "f") and p.gender == gender:
                if last > best_at:
                    best, best_at = p, last
            elif p.gender is None and last > fallback_at:
                fallback, fallback_at = p, last
        if best is not None and (fallback is None or best_at >= fallback_at - 600):
            return best
        return fallback or best


_GENDERED = frozenset({"he", "his", "him", "she", "her", "hers"})
# ", a venture capitalist" / ", vice president of Intel" right after a name
_APPOSITION_START = re.compile(r"\s*,\s+([\w.]+)")
# Capitalised runs (possible names, with particles) and gendered pronouns: the only words
# the registry needs, found without tokenizing the whole article.
_NAMEISH = re.compile(
    # The first character is matched by a plain class, outside the branches: a pattern that
    # opens with a class lets ``re`` skip in C to the next capital, h or s, where one that
    # opens with a look-ahead is tried at every position (a third of this scan's cost).
    # The branches then look back at it; the empty groups say which branch matched.
    r"[A-ZHhSs](?:(?<!\w.)(?:(?<=[Hh])(?:e|is|im|er|ers)|(?<=[Ss])he)\b(?P<pron>)"
    r"|(?<=[A-Z])[\w’'.\-]*(?:[ \t\u00a0]+(?:(?:de|van|von|der|den|bin|ibn|al|el|da|du|la|"
    r"le|di|del|dos|das)[ \t\u00a0]+)?[A-Z][\w’'.\-]*)*(?P<run>))"
)


def build_registry(doc: Tokens, source_heads: frozenset[str] = frozenset()) -> Registry:
    """Scan the article for personal names and the pronouns that follow them.

    A run of capitalised words counts as a person when it starts with a known given name,
    follows a title, is itself named as a source, or is followed by an apposition
    ("Chee Chyuan Liong, vice president of Intel").
    """
    registry = Registry()
    last: list[Person | None] = [None]
    masked = doc.masked
    last_end = 0  # where the last run of capitalised words ended
    for m in _NAMEISH.finditer(masked):
        at = m.start()
        if m.lastgroup == "pron":
            person = last[0]
            if person is not None and masked[last_end:at].strip() == ",":
                continue  # "Tomasz Kowalczyk, her deputy": whose deputy, not his gender
            if person is not None:
                g = pronoun_gender(m.group())
                if g in ("m", "f"):
                    person.gender_votes[g] += 1
                last[0] = None
            continue
        if _opens_sentence(masked, at):
            registry.subjects.add(at)
        run = m.group()
        last_end = m.end()
        if " " not in run and "\u00a0" not in run and "\t" not in run:
            # One capitalised word: a sentence opener ("The", "But") or a lone name.
            word = run.rstrip(".")
            low = word.lower()
            if low in NOT_NAMES or low in TITLE_WORDS or len(word) < 2:
                continue
            if word.isalpha() or "-" in word or "’" in word or "'" in word:
                found = registry.find_single(word, at)
                if found is None and masked[m.end() : m.end() + 1] == ",":
                    role = _role_before(masked, at)
                    if role is not None and not lookup_place(word):
                        # "Her husband, Tunde, drives a taxi": a person by one name
                        found = registry.single(word, at, title=role)
                elif found is not None:
                    found.mentioned_at(at)
                if found is not None:
                    last[0] = found
                continue
        _register_run(doc, registry, at, run, source_heads, last)
    return registry


def _opens_sentence(masked: str, pos: int) -> bool:
    """True when only blanks and quote marks stand between ``pos`` and a sentence end."""
    i = pos - 1
    while i >= 0 and masked[i] in " \t\u00a0\"“”'‘’":
        i -= 1
    return i < 0 or masked[i] in ".!?\n"


class _Segment(NamedTuple):
    """A name, or a lone capitalised word, in a run of capitalised words; offsets are from
    the start of the run."""

    start: int
    end: int
    words: tuple[str, ...]
    title_words: tuple[str, ...]
    full: bool  # two or more words that may be a person's name


@lru_cache(maxsize=65_536)
def _run_segments(run: str) -> tuple[_Segment, ...]:
    """The names and lone words of one run ("Deputy Mayor Luis Ortega"): a pure function of
    the run's text, so each spelling is read once however often an article repeats it."""
    toks = tokenize(run, 0, len(run))
    out: list[_Segment] = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if not is_name_word(tok) or tok.lower in TITLE_WORDS:
            title_words = []
            j = i
            while j < n and toks[j].lower.rstrip(".") in TITLE_WORDS and toks[j].text[:1].isupper():
                title_words.append(toks[j].text)
                j += 1
            if not title_words:
                i += 1
                continue
            i = j
        else:
            title_words = []
        j = i
        while j < n and is_name_word(toks[j]) and toks[j].lower not in TITLE_WORDS:
            j += 1
        if j - i > MAX_NAME_WORDS:
            # a headline: the name at its end, from its last given name ("... Political
            # Editor Matthew Boyle"), if there is one
            given = first_names()
            i = next((n for n in range(j - 2, j - 4, -1) if toks[n].text in given), j)
        words = tuple(t.text for t in toks[i:j])
        if (
            2 <= len(words) <= MAX_NAME_WORDS
            and words[0][:1].isupper()
            and not any(w.isupper() and len(w) > 1 for w in words)
            and not is_org_name(list(words))
        ):
            out.append(_Segment(toks[i].start, toks[j - 1].end, words, tuple(title_words), True))
        elif len(words) == 1:
            out.append(_Segment(toks[i].start, toks[i].end, words, tuple(title_words), False))
        i = max(j, i + 1)
    return tuple(out)


def _register_run(
    doc: Tokens,
    registry: Registry,
    at: int,
    run: str,
    source_heads: frozenset[str],
    last: list[Person | None],
) -> None:
    """Register the names in one run of capitalised words that starts at ``at``."""
    for seg in _run_segments(run):
        if not seg.full:
            honorific = gender_of(None, list(seg.title_words))
            found = registry.find_single(seg.words[0], at + seg.start, gender=honorific)
            if (
                found is None
                and seg.title_words
                and seg.title_words[-1].lower().rstrip(".") in _PERSONAL_OFFICES
                and seg.words[0].lower() not in ORG_WORDS
                and not seg.words[0].endswith(("’s", "'s"))  # "President Obama's approach"
                and not lookup_place(seg.words[0])
            ):
                # "President Biden urged ...": a person, though only a surname is given
                found = registry.single(
                    seg.words[0], at + seg.start, title=" ".join(seg.title_words)
                )
            elif found is not None:
                found.mentioned_at(at + seg.start)
            if found is not None:
                last[0] = found
            continue
        words = list(seg.words)
        name = " ".join(words)
        end = at + seg.end
        m = _APPOSITION_START.match(doc.masked, end)
        apposition = m is not None and (
            m.group(1).lower() in _APPOSITION_OPENERS or m.group(1).lower() in TITLE_WORDS
        )
        role = _role_before(doc.masked, at + seg.start)
        if role is not None and not _looks_like_name(words):
            role = None
        personal = (
            words[0] in first_names()
            or words[0] in family_names_first()
            and len(words) <= 3
            or name in source_heads
            or _looks_like_name(words)
            and (apposition or role is not None)
        )
        if seg.title_words or personal and not lookup_place(name):
            g = gender_of(words[0], list(seg.title_words))
            person = registry.add_full_name(words, at + seg.start, gender=g)
            last[0] = person
            if apposition and person.title is None:
                after = doc.between(end, end + 400)
                person.title = _apposition(doc, after, 0)
            if role is not None and person.title_before is None:
                person.title_before = role  # "Her neighbour, Paul Hendricks, ..."
            if seg.title_words and person.title_before is None and _office(seg.title_words):
                # "Texas Attorney General Ken Moreno hailed ...", quoted later as "he"
                person.title_before = " ".join(seg.title_words)


_HONORIFIC_STEMS = frozenset(w.rstrip(".") for w in HONORIFICS_MALE | HONORIFICS_FEMALE)
# Words that open an apposition after a name: "Tomasz Kowalczyk, her deputy, ...".
_APPOSITION_OPENERS = frozenset("a an the his her its their".split())
# A role set off before a name: "Her deputy, Tomasz Kowalczyk, ...", "A spokesman, Piotr
# Zielinski, ...".
_ROLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[Aa]n?|[Tt]he|(?P<owned>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[\w’']+’s|[\w']+'s))"
    r"(?:[ \t\u00a0][\w’'-]+){0,2}?[ \t\u00a0]([a-z-]+),[ \t\u00a0]+$"
)


# Offices that stand right before a surname and before nothing else: not "General" or
# "Justice" ("General Electric", "the Justice Department").
_PERSONAL_OFFICES = frozenset(
    "president sen senator rep representative gov governor mayor chancellor minister premier "
    "congressman congresswoman councilman councilwoman ambassador sheriff pope "
    "chairman chairwoman dr prof professor judge".split()
)


def _office(title_words: tuple[str, ...]) -> bool:
    """Whether title words name an office ("President", "Sen."), not only an honorific."""
    return any(w.lower().rstrip(".") not in _HONORIFIC_STEMS for w in title_words)


def _role_before(masked: str, pos: int) -> str | None:
    """The role set off by a comma just before ``pos`` ("Her deputy"), if there is one."""
    if masked[pos - 2 : pos] != ", ":
        return None  # (most names: no regular-expression search)
    m = _ROLE_BEFORE.search(masked, max(0, pos - 60), pos)
    if m is None:
        return None
    role = masked[m.start() : m.end()].strip(" \t\u00a0\n,(")
    start = m.end() - len(masked[m.start() : m.end()].lstrip(" \t\u00a0\n("))
    if masked[:start].rstrip(" \t\u00a0")[-1:] not in ("", "\n", ".", "!", "?", '"', "”"):
        return None  # only a sentence that opens with it: not "In his email, ..."
    noun = m.group(2)
    # after "his", "her" or "Vega's" any noun describes a person ("Her neighbour, ...");
    # after "a" or "the" only a role does ("The end, ...")
    if not m.group("owned") and noun not in TITLE_WORDS and noun not in GENERIC_SOURCE_NOUNS:
        return None
    return role


def _apposition(doc: Tokens, toks: list, comma: int) -> str | None:
    """The apposition after a name: from the comma to the next comma before a verb."""
    start = toks[comma].end
    for k in range(comma + 1, min(len(toks), comma + 40)):
        t = toks[k]
        if t.text in (".", ";", ":", "(") and not t.text == "(":
            break
        if t.text == "," and k + 1 < len(toks) and toks[k + 1].text[:1].islower():
            if toks[k + 1].lower not in ("and", "the", "a", "an", "of"):
                title = doc.masked[start : t.start].strip()
                return title if 0 < len(title.split()) <= 25 else None
    return None


def _looks_like_name(words: list[str]) -> bool:
    # Two or three capitalised words, none of them all capitals: "Chee Chyuan Liong".
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)


def attribute_speakers(
    text: str, doc: Tokens, found: list[Found]
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Resolve every statement's source and build the contract's quotes and speakers."""
    heads = frozenset(f.source.head for f in found if f.source is not None)
    registry = build_registry(doc, heads)
    _carry_back_long_quotes(found)
    quotes: list[Quote] = []
    resolved: list[tuple[str | None, str | None, Span | None, Person | None]] = []
    by_person: dict[str, Person] = {}
    quote_ids: dict[str, list[str]] = {}
    for n, f in enumerate(found, 1):
        qid = f"q{n}"
        name, title, mention, person = None, None, None, None
        if f.source is not None and f.source.kind == "pronoun":
            f.source = _main_subject(doc, f.source, same_pronoun=f.kind == "partial")
        if f.source is not None and f.source.kind == "pronoun" and f.source.head.lower() == "it":
            mention = Span(text[f.source.start : f.source.end], f.source.start, f.source.end)
            name, title, _, person = _previous_thing(found, resolved, n - 1, f)
        elif f.source is not None:
            mention = Span(text[f.source.start : f.source.end], f.source.start, f.source.end)
            person = _resolve(registry, f.source, mention.text)
            if f.source.kind == "pronoun" and f.kind == "direct":
                person = _speaker_goes_on(doc, registry, found, resolved, n - 1, f.source, person)
            if person is not None:
                name = person.name
            elif f.source.kind == "pronoun":
                name = None  # a pronoun that points to nobody names nobody; it stays the mention
            else:
                name = f.source.head
            title = f.source.title or (person.title or person.title_before if person else None)
            if person is not None and f.source.title and not person.title:
                person.title = f.source.title
        elif f.inherits:
            prev = _previous(doc, found, resolved, n - 1, f)
            if prev is not None:
                name, title, mention, person = prev
        resolved.append((name, title, mention, person))
        cue = Span(text[f.cue[0] : f.cue[1]], f.cue[0], f.cue[1]) if f.cue else None
        speaker = QuoteSpeaker(name, title, mention) if name or mention else None
        quotes.append(
            Quote(qid, text[f.start : f.end], f.start, f.end, f.kind, cue, speaker, f.confidence)
        )
        if name:
            key = name
            if person is None:
                person = by_person.get(key) or Person(name, kind=_kind_of(f.source))
            by_person.setdefault(key, person)
            quote_ids.setdefault(key, []).append(qid)
            if mention is not None and mention.text != name and mention.text not in person.aliases:
                person.aliases.append(mention.text)
    speakers = tuple(
        Speaker(
            name=key,
            title=p.title or p.title_before,
            aliases=tuple(a for a in p.aliases if a != key),
            quote_ids=tuple(quote_ids[key]),
            kind=p.kind,
            gender=p.gender if p.kind == "person" else None,
        )
        for key, p in by_person.items()
    )
    return tuple(quotes), speakers


def _carry_back_long_quotes(found: list[Found]) -> None:
    """A quote that runs on into the next paragraph takes the speaker named at its end."""
    for k in range(len(found) - 2, -1, -1):
        f, nxt = found[k], found[k + 1]
        if f.runs_on and f.source is None and nxt.para == f.para + 1 and nxt.source is not None:
            if nxt.kind == "direct":
                f.source, f.cue, f.inherits = nxt.source, nxt.cue, False
                f.confidence = nxt.confidence - 0.1


def _kind_of(source: Phrase | None) -> str:
    if source is None:
        return "person"
    if source.kind == "org":
        return "organisation"
    if source.kind == "nominal":
        return "anonymous"
    return "person"


def _resolve(registry: Registry, source: Phrase, mention: str) -> Person | None:
    if source.kind == "pronoun":
        g = pronoun_gender(source.head)
        if g == "p":
            return None
        return registry.nearest(source.start, g)
    if source.kind == "nominal":
        return None
    words = source.head.split()
    if source.kind == "org":
        return registry.single(source.head, source.start, kind="organisation")
    if len(words) >= 2:
        gender = gender_of(words[0], (source.title or "").split()) or source.gender
        return registry.add_full_name(words, source.start, gender=gender)
    # "Mr. Trump": the honorific that opens the mention picks among namesakes
    honorific = gender_of(None, mention.split()[:1])
    person = registry.find_single(words[0], source.start, gender=honorific)
    if person is not None:
        person.mentioned_at(source.start)
        return person
    if words[0].lower() in GENERIC_SOURCE_NOUNS:
        # "Critics", "Analysts" opening a sentence: unnamed people, never a pronoun's
        # antecedent
        return registry.single(words[0], source.start, kind="anonymous")
    return registry.single(words[0], source.start)


def _speaker_goes_on(
    doc: Tokens,
    registry: Registry,
    found: list[Found],
    resolved: list[tuple[str | None, str | None, Span | None, Person | None]],
    i: int,
    pronoun: Phrase,
    nearest: Person | None,
) -> Person | None:
    """The person the "he" or "she" of a whole quote's attribution means: the speaker of the
    statement before, in this paragraph or the last, rather than someone only mentioned
    since ('Simmons, an Obama supporter, said ... "...," he said'), unless that someone is
    the subject of a sentence in between ('Obama himself seemed to recognize it. "...," he
    said')."""
    g = pronoun_gender(pronoun.head)
    if g not in ("m", "f"):
        return nearest
    para = found[i].para
    for k in range(i - 1, -1, -1):
        if found[k].para < para - 1:
            return nearest
        previous = resolved[k][3]
        if previous is None or previous.kind != "person":
            continue
        if previous is nearest or previous.gender not in (None, g):
            return nearest
        if previous.gender is None and written_lowercase(doc, previous.name):
            return nearest  # "Critics": a group, not someone "she" goes on with
        # the latest person of the pronoun's gender to be a sentence's subject since
        since = found[k].start
        best, best_at = previous, -1
        for p in registry.people:
            last = p.last_mention_before(pronoun.start)
            if (
                last > since
                and last > best_at
                and p.kind == "person"
                and p.gender in (None, g)
                and in_subject(doc, last)
            ):
                best, best_at = p, last
        return best
    return nearest


def _previous(
    doc: Tokens,
    found: list[Found],
    resolved: list[tuple[str | None, str | None, Span | None, Person | None]],
    i: int,
    f: Found,
) -> tuple[str | None, str | None, Span | None, Person | None] | None:
    """The speaker a cue-less quote inherits: the statement before it, in this paragraph or
    the last one. A whole quote goes on from the quote before it when the statements in
    between are reported speech in the same sentence as that quote's attribution ('"A,"
    Clinton said, referencing a PAC called Future45. "B."')."""
    if f.kind == "direct":
        k = i - 1
        while k >= 0 and found[k].kind == "indirect" and found[k].para == f.para:
            k -= 1
        if (
            k >= 0
            and k < i - 1
            and found[k].kind == "direct"
            and found[k].para == f.para
            and found[k].cue is not None
            and found[i - 1].start - found[k].cue[1] < 200
            # (not when they are a sentence of their own: '"...," says Garcia, a nurse. She
            # says people should choose. "..."')
            and doc.block_start(found[k].cue[1]) == doc.block_start(found[i - 1].start)
            and (resolved[k][0] is not None or resolved[k][2] is not None)
        ):
            return resolved[k]
    for k in range(i - 1, -1, -1):
        prev = found[k]
        if prev.para < f.para - 1:
            return None
        if resolved[k][0] is not None or resolved[k][2] is not None:
            return resolved[k]  # a name, or a mention with no name ("it stated")
        if prev.para < f.para and prev.kind != "indirect":
            # (a speakerless clause, "when asked which candidate she would back", does not
            # end the search through the paragraph before)
            return None
    return None


def _previous_thing(
    found: list[Found],
    resolved: list[tuple[str | None, str | None, Span | None, Person | None]],
    i: int,
    f: Found,
) -> tuple[str | None, str | None, Span | None, Person | None]:
    """What "it" quotes: the organisation or document that spoke last, a few paragraphs back
    at most; nobody when there is none."""
    for k in range(i - 1, -1, -1):
        prev = found[k]
        if prev.para < f.para - 3:
            break
        if prev.source is not None and prev.source.kind in ("org", "nominal"):
            return resolved[k]
    return None, None, None, None


_RELATIVE_WORDS = frozenset("who whom which when where while as and but".split())


def _main_subject(doc: Tokens, pronoun: Phrase, *, same_pronoun: bool) -> Phrase:
    """The sentence's own subject when it is the same pronoun: in "He did not address the
    tweets in which he called her 'disgusting'", the speaker is pointed to by the first "He"."""
    start = doc.block_start(pronoun.start)
    toks = doc.between(start, pronoun.start)
    if toks and toks[-1].lower in _RELATIVE_WORDS:
        return pronoun  # "the tuition, which he said ...": a clause with its own speaker
    if toks and toks[-1].lower == "what" and pronoun.head.lower() in ("it", "they"):
        # "The Council condemned what it called ...": the Council
        subject = sentence_subject(doc, toks, pronoun.start)
        if subject is not None and subject.kind in ("org", "nominal"):
            return subject
        return _opening_body(doc, toks, pronoun) or pronoun
    if not same_pronoun:
        return pronoun
    subject = sentence_subject(doc, toks, pronoun.start)
    if (
        subject is not None
        and subject.kind == "pronoun"
        and subject.start < pronoun.start
        and subject.head.lower() == pronoun.head.lower()
    ):
        return subject
    return pronoun


def _opening_body(doc: Tokens, toks: list[Token], pronoun: Phrase) -> Phrase | None:
    """The organisation or "It" that opens the sentence, which "it" or "they" refers to."""
    first = toks[0]
    if pronoun.head.lower() == "it" and first.lower in ("it", "it’s", "it's"):
        return Phrase(first.start, first.start + 2, "pronoun", first.text[:2])
    phrase = phrase_after(doc, first.start, pronoun.start)
    if phrase is not None and phrase.kind in ("org", "nominal"):
        return phrase
    return None
