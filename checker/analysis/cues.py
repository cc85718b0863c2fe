"""Where a quoted span's cue and source are: the words around it in its sentence, and the
sentence before or after it. (Whose a fragment without a cue is: :mod:`.owners`.)

Each finder returns the index of the cue token in ``toks`` (or the cue's offsets) and the
source phrase, or None; :mod:`checker.analysis.quotes` tries them in order.
"""

from __future__ import annotations

import re

from checker.analysis.frames import (
    NAMING_VERBS,
    SETTING_NOUNS,
    WEEKDAYS,
    clause_end,
    heads_a_clause,
    is_adverb,
    is_cue,
    is_passive,
    looks_like_verb,
    names_a_thing,
    opens_a_clause,
    sentence_subject,
    skip_aux_back,
)
from checker.analysis.lexicon.speech import (
    CUE_VERBS,
    HEARER_VERBS,
    SPEECH_VERBS,
)
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
from checker.analysis.reported import earlier_source, issuer
from checker.analysis.text import Block

# Irregular verbs that introduce a quote after a colon ("Sanders made the following comment:").
INTRO_VERBS = frozenset("made gave had put went offered".split())
# Verbs with a particle that report speech after a quote: '"... right?" Trump went on.'
_PHRASAL_CUES = {"went": "on", "shot": "back", "fired": "back", "pushed": "back"}
# Words that cannot sit in an office before a name ("with Secretary Clinton:").
_LEAD_BREAKS = frozenset("with to from by for at in on about and or but".split())
# When an attribution was made, between a cue verb and its full stop ("said on Monday.").
_WHEN_WORDS = WEEKDAYS | {"on", "today", "yesterday"}
_NO_SOURCE_FRAMES = HEARER_VERBS | NAMING_VERBS
# Verbs that may stand before their subject ("said Trump: ..."); after the others the next
# name is an object ("accuses Trump of ...").
_INVERTING = frozenset(
    "say add write explain reply respond declare insist argue warn state tweet quip joke "
    "counter exclaim continue".split()
)
# "by" after a quote: the agent of a passive ("called "..." by critics").
_AGENT_AFTER = re.compile(r"[\s,]*by\b")
# A word of a title before a name: letters, hyphens, a possessive ("Post's").
_TITLE_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")


def _inside_who_aside(toks: list[Token], lo: int, k: int) -> bool:
    """Whether token ``k`` sits in a ", who ..." aside opened after ``lo`` and not yet
    closed by a comma."""
    for j in range(k - 1, lo, -1):
        if toks[j].text == ",":
            return False
        if toks[j].lower == "who" and toks[j - 1].text == ",":
            return True
    return False


# --- quoted statements -------------------------------------------------------------


