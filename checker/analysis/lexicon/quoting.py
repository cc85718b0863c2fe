"""Patterns around quote marks: what makes a quoted span a title, a nickname or a quote."""

from __future__ import annotations

import re

# Words just before a quoted span that make it the title of a work or a programme.
TITLE_CUES = re.compile(
    r"(?:\b(?:titled|entitled|headlined|headline|book|books|film|movie|documentary|song|album|"
    r"show|series|program|programme|episode|column|op-ed|essay|article|commentary|poem|"
    r"play|novel|memoir|slogan|hashtag|broadcast of|edition of|appearance on|appeared on|"
    r"interview on|interview with|segment)|\bon"
    # a list of works: "films like", "shows such as", "songs including"
    r"|\b(?:books|films|movies|documentaries|songs|albums|shows|series|programs|episodes|"
    r"novels|plays|poems)\s*,?\s+(?:like|such as|including))\s*[,:]?$",
)
# What may stand between two titles in a list: '"The Exorcist," "Training Day" and "Taken"'.
TITLE_LIST_GAP = re.compile(r"[\s,'’]*(?:and|or)?[\s'‘]*")

# Words just before a quoted span that make it a nickname.
NICKNAME_CUES = re.compile(
    r"\b(?:nicknamed|dubbed|known as|nickname|moniker|so-called|alias|aka|a\.k\.a\.)\s*[,:]?$"
)
