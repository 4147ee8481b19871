"""The page at corpus size, in headless Chromium: 600 real Arabic articles
(SaudiNewsNet, read from ../shared/corpus at test time, never copied) open in the
dyad view, every label drawn is big enough to read at any zoom, the most active
actors are named in the whole-graph view without covering each other, and Reset
brings back the page as it opened."""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path

import pytest

from kg.viz import render_html

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "saudinewsnet_dev.jsonl.gz"
N_ARTICLES = 600
MIN_PX = 9  # vis draws a label once it is at least drawThreshold - 1 px on screen

# Every label the canvas draws, with its size and box in CSS pixels.
RECORD_LABELS = """() => {
    if (!window.__kgLabels) {
        const fill = CanvasRenderingContext2D.prototype.fillText;
        CanvasRenderingContext2D.prototype.fillText = function (text, x, y) {
            const m = /([\\d.]+)px/.exec(this.font);
            const t = this.getTransform();
            const r = window.devicePixelRatio || 1;
            const px = m ? (parseFloat(m[1]) * t.a) / r : 0;
            const w = (this.measureText(text).width * t.a) / r;
            const sx = (t.a * x + t.c * y + t.e) / r, sy = (t.b * x + t.d * y + t.f) / r;
            const box = [sx, sy - px / 2, sx + w, sy + px / 2];
            window.__kgLabels.push({text: String(text), px, box});
            return fill.apply(this, arguments);
        };
    }
    window.__kgLabels = [];
}"""


def drawn_labels(page) -> list[dict]:
    """The labels of one full redraw of the graph, as they are now."""
    page.wait_for_timeout(150)  # a pending label update (after a zoom) lands first
    page.evaluate(RECORD_LABELS)
    page.evaluate("kgNetwork.redraw()")
    page.wait_for_timeout(50)
    labels = page.evaluate("window.__kgLabels")
    canvas = page.evaluate(
        "(() => { const r = document.querySelector('#kg-graph canvas').getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; })()"
    )
    # only what is on the canvas's visible part
    return [
        lb
        for lb in labels
        if lb["box"][2] > canvas[0]
        and lb["box"][0] < canvas[2]
        and lb["box"][3] > canvas[1]
        and lb["box"][1] < canvas[3]
    ]


def overlapping(labels: list[dict]) -> list[tuple[str, str]]:
    out = []
    for a, b in itertools.combinations(labels, 2):
        (l1, t1, r1, b1), (l2, t2, r2, b2) = a["box"], b["box"]
        w, h = min(r1, r2) - max(l1, l2), min(b1, b2) - max(t1, t2)
        if w > 2 and h > 2:  # more than a touch
            out.append((a["text"], b["text"]))
    return out


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory) -> Path:
    if not CORPUS.exists():
        pytest.skip(f"../shared not found: {CORPUS} is read at test time (never copied)")
    from kg.build import build

    src = tmp_path_factory.mktemp("snn") / "articles.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        src.write_text("".join(itertools.islice(fh, N_ARTICLES)), encoding="utf-8")
    result = build([src], workers=2)
    assert len(result.articles) == N_ARTICLES and not result.errors
    return render_html(result.events, src.with_suffix(".html"), title="kg: 600 articles")


def test_600_articles_open_in_the_dyad_view_with_readable_labels(browser_page, corpus_page):
    page = browser_page
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(corpus_page.as_uri())
    page.wait_for_function("() => window.kgReady === true", timeout=120_000)
    assert page.is_checked("#kg-mode-dyads")
    n_events, n_dyads = page.evaluate("[kgEdges.length, kgNetwork.body.edgeIndices.length]")
    assert n_events > 400 and n_dyads < n_events  # one edge per dyad and category
    assert page.text_content("#kg-status").startswith(f"Showing {n_dyads} dyad edges")
    fit = page.evaluate("kgNetwork.getScale()")

    # The whole graph: the most active actors are named, readably, apart.
    labels = drawn_labels(page)
    assert len(labels) >= 8, labels
    assert min(lb["px"] for lb in labels) >= MIN_PX, sorted(lb["px"] for lb in labels)[:5]
    assert overlapping(labels) == []

    # Zoomed in with the wheel: more labels, none too small to read.
    box = page.locator("#kg-graph canvas").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(16):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(40)
    assert page.evaluate("kgNetwork.getScale()") > 3 * fit
    closer = drawn_labels(page)
    assert len(closer) > len(labels)
    assert min(lb["px"] for lb in closer) >= MIN_PX

    # Far out: labels go rather than shrink into specks.
    page.evaluate("(s) => kgNetwork.moveTo({scale: s})", fit / 4)
    far = drawn_labels(page)
    assert all(lb["px"] >= MIN_PX for lb in far)
    assert overlapping(far) == []

    # Reset: back to the view the page opened with.
    page.check("#kg-mode-events")
    page.fill("#kg-search", "السعودية")
    page.click("#kg-reset")
    assert page.is_checked("#kg-mode-dyads") and page.input_value("#kg-search") == ""
    assert page.evaluate("kgNetwork.getScale()") == pytest.approx(fit, rel=1e-3)
    assert errors == []
