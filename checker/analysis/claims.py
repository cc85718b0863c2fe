"""Check-worthy claims: sentences that state figures, dates, ranks or superlatives.

``find_claims`` splits an article into sentences (``checker.analysis.text``) and keeps those
that carry a fact a fact-checker could verify, each with its parsed values:

* money with its ISO 4217 currency ("736.3 billion yuan" -> 736300000000.0 CNY),
* percentages ("46 percent", "4.5 per cent", "3 percentage points" -> unit ``pp``),
* measures with short unit codes ("35.6 square kilometers" -> 35.6 ``km2``),
* counts with their noun ("600 respondents" -> count, unit ``respondents``),
* dates ("March 3, 2017", "Monday, March 3", "September 16-19", "on Friday", "yesterday")
  and years ("established in 1991"),
* ranks ("ranking the 21st", "No. 3", "third-largest").

Word lists and patterns live in ``checker.analysis.lexicon.figures``. Nothing here raises on
odd input, and every span satisfies ``text == source[start:end]``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from checker.analysis.lexicon import figures as F
from checker.analysis.text import Block, paragraphs, sentences
from checker.model import Claim, Value

__all__ = ["find_claims", "find_values"]

_FIGURE_KINDS = frozenset(("money", "percent", "count", "measure"))
_YEAR_TAKERS = frozenset(("money", "percent", "count", "measure", "rank"))
_MAX_DIGITS = 24
_WINDOW = 24


def find_claims(
    text: str, *, published: dt.date | None = None, id_prefix: str = "c"
) -> tuple[Claim, ...]:
    """Find the check-worthy sentences of ``text``, in text order, with their parsed values.

    A sentence is a claim when it states money, a percentage, a count, a measure, a date, a
    year, a rank or a superlative. Ids are ``{id_prefix}1``, ``{id_prefix}2``, ... ``kind``
    is ``figure`` when the sentence has a money/percent/count/measure value, else
    ``ranking``, ``superlative`` or ``date`` (in that order of preference). ``published``
    anchors dates without a year and relative dates ("on Friday", "last week").

    >>> c = find_claims("Sales rose 12% to $1.2m in 2017.")[0]
    >>> c.kind, [(v.kind, v.value, v.unit, v.year) for v in c.values]
    ('figure', [('percent', 12.0, '%', 2017), ('money', 1200000.0, 'USD', 2017), \
('year', 2017.0, None, 2017)])
    """
    if not isinstance(text, str) or not text:
        return ()
    pub = published if isinstance(published, dt.date) else None
    try:
        paras = paragraphs(text)
    except Exception:  # noqa: BLE001 - the splitter must never take the analysis down
        return ()
    claims = _claims_whole(text, paras, pub, id_prefix)
    if claims is None:
        claims = _claims_by_sentence(text, paras, pub, id_prefix)
    return tuple(claims)


def _claim(text: str, block: Block, values: list[_Cand], kind: str, n: int, prefix: str) -> Claim:
    return Claim(
        id=f"{prefix}{n}",
        text=block.text,
        start=block.start,
        end=block.end,
        kind=kind,
        values=tuple(_value(text, c) for c in values),
    )


def _claims_by_sentence(
    text: str, paras: list[Block], pub: dt.date | None, prefix: str
) -> list[Claim]:
    """The claims found by scanning each sentence on its own: the reference behaviour."""
    out: list[Claim] = []
    try:
        blocks = [s for p in paras for s in sentences(text, p.start, p.end)]
    except Exception:  # noqa: BLE001 - the splitter must never take the analysis down
        blocks = []
    for block in blocks:
        try:
            values, superlative = _scan(text, block.start, block.end, pub)
        except Exception:  # noqa: BLE001 - a bad sentence yields no claim, never an error
            continue
        kind = _claim_kind(values, superlative)
        if kind is not None:
            out.append(_claim(text, block, values, kind, len(out) + 1, prefix))
    return out


def _triggers(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each match of ``F.TRIGGER`` in ``text``, in text order.

    ``TRIGGER`` opens with a look-behind, so ``re`` tries it at every position. The same
    words after a space (most of them) are found far faster by ``TRIGGER_AFTER_SPACE``,
    whose literal first character ``re`` skips to; the few after another character or at
    the very start are found separately. As no match can start inside another
    (``TRIGGER_NESTS`` is False), these are exactly the matches of ``TRIGGER.finditer``.
    """
    if F.TRIGGER_NESTS:
        return [(m.start(), m.end(), m.group()) for m in F.TRIGGER.finditer(text)]
    out = [(m.start(1), m.end(), m.group(1)) for m in F.TRIGGER_AFTER_SPACE.finditer(text)]
    other = [(m.start(1), m.end(), m.group(1)) for m in F.TRIGGER_AFTER_OTHER.finditer(text)]
    first = F.TRIGGER.match(text)
    if first:
        other.append((0, first.end(), first.group()))
    if other:
        out.extend(other)
        out.sort()
    return out


