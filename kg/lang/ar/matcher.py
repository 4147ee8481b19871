"""Lexicon matching over tokens: every layer's longest matches, clitics allowed."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kg.lang.ar.caches import WORDS, recall, remember
from kg.lang.ar.lexicon import Entry, Lexicon
from kg.lang.ar.morphology import (
    Analysis,
    conjugate,
    noun_stems,
    verb_readings,
    verb_stems,
)
from kg.lang.ar.normalize import normalize, strip_diacritics
from kg.lang.ar.rules import (
    GENERIC,
    MEMBER_WORDS,
    NUMBERS,
    PART_NOUNS,
    QUANTIFIERS,
    TIME_LINKS,
    VICTIM_NOUNS,
)

COUNTS = NUMBERS | QUANTIFIERS
# A word's article, with the clitics before it (الجيش، والجيش، بالجيش، للجيش).
_DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وبال")

__all__ = ["Hit", "match_layers", "resolve_overlaps", "stem_map", "word_info"]


@dataclass(frozen=True)
class Hit:
    """A lexicon entry found at tokens ``start:end`` (token indices)."""

    start: int
    end: int
    entry: Entry
    first: Analysis  # how the first word was read (its clitics)
    # the entry's kind and the first word's clitics, read a million times per thousand
    # articles: stored, not looked up
    kind: str = field(init=False, repr=False, compare=False)
    prefix: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", self.entry.kind)
        object.__setattr__(self, "prefix", self.first.prefix)


def _rest_matches(words: tuple[str, ...], stems: list[dict[str, Analysis]], i: int) -> bool:
    if i + len(words) > len(stems):
        return False
    return all(w in stems[i + k] for k, w in enumerate(words))


def _inside(words: tuple[str, ...], stems: list[dict[str, Analysis]], i: int) -> bool:
    """The later words of an act's phrase (هجوم مسلح) carry no preposition of their own
    unless the phrase writes it (تبادل لإطلاق النار): one on them opens another phrase."""
    return not any(
        stems[i + k][w].prefix.lstrip("و").startswith(("ل", "ب", "ك")) for k, w in enumerate(words)
    )


@lru_cache(maxsize=WORDS)
def stem_map(word: str) -> dict[str, Analysis]:
    """Stem -> the least-stripped analysis giving it (cached per word form)."""
    return {a.stem: a for a in noun_stems(word)}


# Quotation marks the tokenizer leaves inside a word: after a clitic (و«النصرة: and
# «Nusra») or glued to a name; the word is read without them. ("" stays: the clause
# analysis counts it to tell an opening mark from a closing one.)
_QUOTES = str.maketrans("", "", "«»“”")


def word_info(lex: Lexicon, raw: str) -> tuple[str, dict[str, tuple[str, ...]] | None, bool]:
    """(normalised form, stems each layer knows or None, may be a verb), cached per raw word."""
    found = recall(lex.word_cache, raw)
    if found is None:
        word = normalize(raw)
        bare = word.translate(_QUOTES)
        if bare and bare != word:
            word = bare
        layers = None
        # most words have a stem some layer knows, and the matcher reads their analyses
        # again (stem_map is cached): made once here
        stems = stem_map(word)
        if not lex.first_words.isdisjoint(stems):
            # in the order of the analyses (a set intersection would follow string hashes,
            # which change with every process: ties would be broken differently per run)
            layers = {n: tuple(k for k in stems if k in index) for n, index in lex.nouns.items()}
        verb = not lex.verbs.keys().isdisjoint([r[1] for r in verb_readings(word)])
        found = (word, layers if layers and any(layers.values()) else None, verb)
        remember(lex.word_cache, raw, found)
    return found


# (layer, word) -> (entry, analysis) of its best one-word reading, False for none, or
# None when a multiword entry may start there (decided per position).
_ONE_WORD: dict[tuple[int, str], tuple[Entry, Analysis] | bool | None] = {}
_UNSEEN = object()


# Names take clitics (وبروسيا) but no noun endings: السيولة (liquidity) is not سيول (Seoul).
_NAME_KINDS = frozenset({"country", "city", "metonym", "person", "org"})


def _fits(e: Entry, a: Analysis) -> bool:
    if e.kind == "demonym" and a.suffix.endswith("ات"):
        return False  # a nisba's ات plural names things (مجريات الأحداث), not a people
    return not (a.suffix and a.suffix != "ا" and e.kind in _NAME_KINDS)


def _fits_first(e: Entry, a: Analysis) -> bool:
    """An entry read off a word's start: an act is not read with "my" (منحى، مستوى: ى
    is written ي, a word of its own) nor as its nisba (قمعي، تخريبي: a kind, no act),
    but a protest's nisba names one (تجمع احتجاجي); a construct ending later is read
    (هجوم مسلحي)."""
    mine = e.layer == "trigger" and a.suffix == "ي" and e.get("action_id") != "protest"
    return _fits(e, a) and not mine


def _one_word_best(
    layer: dict[str, list[Entry]], stem_dict: dict[str, Analysis], known: tuple[str, ...]
) -> tuple[Entry, Analysis] | bool | None:
    if any(len(e.words) > 1 for stem in known for e in layer[stem]):
        return None
    best = None
    for stem in known:
        a = stem_dict[stem]
        e = next((e for e in layer[stem] if _fits_first(e, a)), None)
        if e is not None and (best is None or a.stripped < best[1].stripped):
            best = (e, a)
    return best or False


def _best_noun(
    layer: dict[str, list[Entry]],
    stems: list[dict[str, Analysis]],
    i: int,
    known: tuple[str, ...],
    word: str = "",
) -> Hit | None:
    if word:
        key = (id(layer), word)
        one = recall(_ONE_WORD, key, _UNSEEN)
        if one is _UNSEEN:
            one = remember(_ONE_WORD, key, _one_word_best(layer, stems[i], known))
        if one is False:
            return None
        if one is not None:
            return Hit(i, i + 1, one[0], one[1])
    best: tuple[tuple[int, int], Hit] | None = None
    nxt = stems[i + 1] if i + 1 < len(stems) else _EMPTY
    for stem in known:
        a = stems[i][stem]
        for e in layer[stem]:
            words = e.words
            # (the next word first: most entries of a common first word go on otherwise)
            if len(words) > 1 and (
                words[1] not in nxt or not _rest_matches(words[2:], stems, i + 2)
            ):
                continue
            if not _fits_first(e, a):
                continue
            if len(words) > 1 and not _fits(e, stems[i + len(words) - 1][words[-1]]):
                continue  # مدينة أبها is no مدينة إب with "her"
            if e.layer == "trigger" and not _inside(words[1:], stems, i + 1):
                continue  # هجوم لمسلحين: an attack by gunmen, no هجوم مسلح
            rank = (len(e.words), -a.stripped)
            if best is None or rank > best[0]:
                best = (rank, Hit(i, i + len(e.words), e, a))
            break  # entries are longest first
    return best[1] if best else None


def _best_verb(
    lex: Lexicon,
    norms: list[str],
    stems: list[dict[str, Analysis]],
    i: int,
    actor_tokens: frozenset[int] | set[int] = frozenset(),
) -> Hit | None:
    best: tuple[tuple[int, int], Hit] | None = None
    for a in verb_stems(norms[i]):
        for e in lex.verbs.get(a.stem, ()):
            if "س" in a.prefix and e.get("tense") == "past":
                continue  # ستواصل is "will continue" (واصل), never the past تواصل
            end = i + len(e.words)
            gap_only = e.get("gap_only") == "1"  # the noun idiom covers the unbroken phrase
            if gap_only or not _rest_matches(e.words[1:], stems, i + 1):
                # قطعت المغرب علاقاتها: the rest of a phrasal verb after its VSO subject
                j, found = i + 1, False
                while (j in actor_tokens or _in_subject(norms, j)) and len(e.words) > 1:
                    j += 1
                    if _rest_matches(e.words[1:], stems, j):
                        found = True  # فرقت قوات الأمن المتظاهرين: the rest may be an actor
                        break
                if not found:
                    continue
                end = i + 1
            # a sense whose preposition follows wins: دعا إلى (call for) over دعا ل (invite)
            preps = e.preps
            # the words after the verb, past its VSO subject (دعا الأمين العام للأمم المتحدة إلى)
            after = range(i + len(e.words), min(len(norms), i + len(e.words) + 12))
            window = [norms[k] for k in after if k not in actor_tokens][:4]
            # a preposition standing alone (إلى) says more than a one-letter clitic (لإطلاق)
            fits = max(
                (
                    2
                    if w in preps
                    else int(any(len(p) == 1 and w.startswith(p) and len(w) > 3 for p in preps))
                    for w in window
                ),
                default=0,
            )
            rank = (len(e.words), fits, -a.stripped)
            if best is None or rank > best[0]:
                best = (rank, Hit(i, end, e, a))
    return best[1] if best else None


# Words a VSO subject may open with before its actor: عناصر من الحزب، أفراد الشرطة.
_SUBJECT_OPENERS = frozenset(MEMBER_WORDS) | {"من"}


def _in_subject(norms: list[str], j: int) -> bool:
    """Token ``j`` opens a VSO subject (فتح عناصر من الحزب النار: past عناصر من)."""
    return j < len(norms) and norms[j] in _SUBJECT_OPENERS


def _noun_layer(lex, layer, active, infos, stems, norms, words) -> list[Hit]:
    """Non-overlapping longest hits of one noun layer, left to right."""
    index = lex.nouns.get(layer, {})
    hits, last_end = [], 0
    for i in active:
        if i < last_end:
            continue
        known = (infos[i][1] or _NO_LAYERS).get(layer)
        h = _best_noun(index, stems, i, known, norms[i]) if known else None
        if h and words is not None and _pronoun_not_ta(h, words[h.end - 1]):
            h = None
        if h:
            hits.append(h)
            last_end = h.end
    return hits


def _pronoun_not_ta(h: Hit, raw: str) -> bool:
    """A noun written with ة (قادة، طلبة) read off a word written with ه: the ه is a
    pronoun (قاده: led him, طلبه: his request); the corpus almost never writes ة as ه."""
    if h.entry.get("ta") != "1" or (h.end - h.start == 1 and h.first.suffix):
        return False
    return strip_diacritics(raw).endswith("ه")


def _ta_not_pronoun(h: Hit, raw: str) -> bool:
    """A word written with a final ة read as a verb or a verbal noun with the pronoun ه
    (normalised alike): ة is no pronoun (سيطرة is not سيطر + ه, عدة not وعد + ه); on a
    participle it is the feminine (مستهدفة)."""
    return h.first.suffix.endswith("ه") and strip_diacritics(raw).endswith("ة")


def _prefers_noun(hit: Hit) -> bool:
    """A nominal reading wins when the word carries nominal clitics (ال, ب, ل)."""
    p = hit.first.prefix
    return any(x in p for x in ("ال", "ب", "ك")) or p.endswith("ل")


def match_layers(
    lex: Lexicon,
    norms: list[str],
    skip: set[int],
    prepositions: frozenset[str] = frozenset(),
    infos: list | None = None,
    words: list[str] | None = None,
) -> dict[str, list[Hit]]:
    """Non-overlapping longest hits per layer (``actor``, ``concept``, ``cue``, ``trigger``).

    Args:
        lex: the loaded lexicon.
        norms: normalised token texts.
        skip: token indices never matched (punctuation, spaces).
        words: the tokens as written; a final ة (normalised to ه) is never a verb's
            object pronoun (سيطرة is control, not سيطر + ه).
    """
    n_tok = len(norms)
    if infos is None:
        infos = [word_info(lex, w) for w in norms]
    # only words some layer knows are looked at (most words are not)
    active = [i for i, x in enumerate(infos) if (x[1] is not None or x[2]) and i not in skip]
    stems = [_EMPTY] * n_tok
    for i in active:
        stems[i] = stem_map(norms[i])
    # a multiword entry may continue over words no layer starts with
    for i in range(n_tok):
        if stems[i] is _EMPTY and i not in skip and i > 0 and stems[i - 1] is not _EMPTY:
            stems[i] = stem_map(norms[i])
    out = {
        layer: _noun_layer(lex, layer, active, infos, stems, norms, words)
        for layer in ("actor", "concept", "cue")
    }
    nouns = lex.nouns.get("trigger", {})
    actor_tokens = {k for h in out["actor"] for k in range(h.start, h.end)}
    hits, last_end = [], 0
    for i in active:
        if i < last_end:
            continue
        known = (infos[i][1] or _NO_LAYERS).get("trigger")
        n = _best_noun(nouns, stems, i, known, norms[i]) if known else None
        if n is not None and words is not None and _pronoun_not_ta(n, words[n.end - 1]):
            n = None  # ومظاهره: its manifestations, not مظاهرة (a demonstration)
        if n is not None and words is not None and not n.entry.get("participle"):
            if _ta_not_pronoun(n, words[i]):
                n = None  # وعدة مئات: "and several", not وعده (his promise); مستهدفة stays
        v = _best_verb(lex, norms, stems, i, actor_tokens) if infos[i][2] else None
        if v is not None and words is not None and _ta_not_pronoun(v, words[i]):
            v = None
        if (
            v is not None
            and n is None
            and (_verb_cannot_follow(norms, i, prepositions) or _counted(norms, i))
        ):
            v = None  # بعد توقف استمر سبعة أعوام: a halt, not "she arrests"
        if not n and not v:
            continue
        if n is not None and v is not None and _given(norms, i, n):
            v = None  # قدم الوزير شكره لنظيره: "his thanks", given, not "he thanked him"
        # after a preposition, a construct noun (بموازاة دعم) or a quantifier (أي تعاون),
        # a bare form is a noun
        construct = i > 0 and (
            norms[i - 1] in prepositions
            or norms[i - 1] in GENERIC
            or (
                norms[i - 1][:1] in ("ب", "ل")
                and not norms[i - 1][1:3] == "ال"
                and len(norms[i - 1]) > 3
            )
            or _after_inna(norms, i)
        )
        # استدعت السفير التركي: an idiom whose tail is an actor phrase leaves the actor
        # to the actor layer; the verb alone is the trigger
        tail_is_actor = n is not None and any(k in actor_tokens for k in range(i + 1, n.end))
        h = (
            n
            if n
            and (
                not v
                or construct
                or _prefers_noun(n)
                or (len(n.entry.words) > len(v.entry.words) and not tail_is_actor)
            )
            else v
        )
        hits.append(h)
        last_end = h.end
    out["trigger"] = hits
    return out


# Verbs that give or voice a feeling (قدم شكره، أبدى ارتياحه، نقل تحياته، أعرب عن
# تقديره): the possessed word after them and their subject is a verbal noun.
_GIVING = frozenset(
    normalize(w)
    for past, present in (
        ("قدم", "يقدم"), ("وجه", "يوجه"), ("أبدى", ""), ("نقل", "ينقل"), ("بعث", "يبعث"),
        ("أعرب", "يعرب"), ("عبر", "يعبر"), ("رفع", "يرفع"), ("أزجى", ""), ("جدد", "يجدد"),
        ("سجل", "يسجل"), ("أكد", "يؤكد"),
    )
    for pre in ("", "و", "ف")
    for w in (pre + past, pre + past + "ت", *(pre + f for f in conjugate("", present)))
)  # fmt: skip
_POSSESSIVE = ("ه", "ها", "هم", "هما", "كم", "نا")


def _given(norms: list[str], i: int, n: Hit) -> bool:
    if not n.first.suffix.endswith(_POSSESSIVE) or "ال" in n.first.prefix:
        return False
    for k in range(i - 1, max(-1, i - 8), -1):
        if norms[k] in _GIVING:
            return True
        if not norms[k].isalpha():
            return False
    return False


# إنّ and أنّ take a noun (قال إن قصف المواقع ليس الحل); أنْ takes a verb only after
# a word of time (بعد أن قصفت) or as a present (أن يزور), which has no noun reading.
_INNA = frozenset({"ان", "وان", "فان", "بان", "لان"})
_BEFORE_AN = frozenset({"بعد", "قبل", "منذ", "حتى", "عقب", "اثر", "وبعد", "وقبل", "ما", "الي"})


def _after_inna(norms: list[str], i: int) -> bool:
    return norms[i - 1] in _INNA and (i < 2 or norms[i - 2] not in _BEFORE_AN)


# "Undertaking" as a noun: its genitive is who undertook the act (قيام جندي بـ).
_UNDERTAKING_NOUNS = {"قيام", "بقيام", "لقيام", "وقيام"}


def _genitive_nisba(h: Hit, norms: list[str], actors: set[int], function_words) -> bool:
    """A definite nisba right after an indefinite noun is that noun's genitive, a name
    (ناحية الصينية, a district), not its adjective, which would agree in definiteness
    (الناحية الصينية، مدينة صينية)."""
    if "ال" not in h.first.prefix or h.start == 0 or (h.start - 1) in actors:
        return False
    if h.first.suffix not in ("", "ه"):
        return False  # (دعا اليونانيين: a plural nisba is a people, the verb's object)
    prev = norms[h.start - 1]
    return (
        prev.isalpha()
        and len(prev) > 2
        and prev not in function_words
        and prev not in COUNTS
        and not prev.startswith(_DEFINITE)
        and not prev.endswith(("ها", "هم", "كم"))
    )


# A preposition governs a noun: a word right after one is no verb. Not من (also "who":
# من يقتل), منذ (منذ اندلعت الحرب) nor حتى (حتى يعود).
_TAKES_A_VERB = frozenset({"من", "ومن", "منذ", "حتي", "وحتي"})


def _verb_cannot_follow(norms: list[str], i: int, prepositions: frozenset[str]) -> bool:
    prev = norms[i - 1] if i > 0 else ""
    return (prev in prepositions or prev in TIME_LINKS) and prev not in _TAKES_A_VERB


_COUNT_FORMS = frozenset(normalize(w) for w in COUNTS) - {"احد", "واحد", "ما"}


def _counted(norms: list[str], i: int) -> bool:
    """A word in -ا right after a number is the counted noun (30 طالبا: thirty
    students), not a verb (طالبا: the two demanded)."""
    prev = norms[i - 1] if i > 0 else ""
    return norms[i].endswith("ا") and (prev.isdigit() or prev in _COUNT_FORMS)


_EMPTY: dict[str, Analysis] = {}
_NO_LAYERS: dict[str, tuple[str, ...]] = {}


def _opens_with_noun(norms: list[str], h: Hit, function_words: set[str]) -> bool:
    """طالب مجلس المحافظة، وطالب عضو اللجنة: a clause opening with the bare word and a
    noun in the construct state after it (no adjective: طالب جامعي) opens with the verb."""
    prev = norms[h.start - 1] if h.start else "."
    nxt = norms[h.end] if h.end < len(norms) else ""
    return (
        not prev.isalnum()
        and not h.first.suffix
        and nxt.isalpha()
        and nxt not in function_words
        and not nxt.startswith(("ال", "لل"))
        and not nxt.endswith(("ي", "يه", "يا", "يون", "يين", "ا"))
    )


# Nouns of a death or a wound, whose genitive is the one hit (مقتل، مصرع، إصابة، استشهاد).
_DEATH_NOUNS = VICTIM_NOUNS | {normalize("استشهاد")}


def _overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _part_then_actor(norms: list[str], k: int, actor_at: set[int]) -> bool:
    """وطالب عدد من النواب: a number or part of an actor follows."""
    return (
        k + 2 < len(norms) and norms[k] in PART_NOUNS and norms[k + 1] == "من" and k + 2 in actor_at
    )


def _hamza_final(h: Hit, words: list[str] | None) -> bool:
    """A role word whose final ي is a hamza the normalisation made so (قوات الطوارئ,
    لاجئ): no nisba, so no adjective of the noun before it."""
    if words is None:
        return False
    w = strip_diacritics(words[h.end - 1])
    if h.end - h.start == 1 and h.first.suffix and w.endswith(h.first.suffix):
        w = w[: len(w) - len(h.first.suffix)]
    return w.endswith("ئ")


def resolve_overlaps(
    hits: dict[str, list[Hit]],
    norms: list[str],
    function_words: set[str],
    words: list[str] | None = None,
) -> dict[str, list[Hit]]:
    """Settle words two layers claim.

    - A longer concept beats the actor inside it (الخطر الإرهابي is a threat,
      not a terrorist).
    - A verbal noun followed by its preposition beats an actor reading
      (القضاء على is elimination, القضاء alone the judiciary).
    - A nisba role word after a content noun is an adjective (مؤتمر صحفي).
    """
    actors = hits["actor"]
    concepts, triggers = hits["concept"], hits["trigger"]

    def prep_follows(t: Hit) -> bool:
        preps = t.entry.preps
        last = t.entry.words[-1]
        if len(t.entry.words) > 1 and (last in preps or last in function_words):
            return True  # the preposition is part of the entry: القضاء على
        return t.end < len(norms) and norms[t.end] in preps

    def longest_at(layer: list[Hit]) -> dict[int, int]:
        """Token -> length of the longest hit of ``layer`` covering it."""
        out: dict[int, int] = {}
        for x in layer:
            for i in range(x.start, x.end):
                out[i] = max(out.get(i, 0), x.end - x.start)
        return out

    concept_len = longest_at(concepts)
    # (محادثات السلام names the talks held: the trigger stays beside the concept)
    holding_len = longest_at([c for c in concepts if not c.entry.get("event")])
    prep_trigger_at = {i for t in triggers if prep_follows(t) for i in range(t.start, t.end)}
    # هجوم مسلح (an armed attack): a word inside a multiword trigger after its head
    # is part of the event, not an actor (مسلح, gunman)
    trigger_tail = {
        i for t in triggers if t.kind == "noun" and t.end - t.start > 1
        for i in range(t.start + 1, t.end)
    }  # fmt: skip
    # الحركات الاحتجاجية: a multiword event noun holds the role word it opens with
    trigger_head = {(t.start, t.end) for t in triggers if t.kind == "noun" and t.end - t.start > 1}
    actors = [
        h
        for h in actors
        if not (h.end - h.start == 1 and h.start in trigger_tail)
        and not any(a == h.start and b > h.end for a, b in trigger_head)
    ]
    keep = []
    covered_by_actor = {i for h in actors for i in range(h.start, h.end)}
    verb_starts = {t.start for t in triggers if t.kind == "verb"}
    # مقتل مدنيين، اعتقال صحفيين: a plural of people after a singular act noun is whom it
    # was done to (an adjective would agree with it in number)
    act_ends = {t.end for t in triggers if t.kind == "noun" and not t.first.suffix}

    def genitive_people(h: Hit) -> bool:
        bare = not h.first.prefix.lstrip("وف").startswith(("ل", "ب"))
        if bare and h.start > 0 and norms[h.start - 1].lstrip("وفبل") in _DEATH_NOUNS:
            return True  # مقتل شرطي، مصرع جندي: the one killed, in the singular too
        return h.start in act_ends and h.first.suffix in ("ين", "ون") and bare

    for h in actors:
        span = range(h.start, h.end)
        if h.end - h.start == 1 and norms[h.start] in function_words:
            continue  # وإلى is "and to", not والي (governor)
        if any(concept_len.get(i, 0) > h.end - h.start for i in span):
            continue
        if any(i in prep_trigger_at for i in span):
            continue
        if (
            h.kind == "role"
            and h.entry.words[-1].endswith("ي")
            and h.start > 0
            and not _hamza_final(h, words)
        ):
            prev = norms[h.start - 1]
            if (
                (h.start - 1) not in covered_by_actor
                and prev.isalpha()
                and prev not in function_words
                and prev not in COUNTS  # خمسة مدنيين: counted, not described
                and (h.start - 1) not in verb_starts  # هاجم المدنيين: the verb's object
                and not genitive_people(h)
                and prev not in _UNDERTAKING_NOUNS  # قيام جندي بإطلاق النار: who undertook it
                # مسلحون مجهولون صحفيا: an accusative noun does not describe a nominative
                and not (h.first.suffix == "ا" and not prev.endswith("ا"))
                # منازل المدنيين: a definite word after an indefinite one is its genitive,
                # not its adjective (an adjective agrees in definiteness)
                and not ("ال" in h.first.prefix and not prev.startswith(_DEFINITE))
            ):
                continue
        if (
            h.kind == "demonym"
            and (h.start - 1) not in verb_starts
            and _genitive_nisba(h, norms, covered_by_actor, function_words)
        ):
            continue
        keep.append(h)
    # وطالب وزير الخارجية ...: a bare word read as a role (طالب "student") that is also
    # a verb, with an actor right after it (its VSO subject), is the verb
    verb_at = {t.start for t in triggers if t.kind == "verb"}
    actor_at = {h.start for h in keep}
    keep = [
        h
        for h in keep
        if not (
            h.kind == "role"
            and h.end - h.start == 1
            and "ال" not in h.first.prefix
            and h.start in verb_at
            and (
                h.end in actor_at
                or _part_then_actor(norms, h.end, actor_at)
                or _opens_with_noun(norms, h, function_words)
            )
        )
    ]
    kept_actor = {i for h in keep for i in range(h.start, h.end)}
    trig = [
        t
        for t in triggers
        # a longer concept holds the word: ضبط النفس is restraint, not a seizure
        if not any(holding_len.get(i, 0) > t.end - t.start for i in range(t.start, t.end))
        and (
            (norms[t.start] not in function_words and t.first.stem not in function_words)
            # a hamza the normalisation dropped: هنأ (congratulated) is not هنا (here)
            or (words is not None and words[t.start].endswith(("أ", "ئ", "ؤ")))
        )
        and (not any(i in kept_actor for i in range(t.start, t.end)) or prep_follows(t))
    ]
    return {**hits, "actor": keep, "trigger": trig}
