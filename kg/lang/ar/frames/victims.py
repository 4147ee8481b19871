"""Victims: who was killed, wounded, abducted or hit by the act a predicate names
(قتل ثلاثة جنود، أصيب مدنيون في القصف), read as its targets."""

from __future__ import annotations

from kg import actors as A
from kg.lang.ar.actors import Phrase, adjective_like, bare_word
from kg.lang.ar.frames.shared import (
    _CAUSES,
    _DEATHS,
    _MANNERS,
    _ONE_OF,
    _STOPS,
    _adverb_run,
    _cause_at,
    _exposed_at,
    _facing_word,
    _partitive,
    _preps,
    _Reading,
)
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import (
    CLAUSE_PUNCT,
    CLOSING_QUOTES,
    FUNCTION_WORDS,
    MEMBER_WORDS,
    MET,
    NUMBERS,
    PASSIVE_VERBS,
    PLACE_NOUNS,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATIVES,
    TIME_WORDS,
    VICTIM_ACTIONS,
    VICTIM_NOUNS,
)
from kg.lang.ar.syntax import (
    AT_LEAST,
    QUOTE_MARKS,
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
    only_followers,
    past_followers,
)
from kg.records import Actor


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
        if before and j >= c.start and bare(s.norms[j]) in MET:
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
        if any(s.norms[i] in _STOPS for i in range(x.end, p.start)):
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
    exposed = _under_attack_victims(s, p) or _exposed_victims(s, p) or _held_participle(s, p)
    if exposed is not None:
        return exposed
    # (wounding reads the same way: ثلاثة جنود جرحوا، مقتل أربعة وإصابة تسعة)
    if action_id not in VICTIM_ACTIONS and not (
        trig.entry.get("needs") == "violence" or trig.entry.words[0] in VICTIM_NOUNS
    ):
        return ()
    k = _past_manner(s, past_followers(s, trig.end, c.end), c.end)  # time: قتل أمس سبعة
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
            counted = _counted_before(s, b[0].start - 1, c.start)
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


def _past_manner(s: Sentence, k: int, end: int) -> int:
    """Past the manner of a killing right after its verb (أعدم رميا بالرصاص 30 رجلا):
    how it was done, then whom."""
    return k + _adverb_run(s, k) if k < end and s.norms[k] in _MANNERS else k


# Adjectives of a count's size (عدد كبير من، عددا كبيرا من).
_SIZES = {normalize(w) for w in ("كبير", "كبيرا", "قليل", "قليلا", "محدود", "محدودا")}


def _counted_before(s: Sentence, j: int, start: int) -> bool:
    """A count ends at ``j``, before the people a verb follows (ستة من رجال الجيش
    قتلوا، عشرات المدنيين قتلوا، عددا كبيرا من الأطفال قتلوا): they were killed."""
    while j > start and (s.norms[j] in MEMBER_WORDS or s.norms[j] in ("من", *_SIZES)):
        j -= 1
    if j < start:
        return False
    w = s.norms[j]
    return (
        w in NUMBERS or w.isdecimal() or counts(s, j) or (w[-1:] == "ا" and w[:-1] in QUANTIFIERS)
    )


