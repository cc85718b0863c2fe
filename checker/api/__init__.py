"""The JSON API under /api/v1: flask-smorest blueprints and the contract's error format.

Every error from an /api/ route is ``{"error": code, "message": text}`` (422 adds
``"errors"`` with the messages per field); pages outside /api/ keep Flask's own errors.
"""

from __future__ import annotations

import http
import json
import logging
from typing import Any

import orjson
from flask import Flask, Response, abort, jsonify, request
from flask.json.provider import DefaultJSONProvider
from flask_smorest import Api
from flask_smorest import Blueprint as SmorestBlueprint
from webargs.flaskparser import FlaskParser, is_json_request
from werkzeug.exceptions import HTTPException, InternalServerError

from checker.api.schemas import ErrorSchema

log = logging.getLogger(__name__)

API_PREFIX = "/api/"

ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "too_many_requests",
    500: "internal_error",
}


class JsonProvider(DefaultJSONProvider):
    """Flask's JSON provider, with compact responses (``jsonify``) written by orjson.

    An ingest's response is tens of kilobytes; orjson writes it about ten times faster than
    ``json``. The JSON is equivalent: the same keys in the same order and the same values,
    only non-ASCII characters are UTF-8 rather than ``\\u`` escapes. Whatever orjson would
    write differently or refuses goes through Flask's own ``json`` path: dates, dataclasses
    and subclasses of built-in types (passed through to a TypeError), keys that are not
    strings, integers past 64 bits. (Non-finite floats, which orjson writes as null, never
    reach a response: the analysis drops them.) ``dumps`` itself, which the ``tojson``
    template filter uses, is left as it was.
    """

    _OPTIONS = (
        orjson.OPT_PASSTHROUGH_DATETIME
        | orjson.OPT_PASSTHROUGH_DATACLASS
        | orjson.OPT_PASSTHROUGH_SUBCLASS
    )

    def response(self, *args: Any, **kwargs: Any) -> Response:
        """As ``DefaultJSONProvider.response``, compact output through orjson when it can."""
        if self.compact is False or (self.compact is None and self._app.debug):
            return super().response(*args, **kwargs)  # indented: json's layout
        obj = self._prepare_response_obj(args, kwargs)
        options = self._OPTIONS | (orjson.OPT_SORT_KEYS if self.sort_keys else 0)
        try:
            data = orjson.dumps(obj, option=options)
        except TypeError:
            return super().response(*args, **kwargs)
        return self._app.response_class(data + b"\n", mimetype=self.mimetype)


class JsonBodyParser(FlaskParser):
    """webargs' parser, with every undecodable body turned into a 400 rather than a 500.

    A body that is a JSON object of strings and nulls (every request an article makes) is
    decoded by orjson, several times faster than ``json`` on an article's escapes; both
    read such an object the same way. Anything else, and whatever orjson refuses (lone
    surrogate escapes, NaN, invalid UTF-8), goes to webargs' ``json`` path, so numbers
    (orjson turns integers past 64 bits into floats) and every error stay as they were.
    """

    def _raw_load_json(self, req: Any) -> Any:
        if is_json_request(req):
            try:
                body = orjson.loads(req.get_data(cache=True))
            except orjson.JSONDecodeError:
                body = None
            if type(body) is dict and all(
                type(value) is str or value is None for value in body.values()
            ):
                return body
        try:
            return super()._raw_load_json(req)
        except json.JSONDecodeError:
            raise  # webargs answers these itself (empty body: missing; else 400)
        except (RecursionError, ValueError) as exc:
            # Deeply nested arrays, or integers longer than Python converts: valid JSON
            # syntax that json.loads still refuses. Neither is an article.
            self._handle_invalid_json_error(exc, req)


class Blueprint(SmorestBlueprint):
    """A flask-smorest Blueprint that parses bodies with :class:`JsonBodyParser`."""

    ARGUMENTS_PARSER = JsonBodyParser()


class CheckerApi(Api):
    """flask-smorest's Api with errors in the contract's shape, documented by ErrorSchema."""

    ERROR_SCHEMA = ErrorSchema

    def handle_http_exception(self, error: HTTPException) -> Any:
        """JSON for /api/ paths; Flask's default error page everywhere else."""
        if not is_api_request():
            return error
        return http_error_response(error)


