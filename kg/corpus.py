"""Corpus input as a stream: directories, ``.txt``, ``.jsonl``, ``.jsonl.gz`` and globs.

``iter_corpus`` yields one ``Article`` (or ``IngestError``) at a time, reading
files lazily (JSONL line by line, gzip as a stream), so memory does not grow
with the corpus. Each file is read and checked by the readers of ``kg.ingest``;
this module adds the walk over many files, glob patterns, duplicate detection
across files (8 bytes per article, or none at all: a store skips duplicates
by content hash itself) and the size limits of ``kg.limits``.
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.ingest import JSONL_SUFFIXES, TEXT_SUFFIXES, IngestError
from kg.ingest import _read_path as read_file
from kg.limits import DEFAULT_LIMITS, Limits, OversizeError, limit_article
from kg.records import Article, content_hash

__all__ = ["GLOB_CHARS", "apply_limits", "corpus_files", "iter_corpus"]

GLOB_CHARS = frozenset("*?[")


def _wanted(name: str) -> bool:
    low = name.lower()
    return not name.startswith(".") and low.endswith(JSONL_SUFFIXES + TEXT_SUFFIXES)


def _walk(directory: Path) -> Iterator[Path]:
    """Files under ``directory`` in the order of ``sorted(rglob)``, one folder at a time."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file() and _wanted(entry.name):
            yield path


def corpus_files(sources: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Every input file named by ``sources``, in a stable order.

    A source is a file, a directory (searched recursively) or a glob pattern
    (``data/**/*.jsonl.gz``); one that matches nothing is an ``IngestError``.
    """
    for given in sources:
        text = str(given)
        path = Path(text)
        if path.is_dir():
            found = False
            for f in _walk(path):
                found = True
                yield f
            if not found:
                yield IngestError(text, "directory holds no .txt or .jsonl files")
        elif path.exists():
            yield path
        elif GLOB_CHARS & set(text):
            matches = sorted(glob.iglob(text, recursive=True))
            if not matches:
                yield IngestError(text, "the pattern matches no file")
            for m in matches:
                if Path(m).is_dir():
                    yield from corpus_files([m])
                elif _wanted(Path(m).name):
                    yield Path(m)
        else:
            yield IngestError(text, "no such file or directory")


def _key(article: Article) -> bytes:
    return hashlib.blake2b(article.id.encode("utf-8"), digest_size=8).digest()


def iter_corpus(
    sources: Iterable[str | Path],
    limits: Limits = DEFAULT_LIMITS,
    dedupe: bool = True,
) -> Iterator[Article | IngestError]:
    """Articles of a corpus, one at a time, size-limited.

    Args:
        sources: files, directories or glob patterns.
        limits: an article over ``limits.max_article_bytes`` is split into
            parts or rejected (an ``IngestError`` saying so).
        dedupe: skip an article whose id was seen earlier in the run (an
            ``IngestError`` saying which). Costs about 70 bytes per article;
            turn it off when a store skips known articles anyway.
    """
    seen: set[bytes] = set()
    for item in corpus_files(sources):
        if isinstance(item, IngestError):
            yield item
            continue
        # One file's reader, without kg.ingest.read_articles' id table (it grows with the input).
        for art in read_file(item):
            if isinstance(art, IngestError):
                yield art
                continue
            if dedupe:
                key = _key(art)
                if key in seen:
                    same = art.id == content_hash(art.text)
                    what = "same text as an earlier article" if same else f"duplicate id {art.id!r}"
                    yield IngestError(art.origin, f"skipped: {what}")
                    continue
                seen.add(key)
            yield from apply_limits([art], limits)


def apply_limits(
    items: Iterable[Article | IngestError], limits: Limits = DEFAULT_LIMITS
) -> Iterator[Article | IngestError]:
    """``items`` with each oversize article split into parts, or replaced by an error."""
    for item in items:
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            yield from limit_article(item, limits)
        except OversizeError as exc:
            yield IngestError(item.origin or item.id, str(exc))
