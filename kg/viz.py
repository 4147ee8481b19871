"""Offline interactive HTML page of the event graph (vis-network via pyvis).

pyvis assembles the node and edge lists and the vis options; the page itself
is written here so that it is one self-contained file: vis-network's JS and
CSS are inlined from the installed pyvis package, and nothing is fetched from
the network (no CDN, no fonts). Article text (actor names, sentences) is
untrusted: it travels as escaped JSON in a ``<script type="application/json">``
block and the page script builds tooltips with ``textContent`` only. A
Content-Security-Policy with script hashes stops any injected script and any
network request as a second line of defence.

The page lets an analyst filter events by PLOVER category, quad class, date
range and negation, switch between one edge per event and one edge per dyad
and category (``kg.graph.aggregate_by``; width by count), search actors in
English or Arabic (``kg.analytics.fold``), and read the sentences behind an
edge. Node size is the actor's degree (its number of events, ``kg.counts``).
The layout is computed once, for a bounded number of iterations, then physics
is switched off, so large graphs stay responsive. Above 400 drawn events the
page opens on the dyad view; labels too small to read are not drawn, and the
most active actors keep readable labels that do not cover each other.
"Reset" restores filters, search, selection and view.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import html
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network

from kg.analytics import fold
from kg.counts import EventCounts, count_events
from kg.graph import aggregate_by, events_to_networkx
from kg.lang import packs
from kg.outputs import atomic_open
from kg.records import Event

__all__ = [
    "EDGE_COLOURS",
    "EDGE_MODES",
    "NODE_STYLES",
    "QUAD_LABELS",
    "html_page",
    "notebook_html",
    "render_html",
]

_TEMPLATES = Path(__file__).parent / "templates"
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

# Shapes with the label below the node, so size can show degree.
NODE_STYLES: dict[str, dict[str, str]] = {
    "country": {"shape": "dot", "color": "#3b6fb6", "name": "country"},
    "person": {"shape": "diamond", "color": "#8e5ea2", "name": "person"},
    "organisation": {"shape": "square", "color": "#d49a00", "name": "organisation"},
    "group": {"shape": "triangle", "color": "#7b5a3c", "name": "group"},
    "concept": {"shape": "hexagon", "color": "#8c959d", "name": "concept"},
}
_OTHER = {"shape": "dot", "color": "#bbbbbb", "name": "other"}

QUAD_LABELS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
# Greens for cooperation, orange/red for conflict; light = verbal, dark = material.
EDGE_COLOURS = {1: "#4daf4a", 2: "#1b7837", 3: "#f08c00", 4: "#d7191c"}
_EDGE_OTHER = "#888888"

_LABEL_MAX = 48

EDGE_MODES = ("auto", "events", "dyads")
# Above this many drawn events "auto" opens the page on the dyad view (one
# edge per dyad and category): a few hundred curved edges per event are
# already a hairball. Above it edge labels are left off too (tooltips still
# have everything).
_AUTO_DYADS = 400
_MAX_EDGE_LABELS = 400
# Labels smaller than this on screen (px) are not drawn: zoom in to read them.
# The most active actors keep a readable label at any zoom (graph.js).
_MIN_LABEL_PX = 10
_HUB_LABELS = 25
_MAX_UNDRAWN = 5  # sentences of an actor's undrawn events kept for its details
_MAX_SEARCH_TEXTS = 6
# Wall-clock budget of the in-browser layout; then physics is switched off
# wherever the nodes are. Small graphs settle long before it.
_LAYOUT_BUDGET_MS = 8000

# vis-network options; pyvis passes them through unchanged.
_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "nodes": {
        "borderWidth": 1,
        "font": {
            "size": 15,
            "face": "system-ui, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
            "color": "#1a1a1a",
            "strokeWidth": 4,
            "strokeColor": "#ffffff",
        },
        # Labels too small to read on screen are not drawn.
        "scaling": {"label": {"drawThreshold": _MIN_LABEL_PX}},
    },
    "edges": {
        "width": 1.8,
        "smooth": {"enabled": False},  # straight by default; parallel edges get curves
        "hoverWidth": 1.5,
        "selectionWidth": 1.5,
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.7}},
        "font": {
            "size": 12,
            "face": "system-ui, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
            "color": "#333333",
            # A background, not a stroke: a stroke leaves the line showing between words.
            "strokeWidth": 0,
            "background": "rgba(255,255,255,0.85)",
            "align": "middle",
        },
        "scaling": {"label": {"drawThreshold": _MIN_LABEL_PX}},
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "keyboard": False, "multiselect": True},
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {
            "gravitationalConstant": -200,
            "centralGravity": 0.02,
            "springLength": 140,
            "springConstant": 0.08,
            "damping": 0.4,
            "avoidOverlap": 0.8,
        },
        "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 25, "fit": True},
    },
}


@cache
def _asset(path: Path, closing: str) -> str:
    text = path.read_text(encoding="utf-8")
    # Inlined code must not be able to end its own element early.
    if closing in text.lower():
        raise ValueError(f"{path} contains {closing!r}; cannot inline it")
    return text


def _json_for_script(obj: Any) -> str:
    """JSON that is inert inside a <script> element (and in any HTML parser state)."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_MAX else text[: _LABEL_MAX - 1] + "\u2026"


