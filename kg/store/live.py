"""Readers and writers of one store on disk never share files: writers take a lock
and publish snapshots, readers open the newest snapshot.

The store directory is an Oxigraph (RocksDB) database that only a writer opens.
Beside its files, ``kg-live/`` holds:

- ``write.lock``: the writer holds it (``flock``, exclusive) while the database
  is open; its text names the process (``kg build``, ``kg serve --writable``...).
  A second writer waits up to ``lock_timeout`` seconds, then gets a
  ``StoreError`` naming the first;
- ``snap-N/``: snapshots, RocksDB checkpoints of the database: hard links to its
  immutable files plus a copy of its log, so a snapshot costs milliseconds and
  little disk, and nothing ever writes into it after it is made;
- ``current``: the name of the newest snapshot, replaced atomically;
- ``snap-N.lock``: every reader of ``snap-N`` holds it shared; a snapshot that is
  not current is deleted as soon as no reader holds it;
- ``dirty``: present while a writer has the database open. Found with no writer
  holding the lock, it means a writer died: the next reader or writer publishes
  a fresh snapshot before reading;
- ``wanted``: touched by a reader that finds a writer at work: it wants news.

A writer publishes when it opens a stale store, when it closes, and after a
commit when a reader has touched ``wanted`` since its last snapshot and
``publish_every_s`` has passed. A snapshot flushes the database's memory table
to disk (0.1-0.3 s on a busy machine), so a build that no one reads meanwhile
publishes only at its end, and one a ``kg serve`` is answering from publishes
at most once a second. A reader (``kg query``, ``kg export``, the engines of
``kg serve``) opens the current snapshot and, when long-lived, calls
``Reader.refresh`` before each query: a small file read, and a reopen when a
writer has published.

This module needs only the standard library and pyoxigraph (the query engine
processes of ``kg serve`` import it and nothing heavier).
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import sys
import time
from pathlib import Path

import pyoxigraph as ox

__all__ = ["LIVE_DIR", "Reader", "StoreError", "Writer", "is_store", "not_a_store"]

LIVE_DIR = "kg-live"
_POLL_S = 0.05


class StoreError(RuntimeError):
    """The store cannot be opened or written."""


def is_store(path: str | Path) -> bool:
    """True when ``path`` holds an Oxigraph database or kg snapshots."""
    path = Path(path)
    return (path / "CURRENT").is_file() or (path / LIVE_DIR / "current").is_file()


def not_a_store(path: Path) -> str:
    """What to say about a directory that is not a store, with what it may be instead."""
    msg = f"{path}: not a kg store (make one with: kg build ARTICLES --store {path})"
    graphs = [p.name for p in sorted(path.glob("*.ttl"))] if path.is_dir() else []
    if graphs:
        msg += (
            f"; it holds {', '.join(graphs)}, a graph file as kg build --out writes: "
            f"give the file instead of the store ({path / graphs[0]})"
        )
    return msg


def _who(what: str = "") -> str:
    if not what:
        args = [Path(sys.argv[0]).name, *sys.argv[1:3]] if sys.argv and sys.argv[0] else []
        what = " ".join(args) or "python"
    return f"pid {os.getpid()}: {what}"


def _current(live: Path) -> str | None:
    try:
        name = (live / "current").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


class _WriteLock:
    """The exclusive ``write.lock`` of a store, held by one process."""

    def __init__(self, live: Path, timeout: float, who: str = "") -> None:
        self.path = live / "write.lock"
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self.holder()
                    os.close(self.fd)
                    raise StoreError(
                        f"{live.parent}: another process is writing the store"
                        f" ({holder or 'unknown'}); try again when it has finished"
                    ) from None
                time.sleep(_POLL_S)
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, _who(who).encode(), 0)

    @classmethod
    def try_take(cls, live: Path) -> _WriteLock | None:
        """The lock if no one holds it, else None."""
        try:
            return cls(live, 0.0)
        except StoreError:
            return None

    def holder(self) -> str:
        try:
            return os.pread(self.fd, 200, 0).decode("utf-8", "replace").strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def _publish(store: ox.Store, live: Path) -> str:
    """Checkpoint ``store`` into a new snapshot, make it current, delete unused ones."""
    seqs = [int(p.name[5:]) for p in live.glob("snap-*") if p.name[5:].isdigit()]
    name = f"snap-{max(seqs, default=0) + 1}"
    (live / f"{name}.lock").touch()
    store.backup(str(live / name))
    _write_atomic(live / "current", name)
    _cleanup(live, name)
    return name


def _cleanup(live: Path, keep: str) -> None:
    """Delete the snapshots other than ``keep`` that no reader holds (writer lock held)."""
    names = {p.name.removesuffix(".lock") for p in live.glob("snap-*")}
    for name in sorted(names - {keep}):
        lock = live / f"{name}.lock"
        try:
            fd = os.open(lock, os.O_RDONLY)
        except FileNotFoundError:  # a snapshot whose publisher died before its lock
            shutil.rmtree(live / name, ignore_errors=True)
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue  # a reader still has it open
        shutil.rmtree(live / name, ignore_errors=True)
        lock.unlink(missing_ok=True)
        os.close(fd)


def _recover(path: Path, live: Path) -> bool:
    """Publish a snapshot if none is current or a writer died; False: a writer is at work."""
    live.mkdir(exist_ok=True)
    lock = _WriteLock.try_take(live)
    if lock is None:
        return False
    try:
        if _current(live) is None or (live / "dirty").exists():
            try:
                store = ox.Store(str(path))
            except OSError as exc:
                raise StoreError(f"{path}: cannot open the store: {_first_line(exc)}") from None
            _publish(store, live)
            store.flush()
            del store
            (live / "dirty").unlink(missing_ok=True)
    finally:
        lock.release()
    return True


def _want(live: Path) -> None:
    """Tell the writer at work that a reader wants its commits published."""
    (live / "wanted").touch()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class Writer:
    """The read-write database of a store, under its write lock.

    Call ``committed`` after each transaction and ``close`` at the end (which
    publishes the last snapshot and releases the lock). ``who`` names the writer
    to a second one (default: this process's command line).

    Raises:
        StoreError: another writer holds the store past ``lock_timeout``, or the
            database cannot be opened.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        lock_timeout: float = 10.0,
        publish_every_s: float = 1.0,
        who: str = "",
    ) -> None:
        self.path = Path(path)
        self.live = self.path / LIVE_DIR
        self.publish_every_s = publish_every_s
        try:
            self.live.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the store: {_first_line(exc)}") from None
        self._lock = _WriteLock(self.live, lock_timeout, who)
        try:
            self.store = ox.Store(str(self.path))
        except OSError as exc:
            self._lock.release()
            raise StoreError(f"{self.path}: cannot open the store: {_first_line(exc)}") from None
        stale = _current(self.live) is None or (self.live / "dirty").exists()
        (self.live / "dirty").touch()
        self._last = float("-inf")
        self._published_at = 0.0
        self._pending = False
        if stale:
            self.publish()

    def committed(self) -> None:
        """A transaction was committed: publish it now if a reader wants news (or
        ``publish_every_s`` is 0), else at the latest at ``close``."""
        self._pending = True
        if time.monotonic() - self._last < self.publish_every_s:
            return
        if self.publish_every_s <= 0 or self._wanted():
            self.publish()

    def _wanted(self) -> bool:
        try:
            return (self.live / "wanted").stat().st_mtime >= self._published_at
        except FileNotFoundError:
            return False

    def publish(self) -> str:
        """Make the database's state the current snapshot now; returns its name."""
        self._published_at = time.time()
        name = _publish(self.store, self.live)
        self._last = time.monotonic()
        self._pending = False
        return name

    def close(self) -> None:
        """Flush, publish the final state and release the lock."""
        if self.store is None:
            return
        try:
            self.store.flush()
            self.publish()
            (self.live / "dirty").unlink(missing_ok=True)
        finally:
            self.store = None
            self._lock.release()


