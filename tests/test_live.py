"""One writer, many readers, never on the same files: the store's lock and snapshots
(``kg.store.live``), through the ``KGStore`` API every code path uses."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import KGStore, StoreError
from kg.store.live import LIVE_DIR, Reader

EX = "http://example.org/"


def insert(store: KGStore, name: str) -> None:
    store.oxigraph.update(f"INSERT DATA {{ <{EX}{name}> <{EX}p> 1 }}")


def names(store: KGStore) -> set[str]:
    rows = store.query(f"SELECT ?s WHERE {{ ?s <{EX}p> 1 }}").rows
    return {r[0].removeprefix(EX) for r in rows}


def snapshots(path: Path) -> set[str]:
    return {p.name for p in (path / LIVE_DIR).glob("snap-*") if p.is_dir()}


def test_a_reader_keeps_its_snapshot_until_it_refreshes(tmp_path):
    path = tmp_path / "store"
    with KGStore(path, publish_every_s=0.0) as writer:
        insert(writer, "one")
        reader = KGStore(path, read_only=True)
        assert names(reader) == {"one"}
        insert(writer, "two")
        assert names(reader) == {"one"}  # a consistent view while the writer goes on
        assert reader.refresh() is True
        assert names(reader) == {"one", "two"}
        assert reader.refresh() is False  # nothing new
        reader.close()


def test_a_writer_publishes_when_a_reader_wants_news_or_at_close(tmp_path):
    path = tmp_path / "store"
    with KGStore(path, publish_every_s=0.01) as writer:
        published = snapshots(path)
        insert(writer, "one")
        assert snapshots(path) == published  # no reader asked: no snapshot
        with KGStore(path, read_only=True) as reader:
            assert names(reader) == set()  # it asks the writer for news
            time.sleep(0.02)
            insert(writer, "two")
            assert reader.refresh() is True
            assert names(reader) == {"one", "two"}
    with KGStore(path, publish_every_s=3600.0) as writer:
        with KGStore(path, read_only=True) as reader:
            insert(writer, "three")  # asked: published
            assert reader.refresh() is True
            insert(writer, "four")  # asked again, but within the interval
            assert reader.refresh() is False
            assert names(reader) == {"one", "two", "three"}
    with KGStore(path, read_only=True) as reader:
        assert names(reader) == {"one", "two", "three", "four"}  # close published the rest


def test_one_writer_at_a_time_and_the_error_names_the_other(tmp_path):
    path = tmp_path / "store"
    with KGStore(path):
        with pytest.raises(StoreError, match=r"another process is writing the store \(pid \d+"):
            KGStore(path, lock_timeout=0.2)
        with KGStore(path, read_only=True) as reader:  # readers are not blocked
            assert len(reader) == 0
    with KGStore(path, lock_timeout=0.2):
        pass  # released at close


def test_snapshots_no_reader_holds_are_deleted(tmp_path):
    path = tmp_path / "store"
    with KGStore(path, publish_every_s=0.0) as writer:
        insert(writer, "a")
        held = Reader(path)
        for name in "bcde":
            insert(writer, name)
        current = (path / LIVE_DIR / "current").read_text()
        assert snapshots(path) == {held.name, current}
        held.close()
        insert(writer, "f")
        assert len(snapshots(path)) == 1
        assert (path / LIVE_DIR / "dirty").exists()  # a writer has the database open
    assert not (path / LIVE_DIR / "dirty").exists()
    assert len(snapshots(path)) == 1


_DIE_AFTER_COMMIT = """
import os, sys
from kg.store import KGStore
store = KGStore(sys.argv[1], publish_every_s=3600.0)
store.oxigraph.update('INSERT DATA { <http://example.org/late> <http://example.org/p> 1 }')
os.kill(os.getpid(), 9)
"""


def test_a_writer_killed_before_publishing_is_caught_up_by_the_next_reader(tmp_path):
    path = tmp_path / "store"
    KGStore(path).close()
    res = subprocess.run([sys.executable, "-c", _DIE_AFTER_COMMIT, str(path)], timeout=60)
    assert res.returncode == -9
    assert (path / LIVE_DIR / "dirty").exists()
    with KGStore(path, read_only=True) as reader:
        assert names(reader) == {"late"}
    assert not (path / LIVE_DIR / "dirty").exists()


def test_a_store_from_before_snapshots_is_read(tmp_path):
    path = tmp_path / "old"
    path.mkdir()
    old = ox.Store(str(path))
    old.update(f"INSERT DATA {{ <{EX}old> <{EX}p> 1 }}")
    old.flush()
    del old
    with KGStore(path, read_only=True) as reader:
        assert names(reader) == {"old"}
    assert len(snapshots(path)) == 1


def test_a_folder_that_is_not_a_store_is_named(tmp_path):
    (tmp_path / "graph.ttl").write_text("")
    with pytest.raises(StoreError, match="not a kg store"):
        KGStore(tmp_path, read_only=True)
    with pytest.raises(StoreError, match="no kg store here"):
        KGStore(tmp_path / "missing", read_only=True)
