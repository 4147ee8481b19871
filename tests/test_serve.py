"""``kg serve`` as a service one leaves running, over real HTTP on loopback: the
SPARQL protocol, bounded queries, no cross-site writes, builds while it runs,
its lifecycle, and saved queries with parameters (through rdflib's SPARQLStore).

Every server here is a real ``kg serve`` process with small limits; every wait
has a fixed deadline.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.client import HTTPConnection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

from kg.build import build_store
from kg.rdf import saved_queries
from kg.store import KGStore

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
KG = [sys.executable, "-c", "from kg.cli import main; main()"]
KGO = "https://w3id.org/kg-events/ontology#"
JSON = {"Accept": "application/sparql-results+json"}
COUNT_EVENTS = f"SELECT (COUNT(?e) AS ?n) WHERE {{ ?e a <{KGO}Event> }}"
# The queries: a cartesian product sorted (23.8 GB before it was killed),
# a three-way product counted (flat memory, endless), and the sort Oxigraph panics in.
HUGE_SORT = "SELECT ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
PANIC = "SELECT ?o ?o2 WHERE { ?s ?p ?o . ?s ?p2 ?o2 } ORDER BY ?o ?o2"
DEEP = "SELECT * WHERE " + "{" * 5000 + "}" * 5000


# ---------------------------------------------------------------------------
# Helpers: a served store, HTTP without exceptions, a process's children
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example_store(tmp_path_factory) -> Path:
    """The eight example articles (Arabic and English) in a store: 9.6k quads."""
    path = tmp_path_factory.mktemp("serve") / "store"
    rep = build_store([EXAMPLES / "articles.jsonl"], path)
    assert rep.added == 8
    return path


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


class Served:
    """A running ``kg serve``: its process, port, update token and stderr lines."""

    def __init__(self, proc: subprocess.Popen, lines: queue.Queue) -> None:
        self.proc = proc
        self.lines = lines
        self.log: list[str] = []
        self.port = 0
        self.token = ""

    def next_line(self, deadline: float) -> str:
        try:
            line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"kg serve said nothing in time; so far: {self.log}") from None
        if line is None:
            raise AssertionError(f"kg serve exited ({self.proc.poll()}): {self.log}")
        self.log.append(line)
        return line

    def url(self, path: str = "/query") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def query(self, text: str, headers: dict | None = None, timeout: float = 30):
        data = urllib.parse.urlencode({"query": text}).encode()
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        return http(self.url(), data, {**JSON, **form, **(headers or {})}, timeout=timeout)

    def count(self, text: str = COUNT_EVENTS) -> int:
        status, _, body = self.query(text)
        assert status == 200, body
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

    def update(self, text: str, headers: dict | None = None):
        auth = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        ctype = {"Content-Type": "application/sparql-update"}
        return http(self.url("/update"), text.encode(), {**ctype, **auth, **(headers or {})})

    def engines(self) -> set[int]:
        return children(self.proc.pid)


def start_serve(store: Path, *extra: str, env: dict | None = None) -> Served:
    proc = subprocess.Popen(
        [*KG, "serve", "--store", str(store), "--port", "0", *extra],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in proc.stderr:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    served = Served(proc, lines)
    deadline = time.monotonic() + 60
    while not served.port:
        line = served.next_line(deadline)
        if line.startswith("SPARQL endpoint http://127.0.0.1:"):
            served.port = int(line.split("127.0.0.1:")[1].split("/")[0])
    if "--writable" in extra:
        line = served.next_line(deadline)
        assert line.startswith("updates: POST"), line
        served.token = line.rsplit("Bearer ", 1)[1].rstrip("'")
    return served


def stop(served: Served, sig: int = signal.SIGINT, within: float = 10) -> int:
    """Stop ``kg serve`` as a user does; it must exit ``within`` seconds (it used to
    miss Ctrl-C now and then, and serve on)."""
    if served.proc.poll() is None:
        served.proc.send_signal(sig)
    try:
        return served.proc.wait(timeout=within)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"kg serve still running {within} s after {sig.name}") from None
    finally:
        if served.proc.poll() is None:
            served.proc.kill()
            served.proc.wait()


@contextmanager
def serving(store: Path, *extra: str, env: dict | None = None):
    served = start_serve(store, *extra, env=env)
    try:
        yield served
    finally:
        stop(served)


def http(url: str, data: bytes | None = None, headers: dict | None = None, timeout: float = 30):
    """(status, headers, body) of a request; HTTP errors are answers, not exceptions."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (loopback)
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def raw_request(port: int, request: bytes, timeout: float = 10) -> bytes:
    """Send bytes as they are (a forged Host header) and read the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(request)
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def _get(path: str, host: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()


def children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out.update(int(x) for x in (task / "children").read_text().split())
        except OSError:
            pass
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"not within {seconds} s: {what}"
        time.sleep(0.1)


# ---------------------------------------------------------------------------
# The SPARQL 1.1 protocol
# ---------------------------------------------------------------------------


def test_protocol_get_post_formats_read_only_and_sigint(example_store):
    with KGStore(example_store, read_only=True) as store:
        n_events = store.stats()["events"]
    with serving(example_store) as srv:
        q = urllib.parse.urlencode({"query": COUNT_EVENTS})
        status, _, body = http(srv.url(f"/query?{q}"), headers=JSON)
        assert status == 200
        assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == n_events
        ctype = {"Content-Type": "application/sparql-query"}
        for accept, marker in [
            ("application/sparql-results+xml", b"<sparql"),
            ("text/csv", b"n\r\n"),
            ("text/tab-separated-values", b"?n\n"),
        ]:
            status, headers, body = http(
                srv.url(), COUNT_EVENTS.encode(), {**ctype, "Accept": accept}
            )
            assert status == 200 and headers["Content-Type"].split(";")[0] == accept
            assert body.startswith(marker) or marker in body, body[:80]
        construct = f"CONSTRUCT {{ ?e a <{KGO}Event> }} WHERE {{ ?e a <{KGO}Event> }}"
        status, headers, body = http(
            srv.url(), construct.encode(), {**ctype, "Accept": "text/turtle"}
        )
        assert status == 200 and headers["Content-Type"].split(";")[0] == "text/turtle"
        assert len(Graph().parse(data=body, format="turtle")) == n_events
        status, _, _ = http(srv.url(), COUNT_EVENTS.encode(), {**ctype, "Accept": "image/png"})
        assert status == 406
        # an update is refused, a syntax error says where
        status, _, _ = srv.update(f"INSERT DATA {{ <http://example.org/a> a <{KGO}Event> }}")
        assert status == 403
        status, _, body = srv.query("SELEC ?x")
        assert status == 400 and b"error at 1:" in body
        engines = srv.engines()
        assert len(engines) == 2
    assert srv.proc.returncode == 0
    wait_until(lambda: not any(alive(p) for p in engines), 10, "engines stopped with kg serve")
    with KGStore(example_store, read_only=True) as store:
        assert store.stats()["events"] == n_events


# ---------------------------------------------------------------------------
# 1. Bounded queries
# ---------------------------------------------------------------------------


def _in_thread(fn):
    box: dict = {}

    def run():
        t0 = time.monotonic()
        box["answer"] = fn()
        box["seconds"] = time.monotonic() - t0

    th = threading.Thread(target=run)
    th.start()
    return th, box


@pytest.mark.parametrize(
    ("heavy", "limits", "why"),
    [
        (HUGE_SORT, ["--timeout-s", "3", "--memory-mb", "300"], b"memory"),
        (ENDLESS, ["--timeout-s", "3"], b"time limit of 3 s"),
    ],
    ids=["memory-ceiling", "time-limit"],
)
def test_a_runaway_query_gets_an_error_while_another_client_is_answered(
    example_store, heavy, limits, why
):
    with serving(example_store, *limits) as srv:
        # the banner waits for one engine only: the other may not be forked yet
        wait_until(lambda: len(srv.engines()) == 2, 20, "both engines started")
        before = srv.engines()
        th, box = _in_thread(lambda: srv.query(heavy, timeout=30))
        time.sleep(0.2)  # the heavy query is running
        t0 = time.monotonic()
        assert srv.count() > 0  # a second client, answered meanwhile
        simple_s = time.monotonic() - t0
        th.join(timeout=30)
        assert not th.is_alive()
        status, _, body = box["answer"]
        assert status == 503 and why in body, body
        assert box["seconds"] < 3 + 5  # the time limit, plus slack on a busy machine
        assert simple_s < 10
        # the engine that ran it is gone and was replaced; the server goes on
        wait_until(  # the log line may reach this process a little after the answer
            lambda: any(f"engine {p}:" in line for p in before for line in srv.log + _drain(srv)),
            5,
            "a log line naming the engine that was stopped",
        )
        wait_until(lambda: len(srv.engines()) == 2, 20, "a new engine")
        assert srv.count() > 0
        assert len(srv.engines() - before) >= 1


def _drain(srv: Served) -> list[str]:
    out = []
    while True:
        try:
            line = srv.lines.get_nowait()
        except queue.Empty:
            return out
        if line is not None:
            srv.log.append(line)
            out.append(line)


def _cpu_seconds(pids: set[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _busy(srv: Served, window: float = 1.0) -> float:
    """CPU seconds per second the server and its children use, over ``window``."""
    pids = {srv.proc.pid, *srv.engines()}
    before = _cpu_seconds(pids)
    time.sleep(window)
    return (_cpu_seconds(pids) - before) / window


def test_the_work_stops_when_the_client_leaves(example_store):
    with serving(example_store, "--timeout-s", "120") as srv:
        with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
            srv.query(ENDLESS, timeout=1.0)  # the client gives up after 1 s
        # the endless query stops long before the 120 s time limit: the CPU goes quiet
        wait_until(lambda: _busy(srv) < 0.3, 15, "the server idle once the client left")
        assert srv.count() > 0


def test_a_query_that_crashes_oxigraph_is_a_500_and_the_server_goes_on(example_store):
    with serving(example_store) as srv:
        before = srv.engines()
        status, _, body = srv.query(PANIC)
        assert status == 500 and b"crashed" in body and b"total order" in body, body
        assert srv.count() > 0  # the next query is answered
        wait_until(lambda: len(srv.engines()) == 2, 20, "a new engine")
        assert len(before - srv.engines()) == 1  # the engine that crashed was replaced
        status, _, body = srv.query(DEEP)
        assert status == 400 and b"5000 levels deep" in body
        assert srv.count() > 0
        assert srv.proc.poll() is None


def test_engines_that_cannot_restart_give_503s_until_they_can(example_store, tmp_path):
    store = copy_store(example_store, tmp_path / "store")
    aside = tmp_path / "aside"
    with serving(store, "--workers", "1") as srv:
        store.rename(aside)  # a new engine cannot open the store
        assert srv.query(PANIC)[0] == 500  # and the only engine is gone
        status, _, body = srv.query(COUNT_EVENTS)
        assert status == 503 and b"restarting" in body and b"no kg store" in body, body
        aside.rename(store)
        wait_until(lambda: srv.query(COUNT_EVENTS)[0] == 200, 30, "an engine restarted")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([PANIC], "error: the query engine crashed on this query (Oxigraph panicked"),
        ([DEEP], "error: the query nests groups or brackets 5000 levels deep"),
        ([ENDLESS, "--timeout-s", "2"], "error: the query ran past the time limit of 2 s"),
        ([HUGE_SORT, "--memory-mb", "300"], "error: the query needed more memory"),
    ],
    ids=["panic", "nesting", "time-limit", "memory-ceiling"],
)
def test_kg_query_store_is_protected_the_same_way(example_store, args, expected):
    t0 = time.monotonic()
    res = subprocess.run(
        [*KG, "query", "--store", str(example_store), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 1, (res.returncode, res.stderr)
    assert res.stderr.startswith(expected), res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert time.monotonic() - t0 < 20


# ---------------------------------------------------------------------------
# 2. No cross-site writes
# ---------------------------------------------------------------------------

PWNED = "ASK { <http://example.org/pwned> ?p ?o }"
INSERT = "INSERT DATA { <http://example.org/pwned> <http://example.org/p> 1 }"


class _Page(BaseHTTPRequestHandler):
    html = b""

    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(self.html)))
        self.end_headers()
        self.wfile.write(self.html)

    def log_message(self, *args):
        pass


@contextmanager
def other_site(html: bytes):
    """An attacker's page on another origin (localhost, another port)."""
    handler = type("Page", (_Page,), {"html": html})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://localhost:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _asked(srv: Served, text: str) -> bool:
    status, _, body = srv.query(text)
    assert status == 200, body
    return json.loads(body)["boolean"]


