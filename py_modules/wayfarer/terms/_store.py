"""Loading the vocabulary from ``terms/data/*.json`` once, on first use.

The files are read through ``importlib.resources`` so that loading works from a wheel or zip install
(Pyodide) as well as from a source tree. Tests point the loader at another directory with
``set_data_dir``.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from ._concept import CATEGORIES, CODE_SYSTEMS, Concept
from ._errors import UnknownCodeError, UnknownConceptError, VocabularyDataError
from ._languages import LANGUAGES

FORMAT_VERSION = 1
#: Search-only synonyms (abbreviations, everyday words): ``<data>/search/synonyms.json``.
SYNONYMS_PATH = ("search", "synonyms.json")


@dataclass(slots=True)
class Vocabulary:
    """Every concept, by id and by code; built once per data directory."""

    concepts: tuple[Concept, ...]
    by_id: dict[str, Concept]
    by_code: dict[tuple[str, str], Concept]
    source: str
    synonyms: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # lang -> id -> words
    indexes: dict[str, Any] = field(default_factory=dict)

    def get(self, concept_id: str) -> Concept:
        try:
            return self.by_id[concept_id]
        except (KeyError, TypeError):
            raise UnknownConceptError(concept_id) from None

    def get_by_code(self, system: str, code: str) -> Concept:
        try:
            return self.by_code[(system, code.strip().upper())]
        except (KeyError, AttributeError):
            raise UnknownCodeError(system, code) from None


_lock = threading.Lock()
_override: Traversable | None = None
_vocabulary: Vocabulary | None = None


def default_data_dir() -> Traversable:
    """The packaged data directory, ``wayfarer/terms/data``."""
    return resources.files("wayfarer.terms").joinpath("data")


def set_data_dir(path: str | os.PathLike[str] | Traversable | None) -> None:
    """Load the vocabulary from ``path`` from now on (``None``: the packaged data). For tests."""
    global _override, _vocabulary
    with _lock:
        _override = path if path is None or isinstance(path, Traversable) else Path(path)
        _vocabulary = None


def data_dir() -> Traversable:
    """The directory the vocabulary is (or will be) loaded from."""
    return _override if _override is not None else default_data_dir()


def data_files(directory: Traversable | None = None) -> list[Traversable]:
    """The ``*.json`` vocabulary files of a directory, sorted by name (empty if it does not exist)."""
    directory = data_dir() if directory is None else directory
    if not directory.is_dir():
        return []
    return sorted(
        (entry for entry in directory.iterdir() if entry.name.endswith(".json") and entry.is_file()),
        key=lambda entry: entry.name,
    )


def vocabulary() -> Vocabulary:
    """The loaded vocabulary (loaded on the first call)."""
    global _vocabulary
    current = _vocabulary
    if current is not None:
        return current
    with _lock:
        if _vocabulary is None:
            _vocabulary = _load(data_dir())
        return _vocabulary


def _load(directory: Traversable) -> Vocabulary:
    concepts: list[Concept] = []
    by_id: dict[str, Concept] = {}
    by_code: dict[tuple[str, str], Concept] = {}
    for entry in data_files(directory):
        for concept in parse_file(entry.read_text(encoding="utf-8"), entry.name):
            if concept.id in by_id:
                raise VocabularyDataError(f"{entry.name}: concept id {concept.id!r} is defined twice")
            by_id[concept.id] = concept
            concepts.append(concept)
            for system, code in concept.code_items:
                by_code.setdefault((system, code.upper()), concept)
    synonyms_file = directory.joinpath(*SYNONYMS_PATH)
    synonyms = (
        parse_synonyms(synonyms_file.read_text(encoding="utf-8"), by_id, "/".join(SYNONYMS_PATH))
        if synonyms_file.is_file()
        else {}
    )
    return Vocabulary(tuple(concepts), by_id, by_code, str(directory), synonyms)


def parse_synonyms(
    text: str, by_id: Mapping[str, Concept], name: str = "<synonyms>"
) -> dict[str, dict[str, tuple[str, ...]]]:
    """Parse the search synonyms: ``{"format": 1, "synonyms": {concept id: {lang: [word, ...]}}}``.

    Synonyms only help people find a concept ("COPD", "Bluthochdruck"); the term a doctor reads is
    always the concept's own.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise VocabularyDataError(f"{name}: not valid JSON ({error})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION:
        raise VocabularyDataError(f'{name}: expected an object with "format": {FORMAT_VERSION}')
    raw = document.get("synonyms")
    if not isinstance(raw, dict):
        raise VocabularyDataError(f'{name}: "synonyms" must map concept ids to {{lang: [words]}}')
    by_language: dict[str, dict[str, tuple[str, ...]]] = {}
    for concept_id, per_language in raw.items():
        if concept_id not in by_id:
            raise VocabularyDataError(f"{name}: synonyms for unknown concept {concept_id!r}")
        if not isinstance(per_language, dict):
            raise VocabularyDataError(f"{name}: {concept_id}: expected {{lang: [words]}}")
        for lang, words in per_language.items():
            if lang not in LANGUAGES:
                raise VocabularyDataError(f"{name}: {concept_id}: unsupported language {lang!r}")
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise VocabularyDataError(f"{name}: {concept_id}/{lang}: expected a list of words")
            by_language.setdefault(lang, {})[concept_id] = tuple(word.strip() for word in words)
    return by_language


