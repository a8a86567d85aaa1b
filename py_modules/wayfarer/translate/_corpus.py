"""The texts every matcher works on: each phrase and each vocabulary concept, in every language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from wayfarer import terms
from wayfarer.terms import Concept
from wayfarer.terms._store import vocabulary

from ._errors import PhraseDataError, UnknownPhraseError
from ._phrases import Phrase, phrase_book

Target = Phrase | Concept


@dataclass(frozen=True, slots=True)
class Entry:
    """One text of one target: ``target`` is a phrase or concept id, ``lang`` a base language tag."""

    target: str
    lang: str
    text: str


def target(target_id: str) -> Target:
    """The phrase or vocabulary concept with this id."""
    if not isinstance(target_id, str):
        raise UnknownPhraseError(target_id)
    phrase = phrase_book().by_id.get(target_id)
    if phrase is not None:
        return phrase
    try:
        return terms.concept(target_id)
    except terms.UnknownConceptError:
        raise UnknownPhraseError(target_id) from None


@lru_cache(maxsize=1)
def target_ids() -> tuple[str, ...]:
    """Every candidate a match may return: phrases first (data order), then concepts."""
    return tuple(phrase.id for phrase in phrase_book().phrases) + tuple(c.id for c in terms.concepts())


def texts_of(item: Target) -> dict[str, str]:
    return dict(item.texts) if isinstance(item, Phrase) else dict(item.terms)


def synonyms(target_id: str, lang: str) -> tuple[str, ...]:
    """Everyday words and abbreviations for a concept in ``lang`` (``wayfarer.terms`` search
    synonyms: "COPD", "high blood pressure"); none for phrases."""
    return tuple(vocabulary().synonyms.get(lang, {}).get(target_id, ()))


VARIANTS_FILE = "variants.json"


@lru_cache(maxsize=1)
def _variants() -> dict[str, dict[str, tuple[str, ...]]]:
    path = resources.files("wayfarer.translate").joinpath("data").joinpath(VARIANTS_FILE)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return {
            str(lang): {str(item): tuple(str(text) for text in texts) for item, texts in table.items()}
            for lang, table in document["variants"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise PhraseDataError(f"{VARIANTS_FILE} is missing or damaged ({error})") from None


def variants(target_id: str, lang: str) -> tuple[str, ...]:
    """Other ways a person says a phrase or names a concept in ``lang`` ("I fell", "tummy ache"):
    text to match against only, never shown (``data/variants.json``, written by
    ``build_scripts/phrases/variants.py``)."""
    return _variants().get(lang, {}).get(target_id, ())


def entries(lang: str | None = None) -> Iterator[Entry]:
    """Every (target, language, text), search synonyms and matching variants included; only those
    of ``lang`` when given."""
    for target_id in target_ids():
        for text_lang, text in texts_of(target(target_id)).items():
            if lang is None or text_lang == lang:
                yield Entry(target_id, text_lang, text)
        for text_lang in (lang,) if lang is not None else terms.LANGUAGES:
            for word in variants(target_id, text_lang):
                yield Entry(target_id, text_lang, word)
        if target_id.startswith("phrase."):
            continue
        for text_lang in (lang,) if lang is not None else terms.LANGUAGES:
            for word in synonyms(target_id, text_lang):
                yield Entry(target_id, text_lang, word)


def snomed_index() -> dict[str, str]:
    """SNOMED CT code → concept id (for evaluation lines that name a concept by its code)."""
    return {c.codes["snomed"]: c.id for c in terms.concepts() if "snomed" in c.codes}


def english_index() -> dict[str, str]:
    """Folded canonical English text → phrase or concept id (phrases win on a tie)."""
    found: dict[str, str] = {}
    for target_id in reversed(target_ids()):
        found[terms.fold(target(target_id).text("en") or "")] = target_id
    return found
