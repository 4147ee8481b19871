"""Arabic clause rules: who did what to whom, negation, modality, attribution.

Works on one sentence at a time, over lexicon hits and actor phrases:

1. The sentence is cut into segments at complementisers (أن/إن), relative
   pronouns, coordinators (فيما، بينما) and clause punctuation.
2. Reporting verbs (أكد، قال، أوضح ...) name a speaker; what follows is
   attributed to them, and first-person "we" (نحن، نظمنا) is the speaker's side.
3. For each trigger, the source is the subject before it (SVO after أن), the
   phrase right after a verb (VSO), the genitive agent of a verbal noun, or
   the subject carried over (pro-drop). Targets follow the trigger; coordinated
   phrases (إيران ومصر) give one event each.
4. A negator before the verb, or a negative subject (لا أحد), negates; future
   prefixes, hope, intent, request and condition cues set the modality.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg import actors as A
from kg.lang.ar.actors import ArticleMemory, Phrase
from kg.lang.ar.matcher import Hit
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import (
    AGENT_AFTER_ALA,
    AGENT_FIRE,
    BACKGROUND,
    CLAIM_REPORTS,
    CLAIM_VERBS,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    CONTINUATIVES,
    COORDINATORS,
    DOER_VERBS,
    FIRST_PERSON_PLURAL,
    FOLLOWER_WORDS,
    FUNCTION_WORDS,
    HALTING,
    LOCATIVES,
    MEETINGS,
    MEMBER_WORDS,
    NEGATORS,
    NOT_EVENT_HEADS,
    NOT_ONLY,
    NUMBERS,
    PASSIVE_VERBS,
    PLACE_NOUNS,
    PREPOSITIONS,
    PURPOSE,
    QUANTIFIERS,
    RELATIVES,
    RESPONSIBILITY,
    VICTIM_NOUNS,
    WITNESS,
)
from kg.records import Actor, Mention
from kg.vocab import actions

__all__ = ["Sentence", "extract_sentence"]

_MATERIAL_CONFLICT = {"PROTEST", "ASSAULT", "COERCE", "MOBILIZE"}
_NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}
# Actions whose object is a victim; unvocalised قتل is also the passive قُتل.
_VICTIM_ACTIONS = {"kill", "abduct"}
# Verbs of being subjected to something: تعرضت X لهجوم (X came under attack).
_EXPOSED = {"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "تعرضا"}
_MILITARY_ACTIONS = {"air_strike", "shell"}
# Actions two coordinated subjects do with each other (وقعت مصر والسعودية اتفاقية)
_MUTUAL = {
    "agree", "sign_agreement", "consult", "meet", "negotiate", "hold_talks", "cooperate",
    "phone_call", "contact",
}  # fmt: skip
_RECEIVE = ("تلقي", "تلقت", "يتلقي", "تتلقي", "وتلقي")
# Every written form _claim_at looks for, to skip sentences without one at once.
_CLAIM_WORDS = frozenset(
    {c + v + e for c in ("", "و", "ف") for v in CLAIM_VERBS for e in ("ه", "ها", "هم", "هما")}
    | RESPONSIBILITY
)
# Verbs that judge an event named as their object (دانت الهجوم، رحبت بالاتفاق)
_JUDGING = {"ACCUSE", "REJECT", "SUPPORT"}
_PERMITTING = {"ease_restrictions"}
_MODALITY_RANK = ["asserted", "future", "intended", "requested", "hoped", "conditional"]


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


@dataclass
class _Segment:
    start: int
    end: int
    opener: str = ""  # the word that opened it (أن، الذي، :، فيما ...)
    subject: Phrase | Actor | None = None
    head: Phrase | None = None  # for relative clauses, the noun they modify
    phrases: list[Phrase] = field(default_factory=list)
    speaker_phrase: Phrase | None = None  # the subject of a reporting verb in this segment
    victims: bool = False  # a killing or abduction with its victims was read here
    subject_is_thing: bool = False  # a relative clause on a non-actor noun (الهجوم الذي)
    denied: bool = False  # the complement of a denial: نفى أن تكون موسكو قد زودت ...


def _we(speaker: Actor | None, text: str) -> Actor | None:
    """First-person plural said by a speaker: their side (their country's government)."""
    if speaker is None:
        return None
    if speaker.type == "person" and speaker.country:
        return A.country(speaker.country, text, speaker.sector or "GOV")
    return Actor(**{**speaker.to_dict(), "text": text})


def _segments(s: Sentence) -> list[_Segment]:
    cue_verbs = {h.start for h in s.hits["cue"] if h.kind in ("report", "speaker_quote")}
    segs = [_Segment(s.start, s.end)]
    for i in range(s.start + 1, s.end):
        w = s.norms[i]
        if (
            w in COMPLEMENTIZERS
            or w in RELATIVES
            or w in COORDINATORS
            or w in (":", "«", '"', "“", "،", ",", ";", "؛")
        ):
            segs[-1].end = i
            segs.append(_Segment(i, s.end, opener=w))
        elif i in cue_verbs and w.startswith("و"):
            segs[-1].end = i
            segs.append(_Segment(i, s.end, opener="و"))
    for seg in segs:
        seg.phrases = [p for p in s.phrases if seg.start <= p.start < seg.end]
    return segs


def _non_actor_head(s: Sentence, rel: int) -> bool:
    """The word before a relative pronoun is a definite noun no actor phrase covers."""
    k = rel - 1
    adjective = next((p for p in s.phrases if p.adjectival and p.start <= k < p.end), None)
    if adjective is not None:
        k = adjective.start - 1  # المبادرة المصرية التي: the noun the nisba describes
    if k < s.start or any(p.start <= k < p.end for p in s.phrases):
        return False
    w = s.norms[k]
    return w.startswith(("ال", "وال", "بال", "لل")) and w.isalpha() and w not in FUNCTION_WORDS


def _between_ok(s: Sentence, a: int, b: int) -> bool:
    """Only auxiliaries, negators and time words between token a and b."""
    return all(s.norms[k] in FOLLOWER_WORDS or s.norms[k] in NEGATORS for k in range(a, b))


def _vso_gap_ok(s: Sentence, verb_end: int, p: Phrase) -> bool:
    """The phrase after a verb is its subject: nothing but counts, numbers and
    auxiliaries between, or one noun the (adjectival) phrase describes."""
    gap = range(verb_end, p.start)

    def counts(k: int) -> bool:
        w = s.norms[k]
        return w in QUANTIFIERS or w in NUMBERS or w.isdecimal()

    # تجمع أكثر من مليون متظاهر: counts (and the من after a count) may stand between
    if all(
        s.norms[k] in FOLLOWER_WORDS
        or counts(k)
        or (s.norms[k] == "من" and k > verb_end and counts(k - 1))
        for k in gap
    ):
        return True
    return p.adjectival and len(gap) == 1


def _negation(s: Sentence, trig: Hit, seg: _Segment) -> tuple[bool, bool]:
    """(negated, negative_subject) for a trigger."""
    neg_subj = any(
        h.kind == "negative_subject" and h.end <= trig.start and trig.start - h.end <= 2
        for h in s.hits["cue"]
    ) or (
        trig.start - 2 >= seg.start
        and s.norms[trig.start - 2] in NEGATORS
        and s.norms[trig.start - 1] == "احد"
    )
    if neg_subj:
        return True, True
    k = trig.start - 1
    steps = 0
    while k >= seg.start and steps < 3:
        w = s.norms[k]
        if w in NEGATORS:
            later = s.norms[trig.end : s.end]
            if w in ("ليس", "ليست") and any(x in NOT_ONLY for x in later):
                return False, False
            return True, False
        if w not in FOLLOWER_WORDS:
            break
        k -= 1
        steps += 1
    # لا تعتزم واشنطن رفع العقوبات: a negated cue of intent or hope negates its event
    for h in s.hits["cue"]:
        if (
            h.kind in ("intent", "hope", "future")
            and seg.start <= h.start < trig.start
            and trig.start - h.end <= 3
            and h.start > seg.start
            and s.norms[h.start - 1] in NEGATORS
        ):
            return True, False
    # نفت الصين أي نية لغزو تايوان: what a denial verb takes as its object is denied
    for h in s.hits["trigger"]:
        if (
            h.kind == "verb"
            and h.entry.get("action_id") == "deny"
            and seg.start <= h.start < trig.start
            and trig.start - h.end <= 6
        ):
            return True, False
    return False, False


def _modality(s: Sentence, trig: Hit, plover: str) -> str:
    found = "asserted"

    def raise_to(m: str) -> None:
        nonlocal found
        if _MODALITY_RANK.index(m) > _MODALITY_RANK.index(found):
            found = m

    if trig.kind == "verb" and trig.entry.get("tense") == "present" and "س" in trig.first.prefix:
        raise_to("future")
    before = range(max(s.start, trig.start - 3), trig.start)
    if any(s.norms[k] in ("سوف", "لن") for k in before):
        raise_to("future")
    # ستواصل دعم: a continuing auxiliary in the future
    if any(s.norms[k] in CONTINUATIVES and s.norms[k].startswith("س") for k in before):
        raise_to("future")
    for h in s.hits["cue"]:
        if h.start >= trig.start:
            continue
        if h.kind == "future" and trig.start - h.end <= 3:
            raise_to("future")
        elif h.kind == "intent":
            raise_to("intended")
        elif h.kind == "hope":
            raise_to("hoped")
        elif h.kind == "condition" and _opens_clause(s, h):
            raise_to("conditional")
    if plover != "REQUEST":
        for h in s.hits["trigger"]:
            if h.start < trig.start and actions()[h.entry.get("action_id")].plover == "REQUEST":
                raise_to("requested")
    if plover != "THREATEN":
        for h in s.hits["trigger"]:
            # هدد باستهداف السفن: the threatened act has not happened
            if (
                0 < trig.start - h.end <= 2
                and actions()[h.entry.get("action_id")].plover == "THREATEN"
            ):
                raise_to("conditional")
    return found


def _opens_clause(s: Sentence, h: Hit) -> bool:
    """A condition word counts at the start of a sentence or clause (إن is also أن)."""
    prev = s.norms[h.start - 1] if h.start > s.start else ""
    if s.norms[h.start] in ("ان", "وان") and h.start > s.start:
        return False
    return h.start == s.start or prev in CLAUSE_PUNCT or prev in ("و", "ف")


def _coordinated(first: Phrase, seg_phrases: list[Phrase], s: Sentence) -> list[Phrase]:
    """``first`` plus phrases joined to it by و / أو (إيران ومصر ودول أخرى)."""
    out = [first]
    last_end = first.end
    for p in seg_phrases:
        if p.start < last_end:
            continue
        if (
            p.start == last_end
            and p.prefix.startswith(("و", "او"))
            or (p.start == last_end + 1 and s.norms[last_end] in ("و", "او", "بل"))
        ):
            out.append(p)
            last_end = p.end
        elif p.start > last_end:
            break
    return out


def _concept_after(s: Sentence, start: int, end: int) -> Hit | None:
    return next((c for c in s.hits["concept"] if start <= c.start < end), None)


def _concept_actor(s: Sentence, c: Hit, phrases: list[Phrase], text: str) -> Actor:
    c_start, c_end = s.idx[c.start], s.idx[c.end - 1] + len(s.words[c.end - 1])
    # "التسوية السياسية في سوريا", "التسوية السورية": the concept's country
    country = None
    for p in phrases:
        if c.end <= p.start <= c.end + 2 and (
            p.adjectival or s.norms[p.start - 1] == "في" or p.start == c.end
        ):
            country = p.actor.country
            break
    return A.concept(
        c.entry.get("concept_id"),
        c.entry.get("label") or c.entry.get("concept_id"),
        text[c_start:c_end],
        country=country,
        start=c_start,
        end=c_end,
    )


def extract_sentence(s: Sentence, memory: ArticleMemory, text: str) -> list[Mention]:
    """Mentions of one sentence; updates ``memory`` (speaker, subject)."""
    segs = _segments(s)
    out: list[Mention] = []
    speaker: Actor | None = None
    attributed: Actor | None = None
    subject: Actor | None = None  # carried from segment to segment (pro-drop)
    # Headline or lead "X: ..." names the speaker.
    for p in s.phrases:
        if p.start == s.start or (p.start <= s.start + 1):
            if p.end < s.end and s.norms[p.end] == ":":
                speaker = attributed = subject = p.actor
                memory.speaker = speaker
            break
    last: list[Mention] = []  # the latest trigger's mentions, for "ليس X فحسب، بل Y"
    for n, seg in enumerate(segs):
        report = [
            h
            for h in s.hits["cue"]
            if seg.start <= h.start < seg.end and h.kind in ("report", "speaker_quote")
        ]
        if report:
            r = report[0]
            spk_phrase = next(
                (p for p in seg.phrases if r.end <= p.start <= r.end + 2 and not p.governed), None
            ) or next((p for p in seg.phrases if p.end == r.start and not p.governed), None)
            seg.speaker_phrase = spk_phrase
            spk = spk_phrase.actor if spk_phrase else None
            speaker = spk or speaker or memory.speaker
            if speaker is not None:
                attributed = speaker
                memory.speaker = speaker
                subject = speaker
        # the segment's own subject
        opener = seg.opener
        if opener in COMPLEMENTIZERS and n > 0:
            prev = segs[n - 1]
            seg.denied = prev.denied or any(
                h.entry.get("action_id") == "deny" and prev.start <= h.start < prev.end
                for h in s.hits["trigger"]
            )
        seg_subject: Actor | None = None
        if opener in RELATIVES and n > 0 and _non_actor_head(s, seg.start):
            seg.subject_is_thing = True  # الهجوم الذي استهدف: the clause is about a thing
        elif opener in RELATIVES and n > 0 and segs[n - 1].phrases:
            # the noun the clause modifies: the last phrase before it that is not a place (في سوريا)
            heads = [p for p in segs[n - 1].phrases if not p.after_prep and not p.adjectival]
            if heads and seg.start - heads[-1].end <= 4:
                seg.head = heads[-1]
                seg_subject = heads[-1].actor
        elif (
            opener in COMPLEMENTIZERS and opener.endswith(("ننا", "نا")) and opener not in ("انا",)
        ):
            seg_subject = _we(speaker or memory.speaker, s.words[seg.start])
        elif opener in COMPLEMENTIZERS and opener.endswith(("ه", "ها", "هم", "هما")):
            seg_subject = speaker or subject  # أنه / أنها: the one who said it
        for k in range(seg.start, min(seg.end, seg.start + 3)):
            if s.norms[k] in FIRST_PERSON_PLURAL:
                seg_subject = _we(speaker or memory.speaker, s.words[k])
        first_trigger = next(
            (h.start for h in s.hits["trigger"] if seg.start <= h.start < seg.end), seg.end
        )
        for p in seg.phrases:
            if (
                p.start < first_trigger
                and not p.governed
                and not p.adjectival
                and seg_subject is None
            ):
                if not report or p.start < report[0].start or p.start > report[0].end + 2:
                    seg_subject = p.actor
                break
        if seg_subject is None and opener == ":" and speaker is not None:
            seg_subject = speaker  # "لافروف: سنبذل ...": what follows the colon is the speaker's
        seg.subject = seg_subject
        if seg_subject is not None:
            subject = seg_subject
        seg_triggers = [h for h in s.hits["trigger"] if seg.start <= h.start < seg.end]
        if not seg_triggers and last and s.norms[seg.start] in ("بل", "وبل") and seg.phrases:
            # "not only X, but also Y": the last event again, with Y as its target
            extra = seg.phrases[0].actor
            out.extend(replace(m, target=extra) for m in last if m.target is not None)
        for trig in seg_triggers:
            found = _events_for(s, seg, trig, subject, speaker, attributed, memory, text)
            if found:
                last = found
                if trig.kind == "verb" and found[0].source is not None:
                    subject = found[0].source  # a later verbal noun shares this verb's agent
            out.extend(found)
    # "توجهنا إلى واشنطن ... بطلب": going to X with a request is the request
    requested = {
        (m.source.id if m.source else None, m.target.id)
        for m in out
        if m.target is not None and actions()[m.action_id].plover == "REQUEST"
    }
    out = [
        m
        for m in out
        if not (
            m.action_id == "visit"
            and m.target is not None
            and (m.source.id if m.source else None, m.target.id) in requested
        )
    ]
    out = _claimed(s, out)
    # المتظاهرون رفعوا لافتات: protesters acting are a protest, whatever the verb
    coded = {m.action_id for m in out}
    for p in s.phrases:
        implied = p.implies
        if implied and not p.governed and implied not in coded and not _negation_before(s, p.start):
            t = s.words[p.start]
            out.append(
                Mention(
                    s.char_start,
                    s.char_end,
                    p.actor,
                    implied,
                    t,
                    None,
                    attributed_to=attributed,
                    confidence=0.4,
                    trigger_start=s.idx[p.start],
                    trigger_end=s.idx[p.start] + len(t),
                )
            )
            coded.add(implied)
    out = _protest_targets(out)
    out = _domestic_protests(s, out)
    if subject is not None:
        memory.subject = subject
    return out


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


def _place(s: Sentence) -> Actor | None:
    """Where the sentence happens: في + a country or capital, a place noun with a
    nisba (مدن إيرانية، العاصمة السودانية), or the subject of شهد (شهدت تركيا)."""
    for p in s.phrases:
        prev = s.norms[p.start - 1] if p.start > s.start else ""
        if p.actor.country is None or p.actor.type not in ("country",):
            continue
        if prev in ("في", "وفي") or prev in PLACE_NOUNS or prev in WITNESS or prev in LOCATIVES:
            return p.actor
        if p.adjectival and prev in {normalize(w) for w in PLACE_NOUNS}:
            return p.actor
    return None


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
    if not todo:
        return out
    place = _place(s)
    if place is None:
        return out
    iso3 = place.country
    if iso3 not in A.countries():
        return out  # an organisation's seat is not a country
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


def _bare(w: str) -> str:
    """A word without the conjunction و/ف before it."""
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def _before_pronoun(w: str) -> str | None:
    """A verb with an object pronoun (تبنته، أجراه، نفذها) without the pronoun, else None."""
    bare = _bare(w)
    pronoun = next((e for e in ("هما", "هم", "ها", "ه") if bare.endswith(e)), "")
    return bare[: -len(pronoun)] if pronoun else None


def _doer_after(s: Sentence, trig: Hit, seg: _Segment) -> Phrase | None:
    """The actor of "NOUN أجراه/نفذها/شنها X" right after an event noun (an adjective
    may stand between): X made, carried out or launched it."""
    for k in range(trig.end, min(seg.end, trig.end + 3)):
        if _before_pronoun(s.norms[k]) in DOER_VERBS:
            return next((p for p in seg.phrases if p.start == k + 1 and not p.governed), None)
    return None


def _origin_after(s: Sentence, trig: Hit, seg: _Segment) -> Actor | None:
    """A country named with من (from) soon after an attack: من جنوب لبنان، من غزة."""
    for p in seg.phrases:
        if (
            not (trig.end <= p.start <= trig.end + 5)
            or p.head not in ("country", "metonym", "city")  # العشرات من المسلحين: partitive
            or p.actor.country not in A.countries()
        ):
            continue
        k = p.start - 1
        if s.norms[k] in LOCATIVES:
            k -= 1
        if k >= s.start and s.norms[k] == "من":
            return p.actor
    return None


def _light_verb_subject(s: Sentence, trig: Hit, seg: _Segment) -> Phrase | None:
    """نفذت القوات الأميركية ضربة جوية, شن الجيش هجوما: the subject of a verb of doing
    right before the event noun is its agent."""
    for j in range(trig.start - 1, max(seg.start, trig.start - 6) - 1, -1):
        if _bare(s.norms[j]) in DOER_VERBS:
            return next(
                (
                    p
                    for p in seg.phrases
                    if p.start == j + 1 and p.end <= trig.start and not p.governed
                ),
                None,
            )
    return None


def _claim_at(s: Sentence) -> tuple[int, Phrase] | None:
    """(token, claimer) of "هجوم تبنته طالبان", "نفذها الجيش", "أعلنت طالبان مسؤوليتها"."""
    if not _CLAIM_WORDS.intersection(s.norms[s.start : s.end]):
        return None
    for k in range(s.start, s.end):
        w = s.norms[k]
        refers_back = _before_pronoun(w) in CLAIM_VERBS
        responsibility = w in RESPONSIBILITY and any(
            s.norms[j] in CLAIM_REPORTS for j in range(max(s.start, k - 4), k)
        )
        if not (refers_back or responsibility):
            continue
        after = next((p for p in s.phrases if k < p.start <= k + 2 and not p.governed), None)
        before = next(
            (p for p in reversed(s.phrases) if p.end <= k and k - p.end <= 2 and not p.governed),
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
    kept = []
    for m in out:
        if m.action_text == word or (
            m.source is not None
            and m.source.id == claimer.actor.id
            and actions()[m.action_id].plover == "AGREE"
        ):
            continue  # تبنى here is claiming, not adopting a position
        if m.source is None and actions()[m.action_id].plover == "ASSAULT":
            same = m.target is not None and m.target.id == claimer.actor.id
            m = replace(m, source=claimer.actor, target=None if same else m.target)
        kept.append(m)
    return kept


def _negation_before(s: Sentence, i: int) -> bool:
    return any(s.norms[k] in NEGATORS for k in range(max(s.start, i - 2), i))


def _events_for(
    s: Sentence,
    seg: _Segment,
    trig: Hit,
    subject: Actor | None,
    speaker: Actor | None,
    attributed: Actor | None,
    memory: ArticleMemory,
    text: str,
) -> list[Mention]:
    action = actions()[trig.entry.get("action_id")]
    if action.id == "request" and _invites_to_meeting(s, trig):
        action = actions()["invite"]  # دعا إيران إلى المؤتمر: an invitation, not a demand
    participle = (
        trig.kind == "noun"
        and trig.entry.get("participle") is not None
        and "ال" not in trig.first.prefix
        and trig.first.suffix in ("ين", "ون")
    )
    if trig.entry.get("participle") == "only" and not participle:
        return []  # مدين- in المدينة is "city", not "condemning"
    if participle:
        # مطالبين الحكومة بـ: a participle describing the clause's subject acts like its verb
        trig = replace(trig, entry=replace(trig.entry, kind="verb"))
    negated, neg_subject = _negation(s, trig, seg)
    negated = negated != seg.denied  # denying that it happened; denying a denial asserts
    sources: list[Actor | None] = []
    inherited = False  # the source is carried over from another clause
    partner: Phrase | None = None  # second half of a compound nisba (الروسية-المصرية)
    src_phrases: list[Phrase] = []
    confidence = 0.6
    after = [p for p in seg.phrases if p.start >= trig.end]
    victims = _passive_victims(s, seg, trig, action.id)
    if victims:
        # قتل ثلاثة جنود, ثلاثة جنود قتلوا, مقتل اثنين من جنوده: the victims are the
        # target; the agent only where the sentence names one (على يد X, برصاص X)
        agent = _agent_phrase(s, seg.phrases, trig.end, seg.end)
        src_phrases = [agent] if agent is not None else []
        sources = [] if agent is not None else [None]
    elif neg_subject:
        sources = [None]
    elif participle:
        sources = [subject if subject is not None else memory.subject]
        confidence = 0.55
    elif trig.kind == "verb":
        before = [
            p for p in seg.phrases if p.end <= trig.start and not p.governed and not p.adjectival
        ]
        if seg.head is not None and not before and not trig.first.suffix:
            # المعارضة التي تواجه الإرهابيين: the head is the subject, what follows the
            # object (with a resumptive pronoun, التي تحاربها روسيا, the head is the object)
            src_phrases = [seg.head]
        elif before and before[-1] is seg.speaker_phrase and after and not after[0].governed:
            # أكد الرئيس الفرنسي دعم باريس ل...: the reporter's object, with its own agent
            src_phrases = _coordinated(after[0], after, s)
        elif before and _between_ok(s, before[-1].end, trig.start):
            src_phrases = _coordinated_back(before, s)
        elif (
            seg.subject is not None
            and seg.opener in COMPLEMENTIZERS
            and seg.opener.endswith(("ه", "ها", "هم", "هما"))
            and not any(p.end <= trig.start for p in seg.phrases)
        ):
            # أعلنت أنها استدعت السفير: the pronoun is the subject, the phrase after the object
            sources = [seg.subject]
        elif after and not after[0].governed and _vso_gap_ok(s, trig.end, after[0]):
            src_phrases = _coordinated(after[0], after, s)
        elif seg.subject is None and _non_actor_subject(s, trig):
            sources = [None]  # ستصل الدفعة: the subject is a thing, not an actor
        elif trig.entry.get("person") == "1p":
            sources = [_we(speaker or memory.speaker, s.words[trig.start])]
            confidence = 0.5
        elif seg.subject_is_thing:
            sources = [None]  # الهجوم الذي استهدف مسجدا: the attack did it, no actor named
        else:
            sources = [subject if subject is not None else memory.subject]
            inherited = True
            confidence = 0.45
    elif after and after[0].start == trig.end and after[0].adjectival:
        # الاتصالات الروسية-المصرية: the first nisba is the agent, a joined second the partner
        src_phrases = [after[0]]
        if action.id in _MILITARY_ACTIONS and after[0].actor.sector is None:
            # ضربة جوية أميركية: only armed forces strike from the air or shell
            after[0] = replace(after[0], actor=replace(after[0].actor, sector="MIL"))
            src_phrases = [after[0]]
        if (
            len(after) > 1
            and after[1].start == after[0].end + 1
            and s.norms[after[0].end] in ("-", "–")
        ):
            partner = after[1]
        after = after[1:] if partner is None else []
    else:
        gen = after[0] if after and after[0].start == trig.end and not after[0].governed else None
        preps = _prep_words(trig)
        has_pp_target = (
            gen is not None
            and (
                (
                    bool(preps)
                    and any(
                        s.norms[k] in preps
                        or any(s.norms[k].startswith(p) for p in preps if len(p) == 1)
                        for k in range(gen.end, seg.end)
                    )
                )
                # إعدام إيران لمعارضين: a verbal noun, its agent, then its object with لـ
                or any(
                    p.start == gen.end and p.prefix.lstrip("وف").startswith("ل") for p in after[1:]
                )
            )
        )
        bare = not trig.first.prefix.lstrip("وف").startswith(("ب", "ل", "ك"))
        object_of_verb = any(
            h.kind == "verb"
            and seg.start <= h.start < trig.start
            and trig.start - h.end <= 8
            and (
                (bare and actions()[h.entry.get("action_id")].plover in _JUDGING)
                # لن تسمح بالاعتداء: what one allows or forbids is done by others
                or h.entry.get("action_id") in _PERMITTING
            )
            for h in s.hits["trigger"]
        )
        doer = _doer_after(s, trig, seg) or _light_verb_subject(s, trig, seg)
        if doer is not None:
            # اتصال هاتفي أجراه الوزير التركي: the one who made it
            src_phrases = [doer]
            after = [p for p in after if p is not doer]
        elif gen is not None and (
            has_pp_target or not after[1:] and _concept_after(s, gen.end, seg.end)
        ):
            src_phrases = _coordinated(gen, after, s)
        elif object_of_verb and action.plover in _MATERIAL_CONFLICT:
            sources = [None]  # دانت قطر الهجوم: the attack is what Qatar condemned, not Qatar's
        else:
            sources = [subject]
            inherited = seg.subject is None
            confidence = 0.45
            own = next((p for p in seg.phrases if p.actor is seg.subject), None)
            if own is not None and action.id in _MUTUAL:
                # عقد الرئيس المصري ونظيره الفرنسي جلسة مباحثات: both hold the talks
                sources = [p.actor for p in _coordinated(own, seg.phrases, s)]
    parties = _between_parties(s, trig, seg)
    if parties and action.id == "mediate":
        # الوساطة بين روسيا وأوكرانيا: the parties are whom the mediator acts between
        mediators = [x for x in sources if x is not None] or [subject]
        if mediators[0] is None:
            return []
        return _emit(s, trig, action, mediators, parties, negated, attributed, 0.6, text)
    if parties and (not src_phrases and (inherited or sources == [None] or not sources)):
        # اتفاق بين إثيوبيا ومصر: each party acts towards the other
        out = []
        for a, b in ((parties[0], parties[1]), (parties[1], parties[0])):
            out.extend(_emit(s, trig, action, [a], [b], negated, attributed, 0.6, text))
        return out
    if src_phrases:
        sources = [p.actor for p in src_phrases]
        confidence = 0.7
    used = {id(p) for p in src_phrases}
    cands = [
        p
        for p in after
        if id(p) not in used
        and not (p.adjectival and p.start > trig.end + 1 and not _owner_by_prep(s, p, trig))
        # شمال بغداد is where, not whom (but على جنوب إسرائيل is whom)
        and not (
            s.norms[p.start - 1] in LOCATIVES
            and not (p.start >= 2 and s.norms[p.start - 2] in _prep_words(trig))
        )
    ]
    # where an attack came from is not whom it hit
    origin = _origin_after(s, trig, seg) if action.plover == "ASSAULT" else None
    if origin is not None:
        cands = [p for p in cands if p.actor is not origin]
    targets: list[Actor] = []
    reach = seg.end
    if trig.kind == "verb":
        # a verb's object comes soon after it (or after its subject); an object
        # pronoun (تساعدها) is the object already
        reach = max([trig.end] + [p.end for p in src_phrases if p.start >= trig.end]) + 4
        cands = [
            p
            for p in cands
            if p.start <= reach
            and (not p.governed or _by_own_prep(s, p, trig) or _owner_of_object(s, p))
        ]
        if trig.first.suffix and not participle:
            # an object pronoun: the object is given already (a relative clause's head)
            cands = [seg.head] if seg.head is not None else []
    elif action.plover in _MATERIAL_CONFLICT and src_phrases:
        # an attack noun with its agent named (نفذت القوات ضربة جوية): its target is its
        # genitive or comes with its own preposition, not any later phrase
        cands = [
            p
            for p in cands
            if p.start <= trig.end + 1
            or _by_own_prep(s, p, trig)
            or s.norms[p.start - 1] in ("ضد", "وضد")
        ]
    concept = _concept_after(s, trig.end, seg.end)
    object_pronoun = trig.first.suffix and not participle
    if trig.kind == "verb" and concept is not None and (object_pronoun or concept.start > reach):
        concept = None
    if partner is not None:
        cands, concept = [partner], None
    if victims:
        cands, concept = victims, None
    if cands and (
        concept is None
        or cands[0].start <= concept.start
        or cands[0].start - concept.end <= 0
        or action.plover in _NEEDS_RECIPIENT  # قطعت علاقاتها الدبلوماسية مع إيران
    ):
        targets = [p.actor for p in _coordinated(cands[0], cands, s)]
    elif concept is not None:
        targets = [_concept_actor(s, concept, seg.phrases, text)]
    elif cands:
        targets = [p.actor for p in _coordinated(cands[0], cands, s)]
    if not targets and _prep_words(trig) and not victims:
        # بحث X، الثلاثاء، مع نظيره: the trigger's own preposition past a comma
        later = next(
            (
                p
                for p in s.phrases
                if seg.end <= p.start <= trig.end + 12
                and _by_own_prep(s, p, trig)
                and not any(trig.end <= h.start < p.start for h in s.hits["trigger"])
            ),
            None,
        )
        if later is not None:
            targets = [later.actor]
    if _received(trig):
        # تلقى X اتصالا من Y: Y called X
        caller = next((p for p in after if s.norms[p.start - 1] in ("من", "ومن")), None)
        if caller is not None:
            src_phrases = [caller]
            sources, targets = [caller.actor], [x for x in sources if x is not None]
    if action.plover == "REQUEST" and (
        not targets or (trig.kind == "noun" and trig.first.prefix.endswith("ب"))
    ):
        # "توجهنا إلى واشنطن ... بطلب": a request goes to the addressee named with إلى
        addressees = [
            p for p in s.phrases if p.end <= trig.start and s.norms[p.start - 1] in ("الي", "والي")
        ]
        if addressees:
            targets = [addressees[-1].actor]
    actor_target = any(t.type != "concept" for t in targets)
    if action.plover in _NEEDS_RECIPIENT and not actor_target:
        return []  # PLOVER: cooperation, aid and sanctions need a recipient
    first_in_seg = not any(seg.start <= h.start < trig.start for h in s.hits["trigger"])
    governed = trig.first.prefix.lstrip("وف").startswith(("ب", "ل")) or (
        trig.start > seg.start and s.norms[trig.start - 1] in PREPOSITIONS
    )
    if (
        trig.kind == "noun"
        and governed
        and not first_in_seg
        and not src_phrases
        and action.plover not in _MATERIAL_CONFLICT
    ):
        return []  # "... في الحوار مع دمشق": a circumstance of the clause's main event
    if (
        trig.kind == "verb"
        and not targets
        and _prep_words(trig)
        and not _prep_follows(s, trig)
        and action.plover not in _MATERIAL_CONFLICT
        and not (len(src_phrases) > 1 and action.id in _MUTUAL)  # عقد X وY: with each other
    ):
        return []  # تواصل مع is "contacted"; تواصل alone is "continues"
    if trig.kind == "noun" and _halted(s, trig):
        return []  # وقف دائم لإطلاق النار: stopping the shooting is not shooting
    prev_word = s.norms[trig.start - 1] if trig.start > s.start else ""
    if trig.kind == "noun" and (
        prev_word in ("ضد", "وضد") or prev_word in LOCATIVES or prev_word in NOT_EVENT_HEADS
    ):
        return []  # مسيرة ضد الحرب، وسط تجمع، حق التظاهر: opposed, a place, an idea
    if (
        trig.kind == "noun"
        and prev_word in BACKGROUND
        and action.plover in _MATERIAL_CONFLICT  # خلال مؤتمر مشترك مع X: the subject's own
        and not src_phrases
        and not victims
    ):
        if not targets:
            return []  # اعتقلت السلطات ناشطين بعد الاحتجاجات: background, not an event
        sources = [None]  # not the authorities' protest
    if trig.kind == "noun" and not first_in_seg and _in_purpose(s, trig):
        return []  # "... من أجل خوض المفاوضات": the goal of the clause's main event
    if seg.victims and not victims and trig.kind == "noun" and governed and not src_phrases:
        return []  # قتل ثلاثة جنود في هجوم: the attack is how they died, told already
    if victims:
        seg.victims = True
    if inherited and not src_phrases:
        # a clause without its own subject: a verbal noun inside a phrase
        # (في الحوار مع, لمحاربة الإرهاب) is a goal, not a reported event
        material = action.plover in _MATERIAL_CONFLICT
        if trig.kind == "noun" and (
            # a protest may be against a thing (مسيرة ضد الحرب), a goal may not
            (targets and not actor_target and action.plover != "PROTEST")
            or (not material and (not targets or (governed and not first_in_seg)))
        ):
            return []
        said_by_speaker = speaker is not None and sources == [speaker]
        if trig.kind == "verb" and not targets and (not material or said_by_speaker):
            return []
    if (
        trig.kind == "noun"
        and action.plover not in _MATERIAL_CONFLICT  # a protest or an attack is news by itself
        and not (src_phrases or any(t.type != "concept" for t in targets))
    ):
        # a verbal noun with neither agent nor actor target codes an event only
        # with its own preposition: القضاء على الإرهاب, not "في الحوار"
        ends_in_prep = trig.entry.words[-1] in _prep_words(trig)
        genitive_object = concept is not None and concept.start == trig.end  # دعم العمليات السياسية
        if not targets or not (
            ends_in_prep
            or genitive_object
            or s.norms[min(trig.end, s.end - 1)] in _prep_words(trig)
        ):
            return []
    sources = [x for x in sources if x is not None] or [None]
    if sources == [None] and origin is not None:
        # إطلاق صواريخ من جنوب لبنان على ...: fired from a country, by someone there
        sources = [A.country(origin.country, origin.text, start=origin.start, end=origin.end)]
    if len(sources) > 1 and action.id in _MUTUAL and not actor_target:
        # وقعت مصر والسعودية اتفاقية: each party acts towards the other
        out = []
        for a in sources:
            others = [b for b in sources if b is not a]
            out.extend(_emit(s, trig, action, [a], others, negated, attributed, confidence, text))
        return out
    if sources == [None] and not neg_subject and action.plover not in _MATERIAL_CONFLICT:
        return []  # who did it is the point of a cooperative or verbal event
    return _emit(s, trig, action, sources, targets, negated, attributed, confidence, text)


def _emit(
    s, trig, action, sources, targets, negated, attributed, confidence, text
) -> list[Mention]:
    """One mention per source and target (coordinated actors give one each)."""
    modality = _modality(s, trig, action.plover)
    t_start, t_end = s.idx[trig.start], s.idx[trig.end - 1] + len(s.words[trig.end - 1])
    # a place in the source's own country is where it happened, not a target
    placed = {
        p.actor.id for p in s.phrases if p.after_prep and s.norms[p.start - 1] in ("في", "وفي")
    }
    src_countries = {x.country for x in sources if x is not None}
    targets = [t for t in targets if not (t.id in placed and t.country in src_countries)]
    mentions = []
    for src in sources:
        for tgt in targets or [None]:
            if src is not None and tgt is not None and src.id == tgt.id:
                if action.plover not in _MATERIAL_CONFLICT or len(sources) > 1:
                    continue
                src = None  # a protest or attack on its own source: the source is unknown
            if src is None and tgt is None and action.plover not in _MATERIAL_CONFLICT:
                continue
            mentions.append(
                Mention(
                    sent_start=s.char_start,
                    sent_end=s.char_end,
                    source=src,
                    action_id=action.id,
                    action_text=text[t_start:t_end],
                    target=tgt,
                    negated=negated,
                    modality=modality,
                    attributed_to=attributed
                    if attributed is not None and attributed != src
                    else None,
                    confidence=confidence if tgt is not None else confidence - 0.1,
                    trigger_start=t_start,
                    trigger_end=t_end,
                )
            )
    return mentions


def _count_then_phrase(s: Sentence, k: int, phrases: list[Phrase]) -> Phrase | None:
    """A count from token ``k`` on (ثلاثة, 13, سبعة من, نحو 150) and the phrase it counts."""
    counted = False
    while k < s.end and (
        s.norms[k] in NUMBERS
        or s.norms[k].isdecimal()
        or s.norms[k] == "من"
        or s.norms[k] in MEMBER_WORDS
    ):
        counted = counted or s.norms[k] in NUMBERS or s.norms[k].isdecimal()
        k += 1
    if not counted:
        return None
    return next((p for p in phrases if p.start == k), None)


def _passive_victims(s: Sentence, seg: _Segment, trig: Hit, action_id: str) -> list[Phrase]:
    """The victims of a killing or an abduction read as a passive, or [].

    - مقتل X, مصرع X: always the victim.
    - قتل ثلاثة جنود (a count right after the verb): the counted are the victims.
    - ثلاثة جنود قتلوا (a counted subject, nothing after the verb): likewise.
    """
    surface = s.norms[trig.start]
    passive_form = trig.kind == "verb" and (
        surface in PASSIVE_VERBS or _bare(surface) in PASSIVE_VERBS
    )
    if passive_form:
        # أصيب خمسة فلسطينيين برصاص X, اغتيل مسؤول: the victims after or before the verb
        k = trig.end
        while k < seg.end and s.norms[k] in FOLLOWER_WORDS:
            k += 1
        p = _count_then_phrase(s, k, seg.phrases) or next(
            (x for x in seg.phrases if x.start == k and not x.governed), None
        )
        if p is None:
            before = [x for x in seg.phrases if x.end <= trig.start and not x.governed]
            if before and _between_ok(s, before[-1].end, trig.start):
                return _coordinated_back(before, s)
            return []
        return _coordinated(p, seg.phrases, s)
    if trig.kind == "noun" and trig.first.prefix.lstrip("وف").startswith("ل"):
        # تعرضت دورية للشرطة العراقية لهجوم: what was subjected to the attack
        for j in range(max(seg.start, trig.start - 6), trig.start):
            if _bare(s.norms[j]) in _EXPOSED:
                between = [p for p in seg.phrases if j < p.start and p.end <= trig.start]
                return between[:1] and _coordinated(between[0], seg.phrases, s)
    if action_id not in _VICTIM_ACTIONS:
        return []
    k = trig.end
    while k < seg.end and s.norms[k] in FOLLOWER_WORDS:  # time words: قتل أمس سبعة
        k += 1
    if trig.kind == "noun":
        if trig.entry.words[0] not in VICTIM_NOUNS:
            return []
        p = _count_then_phrase(s, k, seg.phrases) or next(
            (p for p in seg.phrases if p.start == k), None
        )
    else:
        # a clause with its own subject is active: الأمن قتلت ثلاثة متشددين
        p = _count_then_phrase(s, k, seg.phrases) if seg.subject is None else None
        if p is None and (k >= seg.end or not any(x.start == k for x in seg.phrases)):
            before = [x for x in seg.phrases if x.end <= trig.start]
            if before and _between_ok(s, before[-1].end, trig.start):
                b = _coordinated_back(before, s)
                j = b[0].start - 1
                if j >= seg.start and (s.norms[j] in NUMBERS or s.norms[j].isdecimal()):
                    return b
    return _coordinated(p, seg.phrases, s) if p is not None else []


def _agent_phrase(s: Sentence, phrases: list[Phrase], start: int, end: int) -> Phrase | None:
    """The agent a passive or an event noun names: على يد X, من قبل X, برصاص X."""
    for k in range(start, end):
        w, prev = s.norms[k], s.norms[k - 1] if k > s.start else ""
        if (
            (w in AGENT_AFTER_ALA and prev in ("علي", "وعلي"))
            or (w in ("قبل", "جانب") and prev == "من")  # من قبل X، من جانب X
            or w in AGENT_FIRE
        ):
            j = k + 1
            while j < end and (s.norms[j] in MEMBER_WORDS or s.norms[j] == "من"):
                j += 1  # من جانب عناصر من جيش المهدي
            return next((p for p in phrases if p.start == j), None)
    return None


def _coordinated_back(before: list[Phrase], s: Sentence) -> list[Phrase]:
    """The subject right before a verb and phrases coordinated before it."""
    last = before[-1]
    out = [last]
    for p in reversed(before[:-1]):
        if p.end == out[0].start and out[0].prefix.startswith("و"):
            out.insert(0, p)
        else:
            break
    return out


def _non_actor_subject(s: Sentence, trig: Hit) -> bool:
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


def _invites_to_meeting(s: Sentence, trig: Hit) -> bool:
    """دعا X إلى + a meeting noun."""
    for k in range(trig.end, min(s.end - 1, trig.end + 4)):
        if s.norms[k] in ("الي", "لحضور") and s.norms[k + 1] in MEETINGS:
            return True
        if s.norms[k].startswith("لل") and "ال" + s.norms[k][2:] in MEETINGS:
            return True
    return False


def _between_parties(s: Sentence, trig: Hit, seg: _Segment) -> list[Actor] | None:
    """ "بين A و B" right after the trigger: the two parties."""
    for k in range(trig.end, min(seg.end, trig.end + 4)):
        if s.norms[k] == "بين":
            ps = [p for p in seg.phrases if p.start > k]
            if (
                len(ps) >= 2
                and ps[0].start == k + 1
                and ps[1].start == ps[0].end
                and ps[1].prefix.startswith("و")
            ):
                return [ps[0].actor, ps[1].actor]
            return None
    return None


def _halted(s: Sentence, trig: Hit) -> bool:
    """A word of stopping or preventing governs the event noun."""
    return any(s.norms[k] in HALTING for k in range(max(s.start, trig.start - 2), trig.start))


def _in_purpose(s: Sentence, trig: Hit) -> bool:
    """The trigger sits in a purpose phrase (من أجل، بهدف، بغية) a few words back."""
    return any(s.norms[k] in PURPOSE for k in range(max(s.start, trig.start - 3), trig.start))


def _prep_follows(s: Sentence, trig: Hit) -> bool:
    """The trigger's own preposition follows it (تصر على ..., دعت مصر إلى ...)."""
    preps = _prep_words(trig)
    in_phrase = {k for p in s.phrases for k in range(p.start, p.end)}
    # the first words after the verb and its VSO subject
    after = [s.norms[k] for k in range(trig.end, min(s.end, trig.end + 12)) if k not in in_phrase]
    for nxt in after[:4]:
        if nxt in preps or any(len(p) == 1 and nxt.startswith(p) and len(nxt) > 3 for p in preps):
            return True
    return False


def _received(trig: Hit) -> bool:
    """A trigger read as receiving (تلقى اتصالا، تتلقى رسالة): the giver is after من."""
    return _receives(trig.entry.get("form") or "")


@lru_cache(maxsize=4096)
def _receives(form: str) -> bool:
    return normalize(form).startswith(_RECEIVE)


def _owner_by_prep(s: Sentence, p: Phrase, trig: Hit) -> bool:
    """أشاد بالدور المصري: a nisba on the noun the trigger's preposition brings in."""
    if p.start - 1 <= trig.start:
        return False
    noun = s.norms[p.start - 1]
    preps = _prep_words(trig)
    return any(len(x) == 1 and noun.startswith(x + "ال") for x in preps)


def _owner_of_object(s: Sentence, p: Phrase) -> bool:
    """قصفت مواقع لتنظيم داعش: the owner of an object noun is the one hit."""
    clitic = p.prefix.lstrip("وف")
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    return clitic.startswith("ل") and prev.isalpha() and prev not in FUNCTION_WORDS


def _by_own_prep(s: Sentence, p: Phrase, trig: Hit) -> bool:
    """A phrase introduced by one of the trigger's prepositions (رحب ب, اتفق مع)."""
    preps = _prep_words(trig)
    prev = s.norms[p.start - 1] if p.start > s.start else ""
    clitic = p.prefix.lstrip("وف")[:1]
    return prev in preps or (clitic and clitic in preps)


def _prep_words(trig: Hit) -> set[str]:
    return set((trig.entry.get("preps") or "").split("|")) - {""}
