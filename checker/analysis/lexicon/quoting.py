"""Patterns around quote marks: what makes a quoted span a title, a nickname or a quote."""

from __future__ import annotations

import re

# Words just before a quoted span that make it the title of a work or a programme.
TITLE_CUES = re.compile(
    r"(?:\b(?:titled|entitled|headlined|headline|book|books|film|movie|documentary|song|album|"
    r"show|series|program|programme|episode|column|op-ed|essay|article|commentary|poem|"
    r"play|novel|memoir|slogan|hashtag|broadcast of|edition of|appearance on|appeared on|"
    r"interview on|interview with|segment)|\bon)\s*[,:]?$",
)

# Words just before a quoted span that make it a nickname.
NICKNAME_CUES = re.compile(
    r"\b(?:nicknamed|dubbed|known as|nickname|moniker|so-called|alias|aka|a\.k\.a\.)\s*[,:]?$"
)
