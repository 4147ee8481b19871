"""Arabic script for ingest and search: which letters are Arabic, whether
Arabic-script text is Arabic (not Persian or Urdu), and search folding."""

from __future__ import annotations

from kg.lang import Folding
from kg.lang.ar.normalize import MARKS

__all__ = ["detect", "fold", "in_script"]

_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
# Letters of Persian and Urdu that Arabic does not use: text written mostly with
# them is Arabic-script but not Arabic.
_PERSIAN_URDU = set("پچژگکیۀےںٹڈڑ")
_TA_MARBUTA = "ة"


def in_script(ch: str) -> bool:
    """Whether the character is in one of the Arabic Unicode blocks."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _RANGES)


def detect(text: str, letters: int) -> bool:
    """Whether Arabic-script ``text`` (``letters`` Arabic letters) is Arabic: Arabic
    uses ta marbuta everywhere, Persian and Urdu hardly at all."""
    persian = sum(ch in _PERSIAN_URDU for ch in text)
    return not (persian >= 0.03 * letters and text.count(_TA_MARBUTA) < 0.005 * letters)


# Search folding: short vowels, tatweel and Quranic marks dropped, alef with hamza,
# madda or wasla to bare alef, alef maqsura to ya, ta marbuta to ha. Lighter than
# ``normalize`` (for lexicon matching).
fold = Folding(
    drop=MARKS,
    letters=(
        ("\u0622", "\u0627"),
        ("\u0623", "\u0627"),
        ("\u0625", "\u0627"),
        ("\u0671", "\u0627"),
        ("\u0649", "\u064a"),
        ("\u0629", "\u0647"),
    ),
)
