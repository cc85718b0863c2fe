"""The archive API through the test client: auth and roles, ingest, lists, reviews, errors."""

from __future__ import annotations

import pytest
from archive_helpers import BRIDGE, said

from app import create_app
from checker.store import open_db, users

ARTICLES = "/api/v1/articles"
OTHER = "The school board will vote on the new budget for teachers and buses in March"


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def post_article(client, auth, text: str, role: str = "editor", **extra):
    return client.post(ARTICLES, json={"text": text, **extra}, headers=auth(role))


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Token abc"},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer not-a-token"},
    ],
)
def test_missing_or_bad_token_is_401(client, tokens, app_db, headers):
    response = client.post(ARTICLES, json={"text": said(BRIDGE, "Jane Doe")}, headers=headers)
    assert response.status_code == 401
    assert response.json["error"] == "unauthorized"
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert count(app_db, "articles") == 0


@pytest.mark.parametrize(
    ("role", "ingest", "review", "users_list"),
    [("reviewer", 403, 201, 403), ("editor", 201, 201, 403), ("admin", 201, 201, 200)],
)
def test_roles(client, auth, role, ingest, review, users_list):
    response = post_article(client, auth, said(BRIDGE, "Jane Doe"), role=role)
    assert response.status_code == ingest, response.json
    if ingest == 403:
        assert response.json["error"] == "forbidden"
        response = post_article(client, auth, said(BRIDGE, "Jane Doe"), role="editor")
    quote_id = response.json["quotes"][0]["stored_id"]
    response = client.post(
        f"/api/v1/quotes/{quote_id}/review", json={"status": "verified"}, headers=auth(role)
    )
    assert response.status_code == review
    assert client.get("/api/v1/users", headers=auth(role)).status_code == users_list


