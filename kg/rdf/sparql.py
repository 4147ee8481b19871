"""SPARQL over kg graphs: saved queries, parameters, and printable results.

Saved queries live in ``kg/rdf/queries/*.rq``. A query declares its
parameters in header comments (``# param a: ...``); ``run_query`` binds them
as literals, or as IRIs when given as ``<...>`` or ``http(s)://...``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef, Variable
from rdflib.util import guess_format

from kg.rdf.namespaces import bind_all

__all__ = [
    "QUERY_DIR",
    "GraphLoadError",
    "QueryResult",
    "format_result",
    "load_graph",
    "query_params",
    "run_query",
    "saved_queries",
]

QUERY_DIR = Path(__file__).parent / "queries"
_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:", re.MULTILINE)
_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".n3": "n3"}


class GraphLoadError(ValueError):
    """A graph file is missing or cannot be parsed."""


@dataclass(frozen=True)
class QueryResult:
    """Variables and rows of a query; values are str, int, float, bool or None.

    ASK gives one row ``(True,)`` or ``(False,)`` under ``ask``; CONSTRUCT and
    DESCRIBE give ``subject, predicate, object`` rows.
    """

    vars: list[str]
    rows: list[tuple] = field(default_factory=list)


@cache
def saved_queries() -> dict[str, str]:
    """Saved query name (file stem) -> SPARQL text."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERY_DIR.glob("*.rq"))}


def query_params(query: str) -> list[str]:
    """The parameter names a query declares with ``# param NAME:`` lines."""
    return _PARAM.findall(query)


def load_graph(path: str | Path) -> Graph:
    """Parse an RDF file, choosing the syntax from its extension (Turtle by default).

    Raises:
        GraphLoadError: the file does not exist or does not parse.
    """
    path = Path(path)
    if path.is_dir():
        hint = (
            "a kg store: give it with --store"
            if (path / "CURRENT").is_file()
            else "give a graph file, e.g. the graph.ttl kg build --out writes"
        )
        raise GraphLoadError(f"{path}: a directory, not a graph file ({hint})")
    if not path.is_file():
        raise GraphLoadError(f"{path}: no such file")
    fmt = _FORMATS.get(path.suffix.lower()) or guess_format(str(path)) or "turtle"
    g = Graph()
    try:
        g.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many types; name the file in all cases
        raise GraphLoadError(f"{path}: cannot parse as {fmt}: {exc}") from exc
    bind_all(g)
    return g


def _term(value: str) -> URIRef | Literal:
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if value.startswith(("http://", "https://")):
        return URIRef(value)
    return Literal(value)


def _value(term):
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        v = term.toPython()
        if isinstance(v, bool | int | float | str):
            return v
        if isinstance(v, Decimal):
            return float(v)
        if isinstance(v, date | datetime):
            return v.isoformat()
        return str(term)
    return str(term)


def run_query(graph: Graph, query: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run ``query`` (SPARQL text, or the name of a saved query) on ``graph``.

    Args:
        graph: the data.
        query: SPARQL text, or a key of ``saved_queries()``.
        params: values for the query's variables (``{"a": "RUS"}`` binds ``?a``).

    Raises:
        ValueError: a declared parameter is missing, or an unknown one is given.
    """
    query = saved_queries().get(query, query)
    params = dict(params or {})
    declared = query_params(query)
    if declared:
        missing = [p for p in declared if p not in params]
        unknown = [p for p in params if p not in declared]
        problems = []
        if missing:
            problems.append(f"missing parameter(s) {', '.join(missing)}")
        if unknown:
            problems.append(f"unknown parameter(s) {', '.join(unknown)}")
        if problems:
            raise ValueError(f"{'; '.join(problems)} (the query takes: {', '.join(declared)})")
    bindings = {Variable(k): _term(v) for k, v in params.items()}
    res = graph.query(query, initBindings=bindings)
    if res.type == "ASK":
        return QueryResult(["ask"], [(bool(res.askAnswer),)])
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        rows = sorted(tuple(_value(t) for t in triple) for triple in res.graph)
        return QueryResult(["subject", "predicate", "object"], rows)
    names = [str(v) for v in res.vars]
    return QueryResult(names, [tuple(_value(row[v]) for v in res.vars) for row in res])


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """``result`` as an aligned text table, CSV or JSON (a list of objects)."""
    if fmt == "json":
        return json.dumps(
            [dict(zip(result.vars, row, strict=True)) for row in result.rows],
            ensure_ascii=False,
            indent=2,
        )
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.vars)
        w.writerows([_cell(v) for v in row] for row in result.rows)
        return buf.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}: use table, csv or json")
    cells = [[_cell(v).replace("\n", " ") for v in row] for row in result.rows]
    widths = [len(v) for v in result.vars]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.vars, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
