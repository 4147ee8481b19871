"""English lexicons: the TSV files of ``kg/lang/en/data`` as precompiled lookups.

Everything is read once per process (``lexicon()`` is cached) and turned into
dicts keyed by lower-case lemmas or exact surface forms, so the components do
only hash lookups per token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg import actors as kga
from kg import tables
from kg.cache import cached
from kg.lang.en import nominals
from kg.lang.en.frames import FrameIndex, load_frames
from kg.vocab import actions

__all__ = ["DATA", "FORMER", "Lexicon", "NameEntry", "VerbEntry", "lexicon", "read_tsv"]

DATA = Path(__file__).parent / "data"

# Prepositions and particles that may follow a verb lemma in a verbs.tsv pattern.
PREPS = frozenset(
    "with to on upon for against over off up out down in into from back away about of at "
    "between along through under".split()
)


@dataclass(frozen=True)
class NameEntry:
    """What a name in the text stands for: kind is country, org or person."""

    kind: str
    code: str
    sector: str | None = None


@dataclass(frozen=True)
class VerbEntry:
    """An event pattern: verb lemma (+ object noun) (+ preposition) -> action.

    targets: where the target is, in order: ``obj``, ``subj-of-comp`` or a preposition.
    frame: event, commit, threat, refuse or request (see data/README.md).
    """

    verb: str
    noun: str
    prep: str
    action: str
    targets: tuple[str, ...]
    frame: str
    nominal: bool = False


@dataclass
class Lexicon:
    """All English lookups."""

    names: dict[str, NameEntry] = field(default_factory=dict)  # surface name -> entry
    demonyms: dict[str, str] = field(default_factory=dict)  # lower adjective/plural -> iso3
    plural_demonyms: frozenset[str] = frozenset()
    # lower people or faith word -> (CAMEO group code, kin state or "", name); peoples.tsv
    peoples: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # lower role (1-3 words) -> sector
    # the hand-written roles: only these make an actor whose country comes from the context
    own_roles: frozenset[str] = frozenset()
    verbs: dict[tuple[str, str, str], VerbEntry] = field(default_factory=dict)
    verb_lemmas: frozenset[str] = frozenset()  # first-pass filter (own and imported verbs)
    frames: FrameIndex = field(default_factory=FrameIndex)  # imported CAMEO verb frames
    # head of a nouns.tsv noun -> PLOVER categories it names ("sanction" -> SANCTION)
    event_nouns: dict[str, set[str]] = field(default_factory=dict)
    # nouns naming an event by themselves ("assassination", "visit", "travel ban") -> the
    # event's entry (its targets are the noun's prepositions; see nominals.py)
    nominals: dict[str, VerbEntry] = field(default_factory=dict)
    concepts: dict[str, tuple[str, str]] = field(default_factory=dict)  # lemma -> (cid, label)
    modal_aux: dict[str, str] = field(default_factory=dict)
    modal_matrix: dict[str, str] = field(default_factory=dict)
    modal_mark: dict[str, str] = field(default_factory=dict)
    reporting: frozenset[str] = frozenset()
    persons: dict[str, str] = field(default_factory=dict)  # name form -> person id
    # surname -> country, when every known person of that surname has the same one
    surnames: dict[str, str] = field(default_factory=dict)
    # lower-case country names by length, for misspelt names ("Afganistan")
    country_names: dict[int, list[tuple[str, str]]] = field(default_factory=dict)


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a table of this pack's ``data`` folder (``kg.tables.read_tsv``)."""
    return tables.read_tsv(DATA / name)


_alts = tables.alternatives


def _name_variants(name: str) -> set[str]:
    """Surface forms of a table name: '&' spelt out, 'St.' as Saint, no leading 'The'."""
    out = {name}
    if "&" in name:
        out.add(name.replace("&", "and"))
    if name.startswith("St. "):
        out.add("Saint " + name[4:])
    if name.startswith("The "):
        out.add(name[4:])
    return out


def _plurals(word: str) -> list[str]:
    """'Iranian' -> ['iranians']; 'Chinese', 'French', 'Swiss' have no -s plural."""
    w = word.lower()
    if w.endswith(("ese", "sh", "ch", "ss", "men", "ish", "s")):
        return []
    return [w + "s"]


# Adverb particles: after the verb and before its object they go with the verb ("lay down
# arms", "scale back relations with"), as the parse hangs them on it.
PARTICLES = frozenset("down off back up out away over".split())


