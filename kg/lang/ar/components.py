"""spaCy components of the Arabic pipeline, registered as factories.

``kg_ar_sentences_v1`` -> ``kg_ar_lexicon_v1`` -> ``kg_ar_events_v1``; results
hang on ``doc._.ar_hits`` (lexicon hits per layer) and ``doc._.kg_mentions``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from kg import actors as A
from kg.lang import ensure_extensions, set_mentions
from kg.lang.ar.actors import (
    ArticleMemory,
    build_phrases,
    has_article,
    people_adjectives,
    wrong_article,
)
from kg.lang.ar.caches import recall, remember
from kg.lang.ar.frames import action_plover, code_sentence, place_of
from kg.lang.ar.lexicon import Entry, Lexicon, load_lexicon
from kg.lang.ar.matcher import Hit, match_layers, resolve_overlaps, stem_map, word_info
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import (
    CLOSING_QUOTES,
    FUNCTION_WORDS,
    PAIRED_QUOTES,
    PREPOSITIONS,
    QUOTE_MARKS,
)
from kg.lang.ar.syntax import Sentence, analyse

__all__ = ["sentence_splitter", "LexiconMatcher", "EventExtractor"]

_ENDS = {".", "!", "?", "؟", "…"}


@dataclass
class _Tokens:
    """Per-token columns read once from the Doc's arrays (creating Token objects is slow)."""

    words: list[str]
    norms: list[str]
    idx: list[int]
    space: list[bool]
    skip: set[int]
    starts: list[int]  # sentence start token indices
    infos: list  # matcher.word_info per token
    text: str


_ABBREVIATIONS = frozenset({"الخ", "إلخ", "اهـ"})  # "etc.", "end of quote"


def _abbreviation(words: list[str], i: int) -> bool:
    """A full stop after one letter or after "etc." abbreviates (د. هشام, د.ب.أ, الخ.)."""
    if words[i] != "." or i == 0:
        return False
    w = words[i - 1]
    return (len(w) == 1 and w.isalpha()) or w in _ABBREVIATIONS


# Openers of another story ("in another context", "on the other hand", "meanwhile"): a
# text whose full stops were lost in scraping runs two reports together, and each has
# actors of its own.
_NEW_STORY = [
    tuple(normalize(w) for w in m.split())
    for m in (
        "في سياق آخر", "وفي سياق آخر", "في شأن آخر", "وفي شأن آخر", "على صعيد آخر",
        "وعلى صعيد آخر", "من جهة أخرى", "ومن جهة أخرى", "من جهة ثانية", "ومن جهة ثانية",
        "من ناحية أخرى", "ومن ناحية أخرى", "في غضون ذلك", "وفي غضون ذلك",
    )
]  # fmt: skip
# "On one side ... on the other" pairs its sides (بين الجيش من جهة والحوثيين من جهة أخرى).
_ONE_SIDE = {(normalize("من"), normalize(w)) for w in ("جهة", "ناحية")}
_SIDE_REACH = 25


_STORY_FIRST = {m[0] for m in _NEW_STORY}


def _story_breaks(norms: list[str], starts: list[int]) -> list[int]:
    """Sentence starts at openers of another story inside a sentence."""
    out, begun = [], set(starts)
    for i in range(1, len(norms)):
        if norms[i] not in _STORY_FIRST:
            continue
        if i in begun or norms[i - 1] in ("،", ","):
            continue  # (وشدد الرئيس، من جهة أخرى، على: set off by commas, an aside)
        m = next((m for m in _NEW_STORY if tuple(norms[i : i + len(m)]) == m), None)
        if m is None:
            continue
        side = (m[-3].lstrip("و"), m[-2]) if len(m) >= 3 else None
        lo = max(0, i - _SIDE_REACH)
        if side in _ONE_SIDE and any(
            (norms[k].lstrip("و"), norms[k + 1]) == side for k in range(lo, i - 1)
        ):
            continue  # the other side of a pair, not another story
        out.append(i)
    return out


