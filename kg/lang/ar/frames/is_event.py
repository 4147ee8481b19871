"""Is it an event? A coded reading told as a real act, not as background, an idea or
a law, a purpose, a threat or a warning, a time reference or a thing of another
field."""

from __future__ import annotations

from kg.lang.ar.actors import bare_word
from kg.lang.ar.frames.places import _charge
from kg.lang.ar.frames.senses import (
    _FALLEN,
    _WOUNDED,
    _accident_toll,
    _enlisted,
    _given_as_reason,
    _habitual,
    _sense_needs_met,
)
from kg.lang.ar.frames.shared import (
    _MANNERS,
    _MUTUAL_IDS,
    _SPANS,
    _agentless,
    _preps,
    _Reading,
    _recipient,
    action_plover,
)
from kg.lang.ar.frames.sources import _fought_with
from kg.lang.ar.frames.targets import _has_object_pronoun, _prep_follows, _state_of_control
from kg.lang.ar.matcher import Hit
from kg.lang.ar.morphology import conjugate
from kg.lang.ar.normalize import normalize, strip_diacritics
from kg.lang.ar.rules import (
    BACKGROUND,
    BODY_NOUNS,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    FOUND_STEMS,
    FUNCTION_WORDS,
    GENERIC,
    HALTING,
    JUDGED_AS,
    LOCATIVES,
    NOT_EVENT_HEADS,
    NOT_ONLY,
    OTHER_FIELDS,
    PRACTICE_STEMS,
    PREPARING_VERBS,
    PREPOSITIONS,
    PURPOSE,
    RELATIVES,
    RESPONSIBILITY,
    SCOURGES,
    TIME_WORDS,
    VICTIM_ACTIONS,
    VICTIM_NOUNS,
    WEAPONS,
)
from kg.lang.ar.syntax import (
    DONE_TO,
    Predicate,
    Sentence,
    bare,
    light_verb_in,
    masdar_reading,
    threatened,
    undertaking_in,
)
from kg.vocab import actions


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
    if _purpose_noun(s, r) or _put_to_use(s, p):
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


# Verbal nouns of using or taking part: with لـ after a clause (لاستخدامها، للمشاركة),
# the act after their في is what the clause's act is for.
_USING = {normalize(w) for w in ("استخدام", "مشاركة", "مساهمة", "استعانة", "بدء", "شروع")}
_IN = normalize("في")
# ... and of beginning, whose act may follow with بـ (للبدء بعملية عسكرية).
_BEGINNING = {normalize(w) for w in ("بدء", "شروع")}


def _put_to_use(s: Sentence, p: Predicate) -> bool:
    """An act after لاستخدامه في or للمشاركة في, past the clause's start (نشرت طائرات
    في القاعدة لاستخدامها في ضرب مواقع التنظيم): the purpose, not done. Going out to
    take part in a protest is protesting."""
    if action_plover(p.hit) == "PROTEST":
        return False
    with_ba = p.hit.first.prefix.lstrip("وف") == "ب"
    j = p.start - 1 if with_ba else p.start - 2
    if j <= p.clause.start or not (with_ba or s.norms[p.start - 1] == _IN):
        return False
    w = s.norms[j]
    w = w[2:] if w.startswith("لل") else w[1:] if w.startswith("ل") else ""
    for end in ("هم", "ها", "ه"):
        if w.endswith(end) and w[: -len(end)] in _USING:
            w = w[: -len(end)]
    return w in (_BEGINNING if with_ba else _USING)


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
        or _conceded(s, p)
    ):
        # سيعزز التعاون: a tie named, no act told; أي اعتداء، كل أشكال العنف: a kind of
        # act, not one that happened; القوات
        # المشاركة في العملية: what they are; في مواجهة أية تدخلات: against any; عثر على
        # قذيفة: a thing found; تدريبهم على إطلاق النار: practice; جهود مكافحة
        # الإرهاب: striven for; رغم توقيع الاتفاق: granted as known, not told
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


# Words of conceding (رغم، برغم، بالرغم من، على الرغم من).
_DESPITE = {normalize(w) for w in ("رغم", "ورغم", "برغم", "وبرغم")}
_THE_DESPITE = {normalize(w) for w in ("الرغم", "بالرغم", "وبالرغم")}


