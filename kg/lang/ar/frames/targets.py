"""Targets: who the act was aimed at. A verb's object or an argument with one of its
prepositions, the party received, brought together or asked, the sender and the
addressee of a request, and what is owned, held or controlled."""

from __future__ import annotations

from functools import lru_cache

from kg import actors as A
from kg.lang.ar.actors import Phrase, adjective_like, bare_word, in_place_noun
from kg.lang.ar.frames.places import _NEAR, _after_loyal, _unnamed_target, city_state
from kg.lang.ar.frames.shared import (
    _AGAINST,
    _AT_A_VENUE,
    _EXPOSED,
    _FOUND,
    _GREETINGS,
    _adverb_run,
    _agentless,
    _cause_at,
    _partitive,
    _preps,
    _Reading,
    _recipient,
    action_plover,
)
from kg.lang.ar.frames.sources import (
    _ARMED,
    _civilian_word,
    _concept_after,
    _hit_place,
    _own_place,
)
from kg.lang.ar.frames.victims import (
    _CLOSERS,
    _count_run,
    _counted_people,
    _past_quoted_adjectives,
    _rank_of_object,
)
from kg.lang.ar.matcher import Hit
from kg.lang.ar.morphology import ENCLITICS
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import (
    ACHIEVABLE,
    AFFILIATION,
    CLAUSE_PUNCT,
    DISPLAYS,
    FOLLOWER_WORDS,
    FUNCTION_WORDS,
    HALTING,
    HONORIFICS,
    INSTRUMENTS,
    LOCATIVES,
    LOYAL_WORDS,
    MEMBER_WORDS,
    PLACE_NOUNS,
    RELATIVES,
    TIME_WORDS,
)
from kg.lang.ar.syntax import (
    ASIDE_TIMES,
    QUOTE_MARKS,
    Arg,
    Predicate,
    Sentence,
    _agrees,
    agent_phrase,
    bare,
    coordinated,
    coordinated_back,
    has_possessive,
    place_hits,
)
from kg.records import Actor
from kg.vocab import actions

_RECEIVE = ("تلقي", "تلقت", "يتلقي", "تتلقي", "وتلقي")


@lru_cache(maxsize=4096)
def _receives(form: str) -> bool:
    return normalize(form).startswith(_RECEIVE)


# The passive participle "required, asked" (مُطالَب): X مطالبة بـ is X asked to.
_ASKED = {normalize(w) for w in ("مطالب", "مطالبة", "مطالبون", "مطالبين", "مطالبان")}


def _asked_of(s: Sentence, r: _Reading) -> None:
    """السلطة الفلسطينية مطالبة بتوفير السلاح: the body before the bare participle is
    asked (the target); who asks is whoever says so, if anyone."""
    p = r.p
    if p.kind != "noun" or s.norms[p.start] not in _ASKED or p.end >= s.end:
        return
    before = next((x for x in p.clause.phrases if x.end == p.start and not x.governed), None)
    if before is None or not s.norms[p.end].startswith("ب"):
        return
    r.targets, r.src_phrases = [before.actor], ()
    r.sources = [p.speaker] if p.speaker is not None else [None]


_WAS = {normalize(w) for w in ("كان", "وكان", "كانت", "وكانت", "فكان")}
# Verbs of bringing together after a meeting noun (مباحثات جمعت X مع Y، لقاء ضم X و Y).
_GATHERED = {normalize(w) for w in ("جمع", "جمعت", "يجمع", "تجمع", "ضم", "ضمت", "جمعه", "جمعها")}


def _found_here(r: _Reading, source: Phrase, target: Actor) -> None:
    """The doer and the target a construction of the sentence names, over any read before."""
    r.sources, r.src_phrases, r.targets = [source.actor], (source,), [target]
    r.inherited, r.confidence = False, _FOUND["explicit"]


def _brought_together(s: Sentence, r: _Reading) -> None:
    """مباحثات جمعت وزير الخارجية المصري مع نظيرته الكرواتية: the two it brought together
    met, the first named with the second."""
    p = r.p
    if r.plover != "CONSULT" or p.kind != "noun":
        return
    k = next((k for k in range(p.end, min(s.end, p.end + 2)) if s.norms[k] in _GATHERED), None)
    if k is None:
        return
    first = next((x for x in s.phrases if x.start == k + 1 and not x.governed), None)
    if first is None:
        return
    j = first.end + 1 if first.end < s.end and s.norms[first.end] == "مع" else first.end
    second = next((x for x in s.phrases if x.start == j and j <= first.end + 1), None)
    if second is None or second.actor.id == first.actor.id:
        return
    _found_here(r, first, second.actor)


def _receiving_party(s: Sentence, r: _Reading) -> None:
    """وكان في استقبال الرئيس الفرنسي بمطار القاهرة رئيس الوزراء المصري: the one named
    after the guest (past where and when) received him."""
    p = r.p
    if r.action.id != "host_meeting" or p.kind != "noun" or p.start - 1 <= s.start:
        return
    if (s.norms[p.start - 1] in _WAS and "ب" in p.hit.first.prefix) or (
        s.norms[p.start - 1] == "في" and s.norms[p.start - 2] in _WAS
    ):
        if has_possessive(p.hit) or p.hit.first.suffix == "ه" or _honorific_next(s, p):
            # كان باستقباله الرئيس كينياتا, كان في استقبال سموه المحافظ: the guest is "him"
            _received_him(s, r)
            return
    if s.norms[p.start - 1] != "في" or s.norms[p.start - 2] not in _WAS:
        return
    guest = next((x for x in s.phrases if x.start == p.end and not x.governed), None)
    host = next((x for x in s.phrases if guest and x.start > guest.end and not x.governed), None)
    if guest is None or host is None or host.start - guest.end > 5:
        return
    _found_here(r, host, guest.actor)


# Honorifics that stand for a person named before (سموه: "his Highness").
_HIS_HONOUR = {
    normalize(w)
    for w in ("سموه", "سموها", "معاليه", "معاليها", "فخامته", "سعادته", "سعادتها", "سماحته")
}


def _honorific_next(s: Sentence, p: Predicate) -> bool:
    """في استقبال سموه: the noun's genitive is an honorific pronoun (the guest)."""
    return p.end < s.end and s.norms[p.end] in _HIS_HONOUR


_HOST_REACH = 4


def _received_him(s: Sentence, r: _Reading) -> None:
    """حيث كان باستقباله الرئيس الكيني: the one named after it received the one the
    pronoun stands for (read as the noun's doer)."""
    p = r.p
    # (past his honorific and the host's office when it names no actor: في استقبال سموه
    # قائد اللواء العميد X)
    host = next(
        (x for x in p.clause.phrases if p.end <= x.start <= p.end + _HOST_REACH and not x.governed),
        None,
    )
    guests = [a for a in r.sources if a is not None]
    if host is None or not guests or host.actor.id == guests[0].id:
        return
    r.src_phrases, r.sources, r.targets = (host,), [host.actor], guests[:1]


def _visit_host(s: Sentence, r: _Reading) -> None:
    """احتفت الكويت بزيارة وزير الخارجية الإيراني: a visit with ب, its visitor its
    genitive and no place named, was paid to the subject of the verb that takes it (the
    host who welcomes or celebrates it)."""
    p = r.p
    if r.action.id != "visit" or p.kind != "noun" or r.targets or "ب" not in p.hit.first.prefix:
        return
    if len(r.src_phrases) != 1 or r.src_phrases[0].start != p.end:
        return  # (the visitor named right after the noun, as its genitive)
    subj = p.clause.subject
    host = subj.phrases[0] if subj is not None and subj.phrases else None
    if host is not None and host.end <= p.start and host.actor.id != r.src_phrases[0].actor.id:
        r.targets = [host.actor]


