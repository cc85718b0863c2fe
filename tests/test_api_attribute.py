"""POST /api/v1/attribute: the contract's analysis object, and JSON errors for every bad input."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import checker
from app import create_app
from checker.api.schemas import AnalysisSchema, looks_like_html
from checker.model import Analysis, Claim, Flag, Quote, QuoteSpeaker, Span, Speaker, Value

URL = "/api/v1/attribute"
SAMPLE = 'Dalian grew 6.5% in 2018. "We will win," said Jane Doe, a mayor. He said so.'


def span(text: str, piece: str) -> Span:
    """The span of the first ``piece`` in ``text``."""
    start = text.index(piece)
    return Span(piece, start, start + len(piece))


def full_analysis(text: str = SAMPLE, source: str | None = "label") -> Analysis:
    """An analysis with every field of every record filled in, spans true to ``text``."""
    q = span(text, "We will win,")
    c = span(text, "Dalian grew 6.5% in 2018.")
    v = span(text, "6.5%")
    return Analysis(
        source=source,
        published="2018-11-04",
        quotes=(
            Quote(
                "q1",
                q.text,
                q.start,
                q.end,
                "direct",
                cue=span(text, "said"),
                speaker=QuoteSpeaker("Jane Doe", "a mayor", span(text, "Jane Doe")),
                confidence=0.93,
            ),
            Quote("q2", "so", text.rindex("so"), text.rindex("so") + 2, "indirect"),
        ),
        speakers=(
            Speaker("Jane Doe", "a mayor", ("Doe", "He"), ("q1",), kind="person", gender="f"),
        ),
        claims=(
            Claim(
                "c1",
                c.text,
                c.start,
                c.end,
                "figure",
                values=(
                    Value(v.text, v.start, v.end, "percent", 6.5, "%", year=2018),
                    Value("2018", text.index("2018"), text.index("2018") + 4, "year", 2018, None),
                    Value(
                        "2018",
                        text.index("2018"),
                        text.index("2018") + 4,
                        "date",
                        None,
                        None,
                        date="2018-01-01",
                    ),
                ),
            ),
        ),
        flags=(
            Flag(
                "name_variant",
                "low",
                "Doe is spelled two ways.",
                (span(text, "Jane Doe"),),
                ("q1",),
                (),
            ),
            Flag(
                "misquote",
                "medium",
                "Stored before in other words.",
                (q,),
                ("q1",),
                ("c1",),
                related=(
                    {"article_id": 7, "quote_id": 12, "text": "We shall win", "status": None},
                ),
            ),
        ),
        text=text,
    )


def post(client: FlaskClient, body: Any = None, **kwargs: Any) -> Any:
    """POST ``body`` as JSON (or raw ``data=``/``content_type=`` kwargs) to the route."""
    if body is not None:
        kwargs["json"] = body
    return client.post(URL, **kwargs)


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """The response is the contract's JSON error with this status and code."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["error"] == code
    assert isinstance(body["message"], str) and len(body["message"]) > 10
    if status == 422:
        assert isinstance(body["errors"], dict) and body["errors"]
    else:
        assert set(body) == {"error", "message"}
    return body


def contract_example(shared: Path) -> dict[str, Any]:
    """The analysis object shown in ../shared/CONTRACT.md."""
    doc = (shared / "CONTRACT.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)\n```", doc, re.S)
    assert block, "CONTRACT.md has no JSON example"
    return json.loads(block.group(1))


def assert_has_contract_keys(example: Any, actual: Any, where: str = "") -> None:
    """Every key of the contract's example is in ``actual``, recursively (lists: first items)."""
    if isinstance(example, dict):
        if actual is None and where.endswith(("cue", "speaker", "mention")):
            return  # the contract allows null for these; q1 of full_analysis() fills them
        assert isinstance(actual, dict), where
        missing = set(example) - set(actual)
        assert not missing, f"{where or 'analysis'} lacks {sorted(missing)}"
        for key, value in example.items():
            assert_has_contract_keys(value, actual[key], f"{where}.{key}")
    elif isinstance(example, list) and example:
        assert isinstance(actual, list) and actual, f"{where} is empty"
        for item in actual:
            assert_has_contract_keys(example[0], item, f"{where}[]")


# --- the 200 answer ---------------------------------------------------------------------


def test_answer_has_every_key_of_the_contract(client, monkeypatch, shared):
    monkeypatch.setattr(checker, "analyze", lambda text, **kw: full_analysis(text, kw["source"]))
    response = post(client, {"text": SAMPLE, "title": "Dalian"})
    assert response.status_code == 200
    body = response.get_json()
    assert_has_contract_keys(contract_example(shared), body)
    assert body["source"] == "Dalian"
    assert list(body)[:6] == ["source", "published", "quotes", "speakers", "claims", "flags"]


