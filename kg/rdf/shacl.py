"""SHACL validation of kg graphs against ``ontologies/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.paths import ontology_dir

__all__ = ["ValidationReport", "shapes_graph", "validate"]


@dataclass(frozen=True)
class ValidationReport:
    """Outcome of ``validate``.

    violations: one dict per result: ``focus``, ``path``, ``value``, ``message``,
        ``severity`` (``Violation``, ``Warning`` or ``Info``), ``constraint``.
    """

    conforms: bool
    violations: list[dict] = field(default_factory=list)
    text: str = ""


@cache
def shapes_graph() -> Graph:
    """The parsed ``shapes.ttl`` (read once)."""
    g = Graph()
    g.parse(ontology_dir() / "shapes.ttl", format="turtle")
    return g


def _short(node) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        return str(node)
    return node.n3() if hasattr(node, "n3") else str(node)


def validate(data: Graph) -> ValidationReport:
    """Validate ``data`` against the kg shapes (no inference, so it stays fast)."""
    from pyshacl import validate as _validate  # slow import, only when needed

    conforms, results, text = _validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
    )
    violations = []
    for res in results.subjects(RDF.type, SH.ValidationResult):
        sev = results.value(res, SH.resultSeverity)
        violations.append(
            {
                "focus": _short(results.value(res, SH.focusNode)),
                "path": _short(results.value(res, SH.resultPath)),
                "value": _short(results.value(res, SH.value)),
                "message": str(results.value(res, SH.resultMessage) or ""),
                "severity": str(sev).rsplit("#", 1)[-1] if sev else "Violation",
                "constraint": _short(results.value(res, SH.sourceConstraintComponent)),
            }
        )
    violations.sort(key=lambda v: (v["focus"] or "", v["path"] or "", v["message"]))
    return ValidationReport(conforms=bool(conforms), violations=violations, text=str(text))
