"""/api/v1/quotes: stored quotes with filters, full-text search and their reviews."""

from __future__ import annotations

import http
from typing import Any

from flask.views import MethodView
from flask_smorest import abort

from checker.api import Blueprint
from checker.api.db import get_db
from checker.api.schemas import MAX_ID, QuotePageSchema, QuoteQueryArgsSchema, QuoteRecordSchema
from checker.store import quotes, reviews

blp = Blueprint(
    "quotes", __name__, url_prefix="/api/v1", description="Stored quotes across all articles."
)


def with_reviews(items: list[Any]) -> list[dict[str, Any]]:
    """The quotes as dictionaries, each with every review of it."""
    return reviews.with_reviews(get_db(), "quote", items)


@blp.route("/quotes")
class Quotes(MethodView):
    """Search the quotes."""

    @blp.arguments(QuoteQueryArgsSchema, location="query")
    @blp.response(200, QuotePageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Stored quotes matching every filter given; with ``q``, best match first."""
        limit = args["per_page"]
        items, total, exact = quotes.search(
            get_db(),
            q=args.get("q"),
            speaker=args.get("speaker"),
            person_id=args.get("speaker_id"),
            status=args.get("status"),
            article_id=args.get("article_id"),
            limit=limit,
            offset=(args["page"] - 1) * limit,
        )
        return {
            "items": with_reviews(items),
            "page": args["page"],
            "per_page": limit,
            "total": total,
            "total_exact": exact,
        }


@blp.route("/quotes/<int:quote_id>")
class QuoteById(MethodView):
    """One stored quote."""

    @blp.response(200, QuoteRecordSchema)
    @blp.alt_response(404, response=http.HTTPStatus(404).name)
    def get(self, quote_id: int) -> dict[str, Any]:
        """A stored quote with every review of it."""
        quote = quotes.get(get_db(), quote_id) if quote_id <= MAX_ID else None
        if quote is None:
            abort(404, message=f"There is no stored quote {quote_id}.")
        return with_reviews([quote])[0]
