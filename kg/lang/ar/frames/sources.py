"""Sources: who did it. A verb's subject, a verbal noun's genitive or agent, the
doer of a light verb, the speaker who tells it, and the rereadings of a source in
context (a visitor, a critic, an armed doer)."""

from __future__ import annotations

from dataclasses import replace

from kg import actors as A
from kg.lang.ar.actors import Phrase, adjective_like, bare_word, named_after
from kg.lang.ar.frames.shared import (
    _AGAINST,
    _CALLED,
    _FORCE_SECTORS,
    _FOUND,
    _MILITARY_ACTIONS,
    _MUTUAL_IDS,
    _THAT,
    _agentless,
    _cause_at,
    _exposed_at,
    _preps,
    _Reading,
    _verbs_before,
    action_plover,
)
from kg.lang.ar.frames.victims import _described_doer, _harm_joined_to_death, _under_attack_victims
from kg.lang.ar.matcher import Hit
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import (
    CLAUSE_PUNCT,
    FOLLOWER_WORDS,
    FUNCTION_WORDS,
    INSTRUMENTS,
    MEMBER_WORDS,
    PLACE_NOUNS,
    PREPOSITIONS,
    RELATIVES,
    RESPONSIBILITY,
    RESULT_PREPS,
    RESULT_VERBS,
    SAID_THINGS,
    VICTIM_ACTIONS,
    VICTIM_NOUNS,
    WITNESS,
)
from kg.lang.ar.syntax import (
    ASIDE_TIMES,
    Arg,
    Predicate,
    Sentence,
    agent_phrase,
    bare,
    between_parties,
    coordinated,
    count_after,
    counts,
    has_possessive,
    light_verb_in,
    unknown_doer,
)
from kg.records import Actor
from kg.vocab import actions

# Verbs that judge an event named as their object (دانت الهجوم، رحبت بالاتفاق)
_JUDGING = {"ACCUSE", "REJECT", "SUPPORT"}
_PERMITTING = {"ease_restrictions"}


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
    for w in ("اشتباكات", "اشتباك", "مواجهات", "مواجهة", "معارك", "معركة", "قتال", "صدام", "صدامات")
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
    elif j + 2 < s.end and not definite and s.norms[j] in _FIGHT_RAN:
        j, end = j + 1, s.end  # في مواجهة وقعت مع عناصر المقاومة (a verb describing it)
    if j < end - 1 and s.norms[j] == "مع":
        return next((x for x in s.phrases if x.start == j + 1), None)
    return _side_not_hit(s, r, k)


# "In it", "during it": a death told inside the battle noun before it (قتل فيها العشرات).
_IN_IT = {normalize(w) for w in ("فيها", "خلالها")}


def _battle_toll(s: Sentence, r: _Reading) -> bool:
    """استعادت القوات البلدة بعد معارك قتل فيها العشرات من المتمردين، أسفرت المعارك التي
    خاضتها المقاومة عن مقتل 17 حوثيا: the dead of the battles the running subject (an
    armed side, not the victims' own) fought: a death told in them (فيها، خلالها), or as
    what they resulted in."""
    p, ctx = r.p, r.p.context
    if ctx is None or ctx.sector not in _ARMED:
        return False
    before = range(max(s.start, p.start - 12), p.start)
    k = next((k for k in reversed(before) if s.norms[k] in _CLASHES), None)
    if k is None or any(h.start in range(k + 1, p.start) for h in s.hits["trigger"]):
        return False
    in_it = p.end < s.end and s.norms[p.end] in _IN_IT and p.start - k <= 3
    resulted = k > s.start and bare(s.norms[k - 1]) in RESULT_VERBS
    if not (in_it or (resulted and s.norms[p.start - 1] in RESULT_PREPS)):
        return False
    hit = r.victims or tuple(x for x in p.clause.phrases if p.end <= x.start <= p.end + 6)[:1]
    return not any(_own_side(x.actor, ctx) for x in hit)


def _own_side(a: Actor, b: Actor) -> bool:
    """One side: one actor, or one sector of no two countries (القوات الحكومية and
    الجنود); two named groups of one country and sector (the Houthis and the resistance)
    are two sides."""
    named = all(x.type != "country" and not x.id.startswith("group/") for x in (a, b))
    return a.id == b.id or (a.sector == b.sector and A.one_country(a, b) and not named)


