"""``kg serve``: a SPARQL 1.1 Protocol endpoint on a kg store, made to be left running.

The HTTP side is this process (standard library ``http.server``, one thread per
connection, 127.0.0.1 only); queries run in engine processes
(``kg.store.engine``), so that:

- a query stops at the time limit (``timeout_s``, 30 s) or the memory ceiling
  (``memory_mb``, 2 GB per engine), and when its client goes away: its engine is
  killed, the client gets a 503 that says which, and a new engine takes its place;
- a query that crashes Oxigraph gets a 500 that says so and takes nothing else
  down; groups nested deeper than ``kg.store.guard.MAX_NESTING`` are refused (400);
- ``workers`` engines answer at once; a request waits for a free one up to the
  time limit (then 503).

Cross-site protection: every request must name this server in ``Host``
(127.0.0.1:PORT or localhost:PORT: no DNS rebinding) and, when it has an
``Origin`` or ``Sec-Fetch-Site`` header, come from this server's own pages.
Updates (``--writable``) need the secret token printed at start (or given in
``KG_SERVE_TOKEN``), as ``Authorization: Bearer TOKEN`` or as the password of
HTTP Basic authentication, which no HTML form can send. ``SERVICE`` and
``LOAD`` are refused, and the engines cannot open network sockets, unless
``allow_remote``.

Routes:

- ``/query``: GET ``?query=``, POST form or ``application/sparql-query``;
  ``default-graph-uri`` and ``named-graph-uri``; results as JSON, XML, CSV, TSV
  (``Accept``), graphs as Turtle, N-Triples, RDF/XML, JSON-LD or N3. A query
  declaring parameters (``# param a:`` lines, as the saved queries do) takes them
  from a trailing ``VALUES (?a ?b) { ("RUS" "EGY") }``, the form rdflib's
  ``SPARQLStore`` sends ``initBindings`` in; a saved query's text runs as its store plan;
- ``/update``: POST form or ``application/sparql-update`` (``--writable`` only);
- ``/saved``: the saved queries (JSON); ``/saved/NAME?a=RUS&b=EGY`` runs one with
  its parameters; ``/saved/NAME.rq`` is its text.

Ctrl-C (SIGINT) or SIGTERM stops it at once, whatever the clients do: new
connections are refused, a query running gets a 503 that says the server is
stopping, idle keep-alive connections are closed, and the engines are killed.

The store is read through snapshots (``kg.store.live``): ``kg build --store``
may write while the server runs, and the next query after it publishes sees
the new articles, merged events and summaries.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
import select
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import TCPServer
from urllib.parse import parse_qs, urlsplit

from kg.rdf.convert import DEFAULT_BASE
from kg.rdf.sparql import query_params, saved_queries
from kg.store.engine import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_S, EngineError, EnginePool, term_spec
from kg.store.guard import QueryRefused, check_query, split_values
from kg.store.live import Reader, StoreError, Writer
from kg.store.oxigraph import StoreQueryError, prepare_query, query_prefixes
from kg.store.summary import SUMMARY_NS, summary_graph_iri

__all__ = ["HOST", "ServeConfig", "endpoint_url", "serve"]

HOST = "127.0.0.1"
MAX_BODY = 16 * 1024 * 1024


def endpoint_url(port: int) -> str:
    """The SPARQL query endpoint of a server on ``port``."""
    return f"http://{HOST}:{port}/query"


@dataclass
class ServeConfig:
    """What ``kg serve`` was asked for."""

    store: Path
    port: int = 7878
    writable: bool = False
    timeout_s: float = DEFAULT_TIMEOUT_S
    memory_mb: int = DEFAULT_MEMORY_MB
    workers: int = 2
    allow_remote: bool = False
    token: str = field(default_factory=lambda: os.environ.get("KG_SERVE_TOKEN") or "")
    base: str = DEFAULT_BASE


class _Server(ThreadingHTTPServer):
    """One thread per connection; it knows its open connections, so that
    stopping ends them (an idle keep-alive connection would hold its thread)."""

    daemon_threads = True
    request_queue_size = 64

    def __init__(self, config: ServeConfig, pool: EnginePool) -> None:
        self.config = config
        self.pool = pool
        self.stopping = False  # answers say Connection: close; new connections are closed
        self._conns: dict[socket.socket, threading.Thread] = {}
        self._conns_lock = threading.Lock()
        super().__init__((HOST, config.port), _Handler)
        port = self.server_address[1]
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{h}" for h in self.hosts}

    def process_request_thread(self, request, client_address) -> None:
        with self._conns_lock:
            accepted = not self.stopping
            if accepted:
                self._conns[request] = threading.current_thread()
        if accepted:
            super().process_request_thread(request, client_address)
        else:
            self.shutdown_request(request)

    def shutdown_request(self, request) -> None:
        # closed under the lock, so close_connections never shuts a reused descriptor
        with self._conns_lock:
            self._conns.pop(request, None)
            super().shutdown_request(request)

    def close_connections(self, grace: float) -> None:
        """End every open connection: first its reading side (an idle keep-alive
        connection ends, an answer being written still goes out), then, for any
        still open after ``grace`` seconds, both sides."""
        for how, wait in ((socket.SHUT_RD, grace), (socket.SHUT_RDWR, 1.0)):
            with self._conns_lock:
                open_now = dict(self._conns)
                for conn in open_now:
                    try:
                        conn.shutdown(how)
                    except OSError:
                        pass
            deadline = time.monotonic() + wait
            for thread in open_now.values():
                thread.join(max(0.0, deadline - time.monotonic()))

    def server_bind(self) -> None:  # no reverse DNS lookup of 127.0.0.1
        TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        if not isinstance(exc, ConnectionError | TimeoutError):  # not a client gone away
            _log(f"error answering a request: {type(exc).__name__}: {exc}")


def _saved_text(text: str) -> str | None:
    """The saved query ``text`` is (maybe after PREFIX lines a client added), else None."""
    body = text.strip()
    for name, saved in saved_queries().items():
        saved = saved.strip()
        if body == saved:
            return name
        if body.endswith(saved):
            head = body[: -len(saved)]
            lines = [x.strip() for x in head.splitlines() if x.strip()]
            if all(x.upper().startswith(("PREFIX", "BASE")) for x in lines):
                return name
    return None


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds to send a request

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass

    # ------------------------------------------------------------ plumbing

    def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
        self.send_response(status)
        if status != 204:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.server.stopping:
            self.send_header("Connection", "close")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if status != 204 and self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict | None = None) -> None:
        self._send(status, (message + "\n").encode(), "text/plain; charset=utf-8", extra)

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            raise EngineError(411, "send the body with a Content-Length")
        try:
            n = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            raise EngineError(400, "a bad Content-Length") from None
        if n > MAX_BODY:
            self.close_connection = True
            raise EngineError(413, f"the request body is over {MAX_BODY // 2**20} MB")
        return self.rfile.read(n) if n > 0 else b""

    def _form(self, method: str, url) -> tuple[dict[str, list[str]], str, str]:
        """Parameters (query string and form body), the body's media type, the raw body."""
        params = parse_qs(url.query, keep_blank_values=True)
        if method != "POST":
            return params, "", ""
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        raw = self._body().decode("utf-8", "replace")
        if ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(raw, keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        return params, ctype, raw

    def _client_gone(self) -> bool:
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def _cross_site(self) -> str | None:
        """Why this request is refused as cross-site, or None."""
        host = self.headers.get("Host")
        if host is not None and host.strip().lower() not in self.server.hosts:
            return (
                f"Host {host!r} is not this server (it answers as "
                f"{' or '.join(sorted(self.server.hosts))} only)"
            )
        origin = self.headers.get("Origin")
        if origin is not None and origin.strip().lower() not in self.server.origins:
            return f"cross-origin requests are refused (Origin {origin!r})"
        site = self.headers.get("Sec-Fetch-Site", "").strip().lower()
        if site in ("cross-site", "same-site"):
            return f"cross-site requests are refused (Sec-Fetch-Site {site})"
        return None

    def _authorised(self) -> bool:
        token = self.server.config.token
        auth = self.headers.get("Authorization", "").strip()
        given = ""
        if auth[:7].lower() == "bearer ":
            given = auth[7:].strip()
        elif auth[:6].lower() == "basic ":
            try:
                given = base64.b64decode(auth[6:].strip()).decode("utf-8").partition(":")[2]
            except (ValueError, UnicodeDecodeError):
                given = ""
        return bool(token) and hmac.compare_digest(given.encode(), token.encode())

    # ------------------------------------------------------------ routes

    def do_GET(self) -> None:  # noqa: N802 - http.server's names
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def do_HEAD(self) -> None:  # noqa: N802
        self._route("HEAD")

    def do_PUT(self) -> None:  # noqa: N802
        self._route("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._route("DELETE")

    def do_PATCH(self) -> None:  # noqa: N802
        self._route("PATCH")

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._route("OPTIONS")

    def _route(self, method: str) -> None:
        url = urlsplit(self.path)
        route = url.path.rstrip("/") or "/"
        try:
            refused = self._cross_site()
            if refused:
                self.close_connection = True
                return self._error(403, refused)
            if route == "/query":
                self._allow(method, "GET", "POST")
                return self._query(method, url)
            if route == "/update":
                self._allow(method, "POST")
                return self._update(url)
            if route == "/saved":
                self._allow(method, "GET")
                return self._saved_list()
            if route.startswith("/saved/"):
                self._allow(method, "GET", "POST")
                return self._saved(method, url, route[len("/saved/") :])
            if route == "/":
                self._allow(method, "GET")
                return self._help()
            self._error(404, f"no {url.path} here: the endpoint is /query (see /)")
        except EngineError as exc:
            self._error(exc.status, str(exc), {"Allow": exc.allow} if exc.status == 405 else None)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as exc:  # a bug here: say so, to the client and in the log
            _log(f"error answering {method} {url.path}: {type(exc).__name__}: {exc}")
            self.close_connection = True
            self._error(500, f"internal error: {type(exc).__name__}: {exc}")

    def _allow(self, method: str, *allowed: str) -> None:
        if method not in allowed:
            raise EngineError(
                405, f"{method} is not allowed here: use {' or '.join(allowed)}", ", ".join(allowed)
            )

    def _help(self) -> None:
        cfg = self.server.config
        port = self.server.server_address[1]
        lines = [
            f"kg SPARQL endpoint on {cfg.store}",
            f"  query:  http://{HOST}:{port}/query  (GET ?query=, or POST)",
            f"  update: http://{HOST}:{port}/update "
            + ("(POST, with the token)" if cfg.writable else "(off: read-only)"),
            f"  saved queries: http://{HOST}:{port}/saved",
        ]
        self._send(200, ("\n".join(lines) + "\n").encode(), "text/plain; charset=utf-8")

    def _saved_list(self) -> None:
        out = []
        for name, text in saved_queries().items():
            about = [
                ln.lstrip("# ").rstrip()
                for ln in text.splitlines()
                if ln.startswith("#") and not ln.lstrip("# ").startswith("param ")
            ]
            out.append(
                {
                    "name": name,
                    "params": query_params(text),
                    "about": " ".join(x for x in about if x),
                    "url": f"/saved/{name}",
                    "text": f"/saved/{name}.rq",
                }
            )
        body = json.dumps(out, ensure_ascii=False, indent=1).encode()
        self._send(200, body, "application/json")

    def _saved(self, method: str, url, name: str) -> None:
        queries = saved_queries()
        if name.endswith(".rq") and name[:-3] in queries and method == "GET":
            return self._send(200, queries[name[:-3]].encode(), "application/sparql-query")
        if name not in queries:
            raise EngineError(404, f"no saved query {name!r}; saved: {', '.join(queries)}")
        form, _, _ = self._form(method, url)
        params = {}
        for k, values in form.items():
            if len(values) != 1:
                raise EngineError(400, f"give parameter {k} once")
            params[k] = values[0]
        self._run_query(name, params, [], [])

    def _query(self, method: str, url) -> None:
        form, ctype, raw = self._form(method, url)
        if method == "POST" and ctype == "application/sparql-query":
            texts = [raw]
        elif method == "POST" and ctype != "application/x-www-form-urlencoded":
            raise EngineError(
                415,
                "POST a query as application/sparql-query or "
                "application/x-www-form-urlencoded (query=...)",
            )
        else:
            texts = form.get("query", [])
        if len(texts) != 1 or not texts[0].strip():
            raise EngineError(400, "give one query: ?query=..., or POST it")
        text = texts[0]
        params = None
        if query_params(text):  # it declares parameters: they come from a trailing VALUES
            split = split_values(text)
            params = {}
            if split is not None:
                head, names, rows = split
                if len(rows) != 1:
                    raise EngineError(400, "give the parameters in one row of VALUES")
                text = head
                params = {n: v for n, v in zip(names, rows[0], strict=True) if v is not None}
            text = _saved_text(text) or text
        self._run_query(
            text, params, form.get("default-graph-uri", []), form.get("named-graph-uri", [])
        )

    def _run_query(self, query: str, params, default_graph, named_graphs) -> None:
        cfg, pool = self.server.config, self.server.pool
        try:
            text, subs = prepare_query(query, params, summary=pool.summary)
            check_query(text, allow_remote=cfg.allow_remote)
        except (StoreQueryError, QueryRefused) as exc:
            raise EngineError(400, str(exc)) from None
        request = {
            "op": "query",
            "text": text,
            "subs": {k.value: term_spec(v) for k, v in subs.items()},
            "prefixes": query_prefixes(cfg.base),
            "accept": self.headers.get("Accept"),
            "default_graph": default_graph,
            "named_graphs": named_graphs,
        }
        reply = self._call(request)
        if reply.status != 200:
            raise EngineError(reply.status, reply.message)
        self._send(200, reply.body, reply.type)

    def _update(self, url) -> None:
        cfg = self.server.config
        if not cfg.writable:
            raise EngineError(403, "this endpoint is read-only (kg serve --writable takes updates)")
        if not self._authorised():
            exc_headers = {"WWW-Authenticate": 'Bearer realm="kg"'}
            self.close_connection = True
            return self._error(
                401,
                "updates need the token kg serve printed at start: "
                "send the header 'Authorization: Bearer TOKEN'",
                exc_headers,
            )
        form, ctype, raw = self._form("POST", url)
        if ctype == "application/sparql-update":
            texts = [raw]
        elif ctype == "application/x-www-form-urlencoded":
            texts = form.get("update", [])
        else:
            raise EngineError(
                415,
                "POST an update as application/sparql-update or "
                "application/x-www-form-urlencoded (update=...)",
            )
        if form.get("using-graph-uri") or form.get("using-named-graph-uri"):
            raise EngineError(400, "using-graph-uri and using-named-graph-uri are not supported")
        if len(texts) != 1 or not texts[0].strip():
            raise EngineError(400, "give one update")
        try:
            check_query(texts[0], allow_remote=cfg.allow_remote)
        except QueryRefused as exc:
            raise EngineError(400, str(exc)) from None
        # waiting for another writer (kg build) ends before the time limit, with its name
        wait = 0.8 * cfg.timeout_s if cfg.timeout_s else DEFAULT_TIMEOUT_S
        reply = self._call({"op": "update", "text": texts[0], "lock_timeout": wait})
        if reply.status >= 300:
            raise EngineError(reply.status, reply.message)
        self._send(204, b"", "")

    def _call(self, request: dict):
        cfg, pool = self.server.config, self.server.pool
        engine = pool.acquire(cfg.timeout_s or DEFAULT_TIMEOUT_S)
        try:
            return engine.call(request, timeout=cfg.timeout_s or None, cancelled=self._client_gone)
        except EngineError as exc:
            if pool.closed:
                raise EngineError(503, "the server is stopping; the query was stopped") from None
            if exc.status != 499:
                _log(f"engine {engine.pid}: {exc}")
            raise
        finally:
            pool.release(engine)


def _log(msg: str) -> None:
    print(f"kg serve: {msg}", file=sys.stderr, flush=True)


class _StopSignal:
    """SIGINT or SIGTERM as a flag and a byte in a pipe, which the main thread waits on.

    The handler raises nothing: an exception raised wherever the main thread
    happens to be could land in socketserver's step that accepts a connection,
    which took it for a failed request and served on (Ctrl-C was lost about one
    time in eight, right after a query). The kernel may deliver the signal to
    any thread, so the pipe is also the wake-up descriptor of ``signal``: its
    byte wakes the main thread wherever the signal lands.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self._read, self._write = os.pipe()
        os.set_blocking(self._write, False)
        self._set = False
        self._previous: dict = {}
        self._previous_fd = -1

    def install(self) -> None:
        """Take SIGINT and SIGTERM (main thread only)."""
        self._previous = {s: signal.signal(s, self.set) for s in self.SIGNALS}
        self._previous_fd = signal.set_wakeup_fd(self._write, warn_on_full_buffer=False)

    def set(self, signum=None, frame=None) -> None:
        self._set = True
        try:
            os.write(self._write, b"!")
        except OSError:  # the pipe is full: it has woken the waiter already
            pass

    def is_set(self) -> bool:
        return self._set

    def wait(self) -> None:
        while not self._set:
            select.select([self._read], [], [])

    def close(self) -> None:
        """Give the signals back to their previous handlers; close the pipe."""
        if self._previous:
            signal.set_wakeup_fd(self._previous_fd)
            for s, handler in self._previous.items():
                signal.signal(s, handler)
        os.close(self._read)
        os.close(self._write)


def serve(config: ServeConfig, ready=None) -> int:
    """Run the endpoint until SIGINT or SIGTERM; returns 0 (1 if the HTTP loop failed).

    ``ready(server_port, token)`` is called once the port is bound and an engine
    is ready (``kg serve`` prints its banner there). Stopping takes a few seconds
    at most, whatever the clients do: queries running get a 503 that says the
    server is stopping, idle connections are closed, and the engines are killed.

    Raises:
        StoreError: no store (read-only), not a store, the port is taken, or the
            engines cannot open the store. Each message is one line.
    """
    store = Path(config.store)
    if not 0 <= config.port < 65536:
        raise StoreError(f"port {config.port} is out of range")
    if config.writable and not store.exists():
        Writer(store).close()  # a new, empty store
    Reader(store).close()  # a clear error for a missing or foreign folder
    if config.writable and not config.token:
        config.token = secrets.token_urlsafe(24)
    pool = EnginePool(
        store,
        config.workers,
        memory_mb=config.memory_mb,
        network=config.allow_remote,
        summary_graph=summary_graph_iri(config.base),
        summary_marker=SUMMARY_NS + "version",
        log=_log,
    )
    try:
        server = _Server(config, pool)
    except OSError as exc:
        why = "the port is in use" if exc.errno == 98 else (exc.strerror or str(exc))
        raise StoreError(
            f"cannot listen on {HOST}:{config.port}: {why} (choose another with --port)"
        ) from None
    stop = _StopSignal()
    failed: list[BaseException] = []

    def run_http() -> None:
        try:
            server.serve_forever(poll_interval=0.25)
        except BaseException as exc:  # a bug: stop, and say so
            failed.append(exc)
            _log(f"the HTTP server failed: {type(exc).__name__}: {exc}")
        finally:
            stop.set()

    http_thread = threading.Thread(target=run_http, name="kg-serve-http", daemon=True)
    if threading.current_thread() is threading.main_thread():
        stop.install()
    try:
        pool.start(stopped=stop.is_set)
        if not stop.is_set():
            if ready is not None:
                ready(server.server_address[1], config.token)
            http_thread.start()
            stop.wait()
    finally:
        # the handlers stay: a second Ctrl-C cannot cut this (bounded) clean-up short
        _shut_down(server, pool, http_thread)
        stop.close()
    return 1 if failed else 0


def _shut_down(server: _Server, pool: EnginePool, http_thread: threading.Thread) -> None:
    """Stop accepting, free the port, kill the engines (a query running gets its
    503 meanwhile), then close the connections still open."""
    server.stopping = True
    if http_thread.is_alive():
        server.shutdown()
        http_thread.join()
    server.server_close()
    pool.close(grace=2.0)
    server.close_connections(grace=2.0)
