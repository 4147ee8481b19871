"""Import the field's MIT dictionaries (PETRARCH2, UniversalPETRARCH) as the project's tables.

Reads ``../shared/reference/`` (TABARI/PETRARCH dictionary formats) and writes:

- ``ontologies/actions_cameo.ttl``: an action for every CAMEO code the project has no
  action of its own for (names from ``kg/data/cameo_codes.tsv``, PLOVER category, quad
  class and Goldstein value of the code's root from ``cameo_plover.tsv``);
- ``kg/lang/en/data/cameo_verbs.tsv``, ``cameo_patterns.tsv``, ``cameo_synsets.tsv``: the
  English verb dictionary as verb groups, their patterns and the synonym sets they use;
- ``kg/lang/ar/data/cameo_verbs.tsv``, ``cameo_patterns.tsv``, ``cameo_synsets.tsv``: the
  same for Arabic;
- ``kg/data/kb/actors.tsv``, ``names_en.tsv``, ``names_ar.tsv``: one actor knowledge base
  (persons, offices, bodies and groups with date-bounded roles) and its name forms;
- ``kg/lang/en/data/agents.tsv``, ``kg/lang/ar/data/agents.tsv``: role nouns -> sectors;
- ``NOTICE`` entries for the sources.

The output is deterministic: running the script again on the same files gives the same
bytes (``tests/test_import_dictionaries.py`` checks that the committed tables do not drift).

    python tools/import_dictionaries.py [--reference DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"

# ---------------------------------------------------------------- common helpers


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _words(phrase: str) -> str:
    """A TABARI phrase (``BILL_CLINTON_``) as plain words (``BILL CLINTON``)."""
    return " ".join(phrase.replace("_", " ").split())


def _tsv(rows: Iterable[Iterable[str]], header: Iterable[str], comments: Iterable[str]) -> str:
    buf = io.StringIO()
    for c in comments:
        buf.write(f"# {c}\n")
    w = csv.writer(
        buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
    )
    w.writerow(header)
    for r in rows:
        w.writerow([str(x).replace("\t", " ") for x in r])
    return buf.getvalue()


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if ln.strip() and not ln.startswith("#"))
        return [
            {k: (v or "").strip() for k, v in r.items()}
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def slug(text: str) -> str:
    """A readable id fragment (same rule as ``kg.actors.slug``)."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]", "", text)
    return re.sub(r"[^\w]+", "-", text).strip("-") or "x"


# ------------------------------------------------------------ CAMEO vocabulary


def cameo_roots(reference: Path) -> dict[str, dict[str, str]]:
    """CAMEO root (two digits) -> its row of ``cameo_plover.tsv``."""
    out = {}
    with open(reference / "cameo_plover.tsv", encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        if r["table"] == "cameo_root":
            out[r["code"]] = r
    return out


def plover_of(code: str) -> str | None:
    """The PLOVER category of a CAMEO code, by its root (08 splits at 084)."""
    root = code[:2]
    if root == "01":
        return None  # public statements: PLOVER drops them
    if root == "08":
        return "RETREAT" if code[:3] >= "084" else "CONCEDE"
    return {
        "02": "REQUEST",  # appeals are requests (PLOVER's REQUEST covers CAMEO 02 and 10)
        "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
        "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
        "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
        "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
    }.get(root)  # fmt: skip


def cameo_actions(reference: Path) -> tuple[str, dict[str, str]]:
    """Turtle of the generated CAMEO actions, and code -> action id for every code."""
    roots = cameo_roots(reference)
    codes = _read_tsv(ROOT / "kg" / "data" / "cameo_codes.tsv")
    properties = _curated_properties()
    # PLOVER category -> direct property of its first action in actions.ttl
    category_property: dict[str, str] = {}
    for r in codes:
        if r["action"] in properties:
            category_property.setdefault(plover_of(r["code"]) or "", properties[r["action"]])
    by_code: dict[str, str] = {}
    chunks = []
    for r in codes:
        code, name, action = r["code"], r["name"], r["action"]
        plover = plover_of(code)
        if action:
            by_code[code] = action
            continue
        if plover is None:
            continue
        aid = f"cameo_{code}"
        by_code[code] = aid
        root = roots[code[:2]]
        # the direct property of the nearest action of actions.ttl above the code
        parent = next(
            (by_code[c] for c in (code[:3], code[:2] + "0") if by_code.get(c) in properties),
            None,
        )
        prop = properties[parent] if parent else category_property[plover]
        chunks.append(
            f"kga:{aid} a skos:Concept ;\n"
            f"    skos:inScheme kga: ;\n"
            f'    skos:notation "{aid}" ;\n'
            f'    skos:prefLabel "{name}"@en , "{r["name_ar"]}"@ar ;\n'
            f"    skos:broader kga:{plover} ;\n"
            f'    kgo:cameoCode "{code}" ;\n'
            f"    kgo:quadClass {root['gdelt_quadclass']} ;\n"
            f"    kgo:goldstein {float(root['goldstein_root'])} ;\n"
            f"    kgo:directProperty {prop} .\n"
        )
    head = (
        "# Generated by tools/import_dictionaries.py from kg/data/cameo_codes.tsv and the CAMEO\n"
        "# roots of ../shared/reference/cameo_plover.tsv. Do not edit by hand.\n"
        "#\n"
        "# One action per CAMEO code that ontologies/actions.ttl has no action of its own\n"
        "# for, so a verb frame coded to that code keeps it. Quad class and Goldstein value\n"
        "# are those of the code's root, as in actions.ttl; the direct property is that of\n"
        "# the nearest action above the code.\n\n"
        "@prefix kga:  <https://w3id.org/kg-events/action/> .\n"
        "@prefix kgo:  <https://w3id.org/kg-events/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n"
    )
    return head + "\n".join(chunks), by_code


def _curated_properties() -> dict[str, str]:
    """Action id of ``actions.ttl`` -> its direct property (as a ``kgo:`` CURIE)."""
    text = (ROOT / "ontologies" / "actions.ttl").read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"kga:(\w+) a skos:Concept ;(.*?)\.\n", text, re.S):
        p = re.search(r"kgo:directProperty (kgo:\w+)", m.group(2))
        if p:
            out[m.group(1)] = p.group(1)
    return out


