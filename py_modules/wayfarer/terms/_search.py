"""Typo-tolerant search over the terms of one language.

Design (built lazily, once per language, on the first search in it):

1. Every concept contributes a *primary key* — its term in the language, folded (``_normalize.fold``) —
   and, outside English, its English term as a *secondary key* (people abroad often know the English
   word). A concept with an explicit gap in the language is found by its English term as primary key.
   Search synonyms of the language (``data/search/synonyms.json``: "COPD", "Bluthochdruck") are
   primary keys too.
2. An inverted index maps each character bigram of the padded key (``" diabetes "``) to the entries
   that contain it. A query's bigrams select candidates by how much of the query they cover.
3. The best candidates are scored exactly with a bit-parallel edit distance (Myers/Hyyrö): the fewest
   edits that turn the query into a *prefix* of the key starting at a word start (any position for
   languages written without spaces). Similarity = 1 - distance / query length, plus a bonus for how
   much of the key the query covers, so that a complete word beats a longer term it is a prefix of.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter

from ._concept import Concept
from ._normalize import UNSPACED_LANGUAGES, fold

#: Candidates from the bigram stage that are scored exactly.
CANDIDATES = 30
#: Results below this similarity are not returned.
MIN_SIMILARITY = 0.5
_COVERAGE_WEIGHT = 0.25
# A small prior for the more general concept: its English name is shorter ("Hypertension" over
# "Pulmonary hypertension" when both start with what was typed).
_GENERAL_WEIGHT = 0.05
_SECONDARY_PENALTY = 0.08
_EXACT_ACCENT_BONUS = 0.02
_MAX_QUERY = 48
_WINDOW_SLACK = 3
_GOOD_ENOUGH = 0.9
_SHARED_FLOOR = 0.4
_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class _Entry:
    concept_index: int
    key: str
    accented: str  # casefolded only: rewards a query typed with the right diacritics
    suffixes: tuple[str, ...]  # the key from each position a match may start at
    secondary: bool
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

    __slots__ = ("_categories", "_concepts", "_entries", "_postings", "_unspaced", "lang")

    def __init__(
        self, concepts: Iterable[Concept], lang: str, synonyms: Mapping[str, tuple[str, ...]] | None = None
    ) -> None:
        self.lang = lang
        self._unspaced = lang in UNSPACED_LANGUAGES
        self._concepts: list[Concept] = list(concepts)
        self._entries: list[_Entry] = []
        self._postings: dict[str, list[int]] = {}
        self._categories: list[str] = []  # per entry
        for index, concept in enumerate(self._concepts):
            term = concept.terms.get(lang)
            if term is None:
                self._add(index, concept.english, secondary=False)
                continue
            self._add(index, term, secondary=False)
            if lang != "en" and fold(concept.english) != fold(term):
                self._add(index, concept.english, secondary=True)
        by_id = {concept.id: index for index, concept in enumerate(self._concepts)}
        for concept_id, words in (synonyms or {}).items():
            for word in words:
                self._add(by_id[concept_id], word, secondary=False)

    def _add(self, concept_index: int, text: str, *, secondary: bool) -> None:
        key = fold(text)
        if not key:
            return
        anchors = tuple(range(len(key))) if self._unspaced else _word_starts(key, self.lang)
        grams = _bigrams(key)
        entry_index = len(self._entries)
        english_length = len(fold(self._concepts[concept_index].english)) or 1
        self._entries.append(
            _Entry(
                concept_index,
                key,
                text.casefold(),
                tuple(key[start:] for start in anchors),
                secondary,
                english_length,
            )
        )
        self._categories.append(self._concepts[concept_index].category)
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
        postings = self._postings
        hits: Counter[int] = Counter()
        for gram in _bigrams(query):
            found = postings.get(gram)
            if found:
                hits.update(found)  # counted in C
        entries = self._entries
        concepts = self._concepts
        if category is not None:
            categories = self._categories
            candidates = heapq.nlargest(
                CANDIDATES,
                (item for item in hits.items() if categories[item[0]] == category),
                key=itemgetter(1),
            )
        else:
            candidates = hits.most_common(CANDIDATES)
        if candidates:  # far fewer shared bigrams than the best candidate: cannot win
            floor = candidates[0][1] * _SHARED_FLOOR
            candidates = [item for item in candidates if item[1] >= floor]
        scored: dict[int, tuple[float, int]] = {}
        masks = _pattern_masks(query)
        query_words = query.split(" ")[:_MAX_WORDS] if not self._unspaced else [query]
        word_masks = (
            [(_pattern_masks(word), len(word)) for word in query_words] if len(query_words) > 1 else []
        )
        accented = text.casefold().strip()
        length = len(query)
        for entry_index, _ in candidates:
            entry = entries[entry_index]
            similarity = self._similarity(query, masks, word_masks, entry)
            if similarity < MIN_SIMILARITY:
                continue
            score = (
                similarity
                + _COVERAGE_WEIGHT * min(1.0, length / len(entry.key))
                + _GENERAL_WEIGHT * min(1.0, length / entry.english_length)
            )
            if entry.secondary:
                score -= _SECONDARY_PENALTY
            if entry.accented == accented:
                score += _EXACT_ACCENT_BONUS
            rank = (score, -len(entry.key))
            previous = scored.get(entry.concept_index)
            if previous is None or rank > previous:
                scored[entry.concept_index] = rank
        best = sorted(scored.items(), key=lambda item: (-item[1][0], -item[1][1], concepts[item[0]].id))
        return [concepts[concept_index] for concept_index, _ in best[:k]]

    def _similarity(
        self,
        query: str,
        masks: dict[str, int],
        word_masks: list[tuple[dict[str, int], int]],
        entry: _Entry,
    ) -> float:
        key = entry.key
        if self._unspaced:
            if query in key:
                return 1.0
            return 1.0 - _prefix_distance(masks, len(query), key, anchored=False) / len(query)
        if key.startswith(query) or f" {query}" in key:
            return 1.0
        length = len(query)
        # A prefix match needs at most len(query) + a few letters of the key: more would be insertions.
        window = length + _WINDOW_SLACK
        distance = min(
            _prefix_distance(masks, length, suffix[:window], anchored=True) for suffix in entry.suffixes
        )
        similarity = 1.0 - distance / length
        if word_masks and similarity < _GOOD_ENOUGH:
            # Word by word, each word anywhere in the key: finds reordered words ("typ 2 diabetes").
            total_length = 0
            total_distance = 0
            for word_mask, word_length in word_masks:
                total_length += word_length
                total_distance += _prefix_distance(word_mask, word_length, key, anchored=False)
            similarity = max(similarity, 0.95 * (1.0 - total_distance / total_length))
        return similarity
