"""RDF stage: ontology, action vocabulary, conversion, SHACL and saved queries."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg import actors
from kg.paths import ontology_dir
from kg.rdf import (
    GraphLoadError,
    events_from_graph,
    events_to_graph,
    format_result,
    load_graph,
    run_query,
    saved_queries,
    validate,
)
from kg.rdf import namespaces as ns
from kg.rdf.convert import actor_iri, event_iri
from kg.rdf.namespaces import KGA, KGO
from kg.records import Actor, Article, Event
from kg.vocab import actions, categories, make_action

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
KGO_NS = str(KGO._NS)
# Open namespaces warn when pytest probes module globals, so reach them via ``ns``.
XSD_DATE = ns.XSD.date

# ---------------------------------------------------------------------------
# A small hand-made corpus: one Arabic and one English article.
# ---------------------------------------------------------------------------

AR_SENTENCES = [
    "أعرب وزير الخارجية الروسي سيرغي لافروف عن دعم موسكو لمصر.",
    "أدانت الحكومة الروسية هجمات تنظيم الدولة الإسلامية.",
    "ولم تدن القاهرة موقف روسيا.",
    "ويأمل أحمد السيد أن يلتقي مسؤولي الأمم المتحدة.",
    "وقالت الأمم المتحدة إن الجيش الإسرائيلي شن غارات على سوريا.",
]
EN_SENTENCES = [
    "The United States voiced support for Ukraine.",
    "Egyptian officials held talks with Russia in Cairo.",
    "Iran said it would threaten Israel if the sanctions stayed.",
    "The United Nations urged a ceasefire.",
]
AR_TEXT = " ".join(AR_SENTENCES)
EN_TEXT = " ".join(EN_SENTENCES)
ARTICLES = [
    Article(
        "ar-1", AR_TEXT, "ar", "2024-03-05", "عنوان تجريبي", "https://example.org/ar/1", "test"
    ),
    Article("en-1", EN_TEXT, "en", "2024-03-06", "A test headline", None, "test"),
]


def _event(doc, text, i, sentences, source, action_id, action_text, target, **kw) -> Event:
    s = sentences[i]
    start = text.index(s)
    lang = "ar" if doc.startswith("ar") else "en"
    date = "2024-03-05" if lang == "ar" else "2024-03-06"
    return Event(
        doc_id=doc,
        sentence=s,
        sentence_start=start,
        sentence_end=start + len(s),
        source=source,
        action=make_action(action_id, action_text),
        target=target,
        lang=lang,
        date=date,
        extractor=f"kg-test/{lang}",
        **kw,
    )


def _ar(i, *args, **kw):
    return _event("ar-1", AR_TEXT, i, AR_SENTENCES, *args, **kw)


def _en(i, *args, **kw):
    return _event("en-1", EN_TEXT, i, EN_SENTENCES, *args, **kw)


def build_events() -> list[Event]:
    lavrov = actors.person("sergey-lavrov", "سيرغي لافروف")
    new_person = actors.person(None, "أحمد السيد", country="EGY")  # id has Arabic letters
    return [
        _ar(0, lavrov, "support", "دعم", actors.country("EGY", "مصر"), confidence=0.9),
        _ar(
            1,
            actors.country("RUS", "الحكومة الروسية", "GOV"),
            "condemn",
            "أدانت",
            actors.organisation("ISIS", "تنظيم الدولة الإسلامية"),
        ),
        _ar(
            2,
            actors.country("EGY", "القاهرة"),
            "condemn",
            "تدن",
            actors.country("RUS", "روسيا"),
            negated=True,
        ),
        _ar(
            3,
            new_person,
            "meet",
            "يلتقي",
            actors.organisation("UNO", "الأمم المتحدة"),
            modality="hoped",
        ),
        _ar(
            4,
            actors.country("ISR", "الجيش الإسرائيلي", "MIL"),
            "air_strike",
            "شن غارات",
            actors.country("SYR", "سوريا"),
            attributed_to=actors.organisation("UNO", "الأمم المتحدة"),
        ),
        _en(
            0,
            actors.country("USA", "The United States"),
            "support",
            "support",
            actors.country("UKR", "Ukraine"),
        ),
        _en(
            1,
            actors.country("EGY", "Egyptian officials", "GOV"),
            "hold_talks",
            "held talks",
            actors.country("RUS", "Russia"),
        ),
        _en(
            2,
            actors.country("IRN", "Iran"),
            "threaten",
            "threaten",
            actors.country("ISR", "Israel"),
            modality="conditional",
        ),
        _en(
            3,
            actors.organisation("UNO", "The United Nations"),
            "urge",
            "urged",
            actors.concept(
                "ceasefire", "ceasefire", "a ceasefire", labels={"ar": "وقف إطلاق النار"}
            ),
        ),
    ]


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_events()


@pytest.fixture(scope="module")
def graph(events) -> Graph:
    return events_to_graph(events, ARTICLES)


# ---------------------------------------------------------------------------
# Action vocabulary (ontologies/actions.ttl via kg.vocab)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action_id", "plover", "cameo", "quad", "goldstein"),
    [
        ("support", "SUPPORT", "051", 1, 3.5),
        ("attack", "ASSAULT", "190", 4, -10.0),
        ("release", "RETREAT", "0841", 2, 5.0),
        ("demand", "REQUEST", "100", 3, -5.0),
        ("sanction", "SANCTION", "163", 4, -4.0),
        ("investigate", "ACCUSE", "090", 3, -2.0),
    ],
)
def test_make_action(action_id, plover, cameo, quad, goldstein):
    a = make_action(action_id, "text")
    assert (a.id, a.text, a.plover, a.cameo, a.quad_class, a.goldstein) == (
        action_id,
        "text",
        plover,
        cameo,
        quad,
        goldstein,
    )


def test_unknown_action_is_a_clear_key_error():
    with pytest.raises(KeyError, match="unknown action id 'no_such_action'"):
        make_action("no_such_action", "x")


def test_vocabulary_is_consistent():
    cats = categories()
    assert len(cats) == 16
    assert {c["quad_class"] for c in cats.values()} == {1, 2, 3, 4}
    for a in actions().values():
        assert a.plover in cats, a
        assert a.cameo[:2] in cats[a.plover]["cameo_roots"], a
        assert a.label and a.label_ar, a
        assert a.property_iri == str(KGO._NS) + a.property_iri.rsplit("#", 1)[1]


def test_vocabulary_matches_cameo_reference():
    ref = SHARED / "reference" / "cameo_plover.tsv"
    if not ref.exists():
        pytest.skip("../shared not found")
    lines = [ln for ln in ref.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    roots = {r["code"]: r for r in rows if r["table"] == "cameo_root"}
    for a in actions().values():
        root = roots[a.cameo[:2]]
        assert a.goldstein == float(root["goldstein_root"]), a
        assert a.quad_class == int(root["gdelt_quadclass"]), a
    assert set(categories()) == {r["name"] for r in rows if r["table"] == "plover_event"}


# ---------------------------------------------------------------------------
# Namespaces and ontology files
# ---------------------------------------------------------------------------


def _declared(path: Path) -> set[str]:
    g = Graph().parse(path)
    return {str(s) for s in g.subjects(RDF.type, None) if str(s).startswith(KGO_NS)}


def _kgo_terms() -> set[str]:
    return {str(KGO._NS) + name for name in KGO.__annotations__}


def test_every_kgo_term_is_declared():
    declared = _declared(ontology_dir() / "kg.ttl") | _declared(ontology_dir() / "actions.ttl")
    assert _kgo_terms() - declared == set()
    # and every core term of kg.ttl is reachable through KGO
    assert _declared(ontology_dir() / "kg.ttl") - _kgo_terms() == set()
    with pytest.raises(AttributeError):
        KGO.notATerm  # noqa: B018


def test_direct_properties_are_declared_object_properties():
    g = Graph().parse(ontology_dir() / "actions.ttl")
    for a in actions().values():
        prop = URIRef(a.property_iri)
        assert (prop, RDF.type, OWL.ObjectProperty) in g, prop
        assert {lit.language for lit in g.objects(prop, RDFS.label)} == {"en", "ar"}, prop
        assert a.property_iri in _kgo_terms(), prop


@pytest.mark.parametrize("name", ["kg.ttl", "actions.ttl", "shapes.ttl"])
def test_ontology_files_parse(name):
    assert len(Graph().parse(ontology_dir() / name)) > 50


# ---------------------------------------------------------------------------
# Conversion
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "xml"])
def test_serialisation_round_trip(graph, fmt):
    text = graph.serialize(format=fmt)
    back = Graph().parse(data=text, format=fmt)
    assert len(back) == len(graph)
    assert isomorphic(graph, back)


def test_events_round_trip(events):
    back = {e.id: e for e in events_from_graph(events_to_graph(events))}
    assert set(back) == {e.id for e in events}

    def actor_key(a):
        return a and (a.id, a.label, a.text, a.type, a.country, a.sector, a.qid, a.labels)

    for e in events:
        b = back[e.id]
        assert b.action == e.action
        for name in (
            "doc_id",
            "sentence",
            "sentence_start",
            "sentence_end",
            "negated",
            "modality",
            "date",
            "confidence",
            "lang",
            "extractor",
        ):
            assert getattr(b, name) == getattr(e, name), name
        for name in ("source", "target", "attributed_to"):
            assert actor_key(getattr(b, name)) == actor_key(getattr(e, name)), name


def test_a_people_inside_an_actor_survives_rdf_and_json(events):
    """IRQ + CVL + kur: kgo:group in RDF (valid under the shapes), CVLkur in JSON."""
    kurds = actors.people_part(actors.country("IRQ", "Iraqi Kurds", "CVL"), "kur", "Kurds")
    assert (kurds.id, kurds.sector, kurds.group) == ("IRQ-CVL-kur", "CVL", "kur")
    event = dataclasses.replace(events[0], source=kurds)
    g = events_to_graph([event])
    assert validate(g).conforms
    assert str(g.value(actor_iri(kurds.id), KGO.group)) == "kur"
    (back,) = events_from_graph(g)
    assert (back.source.sector, back.source.group) == ("CVL", "kur")
    written = event.to_dict()["source"]
    assert (written["sector"], written["group"]) == ("CVLkur", "kur")
    assert Event.from_dict(event.to_dict()).source == kurds


def test_duplicate_event_ids_keep_the_most_confident(events):
    e = events[0]
    weaker = dataclasses.replace(e, confidence=0.2, modality="future")
    g = events_to_graph([weaker, e, weaker])
    (back,) = events_from_graph(g)
    assert (back.confidence, back.modality) == (e.confidence, e.modality)
    assert validate(g).conforms


@pytest.mark.parametrize(
    ("labels", "written"),
    [
        ({}, {("Oman", "en")}),
        ({"ar": "عمان"}, {("Oman", "en"), ("عمان", "ar")}),
        (
            {"ar": "عمان", "fr": "Oman (sultanat)"},
            {("Oman", "en"), ("عمان", "ar"), ("Oman (sultanat)", "fr")},
        ),
    ],
    ids=["english-only", "arabic", "arabic-and-french"],
)
def test_one_display_label_per_language(events, labels, written):
    oman = Actor(id="OMN", label="Oman", text="Muscat", type="country", labels=labels)
    event = dataclasses.replace(events[0], source=oman)
    g = events_to_graph([event])
    node = actor_iri(oman.id)
    assert {(str(x), x.language) for x in g.objects(node, RDFS.label)} == written
    (back,) = events_from_graph(g)
    assert back.source.labels == labels


@pytest.mark.parametrize(
    ("stored", "labels"),
    [
        ({"label_ar": "روسيا"}, {"ar": "روسيا"}),  # JSON written before ``labels``
        ({"label_ar": None}, {}),
        ({"labels": {"ar": "روسيا", "fr": "Russie"}}, {"ar": "روسيا", "fr": "Russie"}),
        ({}, {}),
    ],
    ids=["old-label-ar", "old-no-label", "labels", "none"],
)
def test_actor_json_labels(stored, labels):
    base = {"id": "RUS", "label": "Russia", "text": "Moscow", "type": "country"}
    actor = Actor.from_dict({**base, **stored})
    assert actor.labels == labels
    assert Actor.from_dict(actor.to_dict()) == actor


def test_graph_round_trip_is_stable(events):
    g = events_to_graph(events)
    assert isomorphic(events_to_graph(events_from_graph(g)), g)


def test_events_from_turtle_file(tmp_path, graph, events):
    path = tmp_path / "graph.ttl"
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    assert sorted(e.id for e in events_from_graph(load_graph(path))) == sorted(e.id for e in events)


def test_direct_triples_only_for_plain_events(graph):
    direct = {
        (
            str(graph.value(s, ns.SCHEMA.identifier)),
            str(p)[len(KGO_NS) :],
            str(graph.value(o, ns.SCHEMA.identifier)),
        )
        for s, p, o in graph
        if str(p).startswith(KGO_NS)
        and (p, RDF.type, OWL.ObjectProperty) not in graph
        and URIRef(p) in {URIRef(a.property_iri) for a in actions().values()}
    }
    assert direct == {
        ("person/sergey-lavrov", "support", "EGY"),
        ("RUS-GOV", "condemn", "ISIS"),
        ("ISR-MIL", "airStrike", "SYR"),
        ("USA", "support", "UKR"),
        ("EGY-GOV", "holdTalks", "RUS"),
        ("UNO", "urge", "concept/ceasefire"),
    }  # not: the negated condemnation, the hoped meeting, the conditional threat


def test_event_node_content(graph, events):
    e = events[0]
    node = event_iri(e)
    assert graph.value(node, KGO.action) == KGA.support
    assert graph.value(node, KGO.ploverCategory) == KGA.SUPPORT
    assert graph.value(node, KGO.sentence) == Literal(e.sentence, lang="ar")
    assert graph.value(node, KGO.negated) == Literal(False)
    assert graph.value(node, KGO.date) == Literal("2024-03-05", datatype=XSD_DATE)
    assert graph.value(node, PROV.wasDerivedFrom) == URIRef(
        "https://w3id.org/kg-events/id/article/ar-1"
    )
    lavrov = graph.value(node, KGO.source)
    assert graph.value(lavrov, KGO.countryCode) == Literal("RUS")
    assert set(graph.objects(lavrov, RDFS.label)) == {
        Literal("Sergey Lavrov", lang="en"),
        Literal("سيرغي لافروف", lang="ar"),
    }
    egypt = graph.value(node, KGO.target)
    assert graph.value(egypt, OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q79")
    article = URIRef("https://w3id.org/kg-events/id/article/ar-1")
    assert graph.value(article, ns.SCHEMA.headline) == Literal("عنوان تجريبي", lang="ar")


@pytest.mark.parametrize(
    ("actor_id", "expected_tail"),
    [
        ("RUS-GOV", "actor/RUS-GOV"),
        ("person/sergey-lavrov", "actor/person/sergey-lavrov"),
        (
            "person/أحمد-السيد",
            "actor/person/%D8%A3%D8%AD%D9%85%D8%AF-%D8%A7%D9%84%D8%B3%D9%8A%D8%AF",
        ),
        ("concept/a b?c#d", "actor/concept/a%20b%3Fc%23d"),
        ("x/../y", "actor/x/%2E%2E/y"),
    ],
)
def test_actor_iri_is_safe(actor_id, expected_tail):
    iri = actor_iri(actor_id, "https://example.org/")
    assert str(iri) == "https://example.org/" + expected_tail
    assert str(iri).isascii()
    g = Graph()
    g.add((iri, ns.SCHEMA.identifier, Literal(actor_id)))
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, back)


# ---------------------------------------------------------------------------
# SHACL
# ---------------------------------------------------------------------------


def test_generated_graph_conforms(graph):
    report = validate(graph)
    assert report.violations == []
    assert report.conforms


def _first_event(g: Graph) -> URIRef:
    return sorted(g.subjects(RDF.type, KGO.Event))[0]


def _set(pred, value):
    def mutate(g):
        ev = _first_event(g)
        g.set((ev, pred, value() if callable(value) else value))
        return ev

    return mutate


def _drop(pred):
    def mutate(g):
        ev = _first_event(g)
        g.remove((ev, pred, None))
        return ev

    return mutate


def _actor(pred, value=None, add_type=None):
    def mutate(g):
        actor = g.value(_first_event(g), KGO.source)
        if add_type is not None:
            g.add((actor, RDF.type, add_type))
        else:
            g.set((actor, pred, value))
        return actor

    return mutate


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (_drop(KGO.action), KGO.action),
        (_set(KGO.modality, Literal("maybe")), KGO.modality),
        (_set(KGO.negated, Literal("perhaps")), KGO.negated),
        (_drop(KGO.negated), KGO.negated),
        (_set(KGO.quadClass, Literal(7)), KGO.quadClass),
        (_set(KGO.goldstein, Literal("high")), KGO.goldstein),
        (_set(KGO.sentenceStart, Literal(10_000)), KGO.sentenceStart),
        (_drop(PROV.wasDerivedFrom), PROV.wasDerivedFrom),
        (_set(KGO.ploverCategory, KGA.DISAPPROVE), KGO.ploverCategory),
        (_set(KGO.date, lambda: Literal("2024-13-45", datatype=XSD_DATE)), KGO.date),
        (_set(KGO.confidence, Literal(1.5)), KGO.confidence),
        (_actor(KGO.countryCode, Literal("russia")), KGO.countryCode),
        (_actor(OWL.sameAs, URIRef("https://example.org/Q1")), OWL.sameAs),
        (_actor(None, add_type=KGO.Country), None),  # a person that is also a country
    ],
)
def test_broken_graph_is_rejected(events, mutate, path):
    g = events_to_graph(events[:1])
    focus = mutate(g)
    report = validate(g)
    assert not report.conforms
    hits = [v for v in report.violations if v["focus"] == str(focus)]
    assert hits, report.violations
    assert any(v["path"] == (str(path) if path else None) for v in hits), hits
    assert all(v["severity"] == "Violation" and v["message"] for v in hits)


# ---------------------------------------------------------------------------
# SPARQL
# ---------------------------------------------------------------------------


def test_saved_queries_are_shipped():
    assert {
        "who_supports_whom",
        "events_between",
        "counts_per_category",
        "events_attributed",
    } <= set(saved_queries())


def _pick(result, *cols):
    idx = [result.vars.index(c) for c in cols]
    return sorted(tuple(row[i] for i in idx) for row in result.rows)


@pytest.mark.parametrize(
    ("name", "params", "cols", "expected"),
    [
        (
            "who_supports_whom",
            None,
            ("source", "target", "events"),
            [("USA", "UKR", 1), ("person/sergey-lavrov", "EGY", 1)],
        ),
        (
            "counts_per_category",
            None,
            ("category", "events", "negatedEvents"),
            [
                ("ACCUSE", 2, 1),
                ("ASSAULT", 1, 0),
                ("CONSULT", 2, 0),
                ("REQUEST", 1, 0),
                ("SUPPORT", 2, 0),
                ("THREATEN", 1, 0),
            ],
        ),
        (
            "events_between",
            {"a": "RUS", "b": "EGY"},
            ("source", "action", "target", "negated"),
            [
                ("EGY", "condemn", "RUS", True),
                ("EGY-GOV", "hold_talks", "RUS", False),
                ("person/sergey-lavrov", "support", "EGY", False),
            ],
        ),
        (
            "events_between",
            {"a": "EGY", "b": "person/sergey-lavrov"},
            ("source", "category", "target", "doc"),
            [("person/sergey-lavrov", "SUPPORT", "EGY", "ar-1")],
        ),
        (
            "events_between",
            {"a": "ISR", "b": "IRN"},
            ("source", "action", "target", "modality"),
            [("IRN", "threaten", "ISR", "conditional")],
        ),
        ("events_between", {"a": "USA", "b": "RUS"}, ("source",), []),
        (
            "events_attributed",
            None,
            ("attributedTo", "source", "action", "target"),
            [("UNO", "ISR-MIL", "air_strike", "SYR")],
        ),
    ],
)
def test_saved_query(graph, name, params, cols, expected):
    assert _pick(run_query(graph, name, params), *cols) == expected


def test_query_parameters_are_checked(graph):
    with pytest.raises(ValueError, match="missing"):
        run_query(graph, "events_between", {"a": "RUS"})
    with pytest.raises(ValueError, match="unknown"):
        run_query(graph, "events_between", {"a": "RUS", "b": "EGY", "c": "x"})


def test_ad_hoc_query_with_iri_parameter(graph):
    q = "PREFIX kgo: <https://w3id.org/kg-events/ontology#> SELECT ?e WHERE { ?e kgo:target ?t }"
    res = run_query(graph, q, {"t": "https://w3id.org/kg-events/id/actor/ISIS"})
    assert len(res.rows) == 1
    ask = run_query(graph, "ASK { ?s ?p ?o }")
    assert (ask.vars, ask.rows) == (["ask"], [(True,)])


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_format_result(graph, fmt):
    res = run_query(graph, "counts_per_category")
    text = format_result(res, fmt)
    if fmt == "json":
        rows = json.loads(text)
        assert {r["category"]: r["events"] for r in rows}["SUPPORT"] == 2
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert {r["category"]: r["events"] for r in rows}["ACCUSE"] == "2"
    else:
        lines = text.splitlines()
        assert lines[0].split() == ["category", "events", "negatedEvents"]
        assert lines[-1] == "(6 rows)"


def test_format_result_rejects_unknown_format(graph):
    with pytest.raises(ValueError, match="unknown format"):
        format_result(run_query(graph, "counts_per_category"), "xlsx")


@pytest.mark.parametrize("suffix,fmt", [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld")])
def test_load_graph_by_extension(tmp_path, graph, suffix, fmt):
    path = tmp_path / f"g{suffix}"
    path.write_text(graph.serialize(format=fmt), encoding="utf-8")
    assert isomorphic(load_graph(path), graph)


def test_load_graph_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(GraphLoadError, match="bad.ttl"):
        load_graph(bad)
    with pytest.raises(GraphLoadError, match="missing.ttl"):
        load_graph(tmp_path / "missing.ttl")
