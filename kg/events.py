"""Event building: the coding policy every language follows, mentions -> ``Event`` records.

Language packs find mentions (a trigger's action, its source and target, negation,
modality, the register of the sentence and how each actor was found). This stage
applies one policy to all of them, driven by flags of the vocabulary
(``ontologies/actions.ttl``):

- **recipients**: cooperation, aid and sanctions need a target actor (PLOVER's
  "requires recipient");
- **real actors**: an event needs a source or target that is a real actor (a
  country or one of its sectors, an international body, a named group, a known or
  titled person); one whose only actors are common nouns with no country (the
  media, the administration) falls below the default confidence threshold, unless
  its trigger is an event by itself (a demonstration, an air strike: the pack
  marks it ``trigger:alone``);
- **domain guard**: in sports, business, health, accident, weather, culture, crime and
  religious (a sermon, a fatwa) reporting, the same words (هجوم, "attack", سيطرة)
  are no political event unless political actors (a state's government, forces,
  police, courts; an armed group; an international body) of two countries deal with
  each other, an armed doer attacks someone named (not a company: companies "going
  on the attack" are business news), or people protest; a column (the
  pack's register ``opinion``: the writer's own "I" outside quotations, or a long text
  with no news day, dateline or reporting words) argues about states and armies and
  reports nothing, whoever its actors are;
- **what did not happen**: an event only requested, hoped for or put as a condition
  falls below the default threshold (the request, hope or threat itself is coded), and
  so does one only planned or to come whose doer is not named (no one stated it), and
  one said not to have happened (negated: the statement or the denial is the news),
  unless it was tried and not managed (فشل في التوصل إلى اتفاق, "nobody invited
  Russia": the attempt, or the expected act not come, is news);
- **dyads**: an event is who did what to whom, as PETRARCH and ICEWS code it; one with
  no target named falls below the default threshold, unless its category is news
  without one (``kgo:targetOptional``: a demonstration, an attack, forces mobilised, a
  withdrawal, a condemnation of an act whose doer is unknown, an agreement to resign, a
  demand or a vow made in public): meeting, backing, rejecting or arresting is of someone;
- **history**: an event told in a sentence that names a year long before the
  article's (the 1990 invasion, حرب 1967; ``kg.dating.HISTORY_YEARS``), or dated by
  its month or day more than six years before it (``kg.dating.RECALLED_AFTER``), or,
  told as the circumstance of another act (بعد سيطرة التنظيم على المدينة, a verb of a
  relative clause), more than six months before it (``RECALLED_ASIDE_AFTER``), or
  that the pack marks as recalled (a doer called dead; acts named by a noun and counted
  "since" long ago, منذ 2013, or over months or years; a war's toll, killing counted in
  thousands; a sentence counting over a half of a year; an act done "formerly",
  سابقا, or over past years), is recalled, not
  reported: it falls below the default threshold;
- **unknown doers**: a doer who is only a name, of no state or office known (not a
  known person), of a meeting, a visit, a statement or aid codes no one: the event
  falls below the default threshold (on real articles none of 15 such events was right);
  a bomber or a kidnapper named by name still did the deed;
- **far carried-over doers**: a doer the pack carried over from more than 150
  characters before the trigger (clauses or sentences with actors of their own lie
  between) is a guess; the event falls below the default threshold; so does an act
  named by its noun alone (an attack, a protest) with no target whose doer was carried
  over, or ruled out by the pack (``source:withheld``: the clause's subject only told of
  it, or was a place or its victim), (no one in its clause did it to anyone: on real
  articles 2 of 34 were right);
- **confidence** says how an event was found: the pack scores a full frame
  (source and target from the clause) above an inferred source (pro-drop, an
  earlier sentence) or a missing target; the two rules above lower it below
  ``DEFAULT_MIN_CONFIDENCE``;
- **expulsions**: expelling a body, a mission or envoys reduces relations (CAMEO 166,
  SANCTION); expelling people (civilians, refugees, migrants) is deporting them (174,
  COERCE); an armed force expelling another drives it out by force (190, ASSAULT);
- **crowds storming**: civilians, students or workers storming or occupying a building
  protest violently (CAMEO 145, PROTEST), they seize nothing; a state's body blocking a
  road or access restricts it (CAMEO 172, COERCE), it does not protest;
- **words, not arms**: the press "attacking" someone criticises (CAMEO 111, ACCUSE), and
  a state's body or officer "protesting" complains officially (CAMEO 114, ACCUSE);
  abducting a thing ("hijacking" a movement) is a metaphor, no event;
- **carried-over doers**: an attack or an arrest whose doer the pack carried over from
  another clause keeps no doer when that doer has no means to do it (the press, a
  ministry of education, residents; a court or one person for an attack, a person who
  holds no state office for an arrest); a protest
  keeps no doer that is a state's armed force (the police that dispersed it);
- **consultations**: meeting the public, pilgrims or the press, or a state's body
  visiting its own state, is no consultation;
- **refusals**: a cooperative act (verbal or material cooperation) that is said will
  not, or is not meant to, happen (لن تتفاوض، غير مستعدة للحوار, "will not negotiate")
  is a rejection (CAMEO 12, REJECT), not a negated cooperation;
- **ideas are no parties**: an act aimed at people (``kgo:aimedAtPeople``: asking,
  threatening, moving forces against, withdrawing from or yielding to someone, accusing
  or investigating someone) has no idea as its target; a concept of no country named
  after it (a call for a ceasefire, an accusation of terrorism) is what is asked or
  blamed, and the event keeps no target (one of a state, its territorial unity, stays);
- **duplicates**: one event per sentence, dyad, category and polarity; violence with no
  one in it (its toll, its noun) in a sentence that tells of violence by or against
  someone named is that violence told again, not another act.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg import EXTRACTOR
from kg.actors import ORG_SLOTS, STATE_SECTORS, countries, country
from kg.records import Actor, Article, Event, Mention
from kg.vocab import actions, categories, make_action

__all__ = [
    "DEFAULT_MIN_CONFIDENCE",
    "build_events",
    "confidence",
    "dedupe",
    "political",
    "real_actor",
]

# Events below this confidence are left out unless a build asks for them
# (``kg build --min-confidence``).
DEFAULT_MIN_CONFIDENCE = 0.35
# Sectors that make an actor a party of political news in any register.
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP", "PTY", "UAF", "INS", "SEP", "IGO"}
    | {"RAD"}
)
_NO_ACTOR_FACTOR = 0.4
_REGISTER_FACTOR = 0.4
_NO_TARGET_FACTOR = 0.4
# Events only asked for, hoped for or imagined (طالب بوقف الهجمات, "if it attacks")
# did not happen; their own request, hope or threat is the event.
_UNREAL = frozenset({"requested", "hoped", "conditional"})
# Registers whose words also stand in reports of violence (a hospital, a company).
_SOFT = frozenset({"health", "business", "culture"})
_UNREAL_FACTOR = 0.5
# An act only imagined (if it attacks, قد تلجأ إلى ضربات، هدد بقتله: the killing threatened)
# falls below the default threshold even from a full frame; the threat is coded itself.
_IMAGINED_FACTOR = 0.4
# An act said not to have happened (لم تستهدف، ليس هناك حصار, "did not attack") is no
# act: the statement or denial is the news, and it falls below the default threshold
# like what is only asked for; one tried and not managed (فشل في التوصل إلى اتفاق, "no
# one invited Russia") stays: the attempt, or the expected act not come, is the news.
_NOT_DONE_FACTOR = 0.4
# Modalities of an act not yet done, and the quad classes of cooperation (verbal,
# material): a cooperation negated so is refused (not under a condition: "if it does
# not negotiate" refuses nothing).
_NOT_YET = frozenset({"future", "intended"})
_COOPERATION = frozenset({1, 2})
# Events recalled from history: below the default threshold even at full confidence.
_HISTORY_FACTOR = 0.3
# A doer carried over (pro-drop, an earlier clause or sentence) from farther than this
# many characters before the trigger is a guess: several clauses or sentences lie
# between, each with actors of its own.
_CARRY_REACH = 150
_FAR_CARRY_FACTOR = 0.4


# A state named by its country ("Egypt rejected", "accused Iran") in talk, cooperation,
# aid or sanctions is its government, as ICEWS codes it; in armed, coercive and protest
# acts the bare country stays (the army, the police, the people or nobody known).
_STATE_ACTS = frozenset({1, 2, 3})


# Sectors of the public, the faithful, schools, hospitals, firms and the press: meeting
# or hosting them is no consultation between political actors.
_NO_COUNTERPARTS = frozenset({"CVL", "REL", "EDU", "HLH", "BUS", "LAB", "REF", "MED", "AGR"})

# Sectors of people, not of bodies: expelling them is deporting them.
_PEOPLE = frozenset({"CVL", "REF"})
# Unarmed crowds: what they storm or occupy they take in protest.
_CROWDS = frozenset({"CVL", "EDU", "LAB"})
# Words of storming or occupying a place (اقتحم، احتل; storm, occupy, take over), and
# of looting (نهب, "loot": a crowd loots in a riot, an armed force seizes goods): a
# seizure of goods by the state (ضبط) is none.
_TAKING_WORDS = (
    "قتحم", "احتل", "تحتل", "نهب", "occup", "storm", "took over", "take over", "taking over",
    "overr", "loot",
)  # fmt: skip


def _refusal(m: Mention) -> bool:
    """A cooperative act negated in the future or as an intent: a rejection."""
    return (
        m.negated and m.modality in _NOT_YET and actions()[m.action_id].quad_class in _COOPERATION
    )


# Words of blocking (a road, access): a protest by a crowd, a restriction by a state.
_BLOCKING_WORDS = ("block", "barricad")
_STATE_FORCE = STATE_SECTORS - {"LEG"}  # (a parliament blocks no road, arrests no one)
_ARMS = frozenset({"MIL", "COP", "SPY"})
_OFFICES = STATE_SECTORS - _ARMS  # a state's civil bodies and officers (GOV, LEG, JUD)


def coded_action(m: Mention) -> str:
    """The mention's action id under the policies that depend on the target."""
    if _refusal(m):
        return "reject"
    t = m.target
    if m.action_id == "expel" and t is not None and t.type != "person" and t.sector in _PEOPLE:
        return "deport"  # forced out 1,000 refugees (expelled the UN agency: 166)
    src = m.source
    if m.action_id == "expel" and _armed(src) and _armed(t):
        return "fight"  # fighters drove the militia out of the city: by force, no sanction
    if src is not None and src.sector == "MED" and actions()[m.action_id].plover == "ASSAULT":
        return "criticize"  # the press "attacks" in words (شن الإعلام هجوما على الوزير)
    text = m.action_text.lower()
    taking = m.action_id in ("seize", "attack") and any(w in text for w in _TAKING_WORDS)
    if taking and src is not None and src.sector in _CROWDS:
        return "riot"  # protesters storming a parliament: a violent protest (CAMEO 145)
    blocking = m.action_id == "protest" and any(w in text for w in _BLOCKING_WORDS)
    if blocking and src is not None and src.sector in _STATE_FORCE:
        return "cameo_172"  # a government blocking access imposes a restriction, no protest
    if m.action_id == "protest" and src is not None and src.sector in _OFFICES:
        return "cameo_114"  # a minister or a state "protests": an official complaint
    return m.action_id


