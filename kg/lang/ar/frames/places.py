"""Places: where an act happened (``place_of``), and the place or the people hit
when a predicate names no target (a town bombed, a civilian place, worshippers, the
natives of a country, forces at their post)."""

from __future__ import annotations

from kg import actors as A
from kg.lang.ar.actors import Phrase, adjective_like, bare_word, in_place_noun
from kg.lang.ar.frames.shared import (
    _CONDEMNING,
    _MANNER,
    _MILITARY_ACTIONS,
    _MUTUAL_IDS,
    _ONE_OF,
    _WORSHIP,
    _preps,
    _Reading,
    _verbs_before,
    action_plover,
)
from kg.lang.ar.frames.sources import _FORCE_PLACES, _civilian_word, _hit_place
from kg.lang.ar.frames.victims import _CLOSERS
from kg.lang.ar.lexicon import load_lexicon
from kg.lang.ar.matcher import Hit, stem_map
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import (
    BACKGROUND,
    CLAUSE_PUNCT,
    FOLLOWER_WORDS,
    FUNCTION_WORDS,
    LOCATIVES,
    LOYAL_WORDS,
    PLACE_NOUNS,
    PREPOSITIONS,
    RELATIVES,
    SAID_THINGS,
    TIME_WORDS,
    VICTIM_ACTIONS,
    VICTIM_NOUNS,
    WITNESS,
)
from kg.lang.ar.syntax import Predicate, Sentence, agent_phrase, bare, place_hits
from kg.records import Actor


def _unnamed_target(s: Sentence, r: _Reading) -> None:
    """Where no actor is the target: the civilians of a place hit (قصفت الطائرات سوقا في
    حلب: its people, not the city), else a target named without an actor phrase."""
    places_only = all(t.type == "country" and t.sector is None for t in r.targets)
    # (not of a clash: اشتباكات في حي الجمهوري is where two sides fought)
    # (storming a place, read as seizing until its doer is known armed: اقتحمت المسجد)
    hits = r.plover == "ASSAULT" or r.action.id == "seize"
    hits = hits and r.action.id not in _MUTUAL_IDS()
    civilians = _civilian_place(s, r) if hits and places_only else None
    if civilians is None and hits and not r.targets and not any(r.sources):
        civilians = _bombed_town(s, r)
    if civilians is None and hits and places_only and not r.victims:
        civilians = _forces_post(s, r)  # (its place is where: موقعا عسكريا في الأنبار)
    if civilians is not None:
        r.targets = [civilians]
    elif not r.actor_target:
        other = _implicit_target(s, r)
        r.targets = [other] if other is not None else r.targets


# Adjectives of a post or a unit of the state's forces (موقعا عسكريا، القافلة العسكرية،
# مركز أمني) and the sector of its men.
_FORCE_ADJECTIVES = {
    normalize(a + w + e): sector
    for w, sector in (("عسكري", "MIL"), ("أمني", "COP"))
    for a in ("", "ال")
    for e in ("", "ة", "ا", "ه")
}
_POST_REACH = 8


def _forces_post(s: Sentence, r: _Reading) -> Actor | None:
    """An attack on a military or security post or unit named by no owner (هاجموا موقعا
    عسكريا، كمينا للقافلة العسكرية، استهدف أحد المراكز الأمنية): the forces manning it
    (their country is where it happened: _local_groups)."""
    p = r.p
    own = {k for x in r.src_phrases for k in range(x.start, x.end)}
    for k in range(p.end, min(p.clause.end - 1, p.end + _POST_REACH)):
        if s.norms[k] in CLAUSE_PUNCT or (k in s.in_phrase and k not in own):
            return None  # (past another actor: the post may be theirs)
        b = bare_word(s.norms[k])
        b = b[:-1] if b.endswith("ا") and len(b) > 3 else b
        sector = _FORCE_ADJECTIVES.get(s.norms[k + 1])
        if b in _FORCE_PLACES and sector is not None:
            if _owned_after(s, k + 2) or s.norms[k - 1] in _NEAR:
                # دورية عسكرية تابعة للحوثيين: the owner named is the target; قرب قافلة
                # عسكرية: near it, not hit
                return None
            t0, t1 = s.idx[k], s.idx[k + 1] + len(s.words[k + 1])
            return A.sector_group(sector, "", " ".join(s.words[k : k + 2]), start=t0, end=t1)
    return None


