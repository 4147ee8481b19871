"""Start-up and speed with the imported dictionaries (issue 11).

- **Start-up**: seconds until ``get_nlp(lang)`` returns in a fresh process, with an
  empty table cache (the first run after install) and with the cache filled.
- **Extraction speed on real news**: ``kg build --out`` of the same random articles of
  ``../shared/corpus/saudinewsnet_dev.jsonl.gz``, this tree beside a baseline commit
  (a temporary ``git worktree``), interleaved, best of the repetitions.

Run: ``.venv/bin/python -m bench.startup [--n 300] [--baseline a36ca15]``
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._common import ROOT, SHARED, Section, checkout, md_table

__all__ = ["QUICK", "run", "start_up"]

CORPUS = SHARED / "corpus" / "saudinewsnet_dev.jsonl.gz"
BASELINE = "a36ca15"  # main before the imported dictionaries
QUICK = {"n": 10, "repeats": 1, "baseline": None}

_START = "import time; t = time.perf_counter(); from kg.lang import get_nlp; get_nlp({lang!r}); print(time.perf_counter() - t)"  # noqa: E501


def _env(tree: Path, cache: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree), KG_CACHE_DIR=str(cache))
    env.pop("PYTHONHASHSEED", None)
    return env


def start_up(lang: str, cache: Path, tree: Path = ROOT) -> float:
    """Seconds for ``get_nlp(lang)`` in a fresh process with ``cache`` as table cache."""
    res = subprocess.run(
        [sys.executable, "-c", _START.format(lang=lang)],
        cwd=tree,
        env=_env(tree, cache),
        capture_output=True,
        text=True,
        check=True,
    )
    return float(res.stdout.strip().splitlines()[-1])


def _build_seconds(tree: Path, articles: Path, out: Path, cache: Path) -> float:
    code = "import sys; from kg.cli import main; sys.argv = ['kg', *sys.argv[1:]]; main()"
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, "build", str(articles), "--out", str(out)],
        cwd=tree,
        env=_env(tree, cache),
        capture_output=True,
        check=True,
    )
    return time.perf_counter() - t0


def run(n: int = 300, repeats: int = 2, baseline: str | None = BASELINE) -> Section:
    """The start-up and speed section of the report."""
    rows, data = [], {}
    with tempfile.TemporaryDirectory(prefix="kg-startup-") as tmp:
        tmp_path = Path(tmp)
        for lang in ("ar", "en"):
            cache = tmp_path / f"cache-{lang}"
            cold = start_up(lang, cache)
            warm = start_up(lang, cache)
            rows.append([lang, f"{cold:.2f}", f"{warm:.2f}"])
            data[lang] = {"cold_s": cold, "warm_s": warm}
        text = "Start-up, seconds until `get_nlp` returns in a fresh process:\n\n" + md_table(
            ["language", "empty cache", "cache filled"], rows
        )
        if not CORPUS.exists():
            return Section("Start-up and speed", text + f"\n\nSpeed not run: {CORPUS} is missing.")
        with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
            lines = random.Random(1).sample(fh.read().splitlines(), n)
        articles = tmp_path / "articles.jsonl"
        articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with contextlib.ExitStack() as stack:
            trees = {"this tree": ROOT}
            if baseline:
                base = stack.enter_context(checkout(baseline, tmp_path / "baseline"))
                trees = {f"baseline {baseline}": base, **trees}
            times: dict[str, list[float]] = {name: [] for name in trees}
            for r in range(repeats):  # interleaved: A B, A B
                for name, tree in trees.items():
                    cache = tmp_path / f"cache-build-{name}"
                    out = tmp_path / f"out-{r}-{len(times[name])}-{name.split()[0]}"
                    times[name].append(_build_seconds(tree, articles, out, cache))
    best = {name: min(ts) for name, ts in times.items()}
    data["build_s"] = best
    ref = next(iter(best.values()))
    text += (
        f"\n\n`kg build --out` of {n} random real articles (seed 1), best of {repeats}, "
        "start-up included:\n\n"
        + md_table(
            ["code", "seconds", "articles/s", "vs first row"],
            [[k, f"{v:.1f}", f"{n / v:.1f}", f"{v / ref:.2f}×"] for k, v in best.items()],
        )
    )
    return Section("Start-up and speed", text, data)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--baseline", default=BASELINE, help="commit to compare with ('' for none)")
    a = ap.parse_args(argv)
    print(run(a.n, a.repeats, a.baseline or None).markdown)


if __name__ == "__main__":
    main()
