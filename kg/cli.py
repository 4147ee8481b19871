"""The ``kg`` command: a thin typer layer over the pure functions of the package."""

from __future__ import annotations

import atexit
import gc
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

# At exit Python's collector makes a last full pass over every object of the run and of
# every module loaded (a quarter of a second after kg build) before reference counting
# frees them anyway: the objects alive at exit are left out of it.
atexit.register(gc.freeze)


class Fmt(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _check_choice(flag: str, value: str, allowed) -> None:
    if value not in allowed:
        _err(f"error: {flag} must be one of {', '.join(allowed)}")
        raise typer.Exit(2)


def _events_or_exit(load, path: Path):
    """Events of a graph file or store; a clear error and exit 1 when it cannot be read."""
    try:
        return load(path)
    except Exception as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None


_GRAPH_SUFFIXES = (".ttl", ".nt", ".nq", ".trig", ".jsonld", ".json", ".n3", ".rdf", ".xml")


def _is_graph_file(arg: str) -> bool:
    """Whether a positional argument names a graph file rather than SPARQL text."""
    if arg.lower().endswith(_GRAPH_SUFFIXES):
        return True
    try:
        return Path(arg).is_file()
    except OSError:  # query text too long to be a file name
        return False


def _params(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        if "=" not in item:
            raise typer.BadParameter(f"--param needs NAME=VALUE, got {item!r}")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def _date_option(value: str | None) -> str | None:
    if value is None:
        return None
    from kg.ingest import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--date") from None


@app.command()
def build(
    paths: Annotated[
        list[str], typer.Argument(help=".txt files, directories, JSONL files, glob patterns")
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="output directory (default: out, unless --store); parts with dask"
        ),
    ] = None,
    base: Annotated[str | None, typer.Option(help="base IRI for instance data")] = None,
    store: Annotated[
        Path | None, typer.Option("--store", help="add the articles to this kg store")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-j",
            min=1,
            help="extraction processes (default: one per core, at most 4, for inputs of 2 MB "
            "or more; else 1)",
        ),
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="local, or dask (N-Triples and event parts in --out)")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="tcp://HOST:PORT (--engine dask; default: a local one)"),
    ] = None,
    max_article_bytes: Annotated[
        int, typer.Option("--max-article-bytes", help="bigger articles are split or rejected")
    ] = 1_000_000,
    max_input_bytes: Annotated[
        int,
        typer.Option("--max-input-bytes", help="the most read for one article (a line, a file)"),
    ] = 64_000_000,
    oversize: Annotated[
        str, typer.Option("--oversize", help="split (at paragraphs) or reject big articles")
    ] = "split",
    date: Annotated[
        str | None,
        typer.Option("--date", help="YYYY-MM-DD of articles that give none (.txt files)"),
    ] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="check every graph against the SHACL shapes")
    ] = False,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="leave out events below this confidence (default 0.35; 0 keeps all)",
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="articles per store transaction")
    ] = 64,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="progress on stderr (default: on a tty)"),
    ] = None,
) -> None:
    """Extract events and write DIR/events.jsonl, DIR/graph.ttl and DIR/graph.html,
    and/or add them to a persistent store (--store: articles already there are
    skipped; a batch of articles per transaction, so after an interruption the
    same command finishes the job). The corpus is streamed in every case."""
    from kg.build import ENGINES, run
    from kg.limits import Limits
    from kg.rdf.convert import DEFAULT_BASE
    from kg.report import Progress, summary
    from kg.sinks import OutputSink, StoreSink

    try:
        limits = Limits(
            max_article_bytes=max_article_bytes,
            max_input_bytes=max_input_bytes,
            oversize=oversize,
        )
    except ValueError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
    _check_choice("--engine", engine, ENGINES)
    default_date = _date_option(date)
    iri_base = base or DEFAULT_BASE
    if engine == "dask" and out is None:
        _err("error: --engine dask writes parts to --out DIR; then: kg load DIR --store S")
        raise typer.Exit(2)
    if workers is None:
        from kg.workers import auto_workers

        workers = auto_workers(paths) if engine == "local" else 1
    show = Progress(enabled=sys.stderr.isatty() if progress is None else progress)
    # SHACL once per article: in the workers for a store or parts, else on the whole graph
    per_article = validate and (store is not None or engine == "dask")
    sinks = []
    try:
        if engine == "dask":
            from kg.distributed import PartsSink

            sinks.append(PartsSink(out, iri_base))
        elif out is not None or store is None:
            whole = validate and not per_article
            sinks.append(OutputSink(out or Path("out"), iri_base, validate=whole))
        if store is not None:
            sinks.append(StoreSink(store, iri_base, batch_size=batch_size))
        report = run(
            paths,
            sinks,
            workers=workers,
            engine=engine,
            scheduler=scheduler,
            limits=limits,
            base=iri_base,
            validate=per_article,
            default_date=default_date,
            progress=show,
            min_confidence=min_confidence,
        )
    except Exception as exc:  # a store in use, a dead worker, no dask, no scheduler, a write
        for sink in sinks:
            sink.abort()
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    for msg in report.errors:
        _err(f"error: {msg}")
    typer.echo(summary(report))
    if report.interrupted:
        raise typer.Exit(130)
    if report.articles == 0 and report.unchanged == 0:
        _err("error: no article could be processed")
        raise typer.Exit(1)


