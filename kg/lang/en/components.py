"""The English event component: ``doc._.kg_mentions`` from the parse."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.lang import ensure_extensions, set_mentions
from kg.lang.en.actors import ActorResolver
from kg.lang.en.clauses import sentence_mentions
from kg.lang.en.lexicon import lexicon

__all__ = ["EnglishEvents"]


class EnglishEvents:
    """Sets ``doc._.kg_mentions`` to the ``Mention`` list of every sentence.

    min_confidence: mentions below this confidence are dropped.
    """

    def __init__(self, nlp: Language, name: str, min_confidence: float = 0.0):
        ensure_extensions()
        self.name = name
        self.min_confidence = min_confidence
        self.lx = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        res = ActorResolver(doc, self.lx)
        mentions = []
        for sent in doc.sents:
            mentions += [
                m
                for m in sentence_mentions(sent, res, self.lx)
                if m.confidence >= self.min_confidence
            ]
        set_mentions(doc, mentions)
        return doc


@Language.factory(
    "kg_en_events_v1",
    assigns=["doc._.kg_mentions"],
    requires=["token.dep", "token.lemma", "doc.ents"],
    default_config={"min_confidence": 0.0},
)
def make_english_events(nlp: Language, name: str, min_confidence: float) -> EnglishEvents:
    """Factory of the English event component."""
    return EnglishEvents(nlp, name, min_confidence)
