"""Matching-only variants (``translate/data/variants.json``) and the development set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wayfarer import terms, translate
from wayfarer.terms import fold
from wayfarer.translate import _corpus, _lexical

ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("onnxruntime")
pytest.importorskip("sentencepiece")


def _all_variants() -> dict[str, dict[str, tuple[str, ...]]]:
    return _corpus._variants()


def test_variants_name_known_targets_in_known_languages() -> None:
    known = set(translate.target_ids())
    table = _all_variants()
    assert set(table) <= set(terms.LANGUAGES)
    assert sum(len(texts) for per_lang in table.values() for texts in per_lang.values()) >= 1000
    for per_lang in table.values():
        assert set(per_lang) <= known


def test_a_phrase_variant_is_never_a_vocabulary_term() -> None:
    """A bare term names its concept; a phrase variant that were a term would steal it."""
    for lang, per_lang in _all_variants().items():
        named = _lexical.exact_terms(lang)
        for target_id, texts in per_lang.items():
            if target_id.startswith("phrase."):
                clashes = [text for text in texts if fold(text) in named]
                assert clashes == [], (lang, target_id, clashes)


def test_variants_are_text_to_match_never_text_to_show() -> None:
    phrase = translate.phrase("phrase.have_fallen")
    assert "i fell" in [fold(text) for text in _corpus.variants(phrase.id, "en")]
    assert phrase.text("en") == "I have fallen."
    assert all(fold(entry.text) != "i fell" for entry in _corpus.entries("en") if entry.target != phrase.id)


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("i fell", "en", "phrase.have_fallen"),
        ("ich bin hingefallen", "de", "phrase.have_fallen"),
        ("où sont les toilettes", "fr", "phrase.where_is_toilet"),
        ("me duele el pecho", "es", "phrase.have_chest_pain"),
    ],
)
def test_an_everyday_wording_finds_its_phrase(text: str, lang: str, wanted: str) -> None:
    assert translate.match(text, lang)[0].concept_id == wanted


def test_a_bare_term_still_names_its_concept() -> None:
    assert translate.match("durchfall", "de")[0].concept_id == "symptom.diarrhea"


def test_development_set_is_big_and_varied() -> None:
    lines = [json.loads(line) for line in (ROOT / "tests/data/translate_dev.jsonl").read_text().splitlines()]
    assert len(lines) >= 300
    assert len({line["lang"] for line in lines}) >= 20
    assert all(("en" in line) != ("snomed" in line) and line["text"].strip() for line in lines)
