"""Language packs: one folder per language, each with its data and spaCy components.

A pack is a module ``kg.lang.<code>`` exposing ``make_nlp() -> spacy.Language``.
The last component of that pipeline sets ``doc._.kg_mentions`` to a list of
``kg.records.Mention``. Adding a language means adding a folder here and its
code to ``SUPPORTED``.
"""

from __future__ import annotations

import importlib
from functools import cache

import srsly
from spacy.tokens import Doc

__all__ = [
    "SUPPORTED",
    "UnsupportedLanguage",
    "ensure_extensions",
    "get_mentions",
    "get_nlp",
    "make_doc",
    "set_mentions",
]

SUPPORTED = ("ar", "en")


class UnsupportedLanguage(ValueError):
    def __init__(self, code: str):
        super().__init__(f"unsupported language {code!r}; supported: {', '.join(SUPPORTED)}")
        self.code = code


_MSGPACK_KEY = "__kg_mention__"
_codec_registered = False


def _encode_mention(obj, chain=None):
    """srsly msgpack encoder: a ``Mention`` travels as a tagged dict."""
    from kg.records import Mention

    if isinstance(obj, Mention):
        return {_MSGPACK_KEY: obj.to_dict()}
    return obj if chain is None else chain(obj)


def _decode_mention(obj, chain=None):
    from kg.records import Mention

    if _MSGPACK_KEY in obj:
        return Mention.from_dict(obj[_MSGPACK_KEY])
    return obj if chain is None else chain(obj)


def ensure_extensions() -> None:
    """Register the Doc extensions every pack writes to, and the msgpack codec of
    ``Mention``: ``Doc.to_bytes`` (what ``nlp.pipe(n_process>1)`` sends between
    processes) then carries the records, and in one process nothing is converted."""
    global _codec_registered
    if not Doc.has_extension("kg_mentions"):
        Doc.set_extension("kg_mentions", default=None)
    if not Doc.has_extension("kg_date"):
        Doc.set_extension("kg_date", default=None)  # the article's date (ISO), if known
    if not _codec_registered:  # a flag: catalogue's get_all() scans entry points (slow)
        srsly.msgpack_encoders.register("kg_mention", func=_encode_mention)
        srsly.msgpack_decoders.register("kg_mention", func=_decode_mention)
        _codec_registered = True


def make_doc(nlp, text: str, date: str | None = None) -> Doc:
    """A tokenised ``Doc`` of ``text`` that carries the article's date, for ``nlp.pipe``:
    actor roles and relative dates are read against it."""
    ensure_extensions()
    doc = nlp.make_doc(text)
    doc._.kg_date = date
    return doc


def set_mentions(doc: Doc, mentions) -> None:
    """Store the ``Mention`` records on ``doc._.kg_mentions``."""
    ensure_extensions()
    doc._.kg_mentions = list(mentions)


def get_mentions(doc: Doc) -> list:
    """The ``Mention`` records a pack left on ``doc``."""
    from kg.records import Mention

    return [m if isinstance(m, Mention) else Mention.from_dict(m) for m in doc._.kg_mentions or []]


@cache
def get_nlp(code: str):
    """The spaCy pipeline for ``code``, built once per process."""
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code)
    ensure_extensions()
    return importlib.import_module(f"kg.lang.{code}").make_nlp()
