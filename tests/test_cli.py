"""The kg command end to end: build, query, validate, viz, eval, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.shacl import validate

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
BAD = Path(__file__).parent / "data" / "bad"
SHARED = ROOT.parent / "shared"

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    res = run("build", EXAMPLES / "articles.jsonl", "--out", out)
    assert res.exit_code == 0, res.output
    return out


def test_build_writes_three_outputs_and_a_summary(built):
    for name in ("events.jsonl", "graph.ttl", "graph.html"):
        assert (built / name).stat().st_size > 0
    events = [json.loads(line) for line in (built / "events.jsonl").read_text().splitlines()]
    assert len(events) >= 20
    assert {e["lang"] for e in events} == {"ar", "en"}
    for e in events:
        assert e["action"]["plover"] and e["action"]["cameo"]
        assert e["modality"] in (
            "asserted",
            "intended",
            "hoped",
            "requested",
            "future",
            "conditional",
        )
    # no temporary files left behind
    assert not [p for p in built.iterdir() if p.name.startswith(".")]


def test_build_summary_counts(tmp_path, example_texts):
    res = run("build", example_texts / "ar", "--out", tmp_path)
    assert res.exit_code == 0, res.output
    assert "articles 4" in res.output
    assert "events" in res.output and "actors" in res.output


def test_written_graph_reparses_and_conforms(built):
    g = Graph().parse(built / "graph.ttl", format="turtle")
    assert len(g) > 100
    assert validate(g).conforms
    res = run("validate", built / "graph.ttl")
    assert res.exit_code == 0 and "conforms" in res.output


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_saved_query_counts_per_category(built, fmt):
    res = run("query", built / "graph.ttl", "--saved", "counts_per_category", "--format", fmt)
    assert res.exit_code == 0, res.output
    assert "CONSULT" in res.output


def test_saved_query_events_between(built):
    res = run(
        "query",
        built / "graph.ttl",
        "--saved",
        "events_between",
        "--param",
        "a=RUS",
        "--param",
        "b=EGY",
        "--format",
        "json",
    )
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows, "Russia and Egypt talk in the first Arabic example"


def test_saved_query_who_supports_whom(built):
    res = run("query", built / "graph.ttl", "--saved", "who_supports_whom", "--format", "csv")
    assert res.exit_code == 0, res.output
    assert len(res.output.strip().splitlines()) >= 2


def test_query_text_and_file(built, tmp_path):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://w3id.org/kg-events/ontology#Event> }"
    res = run("query", built / "graph.ttl", q, "--format", "json")
    assert res.exit_code == 0, res.output
    n = int(json.loads(res.output)[0]["n"])
    assert n == len((built / "events.jsonl").read_text().splitlines())
    f = tmp_path / "q.rq"
    f.write_text(q)
    assert json.loads(
        run("query", built / "graph.ttl", "--file", f, "--format", "json").output
    ) == json.loads(res.output)


def test_unknown_saved_query_is_an_error(built):
    res = run("query", built / "graph.ttl", "--saved", "nope")
    assert res.exit_code != 0


def test_viz_from_graph(built, tmp_path):
    out = tmp_path / "page.html"
    res = run("viz", built / "graph.ttl", "--out", out)
    assert res.exit_code == 0, res.output
    html = out.read_text()
    assert "kgNetwork" in html and "https://" not in html.split("<script")[0]


def test_bad_inputs_are_reported_and_good_ones_processed(tmp_path, example_texts):
    good = example_texts / "en" / "ex-en-01.txt"
    res = run("build", BAD, good, "--out", tmp_path)
    assert res.exit_code == 0, res.output
    err = res.stderr if hasattr(res, "stderr") else res.output
    for name in (
        "empty.txt",
        "latin1.txt",
        "binary.txt",
        "french.txt",
        "mixed.jsonl:2",
        "mixed.jsonl:3",
        "mixed.jsonl:4",
    ):
        assert name in err, f"{name} not reported:\n{err}"
    events = (tmp_path / "events.jsonl").read_text().splitlines()
    docs = {json.loads(line)["doc_id"] for line in events}
    assert len(docs) >= 2  # the good .txt and the good JSONL line


def test_nothing_processed_exits_non_zero_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    res = run("build", BAD / "empty.txt", BAD / "binary.txt", "--out", out)
    assert res.exit_code == 1
    assert not out.exists() or not any(out.iterdir())


def test_failed_write_keeps_previous_outputs(built, tmp_path, monkeypatch, example_texts):
    out = tmp_path / "o"
    shutil.copytree(built, out)
    before = (out / "events.jsonl").read_bytes()
    import kg.viz

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(kg.viz, "html_page", boom)
    res = run("build", example_texts / "ar" / "ex-ar-01.txt", "--out", out)
    assert res.exit_code != 0
    assert (out / "graph.html").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    # the page is rendered before anything is written, so every old output is intact
    assert (out / "events.jsonl").read_bytes() == before


@pytest.mark.skipif(not SHARED.exists(), reason="../shared not found")
def test_eval_matches_bench_scorer(tmp_path):
    import subprocess
    import sys

    gold = SHARED / "bench" / "ar" / "seed_rt_lavrov.gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    res = run("eval", gold, "--out", pred)
    assert res.exit_code == 0, res.output
    ref = json.loads(
        subprocess.run(
            [sys.executable, str(SHARED / "bench" / "score.py"), str(gold), str(pred), "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    strict_line = next(line for line in res.output.splitlines() if line.startswith("strict"))
    assert f"F1 {ref['strict']['f1']:5.3f}" in strict_line


def test_a_headline_and_its_body_are_separate_sentences(built):
    """A headline has no full stop; parsed with the body it would run into its first
    sentence ("...and Sudan\\n\\nCAIRO - Germany's ...")."""
    events = [json.loads(line) for line in (built / "events.jsonl").read_text().splitlines()]
    assert events
    for e in events:
        body = e["sentence"].strip()
        assert "\n\n" not in body, e["sentence"]
    by_doc = {}
    for e in events:
        by_doc.setdefault(e["doc_id"], []).append(e)
    # the first sentence of the body is a sentence of its own, with its own events
    cairo = [e for e in by_doc["ex-en-01"] if e["sentence"].startswith("CAIRO - Germany")]
    assert cairo and cairo[0]["action"]["plover"] == "CONSULT"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "27/10/2015"], "bad date '27/10/2015'"),
        (["--engine", "spark"], "--engine must be one of local, dask"),
        (["--max-input-bytes", "100"], "max_input_bytes (100) must be at least max_article_bytes"),
    ],
)
def test_build_options_are_checked(example_texts, tmp_path, args, message):
    res = run("build", example_texts / "en" / "ex-en-01.txt", "--out", tmp_path, *args)
    assert res.exit_code == 2
    assert message in res.output


def test_a_date_given_for_plain_text_dates_its_events(example_texts, tmp_path):
    text = example_texts / "en" / "ex-en-01.txt"
    res = run("build", text, "--out", tmp_path, "--date", "2025-03-04")
    assert res.exit_code == 0, res.output
    events = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert events and all(e["date"] for e in events)
    # what the sentence does not date takes the given date; "on Wednesday" is the day before
    assert {e["date"] for e in events if e["modality"] == "asserted"} <= {
        "2025-03-04",
        "2025-02-26",
    }


def test_validate_on_request_and_on_a_store(tmp_path):
    res = run("build", EXAMPLES / "articles.jsonl", "--store", tmp_path / "s", "--validate")
    assert res.exit_code == 0, res.output
    res = run("validate", tmp_path / "s")
    assert res.exit_code == 0, res.output
    assert f"{tmp_path / 's'}: conforms" in res.output


@pytest.mark.parametrize(("n", "word"), [(1, "1 article"), (2, "2 articles")])
def test_the_progress_line_counts_in_words_a_user_reads(n, word):
    from kg.report import Progress, RunReport

    report = RunReport(articles=n, n_errors=1)
    report.counts.events = 1
    line = Progress(enabled=False).line(report, 1.0)
    assert line.startswith(f"kg: {word} (")
    assert "1 event," in line and line.endswith("1 error")


def test_a_quoted_glob_works_with_out_and_with_store(example_texts, tmp_path):
    pattern = str(example_texts / "*" / "ex-*-0[12].txt")  # the shell would have expanded it
    for flag in ("--out", "--store"):
        res = run("build", pattern, flag, tmp_path / flag.strip("-"))
        assert res.exit_code == 0, res.output
        assert "articles 4 " in res.output


# ---------------------------------------------------------------------------
# Errors that say what is wrong and what to do; commands that say what they did
# ---------------------------------------------------------------------------

SELECT = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"


@pytest.fixture(scope="module")
def built_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("cli-store") / "store"
    res = run("build", EXAMPLES / "articles.jsonl", "--store", store)
    assert res.exit_code == 0, res.output
    return store


# (arguments, exit code, what the output must say, what it must not)
MESSAGES = [
    pytest.param(
        ["query", "{out}/graph.ttl", "--store", "{store}", "--saved", "top_actors"],
        2,
        ["graph.ttl is a graph file and", "a store: query one of them", "--store"],
        ["exactly one of"],
        id="graph file and store",
    ),
    pytest.param(
        ["query", "--store", "{out}", "--saved", "top_actors"],
        1,
        ["not a kg store", "kg build ARTICLES --store", "graph.ttl"],
        ["CURRENT", "IO error"],
        id="store that is a build folder",
    ),
    pytest.param(
        ["query", "{out}", SELECT],
        1,
        ["a directory, not a graph file", "graph.ttl"],
        [],
        id="build folder as graph",
    ),
    pytest.param(
        ["query", "--store", "{store}"],
        2,
        ["got none", "--saved NAME", "top_actors"],
        [],
        id="no query",
    ),
    pytest.param(
        ["query", "--store", "{store}", SELECT, "--saved", "top_actors"],
        2,
        ["got both QUERY text and --saved"],
        [],
        id="query twice",
    ),
    pytest.param(["validate", "{store}"], 0, ["store: conforms"], [], id="validate a store"),
    pytest.param(
        ["validate", "{out}"],
        1,
        ["not a kg store", "graph.ttl"],
        ["no such file"],
        id="validate a build folder",
    ),
    pytest.param(
        ["stats", "{out}"], 1, ["not a kg store"], ["CURRENT"], id="stats of a build folder"
    ),
    pytest.param(
        ["export", "--store", "{store}", "--out", "{tmp}/all.ttl"],
        0,
        ["exported the default (union) graph of", "as ttl to", "all.ttl (", "bytes)"],
        [],
        id="export says what",
    ),
    pytest.param(
        ["export", "--store", "{store}", "--format", "nq", "--out", "{tmp}/all.nq"],
        0,
        ["exported the whole dataset of", "all.nq"],
        [],
        id="export nq says what",
    ),
    pytest.param(
        ["build", str(EXAMPLES / "articles.jsonl"), "--store", "{out}"],
        1,
        ["not a kg store, and not empty", "new or empty directory"],
        ["Traceback"],
        id="store into a build folder",
    ),
]


@pytest.mark.parametrize(("args", "code", "says", "not_says"), MESSAGES)
def test_messages(built, built_store, tmp_path, args, code, says, not_says):
    out = tmp_path / "out"
    shutil.copytree(built, out)  # a kg build --out folder, not a store
    names = {"{out}": out, "{store}": built_store, "{tmp}": tmp_path}
    for key, value in names.items():
        args = [a.replace(key, str(value)) for a in args]
    res = run(*args)
    assert res.exit_code == code, res.output
    for text in says:
        assert text in res.output, res.output
    for text in not_says:
        assert text not in res.output, res.output
    if args[0] == "build":
        assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in built.iterdir())


def test_eval_on_a_partial_gold_set_says_why_precision_is_na(tmp_path):
    text = "Egypt and Germany signed an agreement on Monday."
    event = {"anchor": text[:-1], "category": ["AGREE"], "source": {"country": "EGY"}}
    doc = {"doc_id": "g1", "lang": "en", "text": text, "events": [event]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({**doc, "scope": "partial"}) + "\n", encoding="utf-8")
    res = run("eval", gold)
    assert res.exit_code == 0, res.output
    assert "P   n/a" in res.output
    assert 'precision n/a: all 1 gold documents have scope "partial"' in res.output
    assert "not known to be wrong" in res.output
    both = tmp_path / "both.jsonl"
    both.write_text(
        json.dumps({**doc, "scope": "partial"}) + "\n" + json.dumps({**doc, "doc_id": "g2"}) + "\n",
        encoding="utf-8",
    )
    res = run("eval", both)
    assert 'precision counts the 1 documents of scope "all" only' in res.output
    full = tmp_path / "full.jsonl"
    full.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    assert "precision" not in run("eval", full).output


@pytest.mark.parametrize("workers", ["1", "2"])
def test_min_confidence_filters_events_and_zero_keeps_them_all(tmp_path, workers):
    """--min-confidence: a higher threshold keeps fewer events, every one at or above
    it; 0 keeps at least the default's events (in workers too)."""
    counts = {}
    for threshold in ("0", "0.35", "0.9"):
        out = tmp_path / f"out-{threshold}"
        args = ["build", str(EXAMPLES / "articles.jsonl"), "--out", str(out), "-j", workers]
        res = runner.invoke(app, [*args, "--min-confidence", threshold])
        assert res.exit_code == 0, res.output
        events = [json.loads(x) for x in (out / "events.jsonl").read_text().splitlines()]
        assert all(e["confidence"] >= float(threshold) for e in events)
        counts[threshold] = len(events)
    assert counts["0"] >= counts["0.35"] > counts["0.9"]
    bad = run("build", EXAMPLES / "articles.jsonl", "--out", tmp_path / "x", "--min-confidence", 2)
    assert bad.exit_code == 2 and "min-confidence" in bad.output