def _read_targets(s: Sentence, r: _Reading) -> None:
    p = r.p
    used = {x.start for x in r.src_phrases}
    cands = _target_candidates(s, r, used)
    r.origin = _origin_after(s, p) if r.plover == "ASSAULT" else None
    if r.origin is not None:
        cands = [x for x in cands if x.actor is not r.origin]
    concept = _concept_after(s, p.end, p.clause.end)
    if p.kind == "verb" and concept is not None:
        # (a concept past an adverb is what is asked)
        if p.hit.first.suffix or concept.start > _reach(s, r, adverbs=False):
            concept = None
    partner = next((a for a in p.args if a.how == "partner"), None) or _talked_with(s, r)
    if partner is not None:
        cands, concept = list(partner.phrases), None
    if r.victims:
        cands, concept = list(r.victims), None
    else:
        # إصابة تسعة آخرين جراء قصف شنه الحوثيون، قتل جندي نتيجة إطلاق الميليشيا
        # قذائف، انفجارات سمعت جراء قصف الطيران: what follows a word of cause is the
        # cause's, not the act's object
        cause = _cause_at(s, p.end, p.clause.end)
        cands = [x for x in cands if cause is None or x.start < cause]
    r.concept = concept
    r.targets = _choose_targets(s, r, cands, concept)
    r.targets = _counted_people(s, r) or r.targets  # (the people hit, not their town)
    _place_owner(s, r, cands)
    _taken_from(s, r)
    if action_is(r, "express_intent") and not r.actor_target:
        # أعرب عن استعداده للتعاون مع الولايات المتحدة: the intended event's partner
        partner = _complement_partner(s, p)
        if partner is not None:
            r.targets = [partner.actor]
    _unnamed_target(s, r)
    held = _held_by(s, p) if r.plover == "ASSAULT" else None
    if held is not None and _owner_of_doer(s, r, held):
        held = None
    if held is not None and held.actor is not r.origin and held not in r.src_phrases:
        # (طائرة تابعة للنظام قصفت: the owner of the doer holds nothing attacked)
        if not any(t.type != "concept" for t in r.targets):
            r.targets = [held.actor]
        if [t.id for t in r.targets] == [held.actor.id]:
            r.targets.extend(_also_held(s, p, held))
    people = all(
        t.type == "group" and t.sector == "CVL" and not t.country
        for t in r.targets
        if t.type != "concept"
    )  # (ثلاثة أشخاص ينتمون إلى X: X, not "people")
    if r.plover in ("ASSAULT", "COERCE") and people and not r.inherited:
        # اعتقلت 40 شخصا يشتبه في انتمائهم إلى داعش: the body the people held belong to
        # (not for a doer carried over: حملة استهدفت أفرادا ...)
        member = _affiliated_to(s, p, r)
        if member is not None:
            r.targets = [x.actor for x in coordinated(member, list(s.phrases), s)]
    _object_pronoun(r)
    _place_taken_up(s, r)
    _owner_of_place_hit(s, r)
    if not r.targets and _preps(p.hit) and not r.victims:
        later = _own_prep_past_comma(s, p)
        r.targets = [later.actor] if later is not None else []
    _received(s, r)
    _sent_from(s, r)
    _request_addressee(s, r)
    _stop_asked_of(s, r)
    _at_request(s, r)
    _lifted_from(s, r)
    _refused_partner(s, r)
    _agreed_partner(s, r)
    _armed_backed(r)


_WITH = normalize("مع")


def _talked_with(s: Sentence, r: _Reading) -> Arg | None:
    """بحث الرئيس تنظيم داعش مع وزير الدفاع: talks take their partner with مع; what
    comes bare after the verb is the topic (not a border: الحدود مع سوريا)."""
    if r.plover != "CONSULT" or r.p.kind != "verb" or _WITH not in _preps(r.p.hit):
        return None
    arg = next((a for a in r.p.args if a.role == "pp" and a.prep == _WITH and a.phrases), None)
    return arg if arg is not None and not _across_border(s, arg.phrases[0]) else None


# Armed groups that are no state's forces: backing them is arms and money, not words.
_NON_STATE_ARMED = frozenset({"REB", "UAF", "INS"})
# Words of backing (not of solidarity or approval: تضامن، أيد).
_BACKING_WORDS = frozenset(normalize(w) for w in ("دعم", "ساند", "مساندة"))


def _armed_backed(r: _Reading) -> None:
    """دعمت طهران الحوثيين، لدعم مقاتلي الحركة: backing an armed group is military aid
    (PLOVER AID); backing a state, its army or a coalition may be words (ندعم التحالف)."""
    if normalize(r.p.hit.entry.get("form") or "") in _BACKING_WORDS and any(
        t is not None and t.sector in _NON_STATE_ARMED and t.type != "concept" for t in r.targets
    ):
        r.action = actions()["military_aid"]


def _refused_partner(s: Sentence, r: _Reading) -> None:
    """رفضت الخارجية الأميركية أي تعاون مع نظام الأسد: the refused act's partner is whom
    the refusal is aimed at."""
    p = r.p
    if r.plover != "REJECT" or r.actor_target:
        return
    k = _first_word_after(s, p, ("مع", "ومع"), 8)
    acts = [h for h in s.hits["trigger"] if p.end <= h.start <= p.end + 6]
    if k is not None and any(h.end <= k for h in acts):
        _aim_at_phrase(s, r, k + 1)


def _agreed_partner(s: Sentence, r: _Reading) -> None:
    """وافق البرلمان على اتفاقية مع فرنسا، أبرمت واشنطن اتفاقا مع موسكو: what is agreed
    on is made with a partner after مع, whom the agreement is aimed at (not the pact)."""
    if r.action.id not in ("agree", "sign_agreement") or r.actor_target:
        return
    k = _first_word_after(s, r.p, ("مع", "ومع"), 10)
    if k is not None and any(
        h.kind == "verb" and r.p.end <= h.start < k for h in s.hits["trigger"]
    ):
        return  # (وافقوا على الحرب ثم يعارضون الاتفاق مع إيران: another verb's)
    x = next((x for x in s.phrases if k is not None and x.start == k + 1), None)
    if x is not None and x not in r.src_phrases and not _across_border(s, x):
        _aim_at_phrase(s, r, k + 1)


def _lifted_from(s: Sentence, r: _Reading) -> None:
    """رفعت الولايات المتحدة العقوبات عن كوبا، تخفيف الحصار عن غزة: the concession goes to
    whom the restriction weighed on (after عن), not to the restriction."""
    if r.plover != "CONCEDE" or r.actor_target:
        return
    k = _first_word_after(s, r.p, ("عن", "وعن"), 7)
    if k is not None:
        _aim_at_phrase(s, r, k + 1)


def _first_word_after(s: Sentence, p: Predicate, words: tuple[str, ...], reach: int) -> int | None:
    """Where the first of ``words`` stands within ``reach`` tokens after ``p``, in its clause
    and before any clause mark."""
    for k in range(p.end, min(p.clause.end - 1, p.end + reach)):
        if s.norms[k] in CLAUSE_PUNCT:
            return None
        if s.norms[k] in words:
            return k
    return None


def _aim_at_phrase(s: Sentence, r: _Reading, k: int) -> None:
    """The actor phrase starting at token ``k``, if any, is the reading's target."""
    x = next((x for x in s.phrases if x.start == k and x.actor.type != "concept"), None)
    if x is not None:
        r.targets = [x.actor]


def _object_pronoun(r: _Reading) -> None:
    """زار X الدوحة حيث استقبله أمير قطر: the object pronoun of a meeting is the one the
    sentence was about before (of other acts, it may be any noun before: تساعدها)."""
    back = next((a for a in r.p.args if a.role == "obj" and a.how == "pronoun" and a.actor), None)
    if back is not None and r.plover == "CONSULT" and not r.actor_target:
        r.targets = [back.actor]


# The act's own preposition with "her" (السيطرة عليها، هجوم التنظيم عليها): a feminine
# place taken up again, a town or a country.
_ON_HER = normalize("عليها")
_PLACE_BACK = 25
_TA_MARBUTA = normalize("ة")


def _her_noun(s: Sentence, k: int) -> bool:
    """A definite feminine noun of no actor at ``k`` that "her" may take up instead."""
    w = bare(s.norms[k])
    return (
        k not in s.in_phrase
        and w.startswith("ال")
        and w.endswith(_TA_MARBUTA)
        and not in_place_noun(w)
    )


def _place_taken_up(s: Sentence, r: _Reading) -> None:
    """استعادت القوات المدينة ... السيطرة عليها، تدمر التي سيطر التنظيم عليها: with no
    other target, the town "her" takes up is the last place named before the act."""
    p = r.p
    if r.plover not in ("ASSAULT", "COERCE") or any(t.type != "concept" for t in r.targets):
        return
    if not any(x is not None for x in r.sources):
        return  # (التي سيطرت عليها أمس with no doer read: no act to complete)
    k = _first_word_after(s, p, (_ON_HER,), 4)
    if k is None or any(j not in s.in_phrase for j in range(p.end, k)):
        return  # (right after the act or its subject: أوقفت وحكم عليها is another verb's)
    lo = max(s.start, p.start - _PLACE_BACK)
    towns = [h for k, h in place_hits(s, ("city",)).items() if lo <= k and h.end <= p.start]
    states = [
        x
        for x in s.phrases
        if lo <= x.start and x.end <= p.start and x.head == "country" and not x.actor.sector
    ]
    town = max(towns, key=lambda h: h.start, default=None)
    state = max(states, key=lambda x: x.start, default=None)
    place = {k for x in (town, state) if x is not None for k in range(x.start, x.end)}
    if any(_her_noun(s, k) for k in range(lo, p.start) if k not in place):
        return  # (وصلت الحافلة إلى حلب ثم أطلقوا النار عليها: the bus, maybe)
    if state is not None and (town is None or state.start > town.start):
        r.targets = [state.actor]
    elif town is not None:
        r.targets = [city_state(s, town)]


# Pious formulas after a name (حفظه الله، رحمه الله، رعاه الله): no word of the clause.
_BLESSING_VERBS = {
    normalize(w)
    for w in (
        "حفظه", "يحفظه", "حفظها", "حفظهم", "رحمه", "يرحمه", "رحمها", "رحمهم", "رعاه",
        "يرعاه", "أيده", "يؤيده", "وفقه", "يوفقه", "سدده",
    )
}  # fmt: skip


_NAME_LINKS = {normalize(w) for w in ("بن", "ابن", "بنت", "آل")}