def _armed(a: Actor | None) -> bool:
    """An armed force or group (an army, rebels, a militia)."""
    return a is not None and a.sector in _ARMED_SECTORS


def as_state(a: Actor | None, plover: str) -> Actor | None:
    """``a``, or its government when ``a`` is a bare country in a state's kind of act."""
    if a is None or a.type != "country" or a.sector or not a.country:
        return a
    if categories()[plover]["quad_class"] not in _STATE_ACTS and plover != "SANCTION":
        return a
    return country(a.country, a.text, "GOV", a.start, a.end)


def _itself(source: Actor | None, target: Actor | None) -> bool:
    """A state's body meeting or visiting that same state (not one of its persons)."""
    return (
        source is not None
        and target is not None
        and target.type == "country"
        and source.country == target.country
        and source.country in countries()
        and source.sector == target.sector
    )


def _same_words(source: Actor | None, target: Actor | None) -> bool:
    """One phrase read as both sides of an act (not the two sides one word names:
    الجانبان, "both sides", are each the other's counterpart)."""
    return (
        source is not None
        and target is not None
        and source.start is not None
        and (source.start, source.end) == (target.start, target.end)
        and source.id == target.id
    )


def real_actor(a: Actor | None) -> bool:
    """A country or one of its sectors, a body, a named group, a known or titled person;
    not a common noun standing for nobody in particular (``group/media``), nor a concept."""
    if a is None or a.type == "concept":
        return False
    if a.type == "person":
        return bool(a.qid or a.country or a.sector)
    if a.type in ("organisation",):
        return True
    return bool(a.country)