def test_a_cross_origin_form_post_to_a_writable_server_changes_nothing(
    example_store, tmp_path, browser_page
):
    store = copy_store(example_store, tmp_path / "store")
    with serving(store, "--writable") as srv:
        form = (
            f'<form id="f" method="POST" action="{srv.url("/update")}">'
            f'<input type="hidden" name="update" value="{INSERT.replace(chr(34), "&quot;")}">'
            "</form><script>document.getElementById('f').submit()</script>"
        )
        with other_site(form.encode()) as page_url:
            with browser_page.expect_response(
                lambda r: r.url == srv.url("/update"), timeout=20_000
            ) as answer:
                browser_page.goto(page_url, wait_until="commit")
            status = answer.value.status
        assert status == 403
        assert _asked(srv, PWNED) is False
        # the same update with the token goes in: the form was refused, not the update
        status, _, _ = srv.update(INSERT)
        assert status == 204
        assert _asked(srv, PWNED) is True


def test_updates_need_the_token_and_sigterm_stops_the_server(example_store, tmp_path):
    store = copy_store(example_store, tmp_path / "store")
    srv = start_serve(store, "--writable")
    try:
        token = srv.token
        assert len(token) >= 24
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic a2c6"}):
            srv.token = ""
            status, resp_headers, _ = srv.update(INSERT, headers)
            assert status == 401 and resp_headers["WWW-Authenticate"].startswith("Bearer")
        assert _asked(srv, PWNED) is False
        # rdflib's SPARQLUpdateStore with HTTP Basic authentication (password: the token)
        updater = SPARQLUpdateStore(srv.url(), srv.url("/update"), auth=("kg", token))
        updater.update(INSERT)
        assert _asked(srv, PWNED) is True
        engines = srv.engines()
    finally:
        rc = stop(srv, signal.SIGTERM)
    assert rc == 0
    wait_until(lambda: not any(alive(p) for p in engines), 10, "engines stopped with kg serve")
    with KGStore(store, read_only=True) as kgs:  # the update is in the store
        assert kgs.query(PWNED).rows == [(True,)]


