"""Event dating: the date a mention's sentence gives, resolved against the article date.

Language packs provide, as ``LanguagePack.dates`` (``kg.lang``), a module with
``tokenize(text)`` and ``find_dates(text, ref, forward, tokens=None)``; this module holds what they
share (the ``DateMention`` record, the phrase tables read from
``data/dates.tsv``, calendar arithmetic, the scan) and the pipeline step
``date_mentions`` that ``kg.pipeline`` runs between the language pipeline and
``kg.events``.

Dating is linear in the article's length, and reads only what it needs: the
sentences of the mentions to date, with ``CONTEXT_CHARS`` around them, each
stretch tokenised once (whatever the number of mentions and modalities); the
scan tries the expression patterns only at tokens that can start one (a number,
or the first word of a phrase of the table), which are few.
"""

from __future__ import annotations

import csv
import math
import re
from abc import ABC, abstractmethod
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from kg.records import Article, Mention

__all__ = [
    "DATING_PRECISIONS",
    "FORWARD_MODALITIES",
    "PRECISIONS",
    "DateMention",
    "DateParser",
    "Found",
    "carry_years",
    "Hit",
    "PhraseTable",
    "Token",
    "Tokenized",
    "date_mentions",
    "dates_in",
    "infer_year",
    "month_start",
    "nearest_month",
    "week_start",
    "weekday_near",
]

# Years written in the Hijri calendar in today's news (1300 AH = 1882 CE).
HIJRI_YEARS = (1300, 1500)


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """A Hijri date in the Gregorian calendar, by the arithmetical (tabular) Islamic
    calendar: within a day or two of Saudi Arabia's Umm al-Qura calendar, which rests on
    observation (21/10/1436 -> 2015-08-07; Umm al-Qura says the 6th).

    Raises:
        ValueError: the month or day is out of range.
    """
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"no Hijri date {year}-{month}-{day}")
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return date.fromordinal(jdn - 1721425)


PRECISIONS = ("day", "week", "month", "year")
# A sentence's date replaces the article date only when it is finer than a year.
DATING_PRECISIONS = frozenset({"day", "week", "month"})
# A day-month without a year lying further than this after the article date is last year's.
FUTURE_SLACK = timedelta(days=62)
# Kinds of phrases only ever looked at around an expression, never where one starts.
NEVER_START = frozenset({"blocker", "prep", "strong_prep", "name_cue", "not_followed", "since"})
# A sentence naming a year at least this many years before the article's tells of
# history (the 1990 invasion, حرب 1967): its events are recalled, not reported.
HISTORY_YEARS = 2
# An act its sentence dates, by a month or a day with its year, more than this before
# the article (زار موسكو في يوليو 2007، اغتيل في مايو 2004) is recalled, not reported.
# (Not a year or two: timelines of a few years back are coded as events in the GSR
# gold, up_gsr_dev, though judges of real articles call them background.)
RECALLED_AFTER = timedelta(days=6 * 365)
# An act the pack tells as the circumstance of another (``aside``: بعد سيطرة التنظيم على
# المدينة، الهجوم الذي استهدف) dated by a month or a day more than this before the article
# (بعد سيطرته على الموصل في يونيو 2014, in an article of August 2015) is a known act
# recalled, not reported. (Main clauses keep ``RECALLED_AFTER``: the GSR gold codes them.)
RECALLED_ASIDE_AFTER = timedelta(days=183)
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
    since: a date after "since" (منذ 2011, since August 2014): when something still
        going began.
    """

    start: int
    end: int
    text: str
    iso: str
    precision: str
    relative: bool
    since: bool = False


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


class Token(NamedTuple):
    """A word, number or punctuation mark of the text being matched (a tuple:
    an article has hundreds, made on every dating).

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


