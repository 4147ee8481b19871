"""Corpus throughput (issue 7): ``kg build`` streaming with 1 and 2 worker processes.

Data: 10,000 generated articles per language, each a headline and two or
three sentences drawn (seeded) from the example articles of ``examples/``,
plus a made-up reference code, so that every article brings strings the
pipeline has never seen (as real news does with names and numbers).

For Arabic and English, the same JSONL corpus goes through the streaming
path of ``kg build`` (``kg.corpus.iter_corpus`` -> ``kg.workers.iter_processed``)
with 1 and then 2 worker processes, back to back, each run in a fresh child
process so that peak RSS is its own. Reported: articles/s, tokens/s, the
speed-up of 2 workers over 1 (the figure to quote: the machine is shared), and
peak RSS of the main process and of the largest worker. The store is left out
(``store_bench`` measures it): this is extraction throughput.

Run: ``.venv/bin/python -m bench.corpus_bench [--articles N]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from bench._common import ROOT, Section, example_texts, md_table

__all__ = ["QUICK", "example_sentences", "generate_articles", "measure", "run", "write_corpus"]

QUICK = {"articles": 60}

_SPLIT = re.compile(r"(?<=[.!?\u061f])\s+")
_MONTHS = range(1, 13)


@cache
def example_sentences(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(headlines, body sentences) of the example articles of ``lang``."""
    heads, body = [], []
    for text in example_texts(lang):
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        heads.append(lines[0])
        for para in lines[1:]:
            body.extend(s for s in _SPLIT.split(para) if len(s.split()) >= 5)
    return tuple(heads), tuple(body)


def generate_articles(lang: str, n: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """``n`` JSONL records of generated ``lang`` articles (deterministic for a seed)."""
    heads, body = example_sentences(lang)
    rng = random.Random(f"{lang}-{seed}")
    ref = "المرجع" if lang == "ar" else "Ref."
    for i in range(n):
        sents = rng.sample(body, rng.randint(2, 3))
        code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
        text = rng.choice(heads) + "\n\n" + " ".join(sents) + f"\n\n{ref} {code}"
        yield {
            "id": f"gen-{lang}-{i:05d}",
            "lang": lang,
            "date": f"2025-{rng.choice(_MONTHS):02d}-{rng.randint(1, 28):02d}",
            "text": text,
        }


def write_corpus(path: Path, lang: str, n: int, seed: int = 7) -> Path:
    """Write ``n`` generated articles to ``path`` (JSONL)."""
    with open(path, "w", encoding="utf-8") as fh:
        for rec in generate_articles(lang, n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def _peak_mb(who: int) -> float:
    if who == resource.RUSAGE_SELF:
        # ru_maxrss survives fork + exec: a child of a large process (run_all after the
        # English benchmark) would report its parent's peak; VmHWM is this program's own
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def measure(corpus: Path, workers: int, batch_size: int = 16) -> dict[str, Any]:
    """Stream ``corpus`` through the extraction of ``kg build`` with ``workers`` processes.

    Meant to run in a fresh process (``python -m bench.corpus_bench --measure``),
    so that the peak RSS figures are this run's.
    """
    from kg.corpus import iter_corpus
    from kg.lang import get_nlp
    from kg.workers import iter_processed

    if workers == 1:  # load outside the timing, as the workers do before their first batch
        for lang in ("ar", "en"):
            get_nlp(lang)
    articles = tokens = events = errors = 0
    first_articles = first_tokens = 0
    t0 = time.perf_counter()
    t_first = None
    for _, ex in iter_processed(iter_corpus([corpus]), workers, batch_size=batch_size):
        if ex is None or ex.error:
            errors += 1
            continue
        articles += 1
        tokens += ex.tokens
        events += len(ex.events)
        if t_first is None:  # workers started and parsed their first batch
            t_first = time.perf_counter()
            first_articles, first_tokens = articles, tokens
    t_end = time.perf_counter()
    steady = t_end - (t_first or t0)
    return {
        "workers": workers,
        "articles": articles,
        "tokens": tokens,
        "events": events,
        "errors": errors,
        "seconds": t_end - t0,
        "startup_s": (t_first or t_end) - t0,
        "articles_per_s": (articles - first_articles) / steady,
        "tokens_per_s": (tokens - first_tokens) / steady,
        "rss_main_mb": _peak_mb(resource.RUSAGE_SELF),
        "rss_worker_mb": _peak_mb(resource.RUSAGE_CHILDREN) if workers > 1 else None,
    }


def _measure_in_child(corpus: Path, workers: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.corpus_bench", "--measure", str(corpus), str(workers)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(articles: int = 10_000, workers: Sequence[int] = (1, 2)) -> Section:
    """Articles/s, tokens/s and peak RSS per language and worker count."""
    rows, data = [], {}
    with tempfile.TemporaryDirectory(prefix="kg-corpus-bench-") as tmp:
        for lang in ("ar", "en"):
            corpus = write_corpus(Path(tmp) / f"{lang}.jsonl", lang, articles)
            base = None
            for w in workers:
                m = _measure_in_child(corpus, w)
                data[f"{lang}-{w}"] = m
                base = base or m["articles_per_s"]
                rows.append(
                    (
                        lang,
                        w,
                        m["articles"],
                        m["events"],
                        f"{m['seconds']:.1f}",
                        f"{m['startup_s']:.1f}",
                        f"{m['articles_per_s']:.1f}",
                        f"{m['tokens_per_s']:,.0f}",
                        f"{m['articles_per_s'] / base:.2f}x",
                        round(m["rss_main_mb"]),
                        "" if m["rss_worker_mb"] is None else round(m["rss_worker_mb"]),
                    )
                )
    table = md_table(
        [
            "lang",
            "workers",
            "articles",
            "events",
            "seconds",
            "to first result (s)",
            "articles/s",
            "tokens/s",
            "vs 1 worker",
            "peak RSS main (MB)",
            "peak RSS per worker (MB)",
        ],
        rows,
    )
    text = (
        f"{articles:,} generated articles per language (headline + 2-3 sentences of the "
        "example articles + a made-up reference code), streamed from JSONL through "
        "`kg.corpus.iter_corpus` and `kg.workers.iter_processed` (what `kg build --workers N` "
        "runs, without the store). Each row runs in a fresh process, back to back. Rates "
        "count from the first result on (worker start-up, which loads the pipelines, is "
        "shown apart); "
        "`vs 1 worker` is the ratio to be quoted (2 cores, shared). With 1 worker the "
        "pipeline runs in the main process; with 2 the main process only reads, sends and "
        "collects.\n\n" + table
    )
    return Section("Corpus throughput: 1 and 2 worker processes", text, data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--measure", nargs=2, metavar=("CORPUS", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), int(args.measure[1]))))
        return 0
    print(run(args.articles).markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
