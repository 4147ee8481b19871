"""Typed records passed between pipeline stages.

ingest -> ``Article``; language pipeline -> ``Event`` (holding ``Actor`` and
``Action``); the RDF, graph and output stages read ``Event`` only. Records are
frozen so a stage cannot change what an earlier stage produced.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "ACTOR_TYPES",
    "MODALITIES",
    "Action",
    "Actor",
    "Article",
    "Event",
    "Mention",
    "by_lang",
    "content_hash",
]

ACTOR_TYPES = ("country", "person", "organisation", "group", "concept")
MODALITIES = ("asserted", "intended", "hoped", "requested", "future", "conditional")


def content_hash(text: str, n: int = 16) -> str:
    """Stable short hash of ``text`` (used for article and event ids)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


@dataclass(frozen=True)
class Article:
    """One news article, validated at ingest.

    id: the JSONL ``id`` or a content hash of the text.
    origin: where it came from (``file.txt`` or ``file.jsonl:LINE``), for messages.
    """

    id: str
    text: str
    lang: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted on, or a concept target ("terrorism").

    id: canonical id: ``RUS`` (country), ``RUS-GOV`` (a country's sector),
        ``UNO`` (organisation), ``person/sergey-lavrov``, ``concept/terrorism``.
    label: canonical English label; ``text``: the surface text in the article.
    country: ISO 3166 alpha-3 or organisation code (``UNO``, ``NATO``).
    sector: CAMEO/PLOVER sector code (``GOV``, ``MIL``, ``OPP``...).
    group: the people or faith CAMEO codes inside the actor (``kur`` in IRQ + CVL + kur,
        Iraqi Kurds; ``MOS``): ISO 639-2 of the people's language, or a religion code.
    labels: the actor's name in other languages, ``{lang: text}`` (``{"ar": "روسيا"}``).

    In JSON, ``sector`` is the CAMEO role code with the group after it (``CVLkur``), as
    CAMEO coders write it, and ``group`` repeats the group alone.
    """

    id: str
    label: str
    text: str
    type: str
    country: str | None = None
    sector: str | None = None
    qid: str | None = None
    labels: dict[str, str] = field(default_factory=dict, hash=False)
    start: int | None = None
    end: int | None = None
    group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _group_in_sector(asdict(self), self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Actor | None:
        """The actor of ``to_dict``; JSON written before ``labels`` has ``label_ar``."""
        if not d:
            return None
        fields = {k: d.get(k) for k in cls.__dataclass_fields__ if k in d}
        fields["labels"] = dict(fields.get("labels") or by_lang(ar=d.get("label_ar")))
        group, sector = fields.get("group"), fields.get("sector")
        if group and sector and sector.endswith(group) and len(sector) > len(group):
            fields["sector"] = sector[: -len(group)]
        return cls(**fields)


def _group_in_sector(d: dict[str, Any], actor: Actor) -> dict[str, Any]:
    """An actor's ``asdict`` with its group written after its sector (``CVLkur``)."""
    if actor.group and actor.sector:
        d["sector"] = actor.sector + actor.group
    return d


def _with_actors(d: dict[str, Any], record: Any) -> dict[str, Any]:
    """A record's ``asdict`` with its actors' groups inside their sectors, as
    ``Actor.to_dict`` writes them."""
    for key in ("source", "target", "attributed_to"):
        actor = getattr(record, key)
        if actor is not None:
            _group_in_sector(d[key], actor)
    return d


def by_lang(**texts: str | None) -> dict[str, str]:
    """``{lang: text}`` of the texts given, empty ones left out: ``by_lang(ar=name_ar)``."""
    return {lang: text for lang, text in texts.items() if text}


@dataclass(frozen=True)
class Action:
    """What was done: an action id of the shared vocabulary plus its codes."""

    id: str
    label: str
    text: str
    plover: str
    cameo: str
    quad_class: int
    goldstein: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Action:
        return cls(**{k: d[k] for k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Event:
    """One coded event: actor - action - target, with its evidence.

    sentence_start/sentence_end: character offsets of ``sentence`` in the article.
    attributed_to: who said it, when the event is reported speech.
    """

    doc_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    source: Actor | None
    action: Action
    target: Actor | None
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Actor | None = None
    date: str | None = None
    confidence: float = 0.5
    lang: str = ""
    extractor: str = ""
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        """Stable id from the article, the sentence position and the coding."""
        key = "|".join(
            str(x)
            for x in (
                self.doc_id,
                self.sentence_start,
                self.source.id if self.source else "",
                self.action.id,
                self.action.text,
                self.target.id if self.target else "",
                self.negated,
            )
        )
        return content_hash(key)

    def to_dict(self) -> dict[str, Any]:
        d = _with_actors(asdict(self), self)
        d["id"] = self.id
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            doc_id=str(d["doc_id"]),
            sentence=d["sentence"],
            sentence_start=int(d["sentence_start"]),
            sentence_end=int(d["sentence_end"]),
            source=Actor.from_dict(d.get("source")),
            action=Action.from_dict(d["action"]),
            target=Actor.from_dict(d.get("target")),
            negated=bool(d.get("negated", False)),
            modality=d.get("modality", "asserted"),
            attributed_to=Actor.from_dict(d.get("attributed_to")),
            date=d.get("date"),
            confidence=float(d.get("confidence", 0.5)),
            lang=d.get("lang", ""),
            extractor=d.get("extractor", ""),
            meta=dict(d.get("meta") or {}),
        )


@dataclass(frozen=True)
class Mention:
    """An event as a language pipeline finds it, before article context is added.

    Language packs put these on ``doc._.kg_mentions``; ``kg.events`` turns them
    into ``Event`` records. ``sent_start``/``sent_end`` are character offsets in
    the text given to the pipeline; ``action_id`` is an id of the shared action
    vocabulary (``ontologies/actions.ttl``).
    """

    sent_start: int
    sent_end: int
    source: Actor | None
    action_id: str
    action_text: str
    target: Actor | None
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Actor | None = None
    confidence: float = 0.5
    date: str | None = None  # ISO date the sentence gives for the event, if any
    # Offsets of the trigger itself (the verb or noun that names the action), when
    # the pack knows them; dating measures distances from there.
    trigger_start: int | None = None
    trigger_end: int | None = None
    # what the coding policy (kg.events) reads besides the actors:
    register: str = ""  # sports, business, health, accident, weather, culture; "" = news
    evidence: str = ""  # how it was found: "source:inferred", "target:guessed" ...

    def to_dict(self) -> dict[str, Any]:
        return _with_actors(asdict(self), self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(
            **{
                **d,
                "source": Actor.from_dict(d.get("source")),
                "target": Actor.from_dict(d.get("target")),
                "attributed_to": Actor.from_dict(d.get("attributed_to")),
            }
        )
