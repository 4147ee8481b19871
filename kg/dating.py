"""Event dating: the date a mention's sentence gives, resolved against the article date.

Language packs provide ``kg.lang.<code>.dates.find_dates(text, ref)``; this
module holds what they share (the ``DateMention`` record, the phrase tables
read from ``data/dates.tsv``, calendar arithmetic) and the pipeline step
``date_mentions`` that ``kg.build`` runs between the language pipeline and
``kg.events``.
"""

from __future__ import annotations

import csv
import importlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from kg.records import Article, Mention

__all__ = [
    "DATING_PRECISIONS",
    "FORWARD_MODALITIES",
    "PRECISIONS",
    "DateMention",
    "carry_years",
    "Hit",
    "PhraseTable",
    "Token",
    "date_mentions",
    "dates_in",
    "infer_year",
    "month_start",
    "nearest_month",
    "week_start",
    "weekday_near",
]

PRECISIONS = ("day", "week", "month", "year")
# A sentence's date replaces the article date only when it is finer than a year.
DATING_PRECISIONS = frozenset({"day", "week", "month"})
# A day-month without a year lying further than this after the article date is last year's.
FUTURE_SLACK = timedelta(days=62)
# Mentions of events still to come: bare weekdays and yearless dates point forward.
FORWARD_MODALITIES = frozenset({"future", "intended", "hoped", "requested"})


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text.

    start/end: character offsets in the original text; ``text`` is that slice.
    iso: ``YYYY-MM-DD``; for a coarser ``precision`` the first day of the
        week (Monday), month or year.
    precision: ``day``, ``week``, ``month`` or ``year``.
    relative: the value depends on the article date (أمس, last week, or a
        day and month whose year comes from the article date).
    """

    start: int
    end: int
    text: str
    iso: str
    precision: str
    relative: bool


# ---------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------


def week_start(d: date) -> date:
    """Monday of ``d``'s ISO week."""
    return d - timedelta(days=d.weekday())


