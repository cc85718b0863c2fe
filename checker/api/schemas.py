"""Marshmallow schemas: the request body of the attribute route and the analysis object.

The analysis schemas dump the dictionaries made by ``Analysis.to_dict()`` (the one place
records become JSON), so they mirror ``checker/model.py`` field for field; a test dumps a
fully populated analysis through them and compares the JSON with ``to_dict()``.
"""

from __future__ import annotations

import re

from marshmallow import Schema, ValidationError, fields, validate

from checker.model import QUOTE_KINDS, SEVERITIES

# Control characters that do not belong in plain text. Tab, newline, carriage return, form
# feed and vertical tab are ordinary whitespace in pasted articles, so they are allowed.
_JUNK_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Lone surrogates come from broken JSON escapes such as \ud800: not text, and they cannot be
# encoded back to UTF-8 for storage, so even one is refused.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
MAX_JUNK_CHARS = 3

_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<(?:html|head|body)(?:\s[^<>]*)?>", re.IGNORECASE)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
_HTML_ELEMENTS = frozenset(
    """a abbr article aside b blockquote body br button caption div em figcaption figure
    footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input label li link main
    meta nav noscript ol p pre script section small span strong style sub sup table tbody td
    th thead title tr u ul""".split()
)


def plain_text_problem(text: str) -> str | None:
    """Why ``text`` cannot be analysed as a plain-text article, or None when it can."""
    if not text.strip():
        return "The text is empty; send the article's words as plain text."
    if "\x00" in text:
        return "The text contains NUL characters, so it looks like binary data, not an article."
    if _SURROGATE.search(text):
        return (
            "The text contains an unpaired surrogate escape (\\ud800-\\udfff): not valid Unicode."
        )
    junk = _JUNK_CHARS.findall(text)
    if len(junk) > MAX_JUNK_CHARS:
        return (
            f"The text contains {len(junk)} control characters (the first is "
            f"U+{ord(junk[0]):04X}); it looks like binary data or text in the wrong encoding. "
            "Send the article as plain UTF-8 text."
        )
    if looks_like_html(text):
        return "The text looks like HTML; send the article as plain text, without tags."
    return None


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document or is made of HTML markup rather than prose.

    A few stray angle brackets in an article ("<b>" in a story about code) are not enough:
    the text needs document markers, several HTML tags for its length, or mostly tags.
    """
    if _HTML_DOCUMENT.search(text):
        return True
    tags = list(_TAG.finditer(text))
    if not tags:
        return False
    known = sum(1 for m in tags if m.group(1).lower() in _HTML_ELEMENTS)
    # Two known tags per 500 characters is what <p>...</p> around every paragraph gives.
    if known >= 3 and known * 250 >= len(text):
        return True
    tag_chars = sum(m.end() - m.start() for m in tags)
    return tag_chars * 2 >= len("".join(text.split()))


def validate_plain_text(text: str) -> None:
    """Marshmallow validator: raise ``ValidationError`` unless ``text`` is a plain-text article."""
    problem = plain_text_problem(text)
    if problem:
        raise ValidationError(problem)


class AttributeRequestSchema(Schema):
    """The body of ``POST /api/v1/attribute``: one article's plain text and where it is from."""

    text = fields.String(
        required=True,
        validate=validate_plain_text,
        metadata={"description": "The article as plain text (UTF-8, no HTML)."},
    )
    published = fields.Date(
        allow_none=True,
        metadata={
            "description": "Publication date (YYYY-MM-DD); anchors relative dates such as "
            '"on Friday".'
        },
    )
    title = fields.String(allow_none=True, metadata={"description": "Headline, used as source."})
    url = fields.String(
        allow_none=True, metadata={"description": "Where the article is from; source if no title."}
    )


class ErrorSchema(Schema):
    """Every error from the /api/ routes."""

    error = fields.String(
        required=True, metadata={"description": 'Short code such as "bad_request" or "invalid".'}
    )
    message = fields.String(required=True, metadata={"description": "What went wrong, for people."})
    errors = fields.Dict(
        keys=fields.String(),
        metadata={"description": "Messages per request field (422 only)."},
    )


class SpanSchema(Schema):
    """A piece of the submitted text: ``text == submitted[start:end]``."""

    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class QuoteSpeakerSchema(Schema):
    """Who said one quote."""

    name = fields.String(
        allow_none=True, metadata={"description": "Full name resolved across the article."}
    )
    title = fields.String(allow_none=True)
    mention = fields.Nested(
        SpanSchema,
        allow_none=True,
        metadata={"description": "The words near the quote that point to the speaker."},
    )


class QuoteSchema(Schema):
    """A quoted or reported statement; the span is the content only."""

    id = fields.String(required=True)
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(QUOTE_KINDS))
    cue = fields.Nested(SpanSchema, allow_none=True)
    speaker = fields.Nested(QuoteSpeakerSchema, allow_none=True)
    confidence = fields.Float(required=True)


class SpeakerSchema(Schema):
    """A person or organisation quoted in the article."""

    name = fields.String(required=True)
    title = fields.String(allow_none=True)
    aliases = fields.List(fields.String())
    quote_ids = fields.List(fields.String())
    kind = fields.String(metadata={"description": "person, organisation or anonymous"})
    gender = fields.String(allow_none=True, metadata={"description": '"m", "f" or null'})


class ValueSchema(Schema):
    """One parsed figure inside a claim."""

    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    kind = fields.String(
        metadata={"description": "money, percent, count, measure, date, year, rank"}
    )
    # Raw, not Float: an integer such as 736300000000 must stay an integer in the JSON, as
    # the command line prints it.
    value = fields.Raw(allow_none=True, metadata={"type": "number", "nullable": True})
    unit = fields.String(allow_none=True)
    year = fields.Integer()
    date = fields.String(metadata={"format": "date"})


class ClaimSchema(Schema):
    """A sentence that carries check-worthy facts."""

    id = fields.String(required=True)
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    kind = fields.String(metadata={"description": "figure, date, ranking, superlative"})
    values = fields.List(fields.Nested(ValueSchema))


class RelatedSchema(Schema):
    """A stored quote or claim that a cross-article flag points to."""

    article_id = fields.Raw()
    quote_id = fields.Raw()
    claim_id = fields.Raw()
    text = fields.String()
    status = fields.String(allow_none=True)


class FlagSchema(Schema):
    """Something that looks inconsistent, with the conflicting words as evidence."""

    type = fields.String(required=True)
    severity = fields.String(required=True, validate=validate.OneOf(SEVERITIES))
    message = fields.String(required=True)
    evidence = fields.List(fields.Nested(SpanSchema))
    quote_ids = fields.List(fields.String())
    claim_ids = fields.List(fields.String())
    related = fields.List(
        fields.Nested(RelatedSchema),
        metadata={"description": "Stored rows this flag conflicts with (cross-article flags)."},
    )


class AnalysisSchema(Schema):
    """Everything checker found in one article (the contract's analysis object)."""

    source = fields.String(allow_none=True)
    published = fields.String(allow_none=True, metadata={"format": "date"})
    quotes = fields.List(fields.Nested(QuoteSchema))
    speakers = fields.List(fields.Nested(SpeakerSchema))
    claims = fields.List(fields.Nested(ClaimSchema))
    flags = fields.List(fields.Nested(FlagSchema))
