"""Run every benchmark and write ``bench/REPORT.md`` (``make bench``).

Run: ``.venv/bin/python -m bench.run_all [--out bench/REPORT.md] [--quick] [--only NAME...]``

Every module of ``bench/`` (but ``_*`` and this one) that has ``run() -> Section``
is a benchmark; adding one needs no change here. ``--quick`` calls
``run(**QUICK)`` of the modules that define ``QUICK`` (small inputs, one
repetition: a smoke run, not a figure).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

import bench
from bench._common import ROOT, Section, machine_info, md_table

__all__ = ["discover", "main", "render", "run_all"]

REPORT = ROOT / "bench" / "REPORT.md"
# These run first, in this order; any other module of bench/ with a ``run() -> Section`` follows.
FIRST = ("ar_speed", "en_speed", "textacy_compare")


def discover() -> list[str]:
    """Names of the benchmark modules: every ``bench/*.py`` but ``_*`` and this one."""
    folder = Path(bench.__path__[0])
    names = {
        m.name
        for m in pkgutil.iter_modules(bench.__path__)
        if not m.name.startswith("_")
        and m.name != "run_all"
        # a helper module without ``run`` is no benchmark
        and "\ndef run(" in (folder / f"{m.name}.py").read_text(encoding="utf-8")
    }
    return [n for n in FIRST if n in names] + sorted(names - set(FIRST))


def _benchmarks(quick: bool, only: Sequence[str] | None) -> list[tuple[str, Callable[[], Section]]]:
    """(name, call) per benchmark. ``--quick`` passes a module's ``QUICK`` arguments to
    ``run``; a module without ``QUICK`` is left out of a quick run."""
    out = []
    for name in discover():
        if only and name not in only:
            continue

        def call(name: str = name) -> Section:
            module = importlib.import_module(f"bench.{name}")
            if quick:
                if not hasattr(module, "QUICK"):
                    return Section(name, "Not run: no `QUICK` arguments for `--quick`.")
                return module.run(**module.QUICK)
            return module.run()

        out.append((name, call))
    return out


def run_all(
    quick: bool = False, only: Sequence[str] | None = None
) -> tuple[list[Section], dict[str, float]]:
    """Every benchmark's section (a failure becomes a section that says so) and its seconds."""
    sections, seconds = [], {}
    for name, job in _benchmarks(quick, only):
        print(f"[bench] {name} ...", flush=True)
        t0 = time.perf_counter()
        try:
            section = job()
        except Exception:  # one broken benchmark must not hide the others' figures
            section = Section(name, f"**Failed:**\n\n```\n{traceback.format_exc()}```")
        seconds[name] = time.perf_counter() - t0
        print(f"[bench] {name} done in {seconds[name]:.0f} s", flush=True)
        sections.append(section)
    return sections, seconds


def _load() -> str:
    import os

    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def _busy(machine: dict[str, str]) -> bool:
    """Whether other work competed for the cores (1-minute load above the core count)."""
    try:
        cores = int(machine.get("nproc", "0")) or 1
        loads = [
            float(v.split("/")[0])
            for k, v in machine.items()
            if k.startswith("load average") and v.strip()
        ]
    except ValueError:
        return False
    return any(x > cores for x in loads)


def render(sections: list[Section], seconds: dict[str, float], machine: dict[str, str]) -> str:
    """The markdown report."""
    parts = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`bench/run_all.py`); see `bench/README.md` for the method. "
        "The machine is shared and noisy, so figures are ratios of contenders run "
        "side by side in the same process, best of several repetitions.",
        "",
        "## Machine",
        "",
        md_table(["", ""], machine.items()),
        *(
            [
                "",
                "**The machine was busy during this run** (1-minute load above the number of "
                "cores): the ratios are rough, the 2-process rows above all. Rerun "
                "`make bench` on a quiet machine for figures to quote.",
            ]
            if _busy(machine)
            else []
        ),
        "",
        "Run time per benchmark: "
        + ", ".join(f"`{n}` {s:.0f} s" for n, s in seconds.items())
        + ".",
    ]
    for s in sections:
        parts += ["", f"## {s.title}", "", s.markdown]
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPORT)
    ap.add_argument("--quick", action="store_true", help="tiny inputs, one repetition")
    ap.add_argument("--only", nargs="+", metavar="NAME", help=f"some of: {' '.join(discover())}")
    args = ap.parse_args(argv)
    machine = machine_info()
    sections, seconds = run_all(args.quick, args.only)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    from kg.outputs import atomic_write_text

    machine["load average at the end"] = _load()
    atomic_write_text(args.out, render(sections, seconds, machine))
    print(f"[bench] wrote {args.out}")
    return 1 if any(s.markdown.startswith("**Failed:**") for s in sections) else 0


if __name__ == "__main__":
    raise SystemExit(main())