def _owned_after(s: Sentence, k: int) -> bool:
    """An owner named right after a post (تابعة لقوات التحالف، للحوثيين، لداعش)."""
    lam = {x.start for x in s.phrases if x.prefix.lstrip("وف").startswith("ل")}
    for j in range(k, min(s.end, k + 3)):
        if j in lam or s.norms[j] in LOYAL_WORDS:
            return True
        if s.norms[j] in CLAUSE_PUNCT:
            return False
    return False


def _implicit_target(s: Sentence, r: _Reading) -> Actor | None:
    """A target named without an actor phrase: whom a threatened act would hit (هددت
    بضرب القواعد الأمريكية), the place an attack hit (قصفت الطائرات حلب)."""
    if r.plover == "THREATEN":
        hit = _complement_object(s, r.p)
        return hit.actor if hit is not None else None
    if r.plover in ("ASSAULT", "COERCE") and not r.victims:
        return _natives_of(s, r) or _attacked_place(s, r) or _foreign_ground(s, r)
    if r.action.id in _CONDEMNING:
        return _owner_of_condemned(s, r)
    return None


_CONDEMNED_REACH = 12


def _owner_of_condemned(s: Sentence, r: _Reading) -> Actor | None:
    """تدين التصريحات العدائية من قبل مسؤولي X، ندد بـ«الأنشطة المزعزعة» لإيران: whose
    words or deeds are condemned (their agent, or their owner with لـ) is the target."""
    p = r.p
    end = min(p.clause.end, p.end + _CONDEMNED_REACH)
    own = {x.start for x in r.src_phrases}
    # (past a subject after the verb: دانت الوزارة بشدة مصادقة ...)
    after = r.past_subject
    agent = agent_phrase(s, p.clause.phrases, p.end, end) or _doer_of_condemned(s, p, after, end)
    if agent is not None and agent.start not in own:
        return agent.actor
    # (من قبل مسؤولي الجمهورية الإيرانية: by the officials of the state named)
    by = next((k for k in range(p.end + 1, end) if s.norms[k - 1 : k + 1] == ["من", "قبل"]), None)
    for x in p.clause.phrases:
        if by is not None and by + 1 < x.start <= by + 2 and x.start not in own:
            return x.actor
        if p.end < x.start < end and x.start not in own:
            prev = s.norms[x.start - 1]
            said = prev in _CLOSERS or bare(prev) in SAID_THINGS
            if said and x.prefix.lstrip("وف").startswith("ل"):
                return x.actor
    speaker = _speaker_of_said(s, p, min(p.clause.end, p.end + _CONDEMNED_REACH + _TITLE_RUN))
    return speaker.actor if speaker is not None and speaker.start not in own else None


def _speaker_of_said(s: Sentence, p: Predicate, end: int) -> Phrase | None:
    """استنكر تصريحات نائب رئيس الجمهورية العراقي نوري المالكي: the words condemned (no
    article: in construct), then the titles of whose they are, then his name."""
    k = next((j for j in range(p.end, end) if s.norms[j] in SAID_THINGS), None)
    if k is None or s.norms[k - 1] in PREPOSITIONS:
        return None  # (أدان في بيان نشرته الوكالة: where it was said, not what)
    nisba = None  # (عضو مجلس الشورى الإيراني فلان: a name no table knows, his state's)
    for j in range(k + 1, min(s.end, k + 1 + _TITLE_RUN)):
        x = next((x for x in p.clause.phrases if x.start == j), None)
        if x is not None and not x.adjectival:
            return x
        nisba = nisba or x
        w = s.norms[j]
        if not w.isalpha() or w in FUNCTION_WORDS or (j == k + 1 and w in TIME_WORDS):
            break
    return nisba


# The most words of titles between the words condemned and the name of who said them.
_TITLE_RUN = 6


