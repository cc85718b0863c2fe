"""Marshmallow schemas: the request body of the attribute route and the analysis object.

The analysis schemas dump the dictionaries made by ``Analysis.to_dict()`` (the one place
records become JSON), so they mirror ``checker/model.py`` field for field; a test dumps a
fully populated analysis through them and compares the JSON with ``to_dict()``.
Lists of records are ``Nested(..., many=True)`` rather than ``List(Nested(...))``: one dump
per list instead of one per record (an ingest's response has hundreds), with the same JSON
and the same OpenAPI document.
"""

from __future__ import annotations

import re

import marshmallow
from marshmallow import ValidationError, fields, validate

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


class Schema(marshmallow.Schema):
    """marshmallow's ``Schema``, reading the plain dictionaries checker dumps by key.

    marshmallow's default accessor tries dotted paths, ``obj[key]`` and then attributes for
    every field of every record; an ingest's response has hundreds of records, and a
    ``dict.get`` takes a fifth off its dump. Anything but a dict goes the default way.
    """

    def get_attribute(self, obj: object, attr: str, default: object) -> object:
        """The value of ``attr`` in ``obj``: ``obj.get(attr, default)`` for a dict."""
        if type(obj) is dict:
            return obj.get(attr, default)
        return super().get_attribute(obj, attr, default)


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
    values = fields.Nested(ValueSchema, many=True)


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
    evidence = fields.Nested(SpanSchema, many=True)
    quote_ids = fields.List(fields.String())
    claim_ids = fields.List(fields.String())
    related = fields.Nested(
        RelatedSchema,
        many=True,
        metadata={"description": "Stored rows this flag conflicts with (cross-article flags)."},
    )


class AnalysisSchema(Schema):
    """Everything checker found in one article (the contract's analysis object)."""

    source = fields.String(allow_none=True)
    published = fields.String(allow_none=True, metadata={"format": "date"})
    quotes = fields.Nested(QuoteSchema, many=True)
    speakers = fields.Nested(SpeakerSchema, many=True)
    claims = fields.Nested(ClaimSchema, many=True)
    flags = fields.Nested(FlagSchema, many=True)


# -- the archive: stored articles, quotes, claims, people, reviews and users -----------------

MAX_ID = 2**63 - 1  # SQLite's largest rowid; a bigger id cannot exist (and must not be a 500)
PER_PAGE_MAX = 100
REVIEW_STATUSES = ("verified", "disputed")
STATUS_FILTERS = ("verified", "disputed", "unreviewed")


def validate_unicode(value: str) -> None:
    """Marshmallow validator: refuse lone surrogates (they cannot be stored as UTF-8)."""
    if _SURROGATE.search(value):
        raise ValidationError("Contains an unpaired surrogate escape (\\ud800-\\udfff).")


class ArticleRequestSchema(AttributeRequestSchema):
    """The body of ``POST /api/v1/articles``: the attribute body, stored this time."""

    title = fields.String(
        allow_none=True,
        validate=[validate.Length(max=1000), validate_unicode],
        metadata={"description": "Headline, used as source."},
    )
    url = fields.String(
        allow_none=True,
        validate=[validate.Length(max=2000), validate_unicode],
        metadata={
            "description": "Where the article is from; posting it again returns the stored article."
        },
    )


class ReviewSchema(Schema):
    """One reviewer's verdict on a stored quote or claim; every review is kept."""

    id = fields.Integer(required=True)
    item_type = fields.String(required=True, validate=validate.OneOf(("quote", "claim")))
    item_id = fields.Integer(required=True)
    status = fields.String(required=True, validate=validate.OneOf(REVIEW_STATUSES))
    note = fields.String(allow_none=True)
    reviewer = fields.String(required=True, metadata={"description": "The reviewing user."})
    created_at = fields.String(required=True, metadata={"format": "date-time"})


class ReviewRequestSchema(Schema):
    """The body of a review: ``verified`` or ``disputed``, and an optional note."""

    status = fields.String(required=True, validate=validate.OneOf(REVIEW_STATUSES))
    note = fields.String(allow_none=True, validate=[validate.Length(max=10_000), validate_unicode])


class StoredQuoteSchema(QuoteSchema):
    """A quote inside a stored article: the analysis quote, its row id and review status."""

    stored_id = fields.Integer(required=True, metadata={"description": "Row id in /quotes."})
    status = fields.String(allow_none=True)


class StoredClaimSchema(ClaimSchema):
    """A claim inside a stored article: the analysis claim, its row id and review status."""

    stored_id = fields.Integer(required=True, metadata={"description": "Row id in /claims."})
    status = fields.String(allow_none=True)


class StoredSpeakerSchema(SpeakerSchema):
    """A speaker inside a stored article, with the stored person it was matched to."""

    person_id = fields.Integer(allow_none=True, metadata={"description": "Id in /speakers."})


class StoredFlagSchema(FlagSchema):
    """A flag stored with an article."""

    stored_id = fields.Integer()


class ArticleSchema(AnalysisSchema):
    """A stored article: the analysis object with ``id`` and the ids of the stored rows."""

    id = fields.Integer(required=True)
    title = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    content_hash = fields.String(metadata={"description": "sha256 of the normalised text."})
    created_at = fields.String(metadata={"format": "date-time"})
    text = fields.String(metadata={"description": "The article text (GET only)."})
    quotes = fields.Nested(StoredQuoteSchema, many=True)
    speakers = fields.Nested(StoredSpeakerSchema, many=True)
    claims = fields.Nested(StoredClaimSchema, many=True)
    flags = fields.Nested(StoredFlagSchema, many=True)


