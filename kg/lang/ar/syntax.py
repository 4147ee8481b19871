"""Arabic clause analysis: clauses, their predicates and the arguments of each.

This stage knows grammar, not events. It reads one sentence (tokens, lexicon
hits, actor phrases) and returns typed records:

- ``Clause``: a stretch of the sentence with its kind (main, complement after
  أن/إن, relative after الذي/التي, coordinate after و/ف + verb or فيما/بينما,
  circumstantial participle, quotation, dateline), its subject (its own, the
  relative's head, or carried over: pro-drop) and its speaker (reported speech);
- ``Predicate``: a trigger of the lexicon read as a verb (active or passive), a
  verbal noun (masdar) or a participle, with negation and modality in its scope;
- ``Arg``: an argument with its role (``subj``, ``obj``, ``gen`` the idafa
  genitive, ``pp`` with its preposition, ``agent`` of a passive or event noun,
  ``between`` for بين A و B), its actor phrases (coordinated ones together) and
  how it was found (``vso``, ``svo``, ``carried``, ``head`` ...).

Event coding (``kg.lang.ar.frames``) maps predicates with their arguments to
events; nothing here depends on which event a word names.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cached_property

from kg.lang.ar.actors import (
    DURING_IT,
    ArticleMemory,
    Phrase,
    adjective_like,
    bare_word,
    wrong_article,
)
from kg.lang.ar.matcher import Hit
from kg.lang.ar.normalize import normalize, strip_diacritics
from kg.lang.ar.rules import (
    ABLE_VERBS,
    AGENT_AFTER_ALA,
    AGENT_FIRE,
    BACKGROUND,
    CLAIM_VERBS,
    CLAUSE_PUNCT,
    CLOSING_QUOTES,
    COMPLEMENTIZERS,
    CONTINUATIVES,
    COORDINATORS,
    DOER_VERBS,
    DUTY_VERBS,
    FIRST_PERSON_PLURAL,
    FOLLOWER_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    LOCATIVES,
    LOYAL_WORDS,
    MASDAR_GOVERNORS,
    MEMBER_WORDS,
    NEGATORS,
    NOT_ONLY,
    NUMBERS,
    PART_NOUNS,
    PASSIVE_VERBS,
    PEOPLE_COUNTS,
    PLACE_NOUNS,
    PREPOSITIONS,
    QUANTIFIERS,
    QUOTE_MARKS,
    RELATIVES,
    RESPONSIBILITY,
    RESULT_PREPS,
    RESULT_VERBS,
    TIME_LINKS,
    TIME_WORDS,
    VICTIM_ACTIONS,
    VOICE_VERBS,
    WHICH,
)
from kg.records import Actor

__all__ = ["Arg", "Clause", "Predicate", "Sentence", "analyse", "bare"]

# Negative verbs whose complement did not happen: أخفق الطرفان في التوصل إلى اتفاق.
_FAILURE = {
    "اخفق", "اخفقت", "فشل", "فشلت", "يفشل", "تفشل", "عجز", "عجزت", "تعذر",
    # plural and dual, and the verbal noun after ب (بفشل الوزراء في التوصل إلى اتفاق)
    "فشلوا", "فشلا", "يفشلون", "اخفقوا", "اخفقا", "عجزوا", "بفشل", "لفشل",
}  # fmt: skip
# "Without": an event noun soon after it did not happen (دون وقوع إصابات).
_WITHOUT = {"دون", "بدون", "بلا", "وبلا", "ودون", "وبدون"}
# عدم "non-", the negator of a verbal noun (عدم وقوع اشتباكات، بعدم قصف المدنيين).
_NON = {normalize(w) for w in ("عدم", "وعدم", "بعدم", "لعدم", "فعدم")}
# Nouns of taking place or being there, between a negator and the act: عدم وقوع إصابات;
# and of news of it (دون أنباء عن إصابات، عدم ورود تقارير عن قتلى): none came.
_OCCURRING = {
    normalize(w) for w in ("وقوع", "وجود", "حدوث", "تسجيل", "أنباء", "انباء", "ورود", "تقارير")
}
# ... and present verbs of taking place, after لم، لا، لن (لم يحصل تبادل لإطلاق النار،
# لم تقع اشتباكات): the act they take as subject did not happen.
_OCCURRING_VERBS = {
    normalize(w)
    for w in ("يحصل", "تحصل", "يقع", "تقع", "يحدث", "تحدث", "يجر", "تجر", "يجري", "تجري")
}
_NEGATING = NEGATORS | _NON
# Negators of an intent: of a verb, of a verbal noun (عدم رغبتها) and of an adjective
# (غير مستعدة، غير مهتمة).
_NEGATING_INTENT = _NEGATING | {"غير", "وغير"}
# What may stand between a negator and the act it negates.
_PASSED = FOLLOWER_WORDS | PREPOSITIONS | _OCCURRING | {"هناك", "هنالك"}  # (ليس هناك حصار)
# Modal particles: قد + present is "may" (the event has not happened).
_MAY = {"قد", "وقد", "فقد"}
_MODALITY_RANK = ["asserted", "future", "intended", "requested", "hoped", "conditional"]
# A dateline ends with a dash or colon after a place and an outlet: الرياض - واس:
_DATELINE_DASHES = {"-", "–", "—"}


@dataclass
class Sentence:
    """One sentence's tokens and analyses (token indices are document-wide)."""

    start: int
    end: int
    char_start: int
    char_end: int
    words: list[str]
    norms: list[str]
    idx: list[int]
    hits: dict[str, list[Hit]]
    phrases: list[Phrase]
    register: str = ""  # sports, business ... when the sentence or article is one (kg.events)
    # the register the sentence before passes on (a crash told, its toll after it: frames)
    carried: str = ""
    victims: list = field(default_factory=list)  # actors read as victims so far (frames)

    @cached_property
    def in_phrase(self) -> frozenset[int]:
        """The tokens inside some actor phrase."""
        return frozenset(k for x in self.phrases for k in range(x.start, x.end))

    @cached_property
    def last_question_mark(self) -> int:
        """The token of the sentence's last question mark, -1 when it has none."""
        return max(
            (k for k in range(self.start, self.end) if self.norms[k] in ("؟", "?")), default=-1
        )


@dataclass(frozen=True)
class Arg:
    """An argument of a predicate: its role, its actor phrases, how it was found."""

    role: str  # subj, obj, gen, pp, agent, between
    phrases: tuple[Phrase, ...] = ()
    prep: str = ""  # the preposition of a pp (a word or a clitic: مع, على, ب, ل)
    how: str = ""  # vso, svo, carried, head, pronoun, we, idafa, nisba, doer, light ...
    actor: Actor | None = None  # an actor not in this sentence (carried, "we")

    @property
    def actors(self) -> list[Actor]:
        if self.actor is not None:
            return [self.actor]
        return [a for p in self.phrases for a in p.actors]

    @property
    def start(self) -> int:
        return self.phrases[0].start if self.phrases else -1


@dataclass
class Clause:
    start: int
    end: int
    kind: str = "main"  # main, complement, relative, coordinate, quote, dateline
    opener: str = ""
    phrases: list[Phrase] = field(default_factory=list)
    subject: Arg | None = None
    head: Phrase | None = None  # a relative clause's noun
    thing_head: bool = False  # a relative clause on a non-actor noun (الهجوم الذي)
    speaker: Actor | None = None
    speaker_phrase: Phrase | None = None
    denied: bool = False  # the complement of a denial: نفى أن تكون موسكو قد زودت
    victims: bool = False  # a killing told with its victims; a later "في هجوم" is how
    victim_phrases: tuple = ()  # the victims named in it (never another act's agent)


@dataclass
class Predicate:
    """A trigger read as a verb, a verbal noun or a participle, with its arguments."""

    hit: Hit
    kind: str  # verb, noun, participle
    clause: Clause
    args: list[Arg] = field(default_factory=list)
    negated: bool = False
    negative_subject: bool = False  # لا أحد: nobody did it
    failed: bool = False  # فشل في، لم يتمكن من: tried, and did not manage it
    modality: str = "asserted"
    passive: bool = False
    attributed_to: Actor | None = None
    first_in_clause: bool = True
    context: Actor | None = None  # the sentence's running subject where the trigger stands
    speaker: Actor | None = None  # who is reported as saying the sentence, if anyone

    def arg(self, role: str, prep: str | None = None) -> Arg | None:
        return next(
            (a for a in self.args if a.role == role and (prep is None or a.prep == prep)), None
        )

    @property
    def start(self) -> int:
        return self.hit.start

    @property
    def end(self) -> int:
        return self.hit.end


def bare(w: str) -> str:
    """A word without the conjunction و/ف before it."""
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


# --------------------------------------------------------------------- clauses


def _dash(s: Sentence, k: int) -> bool:
    """A dash, or a lone tatweel typed for one (بيروت ـ ا ف ب:), which normalising empties."""
    return s.norms[k] in _DATELINE_DASHES or (s.words[k][:1] == "ـ" and not s.words[k].strip("ـ"))


def _dateline_end(s: Sentence) -> int:
    """Token after a dateline at the head of an article's sentence (عمّان - «الوطن»:)."""
    limit = min(s.end, s.start + 10)
    for k in range(s.start, limit):
        if _dash(s, k) and k > s.start:
            j = k + 1
            while j < limit and s.norms[j] not in (":",) and not _dash(s, j):
                j += 1
            if j < limit and s.norms[j] == ":":
                return j + 1
            return k + 1 if k - s.start <= 3 else s.start
        if s.norms[k] == ":" and k - s.start <= 2 and not s.phrases[:1]:
            return s.start
    return s.start


def segment(s: Sentence) -> list[Clause]:
    """Cut the sentence into clauses at complementisers, relative pronouns,
    coordinators, reporting verbs after و and clause punctuation."""
    cue_verbs = {h.start for h in s.hits["cue"] if h.kind in ("report", "speaker_quote")}
    start = _dateline_end(s)
    clauses = [Clause(s.start, start, "dateline")] if start > s.start else []
    clauses.append(Clause(start, s.end))
    # a word of a name is no opener: بان كي مون (not بأن "that" and كي "so that")
    named = s.in_phrase
    for i in range(start + 1, s.end):
        w = s.norms[i]
        kind = _opener_kind(w)
        if kind is not None and i in named and w.isalpha():
            continue
        if kind == "quote" and w != ":" and _quoted_name(s, i):
            continue  # «الحوار الاستراتيجي»: a quoted name, not a quotation
        if w == "غير" and (i + 1 >= s.end or s.norms[i + 1] not in COMPLEMENTIZERS):
            continue  # غير أن: "however"; التصرف غير المسؤول: "non-"
        if w in ("قبل", "بعد") and s.norms[i - 1] == "من" and s.norms[i + 1 : i + 2] != ["ان"]:
            continue  # هجوم من قبل مسلحين: "by" (and من بعد: "afterwards"), not "before"
        if w == "بعد" and s.norms[i - 1] in ("علي", "على"):
            continue  # على بعد كيلومترات: "at a distance of", not "after"
        if w in ("قبل", "بعد") and _span_of_time_at(s, i + 1):
            continue  # سيطرت القوات قبل أيام على عدن: "days ago", no clause of its own
        if kind is None and i in cue_verbs and w.startswith("و"):
            kind = "coordinate"
        if kind is None:
            continue
        clauses[-1].end = i
        clauses.append(Clause(i, s.end, kind, opener=w))
    clauses = _verbless_commas_joined(s, clauses)
    for c in clauses:
        c.phrases = _kinds_before_names([p for p in s.phrases if c.start <= p.start < c.end], s)
    return clauses


# Spans of time, counted after قبل or بعد (قبل أيام، بعد ساعات، قبل يومين) and no actor
# (قبل أيام استقبل: "days ago", no one who received).
_SPANS_OF_TIME = {
    normalize(w)
    for w in (
        "أيام", "يومين", "يوم", "ساعات", "ساعة", "ساعتين", "أسابيع", "أسبوع", "أسبوعين",
        "أشهر", "شهور", "شهر", "شهرين", "سنوات", "سنة", "سنتين", "عام", "عامين", "أعوام",
        "دقائق", "لحظات", "فترة", "مدة", "قليل",
    )
}  # fmt: skip


def _span_of_time_at(s: Sentence, k: int) -> bool:
    """A span of time at ``k``, counted or not (أيام، ثلاثة أشهر، 10 سنوات); a counted
    one before من or على times another act (بعد ستة أيام من تفجير: a clause of its own)."""
    if k + 2 < s.end and (s.norms[k].isdecimal() or s.norms[k] in NUMBERS):
        # (هجوم وقع قبل ثلاثة أشهر على يد مسلحين)
        return bare(s.norms[k + 1]) in _SPANS_OF_TIME and s.norms[k + 2] not in _OF_AN_ACT
    return k < s.end and bare(s.norms[k]) in _SPANS_OF_TIME


_OF_AN_ACT = {"من", "علي", "على"}


def _verbless_commas_joined(s: Sentence, clauses: list[Clause]) -> list[Clause]:
    """A place or a time set off by commas, with no verb of its own, goes on the clause
    before it, and so does what follows it up to the next comma (استقبل الملك، في قصر
    السلام اليوم، وزير الدفاع الأميركي: the object after the place)."""
    verbs = sorted(
        [h.start for h in s.hits["trigger"] if h.kind != "noun"]
        + [h.start for h in s.hits["cue"] if h.kind in _VERB_CUES]
    )
    out: list[Clause] = []
    after_adjunct = False
    for c in clauses:
        prev = out[-1] if out else None
        own_verb = bisect_left(verbs, c.end) > bisect_left(verbs, c.start)
        first = s.norms[c.start + 1] if c.start + 1 < c.end else ""
        adjunct = first in PREPOSITIONS or first in TIME_WORDS or first == "("
        if (
            prev is not None
            and prev.kind != "dateline"
            and c.kind == "coordinate"
            and c.opener in ("،", ",")
            and not own_verb
            and (adjunct or after_adjunct)
        ):
            prev.end = c.end
            after_adjunct = adjunct
            continue
        after_adjunct = False
        if _topic_and_predicate(s, prev, c, verbs):
            prev.end = c.end  # أن مسلحا آخر، فجر عبوة ناسفة: the comma parts no clauses
            continue
        out.append(c)
    return out


def _topic_and_predicate(s: Sentence, prev: Clause | None, c: Clause, verbs: list[int]) -> bool:
    """أن/إن + a noun phrase and no verb, a comma, then a verb with no conjunction: the
    noun after أن is the verb's subject, set off by a comma (أن مسلحا آخر، فجر عبوة)."""
    if prev is None or prev.kind != "complement" or c.opener not in ("،", ","):
        return False
    if any(prev.start <= h.start < prev.end and h.kind == "verb" for h in s.hits["trigger"]):
        return False  # (the complement has its verb; مفجرا انتحاريا is a noun)
    if bisect_left(verbs, prev.end) > bisect_left(verbs, prev.start + 1):
        return False  # (or a cue of one)
    if not any(x.start in (prev.start + 1, prev.start + 2) for x in s.phrases):
        return False  # (an actor opens it: أن اشتباكات دارت، فجر السبت has none)
    k = c.start + 1
    # (an event verb, not a participle of saying: أن فلسطين ستبقى، مشددا; فجر: its ف is
    # the root's, the hit's prefix tells)
    verb = next((h for h in s.hits["trigger"] if h.start == k and h.kind == "verb"), None)
    joined = verb is not None and verb.first.prefix[:1] in ("و", "ف")
    return verb is not None and not joined and prev.end - prev.start <= 8


# Cues that are verbs or stand before one (قال، أكد، يعتزم، لم، سوف).
_VERB_CUES = {
    "report", "speaker_quote", "intent", "hope", "request", "habit", "negation", "future",
    "near",
}  # fmt: skip


def _quoted_name(s: Sentence, i: int) -> bool:
    """Quotation marks around a few words with no colon before them quote a name or a
    term (the press quotes names: «الحوار الاستراتيجي»), not what someone said."""
    close = QUOTE_MARKS.get(s.norms[i])
    if close is None or (i > s.start and s.norms[i - 1] == ":"):
        return False
    if close == s.norms[i]:
        # (one mark opens and closes: after an odd number of them it closes a name
        # opened a few words before: ودعا "أوباما" نواب الكونغرس)
        before = [k for k in range(max(s.start, i - 7), i) if s.norms[k] == close]
        # (a mark glued to a word counts too: بـ"حرب أخرى")
        opened = sum(s.norms[k].count(close) for k in range(s.start, i)) % 2 == 1
        if opened:
            return bool(before) and _quoted_name(s, before[-1])
    return any(s.norms[k] == close for k in range(i + 1, min(s.end, i + 7)))


def _opener_kind(w: str) -> str | None:
    if w in COMPLEMENTIZERS:
        return "complement"
    if w in RELATIVES:
        return "relative"
    if w in COORDINATORS:
        return "coordinate"
    if w in (":", "«", '"', "“"):
        return "quote"
    if w in ("،", ",", ";", "؛"):
        return "coordinate"
    return None


# ------------------------------------------------------------------ qualifiers


def negation(s: Sentence, trig: Hit, clause: Clause) -> tuple[bool, bool]:
    """(negated, negative subject) of a trigger in its clause."""
    if _negative_subject(s, trig, clause):
        return True, True
    k, steps = trig.start - 1, 0
    while k >= clause.start and steps < 3:
        w = s.norms[k]
        if _still(s, k):
            break  # ما زالت تندد، لا يزال يقصف: "still", no negation
        if _failing_subject(s, trig, k):
            break  # فشلت المحادثات في حل الخلافات: the talks were held, and failed
        if w in _NEGATING or bare(w) in NEGATORS or bare(w) in _FAILURE:  # (وليس)
            if _not_only(s, trig, bare(w) in ("ليس", "ليست")):
                return False, False  # ليس ... فحسب، لا تستهدف X وحده بل: not only, but also
            return True, False
        # (عدم وجود حزام ناسف: no belt was there; لن تشرع في قتال: not begun, not done)
        passed = w in _PASSED or bare(w) in _OCCURRING or bare(w) in _BEGINNING
        if not passed and not _occurring_verb(s, k):
            break
        k, steps = k - 1, steps + 1
    if _failed_at(s, trig, clause) or _prevented(s, trig, clause) or _not_begun(s, trig, clause):
        return True, False
    if _almost(s, trig, clause):
        return True, False  # كادت القذيفة تصيب السفارة: it nearly did, and did not
    # دون أن يبلغ عن وقوع إصابات: without casualties (أن opens a clause of its own)
    lo = clause.start - (clause.start > s.start and bare(s.norms[clause.start - 1]) in _WITHOUT)
    window = range(max(lo, trig.start - 5), trig.start)
    if any(
        bare(s.norms[j]) in _WITHOUT
        and (
            (trig.kind == "noun" and _only_occurring(s, j + 1, trig.start))
            or (j + 1 < trig.start and s.norms[j + 1] == "ان")
        )
        for j in window
    ):
        return True, False  # (من دون أن تكون الحكومة وافقت عليه: a verb after دون أن)
    if trig.kind == "noun" and _claim_untrue(s, trig):
        return True, False  # أنباء عن مقتل زعيم طالبان، لكن الحركة تنفي صحتها
    return _negated_by_cue(s, trig, clause), False


# "Almost" (كاد، أوشك): the present verb after it, past its subject, nearly happened.
_ALMOST = {
    normalize(c + w)
    for c in ("", "و", "ف", "ل")
    for w in ("كاد", "كادت", "كادوا", "يكاد", "تكاد", "أوشك", "أوشكت", "يوشك", "توشك")
}
_ALMOST_REACH = 6


def _almost(s: Sentence, trig: Hit, clause: Clause) -> bool:
    """A present verb a few words after كاد or أوشك in its clause (كادت قذيفة أطلقها
    المسلحون تصيب المقر، كاد المتظاهرون يقتحمون): it did not happen."""
    if trig.kind != "verb" or trig.entry.get("tense") != "present":
        return False
    lo = max(clause.start, s.start, trig.start - _ALMOST_REACH)
    return any(s.norms[k] in _ALMOST for k in range(lo, trig.start))


# Present verbs of beginning: after a negator, the act they take has not begun.
_BEGINNING = {normalize(w) for w in ("يشرع", "تشرع", "يشرعون", "يبدأ", "تبدأ", "يبدؤون")}
# Present verbs of receiving (the jussive after لم drops its last letter): after a
# negator, the act they take was not received, so not made (لم تتلق دعوة، لن يتسلم دعما).
_RECEIVING = {
    normalize(w)
    for w in (
        "يتلق", "تتلق", "يتلقى", "تتلقى", "يتلقوا", "نتلق", "يتسلم", "تتسلم", "يتسلموا",
        "يستلم", "تستلم", "يستلموا",
    )
}  # fmt: skip
# Present verbs of including: after a negator, the act they take is not part of the deal
# or plan they tell of (لا يتضمن الاتفاق تقديم دعم جوي، لم تشمل الخطة فرض عقوبات).
_INCLUDING = {
    normalize(w) for w in ("يتضمن", "تتضمن", "يتضمنان", "يشمل", "تشمل", "يشملان", "ينص", "تنص")
}
# How far back a negated verb of beginning or receiving takes its act, past its subject.
_TAKING_REACH = 6


def _not_begun(s: Sentence, trig: Hit, clause: Clause) -> bool:
    """A verbal noun that a negated verb of beginning, receiving or including takes, its
    subject between them (لم تبدأ الفصائل في قتال الجيش، لم تتلق الوزارة طلبا رسميا): not done.
    Only phrase words, the article's prepositions and words of "any" come between."""
    carried = trig.start > s.start and bare(s.norms[trig.start - 1]) in _CARRYING_NOUNS
    if trig.kind != "noun" and not carried:
        return False  # (a bare past form after تقديم is its noun: تقديم دعم)
    for k in range(trig.start - 1, max(clause.start, trig.start - _TAKING_REACH) - 1, -1):
        w = bare(s.norms[k])
        if w in _BEGINNING or w in _RECEIVING or w in _INCLUDING:
            return k > s.start and bare(s.norms[k - 1]) in NEGATORS
        # (past a verbal noun of carrying out: لم يتضمن الاتفاق تقديم دعم جوي)
        passed = w in PREPOSITIONS or w in _ANY or w in _CARRYING_NOUNS
        # (and past the deal or plan that includes it: لم تشمل الخطة فرض عقوبات)
        passed = passed or (k > s.start and bare(s.norms[k - 1]) in _INCLUDING)
        if k not in s.in_phrase and not passed:
            return False
    return False


# A verb of failing right before a verbal noun has it as subject: the act took place and
# failed (فشلت المحادثات، فشل الهجوم), unless it is reaching or may not be done at all
# (فشل التوصل إلى اتفاق، تعذر عقد الاجتماع).
_FAILED_ONES = {normalize(w) for w in ("فشل", "فشلت", "اخفق", "اخفقت", "بفشل", "لفشل")}


def _failing_subject(s: Sentence, trig: Hit, k: int) -> bool:
    """The verb of failing at ``k`` is right before the verbal noun, its subject."""
    return (
        k == trig.start - 1
        and trig.kind == "noun"
        and bare(s.norms[k]) in _FAILED_ONES
        and bare(s.norms[trig.start]) not in _REACHING
    )


def _occurring_verb(s: Sentence, k: int) -> bool:
    """A present verb of taking place right after لم، لا or لن (not ما: ما يحدث من قتل
    is "what happens", no negation)."""
    return (
        k > s.start
        and s.norms[k] in _OCCURRING_VERBS
        and bare(s.norms[k - 1]) in ("لم", "لا", "لن")
    )


