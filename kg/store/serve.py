"""``kg serve``: a SPARQL 1.1 HTTP endpoint on a kg store, run by the Oxigraph server.

The server is the ``oxigraph`` binary of the ``oxigraph`` PyPI package (pinned
with pyoxigraph, same storage format), installed beside the Python interpreter;
nothing is downloaded at run time. It binds 127.0.0.1 only. Read-only unless
``writable``: then ``oxigraph serve-read-only`` runs, which answers
``/query`` and refuses ``/update``. The server opens the store directory
itself, so no Python process may hold it meanwhile. SIGINT and SIGTERM are
forwarded to the server, which is then waited for.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import sysconfig
from pathlib import Path

from kg.store.oxigraph import StoreError

__all__ = ["HOST", "endpoint_url", "oxigraph_binary", "serve", "serve_command"]

HOST = "127.0.0.1"


def oxigraph_binary() -> Path:
    """Path of the ``oxigraph`` server binary.

    Raises:
        StoreError: the ``oxigraph`` package is not installed.
    """
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidate = Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(name)
    if found:
        return Path(found)
    raise StoreError("the oxigraph server binary is missing: install the pinned 'oxigraph' package")


def endpoint_url(port: int) -> str:
    """The SPARQL query endpoint of a server on ``port``."""
    return f"http://{HOST}:{port}/query"


def serve_command(
    store_dir: str | Path, port: int = 7878, writable: bool = False, timeout_s: int | None = None
) -> list[str]:
    """The server's command line."""
    cmd = [
        str(oxigraph_binary()),
        "serve" if writable else "serve-read-only",
        "--location",
        str(store_dir),
        "--bind",
        f"{HOST}:{port}",
    ]
    if timeout_s:
        cmd += ["--timeout-s", str(timeout_s)]
    return cmd


def serve(
    store_dir: str | Path, port: int = 7878, writable: bool = False, timeout_s: int | None = None
) -> int:
    """Run the endpoint until it stops or a SIGINT/SIGTERM arrives; returns its exit code
    (0 when it stopped because it was asked to).

    Raises:
        StoreError: no store at ``store_dir`` (read-only mode), or no server binary.
    """
    store_dir = Path(store_dir)
    if not writable and not store_dir.is_dir():
        raise StoreError(f"{store_dir}: no kg store here (run kg build --store first)")
    if not 0 < port < 65536:
        raise StoreError(f"port {port} is out of range")
    cmd = serve_command(store_dir, port, writable, timeout_s)
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
    asked: list[int] = []

    def forward(signum, _frame):
        asked.append(signum)
        if proc.poll() is None:
            proc.send_signal(signum)

    previous = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            rc = proc.wait()
        except BaseException:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            raise
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if asked and rc in (0, -signal.SIGINT, -signal.SIGTERM, 128 + signal.SIGINT, 130, 143):
        return 0
    return rc
