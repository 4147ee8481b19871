"""Actor resolution: canonical ids, labels and Wikidata QIDs for actors.

Language packs decide *which* actor a phrase names (from their own lexicons);
this module turns that decision into a canonical ``Actor`` from the shared,
language-neutral tables in ``kg/data/``:

- ``countries.tsv``: ISO alpha-3, alpha-2, Wikidata QID, English and Arabic names;
- ``organisations.tsv``: international organisations and armed/political groups;
- ``persons.tsv``: persons the project knows, with country, sector and QID;
- ``kb/``: the actor knowledge base imported from the field's dictionaries (``kg.kb``):
  persons and bodies with date-bounded roles, under the hand-written tables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

from kg.kb import kb_actor, parse_date, parse_span, role_at
from kg.records import Actor, by_lang
from kg.tables import read_tsv

__all__ = [
    "LOCAL_SECTORS",
    "STATE_SECTORS",
    "ORG_SLOTS",
    "SECTORS",
    "Country",
    "Organisation",
    "Person",
    "concept",
    "countries",
    "country",
    "known_person",
    "one_country",
    "office_holder",
    "organisation",
    "organisations",
    "organisation_part",
    "person",
    "persons",
    "sector_group",
    "slug",
]

DATA = Path(__file__).parent / "data"

# CAMEO/PLOVER sector codes with the English word used in labels.
SECTORS = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "JUD": "judiciary",
    "LEG": "legislature",
    "OPP": "opposition",
    "REB": "rebels",
    "CVL": "civilians",
    "MED": "media",
    "BUS": "business",
    "IGO": "intergovernmental organisation",
    "NGO": "non-governmental organisation",
    "SPY": "intelligence",
    "PTY": "political party",
    "REF": "refugees",
    "HLH": "health",
    "EDU": "education",
    "LAB": "labour",
    "REL": "religious",
    "UAF": "armed group",
    "ELI": "elites",
    "CRM": "criminals",
    "MOD": "moderates",
    "RAD": "radicals",
    "AGR": "agriculture",
    "ENV": "environment",
    "HRI": "human rights",
    "DEV": "development",
    "INS": "insurgents",
    "SEP": "separatists",
}

# Sectors of people who belong where they act, unlike envoys, ministers, troops or
# refugees: with no nationality named, they are of the country where it happens.
LOCAL_SECTORS = frozenset(
    {"REB", "UAF", "CVL", "CRM", "OPP", "RAD", "INS", "SEP", "LAB", "EDU", "COP", "REL"}
)

# Sectors of a state's own bodies: its government, forces, police, courts, parliament and
# intelligence services.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    qid: str | None
    name_en: str
    name_ar: str | None


@dataclass(frozen=True)
class Organisation:
    code: str
    qid: str | None
    name_en: str
    name_ar: str | None
    type: str  # "organisation" (IGO, NGO) or "group" (armed, political)
    country: str | None  # home country for national groups, else None
    sector: str | None


@dataclass(frozen=True)
class Person:
    id: str
    qid: str | None
    name_en: str
    name_ar: str | None
    country: str | None
    sector: str | None


def _rows(name: str) -> list[dict[str, str]]:
    return read_tsv(DATA / name)


@cache
def countries() -> dict[str, Country]:
    """ISO alpha-3 -> ``Country``."""
    out = {}
    for r in _rows("countries.tsv"):
        out[r["iso3"]] = Country(
            r["iso3"], r["iso2"], r["qid"] or None, r["name_en"], r["name_ar"] or None
        )
    return out


@cache
def organisations() -> dict[str, Organisation]:
    """Organisation code -> ``Organisation``."""
    out = {}
    for r in _rows("organisations.tsv"):
        out[r["code"]] = Organisation(
            r["code"],
            r["qid"] or None,
            r["name_en"],
            r["name_ar"] or None,
            r["type"] or "organisation",
            r["country"] or None,
            r["sector"] or None,
        )
    return out


@cache
def persons() -> dict[str, Person]:
    """Person id (``sergey-lavrov``) -> ``Person``."""
    out = {}
    for r in _rows("persons.tsv"):
        out[r["id"]] = Person(
            r["id"],
            r["qid"] or None,
            r["name_en"],
            r["name_ar"] or None,
            r["country"] or None,
            r["sector"] or None,
        )
    return out


@cache
def _offices() -> dict[tuple[str, str], tuple[tuple[str, date | None, date | None], ...]]:
    """(country, office) -> its holders with their dates (``offices.tsv``)."""
    return {
        (r["country"], r["office"]): tuple(parse_span(c) for c in r["holders"].split("|") if c)
        for r in _rows("offices.tsv")
    }


def office_holder(iso3: str | None, office: str, when: str | date | None) -> str | None:
    """The person id holding ``office`` of ``iso3`` on ``when`` (today when None); None
    when the table has no holder then (never the nearest one: a title is not a guess)."""
    day = parse_date(when) or date.today()
    for pid, start, end in _offices().get((iso3 or "", office), ()):
        if (start is None or start <= day) and (end is None or day < end):
            return pid
    return None


def slug(text: str) -> str:
    """A readable id fragment; keeps letters of any script."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]", "", text)
    return re.sub(r"[^\w]+", "-", text).strip("-") or "x"