# Nouns of a rumour or a claim (أنباء عن مقتل، ادعاء (احتلال سيناء)، مزاعم بأن).
_CLAIM_NOUNS = {
    normalize(w)
    for w in (
        "أنباء", "الأنباء", "شائعات", "الشائعات", "ادعاء", "ادعاءات", "مزاعم", "إشاعات",
        "الادعاء", "الادعاءات", "المزاعم", "الإشاعات",
    )
}  # fmt: skip
# ... and its verbs (ما تدعيه المواقع من استشهاد): the act they tell of follows, past
# the words between them and the act.
# Verbs of going around (ما تردد عن، ما تداوله مغردون من، ما أشيع عن): what they tell
# is untrue when a denial takes it (نفى ما تردد عن وقوع هجمات).
_CIRCULATING = {
    normalize(w)
    for w in (
        "تردد", "يتردد", "ترددت", "أشيع", "يشاع", "تداول", "تداوله", "تداولته", "يتداول",
        "تتداول", "يتداوله", "تتداوله", "تناقلته", "تناقلت", "تناقله", "نشر", "نشرته",
    )
}  # fmt: skip
_RUMOURS = (
    _CLAIM_NOUNS
    | _CIRCULATING
    | {normalize(w) for w in ("تدعي", "يدعي", "تدعيه", "يدعيه", "تزعم", "يزعم", "تزعمه", "يزعمه")}
)
# What a verb of rejecting may take: a claim, an accusation or a report (ترفض اتهامات
# بأنها زودت، نفت تقارير عن).
_CLAIMS = _CLAIM_NOUNS | {
    normalize(w) for w in ("اتهامات", "الاتهامات", "اتهام", "الاتهام", "تقارير", "التقارير")
}
_TO_THE_CLAIM = {normalize(w) for w in ("عن", "بشأن", "حول", "من", "(", "«", "“", '"')}
# What says a claim untrue (تنفي صحتها، عارية من الصحة، لا أساس لها من الصحة، أشياء
# خاطئة، غير صحيحة, a claim زورا): all of them say so of a claim, never of an act told.
_UNTRUE = {
    normalize(w)
    for w in ("صحتها", "صحته", "صحة", "خاطئة", "كاذبة", "مفبركة", "زائفة", "زورا", "زورًا")
}
_UNTRUE_BEFORE = {normalize(w) for w in ("نفى", "نفت", "تنفي", "ينفي", "نفي", "من", "غير")}


def _claim_untrue(s: Sentence, trig: Hit) -> bool:
    """A verbal noun a claim or rumour tells (its complement, a few words after it: the
    claimer may come between a verb and من) in a sentence that calls the claim untrue."""
    k = trig.start - 1
    while k > max(s.start, trig.start - 6) and s.norms[k] not in _RUMOURS:
        w = s.norms[k]
        if w not in _TO_THE_CLAIM and k not in s.in_phrase and w not in _OCCURRING:
            return False  # (عن وقوع هجمات: past the noun of taking place)
        k -= 1
    if s.norms[k] not in _RUMOURS:
        return False
    if _denied(s, k):
        return True
    if s.norms[k] in _CIRCULATING:
        return False  # (ما تردد عن: told as heard, not as a claim called untrue)
    return any(
        bare(s.norms[j]) in _UNTRUE
        and (s.norms[j] not in ("صحة", "صحه") or bare(s.norms[j - 1]) in _UNTRUE_BEFORE)
        for j in range(s.start + 1, s.end)
    )


# The active participle of denying, as a circumstance (مضيفا، نافيا ما تردد عن).
_DENYING = {normalize(w) for w in ("نافيا", "نافية", "نافين")}


def _denied(s: Sentence, k: int) -> bool:
    """A verb of denying, not negated, takes what goes round at ``k`` (نفى المتحدث ما
    تردد عن، نافيا ما تردد عن): past its subject, within the clause's reach."""
    lo = max(s.start, k - 8)
    if k - 2 >= s.start and s.norms[k - 1] == "ما" and bare(s.norms[k - 2]) in _DENYING:
        return True  # (نافيا ما تردد: "denying what went round")
    return any(
        h.entry.get("action_id") == "deny"
        and lo <= h.start < k
        and not (h.start > s.start and s.norms[h.start - 1] in NEGATORS)
        for h in s.hits["trigger"]
    )


def failed(s: Sentence, trig: Hit, clause: Clause) -> bool:
    """The act was tried and not managed: after a verb of failing (فشل في التوصل إلى
    اتفاق) or a negated verb of being able (لم تتمكن القوات من السيطرة على)."""
    lo = max(clause.start, trig.start - 3)
    if _failed_at(s, trig, clause) or any(
        bare(s.norms[k]) in _FAILURE for k in range(lo, trig.start)
    ):
        return True
    # انتهت الجولة دون التوصل إلى اتفاق: "without" a verbal noun of reaching, sought
    lo = max(s.start, lo - 1)  # (دون opens a clause of its own)
    return any(
        bare(s.norms[k]) in _WITHOUT and s.norms[k + 1] in _REACHING for k in range(lo, trig.start)
    )


# Verbal nouns of reaching or attaining: what one ends "without" reaching was sought.
_REACHING = {normalize(w) for w in ("التوصل", "الوصول", "تحقيق", "إحراز", "بلوغ")}


# "Alone" after the negated act's object (لا تستهدف الحزب وحده، بل), and "but rather".
_ALONE = {normalize(w) for w in ("وحده", "وحدها", "وحدهم", "وحدهما")}
_RATHER = {normalize(w) for w in ("بل", "وإنما", "إنما", "وانما")}


def _not_only(s: Sentence, trig: Hit, laysa: bool) -> bool:
    """ "Not only ... (but also)": ليس ... فحسب, or any negator with "only" or "alone"
    after the act and "but rather" after them (لا يستهدف الجيش وحده، بل الشعب كله)."""
    later = s.norms[trig.end : s.end]
    k = next((i for i, x in enumerate(later) if x in NOT_ONLY or x in _ALONE), None)
    if k is None:
        return False
    return laysa or any(bare(x) in _RATHER or x in _RATHER for x in later[k + 1 : k + 8])


