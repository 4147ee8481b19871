"""One count for every output (kg.counts): the build summary, the page, ``kg stats``
and the saved queries give the same numbers for the same graph, and say what they
leave out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.actors import concept, country, person
from kg.cli import app
from kg.counts import count_events
from kg.outputs import read_events_jsonl
from kg.records import Event
from kg.vocab import make_action

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles.jsonl"

runner = CliRunner()

RUS, EGY = country("RUS", "Moscow", "GOV"), country("EGY", "Cairo", "GOV")
LAVROV = person(None, "Lavrov", name="Sergey Lavrov", country="RUS")
TERROR = concept("terrorism", "terrorism", "terrorism")


def ev(src, action, tgt, **kw) -> Event:
    n = ev.n = getattr(ev, "n", 0) + 1  # distinct offsets: distinct event ids
    return Event("d1", f"sentence {n}", n, n + 1, src, make_action(action, action), tgt, **kw)


# (events, actor id, degree, out, in, partners, undrawn)
CASES = {
    "meeting": ([ev(RUS, "meet", EGY)], "RUS-GOV", 1, 1, 0, 1, 0),
    "no target still counts": ([ev(RUS, "protest", None)], "RUS-GOV", 1, 1, 0, 0, 1),
    "no source": ([ev(None, "meet", EGY)], "EGY-GOV", 1, 0, 1, 0, 1),
    "negated counts": ([ev(RUS, "attack", EGY, negated=True)], "EGY-GOV", 1, 0, 1, 1, 0),
    "itself: one event, no partner": ([ev(RUS, "criticize", RUS)], "RUS-GOV", 1, 1, 1, 0, 0),
    "a concept is a partner": ([ev(RUS, "condemn", TERROR)], "RUS-GOV", 1, 1, 0, 1, 0),
    "two events, one partner": (
        [ev(RUS, "meet", EGY), ev(EGY, "meet", RUS)],
        "RUS-GOV",
        2,
        1,
        1,
        1,
        0,
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_actor_counts(name):
    events, actor, degree, out, in_, partners, undrawn = CASES[name]
    a = count_events(events).nodes[actor]
    assert (a.degree, a.out_degree, a.in_degree, a.partners, a.undrawn) == (
        degree,
        out,
        in_,
        partners,
        undrawn,
    )


def test_totals_notes_and_roll_up():
    events = [
        ev(RUS, "meet", EGY, date="2025-03-01"),
        ev(LAVROV, "meet", EGY, date="2025-03-02"),
        ev(RUS, "protest", None),
        ev(RUS, "attack", EGY, negated=True, date="2025-03-03"),
        ev(LAVROV, "condemn", TERROR, date="2025-03-04"),
    ]
    c = count_events(events)
    assert (c.events, c.drawn, c.no_target, c.negated, c.negated_drawn) == (5, 4, 1, 1, 1)
    assert (c.undated, c.undated_claimed, c.concepts, len(c.actors)) == (1, 1, 1, 3)
    assert c.per_category == {"CONSULT": 2, "PROTEST": 1, "ASSAULT": 1, "ACCUSE": 1}
    assert [a.id for a in c.top()] == ["EGY-GOV", "RUS-GOV", "person/sergey-lavrov"]  # 3, 3, 2
    notes = c.notes()
    assert notes[0].startswith("1 of 5 events have one side missing (1 without a target)")
    assert "1 negated events" in notes[1] and "--include-negated" in notes[1]
    assert notes[2] == "1 undated events left out of the timeline"
    assert count_events(events[:2]).notes() == []
    rolled = count_events(events, key=lambda a: a.country or a.id)
    assert rolled.nodes["RUS"].degree == 5 and rolled.nodes["RUS"].partners == 2  # EGY, terrorism


# ---------------------------------------------------------------- every output agrees


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> dict:
    """kg build of the examples into --out and --store, with what it printed; at a
    threshold low enough to keep acts said not to have happened (negated), which the
    default leaves out, so the counts of negated events are tested too."""
    tmp = tmp_path_factory.mktemp("counts")
    out, store = str(tmp / "out"), str(tmp / "store")
    res = runner.invoke(
        app, ["build", str(ARTICLES), "--out", out, "--store", store, "--min-confidence", "0.25"]
    )
    assert res.exit_code == 0, res.output
    events = read_events_jsonl(tmp / "out" / "events.jsonl")
    return {"out": tmp / "out", "store": tmp / "store", "summary": res.output, "events": events}


def _query(*args) -> list[dict]:
    res = runner.invoke(app, ["query", *map(str, args), "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_the_build_summary_counts_as_kg_counts(demo):
    c = count_events(demo["events"])
    line = next(x for x in demo["summary"].splitlines() if x.startswith("actors "))
    expected = ", ".join(f"{a.label} ({a.degree})" for a in c.top(12))
    assert line == f"actors {len(c.actors)}: {expected}"
    assert f"events {c.events} " in demo["summary"]
    for cat, n in c.per_category.items():
        assert re.search(rf"^  {cat} +{n}$", demo["summary"], re.M), cat
    assert f"{c.undrawn} of {c.events} events have one side missing" in demo["summary"]


def test_top_actors_and_counts_per_category_agree_on_file_and_store(demo):
    c = count_events(demo["events"])
    expected = [
        {
            "actor": a.id,
            "label": a.label,
            "degree": a.degree,
            "outDegree": a.out_degree,
            "inDegree": a.in_degree,
            "partners": a.partners,
        }
        for a in c.top(50)
    ]
    assert _query(demo["out"] / "graph.ttl", "--saved", "top_actors") == expected
    assert _query("--store", demo["store"], "--saved", "top_actors") == expected
    for rows in (
        _query(demo["out"] / "graph.ttl", "--saved", "counts_per_category"),
        _query("--store", demo["store"], "--saved", "counts_per_category"),
    ):
        assert {r["category"]: r["events"] for r in rows} == dict(c.per_category)
        assert sum(r["negatedEvents"] for r in rows) == c.negated


def test_kg_stats_counts_as_kg_counts_and_says_what_it_leaves_out(demo):
    c = count_events(demo["events"])
    for source in (demo["out"] / "graph.ttl", demo["store"]):
        res = runner.invoke(app, ["stats", str(source), "--format", "json", "--top", "1000"])
        assert res.exit_code == 0, res.output
        s = json.loads(res.stdout)
        assert {r["actor"]: r["degree"] for r in s["actors_by_degree"]} == {
            a.id: a.degree for a in c.top()
        }
        assert s["totals"]["events"] == c.events and s["totals"]["actors"] == len(c.actors)
        assert s["notes"] == c.notes()
        assert sum(r["events"] for r in s["categories"]) == (
            c.events - c.negated - c.undated_claimed
        )
    # The one the issue reported: Iraq's government, the same count everywhere.
    irq = c.nodes["IRQ-GOV"].degree
    assert irq >= 5
    table = runner.invoke(app, ["stats", str(demo["store"])]).stdout
    assert c.negated > 0
    assert re.search(rf"^IRQ-GOV +Iraq \(government\) +{irq} ", table, re.M)
    assert f"Note: {c.negated} negated events" in table
    assert "left out of the dyads" in table and "--include-negated" in table
    with_negated = runner.invoke(app, ["stats", str(demo["store"]), "--include-negated"])
    assert "negated events" not in with_negated.stdout


def test_the_page_counts_as_kg_counts_and_says_what_it_does_not_draw(demo):
    from test_viz import _data_block

    c = count_events(demo["events"])
    html = (demo["out"] / "graph.html").read_text(encoding="utf-8")
    data = _data_block(html)
    degrees = {n["id"]: n["kg"]["degree"] for n in data["nodes"]}
    assert degrees == {k: a.degree for k, a in c.nodes.items()}
    assert len(data["edges"]) == c.drawn and data["undrawn"] == c.undrawn
    summary = re.search(r'<p class="kg-summary">([^<]*)</p>', html).group(1)
    assert summary.startswith(
        f"{len(c.actors)} actors \u00b7 {c.concepts} concepts \u00b7 "
        f"{c.drawn} of {c.events} events drawn ({c.undrawn} have no target or no source"
    )
    # An actor with only one-sided events has its events, and their sentences, in its details.
    one_sided = [
        n["kg"]
        for n in data["nodes"]
        if n["kg"].get("undrawn") and n["kg"]["degree"] == n["kg"]["undrawn"]
    ]
    assert one_sided, "the demo has an actor with only one-sided events"
    for kg in one_sided:
        assert len(kg["undrawn_events"]) == kg["undrawn"]