def test_a_foreign_host_or_origin_is_refused(example_store):
    """DNS rebinding: a page on attacker.example resolving to 127.0.0.1 sends its own Host."""
    with serving(example_store) as srv:
        path = "/query?" + urllib.parse.urlencode({"query": "ASK {}"})
        answer = raw_request(srv.port, _get(path, f"attacker.example:{srv.port}"))
        assert answer.startswith(b"HTTP/1.1 403") and b"is not this server" in answer
        answer = raw_request(srv.port, _get(path, f"127.0.0.1:{srv.port}"))
        assert answer.startswith(b"HTTP/1.1 200")
        status, _, body = srv.query("ASK {}", {"Origin": "http://attacker.example"})
        assert status == 403 and b"cross-origin" in body
        status, _, _ = srv.query("ASK {}", {"Origin": f"http://localhost:{srv.port}"})
        assert status == 200


class _Remote(BaseHTTPRequestHandler):
    """Another server: counts requests, answers SPARQL JSON or a Turtle document."""

    hits: list[str] = []

    def _answer(self):
        type(self).hits.append(self.path)
        if self.path.startswith("/sparql"):
            far = {"x": {"type": "literal", "value": "far"}}
            body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [far]}}).encode()
            ctype = "application/sparql-results+json"
        else:
            body = b"<http://example.org/loaded> <http://example.org/p> 1 .\n"
            ctype = "text/turtle"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


