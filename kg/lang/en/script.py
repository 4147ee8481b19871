"""Latin script and English for ingest and search: which letters are Latin,
whether Latin-script text is English (by its function words), and search folding."""

from __future__ import annotations

import re

from kg.lang import Folding

__all__ = ["detect", "fold", "in_script"]

# Frequent English function words; other Latin-script languages rarely use them.
_EN_WORDS = frozenset(
    "the of and to in is was for on that with said by as at from has have had it be are were "
    "will would not he she his her its an this which their they who been after over".split()
)
# Frequent function words of other Latin-script languages (French, Spanish,
# Portuguese, Italian, German, Dutch, Turkish...) that are not English words.
_OTHER_WORDS = frozenset(
    "le la les des du et est une dans pour sur avec qui pas ont sont été el los las y del con "
    "por para una que se es lo os da em não il della che di und der die das ist nicht mit "
    "ein eine auf den dem het een van ve bir bu ile için".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def in_script(ch: str) -> bool:
    """Whether the character is a Latin letter (ASCII or Latin-1/Extended-A/B)."""
    return ("a" <= ch.lower() <= "z") or ("\u00c0" <= ch <= "\u024f" and ch not in "×÷")


def detect(text: str, letters: int) -> bool:
    """Whether Latin-script ``text`` is English: it has English function words, more
    than those of other languages, and in a long text not only a few stray ones."""
    words = [w.lower() for w in _WORD.findall(text) if in_script(w[0])]
    english = sum(w in _EN_WORDS for w in words)
    foreign = sum(w in _OTHER_WORDS for w in words)
    if english == 0 or english <= foreign:
        return False
    return len(words) < 20 or english >= 0.05 * len(words)


# Search folding: lower case, Latin accents dropped (Türkiye -> turkiye).
fold = Folding(drop="\u0300-\u036f", decompose=True, lower=True)
