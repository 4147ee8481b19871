"""The Dask engine on a LocalCluster bound to loopback, and ``kg load`` of its parts."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.build import build, run
from kg.cli import app
from kg.distributed import (
    ARTICLE_MARK,
    PartsSink,
    events_format,
    iter_part_blocks,
    load_parts,
    read_event_parts,
)
from kg.rdf.convert import DEFAULT_BASE
from kg.sinks import StoreSink
from kg.store import KGStore

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SOURCES = [EXAMPLES / "articles.jsonl"]

runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes; every address on 127.0.0.1."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",  # no port off loopback
        silence_logs=40,
    ) as c:
        yield c


def build_dask(sources, out: Path, scheduler: str | None = None, workers: int = 2, size=64):
    sink = PartsSink(out, DEFAULT_BASE, part_size=size)
    return run(
        sources, [sink], engine="dask", scheduler=scheduler, workers=workers, batch_size=size
    )


def build_store(sources, path: Path):
    return run(sources, [StoreSink(path, DEFAULT_BASE)])


@pytest.fixture(scope="module")
def dask_out(cluster, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dask") / "out"
    report = build_dask(SOURCES, out, scheduler=cluster.scheduler_address, size=2)
    assert report.dask.startswith("tcp://127.0.0.1:")
    assert report.partitions == 4 and report.articles == 8 and not report.errors
    return out


def _quads(path: Path) -> set[str]:
    with KGStore(path, read_only=True) as s:
        return {str(q) for q in s.oxigraph}


def test_dask_events_equal_the_single_process_events(dask_out):
    single = build(SOURCES)
    assert sorted(read_event_parts(dask_out), key=lambda e: e.id) == sorted(
        single.events, key=lambda e: e.id
    )
    manifest = json.loads((dask_out / "manifest.json").read_text())
    assert manifest["articles"] == 8 and manifest["events"] == len(single.events)
    assert manifest["parts"] == 4
    assert manifest["events_format"] == events_format()
    suffix = ".parquet" if events_format() == "parquet" else ".jsonl"
    assert all(p.endswith(suffix) for p in manifest["events_parts"])


def test_each_part_is_valid_alone_and_parts_concatenate(dask_out):
    parts = sorted((dask_out / "triples").glob("part-*.nt"))
    assert len(parts) == 4
    total = set()
    for p in parts:
        text = p.read_text(encoding="utf-8")
        triples = {str(t) for t in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)}
        assert triples and "_:" not in text  # no blank nodes to collide
        assert text.count(ARTICLE_MARK) == len(list(iter_part_blocks(p)))
        total |= triples
    joined = "".join(p.read_text(encoding="utf-8") for p in parts)
    assert {str(t) for t in ox.parse(joined, format=ox.RdfFormat.N_TRIPLES)} == total


def test_loading_the_parts_gives_the_store_a_streaming_build_gives(dask_out, tmp_path):
    loaded = load_parts([dask_out], tmp_path / "loaded")
    assert (loaded.added, loaded.unchanged, loaded.errors) == (8, 0, [])
    assert loaded.events > 0 and loaded.counts.per_category
    build_store(SOURCES, tmp_path / "built")
    assert _quads(tmp_path / "loaded") == _quads(tmp_path / "built")
    # loading again, or building over the loaded store, changes nothing
    again = load_parts(sorted((dask_out / "triples").glob("*.nt")), tmp_path / "loaded")
    assert (again.added, again.unchanged) == (0, 8)
    over = build_store(SOURCES, tmp_path / "loaded")
    assert (over.added, over.unchanged) == (0, 8)


def test_a_broken_part_is_reported_and_the_rest_loads(dask_out, tmp_path):
    first = sorted((dask_out / "triples").glob("*.nt"))[0]
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://x> <http://y> .\n", encoding="utf-8")  # no article mark
    rep = load_parts([bad, first], tmp_path / "s")
    assert rep.added == 2 and len(rep.errors) == 1 and "article mark" not in rep.errors[0]
    assert "triples before the first" in rep.errors[0]


def test_cli_dask_build_on_a_given_scheduler_then_load(cluster, tmp_path, example_texts):
    out = tmp_path / "out"
    res = runner.invoke(
        app,
        [
            "build",
            str(example_texts / "en"),
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
            "--out",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    assert "articles 4" in res.output and "triples" in res.output
    res = runner.invoke(app, ["load", str(out), "--store", str(tmp_path / "s"), "--progress"])
    assert res.exit_code == 0, res.output
    # what it did: the same summary and progress display as kg build
    assert "added 4, replaced 0, unchanged 0" in res.stdout
    assert "articles 4 " in res.stdout and "time " in res.stdout
    assert "kg: 4 articles loaded (" in res.stderr and "0 errors" in res.stderr


def test_without_a_scheduler_a_loopback_local_cluster_runs(tmp_path, example_texts):
    rep = build_dask([example_texts / "ar" / "ex-ar-01.txt"], tmp_path / "out", workers=1)
    assert rep.dask.startswith("tcp://127.0.0.1:")
    assert rep.articles == 1 and rep.events > 0


def test_the_cluster_listens_on_loopback_only(cluster):
    import os

    import psutil

    me = psutil.Process(os.getpid())
    listening = [
        c.laddr
        for p in [me, *me.children(recursive=True)]
        for c in p.net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN
    ]
    assert len(listening) >= 3  # scheduler, its HTTP server, and the workers
    assert {a.ip for a in listening} == {"127.0.0.1"}


def test_dask_outputs_get_the_umask_mode(dask_out):
    """manifest.json and the parts are written with 0666 less the umask (0644 with 022),
    not mkstemp's 0600, by the client and by the worker processes alike."""
    import os
    import stat

    mask = os.umask(0)
    os.umask(mask)
    files = [dask_out / "manifest.json", *sorted((dask_out / "triples").glob("part-*.nt"))]
    files += sorted((dask_out / "events").glob("part-*"))
    assert len(files) >= 9
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files}
    assert modes == dict.fromkeys(modes, 0o666 & ~mask)
