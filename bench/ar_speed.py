"""Arabic speed (issue 3, item 11): the kg pipeline against spaCy's blank Arabic tokenizer.

One process. The ceiling is ``spacy.blank("ar")`` (tokenizer only); the
contender is ``kg.lang.get_nlp("ar")`` (the same tokenizer plus the project's
components). Both run interleaved on the same texts; the figure that matters
is the ratio of their best token rates (target: the pipeline keeps >= 30% of
the tokenizer's speed). A short cProfile run names the hot functions.

Run: ``.venv/bin/python -m bench.ar_speed``
"""

from __future__ import annotations

import cProfile
import json
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench._common import (
    ROOT,
    SHARED,
    Section,
    example_texts,
    interleaved,
    md_table,
    read_jsonl_texts,
    repeated_corpora,
)

__all__ = [
    "QUICK",
    "TARGET_RATIO",
    "corpora",
    "first_pass",
    "hot_functions",
    "measure",
    "run",
    "stages",
]

# Arguments of ``run`` for ``run_all --quick``: tiny inputs, a smoke run.
QUICK = {"min_tokens": 2_000, "repeats": 1, "profile_tokens": 1_000}

TARGET_RATIO = 0.30
UP_GSR = SHARED / "bench" / "ar" / "up_gsr_dev.jsonl"


def _nlps():
    import spacy

    from kg.lang import get_nlp

    return spacy.blank("ar"), get_nlp("ar")


def measure(texts: Sequence[str], repeats: int = 5) -> dict[str, Any]:
    """Tokens per second of the tokenizer alone and of the kg pipeline on ``texts``.

    Returns tokens, docs, best seconds and tokens/s of each, and
    ``ratio`` = pipeline tokens/s / tokenizer tokens/s (best against best;
    ``ratio_median`` compares medians).
    """
    tokenizer, pipeline = _nlps()
    texts = list(texts)
    tokens = sum(len(d) for d in tokenizer.pipe(texts))
    # Warm-up: lexicons load and caches fill before anything is timed.
    for nlp in (tokenizer, pipeline):
        for _ in nlp.pipe(texts[:4]):
            pass
    t = interleaved(
        {
            "tokenizer": lambda: [None for _ in tokenizer.pipe(texts)],
            "pipeline": lambda: [None for _ in pipeline.pipe(texts)],
        },
        repeats,
    )
    tok, pipe = t["tokenizer"], t["pipeline"]
    return {
        "docs": len(texts),
        "tokens": tokens,
        "repeats": repeats,
        "tokenizer_s": tok.best,
        "pipeline_s": pipe.best,
        "tokenizer_tps": tokens / tok.best,
        "pipeline_tps": tokens / pipe.best,
        "ratio": tok.best / pipe.best,
        "ratio_median": tok.median / pipe.median,
    }


def stages(texts: Sequence[str], repeats: int = 3) -> dict[str, float]:
    """Microseconds per token spent in the tokenizer and in each pipeline component
    (caches warm, best of ``repeats``), to show where the time goes."""
    _, pipeline = _nlps()
    texts = list(texts)
    for _ in pipeline.pipe(texts):
        pass  # warm caches
    best: dict[str, float] = {}
    for _ in range(repeats):
        spent = dict.fromkeys(["tokenizer", *pipeline.pipe_names], 0.0)
        tokens = 0
        for text in texts:
            t0 = time.perf_counter()
            doc = pipeline.make_doc(text)
            spent["tokenizer"] += time.perf_counter() - t0
            tokens += len(doc)
            for name, proc in pipeline.pipeline:
                t0 = time.perf_counter()
                doc = proc(doc)
                spent[name] += time.perf_counter() - t0
        for k, v in spent.items():
            best[k] = min(best.get(k, float("inf")), 1e6 * v / max(tokens, 1))
    return best


