"""/api/v1/articles: store an article with everything found in it; read stored articles."""

from __future__ import annotations

import http
from typing import Any

from flask.views import MethodView
from flask_smorest import abort

import checker
from checker.api import Blueprint, require_json_body
from checker.api.auth import SECURITY, require_role
from checker.api.db import get_db, ingest_db
from checker.api.schemas import (
    MAX_ID,
    ArticlePageSchema,
    ArticleRequestSchema,
    ArticleSchema,
    PageArgsSchema,
)
from checker.store import articles

blp = Blueprint(
    "articles",
    __name__,
    url_prefix="/api/v1",
    description="Stored articles: ingest with cross-checks against the archive, and read back.",
)
blp.before_request(require_json_body)


@blp.route("/articles")
class Articles(MethodView):
    """The archive's articles."""

    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, ArticlePageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """List stored articles, newest first."""
        limit = args["per_page"]
        items, total = articles.page(get_db(), limit=limit, offset=(args["page"] - 1) * limit)
        return {"items": items, "page": args["page"], "per_page": limit, "total": total}

    @require_role("editor")
    @blp.arguments(ArticleRequestSchema, example={"text": '"We will win," said Jane Doe.'})
    @blp.response(201, ArticleSchema, description="Stored now.")
    @blp.alt_response(200, schema=ArticleSchema, description="Already stored (same url or text).")
    @blp.alt_response(400, response=http.HTTPStatus(400).name)
    @blp.alt_response(401, response=http.HTTPStatus(401).name)
    @blp.alt_response(403, response=http.HTTPStatus(403).name)
    @blp.alt_response(413, response=http.HTTPStatus(413).name)
    @blp.alt_response(415, response=http.HTTPStatus(415).name)
    @blp.doc(security=SECURITY)
    def post(self, body: dict[str, Any]) -> tuple[dict[str, Any], int]:
        """Analyse and store an article with its quotes, speakers, claims and flags.

        Cross-article flags (misattribution, misquote, figure_conflict, title_conflict,
        disputed_repeat, verified_match) compare it with everything stored before. All or
        nothing: a failure stores no part of it. The same url or text again returns the
        stored article with 200 and writes nothing.
        """
        text, url, title = body["text"], body.get("url"), body.get("title")
        with ingest_db() as db:  # one ingest at a time, on the app's ingest connection
            existing = articles.find_existing(db, url=url, text=text)
            if existing is not None:  # no need to analyse what is already stored
                return articles.get_body(db, existing), 200
            analysis = checker.analyze(
                text, published=body.get("published"), source=title or url or None
            )
            stored = articles.store_article(db, analysis, text=text, title=title, url=url)
        return stored.body, 201 if stored.created else 200


@blp.route("/articles/<int:article_id>")
class ArticleById(MethodView):
    """One stored article."""

    @blp.response(200, ArticleSchema)
    @blp.alt_response(404, response=http.HTTPStatus(404).name)
    def get(self, article_id: int) -> dict[str, Any]:
        """A stored article with its text, its analysis and the current review statuses."""
        body = (
            articles.get_body(get_db(), article_id, with_text=True)
            if article_id <= MAX_ID
            else None
        )
        if body is None:
            abort(404, message=f"There is no stored article {article_id}.")
        return body