# Verbs of remaining (ما زال، لا يزال): with a negator before them, "still".
_REMAINING = {
    normalize(w)
    for w in ("زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "انفك", "ينفك", "تنفك", "برح")
}


def _still(s: Sentence, k: int) -> bool:
    """The negator at ``k`` makes "still" with a verb of remaining after it."""
    return k + 1 < s.end and bare(s.norms[k]) in NEGATORS and s.norms[k + 1] in _REMAINING


def _only_occurring(s: Sentence, a: int, b: int) -> bool:
    """Only words of taking place, or of any, between "without" and the act (دون وقوع
    إصابات، بدون أي هجوم), not another noun (دون الإشارة إلى توقيت القصف)."""
    return all(
        bare(s.norms[k]) in _OCCURRING or s.norms[k] in FUNCTION_WORDS or s.norms[k] in _ANY
        for k in range(a, b)
    )


_ANY = {normalize(w) for w in ("أي", "أية")}
# Verbs of being able or of succeeding: negated, what they take did not happen.
_ABLE = {
    normalize(w)
    for w in (
        "يتمكن", "تتمكن", "يتمكنوا", "تمكن", "تمكنت", "يستطع", "تستطع", "يستطيعوا", "ينجح",
        "تنجح", "ينجحوا", "نجح", "نجحت",
    )
}  # fmt: skip
# Verbal nouns of regaining or imposing, before the act they take (استعادة السيطرة،
# فرض الحصار، بسط السيطرة).
_REGAINING = {
    normalize(p + w) for p in ("", "ل") for w in ("استعادة", "إعادة", "فرض", "بسط", "إحكام")
}
# How far back a verb of failing may govern في + a verbal noun past its subject.
_FAILURE_REACH = 8


def _failed_at(s: Sentence, trig: Hit, clause: Clause) -> bool:
    """A verbal noun after في or من that a verb of failing, or a negated verb of being
    able, governs, its subject between them, did not happen: فشل وزراء الاتحاد الأوروبي
    في التوصل إلى اتفاق، لم يتمكن حزب الله من السيطرة على المدينة."""
    at = trig.start - 1
    if trig.kind != "noun" or at <= clause.start:
        return False
    lo = max(clause.start, at - _FAILURE_REACH)
    # (a negated verb of being able takes the verbal noun with من or as its object:
    # لم يستطع حزب الله السيطرة على)
    if s.norms[at] in _REGAINING and at - 1 > clause.start:
        at -= 1  # (فشلت القوات في استعادة السيطرة على المدينة)
    after_fi = s.norms[at] == "في"
    return any(
        # (فشلوا: its ف is no conjunction, which bare_word would strip)
        (after_fi and (s.norms[k] in _FAILURE or bare_word(s.norms[k]) in _FAILURE))
        or (k > s.start and s.norms[k - 1] in NEGATORS and bare(s.norms[k]) in _ABLE)
        for k in range(lo, trig.start)
    )


# Verbal nouns of preventing: the act they take did not happen (إحباط هجمات، منع تفجير).
_PREVENTING = {normalize(w) for w in ("إحباط", "منع", "تفادي", "تجنب", "إفشال", "إجهاض")}


# Verbs of preventing someone من doing (منعت الشرطة المتظاهرين من اقتحام المبنى).
_PREVENTING_VERBS = {normalize(w) for w in ("منعت", "منعوا", "يمنع", "تمنع", "يمنعون")}


# Nouns of a try or a plan between a verbal noun of preventing and the act (إحباط
# محاولة اغتيال، إحباط عملية تهريب، إحباط مخطط إرهابي لتفجير), past one adjective; a
# verb of foiling is left alone (أحبطت المقاومة هجوما شنه الحوثيون: launched, repelled).
_PLOTS = {
    normalize(p + w)
    for p in ("", "ال")
    for w in ("محاولة", "محاولات", "مخطط", "مخططات", "عملية", "عمليات", "مؤامرة")
}
_PLOT_REACH = 2


def _foiled(s: Sentence, trig: Hit, clause: Clause) -> bool:
    """A verbal noun of preventing, then a noun of a try or a plan: the act it was for
    was not done (إحباط محاولة إرهابية لاستهداف المعسكر)."""
    plot = False
    for j in range(trig.start - 1, max(clause.start, trig.start - _PLOT_REACH - 1) - 1, -1):
        w = s.norms[j]
        if bare_word(w) in _PREVENTING:
            return plot
        if w in PREPOSITIONS or w in CLAUSE_PUNCT or j in s.in_phrase:
            return False
        plot = plot or w in _PLOTS
    return False


# Words of holding someone back from an act (ردع المستوطنين عن اعتداءاتهم، لن تثني
# عزائمنا عن المواجهة): what they are kept from, like what is prevented, was not done.
_RESTRAINING = {
    normalize(w)
    for w in (
        "ردع", "لردع", "بردع", "وردع", "يردع", "تردع", "ردعهم", "ردعه", "ردعها", "ثني", "لثني",
        "يثني", "تثني", "تثن", "يثن", "كف", "لكف", "يكف", "تكف", "صد", "لصد",
    )
}  # fmt: skip


def _held_back(s: Sentence, k: int) -> bool:
    """A word of holding back a few words before عن/من at ``k``, past the ones held
    back, in the same clause."""
    for j in range(k - 1, max(s.start, k - 5) - 1, -1):
        w = s.norms[j]
        if w in CLAUSE_PUNCT:
            return False
        if w in _RESTRAINING or bare(w) in _RESTRAINING:
            return True
    return False


def _prevented(s: Sentence, trig: Hit, clause: Clause) -> bool:
    """A verbal noun right after a verbal noun of preventing was prevented, and so was
    one after من past the one kept from it (منع قوات النظام من قصف المدينة), and one
    after عن/من past the ones held back from it (ردع الميليشيات عن اعتداءاتها)."""
    k = trig.start - 1
    if trig.kind != "noun" or k < clause.start:
        return False
    if bare_word(s.norms[k]) in _PREVENTING or _foiled(s, trig, clause):
        return True
    if s.norms[k] in ("من", "عن") and _held_back(s, k):
        return True
    if s.norms[k] != "من":
        return False
    j = k - 1
    while j > s.start and j in s.in_phrase and k - j <= 6:
        j -= 1  # (past the one kept from it)
    w = bare_word(s.norms[j])
    return j < k - 1 and (w in _PREVENTING or w in _PREVENTING_VERBS)


def _negative_subject(s: Sentence, trig: Hit, clause: Clause) -> bool:
    if any(
        h.kind == "negative_subject" and h.end <= trig.start and trig.start - h.end <= 2
        for h in s.hits["cue"]
    ):
        return True
    k = trig.start
    return (k - 2 >= clause.start and s.norms[k - 2] in NEGATORS and s.norms[k - 1] == "احد") or (
        # لم يدن لا الأردن ولا مصر الهجوم: "neither ... nor" subjects
        k + 1 < clause.end
        and s.norms[k] == "لا"
        and any(s.norms[j] == "ولا" for j in range(k + 1, min(clause.end, k + 6)))
    )


def _negated_by_cue(s: Sentence, trig: Hit, clause: Clause) -> bool:
    """لا تعتزم واشنطن رفع العقوبات (a negated intent), نفت أي نية لـ (a denial's object)."""
    for h in s.hits["cue"]:
        if (
            h.kind in ("intent", "hope", "future")
            and clause.start < h.start < trig.start
            and trig.start - h.end <= 3
            and s.norms[h.start - 1] in _NEGATING_INTENT
        ):
            return True
    return any(
        h.kind == "verb"
        and h.entry.get("action_id") == "deny"
        and clause.start <= h.start < trig.start
        and trig.start - h.end <= 6
        # (لم تنف إيران تقديم الدعم: a denial not made asserts nothing away)
        and not (h.start > s.start and s.norms[h.start - 1] in NEGATORS)
        for h in s.hits["trigger"]
    )


def modality(s: Sentence, trig: Hit, plover: str, action_plover) -> str:
    """The modality of a trigger: future (س، سوف), may (قد + present), intent, hope,
    condition and request cues before it, the object of a threat."""
    found = "asserted"

    def raise_to(m: str | None) -> None:
        nonlocal found
        if m and _MODALITY_RANK.index(m) > _MODALITY_RANK.index(found):
            found = m

    if _answered(s, trig):
        return found  # ستواصل الرد على الهجوم التركي: one answers what was done
    present = trig.kind == "verb" and trig.entry.get("tense") == "present"
    if present and "س" in trig.first.prefix:
        raise_to("future")
    before = range(max(s.start, trig.start - 3), trig.start)
    if any(s.norms[k] in ("سوف", "لن") for k in before):
        raise_to("future")
    # قد تلجأ إلى ضربات، قد تفرض عقوبات: it may happen; ومن يقتل مؤمنا: whoever kills
    may = present and any(s.norms[k] in _MAY for k in before)
    if may or _may_impose(s, trig) or _whoever_does(s, trig, present):
        raise_to("conditional")
    if _may_do(s, trig) or (trig.kind == "noun" and (_may_lead(s, trig) or _permitted(s, trig))):
        # قد تشن هجمات، قد تؤدي إلى تراجع، السماح للجيش الأمريكي بشن ضربات: what may happen
        raise_to("conditional")
    if any(s.norms[k] in CONTINUATIVES and s.norms[k].startswith("س") for k in before):
        raise_to("future")
    # (after حتى يتم any form is a verbal noun: حتى يتم طرد المسلحين)
    if trig.kind == "noun" or masdar_reading(s, trig) or _until_done(s, trig):
        raise_to(_noun_modality(s, trig, action_plover))
    elif present and (_dated_ahead(s, trig) or _on_a_weekday(s, trig) or _after_future(s, trig)):
        raise_to("future")  # القمة التي تستضيفها الكويت خلال الفترة المقبلة
    raise_to(_described_as(s, trig))
    raise_to(_asked(s, trig))
    raise_to(_added_to(s, trig, plover, action_plover))
    raise_to(_stipulated(s, trig))
    for h in s.hits["cue"]:
        if h.start < trig.start:
            raise_to(_cue_modality(s, h, trig, plover))
    for h in s.hits["trigger"]:
        if h.start < trig.start:
            raise_to(_under_an_act(s, h, trig, plover, action_plover(h)))
    return found


# Verbal nouns of answering an act (الرد على الهجوم، ردا على القصف، انتقاما من).
_ANSWERING = {
    normalize(w)
    for w in ("رد", "الرد", "ردا", "للرد", "بالرد", "والرد", "ردها", "رده", "ردهم", "انتقاما")
}


def _answered(s: Sentence, trig: Hit) -> bool:
    """A verbal noun answered (الرد على الهجوم التركي): it was done, whatever the answer."""
    k = trig.start - 1
    return (
        trig.kind == "noun"
        and k - 1 >= s.start
        and s.norms[k] in ("علي", "من")
        and s.norms[k - 1] in _ANSWERING
    )


# Words of allowing: what one is allowed to do (السماح لـ X بشن ضربات) may be done.
_ALLOWING = {
    normalize(w)
    for w in ("السماح", "بالسماح", "للسماح", "والسماح", "سمح", "سمحت", "يسمح", "تسمح", "ستسمح")
}


def _permitted(s: Sentence, trig: Hit) -> bool:
    """وافقت تركيا على السماح للولايات المتحدة بشن ضربات: the strikes are allowed, not
    struck (a word of allowing a few words before, the act with its بـ)."""
    if "ب" not in trig.first.prefix:
        return False
    for k in range(trig.start - 1, max(s.start, trig.start - 7) - 1, -1):
        if s.norms[k] in CLAUSE_PUNCT:
            return False
        w = s.norms[k]
        if w in _ALLOWING or (w[:1] in ("و", "ف") and w[1:] in _ALLOWING):
            return True
    return False


def _under_an_act(s: Sentence, h: Hit, trig: Hit, plover: str, p: str) -> str | None:
    """The modality an earlier act ``h`` (of category ``p``) gives the act after it."""
    if p == "REQUEST" and plover != "REQUEST" and _asked_for(s, h, trig):
        return "requested"  # طالب بوقف الهجمات: what is asked for
    if p == "THREATEN" and plover != "THREATEN" and threatened(s, h, trig):
        return "conditional"  # هدد باستهداف السفن: threatened, not done
    if h.entry.get("action_id") == "pledge" and (_in_reach(s, h, trig) or _vowed(s, h, trig)):
        return "intended"  # تعهدت ألمانيا بتقديم مساعدات: pledged, not yet given
    return None


# "More of" between a vow's بـ and its act (بشن المزيد من الغارات).
_MORE_OF = {normalize(w) for w in ("المزيد", "مزيد", "مزيدا", "من")}


def _vowed(s: Sentence, h: Hit, trig: Hit) -> bool:
    """The act a vow takes with بـ past the one vowing and the time (تعهد رئيس الوزراء
    العراقي أمس بشن المزيد من الغارات): the بـ word, a noun of carrying out or the act,
    comes after only phrase words and times; "more of" may stand before the act."""
    k = trig.start - 1
    while k >= h.end and s.norms[k] in _MORE_OF:
        k -= 1
    if k >= h.end and s.norms[k] in _CARRIERS:
        k -= 1
    elif "ب" not in trig.first.prefix or k != trig.start - 1:
        return False
    return h.end <= k + 1 and all(
        j in s.in_phrase or s.norms[j] in TIME_WORDS for j in range(h.end, k + 1)
    )


# How far a request reaches its بـ verbal noun, past the one asked (طالب المندوب، مجلس
# الأمن، بإجبار ...).
_ASKED_REACH = 20
_STOPS = {".", "!", "؟", "?", "؛", ";", ":"}
_TURNS = {"ثم", "لكن", "ولكن", "بينما", "بل", "فيما"}


def _asked_for(s: Sentence, request: Hit, trig: Hit, near: bool = True) -> bool:
    """The act right after a request (if ``near``), or its بـ verbal noun past the one
    asked and a relative clause on them (طالبت الجماعة التي تحتجز الجنود بالإفراج عن
    النساء), with no other verb between; not what that relative clause tells (تحتجز:
    done, not asked)."""
    between = range(request.end, trig.start)
    relative = [k for k in between if s.norms[k] in RELATIVES]
    if relative and trig.kind == "verb":
        return False
    if near and trig.start - request.end <= 4 and not relative:
        return True
    if not ("ب" in trig.first.prefix or _after_asked_prep(s, trig)):
        return False
    if not 0 <= trig.start - request.end <= _ASKED_REACH:
        return False
    if any(s.norms[k] in _STOPS or s.norms[k] in _TURNS for k in between):
        return False  # (المطالبة بخروجهم، لكن التنظيم يرد بإطلاق النار: told)
    told = [h for h in s.hits["trigger"] if h.kind == "verb" and h.start in between]
    return all(h.start - 1 in relative for h in told)


# The prepositions a request takes its act with (حث على، دعا إلى), and verbal nouns of
# carrying out between them and the act (حثه على إجراء حوار، دعا إلى عقد مؤتمر).
_ASKED_PREPS = {normalize(w) for w in ("على", "إلى")}
_CARRYING_NOUNS = {
    normalize(w)
    for w in ("إجراء", "عقد", "تنفيذ", "شن", "القيام", "بدء", "إطلاق", "فتح", "تقديم", "توفير")
}


def _after_asked_prep(s: Sentence, trig: Hit) -> bool:
    """The act right after على or إلى, or after a noun of carrying out after them."""
    k = trig.start - 1
    if k > s.start and bare(s.norms[k]) in _CARRYING_NOUNS:
        k -= 1
    return k >= s.start and s.norms[k] in _ASKED_PREPS


# Adjectives that put the act they follow ahead (الترحيل المقترح، الزيارة المرتقبة).
_AHEAD = {
    **{normalize(w): "requested" for w in ("المقترح", "المقترحة", "المقترحين", "المطلوب")},
    **{normalize(w): "intended" for w in ("المخطط", "المخططة", "المزمع", "المزمعة")},
    **{
        normalize(w): "future"
        for w in (
            "المرتقب",
            "المرتقبة",
            "المقرر",
            "المقررة",
            "المنتظر",
            "المنتظرة",
            "المقبل",
            "المقبلة",
            "القادم",
            "القادمة",
            # indefinite after an indefinite noun (اجتماعا مقررا، زيارة مرتقبة)
            "مقررا",
            "مقررة",
            "مرتقبا",
            "مرتقبة",
        )
    },  # fmt: skip
    **{normalize(w): "conditional" for w in ("المحتمل", "المحتملة", "المتوقع", "المتوقعة")},
}


# A plan, a proposal or an agreement, and the verbs that say what it holds (خطة تتضمن
# انسحاب الحوثيين، اتفاق ينص على انسحاب القوات): what a plan or a proposal holds is asked
# for, what an agreement holds is undertaken; neither is done yet (a decision, قرار يقضي
# بفرض عقوبات, is the act itself).
_PROPOSALS = {
    **{
        normalize(w): "requested"
        for w in (
            "خطة",
            "خطته",
            "خطتها",
            "مبادرة",
            "اقتراح",
            "اقتراحا",
            "مقترح",
            "مقترحا",
            "مشروع",
            "مشروعا",
            "مسودة",
            "وثيقة",
            "خارطة",
            "ورقة",
        )
    },  # fmt: skip
    **{normalize(w): "intended" for w in ("اتفاق", "اتفاقا", "اتفاقية", "معاهدة", "بند")},
    # (a plot: مخطط لتنفيذ تفجيرات، مخططات لشن هجمات: planned, not done)
    **{normalize(w): "intended" for w in ("مخطط", "مخططا", "مخططات", "مؤامرة", "مؤامرات")},
}
_HOLDS = {
    normalize(w)
    for w in (
        "تتضمن", "يتضمن", "تضمن", "تضمنت", "متضمن", "متضمنة", "تنص", "ينص", "نص", "نصت",
        "تقضي", "يقضي", "قاضي", "قاضيه", "تشمل", "يشمل", "تدعو", "يدعو", "داعي", "داعيه",
    )
}  # fmt: skip


# Words that open a yes-no question (هل ...؟): what it asks about is not told (a why- or
# how-question, لماذا قصفت الطائرات, takes the act as done).
_ASKING = {normalize(p + w) for p in ("", "و", "ف") for w in ("هل", "أهل", "أليس")}


def _asked(s: Sentence, trig: Hit) -> str | None:
    """فهل وفاة الزعيم ناتجة عن المرض أم الاغتيال؟: an act in a yes-no question, asked
    about and not told (coded as conditional)."""
    if s.last_question_mark < trig.end:
        return None
    start = max(s.start, trig.start - 12)
    stops = (".", "!", "؟", "?", ":", "«", '"')
    k = trig.start - 1
    while k >= start and s.norms[k] not in stops:
        if s.norms[k] in _ASKING:
            return "conditional"
        k -= 1
    return None


# Words that name what kind of draft a proposal is (مشروع قرار، مشروع قانون جديد).
_DRAFT_KINDS = {normalize(w) for w in ("قرار", "قانون", "القرار", "القانون", "جديد", "جديدة")}


def _proposed(s: Sentence, trig: Hit) -> str | None:
    """The act a draft or a plan is for, right after it: a present verb describing it
    (مشروع قرار يدين الهجمات) or a verbal noun in لـ (مشروع قانون لفرض عقوبات، خطة
    لاستئناف المحادثات). Asked for, not done (an agreement's: undertaken)."""
    verb = trig.kind == "verb" and trig.entry.get("tense") == "present"
    start = trig.start
    if (
        start > s.start
        and s.norms[start - 1][:1] == "ل"
        and bare_word(s.norms[start - 1]) in _CARRIERS
    ):
        start -= 1  # (مخطط لتنفيذ تفجيرات: past its noun of carrying out)
    elif not (verb or (trig.kind == "noun" and trig.first.prefix.lstrip("و") == "ل")):
        return None
    for k in range(start - 1, max(s.start, start - 3) - 1, -1):
        w = bare_word(s.norms[k])
        if w in _PROPOSALS:
            return _PROPOSALS[w]
        if w not in _DRAFT_KINDS:
            return None
    return None


def _stipulated(s: Sentence, trig: Hit) -> str | None:
    """ "requested" for a verbal noun that a plan, a proposal or a resolution holds
    (وفقا لخطة تتضمن انسحاب الحوثيين من المدن، مبادرة تقضي بوقف القتال)."""
    proposed = _proposed(s, trig)
    if proposed or trig.kind != "noun":
        return proposed
    for k in range(trig.start - 1, max(s.start, trig.start - 3), -1):
        if bare_word(s.norms[k]) in _HOLDS:
            held = [bare_word(s.norms[j]) for j in range(max(s.start, k - 3), k)]
            return next((_PROPOSALS[w] for w in reversed(held) if w in _PROPOSALS), None)
    return None


# "In addition to": the verbal noun after it shares the modality of the one before.
_ADDITIVES = {normalize(w) for w in ("بالإضافة", "بالاضافة", "إضافة", "اضافة", "فضلا")}


def _added_to(s: Sentence, trig: Hit, plover: str, action_plover) -> str | None:
    """The modality of the verbal noun of the same action a few words before بالإضافة
    إلى / فضلا عن and the trigger (طلبه بترحيل سكان القريتين بالإضافة إلى ترحيل سكان
    المدينة: both asked for)."""
    k = trig.start - 2
    if trig.kind != "noun" or k <= s.start or s.norms[k] not in _ADDITIVES:
        return None
    first = next(
        (
            h
            for h in reversed(s.hits["trigger"])
            if k - 10 <= h.start < k and h.entry.get("action_id") == trig.entry.get("action_id")
        ),
        None,
    )
    return None if first is None else modality(s, first, plover, action_plover)


# Words of time ahead (الأسبوع المقبل، الثلاثاء القادم).
_AHEAD_TIME = {normalize(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة")}


# Doubled verbs of acts, two letters when written (سنشن، سيرد، ستصد).
_SHORT_STEMS = {"شن", "رد", "صد", "مد"}


_SAWFA = {normalize(w) for w in ("سوف", "وسوف", "فسوف")}


def _future_verb(s: Sentence, k: int) -> bool:
    """Token ``k`` is a present verb with the future's س (سيعقد، ستستكمل، سنواصل), not a
    noun that starts so (سياسة، سيطرة، سيناء), a name (سيرغي) nor a past verb (سيطرت،
    سيطروا: a present verb ends in neither)."""
    w = s.norms[k]
    if k > s.start and s.norms[k - 1] in _SAWFA and w[:1] in ("ي", "ت", "ن") and len(w) >= 4:
        return k not in s.in_phrase  # سوف تسهل، وسوف يعقد
    if w[:1] in ("و", "ف") and w[1:2] == "س":
        w = w[1:]  # وسيجري، فستكون
    return (
        (len(w) >= 5 or w[2:] in _SHORT_STEMS)
        and w[0] == "س"
        and w[1] in "يتن"
        and not w.endswith(("ه", "ت", "ين", "اء", "يه", "وا"))
        and not w.endswith(_NOUN_ENDINGS)  # (سيطرتها، سياستهم، سيارات: nouns)
        and k not in s.in_phrase
    )


# Endings of a noun, never of a present verb: ة before a possessive (سيطرتها) and the
# feminine plural (سيارات).
_NOUN_ENDINGS = ("تها", "تهم", "تهما", "تهن", "تنا", "تكم", "ات")


def _after_a_future_verb(s: Sentence, trig: Hit) -> bool:
    """A verbal noun a few words after a verb of the future, in its clause (سيعقد لافروف
    اجتماعا، سيسافر إلى طهران لإجراء محادثات، وسيجري الوزير خلال زيارته التي تستمر
    يومين محادثات): what is to come."""
    if _by_virtue_of(s, trig):
        return False  # (ستتمكن من نشر طائرات بموجب اتفاق مع الأردن: the basis is made)
    nouns = {h.start for h in s.hits["trigger"] if h.kind == "noun"}
    quoted = _quoted_names(s, trig.start, max(s.start, trig.start - 12))
    for k in range(trig.start - 1, max(s.start, trig.start - 12) - 1, -1):
        w = s.norms[k]
        if k in quoted:
            continue  # (ستستخدم مقاتلات «تورنادو» في شن الضربات: a name in quotes)
        if w in _BREAKS or w in CLAUSE_PUNCT or _past_relative(s, k):
            return False  # (سيتفقد الجرحى الذين تعرضوا لإصابات: the wounds are told)
        verb = len(w) >= 5 and w[0] == "و" and w[1] in "يتن" and k not in nouns  # (وتحرير)
        if verb and not _future_verb(s, k):
            return False  # ونتفهم ظروفها: a verb joined by و opens a clause of its own
        if _future_verb(s, k):
            return _stem_of_future(s.norms[k]) not in _CONSEQUENCE
    return False


# Words opening a clause of time whose verb takes the tense of the main clause (سيزور
# الرياض قبل أن يتوجه إلى الكويت: he will go there too; زار الرياض قبل أن يتوجه: he went).
_UNTIL = {normalize(w) for w in ("حتى", "ريثما")}
_MAIN_REACH = 15


def _after_future(s: Sentence, trig: Hit) -> bool:
    """A present verb after قبل أن، بعد أن or حتى, in a sentence whose main verb before it
    is of the future (س، سوف، لن)."""
    k = trig.start - 1
    if k > s.start and s.norms[k] in _THAT and s.norms[k - 1] in TIME_LINKS:
        k -= 1
    elif k < s.start or s.norms[k] not in _UNTIL:
        return False
    for j in range(k - 1, max(s.start, k - _MAIN_REACH) - 1, -1):
        w = s.norms[j]
        if w in _STOPS or w in TIME_LINKS or w in _UNTIL:
            return False
        if _future_verb(s, j) or (j > s.start and s.norms[j - 1] == "لن"):
            return True
    return False


# The present of the passive periphrasis (يتم طرد): after حتى، ريثما or إلى أن, an act to come.
_IS_DONE = {normalize(w) for w in ("يتم", "تتم")}


def _until_done(s: Sentence, trig: Hit) -> bool:
    """A verbal noun right after حتى يتم or إلى أن يتم (ستبقى القوات هناك حتى يتم
    تحرير المدينة): what the clause waits for, not done yet (حتى تم: it was)."""
    k = trig.start - 1
    if k - 1 < s.start or s.norms[k] not in _IS_DONE:
        return False
    w = s.norms[k - 1]
    return w in _UNTIL or (w in _THAT and k - 2 >= s.start and s.norms[k - 2] in ("الي", "لحين"))


# "By virtue of": the agreement or decision it names is the basis of what is to come,
# made already (بموجب اتفاق، بمقتضى قرار، استنادا إلى اتفاق).
_BY_VIRTUE = {normalize(w) for w in ("بموجب", "بمقتضى", "بناء", "استنادا", "تنفيذا")}


def _by_virtue_of(s: Sentence, trig: Hit) -> bool:
    """The verbal noun right after بموجب، تنفيذا لـ or بناء على، استنادا إلى."""
    k = trig.start - 1
    if k > s.start and s.norms[k] in ("علي", "الي"):
        k -= 1
    return k >= s.start and bare(s.norms[k]) in _BY_VIRTUE


_OPENING_QUOTES = frozenset(QUOTE_MARKS)


def _quoted_names(s: Sentence, end: int, start: int) -> set[int]:
    """Tokens of short quotes (up to three words with their marks) before ``end``: a
    name in quotes («تورنادو»), no break of the clause."""
    out: set[int] = set()
    k = end - 1
    while k > start:
        if s.norms[k] in CLOSING_QUOTES:
            j = next(
                (
                    j
                    for j in range(k - 1, max(start, k - 4) - 1, -1)
                    if s.norms[j] in _OPENING_QUOTES
                ),
                None,
            )
            if j is not None and j < k - 1:
                out.update(range(j, k + 1))
                k = j
        k -= 1
    return out


def _present_form(w: str) -> bool:
    """A word shaped as a present verb: ي/ت/ن before it, no past ending (تستمر, not قصفت)."""
    return w[:1] in ("ي", "ت", "ن") and not w.endswith(("وا", "ت"))


def _past_relative(s: Sentence, k: int) -> bool:
    """A relative pronoun before a past verb (الذين تعرضوا، التي قصفت): its clause tells
    what was (a present one may go on into the time ahead: زيارته التي تستمر يومين)."""
    if s.norms[k] not in RELATIVES or k + 1 >= s.end:
        return False
    return not _present_form(s.norms[k + 1])


# Verbs of consequence: what will lead to or help something is a cause, often done already
# (وسيؤدي مقتله إلى الحد من العمليات: the killing happened).
_CONSEQUENCE = {
    normalize(w)
    for w in ("يؤدي", "تؤدي", "يسهم", "تسهم", "يساهم", "تساهم", "يساعد", "تساعد", "يعزز", "تعزز")
}


def _stem_of_future(w: str) -> str:
    """يؤدي of سيؤدي، وستؤدي: the present verb after و/ف and the future's س."""
    w = w[1:] if w[:1] in ("و", "ف") else w
    return w[1:] if w[:1] == "س" else w


def _noun_modality(s: Sentence, trig: Hit, action_plover) -> str | None:
    """What a verbal noun's own words around it say of it."""
    if _joined_to_asked(s, trig, action_plover) or _owed_by(s, trig):
        return "requested"  # طالب الحكومة باستدعاء السفير وسحب السفير، أن على الدول التصدي
    if _a_goal(s, trig):
        return "intended"  # غاية بلاده هي القضاء على داعش
    ahead = _said_ahead(s, trig)
    if ahead:
        return ahead  # تحرير المدينة من أولويات القوات، عملية تحرير المدينة باتت قريبة
    if _after_a_future_verb(s, trig) or _dated_ahead(s, trig):
        return "future"  # سيعقد اجتماعا، زيارة الجبير إلى موسكو الثلاثاء القادم
    if _subject_of_future(s, trig) or _tomorrow(s, trig) or _before_its_start(s, trig):
        return "future"  # زيارة الوزير يوم الاثنين ستبحث، يبدأ غدا زيارة
    if _until_done(s, trig):
        return "future"  # ستواصل القوات التقدم حتى يتم طرد المسلحين
    if action_plover(trig) == "PROTEST" and _announced(s, trig):
        return "future"  # أعلنت النقابة عن تنظيم تظاهرة أمام البرلمان: called, to come
    return None


# على opening a clause of duty (أن على الدول التصدي للإرهاب، علينا التحرك): what it
# lays on someone is owed, not done; its pronoun forms need no أن before them.
_ON = normalize("على")
_ON_US = {normalize(w) for w in ("علينا", "عليكم", "عليهم", "عليهن")}
_DUTY_OPENERS = {normalize(w) for w in ("أن", "إن", "أنه", "إنه", "بأن", "بأنه", "وأن", "وأنه")}
# Nouns of a fronted place or manner after على (أنه على الرغم من، على هامش القمة).
_FRONTED = {
    normalize(w)
    for w in ("الرغم", "رغم", "هامش", "صعيد", "مستوى", "خلفية", "الأقل", "سبيل", "ضوء", "حد")
}
_OWED_ON_REACH = 6


def _owed_by(s: Sentence, trig: Hit) -> bool:
    """A verbal noun a few words after على opening a clause of duty (أن على الحكومات
    التصدي للجماعات، علينا أيضا التحرك), with no break or other act between."""
    lo = max(s.start, trig.start - _OWED_ON_REACH)
    for k in range(trig.start - 1, lo - 1, -1):
        w = s.norms[k]
        if w in _BREAKS or w in CLAUSE_PUNCT or w in _STOPS:
            return False
        if any(h.start == k for h in s.hits["trigger"]):
            return False  # (أن على الحكومة أن تدين الهجوم: the act owed is another)
        prev = s.norms[k - 1] if k > s.start else ""
        opening = k == s.start or prev in CLAUSE_PUNCT or prev in ("و", "ف")
        if w in _ON_US and (opening or prev in _DUTY_OPENERS):
            return True
        if w == _ON and prev in _DUTY_OPENERS:
            return k + 1 < trig.start and s.norms[k + 1] not in _FRONTED
    return False


# Verbs of announcing, and what may stand between عن and a protest they announce.
_ANNOUNCING = {
    normalize(c + w)
    for c in ("", "و", "ف")
    for w in ("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "يعلنون")
}
_ORGANISING = {normalize(w) for w in ("تنظيم", "تنظيمها", "تنظيمه", "إقامة", "تسيير")}
_ANNOUNCE_REACH = 8


def _announced(s: Sentence, trig: Hit) -> bool:
    """A protest a body announces with عن (أعلنت النقابة عن تظاهرة، عن تنظيم مسيرة):
    called for a time to come, not yet held (announcing a city freed tells it done)."""
    k = trig.start - 1
    if k > s.start and s.norms[k] in _ORGANISING:
        k -= 1
    if k <= s.start or s.norms[k] != "عن":
        return False
    lo = max(s.start, k - _ANNOUNCE_REACH)
    return any(s.norms[j] in _ANNOUNCING for j in range(lo, k))


# The start of something scheduled (قبل بدء المحادثات، قبل انعقاد القمة).
_STARTS = {normalize(w) for w in ("بدء", "انطلاق", "انعقاد", "استئناف")}
# Words between that start and the act: a round, a session of it (جولة جديدة من).
_ROUNDS = {
    normalize(w)
    for w in ("جولة", "جولات", "دورة", "جلسة", "جلسات", "جديدة", "ثانية", "مقبلة", "من")
}


def _before_its_start(s: Sentence, trig: Hit) -> bool:
    """قبل بدء جولة جديدة من محادثات السلام: what has not started yet is to come."""
    k = trig.start - 1
    while k > s.start and trig.start - k <= 4 and s.norms[k] in _ROUNDS:
        k -= 1
    return k > s.start and bare(s.norms[k]) in _STARTS and s.norms[k - 1] in ("قبل", "وقبل")


def _subject_of_future(s: Sentence, trig: Hit) -> bool:
    """A verbal noun that is the subject of a verb of the future soon after it (زيارة
    الوزير لبغداد يوم الاثنين ستبحث الملفات): the act is to come; not a cause (سيؤدي
    مقتله إلى) nor what goes on (الحرب ستستمر)."""
    for k in range(trig.end, min(s.end, trig.end + 8)):
        w = s.norms[k]
        if _future_verb(s, k):
            stem = _stem_of_future(w)
            return stem not in _CONSEQUENCE and stem not in _GOING_ON
        if w in _BREAKS or w in CLAUSE_PUNCT or any(h.start == k for h in s.hits["trigger"]):
            return False
    return False


# Verbs of going on: what "will go on" is under way already.
_GOING_ON = {
    normalize(w)
    for w in ("يستمر", "تستمر", "يتواصل", "تتواصل", "يتصاعد", "تتصاعد", "يتواصلان", "تتواصلان")
}
# Tomorrow (غدا، غداً), as written; غداة is "the day after".
_TOMORROW = {normalize(w) for w in ("غدا", "غداً", "غدًا", "وغدا")}


def _tomorrow(s: Sentence, trig: Hit) -> bool:
    """ "Tomorrow" a few words around a verbal noun, in its clause (يبدأ الرئيس غدا زيارة)."""
    for k in range(max(s.start, trig.start - 5), min(s.end, trig.end + 5)):
        if s.norms[k] in _TOMORROW:
            lo, hi = sorted((k, trig.start))
            return not any(s.norms[j] in CLAUSE_PUNCT for j in range(lo, hi))
    return False


# Nouns of a goal or a priority: what they name is aimed at, not done (غاية بلاده هي
# القضاء على داعش، على رأس أولويات القوات استعادة السيطرة); not الأهداف, also "targets".
_GOALS = {
    normalize(p + w)
    for p in ("", "ال", "و", "وال")
    for w in ("غاية", "هدف", "أولوية", "أولويات", "مسعى", "غايته", "هدفه", "هدفها")
}


# Predicates that put the verbal noun they are said of ahead: a priority (تحرير صنعاء
# من أولويات الحكومة) is meant, what is near (باتت قريبة، وشيك) is to come.
_PRIORITIES = {
    normalize(p + w)
    for p in ("", "ال")
    for w in ("أولويات", "أولوية", "أولوياتها", "أولوياته", "أولوياتهم", "أولويتها", "أولويته")
}
_IMMINENT = {normalize(w) for w in ("وشيكة", "وشيك", "وشيكا")}
# "Near" only as what something has become (باتت قريبة), not a place (موقع قريب).
_NEAR = {normalize(w) for w in ("قريبة", "قريبا", "قريب")}
_BECOMING = {normalize(w) for w in ("بات", "باتت", "أصبح", "أصبحت", "صار", "صارت", "باتا")}
_PREDICATE_REACH = 8


def _said_ahead(s: Sentence, trig: Hit) -> str | None:
    """A priority or nearness said of the verbal noun a few words after it, before any
    verb of an act or a pause (not a place: موقع قريب، قريبة من الحدود)."""
    verbs = {h.start for h in s.hits["trigger"] if h.kind == "verb"}
    for k in range(trig.end, min(s.end, trig.end + _PREDICATE_REACH)):
        w = s.norms[k]
        if w in CLAUSE_PUNCT or w in _STOPS or w in _TURNS or k in verbs:
            return None
        if w in _PRIORITIES:
            return "intended"
        near = w in _NEAR and s.norms[k - 1] in _BECOMING
        if (w in _IMMINENT or near) and not (k + 1 < s.end and s.norms[k + 1] in ("من", "الي")):
            return "future"
    return None


def _a_goal(s: Sentence, trig: Hit) -> bool:
    """A noun of a goal a few words before the verbal noun, with no verb or pause between."""
    for k in range(trig.start - 1, max(s.start, trig.start - 5) - 1, -1):
        w = s.norms[k]
        if (
            w in CLAUSE_PUNCT
            or w in ("كان", "كانت")
            or any(h.start == k and h.kind == "verb" for h in s.hits["trigger"])
        ):
            return False  # (الهدف كان تخويف الناس وليس قتل: what the goal was not)
        if w in _GOALS:
            return True
    return False


def _joined_to_asked(s: Sentence, trig: Hit, action_plover) -> bool:
    """A verbal noun joined by و to one that is asked for (باستدعاء السفير وسحب السفير)."""
    start = trig.start
    if start > s.start and s.norms[start - 1][:1] == "و":
        if s.norms[start - 1][1:] in _CARRYING_NOUNS:
            start -= 1  # (إلى وقف الاقتتال وعقد حوار: joined by its noun of carrying out)
    if start == trig.start and not trig.first.prefix.startswith("و"):
        return False
    for k in range(start - 1, max(s.start, start - 6) - 1, -1):
        w = s.norms[k]
        if w in CLAUSE_PUNCT:
            return False
        # (the first verbal noun has بـ on it, باستدعاء, or follows إلى: إلى وقف)
        prep = k > s.start and s.norms[k - 1] in _ASKED_PREPS
        if not (w.startswith("ب") and len(w) >= 4 and w not in FUNCTION_WORDS) and not prep:
            continue
        reach = 8 if prep else 4  # (دعت الحكومة بنبرة واضحة إلى وقف: past its manner)
        return any(
            r.end <= k and k - r.end <= reach and action_plover(r) == "REQUEST"
            for r in s.hits["trigger"]
        )
    return False


def _dated_ahead(s: Sentence, trig: Hit) -> bool:
    """A verbal noun dated ahead, before any verb (زيارة الجبير إلى موسكو الثلاثاء
    القادم، المحادثات الأسبوع المقبل)."""
    window = range(trig.end, min(s.end, trig.end + 10))
    if not any(s.norms[k] in _AHEAD_TIME for k in window):
        return False
    verbs = {h.start for h in s.hits["trigger"] if h.kind == "verb"}
    for k in window:
        w = s.norms[k]
        if w in CLAUSE_PUNCT or w in _BREAKS or k in verbs:
            return False
        if w in _AHEAD_TIME:
            return True
    return False


_WEEKDAYS = {
    normalize(w)
    for w in ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
}
_PAST_DAY = {normalize(w) for w in ("الماضي", "الماضية", "المنصرم", "الفائت", "قبل")}


def _on_a_weekday(s: Sentence, trig: Hit) -> bool:
    """A present verb dated by a weekday a few words on, not the last one (يلتقي الوزير
    في الدوحة الاثنين نظراءه، تعقد اللجنة الخميس جلستها): told ahead, still to come; what
    was done that day takes the past (التقى الاثنين)."""
    if s.norms[trig.start].lstrip("وف")[:1] not in ("ي", "ت", "ن"):
        return False  # (اصيب: a past passive written as a first person's present)
    verbs = {h.start for h in s.hits["trigger"] if h.kind == "verb"}
    for k in range(trig.end, min(s.end, trig.end + 8)):
        w = s.norms[k]
        if w in CLAUSE_PUNCT or w in _BREAKS or k in verbs:
            return False
        if w in _TOMORROW:
            return True  # (يعقد المجلس غدا جلسته; not اليوم: a headline's day is today)
        if w in _WEEKDAYS or bare(w) in _WEEKDAYS:
            nxt = s.norms[k + 1] if k + 1 < s.end else ""
            return nxt not in _PAST_DAY
    return False


def _described_as(s: Sentence, trig: Hit) -> str | None:
    """The modality an adjective gives the verbal noun it follows, past the noun's
    genitive (عمليات ترحيل السجناء المقترحة: proposed; الزيارة المرتقبة: ahead)."""
    if trig.kind != "noun":
        return None
    for k in range(trig.end, min(s.end, trig.end + 3)):
        w = s.norms[k]
        if w in _AHEAD:
            return _AHEAD[w]
        if w in CLAUSE_PUNCT or not w.startswith("ال"):
            return None
    return None


# مَن before a present verb is "whoever" (the preposition من takes no verb).
_WHOEVER = {normalize(w) for w in ("من", "ومن", "فمن", "لمن", "ولمن")}


def _whoever_does(s: Sentence, trig: Hit, present: bool) -> bool:
    """What whoever does (ومن يقتل مؤمنا، لا مكان لمن يفجر ويقتل الأبرياء، من يستبيح
    قتل الأبرياء): a present verb right after مَن or joined by و to one that is, or a
    verbal noun that such a verb takes; no one in particular does it."""
    k = trig.start - 1
    if k < s.start:
        return False
    if not present:
        # (the verbal noun right after the verb of whoever: من يستبيح قتل)
        # (ي: a verb, not a verbal noun such as تنفيذ in تمكنوا من تنفيذ هجوم)
        verb = s.norms[k].startswith("ي") and s.norms[k] not in _DAY and k - 1 >= s.start
        return verb and s.norms[k - 1] in _WHOEVER
    if s.norms[k] in _WHOEVER:
        return True
    if not trig.first.prefix.startswith("و"):
        return False
    # (the verb before: من يفجر ويقتل)
    return k - 1 >= s.start and s.norms[k].startswith(("ي", "ت")) and s.norms[k - 1] in _WHOEVER


_DAY = {normalize(w) for w in ("يوم", "يومين", "يومي", "يد", "يدي")}
# Verbal nouns of doing that carry a threatened act (هدد بشن هجوم، بتنفيذ عمليات).
_CARRIERS = {normalize(w) for w in ("بشن", "شن", "بتنفيذ", "تنفيذ", "بالقيام", "القيام")}


def threatened(s: Sentence, threat: Hit, trig: Hit) -> bool:
    """The act right after a threat, past the threatener's own phrase and a verbal noun
    of doing (هددت كوريا الشمالية بشن هجوم): what would be done, not what was."""
    if "ب" in trig.first.prefix and 0 <= trig.start - threat.end <= 20:
        # هددت جماعة ولاية سيناء في فيديو بث على الإنترنت بقتل رهينة: ب + the threatened
        # act, however far, with no other verb between
        between = range(threat.end, trig.start)
        verbs = [h for h in s.hits["trigger"] if h.start in between and h.kind == "verb"]
        if not verbs and not any(s.norms[k] in (".", "؟", "!", "؛") for k in between):
            return True
    if not 0 <= trig.start - threat.end <= 8:
        return False  # (يهدد بإعدامه: the act right after the threat, too)
    gap = [
        k
        for k in range(threat.end, trig.start)
        if k not in s.in_phrase and s.norms[k] not in _CARRIERS
    ]
    return len(gap) <= 2


def _may_do(s: Sentence, trig: Hit) -> bool:
    """قد + a present verb right before an event noun (its object) or opening a verbal
    idiom: قد تشن هجمات."""
    k = trig.start - (1 if trig.kind == "noun" and trig.entry.get("verbal") != "1" else 0)
    verb = s.norms[k] if k > s.start else ""
    # (a present verb of doing: تشن، ينفذ; فقد تم الاتفاق is past, "has been agreed")
    return verb[:1] in ("ي", "ت", "ن") and verb[1:] in DOER_VERBS and s.norms[k - 1] in _MAY


def _may_impose(s: Sentence, trig: Hit) -> bool:
    """قد right before an idiom opening with a present verb (قد تفرض عقوبات): a past
    verb after قد is "has done" (قد فرضت عقوبات)."""
    if trig.entry.get("verbal") != "1" or trig.start <= s.start:
        return False
    w = s.norms[trig.start]
    return len(w) >= 4 and _present_form(w) and s.norms[trig.start - 1] in _MAY


def _may_lead(s: Sentence, trig: Hit) -> bool:
    """قد + a present verb a few words before a verbal noun, with no clause break:
    the noun is what may come (قد تؤدي في نهاية المطاف إلى تراجع الناتج)."""
    for k in range(max(s.start + 1, trig.start - 5), trig.start):
        w = s.norms[k]
        if w in CLAUSE_PUNCT:
            return False
        # (a past verb after قد is "has done": قد نفذت، قد تمكنوا، قد تبنى)
        present = len(w) > 2 and w[0] in "يت" and not w.endswith(("ت", "وا"))
        present = present and w not in CLAIM_VERBS
        if present and s.norms[k - 1] in _MAY:
            return not any(s.norms[j] in _BREAKS for j in range(k + 1, trig.start))
    return False


def _cue_modality(s: Sentence, h: Hit, trig: Hit, plover: str) -> str | None:
    if h.kind == "future" and (
        trig.start - h.end <= 3 or _in_complement(s, h, trig, _SCHEDULED_REACH)
    ):
        return "future"  # (من المقرر أن يبدأ الاتحاد الأوروبي وتونس مفاوضات)
    # (a word of asking the trigger reader left aside: طالب المندوب، مجلس الأمن، بإجبار;
    # only its بـ noun, for طالب is also "student")
    if h.kind == "request" and plover != "REQUEST" and _asked_for(s, h, trig, False):
        return "requested"
    if h.kind == "goal" and _DUTIES.intersection(h.entry.words) and _that_clause(s, h, trig):
        return "requested"  # يجب أن تنسحب القوات، تحرم على المسلم أن يقتل: a duty, not done
    if h.kind == "order" and _asked_for(s, h, trig, False) and not _court_order(s, h, trig):
        # أمر الأمير بالقبض على الشبان: ordered, not yet done (في وجه: "in the face of")
        face = s.norms[h.start] == "وجه" and h.start > s.start
        if not (face and s.norms[h.start - 1] in PREPOSITIONS):
            return "requested"
    if h.kind == "intent" and _survived(s, h):
        return None  # نجا من محاولة اغتيال: an attempt one survived was an attack
    if h.kind == "intent" and plover in _DECIDED_BY_DECIDING and _a_decision(h):
        return None  # قرر مجلس الوزراء الموافقة على الاتفاقية: deciding so is approving
    if h.kind in ("intent", "hope", "near") and (
        _in_reach(s, h, trig) or _in_complement(s, h, trig)
    ):
        return {"intent": "intended", "hope": "hoped", "near": "future"}[h.kind]
    # (a condition word takes no clitic but و/ف: وكان is "was", not و + ك + إن)
    if h.kind == "condition" and not h.first.prefix.lstrip("وف") and _opens_clause(s, h):
        return "conditional"
    return None


# Verbs of deciding, and the acts one performs by deciding them (approving, agreeing,
# rejecting): قرر مجلس الوزراء الموافقة على الاتفاقية is the approval itself.
_DECIDING = {normalize(w) for w in ("قرر", "قررت", "يقرر", "تقرر", "وقرر", "وقررت")}
_DECIDED_BY_DECIDING = frozenset({"AGREE", "REJECT"})


def _a_decision(h: Hit) -> bool:
    return len(h.entry.words) == 1 and normalize(h.entry.words[0]) in _DECIDING


# Words of duty, leave and prohibition: the act in their أن clause is owed or barred.
_DUTIES = DUTY_VERBS | {
    normalize(w)
    for w in (
        "لازم", "ضرورة", "تحريم", "حق", "حقه", "حقها", "حقهم", "الحق", "بد", "الضروري", "ضروري",
    )
}  # fmt: skip
_THAT = {normalize(w) for w in ("أن", "ألا", "بأن", "وأن")}
# "Be" after a word of duty (لازم يكون هناك انسحاب): what is owed follows.
_BE = {normalize(w) for w in ("يكون", "تكون")}
_THAT_OR_BE = _THAT | _BE
_OWED_REACH = 6


def _that_clause(s: Sentence, h: Hit, trig: Hit) -> bool:
    """A verb right after أن a few words after ``h`` (يجب على الحكومة أن تنسحب), or a
    verbal noun that verb or "be" takes (من الضروري أن تبدأ الحكومة حوارا، لازم يكون
    هناك انسحاب), with no break of the clause between."""
    k = trig.start - 1
    if trig.kind != "verb":
        k = next(
            (j for j in range(h.end, min(trig.start, h.end + 4)) if s.norms[j] in _THAT_OR_BE),
            None,
        )
        if k is None or trig.start - k > _OWED_REACH:
            return False
        if any(x.end <= trig.start and x.start > k for x in s.hits["trigger"]):
            return False  # (يجب أن تدين الحكومة الهجوم: the act owed is the condemnation)
        return not any(s.norms[j] in _BREAKS for j in range(h.end, trig.start))
    if k <= h.end - 1 or s.norms[k] not in _THAT:
        return False
    return k - h.end <= 3 and not any(s.norms[j] in _BREAKS for j in range(h.end, k))


def _court_order(s: Sentence, h: Hit, trig: Hit) -> bool:
    """A court's or a prosecutor's order (أمرت النيابة بحبس المتهمين) is the act itself."""
    return any(x.actor.sector == "JUD" and h.end <= x.start < trig.start for x in s.phrases)


# Verbs of surviving (نجا الوزير من محاولة اغتيال), and their verbal nouns.
SURVIVE_VERBS = {normalize(w) for w in ("نجا", "نجت", "نجوا", "ينجو", "تنجو")}
_SURVIVING = SURVIVE_VERBS | {normalize(w) for w in ("نجاة", "نجاته")}


def _survived(s: Sentence, h: Hit) -> bool:
    """An attempt after a word of surviving it (نجا من محاولة اغتيال)."""
    if h.start - 1 < s.start or s.norms[h.start - 1] != "من":
        return False
    lo = max(s.start, h.start - 5)  # (past the survivor: نجا المسؤول من محاولة)
    return any(bare_word(s.norms[k]) in _SURVIVING for k in range(lo, h.start - 1))


# How far a verb of intent or hope reaches: its object or complement (تعتزم المفوضية
# فتح تحقيق، يأمل أن يتوصل الطرفان إلى اتفاق), not a later clause of the sentence.
_INTENT_REACH = 5
_BREAKS = frozenset({"،", ",", ";", "؛", "ثم", "لكن", "غير", "بينما", "و", "بل"})


# Words before the means or the occasion of an aim (يسعى من خلال اجتماعاته إلى، خلال
# زيارته، عبر اتصالاته): that act is had, not aimed at.
_THROUGH = {normalize(w) for w in ("خلال", "عبر", "بواسطة")}


def _striving(h: Hit) -> bool:
    """A verb of striving (يسعى، تسعى، سعت): its means is had already; what one wants
    (نريد من خلال استدعائه) may be had through an act still to come."""
    return any(normalize(w) in _STRIVING for w in h.entry.words)


_STRIVING = {normalize(w) for w in ("يسعى", "تسعى", "نسعى", "سعى", "سعت", "يسعون")}


def _in_reach(s: Sentence, h: Hit, trig: Hit) -> bool:
    if trig.start > h.end and s.norms[trig.start - 1] in _THROUGH and _striving(h):
        return False  # (يسعى الوفد من خلال اجتماعاته مع الأحزاب لإيصال رسالة)
    between = range(h.end, trig.start)
    return len(between) <= _INTENT_REACH and not any(s.norms[k] in _BREAKS for k in between)


# How far an أن clause after a word of intent, hope or what is to come may reach.
_COMPLEMENT_REACH = 12
# ... and after what is scheduled or expected (من المقرر أن، من المتوقع أن): the whole
# clause it opens, its acts joined by و included, is to come.
_SCHEDULED_REACH = 18


def _in_complement(s: Sentence, h: Hit, trig: Hit, reach: int = _COMPLEMENT_REACH) -> bool:
    """The trigger stands in the أن clause right after the cue (يريد أن تبذل بريطانيا
    مزيدا من الجهود لمساعدة الولايات المتحدة، من المتوقع أن تقوم القوة بالانتشار), not
    past a break, a turn or a relative clause of its own."""
    if h.end >= trig.start or s.norms[h.end] not in _THAT:
        return False
    between = range(h.end + 1, trig.start)
    return len(between) <= reach and not any(
        s.norms[k] in CLAUSE_PUNCT
        or s.norms[k] in _STOPS
        or s.norms[k] in _TURNS
        or s.norms[k] in RELATIVES
        for k in between
    )


def _opens_clause(s: Sentence, h: Hit) -> bool:
    """إن is a condition at the start of a sentence only (else it is أن, "that"); لو at
    the start of a sentence or clause; إذا, في حال(ة), شريطة ... anywhere."""
    prev = s.norms[h.start - 1] if h.start > s.start else ""
    word = h.entry.words[0] if len(h.entry.words) == 1 else ""
    if word == "ان":
        return h.start == s.start and not h.first.suffix  # (أنها is "that it")
    if word != "لو":
        return True  # إذا, في حالة, تحسبا: a condition wherever they stand
    return h.start == s.start or prev in CLAUSE_PUNCT or prev in ("و", "ف")


# ------------------------------------------------------------------ phrases


def coordinated(first: Phrase, phrases: list[Phrase], s: Sentence) -> tuple[Phrase, ...]:
    """``first`` and the phrases joined to it by و / أو (إيران ومصر ودول أخرى)."""
    out, last_end = [first], first.end
    for p in phrases:
        if p.start < last_end:
            continue
        joined = (p.start == last_end and p.prefix.startswith(("و", "او"))) or (
            p.start == last_end + 1
            and (s.norms[last_end] in ("و", "او", "بل", "ولا") or _and_members(s.norms[last_end]))
        )
        if not joined:
            break
        out.append(p)
        last_end = p.end
    return tuple(out)


# Words for the members or organs of what follows them (ودول آسيان, وحكومات الخليج).
_MEMBERS_OF = {normalize(w) for w in ("دول", "حكومات", "قادة", "زعماء", "وزراء", "جيوش")}


def _and_members(w: str) -> bool:
    return w.startswith("و") and w[1:] in _MEMBERS_OF


def coordinated_back(before: list[Phrase]) -> tuple[Phrase, ...]:
    """The phrase right before a verb and the phrases coordinated before it."""
    out = [before[-1]]
    for p in reversed(before[:-1]):
        if p.end == out[0].start and out[0].prefix.startswith("و"):
            out.insert(0, p)
        else:
            break
    return tuple(out)


def only_followers(s: Sentence, a: int, b: int) -> bool:
    """Only auxiliaries, negators and time words between token a and b."""
    return all(s.norms[k] in FOLLOWER_WORDS or s.norms[k] in NEGATORS for k in range(a, b))


def conjuncts_between(s: Sentence, a: int, b: int) -> bool:
    """Only words joined by و between token a and b (X وحلفاؤه, X وشركاؤها)."""
    return a < b and all(
        s.norms[k].startswith("و") and s.norms[k].isalpha() and len(s.norms[k]) > 3
        for k in range(a, b)
    )


# and a first or second person verb (نطالب الطرفين) has its subject in itself
_PLURAL_PERSONS = frozenset({"3p", "3fp", "3d", "3fd", "1p", "1s", "2p"})


def counts(s: Sentence, k: int) -> bool:
    w = s.norms[k]
    return w in QUANTIFIERS or w in NUMBERS or w.isdecimal()


# Masculine singular nouns of institutions (a feminine verb cannot have them as subject).
_MASCULINE_BODIES = {"مجلس", "حزب", "اتحاد", "جيش", "برلمان", "نظام", "وفد", "كونغرس"}


def masculine_singular(s: Sentence, p: Phrase) -> bool:
    """A phrase headed by a masculine singular noun: a title (الرئيس، وزير الخارجية,
    not السفيرة or مسؤولون) or a masculine body (مجلس الأمن). A feminine verb before it
    does not agree with it, so it is the object (وطالبت مجلس الأمن: she asked the
    Council), and the subject is the one the verb carries."""
    w = bare_word(s.norms[p.start])
    if w.endswith(("ه", "ات", "ا", "ى")):
        return False
    if p.head == "role" and p.title == "person":
        return not w.endswith(("ون", "ين", "ان"))
    return w in _MASCULINE_BODIES


# Lands whose names are masculine (أعلن العراق), without their article; the others
# take a feminine verb (أعلنت إيران، طالبت أنقرة).
_MASCULINE_LANDS = tuple(
    normalize(w) for w in ("عراق", "أردن", "يمن", "مغرب", "سودان", "لبنان", "صومال", "فاتيكان")
)


def feminine_land(s: Sentence, p: Phrase) -> bool:
    """A phrase that is a land's or a city's name (إيران، أنقرة), feminine in Arabic: a
    masculine verb right before it does not agree with it, so it is the object (ويطالب
    إيران بالتعاون: he asks Iran), and the subject is the one the verb carries."""
    # (a capital stands for its government; settlers named for their state do not)
    land = p.head in ("country", "city") or (p.head == "metonym" and p.actor.sector == "GOV")
    one_word = p.end - p.start == 1
    return land and one_word and not s.norms[p.start].endswith(_MASCULINE_LANDS)


def _a_part(s: Sentence, k: int) -> bool:
    return counts(s, k) or bare(s.norms[k]) in PART_NOUNS


def vso_gap_ok(s: Sentence, verb_end: int, p: Phrase) -> bool:
    """The phrase after a verb is its subject: nothing but counts, numbers and
    auxiliaries between (تجمع أكثر من مليون متظاهر), or one noun an adjectival phrase
    describes."""
    gap = range(verb_end, p.start)
    if p.head == "role" and _office_of_a_place(s, verb_end, p.start):
        return True  # استقبل أمير منطقة الرياض الأمير فيصل: the office, then its holder
    if _named_in_quotes(s, verb_end, p.start):
        return True  # يرفض تنظيم «داعش», هاجمت جماعة (بوكو حرام)
    if all(
        s.norms[k] in FOLLOWER_WORDS
        or counts(s, k)
        or bare(s.norms[k]) in PART_NOUNS
        or s.norms[k] in MEMBER_WORDS  # فتح عناصر من الحزب النار
        or (
            s.norms[k] == "من"
            and k > verb_end
            and (_a_part(s, k - 1) or s.norms[k - 1] in MEMBER_WORDS)
        )
        for k in gap
    ):
        return True
    if p.adjectival and any(h.kind == "noun" and h.start == verb_end for h in s.hits["trigger"]):
        # (وأدان القصف الإسرائيلي: an act named right after the verb, and its adjective,
        # are the verb's object; منظمة الإغاثة البريطانية is a body)
        return False
    if p.adjectival and len(gap) == 2:
        # مجموعة التفكير الأميركية: an idafa the adjective describes
        a, b = s.norms[verb_end], s.norms[verb_end + 1]
        return (
            not a.startswith(("ال", "وال"))
            and b.startswith("ال")
            and a.isalpha()
            and b.isalpha()
            and a not in FUNCTION_WORDS
            and b not in FUNCTION_WORDS
        )
    return p.adjectival and len(gap) == 1


# Nouns of a kind of group before its name in quotes or brackets (تنظيم «داعش»).
_GROUP_NOUNS = {
    normalize(w)
    for w in (
        "تنظيم", "جماعة", "حركة", "جبهة", "حزب", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات",
        "منظمة", "مؤسسة", "هيئة", "وكالة", "صحيفة", "قناة", "شركة",
    )
}  # fmt: skip
# Quotation marks and brackets around a name.
_OPENING_MARKS = set(QUOTE_MARKS) | {"("}
_CLOSING_MARKS = set(QUOTE_MARKS.values()) | {")"}


def _named_in_quotes(s: Sentence, a: int, b: int) -> bool:
    """Between a and b only an opening quote or bracket, after a group noun or not: the
    name that follows is the phrase (the press writes تنظيم «داعش», (الحوثيين))."""
    gap = [s.norms[k] for k in range(a, b)]
    if gap and bare(gap[0]) in _GROUP_NOUNS:
        gap = gap[1:]
    return len(gap) == 1 and gap[0] in _OPENING_MARKS


def _quote_closed(s: Sentence, x: Phrase, b: int) -> bool:
    """أن «داعش» أعدم: only the mark closing the quotes a name opens with between the
    phrase and ``b`` (the verb): the quoted name stands right before it."""
    k = x.start - 1
    return (
        x.end + 1 == b
        and k >= s.start
        and s.norms[k] in _OPENING_MARKS
        and s.norms[x.end] == QUOTE_MARKS.get(s.norms[k], ")")
    )


def _kinds_before_names(phrases: list[Phrase], s: Sentence) -> list[Phrase]:
    """The phrases without a bare kind of group before its name in quotes (مليشيات
    «الحوثي»: the Houthis, not some militias besides them) nor the body a group is the
    arm of."""
    starts = {p.start for p in phrases}
    ends = {p.end for p in phrases}
    return [
        p
        for p in phrases
        if not (
            p.end - p.start == 1
            and bare(s.norms[p.start]) in _GROUP_NOUNS
            and p.end < s.end
            and s.norms[p.end] in _OPENING_MARKS
            and p.end + 1 in starts
        )
        # ولاية سيناء ذراع داعش: whose arm it is describes the group before, no argument
        and not (p.start - 1 in ends and bare(s.norms[p.start - 1]) == "ذراع")
        # صحيفة «نيويورك تايمز» الأمريكية: the nisba after the quote describes the name
        and not (
            (p.adjectival or p.head == "demonym")
            and s.norms[p.start - 1] in _CLOSING_MARKS
            and p.start - 1 in ends
        )
    ]


def counted_victims(s: Sentence, trig: Hit, subj: Arg) -> bool:
    """قتل ثلاثة جنود, قتل شخصان: a count right after a killing reads as a passive,
    so what follows the verb is its victims, not a subject later verbs carry."""
    if trig.entry.get("action_id") not in VICTIM_ACTIONS or subj.how != "vso":
        return False
    return count_after(s, trig.end)


# "In it" after a verb (منتجع قتل فيه عشرات): where, as a time word would say when.
_IN_IT = {"فيه", "فيها", "فيهم", "خلاله", "خلالها"}


def past_followers(s: Sentence, k: int, end: int) -> int:
    """The first token from ``k`` (before ``end``) that is no time word or auxiliary
    (قتل أمس سبعة: سبعة)."""
    while k < end and (s.norms[k] in FOLLOWER_WORDS or s.norms[k] in _IN_IT):
        k += 1
    return k


def count_after(s: Sentence, k: int) -> bool:
    """A count (ثلاثة, 26, عشرات, شخصان، إرهابيان) at ``k``, past time words."""
    k = past_followers(s, k, s.end)
    return k < s.end and (counts(s, k) or s.norms[k] in PEOPLE_COUNTS or _dual_people(s, k))


def _office_of_a_place(s: Sentence, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` are a title in construct with a place (أمير منطقة الرياض,
    محافظ جدة) before the titled name that holds it."""
    title = next((h for h in s.hits["actor"] if h.start == a and h.kind == "role"), None)
    if title is None or title.entry.get("role") not in ("person", "named") or b - title.end > 3:
        return False
    places = {k for h in s.hits["actor"] if h.kind in ("city", "metonym", "country")
              for k in range(h.start, h.end)}  # fmt: skip
    return title.end < b and all(
        k in places or bare(s.norms[k]) in PLACE_NOUNS or s.norms[k] in PLACE_NOUNS
        for k in range(title.end, b)
    )


def _dual_people(s: Sentence, k: int) -> bool:
    """A group of people named in the dual at ``k``, which counts itself (إرهابيان،
    مسلحان، شرطيان): a word of a group phrase ending in ان (not a state: إيران، لبنان)."""
    w = s.norms[k]
    x = next((x for x in s.phrases if x.start == k and x.actor.type == "group"), None)
    if x is None or not w.endswith("ان") or len(w) <= 4:
        return False
    # (قتل مسلحان شرطيا، 21 سائحا: with an object after them, an actor, an accusative or a
    # count, they did it)
    nxt = s.norms[x.end] if x.end < s.end else ""
    accusative = (nxt.isalpha() and nxt.endswith("ا") and len(nxt) > 3) or (
        nxt.isdecimal() or nxt in NUMBERS  # قتل مسلحان 21 سائحا
    )
    return not accusative and not any(y.start == x.end and not y.governed for y in s.phrases)


# "At least" (على الأقل), normalised, as it stands after a count.
AT_LEAST = ["علي", "الاقل"]


def count_then_phrase(s: Sentence, k: int, phrases: list[Phrase]) -> Phrase | None:
    """A count from token ``k`` on (ثلاثة, 13, سبعة من, نحو 150) and the phrase it counts,
    or a phrase that counts itself (شخصان، إرهابيان)."""
    counted = k < s.end and (s.norms[k] in PEOPLE_COUNTS or _dual_people(s, k))
    while k < s.end and (
        s.norms[k] in NUMBERS
        or s.norms[k].isdecimal()
        or s.norms[k] == "من"
        or s.norms[k] in MEMBER_WORDS
    ):
        counted = counted or s.norms[k] in NUMBERS or s.norms[k].isdecimal()
        k += 1
        if counted and s.norms[k : k + 2] == AT_LEAST:
            k += 2  # قتل 18 على الأقل من مسلحي الحوثي: the hedge inside the count
    if not counted:
        return None
    # (سبعة من مسلحي الحوثي: the phrase may open with the member word passed over)
    return next((p for p in phrases if p.start == k), None) or next(
        (p for p in phrases if p.start < k <= p.end - 1 and s.norms[p.start] in MEMBER_WORDS),
        None,
    )


# Times set off by commas (قتلا، الليلة الماضية، على يد المسلحين).
ASIDE_TIMES = TIME_WORDS | {
    normalize(w)
    for w in (
        "الليلة", "ليلة", "الماضية", "الماضي", "فجر", "فجرا", "ظهر", "ظهرا", "عصر", "عصرا",
        "صباحا", "مساء", "أمس", "أول", "الأول", "من", "اليوم", "الليل", "ليلا", "نهار",
    )
}  # fmt: skip


def agent_phrase(s: Sentence, phrases: list[Phrase], start: int, end: int) -> Phrase | None:
    """The agent a passive or an event noun names: على يد X, من قبل X, برصاص X."""
    for k in range(start, end):
        w, prev = s.norms[k], s.norms[k - 1] if k > s.start else ""
        if (
            (w in AGENT_AFTER_ALA and prev in ("علي", "وعلي"))
            or (w in ("قبل", "جانب") and prev == "من")
            or w in AGENT_FIRE
        ):
            j = k + 1
            while j < end and (s.norms[j] in MEMBER_WORDS or s.norms[j] == "من"):
                j += 1  # من جانب عناصر من جيش المهدي
            return next((p for p in phrases if p.start == j), None)
    return None


def non_actor_subject(s: Sentence, trig: Hit) -> bool:
    """A definite noun right after the verb that no actor phrase covers is its subject."""
    k = trig.end
    while k < s.end and (s.norms[k] in FOLLOWER_WORDS or s.norms[k].isdecimal()):
        k += 1
    if k >= s.end or any(p.start <= k < p.end for p in s.phrases):
        return False
    w = s.norms[k]
    return (
        w.startswith("ال")
        and w.isalpha()
        and w not in FUNCTION_WORDS
        and trig.entry.get("person") != "1p"
    )


def _describes_event(s: Sentence, trig: Hit) -> bool:
    """أي اعتداء يستهدف حدود بلاده: a verb right after an indefinite event noun describes
    it; the act it tells is that noun's, not the clause subject's."""
    k = trig.start - 1
    nouns = [h for h in s.hits["trigger"] if h.kind == "noun" and "ال" not in h.first.prefix]
    if k > s.start and not any(h.start <= k < h.end for h in nouns):
        w = s.norms[k]
        if not w.startswith("ال") and adjective_like(w, False):
            k -= 1  # هجمات عنيفة استهدفت مدنيين: past the noun's adjective
    return k >= s.start and any(h.start <= k < h.end for h in nouns)


def _thing_before(s: Sentence, rel: int) -> bool:
    """A thing heads the relative clause: a definite noun no actor covers, or an act and
    its place's name (هجوم سروج الذي استهدف ناشطين: the attack, not a force before it)."""
    if non_actor_head(s, rel):
        return True
    return any(
        h.kind == "noun" and h.end in (rel, rel - 1) and (rel - 1) not in s.in_phrase
        for h in s.hits["trigger"]
    )


def non_actor_head(s: Sentence, rel: int) -> bool:
    """The word before a relative pronoun is a definite noun no actor phrase covers."""
    k = rel - 1
    adjective = next((p for p in s.phrases if p.adjectival and p.start <= k < p.end), None)
    if adjective is not None:
        k = adjective.start - 1  # المبادرة المصرية التي: the noun the nisba describes
    if k < s.start or any(p.start <= k < p.end for p in s.phrases) or _people_of_place(s, k):
        return False
    w = s.norms[k]
    return w.startswith(("ال", "وال", "بال", "لل")) and w.isalpha() and w not in FUNCTION_WORDS


def _people_of_place(s: Sentence, k: int) -> bool:
    """أهالي البصرة الذين، سكان حلب الذين: the place at ``k`` is the genitive of the group
    of people right before it, who head the relative clause (not مدينة حلب التي)."""
    people = any(p.end == k and p.actor.type == "group" for p in s.phrases)
    return people and any(
        h.start == k and h.kind in ("city", "country", "metonym") for h in s.hits["actor"]
    )


def we(speaker: Actor | None, text: str) -> Actor | None:
    """First-person plural said by a speaker: their side (their country's government)."""
    if speaker is None:
        return None
    from kg import actors as A

    if speaker.type == "person" and speaker.country:
        return A.country(speaker.country, text, speaker.sector or "GOV")
    return replace(speaker, text=text)


def passive_form(s: Sentence, trig: Hit) -> bool:
    """A verb form that can only be passive (أصيب، اغتيل), or a past form written with
    the damma of the passive (قُتل, اعتُقل)."""
    w = s.norms[trig.start]
    if trig.kind != "verb":
        return False
    return (
        w in PASSIVE_VERBS
        or bare(w) in PASSIVE_VERBS
        or _vocalised_passive(s, trig)
        or _agent_follows(s, trig)
    )


def _agent_follows(s: Sentence, trig: Hit) -> bool:
    """اعتقل ثلاثة ناشطين من قبل قوات الأمن: a past form with no object pronoun whose
    clause names an agent (من قبل X, على يد X) is passive; only a passive takes one."""
    if trig.entry.get("tense") != "past" or trig.first.suffix:
        return False
    k, last = trig.end, trig.end + 6
    while k < min(s.end, last):
        w = s.norms[k]
        aside = _time_aside(s, k)
        if aside:
            k, last = k + aside, last + aside  # اعتقل ناشطين، فجر اليوم، من قبل الأمن
            continue
        if w in CLAUSE_PUNCT or w in RELATIVES or w in COMPLEMENTIZERS:
            return False
        if _noun_phrase_between(s, trig.end, k):
            return False  # أدانت البحرين استمرار التصريحات من قبل: the agent is the noun's
        prev = s.norms[k - 1]
        by = w == "قبل" and prev == "من" and (k + 1 >= s.end or s.norms[k + 1] not in ("ان", "ما"))
        if by or (w in AGENT_AFTER_ALA and prev in ("علي", "وعلي")):
            return True  # (من قبل أن: "before")
        k += 1
    return False


def _time_aside(s: Sentence, k: int) -> int:
    """The length of a time set off by commas opening at ``k`` (، فجر اليوم،), else 0."""
    if s.norms[k] not in ("،", ","):
        return 0
    j = k + 1
    while j < min(s.end, k + 5) and s.norms[j] in ASIDE_TIMES:
        j += 1
    return j + 1 - k if j > k + 1 and j < s.end and s.norms[j] in ("،", ",") else 0


def _noun_phrase_between(s: Sentence, a: int, b: int) -> bool:
    """Two or more words of no actor phrase (no count, no function word) from ``a`` to
    ``b``: a noun phrase of its own stands there (استمرار التصريحات العدائية)."""
    words = [
        k
        for k in range(a, b)
        if k not in s.in_phrase
        and s.norms[k].isalpha()
        and s.norms[k] not in FUNCTION_WORDS
        and not counts(s, k)
        and s.norms[k] != "من"
    ]
    return len(words) >= 2


def _vocalised_passive(s: Sentence, trig: Hit) -> bool:
    raw = s.words[trig.start]
    if trig.entry.get("tense") != "past" or trig.first.suffix in ("ه", "ها", "هم"):
        return False
    raw = raw[1:] if raw[:1] in ("و", "ف") and len(raw) > 3 else raw
    return "\u064f" in raw[:4]  # the damma on the first syllable: قُتل، أُصيب، اعتُقل


# Adjectives a named body takes after its name (منظمة هيومن رايتس ووتش الحقوقية).
_DESCRIBING = {normalize(w) for w in ("الحقوقية", "الدولية", "الأممية", "الحقوقي", "الدولي")}


def _possessed_masdar(trig: Hit) -> bool:
    """A verb whose object comes only with its preposition (سيطر على) takes no object
    pronoun: سيطرتها، سيطرته is its verbal noun in ة with a possessive (فرضت القوات
    سيطرتها على), not سيطرت with an object."""
    if trig.first.suffix not in ("ه", "ها", "هم", "هما") or trig.end - trig.start != 1:
        return False
    return trig.entry.get("possessed_masdar") == "1" and trig.first.stem.endswith("ت")


def _described_masdar(s: Sentence, trig: Hit) -> bool:
    """طلبا إيرانيا، دعما أمريكيا: a dual past form (طلبا) that a nisba agrees with is
    the verbal noun in the indefinite accusative (an adjective describes no verb), its
    nisba the doer."""
    if trig.entry.get("person") != "3d" or trig.end - trig.start != 1:
        return False
    return any(x.start == trig.end and x.adjectival for x in s.phrases)


# Indefinite nouns of a campaign, in the construct before the act they are of (حملة قصف).
_CAMPAIGN_HEADS = {normalize(w) for w in ("حملة", "حملات", "وحملة", "عملية", "عمليات")}


def masdar_reading(s: Sentence, trig: Hit) -> bool:
    """A bare past form right after a verb that takes a verbal noun as object (and its
    subject) is that noun (ليس قتل المصلين, أدانت المملكة قتل المدنيين): the same
    letters, no second finite verb."""
    bare_past = (
        trig.entry.get("tense") == "past"
        and trig.entry.get("person") == "3"
        and trig.first.prefix in ("", "و")
        and not trig.first.suffix
        and trig.end - trig.start == 1
    )
    if not bare_past:
        return False
    if (
        not trig.first.prefix
        and trig.start > s.start
        and s.norms[trig.start - 1] in _CAMPAIGN_HEADS
    ):
        return True  # حملة قصف، عمليات قتل: the noun in the construct after a campaign
    if trig.first.prefix:
        return _coordinated_count(s, trig) or _joined_to_governed_noun(s, trig)
    if _subject_of_came(s, trig):
        return True
    k = trig.start - 1
    ends = {x.end: x for x in s.phrases if not x.governed}
    while (
        k > s.start
        and k + 1 not in ends
        and (s.norms[k] in TIME_WORDS or s.norms[k] in _DESCRIBING or s.norms[k] in _CLOSING_MARKS)
    ):
        k -= 1  # دانت المنظمة الحقوقية أمس قصف: past the time and the subject's adjective
        # (and the quotation mark closing its name: دانت منظمة «X» الحقوقية)
    subject = ends.get(k + 1)
    if subject is not None:
        k = subject.start - 1  # دانت منظمة العفو الدولية قصف: past a named subject
        if k > s.start and s.norms[k] in _OPENING_MARKS:
            k -= 1  # دانت منظمة «X» الحقوقية أمس قصف: past its quotation mark and kind
            if k > s.start and bare(s.norms[k]) in _GROUP_NOUNS:
                k -= 1
        k = _past_voice(s, k, ends)
    elif k < trig.start - 1:
        k = trig.start - 1
    while (
        k > s.start
        and k >= trig.start - 2
        and s.norms[k].startswith("ال")
        and s.norms[k] not in FUNCTION_WORDS | RELATIVES
    ):
        k -= 1  # أدانت المملكة قتل المدنيين: past the governor's subject
    k = _past_quoted_subject(s, k)
    if k > s.start and s.norms[k] in NOT_ONLY:
        k -= 1  # (ليس فقط قتل المصلين)
    if k < s.start:
        return False
    w = s.norms[k]
    # الهدف كان هدم المسجد، أنكر نيته قتل المصلين: what a goal is or an intention is
    # for is a noun (after a verb of intending, تعتزم الحكومة حظر, its object reads alike)
    if w in _COPULAS and any(h.kind == "goal" and h.end == k for h in s.hits["cue"]):
        return True
    return _governs_masdar(w) or (subject is not None and _governor_past_name(s, k))


_ON_TONGUE = (normalize("على"), normalize("لسان"))


def _past_voice(s: Sentence, k: int, ends: dict) -> int:
    """أكدت الخارجية المصرية على لسان متحدثها X تضامن: before the one a body speaks
    through (على لسان متحدثها), past the body, to the verb governing the noun."""
    # (past the speaker's noun and its adjective: متحدثها الرسمي)
    j = next((j for j in range(k, max(s.start, k - 3) - 1, -1) if s.norms[j] == _ON_TONGUE[1]), 0)
    if j - 1 < s.start or s.norms[j - 1] != _ON_TONGUE[0]:
        return k
    body = ends.get(j - 1)
    return body.start - 1 if body is not None else j - 2


def _subject_of_came(s: Sentence, trig: Hit) -> bool:
    """«قتل عناصر التنظيم جاء إثر كمين»، إن قتل الجنود تم على يد: a bare past form that
    opens its clause, its genitive, then "came" or "was done" with no و is the verbal
    noun those verbs tell of (a verb's subject is not followed by a second verb)."""
    k = trig.start - 1
    if k >= s.start and s.norms[k] not in _OPENING_MARKS and s.norms[k] not in _THAT_WORDS:
        return False
    members = trig.end < s.end and s.norms[trig.end] in MEMBER_WORDS
    starts = (trig.end, trig.end + 1) if members else (trig.end,)
    x = next((x for x in s.phrases if x.start in starts and not x.governed), None)
    return x is not None and x.end < s.end and s.norms[x.end] in _NOUN_PREDICATES


# Verbs told of a verbal noun as their subject (جاء ردا على، تم على يد).
_NOUN_PREDICATES = {
    normalize(w) for w in ("جاء", "جاءت", "تم", "تمت", "أتى", "أتت", "يأتي", "تأتي")
}
_THAT_WORDS = {normalize(w) for w in ("إن", "أن", "ان", "بأن", "لأن", ":")}


def _governs_masdar(w: str) -> bool:
    return w in _NOUN_GOVERNORS or (w[:1] in ("و", "ف") and w[1:] in MASDAR_GOVERNORS)


def _governor_past_name(s: Sentence, k: int) -> bool:
    """أكد جو بايدن نائب الرئيس الأميركي دعم: the governing verb past a name of one or two
    words before the subject's title (a name in apposition)."""
    for j in range(k, max(s.start, k - 2) - 1, -1):
        w = s.norms[j]
        if j < k and _governs_masdar(w):
            return True
        if not w.isalpha() or w in FUNCTION_WORDS or any(h.start == j for h in s.hits["trigger"]):
            return False
    return False


def _joined_to_governed_noun(s: Sentence, trig: Hit) -> bool:
    """طالب باستدعاء السفير وسحب السفير: و + the form after a verbal noun governed by بـ
    or لـ and its object, with no pause, is a second verbal noun joined to the first."""
    before = [h for h in s.hits["trigger"] if h.end <= trig.start and trig.start - h.end <= 4]
    if not before or before[-1].kind != "noun":
        return False
    h = before[-1]
    governed = h.first.prefix.lstrip("وف")[:1] in ("ب", "ل")
    return governed and not any(s.norms[j] in CLAUSE_PUNCT for j in range(h.end, trig.start))


def _past_quoted_subject(s: Sentence, k: int) -> int:
    """Back from k over a subject named in quotes and its kind (دانت منظمة «هيومن رايتس
    ووتش» قصف): where the governing verb may stand."""
    if s.norms[k] not in _CLOSING_MARKS:
        return k
    j = k - 1
    while j > s.start and k - j <= 8 and s.norms[j] not in _OPENING_MARKS:
        j -= 1
    if s.norms[j] not in _OPENING_MARKS:
        return k
    return j - 2 if j - 1 > s.start and bare(s.norms[j - 1]) in _GROUP_NOUNS else j - 1


_COPULAS = {normalize(w) for w in ("كان", "كانت", "يكون", "تكون", "هو", "هي")}
# Nouns that take a verbal noun as their genitive, never a finite verb (إمكانية تعاون
# روسي سعودي، سبل تعاون البلدين).
_CONSTRUCT_HEADS = {
    normalize(w)
    for w in ("إمكانية", "ضرورة", "أهمية", "سبل", "كيفية", "آفاق", "مجالات", "فرص", "مستقبل")
}
# Nouns of intention and wish with their owner: the bare form after them is their object.
_AIM_NOUNS = {
    normalize(w)
    for w in ("نية", "نيته", "نيتها", "نيتهم", "عزمه", "عزمها", "عزمهم", "رغبته", "رغبتها",
              "رغبتهم", "أمله", "أملها", "أملهم")
}  # fmt: skip
_NOUN_GOVERNORS = MASDAR_GOVERNORS | _AIM_NOUNS | _CONSTRUCT_HEADS


def _coordinated_count(s: Sentence, trig: Hit) -> bool:
    """مقتل 25 مسلحا وجرح 15 آخرين: و + the form before a count, after a verbal noun
    and its count, is a second verbal noun joined to the first."""
    before = [h for h in s.hits["trigger"] if h.end <= trig.start and trig.start - h.end <= 4]
    return (
        bool(before)
        and before[-1].kind == "noun"
        and count_after(s, before[-1].end)
        and count_after(s, trig.end)
    )


# ------------------------------------------------------------------ analysis


@dataclass
class _State:
    """What carries from clause to clause within a sentence."""

    speaker: Actor | None = None
    attributed: Actor | None = None
    subject: Actor | None = None
    subjects: tuple[Phrase, ...] = ()  # the last coordinated subject (مصر والأردن)
    main: Actor | None = None  # the subject of the sentence's main clause


def analyse(
    s: Sentence, memory: ArticleMemory, action_plover
) -> tuple[list[Clause], list[Predicate]]:
    """Clauses and predicates of one sentence; updates ``memory`` (speaker, subject).

    ``action_plover(hit)`` gives the PLOVER category of a trigger's reading (for the
    scope of requests and threats); it is the only thing this stage asks of coding.
    """
    clauses = segment(s)
    st = _State()
    headline = _headline_speaker(s)
    if headline is not None:
        st.speaker = st.attributed = st.subject = headline
        memory.speaker = headline
    preds: list[Predicate] = []
    for n, c in enumerate(clauses):
        if c.kind == "dateline":
            continue
        _attribution(s, c, st, memory)
        _clause_subject(s, clauses, n, st, memory)
        if c.subject is not None and c.subject.actors:
            st.subject = c.subject.actors[0]
            if c.kind == "main" and st.main is None:
                st.main = st.subject
            if len(c.subject.phrases) > 1:
                st.subjects = c.subject.phrases
        for k, trig in enumerate(h for h in s.hits["trigger"] if c.start <= h.start < c.end):
            if (
                trig.kind == "verb"
                and trig.entry.get("person") == "1s"
                and c.kind != "quote"
                and not passive_form(s, trig)  # أصيب is "was hit", not "I hit"
            ):
                continue  # أصل, أمل: "I ..." is said only in a quotation; else a noun
            if (
                trig.kind == "verb"
                and trig.entry.get("person") == "1p"
                and c.kind != "quote"
                and (st.speaker or memory.speaker) is None
            ):
                continue  # نصيب (a share), not "we hit": "we" needs someone speaking
            if (
                trig.kind == "verb"
                and trig.start > s.start
                and s.norms[trig.start - 1] in HONORIFICS
            ):
                continue  # الملك فيصل: a name after a title, not ف + يصل
            p = _predicate_told(s, c, trig, st, memory, action_plover)
            p.first_in_clause = k == 0
            preds.append(p)
            subj = p.arg("subj")
            if p.kind == "verb" and subj is not None and subj.actors and subj.actors[0]:
                # (قتل أربعة جنود ... إثر انفجار: the dead set nothing)
                if not p.passive and not counted_victims(s, trig, subj):
                    st.subject = subj.actors[0]  # a later verbal noun shares this agent
                    if c.kind == "main" and st.main is None and subj.how in ("vso", "svo"):
                        st.main = st.subject
    if st.subject is not None:
        memory.subject = st.subject
    _conjoined_modality(s, preds)
    return clauses, preds


# How far back a verbal noun joined by و looks for the one it is joined to.
_CONJOINED_REACH = 8


def _conjoined_modality(s: Sentence, preds: list[Predicate]) -> None:
    """A verbal noun joined by و to an earlier one shares its modality (ستشهد الأيام
    المقبلة تدمير معاقل التنظيم وتحرير المدينة، مطالبا بالتحرك لرفع الأمر وسحب السفير):
    one act to come, asked for or imagined, then another of the same."""
    for n, p in enumerate(preds):
        if p.kind != "noun" or p.modality != "asserted" or not p.hit.first.prefix.startswith("و"):
            continue
        q = next((x for x in reversed(preds[:n]) if x.end <= p.start), None)
        # (the one before is a verbal noun, or an idiom that opens with one: فرض عقوبات)
        if q is None or q.kind != "noun" and q.hit.entry.get("verbal") != "1":
            continue
        if q.modality == "asserted" or q.negated != p.negated:
            continue
        between = range(q.end, p.start)
        if len(between) <= _CONJOINED_REACH and not any(
            s.norms[k] in CLAUSE_PUNCT or s.norms[k] in _STOPS or s.norms[k] in _TURNS
            for k in between
        ):
            p.modality = q.modality


def _headline_speaker(s: Sentence) -> Actor | None:
    """A headline or lead "X: ..." names the speaker."""
    for p in s.phrases:
        if p.start <= s.start + 1:
            if p.end < s.end and s.norms[p.end] == ":":
                return p.actor
        break
    return None


def _attribution(s: Sentence, c: Clause, st: _State, memory: ArticleMemory) -> None:
    report = [
        h
        for h in s.hits["cue"]
        if c.start <= h.start < c.end and h.kind in ("report", "speaker_quote")
    ]
    if not report:
        return
    r = report[0]
    spk = next(
        (p for p in c.phrases if r.end <= p.start <= r.end + 2 and not p.governed), None
    ) or next((p for p in c.phrases if p.end == r.start and not p.governed), None)
    w = s.norms[r.start]
    participle = r.end - r.start == 1 and w.startswith("م") and w.endswith("ا") and len(w) > 4
    if participle:
        # مشددا أثناء لقائه وزير الخارجية: a circumstantial participle says what the
        # subject before said; who follows it is no speaker
        spk = None
    c.speaker_phrase = spk
    if spk is not None:
        both = coordinated(spk, c.phrases, s)
        st.subjects = both if len(both) > 1 else st.subjects
    speaker = (spk.actor if spk else None) or st.speaker
    if speaker is None and participle and st.main is not None:
        # ... and that subject is the main clause's (جدد السيسي التأكيد على أن فلسطين ...،
        # مشددا: Sisi, not Palestine), for this sentence only
        c.speaker = st.attributed = st.subject = st.main
        return
    opening = r.start == c.start and spk is not None and spk.start == r.end
    if opening and spk.actor is not None and c.kind == "main" and st.main is None:
        st.main = spk.actor  # (زعم التنظيم أن ...، مطالبا: the one who claimed)
    speaker = speaker or memory.speaker
    if speaker is not None:
        st.speaker = st.attributed = st.subject = speaker
        memory.speaker = speaker
    c.speaker = speaker


# Verbs of rejecting or denying a claim (ترفض اتهامات، نفت تقارير).
_REJECTING_CLAIMS = frozenset({"reject", "deny"})


def _claim_rejected(s: Sentence, prev: Clause, c: Clause) -> bool:
    """A complement of a claim noun that a verb of rejecting or denying takes right
    before it (لكن موسكو ترفض اتهامات بأنها زودت المتمردين): the claim is rejected."""
    k = c.start - 1
    if k < prev.start or s.norms[k] not in _CLAIMS:
        return False
    return any(
        h.entry.get("action_id") in _REJECTING_CLAIMS
        and prev.start <= h.start
        and 0 < k - h.end + 1 <= 2
        for h in s.hits["trigger"]
    )


# Adjectives of siding with or against someone after a body (التحالف المناهض لـ).
_SIDING = LOYAL_WORDS | {
    normalize(c + w) for c in ("", "ال") for w in ("مناهض", "مناهضة", "معادي", "معادية")
}


def _past_whom_it_faces(s: Sentence, heads: list[Phrase]) -> list[Phrase]:
    """التحالف الدولي المناهض لتنظيم داعش والذي يشن: a relative clause goes back to the
    body, not to whom its adjective of siding names (loyal to, against)."""
    if len(heads) < 2:
        return heads
    k = heads[-1].start - 1
    siding = k >= s.start and s.norms[k] in _SIDING and heads[-2].end == k
    return heads[:-1] if siding else heads


def _clause_subject(
    s: Sentence, clauses: list[Clause], n: int, st: _State, memory: ArticleMemory
) -> None:
    c = clauses[n]
    prev = clauses[n - 1] if n > 0 else None
    if c.kind == "complement" and prev is not None:
        c.denied = prev.denied or any(
            h.entry.get("action_id") == "deny" and prev.start <= h.start < prev.end
            for h in s.hits["trigger"]
        )
        c.denied = c.denied or _claim_rejected(s, prev, c)
    subject: Arg | None = None
    if c.kind == "relative" and prev is not None and _thing_before(s, c.start):
        c.thing_head = True  # الهجوم الذي استهدف: the clause is about a thing
    elif c.kind == "relative" and prev is not None:
        # (مع حكومة الإقليم في شمال العراق التي تقاتل: the body, not the place)
        heads = [p for p in prev.phrases if not p.adjectival and not _place_phrase(s, p)]
        heads = _past_whom_it_faces(s, heads)
        if heads and c.start - heads[-1].end <= 4:
            c.head = heads[-1]
            subject = Arg("subj", (c.head,), how="head")
        elif not s.norms[c.start].startswith("و"):
            # الأمين العام للفيفا جيروم فالك الذي وصل: no actor heads it (والتي may go
            # back to the head of a relative before it)
            c.thing_head = True
    elif c.kind == "complement" and c.opener.endswith(("ننا", "نا")) and c.opener != "انا":
        subject = _we_arg(st.speaker or memory.speaker, s.words[c.start])
    elif c.kind == "complement" and c.opener.endswith(("هم", "هما")) and st.subjects:
        subject = Arg("subj", st.subjects, how="pronoun")  # أكدت مصر والأردن أنهما اتفقتا
    elif c.kind == "complement" and c.opener.endswith(("ه", "ها", "هم", "هما")):
        who = None if _he_after_she(s, c) else st.speaker or st.subject
        subject = Arg("subj", actor=who, how="pronoun") if who else None
    elif c.opener in _BUT_HE or (c.start == s.start and s.norms[c.start] in _BUT_HE):
        # لكنه دعا إيران: "but he" is the one the sentence is about; Iran is the object,
        # even when "he" is no actor the sentence names (the one before it may be about
        # someone else: لكنه خلال زيارة لجنوب أفريقيا, after a sentence on the US)
        subject = Arg("subj", actor=st.subject or st.speaker, how="pronoun")
    for k in range(c.start, min(c.end, c.start + 3)):
        if s.norms[k] in FIRST_PERSON_PLURAL:
            subject = _we_arg(st.speaker or memory.speaker, s.words[k])
    subject = subject or _own_subject(s, c)
    if subject is None and c.kind == "quote" and st.speaker is not None:
        subject = Arg("subj", actor=st.speaker, how="speaker")  # "لافروف: سنبذل ..."
    c.subject = subject


# "But he/she/they" (لكنه، ولكنها): the pronoun is the clause's subject.
_BUT_HE = {w + p for w in ("لكن", "ولكن") for p in ("ه", "ها", "هم", "هما")}


def _place_phrase(s: Sentence, p: Phrase) -> bool:
    """في سوريا, بشمال العراق: where something is, not who."""
    if not p.after_prep and not p.prefix.lstrip("وف").startswith("ب"):
        return False
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    return p.head in ("city", "country", "metonym") and (
        prev in ("في", "وفي") or prev in LOCATIVES or p.prefix.lstrip("وف").startswith("ب")
    )


def _he_after_she(s: Sentence, c: Clause) -> bool:
    """أشارت السلطات إلى أنه فجر نفسه: "he" after a feminine verb of saying is not who
    says it (the verb agrees with its speaker; the pronoun names someone else)."""
    if not c.opener.endswith("ه") or c.opener.endswith(("ها", "هما")):
        return False
    said = [
        h
        for h in s.hits["cue"]
        if h.kind == "report" and c.start - 6 <= h.start < c.start and h.end - h.start == 1
    ]
    # (a feminine past verb of saying: أشارت، أكدت، قالت)
    return bool(said) and bare(s.norms[said[-1].start]).endswith("ت")


def _we_arg(speaker: Actor | None, text: str) -> Arg | None:
    actor = we(speaker, text)
    return Arg("subj", actor=actor, how="we") if actor is not None else None


def _part_of(s: Sentence, p: Phrase, c: Clause, trig: Hit | None = None) -> bool:
    """عبر عدد من النواب، هاجمت عناصر من داعش: the phrase after من that a number, a part
    or members open (not after a verb of killing or abducting, whose counted men are its
    victims: قتل عدد من الجنود; members after the verb only when it opens its clause:
    التفجير استهدف عناصر من الحشد is what was hit)."""
    k = p.start
    if trig is not None and (
        trig.entry.get("action_id") in VICTIM_ACTIONS or trig.entry.get("needs") == "violence"
    ):
        return False  # (وجرح العشرات من الجانبين: the wounded)
    if k - 2 < c.start or s.norms[k - 1] != "من":
        return False
    if k - 3 >= c.start and s.norms[k - 3] in PREPOSITIONS:
        return False
    opener = s.norms[k - 2]
    if bare(opener) in PART_NOUNS or opener in _REMNANTS:
        return True
    return opener in MEMBER_WORDS and (trig is None or k < trig.start or _verb_first(s, c, trig))


def _verb_first(s: Sentence, c: Clause, trig: Hit) -> bool:
    """Only particles between the clause's start and the verb: a VSO clause."""
    return all(
        s.norms[k] in FUNCTION_WORDS or s.norms[k] in COMPLEMENTIZERS or s.norms[k] in CLAUSE_PUNCT
        for k in range(c.start, trig.start)
    )


# What remains of a force (ما تبقى من قوات الحوثيين انسحبوا): the force acts.
_REMNANTS = {normalize(w) for w in ("تبقى", "بقي", "بقايا", "فلول")}


def _own_subject(s: Sentence, c: Clause) -> Arg | None:
    """The first ungoverned phrase before the clause's first trigger (not the speaker)."""
    first = next((h.start for h in s.hits["trigger"] if c.start <= h.start < c.end), c.end)
    for p in c.phrases:
        if p.start >= first:
            break
        # (أعرب عدد من النواب: a part right after the clause's verb, or opening it)
        opening = p.start - 3 <= c.start
        if (p.governed and not (opening and _part_of(s, p, c))) or p.adjectival:
            continue
        if c.speaker_phrase is p:
            return None
        if p.start - 2 >= s.start and s.norms[p.start - 2] in DONE_TO:
            continue  # تم رصد المتهمين: whom it was done to, no doer
        return Arg("subj", (p,), how="svo")
    return None


# Verbs of the impersonal passive before a verbal noun (تم اعتقال X، جرى ترحيل X): the
# noun's genitive is acted on.
DONE_TO = {normalize(w) for w in ("تم", "وتم", "يتم", "ويتم", "سيتم", "وسيتم", "جرى", "وجرى")}


def _predicate(
    s: Sentence, c: Clause, trig: Hit, st: _State, memory: ArticleMemory, action_plover
) -> Predicate:
    # أجرى محادثات, أعرب عن استعداده: an idiom that opens with a verb is a verb (its
    # noun after a preposition is a noun: تمكنت الشرطة من القبض على)
    prev = s.norms[trig.start - 1] if trig.start > s.start else ""
    verbal = trig.entry.get("verbal") == "1" and prev not in PREPOSITIONS
    kind = "verb" if verbal else trig.kind
    if kind == "verb" and (
        masdar_reading(s, trig) or _possessed_masdar(trig) or _described_masdar(s, trig)
    ):
        kind = "noun"
    circumstantial = False  # (مطالبا الأمم المتحدة: done by the main clause's subject)
    if (
        kind == "noun"
        and trig.entry.get("participle") is not None
        and "ال" not in trig.first.prefix
    ):
        # (with no main subject named, still what follows is its object: مطالبا الوزارة;
        # but only one in the accusative ا: مواجهة، مصادرنا are nouns there)
        accusative = st.main is not None or trig.first.suffix == "ا"
        circumstantial = accusative and _accusative_participle(s, trig)
        if trig.first.suffix in ("ين", "ون") or circumstantial:
            kind = "participle"
    neg, neg_subj = negation(s, trig, c)
    p = Predicate(
        trig,
        kind,
        c,
        negated=neg != c.denied,  # denying that it happened; denying a denial asserts
        negative_subject=neg_subj,
        failed=neg and not c.denied and failed(s, trig, c),
        passive=passive_form(s, trig),
        attributed_to=st.attributed,
        context=st.subject,
        speaker=st.speaker,
    )
    p.modality = modality(s, trig, action_plover(trig), action_plover)
    if kind == "verb":
        topic = _resumed_topic(s, c, trig) if action_plover(trig) in _HARMS else None
        p.args = (
            _verb_args(s, c, trig, st, memory) if topic is None else _topic_args(s, c, trig, topic)
        )
        p.hit = trig
    elif circumstantial:
        # the main clause's subject, if one is named
        p.args = [Arg("subj", actor=st.main, how="main")] if st.main is not None else []
        p.args += _after_args(s, c, trig, ())
    elif kind == "participle":
        who = st.subject or _continued(s, c, trig, memory)
        p.args = [Arg("subj", actor=who, how="carried")] if who else []
        p.args += _after_args(s, c, trig, ())
    else:
        p.args = _noun_args(s, c, trig)
        if action_plover(trig) in _HARMS:
            p.args += _pronoun_patient(s, trig, p.args)
        if trig.entry.get("participle") is not None and _tanwin_participle(s, trig):
            # مطالبا وزارة التعليم with no main subject found: a participle with tanwin
            # is in no construct; what follows is its object, never its doer
            p.args = [replace(a, role="obj", how="obj") if a.role == "gen" else a for a in p.args]
        opener = _opening_light_verb(s, c, trig)
        if opener and memory.subject is not None and not any(a.role == "agent" for a in p.args):
            # كما تمكنت من السيطرة على: the subject the sentence before was about
            p.args.append(Arg("agent", actor=memory.subject, how="carried"))
    return p


def _tanwin_participle(s: Sentence, trig: Hit) -> bool:
    """مطالباً، داعيا: a circumstantial participle in the accusative with its alif."""
    return _accusative_participle(s, trig) and s.norms[trig.start].endswith("ا")


def _accusative_participle(s: Sentence, trig: Hit) -> bool:
    """مطالبا الأمم المتحدة، منددا بالهجوم: a derived participle in the indefinite
    accusative, one word, is circumstantial (حال): the main subject does it, and what
    follows is its object."""
    w = s.norms[trig.start]
    if trig.end - trig.start != 1 or not w.lstrip("و").startswith("م") or "ال" in trig.first.prefix:
        return False
    prev = s.norms[trig.start - 1] if trig.start > s.start else ""
    if prev in COMPLEMENTIZERS or prev in PREPOSITIONS or (prev and counts(s, trig.start - 1)):
        return False  # (إن مهاجما انتحاريا فجر: a noun, the subject after إن)
    if prev.endswith("ا") and len(prev) > 3 and prev not in FUNCTION_WORDS:
        return False  # (رادعا ومعاقبا وعادلا: one of a list of adjectives)
    if w.endswith("ا"):
        return True
    # (شنت غارة جوية مستهدفة مواقعهم: a feminine one describes the attack before it)
    after = s.norms[trig.end] if trig.end < s.end else ""
    return (
        trig.entry.get("participle") == "only"
        and s.words[trig.start].endswith("ة")
        and after not in ("من", "ب")
        and any(
            h.kind == "noun" and trig.start - 6 <= h.end <= trig.start for h in s.hits["trigger"]
        )
    )


def _opening_light_verb(s: Sentence, c: Clause, trig: Hit) -> bool:
    """A verb of doing or being able opens the sentence (past كما, و) right before the event
    noun, with no subject of its own between (كما تمكنت من السيطرة على)."""
    k = s.start
    while k < trig.start and s.norms[k] in ("كما", "وكما", "ثم"):
        k += 1
    light = k < trig.start and _light_verb(s.norms[k])
    between = [j for j in range(k + 1, trig.start) if s.norms[j] not in ("من", "في", "علي")]
    return c.start <= k and light and not between and k not in s.in_phrase


def _oblique_plural(s: Sentence, p: Phrase) -> bool:
    """تشجع المستوطنين، هاجم الحوثيين: a sound plural in -ين right after a verb is in
    the accusative, so its object, never its subject (المستوطنون، الحوثيون); after a
    count or a preposition (آلاف المتظاهرين، عشرات من المتظاهرين) it is a genitive."""
    if p.governed:
        return False
    if p.start > s.start and (counts(s, p.start - 1) or s.norms[p.start - 1] in FOLLOWER_WORDS):
        return False
    w = bare_word(s.norms[p.start])
    nisba_plural = p.head == "org" and w.endswith("يين")
    # (a place's name may end so: برلين; a people named for a state has the article)
    people = p.head == "metonym" and "ال" in p.prefix
    if (p.head in ("role", "demonym") or nisba_plural or people) and w.endswith("ين"):
        return len(w) > 4
    return _accusative_alif(s, p)


def place_hits(s: Sentence, kinds: tuple[str, ...]) -> dict[int, Hit]:
    """Place names of these kinds by their first token, read as written: a name listed
    with its article is no place without it (فرقة is no الرقة)."""
    return {
        h.start: h
        for h in s.hits["actor"]
        if h.kind in kinds and h.entry.get("iso3") and not wrong_article(h)
    }


def _where(s: Sentence, a: int, trig: Hit) -> bool:
    """Tokens ``a``..the verb are only where (في مدينة قعطبة، بمحافظة لحج): a city after
    في or ب and place nouns, between a subject and its verb."""
    b = trig.start
    if a >= b or not (s.norms[a] == "في" or s.norms[a][:1] == "ب"):
        return False
    cities = {k for h in place_hits(s, ("city",)).values() for k in range(h.start, h.end)}
    k = a + 1 if s.norms[a] == "في" else a
    return (
        k < b
        and b - 1 in cities
        and all(
            j in cities or bare(s.norms[j]) in PLACE_NOUNS or s.norms[j] in PLACE_NOUNS
            for j in range(k, b)
        )
    )


def _plural_before(s: Sentence, before: list[Phrase], trig: Hit) -> Arg | None:
    """The subject before a plural verb it agrees with, past conjuncts (الولايات المتحدة
    وحلفاؤها استهدفوا) or where its people come from (20 مستوطنا من مستوطنة قريبة هاجموا)."""
    if conjuncts_between(s, before[-1].end, trig.start):
        return Arg("subj", coordinated_back(before), how="svo")
    if _origin_between(s, before[-1], trig.start):
        return Arg("subj", (before[-1],), how="svo")
    return None


def _origin_between(s: Sentence, p: Phrase, b: int) -> bool:
    """Only where the people before a plural verb come from stands between them and it
    (عشرون مستوطنا من مستوطنة قريبة هاجموا): من and a few words, no verb or pause."""
    a = p.end
    b -= b - 1 > a and s.norms[b - 1] in ("،", ",")  # (past a comma before the verb)
    return (
        p.head not in ("city", "country")
        and a < b
        and s.norms[a] == "من"
        and b - a <= 4
        and all(s.norms[k].isalpha() and s.norms[k] not in FUNCTION_WORDS for k in range(a + 1, b))
        and not any(a < h.start < b for h in s.hits["trigger"] + s.hits["cue"])
    )


def _object_before(s: Sentence, p: Phrase, trig: Hit) -> bool:
    """An accusative before a verb is the object of a verb before it (قتل مسلحون جنديا
    وأصابوا: not the wounders), unless أن/إن governs it (أن جنديا أطلق النار); so is a
    phrase right after a verb before a verb with و (تقصف عدن وتقتل: a verb with و has
    no subject right before it)."""
    after_inna = p.start > s.start and s.norms[p.start - 1] in COMPLEMENTIZERS
    joined = trig.first.prefix.startswith("و") and _joined_after_verb(s, p)
    return (_accusative_alif(s, p) and not after_inna) or joined or _own_subject_after(s, p, trig)


def _own_subject_after(s: Sentence, p: Phrase, trig: Hit) -> bool:
    """لاعتقال مطلوبين فأطلق الجنود النار: the genitive of a verbal noun before a verb
    joined by و or ف is that noun's; the verb's subject is the phrase right after it."""
    if not trig.first.prefix.startswith(("و", "ف")) or trig.kind != "verb":
        return False
    of_noun = any(h.kind == "noun" and h.end == p.start for h in s.hits["trigger"])
    return of_noun and any(x.start == trig.end and not x.governed for x in s.phrases)


def _accusative_alif(s: Sentence, p: Phrase) -> bool:
    """An indefinite noun with the accusative's alif (قتل إرهابيا: someone killed a
    terrorist, a nominative subject would be إرهابي): an object, never a subject."""
    if p.head not in ("role", "demonym") or bare_word(s.norms[p.start]).startswith("ال"):
        return False
    # (the alif read off as a suffix: ميليشيا keeps its own; وزيرا الخارجية is a dual
    # in construct, before a definite genitive)
    nxt = s.norms[p.start + 1] if p.start + 1 < s.end else ""
    hit = next((h for h in s.hits["actor"] if h.start == p.start), None)
    return hit is not None and hit.first.suffix == "ا" and not nxt.startswith(("ال", "وال"))


def _served(s: Sentence, p: Phrase) -> bool:
    """المقاومة الموالية للرئيس اليمني هادي: whom a phrase before serves (a title with
    لـ between), not a subject."""
    for k in range(p.start - 1, max(s.start, p.start - 4) - 1, -1):
        if s.norms[k] in LOYAL_WORDS:
            return s.norms[k + 1].startswith("ل")
    return False


# Categories of harm done to someone, whose object pronoun names the one harmed.
_HARMS = frozenset({"ASSAULT", "COERCE"})


def _resumed_topic(s: Sentence, c: Clause, trig: Hit) -> tuple[Phrase, ...] | None:
    """وكان الطبيب قد خطفه مسلحون، 40 مدنيا اختطفهم التنظيم: a verb of harm with an
    object pronoun and its subject after it; the phrase right before the verb (past كان،
    قد and time words) is the one the pronoun stands for when it agrees with it in
    gender and number (ه one man, ها one woman or body, هم many, هما two)."""
    pronoun = trig.first.suffix
    if trig.kind != "verb" or pronoun not in _OBJECT_PRONOUNS or c.head is not None:
        return None
    if c.thing_head or trig.entry.get("person") in _PLURAL_PERSONS:
        return None
    after = [p for p in c.phrases if p.start >= trig.end]
    before = [p for p in c.phrases if p.end <= trig.start and not p.adjectival]
    if not after or not before or after[0].governed or before[-1].governed:
        return None
    if not vso_gap_ok(s, trig.end, after[0]) or _disagrees(s, trig, after[0]):
        return None
    if _bare_indefinite(s, after[0]) or not only_followers(s, before[-1].end, trig.start):
        return None
    topic = coordinated_back(before)
    return topic if _agrees(s, topic, pronoun) else None


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")


def _bare_indefinite(s: Sentence, p: Phrase) -> bool:
    """One indefinite singular role noun (كانت تحتجزه رهينة: as a hostage): a state of
    the object, no subject; subjects after the verb are definite, named or plural."""
    w = s.norms[p.start]
    one = p.end - p.start == 1 and p.head == "role" and "ال" not in p.prefix
    return one and not w.endswith(("ون", "ين", "ات"))


def _agrees(s: Sentence, topic: tuple[Phrase, ...], pronoun: str) -> bool:
    """The phrases ``topic`` agree with an object pronoun; when unsure, no."""
    if pronoun == "هما":
        return len(topic) == 2
    p = topic[0]
    head = bare_word(s.norms[p.start])
    if pronoun == "هم":
        counted = p.start > s.start and counts(s, p.start - 1)
        return len(topic) > 2 or counted or head.endswith(("ون", "ين"))
    if len(topic) > 1 or (p.start > s.start and counts(s, p.start - 1)):
        return False
    if pronoun == "ه":
        return masculine_singular(s, p)
    return head.endswith("ه") and not head.endswith(("ات", "ون", "ين"))


def _pronoun_patient(s: Sentence, trig: Hit, args: list[Arg]) -> list[Arg]:
    """تعرض الطبيب للضرب بعد اعتقاله من قبل الشرطة: a noun of harm after a word of time
    or cause, with a pronoun on it and its doer named (من قبل، على يد), or after a verb
    of result (لاحقت الشرطة المهربين مما أدى إلى مقتلهم): the pronoun is the one harmed,
    the actor named right before (the verb of result) when it agrees with it."""
    pronoun = trig.first.suffix
    prev = s.norms[trig.start - 1] if trig.start > s.start else ""
    result = _result_start(s, trig.start)
    if pronoun not in _OBJECT_PRONOUNS or (prev not in BACKGROUND and result is None):
        return []
    doer = result is not None or any(a.how == "agent" for a in args)
    if not doer or any(a.role == "obj" for a in args):
        return []
    # (ما أدى إلى مقتله: the one named before the verb of result, the act's doer aside)
    end = trig.start if result is None else result
    before = [x for x in s.phrases if x.end <= end]
    if not before or before[-1].governed:
        return []
    topic = coordinated_back(before)
    return [Arg("obj", topic, how="back")] if _agrees(s, topic, pronoun) else []


def _result_start(s: Sentence, k: int) -> int | None:
    """Where ``ما أسفر عن`` begins when the noun at ``k`` is the result it brings."""
    if k - 2 < s.start or s.norms[k - 1] not in RESULT_PREPS:
        return None
    verb = k - 2
    if bare(s.norms[verb]) not in RESULT_VERBS:
        return None
    return verb - 1 if verb > s.start and bare(s.norms[verb - 1]) in WHICH else verb


def _topic_args(s: Sentence, c: Clause, trig: Hit, topic: tuple[Phrase, ...]) -> list[Arg]:
    """Subject after the verb, object the topic its pronoun stands for (_resumed_topic)."""
    after = [p for p in c.phrases if p.start >= trig.end]
    used = coordinated(after[0], after, s)
    subj, obj = Arg("subj", used, how="vso"), Arg("obj", topic, how="pronoun")
    return [subj, obj] + _after_args(s, c, trig, used)


def _verb_args(s: Sentence, c: Clause, trig: Hit, st: _State, memory: ArticleMemory) -> list[Arg]:
    """Subject, object and prepositional arguments of a verb."""
    after = [p for p in c.phrases if p.start >= trig.end]
    before = [
        p
        for p in c.phrases
        if p.end <= trig.start
        and (not p.governed or _part_of(s, p, c, trig))  # (عدد من النواب انتقدوا)
        and not p.adjectival
        and not _served(s, p)
        and p.head != "city"  # (a city is where: المقاومة في مدينة قعطبة سيطرت)
    ]
    subj: Arg | None = None
    used: tuple[Phrase, ...] = ()
    # a verb before its subject is singular (قصفت الطائرات); a plural or dual one
    # (استهدفوا, اتفقا) has its subject before it or in itself, never after it
    plural = trig.entry.get("person") in _PLURAL_PERSONS
    if c.head is not None and not before and not trig.first.suffix and not _resumed(s, c, trig):
        # المعارضة التي تواجه الإرهابيين; العراقيين الذين قصفت مدنهم: whose cities were hit
        owner = _owned_after(s, trig)
        subj = Arg("subj", how="thing") if owner else Arg("subj", (c.head,), how="head")
    elif c.thing_head and not before and not trig.first.suffix and not _resumed(s, c, trig):
        # الجماعات التي تقاتل قوات الحكومة: the head fights; what follows is its object
        # (with an object pronoun, التي تحاربها روسيا, what follows is the subject)
        subj = Arg("subj", how="thing")
    elif (
        before
        and before[-1] is c.speaker_phrase
        and after
        and not after[0].governed
        and vso_gap_ok(s, trig.end, after[0])  # (القبض على خلية تضم عشرة أشخاص: no)
        and not _oblique_plural(s, after[0])
    ):
        used = coordinated(after[0], after, s)  # أكد الرئيس الفرنسي دعم باريس ل...
        subj = Arg("subj", used, how="vso")
    elif (
        before
        and (
            only_followers(s, before[-1].end, trig.start)
            or _where(s, before[-1].end, trig)
            or _quote_closed(s, before[-1], trig.start)
        )
        and not _object_before(s, before[-1], trig)
        and not _two_sides_next(s, trig, after)
    ):
        # (أحزاب تقاتل بعضها بعضا: what parties of a kind do to one another)
        how = "kind" if _kind_at_odds(s, before[-1], trig) else "svo"
        subj = Arg("subj", coordinated_back(before), how=how)
    elif before and plural and (plural_subj := _plural_before(s, before, trig)) is not None:
        subj = plural_subj
    elif (
        c.subject is not None
        and c.subject.how == "pronoun"
        and not any(p.end <= trig.start for p in c.phrases)
        and not (c.opener.endswith("ه") and _feminine_present(trig))
    ):
        subj = c.subject  # أعلنت أنها استدعت السفير (إنه تبدأ مرحلة: the pronoun of the matter)
    elif (j := _subject_opener(s, c, trig)) is not None:
        # وكانت إيران ومجموعة الست قد توصلت: the actors after كان; وكان عدد من النواب
        # قد انتقد: the part's whole; وكان قسم حقوق الإنسان قد دعا: no actor
        k = j + 1
        while k < trig.start and s.norms[k] in FOLLOWER_WORDS:
            k += 1
        own = [p for p in c.phrases if not p.adjectival and p.start < trig.start]
        own = [p for p in own if p.start == k or (p.start == k + 2 and _part_of(s, p, c))][:1]
        subj = Arg("subj", coordinated(own[0], c.phrases, s), how="svo") if own else None
        subj = subj or Arg("subj", how="thing")
    elif (
        described := _described_subject(s, c, trig)
        or _shared_subject(s, c, trig)
        or _owner_subject(s, c, trig)
    ) is not None:
        # اعتقلت الشرطة رجلا هاجم كنيسة: the man attacked; الميليشيات تقصف المدينة وتقتل
        # 20 مدنيا: the militias kill them
        subj, used = described, described.phrases
    elif (
        after
        and (not after[0].governed or _part_of(s, after[0], c, trig))
        and _subject_gap_ok(s, trig, after[0])
        and not plural
        and not _disagrees(s, trig, after[0])
        and not _oblique_plural(s, after[0])
    ):
        used = coordinated(after[0], after, s)
        subj = Arg("subj", used, how="vso")
    elif c.subject is None and (non_actor_subject(s, trig) or _describes_event(s, trig)):
        subj = Arg("subj", how="thing")  # ستصل الدفعة، أي اعتداء يستهدف: a thing does it
    elif _first_person(s, trig):
        who = st.speaker or memory.speaker  # نؤكد: the speaker's side; أؤكد: in person
        we = trig.entry.get("person") == "1p"
        subj = _we_arg(who, s.words[trig.start]) if we else _in_person(who)
    elif c.thing_head:
        subj = Arg("subj", how="thing")  # الهجوم الذي استهدف مسجدا
    else:
        subj = _carried_subject(s, c, trig, st, memory)
    args = [subj] if subj is not None else []
    if _pronoun_is_back(s, c, trig, st.subject, subj):
        # زار X الدوحة حيث استقبله أمير قطر: the object pronoun is the one the sentence
        # was about before
        args.append(Arg("obj", actor=st.subject, how="pronoun"))
    return args + _after_args(s, c, trig, used)


# "Belonging to" (طائرة حربية تابعة لقوات النظام): what follows owns the thing before.
_BELONGING = {w for w in LOYAL_WORDS if "تابع" in w}


def _owner_subject(s: Sentence, c: Clause, trig: Hit) -> Arg | None:
    """A thing of someone's is the verb's subject (قصفت طائرة حربية تابعة لقوات النظام
    مشفى، أن طائرة تابعة للتحالف استهدفت): its owner did it."""
    first = c.start + (1 if s.norms[c.start] in COMPLEMENTIZERS else 0)
    for k in (trig.end, first):  # (after the verb, or before it at the clause's start)
        owner = _thing_owner(s, c, k)
        if owner is None or (k == first and first >= trig.start):
            continue
        if k == first and not only_followers(s, owner.end, trig.start):
            return None  # (the thing's owner, then more words before the verb)
        feminine = s.norms[k].endswith(("ه", "ات"))
        if k != first and feminine != (trig.entry.get("person") == "3f"):
            return None  # (هجوما استهدف عربات تابعة للحوثيين: its object, of no gender of it)
        if k != first and not _object_at(s, _past_adjectives(s, owner.end), c.end):
            return None  # (التحالف ... وقصفت وحدات تابعة للتنظيم ودمرت: what it hit)
        return Arg("subj", (owner,), how="svo" if k == first else "vso")
    return None


def _object_at(s: Sentence, k: int, end: int) -> bool:
    """A noun in the accusative at ``k``: no preposition, conjunction or particle on it."""
    if k >= end:
        return False
    w = s.norms[k]
    bare_noun = w.startswith("ال") or w[:1] not in ("ب", "ل", "ك", "و", "ف")
    return bare_noun and w.isalpha() and w not in FUNCTION_WORDS


def _thing_owner(s: Sentence, c: Clause, k: int) -> Phrase | None:
    """The owner after a thing at ``k`` that no actor names (طائرة تابعة لـ X), or a
    craft of war of no state named (طائرة حربية، مروحية تابعة لـ X)."""
    x = next((x for x in c.phrases if x.start == k), None)
    craft = x is not None and x.actor.country is None and x.actor.sector == "MIL"
    craft = craft and not s.norms[k].endswith("ات")  # (one or two: طائرات تابعة لـ is a body's)
    if k >= c.end or (k in s.in_phrase and not craft) or not s.norms[k].isalpha():
        return None
    if s.norms[k] in FUNCTION_WORDS:
        return None
    definite = s.norms[k].startswith("ال")
    start = x.end if craft and x is not None else k + 1
    for j in range(start, min(c.end - 1, start + 3)):
        if s.norms[j] in _BELONGING:
            owner = next((p for p in c.phrases if p.start == j + 1), None)
            lam = owner is not None and owner.prefix.lstrip("وف").startswith("ل")
            return owner if lam else None
        if j in s.in_phrase or not adjective_like(s.norms[j], definite):
            return None  # (only the thing's adjectives: الطيران عربات تابعة: its object's)
    return None


def _joined_after_verb(s: Sentence, p: Phrase) -> bool:
    """The phrase stands right after a verb (its object: تقصف عدن وتقتل)."""
    return any(h.kind == "verb" and h.end == p.start for h in s.hits["trigger"])


def _shared_subject(s: Sentence, c: Clause, trig: Hit) -> Arg | None:
    """A verb joined by و to an earlier verb of the same person in a clause whose
    subject stands before its first verb (S V1 O و V2 O) shares that subject; what
    follows it is its object."""
    if not trig.first.prefix.startswith("و") or c.subject is None or c.subject.how != "svo":
        return None
    if not c.subject.phrases or c.subject.phrases[-1].end > trig.start:
        return None
    prev = [
        h for h in s.hits["trigger"]
        if h.kind == "verb" and c.subject.phrases[-1].end <= h.start and h.end <= trig.start
    ]  # fmt: skip
    person = trig.entry.get("person")
    return c.subject if prev and person and prev[-1].entry.get("person") == person else None


def _two_sides_next(s: Sentence, trig: Hit, after: list[Phrase]) -> bool:
    """اتفق الجانبان, التزم الطرفان: "the two sides" in the nominative dual (-ان) right
    after the verb are its subject, whatever actors stand before it (بناء على توجيه X
    وأخيه Y اتفق الجانبان)."""
    return bool(
        after
        and after[0].start == trig.end
        and after[0].pair is not None
        and s.norms[after[0].start].endswith("ان")
    )


def _disagrees(s: Sentence, trig: Hit, p: Phrase) -> bool:
    """A verb that does not agree with the phrase after it, which is so its object: a
    feminine one before a masculine title or body (وطالبت مجلس الأمن), a one-word
    masculine one (not an idiom's first word) before a feminine land (ويطالب إيران)."""
    person = trig.entry.get("person")
    if person == "3f":
        return masculine_singular(s, p)
    one_word = trig.end - trig.start == 1 and not trig.entry.get("gap_only")
    return person == "3" and one_word and feminine_land(s, p)


def _carried_subject(
    s: Sentence, c: Clause, trig: Hit, st: _State, memory: ArticleMemory
) -> Arg | None:
    who = st.subject or _continued(s, c, trig, memory)
    if who is not None and who.type == "person" and _feminine_present(trig):
        who = None  # (وتشجع after الوزير: a feminine verb's subject is not the man)
    return Arg("subj", actor=who, how="carried") if who is not None else None


def _pronoun_is_back(
    s: Sentence, c: Clause, trig: Hit, back: Actor | None, subj: Arg | None
) -> bool:
    prev = s.norms[trig.start - 1] if trig.start > s.start else ""
    return (
        trig.first.suffix in ("ه", "ها", "هم", "هما")
        and c.head is None
        # مؤتمر استضافته الفاتيكان: after a bare noun the pronoun is that noun's
        and bool(trig.first.prefix or prev in FUNCTION_WORDS or not prev.isalpha())
        and back is not None
        and subj is not None
        and all(a.id != back.id for a in subj.actors)
        # وكان السفير السعودي في كندا نايف السديري قد استقبلهم: one named before the verb
        # in its own clause is its subject (a title and a name), not the one received
        and not any(x.actor.id == back.id for x in c.phrases if x.end <= trig.start)
    )


_KANA = {normalize(p + w) for p in ("", "و", "ف") for w in ("كان", "كانت", "كانوا")}


def _predicate_told(
    s: Sentence, c: Clause, trig: Hit, st: _State, memory: ArticleMemory, action_plover
) -> Predicate:
    """The predicate of ``trig``; said during a call or in a cable received, the
    caller's (تلقى X اتصالا من Y أكد خلاله دعم: Y's, for this act only)."""
    sender = _caller(s, c, trig)
    if sender is None:
        return _predicate(s, c, trig, st, memory, action_plover)
    st.subject, context = sender, st.subject
    p = _predicate(s, c, trig, st, memory, action_plover)
    st.subject = context
    return p


_RECEIVED = {normalize(p + w) for p in ("", "و", "ف") for w in ("تلقى", "تلقت", "يتلقى", "تتلقى")}


def _caller(s: Sentence, c: Clause, trig: Hit) -> Actor | None:
    """تلقى X اتصالا (برقية، رسالة) من Y جدد خلاله ترحيبه: what is said "during it",
    by a verb with no subject of its own right before, is said by Y who called or wrote,
    not by X who received it (أجرى X اتصالا بـ Y أكد خلاله: X, the clause's subject)."""
    k = next((j for j in range(trig.start - 1, max(c.start, trig.start - 4), -1)
              if s.norms[j] in DURING_IT), None)  # fmt: skip
    if k is None or k - 1 <= c.start or any(x.start < k <= x.end for x in c.phrases):
        return None  # (no phrase between the verb and خلاله: أكد خلاله, not أكد X خلاله)
    # (the receiver may stand in a clause of its own: تلقى خادم الحرمين الشريفين، اتصالا)
    got = next((j for j in range(max(s.start, k - 30), k) if s.norms[j] in _RECEIVED), None)
    if got is None:
        return None
    senders = [x for x in s.phrases if got < x.start < k - 1 and _from_before(s, x.start)]
    return senders[-1].actor if senders else None


def _from_before(s: Sentence, k: int) -> bool:
    """من right before ``k``, past words of courtesy (من فخامة الرئيس)."""
    k -= 1
    while k > s.start and (s.norms[k] in FOLLOWER_WORDS or s.norms[k] in HONORIFICS):
        k -= 1
    return s.norms[k] == "من"


# Adverbs, question words and verbs of becoming or beginning that may stand right before
# a verb (سابقا، فعلا، لماذا، راحوا يهاجمون).
_ADVERBS = {
    normalize(w)
    for w in ("سابقا", "لاحقا", "فعلا", "أولا", "ثانيا", "أخيرا", "تقريبا", "كذلك", "جدا",
              "معا", "جميعا", "سويا", "إذن", "أصلا", "بعدما", "حينها", "عندها", "فقط",
              "لماذا", "ماذا", "كيف", "متى", "أين", "هل", "ولماذا", "فلماذا",
              "راح", "راحت", "بدأ", "بدأت", "أخذ", "أخذت", "ظل", "ظلت", "عاد", "عادت",
              "أصبح", "أصبحت", "صار", "صارت", "بات", "باتت", "أضحى", "أضحت")
}  # fmt: skip


def described_noun(s: Sentence, c: Clause, trig: Hit) -> Phrase | bool | None:
    """The indefinite noun a verb right after it describes (past كان and قد, and past an
    adjective of an actor: متمردون أكراد فجروا), the verb with no conjunction of its own:
    its subject is that noun, not whom the sentence was about (اعتقلت الشرطة رجلا هاجم
    كنيسة، خلية كانت تخطط لهجمات). The noun's phrase if it is an actor, True if not."""
    agreeing = trig.first.suffix in ("ون", "وا", "ان")  # (مقاتلين يواجهون: its agreement)
    if trig.first.prefix or (trig.first.suffix and not agreeing):
        return None  # وهاجم: a new clause; مؤتمر استضافته الفاتيكان: the noun is the object
    k = trig.start - 1
    while k > c.start and (s.norms[k] in _KANA or s.norms[k] in ("قد", "لقد")):
        k -= 1
    if k <= c.start:
        return None
    x = next((x for x in s.phrases if x.start <= k < x.end), None)
    # an indefinite adjective after an indefinite actor (an adjective agrees in
    # definiteness: الشرطة المصرية رجلا, the man is no adjective of the police)
    adjective = _indefinite(s, k)
    x = x or next(
        (x for x in s.phrases if x.end == k and adjective and _indefinite(s, x.start)), None
    )
    if x is not None:
        # (مصر تطالب: a name; وحدات حماية الشعب: definite by its genitive)
        common = x.actor.type not in ("country", "person", "organisation")
        articles = any(s.norms[i].startswith(_ARTICLES) for i in range(x.start, x.end))
        return x if common and not articles and _indefinite(s, x.start) else None
    words = (h for h in s.hits["trigger"] + s.hits["cue"] if h.start <= k < h.end)
    return _indefinite(s, k) and next(words, None) is None


_ARTICLES = ("ال", "وال", "بال", "لل", "فال")
_EACH = {normalize(w) for w in ("بعضها", "بعضهم", "بعضهما")}


def _each_other(s: Sentence, trig: Hit) -> bool:
    """بعضها بعضا، بعضهم البعض right after the verb: one another."""
    return trig.end < s.end and s.norms[trig.end] in _EACH


def _kind_at_odds(s: Sentence, x: Phrase, trig: Hit) -> bool:
    """An indefinite common noun whose present verb is done to one another (ميليشيات
    تقاتل بعضها بعضا): what such groups do, no one act."""
    if trig.entry.get("tense") != "present" or "س" in trig.first.prefix:
        return False
    if not _each_other(s, trig) or x.actor.type in ("country", "person", "organisation"):
        return False
    # (a broken plural, أحزاب، is indefinite too: no article anywhere in the phrase)
    return not any(s.norms[i].startswith(_ARTICLES) for i in range(x.start, x.end))


# A preposition with the pronoun of the noun described, right after its verb (شريطا
# مصورا يهدد فيه، بيانا هددت فيه، رسالة طالب عبرها): the noun is where or whereby the
# verb's subject acts, not its subject.
_WHEREBY = {
    normalize(w) for w in ("فيه", "فيها", "عبره", "عبرها", "خلاله", "خلالها", "بموجبه", "بموجبها")
}


def _described_subject(s: Sentence, c: Clause, trig: Hit) -> Arg | None:
    """The subject of a verb that describes the indefinite noun before it: that noun's
    actor, else a thing (what follows is the object), or a kind of thing in the present
    (دول تستهدف السعودية: what such things do is no one event)."""
    described = described_noun(s, c, trig)
    if not described or (trig.end < s.end and s.norms[trig.end] in _WHEREBY):
        return None  # (شريطا يهدد فيه: the tape is where, its maker threatens)
    present = trig.entry.get("tense") == "present"
    if isinstance(described, Phrase):
        # (تنقل أسلحة إلى معارضين يواجهون النظام: what such people do, no one act)
        kind = present and described.governed and "س" not in trig.first.prefix
        return Arg("subj", (described,), how="kind" if kind else "svo")
    return Arg("subj", how="kind" if present else "thing")


def _indefinite(s: Sentence, k: int) -> bool:
    """Token ``k`` looks like an indefinite noun or adjective: a feminine (ة as written),
    plural or accusative ending (خلية، مسلحين، رجلا), no article, no verb's prefix (سيضمن،
    يقول), no function word, adverb or span of time (رسميا، أيام), no pronoun (ناحيتها:
    definite by it) and no plural past ending (راحوا، بدأوا: a verb before the verb)."""
    w = s.norms[k]
    return (
        w.isalpha()
        and len(w) >= 3
        and (s.words[k].endswith("ة") or w.endswith(("ات", "ين", "ون", "ا", "اء")))
        and not w.startswith(_ARTICLES + ("سي", "ست", "سن", "ي"))
        and bare(w) not in _SPANS_OF_TIME
        and w not in FUNCTION_WORDS
        and w not in _ADVERBS
        and bare(w) not in _ADVERBS
        and not w.endswith(("يا", "وا", "ها", "نا"))
    )


def _first_person(s: Sentence, trig: Hit) -> bool:
    person = trig.entry.get("person")
    return person == "1p" or (person == "1s" and not passive_form(s, trig))


def _in_person(who: Actor | None) -> Arg | None:
    return Arg("subj", actor=who, how="we") if who is not None else None


def _subject_opener(s: Sentence, c: Clause, trig: Hit) -> int | None:
    """Where كان stands in كان + subject + قد + verb (وكانت منظمات حقوقية قد انتقدت
    الحكومة): what follows the verb is then its object (actor phrases right before a verb
    are read as subjects earlier; this is for subjects further back or no actor covers)."""
    k = trig.start - 1
    if k <= c.start or s.norms[k] not in ("قد", "لقد") or trig.first.suffix:
        return None  # (وكانت بريم قد خطفهما مسلحون: the pronoun takes her up)
    for j in range(k - 1, max(c.start, k - 9) - 1, -1):
        if s.norms[j] in _KANA:
            between = range(j + 1, k)
            return j if any(s.norms[i] not in FOLLOWER_WORDS for i in between) else None
    return None


_RESUMPTIVE = {
    normalize(p + e) for p in ("علي", "ضد", "الي", "من", "ل", "ب", "عن") for e in ("ه", "ها", "هم")
}


def _owned_after(s: Sentence, trig: Hit) -> bool:
    """A noun with a pronoun right after the verb (قصفت مدنهم، دمرت منازلهم): the relative
    clause tells of the head's things, not of the head acting."""
    k = trig.end
    if k >= s.end or k in s.in_phrase:
        return False
    w = s.norms[k]
    return (
        w.isalpha() and len(w) > 4 and w.endswith(("هم", "ها", "هما")) and w not in FUNCTION_WORDS
    )


def _resumed(s: Sentence, c: Clause, trig: Hit) -> bool:
    """القذافي الذي ألقى مسلحون القبض عليه: a pronoun after the verb takes up the head,
    and the phrase right after the verb is its subject."""
    after = next((p for p in c.phrases if p.start >= trig.end), None)
    own_after = after is not None and not after.governed and _subject_gap_ok(s, trig, after)
    own_before = any(p.end <= trig.start and not p.governed for p in c.phrases)
    if not (own_after or own_before):
        return False
    if own_after and after.start == trig.end + 1 and s.norms[trig.end] in _RESUMPTIVE:
        return True  # التي استولت عليها الميليشيا: the pronoun before the subject
    k = after.end if own_after else trig.start + 1  # (القبض عليه: in the trigger's words)
    return any(s.norms[j] in _RESUMPTIVE for j in range(k, min(c.end, k + 4)))


def _subject_gap_ok(s: Sentence, trig: Hit, p: Phrase) -> bool:
    """The phrase after a verb is its subject, also behind a preposition with a pronoun
    (المواقع التي استولت عليها الميليشيا، اعتدى عليه مسلحون)."""
    if p.start == trig.end + 1 and s.norms[trig.end] in _RESUMPTIVE:
        return True
    return vso_gap_ok(s, trig.end, p)


def _continued(s: Sentence, c: Clause, trig: Hit, memory: ArticleMemory) -> Actor | None:
    """The subject of the sentence before, for a verb that opens its sentence with no
    subject of its own (وأضاف, ثم توجه): a sentence continues its predecessor's subject
    only from its first word. A verb further in with none of its own (وتوصل منتدى ...
    إلى, لما أصاب إخوة) has a subject the lexicon does not know, not the last one named."""
    first = c.start
    while first < trig.start and s.norms[first] in FOLLOWER_WORDS:
        first += 1
    opening = c.start <= _dateline_end(s)
    return memory.subject if opening and trig.start == first else None


def _after_args(s: Sentence, c: Clause, trig: Hit, used: tuple[Phrase, ...]) -> list[Arg]:
    """Objects and prepositional phrases after a predicate, in order (coordinated
    phrases together); an object pronoun on a verb points at a relative clause's head."""
    out: list[Arg] = []
    if c.head is not None and ((trig.kind == "verb" and trig.first.suffix) or _resumed(s, c, trig)):
        out.append(Arg("obj", (c.head,), how="pronoun"))  # (ألقى مسلحون القبض عليه)
    rest = [p for p in c.phrases if p.start >= trig.end and p not in used]
    if trig.kind == "verb":
        # قتل 63 شخصا جراء قصف قوات النظام: the genitive of an event noun after the verb
        # is that noun's, not the verb's object
        held = {h.end for h in s.hits["trigger"] if h.start >= trig.end}
        rest = [p for p in rest if p.start not in held or p.governed]
    seen: set[int] = set()
    for p in rest:
        if p.start in seen:
            continue
        group = coordinated(p, rest, s)
        seen.update(x.start for x in group)
        prep = governing_prep(s, p)
        if prep:
            out.append(Arg("pp", group, prep=prep, how="pp"))
        else:
            out.append(Arg("obj", group, how="obj"))
    return out


def governing_prep(s: Sentence, p: Phrase) -> str:
    """The preposition that governs a phrase: the word before it or its clitic."""
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    if prev in PREPOSITIONS:
        return bare(prev) if bare(prev) in PREPOSITIONS else prev
    clitic = p.prefix.lstrip("وف")
    if clitic.startswith("لل"):
        return "ل"
    return clitic[:1] if clitic[:1] in ("ب", "ل", "ك") else ""


# Words of part or all between a verbal noun and its genitive (انسحاب معظم القوات).
_PARTS_OF = {normalize(w) for w in ("معظم", "بعض", "كل", "جميع", "غالبية", "أغلب", "باقي", "بقية")}


def _genitive_start(s: Sentence, trig: Hit) -> int:
    """Where a verbal noun's genitive begins: right after it, past a word of part, or
    past the opening quote of a name (اعتقال «القاعدة» لخمسة ضباط)."""
    k = trig.end
    return k + 1 if k < s.end and (s.norms[k] in _PARTS_OF or s.norms[k] in "«“") else k


def _feminine_present(trig: Hit) -> bool:
    """تشجع، تعمل: a present verb of a feminine subject (the past -ت is also "I")."""
    return trig.entry.get("person") == "3f" and trig.entry.get("tense") == "present"


# Pronouns on a noun (زيارته, هجومها, اعتقالهم, هجماته); a bare ه may be a feminine
# ending.
_PRONOUNS = ("ها", "هم", "هما", "هن", "نا", "كم")
_POSSESSIVE = frozenset(_PRONOUNS + tuple(a + p for a in ("ت", "ات") for p in _PRONOUNS + ("ه",)))


def has_possessive(trig: Hit) -> bool:
    """هجومها, زيارته: a noun with a possessive pronoun on it (its doer); a ه after a
    plural (هجماته) is one too."""
    a = trig.first
    return a.suffix in _POSSESSIVE or (a.suffix == "ه" and a.stem.endswith("ات"))


def _hamza_pronoun(s: Sentence, trig: Hit) -> bool:
    """لقائه، استدعاؤه: a noun in ء with ه on its hamza's seat (the ه is "his")."""
    return strip_diacritics(s.words[trig.end - 1]).endswith(("ئه", "ؤه", "ءه"))


def _noun_args(s: Sentence, c: Clause, trig: Hit) -> list[Arg]:
    """Arguments of a verbal noun: its genitive (idafa), a nisba right after it
    (الاتصالات الروسية-المصرية), the doer of a light verb before it or a doer verb after
    it, an agent (على يد X), بين A و B, then objects and phrases after it."""
    after = [p for p in c.phrases if p.start >= trig.end]
    out: list[Arg] = []
    used: tuple[Phrase, ...] = ()
    if after and after[0].start == trig.end and after[0].adjectival:
        nisba = after[0]
        used = (nisba,)
        out.append(Arg("gen", used, how="nisba"))
        dash = nisba.end < c.end and s.norms[nisba.end] in _DATELINE_DASHES
        if len(after) > 1 and after[1].start == nisba.end + 1 and dash:
            out.append(Arg("obj", (after[1],), how="partner"))
            used += (after[1],)
    elif after and _genitive_start(s, trig) == after[0].start and not after[0].governed:
        used = coordinated(after[0], after, s)
        # زيارته واشنطن: a noun with a pronoun on it takes no genitive; what follows is
        # its object (the pronoun is the doer)
        out.append(
            Arg("obj", used, how="obj")
            if has_possessive(trig) or _hamza_pronoun(s, trig)
            else Arg("gen", used, how="idafa")
        )
    doer = doer_after(s, trig, c) or light_verb_subject(s, trig, c) or _perpetrator(s, trig, c)
    if doer is not None:
        out.append(Arg("agent", (doer,), how="doer"))
        used += (doer,)
    agent = agent_phrase(s, c.phrases, trig.end, c.end)
    if agent is not None and agent not in used:
        out.append(Arg("agent", (agent,), how="agent"))
        used += (agent,)
    parties = between_parties(s, trig, c)
    if parties is not None:
        out.append(Arg("between", parties, how="between"))
        used += parties
    return out + _after_args(s, c, trig, used)


# Nouns of who carried out or planned an act (منفذ الهجوم، مرتكبو الجريمة، مدبر التفجير).
_PERPETRATORS = {
    normalize(w)
    for w in (
        "منفذ", "منفذو", "منفذي", "مرتكب", "مرتكبو", "مرتكبي", "مدبر", "مدبرو", "مدبري",
        "المنفذ", "المنفذين",
    )
}  # fmt: skip


def _perpetrator(s: Sentence, trig: Hit, c: Clause) -> Phrase | None:
    """منفذ الهجوم فهد القباع: the one named after "the doer of the act" did it."""
    k = trig.start - 1
    if k < c.start or bare(s.norms[k]) not in _PERPETRATORS or "ال" not in trig.first.prefix:
        return None
    return next((p for p in c.phrases if p.start == trig.end and not p.governed), None)


# Verbs of doing that point back at an event noun or take it as object.
def doer_after(s: Sentence, trig: Hit, c: Clause) -> Phrase | None:
    """The actor of "NOUN أجراه/نفذها/شنها X" right after an event noun (an adjective
    may stand between): X made, carried out or launched it; also in a relative clause
    right after it (الهجمات التي يشنها الحوثيون)."""
    end, phrases = c.end, c.phrases
    if c.end == trig.end and trig.end < s.end and s.norms[trig.end] in RELATIVES:
        end, phrases = s.end, s.phrases
    for k in range(trig.end, min(end, trig.end + 3)):
        if any(h.start == k for h in s.hits["trigger"]):
            break  # (تفريق مظاهرة نظمها الناشطون: the doer verb is the nearer act's)
        # العمليات التي تقوم بها قوات التحالف: who undertakes it (بها, not a pronoun on it)
        undertakes = bare(s.norms[k]) in _UNDERTAKING and s.norms[k + 1 : k + 2] in (
            ["بها"],
            ["به"],
        )
        # (قصف مصدره قوات الأسد: whose source they are fired it)
        whose = _before_pronoun(s.norms[k]) in DOER_VERBS | _BEGUN | _SOURCE_OF
        if whose or undertakes:
            j = k + 2 if undertakes else k + 1
            if j + 1 < end and s.norms[j] in MEMBER_WORDS and s.norms[j + 1] == "من":
                j += 2  # نفذه عنصر من تنظيم داعش: one of the group
            found = next(
                (p for p in phrases if p.start == j and (j > k + 1 or not p.governed)), None
            )
            if found is None:
                # (مظاهرة نظمها عشرات الناشطين، هجوم نفذه ثلاثة مسلحين: past their count)
                n = _past_count(s, j, end)
                found = next((p for p in phrases if p.start == n and n > k + 1), None)
            return found or _glossed(s, j)
    return _attributed_to(s, trig, end, phrases)


# Marks a gloss does not reach past (the end of a quote it may follow is no such mark).
_NOT_A_GLOSS_GAP = CLAUSE_PUNCT - set(QUOTE_MARKS.values()) - {'"'}
# "In reference to" (في إشارة إلى X): X is whom the words before it describe.
_IN_REFERENCE = ("في", normalize("إشارة"), normalize("إلى"))


def unknown_doer(s: Sentence, trig: Hit, c: Clause) -> bool:
    """ "NOUN نفذته X" with X no known actor (هجوم نفذته المنظمة الانفصالية): the act has
    a doer the words name, not the one the clause is about or who tells it."""
    end = min(c.end - 1, trig.end + 3)
    # (a definite noun after it: its subject; قادة الدول is "leaders", not "led it")
    return any(
        _before_pronoun(s.norms[k]) in DOER_VERBS
        and k not in s.in_phrase
        and s.norms[k + 1].startswith("ال")
        for k in range(trig.end, end)
    )


def _glossed(s: Sentence, j: int) -> Phrase | None:
    """هجوم نفذته المنظمة الإرهابية» في إشارة إلى حزب العمال: a doer the words describe
    and the writer names after "in reference to" (a few words on, past a quote's end)."""
    for k in range(j, min(s.end - 3, j + 8)):
        if tuple(s.norms[k : k + 3]) == _IN_REFERENCE:
            return next((p for p in s.phrases if p.start == k + 3), None)
        if s.norms[k] in _NOT_A_GLOSS_GAP:
            return None
    return None


def _past_count(s: Sentence, j: int, end: int) -> int:
    """Past a count and its من at ``j`` (عشرات، نحو ألفي، ثلاثة من), else ``j``."""
    k = j
    while k < min(end, j + 4) and (
        s.norms[k] in NUMBERS or s.norms[k] in QUANTIFIERS or s.norms[k].isdecimal()
    ):
        k += 1
    return k + 1 if k > j and k < end and s.norms[k] == "من" else k


# "Begun" with a pronoun on the act (هجوم بدأته تركيا): its subject began it (not a
# light verb before the act: بدأت أنقرة بحملة اعتقالات is read by its subject).
_BEGUN = {normalize(w) for w in ("بدأ", "بدأت", "بدأو", "بدأوا", "يبدأ", "تبدأ")}
# "Its source" after a shot or a shell (قذيفة مصدرها قوات النظام): who fired it.
_SOURCE_OF = {normalize("مصدر")}


# "Attributed" (نسبته الحكومة إلى تنظيم الدولة، نسبت إلى متمردي حزب العمال).
_ATTRIBUTED = {
    normalize(c + w + e)
    for c in ("", "و")
    for w in ("نسب", "نسبت", "نسبوا")
    for e in ("", "ه", "ها", "هما", "هم")
}


def _attributed_to(s: Sentence, trig: Hit, end: int, phrases: list[Phrase]) -> Phrase | None:
    """An act "attributed to X" soon after its noun (عملية انتحارية ... ونسبت إلى
    متمردي حزب العمال), or the object of "attributed" (نسب الوزير الهجوم إلى التنظيم):
    X did it, as the one who attributes it says."""
    held = _held_responsible(s, trig, phrases)
    if held is not None:
        return held
    if _object_of_attributing(s, trig):
        for j in range(trig.end, min(end, trig.end + 4)):
            if s.norms[j] == "الي":  # (إلى, normalised; التنظيم المتطرف: its adjective)
                return next((p for p in phrases if j + 1 <= p.start <= j + 2), None)
    for k in range(trig.end, min(end, trig.end + 12)):
        if s.norms[k] not in _ATTRIBUTED:
            continue
        for j in range(k + 1, min(end, k + 6)):
            if s.norms[j] == "الي":  # (إلى, normalised; التنظيم المتطرف: its adjective)
                return next((p for p in phrases if j + 1 <= p.start <= j + 2), None)
        return None
    return None


def _object_of_attributing(s: Sentence, trig: Hit) -> bool:
    """The event noun is the object of a verb of attributing before it, past its
    subject and an adverb (ونسب رئيس الوزراء بوضوح الهجوم)."""
    ends = {p.end: p.start for p in s.phrases}
    at = [trig.start]
    if trig.start - 1 > s.start and _adverb(s.norms[trig.start - 1]):
        at.append(trig.start - 1)
    if trig.start - 2 > s.start and s.norms[trig.start - 1] in _SELF:
        # (نسب المصدر نفسه الهجوم: past "himself" and a subject of one word)
        at += [trig.start - 1, trig.start - 2]
    # (past the subject phrase)
    return any(s.norms[k] in _ATTRIBUTED for k in (ends.get(j, j) - 1 for j in at) if k >= s.start)


# "Himself, itself" after a subject (المصدر نفسه، الوزارة نفسها).
_SELF = {normalize(w) for w in ("نفسه", "نفسها", "ذاته", "ذاتها")}


def _adverb(w: str) -> bool:
    """بوضوح، بشدة، رسميا: an adverb of manner (بـ and an indefinite noun, or -ا)."""
    return (w[:1] == "ب" and w[1:3] != "ال" and len(w) > 3) or (w.endswith("يا") and len(w) > 4)


# Holding someone responsible (حمل الوزير التنظيم مسؤولية الهجوم).
_HOLDING = {normalize(w) for w in ("حمل", "حملت", "حملوا", "يحمل", "تحمل", "وحمل", "وحملت")}


def _held_responsible(s: Sentence, trig: Hit, phrases: list[Phrase]) -> Phrase | None:
    """X مسؤولية NOUN after a verb of holding responsible: X did it, as the one who holds
    it responsible says."""
    k = trig.start - 1
    if k <= s.start or s.norms[k] not in RESPONSIBILITY:
        return None
    held = next((p for p in phrases if p.end == k), None)
    if held is None or not any(s.norms[j] in _HOLDING for j in range(max(s.start, k - 10), k)):
        return None
    return held


# Verbs whose subject is the doer of the event noun after them (شن، نفذ، تمكن، واصل).
_LIGHT_VERBS = DOER_VERBS | ABLE_VERBS


def _light_verb(w: str) -> bool:
    """A verb of doing or being able (شن، نفذ، تمكن), with its و or ف (وشن: a two-letter
    verb keeps its و for bare(), which guards roots in و such as وصل)."""
    return bare(w) in _LIGHT_VERBS or (w[:1] in ("و", "ف") and w[1:] in _LIGHT_VERBS)


def light_verb_in(s: Sentence, a: int, b: int) -> bool:
    """A verb of doing or being able among words a..b-1 (شنت في يونيو 106 غارات), in the
    first person too (سنشن، ننفذ)."""
    return any(_light_verb(s.norms[k]) or _we_do(s.norms[k]) for k in range(a, b))


def _we_do(w: str) -> bool:
    """سنشن، ننفذ: a present verb of doing in the first person plural, future or not."""
    w = w[1:] if w[:1] == "و" else w
    w = w[1:] if w[:2] == "سن" else w
    return w[:1] == "ن" and "ي" + w[1:] in _LIGHT_VERBS


_DEGREE = {normalize(w) for w in ("بالغ", "عميق", "شديد")}  # عن بالغ قلقه
# Undertaking an act named with بـ after the doer (قام X بـ، قيام X بـ).
_UNDERTAKING = {
    normalize(w)
    for w in ("قام", "قامت", "قاموا", "قاما", "يقوم", "تقوم", "يقومون", "قيام", "بقيام")
}


def undertaking_in(s: Sentence, a: int, b: int) -> bool:
    """A verb of undertaking (قام، تقوم، قيام) among words a..b-1."""
    return any(bare(s.norms[k]) in _UNDERTAKING for k in range(a, b))


def _stance_after(s: Sentence, a: int, b: int) -> bool:
    """Words a..b (the trigger at b) are the stance right after عن, not a word with لـ or
    بـ after it (عن إدانته للتفجير: the condemnation, not the bombing)."""
    words = [s.norms[k] for k in range(a, b + 1) if s.norms[k] not in _DEGREE]
    return b - a <= 2 and not any(w[:1] in ("ل", "ب") for w in words)


def light_verb_subject(s: Sentence, trig: Hit, c: Clause) -> Phrase | None:
    """نفذت القوات الأميركية ضربة جوية, شن الجيش هجوما: the subject of a verb of doing
    right before the event noun is its agent; so is the subject of a verb voicing a
    stance with عن (أعرب الوزير عن إدانته، عبرت المملكة عن دعمها) and of one undertaking
    an act named with بـ (قامت القوات بقصف)."""
    voiced = False
    # (a phrase counts as one word: أعرب نائب رئيس مجلس الشورى محمد الجفري عن إدانته)
    ends = {p.end: p.start for p in c.phrases if p.end <= trig.start}
    j, steps = trig.start, 0
    while steps < 6 and j > c.start:
        j, steps = (ends[j] if j in ends else j) - 1, steps + 1
        if j < c.start:
            break
        w = s.norms[j]
        # عن إدانته واستنكاره، عن بالغ قلقه: the stance right after عن (not للتفجير after it)
        voiced = voiced or (w == "عن" and _stance_after(s, j + 1, trig.start))
        holder = voiced and (w in VOICE_VERBS or (w[:1] in ("و", "ف") and w[1:] in VOICE_VERBS))
        # قامت القوات بقصف المدينة، إثر قيام مسلحين بإطلاق النار: who undertook it did it
        holder = holder or (bare(w) in _UNDERTAKING and trig.first.prefix.lstrip("وف") == "ب")
        if holder or _light_verb(w):
            k = j + 1  # (أعرب معالي الوزير: a form of address before the subject)
            while k < trig.start and s.norms[k] in FOLLOWER_WORDS:
                k += 1
            found = next(
                (p for p in c.phrases if p.start == k and p.end <= trig.start and not p.governed),
                None,
            )
            return found or (_subject_before(s, j) if bare(w) in _UNDERTAKING else None)
    return None


def _subject_before(s: Sentence, j: int) -> Phrase | None:
    """أن جبهة النصرة «قامت باقتحام مخيم: the subject right before the verb of undertaking
    (past a quotation mark opening at the verb)."""
    while j > s.start and s.norms[j - 1] in _OPENING_MARKS:
        j -= 1
    return next((p for p in s.phrases if p.end == j and not p.governed), None)


def _before_pronoun(w: str) -> str | None:
    """A verb with an object pronoun (تبنته، أجراه، نفذها) without the pronoun, else None."""
    b = bare(w)
    pronoun = next((e for e in ("هما", "هم", "ها", "ه") if b.endswith(e)), "")
    return b[: -len(pronoun)] if pronoun else None


def between_parties(s: Sentence, trig: Hit, c: Clause) -> tuple[Phrase, ...] | None:
    """``بين A و B`` right after the trigger, or after a verb of its breaking out
    (اشتباكات عنيفة اندلعت مساء أمس بين), or past where or when (مواجهات في المدينة بين):
    the two parties."""
    where = _between_past_where(s, trig)
    if where:
        return _parties_after(s, c, where + 1)
    reach, broke_out = trig.end + 4, False
    for k in range(trig.end, min(s.end, trig.end + 14)):
        w = s.norms[k]
        if k >= c.end and not (broke_out and (w in ("،", ",") or k in s.in_phrase or w.isalpha())):
            return None  # (only its time, between commas, takes it past its clause)
        if bare(w) in _BROKE_OUT and k < reach:
            # (past its time: وقعت مساء أمس بين، اندلعت أمس واستمرت حتى وقت متأخر من الليل بين)
            reach, broke_out = max(reach, k + 7), True
        elif broke_out and (w in TIME_WORDS or w in ("،", ",")):
            reach += 1  # (دارت، فجر السبت، بين: its time between commas)
        if k >= reach or (k >= trig.end + 4 and w in _SPANS):
            return None  # (وقعت في المنطقة الحدودية بين البلدين: what lies between them)
        if w != "بين" and w[:1] in ("ل", "ب") and len(w) > 2:
            return None  # ضربة قاضية لأي تقارب بين: "between" of another noun
        if w == "بين":
            return _parties_after(s, c, k + 1)
    return None


def _between_past_where(s: Sentence, trig: Hit) -> int:
    """اشتباكات في شوارع المدينة، كبرى مدن الشمال، بين، مواجهات عنيفة، في ساعة متأخرة من
    الليل، بين: the بين of the noun past where or when it happened (a place or time
    opened by في or between commas; no actor other than a place, no other act)."""
    k, opening = trig.end, ("في", "،", ",")
    definite = "ال" in s.norms[trig.start][:4]
    while k < min(s.end, trig.end + 2) and s.norms[k] not in opening:
        if not adjective_like(s.norms[k], definite):
            return 0
        k += 1  # (اشتباكات عنيفة)
    if k >= s.end or s.norms[k] not in opening:
        return 0
    acts = {h.start for h in s.hits["trigger"]}
    for j in range(k + 1, min(s.end, k + 12)):
        w = s.norms[j]
        if w in ("بين", "وبين"):
            # (not الحدود بين البلدين: a place whose ends are the two sides)
            return j if bare_word(s.norms[j - 1]) not in _SPANS else 0
        if w in CLAUSE_PUNCT - {"،", ",", "(", ")"} or j in acts:
            return 0
        x = next((x for x in s.phrases if x.start == j), None)
        if x is not None and x.head not in _PLACE_HEADS and x.actor.sector is not None:
            return 0  # (another actor's: في مناطق سيطرة الحوثيين)
    return 0


def _parties_after(s: Sentence, c: Clause, j: int) -> tuple[Phrase, ...] | None:
    """The parties named from word ``j`` on, past a word of members (بين عناصر داعش
    والقاعدة، بين وحدات الجيش والانفصاليين)."""
    # (past the clause of its breaking out: دارت، فجر السبت، بين الطرفين)
    stop = c.end
    if j >= c.end or (stop < s.end and s.norms[stop] in ("،", ",")):
        # (and past a comma after the first side: بين مسلحين من التمرد، وأهالي المنطقة)
        k0 = max(j, stop + 1)
        stop = next((k for k in range(k0, s.end) if s.norms[k] in CLAUSE_PUNCT), s.end)
    elif j < stop < s.end and s.norms[stop] in RELATIVES:
        # (and past a relative clause describing the first side, brackets and all)
        ends = (k for k in range(stop, s.end) if s.norms[k] in CLAUSE_PUNCT - {"(", ")"})
        stop = next(ends, s.end)
    phrases = [p for p in s.phrases if p.start < stop]
    named = any(p.start == j for p in phrases)  # (مسلحي الحوثي: a name of its own)
    j = j + 1 if not named and j < stop and s.norms[j] in _UNITS else j
    ps = [p for p in phrases if p.start >= j]
    sides = _sides(s, [p for p in s.phrases if p.start >= j], j)
    if sides is not None:
        return sides
    # (past the first side's closing quote: بين عناصر «داعش» و«القاعدة»)
    first_end = ps[0].end if ps else j
    while first_end < stop and s.norms[first_end] in CLOSING_QUOTES:
        first_end += 1
    if len(ps) >= 2 and ps[0].start == j and ps[1].start == first_end and ps[1].prefix[:1] == "و":
        return (ps[0], ps[1])
    # (past the first side's adjective of siding: بين المقاومة الموالية للشرعية والمتمردين)
    if not ps or ps[0].start != j:
        return None
    end = _past_adjectives(s, ps[0].end)
    if ps[0].end < end < stop and s.norms[end][:1] == "ل":
        end = _past_adjectives(s, end + 1)
        other = next((p for p in ps if p.start >= end), None)
        if other is not None and other.start == end and other.prefix[:1] == "و":
            return (ps[0], other)
    if end < stop and s.norms[end] == "من":
        # (past whom the first side is of: بين مسلحين من التمرد الحوثي، وأهالي المنطقة)
        k = _past_adjectives(s, end + 1)
        of = next((p for p in ps if p.start == k), None)
        end = of.end if of is not None and of.prefix[:1] != "و" else k
    return _party_past_where(s, ps, end, stop)


# Heads of a place: one named past a side's place is more of its places (بين المعارضة
# في حلب وحماة), no other side.
_PLACE_HEADS = ("city", "country", "metonym")


def _party_past_where(
    s: Sentence, ps: list[Phrase], end: int, stop: int
) -> tuple[Phrase, ...] | None:
    """بين رجال القبائل في مديرية نهم، وميليشيات الحوثي: the other side is the next
    phrase joined by و, past the first side's genitive, place and a comma (no other
    word joined by و between)."""
    if end < stop and s.norms[end] == "(":
        # (past an aside in brackets: بين الجيش (الفرقة الرابعة) والمسلحين)
        close = _bracket_close(s, end, stop)
        end = _past_adjectives(s, close + 1) if close else end
    if end < stop and s.norms[end] in RELATIVES:
        return _side_past_relative(s, ps, end, stop)
    inside = _bracketed_words(s, end, stop)
    for k in range(end, min(stop, end + 7 + len(inside))):
        w = s.norms[k]
        if k in inside:
            continue  # (its place's aside: في منطقة الوادي (شرق البلاد)، والمسلحين)
        if w[:1] == "و" and k not in s.in_phrase:
            # (بين الجيش في الرمادي ومحيطها: its place's surroundings; but وعناصر من
            # الجيش: the other side's members)
            return _members_of_side(s, ps, k)
        other = next((p for p in ps[1:] if p.start == k), None)
        if other is not None and other.prefix[:1] == "و":
            # (a force named by its country is a side: وقوات الاحتلال)
            force = bare_word(s.norms[other.start]) in _FORCES
            side = other.head not in _PLACE_HEADS or other.actor.sector is not None or force
            return (ps[0], other) if side else None
        if other is not None and other.head not in _PLACE_HEADS:
            return None  # (بين الطرفين منذ زحف الحوثيين وقوات صالح: another actor's)
        if w in CLAUSE_PUNCT and w not in ("،", ",") or w in ("بين", "وبين"):
            return None
        if w in PREPOSITIONS and w != "في":
            return None  # (only the first side's place: في مديرية نهم)
    return None


def _bracketed_words(s: Sentence, end: int, stop: int) -> set[int]:
    """The words of the first aside in brackets within seven words of ``end``, the
    brackets included."""
    k = next((k for k in range(end, min(stop, end + 7)) if s.norms[k] == "("), 0)
    close = _bracket_close(s, k, stop) if k else 0
    return set(range(k, close + 1)) if close else set()


def _bracket_close(s: Sentence, k: int, stop: int) -> int:
    """The closing bracket of the one opened at ``k``, within seven words (0 if none)."""
    return next((j for j in range(k + 1, min(stop, k + 8)) if s.norms[j] == ")"), 0)


def _side_past_relative(
    s: Sentence, ps: list[Phrase], end: int, stop: int
) -> tuple[Phrase, ...] | None:
    """بين الجيش الذي يحاصر المدينة منذ أسابيع ومسلحي التنظيم: past the relative clause
    describing the first side, the other side is the first people or force joined by و
    (a place inside the clause, in brackets or not, is where it is)."""
    depth = 0
    for k in range(end + 1, min(stop, end + 16)):
        w = s.norms[k]
        depth += (w == "(") - (w == ")")
        if w in CLAUSE_PUNCT and w not in ("،", ",", "(", ")") or w in ("بين", "وبين"):
            return None
        other = next((p for p in ps[1:] if p.start == k), None)
        if depth == 0 and w[:1] == "و" and k not in s.in_phrase and bare_word(w) in _UNITS:
            # (ومسلحي التنظيم: the other side past its word of members)
            k += 2 if s.norms[k + 1 : k + 2] == ["من"] else 1
            other = next((p for p in ps[1:] if p.start == k), None)
            return (ps[0], other) if other is not None else None
        if other is None or depth > 0 or other.prefix[:1] != "و":
            continue
        if other.head not in _PLACE_HEADS or other.actor.sector is not None:
            return (ps[0], other)
    return None


def _members_of_side(s: Sentence, ps: list[Phrase], k: int) -> tuple[Phrase, ...] | None:
    """وعناصر من الجيش العراقي at ``k``: the second side, named past its members."""
    if bare_word(s.norms[k]) not in _UNITS or s.norms[k + 1 : k + 2] != ["من"]:
        return None
    other = next((p for p in ps[1:] if p.start == k + 2), None)
    return (ps[0], other) if other is not None else None


# Verbs of a fight breaking out or going on, between its noun and بين.
_BROKE_OUT = {
    normalize(w)
    for w in (
        "وقعت", "اندلعت", "دارت", "تدور", "جرت", "تجري", "تفجرت", "استمرت", "تواصلت",
        "وقع", "اندلع", "دار", "جرى", "يدور", "يجري",
    )
}  # fmt: skip
# Places whose ends are two sides (الحدود بين البلدين، الطريق بين المدينتين).
_SPANS = {
    normalize(c + w)
    for c in ("", "ال")
    for w in ("حدود", "حدودية", "حدودي", "منطقة", "فاصل", "فاصلة", "طريق", "مسافة")
}
_UNITS = MEMBER_WORDS | {normalize("وحدات")}
_FORCES = _UNITS | {normalize("قوات")}
# من جهة، من ناحية، من جانب: "on one side"
_ONE_SIDE = {(normalize("من"), normalize(w)) for w in ("جهة", "ناحية", "جانب")}


def _past_adjectives(s: Sentence, k: int) -> int:
    """Past the definite adjectives after a phrase (الجيش الوطني، القوات الموالية)."""
    while (
        k < s.end
        and k not in s.in_phrase
        and s.norms[k].startswith("ال")
        and s.norms[k].isalpha()
        and s.norms[k] not in FUNCTION_WORDS
    ):
        k += 1
    return k


def _past_loyalty(s: Sentence, ps: list[Phrase], k: int) -> int:
    """Past whom a side is loyal to (الجيش الموالي للحكومة): that one is of the side."""
    if k - 1 <= s.start or s.norms[k - 1] not in LOYAL_WORDS:
        return k
    own = next((p for p in ps if p.start == k and p.prefix.startswith("ل")), None)
    if own is None and k < s.end and s.norms[k][:1] == "ل" and s.norms[k].isalpha():
        return _past_adjectives(s, k + 1)  # (للحاكم: a title named by no phrase)
    return k if own is None else _past_adjectives(s, own.end)


def _sides(s: Sentence, ps: list[Phrase], start: int) -> tuple[Phrase, Phrase] | None:
    """بين الجيش والمقاومة من جهة، وبين الحوثيين من جهة أخرى: the first of each side
    (allies coordinated inside one side do not fight each other)."""
    if not ps or ps[0].start != start:
        return None
    end = _past_loyalty(s, ps, _past_adjectives(s, ps[0].end))
    for p in ps[1:]:
        if p.start == end and p.prefix.startswith("و"):
            # the allies of the first side
            end = _past_loyalty(s, ps, _past_adjectives(s, p.end))
    if tuple(s.norms[end : end + 2]) not in _ONE_SIDE:
        return None
    k = end + 2
    while k < s.end and s.norms[k] in ("،", ",", "وبين", "بين"):
        k += 1
    if k < s.end and k not in s.in_phrase and bare(s.norms[k]) in _UNITS:
        k += 1  # (ومسلحي داعش من جانب آخر: the other side past its word of members)
    other = next((p for p in ps if p.start >= end + 2), None)
    return (ps[0], other) if other is not None and other.start == k else None
