"""The desk's pages: sign in and out, the queue, articles, quotes and claims, speakers,
search and "Check an article". Reviews and saved articles go through the same store
functions as the JSON API's, so both doors record the same thing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from flask import (
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.security import check_password_hash, generate_password_hash

import checker
from checker.api.db import get_db, ingest_db
from checker.store import articles, desk, people, reviews
from checker.web import bp
from checker.web.forms import CheckForm, ReviewForm, SignInForm, SignOutForm
from checker.web.render import annotate, speaker_colours

PER_PAGE = 50
OPEN_ENDPOINTS = {"desk.sign_in", "desk.static"}
# Checked when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not a password")


# -- who is signed in ------------------------------------------------------------------------


@bp.before_request
def load_user() -> Any:
    """Every desk page needs a signed-in user; others see the sign-in page."""
    g.desk_user = None
    user_id = session.get("user_id")
    if user_id is not None:
        g.desk_user = desk.user_by_id(get_db(), user_id)
        if g.desk_user is None:
            session.clear()
    if g.desk_user is None and request.endpoint not in OPEN_ENDPOINTS:
        target = request.full_path if request.method == "GET" else request.referrer or "/"
        return redirect(url_for("desk.sign_in", next=_local(target)))
    return None


def require_role(role: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """View decorator: the signed-in user must have ``role`` (or a higher one), else 403."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not g.desk_user.can(role):
                abort(403, f"This needs the {role} role; you are a {g.desk_user.role}.")
            return view(*args, **kwargs)

        return wrapper

    return decorator


@bp.app_context_processor
def desk_context() -> dict[str, Any]:
    """What the base layout needs: the user and the sign-out form."""
    if request.blueprint != "desk":
        return {}
    return {"user": g.get("desk_user"), "sign_out_form": SignOutForm()}


def _local(target: str | None) -> str:
    """``target`` if it is a path on this site, else ``/`` (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target.rstrip("?") or "/"


def _check_csrf(form: Any) -> None:
    """A POST whose CSRF token is missing or wrong is refused outright (400)."""
    if form.meta.csrf and not form.csrf_token.validate(form):
        abort(400, "The form's security token is missing or out of date; reload and retry.")


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> Any:
    """Sign in with a username and password."""
    form = SignInForm()
    next_url = _local(request.args.get("next"))
    if request.method == "POST":
        _check_csrf(form)
        if form.validate():
            found = desk.login_record(get_db(), form.username.data.strip())
            pw_hash = found[1] if found else None
            ok = check_password_hash(pw_hash or _DUMMY_HASH, form.password.data)
            if found and pw_hash and ok:
                session.clear()  # a fresh session: nothing carried over from before sign-in
                session["user_id"] = found[0].id
                session.permanent = False
                return redirect(next_url)
            form.password.errors.append("Unknown username or wrong password.")
    elif g.desk_user is not None:
        return redirect(next_url)
    return render_template("sign_in.html", form=form, next_url=next_url), (
        401 if form.errors else 200
    )


@bp.route("/sign-out", methods=["POST"])
def sign_out() -> Any:
    """Sign out and return to the sign-in page."""
    _check_csrf(SignOutForm())
    session.clear()
    return redirect(url_for("desk.sign_in"))


# -- the queue and search ------------------------------------------------------------------


def _filters() -> dict[str, Any]:
    """The queue's and search's filters from the query string (unknown values dropped)."""
    args = request.args
    flag = args.get("flag") or None
    severity = args.get("severity") if args.get("severity") in desk.SEVERITIES else None
    status = args.get("status") if args.get("status") in desk.STATUSES else None
    kind = args.get("kind") if args.get("kind") in desk.ITEM_TYPES else None
    speaker = (args.get("speaker") or "").strip()[:200] or None
    article = args.get("article", type=int)
    return {
        "flag": flag,
        "severity": severity,
        "status": status,
        "item_type": kind,
        "speaker": speaker,
        "article_id": article if article and 0 < article < 2**62 else None,
    }


def _page() -> int:
    page = request.args.get("page", 1, type=int)
    return min(max(page, 1), 10_000)


def _query_string(**changes: Any) -> str:
    """The current query string with ``changes`` applied (None removes a key)."""
    args = {k: v for k, v in request.args.items() if v}
    for key, value in changes.items():
        if value is None:
            args.pop(key, None)
        else:
            args[key] = value
    return "?" + urlencode(args) if args else "?"


@bp.route("/")
def queue() -> Any:
    """Flagged quotes and claims: unreviewed first, newest first, with counts and filters."""
    db = get_db()
    filters = _filters()
    page = _page()
    found, total = desk.items(db, **filters, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    return render_template(
        "queue.html",
        items=found,
        total=total,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        filters=filters,
        counts=desk.queue_counts(db),
        flag_types=desk.flag_types(db),
        filter_article=desk.articles_for_filter(db, filters["article_id"]),
        review_form=ReviewForm(),
        query_string=_query_string,
    )


@bp.route("/search")
def search() -> Any:
    """Full-text search across quotes and claims, with the queue's filters."""
    db = get_db()
    q = (request.args.get("q") or "").strip()[:500]
    filters = _filters()
    page = _page()
    found, total = [], 0
    if q:
        found, total = desk.items(
            db, q=q, flagged=False, **filters, limit=PER_PAGE, offset=(page - 1) * PER_PAGE
        )
    return render_template(
        "search.html",
        q=q,
        items=found,
        total=total,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        filters=filters,
        flag_types=desk.flag_types(db),
        filter_article=desk.articles_for_filter(db, filters["article_id"]),
        review_form=ReviewForm(),
        query_string=_query_string,
    )


