"""Reported speech: "X said (that) ...", "..., X said.", "according to X, ...", "X told
the conference that ...", with the reported clause as the span."""

from __future__ import annotations

import re

from checker.analysis.frames import (
    LEADING_CLAUSE,
    Found,
    clause_end,
    cue_positions,
    heads_a_clause,
    is_passive,
    names_a_thing,
    sentence_subject,
    skip_aux_back,
    trim,
)
from checker.analysis.lexicon.figures import WEEKDAYS
from checker.analysis.lexicon.speech import (
    ADVERBIAL_STARTERS,
    CUE_VERBS,
    GENERIC_SOURCE_NOUNS,
    HEARER_VERBS,
    INTENT_VERBS,
    ORG_WORDS,
    SPEECH_VERBS,
    STANCE_VERBS,
    TITLE_WORDS,
    WEAK_CUES,
)
from checker.analysis.people import (
    Phrase,
    Token,
    Tokens,
    phrase_after,
    phrase_before,
    surface,
)
from checker.analysis.quotemarks import QuotedSpan
from checker.analysis.text import Block


def reported_statements(
    text: str,
    doc: Tokens,
    sent: Block,
    toks: list[Token],
    spans: list[QuotedSpan],
    pi: int,
    used_cues: set[int],
) -> list[Found]:
    """The reported statements of one sentence, one per cue word not already used."""
    out: list[Found] = []
    positions = cue_positions(toks)
    if toks and toks[0].text == "Asked":
        positions.insert(0, 0)  # "Asked about Cruz's charges, Rubio said ..."
    for k in positions:
        if k in used_cues:
            continue
        tok = toks[k]
        found = _according_to(doc, sent, toks, k) if tok.lower == "according" else None
        if found is None and tok.lower == "asked" and (k == 0 or toks[k - 1].lower in _ASKED_AFTER):
            found = _asked_question(doc, sent, toks, k)
        if found is None and tok.lower != "according":
            found = _verb_frame(doc, sent, toks, k)
        if found is None:
            continue
        start, end = trim(text, found.start, found.end)
        if end - start < 8:
            continue
        found.start, found.end, found.para = start, end, pi
        inner = [s for s in spans if start <= s.open_at < end]
        found.kind = "mixed" if inner else "indirect"
        out.append(found)
        used_cues.add(k)
    return out


# "When asked ...", "was asked ...": a question put to someone, not a statement of theirs.
_ASKED_AFTER = frozenset("when was were is are being been after once , if".split())
_QUESTION_OPENERS = frozenset("whether if about what why how who which when where".split())


def _asked_question(doc: Tokens, sent: Block, toks: list[Token], k: int) -> Found | None:
    """The question in "When asked whether D.C. should have a vote, he said ...", "Asked
    about Cruz's charges, Rubio said ...", "Sanders was asked by host John Dickerson whether
    ...": the words of whoever asked (the agent after "by"), or of nobody named."""
    j, source = k + 1, None
    if j < len(toks) and toks[j].lower == "by":
        source = phrase_after(doc, toks[j].end, sent.end)
        if source is None or source.kind not in ("name", "nominal", "org"):
            return None
        j = next((n for n in range(j, len(toks)) if toks[n].start >= source.end), len(toks))
    if j + 1 < len(toks) and toks[j].lower in ("in", "on", "last") and toks[j + 1].text.istitle():
        j += 2  # "when asked in May if he would endorse Trump"
    if j >= len(toks) or toks[j].lower not in _QUESTION_OPENERS:
        return None
    comma = doc.masked.find(",", toks[j].start, sent.end)
    end = comma if comma > 0 else sent.end
    cue = (toks[k].start, toks[k].end)
    return Found(toks[j].start, end, "indirect", cue=cue, source=source, confidence=0.4)


# "In the latest Washington Post-ABC News poll, Clinton led Trump 47 percent to 39 percent."
_NO_COMMA = r"(?:[^,;:]|(?<=\d),(?=\d))"  # "based on 1,500 interviews" keeps its comma
_POLL_LEAD = re.compile(
    r"In ((?:an?|the|[A-Z][\w.’'-]*)\b(?:(?! as | when | after | before )[^,.;:]){0,90}?"
    r"\b(?:[Pp]oll|[Ss]urvey|[Ss]tudy)s?\b" + _NO_COMMA + r"{0,80}),"
    r"(?:\s*(?:conducted|released|taken|published|carried out)\b" + _NO_COMMA + r"{0,60},)?\s*"
)


