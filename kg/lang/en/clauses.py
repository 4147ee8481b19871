"""English clause rules on the dependency parse: predicates, their actors and qualifiers.

One pass over the tokens of a sentence finds event predicates (verbs of the
lexicon, with their object noun and preposition for light verbs); each is then
read for voice (active/passive), subjects (with coordination, control and
relative clauses), targets, negation, modality and attribution (reported
speech). ``sentence_mentions`` returns the events of one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.symbols import AUX, VERB
from spacy.tokens import Span, Token

from kg import actors as kga
from kg.lang.en.actors import PRONOUNS, ActorResolver, Resolved
from kg.lang.en.frames import PARTITIVES, match_frame, prep_objects
from kg.lang.en.lexicon import Lexicon, VerbEntry
from kg.records import Actor, Mention
from kg.vocab import actions

__all__ = ["Predicate", "match_predicate", "sentence_mentions"]

SUBJ = ("nsubj", "nsubjpass", "csubj")
_VERBAL = frozenset({VERB, AUX})
# Matrix words of readiness: forces getting ready to attack are mobilising.
READY = frozenset({"prepare", "ready", "poised", "prepared", "gear"})
# Object heads that only measure the event noun of their of-phrase.
QUANTITY = frozenset(
    "day days week weeks month months hour hours series wave round rounds spate string volley "
    "barrage campaign number couple".split()
)
NEG_MATRIX = frozenset({"fail", "neglect"})
# Verbs of command: ordering X to halt or close imposes it (CAMEO 172), asking does not.
ORDERS = frozenset({"order", "command", "instruct"})
# Verbs of a body's vote: "voted to expel the envoy" is the expulsion, not an intent.
VOTES = frozenset({"vote"})
# Verbs whose that-clause is denied: "denied that X had ..."
DENY = frozenset({"deny", "dismiss", "refute", "reject"})
# Commitment verbs also report: "Iran warned that it would ...".
REPORTING_FRAMES = ("threat", "commit")
WH = frozenset({"who", "which", "that", "whom", "whose"})
# Clauses whose events a coder usually leaves out when the main clause has one.
SECONDARY = frozenset({"advcl", "relcl", "acl", "pcomp", "npadvmod", "amod", "prep", "pobj"})
# Modals that turn a reported clause into a demand ("X said Y must leave").
MUST = frozenset({"must", "should", "ought"})
OTHER_PREPS = frozenset({"by", "against", "over", "with", "to", "from", "for"})
LOCATION_PREPS = frozenset(
    {"in", "into", "at", "near", "inside", "across", "throughout", "on", "along"}
)
# Relative clauses with an actor head ("Hezbollah, which attacked ...") are coded like main clauses.
RELCL_PRIMARY = True
# Object heads that name a place: attacking "the town of X" is attacking where X lies.
PLACE_NOUNS = frozenset(
    "town city village area district region province capital suburb neighbourhood "
    "neighborhood outskirts settlement port".split()
)
# Categories where coordinated subjects act with each other ("X and Y held talks").
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
# Nouns of armed clashes whose "with" phrase names the other side.
CLASH_NOUNS = frozenset(
    "clash fighting fight battle gunbattle firefight skirmish exchange confrontation".split()
)
# Words for a counted crowd as the subject of a protest ("thousands marched").
CROWDS = frozenset("thousand thousands hundred hundreds dozens tens crowd crowds".split())
# Who crowd control acts on: civilians, protesters, workers, students.
CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU"})
# Verbs that make any attack of coordinated subjects mutual ("X and Y exchanged fire").
RECIPROCAL = frozenset({"exchange", "trade"})
# Categories whose events, lacking a named target, act on the source's own country
# (a protest, a crackdown, a resignation, a mobilisation at home).
DOMESTIC = frozenset({"PROTEST", "COERCE", "MOBILIZE", "CONCEDE", "RETREAT", "ASSAULT"})
# Prepositions of the charge or reason after a passive ("accused of", "criticised for").
CHARGE_PREPS = frozenset({"of", "for", "over"})
# Weapons and attacks as the subject or agent: an unidentified armed force did it (CAMEO UAF).
ATTACK_NOUNS = frozenset(
    "bomb bombing explosion blast device mine landmine minefield ied rocket missile shell "
    "mortar grenade attack ambush gunfire shooting airstrike explosive".split()
)
MODALITY_RANK = {
    "conditional": 5,
    "intended": 4,
    "hoped": 3,
    "future": 2,
    "requested": 1,
    "asserted": 0,
}


@dataclass(frozen=True)
class Predicate:
    """A token that triggers an event, with the lexicon entry it matched."""

    tok: Token
    entry: VerbEntry
    noun: Token | None  # the light-verb object ("talks" in "held talks")


def _preps(tok: Token) -> list[tuple[str, Token]]:
    out = []
    prt = None
    for c in tok.children:
        if c.dep_ == "prt":
            prt = c.lower_
            out.append((prt, c))
        elif (
            c.dep_ in ("prep", "agent", "dative")
            and c.tag_ in ("IN", "TO", "RP")
            or c.dep_ == "prep"
        ):
            out.append((c.lower_, c))
        elif c.dep_ == "advcl" and (m := _for_mark(c)) is not None:
            out.append(("for", m))  # "called for Israel to halt ...": for + the clause's subject
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if prt is None and nxt is not None and nxt.tag_ == "RP" and nxt.head != tok:
        # "handed over 20 prisoners": a particle the parser gave to the number after it
        prt = nxt.lower_
        out.append((prt, nxt))
    if prt:
        out += [(f"{prt} {p}", t) for p, t in out if t.dep_ == "prep"]
    # "pulled its troops out of Lebanon": "out" heads the "of" phrase
    out += [
        (f"{p} {g.lower_}", g)
        for p, t in list(out)
        if p == "out" and t.dep_ == "prep"
        for g in t.children
        if g.dep_ == "prep" and g.lower_ == "of"
    ]
    return out


def _for_mark(clause: Token) -> Token | None:
    """The "for" of a for-to clause with its own subject ("for Israel to halt ...")."""
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ == "for" and c.i < clause.i:
            if any(s.dep_ in ("nsubj", "nsubjpass") for s in clause.children):
                return c
    return None


_LEMMA_MEMO: dict[tuple[str, str, int, int], str | None] = {}


def _verb_lemma(tok: Token, lemmas, forms: dict[str, str] | None = None) -> str | None:
    """The lexicon lemma of a verb token; guards against lemmatizer slips ("staged" -> "stag",
    "retook" left as is); ``forms``: irregular forms -> lemma (the CAMEO verb dictionary)."""
    key = (tok.lemma_, tok.lower_, id(lemmas), id(forms))
    if key not in _LEMMA_MEMO:
        if len(_LEMMA_MEMO) > 50_000:
            _LEMMA_MEMO.clear()
        _LEMMA_MEMO[key] = _find_lemma(tok.lemma_.lower(), tok.lower_, lemmas, forms or {})
    return _LEMMA_MEMO[key]


def _find_lemma(lemma: str, low: str, lemmas, forms: dict[str, str]) -> str | None:
    if lemma in lemmas:
        return lemma
    # an irregular form the lemmatizer missed, also after re- ("retook" -> "retake")
    for pre in ("", "re", "re-"):
        base = forms.get(low[len(pre) :]) if low.startswith(pre) else None
        if base is not None and pre + base in lemmas:
            return pre + base
    for suffix, add in (
        ("d", ""),
        ("ed", ""),
        ("s", ""),
        ("es", ""),
        ("ing", "e"),
        ("ing", ""),
        ("ied", "y"),
    ):
        if low.endswith(suffix) and (low[: -len(suffix)] + add) in lemmas:
            return low[: -len(suffix)] + add
    # "reimposed", "re-open", "redeployed": the verb again
    if lemma.startswith("re"):
        base = lemma[3:] if lemma.startswith("re-") else lemma[2:]
        if len(base) >= 5 and base in lemmas:
            return base
    return None


def match_predicate(tok: Token, lx: Lexicon) -> Predicate | None:
    """The event reading of ``tok`` from the hand-written patterns and the imported CAMEO
    frames: a frame with an object or phrase beats a bare hand-written verb (and a "no
    event" frame, "meet a deadline", blocks it); otherwise the hand-written one wins."""
    if tok.pos not in _VERBAL and not tok.tag_.startswith("VB"):
        return None
    verb = _verb_lemma(tok, lx.verb_lemmas, lx.frames.forms)
    if verb is None:
        return None
    doc = tok.doc
    if (
        tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and f"{doc[tok.i - 2].lower_}-{verb}" in lx.verb_lemmas
    ):
        verb = f"{doc[tok.i - 2].lower_}-{verb}"  # "test-fired": the parse splits the verb
    objs = _objects(tok)
    own = _match(tok, verb, lx, objs)
    base = verb[3:] if verb.startswith("re-") else verb[2:] if verb.startswith("re") else ""
    if own is None and len(verb) >= 7 and base in lx.verb_lemmas:
        # "reimposed blockades": the verb again, when only the plain verb has the pattern
        own = _match(tok, base, lx, objs)
    found = match_frame(tok, verb, objs, lx.frames)
    if found is None and len(verb) >= 7 and base in lx.frames.by_verb:
        found = match_frame(tok, base, objs, lx.frames)
    if found is None:
        return own
    frame, noun = found
    # the dictionary refines a bare hand-written verb by its object or phrase ("lift" +
    # "blockade"); where a hand-written pattern names its own object or preposition, it wins
    # (commitments, threats, refusals and requests keep their hand-written frame)
    if own is not None and (
        _specificity(own) > 0 or frame.specificity == 0 or own.entry.frame != "event"
    ):
        return own
    if frame.action is None:
        return None
    entry = VerbEntry(frame.verb, "", frame.prep, frame.action, frame.targets, frame.frame)
    # the object is the event when the frame codes what the noun names ("imposed
    # sanctions"); else it is a participant ("attacked the camp", "rejected X's appeal")
    if noun is not None and _plover(frame.action) not in lx.event_nouns.get(
        noun.lemma_.lower(), ()
    ):
        noun = None
    return Predicate(tok, entry, noun)


def match_nominal(tok: Token, lx: Lexicon) -> VerbEntry | None:
    """The event a noun names: an event noun, or a nominalised event verb (nominals.py).
    A modifier noun ("aid groups", "attack helicopters") names no event."""
    if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod", "nmod") or not lx.nominals:
        return None
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "as")
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
    ):
        return None  # an adverbial: "in protest of", "in retaliation for", "as punishment"
    lem = tok.lemma_.lower()
    comp = [x.lemma_.lower() for x in tok.lefts if x.dep_ == "compound"]
    for key in ([f"{comp[-1]} {lem}"] if comp else []) + [lem, tok.lower_]:
        e = lx.nominals.get(key)
        if e is not None:
            return e
    return None


