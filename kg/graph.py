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

__all__ = ["NODE_ATTRS", "aggregate", "aggregate_by", "events_to_networkx"]

# Actor fields copied onto nodes; ``text`` is per-mention, so it is collected
# separately into the node's ``texts`` list.
NODE_ATTRS = ("label", "labels", "type", "country", "sector", "qid")
_MAX_TEXTS = 12  # distinct surface forms kept per actor (enough to search by)


def _add_actor(g: nx.MultiDiGraph, actor: Actor) -> None:
    if actor.id not in g:
        attrs = {k: getattr(actor, k) for k in NODE_ATTRS}
        attrs["labels"] = dict(actor.labels)  # merged per node below, not the actor's own
        g.add_node(actor.id, **attrs, texts=[actor.text] if actor.text else [])
        return
    # The same actor may be resolved with more detail in another article.
    node = g.nodes[actor.id]
    for k in NODE_ATTRS:
        v = getattr(actor, k)
        if k == "labels":
            node[k] = {**v, **(node.get(k) or {})}
        elif node.get(k) is None and v is not None:
            node[k] = v
    texts = node.setdefault("texts", [])
    if actor.text and len(texts) < _MAX_TEXTS and actor.text not in texts:
        texts.append(actor.text)


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
    ``label``, ``labels`` (``{lang: text}``), ``type``, ``country``, ``sector`` and ``qid``
    (missing values are ``None``), and ``texts``: the distinct surface forms
    the articles used for it (at most 12), so that it can be found by them.
    An event with both a source and a target becomes an edge
    ``source -> target`` with key ``Event.id`` and the attributes ``action``
    (action id), ``action_label``, ``action_text``, ``plover``, ``cameo``,
    ``quad_class``, ``goldstein``, ``sentence``, ``negated``, ``modality``,
    ``date``, ``doc_id``, ``attributed_to`` (the speaker's label or ``None``),
    ``confidence`` and ``lang``. Events with one side missing add their actor
    as a node but no edge.

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


def _tally(e: dict[str, Any], key: Any, data: dict[str, Any]) -> None:
    e["count"] += 1
    q = data.get("quad_class")
    if q in (1, 2, 3, 4):
        e[f"quad{q}"] += 1
    e["_gsum"] += float(data.get("goldstein") or 0.0)
    e["events"].append(key)
    d = data.get("date")
    if d:
        e["first_date"] = min(e["first_date"] or d, d)
        e["last_date"] = max(e["last_date"] or d, d)


def _empty() -> dict[str, Any]:
    return dict(
        count=0, quad1=0, quad2=0, quad3=0, quad4=0, events=[], _gsum=0.0,
        first_date=None, last_date=None,
    )  # fmt: skip


def _finish(edges: Iterable[dict[str, Any]]) -> None:
    for e in edges:
        e["goldstein"] = e.pop("_gsum") / e["count"]
        e["weight"] = e["count"]


def _summaries(
    g: nx.MultiDiGraph, attr: str | None, include_negated: bool
) -> dict[tuple, dict[str, Any]]:
    # Plain dicts first, one graph build at the end: far faster than has_edge per event.
    acc: dict[tuple, dict[str, Any]] = {}
    for u, v, key, data in g.edges(keys=True, data=True):
        if data.get("negated") and not include_negated:
            continue
        k = (u, v) if attr is None else (u, v, data.get(attr))
        e = acc.get(k)
        if e is None:
            e = acc[k] = _empty()
        _tally(e, key, data)
    _finish(acc.values())
    return acc


def _copy_nodes(g: nx.Graph, out: nx.Graph) -> None:
    # Lists are copied so the summary never shares mutable state with ``g``.
    out.add_nodes_from(
        (n, {k: list(v) if isinstance(v, list) else v for k, v in d.items()})
        for n, d in g.nodes(data=True)
    )


def aggregate(g: nx.MultiDiGraph, include_negated: bool = False) -> nx.DiGraph:
    """Collapse parallel events into one edge per directed dyad.

    Each dyad edge has ``count`` (also as ``weight``), ``quad1`` to ``quad4``
    (events per quad class: verbal cooperation, material cooperation, verbal
    conflict, material conflict), ``goldstein`` (mean Goldstein score),
    ``events`` (the event ids, in graph order) and ``first_date`` /
    ``last_date`` (``None`` when no event is dated). Negated events ("did not
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
    _copy_nodes(g, out)
    out.add_edges_from((u, v, e) for (u, v), e in _summaries(g, None, include_negated).items())
    return out


def aggregate_by(
    g: nx.MultiDiGraph, attr: str = "plover", include_negated: bool = False
) -> nx.MultiDiGraph:
    """Collapse events into one edge per directed dyad and value of ``attr``.

    Like ``aggregate``, but the dyad is split by an event attribute, by
    default the PLOVER category: the result has one edge ``u -> v`` keyed by
    each value of ``attr`` seen between them, with the same statistics as
    ``aggregate`` (``count``, ``weight``, ``quad1`` to ``quad4``,
    ``goldstein``, ``events``, ``first_date``, ``last_date``) and ``attr``
    itself.

    Args:
        g: a graph from ``events_to_networkx``.
        attr: the edge attribute to split by (``plover``, ``quad_class``,
            ``action``, ``doc_id``...).
        include_negated: count negated events as well.

    Returns:
        A new ``networkx.MultiDiGraph``.

    Example:
        >>> from kg.actors import country
        >>> from kg.vocab import make_action
        >>> rus, egy = country("RUS", "Moscow", "GOV"), country("EGY", "Cairo", "GOV")
        >>> evs = [Event("d1", "s1", 0, 2, rus, make_action("meet", "met"), egy),
        ...        Event("d1", "s2", 3, 5, rus, make_action("consult", "consulted"), egy),
        ...        Event("d2", "s3", 0, 2, rus, make_action("criticize", "criticised"), egy)]
        >>> d = aggregate_by(events_to_networkx(evs))
        >>> sorted((k, e["count"]) for _, _, k, e in d.edges(keys=True, data=True))
        [('ACCUSE', 1), ('CONSULT', 2)]
    """
    out = nx.MultiDiGraph()
    _copy_nodes(g, out)
    out.add_edges_from(
        (u, v, value, {attr: value, **e})
        for (u, v, value), e in _summaries(g, attr, include_negated).items()
    )
    return out
