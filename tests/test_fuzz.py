"""Fuzzing (Hypothesis): whatever text the web throws at both language pipelines.

Arbitrary Unicode, Arabic and Latin words mixed, right-to-left and
left-to-right marks, zero-width joiners, control characters, empty lines and
huge lines without punctuation go into the Arabic and the English pipeline,
directly (``kg.pipeline.process_articles``, which ``kg build`` runs) and
through ingest. Asserted: no exception, every event's offsets point into the
article, and the article's RDF parses as N-Triples and passes the SHACL shapes.
"""

from __future__ import annotations

import json
import os
import re

import pyoxigraph as ox
from conftest import example_records
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kg.corpus import iter_corpus
from kg.ingest import IngestError
from kg.limits import Limits
from kg.pipeline import PipelineConfig, process_articles
from kg.records import Article


def _words(lang: str) -> list[str]:
    text = " ".join(r["text"] for r in example_records(lang))
    return sorted(set(re.findall(r"\w+|[.,!?؟،:;\"()]", text)))


def _sentences(lang: str) -> list[str]:
    text = "\n".join(r["text"] for r in example_records(lang))
    return [s for s in re.split(r"(?<=[.!?؟])\s+|\n+", text) if len(s.split()) >= 5]


AR_WORDS, EN_WORDS = _words("ar"), _words("en")
SENTENCES = {"ar": _sentences("ar"), "en": _sentences("en")}
MARKS = [
    "\u200f",  # right-to-left mark
    "\u200e",  # left-to-right mark
    "\u202b",  # right-to-left embedding
    "\u202e",  # right-to-left override
    "\u202c",  # pop directional formatting
    "\u2067",  # right-to-left isolate
    "\u2069",  # pop directional isolate
    "\u200d",  # zero-width joiner
    "\u200c",  # zero-width non-joiner
    "\u200b",  # zero-width space
    "\ufeff",  # byte-order mark inside the text
    "\u0640",  # tatweel
    "\u064b",  # a lone Arabic diacritic
    "\u0301",  # a lone combining accent
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\u0085",  # next line (C1 control)
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\r\n",
    "\n\n",
    "\t",
    "\U0001f600",  # an emoji (outside the BMP)
    "\ufffd",
]

# Any code point but surrogates (no Python str of text holds a lone one).
ANY_CHAR = st.characters(exclude_categories=("Cs",))

piece = st.one_of(
    st.sampled_from(AR_WORDS),
    st.sampled_from(EN_WORDS),
    st.sampled_from(MARKS),
    st.text(ANY_CHAR, max_size=12),
    st.just(" "),
    st.just("\n"),
)
# A huge line: words with no sentence end, longer than the fuzzing limit below.
huge_line = st.builds(
    lambda words, n: " ".join(words * n),
    st.lists(st.sampled_from(AR_WORDS + EN_WORDS), min_size=3, max_size=8),
    st.integers(min_value=20, max_value=120),
)


@st.composite
def noisy_sentence(draw, lang: str | None = None) -> str:
    """A real sentence (so events are found) with marks and junk inserted anywhere."""
    pool = SENTENCES[lang] if lang else SENTENCES["ar"] + SENTENCES["en"]
    sent = draw(st.sampled_from(pool))
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(sent)))
        junk = draw(st.one_of(st.sampled_from(MARKS), st.text(ANY_CHAR, max_size=3)))
        sent = sent[:i] + junk + sent[i:]
    return sent


texts = st.one_of(
    st.just(""),
    st.lists(st.one_of(noisy_sentence(), piece, huge_line), min_size=1, max_size=8).map(
        lambda xs: " ".join(xs)
    ),
    st.text(ANY_CHAR, max_size=300),
    st.lists(piece, max_size=120).map(lambda xs: " ".join(xs)),
    st.lists(st.one_of(piece, huge_line), min_size=1, max_size=6).map(lambda xs: "\n".join(xs)),
)


def news(lang: str):
    """Mostly real sentences of ``lang``, noised, joined by marks, line breaks or huge lines."""
    sep = st.sampled_from([" ", "\n", "\n\n", "\u200f ", " \u200d", "\x00", "\u2029"])
    part = st.one_of(noisy_sentence(lang), noisy_sentence(lang), noisy_sentence(), huge_line)
    return st.lists(st.tuples(part, sep), min_size=1, max_size=6).map(
        lambda xs: "".join(p + s for p, s in xs)
    )


# Small limits, so that fuzzed texts exercise the cutting of long stretches too.
LIMITS = Limits(max_sentence_chars=200, max_parse_chars=1_500)
CONFIG = PipelineConfig(limits=LIMITS, rdf=True, validate=True)
# KG_FUZZ_EXAMPLES=1000 fuzzes longer (the suite keeps it short).
EXAMPLES_PER_TEST = int(os.environ.get("KG_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES_PER_TEST,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _check(article: Article) -> None:
    (ex,) = process_articles([article], CONFIG)
    assert ex.error is None, ex.error  # no exception, and the SHACL shapes hold
    for e in ex.events:
        assert 0 <= e.sentence_start <= e.sentence_end <= len(article.text)
        assert article.text[e.sentence_start : e.sentence_end] == e.sentence
        assert e.doc_id == article.id and e.lang == article.lang
        for actor in (e.source, e.target, e.attributed_to):
            if actor is not None and actor.start is not None and actor.end is not None:
                assert 0 <= actor.start <= actor.end <= len(article.text)
    event("has events" if ex.events else "no events")
    triples = list(ox.parse(ex.ntriples, format=ox.RdfFormat.N_TRIPLES))
    assert triples  # at least the article node and its content hash


@FUZZ
@given(text=texts, date=st.one_of(st.none(), st.just("2025-03-04")))
def test_arabic_pipeline_survives_any_text(text, date):
    _check(Article(id="fuzz-ar", text=text, lang="ar", date=date, title=text[:40] or None))


@FUZZ
@given(text=texts, date=st.one_of(st.none(), st.just("2025-03-04")))
def test_english_pipeline_survives_any_text(text, date):
    _check(Article(id="fuzz-en", text=text, lang="en", date=date, title=text[:40] or None))


@FUZZ
@given(data=st.data(), lang=st.sampled_from(["ar", "en"]))
def test_noisy_news_keeps_offsets_and_shapes(data, lang):
    text = data.draw(news(lang))
    _check(Article(id=f"news-{lang}", text=text, lang=lang, date="2025-03-04"))


@FUZZ
@given(text=texts, lang=st.sampled_from([None, "ar", "en"]))
def test_ingest_accepts_or_explains_any_record(tmp_path_factory, text, lang):
    path = tmp_path_factory.mktemp("fuzz") / "a.jsonl"
    record = {"id": "f1", "text": text} | ({"lang": lang} if lang else {})
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    items = list(iter_corpus([path]))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, IngestError):
        assert item.origin == f"{path}:1" and item.message
    else:
        assert item.text == text.removeprefix("\ufeff")
        _check(item)