def _claims_whole(  # noqa: C901 - one pass with its guards, kept together
    text: str, paras: list[Block], pub: dt.date | None, prefix: str
) -> list[Claim] | None:
    """The claims of ``_claims_by_sentence``, with ``FIGURE`` and ``TRIGGER`` run once over
    the whole text; None when that could differ from scanning each sentence on its own.

    Most sentences hold no match at all, and a paragraph without one need not even be split
    into sentences. Neither pattern has a positive look-ahead, ``$`` or ``\\b``: their only
    peeks past a match are negative look-aheads for a letter or digit, and a look-behind sees
    before ``pos`` anyway. So a whole-text match equals the sentence's own match when it
    starts and ends inside one sentence and that sentence is followed by whitespace or the
    end of the text (as ``sentences`` makes it). Any other case returns None.
    """
    figs = list(F.FIGURE.finditer(text))
    fstart = [m.start() for m in figs]
    fend = [m.end() for m in figs]
    trigs = _triggers(text)
    nf, nt = len(figs), len(trigs)
    n = len(text)
    groups = F.TRIGGER_WORDS
    out: list[Claim] = []
    fi = ti = 0
    for para in paras:
        pe = para.end
        if not ((fi < nf and fstart[fi] < pe) or (ti < nt and trigs[ti][0] < pe)):
            continue
        try:
            blocks = sentences(text, para.start, pe)
        except Exception:  # noqa: BLE001 - let the reference path decide
            return None
        for block in blocks:
            lo, hi = block.start, block.end
            if hi < n and not text[hi].isspace():
                return None
            if (fi < nf and fstart[fi] < lo) or (ti < nt and trigs[ti][0] < lo):
                return None  # a match outside every sentence
            fj = fi
            while fj < nf and fstart[fj] < hi:
                if fend[fj] > hi:
                    return None
                fj += 1
            tj = ti
            while tj < nt and trigs[tj][0] < hi:
                if trigs[tj][1] > hi:
                    return None
                tj += 1
            if fj == fi and tj == ti:
                continue
            try:
                s = _Scanner(text, lo, hi, pub)
                for k in range(fi, fj):
                    s.figure(figs[k])
                for k in range(ti, tj):
                    ts, te, w = trigs[k]
                    s.trigger(ts, te, w, groups.get(w) or groups[" ".join(w.split())])
                values = s.finish()
            except Exception:  # noqa: BLE001 - a bad sentence yields no claim, never an error
                fi, ti = fj, tj
                continue
            fi, ti = fj, tj
            kind = _claim_kind(values, s.superlative)
            if kind is not None:
                out.append(_claim(text, block, values, kind, len(out) + 1, prefix))
    if fi < nf or ti < nt:
        return None  # a match after the last paragraph
    return out


def find_values(
    text: str, start: int = 0, end: int | None = None, *, published: dt.date | None = None
) -> list[Value]:
    """Parse the figures, dates and ranks in ``text[start:end]``, in text order.

    The range is treated as one sentence: its years are attached to its money, percent,
    count, measure and rank values, and its tense decides whether a bare weekday lies
    before or after ``published``. Offsets are into ``text``.

    >>> [(v.text, v.value, v.unit) for v in find_values("It cost HK$5bn.")]
    [('HK$5bn', 5000000000.0, 'HKD')]
    """
    if not isinstance(text, str) or not text:
        return []
    n = len(text)
    lo = max(0, min(int(start), n))
    hi = n if end is None else max(lo, min(int(end), n))
    pub = published if isinstance(published, dt.date) else None
    try:
        values, _ = _scan(text, lo, hi, pub)
    except Exception:  # noqa: BLE001 - never raise on odd text
        return []
    return [_value(text, c) for c in values]


# --------------------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------------------


class _Cand:
    """A value being built: mutable until it becomes a frozen ``Value``."""

    __slots__ = (
        "start",
        "end",
        "kind",
        "value",
        "unit",
        "year",
        "date",
        "states_year",
        "weak",
        "weekday",
        "mode",
    )

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        value: float | None = None,
        unit: str | None = None,
        year: int | None = None,
        date: str | None = None,
        *,
        states_year: bool = False,
        weak: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.unit = unit
        self.year = year
        self.date = date
        self.states_year = states_year  # an explicit year other values of the sentence take
        self.weak = weak  # on its own, not enough to make the sentence a claim
        self.weekday: int | None = None  # a bare weekday still to resolve by tense
        self.mode = ""


def _value(text: str, c: _Cand) -> Value:
    return Value(
        text=text[c.start : c.end],
        start=c.start,
        end=c.end,
        kind=c.kind,
        value=c.value,
        unit=c.unit,
        year=c.year,
        date=c.date,
    )


def _claim_kind(values: list[_Cand], superlative: bool) -> str | None:
    if not values:
        return "superlative" if superlative else None
    kinds = {c.kind for c in values if not c.weak}
    if kinds & _FIGURE_KINDS:
        return "figure"
    if "rank" in kinds:
        return "ranking"
    if superlative:
        return "superlative"
    if kinds & {"date", "year"}:
        return "date"
    return None


