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
    DateParser,
    Found,
    Hit,
    PhraseTable,
    Token,
    Tokenized,
    infer_year,
    nearest_month,
    weekday_near,
)

__all__ = ["DateMention", "find_dates", "tokenize"]

DATA = Path(__file__).parent / "data" / "dates.tsv"
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?\b|[A-Za-z]+(?:['’]s)?|[/(),\-.]|\n")
_POSSESSIVE = re.compile(r"['’]s$")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_EXACT = ("month", "weekday")


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


class _Parser(DateParser):
    """The English patterns: the modifier comes first (last week), the day
    before or after the month (27 October, Oct. 27), ordinals (27th)."""

    not_followed_kinds = ("weekday", "explicit")
    joiners = frozenset({"", "and", "or", "to", "until", "-", "–", "through"})  # May and June 2014
    part_hyphen = True  # early-2015

    def __init__(self, toks: list[Token], ref: date | None, forward: bool = False):
        super().__init__(_table(), toks, ref, forward)
        self.strong_preps = self.tab.words("strong_prep")

    def day_at(self, i: int) -> int | None:
        m = _DAY.fullmatch(self.key(i))
        return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None

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

    def unit_offset(self, j: int, after_part: bool = False) -> tuple[str, int, int] | None:
        """last week, this month -> (unit, offset, end); no bare unit after a part word."""
        md = self.m(j, "modifier")
        u = self.m(md.end, "unit") if md else None
        return (u.value, int(md.value), u.end) if u and md else None

    def explicit(self, i: int) -> Found | None:
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
        if y := self.year_at(k + (self.key(k) == ",")):
            try:
                return y[1], date(y[0], month, day), "day", False
            except ValueError:
                return None
        if self.ref is None or self.named(k):
            return None
        got = infer_year(self.ref, month, day, self.fwd)
        return (k, got, "day", True) if got else None

    def month(self, i: int) -> Found | None:
        """[early|last] October [2015]: month precision."""
        lead, k = self.opt(i, "part", "modifier")
        if lead and self.key(k) == "-":
            k += 1  # mid-October
        mt = self.month_at(k)
        if not mt:
            return None
        h, k = mt
        month = int(h.value)
        y = self.year_at(k + (self.key(k) == ","))
        preps = self.strong_preps if h.ambiguous else self.preps
        if not (lead or y or self.before(i, preps)):
            return None
        if y:
            return y[1], date(y[0], month, 1), "month", False
        if self.ref is None or self.named(k):
            return None
        direction = int(lead.value) if lead and lead.kind == "modifier" else 0
        return k, nearest_month(self.ref, month, direction, self.fwd), "month", True

    def weekday(self, i: int) -> Found | None:
        """[last|next|this] Tuesday [night]."""
        if not (got := self.weekday_at(i, "modifier")):
            return None
        md, wd = got
        # "this Friday" is the coming one, or today, whatever ``forward`` says.
        direction = int(md.value) if md else 0
        when = weekday_near(self.ref, int(wd.value), direction, self.fwd or md is not None)
        end = wd.end
        if self.m(end, "time_of_day"):
            end += 1
        return end, when, "day", True

    def rel_day(self, i: int) -> Found | None:
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


def tokenize(text: str) -> Tokenized:
    """``text`` tokenised for matching (once per article)."""
    return Tokenized(text, _tokens(text))


def find_dates(
    text: str, ref: date | None, forward: bool = False, tokens: Tokenized | None = None
) -> list[DateMention]:
    """Date expressions in ``text``, resolved against the article date ``ref``.

    Args:
        text: English text.
        ref: the article date; without it relative expressions (yesterday,
            Tuesday) and day-months without a year are skipped.
        forward: the text speaks of a future event, so a bare weekday or a
            date without a year is the next one on or after ``ref`` rather
            than the last one on or before it.
        tokens: ``tokenize(text)``, when the caller has it already.

    Returns:
        Non-overlapping mentions in text order; offsets index ``text``.
    """
    toks = (tokens if tokens is not None else tokenize(text)).toks
    parser = _Parser(toks, ref, forward)
    return parser.mentions(text, lambda i, end: (toks[i].start, toks[end - 1].end))