def _lang(code: str | None) -> str | None:
    # Only a plain language code may become a lang attribute.
    return code if code and re.fullmatch(r"[a-z]{2,3}", code) else None


def _smooth(index: int, count: int, forward: bool) -> dict[str, Any]:
    """Fan out parallel edges of one actor pair so each stays visible and hoverable."""
    offset = index - (count - 1) / 2  # ... -1, 0, 1 ... centred on the straight line
    if offset == 0:
        return {"enabled": False}
    clockwise = (offset > 0) == forward  # a reversed edge curves the other way
    return {
        "enabled": True,
        "type": "curvedCW" if clockwise else "curvedCCW",
        "roundness": min(0.9, 0.22 * abs(offset)),
    }


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    # Leave out empty fields: tens of thousands of edges make every byte count.
    return {k: v for k, v in d.items() if v is not None}


def _search_key(nid: str, label: str, labels: dict[str, str], texts: list[str]) -> str:
    seen: list[str] = []
    for text in (nid, label, *labels.values(), *texts):
        f = fold(text)
        if f and f not in seen:
            seen.append(f)
    return "\n".join(seen)


def _undrawn(events: list[Event]) -> dict[str, list[dict[str, Any]]]:
    """Per actor, the first few of its events that have one side missing."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        if ev.source is not None and ev.target is not None:
            continue
        actor, role = (ev.source, "source") if ev.source is not None else (ev.target, "target")
        if actor is None or len(out[actor.id]) >= _MAX_UNDRAWN:
            continue
        out[actor.id].append(
            _compact(
                {
                    "action_label": ev.action.label,
                    "role": role,
                    "date": ev.date,
                    "negated": ev.negated,
                    "sentence": ev.sentence,
                    "lang": _lang(ev.lang),
                }
            )
        )
    return out


def _node_items(
    g: nx.MultiDiGraph, counts: EventCounts, undrawn: dict[str, list[dict[str, Any]]]
) -> list[dict]:
    nodes = []
    for nid, a in g.nodes(data=True):
        kind = a.get("type") if a.get("type") in NODE_STYLES else "other"
        label = a.get("label") or nid
        texts = list(a.get("texts") or ())[:_MAX_SEARCH_TEXTS]
        labels = dict(a.get("labels") or {})
        c = counts.nodes[nid]  # every node is an actor or concept of some event
        nodes.append(
            {
                "id": nid,
                "label": _short(label),
                "group": kind,  # shape and colour come from the vis ``groups`` option
                "size": round(min(42.0, 11 + 6 * math.sqrt(c.degree)), 1),
                # more active actors get bigger labels, which stay drawn further out
                "font": {"size": round(min(30.0, 13 + 2.5 * math.sqrt(c.degree)), 1)},
                "kg": _compact(
                    {
                        "id": nid,
                        "label": label,
                        "labels": labels or None,
                        "type": a.get("type"),
                        "country": a.get("country"),
                        "sector": a.get("sector"),
                        "qid": a.get("qid"),
                        # kg.counts: every event of the actor, drawn or not
                        "degree": c.degree,
                        "undrawn": c.undrawn or None,
                        "undrawn_events": undrawn.get(nid),
                        "texts": texts,
                        # Folded once here; the page folds the query the same way.
                        "search": _search_key(nid, label, labels, texts),
                    }
                ),
            }
        )
    return nodes


def _groups() -> dict[str, Any]:
    out = {}
    for name, style in [*NODE_STYLES.items(), ("other", _OTHER)]:
        c = style["color"]
        out[name] = {
            "shape": style["shape"],
            "color": {
                "background": c,
                "border": "#333333",
                "highlight": {"background": c, "border": "#000000"},
                "hover": {"background": c, "border": "#000000"},
            },
        }
    return out


def _pairs(edges: Iterable[tuple[Any, Any, Any]]) -> dict[tuple, list]:
    """Edges grouped by unordered actor pair (both directions together)."""
    pairs: dict[tuple, list] = defaultdict(list)
    for u, v, key in edges:
        pairs[(u, v) if str(u) <= str(v) else (v, u)].append((u, v, key))
    return pairs


def _shape(edge: dict, u: Any, v: Any, i: int, n: int, first: Any) -> None:
    if u == v:
        edge["selfReference"] = {"size": 22, "angle": math.pi / 4 + i * 0.9}
    elif n > 1:
        smooth = _smooth(i, n, forward=(u == first))
        if smooth["enabled"]:  # straight is the default
            edge["smooth"] = smooth


def _colour(q: Any) -> str:
    # A plain colour: vis uses it for the normal, highlighted and hovered edge.
    return EDGE_COLOURS.get(q, _EDGE_OTHER)


def _event_items(g: nx.MultiDiGraph, labels: bool) -> list[dict]:
    edges = []
    for group in _pairs(g.edges(keys=True)).values():
        first = group[0][0]
        for i, (u, v, key) in enumerate(group):
            d = g.edges[u, v, key]
            q = d.get("quad_class")
            edge = {
                "id": key,
                "from": u,
                "to": v,
                "dashes": bool(d.get("negated")),
                "color": _colour(q),
                "kg": _compact(
                    {
                        "action": d.get("action"),
                        "action_label": d.get("action_label"),
                        "action_text": d.get("action_text"),
                        "plover": d.get("plover"),
                        "cameo": d.get("cameo"),
                        "quad": q,
                        "goldstein": d.get("goldstein"),
                        "date": d.get("date"),
                        "modality": d.get("modality"),
                        "negated": bool(d.get("negated")),
                        "confidence": d.get("confidence"),
                        "attributed_to": d.get("attributed_to"),
                        "doc_id": d.get("doc_id"),
                        "sentence": d.get("sentence"),
                        "lang": _lang(d.get("lang")),
                    }
                ),
            }
            if labels:
                edge["label"] = d.get("action_label") or d.get("action") or ""
            _shape(edge, u, v, i, len(group), first)
            edges.append(edge)
    return edges


def _dyad_items(g: nx.MultiDiGraph) -> list[dict]:
    """One edge per directed dyad and PLOVER category; the page sets width and label."""
    d = aggregate_by(g, "plover", include_negated=True)  # the page filters negation itself
    edges = []
    n = 0
    for group in _pairs(d.edges(keys=True)).values():
        first = group[0][0]
        for i, (u, v, cat) in enumerate(group):
            e = d.edges[u, v, cat]
            quads = [e[f"quad{q}"] for q in (1, 2, 3, 4)]
            q = 1 + quads.index(max(quads)) if any(quads) else None  # the dominant quad class
            edge = {
                "id": f"dyad:{n}",
                "from": u,
                "to": v,
                "color": _colour(q),
                "kg": _compact({"plover": cat, "quad": q, "events": e["events"]}),
            }
            n += 1
            _shape(edge, u, v, i, len(group), first)
            edges.append(edge)
    return edges


def _categories(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    counts: dict[Any, Counter] = defaultdict(Counter)
    for _, _, d in g.edges(data=True):
        counts[d.get("plover")][d.get("quad_class")] += 1
    rows = [
        {"name": cat, "events": sum(c.values()), "quad": c.most_common(1)[0][0]}
        for cat, c in counts.items()
    ]
    rows.sort(key=lambda r: (-r["events"], str(r["name"])))
    for r in rows:
        r["colour"] = EDGE_COLOURS.get(r["quad"], _EDGE_OTHER)
    return rows


def _options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    options = json.loads(json.dumps(_OPTIONS))  # a private copy
    options["groups"] = _groups()
    # Bounded layout: fewer iterations as the graph grows (each costs more),
    # progress reported often enough for the page's time budget to stop it,
    # and no Kamada-Kawai pre-layout, which is slow on thousands of nodes.
    size = n_nodes + n_edges
    stab = options["physics"]["stabilization"]
    stab["iterations"] = 200 if size <= 600 else max(60, int(200 * math.sqrt(600 / size)))
    stab["updateInterval"] = max(1, min(25, 15_000 // max(size, 1)))
    if n_nodes > 300:
        options["layout"]["improvedLayout"] = False
        fa2 = options["physics"]["forceAtlas2Based"]
        fa2["avoidOverlap"] = 0.0
        fa2["theta"] = 0.9  # coarser Barnes-Hut: faster, the layout is only a start
        options["interaction"]["hideEdgesOnDrag"] = True
    return options


def _network(g: nx.MultiDiGraph, labels: bool, nodes: list[dict]) -> Network:
    """The pyvis network for ``g``; lists are set directly (add_node is quadratic)."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="local")
    edges = _event_items(g, labels)
    net.nodes = nodes
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    net.edges = edges
    net.options = _options(len(nodes), len(edges))
    return net


