"""Span checks shared by the tests: every reported span must slice the submitted text.

A plain module rather than conftest.py, so test modules can import it by a name no other
directory's conftest shadows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def spans_in(obj: Any) -> Iterator[dict[str, Any]]:
    """Every ``{"text", "start", "end"}`` object inside an analysis dictionary."""
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys():
            yield obj
        for value in obj.values():
            yield from spans_in(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from spans_in(value)


def assert_spans_match(text: str, analysis: dict[str, Any]) -> int:
    """Assert ``text[start:end] == span text`` for every span; returns how many were checked."""
    count = 0
    for span in spans_in(analysis):
        start, end = span["start"], span["end"]
        assert isinstance(start, int) and isinstance(end, int), span
        assert 0 <= start <= end <= len(text), span
        assert text[start:end] == span["text"], span
        count += 1
    return count
