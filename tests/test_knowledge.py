"""Knowledge at scale: the imported dictionaries, verb frames and date-bounded actors.

Sentences are written for these tests. Each expected event names the fields it
pins down: ``src``/``tgt`` (country slot), ``src_id``/``tgt_id`` (actor id),
``src_sector``, ``cat`` (PLOVER category), ``cameo`` (code prefix), ``neg``.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from kg import actors as kga
from kg.kb import KBRole, kb_actor, role_at
from kg.lang import get_mentions, get_nlp, make_doc
from kg.vocab import action_for_cameo, actions

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="module")
def nlp():
    return get_nlp("en")


def _events(nlp, text: str, when: str | None = None):
    return get_mentions(nlp(make_doc(nlp, text, when)))


def _fits(m, exp: dict) -> bool:
    a = actions()[m.action_id]
    checks = {
        "src": lambda: m.source is not None and m.source.country == exp["src"],
        "src_id": lambda: m.source is not None and m.source.id == exp["src_id"],
        "src_sector": lambda: m.source is not None and m.source.sector == exp["src_sector"],
        "tgt": lambda: m.target is not None and m.target.country == exp["tgt"],
        "tgt_id": lambda: m.target is not None and m.target.id == exp["tgt_id"],
        "cat": lambda: a.plover == exp["cat"],
        "cameo": lambda: a.cameo.startswith(exp["cameo"]),
        "neg": lambda: m.negated == exp["neg"],
    }
    return all(checks[k]() for k in exp)


# ---------------------------------------------------------------- importer


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is not present")
def test_committed_tables_are_what_the_importer_writes():
    """The generated tables never drift from their sources by hand."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import import_dictionaries
    finally:
        sys.path.pop(0)
    generated = import_dictionaries.generate(REFERENCE)
    assert len(generated) >= 12
    for rel, text in generated.items():
        committed = (ROOT / rel).read_text(encoding="utf-8")
        assert committed == text, f"{rel} differs from tools/import_dictionaries.py output"


def test_tables_are_at_the_scale_of_the_dictionaries():
    from kg.kb import kb_actors, kb_names
    from kg.lang.en.lexicon import lexicon

    frames = lexicon().frames
    assert sum(len(v) for v in frames.by_verb.values()) > 5_000
    assert len(frames.by_verb) > 800
    people = [a for a in kb_actors().values() if a.type == "person"]
    assert len(people) > 15_000
    assert sum(1 for p in people if any(r.dated for r in p.roles)) > 10_000
    assert len(kb_names("en")) > 30_000 and len(kb_names("ar")) > 2_000


# ---------------------------------------------------------------- vocabulary

CAMEO_ACTIONS = [
    ("190", "attack", "ASSAULT"),
    ("0872", "cameo_0872", "RETREAT"),
    ("081", "ease_restrictions", "CONCEDE"),
    ("085", "cameo_085", "RETREAT"),
    ("1951", "air_strike", "ASSAULT"),  # a code without its own action takes its parent's
    ("129", "veto", "REJECT"),
    ("0231", "cameo_0231", "REQUEST"),
    ("173", "arrest", "COERCE"),
]


@pytest.mark.parametrize(("code", "action", "plover"), CAMEO_ACTIONS)
def test_every_cameo_code_has_an_action(code, action, plover):
    assert action_for_cameo(code) == action
    assert actions()[action].plover == plover


def test_public_statements_are_no_event():
    assert action_for_cameo("010") is None and action_for_cameo("015") is None


def test_generated_actions_have_both_labels():
    generated = [a for a in actions().values() if a.id.startswith("cameo_")]
    assert len(generated) > 150
    assert all(a.label and a.label_ar for a in generated)


# ---------------------------------------------------------------- roles in time

CLINTON = (
    KBRole("USA", "ELI", None, date(1964, 1, 1), date(1993, 1, 20)),
    KBRole("USA", "GOV", None, date(1993, 1, 20), date(2001, 1, 20)),
    KBRole("USA", "ELI", None),
)


@pytest.mark.parametrize(
    ("when", "sector"),
    [("1998-06-01", "GOV"), ("1990-06-01", "ELI"), ("2010-06-01", "ELI"), (None, "ELI")],
    ids=["in-office", "before", "after-undated", "no-date-most-recent"],
)
def test_role_at_date(when, sector):
    assert role_at(CLINTON, when).sector == sector


def test_role_nearest_in_time_when_none_holds():
    roles = (KBRole("IRQ", "GOV", None, date(2006, 5, 20), date(2014, 9, 8)),)
    assert role_at(roles, "2016-01-01").country == "IRQ"


@pytest.mark.parametrize(
    ("pid", "when", "country", "sector"),
    [
        ("bill-clinton", "1998-05-01", "USA", "GOV"),
        ("bill-clinton", "2010-05-01", "USA", "ELI"),
        ("hillary-clinton", "2011-01-01", "USA", "GOV"),
    ],
)
def test_known_person_on_a_date(pid, when, country, sector):
    p = kga.person(pid, "x", when=when)
    assert (p.country, p.sector) == (country, sector)


