"""English actor phrases -> ``Actor`` records.

The name matcher (``kg.lang.en.names``) marks names of countries,
capitals/institutions (metonyms), organisations and known persons (lexicon and
knowledge base);
``ActorResolver`` turns the head token of a noun phrase into an ``Actor``
from the name it holds, demonym modifiers ("Iranian forces"), role nouns
("foreign minister" -> GOV), possessives ("Lebanon's president"),
appositions and ``of``/``in``/``from`` phrases. It also keeps a small
per-document memory of actors for pronouns and definite descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kg import actors as kga
from kg.lang.en.frames import PARTITIVES
from kg.lang.en.lexicon import FORMER, Lexicon, NameEntry, lexicon
from kg.records import Actor

__all__ = ["ActorResolver", "Resolved"]

# Generic role heads whose sector yields to a more specific modifier ("rebel leaders").
GENERIC_ROLES = frozenset(
    "leader official member spokesman spokeswoman spokesperson head chief representative "
    "delegation source sources envoy group union association federation syndicate".split()
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
DEFINITE_STATE = frozenset({"country", "nation", "state", "kingdom", "republic"})
# A city/country name followed by one of these names something else ("Washington Post").
NAME_BREAKERS = frozenset(
    "Post Times Herald Journal Daily Tribune Review News Radio Television TV University Airport "
    "Stock Exchange Gazette Observer Chronicle Telegraph Star Mail Globe Standard".split()
)
# Prepositions whose object tells an actor's country ("rebels in Chad", "leaders of Hamas").
ACTOR_PREPS = frozenset({"of", "in", "from", "throughout", "across"})
# For other nouns any attached actor may be the one meant ("an offer from X", "calls by X").
WEAK_PREPS = ACTOR_PREPS | {"by", "for", "against", "to", "with", "on", "at"}
# A country named later in the same sentence is the best guess when none came before.
LATER_OK = True
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "noone", "neither", "nothing"})
# Places where two countries meet: a phrase located there belongs to neither.
EDGES = frozenset({"border", "frontier", "coast", "edge", "outskirts", "boundary"})
# Bodies, not people: a name in apposition names the body ("the newspaper La Prensa").
INSTITUTIONS = frozenset(
    "newspaper paper daily weekly magazine broadcaster channel station agency party movement "
    "company firm bank".split()
)
# Heads that make a leader's name stand for the government ("the Assad regime").
REGIME_HEADS = frozenset({"administration", "government", "regime", "cabinet", "camp"})
# Nouns of a relation to the possessor: "Israel's militia ally" is not Israel's own body.
RELATION_HEADS = frozenset(
    "ally proxy rival enemy foe adversary opponent critic neighbour neighbor".split()
)
# Prepositions that place a group in a country ("Albanians of southern Serbia", "Kurds in Iraq").
PLACE_PREPS = frozenset({"of", "in", "from", "inside"})
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# A state's missions abroad: a place "at the embassy in X" is in X, not in the state.
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
# Prepositions that give where an event happened ("killed 20 people in Gaza").
LOCATION_PREPS = frozenset(
    {"in", "near", "outside", "inside", "at", "across", "throughout", "around", "along"}
)


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swap = a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
        return swap or a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def _misspelt_country(text: str, lx: Lexicon) -> str | None:
    """'Afganistan', 'Ethopia': a place name one typo away from exactly one country name."""
    low = text.lower().removesuffix("'s")
    if len(low) < 6:
        return None
    hits = {
        iso
        for n in (len(low) - 1, len(low), len(low) + 1)
        for name, iso in lx.country_names.get(n, ())
        if _one_edit(low, name)
    }
    return hits.pop() if len(hits) == 1 else None


def _against(t: Token) -> bool:
    """'anti-Syria journalist', 'pro-Iran militia': the name is not the actor's country."""
    i = t.i
    doc = t.doc
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro"):
        return True
    return i >= 1 and doc[i - 1].lower_ in ("anti-", "pro-")


def _parse_ent_id(ent_id: str) -> NameEntry | None:
    parts = ent_id.split(":")
    if len(parts) != 3 or parts[0] not in ("country", "org", "person"):
        return None
    return NameEntry(parts[0], parts[1], parts[2] or None)


