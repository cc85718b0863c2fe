"""The review desk: server-rendered pages where editors review flagged quotes and claims.

:func:`init_app` registers the ``desk`` blueprint (pages at ``/``, static files at
``/desk/static``), gives the app a secret key for sessions and CSRF tokens when it has none,
and sets security headers on every response outside ``/api/``. Pages need a signed-in user;
the database is reached only through ``checker.store``.
"""

from __future__ import annotations

import os
import secrets

from flask import Blueprint, Flask, Response, request

bp = Blueprint(
    "desk",
    __name__,
    template_folder="templates",
    static_folder="static",
    static_url_path="/desk/static",
)

# No inline script or style anywhere: desk.js and desk.css are files served from here.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def init_app(app: Flask) -> None:
    """Register the desk on ``app``: blueprint, secret key, cookie settings, headers."""
    if not app.config.get("SECRET_KEY"):
        # A random key per process signs everybody out on restart; set CHECKER_SECRET_KEY
        # to keep sessions across restarts (and across waitress processes).
        app.config["SECRET_KEY"] = os.environ.get("CHECKER_SECRET_KEY") or secrets.token_hex(32)
    if not app.config.get("SESSION_COOKIE_SAMESITE"):  # Flask's default is None (unset)
        app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)  # a page left open on deadline still works
    from checker.web import views  # noqa: F401  (registers the routes on bp)

    app.register_blueprint(bp)
    app.after_request(security_headers)


def security_headers(response: Response) -> Response:
    """Add :data:`SECURITY_HEADERS` to every response that is not the JSON API's."""
    if not request.path.startswith("/api/"):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
    return response
