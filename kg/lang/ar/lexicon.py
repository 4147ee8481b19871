"""The Arabic lexicon: data files under ``data/`` loaded into one look-up index.

Every form is normalised and split into words; a leading article is dropped
from each word, because the analyser offers article-less stems of text words.
Verbs are conjugated here from their past and present forms, so the data
files list one row per verb sense, not every surface form.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from kg.lang.ar.morphology import conjugate
from kg.lang.ar.normalize import normalize, strip_diacritics
from kg.lang.ar.rules import SHADOWED_FORMS
from kg.tables import alternatives, read_tsv

__all__ = ["Entry", "Lexicon", "load_lexicon", "key_of"]

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Entry:
    """One lexicon form.

    layer: ``actor``, ``trigger``, ``concept`` or ``cue``.
    kind: within the layer: country, demonym, metonym, org, role, person, given (a
        given name, kg/lang/ar/data/given_names.tsv);
        verb or noun (triggers); the cue kind (report, negation, hope...).
    words: the normalised, article-less words of the form.
    info: the row's fields (iso3, sector, code, action_id, preps, tense...).
    """

    layer: str
    kind: str
    words: tuple[str, ...]
    info: tuple[tuple[str, str], ...] = field(default=())
    # the prepositions that bring in its target (the preps column), read on every match
    preps: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_fields", dict(self.info))  # read on every match
        object.__setattr__(
            self, "preps", frozenset(p for p in (self._fields.get("preps") or "").split("|") if p)
        )

    def get(self, key: str, default: str | None = None) -> str | None:
        return self._fields.get(key, default)


# Names written with the article (اليمن, العراق, الأمم المتحدة): without it the word is
# another one (يمنّ, "he grants").
_DEFINITE_NAMES = frozenset({"country", "metonym", "org", "city"})
# Kinds whose names listed without the article never take it (حمص, سيول, حلب; سورية: السورية
# is the adjective).
_BARE_NAMES = frozenset({"metonym", "city", "country"})


def _without_definite(e: Entry) -> Entry:
    return replace(e, info=tuple(kv for kv in e.info if kv[0] != "definite"))


def _strip_article(word: str) -> str:
    if word.startswith("لل") and len(word) > 4:
        return word[2:]
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


def key_of(form: str) -> tuple[str, ...]:
    """Normalised, article-less words of a lexicon form."""
    return tuple(_strip_article(w) for w in normalize(form).split())


def _join_abd(words: tuple[str, ...]) -> tuple[str, ...]:
    """عبد الفتاح السيسي -> عبدالفتاح السيسي, and back."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "عبد" and i + 1 < len(words):
            out.append(w + words[i + 1])
            i += 2
            continue
        if w.startswith("عبد") and len(w) > 5 and w[3:] not in ("ه",):
            out.extend(("عبد", w[3:]))
        else:
            out.append(w)
        i += 1
    return tuple(out)


def _rows(name: str) -> list[dict[str, str]]:
    return read_tsv(DATA / name)


_alts = alternatives


