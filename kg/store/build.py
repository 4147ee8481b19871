"""``kg build --store``: extract articles into a persistent kg store.

Articles the store already holds with the same content hash are neither
extracted again nor written; the others are extracted and added one by one,
each in its own transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.build import BuildResult, extract
from kg.ingest import IngestError, read_articles
from kg.rdf.convert import DEFAULT_BASE
from kg.store.oxigraph import KGStore

__all__ = ["StoreBuildReport", "build_store"]


@dataclass
class StoreBuildReport:
    """What a store build did, and the store's counts afterwards.

    ``result`` holds the articles extracted (and their ingest or extraction
    errors); ``errors`` the articles the store refused (SHACL, storage).
    """

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    result: BuildResult = field(default_factory=BuildResult)
    stats: dict[str, int] = field(default_factory=dict)


def build_store(
    paths: Iterable[str | Path],
    store_dir: str | Path,
    base: str | None = None,
    result: BuildResult | None = None,
    validate: bool = True,
) -> StoreBuildReport:
    """Add the articles under ``paths`` (or those of an existing ``result``) to the store.

    Args:
        paths: as for ``kg.build.build``; ignored when ``result`` is given.
        store_dir: the store directory (created if missing).
        base: IRI prefix of instance data.
        result: articles and events already extracted (``kg build --out`` did it).
        validate: check each article's graph against the SHACL shapes first.
    """
    report = StoreBuildReport()
    with KGStore(store_dir, base=base or DEFAULT_BASE) as store:
        if result is not None:
            by_doc = defaultdict(list)
            for e in result.events:
                by_doc[e.doc_id].append(e)
            items = [(a, by_doc.get(a.id, [])) for a in result.articles]
            report.result = result
        else:
            todo = []
            for item in read_articles(paths):
                if not isinstance(item, IngestError) and store.has_article(item):
                    report.unchanged.append(item.id)
                else:
                    todo.append(item)
            items = []
            for item, events, n_sent in extract(todo):
                if isinstance(item, IngestError):
                    report.result.errors.append(str(item))
                    continue
                report.result.articles.append(item)
                report.result.events.extend(events)
                report.result.sentences += n_sent
                items.append((item, events))
        outcome = store.add_articles(items, validate=validate)
        report.added += outcome["added"]
        report.replaced += outcome["replaced"]
        report.unchanged += outcome["unchanged"]
        report.errors += outcome["errors"]
        report.stats = store.stats()
    return report
