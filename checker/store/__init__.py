"""The archive in SQLite (sqlite-utils): articles, people, quotes, claims, flags, reviews, users.

Every function takes the database first (``Database(memory=True)`` or a file opened with
:func:`open_db`). Nothing here knows about Flask.
"""

from checker.store.db import migrate, open_db, transaction

__all__ = ["migrate", "open_db", "transaction"]
