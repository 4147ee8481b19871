"""Arabic date expressions -> ISO dates (الثلاثاء 27 أكتوبر/تشرين الأول، أمس، الأسبوع الماضي).

Matching runs on normalised text (``normalize_with_offsets``) so that
hamza forms, diacritics, tatweel and Arabic-Indic digits do not matter; spans
are mapped back to the original text. The vocabulary (month names of every
family, weekdays, relative words) is in ``data/dates.tsv``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path

from kg.dating import (
    DateMention,
    DateParser,
    Found,
    PhraseTable,
    Token,
    Tokenized,
    hijri_to_gregorian,
    infer_year,
    month_start,
    nearest_month,
    weekday_near,
)
from kg.lang.ar.caches import WORDS
from kg.lang.ar.normalize import (
    _DROP,
    _MAP,
    normalize,
    normalize_with_offsets,
    strip_diacritics,
)

__all__ = ["DateMention", "find_dates", "tokenize"]

DATA = Path(__file__).parent / "data" / "dates.tsv"
_TOKEN = re.compile(r"\d+|[^\W\d_]+|[/(),،\-.]|\n")
_COMMAS = {",", "،"}
_MIN = "من"  # "27 من أكتوبر", "أكتوبر من العام الماضي"


@cache
def _table() -> PhraseTable:
    return PhraseTable(DATA, normalize)


@lru_cache(maxsize=WORDS)
def _keys(word: str) -> tuple[tuple[str, int], ...]:
    """The word and its proclitic-stripped forms (وأمس, بالأمس, للعام)."""
    out = [(word, 0)]
    rest, p = word, 0
    if len(rest) > 2 and rest[0] in "وف":
        rest, p = rest[1:], 1
        out.append((rest, p))
    if len(rest) > 3 and rest.startswith("لل"):
        out.append(("ال" + rest[2:], p))
    elif len(rest) > 2 and rest[0] in "بلك":
        out.append((rest[1:], p + 1))
    return tuple(out)


def _tokens(norm: str) -> list[Token]:
    return [Token(_keys(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(norm)]


class _Parser(DateParser):
    """The Arabic patterns: the modifier follows its word (الأسبوع الماضي), a
    month may be named twice (أكتوبر/تشرين الأول), years take عام/من."""

    not_followed_kinds = ("rel_day", "weekday")
    joiners = frozenset({"", "و", "-", "إلى", "الى", "حتى", "أو", "او"})  # بين أغسطس وديسمبر 2005
    numeric_seps = frozenset({"/", "-", "."})
    day_first = True
    era_ad = frozenset({"م"})  # 2015م
    era_other = frozenset({"ه"})  # 1437 هـ: a Hijri year, not converted

    def __init__(self, toks: list[Token], ref: date | None, forward: bool = False):
        super().__init__(_table(), toks, ref, forward)
        self.name_cues = self.tab.words("name_cue")
        self.agos = self.tab.words("ago")

    def year_at(self, i: int) -> tuple[int, int] | None:
        """A Gregorian year, or a Hijri one marked هـ (عام 1384هـ: 1964), as its
        Gregorian year (the one its first day falls in)."""
        k = self.key(i)
        if (
            len(k) == 4
            and k.isdecimal()
            and 1300 <= int(k) <= 1500
            and self.key(i + 1) in self.era_other
        ):
            return hijri_to_gregorian(int(k), 1, 1).year, i + 2
        return super().year_at(i)

    def year(self, i: int) -> Found | None:
        """A year after a cue or a preposition (عام 2015، في 2015); a year after a noun
        of an event or an occasion, right after it or past one word (حرب 1967، كأس آسيا
        2007); a century (القرن الثامن عشر، القرن 18، القرن الماضي) as its last year, so
        that only one that is over tells of history."""
        if got := super().year(i):
            return got
        if name := self.m(i, "year_name"):
            y = self.year_at(name.end) or self.year_at(name.end + 1)
            return None if y is None else (y[1], date(y[0], 1, 1), "year", False)
        if ago := self.years_ago(i):
            return ago
        if not (c := self.m(i, "century")):
            return None
        k = c.end + (self.key(c.end) == "ال")  # القرن الـ18
        if self.key(k).isdecimal() and 1 <= int(self.key(k)) <= 21:
            return k + 1, date(int(self.key(k)) * 100, 1, 1), "year", False
        if o := self.m(c.end, "ordinal"):
            return o.end, date(int(o.value) * 100, 1, 1), "year", False
        if self.ref is not None and (md := self.m(c.end, "modifier")):
            century = (self.ref.year - 1) // 100 + 1 + int(md.value)
            return md.end, date(century * 100, 1, 1), "year", False
        return None

    def years_ago(self, i: int) -> Found | None:
        """قبل خمس سنوات، قبل 20 عاما، قبل عامين: the year that many years before the
        article's (a year mention, so the history rule reads it)."""
        if self.ref is None or not self.before(i, self.agos):
            return None
        if (dual := self.m(i, "year_unit")) and dual.value == "2":
            return dual.end, date(self.ref.year - 2, 1, 1), "year", False
        key = self.key(i)
        count = self.m(i, "count")
        if key.isdecimal() and len(key) <= 2:
            n, k = int(key), i + 1
        elif count:
            n, k = int(count.value), count.end
        else:
            return None
        unit = self.m(k, "year_unit")
        if unit is None or unit.value != "1" or n >= self.ref.year:
            return None
        return unit.end, date(self.ref.year - n, 1, 1), "year", False

    # -- small helpers ------------------------------------------------------
    def alt_months(self, j: int) -> int:
        """Skip a second name of the same month: أكتوبر/تشرين الأول, تشرين الأول (أكتوبر)."""
        if self.key(j) == "/" and (h := self.m(j + 1, "month")):
            return h.end
        if self.key(j) == "(" and (h := self.m(j + 1, "month")) and self.key(h.end) == ")":
            return h.end + 1
        return j

    def year_spec(self, j: int) -> tuple[int, int, bool] | None:
        """A year after a month: 2015, عام 2015, من العام الماضي, من هذا العام.

        Returns ``(end, year, relative)``.
        """
        k = j + 1 if self.key(j) in _COMMAS and self.year_at(j + 1) else j
        k = k + 1 if self.key(k) == _MIN else k
        _, after_cue = self.opt(k, "year_cue")
        if y := self.year_at(after_cue):
            return y[1], y[0], False
        if self.ref is None:
            return None
        if (th := self.m(k, "this")) and (u := self.m(th.end, "unit")) and u.value == "year":
            return u.end, self.ref.year, True
        if (u := self.m(k, "unit")) and u.value == "year" and (md := self.m(u.end, "modifier")):
            return md.end, self.ref.year + int(md.value), True
        return None

    def unit_offset(self, j: int, after_part: bool = False) -> tuple[str, int, int] | None:
        """الشهر الماضي / هذا الأسبوع -> (unit, offset, end); after a part word a
        bare unit is the current one (منتصف الشهر)."""
        if th := self.m(j, "this"):
            if u := self.m(th.end, "unit"):
                return u.value, 0, u.end
        elif (u := self.m(j, "unit")) and (md := self.m(u.end, "modifier")):
            return u.value, int(md.value), md.end
        if after_part and (u := self.m(j, "unit")):
            return u.value, 0, u.end
        return None

    # -- expressions --------------------------------------------------------
    def explicit(self, i: int) -> Found | None:
        """[يوم] [الثلاثاء،] 27 [من] [شهر] أكتوبر[/تشرين الأول] [الماضي] [2015]."""
        if self.before(i, self.name_cues):
            return None
        _, k = self.opt(i, "time_of_day")
        if wd := self.m(k, "weekday"):
            k = wd.end + (self.key(wd.end) in _COMMAS)
        d = self.key(k)
        ordinal = None
        if d.isdecimal() and len(d) <= 2 and 1 <= int(d) <= 31:
            day, k = int(d), k + 1
        elif ordinal := self.m(k, "ordinal"):
            day, k = int(ordinal.value), ordinal.end
        else:
            return None
        has_min = self.key(k) == _MIN
        k += has_min
        if ordinal and not has_min:
            return None
        _, k = self.opt(k, "month_cue")
        if mh := self.m(k, "month"):
            month, k = int(mh.value), self.alt_months(mh.end)
            md = self.m(k, "modifier")
            ys = None if md else self.year_spec(k)
            if ys:
                end, year, rel = ys
                try:
                    return end, date(year, month, day), "day", rel
                except ValueError:
                    return None
            if self.ref is None:
                return None
            if md:
                base = nearest_month(self.ref, month, int(md.value))
                try:
                    return md.end, base.replace(day=day), "day", True
                except ValueError:
                    return None
            got = infer_year(self.ref, month, day, self.fwd)
            return (k, got, "day", True) if got else None
        # 27 من الشهر الجاري
        uo = self.unit_offset(k)
        if uo and uo[0] == "month" and self.ref is not None:
            try:
                return uo[2], month_start(self.ref, uo[1]).replace(day=day), "day", True
            except ValueError:
                return None
        return None

    def month(self, i: int) -> Found | None:
        """[منتصف] [شهر] أكتوبر [الماضي|2015]: month precision. Not the month of a name's
        day (ثورة 23 يوليو 1952: the revolution's name, not a date of the sentence)."""
        if self.before(i, self.name_cues):
            return None
        day = self.key(i - 1)
        if day.isdecimal() and len(day) <= 2 and self.before(i - 1, self.name_cues):
            return None
        part, k = self.opt(i, "part")
        cue, k = self.opt(k, "month_cue")
        mh = self.m(k, "month")
        if not mh:
            return None
        month, k = int(mh.value), self.alt_months(mh.end)
        md = self.m(k, "modifier")
        ys = None if md else self.year_spec(k)
        if not (part or cue or md or ys) and (
            mh.ambiguous or self.before(i, self.blockers) or not self.before(i, self.preps)
        ):
            return None
        if ys:
            return ys[0], date(ys[1], month, 1), "month", ys[2]
        if self.ref is None:
            return None
        if md:
            return md.end, nearest_month(self.ref, month, int(md.value)), "month", True
        return k, nearest_month(self.ref, month, 0, self.fwd), "month", True

    def weekday(self, i: int) -> Found | None:
        """[يوم|صباح] الثلاثاء [الماضي|المقبل]."""
        if not (got := self.weekday_at(i, "time_of_day")):
            return None
        wd = got[1]
        md, end = self.opt(wd.end, "modifier")
        direction = int(md.value) if md else 0
        return end, weekday_near(self.ref, int(wd.value), direction, self.fwd), "day", True

    def rel_day(self, i: int) -> Found | None:
        """أمس, أول أمس, غدا, اليوم, صباح اليوم, اليوم الثلاثاء."""
        if self.ref is None or self.before(i, self.blockers):
            return None
        lead = self.m(i, "time_of_day")
        rd = self.m(i, "rel_day")
        if lead and not rd:
            rd = self.m(lead.end, "rel_day")
        if not rd or self.key(rd.end) in self.not_followed["rel_day"]:
            return None
        end = rd.end
        if (wd := self.m(end, "weekday")) and int(rd.value) == 0:
            end = wd.end  # اليوم الثلاثاء: today, which is a Tuesday
        return end, self.ref + timedelta(days=int(rd.value)), "day", True


