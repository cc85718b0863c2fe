"""What quoted and reported statements share: the record of a statement found, and the
frame helpers around a cue word (is it a cue, the passive, auxiliaries and adverbs to step
over, the sentence's subject after its lead-ins, the clause's end)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.analysis.lexicon.common import ABBREVIATIONS, INITIALS
from checker.analysis.lexicon.speech import (
    AUX_AND_ADVERBS,
    CUE_VERBS,
    ORG_WORDS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from checker.analysis.people import (
    Phrase,
    Token,
    Tokens,
    first_names,
    is_capitalised,
    phrase_after,
    phrase_before,
    pronoun_phrase,
    surface,
)

YEAR = re.compile(r"(?:1[89]|20)\d\d")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


@dataclass(slots=True)
class Found:
    """A statement before its speaker is resolved across the article."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    source: Phrase | None = None
    para: int = 0
    inherits: bool = False  # takes the speaker of the statement before it
    runs_on: bool = False  # a quote whose next paragraph carries it on
    carried: bool = False  # a quote that carries on the previous paragraph's
    confidence: float = 0.5
    parts: list[int] = field(default_factory=list)


def within(inner: Found, outer: Found) -> bool:
    """True when ``inner`` lies inside ``outer``."""
    return outer.start <= inner.start and inner.end <= outer.end


LEADING_CLAUSE = frozenset(
    "as at in on during after before when while since despite with for unlike like although "
    "if though because by from under over".split()
)


# Sentence adverbs that are a lead-in only with their own comma: "However, he ...", but
# "Even China, its only ally, said ...".
_CONNECTIVES = frozenset(
    "however yet also even so thus indeed moreover furthermore nonetheless nevertheless "
    "conversely similarly likewise additionally finally first second third again".split()
)
_LEADING_ADVERBS = frozenset(
    "here there now then later earlier early still meanwhile instead today yesterday tonight "
    "monday tuesday wednesday thursday friday saturday sunday last ever soon shortly "
    "minutes hours days weeks months years moments back once".split()
)
_LEAD_IN_WORDS = _LEADING_ADVERBS | _CONNECTIVES


# Irregular past participles that open a participle clause: "Led by ...", "Given his ...".
_OPENING_PARTICIPLES = frozenset(
    "led given driven known born built taken seen shown written caught held brought".split()
)


def participle_opener(tok: Token) -> bool:
    """A capitalised participle opening a sentence: "Speaking at ...", "Asked about ...",
    "Led by ..."."""
    w = tok.text
    if not (w[:1].isupper() and w[1:].islower()):
        return False
    if tok.lower in _OPENING_PARTICIPLES:
        return True
    return len(w) > 4 and w.endswith(("ing", "ed")) and w not in first_names()


def _adverb_opener(tok: Token) -> bool:
    """A capitalised adverb in -ly opening a lead-in: "Immediately after the attacks, ...".
    Not a given name in -ly ("Kelly", "Emily")."""
    w = tok.text
    return len(w) > 4 and w.endswith("ly") and w[1:].islower() and w not in first_names()


def sentence_subject(doc: Tokens, toks: list[Token], before: int) -> Phrase | None:
    """The name or pronoun that opens the sentence's main clause, if it comes before ``before``."""
    i = _main_clause_start(toks, before)
    if i >= len(toks) or toks[i].start >= before:
        return None
    first = toks[i]
    if participle_opener(first):
        return None  # "Acknowledging that Trump ...": a participle, not a name
    if first.lower in ("he", "she", "they"):
        return pronoun_phrase(first)
    if first.lower in ("the", "a", "an", "his", "her", "their", "its"):
        # "The Republican nominee also outlined ...": a described subject, then its verb
        return _described_subject(doc, toks, i, before)
    if first.lower.endswith(("’s", "'s")) and is_capitalised(first):
        owned = _owned_body(toks, i, before)
        if owned is not None:
            return owned
    j = i
    while (
        j < len(toks)
        and toks[j].start < before
        and (is_capitalised(toks[j]) or toks[j].lower.rstrip(".") in TITLE_WORDS)
    ):
        j += 1
    if j == i:
        return None
    return phrase_before(doc, toks[j - 1].end, toks[i].start)


