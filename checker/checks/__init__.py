"""Analysis to flags, pure: one module per kind of check.

:func:`run_checks` calls every check on one analysed article. Each check is a function
``check(text, analysis, *, published) -> list[Flag]``; a flag's evidence spans index ``text``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from checker.checks.arithmetic import arithmetic_mismatches
from checker.checks.currency import currency_mismatches
from checker.checks.dates import date_mismatches
from checker.checks.names import name_variants
from checker.checks.places import location_mismatches
from checker.checks.quotes import unattributed_quotes
from checker.model import Analysis, Flag

log = logging.getLogger(__name__)

Check = Callable[..., list[Flag]]

CHECKS: tuple[Check, ...] = (
    location_mismatches,
    date_mismatches,
    currency_mismatches,
    arithmetic_mismatches,
    name_variants,
    unattributed_quotes,
)

__all__ = [
    "CHECKS",
    "arithmetic_mismatches",
    "currency_mismatches",
    "date_mismatches",
    "location_mismatches",
    "name_variants",
    "run_checks",
    "unattributed_quotes",
]


def run_checks(
    text: str, analysis: Analysis, *, published: dt.date | None = None
) -> tuple[Flag, ...]:
    """Every in-article check on ``analysis`` of ``text``, in check order.

    A check that fails on odd text is logged and skipped, so analysis never raises; flags whose
    evidence does not match the text are dropped the same way.
    """
    out: list[Flag] = []
    for check in CHECKS:
        try:
            found = check(text, analysis, published=published)
        except Exception:  # noqa: BLE001 - one broken check must not lose the analysis
            log.exception("check %s failed", check.__name__)
            continue
        for flag in found:
            if all(text[e.start : e.end] == e.text for e in flag.evidence):
                out.append(flag)
            else:  # pragma: no cover - a bug in a check
                log.error("dropped %s flag with evidence off the text", flag.type)
    return tuple(out)