def parse_file(text: str, name: str = "<vocabulary>") -> Iterator[Concept]:
    """Parse one vocabulary file (format 1, see ``terms/data/FORMAT.md``)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise VocabularyDataError(f"{name}: not valid JSON ({error})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION:
        raise VocabularyDataError(f'{name}: expected an object with "format": {FORMAT_VERSION}')
    category = document.get("category")
    if category not in CATEGORIES:
        raise VocabularyDataError(f"{name}: category {category!r} is not one of {', '.join(CATEGORIES)}")
    raw_concepts = document.get("concepts")
    if not isinstance(raw_concepts, list):
        raise VocabularyDataError(f'{name}: "concepts" must be a list')
    for position, raw in enumerate(raw_concepts):
        yield _parse_concept(raw, category, f"{name}: concept {position}")


def _string_map(raw: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
    value = raw.get(key) or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise VocabularyDataError(f"{where}: {key!r} must map strings to strings")
    return dict(value)


def _parse_concept(raw: object, category: str, where: str) -> Concept:
    if not isinstance(raw, dict):
        raise VocabularyDataError(f"{where}: a concept must be a JSON object")
    concept_id = raw.get("id")
    if not isinstance(concept_id, str) or not concept_id:
        raise VocabularyDataError(f'{where}: missing "id"')
    where = f"{where} ({concept_id})"
    terms = {lang: term.strip() for lang, term in _string_map(raw, "terms", where).items() if term.strip()}
    if "en" not in terms:
        raise VocabularyDataError(f"{where}: every concept needs an English term")
    unknown = sorted(set(terms) - set(LANGUAGES))
    if unknown:
        raise VocabularyDataError(f"{where}: terms in unsupported languages {unknown}")
    codes = _string_map(raw, "codes", where)
    unknown_systems = sorted(set(codes) - set(CODE_SYSTEMS))
    if unknown_systems:
        raise VocabularyDataError(f"{where}: unknown code systems {unknown_systems}")
    flags = raw.get("flags") or []
    if not isinstance(flags, list) or not all(isinstance(flag, str) for flag in flags):
        raise VocabularyDataError(f'{where}: "flags" must be a list of strings')
    synonym_group = raw.get("synonym_group")
    if synonym_group is not None and not isinstance(synonym_group, str):
        raise VocabularyDataError(f'{where}: "synonym_group" must be a string or null')
    return Concept(
        id=concept_id,
        category=category,
        code_items=tuple((system, codes[system].strip()) for system in CODE_SYSTEMS if system in codes),
        flags=tuple(flags),
        terms=terms,
        provenances=_string_map(raw, "provenance", where),
        reviewers=_string_map(raw, "reviewed", where),
        gaps=_string_map(raw, "gaps", where),
        code_sources=_string_map(raw, "code_sources", where),
        synonym_group=synonym_group or None,
    )