def _owned_body(toks: list[Token], i: int, before: int) -> Phrase | None:
    """ "Australia's central bank held ...": a body or office after a possessive, up to its
    verb; None when the words after the possessive are not one ("Trump's comments")."""
    j = i + 1
    while (
        j < len(toks)
        and j - i <= 4
        and toks[j].start < before
        and toks[j].text.isalpha()
        and toks[j].text.islower()
        and not looks_like_verb(toks[j])
        and toks[j].lower not in AUX_AND_ADVERBS
    ):
        j += 1
    if j == i + 1 or (toks[j - 1].lower not in ORG_WORDS and toks[j - 1].lower not in TITLE_WORDS):
        return None
    return Phrase(toks[i].start, toks[j - 1].end, "nominal", surface(toks[i:j]))


_INSIDE_A_PREDICATE = frozenset(
    "of to for with by at from in on about against that who which said says told , ( ; : "
    "– — -".split()
)


def in_subject(doc: Tokens, pos: int) -> bool:
    """Whether the word at ``pos`` is in the subject of its sentence's main clause: only
    titles and descriptions before it ("Former defender Gary Neville was ...", "In a
    statement, presidential nominee Hillary Clinton was ..."), no verb, preposition or
    comma ("Simmons, an Obama supporter", "said Trump")."""
    toks = doc.between(doc.block_start(pos), pos)  # the words before it
    for tok in toks[_main_clause_start(toks, pos) :]:
        if tok.lower in _INSIDE_A_PREDICATE or tok.lower in _PREDICATE_STARTS:
            return False
        if looks_like_verb(tok) and not is_capitalised(tok):
            return False
    return True


def _main_clause_start(toks: list[Token], before: int) -> int:
    """The index of the first token of the sentence's main clause, past lead-ins."""
    i = 0
    if len(toks) > 1 and toks[0].lower in ("and", "but", "so", "or"):
        i = 1  # "And although he thanked them, he ...": the conjunction first
    # Step over lead-ins, one after another: "On Thursday, after remaining neutral, Warren
    # ...", "Here in Columbia, Sanders ...", "Twenty-two years ago, a Times article ...".
    while i < len(toks) and toks[i].start < before:
        comma = next((n for n in range(i, len(toks)) if toks[n].text == ","), None)
        if comma is None or toks[comma].start >= before:
            break
        opener = toks[i].lower
        if opener in ("even", "just", "only") and i + 1 < comma:
            opener = toks[i + 1].lower  # "Even before Sanders took the stage, ..."
        participle = participle_opener(toks[i])
        if not (
            opener in LEADING_CLAUSE
            or participle
            or (opener in _LEADING_ADVERBS or _adverb_opener(toks[i]))
            and comma - i <= 5
            or opener in _CONNECTIVES
            and comma == i + 1
            or comma - i <= 5
            and toks[comma - 1].lower in ("ago", "earlier", "later")
        ):
            break
        i = comma + 1
        if i + 1 < len(toks) and YEAR.fullmatch(toks[i].text) and toks[i + 1].text == ",":
            i += 2  # "On July 6, 2015, Sanders ...": the year of the date
        if opener in LEADING_CLAUSE or participle:
            # "Speaking at a town hall in Salem, New Hampshire, Trump ...": the rest of a place
            nxt = next((n for n in range(i, len(toks)) if toks[n].text == ","), None)
            if (
                nxt is not None
                and 0 < nxt - i <= 3
                and toks[nxt].start < before
                and all(t.text[:1].isupper() for t in toks[i:nxt])
                and nxt + 1 < len(toks)
                and (is_capitalised(toks[nxt + 1]) or toks[nxt + 1].lower in ("he", "she"))
            ):
                i = nxt + 1
    if (
        i + 1 < len(toks)
        and toks[i].lower in _LEAD_IN_WORDS
        and toks[i + 1].lower in ("he", "she", "they")
    ):
        i += 1  # "Then he cut into Bush, calling him ..."
    dash = next(
        (n for n in range(i, min(len(toks), i + 8)) if toks[n].text in ("–", "—", "-", "―")), None
    )
    if (
        dash is not None
        and dash > i
        and toks[dash].start < before
        and (
            toks[dash - 1].text == ")"
            or toks[i].text.isupper()
            and len(toks[i].text) > 1
            and (toks[i + 1].text == "," or dash == i + 1)
        )
    ):
        # a dateline: "Washington (AFP) – Democrat Hillary Clinton has ...", "JACKSON,
        # Miss. - U.S. District Judge Carlton W. Reeves ...", "WASHINGTON — Sen. ..."
        i = dash + 1
    return i