def init_app(app: Flask) -> CheckerApi:
    """Register the API blueprints, the OpenAPI document and the error handlers on ``app``."""
    from checker.api import articles, attribute, claims, db, quotes, reviews, speakers, users
    from checker.api.auth import SECURITY_SCHEME

    db.init_app(app)
    api = CheckerApi(app)
    api.spec.components.security_scheme("bearerAuth", SECURITY_SCHEME)
    for module in (attribute, articles, quotes, claims, reviews, speakers, users):
        api.register_blueprint(module.blp)
    app.register_error_handler(Exception, handle_unexpected_error)
    return api


def document_errors(blp: SmorestBlueprint, *statuses: int) -> Any:
    """Decorator: document the JSON error responses ``statuses`` of a view in the OpenAPI."""

    def decorator(func: Any) -> Any:
        for status in statuses:
            func = blp.alt_response(status, response=http.HTTPStatus(status).name)(func)
        return func

    return decorator


def is_api_request() -> bool:
    """True when the current request is for the JSON API."""
    return request.path.startswith(API_PREFIX)


def require_json_body() -> None:
    """Blueprint hook: a POST, PUT or PATCH body must be JSON, or the request gets a 415.

    Without it webargs treats a form or text body as an empty object and answers 422
    "missing text", which hides the real mistake.
    """
    if request.method in ("POST", "PUT", "PATCH") and not request.is_json:
        abort(
            415,
            "Send the request body as JSON with the header Content-Type: application/json.",
        )


def error_response(
    status: int, message: str, errors: dict[str, Any] | None = None
) -> tuple[Response, int]:
    """The contract's error body with ``status``."""
    body: dict[str, Any] = {"error": ERROR_CODES.get(status, _code_from_status(status))}
    body["message"] = message
    if errors:
        body["errors"] = errors
    return jsonify(body), status


def http_error_response(error: HTTPException) -> Any:
    """Turn an HTTPException (from Flask, werkzeug, webargs or ``abort``) into JSON."""
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    errors = _field_errors(data.get("errors", data.get("messages")))
    message = data.get("message") or _message(error, status, errors)
    response, status = error_response(status, message, errors if status == 422 else None)
    # Keep the headers werkzeug would have sent (Allow on a 405, for example).
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    for name, value in (data.get("headers") or {}).items():
        response.headers[name] = value
    return response, status


def handle_unexpected_error(error: Exception) -> Any:
    """Last resort for exceptions no other handler took: log it, answer 500 without details.

    HTTPExceptions never get here: Flask prefers the more specific handler that
    :class:`CheckerApi` registers for them.
    """
    log.exception("unhandled error on %s %s", request.method, request.path)
    if not is_api_request():
        return InternalServerError(original_exception=error)
    return error_response(500, "Something went wrong on our side; the error has been logged.")


def _message(error: HTTPException, status: int, errors: dict[str, Any] | None) -> str:
    if status == 422 and errors:
        return "The request is invalid. " + " ".join(_summaries(errors))
    if status == 400 and errors:
        return "The request body is not valid JSON (UTF-8)."
    if status == 404:
        return f"There is no API endpoint at {request.path}."
    if status == 405:
        allowed = ", ".join(sorted(getattr(error, "valid_methods", None) or []))
        return f"{request.method} is not allowed on {request.path}; allowed: {allowed}."
    if status == 413:
        return f"The request body is larger than the limit of {_size(request.max_content_length)}."
    return error.description or http.HTTPStatus(status).phrase


def _field_errors(messages: Any) -> dict[str, Any] | None:
    """webargs nests field messages under the location ("json"); callers want the fields."""
    if not isinstance(messages, dict) or not messages:
        return None
    flat: dict[str, Any] = {}
    for location, fields in messages.items():
        if isinstance(fields, dict):
            flat.update(fields)
        else:
            flat[location] = fields
    return flat


def _summaries(errors: dict[str, Any]) -> list[str]:
    out = []
    for name, messages in errors.items():
        first = messages[0] if isinstance(messages, list) and messages else messages
        if name == "_schema":
            out.append("The body must be a JSON object with a text field.")
        else:
            sentence = str(first)
            out.append(f"{name}: {sentence}" + ("" if sentence.endswith((".", "?", "!")) else "."))
    return out


def _size(limit: int | None) -> str:
    if limit is None:
        return "the server's limit"
    if limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MB"
    return f"{limit} bytes"


def _code_from_status(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"
