"""Crash safety of ``kg build --store``: SIGKILL or Ctrl-C mid-way, then the same command again.

A build killed at any moment leaves a store that opens and is consistent:
each article's named graph is complete (the same as in an uninterrupted
build) or absent, and the default graph holds every stored triple. Running
the same command again completes the store, with nothing duplicated: the
result equals the uninterrupted build, quad for quad.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import KGStore, article_graph_iri
from kg.stream import build_store_stream

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is a top-level folder, not part of the kg package
    sys.path.insert(0, str(ROOT))

from bench.corpus_bench import write_corpus  # noqa: E402

N_ARTICLES = 240
PROGRESS = re.compile(r"kg: (\d+) articles")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("crash") / "ar.jsonl", "ar", N_ARTICLES, seed=3)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ref") / "store"
    rep = build_store_stream([corpus], path)
    assert rep.added == N_ARTICLES
    return path


def _cmd(corpus: Path, store: Path, workers: int) -> list[str]:
    return [
        sys.executable,
        "-c",
        "from kg.cli import main; main()",
        "build",
        str(corpus),
        "--store",
        str(store),
        "--workers",
        str(workers),
        "--progress",
    ]


def _interrupt_midway(cmd: list[str], sig: int) -> subprocess.Popen:
    """Start ``cmd`` in its own process group; send ``sig`` to the group once some
    articles are stored (the progress line says so)."""
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    for line in proc.stderr:
        m = PROGRESS.search(line)
        if m and int(m.group(1)) > 0:
            os.killpg(proc.pid, sig)
            break
        assert time.monotonic() < deadline, "no progress line"
    else:
        proc.wait()
        pytest.fail(f"finished before it could be interrupted: rc={proc.returncode}")
    return proc


def _quads(store: KGStore, graph=None) -> set[str]:
    return {str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, graph)}


def _triples(store: KGStore, graph) -> set[tuple[str, str, str]]:
    quads = store.oxigraph.quads_for_pattern(None, None, None, graph)
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}


def _check_consistent(path: Path, reference: Path) -> int:
    """Every stored article's named graph equals the reference's; returns how many."""
    with KGStore(path) as got, KGStore(reference, read_only=True) as ref:
        ids = got.article_ids()
        default = _triples(got, ox.DefaultGraph())
        for aid in ids:
            g = ox.NamedNode(article_graph_iri(aid, got.base))
            mine = _triples(got, g)
            assert mine == _triples(ref, g), f"article {aid}: named graph incomplete"
            assert mine <= default, f"article {aid}: not in the default graph"
    return len(ids)


def _run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def _same_store(path: Path, reference: Path) -> None:
    with KGStore(path, read_only=True) as a, KGStore(reference, read_only=True) as b:
        assert _quads(a) == _quads(b)
        assert len(a.article_ids()) == N_ARTICLES


def test_sigkill_midway_leaves_a_consistent_store_and_a_rerun_completes_it(
    corpus, reference, tmp_path
):
    store = tmp_path / "store"
    proc = _interrupt_midway(_cmd(corpus, store, workers=2), signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    stored = _check_consistent(store, reference)
    assert 0 < stored < N_ARTICLES
    res = _run(_cmd(corpus, store, workers=2))
    assert res.returncode == 0, res.stderr
    assert f"added {N_ARTICLES - stored}, replaced 0, unchanged {stored}" in res.stdout
    _same_store(store, reference)


def test_ctrl_c_stops_cleanly_and_the_same_command_finishes_the_job(corpus, reference, tmp_path):
    store = tmp_path / "store"
    proc = _interrupt_midway(_cmd(corpus, store, workers=1), signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in out and "Traceback" not in err
    stored = _check_consistent(store, reference)
    assert 0 < stored < N_ARTICLES
    res = _run(_cmd(corpus, store, workers=1))
    assert res.returncode == 0, res.stderr
    assert f"unchanged {stored}" in res.stdout and "replaced 0" in res.stdout
    _same_store(store, reference)