def _parse_pattern(pattern: str) -> tuple[str, str, str]:
    """'hold talk with' -> ('hold', 'talk', 'with'); 'call on' -> ('call', '', 'on');
    'lay down arm' -> ('lay', 'arm', 'down'); 'scale back relation with' -> ('scale',
    'relation', 'back with')."""
    words = pattern.lower().split()
    verb, rest = words[0], words[1:]
    particle = ""
    if len(rest) > 1 and rest[0] in PARTICLES and rest[-1] not in PREPS:
        particle = rest.pop(0)
    elif len(rest) > 2 and rest[0] in PARTICLES and rest[-2] not in PREPS:
        particle = rest.pop(0)  # "scale back relation with"
    prep = ""
    if rest and rest[-1] in PREPS:
        prep = rest.pop()
        # two-word particles ("pull out of", "go back on")
        if rest and rest[-1] in PREPS and len(rest) == 1:
            prep = f"{rest.pop()} {prep}"
    noun = " ".join(rest)
    return verb, noun, " ".join(filter(None, (particle, prep)))


@cache
def lexicon() -> Lexicon:
    """The English lexicon, built once per process (and cached on disk, ``kg.cache``,
    keyed by the content of its tables)."""
    from kg.lang.en import frames

    sources = sorted(DATA.glob("*.tsv")) + sorted(kga.DATA.glob("*.tsv"))
    sources += sorted((Path(__file__).parents[2] / "ontologies").glob("actions*.ttl"))
    # the code that builds it
    sources += [Path(__file__), Path(frames.__file__), Path(nominals.__file__)]
    return cached("en-lexicon", sources, _build)


def _build() -> Lexicon:
    lx = Lexicon()
    names: dict[str, NameEntry] = {}
    # shared country table first, then English variants (which win on conflicts)
    for iso3, c in kga.countries().items():
        for v in _name_variants(c.name_en):
            names.setdefault(v, NameEntry("country", iso3))
    for r in read_tsv("countries.tsv"):
        for v in _alts(r["name"]):
            names[v] = NameEntry("country", r["iso3"])
    orgs = kga.organisations()
    for r in read_tsv("organisations.tsv"):
        if r["code"] not in orgs:
            continue  # a code the shared table does not (yet) have
        for v in _alts(r["name"]):
            names[v] = NameEntry("org", r["code"])
    for r in read_tsv("cities.tsv"):
        for v in _alts(r["name"]):
            names.setdefault(v, NameEntry("country", r["iso3"]))
    for r in read_tsv("metonyms.tsv"):
        for v in _alts(r["name"]):
            names[v] = NameEntry("country", r["iso3"], r["sector"] or None)
    known_persons = kga.persons()
    for r in read_tsv("persons.tsv"):
        if r["id"] not in known_persons:
            continue
        for v in _alts(r["name"]):
            names[v] = NameEntry("person", r["id"])
            lx.persons[v] = r["id"]
    lx.names = names
    by_surname: dict[str, set[str]] = {}
    for p in known_persons.values():
        if p.country and p.name_en:
            by_surname.setdefault(p.name_en.split()[-1], set()).add(p.country)
    lx.surnames = {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1}
    for name, e in names.items():
        if e.kind == "country" and e.sector is None and len(name) >= 6 and " " not in name:
            lx.country_names.setdefault(len(name), []).append((name.lower(), e.code))

    demonyms: dict[str, str] = {}
    plurals: set[str] = set()
    for r in read_tsv("demonyms.tsv"):
        for d in _alts(r["demonym"]):
            demonyms[d.lower()] = r["iso3"]
            for p in _plurals(d):
                demonyms.setdefault(p, r["iso3"])
                plurals.add(p)
    lx.demonyms, lx.plural_demonyms = demonyms, frozenset(plurals)
    lx.peoples = {
        f.lower(): (r["code"], r["kin"], r["name"])
        for r in read_tsv("peoples.tsv")
        for f in _alts(r["forms"])
    }

    lx.roles, lx.own_roles = _roles()

    verbs: dict[tuple[str, str, str], VerbEntry] = {}
    defaults = [r["verb"] for r in read_tsv("light_verbs.tsv")]
    for r in read_tsv("nouns.tsv"):
        lvs = defaults if r["light_verbs"] == "*" else _alts(r["light_verbs"])
        for noun in _alts(r["noun"]):
            for lv in lvs:
                key = (lv.lower(), noun.lower(), "")
                verbs.setdefault(
                    key,
                    VerbEntry(
                        key[0], key[1], "", r["action"], tuple(_alts(r["target"])), "event", True
                    ),
                )
    for r in read_tsv("verbs.tsv"):
        for pat in _alts(r["pattern"]):
            v, n, p = _parse_pattern(pat)
            targets = tuple(_alts(r["target"]))
            verbs[(v, n, p)] = VerbEntry(v, n, p, r["action"], targets, r["frame"] or "event")
    lx.verbs = verbs
    lx.verb_lemmas = frozenset(k[0] for k in verbs)
    for k, e in verbs.items():
        if e.nominal and e.action in actions():
            lx.event_nouns.setdefault(k[1].split()[-1], set()).add(actions()[e.action].plover)

    for r in read_tsv("concepts.tsv"):
        for ph in _alts(r["phrase"]):
            lx.concepts[ph.lower()] = (r["cid"], r["label"])

    for r in read_tsv("modality.tsv"):
        target = {"aux": lx.modal_aux, "matrix": lx.modal_matrix, "mark": lx.modal_mark}[r["kind"]]
        for w in _alts(r["word"]):
            target[w.lower()] = r["modality"]
    lx.reporting = frozenset(w for r in read_tsv("reporting.tsv") for w in _alts(r["verb"]))
    # reporting, modality and light verbs are grammar: their bare reading is no event
    grammar = lx.reporting | set(lx.modal_matrix) | set(defaults) | {"fail", "neglect", "be"}
    lx.frames = load_frames(frozenset(grammar))
    lx.verb_lemmas = lx.verb_lemmas | frozenset(lx.frames.by_verb)
    lx.nominals = _nominals(lx, grammar)
    return lx


