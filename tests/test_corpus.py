"""Corpus scale: size limits, streaming input, worker processes, streaming store builds, memory."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from kg.build import extract_article
from kg.corpus import corpus_files, iter_corpus
from kg.dating import date_mentions
from kg.events import build_events
from kg.ingest import IngestError, read_articles
from kg.lang import get_mentions, get_nlp
from kg.limits import Limits, OversizeError, cut_points, limit_article, parse_spans
from kg.records import Article
from kg.stream import build_store_stream
from kg.workers import ExtractConfig, extract_bounded, extract_records, iter_extracted

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
if str(ROOT) not in sys.path:  # bench/ is a top-level folder, not part of the kg package
    sys.path.insert(0, str(ROOT))

from bench.corpus_bench import generate_articles, write_corpus  # noqa: E402


def _examples() -> list[Article]:
    items = list(read_articles([EXAMPLES / "articles.jsonl"]))
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


def test_an_ordinary_article_is_one_piece():
    for art in _examples():
        assert parse_spans(art.text) == [(0, len(art.text))]


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
    events, sentences, tokens = extract_bounded(art, limits)
    assert events and tokens > 8000
    assert sentences >= len(text) // 1500
    for e in events:
        assert text[e.sentence_start : e.sentence_end] == e.sentence
        assert e.sentence_end - e.sentence_start <= 1500


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
    # the same as reading the directory with kg.ingest
    assert [a.id for a in read_articles([tmp_path / "c"])] == ids


def test_corpus_reports_problems_without_stopping(tmp_path):
    good = _write_jsonl(tmp_path / "good.jsonl", _records(2))
    dup = _write_jsonl(tmp_path / "dup.jsonl", _records(1))
    items = list(iter_corpus([good, str(tmp_path / "*.nothing"), tmp_path / "missing", dup]))
    errors = [str(i) for i in items if isinstance(i, IngestError)]
    assert [a.id for a in items if isinstance(a, Article)] == ["r0", "r1"]
    assert any("matches no file" in e for e in errors)
    assert any("no such file" in e for e in errors)
    assert any("duplicate id 'r0'" in e for e in errors)
    # without dedupe (a store skips duplicates itself) the copy passes
    assert len([a for a in iter_corpus([good, dup], dedupe=False) if isinstance(a, Article)]) == 3


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


def _parse_whole(art: Article):
    """The plain way: one parse of the whole text, no memory zone."""
    doc = get_nlp(art.lang)(art.text)
    return build_events(art, date_mentions(art, get_mentions(doc))), len(list(doc.sents))


def test_bounded_extraction_equals_parsing_whole_and_memory_zones_change_nothing():
    arts = _examples()
    first = [extract_bounded(a) for a in arts]
    for art, (events, n_sent, tokens) in zip(arts, first, strict=True):
        assert (events, n_sent) == _parse_whole(art) == extract_article(art)
        assert events and tokens > 0
    # after many zones have opened and closed, the same again
    assert [extract_bounded(a) for a in arts] == first


def test_cli_build_out_with_two_workers_writes_what_one_writes(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    for w in ("1", "2"):
        res = runner.invoke(
            app, ["build", str(EXAMPLES / "articles.jsonl"), "--out", str(tmp_path / w), "-j", w]
        )
        assert res.exit_code == 0, res.output
    for name in ("events.jsonl", "graph.ttl"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


def test_extract_records_takes_dicts_and_reports_failures_per_article():
    good = _examples()[0]
    bad = Article(id="bad", text="Some text.", lang="xx")
    out = extract_records([good.to_dict(), bad], ExtractConfig(ntriples=True, validate=True))
    assert out[0].error is None and out[0].events and out[0].content_hash
    assert out[0].ntriples.splitlines() == sorted(out[0].ntriples.splitlines())
    assert out[1].article_id == "bad" and "extraction failed" in out[1].error
    assert out[1].events == ()


def test_two_workers_give_what_one_gives():
    items: list = _examples() * 2 + [IngestError("x.jsonl:1", "broken")] + _examples()[:3]
    config = ExtractConfig(ntriples=True)
    one = list(iter_extracted(items, workers=1, config=config))
    two = list(iter_extracted(items, workers=2, config=config, batch_size=3, in_flight=2))
    assert [i for i, _ in two] == items  # input order, errors in place
    assert one == two
    assert sum(len(x.events) for _, x in one if x) > 100


# ---------------------------------------------------------------------------
# streaming store builds
# ---------------------------------------------------------------------------


def _quads(store_dir: Path) -> set[str]:
    from kg.store import KGStore

    with KGStore(store_dir, read_only=True) as s:
        return {str(q) for q in s.oxigraph}


def test_streaming_store_build_skips_what_is_stored_and_matches_the_store_build(
    tmp_path, example_texts
):
    from kg.store.build import build_store

    src = [EXAMPLES / "articles.jsonl", example_texts / "en"]  # English twice: other ids
    half = build_store_stream([example_texts / "en"], tmp_path / "s", workers=1)
    assert (half.added, half.unchanged) == (4, 0)
    rest = build_store_stream(src, tmp_path / "s", workers=2)
    assert (rest.added, rest.unchanged, rest.n_errors) == (8, 4, 0)
    assert rest.stats["articles"] == 12
    again = build_store_stream(src, tmp_path / "s", workers=1)
    assert (again.added, again.unchanged, again.events) == (0, 12, 0)
    # the same store as the in-memory store build of kg.store
    build_store(src, tmp_path / "ref")
    assert _quads(tmp_path / "s") == _quads(tmp_path / "ref")


def test_a_duplicate_later_in_the_corpus_is_not_stored_twice(tmp_path):
    path = _write_jsonl(tmp_path / "a.jsonl", _records(3))
    copy = _write_jsonl(tmp_path / "b.jsonl", _records(3))
    rep = build_store_stream([path, copy], tmp_path / "s", workers=1)
    assert (rep.added, rep.unchanged) == (3, 3)
    assert rep.stats["articles"] == 3


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
    for _, ex in iter_extracted(iter_corpus([corpus], dedupe=False), workers=1):
        assert ex is not None and ex.error is None
        n += 1
        if n % 500 == 0:
            samples.append(_rss_mb())
    assert n == 5000 and len(samples) == 10
    warm = samples[1]
    growth = max(samples[2:]) - warm
    assert growth < 25, f"RSS grew by {growth:.1f} MB after warm-up: {samples}"


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