def test_schemas_dump_exactly_what_to_dict_makes():
    # The API must not drop, add or retype a field the command line prints.
    analysis = full_analysis()
    expected = analysis.to_dict()
    dumped = AnalysisSchema().dump(expected)
    assert json.dumps(dumped, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_response_equals_analyze_on_the_example_article(client, shared):
    path = shared / "examples" / "dalian-silicon-valley-2018.txt"
    text = path.read_text(encoding="utf-8")
    response = post(client, {"text": text, "published": "2018-11-04", "title": "Dalian"})
    assert response.status_code == 200
    expected = checker.analyze(text, published="2018-11-04", source="Dalian").to_dict()
    assert response.get_json() == json.loads(json.dumps(expected))


def test_json_responses_are_what_flask_json_writes(app, shared):
    """The orjson provider writes the same JSON as Flask's json one, or hands over to it."""
    from flask.json.provider import DefaultJSONProvider

    text = (shared / "examples" / "dalian-silicon-valley-2018.txt").read_text(encoding="utf-8")
    body = checker.analyze(text, published="2018-11-04").to_dict()
    odd = [
        {"big": 10**30, "é": "“curly” ü"},  # past 64 bits: json writes it
        {1: "non-string key"},
        {"day": dt.date(2018, 11, 4), "span": Span("x", 0, 1)},  # Flask's own conversions
        {"floats": [0.1 + 0.2, 1e16, -0.0, 5e-324], "nested": [[], {}, None, True]},
    ]
    with app.app_context():
        for obj in [body, full_analysis().to_dict(), *odd]:
            ours = app.json.response(obj).get_data()
            theirs = DefaultJSONProvider.response(app.json, obj).get_data()
            assert json.loads(ours) == json.loads(theirs)
            assert list(json.loads(ours)) == list(json.loads(theirs))  # key order
            assert ours.endswith(b"\n")


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": "\\u201cWe win,\\u201d said Do\\u00e9.\\n\\ttab \\ud83d\\ude00", "url": null}',
        '{"text": "“Hi,” said José.", "title": "T", "text": "last wins"}'.encode(),
        b'{"text": "x", "published": 123456789012345678901234567890}',  # json keeps the int
        b'{"text": "lone \\ud800 surrogate"}',  # orjson refuses it; json reads it
        b'{"text": NaN}',
        b'["text"]',
        b"",
    ],
)
def test_request_bodies_read_as_json_reads_them(app, raw):
    """The orjson fast path gives what webargs' json path gives, or hands over to it."""
    from webargs.flaskparser import FlaskParser

    from checker.api import JsonBodyParser

    def outcome(parser: FlaskParser) -> str:
        headers = {"Content-Type": "application/json"}
        with app.test_request_context(URL, method="POST", data=raw, headers=headers) as ctx:
            try:
                return repr(parser._raw_load_json(ctx.request))
            except Exception as exc:  # the same error, too
                return repr(exc)

    assert outcome(JsonBodyParser()) == outcome(FlaskParser())


def test_arguments_reach_analyze(client, monkeypatch):
    seen: dict[str, Any] = {}

    def fake(text: str, *, published: Any = None, source: Any = None) -> Analysis:
        seen.update(text=text, published=published, source=source)
        return Analysis(source=source, published=published and published.isoformat())

    monkeypatch.setattr(checker, "analyze", fake)
    body = post(client, {"text": "Hi.", "published": "2018-11-04", "url": "https://x.test/a"})
    assert body.status_code == 200
    assert seen == {"text": "Hi.", "published": dt.date(2018, 11, 4), "source": "https://x.test/a"}
    assert body.get_json()["published"] == "2018-11-04"
    post(client, {"text": "Hi.", "title": "Headline", "url": "https://x.test/a"})
    assert seen["source"] == "Headline"
    post(client, {"text": "Hi.", "title": "", "url": None, "published": None})
    assert seen["source"] is None and seen["published"] is None


@pytest.mark.parametrize(
    "text",
    [
        '"We will win, said Jane Doe.',
        'He said: "No." And then "yes',
        "“Unclosed curly quote, she said.",
        '""""""""',
        "Tom said 3 < 4 and 5 > 2, <b>bold</b> claims aside.",
    ],
)
def test_odd_but_plain_text_is_analysed(client, text, check_spans):
    response = post(client, {"text": text})
    assert response.status_code == 200
    check_spans(text, response.get_json())


