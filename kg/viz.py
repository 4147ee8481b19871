"""Offline interactive HTML page of the event graph (vis-network via pyvis).

pyvis assembles the node and edge lists and the vis options; the page itself
is written here so that it is one self-contained file: vis-network's JS and
CSS are inlined from the installed pyvis package, and nothing is fetched from
the network (no CDN, no fonts). Article text (actor names, sentences) is
untrusted: it travels as escaped JSON in a ``<script type="application/json">``
block and the page script builds tooltips with ``textContent`` only. A
Content-Security-Policy with script hashes stops any injected script and any
network request as a second line of defence.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network

from kg.graph import events_to_networkx
from kg.outputs import atomic_open
from kg.records import Event

__all__ = ["EDGE_COLOURS", "NODE_STYLES", "QUAD_LABELS", "html_page", "render_html"]

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
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "keyboard": False, "multiselect": True},
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {
            "gravitationalConstant": -200,
            "centralGravity": 0.01,
            "springLength": 190,
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


def _vis_lists(g: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    nodes = []
    for nid, a in g.nodes(data=True):
        style = NODE_STYLES.get(a.get("type") or "", _OTHER)
        degree = g.degree(nid)
        label = a.get("label") or nid
        nodes.append(
            {
                "id": nid,
                "label": _short(label),
                "shape": style["shape"],
                "size": round(min(42.0, 11 + 6 * math.sqrt(degree)), 1),
                "color": {
                    "background": style["color"],
                    "border": "#333333",
                    "highlight": {"background": style["color"], "border": "#000000"},
                    "hover": {"background": style["color"], "border": "#000000"},
                },
                "kg": {
                    "id": nid,
                    "label": label,
                    "label_ar": a.get("label_ar"),
                    "type": a.get("type"),
                    "country": a.get("country"),
                    "sector": a.get("sector"),
                    "qid": a.get("qid"),
                    "degree": degree,
                },
            }
        )

    pairs: dict[frozenset, list] = defaultdict(list)
    for u, v, key in g.edges(keys=True):
        pairs[frozenset((u, v))].append((u, v, key))
    edges = []
    for group in pairs.values():
        first = group[0][0]
        for i, (u, v, key) in enumerate(group):
            d = g.edges[u, v, key]
            q = d.get("quad_class")
            colour = EDGE_COLOURS.get(q, _EDGE_OTHER)
            edge = {
                "id": key,
                "from": u,
                "to": v,
                "label": d.get("action_label") or d.get("action") or "",
                "arrows": "to",
                "dashes": bool(d.get("negated")),
                "color": {"color": colour, "highlight": colour, "hover": colour},
                "kg": {
                    "from_label": g.nodes[u].get("label") or u,
                    "to_label": g.nodes[v].get("label") or v,
                    "action": d.get("action"),
                    "action_label": d.get("action_label"),
                    "action_text": d.get("action_text"),
                    "plover": d.get("plover"),
                    "cameo": d.get("cameo"),
                    "quad_label": f"{q} \u00b7 {QUAD_LABELS[q]}" if q in QUAD_LABELS else q,
                    "goldstein": d.get("goldstein"),
                    "date": d.get("date"),
                    "modality": d.get("modality"),
                    "negated": bool(d.get("negated")),
                    "attributed_to": d.get("attributed_to"),
                    "doc_id": d.get("doc_id"),
                    "sentence": d.get("sentence"),
                    "lang": _lang(d.get("lang")),
                },
            }
            if u == v:
                edge["selfReference"] = {"size": 22, "angle": math.pi / 4 + i * 0.9}
            else:
                edge["smooth"] = _smooth(i, len(group), forward=(u == first))
            edges.append(edge)
    return nodes, edges


def _network(g: nx.MultiDiGraph) -> Network:
    """The pyvis network for ``g``; lists are set directly (add_node is quadratic)."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="local")
    nodes, edges = _vis_lists(g)
    net.nodes = nodes
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    net.edges = edges
    net.options = json.loads(json.dumps(_OPTIONS))  # a private copy
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


def _line(colour: str, dashed: bool = False) -> str:
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    return (
        f'<svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">'
        f'<line x1="1" y1="5" x2="21" y2="5" stroke="{colour}" stroke-width="2.5"{dash}/>'
        f'<polygon points="20,1 27,5 20,9" fill="{colour}"/></svg>'
    )


def _legend() -> str:
    items = [f"<li>{_svg(s['shape'], s['color'])}{s['name']}</li>" for s in NODE_STYLES.values()]
    quads = [f"<li>{_line(EDGE_COLOURS[q])}{q} {QUAD_LABELS[q]}</li>" for q in QUAD_LABELS]
    quads.append(f"<li>{_line('#555555', dashed=True)}negated (did not happen)</li>")
    return (
        "<h2>Actors (size = events)</h2><ul>"
        + "".join(items)
        + "</ul><h2>Events (quad class)</h2><ul>"
        + "".join(quads)
        + "</ul>"
    )


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _fill(template: str, values: dict[str, str]) -> str:
    # One pass, so text inserted for one placeholder is never scanned for another.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], template)


def html_page(events: Iterable[Event], title: str = "kg events") -> str:
    """The complete, self-contained HTML page for ``events``.

    Nodes are actors and concepts (shape and colour by type, size by number of
    events); each event with a source and a target is an arrow labelled with
    its action, coloured by quad class and dashed when negated. Hovering shows
    the details and the source sentence. The page exposes ``window.kgNetwork``,
    ``window.kgNodes`` and ``window.kgEdges`` (vis DataSets) and sets
    ``window.kgReady`` once the layout has settled.

    Args:
        events: coded events.
        title: page title and heading (treated as plain text).

    Returns:
        The HTML document as a string.
    """
    g = events_to_networkx(events)
    nodes, edges, _, _, _, options = _network(g).get_network_data()
    data = _json_for_script({"nodes": nodes, "edges": edges, "options": json.loads(options)})
    vis_js = _asset(_VIS / "vis-network.min.js", "</script")
    app_js = _asset(_TEMPLATES / "graph.js", "</script")
    csp = (
        "default-src 'none'; "
        f"script-src 'sha256-{_sha256(vis_js)}' 'sha256-{_sha256(app_js)}'; "
        "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    n_nodes, n_edges = g.number_of_nodes(), g.number_of_edges()
    empty = (
        '<p class="kg-empty">No events with both a source and a target.</p>' if n_edges == 0 else ""
    )
    return _fill(
        (_TEMPLATES / "graph.html").read_text(encoding="utf-8"),
        {
            "CSP": csp,
            "TITLE": html.escape(title),
            "SUMMARY": f"{n_nodes} actors \u00b7 {n_edges} events \u00b7 hover for details",
            "VIS_CSS": _asset(_VIS / "vis-network.css", "</style"),
            "PAGE_CSS": _asset(_TEMPLATES / "graph.css", "</style"),
            "EMPTY": empty,
            "LEGEND": _legend(),
            "DATA": data,
            "VIS_JS": vis_js,
            "APP_JS": app_js,
        },
    )


def render_html(events: Iterable[Event], path: str | Path, title: str = "kg events") -> Path:
    """Write ``html_page(events, title)`` to ``path`` atomically and return the path."""
    path = Path(path)
    text = html_page(events, title)
    with atomic_open(path) as fh:
        fh.write(text)
    return path
