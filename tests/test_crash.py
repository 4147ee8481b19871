"""Crash safety of ``kg build --store``: SIGKILL or Ctrl-C mid-way, then the same command again.

A build killed at any moment leaves a store that opens and is consistent:
each batch of articles is complete (every article's named graph the same as
in an uninterrupted build) or absent, and the default graph holds every
stored triple. Running the same command again completes the store, with
nothing duplicated: the result equals the uninterrupted build, quad for
quad. Worker processes die with their parent, and a killed ``--out`` build
leaves no temporary file that a later run keeps.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyoxigraph as ox
import pytest

from kg.build import run
from kg.rdf.convert import DEFAULT_BASE
from kg.sinks import StoreSink
from kg.store import KGStore, article_graph_iri

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is a top-level folder, not part of the kg package
    sys.path.insert(0, str(ROOT))

from bench.corpus_bench import write_corpus  # noqa: E402

N_ARTICLES = 1500
BATCH = 16  # articles per transaction in the killed builds
PROGRESS = re.compile(r"kg: ([\d,]+) articles?")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("crash") / "ar.jsonl", "ar", N_ARTICLES, seed=3)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ref") / "store"
    rep = run([corpus], [StoreSink(path, DEFAULT_BASE)])  # one process, batches of 64
    assert rep.added == N_ARTICLES
    return path


def _cmd(corpus: Path, store: Path, workers: int, batch: int | None = BATCH) -> list[str]:
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
        *([] if batch is None else ["--batch-size", str(batch)]),
    ]


def _at_a_terminal() -> None:
    """Ctrl-C as at a terminal: a shell starting a job in the background (``make test &``,
    nohup) has it ignore SIGINT, and an ignored signal is inherited through exec."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(cmd: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_at_a_terminal,
    )


def _wait_for(proc: subprocess.Popen, done: int) -> None:
    """Read the progress lines until ``done`` articles are done (stored or skipped)."""
    deadline = time.monotonic() + 240
    for line in proc.stderr:
        m = PROGRESS.search(line)
        if m and int(m.group(1).replace(",", "")) >= done:
            return
        assert time.monotonic() < deadline, "no progress line"
    proc.wait()
    pytest.fail(f"finished before it could be interrupted: rc={proc.returncode}")


def _triples(store: KGStore, graph) -> set[tuple[str, str, str]]:
    quads = store.oxigraph.quads_for_pattern(None, None, None, graph)
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}


def _check_consistent(path: Path, reference: Path) -> int:
    """Every stored article's named graph equals the reference's; returns how many."""
    with KGStore(path, read_only=True) as got, KGStore(reference, read_only=True) as ref:
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
        assert {str(q) for q in a.oxigraph} == {str(q) for q in b.oxigraph}
        assert len(a.article_ids()) == N_ARTICLES


def test_sigkill_at_random_moments_leaves_whole_batches_and_a_rerun_completes_the_store(
    corpus, reference, tmp_path
):
    store = tmp_path / "store"
    rng = random.Random(13)
    stored = 0
    for _ in range(4):  # each run starts where the last one was killed
        proc = _start(_cmd(corpus, store, workers=2))
        # (never so late that a fast machine finishes the corpus before the kill lands)
        _wait_for(proc, min(stored + rng.randrange(1, 300), N_ARTICLES - 400))
        time.sleep(rng.uniform(0, 0.5))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL
        now = _check_consistent(store, reference)
        assert now >= stored
        stored = now
        if stored == N_ARTICLES:
            break
    assert 0 < stored < N_ARTICLES, "no kill landed mid-way"
    res = _run(_cmd(corpus, store, workers=2))
    assert res.returncode == 0, res.stderr
    assert f"added {N_ARTICLES - stored}, replaced 0, unchanged {stored}" in res.stdout
    _same_store(store, reference)


def test_ctrl_c_stops_cleanly_and_the_same_command_finishes_the_job(corpus, reference, tmp_path):
    store = tmp_path / "store"
    proc = _start(_cmd(corpus, store, workers=1))
    _wait_for(proc, 1)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in out and "Traceback" not in err
    stored = _check_consistent(store, reference)
    assert 0 < stored < N_ARTICLES  # what was processed before Ctrl-C was committed
    res = _run(_cmd(corpus, store, workers=1))
    assert res.returncode == 0, res.stderr
    assert f"unchanged {stored}" in res.stdout and "replaced 0" in res.stdout
    _same_store(store, reference)


def test_workers_exit_when_the_parent_is_killed(corpus, tmp_path):
    proc = _start(_cmd(corpus, tmp_path / "store", workers=2, batch=None))
    _wait_for(proc, 1)
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert len(workers) >= 2
    os.kill(proc.pid, signal.SIGKILL)  # the parent alone: its workers are orphaned
    proc.wait(timeout=60)
    gone, alive = psutil.wait_procs(workers, timeout=15)
    for p in alive:  # clean up before failing
        p.kill()
    assert not alive, f"{len(alive)} worker(s) outlived their parent"


def test_a_killed_out_build_leaves_no_temporary_file_behind(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    # what a build killed while writing leaves: a temporary file of a dead process
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], **_OUT)
    stale = out / f".graph.ttl.{int(dead.stdout)}.abc123.tmp"
    stale.write_text("half a graph")
    live = out / f".events.jsonl.{os.getpid()}.def456.tmp"  # a live writer's: kept
    live.write_text("")
    res = _run(
        [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "build",
            str(ROOT / "examples" / "articles.jsonl"),
            "--out",
            str(out),
        ]
    )
    assert res.returncode == 0, res.stderr
    assert not stale.exists() and live.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [live.name, "events.jsonl", "graph.html", "graph.ttl"]
    )


_OUT = {"capture_output": True, "text": True, "check": True}