class Lexicon:
    """Index of entries by their first word, per layer; longest entries first."""

    def __init__(self) -> None:
        self.nouns: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
        self.verbs: dict[str, list[Entry]] = defaultdict(list)
        self.size = 0
        self.first_words: frozenset[str] = frozenset()  # noun entries' first words (finish)
        self.word_cache: dict[str, tuple] = {}  # raw word -> what the layers know of it
        self.orth_cache: dict[int, tuple] = {}  # spaCy ORTH id -> (raw word, word_cache entry)
        # one word of an organisation's name that alone is an ordinary word (القاعدة,
        # فتح, الشباب) -> the organisation: read so only when written in quotes
        self.quoted: dict[str, Entry] = {}
        # a military unit's noun (لواء, فرقة) -> its entry when a number names it (اللواء 33)
        self.units: dict[str, Entry] = {}

    def add_noun(self, layer: str, kind: str, phrase: str, **info: str) -> None:
        words = key_of(phrase)
        if not words or not all(words):
            return
        if layer == "actor" and kind in _DEFINITE_NAMES and normalize(phrase).startswith("ال"):
            info = {**info, "definite": "1"}  # اليمن: يمن without the article is a verb
        elif layer == "actor" and kind in _BARE_NAMES:
            info = {**info, "definite": "0"}  # سيول: السيول are floods, not Seoul
        if layer in ("actor", "trigger") and strip_diacritics(phrase).rstrip().endswith("ة"):
            # قادة, طلبة: written ه, the word is قاده (led him); مظاهرة (a demonstration)
            # written ه is مظاهره (its manifestations)
            info = {**info, "ta": "1"}
        same = self.nouns[layer][words[0]]
        entry = Entry(layer, kind, words, tuple(sorted(info.items())))
        base = {k: v for k, v in info.items() if k != "definite"}
        free = Entry(layer, kind, words, tuple(sorted(base.items())))
        twins = [
            x for x in same if x.words == words and x != entry and _without_definite(x) == free
        ]
        if twins:
            # الحوثيون and حوثيون both listed: the name goes with or without the article
            same[:] = [x for x in same if x not in twins]
            entry = free
        same.append(entry)
        self.size += 1
        if kind in ("person", "given"):  # عبد الفتاح / عبدالفتاح: written apart or joined
            other = _join_abd(words)
            if other != words:
                self.nouns[layer][other[0]].append(replace(entry, words=other))
                self.size += 1

    def add_verb(self, surface: str, rest: tuple[str, ...], **info: str) -> None:
        """A conjugated verb form (first word), optionally followed by noun words."""
        entry = Entry("trigger", "verb", (normalize(surface),) + rest, tuple(sorted(info.items())))
        self.verbs[entry.words[0]].append(entry)
        self.size += 1

    def finish(self) -> Lexicon:
        self.first_words = frozenset(w for layer in self.nouns.values() for w in layer)
        for layer in self.nouns.values():
            for entries in layer.values():
                entries.sort(key=lambda e: -len(e.words))
        for entries in self.verbs.values():
            entries.sort(key=lambda e: -len(e.words))
        return self


def _load_actions(lex: Lexicon) -> None:
    for r in _rows("actions.tsv"):
        aid, preps = r.get("action_id", ""), "|".join(normalize(p) for p in _alts(r.get("preps")))
        if not aid:
            continue
        # an event even when the text names no actor (مظاهرات, غارة): kg.events keeps it
        alone = {"alone": "1"} if r.get("alone") == "1" else {}
        if r.get("needs"):  # what another sense of the word lacks (data/README.md)
            alone["needs"] = r["needs"]
        past_words = normalize(r.get("past", "")).split()
        present_words = normalize(r.get("present", "")).split()
        past = past_words[0] if past_words else ""
        present = present_words[0] if present_words else ""
        rest = tuple(_strip_article(w) for w in (past_words or present_words)[1:])
        # the active participle of a derived verb (يطالب -> مطالب): مطالبين الحكومة
        derived = present.startswith("ي") and len(present) >= 4 and present[2] not in "وي"
        participle = "م" + present[1:] if derived else ""
        masdars = _alts(r.get("masdar"))
        for masdar in masdars:
            flag = {"participle": "also"} if normalize(masdar) == participle else {}
            lex.add_noun(
                "trigger", "noun", masdar, action_id=aid, preps=preps, form=masdar, **flag, **alone
            )
        if (
            participle
            and len(present_words) == 1
            and participle not in map(normalize, masdars)
            and participle not in lex.nouns["actor"]  # متظاهر is a role already
        ):
            lex.add_noun("trigger", "noun", participle, action_id=aid, preps=preps,
                         form=participle, participle="only", **alone)  # fmt: skip
        forms = dict(conjugate(past, present))
        for shadowed in SHADOWED_FORMS.get(past, ()):
            forms.pop(normalize(shadowed), None)  # توقع: "expected", not "she signs"
        for extra in _alts(r.get("forms")):
            w = normalize(extra).split()
            if len(w) == 1:
                forms.setdefault(w[0], _listed_form(w[0], normalize(past)))
            else:  # a multiword extra form is an idiom: index it as a noun phrase
                # (a finite one, شن هجوما, is read as a verb; التوصل إلى اتفاق stays a noun)
                nominal = w[0].startswith("ال") or w[0] in map(normalize, masdars)
                verbal = {} if nominal else {"verbal": "1"}
                lex.add_noun(
                    "trigger",
                    "noun",
                    extra,
                    action_id=aid,
                    preps=preps,
                    form=extra,
                    **verbal,
                    **alone,
                )
                if nominal:
                    continue
                # ... and, for a VSO subject inside it (قطعت المغرب علاقاتها), as a verb
                # whose rest may follow the subject
                tense = "present" if w[0][0] in "يت" else "past"
                rest_words = tuple(_strip_article(x) for x in w[1:])
                lex.add_verb(w[0], rest_words, action_id=aid, preps=preps, tense=tense,
                             person="3", form=extra, gap_only="1", **alone)  # fmt: skip
        # سيطر على: its object comes only with its preposition, so سيطرتها is the verbal
        # noun سيطرة with a possessive, never سيطرت with an object pronoun
        possessed = (
            {"possessed_masdar": "1"}
            if preps and normalize(past) + "ه" in map(normalize, masdars)
            else {}
        )
        for surface, (tense, person) in forms.items():
            lex.add_verb(
                surface,
                rest,
                action_id=aid,
                preps=preps,
                tense=tense,
                person=person,
                form=r.get("past", ""),
                **alone,
                **possessed,
            )