def _side_not_hit(s: Sentence, r: _Reading, k: int) -> Phrase | None:
    """أصيب شاب خلال مواجهات بين شبان فلسطينيين وقوات الاحتلال: of the two sides of the
    fight at ``k``, the one the victims are not of hit them (victims of neither side, or
    of both, leave it unknown)."""
    h = next((h for h in s.hits["trigger"] if h.start == k and h.kind == "noun"), None)
    clause = r.p.clause
    if h is None or not clause.start <= k < clause.end:
        return None
    sides = between_parties(s, h, clause)
    if sides is None or len(sides) != 2:
        return None
    # (the victims named as one side are of it alone, though both are rebels of one
    # country: مسلحو الحوثي in a fight between the Houthis and the resistance)
    named = [any(v.actor.id == x.actor.id for v in r.victims) for x in sides]
    hit = (
        named
        if named.count(True) == 1
        else [any(_same_side(v, x) for v in r.victims) for x in sides]
    )
    return sides[hit.index(False)] if hit.count(True) == 1 else None


def _same_side(v: Phrase, x: Phrase) -> bool:
    """The victims ``v`` are of the side ``x``: the same actor, or the same sector of
    one country, or of a country one of them leaves unsaid (الشاب of شبان فلسطينيين,
    جنود of الجيش السوري)."""
    a, b = v.actor, x.actor
    return a.id == b.id or (a.sector is not None and a.sector == b.sector and A.one_country(a, b))


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


def _doer_of(p: Predicate) -> Phrase | None:
    """هجمات يشنها التنظيم، كمين نصبه مسلحون: the doer a verb after the noun names."""
    doer = next((a for a in p.args if a.role == "agent" and a.how == "doer"), None)
    return doer.phrases[0] if doer is not None and doer.phrases else None


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
    if p.kind != "noun" or (gen is not None and gen.how == "nisba") or not r.victims:
        return None
    if _exposed_at(s, p, p.clause.start) is None and not _under_attack_victims(s, p):
        return None  # (انسحبوا تحت ضربات الجيش: what they were under is the army's)
    if gen is None:
        return _doer_by_lam(s, r)  # صد الجيش هجوما لمسلحي التنظيم على مواقعه
    x = gen.phrases[0]
    return x if x.head not in ("city", "country", "metonym") or x.actor.sector else None


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


def _office_holder(x: Phrase) -> bool:
    """وزير الخارجية الإيراني، ولي العهد السعودي: a state's office named by its title (a
    government with no place word), who travels as a person does."""
    return x.actor.sector == "GOV" and x.head not in ("metonym", "city", "country")


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
            and (x.actor.type == "person" or _office_holder(x))
        )
        # (زيارة لمصر, زيارة لاربيل: a place after لـ is where he went, not who)
        place = x.head in ("metonym", "city", "country")
        who = x.actor.type in ("person", "country") and not place
        return x if ((with_l and plain) or genitive) and who else None
    return None


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
        toll = _battle_toll(s, r)
        if agent is None and p.context is not None and not told and (_result_of_act(s, p) or toll):
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
        elif r.sources == [None] and r.action.id in VICTIM_ACTIONS and _battle_toll(s, r):
            # بعد معارك قتل فيها العشرات: killed by who fought the battles
            r.sources, r.inherited, r.confidence = [p.context], True, _FOUND["carried"]
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
        h.start < p.start and action_plover(h) == "ASSAULT" and not _judged_hit(s, h)
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
        and action_plover(v) in _JUDGING
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
    own = _own_doer(s, r)
    if own:
        r.src_phrases = own  # اتصال هاتفي أجراه الوزير التركي، القصف من الميليشيات
        return
    able = next((a for a in p.args if a.role == "agent" and a.how == "carried"), None)
    if able is not None and able.actor is not None:
        # كما تمكنت من السيطرة على: who the sentence before was about was able to
        r.sources, r.inherited, r.confidence = [able.actor], True, _FOUND["carried"]
        return
    agent = agent_phrase(s, p.clause.phrases, p.end, min(p.clause.end, p.end + 8))
    agent = agent or _fired_from(s, r) or _launched_by(s, r) or _agent_past_a_name(s, p)
    agent = agent or _protesters_in(s, r) or _far_agent(s, p) or _succeeded_in(s, p)
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
    at = at if at is not None else _called_to_it(s, p)
    if at is None:
        return None
    # (past a count: آلاف الطلاب، نحو ألفي معلم)
    return next((x for x in s.phrases if at <= x.start <= at + 3 and not x.governed), None)


