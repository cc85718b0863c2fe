"""Word lists and compiled patterns: the one place a linguist edits to extend checker.

``speech`` holds cue verbs, titles, pronouns and name patterns; ``figures`` holds the
money, unit, date and ranking patterns used for claims. Both compile once at import.
"""

from checker.analysis.lexicon.common import ABBREVIATIONS

__all__ = ["ABBREVIATIONS"]
