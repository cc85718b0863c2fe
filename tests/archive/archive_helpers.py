"""Article texts shared by the archive tests."""

from __future__ import annotations


def said(words: str, name: str, title: str | None = None, tail: str = "") -> str:
    """A one-quote article: '"WORDS," said NAME[, TITLE].' and an optional sentence after."""
    who = f"{name}, {title}" if title else name
    return f'"{words}," said {who}.' + (f" {tail}" if tail else "")


BRIDGE = "We will build the new bridge across the river by the end of next year, no matter the cost"
