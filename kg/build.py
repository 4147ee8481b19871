"""The engine: a corpus in, through the per-article pipeline, into sinks.

Every way of running a corpus goes through ``run``: the articles of
``kg.corpus.iter_corpus`` (files, directories, globs) go through the
per-article pipeline (``kg.pipeline``) in this process, in worker processes
(``kg.workers``) or on a Dask cluster (``kg.distributed``), and each
processed article goes, in input order, to every sink (``kg.sinks``): an
output folder, a store, Dask parts, memory. ``kg build`` with ``--out``,
``--store``, both, ``--workers N`` or ``--engine dask`` only picks the sinks
and the executor. One ``RunReport`` (``kg.report``) counts what happened.

``build`` runs it into memory (notebooks, tests, ``kg eval``), ``build_store``
into a store.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus import iter_corpus
from kg.counts import EventCounts, count_events
from kg.ingest import IngestError
from kg.limits import DEFAULT_LIMITS, Limits
from kg.pipeline import PipelineConfig, Processed, extract_article
from kg.records import Article, Event
from kg.report import STAGES, Progress, RunReport
from kg.sinks import MemorySink, Sink

__all__ = ["ENGINES", "BuildResult", "build", "build_store", "extract_article", "run"]

ENGINES = ("local", "dask")

Executor = Callable[
    [Iterable[Article | IngestError]], Iterator[tuple[Article | IngestError, Processed | None]]
]


def _local(workers: int, config: PipelineConfig, batch_size: int) -> Executor:
    from kg.workers import iter_processed

    def execute(items):
        return iter_processed(items, workers, config, batch_size=batch_size)

    return execute


def run(
    sources: Iterable[str | Path] = (),
    sinks: Iterable[Sink] = (),
    *,
    articles: Iterable[Article | IngestError] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    base: str | None = None,
    validate: bool = False,
    default_date: str | None = None,
    progress: Progress | None = None,
    batch_size: int = 16,
    min_confidence: float | None = None,
) -> RunReport:
    """Read, process and write a corpus.

    Args:
        sources: files, directories or glob patterns (``kg.corpus.iter_corpus``).
        sinks: where processed articles go, each in input order.
        articles: article records (and ingest errors) to process instead of ``sources``.
        workers: processes (``engine="local"``: 1 is this process) or Dask
            workers of a local cluster.
        engine: ``local`` or ``dask``.
        scheduler: a Dask scheduler address (``engine="dask"``; None: a local cluster).
        limits: size limits.
        base: IRI prefix of instance data.
        validate: check each article's graph against the SHACL shapes (an article
            whose graph violates them is an error).
        default_date: the date of articles that carry none (``kg build --date``).
        progress: where to show progress (None: nowhere).
        batch_size: articles per batch sent to a worker (a partition, with Dask).
        min_confidence: events below it are left out (None: ``kg.events``' default;
            0 keeps every event, with its confidence).

    Returns:
        The counts. ``interrupted`` is set when Ctrl-C stopped the run: what the
        sinks hold stays (a store keeps every committed batch), and the same
        call again completes the job.

    Raises:
        kg.store.StoreError: a store cannot be opened or written.
        kg.workers.WorkerPoolError: a worker process died.
        kg.distributed.DaskMissing: ``engine="dask"`` without dask installed.
    """
    from kg.rdf.convert import DEFAULT_BASE

    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
    sinks = list(sinks)
    report = RunReport()
    progress = progress or Progress(enabled=False)
    config = PipelineConfig(
        limits=limits,
        rdf=any(s.needs_rdf for s in sinks),
        json=any(s.needs_json for s in sinks),
        validate=validate,
        base=base or DEFAULT_BASE,
        **({} if min_confidence is None else {"min_confidence": min_confidence}),
    )
    t0 = time.perf_counter()
    items = iter_corpus(sources, limits, default_date) if articles is None else articles

    def todo() -> Iterator[Article | IngestError]:
        for item in items:
            if isinstance(item, Article) and sinks and all(s.has(item) for s in sinks):
                report.unchanged += 1  # every sink has it: not extracted again
                progress.update(report)
                continue
            yield item

    if engine == "dask":
        from kg.distributed import dask_executor

        execute = dask_executor(scheduler, workers, config, report, partition_size=batch_size)
    else:
        execute = _local(workers, config, batch_size)
        report.workers = workers
    try:
        for item, done in execute(todo()):
            _deliver(item, done, sinks, report)
            progress.update(report)
    except KeyboardInterrupt:
        report.interrupted = True
    except BaseException:
        for sink in sinks:
            sink.abort()
        raise
    try:
        for sink in sinks:
            sink.close(report)
    except BaseException:
        for sink in sinks:
            sink.abort()
        raise
    finally:
        report.seconds = time.perf_counter() - t0
        progress.close(report)
    return report


def _deliver(
    item: Article | IngestError, done: Processed | None, sinks: list[Sink], report: RunReport
) -> None:
    """Count a processed article and hand it to every sink (a failed one: its error)."""
    if done is None:
        report.error(str(item))
    elif done.error is not None:
        report.error(f"{item.origin or item.id}: {done.error}")
    else:
        report.articles += 1
        report.sentences += done.sentences
        report.tokens += done.tokens
        report.count_events(done.events)
        for stage, seconds in zip(STAGES, done.seconds, strict=True):
            report.seconds_by_stage[stage] += seconds
        for sink in sinks:
            sink.add(item, done, report)


@dataclass
class BuildResult:
    """Articles and events of a run into memory, with its report."""

    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sentences: int = 0
    report: RunReport = field(default_factory=RunReport)

    @property
    def counts(self) -> EventCounts:
        """Events, categories and actors as every output counts them (``kg.counts``)."""
        return count_events(self.events)

    @property
    def per_category(self) -> Counter:
        return self.counts.per_category

    @property
    def actors(self) -> Counter:
        """Events per actor id (``kg.counts``: every event of the actor; no concepts)."""
        return Counter({a.id: a.degree for a in self.counts.top()})


def build(
    paths: Iterable[str | Path] = (),
    workers: int = 1,
    limits: Limits = DEFAULT_LIMITS,
    articles: Iterable[Article | IngestError] | None = None,
    default_date: str | None = None,
) -> BuildResult:
    """Read and extract every article under ``paths`` (or the records ``articles``)
    into memory, in ``workers`` processes (the result does not depend on their
    number). Articles over ``limits.max_article_bytes`` are split or rejected."""
    sink = MemorySink()
    report = run(
        paths,
        [sink],
        articles=articles,
        workers=workers,
        limits=limits,
        default_date=default_date,
    )
    errors = list(report.errors)
    if report.n_errors > len(errors):
        errors.append(f"({report.n_errors - len(errors)} more errors not shown)")
    return BuildResult(sink.articles, sink.events, errors, report.sentences, report)


def build_store(
    paths: Iterable[str | Path],
    store: str | Path,
    workers: int = 1,
    limits: Limits = DEFAULT_LIMITS,
    base: str | None = None,
    default_date: str | None = None,
) -> RunReport:
    """Add every article under ``paths`` to the store at ``store`` (created if missing),
    as ``kg build PATHS --store STORE`` does: stored articles are skipped, a batch
    of articles per transaction.

    Raises:
        kg.store.StoreError: the store cannot be opened or written.
    """
    from kg.rdf.convert import DEFAULT_BASE
    from kg.sinks import StoreSink

    base = base or DEFAULT_BASE
    return run(
        paths,
        [StoreSink(store, base)],
        workers=workers,
        limits=limits,
        base=base,
        default_date=default_date,
    )