# ------------------------------------------------------------ verb dictionaries

# Words right after the verb that PETRARCH writes as plain words but are verb particles.
PARTICLES = frozenset(
    "OFF UP OUT DOWN BACK AWAY OVER FORWARD ASIDE AHEAD APART TOGETHER ABOUT AROUND".split()
)
_PATTERN = re.compile(r"^-\s*(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*(?:#(?P<note>.*))?$")
_TOKEN = re.compile(r"\((?:[^()]|\{[^}]*\})*\)|\{[^}]*\}|[^\s(){}]+")
_HEADER = re.compile(r"^---\s*(?P<name>.+?)\s*\[(?P<code>[^\]]*)\]\s*---")


@dataclass
class Pattern:
    """One verb pattern: constraints on subject, particle, object and one prepositional
    phrase, and the CAMEO code it gives (``---``: no event)."""

    group: str
    code: str
    subject: list[str] = field(default_factory=list)
    particle: str = ""
    obj: list[str] = field(default_factory=list)
    prep: str = ""
    pobj: list[str] = field(default_factory=list)
    target: str = ""  # obj or prep: where PETRARCH marks the target (+)
    reverse: bool = False  # [:code]: the event runs from the object to the subject
    verbs: list[str] = field(default_factory=list)  # the verbs it was written for

    def row(self) -> list[str]:
        return [
            self.group,
            "|".join(self.verbs),
            "|".join(self.subject),
            self.particle,
            "|".join(self.obj),
            self.prep,
            "|".join(self.pobj),
            self.code,
            self.target,
            "1" if self.reverse else "",
        ]


def _phrase(tok: str) -> str | None:
    """A noun word, ``{A B}`` phrase or ``&SET`` of a pattern, lower case; None for markers."""
    tok = tok.strip()
    if tok.startswith("{"):
        inner = [w for w in tok.strip("{}").split() if w not in ("$", "+", "^", "%")]
        return " ".join(_words(w).lower() for w in inner) or None
    if tok in ("$", "+", "^", "%", "*") or not tok:
        return None
    if tok.startswith("&"):
        return tok.rstrip("_")
    return _words(tok).lower()


def _code(raw: str) -> tuple[str, bool] | None:
    """``190`` -> (190, False); ``042:043`` -> (042, False); ``:173`` -> (173, True)."""
    raw = raw.strip()
    if raw.startswith("---"):
        return "---", False
    first, _, second = raw.partition(":")
    if first:
        return (first, False) if first.isdigit() else None
    return (second, True) if second.isdigit() else None