# --- bad input: JSON errors, never a 500 ---------------------------------------------------

BAD_BODIES = [
    # (description, request kwargs, status, error code)
    ("empty text", {"json": {"text": ""}}, 422, "invalid"),
    ("blank text", {"json": {"text": " \n\t  "}}, 422, "invalid"),
    ("missing text", {"json": {"title": "x"}}, 422, "invalid"),
    ("null text", {"json": {"text": None}}, 422, "invalid"),
    ("number text", {"json": {"text": 42}}, 422, "invalid"),
    ("list text", {"json": {"text": ["a", "b"]}}, 422, "invalid"),
    ("NUL byte", {"json": {"text": "Jane said\x00 hello."}}, 422, "invalid"),
    ("control junk", {"json": {"text": "ab\x01\x02\x03\x04\x05cd said Jane."}}, 422, "invalid"),
    ("lone surrogate", {"data": b'{"text": "abc \\ud800 def"}'}, 422, "invalid"),
    (
        "html document",
        {"json": {"text": "<!DOCTYPE html><html><body>Hi</body></html>"}},
        422,
        "invalid",
    ),
    (
        "html fragments",
        {"json": {"text": "<p>One.</p><p>Two.</p><div>Three.</div>"}},
        422,
        "invalid",
    ),
    ("bad date", {"json": {"text": "Hi.", "published": "04/11/2018"}}, 422, "invalid"),
    ("impossible date", {"json": {"text": "Hi.", "published": "2018-02-30"}}, 422, "invalid"),
    ("number title", {"json": {"text": "Hi.", "title": 3}}, 422, "invalid"),
    ("unknown field", {"json": {"text": "Hi.", "publshed": "2018-11-04"}}, 422, "invalid"),
    ("array body", {"json": ["text"]}, 422, "invalid"),
    ("string body", {"json": "just text"}, 422, "invalid"),
    ("null body", {"data": b"null"}, 422, "invalid"),
    ("empty body", {"data": b""}, 422, "invalid"),
    ("malformed JSON", {"data": b'{"text": "unclosed'}, 400, "bad_request"),
    ("trailing comma", {"data": b'{"text": "x",}'}, 400, "bad_request"),
    ("not UTF-8", {"data": b'{"text": "caf\xe9"}'}, 400, "bad_request"),
    ("deep nesting", {"data": b"[" * 100_000}, 400, "bad_request"),
    ("huge integer", {"data": b"9" * 5000}, 400, "bad_request"),
]


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [case[1:] for case in BAD_BODIES],
    ids=[case[0] for case in BAD_BODIES],
)
def test_bad_body_is_a_json_error(client, caplog, kwargs, status, code):
    kwargs = dict(kwargs)
    if "data" in kwargs:
        kwargs["content_type"] = "application/json"
    with caplog.at_level(logging.ERROR):
        response = post(client, **kwargs)
    assert_error(response, status, code)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # no catch-all


def test_422_names_the_field_and_tells_what_to_do(client):
    body = assert_error(post(client, {"text": "<html><p>x</p></html>"}), 422, "invalid")
    assert list(body["errors"]) == ["text"]
    assert "plain text" in body["errors"]["text"][0]
    assert "plain text" in body["message"]
    body = assert_error(post(client, {"text": "a\x00b"}), 422, "invalid")
    assert "NUL" in body["message"]


@pytest.mark.parametrize(
    ("content_type", "data"),
    [
        ("text/plain", '"We will win," said Jane Doe.'),
        ("application/x-www-form-urlencoded", "text=hello"),
        (None, b""),
    ],
)
def test_non_json_content_type_is_415(client, content_type, data):
    response = post(client, data=data, content_type=content_type)
    body = assert_error(response, 415, "unsupported_media_type")
    assert "application/json" in body["message"]


def test_body_over_the_limit_is_413_json(client):
    big = json.dumps({"text": "word " * 500_000})  # 2.5 MB
    response = post(client, data=big, content_type="application/json")
    body = assert_error(response, 413, "too_large")
    assert "2 MB" in body["message"]


def test_the_limit_is_configurable(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "db"), "MAX_CONTENT_LENGTH": 100})
    client = app.test_client()
    assert post(client, {"text": "short"}).status_code == 200
    assert_error(post(client, {"text": "x" * 200}), 413, "too_large")


def test_unknown_api_path_is_404_json(client):
    assert_error(client.get("/api/v1/nowhere"), 404, "not_found")
    assert_error(client.post("/api/v2/attribute", json={"text": "x"}), 404, "not_found")


