"""Merging across articles: reports of the same event become one ``kgo:MergedEvent``.

A ``kgo:Event`` node is one report (a mention, in GDELT's terms). Reports with
the same source, PLOVER category, target, negation and kind of modality
(claimed or not) whose dates lie within ``window_days`` of the first report of
a group form one merged event, with GDELT-like counts: mentions, sources
(outlets: the article's ``schema:publisher``, else the article itself) and
articles. The PLOVER category, not the action id, is compared, because two
outlets (or two language packs) may code one meeting as ``meet`` and
``hold_talks``. Reports without a source, a target or a date are not merged
with anything: each is a merged event of its own, so every report has counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rdflib import Graph, Literal, URIRef

from kg.rdf.convert import DEFAULT_BASE, NO_DIRECT_TRIPLE
from kg.rdf.namespaces import KGO, RDF, XSD, bind_all
from kg.records import content_hash

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "REPORTS_QUERY",
    "Report",
    "cluster_reports",
    "merged_graph",
    "merged_iri",
    "merged_triples",
    "report_from_row",
    "reports_from_graph",
    "reports_query",
]

DEFAULT_WINDOW_DAYS = 3

_PREFIXES = """PREFIX kgo: <https://w3id.org/kg-events/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
"""

# One row per report; ``{values}`` may restrict it to some (source, category, target).
REPORTS_QUERY = (
    _PREFIXES
    + """SELECT ?e ?s ?cat ?t ?neg ?mod ?date ?art ?pub ?m WHERE {
  {values}
  ?e a kgo:Event ;
     kgo:ploverCategory ?cat ;
     kgo:negated ?neg ;
     kgo:modality ?mod ;
     prov:wasDerivedFrom ?art .
  {pair}
  OPTIONAL { ?e kgo:date ?date }
  OPTIONAL { ?art schema:publisher ?pub }
  OPTIONAL { ?m kgo:hasMention ?e }
}"""
)


@dataclass(frozen=True)
class Report:
    """One report as merging sees it (IRIs as strings)."""

    event: str
    source: str | None
    category: str
    target: str | None
    negated: bool
    claimed: bool
    date: date | None
    article: str
    outlet: str

    @property
    def key(self) -> tuple | None:
        """What must be equal for two reports to be merged; None: never merged."""
        if self.source is None or self.target is None or self.date is None:
            return None
        return (self.source, self.category, self.target, self.negated, self.claimed)


def reports_query(keys: Iterable[tuple[str, str, str]] | None = None) -> str:
    """``REPORTS_QUERY`` for all reports, or for those with the given (source, category, target)."""
    if keys is None:
        pair = "OPTIONAL { ?e kgo:source ?s } OPTIONAL { ?e kgo:target ?t }"
        return REPORTS_QUERY.replace("{values}", "").replace("{pair}", pair)
    rows = " ".join(f"(<{s}> <{c}> <{t}>)" for s, c, t in sorted(set(keys)))
    values = f"VALUES (?s ?cat ?t) {{ {rows} }}"
    return REPORTS_QUERY.replace("{values}", values).replace(
        "{pair}", "?e kgo:source ?s ; kgo:target ?t ."
    )


def _date(value) -> date | None:
    if value is None:
        return None
    v = value.toPython() if isinstance(value, Literal) else value
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def report_from_row(e, s, cat, t, neg, mod, d, art, pub) -> Report:
    """A ``Report`` from the rdflib terms of one ``REPORTS_QUERY`` row."""
    negated = neg.toPython() if isinstance(neg, Literal) else neg
    return Report(
        event=str(e),
        source=None if s is None else str(s),
        category=str(cat),
        target=None if t is None else str(t),
        negated=negated is True or str(negated).lower() == "true",
        claimed=str(mod) not in NO_DIRECT_TRIPLE,
        date=_date(d),
        article=str(art),
        outlet=str(pub) if pub is not None else str(art),
    )


def reports_from_graph(graph: Graph) -> list[Report]:
    """Every report (``kgo:Event`` node) of an rdflib graph."""
    out = {}
    for row in graph.query(reports_query()):
        r = report_from_row(*row[:9])
        out[r.event] = r
    return list(out.values())


def cluster_reports(
    reports: Iterable[Report], window_days: int = DEFAULT_WINDOW_DAYS
) -> list[tuple[Report, ...]]:
    """Group reports into merged events.

    Within one key, reports sorted by date join the current group while they
    fall within ``window_days`` of its first report; the next one starts a new
    group. The result does not depend on the order reports arrive in.
    """
    by_key: dict[tuple, list[Report]] = defaultdict(list)
    groups: list[tuple[Report, ...]] = []
    for r in {r.event: r for r in reports}.values():
        if r.key is None:
            groups.append((r,))
        else:
            by_key[r.key].append(r)
    for items in by_key.values():
        items.sort(key=lambda r: (r.date, r.event))
        current = [items[0]]
        for r in items[1:]:
            if (r.date - current[0].date).days <= window_days:
                current.append(r)
            else:
                groups.append(tuple(current))
                current = [r]
        groups.append(tuple(current))
    return sorted(groups, key=lambda g: g[0].event)


def merged_iri(group: Iterable[Report], base: str = DEFAULT_BASE) -> URIRef:
    """A stable IRI for a merged event: a hash of its sorted mention IRIs."""
    return URIRef(base + "merged/" + content_hash("|".join(sorted(r.event for r in group))))


def merged_triples(groups: Iterable[tuple[Report, ...]], base: str = DEFAULT_BASE) -> Graph:
    """The ``kgo:MergedEvent`` nodes of ``groups`` with their mentions and counts."""
    g = Graph()
    bind_all(g, base)
    for group in groups:
        node = merged_iri(group, base)
        g.add((node, RDF.type, KGO.MergedEvent))
        for r in group:
            g.add((node, KGO.hasMention, URIRef(r.event)))
        g.add((node, KGO.numMentions, Literal(len(group), datatype=XSD.integer)))
        g.add((node, KGO.numSources, Literal(len({r.outlet for r in group}), datatype=XSD.integer)))
        g.add(
            (node, KGO.numArticles, Literal(len({r.article for r in group}), datatype=XSD.integer))
        )
        dates = sorted(r.date for r in group if r.date is not None)
        if dates:
            g.add((node, KGO.firstDate, Literal(dates[0], datatype=XSD.date)))
            g.add((node, KGO.lastDate, Literal(dates[-1], datatype=XSD.date)))
    return g


def merged_graph(
    graph: Graph, base: str = DEFAULT_BASE, window_days: int = DEFAULT_WINDOW_DAYS
) -> Graph:
    """The merged layer of a whole rdflib graph (e.g. a Turtle file from ``kg build --out``)."""
    return merged_triples(cluster_reports(reports_from_graph(graph), window_days), base)