def parse_pattern(group: str, line: str) -> Pattern | None:
    """A ``- pre * post [code]`` line as a ``Pattern``; None when it cannot be read."""
    m = _PATTERN.match(line)
    if not m or "*" not in m.group("body"):
        return None
    code = _code(m.group("code"))
    if code is None:
        return None
    pre, _, post = m.group("body").partition("*")
    p = Pattern(group, code[0], reverse=code[1])
    # "# RUSH", "# عمل_بسرعة,سرع": the verbs the pattern was written for
    note = re.sub(r"<[^>]*>", "", m.group("note") or "")
    p.verbs = [_words(v).lower() for v in re.split(r"[,،]", note) if v.strip()][:12]
    for tok in _TOKEN.findall(pre):
        w = _phrase(tok)
        if w is not None and not tok.startswith("("):
            p.subject.append(w)
    for n, tok in enumerate(_TOKEN.findall(post)):
        if tok == "+":
            p.target = p.target or "obj"
        elif tok.startswith("("):
            inner = _TOKEN.findall(tok[1:-1])
            if not inner:
                continue
            pobj = [x for w in inner[1:] if (x := _phrase(w)) is not None]
            if len(pobj) > 1:
                pobj = [" ".join(pobj)] if not any(x.startswith("&") for x in pobj) else []
            if p.prep and (p.pobj or not pobj):
                continue  # of two phrases, the first that names its object is kept
            p.prep, p.pobj = _words(inner[0]).lower(), pobj
            if "+" in inner[1:]:
                p.target = "prep"
        elif n == 0 and tok in PARTICLES:
            p.particle = tok.lower()
        elif (x := _phrase(tok)) is not None:
            p.obj.append(x)
    if len(p.obj) > 1:
        # consecutive plain words name one noun phrase ("OFF DECISION" has a particle)
        plain = [x for x in p.obj if not x.startswith("&")]
        p.obj = [" ".join(plain)] if len(plain) == len(p.obj) else p.obj[:1]
    return p


@dataclass
class Verb:
    """A verb of a group: its lemma, words that complete it (``CALL_OFF``) and its code."""

    lemma: str
    rest: str
    group: str
    code: str
    forms: list[str]


def parse_verb_dictionary(
    path: Path, skip_to: str = "VERB PATTERNS"
) -> tuple[list[Verb], list[Pattern], dict[str, list[str]]]:
    """Verbs, patterns and synonym sets of a PETRARCH verb dictionary."""
    lines = path.read_text(encoding="utf-8").splitlines()
    synsets: dict[str, list[str]] = {}
    verbs: list[Verb] = []
    patterns: list[Pattern] = []
    current_set: str | None = None
    group = ""
    in_verbs = False
    for raw in lines:
        if skip_to in raw and raw.startswith("#"):
            in_verbs = True
            current_set = None
            continue
        if raw.startswith("#") and "TRANSFORMATIONS" in raw:
            break
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_set = _strip_comment(line).strip().rstrip("_")
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                w = _words(_strip_comment(line)[1:]).lower()
                if w and w not in synsets[current_set]:
                    synsets[current_set].append(w)
            continue
        if m := _HEADER.match(line):
            group = _words(m.group("name")).lower()
            continue
        if line.startswith("-"):
            if (p := parse_pattern(group, line)) is not None:
                patterns.append(p)
            continue
        v = _parse_verb_line(line, group)
        if v is not None:
            verbs.append(v)
    return verbs, patterns, synsets


def _parse_verb_line(line: str, group: str) -> Verb | None:
    """A verb line. Its code when no pattern matches is the one written on the line; the
    group's code is not taken (APPREHEND [171] may fit "seize", not "take"; ARRIVE [040]
    fits officials, not troops)."""
    body = _strip_comment(line)
    code = ""
    if m := re.search(r"\[([^\]]*)\]", body):
        c = _code(m.group(1))
        code = c[0] if c else ""
        body = body[: m.start()] + body[m.end() :]
    forms: list[str] = []
    if m := re.search(r"\{([^}]*)\}", body):
        forms = [_words(f.lstrip("+")).lower() for f in m.group(1).split() if f.strip("+")]
        body = body[: m.start()] + body[m.end() :]
    # CALL_OFF, حقق+في: the verb and the words that complete it
    words = [w for w in re.split(r"[+_\s]+", body.strip().lower()) if w]
    if not words or not all(re.fullmatch(r"[\w'.-]+", w) for w in words):
        return None
    return Verb(words[0], " ".join(words[1:]), group, code or "---", forms)


def verb_tables(
    verbs: list[Verb],
    patterns: list[Pattern],
    synsets: dict[str, list[str]],
    source: str,
    defaults: bool = True,
) -> dict[str, str]:
    """The three TSV tables of a verb dictionary (file name -> text)."""
    note = f"Generated by tools/import_dictionaries.py from {source} (MIT). Do not edit by hand."
    used = {w for p in patterns for w in p.subject + p.obj + p.pobj if w.startswith("&")}
    used |= {w.split()[0] for p in patterns for w in p.obj + p.pobj if w.startswith("&")}
    verb_rows = sorted(
        {
            (v.lemma, v.rest, v.group, v.code if defaults else "---", " ".join(v.forms))
            for v in verbs
        }
    )
    return {
        "cameo_verbs.tsv": _tsv(
            verb_rows,
            ("verb", "rest", "group", "code", "forms"),
            [
                note,
                "A verb (lemma; rest: words that complete it, CALL_OFF) belongs to a group whose",
                "patterns it shares; code: its CAMEO code when no pattern matches (--- none), as",
                "written on the verb's own line (group codes are not given to every verb).",
            ],
        ),
        "cameo_patterns.tsv": _tsv(
            [p.row() for p in patterns],
            (
                "group",
                "verbs",
                "subject",
                "particle",
                "object",
                "prep",
                "pobj",
                "code",
                "target",
                "reverse",
            ),  # fmt: skip
            [
                note,
                "A pattern of a verb group: constraints on the subject, the particle,",
                "the object and one prepositional phrase (prep + its object);",
                "alternatives are separated by |, &NAME is a set of cameo_synsets.tsv;",
                "code --- means no event; target: where the pattern puts the target",
                "(obj, prep); reverse: the event runs object -> subject; verbs: the",
                "verbs of the group it was written for (empty: all of them).",
            ],
        ),
        "cameo_synsets.tsv": _tsv(
            sorted((name, w) for name, ws in synsets.items() if name in used for w in ws),
            ("set", "phrase"),
            [note],
        ),
    }