def may_open_with_a_poll(masked: str, start: int, end: int) -> bool:
    """Whether ``masked[start:end]`` (a paragraph) may hold a sentence that
    :func:`poll_finding` reads: two ``str.find`` calls for the words its pattern needs."""
    return masked.find("In ", start, end) >= 0 and any(
        masked.find(word, start, end) >= 0 for word in ("oll", "urvey", "tudy")
    )


def poll_finding(doc: Tokens, sent: Block) -> Found | None:
    """A finding put in a poll's mouth by a lead-in: "In an ABC News poll released Sunday,
    three of four Americans disapproved ...". The poll is the source; what follows the
    comma is the content. Only a sentence that opens with "In" and names a poll, survey or
    study before its first comma."""
    m = _POLL_LEAD.match(doc.masked, sent.start, sent.end)
    if m is None:
        return None
    end = sent.end
    while end > m.end() and doc.masked[end - 1] in " .":
        end -= 1
    if len(doc.masked[m.end() : end].split(maxsplit=3)) < 3:
        return None
    source = Phrase(m.start(1), m.end(1), "nominal", " ".join(m.group(1).split()))
    cue = (m.start(), m.start() + 2)
    return Found(m.end(), end, "indirect", cue=cue, source=source, confidence=0.5)


def _according_to(doc: Tokens, sent: Block, toks: list[Token], k: int) -> Found | None:
    if k + 1 >= len(toks) or toks[k + 1].lower != "to":
        return None
    cue = (toks[k].start, toks[k + 1].end)
    before = doc.masked[sent.start : toks[k].start].strip()
    initial = not before or before in ("(",)
    # The source runs to the comma (According to X, ...) or to the end (..., according to X).
    stop = doc.masked.find(",", toks[k + 1].end, sent.end) if initial else -1
    stop = stop if stop > 0 else clause_end(doc, toks[k + 1].end, sent.end)
    phrase = phrase_after(doc, toks[k + 1].end, stop) or _whole_phrase(doc, toks[k + 1].end, stop)
    if phrase is None:
        return None
    if phrase.kind == "nominal" and phrase.head.split()[-1].lower() in _DOCUMENTS:
        phrase = _sender(doc, phrase.end, stop) or phrase
    if initial:
        # According to X, CONTENT.
        comma = doc.masked.find(",", phrase.end, sent.end)
        if comma < 0:
            return None
        return Found(comma + 1, sent.end, "indirect", cue=cue, source=phrase, confidence=0.6)
    # CONTENT, according to X.
    end = toks[k].start
    return Found(sent.start, end, "indirect", cue=cue, source=phrase, confidence=0.6)


_FROM = re.compile(r"\s+(?:from|by)\s+")


def _sender(doc: Tokens, end: int, stop: int) -> Phrase | None:
    """Who a document is from: "according to a statement from the Bundesbank"."""
    m = _FROM.match(doc.masked, end, stop)
    if m is None:
        return None
    sender = phrase_after(doc, m.end(), stop)
    return sender if sender is not None and sender.kind in ("name", "org", "nominal") else None


def _whole_phrase(doc: Tokens, start: int, stop: int) -> Phrase | None:
    """Everything from ``start`` to ``stop`` as one source ("early results of the exit poll")."""
    words = doc.between(start, stop)
    while words and not _wordlike_token(words[-1]):
        words = words[:-1]
    if not words or len(words) > 20:
        return None
    return Phrase(words[0].start, words[-1].end, "nominal", surface(words))


def _wordlike_token(tok: Token) -> bool:
    return any(c.isalnum() for c in tok.text)


def _subject_frame(
    doc: Tokens, sent: Block, toks: list[Token], k: int, base: str, subject: Phrase | None
) -> Found | None:
    """The rest of the sentence after cue ``k`` as ``subject``'s words, if it is a name,
    pronoun or organisation and at least three words follow."""
    if subject is None or not (
        subject.kind in ("name", "pronoun", "org") or _plural_source(subject) or _body(subject)
    ):
        return None
    rest_start = _content_start(doc, toks, k, base, sent.end)
    if len(doc.masked[rest_start : sent.end].split(maxsplit=3)) < 3:
        return None
    cue = (toks[k].start, toks[k].end)
    return Found(rest_start, sent.end, "indirect", cue=cue, source=subject, confidence=0.5)


