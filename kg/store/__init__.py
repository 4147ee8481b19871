"""Persistent store: a kg dataset that grows, in Oxigraph, with merging and linked data.

``kg.store.oxigraph`` holds the store (per-article named graphs, a duplicate-free
default graph, transactions, queries, export), ``kg.store.live`` keeps readers
off the database a writer is writing (a lock and snapshots), ``kg.store.merge``
groups reports of the same event into merged events, ``kg.store.linked`` adds
Wikidata QIDs and ISO codes, ``kg.store.summary`` keeps the aggregates its query
plans read, ``kg.store.writer`` adds batches of article graphs (``kg build
--store``, ``kg load``), ``kg.store.engine`` runs queries in bounded, supervised
processes, and ``kg.store.serve`` runs the SPARQL HTTP endpoint.

The names below are imported on first use, so that the query engine processes,
which import only ``kg.store.live`` and ``kg.store.engine``, start fast.
"""

from importlib import import_module

_EXPORTS = {
    "EXPORT_FORMATS": "kg.store.oxigraph",
    "KGStore": "kg.store.oxigraph",
    "StoreError": "kg.store.live",
    "StoreQueryError": "kg.store.oxigraph",
    "article_graph_iri": "kg.store.oxigraph",
    "article_hash": "kg.store.oxigraph",
    "cluster_reports": "kg.store.merge",
    "merged_graph": "kg.store.merge",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kg.store' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
