"""The persistent kg store: an Oxigraph (pyoxigraph) dataset on disk.

Layout of the dataset:

- ``<base>graph/article/<id>``: one named graph per article, holding what
  ``kg.rdf.convert.events_to_graph`` writes for it (provenance), plus the
  article's ``kgo:contentHash``;
- ``<base>graph/merged``: the ``kgo:MergedEvent`` nodes (``kg.store.merge``),
  recomputed for the events an article touches each time one is added;
- ``<base>graph/linked``: ``owl:sameAs`` Wikidata QIDs and ISO codes of the
  actors (``kg.store.linked``);
- ``<base>graph/summary``: aggregates the store keeps for its query plans
  (``kg.store.summary``); an index, not data: it is left out of the default graph;
- the default graph: the union of all the others, as a set. Queries run on it.
  (Oxigraph's "union default graph" query option returns a triple once per
  named graph holding it, so a join on actor labels shared by two articles
  would count twice; the default graph keeps the union duplicate-free and
  gives the same answers as the Turtle file of the same articles.)

Articles are written in batches (``add_graphs``, ``kg.store.writer``), each
batch by one SPARQL update, which Oxigraph applies in one transaction: an
article is either fully in the store, with its merged events, linked data and
summaries, or not at all. One process at a time writes; readers (queries,
exports, ``kg serve``) read snapshots the writer publishes, never the database
it is writing (``kg.store.live``). Adding an article whose content hash the
store holds changes nothing; an article with a known id and a new hash replaces
the old version. Closing a store compacts it (``pyoxigraph.Store.optimize``)
when the session wrote at least a quarter as many articles as the store held
(a new store, a large build): reads (queries, exports) are then 25-35 % faster
on 1M triples, for about a second per million triples at close. A small build
into a large store leaves that to RocksDB's own compactions, as a full one would
cost it more than all its writes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal

from kg.rdf.convert import DEFAULT_BASE, article_iri, events_to_graph
from kg.rdf.namespaces import KGO, RDF, bind_all
from kg.rdf.sparql import QueryResult, _value, query_params, saved_queries
from kg.records import Article, Event
from kg.store.live import Reader, StoreError, Writer, is_store, not_a_store
from kg.store.merge import (
    DEFAULT_WINDOW_DAYS,
    cluster_reports,
    key_node,
    merged_lines,
    merged_triples,
    report_from_row,
    report_literal,
    reports_query,
)
from kg.store.summary import (
    SUMMARY_NS,
    SUMMARY_VERSION,
    rank_lines,
    rebuild_ops,
    summary_graph_iri,
)
from kg.store.terms import from_ox, triples_to_rdflib
from kg.store.writer import ArticleGraph, write_batch

__all__ = [
    "EXPORT_FORMATS",
    "KGStore",
    "StoreError",
    "StoreQueryError",
    "article_graph",
    "article_hash",
    "article_graph_iri",
    "export_store",
    "not_a_store",
    "prepare_query",
    "query_prefixes",
    "result_from_ox",
    "store_queries",
    "turtle_prefixes",
]

# name -> (pyoxigraph format, whole dataset?)
EXPORT_FORMATS = {
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}

_KGO = str(KGO._NS)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_PROV = "http://www.w3.org/ns/prov#"
_PREFIXES = {
    "kgo": _KGO,
    "kga": "https://w3id.org/kg-events/action/",
    "prov": _PROV,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}


def turtle_prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The prefixes Turtle and TriG files are written with (``kgid`` is ``base``)."""
    return dict(_PREFIXES, kgid=base)


# Queries may also name the summary terms (exports do not declare them).
_QUERY_PREFIXES = dict(_PREFIXES, kgsum=SUMMARY_NS)


STORE_QUERY_DIR = Path(__file__).parent / "queries"
# Articles written between two flushes of the store's buffers: without them memory and
# the write-ahead log grow with every transaction (2.6 GB over 10,000 articles). A
# flush every 128 news articles keeps the writer's memory table under ~70 MB, as fast
# as every 256; every 64 is a third slower.
FLUSH_EVERY = 128
# ``close`` compacts the store when the session wrote at least this share of the
# articles it held before.
COMPACT_SHARE = 0.25


