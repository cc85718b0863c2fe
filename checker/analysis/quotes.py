"""Find quoted and reported statements, their cues and the phrase that names their source.

The pass works sentence by sentence over a *masked* copy of the article in which every
quoted span is blanked out (same length, same offsets), so cue verbs and names inside a
quote are never mistaken for the writer's own attribution.
"""

from __future__ import annotations

import re

from checker.analysis.cues import INTRO_VERBS, cue_after, cue_before, cue_in_next, cue_in_prev
from checker.analysis.frames import (
    Found,
    cue_positions,
    is_cue,
    looks_like_verb,
    sentence_subject,
    skip_aux_back,
    trim,
    within,
)
from checker.analysis.lexicon.common import trie_pattern
from checker.analysis.lexicon.quoting import NICKNAME_CUES, TITLE_CUES, TITLE_LIST_GAP
from checker.analysis.lexicon.speech import (
    AUX_AND_ADVERBS,
    BELIEF_VERBS,
    CUE_VERBS,
    NOT_NAMES,
    SOURCE_HEAD_WORDS,
    SPEECH_VERBS,
    STANCE_VERBS,
    WEAK_CUES,
)
from checker.analysis.owners import (
    fragment_owner,
    names_a_thing_before,
    nearest_actor,
    possessive_owner,
    relative_owner,
)
from checker.analysis.people import (
    Phrase,
    Token,
    Tokens,
    is_capitalised,
    party_tags,
    phrase_after,
    phrase_before,
    surface,
)
from checker.analysis.quotemarks import QuotedSpan, pair_quote_marks
from checker.analysis.reported import may_open_with_a_poll, poll_finding, reported_statements
from checker.analysis.text import Block, paragraphs, sentences

_WORD = re.compile(r"[\w’'-]+")
# Any lowercase cue word: a paragraph or sentence without one (and without quotes) holds
# no statement, so it is never tokenized.
_CUE_TRIE = trie_pattern(set(CUE_VERBS) | {"according", "According"})
_CUE_WORD = re.compile(r"\b(?:" + _CUE_TRIE + r")\b")
# The same words after a space (a literal first character, which ``re`` skips to in C) and
# after any other character that is not a letter or digit: see :func:`_has_cue_word`.
_CUE_WORD_AFTER_SPACE = re.compile(r" (?:" + _CUE_TRIE + r")\b")
_CUE_WORD_AFTER_OTHER = re.compile(r"[^\w ](?:" + _CUE_TRIE + r")\b")


def _has_cue_word(text: str, lo: int, hi: int) -> bool:
    """Whether ``_CUE_WORD.search(text, lo, hi)`` would match, found faster.

    A pattern opening with ``\\b`` is tried at every position; a cue word that starts after
    ``lo`` follows a space or another character that is not part of a word, and one at
    ``lo`` itself is a plain match there.
    """
    return bool(
        _CUE_WORD_AFTER_SPACE.search(text, lo, hi)
        or _CUE_WORD.match(text, lo, hi)
        or _CUE_WORD_AFTER_OTHER.search(text, lo, hi)
    )


def mask_quotes(
    text: str, spans: list[QuotedSpan], *, blanks: list[tuple[int, int]] | None = None
) -> str:
    """``text`` with each quoted span's content replaced by ``x`` (a final . ! ? or , kept).

    Party tags "(D-Mo.)" sit between a name and its cue or apposition: they are blanked
    too, and so are ``blanks`` (nicknames inside a name, quote marks included: see
    :func:`nickname_spans`).
    """
    # Joined from pieces: a list of the article's characters cost 2% of an analysis.
    pieces: list[str] = []
    pos = 0
    for s in spans:
        if s.start < pos:
            return _mask_by_characters(text, spans, blanks)  # overlapping: the general way
        pieces.append(text[pos : s.start])
        last = s.end - 1
        if last > s.start and text[last] in ".!?,":
            pieces += ("x" * (last - s.start), text[last])
        else:
            pieces.append("x" * (s.end - s.start))
        pos = max(s.end, pos)
    pieces.append(text[pos:])
    masked = "".join(pieces)
    tags = party_tags(text) + (blanks or [])
    if not tags:
        return masked
    tags.sort()
    pieces, pos = [], 0
    for start, end in tags:
        start = max(start, pos)
        pieces += (masked[pos:start], " " * (end - start))
        pos = end
    pieces.append(masked[pos:])
    return "".join(pieces)


