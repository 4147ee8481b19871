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

The package has one module per stage, lowest first: ``shared`` (the reading of a
predicate, and word sets and helpers several stages read), ``victims``, ``sources``,
``places``, ``targets``, ``senses`` (does the word mean its action here),
``is_event`` and ``passes`` (over one sentence's mentions). This module codes a
sentence and each of its predicates, and makes their mentions.
"""

from __future__ import annotations

from dataclasses import replace

from kg import actors as A
from kg.lang.ar.actors import Phrase, bare_word
from kg.lang.ar.frames.is_event import _is_event, _of_another_field, _talked_about
from kg.lang.ar.frames.passes import (
    _aim_of_act,
    _aimed_by_act,
    _battle_of_words,
    _capitals_taken,
    _claimed,
    _condemned_doers,
    _deaths_by_cause,
    _domestic_counterparts,
    _domestic_protests,
    _drop_visits_with_requests,
    _family_violence,
    _forces_among_dead,
    _forces_named_before,
    _hit_in_ranks,
    _implied,
    _judged_doers,
    _local_groups,
    _not_by_condemner,
    _own_state_acting,
    _place_gone_to,
    _private_violence,
    _protest_targets,
    _protested_doers,
    _teams_only,
    _the_act_again,
)
from kg.lang.ar.frames.places import place_of
from kg.lang.ar.frames.senses import (
    _dawn,
    _faces_an_act,
    _figurative_blow,
    _idiom,
    _invites_to_meeting,
    _led_to_or_greeted,
    _no_longer,
    _not_this_sense,
    _other_hamza,
    _other_reading,
    _other_word,
    _read_in_context,
    _survivor,
    _vocalized,
)
from kg.lang.ar.frames.shared import (
    _FOUND,
    _MUTUAL_IDS,
    _agentless,
    _facing_word,
    _Reading,
    _victims_not_condemned,
    action_plover,
)
from kg.lang.ar.frames.sources import _read_source, _reread
from kg.lang.ar.frames.targets import (
    _asked_of,
    _brought_together,
    _read_targets,
    _receiving_party,
    _visit_host,
)
from kg.lang.ar.frames.victims import _victims
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import BACKGROUND, NUMBERS, PLACE_NOUNS, RELATIVES
from kg.lang.ar.syntax import Clause, Predicate, Sentence, bare
from kg.records import Actor, Mention
from kg.vocab import actions

__all__ = ["code_sentence", "action_plover", "place_of"]
_NO_TARGET = 0.1


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
    return _victims_not_condemned(s, _family_violence(s, _private_violence(s, out)))


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
    _visit_host(s, r)
    _brought_together(s, r)
    _asked_of(s, r)
    _reread(s, r)
    if not _is_event(s, r):
        return []
    return _finish(s, r, text)


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
    # a place in the source's own country is where it happened, not a target (that place
    # itself: another of its places may be what was taken, سيطرت على قاعدة العند في لحج)
    placed = {(x.actor.id, x.actor.start) for x in s.phrases if _in_place(s, x)}
    src_countries = {x.country for x in sources if x is not None}
    targets = [t for t in targets if not ((t.id, t.start) in placed and t.country in src_countries)]
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
        or _half_year(s)
    ):
        tags.append("history")  # أسس المغفور له الملك عبدالعزيز: told of the dead
    if _told_aside(s, r.p):
        tags.append("aside")  # (kg.dating: dated months before the article, it is recalled)
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


# Words that make the act after them a circumstance of another (بعد سيطرة التنظيم، إثر
# الهجوم، على خلفية تفجير), and relative pronouns (الهجوم الذي استهدف).
_ASIDE_BEFORE = {normalize(w) for w in (*BACKGROUND, "خلفية")}


def _told_aside(s: Sentence, p: Predicate) -> bool:
    """An act told as the circumstance of another: a verbal noun right after بعد, إثر,
    خلال, على خلفية (بعد سيطرة الجماعة على المدينة), or a verb right after a relative
    pronoun (الجماعة التي اجتاحت المدينة). Dated months before the article it is a known
    act recalled (``kg.dating``), not one reported."""
    k = p.start - 1
    if k < s.start:
        return False
    if p.kind == "verb":
        return s.norms[k] in RELATIVES
    return p.kind == "noun" and bare(s.norms[k]) in _ASIDE_BEFORE


# A half of a year (النصف الأول من العام، النصف الثاني من 2014، تقريرها نصف السنوي).
_HALF = normalize("نصف")
_HALVES = {normalize(w) for w in ("الأول", "الثاني")}
_HALF_YEARLY = {normalize(w) for w in ("السنوي", "سنوي")}
_A_YEAR = {normalize(w) for w in ("العام", "عام", "السنة", "هذا", "هذه")}


def _half_year(s: Sentence) -> bool:
    """A sentence that counts over a half of a year (قتل 5000 مدني خلال النصف الأول من
    هذا العام، مقارنة بالنصف الأول من 2014): a tally of many acts, not one reported
    (not النصف الثاني من مايو: half a month is a date)."""
    for k in range(s.start, s.end - 1):
        if bare_word(s.norms[k]) != _HALF:
            continue
        nxt = s.norms[k + 1]
        if nxt in _HALF_YEARLY:
            return True
        if nxt in _HALVES and k + 3 < s.end and s.norms[k + 2] == "من":
            w = s.norms[k + 3]
            if w in _A_YEAR or w.isdecimal() and len(w) == 4:
                return True
    return False


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
