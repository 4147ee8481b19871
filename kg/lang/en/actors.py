"""English actor phrases -> ``Actor`` records.

The actor ruler (an ``EntityRuler`` built from the lexicon) marks names of
countries, capitals/institutions (metonyms), organisations and known persons;
``ActorResolver`` turns the head token of a noun phrase into an ``Actor``
from the name it holds, demonym modifiers ("Iranian forces"), role nouns
("foreign minister" -> GOV), possessives ("Lebanon's president"),
appositions and ``of``/``in``/``from`` phrases. It also keeps a small
per-document memory of actors for pronouns and definite descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg import actors as kga
from kg.lang.en.lexicon import Lexicon, NameEntry, lexicon
from kg.records import Actor

__all__ = ["ActorResolver", "Resolved", "make_ruler", "ruler_patterns"]

# Generic role heads whose sector yields to a more specific modifier ("rebel leaders").
GENERIC_ROLES = frozenset(
    "leader official member spokesman spokeswoman spokesperson head chief representative "
    "delegation source sources envoy group".split()
)
# Heads that stand for their "of" phrase ("thousands of students", "members of Hamas").
PARTITIVES = frozenset(
    "thousand thousands hundred hundreds dozen dozens group groups member members some many most "
    "part majority band batch patch contingent number score scores lot tens one two three several "
    "all none unit units team deployment".split()
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


def ruler_patterns(lx: Lexicon) -> list[dict]:
    """EntityRuler phrase patterns for every name of the lexicon."""
    label = {"country": "GPE", "org": "ORG", "person": "PERSON"}
    out = []
    for name, e in lx.names.items():
        out.append({"label": label[e.kind], "pattern": name, "id": _ent_id(e)})
    return out


def _ent_id(e: NameEntry) -> str:
    return f"{e.kind}:{e.code}:{e.sector or ''}"


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


class _Facts:
    """What the words of one noun phrase say about its actor."""

    __slots__ = ("country", "org", "person", "pid", "sector", "generic", "demonym_head")

    def __init__(self) -> None:
        self.country: str | None = None
        self.org: str | None = None
        self.person: str | None = None
        self.pid: str | None = None
        self.sector: str | None = None
        self.generic: bool = False
        self.demonym_head = False


class ActorResolver:
    """Resolves noun-phrase heads of one ``Doc`` to actors (build one per doc)."""

    def __init__(self, doc: Doc, lx: Lexicon | None = None):
        self.doc = doc
        self.lx = lx or lexicon()
        self.ent_at: dict[int, tuple[int, int, NameEntry | None, str]] = {}
        self.norp: list[tuple[int, str]] = []  # demonym entities: (token index, iso3)
        for ent in doc.ents:
            if ent.label_ == "NORP":
                iso = self.lx.demonyms.get(ent.text.lower()) or self.lx.demonyms.get(ent[-1].lower_)
                if iso:
                    self.norp.append((ent.start, iso))
                continue
            entry = _parse_ent_id(ent.ent_id_) if ent.ent_id_ else None
            if entry is None and ent.label_ != "PERSON":
                continue
            if (
                entry
                and entry.kind == "country"
                and ent.end < len(doc)
                and doc[ent.end].text in NAME_BREAKERS
            ):
                continue
            for i in range(ent.start, ent.end):
                self.ent_at[i] = (ent.start, ent.end, entry, ent.label_)
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

    def context_country(self, tok: Token) -> str | None:
        """The country an actor without one most likely belongs to.

        The last country named (or given by a demonym) before ``tok`` in the
        article, else the first one after it in the same sentence.
        """
        best: tuple[int, str] | None = None
        later: tuple[int, str] | None = None
        sent_end = tok.sent.end
        for start, iso in self._countries():
            if start < tok.i:
                best = (start, iso)
            elif start > tok.i and start < sent_end and later is None:
                later = (start, iso)
        if best is not None:
            return best[1]
        return later[1] if (later and LATER_OK) else None

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
            seen, out = set(), []
            for i in sorted(self.ent_at):
                start = self.ent_at[i][0]
                if start in seen:
                    continue
                seen.add(start)
                end = self.ent_at[i][1]
                head = self.doc[start:end].root
                res = self.resolve(head, weak_ok=False)
                if res is not None:
                    out.append((start, res.actor))
            self._memory = out
        return self._memory

    def _facts(self, tokens, facts: _Facts) -> None:
        """Fill ``facts`` from the words of a phrase, left to right."""
        lx = self.lx
        prev = None
        for t in tokens:
            info = self.ent_at.get(t.i)
            if info is not None:
                entry, label = info[2], info[3]
                if entry is None and label == "PERSON":
                    if facts.person is None:
                        facts.person = self.doc[info[0] : info[1]].text
                    sec = lx.roles.get(t.lower_)  # titles the NER put inside the name
                    if sec and t.i < info[1] - 1:
                        facts.sector = sec
                elif entry.kind == "country":
                    if facts.country is None:
                        facts.country = entry.code
                    if entry.sector and facts.sector is None and t.i == info[1] - 1:
                        facts.sector = entry.sector
                elif entry.kind == "org":
                    facts.org = facts.org or entry.code
                elif entry.kind == "person":
                    facts.pid = entry.code
                    facts.person = facts.person or self.doc[info[0] : info[1]].text
                prev = t
                continue
            low = t.lower_
            if t.pos_ in ("ADJ", "PROPN", "NOUN") or t.tag_ in ("JJ", "NNP", "NNPS", "NNS", "NN"):
                iso = None
                if prev is not None:
                    iso = lx.demonyms.get(f"{prev.lower_} {low}")
                iso = iso or lx.demonyms.get(low)
                if iso and facts.country is None:
                    facts.country = iso
            lemma = t.lemma_.lower()
            sec = None
            if prev is not None:
                sec = lx.roles.get(f"{prev.lemma_.lower()} {lemma}") or lx.roles.get(
                    f"{prev.lower_} {low}"
                )
            sec = sec or lx.roles.get(lemma) or lx.roles.get(low)
            # adjectives are not roles ("official contact"), nouns and name parts are
            if sec and (t.pos_ in ("NOUN", "PROPN") or t.dep_ == "compound"):
                generic = lemma in GENERIC_ROLES
                if facts.sector is None or not generic or facts.generic:
                    # a specific role beats a generic one; the later (closer to the head) wins
                    if not (generic and facts.sector and not facts.generic):
                        facts.sector, facts.generic = sec, generic
            prev = t

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
        left = doc[tok.left_edge.i : tok.i + 1]
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
        if tok.lower_ in lx.plural_demonyms and tok.tag_ in ("NNS", "NNPS"):
            facts.demonym_head = True

        # appositions and of/in/from/by phrases fill what the left part lacks
        promoted = False
        if head_role is None and tok.pos_ == "NOUN" and facts.sector and not head_entry:
            head_role, promoted = facts.sector, True  # "the opposition coalition", "army convoy"
        preps = ACTOR_PREPS if ((head_role and not promoted) or head_is_person) else WEAK_PREPS
        if depth < 3:
            for c in tok.children:
                if c.dep_ == "appos":
                    self._merge(facts, c, depth)
                elif c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            self._merge(facts, p, depth)

        text = self._text(tok)
        start, end = tok.left_edge.idx, tok.idx + len(tok)
        if head_is_person or (facts.person and head_role is None and tok.pos_ == "PROPN"):
            name = facts.person or text
            country = facts.country or facts.org
            guessed = False
            if country is None and facts.pid is None and facts.sector:
                country, guessed = self.context_country(tok), True
            return Resolved(
                kga.person(
                    facts.pid,
                    text,
                    name=name,
                    country=country,
                    sector=facts.sector,
                    start=start,
                    end=end,
                ),
                coref=guessed,
            )
        if head_entry is not None and head_entry.kind == "org":
            return Resolved(kga.organisation(head_entry.code, text, start=start, end=end))
        if head_entry is not None and head_entry.kind == "country":
            return Resolved(
                kga.country(head_entry.code, text, head_entry.sector, start=start, end=end)
            )
        if head_role or facts.demonym_head:
            sector = facts.sector or head_role or "CVL"
            country = facts.country
            if country is None and facts.org:
                org = kga.organisations()[facts.org]
                if org.country is None or org.sector in ("IGO", "NGO"):
                    return Resolved(kga.organisation(facts.org, text, start=start, end=end))
                country = org.country
                if facts.sector is None:
                    sector = org.sector or sector
            if country is None and facts.demonym_head:
                country = lx.demonyms[tok.lower_]
            if country is None:
                iso = None if promoted else self.context_country(tok)
                if iso is None and promoted:
                    return self._weak(facts, text, start, end, weak_ok)
                if iso is None:
                    return None
                return Resolved(kga.country(iso, text, sector, start=start, end=end), coref=True)
            return Resolved(kga.country(country, text, sector, start=start, end=end))
        return self._weak(facts, text, start, end, weak_ok)

    def _weak(
        self, facts: _Facts, text: str, start: int, end: int, weak_ok: bool
    ) -> Resolved | None:
        """An actor only hinted at by a modifier or an attached phrase ("Danish web sites")."""
        if not weak_ok:
            return None
        if facts.org:
            return Resolved(kga.organisation(facts.org, text, start=start, end=end), weak=True)
        if facts.country:
            return Resolved(kga.country(facts.country, text, None, start=start, end=end), weak=True)
        return None

    def _speaker(self, tok: Token, depth: int) -> Actor | None:
        """'X said it/they/he would ...': the pronoun subject is the speaker X."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or depth > 2:
            return None
        cur = tok.head
        for _ in range(4):
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in self.lx.reporting:
                for c in cur.head.children:
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

    def _merge(self, facts: _Facts, tok: Token, depth: int) -> None:
        res = self.resolve(tok, weak_ok=True, depth=depth + 1)
        if res is None or res.coref:
            return
        a = res.actor
        if a.type == "person":
            facts.person = facts.person or a.label
            if a.id.startswith("person/") and a.qid:
                facts.pid = facts.pid or a.id.split("/", 1)[1]
        if a.type in ("organisation", "group") and a.country == a.id:
            facts.org = facts.org or a.id
        elif a.country and facts.country is None:
            facts.country = a.country
        if a.sector and (facts.sector is None or facts.generic):
            facts.sector, facts.generic = a.sector, False

    def _text(self, tok: Token) -> str:
        span = self.doc[tok.left_edge.i : tok.i + 1]
        words = [t for t in span if not (t.i == span.start and t.dep_ == "det")]
        if not words:
            return tok.text
        return self.doc[words[0].i : tok.i + 1].text


def make_ruler(nlp: Language, name: str = "kg_en_actor_ruler"):
    """Add the actor EntityRuler before the statistical NER (which keeps its spans)."""
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=name,
        before=before,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    ruler.add_patterns(ruler_patterns(lexicon()))
    return ruler