# Words of degree before an adjective: "the most serious charge" makes "charge" a noun.
_DEGREE_WORDS = frozenset("most least more less".split())
# Cue words that are also plural nouns ("TV shows, including ...", "news reports, such as
# ..."), unlike "say" ("experts say, including ...").
_NOUN_CUES = frozenset("shows reports claims notes comments remarks statements".split())


def _verb_frame(doc: Tokens, sent: Block, toks: list[Token], k: int) -> Found | None:
    tok = toks[k]
    base = CUE_VERBS[tok.lower]
    stance = tok.lower in STANCE_VERBS
    if stance and not _stance_frame(toks, k):
        return None
    floor = 0
    while floor < len(toks) and toks[floor].start < sent.start:
        floor += 1
    if is_passive(toks, k, floor):
        return None  # "was called", "will be asked": the subject is named or asked, not speaking
    subj_end = skip_aux_back(toks, k, floor)
    before_text = doc.masked[sent.start : subj_end]
    phrase = phrase_before(doc, subj_end, sent.start)
    if tok.lower.endswith("ing") and k > 0 and toks[k - 1].text == "," and phrase is not None:
        if phrase.kind != "pronoun":
            phrase = None  # "Trump went after Bush, calling him ...": not "Bush, calling"
    if (
        phrase is not None
        and phrase.end == toks[k - 1].end
        and toks[k - 1].lower.endswith(("’s", "'s"))
        and k + 1 < len(toks)
        and toks[k + 1].text in (",", ".", ";", ":")
    ):
        # "Asked about Cruz's charges, Rubio said ...", "Editor's note: ...": a noun ends
        # the phrase
        return None
    if names_a_thing(toks, k, phrase):
        return None  # "a website called ...", "the so called ...": named, not speaking
    if (
        tok.lower in _NOUN_CUES
        and k + 2 < len(toks)
        and toks[k + 1].text == ","
        and toks[k + 2].lower in ("including", "such")
    ):
        return None  # "beyond TV shows, including films like ...": a noun and its examples
    if (
        k >= 3
        and toks[k - 3].lower in ("the", "a", "an")
        and toks[k - 2].lower in _DEGREE_WORDS
        and toks[k - 1].text.islower()
        and not toks[k - 1].lower.endswith(("ers", "ors", "ists", "ans", "ents"))  # "voters"
    ):
        return None  # "on the most serious charge": a noun after a superlative
    if (
        phrase is not None
        and doc.masked[phrase.start : phrase.start + 3].lower() == "who"
        and k + 1 < len(toks)
        and toks[k + 1].text == ","
    ):
        return None  # "Kerrigan, who did not testify, showed ...": the clause ends there
    if tok.lower in _ING_NOUNS and phrase is not None and phrase.end == toks[k - 1].end:
        return None  # "the second committee hearing he was called to": a noun, not a verb
    cue = (tok.start, tok.end)
    if (
        phrase is None
        and k > 0
        and toks[k - 1].lower in ("and", "but")
        and not tok.lower.endswith("ing")
    ):
        # "He is comparing them and says Obama is flouting ...": the sentence's subject.
        found = _subject_frame(
            doc, sent, toks, k, base, sentence_subject(doc, toks, toks[k - 1].start)
        )
        if found is not None:
            return found
    if (
        phrase is None
        and tok.lower.endswith("ing")
        and k > 0
        and (toks[k - 1].text == "," or toks[k - 1].lower in ("by", "while", "after", "when"))
    ):
        # "Trump defended his tweets, saying it shows ...", "Bolton distanced himself by
        # saying he would ...": the subject of the sentence; but "..., Manafort said,
        # adding that ...": the source of the verb of saying before it.
        subject = earlier_source(doc, toks, k, floor) if toks[k - 1].text == "," else None
        if subject is None or subject.kind == "nominal":
            subject = sentence_subject(doc, toks, toks[k - 1].start) or subject
        found = _subject_frame(doc, sent, toks, k, base, subject)
        if found is not None:
            return found
    if phrase is None and tok.lower.endswith("ing"):
        return None  # "..., repeating a common line": what follows is the object, not a source
    if phrase is not None and tok.lower in WEAK_CUES and not _firm_source(phrase):
        return None  # "the other states voting", "a talking point", "a conference call"
    if phrase is not None and phrase.kind == "nominal":
        phrase = issuer(doc, toks, phrase) or phrase
    if (
        phrase is not None
        and tok.lower.endswith(("ing", "ed"))
        and toks[floor].start < phrase.start
        and toks[floor].lower in LEADING_CLAUSE
        and doc.masked[toks[floor].end : phrase.start].strip() == ""
    ):
        # "In a statement announcing the pick, the union called ...": a participle in a
        # lead-in says only what runs to the lead-in's comma; the main clause is its own.
        rest_start = _content_start(doc, toks, k, base, sent.end)
        comma = doc.masked.find(",", rest_start, sent.end)
        if comma < 0 or not doc.masked[rest_start:comma].strip():
            return None
        return Found(rest_start, comma, "indirect", cue=cue, source=phrase, confidence=0.5)
    if phrase is not None and phrase.end <= subj_end:
        # SOURCE CUE (hearer) (that) CONTENT  or  CONTENT, SOURCE CUE.
        pre = doc.masked[sent.start : _title_start(toks, phrase.start)].rstrip()
        if pre[-4:].lower() == " the":
            pre = pre[:-4]  # "..., the | Federal Statistical Office said"
        rest_start = _content_start(doc, toks, k, base, sent.end)
        rest = doc.masked[rest_start : sent.end].strip(" .")
        participle = (
            k + 2 < len(toks) and toks[k + 1].text == "," and toks[k + 2].lower.endswith("ing")
        )
        if (
            not stance
            and _ends_clause(pre)
            and len(pre) > 20
            and (_only_adverbial(rest) or participle or _setting_then_participle(rest))
        ):
            # "..., the minister said on Friday.", "..., Manafort said, adding that ..."
            return Found(
                sent.start,
                sent.start + len(pre) - 1,
                "indirect",
                cue=cue,
                source=phrase,
                confidence=0.6,
            )
        words = len(rest.split(maxsplit=3))  # exact up to three
        if words >= 3 or words == 2 and "x" * 4 in rest:
            if tok.lower in WEAK_CUES and not _followed_by_that(doc, rest_start):
                if phrase.kind == "pronoun" or tok.lower in ("read", "reads", "post", "posts"):
                    return None
            end = sent.end
            if stance:
                # an object or an intention ends at its comma: "Pike, who endorsed Diaz last
                # week, spoke ..."
                comma = doc.masked.find(",", rest_start, sent.end)
                end = comma if comma > rest_start else end
            return Found(rest_start, end, "indirect", cue=cue, source=phrase, confidence=0.55)
        return None
    # CONTENT, CUE SOURCE.  ("..., said Liong.")
    if base in SPEECH_VERBS.values() and tok.lower not in WEAK_CUES:
        lead = before_text.rstrip()
        if _ends_clause(lead) and len(lead) > 20:
            phrase = phrase_after(doc, tok.end, sent.end)
            if phrase is not None and not heads_a_clause(doc, phrase, sent.end):
                tail = doc.masked[phrase.end : sent.end].strip(" .")
                if phrase.kind == "pronoun" and not _only_adverbial(tail):
                    return None  # "..., a doctor, said she was elated": she said, forwards
                if len(tail.split(maxsplit=13)) <= 12 or tail.startswith(","):
                    return Found(
                        sent.start,
                        sent.start + len(lead) - 1,
                        "indirect",
                        cue=cue,
                        source=phrase,
                        confidence=0.6,
                    )
    return None


