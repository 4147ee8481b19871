"""Query engines: each SPARQL query or update runs in a process of its own, which a
runaway or crashing query takes down alone.

An engine (``python -m kg.store.engine STORE``) opens the store's newest
snapshot read-only (``kg.store.live``) and answers requests framed on its
standard input and output. It lives under:

- a memory ceiling: ``RLIMIT_DATA`` at its size after start-up plus
  ``memory_mb``; a query past it fails to allocate, and the engine dies;
- a time limit, kept by its parent, which kills it at the deadline (and when the
  HTTP client has gone), so the work really stops;
- its parent's life: ``PR_SET_PDEATHSIG`` kills it when the parent dies, even by
  ``kill -9``;
- optionally no network (``--no-network``): a seccomp filter makes every
  ``socket(AF_INET*)`` call fail, whatever the query says.

Oxigraph 0.5.13 aborts the process on some queries (``ORDER BY`` on mixed
terms over a join panics in its sort; thousands of nested groups overflow the
parser's stack). In an engine such a crash ends one request, with an error that
says so; ``EnginePool`` starts a new engine in its place. ``run_query`` is the
same protection for one query from the command line (``kg query --store``).

The child side needs only the standard library, pyoxigraph and ``kg.store.live``.
"""

from __future__ import annotations

import argparse
import collections
import errno
import json
import os
import platform
import resource
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from kg.store.live import Reader, StoreError, Writer

__all__ = [
    "DEFAULT_MEMORY_MB",
    "DEFAULT_TIMEOUT_S",
    "Engine",
    "EngineError",
    "EnginePool",
    "Reply",
    "negotiate",
    "run_query",
]

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MEMORY_MB = 2048
_HEADER = struct.Struct(">I")

# media type -> format, per kind of result; the first is the default
_SOLUTIONS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_BOOLEAN = {k: v for k, v in _SOLUTIONS.items() if not k.startswith("text/")}
_GRAPH = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/n3": ox.RdfFormat.N3,
}


def negotiate(kind: str, accept: str | None) -> tuple[str, object] | None:
    """The (media type, pyoxigraph format) to answer a ``kind`` of result
    (solutions, boolean, graph) for an ``Accept`` header; None: nothing acceptable."""
    table = {"solutions": _SOLUTIONS, "boolean": _BOOLEAN, "graph": _GRAPH}[kind]
    default = next(iter(table.items()))
    if not accept or not accept.strip():
        return default
    wanted = []
    for i, part in enumerate(accept.split(",")):
        media, *opts = [x.strip() for x in part.split(";")]
        q = 1.0
        for opt in opts:
            if opt.startswith("q="):
                try:
                    q = float(opt[2:])
                except ValueError:
                    q = 0.0
        if q > 0 and media:
            wanted.append((-q, i, media.lower()))
    for _, _, media in sorted(wanted):
        if media in table:
            return media, table[media]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            for name, fmt in table.items():
                if name.startswith(media[:-1]):
                    return name, fmt
    return None


# ---------------------------------------------------------------- the child


def _die_with_parent(parent: int) -> None:
    """SIGKILL this process when its parent dies (Linux), and exit if it already has."""
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)


def _deny_network() -> bool:
    """Make ``socket(AF_INET)`` and ``socket(AF_INET6)`` fail with EACCES in this
    process from now on (a seccomp filter, Linux x86-64 and arm64); False elsewhere."""
    arches = {"x86_64": (0xC000003E, 41, 0x40000000 + 41), "aarch64": (0xC00000B7, 198, 198)}
    if not sys.platform.startswith("linux") or platform.machine() not in arches:
        return False
    import ctypes

    audit_arch, nr, nr_x32 = arches[platform.machine()]
    ld, jeq, ret = 0x20, 0x15, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_RET|K
    allow, deny = 0x7FFF0000, 0x00050000 | errno.EACCES
    program = [
        (ld, 0, 0, 4),  # 0: arch
        (jeq, 0, 6, audit_arch),  # 1: another ABI -> allow
        (ld, 0, 0, 0),  # 2: syscall number
        (jeq, 1, 0, nr),  # 3: socket -> 5
        (jeq, 0, 3, nr_x32),  # 4: x32 socket -> 5, else allow
        (ld, 0, 0, 16),  # 5: first argument (the address family)
        (jeq, 2, 0, 2),  # 6: AF_INET -> deny
        (jeq, 1, 0, 10),  # 7: AF_INET6 -> deny
        (ret, 0, 0, allow),  # 8
        (ret, 0, 0, deny),  # 9
    ]
    raw = b"".join(struct.pack("HBBI", code, jt, jf, k) for code, jt, jf, k in program)
    buf = ctypes.create_string_buffer(raw, len(raw))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    prog = SockFprog(len(program), ctypes.addressof(buf))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        return False
    return libc.prctl(22, 2, ctypes.byref(prog), 0, 0) == 0  # PR_SET_SECCOMP, FILTER


