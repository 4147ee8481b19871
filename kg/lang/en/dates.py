"""English date expressions -> ISO dates ("27 October 2015", "Oct. 27", "last week").

A plain text function (no spaCy) with the same API as ``kg.lang.ar.dates``;
the vocabulary is in ``data/dates.tsv``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from kg.dating import (
    DateMention,
    Hit,
    PhraseTable,
    Token,
    carry_years,
    infer_year,
    month_start,
    nearest_month,
    week_start,
    weekday_near,
)

__all__ = ["DateMention", "find_dates"]

DATA = Path(__file__).parent / "data" / "dates.tsv"
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?\b|[A-Za-z]+(?:['’]s)?|[/(),\-.]|\n")
_POSSESSIVE = re.compile(r"['’]s$")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_EXACT = ("month", "weekday")
_JOINERS = frozenset(
    {"", "and", "or", "to", "until", "-", "–", "through"}
)  # October and November 2014


@cache
def _table() -> PhraseTable:
    return PhraseTable(DATA, str.lower, exact_kinds=_EXACT)


def _tokens(text: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        bare = _POSSESSIVE.sub("", w)  # last month's invasion, Sunday's attack
        keys = [(bare.lower(), 0), (w, 0), (bare, 0)]
        if w.isupper() and len(w) > 1:
            keys.append((bare.title(), 0))  # OCTOBER 27 in a headline
        out.append(Token(tuple(dict.fromkeys(keys)), m.start(), m.end()))
    return out


class _Parser:
    """Date expressions starting at a token position; each method returns
    ``(end token, date, precision, relative)`` or None."""

    def __init__(self, toks: list[Token], ref: date | None, forward: bool = False):
        self.t = toks
        self.ref = ref
        self.fwd = forward
        self.tab = _table()
        self.blockers = self.tab.words("blocker")
        self.preps = self.tab.words("prep")
        self.strong_preps = self.tab.words("strong_prep")
        self.not_followed = {
            kind: frozenset(w[0] for w, v, _ in self.tab.kinds["not_followed"] if v == kind)
            for kind in ("weekday", "explicit")
        }

    def key(self, i: int) -> str:
        return self.t[i].key if 0 <= i < len(self.t) else ""

    def m(self, i: int, *kinds: str) -> Hit | None:
        return self.tab.match(self.t, i, kinds)

    def before(self, i: int, words: frozenset[str]) -> bool:
        return i > 0 and any(k in words for k, _ in self.t[i - 1].keys)

    def day_at(self, i: int) -> int | None:
        m = _DAY.fullmatch(self.key(i))
        return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None

    def year_at(self, i: int) -> int | None:
        k = self.key(i)
        return int(k) if len(k) == 4 and k.isdigit() and 1800 <= int(k) <= 2100 else None

    def month_at(self, i: int) -> tuple[Hit, int] | None:
        """A month name and the token after it (skipping the full stop of "Oct.")."""
        h = self.m(i, "month")
        if not h or (h.ambiguous and _POSSESSIVE.search(self.t[i].keys[1][0])):
            return None  # May's government
        end = h.end
        # "Oct. 27": the abbreviation's full stop, not a sentence's ("in May.")
        if self.key(end) == "." and (self.day_at(end + 1) or self.year_at(end + 1)):
            end += 1
        return h, end

    def named(self, end: int) -> bool:
        return self.key(end) in self.not_followed["explicit"]

    def explicit(self, i: int):
        """[Tuesday,] 27 October [2015] | [Tuesday,] Oct. 27[, 2015]."""
        k = i
        if wd := self.m(k, "weekday"):
            k = wd.end + (self.key(wd.end) == ",")
        day = self.day_at(k)
        if day is not None:
            k2 = k + 1 + (self.key(k + 1) == "of")
            mt = self.month_at(k2)
            if not mt:
                return None
            month, k = int(mt[0].value), mt[1]
        else:
            mt = self.month_at(k)
            if not mt or (day := self.day_at(mt[1])) is None:
                return None
            month, k = int(mt[0].value), mt[1] + 1
        j = k + (self.key(k) == ",")
        year = self.year_at(j)
        if year is not None:
            try:
                return j + 1, date(year, month, day), "day", False
            except ValueError:
                return None
        if self.ref is None or self.named(k):
            return None
        got = infer_year(self.ref, month, day, self.fwd)
        return (k, got, "day", True) if got else None

    def numeric(self, i: int):
        """2015-10-27."""
        a, s1, b, s2, c = (self.key(i + n) for n in range(5))
        if not (len(a) == 4 and a.isdigit() and b.isdigit() and c.isdigit() and s1 == s2 == "-"):
            return None
        if self.key(i + 5) == "-" or self.key(i - 1) == "-":
            return None
        try:
            return i + 5, date(int(a), int(b), int(c)), "day", False
        except ValueError:
            return None

    def month(self, i: int):
        """[early|last] October [2015]: month precision."""
        k = i
        lead = self.m(k, "part", "modifier")
        if lead:
            k = lead.end + (self.key(lead.end) == "-")  # mid-October
        mt = self.month_at(k)
        if not mt:
            return None
        h, k = mt
        month = int(h.value)
        j = k + (self.key(k) == ",")
        year = self.year_at(j)
        preps = self.strong_preps if h.ambiguous else self.preps
        if not (lead or year is not None or self.before(i, preps)):
            return None
        if year is not None:
            return j + 1, date(year, month, 1), "month", False
        if self.ref is None or self.named(k):
            return None
        direction = int(lead.value) if lead and lead.kind == "modifier" else 0
        return k, nearest_month(self.ref, month, direction, self.fwd), "month", True

    def year(self, i: int):
        """in 2015, early 2015: year precision."""
        k = i
        part = self.m(k, "part")
        if part:
            k = part.end + (self.key(part.end) == "-")
        y = self.year_at(k)
        if y is None or not (part or self.before(i, self.preps)):
            return None
        return k + 1, date(y, 1, 1), "year", False

    def unit(self, i: int):
        """last week, this year, later this month."""
        if self.ref is None:
            return None
        k = i
        part = self.m(k, "part")
        if part:
            k = part.end
        md = self.m(k, "modifier")
        u = self.m(md.end, "unit") if md else None
        if not u:
            return None
        off = int(md.value)
        if u.value == "week":
            return u.end, week_start(self.ref) + timedelta(weeks=off), "week", True
        if u.value == "month":
            return u.end, month_start(self.ref, off), "month", True
        return u.end, date(self.ref.year + off, 1, 1), "year", True

    def weekday(self, i: int):
        """[last|next|this] Tuesday [night]."""
        if self.ref is None or self.before(i, self.blockers):
            return None
        k = i
        md = self.m(k, "modifier")
        if md:
            k = md.end
        wd = self.m(k, "weekday")
        if not wd or self.key(wd.end) in self.not_followed["weekday"]:
            return None
        if md is None:
            when = weekday_near(self.ref, int(wd.value), 0, self.fwd)
        elif int(md.value) == 0:  # "this Friday": the coming one, or today
            when = self.ref + timedelta(days=(int(wd.value) - self.ref.weekday()) % 7)
        else:
            when = weekday_near(self.ref, int(wd.value), int(md.value))
        end = wd.end
        if self.m(end, "time_of_day"):
            end += 1
        return end, when, "day", True

    def rel_day(self, i: int):
        """yesterday [morning], the day before yesterday, last night."""
        if self.ref is None or self.before(i, self.blockers):
            return None
        rd = self.m(i, "rel_day")
        if not rd:
            return None
        end = rd.end
        if self.m(end, "time_of_day"):
            end += 1
        return end, self.ref + timedelta(days=int(rd.value)), "day", True

    def at(self, i: int):
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
            if got is not None and (best is None or got[0] > best[0]):
                best = got
        return best


def find_dates(text: str, ref: date | None, forward: bool = False) -> list[DateMention]:
    """Date expressions in ``text``, resolved against the article date ``ref``.

    Args:
        text: English text.
        ref: the article date; without it relative expressions (yesterday,
            Tuesday) and day-months without a year are skipped.
        forward: the text speaks of a future event, so a bare weekday or a
            date without a year is the next one on or after ``ref`` rather
            than the last one on or before it.

    Returns:
        Non-overlapping mentions in text order; offsets index ``text``.
    """
    toks = _tokens(text)
    parser = _Parser(toks, ref, forward)
    out: list[DateMention] = []
    i = 0
    while i < len(toks):
        got = parser.at(i)
        if got is None:
            i += 1
            continue
        end, value, precision, relative = got
        start, stop = toks[i].start, toks[end - 1].end
        out.append(
            DateMention(start, stop, text[start:stop], value.isoformat(), precision, relative)
        )
        i = end
    return carry_years(out, text, _JOINERS)
