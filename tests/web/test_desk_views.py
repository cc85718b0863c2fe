"""The review desk through Flask's test client: sign-in, CSRF, headers, escaping, filters."""

from __future__ import annotations

import subprocess
import sys

import pytest
from desk_helpers import PASSWORD, csrf_token, sign_in
from flask import Flask
from flask.testing import FlaskClient

import checker
from checker.store import articles, open_db

PAGES = ["/", "/search?q=x", "/articles", "/speakers", "/check", "/quotes/1", "/claims/1"]

DALIAN_LIKE = (
    "The symposium took place on Friday in Santa Clara, California.\n\n"
    '"It\'s really important to have forums such as this at Shenzhen Bay Center," said '
    "Scott Armanini, a Silicon Valley-based venture capitalist.\n"
)
WEEKDAY = '"We will win," said Jane Doe on Monday, November 4, 2018.\n'


def store(app: Flask, text: str, title: str, published: str = "2018-11-04") -> int:
    """Analyse and store an article straight through the store; returns its id."""
    db = open_db(app.config["DATABASE"])
    try:
        analysis = checker.analyze(text, published=published, source=title)
        return articles.store_article(db, analysis, text=text, title=title).id
    finally:
        db.close()


def form(client: FlaskClient, url: str, token: str, **data: str):
    return client.post(url, data={"csrf_token": token, **data})


@pytest.mark.parametrize("path", PAGES)
def test_signed_out_viewers_see_the_sign_in_page(client: FlaskClient, path: str) -> None:
    response = client.get(path, follow_redirects=True)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.request.path == "/sign-in"
    assert 'for="username">Username<' in html and 'for="password">Password<' in html
    assert "Sign in" in html and "Check an article" in html


def test_signed_out_review_is_refused_and_stores_nothing(app: Flask, client: FlaskClient) -> None:
    article = store(app, DALIAN_LIKE, "Forum")
    body = articles.get_body(open_db(app.config["DATABASE"]), article)
    quote_id = body["quotes"][0]["stored_id"]
    response = client.post(f"/quotes/{quote_id}/review", data={"dispute": "Dispute"})
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    assert client.get("/api/v1/quotes?status=disputed").get_json()["total"] == 0


def test_sign_in_with_a_cli_user_and_out(app: Flask, client: FlaskClient) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "checker",
            "user",
            "add",
            "ana",
            "--role",
            "reviewer",
            "--password-stdin",
            "--db",
            app.config["DATABASE"],
        ],
        input=PASSWORD + "\n",
        text=True,
        check=True,
        capture_output=True,
        timeout=60,
    )
    token = csrf_token(client.get("/sign-in").get_data(as_text=True))
    bad = form(client, "/sign-in", token, username="ana", password="wrong", submit="Sign in")
    assert bad.status_code == 401 and "wrong password" in bad.get_data(as_text=True)
    nobody = form(client, "/sign-in", token, username="bob", password="x", submit="Sign in")
    assert nobody.status_code == 401
    token = sign_in(client, "ana")
    assert "ana" in client.get("/").get_data(as_text=True)
    assert form(client, "/sign-out", token, submit="Sign out").status_code == 302
    assert client.get("/").status_code == 302


def test_sign_in_redirects_only_to_this_site(client: FlaskClient, make_user) -> None:
    make_user("ed", "editor")
    token = csrf_token(client.get("/sign-in").get_data(as_text=True))
    data = {"csrf_token": token, "username": "ed", "password": PASSWORD, "submit": "Sign in"}
    response = client.post("/sign-in?next=//evil.example/x", data=data)
    assert response.headers["Location"] == "/"