def _reach(s: Sentence, r: _Reading, adverbs: bool = True) -> int:
    p = r.p
    end = r.past_subject
    # (استقبل الملك سلمان بن عبدالعزيز آل سعود حفظه الله الرئيس المصري: the rest of the
    # name and a blessing are no words of the clause)
    k = _past_name_rest(s, _past_served(s, r, end), s.end)
    if end > p.end:
        k = _past_quoted_adjectives(s, k)
    if not adverbs:
        return k + 4
    k += _adverb_run(s, k)
    return k + _count_run(s, k) + 4


def _past_served(s: Sentence, r: _Reading, end: int) -> int:
    """Past whom the subject serves (قصفت الميليشيات الموالية للعقيد الراحل معمر القذافي
    مواقع الثوار: the loyalty word, its title and name are the subject's, the object
    comes after them)."""
    if end >= s.end or s.norms[end] not in LOYAL_WORDS:
        return end
    served = [x.end for x in r.p.clause.phrases if end < x.start <= end + 4 and _after_loyal(s, x)]
    return max(served, default=end)


def _past_name_rest(s: Sentence, k: int, end: int) -> int:
    """Past the rest of a name (بن عبدالعزيز آل سعود) and blessings (حفظه الله) from ``k``."""
    while k + 1 < end and (
        (s.norms[k] in _BLESSING_VERBS and s.norms[k + 1] == "الله") or s.norms[k] in _NAME_LINKS
    ):
        k += 2
    return k


# Negators of a verb only (ليس also negates a phrase: ليس للحكومة فحسب).
_VERB_NOT = frozenset({"لا", "لم", "لن"})


# With whose backing an act was done (بدعم من طيران التحالف، بمساندة من القوة الخاصة).
_BACKING = {
    normalize(c + w)
    for w in ("بدعم", "بمساندة", "بإسناد", "باسناد", "بمشاركة", "بغطاء", "بمؤازرة")
    for c in ("", "و")  # (وبدعم من قوات التحالف: and with the backing of)
}


# Under someone's guard or escort (بحماية الشرطة، بحراسة الجيش، تحت حماية القوات).
_GUARDING = {normalize(w) for w in ("بحماية", "بحراسة", "بمرافقة", "حماية", "بمواكبة")}


def _backer(s: Sentence, x: Phrase) -> bool:
    """The backer of an act (سيطرت القوات على المدينة بدعم من طيران التحالف) helps its
    doer: the support is its own event, the backer is no target of the act."""
    # (past the backer's own words: بمساندة من القوة الخاصة لأمن الطرق; أشاد بدعم المملكة
    # للأردن praised her support, no من)
    if x.start > s.start and bare(s.norms[x.start - 1]) in _GUARDING:
        return True  # اقتحم مستوطنون الأقصى بحماية الشرطة: the police guard them
    for j in range(x.start - 1, max(s.start, x.start - 5), -1):
        if s.norms[j] == "من":
            return s.norms[j - 1] in _BACKING
        if not s.norms[j].isalpha() or s.norms[j] in FUNCTION_WORDS:
            return False
    return False


def _target_candidates(s: Sentence, r: _Reading, used: set[int]) -> list[Phrase]:
    p = r.p
    after = [x for x in p.clause.phrases if x.start >= p.end]
    back = next((a for a in p.args if a.role == "obj" and a.how == "back"), None)
    if p.kind == "noun" and back is not None and back.phrases:
        # (اعتقاله من قبل الشرطة: the one its pronoun stands for, see _pronoun_patient)
        after = list(back.phrases)
    elif p.kind == "noun":
        # في الحرب السورية لا يمثل مقاتلو داعش: a negated verb the tables do not know
        # opens a clause of its own, out of the noun's reach
        stop = next((k for k in range(p.end, p.clause.end) if s.norms[k] in _VERB_NOT), s.end)
        after = [x for x in after if x.start < stop] + _aimed_in_relative(s, r)
        after += _exposed_in_relative(s, p)
    cands = [
        x
        for x in after
        if x.start not in used
        and not (
            x.adjectival
            and x.start > p.end + 1
            and not _owner_by_prep(s, x, p.hit)
            and not _owner_of_direct_object(s, x, r)
            and _place_nisba(s, x, r) is None
        )
        # شمال بغداد, بمنطقة عسير are where, not whom (but على جنوب إسرائيل is whom)
        and not (x.head == "city" and in_place_noun(s.norms[x.start]))
        and not (
            s.norms[x.start - 1] in LOCATIVES
            and not (x.start >= 2 and s.norms[x.start - 2] in _preps(p.hit))
        )
        # على يد جيش النظام, من قبل الشرطة: the agent, never the target
        and agent_phrase(s, [x], max(s.start, x.start - 2), x.start) is None
        # المقاومة الموالية للحكومة: whom the subject is loyal to, not the target
        and not _after_loyal(s, x)
        and not _instrument(s, x)
        and not _across_border(s, x)
        and not _placed_near(s, x)
        and not _greeted(s, x)
        and not _backer(s, x)
        and not _carrier_of_report(s, x)
        and not _venue(s, x, r.plover)
        and not _describes_quoted(s, x)
        and not _confronted(s, x, r.plover)
    ]
    if p.kind == "verb":
        # a verb's object comes soon after it (or after its subject); an object
        # pronoun (تساعدها) is the object already
        reach = _reach(s, r)
        # استقبل X في قصر السلام أمس Y: a meeting's object after the place and the time
        # where it happened
        gap = reach - 4
        free = next((x for x in cands if not x.governed and x.start >= gap), None)
        if r.plover != "CONSULT" or all(
            s.norms[k] not in ("في", "وفي") or s.norms[k + 1] in FUNCTION_WORDS
            for k in range(gap, min(gap + 5, s.end - 1))
        ):
            free = None  # (في ما ستفعله: not a place)
        cands = [
            x
            for x in cands
            if (
                x.start <= reach
                or (x is free and x.start <= reach + 6)
                or (x.start <= reach + 6 and _by_own_prep(s, x, p.hit))
                or (x.start <= reach + 6 and _owned_by_own_prep(s, x, p.hit))
                or (x.start <= reach + 6 and _owner_of_long_object(s, r, x))
            )
            and (
                not x.governed
                or _by_own_prep(s, x, p.hit)
                or _owner_of_object(s, x)
                or _partitive(s, x)
            )
            or _rank_of_object(s, x, r)
        ]
        obj = next((a for a in p.args if a.role == "obj" and a.how == "pronoun"), None)
        if p.hit.first.suffix or (obj is not None and obj.phrases):
            asked = _asked_from(s, r, cands) if p.hit.first.suffix else []
            cands = asked or (list(obj.phrases) if obj is not None else [])
    elif r.src_phrases and (_agentless(r.plover) or r.src_phrases[0].start == p.end):
        # an attack noun with its agent named (or any noun whose genitive is its doer:
        # لمناشدة الحكومة للدفاع عن الشعب): its target is its genitive or comes with
        # its own preposition, not any later phrase
        cands = [
            x
            for x in cands
            if x.start <= p.end + 1
            or _by_own_prep(s, x, p.hit)
            or _owned_by_own_prep(s, x, p.hit)
            or _word_before(s, x) in _OPPOSED
            or _lam_object(s, x, r.src_phrases[-1])
            or _rank_of_object(s, x, r)
        ]
    return cands


# Verbs of carrying a report, with the pronoun of the report (في نبأ أوردته وكالة الأنباء،
# في بيان نشرته الوزارة): their subject carried the words, nothing was done to it.
_CARRIED_IT = {
    normalize(v + e)
    for v in (
        "أورد",
        "أوردت",
        "نقل",
        "نقلت",
        "نشر",
        "نشرت",
        "بث",
        "بثت",
        "أصدر",
        "أصدرت",
        "وزع",
        "وزعت",
    )
    for e in ("ه", "ها")
}


_NISBA_GAP = 2


def _asked_from(s: Sentence, r: _Reading, cands: list[Phrase]) -> list[Phrase]:
    """المساعدة التي تطلبها بلاده من تركيا: a verb of asking whose one preposition is من
    (طلب، التمس) carries the pronoun of the thing asked; whom it was asked of follows من."""
    if r.plover != "REQUEST" or _preps(r.p.hit) != {"من"}:
        return []
    return [x for x in cands if _word_before(s, x) == "من"][:1]


def _place_nisba(s: Sentence, x: Phrase, r: _Reading) -> int | None:
    """قصفوا قاعدة عسكرية أمريكية، كمينا لقافلة تركية: a nationality on a place of forces
    or of civilians the act hit names whose the place is (that state's forces or
    civilians, as ICEWS codes it); the place noun's index, right after the act."""
    if not x.adjectival or x.head != "demonym" or r.plover not in ("ASSAULT", "COERCE"):
        return None
    end = max([r.p.end] + [y.end for y in r.src_phrases if y.start >= r.p.end])
    for k in range(x.start - 1, max(end - 1, x.start - 2 - _NISBA_GAP), -1):
        w = s.norms[k]
        if _hit_place(w):
            # (the act's object or its genitive; not where it happened: في مسجد، قرب قافلة)
            where = s.norms[k - 1] in ("في", "وفي") or s.norms[k - 1] in LOCATIVES
            where = where or (w[:1] == "ب" and _hit_place(w[1:]))
            return k if k <= end + 1 and not where else None
        if k in s.in_phrase or not w.isalpha() or w in FUNCTION_WORDS:
            return None
    return None