def _svg(shape: str, colour: str) -> str:
    body = {
        "dot": '<circle cx="8" cy="8" r="6"/>',
        "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
        "square": '<rect x="2" y="2" width="12" height="12"/>',
        "triangle": '<polygon points="8,1.5 15,14 1,14"/>',
        "hexagon": '<polygon points="4,2 12,2 15.5,8 12,14 4,14 0.5,8"/>',
    }[shape]
    return (
        f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
        f'<g fill="{colour}" stroke="#333" stroke-width="1">{body}</g></svg>'
    )


def _line(colour: str, dashed: bool = False, width: float = 2.5) -> str:
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    return (
        f'<svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">'
        f'<line x1="1" y1="5" x2="21" y2="5" stroke="{colour}" stroke-width="{width}"{dash}/>'
        f'<polygon points="20,1 27,5 20,9" fill="{colour}"/></svg>'
    )


def _legend() -> str:
    items = [f"<li>{_svg(s['shape'], s['color'])}{s['name']}</li>" for s in NODE_STYLES.values()]
    return (
        '<ul class="kg-shapes">'
        + "".join(items)
        + "</ul><ul>"
        + "<li>node size = number of events</li>"
        + f"<li>{_line('#555555')}colour = quad class (below)</li>"
        + f"<li>{_line('#555555', dashed=True)}negated: did not happen</li>"
        + f"<li>{_line('#555555', width=5)}width = events (dyad view)</li>"
        + "</ul>"
    )


