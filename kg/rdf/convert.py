"""Events to RDF and back.

``events_to_graph`` writes one ``kgo:Event`` node per event (the full record:
actors, action, codes, negation, modality, provenance), the actor and article
nodes, the action concepts it uses, and one direct triple
``source -> kgo:<action> -> target`` for events that are plainly asserted.
``events_from_graph`` reads the event nodes back into ``Event`` records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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
    "graph_triples",
    "ntriples_lines",
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


def _label_lang(label: str) -> str:
    return "ar" if _ARABIC.search(label) else "en"


def _iso_date(value: str | None) -> _date | None:
    if not value:
        return None
    try:
        return _date.fromisoformat(value[:10])
    except ValueError:
        return None


# ------------------------------------------------------------------ writing


def _merge_actors(events: list[Event]) -> dict[str, Actor]:
    """One actor record per id: the first non-empty value of each field wins."""
    merged: dict[str, dict] = {}
    for ev in events:
        for a in (ev.source, ev.target, ev.attributed_to):
            if a is None or not a.id:
                continue
            fields = vars(a)  # flat: no need for asdict's deep copy
            d = merged.get(a.id)
            if d is None:
                merged[a.id] = dict(fields)
                continue
            for k, v in fields.items():
                if d.get(k) in (None, "") and v not in (None, ""):
                    d[k] = v
    return {k: Actor(**d) for k, d in merged.items()}


def _unique(events: Iterable[Event]) -> list[Event]:
    """One event per id (an IRI holds one record): the most confident, then the first."""
    best: dict[str, Event] = {}
    for ev in events:
        kept = best.get(ev.id)
        if kept is None or ev.confidence > kept.confidence:
            best[ev.id] = ev
    return list(best.values())


# Terms as the triple generator yields them: an IRI is a ``str``, a literal a ``Lit``.
@dataclass(frozen=True, slots=True)
class Lit:
    """A literal: its lexical form, and a language tag or a datatype IRI."""

    value: str
    lang: str | None = None
    datatype: str | None = None


Term = str | Lit

_T = str(RDF.type)
_XSD_INT, _XSD_DEC, _XSD_BOOL = str(XSD.integer), str(XSD.decimal), str(XSD.boolean)
_XSD_DATE, _XSD_URI = str(XSD.date), str(XSD.anyURI)
_KGO_ = {name: str(getattr(KGO, name)) for name in KGO.__annotations__}
_SKOS_CONCEPT, _IN_SCHEME = str(SKOS.Concept), str(SKOS.inScheme)
_NOTATION, _PREF, _BROADER = str(SKOS.notation), str(SKOS.prefLabel), str(SKOS.broader)
_TOP_OF, _LABEL, _SAME = str(SKOS.topConceptOf), str(RDFS.label), str(OWL.sameAs)
_IDENT, _HEADLINE, _URL = str(SCHEMA.identifier), str(SCHEMA.headline), str(SCHEMA.url)
_PUBLISHED, _IN_LANG = str(SCHEMA.datePublished), str(SCHEMA.inLanguage)
_PUBLISHER, _VERSION = str(SCHEMA.publisher), str(SCHEMA.softwareVersion)
_DERIVED, _GENERATED = str(PROV.wasDerivedFrom), str(PROV.wasGeneratedBy)
_ASSOCIATED, _AGENT, _ACTIVITY = (
    str(PROV.wasAssociatedWith),
    str(PROV.SoftwareAgent),
    str(PROV.Activity),
)
_TYPE_IRI = {k: str(v) for k, v in _TYPE_CLASS.items()}
_SCHEME = str(KGA[""])


def _text_lit(value: str, lang: str) -> Lit:
    return Lit(value, lang=lang or None)


def _dec(x: float) -> Lit:
    return Lit(format(Decimal(str(x)), "f"), datatype=_XSD_DEC)


def _int(n: int) -> Lit:
    return Lit(str(int(n)), datatype=_XSD_INT)


def _actor_triples(a: Actor, base: str) -> Iterator[tuple[str, str, Term]]:
    node = str(actor_iri(a.id, base))
    yield node, _T, _KGO_["Actor"]
    if a.type in _TYPE_IRI:
        yield node, _T, _TYPE_IRI[a.type]
    yield node, _IDENT, Lit(a.id)
    # skos:prefLabel is the canonical label (tagged by its script); rdfs:label
    # holds one display label per language: the actor's ``labels``, else the canonical one.
    label_lang = _label_lang(a.label)
    yield node, _PREF, Lit(a.label, lang=label_lang)
    for lang, text in {label_lang: a.label, **a.labels}.items():
        yield node, _LABEL, Lit(text, lang=lang)
    if a.country:
        yield node, _KGO_["countryCode"], Lit(a.country)
    if a.sector:
        yield node, _KGO_["sector"], Lit(a.sector)
    if a.group:
        yield node, _KGO_["group"], Lit(a.group)
    if a.qid and _QID.match(a.qid):
        yield node, _SAME, str(WD[a.qid])


def _action_triples(action: Action) -> Iterator[tuple[str, str, Term]]:
    """The action and category concepts, with notation and labels (so queries on
    an exported graph need not load actions.ttl)."""
    concept, category = str(KGA[action.id]), str(KGA[action.plover])
    known = vocab.actions().get(action.id)
    yield concept, _T, _SKOS_CONCEPT
    yield concept, _IN_SCHEME, _SCHEME
    yield concept, _NOTATION, Lit(action.id)
    yield concept, _PREF, Lit(known.label if known else action.label, lang="en")
    if known and known.label_ar:
        yield concept, _PREF, Lit(known.label_ar, lang="ar")
    yield concept, _BROADER, category
    if known:
        yield concept, _KGO_["directProperty"], known.property_iri
    cat = vocab.categories().get(action.plover)
    yield category, _T, _SKOS_CONCEPT
    yield category, _IN_SCHEME, _SCHEME
    yield category, _TOP_OF, _SCHEME
    yield category, _NOTATION, Lit(action.plover)
    if cat:
        yield category, _PREF, Lit(cat["label"], lang="en")
        if cat["label_ar"]:
            yield category, _PREF, Lit(cat["label_ar"], lang="ar")


def _direct_property(action: Action) -> str | None:
    known = vocab.actions().get(action.id)
    return known.property_iri if known else None


def graph_triples(
    events: Iterable[Event], articles: Iterable[Article] = (), base: str = DEFAULT_BASE
) -> Iterator[tuple[str, str, Term]]:
    """The triples of ``events_to_graph`` (maybe repeated), as plain terms: an IRI
    is a ``str``, a literal a ``Lit``. The one definition of what the graph holds;
    ``events_to_graph`` puts them in an rdflib graph, ``ntriples_lines`` writes
    them as N-Triples without rdflib (much faster)."""
    events = _unique(events)
    merged = _merge_actors(events)
    actors = {aid: str(actor_iri(aid, base)) for aid in merged}
    for a in merged.values():
        yield from _actor_triples(a, base)
    agent = base + "agent/kg"
    yield agent, _T, _AGENT
    yield agent, _LABEL, Lit("kg")
    yield agent, _VERSION, Lit(kg.__version__)

    for art in articles:
        node = str(article_iri(art.id, base))
        yield node, _T, _KGO_["Article"]
        yield node, _IDENT, Lit(art.id)
        if art.title:
            yield node, _HEADLINE, _text_lit(art.title, art.lang)
        if art.url:
            yield node, _URL, Lit(art.url, datatype=_XSD_URI)
        if (d := _iso_date(art.date)) is not None:
            yield node, _PUBLISHED, Lit(d.isoformat(), datatype=_XSD_DATE)
        if art.lang:
            yield node, _IN_LANG, Lit(art.lang)
        if art.source:
            yield node, _PUBLISHER, Lit(art.source)

    k = _KGO_
    for ev in events:
        node = str(event_iri(ev, base))
        art = str(article_iri(ev.doc_id, base))
        yield art, _T, k["Article"]
        yield art, _IDENT, Lit(ev.doc_id)
        yield from _action_triples(ev.action)
        yield node, _T, k["Event"]
        yield node, k["action"], str(KGA[ev.action.id])
        yield node, k["ploverCategory"], str(KGA[ev.action.plover])
        yield node, k["actionText"], _text_lit(ev.action.text, ev.lang)
        yield node, k["cameoCode"], Lit(ev.action.cameo)
        yield node, k["quadClass"], _int(ev.action.quad_class)
        yield node, k["goldstein"], _dec(ev.action.goldstein)
        yield node, k["negated"], Lit("true" if ev.negated else "false", datatype=_XSD_BOOL)
        yield node, k["modality"], Lit(ev.modality)
        yield node, k["confidence"], _dec(ev.confidence)
        if (d := _iso_date(ev.date)) is not None:
            yield node, k["date"], Lit(d.isoformat(), datatype=_XSD_DATE)
        for pred, text_pred, actor in (
            (k["source"], k["sourceText"], ev.source),
            (k["target"], k["targetText"], ev.target),
            (k["attributedTo"], k["attributedToText"], ev.attributed_to),
        ):
            if actor is not None and actor.id:
                yield node, pred, actors[actor.id]
                if actor.text:
                    yield node, text_pred, _text_lit(actor.text, ev.lang)
        # provenance
        yield node, _DERIVED, art
        yield node, k["sentence"], _text_lit(ev.sentence, ev.lang)
        yield node, k["sentenceStart"], _int(ev.sentence_start)
        yield node, k["sentenceEnd"], _int(ev.sentence_end)
        extractor = ev.extractor or kg.EXTRACTOR
        if ev.extractor:
            yield node, k["extractor"], Lit(ev.extractor)
        activity = base + "activity/" + _segment(extractor)
        yield activity, _T, _ACTIVITY
        yield activity, _LABEL, Lit(extractor)
        yield activity, _ASSOCIATED, agent
        yield node, _GENERATED, activity
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
            yield actors[ev.source.id], prop, actors[ev.target.id]


def _rdflib(term: Term) -> URIRef | Literal:
    if isinstance(term, str):
        return URIRef(term)
    return Literal(
        term.value, lang=term.lang, datatype=URIRef(term.datatype) if term.datatype else None
    )


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
    g = Graph()
    bind_all(g, base)
    for s, p, o in graph_triples(events, articles, base):
        g.add((URIRef(s), URIRef(p), _rdflib(o)))
    return g


def ntriples_lines(triples: Iterable[tuple[str, str, Term]]) -> list[str]:
    """Sorted, distinct N-Triples lines (``" ."`` included) of plain-term triples."""
    import pyoxigraph as ox

    def obj(o: Term) -> str:
        if isinstance(o, str):
            return f"<{o}>"
        if o.lang:
            return str(ox.Literal(o.value, language=o.lang))
        if o.datatype:
            return str(ox.Literal(o.value, datatype=ox.NamedNode(o.datatype)))
        return str(ox.Literal(o.value))

    return sorted({f"<{s}> <{p}> {obj(o)} ." for s, p, o in triples})


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
    # the display label that only repeats the canonical one in its language is not kept
    pref_lang = getattr(pref, "language", None)
    others = {lang: t for lang, t in labels.items() if lang and (lang, t) != (pref_lang, label)}
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
        group=_str(g, node, KGO.group),
        qid=qid,
        labels=others,
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
