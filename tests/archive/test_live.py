"""Against real servers on 127.0.0.1: eight concurrent writers, kill -9 mid-ingest, schemathesis.

Every loop here is bounded in requests and in time, and talks only to a server this test
started on the loopback address.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from archive_helpers import said

from checker.store import open_db

CLIENTS = 8
CONCURRENCY_SECONDS = 15
PER_CLIENT = 40  # a bound on requests, whatever the machine's speed


def post(base: str, token: str, body: dict, timeout: float = 60) -> tuple[int, dict]:
    """POST a JSON article; (status, JSON body) whatever the status."""
    request = urllib.request.Request(
        f"{base}/api/v1/articles",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def article(client: int, n: int) -> dict:
    """A distinct article for client ``client``, number ``n``."""
    topic = f"project {client}-{n}"
    text = said(
        f"The {topic} will bring {100 + n} new jobs and a bigger budget for the schools",
        ["Jane Doe", "John Smith", "Ann Lee", "Bob Roe"][n % 4],
        tail=f"Work on the {topic} starts in week {n}.",
    )
    return {"text": text, "url": f"https://example.org/{client}/{n}"}


def test_eight_concurrent_writers_store_each_article_once(live_server_threads, tokens, app):
    base, token = live_server_threads, tokens["editor"]
    results: list[tuple[int, int, int, int | None]] = []
    errors: list[str] = []
    deadline = time.monotonic() + CONCURRENCY_SECONDS

    def client(c: int) -> None:
        for n in range(PER_CLIENT):
            if time.monotonic() > deadline:
                return
            try:
                status, body = post(base, token, article(c, n))
                results.append((c, n, status, body.get("id")))
                if n % 5 == 0:  # also repeat one already posted by this client: no new row
                    status, again = post(base, token, article(c, n))
                    results.append((c, n, status, again.get("id")))
            except Exception as exc:  # noqa: BLE001 - report, do not hang the other threads
                errors.append(f"{c}/{n}: {exc!r}")
                return

    threads = [threading.Thread(target=client, args=(c,)) for c in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=CONCURRENCY_SECONDS + 120)
    assert not errors, errors[:5]
    statuses = [r[2] for r in results]
    assert all(s in (200, 201) for s in statuses), sorted(set(statuses))
    distinct = {(c, n) for c, n, _, _ in results}
    assert len(distinct) >= CLIENTS  # every client got at least one article in
    ids_by_article: dict[tuple[int, int], set[int]] = {}
    for c, n, _, article_id in results:
        ids_by_article.setdefault((c, n), set()).add(article_id)
    assert all(len(ids) == 1 for ids in ids_by_article.values())  # a repeat gets the same id
    db = open_db(app.config["DATABASE"])
    try:
        urls = [r[0] for r in db.execute("SELECT url FROM articles")]
        assert len(urls) == len(set(urls)) == len(distinct)
        assert statuses.count(201) == len(distinct)
    finally:
        db.close()


def _start_server(db_path: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "checker",
            "serve",
            "--port",
            "0",
            "--db",
            str(db_path),
            "--threads",
            "4",
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stderr.readline().decode()
        if "serving http://" in line:
            base = line.split("serving ", 1)[1].split("/api/v1")[0]
            return process, base
        if not line and process.poll() is not None:
            break
    process.kill()
    raise AssertionError("checker serve did not start")


def test_kill_9_mid_ingest_leaves_a_whole_database(tmp_path):
    db_path = tmp_path / "claims.db"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "checker",
            "user",
            "add",
            "ed",
            "--role",
            "editor",
            "--db",
            str(db_path),
        ],
        capture_output=True,
        timeout=60,
        check=True,
    )
    token = made.stdout.decode().splitlines()[-1]
    process, base = _start_server(db_path)
    posted: list[int] = []
    stop = threading.Event()

    def writer(c: int) -> None:
        for n in range(200):
            if stop.is_set():
                return
            try:
                status, _ = post(base, token, article(c, n), timeout=10)
            except (OSError, http.client.HTTPException):  # the server is gone: the point
                return
            posted.append(status)

    threads = [threading.Thread(target=writer, args=(c,)) for c in range(4)]
    try:
        for t in threads:
            t.start()
        deadline = time.monotonic() + 20
        while len(posted) < 12 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)  # with requests in flight
        process.wait(timeout=30)
    finally:
        stop.set()
        if process.poll() is None:
            process.kill()
        for t in threads:
            t.join(timeout=30)
    assert len(posted) >= 12 and set(posted) <= {201}
    db = open_db(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute(
            "SELECT a.id, a.n_quotes, a.n_claims, a.analysis, "
            "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id), "
            "(SELECT count(*) FROM claims c WHERE c.article_id = a.id) FROM articles a"
        ).fetchall()
        assert len(rows) >= len(posted)  # every answered article is there
        for article_id, n_quotes, n_claims, analysis, quotes, claims in rows:
            assert (n_quotes, n_claims) == (quotes, claims), article_id
            assert json.loads(analysis)["id"] == article_id
        orphans = db.execute(
            "SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        fts = db.execute("SELECT count(*) FROM quotes_fts").fetchone()[0]
        assert fts == db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    finally:
        db.close()


def test_schemathesis_finds_no_5xx_and_no_schema_violation(live_server, tokens, tmp_path):
    """A bounded schemathesis run (a few examples per operation, 50 s at most)."""
    st = Path(sys.executable).parent / "st"
    if not st.exists():
        pytest.skip("schemathesis is not installed (pip install -e '.[test]')")
    result = subprocess.run(
        [
            str(st),
            "run",
            f"{live_server}/api/v1/openapi.json",
            "--header",
            f"Authorization: Bearer {tokens['admin']}",
            "--checks",
            "not_a_server_error,response_schema_conformance,"
            "status_code_conformance,content_type_conformance",
            "--max-examples",
            "8",
            "--max-time",
            "50",
            "--phases",
            "examples,coverage,fuzzing",
            "--generation-database",
            "none",
            "--seed",
            "4",
            "--request-timeout",
            "20",
        ],
        capture_output=True,
        timeout=240,
        cwd=tmp_path,
    )
    output = result.stdout.decode(errors="replace")
    assert result.returncode == 0, output[-4000:]
