"""Licences of everything the project installs: the default install and the
notebooks and dask extras (what ``make test`` installs, from installed metadata).

Permissive licences only (MIT, BSD, Apache, ISC and the like); no GPL. The few
file-level copyleft (MPL-2.0) or other notices that come with widely used
packages are listed below with the package that brings them in, so that a new
one cannot slip in unnoticed. The ``bench`` extra (textacy's pyphen, GPL/LGPL/MPL)
and the ``dev`` tools are outside this check.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, distribution

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PERMISSIVE = re.compile(
    r"\b(MIT|BSD|0BSD|Apache|ISC|Zlib|CC0|PSF|Python Software Foundation|Unlicense)", re.I
)
COPYLEFT = re.compile(r"\b(A?GPL|LGPL|GNU)\b", re.I)

# package -> (what its licence says, why it is here)
NOTED = {
    "certifi": ("MPL", "Mozilla's CA bundle, through requests (spaCy): default install"),
    "tqdm": ("MPL-2.0 AND MIT", "progress bars of spaCy and thinc: default install"),
    "owlrl": ("W3C", "OWL-RL reasoning of pyshacl: default install"),
    "fqdn": ("MPL-2.0", "jsonschema's format-nongpl extra, through jupyter-events: notebooks"),
}


def closure(extras: tuple[str, ...]) -> dict[str, object]:
    """Installed distributions that ``kg[extras]`` needs, directly or not."""
    seen: dict[str, object] = {}
    walked: set[tuple[str, tuple[str, ...]]] = set()
    todo = [("kg", extras)]
    while todo:
        name, ex = todo.pop()
        if (name, ex) in walked:
            continue
        walked.add((name, ex))
        for text in distribution(name).requires or []:
            req = Requirement(text)
            if req.marker and not any(req.marker.evaluate({"extra": e}) for e in ex or ("",)):
                continue
            try:
                dist = distribution(req.name)
            except PackageNotFoundError:  # a requirement for another platform
                continue
            key = canonicalize_name(req.name)
            seen[key] = dist
            todo.append((key, tuple(sorted(req.extras))))
    return seen


def licence(dist) -> str:
    meta = dist.metadata
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") > 1
    ]
    text = (meta.get("License") or "").strip().splitlines()
    return meta.get("License-Expression") or "; ".join(classifiers) or (text[0] if text else "")


@pytest.mark.parametrize(
    "extras", [(), ("notebooks",), ("dask",)], ids=["default", "notebooks", "dask"]
)
def test_dependencies_are_permissive(extras):
    deps = closure(extras)
    assert len(deps) > 50
    problems = {}
    for name, dist in sorted(deps.items()):
        lic = licence(dist)
        if name in NOTED:
            assert NOTED[name][0] in lic, f"{name}: licence changed to {lic!r}"
        elif not lic or not PERMISSIVE.search(lic) or COPYLEFT.search(lic):
            problems[name] = lic
    assert problems == {}


def test_the_notebooks_extra_brings_jupyterlab_and_nbconvert():
    deps = closure(("notebooks",))
    assert {"jupyterlab", "nbconvert", "ipykernel", "fqdn"} <= set(deps)
    assert "jupyterlab" not in closure(())  # not in the default install
