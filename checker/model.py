"""The records that flow through checker: small, frozen, and turned into JSON in one place.

Every span (``Span`` or anything with ``start``/``end``) holds character offsets into the
submitted text, and ``text == submitted[start:end]`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

QUOTE_KINDS = ("direct", "partial", "indirect", "mixed")
SEVERITIES = ("low", "medium", "high")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the submitted text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The span as the contract's ``{"text", "start", "end"}`` object."""
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class QuoteSpeaker:
    """Who said one quote: the resolved name and the words near the quote that point to it."""

    name: str | None
    title: str | None = None
    mention: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract's ``speaker`` object of a quote."""
        return {
            "name": self.name,
            "title": self.title,
            "mention": self.mention.to_dict() if self.mention else None,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted or reported statement; ``text`` is the content only, without marks or cue."""

    id: str
    text: str
    start: int
    end: int
    kind: str
    cue: Span | None = None
    speaker: QuoteSpeaker | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        """The contract's quote object."""
        return {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person or organisation quoted in the article, with every way it was referred to."""

    name: str
    title: str | None = None
    aliases: tuple[str, ...] = ()
    quote_ids: tuple[str, ...] = ()
    kind: str = "person"  # person, organisation or anonymous
    gender: str | None = None  # "m", "f" or None when unknown

    def to_dict(self) -> dict[str, Any]:
        """The contract's speaker object."""
        return {
            "name": self.name,
            "title": self.title,
            "aliases": list(self.aliases),
            "quote_ids": list(self.quote_ids),
            "kind": self.kind,
            "gender": self.gender,
        }


@dataclass(frozen=True, slots=True)
class Value:
    """One parsed figure inside a claim.

    ``kind`` is one of money, percent, count, measure, date, year, rank. ``unit`` is the ISO
    currency code for money, ``%`` for percentages, the unit word for measures and counts.
    ``date`` is an ISO date for dates; ``year`` is the year a figure or date refers to.
    """

    text: str
    start: int
    end: int
    kind: str
    value: float | None = None
    unit: str | None = None
    year: int | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract's value object."""
        out: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
        }
        if self.year is not None:
            out["year"] = self.year
        if self.date is not None:
            out["date"] = self.date
        return out


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence that carries check-worthy facts, with its parsed values."""

    id: str
    text: str
    start: int
    end: int
    kind: str  # figure, date, ranking, superlative
    values: tuple[Value, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's claim object."""
        return {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "values": [v.to_dict() for v in self.values],
        }


@dataclass(frozen=True, slots=True)
class Flag:
    """Something that looks inconsistent, with the words that conflict as evidence."""

    type: str
    severity: str
    message: str
    evidence: tuple[Span, ...] = ()
    quote_ids: tuple[str, ...] = ()
    claim_ids: tuple[str, ...] = ()
    related: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's flag object."""
        out: dict[str, Any] = {
            "type": self.type,
            "severity": self.severity,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
            "quote_ids": list(self.quote_ids),
            "claim_ids": list(self.claim_ids),
        }
        if self.related:
            out["related"] = [dict(r) for r in self.related]
        return out


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything checker found in one article."""

    source: str | None
    published: str | None
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    claims: tuple[Claim, ...] = ()
    flags: tuple[Flag, ...] = ()
    text: str = field(default="", repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's analysis object (without the article text)."""
        return {
            "source": self.source,
            "published": self.published,
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
            "claims": [c.to_dict() for c in self.claims],
            "flags": [f.to_dict() for f in self.flags],
        }
