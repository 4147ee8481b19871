"""The per-article pipeline: article records in, events (and each article's RDF) out.

Every engine runs ``process_articles`` on its articles, in this process, in a
worker process or on a Dask worker, and gets back small ``Processed`` records
(events, counts, the article's graph as N-Triples), never spaCy ``Doc``
objects. For each article:

1. **clean**: invisible characters (zero-width, bidi controls, other format
   and control characters) are taken out of the text given to the pipeline;
   every offset is mapped back to the original text, which is kept as it is;
2. **parse** in bounded pieces (``kg.limits.parse_spans``): at most
   ``Limits.max_parse_chars`` characters go to one pipeline call, pieces of
   several articles sharing a call, so memory is bounded however big an
   article is; each call runs inside ``nlp.memory_zone()`` so a long run's
   strings are freed;
3. **date** each mention from its sentence (``kg.dating``), **build** events
   (``kg.events``);
4. **RDF**: the article's named graph as N-Triples, made once, here, and
   checked against the SHACL shapes only when asked.

The result of an article does not depend on the other articles of its batch,
the batch size or the number of workers.
"""

from __future__ import annotations

import gc
import json
import re
import time
import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from kg.dating import date_mentions
from kg.events import DEFAULT_MIN_CONFIDENCE, build_events
from kg.lang import get_mentions, get_nlp, make_doc
from kg.limits import DEFAULT_LIMITS, Limits, parse_spans
from kg.records import Actor, Article, Event, Mention

__all__ = [
    "PipelineConfig",
    "Processed",
    "article_ntriples",
    "clean_text",
    "extract_article",
    "process_articles",
]

# Without memory zones (spaCy < 3.8) the pipelines are rebuilt this often instead.
RELOAD_EVERY = 20_000


@dataclass(frozen=True)
class PipelineConfig:
    """What the pipeline does besides extracting events.

    limits: size limits (``kg.limits``).
    rdf: also make each article's graph, as N-Triples (``Processed.ntriples``).
    validate: check each article's graph against the SHACL shapes (an article
        whose graph violates them comes back with an ``error``).
    base: IRI prefix of instance data.
    json: also write the events as JSON lines (``Processed.events_json``).
    min_confidence: events below it are left out (``kg.events``; 0 keeps all).
    """

    limits: Limits = DEFAULT_LIMITS
    rdf: bool = False
    validate: bool = False
    base: str | None = None
    json: bool = False
    min_confidence: float = DEFAULT_MIN_CONFIDENCE


@dataclass(frozen=True)
class Processed:
    """What the pipeline gives back for one article (no text, no ``Doc``).

    content_hash: ``kg.store.article_hash`` of the article (set with ``rdf``),
        the key a store skips known articles by.
    ntriples: the article's graph (as a store's named graph holds it), one
        sorted N-Triples line per triple; empty unless ``rdf``.
    seconds: time spent on this article by stage: parse, dating and events, RDF.
    error: why the article failed; the other fields are then empty.
    events_json: one JSON line per event (``events.jsonl``); empty unless ``json``.
    """

    article_id: str
    events: tuple[Event, ...] = ()
    sentences: int = 0
    tokens: int = 0
    content_hash: str = ""
    ntriples: str = ""
    seconds: tuple[float, float, float] = (0.0, 0.0, 0.0)
    error: str | None = None
    events_json: str = ""


# ----------------------------------------------------------------- cleaning


# Controls that are whitespace, kept.
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")


@lru_cache(maxsize=4096)
def _invisible(char: str) -> bool:
    """A format character (zero-width, bidi control, soft hyphen...) or a control
    character other than whitespace, by its Unicode category (asked once per character:
    an article has a few hundred distinct ones)."""
    return unicodedata.category(char) in ("Cf", "Cc") and char not in _WHITESPACE_CONTROLS


