"""The language-pack contract (kg.lang): packs are found by folder, and ingest,
dating, the pipeline and search folding ask them; a new folder is a new language."""

from __future__ import annotations

import sys
import textwrap
from datetime import date

import pytest

import kg.lang
from kg.analytics import fold
from kg.dating import dates_in
from kg.ingest import detect_language, read_file
from kg.lang import LanguagePack, UnsupportedLanguage, get_pack, packs, supported
from kg.pipeline import extract_article
from kg.records import Article

GREEK = "Ο υπουργός Εξωτερικών της Ελλάδας συναντήθηκε με τον Τούρκο ομόλογό του στις 3/5."

# A minimal Greek pack, written as a folder the way a real one is: a date module
# that reads d/m, a pipeline that codes "συναντήθηκε" as a meeting, final-sigma folding.
PACK = """
import spacy
from spacy.language import Language

from kg.lang import Folding, LanguagePack, register, set_mentions
from kg.records import Actor, Mention

from . import dates


@Language.component("kg_test_el_events")
def events(doc):
    text = doc.text
    at = text.find("συναντήθηκε")
    found = []
    if at >= 0:
        grc = Actor("GRC", "Greece", "Ελλάδας", "country", country="GRC")
        tur = Actor("TUR", "Turkey", "Τούρκο", "country", country="TUR")
        found.append(Mention(0, len(text), grc, "meet", "συναντήθηκε", tur,
                             trigger_start=at, trigger_end=at + 11))
    set_mentions(doc, found)
    return doc


def make_nlp():
    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_test_el_events")
    return nlp


register(LanguagePack(
    code="el", make_nlp=make_nlp, dates=dates, script="Grek",
    in_script=lambda ch: "\\u0370" <= ch <= "\\u03ff" or "\\u1f00" <= ch <= "\\u1fff",
    detect=lambda text, letters: " της " in text or " και " in text,
    fold=Folding(drop="", letters=(("ς", "σ"),)),
))
"""
DATES = """
import re
from datetime import date
from types import SimpleNamespace

from kg.dating import DateMention

_DM = re.compile(r"(\\d{1,2})/(\\d{1,2})")


def tokenize(text):
    return SimpleNamespace(text=text)  # dating reads .text; the finder needs no tokens


def find_dates(text, ref, forward=False, tokens=None):
    year = ref.year if ref else 2000
    return [
        DateMention(m.start(), m.end(), m.group(), date(year, int(m[2]), int(m[1])).isoformat(),
                    "day", True)
        for m in _DM.finditer(text)
    ]
"""


@pytest.fixture
def greek_pack(tmp_path, monkeypatch):
    """kg.lang with one more folder, ``el``, beside ``ar`` and ``en``."""
    folder = tmp_path / "el"
    folder.mkdir()
    (folder / "__init__.py").write_text(textwrap.dedent(PACK), encoding="utf-8")
    (folder / "dates.py").write_text(textwrap.dedent(DATES), encoding="utf-8")
    monkeypatch.setattr(kg.lang, "__path__", [*kg.lang.__path__, str(tmp_path)])
    monkeypatch.setattr(kg.lang, "_registry", dict(kg.lang._registry))
    packs.cache_clear()
    kg.lang.get_nlp.cache_clear()
    yield
    for name in [n for n in sys.modules if n == "kg.lang.el" or n.startswith("kg.lang.el.")]:
        del sys.modules[name]
    monkeypatch.undo()
    packs.cache_clear()
    kg.lang.get_nlp.cache_clear()


@pytest.mark.parametrize(
    ("code", "script"),
    [("ar", "Arab"), ("en", "Latn")],
    ids=["arabic", "english"],
)
def test_shipped_packs_are_registered(code, script):
    pack = get_pack(code)
    assert isinstance(pack, LanguagePack)
    assert (pack.code, pack.script) == (code, script)
    assert pack.dates is not None and callable(pack.dates.find_dates)
    assert code in supported() and code in kg.lang.SUPPORTED


def test_without_the_folder_greek_is_not_supported():
    assert "el" not in supported()
    assert detect_language(GREEK) is None
    assert dates_in(GREEK, "el", date(2024, 1, 1)) == []
    with pytest.raises(UnsupportedLanguage, match="'el'"):
        get_pack("el")


