"""Extraction on a Dask cluster (``kg build --engine dask``) and loading its parts (``kg load``).

The client reads the corpus as a stream (``kg.corpus``) and sends it out in
partitions of article records (``dask.bag``), so the workers need no access
to the files; each partition runs ``kg.workers.extract_records`` (with SHACL
checks) on a worker, and only small records come back. At most a few
partitions are in flight, so the client's memory stays bounded. For each
partition the client writes, atomically:

* ``OUT/triples/part-NNNNN.nt``: the graphs of its articles, as a store's
  named graphs hold them, in N-Triples. No blank nodes, so every part is
  valid alone and parts can be concatenated. A comment line
  ``# kg:article {"id": ..., "hash": ...}`` opens each article's block, so
  ``kg load`` can add each article in its own transaction;
* ``OUT/events/part-NNNNN.parquet`` (if pyarrow is installed) or ``.jsonl``:
  the events, one row per event; the ``json`` column holds the whole record.

``OUT/manifest.json`` gives the counts and ``OUT/errors.txt`` the problems.
Without a scheduler address a ``LocalCluster`` bound to 127.0.0.1 is started.
Dask is an optional extra: ``pip install kg[dask]``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.corpus import iter_corpus
from kg.ingest import IngestError
from kg.limits import DEFAULT_LIMITS, Limits
from kg.outputs import atomic_open, atomic_write_text
from kg.records import Article, Event
from kg.workers import ExtractConfig, Extracted, extract_records

__all__ = [
    "ARTICLE_MARK",
    "DaskMissing",
    "DaskReport",
    "LoadReport",
    "build_dask",
    "dask_summary",
    "events_format",
    "extract_partition",
    "iter_part_blocks",
    "load_parts",
    "load_summary",
    "read_event_parts",
]

ARTICLE_MARK = "# kg:article "
_log = logging.getLogger(__name__)


class DaskMissing(RuntimeError):
    """Dask is not installed."""


@dataclass
class DaskReport:
    """Counts of a Dask build, and the files it wrote."""

    articles: int = 0
    sentences: int = 0
    tokens: int = 0
    events: int = 0
    partitions: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    scheduler: str = ""
    triples_parts: list[Path] = field(default_factory=list)
    event_parts: list[Path] = field(default_factory=list)


def events_format() -> str:
    """``"parquet"`` when pyarrow can be imported, else ``"jsonl"``."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return "jsonl"
    return "parquet"


def extract_partition(records: list[dict[str, Any]], config: ExtractConfig) -> list[Extracted]:
    """What a Dask worker runs on one partition of article records."""
    return extract_records(records, config)


# ------------------------------------------------------------------ writing parts


def _event_row(e: Event) -> dict[str, Any]:
    """A flat row for tables, plus the whole record as JSON."""
    row: dict[str, Any] = {
        "id": e.id,
        "doc_id": e.doc_id,
        "sentence_start": e.sentence_start,
        "sentence_end": e.sentence_end,
        "action_id": e.action.id,
        "action_text": e.action.text,
        "plover": e.action.plover,
        "cameo": e.action.cameo,
        "quad_class": e.action.quad_class,
        "goldstein": float(e.action.goldstein),
    }
    for name in ("source", "target", "attributed_to"):
        actor = getattr(e, name)
        row[f"{name}_id"] = actor.id if actor else None
        row[f"{name}_label"] = actor.label if actor else None
    row.update(
        negated=e.negated,
        modality=e.modality,
        date=e.date,
        confidence=float(e.confidence),
        lang=e.lang,
        sentence=e.sentence,
        json=json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True),
    )
    return row


def _write_events(path: Path, events: list[Event], fmt: str) -> Path:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = path.with_suffix(".parquet")
        table = pa.Table.from_pylist([_event_row(e) for e in events], schema=_schema())
        with atomic_open(path, "wb") as fh:
            pq.write_table(table, fh)
        return path
    path = path.with_suffix(".jsonl")
    atomic_write_text(
        path,
        "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events),
    )
    return path


def _schema():
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    cols = [("id", s), ("doc_id", s), ("sentence_start", i), ("sentence_end", i)]
    cols += [("action_id", s), ("action_text", s), ("plover", s), ("cameo", s)]
    cols += [("quad_class", i), ("goldstein", f)]
    for name in ("source", "target", "attributed_to"):
        cols += [(f"{name}_id", s), (f"{name}_label", s)]
    cols += [("negated", b), ("modality", s), ("date", s), ("confidence", f), ("lang", s)]
    cols += [("sentence", s), ("json", s)]
    return pa.schema(cols)