def _span(start: int | None, end: int | None) -> dict:
    return {"start": start, "end": end}


def country(
    iso3: str,
    text: str,
    sector: str | None = None,
    start: int | None = None,
    end: int | None = None,
) -> Actor:
    """A country, or one of its sectors (``RUS`` + ``GOV`` -> id ``RUS-GOV``)."""
    c = countries().get(iso3)
    name = c.name_en if c else iso3
    label = f"{name} ({SECTORS.get(sector, sector)})" if sector else name
    return Actor(
        id=f"{iso3}-{sector}" if sector else iso3,
        label=label,
        text=text,
        type="country",
        country=iso3,
        sector=sector,
        qid=c.qid if c and not sector else None,
        labels=by_lang(ar=c.name_ar if c else None),
        **_span(start, end),
    )


def organisation_part(org: Actor, sector: str) -> Actor:
    """A body's own force or office ("NATO troops": NATO + MIL), an actor of its own
    (``NATO-MIL``, as ``RUS-MIL``) so that one actor id keeps one sector."""
    return replace(
        org,
        id=f"{org.id}-{sector}",
        label=f"{org.label} ({SECTORS.get(sector, sector)})",
        sector=sector,
        qid=None,
    )


def people_part(actor: Actor, group: str, name: str) -> Actor:
    """A people or faith within a state's sector ("Iraqi Kurds": IRQ + CVL + kur), an
    actor of its own (``IRQ-CVL-kur``) so that one actor id keeps one group."""
    return replace(
        actor,
        id=f"{actor.id}-{group}",
        label=f"{actor.label[:-1]}, {name})" if actor.label.endswith(")") else actor.label,
        group=group,
        qid=None,
    )


_ORG_COUNTRY = {"IGO": "IGO", "NGO": "NGO", "REB": "IMG", "UAF": "IMG"}
# The country slots of bodies with no home country.
ORG_SLOTS = frozenset(_ORG_COUNTRY.values())