def _tokens(doc: Doc) -> _Tokens:
    cached = doc.user_data.get("kg_ar_tokens")
    if cached is not None:
        return cached
    arr = doc.to_array([ORTH, IDX, IS_SPACE, IS_PUNCT, SPACY])
    lex = load_lexicon()
    by_orth = lex.orth_cache  # ORTH id -> (text, word_info): one lookup per token
    strings = doc.vocab.strings
    orths = arr[:, 0].tolist()
    seen = dict.fromkeys(orths)  # each word once (an article repeats half its words)
    for orth in seen:
        found = recall(by_orth, orth)
        if found is None:
            w = strings[orth]
            found = remember(by_orth, orth, (w, word_info(lex, w)))
        seen[orth] = found
    words = [seen[orth][0] for orth in orths]
    infos = [seen[orth][1] for orth in orths]
    idx = arr[:, 1].tolist()
    space = arr[:, 2].astype(bool).tolist()
    skip = set((arr[:, 2] | arr[:, 3]).nonzero()[0].tolist())
    starts = ([0] if words else []) + [
        i + 1
        for i, w in enumerate(words[:-1])
        if (w in _ENDS and not _abbreviation(words, i)) or "\n" in w
    ]
    # doc.text would build every Token object; the columns give the same string
    norms = [x[0] for x in infos]
    starts = sorted(set(starts) | set(_story_breaks(norms, starts)))
    ws = arr[:, 4].tolist()
    text = "".join([w + " " if sp else w for w, sp in zip(words, ws, strict=True)])
    t = _Tokens(words, norms, idx, space, skip, starts, infos, text)
    doc.user_data["kg_ar_tokens"] = t
    return t


@Language.component("kg_ar_sentences_v1")
def sentence_splitter(doc: Doc) -> Doc:
    """Sentences end at . ! ? ؟ and at line breaks (headlines have no full stop)."""
    if len(doc) == 0:
        return doc
    t = _tokens(doc)
    # Starts (and one non-start after each) are enough for doc.sents; set as one
    # column: each Token.is_sent_start assignment scans the whole Doc for a parse.
    starts = set(t.starts)
    column = doc.to_array([SENT_START]).view("int64")  # -1 is stored as uint64
    for i in t.starts:
        column[i] = 1
        if i + 1 < len(doc) and i + 1 not in starts:
            column[i + 1] = -1
    doc.from_array([SENT_START], column.view("uint64"))
    return doc


def _in_range(starts: list[int], hits: list, a: int, b: int) -> list:
    """Hits starting in tokens [a, b), by bisection (hits are sorted by start)."""
    return hits[bisect_left(starts, a) : bisect_left(starts, b)]


