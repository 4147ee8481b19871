"""How many words the Arabic pack's per-word caches hold.

News keeps bringing new word forms (about 90,000 distinct ones in 2,000 Saudi
articles, 140,000 in 6,000), so a cache that grows until some large bound
keeps a long run's memory growing for most of the run. Every per-word cache
of the pack (the functions' ``lru_cache`` and the lexicon's dictionaries)
holds at most ``WORDS`` entries, least recently used out first: full after a
few hundred articles, after which memory stays flat, while the common words,
met again and again, stay in.
"""

from __future__ import annotations

from itertools import islice

__all__ = ["WORDS", "recall", "remember"]

WORDS = 40_000


_ABSENT = object()


def recall(cache: dict, key, default=None):
    """``cache[key]`` (``default`` if absent), now the most recently used entry."""
    value = cache.pop(key, _ABSENT)
    if value is _ABSENT:
        return default
    cache[key] = value
    return value


def remember(cache: dict, key, value, size: int = WORDS):
    """``cache[key] = value``; a full cache first forgets its least recently used quarter."""
    if len(cache) >= size:
        for old in list(islice(cache, size // 4)):
            del cache[old]
    cache[key] = value
    return value
