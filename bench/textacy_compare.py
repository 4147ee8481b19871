"""textacy's subject-verb-object triples against kg on the English gold set (issue 4).

textacy (``textacy.extract.subject_verb_object_triples``) finds who-does-what
but knows no event categories or actors, so to compare fairly it gets the
project's own knowledge:

* the verb of each triple goes through the project's verb lexicon
  (``kg.lang.en.clauses.match_predicate``: verb lemma, with its object noun or
  preposition where the lexicon has such a pattern) to an action id, and
  ``kg.vocab.make_action`` gives its PLOVER category and CAMEO code; a triple
  whose verb is not in the lexicon gives no event;
* each head noun of the subject and of the object (conjuncts split, so
  "Jordan and Britain" gives two) goes through the project's actor resolution
  (``kg.lang.en.actors.ActorResolver``: names, demonyms, roles, metonyms); an
  object that is no actor may still be a concept of ``concepts.tsv``;
* passive clauses swap roles: textacy's object there is the ``by`` agent;
* negation: a ``neg`` dependent of the verb.

Both sides parse with the same pipeline (``kg.lang.get_nlp("en")``) and are
scored by the same scorer (``../shared/bench/score.py``, run as a subprocess;
``kg.evaluate`` when the scorer is absent).

Run: ``.venv/bin/python -m bench.textacy_compare``
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from bench._common import SHARED, Section, md_table

__all__ = [
    "QUICK",
    "GOLD",
    "SCORER",
    "compare",
    "kg_events",
    "score_events",
    "textacy_available",
    "textacy_events",
    "run",
]

# Arguments of ``run`` for ``run_all --quick``: tiny inputs, a smoke run.
QUICK: dict = {}  # already quick: one pass over the gold set

GOLD = SHARED / "bench" / "en" / "plover_gsr_dev.jsonl"
SCORER = SHARED / "bench" / "score.py"
INSTALL_HINT = "textacy is not installed: `.venv/bin/pip install -c constraints.txt -e '.[bench]'`"


def textacy_available() -> bool:
    """Whether the optional ``bench`` extra (textacy) is installed."""
    return importlib.util.find_spec("textacy") is not None


def _heads(tokens: Sequence) -> list:
    """Head tokens of the noun phrases in ``tokens``, each conjunct on its own."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    out = []
    for r in roots:
        for c in (r, *r.conjuncts):
            if c.i in inside and c not in out:
                out.append(c)
    return out


def _main_verb(verb_tokens: Sequence):
    """The content verb of textacy's verb span (which also holds auxiliaries and 'not')."""
    content = [t for t in verb_tokens if t.dep_ not in ("aux", "auxpass", "neg")]
    return (content or list(verb_tokens))[-1]


def _concept(tok, lx):
    from kg import actors as kga

    lem = tok.lemma_.lower()
    comp = [x.lemma_.lower() for x in tok.lefts if x.dep_ in ("compound", "amod")]
    for key in ([f"{comp[-1]} {lem}"] if comp else []) + [lem, tok.lower_]:
        hit = lx.concepts.get(key)
        if hit:
            span = tok.doc[tok.left_edge.i : tok.i + 1]
            return kga.concept(hit[0], hit[1], span.text, start=span.start_char, end=span.end_char)
    return None


def _actors(heads: Iterable, res, lx, concepts: bool) -> list:
    out, seen = [], set()
    for h in heads:
        r = res.resolve(h)
        actor = r.actor if r else (_concept(h, lx) if concepts else None)
        if actor is not None and actor.id not in seen:
            seen.add(actor.id)
            out.append(actor)
    return out


def textacy_events(articles: Sequence, counts: dict[str, int] | None = None) -> list[dict]:
    """Events (scorer JSON) from textacy's SVO triples over ``articles`` (``kg.records.Article``).

    ``counts``, if given, receives ``triples`` (all textacy found) and
    ``mapped`` (those whose verb the lexicon knows).
    """
    import textacy.extract

    from kg.lang import get_nlp
    from kg.lang.en.actors import ActorResolver
    from kg.lang.en.clauses import match_predicate
    from kg.lang.en.lexicon import lexicon
    from kg.vocab import make_action

    nlp = get_nlp("en")
    lx = lexicon()
    counts = counts if counts is not None else {}
    counts.setdefault("triples", 0)
    counts.setdefault("mapped", 0)
    events: list[dict] = []
    # The project's event component is not needed: only the parse and the actor ruler.
    with nlp.select_pipes(disable=["kg_en_events_v1"]):
        docs = list(nlp.pipe(a.text for a in articles))
    for article, doc in zip(articles, docs, strict=True):
        res = ActorResolver(doc, lx)
        seen: set[str] = set()
        for triple in textacy.extract.subject_verb_object_triples(doc):
            counts["triples"] += 1
            verb = _main_verb(triple.verb)
            pred = match_predicate(verb, lx)
            if pred is None:
                continue
            counts["mapped"] += 1
            action = make_action(pred.entry.action, verb.text).to_dict()
            negated = any(t.dep_ == "neg" for t in (*triple.verb, *verb.children))
            subj, obj = triple.subject, triple.object
            if any(t.dep_ == "nsubjpass" for t in subj):
                # Passive: textacy's object is the "by" agent, the doer of the event.
                subj, obj = obj, subj
            sources = _actors(_heads(subj), res, lx, concepts=False) or [None]
            targets = _actors(_heads(obj), res, lx, concepts=True) or [None]
            for s in sources:
                for t in targets:
                    if s is not None and t is not None and s.id == t.id:
                        continue
                    event = {
                        "doc_id": article.id,
                        "sentence": verb.sent.text,
                        "source": s.to_dict() if s else None,
                        "action": action,
                        "target": t.to_dict() if t else None,
                        "negated": negated,
                    }
                    key = json.dumps(event, sort_keys=True)
                    if key not in seen:  # one event once, however many triples say it
                        seen.add(key)
                        events.append(event)
    return events