def test_admin_creates_users_whose_tokens_work(client, auth):
    response = client.post(
        "/api/v1/users", json={"name": "newbie", "role": "editor"}, headers=auth("admin")
    )
    assert response.status_code == 201
    token = response.json["token"]
    again = client.post(
        "/api/v1/users", json={"name": "newbie", "role": "editor"}, headers=auth("admin")
    )
    assert again.status_code == 409
    response = client.post(
        ARTICLES,
        json={"text": said(BRIDGE, "Jane Doe")},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201


def test_ingest_returns_ids_and_dedupes(client, auth, app_db, check_spans):
    text = said(BRIDGE, "Jane Doe", "the mayor of Springfield")
    first = post_article(client, auth, text, url="https://example.org/1", title="Bridge")
    assert first.status_code == 201
    body = first.json
    assert isinstance(body["id"], int) and body["title"] == "Bridge"
    assert body["quotes"][0]["stored_id"] and body["speakers"][0]["person_id"]
    check_spans(text, {k: body[k] for k in ("quotes", "claims", "flags")})
    for again in (
        post_article(client, auth, text),
        post_article(client, auth, said(OTHER, "Bob Roe"), url="https://example.org/1"),
    ):
        assert again.status_code == 200
        assert again.json["id"] == body["id"]
    assert count(app_db, "articles") == 1 and count(app_db, "quotes") == 1
    stored = client.get(f"{ARTICLES}/{body['id']}")
    assert stored.status_code == 200 and stored.json["text"] == text
    assert stored.json["quotes"] == body["quotes"]
    assert client.get(f"{ARTICLES}/999").status_code == 404


def test_cross_article_flag_through_the_api(client, auth):
    first = post_article(client, auth, said(BRIDGE, "Jane Doe")).json
    second = post_article(client, auth, said(BRIDGE, "John Smith")).json
    (flag,) = [f for f in second["flags"] if f["type"] == "misattribution"]
    assert flag["related"][0]["article_id"] == first["id"]
    claims = client.get("/api/v1/claims", query_string={"flag": "misattribution"}).json
    assert claims["total"] == 0  # the flag is about a quote, not a claim


def test_lists_paginate_filter_and_search(client, auth):
    names = ["Jane Doe", "John Smith", "Ann Lee", "Jane Doe", "Bob Roe"]
    topics = ["harbour", "railway", "library", "stadium", "airport"]
    ids = []
    for name, topic in zip(names, topics, strict=True):
        text = said(f"The new {topic} will open in spring and bring many jobs to the town", name)
        ids.append(post_article(client, auth, text).json["id"])
    page = client.get("/api/v1/quotes", query_string={"per_page": 2, "page": 2}).json
    assert page["total"] == 5 and page["page"] == 2 and len(page["items"]) == 2
    assert [q["article_id"] for q in page["items"]] == [ids[2], ids[1]]  # newest first
    last = client.get("/api/v1/quotes", query_string={"per_page": 2, "page": 3}).json
    assert len(last["items"]) == 1
    found = client.get("/api/v1/quotes", query_string={"q": "stadium jobs"}).json
    assert [q["article_id"] for q in found["items"]] == [ids[3]]
    jane = client.get("/api/v1/quotes", query_string={"speaker": "Doe Jane"}).json
    assert sorted(q["article_id"] for q in jane["items"]) == [ids[0], ids[3]]
    one = client.get("/api/v1/quotes", query_string={"article_id": ids[4]}).json
    assert one["total"] == 1 and one["items"][0]["speaker_name"] == "Bob Roe"
    assert client.get("/api/v1/quotes", query_string={"status": "disputed"}).json["total"] == 0
    articles_page = client.get(ARTICLES, query_string={"per_page": 3}).json
    assert articles_page["total"] == 5 and len(articles_page["items"]) == 3
    speakers = client.get("/api/v1/speakers", query_string={"q": "jane"}).json
    assert [s["name"] for s in speakers["items"]] == ["Jane Doe"]
    detail = client.get(f"/api/v1/speakers/{speakers['items'][0]['id']}").json
    assert detail["quote_count"] == 2 and len(detail["quotes"]) == 2
    assert "Jane Doe" in detail["aliases"]
    assert client.get("/api/v1/speakers/999").status_code == 404


def test_claims_list_filters(client, auth):
    text = said(
        "The city spent 45 million dollars on the new bridge across the river last year", "Jane Doe"
    )
    body = post_article(client, auth, text).json
    if not body["claims"]:
        pytest.skip("the analysis finds no claim in this text")
    claims = client.get("/api/v1/claims", query_string={"q": "bridge million"}).json
    assert claims["total"] == len(body["claims"])
    claim_id = body["claims"][0]["stored_id"]
    response = client.post(
        f"/api/v1/claims/{claim_id}/review",
        json={"status": "disputed", "note": "it was 60"},
        headers=auth("reviewer"),
    )
    assert response.status_code == 201 and response.json["status"] == "disputed"
    disputed = client.get("/api/v1/claims", query_string={"status": "disputed"}).json
    assert [c["id"] for c in disputed["items"]] == [claim_id]
    assert client.get("/api/v1/claims", query_string={"status": "unreviewed"}).json["total"] == (
        len(body["claims"]) - 1
    )
    # the same claim again, with another figure: flagged, and findable by flag
    post_article(client, auth, text.replace("45", "60"))
    flagged = client.get("/api/v1/claims", query_string={"flag": "figure_conflict"}).json
    assert flagged["total"] >= 1


def test_every_review_is_kept_and_listed(client, auth):
    body = post_article(client, auth, said(BRIDGE, "Jane Doe")).json
    quote_id = body["quotes"][0]["stored_id"]
    url = f"/api/v1/quotes/{quote_id}/review"
    client.post(url, json={"status": "disputed", "note": "not on tape"}, headers=auth("reviewer"))
    response = client.post(url, json={"status": "verified"}, headers=auth("editor"))
    assert response.status_code == 201
    quote = client.get(f"/api/v1/quotes/{quote_id}").json
    assert quote["status"] == "verified"
    assert [(r["status"], r["note"], r["reviewer"]) for r in quote["reviews"]] == [
        ("disputed", "not on tape", "reviewer"),
        ("verified", None, "editor"),
    ]
    assert all(r["created_at"].endswith("Z") for r in quote["reviews"])
    listed = client.get("/api/v1/quotes", query_string={"status": "verified"}).json
    assert listed["items"][0]["reviews"] == quote["reviews"]
    assert client.get(f"{ARTICLES}/{body['id']}").json["quotes"][0]["status"] == "verified"
    bad = client.post(url, json={"status": "maybe"}, headers=auth("reviewer"))
    assert bad.status_code == 422 and "status" in bad.json["errors"]
    missing = client.post(
        "/api/v1/quotes/999/review", json={"status": "verified"}, headers=auth("reviewer")
    )
    assert missing.status_code == 404


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        (b'{"text": "unterminated', 400, None),
        (b'{"title": "no text"}', 422, "text"),
        (b'{"text": ""}', 422, "text"),
        (b'{"text": "x", "published": "2018-13-45"}', 422, "published"),
        (b'{"text": "x", "extra": 1}', 422, "extra"),
        (b'{"text": "x", "title": "\\ud800"}', 422, "title"),
        (b'{"text": "<html><body><p>hi</p></body></html>"}', 422, "text"),
        (b"[1, 2]", 422, None),
    ],
)
def test_bad_input_is_a_json_error_and_stores_nothing(client, auth, app_db, body, status, field):
    response = client.post(
        ARTICLES, data=body, content_type="application/json", headers=auth("editor")
    )
    assert response.status_code == status, response.json
    assert response.json["error"] in ("bad_request", "invalid")
    if field:
        assert field in response.json["errors"]
    assert count(app_db, "articles") == 0 and count(app_db, "quotes") == 0


