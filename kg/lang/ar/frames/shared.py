"""What every stage of Arabic event coding shares: the reading of one predicate
(``_Reading``), the confidence of each way a source is found, an action's category,
and the word sets and position helpers more than one stage reads."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.lang.ar.actors import Phrase, bare_word
from kg.lang.ar.matcher import Hit
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import (
    CLAUSE_PUNCT,
    FUNCTION_WORDS,
    MEMBER_WORDS,
    NUMBERS,
    TIME_WORDS,
    VICTIM_NOUNS,
)
from kg.lang.ar.syntax import AT_LEAST, Predicate, Sentence, agent_phrase, bare, counts
from kg.records import Actor, Mention
from kg.vocab import actions, categories

# Actions whose object is a victim; unvocalised قتل is also the passive قُتل.
# Verbs of being subjected to something: تعرضت X لهجوم (X came under attack).
_EXPOSED = {"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "تعرضا"}
# ... and of facing it, with the act as the object (تواجه الحركة هجمات يشنها التنظيم)
_FACING = {"واجه", "واجهت", "يواجه", "تواجه", "واجهوا", "يواجهون", "تواجهان", "يواجهان"} | {
    # (repelled: تصدت المقاومة لهجوم، صد الجيش هجوما: the attack was on them)
    normalize(w)
    for w in ("تصدى", "تصدت", "تصدوا", "يتصدى", "تتصدى", "يتصدون", "صد", "صدت", "صدوا", "يصد")
}
_MILITARY_ACTIONS = {"air_strike", "shell"}


# Confidence by how the source was found (kg.events lowers it further where it doubts).
_FOUND = {
    "explicit": 0.8,  # a phrase of the clause: subject, genitive, agent, doer
    "between": 0.7,  # بين A و B
    "pronoun": 0.7,  # أعلنت أنها ...
    "we": 0.65,  # first person plural of a speaker
    "speaker": 0.65,
    "main": 0.7,  # the main clause's subject, for its circumstantial participle
    "head": 0.75,
    "none": 0.6,  # no source: an attack or a protest whose doer the text does not name
    "carried": 0.55,  # the subject of an earlier clause or sentence (pro-drop)
    "implied": 0.5,  # protesters acting are a protest
}


def action_plover(hit: Hit) -> str:
    """The PLOVER category of a trigger's action."""
    return actions()[hit.entry.get("action_id")].plover


def _agentless(plover: str) -> bool:
    """Categories coded without a named doer: an attack, a protest, an arrest."""
    return bool(categories()[plover].get("agentless"))


def _recipient(plover: str) -> bool:
    return bool(categories()[plover].get("requires_recipient"))


def _preps(hit: Hit) -> frozenset[str]:
    return hit.entry.preps


@dataclass
class _Reading:
    """One predicate's reading while it is coded."""

    p: Predicate
    action: object  # kg.vocab.ActionType
    sources: list[Actor | None] = field(default_factory=list)
    src_phrases: tuple[Phrase, ...] = ()
    inherited: bool = False
    confidence: float = _FOUND["none"]
    targets: list[Actor] = field(default_factory=list)
    victims: tuple[Phrase, ...] = ()
    concept: Hit | None = None
    origin: Actor | None = None
    parties: tuple[Phrase, ...] = ()
    withheld: bool = False  # a doer the clause suggested was ruled out

    @property
    def plover(self) -> str:
        return self.action.plover

    @property
    def actor_target(self) -> bool:
        return any(t.type != "concept" for t in self.targets)

    @property
    def past_subject(self) -> int:
        """The token after the predicate and any source phrase after it (a VSO subject:
        دانت الوزارة بشدة ...)."""
        return max([self.p.end] + [x.end for x in self.src_phrases if x.start >= self.p.end])


# Nouns of the dead and wounded (مقتل، مصرع، استشهاد، إصابة، وفاة): of an attack's toll,
# and a verb of harm joined to one is a noun too.
_DEATHS = VICTIM_NOUNS | {normalize(w) for w in ("استشهاد", "وفاة")}


# Houses of worship: an attack on one is no private quarrel.
_WORSHIP = {normalize(w) for w in ("كنيسة", "مسجد", "جامع", "معبد", "كنيس", "حسينية", "كاتدرائية")}


def _exposed_at(s: Sentence, p: Predicate, lo: int) -> int | None:
    """Where تعرض stands before the noun (تعرض X لهجوم: what X came under), from ``lo``."""
    return next(
        (j for j in range(max(lo, p.start - 6), p.start) if _exposure_word(s.norms[j])), None
    )


