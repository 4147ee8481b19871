"""Writing articles into the store: a batch of article graphs, one transaction.

The pipeline makes each article's graph once (``kg.pipeline.article_ntriples``,
in a worker) and the store takes it as N-Triples (``ArticleGraph``), from a
build or from the parts of a Dask build alike. For a batch, ``write_batch``
reads what it needs by indexed look-ups only (the stored content hash of each
article, the old version of a replaced article, the report index of each
merge key it touches, the summary nodes it changes), works out the new merged
events and summaries in Python, and writes everything in one SPARQL update,
which Oxigraph applies as one transaction: a batch is in the store complete,
with its merged events, linked data and summaries, or not at all. Nothing it
does scans a part of the store that grows with the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pyoxigraph as ox

from kg.rdf.convert import NO_DIRECT_TRIPLE
from kg.rdf.namespaces import KGO
from kg.store.linked import linked_triples
from kg.store.merge import (
    Report,
    cluster_reports,
    key_node,
    merged_iri,
    merged_lines,
    report_from_literal,
    report_literal,
)
from kg.store.summary import SUMMARY_NS, EventFacts, rank_line, summary_changes
from kg.store.terms import to_ox

__all__ = ["ArticleGraph", "article_facts", "write_batch"]

_KGO = str(KGO._NS)
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_EVENT = _KGO + "Event"
_ACTOR = _KGO + "Actor"
_PLOVER = _KGO + "ploverCategory"
_NEGATED = _KGO + "negated"
_MODALITY = _KGO + "modality"
_SOURCE = _KGO + "source"
_TARGET = _KGO + "target"
_DATE = _KGO + "date"
_QUAD = _KGO + "quadClass"
_GOLDSTEIN = _KGO + "goldstein"
_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
_PUBLISHER = "https://schema.org/publisher"
_IDENTIFIER = "https://schema.org/identifier"
_REPORT = ox.NamedNode(SUMMARY_NS + "report")
_ACTION = "<https://w3id.org/kg-events/action/"
_KNOWN_MAX = 200_000  # default-graph lines of shared nodes remembered at most


@dataclass(frozen=True)
class ArticleGraph:
    """One article's named graph, as the pipeline made it.

    ntriples: the graph in N-Triples (``kg.pipeline.article_ntriples``),
        ``kgo:contentHash`` included.
    """

    article_id: str
    content_hash: str
    ntriples: str


@dataclass
class _Facts:
    """What merging, summaries and linked data need of one article graph."""

    reports: list[Report] = field(default_factory=list)
    events: list[EventFacts] = field(default_factory=list)
    actor_ids: set[str] = field(default_factory=set)


def _day(term) -> date | None:
    try:
        return date.fromisoformat(term.value[:10]) if term is not None else None
    except ValueError:
        return None


def article_facts(triples: Iterable) -> _Facts:
    """The reports, summary facts and actor ids of an article's triples (pyoxigraph
    triples or quads), read in Python: no query."""
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        props[t.subject.value][t.predicate.value].append(t.object)
    out = _Facts()
    for subject, p in props.items():
        types = {o.value for o in p.get(_RDF_TYPE, ())}
        if _ACTOR in types and p.get(_IDENTIFIER):
            out.actor_ids.add(p[_IDENTIFIER][0].value)
        if _EVENT not in types:
            continue

        def one(pred: str, p=p):
            values = p.get(pred)
            return values[0] if values else None

        source, target, art = one(_SOURCE), one(_TARGET), one(_DERIVED)
        modality = one(_MODALITY).value
        negated = one(_NEGATED).value in ("true", "1")
        publisher = props[art.value].get(_PUBLISHER) if art is not None else None
        out.reports.append(
            Report(
                event=subject,
                source=source.value if source is not None else None,
                category=one(_PLOVER).value,
                target=target.value if target is not None else None,
                negated=negated,
                claimed=modality not in NO_DIRECT_TRIPLE,
                date=_day(one(_DATE)),
                article=art.value,
                outlet=publisher[0].value if publisher else art.value,
            )
        )
        out.events.append(
            EventFacts(
                source=source.value if source is not None else None,
                target=target.value if target is not None else None,
                quad=int(one(_QUAD).value),
                goldstein=Decimal(one(_GOLDSTEIN).value),
                negated=negated,
                modality=modality,
            )
        )
    return out


class _Update:
    """The quads one transaction deletes and the lines it inserts, by graph."""

    def __init__(self) -> None:
        self.delete: dict[str | None, set[str]] = defaultdict(set)
        self.insert: dict[str | None, list[str]] = defaultdict(list)

    def drop(self, quads: Iterable[ox.Quad]) -> None:
        for q in quads:
            g = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            self.delete[g].add(f"{q.subject} {q.predicate} {q.object} .")

    def add(self, graph: str | None, lines: Iterable[str], default: bool = False) -> None:
        lines = list(lines)
        self.insert[graph].extend(lines)
        if default:  # the default graph is the union of the others
            self.insert[None].extend(lines)

    @staticmethod
    def _block(parts: dict[str | None, Iterable[str]]) -> str:
        out = []
        for graph, lines in parts.items():
            body = "\n".join(lines)
            if not body:
                continue
            out.append(body if graph is None else f"GRAPH <{graph}> {{\n{body}\n}}")
        return "\n".join(out)

    def text(self) -> str:
        ops = []
        if deleted := self._block(self.delete):
            ops.append("DELETE DATA {\n" + deleted + "\n}")
        if inserted := self._block({g: dict.fromkeys(v) for g, v in self.insert.items()}):
            ops.append("INSERT DATA {\n" + inserted + "\n}")
        return " ;\n".join(ops)


def _merge(store, update: _Update, added: list[Report], removed: list[Report]) -> None:
    """Re-cluster the reports of every merge key the batch touches."""
    summary = ox.NamedNode(store.summary_graph)
    gone = {r.event for r in removed}
    by_key: dict[tuple, list[Report]] = defaultdict(list)
    for r in added:
        if r.key is None:  # never merged: a merged event of its own
            group = (r,)
            _insert_groups(store, update, [group])
        else:
            by_key[r.key].append(r)
    for r in removed:
        if r.key is None:
            update.drop(
                store.oxigraph.quads_for_pattern(
                    _node(merged_iri((r,), store.base)), None, None, None
                )
            )
        else:
            by_key.setdefault(r.key, [])
    for key, new in by_key.items():
        node = key_node(key, store.base)
        index = list(store.oxigraph.quads_for_pattern(ox.NamedNode(node), _REPORT, None, summary))
        existing = [report_from_literal(key, q.object.value) for q in index]
        clusters = cluster_reports(existing, store.window_days)
        before = {merged_iri(g, store.base): g for g in clusters}
        kept = [r for r in existing if r.event not in gone]
        after = {
            merged_iri(g, store.base): g for g in cluster_reports(kept + new, store.window_days)
        }
        for iri in before.keys() - after.keys():
            update.drop(store.oxigraph.quads_for_pattern(_node(iri), None, None, None))
        _insert_groups(store, update, [after[i] for i in sorted(after.keys() - before.keys())])
        update.drop(q for q in index if report_from_literal(key, q.object.value).event in gone)
        update.add(
            store.summary_graph,
            (f"<{node}> {_REPORT} {ox.Literal(report_literal(r))} ." for r in new),
        )


def _node(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _insert_groups(store, update: _Update, groups: list[tuple[Report, ...]]) -> None:
    update.add(store.merged_graph, merged_lines(groups, store.base), default=True)
    for g in groups:
        dates = [r.date for r in g if r.date is not None]
        update.add(
            store.summary_graph,
            [
                rank_line(
                    str(merged_iri(g, store.base)),
                    len(g),
                    len({r.outlet for r in g}),
                    min(dates) if dates else None,
                )
            ],
        )


def _held_elsewhere(store, quad: ox.Quad, graph: ox.NamedNode) -> bool:
    """Whether a named graph other than ``graph`` holds the triple of ``quad``."""
    for q in store.oxigraph.quads_for_pattern(quad.subject, quad.predicate, quad.object, None):
        if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != graph:
            return True
    return False


def _parse(item: ArticleGraph) -> list:
    return list(ox.parse(item.ntriples, format=ox.RdfFormat.N_TRIPLES))


def write_batch(store, items: list[ArticleGraph]) -> Iterator[tuple[str, str | None]]:
    """Add a batch of article graphs to ``store`` in one transaction.

    Yields:
        ``(outcome, error)`` per item, in order: ``"added"``, ``"replaced"`` (same
        id, new content), ``"unchanged"`` (same content hash stored: nothing
        written) or ``"failed"`` with the reason (the graph does not parse). The
        outcomes of the whole batch come once its transaction is committed.

    Raises:
        kg.store.StoreError: the store refused the update; nothing of the batch
            was written.
    """
    from kg.store.oxigraph import StoreError, article_graph_iri

    update = _Update()
    outcomes: list[tuple[str, str | None]] = []
    added: list[Report] = []
    removed: list[Report] = []
    facts_added: list[EventFacts] = []
    facts_removed: list[EventFacts] = []
    actor_ids: set[str] = set()
    seen: set[str] = set()
    known = store.default_known
    shared: list[str] = []
    prefixes = (f"<{store.base}actor/", f"<{store.base}agent/", f"<{store.base}activity/", _ACTION)
    for item in items:
        if item.article_id in seen:
            outcomes.append(("failed", f"article {item.article_id}: twice in one batch"))
            continue
        old = store.article_hash(item.article_id)
        if old == item.content_hash:
            outcomes.append(("unchanged", None))
            continue
        try:
            triples = _parse(item)
        except SyntaxError as exc:
            outcomes.append(("failed", f"article {item.article_id}: bad N-Triples: {exc}"))
            continue
        seen.add(item.article_id)
        g_name = article_graph_iri(item.article_id, store.base)
        graph = ox.NamedNode(g_name)
        if old is not None:  # the old version goes: its graph, and what only it held
            known.clear()  # what the default graph holds is not known any more
            old_quads = list(store.oxigraph.quads_for_pattern(None, None, None, graph))
            update.drop(old_quads)
            update.drop(
                ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                for q in old_quads
                if not _held_elsewhere(store, q, graph)
            )
            facts = article_facts(old_quads)
            removed += facts.reports
            facts_removed += facts.events
        facts = article_facts(triples)
        added += facts.reports
        facts_added += facts.events
        actor_ids |= facts.actor_ids
        lines = [f"{t} ." for t in triples]
        update.add(g_name, lines)
        # Shared nodes (actors, action concepts, the agent) are in the default graph
        # already, most of the time: writing them again would cost as much as new ones.
        update.add(None, (x for x in lines if x not in known))
        shared += (x for x in lines if x.startswith(prefixes))
        outcomes.append(("added" if old is None else "replaced", None))
    if seen:
        _merge(store, update, added, removed)
        summary = ox.NamedNode(store.summary_graph)

        def read(node: str) -> list[ox.Quad]:
            return list(store.oxigraph.quads_for_pattern(ox.NamedNode(node), None, None, summary))

        gone, lines = summary_changes(read, store.base, facts_added, facts_removed)
        update.drop(gone)
        update.add(store.summary_graph, lines)
        new_actors = actor_ids - store.linked_actors
        if new_actors:
            linked = linked_triples(new_actors, store.base)
            update.add(
                store.linked_graph,
                (" ".join(str(to_ox(x)) for x in t) + " ." for t in linked),
                default=True,
            )
        update.add(store.summary_graph, [store.version_line()])
        try:
            store.oxigraph.update(update.text())
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"the store refused a batch of {len(seen)} articles: {exc}") from exc
        store.linked_actors |= new_actors
        if len(known) > _KNOWN_MAX:
            known.clear()
        known.update(shared)
        store.has_summary = True
        store.mark_written(len(seen))
    yield from outcomes
