"""The coding policy of kg/events.py on mentions as a language pack hands them over.

Each row is a mention (who, action, whom, and how the pack found it) and the source the
policy must keep; the actors are real records of kg.actors.
"""

from __future__ import annotations

import pytest

from kg import actors as A
from kg.events import DEFAULT_MIN_CONFIDENCE, build_events
from kg.records import Article, Mention

TEXT = "وقالت المحكمة إن الأوضاع هادئة، واعتقل عشرات الناشطين."
COURT = A.country("KWT", "المحكمة", "JUD", start=5, end=12)
ARMY = A.country("KWT", "الجيش", "MIL", start=5, end=12)
PRESS = A.country("KWT", "الصحيفة", "MED", start=5, end=12)
ACTIVISTS = A.sector_group("CVL", "activists", "الناشطين", start=45, end=53)
MINISTER = A.person(None, "الوزير خالد", "Khalid", "KWT", "GOV", start=5, end=12)
SON = A.person(None, "ابنه خالد", "Khalid", "KWT", None, start=5, end=12)
NAME = A.person(None, "خالد", "Khalid", None, None, start=5, end=12)


def _event(source, action_id, action_text, target, lang="ar", **found):
    """The one event the policy makes of a mention in TEXT; ``found``: confidence,
    register and evidence as the pack reports them."""
    found.setdefault("confidence", 0.8)
    mention = Mention(
        sent_start=0,
        sent_end=len(TEXT),
        source=source,
        action_id=action_id,
        action_text=action_text,
        target=target,
        **found,
    )
    (event,) = build_events(Article(id="p", text=TEXT, lang=lang), [mention], min_confidence=0)
    return event


def _source_after_policy(source, action_id: str, evidence: str):
    return _event(source, action_id, "اعتقل", ACTIVISTS, evidence=evidence).source


@pytest.mark.parametrize(
    "source,action_id,evidence,kept",
    [
        # a court or the press carried over from an earlier clause shoots no one, and the
        # press arrests no one; a court does imprison
        pytest.param(COURT, "attack", "source:inferred", False, id="carried-court-attacks"),
        pytest.param(PRESS, "arrest", "source:inferred", False, id="carried-press-arrests"),
        pytest.param(COURT, "arrest", "source:inferred", True, id="carried-court-imprisons"),
        # ... but a court named as the doer in its clause keeps it, and so does an armed
        # force carried over
        pytest.param(COURT, "arrest", "", True, id="named-court-arrests"),
        pytest.param(ARMY, "arrest", "source:inferred", True, id="carried-army-arrests"),
        # one person carried over fires no shot himself; named in his clause he may
        pytest.param(MINISTER, "attack", "source:inferred", False, id="carried-person-attacks"),
        pytest.param(MINISTER, "attack", "", True, id="named-person-attacks"),
        # ... and arrests no one unless he holds a state's office (a minister's forces do)
        pytest.param(SON, "arrest", "source:inferred", False, id="carried-son-arrests"),
        pytest.param(MINISTER, "arrest", "source:inferred", True, id="carried-minister-arrests"),
    ],
)
def test_unarmed_doer_carried_to_a_violent_act(source, action_id, evidence, kept):
    got = _source_after_policy(source, action_id, evidence)
    assert (got is not None) == kept, got


STUDENTS = A.sector_group("EDU", "students", "الطلاب", start=5, end=12)
PARLIAMENT = A.country("TWN", "البرلمان", "LEG", start=20, end=28)


def _action_after_policy(source, action_id: str, action_text: str, lang: str) -> str:
    return _event(source, action_id, action_text, PARLIAMENT, lang).action.plover


