"""Dask: the per-article pipeline on a cluster (``kg build --engine dask``), its parts, ``kg load``.

``dask_executor`` is an executor of ``kg.build.run``: the client reads the
corpus as a stream (``kg.corpus``) and sends it out in partitions of article
records, so the workers need no access to the files; each partition runs
``kg.pipeline.process_articles`` on a worker and only small records come
back. At most a few partitions are in flight, so the client's memory stays
bounded, and results come back in input order. Without a scheduler address a
``LocalCluster`` bound to 127.0.0.1 is started. Dask is an optional extra:
``pip install kg[dask]``.

``PartsSink`` writes what a run processed as parts, atomically:

* ``OUT/triples/part-NNNNN.nt``: the graphs of its articles, as a store's
  named graphs hold them, in N-Triples. No blank nodes, so every part is
  valid alone and parts can be concatenated. A comment line
  ``# kg:article {"id": ..., "hash": ...}`` opens each article's block, so
  ``kg load`` can add the articles through the store's own API;
* ``OUT/events/part-NNNNN.parquet`` (if pyarrow is installed) or ``.jsonl``:
  the events, one row per event; the ``json`` column holds the whole record;
* ``OUT/manifest.json`` gives the counts and ``OUT/errors.txt`` the problems.

``load_parts`` reads parts into a store, a batch of articles per transaction
(``KGStore.add_graphs``, as ``kg build --store`` does), with the same report
and progress display as a build.
"""

from __future__ import annotations

import json
import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.ingest import IngestError
from kg.outputs import atomic_open, atomic_write_text
from kg.pipeline import PipelineConfig, Processed, process_articles
from kg.records import Article, Event
from kg.report import Progress, RunReport
from kg.sinks import Sink

__all__ = [
    "ARTICLE_MARK",
    "DaskMissing",
    "PartsSink",
    "dask_executor",
    "events_format",
    "iter_part_blocks",
    "load_parts",
    "read_event_parts",
]

ARTICLE_MARK = "# kg:article "
_log = logging.getLogger(__name__)


class DaskMissing(RuntimeError):
    """Dask is not installed."""