def political(a: Actor | None) -> bool:
    """An actor of political news in any register: a state's institutions and forces,
    an armed or opposition group, an international body, a person holding such a role."""
    if not real_actor(a):
        return False
    if a.type in ("organisation", "group") and (a.country in ORG_SLOTS or a.sector):
        return a.sector != "NGO" and a.country != "MNC"
    return a.sector in POLITICAL_SECTORS


# Armed groups, and armed actors of any kind: their attacks are news in any register.
_ARMED_GROUPS = frozenset({"REB", "UAF", "INS"})
_ARMED_SECTORS = _ARMED_GROUPS | {"MIL", "RAD", "SEP"}


def _told_doer(m: Mention) -> bool:
    """A political doer named in the sentence itself (one carried over from another
    sentence does not act in this one)."""
    return political(m.source) and "source:inferred" not in m.evidence.split()


def _between_states(m: Mention) -> bool:
    """Political actors of two countries dealing with each other."""
    src, tgt = m.source, m.target
    if not (_told_doer(m) and political(tgt)):
        return False
    return bool(src.country and tgt.country) and src.country != tgt.country


def _carried_far(m: Mention) -> bool:
    """The doer was carried over from far before the trigger (``_CARRY_REACH``)."""
    a = m.source
    if a is None or a.start is None or m.trigger_start is None:
        return False
    inferred = "source:inferred" in m.evidence.split()
    return inferred and abs(m.trigger_start - a.start) > _CARRY_REACH


