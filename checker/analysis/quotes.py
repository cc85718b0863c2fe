"""Find quoted and reported statements, their cues and the phrase that names their source.

The pass works sentence by sentence over a *masked* copy of the article in which every
quoted span is blanked out (same length, same offsets), so cue verbs and names inside a
quote are never mistaken for the writer's own attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.analysis.lexicon.common import ABBREVIATIONS, trie_pattern
from checker.analysis.lexicon.quoting import NICKNAME_CUES, TITLE_CUES
from checker.analysis.lexicon.speech import (
    ADVERBIAL_STARTERS,
    AUX_AND_ADVERBS,
    CUE_VERBS,
    GENERIC_SOURCE_NOUNS,
    HEARER_VERBS,
    NOT_NAMES,
    SPEECH_VERBS,
    TITLE_WORDS,
    WEAK_CUES,
)
from checker.analysis.people import (
    PARTY_TAG,
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
from checker.analysis.quotemarks import QuotedSpan, pair_quote_marks
from checker.analysis.text import Block, paragraphs, sentences

_WORD = re.compile(r"[\w’'-]+")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
# Any lowercase cue word: a paragraph or sentence without one (and without quotes) holds
# no statement, so it is never tokenized.
_CUE_WORD = re.compile(
    r"\b(?:" + trie_pattern(set(CUE_VERBS) | {"according", "According"}) + r")\b"
)


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


def mask_quotes(text: str, spans: list[QuotedSpan]) -> str:
    """``text`` with each quoted span's content replaced by ``x`` (a final . ! ? or , kept)."""
    chars = list(text)
    for s in spans:
        chars[s.start : s.end] = "x" * (s.end - s.start)  # slice assignment: one C call
        if text[s.end - 1] in ".!?," and s.end - 1 > s.start:
            chars[s.end - 1] = text[s.end - 1]
    # Party tags "(D-Mo.)" sit between a name and its cue or apposition: blank them too.
    for m in PARTY_TAG.finditer(text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
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
        if intro is not None and found and found[0].source is None and found[0].kind == "direct":
            first = found[0]
            if first.start - para.start <= 2:
                first.cue, first.source = intro
                first.inherits, first.confidence = False, 0.75 if intro[0] else 0.4
        out.extend(found)
        intro = _colon_intro(doc, para)
        if intro is None and not found and pi > 0:
            intro = _subject_intro(doc, para)
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
    start, end = _trim(text, m.end(), para.end)
    if end - start < 8:
        return []
    inner = [q for q in spans if start <= q.open_at]
    kind = "mixed" if inner else "indirect"
    cue_end = len(doc.masked[: m.end()].rstrip())
    cue_start = m.end(1) if doc.masked[m.end(1)] == ":" else m.end(1) + 1
    return [Found(start, end, kind, cue=(cue_start, cue_end), source=source, confidence=0.5)]


def _subject_intro(doc: Tokens, para: Block) -> tuple[None, Phrase] | None:
    """A paragraph about someone, with no statement of its own, before a bare quote.

    "Viguerie is upbeat about Cruz's chances." then a paragraph that is only a quote: the
    quote is Viguerie's. The subject of the paragraph's last sentence, when it is a name or
    a pronoun, is the source (with low confidence: there is no cue).
    """
    last = sentences(doc.masked, para.start, para.end)[-1]
    toks = doc.between(last.start, last.end)
    subject = sentence_subject(doc, toks, last.end) if toks else None
    if subject is None or subject.kind not in ("name", "pronoun"):
        return None
    after = next((t for t in toks if t.start >= subject.end), None)
    if after is None or not (
        after.lower in AUX_AND_ADVERBS or after.lower in CUE_VERBS or _looks_like_verb(after)
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
        if _is_cue(toks, k) and toks[k].lower != "according":
            phrase = phrase_before(doc, _skip_aux_back(toks, k, 0), last.start)
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
        elif _looks_like_verb(verb) and verb.text.endswith("ed"):
            # any past-tense verb introducing the quote: "Jared Potts echoed:"
            phrase = phrase_before(doc, verb.start, last.start)
            if phrase is not None and phrase.kind in ("name", "pronoun"):
                return (verb.start, verb.end), phrase
    return None


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
            text, inside, _reported_statements(text, doc, sent, toks, inside, pi, used_cues)
        )
        reported = [r for r in reported if not any(_within(r, o) for o in reported if o is not r)]
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
            start, end = _trim(text, a.start, cut)
            for word in (" and", " but", ", and", ", but"):
                if text[start:end].endswith(word):
                    end = _trim(text, start, end - len(word))[1]
            if end - start >= 8:
                a.end = end
                inner = [s for s in spans if start <= s.open_at < end]
                a.kind = "mixed" if inner else "indirect"
    return reported


def _within(inner: Found, outer: Found) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


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
    frame = _cue_after(doc, toks, span, hi) or _cue_before(doc, toks, span, lo)
    if frame is not None:
        cue_i, phrase = frame
        used_cues.add(cue_i)
        q.cue = (toks[cue_i].start, toks[cue_i].end)
        q.source, q.confidence = phrase, 0.75
        return
    # No cue: the words are the sentence subject's ("Trump likened them to a "snake"").
    subject = sentence_subject(doc, toks, span.open_at)
    if subject is not None:
        q.source, q.confidence = subject, 0.5
    else:
        q.inherits = True  # the words of whoever was speaking just before


_LEADING_CLAUSE = frozenset(
    "as at in on during after before when while since despite with for unlike like although "
    "if though because by from under over".split()
)


_LEADING_ADVERBS = frozenset(
    "here there now then later earlier still meanwhile instead today yesterday tonight "
    "monday tuesday wednesday thursday friday saturday sunday last ever soon shortly "
    "minutes hours days weeks months years moments".split()
)


def _participle_opener(tok: Token) -> bool:
    """A capitalised participle opening a sentence: "Speaking at ...", "Asked about ..."."""
    w = tok.text
    return (
        len(w) > 4
        and w[:1].isupper()
        and w[1:].islower()
        and w.endswith(("ing", "ed"))
        and w not in first_names()
    )


def sentence_subject(doc: Tokens, toks: list[Token], before: int) -> Phrase | None:
    """The name or pronoun that opens the sentence's main clause, if it comes before ``before``."""
    i = 0
    # Step over lead-ins, one after another: "On Thursday, after remaining neutral, Warren
    # ...", "Here in Columbia, Sanders ...", "Twenty-two years ago, a Times article ...".
    while i < len(toks) and toks[i].start < before:
        comma = next((n for n in range(i, len(toks)) if toks[n].text == ","), None)
        if comma is None or toks[comma].start >= before:
            break
        opener = toks[i].lower
        participle = _participle_opener(toks[i])
        if not (
            opener in _LEADING_CLAUSE
            or participle
            or opener in _LEADING_ADVERBS
            and comma - i <= 5
            or comma - i <= 5
            and toks[comma - 1].lower == "ago"
        ):
            break
        i = comma + 1
        if opener in _LEADING_CLAUSE or participle:
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
    if i >= len(toks) or toks[i].start >= before:
        return None
    first = toks[i]
    if first.lower in ("he", "she", "they"):
        return pronoun_phrase(first)
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
    has_cue = any(_is_cue(toks, k) for k in range(len(toks)))
    for idx, s in enumerate(spans):
        if _is_title_or_name(text, doc, s, sent):
            continue
        words = len(_WORD.findall(text[s.start : s.end]))
        kind = "direct" if _stands_alone(doc, s, sent, spans, idx) else "partial"
        if kind == "partial" and words <= 2 and not has_cue:
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


def _is_cue(toks: list[Token], k: int) -> bool:
    tok = toks[k]
    w = tok.lower
    if w == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
        return True
    # Capitalised, a cue word is a name or a heading ("United States", "Says Who"), except
    # when it opens a sentence in its inverted form ("Said Liong, ...") which is rare.
    return w in CUE_VERBS and tok.text[:1].islower()


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
    if first.lower in SPEECH_VERBS and first.text[:1].islower():
        phrase = phrase_after(doc, first.end, min(hi, _clause_end(doc, first.end, hi)))
        if phrase is not None:
            return k0, phrase
        return None
    if _looks_like_verb(first) and first.lower.endswith("ed") and k0 + 1 < len(toks):
        # '"This is fantastic!" beamed Donald Hartley of Madison': any verb, then a name
        phrase = phrase_after(doc, first.end, min(hi, _clause_end(doc, first.end, hi)))
        if phrase is not None and phrase.kind == "name" and len(phrase.head.split()) >= 2:
            return k0, phrase
    # X said: find a speech verb within the next few tokens and the phrase before it.
    for k in range(k0, min(len(toks), k0 + 30)):
        if toks[k].start >= hi:
            break
        if toks[k].lower in SPEECH_VERBS and toks[k].text[:1].islower():
            phrase = phrase_before(doc, _skip_aux_back(toks, k, k0), first.start)
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
        if nxt is not None and toks[nxt].start < hi and _looks_like_verb(toks[nxt]):
            return nxt, phrase
    if first.lower in ("he", "she", "they") and k0 + 1 < len(toks):
        if _looks_like_verb(toks[k0 + 1]) and toks[k0 + 1].start < hi:
            return k0 + 1, pronoun_phrase(first)
    return None


def _looks_like_verb(tok: Token) -> bool:
    w = tok.text
    return w.islower() and w.isalpha() and len(w) > 3 and (w.endswith("ed") or w.endswith("s"))


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
    while k > 0 and toks[k].lower in _WEEKDAYS | {"on", "today", "yesterday"}:
        k -= 1  # "Jones said on Monday."
    if not (toks[k].lower in SPEECH_VERBS and toks[k].text[:1].islower()):
        return None
    if toks[k - 1].lower.endswith(("’s", "'s")):
        return None  # "Bill Clinton’s comments": a noun, not a verb
    phrase = phrase_before(doc, _skip_aux_back(toks, k, 0), prev.start)
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
    for k, tok in enumerate(toks[:8]):
        if tok.lower in SPEECH_VERBS and tok.text[:1].islower():
            if k == 0:
                phrase = phrase_after(doc, tok.end, _clause_end(doc, tok.end, nxt.end))
            else:
                phrase = phrase_before(doc, _skip_aux_back(toks, k, 0), nxt.start)
                if phrase is not None and phrase.start != toks[0].start:
                    phrase = None
            return ((tok.start, tok.end), phrase) if phrase is not None else None
        if tok.text in (",", ";", ":"):
            break
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
        and 2 <= len(seg) <= 8
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
        if _is_cue(toks, k) and (toks[k].lower in SPEECH_VERBS or toks[k].lower == "according"):
            tail = doc.masked[toks[k].end : s.open_at]
            if not _short_tail(tail):
                return None
            if toks[k].lower == "according":
                phrase = phrase_after(doc, toks[k + 1].end, s.open_at)
                return (k, phrase) if phrase else None
            if _passive(toks, k, seg[0]):
                return None
            phrase = phrase_before(doc, _skip_aux_back(toks, k, seg[0]), lo)
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
                and CUE_VERBS[toks[k].lower] not in HEARER_VERBS | _NAMING_VERBS
                and not toks[k].lower.endswith("ing")  # "repeating a common line" is no source
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
        if phrase is not None and phrase.kind == "name" and phrase.start == toks[seg[0]].start:
            return seg[-1], phrase
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


_BE = frozenset("be been being is are was were".split())


def _is_adverb(tok: Token) -> bool:
    """A lowercase word in -ly ("swiftly", "informally"); "Kelly" and "Italy" are names."""
    w = tok.text
    return len(w) > 4 and w.endswith("ly") and w.isalpha() and w.islower()


def _passive(toks: list[Token], k: int, floor: int) -> bool:
    """True for a cue in the passive ("was asked", "will informally be called")."""
    if toks[k].lower.endswith("ing"):
        return False  # "was saying" is the progressive
    j = k - 1
    while j >= floor and _is_adverb(toks[j]):
        j -= 1
    return j >= floor and toks[j].lower in _BE


def _skip_aux_back(toks: list[Token], k: int, floor: int) -> int:
    """Offset just before the cue once "also", "has", "would" and the like are stepped over."""
    j = k
    while j - 1 >= floor:
        low = toks[j - 1].lower
        if low in AUX_AND_ADVERBS or _is_adverb(toks[j - 1]):
            j -= 1
        elif low in _WEEKDAYS and j - 2 >= floor and toks[j - 2].lower in ("on", "last", "this"):
            j -= 2  # "Clinton on Tuesday said"
        elif _YEAR.fullmatch(toks[j - 1].text) and j - 2 >= floor and toks[j - 2].lower == "in":
            j -= 2  # "McConnell, who in 2010 said"
        else:
            break
    return toks[j].start


def _clause_end(doc: Tokens, start: int, hi: int) -> int:
    for m in _CLAUSE_END.finditer(doc.masked, start, hi):
        word = doc.masked[max(start, m.start() - 12) : m.start()].split()
        if m.group()[0] == "." and word and _is_abbreviation(word[-1]):
            continue  # "said Rep. Jason Chaffetz"
        return m.end()
    return hi


def _is_abbreviation(word: str) -> bool:
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


# --- reported speech -----------------------------------------------------------------


def _reported_statements(
    text: str,
    doc: Tokens,
    sent: Block,
    toks: list[Token],
    spans: list[QuotedSpan],
    pi: int,
    used_cues: set[int],
) -> list[Found]:
    out: list[Found] = []
    for k, tok in enumerate(toks):
        if k in used_cues or not _is_cue(toks, k):
            continue
        found = _according_to(doc, sent, toks, k) if tok.lower == "according" else None
        if found is None and tok.lower != "according":
            found = _verb_frame(doc, sent, toks, k)
        if found is None:
            continue
        start, end = _trim(text, found.start, found.end)
        if end - start < 8:
            continue
        found.start, found.end, found.para = start, end, pi
        inner = [s for s in spans if start <= s.open_at < end]
        found.kind = "mixed" if inner else "indirect"
        out.append(found)
        used_cues.add(k)
    return out


def _according_to(doc: Tokens, sent: Block, toks: list[Token], k: int) -> Found | None:
    if k + 1 >= len(toks) or toks[k + 1].lower != "to":
        return None
    cue = (toks[k].start, toks[k + 1].end)
    before = doc.masked[sent.start : toks[k].start].strip()
    initial = not before or before in ("(",)
    # The source runs to the comma (According to X, ...) or to the end (..., according to X).
    stop = doc.masked.find(",", toks[k + 1].end, sent.end) if initial else -1
    stop = stop if stop > 0 else _clause_end(doc, toks[k + 1].end, sent.end)
    phrase = phrase_after(doc, toks[k + 1].end, stop) or _whole_phrase(doc, toks[k + 1].end, stop)
    if phrase is None:
        return None
    if initial:
        # According to X, CONTENT.
        comma = doc.masked.find(",", phrase.end, sent.end)
        if comma < 0:
            return None
        return Found(comma + 1, sent.end, "indirect", cue=cue, source=phrase, confidence=0.6)
    # CONTENT, according to X.
    end = toks[k].start
    return Found(sent.start, end, "indirect", cue=cue, source=phrase, confidence=0.6)


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


def _verb_frame(doc: Tokens, sent: Block, toks: list[Token], k: int) -> Found | None:
    tok = toks[k]
    base = CUE_VERBS[tok.lower]
    floor = 0
    while floor < len(toks) and toks[floor].start < sent.start:
        floor += 1
    if _passive(toks, k, floor):
        return None  # "was called", "will be asked": the subject is named or asked, not speaking
    subj_end = _skip_aux_back(toks, k, floor)
    before_text = doc.masked[sent.start : subj_end]
    phrase = phrase_before(doc, subj_end, sent.start)
    if tok.lower.endswith("ing") and k > 0 and toks[k - 1].text == "," and phrase is not None:
        if phrase.kind != "pronoun":
            phrase = None  # "Trump went after Bush, calling him ...": not "Bush, calling"
    cue = (tok.start, tok.end)
    if (
        phrase is None
        and k > 0
        and toks[k - 1].lower in ("and", "but")
        and not tok.lower.endswith("ing")
    ):
        # "He is comparing them and says Obama is flouting ...": the sentence's subject.
        subject = sentence_subject(doc, toks, toks[k - 1].start)
        if subject is not None and subject.kind in ("name", "pronoun", "org"):
            rest_start = _content_start(doc, toks, k, base, sent.end)
            if len(doc.masked[rest_start : sent.end].split()) >= 3:
                return Found(
                    rest_start, sent.end, "indirect", cue=cue, source=subject, confidence=0.5
                )
    if (
        phrase is None
        and tok.lower.endswith("ing")
        and k > 0
        and (toks[k - 1].text == "," or toks[k - 1].lower in ("by", "while", "after", "when"))
    ):
        # "Trump defended his tweets, saying it shows ...", "Bolton distanced himself by
        # saying he would ...": the subject of the sentence.
        subject = sentence_subject(doc, toks, toks[k - 1].start)
        if subject is None and toks[k - 1].text == ",":
            subject = _earlier_source(doc, toks, k, floor)
        if subject is not None and subject.kind in ("name", "pronoun", "org"):
            rest_start = _content_start(doc, toks, k, base, sent.end)
            if len(doc.masked[rest_start : sent.end].split()) >= 3:
                return Found(
                    rest_start, sent.end, "indirect", cue=cue, source=subject, confidence=0.5
                )
    if phrase is None and tok.lower.endswith("ing"):
        return None  # "..., repeating a common line": what follows is the object, not a source
    if phrase is not None and tok.lower in WEAK_CUES and not _firm_source(phrase):
        return None  # "the other states voting", "a talking point", "a conference call"
    if phrase is not None and phrase.kind == "nominal":
        phrase = _issuer(doc, toks, phrase) or phrase
    if (
        phrase is not None
        and tok.lower.endswith(("ing", "ed"))
        and toks[floor].start < phrase.start
        and toks[floor].lower in _LEADING_CLAUSE
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
        pre = doc.masked[sent.start : phrase.start].rstrip()
        rest_start = _content_start(doc, toks, k, base, sent.end)
        rest = doc.masked[rest_start : sent.end].strip(" .")
        if _ends_clause(pre) and len(pre) > 20 and _only_adverbial(rest):
            # "..., the minister said on Friday."
            return Found(
                sent.start,
                sent.start + len(pre) - 1,
                "indirect",
                cue=cue,
                source=phrase,
                confidence=0.6,
            )
        if len(rest.split()) >= 3 or len(rest.split()) == 2 and "x" * 4 in rest:
            if tok.lower in WEAK_CUES and not _followed_by_that(doc, rest_start):
                if phrase.kind == "pronoun" or tok.lower in ("read", "reads", "post", "posts"):
                    return None
            return Found(rest_start, sent.end, "indirect", cue=cue, source=phrase, confidence=0.55)
        return None
    # CONTENT, CUE SOURCE.  ("..., said Liong.")
    if base in SPEECH_VERBS.values() and tok.lower not in WEAK_CUES:
        lead = before_text.rstrip()
        if _ends_clause(lead) and len(lead) > 20:
            phrase = phrase_after(doc, tok.end, sent.end)
            if phrase is not None:
                tail = doc.masked[phrase.end : sent.end].strip(" .")
                if len(tail.split()) <= 12 or tail.startswith(","):
                    return Found(
                        sent.start,
                        sent.start + len(lead) - 1,
                        "indirect",
                        cue=cue,
                        source=phrase,
                        confidence=0.6,
                    )
    return None


# "called the deal a ...": what follows these is what is named, never who speaks.
_NAMING_VERBS = frozenset("call describe label dub term brand deem consider name".split())
_DOCUMENTS = frozenset(
    "statement statements release letter memo note message post tweet email e-mail video "
    "ad advertisement report".split()
)
_ISSUING = frozenset(
    "issued released sent posted published put wrote signed filed distributed tweeted".split()
)


def _issuer(doc: Tokens, toks: list[Token], phrase: Phrase) -> Phrase | None:
    """``Black Lives Matter issued a statement saying ...``: whoever issued the document."""
    if phrase.head.split()[-1].lower() not in _DOCUMENTS:
        return None
    i = next((n for n, t in enumerate(toks) if t.start >= phrase.start), 0)
    j = i - 1
    if j >= 0 and toks[j].lower == "out":
        j -= 1  # "put out a statement"
    if j < 1 or toks[j].lower not in _ISSUING:
        return None
    subject = sentence_subject(doc, toks, toks[j].start)
    if subject is None or subject.kind not in ("name", "pronoun", "org"):
        return None
    return subject


def _earlier_source(doc: Tokens, toks: list[Token], k: int, floor: int) -> Phrase | None:
    """'"...," Trump said, repeating ...': the source of the speech verb earlier in the sentence."""
    for k2 in range(k - 2, floor - 1, -1):
        tok = toks[k2]
        if tok.lower in SPEECH_VERBS and tok.text[:1].islower():
            phrase = phrase_before(doc, _skip_aux_back(toks, k2, floor), toks[floor].start)
            if phrase is None:
                phrase = phrase_after(doc, tok.end, toks[k - 1].start)
            return phrase
    return None


def _firm_source(phrase: Phrase) -> bool:
    """A source clear enough to make a noun-like cue word ("states", "calls") a verb."""
    if phrase.kind in ("name", "org", "pronoun"):
        return True
    return phrase.head.split()[-1].lower() in GENERIC_SOURCE_NOUNS


def _ends_clause(lead: str) -> bool:
    """True when ``lead`` ends with a comma, inside a closing quote mark or not."""
    return lead.rstrip("\"”’'»").endswith(",")


def _only_adverbial(rest: str) -> bool:
    """True when what follows a cue is nothing or just a time or setting ("on Friday")."""
    words = rest.split()
    if not words:
        return True
    return len(words) <= 8 and words[0].lower().strip(",") in ADVERBIAL_STARTERS


def _followed_by_that(doc: Tokens, pos: int) -> bool:
    return doc.masked[pos : pos + 5].lower().startswith("that ")


def _content_start(doc: Tokens, toks: list[Token], k: int, base: str, hi: int) -> int:
    """Where the reported clause starts after a cue: past a hearer and a time phrase."""
    j = k + 1
    if base in HEARER_VERBS:
        # told reporters / told the conference / told CNN's "State of the Union"
        while j < len(toks) and toks[j].start < hi and toks[j].lower not in ("that", ",", ":"):
            if j - k > 8:
                j = k + 1
                break
            j += 1
    while j < len(toks) and toks[j].text in (",", ":"):
        j += 1
    if j >= len(toks):
        return hi
    return toks[j].start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


def is_capitalised_word(tok: Token) -> bool:
    """Re-exported for callers that classify tokens."""
    return is_capitalised(tok)