def _doer_of_condemned(s: Sentence, p: Predicate, k: int, end: int) -> Phrase | None:
    """دانت الخارجية مصادقة لجنة التخطيط الإسرائيلية على خطة: the verbal noun condemned
    (at ``k``), its genitive, then the noun's own preposition: the genitive did it."""
    while k < end and (s.norms[k] in FOLLOWER_WORDS or s.norms[k] in _MANNER):
        k += 1  # (بشدة، أمس)
    act = next((h for h in s.hits["trigger"] if h.start == k and h.kind == "noun"), None)
    # (the genitive may be a body no lexicon names, known by its nisba: لجنة التخطيط
    # الإسرائيلية)
    gen = next((x for x in p.clause.phrases if act and act.end <= x.start <= act.end + 2), None)
    if gen is None or "ال" in act.first.prefix:
        return None
    if any(
        not s.norms[i].isalpha() or s.norms[i] in FUNCTION_WORDS for i in range(act.end, gen.start)
    ):
        return None
    j = gen.end
    while j < end and adjective_like(s.norms[j], True) and s.norms[j] not in FUNCTION_WORDS:
        j += 1
    preps = _preps(act)
    return gen if j < end and bare(s.norms[j]) in preps and gen.actor.type != "concept" else None


# "Sons of" a place: its natives (اختطف التنظيم 200 من أبناء مدينة حمص).
_NATIVES = {normalize(w) for w in ("أبناء", "ابناء")}
_NATIVES_REACH = 8


def _natives_of(s: Sentence, r: _Reading) -> Actor | None:
    """Whom an attack or an arrest took, counted as natives of a place (عشرات من أبناء
    قرية X في ريف حلب): the civilians of that place's country."""
    p = r.p
    end = min(p.clause.end, p.end + _NATIVES_REACH)
    k = next((k for k in range(p.end, end) if s.norms[k] in _NATIVES), None)
    if k is None or k + 1 >= s.end or s.norms[k - 1] != "من":
        return None
    places = place_hits(s, ("city", "metonym", "country"))
    nxt = s.norms[k + 1]
    if k + 1 not in places and bare_word(nxt) not in PLACE_NOUNS and nxt not in PLACE_NOUNS:
        return None  # (أبناء الملك: his sons; only the natives of a place named so)
    j = next((j for j in range(k + 1, min(s.end, k + 8)) if j in places), None)
    if j is not None:
        return _civilians_of(s, places[j], k)
    where = place_of(s)
    if where is None or where.country not in A.countries():
        return None
    t0, t1 = s.idx[k], s.idx[k + 1] + len(s.words[k + 1])
    return A.country(where.country, " ".join(s.words[k : k + 2]), "CVL", start=t0, end=t1)


def _foreign_ground(s: Sentence, r: _Reading) -> Actor | None:
    """An air strike or shelling by a state's forces in another country, with no one
    named as hit (القصف التركي في شمال العراق): the act hit that country, as ICEWS codes
    a cross-border strike."""
    if r.action.id not in _MILITARY_ACTIONS or r.targets or r.victims:
        return None
    home = {a.country for a in r.sources if a is not None and a.country in A.countries()}
    if len(home) != 1:
        return None
    killed = _killed_in_it(s, r)
    if killed is not None and killed.actor.id not in {a.id for a in r.sources if a}:
        return killed.actor  # (X قتل في ضربة أمريكية في سوريا: X, not Syria)
    places = place_hits(s, ("city", "country"))
    own = {k for x in r.src_phrases for k in range(x.start, x.end)}  # (القصف التركي)
    for k in range(r.p.end, min(r.p.clause.end, r.p.end + 8)):
        if s.norms[k] in CLAUSE_PUNCT or (k in s.in_phrase and k not in own and k not in places):
            return None  # (past another actor: it may be whom the strike aimed at)
        h = places.get(k)
        if h is not None and _located(s, k):
            iso3 = h.entry.get("iso3")
            if iso3 in home or iso3 not in A.countries():
                return None
            hit = _people_hit_after(s, h.end)
            if hit is not None:
                return hit.actor  # (غارة في مأرب أدت إلى مقتل أربعة من القاعدة: whom it hit)
            return city_state(s, h)
    return None


def city_state(s: Sentence, h: Hit) -> Actor:
    """A city's name at hit ``h`` read as its state, with the name's own words."""
    text = " ".join(s.words[h.start : h.end])
    t0, t1 = s.idx[h.start], s.idx[h.end - 1] + len(s.words[h.end - 1])
    return A.country(h.entry.get("iso3"), text, start=t0, end=t1)


_HIT_REACH = 12
_HIT_OBJECT_REACH = 5


