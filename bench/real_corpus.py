"""Real news (issue 13): ``kg build`` on the SaudiNewsNet corpus of ``../shared``, as users run it.

Data: ``../shared/corpus/saudinewsnet_dev.jsonl.gz``, 27,314 real Saudi
newspaper articles (read there, never copied: a sample is written to a
temporary file). The sample is every k-th article, so that it spans the 14
outlets and the three weeks.

Each row is the ``kg build`` command in a child process (``python -c "from
kg.cli import main; main()"``), so that it measures what a user gets:

* the sample with ``--out`` and with ``--store``, 1 and 2 workers: wall
  time, articles/s and tokens/s (from the summary), time per stage (summed
  over workers, from the summary), and peak memory, sampled every half
  second: the largest process and the whole process tree (parent and
  workers together);
* with ``--baseline REV`` (or ``KG_BENCH_BASELINE=REV make bench``), the
  same commands of another commit (``git archive REV`` into a temporary
  folder) run right after each row, so that the two are compared side by
  side on the same machine state: the ratio is the figure to quote (the
  machine is shared and noisy);
* the whole corpus into a store with 2 workers (``--full``): wall time, peak
  memory (the tree, the largest process, at 2,000 and at 20,000 articles),
  the largest size of the store's write-ahead log, and the ingest rate
  against the store's size, from the progress lines (one every 2 s).

Run: ``.venv/bin/python -m bench.real_corpus [--sample N] [--full] [--baseline REV]``
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench._common import ROOT, SHARED, Section, md_table

__all__ = ["CORPUS", "QUICK", "ingest_curve", "measure", "parse_summary", "run", "write_sample"]

CORPUS = SHARED / "corpus" / "saudinewsnet_dev.jsonl.gz"
QUICK = {"sample": 40, "full": False, "baseline": None, "workers": (1,)}
# The figures of issue 13's "done when", checked in the text of the section.
FULL_TARGET_S = 8 * 60
FULL_TARGET_MB = 1_500
_PROGRESS = re.compile(r"kg: ([\d,]+) articles?")


def write_sample(out: Path, n: int | None) -> Path:
    """Every k-th line of the corpus (all of it when ``n`` is None) into ``out``."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    step = max(1, len(lines) // n) if n else 1
    chosen = lines[::step][:n] if n else lines
    out.write_text("".join(chosen), encoding="utf-8")
    return out


def _tree_rss(pid: int) -> tuple[int, int]:
    """(sum, largest) resident memory of a process and its descendants, in MB."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    sizes = []
    for p in procs:
        try:
            sizes.append(p.memory_info().rss)
        except psutil.Error:
            continue
    return sum(sizes) // 2**20, max(sizes, default=0) // 2**20


def _wal_mb(store: Path | None) -> int:
    if store is None or not store.is_dir():
        return 0
    total = 0
    for p in store.glob("*.log"):
        try:
            total += p.stat().st_size
        except OSError:
            continue
    return total // 2**20


def measure(
    args: list[str], tree: Path = ROOT, store: Path | None = None, every: float = 0.5
) -> dict[str, Any]:
    """Run ``kg ARGS`` from ``tree`` in a child process; sample its memory and progress."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=tree, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    progress: list[tuple[float, int]] = []
    err: list[str] = []

    def read_stderr() -> None:
        for line in proc.stderr:
            m = _PROGRESS.search(line)
            if m:
                progress.append((time.perf_counter() - t0, int(m.group(1).replace(",", ""))))
            else:
                err.append(line)

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    samples: list[tuple[float, int, int, int]] = []  # t, tree MB, largest MB, WAL MB
    while proc.poll() is None:
        total, largest = _tree_rss(proc.pid)
        samples.append((time.perf_counter() - t0, total, largest, _wal_mb(store)))
        time.sleep(every)
    stdout = proc.stdout.read()
    reader.join(timeout=10)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(
            f"kg {' '.join(args)} failed ({proc.returncode}): {''.join(err)[-2000:]}"
        )
    return {
        "wall": wall,
        "summary": parse_summary(stdout),
        "peak_tree_mb": max((s[1] for s in samples), default=0),
        "peak_process_mb": max((s[2] for s in samples), default=0),
        "peak_wal_mb": max((s[3] for s in samples), default=0),
        "samples": samples,
        "progress": progress,
        "errors": len(err),
    }


