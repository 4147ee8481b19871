"""Checks of the shared actor tables and the Arabic lexicons (kg/data, kg/lang/ar/data)."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from kg import actors
from kg.vocab import actions

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"
AR = ROOT / "kg" / "lang" / "ar" / "data"

# file -> exact header (the contract with the engine and kg/actors.py)
HEADERS = {
    DATA / "countries.tsv": ["iso3", "iso2", "qid", "name_en", "name_ar"],
    DATA / "country_qids.tsv": ["iso3", "qid"],
    DATA / "organisations.tsv": ["code", "qid", "name_en", "name_ar", "type", "country", "sector"],
    DATA / "persons.tsv": ["id", "qid", "name_en", "name_ar", "country", "sector"],
    AR / "countries.tsv": ["iso3", "forms"],
    AR / "demonyms.tsv": ["iso3", "base", "irregular"],
    AR / "metonyms.tsv": ["form", "iso3", "sector", "label_en", "body"],
    AR / "organisations.tsv": ["form", "code"],
    AR / "roles.tsv": [
        "form",
        "sector",
        "kind",
        "label_en",
        "implies",
        "office",
        "states",
        "not_states",
    ],
    AR / "persons.tsv": ["form", "person_id"],
    AR / "actions.tsv": [
        "action_id",
        "past",
        "present",
        "masdar",
        "preps",
        "forms",
        "alone",
        "needs",
    ],
    AR / "concepts.tsv": ["form", "concept_id", "label_en", "event"],
    AR / "cues.tsv": ["kind", "forms"],
    AR / "registers.tsv": ["register", "forms"],
}
# columns that must never be empty
REQUIRED = {
    DATA / "countries.tsv": ["iso3", "iso2", "name_en", "name_ar"],
    DATA / "country_qids.tsv": ["iso3", "qid"],
    DATA / "organisations.tsv": ["code", "name_en", "name_ar", "type", "sector"],
    DATA / "persons.tsv": ["id", "name_en", "name_ar", "sector"],
    AR / "countries.tsv": ["iso3", "forms"],
    AR / "demonyms.tsv": ["iso3", "base"],
    AR / "metonyms.tsv": ["form", "iso3", "sector", "label_en"],
    AR / "organisations.tsv": ["form", "code"],
    AR / "roles.tsv": ["form", "kind", "label_en"],
    AR / "persons.tsv": ["form", "person_id"],
    AR / "actions.tsv": ["action_id"],
    AR / "concepts.tsv": ["form", "concept_id", "label_en"],
    AR / "cues.tsv": ["kind", "forms"],
    AR / "registers.tsv": ["register", "forms"],
}
# columns holding Arabic text (every alternative must contain an Arabic letter)
ARABIC = {
    AR / "countries.tsv": ["forms"],
    AR / "demonyms.tsv": ["base", "irregular"],
    AR / "metonyms.tsv": ["form"],
    AR / "organisations.tsv": ["form"],
    AR / "roles.tsv": ["form"],
    AR / "persons.tsv": ["form"],
    AR / "actions.tsv": ["past", "present", "masdar", "preps", "forms"],
    AR / "concepts.tsv": ["form"],
    AR / "cues.tsv": ["forms"],
    AR / "registers.tsv": ["forms"],
}
CUE_KINDS = {
    "report",
    "according_to",
    "negation",
    "negative_subject",
    "future",
    "near",
    "hope",
    "intent",
    "goal",
    "habit",
    "request",
    "order",
    "condition",
    "speaker_quote",
    "first_person_plural",
    "first_person_singular",
}
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
QID = re.compile(r"Q[1-9][0-9]*")


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [ln for ln in text.split("\n") if ln.strip() and not ln.startswith("#")]


@cache
def rows(path: Path) -> tuple[dict[str, str], ...]:
    return tuple(csv.DictReader(_lines(path), delimiter="\t", quoting=csv.QUOTE_NONE))


def alts(cell: str | None) -> list[str]:
    return [a for a in (cell or "").split("|") if a]


def ids(path: Path, column: str) -> set[str]:
    return {r[column] for r in rows(path)}


FILES = sorted(HEADERS, key=str)
FILE_IDS = [str(p.relative_to(ROOT)) for p in FILES]


@pytest.mark.parametrize("path", FILES, ids=FILE_IDS)
def test_header_and_column_count(path: Path) -> None:
    lines = _lines(path)
    assert lines[0].split("\t") == HEADERS[path]
    width = len(HEADERS[path])
    bad = [ln for ln in lines[1:] if len(ln.split("\t")) != width]
    assert not bad, f"rows with a wrong column count: {bad[:5]}"
    assert len(lines) > 1


@pytest.mark.parametrize("path", FILES, ids=FILE_IDS)
def test_no_duplicate_rows_or_stray_whitespace(path: Path) -> None:
    lines = _lines(path)[1:]
    dupes = sorted({ln for ln in lines if lines.count(ln) > 1})
    assert not dupes, f"duplicate rows: {dupes[:5]}"
    for r in rows(path):
        for col, value in r.items():
            assert value == value.strip(), f"{col}: whitespace around {value!r}"
            assert "||" not in value and not value.startswith("|") and not value.endswith("|")


@pytest.mark.parametrize("path", FILES, ids=FILE_IDS)
def test_required_cells_filled(path: Path) -> None:
    for r in rows(path):
        for col in REQUIRED[path]:
            assert r[col], f"empty {col} in {r}"


@pytest.mark.parametrize("path", sorted(ARABIC, key=str), ids=lambda p: p.name)
def test_arabic_cells_are_arabic(path: Path) -> None:
    for r in rows(path):
        for col in ARABIC[path]:
            for alt in alts(r[col]):
                assert ARABIC_LETTER.search(alt), f"{path.name}:{col}: {alt!r} has no Arabic"
                assert not re.search(r"[A-Za-z]", alt), f"{path.name}:{col}: Latin in {alt!r}"


# ---------------------------------------------------------------- shared tables


def test_countries_cover_iso_and_required_members() -> None:
    table = rows(DATA / "countries.tsv")
    iso3 = {r["iso3"] for r in table}
    assert 245 <= len(table) <= 255
    assert len(iso3) == len(table)
    for code in ("PSE", "XKX", "TWN", "ESH", "RUS", "USA", "SYR", "EGY", "BLR", "SSD"):
        assert code in iso3
    for r in table:
        assert re.fullmatch(r"[A-Z]{3}", r["iso3"]) and re.fullmatch(r"[A-Z]{2}", r["iso2"])
        assert not r["qid"] or QID.fullmatch(r["qid"]), r


@pytest.mark.parametrize(
    ("iso3", "qid"),
    [
        ("RUS", "Q159"),
        ("EGY", "Q79"),
        ("USA", "Q30"),
        ("SYR", "Q858"),
        ("IRN", "Q794"),
        ("FRA", "Q142"),
        ("IRQ", "Q796"),
        ("BLR", "Q184"),
        ("DEU", "Q183"),
        ("GBR", "Q145"),
        ("CHN", "Q148"),
        ("TUR", "Q43"),
        ("SAU", "Q851"),
        ("ISR", "Q801"),
    ],
)
def test_known_country_qids(iso3: str, qid: str) -> None:
    assert actors.countries()[iso3].qid == qid


def test_country_table_is_reproducible() -> None:
    """The committed table equals the generator's output (CLDR via Babel + country_qids.tsv)."""
    script = ROOT / "tools" / "build_country_table.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_organisations_table() -> None:
    table = rows(DATA / "organisations.tsv")
    countries = ids(DATA / "countries.tsv", "iso3")
    assert len({r["code"] for r in table}) == len(table)
    for r in table:
        assert r["type"] in {"organisation", "group"}, r
        assert r["sector"] in actors.SECTORS, r
        assert not r["country"] or r["country"] in countries, r
        assert not r["qid"] or QID.fullmatch(r["qid"]), r
        if r["type"] == "organisation" and not r["country"]:
            assert r["sector"] in {"IGO", "NGO"}, r
    codes = {r["code"] for r in table}
    for code in ("UNO", "UNSC", "ARL", "NATO", "EU", "ISIS", "HEZBOLLAH", "HAMAS", "HOUTHI"):
        assert code in codes
    assert actors.organisations()["UNSC"].country is None