@pytest.mark.parametrize("method", ["get", "put", "delete", "patch"])
def test_wrong_method_is_405_json_with_allow(client, method):
    response = getattr(client, method)(URL)
    assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]


def test_an_unexpected_exception_is_logged_and_a_json_500(client, monkeypatch, caplog):
    def broken(text: str, **kwargs: Any) -> Analysis:
        raise RuntimeError("analysis bug")

    monkeypatch.setattr(checker, "analyze", broken)
    with caplog.at_level(logging.ERROR):
        response = post(client, {"text": "Hi."})
    body = assert_error(response, 500, "internal_error")
    assert "analysis bug" not in body["message"]  # no internals leak to callers
    assert any("analysis bug" in (r.exc_text or str(r.exc_info)) for r in caplog.records)


def test_html_detector_spares_prose_with_a_few_brackets():
    prose = "The mayor said 3 < 5. " * 40 + "He wrote <b>bold</b> with the <b> tag."
    assert not looks_like_html(prose)
    assert looks_like_html("<div><span>a</span><span>b</span></div>")
    assert looks_like_html("<p>" + "Long paragraph. " * 20 + "</p>\n<p>Another.</p><br>")
    assert looks_like_html("<custom><thing/><x-y></x-y></custom>")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.one_of(
        JSON_VALUES.map(lambda v: json.dumps(v).encode()),
        st.fixed_dictionaries({"text": JSON_VALUES}, optional={"published": JSON_VALUES}).map(
            lambda v: json.dumps(v).encode()
        ),
        st.binary(max_size=200),
    )
)
def test_no_body_gets_a_500(app: Flask, body: bytes):
    response = app.test_client().post(URL, data=body, content_type="application/json")
    assert response.status_code in (200, 400, 422), (body, response.get_data(as_text=True))
    payload = response.get_json()
    if response.status_code == 200:
        assert set(payload) >= {"source", "published", "quotes", "speakers", "claims", "flags"}
    else:
        assert {"error", "message"} <= set(payload)


# --- the OpenAPI document -------------------------------------------------------------------


def test_openapi_document_lists_the_route_and_schemas(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    doc = response.get_json()
    post_op = doc["paths"]["/api/v1/attribute"]["post"]
    assert post_op["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/AttributeRequest"
    )
    assert post_op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/Analysis"
    )
    assert {"413", "415", "422", "400"} <= set(post_op["responses"])
    schemas = doc["components"]["schemas"]
    for name in (
        "Analysis",
        "Quote",
        "QuoteSpeaker",
        "Span",
        "Speaker",
        "Claim",
        "Value",
        "Flag",
        "AttributeRequest",
        "Error",
    ):
        assert name in schemas, name
    assert schemas["AttributeRequest"]["required"] == ["text"]
    assert set(schemas["Error"]["properties"]) == {"error", "message", "errors"}


# --- real HTTP through waitress -----------------------------------------------------------


def http(
    base: str,
    path: str,
    body: bytes | None = None,
    content_type: str = "application/json",
    method: str | None = None,
) -> tuple[int, dict[str, Any]]:
    """One real request with urllib; returns the status and the decoded JSON body."""
    request = urllib.request.Request(base + path, data=body, method=method)
    if body is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        assert error.headers.get_content_type() == "application/json"
        return error.code, json.loads(error.read())


def test_live_server_analyses_an_article(live_server):
    text = '"We will win," said Jane Doe on Friday.'
    status, body = http(
        live_server,
        URL,
        json.dumps({"text": text, "published": "2018-11-04", "title": "Vote"}).encode(),
    )
    assert status == 200
    assert body == json.loads(
        json.dumps(checker.analyze(text, published="2018-11-04", source="Vote").to_dict())
    )


def test_live_server_errors_are_json(live_server):
    assert http(live_server, URL, b"{oops")[0] == 400
    assert http(live_server, URL, b"text", content_type="text/plain")[0] == 415
    status, body = http(
        live_server, URL, json.dumps({"text": "<html><body>x</body></html>"}).encode()
    )
    assert (status, body["error"]) == (422, "invalid")
    status, body = http(live_server, URL, json.dumps({"text": "w " * 1_100_000}).encode())
    assert (status, body["error"]) == (413, "too_large")
    assert http(live_server, "/api/v1/missing")[1]["error"] == "not_found"
    assert http(live_server, URL, method="GET")[0] == 405


def test_live_server_serves_openapi(live_server):
    status, doc = http(live_server, "/api/v1/openapi.json")
    assert status == 200
    assert "/api/v1/attribute" in doc["paths"]