class Reader:
    """The newest snapshot of a store, opened read-only, held against deletion.

    Raises:
        StoreError: no store at ``path``, or a writer holds a store that has no
            snapshot yet for longer than ``wait_s``.
    """

    def __init__(self, path: str | Path, *, wait_s: float = 10.0) -> None:
        self.path = Path(path)
        self.live = self.path / LIVE_DIR
        self.name: str | None = None
        self.store: ox.Store | None = None
        self._fd: int | None = None
        if not self.path.is_dir():
            raise StoreError(f"{self.path}: no kg store here (run kg build --store first)")
        if not is_store(self.path):
            raise StoreError(not_a_store(self.path))
        self._open(wait_s)

    def _open(self, wait_s: float) -> None:
        deadline = time.monotonic() + wait_s
        while True:
            name = _current(self.live)
            if name is None or (self.live / "dirty").exists():
                try:
                    recovered = _recover(self.path, self.live)
                except PermissionError:
                    self._open_primary()  # a read-only copy: no writer can exist
                    return
                except OSError as exc:
                    if exc.errno != errno.EROFS:
                        raise StoreError(f"{self.path}: {_first_line(exc)}") from None
                    self._open_primary()
                    return
                if recovered:
                    continue
                try:
                    _want(self.live)
                except OSError:
                    pass
                if name is None:
                    if time.monotonic() >= deadline:
                        raise StoreError(
                            f"{self.path}: a writer holds the store and has not published"
                            " it yet; try again in a moment"
                        )
                    time.sleep(_POLL_S)
                    continue
            if self._hold(name):
                return

    def _hold(self, name: str) -> bool:
        lock = self.live / f"{name}.lock"
        try:
            fd = os.open(lock, os.O_RDONLY)
        except FileNotFoundError:
            return False
        fcntl.flock(fd, fcntl.LOCK_SH)
        try:
            same = os.fstat(fd).st_ino == os.stat(lock).st_ino and (self.live / name).is_dir()
        except FileNotFoundError:
            same = False
        if not same:  # deleted between reading `current` and locking
            os.close(fd)
            return False
        try:
            store = ox.Store.read_only(str(self.live / name))
        except OSError as exc:
            os.close(fd)
            raise StoreError(f"{self.path}: cannot open the store: {_first_line(exc)}") from None
        self._release()
        self.store, self.name, self._fd = store, name, fd
        return True

    def _open_primary(self) -> None:
        try:
            self.store = ox.Store.read_only(str(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store: {_first_line(exc)}") from None
        self.name = None

    def refresh(self) -> bool:
        """Move to the newest snapshot if a writer published one; True if it did."""
        if self.store is None or self.name is None:
            return False
        name = _current(self.live)
        if name == self.name and not (self.live / "dirty").exists():
            return False
        if name is not None and (self.live / "dirty").exists():
            try:
                if not _recover(self.path, self.live):
                    _want(self.live)  # a writer is at work: ask it for news
            except OSError:
                pass
            name = _current(self.live)
        if name is None or name == self.name:
            return False
        return self._hold(name)

    def _release(self) -> None:
        self.store = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def close(self) -> None:
        """Release the snapshot (a writer may then delete it)."""
        self._release()
        self.name = None
