"""Where the package's data folders are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

import kg

__all__ = ["ontology_dir"]


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl``, ``actions.ttl`` and ``shapes.ttl``.

    A wheel carries it inside the package (``kg/ontologies``); a source
    checkout has it at the top level of the repository.
    """
    inside = Path(kg.__file__).parent / "ontologies"
    if inside.is_dir():
        return inside
    return Path(kg.__file__).parent.parent / "ontologies"
