"""/api/v1/users: an admin lists users and creates them (each with a new API token)."""

from __future__ import annotations

import http
from typing import Any

from flask.views import MethodView
from flask_smorest import abort

from checker.api import Blueprint, require_json_body
from checker.api.auth import SECURITY, require_role
from checker.api.db import get_db
from checker.api.schemas import UserRequestSchema, UserSchema
from checker.store import users

blp = Blueprint("users", __name__, url_prefix="/api/v1", description="Users and API tokens.")
blp.before_request(require_json_body)


@blp.route("/users")
class Users(MethodView):
    """The users (admin only)."""

    @require_role("admin")
    @blp.response(200, UserSchema(many=True))
    @blp.alt_response(401, response=http.HTTPStatus(401).name)
    @blp.alt_response(403, response=http.HTTPStatus(403).name)
    @blp.doc(security=SECURITY)
    def get(self) -> list[users.User]:
        """Every user with their role (tokens are never shown again)."""
        return users.all_users(get_db())

    @require_role("admin")
    @blp.arguments(UserRequestSchema, example={"name": "ana", "role": "reviewer"})
    @blp.response(201, UserSchema)
    @blp.alt_response(400, response=http.HTTPStatus(400).name)
    @blp.alt_response(401, response=http.HTTPStatus(401).name)
    @blp.alt_response(403, response=http.HTTPStatus(403).name)
    @blp.alt_response(409, response=http.HTTPStatus(409).name)
    @blp.alt_response(413, response=http.HTTPStatus(413).name)
    @blp.alt_response(415, response=http.HTTPStatus(415).name)
    @blp.doc(security=SECURITY)
    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        """Create a user; the answer carries its API token, shown this once."""
        try:
            user, token = users.create(get_db(), body["name"], body["role"])
        except users.UserExists:
            abort(409, message=f"There is already a user named {body['name']!r}.")
        return {
            "id": user.id,
            "name": user.name,
            "role": user.role,
            "created_at": user.created_at,
            "token": token,
        }
