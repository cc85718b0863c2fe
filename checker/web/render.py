"""An article's text as HTML: quotes in their speaker's colour, claims underlined, flags
beside the words they point at. Every piece of the article goes through ``escape``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from markupsafe import Markup, escape

N_COLOURS = 8  # desk.css defines .spk-0 ... .spk-7
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


def speaker_colours(speakers: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> dict:
    """A colour index per speaker name, in order of their first quote."""
    colours: dict[str, int] = {}
    for quote in quotes:
        name = (quote.get("speaker") or {}).get("name")
        if name and name not in colours:
            colours[name] = len(colours) % N_COLOURS
    for speaker in speakers:
        if speaker.get("name") and speaker["name"] not in colours:
            colours[speaker["name"]] = len(colours) % N_COLOURS
    return colours


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the text's paragraphs (blank-line separated, non-empty)."""
    out, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def annotate(
    text: str,
    body: dict[str, Any],
    *,
    item_url: Callable[[str, dict[str, Any]], str | None] = lambda kind, item: None,
) -> list[Markup]:
    """One Markup paragraph per paragraph of ``text``.

    ``body`` is an analysis object (quotes, claims, flags, speakers); ``item_url(kind, item)``
    gives the link of a quote or claim (None for an unsaved analysis). A flag's marker sits
    right after the last of its evidence spans and links to ``#flag-N`` (N is its index).
    """
    quotes = body.get("quotes", [])
    claims = body.get("claims", [])
    flags = body.get("flags", [])
    colours = speaker_colours(body.get("speakers", []), quotes)
    spans: list[tuple[int, int, str, Any]] = []
    for quote in quotes:
        spans.append((quote["start"], quote["end"], "q", quote))
    for claim in claims:
        spans.append((claim["start"], claim["end"], "c", claim))
    markers: dict[int, list[int]] = {}
    anchors: dict[int, list[str]] = {}
    for n, flag in enumerate(flags):
        evidence = flag.get("evidence") or []
        for m, ev in enumerate(evidence):
            spans.append((ev["start"], ev["end"], "e", n))
            anchors.setdefault(ev["start"], []).append(f"ev-{n}-{m}")
        if evidence:
            markers.setdefault(max(ev["end"] for ev in evidence), []).append(n)
    out = []
    for p_start, p_end in paragraphs(text):
        cuts = {p_start, p_end}
        for start, end, _, _ in spans:
            if end > p_start and start < p_end:
                cuts.add(min(max(start, p_start), p_end))
                cuts.add(min(max(end, p_start), p_end))
        cuts |= {m for m in markers if p_start < m <= p_end}
        points = sorted(cuts)
        html = []
        for a, b in zip(points, points[1:], strict=False):
            for anchor in anchors.get(a, ()):
                html.append(Markup('<span class="anchor" id="{}"></span>').format(anchor))
            html.append(_segment(text[a:b], a, b, spans, colours, item_url))
            for n in markers.get(b, ()):
                html.append(_marker(n, flags[n]))
        out.append(Markup("").join(html))
    return out


def _segment(
    piece: str,
    a: int,
    b: int,
    spans: list[tuple[int, int, str, Any]],
    colours: dict[str, int],
    item_url: Callable[[str, dict[str, Any]], str | None],
) -> Markup:
    quote = claim = None
    evidence = []
    for start, end, kind, obj in spans:
        if start <= a and b <= end and start < end:
            if kind == "q" and (quote is None or end - start < quote["end"] - quote["start"]):
                quote = obj
            elif kind == "c" and claim is None:
                claim = obj
            elif kind == "e":
                evidence.append(obj)
    if quote is None and claim is None and not evidence:
        return escape(piece)
    classes = []
    title = []
    url = None
    if quote is not None:
        name = (quote.get("speaker") or {}).get("name")
        classes.append(f"q spk-{colours[name]}" if name in colours else "q spk-none")
        title.append(f"{name or 'No speaker'} ({quote.get('kind')} quote)")
        url = item_url("quote", quote)
        if quote.get("status"):
            classes.append(f"st-{quote['status']}")
    if claim is not None:
        classes.append("c")
        title.append(f"Claim ({claim.get('kind') or 'statement'})")
        url = url or item_url("claim", claim)
    if evidence:
        classes.append("ev " + " ".join(f"ev-{n}" for n in sorted(set(evidence))))
    tag = "a" if url else "span"
    href = Markup(' href="{}"').format(url) if url else Markup("")
    return Markup('<{tag} class="{cls}"{href} title="{title}">{text}</{tag}>').format(
        tag=Markup(tag), cls=" ".join(classes), href=href, title="; ".join(title), text=piece
    )


def _marker(n: int, flag: dict[str, Any]) -> Markup:
    label = flag["type"].replace("_", " ")
    return Markup(
        '<a class="flag-mark sev-{sev}" href="#flag-{n}" data-flag="{n}" '
        'title="{message}"><span aria-hidden="true">⚑</span> {label}</a>'
    ).format(sev=flag["severity"], n=n, message=flag["message"], label=label)