def _facing_word(w: str) -> bool:
    return w in _FACING or (w[:1] in ("و", "ف") and w[1:] in _FACING)  # (واجه itself has و)


def _exposure_word(w: str) -> bool:
    return bare(w) in _EXPOSED or _facing_word(w)


# Verbs that bring in a victim's name between commas (اغتيال أحد الأهالي، يدعى X، على يد).
_CALLED = {normalize(w) for w in ("يدعى", "ويدعى", "يدعي", "يسمى", "ويسمى", "اسمه", "واسمه")}


_CAUSES = {
    normalize(w)
    for w in ("إثر", "اثر", "جراء", "نتيجة", "بسبب", "بفعل", "ناجم", "ناجمة", "الناجم", "الناجمة")
}  # (الانفجار ناجم عن هجوم: resulting from)


def _cause_at(s: Sentence, start: int, end: int) -> int | None:
    """The first word of cause (جراء، إثر) in ``start``..``end``."""
    return next((k for k in range(start, end) if s.norms[k] in _CAUSES), None)


_FULL_STOPS = {".", "!", "?", "؟"}
# Marks that end a clause, but a comma (a death and a wounding, a result, told past one).
_STOPS = frozenset(CLAUSE_PUNCT - {"،", ","})


_CONDEMNING = frozenset({"condemn", "criticize", "denounce"})


def _victims_not_condemned(s: Sentence, out: list[Mention]) -> list[Mention]:
    """أدانت جريمة حرق الرضيع على يد مستوطنين، استنكر تفجير مسجد قوات الطوارئ، الجريمة التي
    أدت إلى استشهاد الرضيع: the one an act of harm the condemnation names was done to is
    its victim, not the condemned (that is its doer, named with على يد, or none)."""
    result = []
    for m in out:
        if m.action_id in _CONDEMNING and m.target is not None and m.trigger_end is not None:
            k = bisect_left(s.idx, m.target.start)
            x = next((x for x in s.phrases if x.start == k), None)
            if x is not None and _harmed_at(s, x, bisect_left(s.idx, m.trigger_end)):
                doer = agent_phrase(s, list(s.phrases), x.end, min(s.end, x.end + 6))
                m = replace(m, target=doer.actor if doer is not None else None)
        result.append(m)
    return result


def _harmed_at(s: Sentence, x: Phrase, lo: int) -> bool:
    """``x`` is the genitive of a death or a wounding (استشهاد الرضيع), of a crime's act
    (جريمة حرق الرضيع) or of the house of worship an act struck (تفجير مسجد قوات
    الطوارئ). (Not a nationality, nor the genitive of a bare act of violence: القصف
    التركي, قصف المتمردين مناطق سكنية name its doer.)"""
    if x.adjectival or x.head == "demonym":
        return False
    j = x.start - 1
    if j - 1 >= lo and bare_word(s.norms[j]) in _WORSHIP:
        return _harm_word(s, j - 1)
    if j - 1 >= lo and bare_word(s.norms[j - 1]) in _CRIMES:
        return s.norms[j].isalpha() and s.norms[j] not in FUNCTION_WORDS
    return j >= lo and bare_word(s.norms[j]) in _DEATHS


def _harm_word(s: Sentence, j: int) -> bool:
    """An act of violence's trigger, or a noun of death or wounding, at token ``j``."""
    if bare_word(s.norms[j]) in _DEATHS:
        return True
    return any(h.start == j and action_plover(h) == "ASSAULT" for h in s.hits["trigger"])


# Nouns of a crime, before the act that was it (جريمة حرق، جرائم قتل).
_CRIMES = {normalize(w) for w in ("جريمة", "جرائم")}


_FORCE_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "COP", "SPY"})  # (police and spies too)
_GREETINGS = {normalize(w) for w in ("تحيات", "تحياته", "تحياتها", "تحياتهم", "تحية", "سلام")}


# Verbal nouns of the manner of a killing, in the accusative (قتل حرقا، ذبحا، طعنا).
_MANNERS = {normalize(w) for w in ("حرقا", "ذبحا", "طعنا", "خنقا", "شنقا", "غرقا", "رميا", "ضربا")}


# Adverbs of manner after a verb of condemning (دانت بشدة).
_MANNER = {normalize(w) for w in ("بشدة", "بقوة", "بحزم")}


# "One of" before a plural of places (أحد مساجد، إحدى القرى).
_ONE_OF = {normalize(w) for w in ("أحد", "إحدى", "احدى")}


def _verbs_before(s: Sentence, p: Predicate) -> list[str]:
    """The action ids of the verbs shortly before a noun in its clause (its governors)."""
    return [
        h.entry.get("action_id")
        for h in s.hits["trigger"]
        if h.kind == "verb" and p.clause.start <= h.start < p.start and p.start - h.end <= 8
    ]


