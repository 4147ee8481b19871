"""Counts of events and actors: the one definition every output uses.

The build summary, the page (header, actor details), ``kg stats`` and the saved
queries ``top_actors`` and ``counts_per_category`` count the same way, so they
give the same numbers for the same graph:

- every coded event counts, negated ones and those with one side missing
  ("protesters gathered": no target) included;
- an *actor* is a source or target that is not a concept; its ``degree`` is the
  number of events it takes part in (as source, target or both);
  ``out_degree`` and ``in_degree`` count it as source and as target, and
  ``partners`` the distinct others (actors or concepts) it has events with;
- ``drawn`` events have both a source and a target: the edges of the networkx
  graph and of the page. The others are counted but cannot be drawn, and the
  outputs say so.

Outputs that leave events out (negated events in the dyad tables and the
timeline of ``kg stats``, undated events in the timeline) say how many with
``EventCounts.notes``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.records import Actor, Event

__all__ = ["ActorCount", "EventCounts", "count_events"]


@dataclass
class ActorCount:
    """The events of one actor (or concept), as every output counts them."""

    id: str
    label: str
    type: str | None
    degree: int = 0
    out_degree: int = 0
    in_degree: int = 0
    partners: int = 0
    undrawn: int = 0  # its events with one side missing (not edges)
    negated: int = 0

    @property
    def drawn(self) -> int:
        return self.degree - self.undrawn


@dataclass
class EventCounts:
    """Totals of a set of events and the counts of each actor and concept."""

    events: int = 0
    articles: int = 0  # distinct articles the events come from
    drawn: int = 0  # with both a source and a target
    no_target: int = 0  # a source only
    no_source: int = 0  # a target only
    no_actor: int = 0  # neither
    negated: int = 0
    negated_drawn: int = 0
    undated: int = 0
    undated_claimed: int = 0  # undated and not negated
    per_category: Counter = field(default_factory=Counter)
    nodes: dict[str, ActorCount] = field(default_factory=dict)  # actors and concepts, by id
    key: Callable[[Actor], str] | None = field(default=None, repr=False, compare=False)
    _docs: set[str] = field(default_factory=set, repr=False, compare=False)
    _others: dict[str, set[str]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, ev: Event) -> None:
        """Count one more event (a build counts its events as they come)."""
        key = self.key or _actor_id
        self.events += 1
        if ev.doc_id not in self._docs:
            self._docs.add(ev.doc_id)
            self.articles += 1
        self.per_category[ev.action.plover] += 1
        src = key(ev.source) if ev.source is not None else None
        tgt = key(ev.target) if ev.target is not None else None
        drawn = src is not None and tgt is not None
        self.drawn += drawn
        self.no_target += src is not None and tgt is None
        self.no_source += src is None and tgt is not None
        self.no_actor += src is None and tgt is None
        self.negated += ev.negated
        self.negated_drawn += ev.negated and drawn
        self.undated += not ev.date
        self.undated_claimed += not ev.date and not ev.negated
        for actor, k, other, out in ((ev.source, src, tgt, True), (ev.target, tgt, src, False)):
            if actor is None:
                continue
            row = self.nodes.get(k)
            if row is None:
                row = self.nodes[k] = ActorCount(k, actor.label, actor.type)
                self._others[k] = set()
            if out:
                row.out_degree += 1
            else:
                row.in_degree += 1
            if out or src != tgt:  # an event of an actor with itself is one event
                row.degree += 1
                row.undrawn += not drawn
                row.negated += ev.negated
            if other is not None and other != k:
                others = self._others[k]
                others.add(other)
                row.partners = len(others)

    @property
    def undrawn(self) -> int:
        return self.events - self.drawn

    @property
    def actors(self) -> dict[str, ActorCount]:
        """Actors (not concepts), most events first, then by id (as ``top_actors``)."""
        rows = sorted(
            (a for a in self.nodes.values() if a.type != "concept"),
            key=lambda a: (-a.degree, a.id),
        )
        return {a.id: a for a in rows}

    @property
    def concepts(self) -> int:
        return sum(a.type == "concept" for a in self.nodes.values())

    def top(self, n: int | None = None) -> list[ActorCount]:
        rows = list(self.actors.values())
        return rows if n is None else rows[:n]

    def undrawn_note(self) -> str | None:
        """What the graph and the page cannot draw, or None when everything is drawn."""
        if not self.undrawn:
            return None
        parts = [
            f"{n} {what}"
            for n, what in (
                (self.no_target, "without a target"),
                (self.no_source, "without a source"),
                (self.no_actor, "without either"),
            )
            if n
        ]
        return (
            f"{self.undrawn} of {self.events} events have one side missing "
            f"({', '.join(parts)}): counted, not drawn"
        )

    def notes(self, include_negated: bool = False) -> list[str]:
        """One line for each thing the dyad tables and timelines leave out."""
        out = []
        note = self.undrawn_note()
        if note:
            out.append(note + "; actor degrees count them, dyads cannot")
        if self.negated and not include_negated:
            out.append(
                f'{self.negated} negated events ("did not attack") left out of the dyads '
                f"({self.negated_drawn}) and the timeline; --include-negated counts them"
            )
        undated = self.undated if include_negated else self.undated_claimed
        if undated:
            out.append(f"{undated} undated events left out of the timeline")
        return out


def count_events(events: Iterable[Event], key: Callable[[Actor], str] | None = None) -> EventCounts:
    """Count events, their categories and each actor's events.

    Args:
        events: coded events.
        key: the id an actor is counted under (default ``Actor.id``); e.g.
            ``lambda a: a.country or a.id`` rolls actors up to their country,
            as ``kg.analytics.to_countries`` does.

    Returns:
        An ``EventCounts``.

    Example:
        >>> from kg.actors import concept, country
        >>> from kg.vocab import make_action
        >>> rus, egy = country("RUS", "Moscow", "GOV"), country("EGY", "Cairo", "GOV")
        >>> evs = [Event("d1", "s", 0, 1, rus, make_action("meet", "met"), egy),
        ...        Event("d1", "s", 2, 3, rus, make_action("protest", "protested"), None)]
        >>> c = count_events(evs)
        >>> [(a.id, a.degree, a.drawn) for a in c.top()], c.undrawn
        ([('RUS-GOV', 2, 1), ('EGY-GOV', 1, 1)], 1)
    """
    c = EventCounts(key=key)
    for ev in events:
        c.add(ev)
    return c


def _actor_id(a: Actor) -> str:
    return a.id
