"""Whose words a quoted fragment is when no speech verb of its own frames it.

``Beck, who has described Trump as "..."``, ``his promise to be "neutral"``, ``..., Bush
referred to Rubio as "a bright leader"``. Each finder
returns the source phrase (``fragment_owner`` also the cue's index in ``toks``), or None;
:func:`checker.analysis.quotes._attach_partial` tries them in order.
"""

from __future__ import annotations

from checker.analysis.cues import INTRO_VERBS
from checker.analysis.frames import (
    is_adverb,
    is_cue,
    is_passive,
    looks_like_verb,
    opens_a_clause,
    skip_aux_back,
)
from checker.analysis.lexicon.speech import AUX_AND_ADVERBS
from checker.analysis.people import (
    Phrase,
    Token,
    Tokens,
    is_capitalised,
    phrase_after,
    phrase_before,
    pronoun_phrase,
)
from checker.analysis.quotemarks import QuotedSpan

# Nouns for something said, and the words that may link one to the fragment it names.
_SAYING_NOUNS = frozenset(
    "promise promises pledge pledges vow vows remark remarks comment comments claim claims "
    "statement words message warning warnings assertion argument insistence suggestion "
    "slogan catchphrase mantra refrain boast charge charges accusation jab quip".split()
)
_LINKING_WORDS = frozenset("that to be of as is was for about a an the , —".split())
# Plural time nouns that look like verbs in -s ("Twenty-two years ago").
_TIME_NOUNS = frozenset("years months weeks days hours minutes decades times".split())


def nearest_actor(doc: Tokens, toks: list[Token], before: int) -> Phrase | None:
    """The nearest name or pronoun doing something before a fragment ("..., Bush referred to
    Rubio as "a bright leader"") when the sentence's opening subject is not clear."""
    ks = [k for k, t in enumerate(toks) if t.start < before]
    for k in reversed(ks[1:]):
        t = toks[k]
        if not (looks_like_verb(t) or t.lower in AUX_AND_ADVERBS or t.lower in INTRO_VERBS):
            continue
        if t.lower in _TIME_NOUNS:
            continue  # "Twenty-two years ago": a time, not somebody doing something
        if not is_capitalised(toks[k - 1]) and toks[k - 1].lower not in ("he", "she", "they"):
            continue
        phrase = phrase_before(doc, skip_aux_back(toks, k, 0), toks[0].start)
        if phrase is not None and phrase.kind in ("name", "pronoun", "org"):
            return phrase
    return None


def possessive_owner(doc: Tokens, toks: list[Token], before: int) -> Phrase | None:
    """``his promise to be "neutral"``, ``Podliska's most explosive claim is that ... a
    "witch hunt"``: whoever owns the words a fragment is said to be from.

    A possessive, at most two words of description, a noun for something said, then only
    linking words up to the fragment.
    """
    ks = [k for k, t in enumerate(toks) if t.start < before]
    clause = False  # past a "that" clause's words: "Trump’s claim that Obama "founded ISIS""
    for n, k in enumerate(reversed(ks)):
        t = toks[k]
        if t.lower in _SAYING_NOUNS and (not clause or toks[k + 1].lower == "that"):
            break
        if t.text in (",", ";", ":") and clause or n >= (12 if clause else 6):
            return None
        if t.lower not in _LINKING_WORDS:
            clause = True
    else:
        return None
    for j in range(k - 1, max(k - 4, -1), -1):
        owner = toks[j]
        if owner.lower in ("his", "her", "their"):
            return pronoun_phrase(owner)
        if owner.lower.endswith(("’s", "'s")) and is_capitalised(owner):
            phrase = phrase_before(doc, owner.end, toks[0].start)
            if phrase is None or phrase.kind not in ("name", "org"):
                return None
            if not phrase.head.endswith(("’s", "'s")):
                return phrase
            return Phrase(
                phrase.start,
                phrase.end - 2,
                phrase.kind,
                phrase.head[:-2],
                title=phrase.title,
                gender=phrase.gender,
            )
        if not (owner.text.isalpha() and owner.text.islower()):
            return None
    return None