def cue_after(doc: Tokens, toks: list[Token], s: QuotedSpan, hi: int) -> tuple[int, Phrase] | None:
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
    if first.lower in SPEECH_VERBS and is_cue(toks, k0) and not first.lower.endswith("ing"):
        # (no inversion in a participle: '"...," promising the Friends will return')
        phrase = phrase_after(doc, first.end, min(hi, clause_end(doc, first.end, hi)))
        if phrase is not None:
            return k0, phrase
        return None
    if looks_like_verb(first) and first.lower.endswith("ed") and k0 + 1 < len(toks):
        # '"This is fantastic!" beamed Donald Hartley of Madison': any verb, then a name
        phrase = phrase_after(doc, first.end, min(hi, clause_end(doc, first.end, hi)))
        if (
            phrase is not None
            and phrase.kind == "name"
            and (len(phrase.head.split()) >= 2 or doc.masked[phrase.end : phrase.end + 1] == ".")
        ):  # '"...," reacted Trump.': one word will do when the sentence ends on it
            return k0, phrase
    # X said: find a speech verb within the next few tokens and the phrase before it.
    for k in range(k0, min(len(toks), k0 + 30)):
        if toks[k].start >= hi:
            break
        if toks[k].lower in SPEECH_VERBS and is_cue(toks, k):
            if _inside_who_aside(toks, k0, k):
                continue  # '"...," Cruz, who has proposed ..., said': the aside's own verb
            phrase = phrase_before(doc, skip_aux_back(toks, k, k0), first.start)
            found = _with_leading_title(doc, toks, k0, k, phrase) if phrase is not None else None
            if found is not None:
                return found
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
    if phrase.title and doc.masked[first.start : phrase.start].strip(" ,").startswith(phrase.title):
        # '"...," Scott's niece, Marcia Price, said': the description before the name
        return k, phrase
    lead = [t for t in toks[k0:k] if t.end <= phrase.start]
    # "the Post's senior politics editor Steven Ginsberg": a determiner allows a longer title
    longest = 6 if phrase.kind == "name" and lead and lead[0].lower in ("the", "a", "an") else 4
    if 0 < len(lead) <= longest and all(_TITLE_WORD.fullmatch(t.text) for t in lead):
        title = doc.masked[first.start : phrase.start].strip()
        if phrase.title:
            title = f"{title} {phrase.title}"
        return k, Phrase(
            first.start, phrase.end, phrase.kind, phrase.head, title=title, gender=phrase.gender
        )
    if (
        phrase.kind == "nominal"
        and first.lower in ("the", "a", "an")
        and 1 < len(lead) <= 4
        and lead[-1].text == ","
        and all(_TITLE_WORD.fullmatch(t.text) for t in lead[:-1])
    ):
        # "the bespectacled, 71-year-old diplomat said": adjectives set off by a comma
        return k, Phrase(first.start, phrase.end, "nominal", doc.masked[first.start : phrase.end])
    if (
        phrase.kind == "nominal"
        and first.lower in ("the", "a", "an")
        and 2 < len(lead) <= 8
        and lead[-1].lower == "and"
        and all(t.text.replace("-", "").isalpha() for t in lead)
    ):
        # "the independent Vermont senator and Democratic presidential candidate told": two
        # descriptions of one speaker
        head = doc.masked[first.start : phrase.end]
        return k, Phrase(first.start, phrase.end, "nominal", head)
    return None