def _place_owner(s: Sentence, r: _Reading, cands: list[Phrase]) -> None:
    """The nation of a place hit, named by its nisba, as its forces or civilians."""
    if len(r.targets) != 1 or r.targets[0].type != "country" or r.targets[0].sector:
        return
    x = next((x for x in cands if x.actor is r.targets[0]), None)
    k = _place_nisba(s, x, r) if x is not None else None
    if k is None:
        return
    sector = "CVL" if _civilian_word(s.norms[k]) else "MIL"
    t0, t1 = s.idx[k], s.idx[x.end - 1] + len(s.words[x.end - 1])
    text = " ".join(s.words[k : x.end])
    r.targets = [A.country(x.actor.country, text, sector, start=t0, end=t1)]


def _describes_quoted(s: Sentence, x: Phrase) -> bool:
    """تنظيم «داعش» الإرهابي: one definite word right after a name in quotes agrees with
    that name and describes it; it is no actor of its own."""
    k = x.start - 1
    return (
        x.end - x.start == 1
        and x.prefix == "ال"
        and k - 1 >= s.start
        and s.norms[k] in _CLOSERS
        and k - 1 in s.in_phrase
    )


def _carrier_of_report(s: Sentence, x: Phrase) -> bool:
    """The agency or body right after "which it carried" (أوردته، نشرته) is who reported."""
    return x.start > s.start and s.norms[x.start - 1] in _CARRIED_IT


# Words before the foe a cooperative act stands against (في مواجهة الإرهاب، ضد داعش).
_STOOD_AGAINST = {normalize(w) for w in ("مواجهة", "ومواجهة", "ضد", "وضد", "لمواجهة")}


def _confronted(s: Sentence, x: Phrase, plover: str) -> bool:
    """تضامنها مع المملكة في مواجهة الجماعات الإرهابية: whom support or aid stands
    against is the foe, never the one supported."""
    return plover in ("SUPPORT", "AID", "COOPERATE") and s.norms[x.start - 1] in _STOOD_AGAINST


def _venue(s: Sentence, x: Phrase, plover: str) -> bool:
    """لقاؤهما في أديس أبابا, اتفاق في فيينا: the place talks or an agreement are held
    in is where, not a party to them."""
    if plover not in _AT_A_VENUE or x.head not in ("metonym", "city", "country"):
        return False
    if x.prefix[:1] == "و":
        # بحث الحرب في سوريا والعراق: a place joined to the place is where too
        return any(y.end == x.start and _venue(s, y, plover) for y in s.phrases)
    return s.norms[x.start - 1] in ("في", "وفي")


def _aimed_in_relative(s: Sentence, r: _Reading) -> list[Phrase]:
    """الهجمات التي يشنها التنظيم على القوات، أعمال العنف التي ارتكبها الحوثيون ضد
    المدنيين: whom the act was aimed at, told in the relative clause that names its doer
    (with the act's own preposition, ضد or بحق)."""
    p = r.p
    doer = next((a for a in p.args if a.role == "agent" and a.how == "doer"), None)
    if doer is None or not doer.phrases or doer.phrases[0].start < p.clause.end:
        return []
    end = _relative_end(s, doer.phrases[-1].end)
    return [
        x
        for x in s.phrases
        if doer.phrases[-1].end <= x.start < end
        and (
            s.norms[x.start - 1] in _AGAINST
            or _by_own_prep(s, x, p.hit)
            # (التي شنها الجيش على معسكرات للمتمردين، ضد مواقع حزب العمال: the owner of
            # the places the preposition brings)
            or _owned_by_own_prep(s, x, p.hit)
        )
    ]


def _exposed_in_relative(s: Sentence, p: Predicate) -> list[Phrase]:
    """التفجير الإرهابي الغاشم الذي تعرض له مسجد قوات الطوارئ: the subject of the
    relative clause of exposure (its pronoun the act) is what the act hit; of a place,
    the owner in construct with it."""
    k = p.end
    while k < min(s.end, p.end + _EXPOSED_GAP) and s.norms[k] not in RELATIVES:
        if not s.norms[k].removeprefix("و").startswith("ال") or k in s.in_phrase:
            return []  # (only the act's adjectives before the relative: الغاشم والآثم)
        k += 1
    if k + 2 >= s.end or s.norms[k] not in RELATIVES or s.norms[k + 2] not in ("له", "لها"):
        return []
    if s.norms[k + 1] not in _EXPOSED:
        return []
    x = next((x for x in s.phrases if k + 3 <= x.start <= k + 4), None)
    # (one place noun may come before the owner: مسجد قوات الطوارئ، مقر الشرطة)
    if x is None or (x.start == k + 4 and (k + 3 in s.in_phrase or not s.norms[k + 3].isalpha())):
        return []
    return [] if x.governed and x.start == k + 3 else [x]


# The most adjectives between an act noun and its relative clause of exposure.
_EXPOSED_GAP = 4


def _relative_end(s: Sentence, k: int) -> int:
    """Where a relative clause from ``k`` (past its doer) ends: at a mark, unless only
    times came before it (التي شنها الجيش الجمعة والسبت، على معسكرات للمتمردين)."""
    end = next((j for j in range(k, s.end) if s.norms[j] in CLAUSE_PUNCT), s.end)
    times = all(s.norms[j] in ASIDE_TIMES or s.norms[j][1:] in ASIDE_TIMES for j in range(k, end))
    if end < s.end and end > k and times:
        end = next((j for j in range(end + 1, s.end) if s.norms[j] in CLAUSE_PUNCT), s.end)
    return end


def _lam_object(s: Sentence, x: Phrase, agent: Phrase) -> bool:
    """قصف التحالف لمواقع الحوثيين, اعتقال الشرطة لصحفيين: after a verbal noun and its
    doer, the object comes with ل (on the phrase, or on the noun it is the owner of)."""
    if x.start == agent.end:
        return x.prefix.lstrip("وف").startswith("ل")
    w = s.norms[agent.end] if agent.end < s.end else ""
    lam = (
        not any(h.start == agent.end for h in s.hits["trigger"])  # لمهاجمة: a purpose
        and w[:1] == "ل"
        and len(w) > 3
        and w not in FUNCTION_WORDS
    )
    if lam and x.start == agent.end + 1:
        return x.prefix in ("", "ال")
    # قصف الطائرات لأربعة مخازن للأسلحة لتنظيم داعش: the owner with ل of a longer object
    # (nothing between but its nouns)
    return (
        lam
        and agent.end + 1 < x.start <= agent.end + _LONG_OBJECT
        and x.prefix.lstrip("وف").startswith("ل")
        and all(
            s.norms[j].isalpha() and s.norms[j] not in FUNCTION_WORDS and j not in s.in_phrase
            for j in range(agent.end + 1, x.start)
        )
    )


# The most words of an object with ل before its owner (لأربعة مخازن للأسلحة والذخائر).
_LONG_OBJECT = 6


def _across_border(s: Sentence, x: Phrase) -> bool:
    """على الحدود مع اليمن، القريبة من الحدود السورية: the state past a border where
    something happened, not whom it was done to (حدود المملكة, the state's own, still is)."""
    k = x.start - 1
    if k - 1 >= s.start and s.norms[k] == "مع" and bare_word(s.norms[k - 1]).startswith("حدود"):
        return True
    return (
        k >= s.start
        and bare_word(s.norms[k]).startswith("حدود")
        and any(s.norms[j] in _NEAR for j in range(max(s.start, k - 3), k))
    )


# Place nouns a name may follow after a word of nearness (قرب مدينة بنغازي, بالقرب من مدن).
_NEAR_NOUNS = {bare_word(w) for w in PLACE_NOUNS}


def _greeted(s: Sentence, x: Phrase) -> bool:
    """نقل تحياته إلى أخيه الملك: whom greetings are sent to is no party to the act told
    with them (the meeting at whose end they were asked for)."""
    k = x.start - 1
    if k > s.start and s.norms[k] not in _TO:
        k -= 1  # (إلى أخيه الملك: past a word of kinship or rank)
    return k > s.start and s.norms[k] in _TO and s.norms[k - 1] in _GREETINGS


_TO = {normalize(w) for w in ("إلى", "وإلى")}


def _placed_near(s: Sentence, x: Phrase) -> bool:
    """قرب مدينة بنغازي، بالقرب من الحسكة، بشرق أفغانستان: a place named by what it is
    near, or "in" a side of it (ب on the word of direction), is where, never whom."""
    first = s.norms[x.start]
    if first[:1] == "ب" and first[1:] in LOCATIVES:
        return True  # (بجنوب الصومال as one phrase)
    k = x.start - 1
    if k > s.start and bare_word(s.norms[k]) in _NEAR_NOUNS:
        k -= 1  # (قرب مدينة: past the place noun)
    if k < s.start:
        return False
    w = s.norms[k]
    if w == "من" and k > s.start:
        return s.norms[k - 1] in _NEAR  # بالقرب من، على مقربة من، القريبة من
    return w in _NEAR or (w[:1] == "ب" and w[1:] in LOCATIVES)


