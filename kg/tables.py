"""Reading the project's data tables: tab-separated, a header line, ``#`` comments.

Every lexicon and knowledge table under ``kg/data`` and ``kg/lang/<code>/data``
has this layout; ``|`` separates alternatives inside a cell (``alternatives``).
Cells are not quoted; a generated table escapes a tab or backslash with ``\\``.
"""

from __future__ import annotations

import csv
from pathlib import Path

__all__ = ["alternatives", "read_tsv"]


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of ``path`` as dicts of stripped cells; none for a missing file."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if ln.strip() and not ln.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def alternatives(cell: str | None) -> list[str]:
    """``"a|b | c"`` -> ``["a", "b", "c"]``."""
    return [x.strip() for x in (cell or "").split("|") if x.strip()]
