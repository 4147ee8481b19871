"""Module-level names are bound once: a second binding of a word set silently replaces
the first for every function that reads it (two such cases came from merged branches)."""

import ast
from collections import defaultdict
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
MODULES = sorted(KG.rglob("*.py"))


def _bound_twice(path: Path) -> dict[str, list[int]]:
    lines = defaultdict(list)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    lines[t.id].append(node.lineno)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            lines[node.name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(KG)) for p in MODULES])
def test_a_module_binds_each_name_once(path):
    assert _bound_twice(path) == {}
