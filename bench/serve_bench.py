"""The SPARQL endpoint left running (``kg serve``): what isolation and live snapshots cost.

- Queries: the same saved query in the calling process (``KGStore.query``), in
  an engine process started for it (``kg query --store``), and through the HTTP
  endpoint (warm engines), interleaved.
- Runaway queries: how long the issue's queries take to get their error
  (memory ceiling 300 MB, time limit 3 s), and how long a second client's simple
  query takes meanwhile.
- Writes: articles per second into a store on disk with no reader (snapshots at
  close only), with a reader asking for news every 0.2 s as a queried server
  does (snapshots at most once a second), and publishing after every commit;
  the cost of one snapshot of a store at rest and of a reader's refresh.

Run: ``.venv/bin/python -m bench.serve_bench [--store-articles N] [--articles N]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench._common import Section, interleaved, md_table

__all__ = ["QUICK", "run"]

QUICK = {"store_articles": 40, "articles": 8, "repeats": 1}
HUGE_SORT = "SELECT ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
# a product counted: flat memory, billions of rows
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
SIMPLE = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _post(port: int, query: str, timeout: float = 60) -> tuple[int, float, str]:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/query",
        data=data,
        headers={"Accept": "application/sparql-results+json"},
    )
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (loopback)
            resp.read()
            status, message = resp.status, ""
    except urllib.error.HTTPError as err:
        status, message = err.code, err.read().decode().strip()
    return status, time.perf_counter() - t0, message


def _start_server(store: Path, *extra: str) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "serve",
            "--store",
            str(store),
            "--port",
            "0",
            *extra,
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in proc.stderr:
        if line.startswith("SPARQL endpoint http://127.0.0.1:"):
            threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
            return proc, int(line.split("127.0.0.1:")[1].split("/")[0])
    raise RuntimeError(f"kg serve did not start: {proc.wait()}")


def _runaway(port: int, heavy: str) -> tuple[int, float, float, str]:
    """(status, seconds to the error, seconds of a simple query sent meanwhile, error)."""
    box: dict = {}
    th = threading.Thread(target=lambda: box.update(r=_post(port, heavy)))
    th.start()
    time.sleep(0.2)
    _, simple_s, _ = _post(port, SIMPLE)
    th.join()
    status, heavy_s, message = box["r"]
    return status, heavy_s, simple_s, message


def _ingest(articles: list, publish_every_s: float, read_every_s: float | None) -> float:
    """Articles per second into a new store; a reader refreshes every ``read_every_s``
    seconds meanwhile (in a thread), as a queried ``kg serve`` does."""
    from kg.store import KGStore

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s"
        t0 = time.perf_counter()
        with KGStore(path, publish_every_s=publish_every_s) as store:
            stop = threading.Event()
            if read_every_s is not None:
                reader = KGStore(path, read_only=True)

                def read() -> None:
                    while not stop.wait(read_every_s):
                        reader.refresh()

                threading.Thread(target=read, daemon=True).start()
            for art, evs in articles:
                store.add_article(art, evs, validate=False)
            stop.set()
        if read_every_s is not None:
            reader.close()
        return len(articles) / (time.perf_counter() - t0)


def run(store_articles: int = 1000, articles: int = 300, repeats: int = 3) -> Section:
    from bench.store_bench import QUERY_PARAMS, synthetic_articles
    from kg.store import KGStore
    from kg.store.engine import run_query

    tmp = Path(tempfile.mkdtemp(prefix="kg-serve-bench-"))
    try:
        store = tmp / "store"
        gen = synthetic_articles(seed=5)
        with KGStore(store) as kgs:
            for _ in range(store_articles):
                kgs.add_article(*next(gen), validate=False)
            quads = len(kgs)

        # -- queries: in process, in an engine started for it, through HTTP
        proc, port = _start_server(store, "--timeout-s", "3", "--memory-mb", "300")
        try:
            reader = KGStore(store, read_only=True)
            params = QUERY_PARAMS["events_between"]
            url = f"http://127.0.0.1:{port}/saved/events_between?" + urllib.parse.urlencode(params)
            t = interleaved(
                {
                    "in process": lambda: reader.query("events_between", params),
                    "engine per query": lambda: run_query(store, "events_between", params),
                    "HTTP endpoint": lambda: urllib.request.urlopen(url).read(),  # noqa: S310
                },
                max(repeats * 3, 3),
            )
            reader.close()
            runaway = {
                "memory (300 MB)": _runaway(port, HUGE_SORT),
                "time (3 s)": _runaway(port, ENDLESS),
            }
        finally:
            proc.terminate()
            proc.wait(timeout=30)

        # -- writes: publishing policies, snapshot and refresh cost
        gen = synthetic_articles(seed=11)
        items = [next(gen) for _ in range(articles)]
        policies = {  # name: (publish_every_s, a reader refreshing every ... s)
            "no reader (default: at close)": (1.0, None),
            "a reader every 0.2 s (default: <= 1/s)": (1.0, 0.2),
            "after every commit": (0.0, None),
        }
        rates: dict[str, list[float]] = {k: [] for k in policies}
        for _ in range(repeats):
            for name, (every, read) in policies.items():
                rates[name].append(_ingest(items, every, read))
        best = {k: max(v) for k, v in rates.items()}
        base = best["no reader (default: at close)"]
        with KGStore(store, publish_every_s=float("inf")) as w:
            snap_s = interleaved({"publish": w.publish}, 10)["publish"].best
        r = KGStore(store, read_only=True)
        refresh_s = interleaved({"refresh": r.refresh}, 50)["refresh"].best
        r.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    q = {k: v.best for k, v in t.items()}
    md = [
        f"Store: {store_articles} synthetic articles ({quads:,} quads). Saved query "
        f"`events_between` ({params['a']}, {params['b']}), best of interleaved runs:",
        "",
        md_table(
            ["where", "seconds", "x in process"],
            [[k, f"{v:.4f}", f"{v / q['in process']:.1f}"] for k, v in q.items()],
        ),
        "",
        "Runaway queries against `kg serve --timeout-s 3 --memory-mb 300` (2 engines), "
        "with a simple COUNT sent 0.2 s later by a second client:",
        "",
        md_table(
            ["limit", "status", "error after (s)", "second client answered in (s)", "error"],
            [[k, s, f"{h:.2f}", f"{c:.3f}", m] for k, (s, h, c, m) in runaway.items()],
        ),
        "",
        f"Writes ({articles} synthetic articles, no SHACL), articles per second by "
        "when the writer publishes a snapshot for readers:",
        "",
        md_table(
            ["publishes", "articles/s", "x no reader"],
            [[k, f"{v:.1f}", f"{v / base:.2f}"] for k, v in best.items()],
        ),
        "",
        f"One snapshot (checkpoint) of that store: {snap_s * 1000:.1f} ms; "
        f"a reader's refresh with nothing new: {refresh_s * 1e6:.0f} µs.",
    ]
    data = {
        "queries_s": q,
        "runaway": {k: list(v) for k, v in runaway.items()},
        "ingest_rates": best,
        "snapshot_s": snap_s,
        "refresh_s": refresh_s,
    }
    return Section("SPARQL endpoint (kg serve)", "\n".join(md), data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store-articles", type=int, default=1000)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    section = run(args.store_articles, args.articles, args.repeats)
    print(section.markdown)
    print(json.dumps(section.data, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