@dataclass(frozen=True)
class Tokenized:
    """A text tokenised for date matching (a stretch of an article), once.

    toks: the tokens, keyed as the language's table keys its forms.
    offsets: for each character of the string that was tokenised, its offset in
        ``text`` (None: the same string).
    """

    text: str
    toks: list[Token]
    offsets: list[int] | None = None


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
        self._can_start: dict[tuple, bool] = {}
        self._starts = frozenset(
            w for w, entries in self._index.items() if any(e[1] not in NEVER_START for e in entries)
        )

    def can_start(self, tok: Token) -> bool:
        """Whether a date expression may start at ``tok``: every pattern begins with a
        number or with the first word of a phrase of a kind that can open one."""
        found = self._can_start.get(tok.keys)
        if found is None:
            if len(self._can_start) > 20_000:  # bounded on long runs
                self._can_start.clear()
            found = self._can_start[tok.keys] = tok.key[:1].isdecimal() or any(
                k in self._starts for k, _ in tok.keys
            )
        return found

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
# The parser the language packs share
# ---------------------------------------------------------------------------

# An expression found at a token: (end token, date, precision, relative).
Found = tuple[int, date, str, bool]


class DateParser(ABC):
    """Date expressions starting at a token position, for one language.

    This class holds the token access, the expressions whose pattern is the
    same in every language (all-digit dates, years, units) and the scan over
    the text; a language's subclass adds the patterns peculiar to it
    (``explicit``, ``month``, ``weekday``, ``rel_day``, ``unit_offset``) and
    sets the class attributes. Each expression method returns a ``Found`` or
    None.

    Args:
        table: the language's phrase table.
        toks: the tokens of the text, keyed as ``table`` keys its forms.
        ref: the article date; without it relative expressions are skipped.
        forward: bare weekdays and yearless dates point forward.
    """

    # Kinds whose ``not_followed`` words (in the table) may not follow them.
    not_followed_kinds: tuple[str, ...] = ()
    # Words allowed between two coordinated dates sharing one year (see carry_years).
    joiners: frozenset[str] = frozenset()
    # Separators of all-digit dates; day_first reads 27/10/2015 as well as 2015-10-27.
    numeric_seps: frozenset[str] = frozenset({"-"})
    day_first = False
    # A year followed by one of era_ad ("2015م") takes it in; one of era_other is not Gregorian.
    era_ad: frozenset[str] = frozenset()
    era_other: frozenset[str] = frozenset()
    # A hyphen may join a part word to a year ("early-2015").
    part_hyphen = False

    def __init__(
        self, table: PhraseTable, toks: list[Token], ref: date | None, forward: bool = False
    ):
        self.t = toks
        self.ref = ref
        self.fwd = forward
        self.tab = table
        self.blockers = table.words("blocker")
        self.preps = table.words("prep")
        self.since = table.words("since")
        self.not_followed = {
            kind: frozenset(w[0] for w, v, _ in table.kinds["not_followed"] if v == kind)
            for kind in self.not_followed_kinds
        }

    # -- token access -------------------------------------------------------
    def key(self, i: int) -> str:
        return self.t[i].key if 0 <= i < len(self.t) else ""

    def keys(self, i: int) -> set[str]:
        return {k for k, _ in self.t[i].keys} if 0 <= i < len(self.t) else set()

    def m(self, i: int, *kinds: str) -> Hit | None:
        return self.tab.match(self.t, i, kinds)

    def opt(self, i: int, *kinds: str) -> tuple[Hit | None, int]:
        """An optional phrase of ``kinds`` at ``i`` and the token after it (``i`` if none)."""
        h = self.m(i, *kinds)
        return h, h.end if h else i

    def before(self, i: int, words: frozenset[str]) -> bool:
        return bool(self.keys(i - 1) & words)

    def weekday_at(self, i: int, *lead: str) -> tuple[Hit | None, Hit] | None:
        """[a phrase of ``lead``] and a weekday at ``i``: ``(lead hit, weekday hit)``.

        None without an article date, after a blocker (Good Friday) or before a
        word that makes the weekday part of a name (Sunday Times).
        """
        if self.ref is None or self.before(i, self.blockers):
            return None
        pre, k = self.opt(i, *lead)
        wd = self.m(k, "weekday")
        if not wd or self.key(wd.end) in self.not_followed["weekday"]:
            return None
        return pre, wd

    def year_at(self, i: int) -> tuple[int, int] | None:
        """A Gregorian year at ``i``: ``(year, end)``."""
        k, after = self.key(i), self.key(i + 1)
        if len(k) == 4 and k.isdecimal() and 1800 <= int(k) <= 2100 and after not in self.era_other:
            return int(k), i + 1 + (after in self.era_ad)
        return None

    # -- expressions the same in every language ------------------------------
    def numeric(self, i: int) -> Found | None:
        """2015-10-27, and with ``day_first`` 27/10/2015, 27-10-2015, 27.10.2015."""
        a, s1, b, s2, c = (self.key(i + n) for n in range(5))
        seps = self.numeric_seps
        if not (a.isdecimal() and b.isdecimal() and c.isdecimal() and s1 == s2 and s1 in seps):
            return None
        if self.key(i - 1) in seps or self.key(i + 5) in seps:
            return None  # part of a longer run of numbers
        try:
            if len(a) == 4 and s1 == "-":
                return i + 5, date(int(a), int(b), int(c)), "day", False
            if self.day_first and len(c) == 4 and len(a) <= 2 and len(b) <= 2:
                if HIJRI_YEARS[0] <= int(c) <= HIJRI_YEARS[1]:
                    # 21/10/1436هـ: a Hijri date (the Saudi press dates by both calendars)
                    end = i + 5 + (self.key(i + 5) in self.era_other)
                    return end, hijri_to_gregorian(int(c), int(b), int(a)), "day", False
                return i + 5, date(int(c), int(b), int(a)), "day", False
        except ValueError:
            return None
        return None

    def year(self, i: int) -> Found | None:
        """[part] [year cue] 2015 (early 2015, عام 2015), or 2015 after a preposition."""
        part, k = self.opt(i, "part")
        if part and self.part_hyphen and self.key(k) == "-":
            k += 1
        cue, k = self.opt(k, "year_cue")
        y = self.year_at(k)
        if not y or not (part or cue or self.before(i, self.preps)):
            return None
        return y[1], date(y[0], 1, 1), "year", False

    def unit(self, i: int) -> Found | None:
        """[part] and a week, month or year relative to the article date (last week)."""
        if self.ref is None:
            return None
        part, k = self.opt(i, "part")
        uo = self.unit_offset(k, part is not None)
        if uo is None:
            return None
        unit, off, end = uo
        if unit == "week":
            return end, week_start(self.ref) + timedelta(weeks=off), "week", True
        if unit == "month":
            return end, month_start(self.ref, off), "month", True
        return end, date(self.ref.year + off, 1, 1), "year", True

    # -- expressions peculiar to a language ----------------------------------
    @abstractmethod
    def unit_offset(self, j: int, after_part: bool = False) -> tuple[str, int, int] | None:
        """A unit and its offset from the article's at ``j``: ``(unit, offset, end)``.

        ``after_part``: the unit follows a part word (mid-, early).
        """

    @abstractmethod
    def explicit(self, i: int) -> Found | None:
        """A day and a month name, with or without weekday and year."""

    @abstractmethod
    def month(self, i: int) -> Found | None:
        """A month name: month precision."""

    @abstractmethod
    def weekday(self, i: int) -> Found | None:
        """A weekday around the article date."""

    @abstractmethod
    def rel_day(self, i: int) -> Found | None:
        """A day relative to the article date (yesterday)."""

    # -- the scan -----------------------------------------------------------
    def at(self, i: int) -> Found | None:
        """The longest expression starting at ``i``."""
        best = None
        for fn in (
            self.explicit,
            self.numeric,
            self.month,
            self.unit,
            self.year,
            self.weekday,
            self.rel_day,
        ):
            got = fn(i)
            if got is not None and got[1] is not None and (best is None or got[0] > best[0]):
                best = got
        return best

    def mentions(self, text: str, span: Callable[[int, int], tuple[int, int]]) -> list[DateMention]:
        """The expressions of the tokens, left to right and without overlaps.

        Args:
            text: the original text.
            span: maps an expression's tokens ``[i, end)`` to its offsets in ``text``.

        Returns:
            The mentions, a yearless date taking the year of a coordinated one.
        """
        out: list[DateMention] = []
        i = 0
        for k, tok in enumerate(self.t):
            if k < i or not self.tab.can_start(tok):
                continue  # inside the last expression, or no pattern starts here
            got = self.at(k)
            if got is None:
                continue
            end, value, precision, relative = got
            start, stop = span(k, end)
            since = self.before(k, self.since)
            out.append(
                DateMention(
                    start, stop, text[start:stop], value.isoformat(), precision, relative, since
                )
            )
            i = end
        return carry_years(out, text, self.joiners)


