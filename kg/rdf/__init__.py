"""RDF stage: events to an RDF graph (kg ontology), SHACL checks, SPARQL queries.

``kg.rdf.convert`` builds and reads graphs, ``kg.rdf.shacl`` validates them
against ``ontologies/shapes.ttl``, ``kg.rdf.sparql`` runs saved and ad hoc
queries.
"""

from kg.rdf.convert import DEFAULT_BASE, events_from_graph, events_to_graph
from kg.rdf.shacl import ValidationReport, validate
from kg.rdf.sparql import (
    GraphLoadError,
    QueryResult,
    format_result,
    load_graph,
    run_query,
    saved_queries,
)

__all__ = [
    "DEFAULT_BASE",
    "GraphLoadError",
    "QueryResult",
    "ValidationReport",
    "events_from_graph",
    "events_to_graph",
    "format_result",
    "load_graph",
    "run_query",
    "saved_queries",
    "validate",
]