@cache
def _malloc_trim():
    """glibc's ``malloc_trim``, or None where the C library has none."""
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def _give_back_memory() -> None:
    """Return the memory the store's threads freed to the system (glibc keeps it in
    per-thread arenas otherwise): the writer's resident size then follows what it
    holds, not what it once held."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def store_queries(summary: bool = True) -> dict[str, str]:
    """Saved query name -> the text the store runs: a plan written for Oxigraph's
    join order where ``kg/store/queries`` has one (same answers as the rdflib
    text of ``kg/rdf/queries``, checked by the tests), else the saved text.

    Plans that read the summary graph (``kgsum:``) are left out when ``summary``
    is false (a store written before summaries existed, opened read-only).
    """
    own = {p.stem: p.read_text(encoding="utf-8") for p in sorted(STORE_QUERY_DIR.glob("*.rq"))}
    if not summary:
        own = {k: v for k, v in own.items() if "kgsum:" not in v}
    return {name: own.get(name, text) for name, text in saved_queries().items()}


class StoreQueryError(ValueError):
    """A query is malformed, or its parameters do not match its declaration."""


def article_graph(
    article: Article, events: Iterable[Event], base: str = DEFAULT_BASE, validate: bool = True
) -> Graph:
    """The RDF of one article as a store's named graph holds it: its events and its
    content hash.

    Raises:
        ValueError: ``validate`` and the graph violates the SHACL shapes.
    """
    events = [e for e in events if e.doc_id == article.id]
    g = events_to_graph(events, [article], base=base)
    g.add((article_iri(article.id, base), KGO.contentHash, Literal(article_hash(article))))
    if validate:
        from kg.rdf.shacl import validate as shacl_validate

        report = shacl_validate(g)
        if not report.conforms:
            first = "; ".join(
                f"{v['focus']} {v['path']}: {v['message']}" for v in report.violations[:3]
            )
            raise ValueError(f"article {article.id}: graph violates the SHACL shapes: {first}")
    return g


def article_hash(article: Article) -> str:
    """SHA-256 of the article's id, text and metadata (not where it was read from)."""
    d = article.to_dict()
    d.pop("origin", None)
    return hashlib.sha256(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def article_graph_iri(article_id: str, base: str = DEFAULT_BASE) -> str:
    """The named graph of an article: ``<base>graph/article/<id>``."""
    return base + "graph/" + str(article_iri(article_id, base))[len(base) :]


class _Publishing:
    """A writer's ``pyoxigraph.Store``: every write method, once it returns (its
    transaction committed), tells the ``Writer``, which publishes it to readers."""

    _WRITES = frozenset(
        "add add_graph bulk_extend bulk_load clear clear_graph extend load remove "
        "remove_graph update".split()
    )

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def __getattr__(self, name: str):
        attr = getattr(self._writer.store, name)
        if name not in self._WRITES:
            return attr

        def write(*args, **kwargs):
            out = attr(*args, **kwargs)
            self._writer.committed()
            return out

        return write

    def __iter__(self):
        return iter(self._writer.store)

    def __len__(self) -> int:
        return len(self._writer.store)

    def __contains__(self, quad) -> bool:
        return quad in self._writer.store


class KGStore:
    """A kg dataset in an Oxigraph store.

    A store on disk has one writer at a time, and readers that never see its
    database while it writes (``kg.store.live``): a writer publishes snapshots
    (when it closes, and after a commit if a reader asked for news and
    ``publish_every_s`` has passed), readers open the newest one. ``refresh``
    moves a long-lived reader to the newest.

    Args:
        path: the store directory (created if missing, unless ``read_only``);
            None for an in-memory store.
        read_only: read the newest snapshot (queries and export); no lock is
            taken against writers.
        base: IRI prefix of instance data, as for ``events_to_graph``.
        window_days: date window of merging (``kg.store.merge``).
        lock_timeout: seconds a writer waits for another writer to finish.
        publish_every_s: a writer publishes a commit that a reader is waiting
            for once this much time has passed since its last snapshot (else
            at a later commit, or at ``close``); 0: after every commit.

    Raises:
        StoreError: the directory is not a store, or another writer holds it
            past ``lock_timeout``.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        base: str = DEFAULT_BASE,
        window_days: int = DEFAULT_WINDOW_DAYS,
        lock_timeout: float = 10.0,
        publish_every_s: float = 1.0,
    ) -> None:
        self.path = None if path is None else Path(path)
        self.base = base
        self.window_days = window_days
        self.read_only = read_only
        self.merged_graph = base + "graph/merged"
        self.linked_graph = base + "graph/linked"
        self.summary_graph = summary_graph_iri(base)
        self._written = 0  # articles written by this session
        self._held: int | None = None  # articles in the store before its first write
        self._rewritten = False  # remerge rewrote every merged event and summary
        self._since_flush = 0
        self.linked_actors: set[str] = set()  # actors whose linked data this session wrote
        # lines of shared nodes this session wrote to the default graph (kg.store.writer)
        self.default_known: set[str] = set()
        self._memory: ox.Store | None = None
        self._live: Reader | Writer | None = None
        if self.path is None:
            self._memory = ox.Store()
        elif read_only:
            self._live = Reader(self.path)
        else:
            if self.path.is_dir() and any(self.path.iterdir()) and not is_store(self.path):
                raise StoreError(
                    f"{self.path}: not a kg store, and not empty: give a new or empty "
                    "directory for a new store"
                )
            self._live = Writer(
                self.path, lock_timeout=lock_timeout, publish_every_s=publish_every_s
            )
        self._open = True
        self.has_summary = self._summary_present()
        if not self.has_summary and not read_only and self._has_events():
            self.remerge()  # a store from before summaries: build them once

    # -------------------------------------------------------------- lifecycle

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store`` (a writer's publishes what it commits)."""
        if not self._open:
            raise StoreError("the store is closed")
        if isinstance(self._live, Writer):
            return _Publishing(self._live)  # type: ignore[return-value]
        return self._memory if self._live is None else self._live.store

    def refresh(self) -> bool:
        """A reader: move to the newest snapshot if a writer published one since
        (True if it did). A writer or an in-memory store: False."""
        if not isinstance(self._live, Reader) or not self._live.refresh():
            return False
        self.has_summary = self._summary_present()
        return True

    def publish(self) -> None:
        """A writer: publish what it has committed to readers now."""
        if isinstance(self._live, Writer):
            self._live.publish()

    def close(self) -> None:
        """Release the store: a writer compacts it (``optimize``) if this session wrote
        at least ``COMPACT_SHARE`` as many articles as it held, publishes its final
        state and releases the lock."""
        if not self._open:
            return
        try:
            if isinstance(self._live, Writer) and self._compact_due():
                self.optimize()
        finally:
            self._open = False
            if self._live is not None:
                self._live.close()
            self._memory = None

    def _compact_due(self) -> bool:
        if self._rewritten:
            return True
        return self._written > 0 and self._written >= COMPACT_SHARE * (self._held or 0)

    def optimize(self) -> None:
        """Compact the on-disk store (RocksDB): fewer files to look terms up in, so
        queries and exports read faster. ``close`` does it after large writes."""
        if isinstance(self._live, Writer):
            self._live.store.optimize()
        self._written, self._held, self._rewritten = 0, None, False

    def _summary_present(self) -> bool:
        """The summary graph is there, complete, and of this version (else a writable
        open rebuilds it, and a read-only one queries without it)."""
        g = ox.NamedNode(self.summary_graph)
        version = ox.Literal(str(SUMMARY_VERSION), datatype=ox.NamedNode(_XSD + "integer"))
        marker = self.oxigraph.quads_for_pattern(
            g, ox.NamedNode(SUMMARY_NS + "version"), version, g
        )
        return next(iter(marker), None) is not None

    def version_line(self) -> str:
        """The summary graph's version marker, as a line of its GRAPH block."""
        g = self.summary_graph
        return f'<{g}> <{SUMMARY_NS}version> "{SUMMARY_VERSION}"^^<{_XSD}integer> .'

    def mark_written(self, articles: int) -> None:
        """Note that a transaction wrote ``articles`` articles (for ``close``)."""
        self._written += articles

    def flush(self) -> None:
        """Write buffered data to disk: the memory it held is freed and the write-ahead
        log recycled. ``add_graphs`` does it every ``FLUSH_EVERY`` articles."""
        self._since_flush = 0
        if isinstance(self._live, Writer):
            self._live.store.flush()
            _give_back_memory()

    def _has_events(self) -> bool:
        typed = self.oxigraph.quads_for_pattern(
            None, ox.NamedNode(str(RDF.type)), ox.NamedNode(_KGO + "Event"), ox.DefaultGraph()
        )
        return next(iter(typed), None) is not None

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        """Number of quads (the default graph's triples count too)."""
        return len(self.oxigraph)

    # -------------------------------------------------------------- articles

    def article_hash(self, article_id: str) -> str | None:
        """The content hash the store holds for an article id, or None."""
        g = ox.NamedNode(article_graph_iri(article_id, self.base))
        quads = self.oxigraph.quads_for_pattern(
            ox.NamedNode(str(article_iri(article_id, self.base))),
            ox.NamedNode(_KGO + "contentHash"),
            None,
            g,
        )
        return next((q.object.value for q in quads), None)

    def has_article(self, article: Article) -> bool:
        """True when the store holds this article with the same content."""
        return self.article_hash(article.id) == article_hash(article)

    def article_count(self) -> int:
        """Number of articles in the store (an index look-up per article)."""
        rows = self.oxigraph.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?a <{_KGO}contentHash> ?h }} }}"
        )
        return int(next(iter(rows))["n"].value)

    def article_ids(self) -> list[str]:
        """Ids of the articles in the store."""
        rows = self.oxigraph.query(
            f"SELECT ?id WHERE {{ GRAPH ?g {{ ?a <{_KGO}contentHash> ?h ; "
            "<https://schema.org/identifier> ?id } }"
        )
        return sorted(r["id"].value for r in rows)

    def article_graph(
        self, article: Article, events: Iterable[Event], validate: bool = True
    ) -> Graph:
        """The RDF of one article as its named graph will hold it (SHACL-checked)."""
        return article_graph(article, events, self.base, validate)

    def add_article(self, article: Article, events: Iterable[Event], validate: bool = True) -> str:
        """Add one article and its events in one transaction.

        Returns:
            ``"unchanged"`` (same content hash already stored: nothing written),
            ``"added"`` or ``"replaced"`` (same id, new content).

        Raises:
            ValueError: the article's graph violates the SHACL shapes (checked
                with ``validate``); nothing is written.
        """
        from kg.pipeline import article_ntriples

        if self.article_hash(article.id) == article_hash(article):
            return "unchanged"
        digest, nt = article_ntriples(article, events, self.base, validate)
        ((outcome, error),) = self.add_graphs([ArticleGraph(article.id, digest, nt)])
        if error is not None:
            raise ValueError(error)
        return outcome

    def add_articles(
        self, items: Iterable[tuple[Article, Iterable[Event]]], validate: bool = True
    ) -> dict[str, list[str]]:
        """``add_article`` for each item; article ids by outcome (``errors``: messages)."""
        out: dict[str, list[str]] = {"added": [], "replaced": [], "unchanged": [], "errors": []}
        for article, events in items:
            try:
                out[self.add_article(article, events, validate)].append(article.id)
            except (ValueError, StoreError) as exc:
                out["errors"].append(str(exc))
        return out

    def add_graphs(self, items: Iterable[ArticleGraph]) -> list[tuple[str, str | None]]:
        """Add article graphs made by the pipeline (or read from Dask parts) in one
        transaction (``kg.store.writer.write_batch``).

        Returns:
            ``(outcome, error)`` per item: ``added``, ``replaced``, ``unchanged``,
            or ``failed`` with the reason.

        Raises:
            StoreError: the store refused the update; nothing was written.
        """
        items = list(items)
        if self._held is None:
            self._held = self.article_count()
        outcomes = list(write_batch(self, items))
        self._since_flush += len(items)
        if self._since_flush >= FLUSH_EVERY:
            self.flush()
        return outcomes

    def remerge(self) -> int:
        """Recompute the whole merged graph (e.g. after changing the window) and every
        summary, in one transaction; returns the merged graph's size."""
        reports = [
            report_from_row(
                *(from_ox(row[v]) for v in ("e", "s", "cat", "t", "neg", "mod")),
                *(from_ox(row[v]) for v in ("date", "art", "pub")),
            )
            for row in self.oxigraph.query(reports_query())
        ]
        groups = cluster_reports(reports, self.window_days)
        triples = merged_lines(groups, self.base)
        ranks = rank_lines(merged_triples(groups, self.base), self.summary_graph)
        ranks += [
            f"<{key_node(r.key, self.base)}> <{SUMMARY_NS}report> {ox.Literal(report_literal(r))} ."
            for r in reports
            if r.key is not None
        ]
        self.oxigraph.update(
            f"DELETE {{ ?m ?p ?o }} WHERE {{ GRAPH <{self.merged_graph}> {{ ?m ?p ?o }} }} ;\n"
            f"DROP SILENT GRAPH <{self.merged_graph}> ;\n"
            f"DROP SILENT GRAPH <{self.summary_graph}> ;\n"
            f"INSERT DATA {{ GRAPH <{self.merged_graph}> {{\n"
            + "\n".join(triples)
            + "\n}\n"
            + "\n".join(triples)
            + f"\nGRAPH <{self.summary_graph}> {{\n"
            + "\n".join(ranks)
            + "\n} } ;\n"
            + " ;\n".join(rebuild_ops(self.summary_graph, self.base))
        )
        self._rewritten = self.has_summary = True
        return len(triples)

    # -------------------------------------------------------------- reading

    def query(self, query: str, params: dict[str, str] | None = None) -> QueryResult:
        """Run SPARQL (text, or the name of a saved query) on the default (union) graph.

        The kg prefixes (kgo, kga, prov, skos, schema, owl, rdf, rdfs, xsd, wd,
        kgid) are predeclared, as they are bound on graphs ``load_graph`` reads,
        and ``kgsum`` (the store's summary terms, ``kg.store.summary``).

        Parameters bind as in ``kg.rdf.sparql.run_query``: ``<...>`` and
        ``http(s)://...`` values are IRIs, others literals.

        This runs in the calling process, unbounded: ``kg.store.engine.run_query``
        runs a query under a time limit and a memory ceiling, in a process of its own.

        Raises:
            StoreQueryError: a syntax error, or missing/unknown parameters.
        """
        text, subs = prepare_query(query, params, summary=self.has_summary)
        try:
            res = self.oxigraph.query(
                text, prefixes=query_prefixes(self.base), substitutions=subs or None
            )
        except SyntaxError as exc:
            raise StoreQueryError(f"SPARQL syntax error: {_short(exc)}") from None
        return result_from_ox(res)

    def graph(self) -> Graph:
        """The default (union) graph as an rdflib ``Graph``, prefixes bound."""
        g = Graph()
        bind_all(g, self.base)
        return triples_to_rdflib(
            self.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph()), g
        )

    def dataset(self) -> Dataset:
        """The whole dataset (default and named graphs) as an rdflib ``Dataset``."""
        ds = Dataset()
        bind_all(ds, self.base)
        for q in self.oxigraph:
            gname = from_ox(q.graph_name)
            target = ds.default_graph if gname is None else ds.graph(gname)
            target.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return ds

    def stats(self) -> dict[str, int]:
        """Counts: quads, triples of the default graph, articles, events, merged events."""
        q = (
            f"SELECT (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?m) AS ?merged) "
            f"(SUM(IF(BOUND(?n) && ?n > 1, 1, 0)) AS ?multi) WHERE {{ "
            f"{{ ?e a <{_KGO}Event> }} UNION "
            f"{{ ?m a <{_KGO}MergedEvent> ; <{_KGO}numMentions> ?n }} }}"
        )
        row = next(iter(self.oxigraph.query(q)))
        n_default = next(iter(self.oxigraph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
        n_articles = self.article_count()
        return {
            "quads": len(self.oxigraph),
            "triples": int(n_default["n"].value),
            "articles": n_articles,
            "events": int(row["events"].value),
            "merged": int(row["merged"].value),
            "merged_multi": int(row["multi"].value),
        }

    def export(self, out: BinaryIO | str | Path, fmt: str = "ttl") -> None:
        """Write the store as a stream: ttl and nt hold the default (union) graph; nq,
        trig and jsonld the whole dataset, named graphs included.

        Raises:
            ValueError: an unknown format.
        """
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use {', '.join(EXPORT_FORMATS)}")
        rdf_format, whole = EXPORT_FORMATS[fmt]
        out = str(out) if isinstance(out, Path) else out
        prefixes = dict(_PREFIXES, kgid=self.base)
        if whole:
            kw = {"prefixes": prefixes} if fmt == "trig" else {}
            self.oxigraph.dump(out, rdf_format, **kw)
        else:
            kw = {"prefixes": prefixes} if fmt == "ttl" else {}
            self.oxigraph.dump(out, rdf_format, from_graph=ox.DefaultGraph(), **kw)


def query_prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The prefixes ``KGStore.query`` (and ``kg serve``) predeclare."""
    return dict(_QUERY_PREFIXES, kgid=base)


def prepare_query(
    query: str, params: dict[str, str] | None = None, *, summary: bool = True
) -> tuple[str, dict[ox.Variable, ox.NamedNode | ox.Literal]]:
    """The text a store runs for ``query`` (SPARQL, or a saved query's name: its
    store plan) with ``params`` bound, and the substitutions left for Oxigraph.

    Raises:
        StoreQueryError: missing or unknown parameters.
    """
    query = store_queries(summary).get(query) or saved_queries().get(query, query)
    params = dict(params or {})
    declared = query_params(query)
    missing = [p for p in declared if p not in params]
    unknown = [p for p in params if p not in declared]
    if missing or unknown:
        problems = [
            f"{w} parameter(s) {', '.join(x)}"
            for w, x in (("missing", missing), ("unknown", unknown))
            if x
        ]
        raise StoreQueryError(
            f"{'; '.join(problems)} (the query takes: {', '.join(declared) or 'none'})"
        )
    return _bind(query, params)


def result_from_ox(res) -> QueryResult:
    """A ``QueryResult`` from what ``pyoxigraph`` returns (or parses) for a query."""
    if isinstance(res, ox.QueryBoolean | bool):
        return QueryResult(["ask"], [(bool(res),)])
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        # A solution iterates its values in the order of the variables (None: unbound).
        return QueryResult(names, [tuple(map(_py, sol)) for sol in res])
    rows = sorted(tuple(_py(x) for x in (t.subject, t.predicate, t.object)) for t in res)
    return QueryResult(["subject", "predicate", "object"], rows)


def _short(exc: BaseException) -> str:
    msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return msg if len(msg) <= 160 else msg[:157] + "..."


# SPARQL tokens a parameter must not be substituted inside: IRIs, strings, comments.
_TOKEN = re.compile(
    r"""<[^<>"{}|^`\\\s]*>"""
    r'''|"""[\s\S]*?"""'''
    r"""|'''[\s\S]*?'''"""
    r'''|"(?:[^"\\\n]|\\.)*"'''
    r"""|'(?:[^'\\\n]|\\.)*'"""
    r"""|#[^\n]*"""
    r"""|[?$](\w+)"""
)
_HEAD_END = re.compile(r"\bWHERE\b|\{", re.IGNORECASE)


def _bind(query: str, params: dict[str, str]) -> tuple[str, dict]:
    """``query`` with the parameters written in as constants, and the substitutions
    left for Oxigraph (parameters the query projects).

    Constants in the text let Oxigraph's planner start from them: a VALUES block
    made the saved dyad queries 20 times slower on 1M triples. A projected
    parameter cannot become a constant in the SELECT clause, so it goes to
    ``substitutions`` instead.
    """
    if not params:
        return query, {}
    terms = {k: str(_param_term(v)) for k, v in params.items()}
    head_end = _head_end(query)
    projected = set()
    out, last = [], 0
    for m in _TOKEN.finditer(query):
        name = m.group(1)
        if name is None or name not in terms:
            continue
        if m.start() < head_end:
            projected.add(name)
            continue
        out += [query[last : m.start()], terms[name]]
        last = m.end()
    out.append(query[last:])
    subs = {ox.Variable(n): _param_term(params[n]) for n in projected}
    return "".join(out), subs


def _head_end(query: str) -> int:
    """Where the first WHERE clause (or group) starts, outside IRIs, strings and comments."""
    masked = _TOKEN.sub(lambda m: m.group() if m.group(1) else " " * len(m.group()), query)
    m = _HEAD_END.search(masked)
    return m.start() if m else len(query)


def export_store(store_dir: str | Path, fmt: str = "ttl", out: str | Path | None = None) -> None:
    """Export the store at ``store_dir`` to ``out`` (atomically) or to standard output.

    Raises:
        StoreError: no store there; ValueError: an unknown format.
    """
    import sys

    from kg.outputs import atomic_open

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use {', '.join(EXPORT_FORMATS)}")
    with KGStore(store_dir, read_only=True) as store:
        if out is None:
            stream = sys.stdout.buffer
            store.export(stream, fmt)
            stream.flush()
        else:
            with atomic_open(out, "wb") as fh:
                store.export(fh, fmt)


_PLAIN = {_XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}
_INTS = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger")}


def _py(term):
    """A result term as ``kg.rdf.sparql`` gives it for rdflib (str, int, float, bool,
    ISO date, None), with fast paths for the common literal types."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt in _PLAIN:
            return term.value
        if dt in _INTS:
            return int(term.value)
        if dt == _XSD + "decimal":
            return float(term.value)
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
        if dt == _XSD + "date" and len(term.value) == 10:
            return term.value
    return _value(from_ox(term))


def _param_term(value: str) -> ox.NamedNode | ox.Literal:
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    if value.startswith(("http://", "https://")):
        return ox.NamedNode(value)
    return ox.Literal(value)