@pytest.mark.parametrize(
    "source,action_id,action_text,lang,plover",
    [
        # students, civilians or workers storming or occupying a place protest violently
        pytest.param(STUDENTS, "seize", "اقتحم", "ar", "PROTEST", id="students-storm-ar"),
        pytest.param(STUDENTS, "attack", "stormed", "en", "PROTEST", id="students-storm-en"),
        pytest.param(STUDENTS, "attack", "occupied", "en", "PROTEST", id="students-occupy-en"),
        # ... an attack by them is no protest, and an army's storming is no protest
        pytest.param(STUDENTS, "attack", "attacked", "en", "ASSAULT", id="students-attack"),
        pytest.param(ARMY, "seize", "اقتحم", "ar", "COERCE", id="army-storms"),
        # ... a crowd looting riots; an armed force looting seizes goods
        pytest.param(STUDENTS, "seize", "ونهبوا", "ar", "PROTEST", id="crowd-loots"),
        pytest.param(ARMY, "seize", "ونهبوا", "ar", "COERCE", id="army-loots"),
        # ... nor seizing goods (ضبط)
        pytest.param(STUDENTS, "seize", "ضبطت", "ar", "COERCE", id="crowd-seizing-goods"),
        # a crowd blocking a road protests; a state blocking access restricts it (172)
        pytest.param(STUDENTS, "protest", "blocked", "en", "PROTEST", id="crowd-blocks-a-road"),
        pytest.param(ARMY, "protest", "blocked", "en", "COERCE", id="army-blocks-access"),
    ],
)
def test_crowds_taking_a_place_protest(source, action_id, action_text, lang, plover):
    assert _action_after_policy(source, action_id, action_text, lang) == plover


MILITIA = A.sector_group("UAF", "militia", "الميليشيات", start=20, end=28)
ENVOY = A.person(None, "السفير", "the ambassador", "IRN", "GOV", start=20, end=28)


@pytest.mark.parametrize(
    "source,target,plover",
    [
        # an armed force expelling another from a place drives it out by force ...
        pytest.param(ARMY, MILITIA, "ASSAULT", id="army-drives-out-a-militia"),
        # ... a state expelling an envoy reduces relations
        pytest.param(MINISTER, ENVOY, "SANCTION", id="minister-expels-an-envoy"),
        pytest.param(ARMY, ENVOY, "SANCTION", id="army-expels-an-envoy"),
    ],
)
def test_expulsions(source, target, plover):
    assert _event(source, "expel", "طرد", target).action.plover == plover


FANS = A.sector_group("CVL", "fans", "الجماهير", start=45, end=53)


def _confidence(source, action_id, action_text, target, conf, register, evidence) -> float:
    """The confidence the policy gives a mention found in a sentence of ``register``."""
    found = {"confidence": conf, "register": register, "evidence": evidence}
    return _event(source, action_id, action_text, target, **found).confidence


@pytest.mark.parametrize(
    "source,evidence,register,lowered",
    [
        # in a sports or business sentence an army praising fans is no political news
        pytest.param(ARMY, "", "sports", True, id="named-army-praising-fans-at-a-match"),
        # ... one carried over from another clause or sentence does not act in it
        pytest.param(ARMY, "source:inferred", "sports", True, id="carried-army-at-a-match"),
        pytest.param(ARMY, "source:inferred", "business", True, id="carried-army-in-trade"),
        # ... and outside such registers a carried doer is still a doer
        pytest.param(ARMY, "source:inferred", "", False, id="carried-army-in-news"),
    ],
)
def test_a_political_doer_carried_into_another_register(source, evidence, register, lowered):
    c = _confidence(source, "praise", "أشاد", FANS, 0.8, register, evidence)
    assert (c < 0.5) == lowered, c


GUESTS = A.country("OMN", "الجيش العماني", "MIL", start=45, end=58)
POLICE = A.country("KWT", "الشرطة", "COP", start=5, end=11)


@pytest.mark.parametrize(
    "source,action_id,target,evidence,register,lowered",
    [
        # two states' bodies dealing with each other are political news in any register
        pytest.param(
            ARMY, "praise", GUESTS, "", "sports", False, id="army-praising-a-foreign-army"
        ),
        # ... but not when the doer was carried over from another sentence
        pytest.param(
            ARMY, "praise", GUESTS, "source:inferred", "sports", True, id="carried-army-praising"
        ),
        # an armed doer named in the sentence attacks in any register (a sermon, a trial)
        pytest.param(ARMY, "attack", FANS, "", "religion", False, id="army-attacking-in-a-sermon"),
        # a crowd at a crash or a fire is onlookers, no protest; in plain news it is one
        pytest.param(
            None, "demonstrate", None, "trigger:alone", "accident", True, id="onlookers-at-a-crash"
        ),
        pytest.param(
            None, "demonstrate", None, "trigger:alone", "", False, id="a-gathering-in-the-news"
        ),
        # the police arresting people in crime news is no political news
        pytest.param(
            POLICE, "arrest", FANS, "", "crime", True, id="police-arresting-in-crime-news"
        ),
    ],
)
def test_the_domain_guard(source, action_id, target, evidence, register, lowered):
    c = _confidence(source, action_id, "x", target, 0.8, register, evidence)
    assert (c < 0.5) == lowered, c


