"""The terms engine on the small test fixture vocabulary (tests/data/terms_fixture)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wayfarer import terms
from wayfarer.terms._codes import code_problem, luhn_check_digit, verhoeff_valid
from wayfarer.terms._concept import Concept
from wayfarer.terms._search import _pattern_masks, _prefix_distance

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "terms_fixture"


@pytest.fixture(autouse=True)
def fixture_vocabulary() -> Iterator[None]:
    terms.set_data_dir(FIXTURE)
    yield
    terms.set_data_dir(None)


def test_languages_are_exactly_the_issue_tuple() -> None:
    assert isinstance(terms.LANGUAGES, tuple)
    assert " ".join(terms.LANGUAGES) == (
        "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv "
        "ja zh ko th vi tr ar ru uk hi id"
    )


@pytest.mark.parametrize(
    ("tag", "base"),
    [("pt-BR", "pt"), ("zh-Hans", "zh"), ("zh-Hans-CN", "zh"), ("en_GB", "en"), ("DE", "de"), ("in", "id")],
)
def test_language_variants_fall_back_to_the_base_tag(tag: str, base: str) -> None:
    assert terms.base_language(tag) == base


@pytest.mark.parametrize("tag", ["xx", "", "  ", "he-IL", "klingon"])
def test_unsupported_language_is_a_clear_value_error(tag: str) -> None:
    with pytest.raises(terms.UnsupportedLanguageError, match="not supported") as caught:
        terms.base_language(tag)
    assert isinstance(caught.value, ValueError)


def test_concept_lookup_contract() -> None:
    diabetes = terms.concept("condition.type_2_diabetes")
    assert diabetes.id == "condition.type_2_diabetes"
    assert diabetes.category == "condition"
    assert diabetes.codes == {"snomed": "44054006", "icd10": "E11"}
    assert diabetes.text("de") == "Diabetes mellitus Typ 2"
    assert diabetes.text("de-AT") == "Diabetes mellitus Typ 2"
    assert diabetes.text("zh-Hans") == "2型糖尿病"
    assert diabetes.text("pt-BR") is None
    assert diabetes.gap("pt") == "not included in the engine's test fixture"
    assert diabetes.gap("de") is None
    assert diabetes.flags == ("chronic",)


def test_codes_is_a_fresh_dict_each_time() -> None:
    diabetes = terms.concept("condition.type_2_diabetes")
    diabetes.codes["snomed"] = "0"
    assert diabetes.codes["snomed"] == "44054006"


def test_provenance_and_review() -> None:
    apixaban = terms.concept("medicine.apixaban")
    assert apixaban.provenance("de") == "inn"
    assert apixaban.provenance("en") == "wayfarer"
    assert apixaban.provenance("pt") is None
    assert apixaban.reviewed("de") is False
    assert apixaban.is_rtl("ar") and not apixaban.is_rtl("de")


def test_unknown_concept_is_a_value_error_naming_the_id() -> None:
    with pytest.raises(terms.UnknownConceptError, match=r"condition\.nope") as caught:
        terms.concept("condition.nope")
    assert isinstance(caught.value, ValueError)


def test_concepts_iterates_every_concept_and_filters_by_category() -> None:
    everything = list(terms.concepts())
    assert len(everything) == 16
    assert len({c.id for c in everything}) == 16
    assert [c.id for c in terms.concepts("allergen")] == ["allergen.penicillin"]
    with pytest.raises(ValueError, match="unknown category"):
        list(terms.concepts("drug"))


def test_by_code() -> None:
    assert terms.by_code("atc", "c07ab07").id == "medicine.bisoprolol"
    assert terms.by_code("loinc", "8867-4").id == "vital_sign.heart_rate"
    with pytest.raises(terms.UnknownCodeError, match="snomed code '1234'"):
        terms.by_code("snomed", "1234")
    with pytest.raises(ValueError, match="unknown code system"):
        terms.by_code("rxnorm", "1")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("diabetis", "en", "condition.type_2_diabetes"),
        ("diab", "de", "condition.type_2_diabetes"),
        ("vorhofflimern", "de", "condition.atrial_fibrillation"),
        ("HERZSCHRITMACHER", "de-CH", "device.pacemaker"),
        ("fibrilacion auricular", "es", "condition.atrial_fibrillation"),
        ("penicilin", "fr", "allergen.penicillin"),
        ("cephalee", "fr", "symptom.headache"),
        ("αποφρακτικη πνευμονοπαθεια", "el", "condition.copd"),
        ("ΠΥΡΕΤΟΣ", "el", "symptom.fever"),
        ("диабет", "ru", "condition.type_2_diabetes"),
        ("болезнь легких", "ru", "condition.copd"),
        ("oksuruk", "tr", "symptom.cough"),
        ("ASTIM", "tr", "condition.asthma"),
        ("ペースメーカ", "ja", "device.pacemaker"),
        ("ぺにしりん", "ja", "allergen.penicillin"),
        ("高血", "zh-Hans", "condition.hypertension"),
        ("糖尿病", "zh", "condition.type_2_diabetes"),
        ("سكري", "ar", "condition.type_2_diabetes"),
        ("الربو", "ar", "condition.asthma"),
        ("cukszyca", "pl", "condition.type_2_diabetes"),
        ("bol glowy", "pl", "symptom.headache"),
        ("bisoprolo", "it", "medicine.bisoprolol"),
        ("E11", "fr", "condition.type_2_diabetes"),
        ("pacemaker", "de", "device.pacemaker"),
        ("diabetes type 2", "en", "condition.type_2_diabetes"),
        ("warfarin", "ko", "medicine.warfarin"),
    ],
)
def test_search_finds_what_a_person_types(text: str, lang: str, expected: str) -> None:
    results = terms.search(text, lang)
    assert results, f"nothing found for {text!r} in {lang}"
    assert results[0].id == expected


def test_search_filters_by_category_and_limits_k() -> None:
    assert [c.category for c in terms.search("a", "en", category="medicine", k=20)] == ["medicine"] * len(
        terms.search("a", "en", category="medicine", k=20)
    )
    assert len(terms.search("a", "en", k=2)) <= 2
    assert terms.search("pen", "en", category="allergen")[0].id == "allergen.penicillin"
    assert terms.search("E11", "en", category="medicine") == [] or all(
        c.category == "medicine" for c in terms.search("E11", "en", category="medicine")
    )


def test_search_returns_nothing_for_nonsense() -> None:
    assert terms.search("zzzzqqqxx", "en") == []


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_search_rejects_empty_text(text: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        terms.search(text, "en")


def test_search_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="k must be"):
        terms.search("diab", "en", k=0)
    with pytest.raises(ValueError, match="unknown category"):
        terms.search("diab", "en", category="disease")
    with pytest.raises(terms.UnsupportedLanguageError):
        terms.search("diab", "xx")


def test_display_falls_back_to_english_plus_code_for_a_gap() -> None:
    shown = terms.display("condition.copd", "pt-BR")
    assert shown.fallback is True
    assert shown.text == "Chronic obstructive pulmonary disease (SNOMED CT 13645005)"
    assert shown.lang == "en" and shown.dir == "ltr"
    assert shown.gap_reason == "not included in the engine's test fixture"
    assert shown.isolated == "\u2066Chronic obstructive pulmonary disease (SNOMED CT 13645005)\u2069"


def test_display_marks_arabic_right_to_left() -> None:
    shown = terms.display(terms.concept("condition.asthma"), "ar")
    assert shown.text == "الربو"
    assert shown.dir == "rtl"
    assert shown.isolated == "\u2067الربو\u2069"
    assert shown.to_json()["dir"] == "rtl"
    assert shown.reviewed is False
    assert shown.provenance == "wayfarer-draft"


def test_display_reports_a_named_reviewer() -> None:
    reviewed = Concept(
        id="symptom.test",
        category="symptom",
        code_items=(),
        flags=(),
        terms={"en": "Test", "de": "Prüfung"},
        provenances={"*": "wayfarer-draft"},
        reviewers={"de": "Named Reviewer", "fr": ""},
        gaps={},
        code_sources={},
    )
    assert reviewed.reviewed("de") and reviewed.reviewer("de") == "Named Reviewer"
    assert not reviewed.reviewed("fr")
    shown = terms.display(reviewed, "de")
    assert shown.reviewed and shown.code is None and shown.text == "Prüfung"


def test_loads_from_a_zip_like_a_wheel_install(tmp_path: Path) -> None:
    archive = tmp_path / "wayfarer.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in FIXTURE.glob("*.json"):
            zipped.write(path, f"wayfarer/terms/data/{path.name}")
    terms.set_data_dir(zipfile.Path(archive, "wayfarer/terms/data/"))
    assert terms.concept("medicine.metformin").text("fr") == "metformine"
    assert terms.search("metformn", "fr")[0].id == "medicine.metformin"


def test_missing_data_directory_is_an_empty_vocabulary(tmp_path: Path) -> None:
    terms.set_data_dir(tmp_path / "absent")
    assert list(terms.concepts()) == []
    with pytest.raises(terms.UnknownConceptError):
        terms.concept("condition.copd")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"format": 2, "category": "condition", "concepts": []}', "format"),
        ('{"format": 1, "category": "disease", "concepts": []}', "category"),
        ('{"format": 1, "category": "condition", "concepts": [{"id": "condition.x", "terms": {"de": "X"}}]}',
         "English"),
        ('{"format": 1, "category": "condition", "concepts": [{"id": "condition.x", "terms": {"en": "X", '
         '"xx": "Y"}}]}', "unsupported languages"),
        ('{"format": 1, "category": "condition", "concepts": [{"id": "condition.x", "terms": {"en": "X"}, '
         '"codes": {"rxnorm": "1"}}]}', "code systems"),
    ],
)  # fmt: skip
def test_malformed_files_raise_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    terms.set_data_dir(tmp_path)
    with pytest.raises(terms.VocabularyDataError, match=message):
        terms.concept("condition.x")


def test_duplicate_ids_across_files_are_rejected(tmp_path: Path) -> None:
    body = '{"format": 1, "category": "condition", "concepts": [{"id": "condition.x", "terms": {"en": "X"}}]}'
    (tmp_path / "a.json").write_text(body, encoding="utf-8")
    (tmp_path / "b.json").write_text(body, encoding="utf-8")
    terms.set_data_dir(tmp_path)
    with pytest.raises(terms.VocabularyDataError, match="defined twice"):
        list(terms.concepts())


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Übelkeit", "ubelkeit"),
        ("Straße", "strasse"),
        ("ΠΝΕΥΜΟΝΊΑ", "πνευμονια"),
        ("İnsülin", "insulin"),
        ("ılık", "ilik"),
        ("Łódź", "lodz"),
        ("Ærø", "aero"),
        ("ぺにしりん", "ヘニシリン"),
        ("ｐｅｎｉｃｉｌｌｉｎ", "penicillin"),
        ("إسهال", "اسهال"),
        ("حُمَّى", "حمي"),
        ("đái tháo đường", "dai thao duong"),
        ("type-2  diabetes!", "type 2 diabetes"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert terms.fold(raw) == folded


def _reference_prefix_distance(query: str, text: str, anchored: bool) -> int:
    previous = list(range(len(text) + 1)) if anchored else [0] * (len(text) + 1)
    for i, q_char in enumerate(query, start=1):
        current = [i] + [0] * len(text)
        for j, t_char in enumerate(text, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (q_char != t_char))
        previous = current
    return min(previous)


@given(st.text("abcde", min_size=1, max_size=12), st.text("abcde", max_size=20), st.booleans())
def test_bit_parallel_distance_equals_dynamic_programming(query: str, text: str, anchored: bool) -> None:
    assert _prefix_distance(_pattern_masks(query), len(query), text, anchored) == _reference_prefix_distance(
        query, text, anchored
    )


@pytest.mark.parametrize(
    ("system", "code", "ok"),
    [
        ("snomed", "44054006", True),
        ("snomed", "44054007", False),  # check digit
        ("snomed", "0044054006", False),  # leading zero
        ("icd10", "E11", True),
        ("icd10", "R50.9", True),
        ("icd10", "E 11", False),
        ("atc", "B01AF02", True),
        ("atc", "B01AF", True),
        ("atc", "X01AF02", False),
        ("loinc", "8867-4", True),
        ("loinc", "8867-5", False),
        ("loinc", "8867", False),
    ],
)
def test_code_well_formedness(system: str, code: str, ok: bool) -> None:
    assert (code_problem(system, code) is None) is ok


def test_snomed_description_partition_is_not_a_concept() -> None:
    body = "12345601"  # partition 01: a description id
    code = next(body + digit for digit in "0123456789" if verhoeff_valid(body + digit))
    assert code_problem("snomed", code) == "partition 01 is not a concept partition (00 or 10)"


def test_medicines_need_level_five_atc() -> None:
    assert code_problem("atc", "B01AF", category="medicine") is not None


def test_check_digit_algorithms() -> None:
    assert verhoeff_valid("2363")  # the Verhoeff worked example: 236 with check digit 3
    assert not verhoeff_valid("2364")
    assert luhn_check_digit("8867") == 4
    assert luhn_check_digit("59408") == 5
