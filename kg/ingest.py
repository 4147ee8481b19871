"""Ingest: one input file in, validated ``Article`` records out (the first pipeline stage).

Untrusted input is checked once, here. Problems never raise: each one is
yielded as an ``IngestError`` naming the file (or ``file:LINE``), so one bad
article does not stop a batch. Article text is kept exactly as given (only a
leading byte-order mark is removed) so that character offsets computed later
still point into the original text. Reading is bounded: no more than
``Limits.max_input_bytes`` are held for one article, so a huge line (a gzip
bomb) is one error, not a run out of memory. ``kg.corpus.iter_corpus`` walks
files, directories and globs and calls ``read_file`` for each file.

Accepted inputs:
    * ``*.txt``: one article per file; id = content hash, title = first
      non-empty line; date = the one given (``kg build --date``), else a date
      in the file name (``rt_lavrov_2015-10-27_ar.txt``), else a dateline at the
      top of the text.
    * ``*.jsonl`` (and ``*.jsonl.gz``): one JSON object per line with ``text`` and
      optional ``id``, ``lang``, ``date``, ``title``, ``url``, ``source``.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from kg.lang import packs, supported
from kg.limits import DEFAULT_LIMITS, Limits
from kg.records import Article, content_hash

__all__ = [
    "JSONL_SUFFIXES",
    "TEXT_SUFFIXES",
    "IngestError",
    "dateline_date",
    "detect_language",
    "filename_date",
    "parse_date",
    "read_file",
]

BOM = "\ufeff"
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
TEXT_SUFFIXES = (".txt",)
OPTIONAL_STR_FIELDS = ("title", "url", "source")
_CHUNK = 1 << 20  # bytes read at a time while skipping the rest of an oversize line


@dataclass(frozen=True)
class IngestError:
    """A problem with one input file or one JSONL line.

    origin: ``path`` or ``path:LINE``.
    message: what is wrong, in words a user can act on.
    """

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


# --- language detection -------------------------------------------------------

# Enough text to tell the script and the language; the rest changes nothing.
_DETECT_CHARS = 20_000


def detect_language(text: str) -> str | None:
    """Guess the language of ``text`` among the registered language packs.

    Decides by script first (the script of the packs with most letters; a tie
    goes to the pack first in ``kg.lang.packs()``), then asks the packs of that
    script in turn whether the text is their language (English by its
    function words, Arabic unless it is Persian or Urdu). Only the first
    20,000 characters are read.

    Args:
        text: the article text.

    Returns:
        a pack's code (``"ar"``, ``"en"``), or ``None`` when the text is in
        another language or has too few letters to tell.
    """
    text = text[:_DETECT_CHARS]
    registered = packs().values()
    tests: dict[str, Callable[[str], bool]] = {}
    for pack in registered:
        tests.setdefault(pack.script, pack.in_script)
    counts = dict.fromkeys(tests, 0)
    other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        for script, in_script in tests.items():
            if in_script(ch):
                counts[script] += 1
                break
        else:
            other += 1
    known = sum(counts.values())
    if known == 0 or known < other:
        return None
    script = max(counts, key=counts.__getitem__)
    for pack in registered:
        if pack.script == script and pack.detect(text, counts[script]):
            return pack.code
    return None


# --- field validation ---------------------------------------------------------

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_date(value: str) -> str:
    """Validate an ISO 8601 date or date-time and return its ``YYYY-MM-DD`` part.

    Raises:
        ValueError: if ``value`` is neither ``YYYY-MM-DD`` nor an ISO date-time.
    """
    value = value.strip()
    if not _ISO_DATE.match(value):
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD or an ISO 8601 date-time")
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        # The date part as written is the article's local date; do not convert zones.
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError as exc:
        raise ValueError(f"bad date {value!r}: {exc}") from None


def _check_unicode(value: str, name: str) -> None:
    """A JSON ``\\ud800`` escape gives a lone surrogate: a string no UTF-8 output can hold."""
    m = _SURROGATE.search(value)
    if m:
        raise ValueError(
            f"'{name}' holds a lone surrogate (U+{ord(m.group()):04X}) at character "
            f"{m.start()}: not valid Unicode"
        )


def _resolve_lang(given: Any, text: str) -> str:
    """The article language: ``given`` if supported, else detected; raises ValueError."""
    codes = supported()
    listed = ", ".join(codes)
    if given is None:
        lang = detect_language(text)
        if lang is None:
            raise ValueError(
                f"could not recognise a supported language in the text (supported: {listed}); "
                "give 'lang' in a JSONL record if the language is supported"
            )
        return lang
    if not isinstance(given, str):
        raise ValueError(f"'lang' must be a string, got {type(given).__name__}")
    # Accept region tags such as "en-GB" or "ar_EG": the pack is per language.
    lang = re.split(r"[-_]", given.strip().lower(), maxsplit=1)[0]
    if lang not in codes:
        raise ValueError(f"unsupported language {given!r}; supported: {listed}")
    return lang


def _title_of(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None


def _decode(data: bytes, offset: int = 0) -> str:
    """UTF-8 text of ``data``; raises ValueError naming the first bad byte.

    offset: where ``data`` starts in its file, so the message gives a file offset.
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ValueError(f"binary data, not text (NUL byte at byte offset {offset + nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise ValueError(
            f"not UTF-8 (byte 0x{bad:02x} at byte offset {offset + exc.start}); "
            "re-save the file as UTF-8"
        ) from None
    return text[1:] if text.startswith(BOM) else text