def _described_subject(doc: Tokens, toks: list[Token], i: int, before: int) -> Phrase | None:
    """A subject opened by a determiner, cut before its verb: "The Republican nominee also
    outlined ...", "His office put out ...", but not "The new project will be called ..."."""
    first = toks[i]
    phrase = phrase_after(doc, first.start, before)
    if phrase is None or phrase.kind != "nominal" or phrase.title is not None:
        return None
    words = [t for t in toks[i:] if t.end <= phrase.end]
    # the phrase reads on past the subject into "also", "cannot", "has": cut it there
    cut = next(
        (
            n
            for n, t in enumerate(words)
            if t.lower in AUX_AND_ADVERBS
            or t.lower in _MODALS
            or n >= 2
            and looks_like_verb(t)
            and i + n + 1 < len(toks)
            and toks[i + n + 1].lower in _OBJECT_STARTS  # "The ad targets a ..."
            or n >= 2
            and (t.lower in _IRREGULAR_PAST or t.lower.endswith("ed") and t.text.islower())
        ),
        len(words),
    )
    words = words[:cut]
    nxt = toks[i + cut] if i + cut < len(toks) else None
    if len(words) >= 2 and nxt is not None and nxt.lower in _SUBJECT_PREPOSITIONS:
        # "A spokeswoman for the committee emailed ...": the subject takes its
        # prepositional phrase, up to a verb a few words on
        k = _verb_after_phrase(toks, i + cut + 1, before)
        if k is not None:
            words, cut, nxt = toks[i:k], k - i, toks[k]
    if len(words) < 2 or nxt is None or not _ends_subject(nxt):
        return None
    if _passive_ahead([t for t in toks[i + cut :] if t.start < before]):
        return None  # "The new project will be called the ...": named, not speaking
    return Phrase(first.start, words[-1].end, "nominal", surface(words))


_SUBJECT_PREPOSITIONS = frozenset("for of at from with".split())


def _verb_after_phrase(toks: list[Token], j: int, before: int) -> int | None:
    """The index of a past-tense verb that ends a short prepositional phrase from ``j``."""
    for k in range(j + 1, min(j + 7, len(toks))):
        t = toks[k]
        if t.start >= before or not t.text[:1].isalnum():
            return None
        if t.text.islower() and (t.lower in _IRREGULAR_PAST or t.lower.endswith("ed")):
            return k
    return None


_PARTICIPLES = frozenset("known seen given taken written chosen shown".split())


def _passive_ahead(toks: list[Token]) -> bool:
    """True when a form of "be" and a past participle come up ("will be called")."""
    for k, t in enumerate(toks):
        if t.lower in _BE:
            j = k + 1
            while j < len(toks) and is_adverb(toks[j]):
                j += 1
            if j < len(toks) and (toks[j].lower.endswith("ed") or toks[j].lower in _PARTICIPLES):
                return True
    return False


def _ends_subject(tok: Token) -> bool:
    w = tok.lower
    return w in AUX_AND_ADVERBS or w in _MODALS or looks_like_verb(tok)


_OBJECT_STARTS = frozenset("a an the his her their its this that these those of to out up".split())
_MODALS = frozenset("cannot can't won't wouldn't didn't doesn't isn't wasn't".split())


# Participles that name something after a noun ("a company called Cambridge Analytica").
_NAMED = frozenset("called dubbed named labeled labelled titled".split())


def names_a_thing(toks: list[Token], k: int, phrase: Phrase | None) -> bool:
    """True when the cue ``toks[k]`` only names what comes before it: "a website called ...",
    "the so called ..." (but "a group called for a boycott" and "called on" speak)."""
    if toks[k].lower not in _NAMED:
        return False
    if k + 1 < len(toks) and toks[k + 1].lower in ("for", "on"):
        return False
    if k > 0 and toks[k - 1].lower == "so":
        return True
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return (
        phrase is not None
        and phrase.kind == "nominal"
        and phrase.head.split()[0].lower() in ("a", "an")
        and (nxt[:1] in "\"“'‘" or nxt[:1].isupper())  # "a reporter called the scene ..." speaks
    )