_PARTICLES = frozenset("off away down up out into over".split())


def _stance_frame(toks: list[Token], k: int) -> bool:
    """Whether a verb of stance frames what follows it: an intention ("plans to visit"), or
    an object ("endorsed Trump"), not a phrasal verb ("backed off", "backed away")."""
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    if toks[k].lower in INTENT_VERBS:
        return nxt == "to"
    return nxt not in _PARTICLES and nxt not in ("by", ",", ".")


# Cue words in -ing that right after a noun are nouns themselves ("a Senate hearing").
_ING_NOUNS = frozenset("hearing reading posting".split())
_DOCUMENTS = frozenset(
    "statement statements release letter memo note message post tweet email e-mail video "
    "ad advertisement report piece sign headline op-ed column".split()
)
_ISSUING = frozenset(
    "issued issuing released releasing sent posted published put wrote signed filed "
    "distributed tweeted retweeted blasted ran aired hoisted carried".split()
)


def issuer(doc: Tokens, toks: list[Token], phrase: Phrase) -> Phrase | None:
    """``Black Lives Matter issued a statement saying ...``: whoever issued the document."""
    if phrase.head.split()[-1].lower() not in _DOCUMENTS:
        return None
    i = next((n for n, t in enumerate(toks) if t.start >= phrase.start), 0)
    j = i - 1
    if j >= 0 and toks[j].lower == "out":
        j -= 1  # "put out a statement"
    if j < 1 or toks[j].lower not in _ISSUING:
        return None
    return sentence_subject(doc, toks, toks[j].start)