# -- quotes and claims -------------------------------------------------------------------------


def _item_page(item_type: str, item_id: int) -> Any:
    found = desk.item(get_db(), item_type, item_id) if item_id < 2**62 else None
    if found is None:
        abort(404, f"There is no stored {item_type} {item_id}.")
    return render_template("item.html", item=found, review_form=ReviewForm())


def _review(item_type: str, item_id: int) -> Any:
    form = ReviewForm()
    _check_csrf(form)
    if not form.validate():
        abort(400, "; ".join(e for errs in form.errors.values() for e in errs))
    if form.verify.data:
        status = "verified"
    elif form.dispute.data:
        status = "disputed"
    else:
        abort(400, "Press Verify or Dispute.")
    note = (form.note.data or "").strip() or None
    review = (
        reviews.add(get_db(), item_type, item_id, status, note, g.desk_user.id)
        if item_id < 2**62
        else None
    )
    if review is None:
        abort(404, f"There is no stored {item_type} {item_id}.")
    flash(f"{item_type.capitalize()} {item_id} marked {status}.", "ok")
    default = url_for(f"desk.{item_type}_page", **{f"{item_type}_id": item_id})
    return redirect(_local(request.args.get("next")) if request.args.get("next") else default)


@bp.route("/quotes/<int:quote_id>")
def quote_page(quote_id: int) -> Any:
    """A quote: its words in context, the flags and evidence, related items, reviews."""
    return _item_page("quote", quote_id)


@bp.route("/claims/<int:claim_id>")
def claim_page(claim_id: int) -> Any:
    """A claim: its words in context, the flags and evidence, related items, reviews."""
    return _item_page("claim", claim_id)


@bp.route("/quotes/<int:quote_id>/review", methods=["POST"])
@require_role("reviewer")
def review_quote(quote_id: int) -> Any:
    """Verify or dispute a quote (the Verify and Dispute buttons)."""
    return _review("quote", quote_id)


@bp.route("/claims/<int:claim_id>/review", methods=["POST"])
@require_role("reviewer")
def review_claim(claim_id: int) -> Any:
    """Verify or dispute a claim (the Verify and Dispute buttons)."""
    return _review("claim", claim_id)


# -- articles ----------------------------------------------------------------------------------


def _stored_url(kind: str, obj: dict[str, Any]) -> str | None:
    stored = obj.get("stored_id")
    if stored is None:
        return None
    return url_for(f"desk.{kind}_page", **{f"{kind}_id": stored})