# The person a present form's prefix marks.
_PRESENT_PERSONS = {"ي": "3", "ت": "3f", "ن": "1p"}


def _listed_form(w: str, past: str) -> tuple[str, str]:
    """(tense, person) of a verb form listed by hand: a past one opens with the past's
    stem (تبنت، نفوا after تبنى، نفى) and marks its person by its ending (دعت: she;
    كبدوا: they; دعونا: we; دعوت: I); a present one by its prefix (تدعو، تتبنى: she;
    ندعو: we; يدعون: they)."""
    stem = past[:-1] if past.endswith(("ي", "ا")) else past  # (normalised: ى is ي)
    if w[0] in "يتن" and not (stem and w.startswith(stem)):
        if w[0] == "ي" and w.endswith(("ون", "ين")):
            return "present", "3p"
        return "present", _PRESENT_PERSONS[w[0]]
    if w.endswith("وا"):
        return "past", "3p"
    if w.endswith("نا"):
        return "past", "1p"
    if w.endswith(("وت", "يت")):
        return "past", "1s"
    return "past", "3f" if w.endswith("ت") else "3"


# Noun files: (file, layer, kind or None to read it from the "kind" column,
# the column of forms, {entry field: file column}).
_NOUN_FILES = (
    ("countries.tsv", "actor", "country", "forms", {"iso3": "iso3"}),
    ("demonyms.tsv", "actor", "demonym", "base", {"iso3": "iso3"}),
    (
        "metonyms.tsv",
        "actor",
        "metonym",
        "form",
        {"iso3": "iso3", "sector": "sector", "label": "label_en", "body": "body"},
    ),
    ("organisations.tsv", "actor", "org", "form", {"code": "code"}),
    ("cities.tsv", "actor", "city", "form", {"iso3": "iso3"}),
    (
        "roles.tsv",
        "actor",
        "role",
        "form",
        {
            "sector": "sector",
            "role": "kind",
            "label": "label_en",
            "implies": "implies",
            "office": "office",
            "states": "states",
            "not_states": "not_states",
        },
    ),
    ("persons.tsv", "actor", "person", "form", {"person_id": "person_id"}),
    ("given_names.tsv", "actor", "given", "form", {}),
    (
        "concepts.tsv",
        "concept",
        "concept",
        "form",
        {"concept_id": "concept_id", "label": "label_en", "event": "event"},
    ),
    ("cues.tsv", "cue", None, "forms", {}),
    ("registers.tsv", "cue", "register", "forms", {"register": "register"}),
)


@cache
def load_lexicon() -> Lexicon:
    """Read every data file once per process."""
    lex = Lexicon()
    for name, layer, kind, column, fields in _NOUN_FILES:
        for r in _rows(name):
            info = {field: r.get(col, "") for field, col in fields.items()}
            for form in _alts(r.get(column)):
                lex.add_noun(layer, kind or r["kind"], form, **info)
    # broken plurals the nisba rule cannot derive (روس, أتراك)
    for r in _rows("demonyms.tsv"):
        for form in _alts(r.get("irregular")):
            lex.add_noun("actor", "demonym", form, iso3=r["iso3"], plural="1")
    _load_military_units(lex)
    _load_quoted_names(lex)
    _load_knowledge_base(lex)
    _load_actions(lex)
    return lex.finish()


