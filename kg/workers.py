"""Where the per-article pipeline runs: in this process, or in a pool of worker processes.

``iter_processed`` runs ``kg.pipeline.process_articles`` on batches of
articles, in this process (``workers=1``) or in worker processes, keeping at
most a few batches in flight so memory stays bounded, and yields results in
input order, so the output of any number of workers is the same. A batch
holds at most ``batch_size`` articles and, unless one article is bigger
alone, ``Limits.max_parse_chars`` characters.

Worker processes are spawned (nothing inherited), ignore Ctrl-C (the parent
decides what stops) and exit by themselves when the parent dies, killed or
not, so no worker outlives a build.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from pathlib import Path

from kg.ingest import IngestError
from kg.pipeline import PipelineConfig, Processed, process_articles
from kg.records import Article

__all__ = ["WorkerPoolError", "auto_workers", "batches", "cpu_count", "iter_processed"]

# How often a worker checks that its parent is still alive, seconds.
PARENT_CHECK_S = 1.0


class WorkerPoolError(RuntimeError):
    """A worker process died (killed, or out of memory)."""


_config = PipelineConfig()


def _watch_parent(parent: int) -> None:
    """Exit this process as soon as its parent is gone (the parent was killed: its
    pipes would never be read again, and the worker would wait forever)."""
    while True:
        time.sleep(PARENT_CHECK_S)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(config: PipelineConfig, parent: int) -> None:
    global _config
    _config = config
    # Ctrl-C reaches the whole process group: the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    atexit.register(_exit_now)


def _exit_now() -> None:
    """End a worker without freeing its pipelines object by object (most of a second,
    while the parent waits for it): a worker has no file open and sent its results
    through the pool's pipe; only its standard streams may hold text."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            try:
                stream.flush()
            except OSError:  # a closed pipe: nothing more can be written anyway
                pass
    os._exit(0)


def _work(batch: list[Article]) -> list[Processed]:
    return process_articles(batch, _config)


def batches(
    items: Iterable[Article | IngestError], batch_size: int, max_chars: int
) -> Iterator[IngestError | list[Article]]:
    """Runs of up to ``batch_size`` articles and about ``max_chars`` characters; an
    error ends a run and passes alone."""
    batch: list[Article] = []
    size = 0
    for item in items:
        if isinstance(item, IngestError):
            if batch:
                yield batch
                batch, size = [], 0
            yield item
            continue
        if batch and size + len(item.text) > max_chars:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item.text)
        if len(batch) >= batch_size:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def iter_processed(
    items: Iterable[Article | IngestError],
    workers: int = 1,
    config: PipelineConfig | None = None,
    batch_size: int = 16,
    in_flight: int | None = None,
) -> Iterator[tuple[Article | IngestError, Processed | None]]:
    """``(article, Processed)`` per article and ``(error, None)`` per ingest error, in input order.

    Args:
        items: articles and ingest errors (``kg.corpus.iter_corpus``).
        workers: 1 runs the pipeline in this process; more start that many
            worker processes.
        config: limits and what else the pipeline does (default: events only).
        batch_size: articles sent to a worker at once.
        in_flight: batches queued at most (default: 4 per worker, so that workers stay
            busy while the parent writes a batch to a store); bounds memory.

    Raises:
        WorkerPoolError: a worker process died.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    config = config or PipelineConfig()
    runs = batches(items, batch_size, config.limits.max_parse_chars)
    if workers == 1:
        for batch in runs:
            if isinstance(batch, IngestError):
                yield batch, None
            else:
                yield from zip(batch, process_articles(batch, config), strict=True)
        return
    limit = in_flight or 4 * workers
    pending: deque[tuple[IngestError | list[Article], Future | None]] = deque()
    ctx = multiprocessing.get_context("spawn")
    with ExitStack() as stack:
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(config, os.getpid()),
        )
        # On any exit (Ctrl-C included) queued batches are dropped, not run.
        stack.callback(pool.shutdown, wait=True, cancel_futures=True)

        def drain(until: int) -> Iterator[tuple[Article | IngestError, Processed | None]]:
            while sum(f is not None for _, f in pending) > until or (
                pending and pending[0][1] is None
            ):
                what, fut = pending.popleft()
                if fut is None:
                    yield what, None
                    continue
                try:
                    results = fut.result()
                except BrokenProcessPool:
                    raise WorkerPoolError(
                        "a worker process died (killed, or out of memory?); "
                        "rerun: articles already stored are skipped"
                    ) from None
                yield from zip(what, results, strict=True)

        for batch in runs:
            if isinstance(batch, IngestError):
                pending.append((batch, None))
            else:
                pending.append((batch, pool.submit(_work, batch)))
            yield from drain(limit - 1)
        yield from drain(0)


def cpu_count() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


# ``kg build`` without ``--workers``: inputs of at least this many bytes (about 600
# news articles) get one worker per core, at most AUTO_MAX; smaller ones are parsed in
# this process, as starting a worker (it loads its own pipelines) costs a few seconds.
AUTO_MIN_BYTES = 2_000_000
AUTO_MAX = 4
_GZIP_RATIO = 4  # a .gz file holds about this many times its size of text


def auto_workers(sources: Iterable[str | Path]) -> int:
    """Worker processes for a run over ``sources`` when none were asked for."""
    from kg.corpus import corpus_files

    size = 0
    for f in corpus_files(sources):
        if size >= AUTO_MIN_BYTES:
            break
        if isinstance(f, Path):
            try:
                n = f.stat().st_size
            except OSError:
                continue  # reported by the run itself
            size += n * (_GZIP_RATIO if f.name.endswith(".gz") else 1)
    return min(cpu_count(), AUTO_MAX) if size >= AUTO_MIN_BYTES else 1