def organisation(
    code: str,
    text: str,
    start: int | None = None,
    end: int | None = None,
    when: str | date | None = None,
) -> Actor:
    """An international organisation or a group: a code of ``organisations.tsv``, or a
    body of the knowledge base (``org/...``, ``kg.kb``) with its role on ``when``.

    Raises:
        KeyError: ``code`` is in neither.
    """
    o = organisations().get(code)
    if o is None:
        k = kb_actor(code)
        if k is None:
            raise KeyError(code)
        role = role_at(k.roles, when)
        country = role.country if role else None
        return Actor(
            id=code,
            label=k.label,
            text=text,
            type=k.type,
            country=country or _ORG_COUNTRY.get((role.sector if role else "") or "", None),
            sector=role.sector if role else None,
            qid=k.qid,
            labels=by_lang(ar=k.label_ar),
            **_span(start, end),
        )
    return Actor(
        id=code,
        label=o.name_en,
        text=text,
        type=o.type,
        # CAMEO's country slot: IGO/NGO for international bodies, IMG for militant
        # groups with no home country (PETRARCH's IGOUNO, IMGALQ); the code is the id
        country=o.country or _ORG_COUNTRY.get(o.sector or "", code),
        sector=o.sector,
        qid=o.qid,
        labels=by_lang(ar=o.name_ar),
        **_span(start, end),
    )


def one_country(a: Actor, b: Actor) -> bool:
    """``a`` and ``b`` may be of one country: the same, or one of them leaves it unsaid."""
    return a.country is None or b.country is None or a.country == b.country


def known_person(pid: str | None) -> bool:
    """True when ``pid`` is a person of ``persons.tsv`` or of the knowledge base."""
    return bool(pid) and (pid in persons() or kb_actor(f"person/{pid}") is not None)


def person(
    pid: str | None,
    text: str,
    name: str | None = None,
    country: str | None = None,
    sector: str | None = None,
    start: int | None = None,
    end: int | None = None,
    when: str | date | None = None,
) -> Actor:
    """A person: a known one by ``pid``, or a new one named ``name`` in the text.

    ``country``/``sector`` are what the text's phrase says (a demonym, a title, an
    apposition: "U.N. mediator X") and win. Otherwise a known person's are those of the
    knowledge-base role held on ``when`` (the article's date; today when None), else
    those of ``persons.tsv``, else the knowledge base's nearest role. An unknown person
    keeps only what the phrase gives.
    """
    p = persons().get(pid) if pid else None
    k = kb_actor(f"person/{pid}") if pid else None
    if p or k:
        role = role_at(k.roles, when) if k else None
        held = role is not None and (role.dated and role.holds(parse_date(when) or date.today()))
        kc, ks = (role.country, role.sector) if role else (None, None)
        if held or not p:
            c, sec = kc or (p.country if p else None), ks or (p.sector if p else None)
        else:
            c, sec = p.country or kc, p.sector or ks
        return Actor(
            id=f"person/{pid}",
            label=p.name_en if p else k.label,
            text=text,
            type="person",
            country=country or c,
            sector=sector or sec,
            qid=(p.qid if p else None) or (k.qid if k else None),
            labels=by_lang(ar=(p.name_ar if p else None) or (k.label_ar if k else None)),
            **_span(start, end),
        )
    name = name or text
    return Actor(
        id=f"person/{slug(name)}",
        label=name,
        text=text,
        type="person",
        country=country,
        sector=sector,
        **_span(start, end),
    )


def sector_group(
    sector: str, label: str, text: str, start: int | None = None, end: int | None = None
) -> Actor:
    """A sector whose country the text does not give (protesters, gunmen): CAMEO's ``---CVL``."""
    name = label or SECTORS.get(sector, sector)
    return Actor(
        id=f"group/{slug(name)}",
        label=name,
        text=text,
        type="group",
        sector=sector,
        **_span(start, end),
    )


def concept(
    cid: str,
    label: str,
    text: str,
    country: str | None = None,
    start: int | None = None,
    end: int | None = None,
    labels: dict[str, str] | None = None,
) -> Actor:
    """A non-actor target (terrorism, a political settlement, talks); ``labels``:
    its name in other languages, ``{lang: text}``."""
    return Actor(
        id=f"concept/{slug(cid)}",
        label=label,
        text=text,
        type="concept",
        country=country,
        labels=dict(labels or {}),
        **_span(start, end),
    )
