"""Find quoted and reported statements, their cues and the phrase that names their source.

The pass works sentence by sentence over a *masked* copy of the article in which every
quoted span is blanked out (same length, same offsets), so cue verbs and names inside a
quote are never mistaken for the writer's own attribution.
"""

from __future__ import annotations

import re

from checker.analysis.frames import (
    NAMING_VERBS,
    WEEKDAYS,
    Found,
    clause_end,
    cue_positions,
    is_adverb,
    is_cue,
    is_passive,
    looks_like_verb,
    names_a_thing,
    sentence_subject,
    skip_aux_back,
    trim,
    within,
)
from checker.analysis.lexicon.common import trie_pattern
from checker.analysis.lexicon.quoting import NICKNAME_CUES, TITLE_CUES
from checker.analysis.lexicon.speech import (
    AUX_AND_ADVERBS,
    CUE_VERBS,
    HEARER_VERBS,
    NOT_NAMES,
    SPEECH_VERBS,
)
from checker.analysis.people import (
    Phrase,
    Token,
    Tokens,
    is_capitalised,
    party_tags,
    phrase_after,
    phrase_before,
    pronoun_phrase,
    surface,
)
from checker.analysis.quotemarks import QuotedSpan, pair_quote_marks
from checker.analysis.reported import reported_statements
from checker.analysis.text import Block, paragraphs, sentences

_WORD = re.compile(r"[\w’'-]+")
# Any lowercase cue word: a paragraph or sentence without one (and without quotes) holds
# no statement, so it is never tokenized.
_CUE_WORD = re.compile(
    r"\b(?:" + trie_pattern(set(CUE_VERBS) | {"according", "According"}) + r")\b"
)


def mask_quotes(text: str, spans: list[QuotedSpan]) -> str:
    """``text`` with each quoted span's content replaced by ``x`` (a final . ! ? or , kept)."""
    chars = list(text)
    for s in spans:
        chars[s.start : s.end] = "x" * (s.end - s.start)  # slice assignment: one C call
        if text[s.end - 1] in ".!?," and s.end - 1 > s.start:
            chars[s.end - 1] = text[s.end - 1]
    # Party tags "(D-Mo.)" sit between a name and its cue or apposition: blank them too.
    for start, end in party_tags(text):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def find_statements(text: str) -> tuple[list[Found], Tokens]:
    """Every quote and reported statement in ``text``, in order, with local source phrases.

    Also returns the tokens of the masked text (quoted content blanked out) that later
    stages scan.
    """
    paras = paragraphs(text)
    spans = pair_quote_marks(text, paras)
    masked = mask_quotes(text, spans)
    sents = [sentences(masked, p.start, p.end) for p in paras]
    # Tokens are made a sentence at a time, and only for sentences that are looked at.
    doc = Tokens(masked, [(s.start, s.end) for para_sents in sents for s in para_sents])
    out: list[Found] = []
    si = 0
    intro: tuple[tuple[int, int] | None, Phrase] | None = None
    # a paragraph with no statement whose subject may introduce the next one's bare quote;
    # read only when that quote comes (most such paragraphs are followed by none)
    about: Block | None = None
    for pi, para in enumerate(paras):
        para_spans: list[QuotedSpan] = []
        while si < len(spans) and spans[si].start < para.end:
            if spans[si].start >= para.start:
                para_spans.append(spans[si])
            si += 1
        found = _paragraph_statements(text, doc, para, pi, para_spans, sents[pi])
        if pi == 0 and not any(f.kind in ("indirect", "mixed") for f in found):
            found = sorted(
                found + _headline_statement(text, doc, para, para_spans), key=lambda f: f.start
            )
        if (
            (intro is not None or about is not None)
            and found
            and found[0].source is None
            and found[0].kind == "direct"
        ):
            first = found[0]
            if intro is None and about is not None:
                intro = _subject_intro(doc, about)
            if intro is not None and first.start - para.start <= 2:
                first.cue, first.source = intro
                first.inherits, first.confidence = False, 0.75 if intro[0] else 0.4
        if not found and out and out[-1].para == pi - 1 and out[-1].source is None:
            _byline_below(doc, para, out[-1])
        out.extend(found)
        intro = _colon_intro(doc, para)
        about = sents[pi][-1] if intro is None and not found and pi > 0 and sents[pi] else None
    return _join_long_quotes(out), doc