def _people_hit_after(s: Sentence, k: int) -> Phrase | None:
    """The people an act of violence told after ``k`` hit (أدت إلى مقتل أربعة عناصر من
    القاعدة، استهدفت مقرات الحركة): when the people hit are named, they are the target
    and a place before them is only where it happened."""
    at = next(
        (
            h.end
            for h in s.hits["trigger"]
            if k <= h.start < k + _HIT_REACH and action_plover(h) == "ASSAULT"
        ),
        None,
    )
    # (غارات في شمال مالي بعد مقتل أحد جنودها: a death told as the time before is not it)
    if at is None or any(s.norms[j] in BACKGROUND for j in range(k, at)):
        return None
    return next(
        (
            x
            for x in s.phrases
            if at <= x.start < at + _HIT_OBJECT_REACH
            and not (x.actor.type == "country" and x.actor.sector is None)
            and not any(s.norms[j] in CLAUSE_PUNCT for j in range(at, x.start))
        ),
        None,
    )


_KILLED_GAP = 3
_KILLED_REACH = 8


def _killed_in_it(s: Sentence, r: _Reading) -> Phrase | None:
    """The one a verb of killing right before the act noun tells killed in it (قتل
    القيادي في التنظيم X في ضربة جوية، قتل بغارة): the phrase before the verb, its
    subject, or the ones counted after it."""
    p = r.p
    after_in = p.start > s.start and s.norms[p.start - 1] in ("في", "ب")
    i = p.start - 1 if after_in else p.start
    if not after_in and not p.hit.first.prefix.endswith("ب"):
        return None
    # (قتل ثلاثة مدنيين في غارة: the ones killed may come between the verb and the act)
    verb = next(
        (
            h
            for h in s.hits["trigger"]
            if 0 <= i - h.end <= _KILLED_REACH
            and h.kind == "verb"
            and h.entry.get("action_id") in VICTIM_ACTIONS
        ),
        None,
    )
    if verb is None:
        return None
    return next(
        (
            x
            for x in reversed(s.phrases)
            if verb.start - _KILLED_GAP <= x.end <= i
            and (x.end <= verb.start or x.start >= verb.end)
            and x not in r.src_phrases
            and not (x.actor.type == "country" and x.actor.sector is None)
            and not any(s.norms[j] in CLAUSE_PUNCT for j in range(x.end, i))
        ),
        None,
    )


_CIVILIAN_REACH = 8


def _civilian_place(s: Sentence, r: _Reading) -> Actor | None:
    """A place of civilians the attack hit, in a city named after it: its civilians."""
    p = r.p
    end = min(p.clause.end, p.end + _CIVILIAN_REACH)
    k = next(
        (k for k in range(p.end, end) if _civilian_word(s.norms[k]) or _residential(s, k)), None
    )
    if k is None or any(s.norms[j] in CLAUSE_PUNCT for j in range(p.end, k)):
        return None
    # (a capital after في is a place too: منازل في صنعاء)
    places = place_hits(s, ("city", "metonym", "country"))
    if k in places:
        return _civilians_of(s, places[k], k)  # a site named so: المسجد الأقصى، مخيم جنين
    for j in range(k + 1, min(p.clause.end, k + _CIVILIAN_REACH)):
        # (أحياء مدينة تعز: the city the places belong to, in the construct state)
        chain = [bare_word(s.norms[i]) for i in range(k + 1, j + 1)]
        owned = len(chain) > 1 and all(w in PLACE_NOUNS for w in chain[:-1])
        owned = owned or chain[0] in PLACE_NOUNS  # (the city's name opens with مدينة)
        if j in places and (_located(s, j) or owned):
            return _civilians_of(s, places[j], k)
        if j in s.in_phrase and j not in places:
            # (منازل المواطنين: the people named are the target; منزل عائلة فلسطينية:
            # the owners' nationality, civilians of that country)
            return _owners_nationality(s, r, k, j)
        if s.norms[j] in CLAUSE_PUNCT:
            break
    return _worshippers(s, k)


_OWNER_GAP = 2


def _owners_nationality(s: Sentence, r: _Reading, k: int, j: int) -> Actor | None:
    """The place of civilians at ``k`` is described by a nationality at ``j`` soon after
    it (منزل عائلة فلسطينية): the civilians of that country (not when the act's doer was
    read from that nationality: حافلة إيرانية is no Iranian attacker)."""
    x = next((x for x in s.phrases if x.start == j), None)
    if x is None or j - k > _OWNER_GAP or not x.adjectival or x.actor.sector:
        return None
    if x in r.src_phrases:
        return None
    # (مسجد بالعاصمة الكويتية: a place it is in, not its owners)
    if x.prefix not in ("", "ال") or any(
        bare_word(s.norms[i]) in PLACE_NOUNS for i in range(k + 1, x.end)
    ):
        return None
    t0, t1 = s.idx[k], s.idx[x.end - 1] + len(s.words[x.end - 1])
    text = " ".join(s.words[k : x.end])
    return A.country(x.actor.country, text, "CVL", start=t0, end=t1)


