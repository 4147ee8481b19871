"""Streaming builds: a corpus of any size into a kg store, with worker processes and progress.

``build_store_stream`` reads the corpus one article at a time
(``kg.corpus``), skips the articles the store already holds with the same
content hash, extracts the others in worker processes (``kg.workers``; each
worker also checks the article's graph against the SHACL shapes) and adds
each to the store in its own transaction as soon as it comes back. Nothing
grows with the corpus but counters, so memory stays flat; an interrupted
build (Ctrl-C, a kill) leaves every article either fully stored or absent,
and running the same command again finishes the job without duplicates.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kg.corpus import iter_corpus
from kg.ingest import IngestError
from kg.limits import DEFAULT_LIMITS, Limits
from kg.records import Article, Event
from kg.workers import ExtractConfig, iter_extracted

__all__ = ["MAX_ERRORS", "Progress", "StreamReport", "build_store_stream", "summary"]

# Error messages kept for the summary; later ones are only counted.
MAX_ERRORS = 200


@dataclass
class StreamReport:
    """Counts of a streaming build (no per-article lists: they would grow with the corpus)."""

    articles: int = 0  # extracted in this run
    sentences: int = 0
    tokens: int = 0
    events: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0  # already in the store: skipped
    failed: int = 0  # extracted but refused (shapes, storage)
    n_errors: int = 0
    errors: list[str] = field(default_factory=list)
    per_category: Counter = field(default_factory=Counter)
    actors: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    interrupted: bool = False
    stats: dict[str, int] = field(default_factory=dict)

    def error(self, message: str) -> None:
        self.n_errors += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(message)

    def count_events(self, events: Iterable[Event]) -> None:
        for e in events:
            self.events += 1
            self.per_category[e.action.plover] += 1
            for a in (e.source, e.target):
                if a is not None and a.type != "concept":
                    self.actors[a.label] += 1


class Progress:
    """Articles done, articles per second and events found, on stderr.

    On a terminal a rich status line is redrawn in place; elsewhere (a log, a
    pipe) a plain line is printed every ``interval`` seconds, and once at the end.
    """

    def __init__(
        self, enabled: bool = True, stream: TextIO | None = None, interval: float = 2.0
    ) -> None:
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.interval = interval
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

    @staticmethod
    def line(report: StreamReport, elapsed: float) -> str:
        done = report.articles + report.unchanged
        rate = report.articles / elapsed if elapsed > 0 else 0.0
        return (
            f"kg: {done} articles ({rate:.1f}/s), {report.events} events, "
            f"{report.unchanged} already stored, {report.n_errors} errors"
        )

    def update(self, report: StreamReport, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if self._live is not None:
            self._live.update(self._task, description=self.line(report, now - self.start))
        elif force or now - self._last >= self.interval:
            self._last = now
            print(self.line(report, now - self.start), file=self.stream, flush=True)

    def close(self, report: StreamReport) -> None:
        if not self.enabled:
            return
        if self._live is not None:
            self.update(report)
            self._live.stop()
        else:
            self.update(report, force=True)


def build_store_stream(
    sources: Iterable[str | Path],
    store_dir: str | Path,
    workers: int = 1,
    limits: Limits = DEFAULT_LIMITS,
    base: str | None = None,
    validate: bool = True,
    progress: Progress | None = None,
    batch_size: int = 8,
) -> StreamReport:
    """Add the articles of a corpus to a store, streaming, in ``workers`` processes.

    Args:
        sources: files, directories, glob patterns (``kg.corpus.iter_corpus``).
        store_dir: the store directory (created if missing).
        workers: extraction processes (1: in this process).
        limits: article size limits.
        base: IRI prefix of instance data.
        validate: check each article's graph against the SHACL shapes (in the workers).
        progress: where to show progress (None: nowhere).
        batch_size: articles sent to a worker at once.

    Returns:
        The counts. ``interrupted`` is set when Ctrl-C stopped the build: what
        was stored stays, and the same call again completes the job.

    Raises:
        kg.store.StoreError: the store cannot be opened (another process holds it).
        kg.workers.WorkerPoolError: a worker process died.
    """
    from kg.rdf.convert import DEFAULT_BASE
    from kg.store import KGStore, StoreError

    report = StreamReport()
    progress = progress or Progress(enabled=False)
    t0 = time.perf_counter()
    config = ExtractConfig(limits=limits, validate=validate, base=base or DEFAULT_BASE)
    with KGStore(store_dir, base=base or DEFAULT_BASE) as store:

        def todo() -> Iterator[Article | IngestError]:
            for item in iter_corpus(sources, limits, dedupe=False):
                if isinstance(item, Article) and store.has_article(item):
                    report.unchanged += 1
                    progress.update(report)
                    continue
                yield item

        try:
            for item, ex in iter_extracted(todo(), workers, config, batch_size=batch_size):
                if ex is None or ex.error is not None:
                    report.error(str(item) if ex is None else f"{item.origin}: {ex.error}")
                else:
                    try:
                        outcome = store.add_article(item, ex.events, validate=False)
                    except (ValueError, StoreError) as exc:
                        report.failed += 1
                        report.error(str(exc))
                    else:
                        if outcome == "unchanged":  # a duplicate later in the same corpus
                            report.unchanged += 1
                        else:
                            setattr(report, outcome, getattr(report, outcome) + 1)
                            report.articles += 1
                            report.sentences += ex.sentences
                            report.tokens += ex.tokens
                            report.count_events(ex.events)
                progress.update(report)
        except KeyboardInterrupt:
            report.interrupted = True
        report.seconds = time.perf_counter() - t0
        progress.close(report)
        report.stats = store.stats()
    return report


def summary(report: StreamReport, store: str | Path) -> str:
    """The lines ``kg build --store`` prints (the same as the in-memory build prints)."""
    lines = [
        f"articles {report.articles}  sentences {report.sentences}  "
        f"events {report.events}  errors {report.n_errors}"
    ]
    for cat, n in sorted(report.per_category.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {cat:<10} {n}")
    top = ", ".join(f"{a} ({n})" for a, n in report.actors.most_common(12))
    lines.append(f"actors {len(report.actors)}: {top}")
    st = report.stats
    lines.append(
        f"store   {store}: added {report.added}, replaced {report.replaced}, "
        f"unchanged {report.unchanged}, failed {report.failed}; "
        f"now {st.get('articles', 0)} articles, {st.get('events', 0)} events, "
        f"{st.get('merged', 0)} merged events ({st.get('merged_multi', 0)} with several "
        f"mentions), {st.get('quads', 0)} quads"
    )
    rate = report.articles / report.seconds if report.seconds > 0 else 0.0
    lines.append(f"time    {report.seconds:.1f} s ({rate:.1f} articles/s)")
    if report.n_errors > len(report.errors):
        lines.append(f"({report.n_errors - len(report.errors)} more errors not shown)")
    if report.interrupted:
        lines.append(
            "interrupted: what is stored stays; run the same command again to finish "
            "(stored articles are skipped)"
        )
    return "\n".join(lines)
