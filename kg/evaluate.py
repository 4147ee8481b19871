"""Evaluation: score predicted events against hand-coded gold events.

Implements the matching rules of the shared benchmark (``../shared/bench/README.md``)
so that ``kg`` can report the same precision, recall and F1 as the benchmark's
scorer without shelling out to it:

* a prediction matches a gold event when its sentence holds the gold anchor
  (or 60% of the anchor's words), the source and target actors fit, the PLOVER
  category is acceptable and negation agrees; lenient mode checks only the
  sentence, the source country and the category;
* gold and predicted events of one document are paired one to one, required
  gold events first, so an optional gold event never takes a prediction that a
  required one could use;
* optional gold costs no recall and matching it costs no precision; documents
  with ``scope`` other than ``"all"`` count for recall only.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.ingest import detect_language
from kg.records import Article, Event

__all__ = [
    "Scores",
    "format_report",
    "gold_articles",
    "load_gold",
    "normalise",
    "precision_note",
    "score",
    "score_both",
    "summary",
]

# --- text normalisation -------------------------------------------------------

# Arabic short vowels, Quranic marks and tatweel carry no meaning for matching.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Spelling variants writers use interchangeably.
_LETTER_VARIANTS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}
)
_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str | None) -> str:
    """Text reduced for comparison: NFKC, no Arabic marks, unified letters, lower case,
    punctuation and runs of whitespace turned into single spaces."""
    if not text:
        return ""
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text))
    text = text.translate(_LETTER_VARIANTS).lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


# --- matching one gold event with one prediction --------------------------------


def _anchor_in_sentence(anchor: str, sentence: str | None) -> bool:
    anchor_n, sentence_n = normalise(anchor), normalise(sentence)
    if not anchor_n or not sentence_n:
        return False
    if anchor_n in sentence_n:
        return True
    anchor_words = anchor_n.split()
    sentence_words = set(sentence_n.split())
    shared = sum(1 for w in anchor_words if w in sentence_words)
    return shared >= 0.6 * len(anchor_words)


def _listify(value: Any) -> list | None:
    if value is None:
        return None
    return value if isinstance(value, list) else [value]


def _actor_fits(gold: Mapping | None, pred: Mapping | None, check_sector: bool) -> bool:
    """Whether a predicted actor satisfies a gold actor constraint."""
    if gold is None:
        return True
    if not pred:
        return False
    countries = _listify(gold.get("country"))
    concepts = gold.get("concept")
    if countries is None and not concepts:
        # The gold constrains nothing we check (for example only a sector).
        return True
    if countries and pred.get("country") in countries:
        if not (check_sector and "sector" in gold) or pred.get("sector") in gold["sector"]:
            return True
    if concepts:
        haystack = normalise(" ".join(str(pred.get(k) or "") for k in ("label", "text")))
        for keyword in concepts:
            needle = normalise(keyword)
            if needle and needle in haystack:
                return True
    return False


def _readings(gold: Mapping) -> Iterator[Mapping]:
    """The gold event itself, then each alternative laid over it."""
    yield gold
    for alternative in gold.get("alternatives") or ():
        yield {**gold, **alternative}


def _matches(gold: Mapping, pred: Mapping, strict: bool) -> bool:
    if not _anchor_in_sentence(gold["anchor"], pred.get("sentence")):
        return False
    plover = (pred.get("action") or {}).get("plover")
    for reading in _readings(gold):
        source = reading.get("source")
        if not strict and source is not None:
            # Lenient: only the source country counts, and only when the gold names one.
            source = {"country": source["country"]} if source.get("country") else None
        if not _actor_fits(source, pred.get("source"), strict):
            continue
        if plover not in reading["category"]:
            continue
        if strict and not (
            _actor_fits(reading.get("target"), pred.get("target"), True)
            and bool(reading.get("negated", False)) == bool(pred.get("negated", False))
        ):
            continue
        return True
    return False


def _pair(candidates: dict[int, list[int]], order: list[int]) -> dict[int, int]:
    """One-to-one pairing of gold events with predictions of maximum size.

    Kuhn's augmenting-path method, trying gold events in ``order``: an event
    once paired stays paired, so events earlier in the order are preferred.
    Returns gold index -> prediction index.
    """
    owner: dict[int, int] = {}  # prediction -> gold

    def try_assign(gold_i: int, visited: set[int]) -> bool:
        for pred_j in candidates[gold_i]:
            if pred_j in visited:
                continue
            visited.add(pred_j)
            if pred_j not in owner or try_assign(owner[pred_j], visited):
                owner[pred_j] = gold_i
                return True
        return False

    for gold_i in order:
        try_assign(gold_i, set())
    return {g: p for p, g in owner.items()}


# --- scores -------------------------------------------------------------------


@dataclass(frozen=True)
class Scores:
    """Benchmark figures for one mode.

    precision: None when no document has ``scope: "all"``.
    gold: required gold events; predicted: predictions counted for precision
        (those of ``scope: "all"`` documents not paired with optional gold);
        matched: required gold events paired with a prediction.
    per_category: first gold category -> (matched, gold).
    misses: (doc_id, gold event) for each unmatched required gold event.
    extras: (doc_id, prediction) for each counted prediction left unpaired.
    """

    strict: bool
    precision: float | None
    recall: float
    f1: float | None
    gold: int
    predicted: int
    matched: int
    per_category: dict[str, tuple[int, int]] = field(default_factory=dict)
    misses: tuple[tuple[str, dict], ...] = ()
    extras: tuple[tuple[str, dict], ...] = ()

    def prf(self) -> dict[str, float | None]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def _as_dict(pred: Mapping | Event) -> Mapping:
    return pred.to_dict() if isinstance(pred, Event) else pred


def score(
    gold_docs: list[dict], predicted: Iterable[Mapping | Event], strict: bool = True
) -> Scores:
    """Score predictions against gold documents.

    Args:
        gold_docs: documents as ``load_gold`` returns them.
        predicted: event dicts (``Event.to_dict()`` form) or ``Event`` records;
            those whose ``doc_id`` is not a gold document are ignored.
        strict: check sectors, targets and negation too.

    Returns:
        The figures for this mode.
    """
    by_doc: dict[str, list[Mapping]] = defaultdict(list)
    for pred in predicted:
        pred = _as_dict(pred)
        by_doc[str(pred.get("doc_id"))].append(pred)

    n_gold = n_matched = n_counted = n_counted_matched = partial_docs = 0
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[tuple[str, dict]] = []
    extras: list[tuple[str, dict]] = []
    for doc in gold_docs:
        doc_id = str(doc["doc_id"])
        gold, preds = doc["events"], by_doc.get(doc_id, [])
        candidates = {
            i: [j for j, p in enumerate(preds) if _matches(g, p, strict)]
            for i, g in enumerate(gold)
        }
        required = [i for i, g in enumerate(gold) if not g.get("optional")]
        optional = [i for i, g in enumerate(gold) if g.get("optional")]
        paired = _pair(candidates, required + optional)

        n_gold += len(required)
        for i in required:
            hit = i in paired
            n_matched += hit
            counts = per_cat[gold[i]["category"][0]]
            counts[0] += hit
            counts[1] += 1
            if not hit:
                misses.append((doc["doc_id"], gold[i]))

        if doc.get("scope", "all") != "all":
            partial_docs += 1
            continue
        # A prediction that found an optional gold event is neither right nor wrong.
        neutral = {paired[i] for i in optional if i in paired}
        to_required = {paired[i] for i in required if i in paired}
        for j, pred in enumerate(preds):
            if j in neutral:
                continue
            n_counted += 1
            if j in to_required:
                n_counted_matched += 1
            else:
                extras.append((doc["doc_id"], pred))

    recall = n_matched / n_gold if n_gold else 0.0
    if partial_docs == len(gold_docs):
        precision = f1 = None
    else:
        precision = n_counted_matched / n_counted if n_counted else 0.0
        total = precision + recall
        f1 = 2 * precision * recall / total if total else 0.0
    return Scores(
        strict=strict,
        precision=precision,
        recall=recall,
        f1=f1,
        gold=n_gold,
        predicted=n_counted,
        matched=n_matched,
        per_category={c: (v[0], v[1]) for c, v in sorted(per_cat.items())},
        misses=tuple(misses),
        extras=tuple(extras),
    )


def score_both(gold_docs: list[dict], predicted: Iterable[Mapping | Event]) -> dict[str, Scores]:
    """Strict and lenient scores: ``{"strict": Scores, "lenient": Scores}``."""
    predicted = [_as_dict(p) for p in predicted]
    return {
        "strict": score(gold_docs, predicted, strict=True),
        "lenient": score(gold_docs, predicted, strict=False),
    }


def summary(both: Mapping[str, Scores]) -> dict[str, Any]:
    """JSON-ready figures, in the shape of the benchmark scorer's ``--json`` output."""
    strict = both["strict"]
    return {
        "strict": strict.prf(),
        "lenient": both["lenient"].prf(),
        "gold": strict.gold,
        "pred": strict.predicted,
    }