def _worshippers(s: Sentence, k: int) -> Actor | None:
    """A house of worship hit with no city named (التفجير في مسجد الإمام علي): its
    worshippers, civilians of the country where it happened (kg.actors.LOCAL_SECTORS:
    the article's place fills it in)."""
    noun = bare_word(s.norms[k])
    if noun not in _WORSHIP:
        return None
    # (اقتحمت المسجد الأقصى وهاجمت المتواجدين في المسجد: the site named before)
    named = place_hits(s, ("city", "metonym"))
    site = next((h for j, h in named.items() if j < k and bare_word(s.norms[j]) == noun), None)
    if site is not None and s.norms[k].startswith("ال"):
        return _civilians_of(s, site, site.start)
    end = k + 1  # (مسجد الرحمة: the noun in construct with its name)
    if end < s.end and not s.norms[k].startswith("ال") and s.norms[end].startswith("ال"):
        end += 1
    t0, t1 = s.idx[k], s.idx[end - 1] + len(s.words[end - 1])
    return A.sector_group("CVL", "", " ".join(s.words[k:end]), start=t0, end=t1)


_BOMBED_REACH = 12


def _bombed_town(s: Sentence, r: _Reading) -> Actor | None:
    """An attack no one is named in, told with the town where it struck (التفجير الذي
    وقع في بلدة سروج، انفجار في بغداد): the civilians there, as the gold and ICEWS code
    an unclaimed bombing; not past a place of forces (في قاعدة عسكرية)."""
    p = r.p
    if p.kind != "noun" or p.hit.first.suffix or r.action.id in _MILITARY_ACTIONS:
        return None  # (a verb names its own object; air strikes and shelling aim at forces)
    if p.hit.entry.words[0] in VICTIM_NOUNS:
        return None  # (مقتل قائد الكتائب: the one killed is named, if not known)
    places = place_hits(s, ("city", "metonym", "country"))
    # (into a relative clause that tells it: التفجير الذي أسفر عن سقوط 32 قتيلا في سروج)
    relative = p.clause.end < s.end and s.norms[p.clause.end] in RELATIVES
    end = s.end if relative else p.clause.end
    for j in range(p.end, min(end, p.end + _BOMBED_REACH)):
        if s.norms[j] in CLAUSE_PUNCT or (
            _hit_place(s.norms[j]) and not _civilian_word(s.norms[j])
        ):
            return None
        if j in places and _located(s, j):
            return _civilians_of(s, places[j], places[j].start)
        if j in s.in_phrase and j - 1 >= p.end and _civilian_word(s.norms[j - 1]):
            return None  # (مسجد قوات الطوارئ: the place's owners named are the target)
    return None


def _civilians_of(s: Sentence, h: Hit, k: int) -> Actor:
    """The civilians of the place ``h``, named by the words from ``k`` to its end."""
    t0, t1 = s.idx[k], s.idx[h.end - 1] + len(s.words[h.end - 1])
    return A.country(h.entry.get("iso3"), " ".join(s.words[k : h.end]), "CVL", start=t0, end=t1)


def _located(s: Sentence, j: int) -> bool:
    """The place at ``j`` follows في or ب, past place nouns (في مدينة تعز، بمحافظة لحج)."""
    k = j
    while k > s.start and (
        bare_word(s.norms[k - 1]) in PLACE_NOUNS
        or s.norms[k - 1] in PLACE_NOUNS
        or _civilian_word(s.norms[k - 1])
        or s.norms[k - 1] in _ONE_OF
    ):
        k -= 1  # (في أحد مساجد محافظة القطيف: past the places in it)
    first = s.norms[k]
    # (قرية شمال أربيل، في شمال العراق: past the side of it)
    side = k > s.start and s.norms[k - 1] in LOCATIVES and s.norms[k - 1] not in _OUTSIDE
    return (k > s.start and s.norms[k - 1] in ("في", "وفي")) or first[:1] == "ب" or side


