"""unattributed_quote: a whole quoted statement of four or more words with no speaker."""

from __future__ import annotations

import datetime as dt
import re

from checker.checks.common import claim_ids, span
from checker.model import Analysis, Flag

MIN_WORDS = 4
LONG = 12  # a statement this long without a speaker is ``medium``

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


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
        words = len(_WORD.findall(q.text))
        if words < MIN_WORDS:
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