def precision_note(gold_docs: list[dict]) -> str | None:
    """Why precision is n/a (or counts only some documents), or None when every
    document lists all its events (``scope: "all"``)."""
    partial = sum(doc.get("scope", "all") != "all" for doc in gold_docs)
    if not partial:
        return None
    if partial == len(gold_docs):
        return (
            f'precision n/a: all {partial} gold documents have scope "partial" (their gold '
            "lists some of their events, not all), so a prediction missing from it is not "
            "known to be wrong; recall is measured, and so F1 is n/a too"
        )
    return (
        f'precision counts the {len(gold_docs) - partial} documents of scope "all" only; '
        f'the {partial} of scope "partial" (gold lists some of their events) count for recall'
    )


def format_report(both: Mapping[str, Scores], show_misses: bool = False) -> str:
    """A short plain-text report of ``score_both`` results."""

    def fmt(v: float | None) -> str:
        return "  n/a" if v is None else f"{v:5.3f}"

    strict = both["strict"]
    lines = [f"required gold events {strict.gold}  scored predictions {strict.predicted}"]
    for name in ("strict", "lenient"):
        s = both[name]
        lines.append(f"{name:8s} P {fmt(s.precision)}  R {fmt(s.recall)}  F1 {fmt(s.f1)}")
    cats = ", ".join(f"{c} {hit}/{n}" for c, (hit, n) in strict.per_category.items())
    lines.append(f"recall by gold category (strict): {cats}")
    if show_misses:
        lines += [f"MISS {d}: {json.dumps(g, ensure_ascii=False)}" for d, g in strict.misses]
    return "\n".join(lines)