@app.command()
def query(
    graph: Annotated[
        str | None, typer.Argument(help="a Turtle graph written by kg build (not with --store)")
    ] = None,
    text: Annotated[str | None, typer.Argument(help="SPARQL query text")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="read the query from a .rq file")
    ] = None,
    saved: Annotated[str | None, typer.Option("--saved", help="name of a saved query")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", help="NAME=VALUE for saved queries")
    ] = None,
    fmt: Annotated[Fmt, typer.Option("--format")] = Fmt.table,
    store: Annotated[
        Path | None, typer.Option("--store", help="query this kg store instead of a graph file")
    ] = None,
    timeout: Annotated[
        float,
        typer.Option("--timeout-s", min=0, help="with --store: time limit, seconds (0: none)"),
    ] = 30.0,
    memory: Annotated[
        int,
        typer.Option("--memory-mb", min=0, help="with --store: memory ceiling (0: none)"),
    ] = 2048,
) -> None:
    """Run a SPARQL query on a graph (or a store) and print the answer.

    On a store the query runs in a process of its own, stopped at the time limit
    or the memory ceiling; a query that crashes the engine is an error."""
    from kg.rdf.sparql import format_result, load_graph, run_query, saved_queries

    if store is not None and graph is not None:
        if text is not None or _is_graph_file(graph):
            _err(
                f"error: {graph} is a graph file and {store} a store: query one of them, "
                f"kg query {graph} ... or kg query --store {store} ..."
            )
            raise typer.Exit(2)
        graph, text = None, graph  # with --store the one argument is the query
    if store is None and graph is None:
        _err("error: give a graph file (kg query DIR/graph.ttl ...) or a store (--store DIR)")
        raise typer.Exit(2)
    given = [
        name
        for name, x in (("QUERY text", text), ("--file", file), ("--saved", saved))
        if x is not None
    ]
    if len(given) != 1:
        what = f"both {' and '.join(given)}" if given else "none"
        _err(
            f"error: give the query one way: QUERY text, --file q.rq or --saved NAME "
            f"(got {what}; saved queries: {', '.join(sorted(saved_queries()))})"
        )
        raise typer.Exit(2)
    if saved is not None:
        queries = saved_queries()
        if saved not in queries:
            _err(f"error: no saved query {saved!r}; saved: {', '.join(sorted(queries))}")
            raise typer.Exit(2)
        text = queries[saved]
    elif file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            _err(f"error: {file}: {getattr(exc, 'strerror', None) or exc}")
            raise typer.Exit(1) from None
    try:
        if store is not None:
            from kg.store.engine import run_query as run_bounded

            result = run_bounded(
                store, text, _params(param), timeout_s=timeout or None, memory_mb=memory
            )
        else:
            result = run_query(load_graph(graph), text, _params(param))
    except Exception as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    typer.echo(format_result(result, fmt.value))


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="a graph file (graph.ttl) or a kg store directory")],
) -> None:
    """Check a graph file, or a store's default graph, against the project's SHACL shapes."""
    from kg.rdf.shacl import validate as run_validate
    from kg.rdf.sparql import load_graph

    def load():
        if not graph.is_dir():
            return load_graph(graph)
        from kg.store import KGStore

        with KGStore(graph, read_only=True) as store:
            return store.graph()

    try:
        report = run_validate(load())
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
    graph: Annotated[Path, typer.Argument(help="a Turtle graph or a kg store directory")],
    out: Annotated[Path, typer.Option("--out", help="HTML file to write")] = Path("graph.html"),
    edges: Annotated[
        str, typer.Option("--edges", help="view to open with: events, dyads or auto")
    ] = "auto",
) -> None:
    """Draw the interactive HTML page from an existing graph or store."""
    from kg.analytics import load_events
    from kg.viz import EDGE_MODES, render_html

    _check_choice("--edges", edges, EDGE_MODES)
    events = _events_or_exit(load_events, graph)
    render_html(events, out, title=f"kg: {graph.name}", edge_mode=edges)
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
    from kg.build import build as run_build
    from kg.evaluate import gold_articles, load_gold, precision_note, score_both
    from kg.outputs import write_events_jsonl

    docs = load_gold(gold)
    result = run_build(articles=gold_articles(docs))
    for msg in result.errors:
        _err(f"error: {msg}")
    events = result.events
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
    note = precision_note(docs)
    if note:
        typer.echo(note)
    if show_misses:
        for miss in scores["strict"].misses:
            typer.echo("MISS " + json.dumps(miss, ensure_ascii=False))


