"""The command line: ``checker attribute`` for files, ``checker serve`` for the web service.

Start-up matters for ``checker attribute`` (it runs once per batch in newsroom scripts), so
this module imports only click and the analysis; Flask, marshmallow and waitress are
imported inside ``serve``.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import re
import sys
from pathlib import Path

import click

import checker
from checker.jsonio import compact_json as json_line  # one JSON Lines record

STDIN = "-"

# The first line of a wire story may be "date 2018-11-04 <headline>" (see
# ../shared/examples/dalian-silicon-valley-2018.txt); a BOM or blanks may come before it.
_DATE_HEADER = re.compile(r"\A\ufeff?[^\S\n]*date[^\S\n]+(\d{4}-\d{2}-\d{2})(?!\d)")


class ReadError(Exception):
    """A FILE argument that cannot be read as UTF-8 text; the message says why."""


@click.group(name="checker", context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Find quotes, who said them and the check-worthy claims in news articles.

    \b
    Examples:
      checker attribute story.txt
      checker serve --db claims.db
      checker user add ana --role reviewer
    """


@main.command(short_help="Analyse article files; print one JSON line each.")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Publication date of every FILE (overrides a 'date YYYY-MM-DD' first line).",
)
@click.argument("files", metavar="FILE...", nargs=-1, required=True)
def attribute(published: dt.datetime | None, files: tuple[str, ...]) -> None:
    """Print one JSON analysis per FILE (JSON Lines, in order); '-' reads standard input.

    Each line is the contract's analysis object with "source" set to the FILE as given.
    Without --published, a first line starting with 'date YYYY-MM-DD' gives the date.
    A FILE that cannot be read as UTF-8 gets one line on standard error, the other files
    are still analysed, and the exit status is 1.

    \b
    Examples:
      checker attribute --published 2018-11-04 story.txt
      checker attribute ../shared/eval/polnear/dev/text/*.txt > preds.jsonl
      cat story.txt | checker attribute -
    """
    pub = published.date() if published else None
    failed = False
    for n, path in enumerate(files):
        if n == 1:
            tune_gc_for_batch()  # after the first article has loaded the lazy tables
        try:
            text = read_text(path)
        except ReadError as exc:
            failed = True
            click.echo(f"checker: {path}: {exc}", err=True)
            continue
        try:
            analysis = checker.analyze(text, published=pub or date_header(text), source=path)
        except Exception as exc:  # a bug on one article must not lose the rest of a batch
            failed = True
            click.echo(
                f"checker: {path}: analysis failed: {exc.__class__.__name__}: {exc}", err=True
            )
            continue
        _emit(json_line(analysis.to_dict()))
    if failed:
        sys.exit(1)


def tune_gc_for_batch() -> None:
    """Make the garbage collector cheaper for a long batch of analyses (or a server's life).

    The analysis allocates many small short-lived objects, so CPython's default young
    threshold (700) collects every few sentences, and each full collection walks every
    table loaded at start-up (gazetteer, lexicons, name lists). Freezing those once they
    are loaded and collecting the young generation every 10,000 allocations made a batch
    about 10% faster (``benchmarks/speed.py``); reference cycles are still collected.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


@main.command(short_help="Run the web service (waitress).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=5000,
    type=click.IntRange(0, 65535),
    show_default=True,
    help="Port to listen on (0 picks a free one).",
)
@click.option(
    "--db",
    default="claims.db",
    envvar="CHECKER_DB",
    show_default=True,
    show_envvar=True,
    type=click.Path(dir_okay=False),
    help="SQLite database of stored articles.",
)
@click.option(
    "--threads",
    default=4,
    type=click.IntRange(1, 64),
    show_default=True,
    help="Worker threads for requests.",
)
def serve(host: str, port: int, db: str, threads: int) -> None:
    """Run the web service (JSON API under /api/v1) with the waitress WSGI server.

    The database is --db, else the environment variable CHECKER_DB, else claims.db in
    the working directory; it is created and migrated on start. The OpenAPI document is
    at /api/v1/openapi.json.

    \b
    Examples:
      checker serve --db claims.db
      checker serve --host 0.0.0.0 --port 8080
      curl -s -H 'Content-Type: application/json' \\
        -d '{"text": "\\"We will win,\\" said Jane Doe."}' \\
        http://127.0.0.1:5000/api/v1/attribute
    """
    # Imported here so that `checker attribute` never pays for Flask and waitress.
    import logging

    from waitress import create_server

    from app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    from checker.api.db import init_db

    application = create_app({"DATABASE": os.path.abspath(db)})
    init_db(application)  # create and migrate before the first request, not during it
    checker.load_data()  # the tables the analysis would load during the first request
    tune_gc_for_batch()  # a server analyses articles for as long as it runs
    server = create_server(application, host=host, port=port, threads=threads)
    click.echo(
        f"checker: serving http://{host}:{server.effective_port}/api/v1 "
        f"(database {application.config['DATABASE']})",
        err=True,
    )
    server.run()


@main.group(short_help="Manage users and their API tokens.")
def user() -> None:
    """Manage the users of the web service and their API tokens.

    \b
    Examples:
      checker user add ana --role reviewer
      checker user add ed --role editor --db claims.db
    """


@user.command(name="add", short_help="Create a user; print its API token.")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(["reviewer", "editor", "admin"]),
    required=True,
    help="reviewer reviews; editor also stores articles; admin also manages users.",
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read a password from standard input (first line) and store its hash.",
)
@click.option(
    "--db",
    default="claims.db",
    envvar="CHECKER_DB",
    show_default=True,
    show_envvar=True,
    type=click.Path(dir_okay=False),
    help="SQLite database of the service (created and migrated if new).",
)
def user_add(name: str, role: str, password_stdin: bool, db: str) -> None:
    """Create user NAME with a role and print its new API token as the last line.

    The token is shown only now (the database keeps its sha256); send it as
    'Authorization: Bearer TOKEN'. A name that exists already is an error (exit 1).

    \b
    Examples:
      checker user add ana --role reviewer
      checker user add ed --role editor --db claims.db
      printf 's3cret\\n' | checker user add root --role admin --password-stdin
    """
    from checker.store import open_db, users

    password_hash = None
    if password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise click.UsageError("--password-stdin: standard input has no password")
        from werkzeug.security import generate_password_hash

        password_hash = generate_password_hash(line)
    database = open_db(os.path.abspath(db))
    try:
        created, token = users.create(database, name, role, password_hash)
    except users.UserExists:
        click.echo(f"checker: a user named {name!r} exists already", err=True)
        sys.exit(1)
    finally:
        database.close()
    click.echo(f"created {created.role} {created.name} (id {created.id}); API token:")
    click.echo(token)


def read_text(path: str) -> str:
    """The UTF-8 text of ``path`` ('-' is standard input), exactly as stored.

    Bytes are decoded without newline translation, so offsets match the file's content.
    Raises :class:`ReadError` with a short reason for a missing, unreadable or non-UTF-8 file.
    """
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or exc.__class__.__name__) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def date_header(text: str) -> dt.date | None:
    """The date of a first line starting with ``date YYYY-MM-DD``, else None."""
    m = _DATE_HEADER.match(text)
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:  # "date 2018-13-45" names no day
        return None


def _emit(line: bytes) -> None:
    """Write one JSON line whatever the locale, and flush so pipes see it at once."""
    out = sys.stdout.buffer
    try:
        out.write(line + b"\n")
        out.flush()
    except BrokenPipeError:
        # `checker attribute *.txt | head -1`: the reader is gone; stop quietly, as cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