# "Called for it" (دعا إليه، دعت إليها): who called a strike or a march made it.
_CALLED_FOR = {normalize(w) for w in ("دعا", "دعت", "دعوا", "دعو", "يدعو", "تدعو")}
_TO_IT = {normalize(w) for w in ("إليه", "إليها", "اليه", "اليها")}


def _called_to_it(s: Sentence, p: Predicate) -> int | None:
    """الإضراب الذي دعا إليه اتحاد العمال، مسيرة دعت إليها المعارضة: where the one who
    called the protest is named (right after the noun or its relative pronoun)."""
    k = p.end + 1 if p.end < s.end and s.norms[p.end] in RELATIVES else p.end
    if k + 2 < s.end and bare(s.norms[k]) in _CALLED_FOR and s.norms[k + 1] in _TO_IT:
        return k + 2
    return None


# "Success" with its clitics (نجاح قوات الأمن في، بنجاح الشرطة في).
_SUCCESS = {normalize(c + "نجاح") for c in ("", "و", "ب", "ل", "وب")}


def _succeeded_in(s: Sentence, p: Predicate) -> Phrase | None:
    """أعلنت الوزارة نجاح قوات الأمن في اعتقال عشرين متهما: whose success the act after
    في was did it (the genitive of "success", right before its في)."""
    k = p.start - 1
    if k - 2 < s.start or s.norms[k] != "في":
        return None
    x = next((x for x in s.phrases if x.end == k and not x.governed), None)
    if x is None or x.start <= s.start or s.norms[x.start - 1] not in _SUCCESS:
        return None
    return x


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
    # (هجوما لمسلحي التنظيم: ل on the word of members before the body)
    members = x is not None and x.start - 1 >= p.end and _lam_members(s.norms[x.start - 1])
    lam = x is not None and (x.prefix.lstrip("وف").startswith("ل") or members)
    if x is None or not lam or (x.start - p.end > 2 and not _with_what(s, p, x.start)):
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


def _from_armed(s: Sentence, r: _Reading) -> Phrase | None:
    """القصف العنيف من ميليشيات الحوثي، هجمات من المسلحين: a noun of attack, its
    adjectives, then من and an armed body: whom it came from (a noun whose target takes
    من, تحرير المدينة من, is left alone)."""
    p = r.p
    if r.plover != "ASSAULT" or p.kind != "noun" or "من" in _preps(p.hit):
        return None
    definite = _definite_trigger(p)
    k = p.end
    while k < min(p.clause.end, p.end + 2) and _epithet(s, k, definite):
        k += 1
    if k + 1 >= p.clause.end or s.norms[k] != "من":
        return None
    x = next((x for x in p.clause.phrases if x.start == k + 1), None)
    return x if x is not None and x.actor.sector in _ARMED else None


def _own_doer(s: Sentence, r: _Reading) -> tuple[Phrase, ...]:
    """The doer a verbal noun's own words name: a doer verb (اتصال أجراه الوزير), من and
    an armed body after an attack, the state of the craft it was made with, who asked."""
    # (من right after the noun is nearer than a verb's subject: مدعومة بغارات من التحالف)
    near = _from_armed(s, r)
    doer = next((a for a in r.p.args if a.role == "agent" and a.how == "doer"), None)
    if near is None and doer is not None:
        return doer.phrases
    x = near or _craft_of_state(s, r) or _asked_by(s, r) or _checkpoint_owner(s, r)
    return (x,) if x is not None else ()


def _checkpoint_owner(s: Sentence, r: _Reading) -> Phrase | None:
    """اعتقال على حاجز للجيش، الخطف في نقطة تفتيش تابعة للمتمردين: who holds the
    checkpoint an abduction or arrest took place at made it (not whom it was done to)."""
    if r.action.id not in _SEIZING_PEOPLE or r.p.kind != "noun":
        return None
    for x in r.p.clause.phrases:
        k = x.start - 1
        if not x.prefix.lstrip("وف").startswith("ل") or k <= s.start:
            continue
        if bare_word(s.norms[k]) in _BELONGING:
            k -= 1  # (نقطة تفتيش تابعة للمتمردين)
        w = bare_word(s.norms[k])
        if w in _CHECKPOINTS or (w == _SEARCH and bare_word(s.norms[k - 1]) in _POINTS):
            return x if x.actor.sector in _FORCE_SECTORS else None
    return None


