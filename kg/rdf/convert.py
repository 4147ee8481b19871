"""Events to RDF and back.

``events_to_graph`` writes one ``kgo:Event`` node per event (the full record:
actors, action, codes, negation, modality, provenance), the actor and article
nodes, the action concepts it uses, and one direct triple
``source -> kgo:<action> -> target`` for events that are plainly asserted.
``events_from_graph`` reads the event nodes back into ``Event`` records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date as _date
from decimal import Decimal
from urllib.parse import quote, unquote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

import kg
from kg import vocab
from kg.rdf.namespaces import KGA, KGO, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD, bind_all
from kg.records import Action, Actor, Article, Event

__all__ = [
    "DEFAULT_BASE",
    "NO_DIRECT_TRIPLE",
    "actor_iri",
    "article_iri",
    "event_iri",
    "events_from_graph",
    "events_to_graph",
]

DEFAULT_BASE = "https://w3id.org/kg-events/id/"

# Modalities that do not claim the action happened (or will): no direct triple.
NO_DIRECT_TRIPLE = frozenset({"conditional", "hoped", "requested"})

_TYPE_CLASS = {
    "country": KGO.Country,
    "person": KGO.Person,
    "organisation": KGO.Organisation,
    "group": KGO.Group,
    "concept": KGO.Concept,
}
_CLASS_TYPE = {v: k for k, v in _TYPE_CLASS.items()}
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_QID = re.compile(r"^Q[0-9]+$")


# ------------------------------------------------------------------ IRIs


def _segment(text: str) -> str:
    # Percent-encode everything but unreserved characters; "." and ".." would
    # be removed by IRI normalisation, so encode them too.
    seg = quote(text, safe="")
    return seg.replace(".", "%2E") if seg in (".", "..") else seg


def actor_iri(actor_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """``RUS-GOV`` -> ``<base>actor/RUS-GOV``; ``/`` in ids stays a path separator."""
    return URIRef(base + "actor/" + "/".join(_segment(s) for s in actor_id.split("/")))


def article_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(base + "article/" + _segment(doc_id))


def event_iri(event: Event, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(base + "event/" + _segment(event.id))


def _text(value: str, lang: str) -> Literal:
    return Literal(value, lang=lang) if lang else Literal(value)


def _label_lang(label: str) -> str:
    return "ar" if _ARABIC.search(label) else "en"


def _iso_date(value: str | None) -> _date | None:
    if not value:
        return None
    try:
        return _date.fromisoformat(value[:10])
    except ValueError:
        return None


def _decimal(x: float) -> Literal:
    return Literal(Decimal(str(x)), datatype=XSD.decimal)


# ------------------------------------------------------------------ writing


def _merge_actors(events: list[Event]) -> dict[str, Actor]:
    """One actor record per id: the first non-empty value of each field wins."""
    merged: dict[str, dict] = {}
    for ev in events:
        for a in (ev.source, ev.target, ev.attributed_to):
            if a is None or not a.id:
                continue
            d = merged.setdefault(a.id, a.to_dict())
            for k, v in a.to_dict().items():
                if d.get(k) in (None, "") and v not in (None, ""):
                    d[k] = v
    return {k: Actor.from_dict(d) for k, d in merged.items()}


def _unique(events: Iterable[Event]) -> list[Event]:
    """One event per id (an IRI holds one record): the most confident, then the first."""
    best: dict[str, Event] = {}
    for ev in events:
        kept = best.get(ev.id)
        if kept is None or ev.confidence > kept.confidence:
            best[ev.id] = ev
    return list(best.values())


def _add_actor(g: Graph, a: Actor, base: str) -> URIRef:
    node = actor_iri(a.id, base)
    g.add((node, RDF.type, KGO.Actor))
    if a.type in _TYPE_CLASS:
        g.add((node, RDF.type, _TYPE_CLASS[a.type]))
    g.add((node, SCHEMA.identifier, Literal(a.id)))
    # skos:prefLabel is the canonical label (tagged by its script); rdfs:label
    # holds at most one display label per language.
    label_lang = _label_lang(a.label)
    g.add((node, SKOS.prefLabel, Literal(a.label, lang=label_lang)))
    if label_lang == "en":
        g.add((node, RDFS.label, Literal(a.label, lang="en")))
    label_ar = a.label_ar or (a.label if label_lang == "ar" else None)
    if label_ar:
        g.add((node, RDFS.label, Literal(label_ar, lang="ar")))
    if a.country:
        g.add((node, KGO.countryCode, Literal(a.country)))
    if a.sector:
        g.add((node, KGO.sector, Literal(a.sector)))
    if a.qid and _QID.match(a.qid):
        g.add((node, OWL.sameAs, WD[a.qid]))
    return node


def _add_action_concept(g: Graph, action: Action) -> tuple[URIRef, URIRef]:
    """The action and category concepts, with notation and labels (so queries on
    an exported graph need not load actions.ttl)."""
    concept, category = KGA[action.id], KGA[action.plover]
    known = vocab.actions().get(action.id)
    g.add((concept, RDF.type, SKOS.Concept))
    g.add((concept, SKOS.inScheme, KGA[""]))
    g.add((concept, SKOS.notation, Literal(action.id)))
    g.add((concept, SKOS.prefLabel, Literal(known.label if known else action.label, lang="en")))
    if known and known.label_ar:
        g.add((concept, SKOS.prefLabel, Literal(known.label_ar, lang="ar")))
    g.add((concept, SKOS.broader, category))
    if known:
        g.add((concept, KGO.directProperty, URIRef(known.property_iri)))
    cat = vocab.categories().get(action.plover)
    g.add((category, RDF.type, SKOS.Concept))
    g.add((category, SKOS.inScheme, KGA[""]))
    g.add((category, SKOS.topConceptOf, KGA[""]))
    g.add((category, SKOS.notation, Literal(action.plover)))
    if cat:
        g.add((category, SKOS.prefLabel, Literal(cat["label"], lang="en")))
        if cat["label_ar"]:
            g.add((category, SKOS.prefLabel, Literal(cat["label_ar"], lang="ar")))
    return concept, category


def _direct_property(action: Action) -> URIRef | None:
    known = vocab.actions().get(action.id)
    return URIRef(known.property_iri) if known else None


def events_to_graph(
    events: Iterable[Event], articles: Iterable[Article] = (), base: str = DEFAULT_BASE
) -> Graph:
    """An RDF graph of ``events`` (and ``articles``' metadata) under ``base``.

    Args:
        events: the events; each becomes a ``kgo:Event`` node. Events with the
            same id (same article, sentence, actors, action and negation) share
            one node, so only the most confident of them is kept.
        articles: article records whose title, url, date, language and source
            are added to the article nodes the events derive from.
        base: IRI prefix of event, actor and article nodes.

    Returns:
        The graph, with the kg prefixes bound.
    """
    events = _unique(events)
    g = Graph()
    bind_all(g, base)
    actors = {aid: _add_actor(g, a, base) for aid, a in _merge_actors(events).items()}
    agent = URIRef(base + "agent/kg")
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal("kg")))
    g.add((agent, SCHEMA.softwareVersion, Literal(kg.__version__)))

    for art in articles:
        node = article_iri(art.id, base)
        g.add((node, RDF.type, KGO.Article))
        g.add((node, SCHEMA.identifier, Literal(art.id)))
        if art.title:
            g.add((node, SCHEMA.headline, _text(art.title, art.lang)))
        if art.url:
            g.add((node, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
        if (d := _iso_date(art.date)) is not None:
            g.add((node, SCHEMA.datePublished, Literal(d, datatype=XSD.date)))
        if art.lang:
            g.add((node, SCHEMA.inLanguage, Literal(art.lang)))
        if art.source:
            g.add((node, SCHEMA.publisher, Literal(art.source)))

    for ev in events:
        node = event_iri(ev, base)
        art = article_iri(ev.doc_id, base)
        g.add((art, RDF.type, KGO.Article))
        g.add((art, SCHEMA.identifier, Literal(ev.doc_id)))
        concept, category = _add_action_concept(g, ev.action)
        add = g.add
        add((node, RDF.type, KGO.Event))
        add((node, KGO.action, concept))
        add((node, KGO.ploverCategory, category))
        add((node, KGO.actionText, _text(ev.action.text, ev.lang)))
        add((node, KGO.cameoCode, Literal(ev.action.cameo)))
        add((node, KGO.quadClass, Literal(int(ev.action.quad_class), datatype=XSD.integer)))
        add((node, KGO.goldstein, _decimal(ev.action.goldstein)))
        add((node, KGO.negated, Literal(bool(ev.negated), datatype=XSD.boolean)))
        add((node, KGO.modality, Literal(ev.modality)))
        add((node, KGO.confidence, _decimal(ev.confidence)))
        if (d := _iso_date(ev.date)) is not None:
            add((node, KGO.date, Literal(d, datatype=XSD.date)))
        for pred, text_pred, actor in (
            (KGO.source, KGO.sourceText, ev.source),
            (KGO.target, KGO.targetText, ev.target),
            (KGO.attributedTo, KGO.attributedToText, ev.attributed_to),
        ):
            if actor is not None and actor.id:
                add((node, pred, actors[actor.id]))
                if actor.text:
                    add((node, text_pred, _text(actor.text, ev.lang)))
        # provenance
        add((node, PROV.wasDerivedFrom, art))
        add((node, KGO.sentence, _text(ev.sentence, ev.lang)))
        add((node, KGO.sentenceStart, Literal(int(ev.sentence_start), datatype=XSD.integer)))
        add((node, KGO.sentenceEnd, Literal(int(ev.sentence_end), datatype=XSD.integer)))
        extractor = ev.extractor or kg.EXTRACTOR
        if ev.extractor:
            add((node, KGO.extractor, Literal(ev.extractor)))
        activity = URIRef(base + "activity/" + _segment(extractor))
        add((activity, RDF.type, PROV.Activity))
        add((activity, RDFS.label, Literal(extractor)))
        add((activity, PROV.wasAssociatedWith, agent))
        add((node, PROV.wasGeneratedBy, activity))
        # the direct triple, only for what the sentence says did or will happen
        prop = _direct_property(ev.action)
        if (
            prop is not None
            and ev.source is not None
            and ev.target is not None
            and ev.source.id
            and ev.target.id
            and not ev.negated
            and ev.modality not in NO_DIRECT_TRIPLE
        ):
            add((actors[ev.source.id], prop, actors[ev.target.id]))
    return g


# ------------------------------------------------------------------ reading


def _py(node: Node | None):
    return node.toPython() if isinstance(node, Literal) else node


def _str(g: Graph, s: Node, p: URIRef) -> str | None:
    v = g.value(s, p)
    return None if v is None else str(v)


def _read_actor(g: Graph, node: Node, text: str | None) -> Actor:
    ident = _str(g, node, SCHEMA.identifier)
    if ident is None:  # a graph written elsewhere: fall back on the IRI
        ident = unquote(str(node).rsplit("/actor/", 1)[-1])
    labels = {
        lbl.language: str(lbl) for lbl in g.objects(node, RDFS.label) if isinstance(lbl, Literal)
    }
    pref = g.value(node, SKOS.prefLabel)
    if pref is None:
        pref = Literal(labels.get("en") or labels.get("ar") or ident)
    label = str(pref)
    ar = labels.get("ar")
    label_ar = ar if ar and (ar != label or getattr(pref, "language", None) != "ar") else None
    types = set(g.objects(node, RDF.type))
    kind = next((t for c, t in _CLASS_TYPE.items() if c in types), "concept")
    qid = None
    for same in g.objects(node, OWL.sameAs):
        if str(same).startswith(str(WD)):
            qid = str(same)[len(str(WD)) :]
    return Actor(
        id=ident,
        label=label,
        text=text if text is not None else label,
        type=kind,
        country=_str(g, node, KGO.countryCode),
        sector=_str(g, node, KGO.sector),
        qid=qid,
        label_ar=label_ar,
    )


def _read_action(g: Graph, ev: Node) -> Action:
    concept = g.value(ev, KGO.action)
    if concept is None:
        raise ValueError(f"event {ev} has no kgo:action")
    aid = _str(g, concept, SKOS.notation) or str(concept).rsplit("/", 1)[-1]
    known = vocab.actions().get(aid)
    label = next(
        (
            str(x)
            for x in g.objects(concept, SKOS.prefLabel)
            if getattr(x, "language", None) == "en"
        ),
        known.label if known else aid,
    )
    category = g.value(ev, KGO.ploverCategory) or g.value(concept, SKOS.broader)
    plover = (
        _str(g, category, SKOS.notation) or str(category).rsplit("/", 1)[-1]
        if category is not None
        else (known.plover if known else "")
    )
    quad, gold = g.value(ev, KGO.quadClass), g.value(ev, KGO.goldstein)
    return Action(
        id=aid,
        label=label,
        text=_str(g, ev, KGO.actionText) or "",
        plover=plover,
        cameo=_str(g, ev, KGO.cameoCode) or (known.cameo if known else ""),
        quad_class=int(_py(quad)) if quad is not None else (known.quad_class if known else 0),
        goldstein=float(_py(gold)) if gold is not None else (known.goldstein if known else 0.0),
    )


def events_from_graph(g: Graph) -> list[Event]:
    """The ``Event`` records of the ``kgo:Event`` nodes of ``g``, in a stable order.

    Raises:
        ValueError: an event node lacks its action, article or sentence.
    """
    out = []
    for ev in g.subjects(RDF.type, KGO.Event):
        if isinstance(ev, BNode):
            continue
        art = g.value(ev, PROV.wasDerivedFrom)
        sentence = g.value(ev, KGO.sentence)
        if art is None or sentence is None:
            raise ValueError(f"event {ev} has no prov:wasDerivedFrom article or kgo:sentence")
        doc_id = _str(g, art, SCHEMA.identifier) or unquote(str(art).rsplit("/", 1)[-1])

        def actor(pred: URIRef, text_pred: URIRef, ev: Node = ev) -> Actor | None:
            node = g.value(ev, pred)
            return None if node is None else _read_actor(g, node, _str(g, ev, text_pred))

        d = g.value(ev, KGO.date)
        conf = g.value(ev, KGO.confidence)
        negated = _py(g.value(ev, KGO.negated))
        out.append(
            Event(
                doc_id=doc_id,
                sentence=str(sentence),
                sentence_start=int(_py(g.value(ev, KGO.sentenceStart)) or 0),
                sentence_end=int(_py(g.value(ev, KGO.sentenceEnd)) or 0),
                source=actor(KGO.source, KGO.sourceText),
                action=_read_action(g, ev),
                target=actor(KGO.target, KGO.targetText),
                negated=negated is True or str(negated).lower() == "true",
                modality=_str(g, ev, KGO.modality) or "asserted",
                attributed_to=actor(KGO.attributedTo, KGO.attributedToText),
                date=str(d) if d is not None else None,
                confidence=float(_py(conf)) if conf is not None else 0.5,
                lang=(sentence.language or "") if isinstance(sentence, Literal) else "",
                extractor=_str(g, ev, KGO.extractor) or "",
            )
        )
    return sorted(out, key=lambda e: (e.doc_id, e.sentence_start, e.id))