# A given name or an initial right before a nickname's opening mark, and a surname right
# after its closing one: Robert C. "Bobby" Scott, Marcia "Cia" Price.
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+|\b[A-Z]\.) $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


def nickname_spans(text: str, spans: list[QuotedSpan]) -> list[tuple[int, int]]:
    """The quoted spans that are nicknames inside a name, quote marks included: one or two
    capitalised words between a given name or initial and a surname. The name scanners read
    past them; they are no quotes."""
    out: list[tuple[int, int]] = []
    for s in spans:
        close = s.close_at if s.close_at is not None else s.end
        words = text[s.start : s.end].split()
        if (
            0 < len(words) <= 2
            and all(w[:1].isupper() for w in words)
            and _NAME_AFTER.match(text, close + 1)
            and _NAME_BEFORE.search(text, max(0, s.open_at - 30), s.open_at)
        ):
            out.append((s.open_at, close + 1))
    return out


def _mask_by_characters(
    text: str, spans: list[QuotedSpan], blanks: list[tuple[int, int]] | None = None
) -> str:
    chars = list(text)
    for s in spans:
        chars[s.start : s.end] = "x" * (s.end - s.start)  # slice assignment: one C call
        if text[s.end - 1] in ".!?," and s.end - 1 > s.start:
            chars[s.end - 1] = text[s.end - 1]
    for start, end in party_tags(text) + (blanks or []):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def find_statements(text: str) -> tuple[list[Found], Tokens]:
    """Every quote and reported statement in ``text``, in order, with local source phrases.

    Also returns the tokens of the masked text (quoted content blanked out) that later
    stages scan.
    """
    paras = paragraphs(text)
    spans = pair_quote_marks(text, paras)
    names = nickname_spans(text, spans)
    if names:  # Marcia "Cia" Price: part of a name, not a quote
        spans = [s for s in spans if (s.open_at, (s.close_at or s.end) + 1) not in names]
    masked = mask_quotes(text, spans, blanks=names)
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
                if (looks_like_verb(t) or t.lower in INTRO_VERBS) and is_capitalised(toks[n - 1])
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
            if verb is not None and (looks_like_verb(verb) or verb.lower in INTRO_VERBS):
                return (verb.start, verb.end), subject
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
    polls = may_open_with_a_poll(doc.masked, para.start, para.end)
    if not spans and not polls and not _has_cue_word(doc.masked, para.start, para.end):
        return out  # nothing quoted, no cue word: skip the tokenizing
    claimed: set[int] = set()  # offsets of cue words a quote in an earlier sentence took
    goes_on = False  # the sentence before ended with an attributed quote
    for si, sent in enumerate(sents):
        inside = [s for s in spans if sent.start <= s.start < sent.end]
        finding = poll_finding(doc, sent) if polls else None
        if finding is not None:
            finding.para = pi
            out.append(finding)
            continue
        if not inside and not _has_cue_word(doc.masked, sent.start, sent.end):
            continue
        toks = doc.between(sent.start, sent.end)
        nxt = sents[si + 1] if si + 1 < len(sents) else None
        prev = sents[si - 1] if si > 0 else None
        used_cues = {k for k, t in enumerate(toks) if t.start in claimed} if claimed else set()
        quotes = _quoted_statements(
            text, doc, sent, toks, inside, pi, used_cues, nxt, prev, goes_on=goes_on
        )
        goes_on = bool(quotes) and quotes[-1].kind == "direct" and _cue_after(quotes[-1])
        claimed.update(q.cue[0] for q in quotes if q.cue and q.cue[0] >= sent.end)
        reported = _split_chained(
            text, inside, reported_statements(text, doc, sent, toks, inside, pi, used_cues)
        )
        reported = _outermost(text, reported)
        for q in quotes:
            if q.kind == "partial":
                _attach_partial(doc, toks, q, inside, reported, used_cues)
        out.extend(sorted(quotes + reported, key=lambda f: f.start))
    return out


