"""English name matching: the lexicon's names and the knowledge base's, as ``doc.ents``.

One pass over the tokens finds the longest known name at each position and marks
it as an entity whose ``ent_id_`` says what it names (``country:RUS:GOV``,
``org:UNO``, ``person:bill-clinton``, ``org:org/laskar-i-taiba``), before the
statistical NER, which keeps these spans. Names are compared with the spaces
between tokens removed, so a name matches however the tokenizer splits it
("al-Maliki", "U.S."). The hand-written lexicon names are matched case-sensitively
("US" is not "us"); knowledge-base names case-insensitively, but only where the
text writes them as a name (a capitalised first word; a proper noun for a
one-word name). The index is compiled once and cached on disk (``kg.cache``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg import actors as kga
from kg.cache import cached
from kg.kb import DATA as KB_DATA
from kg.kb import KBRole, kb_actor, kb_actors, kb_names, parse_date, role_at
from kg.lang.en.lexicon import DATA, Lexicon, NameEntry, lexicon

__all__ = ["NameIndex", "NameMatcher", "build_index", "name_index"]

MAX_TOKENS = 10
# Lower-case words that may open a name ("al-Maliki", "bin Laden", "de Mistura").
NAME_PARTICLES = frozenset("al el bin ibn de da van von le la abu".split())
_LABELS = {"country": "GPE", "org": "ORG", "person": "PERSON"}


def _key(text: str) -> str:
    """A name without spaces, hyphens, dots and apostrophes ("al-Thani" = "al Thani")."""
    return _SEPARATORS.sub("", text)


def _folded_key(text: str) -> str:
    """``_key`` with the Arabic article written one way: "El Bashir" = "al-Bashir"."""
    return _key(_ARTICLE.sub("al", text))


_SEPARATORS = re.compile(r"[\s\-.'’]+")
# "al"/"el" as a word of its own: transliterations of the Arabic article
_ARTICLE = re.compile(r"(?<![^\s\-])[AaEe]l(?=[\s\-])")
# the same for one token of the text
ARTICLE_FORMS = dict.fromkeys(("al", "el", "Al", "El", "AL", "EL"), "al")
MAX_KEY = 80


@dataclass
class NameIndex:
    """Keys are names without spaces: ``exact`` case-sensitive (lexicon), ``folded``
    lower case (knowledge base, several refs per name)."""

    exact: dict[str, NameEntry] = field(default_factory=dict)
    folded: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # surname -> knowledge-base officials of that surname (for "Clinton" alone)
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # initials of organisation names -> their refs ("ilo" -> the International Labour
    # Organization), read only beside a "Full Name (ACR)" whose words give those initials
    # (with the name's words, to choose among organisations sharing initials)
    initials: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)


# Words an acronym skips ("the Organization of the Islamic Conference": OIC).
_ACRONYM_SKIP = frozenset("of the and for on in at to 's ' & de".split())
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


def _significant(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isalpha()]


def build_index(lx: Lexicon) -> NameIndex:
    """The index of the lexicon's names and the knowledge base's English names."""
    idx = NameIndex()
    for name, entry in lx.names.items():
        idx.exact[_key(name)] = entry
        idx.exact.setdefault(_folded_key(name), entry)
    folded: dict[str, list[str]] = {}
    for form, ref in kb_names("en"):
        for k in {_key(form.lower()), _folded_key(form.lower())}:
            if k and ref not in folded.setdefault(k, []):
                folded[k].append(ref)
    idx.folded = {k: tuple(refs) for k, refs in folded.items()}
    initials: dict[str, set[tuple[str, frozenset[str]]]] = {}
    orgs = [(f, r) for f, r in kb_names("en") if r.startswith(("org:", "org/"))]
    orgs += [(n, f"org:{e.code}") for n, e in lx.names.items() if e.kind == "org"]
    for form, ref in orgs:
        words = _significant(form.split())
        if len(words) >= 2:
            key = "".join(w[0] for w in words).lower()
            initials.setdefault(key, set()).add((ref, frozenset(w.lower() for w in words)))
    idx.initials = {
        k: tuple(sorted(v, key=lambda x: (x[0], sorted(x[1])))) for k, v in initials.items()
    }
    # officials by surname, the most prominent first: persons of the hand-written table,
    # then those the dictionaries give more name forms
    forms_of: dict[str, int] = {}
    for refs in folded.values():
        for ref in refs:
            forms_of[ref] = forms_of.get(ref, 0) + 1
    by_surname: dict[str, list[str]] = {}
    for a in kb_actors().values():
        words = a.label.split()
        if a.type == "person" and len(words) >= 2 and any(_official(r) for r in a.roles):
            by_surname.setdefault(words[-1].lower(), []).append(a.id)
    known = kga.persons()
    idx.surnames = {
        k: tuple(
            sorted(v, key=lambda r: (r.removeprefix("person/") not in known, -forms_of.get(r, 0)))
        )
        for k, v in by_surname.items()
    }
    return idx


# A surname after a title ("President Kagame") with no article date: shorter ones
# ("Kim", "Lee") are shared by too many people the dictionaries do not list.
TITLED_SURNAME_MIN = 5
# Roles of the people news names by surname alone; the first ones outrank the others.
_OFFICIAL = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY")


def _official(role: KBRole) -> bool:
    return role.sector in _OFFICIAL or (role.country in kga.ORG_SLOTS and role.org is not None)


def _rank(role: KBRole) -> int:
    return _OFFICIAL.index(role.sector) if role.sector in _OFFICIAL else len(_OFFICIAL)


def name_index() -> NameIndex:
    """``build_index`` of the lexicon, from the disk cache when the tables are unchanged."""
    sources = sorted(DATA.glob("*.tsv")) + sorted(KB_DATA.glob("*.tsv"))
    sources += sorted((DATA.parents[2] / "data").glob("*.tsv")) + [Path(__file__)]
    return cached("en-names", sources, lambda: build_index(lexicon()))


def _entry(ref: str, when: date | None = None) -> NameEntry | None:
    """A knowledge-base ref as the lexicon's ``NameEntry`` (on the date ``when``)."""
    kind, _, rest = ref.partition(":")
    if kind == "country":
        iso, _, sector = rest.partition(":")
        return NameEntry("country", iso, sector or None) if iso in kga.countries() else None
    if kind == "org":
        return NameEntry("org", rest) if rest in kga.organisations() else None
    if ref.startswith("person/"):
        return NameEntry("person", ref.removeprefix("person/"))
    if ref.startswith("place/"):  # a place that changed country: its country on the date
        k = kb_actor(ref)
        role = role_at(k.roles, when) if k else None
        return NameEntry("country", role.country) if role and role.country else None
    if ref.startswith("org/"):
        return NameEntry("org", ref)
    return None


