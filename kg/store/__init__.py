"""Persistent store: a kg dataset that grows, in Oxigraph, with merging and linked data.

``kg.store.oxigraph`` holds the store (per-article named graphs, a duplicate-free
default graph, transactions, queries, export), ``kg.store.merge`` groups reports
of the same event into merged events, ``kg.store.linked`` adds Wikidata QIDs and
ISO codes, ``kg.store.summary`` keeps the aggregates its query plans read,
``kg.store.writer`` adds batches of article graphs (``kg build --store``,
``kg load``), and ``kg.store.serve`` runs the SPARQL HTTP endpoint.
"""

from kg.store.merge import cluster_reports, merged_graph
from kg.store.oxigraph import (
    EXPORT_FORMATS,
    KGStore,
    StoreError,
    StoreQueryError,
    article_graph_iri,
    article_hash,
)

__all__ = [
    "EXPORT_FORMATS",
    "KGStore",
    "StoreError",
    "StoreQueryError",
    "article_graph_iri",
    "article_hash",
    "cluster_reports",
    "merged_graph",
]