def parse_summary(text: str) -> dict[str, Any]:
    """Counts, rates and stage times from the summary ``kg build`` prints."""
    out: dict[str, Any] = {}
    m = re.search(r"articles (\d+)\s+sentences (\d+)\s+events (\d+)\s+errors (\d+)", text)
    if m:
        names = ("articles", "sentences", "events", "errors")
        out.update(zip(names, map(int, m.groups()), strict=True))
    m = re.search(r"time\s+([\d.]+) s \(([\d.]+) articles/s(?:, ([\d,]+) tokens/s)?", text)
    if m:
        out["seconds"] = float(m.group(1))
        out["articles_per_s"] = float(m.group(2))
        out["tokens_per_s"] = int(m.group(3).replace(",", "")) if m.group(3) else None
    m = re.search(r"^stages\s+(.*)$", text, re.M)
    if m:
        out["stages"] = {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+) s", m.group(1))}
    m = re.search(r"now (\d+) articles, (\d+) events", text)
    if m:
        out["stored"] = int(m.group(1))
    return out


def ingest_curve(progress: list[tuple[float, int]], window: int = 2_000) -> list[tuple[int, float]]:
    """(articles done at the start of each window, articles/s over the window)."""
    curve = []
    if not progress:
        return curve
    start_t, start_n = progress[0]
    for t, n in progress[1:]:
        if n - start_n >= window:
            curve.append((start_n, (n - start_n) / (t - start_t)))
            start_t, start_n = t, n
    return curve


def _memory_at(result: dict, articles: int) -> tuple[int, int] | None:
    """(tree MB, largest process MB): the most sampled up to when ``articles`` were done."""
    when = next((t for t, n in result["progress"] if n >= articles), None)
    if when is None:
        return None
    upto = [s for s in result["samples"] if s[0] <= when]
    if not upto:
        return None
    return max(s[1] for s in upto), max(s[2] for s in upto)


def _baseline_tree(rev: str, folder: Path) -> Path:
    """The files of commit ``rev`` in ``folder`` (its ``kg`` package runs from there)."""
    tree = folder / f"kg-{rev}"
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    if (ROOT.parent / "shared").exists() and not (folder / "shared").exists():
        (folder / "shared").symlink_to(ROOT.parent / "shared")  # ../shared from the tree
    return tree


def _row(what: str, workers: int, code: str, r: dict) -> tuple:
    s = r["summary"]
    stages = s.get("stages", {})
    stage_text = ", ".join(f"{k} {v:.1f}" for k, v in stages.items()) or "n/a"
    articles = s.get("articles", 0)
    return (
        what,
        workers,
        code,
        articles,
        s.get("events", ""),
        f"{r['wall']:.1f}",
        f"{articles / r['wall']:.1f}",
        f"{s['tokens_per_s']:,}" if s.get("tokens_per_s") else "n/a",
        stage_text,
        r["peak_process_mb"],
        r["peak_tree_mb"],
    )


def run(
    sample: int = 2_000,
    full: bool = True,
    baseline: str | None = os.environ.get("KG_BENCH_BASELINE"),
    workers: tuple[int, ...] = (1, 2),
) -> Section:
    """The sample with --out and --store (1 and 2 workers), then the whole corpus into a store.

    ``baseline`` (also ``KG_BENCH_BASELINE``, for ``make bench``) is a commit to
    run side by side."""
    title = "Real news: SaudiNewsNet (issue 13)"
    if not CORPUS.is_file():
        return Section(title, f"Skipped: {CORPUS} not found (../shared not found?).")
    rows, data = [], {}
    with tempfile.TemporaryDirectory(prefix="kg-real-") as tmp:
        tmp = Path(tmp)
        path = write_sample(tmp / "sample.jsonl", sample)
        base_tree = _baseline_tree(baseline, tmp / "trees") if baseline else None
        for w in workers:
            for what in ("--out", "--store"):
                for code, tree in (("this", ROOT), (baseline, base_tree)):
                    if tree is None:
                        continue
                    dest = tmp / f"{what.strip('-')}-{w}-{code}"
                    args = ["build", str(path), what, str(dest), "--workers", str(w)]
                    r = measure(args, tree, dest if what == "--store" else None)
                    data[f"{what}-{w}-{code}"] = {k: v for k, v in r.items() if k != "samples"}
                    rows.append(_row(what, w, code, r))
        text = [
            f"{sample:,} articles (every {max(1, 27_314 // sample)}th of "
            f"`{CORPUS.relative_to(SHARED.parent)}`), each `kg build` command in a child "
            "process. Wall time includes start-up (reading the pipelines); articles/s is "
            "articles / wall time; tokens/s is from the summary (the run itself); stages are "
            "seconds summed over workers (parse, dating, rdf) and in the parent (store, "
            "outputs); memory is the most sampled every 0.5 s, of the largest process and of "
            "the whole tree (parent and workers).",
            "",
            md_table(
                [
                    "command",
                    "workers",
                    "code",
                    "articles",
                    "events",
                    "wall s",
                    "articles/s",
                    "tokens/s",
                    "stages (s)",
                    "peak MB (process)",
                    "peak MB (tree)",
                ],
                rows,
            ),
        ]
        if baseline:
            text += ["", _ratios(data, baseline, workers)]
        if full:
            text += ["", _full(tmp, data)]
    return Section(title, "\n".join(text), data)