def clean_text(text: str) -> tuple[str, list[int] | None]:
    """``text`` without invisible characters, and where each character came from.

    Returns:
        ``(clean, origin)``: ``origin[i]`` is the offset in ``text`` of
        ``clean[i]``, plus one last entry ``len(text)``; ``origin`` is None when
        nothing was removed (the usual case: then ``clean is text``).
    """
    found = sorted(c for c in set(text) if _invisible(c))
    if not found:
        return text, None
    pattern = re.compile("[" + "".join(re.escape(c) for c in found) + "]+")
    parts: list[str] = []
    origin: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        parts.append(text[last : m.start()])
        origin.extend(range(last, m.start()))
        last = m.end()
    parts.append(text[last:])
    origin.extend(range(last, len(text)))
    origin.append(len(text))
    return "".join(parts), origin


# ----------------------------------------------------------------- offsets


def _move_actor(actor: Actor | None, start: Callable, end: Callable) -> Actor | None:
    if actor is None or (actor.start is None and actor.end is None):
        return actor
    return replace(
        actor,
        start=None if actor.start is None else start(actor.start),
        end=None if actor.end is None else end(actor.end),
    )


def _move(m: Mention, start: Callable[[int], int], end: Callable[[int], int]) -> Mention:
    """``m`` with every offset mapped: ``start`` for start offsets, ``end`` for ends."""
    return replace(
        m,
        sent_start=start(m.sent_start),
        sent_end=end(m.sent_end),
        source=_move_actor(m.source, start, end),
        target=_move_actor(m.target, start, end),
        attributed_to=_move_actor(m.attributed_to, start, end),
        trigger_start=None if m.trigger_start is None else start(m.trigger_start),
        trigger_end=None if m.trigger_end is None else end(m.trigger_end),
    )


def _shift(m: Mention, by: int) -> Mention:
    """``m`` with offsets into the whole text, from offsets into a piece starting at ``by``."""
    if by == 0:
        return m
    return _move(m, lambda i: i + by, lambda i: i + by)


def _to_original(m: Mention, origin: list[int]) -> Mention:
    """``m`` with offsets into the original text, from offsets into the cleaned one."""
    return _move(m, lambda i: origin[i], lambda i: origin[i - 1] + 1 if i > 0 else 0)


# ----------------------------------------------------------------- parsing

_parsed = 0


class _Vocab:
    """Keeps the words seen in several pipeline calls in the vocabulary for good.

    A memory zone frees the strings and lexemes made inside it, so memory does
    not grow with the corpus; but then every call makes the lexemes of common
    words again, about a fifth of the Arabic pipeline's time. A word seen in
    ``SEEN`` calls' worth of text becomes permanent (added outside any zone),
    up to ``CAP`` words per language, so the cost stays bounded both ways.
    """

    SEEN = 2
    CAP = 60_000
    COUNTED = 100_000  # distinct words counted at most before the counts restart

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}
        self.kept: set[int] = set()
        self.pending: list[str] = []

    def note(self, doc) -> None:
        """Count the words of ``doc`` (inside the zone); keep the strings to promote."""
        if len(self.kept) >= self.CAP:
            return
        from spacy.attrs import ORTH

        counts, kept = self.counts, self.kept
        strings = doc.vocab.strings
        for h, times in Counter(doc.to_array([ORTH]).tolist()).items():
            if h in kept:
                continue
            n = counts.get(h, 0) + times
            counts[h] = n
            if n >= self.SEEN > n - times:  # seen SEEN times now
                self.pending.append(strings[h])
        if len(counts) > self.COUNTED:
            counts.clear()

    def promote(self, nlp) -> None:
        """Add the pending words to ``nlp``'s vocabulary (outside any zone: for good)."""
        for word in self.pending:
            self.kept.add(nlp.vocab[word].orth)
        # the tokenizer caches a chunk's split only outside a zone: split the kept
        # words here, so that inside zones their chunks are looked up, not split again
        words = [w for w in self.pending if not any(c.isspace() for c in w)]
        if words:
            tokenizer = nlp.tokenizer
            tokenizer.max_cache_size = max(tokenizer.max_cache_size, self.CAP)
            tokenizer(" ".join(words))
        self.pending = []


