"""The lexical baseline: character n-gram TF-IDF retrieval, pure Python, one index per language.

An index holds, for every phrase and concept, its text in the language (primary) and, outside
English, its English text (secondary: people abroad often know the English word). Texts are folded
like ``wayfarer.terms.fold`` (case, diacritics, punctuation). A query's n-grams walk an inverted
index (gram → entries with TF-IDF weights), so a search touches only entries that share a gram.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from wayfarer.terms import fold
from wayfarer.terms._normalize import UNSPACED_LANGUAGES

from ._corpus import target, target_ids, texts_of

SECONDARY_WEIGHT = 0.9
_SPACED_ORDERS = (2, 3, 4)
_UNSPACED_ORDERS = (1, 2, 3)


def grams(folded: str, unspaced: bool) -> Counter[str]:
    """Character n-grams of a folded text padded with spaces (``" ab "`` → ``" a"``, ``"ab"``, ...)."""
    padded = f" {folded} "
    orders = _UNSPACED_ORDERS if unspaced else _SPACED_ORDERS
    counts: Counter[str] = Counter()
    for order in orders:
        for start in range(len(padded) - order + 1):
            gram = padded[start : start + order]
            if gram.strip():
                counts[gram] += 1
    return counts


@dataclass(frozen=True, slots=True)
class LexicalHit:
    target: str
    score: float  # cosine similarity in [0, 1]


class LexicalIndex:
    """TF-IDF over character n-grams of every target's text in one language (plus English)."""

    __slots__ = ("_entry_target", "_entry_weight", "_idf", "_postings", "lang", "unspaced")

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.unspaced = lang in UNSPACED_LANGUAGES
        documents: list[tuple[str, float, Counter[str]]] = []
        for target_id in target_ids():
            texts = texts_of(target(target_id))
            own = texts.get(lang)
            if own:
                documents.append((target_id, 1.0, grams(fold(own), self.unspaced)))
            english = texts.get("en", "")
            if lang != "en" and english and (not own or fold(own) != fold(english)):
                documents.append((target_id, SECONDARY_WEIGHT if own else 1.0, grams(fold(english), False)))
        frequency: Counter[str] = Counter()
        for _, _, counts in documents:
            frequency.update(counts.keys())
        total = len(documents) or 1
        self._idf = {gram: math.log(1 + total / df) for gram, df in frequency.items()}
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self._entry_target: list[str] = []
        self._entry_weight: list[float] = []
        for index, (target_id, weight, counts) in enumerate(documents):
            vector = {gram: (1 + math.log(tf)) * self._idf[gram] for gram, tf in counts.items()}
            norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
            for gram, value in vector.items():
                self._postings.setdefault(gram, []).append((index, value / norm))
            self._entry_target.append(target_id)
            self._entry_weight.append(weight)

    @property
    def size(self) -> int:
        return len(self._entry_target)

    def search(self, folded: str, k: int) -> list[LexicalHit]:
        counts = grams(folded, self.unspaced)
        # A query n-gram seen in no entry still counts in the query's norm: noise lowers the score.
        unseen_idf = math.log(1 + len(self._entry_target) or 1)
        vector = {gram: (1 + math.log(tf)) * self._idf.get(gram, unseen_idf) for gram, tf in counts.items()}
        norm = math.sqrt(sum(value * value for value in vector.values()))
        if norm == 0:
            return []
        scores: dict[int, float] = {}
        get = scores.get
        for gram, value in vector.items():
            posting = self._postings.get(gram)
            if posting is None:
                continue
            weight = value / norm
            for entry, entry_value in posting:
                scores[entry] = get(entry, 0.0) + weight * entry_value
        best: dict[str, float] = {}
        for entry, score in scores.items():
            target_id = self._entry_target[entry]
            weighted = min(1.0, score) * self._entry_weight[entry]
            if weighted > best.get(target_id, 0.0):
                best[target_id] = weighted
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:k]
        return [LexicalHit(target_id, score) for target_id, score in ranked]


_indexes: dict[str, LexicalIndex] = {}


def lexical_index(lang: str) -> LexicalIndex:
    """The index of a base language, built on first use."""
    index = _indexes.get(lang)
    if index is None:
        index = _indexes[lang] = LexicalIndex(lang)
    return index


def reset() -> None:
    """Forget every built index (after the phrase data changed, in tests)."""
    _indexes.clear()
