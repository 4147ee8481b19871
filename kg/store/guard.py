"""Checks on SPARQL text before an engine runs it, and the parameters of saved queries
sent as a trailing ``VALUES`` clause.

- ``nesting``: how deep groups (``{}``) and brackets (``()``, ``[]``) nest.
  Oxigraph's parser recurses once per level and overflows its stack on a few
  thousand (the process dies with SIGSEGV), so ``check_query`` refuses more than
  ``MAX_NESTING`` levels.
- ``remote_operations``: ``SERVICE`` (a query fetching from another endpoint)
  and ``LOAD`` (an update fetching a document), which ``kg serve`` refuses
  unless started with ``--allow-remote``.
- ``split_values``: a query's trailing ``VALUES (?a ?b) { ("RUS" "EGY") }``, as
  rdflib's ``SPARQLStore`` sends ``initBindings``, read back as parameters.

Every check reads the text outside IRIs, strings and comments, as the SPARQL
grammar tokenises them. Standard library only (the engine processes import it).
"""

from __future__ import annotations

import re

__all__ = [
    "MAX_NESTING",
    "QueryRefused",
    "check_query",
    "nesting",
    "remote_operations",
    "split_values",
]

MAX_NESTING = 128

# Tokens whose insides are not syntax: IRIs, the four string forms, comments.
_IRI = r"""<[^<>"{}|^`\\\s]*>"""
_STRINGS = (
    r'''"""(?:[^"\\]|\\.|"(?!""))*"""''',
    r"""'''(?:[^'\\]|\\.|'(?!''))*'''""",
    r'''"(?:[^"\\\n\r]|\\.)*"''',
    r"""'(?:[^'\\\n\r]|\\.)*'""",
)
_OPAQUE = re.compile(_IRI + "|" + "|".join(_STRINGS) + r"|#[^\n\r]*")
_VAR_OR_NAME = re.compile(r"[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+|[\w.-]*:[\w.:%\\-]*")
_REMOTE = re.compile(r"(?<![\w:?$.-])(SERVICE|LOAD)(?![\w:.-])", re.IGNORECASE)


class QueryRefused(ValueError):
    """A query or update that is not run (too deep, or remote operations are off)."""


def _mask(text: str) -> str:
    """``text`` with IRIs, strings and comments blanked (same length)."""
    return _OPAQUE.sub(lambda m: " " * len(m.group()), text)


def nesting(text: str) -> int:
    """The deepest nesting of ``{``, ``(`` and ``[`` outside IRIs, strings, comments."""
    depth = deepest = 0
    for ch in _mask(text):
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]":
            depth = max(depth - 1, 0)
    return deepest


def remote_operations(text: str) -> list[str]:
    """The ``SERVICE`` and ``LOAD`` keywords of ``text`` (upper-cased, in order)."""
    masked = _VAR_OR_NAME.sub(lambda m: " " * len(m.group()), _mask(text))
    return [m.group(1).upper() for m in _REMOTE.finditer(masked)]


def check_query(text: str, *, allow_remote: bool = True, max_nesting: int = MAX_NESTING) -> None:
    """Refuse what an engine must not run.

    Raises:
        QueryRefused: nesting deeper than ``max_nesting``, or SERVICE/LOAD when
            ``allow_remote`` is false.
    """
    depth = nesting(text)
    if depth > max_nesting:
        raise QueryRefused(
            f"the query nests groups or brackets {depth} levels deep; the limit is {max_nesting}"
        )
    if not allow_remote:
        ops = remote_operations(text)
        if ops:
            raise QueryRefused(
                f"{ops[0]} is off: this server does not fetch from other servers"
                " (start kg serve with --allow-remote to allow SERVICE and LOAD)"
            )


_VALUES_HEAD = re.compile(r"VALUES\s*(?:\(((?:\s*[?$]\w+)*)\s*\)|([?$]\w+))\s*\{", re.IGNORECASE)
_TERM = re.compile(
    r"\s*(?:<(?P<iri>[^<>\"{}|^`\\\s]*)>"
    r"|(?P<str>" + "|".join(_STRINGS) + r")(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*"
    r"|\^\^" + _IRI + r"|\^\^[\w.-]*:[\w.-]*)?"
    r"|(?P<num>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))"
    r"|(?P<bool>true|false)|(?P<undef>UNDEF)|(?P<open>\()|(?P<close>\)))",
    re.IGNORECASE,
)
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unquote(token: str) -> str:
    q = 3 if token[:3] in ('"""', "'''") else 1
    body = token[q:-q]
    return re.sub(
        r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)",
        lambda m: (
            chr(int(m.group(1)[1:], 16))
            if len(m.group(1)) > 1
            else _ESCAPES.get(m.group(1), m.group(0))
        ),
        body,
    )


def split_values(text: str) -> tuple[str, list[str], list[list[str | None]]] | None:
    """A query ending with a ``VALUES`` clause, split: the text before it, its
    variables, and its rows (``"<iri>"``, a literal's lexical form, None for
    UNDEF). None when the text has no trailing VALUES clause, or one with terms
    this reader does not take (prefixed names).
    """
    masked = _mask(text)
    heads = list(_VALUES_HEAD.finditer(masked))
    if not heads:
        return None
    head = heads[-1]
    if _depth_at(masked, head.start()):
        return None  # a VALUES block inside the query pattern, not after it
    names = (head.group(1) or head.group(2) or "").replace("$", "?").split()
    names = [n[1:] for n in names]
    single = head.group(2) is not None
    rows: list[list[str | None]] = []
    pos = head.end()
    row: list[str | None] | None = None
    while True:
        close = re.compile(r"\s*\}\s*").match(text, pos)
        if close and row is None:
            if close.end() != len(text):
                return None
            break
        m = _TERM.match(text, pos)
        if m is None:
            return None
        pos = m.end()
        if m.group("open"):
            if single or row is not None:
                return None
            row = []
            continue
        if m.group("close"):
            if row is None or len(row) != len(names):
                return None
            rows.append(row)
            row = None
            continue
        value = _value(m)
        if single:
            rows.append([value])
        elif row is None:
            return None
        else:
            row.append(value)
    return text[: head.start()], names, rows


def _value(m: re.Match) -> str | None:
    if m.group("iri") is not None:
        return f"<{m.group('iri')}>"
    if m.group("str") is not None:
        return _unquote(m.group("str"))
    if m.group("undef"):
        return None
    return m.group(0).strip()


def _depth_at(masked: str, pos: int) -> int:
    depth = 0
    for ch in masked[:pos]:
        if ch in "{([":
            depth += 1
        elif ch in "})]":
            depth = max(depth - 1, 0)
    return depth
