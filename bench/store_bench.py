"""Store benchmark (issue 5): Oxigraph (the kg store) against rdflib's in-memory Graph.

Data: about 1M triples of synthetic but realistic events (countries and their
sectors, organisations and persons from the project's tables, actions from the
shared vocabulary, 40 outlets, two years of dates, negation, modality,
attribution), made by ``kg.rdf.convert.events_to_graph`` exactly as
``kg build`` writes them, saved once as Turtle and N-Triples.

Timed side by side, interleaved, best of ``repeats``:

- load: rdflib ``Graph.parse`` of the Turtle file against Oxigraph
  ``Store.bulk_load`` of the same file into a fresh on-disk store;
- export: Turtle and N-Triples of the whole graph to a file; the store through
  ``kg.store.oxigraph.export_store``, as ``kg export --store`` runs it (it opens
  the store read-only each time);
- every saved query, rdflib (``kg.rdf.sparql.run_query``) against the store
  opened read-only as ``kg query --store`` opens it (``kg.store.KGStore.query``).

The store is closed after ``KGStore.remerge`` and before the exports, so it is
compacted as every write session of the store leaves it (``KGStore.close``).

Peak memory (max RSS) is measured in a child process per engine that loads the
Turtle file and runs every saved query. The ingest rate of ``kg build --store``
(``KGStore.add_article``: SHACL check, merging, one transaction per article) is
measured on a few hundred articles. Targets: load and export at least 10 times
faster than rdflib; every saved query under 1 s on 1M triples.

Run: ``.venv/bin/python -m bench.store_bench [--triples N] [--repeats R]``
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from bench._common import ROOT, Section, interleaved, md_table

__all__ = [
    "QUERY_PARAMS",
    "QUICK",
    "TARGET_QUERY_SECONDS",
    "TARGET_SPEEDUP",
    "make_data",
    "run",
    "synthetic_articles",
]

QUICK = {"triples": 20_000, "repeats": 1, "query_repeats": 1, "ingest_articles": 20}

TARGET_SPEEDUP = 10.0
TARGET_QUERY_SECONDS = 1.0
SESSION_QUERY = "counts_per_category"  # the first question of a new session
QUERY_PARAMS = {
    "events_between": {"a": "RUS", "b": "EGY"},
    "dyad_timeline": {"a": "RUS", "b": "EGY"},
}
_SECTORS = [None, None, "GOV", "MIL", "GOV", "OPP", "CVL", "COP"]
_MODALITIES = ["asserted"] * 14 + ["intended", "hoped", "requested", "future", "conditional"]
_VERBS = ["said", "announced", "reported", "stated", "confirmed"]


def synthetic_articles(seed: int = 5) -> Iterator[tuple]:
    """Endless (Article, events) pairs of realistic synthetic news."""
    from kg import actors
    from kg.records import Article, Event
    from kg.vocab import actions, make_action

    rng = random.Random(seed)
    countries = [c for c in actors.countries() if actors.countries()[c].qid][:80]
    orgs = [o for o, v in actors.organisations().items() if v.type == "organisation"][:20]
    people = [p for p, v in actors.persons().items() if v.qid][:40]
    action_ids = sorted(actions())
    outlets = [f"Outlet {i:02d}" for i in range(40)]
    start = date(2023, 1, 1)

    def actor():
        r = rng.random()
        if r < 0.7:
            iso = rng.choice(countries)
            return actors.country(iso, iso, rng.choice(_SECTORS))
        if r < 0.85:
            return actors.organisation(rng.choice(orgs), "org")
        return actors.person(rng.choice(people), "person")

    i = 0
    while True:
        i += 1
        day = (start + timedelta(days=rng.randrange(730))).isoformat()
        lang = rng.choice(["en", "ar"])
        n = rng.randint(4, 12)
        sentences = [
            f"Sentence {k} of synthetic article {i}: one party {rng.choice(_VERBS)} something."
            for k in range(n)
        ]
        text = " ".join(sentences)
        doc = f"syn-{i:07d}"
        art = Article(doc, text, lang, day, f"Synthetic headline {i}", None, rng.choice(outlets))
        events, pos = [], 0
        for s in sentences:
            src, tgt = actor(), actor()
            events.append(
                Event(
                    doc_id=doc,
                    sentence=s,
                    sentence_start=pos,
                    sentence_end=pos + len(s),
                    source=src,
                    action=make_action(rng.choice(action_ids), "acted"),
                    target=tgt if tgt.id != src.id else None,
                    negated=rng.random() < 0.05,
                    modality=rng.choice(_MODALITIES),
                    attributed_to=actor() if rng.random() < 0.2 else None,
                    date=day,
                    confidence=round(rng.uniform(0.4, 0.95), 2),
                    lang=lang,
                    extractor=f"kg-synthetic/{lang}",
                )
            )
            pos += len(s) + 1
        yield art, events


def make_data(folder: Path, triples: int, seed: int = 5) -> dict[str, Path | int]:
    """Write ``graph.ttl`` and ``graph.nt`` of at least ``triples`` triples into ``folder``."""
    import pyoxigraph as ox

    from kg.rdf.convert import events_to_graph
    from kg.store.terms import quads_from_graph

    store = ox.Store()
    gen = synthetic_articles(seed)
    n_articles = n_events = 0
    while len(store) < triples:
        batch = [next(gen) for _ in range(200)]
        g = events_to_graph([e for _, evs in batch for e in evs], [a for a, _ in batch])
        store.extend(quads_from_graph(g, ox.DefaultGraph()))
        n_articles += len(batch)
        n_events += sum(len(evs) for _, evs in batch)
    from kg.store.oxigraph import _PREFIXES

    ttl, nt = folder / "graph.ttl", folder / "graph.nt"
    store.dump(str(ttl), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=_PREFIXES)
    store.dump(str(nt), ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return {"ttl": ttl, "nt": nt, "triples": len(store), "articles": n_articles, "events": n_events}


def _peak_rss_child(engine: str, ttl: Path) -> tuple[float, float]:
    """Max RSS (MiB) and wall seconds of a child that loads ``ttl`` and runs every saved query."""
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "bench.store_bench", "--child", engine, str(ttl)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1]) / 1024, time.perf_counter() - t0


def _child(engine: str, ttl: Path) -> None:
    from kg.rdf.sparql import saved_queries

    if engine == "rdflib":
        from rdflib import Graph

        from kg.rdf.sparql import run_query

        g = Graph()
        g.parse(ttl, format="turtle")
        for name in saved_queries():
            run_query(g, name, QUERY_PARAMS.get(name))
    else:
        import pyoxigraph as ox

        from kg.store import KGStore

        with tempfile.TemporaryDirectory() as tmp:
            raw = ox.Store(tmp)
            raw.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
            raw.flush()
            del raw
            with KGStore(tmp, read_only=True) as store:
                for name in saved_queries():
                    store.query(name, QUERY_PARAMS.get(name))
    print(_peak_kib())


def _peak_kib() -> int:
    """This process's peak resident memory in KiB (VmHWM: unlike ru_maxrss, not
    inherited from the parent across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _ingest_rate(n_articles: int) -> tuple[float, float]:
    """Articles per second through ``KGStore.add_article`` (on disk), with and without SHACL."""
    from kg.store import KGStore

    rates = []
    for validate in (True, False):
        gen = synthetic_articles(seed=11)
        items = [next(gen) for _ in range(n_articles)]
        with tempfile.TemporaryDirectory() as tmp, KGStore(Path(tmp) / "s") as store:
            t0 = time.perf_counter()
            for art, evs in items:
                store.add_article(art, evs, validate=validate)
            rates.append(n_articles / (time.perf_counter() - t0))
    return rates[0], rates[1]