def _instrument(s: Sentence, x: Phrase) -> bool:
    """قصف المدينة بالمدفعية, بطائرات النظام: what an act was done with, not to."""
    return x.prefix.lstrip("وف").startswith("ب") and bare_word(s.norms[x.start]) in INSTRUMENTS


def _choose_targets(
    s: Sentence, r: _Reading, cands: list[Phrase], concept: Hit | None
) -> list[Actor]:
    # نية موسكو تكثيف جهودها (with Lavrov as source): the source's own side is its agent
    # named again, not its target
    sides = {
        (x.country, x.sector)
        for x in r.sources
        if x is not None and x.country and x.type in ("country", "person")
    }
    ids = {x.id for x in r.sources if x is not None}
    cands = [
        x
        for x in cands
        if x.actor.id not in ids  # (the source again, in apposition: ولي ولي العهد)
        and (x.actor.type != "country" or (x.actor.country, x.actor.sector) not in sides)
        and not _forces_moved(r, x.actor)
    ]
    for again in cands:
        later = _met_past_subject(s, r, again)
        if later is not None:
            cands = [later] + [x for x in cands if x is not again and x is not later]
            break
    if not cands and r.plover == "MOBILIZE":
        cands = _sent_to(s, r)
    cands = _foe_past_place(s, r, cands)
    if cands and (
        concept is None
        or cands[0].start <= concept.start
        or cands[0].start - concept.end <= 0
        or _recipient(r.plover)  # قطعت علاقاتها الدبلوماسية مع إيران
        or (
            r.plover in _WITH_A_PARTY
            and cands[0].start > concept.end + 1
            and not _where_held(s, cands[0])
        )
    ):
        return _other_than_own([x.actor for x in coordinated(cands[0], cands, s)], r)
    if concept is not None and not _topic_of_talks(r, concept):
        return [_concept_actor(s, concept, r.p.clause.phrases)]
    return []


# The word of an envoy's post (سفير المملكة لدى كندا).
_AT_POST = normalize("لدى")


def _other_than_own(targets: list[Actor], r: _Reading) -> list[Actor]:
    """بين المملكة الأردنية والمملكة العربية السعودية (the Saudi king the source): of
    states named together, the source's own is its side, not its target."""
    homes = {x.country for x in r.sources if x is not None and x.country}
    own = [t for t in targets if t.type == "country" and not t.sector and t.country in homes]
    return [t for t in targets if t not in own] if own and len(own) < len(targets) else targets


def _met_past_subject(s: Sentence, r: _Reading, x: Phrase) -> Phrase | None:
    """التقى نائب الرئيس اليمني رئيس الوزراء خالد بحاح ... وزير الدولة الإماراتي، التقى
    سفير المملكة لدى كندا فهد السديري رئيس الوزراء الكندي: a named person right after a
    titled subject (or after its post, لدى X) is that subject named, not whom it met, when
    a party of another state follows: that party, the one met."""
    if r.p.kind != "verb" or not r.src_phrases:
        return None
    src = r.src_phrases[-1]
    a = src.actor
    if src.start < r.p.end or a.type == "person" or not a.country:
        return None
    post = s.norms[src.end] == _AT_POST and any(
        y.start == src.end + 1 and y.end == x.start for y in s.phrases
    )
    if not (x.start == src.end or post) or x.actor.type != "person":
        return None
    if x.prefix not in ("", "ال") or x.actor.country not in (None, a.country):
        return None
    return _party_past(s, r, x)


def _party_past(s: Sentence, r: _Reading, x: Phrase) -> Phrase | None:
    """The first party of another state than the source's after ``x`` in its clause,
    not brought by a preposition."""
    home = r.src_phrases[-1].actor.country
    return next(
        (
            y
            for y in r.p.clause.phrases
            if y.start >= x.end
            and not y.governed
            and y.actor.type != "concept"
            and y.actor.country not in (None, home)
        ),
        None,
    )


def _where_struck(s: Sentence, x: Phrase, trig: Hit) -> bool:
    """A bare place (a state or a city, no body of it) not brought by the act's own
    preposition: في سورية, قرب الحسكة, بمحافظة لحج: where an act was, maybe whom."""
    return x.actor.type == "country" and not x.actor.sector and not _by_own_prep(s, x, trig)


def _foe_past_place(s: Sentence, r: _Reading, cands: list[Phrase]) -> list[Phrase]:
    """ضربات جوية على الحزب في شمال العراق وعلى مسلحي داعش، الحملة العسكرية في الأنبار ضد
    داعش: an attack's place gives way to the foe its clause names after it, with ضد or the
    act's own preposition (a bare place is only taken where no foe is named)."""
    if r.plover not in ("ASSAULT", "COERCE") or not cands:
        return cands
    if not _where_struck(s, cands[0], r.p.hit):
        return cands
    preps = _preps(r.p.hit)
    for i, y in enumerate(cands[1:], 1):
        if y.actor.type == "country" and not y.actor.sector:
            continue
        prev = _word_before(s, y)
        prev = prev[1:] if prev[:1] == "و" and len(prev) > 2 else prev
        if prev in _OPPOSED or prev in preps or _owned_by_own_prep(s, y, r.p.hit):
            return cands[i:]
    return cands


# Acts done with another party: a concept after them is what they are about (a deal
# negotiated, a summit held), and the party named past it (not its genitive) is their
# target: تتفاوض على اتفاق تجاري مع كندا.
_WITH_A_PARTY = frozenset({"CONSULT", "AGREE"})
# Concepts that are talks themselves (hosting the negotiations, joining a summit).
_MEETINGS = frozenset(
    {
        "talks", "negotiations", "peace-talks", "dialogue", "national-dialogue",
        "conference", "geneva-conference", "summit",
    }
)  # fmt: skip


def _where_held(s: Sentence, x: Phrase) -> bool:
    """في الدوحة، بدولة قطر: a place after في or with بـ is where something was held."""
    prefix = x.prefix.lstrip("وف")
    place = x.head in ("metonym", "city", "country")
    return place and (prefix.startswith("ب") or s.norms[x.start - 1] in ("في", "وفي"))


def _topic_of_talks(r: _Reading, concept: Hit) -> bool:
    """Talks are had with someone, never with an idea (ناقشا مكافحة الإرهاب، تفاوض على
    اتفاق): a concept after them, unless it names talks, is their topic, not a target."""
    return r.plover == "CONSULT" and concept.entry.get("concept_id") not in _MEETINGS


def _forces_moved(r: _Reading, a: Actor) -> bool:
    """أرسلت نيروبي قوات إلى الصومال، تحشد الحكومة قواتها: the forces a state sends or
    masses are what it moves (its own, or of no country named), not whom it aims at."""
    homes = {x.country for x in r.sources if x is not None}
    return r.plover == "MOBILIZE" and a.sector in _ARMED and a.country in homes | {None}


def _sent_to(s: Sentence, r: _Reading) -> list[Phrase]:
    """أرسلت نيروبي قوات إلى الصومال: where forces are sent to (a state or its city)."""
    return [
        x
        for x in r.p.clause.phrases
        if x.start > r.p.end
        and s.norms[x.start - 1] in ("الي", "إلى")
        and x.head in ("country", "metonym", "city")
    ][:1]


def _own_prep_past_comma(s: Sentence, p: Predicate) -> Phrase | None:
    """بحث X، الثلاثاء، مع نظيره: the trigger's own preposition past a comma."""
    return next(
        (
            x
            for x in s.phrases
            if p.clause.end <= x.start <= p.end + 12
            and _by_own_prep(s, x, p.hit)
            and not any(p.end <= h.start < x.start for h in s.hits["trigger"])
        ),
        None,
    )


def _received(s: Sentence, r: _Reading) -> None:
    """تلقى X اتصالا من Y: Y called X."""
    if not _receives(r.p.hit.entry.get("form") or ""):
        _received_noun(s, r)
        return
    after = [x for x in r.p.clause.phrases if x.start >= r.p.end]
    caller = next((x for x in after if s.norms[x.start - 1] in ("من", "ومن")), None)
    if caller is not None:
        r.targets = [x for x in r.sources if x is not None]
        r.src_phrases, r.sources = (caller,), [caller.actor]


def _received_noun(s: Sentence, r: _Reading) -> None:
    """تلقى X تهنئة Y, تلقى X دعوة Y: the noun after a verb of receiving is the act of its
    genitive (or of whom the sentence says) toward the receiver, the verb's subject."""
    p = r.p
    if p.kind != "noun":
        return
    # (past the receiver's whole name and a blessing: تلقى خادم الحرمين الشريفين الملك
    # سلمان بن عبدالعزيز آل سعود - حفظه الله - اتصالا)
    k = next(
        (j for j in range(p.start - 1, max(s.start, p.start - 16) - 1, -1)
         if bare(s.norms[j]).startswith(_RECEIVE)),
        None,
    )  # fmt: skip
    receiver = next(
        (x for x in s.phrases if k is not None and k < x.start and x.end <= p.start),
        None,
    )
    if receiver is None or receiver.governed or not _only_fillers(s, receiver.end, p.start):
        return  # (the noun right after the receiver: تلقى X دعوة Y لزيارة Z)
    gen = p.arg("gen")
    sender = _sender_after(s, r)
    if gen is not None and gen.how == "idafa" and gen.phrases:
        r.src_phrases, r.sources = gen.phrases, [x.actor for x in gen.phrases]
    elif sender is not None:
        r.src_phrases, r.sources = (sender,), [sender.actor]  # اتصالا هاتفيا أمس من X
    if receiver.actor not in r.sources:
        r.targets = [receiver.actor]