# Cues that give way to a statement framed by a verb of saying inside them: "He sincerely
# believes, he said, that ...", "Cost estimates, he added, were ...".
# (A finding does not: in "The poll finds that 37 percent say ...", the poll speaks.)
_YIELDING_CUES = (BELIEF_VERBS.keys() | WEAK_CUES) - frozenset(
    "show shows showed showing find finds found finding conclude concludes concluded "
    "concluding".split()
)


def _outermost(text: str, reported: list[Found]) -> list[Found]:
    """Drop a reported statement that lies inside another. A statement framed by a verb of
    stance gives way to one inside it instead: "Ted Cruz endorses Trump, who says he is
    honored" keeps what Trump says."""

    def cue(r: Found) -> str:
        return text[r.cue[0] : r.cue[1]].lower() if r.cue is not None else ""

    def stance(r: Found) -> bool:
        return cue(r) in STANCE_VERBS

    def holds_another(r: Found) -> bool:
        if stance(r):
            return any(within(o, r) for o in reported if o is not r)
        # a belief or weak cue yields to quoted words framed by a verb of saying inside it
        return cue(r) in _YIELDING_CUES and any(
            within(o, r) and o.kind == "mixed" and cue(o) in SPEECH_VERBS
            for o in reported
            if o is not r
        )

    if len(reported) < 2:
        return reported  # (the common case: nothing to compare)
    reported = [r for r in reported if not holds_another(r)]

    def inside(i: int, r: Found) -> bool:
        for k, o in enumerate(reported):
            if o is r or not within(r, o):
                continue
            # of two statements with one span (two cues framing one clause), the first stays
            if (o.start, o.end) != (r.start, r.end) or k < i:
                return True
        return False

    return [r for i, r in enumerate(reported) if not inside(i, r)]


def _cue_after(f: Found) -> bool:
    return f.cue is not None and f.source is not None and f.cue[0] > f.end


_ADJUNCT_STARTS = frozenset("in on at during after before to while when from as with".split())


def _tells_more(doc: Tokens, sent: Block) -> bool:
    """Whether a sentence goes on past its cue with words of its own ("Kasich said he would
    ..."), rather than only naming a speaker ("Trump said." / "said Trump, 70.")."""
    toks = doc.between(sent.start, sent.end)
    k = next((k for k, t in enumerate(toks) if t.lower in SPEECH_VERBS), None)
    if k is None:
        return False
    rest = [t for t in toks[k + 1 :] if t.text[:1].isalpha()]
    if len(rest) < 3:
        return False
    # "She noted a planned rally ...": an object of its own; "Trump said in a statement on
    # Friday." only adds where and when
    return rest[0].lower in ("he", "she", "they", "it", "that", "the") or (
        k > 0 and rest[0].lower not in _ADJUNCT_STARTS
    )


def _split_chained(text: str, spans: list[QuotedSpan], reported: list[Found]) -> list[Found]:
    """End a reported clause where the next statement's source begins.

    "She admitted the decision was a mistake and said she did not believe ..." holds two
    statements; without this the first would swallow the second.
    """
    if len(reported) < 2:
        return reported
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
            participle = cue_word.endswith("ing") and joint.endswith(", ")
            if not (joint.endswith((" and ", " but ")) or participle):
                continue  # "..., saying ...": a participle clause after the first
        else:
            # a second clause: "..., and he said ..." / "...; aides said ..."
            cut = b.source.start
            joint = text[max(a.start, cut - 10) : cut].lower()
            ends = (", and", ", but", ";", ",", ", while", ", whereas", ", when")
            if (
                b.source.kind == "pronoun"
                or cue_word.endswith("ing")
                or b.source.kind == "name"
                and " " in b.source.head
            ):
                # "... and he said ...", "Ryan saying ... and Trump calling it ...", "Cruz
                # accuses Obama of ... and Donald Trump says ..."
                ends += (" and", " but")
            if not joint.rstrip().endswith(ends):
                continue
        if a.start < cut < a.end and b.start > cut:
            start, end = trim(text, a.start, cut)
            for word in (" and", " but", ", and", ", but", ", while", ", whereas", ", when", ","):
                if text[start:end].endswith(word):
                    end = trim(text, start, end - len(word))[1]
            if end - start >= 8:
                a.end = end
                inner = [s for s in spans if start <= s.open_at < end]
                a.kind = "mixed" if inner else "indirect"
    return reported