def _guessed_bare_act(m: Mention) -> bool:
    """An act named by its noun alone (an attack, a protest), with no target and a doer
    only carried over from another clause, or one the pack ruled out (``source:withheld``:
    the clause's subject only tells of it, is a place or a victim): no one in its clause
    did it to anyone."""
    ev = m.evidence.split()
    guessed = "source:inferred" in ev or "source:withheld" in ev
    return m.target is None and guessed and "trigger:alone" in ev


# Sectors of trade: companies and their markets, the actors of business news itself.
_TRADE = frozenset({"BUS"})


def _named_party(a: Actor | None) -> bool:
    """A real actor that is not a company (the doers of business news itself)."""
    return real_actor(a) and a.sector not in _TRADE and a.country != "MNC"


# Deeds one person may do by himself (a bombing, a kidnapping), told of him by name.
_DEEDS = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def _bare_name(a: Actor | None) -> bool:
    """A person who is only a name: no state, no office, not a known person."""
    return a is not None and a.type == "person" and not real_actor(a)


def confidence(m: Mention) -> float:
    """The pack's score of a mention, lowered where the policy doubts it."""
    c = m.confidence
    unnamed = m.source is None and m.target is None
    if not (real_actor(m.source) or real_actor(m.target)) and (
        "trigger:alone" not in m.evidence or (m.negated and unnamed)
    ):
        # (a protest or an air strike is news without named actors; one that did not
        # happen, with no one at all in it, is none: دون وقوع إصابات، بلا تفريق)
        c *= _NO_ACTOR_FACTOR
    plover = actions()[m.action_id].plover
    # a pledge, threat or refusal the pack read off a conditional act ("will retaliate
    # if ...") is itself said: only the act it announces hangs on the condition
    if m.modality == "conditional" and "statement" not in m.evidence:
        c *= _IMAGINED_FACTOR
    elif m.modality in _UNREAL and m.modality != "conditional":
        c *= _UNREAL_FACTOR  # (one hoped for or asked for stands for the hope, the request)
    elif m.modality in _NOT_YET and not real_actor(m.source):
        c *= _UNREAL_FACTOR  # (a cell that planned attacks: no one named says they will)
    if m.negated and not _refusal(m) and "negation:failed" not in m.evidence.split():
        c *= _NOT_DONE_FACTOR  # (a refusal is coded as one; see ``coded_action``)
    if "history" in m.evidence.split():
        c *= _HISTORY_FACTOR  # recalled, not reported
    if _carried_far(m) or _guessed_bare_act(m):
        c *= _FAR_CARRY_FACTOR
    if _bare_name(m.source) and plover not in _DEEDS:
        c *= _NO_ACTOR_FACTOR  # a bare name, of no state or office known, is no doer coded
    if m.target is None and not categories()[plover].get("target_optional"):
        c *= _NO_TARGET_FACTOR  # who met, backed or attacked whom: one side is no event
    # (crowds of fans or of visitors at a festival, or of onlookers at a crash, are no
    # protest, nor is a gang's vandalism a riot: تخريب in a report of thefts)
    protest = plover == "PROTEST" and m.register not in ("sports", "culture", "crime", "accident")
    # an armed attack on a hospital or a company is no health or business news, when
    # someone is named in it (not killing in a novel, nor a husband beating his wife)
    in_soft = "trigger:alone" in m.evidence and m.register in _SOFT
    # (a company is business news' own actor: its "attack" is a move in trade; a company
    # attacked is still one)
    named = _named_party(m.source) or real_actor(m.target)
    # (a sermon or a trial telling of an armed group's attack still tells it)
    armed_doer = _told_doer(m) and m.source.sector in _ARMED_SECTORS
    armed = plover == "ASSAULT" and ((in_soft and named) or armed_doer)
    # (an attack on the police or a protest against a government is political news)
    at_the_state = plover in ("ASSAULT", "PROTEST") and political(m.target)
    if m.register and not (protest or armed or at_the_state or _between_states(m)):
        # (workers striking at a company are still protesting; a minister thanking a
        # club, a court trying a thief or a regulator approving a takeover are not
        # political news; two states dealing with each other are, in any register)
        c *= _REGISTER_FACTOR
    elif m.register == "opinion":
        c *= _REGISTER_FACTOR  # a column argues about states and armies; it reports nothing
    return round(max(0.0, min(1.0, c)), 3)


