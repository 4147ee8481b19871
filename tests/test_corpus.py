"""Corpus scale: size limits, streaming input, worker processes, streaming store builds, memory."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import extract_article, run
from kg.corpus import corpus_files, iter_corpus
from kg.dating import date_mentions
from kg.events import build_events
from kg.ingest import IngestError
from kg.lang import get_mentions, get_nlp
from kg.limits import (
    Limits,
    OversizeError,
    cut_points,
    heading_end,
    limit_article,
    parse_spans,
)
from kg.pipeline import PipelineConfig, process_articles
from kg.records import Article
from kg.sinks import StoreSink
from kg.workers import iter_processed

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
if str(ROOT) not in sys.path:  # bench/ is a top-level folder, not part of the kg package
    sys.path.insert(0, str(ROOT))

from bench.corpus_bench import generate_articles, write_corpus  # noqa: E402


def _examples() -> list[Article]:
    items = list(iter_corpus([EXAMPLES / "articles.jsonl"]))
    assert all(isinstance(a, Article) for a in items)
    return items


# ---------------------------------------------------------------------------
# limits
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, max_len, pieces",
    [
        ("short", 100, ["short"]),
        ("aaaa\n\nbbbb\n\ncccc", 12, ["aaaa\n\nbbbb\n\n", "cccc"]),
        ("one two three four", 10, ["one two ", "three four"]),
        ("one two three four five", 10, ["one two ", "three ", "four five"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
        ("First. Second one. Third", 20, ["First. Second one.", " Third"]),
    ],
)
def test_cut_points(text, max_len, pieces):
    spans = cut_points(text, max_len)
    assert [text[s:e] for s, e in spans] == pieces
    assert all(e - s <= max_len for s, e in spans)


def test_cut_points_counts_utf8_bytes():
    text = "سلام " * 100  # 9 bytes per word
    spans = cut_points(text, 100, utf8=True)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(len(text[s:e].encode()) <= 100 for s, e in spans)
    assert all(text[s:e].endswith(" ") for s, e in spans[:-1])


@pytest.mark.parametrize(
    "text, cut",
    [
        ("Normal sentence. Another one.\n\nA paragraph.", False),
        ("word " * 2000, True),  # 10,000 characters, no sentence end
        ("| a | b | c |\n" * 1000, False),  # a table: every row ends a line
        ("كلمة " * 3000, True),
        ("x" * 5000, True),  # no space at all: cut at the limit
    ],
)
def test_parse_spans_bound_every_piece_and_cover_the_text(text, cut):
    limits = Limits(max_sentence_chars=1000, max_parse_chars=20_000)
    spans = parse_spans(text, limits)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(e - s <= limits.max_parse_chars for s, e in spans)
    assert (len(spans) > 1) == cut
    if cut:  # no piece holds more than one bounded stretch without a sentence end
        assert max(e - s for s, e in spans) <= 1000


def test_an_ordinary_article_is_its_headline_and_its_body():
    for art in _examples():
        head = heading_end(art.text)
        assert art.text[:head].strip() == art.title
        assert parse_spans(art.text) == [(0, head), (head, len(art.text))]
        body = art.text[head:]
        assert parse_spans(body) == [(0, len(body))]


@pytest.mark.parametrize(
    "text, head",
    [
        (
            "Minister meets envoy in Cairo\n\nCAIRO - The minister met...",
            "Minister meets envoy in Cairo\n\n",
        ),
        ("  Headline\r\n\r\nBody.", "  Headline\r\n\r\n"),
        ("وزير الخارجية يبحث الأزمة\n\nالقاهرة - بحث الوزير", "وزير الخارجية يبحث الأزمة\n\n"),
        ("A first sentence.\n\nA second paragraph.", ""),  # a sentence, not a headline
        ("A line\nand its next line\n\nBody", ""),  # a paragraph of two lines
        ("Only a headline\n\n", ""),  # nothing after it
        ("Said: \n\nBody", ""),
    ],
)
def test_a_headline_is_a_piece_of_its_own(text, head):
    assert text[: heading_end(text)] == head


def test_long_articles_are_split_at_paragraphs_or_rejected():
    para = ("The ministers met in Cairo on Monday. " * 20).strip()
    art = Article(id="big", text="\n\n".join([para] * 30), lang="en", title="T", origin="f.jsonl:3")
    limits = Limits(max_article_bytes=2_000)
    parts = limit_article(art, limits)
    assert len(parts) > 5
    assert [p.id for p in parts] == [f"big.part{k}" for k in range(1, len(parts) + 1)]
    assert all(len(p.text.encode()) <= 2_000 for p in parts)
    assert all(p.text.rstrip().endswith("Monday.") for p in parts)  # whole paragraphs
    assert "".join(p.text for p in parts) == art.text
    assert all(p.title == "T" and p.lang == "en" and "part" in p.origin for p in parts)
    with pytest.raises(OversizeError, match=r"over the 0.002 MB limit: rejected"):
        limit_article(art, Limits(max_article_bytes=2_000, oversize="reject"))
    assert limit_article(art) == [art]  # 1 MB by default


def test_limits_refuse_nonsense():
    with pytest.raises(ValueError):
        Limits(oversize="truncate")
    with pytest.raises(ValueError):
        Limits(max_sentence_chars=3)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_huge_run_on_text_is_parsed_in_bounded_pieces(lang):
    """A 60,000-character stretch without punctuation: events point into the text and
    no event sentence is longer than the limit (parsed whole it would be one sentence)."""
    words = [w for a in _examples() if a.lang == lang for w in a.text.split()]
    words = [w.strip(".,!?؟،:;\"'") for w in words]
    text = " ".join((words * 40)[:9000])[:60_000]
    limits = Limits(max_sentence_chars=1500)
    art = Article(id="runon", text=text, lang=lang)
    (done,) = process_articles([art], PipelineConfig(limits=limits))
    events, sentences, tokens = done.events, done.sentences, done.tokens
    assert events and tokens > 8000
    assert sentences >= len(text) // 1500
    for e in events:
        assert text[e.sentence_start : e.sentence_end] == e.sentence
        assert e.sentence_end - e.sentence_start <= 1500


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_words_made_permanent_parse_as_before(lang):
    """Words seen twice become permanent and their splits are cached outside the memory
    zone: a second pass over the same articles (now through the cache) gives the same
    tokens, sentences and events, and the words outlive the zone."""
    from kg.pipeline import _vocab

    arts = [a for a in _examples() if a.lang == lang]
    first = process_articles(arts, PipelineConfig())
    kept = set(_vocab(get_nlp(lang)).kept)
    again = process_articles(arts, PipelineConfig())
    assert _vocab(get_nlp(lang)).kept >= kept and kept
    strings = get_nlp(lang).vocab.strings
    assert all(h in strings for h in list(kept)[:200])
    for a, b in zip(first, again, strict=True):
        assert (a.tokens, a.sentences, a.events) == (b.tokens, b.sentences, b.events)


# ---------------------------------------------------------------------------
# corpus input
# ---------------------------------------------------------------------------


def _records(n: int, lang: str = "en", prefix: str = "r") -> list[dict]:
    return [dict(r, id=f"{prefix}{i}") for i, r in enumerate(generate_articles(lang, n))]


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if path.name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_corpus_reads_directories_jsonl_gz_and_globs_in_order(tmp_path, example_texts):
    _write_jsonl(tmp_path / "c" / "b" / "2.jsonl.gz", _records(3, prefix="gz"))
    _write_jsonl(tmp_path / "c" / "a.jsonl", _records(2, prefix="plain"))
    (tmp_path / "c" / "z.txt").write_text((example_texts / "en" / "ex-en-01.txt").read_text())
    (tmp_path / "c" / "notes.md").write_text("not an input")
    files = list(corpus_files([tmp_path / "c"]))
    assert [f.relative_to(tmp_path / "c").as_posix() for f in files] == [
        "a.jsonl",
        "b/2.jsonl.gz",
        "z.txt",
    ]
    ids = [a.id for a in iter_corpus([tmp_path / "c"])]
    assert ids[:5] == ["plain0", "plain1", "gz0", "gz1", "gz2"] and len(ids) == 6
    globbed = [a.id for a in iter_corpus([str(tmp_path / "c" / "**" / "*.jsonl*")])]
    assert globbed == ["plain0", "plain1", "gz0", "gz1", "gz2"]


def test_corpus_reports_problems_without_stopping(tmp_path):
    good = _write_jsonl(tmp_path / "good.jsonl", _records(2))
    dup = _write_jsonl(tmp_path / "dup.jsonl", _records(1))
    items = list(iter_corpus([good, str(tmp_path / "*.nothing"), tmp_path / "missing", dup]))
    errors = [str(i) for i in items if isinstance(i, IngestError)]
    assert [a.id for a in items if isinstance(a, Article)] == ["r0", "r1"]
    assert any("matches no file" in e for e in errors)
    assert any("no such file" in e for e in errors)
    assert any(f"duplicate id 'r0', first used at {good}:1" in e for e in errors)


def test_corpus_applies_the_size_limit(tmp_path):
    big = {"id": "big", "lang": "en", "text": "\n\n".join(["Egypt condemned Israel. " * 30] * 20)}
    path = _write_jsonl(tmp_path / "big.jsonl", [big])
    limits = Limits(max_article_bytes=4_000)
    parts = list(iter_corpus([path], limits))
    assert len(parts) >= 3 and all(isinstance(p, Article) for p in parts)
    rejected = list(iter_corpus([path], Limits(max_article_bytes=4_000, oversize="reject")))
    assert len(rejected) == 1 and isinstance(rejected[0], IngestError)
    assert rejected[0].origin == f"{path}:1" and "rejected" in rejected[0].message


# ---------------------------------------------------------------------------
# extraction: the same events whatever runs it
# ---------------------------------------------------------------------------


def _parse_pieces(art: Article):
    """The plain way: each piece of the text parsed on its own, no memory zone, no batch."""
    mentions, sentences = [], 0
    for start, end in parse_spans(art.text):
        doc = get_nlp(art.lang)(art.text[start:end])
        sentences += len(list(doc.sents))
        for m in get_mentions(doc):
            mentions.append(
                m.__class__(
                    **{
                        **m.__dict__,
                        "sent_start": m.sent_start + start,
                        "sent_end": m.sent_end + start,
                        "trigger_start": m.trigger_start + start,
                        "trigger_end": m.trigger_end + start,
                        "source": _moved(m.source, start),
                        "target": _moved(m.target, start),
                        "attributed_to": _moved(m.attributed_to, start),
                    }
                )
            )
    return build_events(art, date_mentions(art, mentions)), sentences


def _moved(actor, by):
    if actor is None or actor.start is None:
        return actor
    return actor.__class__(**{**actor.__dict__, "start": actor.start + by, "end": actor.end + by})


def test_batched_extraction_equals_parsing_each_piece_and_memory_zones_change_nothing():
    arts = _examples()
    first = process_articles(arts)
    for art, done in zip(arts, first, strict=True):
        assert (list(done.events), done.sentences) == _parse_pieces(art) == extract_article(art)
        assert done.events and done.tokens > 0
    # one by one, and after many zones have opened and closed, the same again
    assert [process_articles([a])[0].events for a in arts] == [d.events for d in first]
    assert [d.events for d in process_articles(arts)] == [d.events for d in first]


def test_cli_build_out_with_two_workers_writes_what_one_writes(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    for w in ("1", "2"):
        res = runner.invoke(
            app, ["build", str(EXAMPLES / "articles.jsonl"), "--out", str(tmp_path / w), "-j", w]
        )
        assert res.exit_code == 0, res.output
        assert ("2 workers" in res.output) == (w == "2")  # the summary says how it ran
    for name in ("events.jsonl", "graph.ttl"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param({"small.jsonl": 50_000}, 1, id="a small input runs in this process"),
        pytest.param({"a.jsonl": 1_500_000, "b.jsonl": 600_000}, "cores", id="2 MB in two files"),
        pytest.param({"big.jsonl.gz": 600_000}, "cores", id="gzip counts as about 4x its size"),
        pytest.param({"small.jsonl.gz": 100_000}, 1, id="a small gzip file"),
    ],
)
def test_workers_by_default_follow_the_input_size(tmp_path, files, expected):
    import kg.workers as kw

    for name, size in files.items():
        (tmp_path / name).write_bytes(b"x" * size)
    cores = min(kw.cpu_count(), kw.AUTO_MAX)
    assert kw.auto_workers([str(tmp_path)]) == (cores if expected == "cores" else 1)
    assert kw.auto_workers([str(tmp_path / "missing.jsonl")]) == 1


def test_process_articles_takes_dicts_and_reports_failures_per_article():
    good = _examples()[0]
    bad = Article(id="bad", text="Some text.", lang="xx")
    out = process_articles([good.to_dict(), bad], PipelineConfig(rdf=True, validate=True))
    assert out[0].error is None and out[0].events and out[0].content_hash
    assert out[0].ntriples.splitlines() == sorted(out[0].ntriples.splitlines())
    assert out[1].article_id == "bad" and "extraction failed" in out[1].error
    assert out[1].events == ()


def test_two_workers_give_what_one_gives():
    items: list = _examples() * 2 + [IngestError("x.jsonl:1", "broken")] + _examples()[:3]
    config = PipelineConfig(rdf=True)
    one = list(iter_processed(items, workers=1, config=config))
    two = list(iter_processed(items, workers=2, config=config, batch_size=3, in_flight=2))
    assert [i for i, _ in two] == items  # input order, errors in place
    strip = [(i, None if p is None else (p.events, p.ntriples, p.sentences)) for i, p in one]
    assert strip == [
        (i, None if p is None else (p.events, p.ntriples, p.sentences)) for i, p in two
    ]
    assert sum(len(x.events) for _, x in one if x) > 80


def test_the_parent_of_worker_processes_does_not_import_spacy(tmp_path):
    """Importing spaCy takes half a second; the parent of the workers only reads the
    corpus and writes the outputs, so it starts the workers without it."""
    code = (
        "import sys\n"
        "from kg.build import run\n"
        "from kg.sinks import OutputSink\n"
        f"report = run([{str(EXAMPLES / 'articles.jsonl')!r}], "
        f"[OutputSink({str(tmp_path)!r}, 'https://example.org/')], workers=2)\n"
        "print(report.articles, report.events, 'spacy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    articles, events, spacy = out.stdout.split()
    assert int(articles) == len(_examples()) and int(events) > 80
    assert spacy == "False"
    assert (tmp_path / "graph.html").exists()


# ---------------------------------------------------------------------------
# streaming store builds
# ---------------------------------------------------------------------------


def _quads(store_dir: Path) -> set[str]:
    from kg.store import KGStore

    with KGStore(store_dir, read_only=True) as s:
        return {str(q) for q in s.oxigraph}


def _store_build(sources, path: Path, workers: int = 1, batch_size: int = 64):
    from kg.rdf.convert import DEFAULT_BASE

    return run(sources, [StoreSink(path, DEFAULT_BASE, batch_size=batch_size)], workers=workers)


def test_store_build_skips_what_is_stored_and_equals_adding_articles_one_by_one(
    tmp_path, example_texts
):
    from kg.store import KGStore

    src = [EXAMPLES / "articles.jsonl", example_texts / "en"]  # English twice: other ids
    half = _store_build([example_texts / "en"], tmp_path / "s")
    assert (half.added, half.unchanged) == (4, 0)
    rest = _store_build(src, tmp_path / "s", workers=2, batch_size=3)
    assert (rest.added, rest.unchanged, rest.n_errors) == (8, 4, 0)
    assert rest.store_stats["articles"] == 12
    again = _store_build(src, tmp_path / "s")
    assert (again.added, again.unchanged, again.events) == (0, 12, 0)
    # the same store as the store's own API gives, one article per transaction
    with KGStore(tmp_path / "ref") as ref:
        for art in iter_corpus(src):
            ref.add_article(art, extract_article(art)[0])
    assert _quads(tmp_path / "s") == _quads(tmp_path / "ref")


def test_a_duplicate_id_is_one_error_and_every_rebuild_gives_the_same_store(tmp_path):
    path = _write_jsonl(tmp_path / "a.jsonl", _records(3))
    other = [dict(r, text=r["text"] + " Another version.") for r in _records(3)]
    copy = _write_jsonl(tmp_path / "b.jsonl", other)
    rep = _store_build([path, copy], tmp_path / "s")
    assert (rep.added, rep.unchanged, rep.n_errors) == (3, 0, 3)
    assert all("duplicate id" in e and f"first used at {path}" in e for e in rep.errors)
    first = _quads(tmp_path / "s")
    again = _store_build([path, copy], tmp_path / "s")
    assert (again.added, again.replaced, again.unchanged, again.n_errors) == (0, 0, 3, 3)
    assert _quads(tmp_path / "s") == first


# ---------------------------------------------------------------------------
# memory stays flat
# ---------------------------------------------------------------------------


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_memory_stays_flat_across_a_5000_article_stream(tmp_path):
    """Every generated article brings a string never seen before (as news brings
    names); RSS is sampled every 500 articles and may not grow by more than a bound
    once the pipeline is warm."""
    corpus = write_corpus(tmp_path / "ar.jsonl", "ar", 5000, seed=11)
    samples = []
    n = 0
    for _, ex in iter_processed(iter_corpus([corpus]), workers=1):
        assert ex is not None and ex.error is None
        n += 1
        if n % 500 == 0:
            samples.append(_rss_mb())
    assert n == 5000 and len(samples) == 10
    warm = samples[1]
    growth = max(samples[2:]) - warm
    assert growth < 25, f"RSS grew by {growth:.1f} MB after warm-up: {samples}"


def test_a_full_word_cache_forgets_the_least_recently_used_words_first():
    from kg.lang.ar.caches import recall, remember

    cache: dict = {}
    for i in range(8):
        remember(cache, i, str(i), size=8)
    assert recall(cache, 0) == "0"  # used again: now the most recent
    remember(cache, 8, "8", size=8)  # full: the oldest quarter (1, 2) goes
    assert sorted(cache) == [0, 3, 4, 5, 6, 7, 8]
    assert recall(cache, 1) is None and recall(cache, 1, False) is False


def test_the_arabic_word_caches_stay_within_their_bound_on_endless_new_words():
    """News keeps bringing new word forms: no per-word cache of the Arabic pack
    grows past ``WORDS`` entries, however many distinct words it meets."""
    from kg.lang.ar import matcher, morphology, normalize
    from kg.lang.ar.caches import WORDS
    from kg.lang.ar.lexicon import load_lexicon

    lex = load_lexicon()
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
    n = len(letters)
    for i in range(WORDS + WORDS // 2):
        word = "ال" + "".join(letters[(i // n**k) % n] for k in range(4))
        matcher.word_info(lex, word)
    assert len(lex.word_cache) <= WORDS
    for cached in (matcher.stem_map, morphology.noun_stems, morphology.verb_stems):
        info = cached.cache_info()
        assert info.maxsize == WORDS and info.currsize <= WORDS
    assert normalize.normalize.cache_info().maxsize == WORDS
    # and a common word met again is still a cache hit
    assert matcher.word_info(lex, "الرئيس") is matcher.word_info(lex, "الرئيس")


# ---------------------------------------------------------------------------
# the benchmark's input and measurement still run
# ---------------------------------------------------------------------------


def test_corpus_bench_generates_deterministic_articles_and_measures(tmp_path):
    from bench.corpus_bench import measure

    a = list(generate_articles("en", 5, seed=1))
    assert a == list(generate_articles("en", 5, seed=1)) != list(generate_articles("en", 5))
    assert len({r["text"] for r in a}) == 5 and all(r["lang"] == "en" for r in a)
    corpus = write_corpus(tmp_path / "ar.jsonl", "ar", 20)
    m = measure(corpus, workers=1)
    assert (m["articles"], m["errors"]) == (20, 0)
    assert m["tokens"] > 20 * 20 and m["events"] > 0
    assert m["articles_per_s"] > 0 and m["rss_main_mb"] > 50


# ---------------------------------------------------------------------------
# the same events in every process
# ---------------------------------------------------------------------------


def test_arabic_lexicon_readings_do_not_depend_on_the_hash_seed():
    """Each worker process has its own string-hash seed; a reading chosen by set order
    would give an article different events depending on the process that parses it."""
    code = (
        "from kg.lang.ar.lexicon import load_lexicon\n"
        "from kg.lang.ar.matcher import word_info\n"
        "lex = load_lexicon()\n"
        "print([word_info(lex, w)[1] for w in "
        "['المقابلات', 'مقاطعات', 'المشاركات', 'والمفاوضات']])\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 5)
    }
    assert len(seen) == 1, seen
