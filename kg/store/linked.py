"""Linked data for actors: Wikidata QIDs and ISO codes from the project's own tables.

Nothing is fetched: the QIDs are facts kept in ``kg/data/*.tsv``. Countries
(not their sectors) get ``owl:sameAs`` their Wikidata item and their ISO 3166-1
alpha-2 and alpha-3 codes; organisations and the persons the lexicon knows get
``owl:sameAs`` where the table has a QID.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal

from kg import actors
from kg.rdf.convert import DEFAULT_BASE, actor_iri
from kg.rdf.namespaces import KGO, OWL, WD, bind_all

__all__ = ["linked_triples"]


def linked_triples(actor_ids: Iterable[str], base: str = DEFAULT_BASE) -> Graph:
    """``owl:sameAs`` and ISO-code triples for the actors of ``actor_ids`` the tables know."""
    g = Graph()
    bind_all(g, base)
    countries, orgs, persons = actors.countries(), actors.organisations(), actors.persons()
    for aid in sorted(set(actor_ids)):
        node = actor_iri(aid, base)
        qid = None
        if aid in countries:
            c = countries[aid]
            qid = c.qid
            g.add((node, KGO.isoAlpha3, Literal(c.iso3)))
            if c.iso2:
                g.add((node, KGO.isoAlpha2, Literal(c.iso2)))
        elif aid in orgs:
            qid = orgs[aid].qid
        elif aid.startswith("person/") and aid[len("person/") :] in persons:
            qid = persons[aid[len("person/") :]].qid
        if qid:
            g.add((node, OWL.sameAs, WD[qid]))
    return g
