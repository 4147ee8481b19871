"""kg.analytics: small hand-built graphs with known answers, the summary, and ``kg stats``."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg import analytics as an
from kg.actors import country, person
from kg.cli import app
from kg.graph import aggregate, aggregate_by, events_to_networkx
from kg.records import Article, Event
from kg.vocab import make_action

# ---------------------------------------------------------------- graphs


def multi(*edges, **common) -> nx.MultiDiGraph:
    """A MultiDiGraph from (u, v) or (u, v, attrs) tuples."""
    g = nx.MultiDiGraph()
    for e in edges:
        u, v, attrs = (*e, {}) if len(e) == 2 else e
        g.add_edge(u, v, **{**common, **attrs})
    return g


STAR = multi(("H", "A"), ("B", "H"), ("H", "C"), ("D", "H"))
PATH = multi(("A", "B"), ("B", "C"), ("C", "D"))
TRIANGLES = multi(
    ("A", "B"), ("B", "C"), ("C", "A"), ("D", "E"), ("E", "F"), ("F", "D"), ("C", "D")
)
PARALLEL = multi(
    ("A", "B"), ("A", "B"), ("B", "A"), ("A", "C", {"negated": True}), ("K", "K"), ("K", "A")
)


@pytest.mark.parametrize(
    ("g", "actor", "degree", "out_deg", "in_deg", "partners", "betweenness"),
    [
        (STAR, "H", 4, 2, 2, 4, 1.0),
        (STAR, "A", 1, 0, 1, 1, 0.0),
        (PATH, "B", 2, 1, 1, 2, 2 / 3),
        (PATH, "A", 1, 1, 0, 1, 0.0),
        (TRIANGLES, "C", 3, 2, 1, 3, 0.6),
        # The negated A -> C does not count; A is on the one path B - K of 3 pairs.
        (PARALLEL, "A", 4, 2, 2, 2, 1 / 3),
        (PARALLEL, "C", 0, 0, 0, 0, 0.0),
        (PARALLEL, "K", 2, 2, 1, 1, 0.0),  # a self-loop is one event, and no partner
    ],
)
def test_centrality_known_values(g, actor, degree, out_deg, in_deg, partners, betweenness):
    row = {r["actor"]: r for r in an.centrality(g)}[actor]
    assert (row["degree"], row["out_degree"], row["in_degree"]) == (degree, out_deg, in_deg)
    assert row["partners"] == partners
    assert row["betweenness"] == pytest.approx(betweenness)


def test_centrality_orders_and_counts_negated_on_request():
    assert [r["actor"] for r in an.centrality(STAR, top=2)] == ["H", "A"]
    by_b = an.centrality(PATH, sort="betweenness")
    assert [r["actor"] for r in by_b[:2]] == ["B", "C"]  # tie on both measures: by id
    with_neg = {r["actor"]: r for r in an.centrality(PARALLEL, include_negated=True)}
    assert with_neg["C"]["degree"] == 1 and with_neg["A"]["partners"] == 3
    with pytest.raises(ValueError, match="sort"):
        an.centrality(STAR, sort="pagerank")


def test_centrality_reads_summary_counts():
    d = aggregate(PARALLEL)
    rows = {r["actor"]: r for r in an.centrality(d)}
    assert rows["A"]["degree"] == 4  # 2 + 1 events, as counts on two dyad edges, +1 from K
    assert rows["B"]["degree"] == 3


def test_betweenness_is_sampled_and_repeatable_on_request():
    g = nx.MultiDiGraph(nx.path_graph(30, create_using=nx.DiGraph))
    a = an.centrality(g, betweenness_k=10, seed=3)
    b = an.centrality(g, betweenness_k=10, seed=3)
    assert a == b
    exact = {r["actor"]: r["betweenness"] for r in an.centrality(g)}
    assert exact[15] == pytest.approx(nx.betweenness_centrality(nx.path_graph(30))[15])


@pytest.mark.parametrize("method", ["greedy", "louvain"])
def test_communities_split_two_triangles(method):
    found = an.communities(TRIANGLES, method=method)
    assert [sorted(c) for c in found] == [["A", "B", "C"], ["D", "E", "F"]]


def test_communities_edge_cases():
    g = nx.MultiDiGraph()
    g.add_nodes_from(["B", "A"])
    assert an.communities(g) == [{"A"}, {"B"}]
    with pytest.raises(ValueError, match="method"):
        an.communities(TRIANGLES, method="girvan")


# ---------------------------------------------------------------- dyads

DYADS = multi(
    ("RUS", "EGY", {"quad_class": 1, "goldstein": 3.5, "date": "2025-03-11"}),
    ("RUS", "EGY", {"quad_class": 2, "goldstein": 7.0, "date": "2025-04-02"}),
    ("RUS", "EGY", {"quad_class": 3, "goldstein": -2.0, "date": "2025-04-20"}),
    ("EGY", "RUS", {"quad_class": 1, "goldstein": 1.0, "date": "2025-03-11"}),
    ("IRQ", "TUR", {"quad_class": 4, "goldstein": -10.0, "date": "2025-06-15"}),
    ("IRQ", "TUR", {"quad_class": 4, "goldstein": -10.0, "negated": True}),
)


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("RUS", "EGY", (3, 1, 1, 1, 0, 8.5 / 3, "2025-03-11", "2025-04-20")),
        ("EGY", "RUS", (1, 1, 0, 0, 0, 1.0, "2025-03-11", "2025-03-11")),
        ("IRQ", "TUR", (1, 0, 0, 0, 1, -10.0, "2025-06-15", "2025-06-15")),
    ],
)
def test_dyad_table(source, target, expected):
    rows = {(r["source"], r["target"]): r for r in an.dyad_table(DYADS)}
    r = rows[(source, target)]
    got = (
        r["events"],
        r["verbal_coop"],
        r["material_coop"],
        r["verbal_conflict"],
        r["material_conflict"],
        r["goldstein"],
        r["first_date"],
        r["last_date"],
    )
    assert got[:5] == expected[:5]
    assert got[5] == pytest.approx(expected[5])
    assert got[6:] == expected[6:]


def test_dyad_table_order_filters_and_summary_input():
    rows = an.dyad_table(DYADS)
    assert [(r["source"], r["target"]) for r in rows] == [
        ("RUS", "EGY"),
        ("EGY", "RUS"),
        ("IRQ", "TUR"),
    ]
    assert len(an.dyad_table(DYADS, top=1)) == 1
    assert [r["source"] for r in an.dyad_table(DYADS, min_events=2)] == ["RUS"]
    neg = {(r["source"], r["target"]): r for r in an.dyad_table(DYADS, include_negated=True)}
    assert neg[("IRQ", "TUR")]["events"] == 2
    assert an.dyad_table(aggregate(DYADS)) == rows  # an aggregated graph gives the same rows


def test_dyad_timeline_both_directions():
    rows = an.dyad_timeline(DYADS, "RUS", "EGY")
    assert [(r["period"], r["events"]) for r in rows] == [("2025-03", 2), ("2025-04", 2)]
    assert rows[1]["goldstein"] == pytest.approx(2.5)
    assert rows[1]["quad2"] == rows[1]["quad3"] == 1
    one_way = an.dyad_timeline(DYADS, "EGY", "RUS", both_directions=False)
    assert [(r["period"], r["events"]) for r in one_way] == [("2025-03", 1)]


def test_aggregate_by_category_splits_a_dyad():
    g = multi(
        ("A", "B", {"plover": "CONSULT", "quad_class": 1, "goldstein": 1.0}),
        ("A", "B", {"plover": "CONSULT", "quad_class": 1, "goldstein": 1.0}),
        ("A", "B", {"plover": "ACCUSE", "quad_class": 3, "goldstein": -2.0}),
        ("A", "B", {"plover": "ACCUSE", "quad_class": 3, "goldstein": -2.0, "negated": True}),
    )
    d = aggregate_by(g)
    assert {k: e["count"] for _, _, k, e in d.edges(keys=True, data=True)} == {
        "CONSULT": 2,
        "ACCUSE": 1,
    }
    assert d.edges["A", "B", "ACCUSE"]["quad3"] == 1
    assert aggregate_by(g, include_negated=True).edges["A", "B", "ACCUSE"]["count"] == 2
    by_quad = aggregate_by(g, "quad_class")
    assert sorted(by_quad["A"]["B"]) == [1, 3]


# ---------------------------------------------------------------- time

DATED = multi(
    *[
        ("A", "B", {"date": d, "plover": p})
        for d, p in [
            ("2024-12-31", "CONSULT"),
            ("2025-01-01", "CONSULT"),
            ("2025-01-31", "ASSAULT"),
            ("2025-02-01", "CONSULT"),
            ("2025-03-15", "ASSAULT"),
            (None, "AID"),
        ]
    ],
    ("C", "D", {"date": "2026-01-01", "plover": "AID"}),
)


@pytest.mark.parametrize(
    ("start", "end", "undated", "dates"),
    [
        ("2025-01", "2025-01", False, ["2025-01-01", "2025-01-31"]),
        ("2025", "2025", False, ["2025-01-01", "2025-01-31", "2025-02-01", "2025-03-15"]),
        (None, "2024-12-31", False, ["2024-12-31"]),
        ("2025-03-01", None, False, ["2025-03-15", "2026-01-01"]),
        ("2025-02-01", "2025-02-01", True, [None, "2025-02-01"]),
        ("2030", None, False, []),
    ],
)
def test_time_slice(start, end, undated, dates):
    s = an.time_slice(DATED, start, end, undated=undated)
    got = sorted((d for *_, d in s.edges(data="date")), key=lambda x: x or "")
    assert got == dates
    # Only the actors of kept events remain, unless asked otherwise.
    assert set(s) == {n for e in s.edges() for n in e}
    assert set(an.time_slice(DATED, "2030", keep_isolates=True)) == set(DATED)


@pytest.mark.parametrize(
    ("day", "freq", "period"),
    [
        ("2025-03-11", "year", "2025"),
        ("2025-03-11", "quarter", "2025-Q1"),
        ("2025-10-01", "quarter", "2025-Q4"),
        ("2025-03-11", "month", "2025-03"),
        ("2025-03-11", "week", "2025-W11"),
        ("2024-12-30", "week", "2025-W01"),  # ISO week-year
        ("2025-03-11", "day", "2025-03-11"),
        (None, "month", None),
    ],
)
def test_period_of(day, freq, period):
    assert an.period_of(day, freq) == period


def test_period_of_rejects_unknown_freq():
    with pytest.raises(ValueError, match="freq"):
        an.period_of("2025-01-01", "decade")


def test_split_by_period():
    parts = an.split_by_period(DATED, "year")
    assert {p: g.number_of_edges() for p, g in parts.items()} == {"2024": 1, "2025": 4, "2026": 1}
    assert list(parts) == sorted(parts)
    assert set(parts["2026"]) == {"C", "D"}


def test_category_timeline_from_graph():
    rows = an.category_timeline(DATED, freq="month")
    assert [tuple(r.values()) for r in rows] == [
        ("2024-12", "CONSULT", 1),
        ("2025-01", "ASSAULT", 1),
        ("2025-01", "CONSULT", 1),
        ("2025-02", "CONSULT", 1),
        ("2025-03", "ASSAULT", 1),
        ("2026-01", "AID", 1),
    ]


# ---------------------------------------------------------------- actors


def test_ego_network():
    g = multi(("A", "B"), ("C", "A"), ("C", "D"), ("D", "E"))
    assert sorted(an.ego_network(g, "A")) == ["A", "B", "C"]
    assert sorted(an.ego_network(g, "A", radius=2)) == ["A", "B", "C", "D"]
    assert sorted(an.ego_network(g, "A", undirected=False)) == ["A", "B"]
    ego = an.ego_network(g, "A")
    assert isinstance(ego, nx.MultiDiGraph) and ego.number_of_edges() == 2
    ego.add_edge("X", "Y")  # a copy, not a view of g
    assert "X" not in g
    with pytest.raises(nx.NodeNotFound):
        an.ego_network(g, "Z")


ACTORS = nx.MultiDiGraph()
ACTORS.add_node("RUS", label="Russia", labels={"ar": "روسيا"}, texts=["موسكو", "Moscow"])
ACTORS.add_node("RUS-GOV", label="Russia (government)", labels={"ar": "روسيا"}, texts=["الكرملين"])
ACTORS.add_node("TUR", label="Türkiye", labels={"ar": "تركيا"}, texts=["أنقرة"])
ACTORS.add_node("person/ahmed-hassan", label="Ahmed Hassan", texts=["أحمد حسن"])
ACTORS.add_node("group/protester", label="protester", texts=["المحتجين"])
ACTORS.add_edge("RUS-GOV", "TUR")
ACTORS.add_edge("RUS-GOV", "TUR")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("روسيا", ["RUS-GOV", "RUS"]),  # both exact; the more active first
        ("Russia", ["RUS", "RUS-GOV"]),  # exact label first
        ("موسكو", ["RUS"]),  # the article's own word
        ("MOSCOW", ["RUS"]),
        ("turkiye", ["TUR"]),  # accents folded
        ("انقرة", ["TUR"]),  # hamza on alef folded
        ("احمد", ["person/ahmed-hassan"]),
        ("حسن", ["person/ahmed-hassan"]),
        ("hassan", ["person/ahmed-hassan"]),
        ("المحتجين", ["group/protester"]),
        ("الكرملين", ["RUS-GOV"]),
        ("  ", []),
        ("Brazil", []),
    ],
)
def test_find_actors(query, found):
    assert an.find_actors(ACTORS, query) == found


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Türkiye", "turkiye"),
        ("أَحْمَد", "احمد"),  # short vowels
        ("إيران", "ايران"),
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مدرسة", "مدرسه"),  # ta marbuta
        ("عـــربي", "عربي"),  # tatweel
        ("  New   York ", "new york"),
    ],
)
def test_fold(text, folded):
    assert an.fold(text) == folded


def test_to_countries():
    g = nx.MultiDiGraph()
    g.add_node("RUS-GOV", label="Russia (government)", type="country", country="RUS", texts=["a"])
    g.add_node("person/lavrov", label="Lavrov", type="person", country="RUS", texts=["b"])
    g.add_node("EGY", label="Egypt", type="country", country="EGY", texts=["c"])
    g.add_node("UNO", label="United Nations", type="organisation", country="UNO", texts=[])
    g.add_node("concept/peace", label="peace", type="concept", texts=["d"])
    g.add_edge("RUS-GOV", "EGY", key="e1", plover="CONSULT")
    g.add_edge("person/lavrov", "EGY", key="e2")
    g.add_edge("person/lavrov", "RUS-GOV", key="e3")
    g.add_edge("EGY", "concept/peace", key="e4")
    g.add_edge("UNO", "EGY", key="e5")
    c = an.to_countries(g)
    assert sorted(c.edges(keys=True)) == [
        ("EGY", "concept/peace", "e4"),
        ("RUS", "EGY", "e1"),
        ("RUS", "EGY", "e2"),
        ("RUS", "RUS", "e3"),
        ("UNO", "EGY", "e5"),
    ]
    assert c.nodes["RUS"]["label"] == "Russia" and c.nodes["RUS"]["labels"] == {"ar": "روسيا"}
    assert c.nodes["RUS"]["type"] == "country" and c.nodes["RUS"]["texts"] == ["a", "b"]
    assert c.nodes["EGY"]["label"] == "Egypt"
    assert c.edges["RUS", "EGY", "e1"]["plover"] == "CONSULT"
    assert "texts" in g.nodes["RUS-GOV"] and g.nodes["RUS-GOV"]["texts"] == ["a"]  # g unchanged


def test_docstring_examples():
    import doctest

    result = doctest.testmod(an)
    assert result.attempted >= 15 and result.failed == 0


# ---------------------------------------------------------------- records, summary, CLI


def ev(doc, src, action_id, tgt, date, sentence="s", **kw) -> Event:
    return Event(doc, sentence, 0, len(sentence), src, make_action(action_id, action_id), tgt,
                 date=date, lang="en", **kw)  # fmt: skip


RUS, EGY = country("RUS", "Moscow", "GOV"), country("EGY", "Cairo", "GOV")
TUR, IRQ = country("TUR", "Ankara"), country("IRQ", "Baghdad", "GOV")
LAVROV = person(None, "Lavrov", name="Sergey Lavrov", country="RUS")
EVENTS = [
    ev("d1", RUS, "support", EGY, "2025-03-11", "Moscow backs Cairo."),
    ev("d1", LAVROV, "meet", EGY, "2025-03-11", "Lavrov met the Egyptian minister."),
    ev("d2", EGY, "meet", RUS, "2025-04-02", "Cairo hosted Moscow's envoy."),
    ev("d3", IRQ, "criticize", TUR, "2025-06-15", "Baghdad criticised Ankara."),
    ev("d3", TUR, "air_strike", None, "2025-06-15", "Turkish jets struck."),
    ev("d3", IRQ, "criticize", TUR, "2025-06-16", "Baghdad did not criticise.", negated=True),
]


def test_category_timeline_from_records_counts_one_sided_events():
    rows = an.category_timeline(EVENTS)
    assert {(r["period"], r["plover"]): r["events"] for r in rows} == {
        ("2025-03", "SUPPORT"): 1,
        ("2025-03", "CONSULT"): 1,
        ("2025-04", "CONSULT"): 1,
        ("2025-06", "ACCUSE"): 1,
        ("2025-06", "ASSAULT"): 1,  # no target, still an event of June
    }
    quads = an.category_timeline(EVENTS, attr="quad_class", include_negated=True)
    assert {(r["period"], r["quad_class"]): r["events"] for r in quads}[("2025-06", 3)] == 2


def test_summary_on_records():
    s = an.summary(EVENTS, top=3, countries=True)
    assert list(s) == [
        "totals",
        "notes",
        "actors_by_degree",
        "actors_by_betweenness",
        "dyads",
        "categories",
    ]
    assert s["totals"] == {"events": 6, "articles": 3, "actors": 4, "concepts": 0, "drawn": 5,
                           "negated": 1, "undated": 0}  # fmt: skip
    assert len(s["notes"]) == 2 and "1 negated events" in s["notes"][1]
    # Degrees count every event (kg.counts): Turkiye's air strike without a
    # target and the negated criticism too, as kg build and top_actors do.
    assert [(r["actor"], r["degree"]) for r in s["actors_by_degree"]] == [
        ("EGY", 3),
        ("RUS", 3),
        ("TUR", 3),
    ]
    dyads = {(r["source"], r["target"]): r for r in s["dyads"]}
    rus_egy = dyads[("RUS", "EGY")]
    assert rus_egy["events"] == 2 and rus_egy["verbal_coop"] == 2 and rus_egy["goldstein"] > 0
    assert dyads[("IRQ", "TUR")]["verbal_conflict"] == 1  # the negated one is not counted
    assert dyads[("IRQ", "TUR")]["goldstein"] < 0
    actor_level = an.summary(EVENTS, top=10)
    assert "person/sergey-lavrov" in {r["actor"] for r in actor_level["actors_by_degree"]}


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_format_summary(fmt):
    s = an.summary(EVENTS, top=5, countries=True)
    text = an.format_summary(s, fmt)
    if fmt == "json":
        assert json.loads(text) == json.loads(json.dumps(s))
    elif fmt == "csv":
        sections = text.split("\n\n")
        assert [x.splitlines()[0] for x in sections if x.strip()] == [
            "# totals",
            "# notes",
            "# actors_by_degree",
            "# actors_by_betweenness",
            "# dyads",
            "# categories",
        ]
        dyads = list(csv.DictReader(io.StringIO(sections[4].split("\n", 1)[1])))
        assert {(d["source"], d["target"]) for d in dyads} >= {("RUS", "EGY"), ("IRQ", "TUR")}
    else:
        assert "Top actors by degree" in text and "Most active dyads" in text
        assert text.startswith("6 events from 3 articles \u00b7 4 actors \u00b7 0 concepts\nNote: ")
        # The timeline is wide in a terminal: one row per period, one column per category.
        timeline = text.split("PLOVER categories over time", 1)[1]
        header = timeline.strip().splitlines()[0].split()
        assert header[0] == "period" and header[-1] == "total" and "CONSULT" in header
        assert "2025-06" in timeline
    with pytest.raises(ValueError, match="format"):
        an.format_summary(s, "xml")


ARTICLES = [
    Article(id=d, text="x", lang="en", date=None) for d in sorted({e.doc_id for e in EVENTS})
]


@pytest.fixture(scope="module")
def turtle(tmp_path_factory):
    from kg.rdf.convert import events_to_graph

    path = tmp_path_factory.mktemp("stats") / "graph.ttl"
    events_to_graph(EVENTS, ARTICLES).serialize(path, format="turtle")
    return path


def test_cli_stats_turtle(turtle):
    res = CliRunner().invoke(app, ["stats", str(turtle), "--format", "json", "--countries"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out == json.loads(json.dumps(an.summary(EVENTS, countries=True)))
    res = CliRunner().invoke(app, ["stats", str(turtle), "--top", "2"])
    assert res.exit_code == 0, res.output
    assert "Egypt (government)" in res.output and "(2 rows)" in res.output


def test_cli_stats_store(tmp_path):
    from kg.store import KGStore

    with KGStore(tmp_path / "store") as store:
        for art in ARTICLES:
            store.add_article(art, [e for e in EVENTS if e.doc_id == art.id])
    res = CliRunner().invoke(app, ["stats", str(tmp_path / "store"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert "# dyads" in res.output
    assert "RUS-GOV,Russia (government),EGY-GOV,Egypt (government),1,1,0,0,0,3.5" in res.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["stats", "missing.ttl"], "error:"),
        (["stats", "{turtle}", "--freq", "decade"], "--freq must be one of"),
        (["stats", "{turtle}", "--format", "xml"], "xml"),
    ],
)
def test_cli_stats_errors(turtle, args, message):
    res = CliRunner().invoke(app, [a.format(turtle=turtle) for a in args])
    assert res.exit_code != 0
    assert message in res.output


def test_events_to_networkx_collects_surface_texts():
    g = events_to_networkx(EVENTS)
    assert g.nodes["RUS-GOV"]["texts"] == ["Moscow"]
    assert g.nodes["person/sergey-lavrov"]["texts"] == ["Lavrov"]
