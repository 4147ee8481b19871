"""Arabic actor phrases: lexicon hits -> resolved ``Actor`` records.

A phrase is built around its head: a role noun takes the country of a
following demonym or country (وزير الخارجية الروسي -> RUS GOV) and a person
name after it (known from the lexicon, or unknown words next to a title).
Capitals and seats of power stand for their government. A role noun with no
country takes the country of the last phrase with the same role in the
article (المعارضة after المعارضة السورية).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg import actors as A
from kg.lang.ar.matcher import Hit
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import (
    CLAUSE_PUNCT,
    FUNCTION_WORDS,
    HONORIFICS,
    LOCATIVES,
    MEETINGS,
    NOT_NAMES,
    PREPOSITIONS,
)
from kg.records import Actor

__all__ = ["Phrase", "ArticleMemory", "build_phrases"]

# Words that tie a role noun to the country after it: الجيش التابع للحكومة السورية.
_LINKERS = {
    normalize(w)
    for w in {
        "التابع",
        "التابعه",
        "التابعين",
        "في",
        "ب",
        "من",
        "الموالي",
        "الموالية",
        "الموالين",
        "الموالون",
    }
}

# Verb stems of carrying and raising, before أعلام (flags) rather than إعلام (media).
_CARRY = {"رفع", "حمل", "يرفع", "يحمل", "ترفع", "تحمل", "رافع", "حامل", "لوح", "يلوح"}
# Possessive pronouns on a role noun (جنوده, قواتها, عناصرهم).
_POSSESSIVE = {"ه", "ها", "هم", "هما"}


@dataclass
class Phrase:
    """An actor phrase at tokens ``start:end``."""

    start: int
    end: int
    actor: Actor
    prefix: str  # clitics on the first word (و, ب, لل ...)
    head: str  # country, demonym, metonym, org, role, person
    adjectival: bool = False  # a demonym modifying a non-actor noun (الجهود الروسية)
    after_prep: bool = False  # the word before is a preposition (في سوريا)
    implies: str = ""  # an action the role itself reports (المتظاهرون -> demonstrate)
    title: str = ""  # the kind of its role word: person (a title), group, counterpart

    @property
    def governed(self) -> bool:
        """Introduced by a preposition (بموسكو, للمعارضة, في سوريا), so not a subject."""
        p = self.prefix.lstrip("وف")
        return self.after_prep or p.startswith(("ب", "ل", "ك"))


@dataclass
class ArticleMemory:
    """What earlier sentences said, for coreference within one article."""

    persons: list[Actor] = field(default_factory=list)
    role_country: dict[str, str] = field(default_factory=dict)  # role label -> last country
    speaker: Actor | None = None
    subject: Actor | None = None


def _span_text(words: list[str], idx: list[int], text: str, s: int, e: int) -> tuple[str, int, int]:
    start, end = idx[s], idx[e - 1] + len(words[e - 1])
    return text[start:end], start, end


def _adjective_like(w: str, definite: bool) -> bool:
    """A word that may describe the noun before it: same definiteness and an
    adjectival shape (nisba, feminine, participle): المعتدلة، الموالية، المسلحة."""
    if w.startswith(("ال", "وال")) != definite or (w.endswith("ا") and not w.endswith("يا")):
        return False
    bare = w[2:] if w.startswith("ال") else w
    return bare.endswith(("ي", "يه", "يين", "يون", "ه", "ين", "ون")) or bare.startswith("م")


def _is_name_word(i: int, norms: list[str], covered: set[int]) -> bool:
    """An unknown word that may be part of a name next to a title."""
    w = norms[i]
    return (
        i not in covered
        and w.isalpha()
        and w not in FUNCTION_WORDS
        and w not in NOT_NAMES
        and w not in MEETINGS  # نظيره الفرنسي جلسة مباحثات: a session, not a name
        and not w.endswith(("ها", "هم", "هما"))  # فوزها: a noun with a pronoun
        and not w.startswith("ال")
    )


def build_phrases(
    hits: list[Hit],
    words: list[str],
    norms: list[str],
    idx: list[int],
    text: str,
    covered: set[int],
    memory: ArticleMemory,
    speaker: Actor | None = None,
) -> list[Phrase]:
    """Assemble actor phrases from the actor-layer hits of one sentence.

    Args:
        hits: actor-layer hits, in token order.
        words, norms, idx: token texts, normalised texts and character offsets.
        text: the whole document text.
        covered: token indices inside any lexicon hit (never read as names).
        memory: article-level coreference state (updated).
        speaker: current speaker, whose country a counterpart (نظيره) contrasts with.
    """
    by_start = {h.start: h for h in hits}
    actor_tokens = {i for h in hits for i in range(h.start, h.end)}
    used: set[int] = set()
    phrases: list[Phrase] = []
    title: tuple[int, int, str, bool] | None = None  # a title with no name of its own
    for h in hits:
        if h.start in used:
            continue
        kind, e = h.kind, h.entry
        start, end = h.start, h.end
        actor: Actor | None = None
        if kind == "role" and e.words == ("اعلام",) and "ال" not in h.first.prefix[-2:]:
            # رفع المتظاهرون أعلاما تركية: flags (أعلام), not the media (إعلام)
            before = [norms[k].lstrip("وف") for k in range(max(0, start - 3), start)]
            if any(w[:4] in _CARRY or w[:3] in _CARRY for w in before):
                actor_tokens.difference_update(range(start, end))  # a noun a nisba describes
                continue
        if kind == "role":
            iso3 = None
            nxt = by_start.get(end)
            if nxt and nxt.kind in ("demonym", "country") and not nxt.prefix.lstrip("ال"):
                iso3 = nxt.entry.get("iso3")
                used.add(nxt.start)
                end = nxt.end
            elif nxt and nxt.kind in ("demonym", "country") and nxt.prefix in ("ال", "لل"):
                iso3 = nxt.entry.get("iso3")
                used.add(nxt.start)
                end = nxt.end
            sector = e.get("sector") or None
            role = e.get("role")
            label = e.get("label") or ""
            if role in ("person", "counterpart"):
                if role == "counterpart" and speaker is not None:
                    sector = speaker.sector or "GOV"
                nxt = by_start.get(end)
                if nxt and nxt.kind == "person":
                    used.add(nxt.start)
                    end = nxt.end
                    pid = nxt.entry.get("person_id")
                    t, s0, e0 = _span_text(words, idx, text, start, end)
                    actor = A.person(pid, t, country=iso3, sector=sector, start=s0, end=e0)
                else:
                    j = end
                    # only a singular title without a pronoun suffix heads a name;
                    # "المتحدث باسم" is followed by an organisation, not a name
                    # a name follows a definite title (الرئيس، وزير الخارجية، نظيره), not
                    # an indefinite one (مسؤول محلي is an adjective, not a name)
                    definite_title = "ال" in h.first.prefix or len(e.words) > 1 or iso3 is not None
                    may_name = (role == "counterpart" or not h.first.suffix) and definite_title
                    while (
                        may_name
                        and e.words[-1] not in ("باسم", "ل")
                        and j < len(norms)
                        and j - end < 3
                        and _is_name_word(j, norms, covered)
                    ):
                        j += 1
                    if j > end:
                        name, _, _ = _span_text(words, idx, text, end, j)
                        t, s0, e0 = _span_text(words, idx, text, start, j)
                        end = j
                        actor = A.person(
                            None, t, name=name, country=iso3, sector=sector, start=s0, end=e0
                        )
                    else:
                        # a title with no name: the last person it can refer to
                        t, s0, e0 = _span_text(words, idx, text, start, end)
                        # the salient person first: the last speaker or subject
                        salient = [
                            x for x in (memory.speaker, memory.subject) if x and x.type == "person"
                        ]
                        ref = next(
                            (
                                p
                                for p in salient + list(reversed(memory.persons))
                                if (iso3 is None or p.country == iso3)
                                and (sector is None or p.sector == sector)
                            ),
                            None,
                        )
                        definite = (
                            "ال" in h.first.prefix or iso3 is not None
                        ) and not h.first.suffix
                        if ref is not None and role == "person" and definite:
                            actor = Actor(**{**ref.to_dict(), "text": t, "start": s0, "end": e0})
                        elif iso3:
                            actor = A.country(iso3, t, sector, start=s0, end=e0)
                        elif sector and h.first.suffix in ("ين", "ون"):
                            # معارضين، مسؤولون: people of a sector, not one titled person
                            actor = A.sector_group(sector, label, t, start=s0, end=e0)
            else:
                if iso3 is None:
                    # الجيش التابع للحكومة السورية, المعارضة المعتدلة في سوريا
                    j = end
                    while j < len(norms) and j - end < 4:
                        nx = by_start.get(j)
                        if nx and nx.kind in ("demonym", "country"):
                            iso3 = nx.entry.get("iso3")
                            break
                        if (
                            nx
                            and nx.kind == "role"
                            and norms[j - 1] in _LINKERS | {"لل" + norms[j][1:]}
                        ):
                            j = nx.end
                            continue
                        if nx or norms[j] in CLAUSE_PUNCT:
                            break
                        w = norms[j]
                        after_linker = j > end and norms[j - 1] in _LINKERS  # من ولايات أميركية
                        if (
                            w not in _LINKERS
                            and not after_linker
                            and not _adjective_like(w, "ال" in h.first.prefix)
                        ):
                            break  # الحكومة العلاقات مع قطر: not an adjective of the role
                        j += 1
                possessive = h.first.suffix in _POSSESSIVE and not words[h.end - 1].endswith("ة")
                if iso3 is None and possessive:
                    # جنوده, قواتها: the men of the actor named before (or of the subject)
                    owner = next((p.actor for p in reversed(phrases) if p.actor.country), None)
                    owner = owner or memory.subject or speaker
                    iso3 = owner.country if owner is not None else None
                if iso3 is None:
                    # the same role earlier in the article; for armed forces, the last
                    # armed forces named (الجيش اللبناني ... فتولت دبابة قصف)
                    iso3 = memory.role_country.get(label) or (
                        memory.role_country.get("#MIL") if sector == "MIL" else None
                    )
                elif label:
                    memory.role_country[label] = iso3
                    if sector == "MIL":
                        memory.role_country["#MIL"] = iso3
                t, s0, e0 = _span_text(words, idx, text, start, end)
                if iso3:
                    actor = A.country(iso3, t, sector, start=s0, end=e0)
                elif sector:
                    # a sector with no known country (المتظاهرون, المسلحون), as CAMEO's ---CVL
                    actor = A.sector_group(sector, label, t, start=s0, end=e0)
        elif kind == "person":
            t, s0, e0 = _span_text(words, idx, text, start, end)
            actor = A.person(e.get("person_id"), t, start=s0, end=e0)
        elif kind == "country":
            t, s0, e0 = _span_text(words, idx, text, start, end)
            actor = A.country(e.get("iso3"), t, start=s0, end=e0)
        elif kind == "city":
            # a place only: في الموصل says where; it is never an actor of its own
            if start == 0 or norms[start - 1] not in PREPOSITIONS | LOCATIVES:
                continue
            t, s0, e0 = _span_text(words, idx, text, start, end)
            actor = A.country(e.get("iso3"), t, start=s0, end=e0)
        elif kind == "metonym":
            t, s0, e0 = _span_text(words, idx, text, start, end)
            actor = A.country(e.get("iso3"), t, e.get("sector") or "GOV", start=s0, end=e0)
        elif kind == "org":
            t, s0, e0 = _span_text(words, idx, text, start, end)
            try:
                actor = A.organisation(e.get("code"), t, start=s0, end=e0)
            except KeyError:
                actor = None
        elif kind == "demonym":
            t, s0, e0 = _span_text(words, idx, text, start, end)
            actor = A.country(e.get("iso3"), t, start=s0, end=e0)
        if actor is None:
            if kind == "role" and e.get("role") == "person":
                title = (start, end, h.prefix, e.words[-1] == "باسم")
            continue
        if (
            title is not None
            and title[1] == start
            and (title[3] or h.prefix.lstrip("وف").startswith("ل"))
        ):
            # المتحدث باسم الخارجية, الأمين العام لجامعة الدول العربية: the title speaks
            # for (or heads) what follows; the phrase starts at the title
            t, s0, e0 = _span_text(words, idx, text, title[0], end)
            actor = Actor(**{**actor.to_dict(), "text": t, "start": s0, "end": e0})
            start, prefix = title[0], title[2]
        else:
            prefix = h.prefix
        title = None
        # a nisba agreeing with the content noun before it is an adjective:
        # الجهود الروسية, طائرات روسية (the noun is not an actor of its own)
        prev = norms[start - 1] if start > 0 else ""
        definite = prefix.endswith("ال")
        adjectival = (
            kind == "demonym"
            and start > 0
            and (start - 1) not in actor_tokens
            and prev.isalpha()
            and prev not in FUNCTION_WORDS
            and prev.startswith(("ال", "وال", "بال", "لل")) == definite
        ) or (
            # the second half of a compound: الروسية-المصرية
            kind == "demonym"
            and prev in ("-", "–")
            and bool(phrases)
            and phrases[-1].adjectival
            and phrases[-1].end == start - 1
        )
        if actor.type == "person":
            memory.persons.append(actor)
        # a place: في سوريا, شمال بغداد
        after_prep = start > 0 and (
            norms[start - 1] in PREPOSITIONS or norms[start - 1] in LOCATIVES
        )
        prev_phrase = phrases[-1] if phrases else None
        if (
            prev_phrase is not None
            and prev_phrase.end == start
            and actor.type == "person"
            and (prev_phrase.head == "org" or prev_phrase.title == "person")
            and (kind == "person" or normalize(words[start]) in HONORIFICS)
            and not prefix.startswith(("و", "ب", "ل"))
            and (prev_phrase.actor.type != "person" or prev_phrase.actor.label == "")
        ):
            # وزير الخارجية السعودي الأمير فيصل بن فرحان, الأمين العام للأمم المتحدة
            # أنطونيو غوتيريش: a title phrase and the name in apposition are one person
            first = prev_phrase.actor
            t, s0, e0 = _span_text(words, idx, text, prev_phrase.start, end)
            merged = Actor(
                **{
                    **actor.to_dict(),
                    "country": actor.country or first.country,
                    "sector": actor.sector or first.sector,
                    "text": t,
                    "start": s0,
                    "end": e0,
                }
            )
            if memory.persons and memory.persons[-1] is actor:
                memory.persons[-1] = merged
            phrases[-1] = replace(prev_phrase, end=end, actor=merged)
            continue
        phrases.append(
            Phrase(
                start,
                end,
                actor,
                prefix,
                kind,
                adjectival,
                after_prep,
                e.get("implies") or "",
                e.get("role") or "" if kind == "role" else "",
            )
        )
    return phrases