class LexiconMatcher:
    """Finds actors, triggers, concepts and cues, clitics and all."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()
        if not Doc.has_extension("ar_hits"):
            Doc.set_extension("ar_hits", default=None)

    def __call__(self, doc: Doc) -> Doc:
        t = _tokens(doc)
        norms = t.norms
        hits = resolve_overlaps(
            match_layers(self.lexicon, norms, t.skip, PREPOSITIONS, t.infos, t.words),
            norms,
            FUNCTION_WORDS,
            t.words,
        )
        # reporting verbs are verbs: a nominal reading (التابع, بالإضافة) is not one
        hits["cue"] = [
            h
            for h in hits["cue"]
            if not (
                h.kind in ("report", "speaker_quote")
                and any(c in h.prefix for c in ("ال", "ب", "ل", "ك"))  # وكيري is not يرى
            )
            and h.kind != "negation"  # negators are grammar: rules.NEGATORS
            and not (h.end - h.start == 1 and norms[h.start] in PREPOSITIONS)  # بين is "between"
        ]
        hits["actor"] = people_adjectives(
            _numbered_units(self.lexicon, _quoted_names(self.lexicon, hits["actor"], t), t),
            norms,
        )
        doc._.ar_hits = hits
        return doc


def _numbered_units(lex: Lexicon, actors: list[Hit], t: _Tokens) -> list[Hit]:
    """A unit named by its number (الفرقة 30, اللواء 33, للكتيبة 101) is a force, a
    group of the military; before a name the same word is a rank (اللواء فلان)."""
    norms, out = t.norms, None
    for i in range(len(norms) - 1):
        if not norms[i + 1].isdigit() or not norms[i].startswith(_UNIT_ARTICLES):
            continue
        a = next((a for s, a in stem_map(norms[i]).items() if s in lex.units), None)
        if a is None or not has_article(a.prefix):
            continue
        out = [h for h in (out or actors) if not h.start <= i < h.end]
        out.append(Hit(i, i + 2, lex.units[a.stem], a))
    return sorted(out, key=lambda h: h.start) if out is not None else actors


_UNIT_ARTICLES = ("ال", "وال", "بال", "لل", "ولل", "فال", "وبال")


def _quoted_names(lex: Lexicon, actors: list[Hit], t: _Tokens) -> list[Hit]:
    """A word in quotes that the rest of a group's name (تنظيم «القاعدة», حركة «الشباب»,
    و«فتح»): the group, though alone the word is an ordinary one (base, youth, opened)."""
    words, out, changed = t.words, list(actors), False
    at = {h.start: h for h in actors if h.end - h.start == 1}
    # (only words before a closing mark: most articles have few)
    for i in [j - 1 for j in range(2, len(words)) if words[j] in CLOSING_QUOTES]:
        if not (words[i - 1] in QUOTE_MARKS or words[i][1:2] in QUOTE_MARKS):
            continue
        entry = next((lex.quoted[s] for s in stem_map(t.norms[i]) if s in lex.quoted), None)
        old = at.get(i)
        if entry is None or (old is not None and old.kind == "org"):
            continue
        if old is None and any(h.start <= i < h.end for h in actors):
            continue
        out = [h for h in out if h is not old]
        out.append(Hit(i, i + 1, entry, stem_map(t.norms[i])[entry.words[0]]))
        changed = True
    return sorted(out, key=lambda h: h.start) if changed else actors


class EventExtractor:
    """Clause rules over each sentence; writes ``doc._.kg_mentions``."""

    def __call__(self, doc: Doc) -> Doc:
        ensure_extensions()
        hits = doc._.ar_hits
        t = _tokens(doc)
        words, norms, idx = t.words, t.norms, t.idx
        hits["actor"] = _shared_cities(_amman_or_oman(hits["actor"], t), t)
        covered = {i for layer in hits.values() for h in layer for i in range(h.start, h.end)}
        # a country's name found without its article is no place (كاميرون the man, not
        # الكاميرون); one found with it still points at its country (السورية: Syrian)
        places = [h for h in hits["actor"] if not (wrong_article(h) and not has_article(h.prefix))]
        memory = ArticleMemory(
            home=_home_country(places, t),
            named=_countries_named(places),
            coalition=_coalition(hits["actor"]),
            when=doc._.kg_date if Doc.has_extension("kg_date") else None,
        )
        article_register = (
            _article_register(hits["cue"], len(words))
            or _opinion(hits["cue"], t)
            or _commentary(hits["cue"], t)
        )
        mentions = []
        bounds = t.starts + [len(words)]
        starts = {k: [h.start for h in v] for k, v in hits.items()}  # hits are in token order
        busy = sorted(
            {h.start for layer in ("trigger", "cue") for h in hits[layer] if h.kind != "register"}
            | {h.start for h in hits["actor"] if h.entry.get("implies")}
        )
        told = ""  # the register the sentence before tells by its own words
        for a, b in zip(bounds, bounds[1:], strict=False):
            while a < b and t.space[a]:
                a += 1
            while b > a and t.space[b - 1]:
                b -= 1
            if a >= b:
                continue
            sh = {k: _in_range(starts[k], v, a, b) for k, v in hits.items()}
            before, told = told, _register(sh["cue"])
            is_busy = bisect_left(busy, b) > bisect_left(busy, a)
            if not sh["actor"] and not is_busy:
                continue
            phrases = build_phrases(
                sh["actor"], words, norms, idx, t.text, covered, memory, memory.speaker, (a, b)
            )
            if not is_busy:
                continue  # actors only: they update the article memory, no event to read
            s = Sentence(
                a, b, idx[a], idx[b - 1] + len(words[b - 1]), words, norms, idx, sh, phrases
            )
            s.register = told or article_register
            s.carried = _carried_register(before)
            clauses, preds = analyse(s, memory, action_plover)
            mentions.extend(code_sentence(s, clauses, preds, t.text, memory.home, memory.scene))
            memory.scene = place_of(s) or memory.scene
        set_mentions(doc, mentions)
        doc._.ar_hits = None  # internal; Docs must stay serialisable for n_process > 1
        doc.user_data.pop("kg_ar_tokens", None)
        return doc


# An article is in a register (sports, business ...) when at least this many of its
# words belong to it; in a brief (fewer words than _BRIEF_WORDS) two are as many: a
# footballer's transfer or a club's election is told in four sentences. (Only for the
# registers whose words seldom stand in political news: not a hospital the wounded were
# taken to, tourists a visa waiver is for, the civil defence at a shell's impact.)
_ARTICLE_REGISTER_MIN = 3
_BRIEF_REGISTER_MIN = 2
_BRIEF_WORDS = 120
_BRIEF_REGISTERS = frozenset({"sports", "weather", "crime"})


# عمان is both Amman and Oman: Amman where the article is about Jordan and says nothing
# only Oman has (سلطنة عمان، مسقط، العماني).
_AMMAN = Entry(
    "actor", "metonym", ("عمان",), (("definite", "0"), ("iso3", "JOR"), ("label", "Amman"),
                                    ("sector", "GOV"))
)  # fmt: skip
_OMAN_CUES = frozenset({"مسقط", "قابوس", "سلطنه"})


def _amman_or_oman(actors: list, t) -> list:
    bare = [h for h in actors if h.kind == "country" and h.entry.words == ("عمان",)]
    if not bare:
        return actors
    jordan = any(h.entry.get("iso3") == "JOR" for h in actors)
    oman = any(h.entry.get("iso3") == "OMN" and h.kind != "country" for h in actors) or any(
        w in _OMAN_CUES for w in t.norms
    )
    if not jordan or oman:
        return actors
    return [
        replace(h, entry=_AMMAN) if h in bare and "ُ" not in t.words[h.start] else h for h in actors
    ]


# Hits that say which country a place is in: its sentence's and article's other places
# and nationalities.
_PLACE_KINDS = frozenset({"country", "city", "metonym", "demonym"})


def _city_entries(words: tuple[str, ...]) -> list[Entry]:
    """The entries of a city name, one per country it is listed in."""
    same = load_lexicon().nouns["actor"].get(words[0], [])
    return [e for e in same if e.kind == "city" and e.words == words]


def _shared_cities(actors: list, t) -> list:
    """A city listed in two countries (رفح: Egypt and Palestine) is in the one its
    sentence's other places and nationalities name most (بشمال سيناء, الأمن المصري), else
    the article's; where neither tells, in the country listed first."""
    shared = {
        i: found
        for i, h in enumerate(actors)
        if h.kind == "city" and len(found := _city_entries(h.entry.words)) > 1
    }
    if not shared:
        return actors
    named = [
        (bisect_right(t.starts, h.start), h.entry.get("iso3"))
        for i, h in enumerate(actors)
        if i not in shared and h.kind in _PLACE_KINDS and h.entry.get("iso3")
    ]
    out = list(actors)
    for i, entries in shared.items():
        here = bisect_right(t.starts, actors[i].start)
        for scope in ([c for k, c in named if k == here], [c for _, c in named]):
            counts = sorted((scope.count(e.get("iso3")), n) for n, e in enumerate(entries))
            if counts[-1][0] and counts[-1][0] > counts[-2][0]:
                out[i] = replace(actors[i], entry=entries[counts[-1][1]])
                break
    return out