# Acts of seizing people that are done at checkpoints (abduction, arrest).
_SEIZING_PEOPLE = frozenset({"abduct", "arrest"})
_CHECKPOINTS = {bare_word(normalize(w)) for w in ("حاجز", "حواجز", "الحاجز", "كمين")}
_SEARCH = bare_word(normalize("تفتيش"))
_POINTS = {bare_word(normalize(w)) for w in ("نقطة", "نقاط")}
_BELONGING = {bare_word(normalize(w)) for w in ("تابع", "تابعة", "التابع", "التابعة")}


def _asked_by(s: Sentence, r: _Reading) -> Phrase | None:
    """بناء على طلب من الحكومة اليمنية، استجابة لطلب من بغداد: a request's noun with من
    right after it names who asked (the verb طلب من names whom)."""
    p = r.p
    if r.plover != "REQUEST" or p.kind != "noun" or has_possessive(p.hit):
        return None
    if p.end + 1 >= p.clause.end or s.norms[p.end] != "من":
        return None
    # (a noun for sure: after a preposition or a word of time, or with ب or ل on it; بأنه
    # طلب من X is the verb, X asked)
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    lam = p.hit.first.prefix.lstrip("و") in ("ب", "ل")
    if not lam and prev not in PREPOSITIONS and prev not in _FRONTED_TIME:
        return None
    x = next((x for x in p.clause.phrases if x.start == p.end + 1), None)
    return x if x is not None and x.actor.type != "concept" else None


def _craft_of_state(s: Sentence, r: _Reading) -> Phrase | None:
    """غارة جوية بطائرة أميركية من دون طيار، هجوم بمقاتلات روسية: the state whose craft
    or arms (a nisba on the instrument) an attack was made with made it, its forces."""
    p = r.p
    if r.plover != "ASSAULT" or p.kind != "noun":
        return None
    definite = _definite_trigger(p)
    k = p.end
    while k < min(p.clause.end, p.end + 2) and _epithet(s, k, definite):
        k += 1
    if k + 1 >= p.clause.end or s.norms[k][:1] != "ب" or bare_word(s.norms[k]) not in INSTRUMENTS:
        return None
    x = next((x for x in p.clause.phrases if x.start == k + 1 and x.adjectival), None)
    if x is None or x.actor.type != "country" or x.actor.sector is not None:
        return None
    a = x.actor
    return replace(x, actor=A.country(a.country, a.text, "MIL", start=a.start, end=a.end))


def _definite_trigger(p: Predicate) -> bool:
    """The trigger noun has the article, past any prefix (القصف، والقصف، بالقصف، للقصف)."""
    prefix = p.hit.first.prefix
    return "ال" in prefix or prefix.endswith("لل")


def _epithet(s: Sentence, k: int, definite: bool) -> bool:
    """Token ``k`` may be an adjective of the noun before it: a word no actor, act or
    function word, with the article as the noun has it (القصف العنيف، هجمات متكررة)."""
    w = s.norms[k]
    if k in s.in_phrase or not w.isalpha() or w in FUNCTION_WORDS:
        return False
    if any(h.start == k for h in s.hits["trigger"]):
        return False
    return w.startswith("ال") if definite else w[:1] not in ("ا", "ب", "ل", "ك", "و", "ف")


def _with_what(s: Sentence, p: Predicate, b: int) -> bool:
    """Only the noun's adjectives and what the act was done with lie between it and
    ``b`` (هجوم ثان بالقنابل الحارقة لمستوطنين على منزل: the settlers')."""
    definite = _definite_trigger(p)
    k = p.end
    while k < b and _epithet(s, k, definite):
        k += 1
    w = s.norms[k] if k < b else ""
    if w[:1] != "ب" or len(w) <= 3 or w in FUNCTION_WORDS or k in s.in_phrase:
        return False
    k += 1
    while k < b and _epithet(s, k, w.startswith("بال")):
        k += 1
    return k == b and b - p.end <= 5


