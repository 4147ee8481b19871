"""Coverage on real news: how much of what the extractor finds it can resolve.

Over a random sample of ``../shared/corpus/saudinewsnet_dev.jsonl.gz`` (fixed seed):

- **persons resolved**: of the person-like actors the pipeline finds (sources and
  targets of every mention, before the coding policy), the share that carries a
  country;
- **trigger sentences with a dyad**: of the sentences where a known trigger was
  found, the share that yields an event with both a source and a target.

The same measure runs on this tree and, side by side, on a baseline commit (a
temporary ``git worktree``), so the report shows before and after.

Run: ``.venv/bin/python -m bench.coverage [--n 300] [--baseline a36ca15]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench._common import ROOT, SHARED, Section, checkout, md_table

__all__ = ["QUICK", "measure_in", "run"]

CORPUS = SHARED / "corpus" / "saudinewsnet_dev.jsonl.gz"
BASELINE = "a36ca15"  # main before the imported dictionaries (issue 11)
QUICK = {"n": 20, "baseline": None}

# Runs inside the tree being measured (its own ``kg``), with only the public API both
# the baseline and today's code have: get_nlp, get_mentions, extract_article.
_MEASURE = r"""
import gzip, json, random, sys
from kg.build import extract_article
from kg.lang import get_mentions, get_nlp
from kg.records import Article

path, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with gzip.open(path, "rt", encoding="utf-8") as fh:
    lines = fh.read().splitlines()
nlp = get_nlp("ar")
persons = resolved = trigger_sents = dyad_sents = 0
for line in random.Random(seed).sample(lines, min(n, len(lines))):
    d = json.loads(line)
    text = d.get("text") or ""
    if not text.strip():
        continue
    article = Article(id=d["id"], text=text, lang="ar", date=d.get("date"))
    mentions = get_mentions(nlp(text))
    for m in mentions:
        for a in (m.source, m.target):
            if a is not None and a.type == "person":
                persons += 1
                resolved += a.country is not None
    sents = {text[m.sent_start:m.sent_end] for m in mentions}
    events, _ = extract_article(article)
    dyads = {e.sentence for e in events if e.source is not None and e.target is not None}
    trigger_sents += len(sents)
    dyad_sents += len(sents & dyads)
print(json.dumps({"persons": persons, "resolved": resolved,
                  "trigger_sentences": trigger_sents, "with_dyad": dyad_sents}))
"""


def measure_in(tree: Path, n: int, seed: int = 0) -> dict[str, int]:
    """The coverage counts of the code in ``tree`` (a checkout of this repository)."""
    res = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(CORPUS), str(n), str(seed)],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=3600,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
    )
    if res.returncode != 0:
        raise RuntimeError(f"coverage in {tree} failed:\n{res.stderr[-2000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def _baseline(commit: str, n: int, seed: int) -> dict[str, int]:
    with tempfile.TemporaryDirectory(prefix="kg-baseline-") as tmp:
        with checkout(commit, Path(tmp) / "tree") as tree:
            return measure_in(tree, n, seed)


def _row(name: str, c: dict[str, int]) -> list[str]:
    def share(a: int, b: int) -> str:
        return f"{a / b:.1%} ({a}/{b})" if b else "n/a"

    return [
        name,
        share(c["resolved"], c["persons"]),
        share(c["with_dyad"], c["trigger_sentences"]),
    ]


def run(n: int = 300, seed: int = 0, baseline: str | None = BASELINE) -> Section:
    """The coverage section of the report (today, and ``baseline`` beside it)."""
    if not CORPUS.exists():
        return Section("coverage", f"Not run: {CORPUS} is missing (it lives in ../shared).")
    now = measure_in(ROOT, n, seed)
    rows = [_row("this tree", now)]
    data = {"now": now}
    if baseline:
        before = _baseline(baseline, n, seed)
        rows.insert(0, _row(f"baseline {baseline}", before))
        data["baseline"] = before
    text = f"{n} random articles of `saudinewsnet_dev.jsonl.gz` (seed {seed}).\n\n" + md_table(
        ["code", "persons with a country", "trigger sentences with a dyad"], rows
    )
    return Section("Coverage on real news", text, data)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--baseline", default=BASELINE, help="commit to compare with ('' for none)")
    a = ap.parse_args(argv)
    print(run(a.n, a.seed, a.baseline or None).markdown)


if __name__ == "__main__":
    main()
