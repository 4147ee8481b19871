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

A store keeps, per key, an index of its reports (``key_node``, in its summary
graph: one literal per report with what clustering needs), so adding an
article re-clusters only the reports of the keys it touches, found by one
indexed look-up each, whatever the size of the store.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rdflib import Graph, Literal, URIRef

from kg.rdf.convert import DEFAULT_BASE, NO_DIRECT_TRIPLE
from kg.rdf.namespaces import KGO, bind_all
from kg.records import content_hash

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "REPORTS_QUERY",
    "Report",
    "cluster_reports",
    "key_node",
    "merged_graph",
    "merged_iri",
    "merged_lines",
    "merged_triples",
    "report_from_literal",
    "report_literal",
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


_XSD = "http://www.w3.org/2001/XMLSchema#"
_KGO = str(KGO._NS)
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def merged_lines(groups: Iterable[tuple[Report, ...]], base: str = DEFAULT_BASE) -> list[str]:
    """N-Triples lines of the ``kgo:MergedEvent`` nodes of ``groups``: mentions and counts."""
    lines = []
    for group in groups:
        node = f"<{merged_iri(group, base)}>"
        lines.append(f"{node} {_TYPE} <{_KGO}MergedEvent> .")
        lines += [f"{node} <{_KGO}hasMention> <{r.event}> ." for r in group]
        counts = (
            ("numMentions", len(group)),
            ("numSources", len({r.outlet for r in group})),
            ("numArticles", len({r.article for r in group})),
        )
        lines += [f'{node} <{_KGO}{p}> "{n}"^^<{_XSD}integer> .' for p, n in counts]
        dates = sorted(r.date for r in group if r.date is not None)
        if dates:
            lines.append(f'{node} <{_KGO}firstDate> "{dates[0].isoformat()}"^^<{_XSD}date> .')
            lines.append(f'{node} <{_KGO}lastDate> "{dates[-1].isoformat()}"^^<{_XSD}date> .')
    return lines


def merged_triples(groups: Iterable[tuple[Report, ...]], base: str = DEFAULT_BASE) -> Graph:
    """The ``kgo:MergedEvent`` nodes of ``groups`` as an rdflib graph (``merged_lines``)."""
    g = Graph()
    bind_all(g, base)
    lines = merged_lines(groups, base)
    if lines:
        g.parse(data="\n".join(lines), format="nt")
    return g


def key_node(key: tuple, base: str = DEFAULT_BASE) -> str:
    """IRI of a store's index of the reports of one merge key (source, category,
    target, negated, claimed)."""
    digest = hashlib.md5("|".join(map(str, key)).encode("utf-8")).hexdigest()  # noqa: S324
    return f"{base}summary/key/{digest}"


def report_literal(r: Report) -> str:
    """What a key's index keeps of a report (the key itself is the index node)."""
    return json.dumps([r.event, r.date.isoformat() if r.date else None, r.article, r.outlet])


def report_from_literal(key: tuple, value: str) -> Report:
    event, day, article, outlet = json.loads(value)
    source, category, target, negated, claimed = key
    return Report(
        event=event,
        source=source,
        category=category,
        target=target,
        negated=negated,
        claimed=claimed,
        date=date.fromisoformat(day) if day else None,
        article=article,
        outlet=outlet,
    )


def merged_graph(
    graph: Graph, base: str = DEFAULT_BASE, window_days: int = DEFAULT_WINDOW_DAYS
) -> Graph:
    """The merged layer of a whole rdflib graph (e.g. a Turtle file from ``kg build --out``)."""
    return merged_triples(cluster_reports(reports_from_graph(graph), window_days), base)