def is_cue(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]`` is a cue word: a lowercase cue verb, or "according" before "to"."""
    tok = toks[k]
    w = tok.lower
    if w == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
        return True
    # Capitalised, a cue word is a name or a heading ("United States", "Says Who"), except
    # when it opens a sentence in its inverted form ("Said Liong, ...") which is rare.
    return w in CUE_VERBS and tok.text[:1].islower() and not _other_sense(toks, k)


# "secretary of state", "the state", "a state": the noun, not the verb.
_STATE_NOUN_BEFORE = frozenset(
    "the a an of this that every each his her their its our my home swing battleground key "
    "early red blue".split()
)
# "state Reps. Justin Bamberg", "California state Senate candidate": the noun.
_STATE_NOUN_AFTER = frozenset(
    "reps. reps sens. sens senate house legislature legislators lawmakers party department "
    "police officials university capitol budget law laws".split()
)
_CONTINUE = frozenset("continue continues continued continuing".split())


def _other_sense(toks: list[Token], k: int) -> bool:
    """A cue verb's form used in another sense: the noun "state" ("the state"), or
    "continue" before another verb ("if he continues to lose ground", "kept attacking")."""
    w = toks[k].lower
    if w == "state":
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        if nxt in TITLE_WORDS or nxt.rstrip(".") in TITLE_WORDS or nxt in _STATE_NOUN_AFTER:
            return True  # "state Del. Marcia Price", "state Sen. Jo Lee": a title
        return k > 0 and toks[k - 1].lower in _STATE_NOUN_BEFORE
    if w == "states":
        # "the 10 remaining primary states, starting with ...": the noun; the verb ends
        # its clause or opens its content ('"...," the ad states.', "the law states that")
        return k + 1 < len(toks) and toks[k + 1].lower not in ("that", ":", ".", ";", "!", "?")
    if w in _CONTINUE and k + 1 < len(toks):
        nxt = toks[k + 1].lower
        return nxt == "to" or nxt.endswith("ing") and nxt != "thing"
    return False


# Irregular past tenses that follow a speaker's name after a quote ('"...," Trump went on').
_IRREGULAR_PAST = frozenset(
    "went wrote spoke sang began broke took gave kept put made shot sought held sent brought "
    "thought found led".split()
)


def cue_positions(toks: list[Token]) -> list[int]:
    """The indices of the cue words among ``toks`` (see :func:`is_cue`), in order."""
    return [
        k
        for k, t in enumerate(toks)
        if t.lower in CUE_VERBS
        and t.text[:1].islower()
        and not _other_sense(toks, k)
        or t.lower == "according"
        and k + 1 < len(toks)
        and toks[k + 1].lower == "to"
    ]


def looks_like_verb(tok: Token) -> bool:
    """A lowercase word in -ed or -s longer than three letters ("barked", "insists"), or a
    common irregular past tense ("went", "wrote")."""
    w = tok.text
    return w in _IRREGULAR_PAST or (
        w.islower() and w.isalpha() and len(w) > 3 and (w.endswith("ed") or w.endswith("s"))
    )


_BE = frozenset("be been being is are was were".split())
# Words that open a predicate: after them, the phrase before is a clause's subject.
_PREDICATE_STARTS = frozenset(
    "is are was were will would could can may might must should has have had does did "
    "do cannot won't wouldn't can't isn't wasn't".split()
)


def heads_a_clause(doc: Tokens, phrase: Phrase, end: int) -> bool:
    """True when a verb follows ``phrase`` before ``end``: "said the convention could be
    ..." reports what the convention could be; it is no inverted "said the convention"."""
    nxt = doc.between(phrase.end, end)[:1]
    return bool(nxt) and (nxt[0].lower in _PREDICATE_STARTS or looks_like_verb(nxt[0]))


def is_adverb(tok: Token) -> bool:
    """A lowercase word in -ly ("swiftly", "informally"); "Kelly" and "Italy" are names."""
    w = tok.text
    return len(w) > 4 and w.endswith("ly") and w.isalpha() and w.islower()


def opens_a_clause(toks: list[Token], k: int) -> bool:
    """True when the participle ``toks[k]`` opens a clause of its own, after a comma, dash or
    bracket and any adverbs: "— often labeled as a "witch hunt" by Democrats —"."""
    j = k - 1
    while j >= 0 and (is_adverb(toks[j]) or toks[j].lower in AUX_AND_ADVERBS):
        j -= 1
    return j < 0 or toks[j].text in (",", "—", "–", "-", "(")


def is_passive(toks: list[Token], k: int, floor: int) -> bool:
    """True for a cue in the passive ("was asked", "will informally be called")."""
    if toks[k].lower.endswith("ing"):
        return False  # "was saying" is the progressive
    j = k - 1
    while j >= floor and (is_adverb(toks[j]) or toks[j].lower in _PASSIVE_ADVERBS):
        j -= 1
    return j >= floor and toks[j].lower in _BE


