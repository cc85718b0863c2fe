"""analyze(): the analysis, then the checks; what the command line and the web app both call."""

from __future__ import annotations

import dataclasses
import datetime as dt

from checker import geo, rates
from checker.analysis.claims import find_claims
from checker.analysis.people import first_names
from checker.analysis.quotes import find_statements
from checker.analysis.speakers import attribute_speakers
from checker.checks import run_checks
from checker.model import Analysis


def analyze(
    text: str, *, published: str | dt.date | None = None, source: str | None = None
) -> Analysis:
    """Analyse one article: its quotes, who said them, and its check-worthy claims.

    ``published`` (an ISO date string or ``datetime.date``) anchors relative dates such as
    "on Friday". Returns an :class:`~checker.model.Analysis`; never raises on odd text.

    >>> analyze('"We will win," said Jane Doe.').quotes[0].speaker.name
    'Jane Doe'
    """
    pub = _as_date(published)
    found, doc = find_statements(text)
    quotes, speakers = attribute_speakers(text, doc, found)
    analysis = Analysis(
        source=source,
        published=pub.isoformat() if pub else None,
        quotes=quotes,
        speakers=speakers,
        text=text,
    )
    analysis = dataclasses.replace(analysis, claims=find_claims(text, published=pub))
    return dataclasses.replace(analysis, flags=run_checks(text, analysis, published=pub))


def load_data() -> None:
    """Load the tables the analysis reads on first use: gazetteer, exchange rates, given names.

    Otherwise the first article that needs one waits for it (the gazetteer alone takes
    about 130 ms). ``checker serve`` calls this at start, so no request pays for it.
    """
    geo.load_gazetteer()
    rates.load_rates()
    first_names()


def _as_date(published: str | dt.date | None) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published
    return dt.date.fromisoformat(published)
