"""The health profile on the fixture vocabulary: contract, validation, unit slips, migrations."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wayfarer import profile, terms
from wayfarer.profile import MigrationError, Profile, ValidationError

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def fixture_vocabulary() -> Iterator[None]:
    terms.set_data_dir(DATA / "terms_fixture")
    yield
    terms.set_data_dir(None)


def _fixture(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((DATA / "profiles" / name).read_text(encoding="utf-8"))
    return loaded


def _example_json() -> dict[str, Any]:
    return Profile.example().to_json()


def test_profile_has_at_least_47_variables() -> None:
    assert len(Profile.field_names()) >= 47


def test_example_is_the_senior_the_issue_describes() -> None:
    example = Profile.example()
    assert example.age_years(TODAY) == 78
    assert {c.concept_id for c in example.conditions} >= {
        "condition.type_2_diabetes",
        "condition.atrial_fibrillation",
        "condition.copd",
        "condition.hypertension",
    }
    assert example.target_spo2_range == (88.0, 92.0)
    assert example.hypercapnic_respiratory_failure_confirmed
    assert example.travel_plan.current_country == "ES"
    assert example.validate(today=TODAY) == []


def test_to_json_carries_what_the_risk_code_reads() -> None:
    data = _example_json()
    assert data["schema_version"] == 3
    assert data["date_of_birth"] == "1948-02-10"
    assert data["sex"] == "female"
    assert data["target_spo2_range"] == {"low": 88.0, "high": 92.0}
    assert data["hypercapnic_respiratory_failure_confirmed"] is True
    assert data["baseline_vitals"]["spo2"] == 91
    assert data["travel_plan"]["current_country"] == "ES"
    diabetes = data["conditions"][0]
    assert diabetes == {
        "concept_id": "condition.type_2_diabetes",
        "codes": {"snomed": "44054006", "icd10": "E11"},
        "text": "Type 2 diabetes",
        "onset": "2009",
        "notes": None,
    }
    medicines = {m["concept_id"]: m for m in data["medicines"]}
    assert medicines["medicine.bisoprolol"]["flags"] == ["beta_blocker"]
    assert medicines["medicine.apixaban"]["flags"] == ["anticoagulant"]
    assert medicines["medicine.apixaban"]["codes"] == {"atc": "B01AF02"}
    assert medicines["medicine.apixaban"]["dose"] == {"amount": 5.0, "unit": "mg"}
    assert medicines["medicine.apixaban"]["schedule"]["times"] == ["08:00", "20:00"]
    assert data["allergies"][0]["severity"] == "anaphylaxis"
    assert data["allergies"][0]["codes"] == {"snomed": "764146007"}
    assert data["devices"][0]["codes"] == {"snomed": "14106009"}
    json.dumps(data)  # plain JSON all the way down


def test_round_trip_through_json_text() -> None:
    example = Profile.example()
    assert Profile.from_json(json.dumps(example.to_json())) == example
    assert Profile.from_json(example.to_json(coded=False)) == example


@pytest.mark.parametrize("name", ["v1_1.json", "v1_2.json", "v2.json", "v3.json"])
def test_every_schema_version_fixture_loads(name: str) -> None:
    stored = _fixture(name)
    loaded = Profile.from_json(stored, today=TODAY)
    assert loaded.to_json()["schema_version"] == profile.SCHEMA_VERSION
    assert Profile.from_json(loaded.to_json(), today=TODAY) == loaded


def test_version_1_free_text_is_coded_without_guessing() -> None:
    loaded = Profile.from_json(_fixture("v1_1.json"), today=TODAY)
    assert loaded.sex is profile.Sex.MALE
    assert loaded.weight_kg == pytest.approx(82.1)  # "181 lb", converted because the unit was given
    assert [c.concept_id for c in loaded.conditions] == [
        "condition.atrial_fibrillation",
        "condition.hypertension",
    ]
    assert [(a.concept_id, a.severity) for a in loaded.allergies] == [("allergen.penicillin", "anaphylaxis")]
    medicines = {m.concept_id: m for m in loaded.medicines}
    assert set(medicines) == {"medicine.warfarin", "medicine.bisoprolol"}
    assert medicines["medicine.bisoprolol"].dose == profile.Dose(1.25, profile.DoseUnit.MG)
    assert medicines["medicine.warfarin"].schedule == profile.Schedule(times=("18:00",))
    assert [(u.field, u.text) for u in loaded.unmatched] == [
        ("conditions", "Gout"),
        ("allergies", "shellfish (hives)"),
        ("medicines", "Doliprane 1 g"),
    ]
    assert loaded.emergency_contacts[0].relationship == "daughter"
    assert loaded.travel_plan.current_country == "PT"
    assert loaded.preferred_language == "fr"
    kinds = {(issue.field, issue.kind) for issue in loaded.validate(today=TODAY)}
    assert kinds == {("unmatched[0]", "confirm"), ("unmatched[1]", "confirm"), ("unmatched[2]", "confirm")}


def test_version_1_weight_without_unit_is_asked_not_guessed() -> None:
    loaded = Profile.from_json(_fixture("v1_2.json"), today=TODAY)
    assert loaded.weight_kg is None
    assert profile.Unmatched("weight_kg", "64") in loaded.unmatched
    assert [c.concept_id for c in loaded.conditions] == ["condition.type_2_diabetes", "condition.asthma"]


def test_version_2_gains_travel_plan_and_v3_fields() -> None:
    loaded = Profile.from_json(_fixture("v2.json"), today=TODAY)
    assert loaded.travel_plan == profile.TravelPlan(current_country="ES")
    assert loaded.target_spo2_range is None
    assert loaded.hypercapnic_respiratory_failure_confirmed is False
    assert loaded.proxy is None
    assert loaded.medicines[0].schedule == profile.Schedule(
        as_needed=True, instructions="2 puffs when breathless"
    )


def test_migration_does_not_change_its_input() -> None:
    stored = _fixture("v1_1.json")
    before = copy.deepcopy(stored)
    profile.migrate(stored)
    assert stored == before


@pytest.mark.parametrize(
    ("version", "message"),
    [(4, "newer than this app"), (0, "does not exist"), ("2", "whole number"), (None, "whole number")],
)
def test_unknown_schema_versions_are_refused(version: object, message: str) -> None:
    data = _example_json()
    data["schema_version"] = version
    with pytest.raises(MigrationError, match=message):
        Profile.from_json(data)


def _with(**changes: Any) -> dict[str, Any]:
    data = _example_json()
    for key, value in changes.items():
        target = data
        *path, last = key.split("__")
        for part in path:
            target = target[int(part)] if isinstance(target, list) else target[part]
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("changes", "field", "suggestion"),
    [
        ({"weight_kg": 400}, "weight_kg", 181.4),
        ({"weight_kg": 12}, "weight_kg", None),
        ({"weight_kg": "71"}, "weight_kg", None),
        ({"height_cm": 1.63}, "height_cm", 163.0),
        ({"height_cm": 300}, "height_cm", None),
        ({"date_of_birth": "2030-01-01"}, "date_of_birth", None),
        ({"date_of_birth": "1899-12-31"}, "date_of_birth", None),
        ({"date_of_birth": "1948-02-30"}, "date_of_birth", None),
        ({"date_of_birth": None}, "date_of_birth", None),
        ({"sex": "F"}, "sex", None),
        ({"blood_type": "0+"}, "blood_type", None),
        ({"home_country": "Germany"}, "home_country", None),
        ({"conditions__0__concept_id": "condition.gout_xyz"}, "conditions[0].concept_id", None),
        ({"conditions__0__concept_id": "medicine.apixaban"}, "conditions[0].concept_id", None),
        ({"conditions__0__onset": "2031"}, "conditions[0].onset", None),
        ({"medicines__1__dose__unit": "spoon"}, "medicines[1].dose.unit", None),
        ({"medicines__1__dose__amount": -5}, "medicines[1].dose.amount", None),
        ({"medicines__0__schedule__times": ["8 am"]}, "medicines[0].schedule.times[0]", None),
        ({"medicines__0__start_date": "2099-01-01"}, "medicines[0].start_date", None),
        ({"allergies__0__severity": "deadly"}, "allergies[0].severity", None),
        ({"devices__0__concept_id": "condition.copd"}, "devices[0].concept_id", None),
        ({"baseline_vitals__temperature": 97.7}, "baseline_vitals.temperature", 36.5),
        ({"baseline_vitals__blood_glucose": 140}, "baseline_vitals.blood_glucose", 7.8),
        ({"baseline_vitals__spo2": 0.93}, "baseline_vitals.spo2", 93.0),
        ({"baseline_vitals__heart_rate": 400}, "baseline_vitals.heart_rate", None),
        ({"baseline_vitals__pulse": 70}, "baseline_vitals.pulse", None),
        ({"baseline_vitals__diastolic_bp": 140}, "baseline_vitals.diastolic_bp", None),
        ({"target_spo2_range": {"low": 94, "high": 92}}, "target_spo2_range", None),
        ({"target_spo2_range": {"low": 60, "high": 92}}, "target_spo2_range.low", None),
        ({"hypercapnic_confirmed_by": None}, "hypercapnic_confirmed_by", None),
        ({"travel_plan__current_country": "Spain"}, "travel_plan.current_country", None),
        ({"travel_plan__destinations__0__leave": "2026-10-01"}, "travel_plan.destinations[0].leave", None),
        ({"preferred_language": "xx"}, "preferred_language", None),
        ({"emergency_contacts__0__phone": "call him"}, "emergency_contacts[0].phone", None),
        ({"proxy__scope": []}, "proxy.scope", None),
        ({"ehic_number": "80-27"}, "ehic_number", None),
        ({"sex": "male", "pregnancy": "pregnant"}, "pregnancy", None),
        ({"updated_at": "2026-10-01T09:30:00"}, "updated_at", None),
    ],
)
def test_invalid_values_raise_an_error_naming_the_field(
    changes: dict[str, Any], field: str, suggestion: float | None
) -> None:
    with pytest.raises(ValidationError) as caught:
        Profile.from_json(_with(**changes), today=TODAY)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert isinstance(caught.value, ValueError)
    if suggestion is not None:
        assert caught.value.suggestion == pytest.approx(suggestion)


def test_all_problems_are_listed_at_once() -> None:
    issues = profile.check(_with(weight_kg=400, height_cm=1.63, sex="F"), today=TODAY)
    assert {issue.field for issue in issues} == {"weight_kg", "height_cm", "sex"}
    assert all(issue.kind == "error" for issue in issues)


def test_weight_in_pounds_typed_as_kilograms_asks_for_confirmation() -> None:
    data = _with(weight_kg=158)  # 158 lb = 71.7 kg; 158 kg at 163 cm is a BMI of 59
    loaded = Profile.from_json(data, today=TODAY)  # possible, so it loads...
    issues = loaded.validate(today=TODAY)  # ...but the person is asked
    assert [(i.field, i.kind) for i in issues] == [("weight_kg", "confirm")]
    assert issues[0].suggestion == pytest.approx(71.7)
    data["confirmed"] = ["weight_kg"]
    assert Profile.from_json(data, today=TODAY).validate(today=TODAY) == []


def test_hypercapnic_failure_without_target_range_asks_for_it() -> None:
    issues = profile.check(_with(target_spo2_range=None), today=TODAY)
    assert [(i.field, i.kind) for i in issues] == [("target_spo2_range", "confirm")]


def test_not_json_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        Profile.from_json("{not json")
    assert caught.value.field == "profile"


def test_concepts_must_exist_in_the_vocabulary_when_serialising() -> None:
    broken = Profile(
        given_name="A",
        family_name="B",
        date_of_birth=date(1950, 1, 1),
        sex=profile.Sex.FEMALE,
        conditions=(profile.Condition("condition.unknown_thing"),),
    )
    issues = broken.validate(today=TODAY)
    assert [(i.field, i.kind) for i in issues] == [("conditions[0].concept_id", "error")]
    with pytest.raises(terms.UnknownConceptError):
        broken.to_json()


def test_issue_json() -> None:
    issue = profile.check(_with(height_cm=1.63), today=TODAY)[0]
    assert issue.to_json() == {
        "field": "height_cm",
        "kind": "error",
        "message": "1.63 looks like metres, not centimetres: did you mean 163 cm?",
        "suggestion": 163.0,
    }
