"""Arabic language pack: ``spacy.blank("ar")`` plus the project's own components.

Data (lexicons) lives in ``data/``; the stages are ``normalize`` ->
``morphology`` -> ``lexicon``/``matcher`` -> ``actors`` -> ``syntax`` -> ``frames``.
Dates are read by ``dates``; ingest and search use ``script``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lang import LanguagePack, register
from kg.lang.ar import dates, script

if TYPE_CHECKING:
    import spacy

__all__ = ["PACK", "make_nlp"]

_STOP = r"(?<=[\u0621-\u064a]{3})[.!?؟](?=[\u0621-\u064a]{2})"
_GLUED = re.compile(_STOP)


def make_nlp() -> spacy.Language:
    """The Arabic pipeline: sentences, lexicon matching, clause rules."""
    # spaCy and the components (importing them registers the factories) come with
    # the first pipeline: reading a corpus does not need them
    import spacy
    from spacy.attrs import IS_PUNCT, IS_SPACE

    from kg.lang.ar import components  # noqa: F401

    nlp = spacy.blank("ar")
    nlp.max_length = 2_000_000
    # spaCy splits a full stop only after a letter: in «... الأميركية». the quote and
    # the stop would stay glued to the word; split punctuation after closing marks too
    # ... and after a number ending a sentence (في 2009.)
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[»\"”’)\]])[.!?؟،,؛;:…]", r"(?<=[0-9])\.$", r"/"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # some agencies set names between slashes: تنظيم /داعش/
    prefixes = [*nlp.Defaults.prefixes, r"/"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    # a sentence typed with no space after its full stop (مصلحته العليا.من جهة ثانية)
    # ends there; abbreviations (د.ب.أ, ق.م, د.هشام) have a short part on one side
    infixes = [*nlp.Defaults.infixes, _STOP]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # ... which spaCy would otherwise keep whole as a web address (like ``a.com``)
    url_match = nlp.tokenizer.url_match
    nlp.tokenizer.url_match = lambda s: None if _GLUED.search(s) else url_match(s)
    # every word new to the vocabulary gets its lexical attributes computed; the pack
    # reads only these two (components._tokens), so the others (norm, case, shape,
    # number, URL, ...) are not made
    getters = nlp.vocab.lex_attr_getters
    for attr in list(getters):
        if attr not in (IS_SPACE, IS_PUNCT):
            del getters[attr]
    nlp.add_pipe("kg_ar_sentences_v1")
    nlp.add_pipe("kg_ar_lexicon_v1")
    nlp.add_pipe("kg_ar_events_v1")
    return nlp


# fields: code, pipeline, date finder, script for ingest, its test, language test, folding
PACK = register(
    LanguagePack("ar", make_nlp, dates, "Arab", script.in_script, script.detect, script.fold)
)
