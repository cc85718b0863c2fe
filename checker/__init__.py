"""checker: find quotes, who said them and the check-worthy claims in a news article."""

from checker.model import Analysis, Claim, Flag, Quote, QuoteSpeaker, Span, Speaker, Value
from checker.pipeline import analyze, load_data

__all__ = [
    "Analysis",
    "Claim",
    "Flag",
    "Quote",
    "QuoteSpeaker",
    "Span",
    "Speaker",
    "Value",
    "analyze",
    "load_data",
]