def english_verbs(reference: Path) -> dict[str, str]:
    path = reference / "petrarch2" / "CAMEO.2.0.txt"
    return verb_tables(*parse_verb_dictionary(path), "petrarch2/CAMEO.2.0.txt")


def arabic_verbs(reference: Path) -> dict[str, str]:
    path = reference / "universalpetrarch" / "CAMEO.ar.0.5.txt"
    verbs, patterns, synsets = parse_verb_dictionary(path)
    # the file's own sets first, then synsets.ar.txt for the names it lacks
    _, _, more = parse_verb_dictionary(reference / "universalpetrarch" / "synsets.ar.txt")
    for name, words in more.items():
        synsets.setdefault(name, words)
    # The group and verb default codes of the Arabic file were carried over from the
    # English groups and do not fit the Arabic verbs (قدم "present" 163, وصل 010):
    # only patterns with their own object or preposition are imported.
    patterns = [p for p in patterns if p.obj or p.prep or p.particle]
    return verb_tables(
        verbs, patterns, synsets, "universalpetrarch/CAMEO.ar.0.5.txt, synsets.ar.txt", False
    )


# ------------------------------------------------------------ actor dictionaries

# CAMEO sector (role) codes kept as the project's sector.
SECTORS = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL ELI LEG HLH REF MOD RAD AGR ENV HRI "
    "LAB UAF INS SEP DEV REL".split()
)
# CAMEO codes of international bodies -> the project's organisation codes (kg/data).
ORGS = {
    "UNO": "UNO", "EEC": "EU", "NAT": "NATO", "ARL": "ARL", "WBK": "WB", "IMF": "IMF",
    "WHO": "WHO", "IAE": "IAEA", "ICJ": "ICJ", "ICC": "ICC", "HCR": "UNHCR", "KID": "UNICEF",
    "WFP": "WFP", "OPC": "OPEC", "GCC": "GCC", "OIC": "OIC", "ASN": "ASEAN", "AFU": "AU",
    "IRC": "ICRC", "AMN": "AMNESTY", "HRW": "HRW", "MSF": "MSF",
    "WTO": "WTO", "OSC": "OSCE", "COE": "COE", "CIS": "CIS", "ECW": "ECOWAS", "IGA": "IGAD",
    "ITP": "INTERPOL", "AMU": "AMU", "SCO": "SCO",
}  # fmt: skip
# Country slots of bodies without a home country.
SLOTS = frozenset({"IGO", "NGO", "IMG", "MNC"})
# Words of names of bodies, not persons.
BODY_WORDS = frozenset(
    """organization organisation agency council committee commission fund program programme
    union party movement front army forces force brigade brigades group association
    federation institute institution bank office ministry department mission court tribunal
    assembly parliament government administration police league alliance network center
    centre foundation society corporation company news radio tv television authority service
    services guard guards unit corps coalition board bureau secretariat conference forum
    cabinet regime militia rebels insurgents the of and for people's national international
    republic kingdom state states university school hospital church""".split()
)


@dataclass
class Role:
    """One CAMEO actor code with its date bounds (ISO dates, empty = open)."""

    country: str
    sector: str
    org: str
    start: str = ""
    end: str = ""

    def cell(self) -> str:
        span = f"@{self.start}..{self.end}" if self.start or self.end else ""
        return f"{self.country}:{self.sector}:{self.org}{span}"


@dataclass
class RawActor:
    root: str
    synonyms: list[str]
    roles: list[Role]
    comment: str


