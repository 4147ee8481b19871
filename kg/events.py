"""Event building: language-pipeline mentions + article context -> ``Event`` records."""

from __future__ import annotations

from collections.abc import Iterable

from kg import EXTRACTOR
from kg.records import Article, Event, Mention
from kg.vocab import make_action

__all__ = ["build_events", "dedupe"]


def build_events(article: Article, mentions: Iterable[Mention]) -> list[Event]:
    """Attach the article's id, date and language to each mention.

    Args:
        article: the article the mentions were found in.
        mentions: ``doc._.kg_mentions`` of the article's parsed ``Doc``.

    Returns:
        Events in text order, without duplicates.
    """
    events = []
    for m in mentions:
        events.append(
            Event(
                doc_id=article.id,
                sentence=article.text[m.sent_start : m.sent_end],
                sentence_start=m.sent_start,
                sentence_end=m.sent_end,
                source=m.source,
                action=make_action(m.action_id, m.action_text),
                target=m.target,
                negated=m.negated,
                modality=m.modality,
                attributed_to=m.attributed_to,
                date=m.date or article.date,
                confidence=round(m.confidence, 3),
                lang=article.lang,
                extractor=EXTRACTOR,
            )
        )
    return dedupe(events)


def dedupe(events: Iterable[Event]) -> list[Event]:
    """One event per sentence, dyad, PLOVER category and polarity.

    Two triggers of one clause often code the same event (تواصل اتصالاتها,
    "held talks"); the most confident reading is kept.
    """
    best: dict[tuple, Event] = {}
    for ev in events:
        key = (
            ev.doc_id,
            ev.sentence_start,
            ev.source.id if ev.source else None,
            ev.action.plover,
            ev.target.id if ev.target else None,
            ev.negated,
        )
        if key not in best or ev.confidence > best[key].confidence:
            best[key] = ev
    # the same act with and without a known target: keep the one with the target
    targeted = {(k[0], k[1], k[2], k[3], k[5]) for k in best if k[4] is not None}
    kept = [
        ev
        for k, ev in best.items()
        if k[4] is not None or (k[0], k[1], k[2], k[3], k[5]) not in targeted
    ]
    return sorted(kept, key=lambda e: (e.sentence_start, e.source.id if e.source else ""))