def _quad_filters() -> str:
    return "".join(
        f'<label class="kg-check"><input type="checkbox" name="kg-quad" value="{q}" checked>'
        f"{_line(EDGE_COLOURS[q])}<span>{q} \u00b7 {QUAD_LABELS[q]}</span></label>"
        for q in QUAD_LABELS
    )


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _fill(template: str, values: dict[str, str]) -> str:
    # One pass, so text inserted for one placeholder is never scanned for another.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], template)


def _mode(edge_mode: str, n_events: int) -> str:
    if edge_mode not in EDGE_MODES:
        raise ValueError(f"edge_mode must be one of {', '.join(EDGE_MODES)}, got {edge_mode!r}")
    if edge_mode == "auto":
        return "dyads" if n_events > _AUTO_DYADS else "events"
    return edge_mode


@contextmanager
def _gc_paused() -> Iterator[None]:
    # The page build allocates millions of small dicts and lists and makes no
    # reference cycles; without a pause the cyclic collector keeps rescanning
    # them (a third of the time on a 50,000-event page).
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def html_page(events: Iterable[Event], title: str = "kg events", edge_mode: str = "auto") -> str:
    """The complete, self-contained HTML page for ``events``.

    Nodes are actors and concepts (shape and colour by type, size by number of
    events); each event with a source and a target is an arrow labelled with
    its action, coloured by quad class and dashed when negated. A side panel
    filters by PLOVER category, quad class, date range and negation, searches
    actors (English or Arabic names and the article's own words), and switches
    to the dyad view: one edge per dyad and category, its width the number of
    events, its tooltip the sentences. Hovering shows details; clicking keeps
    them in the panel.

    The page exposes ``window.kgNetwork``, ``window.kgNodes`` (all nodes),
    ``window.kgEdges`` (all event edges), ``window.kgDyads`` (all dyad edges),
    ``window.kgVisibleNodes`` and ``window.kgVisibleEdges`` (what the filters
    let through) as vis data sets or views, ``window.kgTooltip(id)`` (the
    tooltip element of a node or edge), ``window.kgFindActors(text)`` and
    ``window.kgTimings`` (loading steps, in ms), and sets ``window.kgReady``
    once the layout has settled and physics is off.

    Args:
        events: coded events.
        title: page title and heading (treated as plain text).
        edge_mode: the view the page opens with: ``"events"``, ``"dyads"``,
            or ``"auto"`` (dyads above 400 drawn events).

    Returns:
        The HTML document as a string.
    """
    with _gc_paused():
        return _page(events, title, edge_mode)


