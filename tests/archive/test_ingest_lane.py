"""The app's ingest connection: one ingest at a time, on one connection, reads beside it."""

from __future__ import annotations

import threading

import pytest

from checker.api.db import get_db, ingest_db


def test_every_ingest_gets_the_same_connection_and_no_request_connection(app):
    with app.app_context():
        with ingest_db() as first:
            request_db = get_db()
    with app.app_context():
        with ingest_db() as second:
            pass
    assert first is second
    assert first is not request_db


def test_a_second_ingest_waits_for_the_first_while_reads_go_on(app):
    entered = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def first() -> None:
        with app.app_context(), ingest_db():
            order.append("first in")
            entered.set()
            release.wait(10)
            order.append("first out")

    def second() -> None:
        entered.wait(10)
        with app.app_context(), ingest_db():
            order.append("second in")

    a, b = threading.Thread(target=first), threading.Thread(target=second)
    a.start()
    b.start()
    entered.wait(10)
    with app.app_context():  # a read on the request's own connection is not held up
        assert get_db().execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    b.join(0.3)
    assert b.is_alive() and order == ["first in"]
    release.set()
    a.join(10)
    b.join(10)
    assert order == ["first in", "first out", "second in"]


def test_a_failed_ingest_leaves_no_transaction_open(app):
    with app.app_context():
        with pytest.raises(RuntimeError), ingest_db() as db:
            db.execute("BEGIN IMMEDIATE")
            raise RuntimeError("analysis failed")
        with ingest_db() as db:
            assert not db.conn.in_transaction
