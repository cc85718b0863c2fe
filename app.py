"""create_app(): the checker web service's configuration, API and OpenAPI document.

Run it with ``checker serve`` (waitress). Nothing here reads configuration at import time:
every setting is decided inside :func:`create_app`, so tests can build as many apps as
they like, each with its own database.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from checker import api, web

MAX_CONTENT_LENGTH = 2 * 1024 * 1024  # a long article is ~100 KB of text; 2 MB is ample


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the Flask app: defaults first, then the overrides in ``test_config``.

    ``DATABASE`` defaults to the environment variable ``CHECKER_DB``, else ``claims.db`` in
    the working directory (it is not created here). The OpenAPI document is served at
    ``/api/v1/openapi.json``.
    """
    app = Flask(__name__)
    app.config.from_mapping(
        DATABASE=os.environ.get("CHECKER_DB") or os.path.join(os.getcwd(), "claims.db"),
        MAX_CONTENT_LENGTH=MAX_CONTENT_LENGTH,
        API_TITLE="checker",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/api/v1",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "info": {
                "description": "Quote attribution and claim checking for newsrooms. "
                'Errors are JSON {"error": code, "message": text}.'
            }
        },
    )
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.json = api.JsonProvider(app)  # compact responses through orjson (same JSON)
    # Keep the contract's key order (source, published, quotes, ...) rather than sorting.
    app.json.sort_keys = False
    api.init_app(app)
    # The review desk (issue 5): pages, sessions, CSRF and security headers.
    web.init_app(app)
    return app