def _date(raw: str, century_pivot: int = 30) -> str:
    """``930120`` -> 1993-01-20, ``20010120`` -> 2001-01-20; '' for an unreadable date."""
    raw = raw.strip()
    if len(raw) == 6 and raw.isdigit():
        yy = int(raw[:2])
        raw = f"{2000 + yy if yy < century_pivot else 1900 + yy}{raw[2:]}"
    if len(raw) != 8 or not raw.isdigit():
        return ""
    y, m, d = int(raw[:4]), int(raw[4:6]), int(raw[6:])
    if not (1800 < y < 2100 and 1 <= m <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_code(code: str, countries: frozenset[str]) -> Role | None:
    """A CAMEO actor code (``USAGOV``, ``IGOUNOKID``, ``IMGMUSALQ``) as country, sector, org."""
    code = code.strip().upper()
    if not code or code.startswith(("~", "-")) or not re.fullmatch(r"[A-Z]{3,}", code):
        return None
    chunks = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    country, sector, org = "", "", ""
    first = chunks[0]
    if first in countries or first in SLOTS:
        country = first
        chunks = chunks[1:]
    for c in chunks:
        if c in SECTORS and not sector:
            sector = c
        elif c in ORGS and not org:
            org = ORGS[c]
        elif c in countries and not country:
            country = c
    if not (country or sector or org):
        return None
    return Role(country, sector, org)


_ROLE = re.compile(r"\[([^\]]*)\]")


def _roles(text: str, countries: frozenset[str]) -> list[Role]:
    out = []
    for m in _ROLE.finditer(text):
        parts = m.group(1).split()
        if not parts:
            continue
        role = parse_code(parts[0], countries)
        if role is None:
            continue
        span = " ".join(parts[1:])
        if span.startswith(">"):
            role.start = _date(span[1:])
        elif span.startswith("<"):
            role.end = _date(span[1:])
        elif "-" in span:
            a, _, b = span.partition("-")
            role.start, role.end = _date(a), _date(b)
            if role.start and role.end and role.end < role.start:
                role.end = ""  # 18000101 and other impossible ends: open
        out.append(role)
    return out


def parse_actor_file(path: Path, countries: frozenset[str]) -> list[RawActor]:
    """Actors of a TABARI/PETRARCH actor dictionary: root, synonyms, dated codes."""
    out: list[RawActor] = []
    cur: RawActor | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body, _, comment = raw.partition("#")
        if raw[0] in " \t" or raw.lstrip().startswith("["):
            if cur is not None:
                cur.roles += _roles(body, countries)
            continue
        if raw.startswith("+"):
            if cur is not None:
                name = _words(_ROLE.sub("", body)[1:])
                if name:
                    cur.synonyms.append(name)
                cur.roles += _roles(body, countries)
            continue
        name = _words(_ROLE.sub("", body))
        if not name or name.startswith("!"):
            cur = None
            continue
        cur = RawActor(name, [], _roles(body, countries), comment.strip())
        out.append(cur)
    for a in out:  # a code without a country (an [ELI] after an office) keeps the actor's
        home = next((r.country for r in a.roles if r.country), "")
        for r in a.roles:
            r.country = r.country or home
    return [a for a in out if a.roles]


_REGIME = re.compile(r"\b(ADMINISTRATION|GOVERNMENT|REGIME|CABINET)\b", re.I)
_LOWER_WORDS = frozenset("al el bin ibn bint ben of the and de du da la le van von der y".split())


def surface(words: str) -> str:
    """``BILL CLINTON`` -> ``Bill Clinton``; acronyms (``ANSF``, ``U.N.``) stay upper case."""
    out = []
    for i, w in enumerate(words.split()):
        parts = []
        for part in w.split("-"):
            low = part.lower()
            if "." in part or (part.isupper() and not re.search(r"[AEIOUY]", part)):
                parts.append(part)
            elif low in _LOWER_WORDS and (i > 0 or parts):
                parts.append(low)
            else:
                parts.append(part[:1].upper() + part[1:].lower())
        out.append("-".join(parts))
    return " ".join(out)


def _body_like(name: str) -> bool:
    words = name.lower().replace("-", " ").split()
    return len(words) == 1 or any(w in BODY_WORDS for w in words)


_AR_BODY = frozenset(
    """حركة تنظيم جبهة حزب جيش قوات قوة مجلس منظمة اتحاد جامعة وزارة هيئة لجنة جماعة كتائب
    كتيبة لواء ائتلاف تحالف حكومة رئاسة برلمان محكمة شرطة امن أمن مؤسسة شركة بنك صندوق
    وكالة مركز مكتب ادارة إدارة سلطة ديوان جمعية نقابة نظام سفارة قنصلية بعثة""".split()
)
# Lemma forms of regions and common phrases the Arabic dictionary lists as actors (the
# newspaper الشرق الأوسط as Saudi Arabia): in news they name a region, not an actor.
_AR_NOT_ACTORS = frozenset(
    {"شرق أوسط", "شرق اوسط", "خليج", "خليج عربي", "عالم عربي", "عالم إسلامي", "غرب", "شرق"}
)


def _ar_body_like(name: str) -> bool:
    return any(w in _AR_BODY for w in name.split())


# Words of titles and offices: an entry made only of them and of nisba adjectives
# (وزير خارجية روسي) names an office, which the Arabic pack composes from its own role
# and demonym tables (and then joins to the name that follows).
_AR_TITLE_WORDS = frozenset(
    """رئيس رئيسة وزير وزيرة نائب أمين عام سفير سفيرة قائد ملك أمير شيخ مستشار متحدث
    مدير محافظ زعيم مبعوث ممثل مندوب عاهل ولي عهد خارجية دفاع داخلية عدل مالية اقتصاد
    إعلام صحة تعليم جمهورية حكومة وزراء دولة مجلس شورى نواب شعب برلمان أركان جيش قوات
    هيئة لجنة باسم ل و في الأمم المتحدة وزارة شرطة""".split()
)


def _ar_office(name: str) -> bool:
    words = name.split()
    rest = [w for w in words if w not in _AR_TITLE_WORDS and not w.endswith(("ي", "ية", "يه"))]
    return bool(words) and words[0] in _AR_TITLE_WORDS and not rest


@dataclass
class KB:
    """The actor knowledge base being built: actors and name forms per language."""

    actors: dict[str, dict[str, str]] = field(default_factory=dict)
    names: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    agents: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))

    def add_actor(self, aid: str, kind: str, label: str, roles: list[Role], **extra: str) -> str:
        cur = self.actors.get(aid)
        if cur is None:
            self.actors[aid] = {
                "id": aid, "type": kind, "label": label, "label_ar": extra.get("label_ar", ""),
                "qid": extra.get("qid", ""), "roles": "|".join(r.cell() for r in roles),
            }  # fmt: skip
        else:  # the same actor in a second file: its roles add up
            seen = cur["roles"].split("|") if cur["roles"] else []
            cur["roles"] = "|".join(seen + [r.cell() for r in roles if r.cell() not in seen])
            for k in ("label_ar", "qid"):
                cur[k] = cur[k] or extra.get(k, "")
        return aid