def relative_owner(doc: Tokens, toks: list[Token], before: int) -> Phrase | None:
    """``Beck, who has described Trump as "a narcissist"``: a fragment inside a relative
    clause is the words of the clause's "who", whose antecedent is the name before it.

    Only a "who" after a comma, with no ";" or ":" between it and the fragment.
    """
    last = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start < before), -1)
    for k in range(last, 1, -1):
        t = toks[k]
        if t.text in (";", ":"):
            return None
        if t.lower == "who" and toks[k - 1].text == ",":
            phrase = phrase_before(doc, t.end, toks[0].start)
            return phrase if phrase is not None and phrase.kind in ("name", "org") else None
    return None


def fragment_owner(
    doc: Tokens, toks: list[Token], s: QuotedSpan, lo: int, hi: int
) -> tuple[int, Phrase] | None:
    """Whose words a fragment is without a speech verb of its own.

    ``called "strategic ambiguity" by Joshua Hendrick`` (the agent of a passive; "As Vulture
    put it" is a cue of its own, in :mod:`.cues`). (An owner right before the
    quote, ``Obama's "..." promise``, was tried: "NBC's "Meet the Press"" is not NBC's words.)
    """
    before = [k for k, t in enumerate(toks) if lo <= t.start < s.open_at]
    close = s.close_at if s.close_at is not None else s.end
    after = [k for k, t in enumerate(toks) if close < t.start < hi]
    k = next((n for n in after[:3] if toks[n].lower == "as"), None)
    if k is not None and k + 2 < len(toks) and toks[k + 2].lower == "by" and is_cue(toks, k + 1):
        # '"extreme careless" - as described by FBI Director James Comey'
        phrase = phrase_after(doc, toks[k + 2].end, hi)
        if phrase is not None and phrase.kind in ("name", "org"):
            return k + 1, phrase
    if after and toks[after[0]].lower == "by" and len(before) >= 1:
        k = before[-1]
        while k > before[0] and toks[k].lower in ("as", "a", "an", "the"):
            k -= 1  # "described as", "labeled as a"
        participle = toks[k].lower.endswith("ed") and (is_cue(toks, k) or toks[k].lower in _NAMING)
        if participle and (is_passive(toks, k, before[0]) or opens_a_clause(toks, k)):
            phrase = phrase_after(doc, toks[after[0]].end, hi)
            if phrase is not None and phrase.kind in ("name", "org", "nominal"):
                return k, phrase
    return None


# Participles that give a thing its name, the words that may stand between one and the
# name, the participles that need "as" ("billed as", "known as"), and the subjects before a
# participle that make it a verb of the subject's ("he called it "absurd"").
_NAMING = frozenset("called named dubbed nicknamed labeled labelled billed known".split())
_NAMING_LINKS = frozenset("as the a an online".split())
_NAMING_WITH_AS = frozenset(("billed", "known"))
_SUBJECTS = frozenset("he she they we i you it who which that what".split())


def names_a_thing_before(toks: list[Token], s: QuotedSpan) -> bool:
    """True when a fragment is the name something goes by, which nobody in the story is
    quoted as saying: "a culture called "The HP Way"", "known online as "Guccifer"", "an
    event billed as "...", "what had been called the "Golden Week"" (but "he called it
    "absurd"" is his word, and "called "strategic ambiguity" by Joshua Hendrick" is his)."""
    close = s.close_at if s.close_at is not None else s.end
    if any(t.lower == "by" for t in toks if close < t.start < close + 5):
        return False
    k = sum(1 for t in toks if t.start < s.open_at) - 1
    links: set[str] = set()
    while k >= 0 and len(links) < 3 and toks[k].lower in _NAMING_LINKS:
        links.add(toks[k].lower)
        k -= 1
    if k < 1 or toks[k].lower not in _NAMING:
        return False
    if toks[k].lower in _NAMING_WITH_AS and "as" not in links:
        return False
    prev = toks[k - 1]
    if is_adverb(prev) or prev.lower == "so" or is_passive(toks, k, 0):
        return True  # "officially named", "so called", "what had been called"
    if prev.text == "," and toks[k].lower in _NAMING_WITH_AS:
        return True  # "Lazar, 44, known online as" (but "Cruz, who ..., named" his shows)
    # "a culture called", "a website called": a noun before it, not a subject doing it
    return prev.text.isalpha() and prev.text.islower() and prev.lower not in _SUBJECTS