def kg_events(articles: Sequence) -> list[dict]:
    """The project's own events over ``articles``, as scorer JSON."""
    from kg.build import build

    result = build(articles=articles)
    if result.errors:
        raise RuntimeError("; ".join(result.errors))
    return [e.to_dict() for e in result.events]


def score_events(
    gold_path: Path, events: Sequence[Mapping], scorer: Path | None = SCORER
) -> dict[str, Any]:
    """Strict and lenient P/R/F1 of ``events`` against ``gold_path``.

    Uses the benchmark scorer as a subprocess when ``scorer`` exists, else
    ``kg.evaluate`` (the same rules). Returns the scorer's ``--json`` shape plus
    ``scorer``: which one ran.
    """
    if scorer is not None and Path(scorer).is_file():
        with tempfile.TemporaryDirectory() as tmp:
            pred = Path(tmp) / "pred.jsonl"
            pred.write_text(
                "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events),
                encoding="utf-8",
            )
            out = subprocess.run(
                [sys.executable, str(scorer), str(gold_path), str(pred), "--json"],
                capture_output=True,
                text=True,
                check=True,
                timeout=300,
            )
        result = json.loads(out.stdout)
        result["scorer"] = "../shared/bench/score.py"
        return result
    from kg.evaluate import load_gold, score_both, summary

    result = summary(score_both(load_gold(gold_path), events))
    result["scorer"] = "kg.evaluate"
    return result


def compare(gold_path: Path, scorer: Path | None = SCORER) -> dict[str, Any]:
    """Scores of kg and of textacy (or the reason textacy could not run) on ``gold_path``."""
    from kg.evaluate import gold_articles, load_gold

    articles = gold_articles(load_gold(gold_path))
    kg_pred = kg_events(articles)
    out: dict[str, Any] = {
        "docs": len(articles),
        "kg": {**score_events(gold_path, kg_pred, scorer), "events": len(kg_pred)},
    }
    if not textacy_available():
        out["textacy"] = None
        out["textacy_missing"] = INSTALL_HINT
        return out
    counts: dict[str, int] = {}
    tx_pred = textacy_events(articles, counts)
    out["textacy"] = {**score_events(gold_path, tx_pred, scorer), "events": len(tx_pred), **counts}
    return out


def _row(name: str, r: Mapping[str, Any]) -> list:
    def f(v: float | None) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    s, le = r["strict"], r["lenient"]
    return [
        name,
        r["events"],
        f(s["precision"]),
        f(s["recall"]),
        f(s["f1"]),
        f(le["precision"]),
        f(le["recall"]),
        f(le["f1"]),
    ]


def run(gold_path: Path = GOLD) -> Section:
    """The whole comparison, as a report section."""
    title = "textacy SVO triples against kg, English gold (issue 4)"
    if not gold_path.is_file():
        return Section(title, f"Skipped: {gold_path} not found (../shared not found).")
    r = compare(gold_path)
    rows = [_row('kg (`kg.lang.get_nlp("en")`)', r["kg"])]
    if r["textacy"] is not None:
        import textacy

        rows.append(_row(f"textacy {textacy.__version__} SVO + kg lexicon/actors", r["textacy"]))
    parts = [
        f"`{gold_path.name}`: {r['docs']} documents, {r['kg']['gold']} required gold events; "
        f"scored by `{r['kg']['scorer']}`.",
        "",
        md_table(
            [
                "extractor",
                "events",
                "strict P",
                "strict R",
                "strict F1",
                "lenient P",
                "lenient R",
                "lenient F1",
            ],
            rows,
        ),
        "",
    ]
    if r["textacy"] is None:
        parts.append(f"textacy row missing: {r['textacy_missing']}.")
    else:
        t = r["textacy"]
        parts.append(
            f"textacy found {t['triples']} triples; {t['mapped']} had a verb the project's "
            "lexicon knows (the others give no event). Its verbs go through "
            "`kg.lang.en.clauses.match_predicate` and `kg.vocab.make_action`, its subject and "
            "object heads through `kg.lang.en.actors.ActorResolver` (objects also through "
            "the concept table), one event per source x target. textacy yields only triples "
            "with both a subject and an object (dobj, passive agent or xcomp), so intransitive "
            'events and prepositional targets ("met with", "protested against") are out '
            "of its reach."
        )
    return Section(title, "\n".join(parts), r)


if __name__ == "__main__":
    print(run().markdown)