# A military unit named by its ordinal (اللواء الرابع، الفرقة الثالثة، الكتيبة الأولى,
# الفيلق الخامس) is a force, a group of the military; alone اللواء is a rank (or a
# governorate) and فرقة a troupe, so only the unit and its ordinal together.
_UNITS = {"لواء": "brigade", "فيلق": "corps", "فرقة": "division", "كتيبة": "battalion"}
_UNITS_FEMININE = frozenset({"فرقة", "كتيبة"})
_ORDINALS = (
    ("أول", "أولى"), ("ثاني", "ثانية"), ("ثالث", "ثالثة"), ("رابع", "رابعة"),
    ("خامس", "خامسة"), ("سادس", "سادسة"), ("سابع", "سابعة"), ("ثامن", "ثامنة"),
    ("تاسع", "تاسعة"), ("عاشر", "عاشرة"),
)  # fmt: skip


# Nouns of a kind of body that a group's name opens with (تنظيم القاعدة, حركة فتح,
# حركة الشباب): the rest of the name, in quotes, is the group (تنظيم «القاعدة», «فتح»).
_BODY_KINDS = frozenset(normalize(w) for w in ("تنظيم", "حركة", "حزب", "جبهة", "جماعة"))


def _load_quoted_names(lex: Lexicon) -> None:
    for r in _rows("organisations.tsv"):
        words = key_of(r["form"])
        if len(words) == 2 and words[0] in _BODY_KINDS and len(words[1]) > 2:  # (الله)
            entry = Entry("actor", "org", words[1:], (("code", r["code"]),))
            lex.quoted.setdefault(words[1], entry)


def _load_military_units(lex: Lexicon) -> None:
    for unit, label in _UNITS.items():
        info = (("label", label), ("role", "group"), ("sector", "MIL"))
        lex.units[normalize(unit)] = Entry("actor", "role", (normalize(unit),), info)
        for masculine, feminine in _ORDINALS:
            ordinal = feminine if unit in _UNITS_FEMININE else masculine
            lex.add_noun(
                "actor", "role", f"{unit} {ordinal}", sector="MIL", role="group", label=label
            )


# Kinds of role words that name bodies and groups, not one person's title.
_BODY_ROLES = frozenset({"group", "definite", "owned", "alliance"})


def _names_a_body(lex: Lexicon, form: str, person: bool = False) -> bool:
    """A dictionary place or person that opens with a body of the hand tables (الكونغرس
    الأميركي, أمن وطني أردني, سلاح جو أردني): a body named with its country, which the
    role and the nationality after it read."""
    words = key_of(form)

    def body(e: Entry) -> bool:
        if e.kind == "metonym":  # (a capital's name is also a given name: رياض)
            return not person or e.get("sector") != "GOV"
        return e.kind == "org" or (e.kind == "role" and e.get("role") in _BODY_ROLES)

    return bool(words) and any(
        body(e) and len(e.words) < len(words) and words[: len(e.words)] == e.words
        for e in lex.nouns["actor"].get(words[0], ())
    )


def _office_only(lex: Lexicon, form: str) -> bool:
    """A dictionary "person" that is a title and a place or nationality with no name
    (أمير منطقة رياض, مسؤول عراقي, رئيس وزير بريطانيا): an office, which the title and
    what follows it read (its holder on the article's date)."""
    words = key_of(form)
    if len(words) < 2:
        return False
    title = any(
        e.kind == "role" and e.get("role") in ("person", "named") and e.words == words[:1]
        for e in lex.nouns["actor"].get(words[0], ())
    )
    place = any(
        e.kind in ("country", "demonym", "metonym", "city") and e.words == words[-1:]
        for e in lex.nouns["actor"].get(words[-1], ())
    )
    return title and place


def _load_knowledge_base(lex: Lexicon) -> None:
    """Arabic names of the actor knowledge base (kg/data/kb/names_ar.tsv), after the
    hand-written tables (which win on the same words): persons and bodies with their
    ids, offices (وزارة دفاع أميركي) as a country's sector, places as places only."""
    from kg.kb import kb_names

    for form, ref in kb_names("ar"):
        kind, _, rest = ref.partition(":")
        if ref.startswith("person/"):
            if not (_names_a_body(lex, form, person=True) or _office_only(lex, form)):
                lex.add_noun("actor", "person", form, person_id=ref.removeprefix("person/"))
        elif ref.startswith("org/") or kind == "org":
            lex.add_noun("actor", "org", form, code=ref if ref.startswith("org/") else rest)
        elif kind == "country":
            iso3, _, sector = rest.partition(":")
            if sector:
                lex.add_noun("actor", "metonym", form, iso3=iso3, sector=sector, label="")
            elif not _names_a_body(lex, form):
                lex.add_noun("actor", "city", form, iso3=iso3)  # a place, never an actor
