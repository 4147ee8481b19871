"""Language packs: one folder per language, each with its data and spaCy components.

A pack is a package ``kg.lang.<code>`` whose ``__init__`` calls ``register`` with
one ``LanguagePack``: its spaCy pipeline, its date finder, its script test for
ingest and its text folding for search. The last component of the pipeline sets
``doc._.kg_mentions`` to a list of ``kg.records.Mention``. The packs are found by
scanning the folders of this package, so adding a language is adding a folder.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "SUPPORTED",
    "Folding",
    "LanguagePack",
    "UnsupportedLanguage",
    "ensure_extensions",
    "get_mentions",
    "get_nlp",
    "get_pack",
    "make_doc",
    "packs",
    "register",
    "set_mentions",
    "supported",
]


@dataclass(frozen=True)
class Folding:
    """How a pack folds text for search, as data, so that the page's script
    (``kg/templates/graph.js``) folds queries with the same rules: optionally
    decompose (NFKD), drop the characters of ``drop`` (a regular-expression
    class body; empty: none), recompose (NFKC), replace letters (``letters``:
    pairs), lower the case."""

    drop: str
    letters: tuple[tuple[str, str], ...] = ()
    decompose: bool = False
    lower: bool = False

    def __call__(self, text: str) -> str:
        if self.decompose:
            text = unicodedata.normalize("NFKD", text)
        if self.drop:
            text = _dropper(self.drop).sub("", text)
        text = unicodedata.normalize("NFKC", text)
        if self.letters:
            text = text.translate(_table(self.letters))
        return text.lower() if self.lower else text

    def to_json(self) -> dict[str, Any]:
        """The rules for the page (``graph.js`` applies every pack's, in order)."""
        return {
            "drop": self.drop,
            "letters": dict(self.letters),
            "decompose": self.decompose,
            "lower": self.lower,
        }


@cache
def _dropper(drop: str) -> re.Pattern:
    return re.compile(f"[{drop}]")


@cache
def _table(letters: tuple[tuple[str, str], ...]) -> dict[int, str]:
    return {ord(a): b for a, b in letters}


@dataclass(frozen=True)
class LanguagePack:
    """What a language gives the rest of kg; each pack registers one.

    code: ISO 639-1 code, also the pack's folder name (``kg/lang/<code>/``).
    make_nlp: builds the spaCy pipeline that leaves ``doc._.kg_mentions``.
    dates: module with ``tokenize(text)`` (a ``kg.dating.Tokenized``: its ``text``
        is passed back) and ``find_dates(text, ref, forward, tokens=None)``, or
        ``None`` when events keep the article date.
    script: ISO 15924 code of the writing system (``"Arab"``, ``"Latn"``).
    in_script: whether one letter belongs to that script.
    detect: ``detect(text, letters)``: whether ``text``, written mostly in the
        script (``letters`` of its letters are), is in this language.
    fold: folds text for search (case, accents, spelling variants), a
        ``Folding``; every pack's fold is applied to every query and name, in
        Python (``kg.analytics.fold``) and in the page, so it changes its own
        script only.
    """

    code: str
    make_nlp: Callable[[], Any]
    dates: ModuleType | None
    script: str
    in_script: Callable[[str], bool]
    detect: Callable[[str, int], bool]
    fold: Folding


_registry: dict[str, LanguagePack] = {}


def register(pack: LanguagePack) -> LanguagePack:
    """Make ``pack`` known to ingest, dating and the pipeline (called by the pack)."""
    _registry[pack.code] = pack
    return pack


@cache
def packs() -> dict[str, LanguagePack]:
    """Every language pack, by code, in folder-name order: each sub-package of
    ``kg.lang`` is imported once and registers itself."""
    for info in pkgutil.iter_modules(__path__):
        if info.ispkg:
            importlib.import_module(f"{__name__}.{info.name}")
    return dict(_registry)


def supported() -> tuple[str, ...]:
    """The codes of the languages with a pack."""
    return tuple(packs())


def __getattr__(name: str):
    if name == "SUPPORTED":  # derived from the packs found, on first use
        return supported()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class UnsupportedLanguage(ValueError):
    def __init__(self, code: str):
        super().__init__(f"unsupported language {code!r}; supported: {', '.join(supported())}")
        self.code = code


def get_pack(code: str) -> LanguagePack:
    """The pack of ``code``; raises ``UnsupportedLanguage`` for a language without one."""
    try:
        return packs()[code]
    except KeyError:
        raise UnsupportedLanguage(code) from None


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
    # spaCy is imported by the first pipeline only: reading a corpus, or running one
    # through worker processes, never needs it in this process (half a second)
    import srsly
    from spacy.tokens import Doc

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
    pack = get_pack(code)
    ensure_extensions()
    return pack.make_nlp()
