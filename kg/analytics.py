"""Analytics over event graphs: plain functions in the style of networkx.

Every function takes a graph from ``kg.graph`` (the event ``MultiDiGraph`` of
``events_to_networkx``, or a dyad summary of ``aggregate``/``aggregate_by``)
and returns a new graph or plain rows (lists of dicts), so the same code serves
``kg stats``, the notebooks (``pandas.DataFrame(rows)``) and the HTML page.

Conventions, as in GDELT/ICEWS dyadic analysis:

- a *dyad* is an ordered pair of actors ``source -> target``;
- quad classes are 1 verbal cooperation, 2 material cooperation,
  3 verbal conflict, 4 material conflict; the mean Goldstein value of a dyad
  (-10 to +10) is its net cooperation;
- negated events ("did not attack") are left out unless ``include_negated``;
- dates are ISO strings (``YYYY-MM-DD``) and compare as text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date as _date
from pathlib import Path
from typing import Any

import networkx as nx

from kg.counts import count_events
from kg.graph import aggregate, aggregate_by, events_to_networkx
from kg.lang import packs
from kg.records import Event

__all__ = [
    "FREQS",
    "aggregate",
    "aggregate_by",
    "category_timeline",
    "centrality",
    "communities",
    "dyad_table",
    "dyad_timeline",
    "ego_network",
    "events_to_networkx",
    "find_actors",
    "fold",
    "format_summary",
    "load_events",
    "period_of",
    "split_by_period",
    "summary",
    "time_slice",
    "to_countries",
]

FREQS = ("year", "quarter", "month", "week", "day")

# Above this many actors, betweenness is estimated from a seeded sample of
# sources (exact betweenness is O(nodes * edges)).
_EXACT_BETWEENNESS = 1000
_BETWEENNESS_SAMPLE = 256


def fold(text: str | None) -> str:
    """Fold text for searching: case, Latin accents, Arabic diacritics and letter variants.

    Arabic short vowels, tatweel and Quranic marks are dropped; alef with
    hamza or madda becomes bare alef, alef maqsura becomes ya and ta marbuta
    becomes ha, as Arabic writers vary in these. The page script
    (``kg/templates/graph.js``) folds the same way.

    Example:
        >>> fold("Türkiye") == fold("turkiye")
        True
        >>> fold("أحمد") == fold("احمد")
        True
    """
    text = text or ""
    for pack in packs().values():
        text = pack.fold(text)
    return " ".join(text.split())


# ---------------------------------------------------------------- helpers


def _events_of(g: nx.Graph) -> Iterable[tuple[Any, Any, Any, dict[str, Any]]]:
    """(u, v, key, data) for every edge; simple graphs give key ``None``."""
    if g.is_multigraph():
        return g.edges(keys=True, data=True)
    return ((u, v, None, d) for u, v, d in g.edges(data=True))


def _count(d: dict[str, Any]) -> int:
    # An event edge is one event; a summary edge carries its count.
    return int(d.get("count", 1))


def _skip(d: dict[str, Any], include_negated: bool) -> bool:
    return bool(d.get("negated")) and not include_negated


def _label(g: nx.Graph, n: Any) -> str:
    return g.nodes[n].get("label") or str(n)


def _relations(g: nx.Graph, include_negated: bool = False) -> nx.Graph:
    """Undirected simple graph of who deals with whom; ``count`` = events between them."""
    h = nx.Graph()
    h.add_nodes_from(g)
    for u, v, _, d in _events_of(g):
        if u == v or _skip(d, include_negated):
            continue  # a self-loop links no one to anyone else
        if h.has_edge(u, v):
            h[u][v]["count"] += _count(d)
        else:
            h.add_edge(u, v, count=_count(d))
    return h


def _in_range(d: str | None, start: str | None, end: str | None) -> bool:
    if not d:
        return False
    # Prefix comparison: end="2025-03" takes in the whole of March.
    if start and d[: len(start)] < start:
        return False
    return not (end and d[: len(end)] > end)


# ---------------------------------------------------------------- centrality


def centrality(
    g: nx.Graph,
    top: int | None = None,
    sort: str = "degree",
    include_negated: bool = False,
    betweenness_k: int | None = None,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """Degree and betweenness of every actor, most central first.

    ``degree`` is the number of events the actor takes part in (a summary
    edge counts its ``count``), split into ``out_degree`` (as source) and
    ``in_degree`` (as target); ``partners`` is the number of distinct actors
    it deals with. ``degree_centrality`` and ``betweenness`` are networkx's
    normalised measures on the undirected graph of relations (who deals with
    whom, in either direction, self-loops ignored): reported speech rarely
    forms directed chains, so direction would hide most brokers.

    Args:
        g: an event graph or a dyad summary.
        top: keep only the first ``top`` rows.
        sort: ``"degree"`` or ``"betweenness"`` (ties broken by the other
            measure, then by actor id).
        include_negated: count negated events as well.
        betweenness_k: estimate betweenness from ``k`` sampled sources; by
            default exact up to 1,000 actors, else 256 sources.
        seed: seed of that sample, so results are repeatable.

    Returns:
        Rows with ``actor``, ``label``, ``labels``, ``type``, ``degree``,
        ``out_degree``, ``in_degree``, ``partners``, ``degree_centrality``
        and ``betweenness``.

    Example:
        >>> g = nx.MultiDiGraph([("A", "B"), ("A", "B"), ("B", "C")])
        >>> [(r["actor"], r["degree"], r["betweenness"]) for r in centrality(g)]
        [('B', 3, 1.0), ('A', 2, 0.0), ('C', 1, 0.0)]
    """
    if sort not in ("degree", "betweenness"):
        raise ValueError(f"sort must be 'degree' or 'betweenness', got {sort!r}")
    out_deg: Counter = Counter()
    in_deg: Counter = Counter()
    loops: Counter = Counter()  # a self-loop is one event of its actor, not two
    for u, v, _, d in _events_of(g):
        if not _skip(d, include_negated):
            out_deg[u] += _count(d)
            in_deg[v] += _count(d)
            if u == v:
                loops[u] += _count(d)
    h = _relations(g, include_negated)
    n = h.number_of_nodes()
    if betweenness_k is None and n > _EXACT_BETWEENNESS:
        betweenness_k = _BETWEENNESS_SAMPLE
    k = betweenness_k if betweenness_k is not None and betweenness_k < n else None
    between = nx.betweenness_centrality(h, k=k, seed=seed) if n else {}
    dc = nx.degree_centrality(h) if n > 1 else dict.fromkeys(h, 0.0)
    rows = []
    for a in g:
        node = g.nodes[a]
        rows.append(
            {
                "actor": a,
                "label": node.get("label") or str(a),
                "labels": dict(node.get("labels") or {}),
                "type": node.get("type"),
                "degree": out_deg[a] + in_deg[a] - loops[a],
                "out_degree": out_deg[a],
                "in_degree": in_deg[a],
                "partners": h.degree(a),
                "degree_centrality": dc.get(a, 0.0),
                "betweenness": between.get(a, 0.0),
            }
        )
    first, second = ("degree", "betweenness") if sort == "degree" else ("betweenness", "degree")
    rows.sort(key=lambda r: (-r[first], -r[second], str(r["actor"])))
    return rows[:top] if top is not None else rows


def communities(
    g: nx.Graph,
    method: str = "greedy",
    resolution: float = 1.0,
    include_negated: bool = False,
    seed: int = 0,
) -> list[set]:
    """Groups of actors that deal more with each other than with the rest.

    Modularity communities on the undirected graph of relations, weighted by
    the number of events (cooperation and conflict alike: both are ties).

    Args:
        g: an event graph or a dyad summary.
        method: ``"greedy"`` (Clauset-Newman-Moore, deterministic) or
            ``"louvain"`` (faster on large graphs; seeded).
        resolution: above 1 favours smaller communities.
        include_negated: count negated events as well.
        seed: the Louvain seed.

    Returns:
        Sets of actor ids, largest first (ties by smallest id); actors without
        any relation are singletons.

    Example:
        >>> g = nx.MultiDiGraph([("A", "B"), ("B", "C"), ("C", "A"),
        ...                      ("D", "E"), ("E", "F"), ("F", "D"), ("C", "D")])
        >>> [sorted(c) for c in communities(g)]
        [['A', 'B', 'C'], ['D', 'E', 'F']]
    """
    h = _relations(g, include_negated)
    if h.number_of_edges() == 0:
        found = [{n} for n in h]
    elif method == "greedy":
        found = nx.community.greedy_modularity_communities(h, weight="count", resolution=resolution)
    elif method == "louvain":
        found = nx.community.louvain_communities(
            h, weight="count", resolution=resolution, seed=seed
        )
    else:
        raise ValueError(f"method must be 'greedy' or 'louvain', got {method!r}")
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(map(str, c))))


# ---------------------------------------------------------------- dyads


def dyad_table(
    g: nx.Graph,
    top: int | None = None,
    include_negated: bool = False,
    min_events: int = 1,
) -> list[dict[str, Any]]:
    """The directed dyads of ``g``, most active first.

    Args:
        g: an event graph (or a summary from ``aggregate``).
        top: keep only the first ``top`` rows.
        include_negated: count negated events as well.
        min_events: leave out dyads with fewer events.

    Returns:
        Rows with ``source``, ``source_label``, ``target``, ``target_label``,
        ``events``, the events per quad class (``verbal_coop``,
        ``material_coop``, ``verbal_conflict``, ``material_conflict``),
        ``goldstein`` (mean; above 0 is net cooperation), ``first_date`` and
        ``last_date``; sorted by events, then by source and target.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_edge("RUS", "EGY", quad_class=1, goldstein=3.5, date="2025-03-11")
        0
        >>> g.add_edge("RUS", "EGY", quad_class=3, goldstein=-2.0, date="2025-04-01")
        1
        >>> row = dyad_table(g)[0]
        >>> row["events"], row["verbal_coop"], row["verbal_conflict"], row["goldstein"]
        (2, 1, 1, 0.75)
    """
    if not g.is_multigraph() and all("count" in d for _, _, d in g.edges(data=True)):
        summary = g  # already aggregated
    else:
        summary = aggregate(g, include_negated=include_negated)
    rows = []
    for u, v, e in summary.edges(data=True):
        if e["count"] < min_events:
            continue
        rows.append(
            {
                "source": u,
                "source_label": _label(summary, u),
                "target": v,
                "target_label": _label(summary, v),
                "events": e["count"],
                "verbal_coop": e["quad1"],
                "material_coop": e["quad2"],
                "verbal_conflict": e["quad3"],
                "material_conflict": e["quad4"],
                "goldstein": e["goldstein"],
                "first_date": e.get("first_date"),
                "last_date": e.get("last_date"),
            }
        )
    rows.sort(key=lambda r: (-r["events"], str(r["source"]), str(r["target"])))
    return rows[:top] if top is not None else rows


def dyad_timeline(
    g: nx.MultiDiGraph,
    a: Any,
    b: Any,
    freq: str = "month",
    both_directions: bool = True,
    include_negated: bool = False,
) -> list[dict[str, Any]]:
    """How the relation between ``a`` and ``b`` changed: one row per period.

    Args:
        g: an event graph.
        a: one actor id.
        b: the other actor id.
        freq: one of ``FREQS``.
        both_directions: count ``b -> a`` events too.
        include_negated: count negated events as well.

    Returns:
        Rows with ``period``, ``events``, ``quad1`` to ``quad4`` and
        ``goldstein`` (mean), in period order; undated events are left out.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_edge("A", "B", quad_class=1, goldstein=4.0, date="2025-01-05")
        0
        >>> g.add_edge("B", "A", quad_class=4, goldstein=-10.0, date="2025-02-07")
        0
        >>> [(r["period"], r["goldstein"]) for r in dyad_timeline(g, "A", "B")]
        [('2025-01', 4.0), ('2025-02', -10.0)]
    """
    pairs = {(a, b), (b, a)} if both_directions else {(a, b)}
    acc: dict[str, dict[str, Any]] = {}
    for u, v, _, d in _events_of(g):
        if (u, v) not in pairs or _skip(d, include_negated):
            continue
        p = period_of(d.get("date"), freq)
        if p is None:
            continue
        r = acc.setdefault(p, {"period": p, "events": 0, "quad1": 0, "quad2": 0,
                               "quad3": 0, "quad4": 0, "_g": 0.0})  # fmt: skip
        r["events"] += 1
        if d.get("quad_class") in (1, 2, 3, 4):
            r[f"quad{d['quad_class']}"] += 1
        r["_g"] += float(d.get("goldstein") or 0.0)
    rows = [acc[p] for p in sorted(acc)]
    for r in rows:
        r["goldstein"] = r.pop("_g") / r["events"]
    return rows


# ---------------------------------------------------------------- time


def period_of(day: str | None, freq: str = "month") -> str | None:
    """The period an ISO date falls in.

    Periods are ``2025`` (year), ``2025-Q1``, ``2025-03``, ``2025-W11`` (ISO
    week) and ``2025-03-11`` (day).

    Example:
        >>> [period_of("2025-03-11", f) for f in FREQS]
        ['2025', '2025-Q1', '2025-03', '2025-W11', '2025-03-11']
        >>> period_of(None) is None
        True
    """
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, got {freq!r}")
    if not day:
        return None
    if freq == "year":
        return day[:4]
    if freq == "month":
        return day[:7]
    if freq == "day":
        return day[:10]
    d = _date.fromisoformat(day[:10])
    if freq == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def time_slice(
    g: nx.MultiDiGraph,
    start: str | None = None,
    end: str | None = None,
    undated: bool = False,
    keep_isolates: bool = False,
) -> nx.MultiDiGraph:
    """The events between two dates (inclusive), as a new graph.

    Bounds may be partial dates: ``end="2025-03"`` takes in all of March.

    Args:
        g: an event graph.
        start: first date, or ``None`` for no lower bound.
        end: last date, or ``None`` for no upper bound.
        undated: keep events without a date as well.
        keep_isolates: keep every node, not only those of the kept events.

    Returns:
        A new ``networkx.MultiDiGraph`` with the node and edge attributes of ``g``.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> for day in ("2025-02-28", "2025-03-01", "2025-03-31", "2025-04-01", None):
        ...     _ = g.add_edge("A", "B", date=day)
        >>> sorted(d["date"] for *_, d in time_slice(g, "2025-03", "2025-03").edges(data=True))
        ['2025-03-01', '2025-03-31']
    """
    out = nx.MultiDiGraph()
    out.graph.update(g.graph)
    if keep_isolates:
        out.add_nodes_from(g.nodes(data=True))
    for u, v, k, d in _events_of(g):
        day = d.get("date")
        if (undated and not day) or _in_range(day, start, end):
            for n in (u, v):
                if n not in out:
                    out.add_node(n, **g.nodes[n])
            out.add_edge(u, v, key=k, **d)
    return out


def split_by_period(g: nx.MultiDiGraph, freq: str = "month") -> dict[str, nx.MultiDiGraph]:
    """One graph per period (``period_of``), in period order; undated events are left out.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> for day in ("2025-01-05", "2025-01-20", "2025-03-02"):
        ...     _ = g.add_edge("A", "B", date=day)
        >>> {p: s.number_of_edges() for p, s in split_by_period(g).items()}
        {'2025-01': 2, '2025-03': 1}
    """
    keys: dict[str, list] = defaultdict(list)
    for u, v, k, d in _events_of(g):
        p = period_of(d.get("date"), freq)
        if p is not None:
            keys[p].append((u, v, k, d))
    out = {}
    for p in sorted(keys):
        s = nx.MultiDiGraph()
        for u, v, k, d in keys[p]:
            for n in (u, v):
                if n not in s:
                    s.add_node(n, **g.nodes[n])
            s.add_edge(u, v, key=k, **d)
        out[p] = s
    return out


def category_timeline(
    data: nx.Graph | Iterable[Event],
    freq: str = "month",
    attr: str = "plover",
    include_negated: bool = False,
) -> list[dict[str, Any]]:
    """Events per period and category, in long form (one row per pair).

    Args:
        data: an event graph (only events with both actors are edges) or
            the ``Event`` records themselves (every event counts).
        freq: one of ``FREQS``.
        attr: the edge attribute to count by: ``plover``, ``quad_class``,
            ``action``... For records, ``plover``, ``quad_class``, ``cameo``
            and ``action`` read the event's action.
        include_negated: count negated events as well.

    Returns:
        Rows ``{"period": ..., attr: ..., "events": n}`` sorted by period, then
        by count (largest first), then by category; undated events are left out.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> for day, cat in [("2025-01-05", "CONSULT"), ("2025-01-09", "CONSULT"),
        ...                  ("2025-02-01", "ASSAULT")]:
        ...     _ = g.add_edge("A", "B", date=day, plover=cat)
        >>> [tuple(r.values()) for r in category_timeline(g)]
        [('2025-01', 'CONSULT', 2), ('2025-02', 'ASSAULT', 1)]
    """
    counts: Counter = Counter()
    if isinstance(data, nx.Graph):
        for _, _, _, d in _events_of(data):
            if not _skip(d, include_negated):
                counts[(period_of(d.get("date"), freq), d.get(attr))] += _count(d)
    else:
        action_field = {"plover": "plover", "quad_class": "quad_class", "cameo": "cameo",
                        "action": "id"}.get(attr)  # fmt: skip
        for ev in data:
            if ev.negated and not include_negated:
                continue
            value = getattr(ev.action, action_field) if action_field else getattr(ev, attr)
            counts[(period_of(ev.date, freq), value)] += 1
    rows = [{"period": p, attr: c, "events": n} for (p, c), n in counts.items() if p is not None]
    rows.sort(key=lambda r: (r["period"], -r["events"], str(r[attr])))
    return rows


# ---------------------------------------------------------------- actors


def ego_network(g: nx.Graph, actor: Any, radius: int = 1, undirected: bool = True) -> nx.Graph:
    """The actor, everyone within ``radius`` steps of it, and the events among them.

    Args:
        g: an event graph or a dyad summary.
        actor: the centre (an actor id; see ``find_actors``).
        radius: steps from the centre.
        undirected: follow edges both ways (``False``: only what the actor did).

    Returns:
        A new graph of the same type as ``g``.

    Raises:
        networkx.NodeNotFound: the actor is not in ``g``.

    Example:
        >>> g = nx.MultiDiGraph([("A", "B"), ("C", "A"), ("C", "D")])
        >>> sorted(ego_network(g, "A")), sorted(ego_network(g, "A", undirected=False))
        (['A', 'B', 'C'], ['A', 'B'])
    """
    if actor not in g:
        raise nx.NodeNotFound(f"actor {actor!r} is not in the graph")
    return nx.ego_graph(g, actor, radius=radius, undirected=undirected).copy()


def find_actors(g: nx.Graph, text: str, limit: int | None = None) -> list[Any]:
    """Actors whose id, label, Arabic label or surface text contains ``text``.

    Matching is on folded text (``fold``), so case, accents and Arabic
    spelling variants do not matter. Exact matches come first, then prefix
    matches, then the rest, each by number of events.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("RUS", label="Russia", labels={"ar": "روسيا"}, texts=["موسكو"])
        >>> g.add_node("person/sergey-lavrov", label="Sergey Lavrov", texts=["لافروف"])
        >>> find_actors(g, "موسكو"), find_actors(g, "lavrov")
        (['RUS'], ['person/sergey-lavrov'])
    """
    q = fold(text)
    if not q:
        return []
    found = []
    for n, d in g.nodes(data=True):
        fields = [fold(str(n)), fold(d.get("label"))]
        fields += [fold(t) for t in (d.get("labels") or {}).values()]
        fields += [fold(t) for t in d.get("texts") or ()]
        if any(f == q for f in fields):
            rank = 0
        elif any(f.startswith(q) for f in fields):
            rank = 1
        elif any(q in f for f in fields):
            rank = 2
        else:
            continue
        found.append((rank, -g.degree(n), str(n), n))
    found.sort()
    ids = [n for *_, n in found]
    return ids[:limit] if limit is not None else ids


def to_countries(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Roll actors up to their country: ``RUS-GOV``, ``RUS-MIL`` and Russian persons become ``RUS``.

    The usual country-level view of GDELT/ICEWS. Actors with a ``country``
    attribute (an ISO code, or an organisation's own code) merge into a node
    of that id; others (concepts, groups of no country) stay as they are.
    Events keep their keys and attributes; events inside one country become
    self-loops.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("RUS-GOV", country="RUS", type="country", texts=["Moscow"])
        >>> g.add_node("person/sergey-lavrov", country="RUS", type="person", texts=["Lavrov"])
        >>> g.add_node("EGY-GOV", country="EGY", type="country", texts=["Cairo"])
        >>> g.add_edge("RUS-GOV", "EGY-GOV", key="e1")
        'e1'
        >>> g.add_edge("person/sergey-lavrov", "EGY-GOV", key="e2")
        'e2'
        >>> c = to_countries(g)
        >>> sorted(c.edges(keys=True)), c.nodes["RUS"]["label"], c.nodes["RUS"]["texts"]
        ([('RUS', 'EGY', 'e1'), ('RUS', 'EGY', 'e2')], 'Russia', ['Moscow', 'Lavrov'])
    """
    from kg.actors import countries, country

    known = countries()
    target = {n: d.get("country") or n for n, d in g.nodes(data=True)}
    out = nx.MultiDiGraph()
    out.graph.update(g.graph)
    for n, d in g.nodes(data=True):
        t = target[n]
        if t in out:
            texts = out.nodes[t]["texts"]
            texts.extend(x for x in d.get("texts") or () if x not in texts)
            continue
        if t == n:
            attrs = dict(d)
        elif t in g:
            attrs = dict(g.nodes[t])
        elif t in known:
            a = country(t, t)
            attrs = {"label": a.label, "labels": dict(a.labels), "type": "country",
                     "country": t, "sector": None, "qid": a.qid}  # fmt: skip
        else:
            attrs = {"label": t, "labels": {}, "type": d.get("type"),
                     "country": t, "sector": None, "qid": None}  # fmt: skip
        attrs["texts"] = list(d.get("texts") or ())
        out.add_node(t, **attrs)
    for u, v, k, d in _events_of(g):
        out.add_edge(target[u], target[v], key=k, **d)
    return out