# A quote's closing mark, then a short attribution set off on its own: '"...," she said -',
# '"...", Trump said,'.
_ATTRIBUTION_NEXT = re.compile(
    r"[\"”’']?,?\s+(?:he|she|they|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})\s+"
    r"(?:said|says|added|adds|wrote|writes)\s*[-—–,.]"
)


def _take_frame(
    toks: list[Token],
    q: Found,
    frame: tuple[int, Phrase],
    used_cues: set[int],
    *,
    confidence: float,
) -> None:
    """Give ``q`` the cue (a token index) and source of ``frame``, and mark the cue used."""
    cue_i, phrase = frame
    used_cues.add(cue_i)
    q.cue = (toks[cue_i].start, toks[cue_i].end)
    q.source, q.confidence = phrase, confidence


def _attach_partial(
    doc: Tokens,
    toks: list[Token],
    q: Found,
    spans: list[QuotedSpan],
    reported: list[Found],
    used_cues: set[int],
) -> None:
    """A quoted fragment takes the source of the reported clause around it, else its own cue."""
    span = next((s for s in spans if s.start == q.start), None)
    if span is not None and _ATTRIBUTION_NEXT.match(doc.masked, span.close_at or span.end):
        # '- "...," she said - and charged ...': its own attribution right after it
        frame = cue_after(doc, toks, span, q.parts[1])
        if frame is not None:
            _take_frame(toks, q, frame, used_cues, confidence=0.8)
            return
    for r in reported:
        if r.start <= q.start and q.end <= r.end + 1:
            owner = possessive_owner(doc, toks, span.open_at) if span is not None else None
            if owner is not None and r.cue is not None and owner.start > r.cue[1]:
                # "blamed the media for Trump’s claim that Obama "founded ISIS"": the
                # claim's owner said the words, not the one who frames them
                q.source, q.confidence = owner, 0.5
                return
            q.source, q.cue, q.confidence = r.source, r.cue, r.confidence
            return
    if span is None:
        return
    if names_a_thing_before(toks, span):
        return  # "a culture called "The HP Way"": a name, in nobody's mouth
    lo, hi = q.parts
    frame = (
        cue_after(doc, toks, span, hi)
        or cue_before(doc, toks, span, lo)
        or fragment_owner(doc, toks, span, lo, hi)
    )
    if frame is not None:
        _take_frame(toks, q, frame, used_cues, confidence=0.75)
        return
    # No cue: the words are the sentence subject's ("Trump likened them to a "snake"").
    subject = (
        relative_owner(doc, toks, span.open_at)
        or possessive_owner(doc, toks, span.open_at)
        or sentence_subject(doc, toks, span.open_at)
        or nearest_actor(doc, toks, span.open_at)
    )
    if subject is not None:
        q.source, q.confidence = subject, 0.5
    else:
        q.inherits = True  # the words of whoever was speaking just before


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
    *,
    goes_on: bool = False,
) -> list[Found]:
    """The quoted statements of one sentence, each with the cue and source found near it.

    ``goes_on``: the sentence before ended with a quote and its attribution ('"A," Cruz
    told reporters.'), so a bare quote opening this one carries that speaker on.
    """
    out: list[Found] = []
    has_cue: bool | None = None  # found when a short fragment asks
    title_end = -1  # where the last title in a list ended
    for idx, s in enumerate(spans):
        if _is_title_or_name(text, doc, s, sent) or (
            title_end >= 0 and TITLE_LIST_GAP.fullmatch(doc.masked, title_end, s.open_at)
        ):
            title_end = s.close_at + 1 if s.close_at is not None else -1
            continue
        title_end = -1
        kind = "direct" if _stands_alone(doc, s, sent, spans, idx) else "partial"
        if kind == "partial" and len(_WORD.findall(text, s.start, s.end)) <= 2:
            if has_cue is None:
                # a verb of stance ("refused to endorse") does not make two words a quote
                has_cue = any(toks[k].lower not in STANCE_VERBS for k in cue_positions(toks))
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
        frame = cue_after(doc, toks, s, after_hi) or cue_before(doc, toks, s, before_lo)
        if frame is not None:
            cue_i, phrase = frame
            used_cues.add(cue_i)
            found.cue = (toks[cue_i].start, toks[cue_i].end)
            found.source = phrase
            found.confidence = 0.9 if phrase.kind != "nominal" else 0.8
        elif (
            nxt is not None
            and after_hi == sent.end
            and not (goes_on and idx == 0 and _tells_more(doc, nxt))
            and (cross := cue_in_next(doc, s, nxt))
        ):
            # '"... better." Priebus said.': the attribution became a sentence of its own.
            found.cue, found.source = cross
            found.confidence = 0.8
        elif (
            prev is not None
            and idx == 0
            and before_lo == sent.start
            and (lead := cue_in_prev(doc, s, sent, prev)) is not None
        ):
            # 'Dianne Bystrom agreed. "Mainstream Republicans are ..."'
            found.cue, found.source = lead
            found.confidence = 0.7
        elif (
            kind == "direct"
            and idx == 0
            and doc.masked[before_lo : s.open_at].rstrip().endswith(":")
            and (subject := sentence_subject(doc, toks, s.open_at)) is not None
            and _can_speak(subject)
        ):
            # 'The board was conclusive in its findings: "..."': the clause before the
            # colon introduces the quote, and its subject says it
            found.source, found.confidence = subject, 0.6
        elif kind == "direct":
            found.inherits = True
        out.append(found)
    # "A," she said, "B." : B takes A's cue and speaker.
    for a, b in zip(out, out[1:], strict=False):
        if b.source is None and a.source is not None and b.kind == "direct":
            b.source, b.cue, b.inherits, b.confidence = a.source, a.cue, False, a.confidence
    return out