def _vm_data() -> int:
    """This process's data segment size, bytes (what RLIMIT_DATA counts)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _send(fd: int, header: dict, body: bytes = b"") -> None:
    data = json.dumps(dict(header, size=len(body))).encode()
    _write_all(fd, _HEADER.pack(len(data)) + data)
    if body:
        _write_all(fd, body)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exact(fd: int, n: int) -> bytes | None:
    chunks, left = [], n
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _recv(fd: int) -> tuple[dict, bytes] | None:
    head = _read_exact(fd, _HEADER.size)
    if head is None:
        return None
    header = json.loads(_read_exact(fd, _HEADER.unpack(head)[0]) or b"{}")
    body = _read_exact(fd, header.get("size", 0)) if header.get("size") else b""
    return header, body or b""


def _term(spec: dict):
    if "iri" in spec:
        return ox.NamedNode(spec["iri"])
    if spec.get("lang"):
        return ox.Literal(spec["lit"], language=spec["lang"])
    if spec.get("dt"):
        return ox.Literal(spec["lit"], datatype=ox.NamedNode(spec["dt"]))
    return ox.Literal(spec["lit"])


def term_spec(term) -> dict:
    """A ``NamedNode`` or ``Literal`` as a request carries it."""
    if isinstance(term, ox.NamedNode):
        return {"iri": term.value}
    return {"lit": term.value, "lang": term.language, "dt": term.datatype.value}


def _has_summary(store: ox.Store, request: dict) -> bool:
    g = request.get("summary_graph")
    if not g:
        return False
    node = ox.NamedNode(g)
    marker = store.quads_for_pattern(node, ox.NamedNode(request["summary_marker"]), None, node)
    return next(iter(marker), None) is not None


def _run(reader: Reader, store_dir: str, request: dict) -> tuple[dict, bytes]:
    op = request.get("op")
    if op == "update":
        writer = Writer(
            store_dir,
            lock_timeout=float(request.get("lock_timeout", 10.0)),
            who="kg serve --writable (an update)",
        )
        try:
            writer.store.update(request["text"], base_iri=request.get("base_iri"))
        finally:
            writer.close()
        reader.refresh()
        return {"status": 204}, b""
    reader.refresh()
    store = reader.store
    kw = {}
    if request.get("default_graph"):
        kw["default_graph"] = [ox.NamedNode(g) for g in request["default_graph"]]
    if request.get("named_graphs"):
        kw["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
    subs = {ox.Variable(k): _term(v) for k, v in (request.get("subs") or {}).items()}
    res = store.query(
        request["text"],
        prefixes=request.get("prefixes"),
        substitutions=subs or None,
        base_iri=request.get("base_iri"),
        **kw,
    )
    if isinstance(res, ox.QueryBoolean):
        kind = "boolean"
    elif isinstance(res, ox.QuerySolutions):
        kind = "solutions"
    else:
        kind = "graph"
    chosen = negotiate(kind, request.get("accept"))
    if chosen is None:
        offered = {"solutions": _SOLUTIONS, "boolean": _BOOLEAN, "graph": _GRAPH}[kind]
        return {
            "status": 406,
            "message": f"no acceptable format for this {kind} result: "
            f"the server gives {', '.join(offered)}",
        }, b""
    media, fmt = chosen
    body = res.serialize(format=fmt)
    return {"status": 200, "type": media, "kind": kind}, body


def _child(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.store.engine")
    ap.add_argument("store")
    ap.add_argument("--parent", type=int, required=True)
    ap.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB)
    ap.add_argument("--no-network", action="store_true")
    ap.add_argument("--summary-graph", default="")
    ap.add_argument("--summary-marker", default="")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when engines stop
    _die_with_parent(args.parent)
    # The protocol owns the real standard output; stray prints go to stderr.
    out = os.dup(1)
    os.dup2(2, 1)
    inp = 0
    if args.no_network and not _deny_network():
        print("kg engine: cannot turn the network off on this system", file=sys.stderr)
    try:
        reader = Reader(args.store)
    except StoreError as exc:
        print(f"{exc}", file=sys.stderr)
        return 3
    if args.memory_mb > 0:
        limit = _vm_data() + args.memory_mb * 1024 * 1024
        hard = resource.getrlimit(resource.RLIMIT_DATA)[1]
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    marker = {"summary_graph": args.summary_graph, "summary_marker": args.summary_marker}
    _send(out, {"ready": True, "pid": os.getpid(), "summary": _has_summary(reader.store, marker)})
    while True:
        msg = _recv(inp)
        if msg is None or msg[0].get("op") == "quit":
            return 0
        request = msg[0]
        fatal = False
        try:
            header, body = _run(reader, args.store, request)
        except SyntaxError as exc:
            header, body = {"status": 400, "message": f"SPARQL syntax error: {_line(exc)}"}, b""
        except (ValueError, TypeError) as exc:
            header, body = {"status": 400, "message": _line(exc)}, b""
        except StoreError as exc:
            header, body = {"status": 503, "message": _line(exc)}, b""
        except MemoryError:
            header, body = {"status": 503, "message": "memory", "memory": True}, b""
            fatal = True
        except OSError as exc:
            header, body = {"status": 500, "message": f"the query failed: {_line(exc)}"}, b""
        header["summary"] = _has_summary(reader.store, marker) if reader.store else False
        _send(out, header, body)
        if fatal:
            return 4


def _line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    msg = lines[0] if lines else type(exc).__name__
    return msg if len(msg) <= 300 else msg[:297] + "..."


# ---------------------------------------------------------------- the parent


class EngineError(RuntimeError):
    """A request an engine could not answer: ``status`` is the HTTP status to give."""

    def __init__(self, status: int, message: str, allow: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.allow = allow  # the Allow header of a 405


class Reply:
    """An engine's answer: ``status``, media ``type``, ``body``; ``message`` on errors."""

    def __init__(self, header: dict, body: bytes) -> None:
        self.status = int(header.get("status", 500))
        self.type = header.get("type", "text/plain; charset=utf-8")
        self.kind = header.get("kind")
        self.message = header.get("message", "")
        self.summary = bool(header.get("summary"))
        self.body = body