def _write_part(out: Path, index: int, done: list[tuple[Article, Extracted]], fmt: str, report):
    blocks, events = [], []
    for article, ex in done:
        if ex.error is not None:
            report.errors.append(f"{article.origin}: {ex.error}")
            continue
        mark = json.dumps({"id": article.id, "hash": ex.content_hash}, ensure_ascii=False)
        blocks.append(ARTICLE_MARK + mark + "\n" + ex.ntriples)
        events.extend(ex.events)
        report.articles += 1
        report.sentences += ex.sentences
        report.tokens += ex.tokens
        report.events += len(ex.events)
    name = f"part-{index:05d}"
    nt = out / "triples" / f"{name}.nt"
    atomic_write_text(nt, "".join(blocks))
    report.triples_parts.append(nt)
    report.event_parts.append(_write_events(out / "events" / name, events, fmt))


# ------------------------------------------------------------------ the cluster


def _client(scheduler: str | None, workers: int):
    """A client of ``scheduler``, or of a new LocalCluster on 127.0.0.1 (closed with the client)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskMissing(
            "the dask engine needs the optional extra: pip install 'kg[dask]'"
        ) from None
    if scheduler:
        return Client(scheduler, timeout="30s"), None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",  # no port off loopback
        silence_logs=logging.ERROR,
    )
    return Client(cluster), cluster


def _partitions(
    items: Iterable[Article | IngestError], size: int, errors: list[str]
) -> Iterator[list[Article]]:
    part: list[Article] = []
    for item in items:
        if isinstance(item, IngestError):
            errors.append(str(item))
            continue
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def build_dask(
    sources: Iterable[str | Path],
    out: str | Path,
    scheduler: str | None = None,
    workers: int = 2,
    limits: Limits = DEFAULT_LIMITS,
    base: str | None = None,
    partition_size: int = 64,
    in_flight: int | None = None,
    progress=None,
) -> DaskReport:
    """Extract a corpus on a Dask cluster into N-Triples and event parts under ``out``.

    Args:
        sources: files, directories or glob patterns.
        out: output directory (``triples/``, ``events/``, ``manifest.json``, ``errors.txt``).
        scheduler: ``tcp://HOST:PORT`` of a running scheduler; None starts a
            LocalCluster of ``workers`` processes on 127.0.0.1.
        workers: worker processes of the LocalCluster.
        limits: article size limits.
        base: IRI prefix of instance data.
        partition_size: articles per partition (and per part file).
        in_flight: partitions submitted at most (default: 2 per worker).
        progress: a ``kg.stream.Progress`` (None: no progress shown).

    Raises:
        DaskMissing: dask or distributed is not installed.
    """
    try:
        import dask.bag as db
        from distributed import as_completed
    except ImportError:
        raise DaskMissing(
            "the dask engine needs the optional extra: pip install 'kg[dask]'"
        ) from None

    from kg.rdf.convert import DEFAULT_BASE
    from kg.stream import StreamReport

    out = Path(out)
    report = DaskReport()
    fmt = events_format()
    config = ExtractConfig(limits=limits, ntriples=True, validate=True, base=base or DEFAULT_BASE)
    t0 = time.perf_counter()
    client, cluster = _client(scheduler, workers)
    shown = StreamReport()
    try:
        report.scheduler = client.scheduler.address
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = in_flight or 2 * n_workers
        pending = as_completed()
        parts: dict[Any, tuple[int, list[Article]]] = {}

        def finish(fut) -> None:
            index, articles = parts.pop(fut)
            done = list(zip(articles, fut.result(), strict=True))
            _write_part(out, index, done, fmt, report)
            fut.release()
            if progress is not None:
                shown.articles, shown.events = report.articles, report.events
                shown.n_errors = len(report.errors)
                progress.update(shown)

        for index, articles in enumerate(
            _partitions(iter_corpus(sources, limits), partition_size, report.errors)
        ):
            bag = db.from_sequence([a.to_dict() for a in articles], npartitions=1)
            (task,) = bag.map_partitions(extract_partition, config).to_delayed()
            fut = client.compute(task)
            parts[fut] = (index, articles)
            pending.add(fut)
            report.partitions += 1
            while pending.count() >= limit:
                finish(next(pending))
        for fut in pending:
            finish(fut)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.seconds = time.perf_counter() - t0
    report.triples_parts.sort()
    report.event_parts.sort()
    atomic_write_text(out / "errors.txt", "".join(e + "\n" for e in report.errors))
    manifest = {
        "articles": report.articles,
        "sentences": report.sentences,
        "events": report.events,
        "errors": len(report.errors),
        "partitions": report.partitions,
        "events_format": fmt,
        "base": config.base,
        "triples": [str(p.relative_to(out)) for p in report.triples_parts],
        "events_parts": [str(p.relative_to(out)) for p in report.event_parts],
    }
    atomic_write_text(out / "manifest.json", json.dumps(manifest, indent=2) + "\n")
    if progress is not None:
        progress.close(shown)
    return report


# ------------------------------------------------------------------ reading parts


def read_event_parts(out: str | Path) -> list[Event]:
    """The events of a Dask build's ``events/`` parts (Parquet or JSONL), in part order."""
    folder = Path(out) / "events"
    events: list[Event] = []
    for path in sorted(folder.glob("part-*")):
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            rows = pq.read_table(path, columns=["json"]).column("json").to_pylist()
            events.extend(Event.from_dict(json.loads(r)) for r in rows)
        elif path.suffix == ".jsonl":
            with open(path, encoding="utf-8") as fh:
                events.extend(Event.from_dict(json.loads(line)) for line in fh if line.strip())
    return events