# --- gold files ---------------------------------------------------------------


def _check_gold_doc(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise ValueError("expected a JSON object")
    for key, kind in (("doc_id", (str, int)), ("text", str), ("events", list)):
        if not isinstance(doc.get(key), kind):
            raise ValueError(f"missing or invalid {key!r}")
    for k, event in enumerate(doc["events"], 1):
        if not isinstance(event, dict) or not isinstance(event.get("anchor"), str):
            raise ValueError(f"event {k}: missing 'anchor'")
        category = event.get("category")
        if not isinstance(category, list) or not category:
            raise ValueError(f"event {k}: 'category' must be a non-empty list")


def load_gold(path: str | Path) -> list[dict]:
    """Read a gold JSONL file (one document a line).

    Raises:
        ValueError: naming ``path:LINE`` for a malformed line or document.
    """
    docs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                _check_gold_doc(doc)
            except ValueError as exc:  # JSONDecodeError is a ValueError
                raise ValueError(f"{path}:{n}: {exc}") from None
            docs.append(doc)
    return docs


def gold_articles(gold_docs: Iterable[Mapping]) -> list[Article]:
    """The gold documents as ``Article`` records, the gold ``doc_id`` as the id."""
    return [
        Article(
            id=str(doc["doc_id"]),
            text=doc["text"],
            lang=doc.get("lang") or detect_language(doc["text"]) or "",
            date=doc.get("date"),
            origin=f"gold:{doc['doc_id']}",
        )
        for doc in gold_docs
    ]