def _ratios(data: dict, baseline: str, workers: tuple[int, ...]) -> str:
    lines = [f"Speed-up over `{baseline}` (its wall time / this code's, run back to back):", ""]
    for w in workers:
        for what in ("--out", "--store"):
            new, old = data.get(f"{what}-{w}-this"), data.get(f"{what}-{w}-{baseline}")
            if new and old:
                lines.append(
                    f"- `kg build {what}`, {w} worker(s): {old['wall'] / new['wall']:.1f}x "
                    f"({old['wall']:.1f} s -> {new['wall']:.1f} s)"
                )
    return "\n".join(lines)


def _full(tmp: Path, data: dict) -> str:
    store = tmp / "full-store"
    r = measure(
        ["build", str(CORPUS), "--store", str(store), "--workers", "2", "--progress"],
        ROOT,
        store,
        every=2.0,
    )
    data["full"] = {k: v for k, v in r.items() if k != "samples"}
    s = r["summary"]
    curve = ingest_curve(r["progress"])
    first = next((rate for n, rate in curve if n >= 1_000), None)
    at20k = next((rate for n, rate in curve if n >= 20_000), None)
    mem2k, mem20k = _memory_at(r, 2_000), _memory_at(r, 20_000)
    ok_time = r["wall"] <= FULL_TARGET_S
    lines = [
        f"The whole corpus into a new store, `kg build {CORPUS.name} --store S --workers 2`: "
        f"{s.get('articles', 0):,} articles, {s.get('events', 0):,} events, "
        f"{s.get('errors', 0)} errors, in {r['wall']:.0f} s ({r['wall'] / 60:.1f} min, "
        f"{s.get('articles', 0) / r['wall']:.1f} articles/s; target <= {FULL_TARGET_S} s: "
        f"{'met' if ok_time else 'MISSED'}).",
        "",
        f"- peak memory: {r['peak_process_mb']:,} MB for the largest process, "
        f"{r['peak_tree_mb']:,} MB for the parent and its 2 workers together "
        f"(target <= {FULL_TARGET_MB:,} MB: "
        f"{'met' if r['peak_process_mb'] <= FULL_TARGET_MB else 'MISSED'} per process, "
        f"{'met' if r['peak_tree_mb'] <= FULL_TARGET_MB else 'MISSED'} for the tree)",
    ]
    if mem2k and mem20k:
        lines.append(
            f"- memory at 2,000 articles: {mem2k[0]:,} MB tree / {mem2k[1]:,} MB largest; "
            f"at 20,000: {mem20k[0]:,} MB / {mem20k[1]:,} MB "
            f"({mem20k[0] / mem2k[0]:.2f}x / {mem20k[1] / mem2k[1]:.2f}x)"
        )
    lines.append(f"- write-ahead log: at most {r['peak_wal_mb']:,} MB")
    if first and at20k:
        lines.append(
            f"- ingest rate: {first:.1f} articles/s with 1,000-3,000 articles in the store, "
            f"{at20k:.1f} at 20,000-22,000 ({at20k / first:.2f}x)"
        )
    lines += ["", "Ingest rate against store size (2,000-article windows):", ""]
    lines.append(
        md_table(
            ["articles in the store", "articles/s"], [(f"{n:,}", f"{v:.1f}") for n, v in curve]
        )
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=2_000)
    ap.add_argument("--full", action="store_true", help="also the whole corpus into a store")
    ap.add_argument("--baseline", metavar="REV", help="also run this commit, side by side")
    args = ap.parse_args(argv)
    print(run(args.sample, args.full, args.baseline).markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