def _pick(refs: tuple[str, ...], when: date | None) -> NameEntry | None:
    """Of several actors with one name, the one holding a role on ``when``."""
    if len(refs) > 1 and when is not None:
        for ref in refs:
            k = kb_actor(ref)
            role = role_at(k.roles, when) if k else None
            if role is not None and role.dated and role.holds(when):
                return _entry(ref, when)
    return _entry(refs[0], when)


class NameMatcher:
    """Sets ``doc.ents`` to the known names of the text (longest first).

    A surname alone is the person of that surname named in full earlier in the text,
    else the official of that surname in office on the article's date (the higher
    office when two are: "Clinton" is Bill in 1998, Hillary in 2011), else the
    person the hand-written lexicon names, else (no date) the one official of that
    surname whose role the title before it gives ("President Kagame"), else nobody.
    """

    def __init__(self) -> None:
        self.index = name_index()

    def __call__(self, doc: Doc) -> Doc:
        idx = self.index
        when = parse_date(doc._.kg_date)
        words = [t.text for t in doc]
        spans: list[Span] = []
        named: dict[str, NameEntry] = {}  # surname -> person named in full in this text
        i, n = 0, len(doc)
        while i < n:
            best: tuple[int, NameEntry] | None = None
            key = alt = ""  # alt: the Arabic article written "al" ("El Bashir")
            for j in range(i if _key(words[i]) else n, min(n, i + MAX_TOKENS)):
                part = _key(words[j])
                key += part
                alt += ARTICLE_FORMS.get(words[j], part)
                if len(key) > MAX_KEY:
                    break
                if not part:
                    continue  # a hyphen or a full stop only joins what is around it
                low = key.lower()
                # (a name written with a lower-case particle, "al-Shabaab", opening a sentence)
                entry = (
                    idx.exact.get(key)
                    or idx.exact.get(key[:1].lower() + key[1:])
                    or (idx.exact.get(alt) if alt != key else None)
                )
                refs = idx.folded.get(low, ()) or idx.folded.get(alt.lower(), ())
                # a place that changed country (Eritrea before 1993) beats today's name
                moved = bool(refs) and refs[0].startswith("place/")
                if (entry is None or moved) and refs and self._written_as_name(doc, i, j):
                    entry = _pick(refs, when) or entry
                if entry is not None:
                    best = (j + 1, entry)
            one = doc[i]
            if (best is None or best[0] == i + 1) and self._written_as_name(doc, i, i):
                prev = doc[i - 1] if i else None
                title = lexicon().roles.get(prev.lower_) if prev and prev.is_title else None
                surname = self._surname(one.lower_, best[1] if best else None, named, when, title)
                best = (i + 1, surname) if surname is not None else best
            if best is None:
                i += 1
                continue
            end, entry = best
            if entry.kind == "person" and end - i > 1:
                named[doc[end - 1].lower_] = entry
            span = Span(doc, i, end, label=_LABELS[entry.kind])
            span.id_ = f"{entry.kind}:{entry.code}:{entry.sector or ''}"
            spans.append(span)
            i = end
        doc.ents = self._acronyms(doc, spans, when)
        return doc

    def _by_initials(self, acr: str, words: set[str], when: date | None) -> NameEntry | None:
        """The one organisation with initials ``acr`` sharing most of its name's words with
        the text's ("International Labor Office": the International Labor Organization)."""
        scored = sorted(
            (
                (len(ws & words) / len(ws), ref)
                for ref, ws in self.index.initials.get(acr.lower(), ())
            ),
            reverse=True,
        )
        if not scored or scored[0][0] < 0.5 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return _pick((scored[0][1],), when)

    def _acronyms(self, doc: Doc, spans: list[Span], when: date | None) -> list[Span]:
        """'the International Labor Office (ILO)', 'the Kurdistan Workers' Party (PKK)': a
        name followed by its acronym in brackets is one actor: the one either form names,
        else the organisation the initials name; an unknown one is still one name."""
        out = list(spans)
        for i in range(1, len(doc) - 2):
            if doc[i].text != "(" or doc[i + 2].text != ")" or not _ACRONYM.match(doc[i + 1].text):
                continue
            acr = doc[i + 1].text
            start, letters = i, []
            while start > 0 and len(letters) < len(acr):
                w = doc[start - 1]
                if w.lower_ in _ACRONYM_SKIP and start - 1 > 0:
                    start -= 1
                    continue
                if not w.text[:1].isupper() or not w.is_alpha:
                    break
                letters.insert(0, w.text[0])
                start -= 1
            while start < i and doc[start].lower_ in _ACRONYM_SKIP:
                start += 1
            if start == i or "".join(letters) != acr:
                continue
            own = [sp for sp in out if sp.start < i + 3 and sp.end > start]
            if any(sp.start < start or sp.end > i + 3 for sp in own):
                continue  # a longer name runs across it
            # the whole name or the acronym known: that actor ("Montenegro" alone is not)
            known = [
                sp for sp in own if sp.id_ and (sp.start, sp.end) in ((start, i), (i + 1, i + 2))
            ]
            label, ent_id = "ORG", ""
            if known:
                label, ent_id = known[-1].label_, known[-1].id_
            else:
                entry = self._by_initials(acr, {w.lower_ for w in doc[start:i]}, when)
                if entry is not None:
                    label, ent_id = _LABELS[entry.kind], f"{entry.kind}:{entry.code}:"
            span = Span(doc, start, i + 3, label=label)
            span.id_ = ent_id
            out = [sp for sp in out if sp not in own] + [span]
        return sorted(out, key=lambda sp: sp.start)

    def _surname(
        self,
        low: str,
        lexicon_entry: NameEntry | None,
        named: dict[str, NameEntry],
        when: date | None,
        title: str | None = None,
    ) -> NameEntry | None:
        if lexicon_entry is not None and lexicon_entry.kind != "person":
            return lexicon_entry
        if low in named:
            return named[low]
        if when is not None:
            holding = []  # (office rank, prominence, ref) of those in office on the date
            for n, ref in enumerate(self.index.surnames.get(low, ())):
                k = kb_actor(ref)
                role = role_at(k.roles, when) if k else None
                if role is not None and role.dated and role.holds(when) and _official(role):
                    holding.append((_rank(role), n, ref))
            if holding:
                return _entry(min(holding)[2])
        elif lexicon_entry is None:
            # no date: the most prominent official of that name, if the project knows them
            officials = self.index.surnames.get(low, ())
            top = next(iter(officials), None)
            if top is not None and top.removeprefix("person/") in kga.persons():
                return _entry(top)
            if title and len(officials) == 1 and len(low) >= TITLED_SURNAME_MIN:
                # "President Kagame": the one official of that surname, if the title fits
                k = kb_actor(top)
                if k is not None and any(r.sector == title for r in k.roles):
                    return _entry(top)
        return lexicon_entry

    @staticmethod
    def _written_as_name(doc: Doc, i: int, j: int) -> bool:
        first = doc[i]
        if i == j:
            return first.text[:1].isupper() and first.tag_ in ("NNP", "NNPS")
        if first.text[:1].isupper():
            return True
        nxt = doc[i + 1].text
        return first.lower_ in NAME_PARTICLES and (nxt == "-" or nxt[:1].isupper())


@Language.factory("kg_en_names_v1", assigns=["doc.ents"])
def make_name_matcher(nlp: Language, name: str) -> NameMatcher:
    """Factory of the English name matcher (lexicon and knowledge-base names)."""
    return NameMatcher()