# ---------------------------------------------------------------------------
# The pipeline step
# ---------------------------------------------------------------------------


def _pack(lang: str):
    """The date module of the pack of ``lang``; None for no pack or a pack without one."""
    from kg.lang import packs  # the packs import this module

    pack = packs().get(lang)
    return None if pack is None else pack.dates


def dates_in(text: str, lang: str, ref: date | None, forward: bool = False) -> list[DateMention]:
    """``find_dates`` of the language pack for ``lang``; [] for a pack without one."""
    module = _pack(lang)
    return [] if module is None else module.find_dates(text, ref, forward)


def _trigger_span(text: str, m: Mention) -> tuple[int, int]:
    """Where the mention's trigger is: its own offsets when the pack gave them, else
    the first occurrence of its text in the sentence (the sentence start if none)."""
    if m.trigger_start is not None and m.trigger_end is not None:
        return m.trigger_start, m.trigger_end
    for needle in (m.action_text, m.action_text.split()[0] if m.action_text.split() else ""):
        if needle:
            pos = text.find(needle, m.sent_start, m.sent_end)
            if pos >= 0:
                return pos, pos + len(needle)
    return m.sent_start, m.sent_start


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


# Characters of context read on each side of a sentence whose mentions are dated:
# more than any date expression and the words a pattern looks at around it.
CONTEXT_CHARS = 200


