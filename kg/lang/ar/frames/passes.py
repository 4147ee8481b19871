"""Passes over one sentence's mentions: claims of attacks, acts implied by their
doers, attacks aimed by an earlier act, deaths by their cause, protests and their
targets, judged doers, domestic counterparts and local groups."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from kg import actors as A
from kg.lang.ar.actors import HIS_COUNTRY, Phrase, adjective_like, bare_word
from kg.lang.ar.frames.is_event import _CASUALTIES
from kg.lang.ar.frames.places import place_of
from kg.lang.ar.frames.senses import _EXAMPLES
from kg.lang.ar.frames.shared import (
    _AT_A_VENUE,
    _ATTRIBUTED,
    _CAUSES,
    _CONDEMNING,
    _DEATHS,
    _FORCE_SECTORS,
    _FOUND,
    _FULL_STOPS,
    _STOPS,
    _WORSHIP,
    _adverb_run,
    action_plover,
)
from kg.lang.ar.frames.sources import _unarmed_person
from kg.lang.ar.frames.targets import _attributed_to
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import (
    CLAIM_REPORTS,
    CLAIM_VERBS,
    CLAUSE_PUNCT,
    DOER_VERBS,
    FOREIGN,
    MEMBER_WORDS,
    NEGATORS,
    NUMBERS,
    RELATIVES,
    RESPONSIBILITY,
    RESULT_PREPS,
    RESULT_VERBS,
    VICTIM_ACTIONS,
    WHICH,
)
from kg.lang.ar.syntax import Clause, Predicate, Sentence, agent_phrase, bare
from kg.records import Actor, Mention
from kg.vocab import actions

_CLAIM_WORDS = frozenset(
    {c + v + e for c in ("", "و", "ف") for v in CLAIM_VERBS for e in ("ه", "ها", "هم", "هما")}
    | RESPONSIBILITY
)
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
    todo = [_hit_where(s, m) for m in out]
    x = _dead_forces(s) if any(todo) else None
    if x is None:
        return out
    a = x.actor
    result = []
    for m, hit in zip(out, todo, strict=True):
        if hit:
            iso3 = a.country or m.target.country
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


# Kinsmen with a pronoun of possession (شقيقه، زوجها، والدته): right after an act of
# violence (أطلق النار على شقيقه، تعرضت للضرب من زوجها) they tell violence within a
# family, ordinary crime.
_KIN = {
    normalize(w)
    for w in (
        "شقيق", "شقيقت", "أخي", "أخا", "أخت", "زوج", "زوجت", "طليق", "طليقت", "والد", "والدت",
        "ابن", "ابنت", "ابنتي", "أبي", "أبا", "عم", "خال", "أبناء", "أبنائ", "أطفال", "أولاد",
        "بنات",
    )
}  # fmt: skip
_KIN_PRONOUNS = ("هما", "هم", "ها", "ه")
# Armed sides (not the police, who arrest for such a crime).
_WAR_SIDES = (_FORCE_SECTORS - {"COP"}) | {"RAD", "SEP"}
_KIN_LINKS = {normalize(w) for w in ("على", "من", "يد")}


def _kinsman(w: str) -> bool:
    """A kinship noun with its pronoun (شقيقه، زوجته، لوالدها), after و or a preposition
    (the و of والدته is the word's own)."""
    end = next((e for e in _KIN_PRONOUNS if w.endswith(e) and len(w) > len(e) + 1), "")
    stem = w[: len(w) - len(end)]
    return bool(end) and any(
        x in _KIN for x in (stem, stem[1:], stem[2:] if stem[:1] == "و" else "")
    )


def _kin_after(s: Sentence, k: int) -> bool:
    """A kinsman right after على or من (على شقيقه، من زوجها) or على يد at word ``k``:
    the one the act was done to, or its doer (not a victim counted: مقتل عدد من
    أبنائهم, nor one wounded with others: وأصيب والداه)."""
    words = s.norms[k : min(s.end, k + 3)]
    if words[:1] == ["علي"] and words[1:2] == ["يد"]:
        words = words[1:]
    return len(words) >= 2 and words[0] in _KIN_LINKS and _kinsman(words[1])


def _family_violence(s: Sentence, out: list[Mention]) -> list[Mention]:
    """An act of violence done to a kinsman of the doer (طعن رجل شقيقه، أطلق النار على
    والده، تعرضت للضرب من زوجها): crime news, its attack and the arrest for it kept by
    kg.events only where a state's body or an armed group takes part otherwise."""
    found = any(action_plover(h) == "ASSAULT" and _kin_after(s, h.end) for h in s.hits["trigger"])
    # (an army's or an armed group's attack kills kinsmen too: قتلت زوجته وأطفاله في غارة)
    if not found or any(m.source is not None and m.source.sector in _WAR_SIDES for m in out):
        return out
    crime = ("ASSAULT", "COERCE")
    return [
        replace(m, register="crime")
        if not m.register and actions()[m.action_id].plover in crime
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


# ... and words of time that tell a death right after or in an attack (قتل بعد هجوم
# للمقاومة، قتلوا في كمين نصبه مسلحون)
_RIGHT_AFTER = {normalize(w) for w in ("بعد", "عقب", "خلال", "أثناء", "في")}
# ... and conjunctions of time opening the clause of the attack (قتل طفل بعدما أضرم
# مسلحون النار في منزله، قتل عشرة عندما قصفت الميليشيات الحي)
_WHEN_CLAUSE = {normalize(w) for w in ("عندما", "حينما", "بعدما", "حين", "لما")}


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
    span = _attack_before(s, x, m)
    if span is None:
        return False
    a, b = span
    if b - a > _DOER_CLAUSE or not bare(s.norms[b]).startswith(_AIMING):
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
    span = _attack_before(s, x, m) if x is not m else None
    if span is None or actions()[m.action_id].plover != "ASSAULT":
        return None
    a, b = span
    between = all(
        s.norms[k] in RELATIVES or adjective_like(s.norms[k], s.norms[k].startswith("ال"))
        for k in range(a, b)
    )
    return (a, b) if between and b - a <= gap else None


def _attack_before(s: Sentence, x: Mention, m: Mention) -> tuple[int, int] | None:
    """Where attack ``x`` ends and act ``m`` starts (tokens), when ``m`` comes after ``x``."""
    if x.trigger_end is None or m.trigger_start is None or x.trigger_end > m.trigger_start:
        return None
    if actions()[x.action_id].plover != "ASSAULT":
        return None
    return bisect_left(s.idx, x.trigger_end), bisect_left(s.idx, m.trigger_start)


def _definite_noun(m: Mention) -> bool:
    """The trigger is a noun with the article (القصف، والغارات، فالهجوم)."""
    w = normalize(m.action_text.split()[0]) if m.action_text else ""
    return w.startswith("ال") or (w[:1] in ("و", "ف") and w[1:].startswith("ال"))


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
    result, caused = [], []
    for m in out:
        harm = m.action_id in VICTIM_ACTIONS or _wounding(m)
        # (a doer carried from before gives way to the one the sentence tells after a
        # word of cause: الهجوم الذي أدى إلى مقتل طفل بعدما أضرم مستوطنون النار)
        carried = m.source is None or "source:inferred" in m.evidence.split()
        if harm and m.trigger_end is not None and (carried or m.target is not None):
            cause = next((x for x in out if _caused(s, m, x)), None)
            cause = cause or _result_of(s, m, out)
            if cause is not None and carried:
                m = _doer_of_cause(m, cause)
            if cause is not None:
                caused.append((cause, m))
        result.append(m)
    for cause, death in caused:
        result = [_victims_of_the_cause(x, death) if x is cause else x for x in result]
    return _wounded_with_the_dead(s, result)


def _victims_of_the_cause(cause: Mention, death: Mention) -> Mention:
    """غارة في محافظة مأرب أسفرت عن مقتل أربعة من عناصر القاعدة: an attack told only by
    where it struck hit the side its dead belong to (not unnamed people, whom the place
    names better: قصف على دار سعد أسفر عن مقتل 8 أشخاص)."""
    hit = death.target
    if hit is None or _no_side(hit) or cause.target is None or not _no_side(cause.target):
        return cause
    if (hit.sector == "CVL" and not hit.country) or (cause.source and cause.source.id == hit.id):
        return cause
    return replace(cause, target=hit)


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
    # (مصرع 24 انقلابيا، وإصابة سبعة آخرين)
    return b - a <= 8 and s.norms[b][:1] == "و" and not _STOPS.intersection(s.norms[a:b])


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
        or _by_means_of(s, between, x)
    )


def _by_means_of(s: Sentence, between: range, x: Mention) -> bool:
    """قتل عشرة بقصف للتحالف، قتلوا خلال أسبوعين من الغارات التركية: the attack told
    right after the dead, with ب on its own word or past a span of it (في سلسلة من
    الهجمات), with no other act or pause between."""
    if "source:inferred" in x.evidence.split():
        return False  # (only a doer the attack's own words name)
    # (quotes of a name may stand between: مقتل “والي الصقلاوية” بقصف)
    if not between or any(s.norms[k] in _FULL_STOPS or s.norms[k] in "؛;:" for k in between):
        return False
    # (another act told between is the nearer one's; a harm joined by و is the same)
    if any(
        h.kind == "verb" and h.start in between and action_plover(h) != "ASSAULT"
        for h in s.hits["trigger"]
    ):
        return False
    if s.norms[between[-1]] == "من":
        # (the span: at most a word or two after في or خلال)
        return any(s.norms[k] in _RIGHT_AFTER for k in between[-4:-1])
    k = between[-1] + 1
    return s.norms[k][:1] == "ب" and any(
        h.start == k and h.first.prefix.lstrip("وف").startswith("ب") for h in s.hits["trigger"]
    )


def _resulted_in(s: Sentence, x: Mention, death: Mention) -> bool:
    """``x`` is an attack with a doer told right before ``death`` and a word of result
    (قصفت الطائرات المبنى ما أسفر عن مقتل 15)."""
    span = _attack_before(s, x, death) if x is not death else None
    if span is None:
        return False
    a, b = span
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
    for k in range(b - 1, max(a, b - back) - 1, -1):
        if s.norms[k] in _STOPS:
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
    todo = [m for m in out if actions()[m.action_id].plover == "PROTEST" and _no_side(m.target)]
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


# The land a state's forces called "the occupation" (قوات الاحتلال, سلطات الاحتلال) occupy,
# in Arabic news: facts, occupier -> occupied.
_OCCUPIED = {"ISR": "PSE"}
_OCCUPATION_WORDS = {normalize(w) for w in ("الاحتلال", "احتلال")}


# Settlers (المستوطنون, للمستوطنين): a state's people living on the land it occupies.
_SETTLERS = {normalize(w) for w in ("مستوطن", "مستوطنين", "مستوطنون", "مستوطنا")}


def _occupier(src: Actor) -> bool:
    """قوات الاحتلال الإسرائيلي, سلطات الاحتلال: a state's body named as the occupation;
    its settlers too, acting on the occupied land (قتل المستوطنون شابا: not their own)."""
    words = [normalize(w) for w in src.text.split()]
    return any(bare(w) in _OCCUPATION_WORDS or bare_word(w) in _SETTLERS for w in words)


def _held_abroad(s: Sentence, src: Actor) -> bool:
    """A state's police or authorities acting where this sentence says after them, in
    another state's land (في المسجد الأقصى for Israel's police): its people are the
    place's (a place told before them may be another clause's: التحقيقات في الكويت)."""
    if src.sector not in _HOLDING_SECTORS:
        return False
    here = place_of(s)
    if here is None or (here.start or 0) < (src.end or 0):
        return False
    return here.country in A.countries() and here.country != src.country


def _home_of(
    s: Sentence, m: Mention, a: Actor, place: Actor | None, plover: str, home: str | None
) -> str | None:
    """The country of a group with no nationality named (kg.actors.LOCAL_SECTORS): where
    it happens; for people attacked or held, else the state's that holds them, the
    rebels' who shell their own people, or the article's."""
    src = m.source
    known = src is not None and src.country in A.countries()
    held = a is m.target and known and plover in ("ASSAULT", "COERCE", "THREATEN", "RETREAT")
    if held and _occupier(src):
        # تمنع سلطات الاحتلال المصلين: an occupier's acts are on the occupied land's people
        if place is not None and place.country != src.country:
            return place.country if place.country in A.countries() else None
        return _OCCUPIED.get(src.country)
    if held and _held_abroad(s, src):
        return place.country  # اعتقلت الشرطة الإسرائيلية مصلين في المسجد الأقصى: there
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
            if _occupier(x):
                continue  # (سلطات الاحتلال: not at home where it acts)
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
        and (_no_side(m.target) or (m.source is not None and m.source.country is None))
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