def _project() -> tuple[frozenset[str], dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    data = ROOT / "kg" / "data"
    countries = frozenset(r["iso3"] for r in _read_tsv(data / "countries.tsv"))
    persons = {r["id"]: r for r in _read_tsv(data / "persons.tsv")}
    orgs = {r["code"]: r for r in _read_tsv(data / "organisations.tsv")}
    return countries, persons, orgs


def _project_org_names() -> dict[str, str]:
    """Lower-case English names of the hand-written organisations -> their code."""
    _, _, orgs = _project()
    out = {o["name_en"].lower(): code for code, o in orgs.items() if o["name_en"]}
    for r in _read_tsv(ROOT / "kg" / "lang" / "en" / "data" / "organisations.tsv"):
        for name in r["name"].split("|"):
            if r["code"] in orgs and name.strip():
                out.setdefault(name.strip().lower(), r["code"])
    return out


def english_actors(reference: Path, kb: KB) -> None:
    """The Phoenix actor files into ``kb`` (English names)."""
    countries, persons, orgs = _project()
    by_name = {p["name_en"].lower(): pid for pid, p in persons.items() if p["name_en"]}
    org_names = _project_org_names()
    files = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
             "Phoenix.MilNonState.actors.txt")  # fmt: skip
    for name in files:
        groups_only = name.startswith("Phoenix.MilNonState")
        for a in parse_actor_file(reference / "petrarch2" / name, countries):
            forms = [a.root, *a.synonyms]
            dated = any(r.start or r.end for r in a.roles)
            first = a.roles[0]
            undated_one = not dated and len(a.roles) == 1
            places = {r.country for r in a.roles}
            if all(not r.sector and not r.org for r in a.roles) and places <= countries:
                if len(places) == 1:
                    ref = f"country:{first.country}"  # a country or a place in it
                else:  # a place that changed country (Soviet Azerbaijan, then Azerbaijan)
                    roles = [r for r in a.roles if r.country in countries]
                    ref = kb.add_actor(f"place/{slug(a.root)}", "place", surface(a.root), roles)
            elif known := next((org_names[f.lower()] for f in forms if f.lower() in org_names), ""):
                ref = f"org:{known}"  # a body the hand-written tables have
            elif undated_one and first.org and first.org in orgs and _body_like(a.root):
                ref = f"org:{first.org}"
            elif undated_one and first.country in countries and first.sector and _body_like(a.root):
                ref = f"country:{first.country}:{first.sector}"  # an office: Afghan army
            elif first.country == "MNC" and len(a.root.split()) < 2:
                continue  # one-word company names (Total, Shell) are ordinary words too
            elif not groups_only and (
                dated
                or "CountryInfo" in a.comment
                or not (_body_like(a.root) or first.country in SLOTS)
            ):
                pid = next((by_name[f.lower()] for f in forms if f.lower() in by_name), None)
                p = persons.get(pid or "")
                ref = kb.add_actor(
                    f"person/{pid or slug(a.root)}",
                    "person",
                    p["name_en"] if p else surface(a.root),
                    a.roles,
                    qid=p["qid"] if p else "",
                    label_ar=p["name_ar"] if p else "",
                )
            else:
                kind = (
                    "group"
                    if first.country == "IMG" or first.sector in ("REB", "INS")
                    else ("organisation")
                )
                ref = kb.add_actor(f"org/{slug(a.root)}", kind, surface(a.root), a.roles)
            for f in forms:
                if len(f) <= 1:
                    continue
                if ref.startswith("person/") and _REGIME.search(f):
                    # "the Clinton administration": the government the person led
                    home = next((r.country for r in a.roles if r.sector == "GOV"), "")
                    if home in countries:
                        kb.names["en"].add((f.lower(), f"country:{home}:GOV"))
                    continue
                kb.names["en"].add((f.lower(), ref))