_VOCABS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _vocab(nlp) -> _Vocab:
    """The word counts of one loaded pipeline (a pipeline loaded again starts afresh:
    the words kept are in the vocabulary of the one that kept them)."""
    found = _VOCABS.get(nlp)
    if found is None:
        found = _VOCABS[nlp] = _Vocab()
    return found


def _zone(nlp):
    """``nlp.memory_zone()`` where spaCy has it; else rebuild pipelines now and then."""
    global _parsed
    if hasattr(nlp, "memory_zone"):
        return nlp.memory_zone()
    _parsed += 1
    if _parsed % RELOAD_EVERY == 0:
        get_nlp.cache_clear()
    return nullcontext()


@dataclass
class _Work:
    """One article on its way through the pipeline."""

    article: Article
    text: str  # the cleaned text the pipeline parses
    origin: list[int] | None  # cleaned offset -> original offset (None: same text)
    mentions: list[Mention]
    sentences: int = 0
    tokens: int = 0
    parse_s: float = 0.0


def _chunks(
    pieces: list[tuple[_Work, int, int]], max_chars: int
) -> Iterable[list[tuple[_Work, int, int]]]:
    """Runs of pieces holding at most ``max_chars`` characters (a piece is never longer)."""
    run: list[tuple[_Work, int, int]] = []
    size = 0
    for piece in pieces:
        n = piece[2] - piece[1]
        if run and size + n > max_chars:
            yield run
            run, size = [], 0
        run.append(piece)
        size += n
    if run:
        yield run


_frozen: set[str] = set()
# The cyclic collector's thresholds once a pipeline is loaded (Python's: 700, 10, 10).
GC_THRESHOLDS = (20_000, 20, 20)


def _parse(works: list[_Work], limits: Limits) -> None:
    """Parse every piece of ``works`` (one language), a bounded run at a time."""
    lang = works[0].article.lang
    nlp = get_nlp(lang)
    if lang not in _frozen:
        # the pipeline's tables and lexicons live as long as the process: out of the
        # cyclic collector's full passes, which otherwise walk them again and again
        # (a sixth of the Arabic pipeline's time)
        gc.collect()
        gc.freeze()
        # An article makes some hundred thousand short-lived objects. With Python's
        # thresholds the collector ran every 700 of them, and every hundredth pass was
        # a full one (frozen objects do not count as old, so nothing held those back):
        # 8% of the Arabic pipeline's time, 1.6 s per 2,000 articles; now 0.4 s, at
        # the same peak memory.
        gc.set_threshold(*GC_THRESHOLDS)
        _frozen.add(lang)
    vocab = _vocab(nlp)
    pieces = [(w, s, e) for w in works for s, e in parse_spans(w.text, limits)]
    for run in _chunks(pieces, limits.max_parse_chars):
        t0 = time.perf_counter()
        with _zone(nlp):
            # each Doc carries its article's date (doc._.kg_date): roles and relative
            # dates are read against it
            docs = [make_doc(nlp, w.text[s:e], w.article.date) for w, s, e in run]
            for (w, start, _), doc in zip(run, nlp.pipe(docs, batch_size=len(run)), strict=True):
                w.mentions.extend(_shift(m, start) for m in get_mentions(doc))
                w.sentences += sum(1 for _ in doc.sents)
                w.tokens += len(doc)
                vocab.note(doc)
        vocab.promote(nlp)
        spent = time.perf_counter() - t0
        total = sum(e - s for _, s, e in run) or 1
        for w, s, e in run:
            w.parse_s += spent * (e - s) / total


def _finish(work: _Work, config: PipelineConfig) -> Processed:
    """Dating, events and RDF of one parsed article."""
    article = work.article
    t0 = time.perf_counter()
    parsed = article if work.origin is None else replace(article, text=work.text)
    mentions = date_mentions(parsed, work.mentions)
    if work.origin is not None:
        origin = work.origin
        mentions = [_to_original(m, origin) for m in mentions]
    events = build_events(article, mentions, config.min_confidence)
    t1 = time.perf_counter()
    digest = nt = ""
    if config.rdf or config.validate:
        digest, nt = article_ntriples(article, events, config.base, config.validate)
    lines = ""
    if config.json:
        lines = "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events)
    t2 = time.perf_counter()
    return Processed(
        article.id,
        tuple(events),
        work.sentences,
        work.tokens,
        digest,
        nt if config.rdf else "",
        (work.parse_s, t1 - t0, t2 - t1),
        events_json=lines,
    )