@pytest.mark.parametrize(
    "target,register,lowered",
    [
        # an armed attack told in a health or business sentence is still news when someone
        # is named in it ...
        pytest.param(ARMY, "health", False, id="attack-on-an-army-in-hospital-news"),
        # ... a killing with no one named there is not (a novel's plot, a husband's blows)
        pytest.param(None, "culture", True, id="killing-in-a-novel"),
        pytest.param(None, "health", True, id="beating-in-hospital-news"),
        # ... while in plain news a strike or an attack needs no named actor
        pytest.param(None, "", False, id="killing-in-the-news"),
    ],
)
def test_an_attack_with_no_one_named_in_another_register(target, register, lowered):
    c = _confidence(None, "kill", "قتل", target, 0.5, register, "trigger:alone")
    assert (c < 0.35) == lowered, c


FIRMS = A.country("DEU", "الشركات", "BUS", start=5, end=12)


@pytest.mark.parametrize(
    "source,register,lowered",
    [
        # companies "going on the attack" in business news make a move in trade ...
        pytest.param(FIRMS, "business", True, id="companies-attacking-in-trade"),
        # ... while an army named attacking in a business sentence is still news
        pytest.param(ARMY, "business", False, id="army-attacking-in-trade-news"),
    ],
)
def test_a_company_attacking_in_business_news(source, register, lowered):
    c = _confidence(source, "attack", "الهجوم", None, 0.45, register, "trigger:alone")
    assert (c < 0.35) == lowered, c


def test_a_company_attacked_in_business_news():
    """A bombing at a company's office is still an attack (only companies' own moves are
    business)."""
    assert _confidence(None, "attack", "فجر", FIRMS, 0.45, "business", "trigger:alone") >= 0.35


@pytest.mark.parametrize(
    "target,kept",
    [
        # a phrase read as both sides (مقتل عشرة في غارات للتحالف: the coalition as doer
        # and, wrongly, as the one killed) keeps its doer and loses the target
        pytest.param(A.country("KWT", "الجيش", "MIL", start=5, end=12), False, id="same-words"),
        pytest.param(A.country("KWT", "الجيش", "MIL", start=40, end=45), True, id="other-words"),
        # ... but one word naming two actors (الجانبان, "both sides") gives each the other
        pytest.param(A.country("QAT", "الجيش", "MIL", start=5, end=12), True, id="both-sides"),
    ],
)
def test_one_phrase_is_not_both_sides(target, kept):
    event = _event(ARMY, "attack", "قصف", target)
    assert event.source == ARMY
    assert (event.target is not None) == kept, event.target


@pytest.mark.parametrize(
    "action_id,negated,modality,plover,still_negated",
    [
        # a cooperation said will not, or is not meant to, happen is refused (CAMEO 12)
        pytest.param("negotiate", True, "future", "REJECT", False, id="will-not-negotiate"),
        pytest.param("negotiate", True, "intended", "REJECT", False, id="not-ready-to-talk"),
        pytest.param("cooperate", True, "intended", "REJECT", False, id="no-wish-to-cooperate"),
        # ... not a cooperation that did not happen, nor one refused under a condition
        pytest.param("negotiate", True, "asserted", "CONSULT", True, id="talks-not-held"),
        pytest.param("negotiate", True, "conditional", "CONSULT", True, id="if-it-will-not"),
        pytest.param("negotiate", False, "future", "CONSULT", False, id="will-negotiate"),
        # ... nor a hostile act that will not happen: no attack is not a refusal
        pytest.param("attack", True, "future", "ASSAULT", True, id="will-not-attack"),
    ],
)
def test_a_cooperation_that_will_not_happen_is_refused(
    action_id, negated, modality, plover, still_negated
):
    state = A.country("ISR", "إسرائيل", None, start=40, end=47)
    event = _event(ARMY, action_id, "تتفاوض", state, negated=negated, modality=modality)
    assert (event.action.plover, event.negated) == (plover, still_negated)


