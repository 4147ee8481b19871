"""The corpus walker: folders, ``.txt``, ``.jsonl``, ``.jsonl.gz`` and globs, an article at a time.

``iter_corpus`` is the one way every command reads input. It yields one
``Article`` (or ``IngestError``) at a time, reading files lazily (JSONL line
by line, gzip as a stream), so memory does not grow with the corpus beyond
a few bytes per article id. Each file is read and checked by
``kg.ingest.read_file``; this module adds the walk over many files, glob
patterns, duplicate ids across the whole run (the first article with an id is
kept, later ones are errors, so every rebuild gives the same result) and the
size limits of ``kg.limits``.
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.ingest import JSONL_SUFFIXES, TEXT_SUFFIXES, IngestError, read_file
from kg.limits import DEFAULT_LIMITS, Limits, OversizeError, limit_article
from kg.records import Article, content_hash

__all__ = ["GLOB_CHARS", "apply_limits", "corpus_files", "iter_corpus"]

GLOB_CHARS = frozenset("*?[")


def _wanted(name: str) -> bool:
    low = name.lower()
    return not name.startswith(".") and low.endswith(JSONL_SUFFIXES + TEXT_SUFFIXES)


def _unreadable(path: str, exc: OSError) -> IngestError:
    if exc.errno == 40:  # ELOOP
        return IngestError(path, "cannot read: a symbolic link that loops")
    return IngestError(path, f"cannot read: {exc.strerror or exc}")


def _walk(directory: Path) -> Iterator[Path | IngestError]:
    """Files under ``directory`` in the order of ``sorted(rglob)``, one folder at a time.

    Symbolic links to folders are not followed (they could loop); a link to a
    file that cannot be resolved is an error of its own.
    """
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield _unreadable(str(directory), exc)
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
            elif _wanted(entry.name) and (entry.is_file() or entry.is_symlink()):
                if entry.is_symlink():
                    os.stat(path)  # raises for a loop or a dangling link
                yield path
        except OSError as exc:
            yield _unreadable(str(path), exc)


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
                found = found or isinstance(f, Path)
                yield f
            if not found:
                yield IngestError(text, "directory holds no .txt or .jsonl files")
        elif path.exists():
            yield path
        elif path.is_symlink():
            try:
                os.stat(path)
            except OSError as exc:
                yield _unreadable(text, exc)
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


def _key(article_id: str) -> bytes:
    return hashlib.blake2b(article_id.encode("utf-8"), digest_size=8).digest()


def iter_corpus(
    sources: Iterable[str | Path],
    limits: Limits = DEFAULT_LIMITS,
    default_date: str | None = None,
) -> Iterator[Article | IngestError]:
    """Articles of a corpus, one at a time, size-limited and without duplicate ids.

    Args:
        sources: files, directories or glob patterns.
        limits: what is read for one article is bounded by ``limits.max_input_bytes``;
            an article over ``limits.max_article_bytes`` is split into parts or
            rejected (an ``IngestError`` saying so).
        default_date: the date of articles that carry none (``kg build --date``).

    Yields:
        Articles in input order, and an ``IngestError`` per problem. An article
        whose id an earlier one of the run has is an error naming where the
        first one was (the first is kept), so a store built twice from the same
        input gets the same articles.
    """
    files: list[str] = []
    # id key -> where the first article with that id was: file index and line, packed
    seen: dict[bytes, int] = {}
    for item in corpus_files(sources):
        if isinstance(item, IngestError):
            yield item
            continue
        files.append(str(item))
        for art in read_file(item, limits, default_date):
            if isinstance(art, IngestError):
                yield art
                continue
            key = _key(art.id)
            first = seen.get(key)
            if first is not None:
                where = files[first >> 32] + (
                    f":{first & 0xFFFFFFFF}" if first & 0xFFFFFFFF else ""
                )
                if art.id == content_hash(art.text):
                    yield IngestError(art.origin, f"skipped: same text as {where}")
                else:
                    yield IngestError(
                        art.origin, f"skipped: duplicate id {art.id!r}, first used at {where}"
                    )
                continue
            line = art.origin[len(files[-1]) + 1 :]
            seen[key] = (len(files) - 1) << 32 | (int(line) if line.isdigit() else 0)
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