def _failed(article: Article, exc: Exception) -> Processed:
    if isinstance(exc, ValueError) and "SHACL" in str(exc):
        return Processed(article.id, error=str(exc))
    return Processed(article.id, error=f"extraction failed: {exc!r}")


def process_articles(
    records: Iterable[Article | dict[str, Any]], config: PipelineConfig = PipelineConfig()
) -> list[Processed]:
    """The pipeline on each article (records or their dicts), in input order.

    Articles of one language share pipeline calls (batched parsing is much
    faster for the English model). If a call fails, each of its articles is
    redone alone, so one bad article spoils nothing else: it comes back with
    ``error``.
    """
    articles = [_as_article(r) for r in records]
    out: list[Processed | None] = [None] * len(articles)
    by_lang: dict[str, list[int]] = {}
    works: list[_Work | None] = []
    for i, a in enumerate(articles):
        try:
            text, origin = clean_text(a.text)
            works.append(_Work(a, text, origin, []))
            by_lang.setdefault(a.lang, []).append(i)
        except Exception as exc:  # reported with the article
            works.append(None)
            out[i] = _failed(a, exc)
    for idx in by_lang.values():
        group = [works[i] for i in idx]
        try:
            _parse(group, config.limits)
        except Exception:
            for w in group:  # alone, each in a clean state
                w.mentions, w.sentences, w.tokens = [], 0, 0
                try:
                    _parse([w], config.limits)
                except Exception as exc:
                    out[articles.index(w.article)] = _failed(w.article, exc)
        for i in idx:
            if out[i] is not None:
                continue
            try:
                out[i] = _finish(works[i], config)
            except Exception as exc:
                out[i] = _failed(articles[i], exc)
    return out  # type: ignore[return-value]


def extract_article(article: Article, limits: Limits = DEFAULT_LIMITS) -> tuple[list[Event], int]:
    """The events and sentence count of one article (the pipeline without RDF).

    Raises:
        RuntimeError: extraction failed.
    """
    (done,) = process_articles([article], PipelineConfig(limits=limits))
    if done.error is not None:
        raise RuntimeError(f"{article.id}: {done.error}")
    return list(done.events), done.sentences


def _as_article(record: Article | dict[str, Any]) -> Article:
    if isinstance(record, Article):
        return record
    fields = Article.__dataclass_fields__
    return Article(**{k: v for k, v in record.items() if k in fields})


# ----------------------------------------------------------------- RDF


def article_ntriples(
    article: Article, events: Iterable[Event], base: str | None = None, validate: bool = False
) -> tuple[str, str]:
    """The article's graph as a store's named graph holds it: (content hash, N-Triples).

    The triples are those of ``kg.rdf.convert.events_to_graph`` for the
    article, plus its ``kgo:contentHash``, written without rdflib. The lines
    are sorted and hold no blank nodes, so files of such blocks are valid
    N-Triples alone and concatenated.

    Raises:
        ValueError: ``validate`` and the graph violates the SHACL shapes.
    """
    from kg.rdf.convert import DEFAULT_BASE, Lit, article_iri, graph_triples, ntriples_lines
    from kg.store.oxigraph import article_graph, article_hash

    base = base or DEFAULT_BASE
    digest = article_hash(article)
    events = [e for e in events if e.doc_id == article.id]
    if validate:  # on request only: SHACL is slow
        article_graph(article, events, base, validate=True)
    triples = list(graph_triples(events, [article], base))
    triples.append((str(article_iri(article.id, base)), _CONTENT_HASH, Lit(digest)))
    return digest, "".join(line + "\n" for line in ntriples_lines(triples))


_CONTENT_HASH = "https://w3id.org/kg-events/ontology#contentHash"