@lru_cache(maxsize=1)
def _MUTUAL_IDS() -> frozenset[str]:  # noqa: N802
    return frozenset(a.id for a in actions().values() if a.mutual)


def _adverb_run(s: Sentence, k: int) -> int:
    """How many tokens from ``k`` tell only when or how (أمس، اليوم الجمعة، ليل الجمعة
    السبت، أول من أمس، قبل أيام، بشدة، ذبحا): an adverb between the verb's subject and
    its object takes no place of the object's (قصفت المقاتلات ليل الجمعة السبت مواقع
    الحزب)."""
    j = k
    while j < s.end:
        if s.norms[j] in _MANNERS and j + 1 < s.end and s.norms[j + 1].startswith("بال"):
            j += 2  # (رميا بالرصاص، طعنا بالسكاكين: the manner and what it was done with)
        elif s.norms[j] in TIME_WORDS or s.norms[j] in _MANNER or s.norms[j] in _MANNERS:
            j += 1
        elif s.norms[j] == "اول" and s.norms[j + 1 : j + 3] == ["من", "امس"]:
            j += 3
        elif s.norms[j] in ("قبل", "منذ") and j + 1 < s.end and s.norms[j + 1] in _SPANS:
            j += 2  # (قتلت الجماعة قبل ثلاثة أيام عشرة صيادين: days ago)
            while j < s.end and s.norms[j] in _SPANS:
                j += 1
        else:
            break
    return j - k


# Prepositions of what an act is aimed against (ضد المدنيين، بحق الشعب).
_AGAINST = {normalize(w) for w in ("ضد", "وضد", "بحق")}


def _partitive(s: Sentence, x: Phrase) -> bool:
    """ثلاثة من رجال الشرطة, عددا من المعارضين, 23 عنصرا من داعش: a count of the phrase
    (or a count of its members, the unit noun in the accusative) is the object."""
    k = x.start - 1
    if k - 2 >= s.start and s.norms[k] in MEMBER_WORDS and s.norms[k - 1] == "من":
        k -= 1  # عشرة من منسوبي القوات: a count of its members
    if k - 1 < s.start or s.norms[k] != "من" or x.prefix.lstrip("وف").startswith(("ب", "ل", "ك")):
        return False
    if k - 3 >= s.start and s.norms[k - 2 : k] == AT_LEAST:
        k -= 2  # 21 على الأقل من أفراد القوات: the hedge after the count
    unit = k - 2 >= s.start and counts(s, k - 2) and _unit_noun(s.norms[k - 1])
    return counts(s, k - 1) or bare(s.norms[k - 1]) in _PARTS or unit


def _unit_noun(w: str) -> bool:
    """عنصرا، مسلحا، عناصر: the noun a count counts (its accusative singular or a member
    word), not a name or a verb."""
    return w in MEMBER_WORDS or (
        w.endswith("ا") and not w.startswith("ال") and len(w) >= 4 and w not in FUNCTION_WORDS
    )


# Nouns of a part or a batch of people: عدد من, فوج من, مجموعة من, بعض.
_PARTS = {normalize(w) for w in ("عدد", "عددا", "فوج", "أفواج", "دفعة", "دفعات", "مجموعة", "بعض")}


# Spans of time between a preposition of time and من (قبل يوم واحد من، بعد أيام من).
_SPANS = {
    normalize(w)
    for w in (
        "يوم", "يومين", "أيام", "ساعة", "ساعتين", "ساعات", "دقائق", "دقيقة", "أسبوع",
        "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور", "عام", "عامين", "أعوام", "سنة",
        "سنتين", "سنوات", "واحد", "واحدة", "قليل", "قليلة", "بضعة", "بضع", "عدة", "نحو",
    )
} | {normalize(w) for w in NUMBERS}  # fmt: skip
# "That" opening what a warning says will come (حذر من أن ...), bare or with the pronoun
# of whoever will do it (من أنه، من أنها).
_THAT = {normalize(w) for w in ("أن", "بأن")}


# Verbs of attributing an act to someone (نسب إلى، نسبته الحكومة إلى) and the words that
# bring in whom (إلى, or لـ on the phrase).
_ATTRIBUTED = {
    normalize(c + w) for c in ("", "و") for w in ("نسب", "نسبت", "نسبته", "نسبوا", "نسبا")
}


# Talks and agreements are held at a venue, often abroad (مفاوضات مع المتمردين في هافانا):
# the place tells no party's country.
_AT_A_VENUE = {"CONSULT", "AGREE"}
