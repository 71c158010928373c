"""A light text normaliser for Norwegian Bokmål and English: fold, split, stem, de-compound.

Goals are written in the owner's own words, so "kunde", "kunder", "kundene" and
"customers" must meet the same entry. This is deliberately simple — a suffix
stripper and a compound splitter over a known vocabulary — because it must be
deterministic, offline and fast, and the library's vocabulary is small.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_FOLD = str.maketrans(
    {"é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "ü": "u", "ö": "ø", "ä": "æ", "ô": "o"}
)
_JOINERS = re.compile(r"[-\u00ad'’]")  # e-post → epost, click-through → clickthrough
_WORD = re.compile(r"[a-zæøå]+")

# Longest first; nb inflections (-ene, -en, -et, -er, -ar, -a, -e) and en ones (-s, -es, -ing, -ed).
_SUFFIXES: tuple[str, ...] = (
    "ene", "ane", "ing", "ers", "en", "et", "er", "ar", "es", "ed", "ly", "e", "s", "a",
)  # fmt: skip
MIN_STEM = 3

_STOPWORD_TEXT = """
    i på med og en et ei den det de til for av som å at om fra per vi vår våre vårt min mitt
    mine oss skal vil ha har bli blir være er innen hver hvert år året mot eller så ved etter
    mer flere fler bedre færre mindre få større høyere lavere redusere kutte øke økt øker
    ned opp hos alle god gode godt nå enn kr prosent neste blant
    the a an of in on to for our my we and or with by at from this that is are be more most
    better fewer less get make year years month months into up down all good higher lower
    reduce cut increase increased increasing than next per cent percent among
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())
"""Words that carry no theme; direction words (more, fewer, øke) say nothing to measure."""


def fold(text: str) -> str:
    """Lower-case, fold foreign accents (é → e) but keep æ, ø, å, drop hyphens inside words."""
    return _JOINERS.sub("", text.casefold().translate(_FOLD))


def words(text: str) -> list[str]:
    """The folded words of `text`, in order; digits and punctuation dropped."""
    return _WORD.findall(fold(text))


def _strip_once(word: str) -> str:
    if word.endswith("ies") and len(word) - 3 >= MIN_STEM:
        return word[:-3] + "y"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def stem(word: str) -> str:
    """A crude stem: at most two suffixes stripped (omsetningen → omsetning → omsetn)."""
    return _strip_once(_strip_once(word))


def split_compound(word: str, vocabulary: frozenset[str], depth: int = 2) -> tuple[str, ...]:
    """Stems of the known parts of a compound (nettbutikken → nett, butikk), or ()."""
    for cut in range(len(word) - MIN_STEM, MIN_STEM - 1, -1):
        left, right = stem(word[:cut]), word[cut:]
        if left not in vocabulary:
            continue
        right_stem = stem(right)
        if right_stem in vocabulary:
            return (left, right_stem)
        if depth > 1:
            rest = split_compound(right, vocabulary, depth - 1)
            if rest:
                return (left, *rest)
    return ()


def word_terms(word: str, vocabulary: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The stem of one folded word, then the known parts if it is an unknown compound."""
    stemmed = stem(word)
    if stemmed in vocabulary:
        return (stemmed,)
    return (stemmed, *split_compound(word, vocabulary))


def terms(text: str, vocabulary: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems of every non-stopword in `text`, plus the known parts of compounds."""
    return frozenset(
        term
        for word in words(text)
        if word not in STOPWORDS
        for term in word_terms(word, vocabulary)
    )


def stems(texts: Iterable[str]) -> frozenset[str]:
    """Stems of every word of `texts`, without compound splitting: a vocabulary's raw stuff."""
    return frozenset(stem(w) for text in texts for w in words(text) if w not in STOPWORDS)