@contextmanager
def remote_server():
    handler = type("Remote", (_Remote,), {"hits": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    finally:
        server.shutdown()
        server.server_close()


def test_service_and_load_are_off_unless_allow_remote(example_store, tmp_path):
    store = copy_store(example_store, tmp_path / "store")
    with remote_server() as (base, hits):
        service = f"SELECT ?x WHERE {{ SERVICE <{base}/sparql> {{ ?s ?p ?x }} }}"
        load = f"LOAD <{base}/doc.ttl>"
        with serving(store, "--writable") as srv:
            status, _, body = srv.query(service)
            assert status == 400 and b"--allow-remote" in body
            status, _, body = srv.update(load)
            assert status == 400 and b"--allow-remote" in body
        assert hits == []
        with serving(store, "--writable", "--allow-remote") as srv:
            status, _, body = srv.query(service)
            assert status == 200, body
            assert json.loads(body)["results"]["bindings"] == [
                {"x": {"type": "literal", "value": "far"}}
            ]
            assert srv.update(load)[0] == 204
            assert _asked(srv, "ASK { <http://example.org/loaded> ?p ?o }")
        assert len(hits) == 2


def test_an_engine_without_network_cannot_fetch_even_past_the_text_check(example_store):
    """The seccomp filter: SERVICE sent straight to an engine (no text check) fails."""
    from kg.store.engine import Engine

    with remote_server() as (base, hits):
        for network in (False, True):
            engine = Engine(example_store, network=network)
            try:
                engine.wait_ready(30)
                reply = engine.call(
                    {
                        "op": "query",
                        "text": f"SELECT * {{ SERVICE <{base}/sparql> {{ ?s ?p ?x }} }}",
                    },
                    timeout=20,
                )
            finally:
                engine.close()
            if network:
                assert reply.status == 200 and len(hits) == 1
            else:
                assert reply.status == 500 and "denied" in reply.message.lower(), reply.message
                assert hits == []


# ---------------------------------------------------------------------------
# 3. Live and safe with builds
# ---------------------------------------------------------------------------


def _articles(srv: Served) -> set[str]:
    q = f"SELECT ?id WHERE {{ ?a <{KGO}contentHash> ?h ; <https://schema.org/identifier> ?id }}"
    status, _, body = srv.query(q)
    assert status == 200, body
    return {b["id"]["value"] for b in json.loads(body)["results"]["bindings"]}


def _csv(srv: Served, path: str) -> str:
    status, _, body = http(srv.url(path), headers={"Accept": "text/csv"})
    assert status == 200, body
    return body.decode()


def _saved_csv(srv: Served, name: str) -> str:
    """A saved query's answer, its text sent as any SPARQL client would."""
    status, _, body = srv.query(saved_queries()[name], {"Accept": "text/csv"})
    assert status == 200, body
    return body.decode()


def _store_csv(store: Path, name: str) -> list[list[str]]:
    from kg.rdf.sparql import format_result

    with KGStore(store, read_only=True) as kgs:
        return _rows(format_result(kgs.query(name), "csv"))


def _rows(csv_text: str) -> list[list[str]]:
    import csv
    import io

    out = list(csv.reader(io.StringIO(csv_text)))[1:]
    return sorted(out)


def test_an_article_added_by_kg_build_is_answered_by_the_next_query(tmp_path):
    store = tmp_path / "store"
    lines = [
        line
        for line in (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        if '"lang": "en"' in line
    ]
    first, last = tmp_path / "first.jsonl", tmp_path / "last.jsonl"
    first.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    last.write_text(lines[3] + "\n", encoding="utf-8")
    assert build_store([first], store).added == 3
    with serving(store) as srv:
        before = _articles(srv)
        merged_before = _saved_csv(srv, "merged_events")
        top_before = _saved_csv(srv, "top_actors")
        res = subprocess.run(
            [*KG, "build", str(last), "--store", str(store)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert res.returncode == 0, res.stderr
        assert "added 1" in res.stdout
        after = _articles(srv)  # the next query
        assert len(after) == len(before) + 1
        # merging and summaries too: the same answers as the store itself now gives
        merged_after = _saved_csv(srv, "merged_events")
        top_after = _saved_csv(srv, "top_actors")
        assert merged_after != merged_before and top_after != top_before
        assert _rows(merged_after) == _store_csv(store, "merged_events")
        assert _rows(top_after) == _store_csv(store, "top_actors")


# A build stood still: it opens the store, then commits one event per line it reads.
_WRITER = """
import sys
from kg.store import KGStore
store = KGStore(sys.argv[1])
print("open", flush=True)
for line in sys.stdin:
    if not line.strip():
        break
    event = "<http://example.org/" + line.strip() + "> a <KGO:Event>"
    store.oxigraph.update("INSERT DATA { " + event + " }")
    print("committed", flush=True)
store.close()
""".replace("KGO:", KGO)


def _engine_files(pid: int) -> set[Path]:
    out = set()
    for fd in Path(f"/proc/{pid}/fd").glob("*"):
        try:
            out.add(Path(os.readlink(fd)))
        except OSError:
            pass
    return out


@contextmanager
def writer_process(store: Path):
    """A process holding the store open for writing until the block ends; yields
    ``commit(name)``, which has it commit one event."""
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(store)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )

    def commit(name: str) -> None:
        writer.stdin.write(name + "\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "committed"

    try:
        assert writer.stdout.readline().strip() == "open"
        yield commit
    finally:
        writer.stdin.write("\n")
        writer.stdin.close()
        writer.wait(timeout=60)
    assert writer.returncode == 0


def test_no_engine_reads_the_database_a_writer_has_open(example_store, tmp_path):
    store = copy_store(example_store, tmp_path / "store")
    with serving(store) as srv:
        n = srv.count()
        with writer_process(store):
            # the writer holds the database; queries go on, from a snapshot
            for _ in range(5):
                assert srv.count() == n
            db_files = {p.resolve() for p in store.iterdir() if p.is_file()}
            for pid in srv.engines():
                opened = {p for p in _engine_files(pid) if str(p).startswith(str(store))}
                assert opened, "an engine with no store file open"
                assert not (opened & db_files), opened & db_files
                assert all("kg-live" in p.parts for p in opened), opened


def test_commits_reach_the_server_while_the_writer_is_still_open(example_store, tmp_path):
    store = copy_store(example_store, tmp_path / "store")
    with serving(store) as srv:
        n = srv.count()
        with writer_process(store) as commit:
            assert srv.count() == n  # the server asks the writer for news
            commit("first")
            assert srv.count() == n + 1  # the next query, with the writer still open
            time.sleep(1.1)  # a writer publishes at most once a second
            assert srv.count() == n + 1
            commit("second")
            assert srv.count() == n + 2


def test_an_update_waits_for_a_build_and_says_who_holds_the_store(example_store, tmp_path):
    store = copy_store(example_store, tmp_path / "store")
    with serving(store, "--writable", "--timeout-s", "2") as srv:
        with KGStore(store):  # a writer (kg build) has the store
            t0 = time.monotonic()
            status, _, body = srv.update(INSERT)
            assert status == 503 and b"another process is writing the store (pid" in body
            assert time.monotonic() - t0 < 2 + 5
        assert srv.update(INSERT)[0] == 204  # once it has finished
        assert _asked(srv, PWNED) is True


# ---------------------------------------------------------------------------
# 4. Lifecycle
# ---------------------------------------------------------------------------


def test_kill_9_of_kg_serve_takes_its_engines_down(example_store):
    srv = start_serve(example_store)
    try:
        engines = srv.engines()
        assert engines and all(alive(p) for p in engines)
        os.kill(srv.proc.pid, signal.SIGKILL)
        srv.proc.wait(timeout=10)
        wait_until(lambda: not any(alive(p) for p in engines), 10, "engines die with kg serve")
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", srv.port), timeout=2).close()
    finally:
        stop(srv)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_stops_the_server_at_once_whatever_its_clients_do(example_store, sig):
    """An idle keep-alive connection, a query running, new connections arriving:
    the signal lands while the server accepts one, which once made it go on serving."""
    srv = start_serve(example_store, "--timeout-s", "120")
    connecting = threading.Event()

    def connect_all_the_time() -> None:
        while not connecting.is_set():
            try:
                raw_request(srv.port, _get("/", f"127.0.0.1:{srv.port}"), timeout=5)
            except OSError:
                pass

    try:
        # a client holding its connection open between queries, as rdflib's SPARQLStore can
        idle = HTTPConnection("127.0.0.1", srv.port, timeout=10)
        idle.request(
            "GET", "/query?" + urllib.parse.urlencode({"query": COUNT_EVENTS}), headers=JSON
        )
        resp = idle.getresponse()
        assert resp.status == 200 and not resp.will_close
        resp.read()
        running, box = _in_thread(lambda: srv.query(ENDLESS, timeout=60))
        wait_until(lambda: _busy(srv, 0.3) > 0.3, 15, "the endless query running")
        clients = [threading.Thread(target=connect_all_the_time) for _ in range(2)]
        for th in clients:
            th.start()
        time.sleep(0.5)
        engines = srv.engines()
        assert len(engines) == 2
        rc = stop(srv, sig, within=5)
    finally:
        connecting.set()
        stop(srv)
    assert rc == 0
    assert not any(alive(p) for p in engines), "an engine outlived kg serve"
    running.join(timeout=10)
    status, _, body = box["answer"]
    assert status == 503 and b"the server is stopping" in body, body
    assert idle.sock.recv(1) == b""  # the idle connection was closed, not left open
    idle.close()


def test_the_banner_means_the_port_answers(example_store):
    srv = start_serve(example_store)
    try:
        # no retry: the banner was printed once the port was bound and an engine ready
        assert srv.count() > 0
    finally:
        stop(srv)


def _one_line_error(args: list[str], contains: str) -> None:
    env = dict(os.environ, RUST_BACKTRACE="1")
    res = subprocess.run([*KG, *args], capture_output=True, text=True, timeout=60, env=env)
    assert res.returncode == 1, (res.returncode, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr
    assert contains in lines[0], lines[0]
    assert "os error" not in lines[0] and "Traceback" not in res.stderr


def test_start_up_errors_are_one_line(example_store, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        _one_line_error(["serve", "--store", str(example_store), "--port", port], "port is in use")
    folder = tmp_path / "not-a-store"
    folder.mkdir()
    (folder / "graph.ttl").write_text("")
    _one_line_error(["serve", "--store", str(folder), "--port", "0"], "not a kg store")
    _one_line_error(["serve", "--store", str(tmp_path / "nothing"), "--port", "0"], "no kg store")
    _one_line_error(
        ["query", "--store", str(example_store), "--file", str(tmp_path / "no.rq")], "no.rq"
    )


# ---------------------------------------------------------------------------
# 5. Saved queries over HTTP, with parameters
# ---------------------------------------------------------------------------


def _plain(row) -> list:
    """An rdflib result row as kg's QueryResult holds it."""
    from kg.rdf.sparql import _value

    return [_value(v) for v in row]


@pytest.mark.parametrize("name", ["events_between", "dyad_timeline"])
def test_saved_queries_take_their_parameters_through_sparqlstore(example_store, name):
    params = {"a": "EGY", "b": "RUS"}
    with KGStore(example_store, read_only=True) as store:
        expected = store.query(name, params)
        # what the endpoint used to answer: the text with ?a and ?b unbound
        lines = saved_queries()[name].splitlines()
        everything = store.query("\n".join(x for x in lines if not x.startswith("# param")))
    assert 0 < len(expected.rows) < len(everything.rows)  # the parameters matter
    text = saved_queries()[name]
    with serving(example_store) as srv:
        sparql = SPARQLStore(srv.url(), returnFormat="json")
        bindings = {k: Literal(v) for k, v in params.items()}
        got = [_plain(r) for r in sparql.query(text, initBindings=bindings)]
        assert got == [list(r) for r in expected.rows]
        # through an rdflib Graph, which adds its PREFIX lines; XML results this time
        graph = Graph(store=SPARQLStore(srv.url()))
        got = [_plain(r) for r in graph.query(text, initBindings=bindings)]
        assert got == [list(r) for r in expected.rows]
        # the /saved route, and a query without its parameters is refused, not answered in full
        rows = _rows(_csv(srv, f"/saved/{name}?" + urllib.parse.urlencode(params)))
        assert len(rows) == len(expected.rows)
        status, _, body = srv.query(text)
        assert status == 400 and b"missing parameter(s) a, b" in body
        status, _, body = http(srv.url(f"/saved/{name}?a=EGY"))
        assert status == 400 and b"missing parameter(s) b" in body
        status, _, body = http(srv.url("/saved"))
        listed = {q["name"]: q["params"] for q in json.loads(body)}
        assert listed[name] == ["a", "b"]
        status, _, body = http(srv.url(f"/saved/{name}.rq"))
        assert body.decode() == text


def test_an_actor_iri_binds_as_an_iri(example_store):
    with KGStore(example_store, read_only=True) as store:
        rows = store.query(f"SELECT DISTINCT ?a WHERE {{ ?e <{KGO}source> ?a }}").rows
    actor = rows[0][0]
    q = f"# param x: an actor\nSELECT ?e WHERE {{ ?e <{KGO}source> ?x }}"
    with serving(example_store) as srv:
        got = SPARQLStore(srv.url(), returnFormat="json").query(
            q, initBindings={"x": URIRef(actor)}
        )
        assert len(list(got)) > 0