# Words that open or close an imported agent phrase that is no role noun: "a cabinet
# meeting", "ambassador to" (a fragment of "ambassador to X").
_NOT_ROLE_EDGES = frozenset({"a", "an", "the", "of", "and", "or"}) | PREPS
# Modifiers of a former office holder: the actor resolver codes them (ELI), not the tables.
FORMER = frozenset({"former", "ousted", "deposed", "exiled", "ex", "ex-"})


def _roles() -> tuple[dict[str, str], frozenset[str]]:
    """Role nouns -> sector: the imported Phoenix agents (up to three words, one sector),
    overridden by the hand-written ``roles.tsv``; and the hand-written ones."""
    imported: dict[str, set[str]] = {}
    for r in read_tsv("agents.tsv"):
        words = r["role"].lower().split()
        if len(words) > 3 or words[0] in _NOT_ROLE_EDGES | FORMER or words[-1] in _NOT_ROLE_EDGES:
            continue
        imported.setdefault(" ".join(words), set()).add(r["sector"])
    roles = {k: next(iter(v)) for k, v in imported.items() if len(v) == 1}
    own = {role.lower(): r["sector"] for r in read_tsv("roles.tsv") for role in _alts(r["role"])}
    return roles | own, frozenset(own)


# Where a nominalised verb's object stands: "the invasion of Kuwait".
_NOUN_TARGETS = {"obj": "of", "subj-of-comp": ""}


def _nominals(lx: Lexicon, grammar: set[str] | frozenset[str]) -> dict[str, VerbEntry]:
    """Event nouns: nouns.tsv rows, then nominalisations of the verbs with a bare event
    reading (a hand-written verb first, else its imported CAMEO frame)."""
    out: dict[str, VerbEntry] = {}
    for r in read_tsv("nouns.tsv"):
        for noun in _alts(r["noun"]):
            targets = tuple(t for t in _alts(r["target"]) if t != "subj-of-comp")
            out.setdefault(
                noun.lower(), VerbEntry("", noun.lower(), "", r["action"], targets, "event", True)
            )
    bare: dict[str, VerbEntry] = {}
    for (v, n, p), e in lx.verbs.items():
        if not n and not p and e.frame == "event" and not e.nominal and v not in grammar:
            bare[v] = e
    for v, frames in lx.frames.by_verb.items():
        if v in bare or v in grammar:
            continue
        f = next((f for f in frames if f.specificity == 0 and not f.subject and f.action), None)
        if f is not None and f.frame == "event":
            bare[v] = VerbEntry(v, "", "", f.action, f.targets, "event")
    irregular = {r["noun"].lower(): r["verb"] for r in read_tsv("nominals.tsv")}
    known = actions()

    def category(action: str) -> str:
        return known[action].plover if action in known else ""

    for noun, verb in nominals.index(
        ((v, e.action) for v, e in bare.items()), category, irregular
    ).items():
        e = bare.get(verb)
        if e is None or noun in out or noun in lx.roles or e.action not in known:
            continue
        targets = tuple(dict.fromkeys(t for x in e.targets if (t := _NOUN_TARGETS.get(x, x))))
        out[noun] = VerbEntry(verb, noun, "", e.action, targets, "event", True)
    # a light verb's object that names a thing (troops, rockets, food) is no event by itself
    return {
        n: e for n, e in out.items() if irregular.get(n) != "-" and n.split()[-1] not in lx.roles
    }