def _countries_named(actors: list) -> dict[str, int]:
    """How often an article names each country by its places and nationalities."""
    counts: dict[str, int] = {}
    for h in actors:
        iso3 = h.entry.get("iso3") if h.kind in _PLACE_KINDS else None
        if iso3:
            counts[iso3] = counts.get(iso3, 0) + 1
    return counts


def _home_country(actors: list, t) -> str | None:
    """The article's country: the place of its dateline (الرياض - واس, فلان - سبق - جدة:),
    else the country its places point at most (at least twice; with fewer places, its
    known officials and titles of one state count too). A place the first sentence only
    tells of (وصل الوفد إلى طرابلس) is not the article's country."""
    first_end = min(t.starts[1] if len(t.starts) > 1 else 10**9, 12)
    counts: dict[str, int] = {}
    for h in actors:
        if h.kind not in ("country", "city", "metonym"):
            continue
        iso3 = h.entry.get("iso3")
        if h.start < first_end and iso3 and _dateline(h, t.words):
            # a dateline names a city: عمان there is Amman, not the Sultanate
            amman = iso3 == "OMN" and normalize(t.words[h.start]) == normalize("عمان")
            return "JOR" if amman else iso3
        counts[iso3] = counts.get(iso3, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    if best[1] < 2:
        # few places: its persons and titles of one state count too (أبها، خادم الحرمين)
        for iso3 in filter(None, map(_state_of_name, actors)):
            counts[iso3] = counts.get(iso3, 0) + 1
        best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] >= 2 else None