# ---------------------------------------------------------------- summary


def load_events(path: str | Path) -> list[Event]:
    """The events of a graph file (Turtle, N-Triples, JSON-LD), a kg store directory, or JSONL.

    Raises:
        kg.rdf.sparql.GraphLoadError: the file is missing or cannot be parsed.
        kg.store.StoreError: the directory is not a kg store, or it is locked.
    """
    from kg.rdf.convert import events_from_graph

    path = Path(path)
    if path.is_dir():
        from kg.store import KGStore

        with KGStore(path, read_only=True) as store:
            return events_from_graph(store.graph())
    if path.suffix == ".jsonl":
        from kg.outputs import read_events_jsonl

        return read_events_jsonl(path)
    from kg.rdf.sparql import load_graph

    return events_from_graph(load_graph(path))


def summary(
    events: Iterable[Event],
    top: int = 10,
    freq: str = "month",
    include_negated: bool = False,
    countries: bool = False,
) -> dict[str, Any]:
    """What ``kg stats`` prints: totals, central actors, active dyads, categories over time.

    Actor degrees are counted by ``kg.counts`` (every event of the actor, negated
    ones and those with one side missing included), so they are the numbers of
    ``kg build``'s summary, the page and the ``top_actors`` query; betweenness is
    measured on the events with both sides. The dyads (events with both sides)
    and the timeline leave negated events out unless ``include_negated``, and
    the timeline leaves undated events out: ``notes`` says how many.

    Args:
        events: the events.
        top: rows per actor and dyad table.
        freq: period of the timeline (one of ``FREQS``).
        include_negated: count negated events in the dyads and the timeline too.
        countries: roll actors up to their country first (``to_countries``).

    Returns:
        ``{"totals", "notes", "actors_by_degree", "actors_by_betweenness",
        "dyads", "categories"}``: a dict of totals, a list of sentences, and
        lists of rows with values rounded for display.
    """
    events = list(events)
    g = events_to_networkx(events)
    key = None
    if countries:
        g = to_countries(g)

        def key(actor):
            return actor.country or actor.id  # as to_countries rolls nodes up

    counts = count_events(events, key)
    between = {r["actor"]: r["betweenness"] for r in centrality(g, include_negated=True)}
    rows = [
        {
            "actor": a.id,
            "label": g.nodes[a.id].get("label") or a.id,
            "degree": a.degree,
            "partners": a.partners,
            "betweenness": round(between.get(a.id, 0.0), 4),
        }
        for a in counts.actors.values()
    ]

    def actors(first: str, second: str) -> list[dict[str, Any]]:
        return sorted(rows, key=lambda r: (-r[first], -r[second], str(r["actor"])))[:top]

    dyads = [
        {**r, "goldstein": round(r["goldstein"], 2)}
        for r in dyad_table(g, top=top, include_negated=include_negated)
    ]
    return {
        "totals": {
            "events": counts.events,
            "articles": counts.articles,
            "actors": len(counts.actors),
            "concepts": counts.concepts,
            "drawn": counts.drawn,
            "negated": counts.negated,
            "undated": counts.undated,
        },
        "notes": counts.notes(include_negated),
        "actors_by_degree": actors("degree", "betweenness"),
        "actors_by_betweenness": actors("betweenness", "degree"),
        "dyads": dyads,
        "categories": category_timeline(events, freq=freq, include_negated=include_negated),
    }


