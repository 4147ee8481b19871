"""Output files: written atomically, with the permissions the umask gives."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.outputs import atomic_open, atomic_write_text

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles.jsonl"

runner = CliRunner()


def run(*args) -> None:
    res = runner.invoke(app, [str(a) for a in args])
    assert res.exit_code == 0, res.output


@pytest.fixture
def umask():
    """Set the process umask for one test; the old one comes back after."""
    old = os.umask(0o022)
    try:
        yield lambda mask: os.umask(mask)
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(
    ("mask", "expected"),
    [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)],
    ids=["022", "027", "077"],
)
def test_atomic_write_follows_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    path = tmp_path / "a.txt"
    atomic_write_text(path, "x")
    assert mode(path) == expected
    with atomic_open(tmp_path / "b.bin", "wb") as fh:
        fh.write(b"x")
    assert mode(tmp_path / "b.bin") == expected
    atomic_write_text(path, "replaced")  # replacing a file gives the same mode
    assert mode(path) == expected and path.read_text() == "replaced"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin"]


def test_a_failed_write_leaves_nothing(tmp_path, umask):
    with pytest.raises(RuntimeError), atomic_open(tmp_path / "a.txt") as fh:
        fh.write("half")
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []


def test_every_kg_output_is_readable_by_others_with_umask_022(tmp_path, umask):
    out, store = tmp_path / "out", tmp_path / "store"
    run("build", ARTICLES, "--out", out, "--store", store)
    run("viz", out / "graph.ttl", "--out", tmp_path / "page.html")
    run("export", "--store", store, "--format", "nq", "--out", tmp_path / "all.nq")
    written = [
        out / "events.jsonl",
        out / "graph.ttl",
        out / "graph.html",
        tmp_path / "page.html",
        tmp_path / "all.nq",
    ]
    assert {p.name: oct(mode(p)) for p in written} == {p.name: "0o644" for p in written}