# Sides that put a place outside where it happened (خارج العراق).
_OUTSIDE = {"خارج"}


# Adjectives of housing: what they describe is where civilians live (مناطق سكنية).
_RESIDENTIAL = {normalize(w) for w in ("سكني", "سكنية", "سكنيا", "سكنيه", "السكني", "السكنية")}


def _residential(s: Sentence, k: int) -> bool:
    """A noun described as residential (مجمعا سكنيا، مناطق سكنية، الأبنية السكنية)."""
    return k + 1 < s.end and s.norms[k + 1] in _RESIDENTIAL and s.norms[k].isalpha()


def _attacked_place(s: Sentence, r: _Reading) -> Actor | None:
    """A city that is the object of an attack, a siege or a raid (قصفت الطائرات حلب،
    محاصرة مدينة الفلوجة، هجوم على بلدة مضايا): the act hit that country there."""
    p = r.p
    if p.kind == "verb" and not r.src_phrases:
        return None  # احتلت مدينة مكة المرتبة الأولى: right after the verb, its subject
    own = {k for x in r.src_phrases for k in range(x.start, x.end)}
    # (سيطرت المقاومة الموالية للحكومة أمس على: past whom the doer serves and the day)
    served = {k for x in s.phrases if _after_loyal(s, x) for k in range(x.start, x.end)}
    cities = place_hits(s, ("city",))
    # (على العاصمة صنعاء: a capital read as its state is the city after a place noun)
    capitals = place_hits(s, ("metonym",))
    names, on = 0, False
    for k in range(p.end, min(p.clause.end, p.end + 12)):
        w = bare_word(s.norms[k])
        if k in own or (not on and (k in served or w in LOYAL_WORDS or w in TIME_WORDS)):
            continue
        if k in cities or (k in capitals and k > p.end and _place_noun(s.norms[k - 1])):
            return city_state(s, cities.get(k) or capitals[k])
        if s.norms[k] in ("علي", "ضد"):
            on = True
            continue
        if _place_noun(s.norms[k]) or w in _CAPITAL_WORDS:
            continue
        # على الحوطة عاصمة محافظة لحج: one word of a place the tables lack, then its province
        if not on or k in s.in_phrase or not s.norms[k].isalpha() or names:
            return None
        names += 1
    return None


def _place_noun(w: str) -> bool:
    """A place noun, also in the dual construct (قصفت قريتي نبل والزهراء، مدينتي إدلب
    وجسر الشغور: مدينة + تي)."""
    b = bare_word(w)
    return b in PLACE_NOUNS or (b.endswith("تي") and b[:-2] + "ه" in PLACE_NOUNS)


# Nouns of a place's rank before the province it is in (عاصمة محافظة لحج).
_CAPITAL_WORDS = {normalize(w) for w in ("عاصمة", "مركز", "كبرى")}


def _after_loyal(s: Sentence, x: Phrase) -> bool:
    """The phrase is whom a loyalty word before it names (الموالية للحكومة), past a title
    with ل and its adjectives (الموالية للعقيد الراحل معمر القذافي, الموالين للزعيم السابق)."""
    k = x.start - 1
    while k > s.start and k > x.start - 4 and s.norms[k].startswith("ال"):
        if s.norms[k] in LOYAL_WORDS:
            return True
        k -= 1  # (السابق, اليمني: the title's adjectives)
    if k > s.start and k < x.start - 1 and s.norms[k].startswith("ل"):
        k -= 1  # (للرئيس: the title with ل)
    return k >= s.start and s.norms[k] in LOYAL_WORDS


def _charge(s: Sentence, p: Predicate) -> bool:
    """The noun with بـ after an accusing verb is the charge (اتهمت المعارضة الحكومة
    بقصف المدنيين, اتهم إيران بدعم الإرهاب): what one side says the other did, coded
    as the accusation only (ندد باعتقال: the act denounced is another verb's)."""
    by = p.hit.first.prefix.lstrip("وف").startswith("ب")
    return by and "accuse" in _verbs_before(s, p)


_NEAR = {normalize(w) for w in ("قرب", "بالقرب", "القريبة", "القريب", "قريبة", "قريبا", "مقربة")}


