"""The main job: articles -> events -> events.jsonl, graph.ttl and graph.html.

Pure functions over records; ``kg.cli`` only parses arguments and prints.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus import apply_limits
from kg.counts import EventCounts, count_events
from kg.ingest import IngestError, read_articles
from kg.limits import DEFAULT_LIMITS, Limits
from kg.outputs import atomic_write_text
from kg.records import Article, Event
from kg.workers import ExtractConfig, extract_bounded, iter_extracted

__all__ = ["BuildResult", "extract", "extract_article", "build", "write_outputs"]


@dataclass
class BuildResult:
    """What a build did: counts for the summary, and the errors met."""

    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sentences: int = 0

    @property
    def counts(self) -> EventCounts:
        """Events, categories and actors as every output counts them (``kg.counts``)."""
        return count_events(self.events)

    @property
    def per_category(self) -> Counter:
        return self.counts.per_category

    @property
    def actors(self) -> Counter:
        """Events per actor id (``kg.counts``: every event of the actor; no concepts)."""
        return Counter({a.id: a.degree for a in self.counts.top()})


def extract_article(article: Article) -> tuple[list[Event], int]:
    """Run the article's language pipeline; returns its events and sentence count.

    The text is parsed in bounded pieces (``kg.limits.parse_spans``): whole, unless
    it holds a very long stretch without a sentence end.
    """
    events, n_sent, _ = extract_bounded(article)
    return events, n_sent


def extract(
    items: Iterable[Article | IngestError],
) -> Iterator[tuple[Article | IngestError, list[Event], int]]:
    """Extract from each article; ingest errors and failures pass through as errors."""
    for item in items:
        if isinstance(item, IngestError):
            yield item, [], 0
            continue
        try:
            events, n_sent = extract_article(item)
        except Exception as exc:  # one bad article must not stop the others
            yield IngestError(item.origin or item.id, f"extraction failed: {exc!r}"), [], 0
            continue
        yield item, events, n_sent


def build(
    paths: Iterable[str | Path], workers: int = 1, limits: Limits = DEFAULT_LIMITS
) -> BuildResult:
    """Read and extract every article under ``paths``, in ``workers`` processes
    (``kg.workers``; the result does not depend on their number). Articles over
    ``limits.max_article_bytes`` are split or rejected (``kg.limits``)."""
    result = BuildResult()
    items = apply_limits(read_articles(paths), limits)
    for item, ex in iter_extracted(items, workers, ExtractConfig(limits=limits)):
        if ex is None or ex.error is not None:
            result.errors.append(
                str(item) if ex is None else f"{item.origin or item.id}: {ex.error}"
            )
            continue
        result.articles.append(item)
        result.events.extend(ex.events)
        result.sentences += ex.sentences
    return result


def write_outputs(result: BuildResult, out: str | Path, base: str | None = None) -> dict[str, Path]:
    """Write events.jsonl, graph.ttl and graph.html into ``out``.

    All three are rendered in memory first and the graph is checked against
    the SHACL shapes, so a failure leaves the previous outputs untouched; each
    file is then replaced atomically.
    """
    from kg.rdf.convert import DEFAULT_BASE, events_to_graph
    from kg.rdf.shacl import validate
    from kg.viz import html_page

    graph = events_to_graph(result.events, result.articles, base=base or DEFAULT_BASE)
    report = validate(graph)
    if not report.conforms:
        raise ValueError(f"generated graph violates the SHACL shapes: {report.violations[:3]}")
    title = f"kg: {len(result.articles)} articles, {len(result.events)} events"
    texts = {
        "events": "".join(
            json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in result.events
        ),
        "turtle": graph.serialize(format="turtle"),
        "html": html_page(result.events, title=title),
    }
    out = Path(out)
    paths = {
        "events": out / "events.jsonl",
        "turtle": out / "graph.ttl",
        "html": out / "graph.html",
    }
    for key, path in paths.items():
        atomic_write_text(path, texts[key])
    return paths
