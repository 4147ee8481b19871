"""Size limits: no article, and no run of text without a sentence end, is too big to parse.

Three guards keep the time and memory of one article bounded:

* ``Limits.max_input_bytes``: the most bytes read for one article (a JSONL
  line or a ``.txt`` file, after gzip), enforced while reading
  (``kg.ingest``): a bigger input, a gzip bomb say, is one error.
* ``limit_article``: an article over ``Limits.max_article_bytes`` (UTF-8,
  default 1 MB) is split at paragraph boundaries into parts, each an article
  of its own (``<id>.part<k>``), or rejected with a message, as
  ``Limits.oversize`` says.
* ``parse_spans``: the pipelines are given the text in pieces. A stretch with
  no sentence end (a table, a list, text without punctuation) longer than
  ``Limits.max_sentence_chars`` is cut at spaces into pieces of at most that
  size, each parsed alone, so it can never become one huge "sentence" (the
  Arabic clause rules grow faster than linearly with sentence length); and a
  text over ``Limits.max_parse_chars`` is parsed a few paragraphs at a time.
  At most ``max_parse_chars`` characters go to the pipeline in one call
  (``kg.pipeline``), so memory stays bounded however big the article.
  A headline (a first line without a sentence end, then a blank line) is a
  piece of its own, so it never runs into the first sentence of the body.
  An ordinary article is one piece besides, so its events are those of
  parsing it whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg.records import Article

__all__ = [
    "DEFAULT_LIMITS",
    "OVERSIZE_POLICIES",
    "Limits",
    "OversizeError",
    "cut_points",
    "heading_end",
    "limit_article",
    "parse_spans",
]

OVERSIZE_POLICIES = ("split", "reject")

# Sentence ends of both languages (Latin and Arabic question mark, full stop,
# Urdu/Arabic full stop) and line breaks; a long stretch without any is cut.
_SENTENCE_END = ".!?\u061f\u06d4\n"
# Maximal runs only: a bounded repeat ({n,}) would rescan every shorter run quadratically.
_RUN = re.compile("[^" + re.escape(_SENTENCE_END) + "]+")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Limits:
    """How big an article, a parse call and a sentence may get.

    max_article_bytes: UTF-8 size above which an article is split or rejected.
    oversize: ``"split"`` (at paragraph boundaries) or ``"reject"``.
    max_input_bytes: the most bytes read for one article (a JSONL line with its
        JSON escapes, a ``.txt`` file); a bigger input is an error, whatever
        ``oversize`` says.
    max_sentence_chars: longest stretch of text without a sentence end that is
        parsed as it is; longer ones are cut at spaces into pieces this long.
    max_parse_chars: longest text given to one pipeline call.
    """

    max_article_bytes: int = 1_000_000
    oversize: str = "split"
    max_sentence_chars: int = 2_000
    max_parse_chars: int = 50_000
    max_input_bytes: int = 64_000_000

    def __post_init__(self) -> None:
        if self.oversize not in OVERSIZE_POLICIES:
            raise ValueError(f"oversize must be one of {', '.join(OVERSIZE_POLICIES)}")
        for name in ("max_article_bytes", "max_sentence_chars", "max_parse_chars"):
            if getattr(self, name) < 64:
                raise ValueError(f"{name} must be at least 64, got {getattr(self, name)}")
        if self.max_input_bytes < self.max_article_bytes:
            raise ValueError(
                f"max_input_bytes ({self.max_input_bytes}) must be at least "
                f"max_article_bytes ({self.max_article_bytes})"
            )

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


DEFAULT_LIMITS = Limits()


class OversizeError(ValueError):
    """An article over the size limit, with ``oversize="reject"``."""


def _last_boundary(text: str, start: int, end: int) -> int:
    """The best place to cut ``text[start:end]`` short: after its last blank line, line
    break, sentence end or space (in that order of preference), else ``end``."""
    floor = start + (end - start) // 4  # never cut so early that pieces become tiny
    for pattern in ("\n\n", "\n"):
        i = text.rfind(pattern, floor, end)
        if i >= 0:
            return i + len(pattern)
    best = max(text.rfind(ch, floor, end - 1) for ch in ".!?\u061f\u06d4")
    if best >= 0:
        return best + 1
    for i in range(end - 1, floor - 1, -1):
        if text[i].isspace():
            return i + 1
    return end


def cut_points(text: str, max_len: int, *, utf8: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` pieces covering ``text``, each at most ``max_len`` long.

    Pieces end at a paragraph break where one is close enough to the limit,
    else at a line break, a sentence end, a space, or (text with no space at
    all) exactly at the limit. With ``utf8`` the limit counts UTF-8 bytes.
    """
    if max_len < 1:
        raise ValueError("max_len must be positive")
    n = len(text)
    out: list[tuple[int, int]] = []
    start = 0
    while start < n:
        end = min(n, start + max_len)
        if utf8:
            size = len(text[start:end].encode("utf-8"))
            while size > max_len:  # shrink in proportion, then to the exact fit
                end = start + max(1, (end - start) * max_len // size - 1)
                size = len(text[start:end].encode("utf-8"))
        if end < n:
            end = _last_boundary(text, start, end)
        out.append((start, end))
        start = end
    return out


def limit_article(article: Article, limits: Limits = DEFAULT_LIMITS) -> list[Article]:
    """``[article]`` when it is small enough, else its parts (``<id>.part<k>``).

    A part is an article of its own: its text is a slice of the original, so
    event offsets point into the part's text. Parts keep the article's
    language, date, title, url and source.

    Raises:
        OversizeError: the article is too big and ``limits.oversize`` is ``"reject"``.
    """
    size = len(article.text.encode("utf-8"))
    if size <= limits.max_article_bytes:
        return [article]
    limit_mb = limits.max_article_bytes / 1_000_000
    if limits.oversize == "reject":
        raise OversizeError(
            f"article {article.id!r} is {size / 1_000_000:.2f} MB, over the "
            f"{limit_mb:g} MB limit: rejected (raise --max-article-bytes, or use "
            "--oversize split to cut it into parts at paragraph boundaries)"
        )
    pieces = [
        (s, e)
        for s, e in cut_points(article.text, limits.max_article_bytes, utf8=True)
        if article.text[s:e].strip()
    ]
    n = len(pieces)
    return [
        replace(
            article,
            id=f"{article.id}.part{k}",
            text=article.text[s:e],
            origin=f"{article.origin} (part {k} of {n}: over the {limit_mb:g} MB limit)",
        )
        for k, (s, e) in enumerate(pieces, 1)
    ]


# A headline: leading blank lines, one line with no sentence end, a blank line.
_HEADING = re.compile(
    r"\s{0,100}[^\n]{1,300}?[^\s.!?\u061f\u06d4:;\"'»”)\]]\s*?\n[ \t\r\f\v]*\n\s{0,100}"
)


def heading_end(text: str) -> int:
    """Where the body starts after a headline (its first line, alone in its paragraph
    and without a sentence end), or 0 when the text does not open with one."""
    m = _HEADING.match(text)
    return m.end() if m and m.end() < len(text) else 0


def _long_runs(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Stretches longer than ``limit`` with no sentence end or line break."""
    for m in _RUN.finditer(text):
        if m.end() - m.start() > limit:
            yield m.start(), m.end()


def _cut_run(text: str, start: int, end: int, limit: int) -> list[int]:
    """Cut positions inside ``text[start:end]``: at the last space before each
    ``limit`` characters (or at the limit when there is none)."""
    cuts = []
    pos = start
    while end - pos > limit:
        cut = pos + limit
        i = cut - 1
        while i > pos + limit // 2 and not _SPACE.match(text, i):
            i -= 1
        if i > pos + limit // 2:
            cut = i + 1
        cuts.append(cut)
        pos = cut
    return cuts


def parse_spans(text: str, limits: Limits = DEFAULT_LIMITS) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of ``text`` to parse one by one; they cover it in order.

    An ordinary article is one piece. Long stretches without a sentence end
    are cut at spaces (every piece of such a stretch is a piece of its own), and
    text over ``limits.max_parse_chars`` is cut at paragraph breaks.
    """
    n = len(text)
    if n == 0:
        return [(0, 0)]
    cuts = {0, n}
    head = heading_end(text)
    if head:
        cuts.add(head)
    for s, e in _long_runs(text, limits.max_sentence_chars):
        cuts.update(_cut_run(text, s, e, limits.max_sentence_chars))
    bounds = sorted(cuts)
    spans: list[tuple[int, int]] = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        if e - s <= limits.max_parse_chars:
            spans.append((s, e))
        else:
            spans.extend((s + a, s + b) for a, b in cut_points(text[s:e], limits.max_parse_chars))
    return spans