def _signal_name(rc: int) -> str:
    try:
        return signal.Signals(-rc).name
    except ValueError:
        return f"signal {-rc}"


class Engine:
    """One engine process, seen from its parent (not thread-safe: one caller at a time)."""

    def __init__(
        self,
        store: str | Path,
        *,
        memory_mb: int = DEFAULT_MEMORY_MB,
        network: bool = True,
        summary_graph: str = "",
        summary_marker: str = "",
    ) -> None:
        cmd = [
            sys.executable,
            "-m",
            "kg.store.engine",
            str(store),
            "--parent",
            str(os.getpid()),
            "--memory-mb",
            str(int(memory_mb)),
            "--summary-graph",
            summary_graph,
            "--summary-marker",
            summary_marker,
        ]
        if not network:
            cmd.append("--no-network")
        env = dict(os.environ, RUST_BACKTRACE="0", PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,
            env=env,
        )
        self.pid = self.proc.pid
        self.summary = False
        self.memory_mb = memory_mb
        self._tail: collections.deque[str] = collections.deque(maxlen=40)
        self._drain = threading.Thread(target=self._read_stderr, daemon=True)
        self._drain.start()

    def _read_stderr(self) -> None:
        for raw in self.proc.stderr:
            self._tail.append(raw.decode("utf-8", "replace").rstrip())

    def stderr_tail(self) -> list[str]:
        self._drain.join(timeout=1.0)
        return list(self._tail)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def wait_ready(self, timeout: float = 30.0) -> None:
        """Wait for the engine to have opened the store.

        Raises:
            EngineError: it exited first (the message is its error line) or took too long.
        """
        header, _ = self._receive(time.monotonic() + timeout, None, "start", timeout)
        self.summary = bool(header.get("summary"))

    def call(
        self,
        request: dict,
        timeout: float | None = DEFAULT_TIMEOUT_S,
        cancelled=None,
    ) -> Reply:
        """Send one request and wait for its answer.

        Args:
            request: ``{"op": "query" | "update", "text": ..., ...}``.
            timeout: seconds until the engine is killed (None or 0: no limit).
            cancelled: a function polled while waiting; True kills the engine
                (the HTTP client went away).

        Raises:
            EngineError: timed out (503), out of memory (503), crashed (500),
                cancelled (499). The engine is dead then: start another.
        """
        try:
            _send(self.proc.stdin.fileno(), request)
        except OSError:
            raise self._death("query") from None
        deadline = time.monotonic() + timeout if timeout else None
        header, body = self._receive(deadline, cancelled, "query", timeout)
        reply = Reply(header, body)
        self.summary = reply.summary
        if header.get("memory"):
            self.proc.wait()
            raise EngineError(503, self._memory_message())
        return reply

    def _receive(self, deadline, cancelled, what: str, timeout) -> tuple[dict, bytes]:
        fd = self.proc.stdout.fileno()
        while True:
            wait = 0.1 if deadline is None else max(0.0, min(0.1, deadline - time.monotonic()))
            ready, _, _ = select.select([fd], [], [], wait)
            if ready:
                break
            if not self.alive():
                raise self._death(what)
            if cancelled is not None and cancelled():
                self.kill()
                raise EngineError(499, "the client went away; the query was stopped")
            if deadline is not None and time.monotonic() >= deadline:
                self.kill()
                if what == "start":
                    raise EngineError(503, f"the query engine did not start in {timeout:g} s")
                raise EngineError(
                    503, f"the query ran past the time limit of {timeout:g} s and was stopped"
                )
        msg = _recv(fd)
        if msg is None:
            raise self._death(what)
        return msg

    def _memory_message(self) -> str:
        return (
            f"the query needed more memory than this server allows ({self.memory_mb} MB); "
            "it was stopped"
        )

    def _death(self, what: str) -> EngineError:
        try:
            rc = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            rc = self.proc.returncode
        tail = self.stderr_tail()
        text = "\n".join(tail)
        if "memory allocation of" in text or "MemoryError" in text:
            return EngineError(503, self._memory_message())
        if what == "start":
            line = next((x for x in reversed(tail) if x.strip()), "")
            return EngineError(503, line or f"the query engine could not start (exit {rc})")
        if rc == -signal.SIGKILL:
            return EngineError(
                503, "the query engine was killed (out of memory?); the query was stopped"
            )
        reason = _panic(tail) or (_signal_name(rc) if rc < 0 else f"exit status {rc}")
        return EngineError(500, f"the query engine crashed on this query ({reason})")

    def kill(self) -> None:
        """Kill the engine now."""
        if self.alive():
            self.proc.kill()
        self.proc.wait()
        self._close_pipes()

    def signal_kill(self) -> None:
        """SIGKILL the engine and return: for an engine another thread is waiting
        on, which then finds it dead and cleans up (its pipes are not closed under it)."""
        self.proc.kill()

    def close(self) -> None:
        """Ask the engine to exit; kill it if it does not within 2 s."""
        if self.alive():
            try:
                _send(self.proc.stdin.fileno(), {"op": "quit"})
                self.proc.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except OSError:
                pass