def _conceded(s: Sentence, p: Predicate) -> bool:
    """An event noun right after a word of conceding (رغم توقيع الاتفاق، على الرغم من
    احتجاج النواب): an act granted as known, the background of the clause, not told."""
    k = p.start - 1
    if k < s.start:
        return False
    if s.norms[k] == _FROM and k > s.start:
        return s.norms[k - 1] in _THE_DESPITE
    return s.norms[k] in _DESPITE


# Categories of helping: their participles describe a noun (القوات المشاركة، الجهات
# الداعمة), and the act they are for is their goal (دعما للقضاء على داعش).
_HELPING = frozenset({"COOPERATE", "SUPPORT", "AID"})


def _attributive(s: Sentence, r: _Reading) -> bool:
    """A definite participle (مُفاعِلة) of taking part right after a definite noun it
    agrees with is its adjective: الدول المشاركة، الخدمات المساندة (feminine after a
    feminine or non-human plural noun; a sound plural after the same plural)."""
    p = r.p
    w = s.norms[p.start]
    if r.plover not in _HELPING or p.end - p.start != 1 or p.start == s.start:
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
        # answering a call (تلبية لدعوة من الملك: the invitation was made)
        "تلبية",
    )
}  # fmt: skip


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
    # (a verb of doing or undertaking is the clause's verb too: قامت القوات بحملة في
    # البلدة لاعتقال مطلوبين، شنت غارات على المنطقة لتدمير مخازن السلاح)
    doing = light_verb_in(s, p.clause.start, p.start) or undertaking_in(s, p.clause.start, p.start)
    clause_verb = (
        cues or relative or untold or doing or any(h.start >= p.clause.start for h in verbs)
    )
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
    verbs = {h.start for h in s.hits["trigger"] if h.kind == "verb"}
    for k in range(p.start - 2, max(s.start, p.start - _PAST_COMMA) - 1, -1):
        if s.norms[k] in CLAUSE_PUNCT and s.norms[k] not in _COMMAS:
            return False
        if s.norms[k] in _LAM_GOVERNORS or bare(s.norms[k]) in _LAM_GOVERNORS:
            return False  # تصدت القوات، أمس، لهجمات: its object, not its purpose
        if k in verbs:
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
    ليس الحل الأنسب، قتل النفس يعد من الكبائر، قتل الأبرياء محرم، غير مقبول), says what
    it may bring, means or needs (ضرب هؤلاء قد يضعف التنظيم، حصار المدينة يعني،
    ردع الجماعة يتطلب): acts of that kind, spoken of."""
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
        if _may_or_means(w, nxt):
            # (past a name too: قتل هؤلاء قد، قصف معاقل داعش يقتضي; a visit of a named
            # man judged, زيارة كيري هي فرصة, is still told)
            return k == p.end or s.norms[k - 1].startswith("ال") or _named_before(s, k)
        if not (w.startswith("ال") or nxt.startswith("ال") or {k, k + 1} & s.in_phrase):
            return False
    return False


# Verbs of meaning or needing (يعني، يتطلب، يقتضي): what an act of a kind is or takes.
_MEANS_OR_NEEDS = {
    normalize(w)
    for w in (
        "يعني", "تعني", "يتطلب", "تتطلب", "يقتضي", "تقتضي", "يستدعي", "تستدعي", "يستلزم",
        "تستلزم",
    )
}  # fmt: skip
_MAY = normalize("قد")


def _may_or_means(w: str, nxt: str) -> bool:
    """قد before a present verb (may: ي/ت/ن, no past ending), or a verb of meaning or
    needing; قد before a past verb tells a fact (قد أسفر)."""
    present = nxt[:1] in ("ي", "ت", "ن") and not nxt.endswith(("وا", "ت"))
    return w in _MEANS_OR_NEEDS or w == _MAY and present


def _named_before(s: Sentence, k: int) -> bool:
    """The word before ``k`` ends a name or is a demonstrative (قتل هؤلاء قد)."""
    return k - 1 in s.in_phrase or s.norms[k - 1] in _DEMONSTRATIVES


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
