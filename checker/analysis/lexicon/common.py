"""Word lists shared by every part of the analysis."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm maj rev hon pres
    st jr sr inc corp co ltd bros no nos vs v mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u d.c a.m p.m n.y l.a u.s.a i.e e.g
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)

# Capital initials joined by full stops, the last stop left off: "J.D", "F.B.I" (the word
# before a full stop that does not end the sentence: "J.D. Vance").
INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def trie_pattern(words: list[str] | set[str] | frozenset[str]) -> str:
    """A regular expression that matches any of ``words``, built as a trie.

    Python's ``re`` tries a plain ``a|b|c`` alternation word by word at every position; a
    trie-shaped pattern (``sa(?:id|ys)``) shares prefixes and is many times faster on long
    word lists. A space inside an entry matches any run of spaces.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: dict) -> str:
    ends = "" in node
    branches = [
        (r"[\s\u00a0]+" if ch == " " else re.escape(ch)) + _trie_to_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body