@app.command()
def export(
    store: Annotated[Path, typer.Option("--store", help="the kg store directory")],
    fmt: Annotated[
        str, typer.Option("--format", help="ttl, nt (union graph); nq, trig, jsonld (dataset)")
    ] = "ttl",
    out: Annotated[Path | None, typer.Option("--out", help="file (default: stdout)")] = None,
) -> None:
    """Write a kg store out as a stream: Turtle, N-Triples, N-Quads, TriG or JSON-LD."""
    from kg.store.oxigraph import EXPORT_FORMATS, export_store

    try:
        export_store(store, fmt, out)
    except Exception as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    what = "the whole dataset" if EXPORT_FORMATS[fmt][1] else "the default (union) graph"
    where = "standard output" if out is None else f"{out} ({out.stat().st_size:,} bytes)"
    _err(f"exported {what} of {store} as {fmt} to {where}")


@app.command()
def serve(
    store: Annotated[Path, typer.Option("--store", help="the kg store directory")],
    port: Annotated[int, typer.Option("--port", help="TCP port on 127.0.0.1 (0: any free)")] = 7878,
    writable: Annotated[
        bool, typer.Option("--writable", help="accept SPARQL updates (with the printed token)")
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout-s", min=0, help="time limit of one query (0: none)")
    ] = 30.0,
    memory: Annotated[
        int, typer.Option("--memory-mb", min=0, help="memory ceiling of one query engine (0: none)")
    ] = 2048,
    workers: Annotated[
        int, typer.Option("--workers", "-j", min=1, help="query engines (queries at once)")
    ] = 2,
    allow_remote: Annotated[
        bool, typer.Option("--allow-remote", help="allow SERVICE and LOAD to fetch from the web")
    ] = False,
) -> None:
    """Serve a kg store as a SPARQL 1.1 HTTP endpoint on 127.0.0.1 (Ctrl-C stops it).

    Queries run in engine processes, stopped at the time limit or the memory
    ceiling; kg build --store may add articles meanwhile: the next query sees them."""
    from kg.store.serve import ServeConfig, endpoint_url
    from kg.store.serve import serve as run_serve

    config = ServeConfig(
        store=store,
        port=port,
        writable=writable,
        timeout_s=timeout,
        memory_mb=memory,
        workers=workers,
        allow_remote=allow_remote,
    )

    def banner(bound: int, token: str) -> None:
        mode = "read-write" if writable else "read-only"
        limits = f"{timeout:g} s" if timeout else "no time limit"
        limits += f", {memory} MB" if memory else ", no memory ceiling"
        remote = "SERVICE and LOAD allowed" if allow_remote else "SERVICE and LOAD off"
        _err(
            f"SPARQL endpoint {endpoint_url(bound)} ({mode}; {limits} per query; "
            f"{workers} engine{'s' if workers > 1 else ''}; {remote}); Ctrl-C stops it"
        )
        if writable:
            how = "KG_SERVE_TOKEN" if os.environ.get("KG_SERVE_TOKEN") else token
            _err(
                f"updates: POST http://127.0.0.1:{bound}/update with 'Authorization: Bearer {how}'"
            )

    try:
        rc = run_serve(config, ready=banner)
    except Exception as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    raise typer.Exit(rc)


@app.command()
def stats(
    graph: Annotated[Path, typer.Argument(help="a Turtle graph or a kg store directory")],
    top: Annotated[int, typer.Option("--top", min=1, help="rows per actor and dyad table")] = 10,
    freq: Annotated[
        str, typer.Option("--freq", help="timeline period: year, quarter, month, week, day")
    ] = "month",
    countries: Annotated[
        bool, typer.Option("--countries", help="roll actors up to their country (RUS-GOV -> RUS)")
    ] = False,
    negated: Annotated[
        bool, typer.Option("--include-negated", help="count negated events too")
    ] = False,
    fmt: Annotated[Fmt, typer.Option("--format")] = Fmt.table,
) -> None:
    """Print central actors, active dyads (quad classes, mean Goldstein), categories over time."""
    from kg.analytics import FREQS, format_summary, load_events, summary

    _check_choice("--freq", freq, FREQS)
    events = _events_or_exit(load_events, graph)
    result = summary(events, top=top, freq=freq, include_negated=negated, countries=countries)
    typer.echo(format_summary(result, fmt.value).rstrip("\n"))


@app.command()
def load(
    parts: Annotated[
        list[Path],
        typer.Argument(help="N-Triples parts, or the --out DIR of kg build --engine dask"),
    ],
    store: Annotated[Path, typer.Option("--store", help="the kg store directory")],
    base: Annotated[str | None, typer.Option(help="base IRI for instance data")] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="check each article's graph against the shapes")
    ] = False,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="progress on stderr (default: on a tty)"),
    ] = None,
) -> None:
    """Load the N-Triples parts of kg build --engine dask into a store (stored articles skip)."""
    from kg.distributed import load_parts
    from kg.report import Progress, summary

    show = Progress(enabled=sys.stderr.isatty() if progress is None else progress, verb="loaded")
    try:
        rep = load_parts(parts, store, base=base, validate=validate, progress=show)
    except Exception as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    for msg in rep.errors:
        _err(f"error: {msg}")
    typer.echo(summary(rep))
    if rep.interrupted:
        raise typer.Exit(130)
    if rep.n_errors and not (rep.added or rep.replaced or rep.unchanged):
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover
    sys.exit(app())