# One person of a body, named by his rank in it (قيادي، قائد، عنصر، أحد عناصر): killed or
# wounded, the body is the victim (ICEWS codes a member as his body). The definite rank
# too (القيادي في حركة حماس فلان: the named member).
_RANKS = {
    normalize(a + w)
    for w in (
        "قيادي", "قياديا", "قائد", "قائدا", "عنصر", "عنصرا", "عضو", "عضوا", "زعيم", "زعيما",
        "أمير", "أميرا", "مقاتل", "مقاتلا", "مسلح", "مسلحا",
    )
    for a in ("", "ال")
    if a == "" or w[-1] != "ا" and w not in ("مقاتل", "مسلح")  # (الهجوم المسلح: adjectives)
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
    while (
        j < s.end
        and j > p.end
        and bare(s.norms[j]) not in _RANKS  # (قتل الجيش القيادي في ...: not an adjective)
        and adjective_like(s.norms[j], s.norms[j - 1].startswith("ال"))
    ):
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


# Acts of holding someone whose participle, with no object after it, is passive
# (محاصرون، محتجزون، مختطفون: besieged, held, abducted; the letters of the active).
_HOLDING_IDS = frozenset({"cameo_191", "arrest", "abduct"})


def _held_participle(s: Sentence, p: Predicate) -> tuple[Phrase, ...] | None:
    """الحوثيون باتوا محاصرين في الموقع، الرهائن مختطفون منذ أشهر: a participle of
    holding with no object after it is passive: the phrase it tells of (before it, past
    a copula or a pronoun) is the one held (None: no such participle)."""
    c = p.clause
    if p.kind != "participle" or p.hit.entry.get("action_id") not in _HOLDING_IDS:
        return None
    if not _nothing_done_to(s, past_followers(s, p.end, c.end), c.end):
        return None  # (قوات محاصرة للمدينة، محاصر المدينة: the besiegers)
    x = next((x for x in reversed(c.phrases) if x.end <= p.start and not x.governed), None)
    gap = range(x.end, p.start) if x is not None else range(0)
    if x is None or len(gap) > 2 or any(_not_copula(s, j) for j in gap):
        return None
    return coordinated_back([y for y in c.phrases if y.end <= x.end])


def _not_copula(s: Sentence, j: int) -> bool:
    """Token ``j`` is no verb of being or pronoun between a subject and its predicate
    (باتوا، هم، لا يزالون; a quote mark closing a name)."""
    w = s.norms[j]
    if w in _CLOSERS:
        return False
    trigger = any(h.start <= j < h.end for h in s.hits["trigger"])
    return trigger or not w.isalpha() or w in PREPOSITIONS or j in s.in_phrase


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
_CLOSERS = CLOSING_QUOTES | {")"}


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


# Marks that close a quoted word, and a straight single quote.
_CLOSING_QUOTES = CLOSING_QUOTES | {"'"}


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
    # (في أحد أحياء المدينة: a count of places is where, not people harmed)
    return after and not any(
        counts(s, j) and not (j + 1 < end and bare_word(s.norms[j + 1]) in PLACE_NOUNS)
        for j in range(k + 1, min(end, k + 5))
    )


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
    """وقتل جندي وجرح اثنان آخران، وجرح آخر: a verb of harm joined at ``k`` whose
    subject is "other(s)": the one before was harmed as they were, not a doer."""
    if s.norms[k][:1] != "و":
        return False
    for h in s.hits["trigger"]:
        if h.start == k and h.kind == "verb" and not h.first.suffix:
            if h.entry.words[0] in _HARM_VERBS:
                return any(w in _ANOTHER_ONE for w in s.norms[h.end : min(end, h.end + 3)])
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


# A noun of the sound masculine plural (سائقين، معلمون): Arabic forms it only for people.
_HUMAN_PLURAL_ENDS = ("ين", "ون")


def _counted_people(s: Sentence, r: _Reading) -> list[Actor]:
    """أعدم التنظيم أربعة سائقين في مدينة X: a verb's object counted in the sound masculine
    plural, which only people take, names the people hit even where no table knows the
    noun: civilians, named by those words, where no actor is the target yet (the town
    after them is only where)."""
    p = r.p
    # (with no doer named, the count after the verb may be its subject: وخطف ثلاثة مقنعين)
    if p.kind != "verb" or r.plover != "ASSAULT" or p.passive or r.victims or not r.src_phrases:
        return []
    if any(t.type != "country" or t.sector for t in r.targets):
        return []
    k = max([p.end] + [x.end for x in r.src_phrases if x.start >= p.end])
    k = past_followers(s, k, p.clause.end)
    if k + 1 >= p.clause.end or not (s.norms[k] in NUMBERS or s.norms[k].isdecimal()):
        return []
    j = k + 2 if s.norms[k + 1] == "من" and k + 2 < p.clause.end else k + 1
    w = bare_word(s.norms[j])
    if (
        j in s.in_phrase
        or len(w) < 5
        or not w.endswith(_HUMAN_PLURAL_ENDS)
        or w in NUMBERS
        or s.norms[j] in _OTHERS
    ):
        return []
    t0, t1 = s.idx[k], s.idx[j] + len(s.words[j])
    return [A.sector_group("CVL", "", " ".join(s.words[k : j + 1]), start=t0, end=t1)]
