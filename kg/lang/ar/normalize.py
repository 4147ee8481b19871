"""Arabic orthographic normalisation that keeps a map back to the original text.

Lexicon look-ups compare normalised forms; every output keeps the original
text, so ``normalize_with_offsets`` also returns, for each normalised
character, the index of the original character it came from.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.lang.ar.caches import WORDS

__all__ = ["MARKS", "normalize", "normalize_with_offsets", "strip_diacritics"]

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel.
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_DROP = re.compile(f"[{MARKS}\u200c\u200d\u200e\u200f]")
_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",  # alef with hamza / madda / wasla
        "ؤ": "و",
        "ئ": "ي",  # hamza on waw / yeh
        "ى": "ي",  # alef maqsura
        "ة": "ه",  # ta marbuta
        "ک": "ك",
        "ی": "ي",
        "ې": "ي",  # Persian/Urdu letter forms seen in Arabic news
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic digits
    }
)
# Presentation forms (ﻗﺼﻒ, the ligature ﻻ) some sites still publish: their letters,
# then unified like the rest (ﺔ -> ة -> ه).
_MAP.update(
    {
        cp: unicodedata.normalize("NFKC", chr(cp)).translate(_MAP)
        for cp in [*range(0xFB50, 0xFDFF), *range(0xFE70, 0xFEFF)]
        if unicodedata.normalize("NFKC", chr(cp)).strip()
        and unicodedata.normalize("NFKC", chr(cp)) != chr(cp)
        and len(unicodedata.normalize("NFKC", chr(cp))) <= 2
    }
)


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel only (no letter unification)."""
    return _DROP.sub("", text)


@lru_cache(maxsize=WORDS)
def normalize(text: str) -> str:
    """Normalise a word or phrase for matching (length may shrink)."""
    return _DROP.sub("", text).translate(_MAP).lower()


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` and map each output character back to the input.

    Returns:
        ``(norm, offsets)`` where ``norm[i]`` came from ``text[offsets[i]]``;
        ``offsets`` has one extra entry, ``len(text)``, so that an end offset
        maps too.
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if _DROP.match(ch):
            continue
        mapped = ch.translate(_MAP).lower()  # may be two characters: "İ".lower()
        out.append(mapped)
        offsets.extend([i] * len(mapped))
    offsets.append(len(text))
    return "".join(out), offsets
