"""What a run did: the one run report, its summary lines and the progress display.

``RunReport`` holds counts only (no per-article lists: they would grow with
the corpus). ``kg build`` (every sink, every engine) and ``kg load`` fill it;
``summary`` gives the lines they print; ``Progress`` shows it while it runs.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kg.counts import EventCounts
from kg.records import Event

__all__ = ["MAX_ERRORS", "STAGES", "Progress", "RunReport", "plural", "summary"]

# Error messages kept for the summary; later ones are only counted.
MAX_ERRORS = 200
# Stages timed per article by the pipeline (kg.pipeline.Processed.seconds), then the sinks.
STAGES = ("parse", "dating", "rdf")


def plural(n: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


@dataclass
class RunReport:
    """Counts of a run (``kg build`` or ``kg load``).

    articles: articles processed (extracted, or loaded) in this run.
    counts: their events, categories and actors, as every output counts them
        (``kg.counts``; ``kg load`` counts events and categories only).
    added, replaced, unchanged, failed: what the store did with them
        (``unchanged`` counts the articles it already held, not extracted again).
    outputs: name -> path of each file written (events, turtle, html, parts).
    store, store_stats: the store and its counts at the end.
    seconds_by_stage: time per stage, summed over articles (worker time).
    """

    articles: int = 0
    sentences: int = 0
    tokens: int = 0
    n_errors: int = 0
    errors: list[str] = field(default_factory=list)
    counts: EventCounts = field(default_factory=EventCounts)
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)
    store: Path | None = None
    store_stats: dict[str, int] = field(default_factory=dict)
    dask: str = ""  # scheduler address of a Dask run
    partitions: int = 0
    seconds: float = 0.0
    seconds_by_stage: Counter = field(default_factory=Counter)
    interrupted: bool = False
    workers: int = 1  # extraction processes of a local run (1: this process)

    def error(self, message: str) -> None:
        self.n_errors += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(message)

    def count_events(self, events: Iterable[Event]) -> None:
        for e in events:
            self.counts.add(e)

    @property
    def events(self) -> int:
        return self.counts.events

    @property
    def rate(self) -> float:
        """Articles per second of the run."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0


def summary(report: RunReport) -> str:
    """The lines ``kg build`` and ``kg load`` print: what was read, found and written."""
    r = report
    lines = [
        f"articles {r.articles}  sentences {r.sentences}  events {r.events}  errors {r.n_errors}"
    ]
    c = r.counts  # kg.counts: the numbers of the page, kg stats and top_actors
    for cat, n in sorted(c.per_category.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {cat:<10} {n}")
    if c.nodes:
        top = ", ".join(f"{a.label} ({a.degree})" for a in c.top(12))
        lines.append(f"actors {len(c.actors)}: {top}")
    if "html" in r.outputs and c.undrawn_note():
        lines.append(c.undrawn_note() + " on the page")
    for name, path in r.outputs.items():
        lines.append(f"{name:<7} {path}")
    if r.dask:
        lines.append(f"dask    {r.dask}: {plural(r.partitions, 'partition')}")
    if "triples" in r.outputs:
        lines.append(f"next    kg load {r.outputs['triples'].parent} --store DIR")
    if r.store is not None:
        st = r.store_stats
        lines.append(
            f"store   {r.store}: added {r.added}, replaced {r.replaced}, "
            f"unchanged {r.unchanged}, failed {r.failed}; "
            f"now {st.get('articles', 0)} articles, {st.get('events', 0)} events, "
            f"{st.get('merged', 0)} merged events ({st.get('merged_multi', 0)} with several "
            f"mentions), {st.get('quads', 0)} quads"
        )
    tokens = f", {r.tokens / r.seconds:,.0f} tokens/s" if r.tokens and r.seconds > 0 else ""
    procs = f", {r.workers} workers" if r.workers > 1 else ""
    lines.append(f"time    {r.seconds:.1f} s ({r.rate:.1f} articles/s{tokens}{procs})")
    if r.seconds_by_stage:
        parts = []
        if any(k in r.seconds_by_stage for k in STAGES):
            worker = ", ".join(f"{k} {_secs(r.seconds_by_stage[k])} s" for k in STAGES)
            parts.append(f"{worker} (summed over workers)")
        parts += [f"{k} {_secs(v)} s" for k, v in r.seconds_by_stage.items() if k not in STAGES]
        lines.append("stages  " + ", ".join(parts))
    if r.n_errors > len(r.errors):
        lines.append(f"({r.n_errors - len(r.errors)} more errors not shown)")
    if r.interrupted:
        lines.append(
            "interrupted: what is stored stays; run the same command again to finish "
            "(stored articles are skipped)"
        )
    return "\n".join(lines)


class Progress:
    """Articles done, articles per second and events found, on stderr.

    On a terminal a rich status line is redrawn in place; elsewhere (a log, a
    pipe) a plain line is printed every ``interval`` seconds, and once at the end.
    """

    def __init__(
        self,
        enabled: bool = True,
        stream: TextIO | None = None,
        interval: float = 2.0,
        verb: str = "",
    ) -> None:
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.interval = interval
        self.verb = verb
        self.start = time.perf_counter()
        self._last = self.start
        self._live = None
        self._task = None
        if enabled and self.stream.isatty():
            from rich.console import Console
            from rich.progress import Progress as RichProgress
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._live = RichProgress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=False,
            )
            self._live.start()
            self._task = self._live.add_task("starting", total=None)

    def line(self, report: RunReport, elapsed: float) -> str:
        done = report.articles + report.unchanged
        rate = report.articles / elapsed if elapsed > 0 else 0.0
        parts = [
            f"kg: {plural(done, 'article')}{' ' + self.verb if self.verb else ''} ({rate:.1f}/s)",
            plural(report.events, "event"),
        ]
        if report.store is not None:
            parts.append(f"{report.unchanged:,} already stored")
        parts.append(plural(report.n_errors, "error"))
        return ", ".join(parts)

    def update(self, report: RunReport, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if self._live is not None:
            self._live.update(self._task, description=self.line(report, now - self.start))
        elif force or now - self._last >= self.interval:
            self._last = now
            print(self.line(report, now - self.start), file=self.stream, flush=True)

    def close(self, report: RunReport) -> None:
        if not self.enabled:
            return
        if self._live is not None:
            self.update(report)
            self._live.stop()
        else:
            self.update(report, force=True)


def _secs(v: float) -> str:
    """A stage's seconds: tenths, or thousandths under a tenth (a small store's 0.034 s
    is not 0.0)."""
    return f"{v:.1f}" if v >= 0.1 else f"{v:.3f}"