# --------------------------------------------------------------------------------------
# Small parsers
# --------------------------------------------------------------------------------------


def _dec(s: str) -> Decimal | None:
    s = s.replace(",", "")
    if len(s) > _MAX_DIGITS:
        return None
    try:
        return Decimal(s)
    except (InvalidOperation, ValueError):
        return None


def _float(d: Decimal) -> float | None:
    try:
        f = float(d)
    except (OverflowError, ValueError):
        return None
    if f != f or f in (float("inf"), float("-inf")):
        return None
    return f


def _scale(s: str | None) -> Decimal | None:
    if not s:
        return None
    return F.SCALES.get(s.strip().lower())


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


def _unit(u: str | None) -> tuple[str, str, Decimal] | None:
    if u is None:
        return None
    return F.UNIT_CODES.get(u) or F.UNIT_WORDS.get(_norm(u))


def _yearlike(s: str) -> bool:
    return len(s) == 4 and s.isdigit() and 1500 <= int(s) <= 2100


def _word_number(word: str) -> int | None:
    w = word.lower()
    if w in F.NUMBER_WORDS:
        return F.NUMBER_WORDS[w]
    if w in F.TENS_WORDS:
        return F.TENS_WORDS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in F.TENS_WORDS and b in F.NUMBER_WORDS and 0 < F.NUMBER_WORDS[b] < 10:
            return F.TENS_WORDS[a] + F.NUMBER_WORDS[b]
    if w in ("a", "an"):
        return 1
    return None


def _plural(w: str) -> bool:
    if w in F.IRREGULAR_PLURALS:
        return True
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _nearest_year(month: int, day: int, pub: dt.date, tense: str | None) -> dt.date | None:
    """The date nearest ``pub``; a past-tense sentence prefers dates before ``pub``, a
    future-tense one dates after it (a week's slack either way)."""
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _date(y, month, day))]
    if tense == "future":
        options = [d for d in options if (d - pub).days >= -7] or options
    elif tense == "past":
        options = [d for d in options if (d - pub).days <= 7] or options
    return min(options, key=lambda d: abs((d - pub).days)) if options else None


# --------------------------------------------------------------------------------------
# The scanner
# --------------------------------------------------------------------------------------


def _scan(text: str, lo: int, hi: int, pub: dt.date | None) -> tuple[list[_Cand], bool]:
    """Values of ``text[lo:hi]`` (one sentence) and whether it holds a superlative."""
    s = _Scanner(text, lo, hi, pub)
    for m in F.FIGURE.finditer(text, lo, hi):
        s.figure(m)
    groups = F.TRIGGER_WORDS
    for m in F.TRIGGER.finditer(text, lo, hi):
        w = m.group()
        s.trigger(m.start(), m.end(), w, groups.get(w) or groups[" ".join(w.split())])
    return s.finish(), s.superlative