def events_format() -> str:
    """``"parquet"`` when pyarrow can be imported, else ``"jsonl"``."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return "jsonl"
    return "parquet"


def _process_partition(records: list[dict[str, Any]], config: PipelineConfig) -> list[Processed]:
    """What a Dask worker runs on one partition of article records."""
    return process_articles(records, config)


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


def dask_executor(
    scheduler: str | None,
    workers: int,
    config: PipelineConfig,
    report: RunReport,
    partition_size: int = 64,
    in_flight: int | None = None,
):
    """An executor for ``kg.build.run`` on a Dask cluster.

    Args:
        scheduler: ``tcp://HOST:PORT`` of a running scheduler; None starts a
            LocalCluster of ``workers`` processes on 127.0.0.1.
        workers: worker processes of the LocalCluster.
        config: what the pipeline does.
        report: gets the scheduler address and the number of partitions.
        partition_size: articles per partition.
        in_flight: partitions submitted at most (default: 2 per worker).

    Raises:
        DaskMissing: dask or distributed is not installed.
    """
    try:
        import dask.bag as db
    except ImportError:
        raise DaskMissing(
            "the dask engine needs the optional extra: pip install 'kg[dask]'"
        ) from None

    def execute(
        items: Iterable[Article | IngestError],
    ) -> Iterator[tuple[Article | IngestError, Processed | None]]:
        client, cluster = _client(scheduler, workers)
        try:
            report.dask = client.scheduler.address
            n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
            limit = in_flight or 2 * n_workers
            pending: deque = deque()  # (errors before the partition, articles, future)

            def submit(errors: list, part: list[Article]) -> None:
                fut = None
                if part:
                    bag = db.from_sequence([a.to_dict() for a in part], npartitions=1)
                    (task,) = bag.map_partitions(_process_partition, config).to_delayed()
                    fut = client.compute(task)
                    report.partitions += 1
                pending.append((errors, part, fut))

            def drain(until: int):
                while len(pending) > until:
                    errors, part, fut = pending.popleft()
                    for e in errors:
                        yield e, None
                    if fut is not None:
                        yield from zip(part, fut.result(), strict=True)
                        fut.release()

            errors: list[IngestError] = []
            part: list[Article] = []
            for item in items:
                if isinstance(item, IngestError):
                    if part:  # an error after articles: they go first, in order
                        submit(errors, part)
                        errors, part = [], []
                    errors.append(item)
                    continue
                part.append(item)
                if len(part) >= partition_size:
                    submit(errors, part)
                    errors, part = [], []
                    yield from drain(limit - 1)
            submit(errors, part)
            yield from drain(0)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return execute


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
        path, "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events)
    )
    return path


class PartsSink(Sink):
    """N-Triples and event parts of ``part_size`` articles each under ``out``."""

    needs_rdf = True

    def __init__(self, out: str | Path, base: str, part_size: int = 64) -> None:
        self.out = Path(out)
        self.base = base
        self.part_size = part_size
        self.fmt = events_format()
        self.triples: list[Path] = []
        self.event_parts: list[Path] = []
        self._blocks: list[str] = []
        self._events: list[Event] = []
        self._count = 0

    def add(self, article: Article, done: Processed, report: RunReport) -> None:
        mark = json.dumps({"id": article.id, "hash": done.content_hash}, ensure_ascii=False)
        self._blocks.append(ARTICLE_MARK + mark + "\n" + done.ntriples)
        self._events.extend(done.events)
        self._count += 1
        if self._count % self.part_size == 0:
            self._write_part()

    def _write_part(self) -> None:
        if not self._blocks:
            return
        name = f"part-{len(self.triples):05d}"
        nt = self.out / "triples" / f"{name}.nt"
        atomic_write_text(nt, "".join(self._blocks))
        self.triples.append(nt)
        self.event_parts.append(_write_events(self.out / "events" / name, self._events, self.fmt))
        self._blocks, self._events = [], []

    def close(self, report: RunReport) -> None:
        self._write_part()
        atomic_write_text(self.out / "errors.txt", "".join(e + "\n" for e in report.errors))
        manifest = {
            "articles": self._count,
            "sentences": report.sentences,
            "events": report.events,
            "errors": report.n_errors,
            "parts": len(self.triples),
            "events_format": self.fmt,
            "base": self.base,
            "triples": [str(p.relative_to(self.out)) for p in self.triples],
            "events_parts": [str(p.relative_to(self.out)) for p in self.event_parts],
        }
        atomic_write_text(self.out / "manifest.json", json.dumps(manifest, indent=2) + "\n")
        report.outputs["triples"] = self.out / "triples"
        report.outputs["events"] = self.out / "events"


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


def load_parts(
    parts: Iterable[str | Path],
    store_dir: str | Path,
    base: str | None = None,
    validate: bool = False,
    progress: Progress | None = None,
    batch_size: int = 64,
) -> RunReport:
    """Load N-Triples parts (files, ``triples/`` folders or a Dask build's ``OUT``) into a store.

    The articles go in through ``KGStore.add_graphs``, a batch per transaction,
    as in ``kg build --store``; an article the store holds with the same
    content hash is skipped, so loading twice changes nothing. With
    ``validate`` each article's graph is checked against the SHACL shapes first.
    """
    from kg.rdf.convert import DEFAULT_BASE
    from kg.sinks import StoreSink
    from kg.store import StoreError
    from kg.store.writer import ArticleGraph

    report = RunReport()
    progress = progress or Progress(enabled=False)
    t0 = time.perf_counter()
    sink = StoreSink(store_dir, base or DEFAULT_BASE, batch_size=batch_size)
    try:
        for path in _part_files(parts):
            try:
                blocks = list(iter_part_blocks(path))
            except (OSError, ValueError, UnicodeDecodeError) as exc:
                report.error(f"{path}: {exc}")
                continue
            for article_id, digest, text in blocks:
                origin = f"{path}: article {article_id}"
                if sink.store.article_hash(article_id) == digest:
                    report.unchanged += 1
                    continue
                if validate:
                    try:
                        _check_shapes(article_id, text)
                    except ValueError as exc:
                        report.error(f"{origin}: {exc}")
                        continue
                sink.add_graph(origin, ArticleGraph(article_id, digest, text), report)
                report.articles += 1
                _count_events(text, report)
                progress.update(report)
        sink.close(report)
    except KeyboardInterrupt:
        report.interrupted = True
        sink.close(report)
    except StoreError:
        sink.abort()
        raise
    report.seconds = time.perf_counter() - t0
    progress.close(report)
    return report


_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_EVENT_LINE = f" {_RDF_TYPE} <https://w3id.org/kg-events/ontology#Event> ."
_CATEGORY = (
    "<https://w3id.org/kg-events/ontology#ploverCategory> <https://w3id.org/kg-events/action/"
)


def _count_events(ntriples: str, report: RunReport) -> None:
    """Events and categories of an article block, from its lines (no parsing)."""
    for line in ntriples.splitlines():
        if line.endswith(_EVENT_LINE):
            report.counts.events += 1
        elif (i := line.find(_CATEGORY)) >= 0:
            report.counts.per_category[line[i + len(_CATEGORY) : line.rindex(">")]] += 1


def _check_shapes(article_id: str, ntriples: str) -> None:
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.rdf.shacl import validate
    from kg.store.terms import triples_to_rdflib

    g = triples_to_rdflib(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), Graph())
    found = validate(g)
    if not found.conforms:
        v = found.violations[0]
        raise ValueError(f"graph violates the SHACL shapes: {v['focus']} {v['message']}")