@pytest.mark.parametrize(
    "source,modality,kept",
    [
        # an attack only planned or to come, by no one named: no one stated it
        pytest.param(None, "intended", False, id="planned-by-no-one-named"),
        pytest.param(None, "future", False, id="to-come-by-no-one-named"),
        # ... the doer named says it (a threat, coded as such), and one that took place
        # is news even with no one named (trigger:alone)
        pytest.param(ARMY, "intended", True, id="planned-by-an-army"),
        pytest.param(None, "asserted", True, id="done-by-no-one-named"),
    ],
)
def test_an_act_to_come_needs_someone_to_say_it(source, modality, kept):
    found = {"modality": modality, "confidence": 0.55, "evidence": "trigger:alone"}
    event = _event(source, "attack", "هجمات", ACTIVISTS, **found)
    assert (event.confidence >= DEFAULT_MIN_CONFIDENCE) == kept, event.confidence


@pytest.mark.parametrize(
    "source,kept",
    [
        # a doer who is only a name (no state, no office): no one the event can code
        pytest.param(NAME, False, id="a-bare-name"),
        pytest.param(MINISTER, True, id="a-minister"),
        pytest.param(SON, True, id="a-name-of-a-state"),
    ],
)
def test_a_bare_name_is_no_doer(source, kept):
    event = _event(source, "meet", "التقى", ARMY, confidence=0.55)
    assert (event.confidence >= DEFAULT_MIN_CONFIDENCE) == kept, event.confidence


def test_an_act_told_with_its_place_and_with_whom_there_is_one_event():
    """قتل 25 حوثيا في قصف شنته قوات التحالف على مأرب: the Houthis, not also the town."""
    text = "قتل 25 حوثيا في قصف شنته قوات التحالف على مدينة مأرب."
    coalition = A.country("SAU", "قوات التحالف", "MIL", start=25, end=36)
    houthis = A.country("YEM", "حوثيا", "REB", start=7, end=12)
    town = A.country("YEM", "مأرب", None, start=47, end=51)
    mentions = [
        Mention(0, len(text), coalition, "kill", "قتل", houthis, confidence=0.6),
        Mention(0, len(text), coalition, "shell", "قصف", town, confidence=0.8),
    ]
    events = build_events(Article(id="p", text=text, lang="ar"), mentions)
    assert [(e.action.plover, e.target.text) for e in events] == [("ASSAULT", "حوثيا")]
    # ... while a place alone stays the target
    (alone,) = build_events(Article(id="p", text=text, lang="ar"), mentions[1:])
    assert alone.target.text == "مأرب"


# شنت طائرات الجيش غارات على مواقع المسلحين أسفرت عن مقتل وإصابة العشرات: the toll with
# no one in it is the raid told again.
RAID = "شنت طائرات الجيش غارات على مواقع المسلحين أسفرت عن مقتل وإصابة العشرات."
JETS = A.country("NGA", "طائرات الجيش", "MIL", start=4, end=16)
GUNMEN = A.country("NGA", "المسلحين", "REB", start=34, end=42)


@pytest.mark.parametrize(
    "named, kept",
    [
        # the raid by named jets: the toll with no one in it is that raid again
        ((JETS, "air_strike", "غارات", GUNMEN, False), ["غارات"]),
        # ... so it is when only the doer is named
        ((JETS, "air_strike", "غارات", None, False), ["غارات"]),
        # ... or when named gunmen set off a bomb
        ((GUNMEN, "bomb", "تفجير", None, False), ["تفجير"]),
    ],
)
def test_violence_with_no_one_in_it_beside_the_named_one(named, kept):
    source, action_id, text, target, negated = named
    mentions = [
        Mention(0, len(RAID), source, action_id, text, target, negated=negated, confidence=0.8),
        Mention(
            0, len(RAID), None, "kill", "مقتل", None, confidence=0.45, evidence="trigger:alone"
        ),
    ]
    events = build_events(Article(id="p", text=RAID, lang="ar"), mentions, min_confidence=0)
    assert sorted(e.action.text for e in events) == sorted(kept)


