"""kg.evaluate: hand-computed cases, and agreement with the shared benchmark scorer."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.evaluate import (
    format_report,
    gold_articles,
    load_gold,
    normalise,
    score,
    score_both,
    summary,
)
from kg.records import Action, Actor, Event

SHARED = Path(__file__).resolve().parents[2] / "shared"
BENCH = SHARED / "bench"
SCORER = BENCH / "score.py"
GOLD_FILES = ["ar/seed_rt_lavrov.gold.jsonl", "ar/up_gsr_dev.jsonl", "en/plover_gsr_dev.jsonl"]
needs_shared = pytest.mark.skipif(not SCORER.is_file(), reason="../shared not found")


# --- hand-made gold (own sentences), expected figures worked out by hand ------

TOY_GOLD = [
    {
        "doc_id": "toy-1",
        "lang": "en",
        "text": "Egypt and Germany signed an agreement on Monday. The ministers will meet again "
        "in June. Cairo did not comment on the reports.",
        "scope": "all",
        "events": [
            {
                "anchor": "Egypt and Germany signed an agreement",
                "source": {"country": "EGY", "sector": ["GOV", None]},
                "category": ["AGREE", "COOPERATE"],
                "target": {"country": "DEU"},
                "negated": False,
            },
            {
                "anchor": "The ministers will meet again",
                "source": None,
                "category": ["CONSULT"],
                "target": None,
                "optional": True,
            },
            {
                "anchor": "Cairo did not comment on the reports",
                "source": {"country": "EGY"},
                "category": ["REJECT"],
                "target": {"concept": ["report"]},
                "negated": True,
                "alternatives": [{"category": ["CONCEDE"], "target": None}],
            },
        ],
    },
    {
        "doc_id": "toy-2",
        "lang": "ar",
        "text": "تظاهر مئات الطلاب أمام الجامعة في تونس.",
        "scope": "partial",
        "events": [
            {
                "anchor": "تظاهر مئات الطلاب",
                "source": {"country": "TUN", "sector": ["EDU"]},
                "category": ["PROTEST"],
                "target": None,
            }
        ],
    },
]


def ev(doc, sentence, src, plover, tgt=None, negated=False, sector=None, label=""):
    """A predicted event dict as kg writes it (only the fields the scorer reads)."""
    return {
        "doc_id": doc,
        "sentence": sentence,
        "source": {"country": src, "sector": sector, "label": src, "text": src} if src else None,
        "action": {"plover": plover, "label": plover.lower(), "text": "", "cameo": ""},
        "target": {"country": tgt, "sector": None, "label": label, "text": label}
        if (tgt or label)
        else None,
        "negated": negated,
    }


S1 = "Egypt and Germany signed an agreement on Monday."
S2 = "The ministers will meet again in June."
S3 = "Cairo did not comment on the reports."
S4 = "تظاهر مئات الطلاب أمام الجامعة في تونس."

# name, predictions, strict (P, R), lenient (P, R); required gold = 3 (2 in toy-1, 1 in toy-2)
TOY_CASES = [
    ("nothing", [], (0.0, 0.0), (0.0, 0.0)),
    (
        "all right",
        [
            ev("toy-1", S1, "EGY", "AGREE", "DEU", sector="GOV"),
            ev("toy-1", S3, "EGY", "REJECT", negated=True, label="the reports"),
            ev("toy-2", S4, "TUN", "PROTEST", sector="EDU"),
        ],
        (1.0, 1.0),
        (1.0, 1.0),
    ),
    (
        "optional hit costs nothing, extra costs precision",
        [
            ev("toy-1", S1, "EGY", "COOPERATE", "DEU"),
            ev("toy-1", S2, "DEU", "CONSULT"),
            ev("toy-1", S2, "EGY", "CONSULT"),
        ],
        (1 / 2, 1 / 3),
        (1 / 2, 1 / 3),
    ),
    (
        "wrong sector and lost negation fail strict only",
        [
            ev("toy-1", S1, "EGY", "AGREE", "DEU", sector="MIL"),
            ev("toy-1", S3, "EGY", "REJECT", negated=False, label="reports"),
        ],
        (0.0, 0.0),
        (1.0, 2 / 3),
    ),
    (
        "alternative reading, wrong country",
        [
            ev("toy-1", S3, "EGY", "CONCEDE", negated=True),
            ev("toy-1", S1, "DEU", "AGREE", "EGY"),
        ],
        (1 / 2, 1 / 3),
        (1 / 2, 1 / 3),
    ),
    (
        "a sentence holding two anchors; extras in a partial doc are free",
        [
            ev("toy-1", S1 + " " + S3, "EGY", "REJECT", negated=True, label="report"),
            ev("toy-2", S4, "TUN", "PROTEST", sector="EDU"),
            ev("toy-2", S4, "TUN", "ASSAULT"),
        ],
        (1.0, 2 / 3),
        (1.0, 2 / 3),
    ),
    (
        "60% of the anchor's words suffice",
        [ev("toy-1", "Egypt signed a deal and an agreement", "EGY", "AGREE", "DEU")],
        (1.0, 1 / 3),
        (1.0, 1 / 3),
    ),
    (
        "half of the anchor's words do not",
        [ev("toy-1", "Egypt and Germany met", "EGY", "AGREE", "DEU")],
        (0.0, 0.0),
        (0.0, 0.0),
    ),
    (
        "predictions for unknown documents are ignored",
        [ev("other", S1, "EGY", "AGREE", "DEU")],
        (0.0, 0.0),
        (0.0, 0.0),
    ),
]


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.mark.parametrize(
    ("name", "preds", "strict", "lenient"), TOY_CASES, ids=[c[0] for c in TOY_CASES]
)
def test_toy_scores(name, preds, strict, lenient):
    both = score_both(TOY_GOLD, preds)
    for mode, (p, r) in (("strict", strict), ("lenient", lenient)):
        got = both[mode]
        assert got.precision == pytest.approx(p), mode
        assert got.recall == pytest.approx(r), mode
        assert got.f1 == pytest.approx(_f1(p, r)), mode
        assert got.gold == 3


def test_per_category_and_misses():
    preds = [ev("toy-2", S4, "TUN", "PROTEST", sector="EDU")]
    s = score(TOY_GOLD, preds, strict=True)
    assert s.per_category == {"AGREE": (0, 1), "PROTEST": (1, 1), "REJECT": (0, 1)}
    assert [(d, g["anchor"]) for d, g in s.misses] == [
        ("toy-1", "Egypt and Germany signed an agreement"),
        ("toy-1", "Cairo did not comment on the reports"),
    ]
    assert s.predicted == 0 and s.precision == 0.0  # toy-2 is partial: not counted
    assert "PROTEST 1/1" in format_report(score_both(TOY_GOLD, preds))


def test_precision_is_none_when_every_doc_is_partial():
    partial_only = [TOY_GOLD[1]]
    both = score_both(partial_only, [ev("toy-2", S4, "TUN", "PROTEST")])
    assert both["strict"].precision is None and both["strict"].f1 is None
    assert both["lenient"].recall == 1.0
    assert both["strict"].recall == 0.0  # sector EDU required, none given
    assert summary(both)["strict"] == {"precision": None, "recall": 0.0, "f1": None}


def test_event_records_are_accepted():
    egy = Actor(id="EGY-GOV", label="Egypt", text="Egypt", type="country", country="EGY")
    deu = Actor(id="DEU", label="Germany", text="Germany", type="country", country="DEU")
    act = Action("sign_agreement", "sign agreement", "signed", "AGREE", "057", 1, 8.0)
    event = Event("toy-1", S1, 0, len(S1), egy, act, deu)
    assert score(TOY_GOLD, [event], strict=True).matched == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أَعْلَنَتْ وزارةُ الخارجية", "اعلنت وزاره الخارجيه"),
        ("إسرائيل وآسيا ومؤتمر وشاطئ", "اسراييل واسيا وموتمر وشاطي"),
        ("مصطفى", "مصطفي"),
        ("الـــقـــاهرة", "القاهره"),
        ("  Hello,\tWORLD!! (again)_x ", "hello world again x"),
        ("ﻻ", "لا"),  # presentation form, unified by NFKC
        ("", ""),
        (None, ""),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_load_gold_names_the_bad_line(tmp_path):
    path = tmp_path / "g.jsonl"
    good = json.dumps(TOY_GOLD[0])
    path.write_text(good + "\n\n" + '{"doc_id": "x", "text": "t"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"g\.jsonl:3: missing or invalid 'events'"):
        load_gold(path)
    path.write_text(good + "\n{oops\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"g\.jsonl:2: "):
        load_gold(path)
    path.write_text(good + "\n", encoding="utf-8")
    assert load_gold(path) == [TOY_GOLD[0]]


def test_gold_articles():
    arts = gold_articles(TOY_GOLD)
    assert [(a.id, a.lang, a.text) for a in arts] == [
        (d["doc_id"], d["lang"], d["text"]) for d in TOY_GOLD
    ]


# --- agreement with ../shared/bench/score.py ----------------------------------


def _first(value):
    return value[0] if isinstance(value, list) else value


def _actor(gold_actor):
    if gold_actor is None:
        return None
    country = _first(gold_actor.get("country"))
    concept = gold_actor.get("concept")
    label = concept[0] if concept else (country or "someone")
    return {
        "label": label,
        "text": label,
        "type": "concept" if concept and not country else "country",
        "country": country,
        "sector": gold_actor["sector"][0] if gold_actor.get("sector") else None,
    }


def _pred(doc, gold_event, sentence=None):
    return {
        "doc_id": doc["doc_id"],
        "sentence": gold_event["anchor"] if sentence is None else sentence,
        "source": _actor(gold_event.get("source")),
        "action": {"label": "x", "text": "x", "plover": gold_event["category"][0], "cameo": ""},
        "target": _actor(gold_event.get("target")),
        "negated": bool(gold_event.get("negated", False)),
    }


def _each(doc):
    return [_pred(doc, g) for g in doc["events"]]


def _every(n: int, change: Callable[[dict], None]):
    def make(doc):
        preds = _each(doc)
        for k, p in enumerate(preds):
            if k % n == 0:
                change(p)
        return preds

    return make


def _set_source(p, **kv):
    p["source"] = {**(p["source"] or {"label": "x", "text": "x"}), **kv}


def _alternatives(doc):
    return [_pred(doc, {**g, **alt}) for g in doc["events"] for alt in g.get("alternatives") or [g]]


def _partial_anchor(doc):
    out = []
    for g in doc["events"]:
        words = g["anchor"].split()
        keep = max(1, round(len(words) * 0.6))
        out.append(_pred(doc, g, sentence=" ".join(reversed(words[:keep]))))
    return out


def _randomised(seed: int):
    def make(doc):
        rng = random.Random(f"{seed}-{doc['doc_id']}")
        preds = []
        for g in doc["events"]:
            for _ in range(rng.choice([0, 1, 1, 1, 2])):
                p = _pred(doc, g)
                roll = rng.random()
                if roll < 0.1:
                    _set_source(p, country="XXX")
                elif roll < 0.2:
                    _set_source(p, sector=rng.choice(["GOV", "MIL", None, "REB"]))
                elif roll < 0.3:
                    p["negated"] = not p["negated"]
                elif roll < 0.4:
                    p["action"]["plover"] = rng.choice(["PROTEST", "ASSAULT", "AGREE", None])
                elif roll < 0.5:
                    p["target"] = rng.choice([None, {"country": "FRA", "label": "France"}])
                elif roll < 0.6:
                    p["sentence"] = doc["text"]
                elif roll < 0.65:
                    p["source"] = None
                preds.append(p)
        rng.shuffle(preds)
        return preds

    return make


VARIANTS: dict[str, Callable[[dict], list[dict]]] = {
    "perfect": _each,
    "required only": lambda d: [_pred(d, g) for g in d["events"] if not g.get("optional")],
    "optional only": lambda d: [_pred(d, g) for g in d["events"] if g.get("optional")],
    "none": lambda d: [],
    "wrong country": _every(3, lambda p: _set_source(p, country="ZZZ")),
    "wrong sector": _every(2, lambda p: _set_source(p, sector="ZZZ")),
    "no source": _every(2, lambda p: p.update(source=None)),
    "flipped negation": _every(2, lambda p: p.update(negated=not p["negated"])),
    "wrong category": _every(4, lambda p: p["action"].update(plover="SANCTION")),
    "wrong target": _every(3, lambda p: p.update(target={"country": "ATA", "label": "y"})),
    "extras": lambda d: (
        _each(d) * 2 + [_pred(d, d["events"][0], sentence="Unrelated words.")]
        if d["events"]
        else []
    ),
    "whole text as sentence": lambda d: [_pred(d, g, sentence=d["text"]) for g in d["events"]],
    "60% of anchor words": _partial_anchor,
    "alternative readings": _alternatives,
    **{f"random {seed}": _randomised(seed) for seed in range(3)},
}


@pytest.fixture(scope="module")
def gold_sets(tmp_path_factory) -> dict[str, Path]:
    if not SCORER.is_file():
        pytest.skip("../shared not found")
    sets = {name: BENCH / name for name in GOLD_FILES}
    # A mixed set: full-scope and partial-scope documents together.
    mixed = tmp_path_factory.mktemp("gold") / "mixed.jsonl"
    lines = []
    for name, n in zip(GOLD_FILES, (1, 15, 25), strict=True):
        lines += (BENCH / name).read_text(encoding="utf-8").splitlines(keepends=True)[:n]
    mixed.write_text("".join(lines), encoding="utf-8")
    sets["mixed"] = mixed
    return sets


def _run_scorer(gold: Path, pred: Path, *extra: str) -> str:
    done = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@needs_shared
@pytest.mark.parametrize("gold_name", [*GOLD_FILES, "mixed"])
def test_same_figures_as_benchmark_scorer(gold_name, gold_sets, tmp_path):
    gold_path = gold_sets[gold_name]
    gold = load_gold(gold_path)
    for variant, make in VARIANTS.items():
        preds = [p for doc in gold for p in make(doc)]
        pred_path = tmp_path / (re.sub(r"\W+", "_", variant) + ".jsonl")
        pred_path.write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8"
        )
        theirs = json.loads(_run_scorer(gold_path, pred_path, "--json"))
        ours = summary(score_both(gold, preds))
        assert ours == theirs, f"{gold_name} / {variant}"
        if variant.startswith("random"):
            text = _run_scorer(gold_path, pred_path)
            line = next(x for x in text.splitlines() if x.startswith("recall by gold category"))
            strict = score(gold, preds, strict=True)
            cats = ", ".join(f"{c} {h}/{n}" for c, (h, n) in strict.per_category.items())
            assert line == f"recall by gold category: {cats}", f"{gold_name} / {variant}"


@needs_shared
def test_variants_are_not_trivial(gold_sets):
    """The cross-check is only worth something if the variants move the figures."""
    gold = load_gold(gold_sets["mixed"])
    recalls = {
        name: score(gold, [p for d in gold for p in make(d)], strict=True).recall
        for name, make in VARIANTS.items()
    }
    assert recalls["perfect"] == 1.0
    assert recalls["none"] == 0.0
    assert len(set(recalls.values())) >= 6