def test_persons_table() -> None:
    table = rows(DATA / "persons.tsv")
    countries = ids(DATA / "countries.tsv", "iso3")
    assert 80 <= len(table) <= 200
    assert len({r["id"] for r in table}) == len(table)
    for r in table:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["id"]), r
        assert r["sector"] in actors.SECTORS, r
        assert not r["country"] or r["country"] in countries, r
        assert not r["qid"] or QID.fullmatch(r["qid"]), r
    assert actors.persons()["sergey-lavrov"].country == "RUS"


def test_qids_are_unique_across_tables() -> None:
    seen: dict[str, str] = {}
    for path, key in (
        (DATA / "countries.tsv", "iso3"),
        (DATA / "organisations.tsv", "code"),
        (DATA / "persons.tsv", "id"),
    ):
        for r in rows(path):
            if r["qid"]:
                assert r["qid"] not in seen, f"{r['qid']} used by {seen[r['qid']]} and {r[key]}"
                seen[r["qid"]] = r[key]


# ---------------------------------------------------------------- Arabic lexicons


@pytest.mark.parametrize(
    ("path", "column", "table", "key"),
    [
        (AR / "countries.tsv", "iso3", DATA / "countries.tsv", "iso3"),
        (AR / "demonyms.tsv", "iso3", DATA / "countries.tsv", "iso3"),
        (AR / "metonyms.tsv", "iso3", DATA / "countries.tsv", "iso3"),
        (AR / "organisations.tsv", "code", DATA / "organisations.tsv", "code"),
        (AR / "persons.tsv", "person_id", DATA / "persons.tsv", "id"),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else v,
)
def test_references_exist(path: Path, column: str, table: Path, key: str) -> None:
    known = ids(table, key)
    missing = sorted({r[column] for r in rows(path)} - known)
    assert not missing, f"{path.name}: unknown {column}: {missing}"


def test_action_ids_exist_in_vocabulary() -> None:
    known = set(actions())
    used = {r["action_id"] for r in rows(AR / "actions.tsv")}
    assert not used - known, sorted(used - known)
    assert len(rows(AR / "actions.tsv")) >= 200


# What a trigger with other senses needs (kg/lang/ar/frames/senses.py reads each of them).
NEEDS = {
    "", "actor", "any", "prep", "violence", "blast", "threat", "meeting", "place", "land", "crowd",
    "talks", "stance", "hostile", "victim", "pact",
}  # fmt: skip


def test_trigger_needs_are_known() -> None:
    used = {r["needs"] for r in rows(AR / "actions.tsv")}
    assert used <= NEEDS, sorted(used - NEEDS)


def test_every_country_has_arabic_forms_once() -> None:
    lex = [r["iso3"] for r in rows(AR / "countries.tsv")]
    assert len(lex) == len(set(lex))
    assert set(lex) == ids(DATA / "countries.tsv", "iso3")


def test_country_forms_map_to_one_country() -> None:
    owner: dict[str, str] = {}
    for r in rows(AR / "countries.tsv"):
        for form in alts(r["forms"]):
            assert owner.setdefault(form, r["iso3"]) == r["iso3"], f"{form} is ambiguous"


@pytest.mark.parametrize(
    ("path", "column"),
    [
        (AR / "metonyms.tsv", "form"),
        (AR / "organisations.tsv", "form"),
        (AR / "roles.tsv", "form"),
        (AR / "persons.tsv", "form"),
        (AR / "concepts.tsv", "form"),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else v,
)
def test_forms_are_unique(path: Path, column: str) -> None:
    forms = [r[column] for r in rows(path)]
    dupes = sorted({f for f in forms if forms.count(f) > 1})
    assert not dupes, f"{path.name}: forms with two entries: {dupes}"


@pytest.mark.parametrize(
    ("path", "column"),
    [
        (AR / "metonyms.tsv", "form"),
        (AR / "organisations.tsv", "form"),
        (AR / "persons.tsv", "form"),
        (AR / "roles.tsv", "form"),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else v,
)
def test_actor_forms_do_not_shadow_country_names(path: Path, column: str) -> None:
    country_forms = {f for r in rows(AR / "countries.tsv") for f in alts(r["forms"])}
    clash = sorted({r[column] for r in rows(path)} & country_forms)
    assert not clash, f"{path.name}: also a country name: {clash}"


def test_no_clitic_variants_of_country_names() -> None:
    """Proclitic forms (وروسيا, بروسيا) are the engine's job, not the lexicon's."""
    forms = {f for r in rows(AR / "countries.tsv") for f in alts(r["forms"])}
    for form in forms:
        for clitic in ("و", "ف", "ب", "ل", "ك"):
            if form.startswith(clitic):
                assert form[1:] not in forms, f"{form} is a clitic variant of {form[1:]}"


def test_demonyms_end_in_nisba() -> None:
    for r in rows(AR / "demonyms.tsv"):
        for base in alts(r["base"]):
            assert base.endswith("ي"), r
            assert not base.startswith("ال"), r


@pytest.mark.parametrize("path", [AR / "metonyms.tsv", AR / "roles.tsv"], ids=lambda p: p.name)
def test_sectors_are_known(path: Path) -> None:
    # a role with no sector names a group only by its owner (الأطراف اليمنية: Yemen's)
    for r in rows(path):
        assert r["sector"] in actors.SECTORS or (r["sector"] == "" and r["kind"] == "owned"), r


def test_role_kinds() -> None:
    kinds = {r["kind"] for r in rows(AR / "roles.tsv")}
    assert kinds == {"person", "named", "group", "owned", "alliance", "definite", "counterpart"}
    counterpart = [r for r in rows(AR / "roles.tsv") if r["kind"] == "counterpart"]
    assert [r["form"] for r in counterpart] == ["نظير"]


def test_single_word_roles_have_no_article() -> None:
    for r in rows(AR / "roles.tsv"):
        if " " not in r["form"]:
            assert not r["form"].startswith("ال"), r


def test_action_rows_have_a_trigger_and_present_prefix() -> None:
    for r in rows(AR / "actions.tsv"):
        assert r["past"] or r["present"] or r["masdar"] or r["forms"], r
        if r["present"]:
            assert r["present"].split()[0][0] in "يت", r


def test_cue_kinds() -> None:
    kinds = {r["kind"] for r in rows(AR / "cues.tsv")}
    assert kinds == CUE_KINDS


def test_concepts_one_label_per_id() -> None:
    labels: dict[str, str] = {}
    for r in rows(AR / "concepts.tsv"):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["concept_id"]), r
        assert labels.setdefault(r["concept_id"], r["label_en"]) == r["label_en"], r
    assert len(rows(AR / "concepts.tsv")) >= 80


def test_readme_documents_every_file() -> None:
    readme = (AR / "README.md").read_text(encoding="utf-8")
    for path in HEADERS:
        if path.parent == AR:
            assert f"`{path.name}`" in readme
    assert "Unicode" in readme and "BSD" in readme


def test_role_implied_actions_exist():
    from kg.vocab import actions

    implied = {r["implies"] for r in rows(AR / "roles.tsv") if r.get("implies")}
    assert implied and implied <= set(actions())


def test_offices_name_known_holders_one_at_a_time():
    from kg.kb import parse_span

    offices = rows(DATA / "offices.tsv")
    assert offices
    for r in offices:
        spans = sorted((parse_span(c) for c in r["holders"].split("|")), key=lambda s: s[1] or s[2])
        for (pid, start, end), nxt in zip(spans, spans[1:] + [None], strict=True):
            assert pid in actors.persons(), f"{r['country']} {r['office']}: unknown {pid}"
            assert start is not None and (end is None or start < end), (r["office"], pid)
            if nxt is not None:
                assert end is not None and end <= nxt[1], f"{r['office']}: {pid} overlaps"


def test_role_offices_exist():
    offices = {r["office"] for r in rows(DATA / "offices.tsv")}
    named = {r["office"].rpartition(":")[2] for r in rows(AR / "roles.tsv") if r.get("office")}
    assert named and named <= offices