def _check_text(text: str) -> None:
    """Text at all. Other control and invisible format characters are kept (offsets
    stay true) and masked before extraction (``kg.pipeline.clean_text``)."""
    if not text.strip():
        raise ValueError("no text (empty or whitespace only)")
    nul = text.find("\x00")
    if nul >= 0:
        raise ValueError(f"control character U+0000 at character {nul}; not plain text")


def _too_big(limits: Limits) -> str:
    return (
        f"over the {limits.max_input_bytes / 1_000_000:g} MB input limit: not read "
        "(raise --max-input-bytes to read it)"
    )


# --- dates of plain-text articles ---------------------------------------------

_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_DATELINE_CHARS = 400


def filename_date(name: str) -> str | None:
    """A ``YYYY-MM-DD`` (or ``YYYY_MM_DD``, ``YYYY.MM.DD``) date in a file name."""
    for m in _NAME_DATE.finditer(name):
        try:
            return date(*map(int, m.groups())).isoformat()
        except ValueError:
            continue
    return None


def dateline_date(text: str, lang: str) -> str | None:
    """The first full date (day, month and year) at the top of ``text``: a dateline
    such as "CAIRO, Oct. 27, 2015" or "الثلاثاء 27 أكتوبر 2015"."""
    from kg.dating import dates_in

    head = text[:_DATELINE_CHARS]
    for d in dates_in(head, lang, None):
        if d.precision == "day" and not d.relative:
            return d.iso
    return None


# --- readers ------------------------------------------------------------------


def _read_text_file(
    path: Path, origin: str, limits: Limits, default_date: str | None
) -> Iterator[Article | IngestError]:
    try:
        with open(path, "rb") as fh:
            data = fh.read(limits.max_input_bytes + 1)
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    if not data:
        yield IngestError(origin, "empty file")
        return
    if len(data) > limits.max_input_bytes:
        yield IngestError(origin, _too_big(limits))
        return
    try:
        text = _decode(data)
        _check_text(text)
        lang = _resolve_lang(None, text)
    except ValueError as exc:
        yield IngestError(origin, str(exc))
        return
    day = default_date or filename_date(path.name) or dateline_date(text, lang)
    yield Article(
        id=content_hash(text),
        text=text,
        lang=lang,
        date=day,
        title=_title_of(text),
        origin=origin,
    )


