"""Typo-tolerant search over the terms of one language.

Design (built lazily, once per language, on the first search in it):

1. Every concept contributes a *primary key* — its term in the language, folded (``_normalize.fold``) —
   and, outside English, its English term as a *secondary key* (people abroad often know the English
   word). A concept with an explicit gap in the language is found by its English term as primary key.
2. An inverted index maps each character bigram of the padded key (``" diabetes "``) to the entries
   that contain it. A query's bigrams select candidates by how much of the query they cover.
3. The best candidates are scored exactly with a bit-parallel edit distance (Myers/Hyyrö): the fewest
   edits that turn the query into a *prefix* of the key starting at a word start (any position for
   languages written without spaces). Similarity = 1 - distance / query length, plus a bonus for how
   much of the key the query covers, so that a complete word beats a longer term it is a prefix of.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from ._concept import Concept
from ._normalize import UNSPACED_LANGUAGES, fold

#: Candidates from the bigram stage that are scored exactly.
CANDIDATES = 40
#: Results below this similarity are not returned.
MIN_SIMILARITY = 0.5
_COVERAGE_WEIGHT = 0.25
# A small prior for the more general concept: its English name is shorter ("Hypertension" over
# "Pulmonary hypertension" when both start with what was typed).
_GENERAL_WEIGHT = 0.05
_SECONDARY_PENALTY = 0.08
_EXACT_ACCENT_BONUS = 0.02
_MAX_QUERY = 48


@dataclass(frozen=True, slots=True)
class _Entry:
    concept_index: int
    key: str
    accented: str  # casefolded only: rewards a query typed with the right diacritics
    anchors: tuple[int, ...]  # positions a match may start at
    secondary: bool
    gram_count: int
    english_length: int


def _bigrams(key: str) -> set[str]:
    padded = f" {key} "
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


_ARABIC_ARTICLE = "ال"


def _word_starts(key: str, lang: str) -> tuple[int, ...]:
    starts = [i for i, char in enumerate(key) if char != " " and (i == 0 or key[i - 1] == " ")]
    if lang == "ar":  # a word may be typed without its definite article: "سكري" for "السكري"
        starts += [i + 2 for i in starts if key.startswith(_ARABIC_ARTICLE, i) and len(key) > i + 3]
        starts.sort()
    return tuple(starts)


def _pattern_masks(query: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    for position, char in enumerate(query):
        masks[char] = masks.get(char, 0) | (1 << position)
    return masks


def _prefix_distance(masks: dict[str, int], length: int, text: str, anchored: bool) -> int:
    """Fewest edits turning the query into a prefix of ``text`` (``anchored``) or a substring of it.

    Myers' bit-parallel algorithm in Hyyrö's formulation; ``anchored`` feeds a +1 at row 0 (the match
    must start at ``text[0]``), otherwise row 0 is free (the match may start anywhere).
    """
    full = (1 << length) - 1
    high = 1 << (length - 1)
    positive, negative = full, 0
    score = best = length
    carry = 1 if anchored else 0
    for char in text:
        equal = masks.get(char, 0)
        vertical = equal | negative
        horizontal = ((((equal & positive) + positive) & full) ^ positive) | equal
        h_positive = (negative | ~(horizontal | positive)) & full
        h_negative = positive & horizontal
        if h_positive & high:
            score += 1
        elif h_negative & high:
            score -= 1
        if score < best:
            best = score
            if best == 0:
                return 0
        h_positive = ((h_positive << 1) | carry) & full
        h_negative = (h_negative << 1) & full
        positive = (h_negative | ~(vertical | h_positive)) & full
        negative = h_positive & vertical
    return best


class LanguageIndex:
    """The search index of one language."""

    __slots__ = ("_concepts", "_entries", "_postings", "_unspaced", "lang")

    def __init__(self, concepts: Iterable[Concept], lang: str) -> None:
        self.lang = lang
        self._unspaced = lang in UNSPACED_LANGUAGES
        self._concepts: list[Concept] = list(concepts)
        self._entries: list[_Entry] = []
        self._postings: dict[str, list[int]] = {}
        for index, concept in enumerate(self._concepts):
            term = concept.terms.get(lang)
            if term is None:
                self._add(index, concept.english, secondary=False)
                continue
            self._add(index, term, secondary=False)
            if lang != "en" and fold(concept.english) != fold(term):
                self._add(index, concept.english, secondary=True)

    def _add(self, concept_index: int, text: str, *, secondary: bool) -> None:
        key = fold(text)
        if not key:
            return
        anchors = tuple(range(len(key))) if self._unspaced else _word_starts(key, self.lang)
        grams = _bigrams(key)
        entry_index = len(self._entries)
        english_length = len(fold(self._concepts[concept_index].english)) or 1
        self._entries.append(
            _Entry(concept_index, key, text.casefold(), anchors, secondary, len(grams), english_length)
        )
        for gram in grams:
            self._postings.setdefault(gram, []).append(entry_index)

    @property
    def size(self) -> int:
        """Number of indexed keys."""
        return len(self._entries)

    def search(self, text: str, category: str | None, k: int) -> list[Concept]:
        query = fold(text)[:_MAX_QUERY]
        if not query or k <= 0:
            return []
        query_grams = _bigrams(query)
        hits: dict[int, int] = {}
        postings = self._postings
        for gram in query_grams:
            for entry_index in postings.get(gram, ()):
                hits[entry_index] = hits.get(entry_index, 0) + 1
        entries = self._entries
        concepts = self._concepts
        if category is not None:
            hits = {i: n for i, n in hits.items() if concepts[entries[i].concept_index].category == category}
        total = len(query_grams)

        def coarse(entry_index: int) -> float:
            shared = hits[entry_index]
            return shared / total + shared / (total + entries[entry_index].gram_count)

        candidates = heapq.nlargest(CANDIDATES, hits, key=coarse)
        scored: dict[int, tuple[float, int, str]] = {}
        masks = _pattern_masks(query)
        query_words = query.split(" ") if not self._unspaced else [query]
        word_masks = (
            [(_pattern_masks(word), len(word)) for word in query_words] if len(query_words) > 1 else []
        )
        accented = text.casefold().strip()
        for entry_index in candidates:
            entry = entries[entry_index]
            similarity = self._similarity(query, masks, word_masks, entry)
            if similarity < MIN_SIMILARITY:
                continue
            score = (
                similarity
                + _COVERAGE_WEIGHT * min(1.0, len(query) / len(entry.key))
                + _GENERAL_WEIGHT * min(1.0, len(query) / entry.english_length)
            )
            if entry.secondary:
                score -= _SECONDARY_PENALTY
            if entry.accented == accented:
                score += _EXACT_ACCENT_BONUS
            concept_index = entry.concept_index
            previous = scored.get(concept_index)
            rank = (score, -len(entry.key), concepts[concept_index].id)
            if previous is None or rank[:2] > previous[:2]:
                scored[concept_index] = rank
        best = sorted(scored.items(), key=lambda item: (-item[1][0], -item[1][1], item[1][2]))
        return [concepts[concept_index] for concept_index, _ in best[:k]]

    def _similarity(
        self,
        query: str,
        masks: dict[str, int],
        word_masks: list[tuple[dict[str, int], int]],
        entry: _Entry,
    ) -> float:
        key = entry.key
        if key.startswith(query) or (not self._unspaced and f" {query}" in f" {key}"):
            return 1.0
        if self._unspaced and query in key:
            return 1.0
        length = len(query)
        if self._unspaced:
            distance = _prefix_distance(masks, length, key, anchored=False)
        else:
            distance = min(
                _prefix_distance(masks, length, key[start:], anchored=True) for start in entry.anchors
            )
        similarity = 1.0 - distance / length
        if word_masks:
            total_length = 0
            total_distance = 0
            for word_mask, word_length in word_masks:
                total_length += word_length
                total_distance += min(
                    _prefix_distance(word_mask, word_length, key[start:], anchored=True)
                    for start in entry.anchors
                )
            similarity = max(similarity, 0.95 * (1.0 - total_distance / total_length))
        return similarity