def _only_fillers(s: Sentence, a: int, b: int) -> bool:
    """Only a comma, a dash, the rest of a name, a blessing (حفظه الله) or a time (أمس)
    from ``a`` to ``b``."""
    k = _past_name_rest(s, a, b)
    while k < b:
        if s.norms[k] not in ("،", ",", "-", "–") and s.norms[k] not in TIME_WORDS:
            return False
        k = _past_name_rest(s, k + 1, b)
    return True


def _sender_after(s: Sentence, r: _Reading) -> Phrase | None:
    """The one من names after the received noun, past the day (اتصالا هاتفيا أمس الأول من
    فخامة الرئيس الفرنسي)."""
    k, end = _from_at(s, r.p), r.p.clause.end
    if k >= end or s.norms[k] not in ("من", "ومن"):
        return None
    j = k + 1
    while j < end and s.norms[j] in FOLLOWER_WORDS:
        j += 1  # (من فخامة الرئيس)
    return next((x for x in r.p.clause.phrases if x.start == j), None)


# Verbal nouns of things sent or given, whose sender من names right after them:
# دعوة من X إلى Y, رسالة من X, بدعم من X (not طلب من X: the one asked).
_SENT = frozenset({"CONSULT", "SUPPORT", "AID", "COOPERATE"})


_FIRST_DAY = {normalize(w) for w in ("الأول", "أول")}


def _from_at(s: Sentence, p: Predicate) -> int:
    """Where من may name the sender after a noun of things sent: past its adjectives and
    the day (دعوة كريمة من الملك، اتصالا هاتفيا اليوم من الرئيس، المساعدات المقدمة من
    الكويت، أمس الأول من، أول من أمس من)."""
    k, definite = p.end, "ال" in p.hit.first.prefix
    while (
        k < s.end
        and s.norms[k] != "من"
        and (
            adjective_like(s.norms[k], definite)
            or s.norms[k] in FOLLOWER_WORDS
            or s.norms[k] in TIME_WORDS
            or s.norms[k] in _FIRST_DAY
        )
        and k < p.end + 3
    ):
        k += 1
    if s.norms[k : k + 3] == ["من", "امس", "من"]:
        k += 2  # (أول من أمس من الرئيس: the day before yesterday)
    return k


def _sent_from(s: Sentence, r: _Reading) -> None:
    """نقل الوزير دعوة من الملك إلى الرئيس: the king invites, the president is invited."""
    p = r.p
    if p.kind != "noun" or r.plover not in _SENT or p.hit.first.suffix.endswith(ENCLITICS):
        return  # اتصالاتها من مصر: the pronoun is the doer, من the other side
    k = _from_at(s, p)
    sender = next(
        (
            a.phrases[0]
            for a in p.args
            if ((a.role == "pp" and a.prep == "من") or (a.role == "obj" and s.norms[k] == "من"))
            and a.phrases
            and all(
                s.norms[j] in HONORIFICS or s.norms[j] in FOLLOWER_WORDS
                for j in range(k + 1, a.phrases[0].start)
            )
            and k + 1 <= a.phrases[0].start <= k + 3  # (من فخامة الرئيس)
        ),
        None,
    )
    if sender is None or sender.actor.type == "concept":
        if s.norms[p.start] in _BACKING and k < s.end and s.norms[k] == "من":
            # بمساندة من القوة الخاصة: backing by someone not named as an actor here,
            # neither the clause's doer's nor aimed at whoever follows
            r.sources, r.src_phrases, r.targets = [None], (), []
        return
    # the one it goes to: إلى Y, also past a comma (رسالة من X، إلى Y)
    to = next(
        (
            x
            for x in s.phrases
            if sender.end < x.start <= sender.end + 3 and s.norms[x.start - 1] in ("الي", "والي")
        ),
        None,
    )
    # the clause's doer (وصل X بدعوة من Y: X), never a speaker telling of it
    own = not r.inherited or (p.context is not p.speaker and p.clause.kind == "main")
    helped = [x for x in r.sources if x and x is not sender.actor] if own else []
    if to is None and r.plover in ("SUPPORT", "AID") and not helped:
        return  # بدعم من المروحيات in a raid: no one named who got it
    r.src_phrases, r.sources, r.inherited = (sender,), [sender.actor], False
    if r.plover == "SUPPORT" and s.norms[p.start] in _BACKING and sender.actor.sector in _ARMED:
        r.action = actions()["military_aid"]  # بدعم من طيران التحالف: arms, not words
    if to is not None:
        r.targets = [to.actor]
    elif r.plover in ("SUPPORT", "AID") or (
        helped and not any(t is not sender.actor and t.type != "concept" for t in r.targets)
    ):
        # استعادت القوات المدينة بدعم من التحالف: the support went to the clause's doer;
        # تلقى X رسالة من Y, وصل X بدعوة من Y: the message or invitation too
        r.targets = helped
    else:
        r.targets = [t for t in r.targets if t is not sender.actor]


def _request_addressee(s: Sentence, r: _Reading) -> None:
    """ "توجهنا إلى واشنطن ... بطلب": a request goes to the addressee named with إلى."""
    p = r.p
    if r.plover != "REQUEST" or (
        r.targets and not (p.kind == "noun" and p.hit.first.prefix.endswith("ب"))
    ):
        return
    addressees = [
        x for x in s.phrases if x.end <= p.start and s.norms[x.start - 1] in ("الي", "والي")
    ]
    if addressees:
        r.targets = [addressees[-1].actor]


# Words of stopping an act (not of preventing one: منع، تجنب), and how far after the
# request they come.
_STOP_ASKED = frozenset(w for w in HALTING if bare_word(w) not in {"منع", "تجنب"})
_STOP_REACH = 6


def _stop_asked_of(s: Sentence, r: _Reading) -> None:
    """دعت إلى وقف الغارات الإسرائيلية، طالب بإنهاء قصف النظام: a call to stop an act
    whose doer is named right after it goes to that doer."""
    p = r.p
    if r.plover != "REQUEST" or r.targets:
        return
    end = min(p.clause.end, p.end + _STOP_REACH)
    k = next((k for k in range(p.end, end) if s.norms[k] in _STOP_ASKED), None)
    act = next(
        (
            h
            for h in s.hits["trigger"]
            if k is not None
            and k < h.start <= k + 2
            and h.kind == "noun"
            and action_plover(h) in ("ASSAULT", "COERCE")
        ),
        None,
    )
    own = {a.id for a in r.sources if a is not None}
    doer = next(
        (
            x
            for x in s.phrases
            if act is not None
            and x.prefix in ("", "ال")  # (its genitive or nisba, not لـ its object)
            and (x.start == act.end or (x.adjectival and x.start == act.end + 1))
            and x.actor.id not in own
        ),
        None,
    )
    if doer is not None:
        r.targets = [doer.actor]


# Words before a request noun that make the clause's act the answer to it (استجابة لطلب X).
_ANSWERING = {normalize(w) for w in ("استجابة", "تلبية", "بناء", "وفقا", "نزولا")}


# Verbs that answer, grant or turn down a request named as their object (لبت الرياض
# نداء الأمم المتحدة، استجابت القاهرة لطلب بغداد، رفضت واشنطن طلب أنقرة).
_ANSWERING_VERBS = {
    normalize(c + w)
    for c in ("", "و", "ف")
    for w in (
        "استجاب", "استجابت", "استجابوا", "يستجيب", "تستجيب", "لبى", "لبت", "لبوا", "يلبي",
        "تلبي", "قبل", "قبلت", "يقبل", "تقبل", "رفض", "رفضت", "رفضوا", "يرفض", "ترفض",
    )
}  # fmt: skip
_ANSWER_REACH = 4


def _answered_by_verb(s: Sentence, p: Predicate) -> bool:
    """A request noun a verb of answering takes as object, past its subject and a
    preposition (لبت الرياض نداء الأمم المتحدة، وافقت على طلب): the verb's subject was
    asked, the noun's genitive asked."""
    lo = max(p.clause.start, p.start - _ANSWER_REACH)
    return any(s.norms[k] in _ANSWERING_VERBS for k in range(lo, p.start))