def _stretches(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The stretches of ``text`` to look for dates in: the sentences of the mentions
    not dated yet, widened by ``CONTEXT_CHARS``, overlapping ones joined, in order."""
    spans = sorted(
        (max(0, m.sent_start - CONTEXT_CHARS), min(len(text), m.sent_end + CONTEXT_CHARS))
        for m in mentions
        if m.date is None
    )
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


# A piece of history: it names at least this many years, all this long before its own
# date, and none since (a war of 1846-1848, a this-day-in-history column).
_HISTORY_PIECE_YEARS = 3
_HISTORY_PIECE_AGE = 20
_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# An entry of a this-day-in-history column: a year and a dash opening a line or a
# sentence ("1970 - Egypt accepts the Rogers plan."), told of as much as its recent ones.
_ALMANAC_ENTRY = re.compile(r"(?:^|[.!?؟\n])\s*(?:1[5-9]\d\d|20\d\d)\s*[-–—]\s")
_ALMANAC_ENTRIES = 3


def history_piece(text: str, ref: date | None) -> bool:
    """The article tells of the past: it names several years, every one long before its
    date, or it lists entries of years past (1952 - ..., 1999 - ...); its events are
    recalled, not reported."""
    if ref is None:
        return False
    text = text.translate(_DIGITS)
    if len(_ALMANAC_ENTRY.findall(text)) >= _ALMANAC_ENTRIES:
        return True
    years = {int(y) for y in _YEAR_RE.findall(text)}
    old = [y for y in years if y <= ref.year - _HISTORY_PIECE_AGE]
    return len(old) >= _HISTORY_PIECE_YEARS and len(old) == len(years)


def _past_year(d: DateMention, ref: date | None) -> bool:
    """A year named on its own, long enough before the article's (1990, عام 2003)."""
    return (
        ref is not None
        and d.precision == "year"
        and not (d.relative or d.since)
        and int(d.iso[:4]) <= ref.year - HISTORY_YEARS
    )


def _recalled(d: DateMention, ref: date | None, forward: bool) -> bool:
    """A done act dated by its own year more than ``RECALLED_AFTER`` before the article;
    not one going on "since" then (تشن غارات منذ أغسطس 2014: still told)."""
    if ref is None or forward or d.since or d.relative:
        return False
    return ref - date.fromisoformat(d.iso) > RECALLED_AFTER


def _recalled_aside(
    m: Mention, d: DateMention, trig: tuple[int, int], ref: date | None, forward: bool
) -> bool:
    """An act told as a circumstance (the pack's ``aside``) dated, by its month or day
    with its year written after it, more than ``RECALLED_ASIDE_AFTER`` before the article;
    not one going on "since" then, nor one dated by a month alone (في نوفمبر may be the
    next one's), nor by a date before it (كانوا يقطنون فيها قبل مارس 2011 ... قبل هجوم
    التنظيم عليها: the date is the earlier clause's)."""
    if ref is None or forward or d.since or d.relative or "aside" not in m.evidence.split():
        return False
    if d.start < trig[1]:
        return False
    return ref - date.fromisoformat(d.iso) > RECALLED_ASIDE_AFTER


def date_mentions(article: Article, mentions: Iterable[Mention]) -> list[Mention]:
    """Give each mention the date its sentence states, if any.

    The date expressions of the article are resolved against ``article.date``;
    a mention takes the one inside its sentence closest to its trigger. Only
    day, week and month precision count: a year alone does not date an event,
    but a sentence naming a year ``HISTORY_YEARS`` or more before the article's
    (and no finer date) tells of history: its mention gets the evidence
    ``history`` (``kg.events`` leaves recalled events out by default), and so does
    every mention of an article that is a piece of history (``history_piece``), and
    of a done act whose date, with its year, is more than ``RECALLED_AFTER`` before
    the article's (not "since" it). For a mention of an event still to come (future,
    intended, hoped or requested) a bare weekday or a date without a year points
    forward; any
    other mention ignores dates after the article date. A mention already
    dated, or whose sentence has no such expression, is returned unchanged
    (``kg.events`` then uses the article date).
    """
    mentions = list(mentions)
    module = _pack(article.lang)
    if module is None or all(m.date is not None for m in mentions):
        return mentions
    ref = date.fromisoformat(article.date[:10]) if article.date else None
    text = article.text
    if history_piece(text, ref):
        return [replace(m, evidence=f"{m.evidence} history".strip()) for m in mentions]
    # only the sentences of mentions to date are read (with some context around
    # them), each stretch tokenised once, whatever the modalities
    stretches = [(s, module.tokenize(text[s:e])) for s, e in _stretches(text, mentions)]
    found: dict[bool, tuple[list[int], list[DateMention]]] = {}

    def dates(forward: bool) -> tuple[list[int], list[DateMention]]:
        if forward not in found:
            kept = [
                replace(d, start=d.start + s, end=d.end + s)
                for s, tokens in stretches
                for d in module.find_dates(tokens.text, ref, forward, tokens=tokens)
                if d.precision in DATING_PRECISIONS or _past_year(d, ref)
            ]
            found[forward] = ([d.start for d in kept], kept)
        return found[forward]

    out = []
    for m in mentions:
        if m.date is not None:
            out.append(m)
            continue
        forward = m.modality in FORWARD_MODALITIES
        starts, all_dates = dates(forward)
        inside = []
        for d in all_dates[bisect_left(starts, m.sent_start) :]:
            if d.start >= m.sent_end:
                break
            if d.end <= m.sent_end:
                inside.append(d)
        if not forward and ref is not None:
            # An event reported as done cannot postdate the article ("approved ... and
            # plans to extend them next month": "next month" is another clause's).
            inside = [d for d in inside if d.iso <= ref.isoformat()]
        if inside and all(d.precision == "year" for d in inside):
            out.append(replace(m, evidence=f"{m.evidence} history".strip()))
            continue
        inside = [d for d in inside if d.precision in DATING_PRECISIONS]
        if not inside:
            out.append(m)
            continue
        trig = _trigger_span(article.text, m)
        best = min(inside, key=lambda d: (_gap(trig, (d.start, d.end)), d.start))
        if _recalled(best, ref, forward) or _recalled_aside(m, best, trig, ref, forward):
            m = replace(m, evidence=f"{m.evidence} history".strip())
        out.append(replace(m, date=best.iso))
    return out
