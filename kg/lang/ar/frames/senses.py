"""Senses: whether a trigger's word means its action here at all. Another word with
the same letters, another sense or register (a name, an idiom, a figure of speech,
talk about the act), and what a sense needs from its clause to be this action."""

from __future__ import annotations

from kg.lang.ar.actors import Phrase, bare_word
from kg.lang.ar.frames.shared import (
    _CALLED,
    _FORCE_SECTORS,
    _FULL_STOPS,
    _GREETINGS,
    _THAT,
    _preps,
    _Reading,
    action_plover,
)
from kg.lang.ar.frames.sources import _ARMED_SIDES, _THREAT_NOUNS, _territory_after
from kg.lang.ar.frames.targets import (
    _FIRST_DAY,
    _NON_STATE_ARMED,
    _other_sense_object,
    _prep_follows,
)
from kg.lang.ar.matcher import Hit
from kg.lang.ar.morphology import ENCLITICS
from kg.lang.ar.normalize import normalize, strip_diacritics
from kg.lang.ar.rules import (
    BLASTS,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    DOER_VERBS,
    MEETINGS,
    MEMBER_WORDS,
    NEGATORS,
    NUMBERS,
    PREPOSITIONS,
    PURPOSE,
    RELATIVES,
    TIME_WORDS,
    WEAPONS,
    WHICH,
)
from kg.lang.ar.syntax import SURVIVE_VERBS, Predicate, Sentence, bare, vso_gap_ok
from kg.vocab import ActionType, actions


def _faces_an_act(s: Sentence, p: Predicate) -> bool:
    """An act named by a noun soon after واجه, past its subject, is what the subject
    faces (هجمات، انتقادات), not whom it fights."""
    subj = next((x for x in p.clause.phrases if x.start >= p.end), None)
    at = {p.end} | ({subj.end} if subj is not None and vso_gap_ok(s, p.end, subj) else set())
    return any(h.start in at and h.kind == "noun" for h in s.hits["trigger"])


def _other_word(s: Sentence, p: Predicate) -> bool:
    """An adverb or a number with a trigger's letters (بالضبط، اثنين); a noun of manner
    after بكل (بكل أسف، بكل حزم) read as a verb; a name after a title of media or a club
    (مجلة الدعوة، نادي هجر); a curse with God as its subject (قاتلهم الله)."""
    if s.norms[p.start] in _ADVERBS or bare(s.norms[p.start]) in NUMBERS:
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


_DAWN_BEFORE = {"مع", "عند", "حتى", "قبل", "بعد", "منذ", "صلاة", "وقت", "ساعات", "فجر"}


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


def _reached_a_place(r: _Reading) -> bool:
    """An arrival is a visit when a state or a city is reached, and not by a force
    (forces arriving are moved; their commander arriving visits)."""
    forces = any(x.actor.sector in _FORCE_SECTORS and x.title != "person" for x in r.src_phrases)
    # (a doer found past the clause, as a relative's: الطريق الذي يسلكه داعش للوصول إلى)
    groups = not r.src_phrases and any(
        a is not None and a.sector in _FORCE_SECTORS and a.type != "person" for a in r.sources
    )
    return not forces and not groups and any(t.type == "country" for t in r.targets)


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
# Nouns of feeling that صادق (sincere) qualifies: صادق العزاء، صادق المواساة، صادق الدعاء.
_FEELINGS = {
    bare_word(normalize(w))
    for w in (
        "العزاء", "المواساة", "التعازي", "الدعاء", "الدعوات", "التهاني", "الشكر", "الامتنان",
        "المشاعر", "الود", "الوفاء", "التمنيات", "الأمنيات",
    )
}  # fmt: skip


