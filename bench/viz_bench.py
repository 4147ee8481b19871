"""How long the HTML graph page takes for a large graph, and whether it stays usable.

Run: ``.venv/bin/python -m bench.viz_bench [--actors 10000] [--events 50000] [--browser]``

Synthetic but realistic events: actors are countries with sectors, persons
and groups (Latin and Arabic names), chosen with a heavy-tailed (Zipf-like)
popularity as in news; actions come from the project's vocabulary; dates span
two years; sentences are 100 to 200 characters. Times are the best of
``--repeats`` runs (the machine is shared and noisy). With ``--browser`` the
page is also opened in headless system Chromium, timing the bounded layout
(until physics is switched off) and a filter change.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from pathlib import Path

from bench._common import Section, md_table
from kg.actors import countries, country
from kg.graph import aggregate_by, events_to_networkx
from kg.records import Actor, Event
from kg.viz import html_page
from kg.vocab import actions, make_action

__all__ = ["main", "make_events", "measure", "measure_browser", "run"]

_SECTORS = (None, "GOV", "MIL", "OPP", "CVL", "BUS", "MED", "COP")
_AR_NAMES = ("أحمد", "محمد", "علي", "حسن", "عمر", "خالد", "سعيد", "يوسف", "فاطمة", "مريم")
_AR_FAMILY = ("العلي", "حسين", "الخطيب", "منصور", "الأحمد", "سليمان", "عبد الله", "الحسن")
_EN_NAMES = ("Anna", "John", "Maria", "Pierre", "Olga", "Liu", "Amir", "Sara", "Tom", "Ines")
_EN_FAMILY = ("Smith", "Novak", "Garcia", "Ivanova", "Chen", "Haddad", "Keller", "Silva")
_FILLER_EN = "officials said on {day} after talks that lasted several hours in the capital"
_FILLER_AR = "وقال المسؤولون يوم {day} بعد محادثات استمرت عدة ساعات في العاصمة"


def _actors(n: int, rng: random.Random) -> list[Actor]:
    codes = sorted(countries())
    out: list[Actor] = []
    for code in codes:
        for sector in _SECTORS:
            if len(out) < n * 0.4:
                out.append(country(code, code, sector))
    i = 0
    while len(out) < n:
        i += 1
        if i % 3:
            ar = rng.random() < 0.5
            first = rng.choice(_AR_NAMES if ar else _EN_NAMES)
            last = rng.choice(_AR_FAMILY if ar else _EN_FAMILY)
            name = f"{first} {last} {i}"
            out.append(
                Actor(
                    id=f"person/p{i}",
                    label=name,
                    text=name,
                    type="person",
                    country=rng.choice(codes),
                    labels={"ar": name} if ar else {},
                )
            )
        else:
            out.append(Actor(id=f"group/g{i}", label=f"group {i}", text=f"جماعة {i}", type="group"))
    return out[:n]


def make_events(n_actors: int, n_events: int, seed: int = 7) -> list[Event]:
    """``n_events`` events over exactly ``n_actors`` actors, reproducibly."""
    rng = random.Random(seed)
    actors = _actors(n_actors, rng)
    # Zipf-like popularity, shuffled so that popular actors are of every type.
    weights = [1.0 / (r + 1) ** 0.8 for r in range(len(actors))]
    rng.shuffle(weights)
    cum = list(itertools.accumulate(weights))
    ids = sorted(actions())
    events = []
    for k in range(n_events):
        if k < len(actors):  # every actor takes part in at least one event
            src = actors[k]
            tgt = rng.choices(actors, cum_weights=cum)[0]
        else:
            src, tgt = rng.choices(actors, cum_weights=cum, k=2)
        aid = rng.choice(ids)
        day = f"{2024 + rng.randrange(2)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        ar = rng.random() < 0.5
        filler = (_FILLER_AR if ar else _FILLER_EN).format(day=day)
        sentence = f"{src.text} {aid.replace('_', ' ')} {tgt.text}, {filler} ({k})."
        events.append(
            Event(
                doc_id=f"doc{k // 8}",
                sentence=sentence,
                sentence_start=(k % 8) * 200,
                sentence_end=(k % 8) * 200 + len(sentence),
                source=src,
                action=make_action(aid, aid.replace("_", " ")),
                target=tgt,
                negated=rng.random() < 0.03,
                date=day if rng.random() < 0.95 else None,
                lang="ar" if ar else "en",
            )
        )
    return events


def _best(fn, repeats: int) -> tuple[float, float, object]:
    """Best wall-clock and best CPU seconds of ``repeats`` calls, and the last value.

    CPU time is reported beside wall time because the machine is shared: it
    does not grow when other jobs take the cores.
    """
    wall = cpu = float("inf")
    value = None
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        value = fn()
        wall = min(wall, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c)
    return wall, cpu, value


def measure(n_actors: int, n_events: int, repeats: int = 3) -> dict[str, float]:
    """Seconds to build the graph, the dyad summary and the whole page; page size."""
    events = make_events(n_actors, n_events)
    graph_s, graph_cpu, g = _best(lambda: events_to_networkx(events), repeats)
    dyads_s, _, d = _best(lambda: aggregate_by(g, "plover", include_negated=True), repeats)
    page_s, page_cpu, page = _best(lambda: html_page(events, title="bench"), repeats)
    return {
        "actors": g.number_of_nodes(),
        "events": g.number_of_edges(),
        "dyad_edges": d.number_of_edges(),
        "graph_s": graph_s,
        "graph_cpu_s": graph_cpu,
        "dyads_s": dyads_s,
        "page_s": page_s,
        "page_cpu_s": page_cpu,
        "page_mb": len(page.encode("utf-8")) / 1e6,
    }


def measure_browser(n_actors: int, n_events: int, mode: str = "auto") -> dict[str, float] | None:
    """Seconds to load and lay out the page in headless Chromium, and to apply a filter."""
    import shutil

    exe = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
    if exe is None:
        return None
    from playwright.sync_api import sync_playwright

    events = make_events(n_actors, n_events)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.html"
        path.write_text(html_page(events, title="bench", edge_mode=mode), encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=exe, headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            t = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("() => window.kgReady === true", timeout=600_000)
            t_ready = time.perf_counter() - t
            physics = page.evaluate("kgNetwork.physics.options.enabled")
            visible = page.evaluate("kgVisibleEdges.length")
            first = page.evaluate(
                "document.querySelector('input[name=kg-cat]').value"
            )  # the largest category
            t = time.perf_counter()
            page.uncheck(f"input[name=kg-cat][value={first}]")
            page.wait_for_function(f"() => kgVisibleEdges.length < {visible}", timeout=120_000)
            t_filter = time.perf_counter() - t
            t = time.perf_counter()
            other = "events" if page.is_checked("#kg-mode-dyads") else "dyads"
            page.check(f"#kg-mode-{other}")
            page.wait_for_function(
                f"() => kgVisibleEdges.get().every(e => e.kind === '{other}')", timeout=120_000
            )
            t_mode = time.perf_counter() - t
            browser.close()
    return {
        "ready_s": t_ready,
        "physics_off": physics is False,
        "visible_edges": visible,
        "filter_s": t_filter,
        "switch_view_s": t_mode,
        "errors": len(errors),
    }


def run(
    sizes: tuple[tuple[int, int], ...] = ((1_000, 5_000), (10_000, 50_000)),
    repeats: int = 3,
    browser: bool = False,
) -> Section:
    """The benchmark as a report section."""
    rows, data = [], {}
    for n_actors, n_events in sizes:
        m = measure(n_actors, n_events, repeats)
        data[f"{n_actors}x{n_events}"] = m
        row = [f"{m['actors']:,}", f"{m['events']:,}", f"{m['dyad_edges']:,}"]
        row += [m["graph_s"], m["page_s"], m["page_cpu_s"], f"{m['page_mb']:.1f}"]
        if browser:
            b = measure_browser(n_actors, n_events)
            data[f"{n_actors}x{n_events}"]["browser"] = b
            row += (
                ["n/a"] * 4
                if b is None
                else [b["ready_s"], b["filter_s"], b["switch_view_s"], b["physics_off"]]
            )
        rows.append(row)
    header = ["actors", "events", "dyad edges", "graph (s)", "page (s)", "page CPU (s)"]
    header += ["page (MB)"]
    if browser:
        header += ["layout done (s)", "filter (s)", "switch view (s)", "physics off"]
    text = (
        f"Best of {repeats}. *graph*: `events_to_networkx`; *page*: `kg.viz.html_page` "
        "(graph, dyad summary, node and edge lists, JSON, template), wall clock and CPU."
        "\n\n" + md_table(header, rows)
    )
    return Section("HTML graph page (kg.viz)", text, data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=10_000)
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--browser", action="store_true", help="also time the page in Chromium")
    args = ap.parse_args(argv)
    sizes = ((args.actors // 10, args.events // 10), (args.actors, args.events))
    section = run(sizes, repeats=args.repeats, browser=args.browser)
    print(f"## {section.title}\n\n{section.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
