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
- an untyped node per unordered pair of two different actors with ``kgsum:pairEvents``, the
  events between them in either direction: an actor's ``partners`` changes only
  when a pair's count leaves or reaches zero;
- one index node per merge key with a ``kgsum:report`` literal per report
  (``kg.store.merge.key_node``);
- ``kgsum:version`` on the graph itself: the summary is there, complete, and
  of this layout.

In the transaction that adds a batch of articles, each aggregate the batch
touches is read by its node (an indexed look-up), changed by what the batch
adds and removes (``summary_changes``) and written back, so the cost of an
article does not grow with the store. ``KGStore.remerge`` rebuilds them all by
SPARQL from the events (``rebuild_ops``); the two give the same quads.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pyoxigraph as ox
from rdflib import Graph, Literal

from kg.rdf.convert import NO_DIRECT_TRIPLE
from kg.rdf.namespaces import KGO, RDF

__all__ = [
    "SUMMARY_NS",
    "SUMMARY_VERSION",
    "EventFacts",
    "actor_node",
    "dyad_node",
    "pair_node",
    "rank_key",
    "rank_line",
    "rank_lines",
    "rebuild_ops",
    "summary_changes",
    "summary_graph_iri",
    "version_op",
]

SUMMARY_NS = "https://w3id.org/kg-events/ontology/summary#"
# 2: an actor's event with itself counts once (kg/counts.py); 3: pair counts and
# merge-key indexes
SUMMARY_VERSION = 3

_KGO = str(KGO._NS)
_XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
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


def pair_node(a: str, b: str, base: str) -> str:
    """IRI of the count of events between two actor IRIs, in either direction."""
    return f"{base}summary/pair/{_md5(' '.join(sorted((a, b))))}"


@dataclass(frozen=True)
class EventFacts:
    """What the summaries count of one event (IRIs as strings)."""

    source: str | None
    target: str | None
    quad: int
    goldstein: Decimal
    negated: bool
    modality: str

    @property
    def claimed(self) -> bool:
        """Counted by coop_conflict: not negated, and the sentence claims it."""
        return not self.negated and self.modality not in NO_DIRECT_TRIPLE


def _dyad_values(f: EventFacts) -> list:
    q = f.quad
    return [1, q == 1, q == 2, q == 3, q == 4, q <= 2, q >= 3, f.goldstein]


def _tally(facts: Iterable[EventFacts], sign: int, dyads, actors, pairs) -> None:
    for f in facts:
        if f.source is not None:
            actors[f.source][0] += sign
            actors[f.source][1] += sign
        if f.target is not None:
            if f.target != f.source:  # an event of an actor with itself is one event
                actors[f.target][0] += sign
            actors[f.target][2] += sign
        if f.source is not None and f.target is not None:
            if f.source != f.target:  # an actor is not its own partner
                pairs[tuple(sorted((f.source, f.target)))] += sign
            if f.claimed:
                row = dyads[(f.source, f.target)]
                for k, v in enumerate(_dyad_values(f)):
                    row[k] += sign * v


def _int(value: int) -> str:
    return f'"{int(value)}"^^<{_XSD}integer>'