# Adverbs without -ly that stand between "was" and a participle ("was also endorsed").
_PASSIVE_ADVERBS = frozenset("also not never already still just even first once later".split())


def skip_aux_back(toks: list[Token], k: int, floor: int) -> int:
    """Offset just before the cue once "also", "has", "would" and the like are stepped over."""
    j = k
    while j - 1 >= floor:
        low = toks[j - 1].lower
        if low in AUX_AND_ADVERBS or is_adverb(toks[j - 1]):
            j -= 1
        elif low in WEEKDAYS and j - 2 >= floor and toks[j - 2].lower in ("on", "last", "this"):
            j -= 2  # "Clinton on Tuesday said"
        elif YEAR.fullmatch(toks[j - 1].text) and j - 2 >= floor and toks[j - 2].lower == "in":
            j -= 2  # "McConnell, who in 2010 said"
        elif (
            low == "to" and _catenative_before(toks, j - 1, floor) and toks[k].lower in SPEECH_VERBS
        ):
            # "Lewandowski continued to assert", "Trump went on to say": only a verb of
            # saying ("supporters continue to show" is no speech)
            j -= 3 if toks[j - 2].lower == "on" else 2
        elif low in SETTING_NOUNS and (n := _setting_start(toks, j - 1, floor)) is not None:
            j = n  # "Clinton in an interview on Sunday said", "The senator in a statement said"
        else:
            break
    return toks[j].start


# Verbs that take a speech verb after "to" and leave its subject the speaker's.
_CATENATIVES = frozenset(
    "continue continues continued continuing begin begins began begun beginning start starts "
    "started starting try tries tried trying seem seems seemed appear appears appeared "
    "used".split()
)
_GO_FORMS = frozenset("go goes went gone going".split())
# Where or how something was said, in a phrase between a speaker and the verb.
SETTING_NOUNS = frozenset(
    "interview interviews statement speech letter email e-mail tweet post op-ed essay "
    "editorial memo video appearance conference call briefing hearing debate rally "
    "broadcast podcast address remarks testimony filing".split()
)
_SETTING_PREPOSITIONS = frozenset("in during at on via through".split())
_SETTING_DETERMINERS = frozenset("a an the his her their its this that".split())


def _setting_start(toks: list[Token], noun: int, floor: int) -> int | None:
    """The index where "in a televised interview" starts, given the index of its noun:
    a preposition, a determiner (or none), at most two lowercase words, the noun."""
    k = noun - 1
    while k >= floor and noun - k <= 3 and toks[k].text.islower() and toks[k].text.isalpha():
        low = toks[k].lower
        if low in _SETTING_PREPOSITIONS:
            return k if k < noun - 1 or low != "on" else None
        if low in _SETTING_DETERMINERS:
            if k - 1 >= floor and toks[k - 1].lower in _SETTING_PREPOSITIONS:
                return k - 1
            return None
        k -= 1
    return None


def _catenative_before(toks: list[Token], to: int, floor: int) -> bool:
    """True when a verb like "continued" or "went on" comes right before ``toks[to]`` ("to")."""
    if to - 1 >= floor and toks[to - 1].lower in _CATENATIVES:
        return True
    return to - 2 >= floor and toks[to - 1].lower == "on" and toks[to - 2].lower in _GO_FORMS


def clause_end(doc: Tokens, start: int, hi: int) -> int:
    """Where the clause that starts at ``start`` ends (a full stop, semicolon, ! or ?)."""
    for m in _CLAUSE_END.finditer(doc.masked, start, hi):
        word = doc.masked[max(start, m.start() - 12) : m.start()].split()
        if m.group()[0] == "." and word and is_abbreviation(word[-1]):
            continue  # "said Rep. Jason Chaffetz"
        return m.end()
    return hi


def is_abbreviation(word: str) -> bool:
    """An initial or a known abbreviation ("W", "Rep")."""
    return (
        (len(word) == 1 and word.isupper())
        or word.lower() in ABBREVIATIONS
        or INITIALS.fullmatch(word) is not None
    )


# "called the deal a ...": what follows these is what is named, never who speaks.
NAMING_VERBS = frozenset("call describe label dub term brand deem consider name".split())


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without blanks and clause punctuation at either side."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end