def _complement_object(s: Sentence, p: Predicate) -> Phrase | None:
    """The first actor right after an event noun that follows the trigger (its object,
    the owner of its object, or a nationality on it)."""
    nxt = next(
        (h for h in s.hits["trigger"] if p.end <= h.start <= p.end + 6 and h.kind == "noun"), None
    )
    if nxt is None:
        return None
    return next((x for x in s.phrases if nxt.end <= x.start <= nxt.end + 2), None)


def place_of(s: Sentence) -> Actor | None:
    """Where the sentence happens: في + a country or capital, a place noun with a
    nisba (مدن إيرانية، العاصمة السودانية), or the subject of شهد (شهدت تركيا)."""
    triggers = {h.start for h in s.hits["trigger"]}
    town = _town_of_a_nation(s)
    for x in s.phrases:
        if town is not None and (town.start or 0) < s.idx[x.start]:
            return town  # (في بلدة X التركية ... في شمال سورية: the first place said)
        prev = s.norms[x.start - 1] if x.start > s.start else ""
        if x.actor.country is None or x.actor.type != "country":
            continue
        if prev in ("في", "وفي") or prev in PLACE_NOUNS or prev in WITNESS or prev in LOCATIVES:
            return x.actor  # (في مدينة حلب: the city is a place phrase of its own)
        if x.head == "demonym" and bare_word(prev) in PLACE_NOUNS:
            return x.actor  # قصف للمناطق الباكستانية, بالمدن الإيرانية: places of that state
        if x.head == "city" and in_place_noun(s.norms[x.start]):
            return x.actor  # بمنطقة عسير: "in" on the place noun of the name
        if any(s.norms[k] in WITNESS for k in range(x.end, min(s.end, x.end + 3))):
            return x.actor  # وكانت مدينة حلب تشهد معارك: the place that saw it
        if x.prefix == "بال" and prev.isalpha() and x.start - 1 not in triggers:
            if x.head != "role":  # (الدبلوماسي بالسفارة الأميركية: his post, not where)
                return x.actor  # مسجد بالكويت: in Kuwait (نددت بالكويت: an object)
    # بريف حلب, بمدينة حمص: a city after ب and a place noun, where no other place is said
    placed = next(
        (
            x.actor
            for x in s.phrases
            if x.head == "city" and x.start > s.start and in_place_noun(s.norms[x.start - 1])
        ),
        None,
    )
    return placed or town or _city_attacked(s)


# Words of a town's name the lexicon does not know, between its place noun and its
# nationality (في بلدة X التركية, في مدينة X Y السورية).
_TOWN_NAME_WORDS = 2


def _town_of_a_nation(s: Sentence) -> Actor | None:
    """في مدينة X التركية, ببلدة X السورية: a town the lexicon does not know, named after
    في and a place noun, with its state's nationality after its name: in that state (the
    matcher reads such a nisba as a name's genitive, no actor: _genitive_nisba)."""
    for k in range(s.start, s.end - 2):
        w = s.norms[k]
        after_in = k > s.start and s.norms[k - 1] in ("في", "وفي")
        # (بلدة: ب of its stem, no preposition)
        if not in_place_noun(w) and not (
            after_in and (w in PLACE_NOUNS or bare_word(w) in PLACE_NOUNS)
        ):
            continue
        for j in range(k + 2, min(s.end, k + 2 + _TOWN_NAME_WORDS)):
            if any(i in s.in_phrase or not s.norms[i].isalpha() for i in range(k + 1, j)):
                break
            iso3 = _nationality(s.norms[j])
            if iso3 is not None:
                return A.country(iso3, s.words[j], start=s.idx[j])
    return None


def _nationality(word: str) -> str | None:
    """التركية, السوري: the country of a definite singular nisba of the lexicon."""
    for stem, a in stem_map(word).items():
        if a.prefix != "ال" or a.suffix not in ("", "ه"):
            continue
        for e in load_lexicon().nouns["actor"].get(stem, ()):
            if e.kind == "demonym" and e.words == (stem,):
                return e.get("iso3")
    return None


def _city_attacked(s: Sentence) -> Actor | None:
    """غارات للتحالف على صعدة: a city an attack is on is where it happens."""
    attacks = [h.end for h in s.hits["trigger"] if action_plover(h) == "ASSAULT"]
    return next(
        (
            x.actor
            for x in s.phrases
            if x.head == "city"
            and x.start > s.start
            and s.norms[x.start - 1] in ("على", "علي")
            and any(0 < x.start - end <= 3 for end in attacks)
        ),
        None,
    )