def month_start(d: date, shift: int = 0) -> date:
    """First day of the month ``shift`` months after ``d``'s month."""
    n = d.year * 12 + d.month - 1 + shift
    return date(n // 12, n % 12 + 1, 1)


def weekday_near(ref: date, weekday: int, direction: int, forward: bool = False) -> date:
    """The day named ``weekday`` (Monday = 0) around ``ref``.

    direction 0: the latest such day on or before ``ref`` (bare "Tuesday"), or
    with ``forward`` the first on or after it; -1: strictly before ("last
    Tuesday"); 1: strictly after ("next Tuesday").
    """
    if direction == 0 and forward:
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    if direction > 0:
        return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    back = (ref.weekday() - weekday) % 7
    if direction < 0 and back == 0:
        back = 7
    return ref - timedelta(days=back)


def infer_year(ref: date, month: int, day: int, forward: bool = False) -> date | None:
    """A day and month without a year: the article's year, or the year before it
    when that would put the date more than about two months after the article.

    With ``forward`` (a future event: "will meet on 5 January") the year after
    it when that would put the date more than about two months before.
    """
    step = 1 if forward else -1
    for year in (ref.year, ref.year + step):
        try:
            d = date(year, month, day)
        except ValueError:
            continue  # 29 February of a non-leap year
        if year != ref.year or not (d < ref - FUTURE_SLACK if forward else d > ref + FUTURE_SLACK):
            return d
    return None


def nearest_month(ref: date, month: int, direction: int, forward: bool = False) -> date:
    """First day of the month named ``month`` around ``ref``.

    direction 0 with no other cue: as ``infer_year`` (with ``forward``); -1: the
    latest such month strictly before ``ref``'s month (أكتوبر الماضي); 1: the
    first one after it.
    """
    if direction < 0:
        year = ref.year if month < ref.month else ref.year - 1
    elif direction > 0:
        year = ref.year if month > ref.month else ref.year + 1
    else:
        if forward:  # the first of the month may lie before ref while the month does not
            return infer_year(month_start(ref), month, 1, forward) or date(ref.year, month, 1)
        return infer_year(ref, month, 1) or date(ref.year, month, 1)
    return date(year, month, 1)


def carry_years(found: list[DateMention], text: str, joiners: frozenset[str]) -> list[DateMention]:
    """Give a yearless date the year of the next one when the two are coordinated.

    "بين شهري أغسطس وديسمبر من عام 2005", "October and November 2014": the
    year written once belongs to both. ``joiners`` are the words allowed
    between them (و, إلى, and, to), compared after stripping spaces and
    brackets.
    """
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        gap = text[a.end : b.start].strip(" \t()،,")
        if not (a.relative and not b.relative and a.precision in ("day", "month")):
            continue
        if gap not in joiners or b.precision not in ("day", "month"):
            continue
        try:
            iso = date.fromisoformat(a.iso).replace(year=int(b.iso[:4])).isoformat()
        except ValueError:
            continue
        out[k] = replace(a, iso=iso, relative=False)
    return out


# ---------------------------------------------------------------------------
# Tokens and phrase tables
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """A word, number or punctuation mark of the text being matched.

    keys: the forms the token may be matched as, each with the number of
        leading characters (clitics) to leave out of a span starting here.
    start/end: offsets in the string that was tokenised.
    """

    keys: tuple[tuple[str, int], ...]
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.keys[0][0]


@dataclass(frozen=True)
class Hit:
    """A phrase of a table found at a token position."""

    kind: str
    value: str
    end: int  # token index after the phrase
    prefix: int  # characters of the first token left out of the span
    ambiguous: bool


class PhraseTable:
    """Forms from a ``dates.tsv`` file indexed by their first word.

    Args:
        path: the TSV file (columns ``kind value forms ambiguous``).
        key: the function that turns a form word into a match key
            (normalisation); text tokens must be keyed the same way.
        exact_kinds: kinds matched without ``key`` (English month and
            weekday names are case-sensitive: "May", "march").
    """

    def __init__(
        self,
        path: Path,
        key: Callable[[str], str],
        exact_kinds: Iterable[str] = (),
    ):
        self.kinds: dict[str, list[tuple[tuple[str, ...], str, bool]]] = defaultdict(list)
        self._index: dict[str, list[tuple[tuple[str, ...], str, str, bool]]] = defaultdict(list)
        self._exact = frozenset(exact_kinds)
        self._key = key
        with path.open(encoding="utf-8") as fh:
            lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            kind, value = row["kind"].strip(), row["value"].strip()
            ambiguous = {f.strip() for f in (row.get("ambiguous") or "").split("|") if f.strip()}
            for form in row["forms"].split("|"):
                form = form.strip()
                if not form:
                    continue
                words = tuple(self.word_key(kind, w) for w in form.split())
                amb = form in ambiguous
                self.kinds[kind].append((words, value, amb))
                self._index[words[0]].append((words, kind, value, amb))
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest phrase first

    def word_key(self, kind: str, word: str) -> str:
        return word if kind in self._exact else self._key(word)

    def words(self, kind: str) -> frozenset[str]:
        """All one-word forms of ``kind`` (as match keys)."""
        return frozenset(w[0] for w, _, _ in self.kinds.get(kind, ()) if len(w) == 1)

    def match(self, toks: Sequence[Token], i: int, kinds: Iterable[str]) -> Hit | None:
        """The longest phrase of one of ``kinds`` starting at token ``i``.

        Only the first token may match through a clitic-stripped key.
        """
        if i >= len(toks):
            return None
        kinds = set(kinds)
        best: Hit | None = None
        for first, prefix in toks[i].keys:
            for words, kind, value, amb in self._index.get(first, ()):
                if kind not in kinds or (best is not None and len(words) <= best.end - i):
                    continue
                n = len(words)
                if i + n > len(toks):
                    continue
                if all(toks[i + k].key == words[k] for k in range(1, n)):
                    best = Hit(kind, value, i + n, prefix, amb)
        return best


# ---------------------------------------------------------------------------
# The pipeline step
# ---------------------------------------------------------------------------


def dates_in(text: str, lang: str, ref: date | None, forward: bool = False) -> list[DateMention]:
    """``find_dates`` of the language pack for ``lang``; [] for a pack without one."""
    try:
        module = importlib.import_module(f"kg.lang.{lang}.dates")
    except ModuleNotFoundError:
        return []
    return module.find_dates(text, ref, forward)


def _trigger_span(text: str, m: Mention) -> tuple[int, int]:
    """Where the mention's trigger is in its sentence (the sentence start if not found)."""
    for needle in (m.action_text, m.action_text.split()[0] if m.action_text.split() else ""):
        if needle:
            pos = text.find(needle, m.sent_start, m.sent_end)
            if pos >= 0:
                return pos, pos + len(needle)
    return m.sent_start, m.sent_start


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def date_mentions(article: Article, mentions: Iterable[Mention]) -> list[Mention]:
    """Give each mention the date its sentence states, if any.

    The date expressions of the article are resolved against ``article.date``;
    a mention takes the one inside its sentence closest to its trigger. Only
    day, week and month precision count: a year alone does not date an event.
    For a mention of an event still to come (future, intended, hoped or
    requested) a bare weekday or a date without a year points forward; any
    other mention ignores dates after the article date. A mention already
    dated, or whose sentence has no such expression, is returned unchanged
    (``kg.events`` then uses the article date).
    """
    mentions = list(mentions)
    if not mentions:
        return mentions
    ref = date.fromisoformat(article.date[:10]) if article.date else None
    found: dict[bool, list[DateMention]] = {}

    def dates(forward: bool) -> list[DateMention]:
        if forward not in found:
            found[forward] = [
                d
                for d in dates_in(article.text, article.lang, ref, forward)
                if d.precision in DATING_PRECISIONS
            ]
        return found[forward]

    out = []
    for m in mentions:
        if m.date is not None:
            out.append(m)
            continue
        forward = m.modality in FORWARD_MODALITIES
        inside = [d for d in dates(forward) if m.sent_start <= d.start and d.end <= m.sent_end]
        if not forward and ref is not None:
            # An event reported as done cannot postdate the article ("approved ... and
            # plans to extend them next month": "next month" is another clause's).
            inside = [d for d in inside if d.iso <= ref.isoformat()]
        if not inside:
            out.append(m)
            continue
        trig = _trigger_span(article.text, m)
        best = min(inside, key=lambda d: (_gap(trig, (d.start, d.end)), d.start))
        out.append(replace(m, date=best.iso))
    return out