def test_csrf_is_required_on_every_form(app: Flask, client: FlaskClient, make_user) -> None:
    make_user("ed", "editor")
    no_token = client.post(
        "/sign-in", data={"username": "ed", "password": PASSWORD, "submit": "Sign in"}
    )
    assert no_token.status_code == 400
    sign_in(client, "ed")
    article = store(app, DALIAN_LIKE, "Forum")
    quote_id = articles.get_body(open_db(app.config["DATABASE"]), article)["quotes"][0]["stored_id"]
    forged = client.post(
        f"/quotes/{quote_id}/review", data={"csrf_token": "forged", "dispute": "Dispute"}
    )
    assert forged.status_code == 400
    assert client.post("/check", data={"text": "x", "check": "Check"}).status_code == 400
    assert client.post("/sign-out", data={"submit": "Sign out"}).status_code == 400
    assert client.get("/api/v1/quotes?status=disputed").get_json()["total"] == 0


def test_security_headers_on_pages_not_on_the_api(
    app: Flask, client: FlaskClient, editor: str
) -> None:
    page = client.get("/")
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"]
    assert "<script>" not in page.get_data(as_text=True).replace(
        '<script src="/desk/static/desk.js" defer></script>', ""
    )
    assert 'style="' not in page.get_data(as_text=True)
    cookie = app.test_client().get("/sign-in").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    api = client.get("/api/v1/claims")
    assert api.is_json and "Content-Security-Policy" not in api.headers
    assert client.get("/desk/static/desk.js").status_code == 200


def test_article_text_is_escaped(app: Flask, client: FlaskClient, editor: str) -> None:
    text = '"<script>alert(1)</script> & more," said Jane Doe on Monday, November 4, 2018.\n'
    response = form(
        client, "/check", editor, text=text, published="2018-11-04", title="<b>x</b>", save="Save"
    )
    assert response.status_code == 302
    for path in (response.headers["Location"], "/", "/search?q=alert", "/quotes/1"):
        html = client.get(path).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path
        assert "<b>x</b>" not in html


