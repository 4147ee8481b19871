"""Events named by nouns: "the assassination of X", "X's visit to Y", "talks between X and Y".

A noun is an event trigger when it is an event noun of ``data/nouns.tsv`` (attack,
visit, talks, sanctions, ban, warrant) or a nominalisation of an event verb of the
lexicon (hand-written ``verbs.tsv`` or the imported CAMEO frames): the verb's bare
reading gives the action. Nominalisations are derived by English suffix rules
(assassinate -> assassination, condemn -> condemnation, deploy -> deployment,
withdraw -> withdrawal, kill -> killing); ``data/nominals.tsv`` adds the irregular
ones (detain -> detention) and lists derived words that name a thing, not the act
(settlement, movement, government).

The participants come from the noun phrase (see ``kg.lang.en.clauses``): the
source from a possessive, a "by" phrase or a country/organisation modifier; the
target from "of", "on", "against", "to", "between" ... phrases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["GERUND_CATEGORIES", "derive", "index"]

# Gerunds name an act mostly for violence and coercion ("the killing of", "the shelling
# of"); others name a thing or a result (building, holding, funding, opening).
GERUND_CATEGORIES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_VOWELS = frozenset("aeiou")


def _gerund(verb: str) -> str:
    """kill -> killing, torture -> torturing, kidnap -> kidnapping, shoot -> shooting."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    # a short verb ending consonant-vowel-consonant doubles its consonant (kidnap, rob)
    if (
        len(verb) >= 3
        and verb[-1] not in _VOWELS | {"w", "x", "y"}
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
        and (len(verb) <= 4 or verb.endswith("nap"))
    ):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def derive(verb: str, gerund: bool) -> list[str]:
    """Regular nominalisations of an event verb (candidates: most are checked against the
    text only, so a form English lacks does no harm)."""
    v = verb
    out: list[str] = []
    if " " in v or len(v) < 4:
        return [_gerund(v)] if gerund and " " not in v else []
    if v.endswith("ate") and len(v) >= 7:
        out.append(v[:-1] + "ion")  # assassinate, negotiate, retaliate
    elif v.endswith(("ize", "ise")):
        out.append(v[:-1] + "ation")  # mobilize
    elif v.endswith("ify"):
        out.append(v[:-1] + "ication")  # notify
    elif v.endswith("y") and v[-2] not in _VOWELS:
        out += [v[:-1] + "ation", v[:-1] + "ial"]  # occupy, deny
    elif v.endswith("de"):
        out.append(v[:-2] + "sion")  # invade, conclude
    elif v.endswith("e"):
        out += [v[:-1] + "ation", v[:-1] + "ion", v[:-1] + "al", v[:-1] + "ure", v + "ment"]
    else:
        out += [v + "ation", v + "ion", v + "ment", v + "al", v + "ance", v + "ure"]
    if gerund:
        out.append(_gerund(v))
    return out


def index(
    verbs: Iterable[tuple[str, str]],
    category: Callable[[str], str],
    irregular: dict[str, str],
) -> dict[str, str]:
    """noun -> verb for ``verbs`` (verb, action) pairs; ``irregular`` noun -> verb rows win
    ("-" as verb: the noun is no event)."""
    out: dict[str, str] = {}
    for verb, action in verbs:
        for noun in derive(verb, category(action) in GERUND_CATEGORIES):
            out.setdefault(noun, verb)
    for noun, verb in irregular.items():
        if verb == "-":
            out.pop(noun, None)
        else:
            out[noun] = verb
    return out
