"""Hostile and odd input: every bad record is one error, memory stays bounded, nothing is lost.

Each case runs the ``kg`` command as a user would (in a child process where
memory is measured), with small limits so that the suite stays fast: a
huge article, a gzip bomb, a lone surrogate in a JSONL field, a looping
symbolic link, a duplicate id in a store build, invisible format characters.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import example_records

from kg.build import extract_article
from kg.records import Article
from kg.store import KGStore

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# Runs the kg command in a fresh process after extracting from an example article of
# the language (the pipeline and the tables it loads on first use are then in
# memory), and prints its exit code, the resident memory before the command and the peak.
CHILD = r"""
import json, sys
def rss(kind):
    for line in open("/proc/self/status"):
        if line.startswith(kind):
            return int(line.split()[1]) // 1024
from kg.cli import app
from kg.pipeline import extract_article
from kg.records import Article
with open("examples/articles.jsonl", encoding="utf-8") as fh:
    warm = next(r for r in map(json.loads, fh) if r["lang"] == sys.argv[1])
extract_article(Article(id="warm", text=warm["text"], lang=warm["lang"], date=warm["date"]))
before = rss("VmRSS:")
code = 0
try:
    app(sys.argv[2:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "before": before, "peak": rss("VmHWM:")}))
"""


def kg_measured(lang: str, *args: str | Path) -> tuple[dict, str, str]:
    """``kg ARGS`` in a child process: (exit code and memory in MB, stdout, stderr)."""
    res = subprocess.run(
        [sys.executable, "-c", CHILD, lang, *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.stdout.strip(), res.stderr
    figures = json.loads(res.stdout.strip().splitlines()[-1])
    return figures, res.stdout, res.stderr


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _record(i: int, **fields) -> str:
    text = example_records("en")[0]["text"]
    return json.dumps({"id": f"good-{i}", "text": text, "lang": "en", **fields})


# ---------------------------------------------------------------------------
# memory: a huge article, a gzip bomb
# ---------------------------------------------------------------------------


def test_a_huge_article_is_parsed_with_bounded_memory(tmp_path):
    """250 KB of English in one article (no sentence over the limits): the pieces go
    to the parser a few at a time, at most ``max_parse_chars`` (50,000) characters per
    call, for which spaCy needs about 140 MB. Parsed in one call, 500 KB took 1.6 GB."""
    body = " ".join(r["text"].replace("\n\n", " ") for r in example_records("en"))
    text = "\n\n".join([body] * (250_000 // len(body) + 1))
    path = _jsonl(tmp_path / "big.jsonl", [json.dumps({"id": "big", "text": text, "lang": "en"})])
    figures, out, err = kg_measured("en", "build", path, "--out", tmp_path / "out")
    assert figures["code"] == 0, err
    assert "articles 1 " in out
    grew = figures["peak"] - figures["before"]
    assert grew < 250, f"memory grew by {grew} MB for one 250 KB article"


def test_a_gzip_bomb_stops_at_the_input_limit_and_the_next_line_is_read(tmp_path):
    """One line of 300 MB (300 KB compressed): read up to the limit, then skipped."""
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(b'{"id": "bomb", "lang": "en", "text": "')
        chunk = b"a" * 1_000_000
        for _ in range(300):
            fh.write(chunk)
        fh.write(b'"}\n' + _record(1).encode() + b"\n")
    figures, out, err = kg_measured(
        "en", "build", path, "--out", tmp_path / "out", "--max-input-bytes", "2000000"
    )
    assert figures["code"] == 0, err
    assert f"{path}:1: line of 300,000,041 bytes over the 2 MB input limit" in err
    assert "articles 1 " in out  # the good line after it
    grew = figures["peak"] - figures["before"]
    assert grew < 200, f"memory grew by {grew} MB reading a gzip bomb"


# ---------------------------------------------------------------------------
# bad records are one error each, in --out and --store builds
# ---------------------------------------------------------------------------


def _kg(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.parametrize("sink", ["--out", "--store"])
def test_a_lone_surrogate_is_one_error_and_the_other_articles_go_through(tmp_path, sink):
    path = _jsonl(
        tmp_path / "in.jsonl",
        [
            _record(1),
            json.dumps({"id": "bad-text", "text": "Egypt \ud800 met Jordan.", "lang": "en"}),
            json.dumps({"id": "bad-\udfff", "text": "Egypt met Jordan in Amman.", "lang": "en"}),
            _record(4, title="fine \ud83d\ude00 emoji"),  # a valid pair is fine
        ],
    )
    res = _kg("build", path, sink, tmp_path / "dest")
    assert res.returncode == 0, res.stderr
    assert f"{path}:2: 'text' holds a lone surrogate (U+D800) at character 6" in res.stderr
    assert f"{path}:3: 'id' holds a lone surrogate (U+DFFF) at character 4" in res.stderr
    assert "articles 2 " in res.stdout and "errors 2" in res.stdout
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("sink", ["--out", "--store"])
def test_a_looping_symlink_is_one_error_and_the_folder_is_read(tmp_path, sink):
    folder = tmp_path / "corpus"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", [_record(1)])
    os.symlink("loop.txt", folder / "loop.txt")  # points at itself
    os.symlink(folder, folder / "again")  # a folder link: not followed
    res = _kg("build", folder, sink, tmp_path / "dest")
    assert res.returncode == 0, res.stderr
    assert f"{folder / 'loop.txt'}: cannot read: a symbolic link that loops" in res.stderr
    assert "articles 1 " in res.stdout and "errors 1" in res.stdout


def test_a_duplicate_id_in_a_store_build_keeps_the_first_and_every_rebuild_is_the_same(tmp_path):
    first = _record(1)
    second = json.dumps(
        {"id": "good-1", "text": "Jordan and Egypt signed a trade deal in Amman.", "lang": "en"}
    )
    path = _jsonl(tmp_path / "in.jsonl", [first, second])
    store = tmp_path / "store"
    outputs = []
    for _ in range(2):
        res = _kg("build", path, "--store", store)
        assert res.returncode == 0, res.stderr
        assert f"{path}:2: skipped: duplicate id 'good-1', first used at {path}:1" in res.stderr
        with KGStore(store, read_only=True) as kgs:
            outputs.append(({str(q) for q in kgs.oxigraph}, res.stdout))
    (quads1, out1), (quads2, out2) = outputs
    assert "added 1, replaced 0, unchanged 0" in out1
    assert "added 0, replaced 0, unchanged 1" in out2
    assert quads1 == quads2


# ---------------------------------------------------------------------------
# invisible characters do not change what is extracted
# ---------------------------------------------------------------------------

# Zero-width space, zero-width joiner and non-joiner, left-to-right and
# right-to-left marks, bidi embeddings and isolates, a word joiner, a soft hyphen.
INVISIBLE = ["\u200b", "\u200d", "\u200c", "\u200e", "\u200f", "\u2060", "\u00ad"]
BIDI = [("\u202b", "\u202c"), ("\u2067", "\u2069"), ("\u202a", "\u202c")]


def _noisy(text: str) -> str:
    """``text`` with invisible characters inside words and bidi controls around lines."""
    out = []
    for k, word in enumerate(text.split(" ")):
        if len(word) > 3 and k % 2 == 0:
            word = word[:2] + INVISIBLE[k % len(INVISIBLE)] + word[2:]
        out.append(word)
    lines = " ".join(out).split("\n")
    return "\n".join(
        BIDI[i % len(BIDI)][0] + line + BIDI[i % len(BIDI)][1] if line else line
        for i, line in enumerate(lines)
    )


def _key(events) -> list[tuple]:
    return sorted(
        (e.source.id if e.source else "", e.action.id, e.target.id if e.target else "", e.negated)
        for e in events
    )


@pytest.mark.parametrize("record", example_records(), ids=lambda r: r["id"])
def test_invisible_characters_change_no_event_and_offsets_point_into_the_text(record):
    text, lang = record["text"], record["lang"]
    clean, _ = extract_article(Article(id="a", text=text, lang=lang, date="2025-03-04"))
    noisy = _noisy(text)
    assert noisy != text
    dirty, _ = extract_article(Article(id="a", text=noisy, lang=lang, date="2025-03-04"))
    assert clean and _key(dirty) == _key(clean)
    for e in dirty:
        assert noisy[e.sentence_start : e.sentence_end] == e.sentence
        for actor in (e.source, e.target):
            if actor is not None and actor.start is not None:
                span = noisy[actor.start : actor.end]
                assert "".join(c for c in span if c.isprintable()) or span


# ---------------------------------------------------------------------------
# a store that keeps growing keeps its memory
# ---------------------------------------------------------------------------

# Adds synthetic articles through the store's own API, 16 per transaction (as a
# build does), and prints the peak resident memory and the peak size of the
# write-ahead log over each 256 articles.
STORE_CHILD = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, ".")
from bench.store_bench import synthetic_articles
from kg.pipeline import article_ntriples
from kg.store import KGStore
from kg.store.writer import ArticleGraph
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
path, n = Path(sys.argv[1]), int(sys.argv[2])
gen = synthetic_articles(seed=3)
figures, peak = [], (0, 0)
with KGStore(path) as store:
    for i in range(16, n + 1, 16):
        batch = [next(gen) for _ in range(16)]
        store.add_graphs(ArticleGraph(a.id, *article_ntriples(a, e)) for a, e in batch)
        wal = sum(p.stat().st_size for p in path.glob("*.log")) // 2**20
        peak = (max(peak[0], rss()), max(peak[1], wal))
        if i % 256 == 0:
            figures.append(peak)
            peak = (0, 0)
print(json.dumps(figures))
"""


def test_memory_and_the_write_ahead_log_stay_flat_as_the_store_grows(tmp_path):
    # Without the flushes (FLUSH_EVERY) both grew with every article (2.6 GB of log
    # after 10,000).
    res = subprocess.run(
        [sys.executable, "-c", STORE_CHILD, str(tmp_path / "store"), "2048"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert res.returncode == 0, res.stderr
    figures = json.loads(res.stdout.strip().splitlines()[-1])
    first, second = figures[: len(figures) // 2], figures[len(figures) // 2 :]
    shown = f"peak RSS and write-ahead log (MB) by 256 articles: {figures}"
    # RSS in MB, not as a ratio: what else the process holds (spaCy is no longer imported
    # by a writer) must not loosen or tighten the bound; 48 MB is the 20% of the ~240 MB
    # writer this was set on. (The writer's native store memory still grows by about 30 MB
    # per 1,000 such articles: issue 13.)
    assert max(r for r, _ in second) - max(r for r, _ in first) <= 48, shown
    assert max(w for _, w in second) <= 1.2 * max(w for _, w in first), shown
