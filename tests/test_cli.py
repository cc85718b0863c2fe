"""The command line, run as a real process: `python -m checker` and the installed script."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import checker
from checker.cli import date_header, json_line, main

CHECKER = [sys.executable, "-m", "checker"]
SCRIPT = Path(sys.executable).parent / "checker"


def run(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``checker ARGS...`` and capture its output as bytes."""
    return subprocess.run(
        [*CHECKER, *args], input=stdin, capture_output=True, cwd=cwd, timeout=120, check=False
    )


def lines(stdout: bytes) -> list[dict]:
    """The JSON Lines of ``stdout``, decoded as UTF-8 (whatever the locale)."""
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    """Three small articles, one with non-ASCII text."""
    texts = [
        '"We will win," said Jane Doe, the mayor.',
        "Growth was 6.5% in 2018, the ministry said.",
        "«Ça ira», a dit Zoë Müller. “Yes,” he said.",
    ]
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"a{i}-zoë.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_one_json_line_per_file_in_input_order(articles, check_spans):
    order = [articles[2], articles[0], articles[1]]
    result = run("attribute", *map(str, order))
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    out = lines(result.stdout)
    assert [o["source"] for o in out] == [str(p) for p in order]
    for path, obj in zip(order, out, strict=True):
        text = path.read_text(encoding="utf-8")
        assert obj == json.loads(json.dumps(checker.analyze(text, source=str(path)).to_dict()))
        check_spans(text, obj)
    # ensure_ascii=False: the characters themselves (here in the file names), not \u escapes
    assert "zoë" in result.stdout.decode("utf-8")
    assert b"\\u00eb" not in result.stdout


@pytest.mark.parametrize(
    "obj",
    [
        {"text": "“Zhōngguó” – 中国", "start": 0, "confidence": 0.75},
        {"value": 10**30, "unit": None},  # past orjson's 64 bits: json writes it
        {"value": 1.5e16, "nested": [{"a": None}, True]},
    ],
)
def test_json_line_is_one_line_of_utf8_json_that_reads_back(obj):
    line = json_line(obj)
    assert b"\n" not in line
    assert json.loads(line.decode("utf-8")) == obj


def test_stdin_dash(articles):
    text = articles[0].read_bytes()
    result = run("attribute", "-", str(articles[1]), stdin=text)
    assert result.returncode == 0, result.stderr
    out = lines(result.stdout)
    assert [o["source"] for o in out] == ["-", str(articles[1])]
    assert out[0] == json.loads(json.dumps(checker.analyze(text.decode(), source="-").to_dict()))


def test_offsets_keep_crlf_and_bom(tmp_path, check_spans):
    # Offsets are into the file's characters: no newline translation, BOM kept.
    text = '\ufeffThe mayor spoke.\r\n\r\n"We will win," said Jane Doe.\r\n'
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    result = run("attribute", str(path))
    assert result.returncode == 0
    obj = lines(result.stdout)[0]
    assert obj == json.loads(json.dumps(checker.analyze(text, source=str(path)).to_dict()))
    check_spans(text, obj)


@pytest.mark.parametrize("bad", ["missing", "latin1", "directory"])
def test_unreadable_file_one_stderr_line_others_still_print(articles, tmp_path, bad):
    if bad == "missing":
        path, reason = tmp_path / "nope.txt", "No such file or directory"
    elif bad == "latin1":
        path, reason = tmp_path / "latin1.txt", "not UTF-8"
        path.write_bytes("Café au lait, said José.".encode("latin-1"))
    else:
        path, reason = tmp_path / "adir", "Is a directory"
        path.mkdir()
    result = run("attribute", str(articles[0]), str(path), str(articles[1]))
    assert result.returncode == 1
    assert [o["source"] for o in lines(result.stdout)] == [str(articles[0]), str(articles[1])]
    err = result.stderr.decode().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"checker: {path}: ")
    assert reason in err[0]


def test_an_analysis_bug_on_one_file_spares_the_others(articles, monkeypatch):
    real = checker.analyze

    def flaky(text: str, **kwargs):
        if "ministry" in text:
            raise ValueError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(checker, "analyze", flaky)
    result = CliRunner().invoke(main, ["attribute", *map(str, articles)])
    assert result.exit_code == 1
    assert [o["source"] for o in lines(result.stdout_bytes)] == [str(articles[0]), str(articles[2])]
    assert result.stderr == f"checker: {articles[1]}: analysis failed: ValueError: boom\n"


