"""unattributed_quote: a whole quoted statement of four or more words with no speaker."""

from __future__ import annotations

import datetime as dt

from checker.checks import patterns as P
from checker.checks.common import claim_ids, span
from checker.model import Analysis, Flag

MIN_WORDS = 4
LONG = 12  # a statement this long without a speaker is ``medium``


def _cue_nearby(text: str, start: int, end: int) -> bool:
    """Whether a speech cue touches the quote, so its speaker is in the text after all.

    A cue right after it ("said Norm Coleman", "Mr. Carson declared"), in the rest of its
    sentence after a comma, before it with a colon or comma ("Mr. Bush said:"), or ending the
    sentence just before it (a quote that continues the last speaker's words).
    """
    after = text[end : end + 100]
    if P.CUE_AFTER.match(after) or P.CUE_BEFORE.search(text, max(0, start - 80), start):
        return True
    if P.CUE_ENDS_SENTENCE_BEFORE.search(text, max(0, start - 120), start):
        return True
    open_ended = not text[start:end].rstrip().endswith((".", "!", "?"))
    return open_ended and bool(P.CUE_IN_SENTENCE_AFTER.match(after.lstrip("\"'”’ \u00a0")))


def unattributed_quotes(
    text: str, analysis: Analysis, *, published: dt.date | None = None
) -> list[Flag]:
    """Direct quotes of four or more words that the analysis could give no speaker.

    ``low`` for short quotes, ``medium`` from twelve words on; never ``high``, since the
    speaker may be named in a way the analysis does not read.
    """
    flags: list[Flag] = []
    for q in analysis.quotes:
        if q.kind != "direct":
            continue
        if q.speaker is not None and (q.speaker.name or q.speaker.mention):
            continue
        words = len(P.QUOTE_WORD.findall(q.text))
        if words < MIN_WORDS or _cue_nearby(text, q.start, q.end):
            continue
        evidence = span(text, q.start, q.end)
        shown = q.text if words <= 8 else " ".join(q.text.split()[:8]) + " …"
        flags.append(
            Flag(
                type="unattributed_quote",
                severity="medium" if words >= LONG else "low",
                message=f"The quote “{shown}” ({words} words) has no identifiable speaker.",
                evidence=(evidence,),
                quote_ids=(q.id,),
                claim_ids=claim_ids(analysis, evidence),
            )
        )
    return flags