@pytest.mark.parametrize(
    "source,kept",
    [
        # the police that dispersed or guarded a protest are not its crowd
        pytest.param(A.country("IRN", "قوات الأمن", "COP", start=5, end=12), False, id="police"),
        pytest.param(A.country("IRN", "الجيش", "MIL", start=5, end=12), False, id="army"),
        # ... its crowd is
        pytest.param(STUDENTS, True, id="students"),
    ],
)
def test_a_state_force_is_no_protester(source, kept):
    event = _event(source, "protest", "المظاهرة", None, evidence="trigger:alone")
    assert (event.source is not None) == kept, event.source


@pytest.mark.parametrize(
    "negated,target,kept",
    [
        # an act that did not happen, with no one at all in it, is none (دون وقوع هجوم)
        pytest.param(True, None, False, id="not-done-by-no-one-to-no-one"),
        # ... one that happened is news without named actors
        pytest.param(False, None, True, id="done-by-no-one-named"),
    ],
)
def test_an_act_not_done_with_no_one_in_it_is_none(negated, target, kept):
    found = {"negated": negated, "confidence": 0.5, "evidence": "trigger:alone"}
    event = _event(None, "attack", "هجوم", target, **found)
    assert (event.confidence >= DEFAULT_MIN_CONFIDENCE) == kept, event.confidence


@pytest.mark.parametrize(
    "negated,modality,evidence,kept",
    [
        # an act said not to have happened, even from a full frame, is no act (the
        # statement or the denial is the news): لم تهاجم القوات الناشطين
        pytest.param(True, "asserted", "", False, id="not-done-to-someone"),
        # ... one tried and not managed, or done by no one expected to, is news
        pytest.param(True, "asserted", "negation:failed", True, id="tried-and-failed"),
        # an act only imagined (if it attacks, قد تهاجم، هدد بقتلهم) falls below too
        pytest.param(False, "conditional", "", False, id="only-imagined"),
        # ... while one hoped for stands for the hope, and one done is news
        pytest.param(False, "hoped", "", True, id="hoped-for"),
        pytest.param(False, "asserted", "", True, id="done"),
    ],
)
def test_what_did_not_happen_falls_below_the_threshold(negated, modality, evidence, kept):
    found = {"negated": negated, "modality": modality, "evidence": evidence}
    event = _event(ARMY, "attack", "هاجم", ACTIVISTS, **found)
    assert (event.confidence >= DEFAULT_MIN_CONFIDENCE) == kept, event.confidence


@pytest.mark.parametrize(
    "action_id,target,kept",
    [
        # a meeting, backing or arrest is of someone: one side only is no event
        pytest.param("meet", None, False, id="met-no-one-named"),
        pytest.param("cameo_175", None, False, id="repressed-no-one-named"),
        pytest.param("meet", GUESTS, True, id="met-someone"),
        # ... an attack, a demonstration or a condemnation is news with no target named
        pytest.param("attack", None, True, id="attacked-no-one-named"),
        pytest.param("protest", None, True, id="demonstrated"),
    ],
)
def test_an_event_is_a_dyad_unless_its_category_needs_none(action_id, target, kept):
    event = _event(ARMY, action_id, "x", target, confidence=0.8)
    assert (event.confidence >= DEFAULT_MIN_CONFIDENCE) == kept, event.confidence


def _carried(start: int):
    return A.country("KWT", "الجيش", "MIL", start=start, end=start + 5)