def arabic_actors(reference: Path, kb: KB) -> None:
    """UniversalPETRARCH's Arabic actor dictionary into ``kb`` (Arabic names).

    Its entries are written as lemmas (no article, masculine singular nisba: وزارة دفاع
    أميركي), which is how the Arabic matcher compares words. A person the project knows
    (same name in ``kg/data/persons.tsv``) keeps the project's id.
    """
    sys.path.insert(0, str(ROOT))
    from kg.lang.ar.normalize import normalize

    countries, persons, orgs = _project()
    by_name = {normalize(p["name_ar"]): pid for pid, p in persons.items() if p["name_ar"]}
    org_by_name = {normalize(o["name_ar"]): c for c, o in orgs.items() if o["name_ar"]}
    not_actors = {normalize(w) for w in _AR_NOT_ACTORS}
    path = reference / "universalpetrarch" / "actor_dict_ar_v4.txt"
    for a in parse_actor_file(path, countries):
        first = a.roles[0]
        dated = any(r.start or r.end for r in a.roles)
        for form in [a.root, *a.synonyms]:
            form = " ".join(form.split())
            if len(form) < 3 or re.search(r"[A-Za-z0-9]", form):
                continue
            if normalize(form) in not_actors:
                continue
            if not first.country and first.sector:
                kb.agents["ar"].add((form, first.sector))  # جيش: a role noun
                continue
            if _ar_office(form):
                continue  # وزير خارجية روسي: the pack composes offices from roles
            if len(form.split()) < 2:
                continue  # one Arabic word is too often an ordinary word too (مالي, فتح)
            if first.country in countries and not first.sector and not dated:
                ref = f"country:{first.country}"  # غزة, جدة: a place
            elif normalize(form) in org_by_name:
                ref = f"org:{org_by_name[normalize(form)]}"
            elif (
                first.country in countries and first.sector and not dated and _ar_body_like(a.root)
            ):
                ref = f"country:{first.country}:{first.sector}"  # وزارة دفاع أميركي
            elif _ar_body_like(a.root) or first.country in SLOTS:
                kind = "group" if first.sector in ("REB", "INS") else "organisation"
                ref = kb.add_actor(f"org/{slug(a.root)}", kind, a.root, a.roles, label_ar=a.root)
            elif len(a.root.split()) >= 2 or dated:
                pid = by_name.get(normalize(a.root))
                p = persons.get(pid or "")
                ref = kb.add_actor(
                    f"person/{pid or slug(a.root)}",
                    "person",
                    p["name_en"] if p else a.root,
                    a.roles,
                    label_ar=p["name_ar"] if p else a.root,
                    qid=p["qid"] if p else "",
                )
            else:
                continue  # a one-word person name (ابو) is too ambiguous to match
            kb.names["ar"].add((form, ref))


def english_agents(reference: Path, kb: KB) -> None:
    """Role nouns of ``Phoenix.agents.txt`` (``!PERSON!`` macros expanded) -> sectors."""
    macros: dict[str, list[str]] = {}
    for raw in (reference / "petrarch2" / "Phoenix.agents.txt").read_text("utf-8").splitlines():
        line = _strip_comment(raw).strip()
        if m := re.match(r"^(!\w+!)\s*=\s*(.+)$", line):
            macros[m.group(1)] = [w.strip().lower() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})", line)
        if not m:
            continue
        sector = m.group(3)
        if sector not in SECTORS:
            continue
        forms = [m.group(1)] + (m.group(2).strip("{}").split() if m.group(2) else [])
        for form in forms:
            for macro, words in macros.items():
                if macro in form:
                    forms += [form.replace(macro, w.upper()) for w in words]
            if "!" not in form:
                kb.agents["en"].add((_words(form).lower(), sector))


