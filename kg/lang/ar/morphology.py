"""Light Arabic morphology: clitic and affix stripping for lexicon look-up.

The analyser does not decide what a word is. It lists the stems a word may
have, from the whole word to the most stripped, and the lexicon decides: a
word is checked as it stands before anything is stripped, so مصر stays Egypt
and روسيا stays Russia. All input is already normalised (``normalize``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from kg.lang.ar.caches import WORDS

__all__ = [
    "Analysis",
    "noun_readings",
    "noun_stems",
    "verb_readings",
    "verb_stems",
    "conjugate",
    "ENCLITICS",
]

CONJ = ("و", "ف")
PREPS = ("ب", "ل", "ك")
ARTICLE = "ال"
# Enclitic pronouns, longest first (ه ها هم هما هن نا ك كم ي).
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "نا", "كم", "كن", "ه", "ك", "ي")
# A verb's object pronouns: "me" is ني on a verb (قتلني), ي only on a noun (قتلى: the
# dead, not "killed me").
VERB_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "نا", "كم", "كن", "ني", "ه", "ك")
# Nominal inflection: feminine ة (normalised ه), duals, sound plurals.
NOUN_SUFFIXES = ("تين", "تان", "يين", "يون", "ين", "ون", "ان", "ات", "ه")
MIN_STEM = 2


def _by_last_letter(endings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Endings grouped by their last letter, in their order: a word is tried only
    against the endings it can have (most of a word's readings end in no clitic)."""
    out: dict[str, tuple[str, ...]] = {}
    for e in endings:
        out[e[-1]] = out.get(e[-1], ()) + (e,)
    return out


_ENCLITICS_BY_LAST = _by_last_letter(ENCLITICS)
_NOUN_SUFFIXES_BY_LAST = _by_last_letter(NOUN_SUFFIXES)


class Analysis(NamedTuple):
    """One way to read a word: proclitics + stem + suffixes (a tuple: made by the
    thousand for every new word)."""

    prefix: str
    stem: str
    suffix: str

    @property
    def stripped(self) -> int:
        return len(self.prefix) + len(self.suffix)


def _proclitic_splits(word: str) -> list[tuple[str, str]]:
    """(prefix, rest) pairs for conjunction + preposition + article."""
    out = [("", word)]
    for c in ("",) + CONJ:
        if c and not word.startswith(c):
            continue
        w1 = word[len(c) :]
        for p in ("",) + PREPS:
            if p and not w1.startswith(p):
                continue
            w2 = w1[len(p) :]
            if (c or p) and len(w2) >= MIN_STEM:
                out.append((c + p, w2))
            # لل = ل + ال with the alef dropped
            if p == "ل" and w2.startswith("ل") and len(w2) - 1 >= MIN_STEM:
                out.append((c + "لل", w2[1:]))
            if w2.startswith(ARTICLE) and len(w2) - 2 >= MIN_STEM:
                out.append((c + p + ARTICLE, w2[2:]))
                # a name that itself begins with ال (ألماني -> الماني): الألمانية
                if w2[2:].startswith(ARTICLE) and len(w2) - 4 >= MIN_STEM:
                    out.append((c + p + ARTICLE + ARTICLE, w2[4:]))
    return out


