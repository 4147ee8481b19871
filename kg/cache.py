"""A disk cache for compiled lexicon indexes, keyed by the content hash of their sources.

Building some indexes (tens of thousands of name forms and verb frames) takes
longer than loading them; ``cached`` builds once, pickles the result under the
user's cache folder (``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else
``~/.cache/kg``) and loads it on later starts. The key covers the source files'
bytes, a version string and the Python version, so an edited table is never read
stale. A cache that cannot be read or written is rebuilt or skipped silently:
the result is the same, only slower.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_dir", "cached"]

T = TypeVar("T")


def cache_dir() -> Path:
    """Where compiled indexes are kept."""
    env = os.environ.get("KG_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def _key(sources: Iterable[Path], version: str) -> str:
    h = hashlib.sha256(f"{version}|{sys.version_info[:2]}".encode())
    for path in sources:
        h.update(path.name.encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()[:20]


def cached(name: str, sources: Iterable[Path], build: Callable[[], T], version: str = "1") -> T:
    """``build()``, or its pickled result from an earlier run with the same sources."""
    path = cache_dir() / f"{name}-{_key(sources, version)}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{name}-*.pickle"):  # earlier versions of this index
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return value