def _pact_ratified(s: Sentence, p: Predicate) -> bool:
    """The على of ratifying, past the ratifier and the time, takes an agreement (or
    no على is there to say what was ratified); not صادق before a noun of feeling, an
    adjective (أعرب عن صادق العزاء: sincere condolences)."""
    if p.end < s.end and bare_word(s.norms[p.end]) in _FEELINGS:
        return False
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
    return any(bare_word(s.norms[k]).rstrip("ا") in MEETINGS for k in window)


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
        if w in MEETINGS or "ال" + w in MEETINGS or w.startswith(_OCCASIONS):
            return False
    return True


def _act_called(s: Sentence, p: Predicate, reach: int, to_calls: bool) -> bool:
    """An act called for within ``reach`` words after the call, before the clause ends;
    a word in لـ counts only before a preposition (سلمه الدعوة خلال لقائه)."""
    past, comma = False, _comma_after_called(s, p)
    end = min(max(p.clause.end, comma + 3), p.end + reach) if comma else p.clause.end
    for k in range(p.end, min(end, p.end + reach) - 1):
        if to_calls and s.norms[k] in ("الي", "والي") and not _one_called_at(s, k + 1):
            return s.norms[k + 1] not in MEETINGS
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
    if any(w.startswith(m) for m in MEETINGS):
        return False  # (لقاء: a meeting noun that opens with ل)
    noun = "ال" + w[2:] if w.startswith("لل") else w[1:]
    return noun not in MEETINGS and noun not in _JOINING_NOUNS


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
    if p.end - p.start == 1 and bare(w) in NUMBERS:
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
    if (
        bare(w) in _GATHERINGS
        and action_plover(p.hit) == "PROTEST"
        and _gathering_of_fighters(s, p)
    ):
        return True  # استهدفت الطائرات تجمعا لمسلحي الجماعة: a troop gathering, no protest
    return (
        w in _WOUNDED or _object_of_another_sense(s, p, action_id) or _plain_sense(s, p, action_id)
    )


# Gatherings, of a crowd or of troops (تجمع، حشود).
_GATHERINGS = {normalize(w) for w in ("تجمع", "تجمعا", "تجمعات", "حشد", "حشدا", "حشود")}
_GATHERING_REACH = 6