class _Scanner:
    """Collects the candidate values of one sentence, ``text[lo:hi]``."""

    __slots__ = ("text", "lo", "hi", "pub", "cands", "superlative", "_tense")

    def __init__(self, text: str, lo: int, hi: int, pub: dt.date | None) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self.pub = pub
        self.cands: list[_Cand] = []
        self.superlative = False
        self._tense: str | None = ""

    def tense(self) -> str | None:
        """The sentence's tense: "future", "past" or None when unknown (computed once)."""
        if self._tense == "":
            if F.FUTURE.search(self.text, self.lo, self.hi):
                self._tense = "future"
            elif F.PAST.search(self.text, self.lo, self.hi):
                self._tense = "past"
            else:
                self._tense = None
        return self._tense

    # -- helpers -------------------------------------------------------------------------

    def _prev_word(self, pos: int) -> str:
        m = F.PREV_WORD.search(self.text, max(self.lo, pos - _WINDOW), pos)
        return m.group("w") if m else ""

    def _char(self, i: int) -> str:
        return self.text[i] if self.lo <= i < self.hi else ""

    def _currency_before(self, pos: int) -> tuple[str | None, int]:
        if pos <= self.lo:
            return None, pos
        m = F.CURRENCY_BEFORE.search(self.text, max(self.lo, pos - 10), pos)
        if not m:
            return None, pos
        sym = m.group("c") or m.group("s")
        code = F.CURRENCY_PREFIXES.get(sym) or (sym if sym in F.CURRENCY_CODES else None)
        if code is None or (m.group("c") and sym in F.CODES_NOT_PREFIX):
            return None, pos
        return code, m.start()

    def _left(self, pos: int) -> int | None:
        """None: not a figure; 0: a plain number; 1: a negative number (sign before pos)."""
        c = self.text[pos - 1] if pos > 0 else " "
        if c.isalnum() or c == "_":
            return None
        if c in "-−–":
            cc = self.text[pos - 2] if pos > 1 else " "
            if cc.isalnum() or cc in "-/.":
                return None
            if c != "–" and (cc.isspace() or cc in "([") and pos - 1 >= self.lo:
                return 1
            return None
        if c in "./:#@\\'’^,&+=":
            return None
        return 0

    def _noun(self, pos: int) -> tuple[int, int, str] | None:
        """The counted noun after ``pos``: (start, end, word), or None."""
        m = F.NOUN_AFTER.match(self.text, pos, self.hi)
        if not m:
            return None
        w1 = m.group("w1")
        l1 = w1.lower()
        if l1 in F.COUNT_STOP:
            return None
        w2 = m.group("w2")
        w2ok = False
        if w2:
            l2 = w2.lower()
            w2ok = l2 not in F.COUNT_STOP and w2[0].islower() and _plural(l2)
        if w1[0].isupper():
            if w2ok:
                return m.start("w2"), m.end("w2"), w2
            if _plural(l1) and not (w2 and w2[0].isupper()):
                return m.start("w1"), m.end("w1"), w1
            return None
        if _plural(l1):
            return m.start("w1"), m.end("w1"), w1
        if w2ok:
            return m.start("w2"), m.end("w2"), w2
        return None

    def _label_before(self, pos: int) -> bool:
        """Whether the word before ``pos`` makes a number a label ("Section 8", "Boeing 737")."""
        w = self._prev_word(pos)
        if not w:
            return False
        lw = w.lower().rstrip(".")
        if lw in F.LABEL_WORDS:
            return True
        if w[0].isupper() and lw not in F.FUNCTION_WORDS and not w.endswith(("'s", "’s")):
            return lw not in F.COUNT_STOP
        return False

    def add(self, c: _Cand) -> _Cand:
        self.cands.append(c)
        return c

    # -- digits --------------------------------------------------------------------------

    def figure(self, m: re.Match[str]) -> None:  # noqa: C901 - one decision tree, kept in one place
        p = m.start()
        if self._digit_date(p):
            return
        n1 = m.group("n1")
        n2 = m.group("n2")
        cur, start = self._currency_before(p)
        neg = False
        if cur is None:
            left = self._left(p)
            if left is None:
                return
            if left == 1:
                neg, start = True, p - 1
        if cur is None and n2 is None and m.group("u") is None:
            # "1 in 4 Americans" is a share
            if self._ratio(p):
                return
        s1 = _scale(m.group("s1"))
        s2 = _scale(m.group("s2"))
        unit = _unit(m.group("u"))
        end = m.end()
        core1 = m.end("s1") if m.group("s1") else m.end("n1")
        if n2 is not None:
            sep = m.group("sep").strip()
            hyphen = sep in ("-", "–")
            y1, y2 = _yearlike(n1), _yearlike(n2)
            p2 = m.group("p2")
            if cur is None and p2 is None and unit is None and s1 is None and s2 is None:
                if y1 and (y2 or (hyphen and len(n2) == 2)):
                    self._year_range(m, y2)
                    return
            if not hyphen and y1 != y2:
                # "in 2017 and 5 percent": two separate figures
                self._single(start, p, core1, n1, s1, cur, None, core1, neg, end_ok=False)
                st2 = m.start("p2") if p2 else m.start("n2")
                cur2 = F.CURRENCY_PREFIXES.get(p2) if p2 else None
                core2 = m.end("s2") if m.group("s2") else m.end("n2")
                self._single(st2, m.start("n2"), core2, n2, s2, cur2, unit, end, False)
                return
            self._range(m, start, cur, neg, s1, s2, unit, hyphen)
            return
        self._single(start, p, core1, n1, s1, cur, unit, end, neg)

    def _single(
        self,
        start: int,
        nstart: int,
        core_end: int,
        num: str,
        scale: Decimal | None,
        cur: str | None,
        unit: tuple[str, str, Decimal] | None,
        end: int,
        neg: bool,
        *,
        end_ok: bool = True,
    ) -> None:
        """One number from ``start`` (its currency or sign) through its unit at ``end``."""
        d = _dec(num)
        if d is None:
            return
        if neg:
            d = -d
        base = d * scale if scale is not None else d
        if unit is not None and unit[0] == "pound" and cur is None:
            nxt = F.NOUN_AFTER.match(self.text, end, self.hi)
            big = scale is not None and scale >= 10**6
            if big and not (nxt and nxt.group("w1").lower() == "of"):
                unit = ("money", "GBP", Decimal(1))
            else:
                unit = ("measure", "lb", Decimal(1))
        if cur is not None:
            if unit is not None and unit[0] != "money":
                end = core_end  # "$5 per day" keeps money; a stray unit stays out
            elif unit is not None and unit[0] == "money":
                cur = cur if unit[2] == 1 else unit[1]
                base = base * unit[2]
            self._money(start, end, base, cur)
            return
        if unit is not None:
            kind, code, mult = unit
            if kind == "money":
                self._money(start, end, base * mult, code)
                return
            v = _float(base)
            self.add(_Cand(start, end, "measure" if kind == "measure" else kind, v, code))
            return
        if not end_ok:
            end = core_end
        self._plain(start, nstart, core_end, num, d, scale, base, neg, allow_noun=end_ok)

    def _money(self, start: int, end: int, base: Decimal, code: str) -> None:
        self.add(_Cand(start, end, "money", _float(base), code))

    def _plain(
        self,
        start: int,
        nstart: int,
        end: int,
        num: str,
        d: Decimal,
        scale: Decimal | None,
        base: Decimal,
        neg: bool,
        *,
        allow_noun: bool = True,
    ) -> None:
        """A number with no currency or unit: a year, a count, an ordinal or nothing."""
        text = self.text
        nc = self._char(end)
        if scale is None and nc:
            if nc.isalpha():
                j = end
                while j < self.hi and text[j].isalpha():
                    j += 1
                suffix = text[end:j]
                if suffix in F.ORDINAL_SUFFIXES and "," not in num and "." not in num:
                    self._ordinal(nstart, j, int(num))
                return  # "1990s", "4G", "3pm", "21st century"
            nn = self._char(end + 1)
            if nc in ":/." and nn.isdigit():
                if nc == "/" and _yearlike(num):
                    j = end + 1
                    while j < self.hi and text[j].isdigit():
                        j += 1
                    if j - end - 1 in (2, 4):
                        y = int(num)
                        self.add(_Cand(start, j, "year", float(y), None, y, states_year=True))
                return
            if F.TIME_AFTER.match(text, end, self.hi):
                return
        if scale is None and _yearlike(num) and not neg:
            if self._year(start, end, int(num)):
                return
        if allow_noun and nc == "-":
            h = F.HYPHEN_NOUN.match(text, end, self.hi)
            if h and scale is None and not self._label_before(start):
                w = h.group("w")
                u = F.UNIT_WORDS.get(w + "s") or F.UNIT_WORDS.get(w)
                if u is not None and u[0] == "measure":  # "a 30-second ad", "97-degree heat"
                    self.add(_Cand(start, h.end(), "measure", _float(base), u[1]))
                else:  # "a 10-point lead", "an 18-hole course"
                    self.add(_Cand(start, h.end(), "count", _float(base), w))
                return
        noun = self._noun(end) if allow_noun else None
        v = _float(base)
        if noun is None:
            rank = self._rank_cue(start)
            if rank is not None and scale is None and "." not in num and "," not in num:
                self.add(_Cand(rank, end, "rank", float(d)))
                return
            if nc in ".)" and self._line_start(start):
                return  # list numbering: "12. Next item"
        if scale is None and "," not in num and self._label_before(start):
            return
        if noun is not None:
            self.add(_Cand(start, noun[1], "count", v, noun[2]))
            return
        if self._prev_word(start).lower() in F.AGE_WORDS:
            self.add(_Cand(start, end, "count", v, "years"))
            return
        if scale is None and abs(d) < 10 and "." not in num:
            return
        if scale is None and len(num) > 6 and "," not in num and "." not in num:
            return  # ids, timestamps, phone numbers
        if nc in ",;)" and F.AGE_BEFORE.search(self.text, max(self.lo, start - 30), start):
            self.add(_Cand(start, end, "count", v, "years"))  # "Cory James, 22, of Flint"
            return
        if nc == "]" or (nc == ")" and self._char(start - 1) == "("):
            return  # footnotes "[12]", area codes "(202)"
        self.add(_Cand(start, end, "count", v, None))

    def _line_start(self, pos: int) -> bool:
        i = pos - 1
        while i >= self.lo and self.text[i] in " \t":
            i -= 1
        return i < self.lo or self.text[i] == "\n"

    def _year(self, start: int, end: int, y: int) -> bool:
        """Add ``y`` as a year unless context makes it a count; True when handled."""
        prev = self._prev_word(start)
        lp = prev.lower()
        possessive = prev.endswith(("'s", "’s"))
        if lp not in F.YEAR_BEFORE and not possessive and self._noun(end) is not None:
            return False  # "said 2000 people came"
        weak = False
        if lp == "the" or possessive:
            nxt = F.NOUN_AFTER.match(self.text, end, self.hi)
            weak = bool(nxt) and nxt.group("w1").lower() not in F.COUNT_STOP
        self.add(_Cand(start, end, "year", float(y), None, y, states_year=True, weak=weak))
        return True

    def _year_range(self, m, both: bool) -> None:
        n1 = m.group("n1")
        y1 = int(n1)
        start = m.start("n1")
        if self._left(start) is None:
            return
        if both:
            y2 = int(m.group("n2"))
            self.add(_Cand(start, m.end("n1"), "year", float(y1), None, y1, states_year=True))
            self.add(
                _Cand(m.start("n2"), m.end("n2"), "year", float(y2), None, y2, states_year=True)
            )
        else:  # fiscal "2015-16"
            self.add(_Cand(start, m.end("n2"), "year", float(y1), None, y1, states_year=True))

    def _range(
        self,
        m: re.Match[str],
        start: int,
        cur: str | None,
        neg: bool,
        s1: Decimal | None,
        s2: Decimal | None,
        unit: tuple[str, str, Decimal] | None,
        hyphen: bool,
    ) -> None:
        """A range: "5-10 percent", "$1.2m to $1.5m", "200,000 or 250,000 refugees"."""
        p2 = m.group("p2")
        cur2 = F.CURRENCY_PREFIXES.get(p2) if p2 else None
        cur = cur or cur2
        scale1 = s1 if s1 is not None else s2
        core1 = m.end("s1") if m.group("s1") else m.end("n1")
        st2 = m.start("p2") if p2 else m.start("n2")
        core2 = m.end("s2") if m.group("s2") else m.end("n2")
        end = m.end()
        if cur is None and unit is None:
            noun = self._noun(core2)
            if noun is None and hyphen:
                return  # scores "3-2", phone numbers "555-1234", "9-11"
            if noun is None:
                self._single(
                    start,
                    m.start("n1"),
                    core1,
                    m.group("n1"),
                    s1,
                    None,
                    None,
                    core1,
                    neg,
                    end_ok=False,
                )
                self._single(st2, m.start("n2"), core2, m.group("n2"), s2, None, None, core2, False)
                return
            if self._label_before(start) and scale1 is None:
                return
            d1, d2 = _dec(m.group("n1")), _dec(m.group("n2"))
            if d1 is None or d2 is None:
                return
            if neg:
                d1 = -d1
            v1 = _float(d1 * scale1) if scale1 is not None else _float(d1)
            v2 = _float(d2 * s2) if s2 is not None else _float(d2)
            word = noun[2]
            self.add(_Cand(start, core1, "count", v1, word))
            self.add(_Cand(st2, noun[1], "count", v2, word))
            return
        self._single(start, m.start("n1"), core1, m.group("n1"), scale1, cur, unit, core1, neg)
        self._single(st2, m.start("n2"), core2, m.group("n2"), s2, cur, unit, end, False)

    def _digit_date(self, p: int) -> bool:
        text, hi = self.text, self.hi
        c = text[p - 1] if p > 0 else " "
        if c.isalnum() or c in "/-.:":
            return False
        m = F.NUMERIC_DATE.match(text, p, hi)
        if m:
            if m.group("iy"):
                d = _date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            else:
                a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("c"))
                if y < 100:
                    y += 2000 if y < 50 else 1900
                d = _date(y, b, a) if a > 12 else _date(y, a, b)
            if d is not None:
                self.add(
                    _Cand(
                        m.start(),
                        m.end(),
                        "date",
                        None,
                        None,
                        d.year,
                        d.isoformat(),
                        states_year=True,
                    )
                )
                return True
        m = F.DAY_DATE.match(text, p, hi)
        if m:
            self._month_day(
                m.start(), m.end(), F.MONTHS[m.group("mon")], m.group("d1"), m.group("y")
            )
            return True
        return False

    def _ratio(self, p: int) -> bool:
        m = F.RATIO.match(self.text, p, self.hi)
        if not m:
            return False
        a, b = m.group("a"), m.group("b")
        x = int(a) if a.isdigit() else _word_number(a)
        y = int(b) if b.isdigit() else _word_number(b)
        if not x or not y or x >= y or y > 1000 or b.lower() in ("a", "an"):
            return False
        self.add(_Cand(m.start(), m.end(), "percent", round(100.0 * x / y, 4), "%"))
        return True

    # -- words ---------------------------------------------------------------------------

    def trigger(self, start: int, end: int, w: str, g: str) -> None:
        """Handle word ``w`` at ``text[start:end]`` that ``TRIGGER_WORDS`` maps to group ``g``."""
        text, hi = self.text, self.hi
        if g == "mon":
            self._month(start)
        elif g == "wd":
            self._weekday(start, end, w)
        elif g == "rel":
            self._relative(start, end)
        elif g == "num":
            self._number_word(start)
        elif g == "ascale":
            a = F.A_BEFORE.search(text, max(self.lo, start - 4), start)
            if a:
                self._number_word(a.start())
            elif w in F.ORDINAL_WORDS:
                self._ordinal(start, end, F.ORDINAL_WORDS[w])
        elif g == "ord":
            self._ordinal(start, end, F.ORDINAL_WORDS[w.lower()])
        elif g == "no":
            self._number_sign(start, w)
        elif g == "sup":
            self._superlative(start, end, w)
        elif g == "rec":
            if F.RECORD.match(text, start, hi):
                self.superlative = True

    def _month(self, start: int) -> None:
        d = F.MONTH_DATE.match(self.text, start, self.hi)
        if not d:
            return
        if d.group("mony"):
            y = int(d.group("y2"))
            month = F.MONTHS[d.group("mony")]
            self.add(
                _Cand(
                    d.start(),
                    d.end(),
                    "date",
                    None,
                    None,
                    y,
                    f"{y:04d}-{month:02d}",
                    states_year=True,
                )
            )
            return
        self._month_day(d.start(), d.end(), F.MONTHS[d.group("mon")], d.group("d1"), d.group("y"))

    def _month_day(
        self, start: int, end: int, month: int, day: str, year: str | None
    ) -> _Cand | None:
        dd = int(day)
        if not 1 <= dd <= 31:
            return None
        if year is not None:
            y = int(year)
            d = _date(y, month, dd)
            return self.add(
                _Cand(
                    start,
                    end,
                    "date",
                    None,
                    None,
                    y,
                    d.isoformat() if d else None,
                    states_year=True,
                )
            )
        if self.pub is None:
            return self.add(_Cand(start, end, "date"))
        d = _nearest_year(month, dd, self.pub, self.tense())
        return self.add(
            _Cand(
                start, end, "date", None, None, d.year if d else None, d.isoformat() if d else None
            )
        )

    def _weekday(self, start: int, end: int, w: str) -> None:
        text, hi = self.text, self.hi
        wd = F.WEEKDAYS[w]
        sep = F.WEEKDAY_SEP.match(text, end, hi)
        if sep:
            q = sep.end()
            d = F.MONTH_DATE.match(text, q, hi) or F.DAY_DATE.match(text, q, hi)
            if d is not None and not d.groupdict().get("mony"):
                e = d.end()
                if "(" in sep.group() and e < hi and text[e] == ")":
                    e += 1
                self._month_day(start, e, F.MONTHS[d.group("mon")], d.group("d1"), d.group("y"))
                return
        prev = self._prev_word(start)
        if prev in F.WEEKDAY_NAME_BEFORE:
            return
        nxt = F.NOUN_AFTER.match(text, end, hi)
        if nxt and nxt.start("w1") == end + 1 and nxt.group("w1") in F.WEEKDAY_NAME_AFTER:
            return
        mode = "tense"
        mod = F.WEEKDAY_MODIFIER.search(text, max(self.lo, start - 8), start)
        if mod:
            mode = mod.group("m").lower()
            start = mod.start()
        c = self.add(_Cand(start, end, "date"))
        c.weekday = wd
        c.mode = mode

    def _relative(self, start: int, end: int) -> None:
        word = _norm(self.text[start:end])
        c = _Cand(start, end, "date")
        pub = self.pub
        if word in F.RELATIVE_DAYS:
            if pub is not None:
                d = pub + dt.timedelta(days=F.RELATIVE_DAYS[word])
                c.date, c.year = d.isoformat(), d.year
            self.add(c)
            return
        which, _, period = word.partition(" ")
        shift = F.RELATIVE_SHIFTS.get(which, 0)
        if period == "year":
            c.kind = "year"
            if pub is not None:
                c.year = pub.year + shift
                c.value = float(c.year)
                c.states_year = True
        elif period == "month" and pub is not None:
            y, mo = pub.year, pub.month + shift
            if mo == 0:
                y, mo = y - 1, 12
            elif mo == 13:
                y, mo = y + 1, 1
            c.date, c.year = f"{y:04d}-{mo:02d}", y
        elif period == "week" and pub is not None:
            d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
            c.date, c.year = d.isoformat(), d.year
        elif period == "weekend":
            c.weekday = 5
            c.mode = which
        self.add(c)

    def _number_word(self, p: int) -> None:
        text, hi = self.text, self.hi
        f = F.FRACTION.match(text, p, hi)
        if f:
            fn, fd = f.group("fn"), f.group("fd").lower()
            n = 1 if fn is None else _word_number(fn)
            den = F.FRACTION_WORDS[fd]
            if n is not None and 0 < n < den:
                self.add(_Cand(p, f.end(), "percent", round(100.0 * n / den, 4), "%"))
                return
        if self._ratio(p):
            return
        w = F.NUMBER_WORD.match(text, p, hi)
        if not w:
            return
        word = w.group()
        end = w.end()
        half = word.lower().startswith("half")
        if " " in word and not half:
            word = word.split()[0]
            end = p + len(word)
        n = Decimal("0.5") if half else _word_number(word)
        if n is None:
            return
        sc = F.WORD_SCALE.match(text, end, hi)
        scale = Decimal(1)
        has_scale = False
        if sc and sc.end() > end:
            if sc.group("dz"):
                scale *= 12
                has_scale = True
            if sc.group("sc"):
                scale *= F.SCALES[sc.group("sc").lower()]
                has_scale = True
            if sc.group("sc2"):
                scale *= F.SCALES[sc.group("sc2").lower()]
            end = sc.end()
        if (half or word.lower() in ("a", "an")) and not has_scale:
            return
        value = n * scale
        u = F.UNIT_AFTER.match(text, end, hi)
        unit = _unit(u.group("u")) if u else None
        if unit is not None:
            if unit[0] == "pound":
                unit = ("money", "GBP", Decimal(1)) if has_scale else ("measure", "lb", Decimal(1))
            kind, code, mult = unit
            if kind == "money":
                self._money(p, u.end(), value * Decimal(mult), code)
            else:
                self.add(_Cand(p, u.end(), kind, _float(value), code))
            return
        cur, cstart = self._currency_before(p)
        if cur is not None and has_scale:
            self._money(cstart, end, value, cur)
            return
        if word.lower() == "one" and not has_scale:
            return  # "one of the", "no one"
        noun = self._noun(end)
        if noun is None:
            if has_scale and n >= 1:
                self.add(_Cand(p, end, "count", _float(value), None))
            return
        lw = noun[2].lower()
        if not has_scale and (lw in F.VAGUE_NOUNS or self._prev_word(p) in F.REFERENCE_BEFORE):
            return  # "the two sides", "the three men"
        self.add(_Cand(p, noun[1], "count", _float(value), noun[2]))

    def _rank_cue(self, pos: int) -> int | None:
        m = F.RANK_BEFORE.search(self.text, max(self.lo, pos - 30), pos)
        return m.start() if m else None

    def _ordinal(self, start: int, end: int, n: int) -> None:
        text = self.text
        a = F.RANK_AFTER.match(text, end, self.hi)
        if a:
            tail = text[end : a.end()].strip(" -\u00a0\t\n")
            if tail in F.PLACE_NOUNS and n == 1:
                before = text[max(self.lo, start - 7) : start].lower()
                if before.endswith("in the "):
                    return  # "in the first place"
            self.add(_Cand(start, a.end(), "rank", float(n)))
            if tail in F.SUPERLATIVES:
                self.superlative = True
            return
        cue = self._rank_cue(start)
        if cue is not None:
            self.add(_Cand(cue, end, "rank", float(n)))

    def _number_sign(self, p: int, word: str) -> None:
        text, hi = self.text, self.hi
        if word == "No":
            s = F.NUMBER_SIGN.match(text, p, hi)
            if s:
                self.add(_Cand(p, s.end(), "rank", float(int(s.group("n")))))
            return
        if word.lower() == "number":
            s = F.NUMBER_ONE.match(text, p, hi)
            if s:
                self.add(_Cand(p, s.end(), "rank", float(F.NUMBER_WORDS[s.group("w")])))
            return
        s = F.TOP_N.match(text, p, hi)
        if s:
            n = s.group("n")
            v = int(n) if n.isdigit() else _word_number(n)
            if v and n not in ("a", "an"):
                self.add(_Cand(p, s.end(), "rank", float(v)))

    def _superlative(self, start: int, end: int, w: str) -> None:
        text = self.text
        if not F.SUPERLATIVE_BEFORE.search(text, max(self.lo, start - 20), start):
            return
        if w in F.SUPERLATIVES_NEEDING_WORD:
            nxt = F.NOUN_AFTER.match(text, end, self.hi)
            if not nxt or nxt.start("w1") != end + 1:
                return
            w1 = nxt.group("w1")
            if not w1[0].islower() or w1 in F.SUPERLATIVE_IDIOM_AFTER:
                return
        self.superlative = True

    # -- finishing -----------------------------------------------------------------------

    def finish(self) -> list[_Cand]:
        """The candidates that do not overlap, with weekdays and years resolved."""
        if not self.cands:
            return []
        cands = sorted(self.cands, key=lambda c: (c.start, -c.end))
        kept: list[_Cand] = []
        last = -1
        for c in cands:
            if c.start >= last and c.start >= self.lo and c.end <= self.hi and c.end > c.start:
                kept.append(c)
                last = c.end
        pub = self.pub
        for c in kept:
            if c.weekday is None:
                continue
            if pub is None:
                continue
            mode = c.mode
            if mode in ("tense", "this", "coming"):
                future = mode == "coming" or self.tense() == "future"
                mode = "ahead" if future else "back"
            if mode == "last":
                delta = -((pub.weekday() - c.weekday) % 7 or 7)
            elif mode == "next":
                delta = (c.weekday - pub.weekday()) % 7 or 7
            elif mode == "ahead":
                delta = (c.weekday - pub.weekday()) % 7
            else:
                delta = -((pub.weekday() - c.weekday) % 7)
            d = pub + dt.timedelta(days=delta)
            c.date, c.year = d.isoformat(), d.year
        stated = [c for c in kept if c.states_year and c.year is not None]
        if stated:
            for c in kept:
                if c.kind in _YEAR_TAKERS and c.year is None:
                    c.year = _nearest(c, stated).year
        return kept


def _nearest(c: _Cand, stated: list[_Cand]) -> _Cand:
    best = stated[0]
    best_gap = None
    for s in stated:
        gap = s.start - c.end if s.start >= c.end else c.start - s.end
        # on a tie the year after the figure wins: "rose 5% in 2017"
        key = (gap, 0 if s.start >= c.end else 1)
        if best_gap is None or key < best_gap:
            best, best_gap = s, key
    return best