def test_date_header_sets_published(tmp_path, shared):
    example = shared / "examples" / "dalian-silicon-valley-2018.txt"
    plain = tmp_path / "plain.txt"
    plain.write_text("No date line here. Jane said so.", encoding="utf-8")
    result = run("attribute", str(example), str(plain))
    assert result.returncode == 0, result.stderr
    first, second = lines(result.stdout)
    assert first["published"] == "2018-11-04"
    assert second["published"] is None
    # --published wins over the header
    result = run("attribute", "--published", "2019-01-02", str(example))
    assert lines(result.stdout)[0]["published"] == "2019-01-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2018-11-04 China's Dalian looks", "2018-11-04"),
        ("date 2016-02-29\n\nText", "2016-02-29"),
        ("\ufeff\tdate  2020-01-31 Headline", "2020-01-31"),
        ("update 2018-11-04 text", None),
        ("\ndate 2018-11-04 on the second line", None),
        ("date 2018-13-45 not a day", None),
        ("date 2018-11-045", None),
        ("The date 2018-11-04 is in the sentence", None),
    ],
)
def test_date_header_rule(text, expected):
    found = date_header(text)
    assert (found.isoformat() if found else None) == expected


def test_bad_published_option_is_a_usage_error(articles):
    result = run("attribute", "--published", "04/11/2018", str(articles[0]))
    assert result.returncode == 2
    assert b"YYYY-MM-DD" in result.stderr or b"%Y-%m-%d" in result.stderr
    assert result.stdout == b""


def test_no_files_is_a_usage_error():
    result = run("attribute")
    assert result.returncode == 2
    assert b"FILE" in result.stderr


def all_commands(group: click.Group, prefix: str = "checker") -> list[tuple[str, click.Command]]:
    """Every command under ``group``, with its full name."""
    out: list[tuple[str, click.Command]] = [(prefix, group)]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            out.extend(all_commands(command, f"{prefix} {name}"))
        else:
            out.append((f"{prefix} {name}", command))
    return out


@pytest.mark.parametrize(("name", "command"), all_commands(main), ids=lambda x: str(x))
def test_every_command_help_has_an_example(name, command):
    help_text = command.help or ""
    assert "Example" in help_text, f"{name} has no example in its help"
    examples = help_text.split("Example", 1)[1]
    assert re.search(rf"^\s+{re.escape(name)}\b", examples, re.M), name
    assert re.search(r"^\s+checker \w+", examples, re.M), name


def test_help_is_printed_by_the_installed_script():
    script = [str(SCRIPT)] if SCRIPT.exists() else CHECKER
    result = subprocess.run([*script, "attribute", "--help"], capture_output=True, timeout=60)
    assert result.returncode == 0
    assert b"checker attribute --published 2018-11-04 story.txt" in result.stdout


def test_attribute_imports_no_web_stack():
    code = (
        "import sys, checker.cli; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'flask', 'flask_smorest', 'marshmallow', 'webargs', 'waitress', 'werkzeug', 'app'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == b"[]"


def test_attribute_starts_fast(articles):
    best = float("inf")
    for _ in range(3):  # best of three: the machine may be busy with other tests
        start = time.perf_counter()
        result = run("attribute", str(articles[0]))
        best = min(best, time.perf_counter() - start)
        assert result.returncode == 0
    assert best < 1.5, f"checker attribute took {best:.2f} s"


def test_serve_runs_waitress_on_the_given_db(tmp_path):
    db = tmp_path / "served.db"
    env = {**os.environ, "CHECKER_DB": str(tmp_path / "ignored.db")}
    process = subprocess.Popen(
        [*CHECKER, "serve", "--port", "0", "--db", str(db)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    try:
        line = process.stderr.readline().decode()
        match = re.search(r"serving (http://127\.0\.0\.1:\d+)/api/v1 \(database (.+)\)", line)
        assert match, line
        assert match.group(2) == str(db)
        request = urllib.request.Request(
            match.group(1) + "/api/v1/attribute",
            data=json.dumps({"text": '"Yes," she said.'}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200
            assert set(json.loads(response.read())) >= {"quotes", "speakers", "claims", "flags"}
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()


def test_serve_database_is_db_else_env_else_claims_db(monkeypatch):
    serve = main.commands["serve"]
    monkeypatch.delenv("CHECKER_DB", raising=False)
    assert serve.make_context("serve", []).params["db"] == "claims.db"
    monkeypatch.setenv("CHECKER_DB", "/tmp/from-env.db")
    assert serve.make_context("serve", []).params["db"] == "/tmp/from-env.db"
    assert serve.make_context("serve", ["--db", "x.db"]).params["db"] == "x.db"


def test_load_data_loads_every_lazily_read_table():
    # a fresh interpreter: in this one earlier tests have loaded the tables already
    code = (
        "import checker\n"
        "from checker import geo, rates\n"
        "from checker.analysis.people import first_names\n"
        "tables = (geo.load_gazetteer, rates.load_rates, first_names)\n"
        "assert all(t.cache_info().currsize == 0 for t in tables)\n"
        "checker.load_data()\n"
        "print([t.cache_info().currsize for t in tables])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[1,", "1,", "1]"]
