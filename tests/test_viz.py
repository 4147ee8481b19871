"""The networkx graph (kg.graph) and the offline HTML page (kg.viz), in a real browser."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.actors import concept, country, person
from kg.graph import aggregate, events_to_networkx
from kg.records import Actor, Event
from kg.viz import html_page, render_html
from kg.vocab import make_action

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

IMG_XSS = '<img src=x onerror="window.__pwned=1">'
SCRIPT_XSS = "</script><script>window.__pwned=2</script>"
HOSTILE = f"Evil {IMG_XSS} Corp {SCRIPT_XSS}"


def ev(doc, sentence, src, action_id, trigger, tgt, **kw) -> Event:
    return Event(
        doc_id=doc,
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        source=src,
        action=make_action(action_id, trigger),
        target=tgt,
        **kw,
    )


USA = country("USA", "Washington", "GOV")
RUS = country("RUS", "Moscow", "GOV")
ISR = country("ISR", "Israel")
SYR = country("SYR", "Syria")
UKR = country("UKR", "Ukraine")
TUR = country("TUR", "تركيا")
QAT = country("QAT", "قطر")
UN = Actor(
    id="UNO", label="United Nations", text="UN", type="organisation", labels={"ar": "الأمم المتحدة"}
)
REBELS = Actor(id="SYR-REB", label="Syrian rebels", text="rebels", type="group", country="SYR")
HASSAN = person(None, "أحمد حسن", name="Ahmed Hassan", country="EGY")
TERROR = concept("terrorism", "terrorism", "الإرهاب", labels={"ar": "الإرهاب"})
SPEAKER = person(None, "the spokesman", name="Maria Lopez")

AR_SENTENCE = "أدان أحمد حسن الإرهاب في بيان صدر يوم الاثنين."


def sample_events() -> list[Event]:
    """Ten events, nine with both sides, over eleven distinct actors."""
    return [
        ev(
            "d1",
            "US officials met Russian diplomats in Geneva on Monday.",
            USA,
            "meet",
            "met",
            RUS,
            date="2024-03-04",
            lang="en",
        ),
        ev(
            "d2",
            "The American delegation met its Russian counterparts again.",
            USA,
            "meet",
            "met",
            RUS,
            date="2024-03-05",
            lang="en",
        ),
        ev(
            "d2",
            "Moscow criticised Washington for the delay.",
            RUS,
            "criticize",
            "criticised",
            USA,
            date="2024-03-05",
            lang="en",
            attributed_to=SPEAKER,
        ),
        ev(
            "d3",
            "Israeli jets carried out air strikes on Syrian positions.",
            ISR,
            "air_strike",
            "air strikes",
            SYR,
            date="2024-03-06",
            lang="en",
        ),
        ev(
            "d4",
            "Russia did not attack Ukraine overnight, the ministry said.",
            RUS,
            "attack",
            "attack",
            UKR,
            negated=True,
            lang="en",
        ),
        ev(
            "d5",
            "وقعت تركيا وقطر اتفاقا للتعاون التجاري.",
            TUR,
            "sign_agreement",
            "وقعت",
            QAT,
            date="2024-03-07",
            lang="ar",
        ),
        ev("d6", AR_SENTENCE, HASSAN, "condemn", "أدان", TERROR, lang="ar"),
        ev(
            "d7",
            "The UN delivered food aid to Syria.",
            UN,
            "humanitarian_aid",
            "delivered",
            SYR,
            lang="en",
        ),
        ev(
            "d8",
            "Syrian rebels threatened the UN convoy.",
            REBELS,
            "threaten",
            "threatened",
            UN,
            modality="asserted",
            lang="en",
        ),
        # No target: adds its actor as a node but no edge.
        ev("d9", "Ukraine protested.", UKR, "protest", "protested", None, lang="en"),
    ]


N_NODES, N_EDGES = 11, 9


def hostile_events() -> list[Event]:
    evil = Actor(id="org/evil", label=HOSTILE, text=HOSTILE, type="group", labels={"ar": IMG_XSS})
    sentence = f"{HOSTILE} attacked Syria. {IMG_XSS}"
    return [
        ev("x1", sentence, evil, "attack", SCRIPT_XSS, SYR, lang="en", attributed_to=evil),
        ev("x2", "Israel condemned the attack.", ISR, "condemn", "condemned", evil, lang="en"),
    ]


# ---------------------------------------------------------------------------
# kg.graph
# ---------------------------------------------------------------------------


def test_networkx_nodes_and_edges():
    evs = sample_events()
    g = events_to_networkx(evs)
    assert g.number_of_nodes() == N_NODES
    assert g.number_of_edges() == N_EDGES
    assert "UKR" in g  # the target-less event still adds its source
    assert g.nodes["RUS-GOV"] == {
        "label": "Russia (government)",
        "labels": RUS.labels,
        "type": "country",
        "country": "RUS",
        "sector": "GOV",
        "qid": None,
        "texts": ["Moscow"],  # the surface forms, for search
    }
    assert g.nodes["concept/terrorism"]["labels"] == {"ar": "الإرهاب"}
    # One edge per event, keyed by the event id; parallel events stay distinct.
    assert set(g["USA-GOV"]["RUS-GOV"]) == {evs[0].id, evs[1].id}
    d = g.edges["RUS-GOV", "USA-GOV", evs[2].id]
    assert d["action"] == "criticize"
    assert (d["plover"], d["cameo"], d["quad_class"]) == ("ACCUSE", "111", 3)
    assert d["attributed_to"] == "Maria Lopez"
    assert d["sentence"] == evs[2].sentence
    assert d["doc_id"] == "d2" and d["date"] == "2024-03-05"
    assert g.edges["RUS-GOV", "UKR", evs[4].id]["negated"] is True


def test_networkx_merges_actor_details():
    bare = Actor(id="QAT", label="Qatar", text="Qatar", type="country")
    evs = [
        ev("a", "Qatar met Turkey.", bare, "meet", "met", TUR),
        ev("b", "Turkey met Qatar.", TUR, "meet", "met", QAT),
    ]
    g = events_to_networkx(evs)
    assert g.nodes["QAT"]["labels"] == QAT.labels
    assert g.nodes["QAT"]["qid"] == QAT.qid and QAT.qid


@pytest.mark.parametrize(
    ("u", "v", "include_negated", "expected"),
    [
        ("USA-GOV", "RUS-GOV", False, {"count": 2, "quad1": 2, "quad3": 0, "goldstein": 1.0}),
        ("RUS-GOV", "USA-GOV", False, {"count": 1, "quad3": 1, "goldstein": -2.0}),
        ("ISR", "SYR", False, {"count": 1, "quad4": 1, "goldstein": -10.0}),
        ("RUS-GOV", "UKR", False, None),  # only a negated event: no dyad
        ("RUS-GOV", "UKR", True, {"count": 1, "quad4": 1, "weight": 1}),
    ],
)
def test_aggregate(u, v, include_negated, expected):
    d = aggregate(events_to_networkx(sample_events()), include_negated=include_negated)
    assert d.number_of_nodes() == N_NODES
    if expected is None:
        assert not d.has_edge(u, v)
        return
    e = d.edges[u, v]
    for k, want in expected.items():
        assert e[k] == pytest.approx(want), k
    assert e["weight"] == e["count"] == len(e["events"])
    assert e["quad1"] + e["quad2"] + e["quad3"] + e["quad4"] == e["count"]


def test_graph_docstring_examples():
    import doctest

    import kg.graph

    result = doctest.testmod(kg.graph)
    assert result.attempted > 0 and result.failed == 0


# ---------------------------------------------------------------------------
# kg.viz without a browser
# ---------------------------------------------------------------------------


def _data_block(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        (r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", "remote src/href"),
        (r"(?i)\bcdn", "a CDN host (base64 data may contain the letters)"),
        (r"(?i)<link\b", "a <link> element"),
        (r"(?i)<script[^>]*\bsrc\s*=", "an external script"),
        (r"(?i)@import|@font-face", "CSS that loads files"),
        (r"(?i)bootstrap", "Bootstrap"),
    ],
)
def test_page_is_self_contained(pattern, why):
    page = html_page(sample_events())
    assert not re.search(pattern, page), why


def test_page_escapes_untrusted_text():
    page = html_page(hostile_events(), title=HOSTILE)
    assert IMG_XSS not in page
    assert "<script>window.__pwned" not in page
    assert "<img" not in page.lower()
    data = _data_block(page)  # the data block ends at the first </script>, so it must be whole
    labels = {n["kg"]["label"] for n in data["nodes"]}
    assert HOSTILE in labels
    assert any(e["kg"]["sentence"].startswith(HOSTILE) for e in data["edges"])
    assert f"<title>{__import__('html').escape(HOSTILE)}</title>" in page


def test_page_data_matches_graph():
    data = _data_block(html_page(sample_events()))
    assert len(data["nodes"]) == N_NODES
    assert len(data["edges"]) == N_EDGES
    by_id = {e["id"]: e for e in data["edges"]}
    evs = sample_events()
    assert by_id[evs[4].id]["dashes"] is True  # negated
    assert by_id[evs[3].id]["dashes"] is False
    assert by_id[evs[3].id]["color"] != by_id[evs[0].id]["color"]
    assert data["options"]["physics"]["stabilization"]["iterations"] == 200
    # Parallel USA -> RUS edges are drawn apart.
    assert by_id[evs[0].id].get("smooth") != by_id[evs[1].id].get("smooth")
    # each event's tooltip says how sure the extractor was
    assert by_id[evs[3].id]["kg"]["confidence"] == evs[3].confidence


def test_render_html_writes_atomically(tmp_path):
    out = render_html(sample_events(), tmp_path / "sub" / "graph.html", title="t")
    assert out == tmp_path / "sub" / "graph.html"
    assert out.read_text(encoding="utf-8") == html_page(sample_events(), title="t")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


# ---------------------------------------------------------------------------
# kg.viz in headless Chromium
# ---------------------------------------------------------------------------


class Recorder:
    """Everything the page did that a test may want to forbid."""

    def __init__(self, page):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

        def on_dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)


def open_page(page, tmp_path, events, title="kg events") -> Recorder:
    path = render_html(events, tmp_path / "graph.html", title=title)
    rec = Recorder(page)
    page.goto(path.as_uri())
    # A function, not an expression string: the page's CSP forbids eval.
    page.wait_for_function("() => window.kgReady === true", timeout=60_000)
    return rec


def hover_node(page, node_id: str) -> None:
    x, y = page.evaluate(
        """(id) => {
            const p = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);
            const r = document.querySelector('#kg-graph canvas').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""",
        node_id,
    )
    page.mouse.move(x + 30, y + 30)
    page.mouse.move(x, y, steps=4)


TOOLTIP_VISIBLE = """(text) => {
    const t = document.querySelector('div.vis-tooltip');
    return t && t.style.visibility !== 'hidden' && t.textContent.includes(text);
}"""


def test_page_loads_offline_without_errors(browser_page, tmp_path):
    rec = open_page(browser_page, tmp_path, sample_events())
    assert rec.requests, "no request recorded at all"
    assert all(u.startswith("file://") for u in rec.requests), rec.requests
    assert rec.errors == []
    assert rec.dialogs == []
    # Physics is switched off after the bounded stabilisation.
    assert browser_page.evaluate("kgNetwork.physics.options.enabled") is False


def test_empty_page(browser_page, tmp_path):
    rec = open_page(browser_page, tmp_path, [])
    assert browser_page.evaluate("[kgNodes.length, kgEdges.length]") == [0, 0]
    assert "No events" in browser_page.text_content(".kg-empty")
    assert rec.errors == []


def test_network_counts_in_browser(browser_page, tmp_path):
    open_page(browser_page, tmp_path, sample_events())
    counts = browser_page.evaluate(
        "[kgNodes.length, kgEdges.length,"
        " kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]"
    )
    assert counts == [N_NODES, N_EDGES, N_NODES, N_EDGES]
    dashed = browser_page.evaluate("kgEdges.get({filter: e => e.dashes}).map(e => e.id)")
    assert dashed == [sample_events()[4].id]


def test_arabic_tooltip_is_right_to_left(browser_page, tmp_path):
    open_page(browser_page, tmp_path, sample_events())
    hover_node(browser_page, "concept/terrorism")
    browser_page.wait_for_function(TOOLTIP_VISIBLE, arg="الإرهاب", timeout=10_000)
    # one row per language of the actor's labels, named by the browser ("ar" -> Arabic)
    assert browser_page.evaluate(TOOLTIP_VISIBLE, "Arabic")
    assert (
        browser_page.evaluate(
            "getComputedStyle(document.querySelector('div.vis-tooltip bdi[lang=ar]')).direction"
        )
        == "rtl"
    )
    # The edge tooltip holds the Arabic sentence in a block that runs right to left.
    direction = browser_page.evaluate(
        """(s) => {
            const e = kgEdges.get({filter: e => e.kg.sentence === s})[0];
            const tip = kgTooltip(e.id);
            document.body.appendChild(tip);  // measure it outside the popup
            const d = tip.querySelector('.kg-sentence');
            return [d.textContent, getComputedStyle(d).direction];
        }""",
        AR_SENTENCE,
    )
    assert direction == [AR_SENTENCE, "rtl"]


def test_hostile_article_is_shown_as_text(browser_page, tmp_path):
    rec = open_page(browser_page, tmp_path, hostile_events(), title=HOSTILE)
    page = browser_page
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert rec.dialogs == []
    assert rec.errors == []
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.title() == HOSTILE
    assert page.text_content("h1") == HOSTILE
    # The node tooltip shows the name as text, not markup.
    hover_node(page, "org/evil")
    page.wait_for_function(TOOLTIP_VISIBLE, arg=HOSTILE, timeout=10_000)
    tip = page.evaluate(
        "(() => { const t = document.querySelector('div.vis-tooltip');"
        " return [t.textContent, t.querySelectorAll('img, script').length]; })()"
    )
    assert HOSTILE in tip[0] and tip[1] == 0
    # Edge tooltips: sentence and trigger survive as text.
    texts = page.evaluate("kgEdges.get().map(e => kgTooltip(e.id).textContent)")
    assert any(f"{HOSTILE} attacked Syria. {IMG_XSS}" in t and SCRIPT_XSS in t for t in texts)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img[src=x], script[src]').length") == 0


def test_screenshot(browser_page, tmp_path):
    rec = open_page(browser_page, tmp_path, sample_events(), title="kg events: sample")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "graph.png"
    browser_page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert rec.errors == []
    # The canvas is not blank: it has coloured (non-grey) pixels from nodes and edges.
    coloured = browser_page.evaluate(
        """() => {
            const c = document.querySelector('#kg-graph canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 0; i < d.length; i += 4) {
                const mx = Math.max(d[i], d[i+1], d[i+2]), mn = Math.min(d[i], d[i+1], d[i+2]);
                if (d[i+3] > 0 && mx - mn > 60) n++;
            }
            return n;
        }"""
    )
    assert coloured > 500


# ---------------------------------------------------------------------------
# kg.viz: filters, dyad view, search (issue 6)
# ---------------------------------------------------------------------------


def test_page_data_has_dyads_categories_and_dates():
    data = _data_block(html_page(sample_events()))
    evs = sample_events()
    assert data["mode"] == "events"
    # One dyad edge per (source, target, category): the two USA -> RUS meetings share one.
    assert len(data["dyads"]) == N_EDGES - 1
    meet = [d for d in data["dyads"] if d["from"] == "USA-GOV" and d["to"] == "RUS-GOV"]
    assert len(meet) == 1 and meet[0]["kg"]["events"] == [evs[0].id, evs[1].id]
    assert meet[0]["kg"]["plover"] == "CONSULT" and meet[0]["kg"]["quad"] == 1
    cats = {c["name"]: c["events"] for c in data["categories"]}
    assert cats == {"CONSULT": 2, "ACCUSE": 2, "ASSAULT": 2, "AID": 1, "SUPPORT": 1, "THREATEN": 1}
    assert data["dates"] == ["2024-03-04", "2024-03-07"]
    # Search keys are folded in Python the way the page folds the query.
    hassan = next(n for n in data["nodes"] if n["id"] == HASSAN.id)
    assert "احمد حسن" in hassan["kg"]["search"].split("\n")


@pytest.mark.parametrize(
    ("edge_mode", "n_events", "mode"),
    [("auto", 9, "events"), ("dyads", 9, "dyads"), ("events", 9, "events")],
)
def test_edge_mode(edge_mode, n_events, mode):
    data = _data_block(html_page(sample_events(), edge_mode=edge_mode))
    assert data["mode"] == mode and len(data["edges"]) == n_events


@pytest.mark.parametrize(
    ("edge_mode", "n_events", "mode"),
    [("auto", 400, "events"), ("auto", 401, "dyads"), ("events", 5000, "events")],
)
def test_large_pages_open_in_the_dyad_view(edge_mode, n_events, mode):
    import kg.viz

    # 600 articles give about 2,000 drawn events: a hairball of curved edges one per event.
    assert kg.viz._mode(edge_mode, n_events) == mode


def test_edge_mode_rejects_unknown():
    with pytest.raises(ValueError, match="edge_mode"):
        html_page(sample_events(), edge_mode="clusters")


def test_large_graph_options_bound_the_layout():
    import kg.viz

    small, large = kg.viz._options(11, 9), kg.viz._options(10_000, 50_000)
    assert small["physics"]["stabilization"]["iterations"] == 200
    assert small["layout"]["improvedLayout"] is True
    assert 0 < large["physics"]["stabilization"]["iterations"] <= 100
    assert large["physics"]["stabilization"]["updateInterval"] == 1  # the time budget can act
    assert large["layout"]["improvedLayout"] is False
    assert _data_block(html_page(sample_events()))["layout_budget_ms"] > 0


def test_notebook_html_is_an_escaped_sandboxed_iframe():
    from kg.viz import notebook_html

    frame = notebook_html(hostile_events(), title=HOSTILE)
    assert frame.startswith('<iframe sandbox="allow-scripts" srcdoc="')
    assert "<script" not in frame and "<img" not in frame  # the whole page is escaped
    assert "&lt;script" in frame


CONTROLS: dict[str, str] = {
    "uncheck CONSULT": "input[name=kg-cat][value=CONSULT]",
    "uncheck quad 4": "input[name=kg-quad][value='4']",
    "uncheck negated": "#kg-negated",
    "uncheck undated": "#kg-undated",
}


@pytest.mark.parametrize(
    ("actions", "edges", "nodes"),
    [
        ([], N_EDGES, N_NODES),
        (["uncheck CONSULT"], 7, 11),  # the two USA -> RUS meetings; criticise keeps both
        (["uncheck quad 4"], 7, 9),  # air strike, negated attack: Israel, Ukraine drop out
        (["uncheck negated"], 8, 10),
        (["uncheck undated"], 5, 6),
        (["uncheck CONSULT", "uncheck quad 4"], 5, 9),
        (["from 2024-03-05", "to 2024-03-06", "uncheck undated"], 3, 4),
        (["from 2024-03-05"], 8, N_NODES),  # undated events stay unless unticked
        (["none"], 0, 0),
        (["none", "reset"], N_EDGES, N_NODES),
    ],
)
def test_filters_change_visible_edges(browser_page, tmp_path, actions, edges, nodes):
    rec = open_page(browser_page, tmp_path, sample_events())
    page = browser_page
    for action in actions:
        if action in CONTROLS:
            page.uncheck(CONTROLS[action])
        elif action.startswith(("from ", "to ")):
            which, day = action.split()
            page.fill(f"#kg-date-{which}", day)
        elif action == "none":
            page.click("#kg-cat-none")
        elif action == "reset":
            page.click("#kg-reset")
    # What the network draws, not only what the data views hold.
    drawn = page.evaluate("[kgNetwork.body.edgeIndices.length, kgNetwork.body.nodeIndices.length]")
    assert drawn == [edges, nodes]
    assert page.text_content("#kg-status").startswith(f"Showing {edges} of {N_EDGES} events")
    assert rec.errors == []


def test_dyad_view_aggregates_and_follows_filters(browser_page, tmp_path):
    rec = open_page(browser_page, tmp_path, sample_events())
    page = browser_page
    page.check("#kg-mode-dyads")
    assert page.evaluate("kgNetwork.body.edgeIndices.length") == N_EDGES - 1
    meet = page.evaluate(
        "kgVisibleEdges.get({filter: e => e.from === 'USA-GOV' && e.to === 'RUS-GOV'})"
    )
    assert len(meet) == 1 and meet[0]["kind"] == "dyads"
    other = page.evaluate("kgVisibleEdges.get({filter: e => e.from === 'ISR'})[0]")
    assert meet[0]["width"] > other["width"]  # width by number of events
    assert meet[0]["label"] == "CONSULT \u00d72"
    # A dyad edge of negated events only is dashed, like the event it stands for.
    negated = page.evaluate("kgVisibleEdges.get({filter: e => e.to === 'UKR'})[0]")
    assert negated["dashes"] is True and meet[0]["dashes"] is False
    tip = page.evaluate("(id) => kgTooltip(id).textContent", meet[0]["id"])
    for e in sample_events()[:2]:
        assert e.sentence in tip  # the tooltip lists the sentences
    # A date filter leaves one meeting: the edge thins and its tooltip follows.
    page.fill("#kg-date-from", "2024-03-05")
    after = page.evaluate("(id) => kgVisibleEdges.get(id)", meet[0]["id"])
    assert after["width"] < meet[0]["width"] and after["label"] == "CONSULT"
    tip = page.evaluate("(id) => kgTooltip(id).textContent", meet[0]["id"])
    assert sample_events()[1].sentence in tip and sample_events()[0].sentence not in tip
    # Back to one edge per event, with the same filter.
    page.check("#kg-mode-events")
    assert page.evaluate("kgVisibleEdges.get().every(e => e.kind === 'events')")
    assert rec.errors == []


@pytest.mark.parametrize(
    ("query", "node_id", "shown"),
    [
        ("أحمد حسن", HASSAN.id, "Ahmed Hassan"),  # the article's own Arabic words
        ("احمد", HASSAN.id, "أحمد حسن"),  # without the hamza
        ("الأمم المتحدة", "UNO", "United Nations"),  # an Arabic label
        ("قطر", "QAT", "Qatar"),
        ("rebels", "SYR-REB", "Syrian rebels"),
    ],
)
def test_actor_search(browser_page, tmp_path, query, node_id, shown):
    rec = open_page(browser_page, tmp_path, sample_events())
    page = browser_page
    page.fill("#kg-search", query)
    first = page.locator("#kg-hits button.kg-hit").first
    first.wait_for(timeout=5_000)
    assert shown in first.text_content()
    first.click()
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [node_id]
    assert shown in page.text_content("#kg-details")
    assert rec.errors == []


FOLD_CASES = [
    "Türkiye",  # Latin accents
    "Crème BRÛLÉE",  # case
    "أَحْمَد",  # short vowels
    "الإمارات",  # alef with hamza below
    "آمنة",  # madda, ta marbuta
    "مستشفى",  # alef maqsura
    "مـــصـــر",  # tatweel
    "ٱلقاهرة",  # alef wasla
    "ﻻ",  # a presentation form (NFKC)
    "  two\t spaces \n",
]


def test_the_page_folds_queries_as_python_folds_names(browser_page, tmp_path):
    """The page's search folding comes from the packs' rules: the same result as
    kg.analytics.fold for accents, case, Arabic marks and letter variants."""
    from kg.analytics import fold

    rec = open_page(browser_page, tmp_path, sample_events())
    got = browser_page.evaluate("(xs) => xs.map((x) => kgFold(x))", FOLD_CASES)
    assert got == [fold(x) for x in FOLD_CASES]
    assert got[0] == "turkiye" and got[4] == "امنه"
    assert rec.errors == []


def test_actor_search_with_enter_and_no_match(browser_page, tmp_path):
    open_page(browser_page, tmp_path, sample_events())
    page = browser_page
    page.fill("#kg-search", "الإرهاب")
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == ["concept/terrorism"]
    page.fill("#kg-search", "Atlantis")
    assert page.text_content("#kg-hits") == "No actor matches."


def test_hostile_names_in_search_and_details_stay_text(browser_page, tmp_path):
    rec = open_page(browser_page, tmp_path, hostile_events(), title=HOSTILE)
    page = browser_page
    page.fill("#kg-search", "evil")
    hit = page.locator("#kg-hits button.kg-hit").first
    hit.wait_for(timeout=5_000)
    assert HOSTILE in hit.text_content()
    hit.click()
    assert HOSTILE in page.text_content("#kg-details")
    page.check("#kg-mode-dyads")
    tips = page.evaluate("kgDyads.get().map(e => kgTooltip(e.id).textContent).join(' ')")
    assert f"{HOSTILE} attacked Syria. {IMG_XSS}" in tips
    page.fill("#kg-search", IMG_XSS)  # the query itself is never parsed either
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, script[src]').length") == 0
    assert rec.dialogs == [] and rec.errors == []
    assert all(u.startswith("file://") for u in rec.requests)


def test_reset_brings_back_the_page_as_it_opened(browser_page, tmp_path):
    rec = open_page(browser_page, tmp_path, sample_events())
    page = browser_page
    opened = page.evaluate("[kgNetwork.getScale(), kgNetwork.getViewPosition()]")
    details = page.text_content("#kg-details")
    page.check("#kg-mode-dyads")
    page.uncheck("input[name=kg-cat][value=CONSULT]")
    page.uncheck("#kg-negated")
    page.fill("#kg-date-from", "2024-03-05")
    page.fill("#kg-search", "Syria")
    page.locator("#kg-hits button.kg-hit").first.click()
    page.evaluate("kgNetwork.moveTo({scale: 3, position: {x: 200, y: -100}})")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == ["SYR"]
    page.click("#kg-reset")
    assert page.is_checked("#kg-mode-events") and not page.is_checked("#kg-mode-dyads")
    assert page.evaluate(
        "[...document.querySelectorAll('.kg-panel input[type=checkbox]')].every(i => i.checked)"
    )
    assert page.input_value("#kg-date-from") == "" and page.input_value("#kg-search") == ""
    assert page.text_content("#kg-hits") == ""
    assert page.evaluate("kgNetwork.getSelectedNodes()") == []
    assert page.text_content("#kg-details") == details
    scale, pos = page.evaluate("[kgNetwork.getScale(), kgNetwork.getViewPosition()]")
    assert scale == pytest.approx(opened[0], rel=1e-3)
    assert (pos["x"], pos["y"]) == pytest.approx((opened[1]["x"], opened[1]["y"]), abs=1)
    drawn = page.evaluate("[kgNetwork.body.edgeIndices.length, kgNetwork.body.nodeIndices.length]")
    assert drawn == [N_EDGES, N_NODES]
    assert rec.errors == []


def test_interactions_make_no_requests_and_no_errors(browser_page, tmp_path):
    rec = open_page(browser_page, tmp_path, sample_events())
    page = browser_page
    page.check("#kg-mode-dyads")
    page.uncheck("input[name=kg-cat][value=ASSAULT]")
    page.fill("#kg-date-to", "2024-03-06")
    page.fill("#kg-search", "Syria")
    page.locator("#kg-hits button.kg-hit").first.click()
    hover_node(page, "SYR")
    page.click("#kg-reset")
    page.check("#kg-mode-events")
    assert rec.requests and all(u.startswith("file://") for u in rec.requests), rec.requests
    assert rec.errors == [] and rec.dialogs == []
    assert page.evaluate("kgNetwork.physics.options.enabled") is False


def test_screenshot_dyad_view(browser_page, tmp_path):
    rec = open_page(browser_page, tmp_path, sample_events(), title="kg events: sample, dyads")
    page = browser_page
    page.check("#kg-mode-dyads")
    page.fill("#kg-search", "روسيا")
    page.locator("#kg-hits button.kg-hit").first.click()
    page.wait_for_timeout(500)  # the focus animation
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "graph-dyads.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert rec.errors == []


def test_viz_bench_script_runs_on_a_tiny_graph():
    """bench/viz_bench.py still runs (a smoke run: the figures come from running it)."""
    import sys

    root = Path(__file__).resolve().parents[1]
    if str(root) not in sys.path:  # bench/ is a top-level folder, not part of the kg package
        sys.path.insert(0, str(root))
    from bench.viz_bench import make_events, measure

    events = make_events(60, 300)
    assert len(events) == 300 and len({a.id for e in events for a in (e.source, e.target)}) == 60
    m = measure(60, 300, repeats=1)
    assert (m["actors"], m["events"]) == (60, 300)
    assert 0 < m["dyad_edges"] <= 300 and m["page_s"] > 0 and m["page_mb"] > 0