def run(triples: int = 1_000_000, repeats: int = 2, query_repeats: int = 3,
        ingest_articles: int = 300) -> Section:  # fmt: skip
    """Generate the data, time both engines, and return the report section."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.rdf.sparql import run_query, saved_queries
    from kg.store import KGStore
    from kg.store.oxigraph import export_store
    from kg.store.terms import from_ox

    tmp = Path(tempfile.mkdtemp(prefix="kg-store-bench-"))
    try:
        t0 = time.perf_counter()
        data = make_data(tmp, triples)
        gen_s = time.perf_counter() - t0
        ttl, nt = data["ttl"], data["nt"]
        counter = iter(range(10**6))
        graphs: dict[str, Graph] = {}

        def rdflib_load(path=ttl, fmt="turtle"):
            g = Graph()
            g.parse(path, format=fmt)
            graphs["g"] = g

        def ox_load(path=ttl, fmt=ox.RdfFormat.TURTLE):
            store = ox.Store(str(tmp / f"load-{next(counter)}"))
            store.bulk_load(path=str(path), format=fmt)
            store.flush()

        def mem_load(path=ttl, fmt=ox.RdfFormat.TURTLE):
            store = ox.Store()
            store.bulk_load(path=str(path), format=fmt)
            graphs["mem"] = store

        rows = []
        for label, path, rfmt, oxfmt in (
            ("load N-Triples", nt, "nt", ox.RdfFormat.N_TRIPLES),
            ("load Turtle", ttl, "turtle", ox.RdfFormat.TURTLE),
        ):
            load = interleaved(
                {
                    "rdflib": lambda p=path, f=rfmt: rdflib_load(p, f),
                    "oxigraph": lambda p=path, f=oxfmt: ox_load(p, f),
                    "memory": lambda p=path, f=oxfmt: mem_load(p, f),
                },
                repeats,
            )
            rows.append((label, load["rdflib"].best, load["oxigraph"].best, load["memory"].best))
            for d in tmp.glob("load-*"):
                shutil.rmtree(d, ignore_errors=True)
        g = graphs["g"]
        n_rdflib = len(g)
        store_dir = tmp / "store"
        raw = ox.Store(str(store_dir))
        raw.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        raw.flush()
        del raw
        kgs = KGStore(store_dir)
        t0 = time.perf_counter()
        n_merged = kgs.remerge()  # the merged layer, for merged_events (not timed)
        merge_s = time.perf_counter() - t0
        merged_name = ox.NamedNode(kgs.merged_graph)
        for q in kgs.oxigraph.quads_for_pattern(None, None, None, merged_name):
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        mem = graphs.pop("mem")
        mem.extend(kgs.oxigraph.quads_for_pattern(None, None, None, merged_name))
        t0 = time.perf_counter()
        kgs.close()  # compacts the store, as after any write session
        close_s = time.perf_counter() - t0
        for fmt, rfmt, oxfmt in (
            ("ttl", "turtle", ox.RdfFormat.TURTLE),
            ("nt", "nt", ox.RdfFormat.N_TRIPLES),
        ):
            out = tmp / f"export.{fmt}"
            t = interleaved(
                {
                    "rdflib": lambda rfmt=rfmt, out=out: g.serialize(out, format=rfmt),
                    "oxigraph": lambda fmt=fmt, out=out: export_store(store_dir, fmt, out),
                    "memory": lambda f=oxfmt, out=out: mem.dump(
                        str(out), f, from_graph=ox.DefaultGraph()
                    ),
                },
                repeats,
            )
            rows.append((f"export {fmt}", t["rdflib"].best, t["oxigraph"].best, t["memory"].best))
        del mem
        kgs = KGStore(store_dir, read_only=True)
        qrows = []
        for name in saved_queries():
            params = QUERY_PARAMS.get(name)
            answers = {}

            def on_rdflib(name=name, params=params, answers=answers):
                answers["rdflib"] = run_query(g, name, params)

            def on_store(name=name, params=params, answers=answers):
                answers["oxigraph"] = kgs.query(name, params)

            t_r = interleaved({"rdflib": on_rdflib}, 1)["rdflib"]
            t_o = interleaved({"oxigraph": on_store}, query_repeats)["oxigraph"]
            same = answers["rdflib"].rows == answers["oxigraph"].rows
            qrows.append((name, t_r.best, t_o.best, len(answers["oxigraph"].rows), same))
        kgs.close()

        def new_session():
            with KGStore(store_dir, read_only=True) as again:
                again.query(SESSION_QUERY)

        session_s = interleaved({"store": new_session}, query_repeats)["store"].best
        rdflib_session_s = next(r for op, r, _, _ in rows if op == "load Turtle") + next(
            r for n, r, _, _, _ in qrows if n == SESSION_QUERY
        )
        graphs.clear()
        g = None
        mem = {e: _peak_rss_child(e, ttl) for e in ("rdflib", "oxigraph")}
        ingest_shacl, ingest_raw = _ingest_rate(ingest_articles)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def ratio(r, o):
        return r / o if o > 0 else float("inf")

    table = md_table(
        [
            "operation",
            "rdflib s",
            "kg store (disk) s",
            "speed-up",
            f">= {TARGET_SPEEDUP:.0f}x",
            "Oxigraph in memory s",
            "speed-up",
        ],
        [
            (
                op,
                r,
                o,
                f"{ratio(r, o):.1f}x",
                "met" if ratio(r, o) >= TARGET_SPEEDUP else "MISSED",
                m,
                f"{ratio(r, m):.1f}x",
            )
            for op, r, o, m in rows
        ],
    )
    qtable = md_table(
        ["saved query", "rdflib s", "oxigraph s", "rows", "same answer", "< 1 s"],
        [
            (n, r, o, k, "yes" if same else "NO", "met" if o < TARGET_QUERY_SECONDS else "MISSED")
            for n, r, o, k, same in qrows
        ],
    )
    mtable = md_table(
        ["engine", "peak RSS MiB (load + all saved queries)", "child wall s"],
        [(e, m, s) for e, (m, s) in mem.items()],
    )
    md = "\n\n".join(
        [
            f"{data['triples']:,} triples ({data['articles']:,} synthetic articles, "
            f"{data['events']:,} events; rdflib parsed {n_rdflib:,}), generated in "
            f"{gen_s:.0f} s. Oxigraph: an on-disk store (RocksDB), as `kg build --store` "
            f"uses; best of {repeats} interleaved runs (queries: rdflib once, Oxigraph best "
            f"of {query_repeats}). The merged layer ({n_merged:,} triples, "
            f"`KGStore.remerge` with the store's summaries in {merge_s:.0f} s, then "
            f"`KGStore.close` compacting the store in {close_s:.1f} s) is in both before the "
            "exports and queries. Exports run `export_store` (read-only open, as `kg export "
            "--store`), queries a read-only store (as `kg query --store`). "
            "The store runs its own plans of the saved queries where `kg/store/queries` has "
            "one (same answers, checked below and by the tests).",
            table,
            qtable,
            mtable,
            f"A new session, the usual way to come back to the data: rdflib parses the "
            f"Turtle file again and answers `{SESSION_QUERY}` in {rdflib_session_s:.1f} s; "
            f"the store opens (read-only) and answers in {session_s:.3f} s "
            f"({ratio(rdflib_session_s, session_s):,.0f}x).",
            f"Ingest through `KGStore.add_article` (one transaction per article, merging "
            f"and linked data included), {ingest_articles} articles of ~8 events: "
            f"{ingest_shacl:.1f} articles/s with the SHACL check, {ingest_raw:.1f} without.",
        ]
    )
    data_out = {
        "triples": data["triples"],
        "ops": {op: {"rdflib": r, "oxigraph": o, "memory": m} for op, r, o, m in rows},
        "queries": {
            n: {"rdflib": r, "oxigraph": o, "rows": k, "same": s} for n, r, o, k, s in qrows
        },
        "peak_rss_mib": {e: m for e, (m, _) in mem.items()},
        "new_session_s": {"rdflib": rdflib_session_s, "store": session_s},
        "ingest_articles_per_s": {"shacl": ingest_shacl, "no_shacl": ingest_raw},
    }
    return Section("Store: Oxigraph against rdflib (issue 5)", md, data_out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write the raw figures here")
    ap.add_argument("--child", nargs=2, metavar=("ENGINE", "TTL"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return 0
    section = run(args.triples, args.repeats)
    print(f"## {section.title}\n\n{section.markdown}")
    if args.json:
        args.json.write_text(json.dumps(section.data, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
