"""Where processed articles go: an output folder, a store, Dask parts, or memory.

The engine (``kg.build.run``) hands each sink every processed article, in
input order, then closes it. A sink may also say that it already has an
article (``has``), so that the engine need not extract it again: only when
every sink has it is it skipped.

* ``OutputSink``: ``events.jsonl``, ``graph.ttl`` and ``graph.html`` in a
  folder. The articles' graphs go into an in-memory Oxigraph store as they
  come (Turtle is then written by Oxigraph, not rdflib); at the end all three
  files are rendered first, then each replaces the old one atomically, so a
  failure leaves the previous outputs as they were. Temporary files a killed
  run left behind are removed.
* ``StoreSink``: a kg store, a batch of articles per transaction
  (``KGStore.add_graphs``); a build killed at any moment leaves each batch
  complete or absent, and the same command resumes (stored articles are
  skipped by content hash). The store flushes its buffers to disk every few
  hundred articles, so memory and the write-ahead log stay small.
* ``PartsSink``: N-Triples and event parts for ``kg load`` (``kg.distributed``).
* ``MemorySink``: articles and events in lists, for notebooks and tests.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.outputs import atomic_write_text, remove_stale_temp_files
from kg.pipeline import Processed
from kg.records import Article, Event
from kg.report import RunReport

__all__ = ["MemorySink", "OutputSink", "Sink", "StoreSink"]


class Sink:
    """What the engine calls; the base class accepts everything and writes nothing."""

    needs_rdf = False  # whether the sink reads ``Processed.ntriples``
    needs_json = False  # whether the sink reads ``Processed.events_json``

    def has(self, article: Article) -> bool:
        """True when the sink holds this article already (same content)."""
        return False

    def add(self, article: Article, done: Processed, report: RunReport) -> None:
        """One processed article (never one that failed)."""

    def close(self, report: RunReport) -> None:
        """The run is over (completed or interrupted): finish writing."""

    def abort(self) -> None:
        """The run failed: leave everything as it was before, where possible."""


@dataclass
class MemorySink(Sink):
    """Every article and event of the run, in lists."""

    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def add(self, article: Article, done: Processed, report: RunReport) -> None:
        self.articles.append(article)
        self.events.extend(done.events)


OUTPUT_NAMES = {"events": "events.jsonl", "turtle": "graph.ttl", "html": "graph.html"}


class OutputSink(Sink):
    """``events.jsonl``, ``graph.ttl`` and ``graph.html`` in ``out``.

    Args:
        out: the folder (created if missing).
        base: IRI prefix of instance data.
        validate: check the whole graph against the SHACL shapes before writing.
    """

    needs_rdf = True
    needs_json = True

    def __init__(self, out: str | Path, base: str, validate: bool = False) -> None:
        import pyoxigraph as ox

        self.out = Path(out)
        self.base = base
        self.validate = validate
        if self.out.is_dir():
            remove_stale_temp_files(self.out)
        self._events: list[Event] = []
        self._lines: list[str] = []  # events.jsonl, written by the workers
        self._graph = ox.Store()  # in memory: the union of the articles' graphs
        self._articles = 0

    def add(self, article: Article, done: Processed, report: RunReport) -> None:
        import pyoxigraph as ox

        if not self._articles:
            # what ``close`` needs is imported now, while the workers parse, not after
            # the last article (networkx and pyvis take a fifth of a second)
            import kg.store.oxigraph
            import kg.viz  # noqa: F401
        self._events.extend(done.events)
        self._lines.append(done.events_json)
        if done.ntriples:
            self._graph.load(done.ntriples, format=ox.RdfFormat.N_TRIPLES)
        self._articles += 1

    def close(self, report: RunReport) -> None:
        import pyoxigraph as ox

        from kg.store.oxigraph import turtle_prefixes
        from kg.viz import html_page

        if report.interrupted or self._articles == 0:
            return  # the old outputs stay: a part of the corpus, or nothing, would replace them
        t0 = time.perf_counter()
        if self.validate:
            self._check_shapes()
        # Every file is rendered before any is replaced: a failure changes nothing.
        texts = {
            "events": "".join(self._lines),
            "turtle": self._graph.dump(
                format=ox.RdfFormat.TURTLE,
                from_graph=ox.DefaultGraph(),
                prefixes=turtle_prefixes(self.base),
            ).decode("utf-8"),
            "html": html_page(
                self._events, title=f"kg: {self._articles} articles, {len(self._events)} events"
            ),
        }
        for name, text in texts.items():
            atomic_write_text(self.out / OUTPUT_NAMES[name], text)
            report.outputs[name] = self.out / OUTPUT_NAMES[name]
        report.seconds_by_stage["outputs"] += time.perf_counter() - t0

    def _check_shapes(self) -> None:
        from rdflib import Graph

        from kg.rdf.shacl import validate
        from kg.store.terms import triples_to_rdflib

        report = validate(triples_to_rdflib(self._graph, Graph()))
        if not report.conforms:
            raise ValueError(f"generated graph violates the SHACL shapes: {report.violations[:3]}")


class StoreSink(Sink):
    """A kg store, ``batch_size`` articles per transaction.

    Args:
        path: the store folder (created if missing).
        base: IRI prefix of instance data.
        batch_size: articles per transaction.
    """

    needs_rdf = True

    def __init__(self, path: str | Path, base: str, batch_size: int = 64) -> None:
        from kg.store import KGStore

        self.path = Path(path)
        self.store = KGStore(self.path, base=base)
        self.batch_size = batch_size
        self._batch: list = []

    def has(self, article: Article) -> bool:
        return self.store.has_article(article)

    def add(self, article: Article, done: Processed, report: RunReport) -> None:
        from kg.store.writer import ArticleGraph

        graph = ArticleGraph(article.id, done.content_hash, done.ntriples)
        self.add_graph(article.origin or article.id, graph, report)

    def add_graph(self, origin: str, graph, report: RunReport) -> None:
        """An article graph (``kg.store.writer.ArticleGraph``); ``origin`` names it in errors."""
        self._batch.append((origin, graph))
        if len(self._batch) >= self.batch_size:
            self.commit(report)

    def commit(self, report: RunReport) -> None:
        """Write the articles waiting, in one transaction."""
        from kg.store import StoreError

        if not self._batch:
            return
        batch, self._batch = self._batch, []
        t0 = time.perf_counter()
        try:
            outcomes = self.store.add_graphs(g for _, g in batch)
        except StoreError as exc:
            report.failed += len(batch)
            report.error(str(exc))
            return
        for (origin, _), (outcome, error) in zip(batch, outcomes, strict=True):
            if error is not None:
                report.failed += 1
                report.error(f"{origin}: {error}")
            else:
                setattr(report, outcome, getattr(report, outcome) + 1)
        report.seconds_by_stage["store"] += time.perf_counter() - t0

    def close(self, report: RunReport) -> None:
        try:
            self.commit(report)
            report.store = self.path
            report.store_stats = self.store.stats()
        finally:
            self.store.close()

    def abort(self) -> None:
        self._batch = []  # a batch not committed is absent, as after a kill
        self.store.close()