_HEADLINE_SOURCE = re.compile(
    r"((?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*)"
    r"(?::|\s+(?:Says|Said|Tells|Told|Warns|Claims|Admits|Insists|Denies|Predicts|Vows|Urges|"
    r"Argues|Suggests|Thinks|Believes|Wants|Hopes|Fears))\s+(?=\S)"
)


def _headline_statement(
    text: str, doc: Tokens, para: Block, spans: list[QuotedSpan]
) -> list[Found]:
    """A headline of the form ``Source: what they said`` ("Sanders: Clinton needs to ...")."""
    m = _HEADLINE_SOURCE.match(doc.masked, para.start, para.end)
    if m is None or m.group(1).split()[0].lower() in NOT_NAMES:
        return []
    if m.group(1).endswith(("’s", "'s")):
        return []  # "Editor’s note: ..." is the publisher's, not a source's
    words = doc.between(m.start(1), m.end(1))
    source = Phrase(m.start(1), m.end(1), "name", surface(words))
    start, end = trim(text, m.end(), para.end)
    if end - start < 8:
        return []
    inner = [q for q in spans if start <= q.open_at]
    kind = "mixed" if inner else "indirect"
    cue_end = len(doc.masked[: m.end()].rstrip())
    cue_start = m.end(1) if doc.masked[m.end(1)] == ":" else m.end(1) + 1
    return [Found(start, end, kind, cue=(cue_start, cue_end), source=source, confidence=0.5)]


def _byline_below(doc: Tokens, para: Block, quote: Found) -> None:
    """A quote whose next paragraph is only a dash and a name ("- Bernie Sanders.")."""
    if quote.kind != "direct" or para.text[:1] not in "-—―–" or len(para.text) > 120:
        return
    start = para.start + 1
    while start < para.end and doc.masked[start] in " \t\u00a0":
        start += 1
    phrase = phrase_after(doc, start, para.end)
    if phrase is not None and phrase.kind in ("name", "org"):
        quote.source, quote.cue = phrase, (para.start, para.start + 1)
        quote.inherits, quote.confidence = False, 0.8


def _subject_intro(doc: Tokens, last: Block) -> tuple[None, Phrase] | None:
    """A paragraph about someone, with no statement of its own, before a bare quote.

    "Viguerie is upbeat about Cruz's chances." then a paragraph that is only a quote: the
    quote is Viguerie's. The subject of the paragraph's last sentence (``last``), when it is
    a name or a pronoun, is the source (with low confidence: there is no cue).
    """
    toks = doc.between(last.start, last.end)
    subject = sentence_subject(doc, toks, last.end) if toks else None
    if subject is None or subject.kind not in ("name", "pronoun"):
        return None
    after = next((t for t in toks if t.start >= subject.end), None)
    if after is None or not (
        after.lower in AUX_AND_ADVERBS or after.lower in CUE_VERBS or looks_like_verb(after)
    ):
        return None  # "Stronger coordination among ...": not someone doing something
    return None, subject


def _colon_intro(doc: Tokens, para: Block) -> tuple[tuple[int, int], Phrase] | None:
    """``McCrummen reports:`` / ``In a 1963 speech, he declared:`` closing a paragraph."""
    if not doc.masked[para.start : para.end].rstrip().endswith(":"):
        return None
    last = sentences(doc.masked, para.start, para.end)[-1]
    toks = doc.between(last.start, last.end)
    for k in range(len(toks) - 1, -1, -1):
        if is_cue(toks, k) and toks[k].lower != "according":
            phrase = phrase_before(doc, skip_aux_back(toks, k, 0), last.start)
            if phrase is not None:
                return (toks[k].start, toks[k].end), phrase
            break
    if 3 <= len(toks) <= 12 and toks[-1].text == ":":
        first, verb = toks[0], toks[-2]
        if first.lower in SPEECH_VERBS and first.text[:1].isupper():
            # inverted: "Stated Stone:" / "Added the senator:"
            phrase = phrase_after(doc, first.end, toks[-1].start)
            if phrase is not None and phrase.end == verb.end:
                return (first.start, first.end), phrase
        elif looks_like_verb(verb) and verb.text.endswith("ed"):
            # any past-tense verb introducing the quote: "Jared Potts echoed:"
            phrase = phrase_before(doc, verb.start, last.start)
            if phrase is not None and phrase.kind in ("name", "pronoun"):
                return (verb.start, verb.end), phrase
    if toks and toks[-1].text == ":":
        # "..., Republican nominee Donald Trump issued the following statement:": the name
        # before the sentence's first verb
        verb = next(
            (
                t
                for n, t in enumerate(toks[1:], 1)
                if (looks_like_verb(t) or t.lower in _INTRO_VERBS) and is_capitalised(toks[n - 1])
            ),
            None,
        )
        if verb is not None:
            phrase = phrase_before(doc, verb.start, last.start)
            if phrase is not None and phrase.kind == "name" and len(phrase.head.split()) >= 2:
                return (verb.start, verb.end), phrase
        # "On July 6, 2015, Sanders made the following comment:": whoever the sentence is about
        subject = sentence_subject(doc, toks, toks[-1].start)
        if subject is not None and subject.kind in ("name", "pronoun"):
            verb = next((t for t in toks if t.start >= subject.end), None)
            if verb is not None and (looks_like_verb(verb) or verb.lower in _INTRO_VERBS):
                return (verb.start, verb.end), subject
    return None