# Sectors with no arms of their own: as a doer carried over from an earlier clause or
# sentence to an attack, they are a guess the text does not support.
_UNARMED = frozenset({"JUD", "LEG", "MED", "NGO", "IGO", "REL", "EDU", "HLH", "BUS", "CVL"})


def _unarmed_guess(m: Mention, plover: str) -> bool:
    """An attack or a coercion whose doer was carried over (not named in its clause) and
    has no means to do it (a court does imprison: عاقبتهم المحكمة بالسجن), or a protest
    whose doer is a state's armed force, named or carried (the police that dispersed it)."""
    a = m.source
    unarmed = _UNARMED - {"JUD"} if plover == "COERCE" else _UNARMED
    if a is not None and plover == "PROTEST":
        return a.sector in _ARMS  # (forces that disperse or guard a protest are not its crowd)
    if a is None or "source:inferred" not in m.evidence.split():
        return False
    # (one person carried over fires no shot himself, and arrests no one unless he heads
    # a state's body whose forces do: a force does)
    person = a.type == "person" and (plover == "ASSAULT" or a.sector not in _STATE_FORCE)
    return a.sector in unarmed or person


def _no_idea_aimed_at(m: Mention) -> Mention:
    """``m`` without its target when that is a concept of no country and the act is
    aimed at people (``kgo:aimedAtPeople`` on its category or its action)."""
    t = m.target
    if t is None or t.type != "concept" or t.country is not None:
        return m
    action = actions()[m.action_id]
    if action.aimed_at_people or categories()[action.plover]["aimed_at_people"]:
        return replace(m, target=None)
    return m


