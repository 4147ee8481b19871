"""The ``kg`` command: a thin typer layer over the pure functions of the package."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


class Fmt(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _params(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        if "=" not in item:
            raise typer.BadParameter(f"--param needs NAME=VALUE, got {item!r}")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help=".txt files, directories, JSONL files")],
    out: Annotated[Path, typer.Option("--out", help="output directory")] = Path("out"),
    base: Annotated[str | None, typer.Option(help="base IRI for instance data")] = None,
) -> None:
    """Extract events and write DIR/events.jsonl, DIR/graph.ttl and DIR/graph.html."""
    from kg.build import build as run_build
    from kg.build import write_outputs

    result = run_build(paths)
    for msg in result.errors:
        _err(f"error: {msg}")
    if not result.articles:
        _err("error: no article could be processed")
        raise typer.Exit(1)
    written = write_outputs(result, out, base=base)
    typer.echo(
        f"articles {len(result.articles)}  sentences {result.sentences}  "
        f"events {len(result.events)}  errors {len(result.errors)}"
    )
    for cat, n in sorted(result.per_category.items(), key=lambda kv: (-kv[1], kv[0])):
        typer.echo(f"  {cat:<10} {n}")
    actors = result.actors
    typer.echo(
        f"actors {len(actors)}: " + ", ".join(f"{a} ({n})" for a, n in actors.most_common(12))
    )
    for name, path in written.items():
        typer.echo(f"{name:<7} {path}")


@app.command()
def query(
    graph: Annotated[Path, typer.Argument(help="a Turtle graph written by kg build")],
    text: Annotated[str | None, typer.Argument(help="SPARQL query text")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="read the query from a .rq file")
    ] = None,
    saved: Annotated[str | None, typer.Option("--saved", help="name of a saved query")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", help="NAME=VALUE for saved queries")
    ] = None,
    fmt: Annotated[Fmt, typer.Option("--format")] = Fmt.table,
) -> None:
    """Run a SPARQL query on a graph and print the answer."""
    from kg.rdf.sparql import format_result, load_graph, run_query, saved_queries

    given = [x is not None for x in (text, file, saved)]
    if sum(given) != 1:
        _err("error: give exactly one of QUERY, --file or --saved")
        raise typer.Exit(2)
    if saved is not None:
        queries = saved_queries()
        if saved not in queries:
            _err(f"error: no saved query {saved!r}; saved: {', '.join(sorted(queries))}")
            raise typer.Exit(2)
        text = queries[saved]
    elif file is not None:
        text = file.read_text(encoding="utf-8")
    try:
        result = run_query(load_graph(graph), text, _params(param))
    except Exception as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    typer.echo(format_result(result, fmt.value))


@app.command()
def validate(graph: Annotated[Path, typer.Argument(help="a Turtle graph")]) -> None:
    """Check a graph against the project's SHACL shapes."""
    from kg.rdf.shacl import validate as run_validate
    from kg.rdf.sparql import load_graph

    try:
        report = run_validate(load_graph(graph))
    except Exception as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    if report.conforms:
        typer.echo(f"{graph}: conforms")
        return
    for v in report.violations:
        typer.echo(json.dumps(v, ensure_ascii=False, default=str))
    typer.echo(f"{graph}: {len(report.violations)} violation(s)")
    raise typer.Exit(1)


@app.command()
def viz(
    graph: Annotated[Path, typer.Argument(help="a Turtle graph")],
    out: Annotated[Path, typer.Option("--out", help="HTML file to write")] = Path("graph.html"),
) -> None:
    """Draw the interactive HTML page from an existing graph."""
    from kg.rdf.convert import events_from_graph
    from kg.rdf.sparql import load_graph
    from kg.viz import render_html

    try:
        events = events_from_graph(load_graph(graph))
    except Exception as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    render_html(events, out, title=f"kg: {graph.name}")
    typer.echo(f"{len(events)} events -> {out}")


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="gold JSONL (../shared/bench format)")],
    out: Annotated[
        Path | None, typer.Option("--out", help="also write predicted events here")
    ] = None,
    show_misses: Annotated[bool, typer.Option("--show-misses")] = False,
) -> None:
    """Extract from the gold documents and score them (same rules as bench/score.py)."""
    from kg.build import extract
    from kg.evaluate import gold_articles, load_gold, score_both
    from kg.outputs import write_events_jsonl
    from kg.records import Article

    docs = load_gold(gold)
    events = []
    for item, evs, _ in extract(gold_articles(docs)):
        if not isinstance(item, Article):
            _err(f"error: {item}")
        events.extend(evs)
    if out is not None:
        write_events_jsonl(out, events)
    preds = [e.to_dict() for e in events]
    scores = score_both(docs, preds)

    def f(v):
        return "  n/a" if v is None else f"{v:5.3f}"

    typer.echo(f"docs {len(docs)}  events {len(events)}")
    for mode in ("strict", "lenient"):
        s = scores[mode]
        typer.echo(f"{mode:8s} P {f(s.precision)}  R {f(s.recall)}  F1 {f(s.f1)}")
    if show_misses:
        for miss in scores["strict"].misses:
            typer.echo("MISS " + json.dumps(miss, ensure_ascii=False))


def main() -> None:  # pragma: no cover
    sys.exit(app())