def cue_in_prev(
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
    while k > 0 and toks[k].lower in _WHEN_WORDS:
        k -= 1  # "Jones said on Monday."
    if not (toks[k].lower in SPEECH_VERBS and toks[k].text[:1].islower()):
        return None
    if toks[k - 1].lower.endswith(("’s", "'s")):
        return None  # "Bill Clinton’s comments": a noun, not a verb
    phrase = phrase_before(doc, skip_aux_back(toks, k, 0), prev.start)
    if phrase is None or phrase.kind not in ("name", "pronoun", "org"):
        return None
    return (toks[k].start, toks[k].end), phrase


def cue_in_next(doc: Tokens, s: QuotedSpan, nxt: Block) -> tuple[tuple[int, int], Phrase] | None:
    """A short sentence right after a quote that only says who said it ("Trump said.")."""
    close = s.close_at if s.close_at is not None else s.end
    gap = doc.masked[close + 1 : nxt.start]
    if gap.strip() or "\n" in gap:
        return None  # not right after the quote, or on a new line ("Editor’s note: ...")
    toks = doc.between(nxt.start, nxt.end)
    # "Trump, 70, said." / "Scott's niece, Marcia Price, said.": commas of an apposition
    appositive = is_capitalised(toks[0]) and any(t.text == "," for t in toks[1:4])
    for k, tok in enumerate(toks[: 24 if appositive else 8]):
        phrasal = (
            k > 0
            and k + 1 < len(toks)
            and _PHRASAL_CUES.get(tok.lower) == toks[k + 1].lower
            and is_capitalised(toks[k - 1])
        )
        if tok.lower in SPEECH_VERBS and is_cue(toks, k) or phrasal:
            if k == 0:
                phrase = phrase_after(doc, tok.end, clause_end(doc, tok.end, nxt.end))
            else:
                phrase = phrase_before(doc, skip_aux_back(toks, k, 0), nxt.start)
                if phrase is not None and phrase.start != toks[0].start:
                    lead = doc.masked[toks[0].start : phrase.start].strip(" ,")
                    phrase = phrase if phrase.title and lead.startswith(phrase.title) else None
            return ((tok.start, tok.end), phrase) if phrase is not None else None
        if tok.text in (";", ":") or tok.text == "," and not appositive:
            break  # 'Miller, a retired worker, said ...': an apposition may hold commas
    # '"... the 11 million?" Hannity pressed.': a name and any verb in -ed, and nothing else
    if 3 <= len(toks) <= 5 and toks[-1].text == "." and is_capitalised(toks[0]):
        phrase = phrase_after(doc, toks[0].start, toks[-1].start)
        verb = next((k for k, t in enumerate(toks) if phrase and t.start >= phrase.end), None)
        if (
            phrase is not None
            and phrase.kind in ("name", "pronoun")
            and verb == len(toks) - 2
            and looks_like_verb(toks[verb])
            and toks[verb].lower.endswith("ed")
        ):
            return (toks[verb].start, toks[verb].end), phrase
    return None


def cue_before(doc: Tokens, toks: list[Token], s: QuotedSpan, lo: int) -> tuple[int, Phrase] | None:
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
    as_put = _as_put_it(doc, toks, seg)
    if as_put is not None:
        return as_put
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
            if is_passive(toks, k, seg[0]) or (
                CUE_VERBS[toks[k].lower] in NAMING_VERBS
                and toks[k].lower.endswith("ed")
                and opens_a_clause(toks, k)
                and _AGENT_AFTER.match(doc.masked, (s.close_at or s.end) + 1)
            ):
                # "was called", "— often labeled as "..." by Democrats": named, not speaking
                return None
            phrase = phrase_before(doc, skip_aux_back(toks, k, seg[0]), lo)
            if names_a_thing(toks, k, phrase):
                return None  # "a website called "..."": the name of a thing
            if phrase is not None and phrase.kind == "nominal":
                phrase = issuer(doc, toks, phrase) or phrase  # "she released a statement saying"
            if (
                phrase is not None
                and phrase.kind != "pronoun"
                and toks[k].lower.endswith("ing")
                and k > 0
                and toks[k - 1].text == ","
            ):
                phrase = None  # "..., calling him ...": the sentence's subject, below
            if toks[k].lower.endswith("ing") and (
                phrase is None or phrase.kind == "nominal" and _is_setting(phrase)
            ):
                # "..., Nefzi said, adding, "..."", "Thiel wrote in a statement explaining
                # ...": the source of the verb of saying before the participle
                phrase = earlier_source(doc, toks, k, seg[0], strict=True) or phrase
            if (
                phrase is None
                and CUE_VERBS[toks[k].lower] in _INVERTING
                and not toks[k].lower.endswith("ing")  # "repeating a common line" is no source
                and not (k > 0 and toks[k - 1].lower == "to")  # "went on to say X's ...": no
                and not (k > 0 and toks[k - 1].lower in ("which", "that"))  # "a resolution
                # which said the city ...": the sentence's subject, below
            ):
                # "said Trump: ..." with the subject after the verb ("telling the crowd":
                # the hearer, not the speaker)
                phrase = phrase_after(doc, toks[k].end, s.open_at)
                if phrase is not None and heads_a_clause(doc, phrase, s.open_at):
                    phrase = None
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


def _is_setting(phrase: Phrase) -> bool:
    """ "a statement", "an interview": where something was said, not who said it."""
    return phrase.head.split()[-1].lower() in SETTING_NOUNS


def _as_put_it(doc: Tokens, toks: list[Token], seg: list[int]) -> tuple[int, Phrase] | None:
    """``As Cornyn, the No. 2 in the leadership, put it: "..."``: the phrase after "as"."""
    if len(seg) < 5 or toks[seg[-1]].text not in (",", ":"):
        return None
    # "put it", perhaps with a time or setting after it: "put it in an interview:"
    n = next(
        (n for n in range(len(seg) - 3, max(0, len(seg) - 10), -1) if toks[seg[n]].lower == "put"),
        None,
    )
    if n is None or toks[seg[n + 1]].lower != "it":
        return None
    if n + 2 < len(seg) - 1 and not _short_tail(
        doc.masked[toks[seg[n + 1]].end : toks[seg[-1]].start]
    ):
        return None
    put = toks[seg[n]]
    for k in reversed(seg[: n - 1]):
        if toks[k].lower == "as":
            # the phrase need not reach "put": "as X, a tax lawyer, recently put it"
            phrase = phrase_after(doc, toks[k].end, put.start)
            return (seg[n], phrase) if phrase is not None else None
        if seg[n] - k > 24:
            return None
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
