"""Coded medical vocabulary in 35 languages: lookup, search and display.

>>> from wayfarer import terms
>>> c = terms.concept("condition.type_2_diabetes")           # doctest: +SKIP
>>> c.codes, c.text("de"), terms.search("diabetis", "pt-BR")  # doctest: +SKIP

Concepts come from ``terms/data/*.json`` (format in ``terms/data/FORMAT.md``), loaded once on first
use; each language's search index is built on the first search in that language.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._concept import CATEGORIES, CODE_SYSTEMS, PROVENANCES, Concept
from ._display import Display, primary_code
from ._display import display as _display
from ._errors import (
    TermsError,
    UnknownCodeError,
    UnknownConceptError,
    UnsupportedLanguageError,
    VocabularyDataError,
)
from ._languages import LANGUAGES, RTL_LANGUAGES, base_language, is_rtl
from ._normalize import fold
from ._search import LanguageIndex
from ._store import data_dir, set_data_dir, vocabulary

__all__ = [
    "CATEGORIES",
    "CODE_SYSTEMS",
    "LANGUAGES",
    "PROVENANCES",
    "RTL_LANGUAGES",
    "Concept",
    "Display",
    "TermsError",
    "UnknownCodeError",
    "UnknownConceptError",
    "UnsupportedLanguageError",
    "VocabularyDataError",
    "base_language",
    "by_code",
    "concept",
    "concepts",
    "data_dir",
    "display",
    "fold",
    "is_rtl",
    "prepare",
    "primary_code",
    "search",
    "set_data_dir",
]


def concept(concept_id: str) -> Concept:
    """The concept with this id. Raises ``UnknownConceptError`` (a ``ValueError``) if there is none."""
    return vocabulary().get(concept_id)


def concepts(category: str | None = None) -> Iterator[Concept]:
    """Every concept (of one category, if given), in data-file order."""
    if category is not None:
        _check_category(category)
    for item in vocabulary().concepts:
        if category is None or item.category == category:
            yield item


def by_code(system: str, code: str) -> Concept:
    """The concept carrying a code, e.g. ``by_code("snomed", "44054006")``.

    Raises ``UnknownCodeError`` (a ``ValueError``) when no concept carries it.
    """
    if system not in CODE_SYSTEMS:
        raise TermsError(f"unknown code system {system!r}: use one of {', '.join(CODE_SYSTEMS)}")
    return vocabulary().get_by_code(system, code)


def display(item: Concept | str, lang: str) -> Display:
    """How a concept (or concept id) is shown in ``lang``: the term, or English plus its code."""
    return _display(concept(item) if isinstance(item, str) else item, lang)


def _index(lang: str) -> LanguageIndex:
    base = base_language(lang)
    loaded = vocabulary()
    index = loaded.indexes.get(base)
    if index is None:
        index = LanguageIndex(loaded.concepts, base, loaded.synonyms.get(base))
        loaded.indexes[base] = index
    assert isinstance(index, LanguageIndex)
    return index


def prepare(lang: str) -> int:
    """Build the search index of ``lang`` now (otherwise built on the first search); returns its size."""
    return _index(lang).size


def search(text: str, lang: str, category: str | None = None, k: int = 10) -> list[Concept]:
    """Concepts matching what a person typed in ``lang``, best first (at most ``k``).

    Tolerates prefixes, typos, missing diacritics and case; also finds a concept by an exact code
    (``"E11"``, ``"B01AF02"``). Raises ``ValueError`` for empty text, an unknown category or ``k < 1``,
    ``UnsupportedLanguageError`` (a ``ValueError``) for an unsupported language.
    """
    if not isinstance(text, str) or not text.strip():
        raise TermsError("search text is empty: type at least one letter")
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise TermsError(f"k must be a positive whole number, not {k!r}")
    if category is not None:
        _check_category(category)
    index = _index(lang)
    results = index.search(text, category, k)
    by_code_match = _code_match(text)
    if by_code_match is not None and (category is None or by_code_match.category == category):
        results = [by_code_match, *(item for item in results if item != by_code_match)][:k]
    return results


def _code_match(text: str) -> Concept | None:
    code = text.strip().upper()
    if not code or " " in code:
        return None
    loaded = vocabulary()
    for system in CODE_SYSTEMS:
        found = loaded.by_code.get((system, code))
        if found is not None:
            return found
    return None


def _check_category(category: str) -> None:
    if category not in CATEGORIES:
        raise TermsError(f"unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