@pytest.mark.parametrize(
    "source,evidence,kept",
    [
        # a doer carried over from the clause before the trigger is read as such
        pytest.param(_carried(150), "source:inferred", True, id="carried-from-near"),
        # ... from 200 characters back (other clauses, other actors between), a guess
        pytest.param(_carried(0), "source:inferred", False, id="carried-from-far"),
        # a doer the sentence names, however far, is no guess
        pytest.param(_carried(0), "", True, id="named-far"),
    ],
)
def test_a_doer_carried_from_far_is_a_guess(source, evidence, kept):
    event = _event(source, "attack", "x", ACTIVISTS, evidence=evidence, trigger_start=200)
    assert (event.confidence >= DEFAULT_MIN_CONFIDENCE) == kept, event.confidence


@pytest.mark.parametrize(
    "evidence,target,kept",
    [
        # an attack named by its noun alone, with a doer carried over and no target:
        # no one in its clause did it to anyone
        pytest.param("source:inferred trigger:alone", None, False, id="carried-doer-bare-act"),
        # ... with its target named, the doer carried over is read as such
        pytest.param(
            "source:inferred trigger:alone", ACTIVISTS, True, id="carried-doer-with-target"
        ),
        # ... with its doer named in its clause, it is told
        pytest.param("trigger:alone", None, True, id="named-doer-bare-act"),
        # ... with the doer the clause suggested ruled out (a place, a victim): no one
        pytest.param("source:withheld trigger:alone", None, False, id="ruled-out-doer-bare-act"),
    ],
)
def test_a_bare_act_with_a_carried_doer_is_a_guess(evidence, target, kept):
    source = None if "withheld" in evidence else ARMY
    found = {"evidence": evidence, "confidence": 0.55, "trigger_start": 8}
    event = _event(source, "attack", "x", target, **found)
    assert (event.confidence >= DEFAULT_MIN_CONFIDENCE) == kept, event.confidence


@pytest.mark.parametrize(
    "source,plover",
    [
        # a minister or a court "protesting" complains officially (CAMEO 114)
        pytest.param(MINISTER, "ACCUSE", id="minister-complains"),
        pytest.param(COURT, "ACCUSE", id="court-complains"),
        # ... people protesting demonstrate
        pytest.param(ACTIVISTS, "PROTEST", id="activists-protest"),
    ],
)
def test_a_state_office_protesting_complains_officially(source, plover):
    event = _event(source, "protest", "احتج", None)
    assert event.action.plover == plover, event.action


TERRORISM = A.concept("terrorism", "terrorism", "الإرهاب", start=45, end=53)
TRUCE = A.concept("ceasefire", "ceasefire", "وقف إطلاق النار", start=45, end=53)
UNITY = A.concept("territorial unity", "territorial unity", "وحدة أراضيها", "KWT", 45, 53)


@pytest.mark.parametrize(
    "action_id,target,lang,kept",
    [
        # an act aimed at people (kgo:aimedAtPeople) has no idea as its target: what is
        # asked for or blamed is no party
        pytest.param("request", TRUCE, "ar", None, id="call-for-a-truce"),
        pytest.param("urge", TRUCE, "en", None, id="urge-a-truce-english-too"),
        pytest.param("threaten", TERRORISM, "ar", None, id="threaten-terrorism"),
        pytest.param("withdraw", TRUCE, "ar", None, id="withdraw-from-a-truce"),
        pytest.param("deploy_troops", TERRORISM, "ar", None, id="deploy-against-an-idea"),
        pytest.param("accuse", TERRORISM, "ar", None, id="accused-of-terrorism"),
        pytest.param("investigate", TERRORISM, "en", None, id="investigate-terrorism"),
        # an idea of a state names whose it is: it stays
        pytest.param("threaten", UNITY, "ar", "territorial unity", id="threaten-a-states-unity"),
        # a condemnation or a rejection is of the idea itself, a party or not
        pytest.param("condemn", TERRORISM, "ar", "terrorism", id="condemn-terrorism"),
        pytest.param("reject", TRUCE, "en", "ceasefire", id="reject-a-truce"),
        # a party stays whatever the act
        pytest.param("accuse", ACTIVISTS, "ar", "activists", id="accuse-a-party"),
    ],
)
def test_an_act_aimed_at_people_has_no_idea_as_target(action_id, target, lang, kept):
    event = _event(MINISTER, action_id, "x", target, lang=lang)
    assert (event.target.label if event.target else None) == kept
