"""Arabic event coding: predicates with their arguments -> event mentions.

A predicate of ``kg.lang.ar.syntax`` names an action (the trigger's row of
``data/actions.tsv``: its action id, the prepositions that bring in its target,
and the frame of its verb). Coding decides, from the arguments the clause
analysis found, which is the source and which the target:

- a verb's source is its subject; its target its object or an argument with one
  of its prepositions (بحث + مع X, اتهم + object + بـ, أدان + object);
- a verbal noun's source is its genitive when an object or a phrase follows
  (قصف التحالف لمواقع الحوثيين), else the doer of a light verb (شنت X هجوما) or an
  agent (على يد X), else the clause's subject;
- victims of a killing or abduction told in the passive are targets (قتل ثلاثة جنود);
- bodies bound by the frame of the verb: a request to a meeting is an invitation
  (دعا X إلى المؤتمر), a call received (تلقى اتصالا من X) runs from the caller.

What a clause says about its trigger decides whether it is an event at all: a
verbal noun inside a phrase (في الحوار مع دمشق) is a circumstance, stopping an attack
(وقف إطلاق النار) is not an attack, a right or a law (حق التظاهر) is an idea.
Coding policy shared by every language (mutual events, recipients, domestic
targets, duplicates) is in ``kg.events``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg import actors as A
from kg.lang.ar.actors import (
    HIS_COUNTRY,
    Phrase,
    adjective_like,
    bare_word,
    in_place_noun,
    named_after,
)
from kg.lang.ar.matcher import Hit
from kg.lang.ar.morphology import ENCLITICS, conjugate
from kg.lang.ar.normalize import normalize, strip_diacritics
from kg.lang.ar.rules import (
    ACHIEVABLE,
    AFFILIATION,
    BACKGROUND,
    BLASTS,
    BODY_NOUNS,
    CLAIM_REPORTS,
    CLAIM_VERBS,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    DISPLAYS,
    DOER_VERBS,
    FOLLOWER_WORDS,
    FOREIGN,
    FOUND_STEMS,
    FUNCTION_WORDS,
    GENERIC,
    HALTING,
    HONORIFICS,
    INSTRUMENTS,
    JUDGED_AS,
    LOCATIVES,
    LOYAL_WORDS,
    MEETINGS,
    MEMBER_WORDS,
    MET,
    NEGATORS,
    NOT_EVENT_HEADS,
    NOT_ONLY,
    NUMBERS,
    OTHER_FIELDS,
    PASSIVE_VERBS,
    PLACE_NOUNS,
    PRACTICE_STEMS,
    PREPARING_VERBS,
    PREPOSITIONS,
    PURPOSE,
    RELATIVES,
    RESPONSIBILITY,
    RESULT_PREPS,
    RESULT_VERBS,
    SAID_THINGS,
    SCOURGES,
    TIME_WORDS,
    VICTIM_ACTIONS,
    VICTIM_NOUNS,
    WEAPONS,
    WHICH,
    WITNESS,
)
from kg.lang.ar.syntax import (
    ASIDE_TIMES,
    AT_LEAST,
    DONE_TO,
    QUOTE_MARKS,
    SURVIVE_VERBS,
    Arg,
    Clause,
    Predicate,
    Sentence,
    agent_phrase,
    bare,
    coordinated,
    coordinated_back,
    count_after,
    count_then_phrase,
    counts,
    described_noun,
    has_possessive,
    light_verb_in,
    masdar_reading,
    only_followers,
    past_followers,
    place_hits,
    threatened,
    unknown_doer,
    vso_gap_ok,
)
from kg.records import Actor, Mention
from kg.vocab import ActionType, actions, categories

__all__ = ["code_sentence", "action_plover"]

# Actions whose object is a victim; unvocalised قتل is also the passive قُتل.
# Verbs of being subjected to something: تعرضت X لهجوم (X came under attack).
_EXPOSED = {"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "تعرضا"}
# ... and of facing it, with the act as the object (تواجه الحركة هجمات يشنها التنظيم)
_FACING = {"واجه", "واجهت", "يواجه", "تواجه", "واجهوا", "يواجهون", "تواجهان", "يواجهان"}
_MILITARY_ACTIONS = {"air_strike", "shell"}
_RECEIVE = ("تلقي", "تلقت", "يتلقي", "تتلقي", "وتلقي")
# Verbs that judge an event named as their object (دانت الهجوم، رحبت بالاتفاق)
_JUDGING = {"ACCUSE", "REJECT", "SUPPORT"}
_PERMITTING = {"ease_restrictions"}
_CLAIM_WORDS = frozenset(
    {c + v + e for c in ("", "و", "ف") for v in CLAIM_VERBS for e in ("ه", "ها", "هم", "هما")}
    | RESPONSIBILITY
)


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
_NO_TARGET = 0.1


def action_plover(hit: Hit) -> str:
    """The PLOVER category of a trigger's action."""
    return actions()[hit.entry.get("action_id")].plover


def _agentless(plover: str) -> bool:
    """Categories coded without a named doer: an attack, a protest, an arrest."""
    return bool(categories()[plover].get("agentless"))


def _recipient(plover: str) -> bool:
    return bool(categories()[plover].get("requires_recipient"))


@lru_cache(maxsize=4096)
def _receives(form: str) -> bool:
    return normalize(form).startswith(_RECEIVE)


def _preps(hit: Hit) -> set[str]:
    return set((hit.entry.get("preps") or "").split("|")) - {""}


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


# ---------------------------------------------------------------- sentence


# Words that open a news page's list of tags (سمات، وسوم).
_TAG_LINES = {normalize(w) for w in ("سمات", "وسوم", "الوسوم")}


def code_sentence(
    s: Sentence,
    clauses: list[Clause],
    preds: list[Predicate],
    text: str,
    home: str | None = None,
    scene: Actor | None = None,
) -> list[Mention]:
    """The mentions of one sentence's predicates, with the sentence-level readings:
    claims of attacks, protests told by their protesters, "not only X but also Y";
    ``home`` is the article's country (its dateline, or the one it is about); ``scene``
    where an earlier sentence said things happened."""
    if s.norms[s.start] in _TAG_LINES:
        return []  # سمات تركيا دياربكر شرطي مقتل: a page's list of tags, no sentence
    out: list[Mention] = []
    last: list[Mention] = []
    for c in clauses:
        mine = [p for p in preds if p.clause is c]
        for p in mine:
            found = code_predicate(s, p, text)
            last = found or last
            out.extend(found)
        if not mine and last and s.norms[c.start] in ("بل", "وبل") and c.phrases:
            # "ليس X فحسب، بل Y": the last event again, with Y as its target
            out.extend(replace(m, target=c.phrases[0].actor) for m in last if m.target)
    out = _drop_visits_with_requests(out)
    out = _claimed(s, out)
    out = _implied(s, out, preds)
    out = _aim_of_act(s, _aimed_by_act(s, out))
    out = _deaths_by_cause(s, _condemned_doers(s, _the_act_again(s, out)))
    out = _place_gone_to(s, out)
    out = _hit_in_ranks(s, _protest_targets(out))
    out = _protested_doers(s, out)
    out = _judged_doers(s, clauses, _not_by_condemner(out))
    if s.register == "sports":
        out = [m for m in out if not _teams_only(s, m)]
    out = [m for m in out if not _battle_of_words(m)]
    out = _local_groups(s, _domestic_protests(s, out), home, scene)
    out = _own_state_acting(_capitals_taken(s, out))
    out = _forces_among_dead(s, _forces_named_before(_domestic_counterparts(s, out)))
    return _victims_not_condemned(s, _private_violence(s, out))


# Nouns of the dead and wounded (مقتل، مصرع، استشهاد، إصابة، وفاة): of an attack's toll,
# and a verb of harm joined to one is a noun too.
_DEATHS = VICTIM_NOUNS | {normalize(w) for w in ("استشهاد", "وفاة")}
_DEAD_REACH = 6


def _dead_forces(s: Sentence) -> Phrase | None:
    """The one forces or police phrase the sentence names as the dead or wounded
    (استشهاد ضابط وثلاثة مجندين، مقتل وإصابة عدد من رجال الأمن)."""
    found = []
    for k in range(s.start, s.end):
        if bare_word(s.norms[k]) not in _DEATHS:
            continue
        for x in s.phrases:
            if k < x.start <= k + _DEAD_REACH and not any(
                s.norms[j] in CLAUSE_PUNCT for j in range(k, x.start)
            ):
                if x.actor.sector in ("MIL", "COP"):
                    found.append(x)
                break
    return found[0] if len({x.actor.sector for x in found}) == 1 else None


def _forces_among_dead(s: Sentence, out: list[Mention]) -> list[Mention]:
    """A bombing told only by where it struck (its civilians: التفجير بمنطقة عسير) whose
    dead the sentence names as forces or police (أدى إلى استشهاد عدد من قوات الأمن) hit
    those forces, of their country or else of that place."""
    todo = [m for m in out if _hit_where(s, m)]
    x = _dead_forces(s) if todo else None
    if x is None:
        return out
    result = []
    for m in out:
        if m in todo:
            t, a = m.target, x.actor
            iso3 = a.country or t.country
            m = replace(m, target=A.country(iso3, a.text, a.sector, start=a.start, end=a.end))
        result.append(m)
    return result


def _hit_where(s: Sentence, m: Mention) -> bool:
    """An attack with no doer's forces named whose target is the civilians of a place,
    read off the place's words, not off a word for people."""
    t = m.target
    if (
        t is None
        or t.sector != "CVL"
        or t.type != "country"
        or t.start is None
        or actions()[m.action_id].plover != "ASSAULT"
    ):
        return False
    k = bisect_left(s.idx, t.start)
    return not any(x.start == k and x.head == "role" for x in s.phrases)


# Words of where one goes (انسحبوا إلى لودر، باتجاه حمص).
_TOWARDS = frozenset(normalize(w) for w in ("إلى", "الى", "نحو", "باتجاه", "صوب"))


def _place_gone_to(s: Sentence, out: list[Mention]) -> list[Mention]:
    """انسحب المقاتلون إلى القلمون، أفرج عنه بعد احتجازه في سجن ببرلين: a place after
    "to" or "in" is where forces withdrew to or people were let go, not whom from."""
    places = {x.start: x for x in s.phrases if x.head in ("city", "metonym", "country")}
    result = []
    for m in out:
        t = m.target
        if t is not None and t.start is not None and actions()[m.action_id].plover == "RETREAT":
            k = bisect_left(s.idx, t.start)
            x = places.get(k)
            prev = s.norms[k - 1] if k > s.start else ""
            if x is not None and (
                prev in _TOWARDS or prev in ("في", "وفي") or x.prefix.lstrip("وف") == "ب"
            ):
                m = replace(m, target=None)
        result.append(m)
    return result


def _own_state_acting(out: list[Mention]) -> list[Mention]:
    """جدد الأمير إدانة بلاده للتفجير، أكد الوزير تضامن بلاده مع المملكة: "his country"
    of the doer's own state, the genitive of the act noun, is who acts through him, not
    whom the act is aimed at."""
    result = []
    for m in out:
        t, src = m.target, m.source
        if (
            t is not None
            and src is not None
            and t.country is not None
            and t.country == src.country
            and _his_country(normalize(t.text or ""))
        ):
            m = replace(m, target=None)
        result.append(m)
    return result


def _his_country(w: str) -> bool:
    """بلاده, وبلاده, لبلاده (bare_word would take the ب of بلاد for a clitic)."""
    return w in HIS_COUNTRY or (w[:1] in ("و", "ل") and w[1:] in HIS_COUNTRY)


def _capitals_taken(s: Sentence, out: list[Mention]) -> list[Mention]:
    """سيطرت القوات على عدن، تحرير صنعاء: a capital taken or freed (CAMEO 192, occupying
    ground) is the ground, of its country, not its government (who held it is not said
    by the capital's name)."""
    capitals = {x.actor.start for x in s.phrases if x.head == "metonym" and x.actor.sector}
    if not capitals:
        return out
    result = []
    for m in out:
        t = m.target
        if t is not None and t.start in capitals and actions()[m.action_id].cameo == "192":
            m = replace(m, target=A.country(t.country, t.text, start=t.start, end=t.end))
        result.append(m)
    return result


# "The forces" alone (القوات، منسوبي القوات) and the forces of a kind named before them.
_FORCES_WORDS = frozenset({"قوات", "قوه"})


def _forces_named_before(out: list[Mention]) -> list[Mention]:
    """The forces alone, hit after forces of a kind were named in the sentence (استهدف
    مسجد قوات الطوارئ ... استشهاد عشرة من منسوبي القوات): those forces, of the same
    country, not the army."""
    named = [
        a
        for m in out
        for a in (m.source, m.target)
        if a is not None
        and a.text
        and len(a.text.split()) > 1
        and bare_word(normalize(a.text.split()[0])) in _FORCES_WORDS
    ]
    if not named:
        return out
    result = []
    for m in out:
        t = m.target
        alone = t is not None and t.text and len(t.text.split()) == 1 and t.sector == "MIL"
        if alone and bare_word(normalize(t.text)) in _FORCES_WORDS:
            same = [a for a in named if a.country == t.country and (a.start or 0) < (t.start or 0)]
            if same:
                m = replace(m, target=replace(same[-1], text=t.text, start=t.start, end=t.end))
        result.append(m)
    return result


# Nouns of a battle or a war waged (معركة، معارك، محاربة، حرب، كفاح), not of a clash.
_BATTLES = ("معرك", "معارك", "محارب", "حرب", "كفاح", "نضال")


def _battle_of_words(m: Mention) -> bool:
    """معركته ضد أوباما، معركة مع وسائل الإعلام: a battle one person wages on another,
    or anyone wages on the press, is a contest of words and votes, not combat."""
    if (
        m.action_id != "fight"
        or m.target is None
        or not any(b in (m.action_text or "") for b in _BATTLES)
    ):
        return False  # (clashing with journalists, اشتبك مع الصحفيين, is a scuffle)
    persons = m.source is not None and m.source.type == m.target.type == "person"
    return persons or m.target.sector == "MED"


# One private person, by a common noun (فتح رجل النار، هاجمت امرأة جارتها): an attack by
# such a doer is ordinary crime. (Bombings, shelling and air strikes are never theirs:
# فجر شخص نفسه is a suicide bombing.)
_LONE_PEOPLE = {
    normalize(w)
    for w in (
        "رجل", "امرأة", "إمرأة", "سيدة", "شاب", "فتاة", "شخص", "صبي", "مراهق", "مواطن",
        "مواطنة", "مقيم", "وافد", "جار", "جارة", "زوج", "زوجة", "سائق", "عامل",
    )
}  # fmt: skip
_WAR_MEANS = frozenset({"bomb", "air_strike", "shell"})


def _lone_doer(s: Sentence, m: Mention) -> bool:
    """An attack whose doer is one private person named by a common noun (رجل، امرأة),
    not counted (مائة شخص are many, and more likely its victims)."""
    a = m.source
    if a is None or a.sector != "CVL" or not a.text or m.action_id in _WAR_MEANS:
        return False
    if actions()[m.action_id].plover != "ASSAULT":
        return False
    first = normalize(a.text.split()[0])
    first = first[1:] if first[:1] in ("و", "ف") and first[1:] in _LONE_PEOPLE else first
    if first not in _LONE_PEOPLE and first[:-1] not in _LONE_PEOPLE:  # (رجلا، شابا)
        return False
    if m.target is not None and m.target.text and _worship_place(m.target.text):
        return False  # هاجم رجل كنيسة: a house of worship attacked is sectarian violence
    at = next((x.start for x in s.phrases if x.actor.start == a.start), None)
    prev = s.norms[at - 1] if at is not None and at > s.start else ""
    return not (prev in NUMBERS or prev.isdecimal() or prev == "من")


# Houses of worship: an attack on one is no private quarrel.
_WORSHIP = {normalize(w) for w in ("كنيسة", "مسجد", "جامع", "معبد", "كنيس", "حسينية", "كاتدرائية")}


def _worship_place(text: str) -> bool:
    return bare_word(normalize(text.split()[0])) in _WORSHIP


def _private_violence(s: Sentence, out: list[Mention]) -> list[Mention]:
    """The attacks of a sentence where one private person attacks (فتح رجل النار على
    المارة فأصاب ثلاثة) are crime news: kg.events keeps them only where a state's body,
    an armed group or a force takes part."""
    if not any(_lone_doer(s, m) for m in out):
        return out
    return [
        replace(m, register="crime")
        if not m.register and actions()[m.action_id].plover == "ASSAULT"
        else m
        for m in out
    ]


# Phrase heads that name a side in sports news: a place or nationality is a team.
_TEAM_HEADS = frozenset({"country", "city", "metonym", "demonym"})


# Players' positions that are also roles of arms or war (مدافع is a gun or a defender,
# مهاجم an assailant or a striker): in sports news they are players.
_PLAYER_ROLES = {normalize(w) for w in ("مدافع", "مهاجم", "حارس", "لاعب", "مدرب")}


def _teams_only(s: Sentence, m: Mention) -> bool:
    """واجه ريال مدريد روما, قلب الدفاع البرتغالي: in sports news the places and
    nationalities are teams and players, not states; مدافع المنتخب is a player."""
    heads = {x.actor.start: x.head for x in s.phrases}
    actors = [a for a in (m.source, m.target) if a is not None]
    if any(a.text and bare_word(normalize(a.text.split()[0])) in _PLAYER_ROLES for a in actors):
        return True
    return bool(actors) and all(heads.get(a.start) in _TEAM_HEADS for a in actors)


def _not_by_condemner(out: list[Mention]) -> list[Mention]:
    """استنكرت الحكومة الهجوم الذي ... وأسفر عن مقتل 27: who condemns an act is not the
    doer the later acts of its telling inherit (their doer is unnamed)."""
    judges = [
        m for m in out if m.action_id in _CONDEMNING and m.source is not None and m.trigger_end
    ]
    result = []
    for m in out:
        if (
            "source:inferred" in m.evidence
            and actions()[m.action_id].plover in ("ASSAULT", "COERCE")
            and any(j.source == m.source and j.trigger_end <= m.trigger_start for j in judges)
        ):
            m = replace(m, source=None)
        result.append(m)
    return result


# Acts of judging what someone did: praise, welcome, criticism, condemnation.
_JUDGEMENTS = frozenset({"praise", "welcome", "criticize", "condemn"})


def _judged_doers(s: Sentence, clauses: list[Clause], out: list[Mention]) -> list[Mention]:
    """أشادت المنظمة بالجهود التي تبذلها الحكومة: what is praised or blamed is a thing
    someone does; the doer in its relative clause is the one judged."""
    result = []
    for m in out:
        if m.action_id in _JUDGEMENTS and (m.target is None or m.target.type == "concept"):
            end = bisect_left(s.idx, m.trigger_end) if m.trigger_end is not None else None
            rel = next(
                (c for c in clauses if c.kind == "relative" and end is not None and end <= c.start),
                None,
            )
            gap = sum(1 for k in range(end, rel.start) if k not in s.in_phrase) if rel else 9
            doer = _relative_subject(rel) if gap <= 5 else None
            by = _agent_of_judged(s, clauses, end) if doer is None and m.target is None else None
            doer = doer or (by.actor if by is not None else None)
            if doer is not None and doer != m.source:
                m = replace(m, target=doer)
        result.append(m)
    return result


def _agent_of_judged(s: Sentence, clauses: list[Clause], end: int | None) -> Phrase | None:
    """أدانت البحرين استمرار التصريحات من قبل المسؤولين الإيرانيين: the agent of what is
    judged (من قبل X، على يد X), in the judging clause, is the one judged."""
    if end is None:
        return None
    c = next((c for c in clauses if c.start <= end <= c.end), None)
    return agent_phrase(s, c.phrases, end, c.end) if c is not None else None


def _relative_subject(c: Clause) -> Actor | None:
    """The actor a relative clause on a thing names as its subject (التي تبذلها الحكومة)."""
    if c.head is not None and not c.thing_head:
        return None
    subj = c.subject
    if subj is None or not subj.phrases or subj.how not in ("vso", "svo"):
        return None
    return subj.phrases[0].actor


def _fired_from(s: Sentence, r: _Reading) -> Phrase | None:
    """قصف من طائرات النظام: an attack from an armed actor's machines is by that actor
    (بدعم من القوات الأمريكية is support, told by its own noun)."""
    p = r.p
    if r.plover != "ASSAULT" or p.end >= s.end:
        return None
    if p.end < p.clause.end and s.norms[p.end] == "من":
        x = next((x for x in p.clause.phrases if x.start == p.end + 1), None)
        if x is not None and _exposed_at(s, p, s.start) is not None:
            return x  # تعرض لإطلاق نار من شخصين: the two fired
    else:
        # القصف الذي تعرض له المخيم من مواقع قوات الأسد: from where an armed actor holds
        k = next((k for k in range(p.end, min(s.end - 2, p.end + 7)) if s.norms[k] == "من"), 0)
        if not k or bare_word(s.norms[k + 1]) not in _POSITIONS:
            return None
        x = next((x for x in s.phrases if x.start == k + 2), None)
    return x if x is not None and x.actor.sector in ("MIL", "REB", "UAF") else None


_POSITIONS = {normalize(w) for w in ("مواقع", "مناطق", "معاقل", "ثكنات", "مقرات", "مراكز")}
# Nouns of fighting whose other side comes with مع (اشتباكات مع الحوثيين).
_CLASHES = {
    normalize(p + w)
    for w in ("اشتباكات", "اشتباك", "مواجهات", "معارك", "معركة", "قتال", "صدام", "صدامات")
    for p in ("", "ال", "بال", "ب")
}
# Verbs of a fight going on, in a relative clause before its other side (المعارك التي
# دارت مع، الاشتباكات التي اندلعت مع).
_FIGHT_RAN = {normalize(w) for w in ("دارت", "دار", "اندلعت", "اندلع", "جرت", "جرى", "وقعت")}


def _clash_partner(s: Sentence, r: _Reading) -> Phrase | None:
    """قتل جندي سعودي في اشتباكات مع الحوثيين: who the victims' side fought, with
    no other doer named, killed or wounded them (the fight's other side)."""
    p = r.p
    if not r.victims and not p.passive and p.hit.entry.words[0] not in VICTIM_NOUNS:
        return None
    end = _joined_harm_end(s, p.clause.end)
    reach = p.end + (10 if end == p.clause.end else 14)
    # (past an aside in brackets: قرب كيليس (جنوب تركيا) في صدام مع)
    reach += sum(1 for k in range(p.end, min(end, reach + 6)) if _bracketed(s, k))
    k = next((k for k in range(p.end, min(end, reach)) if s.norms[k] in _CLASHES), 0)
    if not k:
        return None
    j = k + 1
    definite = "ال" in s.norms[k][:4]
    while j < min(end, k + 4) and s.norms[j] != "مع" and adjective_like(s.norms[j], definite):
        j += 1  # اشتباكات عنيفة مع
    if j + 3 < s.end and s.norms[j] in RELATIVES and s.norms[j + 1] in _FIGHT_RAN:
        j, end = j + 2, s.end  # في المعارك التي دارت مع مقاتلي المقاومة (its own clause)
    if j >= end - 1 or s.norms[j] != "مع":
        return None
    return next((x for x in s.phrases if x.start == j + 1), None)


def _bracketed(s: Sentence, k: int) -> bool:
    """The word at ``k`` is a bracket or inside a short aside in brackets (جنوب تركيا)."""
    if s.norms[k] in ("(", ")"):
        return True
    back = range(k - 1, max(s.start, k - 5) - 1, -1)
    opened = next((j for j in back if s.norms[j] in ("(", ")")), None)
    return opened is not None and s.norms[opened] == "("


def _joined_harm_end(s: Sentence, end: int) -> int:
    """Where a clause of harm ends, past a harm joined by و, after a comma or not (قتل 30
    من المسلحين، وجرح 34 آخرون في مواجهات مع، قتل جندي وجرح اثنان في صدام مع: the fight
    both were in)."""
    j = end + 1 if end < s.end and s.norms[end] in ("،", ",") else end
    if j >= s.end or s.norms[j][:1] != "و":
        return end
    joined = any(
        h.start == j and h.kind == "verb" and action_plover(h) == "ASSAULT"
        for h in s.hits["trigger"]
    )
    if not joined:
        return end
    return next((k for k in range(j + 1, s.end) if s.norms[k] in CLAUSE_PUNCT), s.end)


# The verbal noun of firing, with its clitics: إطلاق X قذائف, its genitive is who fired.
_LAUNCHING = {normalize(p + w) for w in ("إطلاق", "اطلاق") for p in ("", "و", "ب", "ل", "وب")}


def _launched_by(s: Sentence, r: _Reading) -> Phrase | None:
    """إثر إطلاق ميليشيا الحوثي قذائف على جازان: the genitive of firing fired the shells
    that follow it (a verbal noun, its subject in the genitive, its object)."""
    p = r.p
    if r.plover != "ASSAULT" or p.kind != "noun":
        return None
    x = next((x for x in p.clause.phrases if x.end == p.start and not x.governed), None)
    if x is None or x.start <= s.start or s.norms[x.start - 1] not in _LAUNCHING:
        return None
    return x


def _exposed_at(s: Sentence, p: Predicate, lo: int) -> int | None:
    """Where تعرض stands before the noun (تعرض X لهجوم: what X came under), from ``lo``."""
    return next(
        (j for j in range(max(lo, p.start - 6), p.start) if _exposure_word(s.norms[j])), None
    )


def _facing_word(w: str) -> bool:
    return w in _FACING or (w[:1] in ("و", "ف") and w[1:] in _FACING)  # (واجه itself has و)


def _exposure_word(w: str) -> bool:
    return bare(w) in _EXPOSED or _facing_word(w)


def _doer_of(p: Predicate) -> Phrase | None:
    """هجمات يشنها التنظيم، كمين نصبه مسلحون: the doer a verb after the noun names."""
    doer = next((a for a in p.args if a.role == "agent" and a.how == "doer"), None)
    return doer.phrases[0] if doer is not None and doer.phrases else None


def _faces_an_act(s: Sentence, p: Predicate) -> bool:
    """An act named by a noun soon after واجه, past its subject, is what the subject
    faces (هجمات، انتقادات), not whom it fights."""
    subj = next((x for x in p.clause.phrases if x.start >= p.end), None)
    at = {p.end} | ({subj.end} if subj is not None and vso_gap_ok(s, p.end, subj) else set())
    return any(h.start in at and h.kind == "noun" for h in s.hits["trigger"])


# Verbs that bring in a victim's name between commas (اغتيال أحد الأهالي، يدعى X، على يد).
_CALLED = {normalize(w) for w in ("يدعى", "ويدعى", "يدعي", "يسمى", "ويسمى", "اسمه", "واسمه")}


def _time_aside_ends(s: Sentence, a: int, end: int) -> bool:
    """The clause from ``a`` ends (at a comma, ``end``) with a time set off by a comma
    of its own (قتل جنديان، أمس،)."""
    if s.norms[end] not in ("،", ","):
        return False
    c = next((k for k in range(end - 1, a - 1, -1) if s.norms[k] in ("،", ",")), None)
    return (
        c is not None and c < end - 1 and all(s.norms[j] in ASIDE_TIMES for j in range(c + 1, end))
    )


def _agent_past_a_name(s: Sentence, p: Predicate) -> Phrase | None:
    """اغتيال أحد الأهالي، يدعى محمد، على يد المسلحين، قتلا، الليلة الماضية، على يد
    المسلحين: the agent after the clause that names the victim or the time."""
    end = p.clause.end
    if end >= s.end - 2:
        return None
    if _time_aside_ends(s, p.end, end):
        return agent_phrase(s, s.phrases, end + 1, min(s.end, end + 4))  # قتل جنديان، أمس، برصاص
    named = s.norms[end + 1] in _CALLED
    if not named and (s.norms[end] not in ("،", ",") or s.norms[end + 1] not in ASIDE_TIMES):
        return None
    k = next((k for k in range(end + 2, min(s.end, end + 8)) if s.norms[k] in ("،", ",")), None)
    if k is None or not (named or all(s.norms[j] in ASIDE_TIMES for j in range(end + 1, k))):
        return None
    return agent_phrase(s, s.phrases, k + 1, min(s.end, k + 4))


def _exposed_to_whose(s: Sentence, r: _Reading) -> Phrase | None:
    """تعرضت مواقعهم لغارات طيران التحالف، تراجعوا تحت ضربات الجيش: the genitive of
    what they came under is its doer (the ones exposed to it are its victims)."""
    p, gen = r.p, r.p.arg("gen")
    if p.kind != "noun" or gen is None or gen.how == "nisba" or not r.victims:
        return None
    if _exposed_at(s, p, p.clause.start) is None and not _under_attack_victims(s, p):
        return None  # (انسحبوا تحت ضربات الجيش: what they were under is the army's)
    x = gen.phrases[0]
    return x if x.head not in ("city", "country", "metonym") or x.actor.sector else None


_CAUSES = {normalize(w) for w in ("إثر", "اثر", "جراء", "نتيجة", "بسبب", "بفعل")}
# ... and words of time that tell a death right after or in an attack (قتل بعد هجوم
# للمقاومة، قتلوا في كمين نصبه مسلحون)
_RIGHT_AFTER = {normalize(w) for w in ("بعد", "عقب", "خلال", "أثناء", "في")}
# ... and conjunctions of time opening the clause of the attack (قتل طفل بعدما أضرم
# مسلحون النار في منزله، قتل عشرة عندما قصفت الميليشيات الحي)
_WHEN_CLAUSE = {normalize(w) for w in ("عندما", "حينما", "بعدما", "حين", "لما")}


def _cause_at(s: Sentence, start: int, end: int) -> int | None:
    """The first word of cause (جراء، إثر) in ``start``..``end``."""
    return next((k for k in range(start, end) if s.norms[k] in _CAUSES), None)


def _wounding(m: Mention) -> bool:
    """إصابة تسعة آخرين: a wounding told by its victims' noun."""
    return bare(normalize(m.action_text)).lstrip("ب").lstrip("ل") == _WOUNDING


_WOUNDING = normalize("إصابة")


# (and جرح joined to a death: قتل ثلاثة وجرح آخرون, the passive in the same letters)
_WOUNDED_VERB = {normalize(w) for w in ("أصيب", "أصيبوا", "جرح", "جرحوا")}


def _wounded(m: Mention) -> bool:
    """إصابة تسعة، وأصيب عشرون: a wounding by its noun or its passive verb (the verb only
    where it is joined to a death)."""
    return _wounding(m) or bare(normalize(m.action_text)) in _WOUNDED_VERB


def _aimed_by_act(s: Sentence, out: list[Mention]) -> list[Mention]:
    """نفذت المقاومة هجوما استهدف دورية للحوثيين: what an attack "targeted" (a verb
    whose subject is the attack noun right before it) was targeted by the attack's doer."""
    result = []
    for m in out:
        if m.source is None and m.target is not None and m.trigger_start is not None:
            act = next((x for x in out if _attack_noun_before(s, x, m)), None)
            m = replace(m, source=act.source) if act is not None else m
        result.append(m)
    return result


def _aim_of_act(s: Sentence, out: list[Mention]) -> list[Mention]:
    """غارة جوية مستهدفة مواقع للحوثيين، التفجير الذي استهدف المسجد: an attack noun and
    the verb or participle of aiming that describes it tell one act; the noun's reading
    (an air strike, a bombing) takes what was aimed at, and the aiming is not told again."""
    result, told = [], set()
    for x in out:
        aims = [
            m for m in out
            if m.target is not None
            and (
                (m.source in (None, x.source) and _aim_after(s, x, m))
                or _aim_after_doer(s, x, m)
            )
        ]  # fmt: skip
        if x.target is None and aims:
            result.extend(replace(x, target=m.target) for m in aims)
            told.update(id(m) for m in aims)
        else:
            result.append(x)
    return [m for m in result if id(m) not in told]


def _aim_after(s: Sentence, x: Mention, m: Mention) -> bool:
    """``m`` is a verb or participle of aiming right after attack noun ``x`` (past its
    adjectives, a count or a relative pronoun)."""
    span = _attacks_in_order(s, x, m, 3)
    if span is None:
        return False
    a, b = span
    noun = any(h.end == a and h.kind == "noun" for h in s.hits["trigger"])
    return noun and bare(s.norms[b]).startswith(_AIMING)


def _aim_after_doer(s: Sentence, x: Mention, m: Mention) -> bool:
    """غارات شنتها مقاتلات التحالف، استهدفت مواقع المتمردين: a verb of aiming right after
    the relative clause naming attack noun ``x``'s doer tells what ``x`` aimed at (its own
    doer, if any, was only guessed from the sentences before)."""
    if x.source is None or (
        m.source not in (None, x.source) and "source:inferred" not in m.evidence
    ):
        return False
    if x.trigger_end is None or m.trigger_start is None or x.trigger_end > m.trigger_start:
        return False
    a, b = bisect_left(s.idx, x.trigger_end), bisect_left(s.idx, m.trigger_start)
    if b - a > _DOER_CLAUSE or not bare(s.norms[b]).startswith(_AIMING):
        return False
    if actions()[x.action_id].plover != "ASSAULT":
        return False
    verbs = [k for k in range(a, b) if _doer_verb_with_pronoun(s.norms[k])]
    # (nothing else between: the noun's adjectives, the verb, its doer, a comma)
    return bool(verbs) and all(
        k in verbs
        or k in s.in_phrase
        or s.norms[k] in ("،", ",")
        or (k < verbs[0] and adjective_like(s.norms[k], s.norms[k].startswith("ال")))
        for k in range(a, b)
    )


# The most words from an attack noun to a verb of aiming past its relative clause.
_DOER_CLAUSE = 10


def _doer_verb_with_pronoun(w: str) -> bool:
    """شنتها، نفذه، يشنها: a verb of carrying out with the pronoun of the act before it."""
    return any(w.endswith(e) and w[: -len(e)] in DOER_VERBS for e in ("ها", "ه", "هم"))


# Stems of aiming (استهدف، يستهدف، مستهدفة) once the verb's prefixes are off.
_AIMING = tuple(normalize(w) for w in ("استهدف", "مستهدف", "تستهدف", "يستهدف"))


def _attack_noun_before(s: Sentence, x: Mention, m: Mention) -> bool:
    if x.source is None:
        return False
    span = _attacks_in_order(s, x, m, 2)
    if span is None:
        return False
    a, b = span
    verb = next((h for h in s.hits["trigger"] if h.start == b), None)
    noun = next((h for h in s.hits["trigger"] if h.end == a), None)
    if verb is None or verb.kind != "verb" or verb.prefix[:1] in ("و", "ف") or noun is None:
        return False  # (اشتباكات وقصف: two acts joined)
    # (تقتل وتذبح: two acts; نفذت هجوما: a noun with its light verb)
    return noun.kind == "noun" or bare(s.norms[noun.start]) in DOER_VERBS


def _attacks_in_order(s: Sentence, x: Mention, m: Mention, gap: int) -> tuple[int, int] | None:
    """Where attack ``x`` ends and attack ``m`` starts (tokens), when ``m`` follows ``x``
    past at most ``gap`` words, each an adjective of ``x`` or a relative pronoun (هجوم
    انتحاري استهدف، الهجوم الذي)."""
    if x is m or x.trigger_end is None or m.trigger_start is None:
        return None
    if x.trigger_end > m.trigger_start:
        return None
    if actions()[x.action_id].plover != "ASSAULT" or actions()[m.action_id].plover != "ASSAULT":
        return None
    a, b = bisect_left(s.idx, x.trigger_end), bisect_left(s.idx, m.trigger_start)
    between = all(
        s.norms[k] in RELATIVES or adjective_like(s.norms[k], s.norms[k].startswith("ال"))
        for k in range(a, b)
    )
    return (a, b) if between and b - a <= gap else None


def _definite_noun(m: Mention) -> bool:
    """The trigger is a noun with the article (القصف، والغارات، فالهجوم)."""
    w = normalize(m.action_text.split()[0]) if m.action_text else ""
    return w.startswith("ال") or (w[:1] in ("و", "ف") and w[1:].startswith("ال"))


_FULL_STOPS = {".", "!", "?", "؟"}


def _same_telling(s: Sentence, x: Mention, m: Mention) -> bool:
    """No full stop between ``x`` and ``m``, and ``m`` not the act a claim names (وتبنى
    التنظيم الهجوم: the claimer's, told on its own)."""
    a, b = bisect_left(s.idx, x.trigger_end), bisect_left(s.idx, m.trigger_start)
    if any(s.norms[k] in _FULL_STOPS for k in range(a, b)):
        return False
    return not any(bare(s.norms[k]) in CLAIM_VERBS for k in range(max(a, b - 6), b))


def _the_act_again(s: Sentence, out: list[Mention]) -> list[Mention]:
    """قصفت طائرات تركية مواقع ... وأسفر القصف عن مقتل: the article of a noun that
    names again an act the sentence told before refers to that act; its doer (and
    target) are that act's, not one carried from the clause."""
    result = []
    for m in out:
        inferred = "source:inferred" in m.evidence.split()
        if (m.source is None or inferred) and m.trigger_start is not None and _definite_noun(m):
            told = [
                x
                for x in result
                if x.action_id == m.action_id
                and x.source is not None
                and "source:inferred" not in x.evidence.split()
                and x.trigger_end is not None
                and x.trigger_end <= m.trigger_start
                and _same_telling(s, x, m)
            ]
            if told:
                x = told[-1]
                ev = " ".join(e for e in m.evidence.split() if e != "source:inferred")
                # (a target that is the doer named before was misread: هجمات المستوطنين
                # ... الهجوم نتيجة لإرهاب المستوطنين)
                own = m.target is not None and m.target.id == x.source.id
                target = x.target if m.target is None or own else m.target
                m = replace(m, source=x.source, target=target, evidence=ev)
        result.append(m)
    return result


def _deaths_by_cause(s: Sentence, out: list[Mention]) -> list[Mention]:
    """قتل خمسة أطفال إثر سقوط قذيفة أطلقها مقاتلو المعارضة: the dead were killed by
    whoever carried out the attack told after إثر/جراء/نتيجة."""
    result = []
    for m in out:
        harm = m.action_id in VICTIM_ACTIONS or _wounding(m)
        # (a doer carried from before gives way to the one the sentence tells after a
        # word of cause: الهجوم الذي أدى إلى مقتل طفل بعدما أضرم مستوطنون النار)
        carried = m.source is None or "source:inferred" in m.evidence.split()
        if carried and harm and m.trigger_end is not None:
            cause = next((x for x in out if _caused(s, m, x)), None)
            cause = cause or (_result_of(s, m, out) if carried else None)
            m = _doer_of_cause(m, cause) if cause is not None else m
        result.append(m)
    return _wounded_with_the_dead(s, result)


# Casualties in a side's ranks (قتلى وجرحى في صفوف X، خسائر في صفوف X): X was hit.
_RANKS_OF = normalize("صفوف")


def _ranks_hit(s: Sentence) -> list[Phrase]:
    """The sides whose ranks the sentence counts casualties in (سقوط قتلى في صفوف X،
    جرحى في صفوف مسلحي X)."""
    sides = []
    for x in s.phrases:
        k = x.start - (x.start > s.start and s.norms[x.start - 1] in MEMBER_WORDS)
        if k - 2 < s.start or s.norms[k - 1] != _RANKS_OF or s.norms[k - 2] != "في":
            continue
        # (في صفوف الطرفين: the dead of both sides name no one target)
        if x.pair is None and any(
            s.norms[j] in _CASUALTIES for j in range(max(s.start, k - 5), k - 2)
        ):
            sides.append(x)
    return sides


def _no_side(a: Actor | None) -> bool:
    """No target, or only a place (في ريف إدلب): a side hit may take its place."""
    return a is None or (a.type == "country" and a.sector is None)


def _hit_in_ranks(s: Sentence, out: list[Mention]) -> list[Mention]:
    """أدى القصف إلى سقوط قتلى في صفوف X، انفجارات ... لافتة إلى سقوط قتلى في صفوف X:
    the side whose dead are counted is the target of the nearest attack that has
    none (or only a place)."""
    for side in _ranks_hit(s):
        free = [
            (abs(bisect_left(s.idx, m.trigger_start) - side.start), i)
            for i, m in enumerate(out)
            if _no_side(m.target)
            and m.trigger_start is not None
            and actions()[m.action_id].plover == "ASSAULT"
            and (m.source is None or m.source.id != side.actor.id)
        ]
        near = [(d, i) for d, i in free if d <= 25]
        if near:
            i = min(near)[1]
            out[i] = replace(out[i], target=side.actor)
    return out


def _doer_of_cause(m: Mention, cause: Mention) -> Mention:
    """The death with its cause's doer; a person of no armed side only inferred as the
    cause's doer (carried from before) is none of the death's."""
    if "source:inferred" in cause.evidence.split() and _unarmed_person(cause.source):
        return m
    return replace(m, source=cause.source)


def _wounded_with_the_dead(s: Sentence, out: list[Mention]) -> list[Mention]:
    """مقتل تسعة متمردين وإصابة ثلاثة آخرين: the wounding joined to a death is the same
    attack, by the same doer; with neither doer nor victim named it adds nothing to the
    death."""
    result = []
    for m in out:
        death = next((d for d in out if _joined_to(s, d, m)), None) if _wounded(m) else None
        if death is not None and m.source is None:
            m = _doer_of_cause(m, death)
        if death is not None and m.source is None and m.target is None:
            continue
        result.append(m)
    result = [_dead_with_the_wounded(s, m, result) for m in result]
    # (أودى بحياة عدد من رجال الأمن وإصابة آخرين: the wounded "others" are of the dead's
    # side, one attack on them, told by the death)
    return [m for m in result if not _hurt_as_the_dead(s, m, result)]


def _hurt_as_the_dead(s: Sentence, m: Mention, out: list[Mention]) -> bool:
    """A wounding joined to a death with the same doer and the same victims."""
    if not _wounded(m) or m.target is None:
        return False
    return any(
        _joined_to(s, d, m)
        and d.target is not None
        and d.target.id == m.target.id
        and (d.source.id if d.source else None) == (m.source.id if m.source else None)
        for d in out
    )


def _dead_with_the_wounded(s: Sentence, death: Mention, out: list[Mention]) -> Mention:
    """مقتل أربعة وإصابة ثمانية نتيجة قصف الميليشيا: the wounding told with its cause's
    doer right after a death is the same attack; the death is by the same doer."""
    if death.source is not None:
        return death
    hurt = next((m for m in out if _wounded(m) and _joined_to(s, death, m)), None)
    if hurt is None or hurt.source is None or "source:inferred" in hurt.evidence.split():
        return death
    return replace(death, source=hurt.source)


def _joined_to(s: Sentence, death: Mention, m: Mention) -> bool:
    if death.action_id not in VICTIM_ACTIONS or death.trigger_end is None:
        return False
    if m.trigger_start is None or death.trigger_end > m.trigger_start:
        return False
    a, b = bisect_left(s.idx, death.trigger_end), bisect_left(s.idx, m.trigger_start)
    stops = CLAUSE_PUNCT - {"،", ","}  # (مصرع 24 انقلابيا، وإصابة سبعة آخرين)
    return b - a <= 8 and s.norms[b][:1] == "و" and not stops.intersection(s.norms[a:b])


def _condemned_doers(s: Sentence, out: list[Mention]) -> list[Mention]:
    """أدانت الحكومة قتل الأهالي: a condemnation is of whoever did the act it names
    right after it, not of the act's victims."""
    result = []
    for m in out:
        if m.action_id in _CONDEMNING:
            act = next((x for x in out if _object_act(s, m, x)), None)
            if act is not None and (m.target is None or act.target == m.target):
                told = act.source is not None and "source:inferred" not in act.evidence
                doer = act.source if told and act.source != m.source else None
                m = replace(m, target=doer)
        result.append(m)
    return result


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


def _object_act(s: Sentence, m: Mention, x: Mention) -> bool:
    """``x`` is a violent or coercive act named right after ``m``'s trigger."""
    if x is m or m.trigger_end is None or x.trigger_start is None:
        return False
    if actions()[x.action_id].plover not in ("ASSAULT", "COERCE"):
        return False
    a, b = bisect_left(s.idx, m.trigger_end), bisect_left(s.idx, x.trigger_start)
    # (not counting adverbs: دانت الجامعة أول من أمس القصف التركي)
    k, adverbs = a, 0
    while k < b:
        run = _adverb_run(s, k)
        adverbs, k = adverbs + run, k + max(run, 1)
    return 0 <= b - a - adverbs <= 3


def _caused(s: Sentence, death: Mention, x: Mention) -> bool:
    """``x`` is an attack with a doer told after ``death`` and a word of cause."""
    if x.source is None or x.trigger_start is None or x.trigger_start <= death.trigger_end:
        return False
    if actions()[x.action_id].plover != "ASSAULT":
        return False
    between = range(bisect_left(s.idx, death.trigger_end), bisect_left(s.idx, x.trigger_start))
    return (
        any(s.norms[k] in _CAUSES for k in between)
        or (bool(between) and s.norms[between[-1]] in _RIGHT_AFTER)
        or any(s.norms[k] in _WHEN_CLAUSE for k in between[-2:])
    )


def _resulted_in(s: Sentence, x: Mention, death: Mention) -> bool:
    """``x`` is an attack with a doer told right before ``death`` and a word of result
    (قصفت الطائرات المبنى ما أسفر عن مقتل 15)."""
    if x is death or x.trigger_end is None or x.trigger_end > death.trigger_start:
        return False
    if actions()[x.action_id].plover != "ASSAULT":
        return False
    a, b = bisect_left(s.idx, x.trigger_end), bisect_left(s.idx, death.trigger_start)
    i = bisect_left(s.idx, x.trigger_start)
    # (أسفر القصف الإسرائيلي عن مقتل: the verb of result before the attack, its subject;
    # past the attack's own words when عن or إلى brings the death: أسفرت غارات للطيران
    # التركي، فجر أمس، على قرية عن مقتل)
    verb_first = 0 < i and bare(s.norms[i - 1]) in RESULT_VERBS
    if (verb_first and b - a <= 4) or _result_word_before(s, a, b, 3):
        return True
    # (farther, only a doer the sentence names, not one carried from before)
    if "source:inferred" in x.evidence.split():
        return False
    brought = b - a <= 14 and s.norms[b - 1] in RESULT_PREPS
    # (a wounding joined after the dead: ما أسفر عن استشهاد ضابط وإصابة 3; not a second
    # death, often of the other side: أسفر الكمين عن مقتل 13 حوثيا ومقتل أحد عناصر المقاومة)
    far = 8 if s.norms[b][:1] == "و" and _wounding(death) else 3
    return (verb_first and brought) or _result_word_before(s, a, b, far, 30)


def _result_word_before(s: Sentence, a: int, b: int, back: int, reach: int = 20) -> bool:
    """A verb of result within ``back`` words before the death at ``b`` told after the
    attack ending at ``a`` (ما أسفر عن مقتل); the attack's clause may run to ``reach``
    words when ما/مما brings the result (ضربات على مواقع ... في ريف حلب، ما تسبب في)."""
    stops = CLAUSE_PUNCT - {"،", ","}
    for k in range(b - 1, max(a, b - back) - 1, -1):
        if s.norms[k] in stops:
            return False
        if bare(s.norms[k]) in RESULT_VERBS:
            return b - a <= 20 or (b - a <= reach and s.norms[k - 1] in WHICH)
    return False


def _result_of(s: Sentence, death: Mention, out: list[Mention]) -> Mention | None:
    """The last attack before a death told as its result, if its doer is one (clashes
    between two sides have no one doer of the deaths)."""
    before = [x for x in out if _resulted_in(s, x, death)]
    last = [x for x in before if x.trigger_start == max(y.trigger_start for y in before)]
    # (اشتباكات بينها وبين المدافعين تسببت بمقتل: the clashes, not the attack before them)
    doers = {x.source for x in last}
    return last[0] if len(doers) == 1 and None not in doers else None


def _drop_visits_with_requests(out: list[Mention]) -> list[Mention]:
    """ "توجهنا إلى واشنطن ... بطلب": going to X with a request is the request."""
    requested = {
        (m.source.id if m.source else None, m.target.id)
        for m in out
        if m.target is not None and actions()[m.action_id].plover == "REQUEST"
    }
    return [
        m
        for m in out
        if not (
            m.action_id == "visit"
            and m.target is not None
            and (m.source.id if m.source else None, m.target.id) in requested
        )
    ]


# ---------------------------------------------------------------- one predicate


def _other_word(s: Sentence, p: Predicate) -> bool:
    """An adverb or a number with a trigger's letters (بالضبط، اثنين); a noun of manner
    after بكل (بكل أسف، بكل حزم) read as a verb; a name after a title of media or a club
    (مجلة الدعوة، نادي هجر); a curse with God as its subject (قاتلهم الله)."""
    if s.norms[p.start] in _ADVERBS or bare(s.norms[p.start]) in _NUMBER_WORDS:
        return True
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    if bare_word(prev) in _TITLED or prev in _NAMED_AS:
        return True  # (عرف باسم دان كلينتون: a name, not دان "condemned")
    if p.kind == "noun" and _names_a_body(s, p):
        return True
    if p.kind == "noun" and not p.hit.first.prefix and _name_after(s, p, prev):
        return True  # بلدة حوار، الدكتور تحرير علي: the name of a town or a person
    nxt = s.norms[p.end] if p.end < s.end else ""
    return p.kind == "verb" and (prev in ("بكل", "وبكل") or nxt == _GOD)


_GOD = normalize("الله")
# Words a name follows (عرف باسم، يدعى، اسمه).
_NAMED_AS = _CALLED | {normalize(w) for w in ("باسم", "واسم", "بإسم", "اسمها", "يلقب", "الملقب")}
# A title of address, or a settlement in construct (no article), before a name: a bare
# verbal noun after them is the name of the person or the place (الدكتور تحرير علي، بلدة
# حوار). Titles that stand alone for a ruler (الملك، الأمير) are left out: أكد الملك دعم.
_TITLES = {
    normalize(w)
    for w in ("الدكتور", "الدكتورة", "د.", "السيد", "السيدة", "المهندس", "الأستاذ", "الأستاذة")
}
_SETTLEMENTS = {normalize(w) for w in ("بلدة", "قرية", "مدينة", "مخيم", "حي")}


def _name_after(s: Sentence, p: Predicate, prev: str) -> bool:
    if _pronoun_on(p):
        return False  # (دعمه: his support)
    if bare(prev) in _SETTLEMENTS:
        return True
    nxt = s.norms[p.end] if p.end < s.end else ""
    return bare(prev) in _TITLES and not nxt.startswith("ال")  # (السيد دعم الحكومة)


# Bodies, sectors and ways named by the definite verbal noun after them (مجموعة الاتصال،
# قطاع الاتصالات، وزارة الدعوة، وسائل التواصل): a name, no act.
_NAMED_BY = {
    bare_word(normalize(w))
    for w in ("وزارة", "وزير", "مجموعة", "قطاع", "شبكة", "شبكات", "وسائل", "وسيلة")
}


def _names_a_body(s: Sentence, p: Predicate) -> bool:
    """The noun straight after such a head, or joined by و to a name of definite nouns
    that one heads (وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد، وزير الخارجية
    والتعاون الدولي)."""
    k = p.start - 1
    if k < s.start or _pronoun_on(p):
        return False
    if bare_word(s.norms[k]) in _NAMED_BY:
        return "ال" in p.hit.first.prefix  # (مجموعة هجمات: a series of attacks)
    if not s.norms[p.start].startswith("وال"):
        return False
    while k > max(s.start, p.start - 5) and s.norms[k].startswith(("ال", "وال")):
        k -= 1
    return k < p.start - 1 and bare_word(s.norms[k]) in _NAMED_BY


# What strikes figuratively: afflictions, crises and feelings (أصابتها حمى الطائفية،
# الضائقة التي ضربت المتطرفين، أصاب الهلع السكان), and what is struck so (تغزو عقول
# الشباب، أصاب كبد الحقيقة): no one attacks.
_AFFLICTIONS = {
    normalize(w)
    for w in (
        "حمى", "أزمة", "ضائقة", "وباء", "داء", "عدوى", "ركود", "كساد", "غلاء", "جفاف",
        "شلل", "يأس", "إحباط", "خوف", "ذعر", "هلع", "قلق", "حزن", "أفكار", "فكر", "لعنة",
    )
}  # fmt: skip
_MINDS = {normalize(w) for w in ("عقول", "عقل", "قلوب", "قلب", "نفوس", "كبد", "وجدان")}
_WHICH_OF = {normalize(w) for w in ("التي", "الذي")}


def _figurative_blow(s: Sentence, p: Predicate) -> bool:
    """A verb of striking whose subject is an affliction or a feeling (after it, or
    before التي with its adjectives), or whose object is the mind or the heart."""
    if p.kind != "verb" or action_plover(p.hit) != "ASSAULT" or p.end >= s.end:
        return False
    if bare_word(s.norms[p.end]) in _AFFLICTIONS | _MINDS:
        return True
    k = p.start - 1
    if k <= s.start or s.norms[k] not in _WHICH_OF:
        return False
    return any(bare_word(s.norms[j]) in _AFFLICTIONS for j in range(max(s.start, k - 3), k))


def code_predicate(s: Sentence, p: Predicate, text: str) -> list[Mention]:
    """The mentions of one predicate (several for coordinated actors)."""
    action = actions()[p.hit.entry.get("action_id")]
    if action.id == "request" and _invites_to_meeting(s, p.hit):
        action = actions()["invite"]  # دعا إيران إلى المؤتمر: an invitation, not a demand
    if p.hit.entry.get("participle") == "only" and p.kind != "participle":
        return []  # مدين- in المدينة is "city", not "condemning"
    if _dawn(s, p):
        return []  # فجر اليوم: at dawn, not "blew up"
    if p.kind == "verb" and _facing_word(s.norms[p.start]) and _faces_an_act(s, p):
        return []  # تواجه الحركة هجمات: the attacks are the event, the subject their target
    if _no_longer(s, p):
        return []  # لم نعد نثق: "no longer" (عاد), not a promise (وعد)
    if (
        _not_this_sense(s, p, action.id)
        or _other_reading(s, p, action.id)
        or _idiom(s, p, action.id)
        or _other_hamza(s, p)
        or _talked_about(s, p)
        or _led_to_or_greeted(s, p, action)
        or _vocalized(s, p)
        or _figurative_blow(s, p)
    ):
        # (بحث الأزمة والحرب على الإرهاب: what is talked about; مما دعا الحكومة إلى: "led
        # to"; طلب منه نقل تحياته: a courtesy)
        return []
    if _other_word(s, p):
        return []  # بالضبط: "exactly", not a seizure; اثنين: "two"; بكل أسف: "sadly"
    r = _Reading(p, _read_in_context(s, p, action))
    r.victims = _victims(s, p, r.action.id)
    _read_source(s, r)
    survivor = _survivor(s, p) if r.plover == "ASSAULT" else None
    if survivor is not None:
        # نجا الوزير من محاولة اغتيال: the one who survived it was its target
        r.sources, r.src_phrases, r.inherited = [None], (), False
        r.victims = (survivor,)
    if r.plover in ("ASSAULT", "PROTEST", "MOBILIZE") and _of_another_field(s, p):
        return []  # حرب إعلامية، حراكا سياحيا: a contest of another field
    parties = p.arg("between")
    if parties is not None and r.action.id == "mediate":
        mediators = [x for x in r.sources if x is not None]
        if not mediators:
            return []
        return _emit(s, r, mediators, [x.actor for x in parties.phrases], text)
    if parties is not None and (not r.src_phrases or p.kind == "noun"):
        # المواجهات بين مسلحي الحوثي والمقاومة: the two sides, never the one who tells it
        a, b = (x.actor for x in parties.phrases)
        r.confidence, r.inherited = _FOUND["between"], False  # both named here
        r.targets = [b]
        if not _is_event(s, r):
            return []  # لتعزيز الشراكة بين البلدين، بعد الحرب بين: a goal, a date, a topic
        return _emit(s, r, [a], [b], text) + _emit(s, r, [b], [a], text)
    _read_targets(s, r)
    _receiving_party(s, r)
    _brought_together(s, r)
    _asked_of(s, r)
    _reread(s, r)
    if not _is_event(s, r):
        return []
    return _finish(s, r, text)


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


_DAWN_BEFORE = {"مع", "عند", "حتى", "قبل", "بعد", "منذ", "صلاة", "وقت", "ساعات", "فجر"}


# Places taken by force: seizing them is occupying territory (CAMEO 192), not property.
_TERRITORY = {
    normalize(w)
    for w in (
        "مدينة",
        "مدينتي",
        "مدن",
        "بلدة",
        "بلدتي",
        "بلدتين",
        "بلدات",
        "قرية",
        "قريتي",
        "قرى",
        "منطقة",
        "منطقتي",
        "مناطق",
        "حي",
        "أحياء",
        "موقع",
        "مواقع",
        "نقطة",
        "نقاط",
        "جبل",
        "جبال",
        "تلة",
        "تلال",
        "معسكر",
        "معسكرات",
        "قاعدة",
        "مطار",
        "ميناء",
        "محافظة",
        "مديرية",
        "مديريات",
        "مقر",
        "مقرات",
        "حاجز",
        "حواجز",
        "معبر",
        "معابر",
        "مركز",
        "جزيرة",
        "أراضي",
        "أراض",
        "الأرض",
        "عاصمة",
        "طريق",
        "سد",
        "مصفاة",
        "حقل",
        "حقول",
        "اللواء",
    )  # fmt: skip
}
# and their duals (منطقتين، مدينتين، معسكرين)
_TERRITORY |= {w[:-1] + "تين" if w.endswith("ه") else w + "ين" for w in _TERRITORY}


def _territory_after(s: Sentence, r: _Reading) -> bool:
    """What is seized (the noun after على, past the subject and its adjectives, or right
    after the trigger) is a place: سيطرت المقاومة الموالية للحكومة أمس على مدينة."""
    end = min(r.p.clause.end, r.p.end + 10)
    on = next((k for k in range(r.p.end, end) if s.norms[k] == "علي"), None)
    k = on + 1 if on is not None else r.p.end
    if on is None:
        # حررت القوات العراقية مدينة تكريت: past the subject after the verb
        k = next((x.end for x in r.src_phrases if x.start == k), k)
    # (على ثلاث قرى: past a count)
    while k < s.end and (s.norms[k] in FUNCTION_WORDS or counts(s, k)):
        k += 1
    if k >= s.end:
        return False
    if s.norms[k] in _TERRITORY or bare_word(s.norms[k]) in _TERRITORY:
        return True
    x = next((x for x in s.phrases if x.start == k), None)
    return x is not None and x.head in ("city", "country", "metonym")


# Present verbs of carrying acts out (تشن، تقوم بـ، ينفذون، يبسط سيطرته): right after a
# relative pronoun, with the act's noun as their object, they describe what the head does.
_CARRYING_PRESENT = {
    normalize(w)
    for w in (
        "يشن", "تشن", "يشنون", "ينفذ", "تنفذ", "ينفذون", "يقوم", "تقوم", "يقومون",
        "يبسط", "تبسط", "يبسطون",
    )
}  # fmt: skip


def _habitual(s: Sentence, p: Predicate) -> bool:
    """A present-tense verb in a relative clause describes its head (المعارضة التي تحارب
    الإرهاب), and so does the noun a present verb of carrying out takes there (الحركة
    التي تشن هجمات ضد القوات), unless the clause has a subject of its own or dates it
    (اللقاء الذي تستضيفه باريس الثلاثاء)."""
    if p.clause.kind != "relative" or p.modality != "asserted":
        return False
    if p.kind == "noun":
        k = p.start - 1
        if k - 1 < s.start or s.norms[k] not in _CARRYING_PRESENT:
            return False
        if s.norms[k - 1] not in RELATIVES:
            return False
    elif p.kind != "verb":
        return False
    elif p.hit.entry.get("tense") != "present" or "س" in p.hit.first.prefix:
        return False
    subj = p.arg("subj")
    if subj is not None and subj.how not in ("head", "thing", "kind") and not _second_verb(s, p):
        return False  # الفصائل التي تحاربها روسيا: Russia's own fight, told
    # (a day far after the verb is the main clause's, past the relative clause's end:
    # التحالف الذي يقاتل الحوثيين أعلن وقفا لإطلاق النار من الساعة 11 مساء أمس)
    end = min(p.clause.end, p.end + _HABIT_REACH)
    return not any(s.norms[k] in TIME_WORDS for k in range(p.clause.start, end))


_HABIT_REACH = 5


# Openers of a reason (لأنهم، إذ): a present act of harm after one is why, said of how
# things are (لأننا نراهم يقتلون الأبرياء، إذ يغتال مسلحون الضباط), no act told.
_BECAUSE = {
    normalize(p + w)
    for p in ("", "و", "ف")
    for w in ("لأن", "لأنه", "لأنها", "لأنهم", "لأننا", "إذ")
}
_REASON_STOPS = _FULL_STOPS | {"؛", ";", ":"}
_REASON_REACH = 8
_HARM_NOW = frozenset({"ASSAULT", "THREATEN", "COERCE"})


def _given_as_reason(s: Sentence, p: Predicate) -> bool:
    """A present verb of harm a few words after an opener of a reason, past its subject
    and a seeing verb (لأننا نراهم يستحلون الدماء ويقتلون، لأنه، كما ترى، يهدد أمنها):
    a reason given, what the doer does in general."""
    if p.kind != "verb" or action_plover(p.hit) not in _HARM_NOW or p.modality != "asserted":
        return False
    if p.hit.entry.get("tense") != "present" or "س" in p.hit.first.prefix:
        return False
    for k in range(p.start - 1, max(s.start, p.start - _REASON_REACH) - 1, -1):
        w = s.norms[k]
        if w in _BECAUSE:
            return True
        if w in _REASON_STOPS or w in COMPLEMENTIZERS or w in RELATIVES:
            return False
    return False


def _second_verb(s: Sentence, p: Predicate) -> bool:
    """A present verb joined by و to the present verb that opens its relative clause
    (التحالف الذي تقوده السعودية ويقاتل الحوثيين): the subject found before it is the
    first verb's; the second describes the head too."""
    if p.kind != "verb" or not p.hit.first.prefix.startswith("و"):
        return False
    # (a third person near the first verb: وندعوهم far after it is the speaker's own)
    if bare(s.norms[p.start])[:1] not in ("ي", "ت") or p.start - p.clause.start > _JOINED_REACH:
        return False
    k = p.clause.start + 1  # (the clause opens with its relative pronoun)
    return (
        k < p.start and s.norms[p.clause.start] in RELATIVES and bare(s.norms[k])[:1] in ("ي", "ت")
    )


_JOINED_REACH = 5


_ADVERBS = {normalize(w) for w in ("بالضبط", "وبالضبط", "بالتحديد")}
_NUMBER_WORDS = {normalize(w) for w in NUMBERS}
_MEETING_NOUNS = {normalize(w) for w in MEETINGS}


def _reached_a_place(r: _Reading) -> bool:
    """An arrival is a visit when a state or a city is reached, and not by a force
    (forces arriving are moved; their commander arriving visits)."""
    forces = any(x.actor.sector in _FORCE_SECTORS and x.title != "person" for x in r.src_phrases)
    # (a doer found past the clause, as a relative's: الطريق الذي يسلكه داعش للوصول إلى)
    groups = not r.src_phrases and any(
        a is not None and a.sector in _FORCE_SECTORS and a.type != "person" for a in r.sources
    )
    return not forces and not groups and any(t.type == "country" for t in r.targets)


_FORCE_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "COP", "SPY"})  # (police and spies too)


def _act_needs_met(s: Sentence, r: _Reading, needs: str) -> bool:
    """What a wound, a bomb or a holding needs to be an attack, a bombing or talks."""
    p = r.p
    if needs == "violence":
        # أصيب 25 شخصا في حادث قطار, الإصابة بالسرطان: hurt, not attacked; دون وقوع
        # إصابات: no one hurt, which says nothing of an attack
        return not p.negated and _violent(s, r)
    if needs == "victim":
        # ذبح بطة، مخلفات الذبح: animals slaughtered; a killing has people killed or a
        # killer named (not a weapon or a massacre nearby: مجازر are also slaughterhouses)
        return bool(r.victims or r.actor_target) or any(
            x.actor.type != "concept" for x in r.src_phrases
        )
    if needs == "blast":
        # ضبط رجلا يحمل حزاما ناسفا: a bomb found, worn or not there is none
        return not p.negated and _blast(s, r)
    if needs == "meeting":
        return _meeting_held(s, p)  # عقد صفقة، إلغاء عقد شراء: a contract, not a meeting
    if needs == "crowd":
        return _marching(s, r)
    if needs == "talks":
        return not _searching(s, p)
    if needs == "stance":
        return not _attack_claimed(s, p)
    if needs == "pact":
        return _pact_ratified(s, p)
    return True


# What one ratifies between parties (صادق على الاتفاقية، المعاهدة); a law, a plan or a
# budget a parliament or a committee passes is no agreement signed (CAMEO 057).
_PACTS = {
    bare_word(normalize(w))
    for w in (
        "اتفاق", "اتفاقا", "اتفاقية", "اتفاقيات", "اتفاقات", "معاهدة", "معاهدات", "ميثاق",
        "بروتوكول", "مذكرة", "مذكرات", "صفقة", "قرار",
    )
}  # fmt: skip
_RATIFY_REACH = 15


def _pact_ratified(s: Sentence, p: Predicate) -> bool:
    """The على of ratifying, past the ratifier and the time, takes an agreement (or
    no على is there to say what was ratified)."""
    for k in range(p.end, min(s.end - 1, p.clause.end, p.end + _RATIFY_REACH)):
        if s.norms[k] == "علي":
            return bare_word(s.norms[k + 1]) in _PACTS
    return True


def _attack_claimed(s: Sentence, p: Predicate) -> bool:
    """تبنى تنظيم «داعش» الهجوم: an attack adopted is claimed, no stance taken."""
    if any(
        p.end <= h.start <= p.end + 6 and h.start < p.clause.end and action_plover(h) == "ASSAULT"
        for h in s.hits["trigger"]
    ):
        return True
    # (تبنت الحركة العملية، تبنى التفجيرين: an operation or a blast claimed)
    return _soon_after(s, p, _OPERATIONS, 6)


_OPERATIONS = {bare_word(normalize(w)) for w in ("العملية", "العمليات", "الاعتداء", "المسؤولية")}


def _searching(s: Sentence, p: Predicate) -> bool:
    """بحثا عن أعضاء، يبحث فيه القادة عن حلول: عن before any مع is a search, not talks."""
    for k in range(p.end, min(p.clause.end, p.end + 7)):
        if s.norms[k] in ("مع", "ومع"):
            return False
        if s.norms[k] == "عن":
            return True
    return False


# Words that make a مسيرة a march of protest (مسيرة حاشدة، مسيرة ضد، تنديدا بـ).
_PROTEST_MARKS = {
    normalize(w)
    for w in (
        "احتجاجية", "احتجاجا", "حاشدة", "سلمية", "جماهيرية", "شعبية", "تضامنية", "تضامنا",
        "تنديدا", "رفضا", "للمطالبة", "مطالبة", "ضد", "منددة", "غاضبة", "راجلة", "مليونية",
        "للتنديد", "دعما", "تأييدا", "للاحتجاج",
    )
}  # fmt: skip


def _marching(s: Sentence, r: _Reading) -> bool:
    """A مسيرة or a تجمع is a march or a rally with people named marching in it or a word
    of protest near it."""
    p = r.p
    nxt = s.norms[p.end] if p.end < s.end else ""
    if "ال" not in p.hit.first.prefix and nxt.startswith("ال") and p.end not in s.in_phrase:
        return False  # تجمعات المياه، مسيرة التنمية: a gathering or a course of things
    near = range(max(s.start, p.start - 3), min(s.end, p.end + 4))
    if any(bare_word(s.norms[k]) in _PROTEST_MARKS or s.norms[k] in _PROTEST_MARKS for k in near):
        return True
    # (people of another sentence march in none: وعدم الاقتراب من تجمعات المياه)
    here = {id(x.actor) for x in s.phrases}
    people = [x.actor for x in r.src_phrases] + [a for a in r.sources if id(a) in here]
    return any(a.type == "group" and a.sector in _MARCHERS for a in people)


# Sectors of people who march (المتظاهرون, الطلاب, العمال, الأهالي).
_MARCHERS = frozenset({"CVL", "EDU", "LAB", "OPP", "REL", "REF", "AGR"})


def _meeting_held(s: Sentence, p: Predicate) -> bool:
    """A meeting, talks or a session soon after the verb (عقد الوزيران جلسة مباحثات), or
    the head of its relative clause (المباحثات المشتركة التي عقدناها)."""
    window = range(max(s.start, p.start - 4), min(s.end, p.end + 8))
    return any(bare_word(s.norms[k]).rstrip("ا") in _MEETING_NOUNS for k in window)


def _calls_for(s: Sentence, p: Predicate) -> bool:
    """دعوة إلى + anything but a meeting, or دعوته (past the one called) لـ + an act: a
    call for (REQUEST): جدد دعوته لوقف إطلاق النار."""
    nxt = s.norms[p.end] if p.end < s.end else ""
    if nxt in ("الي", "والي") and _one_called_at(s, p.end + 1):
        return _act_called(s, p, 16, to_calls=True)  # الدعوة إلى قادة الدول للمشاركة
    if nxt in ("الي", "والي"):
        return not _invites_to_meeting(s, p.hit)
    # (دعوة من X إلى Y: Y is the one invited; الدعوة والإصلاح: preaching, no call)
    return _act_called(s, p, 6, to_calls=False)


def _called_to(s: Sentence, p: Predicate) -> bool:
    """دعت X (past its subject and object) إلى + anything but a meeting, or لـ + an act
    that is no meeting (دعت بغداد أنقرة لتجنب التصعيد): a call for (دعت كلينتون إلى إنهاء
    الحصار), not an invitation (دعاه لزيارة، دعاهم للمؤتمر)."""
    return _act_called(s, p, 16, to_calls=True)


# Stems of an occasion one is invited to besides a meeting (دعاه لزيارة، للمشاركة في).
_OCCASIONS = tuple(normalize(w) for w in ("زيار", "حضور", "مشارك", "افتتاح", "مأدب", "احتفال"))
_INVITE_REACH = 20


def _invited_to_nothing(s: Sentence, p: Predicate) -> bool:
    """The verb دعا with no meeting, visit or occasion after it (ندعو السلطات أن تضمن
    محاسبة الجناة، دعا الوزير الأطراف لضرورة ضبط النفس): a call, not an invitation; an
    occasion after في or خلال is where the call was made (دعا في حفل إلى)."""
    quoted = False
    for k in range(p.end, min(s.end, p.end + _INVITE_REACH)):
        w = bare_word(s.norms[k])
        quoted = (quoted or w in ("«", "“")) and w not in ("»", "”")
        if s.norms[k - 1] in ("في", "خلال") or s.norms[k][:1] == "ب" or k in s.in_phrase or quoted:
            continue  # (بحضور الرئيس: in his presence; حزب «المؤتمر الوطني»: a name)
        if w in _MEETING_NOUNS or "ال" + w in _MEETING_NOUNS or w.startswith(_OCCASIONS):
            return False
    return True


def _act_called(s: Sentence, p: Predicate, reach: int, to_calls: bool) -> bool:
    """An act called for within ``reach`` words after the call, before the clause ends;
    a word in لـ counts only before a preposition (سلمه الدعوة خلال لقائه)."""
    past, comma = False, _comma_after_called(s, p)
    end = min(max(p.clause.end, comma + 3), p.end + reach) if comma else p.clause.end
    for k in range(p.end, min(end, p.end + reach) - 1):
        if to_calls and s.norms[k] in ("الي", "والي") and not _one_called_at(s, k + 1):
            return s.norms[k + 1] not in _MEETING_NOUNS
        if s.norms[k] in CLAUSE_PUNCT and k not in s.in_phrase and k != comma:
            return False
        past = past or (
            s.norms[k] in _PAST_THE_CALL and k not in s.in_phrase and not _attached(s, k, to_calls)
        )
        called = None if past else _called_for_act(s, k)
        if called is not None:
            return called
        if not to_calls and k not in s.in_phrase and k != comma:
            return False  # a noun's call is right after it or after the one called
    return False


def _comma_after_called(s: Sentence, p: Predicate) -> int:
    """The comma right after the one called on, before a word in لـ (وجه الدعوة لمجلس
    الأمن، للوقوف عند مسؤولياته): the act called for follows it (0: none)."""
    k = p.end
    while k < s.end and k in s.in_phrase:
        k += 1
    if k == p.end or k + 1 >= s.end or s.norms[k] not in ("،", ","):
        return 0
    return k if s.norms[k + 1].startswith("ل") else 0


def _attached(s: Sentence, k: int, to_calls: bool) -> bool:
    """A place after في or من right after the one a verb calls on is that one's (دعا القوات
    في المنطقة لتكثيف جهودها: the forces in the region), no occasion past the call."""
    return to_calls and k - 1 in s.in_phrase and s.norms[k] in ("في", "من")


def _one_called_at(s: Sentence, k: int) -> bool:
    """A title or a name right after إلى is the one called or invited (الدعوة إلى قادة
    الدول للمشاركة), not what is called for: what is asked comes after it."""
    return k < s.end and any(h.start == k for h in s.hits["actor"])


# Prepositions after which a word in لـ no longer says what was called for (سلمه الدعوة
# خلال لقائه: the meeting where it was handed).
_PAST_THE_CALL = {
    normalize(w) for w in ("في", "خلال", "من", "عن", "على", "مع", "بعد", "قبل", "عند")
}


# Words in لـ that are no act called for: pronouns and particles (له، لذلك، لكن).
_NO_ACT_CALLED = {
    normalize(w)
    for w in (
        "له", "لها", "لهم", "لهما", "لهن", "لنا", "لكم", "لي", "لذلك", "لهذا", "لهذه", "لكن",
        "لكنه", "لأن", "لما", "لدى", "لم", "لن", "للغاية", "لاحقا", "لأول",
    )
}  # fmt: skip
# Nouns of taking part: دعاهم للمشاركة في is an invitation.
_JOINING_NOUNS = {
    normalize(w) for w in ("مشاركة", "المشاركة", "انضمام", "الانضمام", "حضور", "الحضور")
}


def _called_for_act(s: Sentence, k: int) -> bool | None:
    """What لـ + the word at ``k`` makes of a call: an act called for (True: لوقف،
    للتحرك، لتحمل), a meeting, visit or taking part one is invited to (False: لزيارة،
    للمؤتمر، للمشاركة), or neither (None: the one invited, لمجلس الأمن; له)."""
    w = s.norms[k]
    if not w.startswith("ل") or len(w) < 4 or k in s.in_phrase or w in _NO_ACT_CALLED:
        return None
    if any(h.start == k for h in s.hits["actor"]):
        return None  # (a title or a name, even one not kept as a phrase: لولي ولي العهد)
    if any(w.startswith(m) for m in _MEETING_NOUNS):
        return False  # (لقاء: a meeting noun that opens with ل)
    noun = "ال" + w[2:] if w.startswith("لل") else w[1:]
    return noun not in _MEETING_NOUNS and noun not in _JOINING_NOUNS


# Where words are said: an attack "in" them is made in words.
_SPEECH = {
    normalize(w)
    for w in ("مقابلة", "تصريح", "تصريحات", "بيان", "كلمة", "خطاب", "تغريدة", "تغريدات", "مقال")
}


def _said_in(s: Sentence, p: Predicate) -> bool:
    """في مقابلة تلفزيونية ... هجوما: a speech noun after في shortly before the act."""
    return any(
        bare_word(s.norms[k]) in _SPEECH and s.norms[k - 1] in ("في", "وفي", "خلال")
        for k in range(max(p.clause.start + 1, p.start - 5), p.start)
    )


def _on_what_was_said(s: Sentence, p: Predicate) -> bool:
    """An attack noun on what was said or decided (هجوما حادا على قرار الرئيس، على
    سياسات الحكومة): على a few words after it, then such a noun; the verb that launches
    it (شن) with that noun for its object is the same attack in words."""
    end = p.end
    if p.kind != "noun":
        nouns = [
            h.end
            for h in s.hits["trigger"]
            if h.kind == "noun" and p.end <= h.start <= p.end + 6 and h.start < p.clause.end
        ]
        w = s.norms[p.start]
        w = w[1:] if w[:1] in ("و", "ف") else w
        if not nouns or not w.startswith(("شن", "يشن", "تشن")):
            return False
        end = nouns[0]
    for k in range(end, min(p.clause.end - 1, end + 4)):
        if s.norms[k] in ("علي", "وعلي"):
            return bare_word(s.norms[k + 1]) in SAID_THINGS
    return False


# Participles of saying after هاجم (هاجم الوزير المملكة متهما إياها): words, not arms.
_SAYING = {
    normalize(w)
    for w in ("متهما", "قائلا", "واصفا", "معتبرا", "مؤكدا", "محملا", "مطالبا", "منتقدا")
}


def _criticism(s: Sentence, r: _Reading) -> bool:
    """هاجم (attacked) by a person, a party or a government body against a person, a
    party, the media or an idea, with no armed actor on either side: in words."""
    src = next((x for x in r.sources if x is not None), None)
    armed = _FORCE_SECTORS
    unarmed = src is None or src.sector not in armed
    if r.plover == "ASSAULT" and unarmed and (_said_in(s, r.p) or _on_what_was_said(s, r.p)):
        # شن في مقابلة تلفزيونية هجوما على السعودية، هجوما عنيفا على قرار الرئيس: an
        # attack in words
        return True
    if r.p.kind != "verb" or bare(s.norms[r.p.start])[:3] not in ("هاج", "يها", "تها"):
        return False
    if src is None or src.sector in armed or src.type not in ("person", "country"):
        return False
    if src.type == "country" and src.sector not in ("GOV", "LEG", "PTY", "JUD", "MED"):
        return False
    tgt = next(iter(r.targets), None)
    said = any(
        bare_word(s.norms[k]) in SAID_THINGS for k in range(r.p.end, min(s.end, r.p.end + 6))
    ) or any(s.norms[k] in _SAYING for k in range(r.p.end, min(r.p.clause.end, r.p.end + 8)))
    if tgt is None:
        # a politician "attacking" no one armed, or what was said or decided (هاجم وزير
        # الخارجية تصريحات المالكي)
        return src.type == "person" or said
    return tgt.type in ("person", "concept") or tgt.sector in (
        "PTY", "MED", "OPP", "GOV", "LEG", "CVL",
    )  # fmt: skip


def _visitor(s: Sentence, r: _Reading) -> Phrase | None:
    """A visit noun with its visitor after it, with لـ or as its genitive (and only
    honorifics or adjectives between): زيارة لصاحب السمو الملكي ولي العهد, زيارة صاحب
    السمو الملكي الأمير محمد بن سلمان للأردن."""
    if r.action.id != "visit":
        return None
    p = r.p
    for x in s.phrases:
        if not (p.end <= x.start <= p.end + 5):
            continue
        between = [s.norms[k] for k in range(p.end, x.start)]
        with_l = x.prefix.lstrip("و").startswith("ل") or any(w.startswith("ل") for w in between)
        plain = all(w.startswith(("ال", "ل")) or w in FOLLOWER_WORDS for w in between)
        # the genitive of a bare visit noun: honorifics only between (صاحب السمو الملكي)
        genitive = (
            not p.hit.first.suffix
            and x.prefix.lstrip("و") in ("", "ال")
            and all(w in FOLLOWER_WORDS for w in between)
            and x.actor.type == "person"
        )
        # (زيارة لمصر, زيارة لاربيل: a place after لـ is where he went, not who)
        place = x.head in ("metonym", "city", "country")
        who = x.actor.type in ("person", "country") and not place
        return x if ((with_l and plain) or genitive) and who else None
    return None


_OWN_WAY = {normalize(w) for w in ("مسيره", "مسيرة")}
# Verbal nouns that are also the place of the act, read as the place after في / داخل.
_PLACE_READINGS = {normalize(w) for w in ("سجن", "السجن", "معتقل", "المعتقل")}
_IN_A_PLACE = {
    normalize(w) for w in ("في", "وفي", "داخل", "من", "إلى", "الى", "أمام", "قرب", "خارج", "بجوار")
}
_CROWD = {normalize(w) for w in ("حشد", "حشود")}
_CROWD_SIZES = {normalize(w) for w in ("كبير", "غفير", "كبيرة", "غفيرة", "من", "هائل", "هائلة")}
_CEREMONIES = {
    bare_word(normalize(w))
    for w in (
        "حفل", "حفلة", "افتتاح", "مهرجان", "ملتقى", "مسابقة", "فعاليات", "تخريج", "ندوة",
        "معرض", "جائزة", "احتفال", "احتفالية", "دورة", "بطولة", "مؤتمر", "منتدى", "أمسية",
    )
}  # fmt: skip
_WOUNDED = {normalize(w) for w in ("جرحى", "الجرحى", "للجرحى", "والجرحى", "جريح", "الجريح")}


_OCCUPATION = normalize("احتلال")
# Adjectives in construct with a verbal noun, of what a thing is (شديدة الانفجار).
_DEGREE_ADJECTIVES = {
    normalize(w) for w in ("شديد", "شديدة", "سريع", "سريعة", "قابل", "قابلة", "سهل", "سهلة")
}
# Declining to comment or to say (رفض التعليق، رفضت الإدلاء بتصريح، رفض الكشف عن).
_COMMENTING = {normalize(w) for w in ("التعليق", "الإدلاء", "الكشف", "الإفصاح", "الرد")}
# The verbal noun of threatening (تهديد, _THREAT_NOUNS): a threat made says with what
# (التهديد بقتله، تهديد الحزب بقطع الهدنة); without it, the noun is a danger (مصدر التهديد،
# للتصدي لتهديد المتشددين، تواجه تهديدا متزايدا). On real articles 12 of 13 such nouns were
# dangers. How far after the noun its content may come (its doer, an adjective between):
_THREAT_CONTENT_REACH = 5
# "Which" after a thing or a clause (مما، وهو ما، الأمر الذي): what follows is its effect.
_WHICH = {normalize(w) for w in ("مما", "ما", "الذي", "التي")}
_THING_BEFORE_WHICH = {
    normalize(w) for w in ("هو", "وهو", "هي", "وهي", "الأمر", "هذا", "وهذا", "ذلك", "وذلك")
}
_TO_IT = {normalize(w) for w in ("إليه", "اليه", "إليها", "له", "لها", "عليه")}
_GREETINGS = {normalize(w) for w in ("تحيات", "تحياته", "تحياتها", "تحياتهم", "تحية", "سلام")}


def _led_to(s: Sentence, p: Predicate) -> bool:
    """مما دعا الحكومة إلى، وهو ما دعا، الأمر الذي دعا، ..., ما شجع الأسر على: a thing
    that "called" for it led to it; nobody asked."""
    k = p.start - 1
    if p.kind != "verb" or k <= s.start or s.norms[k] not in _WHICH:
        return False
    if s.norms[k - 1] in ("،", ","):
        # (، ما دعا إليه الرئيس: what he called for)
        return s.norms[k] == "ما" and (p.end >= s.end or s.norms[p.end] not in _TO_IT)
    return s.norms[k] == "مما" or s.norms[k - 1] in _THING_BEFORE_WHICH


def _vocalized(s: Sentence, p: Predicate) -> bool:
    """The act stands in fully vocalised text, a verse of the Quran or a poem quoted (وَمَن
    يَقْتُلْ مُؤْمِنًا): news is written without its vowels; such text tells no event."""
    if _vowels(s.words[p.start]) < 2:
        return False  # (news words carry a mark or none)
    near = range(max(s.start, p.start - 2), min(s.end, p.end + 2))
    return sum(_vowels(s.words[k]) >= 2 for k in near) >= 3


def _vowels(word: str) -> int:
    """The short vowels, tanwin, shadda and sukun written on a word."""
    return sum(1 for ch in word if "\u064b" <= ch <= "\u0652")


def _led_to_or_greeted(s: Sentence, p: Predicate, action: ActionType) -> bool:
    """A call that is an effect (مما دعا) or a courtesy (نقل تحياته): no request."""
    return action.plover == "REQUEST" and (_led_to(s, p) or _greetings(s, p))


def _greetings(s: Sentence, p: Predicate) -> bool:
    """طلب منه نقل تحياته إلى: asking someone to convey greetings is a courtesy."""
    return any(s.norms[k] in _GREETINGS for k in range(p.end, min(p.clause.end, p.end + 10)))


def _not_this_sense(s: Sentence, p: Predicate, action_id: str) -> bool:
    """مسيرته (his career, its course), اعترفوا بارتباطهم (admitted their links, not a
    recognition), الجرحى (the wounded, not a wounding), a number."""
    w = s.norms[p.start]
    if p.end - p.start == 1 and bare(w) in _NUMBER_WORDS:
        return True  # صحفيين اثنين: a number, not أثنى (praised)
    if bare(w) in _CROWD and p.end < s.end and s.norms[p.end] in _CROWD_SIZES:
        return True  # بحضور حشد كبير من العملاء: a crowd, not a mobilisation
    if action_id == "mediate" and any(
        bare_word(s.norms[k]) in _CEREMONIES for k in range(p.end, p.clause.end)
    ):
        return True  # يرعى الأمير حفل افتتاح الملتقى: patronage of a ceremony, no mediation
    if p.kind == "noun" and p.hit.entry.words[0] in _OWN_WAY and _course_of(s, p):
        return True  # مسيرته: his career (حراك سياحي: _of_another_field)
    if w in _PLACE_READINGS and p.start > s.start and s.norms[p.start - 1] in _IN_A_PLACE:
        return True  # في سجن بطرابلس: in a prison, not an imprisonment
    if p.kind == "noun" and "ال" in p.hit.first.prefix and bare_word(w) == _OCCUPATION:
        return True  # الاحتلال: the occupying power (جرائم الاحتلال، إلزام الاحتلال), no act
    prev = bare_word(s.norms[p.start - 1]) if p.start > s.start else ""
    if p.kind == "noun" and prev in _DEGREE_ADJECTIVES:
        return True  # مواد شديدة الانفجار: highly explosive, a kind of material
    after = range(p.end, min(p.clause.end, p.end + 5))
    if action_id == "reject" and any(s.norms[k] in _COMMENTING for k in after):
        return True  # رفضت الخارجية التعليق: declined to comment, nothing rejected
    if action_id == "recognize" and p.end < s.end:
        return _admits_own(s, p)
    if action_id == "agree" and _staffing_approved(s, p):
        return True  # وافق مجلس الوزراء على تعيين: an administrative approval, no accord
    if action_id == "threaten" and _a_danger(s, p):
        return True  # للتصدي لتهديد المتشددين: the militants' danger, no threat made
    return (
        w in _WOUNDED or _object_of_another_sense(s, p, action_id) or _plain_sense(s, p, action_id)
    )


def _a_danger(s: Sentence, p: Predicate) -> bool:
    """The noun تهديد with no content told after it (بـ what, أن what): a danger."""
    if p.kind != "noun" or bare_word(s.norms[p.start]) not in _THREAT_NOUNS:
        return False
    after = range(p.end, min(p.clause.end, p.end + _THREAT_CONTENT_REACH))
    return not any(s.norms[k].startswith("ب") or s.norms[k] in ("ان", "بان") for k in after)


def _plain_sense(s: Sentence, p: Predicate, action_id: str) -> bool:
    """Everyday senses told by the word right before or after: اتصال بصفحة (a link to a
    web page), قصة كفاح (a life's struggle), يحتج بها (cites it as an argument), تبنى
    أفكارا (adopted ideas), ارتفاع الطلبات (orders rising), باب القبول لوظائف
    (admission), في رسالة (the medium of what is said, not a message of its own)."""
    prev = bare_word(s.norms[p.start - 1]) if p.start > s.start else ""
    nxt = s.norms[p.end] if p.end < s.end else ""
    if action_id in ("phone_call", "contact") and nxt.startswith("ب"):
        return bare_word(nxt) in _WEB  # اتصالا بصفحة البيت الأبيض: a link
    if action_id == "contact" and p.kind == "noun" and _in_medium(s, p):
        return True  # قال في رسالة، دعا في أول رسالة صوتية: the medium of the act told
    if action_id == "fight" and p.kind == "noun":
        return prev in _LIFE_STORIES  # قصة كفاح والده: the struggle of a life
    if action_id == "protest" and p.kind == "verb":
        return nxt in _WITH_IT  # يحتج بها على: argues with it
    if action_id == "express_intent":
        return _idea_or_law(s, p, nxt)
    if action_id == "request" and p.kind == "noun":
        return prev in _MARKET_MOVES  # ارتفاع الطلبات: orders, demand in the market
    if action_id == "agree" and p.kind == "noun" and "قبول" in s.norms[p.start]:
        return prev == _DOOR or bare_word(nxt) in _ADMISSIONS  # فتح باب القبول
    return False


def _idea_or_law(s: Sentence, p: Predicate, nxt: str) -> bool:
    """تتبنى أفكارا (ideas adopted), تبنى البرلمان مشروع قانون (a law passed, past the
    subject and a time): no stance towards anyone."""
    if bare_word(nxt) in _IDEAS or bare_word(nxt).rstrip("ا") in _IDEAS:
        return True
    k = p.end
    while k < min(s.end - 1, p.end + 6) and (
        k in s.in_phrase or s.norms[k] in TIME_WORDS or s.norms[k] == "،"
    ):
        k += 1  # (تبنى البرلمان التشادي، أمس، مشروع قانون)
    w = bare_word(s.norms[k])
    return (
        w in _LAWS
        or w in _IDEAS
        or (w == _DRAFT and k + 1 < s.end and bare_word(s.norms[k + 1]) in _LAWS)
    )


_LAWS = {bare_word(normalize(w)) for w in ("قانون", "قانونا", "تشريع", "تشريعا", "تشريعات")}
_DRAFT = bare_word(normalize("مشروع"))


def _in_medium(s: Sentence, p: Predicate) -> bool:
    k = p.start - 1
    if k > s.start and s.norms[k] in _FIRST_DAY:
        k -= 1  # (في أول رسالة له)
    return k >= s.start and s.norms[k] in ("في", "وفي")


# Web pages and links (اتصال بصفحة، بموقع، بالإنترنت، برابط).
_WEB = {
    bare_word(normalize(w))
    for w in ("بصفحة", "بموقع", "بالإنترنت", "بالانترنت", "برابط", "بالشبكة")
}
# Stories of a life (قصة كفاح، سيرة نضال، رحلة كفاح).
_LIFE_STORIES = {
    bare_word(normalize(w)) for w in ("قصة", "سيرة", "رحلة", "مشوار", "حياة", "عمر", "سنوات")
}
# ب with a pronoun after احتج: the argument one cites (يحتج بها، احتج به).
_WITH_IT = {normalize(w) for w in ("به", "بها", "بهم", "بذلك", "بهذا", "بهذه")}
# What is adopted that is no act: ideas, doctrines, ways (تتبنى أفكارا، تبنى نهجا).
_IDEAS = {
    bare_word(normalize(w))
    for w in (
        "أفكار", "فكر", "فكرة", "منهج", "نهج", "مذهب", "عقيدة", "أيديولوجية", "ايديولوجيا",
        "مبادئ", "رؤية", "نظرية", "خطاب", "قيم", "استراتيجية", "إستراتيجية", "سياسة",
        "نظام", "نظاما", "مقاربة", "نمط", "أسلوب",
    )
}  # fmt: skip
# Movements of a market before orders (ارتفاع الطلبات، تراجع الطلب).
_MARKET_MOVES = {
    bare_word(normalize(w))
    for w in ("ارتفاع", "انخفاض", "تراجع", "زيادة", "نمو", "حجم", "تزايد", "هبوط", "ضعف")
}
_DOOR = bare_word(normalize("باب"))
# What one is admitted to (القبول لوظائف، القبول في الجامعات، قبول الطلاب).
_ADMISSIONS = {
    bare_word(normalize(w))
    for w in (
        "لوظائف", "للوظائف", "للطلاب", "للطلبة", "للطالبات", "بالجامعات", "بالكليات", "بالجامعة",
        "بالكلية", "الطلاب", "الطلبة", "الطالبات", "المتقدمين", "للمتقدمين",
    )
}  # fmt: skip


def _admits_own(s: Sentence, p: Predicate) -> bool:
    """اعترفوا بارتباطهم، اعترف الرئيس صراحة بعجزه: what one admits of oneself (ب with
    one's own pronoun, past the subject and an adverb) recognises no one."""
    k = p.end
    while k < s.end - 1 and (k in s.in_phrase or s.norms[k] in _OPENLY):
        k += 1
    return s.norms[k].startswith("ب") and s.norms[k].endswith(("ه", "ها", "هم", "هما"))


# Adverbs of how one admits something (اعترف صراحة، علنا): the object follows them.
_OPENLY = {normalize(w) for w in ("صراحة", "صراحه", "علنا", "علناً", "رسميا", "ضمنا", "ضمنيا")}
# Nouns of filling posts: approving them is administration, not agreeing with anyone.
_STAFFING = {
    normalize(w)
    for w in (
        "تعيين", "تعيينات", "ترقية", "ترقيات", "تولي", "توليه", "توليها", "إعفاء",
        "ترشيح", "التعاقد", "تكليف", "تكليفه", "تكليفها",
    )
}  # fmt: skip


def _staffing_approved(s: Sentence, p: Predicate) -> bool:
    """وافق X على تعيين، الموافقة على ترقيات: على (past the subject) + a noun of
    filling posts."""
    k = p.end
    while k < s.end and k in s.in_phrase:
        k += 1  # (past the subject, however long its name: وافق أمير منطقة ... بن عبدالعزيز)
    end = min(p.clause.end, k + 14, s.end - 1)  # (past a prayer: - حفظه الله -)
    k = next((k for k in range(k, end) if s.norms[k] in ("علي", "على")), None)
    return k is not None and bare_word(s.norms[k + 1]) in _STAFFING


# What one reaches in an agreement (توصلا إلى اتفاق، إلى تسوية، إلى صيغة توافقية).
_ACCORDS = {
    normalize(w)
    for w in (
        "اتفاق", "اتفاقا", "اتفاقية", "تفاهم", "تفاهما", "تفاهمات", "حل", "حلا", "حلول",
        "تسوية", "صيغة", "صفقة", "هدنة", "توافق", "إجماع", "قرار", "اتفاقات", "ترتيبات",
    )
}  # fmt: skip


def _object_of_another_sense(s: Sentence, p: Predicate, action_id: str) -> bool:
    """أوقف with an act for its object halts that act (ستوقف دعمها، أوقفت تمويل
    الجماعات), no one is detained; توصل إلى with no accord after it reached or
    identified someone or something (توصلت الشرطة إلى الجاني), nothing agreed."""
    k = p.end
    while k < min(s.end, p.end + 6) and k in s.in_phrase:
        k += 1  # (past the subject: أوقفت السلطات الأردنية دعمها)
    if action_id == "arrest" and p.kind == "verb" and p.hit.entry.get("needs") == "actor":
        return any(h.start == k for h in s.hits["trigger"])
    if action_id == "agree" and p.end - p.start == 1 and "توصل" in s.norms[p.start]:
        after = [bare_word(s.norms[j]) for j in range(k + 1, min(s.end, k + 4))]
        return k < s.end and s.norms[k] == "الي" and not any(w in _ACCORDS for w in after)
    if action_id == "agree" and p.kind == "noun" and p.end < s.end:
        nxt = s.norms[p.end]
        return nxt.isdecimal() or nxt in _NUMBER_WORDS  # بموافقة 46 عضوا: a vote counted
    if action_id == "deport" and p.kind == "noun":
        # ترحيلهم إلى الجبهات: recruits sent to the front, no one expelled
        after = range(p.end, min(p.clause.end, p.end + 3))
        return any(bare_word(s.norms[j]) in _FRONTS for j in after) or _kept_away(s, p, k)
    if action_id in ("phone_call", "contact") and p.start > s.start:
        return bare_word(s.norms[p.start - 1]) in _LINES  # نقطة اتصال، وسائل الاتصال
    if action_id == "deport":
        return _kept_away(s, p, k)
    if action_id == "seize" and k < s.end:
        return bare_word(s.norms[k]) in _VIOLATIONS  # لضبط مخالفات نظام العمل: inspection
    if action_id == "demand" and p.kind == "noun" and p.end < s.end:
        return bare_word(s.norms[p.end]) in _MONIES  # المطالبات المالية: financial claims
    return False


def _kept_away(s: Sentence, p: Predicate, k: int) -> bool:
    """إبعاد X عن مناطق نفوذه، إبعاد ساحة المعركة عن الإقليم: kept away from a place
    (عن within a few words), not deported from a land (عن البلاد، عن أراضيها)."""
    end = min(p.clause.end, k + 6, s.end - 1)
    j = next((j for j in range(p.end, end) if s.norms[j] == "عن"), None)
    if j is None:
        return False
    return bare_word(s.norms[j + 1]) not in _LANDS


# What one is deported from (أبعدته عن البلاد، عن أراضيها، عن المملكة).
_LANDS = {
    bare_word(normalize(w))
    for w in ("البلاد", "الأراضي", "أراضي", "أراضيها", "أراضيه", "المملكة", "الدولة", "الوطن")
}
# Violations caught in an inspection (ضبط مخالفات، ضبط المخالفات).
_VIOLATIONS = {bare_word(normalize(w)) for w in ("مخالفات", "المخالفات", "مخالفة", "المخالفة")}
# Money claimed (المطالبات المالية): claims of a debt, no political demand.
_MONIES = {bare_word(normalize(w)) for w in ("المالية", "مالية", "المادية", "مادية")}


# Where fighters are sent (ترحيلهم إلى الجبهات، نقلهم إلى جبهات القتال).
_FRONTS = {normalize(w) for w in ("جبهة", "جبهات", "الجبهة", "الجبهات", "خطوط")}
# Things of communication, not calls: a junction (نقطة اتصال), its means and networks.
_LINES = {
    normalize(w)
    for w in ("نقطة", "نقاط", "وسائل", "وسيلة", "شبكة", "شبكات", "خطوط", "أجهزة", "أبراج", "شركة")
}


def _other_reading(s: Sentence, p: Predicate, action_id: str) -> bool:
    """بعد الاطلاع على (having read: اطّلع, not أطلع "briefed"), تهديد للأمن (a danger,
    no one threatening), حشد التأييد (support rallied, no force), ملف closed (a case
    closed, nothing shut), سمح بفرض عقوبات (a sanction allowed, nothing eased), أصر على
    مواصلة (going on, no demand), فقد السيطرة (control lost, nothing seized), قوات مكافحة
    الشغب (riot police, no riot), الاتصالات with no مع (telecommunications)."""
    if action_id == "inform":
        return _looked_into(s, p)
    if action_id == "threaten":
        return p.kind == "noun" and _danger(s, p)
    w = s.norms[p.start]
    if action_id == "mobilize" and ("حشد" in w or "حشود" in w):
        return _soon_after(s, p, _RALLIED, 3)
    if action_id == "coerce" and "غلق" in w:
        return _soon_after(s, p, _FILES, 8)  # (past a long subject)
    if action_id == "ease_restrictions" and "سمح" in w:
        return _allows_force(s, p)
    if action_id == "seize" and p.kind == "noun":
        before = range(max(s.start, p.start - 2), p.start)
        return any({s.norms[k], bare(s.norms[k])} & _LOSING for k in before)  # فقدوا السيطرة
    if action_id == "riot" and p.start > s.start:
        return bare_word(s.norms[p.start - 1]) == _COMBATING  # مكافحة الشغب: riot control
    if action_id == "fight" and p.kind == "noun" and p.end < s.end:
        return _COMBATING in w and bare_word(s.norms[p.end]) == _RIOTING
    if action_id == "fight" and p.kind == "verb" and _FACE_STEM in w:
        return _faces_hardship(s, p)
    if action_id == "insist":
        after = range(p.end, min(p.clause.end, p.end + 4))
        return any(bare_word(s.norms[k]).startswith(_KEEPING_ON) for k in after)
    if action_id == "contact" and p.kind == "noun" and "ال" in p.hit.first.prefix:
        # الاتصالات في المنطقة تعطلت: telecommunications; contacts are had مع someone
        after = range(p.end, min(p.clause.end, p.end + 4))
        return not p.hit.first.suffix and not any(s.norms[k] in ("مع", "ومع") for k in after)
    return False


# في مقتل: "in a vital spot" (a killing is مقتل + whom, never في مقتل alone).
_VITAL_SPOT = normalize("مقتل")
# Values an act "attacks" (اعتداء على الحرية): an offence against them, no one attacked.
_VALUES = {
    bare_word(normalize(w))
    for w in (
        "الحرية", "الحريات", "الكرامة", "حرية", "حريات", "كرامة", "القانون", "الدستور",
        "القيم", "الثوابت", "الأخلاق", "الذوق", "الإنسانية", "المال العام", "الحقوق", "حقوق",
    )
}  # fmt: skip


def _in_a_vital_spot(s: Sentence, p: Predicate) -> bool:
    """في مقتل with nothing in construct after it, the trigger itself or within three
    words after a verb (أصابت المكانة أعداءها في مقتل)."""

    def vital(k: int) -> bool:
        if k < s.start + 1 or s.norms[k] != _VITAL_SPOT or s.norms[k - 1] not in ("في", "وفي"):
            return False
        return k + 1 >= s.end or not s.words[k + 1][:1].isalnum()

    if p.kind == "noun":
        return vital(p.start)
    return any(vital(k) for k in range(p.end, min(s.end, p.end + 5)))


_DEFENCE = bare_word(normalize("الدفاع"))


def _no_attack_told(s: Sentence, p: Predicate) -> bool:
    """من الدفاع إلى الهجوم (a mode of play), اعتداء على الحرية (an offence against a
    value): an attack noun with no attack told."""
    return _paired_with_defence(s, p) or _against_a_value(s, p)


def _paired_with_defence(s: Sentence, p: Predicate) -> bool:
    """الهجوم joined to الدفاع (الدفاع والهجوم، من الدفاع إلى الهجوم، الهجوم والدفاع):
    the two halves of a team's play (وزارة الدفاع، الهجوم is no pair: nothing joins them)."""
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    prev2 = s.norms[p.start - 2] if p.start - 1 > s.start else ""
    nxt = s.norms[p.end] if p.end < s.end else ""
    if prev in ("الي", "والي") and bare_word(prev2) == _DEFENCE:
        return True
    if p.hit.first.prefix.startswith("و") and bare_word(prev) == _DEFENCE:
        return True
    return nxt.startswith("و") and bare_word(nxt) == _DEFENCE


def _against_a_value(s: Sentence, p: Predicate) -> bool:
    """اعتداء على + a value (الحرية، الكرامة): the noun says what the act offends."""
    k = p.end
    if k + 1 >= s.end or s.norms[k] not in ("علي", "وعلي"):
        return False
    return bare_word(s.norms[k + 1]) in _VALUES


def _faces_hardship(s: Sentence, p: Predicate) -> bool:
    """واجه with a hardship as its object, past the subject (تواجه الشركات صعوبة)."""
    after = [k for k in range(p.end, min(p.clause.end, p.end + 8)) if k not in s.in_phrase][:2]
    for k in after:
        b = bare_word(s.norms[k])
        if b in _HARDSHIPS or (b.endswith("ا") and b[:-1] in _HARDSHIPS):
            return True
    return False


def _idiom(s: Sentence, p: Predicate, action_id: str) -> bool:
    """A trigger word in a fixed phrase of another sense, told by its neighbour: قتلاهم
    (their dead), احتلت المرتبة الأولى (ranked first), قواعد الاشتباك (rules of engagement),
    أضرب مثلا (gave an example), الاعتصام بالكتاب (holding fast to), تمسك بهم (holding on
    to someone), تجمع بين (combines), دفع ثمنا (paid a price), كمائن أمنية (checkpoints)."""
    w, nxt = s.norms[p.start], s.norms[p.end] if p.end < s.end else ""
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    if action_id in ("attack", "kill") and _in_a_vital_spot(s, p):
        return True  # أصابت أعداءها في مقتل: hit them where it hurts, no one killed
    if action_id == "kill":
        # قتلى with a pronoun (قتلاهم، لقتلانا): the dead of a side, no killing told
        return p.end - p.start == 1 and w.endswith(_THEIR_DEAD)
    if action_id in ("seize", "cameo_192"):
        return _ranked(s, p)
    if action_id == "fight" and p.kind == "noun":
        return bare_word(prev) in _RULES_OF
    if action_id == "strike":
        return bare_word(nxt) in _EXAMPLES or bare_word(nxt).startswith(_EXAMPLE)
    if action_id == "demonstrate":
        return _gathered_otherwise(s, p, nxt)
    if action_id == "insist":
        return _held_on_to(s, p)
    if action_id == "praise":
        # دفعت ثمنا باهظا: a price paid; thanks for condolences (شكره على تعازيه): a
        # courtesy of mourning, no stance
        return bare(prev).startswith(_PAYING) or any(
            bare_word(s.norms[k]).startswith(_CONDOLENCES)
            for k in range(p.end, min(s.end, p.end + 16))
        )
    if action_id == "attack" and p.kind == "noun" and _no_attack_told(s, p):
        return True
    if action_id == "attack":
        # كمائن أمنية: police checkpoints; ضربات الشمس: sunstroke; a verbal attack (شن
        # هجوما على الاتفاق وشكك: the noun, alone or after its light verb)
        if p.kind == "noun" and _no_arms_next(w, nxt):
            return True
        # (a noun with its adjective of arms is no attack of words: هجوم انتحاري)
        armed_noun = p.kind == "noun" and p.end - p.start > 1
        if (p.kind == "noun" or p.end - p.start > 1) and not armed_noun and _verbal_attack(s, p):
            return True
        if p.kind == "verb" and _campaign_of_arrests(s, p):
            return True
    if action_id == "coerce" and p.kind == "verb" and prev in WHICH:
        return True  # مما أجبر المسلحين على الانسحاب: the effect of an act told before it
    return _named_otherwise(s, p, action_id, prev, nxt)


def _no_arms_next(w: str, nxt: str) -> bool:
    """كمائن أمنية (police checkpoints), ضربات الشمس (sunstroke): told by the word after
    (not a coordinated adjective: العمليات العسكرية والأمنية)."""
    if nxt.startswith("و"):
        return False
    nxt = bare_word(nxt)
    ambush = any(a in w for a in _AMBUSHES)
    return (ambush and nxt in _CHECKPOINT_KINDS) or (_BLOW in w and nxt == _SUN)


def _campaign_of_arrests(s: Sentence, p: Predicate) -> bool:
    """حملة التوقيفات التي استهدفت عناصر التنظيم، أوقفت الشرطة 251 شخصا في حملة استهدفت:
    a campaign "aimed at" people, in a sentence of arrests, arrested them (the arrest is
    coded by its own word); it is no attack."""
    back = range(max(s.start, p.start - 3), p.start)
    if not any(bare_word(s.norms[k]) in _A_CAMPAIGN for k in back):
        return False
    return any(action_plover(h) == "COERCE" for h in s.hits["trigger"])


_A_CAMPAIGN = {bare_word(normalize(w)) for w in ("حملة", "حملات")}


def _named_otherwise(s: Sentence, p: Predicate, action_id: str, prev: str, nxt: str) -> bool:
    """حكومة التوافق (a government's name), حسن النيات (good faith), مقاطعة شينكاي (a
    district), اشترطوا عدم نشر أسمائهم (asked not to be named), لوحت بغصن الزيتون (an
    olive branch waved), حشد النواب (lawmakers lobbied), يعدون للحرب (prepare, not
    promise)."""
    if action_id == "agree" and p.kind == "noun":
        return bare_word(prev) in _BODIES_NAMED
    if action_id == "express_intent" and p.kind == "noun":
        return bare_word(prev) in _GOOD_BAD
    if action_id == "reject" and p.kind == "noun":
        return _district(s, p, prev, nxt)
    if action_id == "demand" and nxt in _NOT:
        return _soon_after(s, p, _NAMING, 4)  # اشترط عدم ذكر اسمه: anonymity
    if action_id == "threaten":
        return any(bare_word(s.norms[k]) == _BRANCH for k in range(p.end, min(s.end, p.end + 10)))
    if action_id == "mobilize":
        return _soon_after(s, p, _LAWMAKERS, 4)
    if action_id == "pledge" and p.kind == "verb":
        # يعدون للحرب، يعدون كثيرا للحرب: they prepare (أعد) for it; وعدّ with its shadda
        # written: و + عدّ (considered)
        if s.words[p.start].endswith(_SHADDA):
            return True
        return any(s.norms[k].startswith("لل") for k in range(p.end, min(s.end, p.end + 2)))
    return _figure_of_speech(s, p, action_id, prev, nxt)


def _figure_of_speech(s: Sentence, p: Predicate, action_id: str, prev: str, nxt: str) -> bool:
    """لتحقيق هذا الخير (to achieve, no inquiry), فجر مفاجأة (sprang a surprise), فجرت
    القوات جسما مشبوها (a suspect object blown up), احتجاجات اجتاحت المدن (swept), ما
    أصابهم (what befell them), مخاطر تهدد (dangers), دانت له (submitted to),
    استدعاء مليون سيارة (a recall of goods)."""
    if action_id == "investigate" and p.kind == "noun" and "ال" not in p.hit.first.prefix:
        return nxt.startswith("ال") or nxt in _THIS  # لتحقيق الأهداف، تحقيق هذا الهدف
    if action_id == "bomb":
        near = range(max(s.start, p.start - 3), min(s.end, p.end + 4))
        return any(bare_word(s.norms[k]) in _SURPRISES for k in near)
    if action_id == "attack" and p.kind == "verb":
        if prev in _WHAT_ALONE or (
            p.start - 2 >= s.start
            and s.norms[p.start - 2] in _WHAT_ALONE
            and bare(prev).startswith(bare(s.norms[p.start])[:3])
        ):
            return True  # ما أصابهم أصاب الشعب: what befell them (befell the people)
        back = range(max(s.start, p.start - 6), p.start)
        return "جتاح" in s.norms[p.start] and any(
            bare_word(s.norms[k]).startswith(_SWEEPING) for k in back
        )
    if action_id == "threaten" and p.kind == "verb":
        return bare_word(prev) in _DANGERS
    if action_id == "condemn" and p.kind == "verb":
        return _submitted_to(s, p)
    if action_id == "cameo_114" and p.kind == "noun":
        return nxt[:1].isdigit() or nxt in _NUMBER_WORDS  # استدعاء 1.4 مليون سيارة
    return False


def _submitted_to(s: Sentence, p: Predicate) -> bool:
    """دانت له البلاد، دانت معظم تهامة للأميرين: دان with لـ after its subject is "submitted
    to"; what is condemned is its object (دانت الهجوم)."""
    if "دان" not in s.norms[p.start][:4]:
        return False
    starts = {x.start for x in s.phrases}
    acts = {h.start for h in s.hits["trigger"]}
    for k in range(p.end, min(s.end, p.end + 6)):
        w = s.norms[k]
        if k in s.in_phrase and k not in starts:
            continue  # (inside the subject's name: دان الأمين العام للأمم المتحدة)
        if w in _TO_IT or (w.startswith("ل") and not w.startswith(_NOT_TO_WHOM)):
            return True
        if (w.startswith("ال") and k not in s.in_phrase) or k in acts:
            return False  # (دانت الحكومة الهجوم، دانت المنظمة قصف الحوثيين: its object)
    return False


# لـ words after دان that are not whom one submitted to: لا, and a time (للمرة، لليوم).
_NOT_TO_WHOM = tuple(normalize(w) for w in ("لا", "للمرة", "لليوم", "للأسبوع", "للعام"))
_SHADDA = "\u0651"
_THIS = {normalize(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين")}
_SURPRISES = {
    bare_word(normalize(w))
    for w in ("مفاجأة", "مفاجآت", "مفاجاة", "فضيحة", "أزمة", "جدلا", "جسما", "جسم")
}
_WHAT_ALONE = {normalize("ما")}
_SWEEPING = tuple(
    normalize(w) for w in ("مظاهر", "احتجاج", "تظاهر", "موجة", "موجات", "سيول", "ساحات")
)
_DANGERS = {bare_word(normalize(w)) for w in ("مخاطر", "خطر", "أخطار", "تحديات")}
_MOST = {normalize(w) for w in ("معظم", "أغلب", "كل", "جميع")}


def _district(s: Sentence, p: Predicate, prev: str, nxt: str) -> bool:
    """مقاطعة is a district after its governor or في when a name, not a thing or an
    actor, follows it (في مقاطعة شينكاي; في مقاطعة الانتخابات، مقاطعة إسرائيل boycott)."""
    if bare_word(prev) in _DISTRICT_HEADS:
        return True
    if prev not in ("في", "وفي", "بمقر") or not nxt or nxt.startswith("ال"):
        return False
    return not any(x.start == p.end for x in s.phrases)


def _verbal_attack(s: Sentence, p: Predicate) -> bool:
    """An attack of words: with tweets, hashtags or the web next to it (back to what a
    report says after إن), or followed within its clause by what the attacker said
    (جدد هجومه على الجماعة، قائلا؛ شن هجوما عليه وشكك في نواياه)."""
    for k in range(p.start - 1, max(s.start, p.start - _POSTS_BEFORE) - 1, -1):
        if bare_word(s.norms[k]).startswith(_POSTS):
            return True
        if s.norms[k] in _THAT_SAID or k in s.in_phrase:
            # (قال على تويتر إن الدولة تدين الهجمات: the attacks are reported; تغريدة عن
            # مسؤولية الرئيس في الهجوم: one named between, the tweet is about him)
            break
    if any(bare_word(s.norms[k]).startswith(_POSTS) for k in range(p.end, min(s.end, p.end + 4))):
        return True
    return any(bare_word(s.norms[k]) in _SAYING_SO for k in range(p.end, min(s.end, p.end + 12)))


# Bodies whose name is a word of accord (حكومة التوافق، حكومة الوفاق، كتلة الوفاق).
_BODIES_NAMED = {bare_word(normalize(w)) for w in ("حكومة", "كتلة", "جبهة", "حزب", "قائمة")}
_GOOD_BAD = {bare_word(normalize(w)) for w in ("حسن", "سوء", "صدق", "إثبات")}
_DISTRICT_HEADS = {
    bare_word(normalize(w)) for w in ("حاكم", "محافظ", "سكان", "عاصمة", "شرطة", "ولاية")
}
_NOT = {normalize(w) for w in ("عدم", "ألا")}
_NAMING = {bare_word(normalize(w)) for w in ("نشر", "ذكر", "الكشف", "أسمائهم", "اسمه", "هويته")}
_BRANCH = normalize("غصن")
_LAWMAKERS = {bare_word(normalize(w)) for w in ("النواب", "نواب", "المشرعين", "الأعضاء")}
# Words of posts on the web: an "attack" there is of words.
_POSTS = tuple(
    normalize(w) for w in ("تويتر", "تغريد", "مغرد", "وسم", "هاشتاق", "انترنت", "إنترنت")
)
_POSTS_BEFORE = 12
_THAT_SAID = {normalize(w) for w in ("إن", "أن", "ان", "بأن", "وأن")}
_SAYING_SO = {
    bare_word(normalize(w))
    for w in (
        "قائلا", "قائلاً", "قائلة", "واصفا", "واصفاً", "متهما", "متهماً", "وشكك", "مشككا",
        "منتقدا", "منتقداً", "واتهم", "ووصف",
    )
}  # fmt: skip


def _gathered_otherwise(s: Sentence, p: Predicate, nxt: str) -> bool:
    """الاعتصام بالكتاب (holding fast to), تجمع بين (combines), احتشدوا لمشاهدة (crowds
    come to watch a show), قصفوا تجمعا للمدنيين (a gathering shelled: people hit where
    they were, no protest told): no protest."""
    if "عتصام" in s.norms[p.start] and nxt.startswith("ب") and not nxt.startswith("بين"):
        return True
    if any(h.end == p.start and action_plover(h) == "ASSAULT" for h in s.hits["trigger"]):
        return True
    return nxt in _BETWEEN or _soon_after(s, p, _WATCHING, 5)


def _ranked(s: Sentence, p: Predicate) -> bool:
    """احتلت الجامعة المرتبة الأولى، احتلت مراكز متقدمة: a place in a ranking (a centre
    only with its rank after it: احتلوا مركز الشرطة is a seizure)."""
    for k in range(p.end, min(s.end, p.end + 16)):
        w = bare_word(s.norms[k])
        if w in _RANKINGS:
            return True
        if w in _CENTRES and k + 1 < s.end and bare_word(s.norms[k + 1]).startswith(_RANK_AFTER):
            return True
    return False


def _held_on_to(s: Sentence, p: Predicate) -> bool:
    """تمسك الإخوان بهم، ستتمسك بحزب الله: ب with a pronoun or an actor after it (past the
    subject) is holding on to an ally, no demand made."""
    k = p.end
    while k < min(s.end, p.end + 6) and k in s.in_phrase and not s.norms[k].startswith("ب"):
        k += 1
    if k >= s.end or not s.norms[k].startswith("ب"):
        return False
    if s.norms[k] in _WITH_IT or bare_word(s.norms[k]).startswith(_ALLIES):
        return True
    return any(x.start == k and x.actor is not None for x in s.phrases)


# Pronouns on قتلى (written قتلا- before them): the dead of a side.
_THEIR_DEAD = tuple(normalize("قتلا" + e) for e in ("هم", "ها", "نا", "كم", "هن"))
# What is occupied in a ranking (احتلت المرتبة الأولى، مراكز متقدمة، الصدارة).
_RANKINGS = {bare_word(normalize(w)) for w in ("المرتبة", "المراتب", "الصدارة")}
_CENTRES = {bare_word(normalize(w)) for w in ("المركز", "المراكز")}
_RANK_AFTER = tuple(normalize(w) for w in ("متقدم", "متأخر", "أول", "اول", "ثان", "ثالث", "رابع"))
_ALLIES = tuple(
    normalize(w) for w in ("حلفا", "حليف", "أنصار", "أتباع", "وكلا")
)  # (حلفاؤها، حلفائها)
_RULES_OF = {normalize(w) for w in ("قواعد", "قاعدة")}
_EXAMPLES = {bare_word(normalize(w)) for w in ("مثل", "مثلا", "المثل", "أمثلة", "الأمثال")}
_EXAMPLE = normalize("مثال")
_BETWEEN = {normalize(w) for w in ("بين", "ما")}
_WATCHING = {
    bare_word(normalize(w)) for w in ("لمشاهدة", "لمشاهدتها", "لمتابعة", "للاستمتاع", "لرؤية")
}
_CONDOLENCES = tuple(normalize(w) for w in ("تعازي", "تعزية", "مواسا", "مواساة", "عزاء"))
_PAYING = tuple(normalize(w) for w in ("دفع", "يدفع", "تدفع", "يدفعون"))
# Kinds of checkpoints (كمائن أمنية، ثابتة), and the sun of a sunstroke (ضربات الشمس).
_CHECKPOINT_KINDS = {bare_word(normalize(w)) for w in ("أمنية", "أمني", "ثابتة", "متحركة")}
_AMBUSHES = (normalize("كمين"), normalize("كمائن"))
_BLOW = normalize("ضرب")
_SUN = bare_word(normalize("الشمس"))


_COMBATING = bare_word(normalize("مكافحة"))
_LOSING = {
    normalize(w)
    for w in (
        "فقد", "فقدت", "فقدوا", "يفقد", "تفقد", "يفقدون", "فقدان", "خسر", "خسرت", "خسروا",
        "يخسر", "تخسر", "خسارة",
    )
}  # fmt: skip
# Going on with one's own conduct (أصر على مواصلة، تصر على ممارستها، على البقاء):
# persisting, no demand made of anyone.
_KEEPING_ON = tuple(normalize(w) for w in ("ممارس", "مواصل", "استمرار", "مضي", "بقاء"))
# واجه "faces" a hardship (تواجه صعوبة، يواجه تحديات، تواجه الشركات قانونا، واجهت إيران
# عقوبات): a thing one meets, no foe confronted (a foe named later in the clause is
# someone else: صعوبة في إقناع قادتهم).
_FACE_STEM = normalize("واجه")
_HARDSHIPS = {
    bare_word(normalize(w))
    for w in (
        "صعوبة", "صعوبات", "مشكلة", "مشكلات", "مشاكل", "أزمة", "أزمات", "تحد", "تحدي",
        "تحديات", "عقبة", "عقبات", "عراقيل", "خطر", "مخاطر", "أخطار", "قانون", "قوانين",
        "نقص", "شح", "انتقادات", "انتقاد", "اتهامات", "تهمة", "تهم", "ضغوط", "ضغوطات",
        "عقوبة", "عقوبات", "غرامة", "غرامات", "منافسة", "مصير", "ظروف", "خسائر", "عجز",
        "ديون", "مصاعب", "متاعب", "تهديد", "تهديدات", "موجة", "مأزق",
    )
}  # fmt: skip
# The riot police (قوات مكافحة الشغب، وحدات من مكافحة الشغب): a unit's name, no fight.
_RIOTING = bare_word(normalize("الشغب"))


_FORCE_PLOVERS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})


def _allows_force(s: Sentence, p: Predicate) -> bool:
    """سمح بفرض العقوبات، سمحت لإسرائيل بضرب: allowing a sanction or an attack eases
    nothing; the act allowed is coded itself."""
    end = min(p.clause.end, p.end + 4)
    return any(
        p.end <= h.start < end and action_plover(h) in _FORCE_PLOVERS for h in s.hits["trigger"]
    )


def _soon_after(s: Sentence, p: Predicate, words: set[str], n: int) -> bool:
    return any(bare_word(s.norms[k]) in words for k in range(p.end, min(p.clause.end, p.end + n)))


def _looked_into(s: Sentence, p: Predicate) -> bool:
    """أطلع (form IV) briefs someone: its object comes before على (أطلعه على، أطلع الرئيس
    على); على straight after the word is اطّلع على, to read or look into."""
    nxt = s.norms[p.end] if p.end < s.end else ""
    return not _pronoun_on(p) and nxt.startswith("علي")


def _pronoun_on(p: Predicate) -> bool:
    return p.hit.first.suffix.endswith(ENCLITICS)


# Posing or being a threat (يشكل تهديدا، التهديد الذي تمثله، هناك تهديد): a danger.
_POSING = {
    normalize(w) + e
    for w in ("يشكل", "تشكل", "شكل", "يمثل", "تمثل", "مثل", "هناك", "وهناك")
    for e in ("", "ه", "ها")
}
# What is threatened, never who threatens (تهديدات السلم والأمن الدوليين).
_THREATENED = {normalize(w) for w in ("السلم", "الأمن", "السلام", "الاستقرار", "سلامة", "أمن")}
# What is rallied that is no force (حشد التأييد للاتفاق، الحشود الجماهيرية): support,
# opinion, votes, the public.
_RALLIED = {
    bare_word(normalize(w))
    for w in (
        "تأييد", "دعم", "مساندة", "تضامن", "رأي", "أصوات", "جهود", "طاقات", "موارد",
        "جماهيرية", "جماهير", "جماهيري",
    )
}  # fmt: skip
_FILES = {normalize(w) for w in ("ملف", "ملفات")}


def _danger(s: Sentence, p: Predicate) -> bool:
    """A threat noun with no one threatening: posed (يشكل تهديدا، التهديد الذي يشكله),
    to something (تهديدا استراتيجيا للمنطقة، أخطر التهديدات لسلامة البيانات) or of a thing
    threatened (تهديدات السلم)."""
    if _pronoun_on(p) or any(x.start == p.end for x in s.phrases):
        return False  # تهديداته، تهديدات إيران: someone's threats
    near = range(max(s.start, p.start - 2), min(s.end, p.end + 4))  # (the relative too)
    if any(s.norms[k] in _POSING for k in near):
        return True
    nxt = s.norms[p.end] if p.end < p.clause.end else ""
    if nxt in _THREATENED:
        return True
    after = range(p.end, min(p.clause.end, p.end + 2))
    return any(strip_diacritics(s.words[k]).startswith("ل") for k in after)


def _course_of(s: Sentence, p: Predicate) -> bool:
    """مسيرة with a pronoun (مسيرته) or in construct with a thing (مسيرة الانتخابات،
    مسيرة التنمية) is a course or a career; a march is مسيرة احتجاجية, مسيرة لأنصار X."""
    if p.hit.first.suffix:
        return True
    if "ال" in p.hit.first.prefix or p.end >= s.end or len(p.hit.entry.words) > 1:
        return False
    nxt = s.norms[p.end]
    after = next((x for x in s.phrases if x.start == p.end), None)
    if after is not None:
        # مسيرة الوزير الراحل: one person's career (مسيرة أنصار الحزب: a march)
        one = not s.norms[after.start].endswith(("ين", "ون"))
        return after.actor.type == "person" or (after.title == "person" and one)
    # (مسيرة والده: his father's career; a word with "his" is definite too)
    raw = strip_diacritics(s.words[p.end])
    definite = nxt.startswith("ال") or (raw.endswith(("ه", "ها", "هم")) and len(raw) > 3)
    if bare_word(nxt) in _COURSES:
        return True  # مسيرة بناء، مسيرة إصلاح: a course of building, no march
    return definite and nxt not in _MARCH_GENITIVES


_MARCH_GENITIVES = {normalize(w) for w in ("الغضب", "العودة", "الحرية", "الكرامة", "التضامن")}
# Works a course is of (مسيرة بناء، مسيرة التنمية، مسيرة عطاء).
_COURSES = {
    bare_word(normalize(w))
    for w in ("بناء", "إصلاح", "تنمية", "تطوير", "نهضة", "عطاء", "نجاح", "إعمار", "تحديث", "تقدم")
}


def _other_hamza(s: Sentence, p: Predicate) -> bool:
    """A word written with the other hamza seat than the trigger: أبعاد (dimensions) is
    not إبعاد (deportation), إطلاق not أطلاق. Only where the writer wrote a hamza."""
    form = p.hit.entry.get("form") or ""
    word = strip_diacritics(s.words[p.start])[len(p.hit.first.prefix) :]
    return bool(form and word) and {form[0], word[0]} == {"أ", "إ"}


def _no_longer(s: Sentence, p: Predicate) -> bool:
    """لم يعد / لم تعد / لم نعد before a verb or an adjective is "no longer"."""
    w = s.norms[p.start]
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    no = prev in ("لم", "ولم", "فلم")
    return no and p.end - p.start == 1 and w in ("يعد", "تعد", "نعد", "اعد")


def _dawn(s: Sentence, p: Predicate) -> bool:
    """فجر is also "dawn": before a time word or after a word of time (فجر اليوم، مع فجر)."""
    if "ً" in s.words[p.start] and s.norms[p.start].startswith("فجر"):
        return True  # واستؤنفت فجرًا: "at dawn" with its tanwin
    if s.norms[p.start] == "فجرا" and p.end - p.start == 1:
        # قصفت الطائرات مواقع التنظيم فجرا: "at dawn" unwritten tanwin, with nothing
        # blown up after it (فجرا نفسيهما، فجرا عبوة: the two blew up)
        nxt = s.norms[p.end] if p.end < s.end else "."
        if nxt in CLAUSE_PUNCT or nxt in TIME_WORDS or nxt in PREPOSITIONS:
            return True
        # (نفذت الطائرات فجرا ثلاث ضربات: the clause has its verb, فجرا is when)
        lo = max(p.clause.start, p.start - 4)
        verbs = {h.start for h in s.hits["trigger"] if h.kind == "verb"}
        return any(
            k in verbs or s.norms[k] in DOER_VERBS or s.norms[k][1:] in DOER_VERBS
            for k in range(lo, p.start)
        )
    if bare(s.norms[p.start]) != "فجر" or p.end - p.start > 1:
        return False
    nxt = s.norms[p.end] if p.end < s.end else ""
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    return nxt in TIME_WORDS or prev in _DAWN_BEFORE or bare(prev) in _OPERATION_NAMES


# Heads of a named operation or battle (عملية فجر الكرمة: "Dawn of ...", a name).
_OPERATION_NAMES = {normalize(w) for w in ("عملية", "عمليات", "معركة", "حملة")}


def _noun_victims(s: Sentence, p: Predicate, k: int) -> tuple[Phrase, ...]:
    """مقتل عشرة من عناصر تنظيم /داعش/: the counted, else the first actor soon after,
    not past a word of cause (إصابة تسعة آخرين جراء قصف شنه الحوثيون)."""
    c = p.clause
    if p.hit.first.suffix:
        # لقي ثلاثة جنود مصرعهم: the pronoun's, the subject of "met" before the noun
        before = [x for x in c.phrases if x.end <= p.start and not x.governed]
        j = before[-1].start - 1 if before else c.start
        while j > c.start and (s.norms[j] in NUMBERS or s.norms[j].isdecimal()):
            j -= 1  # لقي ثلاثة جنود مصرعهم
        if j > c.start and bare(s.norms[j]) not in MET and s.norms[j].isalpha():
            j -= 1  # لقي قيادي حوثي مصرعه: the noun the nisba describes
        if j >= c.start and bare(s.norms[j]) in MET:
            return coordinated_back(before)
        met = p.start - 1 > c.start and bare(s.norms[p.start - 1]) in MET
        subj = c.subject
        if met and subj is not None and subj.how == "svo" and subj.phrases[-1].end < p.start:
            return subj.phrases  # أن قائد الكتيبة لقي مصرعه: the subject before "met"
        return ()
    others = _others_counted(s, p, k)
    if others is not None:
        return others
    x = count_then_phrase(s, k, c.phrases) or next(
        (x for x in c.phrases if k <= x.start <= k + 5 and not x.governed), None
    )
    cause = _cause_at(s, k, c.end)
    if x is None or (cause is not None and cause < x.start):
        return ()
    return coordinated(x, c.phrases, s)


# "Others" after a count (تسعة آخرين، ثلاثة أفراد آخرين): of the kind counted before.
_OTHERS = {normalize(w) for w in ("آخرين", "آخرون", "أخريات")}
_OTHERS_REACH = 14


def _others_counted(s: Sentence, p: Predicate, k: int) -> tuple[Phrase, ...] | None:
    """مقتل 26 شخصا وإصابة 227 آخرين، استشهاد عشرة من الجنود وإصابة تسعة آخرين: "others"
    are more of the people counted before in the sentence, the victims of the same act."""
    j = k
    while j < min(s.end, k + 4) and s.norms[j] not in _OTHERS:
        j += 1
    if j >= min(s.end, k + 4) or not (counts(s, k) or j == k):
        return None  # (وجرح آخرون: "others" uncounted are more of them too)
    if j + 2 < s.end and s.norms[j + 1] == "من":
        # (وإصابة ثمانية آخرين من رجال الأمن: the others are of the kind named after them)
        named = next((x for x in s.phrases if x.start == j + 2), None)
        return coordinated(named, list(s.phrases), s) if named is not None else None
    lo = max(s.start, p.start - _OTHERS_REACH)
    before = [x for x in s.phrases if lo <= x.start and x.end <= p.start]
    for x in reversed(before):
        if any(s.norms[i] in CLAUSE_PUNCT - {"،", ","} for i in range(x.end, p.start)):
            return None
        if (x.start > s.start and counts(s, x.start - 1)) or _partitive(s, x):
            return coordinated(x, list(s.phrases), s)
    return None


def _origin_gap(s: Sentence, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` say where the people before are from (من أبناء صعدة)."""
    words = s.norms[a:b]
    return 1 < len(words) <= 6 and words[0] == "من" and all(w.isalpha() for w in words)


def _past_origin(s: Sentence, before: list[Phrase], b: tuple[Phrase, ...]) -> tuple[Phrase, ...]:
    """40 حوثيا من أبناء صعدة قتلوا: the counted people before where they are from."""
    j = b[0].start - 1
    if j > s.start and s.norms[j] in MEMBER_WORDS:
        j -= 1
    if j <= s.start or s.norms[j] != "من":
        return b
    counted = next((x for x in before if x.end == j), None)
    return (counted,) if counted is not None else b


def _victims(s: Sentence, p: Predicate, action_id: str) -> tuple[Phrase, ...]:
    """The victims of a killing or an abduction read as a passive.

    - مقتل X, مصرع X: always the victim.
    - قتل ثلاثة جنود (a count right after the verb): the counted are the victims.
    - ثلاثة جنود قتلوا (a counted subject, nothing after the verb): likewise.
    - أصيب، اغتيل (forms that are only passive) and تعرضت X لهجوم.
    - الجنود الذين قتلوا على يد X: the head of a relative clause with nothing done after.
    """
    head = _relative_victim(s, p, action_id)
    return head if head is not None else _victims_told(s, p, action_id)


def _victims_told(s: Sentence, p: Predicate, action_id: str) -> tuple[Phrase, ...]:
    """The victims as the clause's own words tell them (see _victims)."""
    trig, c = p.hit, p.clause
    named_agent = trig.kind == "verb" and action_id in VICTIM_ACTIONS
    if p.passive or (named_agent and agent_phrase(s, c.phrases, p.end, c.end) is not None):
        return _passive_victims(s, p)  # قتل ضابط على يد مسلحين: killed by them
    exposed = _under_attack_victims(s, p) or _exposed_victims(s, p)
    if exposed is not None:
        return exposed
    # (wounding reads the same way: ثلاثة جنود جرحوا، مقتل أربعة وإصابة تسعة)
    if action_id not in VICTIM_ACTIONS and not (
        trig.entry.get("needs") == "violence" or trig.entry.words[0] in VICTIM_NOUNS
    ):
        return ()
    k = past_followers(s, trig.end, c.end)  # time words: قتل أمس سبعة
    if trig.kind == "noun":
        return _noun_victims(s, p, k) if trig.entry.words[0] in VICTIM_NOUNS else ()
    own_subject = c.subject is not None and c.subject.how in ("svo", "head", "pronoun")
    x = count_then_phrase(s, k, c.phrases) if not own_subject else None
    if x is not None:
        return coordinated(x, c.phrases, s)
    one = _one_member(s, k, c.phrases) if not own_subject else None
    if one is not None and not trig.first.suffix and _nothing_done_to(s, one.end, c.end):
        return coordinated(one, c.phrases, s)  # قتل قيادي ميداني من ميليشيا X: X's man
    if k >= c.end or not any(x.start == k for x in c.phrases):
        before = [x for x in c.phrases if x.end <= trig.start]
        gap_end = _subject_gap_end(s, c, trig.start)
        if before and (
            only_followers(s, before[-1].end, gap_end)
            or _origin_gap(s, before[-1].end, gap_end)
            or _described(s, before[-1], gap_end)
        ):
            b = _past_origin(s, before, coordinated_back(before))
            j = b[0].start - 1
            while j > c.start and (s.norms[j] in MEMBER_WORDS or s.norms[j] == "من"):
                j -= 1  # ستة من رجال الجيش قتلوا
            counted = j >= c.start and (s.norms[j] in NUMBERS or s.norms[j].isdecimal())
            if counted and not _object_past_adjunct(s, k, c):
                return b
            done = _object_past_adjunct(s, k, c)
            if (_nothing_done_to(s, k, c.end) and not done) or _then_arrests(s, k, b[0]):
                return b  # شرطيان قتلا في انفجار: "killed" with no object is "were killed"
        return ()
    x = next((x for x in c.phrases if x.start == k and not x.governed), None)
    passive = not own_subject and not trig.first.suffix and trig.entry.get("tense") == "past"
    if x is not None and passive:  # (خطفهما مسلحون: the pronoun is the one abducted)
        b = coordinated(x, c.phrases, s)
        if _cause_next(s, b[-1].end, c.end) and not s.norms[x.start].startswith(("ال", "وال")):
            return b  # قتل رجل جراء قصف: no object before the cause, so "was killed"
        later = any(
            y.start >= b[-1].end and not y.governed and _past_places(s, b[-1].end, y.start)
            for y in c.phrases
        )
        later = later or not _someone(s, x)
        if _nothing_done_to(s, b[-1].end, c.end) and not later:
            return b  # وقتل جندي تركي في هجوم: the one killed, with nothing killed after him
    return ()


# One person of a body, named by his rank in it (قيادي، قائد، عنصر، أحد عناصر): killed or
# wounded, the body is the victim (ICEWS codes a member as his body).
_RANKS = {
    normalize(w)
    for w in (
        "قيادي", "قياديا", "قائد", "قائدا", "عنصر", "عنصرا", "عضو", "عضوا", "زعيم", "زعيما",
        "أمير", "أميرا", "مقاتل", "مقاتلا", "مسلح", "مسلحا",
    )
}  # fmt: skip
_RANK_WORDS = 3


def _one_member(s: Sentence, k: int, phrases: list[Phrase]) -> Phrase | None:
    """The body a member at ``k`` belongs to: a rank noun, at most three words that
    describe it, then من or في and the body (قيادي ميداني كبير من ميليشيات الحوثي،
    قائد في تنظيم داعش), or أحد with the body as genitive (أحد عناصر حركة الشباب)."""
    one = k < s.end and s.norms[k] in _ONE_OF  # (أحد، إحدى)
    if k >= s.end or not (one or bare(s.norms[k]) in _RANKS) or k in s.in_phrase:
        return None
    j = k + 1
    if not one and j < s.end and s.norms[j] in QUOTE_MARKS:
        j += 1  # قيادي «القاعدة»: the body as the rank's genitive, in quotes
    elif not one:
        while j < min(s.end, k + 1 + _RANK_WORDS) and s.norms[j] not in ("من", "في"):
            if not _plain_noun(s, j) or j in s.in_phrase:
                return None
            j += 1
        if j >= s.end or s.norms[j] not in ("من", "في"):
            return None
        j += 1
    x = next((x for x in phrases if x.start == j), None)
    if x is None and j < s.end and s.norms[j] in MEMBER_WORDS:
        x = next((x for x in phrases if x.start == j + 1), None)
    return x if x is not None and x.actor.type != "concept" else None


def _rank_of_object(s: Sentence, x: Phrase, r: _Reading) -> bool:
    """اغتال مسلحون قياديا في حركة فتح، الغارة الأميركية على قيادي في القاعدة: the body
    of the member the act hit (its object, or brought by its own preposition)."""
    p = r.p
    if r.plover not in ("ASSAULT", "COERCE") or x.start > p.end + 12 or not r.src_phrases:
        return False  # (with no subject told, قتل قائد في الجيش ... may be the subject)
    j = max([p.end] + [y.end for y in r.src_phrases if y.start >= p.end])
    while j < s.end and j > p.end and adjective_like(s.norms[j], s.norms[j - 1].startswith("ال")):
        j += 1  # (مسلحون مجهولون: the subject's adjective)
    j += _adverb_run(s, j)
    if j < s.end and s.norms[j] in _preps(p.hit):
        j += 1
    return _one_member(s, j, list(p.clause.phrases)) is x


def _cause_next(s: Sentence, k: int, end: int) -> bool:
    """A word of cause (جراء، إثر) at ``k``, past words of time and counts' hedges."""
    k = past_followers(s, k, end)
    return k < end and s.norms[k] in _CAUSES


def _described(s: Sentence, x: Phrase, end: int) -> bool:
    """Only adjectives of the phrase lie between it and ``end`` (ثلاثة متطرفين معروفين
    قتلوا: the known extremists were killed)."""
    definite = "ال" in x.prefix
    return x.end < end <= x.end + 2 and all(
        adjective_like(s.norms[k], definite) and s.norms[k] not in FUNCTION_WORDS
        for k in range(x.end, end)
    )


# Words before an attack noun under which the clause's subject stands (تحت ضربات الجيش).
_UNDER = {normalize(w) for w in ("تحت", "أمام")}


def _under_attack_victims(s: Sentence, p: Predicate) -> tuple[Phrase, ...] | None:
    """انسحب المسلحون تحت ضربات الجيش، فروا أمام هجمات التنظيم: the clause's subject came
    under the act (its genitive did it; None: no such word before the noun)."""
    trig, c = p.hit, p.clause
    if trig.kind != "noun" or trig.first.prefix or p.start <= c.start:
        return None
    if s.norms[p.start - 1] not in _UNDER or p.arg("gen") is None:
        return None
    subj = c.subject
    if subj is not None and subj.phrases and subj.how in ("vso", "svo"):
        return coordinated(subj.phrases[0], c.phrases, s)
    # (تراجعت عناصر الميليشيات تحت ضربات الجيش: a subject past a word of members)
    x = next((x for x in c.phrases if x.start < p.start and not x.governed), None)
    return coordinated(x, c.phrases, s) if x is not None and x.actor.sector else None


def _exposed_victims(s: Sentence, p: Predicate) -> tuple[Phrase, ...] | None:
    """تعرضت X لهجوم, واجهت X هجمات: X came under the act named by the noun (None: no
    such verb before it)."""
    trig, c = p.hit, p.clause
    j = _exposed_at(s, p, c.start)
    if trig.kind != "noun" or j is None:
        return None
    facing = _facing_word(s.norms[j])
    if not facing and not trig.first.prefix.lstrip("وف").startswith("ل"):
        return None
    between = [x for x in c.phrases if j < x.start and x.end <= trig.start]
    # واجهت الحكومة انتقادات: only what the subject faces right after it (past the mark
    # closing a name in quotes: واجه «X» انتقادات)
    end = between[-1].end if between else trig.start
    end += 1 if end < trig.start and s.norms[end] in _CLOSERS else 0
    if between and (not facing or only_followers(s, end, trig.start)):
        return coordinated(between[0], c.phrases, s)
    if not between and (not facing or j + 1 == trig.start):
        # الجنود تعرضوا لهجوم، القوات هناك تواجه هجمات: the subject before the verb
        # (past where it is) came under it
        before = next((x for x in c.phrases if x.end == j and not _placed(s, x)), None)
        before = before or _subject_placed_before(s, c.phrases, j)
        if before is not None and not before.governed:
            return coordinated(before, c.phrases, s)
        if before is None and c.head is not None and s.norms[j - 1] in RELATIVES:
            return (c.head,)  # الجنود الذين تعرضوا لإصابات: the head came under it
    return ()


# Words opening where a subject is, between it and its verb (القوات فيها تواجه).
_PLACED = {normalize(w) for w in ("في", "فيها", "فيه", "هناك", "هنا")}


def _subject_placed_before(s: Sentence, phrases, j: int) -> Phrase | None:
    """القوات في المدينة تواجه، القوات الكردية تواجه: the phrase before the verb at
    ``j``, past up to three words of its adjectives or of where it is."""
    x = max(
        # (not where it is: في حلب)
        (x for x in phrases if x.end < j <= x.end + 3 and not _placed(s, x)),
        default=None,
        key=lambda x: x.end,
    )
    if x is None or any(s.norms[k] in FUNCTION_WORDS - _PLACED for k in range(x.end, j)):
        return None
    definite = "ال" in x.prefix
    k = x.end
    while k < j and adjective_like(s.norms[k], definite):
        k += 1  # (past its adjectives)
    return x if k == j or s.norms[k] in _PLACED else None


def _placed(s: Sentence, x: Phrase) -> bool:
    return x.governed or (x.start > s.start and s.norms[x.start - 1] in PREPOSITIONS)


# Marks that close a name in quotes or brackets.
_CLOSERS = frozenset(QUOTE_MARKS.values()) | {")"}


def _someone(s: Sentence, x: Phrase) -> bool:
    """An indefinite person or people (جندي تركي، مدنيان): who can have been killed or
    abducted; a body or a force (الجيش النيجيري، جبهة النصرة) is the one who did it."""
    # (a title counted or indefinite, جندي، جنديان، 14 جنديا, is people: no body)
    body = x.actor.type == "group" and x.title != "person"
    named = body or x.actor.type == "organisation"
    return not named and not s.norms[x.start].startswith(("ال", "وال"))


def _past_places(s: Sentence, a: int, b: int) -> bool:
    """Only prepositions and words of where and when between a and b (قتل الجيش في
    ولاية بورنو المسلحين, خطفت النصرة بين يوم الاثنين واليوم خمسة مقاتلين: the object
    after them); a bare noun or a verb (في عمل وصفته إسرائيل) starts another phrase."""
    for k in range(a, b):
        w = s.norms[k]
        where = w in PREPOSITIONS or w in TIME_WORDS or w in PLACE_NOUNS or k in s.in_phrase
        if not (where or w.startswith(("ال", "وال")) or not w.isalpha()):
            return False
    return True


# (عندما, حين, بعدما open a clause of their own: the clause ends before them)
_WHEN = {normalize(w) for w in ("حينما", "أثناء")}


# Verbal nouns of the manner of a killing, in the accusative (قتل حرقا، ذبحا، طعنا).
_MANNERS = {normalize(w) for w in ("حرقا", "ذبحا", "طعنا", "خنقا", "شنقا", "غرقا", "رميا", "ضربا")}


# Marks that close a quoted word, and a straight single quote.
_CLOSING_QUOTES = frozenset(QUOTE_MARKS.values()) | {"'"}


def _subject_gap_end(s: Sentence, c: Clause, k: int) -> int:
    """Where the words between a subject before a verb at ``k`` and the verb end, past
    a hedge and a closing quotation mark."""
    if k - 2 >= c.start and s.norms[k - 2 : k] == AT_LEAST:
        k -= 2  # خمسة مدنيين على الأقل قتلوا
    while k - 1 > c.start and s.norms[k - 1] in _CLOSING_QUOTES:
        k -= 1  # أن «إرهابيا» قتل: the quoted word is still its subject
    return k


def _then_arrests(s: Sentence, k: int, x: Phrase) -> bool:
    """أن إرهابيا قتل واعتقل 16 شخصا: one of no body (indefinite) kills and the verb
    joined after him arrests: he was killed, and the others were arrested (no gunman
    arrests anyone; a body does: الشرطة قتلت واعتقلت)."""
    if s.norms[k][:1] != "و" or s.norms[x.start].startswith(("ال", "وال")):
        return False
    return any(
        h.start == k and h.kind == "verb" and h.entry.get("action_id") == "arrest"
        for h in s.hits["trigger"]
    )


def _nothing_done_to(s: Sentence, k: int, end: int) -> bool:
    """No object after a transitive verb: the clause ends, or a preposition, a word of
    time or cause or a passive (وأصيب) follows, with no count soon after."""
    # (قتل نقيب شرطة ومجند إثر انفجار: a conjunct the tables do not know is one more)
    if k < end and s.norms[k] in _ANOTHER_ONE:
        k += 1  # (وقتل جندي آخر في هجوم: "another" of the one harmed, no object)
    for _ in range(2):
        joined = k < end and s.norms[k][:1] == "و" and k not in s.in_phrase
        if joined and (_plain_noun(s, k) or s.norms[k] in _ANOTHER):
            k += 1  # (قتل جندي وآخر من الحرس: "and another" of the same kind)
    if k >= end or _others_harmed_too(s, k, end):
        return True
    w = s.norms[k]
    if bare(w) in PASSIVE_VERBS or w in _MANNERS:
        return True  # (قتل رضيع فلسطيني حرقا: how he was killed, no one else killed)
    after = w in PREPOSITIONS | CLAUSE_PUNCT | _CAUSES | _WHEN
    return after and not any(counts(s, j) for j in range(k + 1, min(end, k + 5)))


# "And another, and others" joined to the one harmed: more of his kind, not his object.
_ANOTHER = {normalize(w) for w in ("وآخر", "وآخرون", "وآخران", "وآخرين")}
# "Others" in the nominative: the subject of a verb read as passive (جرح اثنان آخران);
# its object would be accusative (جرح اثنين آخرين).
_OTHERS_SUBJECT = {normalize(w) for w in ("آخران", "آخرون", "أخريان")}
# "Another" after the one harmed (قتل جندي آخر), or others in the nominative.
_ANOTHER_ONE = {normalize(w) for w in ("آخر", "أخرى")} | _OTHERS_SUBJECT
# Verbs of harm whose joined form with "others" after it tells more victims.
_HARM_VERBS = {normalize(w) for w in ("قتل", "جرح", "خطف", "اختطف")}


def _others_harmed_too(s: Sentence, k: int, end: int) -> bool:
    """وقتل جندي وجرح اثنان آخران: a verb of harm joined at ``k`` whose subject is
    "others" in the nominative: the one before was harmed as they were, not a doer."""
    if s.norms[k][:1] != "و":
        return False
    for h in s.hits["trigger"]:
        if h.start == k and h.kind == "verb" and not h.first.suffix:
            if h.entry.words[0] in _HARM_VERBS:
                return any(w in _OTHERS_SUBJECT for w in s.norms[h.end : min(end, h.end + 3)])
    return False


def _harm_joined_to_death(s: Sentence, p: Predicate) -> bool:
    """A verb of harm joined by و to a death told before it, with more victims after it:
    استشهاد وجرح عدد من الجنود (the noun "wounding", joined to the noun of death), قتل
    ستة وجرح آخرون، وجرح شخص آخر (were wounded: a count or "others" is no doer)."""
    hit = p.hit
    if p.kind != "verb" or hit.first.prefix[:1] != "و" or hit.first.suffix:
        return False
    if hit.entry.words[0] not in _HARM_VERBS or p.start <= s.start:
        return False
    if bare_word(s.norms[p.start - 1]) in _DEATHS:
        return True
    after = s.norms[p.end] if p.end < s.end else ""
    return after in _OTHERS_SUBJECT or count_after(s, p.end)


# Prepositions of an adjunct of time between a verb and its object (في مايو، خلال).
_TIME_PREPS = {normalize(w) for w in ("في", "خلال", "منذ")}


def _object_past_adjunct(s: Sentence, k: int, c: Clause) -> bool:
    """اختطفوا في مايو الماضي المهندس: a definite object after the verb's adjunct of time
    or place (a preposition and words no actor or act names), so the verb is active."""
    if k >= c.end or s.norms[k] not in _TIME_PREPS:
        return False  # (قتلوا من حمل الطفل: من is "whoever", no adjunct)
    x = next((x for x in c.phrases if k < x.start <= k + 4), None)
    if x is None or x.governed or x.head in ("city", "country", "metonym"):
        return False
    if not s.norms[x.start].startswith("ال") or s.norms[x.start - 1] in PREPOSITIONS:
        return False
    acts = any(k < h.start < x.start for h in s.hits["trigger"])
    return not acts and not any(s.norms[j] in CLAUSE_PUNCT for j in range(k, x.start))


def _plain_noun(s: Sentence, k: int) -> bool:
    """Token ``k`` is no trigger, cue or function word (a noun the tables lack)."""
    if any(h.start <= k < h.end for layer in ("trigger", "cue") for h in s.hits[layer]):
        return False
    return bare(s.norms[k]) not in FUNCTION_WORDS and s.norms[k].isalpha()


def _relative_victim(s: Sentence, p: Predicate, action_id: str) -> tuple[Phrase, ...] | None:
    """الأطفال الذين قتلوا في قصف X, الجنود الذين أصيبوا برصاص X: a killing, an abduction
    or a wounding in a relative clause with nothing done after it was done to the head
    (a killer would have an object: المسلحون الذين قتلوا الجنود)."""
    trig, c = p.hit, p.clause
    if c.head is None or trig.kind != "verb" or c.subject is None or c.subject.how != "head":
        return None
    if trig.start <= s.start or s.norms[trig.start - 1] not in RELATIVES:
        return None  # (the relative's own first verb, not one joined later in it)
    if action_id not in VICTIM_ACTIONS and not p.passive:
        return None
    if trig.first.suffix not in ("", "وا", "ا", "ت", "تا"):
        return None  # (قتلهم: an object pronoun, the head did it)
    if not _nothing_done_to(s, past_followers(s, trig.end, c.end), c.end):
        return None
    return (c.head,)


def _passive_victims(s: Sentence, p: Predicate) -> tuple[Phrase, ...]:
    trig, c = p.hit, p.clause
    k = past_followers(s, trig.end, c.end)
    x = (
        count_then_phrase(s, k, c.phrases)
        or next((x for x in c.phrases if x.start == k and not x.governed), None)
        or _one_member(s, k, c.phrases)  # قتل أحد عناصر حماس برصاص الجيش
    )
    past_cause = x is not None and _cause_at(s, trig.end, x.start) is not None
    if x is not None and x is not agent_phrase(s, c.phrases, trig.end, c.end) and not past_cause:
        # (اعتقلوا على أيدي X: X did it; أصيب ثلاثة إثر قيام مسلحين بـ: the gunmen did)
        return coordinated(x, c.phrases, s)
    others = _others_counted(s, p, k) if x is None else None
    if others:
        return others  # قتل أربعة جنود فيما أصيب ثلاثة آخرون: more of the soldiers
    before = [x for x in c.phrases if x.end <= trig.start]
    if before and only_followers(s, before[-1].end, trig.start):
        # مقاتلون من المعارضة اعتقلوا: the head before its partitive; عناصر من الجيش
        # الحر اعتقلوا: the body its members are of
        heads = [x for x in before if not x.governed or _members_of(s, x)]
        return coordinated_back(heads) if heads else ()
    return ()


def _described_doer(s: Sentence, p: Predicate) -> tuple[Phrase, ...] | None:
    """A verbal noun right after a verb that describes an indefinite noun (مسلحا حاول
    اقتحام، خلية كانت تخطط لتنفيذ هجمات): that noun is its doer (none if no actor)."""
    # (a cue of intent in the present: تخطط، يسعى; not a noun: عدم اهتمامها)
    for h in s.hits["trigger"] + s.hits["cue"]:
        if not (p.clause.start <= h.start and h.end <= p.start <= h.end + 2):
            continue
        verb = h.kind == "verb" or (
            h.entry.layer == "cue" and s.norms[h.start][0] in "يت" and not h.first.suffix
        )
        if verb:
            x = described_noun(s, p.clause, h)
            if x:
                return (x,) if isinstance(x, Phrase) else ()
    return None


def _members_of(s: Sentence, x: Phrase) -> bool:
    """عناصر من الجيش الحر, العشرات من المواطنين: the phrase after من is the kind of
    the members or of the count before it."""
    k = x.start
    return (
        k - 2 >= s.start
        and s.norms[k - 1] == "من"
        and (s.norms[k - 2] in MEMBER_WORDS or counts(s, k - 2))
        and not x.prefix.lstrip("وف").startswith(("ب", "ل", "ك"))
    )


def _read_source(s: Sentence, r: _Reading) -> None:
    """Who did it: the victims' agent, the subject of a verb, the agent of a noun."""
    p = r.p
    if r.victims or p.passive or (p.kind == "noun" and p.hit.entry.words[0] in VICTIM_NOUNS):
        # the agent only where the sentence names one (على يد X, برصاص X): أصيب 11 بجروح,
        # أعلن الجيش مقتل عشرة
        agent = agent_phrase(s, p.clause.phrases, p.end, p.clause.end) or _fired_from(s, r)
        agent = agent or _exposed_to_whose(s, r) or _doer_of(p) or _agent_past_a_name(s, p)
        agent = agent or _clash_partner(s, r) or _armed_cause(s, r)
        r.src_phrases = (agent,) if agent is not None else ()
        r.sources = [agent.actor] if agent is not None else [None]
        told = p.context is p.speaker or _reporter(p.context)
        if agent is None and p.context is not None and not told and _result_of_act(s, p):
            # قصفت الميليشيات الأحياء مما أسفر عن مقتل عشرة: the shellers killed them (not
            # who tells it: قال مسؤولون إن انفجارا أسفر عن مقتل; see _deaths_by_cause)
            r.sources, r.inherited, r.confidence = [p.context], True, _FOUND["carried"]
    elif p.negative_subject:
        r.sources = [None]
    elif p.kind in ("verb", "participle"):
        _verb_source(r)
        if r.inherited and r.action.id in VICTIM_ACTIONS and count_after(s, p.end):
            r.sources = [None]  # قتل شخصان: were killed (the same letters as "killed")
            p.clause.victims = True
        elif _harm_joined_to_death(s, p):
            r.src_phrases, r.sources, r.inherited, r.withheld = (), [None], False, True
    else:
        _noun_source(s, r)
        if not r.src_phrases and unknown_doer(s, p.hit, p.clause):
            r.sources, r.inherited = [None], False  # هجوم نفذته المنظمة: not who tells it
    subj = p.arg("subj")
    carried = r.inherited or (subj is not None and subj.how == "carried")
    # (قتل ثلاثة جنود في انفجار عبوة: an attack noun takes no victim of the clause as
    # the doer it infers from the clause)
    carried = carried or (p.kind == "noun" and not r.src_phrases)
    # (أن متطرفا قُتل واعتقل 16 شخصا: a verb joined by و to a passive one shares its
    # subject only as words go; the one killed arrested no one)
    carried = carried or (p.kind == "verb" and p.hit.first.prefix[:1] == "و")
    if carried and any(a in s.victims for a in r.sources + [x.actor for x in r.src_phrases]):
        r.src_phrases, r.sources = (), [None]  # ثلاثون جرحوا وقتل عشرة: not by them
    if r.src_phrases:
        r.sources = [a for x in r.src_phrases for a in x.actors]  # الجانبان: both
        r.confidence = _FOUND["explicit"]
    elif r.sources and _reporter(r.sources[0]):
        r.sources = [None]  # قالت مصادر أمنية: اعتقل هارون — the sources arrested no one
    elif (
        p.kind == "noun"
        and p.first_in_clause
        and p.clause.kind == "complement"
        and _agentless(r.plover)
        and r.sources
        and r.sources[0] is not None
        and r.sources[0] is p.speaker
        and not has_possessive(p.hit)  # (قالت إن هجومها: her own attack)
        and not light_verb_in(s, p.clause.start, p.start)  # (قال إنه تمكن من قتل: his)
    ):
        r.sources = [None]  # قال مسؤول تركي إن انفجارا وقع: he told of it
    if (_terrorist_act(s, p) or _improvised_bomb(s, p)) and any(_state_side(a) for a in r.sources):
        r.src_phrases, r.sources = (), [None]  # أوضحت الداخلية ... التفجير الإرهابي
    if r.plover == "ASSAULT" and not r.src_phrases and _unarmed_before(s, p, r.sources):
        # قتل 30 شخصا في تفجيرات (after a sentence on a statesman): a person who bears no
        # arms, named before this clause, is a doer inferred, and the coding policy drops
        # him as an attacker (أمر الرئيس بقصف: his, named in the clause); a killing told
        # with its victims has no doer named
        r.inherited = True
        r.sources = [None] if r.victims else r.sources


# Adjectives that call an act terrorism, crime or a suicide attack: no state body did it.
_TERROR = {
    normalize(w)
    for w in (
        "إرهابي", "إرهابية", "إجرامي", "إجرامية", "آثم", "آثمة", "انتحاري", "انتحارية",
        # (the indefinite accusative: هجوما إرهابيا)
        "إرهابيا", "إجراميا", "آثما", "انتحاريا",
    )
}  # fmt: skip
_STATE_AND_PRESS = A.STATE_SECTORS | {"MED"}


def _terrorist_act(s: Sentence, p: Predicate) -> bool:
    """التفجير الإرهابي, الهجوم الإرهابي الآثم: an act called terrorism by its adjective
    (the trigger's own, too: بالتفجير الانتحاري)."""
    k = p.start + 1
    definite = s.norms[p.start].startswith(("ال", "وال", "بال", "لل"))
    while k < min(s.end, p.end + 3):
        w = s.norms[k]
        if bare_word(w) in _TERROR:
            return p.kind == "noun"
        if w.startswith("ال") != definite or not w.endswith(("ي", "يه")):
            return False  # غارات على مواقع إرهابية, القضاء على الخطر الإرهابي: the object is
        k += 1  # (past another adjective: الهجوم الانتحاري الإرهابي)
    return False


# Improvised bombs (حزام ناسف، عبوة ناسفة، سيارة مفخخة): no state body's means.
_IMPROVISED = tuple(normalize(w) for w in ("ناسف", "مفخخ"))


def _improvised_bomb(s: Sentence, p: Predicate) -> bool:
    """بأحزمة ناسفة، تفجير عبوة ناسفة: a bombing by improvised means, in its trigger's
    words or its genitive's."""
    return any(w in s.norms[k] for k in range(p.start, min(s.end, p.end + 2)) for w in _IMPROVISED)


def _unarmed_before(s: Sentence, p: Predicate, sources: list[Actor | None]) -> bool:
    """A person of no armed side (a statesman, an official, a cleric, an observer) named
    before the predicate's clause, in this sentence or an earlier one."""
    clause_at = s.char_start + s.idx[p.clause.start - s.start]
    return any(_unarmed_person(a) and (a.start is None or a.start < clause_at) for a in sources)


def _unarmed_person(a: Actor | None) -> bool:
    """A person of no armed side (a statesman, an official, a cleric, an observer)."""
    return a is not None and a.type == "person" and a.sector not in _FORCE_SECTORS | _ARMED


def _no_inferred_attacker(s: Sentence, r: _Reading, context: Actor | None) -> bool:
    """The clause's subject is not the doer inferred for an attack noun without its own:
    people (تخويف الناس وليس قتل المصلين), nor a body or a person of no armed side who
    tells of it, counts it or acts on it (أقر البرلمان قانونا للتصدي للهجمات، رفع الوزير
    العزاء في التفجير)."""
    people = context is not None and context.sector in ("CVL", "REL", "REF")
    if people and r.plover in ("ASSAULT", "COERCE"):
        return True
    if r.plover == "ASSAULT" and r.action.id not in _MUTUAL_IDS() and _occurred(s, r.p):
        # حدث تفجير، لحظة وقوع الهجوم: it happened, by whom the clause does not say (clashes
        # that occurred "with" someone are the subject's: عدم وقوع اشتباكات مع المسلحين)
        return True
    told = r.p.clause.subject is not None  # (one carried from before: see _unarmed_before)
    return r.plover == "ASSAULT" and told and _unarmed_body(context) and not _own_act(s, r.p)


def _told_by_speaker(s: Sentence, p: Predicate) -> bool:
    """The noun's clause is what a speaker says, and he is its only running subject: the
    complement (قال إن الهجمات), a quote whose subject is the speaker (اعتبرت الوزارة أن
    «الهجمات أكدت»), or a clause joined to either without a light verb (وأسفر الهجوم)."""
    c = p.clause
    if p.speaker is None or p.context is not p.speaker:
        return False
    if c.kind == "complement":
        return c.subject is None
    if c.kind == "quote":
        # (after أن: not a headline's "X: ..." whose X did it, تركيا: اعتقال 20 شخصا)
        said = any(s.norms[k] in _THAT for k in range(max(s.start, c.start - 2), c.start))
        speaker = c.subject is not None and c.subject.how == "speaker"
        # (a state as such or an armed side may tell of its own operations)
        ctx = p.context
        unarmed = ctx is not None and ctx.sector is not None and ctx.sector not in _ARMED_SIDES
        return said and speaker and p.first_in_clause and unarmed
    # (وأسفر الهجوم عن, ووقع التفجير: the noun the subject of a verb of result or occurring)
    k = p.start - 1  # (the clause may open with its comma)
    if c.kind != "coordinate" or c.subject is not None or k < c.start:
        return False
    if p.hit.entry.get("action_id") in _MUTUAL_IDS():
        return False  # (ووقعت اشتباكات: clashes are the subject's own)
    w = s.norms[k]
    opens = all(not s.norms[j].isalnum() for j in range(c.start, k))
    return opens and (w in _OCCURRED or bare(w) in RESULT_VERBS)


def _same_place(x: Actor, a: Actor | None) -> bool:
    """One place named at one spot (the running subject may be a copy of its phrase's)."""
    return a is not None and x.id == a.id and x.start == a.start


def _only_a_place(s: Sentence, a: Actor | None) -> bool:
    """The running subject is named in the sentence only as where: a city (بالقرب من
    الحسكة) or a place after a place noun (مدن العراق، لمدينة عدن).
    A state named so does no act told by a noun."""
    x = next((x for x in s.phrases if x.actor is a or _same_place(x.actor, a)), None)
    if x is None or x.head not in ("city", "metonym", "country") or x.actor.sector:
        return False
    before = s.norms[x.start - 1] if x.start > s.start else ""
    return x.head == "city" or bare_word(before) in PLACE_NOUNS


def _ruled_out(s: Sentence, r: _Reading, ctx: Actor) -> bool:
    """The running subject was ruled out as the doer as only a place, or as one who tells
    of an attack that occurred."""
    return _only_a_place(s, ctx) or (r.plover == "ASSAULT" and _occurred_after(s, r.p))


def _place_as_people(s: Sentence, r: _Reading, a: Actor | None) -> Actor | None:
    """A running subject named only as where does no act; a protest there is its
    people's (تشهد مدن العراق احتجاجات: Iraqis protest)."""
    if not _only_a_place(s, a):
        return a
    if r.plover == "PROTEST":
        return A.country(a.country, a.text, "CVL", start=a.start, end=a.end)
    return None


# Verbs and nouns of an event occurring, right before the attack noun they tell.
_OCCURRED = {
    normalize(c + w)
    for c in ("", "و", "ف")
    for w in ("حدث", "وقع", "وقعت", "جرى", "جرت", "حصل", "وقوع", "حدوث", "يقع", "تقع")
}


def _occurred(s: Sentence, p: Predicate) -> bool:
    """حدث تفجير، وقع هجوم، لحظة وقوع التفجير، هجوم إرهابي وقع، التفجيرات التي وقعت: the
    attack noun is what occurred (the verb before it, or after it past its adjectives
    and a relative pronoun)."""
    if p.start > p.clause.start and s.norms[p.start - 1] in _OCCURRED:
        return True
    return _occurred_after(s, p)


def _occurred_after(s: Sentence, p: Predicate) -> bool:
    """هجوم إرهابي وقع، التفجيرات التي وقعت: a verb of occurring after the attack noun."""
    k = p.end
    while k < min(s.end, p.end + 3) and (
        s.norms[k] in RELATIVES or bare_word(s.norms[k]) in _TERROR
    ):
        k += 1
    return k < s.end and s.norms[k] in _OCCURRED


def _own_act(s: Sentence, p: Predicate) -> bool:
    """The clause's subject did the act all the same: with a verb of doing before it (شنت
    قوات الحلف في يونيو 106 غارات), its pronoun on the noun (هجومها) or an execution
    (a state body sentences or executes)."""
    doing = light_verb_in(s, p.clause.start, p.start) or _announced_or_answered(s, p)
    return doing or has_possessive(p.hit) or bare_word(s.norms[p.start]) in _EXECUTION


# Verbs of announcing an act, with the act as their object: its own.
_ANNOUNCED = {normalize(w) for w in ("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن")}


def _announced_or_answered(s: Sentence, p: Predicate) -> bool:
    """أعلنت الحكومة محاصرة المدينة: the act announced (its object, past the subject) is
    the announcer's; مسؤولية النظام عن الهجمات: the one answerable for it did it."""
    ends = {x.end: x.start for x in p.clause.phrases}
    k = ends.get(p.start, p.start) - 1
    if k >= p.clause.start and s.norms[k] in _ANNOUNCED:
        return True
    starts = {x.start for x in p.clause.phrases}
    lo = max(p.clause.start, p.start - 8)
    return any(s.norms[k] in RESPONSIBILITY and k + 1 in starts for k in range(lo, p.start))


def _unarmed_body(a: Actor | None) -> bool:
    """A body or a person of no armed side (a parliament, a court, a ministry, an
    international body, an official); a country as such or its government (نظام الأسد)
    may be the one that strikes."""
    if a is None or a.sector in _ARMED_SIDES | {"OPP"}:
        return False
    ministry = any(w in normalize(a.text or "") for w in _MINISTRY)  # (وزارة الخزانة)
    return not (a.type == "country" and (a.sector is None or a.sector == "GOV" and not ministry))


_MINISTRY = (normalize("وزارة"), normalize("وزير"))


def _state_side(a: Actor | None) -> bool:
    """A state, its bodies or its media: never the doer of what they call terrorism."""
    return a is not None and (
        a.sector in _STATE_AND_PRESS or (a.type == "country" and not a.sector)
    )


def _result_of_act(s: Sentence, p: Predicate) -> bool:
    """مما أسفر عن مقتل, ما أدى إلى مصرع: a death told as the result of an attack told
    just before in the sentence; or a killing joined to it by و (هاجم X المصلين وقتل
    27 منهم): either reading, active or passive, has the attackers as the killers."""
    before = [bare(s.norms[k]) for k in range(max(s.start, p.start - 3), p.start)]
    attack_before = any(
        h.start < p.start
        and actions()[h.entry.get("action_id")].plover == "ASSAULT"
        and not _judged_hit(s, h)
        for h in s.hits["trigger"]
    )
    joined = p.kind == "verb" and p.hit.first.prefix == "و" and not p.passive
    return attack_before and (joined or any(w in RESULT_VERBS for w in before))


def _judged_hit(s: Sentence, h: Hit) -> bool:
    """أدانت المنظمة الهجوم ... مما أدى إلى مقتل: an attack noun that is the object of a
    verb that judges it (its subject condemned the attack, did not do it)."""
    if h.kind != "noun" or h.first.prefix.lstrip("وف").startswith(("ب", "ل", "ك")):
        return False
    return any(
        v.kind == "verb"
        and v.start < h.start
        and h.start - v.end <= 8
        and actions()[v.entry.get("action_id")].plover in _JUDGING
        for v in s.hits["trigger"]
    )


def _reporter(a: Actor | None) -> bool:
    """Who tells the news (the media, "sources") is not the agent of what it tells."""
    if a is None:
        return False
    return a.sector == "MED" or (a.text or "").startswith(("مصادر", "مصدر", "وسائل"))


def _verb_source(r: _Reading) -> None:
    subj = r.p.arg("subj")
    if subj is None:
        r.sources, r.inherited, r.confidence = [None], True, _FOUND["carried"]
        return
    if subj.how in ("thing", "kind"):
        r.sources = [None]
    elif subj.phrases:
        r.src_phrases = subj.phrases
    else:
        r.sources = subj.actors
        r.inherited = subj.how == "carried"
        r.confidence = _FOUND.get(subj.how, _FOUND["carried"])


def _noun_source(s: Sentence, r: _Reading) -> None:
    """A verbal noun's doer: its nisba, a light verb's subject or a doer verb, its
    genitive before an object or phrase, else the clause's subject."""
    p, action = r.p, r.action
    gen = p.arg("gen")
    if gen is not None and gen.how == "nisba":
        nisba = gen.phrases[0]
        a = nisba.actor
        if action.id in _MILITARY_ACTIONS and a.sector is None and a.type == "country":
            # ضربة جوية أميركية: only armed forces strike from the air or shell
            mil = A.country(a.country, a.text, "MIL", start=a.start, end=a.end)
            nisba = replace(nisba, actor=mil)
        r.src_phrases = (nisba,)
        return
    doer = next((a for a in p.args if a.role == "agent" and a.how == "doer"), None)
    if doer is not None:
        r.src_phrases = doer.phrases  # اتصال هاتفي أجراه الوزير التركي
        return
    able = next((a for a in p.args if a.role == "agent" and a.how == "carried"), None)
    if able is not None and able.actor is not None:
        # كما تمكنت من السيطرة على: who the sentence before was about was able to
        r.sources, r.inherited, r.confidence = [able.actor], True, _FOUND["carried"]
        return
    agent = agent_phrase(s, p.clause.phrases, p.end, min(p.clause.end, p.end + 8))
    agent = agent or _fired_from(s, r) or _launched_by(s, r) or _agent_past_a_name(s, p)
    agent = agent or _protesters_in(s, r) or _far_agent(s, p)
    if agent is not None:
        r.src_phrases = (agent,)  # للتدمير على يد جيش النظام: by the regime's army
        return
    visitor = _visitor(s, r)
    if visitor is not None:
        r.src_phrases = (visitor,)  # الزيارة الكريمة لصاحب السمو الأمير: his visit
        return
    if gen is not None and _genitive_is_agent(s, r, gen):
        r.src_phrases = gen.phrases
        return
    # (هجمات مقاتلي الحركة: the movement's fighters attack)
    by = (_doer_by_lam(s, r) or _members_attacking(s, p)) if gen is None else None
    if by is not None:
        r.src_phrases = (by,)  # هجوم عنيف للمعارضة على مواقع الجيش: the opposition's
        return
    if _judged_object(s, p) and _agentless(action.plover):
        r.sources = [None]  # دانت قطر الهجوم: the attack is what Qatar condemned
        return
    described = _described_doer(s, p)
    if described is not None:
        # خلية كانت تخطط لتنفيذ هجمات: the cell's, not the clause's subject's
        r.src_phrases, r.sources = described, ([] if described else [None])
        return
    c = p.clause
    own = c.subject.phrases[0] if c.subject and c.subject.phrases else None
    witness_before = own is not None and own.start > s.start and s.norms[own.start - 1] in WITNESS
    witness_after = own is not None and any(
        s.norms[k] in WITNESS for k in range(own.end, min(p.start, own.end + 4))
    )
    if witness_before or witness_after:
        # شهدت الولايات المتحدة حوادث قتل، فيينا قد شهدت انطلاق الاجتماع: where, not who
        r.sources = [None]
        return
    # a protest or an attack named by a noun without its own agent: whoever the clause
    # is about did not do it (مصر ... لاحتواء الهجمات الإرهابية)
    ctx = p.context or _fronted_owner(s, p)
    r.sources = [_place_as_people(s, r, ctx)]
    if _no_inferred_attacker(s, r, p.context):
        r.sources = [None]
    # (a place or a told occurrence rules its doer out: a new bare act is no event)
    r.withheld = ctx is not None and (r.sources == [None]) and _ruled_out(s, r, ctx)
    r.inherited = c.subject is None
    r.confidence = _FOUND["carried"]
    if _told_by_speaker(s, p) and _agentless(action.plover) and not has_possessive(p.hit):
        # قال الوزير إن الهجمات ...: the speaker told of the attack; its doer is unnamed
        # (the talks or the sanctions a speaker tells of are his side's)
        r.sources = [None]
    own = c.subject.phrases[0] if c.subject and c.subject.phrases else None
    if own is not None and action.id in _MUTUAL_IDS():
        # عقد الرئيس المصري ونظيره الفرنسي جلسة مباحثات: both hold the talks
        r.sources = [a for x in coordinated(own, c.phrases, s) for a in x.actors]


# Words of time that front an adverbial before the main clause (عقب اجتماعه بنظيره، ...).
_FRONTED_TIME = {
    normalize(c + w)
    for c in ("", "و")
    for w in ("عقب", "بعد", "خلال", "أثناء", "إثر", "قبل", "لدى", "عند")
}


# Taking part in an act (شارك في المظاهرة X) and a protest including people (ضمت X).
_TAKE_PART = {normalize(w) for w in ("شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون")}
_INCLUDED = {normalize(w) for w in ("ضم", "ضمت", "يضم", "تضم")}


def _protesters_in(s: Sentence, r: _Reading) -> Phrase | None:
    """Who took part in a protest made it: شارك في المظاهرة آلاف الطلاب (the subject
    after the verb and its في), المظاهرة التي انطلقت أمس ضمت نحو ألفي معلم (what it
    included, soon after the noun)."""
    p = r.p
    if r.plover != "PROTEST":
        return None
    k = p.start - 1
    joined = k - 1 >= p.clause.start and s.norms[k] == "في" and bare(s.norms[k - 1]) in _TAKE_PART
    at = p.end if joined else None
    if at is None:
        at = next(
            (j + 1 for j in range(p.end, min(s.end, p.end + 10)) if bare(s.norms[j]) in _INCLUDED),
            None,
        )
    if at is None:
        return None
    # (past a count: آلاف الطلاب، نحو ألفي معلم)
    return next((x for x in s.phrases if at <= x.start <= at + 3 and not x.governed), None)


def _far_agent(s: Sentence, p: Predicate) -> Phrase | None:
    """وقع هجوم قبل ثلاثة أشهر في متحف باردو على يد مسلحين: the agent (على يد، من قبل)
    the clause names farther after the noun, past its time and place, with no other act
    named between."""
    agent = next((a for a in p.args if a.role == "agent" and a.how == "agent"), None)
    if agent is None or not agent.phrases:
        return None
    x = agent.phrases[0]
    if any(p.end <= h.start < x.start for h in s.hits["trigger"]):
        return None
    return x


def _fronted_owner(s: Sentence, p: Predicate) -> Actor | None:
    """عقب اجتماعه بنظيره الأردني، أكد وزير الخارجية المصري: the pronoun on a noun in an
    adverbial of time opening the sentence is the main clause's subject, named after it."""
    pronoun = has_possessive(p.hit) or p.hit.first.suffix == "ه"
    if not pronoun or p.start - 1 != s.start or s.norms[s.start] not in _FRONTED_TIME:
        return None
    comma = next((k for k in range(p.end, s.end) if s.norms[k] in ("،", ",")), None)
    if comma is None:
        return None
    main = next((x for x in s.phrases if comma < x.start <= comma + 3 and not x.governed), None)
    return main.actor if main is not None else None


def _doer_by_lam(s: Sentence, r: _Reading) -> Phrase | None:
    """هجوم عنيف للمعارضة على مواقع الجيش, غارة للتحالف على ...: an act whose target
    comes with another preposition names its doer with لـ right after it (past its
    adjectives), when the target's preposition follows."""
    p = r.p
    # (a transitive attack's noun takes على too: قصف للتحالف على صنعاء; and any attack
    # ضد: غارات للتحالف ضد التنظيم)
    preps = _preps(p.hit) or ({normalize("على")} if r.plover == "ASSAULT" else set())
    preps = preps | _AGAINST if r.plover == "ASSAULT" and preps else preps
    # (a pronoun on the noun is its doer; a plural's ات or a dual's ين is no pronoun:
    # العمليات العسكرية للجماعة, the group's operations; في هجومين للمتمردين)
    if not preps or "ل" in preps or not _agentless(r.plover) or has_possessive(p.hit):
        return None
    x = next((x for x in p.clause.phrases if x.start >= p.end), None)
    if x is None or x.start - p.end > 2 or not x.prefix.lstrip("وف").startswith("ل"):
        return None
    if x.actor.type == "concept" or any(
        not s.norms[k].isalpha() or s.norms[k] in FUNCTION_WORDS or _hit_place(s.norms[k])
        for k in range(p.end, x.start)
    ):
        return None  # (لمهاجمة قاعدة للجيش: the army's base, the army attacked)
    after = s.norms[x.end] if x.end < p.clause.end else ""
    # (هجوم كاسح للمقاومة الشعبية: an armed side's attack, with no target named, or only
    # its place: هجمات لحركة بوكو حرام في الكاميرون)
    placed = after == "في" and all(
        adjective_like(s.norms[k], s.norms[p.start].startswith("ال")) for k in range(p.end, x.start)
    )
    armed = x.actor.sector in _ARMED and (after not in PREPOSITIONS or placed)
    # (غارات لطيران التحالف ضد التنظيم: what it is aimed against follows too)
    return x if after in preps or after in _AGAINST or armed else None


# Nouns of attacks (not of a transitive act on someone, as استهداف or قصف are): their
# armed genitive made them.
_ATTACK_NOUNS = {
    normalize(w)
    for w in (
        "هجوم", "هجمات", "هجماته", "اعتداء", "اعتداءات", "عمليات", "غارات", "غارة", "هجومه",
        "ضربة", "ضربات",  # (ضربات الجيش: the army strikes; the struck take لـ or على)
    )
}  # fmt: skip


def _members_attacking(s: Sentence, p: Predicate) -> Phrase | None:
    """هجمات مقاتلي حركة الشباب، اعتداءات عناصر التنظيم: a noun of attacks in construct
    with the members of an armed force (a word of members, then the force): theirs."""
    w = bare_word(s.norms[p.start])
    if w not in _ATTACK_NOUNS or "ال" in p.hit.first.prefix or p.hit.first.suffix:
        return None
    if p.end + 1 >= p.clause.end or s.norms[p.end] not in MEMBER_WORDS:
        return None
    x = next((x for x in p.clause.phrases if x.start == p.end + 1 and not x.governed), None)
    return x if x is not None and x.actor.sector in _FORCE_SECTORS else None


# Counts that open an accusative object after a verbal noun and its genitive doer.
_ACCUSATIVE_COUNTS = {normalize(w) for w in ("العديد", "عددا", "عدة", "عشرات", "مئات", "آلاف")}


_THREAT_NOUNS = {normalize(w) for w in ("تهديد", "تهديدا", "تهديدات")}


def _genitive_is_agent(s: Sentence, r: _Reading, gen: Arg) -> bool:
    """قصف التحالف لمواقع الحوثيين: the genitive is the doer when an object with لـ, one
    of the noun's prepositions or a concept follows it."""
    p = r.p
    end = gen.phrases[-1].end
    starts = {x.start for x in s.phrases}
    while (
        end < p.clause.end
        and end not in starts
        and s.norms[end] not in FUNCTION_WORDS
        and adjective_like(s.norms[end], True)
    ):
        end += 1  # لمناشدة الحكومة الشرعية للدفاع: past the genitive's adjectives
    at = {x.start: x.end for x in s.phrases}
    while end + 1 < p.clause.end and s.norms[end] == "في" and end + 1 in at:
        end = at[end + 1]  # قصف المتمردين في اليمن لمناطق سكنية: past where they are
    own = gen.phrases[0].actor
    if r.action.id == "visit" and gen.phrases[0].head in ("metonym", "city", "country"):
        return False  # زيارة دولة الكويت: the place visited
    construct = "ال" not in p.hit.first.prefix  # (في الهجوم زعيم الحركة: no genitive)
    if construct and bare_word(s.norms[p.start]) in _ATTACK_NOUNS and _attacking_kind(gen):
        return True  # اعتداءات حركة بوكو حرام، هجمات داعش، اعتداءات المستوطنين: their attacks
    if construct and bare_word(s.norms[p.start]) in _THREAT_NOUNS and own.sector in _ARMED:
        return True  # ردع تهديدات ميليشيات الحوثي: the militias threaten (تهديد الأمن: not)
    if any(_accusative_after_genitive(s, r, k) for k in {gen.phrases[-1].end, end}) or (
        _agentless(r.plover) and _exposed_at(s, p, p.clause.start) is not None
    ):
        # قصف الجيش الأحياء السكنية: the genitive, then the object it hit; تعرض
        # المستشفى لقصف الميليشيات: what it came under is theirs
        return True
    if _reflexive_masdar(p.hit.first.stem):
        return True  # انسحاب القوات: a verbal noun of form VII has no object
    around = [x for x in (p.context, p.speaker) if x is not None and x.country]
    # (a place a noun of attack names after it is the place attacked, of whatever
    # country: حشد القوات لمهاجمة عدن)
    place = _agentless(r.plover) and gen.phrases[0].head in ("metonym", "city", "country")
    if own.country and not place and any(x.country == own.country for x in around):
        return True  # أكد لافروف نية موسكو: the speaker's own side intends
    preps = _preps(p.hit)
    later = [a for a in p.args if a.start >= end and a is not gen]
    if any(a.role == "pp" and a.prep == "ل" and a.start == end for a in later):
        return True
    nxt = s.norms[end] if end < p.clause.end else ""
    if _lam_noun(nxt):
        return True  # إدانة حكومة بلاده لحادث الاغتيال، قصف الحوثيين لحي سكني: the object
    if own.sector in _FORCE_SECTORS and nxt in _ACCUSATIVE_COUNTS:
        return True  # قصف قوات النظام العديد من المدن: an armed genitive, then its object
    for k in range(end, p.clause.end):
        w = s.norms[k]
        if w in preps or any(len(x) == 1 and w.startswith(x) for x in preps):
            return True
        if any(w == x + e for x in preps | {"علي"} for e in ("ه", "ها", "هم")):
            return True  # سيطرة متطرفي داعش عليها: the place taken is a pronoun
    return not later and _concept_after(s, end, p.clause.end) is not None


# Private people who, named after a noun of attacks, are its doers (اعتداءات المستوطنين،
# هجمات المتطرفين), as armed forces are; the victims of attacks take على.
_ATTACKING_PEOPLE = frozenset({"CVL", "RAD", "SEP", "CRM"})


def _attacking_kind(gen: Arg) -> bool:
    """The genitive of an attack noun is an armed force or a group of people (not a
    place: هجمات باريس)."""
    sector = gen.phrases[0].actor.sector  # (a place has none)
    return sector in _FORCE_SECTORS or sector in _ATTACKING_PEOPLE


def _accusative_after_genitive(s: Sentence, r: _Reading, end: int) -> bool:
    """An attack's or a coercion's verbal noun, its genitive, then its object in the
    accusative with no preposition (قصف الجيش الأحياء السكنية، إحراق مستوطنين منازل
    الفلسطينيين، اختطاف التنظيم الصحفيين): a place hit or a group named right after the
    genitive (not a person's name in apposition: اغتيال رئيس الوزراء رفيق الحريري)."""
    if r.plover not in ("ASSAULT", "COERCE") or end >= r.p.clause.end:
        return False
    w = s.norms[end]
    bare_noun = w.startswith("ال") or w[:1] not in ("ب", "ل", "ك", "و", "ف")
    g = bare_word(w)
    g = g[:-1] if g.endswith("ا") and len(g) > 3 else g  # (مدنا: in the accusative)
    if bare_noun and w not in FUNCTION_WORDS and (_hit_place(w) or g in _GROUND):
        return True  # (قصف المتمردين مناطق سكنية، تفخيخ التنظيم الطرق والجسور)
    x = next((x for x in s.phrases if x.start == end), None)
    return (
        x is not None
        and not x.governed
        and not x.adjectival
        and x.actor.type not in ("person", "concept")
        and x.head not in ("city", "metonym", "country")  # (قصف الطيران اليوم حلب: a place)
    )


# Ground and works hit or mined, in the accusative after a verbal noun's genitive.
_GROUND = {
    normalize(w)
    for w in (
        "منطقة", "مناطق", "مدينة", "مدن", "طريق", "طرق", "طرقات", "جسر", "جسور", "شارع",
        "شوارع", "مبنى", "مباني", "مبان", "منشآت",
    )
}  # fmt: skip


def _lam_noun(w: str) -> bool:
    """لحادث، لحي: a noun with لـ on it (a short one too), not a particle (لكن، لذلك) nor
    لـ with a pronoun (لها، لهم)."""
    return (
        w.startswith("ل")
        and len(w) >= 3
        and w.isalpha()
        and w not in FUNCTION_WORDS
        and w not in _LAM_PARTICLES
        and not (len(w) <= 4 and w.endswith(("ه", "ها", "هم", "هما", "نا", "كم")))
    )


# Particles and adverbs that begin with لـ (no object of a verbal noun).
_LAM_PARTICLES = {
    normalize(w) for w in ("لذا", "لذلك", "لدى", "لما", "لعل", "لأن", "لئلا", "لولا", "لو", "لوحده")
}


_SIEGE = normalize("حصار")
# Sectors that fight: a siege they lay is a military one (CAMEO 191), not a sanction.
_ARMED = frozenset({"MIL", "REB", "UAF", "OPP", "INS"})


def _fought_with(s: Sentence, r: _Reading) -> bool:
    """تقدمت المقاومة بعد اشتباكات مع الحوثيين: the armed subject of the clause is the
    other side of the clashes it had with someone named right after them."""
    a = r.sources[0] if r.sources else None
    k, parties = r.p.end, ("مع", "ضد", "بين")
    while (
        k < min(s.end, r.p.end + 2)
        and s.norms[k] not in parties
        and adjective_like(s.norms[k], s.norms[k].startswith("ال"))
    ):
        k += 1  # اشتباكات عنيفة مع
    with_whom = k < s.end and s.norms[k] in parties
    return r.action.id in _MUTUAL_IDS() and a is not None and a.sector in _ARMED and with_whom


# Words of a court's ruling before the act it sentences to (حكما بالإعدام، قضت بإعدام), its
# rulings (أحكام الإعدام، أحكاما بالإعدام) and the law's penalty (عقوبة الإعدام).
_RULINGS = {
    normalize(w)
    for w in ("حكم", "حكما", "بحكم", "حكمت", "قضت", "قضى", "تقضي", "يقضي")
    + ("أحكام", "أحكاما", "احكام", "احكاما", "عقوبة", "عقوبات")
}
_EXECUTION = {normalize("إعدام"), normalize("قتل")}  # (الحكم عليه بالقتل قصاصا)


_KILLING = normalize("قتل")


def _sentenced_to_death(s: Sentence, r: _Reading) -> bool:
    """An execution a court rules (أصدرت المحكمة حكما بالإعدام، قضت بإعدام 20 متهما) is
    a sentence, not a killing done."""
    p = r.p
    if p.kind != "noun" or bare_word(s.norms[p.start]) not in _EXECUTION:
        return False
    carried_out = any(
        bare_word(s.norms[k]).startswith(("نفذ", "تنفيذ"))
        for k in range(max(p.clause.start, p.start - 6), p.start)
    )  # نفذت السلطات حكم الإعدام: the sentence carried out is a killing
    court = any(a is not None and a.sector == "JUD" for a in r.sources)
    # (the ruling may stand before its object: الحكم عليه بالقتل، صدر حكم بحقه بإعدامه)
    before = range(max(p.clause.start, p.start - 3), p.start)
    ruled = any(s.norms[k] in _RULINGS or bare_word(s.norms[k]) in _RULINGS for k in before)
    if bare_word(s.norms[p.start]) == _KILLING:
        court = False  # (a court trying a killing does not sentence anyone to one)
    return not carried_out and (court or ruled)


# Words of seizing that take goods, never ground (نهبوا مقر الحزب: looted, not occupied).
_GOODS_ONLY = {normalize("نهب")}


def _reread(s: Sentence, r: _Reading) -> None:
    """Another action of the same word, as its actors and objects show."""
    if _criticism(s, r):
        r.action = actions()["criticize"]  # هاجم الوزير المعارضة: with words, not arms
    elif _sentenced_to_death(s, r):
        r.action = actions()["arrest"]  # حكم بالإعدام على مرسي: a sentence (CAMEO 173)
    elif r.action.id == "riot" and _armed_doer(r, _FORCE_SECTORS - {"COP", "SPY"}):
        # أعمال العنف التي ارتكبها الحوثيون: an armed force's violence is an attack
        r.action = actions()["attack"]
    elif (
        r.action.id == "seize"
        and r.p.hit.entry.words[0] not in _GOODS_ONLY
        and (_territory_after(s, r) or _armed_takes_ground(s, r))
    ):
        # سيطرت المقاومة على بلدتين: occupying ground (as an armed force does, unless
        # what it took is named as goods: سيطرت الميليشيات على أسلحة الجيش)
        r.action = actions()["cameo_192"]
    elif (
        r.action.id == "sanction"
        and r.p.hit.first.stem.startswith(_SIEGE)
        and any(
            a is not None and a.sector in _ARMED
            for a in r.sources + [x.actor for x in r.src_phrases]
        )
    ):
        r.action = actions()["cameo_191"]  # تفرض المقاومة حصارا على الحوثيين: a siege
    elif r.plover == "SUPPORT" and "دعم" in r.p.hit.entry.words[0] and _money_after(s, r.p):
        r.action = actions()["economic_aid"]  # قدمت دعما بقيمة 274 مليون دولار: aid
    elif r.plover == "SANCTION" and _lifted(s, r.p):
        r.action = actions()["ease_restrictions"]  # رفعت واشنطن التجميد عن: eased
    elif r.plover == "REJECT" and _restriction_cancelled(s, r.p):
        r.action = actions()["ease_restrictions"]  # إلغاء تأشيرات الدخول: eased, not refused
    elif r.action.id == "welcome" and _guest_welcomed(s, r):
        r.action = actions()["host_meeting"]  # رحب الوزير بنظيره الزائر: hosting (043)


# Verbs and verbal nouns of lifting (رفعت واشنطن التجميد، إلغاء الحظر).
_LIFTING = {
    normalize(w)
    for w in (
        "رفع", "رفعت", "يرفع", "ترفع", "رفعوا", "برفع", "ورفع", "ورفعت", "إلغاء", "بإلغاء",
        "ألغت", "ألغى", "يلغي", "تلغي",
    )
}  # fmt: skip


def _lifted(s: Sentence, p: Predicate) -> bool:
    """A sanction noun a verb of lifting takes, past its subject and a time (رفعت واشنطن في
    مارس الماضي التجميد الجزئي عن): the sanction is lifted."""
    if p.kind != "noun":
        return False
    for k in range(p.start - 1, max(p.clause.start, p.start - 7) - 1, -1):
        if s.norms[k] in _LIFTING:
            return True
        if any(h.start == k for h in s.hits["trigger"]):
            return False
    return False


# Words of a visit or a reception in the sentence of a welcome (الذي يزور، خلال استقباله).
_GUESTS = {
    normalize(w)
    for w in (
        "زيارة", "زيارته", "زيارتها", "يزور", "تزور", "استقبال", "استقباله", "استقبالها",
        "استقبل", "استقبلت", "الزائر", "الزائرة", "الضيف", "ضيف", "ضيفه", "وصوله", "وصولها",
    )
}  # fmt: skip


def _guest_welcomed(s: Sentence, r: _Reading) -> bool:
    """A state's official welcoming a state's official who visits or is received
    (رحب وزير الخارجية الإماراتي بنظيره المصري خلال استقباله): he hosts a visit; crowds
    welcoming a visitor, or a welcome of a decision, back it (SUPPORT)."""
    src = next((x.actor for x in r.src_phrases), None)
    if src is None or src.sector != "GOV":
        return False
    if not any(t is not None and t.sector == "GOV" and t.country for t in r.targets):
        return False
    return any(bare_word(w) in _GUESTS or w in _GUESTS for w in s.norms[s.start : s.end])


# Restrictions one may abolish (إلغاء تأشيرات الدخول، ألغت القيود): easing them concedes.
_RESTRICTIONS = {
    normalize(w)
    for w in (
        "تأشيرة", "تأشيرات", "التأشيرة", "التأشيرات", "قيود", "القيود", "حظر", "الحظر",
        "عقوبات", "العقوبات", "رسوم", "الرسوم",
    )
}  # fmt: skip


def _restriction_cancelled(s: Sentence, p: Predicate) -> bool:
    """إلغاء تأشيرات الدخول، ألغت الحكومة القيود: what a cancelling word abolishes is a
    restriction (not a visit or an agreement, which are refused)."""
    if "لغ" not in s.norms[p.start]:  # (إلغاء is stored as غاء, its ال read as the article)
        return False
    return any(
        bare_word(s.norms[k]) in _RESTRICTIONS for k in range(p.end, min(p.clause.end, p.end + 2))
    )


# Words of a sum of money (بقيمة 274 مليون دولار).
_MONEY = {normalize(w) for w in ("بقيمة", "قيمته", "قيمتها", "مليون", "مليار", "دولار", "ريال")}


def _money_after(s: Sentence, p: Predicate) -> bool:
    """Support with a sum after it, in its clause: money given."""
    return any(s.norms[k] in _MONEY for k in range(p.end, min(p.clause.end, p.end + 8)))


_GOODS = {
    normalize(w)
    for w in ("أسلحة", "أموال", "ممتلكات", "شحنة", "شحنات", "مخازن", "ذخائر", "سفينة", "معدات")
}


_STORMING = ("قتحم", "قتحام")  # اقتحم، يقتحم، اقتحام


def _armed_doer(r: _Reading, sectors: frozenset[str] = _ARMED) -> bool:
    return any(
        a is not None and a.sector in sectors for a in r.sources + [x.actor for x in r.src_phrases]
    )


def _armed_takes_ground(s: Sentence, r: _Reading) -> bool:
    if not _armed_doer(r):
        return False
    end = min(r.p.clause.end, r.p.end + 10)
    if any(s.norms[k] in ("عليها", "عليه") for k in range(r.p.end, end)):
        return True  # سيطرة المقاومة عليها: the place named before
    on = next((k for k in range(r.p.end, end) if s.norms[k] == "علي"), None)
    if on is None or on + 1 >= s.end:
        # storming (اقتحام مخيم) takes its object; a raid (مداهمة المنزل) takes no ground
        return any(stem in s.norms[r.p.start] for stem in _STORMING)
    return not any(bare_word(s.norms[k]) in _GOODS for k in range(on + 1, min(s.end, on + 3)))


def _unnamed_target(s: Sentence, r: _Reading) -> None:
    """Where no actor is the target: the civilians of a place hit (قصفت الطائرات سوقا في
    حلب: its people, not the city), else a target named without an actor phrase."""
    places_only = all(t.type == "country" and t.sector is None for t in r.targets)
    # (not of a clash: اشتباكات في حي الجمهوري is where two sides fought)
    # (storming a place, read as seizing until its doer is known armed: اقتحمت المسجد)
    hits = r.plover == "ASSAULT" or r.action.id == "seize"
    hits = hits and r.action.id not in _MUTUAL_IDS()
    civilians = _civilian_place(s, r) if hits and places_only else None
    if civilians is None and hits and not r.targets and not any(r.sources):
        civilians = _bombed_town(s, r)
    if civilians is None and hits and places_only and not r.victims:
        civilians = _forces_post(s, r)  # (its place is where: موقعا عسكريا في الأنبار)
    if civilians is not None:
        r.targets = [civilians]
    elif not r.actor_target:
        other = _implicit_target(s, r)
        r.targets = [other] if other is not None else r.targets


# Adjectives of a post or a unit of the state's forces (موقعا عسكريا، القافلة العسكرية،
# مركز أمني) and the sector of its men.
_FORCE_ADJECTIVES = {
    normalize(a + w + e): sector
    for w, sector in (("عسكري", "MIL"), ("أمني", "COP"))
    for a in ("", "ال")
    for e in ("", "ة", "ا", "ه")
}
_POST_REACH = 8


def _forces_post(s: Sentence, r: _Reading) -> Actor | None:
    """An attack on a military or security post or unit named by no owner (هاجموا موقعا
    عسكريا، كمينا للقافلة العسكرية، استهدف أحد المراكز الأمنية): the forces manning it
    (their country is where it happened: _local_groups)."""
    p = r.p
    own = {k for x in r.src_phrases for k in range(x.start, x.end)}
    for k in range(p.end, min(p.clause.end - 1, p.end + _POST_REACH)):
        if s.norms[k] in CLAUSE_PUNCT or (k in s.in_phrase and k not in own):
            return None  # (past another actor: the post may be theirs)
        b = bare_word(s.norms[k])
        b = b[:-1] if b.endswith("ا") and len(b) > 3 else b
        sector = _FORCE_ADJECTIVES.get(s.norms[k + 1])
        if b in _FORCE_PLACES and sector is not None:
            if _owned_after(s, k + 2) or s.norms[k - 1] in _NEAR:
                # دورية عسكرية تابعة للحوثيين: the owner named is the target; قرب قافلة
                # عسكرية: near it, not hit
                return None
            t0, t1 = s.idx[k], s.idx[k + 1] + len(s.words[k + 1])
            return A.sector_group(sector, "", " ".join(s.words[k : k + 2]), start=t0, end=t1)
    return None


def _owned_after(s: Sentence, k: int) -> bool:
    """An owner named right after a post (تابعة لقوات التحالف، للحوثيين، لداعش)."""
    lam = {x.start for x in s.phrases if x.prefix.lstrip("وف").startswith("ل")}
    for j in range(k, min(s.end, k + 3)):
        if j in lam or s.norms[j] in LOYAL_WORDS:
            return True
        if s.norms[j] in CLAUSE_PUNCT:
            return False
    return False


def _implicit_target(s: Sentence, r: _Reading) -> Actor | None:
    """A target named without an actor phrase: whom a threatened act would hit (هددت
    بضرب القواعد الأمريكية), the place an attack hit (قصفت الطائرات حلب)."""
    if r.plover == "THREATEN":
        hit = _complement_object(s, r.p)
        return hit.actor if hit is not None else None
    if r.plover in ("ASSAULT", "COERCE") and not r.victims:
        return _natives_of(s, r) or _attacked_place(s, r) or _foreign_ground(s, r)
    if r.action.id in _CONDEMNING:
        return _owner_of_condemned(s, r)
    return None


_CONDEMNED_REACH = 12


def _owner_of_condemned(s: Sentence, r: _Reading) -> Actor | None:
    """تدين التصريحات العدائية من قبل مسؤولي X، ندد بـ«الأنشطة المزعزعة» لإيران: whose
    words or deeds are condemned (their agent, or their owner with لـ) is the target."""
    p = r.p
    end = min(p.clause.end, p.end + _CONDEMNED_REACH)
    own = {x.start for x in r.src_phrases}
    # (past a subject after the verb: دانت الوزارة بشدة مصادقة ...)
    after = max([p.end] + [x.end for x in r.src_phrases if x.start >= p.end])
    agent = agent_phrase(s, p.clause.phrases, p.end, end) or _doer_of_condemned(s, p, after, end)
    if agent is not None and agent.start not in own:
        return agent.actor
    # (من قبل مسؤولي الجمهورية الإيرانية: by the officials of the state named)
    by = next((k for k in range(p.end + 1, end) if s.norms[k - 1 : k + 1] == ["من", "قبل"]), None)
    for x in p.clause.phrases:
        if by is not None and by + 1 < x.start <= by + 2 and x.start not in own:
            return x.actor
        if p.end < x.start < end and x.start not in own:
            prev = s.norms[x.start - 1]
            said = prev in _CLOSERS or bare(prev) in SAID_THINGS
            if said and x.prefix.lstrip("وف").startswith("ل"):
                return x.actor
    speaker = _speaker_of_said(s, p, min(p.clause.end, p.end + _CONDEMNED_REACH + _TITLE_RUN))
    return speaker.actor if speaker is not None and speaker.start not in own else None


def _speaker_of_said(s: Sentence, p: Predicate, end: int) -> Phrase | None:
    """استنكر تصريحات نائب رئيس الجمهورية العراقي نوري المالكي: the words condemned (no
    article: in construct), then the titles of whose they are, then his name."""
    k = next((j for j in range(p.end, end) if s.norms[j] in SAID_THINGS), None)
    if k is None or s.norms[k - 1] in PREPOSITIONS:
        return None  # (أدان في بيان نشرته الوكالة: where it was said, not what)
    nisba = None  # (عضو مجلس الشورى الإيراني فلان: a name no table knows, his state's)
    for j in range(k + 1, min(s.end, k + 1 + _TITLE_RUN)):
        x = next((x for x in p.clause.phrases if x.start == j), None)
        if x is not None and not x.adjectival:
            return x
        nisba = nisba or x
        w = s.norms[j]
        if not w.isalpha() or w in FUNCTION_WORDS or (j == k + 1 and w in TIME_WORDS):
            break
    return nisba


# The most words of titles between the words condemned and the name of who said them.
_TITLE_RUN = 6


# Adverbs of manner after a verb of condemning (دانت بشدة).
_MANNER = {normalize(w) for w in ("بشدة", "بقوة", "بحزم")}


def _doer_of_condemned(s: Sentence, p: Predicate, k: int, end: int) -> Phrase | None:
    """دانت الخارجية مصادقة لجنة التخطيط الإسرائيلية على خطة: the verbal noun condemned
    (at ``k``), its genitive, then the noun's own preposition: the genitive did it."""
    while k < end and (s.norms[k] in FOLLOWER_WORDS or s.norms[k] in _MANNER):
        k += 1  # (بشدة، أمس)
    act = next((h for h in s.hits["trigger"] if h.start == k and h.kind == "noun"), None)
    # (the genitive may be a body no lexicon names, known by its nisba: لجنة التخطيط
    # الإسرائيلية)
    gen = next((x for x in p.clause.phrases if act and act.end <= x.start <= act.end + 2), None)
    if gen is None or "ال" in act.first.prefix:
        return None
    if any(
        not s.norms[i].isalpha() or s.norms[i] in FUNCTION_WORDS for i in range(act.end, gen.start)
    ):
        return None
    j = gen.end
    while j < end and adjective_like(s.norms[j], True) and s.norms[j] not in FUNCTION_WORDS:
        j += 1
    preps = _preps(act)
    return gen if j < end and bare(s.norms[j]) in preps and gen.actor.type != "concept" else None


# "Sons of" a place: its natives (اختطف التنظيم 200 من أبناء مدينة حمص).
_NATIVES = {normalize(w) for w in ("أبناء", "ابناء")}
_NATIVES_REACH = 8


def _natives_of(s: Sentence, r: _Reading) -> Actor | None:
    """Whom an attack or an arrest took, counted as natives of a place (عشرات من أبناء
    قرية X في ريف حلب): the civilians of that place's country."""
    p = r.p
    end = min(p.clause.end, p.end + _NATIVES_REACH)
    k = next((k for k in range(p.end, end) if s.norms[k] in _NATIVES), None)
    if k is None or k + 1 >= s.end or s.norms[k - 1] != "من":
        return None
    places = place_hits(s, ("city", "metonym", "country"))
    nxt = s.norms[k + 1]
    if k + 1 not in places and bare_word(nxt) not in PLACE_NOUNS and nxt not in PLACE_NOUNS:
        return None  # (أبناء الملك: his sons; only the natives of a place named so)
    j = next((j for j in range(k + 1, min(s.end, k + 8)) if j in places), None)
    if j is not None:
        return _civilians_of(s, places[j], k)
    where = place_of(s)
    if where is None or where.country not in A.countries():
        return None
    t0, t1 = s.idx[k], s.idx[k + 1] + len(s.words[k + 1])
    return A.country(where.country, " ".join(s.words[k : k + 2]), "CVL", start=t0, end=t1)


def _foreign_ground(s: Sentence, r: _Reading) -> Actor | None:
    """An air strike or shelling by a state's forces in another country, with no one
    named as hit (القصف التركي في شمال العراق): the act hit that country, as ICEWS codes
    a cross-border strike."""
    if r.action.id not in _MILITARY_ACTIONS or r.targets or r.victims:
        return None
    home = {a.country for a in r.sources if a is not None and a.country in A.countries()}
    if len(home) != 1:
        return None
    places = place_hits(s, ("city", "country"))
    own = {k for x in r.src_phrases for k in range(x.start, x.end)}  # (القصف التركي)
    for k in range(r.p.end, min(r.p.clause.end, r.p.end + 8)):
        if s.norms[k] in CLAUSE_PUNCT or (k in s.in_phrase and k not in own and k not in places):
            return None  # (past another actor: it may be whom the strike aimed at)
        h = places.get(k)
        if h is not None and _located(s, k):
            iso3 = h.entry.get("iso3")
            if iso3 in home or iso3 not in A.countries():
                return None
            text = " ".join(s.words[h.start : h.end])
            t0, t1 = s.idx[h.start], s.idx[h.end - 1] + len(s.words[h.end - 1])
            return A.country(iso3, text, start=t0, end=t1)
    return None


# Places where civilians live, pray, learn, shop or are treated: an attack on one in a
# named city hit that country's civilians (قصف الأحياء السكنية في تعز، استهدف مسجدا في
# القديح), as ICEWS codes it.
_CIVILIAN_PLACES = {
    normalize(w)
    for w in (
        "منزل", "منازل", "بيت", "بيوت", "مسكن", "مساكن", "حي", "أحياء", "سوق", "أسواق",
        "مسجد", "مساجد", "جامع", "حسينية", "كنيسة", "كنائس", "مدرسة", "مدارس", "مستشفى",
        "مستشفيات", "مخيم", "مخيمات", "حافلة", "حافلات", "فندق", "فنادق", "مطعم", "مقهى",
        "قرية", "قرى", "بلدة", "بلدات", "مديرية", "مديريات",
    )
}  # fmt: skip
_CIVILIAN_REACH = 8


def _civilian_place(s: Sentence, r: _Reading) -> Actor | None:
    """A place of civilians the attack hit, in a city named after it: its civilians."""
    p = r.p
    end = min(p.clause.end, p.end + _CIVILIAN_REACH)
    k = next(
        (k for k in range(p.end, end) if _civilian_word(s.norms[k]) or _residential(s, k)), None
    )
    if k is None or any(s.norms[j] in CLAUSE_PUNCT for j in range(p.end, k)):
        return None
    # (a capital after في is a place too: منازل في صنعاء)
    places = place_hits(s, ("city", "metonym", "country"))
    if k in places:
        return _civilians_of(s, places[k], k)  # a site named so: المسجد الأقصى، مخيم جنين
    for j in range(k + 1, min(p.clause.end, k + _CIVILIAN_REACH)):
        # (أحياء مدينة تعز: the city the places belong to, in the construct state)
        chain = [bare_word(s.norms[i]) for i in range(k + 1, j + 1)]
        owned = len(chain) > 1 and all(w in PLACE_NOUNS for w in chain[:-1])
        owned = owned or chain[0] in PLACE_NOUNS  # (the city's name opens with مدينة)
        if j in places and (_located(s, j) or owned):
            return _civilians_of(s, places[j], k)
        if j in s.in_phrase and j not in places:
            return None  # (منازل المواطنين: the people named are the target)
        if s.norms[j] in CLAUSE_PUNCT:
            break
    return _worshippers(s, k)


def _worshippers(s: Sentence, k: int) -> Actor | None:
    """A house of worship hit with no city named (التفجير في مسجد الإمام علي): its
    worshippers, civilians of the country where it happened (kg.actors.LOCAL_SECTORS:
    the article's place fills it in)."""
    noun = bare_word(s.norms[k])
    if noun not in _WORSHIP:
        return None
    # (اقتحمت المسجد الأقصى وهاجمت المتواجدين في المسجد: the site named before)
    named = place_hits(s, ("city", "metonym"))
    site = next((h for j, h in named.items() if j < k and bare_word(s.norms[j]) == noun), None)
    if site is not None and s.norms[k].startswith("ال"):
        return _civilians_of(s, site, site.start)
    end = k + 1  # (مسجد الرحمة: the noun in construct with its name)
    if end < s.end and not s.norms[k].startswith("ال") and s.norms[end].startswith("ال"):
        end += 1
    t0, t1 = s.idx[k], s.idx[end - 1] + len(s.words[end - 1])
    return A.sector_group("CVL", "", " ".join(s.words[k:end]), start=t0, end=t1)


_BOMBED_REACH = 12


def _bombed_town(s: Sentence, r: _Reading) -> Actor | None:
    """An attack no one is named in, told with the town where it struck (التفجير الذي
    وقع في بلدة سروج، انفجار في بغداد): the civilians there, as the gold and ICEWS code
    an unclaimed bombing; not past a place of forces (في قاعدة عسكرية)."""
    p = r.p
    if p.kind != "noun" or p.hit.first.suffix or r.action.id in _MILITARY_ACTIONS:
        return None  # (a verb names its own object; air strikes and shelling aim at forces)
    if p.hit.entry.words[0] in VICTIM_NOUNS:
        return None  # (مقتل قائد الكتائب: the one killed is named, if not known)
    places = place_hits(s, ("city", "metonym", "country"))
    # (into a relative clause that tells it: التفجير الذي أسفر عن سقوط 32 قتيلا في سروج)
    relative = p.clause.end < s.end and s.norms[p.clause.end] in RELATIVES
    end = s.end if relative else p.clause.end
    for j in range(p.end, min(end, p.end + _BOMBED_REACH)):
        if s.norms[j] in CLAUSE_PUNCT or (
            _hit_place(s.norms[j]) and not _civilian_word(s.norms[j])
        ):
            return None
        if j in places and _located(s, j):
            return _civilians_of(s, places[j], places[j].start)
        if j in s.in_phrase and j - 1 >= p.end and _civilian_word(s.norms[j - 1]):
            return None  # (مسجد قوات الطوارئ: the place's owners named are the target)
    return None


def _civilians_of(s: Sentence, h: Hit, k: int) -> Actor:
    """The civilians of the place ``h``, named by the words from ``k`` to its end."""
    t0, t1 = s.idx[k], s.idx[h.end - 1] + len(s.words[h.end - 1])
    return A.country(h.entry.get("iso3"), " ".join(s.words[k : h.end]), "CVL", start=t0, end=t1)


def _located(s: Sentence, j: int) -> bool:
    """The place at ``j`` follows في or ب, past place nouns (في مدينة تعز، بمحافظة لحج)."""
    k = j
    while k > s.start and (
        bare_word(s.norms[k - 1]) in PLACE_NOUNS
        or s.norms[k - 1] in PLACE_NOUNS
        or _civilian_word(s.norms[k - 1])
        or s.norms[k - 1] in _ONE_OF
    ):
        k -= 1  # (في أحد مساجد محافظة القطيف: past the places in it)
    first = s.norms[k]
    # (قرية شمال أربيل، في شمال العراق: past the side of it)
    side = k > s.start and s.norms[k - 1] in LOCATIVES and s.norms[k - 1] not in _OUTSIDE
    return (k > s.start and s.norms[k - 1] in ("في", "وفي")) or first[:1] == "ب" or side


# "One of" before a plural of places (أحد مساجد، إحدى القرى).
_ONE_OF = {normalize(w) for w in ("أحد", "إحدى", "احدى")}


# Sides that put a place outside where it happened (خارج العراق).
_OUTSIDE = {"خارج"}


# Places of forces an attack hits (قاعدة للجيش، مواقع للحوثيين): whose they are, not who
# attacks.
_FORCE_PLACES = {
    normalize(w)
    for w in (
        "قاعدة", "قواعد", "معسكر", "معسكرات", "موقع", "مواقع", "مقر", "مقرات", "نقطة",
        "نقاط", "ثكنة", "ثكنات", "مركز", "مراكز", "دورية", "دوريات", "قافلة", "رتل", "آلية",
        "آليات", "تجمعات", "مخزن", "مخازن",
        # hideouts and strongholds (وكر لتنظيم داعش: the group's, hit)
        "وكر", "أوكار", "معقل", "معاقل", "مخبأ", "مخابئ", "مستودع", "مستودعات",
    )
}  # fmt: skip


def _hit_place(w: str) -> bool:
    """A place of forces or of civilians (قاعدة، مواقع، منازل), in any case."""
    b = bare_word(w)
    b = b[:-1] if b.endswith("ا") and len(b) > 3 else b
    return b in _FORCE_PLACES or _civilian_word(w) or _own_place(b)


# Possessive pronouns on a noun (منازلهم، مواقعها، قاعدتهم).
_POSSESSIVES = tuple(normalize(w) for w in ("هما", "هم", "ها", "كم", "نا", "ه"))


def _own_place(b: str) -> bool:
    """A place noun with a possessive pronoun (قصف الميليشيا منازلهم، مواقعها، قاعدتهم)."""
    for e in _POSSESSIVES:
        stem = b.removesuffix(e)
        if stem != b and len(stem) > 2:
            stem = stem[:-1] + normalize("ة") if stem.endswith("ت") else stem
            if stem in _FORCE_PLACES or _civilian_word(stem):
                return True
    return False


# Adjectives of housing: what they describe is where civilians live (مناطق سكنية).
_RESIDENTIAL = {normalize(w) for w in ("سكني", "سكنية", "سكنيا", "سكنيه", "السكني", "السكنية")}


def _residential(s: Sentence, k: int) -> bool:
    """A noun described as residential (مجمعا سكنيا، مناطق سكنية، الأبنية السكنية)."""
    return k + 1 < s.end and s.norms[k + 1] in _RESIDENTIAL and s.norms[k].isalpha()


def _civilian_word(w: str) -> bool:
    """A place of civilians (منزل، مسجدا، الأحياء), in any case (بلدة as written: its ب is
    no preposition)."""
    return any(
        b in _CIVILIAN_PLACES or (b.endswith("ا") and b[:-1] in _CIVILIAN_PLACES)
        for b in (bare_word(w), bare(w))
    )


def _attacked_place(s: Sentence, r: _Reading) -> Actor | None:
    """A city that is the object of an attack, a siege or a raid (قصفت الطائرات حلب،
    محاصرة مدينة الفلوجة، هجوم على بلدة مضايا): the act hit that country there."""
    p = r.p
    if p.kind == "verb" and not r.src_phrases:
        return None  # احتلت مدينة مكة المرتبة الأولى: right after the verb, its subject
    own = {k for x in r.src_phrases for k in range(x.start, x.end)}
    # (سيطرت المقاومة الموالية للحكومة أمس على: past whom the doer serves and the day)
    served = {k for x in s.phrases if _after_loyal(s, x) for k in range(x.start, x.end)}
    cities = place_hits(s, ("city",))
    names, on = 0, False
    for k in range(p.end, min(p.clause.end, p.end + 12)):
        w = bare_word(s.norms[k])
        if k in own or (not on and (k in served or w in LOYAL_WORDS or w in TIME_WORDS)):
            continue
        if k in cities:
            h = cities[k]
            text = " ".join(s.words[h.start : h.end])
            t0, t1 = s.idx[h.start], s.idx[h.end - 1] + len(s.words[h.end - 1])
            return A.country(h.entry.get("iso3"), text, start=t0, end=t1)
        if s.norms[k] in ("علي", "ضد"):
            on = True
            continue
        if w in PLACE_NOUNS or w in _CAPITAL_WORDS:
            continue
        # على الحوطة عاصمة محافظة لحج: one word of a place the tables lack, then its province
        if not on or k in s.in_phrase or not s.norms[k].isalpha() or names:
            return None
        names += 1
    return None


# Nouns of a place's rank before the province it is in (عاصمة محافظة لحج).
_CAPITAL_WORDS = {normalize(w) for w in ("عاصمة", "مركز", "كبرى")}


def _after_loyal(s: Sentence, x: Phrase) -> bool:
    """The phrase is whom a loyalty word before it names (الموالية للحكومة), past a title
    with ل and its adjectives (الموالية للعقيد الراحل معمر القذافي, الموالين للزعيم السابق)."""
    k = x.start - 1
    while k > s.start and k > x.start - 4 and s.norms[k].startswith("ال"):
        if s.norms[k] in LOYAL_WORDS:
            return True
        k -= 1  # (السابق, اليمني: the title's adjectives)
    if k > s.start and k < x.start - 1 and s.norms[k].startswith("ل"):
        k -= 1  # (للرئيس: the title with ل)
    return k >= s.start and s.norms[k] in LOYAL_WORDS


def _reflexive_masdar(stem: str) -> bool:
    """A verbal noun of form VII, انفعال (انسحاب، انهيار): intransitive; not form VIII of
    a root in ن (انتقاد، انتهاك: transitive)."""
    return len(stem) == 6 and stem.startswith("ان") and stem[2] != "ت" and stem[4] == "ا"


def _verbs_before(s: Sentence, p: Predicate) -> list[str]:
    """The action ids of the verbs shortly before a noun in its clause (its governors)."""
    return [
        h.entry.get("action_id")
        for h in s.hits["trigger"]
        if h.kind == "verb" and p.clause.start <= h.start < p.start and p.start - h.end <= 8
    ]


def _judged_object(s: Sentence, p: Predicate) -> bool:
    """The noun is the object of a verb that judges or permits what others did, or of a
    judging noun with لـ (إدانة بلاده للهجوم, إدانة الحكومة لحادث اغتيال)."""
    bare_noun = not p.hit.first.prefix.lstrip("وف").startswith(("ب", "ل", "ك"))
    if any(
        (bare_noun and actions()[aid].plover in _JUDGING) or aid in _PERMITTING
        for aid in _verbs_before(s, p)
    ):
        return True
    # وصف المفتي حادثة التفجير بالعمل الإجرامي: what is described is someone else's act
    before = range(max(p.clause.start, p.start - 10), p.start)
    if bare_noun and any(s.norms[k] in _DESCRIBING_VERBS for k in before):
        return True
    prev = s.norms[p.start - 1] if p.start > p.clause.start else ""
    if prev == "في" and p.start - 2 >= p.clause.start and _inquiry(s.norms[p.start - 2]):
        return True  # سيقود تحقيقا في الهجوم: the attack investigated is someone else's
    lam = p.hit.first.prefix.lstrip("وف").startswith("ل") or prev in _EVENT_WORDS_WITH_LAM
    return lam and any(
        h.kind == "noun"
        and p.clause.start <= h.start < p.start
        and p.start - h.end <= 6
        and actions()[h.entry.get("action_id")].plover in _JUDGING
        for h in s.hits["trigger"]
    )


def _inquiry(w: str) -> bool:
    """تحقيق، تحقيقا، التحقيق، التحقيقات (with و/ف, ب/ل): an inquiry into something."""
    return bare_word(w).startswith("تحقيق")


# Verbs of describing or deeming (وصف X الهجوم بأنه جبان، اعتبر الحادث إرهابيا).
_DESCRIBING_VERBS = {
    normalize(p + w)
    for p in ("", "و", "ف")
    for w in (
        "وصف", "وصفت", "يصف", "تصف", "وصفوا", "اعتبر", "اعتبرت", "يعتبر", "تعتبر",
        # attending to it (تباشر الجهات الأمنية انفجارا: the services respond to it)
        "باشر", "باشرت", "يباشر", "تباشر", "باشروا", "عاين", "عاينت", "يعاين", "تعاين",
    )
}  # fmt: skip
# لحادث اغتيال, للعملية الإرهابية: an event named through a noun with لـ.
_EVENT_WORDS_WITH_LAM = {normalize(w) for w in ("لحادث", "لحادثة", "للحادث", "للحادثة", "لعملية")}


def _charge(s: Sentence, p: Predicate) -> bool:
    """The noun with بـ after an accusing verb is the charge (اتهمت المعارضة الحكومة
    بقصف المدنيين, اتهم إيران بدعم الإرهاب): what one side says the other did, coded
    as the accusation only (ندد باعتقال: the act denounced is another verb's)."""
    by = p.hit.first.prefix.lstrip("وف").startswith("ب")
    return by and "accuse" in _verbs_before(s, p)


@lru_cache(maxsize=1)
def _MUTUAL_IDS() -> frozenset[str]:  # noqa: N802
    return frozenset(a.id for a in actions().values() if a.mutual)


# ---------------------------------------------------------------- targets


def _read_targets(s: Sentence, r: _Reading) -> None:
    p = r.p
    used = {x.start for x in r.src_phrases}
    cands = _target_candidates(s, r, used)
    r.origin = _origin_after(s, p) if r.plover == "ASSAULT" else None
    if r.origin is not None:
        cands = [x for x in cands if x.actor is not r.origin]
    concept = _concept_after(s, p.end, p.clause.end)
    reach = _reach(s, r, adverbs=False)  # (a concept past an adverb is what is asked)
    if p.kind == "verb" and concept is not None and (p.hit.first.suffix or concept.start > reach):
        concept = None
    partner = next((a for a in p.args if a.how == "partner"), None)
    if partner is not None:
        cands, concept = list(partner.phrases), None
    if r.victims:
        cands, concept = list(r.victims), None
    elif p.passive or p.kind == "verb" or p.hit.entry.words[0] in VICTIM_NOUNS:
        # إصابة تسعة آخرين جراء قصف شنه الحوثيون، قتل جندي نتيجة إطلاق الميليشيا
        # قذائف: what follows a word of cause is the cause's, not the act's object
        cause = _cause_at(s, p.end, p.clause.end)
        cands = [x for x in cands if cause is None or x.start < cause]
    r.concept = concept
    r.targets = _choose_targets(s, r, cands, concept)
    _place_owner(s, r, cands)
    _taken_from(s, r)
    if action_is(r, "express_intent") and not r.actor_target:
        # أعرب عن استعداده للتعاون مع الولايات المتحدة: the intended event's partner
        partner = _complement_partner(s, p)
        if partner is not None:
            r.targets = [partner.actor]
    _unnamed_target(s, r)
    held = _held_by(s, p) if r.plover == "ASSAULT" else None
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
    if not r.targets and _preps(p.hit) and not r.victims:
        later = _own_prep_past_comma(s, p)
        r.targets = [later.actor] if later is not None else []
    _received(s, r)
    _sent_from(s, r)
    _request_addressee(s, r)
    _at_request(s, r)
    _lifted_from(s, r)
    _refused_partner(s, r)
    _armed_backed(r)


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
    end = max([p.end] + [x.end for x in r.src_phrases if x.start >= p.end])
    # (استقبل الملك سلمان بن عبدالعزيز آل سعود حفظه الله الرئيس المصري: the rest of the
    # name and a blessing are no words of the clause)
    k = _past_name_rest(s, _past_served(s, r, end), s.end)
    if end > p.end:
        k = _past_quoted_adjectives(s, k)
    if not adverbs:
        return k + 4
    k += _adverb_run(s, k)
    return k + _count_run(s, k) + 4


def _adverb_run(s: Sentence, k: int) -> int:
    """How many tokens from ``k`` tell only when or how (أمس، اليوم الجمعة، ليل الجمعة
    السبت، أول من أمس، قبل أيام، بشدة، ذبحا): an adverb between the verb's subject and
    its object takes no place of the object's (قصفت المقاتلات ليل الجمعة السبت مواقع
    الحزب)."""
    j = k
    while j < s.end:
        if s.norms[j] in TIME_WORDS or s.norms[j] in _MANNER or s.norms[j] in _MANNERS:
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


def _past_quoted_adjectives(s: Sentence, k: int) -> int:
    """Past the mark closing a subject's name and the adjectives after it (أعدم تنظيم
    «داعش» الإرهابي أكثر من ...): they describe the subject, the object comes after."""
    if k >= s.end or s.norms[k] not in _CLOSING_QUOTES:
        return k
    k += 1
    while k < s.end and adjective_like(s.norms[k], True) and s.norms[k] not in FUNCTION_WORDS:
        k += 1
    return k


def _count_run(s: Sentence, k: int) -> int:
    """How many tokens from ``k`` count the object that follows (أكثر من ألفي شخص، 21
    على الأقل من أفراد، «33» داعشيا): a count takes no place of its object's."""
    j, counted = k, False
    while j < s.end:
        w = s.norms[j]
        if counts(s, j) or (counted and (w == "من" or w in QUOTE_MARKS or w in _CLOSING_QUOTES)):
            counted = counted or counts(s, j)
        elif counted and s.norms[j : j + 2] == AT_LEAST:
            j += 1
        elif w not in QUOTE_MARKS:
            break
        j += 1
    return j - k if counted else 0


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
    normalize(w) for w in ("بدعم", "بمساندة", "بإسناد", "باسناد", "بمشاركة", "بغطاء", "بمؤازرة")
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
    if p.kind == "noun":
        # في الحرب السورية لا يمثل مقاتلو داعش: a negated verb the tables do not know
        # opens a clause of its own, out of the noun's reach
        stop = next((k for k in range(p.end, p.clause.end) if s.norms[k] in _VERB_NOT), s.end)
        after = [x for x in after if x.start < stop] + _aimed_in_relative(s, r)
        after += _exposed_in_relative(s, r.p)
        # (اعتقاله من قبل الشرطة: the one its pronoun stands for, see _pronoun_patient)
        back = next((a for a in p.args if a.role == "obj" and a.how == "back"), None)
        after = list(back.phrases) if back is not None and back.phrases else after
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


# Prepositions of what an act is aimed against (ضد المدنيين، بحق الشعب).
_AGAINST = {normalize(w) for w in ("ضد", "وضد", "بحق")}


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


_NEAR = {normalize(w) for w in ("قرب", "بالقرب", "القريبة", "القريب", "قريبة", "قريبا", "مقربة")}


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
    again = next((x for x in cands if _subject_named_again(s, r, x)), None)
    if again is not None:
        # (the one met is the other state's party named past it)
        later = _party_past(s, r, again)
        cands = [later] + [x for x in cands if x is not again and x is not later]
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


def _subject_named_again(s: Sentence, r: _Reading, x: Phrase) -> bool:
    """التقى نائب الرئيس اليمني رئيس الوزراء خالد بحاح ... وزير الدولة الإماراتي، التقى
    سفير المملكة لدى كندا فهد السديري رئيس الوزراء الكندي: a named person right after a
    titled subject (or after its post, لدى X) is that subject named, not whom it met, when
    a party of another state follows."""
    if r.p.kind != "verb" or not r.src_phrases:
        return False
    src = r.src_phrases[-1]
    a = src.actor
    if src.start < r.p.end or a.type == "person" or not a.country:
        return False
    post = s.norms[src.end] == _AT_POST and any(
        y.start == src.end + 1 and y.end == x.start for y in s.phrases
    )
    if not (x.start == src.end or post) or x.actor.type != "person":
        return False
    if x.prefix not in ("", "ال") or x.actor.country not in (None, a.country):
        return False
    return _party_past(s, r, x) is not None


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
    before = [bare_word(s.norms[k]) for k in range(max(s.start, p.start - 2), p.start)]
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
    if not r.targets and asked is not None and asked.country and asked.id != asker.actor.id:
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


def _complement_object(s: Sentence, p: Predicate) -> Phrase | None:
    """The first actor right after an event noun that follows the trigger (its object,
    the owner of its object, or a nationality on it)."""
    nxt = next(
        (h for h in s.hits["trigger"] if p.end <= h.start <= p.end + 6 and h.kind == "noun"), None
    )
    if nxt is None:
        return None
    return next((x for x in s.phrases if nxt.end <= x.start <= nxt.end + 2), None)


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
    for k in range(p.end, min(s.end - 1, p.end + 16)):
        w = s.norms[k]
        held = k in starts and starts[k].actor.type == "group" and starts[k].actor.sector == "CVL"
        if w in CLAUSE_PUNCT or (k in starts and k not in own and not held):
            return None  # (ثلاثة أشخاص ينتمون: the people held, not their owner)
        if w not in AFFILIATION and w not in MEMBER_WORDS:
            continue
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


def _concept_after(s: Sentence, start: int, end: int) -> Hit | None:
    inside = {k for x in s.phrases for k in range(x.start + 1, x.end)}  # قوات الاحتلال
    return next(
        (
            c
            for c in s.hits["concept"]
            if start <= c.start < end
            and c.start not in inside
            and not (c.start > s.start and named_after(s.norms[c.start - 1]))  # قصر السلام
        ),
        None,
    )


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


def _invites_to_meeting(s: Sentence, trig: Hit) -> bool:
    """دعا X إلى + a meeting noun (past the inviter and the invited)."""
    for k in range(trig.end, min(s.end - 1, trig.end + 10)):
        if s.norms[k] in ("الي", "لحضور") and not _one_called_at(s, k + 1):
            return s.norms[k + 1] in _MEETING_NOUNS
        if s.norms[k].startswith("لل") and "ال" + s.norms[k][2:] in _MEETING_NOUNS:
            return True
        if s.norms[k] in CLAUSE_PUNCT:
            return False
    return False


# ---------------------------------------------------------------- is it an event?


def _survivor(s: Sentence, p: Predicate) -> Phrase | None:
    """The subject of a verb of surviving before من (محاولة) and the act: نجا وزير
    الداخلية من محاولة اغتيال."""
    k = p.start - 1
    if k > s.start and bare_word(s.norms[k]) in ("محاوله", "محاولات"):
        k -= 1
    if k <= s.start or s.norms[k] != "من":
        return None
    verb = next(
        (j for j in range(k - 1, max(s.start, k - 6) - 1, -1) if bare(s.norms[j]) in SURVIVE_VERBS),
        None,
    )
    if verb is None:
        return None
    return next((x for x in s.phrases if verb < x.start and x.end <= k and not x.governed), None)


def _read_in_context(s: Sentence, p: Predicate, action: ActionType) -> ActionType:
    """The action a word's context makes of it: الدعوة إلى الحوار is a call for talks,
    not an invitation; تعهد بمحاربة الجماعات is a threat, no promise."""
    if action.id == "invite" and (
        _calls_for(s, p) if p.kind == "noun" else _called_to(s, p) or _invited_to_nothing(s, p)
    ):
        return actions()["request"]
    if action.id == "pledge" and _force_vowed(s, p):
        return actions()["threaten"]
    return action


# How far past a vow "against" (ضد) may stand, past its subject, in its object (وعد
# الرئيس باتخاذ إجراءات صارمة ضد).
_AGAINST_REACH = 12


def _force_vowed(s: Sentence, p: Predicate) -> bool:
    """A vow whose object is force (تعهد أردوغان بمحاربة المسلحين، وعد بالرد بقوة), or
    measures against someone (وعد باتخاذ إجراءات أكثر حزما ضد المتمردين)."""
    against = next(
        (
            k
            for k in range(p.end, min(p.clause.end, s.end, p.end + _AGAINST_REACH))
            if s.norms[k] in ("ضد", "وضد")
        ),
        None,
    )
    # (تعهد بدعم الحكومة ضد الإرهاب: support against a foe is support)
    if against is not None and not any(
        p.end <= h.start < against and actions()[h.entry.get("action_id")].quad_class in (1, 2)
        for h in s.hits["trigger"]
    ):
        return True
    return any(
        p.end <= h.start <= p.end + 3
        and h.start < p.clause.end
        and action_plover(h) in ("ASSAULT", "COERCE")
        for h in s.hits["trigger"]
    )


def _sense_needs_met(s: Sentence, r: _Reading) -> bool:
    """What a sense of a word with other readings needs (actions.tsv's needs column)."""
    p, needs = r.p, r.p.hit.entry.get("needs")
    that = _warned_that(s, r) if needs == "threat" else None
    if that is not None:
        return _threatens_in_it(s, that)  # حذر من أن الرفض سيؤدي إلى حرب: a gloomy forecast
    if needs in ("actor", "threat") and not (r.actor_target or r.victims or _warned_act(s, r)):
        return False  # واجه التحديات, القضاء على الفقر, حذر من خطورة: another sense
    if needs in ("any", "hostile") and (not r.targets and not r.victims or _fell_in(s, r)):
        return False  # وقع الحادث, وقعوا في كمين: it happened, they fell; nothing signed
    if needs == "hostile" and not _hostile(s, r):
        return False  # تستهدف الدورات الشباب، العقوبات تستهدف أفرادا: aimed at, no attack
    if needs == "land" and not _territory_after(s, r):
        return False  # تحرير الأسعار, رئيس التحرير: no place taken
    if needs == "place" and not _reached_a_place(r):
        return False  # وصول التيار إلى السلطة, وصول قوات الشرطة إلى الوكر: no visit
    if needs == "prep" and (not _prep_follows(s, p.hit) or _other_sense_object(s, p)):
        return False  # حققت القوات تقدما، تحقيق الأهداف: achieved, not investigated
    if r.plover == "PROTEST" and p.kind == "noun" and _armed_genitive(s, p):
        return False  # أرتال وتجمعات داعش: an armed force's concentrations, no protest
    return _act_needs_met(s, r, needs)


def _armed_genitive(s: Sentence, p: Predicate) -> bool:
    at = p.end + 1 if p.end < s.end and s.norms[p.end] in MEMBER_WORDS else p.end
    gen = next((x for x in s.phrases if x.start == at and not x.governed), None)
    return gen is not None and gen.actor.sector in _FORCE_SECTORS


_JOINING = bare_word(normalize("نضم"))


def _enlisted(r: _Reading) -> bool:
    """Joining an armed group of no state (its only targets) is enlisting in it; so is
    joining any armed force for people who are no state (انضم مئات الشبان إلى الجيش: recruits;
    a state joining a coalition, انضمت تركيا إلى التحالف, takes part in it)."""
    armed = [t for t in r.targets if t is not None]
    if r.action.id != "consult" or _JOINING not in r.p.hit.entry.words[0] or not armed:
        return False
    if all(t.sector in _NON_STATE_ARMED for t in armed):
        return True
    state = any(a is not None and (a.sector == "GOV" or a.sector is None) for a in r.sources)
    return not state and all(t.sector in _FORCE_SECTORS for t in armed)


def _accident_toll(s: Sentence, r: _Reading) -> bool:
    """Killing or wounding in a report of an accident with no doer in its clause, or in
    the sentence right after one (وقتل 27 شخصا after the crash) with no doer at all."""
    if r.plover != "ASSAULT":
        return False
    if s.register == "accident" and not r.src_phrases:
        return True
    return s.carried == "accident" and not any(r.sources)


def _is_event(s: Sentence, r: _Reading) -> bool:
    """False where the clause makes the trigger a circumstance, a goal, an idea or
    something stopped, not a reported event (each rule says which)."""
    p = r.p
    if (_recipient(r.plover) and not r.actor_target) or _enlisted(r):
        # PLOVER: cooperation, aid and sanctions need a recipient; انضم إلى داعش، بتهمة
        # الانضمام لجماعة إرهابية: enlisting, no talks
        return False
    if not _sense_needs_met(s, r) or _fights_a_scourge(s, r) or _defence_named(r):
        return False
    if r.plover in ("ACCUSE", "REJECT") and not r.actor_target and _in_every_form(s, r.concept):
        return False  # أدانت الإرهاب بكل أشكاله: a stance on a kind of thing, no act judged
    if (
        _as_a_rule(s, p)
        or _claims_attack(s, r)
        or _elative(s, p)
        or _in_protest_at(s, p)
        or _since_anchor(s, p)
        or _manner_of_harm(s, p)
    ):
        # غالبا ما يكون احتجازهم على متن سفينة: what is done as a rule; تبنت ولاية سيناء
        # الهجوم: a claim of the attack, which is coded itself; منذ اجتياح الجماعة للمدينة:
        # the start of a span of time, an act before it, whoever did it; قتلهم ذبحا: how
        return False
    if _accident_toll(s, r):
        return False  # تحطمت الطائرة ما أسفر عن مقتل 17، أصيبت بالخطأ: no one attacked
    if s.register == "health" and r.plover == "ASSAULT" and _died_of_illness(s, r):
        return False  # تفشي مرض تنفسي أسفر عن مقتل عشرة: a disease killed them
    if _state_of_control(s, p):
        return False  # مناطق تحت سيطرة المعارضة, القرية التي يسيطر عليها داعش: who holds it
    if p.kind == "noun" and not _noun_is_event(s, r):
        return False
    if p.kind == "verb" and (not _verb_is_event(s, r) or _purpose_verb(s, p)):
        return False  # (لينضم إلى المجلس، كي يهاجموا: the purpose of the clause, not done)
    if p.kind == "verb" and _among_ills(s, p):
        return False  # ظلم وفقر وقتل: a noun among ills, though it reads as a verb
    if _purpose_noun(s, r):
        return False
    if p.kind == "participle" and _governed(s, p):
        return False  # لا مكان للمخربين: after a preposition the participle names doers
    if _habitual(s, p) or _given_as_reason(s, p):
        # الجماعات التي تقاتل قوات الحكومة: what the group does, described; لأنهم
        # يقتلون الأبرياء: a reason given
        return False
    if r.victims:
        p.clause.victims = True
        p.clause.victim_phrases += tuple(r.victims)
        s.victims.extend(a for x in r.victims for a in x.actors)
    return not (r.inherited and not r.src_phrases and not _carried_is_event(s, r))


# Nouns of forms and kinds (كل أشكال الإرهاب، الإرهاب بجميع صوره، في أي شكل كان).
_FORMS = {
    normalize(w)
    for w in (
        "شكل", "أشكال", "أشكاله", "أشكالها", "صور", "صوره", "صورها", "أنواع", "أنواعه",
        "أنواعها", "مظاهر", "مظاهره", "مظاهرها",
    )
}  # fmt: skip
_ALL_KINDS = GENERIC | {normalize(w) for w in ("شتى", "بشتى", "مختلف", "بمختلف", "بجميع", "بكافة")}


def _in_every_form(s: Sentence, concept: Hit | None) -> bool:
    """A concept in all its forms (كل أشكال الإرهاب، الإرهاب بكل أشكاله، في أي شكل كان):
    the kind of thing itself."""
    if concept is None:
        return False
    k = concept.start
    if k - 2 >= s.start and s.norms[k - 1] in _FORMS and s.norms[k - 2] in _ALL_KINDS:
        return True
    after = s.norms[concept.end : min(s.end, concept.end + 4)]
    return any(
        w in _ALL_KINDS and j + 1 < len(after) and after[j + 1] in _FORMS
        for j, w in enumerate(after)
    )


def _defence_named(r: _Reading) -> bool:
    """الدفاع عن الوطن، للدفاع عن الأراضي: a duty or an aim named by the verbal noun; a
    defence told has its verb (دافع ظريف عن الاتفاق) or its doer as genitive (دفاع
    الوزير عن القرار)."""
    if r.action.id != "defend" or r.p.kind != "noun":
        return False
    gen = r.p.arg("gen")
    return gen is None or not gen.phrases or r.src_phrases != gen.phrases


def _fights_a_scourge(s: Sentence, r: _Reading) -> bool:
    """محاربة الفساد، الحرب على المخدرات، التصدي للشائعات: force against a social ill is
    policy, no act on an actor; an actor named farther on (the committee's head, a
    prince it thanks) is not its object: the ill right after it is."""
    if r.plover not in ("ASSAULT", "COERCE") or r.victims:
        return False
    k = r.p.end
    if k < s.end and s.norms[k] in _BEFORE_SCOURGE:
        k += 1
    return k < s.end and bare_word(s.norms[k]) in SCOURGES


# Prepositions between a verb of fighting and the ill fought (الحرب على، ضد، ل).
_BEFORE_SCOURGE = {"علي", "ضد", "ل"}


def _in_protest_at(s: Sentence, p: Predicate) -> bool:
    """احتجاجا على (in protest at) after another act of its clause (استدعت البحرين سفيرها
    احتجاجا على التصريحات) or past a comma after it (قررت سحب سفيرها، احتجاجا على), or
    fronted before its clause (واحتجاجا على القرار، أعلن النواب استقالتهم): the reason of
    that act, no protest of its own; an accusative opens no clause as its subject."""
    raw = strip_diacritics(s.words[p.start])
    if p.kind != "noun" or action_plover(p.hit) != "PROTEST" or not raw.endswith("ا"):
        return False
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    if prev in CLAUSE_PUNCT or p.start == s.start:
        return _fronted_reason(s, p)
    lo = max(p.clause.start, p.start - 12)
    return any(lo <= h.start < p.start for h in s.hits["trigger"])


def _fronted_reason(s: Sentence, p: Predicate) -> bool:
    """An accusative verbal noun opening its clause, a comma a few words on, then its
    clause (احتجاجا على الحكم، أضرب المحامون): fronted, as the reason of what follows;
    or a comma before it and an act before that (سحبت سفيرها، احتجاجا على)."""
    joined = p.hit.first.prefix.startswith("و")
    before = range(max(s.start, p.start - 12), p.start)
    if not joined and any(h.start in before for h in s.hits["trigger"]):
        return True
    # (joined by و, it may go on a list of predicates: كانت المقاطعة استجابة لـ، وتعبيرا
    # عن، واحتجاجا على القانون، وغياب: its clause follows the comma without و)
    comma = next((k for k in range(p.end, min(s.end - 1, p.end + 8)) if s.norms[k] in _COMMAS), 0)
    return bool(comma) and not (joined and s.norms[comma + 1].startswith("و"))


def _elative(s: Sentence, p: Predicate) -> bool:
    """أخطر الجماعات (the most dangerous of the groups), أبعد المناطق: a form of أفعل
    before a definite feminine plural is its elative; a verb would agree (أخطرت)."""
    w, nxt = s.norms[p.start], s.norms[p.end] if p.end < s.end else ""
    form = w[1:] if w.startswith("و") else w
    shaped = p.kind == "verb" and len(form) == 4 and form[0] in "اأ" and not p.hit.first.suffix
    return shaped and nxt.startswith("ال") and nxt.endswith("ات") and len(nxt) > 5


def _claims_attack(s: Sentence, r: _Reading) -> bool:
    """An intent (تبنى: adopted) whose object is an attack: claimed responsibility."""
    p = r.p
    if r.action.id != "express_intent":
        return False
    k = p.end
    while k < s.end and k in s.in_phrase:
        k += 1
    return any(h.start == k and action_plover(h) == "ASSAULT" for h in s.hits["trigger"])


def _purpose_verb(s: Sentence, p: Predicate) -> bool:
    """A present verb with the لام of purpose (لينضم، ليكون) or after كي / لكي: what
    the clause is for. Going out to protest is protesting (خرجوا ليتظاهروا)."""
    if p.hit.entry.get("tense") != "present" or action_plover(p.hit) == "PROTEST":
        return False
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    lam = p.hit.first.prefix.lstrip("وف").startswith("ل")
    return (lam or prev in PURPOSE) and p.start > p.clause.start


_PREPARING = {
    normalize(c + f)
    for past, present in PREPARING_VERBS
    for f in conjugate(past, present)
    for c in ("", "و", "ف", "س", "وس")
}


def _purpose_noun(s: Sentence, r: _Reading) -> bool:
    """A verbal noun with the لام of purpose after a verb of setting out, preparing or
    trying in its clause (توجهت القوات للسيطرة على أبين، حاولت التسلل لمهاجمة مواقع
    الجيش): what they went for, not done. Going out to protest is protesting."""
    p = r.p
    if p.kind != "noun" or r.plover == "PROTEST":
        return False
    if not p.hit.first.prefix.lstrip("وف").startswith("ل"):
        return False
    if any(x.start > p.start for x in r.src_phrases):
        return False  # تستعد الرياض للزيارة المرتقبة لوزير الخارجية: his, not theirs
    lo = max(p.clause.start, p.start - 8)
    if p.start > s.start and s.norms[p.start - 1] in _COMMAS:
        lo = max(s.start, p.start - _PAST_COMMA)  # (تتوجه القوات نحو لحج، لطرد المسلحين)
    return any(s.norms[k] in _PREPARING for k in range(lo, p.start))


# A comma between a clause and the لـ of its purpose, and how far back its verb may stand.
_COMMAS = {"،", ","}
_PAST_COMMA = 14


def _as_a_rule(s: Sentence, p: Predicate) -> bool:
    """An adverb of what is usual next to the trigger in its clause (غالبا ما، عادة
    ما، أحيانا، من حين لآخر): a habit or a rule, not one act."""
    return any(
        h.kind == "habit"
        and p.clause.start <= h.end  # (من حين لآخر تقع: its words may open the clause)
        and h.start < p.clause.end
        and (0 <= p.start - h.end <= 3 or 0 <= h.start - p.end <= 2)
        for h in s.hits["cue"]
    )


_FALLEN = {normalize(w) for w in ("أسرى", "أسيرا", "أسيرًا", "ضحية", "ضحايا", "قتلى", "جرحى")}
_CASUALTIES = (
    _FALLEN
    | _WOUNDED
    | {
        normalize(w)
        for w in (
            "القتلى", "قتيلا", "قتيلًا", "قتيل", "إصابات", "الإصابات", "خسائر", "الخسائر",
            "مصابين", "مقتل", "إصابة", "جريحا", "جريحًا", "والجرحى", "وجرحى", "ومصابين",
        )
    }
)  # fmt: skip


def _fell_in(s: Sentence, r: _Reading) -> bool:
    """A verb with في right after it and its subject, before any object: وقع الجنود
    في كمين is "fell into", وقعت الحادثة في is "happened in"."""
    if r.p.kind != "verb" or r.p.hit.first.suffix or "في" in _preps(r.p.hit):
        return False  # (تحاربها القوات في الأنبار: its object is the pronoun)
    k = max([r.p.end] + [x.end for x in r.src_phrases if x.start >= r.p.end])
    if k < s.end and bare_word(s.norms[k]) in _FALLEN:
        return True  # وقعوا أسرى، وقع ضحية: fell captive
    if k + 1 >= s.end or s.norms[k] not in ("في", "وفي"):
        return False
    # (وقع الوزيران في الرياض على اتفاقية: signed in a place)
    return not any(x.start == k + 1 and x.head in ("city", "country", "metonym") for x in s.phrases)


def _governed(s: Sentence, p: Predicate) -> bool:
    return p.hit.first.prefix.lstrip("وف").startswith(("ب", "ل")) or (
        p.start > p.clause.start and s.norms[p.start - 1] in PREPOSITIONS
    )


def _of_another_field(s: Sentence, p: Predicate) -> bool:
    """The event noun's own adjective names a field other than arms (الحرب الإعلامية)."""
    k = p.hit.end
    if k >= s.end:
        return False
    w = s.norms[k]
    w = w[2:] if w.startswith("ال") else w
    for end in ("يين", "يون", "يات", "يا", "يه", "ي"):
        if w.endswith(end):
            return w[: len(w) - len(end)] + "ي" in OTHER_FIELDS
    return False


# Social ills, and the ruin and wrongs named with acts of violence (الخراب والقتل، ظلم
# وفقر وقتل): a list with one of them names kinds of evil, not acts that happened (not
# فوضى: chaos names unrest itself, الفوضى والاحتجاجات may tell the protests).
_ILLS = {
    normalize(w)
    for w in (
        "إرهاب", "تطرف", "عنف", "فتنة", "طائفية", "غلو", "تكفير", "خراب", "دمار", "ظلم",
        "جور", "شر", "شرور", "حقد", "كراهية", "تشريد", "بؤس", "إجرام", "قهر",
        "استبداد", "طغيان", "دماء",
    )
}  # fmt: skip


def _among_ills(s: Sentence, p: Predicate) -> bool:
    """An event noun in a list of social ills (الإرهاب والتخريب، الخراب والقتل), definite
    or not (ظلم وجور وفقر وقتل): its conjuncts share its article."""
    definite = s.norms[p.start].startswith(("ال", "وال"))
    if not definite and s.norms[p.start].startswith(("لل", "بال", "فال")):
        return False

    def conjunct(w: str) -> bool:
        return w.startswith("وال") if definite else w[:1] == "و" and not w.startswith("وال")

    chain = []
    k = p.start
    while k > s.start and conjunct(s.norms[k]) and len(chain) < 3:
        k -= 1
        chain.append(s.norms[k])
    k = p.end
    while k < s.end and conjunct(s.norms[k]) and len(chain) < 6:
        chain.append(s.norms[k])
        k += 1
    # (an indefinite word after definite ills is no conjunct of theirs: والعنف وقتلوا)
    chain = [w for w in chain if definite or not w.startswith(("ال", "وال"))]
    return any(bare_word(w) in _ILLS or bare_word(w) in SCOURGES for w in chain)


_REFUSING = {
    normalize(w)
    for w in ("رفض", "رفضت", "رفضوا", "رفضا", "يرفض", "ترفض", "يرفضون", "امتنع", "امتنعت",
              "امتنعوا", "يمتنع", "تمتنع", "إفشال", "لإفشال")
}  # fmt: skip


def _refused(s: Sentence, p: Predicate) -> bool:
    """An act named as what is stopped (وقف إطلاق النار), what someone refuses (رفض
    البرلمان التوقيع، امتنعت عن التصويت), or a restriction lifted. (What one is kept
    from, prevented or held back, is negated in syntax: the policy decides on it.)"""
    if any(s.norms[k] in HALTING for k in range(max(s.start, p.start - 2), p.start)):
        return True
    verbs = {h.start: h for h in s.hits["trigger"] if h.kind == "verb"}
    restriction = action_plover(p.hit) in ("SANCTION", "COERCE")
    # (the refuser's name between does not count, nor its bracketed other name: امتنعت
    # وزارة الدفاع الأمريكية (البنتاغون) والبيت الأبيض عن مناقشة القرار)
    own = 0
    for k in range(p.start - 1, max(p.clause.start, p.start - _REFUSAL_REACH) - 1, -1):
        w = s.norms[k]
        if w in _REFUSING or w[1:] in _REFUSING:
            return True
        if k in verbs and restriction and action_plover(verbs[k]) == "CONCEDE":
            return True  # رفعت الولايات المتحدة العقوبات: the sanctions lifted
        if (w in CLAUSE_PUNCT and w not in _BRACKETS) or (k in verbs and w not in _REFUSING):
            return False
        own += k not in s.in_phrase and w not in _BRACKETS
        if own >= 5:
            return False
    return False


# How far back a verb of refusing may stand, past the refuser's name.
_REFUSAL_REACH = 12
_BRACKETS = ("(", ")")


_ANY = {normalize(w) for w in ("أي", "أية", "أيه")}


_OPERATION = {normalize(w) for w in ("عملية", "عمليات")}
_FINDING = tuple(normalize(w) for w in FOUND_STEMS)
_PRACTICE = tuple(normalize(w) for w in PRACTICE_STEMS)


# Adjectives of a standing state: الدعم المتواصل، التعاون المستمر are how things are.
_CONTINUING = {
    normalize(w)
    for w in ("المتواصل", "المستمر", "الدائم", "اللامحدود", "المتواصلة", "المستمرة", "الدائمة")
}


def _standing_support(s: Sentence, r: _Reading) -> bool:
    """الدعم المتواصل من خادم الحرمين، التعاون المستمر بين البلدين: support or
    cooperation as a standing state, no act told."""
    p = r.p
    return (
        r.plover in ("SUPPORT", "AID", "COOPERATE")
        and p.end < s.end
        and s.norms[p.end] in _CONTINUING
    )


def _any_such(s: Sentence, p: Predicate) -> bool:
    """أي اعتداء، أي عملية اقتحام، مواجهة أية تدخلات: any act of a kind, none in particular."""
    k = p.start - 1
    if k > s.start and s.norms[k] in _OPERATION:
        k -= 1  # أي عملية اقتحام: the quantifier of "operation"
    anyone = p.end < s.end and s.norms[p.end] in _ANY
    return anyone or (k >= s.start and s.norms[k] in GENERIC)


def _found_or_practised(s: Sentence, p: Predicate) -> bool:
    """A weapon found, seized or made safe (عثرت الشرطة على قذيفة قديمة، ضبط عبوة), or an
    act practised (أثناء تدريبهم على إطلاق النار): a word of it among the three before."""
    for k in range(p.start - 1, max(s.start, p.clause.start, p.start - 4) - 1, -1):
        w = s.norms[k]
        if w in CLAUSE_PUNCT:
            return False
        stems = {w, w[1:]} if w[:1] in ("و", "ف", "ب", "ل") else {w}
        if any(x.startswith(_FINDING) for x in stems) and p.hit.kind != "verb":
            return True
        if any(x.startswith(_PRACTICE) for x in stems):
            return True
    return False


# Nouns of striving, a part taken or their lack (جهود، جدية، تخاذل، مساهمة), in plain
# spelling with their pronouns: the fight they govern is a policy or an aim (جهود
# مكافحة الإرهاب، التخاذل في مكافحة داعش), no act told. (Resolve, تصميم على, makes the
# act intended: data/cues.tsv.)
_EFFORTS = {
    normalize(w)
    for w in (
        "جهود", "جهودا", "جهودها", "جهوده", "جهودهم", "جهودنا", "جهد", "جهدا", "مساعي",
        "مسعى", "جدية", "تخاذل", "تقاعس", "تهاون", "مساهمة", "صعوبة",
    )
}  # fmt: skip


_STRIVE_PREPS = {normalize(w) for w in ("في", "على")}
# (جهودها لكشف المسؤولين عن عملية الاختطاف: the act is another's, behind عن)
_OTHER_PREPS = {normalize(w) for w in ("عن", "ضد", "بشأن", "حول")}


def _striven_for(s: Sentence, r: _Reading) -> bool:
    """A verbal noun of force governed by a noun of effort, directly or past the noun's
    adjectives, its doer and a preposition (جهود التصدي للتنظيم، الجهود الدولية
    لمحاربة، جدية من تركيا في محاربة، التخاذل الدولي في مكافحة), or joined
    by و to one that is (الجهود لتقويض وتدمير): striven for, not done."""
    p = r.p
    if r.plover != "ASSAULT" or p.kind != "noun":
        return False
    acts = {h.start for h in s.hits["trigger"] if h.start < p.start}
    joined = p.hit.first.prefix.startswith("و")
    anchor = p.start  # (the act linked to the effort: this one, or the one it is joined to)
    for k in range(p.start - 1, max(p.clause.start, p.start - 6) - 1, -1):
        w = s.norms[k]
        if w in CLAUSE_PUNCT or w in _OTHER_PREPS:
            return False
        if bare_word(w) in _EFFORTS:
            return k == anchor - 1 or _strive_linked(s, anchor)
        if k in acts:
            if not (joined and k == p.start - 1):
                return False  # (الجهود لمساعدة أمريكا في تدمير: the help is striven for)
            joined, anchor = False, k
    return False


def _strive_linked(s: Sentence, k: int) -> bool:
    """The act at ``k`` comes with a preposition (لمحاربة، في مكافحة، على محاربة)."""
    return bare(s.norms[k]).startswith("ل") or (k > s.start and s.norms[k - 1] in _STRIVE_PREPS)


# Verbal nouns of violence that, definite and bare, name the kind (القتل: killing) or
# refer back to acts told elsewhere (الهجمات، الاعتداءات).
_KINDS_OF_VIOLENCE = {normalize(w) for w in ("قتل", "هجمات", "اعتداءات", "عمليات", "قتال")}
# Verbal nouns of crimes that name their kind in a list of definite ones (عمليات الخطف
# والاغتيال، تشمل الخطف والإعدام); alone they may tell one (حادثة الخطف، تنفيذ الإعدام).
_LISTED_KINDS = {normalize(w) for w in ("خطف", "اغتيال", "إعدام")}


def _kind_of_violence(s: Sentence, r: _Reading) -> bool:
    """القتل، القتال، الهجمات with the article (a plural also without it: سلسلة هجمات),
    no doer of their own (an agent, a nisba, a verb of doing: carried doers do not
    count), no victims and no one they hit: killing, fighting or attacks in general, or
    ones told elsewhere, not an act this sentence reports."""
    p = r.p
    if r.plover != "ASSAULT" or r.victims or r.actor_target or p.hit.first.suffix:
        return False
    plural = s.norms[p.start].endswith("ات")
    if ("ال" not in p.hit.first.prefix and not plural) or len(p.hit.entry.words) > 1:
        return False
    own = not r.inherited and any(x is not None for x in r.sources)  # (مسؤولية X عن)
    kind = bare_word(s.norms[p.start])
    return not own and (kind in _KINDS_OF_VIOLENCE or kind in _LISTED_KINDS and _listed(s, p))


def _listed(s: Sentence, p: Predicate) -> bool:
    """A definite noun with a definite conjunct right after it (الخطف والاغتيال), or one
    joined to a definite noun right before it (الخطف والإعدام)."""
    if p.end < s.end and s.norms[p.end].startswith("وال"):
        return True
    before = s.norms[p.start - 1] if p.start > s.start else ""
    return s.norms[p.start].startswith("وال") and before.startswith(("ال", "وال"))


# Verbal nouns of working together: alone they name a tie between parties (its growth,
# its fields, its importance); "with" someone's cooperation (بالتعاون مع) tells an act.
_RELATIONS = {normalize(w) for w in ("تعاون", "تنسيق")}


def _relation(s: Sentence, p: Predicate) -> bool:
    """تعاون، تنسيق as a noun, but not بالتعاون مع X (done with X's cooperation)."""
    return p.hit.entry.words[0] in _RELATIONS and "ب" not in p.hit.first.prefix


def _manner_of_harm(s: Sentence, p: Predicate) -> bool:
    """قتلت الجماعة قبل أيام ذبحا عشرة صيادين: a verbal noun of the manner (ذبحا، حرقا)
    after a verb of harm in its clause tells how that act was done, no act of its own."""
    if s.norms[p.start] not in _MANNERS:
        return False
    return any(
        h.kind == "verb" and p.clause.start <= h.start < p.start and p.start - h.end <= _MANNER_GAP
        for h in s.hits["trigger"]
    )


# The most words between a verb of harm and the manner it was done in (its subject, a time).
_MANNER_GAP = 8


def _noun_is_event(s: Sentence, r: _Reading) -> bool:
    p = r.p
    governed = _governed(s, p)
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    agentless = _agentless(r.plover)
    if governed and not p.first_in_clause and not r.src_phrases and not agentless:
        return False  # "... في الحوار مع دمشق": a circumstance of the clause's main event
    if _refused(s, p):
        # وقف دائم لإطلاق النار: stopping the shooting is not shooting; رفض البرلمان
        # التوقيع على الاتفاق: refused, so not done
        return False
    if prev in ("ضد", "وضد") or prev in LOCATIVES or _heads_of(s, p) & NOT_EVENT_HEADS:
        return False  # مسيرة ضد الحرب، وسط تجمع، حق التظاهر: opposed, a place, an idea
    if (
        _relation(s, p)
        or _in_a_name(s, p)
        or _judged_as(s, p)
        or _any_such(s, p)
        or _attributive(s, r)
        or _found_or_practised(s, p)
        or _standing_support(s, r)
        or _kind_of_violence(s, r)
        or _striven_for(s, r)
    ):
        # سيعزز التعاون: a tie named, no act told; أي اعتداء، كل أشكال العنف: a kind of
        # act, not one that happened; القوات
        # المشاركة في العملية: what they are; في مواجهة أية تدخلات: against any; عثر على
        # قذيفة: a thing found; تدريبهم على إطلاق النار: practice; جهود مكافحة
        # الإرهاب: striven for
        return False
    if _time_reference(s, p) and agentless and not r.src_phrases and not r.victims:
        if not (r.targets and _fought_with(s, r)):
            return False  # اعتقلت السلطات ناشطين بعد الاحتجاجات: background, not an event
    purpose = [k for k in range(max(s.start, p.start - 6), p.start) if s.norms[k] in PURPOSE]
    if (
        not p.first_in_clause
        and purpose
        and not any(purpose[-1] < h.start < p.start for h in s.hits["trigger"])
    ):
        return False  # "... من أجل خوض المفاوضات": the goal of the clause's main event
    if _generic(s, r) or _among_ills(s, p):
        # أكد أن الهجمات لا تحل المشكلات: attacks in general, none in particular; عانت
        # المملكة من التطرف والتفجيرات والتخريب: a kind of ill named with others
        return False
    if _aimed_at(s, p) or _purpose_lam(s, p) or _joined_to_purpose(s, p) or _guarded_against(s, p):
        # الهدف إغلاق السجن, دعا إلى إنهاء الحصار, حشد قواته لمهاجمة المدينة; لحماية
        # السكان من القصف: a danger guarded against
        return False
    if _pointed_back(s, p) or _judged_topic(s, p) or _charge(s, p) or _the_deal(s, r):
        # هذا التفجير, قصف المواقع ليس الحل: an act named again or judged; اتهمت المعارضة
        # الحكومة بقصف المدنيين: the charge, not an act told
        return False
    after_bg = any(s.norms[k] in BACKGROUND for k in range(max(s.start, p.start - 2), p.start))
    if p.clause.victims and not r.victims and (governed or after_bg):
        victims = p.clause.victim_phrases
        if not r.src_phrases or all(any(x is v for v in victims) for x in r.src_phrases):
            return False  # قتل ثلاثة جنود في هجوم (إثر انفجار): how they died, told already
    if len([a for a in r.sources if a is not None]) > 1 and r.action.id in _MUTUAL_IDS():
        return True  # ترأس X ونظيره Y جلسة مباحثات: talks with each other
    if not agentless and not (r.src_phrases or r.actor_target):
        # a verbal noun with neither agent nor actor target codes an event only with its
        # own preposition: القضاء على الإرهاب, not "في الحوار"
        ends_in_prep = p.hit.entry.words[-1] in _preps(p.hit)
        genitive_object = r.concept is not None and r.concept.start == p.end
        follows = s.norms[min(p.end, s.end - 1)] in _preps(p.hit)
        return bool(r.targets) and (ends_in_prep or genitive_object or follows)
    return True


# Categories whose participles describe a noun (القوات المشاركة، الجهات الداعمة).
_TAKING_PART = frozenset({"COOPERATE", "SUPPORT", "AID"})


def _attributive(s: Sentence, r: _Reading) -> bool:
    """A definite participle (مُفاعِلة) of taking part right after a definite noun it
    agrees with is its adjective: الدول المشاركة، الخدمات المساندة (feminine after a
    feminine or non-human plural noun; a sound plural after the same plural)."""
    p = r.p
    w = s.norms[p.start]
    if r.plover not in _TAKING_PART or p.end - p.start != 1 or p.start == s.start:
        return False
    if not w.startswith("الم"):
        return False
    noun = s.norms[p.start - 1]
    if not noun.startswith(("ال", "وال", "بال", "لل")) or noun in FUNCTION_WORDS:
        return False
    if w.endswith(("ين", "ون")):
        return noun.endswith(w[-2:])
    broken = not noun.endswith(("ين", "ون", "ي", "ا"))
    return w.endswith("ه") and (noun.endswith(("ه", "ات")) or broken)


# Spans of time between a preposition of time and من (قبل يوم واحد من، بعد أيام من).
_SPANS = {
    normalize(w)
    for w in (
        "يوم", "يومين", "أيام", "ساعة", "ساعتين", "ساعات", "دقائق", "دقيقة", "أسبوع",
        "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور", "عام", "عامين", "أعوام", "سنة",
        "سنتين", "سنوات", "واحد", "واحدة", "قليل", "قليلة", "بضعة", "بضع", "عدة", "نحو",
    )
} | {normalize(w) for w in NUMBERS}  # fmt: skip
# Nouns of a phase of an event (بعد اندلاع الحرب، منذ بدء الاحتجاجات، قبل وقوع الهجوم).
_PHASES = {
    normalize(w)
    for w in (
        "اندلاع", "بدء", "بداية", "بدايات", "انطلاق", "انتهاء", "نهاية", "دخول", "وقوع",
        "حدوث", "تصاعد", "اشتداد", "تجدد", "مطلع",
    )
}  # fmt: skip


def _time_reference(s: Sentence, p: Predicate) -> bool:
    """An event noun after a preposition of time or cause, directly, past a span of time
    and من, or past a noun of its phase (بعد الاحتجاجات، قبل يوم واحد من الهجوم، بعد
    اندلاع الحرب), or joined by و to one that is (بعد احتلال المدينة وتهجير أهلها): it
    dates or explains the clause's own event."""
    if _dated_by(s, p.start):
        return True
    if not p.hit.first.prefix.startswith("و"):
        return False
    earlier = [
        h.start
        for h in s.hits["trigger"]
        if h.kind == "noun" and max(p.clause.start, p.start - 8) <= h.start < p.start
    ]
    between = s.norms[earlier[-1] : p.start] if earlier else []
    return bool(earlier) and not CLAUSE_PUNCT.intersection(between) and _dated_by(s, earlier[-1])


def _dated_by(s: Sentence, start: int) -> bool:
    k = start - 1
    if k > s.start and s.norms[k] == "من":
        k -= 1
        while k > s.start and start - k <= 5 and s.norms[k] in _SPANS:
            k -= 1
    elif k > s.start and (s.norms[k] in _PHASES or bare_word(s.norms[k]) in _PHASES):
        # (بداية, بدء: their ب is no clitic)
        k -= 1
        if s.norms[k] in _AT_A_PHASE:
            return True  # في بداية الحرب، مع اندلاع المعارك: when it began
    return k >= s.start and s.norms[k] in BACKGROUND


def _since_anchor(s: Sentence, p: Predicate) -> bool:
    """An act right after منذ, past a noun of its phase or أن (منذ اجتياح الجماعة للمدينة،
    ومنذ بدء الحملة، منذ أن هاجمت): the point a span of time counts from, an act told as
    known already, not reported, though its doer is named."""
    k = p.start - 1
    if k > s.start and (s.norms[k] in _PHASES or bare_word(s.norms[k]) in _PHASES):
        k -= 1
    elif k > s.start and s.norms[k] in _SINCE_THAT:
        k -= 1
    return k >= s.start and bare(s.norms[k]) == _SINCE


_SINCE = normalize("منذ")
_SINCE_THAT = {normalize(w) for w in ("أن", "ان", "ما")}  # (منذ أن، منذ ما)
# Prepositions of the time of a phase (في بداية الحرب، مع اندلاع المعارك، عند بدء).
_AT_A_PHASE = {normalize(w) for w in ("في", "وفي", "مع", "ومع", "عند", "وعند")}


def _generic(s: Sentence, r: _Reading) -> bool:
    """A definite event noun (الاعتقالات، التخريب) with no doer, no target and no victim
    in a sentence that names no actor, no place and no day speaks of such acts in general."""
    if "ال" not in r.p.hit.first.prefix or r.src_phrases or r.targets or r.victims:
        return False
    dated = any(bare_word(w) in TIME_WORDS for w in s.norms[s.start : s.end])
    return not any(r.sources) and not s.hits["actor"] and not dated


_FORCES = {normalize(w) for w in ("قوات", "قوة", "وزير")}


# Between a word of aim and its verbal noun: a copula, "only", the aim's own adjective
# (الهدف الوحيد هو اعتقال المتهمين، الهدف كان فقط هدم المسجد).
_AIM_LINKS = {
    normalize(w)
    for w in (
        "هو", "هي", "كان", "كانت", "يكون", "تكون", "الوحيد", "الوحيدة", "الرئيسي",
        "الرئيسية", "الأساسي", "الأساسية", "الأول", "الأولى", "الأهم", "الأبرز",
    )
} | NOT_ONLY  # fmt: skip
# Prepositions that bring in the verbal noun a word of aim or request governs
# (سعى إلى، العمل على، طالب بـ، دعا لـ).
_AIM_PREPS = {normalize(w) for w in ("إلى", "الى", "على", "ب", "ل", "من", "في")}


def _aimed_at(s: Sentence, p: Predicate) -> bool:
    """A verbal noun governed by a word of aim, need, duty or commitment, or by a
    request (ضرورة وقف القتال، يعمل على تحرير المدينة، التزام الحكومة بالإفراج،
    طالب الادعاء بالسجن، دعت إلى إنهاء الحصار): what is sought, not what happened.
    The request is coded by its own verb; the object of what is sought is sought too
    (الهدف إغلاق السجن)."""
    return _aimed_from(s, p.start, p.hit.first.prefix, p.hit)


def _aimed_from(s: Sentence, start: int, prefix: str, own: Hit, depth: int = 0) -> bool:
    k = start - 1
    while k >= s.start and k in s.in_phrase and start - k <= 6:
        k -= 1  # the one committed or asked (التزام الحكومة الأمريكية بـ، طالب الادعاء بـ)
    while k > s.start and start - k <= 5 and s.norms[k] in _AIM_LINKS:
        k -= 1  # (الهدف هو إغلاق السجن، الهدف كان فقط هدم المسجد)
    steps = 0
    while k > s.start and steps < 2 and prefix[:1] not in ("ب", "ل"):
        w = bare_word(s.norms[k])
        if w not in _LIGHT and s.norms[k] not in _ELATIVES:
            break
        k, steps = k - 1, steps + 1  # (على أهمية تعزيز التعاون، يجب إيقاع أشد العقوبات)
    heads = {k}
    if k >= s.start and s.norms[k] in _AIM_PREPS:
        heads.add(k - 1)  # (يسعى إلى السيطرة، العمل على تحرير)
        j = k - 1
        while j > s.start and j in s.in_phrase and k - j <= 6:
            j -= 1  # (حق الموظفين في الإضراب، قدرة الجيش على: past whose aim or right)
        heads.add(j)
    j = k
    while j > s.start and k - j < 2 and s.norms[j].startswith("ال"):
        j -= 1  # (تستطيع السلطات العسكرية اعتقال: past a subject not read as an actor)
    if j < k and bare(s.norms[j])[:1] in ("ي", "ت", "ن"):
        heads.add(j)  # (only after a present verb of ability or duty)
    if any(h.end - 1 in heads and h.kind in ("goal", "request") for h in s.hits["cue"]):
        return True
    for h in s.hits["trigger"]:
        if h is own or h.end - 1 not in heads:
            continue
        if action_plover(h) in ("REQUEST", "REJECT"):
            return True  # (طالب بالإفراج، رفض المشاركة في القتال)
        # the genitive of an aimed verbal noun (إغلاق السجن)
        if depth == 0 and h.kind == "noun" and h.end == start and prefix[:1] not in ("ب", "ل"):
            return _aimed_from(s, h.start, h.first.prefix, h, 1)
    return False


# Verbal nouns of furthering or settling that pass an aim on to their genitive.
_LIGHT = {
    normalize(w)
    for w in (
        "تعزيز", "تطوير", "توسيع", "تفعيل", "مواصلة", "استمرار", "تكثيف", "زيادة",
        "حل", "إعادة", "استئناف", "تحقيق", "بدء", "إيقاع", "اتخاذ",
    )
}  # fmt: skip
# Elatives between a verbal noun and its genitive (إيقاع أشد العقوبات).
_ELATIVES = {normalize(w) for w in ("أشد", "أقسى", "أقصى", "أقوى")}


# Words that take a verbal noun with لـ as their object, not as a purpose: تعرض
# لهجوم (came under attack), أدى لمقتل (led to the killing), ردا لـ, نتيجة لـ, توجيه
# X لضربة (X directed a strike).
_LAM_GOVERNORS = {
    normalize(w)
    for w in (
        "تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "تعرضا", "تعرضه", "تعرضها", "تعرضهم",
        "أدى", "أدت", "يؤدي", "تؤدي", "أديا", "نتيجة", "ضحية", "ضحايا", "عرضة", "خضع",
        "خضعت", "يخضع", "تخضع", "إدانة", "إدانته", "إدانتها", "إدانتهم", "استنكار",
        "رفض", "رفضه", "رفضها", "تأييد", "تأييده", "تأييدها", "دعمه", "دعمها", "تبني",
        "تبنيه", "تبنيها", "مسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "ذكرى",
        "تصدى", "تصدت", "تصدوا", "يتصدى", "تتصدى", "التصدي", "تطرق", "تطرقت", "يتطرق",
        "تتطرق", "استجاب", "استجابت", "يستجيب", "تستجيب", "استجابة",
        # verbal nouns of doing, their doer's genitive, then لـ on what was done
        # (توجيه الولايات المتحدة لضربة جوية، تنفيذ التنظيم لهجمات)
        "توجيه", "تنفيذ", "ارتكاب",
    )
}  # fmt: skip


_HELPING = {"SUPPORT", "AID", "COOPERATE"}


# Words of protecting someone from something (حماية المدنيين من القصف، يحمي، وقاية).
_PROTECTING = {
    normalize(w)
    for w in ("حماية", "حمايتهم", "حمايتها", "يحمي", "تحمي", "يحمون", "نحمي", "وقاية", "تحصين")
}
_FROM = normalize("من")


def _guarded_against(s: Sentence, p: Predicate) -> bool:
    """An event noun after the من of a word of protecting, past whom it protects (لحماية
    أنفسهم من اعتداءات المستوطنين، حماية المدينة، على الأقل، من القصف): a danger guarded
    against, not an act told."""
    k = p.start - 1
    if k <= s.start or s.norms[k] != _FROM:
        return False
    for j in range(k - 1, max(s.start, k - 6) - 1, -1):
        if bare_word(s.norms[j]) in _PROTECTING or s.norms[j] in _PROTECTING:
            return True
        if any(h.start <= j < h.end for h in s.hits["trigger"]):
            return False  # (another act between: its own من)
    return False


# "That is" resuming the clause before (وذلك لمنع التسلل): what follows with لـ is its aim.
_THAT_IS = {normalize(w) for w in ("وذلك", "ذلك")}


def _purpose_lam(s: Sentence, p: Predicate) -> bool:
    """لـ + a verbal noun after a clause that has its verb is the clause's purpose
    (حشدت الجماعة مقاتليها لمهاجمة المدينة): the goal of the act told, not an act of
    its own. Not after a word that takes it as its object (تعرض لهجوم، أدى لمقتل), nor
    where it opens its clause; going out to protest is protesting (خرجوا للاحتجاج);
    an intention to do it is coded as one (أي نية لمهاجمة فنلندا). After "not only" it
    is a purpose too (ليس فقط لطرد المقاتلين بل ...); in a relative clause with its
    subject, after the clause's verb (الخطوات التي اتخذتها الحكومة لدعم الشراكة)."""
    if not p.hit.first.prefix.lstrip("وف").startswith("ل") or action_plover(p.hit) == "PROTEST":
        return False
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    before = s.norms[max(s.start, p.start - 12) : p.start]
    if prev in NOT_ONLY or prev == "بل" and NOT_ONLY.intersection(before):
        return True  # ليس فقط لطرد المقاتلين بل لاعتقال قادتهم
    if prev in _THAT_IS and p.hit.entry.get("action_id") not in VICTIM_ACTIONS:
        return True  # أغلقت المعابر، وذلك لمنع التسلل (not a death: وذلك لمقتل، its cause)
    if prev in _COMMAS and _verb_before_comma(s, p):
        return True  # وافقت على أن تستعمل الطائرات القاعدة، التي تقع قرب الحدود، لضرب
    relative = p.clause.kind == "relative" and p.clause.subject is not None
    untold = p.first_in_clause and _after_untold_verb(s, p)
    if p.first_in_clause and not (relative or untold):
        return False
    if prev in CLAUSE_PUNCT:
        return False
    # (أدى القصف العنيف على المخيم لمقتل عدد من الأطفال: the verb governs it from afar)
    if any(
        s.norms[k] in _LAM_GOVERNORS or bare(s.norms[k]) in _LAM_GOVERNORS
        for k in range(p.clause.start, p.start)
    ):
        return False
    cues = [h for h in s.hits["cue"] if p.clause.start <= h.start < p.start]
    if any(h.kind in ("intent", "hope") and p.start - h.end <= 2 for h in cues):
        return False
    verbs = [h for h in s.hits["trigger"] if h.kind == "verb" and h.start < p.start]
    clause_verb = cues or relative or untold or any(h.start >= p.clause.start for h in verbs)
    # (right after an act it completes: استنكارها لاختطاف; but support or aid for an act,
    # دعما للقضاء على داعش، تعاون لمحاربة الإرهاب, is for its goal)
    completed = {h.end - 1 for h in s.hits["trigger"] if action_plover(h) not in _HELPING}
    helped = p.start - 1 in {h.end - 1 for h in s.hits["trigger"]} - completed
    return helped or (bool(clause_verb) and p.start - 1 not in completed)


def _joined_to_purpose(s: Sentence, p: Predicate) -> bool:
    """A verbal noun joined by و to a لـ verbal noun that is no act of its own, after a
    clause with its verb (دربوا الشباب لمقاومة وصد هجمات الميليشيات، أيدوا الجهود
    لتقويض وتدمير التنظيم): the second shares the first's لـ, a purpose too."""
    if p.kind != "noun" or p.hit.first.prefix != "و":
        return False
    k = p.start - 1
    w = s.norms[k]
    if k <= p.clause.start or not w.startswith("ل") or w.startswith("لل") or len(w) < 5:
        return False  # (للمقاومة: "for the resistance", a body)
    if k in s.in_phrase or any(h.start <= k < h.end for h in s.hits["trigger"]):
        return False
    if any(bare(x) in _LAM_GOVERNORS for x in s.norms[p.clause.start : k]):
        return False  # (تعرض لقصف وتدمير: what it came under)
    hits = s.hits["trigger"] + s.hits["cue"]
    return any(p.clause.start <= h.start < k for h in hits) or _after_untold_verb(s, p)


def _verb_before_comma(s: Sentence, p: Predicate) -> bool:
    """A verb of an act a few words before the comma that stands before a لـ verbal noun,
    with no other stop between (أرسلت قواتها إلى الحدود، لمواجهة المسلحين): the clause
    whose purpose it is."""
    for k in range(p.start - 2, max(s.start, p.start - _PAST_COMMA) - 1, -1):
        if s.norms[k] in CLAUSE_PUNCT and s.norms[k] not in _COMMAS:
            return False
        if s.norms[k] in _LAM_GOVERNORS or bare(s.norms[k]) in _LAM_GOVERNORS:
            return False  # تصدت القوات، أمس، لهجمات: its object, not its purpose
        if any(h.start == k and h.kind == "verb" for h in s.hits["trigger"]):
            return True
    return False


# Nouns of a campaign or an effort: the act they are for is how they are waged.
_CAMPAIGNS = {normalize(w) for w in ("حملة", "حملات", "عملية", "عمليات", "جهود", "جهودها", "جهوده")}


def _after_untold_verb(s: Sentence, p: Predicate) -> bool:
    """A clause whose verb is no act of its own (وتواصل قوات الجيش تقدمها للسيطرة على
    المدينة، أمر بحشد المقاتلين لمهاجمة المدينة): an actor and a word of its own before
    the لـ noun, which then follows the clause; not a headline's actor and noun alone
    (قوات الأمن لمواجهة)."""
    before = [ph for ph in p.clause.phrases if p.clause.start <= ph.start and ph.end <= p.start]
    if not before or p.start - p.clause.start < 3 or action_plover(p.hit) in ("AID", "COOPERATE"):
        return False  # (خبراء موجودون لمساعدة الحوثيين: there to help, helping)
    if any(bare_word(s.norms[k]) in _CAMPAIGNS for k in range(max(s.start, p.start - 2), p.start)):
        return False  # أطلقت تركيا حملة جوية لقصف مواقع: the campaign is the shelling
    own = [k for k in range(p.clause.start, p.start) if k not in s.in_phrase]
    return any(s.norms[k] not in FUNCTION_WORDS and s.norms[k] not in CLAUSE_PUNCT for k in own)


_DEMONSTRATIVES = {
    normalize(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء", "وهذا", "وهذه")
}
# A copula or a verb of judging after a noun and its genitives: قصف المواقع ليس الحل،
# قتل النفس يعد من الكبائر.
_INNA_WORDS = {normalize(w) for w in ("إن", "أن", "وإن", "فإن", "بأن", "لأن")}
_TOPIC_JUDGED = {normalize(w) for w in ("ليس", "ليست", "لن", "لا", "هو", "هي")}


# "The agreement" with the clitics it takes (لدعم الاتفاق، بعد الاتفاق، من الاتفاق).
_THE_AGREEMENT = {normalize(c + "الاتفاق") for c in ("", "و", "ف", "ب", "ك", "وب")} | {
    normalize("للاتفاق"),
    normalize("وللاتفاق"),
}


def _the_deal(s: Sentence, r: _Reading) -> bool:
    """الاتفاق with no party of its own phrase and no على of its terms (قلق من أن يؤدي
    الاتفاق، بعد الاتفاق مع إيران، يعتبرون الاتفاق كارثيا): a deal known to the reader,
    named to speak about it, not one agreed in this sentence (اتفق الجانبان على، تم
    الاتفاق على، الاتفاق الأميركي مع تركيا: told, with its parties or terms)."""
    p = r.p
    if r.action.id != "agree" or p.kind != "noun" or r.src_phrases:
        return False
    if s.norms[p.start] not in _THE_AGREEMENT or (
        p.start > s.start and s.norms[p.start - 1] in DONE_TO
    ):
        return False
    # (الاتفاق على، الاتفاق المعقود بين أنقرة وواشنطن: its terms, its parties)
    return not any(s.norms[k] in ("علي", "بين") for k in range(p.end, min(s.end, p.end + 3)))


def _pointed_back(s: Sentence, p: Predicate) -> bool:
    """هذا التفجير، تلك الهجمات، مثل هذا العمل: an act the text has already told,
    named again to speak about it; not where a verb of the act follows and tells
    more of it (تلك الغارات استهدفت مدنيين)."""
    if p.start == s.start or s.norms[p.start - 1] not in _DEMONSTRATIVES:
        return False
    return not any(
        h.kind == "verb" and p.end <= h.start < p.clause.end
        and action_plover(h) == action_plover(p.hit)
        for h in s.hits["trigger"]
    )  # fmt: skip


# Predicates of a moral or legal judgement (قتل الأبرياء محرم، غير مقبول).
_MORAL = {
    normalize(w)
    for w in (
        "محرم", "محرمة", "حرام", "مرفوض", "مرفوضة", "ممنوع", "ممنوعة", "مدان", "مدانة",
        "جريمة", "جرم", "مستنكر", "مستنكرة", "مباح", "مباحة", "جائز", "جائزة", "محظور",
        "محظورة", "مشروع", "مشروعة",
    )
}  # fmt: skip


def _judged_topic(s: Sentence, p: Predicate) -> bool:
    """A verbal noun heading its clause whose predicate judges it (قصف مواقع المتمردين
    ليس الحل الأنسب، قتل النفس يعد من الكبائر، قتل الأبرياء محرم، غير مقبول): acts of
    that kind, spoken of."""
    if not p.first_in_clause or p.hit.first.prefix.lstrip("وف")[:1] in ("ب", "ل", "ك"):
        return False
    opener = range(p.clause.start, p.start)
    if len(opener) > 1 or any(s.norms[k] not in _INNA_WORDS for k in opener):
        return False  # (ستقدم المساعدة ليس ... فحسب: the object of a verb before it)
    # past the noun's own genitives and adjectives: a definite word or a construct
    # noun before one (قصف مواقع المتمردين); وفد يمثل المحافظة has a verb of its own
    for k in range(p.end, min(p.clause.end, p.end + 5)):
        w = s.norms[k]
        nxt = s.norms[k + 1] if k + 1 < s.end else ""
        moral = bare_word(w) in _MORAL or w == "غير" and not nxt.startswith("ال")
        if w in JUDGED_AS or bare(w) in JUDGED_AS or w in _TOPIC_JUDGED or moral:
            return k == p.end or s.norms[k - 1].startswith("ال")
        if not (w.startswith("ال") or nxt.startswith("ال")):
            return False
    return False


# Words of talk whose عن brings in what is talked about (الحديث عن اتصالات).
_TALK = {
    normalize(w)
    for w in (
        "الحديث", "حديث", "تحدث", "تحدثت", "تحدثوا", "يتحدث", "تتحدث", "يتحدثون", "نتحدث",
        "التحدث", "كلام", "الكلام",
    )
}  # fmt: skip
# Verbs whose object is a matter dealt with or weighed (تناول الاجتماع الهجوم، تطرق إلى
# الحرب، تنظر تركيا في دعوات، تدرس الحكومة فرض عقوبات).
_DEALT_WITH = {
    normalize(w)
    for w in ("تناول", "تناولت", "تناولا", "تناولوا", "يتناول", "تتناول", "تطرق", "تطرقت",
              "تطرقا", "تطرقوا", "يتطرق", "تتطرق", "تنظر", "ينظر", "نظر", "نظرت", "النظر",
              "تدرس", "يدرس", "درس", "درست", "يدرسون")
}  # fmt: skip
_DISCUSSING = frozenset({"consult", "hold_talks", "negotiate"})
# Prepositions of a matter (بشأن الاتفاق، حول الهجمات), and the nouns of news after which
# the matter is told as done (إعلان بشأن حدوث تفجير، أنباء حول اعتقاله).
_ABOUT = {normalize(w) for w in ("حول", "بشأن", "بخصوص", "إزاء", "حيال")}
_TOLD = {
    normalize(w)
    for w in (
        "إعلان", "إعلانه", "إعلانها", "بيان", "بيانا", "تقرير", "تقارير", "أنباء", "معلومات",
        "تصريح", "تصريحات", "خبر", "أخبار", "تفاصيل", "شهادة", "شهادات", "أدلة", "دلائل",
    )
}  # fmt: skip
# (تنسيق الهجمات: attacks coordinated are done; عقد alone is "contract", not "held talks";
# تداول صورا تظهر اعتقال: circulated what shows it)
_NOT_DISCUSSING = {normalize(w) for w in ("نسق", "تنسيق", "عقد", "تداول")}
_TOPIC_REACH = 8
_CLAUSE_OPENERS = COMPLEMENTIZERS | RELATIVES
# Words of relating whose بـ brings in a matter (القضايا المتعلقة بمواجهة داعش).
_RELATED = {
    normalize(w)
    for w in ("متعلقة", "متعلق", "متعلقين", "يتعلق", "تتعلق", "خاص", "خاصة", "الخاصة",
              "المتعلقة", "المتعلق")
}  # fmt: skip


def _talked_about(s: Sentence, p: Predicate) -> bool:
    """A verbal noun that is what a discussion, negotiation or talk is about, its object
    or after حول / بشأن / عن (سيزور موسكو لبحث الأزمة والحرب على الإرهاب، ناقشا التعاون
    في الحرب ضد داعش، تباحثا بشأن الغارات، الحديث عن اتصالات): a topic, not an event;
    the talks are coded by their own trigger. Back over the noun phrases of its clause to
    the word of talk, past no verb; with بـ or لـ it is how or why (بالتشاور وبموافقة
    الطرفين، بوساطة الاتحاد), not what is discussed, but after a word of relating
    (القضايا المتعلقة بمواجهة داعش)."""
    if p.kind != "noun":
        return False
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    if p.hit.first.prefix.lstrip("وف")[:1] in ("ب", "ل") and prev not in _RELATED:
        return False
    talks = {
        h.end - 1
        for h in s.hits["trigger"]
        if h.entry.get("action_id") in _DISCUSSING and h.entry.get("form") not in _NOT_DISCUSSING
    }
    verbs = {
        k
        for h in s.hits["trigger"] + s.hits["cue"]
        if h.kind in ("verb", "report", "request") and not masdar_reading(s, h)
        for k in range(h.start, h.end)
    }
    for k in range(p.start - 1, max(p.clause.start, p.start - _TOPIC_REACH) - 1, -1):
        w = s.norms[k]
        if k in talks or bare_word(w) in _DEALT_WITH:
            return True
        if bare(w) in _ABOUT and p.start - k <= 4:
            # (قراره بشأن ترحيل السجناء; إعلانه أمس بشأن حدوث تفجير tells it)
            told = {bare(w) for w in s.norms[max(s.start, k - 12) : k]}
            return not told & _TOLD and not {bare_word(w) for w in told} & _TOLD
        if w in RESPONSIBILITY:
            return False  # (حول مسؤولية النظام عن الهجمات: who did it, so it was done)
        if w == "عن" and k > s.start and bare_word(s.norms[k - 1]) in _TALK:
            return True
        if k in verbs or w in CLAUSE_PUNCT and w != "-" or w in _CLAUSE_OPENERS:
            return False
    return False


_HEAD_PREPS = {normalize(w) for w in ("في", "ب", "من")}


def _plain_adjective(w: str) -> bool:
    """An indefinite word without clitics that may be an adjective (حافل، طويل)."""
    return bare_word(w) == w and not w.startswith("ال") and len(w) >= 3


def _heads_of(s: Sentence, p: Predicate) -> set[str]:
    """The noun an event noun may be the genitive of (حق التظاهر، ساحات القتال), with and
    without its clitics; none when the word before it has the article (دول المنطقة
    بطلب: no idafa)."""
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    if prev in _HEAD_PREPS and p.start - 1 > s.start:
        head = s.norms[p.start - 2]  # المتهمين في الهجوم, الحق في التظاهر, النوع من الهجمات
        heads = {head, bare_word(head)}
        if prev != "ب" and p.start - 2 > s.start and _plain_adjective(head):
            # past the head's own adjective (تاريخ حافل في الاعتداء، تقليد طويل من الترحيب)
            heads |= {s.norms[p.start - 3], bare_word(s.norms[p.start - 3])}
        return heads
    if "ال" in prev[:4] and bare_word(prev) != prev:
        return set()
    heads = {prev, bare_word(prev)}
    if not p.hit.first.prefix.lstrip("وف").startswith("ب"):
        return heads
    # a head with its pronoun takes the act with بـ (لاتهامه بقتل); without بـ such a
    # head takes no genitive (قواتها لإطلاق نار: her forces, under fire)
    for pronoun in ("هم", "ها", "ه"):
        if bare_word(prev).endswith(pronoun) and len(bare_word(prev)) - len(pronoun) >= 3:
            heads.add(bare_word(prev)[: -len(pronoun)])
            break
    return heads


# Nouns of media and clubs named by the word after them (مجلة الدعوة، نادي هجر).
_TITLED = {
    normalize(w)
    for w in ("مجلة", "صحيفة", "جريدة", "قناة", "إذاعة", "برنامج", "نشرة", "كتاب", "نادي", "فريق")
}
# An interview is where something was said (في مقابلة تلفزيونية), no meeting.
_INTERVIEW = normalize("مقابلة")
_MEDIA_KINDS = {
    normalize(w) for w in ("تلفزيونية", "تلفزيونيه", "صحفية", "صحافية", "إذاعية", "متلفزة")
}


def _interview(s: Sentence, p: Predicate) -> bool:
    if bare_word(s.norms[p.start]) != bare_word(_INTERVIEW):
        return False
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    nxt = s.norms[p.end] if p.end < s.end else ""
    return prev in ("في", "وفي", "خلال") or nxt in _MEDIA_KINDS


def _in_a_name(s: Sentence, p: Predicate) -> bool:
    """An event noun with لـ after a body's noun and its own adjectives or names is
    part of the body's name: الهيئة الوطنية لمكافحة الفساد، مركز الملك سلمان للإغاثة;
    and an interview names where words were said (في مقابلة تلفزيونية), not a meeting."""
    if _interview(s, p):
        return True
    if not p.hit.first.prefix.lstrip("وف").startswith("ل") or p.hit.entry.words[0] in VICTIM_NOUNS:
        return False
    triggers = {h.start for h in s.hits["trigger"]}
    for k in range(p.start - 1, max(s.start, p.start - 6) - 1, -1):
        w = s.norms[k]
        if (w in BODY_NOUNS or bare_word(w) in BODY_NOUNS) and bare_word(w) not in _FORCES:
            return True  # (قوات الأسد لمقتل الأطفال: forces are actors, not a name)
        if k in triggers or w in CLAUSE_PUNCT or w in FUNCTION_WORDS or w in PREPOSITIONS:
            return False
        if not w.isalpha():
            return False
    return False


def _judged_as(s: Sentence, p: Predicate) -> bool:
    """An indefinite event noun soon after a verb of judging is what something is
    called (يعد جرما وعدوانا، تشكل اعتداء على الحقوق، بمثابة هجوم), not an event."""
    if "ال" in p.hit.first.prefix:
        return False
    triggers = {h.start for h in s.hits["trigger"]}
    for k in range(p.start - 1, max(p.clause.start, p.start - 4) - 1, -1):
        if s.norms[k] in JUDGED_AS or bare(s.norms[k]) in JUDGED_AS:
            # (يشكل اغتيال العميد الاعتداء الأخير: a verb first, the noun is its subject)
            return k > p.clause.start or k < p.start - 1 or s.norms[k] == "بمثابه"
        if k in triggers or s.norms[k] in CLAUSE_PUNCT:
            return False
    return False


_ESCALATION = {normalize(w) for w in ("تصعيد", "التصعيد", "عدوان", "العدوان")}
# "That" opening what a warning says will come (حذر من أن ...), bare or with the pronoun
# of whoever will do it (من أنه، من أنها).
_THAT = {normalize(w) for w in ("أن", "بأن")}
_THAT_DOER = {normalize(w) for w in ("أنه", "أنها", "أنهم", "أننا", "بأنه", "بأنها", "بأنهم")}
_THAT_ANY = _THAT | _THAT_DOER
_HOSTILE_PLOVER = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})


def _warned_that(s: Sentence, r: _Reading) -> int | None:
    """The index of أن in a warning's من أن (past the one warned: حذر المشرعين من أن),
    or None: such a warning says what will follow, not whom it warns off."""
    p = r.p
    for k in range(p.end, min(s.end - 1, p.end + 8)):
        if s.norms[k] in CLAUSE_PUNCT:
            return None
        if s.norms[k] == "من" and s.norms[k + 1] in _THAT_ANY:
            return k + 1
    return None


def _threatens_in_it(s: Sentence, k: int) -> bool:
    """What is warned of is a threat when one says he will do it (حذرت من أنها سترد) or
    it opens with a hostile act (حذر من أن أي هجوم سيقابل بالرد); a consequence foretold
    (سيؤدي إلى حرب، أن استمرار القصف سيشعل المنطقة) is a gloomy comment (CAMEO 012)."""
    if s.norms[k] in _THAT_DOER:
        return True
    at = k + 2 if k + 1 < s.end and bare_word(s.norms[k + 1]) == "اي" else k + 1
    return any(h.start == at and action_plover(h) in _HOSTILE_PLOVER for h in s.hits["trigger"])


def _warned_act(s: Sentence, r: _Reading) -> bool:
    """حذر من تصعيد عسكري، من أي هجوم: a warning against a hostile act is a threat even
    with nobody named; one of a risk (حذر من خطورة الوضع) is only a gloomy comment."""
    p = r.p
    if p.hit.entry.get("needs") != "threat":
        return False
    lo = next(
        (k + 1 for k in range(p.end, min(p.clause.end, p.end + 10)) if s.norms[k] == "من"), None
    )
    if lo is None:
        return False
    end = min(p.clause.end, lo + 4)
    if any(bare_word(s.norms[k]) in _ESCALATION for k in range(lo, end)):
        return True
    return any(
        lo <= h.start < end and action_plover(h) in ("ASSAULT", "COERCE", "MOBILIZE")
        for h in s.hits["trigger"]
    )


def _hostile(s: Sentence, r: _Reading) -> bool:
    """Aiming at someone is an attack when an armed force aims, an armed force is aimed
    at, or the sentence tells of arms or of an attack of its own."""
    armed = [x.actor for x in r.src_phrases] + list(r.targets)
    if any(a is not None and a.sector in _ARMED_SIDES for a in armed):
        return True
    return _arms_told(s, r)


# Sectors that bear arms, in any state's or group's service (the police and spies too).
_ARMED_SIDES = _FORCE_SECTORS | {"SEP", "RAD"}


def _arms_told(s: Sentence, r: _Reading) -> bool:
    """A weapon, or an attack of another trigger, in the sentence."""
    if any(w in WEAPONS or bare_word(w) in WEAPONS for w in s.norms[s.start : s.end]):
        return True
    return any(
        action_plover(h) == "ASSAULT" and h.entry.get("needs") != "violence"
        for h in s.hits["trigger"]
        if h is not r.p.hit
    )


def _died_of_illness(s: Sentence, r: _Reading) -> bool:
    """Deaths and wounds in health news with no doer, no weapon and no act of war in the
    sentence (only killing and wounding words): an illness took them."""
    if r.src_phrases or any(
        w in WEAPONS or bare_word(w) in WEAPONS for w in s.norms[s.start : s.end]
    ):
        return False
    return all(
        h.entry.get("action_id") == "kill" or h.entry.get("needs") == "violence"
        for h in s.hits["trigger"]
        if action_plover(h) == "ASSAULT"
    )  # (killing, and wounds that are attacks only where violence is told)


def _violent(s: Sentence, r: _Reading) -> bool:
    """A wound is an attack where the sentence tells of violence: a named agent (برصاص
    قناص، على يد مسلحين), a weapon, or an attack of its own (أصيب ثلاثة في هجوم)."""
    return any(x.actor.type != "concept" for x in r.src_phrases) or _arms_told(s, r)


def _armed_cause(s: Sentence, r: _Reading) -> Phrase | None:
    """أصيب خمسة إثر اقتحام قوات الاحتلال المخيم: the armed force whose act, told after a
    word of cause as a verbal noun and its genitive, hurt them."""
    k = _cause_at(s, r.p.end, min(r.p.clause.end, r.p.end + 8))
    if k is None or k + 2 >= s.end or not s.norms[k + 1].isalpha():
        return None
    x = next((x for x in s.phrases if x.start == k + 2 and not x.governed), None)
    return x if x is not None and x.actor.sector in _ARMED and x.actor.country else None


# (بغرض تفجير المسجد: a blast aimed at is none that happened)
_BEFORE_BLAST = {normalize(w) for w in ("قبل", "منع", "لمنع", "دون", "تفادي")} | PURPOSE


def _blast(s: Sentence, r: _Reading) -> bool:
    """A bomb (عبوة ناسفة، حزام ناسف) is a bombing where the sentence tells it went off,
    was set off or planted (انفجرت، انفجار، فجر، زرع); an attack with one (هجوم بسيارة
    مفخخة) is coded by its own trigger."""
    for k in range(s.start, s.end):
        w = s.norms[k]
        if (w in BLASTS or bare_word(w) in BLASTS) and s.norms[k - 1] not in _BEFORE_BLAST:
            return True  # (فككها قبل انفجارها: stopped before it went off)
    return any(
        h.entry.get("action_id") == "bomb" and h.entry.get("needs") != "blast"
        for h in s.hits["trigger"]
        if s.norms[h.start - 1] not in _BEFORE_BLAST and not _dawn_of(s, h.start)
    )


def _dawn_of(s: Sentence, k: int) -> bool:
    """فجر before a day or a time word is dawn (فجر الخميس، فجر يوم الحادث)."""
    after = s.norms[k + 1] if k + 1 < s.end else ""
    days = {after, bare_word(after)} & (TIME_WORDS | {"يوم"})
    return bare_word(s.norms[k]) == "فجر" and bool(days)


# The tanween marks (ً ٌ ٍ), which no verb takes.
_TANWEEN = ("\u064b", "\u064c", "\u064d")


def _with_tanween(s: Sentence, p: Predicate) -> bool:
    """A one-word verb written with tanween (قاتلاً، ذبحًا). Not a plural's final alif
    (شنواً هجوماً: a slip of the pen on وا)."""
    w = s.words[p.start]
    if p.end - p.start > 1 or not any(c in w for c in _TANWEEN):
        return False
    return not strip_diacritics(w).endswith("وا")


def _verb_is_event(s: Sentence, r: _Reading) -> bool:
    """تواصل مع is "contacted"; تواصل alone is "continues": a verb whose sense needs its
    preposition has it."""
    own = actions()[r.p.hit.entry.get("action_id")].plover  # before any re-reading
    if _with_tanween(s, r.p):
        return False  # سما قاتلاً: a word with tanween is a noun or an adjective, no verb
    subj = r.p.arg("subj")
    if subj is not None and subj.how == "kind":
        return False  # دول تستهدف السعودية: what a kind of thing does
    k = r.p.start - 2
    if r.sources == [None] and k >= s.start and s.norms[k] in GENERIC:
        return False  # أي اعتداء يستهدف حدودها: what any such act would do
    if k >= s.start and s.norms[k] in _ANY and r.p.hit.entry.get("tense") == "present":
        return False  # أي شخص يعذب حيوانا: what anyone who does it is
    if r.targets or not _preps(r.p.hit) or _agentless(r.plover) or _agentless(own):
        return True
    if _pronoun_object(r):
        return True  # اتهمهم بالتخطيط: whom the pronoun stands for is its object
    if sum(len(x.actors) for x in r.src_phrases) > 1 and r.action.id in _MUTUAL_IDS():
        return True  # عقد X وY: with each other
    return _prep_follows(s, r.p.hit) or (r.plover == "THREATEN" and _act_threatened(s, r.p))


def _pronoun_object(r: _Reading) -> bool:
    """A verb whose object pronoun stands for the one it is done to (اتهمه، حثهم). Not an
    agreement's (هدنة كان يلتزمها الطرفان: the truce they kept), nor a verb whose و may be
    the conjunction (وعدتها: and she counted it, عدّ)."""
    first = r.p.hit.first
    return (
        _has_object_pronoun(r.p)
        and r.plover != "AGREE"
        and not (first.stem.startswith("و") and "و" not in first.prefix)
    )


def _act_threatened(s: Sentence, p: Predicate) -> bool:
    """هددت الجماعة في فيديو بث على الإنترنت بقتل رهينة: a hostile act with ب later in
    the clause is what the threat is of."""
    return any(
        p.end < h.start < p.clause.end
        and "ب" in h.first.prefix
        and action_plover(h) in ("ASSAULT", "COERCE", "SANCTION")
        and threatened(s, p.hit, h)
        for h in s.hits["trigger"]
    )


def _carried_is_event(s: Sentence, r: _Reading) -> bool:
    """A clause without its own subject: a verbal noun inside a phrase (في الحوار مع,
    لمحاربة الإرهاب) is a goal, not a reported event."""
    p = r.p
    agentless = _agentless(r.plover)
    if p.kind == "noun":
        # a protest may be against a thing (مسيرة ضد الحرب), a goal may not
        if r.targets and not r.actor_target and r.plover != "PROTEST":
            return False
        if not agentless and (not r.targets or (_governed(s, p) and not p.first_in_clause)):
            return False
    said_by_speaker = p.speaker is not None and r.sources == [p.speaker]
    return not (p.kind == "verb" and not r.targets and (not agentless or said_by_speaker))


# ---------------------------------------------------------------- mentions


def _pledged_by_both_sides(r: _Reading) -> bool:
    """التزم الطرفان بوقف القتال: "the two sides" pledge, with no one else named, to
    each other (a pledge is to someone; the two sides are the two parties of a deal)."""
    return (
        r.action.id == "pledge" and not r.targets and any(x.pair is not None for x in r.src_phrases)
    )


def _finish(s: Sentence, r: _Reading, text: str) -> list[Mention]:
    sources = [x for x in r.sources if x is not None] or [None]
    if sources == [None] and r.origin is not None:
        # إطلاق صواريخ من جنوب لبنان على ...: fired from a country, by someone there
        o = r.origin
        sources = [A.country(o.country, o.text, start=o.start, end=o.end)]
    if (
        len(sources) > 1
        and not r.actor_target
        and (r.action.id in _MUTUAL_IDS() or _pledged_by_both_sides(r))
    ):
        # وقعت مصر والسعودية اتفاقية: each party acts towards the other
        out = []
        for a in sources:
            out += _emit(s, r, [a], [b for b in sources if b is not a], text)
        return out
    if sources == [None] and not r.p.negative_subject and not _agentless(r.plover):
        return []  # who did it is the point of a cooperative or verbal event
    return _emit(s, r, sources, r.targets, text)


def _in_place(s: Sentence, x: Phrase) -> bool:
    """في بغداد، في مدينة عدن: where, after في (and a place noun)."""
    k = x.start - 1
    if k > s.start and bare_word(s.norms[k]) in PLACE_NOUNS:
        k -= 1
    return k >= s.start and s.norms[k] in ("في", "وفي")


def _emit(
    s: Sentence, r: _Reading, sources: list, targets: list[Actor], text: str
) -> list[Mention]:
    """One mention per source and target (coordinated actors give one each)."""
    p = r.p
    t_start, t_end = s.idx[p.start], s.idx[p.end - 1] + len(s.words[p.end - 1])
    # a place in the source's own country is where it happened, not a target
    placed = {x.actor.id for x in s.phrases if _in_place(s, x)}
    src_countries = {x.country for x in sources if x is not None}
    targets = [t for t in targets if not (t.id in placed and t.country in src_countries)]
    out = []
    agentless = _agentless(r.plover)
    # a city is where, never who (المقاومة في مدينة قعطبة سيطرت: the resistance did)
    cities = [x.actor for x in s.phrases if x.head == "city"]
    sources = [None if any(src is c for c in cities) else src for src in sources]
    for src in sources:
        for tgt in targets or [None]:
            if src is not None and tgt is not None and src.id == tgt.id:
                if not agentless or len(sources) > 1:
                    continue
                src = None  # a protest or attack on its own source: the source is unknown
            if src is None and tgt is None and not agentless:
                continue
            attributed = p.attributed_to if p.attributed_to != src else None
            out.append(
                Mention(
                    sent_start=s.char_start,
                    sent_end=s.char_end,
                    source=src,
                    action_id=r.action.id,
                    action_text=text[t_start:t_end],
                    target=tgt,
                    negated=p.negated,
                    modality=p.modality,
                    attributed_to=attributed,
                    confidence=r.confidence - (0 if tgt is not None else _NO_TARGET),
                    register=s.register,
                    evidence=_evidence(s, r, src),
                    trigger_start=t_start,
                    trigger_end=t_end,
                )
            )
    return out


def _evidence(s: Sentence, r: _Reading, src: Actor | None) -> str:
    """How the mention was found, for the coding policy (kg.events)."""
    tags = []
    if r.inherited and src is not None:
        tags.append("source:inferred")
    elif r.withheld and src is None:
        tags.append("source:withheld")  # (no one in its clause did it: see kg.events)
    if r.p.hit.entry.get("alone") == "1" and r.p.kind != "participle":
        tags.append("trigger:alone")  # (للمخربين: the doers named, not a riot told)
    if (
        any(_late(s, x) for x in r.src_phrases)
        or _since_then(s, r.p)
        or _toll(s, r)
        or _formerly(s, r.p)
    ):
        tags.append("history")  # أسس المغفور له الملك عبدالعزيز: told of the dead
    if r.p.negated and (r.p.failed or r.p.negative_subject):
        tags.append("negation:failed")  # tried and failed, or done by no one expected to
    return " ".join(tags)


# What منذ counts from when it sums up years of acts (منذ 2013, منذ سنوات, منذ تشكيلها).
_LONG_SINCE = {
    normalize(w)
    for w in (
        "سنوات", "سنين", "أعوام", "عقود", "عقد", "زمن", "قرون", "تشكيل",
        "تشكيلها", "تشكيله", "تأسيس", "تأسيسها", "تأسيسه", "إنشاء", "نشأتها", "اندلاع", "بدء",
        "بداية", "انطلاق", "الإطاحة", "سقوط", "قيام", "ظهور", "تسلم", "توليه", "تولي",
    )
}  # fmt: skip


# Spans of months and years counted (منذ 6 سنوات، على مدى أربعة أشهر، طوال السنوات).
_LONG_SPANS = {
    normalize(w)
    for w in (
        "سنوات", "سنين", "أعوام", "عقود", "أشهر", "شهور", "عامين", "سنتين", "شهرين",
        "عقدين", "السنوات", "الأعوام", "العقود", "الأشهر", "الشهور", "سنة", "عاما", "شهرا",
    )
}  # fmt: skip
# Prepositions of a stretch of time (على مدى أربعة أشهر، طوال السنوات الماضية).
_OVER = {normalize(w) for w in ("مدى", "طوال", "طيلة", "وطوال", "وطيلة")}
# Wars and risings, whose toll (أسفر الصراع عن مقتل، أدى تمردها إلى مقتل) sums many acts.
_WARS = {normalize(w) for w in ("صراع", "نزاع", "حرب", "تمرد", "أزمة", "اقتتال")}
_RESULTING = {
    normalize(w)
    for w in ("أسفر", "أسفرت", "أدى", "أدت", "خلف", "خلفت", "حصد", "حصدت", "يسفر", "يؤدي")
}  # fmt: skip


def _counted_span(s: Sentence, k: int) -> bool:
    """A number of months or years from token ``k`` (6 سنوات، أربعة أشهر، السنوات)."""
    for j in range(k, min(s.end, k + 3)):
        w = s.norms[j]
        if w in _LONG_SPANS:
            return j == k or s.norms[j - 1].isdecimal() or s.norms[j - 1] in NUMBERS
        if not (w.isdecimal() or w in NUMBERS):
            return False
    return False


def _since_then(s: Sentence, p: Predicate) -> bool:
    """An event noun whose clause counts from long ago (الهجمات التي تشهدها سيناء منذ 2013,
    نفذت منذ تشكيلها 700 عملية, 15 ألف قتيل منذ 2009, منذ 6 سنوات) or over months or years
    (على مدى أربعة أشهر), or the toll of a war (أسفر الصراع عن مقتل): a sum of many acts,
    not one act reported. A verb (تقصف القوات المدينة منذ 2012) still tells what goes on."""
    if p.kind != "noun":
        return False
    for k in range(p.clause.start, min(s.end - 1, p.clause.end)):
        w = s.norms[k]
        if w in _OVER and _counted_span(s, k + 1) and _spans_it(s, p, k):
            return True
        if bare(w) in _RESULTING and any(
            _war_noun(s.norms[j]) for j in (k - 1, k + 1) if j >= s.start
        ):
            return True  # (the war's toll, whatever its sentence tells besides)
        if w == "منذ":
            if _counted_span(s, k + 1):
                return _spans_it(s, p, k)
            k += s.norms[k + 1] in ("عام", "العام", "سنة") and k + 2 < s.end  # منذ عام 2013
            w = s.norms[k + 1]
            return w.isdecimal() and len(w) == 4 or bare(w) in _LONG_SINCE
    return False


# "Formerly" (سابقا، في السابق) and years gone by (في الأعوام القليلة الماضية، خلال
# السنوات الأخيرة): an act they date is recalled, or a sum of years of acts.
_FORMERLY = normalize("سابقا")
_THE_FORMER = normalize("السابق")
_IN_OR_OVER = {normalize(w) for w in ("في", "وفي", "خلال", "وخلال", "طوال", "طيلة")}
_YEARS_GONE = {normalize(w) for w in ("السنوات", "الأعوام", "السنين", "العقود")}
_GONE_BY = {normalize(w) for w in ("الماضية", "الأخيرة", "القليلة", "الفائتة", "المنصرمة")}


def _formerly(s: Sentence, p: Predicate) -> bool:
    """سابقا or في السابق, or a span of past years (في الأعوام القليلة الماضية), in the
    act's clause with no other act between them (زار كينيا مرتين في السابق، وفي الأعوام
    الماضية احتجز مسلحون رهائن): recalled, not reported."""
    acts = [h.start for h in s.hits["trigger"] if h.start != p.start]
    for k in range(p.clause.start, min(s.end, p.clause.end)):
        if not _former_at(s, k):
            continue
        lo, hi = sorted((k, p.start))
        if not any(lo < a < hi for a in acts):
            return True
    return False


def _former_at(s: Sentence, k: int) -> bool:
    w = s.norms[k]
    if w == _FORMERLY:
        return True
    if k == s.start or s.norms[k - 1] not in _IN_OR_OVER:
        return False
    if w == _THE_FORMER:
        return True  # في السابق (not السابق alone: الرئيس السابق)
    return w in _YEARS_GONE and k + 1 < s.end and s.norms[k + 1] in _GONE_BY


# Counts of thousands (أكثر من أربعة آلاف، 15 ألف، ثلاثمائة ألف).
_THOUSANDS = {normalize(w) for w in ("ألف", "آلاف", "ألفا", "الف", "الاف", "مليون", "ملايين")}


def _toll(s: Sentence, r: _Reading) -> bool:
    """Killing counted in thousands (مقتل أكثر من أربعة آلاف شخص، نحو أربعة آلاف شخص
    قتلوا): a toll summed over a war or years, not one act reported."""
    if r.action.id != "kill" or r.p.kind == "participle":
        return False
    after = s.norms[r.p.end : min(s.end, r.p.end + 5)]
    if any(w in _THOUSANDS for w in after):
        return True
    # (a plural verb after its counted subject: آلاف شخص ... قتلوا)
    before = s.norms[max(r.p.clause.start, r.p.start - 6) : r.p.start]
    plural = r.p.kind == "verb" and s.norms[r.p.start].endswith("وا")
    return plural and any(w in _THOUSANDS for w in before)


def _spans_it(s: Sentence, p: Predicate, k: int) -> bool:
    """A span of time at ``k`` after the event noun, with no other event word between
    (المواجهات الدائرة منذ أربعة أشهر spans the clashes, not reinforcements before)."""
    return p.end <= k and not any(p.end <= h.start < k for h in s.hits["trigger"])


def _war_noun(w: str) -> bool:
    """الصراع، الحرب، تمردها: a war or a rising, with its article or a pronoun."""
    w = bare_word(w)
    for end in ("ها", "هم", "ه"):
        if w.endswith(end) and w[: -len(end)] in _WARS:
            return True
    return w in _WARS


_LATE_BEFORE = {normalize(w) for w in ("الراحل", "الفقيد")}
_LATE_AFTER = {normalize(w) for w in ("رحمه", "يرحمه", "طيب", "غفر")}  # رحمه الله, طيب الله ثراه


def _late(s: Sentence, x: Phrase) -> bool:
    """A doer called dead by an honorific: المغفور له, الراحل, رحمه الله."""
    before = s.norms[max(s.start, x.start - 2) : x.start]
    after = s.norms[x.end] if x.end < s.end else ""
    called = bool(before) and before[-1] in _LATE_BEFORE or before == ["المغفور", "له"]
    return called or after in _LATE_AFTER


# ---------------------------------------------------------------- sentence readings


# Verbs of attributing an act to someone (نسب إلى، نسبته الحكومة إلى) and the words that
# bring in whom (إلى, or لـ on the phrase).
_ATTRIBUTED = {
    normalize(c + w) for c in ("", "و") for w in ("نسب", "نسبت", "نسبته", "نسبوا", "نسبا")
}


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


def _claim_at(s: Sentence) -> tuple[int, Phrase] | None:
    """(token, claimer) of "هجوم تبنته طالبان", "نفذها الجيش", "أعلنت طالبان مسؤوليتها";
    else (no claim) of an attack laid to someone (نسب إلى)."""
    claim = _claim_made(s) if _CLAIM_WORDS.intersection(s.norms[s.start : s.end]) else None
    if claim is not None:
        return claim
    laid = next((k for k in range(s.start, s.end) if s.norms[k] in _ATTRIBUTED), None)
    x = _attributed_to(s, laid) if laid is not None else None
    return (laid, x) if x is not None else None


def _laid_act(s: Sentence, k: int, out: list[Mention]) -> Mention | None:
    """The last attack told before the verb of attributing at ``k``."""
    before = [
        m
        for m in out
        if m.trigger_start is not None
        and m.trigger_start < s.idx[k]
        and actions()[m.action_id].plover == "ASSAULT"
    ]
    return max(before, key=lambda m: m.trigger_start, default=None)


def _claim_made(s: Sentence) -> tuple[int, Phrase] | None:
    """(token, claimer) of a claim (تبنته، نفذها، أعلنت مسؤوليتها)."""
    for k in range(s.start, s.end):
        w = s.norms[k]
        b = bare(w)
        pronoun = next((e for e in ("هما", "هم", "ها", "ه") if b.endswith(e)), "")
        refers_back = bool(pronoun) and b[: -len(pronoun)] in CLAIM_VERBS
        responsibility = w in RESPONSIBILITY and any(
            s.norms[j] in CLAIM_REPORTS for j in range(max(s.start, k - 4), k)
        )
        if not (refers_back or responsibility):
            continue
        after = next((x for x in s.phrases if k < x.start <= k + 2 and not x.governed), None)
        before = next(
            (x for x in reversed(s.phrases) if x.end <= k and k - x.end <= 2 and not x.governed),
            None,
        )
        claimer = after if not responsibility else (before or after)
        if claimer is not None:
            return k, claimer
    return None


def _claimed(s: Sentence, out: list[Mention]) -> list[Mention]:
    """An attack someone claims or carried out (تبنته، نفذها) has them as its agent."""
    found = _claim_at(s)
    if found is None:
        return out
    k, claimer = found
    word = s.words[k]
    laid = _laid_act(s, k, out) if s.norms[k] in _ATTRIBUTED else None
    if laid is None and s.norms[k] in _ATTRIBUTED:
        return out
    kept = []
    for m in out:
        plover = actions()[m.action_id].plover
        if laid is not None and m is not laid:
            kept.append(m)  # (only the act told right before نسب إلى is laid to them)
            continue
        if m.action_text == word or (
            m.source is not None and m.source.id == claimer.actor.id and plover == "AGREE"
        ):
            continue  # تبنى here is claiming, not adopting a position
        if m.source is None and plover == "ASSAULT":
            same = m.target is not None and m.target.id == claimer.actor.id
            m = replace(m, source=claimer.actor, target=None if same else m.target)
        kept.append(m)
    return kept


def _implied(s: Sentence, out: list[Mention], preds: list[Predicate]) -> list[Mention]:
    """المتظاهرون رفعوا لافتات: protesters acting are a protest, whatever the verb."""
    coded = {m.action_id for m in out}
    attributed = preds[0].attributed_to if preds else None
    for x in s.phrases:
        implied = x.implies
        negated = any(s.norms[k] in NEGATORS for k in range(max(s.start, x.start - 2), x.start))
        if implied and not x.governed and implied not in coded and not negated:
            if _thing_in_construct(s, x) or _the_one(s, x):
                continue
            out.append(
                Mention(
                    s.char_start,
                    s.char_end,
                    x.actor,
                    implied,
                    s.words[x.start],
                    None,
                    attributed_to=attributed,
                    confidence=_FOUND["implied"],
                    register=s.register,
                    evidence="trigger:alone",  # protesters protesting need no other actor
                    trigger_start=s.idx[x.start],
                    trigger_end=s.idx[x.start] + len(s.words[x.start]),
                )
            )
            coded.add(implied)
    return out


# One protester, definite and singular, makes no crowd: the word is more often another
# sense (وينسى المتظاهر بالتقوى: one who pretends). Counted, the singular is a crowd (200
# متظاهر، مليون متظاهر).
_ONE_ACTOR = {normalize(w) for w in ("متظاهر", "محتج", "معتصم")}


def _the_one(s: Sentence, x: Phrase) -> bool:
    w = s.norms[x.start]
    return w.startswith(("ال", "وال", "فال")) and bare_word(w) in _ONE_ACTOR


def _thing_in_construct(s: Sentence, x: Phrase) -> bool:
    """One bare word before a definite noun that is no actor is in construct with a thing:
    مضرب المثل (a byword; a striker is مضرب عن), not one who acts; so is one before a
    proverb, with the article or not (مضرب مثل)."""
    if x.end - x.start != 1 or "ال" in x.prefix or x.end >= s.end:
        return False
    nxt = s.norms[x.end]
    if bare_word(nxt) in _EXAMPLES:
        return True
    return nxt.startswith("ال") and not any(y.start == x.end for y in s.phrases)


def place_of(s: Sentence) -> Actor | None:
    """Where the sentence happens: في + a country or capital, a place noun with a
    nisba (مدن إيرانية، العاصمة السودانية), or the subject of شهد (شهدت تركيا)."""
    triggers = {h.start for h in s.hits["trigger"]}
    for x in s.phrases:
        prev = s.norms[x.start - 1] if x.start > s.start else ""
        if x.actor.country is None or x.actor.type != "country":
            continue
        if prev in ("في", "وفي") or prev in PLACE_NOUNS or prev in WITNESS or prev in LOCATIVES:
            return x.actor  # (في مدينة حلب: the city is a place phrase of its own)
        if x.head == "demonym" and bare_word(prev) in PLACE_NOUNS:
            return x.actor  # قصف للمناطق الباكستانية, بالمدن الإيرانية: places of that state
        if x.head == "city" and in_place_noun(s.norms[x.start]):
            return x.actor  # بمنطقة عسير: "in" on the place noun of the name
        if any(s.norms[k] in WITNESS for k in range(x.end, min(s.end, x.end + 3))):
            return x.actor  # وكانت مدينة حلب تشهد معارك: the place that saw it
        if x.prefix == "بال" and prev.isalpha() and x.start - 1 not in triggers:
            if x.head != "role":  # (الدبلوماسي بالسفارة الأميركية: his post, not where)
                return x.actor  # مسجد بالكويت: in Kuwait (نددت بالكويت: an object)
    # بريف حلب, بمدينة حمص: a city after ب and a place noun, where no other place is said
    placed = next(
        (
            x.actor
            for x in s.phrases
            if x.head == "city" and x.start > s.start and in_place_noun(s.norms[x.start - 1])
        ),
        None,
    )
    return placed or _city_attacked(s)


def _city_attacked(s: Sentence) -> Actor | None:
    """غارات للتحالف على صعدة: a city an attack is on is where it happens."""
    attacks = [h.end for h in s.hits["trigger"] if action_plover(h) == "ASSAULT"]
    return next(
        (
            x.actor
            for x in s.phrases
            if x.head == "city"
            and x.start > s.start
            and s.norms[x.start - 1] in ("على", "علي")
            and any(0 < x.start - end <= 3 for end in attacks)
        ),
        None,
    )


def _protest_targets(out: list[Mention]) -> list[Mention]:
    """A protest with no target is against whom its protesters make demands of
    or denounce in the same sentence (تجمعوا ... مطالبين الحكومة بـ)."""
    addressed: dict[str | None, Actor] = {}
    for m in out:
        plover = actions()[m.action_id].plover
        if plover in ("REQUEST", "ACCUSE", "REJECT") and m.target is not None and m.source:
            if m.target.type != "concept":
                addressed.setdefault(m.source.id, m.target)
    if not addressed:
        return out
    return [
        replace(m, target=addressed[m.source.id])
        if m.target is None
        and m.source is not None
        and m.source.id in addressed
        and actions()[m.action_id].plover == "PROTEST"
        else m
        for m in out
    ]


# Words of a protest at something (احتجاجا على، تنديدا بـ) and the prepositions after them.
_PROTEST_AT = {normalize(w) for w in ("احتجاجا", "احتجاجاً", "تنديدا", "تنديداً")}
_AT = {normalize(w) for w in ("على", "علي", "ضد")}
_PROTESTED_REACH = 4


def _protested_doers(s: Sentence, out: list[Mention]) -> list[Mention]:
    """تظاهر الأكراد في أربيل احتجاجا على الغارات التركية: a protest with no target but
    where it was held is against the doer of the act it protests at (named soon after
    احتجاجا على), not the government of that place."""
    todo = [
        m
        for m in out
        if actions()[m.action_id].plover == "PROTEST"
        and (m.target is None or (m.target.type == "country" and m.target.sector is None))
    ]
    at = next((k + 1 for k in range(s.start, s.end - 1) if s.norms[k] in _PROTEST_AT), None)
    if not todo or at is None or s.norms[at] not in _AT:
        return out
    lo, hi = s.idx[at], s.idx[min(s.end - 1, at + _PROTESTED_REACH)]
    doer = next(
        (
            n.source
            for n in out
            if n.trigger_start is not None
            and lo < n.trigger_start <= hi
            and n.source is not None
            and actions()[n.action_id].plover != "PROTEST"
        ),
        None,
    )
    if doer is None:
        return out
    return [
        replace(m, target=doer) if m in todo and (m.source is None or m.source.id != doer.id) else m
        for m in out
    ]


# Talks and agreements are held at a venue, often abroad (مفاوضات مع المتمردين في هافانا):
# the place tells no party's country.
_AT_A_VENUE = {"CONSULT", "AGREE"}
# Citizens and residents are the people of a country (civilians may be anyone's).
_HOME_PEOPLE = {"group/citizen", "group/residents"}
# A state holds and punishes people in its own land (اعتقلت السلطات التركية صحفيين).
_HOLDING_SECTORS = {"GOV", "COP", "JUD"}
# Acts of a state holding people: arrests and seizures, releases (RETREAT).
_HOLDING = ("COERCE", "RETREAT")


def _local(s: Sentence, a: Actor | None) -> bool:
    """A group of people who belong where they act, with no nationality named (and not
    called foreign: سياح أجانب)."""
    if a is None or a.type != "group" or a.country is not None:
        return False
    after = bisect_left(s.idx, a.end or 0)
    foreign = any(k < s.end and s.norms[k] in FOREIGN for k in (after - 1, after))
    return a.sector in A.LOCAL_SECTORS and not foreign


def _forces_hit(m: Mention) -> bool:
    """Forces with no nationality named, attacked."""
    t = m.target
    return (
        t is not None
        and t.type == "group"
        and t.country is None
        and t.sector == "MIL"
        and actions()[m.action_id].plover == "ASSAULT"
    )


def _named_holder(s: Sentence, src: Actor | None) -> bool:
    """A state's authorities named with their state (السلطات الكويتية), not only
    taken to be the article's."""
    if src is None or src.country not in A.countries() or src.sector not in _HOLDING_SECTORS:
        return False
    return any(
        h.kind in ("country", "demonym") and src.start <= s.idx[h.start] < src.end
        for h in s.hits["actor"]
    )


def _home_of(
    s: Sentence, m: Mention, a: Actor, place: Actor | None, plover: str, home: str | None
) -> str | None:
    """The country of a group with no nationality named (kg.actors.LOCAL_SECTORS): where
    it happens; for people attacked or held, else the state's that holds them, the
    rebels' who shell their own people, or the article's."""
    src = m.source
    known = src is not None and src.country in A.countries()
    if a is m.target and plover in _HOLDING and _named_holder(s, src):
        return src.country  # أفرجت السلطات الكويتية عن الموقوفين, wherever they did wrong
    if place is not None and place.country in A.countries() and plover not in _AT_A_VENUE:
        return place.country  # قتل مسلحون 12 شخصا في بغداد
    if a is not m.target or plover not in ("ASSAULT", "COERCE", "THREATEN"):
        return None
    if known and src.sector in _HOLDING_SECTORS:
        return src.country  # أعدمت السلطات الإيرانية ثلاثة سجناء, هددت الشرطة المحتجين
    if plover == "THREATEN":
        # حذر الجيش المتظاهرين: a state's forces warn the people of their own country
        own = known and src.country == home and src.sector in _HOLDING_SECTORS | {"MIL"}
        return home if own else None
    if known and a.id in _HOME_PEOPLE and src.sector in ("REB", "OPP"):
        return src.country  # a militia shells its own country's people
    return home if home in A.countries() else None  # استهدف المصلين (in a Saudi dispatch)


# The sides of an act at home where it happens: a state's police, officials and people
# (its army may fight abroad); for an arrest, the state itself too.
_AT_HOME = frozenset({"COP", "GOV", "JUD", "LEG", "CVL"})


def _sides_at_home(a: Actor, m: Mention, out: list[Mention]) -> str | None:
    """The one state whose police, officials or people are on a side of an attack or an
    arrest with ``a`` (قتل شرطي تركي ومدني في هجوم: Turkey's), or that holds them."""
    found = set()
    for n in out:
        plover = actions()[n.action_id].plover
        same = n.trigger_start == m.trigger_start and n.action_id == m.action_id
        if plover not in ("ASSAULT", "COERCE") or not (same or _takes_part(a, n)):
            continue
        for x in (n.source, n.target):
            if x is None or x.type != "country" or x.country not in A.countries():
                continue
            if x.sector in _AT_HOME or (x.sector is None and plover == "COERCE"):
                found.add(x.country)
    return found.pop() if len(found) == 1 else None


def _takes_part(a: Actor, n: Mention) -> bool:
    return any(x is not None and x.start == a.start for x in (n.source, n.target))


def _local_groups(
    s: Sentence, out: list[Mention], home: str | None, scene: Actor | None = None
) -> list[Mention]:
    """People who belong where they act (civilians, police, gunmen, worshippers) with no
    nationality named are of the country where it happens (said in their sentence, or
    else in an earlier one), and those a state holds or punishes are of that state."""
    if not any(_local(s, m.source) or _local(s, m.target) or _forces_hit(m) for m in out):
        return out
    here = place_of(s)
    place = here or scene
    result = []
    for m in out:
        plover = actions()[m.action_id].plover
        src, tgt = m.source, m.target
        for a in (src, tgt):
            iso3 = _home_of(s, m, a, place, plover, home) if _local(s, a) else None
            if iso3 is not None and here is None:
                sides = _sides_at_home(a, m, out)
                if sides not in (None, iso3):
                    # the act's own sides tell that an earlier sentence's place is not
                    # where it was: its people are of their state, its doers unknown
                    iso3 = sides if a is tgt else None
            if a is tgt and _forces_hit(m) and place is not None:
                # (استهدف مسجد قوات الطوارئ في منطقة عسير: the forces of where it struck)
                iso3 = place.country if place.country in A.countries() else None
            if iso3 is None:
                continue
            local = A.country(iso3, a.text, a.sector, a.start, a.end)
            src, tgt = (local, tgt) if a is src else (src, local)
        if src is not None and tgt is not None and src.id == tgt.id:
            src, tgt = m.source, m.target  # never one actor on both sides
        result.append(replace(m, source=src, target=tgt))
    return result


# A state's own bodies: what they ask of, try, consult or help (not its forces, which
# act abroad, nor a bare name, which may be a place).
_STATE_BODIES = frozenset({"GOV", "COP", "JUD", "LEG", "REL", "LAB", "EDU", "MED"})
# People of no nationality named a state's body deals with in words or in court: its own
# (parties, the press and the local groups of kg.actors.LOCAL_SECTORS).
_ITS_PEOPLE = A.LOCAL_SECTORS | {"PTY", "MED"}
_FORCE = frozenset({"ASSAULT", "FIGHT", "MOBILIZE", "COERCE", "THREATEN"})
# Bodies of foreign relations deal with other states' people (وفد الخارجية التركي مع
# الأحزاب الكردستانية في الإقليم).
_ABROAD = {normalize(w) for w in ("الخارجية", "وفد", "سفير", "سفارة", "السفير", "السفارة", "الوفد")}


def _asked_done_to(s: Sentence, m: Mention) -> bool:
    """People a request is about, not to (طالبت بترحيل سكان القريتين): the genitive of
    the verbal noun with ب asked for; they may be anyone's."""
    if actions()[m.action_id].plover != "REQUEST" or m.target is None:
        return False
    k = bisect_left(s.idx, m.target.start)
    return k > s.start and s.norms[k - 1].startswith("ب") and len(s.norms[k - 1]) > 3


def _domestic_counterparts(s: Sentence, out: list[Mention]) -> list[Mention]:
    """A group of no nationality named that a state's body addresses in words, in court or
    with help (قابل رئيس الحكومة التونسية قادة الأحزاب، دعت النقابة العراقية الصحفيين،
    محاكمة محكمة مصرية 40 شخصا) is of that state: CAMEO's domestic default. Not where the
    sentence names a place of another state, nor in acts of force (_local_groups places
    those); people who address a state (protesters' demands) may be of any country."""
    result = []
    for m in out:
        src, tgt = m.source, m.target
        if (
            actions()[m.action_id].plover in _FORCE
            or src is None
            or src.type != "country"
            or src.sector not in _STATE_BODIES
            or src.country not in A.countries()
            or tgt is None
            or tgt.type != "group"
            or tgt.country
            or tgt.sector not in _ITS_PEOPLE
        ):
            result.append(m)
            continue
        here = place_of(s)
        abroad = _ABROAD & {bare(normalize(w)) for w in src.text.split()}
        if abroad or (here is not None and here.country != src.country) or _asked_done_to(s, m):
            result.append(m)
            continue
        local = A.country(src.country, tgt.text, tgt.sector, tgt.start, tgt.end)
        result.append(replace(m, target=local))
    return result


def _domestic_protests(s: Sentence, out: list[Mention]) -> list[Mention]:
    """A protest with no target is against the government where it happens, and
    protesters with no country are of that country (CAMEO's domestic coding)."""
    todo = [
        m
        for m in out
        if actions()[m.action_id].plover == "PROTEST"
        and (
            m.target is None
            or (m.target.type == "country" and m.target.sector is None)
            or (m.source is not None and m.source.country is None)
        )
    ]
    place = place_of(s) if todo else None
    if place is None or place.country not in A.countries():
        return out  # an organisation's seat is not a country
    iso3 = place.country
    result = []
    for m in out:
        if m in todo:
            src, tgt = m.source, m.target
            if src is not None and src.country is None and src.type == "group":
                src = A.country(iso3, src.text, src.sector, start=src.start, end=src.end)
            if tgt is None or (tgt.type == "country" and tgt.sector is None and tgt is place):
                # في اسطنبول: a protest there is against the government there
                tgt = A.country(iso3, place.text, "GOV", start=place.start, end=place.end)
            if src is None or src.id != tgt.id:
                m = replace(m, source=src, target=tgt)
        result.append(m)
    return result
