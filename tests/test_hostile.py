"""Untrusted article text through the whole pipeline: nothing in it may run in the page."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

HOSTILE = Path(__file__).parent / "data" / "hostile.jsonl"


def test_hostile_article_runs_no_script(browser_page, tmp_path):
    res = CliRunner().invoke(app, ["build", str(HOSTILE), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    events = [json.loads(x) for x in (tmp_path / "events.jsonl").read_text().splitlines()]
    # the markup really reached the events, so the page had to carry it
    assert any("<img" in e["sentence"] for e in events)
    assert any("</script>" in e["sentence"] for e in events)
    html = (tmp_path / "graph.html").read_text()
    assert "<img src=x" not in html and "<script>window.__pwned" not in html

    page = browser_page
    requests, errors, dialogs = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((tmp_path / "graph.html").as_uri())
    page.wait_for_function("() => window.kgReady === true", timeout=60_000)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.querySelectorAll('img[src=x]').length") == 0
    assert not dialogs and not errors, (dialogs, errors)
    assert all(u.startswith("file://") for u in requests), requests
    n_edges = page.evaluate("() => window.kgEdges.length")
    assert n_edges == sum(1 for e in events if e["source"] and e["target"])
