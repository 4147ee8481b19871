"""Shared pytest fixtures."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_ARTICLES = ROOT / "examples" / "articles.jsonl"


def example_records(lang: str | None = None) -> list[dict]:
    """The example articles (one copy in the repo: examples/articles.jsonl), as dicts."""
    with open(EXAMPLE_ARTICLES, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return [r for r in records if lang is None or r["lang"] == lang]


@pytest.fixture(scope="session")
def example_texts(tmp_path_factory) -> Path:
    """The example articles as plain-text files, for tests of .txt input:
    ``ar/<id>.txt`` and ``en/<id>.txt`` under the returned folder."""
    root = tmp_path_factory.mktemp("examples")
    for r in example_records():
        path = root / r["lang"] / f"{r['id']}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(r["text"], encoding="utf-8")
    return root


# ---------------------------------------------------------------------------
# Browser fixtures (tests/test_viz.py): headless system Chromium via Playwright.
# Never `playwright install`: the system browser is used so tests stay offline.
# ---------------------------------------------------------------------------

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _chromium_path() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def chromium_browser():
    """A headless system Chromium shared by the session; skipped if absent (fails in CI)."""
    exe = _chromium_path()
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("system chromium not found; CI must provide it (apt-get install chromium)")
        pytest.skip("system chromium not found (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser_page(chromium_browser):
    """A fresh page in its own context, with a 1280x800 viewport."""
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


# --- end of browser fixtures ------------------------------------------------