def _flag_items(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The flags of an analysis, each with the quotes and claims it is about."""
    quotes = {q["id"]: q for q in body.get("quotes", [])}
    claims = {c["id"]: c for c in body.get("claims", [])}
    out = []
    for flag in body.get("flags", []):
        about = [("quote", quotes[i]) for i in flag.get("quote_ids", []) if i in quotes]
        about += [("claim", claims[i]) for i in flag.get("claim_ids", []) if i in claims]
        out.append({**flag, "about": about})
    return out


@bp.route("/articles")
def article_list() -> Any:
    """The archive's articles, newest first."""
    page = _page()
    rows, total = articles.page(get_db(), limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    return render_template(
        "articles.html",
        rows=rows,
        total=total,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        query_string=_query_string,
    )


@bp.route("/articles/<int:article_id>")
def article_page(article_id: int) -> Any:
    """An article's text with its quotes, claims and flags marked, and the flags beside it."""
    found = desk.article(get_db(), article_id) if article_id < 2**62 else None
    if found is None:
        abort(404, f"There is no stored article {article_id}.")
    body = found["body"]
    return render_template(
        "article.html",
        article=found,
        body=body,
        paragraphs=annotate(body["text"], body, item_url=_stored_url),
        flags=_flag_items(body),
        colours=speaker_colours(body.get("speakers", []), body.get("quotes", [])),
        item_url=_stored_url,
    )


# -- speakers ----------------------------------------------------------------------------------


@bp.route("/speakers")
def speaker_list() -> Any:
    """People quoted in the archive, with their latest title and quote counts."""
    q = (request.args.get("q") or "").strip()[:200] or None
    page = _page()
    rows, total = desk.speakers(get_db(), q=q, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    return render_template(
        "speakers.html",
        rows=rows,
        total=total,
        q=q,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        query_string=_query_string,
    )


@bp.route("/speakers/<int:person_id>")
def speaker_page(person_id: int) -> Any:
    """A person: aliases, titles over time, and every quote by them with its status."""
    db = get_db()
    person = people.get(db, person_id) if person_id < 2**62 else None
    if person is None:
        abort(404, f"There is no stored speaker {person_id}.")
    page = _page()
    found, total = desk.items(
        db,
        flagged=False,
        item_type="quote",
        speaker=person.name,
        limit=PER_PAGE,
        offset=(page - 1) * PER_PAGE,
    )
    profile = people.profile(db, person)
    return render_template(
        "speaker.html",
        person=profile,
        titles=title_runs(profile["titles"]),
        items=found,
        total=total,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        query_string=_query_string,
    )


def title_runs(titles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Titles over time with repeats folded: one entry per run of the same title."""
    runs: list[dict[str, Any]] = []
    for t in titles:
        if runs and runs[-1]["title"].casefold() == t["title"].casefold():
            runs[-1]["last"] = t["published"]
            runs[-1]["count"] += 1
        else:
            runs.append(
                {
                    "title": t["title"],
                    "first": t["published"],
                    "last": t["published"],
                    "count": 1,
                    "article_id": t["article_id"],
                }
            )
    return runs


# -- check an article --------------------------------------------------------------------------


@bp.route("/check", methods=["GET", "POST"])
def check() -> Any:
    """Paste an article and see its analysis (Check); store it in the archive (Save)."""
    form = CheckForm()
    result = None
    if request.method == "POST":
        _check_csrf(form)
        if form.validate():
            text = form.text.data.replace("\r\n", "\n")
            published = form.published.data.isoformat() if form.published.data else None
            title = (form.title.data or "").strip() or None
            if form.save.data:
                return _save(text, published, title)
            analysis = checker.analyze(text, published=published, source=title)
            body = analysis.to_dict()
            result = {
                "body": body,
                "paragraphs": annotate(text, body),
                "flags": _flag_items(body),
                "colours": speaker_colours(body.get("speakers", []), body.get("quotes", [])),
                "existing": articles.find_existing(get_db(), url=None, text=text),
            }
    status = 422 if form.errors else 200
    return render_template("check.html", form=form, result=result), status


@require_role("editor")
def _save(text: str, published: str | None, title: str | None) -> Any:
    with ingest_db() as db:
        existing = articles.find_existing(db, url=None, text=text)
        if existing is not None:
            flash("This article is already in the archive.", "ok")
            return redirect(url_for("desk.article_page", article_id=existing))
        analysis = checker.analyze(text, published=published, source=title)
        stored = articles.store_article(db, analysis, text=text, title=title)
    flash("Saved to the archive.", "ok")
    return redirect(url_for("desk.article_page", article_id=stored.id))


@bp.errorhandler(400)
@bp.errorhandler(403)
@bp.errorhandler(404)
def error_page(error: Any) -> Any:
    """Desk errors as a page in the desk's layout (the API keeps its JSON errors)."""
    return (
        render_template(
            "error.html", code=error.code, name=error.name, description=error.description
        ),
        error.code,
    )