def _at_request(s: Sentence, r: _Reading) -> None:
    """بطلب من القضاء الأمريكي، استجابة لطلب الرئيس هادي: the one named after the request
    asked; whom the clause's subject is (who acted on it) was asked."""
    p = r.p
    if r.plover != "REQUEST" or p.kind != "noun":
        return
    # (بناء itself opens with ب: the word as written, and without its clitics)
    before = [
        w
        for k in range(max(s.start, p.start - 2), p.start)
        for w in (s.norms[k], bare_word(s.norms[k]))
    ]
    if not (
        p.hit.first.prefix.lstrip("و") == "ب"
        or _ANSWERING.intersection(before)
        or _answered_by_verb(s, p)
    ):
        return
    at = p.end + 1 if p.end < s.end and s.norms[p.end] == "من" else p.end
    asker = next((x for x in s.phrases if x.start == at), None)
    if asker is None:
        return
    subject = p.clause.subject
    asked = subject.actors[0] if subject is not None and subject.actors else None
    r.sources, r.src_phrases = [asker.actor], (asker,)
    # (لطلب الحكومة العراقية من الأمم المتحدة: its own preposition names whom it asked)
    r.targets = [t for t in r.targets if t.id != asker.actor.id]
    if asked is not None and asked.country and asked.id != asker.actor.id:
        # (نزولا عند طلب من حركة طالبان أفغانستان: who acted on it, not a name after)
        r.targets = [asked]


_CONTROL = {normalize(w) for w in ("سيطرة", "السيطرة", "لسيطرة", "قبضة")}
# Present forms of holding ground (يسيطر, تحتل, the land it occupies: تحتله): a state.
_HELD = {
    normalize(w)
    for w in (
        "يسيطر", "تسيطر", "يسيطرون", "يحتل", "تحتل", "يحتلون", "تحتلها", "يحتلها", "تحتله",
        "يحتله", "يحتلونها", "يحتلونه",
    )
}  # fmt: skip


def action_is(r: _Reading, action_id: str) -> bool:
    return r.action.id == action_id


def _complement_partner(s: Sentence, p: Predicate) -> Phrase | None:
    """The actor an event noun right after the trigger brings in with its own preposition."""
    nxt = next(
        (h for h in s.hits["trigger"] if p.end <= h.start <= p.end + 6 and h.kind == "noun"), None
    )
    if nxt is None:
        return None
    return next(
        (x for x in s.phrases if nxt.end <= x.start <= nxt.end + 3 and _by_own_prep(s, x, nxt)),
        None,
    )


def _state_of_control(s: Sentence, p: Predicate) -> bool:
    """Control as a state, not a seizure: تحت سيطرة X, الخاضعة لسيطرة X, and a present
    يسيطر (the place X holds)."""
    if actions()[p.hit.entry.get("action_id")].id != "seize":
        return False
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    under = ("تحت", "وتحت", "الخاضعه", "خاضعه")
    if p.kind == "noun" and (prev in under or s.norms[p.start][:3] == "لسي"):
        return True
    # تحرير المدينة من سيطرة داعش، المناطق الخارجة عن سيطرة النظام: whose control it was
    # (not من السيطرة على: the act); القيادة والسيطرة: a command's name
    bare_noun = p.kind == "noun" and s.norms[p.start] in ("سيطره", "سيطرته", "سيطرتها")
    if bare_noun and prev in ("من", "عن"):
        return True
    if p.kind == "noun" and prev == "القياده":
        return True
    # (وقوات الجيش تسيطر على قرى: a present يسيطر tells who holds it, not a seizure; with
    # the conjunction too: ويسيطر المتمردون على)
    return p.kind == "verb" and bare(s.norms[p.start]) in _HELD


def _held_by(s: Sentence, p: Predicate, start: int | None = None) -> Phrase | None:
    """The one who holds an attacked place: مناطق تحت سيطرة المعارضة, القرية التي يسيطر
    عليها داعش, بلدات موالية للنظام."""
    start = p.end if start is None else start
    for k in range(start, min(s.end - 1, start + 14)):
        w = s.norms[k]
        if w in _CONTROL or w in _HELD or w in LOYAL_WORDS:
            j = k + 1
            if j < s.end and s.norms[j] in ("عليها", "عليه", "عليهم"):
                j += 1
            x = next((x for x in s.phrases if j <= x.start <= j + 1), None)
            if x is not None and (w not in LOYAL_WORDS or x.prefix.lstrip("و").startswith("ل")):
                return x
        if w in CLAUSE_PUNCT:
            break
    return None


def _affiliated_to(s: Sentence, p: Predicate, r: _Reading) -> Phrase | None:
    """The body the object of an arrest or attack belongs to: أشخاصا ينتمون إلى X,
    يشتبه في انتمائهم إلى X, عناصر في X. Another actor first owns the affiliation."""
    own = {x.start for x in r.src_phrases}
    starts = {x.start: x for x in s.phrases}
    last = None
    for k in range(p.end, min(s.end - 1, p.end + 16)):
        w = s.norms[k]
        held = k in starts and starts[k].actor.type == "group" and starts[k].actor.sector == "CVL"
        if w in CLAUSE_PUNCT or (k in starts and k not in own and not held):
            return None  # (ثلاثة أشخاص ينتمون: the people held, not their owner)
        last = k if k in starts else last
        if w not in AFFILIATION and w not in MEMBER_WORDS:
            continue
        if last in own and w in AFFILIATION and "منت" not in w:
            # على أيدي مسلحين ينتمون إلى X: the doers' body, not the victims' (but
            # اعتقلت الشرطة منتمين إلى X: the participle is the object)
            return None
        j = k + 1
        if s.norms[j] in ("الي", "في") or (w in MEMBER_WORDS and s.norms[j] == "من"):
            j += 1
        elif w in MEMBER_WORDS:
            continue  # عناصر الشرطة: the members' own body is a phrase already
        x = starts.get(j)
        if x is not None and x.start in own:
            return None  # نفذه عنصر من داعش: the doer's own body, not the target's
        # (عناصر في صنعاء: where they are, not whose)
        if x is not None and (w in AFFILIATION or x.actor.type != "country"):
            return x
    return None


def _owner_of_doer(s: Sentence, r: _Reading, held: Phrase) -> bool:
    """قصف الجيش التابع للحكومة قاربا, غارات نفذها الطيران الموالي للنظام: the loyalty
    word right after a doer named past the act tells whose the doer is, not who holds
    the place hit."""
    return any(held.start == x.end + 1 and s.norms[x.end] in LOYAL_WORDS for x in r.src_phrases)


_OWNER_REACH = 8


def _owner_of_place_hit(s: Sentence, r: _Reading) -> None:
    """هاجم مسلحون مقره، هجمات يشنها الجيش على مواقعها: a place hit with a possessive
    pronoun is the place of the one named before the act whom the pronoun agrees with
    (not the doer): that one is the target, not where the place is."""
    if r.plover != "ASSAULT" or r.victims or any(t.sector for t in r.targets):
        return
    k = r.past_subject
    if r.p.kind == "noun":
        k = _first_word_after(s, r.p, ("علي", "على"), 6) or s.end
    if k < s.end and s.norms[k] in ("علي", "على"):
        k += 1
    if k >= s.end or k in s.in_phrase or not _own_place(bare_word(s.norms[k])):
        return
    pronoun = next((e for e in ("هما", "هم", "ها", "ه") if s.norms[k].endswith(e)), None)
    if pronoun is None:
        return  # (مواقعنا: the speaker's, told elsewhere)
    own = {x.start for x in r.src_phrases}
    before = [x for x in s.phrases if x.end <= r.p.start and x.start not in own]
    if not before or before[-1].governed or before[-1].actor.type == "concept":
        return
    # (دخلت الشرطة البلدة بعد أن هاجم المسلحون منازلها: the town's, a nearer noun)
    gap = range(before[-1].end, r.p.start)
    if len(gap) <= _OWNER_REACH and not any(_hit_place(s.norms[j]) for j in gap):
        topic = coordinated_back(before)
        if _agrees(s, topic, pronoun):
            r.targets = [x.actor for x in topic]


def _also_held(s: Sentence, p: Predicate, held: Phrase) -> list[Actor]:
    """غارات على قرية يسيطر عليها X، وعلى قرية يسيطر عليها Y: the holders of the
    places the trigger's preposition, repeated with و, brings in next."""
    again = {"و" + x for x in _preps(p.hit)}
    out = []
    k = held.end
    while k < s.end:
        nxt = next((j for j in range(k, min(s.end, k + 7)) if s.norms[j] in again), None)
        if nxt is None:
            break
        other = _held_by(s, p, nxt + 1)
        if other is None or other.start <= k:
            break
        out.append(other.actor)
        k = other.end
    return [a for a in out if a.id != held.actor.id]


# Words between من and whom a place is taken from (من يد، من أيدي، من قبضة).
_HOLD_WORDS = {normalize(w) for w in ("يد", "أيدي", "قبضة", "سيطرة")}


def _taken_from(s: Sentence, r: _Reading) -> None:
    """An armed force after من (and يد، قبضة) past a seizure's place is whom it is taken
    from, its target (استعادت القوات السيطرة على الرمادي من تنظيم داعش)."""
    loser = _loser(s, r.p) if action_is(r, "seize") else None
    if loser is not None:
        r.targets = [loser.actor]


def _loser(s: Sentence, p: Predicate) -> Phrase | None:
    for x in p.clause.phrases:
        if x.start <= p.end or x.actor.sector not in _ARMED:
            continue
        k = x.start - 1
        if s.norms[k] in _HOLD_WORDS:
            k -= 1
        # (past the place taken: مقاتلون من المعارضة سيطروا is whose fighters)
        place_first = any(s.norms[j] in ("على", "علي") for j in range(p.start, k))
        if k > p.end and s.norms[k] == "من" and place_first and not _backer(s, x):
            return x
    return None