def _summary(counts: EventCounts) -> str:
    """The header line: what the page draws, and what it cannot (kg.counts)."""
    line = (
        f"{len(counts.actors)} actors \u00b7 {counts.concepts} concepts \u00b7 "
        f"{counts.drawn} of {counts.events} events drawn"
    )
    if counts.undrawn:
        line += (
            f" ({counts.undrawn} have no target or no source: "
            "they are counted in their actor's details)"
        )
    return line


def _page(events: Iterable[Event], title: str, edge_mode: str) -> str:
    events = list(events)
    g = events_to_networkx(events)
    counts = count_events(events)
    n_edges = g.number_of_edges()
    mode = _mode(edge_mode, n_edges)
    dyads = _dyad_items(g)
    labels = {"events": n_edges <= _MAX_EDGE_LABELS, "dyads": len(dyads) <= _MAX_EDGE_LABELS}
    node_items = _node_items(g, counts, _undrawn(events))
    net = _network(g, labels["events"], node_items)
    nodes, edges, _, _, _, options = net.get_network_data()
    dates = sorted(d for _, _, d in g.edges(data="date") if d)
    data = _json_for_script(
        {
            "nodes": nodes,
            "edges": edges,
            "dyads": dyads,
            "categories": _categories(g),
            "dates": [dates[0], dates[-1]] if dates else None,
            "mode": mode,
            "labels": labels,
            "quads": {str(q): label for q, label in QUAD_LABELS.items()},
            "layout_budget_ms": _LAYOUT_BUDGET_MS,
            "label_px": _MIN_LABEL_PX,
            "hub_labels": _HUB_LABELS,
            "undrawn": counts.undrawn,
            "options": json.loads(options),
            "fold": [pack.fold.to_json() for pack in packs().values()],
        }
    )
    vis_js = _asset(_VIS / "vis-network.min.js", "</script")
    app_js = _asset(_TEMPLATES / "graph.js", "</script")
    csp = (
        "default-src 'none'; "
        f"script-src 'sha256-{_sha256(vis_js)}' 'sha256-{_sha256(app_js)}'; "
        "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    empty = (
        '<p class="kg-empty">No events with both a source and a target.</p>' if n_edges == 0 else ""
    )
    return _fill(
        (_TEMPLATES / "graph.html").read_text(encoding="utf-8"),
        {
            "CSP": csp,
            "TITLE": html.escape(title),
            "SUMMARY": html.escape(_summary(counts)),
            "VIS_CSS": _asset(_VIS / "vis-network.css", "</style"),
            "PAGE_CSS": _asset(_TEMPLATES / "graph.css", "</style"),
            "EMPTY": empty,
            "LEGEND": _legend(),
            "QUADS": _quad_filters(),
            "DATA": data,
            "VIS_JS": vis_js,
            "APP_JS": app_js,
        },
    )


def render_html(
    events: Iterable[Event], path: str | Path, title: str = "kg events", edge_mode: str = "auto"
) -> Path:
    """Write ``html_page(events, title, edge_mode)`` to ``path`` atomically and return the path."""
    path = Path(path)
    text = html_page(events, title, edge_mode=edge_mode)
    with atomic_open(path) as fh:
        fh.write(text)
    return path


def notebook_html(
    events: Iterable[Event], title: str = "kg events", height: int = 640, edge_mode: str = "auto"
) -> str:
    """The page as an ``<iframe srcdoc>`` for Jupyter: ``IPython.display.HTML(notebook_html(evs))``.

    The page is inlined, so it works offline and in a saved notebook; the
    sandbox lets its scripts run but keeps them away from the notebook.
    """
    page = html_page(events, title, edge_mode=edge_mode)
    return (
        f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(page, quote=True)}" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;" '
        f'title="{html.escape(title, quote=True)}"></iframe>'
    )