def summary_changes(
    read: Callable[[str], list[ox.Quad]],
    base: str,
    added: Iterable[EventFacts],
    removed: Iterable[EventFacts] = (),
) -> tuple[list[ox.Quad], list[str]]:
    """How the dyad, actor and pair summaries change when events come and go.

    Args:
        read: the quads of a summary node (subject IRI) in the summary graph.
        base: IRI prefix of instance data.
        added, removed: the events of the articles added and of the old versions
            of those replaced.

    Returns:
        The quads to delete, and the N-Triples lines to insert into the summary graph.
    """
    dyads: dict = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0, Decimal(0)])
    actors: dict = defaultdict(lambda: [0, 0, 0])
    pairs: dict = defaultdict(int)
    _tally(added, 1, dyads, actors, pairs)
    _tally(removed, -1, dyads, actors, pairs)
    delete: list[ox.Quad] = []
    insert: list[str] = []

    def current(node: str) -> dict[str, ox.Literal | ox.NamedNode]:
        quads = read(node)
        delete.extend(quads)
        return {q.predicate.value[len(SUMMARY_NS) :]: q.object for q in quads}

    def number(values: dict, name: str) -> int:
        v = values.get(name)
        return int(v.value) if v is not None else 0

    partners: dict[str, int] = defaultdict(int)
    for (a, b), change in pairs.items():
        if change == 0:
            continue
        node = pair_node(a, b, base)
        before = number(current(node), "pairEvents")
        after = before + change
        if after > 0:
            insert.append(f"<{node}> <{SUMMARY_NS}pairEvents> {_int(after)} .")
        if (before > 0) != (after > 0):
            step = 1 if after > 0 else -1
            partners[a] += step
            partners[b] += step
    for (s, t), change in dyads.items():
        if not any(change):
            continue
        node = dyad_node(s, t, base)
        old = current(node)
        values = [number(old, f) for f in _DYAD_FIELDS[:-1]]
        gold = Decimal(old["goldsteinSum"].value) if "goldsteinSum" in old else Decimal(0)
        values = [v + c for v, c in zip(values + [gold], change, strict=True)]
        if values[0] > 0:
            p = f"<{node}> <{SUMMARY_NS}"
            insert += [
                f"<{node}> <{RDF_TYPE}> <{SUMMARY_NS}DyadSummary> .",
                f"{p}source> <{s}> .",
                f"{p}target> <{t}> .",
            ]
            insert += [
                f"{p}{f}> {_int(v)} ." for f, v in zip(_DYAD_FIELDS[:-1], values[:-1], strict=True)
            ]
            insert.append(f'{p}goldsteinSum> "{values[-1]:f}"^^<{_XSD}decimal> .')
    for x in set(actors) | set(partners):
        change = actors.get(x, [0, 0, 0])
        if not any(change) and not partners.get(x):
            continue
        node = actor_node(x, base)
        old = current(node)
        degree, out, inn, part = (
            number(old, f) + c
            for f, c in zip(_ACTOR_FIELDS, [*change, partners.get(x, 0)], strict=True)
        )
        if degree > 0:
            p = f"<{node}> <{SUMMARY_NS}"
            insert += [
                f"<{node}> <{RDF_TYPE}> <{SUMMARY_NS}ActorSummary> .",
                f"{p}actor> <{x}> .",
            ]
            insert += [
                f"{p}{f}> {_int(v)} ."
                for f, v in zip(_ACTOR_FIELDS, (degree, out, inn, part), strict=True)
            ]
    return delete, insert


def rebuild_ops(graph: str, base: str) -> list[str]:
    """Update operations that recompute every dyad and actor summary from scratch
    (rank keys of merged events are written with the merged events)."""
    dyad = _DYAD_SELECT.format(group_vars="?s ?t ", s="?s", t="?t", tail="GROUP BY ?s ?t")
    actor = _ACTOR_SELECT.format(group_vars="?x ", x="?x", tail="GROUP BY ?x")
    d_iri = f'IRI(CONCAT("{base}summary/dyad/", MD5(CONCAT(STR(?s), " ", STR(?t)))))'
    a_iri = f'IRI(CONCAT("{base}summary/actor/", MD5(STR(?x))))'
    pair = 'IF(STR(?s) < STR(?t), CONCAT(STR(?s), " ", STR(?t)), CONCAT(STR(?t), " ", STR(?s)))'
    ops = [
        f"DELETE {{ GRAPH <{graph}> {{ ?n ?p ?o }} }} WHERE {{ GRAPH <{graph}> {{ ?n ?p ?o "
        "FILTER NOT EXISTS { ?n kgsum:rankKey ?k } FILTER NOT EXISTS { ?n kgsum:report ?r } "
        "} }",
        f"INSERT {{ GRAPH <{graph}> {{ ?n kgsum:pairEvents ?events }} }} WHERE {{ "
        f"{{ SELECT ?key (COUNT(?e) AS ?events) WHERE {{ "
        f"?e a kgo:Event ; kgo:source ?s ; kgo:target ?t FILTER (?s != ?t) "
        f"BIND ({pair} AS ?key) }} "
        f'GROUP BY ?key }} BIND (IRI(CONCAT("{base}summary/pair/", MD5(?key))) AS ?n) }}',
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


def rank_line(node: str, mentions: int, sources: int, first: date | None) -> str:
    """The N-Triples line of a merged event's rank key (to wrap in ``GRAPH <summary> { }``)."""
    key = rank_key(mentions, sources, first)
    return f'<{node}> <{SUMMARY_NS}rankKey> "{key}"^^<{_XSD}integer> .'


def rank_lines(merged: Graph, graph: str) -> list[str]:
    """N-Triples-like lines (to wrap in ``GRAPH <graph> { }``) with the rank key of
    every merged event of ``merged`` (as ``kg.store.merge.merged_triples`` makes it)."""
    lines = []
    for node in merged.subjects(RDF.type, KGO.MergedEvent):
        n = merged.value(node, KGO.numMentions)
        s = merged.value(node, KGO.numSources)
        first = merged.value(node, KGO.firstDate)
        day = first.toPython() if isinstance(first, Literal) else None
        lines.append(rank_line(str(node), int(n), int(s), day if isinstance(day, date) else None))
    return lines