def noun_readings(word: str) -> list[tuple[str, str, str]]:
    """Every (prefix, stem, suffix) reading of ``word`` as a noun, unsorted and uncached:
    ``noun_stems`` keeps the least stripped per stem; a caller that only asks whether
    some stem is known reads the strings without building analyses."""
    out: list[tuple[str, str, str]] = []
    for prefix, rest in _proclitic_splits(word):
        forms = [("", rest)]
        # (a whole-word reading still wins: روسيا is Russia, not روسي + ا)
        if rest.endswith("ا") and not rest.endswith("اا") and len(rest) - 1 > MIN_STEM:
            forms.append(("ا", rest[:-1]))  # accusative: اتصالا, هجوما, مهندسا
        # the article and a possessive pronoun never go together: الأمني is not أمن + ي
        for enc in () if prefix.endswith(ARTICLE) else _ENCLITICS_BY_LAST.get(rest[-1:], ()):
            if rest.endswith(enc) and len(rest) - len(enc) >= MIN_STEM:
                base = rest[: -len(enc)]
                forms.append((enc, base))
                # a feminine noun keeps its ت before a pronoun: اتصالاتها, حكومته
                if base.endswith("ت") and not base.endswith("ات"):
                    forms.append(("ت" + enc, base[:-1] + "ه"))
                # the hamza moves to a seat before a pronoun: لقائه (لقاء), إجراؤه (إجراء)
                if base.endswith(("اي", "او")):
                    forms.append((enc, base[:-1] + "ء"))
        for suffix, stem in list(forms):
            for ns in _NOUN_SUFFIXES_BY_LAST.get(stem[-1:], ()):
                if stem.endswith(ns) and len(stem) - len(ns) >= MIN_STEM:
                    bare = stem[: -len(ns)]
                    forms.append((ns + suffix, bare))
                    if ns in ("ات", "تين", "تان"):  # مساعدات -> مساعده
                        forms.append((ns + suffix, bare + "ه"))
        out.extend((prefix, stem, suffix) for suffix, stem in forms)
    return out


@lru_cache(maxsize=WORDS)
def noun_stems(word: str) -> tuple[Analysis, ...]:
    """Possible nominal stems of ``word``, least stripped first."""
    seen: dict[str, Analysis] = {}
    for prefix, stem, suffix in noun_readings(word):
        a = Analysis(prefix, stem, suffix)
        if stem not in seen or a.stripped < seen[stem].stripped:
            seen[stem] = a
    return tuple(sorted(seen.values(), key=lambda a: (a.stripped, -len(a.stem))))


# Imperfect person prefixes and the person/number they mark.
IMPERFECT = {"ي": "3", "ت": "3f", "ن": "1p", "ا": "1s"}
PAST_SUFFIXES = {
    "": "3",
    "ت": "3f",
    "ا": "3d",
    "تا": "3fd",
    "وا": "3p",
    "نا": "1p",
    "تم": "2p",
    "ن": "3fp",
}
IMPERFECT_SUFFIXES = {"": "", "ون": "p", "ان": "d", "ين": "p", "ن": "p"}


@lru_cache(maxsize=20_000)
def conjugate(past: str, present: str) -> dict[str, tuple[str, str]]:
    """Regular surface forms of a verb -> (tense, person).

    ``past`` is the 3rd person masculine singular past, ``present`` the 3rd
    person masculine singular imperfect with its ي. Irregular (hollow,
    defective) forms the rules miss come from the lexicon's ``forms`` column.
    """
    forms: dict[str, tuple[str, str]] = {}
    if past:
        for suf, person in PAST_SUFFIXES.items():
            forms.setdefault(past + suf, ("past", person))
    if present and present[0] in "يت" and len(present) > 2:
        stem = present[1:]
        for pre, person in IMPERFECT.items():
            for suf, num in IMPERFECT_SUFFIXES.items():
                p = "3p" if num == "p" and person.startswith("3") else person
                forms.setdefault(pre + stem + suf, ("present", p))
    return forms


def verb_readings(word: str) -> list[tuple[str, str, str]]:
    """Every (prefix, stem, suffix) reading of ``word`` as a verb form, uncached."""
    out = [("", word, "")]
    for c in ("",) + CONJ:
        if c and not word.startswith(c):
            continue
        w1 = word[len(c) :]
        for p in ("", "س", "ل"):
            if p and not w1.startswith(p):
                continue
            w2 = w1[len(p) :]
            if len(w2) < MIN_STEM:
                continue
            if c or p:
                out.append((c + p, w2, ""))
            for enc in VERB_ENCLITICS:
                if w2.endswith(enc) and len(w2) - len(enc) >= MIN_STEM:
                    out.append((c + p, w2[: -len(enc)], enc))
    return out


@lru_cache(maxsize=WORDS)
def verb_stems(word: str) -> tuple[Analysis, ...]:
    """Possible verb forms inside ``word``: conjunction, future س, purpose ل, object pronoun."""
    out = {Analysis(*r) for r in verb_readings(word)}
    return tuple(sorted(out, key=lambda a: (a.stripped, -len(a.stem))))
