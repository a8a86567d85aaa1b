"""Search synonyms: abbreviations and everyday words find the concept; the doctor still reads its term."""

from __future__ import annotations

import json

import pytest

from wayfarer import terms
from wayfarer.terms._store import parse_synonyms


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("COPD", "en", "condition.copd"),
        ("copd", "de", "condition.copd"),
        ("BPCO", "fr", "condition.copd"),
        ("EPOC", "es", "condition.copd"),
        ("Bluthochdruck", "de", "condition.hypertension"),
        ("grauer Star", "de", "condition.cataract"),
        ("呼吸困难", "zh", "symptom.shortness_of_breath"),
        ("HTA", "fr", "condition.hypertension"),
        ("Herzinfarkt", "de", "condition.previous_myocardial_infarction"),
    ],
)
def test_a_synonym_finds_its_concept_first(query: str, lang: str, expected: str) -> None:
    assert terms.search(query, lang, k=3)[0].id == expected


def test_the_term_shown_stays_the_concepts_own() -> None:
    found = terms.search("Bluthochdruck", "de", k=1)[0]
    assert terms.display(found, "de").text == found.text("de") != "Bluthochdruck"


def test_every_synonym_names_a_real_concept_and_language() -> None:
    loaded = terms._store.vocabulary()
    assert loaded.synonyms, "the packaged synonyms file was not loaded"
    for lang, by_concept in loaded.synonyms.items():
        assert lang in terms.LANGUAGES
        for concept_id, words in by_concept.items():
            terms.concept(concept_id)
            assert words and all(word == word.strip() and word for word in words)


def test_bad_synonym_files_are_refused_with_the_reason() -> None:
    by_id = {"condition.copd": terms.concept("condition.copd")}
    with pytest.raises(terms.VocabularyDataError, match="unknown concept"):
        parse_synonyms(json.dumps({"format": 1, "synonyms": {"condition.nope": {"en": ["x"]}}}), by_id)
    with pytest.raises(terms.VocabularyDataError, match="unsupported language"):
        parse_synonyms(json.dumps({"format": 1, "synonyms": {"condition.copd": {"xx": ["x"]}}}), by_id)
    with pytest.raises(terms.VocabularyDataError, match="list of words"):
        parse_synonyms(json.dumps({"format": 1, "synonyms": {"condition.copd": {"en": "COPD"}}}), by_id)
    with pytest.raises(terms.VocabularyDataError, match="format"):
        parse_synonyms(json.dumps({"synonyms": {}}), by_id)