def test_text_beats_the_dictionary():
    """A title or affiliation in the text says who the person is now."""
    p = kga.person("bill-clinton", "x", country="IGO", sector="IGO", when="1998-05-01")
    assert (p.country, p.sector) == ("IGO", "IGO")


def test_place_that_changed_country():
    assert kb_actor("place/eritrea") is not None
    roles = kb_actor("place/eritrea").roles
    assert role_at(roles, "1985-01-01").country == "ETH"
    assert role_at(roles, "2000-01-01").country == "ERI"


# ---------------------------------------------------------------- English, end to end

EN_CASES = [
    # the object decides the code
    (
        "Serbian forces lifted the siege of Sarajevo.",
        None,
        [{"src": "SRB", "cat": "RETREAT", "cameo": "0872", "tgt": "BIH"}],
    ),
    (
        "The Sudanese government lifted the ban on opposition parties.",
        None,
        [{"src": "SDN", "cat": "CONCEDE"}],
    ),
    (
        "The Egyptian court ordered the minister to appear before a judge.",
        None,
        [{"src": "EGY", "cat": "REQUEST"}],
    ),
    (
        "Iran and the European Union failed to reach a deal on Monday.",
        None,
        [{"src": "IRN", "cat": "SUPPORT", "neg": True}],
    ),
    # phrasal triggers
    (
        "Syria and Jordan came to an understanding on the border.",
        None,
        [
            {"src": "SYR", "cat": "AGREE", "tgt": "JOR"},
            {"src": "JOR", "cat": "AGREE", "tgt": "SYR"},
        ],
    ),
    (
        "Forty Taliban fighters handed themselves over to Afghan police.",
        None,
        [{"src_id": "TALIBAN", "cat": "RETREAT", "tgt": "AFG"}],
    ),
    ("Rebels torched the governor's office in Kandahar.", None, [{"src": "AFG", "cameo": "1712"}]),
    ("The Syrian opposition is against the plan.", None, [{"src": "SYR", "cat": "REJECT"}]),
    (
        "A Baghdad court issued arrest warrants for three former ministers.",
        None,
        [{"src": "IRQ", "cat": "COERCE"}],
    ),
    # date-bounded persons: a surname is the one in office on the article's date
    (
        "Clinton met Netanyahu in Washington.",
        "1998-03-01",
        [{"src_id": "person/bill-clinton", "src_sector": "GOV", "tgt": "ISR"}],
    ),
    (
        "Clinton met Netanyahu in Washington.",
        "2011-03-01",
        [{"src_id": "person/hillary-clinton", "src_sector": "GOV", "tgt": "ISR"}],
    ),
    (
        "President Bill Clinton imposed sanctions on Iraq.",
        None,
        [{"src_id": "person/bill-clinton", "src_sector": "GOV", "cat": "SANCTION", "tgt": "IRQ"}],
    ),
    (
        "Nouri al-Maliki accused Syria of backing militants.",
        "2009-08-30",
        [{"src": "IRQ", "src_sector": "GOV", "cat": "ACCUSE", "tgt": "SYR"}],
    ),
    (
        "Nouri al Maliki accused Syria of backing militants.",
        "2009-08-30",
        [{"src": "IRQ", "cat": "ACCUSE"}],
    ),
    (
        "Ban Ki-moon urged Israel to halt the raids.",
        "2012-01-01",
        [{"src": "IGO", "cat": "REQUEST", "tgt": "ISR"}],
    ),
    # the Clinton administration is the government, not the person
    (
        "The Clinton administration criticized Serbia.",
        None,
        [{"src": "USA", "src_sector": "GOV", "cat": "ACCUSE", "tgt": "SRB"}],
    ),
]


@pytest.mark.parametrize(
    ("text", "when", "expected"), EN_CASES, ids=[f"{c[0][:40]}@{c[1]}" for c in EN_CASES]
)
def test_english_knowledge(nlp, text, when, expected):
    found = _events(nlp, text, when)
    for exp in expected:
        assert any(_fits(m, exp) for m in found), (exp, found)


def test_unknown_person_borrows_no_country(nlp):
    """An unknown name near a country name does not take that country."""
    found = _events(nlp, "Peter Hansen met Chinese officials in Beijing on Monday.")
    src = [m.source for m in found if m.source is not None and m.source.type == "person"]
    assert src and all(s.country is None for s in src)


def test_unknown_person_keeps_a_country_the_text_gives(nlp):
    found = _events(nlp, "Egyptian envoy Peter Hansen met Chinese officials in Beijing.")
    assert any(m.source is not None and m.source.country == "EGY" for m in found), found


def test_a_failed_agreement_is_no_agreement(nlp):
    found = _events(nlp, "Iran and the European Union failed to reach a deal on Monday.")
    coop = [m for m in found if actions()[m.action_id].plover in ("AGREE", "SUPPORT")]
    assert coop and all(m.negated for m in coop)


def test_a_surname_named_in_full_earlier_is_that_person(nlp):
    text = "Hillary Clinton arrived in Cairo. Clinton met Egyptian officials on Monday."
    found = _events(nlp, text, "1998-03-01")
    assert any(m.source is not None and m.source.id == "person/hillary-clinton" for m in found), (
        found
    )