def _panic(tail: list[str]) -> str:
    """The message of a Rust panic in an engine's last stderr lines, shortened."""
    for i, line in enumerate(tail):
        if "panicked at" in line:
            msg = tail[i + 1].strip() if i + 1 < len(tail) else ""
            msg = msg or line.split("panicked at", 1)[1].strip()
            return "Oxigraph panicked: " + (msg if len(msg) <= 160 else msg[:157] + "...")
    return ""


class EnginePool:
    """``size`` engines on one store, restarted when they die.

    ``acquire`` waits for an idle engine; ``release`` gives it back, or replaces
    it when it died or was killed. Engines are started by one long-lived thread,
    so that ``PR_SET_PDEATHSIG`` ties them to the process, not to a request thread.
    """

    def __init__(
        self,
        store: str | Path,
        size: int = 2,
        *,
        memory_mb: int = DEFAULT_MEMORY_MB,
        network: bool = False,
        summary_graph: str = "",
        summary_marker: str = "",
        log=None,
    ) -> None:
        self.store = Path(store)
        self.size = max(1, int(size))
        self._kw = {
            "memory_mb": memory_mb,
            "network": network,
            "summary_graph": summary_graph,
            "summary_marker": summary_marker,
        }
        self._log = log or (lambda msg: None)
        self._cond = threading.Condition()
        self._idle: list[Engine] = []
        self._busy: set[Engine] = set()
        self._starting = 0
        self._fresh: Engine | None = None  # the engine being started
        self._wanted = 0  # engines to start
        self.last_error = ""
        self.summary = False
        self._closed = False
        self._thread = threading.Thread(target=self._spawner, name="kg-engines", daemon=True)

    def start(self, timeout: float = 60.0, stopped=None) -> None:
        """Start the engines; return once one is ready, or as soon as the
        function ``stopped`` says True (the server was asked to stop meanwhile).

        Raises:
            StoreError: the first engine could not start (the message is its error).
        """
        with self._cond:
            self._wanted = self.size
        self._thread.start()
        deadline = time.monotonic() + timeout
        with self._cond:
            while not self._idle:
                if stopped is not None and stopped():
                    return
                if self.last_error:
                    raise StoreError(self.last_error)
                left = deadline - time.monotonic()
                if left <= 0:
                    raise StoreError("the query engines did not start in time")
                self._cond.wait(min(left, 0.1) if stopped is not None else left)

    @property
    def closed(self) -> bool:
        """True once ``close`` has been called."""
        return self._closed

    def _spawner(self) -> None:
        failures = 0
        while True:
            with self._cond:
                while not self._wanted and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                self._wanted -= 1
                self._starting += 1
            engine = None
            try:
                engine = Engine(self.store, **self._kw)
                with self._cond:
                    self._fresh = engine
                    if self._closed:  # close() did not see it: stop it here
                        engine.signal_kill()
                engine.wait_ready(60)
            except (EngineError, OSError) as exc:
                if engine is not None:
                    engine.kill()
                failures += 1
                with self._cond:
                    self._fresh = None
                    if self._closed:
                        return
                    self._starting -= 1
                    self._wanted += 1
                    self.last_error = str(exc)
                    self._cond.notify_all()
                self._log(f"a query engine could not start: {exc}")
                time.sleep(min(10.0, 0.25 * 2**failures))
                continue
            failures = 0
            with self._cond:
                self._fresh = None
                self._starting -= 1
                if self._closed:
                    engine.kill()
                    return
                self.last_error = ""
                self.summary = engine.summary
                self._idle.append(engine)
                self._cond.notify_all()

    def acquire(self, timeout: float) -> Engine:
        """An idle engine, waiting up to ``timeout`` seconds (an engine being
        restarted is waited for, unless restarting has just failed).

        Raises:
            EngineError: 503: every engine stayed busy, or none could be restarted
                (the message says why; the pool keeps trying).
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while not self._idle:
                left = deadline - time.monotonic()
                if self._closed:
                    raise EngineError(503, "the server is stopping")
                if not self._busy and self.last_error:
                    raise EngineError(
                        503,
                        f"the query engines are restarting ({self.last_error}); "
                        "try again in a moment",
                    )
                if left <= 0:
                    raise EngineError(
                        503, f"all {self.size} query engines are busy; try again later"
                    )
                self._cond.wait(left)
            engine = self._idle.pop()
            self._busy.add(engine)
            return engine

    def release(self, engine: Engine) -> None:
        """Give an engine back; a dead one is replaced by a new one."""
        with self._cond:
            self._busy.discard(engine)
            if engine.alive() and not self._closed:
                self.summary = engine.summary
                self._idle.append(engine)
            else:
                if engine.alive():
                    engine.close()
                else:
                    engine.kill()
                if not self._closed:
                    self._wanted += 1
            self._cond.notify_all()

    def pids(self) -> list[int]:
        with self._cond:
            return [e.pid for e in (*self._idle, *self._busy)]

    def close(self, grace: float = 2.0) -> None:
        """Kill every engine. A busy one is left to the thread using it, which
        finds it dead and gives it back; past ``grace`` seconds it is reaped here."""
        with self._cond:
            self._closed = True
            idle, busy, fresh = list(self._idle), list(self._busy), self._fresh
            self._idle.clear()
            self._cond.notify_all()
        for e in idle:
            e.kill()
        for e in busy + ([fresh] if fresh is not None else []):
            e.signal_kill()
        deadline = time.monotonic() + grace
        with self._cond:
            while self._busy and (left := deadline - time.monotonic()) > 0:
                self._cond.wait(left)
            busy = list(self._busy)
        for e in busy + ([fresh] if fresh is not None else []):
            e.proc.wait()  # killed above: this returns at once


def run_query(
    store: str | Path,
    query: str,
    params: dict[str, str] | None = None,
    *,
    timeout_s: float | None = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
    base: str | None = None,
):
    """``KGStore.query`` on the store at ``store``, run in an engine: stopped after
    ``timeout_s`` seconds or past ``memory_mb``, and a crash of the engine is an
    error, not the end of the caller. Returns a ``kg.rdf.sparql.QueryResult``.

    Raises:
        StoreError: no store there.
        kg.store.StoreQueryError: a syntax error, bad parameters, a refused query.
        EngineError: the time limit, the memory ceiling, or a crash.
    """
    from kg.rdf.convert import DEFAULT_BASE
    from kg.store.guard import QueryRefused, check_query
    from kg.store.oxigraph import (
        StoreQueryError,
        prepare_query,
        query_prefixes,
        result_from_ox,
    )
    from kg.store.summary import SUMMARY_NS, summary_graph_iri

    base = base or DEFAULT_BASE
    reader = Reader(store)  # a clear error for a missing or foreign folder, before a process
    reader.close()
    engine = Engine(
        store,
        memory_mb=memory_mb,
        summary_graph=summary_graph_iri(base),
        summary_marker=SUMMARY_NS + "version",
    )
    try:
        try:
            engine.wait_ready(60)
        except EngineError as exc:
            raise StoreError(str(exc)) from None
        text, subs = prepare_query(query, params, summary=engine.summary)
        try:
            check_query(text)
        except QueryRefused as exc:
            raise StoreQueryError(str(exc)) from None
        reply = engine.call(
            {
                "op": "query",
                "text": text,
                "subs": {k.value: term_spec(v) for k, v in subs.items()},
                "prefixes": query_prefixes(base),
                "accept": "application/sparql-results+json, application/n-triples",
            },
            timeout=timeout_s,
        )
    finally:
        engine.close()
    if reply.status == 400:
        raise StoreQueryError(reply.message)
    if reply.status != 200:
        raise EngineError(reply.status, reply.message)
    if reply.kind == "graph":
        return result_from_ox(ox.parse(reply.body, ox.RdfFormat.N_TRIPLES))
    return result_from_ox(ox.parse_query_results(reply.body, ox.QueryResultsFormat.JSON))


if __name__ == "__main__":
    sys.exit(_child())