def _article_from_record(record: Any, origin: str, default_date: str | None) -> Article:
    """Validate one JSONL record; raises ValueError with a user-facing message."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise ValueError("missing 'text'")
    if not isinstance(text, str):
        raise ValueError(f"'text' must be a string, got {type(text).__name__}")
    if text.startswith(BOM):
        text = text[1:]
    _check_unicode(text, "text")
    _check_text(text)
    # "doc_id" is what gold files use; accept it so they can be read directly.
    raw_id = record.get("id", record.get("doc_id"))
    if raw_id is None:
        doc_id = content_hash(text)
    elif isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        raise ValueError(f"'id' must be a string or an integer, got {type(raw_id).__name__}")
    else:
        doc_id = str(raw_id).strip()
        if not doc_id:
            raise ValueError("'id' is empty")
        _check_unicode(doc_id, "id")
    fields: dict[str, str | None] = {}
    for name in OPTIONAL_STR_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"'{name}' must be a string, got {type(value).__name__}")
        if isinstance(value, str):
            _check_unicode(value, name)
        fields[name] = (value.strip() or None) if isinstance(value, str) else None
    raw_date = record.get("date")
    if raw_date is not None and not isinstance(raw_date, str):
        raise ValueError(f"'date' must be a string, got {type(raw_date).__name__}")
    day = parse_date(raw_date) if raw_date and raw_date.strip() else default_date
    lang = _resolve_lang(record.get("lang"), text)
    return Article(id=doc_id, text=text, lang=lang, date=day, origin=origin, **fields)


def _lines(fh: BinaryIO, cap: int) -> Iterator[tuple[bytes | None, int]]:
    """``(line, size)`` of each line, holding at most ``cap`` bytes of it: a longer
    line comes as ``(None, size)`` and is skipped a chunk at a time, unread."""
    while True:
        raw = fh.readline(cap + 1)
        if not raw:
            return
        if len(raw) <= cap or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while True:  # the rest of the line, discarded as it comes
            more = fh.readline(_CHUNK)
            size += len(more)
            if not more or more.endswith(b"\n"):
                break
        yield None, size


def _read_jsonl_file(
    path: Path, origin: str, limits: Limits, default_date: str | None
) -> Iterator[Article | IngestError]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    offset = 0
    count = 0
    try:
        with opener(path, "rb") as fh:
            for n, (raw, size) in enumerate(_lines(fh, limits.max_input_bytes), 1):
                where = f"{origin}:{n}"
                start, offset = offset, offset + size
                if raw is None:
                    count += 1
                    yield IngestError(where, f"line of {size:,} bytes {_too_big(limits)}")
                    continue
                if not raw.strip():
                    continue
                count += 1
                try:
                    line = _decode(raw, start).rstrip("\r\n")
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise ValueError(
                            f"malformed JSON: {exc.msg} (at character {exc.pos + 1})"
                        ) from None
                    article = _article_from_record(record, where, default_date)
                except (ValueError, RecursionError) as exc:
                    msg = "JSON nested too deeply" if isinstance(exc, RecursionError) else exc
                    yield IngestError(where, str(msg))
                    continue
                yield article
    except (OSError, EOFError, zlib.error) as exc:
        # gzip.BadGzipFile is an OSError; a truncated archive raises EOFError.
        yield IngestError(origin, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        return
    if count == 0:
        yield IngestError(origin, "empty file (no JSON lines)")


def is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def read_file(
    path: Path, limits: Limits = DEFAULT_LIMITS, default_date: str | None = None
) -> Iterator[Article | IngestError]:
    """The articles of one file, and an ``IngestError`` per problem.

    Args:
        path: a ``.jsonl``/``.jsonl.gz`` file, or any other file read as plain text.
        limits: ``limits.max_input_bytes`` bounds what is read for one article.
        default_date: the date of articles that carry none (``kg build --date``);
            for a ``.txt`` it comes before the file name and the dateline.

    Yields:
        An ``Article`` per valid article, an ``IngestError`` per problem: an
        unreadable, empty, binary or non-UTF-8 file, a malformed JSON line, a
        missing or non-string field, a lone surrogate, a bad date, an
        unsupported language, an input over the size limit.
    """
    origin = str(path)
    if is_jsonl(path):
        yield from _read_jsonl_file(path, origin, limits, default_date)
    else:
        yield from _read_text_file(path, origin, limits, default_date)