def earlier_source(
    doc: Tokens, toks: list[Token], k: int, floor: int, *, strict: bool = False
) -> Phrase | None:
    """'"...," Trump said, repeating ...': the source of the speech verb earlier in the
    sentence, for the participle at ``k``.

    ``strict``: only a verb with a subject of its own before it, so that nouns in the form
    of a cue verb ("an unprompted call", "Trump's comments", "a Twitter comment") and
    other participles do not count.
    """
    for k2 in range(k - 2, floor - 1, -1):
        tok = toks[k2]
        if tok.lower in SPEECH_VERBS and tok.text[:1].islower():
            if strict and tok.lower.endswith("ing"):
                continue
            phrase = phrase_before(doc, skip_aux_back(toks, k2, floor), toks[floor].start)
            if strict:
                return phrase if _subject_of_a_verb(toks, phrase, floor) else None
            if phrase is None:
                phrase = phrase_after(doc, tok.end, toks[k - 1].start)
            return phrase
    return None


def _subject_of_a_verb(toks: list[Token], phrase: Phrase | None, floor: int) -> bool:
    """Whether ``phrase`` reads as the subject of the verb after it, not as a modifier of a
    noun ("a Twitter comment", "Trump's comments", "an unprompted call")."""
    if phrase is None or phrase.head.endswith(("’s", "'s")):
        return False
    if phrase.kind == "nominal":
        return phrase.head.split()[-1].lower() in GENERIC_SOURCE_NOUNS
    i = next((n for n, t in enumerate(toks) if t.start >= phrase.start), 0)
    return not (i > floor and toks[i - 1].lower in ("a", "an", "the"))


_HEARER_WORDS = frozenset("me us him her them you reporters journalists".split())


def _hearer_end(toks: list[Token], k: int) -> int:
    """The index after the hearer of cue ``k`` when no "that" or comma ends it: a pronoun
    or "reporters", or a run of capitalised words ("POLITICO", "The Washington Post")."""
    j = k + 1
    if j < len(toks) and toks[j].lower in _HEARER_WORDS:
        return j + 1
    if j < len(toks) and toks[j].lower == "the":
        j += 1
    start = j
    while j < len(toks) and toks[j].text[:1].isupper() and toks[j].lower not in _HEARER_WORDS:
        j += 1
    return j if j > start else k + 1


def _title_start(toks: list[Token], start: int) -> int:
    """Where capitalised words left out of a source phrase start ("..., UMWA Director
    Phil Smith told ...": "UMWA"), at most three of them; ``start`` when there are none."""
    i = next((n for n, t in enumerate(toks) if t.start >= start), len(toks))
    j = i
    while j > 0 and i - j < 3 and toks[j - 1].text[:1].isupper() and toks[j - 1].text.isalpha():
        j -= 1
    return toks[j].start if j < i and j > 0 and toks[j - 1].text == "," else start


def _plural_source(phrase: Phrase) -> bool:
    """A described group that can speak: "The departments", "Some candidates", "Many
    officials" (a plural head), or a generic source noun ("the ministry")."""
    head = phrase.head.split()[-1].lower()
    return phrase.kind == "nominal" and (
        head in GENERIC_SOURCE_NOUNS or head.endswith("s") and not head.endswith("ss")
    )


