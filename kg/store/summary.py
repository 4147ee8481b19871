"""Summary nodes: aggregates the store keeps up to date so saved queries read a few
thousand nodes instead of every event.

They live in the named graph ``<base>graph/summary`` and are NOT copied into the
default graph, so queries on the default graph, and Turtle or N-Triples exports,
never see them; whole-dataset exports (N-Quads, TriG, JSON-LD) hold them as they
hold every named graph. Their terms are in the store's own namespace
(``kgsum:``), as they are an index of the store, not statements about events:

- ``kgsum:DyadSummary``, one per (source, target) pair of actor IRIs: the counts
  ``kg/store/queries/coop_conflict.rq`` reads (events the sentence claims, by
  quad class, and their Goldstein sum);
- ``kgsum:ActorSummary``, one per actor IRI that is a source or target: degree,
  out- and in-degree and distinct counterparts (``top_actors.rq``);
- ``kgsum:rankKey`` on each merged event: one integer that orders merged events
  as ``merged_events.rq`` does (mentions, sources, first date), so its plan
  sorts integers only;
- ``kgsum:version`` on the graph itself: the summary is there and complete.

Each aggregate is computed by SPARQL from the events in the store, in the same
update (transaction) that adds an article, for the dyads and actors that article
touches (its old version's too); ``KGStore.remerge`` rebuilds them all.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date

from rdflib import Graph, Literal

from kg.rdf.namespaces import KGO, RDF

__all__ = [
    "SUMMARY_NS",
    "SUMMARY_VERSION",
    "actor_node",
    "actor_ops",
    "dyad_node",
    "dyad_ops",
    "rank_key",
    "rank_lines",
    "rebuild_ops",
    "summary_graph_iri",
]

SUMMARY_NS = "https://w3id.org/kg-events/ontology/summary#"
SUMMARY_VERSION = 2  # 2: an actor's event with itself counts once (kg/counts.py)

_KGO = str(KGO._NS)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NAMESPACES = {"kgo": _KGO, "kgsum": SUMMARY_NS}
_PNAME = re.compile(r"\b(kgo|kgsum):(\w+)")


def _expand(text: str) -> str:
    # Oxigraph takes PREFIX only at the start of an update request, and these
    # operations are joined to others: write full IRIs.
    return _PNAME.sub(lambda m: f"<{_NAMESPACES[m.group(1)]}{m.group(2)}>", text)


# What coop_conflict counts per dyad (same patterns and filter as its query).
_DYAD_SELECT = """SELECT {group_vars}(COUNT(?event) AS ?events)
    (SUM(IF(?q = 1, 1, 0)) AS ?verbalCoop) (SUM(IF(?q = 2, 1, 0)) AS ?materialCoop)
    (SUM(IF(?q = 3, 1, 0)) AS ?verbalConflict) (SUM(IF(?q = 4, 1, 0)) AS ?materialConflict)
    (SUM(IF(?q <= 2, 1, 0)) AS ?cooperation) (SUM(IF(?q >= 3, 1, 0)) AS ?conflict)
    (SUM(?goldstein) AS ?goldsteinSum)
  WHERE {{
    ?event a kgo:Event ; kgo:source {s} ; kgo:target {t} ; kgo:quadClass ?q ;
           kgo:goldstein ?goldstein ; kgo:negated false ; kgo:modality ?modality .
    FILTER (?modality NOT IN ("hoped", "requested", "conditional"))
  }}
  {tail}"""
_DYAD_FIELDS = (
    "events verbalCoop materialCoop verbalConflict materialConflict cooperation conflict "
    "goldsteinSum"
).split()

# What top_actors counts per actor: the events it is the source or target of
# (an event of an actor with itself once), and its distinct others.
_ACTOR_SELECT = """SELECT {group_vars}(COUNT(DISTINCT ?event) AS ?degree) (SUM(?out) AS ?outDegree)
    (SUM(1 - ?out) AS ?inDegree) (COUNT(DISTINCT ?other) AS ?partners)
  WHERE {{
    {{ ?event a kgo:Event ; kgo:source {x} . BIND (1 AS ?out)
       OPTIONAL {{ ?event kgo:target ?other FILTER (?other != {x}) }} }}
    UNION
    {{ ?event a kgo:Event ; kgo:target {x} . BIND (0 AS ?out)
       OPTIONAL {{ ?event kgo:source ?other FILTER (?other != {x}) }} }}
  }}
  {tail}"""
_ACTOR_FIELDS = ("degree", "outDegree", "inDegree", "partners")


def summary_graph_iri(base: str) -> str:
    """The named graph of the summary nodes: ``<base>graph/summary``."""
    return base + "graph/summary"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()  # noqa: S324 - a name, not security


def dyad_node(source: str, target: str, base: str) -> str:
    """IRI of the summary of a (source, target) pair of actor IRIs."""
    return f"{base}summary/dyad/{_md5(source + ' ' + target)}"


def actor_node(actor: str, base: str) -> str:
    """IRI of the summary of an actor IRI."""
    return f"{base}summary/actor/{_md5(actor)}"


def _template(var_fields: Iterable[str], node: str, kind: str, about: str) -> str:
    body = " ; ".join(f"kgsum:{f} ?{f}" for f in var_fields)
    return f"{node} a kgsum:{kind} ; {about} ; {body}"


def _delete(graph: str, nodes: Iterable[str]) -> str:
    values = " ".join(f"<{n}>" for n in sorted(nodes))
    return (
        f"DELETE {{ GRAPH <{graph}> {{ ?n ?p ?o }} }} "
        f"WHERE {{ VALUES ?n {{ {values} }} GRAPH <{graph}> {{ ?n ?p ?o }} }}"
    )


def dyad_ops(graph: str, dyads: Iterable[tuple[str, str]], base: str) -> list[str]:
    """Update operations that recompute the summaries of these dyads (IRI pairs)."""
    dyads = sorted(set(dyads))
    if not dyads:
        return []
    ops = [_delete(graph, (dyad_node(s, t, base) for s, t in dyads))]
    for s, t in dyads:
        node = f"<{dyad_node(s, t, base)}>"
        about = f"kgsum:source <{s}> ; kgsum:target <{t}>"
        select = _DYAD_SELECT.format(
            group_vars="", s=f"<{s}>", t=f"<{t}>", tail="HAVING (COUNT(?event) > 0)"
        )
        ops.append(
            f"INSERT {{ GRAPH <{graph}> {{ "
            f"{_template(_DYAD_FIELDS, node, 'DyadSummary', about)} }} }} "
            f"WHERE {{ {select} }}"
        )
    return [_expand(op) for op in ops]


def actor_ops(graph: str, actors: Iterable[str], base: str) -> list[str]:
    """Update operations that recompute the summaries of these actor IRIs."""
    actors = sorted(set(actors))
    if not actors:
        return []
    ops = [_delete(graph, (actor_node(x, base) for x in actors))]
    for x in actors:
        node = f"<{actor_node(x, base)}>"
        select = _ACTOR_SELECT.format(group_vars="", x=f"<{x}>", tail="HAVING (COUNT(?event) > 0)")
        ops.append(
            f"INSERT {{ GRAPH <{graph}> {{ "
            f"{_template(_ACTOR_FIELDS, node, 'ActorSummary', f'kgsum:actor <{x}>')} }} }} "
            f"WHERE {{ {select} }}"
        )
    return [_expand(op) for op in ops]


def rebuild_ops(graph: str, base: str) -> list[str]:
    """Update operations that recompute every dyad and actor summary from scratch
    (rank keys of merged events are written with the merged events)."""
    dyad = _DYAD_SELECT.format(group_vars="?s ?t ", s="?s", t="?t", tail="GROUP BY ?s ?t")
    actor = _ACTOR_SELECT.format(group_vars="?x ", x="?x", tail="GROUP BY ?x")
    d_iri = f'IRI(CONCAT("{base}summary/dyad/", MD5(CONCAT(STR(?s), " ", STR(?t)))))'
    a_iri = f'IRI(CONCAT("{base}summary/actor/", MD5(STR(?x))))'
    ops = [
        f"DELETE {{ GRAPH <{graph}> {{ ?n ?p ?o }} }} WHERE {{ GRAPH <{graph}> {{ ?n ?p ?o "
        "FILTER NOT EXISTS { ?n kgsum:rankKey ?k } } }",
        f"INSERT {{ GRAPH <{graph}> {{ "
        f"{_template(_DYAD_FIELDS, '?n', 'DyadSummary', 'kgsum:source ?s ; kgsum:target ?t')}"
        f" }} }} WHERE {{ {{ {dyad} }} BIND ({d_iri} AS ?n) }}",
        f"INSERT {{ GRAPH <{graph}> {{ "
        f"{_template(_ACTOR_FIELDS, '?n', 'ActorSummary', 'kgsum:actor ?x')}"
        f" }} }} WHERE {{ {{ {actor} }} BIND ({a_iri} AS ?n) }}",
        version_op(graph),
    ]
    return [_expand(op) for op in ops]


def version_op(graph: str) -> str:
    """The operation that marks the summary graph as present and complete."""
    return (
        f"INSERT DATA {{ GRAPH <{graph}> {{ <{graph}> <{SUMMARY_NS}version> "
        f'"{SUMMARY_VERSION}"^^<{_XSD}integer> }} }}'
    )


# Fields of the rank key, most significant first; values are clamped to their
# width, which keeps the key monotone (never wrong, at worst tied) and within
# a 64-bit integer, as Oxigraph stores xsd:integer.
_MENTIONS_CAP = 899_999
_SOURCES_CAP = 9_999_999
_DAYS = 1_000_000


def rank_key(mentions: int, sources: int, first: date | None) -> int:
    """An integer that is larger the earlier ``merged_events`` lists a merged event:
    more mentions, then more sources, then an earlier first date (no date first).

    Equal keys mean a tie that the query's own ORDER BY settles.
    """
    day = _DAYS - 1 if first is None else max(0, _DAYS - 2 - first.toordinal())
    return (
        min(mentions, _MENTIONS_CAP) * _DAYS * 10_000_000 + min(sources, _SOURCES_CAP) * _DAYS + day
    )


def rank_lines(merged: Graph, graph: str) -> list[str]:
    """N-Triples-like lines (to wrap in ``GRAPH <graph> { }``) with the rank key of
    every merged event of ``merged`` (as ``kg.store.merge.merged_triples`` makes it)."""
    lines = []
    for node in merged.subjects(RDF.type, KGO.MergedEvent):
        n = merged.value(node, KGO.numMentions)
        s = merged.value(node, KGO.numSources)
        first = merged.value(node, KGO.firstDate)
        day = first.toPython() if isinstance(first, Literal) else None
        key = rank_key(int(n), int(s), day if isinstance(day, date) else None)
        lines.append(f'<{node}> <{SUMMARY_NS}rankKey> "{key}"^^<{_XSD}integer> .')
    return lines
