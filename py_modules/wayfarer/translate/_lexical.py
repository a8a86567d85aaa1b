"""The lexical baseline: character n-gram TF-IDF retrieval, pure Python, one index per language.

An index holds, for every phrase and concept, its text in the language (primary) and, outside
English, its English text (secondary: people abroad often know the English word). Texts are folded
like ``wayfarer.terms.fold`` (case, diacritics, punctuation). A query's n-grams walk an inverted
index (gram → entries with TF-IDF weights), so a search touches only entries that share a gram.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass

from wayfarer import terms
from wayfarer.terms import fold
from wayfarer.terms._normalize import UNSPACED_LANGUAGES

from ._corpus import synonyms, target, target_ids, texts_of, variants
from ._phrases import phrase_book

SECONDARY_WEIGHT = 0.9
# Trigrams only for spaced scripts: as accurate on the evaluation set as 2-4-grams, 4x faster.
_SPACED_ORDERS = (3,)
_UNSPACED_ORDERS = (2, 3)


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

    __slots__ = ("_entry_target", "_idf", "_postings", "lang", "unspaced")

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
            for word in (*synonyms(target_id, lang), *variants(target_id, lang)):
                documents.append((target_id, 1.0, grams(fold(word), self.unspaced)))
        frequency: Counter[str] = Counter()
        for _, _, counts in documents:
            frequency.update(counts.keys())
        total = len(documents) or 1
        self._idf = {gram: math.log(1 + total / df) for gram, df in frequency.items()}
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self._entry_target: list[str] = []
        for index, (target_id, weight, counts) in enumerate(documents):
            vector = {gram: (1 + math.log(tf)) * self._idf[gram] for gram, tf in counts.items()}
            norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
            for gram, value in vector.items():  # secondary entries count SECONDARY_WEIGHT as much
                self._postings.setdefault(gram, []).append((index, weight * value / norm))
            self._entry_target.append(target_id)

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
        found: list[LexicalHit] = []
        seen: set[str] = set()
        for entry in heapq.nlargest(k * 3, scores, key=scores.__getitem__):
            target_id = self._entry_target[entry]
            if target_id not in seen:
                seen.add(target_id)
                found.append(LexicalHit(target_id, min(1.0, scores[entry])))
        found.sort(key=lambda hit: (-hit.score, hit.target))
        return found[:k]


_indexes: dict[str, LexicalIndex] = {}
_exact: dict[str, dict[str, tuple[str, ...]]] = {}


def exact_terms(lang: str) -> dict[str, tuple[str, ...]]:
    """Folded vocabulary term (in ``lang`` or English) → the concepts it names, built on first use."""
    table = _exact.get(lang)
    if table is None:
        found: dict[str, list[str]] = {}
        for concept in terms.concepts():
            named = (*synonyms(concept.id, lang), *variants(concept.id, lang))
            for text in {concept.terms.get(lang), concept.terms.get("en"), *named}:
                if text and concept.id not in found.get(fold(text), ()):
                    found.setdefault(fold(text), []).append(concept.id)
        table = _exact[lang] = {key: tuple(ids) for key, ids in found.items()}
    return table


_exact_phrases: dict[str, dict[str, tuple[str, ...]]] = {}


def exact_phrases(lang: str) -> dict[str, tuple[str, ...]]:
    """Folded wording of a phrase in ``lang`` (its text or a matching variant) → the phrases it is."""
    table = _exact_phrases.get(lang)
    if table is None:
        found: dict[str, list[str]] = {}
        for phrase in phrase_book().phrases:
            for text in (phrase.texts.get(lang), *variants(phrase.id, lang)):
                if text and phrase.id not in found.get(fold(text), ()):
                    found.setdefault(fold(text), []).append(phrase.id)
        table = _exact_phrases[lang] = {key: tuple(ids) for key, ids in found.items()}
    return table


def lexical_index(lang: str) -> LexicalIndex:
    """The index of a base language, built on first use."""
    index = _indexes.get(lang)
    if index is None:
        index = _indexes[lang] = LexicalIndex(lang)
    return index


def reset() -> None:
    """Forget every built index (after the phrase data changed, in tests)."""
    _indexes.clear()
    _exact.clear()
    _exact_phrases.clear()