def test_too_large_is_413_and_stores_nothing(tmp_path):
    app = create_app(
        {"TESTING": True, "DATABASE": str(tmp_path / "c.db"), "MAX_CONTENT_LENGTH": 4096}
    )
    db = open_db(app.config["DATABASE"])
    _, token = users.create(db, "ed", "editor")
    response = app.test_client().post(
        ARTICLES,
        json={"text": said(BRIDGE, "Jane Doe") * 100},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 413 and response.json["error"] == "too_large"
    assert count(db, "articles") == 0


def test_bad_query_args_are_422(client):
    for args in (
        {"page": 0},
        {"per_page": 1000},
        {"status": "maybe"},
        {"article_id": 2**64},
        {"q": ""},
    ):
        response = client.get("/api/v1/quotes", query_string=args)
        assert response.status_code == 422, args
    assert client.get("/api/v1/quotes", query_string={"q": "!!!"}).json["total"] == 0
    assert client.get("/api/v1/articles/99999999999999999999").status_code == 404


def test_openapi_documents_every_route_and_the_token(client):
    spec = client.get("/api/v1/openapi.json").json
    paths = set(spec["paths"])
    for path in [
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/quotes",
        "/api/v1/claims",
        "/api/v1/speakers",
        "/api/v1/speakers/{person_id}",
        "/api/v1/quotes/{quote_id}/review",
        "/api/v1/claims/{claim_id}/review",
        "/api/v1/attribute",
        "/api/v1/users",
    ]:
        assert path in paths
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert spec["paths"]["/api/v1/articles"]["post"]["security"] == [{"bearerAuth": []}]
    for name in ("Article", "QuoteRecord", "ClaimRecord", "PersonDetail", "Review"):
        assert name in spec["components"]["schemas"]


def test_big_full_text_results_are_counted_and_ordered_cheaply(client, auth, monkeypatch):
    from checker.store import quotes

    ids = []
    for topic in ("harbour", "railway", "library"):
        text = said(
            f"The new {topic} will open in spring and bring many jobs to the town", "Ann Lee"
        )
        ids.append(post_article(client, auth, text).json["id"])
    exact = client.get("/api/v1/quotes", query_string={"q": "jobs town"}).json
    assert exact["total"] == 3 and exact["total_exact"] is True
    monkeypatch.setattr(quotes, "COUNT_CAP", 2)
    monkeypatch.setattr(quotes, "RANK_LIMIT", 1)
    capped = client.get("/api/v1/quotes", query_string={"q": "jobs town"}).json
    assert capped["total"] == 2 and capped["total_exact"] is False
    assert [q["article_id"] for q in capped["items"]] == ids[::-1]  # newest first