def test_check_shows_the_analysis_and_stores_nothing(
    app: Flask, client: FlaskClient, editor: str
) -> None:
    response = form(
        client, "/check", editor, text=DALIAN_LIKE, published="2018-11-04", check="Check"
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Shenzhen Bay Center" in html and "location mismatch" in html
    assert 'value="Save"' in html
    assert client.get("/api/v1/articles").get_json()["total"] == 0
    empty = form(client, "/check", editor, text="", check="Check")
    assert empty.status_code == 422


def test_saving_needs_an_editor(app: Flask, client: FlaskClient, make_user) -> None:
    make_user("rev", "reviewer")
    token = sign_in(client, "rev")
    checked = form(client, "/check", token, text=WEEKDAY, check="Check").get_data(as_text=True)
    assert "Saving needs the editor role" in checked
    assert form(client, "/check", token, text=WEEKDAY, save="Save").status_code == 403
    assert client.get("/api/v1/articles").get_json()["total"] == 0


def test_review_from_the_desk_is_the_apis_review(
    app: Flask, client: FlaskClient, editor: str
) -> None:
    article = store(app, DALIAN_LIKE, "Forum")
    quote_id = articles.get_body(open_db(app.config["DATABASE"]), article)["quotes"][0]["stored_id"]
    response = form(
        client, f"/quotes/{quote_id}/review?next=/", editor, note="Wrong city", dispute="Dispute"
    )
    assert response.status_code == 302 and response.headers["Location"] == "/"
    record = client.get(f"/api/v1/quotes/{quote_id}").get_json()
    assert record["status"] == "disputed"
    assert record["reviews"][0]["note"] == "Wrong city"
    assert record["reviews"][0]["reviewer"] == "ed"
    page = client.get(f"/quotes/{quote_id}").get_data(as_text=True)
    assert "Wrong city" in page and "Review history" in page
    assert form(client, "/quotes/999999/review", editor, verify="Verify").status_code == 404
    assert form(client, f"/quotes/{quote_id}/review", editor).status_code == 400


def test_queue_order_counts_and_filters(app: Flask, client: FlaskClient, editor: str) -> None:
    first = store(app, DALIAN_LIKE, "Forum")
    second = store(app, WEEKDAY, "Weekday")
    html = client.get("/").get_data(as_text=True)
    # Newest first while both are unreviewed; each shows its flag.
    assert html.index("Weekday") < html.index("Forum")
    assert "location mismatch" in html and "date mismatch" in html

    db = open_db(app.config["DATABASE"])
    weekday_items = [
        *articles.get_body(db, second)["quotes"],
        *articles.get_body(db, second)["claims"],
    ]
    flagged = client.get(f"/?article={second}").get_data(as_text=True)
    assert "Weekday" in flagged and "Forum</a>" not in flagged
    # Review everything in the newer article: the older one's unreviewed item comes first.
    for entry in weekday_items:
        kind = "quote" if "speaker" in entry else "claim"
        form(client, f"/{kind}s/{entry['stored_id']}/review", editor, verify="Verify")
    html = client.get("/").get_data(as_text=True)
    assert html.index("Forum") < html.index("Weekday")

    def shown(query: str) -> str:
        return client.get("/?" + query).get_data(as_text=True)

    assert "Shenzhen Bay" in shown("flag=location_mismatch")
    assert "Shenzhen Bay" not in shown("flag=date_mismatch")
    assert "Shenzhen Bay" in shown("severity=high&status=unreviewed")
    assert "Shenzhen Bay" not in shown("status=verified")
    assert "Shenzhen Bay" in shown("speaker=Scott+Armanini")
    assert "Shenzhen Bay" not in shown("speaker=Jane+Doe")
    assert "Shenzhen Bay" in shown("kind=quote") and "Shenzhen Bay" not in shown("kind=claim")
    assert client.get("/?severity=nonsense&article=abc&page=-3").status_code == 200
    assert first != second


def test_search_speakers_and_article_pages(app: Flask, client: FlaskClient, editor: str) -> None:
    article = store(app, DALIAN_LIKE, "Forum")
    found = client.get("/search?q=forums+Shenzhen").get_data(as_text=True)
    assert "Shenzhen Bay Center" in found and "1 match" in found
    assert "0 matches" in client.get("/search?q=forums&status=disputed").get_data(as_text=True)
    people = client.get("/speakers").get_data(as_text=True)
    assert "Scott Armanini" in people
    person = client.get("/speakers?q=Armanini").get_data(as_text=True)
    link = person.split('href="/speakers/')[1].split('"')[0]
    page = client.get(f"/speakers/{link}").get_data(as_text=True)
    assert "venture capitalist" in page and "Shenzhen Bay Center" in page
    art = client.get(f"/articles/{article}").get_data(as_text=True)
    assert 'class="q spk-0' in art and "flag-mark sev-high" in art
    assert client.get("/articles/424242").status_code == 404
    assert client.get("/claims/424242").status_code == 404


def test_item_page_shows_related_items_with_their_status_now(
    app: Flask, client: FlaskClient, editor: str
) -> None:
    said = '"We will build the new bridge across the river by 2020, whatever it costs," said '
    mayor = store(app, f"The council met.\n\n{said}Jane Doe, the mayor of Springfield.\n", "Mayor")
    db = open_db(app.config["DATABASE"])
    first = articles.get_body(db, mayor)["quotes"][0]["stored_id"]
    governor = store(app, f"The governor spoke.\n\n{said}John Roe, the governor.\n", "Governor")
    form(client, f"/quotes/{first}/review", editor, note="Tape says so", verify="Verify")
    second = articles.get_body(db, governor)["quotes"][0]["stored_id"]
    html = client.get(f"/quotes/{second}").get_data(as_text=True)
    assert "misattribution" in html and "Related items in other articles" in html
    related = html.split("Related items in other articles")[1]
    assert f'href="/quotes/{first}"' in related and "Mayor" in related
    assert "st-verified" in related  # the status now, not when the flag was made
    assert "Jane Doe" in related