def arabic_agents(reference: Path, kb: KB) -> None:
    """Role nouns of ``agents.all.ar.txt``: the Arabic text after each English key."""
    path = reference / "universalpetrarch" / "agents.all.ar.txt"
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^[A-Z_'!.-]+\s*\[~([A-Z]{3})[^\]]*\]\s*(?:#\s*\?)?\s*([^\x00-\x7f].*)$", raw)
        if not m or m.group(1) not in SECTORS:
            continue
        ar = " ".join(_strip_comment(m.group(2)).split())
        # one or two words: longer translations are descriptions, not role nouns
        if ar and len(ar.split()) <= 2 and not re.search(r"[A-Za-z0-9?]", ar):
            kb.agents["ar"].add((ar, m.group(1)))


def kb_tables(kb: KB) -> dict[str, str]:
    """The knowledge base as TSV tables (path under the repository -> text)."""
    note = (
        "Generated by tools/import_dictionaries.py from the PETRARCH2 Phoenix actor "
        "dictionaries and UniversalPETRARCH's actor_dict_ar_v4.txt (MIT). Do not edit by hand."
    )
    actors = sorted(kb.actors.values(), key=lambda a: a["id"])
    out = {
        "kg/data/kb/actors.tsv": _tsv(
            ([a["id"], a["type"], a["label"], a["label_ar"], a["qid"], a["roles"]] for a in actors),
            ("id", "type", "label", "label_ar", "qid", "roles"),
            [
                note,
                "roles: CAMEO codes as country:sector:organisation, each with @start..end when",
                "the dictionary bounds it in time (ISO dates; an empty bound is open).",
                "Hand-written rows of kg/data/persons.tsv and organisations.tsv override these.",
            ],
        ),
    }
    for lang in ("en", "ar"):
        out[f"kg/data/kb/names_{lang}.tsv"] = _tsv(
            sorted(kb.names[lang]),
            ("form", "ref"),
            [
                note,
                "form: a name as written (English lower case; Arabic as lemmas, no article);",
                "ref: an actor id of actors.tsv, country:ISO3[:SECTOR] or org:CODE (kg/data).",
            ],
        )
        out[f"kg/lang/{lang}/data/agents.tsv"] = _tsv(
            sorted(kb.agents[lang]),
            ("role", "sector"),
            [
                "Generated by tools/import_dictionaries.py from "
                + ("petrarch2/Phoenix.agents.txt" if lang == "en" else
                   "universalpetrarch/agents.all.ar.txt and actor_dict_ar_v4.txt")
                + " (MIT). Do not edit by hand.",
                "Role nouns -> CAMEO sector codes; the hand-written roles.tsv overrides them.",
            ],
        )  # fmt: skip
    return out


NOTICE = """This repository includes tables generated from third-party dictionaries
(tools/import_dictionaries.py reads them from ../shared/reference/ and writes the
tables listed below; the source files themselves are not included).

PETRARCH2 dictionaries (CAMEO.2.0.txt, Phoenix.Countries.actors.txt,
Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt, Phoenix.agents.txt)
  Copyright (c) 2015 Open Event Data Alliance. MIT License.
  -> kg/lang/en/data/cameo_verbs.tsv, cameo_patterns.tsv, cameo_synsets.tsv,
     kg/lang/en/data/agents.tsv, kg/data/kb/actors.tsv, kg/data/kb/names_en.tsv

UniversalPETRARCH dictionaries (CAMEO.ar.0.5.txt, synsets.ar.txt, actor_dict_ar_v4.txt,
agents.all.ar.txt)
  Copyright (c) Open Event Data Alliance and contributors. MIT License.
  -> kg/lang/ar/data/cameo_verbs.tsv, cameo_patterns.tsv, cameo_synsets.tsv,
     kg/lang/ar/data/agents.tsv, kg/data/kb/actors.tsv, kg/data/kb/names_ar.tsv

The MIT License (MIT)

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def generate(reference: Path = REFERENCE) -> dict[str, str]:
    """Every generated file: path relative to the repository -> its text."""
    out: dict[str, str] = {}
    ttl, _ = cameo_actions(reference)
    out["ontologies/actions_cameo.ttl"] = ttl
    for lang, tables in (("en", english_verbs(reference)), ("ar", arabic_verbs(reference))):
        for name, text in tables.items():
            out[f"kg/lang/{lang}/data/{name}"] = text
    kb = KB()
    english_actors(reference, kb)
    arabic_actors(reference, kb)
    english_agents(reference, kb)
    arabic_agents(reference, kb)
    out.update(kb_tables(kb))
    out["NOTICE"] = NOTICE
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reference", type=Path, default=REFERENCE, help="../shared/reference")
    ap.add_argument("--out", type=Path, default=ROOT, help="where to write (the repository)")
    args = ap.parse_args(argv)
    if not (args.reference / "petrarch2").is_dir():
        print(f"error: {args.reference}: no petrarch2/ dictionaries here", file=sys.stderr)
        return 2
    for rel, text in generate(args.reference).items():
        path = args.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"{rel}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
