"""The benchmark scripts of ``bench/`` still run: each core function on a tiny input.

These are not benchmarks (``make bench`` runs those); they only keep the
scripts from rotting as the pipeline changes. Timings are not checked beyond
being positive.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from kg.lang import get_mentions

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is a top-level folder, not part of the kg package
    sys.path.insert(0, str(ROOT))

from bench import ar_speed, en_speed, real_corpus, run_all, textacy_compare  # noqa: E402
from bench._common import Section, interleaved, md_table, repeat_to  # noqa: E402

AR_TEXTS = [
    "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة يوم الأحد.",
    "تظاهر آلاف الطلاب في العاصمة احتجاجا على ارتفاع الأسعار.",
]
EN_TEXTS = [
    "France condemned Russia over the attack on its embassy.",
    "Egypt and Jordan signed a trade agreement on Monday.",
]


def _positive(*values: float) -> bool:
    return all(isinstance(v, (int, float)) and math.isfinite(v) and v > 0 for v in values)


def test_ar_speed_measure():
    m = ar_speed.measure(AR_TEXTS, repeats=1)
    assert m["docs"] == 2
    assert m["tokens"] >= 15
    assert _positive(m["tokenizer_tps"], m["pipeline_tps"], m["ratio"], m["ratio_median"])


def test_ar_speed_first_pass_and_stages():
    fp = ar_speed.first_pass(AR_TEXTS)
    assert _positive(fp["tokenizer"], fp["pipeline"], fp["ratio"])
    st = ar_speed.stages(AR_TEXTS, repeats=1)
    assert set(st) >= {"tokenizer", "kg_ar_lexicon_v1", "kg_ar_events_v1"}
    assert all(v > 0 for v in st.values())


def test_ar_speed_profile_names_functions():
    hot = ar_speed.hot_functions(AR_TEXTS, top=5)
    assert len(hot["self"]) == 5
    assert hot["total_s"] > 0
    # The project's own components appear among the cumulative hot spots.
    assert hot["kg"] and all(r["function"].startswith("kg/") for r in hot["kg"])


@pytest.mark.parametrize("n_process", [1, 2])
def test_en_speed_measure(n_process):
    m = en_speed.measure(EN_TEXTS, n_process=n_process, repeats=1, batch_size=1)
    assert m["words"] == sum(en_speed.word_count(EN_TEXTS)) >= 15
    assert m["n_process"] == n_process
    assert _positive(m["parse_wps"], m["kg_wps"], m["parse_s"], m["kg_s"])
    assert math.isfinite(m["overhead_pct"])


def test_stock_pipeline_runs_in_two_processes():
    from kg.lang import get_nlp
    from kg.records import Mention

    docs = list(get_nlp("en").pipe(EN_TEXTS, n_process=2, batch_size=1))
    mentions = [m for d in docs for m in get_mentions(d)]
    assert mentions and all(isinstance(m, Mention) and m.action_id for m in mentions)


def test_textacy_compare_on_own_gold(tmp_path):
    gold = tmp_path / "gold.jsonl"
    docs = [
        {
            "doc_id": "t1",
            "lang": "en",
            "date": None,
            "text": EN_TEXTS[0],
            "scope": "all",
            "events": [
                {
                    "anchor": EN_TEXTS[0],
                    "source": {"country": "FRA"},
                    "category": ["ACCUSE"],
                    "target": {"country": "RUS"},
                    "negated": False,
                    "optional": False,
                }
            ],
        },
        {
            "doc_id": "t2",
            "lang": "en",
            "date": None,
            "text": EN_TEXTS[1],
            "scope": "all",
            "events": [
                {
                    "anchor": EN_TEXTS[1],
                    "source": {"country": c},
                    "category": ["AGREE", "COOPERATE", "SUPPORT"],
                    "target": None,
                    "negated": False,
                    "optional": False,
                }
                for c in ("EGY", "JOR")
            ],
        },
    ]
    gold.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    r = textacy_compare.compare(gold, scorer=None)
    assert r["docs"] == 2
    assert r["kg"]["gold"] == 3
    assert _positive(r["kg"]["strict"]["recall"], r["kg"]["lenient"]["f1"], r["kg"]["events"])
    if textacy_compare.textacy_available():
        t = r["textacy"]
        assert t["triples"] >= 2 and t["mapped"] >= 2
        assert _positive(t["strict"]["recall"], t["lenient"]["precision"], t["events"])
    else:  # `make test` installs no `bench` extra: the comparison says how to get it
        assert r["textacy"] is None and "pip install" in r["textacy_missing"]


def test_run_all_finds_the_benchmarks():
    names = run_all.discover()
    assert names[:3] == ["ar_speed", "en_speed", "textacy_compare"]
    assert "run_all" not in names and not any(n.startswith("_") for n in names)


def test_helpers_and_report_render():
    texts, total = repeat_to(["a", "b"], [2, 3], 11)
    assert texts == ["a", "b"] * 3 and total == 15
    t = interleaved({"x": lambda: sum(range(1000)), "y": lambda: sum(range(10))}, repeats=3)
    assert len(t["x"].seconds) == 3 and t["x"].best > 0
    table = md_table(["a", "b"], [["p|q", 1234.5]])
    assert "p\\|q" in table and "1,234" in table
    text = run_all.render(
        [Section("One", "body 1"), Section("Two", "body 2")], {"one": 1.0}, {"nproc": "2"}
    )
    assert "## One" in text and "## Two" in text and "| nproc | 2 |" in text
    assert "busy" not in text
    busy = run_all.render([], {}, {"nproc": "2", "load average (1/5/15 min)": "5.0 / 1 / 1"})
    assert "machine was busy" in busy


@pytest.mark.skipif(
    not real_corpus.CORPUS.is_file(), reason="../shared not found (the real corpus is read from it)"
)
def test_real_corpus_runs_kg_build_and_reads_its_summary():
    section = real_corpus.run(**real_corpus.QUICK)
    out = section.data["--out-1-this"]["summary"]
    store = section.data["--store-1-this"]["summary"]
    assert out["articles"] == store["articles"] == store["stored"] == 40
    assert out["events"] == store["events"] > 0
    assert _positive(out["tokens_per_s"], out["stages"]["parse"], store["stages"]["store"])
    assert "| --store | 1 | this | 40 |" in section.markdown


def test_real_corpus_ingest_curve_and_summary_parsing():
    progress = [(0.0, 0), (2.0, 100), (4.0, 2_100), (6.0, 3_000), (9.0, 4_200)]
    assert real_corpus.ingest_curve(progress) == [(0, 2_100 / 4.0), (2_100, 2_100 / 5.0)]
    text = (
        "articles 12  sentences 99  events 34  errors 1\n"
        "store   s: added 12, replaced 0, unchanged 0, failed 0; now 12 articles, 34 events\n"
        "time    3.5 s (3.4 articles/s, 1,234 tokens/s)\n"
        "stages  parse 1.5 s, dating 0.1 s, rdf 0.2 s (summed over workers), store 0.4 s\n"
    )
    got = real_corpus.parse_summary(text)
    assert (got["articles"], got["events"], got["errors"], got["stored"]) == (12, 34, 1, 12)
    assert (got["seconds"], got["tokens_per_s"]) == (3.5, 1234)
    assert got["stages"] == {"parse": 1.5, "dating": 0.1, "rdf": 0.2, "store": 0.4}
    # a stage under a tenth of a second is printed in thousandths, not as 0.0
    from kg.report import _secs

    assert [_secs(v) for v in (0.034, 0.1, 2.25)] == ["0.034", "0.1", "2.2"]


def test_serve_bench_runs_on_a_tiny_input():
    from bench import serve_bench

    section = serve_bench.run(**serve_bench.QUICK)
    data = section.data
    assert _positive(*data["queries_s"].values(), *data["ingest_rates"].values())
    # the runaway queries got their error (503), and the second client its answer
    (mem_status, _, mem_simple, mem_error), (time_status, _, time_simple, time_error) = data[
        "runaway"
    ].values()
    assert (mem_status, time_status) == (503, 503)
    assert "memory" in mem_error and "time limit" in time_error
    assert _positive(mem_simple, time_simple)
    assert "| HTTP endpoint |" in section.markdown


def test_coverage_counts_persons_and_trigger_sentences():
    from bench import coverage

    if not coverage.CORPUS.exists():
        pytest.skip(f"../shared is missing: {coverage.CORPUS}")
    section = coverage.run(**coverage.QUICK)
    now = section.data["now"]
    assert now["persons"] >= now["resolved"] >= 0 and now["trigger_sentences"] > 0
    assert 0 <= now["with_dyad"] <= now["trigger_sentences"]
    assert "persons with a country" in section.markdown


def test_startup_measures_both_languages_and_a_build():
    from bench import startup

    if not startup.CORPUS.exists():
        pytest.skip(f"../shared is missing: {startup.CORPUS}")
    section = startup.run(**startup.QUICK)
    figures = [section.data[lang][k] for lang in ("ar", "en") for k in ("cold_s", "warm_s")]
    assert _positive(*figures)
    assert _positive(*section.data["build_s"].values())
    assert "empty cache" in section.markdown and "articles/s" in section.markdown
