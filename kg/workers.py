"""Extraction anywhere: one engine-agnostic function, and a pool of worker processes.

``extract_records`` is what every engine runs: article records in, small
``Extracted`` records out (events, counts, and the article's RDF as
N-Triples when asked), never spaCy ``Doc`` objects, which cost more to move
between processes than the parse itself. The pipeline of each language is
loaded lazily, once per process (``kg.lang.get_nlp``); each article is parsed
inside ``nlp.memory_zone()`` so the strings of a long run's texts are freed
and memory does not creep up. The text is parsed in the bounded pieces of
``kg.limits.parse_spans``.

``iter_extracted`` runs it in this process (``workers=1``) or in a pool of
worker processes, keeping at most a few batches in flight so memory stays
bounded, and yields results in input order, so the output of any number of
workers is the same.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, replace
from typing import Any

from kg.dating import date_mentions
from kg.events import build_events
from kg.ingest import IngestError
from kg.lang import get_mentions, get_nlp, make_doc
from kg.limits import DEFAULT_LIMITS, Limits, parse_spans
from kg.records import Actor, Article, Event, Mention

__all__ = [
    "ExtractConfig",
    "Extracted",
    "WorkerPoolError",
    "article_ntriples",
    "cpu_count",
    "extract_bounded",
    "extract_records",
    "iter_extracted",
]

# Without memory zones (spaCy < 3.8) the pipelines are rebuilt this often instead.
RELOAD_EVERY = 20_000


@dataclass(frozen=True)
class ExtractConfig:
    """What a worker does besides extracting.

    limits: size limits (``kg.limits``).
    ntriples: also render each article's graph as N-Triples.
    validate: check each article's graph against the SHACL shapes (an article
        whose graph violates them comes back with an ``error``).
    base: IRI prefix of instance data.
    """

    limits: Limits = DEFAULT_LIMITS
    ntriples: bool = False
    validate: bool = False
    base: str | None = None


@dataclass(frozen=True)
class Extracted:
    """What a worker sends back for one article (no text, no ``Doc``).

    content_hash: ``kg.store.article_hash`` of the article (set with ``ntriples``
        or ``validate``), the key a store skips known articles by.
    ntriples: the article's graph (as a store's named graph holds it), one
        sorted N-Triples line per triple; empty unless asked.
    error: why extraction failed; the other fields are then empty.
    """

    article_id: str
    events: tuple[Event, ...] = ()
    sentences: int = 0
    tokens: int = 0
    content_hash: str = ""
    ntriples: str = ""
    error: str | None = None


class WorkerPoolError(RuntimeError):
    """A worker process died (killed, or out of memory)."""


# ----------------------------------------------------------------- one article


def _shift_actor(actor: Actor | None, by: int) -> Actor | None:
    if actor is None or (actor.start is None and actor.end is None):
        return actor
    return replace(
        actor,
        start=None if actor.start is None else actor.start + by,
        end=None if actor.end is None else actor.end + by,
    )


def _shift(m: Mention, by: int) -> Mention:
    """``m`` with offsets into the whole text, from offsets into a piece starting at ``by``."""
    if by == 0:
        return m
    return replace(
        m,
        sent_start=m.sent_start + by,
        sent_end=m.sent_end + by,
        source=_shift_actor(m.source, by),
        target=_shift_actor(m.target, by),
        attributed_to=_shift_actor(m.attributed_to, by),
    )


_parsed = 0


def _zone(nlp):
    """``nlp.memory_zone()`` where spaCy has it; else rebuild pipelines now and then."""
    global _parsed
    if hasattr(nlp, "memory_zone"):
        return nlp.memory_zone()
    _parsed += 1
    if _parsed % RELOAD_EVERY == 0:
        get_nlp.cache_clear()
    return nullcontext()


def extract_bounded(
    article: Article, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[Event], int, int]:
    """Events, sentence count and token count of one article, parsed in bounded pieces.

    An article of ordinary size is parsed whole, so its events are those of
    ``kg.build.extract_article``; a long stretch without sentence ends is
    parsed in pieces (``kg.limits.parse_spans``), offsets mapped back.
    """
    nlp = get_nlp(article.lang)
    text = article.text
    spans = parse_spans(text, limits)
    mentions: list[Mention] = []
    sentences = tokens = 0
    with _zone(nlp):
        docs = nlp.pipe(make_doc(nlp, text[s:e], article.date) for s, e in spans)
        for (start, _), doc in zip(spans, docs, strict=True):
            mentions.extend(_shift(m, start) for m in get_mentions(doc))
            sentences += sum(1 for _ in doc.sents)
            tokens += len(doc)
    mentions = date_mentions(article, mentions)
    return build_events(article, mentions), sentences, tokens


def _extract_many(
    articles: list[Article], limits: Limits
) -> list[tuple[list[Event], int, int] | Exception]:
    """``extract_bounded`` of each article, the pieces of all of one language parsed in
    one ``nlp.pipe`` call (batched parsing is much faster for the English model).
    If the batch fails, each article is redone alone, so one bad article spoils
    nothing else."""
    out: list = [None] * len(articles)
    by_lang: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        by_lang.setdefault(a.lang, []).append(i)
    for lang, idx in by_lang.items():
        try:
            nlp = get_nlp(lang)
            pieces = [(i, s, e) for i in idx for s, e in parse_spans(articles[i].text, limits)]
            found: dict[int, list[Mention]] = {i: [] for i in idx}
            counts = {i: [0, 0] for i in idx}
            with _zone(nlp):
                texts = (
                    make_doc(nlp, articles[i].text[s:e], articles[i].date) for i, s, e in pieces
                )
                for (i, start, _), doc in zip(pieces, nlp.pipe(texts), strict=True):
                    found[i].extend(_shift(m, start) for m in get_mentions(doc))
                    counts[i][0] += sum(1 for _ in doc.sents)
                    counts[i][1] += len(doc)
            for i in idx:
                mentions = date_mentions(articles[i], found[i])
                out[i] = (build_events(articles[i], mentions), *counts[i])
        except Exception:
            for i in idx:
                try:
                    out[i] = extract_bounded(articles[i], limits)
                except Exception as exc:  # reported with the article
                    out[i] = exc
    return out


def article_ntriples(
    article: Article, events: Iterable[Event], base: str | None = None, validate: bool = False
) -> tuple[str, str]:
    """The article's graph as a store's named graph holds it: (content hash, N-Triples).

    The lines are sorted and hold no blank nodes, so files of such blocks are
    valid N-Triples alone and concatenated.

    Raises:
        ValueError: ``validate`` and the graph violates the SHACL shapes.
    """
    from rdflib import BNode

    from kg.rdf.convert import DEFAULT_BASE
    from kg.store.oxigraph import article_graph, article_hash
    from kg.store.terms import to_ox

    digest = article_hash(article)
    g = article_graph(article, events, base or DEFAULT_BASE, validate)
    if any(isinstance(t, BNode) for triple in g for t in triple):
        raise ValueError(f"article {article.id}: blank nodes cannot go into N-Triples parts")
    lines = sorted(" ".join(str(to_ox(t)) for t in triple) + " ." for triple in g)
    return digest, "".join(line + "\n" for line in lines)


def _as_article(record: Article | dict[str, Any]) -> Article:
    if isinstance(record, Article):
        return record
    fields = Article.__dataclass_fields__
    return Article(**{k: v for k, v in record.items() if k in fields})


def extract_records(
    records: Iterable[Article | dict[str, Any]], config: ExtractConfig = ExtractConfig()
) -> list[Extracted]:
    """The engine-agnostic extraction: article records (or their dicts) -> ``Extracted``.

    One failing article does not stop the others: it comes back with ``error``.
    """
    out = []
    articles = [_as_article(r) for r in records]
    for article, done in zip(articles, _extract_many(articles, config.limits), strict=True):
        if isinstance(done, Exception):
            out.append(Extracted(article.id, error=f"extraction failed: {done!r}"))
            continue
        events, n_sent, n_tok = done
        digest = nt = ""
        if config.ntriples or config.validate:
            try:
                digest, nt = article_ntriples(article, events, config.base, config.validate)
            except ValueError as exc:  # the graph violates the shapes
                out.append(Extracted(article.id, error=str(exc)))
                continue
        out.append(
            Extracted(
                article.id, tuple(events), n_sent, n_tok, digest, nt if config.ntriples else ""
            )
        )
    return out


# ----------------------------------------------------------------- the pool

_config = ExtractConfig()


def _init_worker(config: ExtractConfig) -> None:
    global _config
    _config = config
    # Ctrl-C reaches the whole process group: the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(batch: list[Article]) -> list[Extracted]:
    return extract_records(batch, _config)


def _batches(
    items: Iterable[Article | IngestError], batch_size: int
) -> Iterator[IngestError | list[Article]]:
    """Runs of up to ``batch_size`` articles; an error ends a run and passes alone."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, IngestError):
            if batch:
                yield batch
                batch = []
            yield item
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_extracted(
    items: Iterable[Article | IngestError],
    workers: int = 1,
    config: ExtractConfig = ExtractConfig(),
    batch_size: int = 8,
    in_flight: int | None = None,
) -> Iterator[tuple[Article | IngestError, Extracted | None]]:
    """``(article, Extracted)`` per article and ``(error, None)`` per ingest error, in input order.

    Args:
        items: articles and ingest errors (``kg.corpus.iter_corpus``).
        workers: 1 extracts in this process; more start that many worker
            processes (spawned, so no state is inherited).
        config: limits and what else each worker does.
        batch_size: articles sent to a worker at once.
        in_flight: batches queued at most (default: 2 per worker); bounds memory.

    Raises:
        WorkerPoolError: a worker process died.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if workers == 1:
        for batch in _batches(items, batch_size):
            if isinstance(batch, IngestError):
                yield batch, None
            else:
                yield from zip(batch, extract_records(batch, config), strict=True)
        return
    limit = in_flight or 2 * workers
    pending: deque[tuple[IngestError | list[Article], Future | None]] = deque()
    ctx = multiprocessing.get_context("spawn")
    with ExitStack() as stack:
        pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(config,)
        )
        # On any exit (Ctrl-C included) queued batches are dropped, not run.
        stack.callback(pool.shutdown, wait=True, cancel_futures=True)

        def drain(until: int) -> Iterator[tuple[Article | IngestError, Extracted | None]]:
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

        for batch in _batches(items, batch_size):
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