def _state_of_name(h) -> str | None:
    """The state of an official the hand-written tables know (not a rebel leader's), or
    of a title's own office."""
    if h.kind == "person":
        p = A.persons().get(h.entry.get("person_id") or "")
        official = p is not None and p.sector in A.STATE_SECTORS
        return p.country if official and p.country in A.countries() else None
    fixed = (h.entry.get("office") or "").partition(":")[0] if h.kind == "role" else ""
    return fixed if fixed in A.countries() else None


# Dashes around the place of a dateline; a colon or a line end after it.
_DASHES = ("-", "–", "—", "ـ")
_DATELINE_ENDS = (*_DASHES, ":", "\n")


def _dateline(h, words: list[str]) -> bool:
    """A place set off by a dateline's marks: الرياض - واس, سبق- جدة:, كاتب – جدة⏎."""
    before = words[h.start - 1].strip() if h.start else ""
    after = words[h.end].strip(" \t") if h.end < len(words) else ""
    return (
        after.startswith(_DATELINE_ENDS)
        or before.endswith(_DASHES)
        or words[h.end - 1].endswith(_DATELINE_ENDS)
    )


# The coalitions at war in an article's places and groups: the Saudi-led one in Yemen,
# the US-led one against the Islamic State in Iraq and Syria.
_COALITION_THEATRES = {"YEM": "SAUCOAL", "HOUTHI": "SAUCOAL", "IRQ": "USCOAL", "SYR": "USCOAL"}
_COALITION_THEATRES |= {"ISIS": "USCOAL"}


def _coalition(actors: list) -> str | None:
    """The coalition a bare التحالف means: that of the war whose places and groups the
    article names most, if any."""
    counts: dict[str, int] = {}
    for h in actors:
        if h.kind in ("country", "city", "metonym", "demonym", "org"):
            code = _COALITION_THEATRES.get(h.entry.get("iso3") or h.entry.get("code") or "")
            if code:
                counts[code] = counts.get(code, 0) + 1
    best = sorted(counts.items(), key=lambda kv: -kv[1])
    if not best or (len(best) > 1 and best[0][1] == best[1][1]):
        return None  # both wars, as often: no guess
    return best[0][0]


# A sentence is in a register when at least this many of its words belong to it: one
# hospital or company in a report of an attack does not make it health or business news.
_SENTENCE_REGISTER_MIN = 2


# Registers one word is enough for: a traffic accident, a storm, a theft.
_ONE_WORD_REGISTERS = frozenset({"accident", "weather", "crime"})


# Registers a sentence passes on to the next: a crash, a fire or a flood told, the sentence
# after it tells its toll (قتل 27 شخصا، أصيب عشرات) with no word of its own for it, and no
# one killed them (frames; the sentence's own register and its other events stay).
_CARRIED_REGISTERS = frozenset({"accident"})


def _carried_register(before: str) -> str:
    """The register the sentence before passes on, if it is one that carries."""
    return before if before in _CARRIED_REGISTERS else ""


def _register(cues: list) -> str:
    """The register most of the register words among a sentence's ``cues`` belong to."""
    strong = [
        h for h in cues if h.kind == "register" and h.entry.get("register") in _ONE_WORD_REGISTERS
    ]
    return _dominant(strong, 1) or _dominant(cues, _SENTENCE_REGISTER_MIN)


def _article_register(cues: list, n_words: int) -> str:
    if n_words < _BRIEF_WORDS:
        brief = _dominant(cues, _BRIEF_REGISTER_MIN)
        if brief in _BRIEF_REGISTERS:
            return brief
    return _dominant(cues, _ARTICLE_REGISTER_MIN)


