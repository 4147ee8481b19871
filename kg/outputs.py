"""Output files, written atomically: a temporary file beside the target, then rename.

A temporary file is named ``.<name>.<pid>.<random>.tmp``; one whose process is
gone (killed mid-write) is removed by ``remove_stale_temp_files``.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import time
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from kg.records import Event

__all__ = [
    "atomic_open",
    "atomic_write_text",
    "read_events_jsonl",
    "remove_stale_temp_files",
    "write_events_jsonl",
]


def _create_temp(path: Path) -> tuple[int, str]:
    """A new, empty file beside ``path``, created with mode 0666 less the umask.

    ``tempfile.mkstemp`` would make it 0600, and the rename would keep that:
    a page or graph that the web server or a colleague cannot read.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(tmp, flags, 0o666), str(tmp)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


@contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8"):
    """Open a temporary file next to ``path``; on success rename it over ``path``.

    On any exception the temporary file is removed and ``path`` is untouched.
    The file gets the permissions the umask gives (0644 with umask 022), like
    any file the user creates.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(path)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_TEMP = re.compile(r"^\.(?P<name>.+?)\.(?:(?P<pid>\d+)\.)?[^.]+\.tmp$")
# A temporary file without a process id (written before they carried one) is
# taken as abandoned once this old.
_OLD_TEMP_S = 3600


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temp_files(folder: str | Path) -> list[Path]:
    """Remove the temporary files ``atomic_open`` left in ``folder`` when its process
    was killed mid-write; returns them. A temporary file of a live process stays."""
    removed = []
    now = time.time()
    for entry in os.scandir(folder):
        m = _TEMP.match(entry.name)
        if m is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = m.group("pid")
        if pid is None:
            if now - entry.stat().st_mtime < _OLD_TEMP_S:
                continue
        elif int(pid) == os.getpid() or _alive(int(pid)):
            continue
        Path(entry.path).unlink(missing_ok=True)
        removed.append(Path(entry.path))
    return removed


def atomic_write_text(path: str | Path, text: str) -> None:
    with atomic_open(path) as fh:
        fh.write(text)


def write_events_jsonl(path: str | Path, events: Iterable[Event]) -> int:
    """Write one event per line; returns the count."""
    n = 0
    with atomic_open(path) as fh:
        for ev in events:
            fh.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def read_events_jsonl(path: str | Path) -> list[Event]:
    with open(path, encoding="utf-8") as fh:
        return [Event.from_dict(json.loads(line)) for line in fh if line.strip()]