def _kept(m: Mention) -> bool:
    """PLOVER: cooperation, aid and sanctions need a recipient; an attack on an idea is a
    metaphor whoever wages it ("the war on drugs", مواجهة الفكر الضال, القضاء على الفساد),
    and so is a crackdown on one with no actor in it: not an event."""
    plover = actions()[m.action_id].plover
    cat = categories()[plover]
    concept_target = m.target is not None and m.target.type == "concept"
    if cat["requires_recipient"]:
        return m.target is not None and not concept_target
    if plover == "ASSAULT" and concept_target:
        return False  # one attacks people and places: a fight against an idea is a metaphor
    if plover == "COERCE" and concept_target:
        # (one abducts people: "hijacking" a movement or a process is a metaphor)
        return real_actor(m.source) and m.action_id != "abduct"
    if plover == "CONSULT" and m.target is not None and m.target.type != "person":
        # received pilgrims, visited pupils, an interview with a news agency: no talks
        return m.target.sector not in _NO_COUNTERPARTS
    return True


def build_events(
    article: Article,
    mentions: Iterable[Mention],
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Event]:
    """The events of an article's mentions under the coding policy.

    Args:
        article: the article the mentions were found in (id, date, language).
        mentions: ``doc._.kg_mentions`` of the article's parsed ``Doc``.
        min_confidence: events below it are left out (0 keeps every event).

    Returns:
        Events in text order, without duplicates.
    """
    events = []
    for m in mentions:
        m = _no_idea_aimed_at(m)
        if not _kept(m):
            continue
        conf = confidence(m)
        if conf < min_confidence:
            continue
        action_id = coded_action(m)
        plover = actions()[action_id].plover
        source, target = as_state(m.source, plover), as_state(m.target, plover)
        if plover in ("ASSAULT", "COERCE", "PROTEST") and _unarmed_guess(m, plover):
            source = None  # a ministry or a court carried over from before shoots no one
        if plover == "CONSULT" and _itself(source, target):
            continue  # موسكو ... روسيا, a prince's visit to a town of his own state
        if _same_words(source, target):
            target = None  # one phrase read twice is not both sides of one act
        events.append(
            Event(
                doc_id=article.id,
                sentence=article.text[m.sent_start : m.sent_end],
                sentence_start=m.sent_start,
                sentence_end=m.sent_end,
                source=source,
                action=make_action(action_id, m.action_text),
                target=target,
                negated=m.negated and not _refusal(m),
                modality=m.modality,
                attributed_to=m.attributed_to,
                date=m.date or article.date,
                confidence=conf,
                lang=article.lang,
                extractor=EXTRACTOR,
                meta={"register": m.register, "evidence": m.evidence}
                if m.register or m.evidence
                else {},
            )
        )
    return dedupe(events)


# Killing or wounding people, and the attacks that do it (a strike, a shelling, a blast).
_HARMING = frozenset({"kill", "attack"})
_MEANS = frozenset({"attack", "air_strike", "bomb", "shell"})


def _place(a: Actor | None) -> bool:
    """A target that is only a place of a country (a town, a province; no sector)."""
    return a is not None and a.type == "country" and not a.sector and a.start is not None