_TITLES = {
    "actors_by_degree": "Top actors by degree (events they take part in)",
    "actors_by_betweenness": "Top actors by betweenness",
    "dyads": "Most active dyads (events per quad class, mean Goldstein)",
    "categories": "PLOVER categories over time",
}
_DYAD_COLS = ("source", "target", "events", "verbal_coop", "material_coop", "verbal_conflict",
              "material_conflict", "goldstein", "first_date", "last_date")  # fmt: skip


def _wide(rows: list[dict[str, Any]]):
    """Long timeline rows as one row per period and one column per category (a terminal view)."""
    from kg.rdf.sparql import QueryResult

    attr = next((k for k in rows[0] if k not in ("period", "events")), "category") if rows else ""
    totals: Counter = Counter()
    cells: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        totals[r[attr]] += r["events"]
        cells[r["period"]][r[attr]] += r["events"]
    cats = sorted(totals, key=lambda c: (-totals[c], str(c)))
    out = [(p, *(cells[p][c] or None for c in cats), sum(cells[p].values())) for p in sorted(cells)]
    return QueryResult(["period", *map(str, cats), "total"], out)


def _totals_line(t: dict[str, int]) -> str:
    return (
        f"{t['events']} events from {t['articles']} articles \u00b7 {t['actors']} actors "
        f"\u00b7 {t['concepts']} concepts"
    )