def _body(phrase: Phrase) -> bool:
    """A described organisation or office: "The central bank", "Australia's central bank"."""
    head = phrase.head.split()[-1].lower()
    return phrase.kind == "nominal" and (head in ORG_WORDS or head in TITLE_WORDS)


def _firm_source(phrase: Phrase) -> bool:
    """A source clear enough to make a noun-like cue word ("states", "calls") a verb."""
    return phrase.kind in ("name", "org", "pronoun") or _plural_source(phrase)


def _ends_clause(lead: str) -> bool:
    """True when ``lead`` ends with a comma, inside a closing quote mark or not."""
    return lead.rstrip("\"”’'»").endswith(",")


def _only_adverbial(rest: str) -> bool:
    """True when what follows a cue is nothing or just a time or setting ("on Friday")."""
    words = rest.split()
    if not words:
        return True
    return len(words) <= 8 and words[0].lower().strip(",") in ADVERBIAL_STARTERS


def _setting_then_participle(rest: str) -> bool:
    """ "on Wednesday, raising fears ...": a time or setting, then a participle clause that
    goes with the statement before the cue."""
    setting, comma, after = rest.partition(",")
    first = after.split(maxsplit=1)[:1]
    return (
        bool(comma)
        and _only_adverbial(setting)
        and len(setting.split()) <= 5
        and bool(first)
        and first[0].endswith("ing")
    )


def _followed_by_that(doc: Tokens, pos: int) -> bool:
    return doc.masked[pos : pos + 5].lower().startswith("that ")


def _content_start(doc: Tokens, toks: list[Token], k: int, base: str, hi: int) -> int:
    """Where the reported clause starts after a cue: past a hearer and a time phrase."""
    j = k + 1
    if base in HEARER_VERBS:
        # told reporters / told the conference / told CNN's "State of the Union"
        while j < len(toks) and toks[j].start < hi and toks[j].lower not in ("that", ",", ":"):
            if j - k > 8:
                break
            j += 1
        if j - k > 8 or j >= len(toks) or toks[j].start >= hi:
            j = _hearer_end(toks, k)  # no "that": "told POLITICO she was leaning ..."
    while j < len(toks) and toks[j].text in (",", ":"):
        j += 1
    if j < len(toks) and toks[j].lower in _ADJUNCT_OPENERS:
        j = _past_adjunct(toks, j, hi)
    if j >= len(toks):
        return hi
    return toks[j].start


_TIME_NOUNS = frozenset("week weekend month year morning afternoon evening night".split())
_WEEKDAY_WORDS = frozenset(w.lower() for w in WEEKDAYS)
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
_LONE_ADVERBS = frozenset("yesterday today tonight recently again previously repeatedly".split())
# Words that open a time or setting between a cue and its clause (not "to", "as", "with":
# "vowed to work ...", "said as much")
_ADJUNCT_OPENERS = (
    frozenset("on in at during after before last this earlier later".split())
    | _WEEKDAY_WORDS
    | _LONE_ADVERBS
)


def _past_adjunct(toks: list[Token], j: int, hi: int) -> int:
    """The index of the reported clause's first word when a time or setting comes between
    the cue and it: "said in a statement that ...", "said Tuesday his ...", "said last week
    the ..."; ``j`` (the adjunct's first word) when none can be told apart."""
    if toks[j].lower == "at" and j + 1 < len(toks) and toks[j + 1].lower in ("least", "most"):
        return j  # "said at least 20 people died": a figure, not a setting
    for n in range(j + 1, min(len(toks), j + 16)):
        t = toks[n]
        if t.start >= hi or t.text in '.,;:"“”':  # (", adding that ...": a clause of its own)
            break
        if t.lower == "that":
            return n
    n = j + 1 if toks[j].lower == "on" else j
    if n < len(toks) and toks[n].lower in _WEEKDAY_WORDS:
        n += 1
        if n < len(toks) and toks[n].lower in _PARTS_OF_DAY:
            n += 1
    elif toks[j].lower in ("last", "this", "earlier", "later") and (
        j + 1 < len(toks) and toks[j + 1].lower in _TIME_NOUNS
    ):
        n = j + 2
    elif toks[j].lower in _LONE_ADVERBS:
        n = j + 1
    else:
        return j
    return n if n < len(toks) and toks[n].start < hi and toks[n].text[:1].isalpha() else j
