"""Review desk page times on a big archive: prints a markdown table with p50 and p95.

    .venv/bin/python benchmarks/desk.py                        # 10,000 articles
    .venv/bin/python benchmarks/desk.py --articles 2000 --db /tmp/desk.db

1. Builds an archive of ``--articles`` stored articles (reused when ``--db`` already holds
   that many): the PolNeAR train articles analysed once, then stored again and again through
   ``store_article`` (cross-checks off, as for a bulk load of a checked archive), each copy
   with a unique last line so its content hash differs. A third of the flagged items get a
   review, so the queue has reviewed and unreviewed items to order.
2. Signs in through the desk's own form and times each page ``--repeat`` times through the
   Flask test client (rendering included, no network): the queue, filtered queues, a deep
   queue page, the article with the most flags, a quote page, search and the speakers list.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
POLNEAR = REPO.parent / "shared" / "eval" / "polnear" / "train" / "text"

import checker  # noqa: E402
from app import create_app  # noqa: E402
from checker.store import open_db, reviews, users  # noqa: E402
from checker.store.articles import store_article  # noqa: E402

PASSWORD = "benchmark"
_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def build(path: str, n_articles: int) -> None:
    """Fill the database at ``path`` up to ``n_articles`` articles."""
    db = open_db(path)
    have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if have >= n_articles:
        print(f"reusing {path}: {have:,} articles", file=sys.stderr)
        db.close()
        return
    files = sorted(POLNEAR.glob("*.txt"))
    if not files:
        sys.exit(f"no PolNeAR train texts in {POLNEAR}")
    t0 = time.perf_counter()
    analysed = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        analysed.append((f.stem, text, checker.analyze(text, published="2016-10-01")))
    print(f"analysed {len(files)} texts in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if not db.execute("SELECT 1 FROM users WHERE name = 'bench'").fetchone():
        from werkzeug.security import generate_password_hash

        users.create(db, "bench", "editor", generate_password_hash(PASSWORD))
    user_id = db.execute("SELECT id FROM users WHERE name = 'bench'").fetchone()[0]
    t0 = time.perf_counter()
    for i in range(have, n_articles):
        stem, text, analysis = analysed[i % len(analysed)]
        copy = f"{text.rstrip()}\n\n(archive copy {i})\n"
        stored = store_article(db, analysis, text=copy, title=f"{stem} #{i}", cross_checks=False)
        if i % 3 == 0:
            for flag in stored.body["flags"]:
                for quote in stored.body["quotes"]:
                    if quote["id"] in flag["quote_ids"]:
                        status = "disputed" if i % 2 else "verified"
                        reviews.add(db, "quote", quote["stored_id"], status, "bench", user_id)
        if (i + 1) % 1000 == 0:
            rate = (i + 1 - have) / (time.perf_counter() - t0)
            print(f"  {i + 1:,} articles ({rate:.0f}/s)", file=sys.stderr)
    db.close()


def timings(client, path: str, repeat: int) -> tuple[float, float, int]:
    """p50 and p95 in milliseconds of GET ``path``, and the response size."""
    times = []
    size = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (path, response.status_code)
        size = len(response.data)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))], size


def main() -> None:
    """Build (or reuse) the archive, then time the pages and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", default=None, help="database to build or reuse")
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    path = args.db or str(Path(tempfile.mkdtemp()) / "desk.db")
    build(path, args.articles)

    db = open_db(path)
    stats = {
        name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        for name in ("articles", "quotes", "claims", "flags", "flag_items", "reviews")
    }
    busiest = db.execute("SELECT id FROM articles ORDER BY n_flags DESC, id DESC LIMIT 1")
    article_id = busiest.fetchone()[0]
    quote_id = db.execute(
        "SELECT quote_id FROM flag_items WHERE quote_id IS NOT NULL ORDER BY rowid DESC LIMIT 1"
    ).fetchone()[0]
    speaker = db.execute(  # the person with the most flagged quotes
        "SELECT p.name FROM people p JOIN quotes q ON q.person_id = p.id "
        "JOIN flag_items fi ON fi.quote_id = q.id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    severity = db.execute(
        "SELECT severity FROM flags GROUP BY severity ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    flag_type = db.execute(
        "SELECT type FROM flags GROUP BY type ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    db.close()

    app = create_app({"DATABASE": path, "SECRET_KEY": "benchmark"})
    client = app.test_client()
    token = _CSRF.search(client.get("/sign-in").get_data(as_text=True)).group(1)
    client.post(
        "/sign-in",
        data={"csrf_token": token, "username": "bench", "password": PASSWORD, "submit": "Sign in"},
    )
    pages = [
        ("queue", "/"),
        (f"queue, unreviewed, {severity} severity", f"/?status=unreviewed&severity={severity}"),
        (f"queue, flag {flag_type}", f"/?flag={flag_type}"),
        ("queue, one speaker", f"/?speaker={speaker.replace(' ', '+')}"),
        ("queue, page 20", "/?page=20"),
        (f"article {article_id} (most flags)", f"/articles/{article_id}"),
        (f"quote {quote_id}", f"/quotes/{quote_id}"),
        ("search 'said the president'", "/search?q=said+the+president"),
        ("speakers", "/speakers"),
    ]
    for _, url in pages:  # warm the page cache and Jinja's template cache
        client.get(url)
    print(
        f"Archive: {stats['articles']:,} articles, {stats['quotes']:,} quotes, "
        f"{stats['claims']:,} claims, {stats['flags']:,} flags "
        f"({stats['flag_items']:,} flagged items), {stats['reviews']:,} reviews. "
        f"{args.repeat} requests per page through the Flask test client.\n"
    )
    print("| page | p50 ms | p95 ms | KB |")
    print("| --- | ---: | ---: | ---: |")
    for name, url in pages:
        p50, p95, size = timings(client, url, args.repeat)
        print(f"| {name} | {p50:.1f} | {p95:.1f} | {size / 1024:.0f} |")


if __name__ == "__main__":
    main()
