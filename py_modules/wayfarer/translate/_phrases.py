"""Phrases for "Talk to the doctor": loaded once from ``translate/data/phrases_*.json``.

Format in ``translate/data/FORMAT.md``. Read through ``importlib.resources`` so that loading works
from the wheel Pyodide unpacks as well as from a source tree.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from wayfarer.terms import LANGUAGES, RTL_LANGUAGES, base_language

from ._errors import PhraseDataError

FORMAT_VERSION = 1
GROUPS: tuple[str, ...] = (
    "emergency",
    "symptom",
    "pain",
    "history",
    "medicine",
    "question",
    "answer",
    "instruction",
    "number",
    "time",
    "logistics",
)
SPEAKERS = frozenset({"patient", "doctor", "either"})
KINDS = frozenset({"statement", "question", "answer", "instruction", "label"})
ANSWER_FORMS = frozenset({"yes_no", "number", "scale_0_10", "time", "body_site", "phrase"})


@dataclass(frozen=True, slots=True, eq=False)
class Phrase:
    """One whole sentence in up to 35 languages; equal and hashed by ``id``.

    ``codes`` is always empty (a phrase is not coded; its ``concepts`` name the coded terms it is
    about). ``text(lang)`` is the sentence in ``lang`` (any BCP 47 variant), or ``None`` for a gap.
    """

    id: str
    group: str
    speaker: str
    kind: str
    answers: tuple[str, ...]
    concepts: tuple[str, ...]
    texts: dict[str, str] = field(repr=False)
    provenances: dict[str, str] = field(repr=False)
    reviewers: dict[str, str] = field(repr=False)
    gaps: dict[str, str] = field(repr=False)

    @property
    def codes(self) -> dict[str, str]:
        """Always ``{}``: phrases carry no codes of their own."""
        return {}

    @property
    def english(self) -> str:
        return self.texts["en"]

    def text(self, lang: str) -> str | None:
        return self.texts.get(base_language(lang))

    def provenance(self, lang: str) -> str | None:
        base = base_language(lang)
        if base not in self.texts:
            return None
        return self.provenances.get(base, self.provenances.get("*", "wayfarer-draft"))

    def reviewer(self, lang: str) -> str | None:
        return self.reviewers.get(base_language(lang)) or None

    def reviewed(self, lang: str) -> bool:
        """True only when a named native speaker checked the sentence in ``lang``."""
        return self.reviewer(lang) is not None

    def is_rtl(self, lang: str) -> bool:
        return base_language(lang) in RTL_LANGUAGES

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Phrase):
            return NotImplemented
        return self.id == other.id

    def __hash__(self) -> int:
        return hash(self.id)


@dataclass(slots=True)
class PhraseBook:
    """Every phrase by id. ``problems`` lists data faults that were skipped (a repeated id keeps its
    first definition); the data tests require it to be empty."""

    phrases: tuple[Phrase, ...]
    by_id: dict[str, Phrase]
    problems: tuple[str, ...] = ()


_lock = threading.Lock()
_book: PhraseBook | None = None


def data_dir() -> Any:
    return resources.files("wayfarer.translate").joinpath("data")


def phrase_book() -> PhraseBook:
    """Every phrase, loaded on the first call."""
    global _book
    current = _book
    if current is not None:
        return current
    with _lock:
        if _book is None:
            _book = load_phrases()
        return _book


def load_phrases(directory: Any = None) -> PhraseBook:
    directory = data_dir() if directory is None else directory
    files = sorted(
        (
            entry
            for entry in directory.iterdir()
            if entry.name.startswith("phrases_") and entry.name.endswith(".json")
        ),
        key=lambda entry: GROUPS.index(entry.name[8:-5]) if entry.name[8:-5] in GROUPS else len(GROUPS),
    )
    phrases: list[Phrase] = []
    by_id: dict[str, Phrase] = {}
    problems: list[str] = []
    for entry in files:
        for phrase in parse_file(entry.read_text(encoding="utf-8"), entry.name):
            if phrase.id in by_id:
                problems.append(f"{entry.name}: phrase id {phrase.id!r} is defined twice (first kept)")
                continue
            by_id[phrase.id] = phrase
            phrases.append(phrase)
    return PhraseBook(tuple(phrases), by_id, tuple(problems))


def parse_file(text: str, name: str = "<phrases>") -> list[Phrase]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise PhraseDataError(f"{name}: not valid JSON ({error})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION:
        raise PhraseDataError(f'{name}: expected an object with "format": {FORMAT_VERSION}')
    raw_phrases = document.get("phrases")
    if not isinstance(raw_phrases, list):
        raise PhraseDataError(f'{name}: "phrases" must be a list')
    return [_parse_phrase(raw, f"{name}: phrase {position}") for position, raw in enumerate(raw_phrases)]


def _strings(raw: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
    value = raw.get(key) or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise PhraseDataError(f"{where}: {key!r} must map strings to strings")
    return dict(value)


def _string_list(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PhraseDataError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _parse_phrase(raw: object, where: str) -> Phrase:
    if not isinstance(raw, dict):
        raise PhraseDataError(f"{where}: a phrase must be a JSON object")
    phrase_id = raw.get("id")
    if not isinstance(phrase_id, str) or not phrase_id.startswith("phrase."):
        raise PhraseDataError(f'{where}: "id" must be a string starting with "phrase."')
    where = f"{where} ({phrase_id})"
    group, speaker, kind = raw.get("group"), raw.get("speaker"), raw.get("kind")
    if group not in GROUPS:
        raise PhraseDataError(f"{where}: group {group!r} is not one of {', '.join(GROUPS)}")
    if speaker not in SPEAKERS:
        raise PhraseDataError(f"{where}: speaker {speaker!r} is not one of {sorted(SPEAKERS)}")
    if kind not in KINDS:
        raise PhraseDataError(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
    answers = _string_list(raw, "answers", where)
    if not set(answers) <= ANSWER_FORMS:
        raise PhraseDataError(f"{where}: unknown answer forms {sorted(set(answers) - ANSWER_FORMS)}")
    texts = {lang: text.strip() for lang, text in _strings(raw, "text", where).items() if text.strip()}
    if "en" not in texts:
        raise PhraseDataError(f"{where}: every phrase needs an English text")
    unknown = sorted(set(texts) - set(LANGUAGES))
    if unknown:
        raise PhraseDataError(f"{where}: texts in unsupported languages {unknown}")
    return Phrase(
        id=phrase_id,
        group=group,
        speaker=speaker,
        kind=kind,
        answers=answers,
        concepts=_string_list(raw, "concepts", where),
        texts=texts,
        provenances=_strings(raw, "provenance", where),
        reviewers=_strings(raw, "reviewed", where),
        gaps=_strings(raw, "gaps", where),
    )