# Marks of a writer arguing: exclamations and questions outside quotations.
_ARGUING_MARKS = frozenset({"!", "؟", "?"})


def _opinion(cues: list, t: _Tokens) -> str:
    """A column, not a report: the writer says "I" (أرى، أعتقد) or asks and exclaims
    twice, outside quotations (a quoted speaker's «أنا» is news)."""
    quoted, close = set(), None
    for i, w in enumerate(t.words):
        if close is None and w in PAIRED_QUOTES:
            close = PAIRED_QUOTES[w]  # (straight quotes are paired apart)
        elif close is not None:
            if w == close:
                close = None
            else:
                quoted.add(i)
    quoted |= _between_straight_quotes(t.words)
    first = sum(
        1
        for h in cues
        if h.kind == "first_person_singular"
        and h.start not in quoted
        and not h.first.suffix  # (إريك is Eric, not أرى + ك)
        and h.first.prefix in ("", "و", "ف")
    )
    marks = sum(1 for i, w in enumerate(t.words) if w in _ARGUING_MARKS and i not in quoted)
    return "opinion" if first or marks >= 2 else ""


# A report tells who said what (قال، أعلن، بحسب، مضيفا) and on which day (أمس، الثلاثاء);
# its lead says who said it (صرح المتحدث بأن ...) or a dateline stands before it (الرياض -
# واس). A long article that names no such day, with no dateline, a lead that tells of no
# one saying anything and fewer reporting words than _REPORTING_PER_100 per hundred words,
# is a column, an analysis, a sermon or a greeting: it argues, it reports nothing (on six
# samples of real articles, 1 in 12 of such articles' events was right; 2 in 5 elsewhere).
_COMMENTARY_MIN_WORDS = 250
_REPORTING_PER_100 = 1.0
_REPORTING = frozenset({"report", "according_to", "speaker_quote"})
_NEWS_DAYS = frozenset(
    f + normalize(w)
    for w in "أمس بالأمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس السبت".split()
    for f in ("", "و")
)  # (not الجمعة: the Friday prayer and its sermon; not اليوم, also "nowadays")
_DATELINE_WORDS = 12
_LEAD_WORDS = 50  # (a text with no full stops has no first sentence)


def _commentary(cues: list, t: _Tokens) -> str:
    """A long article that names no day and quotes almost no one, with no dateline and a
    lead that tells of no one saying anything."""
    n = sum(1 for w in t.words if not w.isspace())
    head = t.words[:_DATELINE_WORDS]
    # (a dash alone or glued to a name: سبق- جدة; not the kashida of لـ)
    if n < _COMMENTARY_MIN_WORDS or any(w in _DASHES or w.endswith(_DASHES[:3]) for w in head):
        return ""
    if any(w in _NEWS_DAYS for w in t.norms):
        return ""
    reporting = [h.start for h in cues if h.kind in _REPORTING]
    lead = min(t.starts[1] if len(t.starts) > 1 else len(t.words), _LEAD_WORDS)
    if reporting and reporting[0] < lead:
        return ""  # (a lead that tells who said it: صرح المتحدث بأن ...)
    return "opinion" if len(reporting) * 100 < _REPORTING_PER_100 * n else ""


def _between_straight_quotes(words: list[str]) -> set[int]:
    """Tokens between pairs of straight double quotes ("...")."""
    marks = [i for i, w in enumerate(words) if '"' in w]
    out: set[int] = set()
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        out.update(range(a + 1, b))
    return out


def _dominant(cues: list, at_least: int) -> str:
    counts: dict[str, int] = {}
    for h in cues:
        if h.kind == "register":
            counts[h.entry.get("register")] = counts.get(h.entry.get("register"), 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    return best[0] if best[1] >= at_least else ""


@Language.factory("kg_ar_lexicon_v1", assigns=["doc._.ar_hits"])
def make_lexicon_matcher(nlp: Language, name: str) -> LexiconMatcher:
    return LexiconMatcher()


@Language.factory("kg_ar_events_v1", assigns=["doc._.kg_mentions"], requires=["doc._.ar_hits"])
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor()