def dedupe(events: Iterable[Event]) -> list[Event]:
    """One event per sentence, dyad, PLOVER category and polarity.

    Two triggers of one clause often code the same event (تواصل اتصالاتها,
    "held talks"); the most confident reading is kept.
    """
    best: dict[tuple, Event] = {}
    for ev in events:
        key = (
            ev.doc_id,
            ev.sentence_start,
            ev.source.id if ev.source else None,
            ev.action.plover,
            ev.target.id if ev.target else None,
            ev.negated,
        )
        if key not in best or ev.confidence > best[key].confidence:
            best[key] = ev
    # the same act with and without a known target: keep the one with the target; and
    # people killed or hurt in an attack on a place (قتل 25 حوثيا في قصف على مأرب): keep
    # the people
    targeted = {(k[0], k[1], k[2], k[3], k[5]) for k in best if k[4] is not None}
    whom = {
        (k[0], k[1], k[2], k[3], k[5], ev.target.country)
        for k, ev in best.items()
        if ev.target is not None and ev.target.sector and ev.action.id in _HARMING
    }
    kept = [
        ev
        for k, ev in best.items()
        if (k[4] is not None or (k[0], k[1], k[2], k[3], k[5]) not in targeted)
        and not (
            _place(ev.target)
            and ev.action.id in _MEANS
            and (*k[:4], k[5], ev.target.country) in whom
        )
    ]
    kept = _told_with_its_sides(_harm_by_the_attacker(kept))
    return sorted(kept, key=lambda e: (e.sentence_start, e.source.id if e.source else ""))


def _told_with_its_sides(events: list[Event]) -> list[Event]:
    """Violence with no one in it (مقتل وإصابة العشرات، المواجهات) in a sentence that tells
    of violence by or against someone named: the same fighting told again, by its toll or
    its noun, not another act; the named one is kept (on real articles 18 of 24 such
    events were wrong, for the sides named elsewhere in the sentence)."""
    told = {
        (ev.doc_id, ev.sentence_start)
        for ev in events
        if ev.action.plover == "ASSAULT"
        and (ev.source is not None or ev.target is not None)
        and not ev.negated
        and ev.confidence >= DEFAULT_MIN_CONFIDENCE
    }
    return [
        ev
        for ev in events
        if ev.source is not None
        or ev.target is not None
        or ev.action.plover != "ASSAULT"
        or (ev.doc_id, ev.sentence_start) not in told
    ]


def _one_side(a: Actor, b: Actor) -> bool:
    """المقاومة الشعبية and المقاومة: one side named twice (a word of one in the other)."""
    if a.sector != b.sector:
        return False
    words = {w.removeprefix("ال") for w in a.text.split()}
    return any(w.removeprefix("ال") in words for w in b.text.split())


_ATTACKERS = _ARMED_GROUPS | {"MIL", "COP", "SPY"}


def _harm_by_the_attacker(events: list[Event]) -> list[Event]:
    """People killed or hurt with no one named (مقتل ثلاثة جنود أتراك), and the one attack
    of the sentence by a named doer (حين فتح عناصر من الحزب النار على قافلة): one event,
    the doer's. Only when the sentence has that one attack, aimed at no one else and not
    by the victims' own state."""
    out = list(events)
    told = set()  # the attacks told again by the harm they did
    for i, harm in enumerate(events):
        if harm.source is not None or harm.target is None or harm.action.plover != "ASSAULT":
            continue
        if harm.negated or not harm.target.sector:
            continue
        attacks = [
            ev
            for ev in events
            if ev is not harm
            and ev.sentence_start == harm.sentence_start
            and ev.action.plover == "ASSAULT"
            and ev.source is not None
            and ev.source.sector in _ATTACKERS  # (a party or a museum fired nothing)
            and ev.source.id != harm.target.id
            and not _one_side(ev.source, harm.target)
            and not ev.negated
        ]
        if len({(ev.action.id, ev.action.text, ev.target and ev.target.id) for ev in attacks}) != 1:
            continue  # (قصفت جماعة الحوثي والقوات الموالية لها: one act, two doers)
        attack = attacks[0]
        aimed = attack.target
        own_side = attack.source.country == harm.target.country and (
            attack.source.sector not in _ARMED_GROUPS
        )  # (a state's own forces did not kill its soldiers; its rebels may have)
        if own_side or (aimed is not None and not _place(aimed) and aimed.id != harm.target.id):
            continue
        out[i] = replace(harm, source=attack.source)
        if aimed is None or _place(aimed):
            told.add(id(attack))  # (one attack may have killed and wounded: told once)
    return [ev for ev in out if id(ev) not in told]