@pytest.mark.usefixtures("greek_pack")
def test_a_new_folder_is_a_new_language(tmp_path):
    assert supported() == ("ar", "en", "el")
    # ingest: detected by its script test, and accepted when a record names it
    assert detect_language(GREEK) == "el"
    assert detect_language("The minister met his Turkish counterpart.") == "en"
    path = tmp_path / "in.jsonl"
    path.write_text(f'{{"id": "g1", "text": "{GREEK}", "lang": "el-GR"}}\n', encoding="utf-8")
    (article,) = read_file(path)
    assert isinstance(article, Article) and article.lang == "el"
    # dating: the pack's date finder
    (found,) = dates_in(GREEK, "el", date(2024, 1, 1))
    assert (found.text, found.iso) == ("3/5", "2024-05-03")
    # the pipeline: the pack's spaCy pipeline, then its dates on the event
    (event,) = extract_article(Article(id="g1", text=GREEK, lang="el", date="2024-06-01"))[0]
    # (and the one coding policy: states meeting are their governments)
    assert (event.source.id, event.target.id, event.date) == ("GRC-GOV", "TUR-GOV", "2024-05-03")
    # search folding: every pack's fold (Greek final sigma, then case and accents)
    assert fold("ΑΘΗΝΑΣ") == fold("Αθήνας") == "αθηνασ"


# The coding policy (kg.events) is one for every language: a state named by its country
# in talk, cooperation, aid or sanctions is its government; in armed acts it stays bare.
STATE_ACTS = [
    pytest.param(
        "en", "Egypt accused Iran of meddling.", "ACCUSE", "EGY-GOV", "IRN-GOV", id="en-talk"
    ),
    pytest.param("ar", "اتهمت مصر إيران بالتدخل.", "ACCUSE", "EGY-GOV", "IRN-GOV", id="ar-talk"),
    pytest.param(
        "en",
        "Japan imposed sanctions on Russia.",
        "SANCTION",
        "JPN-GOV",
        "RUS-GOV",
        id="en-sanction",
    ),
    pytest.param(
        "ar", "فرضت اليابان عقوبات على روسيا.", "SANCTION", "JPN-GOV", "RUS-GOV", id="ar-sanction"
    ),
    pytest.param("en", "Russia bombed Ukraine on Monday.", "ASSAULT", "RUS", "UKR", id="en-armed"),
    pytest.param("ar", "قصفت روسيا أوكرانيا أمس.", "ASSAULT", "RUS", "UKR", id="ar-armed"),
]


@pytest.mark.parametrize(("lang", "text", "plover", "source", "target"), STATE_ACTS)
def test_a_state_named_by_its_country_is_its_government_in_state_acts(
    lang, text, plover, source, target
):
    from kg.pipeline import extract_article

    events, _ = extract_article(Article(id="s", text=text, lang=lang))
    got = [(e.action.plover, e.source and e.source.id, e.target and e.target.id) for e in events]
    assert (plover, source, target) in got, got


# Expelling a body or envoys reduces relations (CAMEO 166, SANCTION); expelling people is
# deporting them (174, COERCE): one policy in kg.events for every language.
EXPULSIONS = [
    pytest.param("ar", "طردت الحكومة البحرينية السفير الإيراني.", "SANCTION", id="ar-envoy"),
    pytest.param("ar", "طردت السلطات التركية مئات اللاجئين السوريين.", "COERCE", id="ar-people"),
    pytest.param("en", "Sudan expelled the aid agency Oxfam.", "SANCTION", id="en-body"),
    pytest.param(
        "en",
        "The Israeli army forced out more than 1,000 Palestinian refugees from their homes.",
        "COERCE",
        id="en-people",
    ),
]


@pytest.mark.parametrize(("lang", "text", "plover"), EXPULSIONS)
def test_expelling_people_is_deporting_them(lang, text, plover):
    from kg.pipeline import extract_article

    events, _ = extract_article(Article(id="x", text=text, lang=lang))
    assert [e.action.plover for e in events] == [plover], events