def _specificity(p: Predicate) -> int:
    """How much of the parse a hand-written pattern constrains (comparable to a frame's)."""
    return len(p.entry.noun.split()) + bool(p.entry.prep)


def _objects(tok: Token) -> list[Token]:
    """The verb's objects: direct object, attribute, passive subject, their conjuncts, and
    the event noun inside a quantity or a part ("ten days of war games", "a mission of
    observers")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass", "oprd")]
    objs += [x for c in objs for x in _conjuncts(c)[1:]]
    objs += [
        g
        for c in objs
        if c.lemma_.lower() in QUANTITY or c.lemma_.lower() in PARTITIVES or c.like_num
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return objs


def _match(tok: Token, verb: str, lx: Lexicon, objs: list[Token]) -> Predicate | None:
    verbs = lx.verbs
    preps = _preps(tok)
    nouns: list[tuple[str, Token]] = []
    for c in objs:
        lem = c.lemma_.lower()
        comp = [x.lemma_.lower() for x in c.lefts if x.dep_ in ("compound", "amod")]
        if comp:
            nouns.append((f"{comp[-1]} {lem}", c))
        # an object of several words joined by "of" ("a state of emergency")
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                nouns += [(f"{lem} of {g.lemma_.lower()}", c) for g in prep_objects(p)]
        nouns.append((lem, c))
        if c.lower_ != lem:
            nouns.append((c.lower_, c))
    for p, pt in preps:
        for g in prep_objects(pt):
            nouns.append((f"{p} {g.lemma_.lower()}", g))
    # a particle changes the verb ("called off the strike"): it beats a bare verb + noun
    prt = next((e for p, t in preps if t.dep_ == "prt" and (e := verbs.get((verb, "", p)))), None)
    particles = [p for p, t in preps if t.dep_ == "prt"]
    for n, nt in nouns:
        own = [x for x in _preps(nt) if nt.dep_ != "pobj"]
        # "scaled back relations with X": the verb's particle and the object's phrase
        nprep = preps + own + [(f"{q} {p}", t) for q in particles for p, t in own]
        for p, _ in nprep:
            e = verbs.get((verb, n, p))
            if e:
                return Predicate(tok, e, nt)
        if prt is not None:
            return Predicate(tok, prt, None)
        e = verbs.get((verb, n, ""))
        if e:
            return Predicate(tok, e, nt)
    for p, _ in preps:
        e = verbs.get((verb, "", p))
        if e:
            return Predicate(tok, e, None)
    e = verbs.get((verb, "", ""))
    return Predicate(tok, e, None) if e else None


def _list_appos(tok: Token) -> bool:
    """'Saudi Arabia, the UAE and Bahrain': the parse makes the second item an apposition
    of the first; an apposition with conjuncts of its own is a list item."""
    return tok.dep_ == "appos" and any(c.dep_ == "conj" for c in tok.children)


def _next_verb(tok: Token, v: Token) -> bool:
    """``v`` is the verb coordinated right after ``tok`` ("condemned and strongly
    rejected"): only the conjunction and ``v``'s adverbs stand between them."""
    between = tok.doc[tok.i + 1 : v.i]
    return len(between) <= 3 and all(
        t.dep_ in ("cc", "punct") or (t.dep_ == "advmod" and t.head == v) for t in between
    )


def _conjuncts(tok: Token) -> list[Token]:
    out, stack = [tok], [tok]
    while stack:
        for c in stack.pop().children:
            if (c.dep_ == "conj" or _list_appos(c)) and len(out) < 6:
                out.append(c)
                stack.append(c)
    return out


class _Sentence:
    """Rules applied to one sentence."""

    def __init__(self, sent: Span, res: ActorResolver, lx: Lexicon):
        self.sent = sent
        self.res = res
        self.lx = lx
        self.preds: dict[int, Predicate] = {}
        self.musts: list[Token] = []  # ccomp verbs with must/should
        for t in sent:
            p = match_predicate(t, lx)
            if p is not None:
                self.preds[t.i] = p
            if t.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in MUST for c in t.children):
                self.musts.append(t)
        # events named by nouns ("the assassination of X"), unless a verb's frame holds them
        held = {c.i for p in self.preds.values() if p.noun is not None for c in _conjuncts(p.noun)}
        found = [
            (t, e) for t in sent if t.i not in held and (e := match_nominal(t, lx)) is not None
        ]
        # "Kenya's condemnation of the Somali raid": the inner noun is what is condemned
        outer = {t.i for t, _ in found}
        self.nominals = [
            (t, e)
            for t, e in found
            if not (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i in outer)
        ]

    # --------------------------------------------------------------- structure
    def consumed(self, tok: Token) -> bool:
        """True when a frame verb above ``tok`` codes the event (agree to V, urge X to V)."""
        head = tok.head
        if (
            tok.dep_ == "xcomp"
            or (tok.dep_ == "ccomp" and head.i in self.preds)
            or (tok.dep_ == "advcl" and _for_mark(tok) is not None)
        ):
            p = self.preds.get(head.i)
            if head.lemma_.lower() in VOTES:
                return False  # "voted to impose sanctions": the sanctions are the event
            if p is not None and p.entry.frame != "event":
                if tok.dep_ == "ccomp" and p.entry.frame in REPORTING_FRAMES:
                    return False
                return True
        return False

    def in_condition(self, tok: Token) -> bool:
        cur = tok
        for _ in range(4):
            if cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and self.lx.modal_mark.get(c.lower_) == "conditional"
                for c in cur.children
            ):
                return True
            if cur.dep_ not in ("conj", "xcomp", "ccomp") or cur.head is cur:
                return False
            cur = cur.head
        return False

    def subject(self, tok: Token) -> tuple[Token | None, Token]:
        """The subject token of ``tok``'s clause and the verb it hangs on (control, conj, relcl)."""
        cur = tok
        for _ in range(6):
            for c in cur.children:
                if c.dep_ in SUBJ:
                    if c.lower_ in WH and cur.dep_ == "relcl":
                        return cur.head, cur
                    return c, cur
            if cur.dep_ == "relcl":
                return cur.head, cur
            if cur.dep_ == "acl" and cur.tag_ in ("VBG",):
                # "a declaration demanding ...": the subject of the verb governing the noun
                cur = cur.head.head if cur.head.dep_ in ("dobj", "pobj") else cur.head
                continue
            if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head is not cur:
                if cur.dep_ == "xcomp":
                    # object control: "urged X to V" -> X
                    objs = [c for c in cur.head.children if c.dep_ in ("dobj",)]
                    if (
                        objs
                        and cur.head.i in self.preds
                        and self.preds[cur.head.i].entry.frame == "request"
                    ):
                        return objs[0], cur
                cur = cur.head
                continue
            break
        return None, cur

    def is_passive(self, tok: Token) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
            tok.dep_ == "acl" and tok.tag_ == "VBN"
        )

    def agent(self, tok: Token) -> Token | None:
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        # "was accused of corruption by X": the parse hangs the agent on the charge; a
        # charge that is an act of its own ("condemned for the killing by X") keeps it
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in CHARGE_PREPS:
                continue
            for charge in c.children:
                if charge.dep_ != "pobj" or charge.lemma_.lower() in self.lx.nominals:
                    continue
                for by in charge.children:
                    if by.dep_ == "prep" and by.lower_ == "by":
                        return next((p for p in by.children if p.dep_ == "pobj"), None)
        return None

    def chain(self, tok: Token) -> list[Token]:
        """``tok`` and the verbs/adjectives it is an xcomp/conj of (for negation and modality)."""
        out, cur = [tok], tok
        for _ in range(4):
            # (a conjunct with a subject of its own is a clause of its own: "China has not
            # condemned it, and its minister met X" does not deny the meeting)
            own_subject = any(c.dep_ in SUBJ for c in cur.children)
            if cur.dep_ in ("xcomp", "acomp") or (
                cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX") and not own_subject
            ):
                cur = cur.head
                out.append(cur)
            else:
                break
        return out

    def negated(self, chain: list[Token], subj: Token | None) -> bool:
        neg = False
        for t in chain:
            if any(c.dep_ == "neg" for c in t.children) or t.lemma_.lower() in NEG_MATRIX:
                neg = not neg
        if subj is not None and self.res.is_negative(subj):
            neg = not neg
        # "X denied that Moscow had supplied drones": what is denied is negated
        top = chain[-1]
        if top.dep_ == "ccomp" and top.head.lemma_.lower() in DENY:
            neg = not neg
        return neg

    def modality(self, chain: list[Token]) -> str:
        lx = self.lx
        best = "asserted"

        def up(m: str) -> None:
            nonlocal best
            if MODALITY_RANK[m] > MODALITY_RANK[best]:
                best = m

        for i, t in enumerate(chain):
            for c in t.children:
                if c.dep_ == "aux" and c.lower_ in lx.modal_aux:
                    up(lx.modal_aux[c.lower_])
                elif c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in lx.modal_mark for m in c.children
                ):
                    up("conditional")
            if i > 0:
                lemma = _verb_lemma(t, lx.modal_matrix)
                if lemma is not None:
                    up(lx.modal_matrix[lemma])
        return best

    def attribution(self, tok: Token) -> tuple[Actor | None, bool]:
        """The speaker of reported speech around ``tok``; second value: found via a ccomp."""
        cur = tok
        for _ in range(5):
            head = cur.head
            if cur.dep_ == "ccomp" and head is not cur:
                lemma = head.lemma_.lower()
                p = self.preds.get(head.i)
                if lemma in self.lx.reporting or (
                    p is not None and p.entry.frame in REPORTING_FRAMES
                ):
                    subj, _ = self.subject(head)
                    return (self._actor(subj) if subj is not None else None), True
            if cur.dep_ in ("conj", "xcomp", "ccomp") and head is not cur:
                cur = head
                continue
            break
        for c in cur.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_.lower() in self.lx.reporting:
                subj, _ = self.subject(c)
                if subj is not None:
                    return self._actor(subj), True
            if c.dep_ == "prep" and c.lower_ == "according":
                for p in c.subtree:
                    if p.dep_ == "pobj":
                        return self._actor(p), True
        return None, False

    def _actor(self, tok: Token | None) -> Actor | None:
        if tok is None:
            return None
        r = self.res.resolve(tok)
        return r.actor if r else None

    # ------------------------------------------------------------------ targets
    def target(
        self, tok: Token, entry: VerbEntry, noun: Token | None, source: Actor | None
    ) -> Resolved | None:
        specs = ([entry.prep] if entry.prep else []) + list(entry.targets)
        concept = None
        same: Resolved | None = None
        guessed: Resolved | None = None
        holders = [tok] + (_conjuncts(noun) if noun is not None and noun.dep_ != "pobj" else [])
        armed = _plover(entry.action) == "ASSAULT"  # a capital attacked is a place
        for spec in specs:
            cands: list[Token] = []
            if spec == "obj":
                cands = [
                    c for c in tok.children if c.dep_ in ("dobj", "dative", "oprd") and c != noun
                ]
                if not cands:  # "condemned and rejected the raid": the object both verbs share
                    cands = [
                        o
                        for v in tok.children
                        if v.dep_ == "conj" and v.pos_ == "VERB" and _next_verb(tok, v)
                        for o in v.children
                        if o.dep_ == "dobj"
                    ]
                if not cands:  # "denounced as a crime X's crackdown" (heavy object moved right)
                    cands = [
                        a
                        for c in tok.children
                        if c.dep_ == "prep" and c.lower_ == "as"
                        for g in c.children
                        if g.dep_ == "pobj"
                        for a in g.children
                        if a.dep_ == "appos"
                    ]
                for c in tok.children:  # "kidnapped up to 16 advisers"
                    if c.dep_ == "prt" and c.lower_ == "up":
                        cands += [
                            g
                            for p in c.children
                            if p.lower_ == "to"
                            for g in p.children
                            if g != noun
                        ]
                if not cands and entry.frame == "request":
                    # "pressed for Hamas to accept": the subject of a for-to clause
                    marks = [pt for _, pt in _preps(tok) if pt.dep_ == "mark"]
                    cands = [g for pt in marks for g in prep_objects(pt)]
                if not cands and entry.prep:
                    continue
            elif spec == "subj-of-comp":
                for c in tok.children:
                    if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() not in self.lx.reporting:
                        cands += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            else:
                # the pattern's own phrase may hang on the object ("hosted talks between X")
                objs = [c for c in tok.children if c.dep_ == "dobj"] if spec == entry.prep else []
                for h in holders + [o for o in objs if o not in holders]:
                    for p, pt in _preps(h):
                        if p == spec:
                            cands += prep_objects(pt)
            for cand in cands:
                for c in _conjuncts(cand)[:1]:
                    r = self.res.resolve(c) or self._owner(c)
                    if r is not None and c.pos_ == "PROPN" and (spec in LOCATION_PREPS or armed):
                        r = self._as_place(r, c, place=spec in LOCATION_PREPS)
                    if r is not None and not (source is not None and r.actor.id == source.id):
                        r = self._placed(r, tok)
                        r = Resolved(r.actor, r.weak, r.coref, via=spec)
                        if r.coref and c.lower_ not in PRONOUNS:
                            # "contributed 4,000 troops to a force in Liberia": a phrase whose
                            # country is only guessed yields to one the text names
                            guessed = guessed or r
                            continue
                        return r
                    if r is not None and same is None:
                        same = r
                    if concept is None:
                        concept = self._concept(c)
        if guessed is not None:
            return guessed
        if concept:
            return Resolved(concept, weak=True)
        # "Croatia is investigating crimes by Croatian extremists": a domestic target
        return same

    def _as_place(self, r: Resolved, tok: Token, place: bool = False) -> Resolved:
        """'a state of emergency in Lima', 'the bombing of Belgrade': a capital named as the
        place is the country, not the government it stands for as an actor; ``place``: the
        phrase is a location ("in West Darfur State"), not a people ("Iraqis")."""
        a = r.actor
        info = self.res.ent_at.get(tok.i)
        metonym = info is not None and info[2] is not None and info[2].sector == a.sector
        named = place and tok.lower_ not in self.lx.plural_demonyms
        if a.type != "country" or not a.sector or a.country not in kga.countries():
            return r
        if not (metonym or named):
            return r
        return Resolved(kga.country(a.country, a.text, start=a.start, end=a.end), r.weak, r.coref)

    def _owner(self, tok: Token) -> Resolved | None:
        """'raided the homes of opposition leaders': the owner of a thing that is no actor."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() in self.lx.concepts:
            return None
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for g in prep_objects(p):
                    r = self.res.resolve(g)
                    if r is not None and r.actor.type != "concept":
                        return r
        return None

    def _placed(self, r: Resolved, tok: Token) -> Resolved:
        """A target whose country was only guessed takes the country where the event happened."""
        if not r.coref or r.actor.type != "country":
            return r
        iso = self.res.location(tok)
        if iso is None or iso == r.actor.country:
            return r
        a = r.actor
        return Resolved(kga.country(iso, a.text, a.sector, start=a.start, end=a.end), weak=True)

    def fallback_target(
        self, tok: Token, pred: Predicate, source: Actor, domestic: bool = False
    ) -> Resolved | None:
        """No target in the frame: the event's place, an actor in the object, else home.

        Coders give a domestic action (lifting a curfew, blocking roads) the
        source's own country as target; only done when the verb has an object.
        """
        objs, others = [], []
        for c in tok.children:
            if c.dep_ == "prep":
                for p in prep_objects(c):
                    if c.lower_ in LOCATION_PREPS:
                        r = self.res.resolve(p)
                        if r is not None and r.actor.id != source.id:
                            return Resolved(r.actor, weak=True, via="place")
                        objs.append(p)
                    elif c.lower_ in OTHER_PREPS:
                        others.append(p)
            elif c.dep_ in ("dobj", "attr", "dative"):
                objs.append(c)
        objs += others
        if pred.noun is not None:
            r = self.res.resolve(pred.noun)
            if r is not None and r.actor.id != source.id:
                return Resolved(r.actor, weak=True, via="place" if r.weak else "")
        for o in objs:
            r = self.res.resolve(o)
            if r is not None and r.actor.id != source.id:
                return Resolved(r.actor, weak=True)
        if _plover(pred.entry.action) == "ASSAULT" and any(
            o.lemma_.lower() in PLACE_NOUNS for o in objs
        ):
            # "Georgian officials said Russian jets bombed the town of Gori": a place the
            # lexicon does not know is in the other country the sentence named before it
            iso = self.sentence_country(tok, skip=source.country)
            if iso is not None:
                return Resolved(kga.country(iso, kga.countries()[iso].name_en), weak=True)
        if (objs or pred.noun is not None or domestic) and source.country in kga.countries():
            home = kga.country(source.country, source.text)
            return Resolved(home, weak=True, coref=True, via="home")
        return None

    def sentence_country(self, tok: Token, skip: str | None) -> str | None:
        """The last country named before ``tok`` in its sentence, other than ``skip``."""
        found = [
            iso
            for i, iso in self.res.countries()
            if self.sent.start <= i < tok.i and iso != skip and iso in kga.countries()
        ]
        return found[-1] if found else None

    def _concept(self, tok: Token) -> Actor | None:
        lem = tok.lemma_.lower()
        comp = [x.lemma_.lower() for x in tok.lefts if x.dep_ in ("compound", "amod")]
        for key in ([f"{comp[-1]} {lem}"] if comp else []) + [lem, tok.lower_]:
            hit = self.lx.concepts.get(key)
            if hit:
                span = self.res.doc[tok.left_edge.i : tok.i + 1]
                return kga.concept(
                    hit[0], hit[1], span.text, start=span.start_char, end=span.end_char
                )
        return None

    def purpose_target(self, tok: Token, pred: Predicate, source: Actor | None) -> Resolved | None:
        """'staged a strike to protest against X', 'opened fire to disperse Y': X, Y."""
        holders = [tok] + ([pred.noun] if pred.noun is not None else [])
        # one step further: "rioted, joining others in demanding X from Y"
        kids = [c for h in holders for c in h.children]
        kids += [
            g
            for c in kids
            if c.dep_ in ("advcl", "prep") and c.i not in self.preds
            for g in c.children
            if g.dep_ in ("prep", "pcomp")
        ]
        kids += [g for c in kids if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
        for c in kids:
            p = self.preds.get(c.i)
            if p is None or c.dep_ not in ("advcl", "xcomp", "acl", "pcomp"):
                continue
            if not (c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.children)):
                continue
            r = self.target(c, p.entry, p.noun, source)
            if r is not None and r.actor.type != "concept":
                return r
        return None

    def condition_target(self, toks: list[Token]) -> Resolved | None:
        """'threatened to V if the United States ...': the actor the threat is aimed at."""
        for t in toks:
            for c in t.children:
                if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and self.lx.modal_mark.get(m.lower_) == "conditional"
                    for m in c.children
                ):
                    for sj in c.children:
                        if sj.dep_ in ("nsubj", "nsubjpass"):
                            r = self.res.resolve(sj)
                            if r is not None:
                                return r
        return None

    def unattributed(self, tok: Token, holder: Token | None) -> Resolved | None:
        """'A roadside bomb killed ...': unidentified armed actors of the place (CAMEO UAF)."""
        if holder is None or holder.lemma_.lower() not in ATTACK_NOUNS:
            return None
        iso = self.res.location(tok) or self.res.location(holder)
        iso = iso or self.res.context_country(holder)
        if iso is None or iso not in kga.countries():
            return None
        span = self.res.doc[holder.left_edge.i : holder.i + 1]
        return Resolved(
            kga.country(iso, span.text, "UAF", start=span.start_char, end=span.end_char),
            weak=True,
        )

    def _attack_holder(self, tok: Token, subj: Token | None, passive: bool) -> Token | None:
        if not passive:
            return subj
        ag = self.agent(tok)
        if ag is not None:
            return ag
        for c in tok.children:  # "was killed in a car bomb explosion"
            if c.dep_ == "prep" and c.lower_ in ("in", "by"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in ATTACK_NOUNS:
                        return p
        return None

    # ------------------------------------------------------------------ events
    def sources(self, subj: Token) -> list[Resolved]:
        """One actor per coordinated subject ("Jordan and Britain", "U.S. and Russian envoys")."""
        out = []
        for head in _conjuncts(subj):
            r = self.res.resolve(head)
            if r is None:
                continue
            out.append(r)
            if r.actor.type == "country":
                for m in head.lefts:
                    for c in _conjuncts(m)[1:]:
                        iso = self.lx.demonyms.get(c.lower_)
                        info = self.res.ent_at.get(c.i)
                        if (
                            iso is None
                            and info
                            and info[2] is not None
                            and info[2].kind == "country"
                        ):
                            iso = info[2].code
                        if iso and iso != r.actor.country:
                            out.append(
                                Resolved(kga.country(iso, c.text, r.actor.sector), weak=r.weak)
                            )
        return out

    def primary(self, tok: Token) -> bool:
        """False when ``tok`` sits in a subordinate clause (relative, adverbial, participle)."""
        cur = tok
        for _ in range(8):
            if cur.dep_ in SECONDARY:
                return False
            if cur.head is cur:
                return True
            cur = cur.head
        return True

    def enforced(self, tok: Token, action: str, target: Resolved | None) -> bool:
        """'Police opened fire to disperse the crowd': crowd control that is the purpose of
        a violent act of the main clause is done by it, so it is coded beside that act (an
        aim against an armed party, "to force Hamas to stop", is only an aim)."""
        if tok.dep_ != "advcl" or _plover(action) != "COERCE":
            return False
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            return False
        crowd = target is not None and target.actor.sector in CROWD_SECTORS
        crowd = crowd or any(
            "PROTEST" in self.lx.event_nouns.get(o.lemma_.lower(), ())
            for o in tok.children
            if o.dep_ == "dobj"
        )
        head = self.preds.get(tok.head.i)
        return (
            crowd
            and head is not None
            and _plover(head.entry.action) == "ASSAULT"
            and self.primary(tok.head)
        )

    def subject_relative(self, tok: Token) -> bool:
        """'Hezbollah, which attacked ...': a relative clause on its subject, about a main actor."""
        if tok.dep_ != "relcl" or tok.head.dep_ not in ("nsubj", "nsubjpass", "dobj", "appos"):
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in WH for c in tok.children)

    def in_must(self, tok: Token) -> bool:
        if not self.musts:
            return False
        cur = tok
        for _ in range(8):
            if cur in self.musts:
                return True
            if cur.head is cur:
                return False
            cur = cur.head
        return False

    def demands(self) -> list[tuple[bool, Mention]]:
        """'X said/declared that Y must V': a demand by X on Y (CAMEO 10)."""
        out = []
        for c in self.musts:
            head = c.head
            p = self.preds.get(head.i)
            if p is not None and p.entry.frame == "request":
                continue  # "demanded that Y must": the request verb codes it
            if head.lemma_.lower() not in self.lx.reporting and p is None:
                continue
            subj, _ = self.subject(head)
            if subj is None:
                continue
            srcs = self.sources(subj)
            tsubj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            tgt = self.res.resolve(tsubj) if tsubj is not None else None
            neg = self.negated([head], subj)
            for s in srcs:
                if tgt is not None and tgt.actor.id == s.actor.id:
                    continue
                out.append(
                    (
                        self.primary(head),
                        Mention(
                            sent_start=self.sent.start_char,
                            sent_end=self.sent.end_char,
                            source=s.actor,
                            action_id="demand",
                            action_text=f"{head.text} … must {c.text}",
                            target=tgt.actor if tgt else None,
                            negated=neg,
                            modality="asserted",
                            attributed_to=None,
                            confidence=0.7 if tgt else 0.5,
                            trigger_start=head.idx,
                            trigger_end=head.idx + len(head),
                        ),
                    )
                )
        return out

    def events(self) -> list[tuple[bool, Mention]]:
        out: list[tuple[bool, Mention]] = self.demands()
        for pred in self.preds.values():
            tok, entry = pred.tok, pred.entry
            if self.consumed(tok) or self.in_condition(tok) or self.in_must(tok):
                continue
            # a commitment/threat verb with a that-clause holding an event only reports it
            if entry.frame in REPORTING_FRAMES and any(
                c.dep_ == "ccomp" and c.i in self.preds for c in tok.children
            ):
                continue
            emb = self._embedded(tok) if tok.lemma_.lower() in VOTES else None
            if emb is not None and emb.i in self.preds:
                continue
            out += self._events_of(pred)
        for tok, entry in self.nominals:
            out += [(False, m) for m in self._nominal_events(tok, entry)]
        return out

    # ------------------------------------------------------------- nominal events
    def _modifier_actor(self, tok: Token) -> Resolved | None:
        """A country or body named by a modifier of an event noun ("Israeli", "U.S.", "NATO")."""
        iso = self.lx.demonyms.get(tok.lower_)
        if iso is not None and tok.text[:1].isupper():
            return Resolved(
                kga.country(iso, tok.text, start=tok.idx, end=tok.idx + len(tok)), weak=True
            )
        info = self.res.ent_at.get(tok.i)
        if info is None or info[2] is None or info[2].kind not in ("country", "org"):
            return None
        r = self.res.resolve(tok)
        return r if r is not None and r.actor.type != "concept" else None

    def _phrase_target(
        self,
        pobj: dict[str, list[Token]],
        specs: tuple[str, ...],
        source: Actor | None,
        armed: bool = False,
    ) -> Resolved | None:
        """The first actor (else concept) in the noun's phrases of ``specs``, in order."""
        concept = None
        for spec in specs:
            for g in pobj.get(spec, []):
                r = self.res.resolve(g)
                if r is not None and g.pos_ == "PROPN" and armed:
                    r = self._as_place(r, g)  # "the bombing of Belgrade": the city, not its rulers
                if r is not None and not (source is not None and r.actor.id == source.id):
                    return Resolved(r.actor, r.weak, r.coref, via=spec)
                concept = concept or self._concept(g)
        return Resolved(concept, weak=True) if concept else None

    def _nominal_events(self, tok: Token, entry: VerbEntry) -> list[Mention]:
        """'X's visit to Y', 'the assassination of Y by X', 'talks between X and Y': the
        source from a possessive, a by-phrase, a country modifier or (with another target) an
        of-phrase; the target from the noun's prepositions. A participant must be named."""
        pobj: dict[str, list[Token]] = {}
        for p, pt in _preps(tok):
            pobj.setdefault(p, []).extend(prep_objects(pt))
        # the parser often hangs the noun's own phrases on its of-object ("the visit of the
        # minister to Peru", "the killing of a senator by gunmen"): they are the noun's
        for g in pobj.get("of", [])[:1]:
            for p, pt in _preps(g):
                if p in entry.targets or p == "by":
                    pobj.setdefault(p, []).extend(x for x in pt.children if x.dep_ == "pobj")
        srcs: list[Resolved] = []
        for c in tok.children:
            if c.dep_ == "poss":
                srcs = self.sources(c)
        for g in pobj.get("by", []):
            srcs = srcs or self.sources(g)
        if not srcs:
            for c in tok.lefts:
                if c.dep_ in ("amod", "compound", "nmod"):
                    r = self._modifier_actor(c)
                    if r is not None:
                        srcs = [r]
                        break
        symmetric = _plover(entry.action) in SYMMETRIC | {"CONSULT"}
        between = [
            r for g in pobj.get("between", []) for c in _conjuncts(g) if (r := self.res.resolve(c))
        ]
        if not srcs and len(between) > 1 and "between" in entry.targets:
            srcs = between  # "talks between X and Y": each is the other's counterpart
        src0 = srcs[0].actor if srcs else None
        targets = tuple(t for t in entry.targets if t not in ("of", "by"))
        armed = _plover(entry.action) == "ASSAULT"
        target = self._phrase_target(pobj, targets, src0, armed)
        of_target = "of" in entry.targets
        cat = _plover(entry.action)
        if (
            not srcs
            and of_target
            and target is not None
            and pobj.get("of")
            and cat not in ("RETREAT", "MOBILIZE")
        ):
            # "the expulsion of diplomats from Poland": the of-phrase suffers the act, and
            # the country they are sent away from does it
            if cat in ("SANCTION", "COERCE") and target.via == "from":
                srcs = [target]
            target = self._phrase_target(pobj, ("of",), src0, armed)
        elif not srcs and pobj.get("of") and (target is not None or not of_target):
            srcs = self.sources(pobj["of"][0])  # "the visit of X to Y": X acts
        elif of_target and target is None:
            target = self._phrase_target(pobj, ("of",), src0, armed)
        srcs = [s for s in srcs if s.actor.type != "concept"]
        if not srcs and target is not None and target.actor.type != "concept":
            # "the arrest of a lawyer in Beijing": the authorities of the place act
            srcs = self._authorities(tok, entry.action) or [
                r for g in pobj.get("of", [])[:1] for r in self._authorities(g, entry.action)
            ]
        if not srcs:
            return []
        if (
            target is not None
            and target.actor.type == "concept"
            and _plover(entry.action)
            in (
                "ASSAULT",
                "COERCE",
            )
        ):
            target = None
        pair = symmetric and len(srcs) > 1
        if target is None and _plover(entry.action) == "CONSULT" and not pair:
            return []  # a meeting or a visit needs its counterpart
        head = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else tok
        chain = self.chain(head)
        modality = self.modality(chain) if head is not tok else "asserted"
        asked = self.preds.get(head.i)
        if tok.dep_ == "dobj" and asked is not None and asked.entry.frame == "request":
            modality = "requested"  # "demanded the withdrawal of X": asked for, not done
        attributed, _ = self.attribution(chain[-1])
        neg = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        out = []
        for k, s in enumerate(srcs):
            tgt = target
            if pair:
                tgt = srcs[1] if k == 0 else srcs[0]
            if tgt is not None and tgt.actor.id == s.actor.id:
                tgt = None
            conf = 0.75 - (0.15 if tgt is None else 0) - (0.15 if s.weak else 0)
            out.append(
                Mention(
                    sent_start=self.sent.start_char,
                    sent_end=self.sent.end_char,
                    source=s.actor,
                    action_id=entry.action,
                    action_text=tok.text,
                    target=tgt.actor if tgt else None,
                    negated=neg,
                    modality=modality,
                    attributed_to=attributed,
                    confidence=round(conf, 3),
                    trigger_start=tok.idx,
                    trigger_end=tok.idx + len(tok),
                    evidence="trigger:noun",
                )
            )
        return out

    @staticmethod
    def _subject_of_state(
        target: Resolved | None, srcs: list[Resolved], action: str
    ) -> Resolved | None:
        """'A Moscow court jailed opposition leader X': a person the tables do not place,
        arrested or sentenced by a state's courts, police or forces, is of that state."""
        if target is None or target.actor.type != "person" or target.actor.country or not srcs:
            return target
        src = srcs[0].actor
        if _plover(action) != "COERCE" or src.sector not in kga.STATE_SECTORS:
            return target
        if src.country not in kga.countries():
            return target
        return Resolved(replace(target.actor, country=src.country), True, target.coref, target.via)

    def _embedded(self, tok: Token) -> Token | None:
        found = [
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "advcl")
            and (c.pos_ in ("VERB", "AUX") or c.tag_.startswith("VB"))
            and (c.dep_ == "xcomp" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        ]
        # "agreed to re-open": the parser may split a prefixed verb into several xcomps
        return next((c for c in found if c.i in self.preds), found[0] if found else None)

    def _partnered(self, pred: Predicate, srcs: list[Resolved], target: Resolved | None) -> bool:
        """A joint act: two subjects, a with/between partner, or "joint" on the verb or noun."""
        if len(srcs) > 1 or (target is not None and target.via in ("with", "between")):
            return True
        words = [pred.tok] + ([pred.noun] if pred.noun is not None else [])
        return any(c.lower_ in ("joint", "jointly", "together") for w in words for c in w.children)

    def _clash_side(self, tok: Token, action: str) -> Token | None:
        """'soldiers were killed in clashes with PKK rebels': the other side of the clash."""
        if _plover(action) != "ASSAULT":
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                for g in prep_objects(c):
                    if g.lemma_.lower() in CLASH_NOUNS:
                        for p in g.children:
                            if p.dep_ == "prep" and p.lower_ == "with":
                                return next(iter(prep_objects(p)), None)
        return None

    def _crowd(self, tok: Token, subj: Token | None) -> list[Resolved]:
        """'Tens of thousands rallied in Warsaw': a counted crowd protesting is civilians of
        the place (else of the country the text is about)."""
        if subj is None or not (subj.like_num or subj.lemma_.lower() in CROWDS):
            return []
        # "thousands of students": the role of the of-phrase the resolver could not place
        of = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        sector = "CVL"
        for g in of:
            sector = self.lx.roles.get(g.lemma_.lower()) or self.lx.roles.get(g.lower_) or sector
        iso = self.res.location(tok) or self.res.context_country(subj)
        if iso is None or iso not in kga.countries():
            return []
        span = self.res.doc[subj.left_edge.i : subj.right_edge.i + 1 if of else subj.i + 1]
        return [
            Resolved(
                kga.country(iso, span.text, sector, start=span.start_char, end=span.end_char),
                weak=True,
            )
        ]

    def _authorities(self, tok: Token, action: str) -> list[Resolved]:
        """'Two journalists were arrested in Tehran': an arrest, a curfew or an inquiry
        with no agent is an act of the authorities of the place it happens in."""
        if _plover(action) not in ("COERCE", "ACCUSE"):
            return []
        iso = self.res.location(tok)
        if iso is None:
            return []
        return [Resolved(kga.country(iso, kga.countries()[iso].name_en), weak=True)]

    def _events_of(self, pred: Predicate) -> list[tuple[bool, Mention]]:
        tok, entry = pred.tok, pred.entry
        # "was put under arrest": the noun of the phrase is the act, the subject suffers it
        held = pred.noun is not None and pred.noun.dep_ == "pobj"
        passive = (
            self.is_passive(tok)
            and entry.frame == "event"
            and (pred.noun is None or held and _plover(entry.action) in ("COERCE", "ACCUSE"))
        )
        subj, holder = self.subject(tok)
        chain = self.chain(tok)
        negated = self.negated(chain, subj)
        modality = self.modality(chain)
        attributed, reported = self.attribution(chain[-1])
        conf = 0.9
        action = entry.action
        text_toks = [tok] + (
            [pred.noun] if pred.noun is not None and pred.noun.dep_ != "pobj" else []
        )

        # who acts
        srcs: list[Resolved] = []
        target: Resolved | None = None
        # "arrest warrants were issued for X (by a court in Y)": the event noun is the
        # passive subject; the agent acts, else the authorities of the place it happens
        noun_passive = (
            pred.noun is not None
            and pred.noun.dep_ == "nsubjpass"
            and entry.frame == "event"
            and self.is_passive(tok)
        )
        if passive or noun_passive:
            ag = self.agent(tok) or self._clash_side(tok, action)
            if ag is None and held:  # "placed under arrest by the police"
                by = [g for p, pt in _preps(pred.noun) if p == "by" for g in prep_objects(pt)]
                ag = by[0] if by else None
            if ag is not None:
                srcs = self.sources(ag)
            else:
                srcs = self._authorities(tok, action)
                if not srcs and held:  # "put under investigation in Italy"
                    srcs = self._authorities(pred.noun, action)
            if subj is not None and not noun_passive:
                target = self.res.resolve(subj)
            conf -= 0.15
        elif subj is not None:
            srcs = self.sources(subj)
        negative_subj = subj is not None and self.res.is_negative(subj)
        if not srcs and not negative_subj and _plover(action) == "PROTEST":
            srcs = self._crowd(tok, subj)
        if not srcs and not negative_subj and _plover(action) == "ASSAULT":
            uaf = self.unattributed(tok, self._attack_holder(tok, subj, passive))
            if uaf is not None:
                srcs = [uaf]
        if not srcs and not negative_subj:
            return []

        # frames with an embedded verb: agree/offer/threaten/refuse to V
        emb = self._embedded(tok) if entry.frame in ("commit", "threat", "refuse") else None
        if emb is not None:
            ep = self.preds.get(emb.i)
            conf -= 0.05
            if entry.frame == "commit" and ep is not None:
                action = entry.action if _quad(ep.entry.action) <= 2 else "threaten"
            if entry.frame == "commit" and any(c.dep_ == "neg" for c in emb.children):
                # "vowed not to return the land" rejects; "pledged not to attack" agrees
                quad = _quad(ep.entry.action) if ep is not None else 1
                action = "reject" if quad <= 2 else entry.action
            if ep is not None:
                target = target or self.target(
                    emb, ep.entry, ep.noun, srcs[0].actor if srcs else None
                )
            else:
                target = target or self.target(
                    emb,
                    VerbEntry("", "", "", "", ("obj", "to", "against", "with", "on"), "event"),
                    None,
                    srcs[0].actor if srcs else None,
                )
            text_toks.append(emb)
        if target is None and not passive:
            target = self.target(tok, entry, pred.noun, srcs[0].actor if srcs else None)
        if entry.frame == "request" and tok.lemma_.lower() in ORDERS:
            ordered = self._embedded(tok)
            op = self.preds.get(ordered.i) if ordered is not None else None
            own = (  # the state's own chain of command ("ordered the army to stop") imposes nothing
                target is not None
                and bool(srcs)
                and target.actor.country == srcs[0].actor.country
                and target.actor.sector in kga.STATE_SECTORS
            )
            if op is not None and _plover(op.entry.action) in ("SANCTION", "COERCE") and not own:
                # "ordered the paper to suspend publication": a halt imposed, not asked for
                action = "cameo_172"
                text_toks.append(ordered)
        if target is None and emb is not None and not passive:
            target = self.target(tok, entry, pred.noun, srcs[0].actor if srcs else None)
        src0 = srcs[0].actor if srcs else None
        if target is None and entry.frame == "event":
            target = self.purpose_target(tok, pred, src0)
        if (_plover(action) == "THREATEN" or entry.frame == "threat") and (
            target is None or (src0 is not None and target.actor.country == src0.country)
        ):
            # "threatened to close its airspace if Greece ...": aimed at Greece
            target = self.condition_target([tok] + ([emb] if emb is not None else [])) or target

        # CAMEO: a stated future/intended action is an intent (03) or a threat (13);
        # "will not" + a cooperative action is a rejection (12)
        if entry.frame == "event" and modality in ("future", "intended", "hoped", "conditional"):
            cat = _plover(action)
            if (
                cat == "ASSAULT"
                and srcs
                and srcs[0].actor.sector in ("MIL", "COP")
                and any(t.lemma_.lower() in READY for t in chain[1:])
            ):
                # "the army prepared to resume shelling": a military posture (CAMEO 15)
                action, modality = "mobilize", "asserted"
            elif _quad(action) <= 2 and negated:
                action, negated = "reject", False
            elif cat == "RETREAT" and target is None:
                pass  # "will resign": a step back toward no one is announced, not promised
            elif cat not in ("AGREE", "THREATEN", "REQUEST", "REJECT"):
                if _quad(action) <= 2:
                    action = "express_intent"
                elif not negated:
                    action = "threaten"
        # the intent, threat or refusal stated about a future act (kg.events reads it)
        evidence = "statement" if action != entry.action else ""

        if action == "military_cooperation" and not self._partnered(pred, srcs, target):
            # "China held military exercises near Taiwan": a show of force (CAMEO 150); only
            # joint exercises, or exercises with someone, are cooperation (CAMEO 062)
            action = "mobilize"

        # "killed one soldier and wounded two others": one attack, not a second untargeted one
        same_as_head = (
            tok.dep_ == "conj"
            and tok.head.i in self.preds
            and _plover(self.preds[tok.head.i].entry.action) == _plover(action)
        )
        if target is None and srcs and not same_as_head:
            target = self.fallback_target(
                tok, pred, srcs[0].actor, domestic=_plover(action) in DOMESTIC
            )

        if reported:
            conf -= 0.1
        if target is None:
            conf -= 0.15
        elif target.weak:
            conf -= 0.05
        primary = (
            self.primary(tok)
            or RELCL_PRIMARY
            and self.subject_relative(tok)
            or self.enforced(tok, action, target)
        )
        text = " ".join(t.text for t in sorted(text_toks, key=lambda t: t.i))
        # "Egypt and Saudi Arabia signed": a fallback target that is one of the
        # subjects is no counterpart; each subject is the other's
        own = ({x.actor.id for x in srcs} | {x.actor.country for x in srcs}) - {None}
        symmetric = (
            len(srcs) > 1
            and (
                _plover(action) in SYMMETRIC
                or actions()[action].mutual  # "X and Y troops clashed": with each other
                or (_plover(action) == "ASSAULT" and tok.lemma_.lower() in RECIPROCAL)
            )
            and (
                target is None
                or target.actor.type == "concept"  # "X and Y agreed to a truce": with each other
                or target.via == "place"  # "X and Y held talks in Geneva": not with Geneva
                or (target.weak and {target.actor.id, target.actor.country} & own)
            )
        )
        if target is None and _plover(action) == "CONSULT" and not symmetric:
            return []  # "the cabinet met": a consultation needs a counterpart
        out = []
        if (
            target is not None
            and target.via == "with"
            and not target.weak
            and len(srcs) == 1
            and _plover(action) == "COOPERATE"
            and target.actor.type != "concept"
            and not negated
        ):
            # "X shared intelligence with Y": cooperation runs both ways
            out.append(
                (
                    primary,
                    Mention(
                        sent_start=self.sent.start_char,
                        sent_end=self.sent.end_char,
                        source=target.actor,
                        action_id=action,
                        action_text=text,
                        target=srcs[0].actor,
                        negated=negated,
                        modality=modality,
                        attributed_to=attributed,
                        confidence=max(0.05, round(conf - 0.2, 3)),
                        trigger_start=tok.idx,
                        trigger_end=tok.idx + len(tok),
                        evidence=evidence,
                    ),
                )
            )
        sources: list[Resolved | None] = list(srcs) or [None]
        target = self._subject_of_state(target, srcs, action)
        home = target if target is not None and target.via == "home" else None
        for k, s in enumerate(sources):
            if symmetric:
                # "Jordan and Britain signed a pact": each is the other's counterpart
                other = srcs[1] if k == 0 else srcs[0]
                target = Resolved(other.actor, weak=True)
            elif home is not None and s is not None and s.actor.country in kga.countries():
                # "Britain, France and Italy condemned the attack": each at its own home
                if s.actor.country != home.actor.country:
                    own_home = kga.country(s.actor.country, s.actor.text)
                    target = Resolved(own_home, weak=True, coref=True, via="home")
            c = conf
            if s is not None and (s.weak or s.coref):
                c -= 0.15 if s.weak else 0.1
            if (
                s is not None
                and target is not None
                and s.actor.id == target.actor.id
                and _plover(action) in SYMMETRIC | {"CONSULT"}
            ):
                tgt = None
            else:
                tgt = target.actor if target else None
            out.append(
                (
                    primary,
                    Mention(
                        sent_start=self.sent.start_char,
                        sent_end=self.sent.end_char,
                        source=s.actor if s else None,
                        action_id=action,
                        action_text=text,
                        target=tgt,
                        negated=negated,
                        modality=modality,
                        attributed_to=attributed,
                        confidence=max(0.05, min(1.0, round(c, 3))),
                        trigger_start=tok.idx,
                        trigger_end=tok.idx + len(tok),
                        evidence=evidence,
                    ),
                )
            )
        return out


def _quad(action_id: str) -> int:
    a = actions().get(action_id)
    return a.quad_class if a else 1


def _plover(action_id: str) -> str:
    a = actions().get(action_id)
    return a.plover if a else ""


def sentence_mentions(sent: Span, res: ActorResolver, lx: Lexicon) -> list[Mention]:
    """The events of one sentence: main-clause events, else those of subordinate clauses."""
    found = _Sentence(sent, res, lx).events()
    primary = [m for p, m in found if p]
    chosen = primary or [m for _, m in found]
    # "established ties with and opened an embassy in X": the targeted reading is the event
    targeted = {(m.source.id if m.source else "", _plover(m.action_id)) for m in chosen if m.target}
    chosen = [
        m
        for m in chosen
        if m.target is not None
        or (m.source.id if m.source else "", _plover(m.action_id)) not in targeted
    ]
    seen, out = set(), []
    for m in chosen:
        key = (
            m.source.id if m.source else "",
            m.action_id,
            m.target.id if m.target else "",
            m.negated,
        )
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