def first_pass(texts: Sequence[str]) -> dict[str, float]:
    """Tokens per second of one pass over ``texts`` by each engine in a fresh process:
    what a user gets on text never seen before (caches cold, lexicons loaded)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(list(texts), fh, ensure_ascii=False)
        path = fh.name
    try:
        out = {}
        for engine in ("tokenizer", "pipeline"):
            res = subprocess.run(
                [sys.executable, "-m", "bench.ar_speed", "--first-pass", engine, path],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            out[engine] = float(res.stdout.strip().splitlines()[-1])
        out["ratio"] = out["pipeline"] / out["tokenizer"]
        return out
    finally:
        Path(path).unlink(missing_ok=True)


def _first_pass_child(engine: str, path: str) -> float:
    texts = json.loads(Path(path).read_text(encoding="utf-8"))
    tokenizer, pipeline = _nlps()
    nlp = tokenizer if engine == "tokenizer" else pipeline
    if engine == "pipeline":
        nlp("تجربة")  # lexicons load before the clock starts; the words stay unseen
    t0 = time.perf_counter()
    n = sum(len(d) for d in nlp.pipe(texts))
    return n / (time.perf_counter() - t0)


def _where(filename: str) -> str:
    """A short file name: relative to the checkout or to site-packages."""
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(ROOT))
    except (ValueError, OSError):
        pass
    parts = path.parts
    if "site-packages" in parts:
        return "/".join(parts[parts.index("site-packages") + 1 :])
    return filename


def _project_caller(stats: dict, key: tuple) -> tuple | None:
    """The first project (``kg/``) function up the heaviest chain of callers of ``key``."""
    seen = {key}
    for _ in range(8):
        callers = stats.get(key, (0, 0, 0, 0, {}))[4]
        # callers: caller key -> (cc, nc, tt, ct) spent in ``key`` from that caller
        best = max(callers.items(), key=lambda kv: kv[1][3], default=None)
        if best is None or best[0] in seen:
            return None
        key = best[0]
        seen.add(key)
        if _where(key[0]).startswith("kg/"):
            return key
    return None


def hot_functions(texts: Sequence[str], top: int = 5) -> dict[str, list[dict[str, Any]]]:
    """Profile the pipeline once over ``texts``.

    Returns ``{"self": [...], "kg": [...]}``: the ``top`` functions by own time,
    and the ``top`` functions of the project (``kg/``) by cumulative time; each
    row has function, calls, own and cumulative seconds, and share of the total.
    """
    _, pipeline = _nlps()
    texts = list(texts)
    for _ in pipeline.pipe(texts[:4]):
        pass
    prof = cProfile.Profile()
    prof.enable()
    for _ in pipeline.pipe(texts):
        pass
    prof.disable()
    stats = pstats.Stats(prof).stats  # (file, line, name) -> (cc, nc, tt, ct, callers)
    total = sum(v[2] for v in stats.values()) or 1e-9
    rows = []

    def label_of(filename: str, line: int, name: str) -> str:
        return f"{_where(filename)}:{line} {name}" if line else f"{name} (built-in)"

    for (filename, line, name), (_cc, nc, tt, ct, _callers) in stats.items():
        where = _where(filename)
        label = label_of(filename, line, name)
        top_caller = _project_caller(stats, (filename, line, name))
        rows.append(
            {
                "function": label,
                "calls": nc,
                "own_s": tt,
                "cum_s": ct,
                "own_share": tt / total,
                "cum_share": ct / total,
                "is_kg": where.startswith("kg/"),
                "top_caller": label_of(*top_caller) if top_caller else "",
            }
        )
    by_self = sorted(rows, key=lambda r: r["own_s"], reverse=True)[:top]
    by_cum_kg = sorted(
        (r for r in rows if r["is_kg"] and "<" not in r["function"]),
        key=lambda r: r["cum_s"],
        reverse=True,
    )[:top]
    return {"self": by_self, "kg": by_cum_kg, "total_s": total}


def corpora(min_tokens: int) -> dict[str, tuple[list[str], str] | str]:
    """Name -> (texts repeated to ``min_tokens``, description), or a skip message."""
    import spacy

    tok = spacy.blank("ar")
    sources = {
        "examples (ar)": (example_texts("ar"), "the Arabic articles of examples/articles.jsonl"),
        "up_gsr_dev": (read_jsonl_texts(UP_GSR), "texts of ../shared/bench/ar/up_gsr_dev.jsonl"),
    }
    return repeated_corpora(sources, lambda texts: [len(d) for d in tok.pipe(texts)], min_tokens)


def _fmt_share(x: float) -> str:
    return f"{100 * x:.1f}%"


def run(min_tokens: int = 100_000, repeats: int = 5, profile_tokens: int = 30_000) -> Section:
    """The whole benchmark, as a report section."""
    rows, data, notes = [], {}, []
    for name, entry in corpora(min_tokens).items():
        if isinstance(entry, str):
            notes.append(f"- `{name}`: {entry}")
            continue
        texts, what = entry
        m = measure(texts, repeats)
        data[name] = m
        ok = "yes" if m["ratio"] >= TARGET_RATIO else "**no**"
        rows.append(
            [
                f"`{name}`",
                m["docs"],
                m["tokens"],
                float(m["tokenizer_tps"]),
                float(m["pipeline_tps"]),
                f"{100 * m['ratio']:.1f}%",
                f"{100 * m['ratio_median']:.1f}%",
                ok,
            ]
        )
        notes.append(f"- `{name}`: {what}")
    parts = [
        "One process; spaCy's blank Arabic tokenizer alone (the ceiling) against "
        '`kg.lang.get_nlp("ar")`, interleaved, best of '
        f"{repeats} runs each. Target: the pipeline keeps >= {TARGET_RATIO:.0%} "
        "of the tokenizer's speed.",
        "",
        md_table(
            [
                "corpus",
                "docs",
                "tokens",
                "tokenizer tok/s",
                "pipeline tok/s",
                "ratio (best)",
                "ratio (median)",
                ">= 30%",
            ],
            rows,
        ),
        "",
        *notes,
    ]
    distinct = example_texts("ar") + (read_jsonl_texts(UP_GSR) or [])
    if distinct:
        fp = first_pass(distinct)
        data["first_pass"] = fp
        st = stages(distinct, repeats=min(repeats, 3))
        data["stages_us_per_token"] = st
        parts += [
            "",
            f"First pass: each engine in a fresh process reads the {len(distinct)} distinct "
            "texts once (every word new to its caches; the pipeline's lexicons loaded "
            f"beforehand): tokenizer {fp['tokenizer']:,.0f} tok/s, pipeline "
            f"{fp['pipeline']:,.0f} tok/s, ratio {100 * fp['ratio']:.1f}%.",
            "",
            "Where the time goes (caches warm, best of runs), microseconds per token: "
            + ", ".join(f"{k} {v:.2f}" for k, v in st.items())
            + ".",
        ]
    # Profile on the example articles (or whatever corpus ran), a smaller sample.
    sample = next((v[0] for v in corpora(profile_tokens).values() if not isinstance(v, str)), None)
    if sample is not None:
        hot = hot_functions(sample)
        data["profile"] = hot
        parts += [
            "",
            f"cProfile of the pipeline on ~{profile_tokens:,} tokens of the first corpus "
            f"(profiled total {hot['total_s']:.2f} s; profiling slows Python code, so "
            "shares matter, not seconds).",
            "",
            "Top 5 functions by own time:",
            "",
            md_table(
                ["function", "calls", "own s", "own share", "cum share", "first kg/ caller"],
                [
                    [
                        f"`{r['function']}`",
                        r["calls"],
                        r["own_s"],
                        _fmt_share(r["own_share"]),
                        _fmt_share(r["cum_share"]),
                        f"`{r['top_caller']}`" if r["top_caller"] else "",
                    ]
                    for r in hot["self"]
                ],
            ),
            "",
            "Top 5 project functions (`kg/`) by cumulative time:",
            "",
            md_table(
                ["function", "calls", "cum s", "cum share", "own share"],
                [
                    [
                        f"`{r['function']}`",
                        r["calls"],
                        r["cum_s"],
                        _fmt_share(r["cum_share"]),
                        _fmt_share(r["own_share"]),
                    ]
                    for r in hot["kg"]
                ],
            ),
        ]
    return Section("Arabic pipeline speed (issue 3)", "\n".join(parts), data)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--first-pass":
        print(_first_pass_child(sys.argv[2], sys.argv[3]))
    else:
        print(run().markdown)