def _can_speak(phrase: Phrase) -> bool:
    """A name, a pronoun, an organisation, or a phrase headed by a word for one ("The
    board"), not any noun phrase ("The challenge of transparency")."""
    head = phrase.head.split()[-1].lower()
    return phrase.kind != "nominal" or head in SOURCE_HEAD_WORDS


def _is_title_or_name(text: str, doc: Tokens, s: QuotedSpan, sent: Block) -> bool:
    """Titles of works, nicknames and attribute values are not quotes."""
    before = doc.masked[max(sent.start, s.open_at - 40) : s.open_at].rstrip().lower()
    content = text[s.start : s.end]
    if before.endswith("="):
        return True  # markup: author="..."
    words = content.split(maxsplit=7)  # the tests below only count up to six words
    if not words:
        return True
    if len(words) <= 6 and TITLE_CUES.search(before):
        return True
    if len(words) <= 4 and NICKNAME_CUES.search(before):
        return True
    # Between a given name and a surname: Robert C. "Bobby" Scott. (Broader than
    # nickname_spans(), which blanks only the clear cases for the name scanners.)
    prev_tok = before.split()[-1:] if before else []
    after = doc.masked[(s.close_at or s.end) + 1 : (s.close_at or s.end) + 30]
    if (
        len(words) <= 3
        and prev_tok
        and (doc.masked[s.open_at - 2 : s.open_at - 1].isalpha() or text[s.open_at - 2] == ".")
        and text[s.open_at - 1] == " "
        and prev_tok[0][:1].isalpha()
        and text[max(sent.start, s.open_at - 40) : s.open_at].split()[-1][:1].isupper()
        and re.match(r"\s+[A-Z][a-z]", after)
    ):
        return True
    # A programme or book title: short, Title Case, after a possessive or "on"
    # (CNN's "State of the Union").
    title_case = words[0][:1].isupper() and all(
        w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words
    )  # "Face the Nation", "Meet the Press"
    if len(words) <= 6 and title_case and re.search(r"(?:’s|'s|\bon|\bof)$", before):
        return True
    return False


_TITLE_SMALL_WORDS = frozenset("the of and a an in on for to at with".split())


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
