"""Shared helpers of the benchmarks: inputs, side-by-side timing, machine facts, tables.

The machine is shared and noisy, so a benchmark never reports one absolute
time alone: the contenders run interleaved (A B, B A, A B, ...) in the same
process, and the best of several repetitions of each is compared.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = [
    "checkout",
    "EXAMPLES",
    "ROOT",
    "SHARED",
    "Section",
    "Timings",
    "interleaved",
    "machine_info",
    "md_table",
    "example_texts",
    "read_jsonl_texts",
    "repeat_to",
    "repeated_corpora",
]

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles.jsonl"  # the example articles, one copy
SHARED = ROOT.parent / "shared"


@dataclass
class Section:
    """One benchmark's part of the report: markdown text plus the raw figures."""

    title: str
    markdown: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Timings:
    """Wall-clock seconds of each repetition of one contender."""

    seconds: tuple[float, ...]

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def example_texts(lang: str) -> list[str]:
    """The texts of the example articles in ``lang`` (``examples/articles.jsonl``)."""
    with open(EXAMPLES, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return [r["text"] for r in records if r["lang"] == lang]


def read_jsonl_texts(path: Path) -> list[str] | None:
    """The ``text`` fields of a JSONL file, or None if the file is absent."""
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def repeat_to(texts: Sequence[str], units: Sequence[int], minimum: int) -> tuple[list[str], int]:
    """``texts`` repeated whole until they hold at least ``minimum`` units (tokens, words).

    Returns the repeated list and its unit count.
    """
    if not texts or sum(units) <= 0:
        raise ValueError("no text to repeat")
    out: list[str] = []
    total = 0
    while total < minimum:
        out.extend(texts)
        total += sum(units)
    return out, total


def repeated_corpora(
    sources: dict[str, tuple[list[str] | None, str]],
    units: Callable[[list[str]], Sequence[int]],
    minimum: int,
) -> dict[str, tuple[list[str], str] | str]:
    """Name -> (texts repeated to ``minimum`` units, description), or a skip message.

    Args:
        sources: name -> (texts, or None when absent; what they are).
        units: the units (tokens, words) of each text.
    """
    out: dict[str, tuple[list[str], str] | str] = {}
    for name, (texts, what) in sources.items():
        if not texts:
            out[name] = f"skipped: {what} not found (../shared not found?)"
            continue
        rep, _ = repeat_to(texts, units(texts), minimum)
        out[name] = (rep, f"{what}, {len(texts)} texts x {len(rep) // len(texts)}")
    return out


def interleaved(contenders: dict[str, Callable[[], Any]], repeats: int) -> dict[str, Timings]:
    """Time each contender ``repeats`` times, alternating their order every round.

    A garbage collection runs before each timed call so one contender's garbage
    is not charged to the next.
    """
    names = list(contenders)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(repeats):
        for name in names if r % 2 == 0 else reversed(names):
            gc.collect()
            t0 = time.perf_counter()
            contenders[name]()
            times[name].append(time.perf_counter() - t0)
    return {n: Timings(tuple(t)) for n, t in times.items()}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        )
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def machine_info() -> dict[str, str]:
    """Facts that make a figure comparable: cores, load, versions, date, commit."""
    import spacy

    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0),
        "cpu": _cpu_model(),
        "load average (1/5/15 min)": " / ".join(f"{x:.2f}" for x in load),
        "python": sys.version.split()[0],
        "spacy": spacy.__version__,
        "platform": platform.platform(),
        "commit": _git_commit(),
    }


def md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A GitHub markdown table; floats are given 3 significant decimals."""

    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.3f}"
        return "" if v is None else str(v).replace("|", "\\|")

    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


@contextmanager
def checkout(commit: str, where: Path) -> Iterator[Path]:
    """A temporary ``git worktree`` of ``commit`` at ``where`` (a baseline to measure
    side by side), removed afterwards."""
    subprocess.run(
        ["git", "worktree", "add", "--detach", str(where), commit],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    try:
        yield where
    finally:
        subprocess.run(
            ["git", "worktree", "remove", "--force", str(where)], cwd=ROOT, capture_output=True
        )
