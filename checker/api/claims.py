"""/api/v1/claims: stored claims with filters, full-text search and their reviews."""

from __future__ import annotations

import http
from typing import Any

from flask.views import MethodView
from flask_smorest import abort

from checker.api import Blueprint
from checker.api.db import get_db
from checker.api.schemas import MAX_ID, ClaimPageSchema, ClaimQueryArgsSchema, ClaimRecordSchema
from checker.store import claims, reviews

blp = Blueprint(
    "claims", __name__, url_prefix="/api/v1", description="Stored claims across all articles."
)


def with_reviews(items: list[Any]) -> list[dict[str, Any]]:
    """The claims as dictionaries, each with every review of it."""
    return reviews.with_reviews(get_db(), "claim", items)


@blp.route("/claims")
class Claims(MethodView):
    """Search the claims."""

    @blp.arguments(ClaimQueryArgsSchema, location="query")
    @blp.response(200, ClaimPageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Stored claims matching every filter given; with ``q``, best match first."""
        limit = args["per_page"]
        items, total, exact = claims.search(
            get_db(),
            q=args.get("q"),
            status=args.get("status"),
            flag=args.get("flag"),
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


@blp.route("/claims/<int:claim_id>")
class ClaimById(MethodView):
    """One stored claim."""

    @blp.response(200, ClaimRecordSchema)
    @blp.alt_response(404, response=http.HTTPStatus(404).name)
    def get(self, claim_id: int) -> dict[str, Any]:
        """A stored claim with every review of it."""
        claim = claims.get(get_db(), claim_id) if claim_id <= MAX_ID else None
        if claim is None:
            abort(404, message=f"There is no stored claim {claim_id}.")
        return with_reviews([claim])[0]
