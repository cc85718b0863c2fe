"""POST /api/v1/attribute: analyse one article and return the analysis; stores nothing."""

from __future__ import annotations

import http
from typing import Any

from flask.views import MethodView

import checker
from checker.api import Blueprint, require_json_body
from checker.api.schemas import AnalysisSchema, AttributeRequestSchema

blp = Blueprint(
    "attribute",
    __name__,
    url_prefix="/api/v1",
    description="Quotes, speakers, claims and flags of one article, without storing it.",
)
blp.before_request(require_json_body)


@blp.route("/attribute")
class Attribute(MethodView):
    """The stateless analysis door: the same analysis object as `checker attribute`."""

    @blp.arguments(AttributeRequestSchema, example={"text": '"We will win," said Jane Doe.'})
    @blp.response(200, AnalysisSchema)
    @blp.alt_response(400, response=http.HTTPStatus(400).name)
    @blp.alt_response(413, response=http.HTTPStatus(413).name)
    @blp.alt_response(415, response=http.HTTPStatus(415).name)
    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        """Analyse an article

        Finds the quotes, who said them, the check-worthy claims and the flags in the
        plain text of one article. ``source`` in the answer is the title, else the url.
        """
        analysis = checker.analyze(
            body["text"],
            published=body.get("published"),
            source=body.get("title") or body.get("url") or None,
        )
        return analysis.to_dict()