class ArticleSummarySchema(Schema):
    """One stored article in a list."""

    id = fields.Integer(required=True)
    title = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    published = fields.String(allow_none=True, metadata={"format": "date"})
    n_quotes = fields.Integer()
    n_claims = fields.Integer()
    n_flags = fields.Integer()
    created_at = fields.String(metadata={"format": "date-time"})


class PageArgsSchema(Schema):
    """Pagination: ``page`` from 1, ``per_page`` up to 100."""

    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100_000))
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=PER_PAGE_MAX))


class PageSchema(Schema):
    """The envelope of a list: this page's items and the total across pages."""

    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    total = fields.Integer(
        required=True,
        metadata={"description": "Matches in all; a full-text search counts up to 10,000."},
    )
    total_exact = fields.Boolean(
        metadata={"description": "False when a full-text search stopped counting at 10,000."}
    )


class ArticlePageSchema(PageSchema):
    """A page of stored articles, newest first."""

    items = fields.Nested(ArticleSummarySchema, many=True, required=True)


def _query_text(description: str) -> fields.String:
    return fields.String(
        validate=[validate.Length(min=1, max=500), validate_unicode],
        metadata={"description": description},
    )


def _id_arg(description: str) -> fields.Integer:
    return fields.Integer(
        validate=validate.Range(min=1, max=MAX_ID), metadata={"description": description}
    )


_STATUS_ARG = fields.String(
    validate=validate.OneOf(STATUS_FILTERS),
    metadata={"description": "verified, disputed or unreviewed (the latest review)."},
)


class QuoteQueryArgsSchema(PageArgsSchema):
    """Filters of ``GET /api/v1/quotes``; all given filters must hold."""

    q = _query_text("Full text: every word must occur (stemmed); best match first.")
    speaker = _query_text("A speaker's name, in any word order.")
    speaker_id = _id_arg("A stored person's id.")
    status = _STATUS_ARG
    article_id = _id_arg("Quotes of one stored article.")


class QuoteRecordSchema(Schema):
    """A stored quote with its article, speaker, status and every review."""

    id = fields.Integer(required=True)
    article_id = fields.Integer(required=True)
    local_id = fields.String(
        required=True, metadata={"description": 'The id in its article ("q3").'}
    )
    person_id = fields.Integer(allow_none=True)
    speaker_name = fields.String(allow_none=True)
    speaker_title = fields.String(allow_none=True)
    text = fields.String(required=True)
    kind = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    confidence = fields.Float(required=True)
    status = fields.String(allow_none=True)
    reviews = fields.Nested(ReviewSchema, many=True)


class QuotePageSchema(PageSchema):
    """A page of stored quotes."""

    items = fields.Nested(QuoteRecordSchema, many=True, required=True)


class ClaimQueryArgsSchema(PageArgsSchema):
    """Filters of ``GET /api/v1/claims``; all given filters must hold."""

    q = _query_text("Full text: every word must occur (stemmed); best match first.")
    status = _STATUS_ARG
    flag = fields.String(
        validate=[validate.Length(min=1, max=50), validate_unicode],
        metadata={"description": "Claims that a flag of this type is about."},
    )
    article_id = _id_arg("Claims of one stored article.")


class ClaimRecordSchema(Schema):
    """A stored claim with its values, status and every review."""

    id = fields.Integer(required=True)
    article_id = fields.Integer(required=True)
    local_id = fields.String(required=True)
    text = fields.String(required=True)
    kind = fields.String(allow_none=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    values = fields.Nested(ValueSchema, many=True)
    status = fields.String(allow_none=True)
    reviews = fields.Nested(ReviewSchema, many=True)


class ClaimPageSchema(PageSchema):
    """A page of stored claims."""

    items = fields.Nested(ClaimRecordSchema, many=True, required=True)


class SpeakerQueryArgsSchema(PageArgsSchema):
    """Filters of ``GET /api/v1/speakers``."""

    q = _query_text("Part of a name or alias.")


class TitleSchema(Schema):
    """A title a person had in one stored article."""

    title = fields.String(required=True)
    article_id = fields.Integer(required=True)
    published = fields.String(allow_none=True, metadata={"format": "date"})


class PersonSchema(Schema):
    """A person (or organisation) across stored articles."""

    id = fields.Integer(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True)
    aliases = fields.List(fields.String())
    titles = fields.Nested(TitleSchema, many=True)
    quote_count = fields.Integer()


class PersonDetailSchema(PersonSchema):
    """A person with their stored quotes (the newest 100; page through /quotes?speaker_id=)."""

    quotes = fields.Nested(QuoteRecordSchema, many=True)


class PersonPageSchema(PageSchema):
    """A page of people."""

    items = fields.Nested(PersonSchema, many=True, required=True)


class UserRequestSchema(Schema):
    """The body of ``POST /api/v1/users``."""

    name = fields.String(
        required=True, validate=[validate.Length(min=1, max=200), validate_unicode]
    )
    role = fields.String(required=True, validate=validate.OneOf(("reviewer", "editor", "admin")))


class UserSchema(Schema):
    """A user; ``token`` only in the answer that created it."""

    id = fields.Integer(required=True)
    name = fields.String(required=True)
    role = fields.String(required=True)
    created_at = fields.String(metadata={"format": "date-time"})
    token = fields.String(metadata={"description": "Shown once, when the user is created."})
