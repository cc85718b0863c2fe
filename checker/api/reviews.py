"""Reviews: a reviewer marks a stored quote or claim verified or disputed, with a note."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import abort

from checker.api import Blueprint, document_errors, require_json_body
from checker.api import claims as claims_api
from checker.api import quotes as quotes_api
from checker.api.auth import SECURITY, current_user, require_role
from checker.api.db import get_db
from checker.api.schemas import MAX_ID, ClaimRecordSchema, QuoteRecordSchema, ReviewRequestSchema
from checker.store import claims, quotes, reviews

blp = Blueprint(
    "reviews",
    __name__,
    url_prefix="/api/v1",
    description="Reviews of stored quotes and claims; every review is kept.",
)
blp.before_request(require_json_body)

_ERRORS = (400, 401, 403, 404, 413, 415)


def _review(item_type: str, item_id: int, body: dict[str, Any]) -> None:
    db = get_db()
    review = None
    if item_id <= MAX_ID:
        review = reviews.add(
            db, item_type, item_id, body["status"], body.get("note"), current_user().id
        )
    if review is None:
        abort(404, message=f"There is no stored {item_type} {item_id}.")


@blp.route("/quotes/<int:quote_id>/review")
class QuoteReview(MethodView):
    """Review one stored quote."""

    @require_role("reviewer")
    @blp.arguments(ReviewRequestSchema, example={"status": "verified", "note": "Checked tape."})
    @document_errors(blp, *_ERRORS)
    @blp.response(201, QuoteRecordSchema, description="The quote with every review of it.")
    @blp.doc(security=SECURITY)
    def post(self, body: dict[str, Any], quote_id: int) -> dict[str, Any]:
        """Mark a stored quote verified or disputed; the answer lists every review of it."""
        _review("quote", quote_id, body)
        return quotes_api.with_reviews([quotes.get(get_db(), quote_id)])[0]


@blp.route("/claims/<int:claim_id>/review")
class ClaimReview(MethodView):
    """Review one stored claim."""

    @require_role("reviewer")
    @blp.arguments(ReviewRequestSchema, example={"status": "disputed", "note": "Wrong year."})
    @document_errors(blp, *_ERRORS)
    @blp.response(201, ClaimRecordSchema, description="The claim with every review of it.")
    @blp.doc(security=SECURITY)
    def post(self, body: dict[str, Any], claim_id: int) -> dict[str, Any]:
        """Mark a stored claim verified or disputed; the answer lists every review of it."""
        _review("claim", claim_id, body)
        return claims_api.with_reviews([claims.get(get_db(), claim_id)])[0]