def _normalized(text: str) -> tuple[str, list[int]]:
    """``normalize_with_offsets`` of ``text``, one character at a time only where
    needed: dropped marks are few, and lower case rarely changes a length."""
    if len(text.lower()) != len(text):
        # Characters whose lower case is longer would shift the offset map; they
        # never occur in a date, so they are masked one for one.
        return normalize_with_offsets("".join(c if len(c.lower()) == 1 else "_" for c in text))
    offsets: list[int] = []
    last = 0
    for m in _DROP.finditer(text):
        offsets.extend(range(last, m.start()))
        last = m.end()
    offsets.extend(range(last, len(text) + 1))
    return _DROP.sub("", text).translate(_MAP).lower(), offsets


def tokenize(text: str) -> Tokenized:
    """``text`` tokenised for matching, on its normalised form (once per article)."""
    norm, offsets = _normalized(text)
    return Tokenized(text, _tokens(norm), offsets)


def find_dates(
    text: str, ref: date | None, forward: bool = False, tokens: Tokenized | None = None
) -> list[DateMention]:
    """Date expressions in ``text``, resolved against the article date ``ref``.

    Args:
        text: Arabic text (any spelling: diacritics, tatweel, ٢٧ are fine).
        ref: the article date; without it relative expressions (أمس, الثلاثاء)
            and day-months without a year are skipped.
        forward: the text speaks of a future event, so a bare weekday or a
            date without a year is the next one on or after ``ref`` rather
            than the last one on or before it.
        tokens: ``tokenize(text)``, when the caller has it already.

    Returns:
        Non-overlapping mentions in text order; offsets index ``text``.
    """
    tk = tokens if tokens is not None else tokenize(text)
    toks, offsets = tk.toks, tk.offsets
    parser = _Parser(toks, ref, forward)

    def span(i: int, end: int) -> tuple[int, int]:
        start = offsets[toks[i].start + _prefix_of(parser, i)]
        stop = offsets[toks[end - 1].end - 1] + 1
        while stop < len(text) and strip_diacritics(text[stop]) == "":
            stop += 1  # keep a final tanwin or tatweel (غداً)
        return start, stop

    return parser.mentions(text, span)


def _prefix_of(parser: _Parser, i: int) -> int:
    """Clitic characters before the first table word of the expression at ``i``."""
    tok = parser.t[i]
    if tok.key.isdecimal() or len(tok.keys) == 1:
        return 0
    kinds = [
        k for k in parser.tab.kinds if k not in ("blocker", "not_followed", "name_cue", "prep")
    ]
    hit = parser.tab.match(parser.t, i, kinds)
    return hit.prefix if hit else 0
