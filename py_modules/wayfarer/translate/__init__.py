"""Talk to the doctor: vetted phrases in 35 languages and a matcher from free text to them.

>>> from wayfarer import translate
>>> translate.concept("phrase.need_ambulance").text("de")       # doctest: +SKIP
>>> [c.concept_id for c in translate.match("need ambulanse")]    # doctest: +SKIP

Phrases come from ``translate/data/phrases_*.json`` (format in ``translate/data/FORMAT.md``);
``match`` returns phrases and vocabulary concepts (``wayfarer.terms``).
"""

from __future__ import annotations

from ._corpus import Target, target_ids
from ._corpus import target as _target
from ._detect import Detection, detect
from ._errors import (
    EmptyTextError,
    MatcherDataError,
    PhraseDataError,
    TranslateError,
    UnknownPhraseError,
    UnsupportedScriptError,
)
from ._match import MAX_CHARS, METHODS, Candidate, Matches, match, match_async
from ._phrases import ANSWER_FORMS, GROUPS, KINDS, SPEAKERS, Phrase, phrase_book

__all__ = [
    "ANSWER_FORMS",
    "GROUPS",
    "KINDS",
    "MAX_CHARS",
    "METHODS",
    "SPEAKERS",
    "Candidate",
    "Detection",
    "EmptyTextError",
    "MatcherDataError",
    "Matches",
    "Phrase",
    "PhraseDataError",
    "Target",
    "TranslateError",
    "UnknownPhraseError",
    "UnsupportedScriptError",
    "concept",
    "detect",
    "match",
    "match_async",
    "phrase",
    "phrases",
    "target_ids",
]


def concept(concept_id: str) -> Target:
    """A phrase (``phrase.…``) or vocabulary concept by id: ``.codes`` (empty for phrases) and
    ``.text(lang)`` (``None`` where the language has a gap; ``.text("en")`` is canonical English).
    Raises :class:`UnknownPhraseError` (a ``ValueError``) for an unknown id."""
    return _target(concept_id)


def phrase(phrase_id: str) -> Phrase:
    """The phrase with this id (:class:`UnknownPhraseError` if there is none)."""
    found = phrase_book().by_id.get(phrase_id)
    if found is None:
        raise UnknownPhraseError(phrase_id)
    return found


def phrases(group: str | None = None) -> list[Phrase]:
    """Every phrase (of one group, if given), in data order."""
    if group is not None and group not in GROUPS:
        raise TranslateError(f"unknown phrase group {group!r}: use one of {', '.join(GROUPS)}")
    return [item for item in phrase_book().phrases if group is None or item.group == group]
