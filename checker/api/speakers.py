"""/api/v1/speakers: people across stored articles, with aliases, titles and quotes."""

from __future__ import annotations

import http
from typing import Any

from flask.views import MethodView
from flask_smorest import abort

from checker.api import Blueprint
from checker.api.db import get_db
from checker.api.quotes import with_reviews
from checker.api.schemas import (
    MAX_ID,
    PersonDetailSchema,
    PersonPageSchema,
    SpeakerQueryArgsSchema,
)
from checker.store import people, quotes

blp = Blueprint(
    "speakers",
    __name__,
    url_prefix="/api/v1",
    description="People and organisations quoted across stored articles.",
)

QUOTES_PER_SPEAKER = 100


@blp.route("/speakers")
class Speakers(MethodView):
    """Search the people."""

    @blp.arguments(SpeakerQueryArgsSchema, location="query")
    @blp.response(200, PersonPageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """People whose name or an alias contains ``q``, by name."""
        db = get_db()
        limit = args["per_page"]
        found, total = people.search(
            db, q=args.get("q"), limit=limit, offset=(args["page"] - 1) * limit
        )
        items = [people.profile(db, p) for p in found]
        return {"items": items, "page": args["page"], "per_page": limit, "total": total}


@blp.route("/speakers/<int:person_id>")
class SpeakerById(MethodView):
    """One person."""

    @blp.response(200, PersonDetailSchema)
    @blp.alt_response(404, response=http.HTTPStatus(404).name)
    def get(self, person_id: int) -> dict[str, Any]:
        """A person with aliases, titles over time and their newest 100 quotes."""
        db = get_db()
        person = people.get(db, person_id) if person_id <= MAX_ID else None
        if person is None:
            abort(404, message=f"There is no stored speaker {person_id}.")
        found, _, _ = quotes.search(db, person_id=person.id, limit=QUOTES_PER_SPEAKER)
        return people.profile(db, person) | {"quotes": with_reviews(found)}