def _lam_members(w: str) -> bool:
    """لمسلحي، لعناصر: ل on a word of members of a body."""
    return w[:1] == "ل" and w[1:] in MEMBER_WORDS


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


def _genitive_end(s: Sentence, p: Predicate, gen: Arg) -> int:
    """Where a verbal noun's genitive ends, past the closing quote of its name, its
    adjectives and where it is (قصف المتمردين في اليمن لمناطق سكنية)."""
    end = gen.phrases[-1].end
    while end < p.clause.end and s.norms[end] in "»”":
        end += 1  # اعتقال «القاعدة» لخمسة ضباط: past the closing quote of its name
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
    return end


def _genitive_is_agent(s: Sentence, r: _Reading, gen: Arg) -> bool:
    """قصف التحالف لمواقع الحوثيين: the genitive is the doer when an object with لـ, one
    of the noun's prepositions or a concept follows it."""
    p = r.p
    end = _genitive_end(s, p, gen)
    closed = gen.phrases[-1].end < s.end and s.norms[gen.phrases[-1].end] in "»”"
    if closed and any(x.start == end and x.prefix[:1] == "و" for x in p.clause.phrases):
        return False  # قصف «داعش» والمقاتلين الأجانب: the named one and others, its objects
    own = gen.phrases[0].actor
    if r.action.id == "visit" and gen.phrases[0].head in ("metonym", "city", "country"):
        return False  # زيارة دولة الكويت: the place visited
    if _addressee_genitive(s, p, end):
        return False  # مطالبة الحكومة بالإفراج، حث الأطراف على الحوار: whom it asks
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


def _addressee_genitive(s: Sentence, p: Predicate, end: int) -> bool:
    """مطالبة الحكومة بالإفراج، حث الأطراف على الحوار، إبلاغ الوزير بالقرار: the verbal
    noun of a verb that takes whom it addresses as its object and what it asks or tells
    with its own preposition; the genitive right before that preposition is the one
    addressed (طالب الحكومة بـ), not the one who asks."""
    if bare_word(s.norms[p.start]) not in _ADDRESSING or end >= p.clause.end:
        return False
    w = s.norms[end]
    return any(w.startswith(x) if len(x) == 1 else w == x for x in _preps(p.hit))


# Singular verbal nouns of addressing verbs (طالب X بـ، حث X على، أبلغ X بـ، أطلع X على);
# not their plurals (مطالبات المعارضة بـ: its demands) nor nouns whose genitive is
# usually the one speaking (دعوة الأمم المتحدة إلى، تحذير الجيش من).
_ADDRESSING = {bare_word(normalize(w)) for w in ("مطالبة", "حث", "حض", "إبلاغ", "إطلاع", "إخطار")}


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


def _civilian_word(w: str) -> bool:
    """A place of civilians (منزل، مسجدا، الأحياء), in any case (بلدة as written: its ب is
    no preposition)."""
    return any(
        b in _CIVILIAN_PLACES or (b.endswith("ا") and b[:-1] in _CIVILIAN_PLACES)
        for b in (bare_word(w), bare(w))
    )


def _reflexive_masdar(stem: str) -> bool:
    """A verbal noun of form VII, انفعال (انسحاب، انهيار): intransitive; not form VIII of
    a root in ن (انتقاد، انتهاك: transitive)."""
    return len(stem) == 6 and stem.startswith("ان") and stem[2] != "ت" and stem[4] == "ا"


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
        and action_plover(h) in _JUDGING
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


# Sectors that bear arms, in any state's or group's service (the police and spies too).
_ARMED_SIDES = _FORCE_SECTORS | {"SEP", "RAD"}


def _armed_cause(s: Sentence, r: _Reading) -> Phrase | None:
    """أصيب خمسة إثر اقتحام قوات الاحتلال المخيم: the armed force whose act, told after a
    word of cause as a verbal noun and its genitive, hurt them."""
    k = _cause_at(s, r.p.end, min(r.p.clause.end, r.p.end + 8))
    if k is None or k + 2 >= s.end or not s.norms[k + 1].isalpha():
        return None
    x = next((x for x in s.phrases if x.start == k + 2 and not x.governed), None)
    return x if x is not None and x.actor.sector in _ARMED and x.actor.country else None
