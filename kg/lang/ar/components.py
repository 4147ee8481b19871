"""spaCy components of the Arabic pipeline, registered as factories.

``kg_ar_sentences_v1`` -> ``kg_ar_lexicon_v1`` -> ``kg_ar_events_v1``; results
hang on ``doc._.ar_hits`` (lexicon hits per layer) and ``doc._.kg_mentions``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.lang import ensure_extensions
from kg.lang.ar.actors import ArticleMemory, build_phrases
from kg.lang.ar.clauses import Sentence, extract_sentence
from kg.lang.ar.lexicon import load_lexicon
from kg.lang.ar.matcher import match_layers, resolve_overlaps
from kg.lang.ar.normalize import normalize
from kg.lang.ar.rules import FUNCTION_WORDS, PREPOSITIONS

__all__ = ["sentence_splitter", "LexiconMatcher", "EventExtractor"]

_ENDS = {".", "!", "?", "؟", "…"}


@Language.component("kg_ar_sentences_v1")
def sentence_splitter(doc: Doc) -> Doc:
    """Sentences end at . ! ? ؟ and at line breaks (headlines have no full stop)."""
    start = True
    for tok in doc:
        tok.is_sent_start = start
        start = tok.text in _ENDS or (tok.is_space and "\n" in tok.text)
        if tok.is_space and "\n" in tok.whitespace_:
            start = True
        if tok.whitespace_ and "\n" in tok.whitespace_:
            start = True
    return doc


class LexiconMatcher:
    """Finds actors, triggers, concepts and cues, clitics and all."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()
        if not Doc.has_extension("ar_hits"):
            Doc.set_extension("ar_hits", default=None)

    def __call__(self, doc: Doc) -> Doc:
        norms = [normalize(t.text) for t in doc]
        skip = {t.i for t in doc if t.is_space or t.is_punct or not t.text.strip()}
        hits = resolve_overlaps(
            match_layers(self.lexicon, norms, skip, PREPOSITIONS), norms, FUNCTION_WORDS
        )
        # reporting verbs are verbs: a nominal reading (التابع, بالإضافة) is not one
        hits["cue"] = [
            h
            for h in hits["cue"]
            if not (
                h.kind in ("report", "speaker_quote")
                and any(c in h.prefix for c in ("ال", "ب", "ل"))
            )
            and h.kind != "negation"  # negators are grammar: rules.NEGATORS
            and not (h.end - h.start == 1 and norms[h.start] in PREPOSITIONS)  # بين is "between"
        ]
        doc._.ar_hits = hits
        return doc


class EventExtractor:
    """Clause rules over each sentence; writes ``doc._.kg_mentions``."""

    def __call__(self, doc: Doc) -> Doc:
        ensure_extensions()
        hits = doc._.ar_hits
        words = [t.text for t in doc]
        norms = [normalize(w) for w in words]
        idx = [t.idx for t in doc]
        covered = {i for layer in hits.values() for h in layer for i in range(h.start, h.end)}
        memory = ArticleMemory()
        mentions = []
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if not toks:
                continue
            s0, s1 = toks[0].i, toks[-1].i + 1
            sh = {k: [h for h in v if s0 <= h.start < s1] for k, v in hits.items()}
            phrases = build_phrases(
                sh["actor"], words, norms, idx, doc.text, covered, memory, memory.speaker
            )
            s = Sentence(
                s0,
                s1,
                toks[0].idx,
                toks[-1].idx + len(toks[-1].text),
                words,
                norms,
                idx,
                sh,
                phrases,
            )
            mentions.extend(extract_sentence(s, memory, doc.text))
        doc._.kg_mentions = mentions
        return doc


@Language.factory("kg_ar_lexicon_v1", assigns=["doc._.ar_hits"])
def make_lexicon_matcher(nlp: Language, name: str) -> LexiconMatcher:
    return LexiconMatcher()


@Language.factory("kg_ar_events_v1", assigns=["doc._.kg_mentions"], requires=["doc._.ar_hits"])
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor()
