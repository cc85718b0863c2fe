"""The review desk in real headless Chromium (Debian's), driven by Playwright over HTTP.

Sign in, check and save the Dalian article, see its location flag, dispute it with a note,
find the review in the history and through the JSON API; an article with a script tag runs
nothing. Full-page screenshots land in tests/artifacts/ for people to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_helpers import ARTIFACTS, PASSWORD
from flask import Flask

import checker
from checker.store import open_db
from checker.store.articles import store_article

CHROMIUM = "/usr/bin/chromium"
playwright_sync = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is missing")

XSS_ARTICLE = (
    "Test <script>alert(1)</script> story\n\n"
    '"<script>alert(1)</script> is what we found," said Jane Doe on Monday, November 4, 2018.'
    "\n\nThe <img src=x onerror=alert(2)> tag was in the text too.\n"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless Chromium for the module (launching it is the slow part)."""
    with playwright_sync.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server: str) -> Iterator[object]:
    """A fresh browser tab; any JavaScript dialog (alert) fails the test."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()
    assert not dialogs, f"a script ran: {dialogs}"


def cli_user(app: Flask, name: str, role: str) -> None:
    """Create a user with ``checker user add ... --password-stdin``, as a newsroom would."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "checker",
            "user",
            "add",
            name,
            "--role",
            role,
            "--password-stdin",
            "--db",
            app.config["DATABASE"],
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def sign_in(page, name: str) -> None:
    page.goto("/")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")


def check_and_save(page, text: str, published: str, title: str, screenshot: str = "") -> None:
    page.get_by_role("link", name="Check an article").click()
    page.get_by_label("Text").fill(text)
    page.get_by_label("Published").fill(published)
    page.get_by_label("Title").fill(title)
    page.get_by_role("button", name="Check").click()
    page.get_by_role("heading", name="Analysis").wait_for()
    if screenshot:
        shot(page, screenshot)
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/articles/*")


def store(app: Flask, text: str, title: str) -> None:
    """Analyse and store an article straight through the store (no browser)."""
    db = open_db(app.config["DATABASE"])
    try:
        analysis = checker.analyze(text, published="2018-11-04", source=title)
        store_article(db, analysis, text=text, title=title)
    finally:
        db.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_dalian_flag_disputed_in_the_browser(page, app: Flask, shared: Path) -> None:
    cli_user(app, "ed", "editor")
    # Not signed in: the sign-in page, whatever the address.
    page.goto("/articles")
    assert page.get_by_role("button", name="Sign in").is_visible()
    shot(page, "desk-sign-in.png")
    sign_in(page, "ed")
    assert page.get_by_role("heading", name="Queue").is_visible()

    # The file's first line is " date 2018-11-04 <headline>": what goes in Published and
    # Title; the rest is the article a person pastes.
    raw = (shared / "examples" / "dalian-silicon-valley-2018.txt").read_text(encoding="utf-8")
    first, text = raw.split("\n", 1)
    _, published, headline = first.strip().split(" ", 2)
    check_and_save(page, text.strip() + "\n", published, headline, "desk-check.png")

    # The article page: the location flag beside its words, with both pieces of evidence.
    flag = page.locator(".flags .flag-card", has_text="location mismatch")
    assert flag.count() == 1
    assert "Shenzhen Bay Center" in flag.inner_text()
    assert "Santa Clara, California" in flag.inner_text()
    marker = page.locator(".article-text a.flag-mark", has_text="location mismatch")
    marker.click()  # desk.js lights up the evidence in the text
    page.locator(".article-text .ev.active", has_text="Shenzhen Bay Center").wait_for()
    assert page.locator(".article-text .ev.active", has_text="Santa Clara").count() >= 1
    assert page.locator(".article-text .q").count() >= 5  # quotes in speakers' colours
    assert page.locator(".article-text .c").count() >= 1  # claims underlined
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "desk-article.png")

    # A claim's page, for the screenshot: the one with the GDP figures.
    page.locator(".article-text a.c", has_text="736.3 billion yuan").first.click()
    page.get_by_role("heading", name="Review history").wait_for()
    shot(page, "desk-claim.png")
    page.go_back()

    # Open the flagged quote and dispute it with a note.
    flag.get_by_role("link", name="Open the quote").click()
    page.get_by_role("heading", name="Evidence").wait_for()
    note = "The forum was in Santa Clara; Shenzhen Bay Center is in Shenzhen."
    page.get_by_label("Note").fill(note)
    page.get_by_role("button", name="Dispute").click()
    history = page.locator("table.history")
    history.wait_for()
    row = history.locator("tbody tr").first.inner_text()
    assert "ed" in row and "disputed" in row and note in row
    shot(page, "desk-quote.png")

    # The same review through the JSON API.
    found = page.request.get("/api/v1/quotes?status=disputed").json()
    assert found["total"] == 1
    quote = found["items"][0]
    assert "Shenzhen Bay Center" in quote["text"]
    assert quote["reviews"][-1]["note"] == note
    assert quote["reviews"][-1]["reviewer"] == "ed"

    # Two more articles (stored directly) so the queue has something to order: the same
    # words under two names give a misattribution flag with a related item.
    said = '"We will build the new bridge across the river by 2020, whatever it costs," said '
    store(app, f"The council met on Tuesday.\n\n{said}Jane Doe, the mayor.\n", "Mayor")
    store(app, f"The governor spoke.\n\n{said}John Roe, the governor.\n", "Governor")

    # The queue: unreviewed first (newest first), the disputed quote last, counted.
    page.goto("/")
    assert page.locator(".count.disputed strong").inner_text() == "1"
    texts = page.locator("ol.items li.item").all_inner_texts()
    assert "Governor" in texts[0] and "Shenzhen Bay Center" in texts[-1]
    shot(page, "desk-queue.png")
    page.locator("ol.items li.item", has_text="misattribution").first.locator("a.item-text").click()
    page.get_by_role("heading", name="Related items in other articles").wait_for()
    shot(page, "desk-related.png")
    page.goto("/search?q=Shenzhen+Bay&status=disputed")
    assert page.locator("ol.items li.item").count() == 1


def test_script_article_runs_nothing_and_keys_review(page, app: Flask, make_user) -> None:
    make_user("ed", "editor")
    sign_in(page, "ed")
    check_and_save(page, XSS_ARTICLE, "2018-11-04", "Test <script>alert(3)</script> title")
    body = page.locator(".article-text").inner_text()
    assert "<script>alert(1)</script>" in body  # shown as characters
    assert "<img src=x onerror=alert(2)>" in body
    assert page.locator(".article-text script, .article-text img").count() == 0
    assert "<script>alert(3)</script>" in page.locator("h1").inner_text()

    # Keyboard: j selects the first flagged item, v verifies it (a plain form POST).
    page.goto("/?status=unreviewed")
    items = page.locator("ol.items li.item")
    assert items.count() >= 1
    page.keyboard.press("j")
    assert "selected" in (items.first.get_attribute("class") or "")
    unreviewed = int(page.locator(".count.unreviewed strong").inner_text())
    page.keyboard.press("v")
    page.wait_for_load_state()
    page.locator(".flash", has_text="marked verified").wait_for()
    assert int(page.locator(".count.unreviewed strong").inner_text()) == unreviewed - 1
    assert int(page.locator(".count.verified strong").inner_text()) == 1
    assert not page.dialogs