def _part_files(parts: Iterable[str | Path]) -> Iterator[Path]:
    for given in parts:
        path = Path(given)
        if path.is_dir():
            inner = path / "triples" if (path / "triples").is_dir() else path
            yield from sorted(inner.glob("*.nt"))
        else:
            yield path


def iter_part_blocks(path: str | Path) -> Iterator[tuple[str, str, str]]:
    """``(article id, content hash, N-Triples)`` per article block of a part file.

    Raises:
        ValueError: the file has triples before the first article mark.
    """
    head: dict | None = None
    lines: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith(ARTICLE_MARK):
                if head is not None:
                    yield head["id"], head["hash"], "".join(lines)
                head, lines = json.loads(line[len(ARTICLE_MARK) :]), []
            elif line.strip() and not line.startswith("#"):
                if head is None:
                    raise ValueError(f"{path}:{n}: triples before the first '{ARTICLE_MARK}' line")
                lines.append(line)
    if head is not None:
        yield head["id"], head["hash"], "".join(lines)


@dataclass
class LoadReport:
    """What ``load_parts`` did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)


def _add_block(store, article_id: str, digest: str, graph, validate: bool) -> str:
    """Add one article's graph in one transaction, as ``KGStore.add_article`` does."""
    old = store.article_hash(article_id)
    if old == digest:
        return "unchanged"
    if validate:
        from kg.rdf.shacl import validate as shacl_validate

        report = shacl_validate(graph)
        if not report.conforms:
            v = report.violations[0]
            raise ValueError(f"graph violates the SHACL shapes: {v['focus']} {v['message']}")
    stub = Article(id=article_id, text="", lang="")
    # The store's own update (merged events, linked data, default graph) for a ready graph.
    store.oxigraph.update(store._article_update(stub, graph, replacing=old is not None))
    return "added" if old is None else "replaced"


def load_parts(
    parts: Iterable[str | Path],
    store_dir: str | Path,
    base: str | None = None,
    validate: bool = True,
) -> LoadReport:
    """Load N-Triples parts of ``build_dask`` (files, ``triples/`` folders or ``OUT``) into a store.

    Each article block goes in in its own transaction; an article the store
    holds with the same content hash is skipped, so loading twice changes nothing.
    """
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.rdf.convert import DEFAULT_BASE
    from kg.rdf.namespaces import bind_all
    from kg.store import KGStore
    from kg.store.terms import triples_to_rdflib

    report = LoadReport()
    with KGStore(store_dir, base=base or DEFAULT_BASE) as store:
        for path in _part_files(parts):
            try:
                blocks = list(iter_part_blocks(path))
            except (OSError, ValueError, UnicodeDecodeError) as exc:
                report.errors.append(f"{path}: {exc}")
                continue
            for article_id, digest, text in blocks:
                try:
                    g = Graph()
                    bind_all(g, store.base)
                    triples_to_rdflib(ox.parse(text, format=ox.RdfFormat.N_TRIPLES), g)
                    outcome = _add_block(store, article_id, digest, g, validate)
                except (ValueError, SyntaxError, OSError) as exc:
                    report.errors.append(f"{path}: article {article_id}: {exc}")
                    continue
                setattr(report, outcome, getattr(report, outcome) + 1)
        report.stats = store.stats()
    return report


def dask_summary(report: DaskReport, out: str | Path) -> str:
    """The lines ``kg build --engine dask`` prints."""
    rate = report.articles / report.seconds if report.seconds > 0 else 0.0
    fmt = report.event_parts[0].suffix.lstrip(".") if report.event_parts else events_format()
    return "\n".join(
        [
            f"articles {report.articles}  sentences {report.sentences}  "
            f"events {report.events}  errors {len(report.errors)}",
            f"dask    {report.scheduler}: {report.partitions} partitions in "
            f"{report.seconds:.1f} s ({rate:.1f} articles/s)",
            f"triples {Path(out) / 'triples'} ({len(report.triples_parts)} N-Triples parts)",
            f"events  {Path(out) / 'events'} ({len(report.event_parts)} {fmt} parts)",
            f"next    kg load {out} --store DIR",
        ]
    )


def load_summary(report: LoadReport, store: str | Path) -> str:
    """The lines ``kg load`` prints."""
    st = report.stats
    return (
        f"store   {store}: added {report.added}, replaced {report.replaced}, "
        f"unchanged {report.unchanged}, failed {len(report.errors)}; "
        f"now {st.get('articles', 0)} articles, {st.get('events', 0)} events, "
        f"{st.get('merged', 0)} merged events, {st.get('quads', 0)} quads"
    )