@dataclass
class Resolved:
    """An actor and how it was found: ``weak`` when no name or role backs it."""

    actor: Actor
    weak: bool = False
    coref: bool = False
    via: str = ""  # the frame slot it filled: "obj", "with", ...


class _Facts:
    """What the words of one noun phrase say about its actor."""

    __slots__ = (
        "country",
        "org",
        "person",
        "pid",
        "sector",
        "generic",
        "demonym_head",
        "place",
        "ethnic",
        "people",
        "former",
    )

    def __init__(self) -> None:
        self.country: str | None = None
        self.org: str | None = None
        self.person: str | None = None
        self.pid: str | None = None
        self.sector: str | None = None
        self.generic: bool = False
        self.demonym_head = False
        self.place: str | None = None  # country of an of/in phrase
        self.ethnic: str | None = None  # "ethnic Albanians": a people, not a state
        self.people: tuple[str, str, str] | None = None  # peoples.tsv: code, kin, name
        self.former = False


class ActorResolver:
    """Resolves noun-phrase heads of one ``Doc`` to actors (build one per doc)."""

    def __init__(self, doc: Doc, lx: Lexicon | None = None):
        self.doc = doc
        self.lx = lx or lexicon()
        self.when = doc._.kg_date if Doc.has_extension("kg_date") else None  # article date
        self.ent_at: dict[int, tuple[int, int, NameEntry | None, str]] = {}
        self.norp: list[tuple[int, str]] = []  # demonym entities: (token index, iso3)
        for ent in doc.ents:
            if ent.label_ == "NORP":
                iso = self.lx.demonyms.get(ent.text.lower()) or self.lx.demonyms.get(ent[-1].lower_)
                if iso:
                    self.norp.append((ent.start, iso))
                continue
            entry = _parse_ent_id(ent.ent_id_) if ent.ent_id_ else None
            if entry is None and ent.label_ == "GPE" and len(ent) == 1:
                iso = _misspelt_country(ent.text, self.lx)
                entry = NameEntry("country", iso) if iso else None
            if entry is None and ent.label_ != "PERSON":
                continue
            if entry is None and all(t.lower_ in self.lx.demonyms for t in ent):
                continue  # "Bosnian Serbs", "Ugandan" mistaken for a person
            if (
                entry
                and entry.kind == "country"
                and ent.end < len(doc)
                and doc[ent.end].text in NAME_BREAKERS
            ):
                continue
            for i in range(ent.start, ent.end):
                self.ent_at[i] = (ent.start, ent.end, entry, ent.label_)
        # demonyms the NER missed or mislabelled also place the text in a country
        seen_norp = {i for i, _ in self.norp}
        for t in doc:
            if (
                t.i not in seen_norp
                and t.i not in self.ent_at
                and t.text[:1].isupper()
                and t.lower_ in self.lx.demonyms
            ):
                self.norp.append((t.i, self.lx.demonyms[t.lower_]))
        self._cache: dict[int, Resolved | None] = {}
        self._memory: list[tuple[int, Actor]] | None = None
        self._country_list: list[tuple[int, str]] | None = None

    # ------------------------------------------------------------------ public
    def resolve(self, tok: Token, *, weak_ok: bool = True, depth: int = 0) -> Resolved | None:
        """The actor named by the noun phrase headed by ``tok``, or None."""
        key = tok.i * 2 + int(weak_ok)
        if key in self._cache:
            return self._cache[key]
        res = self._resolve(tok, weak_ok, depth)
        self._cache[key] = res
        return res

    def is_negative(self, tok: Token) -> bool:
        """'Nobody', 'no country', 'none of them' as a subject."""
        if tok.lower_ in NEGATIVE_SUBJECTS or tok.lower_ == "no one":
            return True
        return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children)

    def antecedent(self, tok: Token) -> Actor | None:
        """The most recent compatible actor before ``tok`` (pronouns, 'the country')."""
        low = tok.lower_
        for start, actor in reversed(self._mentions()):
            if start >= tok.i:
                continue
            if low in PERSON_PRONOUNS:
                if actor.type == "person":
                    return actor
            elif low in THING_PRONOUNS or tok.lemma_.lower() in DEFINITE_STATE:
                if actor.type in ("country", "organisation", "group") and not (
                    low != "its"
                    and tok.lemma_.lower() in DEFINITE_STATE
                    and actor.type != "country"
                ):
                    return actor
            elif actor.type != "person" or low in PLURAL_PRONOUNS:
                return actor
        return None

    def last_country(self, before: int) -> str | None:
        """ISO3 of the last country named before token ``before`` (for 'the government')."""
        for start, actor in reversed(self._mentions()):
            if start < before and actor.type == "country" and actor.country:
                return actor.country
        return None

    def context_country(self, tok: Token, skip: str | None = None) -> str | None:
        """The country an actor without one most likely belongs to.

        The last country named (or given by a demonym) before ``tok`` in the
        article, else the first one after it in the same sentence. Names inside
        the phrase of ``tok`` itself do not count, nor the country ``skip``.
        """
        best: tuple[int, str] | None = None
        later: tuple[int, str] | None = None
        sent_end = tok.sent.end
        lo = tok.left_edge.i
        for start, iso in self._countries():
            if lo <= start <= tok.i or iso == skip or _relation_owner(self.doc[start]):
                continue
            if start < tok.i:
                best = (start, iso)
            elif start > tok.i and start < sent_end and later is None:
                later = (start, iso)
        if best is not None:
            return best[1]
        return later[1] if (later and LATER_OK) else None

    def location(self, tok: Token) -> str | None:
        """The country where the clause of ``tok`` happens: 'in Gaza', 'near Basra'."""
        kids = list(tok.children)
        kids += [g for c in kids if c.dep_ == "advcl" for g in c.children]
        for c in kids:
            if c.dep_ != "prep" or c.lower_ not in LOCATION_PREPS:
                continue
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
            # "outside of X", "near to X"
            for p in c.children:
                if p.dep_ == "prep":
                    pobjs += [g for g in p.children if g.dep_ == "pobj"]
            for p in pobjs:
                if p.lemma_.lower() in MISSIONS and (host := self.location(p)):
                    return host  # "outside the U.S. embassy in Cairo": in Egypt
                r = self.resolve(p)
                if r is not None and not r.coref and r.actor.country in kga.countries():
                    return r.actor.country
        return None

    def countries(self) -> list[tuple[int, str]]:
        """(token index, ISO3) of every country named or given by a demonym, in order."""
        return self._countries()

    def _countries(self) -> list[tuple[int, str]]:
        if self._country_list is None:
            seen: set[int] = set()
            out = list(self.norp)
            for start, _end, entry, _label in self.ent_at.values():
                if entry is not None and entry.kind == "country" and start not in seen:
                    seen.add(start)
                    out.append((start, entry.code))
            self._country_list = sorted(out)
        return self._country_list

    # ----------------------------------------------------------------- helpers
    def _mentions(self) -> list[tuple[int, Actor]]:
        """Named actors of the doc in text order (built once, on first use)."""
        if self._memory is None:
            self._memory = []  # being built: a resolution inside sees no mentions yet
            seen, out = set(), []
            for i in sorted(self.ent_at):
                start = self.ent_at[i][0]
                if start in seen:
                    continue
                seen.add(start)
                end = self.ent_at[i][1]
                head = self.doc[start:end].root
                # the whole noun phrase: "Ivory Coast rebels", not just "Ivory Coast"
                while head.dep_ in ("compound", "amod") and head.head.pos_ in ("NOUN", "PROPN"):
                    head = head.head
                res = self.resolve(head, weak_ok=False)
                if res is not None:
                    out.append((start, res.actor))
            self._memory = out
        return self._memory

    def _facts(self, tokens, facts: _Facts) -> None:
        """Fill ``facts`` from the words of a phrase, left to right."""
        lx = self.lx
        prev = None
        first = tokens[0].i if len(tokens) else 0
        for t in tokens:
            info = self.ent_at.get(t.i)
            if info is not None:
                entry, label = info[2], info[3]
                if entry is None and label == "PERSON":
                    head = self.doc[info[0] : info[1]].root.head
                    if head.lemma_.lower() in REGIME_HEADS and facts.country is None:
                        # "the Bush administration", "the Assad regime": a leader's government
                        facts.country = lx.surnames.get(self.doc[info[1] - 1].text)
                        prev = t
                        continue
                    if facts.person is None:
                        facts.person = self.doc[info[0] : info[1]].text
                    sec = lx.roles.get(t.lower_)  # titles the NER put inside the name
                    if sec and t.i < info[1] - 1:
                        facts.sector = sec
                elif entry.kind == "country":
                    if facts.country is None and not _against(self.doc[info[0]]):
                        facts.country = entry.code
                    if entry.sector and facts.sector is None and t.i == info[1] - 1:
                        facts.sector = entry.sector
                elif entry.kind == "org":
                    facts.org = facts.org or entry.code
                    if t.i == info[1] - 1 and facts.sector is None:
                        # an office named as a body: "U.N. Secretary-General" -> GOV
                        facts.sector = self._office_role(info[0], info[1])
                elif entry.kind == "person":
                    facts.pid = entry.code
                    facts.person = facts.person or self.doc[info[0] : info[1]].text
                    sec = lx.roles.get(t.lower_)  # "President Bill Clinton" as one name
                    if sec and t.i < info[1] - 1 and t.text[:1].isupper():
                        facts.sector = sec
                prev = t
                continue
            low = t.lower_
            if low in FORMER:
                facts.former = True
            if t.pos_ in ("ADJ", "PROPN", "NOUN") or t.tag_ in ("JJ", "NNP", "NNPS", "NNS", "NN"):
                iso = None
                if prev is not None:
                    iso = lx.demonyms.get(f"{prev.lower_} {low}")
                iso = iso or lx.demonyms.get(low) or _place_in_name(t, lx)
                if _against(t):
                    iso = None
                if iso and prev is not None and prev.lower_ == "ethnic":
                    facts.ethnic = facts.ethnic or iso  # a people: the state comes from context
                elif iso and facts.country is None:
                    facts.country = iso
            lemma = t.lemma_.lower()
            if facts.people is None and not _against(t):
                facts.people = lx.peoples.get(low) or lx.peoples.get(lemma)
            sec = None
            if prev is not None and t.i - 2 >= first:
                # the longest role first: "human rights activist" (OPP), not "rights activist"
                words = f"{self.doc[t.i - 2].lower_} {prev.lower_}"
                sec = lx.roles.get(f"{words} {low}") or lx.roles.get(f"{words} {lemma}")
            if prev is not None and sec is None:
                sec = lx.roles.get(f"{prev.lemma_.lower()} {lemma}") or lx.roles.get(
                    f"{prev.lower_} {low}"
                )
            if t.i >= 2 and self.doc[t.i - 1].text == "-":  # Secretary-General
                sec = sec or lx.roles.get(f"{self.doc[t.i - 2].lower_}-{low}")
            sec = sec or lx.roles.get(lemma) or lx.roles.get(low)
            # adjectives are not roles ("official contact"), nouns and name parts are
            if sec and (t.pos_ in ("NOUN", "PROPN") or t.dep_ == "compound"):
                generic = lemma in GENERIC_ROLES
                if facts.sector is None or not generic or facts.generic:
                    # a specific role beats a generic one; the later (closer to the head) wins
                    if not (generic and facts.sector and not facts.generic):
                        facts.sector, facts.generic = sec, generic
            prev = t

    def _office_role(self, start: int, end: int) -> str | None:
        """The sector of the role word(s) that end a name ("UN Secretary-General")."""
        words = [t.lower_ for t in self.doc[start:end] if t.text != "-"]
        for n in (3, 2):
            if len(words) > n:
                tail = words[-n:]
                sec = self.lx.roles.get(" ".join(tail)) or self.lx.roles.get("-".join(tail))
                if sec:
                    return sec
        return None

    def _resolve(self, tok: Token, weak_ok: bool, depth: int) -> Resolved | None:
        lx = self.lx
        doc = self.doc
        low = tok.lower_
        if low in PRONOUNS and (tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$")):
            ant = self._speaker(tok, depth) or self.antecedent(tok)
            return Resolved(ant, coref=True) if ant else None

        lemma = tok.lemma_.lower()
        # partitives: "thousands of students", "two of its nationals"
        if (lemma in PARTITIVES or tok.like_num) and depth < 3 and tok.i not in self.ent_at:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.resolve(p, weak_ok=weak_ok, depth=depth + 1)

        facts = _Facts()
        left = doc[_left_edge(tok) : tok.i + 1]
        owners = [c for c in tok.lefts if c.dep_ == "poss"]
        if owners and _relation_owner(owners[-1]):
            # the possessor is the other side of the relation, not the actor's owner
            left = doc[owners[-1].right_edge.i + 1 : tok.i + 1]
        self._facts(left, facts)
        if (
            lemma in DEFINITE_STATE
            and any(c.lower_ == "the" for c in tok.lefts)
            and facts.country is None
        ):
            ant = self.antecedent(tok)
            if ant is not None and ant.type == "country":
                return Resolved(kga.country(ant.country, self._text(tok)), coref=True)
        head_info = self.ent_at.get(tok.i)
        head_entry = head_info[2] if head_info else None
        head_is_person = head_info is not None and (
            head_info[3] == "PERSON" and (head_entry is None or head_entry.kind == "person")
        )
        head_role = lx.roles.get(lemma) or lx.roles.get(low)
        if head_is_person and head_entry is None and head_info[0] > 0:
            body = doc[head_info[0] - 1]  # "the Kenyan party Jubilee": the party, no person
            if body.lemma_.lower() in INSTITUTIONS and lx.roles.get(body.lemma_.lower()):
                head_is_person, head_role = False, lx.roles[body.lemma_.lower()]
        if tok.lower_ in lx.plural_demonyms and tok.tag_ in ("NNS", "NNPS"):
            facts.demonym_head = True
        people_head = (
            head_role is None
            and not head_is_person
            and tok.tag_ in ("NNS", "NNPS")
            and (low in lx.peoples or lemma in lx.peoples)
        )
        if people_head:
            head_role = "CVL"  # "Kurds", "Christians": a people, civilians unless a role says

        # appositions and of/in/from/by phrases fill what the left part lacks
        promoted = False
        if head_role is None and tok.pos_ == "NOUN" and facts.sector and not head_entry:
            head_role, promoted = facts.sector, True  # "the opposition coalition", "army convoy"
        preps = ACTOR_PREPS if ((head_role and not promoted) or head_is_person) else WEAK_PREPS
        named = False  # a person in apposition names the role ("his counterpart, X")
        if depth < 3:
            for c in tok.children:
                if c.dep_ == "appos":
                    before = facts.person
                    self._merge(facts, c, depth)
                    named = named or (facts.person is not None and facts.person != before)
                elif c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ != "pobj":
                            continue
                        if c.lower_ in ("on", "at", "near") and p.lemma_.lower() in EDGES:
                            continue  # "a stronghold on the Thai border" is not Thai
                        self._merge(facts, p, depth, place=c.lower_ in PLACE_PREPS)

        if facts.country is None and facts.org is None and depth < 3:
            # "their forces", "its army": the owner's country
            for c in tok.children:
                if c.dep_ == "poss" and c.lower_ in PRONOUNS:
                    own = self.resolve(c, depth=depth + 1)
                    a = own.actor if own is not None else None
                    if a is not None and a.country:
                        if a.type in ("organisation", "group") and a.country in (
                            a.id,
                            *kga.ORG_SLOTS,
                        ):
                            facts.org = a.id
                        else:
                            facts.country = a.country
        text = self._text(tok)
        start, end = self.doc[_left_edge(tok)].idx, tok.idx + len(tok)
        if head_entry is not None and head_entry.kind == "org" and not head_is_person:
            # the lexicon knows the name: "Al-Shabaab" is the group even if NER says person
            return Resolved(
                kga.organisation(head_entry.code, text, start=start, end=end, when=self.when)
            )
        named = named and tok.pos_ == "NOUN" and head_entry is None and lemma not in INSTITUTIONS
        if head_is_person or named or (facts.person and head_role is None and tok.pos_ == "PROPN"):
            name = facts.person or text
            country = facts.country or (
                kga.organisation(facts.org, "", when=self.when).country if facts.org else None
            )
            # a person the tables do not know keeps the country the phrase gives (a title,
            # a demonym, an apposition) or none: a country guessed from the context is
            # more often wrong than right ("Beijing" near a US president)
            sector = facts.sector or (head_role if named else None)
            if facts.former and sector in ("GOV", "MIL", None):
                sector = "ELI"
            actor = kga.person(
                facts.pid,
                text,
                name=name,
                country=country,
                sector=sector,
                start=start,
                end=end,
                when=self.when,
            )
            if facts.pid and sector and not facts.generic and actor.sector != sector:
                # the title in the text says what the person is now ("Prime Minister X")
                actor = replace(actor, sector=sector)
            return Resolved(actor)
        if head_entry is not None and head_entry.kind == "org":
            return Resolved(
                kga.organisation(head_entry.code, text, start=start, end=end, when=self.when)
            )
        if head_entry is not None and head_entry.kind == "country":
            return Resolved(
                kga.country(head_entry.code, text, head_entry.sector, start=start, end=end)
            )
        if head_role or facts.demonym_head:
            sector = facts.sector or head_role or "CVL"
            country = facts.country
            if country is None and facts.org:
                org = kga.organisation(facts.org, text, start=start, end=end, when=self.when)
                if org.country in (None, *kga.ORG_SLOTS) or org.sector in ("IGO", "NGO"):
                    if org.sector in ("IGO", "NGO") and facts.sector and not facts.generic:
                        # "NATO troops", "UN peacekeepers": the body's own force (IGO + MIL)
                        org = kga.organisation_part(org, facts.sector)
                    return Resolved(org)
                country = org.country
                if (
                    facts.sector is None
                    or facts.generic
                    or (facts.sector == "MIL" and org.sector in ("REB", "UAF"))
                ):
                    # "Hamas leaders", "a Hamas commander": a generic or military role in an
                    # armed group takes the group's sector
                    sector = org.sector or sector
            if facts.demonym_head and facts.place:
                country = facts.place  # "the Albanians of southern Serbia"
            if country is None and facts.ethnic:
                # "ethnic Turks": the state they live in, not the kin state
                country = (
                    facts.place
                    or self.location(tok.head)
                    or self.context_country(tok)
                    or facts.ethnic
                )
            if country is None and facts.demonym_head:
                country = lx.demonyms[tok.lower_]
            if facts.former and sector in ("GOV", "MIL"):
                sector = "ELI"
            arg = tok
            if tok.dep_ == "pobj" and tok.head.lower_ == "of":
                arg = tok.head.head  # "hundreds of demonstrators": the count is the argument
            if country is None and sector in kga.LOCAL_SECTORS and arg.dep_ in ARGUMENTS:
                # "gunmen killed 30 villagers in Borno": non-state actors of the place where
                # they act, before any country named nearby (the victims' "Egyptian"); the
                # parse may hang the place on the object ("kidnapped an engineer in Niger")
                country = self.location(arg.head) or next(
                    (
                        iso
                        for o in arg.head.children
                        if o.dep_ == "dobj" and o is not arg
                        if (iso := self.location(o))
                    ),
                    None,
                )
            if country is None:
                # only a hand-written role borrows a country named nearby: the imported
                # ones (pirates, kidnappers) are too often of another country than the text's
                guess = not promoted and (
                    facts.demonym_head
                    or people_head
                    or lemma in lx.own_roles
                    or low in lx.own_roles
                )
                iso = self.context_country(tok) if guess else None
                if iso is None and promoted:
                    return self._weak(facts, text, start, end, weak_ok)
                if iso is None:
                    return None
                actor = kga.country(iso, text, sector, start=start, end=end)
                return Resolved(_of_people(actor, facts), coref=True)
            actor = kga.country(country, text, sector, start=start, end=end)
            return Resolved(_of_people(actor, facts))
        return self._weak(facts, text, start, end, weak_ok)

    def _weak(
        self, facts: _Facts, text: str, start: int, end: int, weak_ok: bool
    ) -> Resolved | None:
        """An actor only hinted at by a modifier or an attached phrase ("Danish web sites")."""
        if not weak_ok:
            return None
        if facts.org:
            return Resolved(
                kga.organisation(facts.org, text, start=start, end=end, when=self.when), weak=True
            )
        if facts.country:
            return Resolved(kga.country(facts.country, text, None, start=start, end=end), weak=True)
        return None

    def _speaker(self, tok: Token, depth: int) -> Actor | None:
        """'X said it/they/he would ...': the pronoun subject is the speaker X."""
        if depth > 2:
            return None
        if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"):
            cur = tok.head.head  # "X said their forces had ..."
        elif tok.dep_ in ("nsubj", "nsubjpass"):
            cur = tok.head
        else:
            return None
        for _ in range(4):
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in self.lx.reporting:
                verb = cur.head
                # "the rebels rejected the plan and said they ...": the subject of the first verb
                while (
                    verb.dep_ == "conj"
                    and not any(c.dep_ == "nsubj" for c in verb.children)
                    and verb.head is not verb
                ):
                    verb = verb.head
                for c in verb.children:
                    if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS:
                        res = self.resolve(c, weak_ok=False, depth=depth + 1)
                        if res is None:
                            return None
                        a = res.actor
                        if tok.lower_ in PERSON_PRONOUNS and a.type not in ("person", "country"):
                            return None
                        if tok.lower_ in THING_PRONOUNS and a.type == "person":
                            return None
                        return a
                return None
            if cur.dep_ in ("conj", "xcomp") and cur.head is not cur:
                cur = cur.head
                continue
            return None
        return None

    def _merge(self, facts: _Facts, tok: Token, depth: int, place: bool = False) -> None:
        res = self.resolve(tok, weak_ok=True, depth=depth + 1)
        if res is None:
            # no actor, but a role word still tells the sector ("leaders of the opposition bloc")
            sub = _Facts()
            self._facts(self.doc[tok.left_edge.i : tok.i + 1], sub)
            if sub.sector and not sub.generic and (facts.sector is None or facts.generic):
                facts.sector, facts.generic = sub.sector, False
            return
        a = res.actor
        if res.coref:
            # a guessed country says nothing, but the role still does ("leaders of the opposition")
            if a.sector and a.sector != "CVL" and (facts.sector is None or facts.generic):
                facts.sector, facts.generic = a.sector, False
            return
        if place and a.type == "country" and a.country and facts.place is None:
            facts.place = a.country
        if a.type == "person":
            facts.person = facts.person or a.label
            if a.id.startswith("person/") and a.qid:
                facts.pid = facts.pid or a.id.split("/", 1)[1]
        if a.type in ("organisation", "group") and a.country in (a.id, *kga.ORG_SLOTS):
            # the body itself, also when named with a role ("NATO-MIL": NATO)
            facts.org = facts.org or (a.id.removesuffix(f"-{a.sector}") if a.sector else a.id)
        elif a.country and facts.country is None and not (place and facts.org):
            # "a Taliban commander in Quetta": the group named, not the place it is in
            facts.country = a.country
        if a.sector and (facts.sector is None or facts.generic):
            facts.sector, facts.generic = a.sector, False

    def _text(self, tok: Token) -> str:
        span = self.doc[_left_edge(tok) : tok.i + 1]
        words = [t for t in span if not (t.i == span.start and t.dep_ == "det")]
        if not words:
            return tok.text
        return self.doc[words[0].i : tok.i + 1].text


_DASHES = frozenset({"-", "–", "—"})


def _of_people(actor: Actor, facts: _Facts) -> Actor:
    """The actor as a people or faith within its state (CAMEO's IRQ + CVL + kur): a people
    with no state of its own always, one with a state only outside it ("ethnic Turks" in
    Sweden, "the Albanians of southern Serbia"), not "Russian troops" in Russia."""
    if facts.people is None:
        return actor
    code, kin, name = facts.people
    if kin and kin == actor.country:
        return actor
    return kga.people_part(actor, code, name)


def _place_in_name(t: Token, lx: Lexicon) -> str | None:
    """A place that opens a body's name (Baghdad University, Cairo Airport): its country."""
    if t.ent_type_ not in ("ORG", "FAC", "GPE") or t.ent_iob_ != "B":
        return None
    e = lx.names.get(t.text)
    return e.code if e is not None and e.kind == "country" else None


def _relation_owner(tok: Token) -> bool:
    """``tok`` owns a relation ("Israel's allies", "Russia's proxy forces"), not a body."""
    while tok.dep_ == "compound" and tok.head is not tok:
        tok = tok.head  # "Saudi Arabia's": the name's last word
    if tok.dep_ != "poss":
        return False
    head = tok.head
    return head.lemma_.lower() in RELATION_HEADS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in RELATION_HEADS for c in head.lefts
    )


def _left_edge(tok: Token) -> int:
    """The first token of ``tok``'s phrase, past a dateline the parse attached to it
    ("CAIRO - Germany's foreign minister": the minister is German, Cairo is where)."""
    lo, sent = tok.left_edge.i, tok.sent
    for t in sent[:4]:
        if t.text in _DASHES and t.i > sent.start and t.i < tok.i:
            head = sent[: t.i - sent.start]
            if all(x.is_upper or x.is_punct for x in head):
                return max(lo, t.i + 1)
    return lo