def format_summary(result: dict[str, Any], fmt: str = "table") -> str:
    """``summary`` output as text tables, CSV (sections headed ``# name``) or JSON."""
    import json

    from kg.rdf.sparql import QueryResult, format_result

    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=2)
    if fmt not in ("table", "csv"):
        raise ValueError(f"unknown format {fmt!r}: use table, csv or json")
    parts = []
    for name, rows in result.items():
        if name == "totals":
            if fmt == "table":
                parts.append(_totals_line(rows))
            else:
                table = QueryResult(list(rows), [tuple(rows.values())])
                parts.append(f"# totals\n{format_result(table, fmt)}")
            continue
        if name == "notes":
            if fmt == "table":
                parts.append("".join(f"Note: {n}.\n" for n in rows))
            elif rows:
                table = QueryResult(["note"], [(n,) for n in rows])
                parts.append(f"# notes\n{format_result(table, fmt)}")
            continue
        if fmt == "table" and name == "categories":
            table = format_result(_wide(rows), fmt)
            parts.append(f"{_TITLES[name]}\n\n{table}")
            continue
        if fmt == "table" and name == "dyads":
            cols = list(_DYAD_COLS)  # labels make the table too wide for a terminal
        else:
            cols = list(rows[0]) if rows else ["(none)"]
        table = format_result(QueryResult(cols, [tuple(r.get(c) for c in cols) for r in rows]), fmt)
        head = f"# {name}" if fmt == "csv" else f"{_TITLES[name]}\n"
        parts.append(f"{head}\n{table}")
    return "\n".join(parts)