# Words that cannot sit in an office before a name ("with Secretary Clinton:").
_LEAD_BREAKS = frozenset("with to from by for at in on about and or but".split())
# Irregular verbs that introduce a quote after a colon ("Sanders made the following comment:").
_INTRO_VERBS = frozenset("made gave had put went offered".split())


def _join_long_quotes(found: list[Found]) -> list[Found]:
    """Join the paragraphs of a quote that runs on into one statement.

    The speaker is usually named in the last paragraph ("..., she said."), so the joined
    quote takes the first source any of its paragraphs has.
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and f.carried
            and prev.runs_on
            and prev.kind == "direct"
            and f.para == prev.para + 1
            and f.start > prev.end
        ):
            prev.end = f.end
            prev.para = f.para
            prev.runs_on = f.runs_on
            if prev.source is None and f.source is not None:
                prev.source, prev.cue, prev.inherits = f.source, f.cue, False
                prev.confidence = f.confidence
            continue
        out.append(f)
    return out


def _paragraph_statements(
    text: str, doc: Tokens, para: Block, pi: int, spans: list[QuotedSpan], sents: list[Block]
) -> list[Found]:
    out: list[Found] = []
    if not spans and not _CUE_WORD.search(doc.masked, para.start, para.end):
        return out  # nothing quoted, no cue word: skip the tokenizing
    claimed: set[int] = set()  # offsets of cue words a quote in an earlier sentence took
    for si, sent in enumerate(sents):
        inside = [s for s in spans if sent.start <= s.start < sent.end]
        if not inside and not _CUE_WORD.search(doc.masked, sent.start, sent.end):
            continue
        toks = doc.between(sent.start, sent.end)
        nxt = sents[si + 1] if si + 1 < len(sents) else None
        prev = sents[si - 1] if si > 0 else None
        used_cues = {k for k, t in enumerate(toks) if t.start in claimed}
        quotes = _quoted_statements(text, doc, sent, toks, inside, pi, used_cues, nxt, prev)
        claimed.update(q.cue[0] for q in quotes if q.cue and q.cue[0] >= sent.end)
        reported = _split_chained(
            text, inside, reported_statements(text, doc, sent, toks, inside, pi, used_cues)
        )
        reported = [r for r in reported if not any(within(r, o) for o in reported if o is not r)]
        for q in quotes:
            if q.kind == "partial":
                _attach_partial(doc, toks, q, inside, reported, used_cues)
        out.extend(sorted(quotes + reported, key=lambda f: f.start))
    return out


def _split_chained(text: str, spans: list[QuotedSpan], reported: list[Found]) -> list[Found]:
    """End a reported clause where the next statement's source begins.

    "She admitted the decision was a mistake and said she did not believe ..." holds two
    statements; without this the first would swallow the second.
    """
    reported = sorted(reported, key=lambda f: f.start)
    for a, b in zip(reported, reported[1:], strict=False):
        if b.source is None or b.cue is None:
            continue
        cue_word = text[b.cue[0] : b.cue[1]].lower()
        if cue_word not in SPEECH_VERBS:
            continue  # "she did not believe ...": a belief inside the content stays inside
        if b.source.start < a.start:
            # the same subject, a second verb: "... and said ..."
            cut = b.cue[0]
            joint = text[max(a.start, cut - 5) : cut].lower()
            if not joint.endswith((" and ", " but ")):
                continue
        else:
            # a second clause: "..., and he said ..." / "...; aides said ..."
            cut = b.source.start
            joint = text[max(a.start, cut - 6) : cut].lower()
            ends = (", and", ", but", ";", ",")
            if b.source.kind == "pronoun":
                ends += (" and", " but")  # "... and he said ..."
            if not joint.rstrip().endswith(ends):
                continue
        if a.start < cut < a.end and b.start > cut:
            start, end = trim(text, a.start, cut)
            for word in (" and", " but", ", and", ", but"):
                if text[start:end].endswith(word):
                    end = trim(text, start, end - len(word))[1]
            if end - start >= 8:
                a.end = end
                inner = [s for s in spans if start <= s.open_at < end]
                a.kind = "mixed" if inner else "indirect"
    return reported


def _attach_partial(
    doc: Tokens,
    toks: list[Token],
    q: Found,
    spans: list[QuotedSpan],
    reported: list[Found],
    used_cues: set[int],
) -> None:
    """A quoted fragment takes the source of the reported clause around it, else its own cue."""
    for r in reported:
        if r.start <= q.start and q.end <= r.end + 1:
            q.source, q.cue, q.confidence = r.source, r.cue, r.confidence
            return
    span = next((s for s in spans if s.start == q.start), None)
    if span is None:
        return
    lo, hi = q.parts
    frame = (
        _cue_after(doc, toks, span, hi)
        or _cue_before(doc, toks, span, lo)
        or _fragment_owner(doc, toks, span, lo, hi)
    )
    if frame is not None:
        cue_i, phrase = frame
        used_cues.add(cue_i)
        q.cue = (toks[cue_i].start, toks[cue_i].end)
        q.source, q.confidence = phrase, 0.75
        return
    # No cue: the words are the sentence subject's ("Trump likened them to a "snake"").
    subject = sentence_subject(doc, toks, span.open_at) or _nearest_actor(doc, toks, span.open_at)
    if subject is not None:
        q.source, q.confidence = subject, 0.5
    else:
        q.inherits = True  # the words of whoever was speaking just before


_TIME_NOUNS = frozenset("years months weeks days hours minutes decades times".split())


def _nearest_actor(doc: Tokens, toks: list[Token], before: int) -> Phrase | None:
    """The nearest name or pronoun doing something before a fragment ("..., Bush referred to
    Rubio as "a bright leader"") when the sentence's opening subject is not clear."""
    ks = [k for k, t in enumerate(toks) if t.start < before]
    for k in reversed(ks[1:]):
        t = toks[k]
        if not (looks_like_verb(t) or t.lower in AUX_AND_ADVERBS or t.lower in _INTRO_VERBS):
            continue
        if t.lower in _TIME_NOUNS:
            continue  # "Twenty-two years ago": a time, not somebody doing something
        if not is_capitalised(toks[k - 1]) and toks[k - 1].lower not in ("he", "she", "they"):
            continue
        phrase = phrase_before(doc, skip_aux_back(toks, k, 0), toks[0].start)
        if phrase is not None and phrase.kind in ("name", "pronoun", "org"):
            return phrase
    return None


def _fragment_owner(
    doc: Tokens, toks: list[Token], s: QuotedSpan, lo: int, hi: int
) -> tuple[int, Phrase] | None:
    """Whose words a fragment is without a speech verb of its own.

    ``As Vulture put it, "..."`` (the name after "As" before "put"), and ``called "strategic
    ambiguity" by Joshua Hendrick`` (the agent of a passive). (An owner right before the
    quote, ``Obama's "..." promise``, was tried: "NBC's "Meet the Press"" is not NBC's words.)
    """
    before = [k for k, t in enumerate(toks) if lo <= t.start < s.open_at]
    close = s.close_at if s.close_at is not None else s.end
    after = [k for k, t in enumerate(toks) if close < t.start < hi]
    if len(before) >= 3 and toks[before[-1]].text == ",":
        a = next((k for k in before if toks[k].lower == "as"), None)
        put = before[-2]
        if a is not None and toks[put].lower == "it" and toks[put - 1].lower == "put":
            phrase = phrase_after(doc, toks[a].end, toks[put - 1].start)
            if phrase is not None and phrase.kind in ("name", "org", "nominal"):
                return put - 1, phrase
    k = next((n for n in after[:3] if toks[n].lower == "as"), None)
    if k is not None and k + 2 < len(toks) and toks[k + 2].lower == "by" and is_cue(toks, k + 1):
        # '"extreme careless" - as described by FBI Director James Comey'
        phrase = phrase_after(doc, toks[k + 2].end, hi)
        if phrase is not None and phrase.kind in ("name", "org"):
            return k + 1, phrase
    if after and toks[after[0]].lower == "by" and len(before) >= 1:
        k = before[-1]
        if toks[k].lower in ("as",) and k >= 1:
            k -= 1  # "described as"
        if is_cue(toks, k) and toks[k].lower.endswith("ed") and is_passive(toks, k, before[0]):
            phrase = phrase_after(doc, toks[after[0]].end, hi)
            if phrase is not None and phrase.kind in ("name", "org"):
                return k, phrase
    return None


# --- quoted statements -------------------------------------------------------------


def _quoted_statements(
    text: str,
    doc: Tokens,
    sent: Block,
    toks: list[Token],
    spans: list[QuotedSpan],
    pi: int,
    used_cues: set[int],
    nxt: Block | None = None,
    prev: Block | None = None,
) -> list[Found]:
    out: list[Found] = []
    has_cue: bool | None = None  # found when a short fragment asks
    for idx, s in enumerate(spans):
        if _is_title_or_name(text, doc, s, sent):
            continue
        words = len(_WORD.findall(text[s.start : s.end]))
        kind = "direct" if _stands_alone(doc, s, sent, spans, idx) else "partial"
        if kind == "partial" and words <= 2:
            if has_cue is None:
                has_cue = bool(cue_positions(toks))
            if not has_cue:
                continue  # a scare quote
        found = Found(
            s.start, s.end, kind, para=pi, confidence=0.6, runs_on=s.continues, carried=s.continued
        )
        after_hi = spans[idx + 1].open_at if idx + 1 < len(spans) else sent.end
        before_lo = (
            spans[idx - 1].close_at + 1
            if idx > 0 and spans[idx - 1].close_at is not None
            else sent.start
        )
        found.parts = [before_lo, after_hi]
        if kind == "partial":
            out.append(found)  # its frame is the reported clause around it, found later
            continue
        frame = _cue_after(doc, toks, s, after_hi) or _cue_before(doc, toks, s, before_lo)
        if frame is not None:
            cue_i, phrase = frame
            used_cues.add(cue_i)
            found.cue = (toks[cue_i].start, toks[cue_i].end)
            found.source = phrase
            found.confidence = 0.9 if phrase.kind != "nominal" else 0.8
        elif nxt is not None and after_hi == sent.end and (cross := _cue_in_next(doc, s, nxt)):
            # '"... better." Priebus said.': the attribution became a sentence of its own.
            found.cue, found.source = cross
            found.confidence = 0.8
        elif (
            prev is not None
            and idx == 0
            and before_lo == sent.start
            and (lead := _cue_in_prev(doc, s, sent, prev)) is not None
        ):
            # 'Dianne Bystrom agreed. "Mainstream Republicans are ..."'
            found.cue, found.source = lead
            found.confidence = 0.7
        elif kind == "direct":
            found.inherits = True
        out.append(found)
    # "A," she said, "B." : B takes A's cue and speaker.
    for a, b in zip(out, out[1:], strict=False):
        if b.source is None and a.source is not None and b.kind == "direct":
            b.source, b.cue, b.inherits, b.confidence = a.source, a.cue, False, a.confidence
    return out


def _is_title_or_name(text: str, doc: Tokens, s: QuotedSpan, sent: Block) -> bool:
    """Titles of works, nicknames and attribute values are not quotes."""
    before = doc.masked[max(sent.start, s.open_at - 40) : s.open_at].rstrip().lower()
    content = text[s.start : s.end]
    if before.endswith("="):
        return True  # markup: author="..."
    words = content.split()
    if not words:
        return True
    if len(words) <= 6 and TITLE_CUES.search(before):
        return True
    if len(words) <= 4 and NICKNAME_CUES.search(before):
        return True
    # Between a given name and a surname: Robert C. "Bobby" Scott.
    prev_tok = before.split()[-1:] if before else []
    after = doc.masked[(s.close_at or s.end) + 1 : (s.close_at or s.end) + 30]
    if (
        len(words) <= 3
        and prev_tok
        and doc.masked[s.open_at - 2 : s.open_at - 1].isalpha()
        and text[s.open_at - 1] == " "
        and prev_tok[0][:1].isalpha()
        and text[max(sent.start, s.open_at - 40) : s.open_at].split()[-1][:1].isupper()
        and re.match(r"\s+[A-Z][a-z]", after)
    ):
        return True
    # A programme or book title: short, Title Case, after a possessive or "on"
    # (CNN's "State of the Union").
    caps = sum(1 for w in words if w[:1].isupper())
    if len(words) <= 6 and caps == len(words) and re.search(r"(?:’s|'s|\bon|\bof)$", before):
        return True
    return False


def _stands_alone(
    doc: Tokens, s: QuotedSpan, sent: Block, spans: list[QuotedSpan], idx: int
) -> bool:
    """A quote is whole when nothing but a cue frame or another quote surrounds it."""
    lead = doc.masked[sent.start : s.open_at].strip()
    if not lead or lead.endswith((":", "—", "–")) or s.continued:
        return True
    if lead.endswith(",") and _ends_with_cue(lead[:-1]):
        return True
    if idx > 0 and spans[idx - 1].close_at is not None:
        between = doc.masked[spans[idx - 1].close_at + 1 : s.open_at].strip()
        if between.endswith(",") or between.endswith(".") or between.endswith(":"):
            return True
    return False


def _ends_with_cue(lead: str) -> bool:
    words = lead.split()
    return any(w.lower().strip(",.:") in SPEECH_VERBS for w in words[-6:])


def _cue_after(doc: Tokens, toks: list[Token], s: QuotedSpan, hi: int) -> tuple[int, Phrase] | None:
    """``"...," said X`` / ``"...," X said`` / ``"...," X, TITLE, said``."""
    close = s.close_at if s.close_at is not None else s.end
    seg = [k for k, t in enumerate(toks) if close < t.start < hi]
    if not seg:
        return None
    k0 = seg[0]
    if toks[k0].text in ("―", "—", "–", "-") and k0 + 1 < len(toks):
        # A byline-style attribution: "..." ― Sonya Herridge
        phrase = phrase_after(doc, toks[k0].end, hi)
        if phrase is not None and phrase.kind in ("name", "org"):
            return k0, phrase
        return None
    if toks[k0].text == ",":
        k0 += 1
    if k0 >= len(toks) or toks[k0].start >= hi:
        return None
    if "\n" in doc.masked[close : toks[k0].start]:
        return None  # a new line after the quote starts something else ("Editor’s note: ...")
    first = toks[k0]
    if first.lower == "it":
        # '"...," it added', '"...," it further wrote': the report, paper or body quoted
        # just before
        k = k0 + 1
        if k < len(toks) and (is_adverb(toks[k]) or toks[k].lower in ("also", "further")):
            k += 1
        if k < len(toks) and toks[k].lower in SPEECH_VERBS and toks[k].start < hi:
            return k, pronoun_phrase(first)
    if first.lower in SPEECH_VERBS and first.text[:1].islower():
        phrase = phrase_after(doc, first.end, min(hi, clause_end(doc, first.end, hi)))
        if phrase is not None:
            return k0, phrase
        return None
    if looks_like_verb(first) and first.lower.endswith("ed") and k0 + 1 < len(toks):
        # '"This is fantastic!" beamed Donald Hartley of Madison': any verb, then a name
        phrase = phrase_after(doc, first.end, min(hi, clause_end(doc, first.end, hi)))
        if phrase is not None and phrase.kind == "name" and len(phrase.head.split()) >= 2:
            return k0, phrase
    # X said: find a speech verb within the next few tokens and the phrase before it.
    for k in range(k0, min(len(toks), k0 + 30)):
        if toks[k].start >= hi:
            break
        if toks[k].lower in SPEECH_VERBS and is_cue(toks, k):
            phrase = phrase_before(doc, skip_aux_back(toks, k, k0), first.start)
            if phrase is not None:
                return _with_leading_title(doc, toks, k0, k, phrase)
            if is_capitalised(first) and k > k0 + 2:
                # "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted":
                # a long apposition between the name and its verb
                phrase = phrase_after(doc, first.start, toks[k].start)
                if phrase is not None and phrase.kind == "name" and phrase.title:
                    return k, phrase
            break
        if toks[k].text in (".", ";", "?", "!"):
            break
    # "...," Trump barked / "...," Trump assured Jones: any past-tense or present verb
    # right after a name that follows a quote is its cue.
    phrase = phrase_after(doc, first.start, hi) if is_capitalised(first) else None
    if phrase is not None and phrase.kind in ("name", "pronoun") and phrase.title is None:
        nxt = next((k for k in range(k0, len(toks)) if toks[k].start >= phrase.end), None)
        if nxt is not None and toks[nxt].start < hi and looks_like_verb(toks[nxt]):
            return nxt, phrase
    if first.lower in ("he", "she", "they") and k0 + 1 < len(toks):
        if looks_like_verb(toks[k0 + 1]) and toks[k0 + 1].start < hi:
            return k0 + 1, pronoun_phrase(first)
    if first.lower in ("a", "an", "the"):
        # '"...," an angry Hollande retaliated': a name after a word or two of description
        j = k0 + 1
        while j < min(len(toks), k0 + 4) and toks[j].text.isalpha() and toks[j].text.islower():
            j += 1
        if j > k0 + 1 and j < len(toks) and is_capitalised(toks[j]) and toks[j].start < hi:
            phrase = phrase_after(doc, toks[j].start, hi)
            if phrase is not None and phrase.kind == "name" and phrase.title is None:
                nxt = next((k for k in range(j, len(toks)) if toks[k].start >= phrase.end), None)
                if nxt is not None and toks[nxt].start < hi and looks_like_verb(toks[nxt]):
                    return nxt, phrase
    return None


def _with_leading_title(
    doc: Tokens, toks: list[Token], k0: int, k: int, phrase: Phrase
) -> tuple[int, Phrase] | None:
    """Accept ``"...," councilmember Mark Levine said``: a few words of title before the name."""
    first = toks[k0]
    if phrase.start == first.start:
        return k, phrase
    lead = [t for t in toks[k0:k] if t.end <= phrase.start]
    if 0 < len(lead) <= 4 and all(t.text.replace("-", "").isalpha() for t in lead):
        title = doc.masked[first.start : phrase.start].strip()
        if phrase.title:
            title = f"{title} {phrase.title}"
        return k, Phrase(
            first.start, phrase.end, phrase.kind, phrase.head, title=title, gender=phrase.gender
        )
    return None


def _cue_in_prev(
    doc: Tokens, s: QuotedSpan, sent: Block, prev: Block
) -> tuple[tuple[int, int], Phrase] | None:
    """A sentence ending "..., X says." or "X agreed." right before a quote that opens the next."""
    if doc.masked[sent.start : s.open_at].strip():
        return None
    if any(c in doc.masked[prev.start : prev.end] for c in '"“”«»'):
        return None  # a quote there: this one is its second part, and inherits its speaker
    toks = doc.between(prev.start, prev.end)
    if len(toks) < 3 or toks[-1].text != ".":
        return None
    k = len(toks) - 2
    while k > 0 and toks[k].lower in WEEKDAYS | {"on", "today", "yesterday"}:
        k -= 1  # "Jones said on Monday."
    if not (toks[k].lower in SPEECH_VERBS and toks[k].text[:1].islower()):
        return None
    if toks[k - 1].lower.endswith(("’s", "'s")):
        return None  # "Bill Clinton’s comments": a noun, not a verb
    phrase = phrase_before(doc, skip_aux_back(toks, k, 0), prev.start)
    if phrase is None or phrase.kind not in ("name", "pronoun", "org"):
        return None
    return (toks[k].start, toks[k].end), phrase


def _cue_in_next(doc: Tokens, s: QuotedSpan, nxt: Block) -> tuple[tuple[int, int], Phrase] | None:
    """A short sentence right after a quote that only says who said it ("Trump said.")."""
    close = s.close_at if s.close_at is not None else s.end
    gap = doc.masked[close + 1 : nxt.start]
    if gap.strip() or "\n" in gap:
        return None  # not right after the quote, or on a new line ("Editor’s note: ...")
    toks = doc.between(nxt.start, nxt.end)
    appositive = len(toks) > 2 and toks[1].text == "," and is_capitalised(toks[0])
    for k, tok in enumerate(toks[: 24 if appositive else 8]):
        if tok.lower in SPEECH_VERBS and tok.text[:1].islower():
            if k == 0:
                phrase = phrase_after(doc, tok.end, clause_end(doc, tok.end, nxt.end))
            else:
                phrase = phrase_before(doc, skip_aux_back(toks, k, 0), nxt.start)
                if phrase is not None and phrase.start != toks[0].start:
                    phrase = None
            return ((tok.start, tok.end), phrase) if phrase is not None else None
        if tok.text in (";", ":") or tok.text == "," and not appositive:
            break  # 'Miller, a retired worker, said ...': an apposition may hold commas
    return None


def _cue_before(
    doc: Tokens, toks: list[Token], s: QuotedSpan, lo: int
) -> tuple[int, Phrase] | None:
    """``X said: "..."`` / ``X told reporters, "..."`` / ``, she said, "B."``."""
    seg = [k for k, t in enumerate(toks) if lo <= t.start < s.open_at]
    if not seg:
        return None
    first = toks[seg[0]]
    if (
        first.lower in SPEECH_VERBS
        and first.text[:1].isupper()
        and 2 <= len(seg) <= 24
        and toks[seg[-1]].text in (",", ":")
    ):
        # inverted: 'Said Comey, "The thought ..."' / 'Said Ellis: "I don't ..."'
        phrase = phrase_after(doc, first.end, toks[seg[-1]].start)
        if phrase is not None and phrase.kind in ("name", "org", "pronoun"):
            return seg[0], phrase
    colon = doc.masked[toks[seg[-1]].start : s.open_at].strip() == ":"
    if colon and len(seg) >= 3:
        # "Media shares blame in poll overhype - HuffPollster: ...": a digest item's
        # headline, a dash, then its source; the headline's verb is not the cue.
        phrase = phrase_before(doc, toks[seg[-1]].start, lo)
        if phrase is not None and phrase.kind in ("name", "org"):
            i = next(k for k in seg if toks[k].start >= phrase.start)
            if i > seg[0] and toks[i - 1].text in ("-", "—", "–", "―"):
                return seg[-1], phrase
    for k in reversed(seg[-12:]):
        if is_cue(toks, k) and (toks[k].lower in SPEECH_VERBS or toks[k].lower == "according"):
            tail = doc.masked[toks[k].end : s.open_at]
            if not _short_tail(tail):
                return None
            if toks[k].lower == "according":
                phrase = phrase_after(doc, toks[k + 1].end, s.open_at)
                return (k, phrase) if phrase else None
            if is_passive(toks, k, seg[0]):
                return None
            phrase = phrase_before(doc, skip_aux_back(toks, k, seg[0]), lo)
            if names_a_thing(toks, k, phrase):
                return None  # "a website called "..."": the name of a thing
            if (
                phrase is not None
                and phrase.kind != "pronoun"
                and toks[k].lower.endswith("ing")
                and k > 0
                and toks[k - 1].text == ","
            ):
                phrase = None  # "..., calling him ...": the sentence's subject, below
            if (
                phrase is None
                and CUE_VERBS[toks[k].lower] not in HEARER_VERBS | NAMING_VERBS
                and not toks[k].lower.endswith("ing")  # "repeating a common line" is no source
                and not (k > 0 and toks[k - 1].lower == "to")  # "went on to say X's ...": no
            ):
                # "said Trump: ..." with the subject after the verb ("telling the crowd":
                # the hearer, not the speaker)
                phrase = phrase_after(doc, toks[k].end, s.open_at)
            if phrase is None:
                # "He issued a statement, saying, ..." : the sentence's subject
                phrase = sentence_subject(doc, toks, toks[k].start)
            if phrase is not None:
                return k, phrase
            return None
    # "Michael P. McDonald: ..." : a name standing before a colon.
    if doc.masked[toks[seg[-1]].start : s.open_at].strip() == ":" and len(seg) >= 2:
        phrase = phrase_before(doc, toks[seg[-1]].start, lo)
        if phrase is not None and phrase.kind == "name":
            lead = [toks[k] for k in seg if toks[k].end <= phrase.start]
            if not lead:
                return seg[-1], phrase
            if (
                len(lead) <= 6
                and lead[0].text[:1].isupper()
                and all(t.text.isalpha() and t.lower not in _LEAD_BREAKS for t in lead)
            ):
                # "Former secretary of state Hillary Rodham Clinton: ...": an office first
                title = doc.masked[lead[0].start : phrase.start].strip()
                return seg[-1], phrase._replace(start=lead[0].start, title=title)
    # "Kasich resisted: ..." / "he demurred: ..." : any verb before a colon.
    if doc.masked[toks[seg[-1]].start : s.open_at].strip() == ":" and len(seg) >= 2:
        phrase = sentence_subject(doc, toks, toks[seg[-1]].start)
        if phrase is not None and phrase.kind in ("name", "pronoun", "org"):
            return seg[-2], phrase
    return None


def _short_tail(tail: str) -> bool:
    """What may stand between a cue and its quote: a hearer, a time, "in a statement"."""
    stripped = tail.strip()
    if not stripped:
        return True
    words = stripped.split()
    if len(words) > 9:
        return False
    return stripped.endswith((":", ",", "that", "—")) or len(words) <= 5
