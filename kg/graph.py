"""Graph stage: events as a networkx multigraph of actors, and its dyad summary.

Nodes are actors and concept targets (keyed by ``Actor.id``); each event with
both a source and a target is one directed edge keyed by ``Event.id``, so
parallel events between the same two actors stay distinct. ``aggregate``
collapses them into one weighted edge per directed dyad, the usual unit of
GDELT/ICEWS-style analysis.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.records import Actor, Event

__all__ = ["NODE_ATTRS", "aggregate", "events_to_networkx"]

# Actor fields copied onto nodes; ``text`` is per-mention, so it is left out.
NODE_ATTRS = ("label", "label_ar", "type", "country", "sector", "qid")


def _add_actor(g: nx.MultiDiGraph, actor: Actor) -> None:
    attrs = {k: getattr(actor, k) for k in NODE_ATTRS}
    if actor.id not in g:
        g.add_node(actor.id, **attrs)
        return
    # The same actor may be resolved with more detail in another article.
    node = g.nodes[actor.id]
    for k, v in attrs.items():
        if node.get(k) is None and v is not None:
            node[k] = v


def _edge_attrs(ev: Event) -> dict[str, Any]:
    a = ev.action
    return {
        "action": a.id,
        "action_label": a.label,
        "action_text": a.text,
        "plover": a.plover,
        "cameo": a.cameo,
        "quad_class": a.quad_class,
        "goldstein": a.goldstein,
        "sentence": ev.sentence,
        "negated": ev.negated,
        "modality": ev.modality,
        "date": ev.date,
        "doc_id": ev.doc_id,
        "attributed_to": ev.attributed_to.label if ev.attributed_to else None,
        "confidence": ev.confidence,
        "lang": ev.lang,
    }


def events_to_networkx(events: Iterable[Event]) -> nx.MultiDiGraph:
    """Build a directed multigraph: one node per actor, one edge per event.

    Every source and target actor becomes a node with the attributes
    ``label``, ``label_ar``, ``type``, ``country``, ``sector`` and ``qid``
    (missing values are ``None``). An event with both a source and a target
    becomes an edge ``source -> target`` with key ``Event.id`` and the
    attributes ``action`` (action id), ``action_label``, ``action_text``,
    ``plover``, ``cameo``, ``quad_class``, ``goldstein``, ``sentence``,
    ``negated``, ``modality``, ``date``, ``doc_id``, ``attributed_to`` (the
    speaker's label or ``None``), ``confidence`` and ``lang``. Events with one
    side missing add their actor as a node but no edge.

    Args:
        events: coded events, e.g. from ``kg.outputs.read_events_jsonl``.

    Returns:
        A new ``networkx.MultiDiGraph``.

    Example:
        >>> from kg.actors import concept, person
        >>> from kg.records import Action, Event
        >>> act = Action("condemn", "condemn", "condemned", "ACCUSE", "111", 3, -2.0)
        >>> ev = Event("d1", "Ali condemned terrorism.", 0, 24,
        ...            person(None, "Ali"), act, concept("terrorism", "terrorism", "terrorism"))
        >>> g = events_to_networkx([ev])
        >>> list(g.edges(keys=False, data="plover"))
        [('person/ali', 'concept/terrorism', 'ACCUSE')]
    """
    g = nx.MultiDiGraph()
    for ev in events:
        for actor in (ev.source, ev.target):
            if actor is not None:
                _add_actor(g, actor)
        if ev.source is not None and ev.target is not None:
            g.add_edge(ev.source.id, ev.target.id, key=ev.id, **_edge_attrs(ev))
    return g


def aggregate(g: nx.MultiDiGraph, include_negated: bool = False) -> nx.DiGraph:
    """Collapse parallel events into one edge per directed dyad.

    Each dyad edge has ``count`` (also as ``weight``), ``quad1`` to ``quad4``
    (events per quad class: verbal cooperation, material cooperation, verbal
    conflict, material conflict), ``goldstein`` (mean Goldstein score) and
    ``events`` (the event ids, in graph order). Negated events ("did not
    attack") report something that did not happen, so they are left out unless
    ``include_negated`` is true; a dyad with only negated events gets no edge.
    Node attributes are copied; every node is kept.

    Args:
        g: a graph from ``events_to_networkx``.
        include_negated: count negated events as well.

    Returns:
        A new ``networkx.DiGraph``.

    Example:
        >>> from kg.actors import concept, person
        >>> from kg.records import Action, Event
        >>> act = Action("condemn", "condemn", "condemned", "ACCUSE", "111", 3, -2.0)
        >>> src, tgt = person(None, "Ali"), concept("terrorism", "terrorism", "terrorism")
        >>> evs = [Event("d1", "Ali condemned terrorism.", 0, 24, src, act, tgt),
        ...        Event("d2", "Ali condemned terrorism again.", 0, 30, src, act, tgt)]
        >>> d = aggregate(events_to_networkx(evs))
        >>> d.edges["person/ali", "concept/terrorism"]["count"]
        2
    """
    out = nx.DiGraph()
    out.add_nodes_from(g.nodes(data=True))
    for u, v, key, data in g.edges(keys=True, data=True):
        if data.get("negated") and not include_negated:
            continue
        if not out.has_edge(u, v):
            out.add_edge(u, v, count=0, quad1=0, quad2=0, quad3=0, quad4=0, events=[], _gsum=0.0)
        e = out.edges[u, v]
        e["count"] += 1
        q = data.get("quad_class")
        if q in (1, 2, 3, 4):
            e[f"quad{q}"] += 1
        e["_gsum"] += float(data.get("goldstein") or 0.0)
        e["events"].append(key)
    for _, _, e in out.edges(data=True):
        e["goldstein"] = e.pop("_gsum") / e["count"]
        e["weight"] = e["count"]
    return out
