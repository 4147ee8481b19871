"""The action vocabulary, read from ``ontologies/actions.ttl``.

That file is the single source of action ids: language packs name an action
id and ``make_action`` turns it into an ``Action`` record with its PLOVER
category, CAMEO code, quad class and Goldstein value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from kg.paths import ontology_dir
from kg.records import Action

__all__ = ["ActionType", "actions", "categories", "make_action", "vocabulary_graph"]

_KGO = Namespace("https://w3id.org/kg-events/ontology#")
_KGA = Namespace("https://w3id.org/kg-events/action/")


@dataclass(frozen=True)
class ActionType:
    """One action of the vocabulary.

    property_iri: the OWL object property of the direct source -> target triple.
    """

    id: str
    label: str
    label_ar: str | None
    plover: str
    cameo: str
    quad_class: int
    goldstein: float
    property_iri: str


@cache
def vocabulary_graph() -> Graph:
    """The parsed ``actions.ttl`` (read once)."""
    path = ontology_dir() / "actions.ttl"
    g = Graph()
    g.parse(path, format="turtle")
    return g


def _label(g: Graph, node: URIRef, lang: str) -> str | None:
    for lit in g.objects(node, SKOS.prefLabel):
        if isinstance(lit, Literal) and lit.language == lang:
            return str(lit)
    return None


def _one(g: Graph, node: URIRef, pred: URIRef) -> Any:
    value = g.value(node, pred)
    if value is None:
        raise ValueError(f"actions.ttl: {node} has no {pred}")
    return value


@cache
def categories() -> dict[str, dict]:
    """PLOVER category -> ``{"label", "label_ar", "cameo_roots", "quad_class", "score"}``."""
    g = vocabulary_graph()
    out = {}
    for node in sorted(g.subjects(SKOS.topConceptOf, _KGA[""])):
        code = str(_one(g, node, SKOS.notation))
        out[code] = {
            "label": _label(g, node, "en"),
            "label_ar": _label(g, node, "ar"),
            "cameo_roots": sorted(str(r) for r in g.objects(node, _KGO.cameoRoot)),
            "quad_class": int(_one(g, node, _KGO.quadClass)),
            "score": float(_one(g, node, _KGO.ploverScore)),
        }
    return out


@cache
def actions() -> dict[str, ActionType]:
    """Action id -> ``ActionType`` for every action (non-top concept) of the scheme."""
    g = vocabulary_graph()
    out = {}
    for node in g.subjects(RDF.type, SKOS.Concept):
        broader = g.value(node, SKOS.broader)
        if broader is None:  # a PLOVER category
            continue
        aid = str(_one(g, node, SKOS.notation))
        out[aid] = ActionType(
            id=aid,
            label=_label(g, node, "en") or aid,
            label_ar=_label(g, node, "ar"),
            plover=str(_one(g, broader, SKOS.notation)),
            cameo=str(_one(g, node, _KGO.cameoCode)),
            quad_class=int(_one(g, node, _KGO.quadClass)),
            goldstein=float(_one(g, node, _KGO.goldstein)),
            property_iri=str(_one(g, node, _KGO.directProperty)),
        )
    return dict(sorted(out.items()))


def make_action(action_id: str, text: str) -> Action:
    """The ``Action`` record for ``action_id`` as said by ``text``.

    Raises:
        KeyError: ``action_id`` is not in ``ontologies/actions.ttl``.
    """
    try:
        a = actions()[action_id]
    except KeyError:
        raise KeyError(
            f"unknown action id {action_id!r}: not in {ontology_dir() / 'actions.ttl'}"
        ) from None
    return Action(
        id=a.id,
        label=a.label,
        text=text,
        plover=a.plover,
        cameo=a.cameo,
        quad_class=a.quad_class,
        goldstein=a.goldstein,
    )