def _gathering_of_fighters(s: Sentence, p: Predicate) -> bool:
    """A gathering of an armed side (تجمع لمسلحي الحوثي، تجمعات لقوات النظام), or one an
    attack hits (قصفت المدفعية تجمعا): fighters massed, not a protest."""
    if p.end < s.end and s.norms[p.end].startswith("ل"):
        # (its لـ phrase, or one right after a word of members: تجمعا لعناصر حركة الشباب)
        if any(p.end <= x.start <= p.end + 1 and x.actor.sector in _ARMED_SIDES for x in s.phrases):
            return True
    lo = max(p.clause.start, p.start - _GATHERING_REACH)
    return any(
        lo <= h.start and h.end <= p.start and action_plover(h) == "ASSAULT"
        for h in s.hits["trigger"]
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
        return nxt.isdecimal() or nxt in NUMBERS  # بموافقة 46 عضوا: a vote counted
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
        return _danger(s, p) if p.kind == "noun" else _endangers(s, p)
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
    if action_id == "attack":
        # من الدفاع إلى الهجوم، اعتداء على الحرية; كمائن أمنية: police checkpoints; ضربات
        # الشمس: sunstroke; a verbal attack (شن هجوما على الاتفاق وشكك: the noun, alone
        # or after its light verb)
        if p.kind == "noun" and (_no_attack_told(s, p) or _no_arms_next(w, nxt)):
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
    """كمائن أمنية (police checkpoints), ضربات الشمس (sunstroke), هجمات إلكترونية (on
    computers): told by the word after (not a coordinated adjective: العمليات العسكرية والأمنية)."""
    if nxt.startswith("و"):
        return False
    nxt = bare_word(nxt)
    ambush = any(a in w for a in _AMBUSHES)
    ambushed = ambush and nxt in _CHECKPOINT_KINDS
    return ambushed or (_BLOW in w and nxt == _SUN) or nxt in _CYBER  # (هجمات إلكترونية)


def _campaign_of_arrests(s: Sentence, p: Predicate) -> bool:
    """حملة التوقيفات التي استهدفت عناصر التنظيم، أوقفت الشرطة 251 شخصا في حملة استهدفت:
    a campaign "aimed at" people, in a sentence of arrests, arrested them (the arrest is
    coded by its own word); it is no attack."""
    back = range(max(s.start, p.start - 3), p.start)
    if not any(bare_word(s.norms[k]) in _A_CAMPAIGN for k in back):
        return False
    return any(action_plover(h) == "COERCE" for h in s.hits["trigger"])


_A_CAMPAIGN = {bare_word(normalize(w)) for w in ("حملة", "حملات")}
# Words that make an attack one on computers (هجمات إلكترونية، هجمات اختراق): no arms used.
_CYBER = {
    bare_word(normalize(w))
    for w in (
        "إلكتروني", "إلكترونية", "الكتروني", "الكترونية", "اختراق", "سيبراني", "سيبرانية",
        "قرصنة", "القرصنة", "الاختراق",
    )
}  # fmt: skip


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
        return nxt[:1].isdigit() or nxt in NUMBERS  # استدعاء 1.4 مليون سيارة
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
        "ديون", "مصاعب", "متاعب", "تهديد", "تهديدات", "موجة", "مأزق", "انشقاق", "انشقاقات",
        "انقسام", "انقسامات", "خلافات", "استقالات", "عزلة",
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


# Words that stand before a verb and are no subject of it (إن رفض الاتفاق يهدد: not إن).
_NO_SUBJECT = COMPLEMENTIZERS | CLAUSE_PUNCT | NEGATORS | {"قد"}


def _thing_endangers(s: Sentence, p: Predicate) -> bool:
    """A present verb of threatening with a definite noun of no actor right before it, its
    subject, and an object after it (إن رفض الاتفاق يهدد مصداقية البلاد، الفقر يهدد
    الملايين): a thing endangers something; one who threatens does it with بـ or أن."""
    if p.kind != "verb" or p.hit.entry.get("tense") != "present" or p.hit.first.prefix:
        return False
    k = p.start - 1
    if k < p.clause.start or k in s.in_phrase or p.end >= s.end:
        return False
    w, nxt = s.norms[k], s.norms[p.end]
    if w in _NO_SUBJECT or not w.startswith("ال"):
        return False
    return not (nxt.startswith("ب") or nxt in _THAT or nxt in CLAUSE_PUNCT)


# Goods a danger is to (تهدد أمن المنطقة، يهدد حياة المدنيين، تهدد وحدته), with "its".
_GOODS = {
    bare_word(normalize(w + e))
    for w in (
        "أمن", "استقرار", "سلامت", "وحدت", "حيات", "أرواح", "مستقبل", "سيادت", "مصالح",
        "مصداقيت",
    )
    for e in ("", "ه", "ها", "هم", "نا")
} | {
    bare_word(normalize(w)) for w in ("سلامة", "وحدة", "حياة", "سيادة", "مصداقية", "السلم")
}  # fmt: skip


def _endangers(s: Sentence, p: Predicate) -> bool:
    """A verb of threatening that describes a danger, no threat made to anyone: with a
    good as its object (تهدد أمن واستقرار البلاد، يهدد حياة الملايين), or with a thing as
    its subject (_thing_endangers)."""
    good = p.end < p.clause.end and bare_word(s.norms[p.end]) in _GOODS
    return good or _thing_endangers(s, p)


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
        # (نفذت الطائرات فجرا ثلاث ضربات: the clause has its verb, فجرا is when; so has
        # one with its act's noun, اقتحمت القوات البلدة فجرا، قامت باقتحام البلدة فجرا)
        lo = max(p.clause.start, p.start - 4)
        verbs = {h.start for h in s.hits["trigger"]}
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


def _invites_to_meeting(s: Sentence, trig: Hit) -> bool:
    """دعا X إلى + a meeting noun (past the inviter and the invited)."""
    for k in range(trig.end, min(s.end - 1, trig.end + 10)):
        if s.norms[k] in ("الي", "لحضور") and not _one_called_at(s, k + 1):
            return s.norms[k + 1] in MEETINGS
        if s.norms[k].startswith("لل") and "ال" + s.norms[k][2:] in MEETINGS:
            return True
        if s.norms[k] in CLAUSE_PUNCT:
            return False
    return False


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
    if needs == "threat" and _warned_of_possible(s, r):
        return False  # حذرت الخارجية من هجمات محتملة: an alert of a danger, no threat
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


_FALLEN = {normalize(w) for w in ("أسرى", "أسيرا", "أسيرًا", "ضحية", "ضحايا", "قتلى", "جرحى")}


def _fell_in(s: Sentence, r: _Reading) -> bool:
    """A verb with في right after it and its subject, before any object: وقع الجنود
    في كمين is "fell into", وقعت الحادثة في is "happened in"."""
    if r.p.kind != "verb" or r.p.hit.first.suffix or "في" in _preps(r.p.hit):
        return False  # (تحاربها القوات في الأنبار: its object is the pronoun)
    k = r.past_subject
    if k < s.end and bare_word(s.norms[k]) in _FALLEN:
        return True  # وقعوا أسرى، وقع ضحية: fell captive
    if k + 1 >= s.end or s.norms[k] not in ("في", "وفي"):
        return False
    # (وقع الوزيران في الرياض على اتفاقية: signed in a place)
    return not any(x.start == k + 1 and x.head in ("city", "country", "metonym") for x in s.phrases)


# Nouns of media and clubs named by the word after them (مجلة الدعوة، نادي هجر).
_TITLED = {
    normalize(w)
    for w in ("مجلة", "صحيفة", "جريدة", "قناة", "إذاعة", "برنامج", "نشرة", "كتاب", "نادي", "فريق")
}


_ESCALATION = {normalize(w) for w in ("تصعيد", "التصعيد", "عدوان", "العدوان")}
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


# Words of what may happen (هجمات محتملة، من احتمال وقوع، من إمكانية استخدام).
_POSSIBLE = {
    normalize(p + w)
    for p in ("", "ال")
    for w in (
        "محتمل", "محتملة", "احتمال", "احتمالات", "احتمالية", "إمكانية", "إمكان", "مرجح", "مرجحة",
    )
}  # fmt: skip


def _warned_of_possible(s: Sentence, r: _Reading) -> bool:
    """A warning of what may happen (حذرت السفارة من هجمات محتملة، من احتمال تعرض المطار
    لهجوم) alerts to a danger another may bring: a forecast, not the warner's threat."""
    p = r.p
    lo = next(
        (k + 1 for k in range(p.end, min(p.clause.end, p.end + 10)) if s.norms[k] == "من"), None
    )
    return lo is not None and any(
        s.norms[k] in _POSSIBLE or bare_word(s.norms[k]) in _POSSIBLE
        for k in range(lo, min(s.end, lo + 4))
    )


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


def _arms_told(s: Sentence, r: _Reading) -> bool:
    """A weapon, or an attack of another trigger, in the sentence."""
    if any(w in WEAPONS or bare_word(w) in WEAPONS for w in s.norms[s.start : s.end]):
        return True
    return any(
        action_plover(h) == "ASSAULT" and h.entry.get("needs") != "violence"
        for h in s.hits["trigger"]
        if h is not r.p.hit
    )


def _violent(s: Sentence, r: _Reading) -> bool:
    """A wound is an attack where the sentence tells of violence: a named agent (برصاص
    قناص، على يد مسلحين), a weapon, or an attack of its own (أصيب ثلاثة في هجوم)."""
    return any(x.actor.type != "concept" for x in r.src_phrases) or _arms_told(s, r)


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