def _origin_after(s: Sentence, p: Predicate) -> Actor | None:
    """A country named with من (from) soon after an attack: من جنوب لبنان، من غزة."""
    for x in p.clause.phrases:
        if (
            not (p.end <= x.start <= p.end + 5)
            or x.head not in ("country", "metonym", "city")  # العشرات من المسلحين: partitive
            or x.actor.country not in A.countries()
        ):
            continue
        k = x.start - 1
        if s.norms[k] in LOCATIVES:
            k -= 1
        near = k > s.start and s.norms[k - 1] in _NEAR  # بالقرب من الحسكة: where, not whence
        if k >= s.start and s.norms[k] == "من" and not near:
            return x.actor
    return None


def _concept_actor(s: Sentence, c: Hit, phrases: list[Phrase]) -> Actor:
    """A concept target; its country is a nisba or في + country right after it."""
    text_start, text_end = s.idx[c.start], s.idx[c.end - 1] + len(s.words[c.end - 1])
    country = None
    for x in phrases:
        if c.end <= x.start <= c.end + 2 and (
            x.adjectival or s.norms[x.start - 1] == "في" or x.start == c.end
        ):
            country = x.actor.country
            break
    return A.concept(
        c.entry.get("concept_id"),
        c.entry.get("label") or c.entry.get("concept_id"),
        " ".join(s.words[c.start : c.end]),
        country=country,
        start=text_start,
        end=text_end,
    )


def _owner_by_prep(s: Sentence, x: Phrase, trig: Hit) -> bool:
    """أشاد بالدور المصري: a nisba on the noun the trigger's preposition brings in."""
    if x.start - 1 <= trig.start:
        return False
    noun = s.norms[x.start - 1]
    return any(len(p) == 1 and noun.startswith(p + "ال") for p in _preps(trig))


def _owner_of_direct_object(s: Sentence, x: Phrase, r: _Reading) -> bool:
    """رفضت مصر التصريحات الإيرانية: a nisba on a verb's definite object, right after
    the verb or its subject, names whose the object is (CAMEO codes the owner)."""
    p = r.p
    k = x.start - 1
    if p.kind != "verb" or k < p.end or k in s.in_phrase or not s.norms[k].startswith("ال"):
        return False
    j = p.end
    for ph in r.src_phrases:
        j = ph.end if ph.start == j else j
    return j == k


def _owned_by_own_prep(s: Sentence, x: Phrase, trig: Hit) -> bool:
    """أشاد بالجهود الكبيرة للمغرب, غارات على مواقع الحوثيين: the owner of the noun the
    trigger's preposition brings in (with لـ, or as its genitive)."""
    construct = (
        x.start - 1 > trig.end
        and x.prefix in ("", "ال")
        and not s.norms[x.start - 1].startswith(("ال", "وال"))
        and s.norms[x.start - 1].isalpha()
        and s.norms[x.start - 1] not in FUNCTION_WORDS
    )
    if not (_owner_of_object(s, x) or construct):
        return False
    if x.start - 2 >= trig.end and s.norms[x.start - 2] in _OPPOSED:
        return True  # غارات ضد مواقع لحزب العمال: "against" brings any act's object
    preps = _preps(trig)
    for k in range(x.start - 1, max(trig.end - 1, x.start - 4), -1):
        w = s.norms[k]
        if any(len(p) == 1 and w.startswith(p + "ال") for p in preps):
            return True
        if k > s.start and s.norms[k - 1] in preps:
            return True
    return False


def _owner_of_object(s: Sentence, x: Phrase) -> bool:
    """قصفت مواقع لتنظيم داعش: the owner of an object noun is the one hit."""
    clitic = x.prefix.lstrip("وف")
    prev = s.norms[x.start - 1] if x.start > s.start else ""
    return clitic.startswith("ل") and prev.isalpha() and prev not in FUNCTION_WORDS


def _owner_of_long_object(s: Sentence, r: _Reading, x: Phrase) -> bool:
    """قصفت الطائرات مقرين عامين ونقطة تموين لمسلحي داعش: the owner with لـ (on itself or
    on the members before it) of an object of several words, nothing between but nouns."""
    k = x.start - 1
    if k > r.p.end and s.norms[k] in QUOTE_MARKS:
        k -= 1  # (لمسلحي «داعش»: past the mark opening the name)
    members = s.norms[k][:1] == "ل" and s.norms[k][1:] in MEMBER_WORDS
    if not (_owner_of_object(s, x) or members):
        return False
    # (past the doer and the weapon: قصفت الطائرات بالصواريخ مقرين)
    own = {
        i
        for y in s.phrases
        if y in r.src_phrases or _instrument(s, y)
        for i in range(y.start, y.end)
    }
    return all(
        s.norms[j].isalpha() and s.norms[j] not in FUNCTION_WORDS and j not in s.in_phrase
        for j in range(r.p.end, k)
        if j not in own
    )


def _by_own_prep(s: Sentence, x: Phrase, trig: Hit) -> bool:
    """A phrase introduced by one of the trigger's prepositions (رحب ب, اتفق مع)."""
    preps = _preps(trig)
    prev = _word_before(s, x)
    if (prev in LOCATIVES or prev in PLACE_NOUNS) and x.start - 2 >= s.start:
        prev = s.norms[x.start - 2]  # على جنوب إسرائيل، على مدينة عدن
    clitic = x.prefix.lstrip("وف")[:1]
    return prev in preps or bool(clitic and clitic in preps)


# "Against": whom any act is aimed at comes after it (غارات ضد مواقع لحزب العمال).
_OPPOSED = frozenset({"ضد", "وضد"})


def _word_before(s: Sentence, x: Phrase) -> str:
    """The word before a phrase, past a mark opening a name in quotes (غارات على «داعش»)."""
    k = x.start - 1
    if k > s.start and s.norms[k] in QUOTE_MARKS:
        k -= 1
    return s.norms[k] if k >= s.start else ""


def _prep_follows(s: Sentence, trig: Hit) -> bool:
    """The trigger's own preposition follows it (تصر على ..., دعت مصر إلى ...)."""
    preps = _preps(trig)
    after = [s.norms[k] for k in range(trig.end, min(s.end, trig.end + 12)) if k not in s.in_phrase]
    for w in after[:4]:
        if w in preps or any(len(p) == 1 and w.startswith(p) and len(w) > 3 for p in preps):
            return True
        if w.startswith("لل") and "ل" not in preps:
            return False  # للاتفاق للتأثير على: the preposition of a purpose after it
    return False


_OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "ني"})


def _has_object_pronoun(p: Predicate) -> bool:
    """A verb with an object pronoun (اتهمه، حثهم). Not a form V or VI past (تحفظها: the
    verbal noun of form V is the past's letters, and with a pronoun it is "her reservation")."""
    first = p.hit.first
    return p.kind == "verb" and first.suffix in _OBJECT_PRONOUNS and not first.stem.startswith("ت")


def _other_sense_object(s: Sentence, p: Predicate) -> bool:
    """A verbal noun in construct with a thing (تحقيق الأهداف، عرض الفيلم، معركة الرؤية)
    or followed by a thing one achieves (تحقيق تطلعات), or a verb with an object pronoun
    (النجاح الذي حققته القوات في ...): the sense without the event's preposition. A doer
    (تحقيق النيابة في) or an adjective (تحقيق موسع في) does not count."""
    if p.kind == "verb":
        if _has_object_pronoun(p):
            return True  # حققته: achieved it
        if any(
            s.norms[k] == "علي" and s.norms[k + 1] in DISPLAYS
            for k in range(p.end, min(s.end - 1, p.end + 4))
        ):
            return True  # عرض البيت الأبيض على موقعه: shown, not offered
        after = [k for k in range(p.end, min(s.end, p.end + 8)) if k not in s.in_phrase][:2]
        return any(_achievable(s.norms[k]) for k in after)  # حقق التحالف انتصارا في

    if p.kind != "noun" or p.end >= s.end or p.end in s.in_phrase:
        return False
    w = s.norms[p.end]
    construct = "ال" not in p.hit.first.prefix and w.startswith("ال") and w not in FUNCTION_WORDS
    return construct or _achievable(w)


def _achievable(w: str) -> bool:
    """A thing one achieves, with its article or its accusative ending (نجاحا، مكاسب)."""
    b = bare_word(w)
    return w in ACHIEVABLE or b in ACHIEVABLE or (b.endswith("ا") and b[:-1] in ACHIEVABLE)


def _attributed_to(s: Sentence, k: int) -> Phrase | None:
    """هجوم انتحاري نسبته الحكومة إلى تنظيم داعش، هجوم ونسب إلى حزب العمال: the armed
    group an attack is laid to (past the one who laid it, within a few words)."""
    for x in s.phrases:
        if not k < x.start <= k + 7 or x.governed and s.norms[x.start - 1] not in _TO:
            continue
        to = s.norms[x.start - 1] in _TO or x.prefix.lstrip("وف").startswith("ل")
        if to and x.actor.sector in _ARMED and x.actor.type != "person":
            return x
    return None
