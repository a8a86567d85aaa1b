"""wayfarer.risk.assess: levels, reasons, actions, bad input, hysteresis, baselines, model hook, batch."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wayfarer.risk import (
    AlertLevel,
    Assessment,
    BatchFailure,
    ModelEstimate,
    ProfileError,
    RiskContext,
    ScaleError,
    assess,
    assess_batch,
    assess_batch_json,
    assess_json,
    emergency_number,
    iter_assess_batch,
    qsofa,
    shock_index,
)
from wayfarer.risk.news2 import Risk
from wayfarer.vitals import CANONICAL_UNIT, Parameter, Reading, VitalsError

AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
PROFILE: dict[str, Any] = {
    "schema_version": 1,
    "date_of_birth": "1950-05-01",
    "sex": "female",
    "travel_plan": {"current_country": "ES"},
}
NORMAL = {
    "resp_rate": 16,
    "spo2": 97,
    "on_oxygen": False,
    "systolic_bp": 125,
    "diastolic_bp": 78,
    "heart_rate": 72,
    "consciousness": "A",
    "temperature": 36.8,
}


def r(parameter: str, value: float | str | bool, minutes_ago: float = 10, unit: str | None = None) -> Reading:
    p = Parameter(parameter)
    return Reading(p, value, unit or CANONICAL_UNIT[p], AT - timedelta(minutes=minutes_ago))


def current(**changes: Any) -> list[Reading]:
    vitals = {**NORMAL, **changes}
    return [r(name, value) for name, value in vitals.items() if value is not None]


def keys(assessment: Assessment) -> list[str]:
    return [reason.key for reason in assessment.reasons]


def test_all_normal_is_none_and_says_so() -> None:
    a = assess(PROFILE, current(), at=AT)
    assert a.level is AlertLevel.NONE
    assert a.news2.complete and a.news2.total == 0
    assert "all_normal" in keys(a)
    assert a.action.key == "action.none"


def test_contract_json_shape() -> None:
    data = assess_json(PROFILE, [x.to_json() for x in current(resp_rate=26)], at="2026-11-23T08:00:00Z")
    assert {"level", "news2", "qsofa", "shock_index", "reasons", "action", "readings_used"} <= set(data)
    assert {"total", "subscores", "missing", "risk", "complete"} <= set(data["news2"])
    assert data["news2"]["subscores"]["resp_rate"] == 3
    assert data["news2"]["risk"] == "low-medium"
    assert data["level"] == "urgent"
    assert "breathing rate 26 per minute: very high" in [x["text"] for x in data["reasons"]]
    assert "model" not in data
    json.dumps(data)  # plain JSON all the way down


def test_assess_json_accepts_text() -> None:
    readings = json.dumps([x.to_json() for x in current()])
    data = assess_json(json.dumps(PROFILE), readings, at="2026-11-23T08:00:00Z")
    assert data["level"] == "none"


@pytest.mark.parametrize(
    ("changes", "level"),
    [
        ({}, AlertLevel.NONE),
        ({"temperature": 38.4}, AlertLevel.WATCH),  # NEWS2 1 (and a fever for an older adult → today)
        ({"spo2": 95}, AlertLevel.WATCH),  # NEWS2 1
        ({"resp_rate": 8}, AlertLevel.URGENT),  # single 3: low-medium
        ({"consciousness": "C"}, AlertLevel.URGENT),  # new confusion
        ({"resp_rate": 23, "heart_rate": 112, "spo2": 95}, AlertLevel.URGENT),  # 5 medium
        ({"resp_rate": 25, "heart_rate": 111, "temperature": 39.1}, AlertLevel.EMERGENCY),  # 7 high
    ],
)
def test_levels_follow_the_news2_response(changes: dict[str, Any], level: AlertLevel) -> None:
    a = assess({**PROFILE, "date_of_birth": "1990-01-01"}, current(**changes), at=AT)
    assert a.level is level


def test_older_adult_fever_raises_to_see_doctor_today() -> None:
    a = assess(PROFILE, current(temperature=38.0), at=AT)  # NEWS2 0 at 38.0 °C
    assert a.news2.total == 0
    assert a.level is AlertLevel.SEE_DOCTOR_TODAY
    assert "baseline.fever_older_adult" in keys(a)


def test_emergency_action_uses_the_country_number() -> None:
    vitals = current(resp_rate=25, heart_rate=111, temperature=39.1)
    for country, number in [("ES", "112"), ("US", "911"), ("GB", "999"), ("AU", "000"), ("JP", "119")]:
        a = assess({**PROFILE, "travel_plan": {"current_country": country}}, vitals, at=AT)
        assert a.level is AlertLevel.EMERGENCY
        assert a.action.text == f"Call the emergency number {number} now."
    unknown = assess({**PROFILE, "travel_plan": {}}, vitals, at=AT)
    assert unknown.action.text.startswith("Call the emergency number 112 now.")
    assert "most mobile phones" in unknown.action.text


def test_emergency_number_table() -> None:
    assert emergency_number("cn") == ("120", True)
    assert emergency_number("TH") == ("1669", True)
    assert emergency_number("VN") == ("115", True)
    assert emergency_number("SA") == ("997", True)
    assert emergency_number("DE") == ("112", True)
    assert emergency_number("ZZ") == ("112", False)
    assert emergency_number(None) == ("112", False)


def test_reading_ages_are_reported_in_seconds() -> None:
    a = assess(PROFILE, [r("heart_rate", 70, minutes_ago=30), r("spo2", 97, minutes_ago=5)], at=AT)
    ages = {used.reading.parameter: used.age_seconds for used in a.readings_used}
    assert ages == {Parameter.HEART_RATE: 1800.0, Parameter.SPO2: 300.0}
    assert a.to_json()["readings_used"][0]["age_seconds"] in (1800.0, 300.0)


def test_partial_score_is_never_complete_and_asks_to_measure() -> None:
    a = assess(PROFILE, [r("heart_rate", 70), r("spo2", 98)], at=AT)
    assert not a.news2.complete
    assert set(a.news2.missing) == {"resp_rate", "on_oxygen", "systolic_bp", "consciousness", "temperature"}
    assert a.level is AlertLevel.WATCH
    partial = next(x for x in a.reasons if x.key == "news2.partial")
    assert "breathing rate" in partial.text and "alertness" in partial.text


def test_no_readings() -> None:
    a = assess(PROFILE, [], at=AT)
    assert a.level is AlertLevel.WATCH
    assert "input.no_readings" in keys(a)


@pytest.mark.parametrize(
    ("parameter", "value", "code"),
    [
        ("spo2", 150, "too_high"),
        ("temperature", 98.6, "looks_like_fahrenheit"),
        ("heart_rate", 0, "no_signal"),
    ],
)
def test_implausible_readings_are_excluded_and_reported(parameter: str, value: float, code: str) -> None:
    a = assess(PROFILE, current(**{parameter: value}), at=AT)
    assert [f.plausibility.code for f in a.flagged] == [code]
    assert "input.implausible" in keys(a)
    news2_name = "pulse" if parameter == "heart_rate" else parameter
    assert news2_name in a.news2.missing
    assert not a.news2.complete
    assert a.level.rank >= AlertLevel.WATCH.rank


def test_an_older_plausible_reading_stands_in_for_a_newer_implausible_one() -> None:
    readings = [*current(), r("spo2", 150, minutes_ago=1)]
    a = assess(PROFILE, readings, at=AT)
    assert a.news2.subscores["spo2"] == 0
    assert [f.reading.value for f in a.flagged] == [150.0]


def test_converted_units_are_scored_in_canonical_units() -> None:
    a = assess(PROFILE, [*current(temperature=None), r("temperature", 100.9, unit="[degF]")], at=AT)
    assert a.news2.subscores["temperature"] == 1  # 100.9 °F = 38.28 °C
    used = {u.reading.parameter: u.reading for u in a.readings_used}
    assert used[Parameter.TEMPERATURE].unit == "Cel"


def test_systolic_not_above_diastolic_is_flagged() -> None:
    a = assess(PROFILE, current(systolic_bp=70, diastolic_bp=80), at=AT)
    assert "input.bp_inverted" in keys(a)
    assert "systolic_bp" in a.news2.missing


def test_stale_and_future_readings() -> None:
    readings = [*current(temperature=None), r("temperature", 39.5, minutes_ago=60 * 10)]
    a = assess(PROFILE, readings, at=AT)
    assert "temperature" in a.news2.missing
    assert "input.stale" in keys(a)
    future = assess(PROFILE, [*current(), r("resp_rate", 30, minutes_ago=-30)], at=AT)
    assert future.news2.subscores["resp_rate"] == 0
    assert [f.plausibility.code for f in future.flagged] == ["future"]


def test_bad_reading_json_is_a_clear_error_naming_the_reading() -> None:
    good = [x.to_json() for x in current()]
    with pytest.raises(VitalsError, match="reading 8: unknown unit 'furlong'"):
        assess_json(
            PROFILE,
            [*good, {"parameter": "spo2", "value": 97, "unit": "furlong", "time": "2026-11-23T07:00:00Z"}],
        )


def test_a_mix_of_readings_and_json_objects_is_assessed_alike_and_names_a_bad_item() -> None:
    records = current()
    mixed: list[Any] = [records[0], *(x.to_json() for x in records[1:])]
    assert assess(PROFILE, mixed, at=AT).to_json() == assess(PROFILE, records, at=AT).to_json()
    mixed[2] = {"parameter": "spo2", "value": 97, "unit": "furlong", "time": "2026-11-23T07:00:00Z"}
    with pytest.raises(VitalsError, match="reading 2: unknown unit 'furlong'"):
        assess(PROFILE, mixed, at=AT)


def test_scale_2_needs_confirmed_hypercapnic_failure() -> None:
    copd = current(spo2=90, on_oxygen=True)
    with pytest.raises(ScaleError, match="clinician-confirmed"):
        assess(PROFILE, copd, at=AT, spo2_scale=2)
    unconfirmed = assess({**PROFILE, "target_spo2_range": {"low": 88, "high": 92}}, copd, at=AT)
    assert unconfirmed.news2.spo2_scale == 1
    assert unconfirmed.news2.subscores["spo2"] == 3
    assert "context.target_unconfirmed" in keys(unconfirmed)
    confirmed_profile = {
        **PROFILE,
        "target_spo2_range": {"low": 88, "high": 92},
        "hypercapnic_respiratory_failure_confirmed": True,
    }
    confirmed = assess(confirmed_profile, copd, at=AT)
    assert confirmed.news2.spo2_scale == 2
    assert confirmed.news2.subscores["spo2"] == 0
    assert confirmed.news2.total == 2  # oxygen only
    assert assess(confirmed_profile, copd, at=AT, spo2_scale=1).news2.spo2_scale == 1


def test_qsofa_and_shock_index_join_the_assessment() -> None:
    a = assess(PROFILE, current(resp_rate=22, systolic_bp=100, heart_rate=104), at=AT)
    assert a.qsofa.total == 2 and a.qsofa.positive
    assert a.shock_index.elevated and a.shock_index.value == pytest.approx(1.04)
    assert {"qsofa.positive", "shock_index.elevated"} <= set(keys(a))
    assert a.level is AlertLevel.URGENT


@pytest.mark.parametrize(
    ("rr", "sbp", "acvpu", "total"),
    [
        (21, 101, "A", 0),
        (22, 101, "A", 1),
        (21, 100, "A", 1),
        (21, 101, "C", 1),
        (30, 80, "V", 3),
        (21.5, 100.5, "A", 1),
    ],
)
def test_qsofa_edges(rr: float, sbp: float, acvpu: str, total: int) -> None:
    assert qsofa(resp_rate=rr, systolic_bp=sbp, consciousness=acvpu).total == total


def test_qsofa_and_shock_index_missing_rule() -> None:
    partial = qsofa(resp_rate=25, systolic_bp=None, consciousness="C")
    assert partial.missing == ("systolic_bp",) and not partial.complete and partial.positive
    assert not qsofa(resp_rate=None, systolic_bp=None, consciousness=None).positive
    assert shock_index(pulse=100, systolic_bp=100).elevated
    assert not shock_index(pulse=99, systolic_bp=100).elevated
    missing = shock_index(pulse=None, systolic_bp=120)
    assert missing.value is None and missing.missing == ("pulse",) and not missing.elevated


def test_hysteresis_delays_de_escalation_only() -> None:
    bad = current(resp_rate=25, heart_rate=111, temperature=39.1)
    first = assess(PROFILE, bad, at=AT)
    assert first.level is AlertLevel.EMERGENCY
    later = AT + timedelta(minutes=20)
    better = [Reading(x.parameter, x.value, x.unit, later - timedelta(minutes=5)) for x in current()]
    held = assess(PROFILE, better, at=later, previous=first)
    assert held.computed_level is AlertLevel.NONE
    assert held.level is AlertLevel.EMERGENCY
    assert "hysteresis.held" in keys(held)
    assert held.improving_since == later
    # still better 50 minutes later, but the hour has not passed since it first improved
    still = assess(PROFILE, better, at=later + timedelta(minutes=50), previous=held.to_json())
    assert still.level is AlertLevel.EMERGENCY and still.improving_since == later
    released = assess(PROFILE, better, at=later + timedelta(minutes=61), previous=still)
    assert released.level is AlertLevel.NONE
    # escalation is never delayed
    worse = assess(PROFILE, bad, at=AT + timedelta(minutes=1), previous=assess(PROFILE, current(), at=AT))
    assert worse.level is AlertLevel.EMERGENCY


def test_model_hook() -> None:
    seen: dict[str, Any] = {}

    def model(readings: Any, context: RiskContext, at: datetime) -> dict[str, Any]:
        seen["n"], seen["at"] = len(readings), at
        return {"probability": 0.12, "top_features": [["resp_rate", 0.4]], "name": "m", "version": "1"}

    a = assess(PROFILE, current(), at=AT, model=model)
    assert seen == {"n": 8, "at": AT}
    assert a.model == ModelEstimate(0.12, (("resp_rate", 0.4),), "m", "1")
    assert a.to_json()["model"]["top_features"] == [{"feature": "resp_rate", "contribution": 0.4}]
    assert a.level is AlertLevel.NONE

    def broken(*_: Any) -> ModelEstimate:
        raise RuntimeError("no session")

    failed = assess(PROFILE, current(resp_rate=25, heart_rate=111, temperature=39.1), at=AT, model=broken)
    assert failed.model is None and failed.level is AlertLevel.EMERGENCY
    assert "model.failed" in keys(failed)


class FakeProfile:
    def to_json(self) -> dict[str, Any]:
        return {**PROFILE, "travel_plan": {"current_country": "US"}}


def test_profile_object_with_to_json() -> None:
    a = assess(FakeProfile(), current(resp_rate=25, heart_rate=111, temperature=39.1), at=AT)
    assert a.action.params["number"] == "911"


def test_context_from_profile() -> None:
    profile = {
        **PROFILE,
        "conditions": [
            {"concept_id": "af", "codes": {"icd10": "I48.1"}, "text": "atrial fibrillation"},
        ],
        "medicines": [
            {"concept_id": "b", "codes": {"atc": "C07AB07"}, "text": "bisoprolol", "flags": []},
            {
                "concept_id": "d",
                "codes": {"atc": "B01AF01"},
                "text": "rivaroxaban",
                "flags": ["anticoagulant"],
            },
            {"concept_id": "v", "codes": {}, "text": "verapamil", "flags": ["rate_limiting"]},
        ],
        "baseline_vitals": {"heart_rate": 62, "systolic_bp": 128},
    }
    context = RiskContext.from_profile(profile, on=AT.date())
    assert context.atrial_fibrillation
    assert context.rate_limiting_medicines == ("bisoprolol", "verapamil")
    assert context.age_years == 76
    assert context.country == "ES"
    assert context.baseline_vitals == {Parameter.HEART_RATE: 62.0, Parameter.SYSTOLIC_BP: 128.0}
    snomed = RiskContext.from_profile({"conditions": [{"concept_id": "x", "codes": {"snomed": "49436004"}}]})
    assert snomed.atrial_fibrillation
    assert not RiskContext.from_profile({}).atrial_fibrillation
    assert RiskContext.from_profile(None) == RiskContext()


@pytest.mark.parametrize(
    ("profile", "match"),
    [
        ({"sex": "yes"}, "sex"),
        ({"date_of_birth": "01/02/1950"}, "YYYY-MM-DD"),
        ({"travel_plan": {"current_country": "Spain"}}, "alpha-2"),
        ({"target_spo2_range": {"low": 92, "high": 88}}, "range"),
        ({"conditions": "AF"}, "list"),
        ({"hypercapnic_respiratory_failure_confirmed": "yes"}, "true or false"),
        ({"baseline_vitals": {"pulse": 60}}, "unknown parameter"),
    ],
)
def test_malformed_profile_is_a_clear_error(profile: dict[str, Any], match: str) -> None:
    with pytest.raises(ProfileError, match=match):
        assess(profile, current(), at=AT)


def test_rate_limiting_and_af_context_only_with_a_pulse() -> None:
    profile = {**PROFILE, "medicines": [{"concept_id": "m", "text": "metoprolol", "flags": ["beta_blocker"]}]}
    a = assess(profile, current(), at=AT)
    note = next(x for x in a.reasons if x.key == "context.rate_limiting")
    assert "metoprolol" in note.text and note.level is AlertLevel.NONE
    assert a.level is AlertLevel.NONE
    assert "context.rate_limiting" not in keys(assess(profile, current(heart_rate=None), at=AT))


# --- personal baselines -------------------------------------------------------------------------


def history(parameter: str, value: float, days: int = 6, per_day: int = 3) -> list[Reading]:
    return [
        r(parameter, value, minutes_ago=60 * 24 * d + 60 * 8 * k)
        for d in range(1, days + 1)
        for k in range(per_day)
    ]


def test_baseline_is_the_median_excluding_the_recent_hours() -> None:
    readings = [
        *history("heart_rate", 60),
        *current(heart_rate=None),
        r("heart_rate", 80, 90),
        r("heart_rate", 82, 20),
    ]
    a = assess(PROFILE, readings, at=AT)
    assert a.baselines[Parameter.HEART_RATE].median == 60.0
    assert a.baselines[Parameter.HEART_RATE].source == "history"
    rise = next(x for x in a.reasons if x.key == "baseline.heart_rate_rise")
    assert rise.text == "resting pulse 82 per minute: 22 above your usual 60"
    assert "Radin" in rise.source
    assert a.level is AlertLevel.WATCH  # NEWS2 0 for 82/min; the baseline adds a watch


def test_one_odd_reading_is_not_a_sustained_deviation() -> None:
    readings = [
        *history("heart_rate", 60),
        *current(heart_rate=None),
        r("heart_rate", 62, 90),
        r("heart_rate", 85, 20),
    ]
    assert "baseline.heart_rate_rise" not in keys(assess(PROFILE, readings, at=AT))


def test_profile_baseline_is_used_when_history_is_short() -> None:
    profile = {**PROFILE, "baseline_vitals": {"systolic_bp": 160}}
    readings = [*current(systolic_bp=None), r("systolic_bp", 112, 90), r("systolic_bp", 115, 20)]
    a = assess(profile, readings, at=AT)
    assert a.baselines[Parameter.SYSTOLIC_BP].source == "profile"
    assert "baseline.systolic_drop" in keys(a)
    assert a.level is AlertLevel.SEE_DOCTOR_TODAY


@pytest.mark.parametrize(
    ("parameter", "usual", "recent", "key"),
    [
        ("temperature", 36.2, 37.4, "baseline.temperature_rise"),
        ("spo2", 97, 94, "baseline.spo2_drop"),
        ("systolic_bp", 150, 108, "baseline.systolic_drop"),
    ],
)
def test_sustained_deviation_rules(parameter: str, usual: float, recent: float, key: str) -> None:
    readings = [
        *history(parameter, usual),
        *current(**{parameter: None}),
        r(parameter, recent, 90),
        r(parameter, recent, 20),
    ]
    a = assess(PROFILE, readings, at=AT)
    reason = next(x for x in a.reasons if x.key == key)
    assert reason.source and reason.level is AlertLevel.SEE_DOCTOR_TODAY
    assert a.level.rank >= AlertLevel.SEE_DOCTOR_TODAY.rank


def test_spo2_target_range_rules() -> None:
    profile = {**PROFILE, "target_spo2_range": {"low": 94, "high": 98}}
    low = assess(profile, current(spo2=93), at=AT)
    assert "baseline.spo2_below_target" in keys(low)
    copd = {
        **PROFILE,
        "target_spo2_range": {"low": 88, "high": 92},
        "hypercapnic_respiratory_failure_confirmed": True,
    }
    above = assess(copd, current(spo2=96, on_oxygen=True), at=AT)
    assert "baseline.spo2_above_target" in keys(above)
    assert "context.spo2_scale2" in keys(above)


def test_very_high_blood_pressure_and_fast_af() -> None:
    bp = [
        *current(systolic_bp=None, diastolic_bp=None),
        r("systolic_bp", 190, 60),
        r("diastolic_bp", 100, 60),
    ]
    bp += [r("systolic_bp", 186, 10), r("diastolic_bp", 98, 10)]
    assert "baseline.bp_very_high" in keys(assess(PROFILE, bp, at=AT))
    af = {**PROFILE, "conditions": [{"concept_id": "af", "codes": {"snomed": "49436004"}}]}
    fast = [*current(heart_rate=None), r("pulse_rate", 118, 60), r("heart_rate", 116, 10)]
    a = assess(af, fast, at=AT)
    assert {"baseline.af_fast", "context.af_pulse"} <= set(keys(a))
    assert a.news2.subscores["pulse"] == 2


# --- never lower NEWS2 --------------------------------------------------------------------------

NEWS2_LEVEL = {
    Risk.LOW: AlertLevel.WATCH,
    Risk.LOW_MEDIUM: AlertLevel.URGENT,
    Risk.MEDIUM: AlertLevel.URGENT,
    Risk.HIGH: AlertLevel.EMERGENCY,
}

vitals_strategy = st.fixed_dictionaries(
    {
        "resp_rate": st.integers(4, 40),
        "spo2": st.integers(70, 100),
        "on_oxygen": st.booleans(),
        "systolic_bp": st.integers(60, 250),
        "diastolic_bp": st.integers(30, 59),
        "heart_rate": st.integers(30, 180),
        "consciousness": st.sampled_from("ACVPU"),
        "temperature": st.integers(330, 420).map(lambda t: t / 10),
    }
)
profile_strategy = st.fixed_dictionaries(
    {
        "date_of_birth": st.sampled_from(["1940-01-01", "1990-01-01"]),
        "target_spo2_range": st.sampled_from([None, {"low": 94, "high": 98}, {"low": 88, "high": 92}]),
        "hypercapnic_respiratory_failure_confirmed": st.booleans(),
        "conditions": st.sampled_from([[], [{"concept_id": "af", "codes": {"icd10": "I48"}}]]),
        "medicines": st.sampled_from(
            [[], [{"concept_id": "m", "text": "atenolol", "flags": ["beta_blocker"]}]]
        ),
        "baseline_vitals": st.sampled_from([{}, {"heart_rate": 55, "systolic_bp": 170, "temperature": 36.0}]),
    }
)


@settings(max_examples=300, deadline=None)
@given(vitals=vitals_strategy, profile=profile_strategy, usual_hr=st.integers(40, 120))
def test_nothing_lowers_what_news2_asks_for(
    vitals: dict[str, Any], profile: dict[str, Any], usual_hr: int
) -> None:
    readings = [*current(**vitals), *history("heart_rate", usual_hr)]
    a = assess(profile, readings, at=AT)
    floor = NEWS2_LEVEL[a.news2.risk] if a.news2.total else AlertLevel.NONE
    assert a.level.rank >= floor.rank
    if a.news2.risk is Risk.HIGH:
        assert a.level is AlertLevel.EMERGENCY
        assert a.action.text.startswith("Call the emergency number")
    assert a.news2.complete
    assert a.news2.total == sum(a.news2.subscores.values())
    for reason in a.reasons:
        assert reason.text  # every template renders with its parameters


# --- batch --------------------------------------------------------------------------------------


def test_batch_isolates_failures_and_keeps_order() -> None:
    items: list[tuple[object, list[Any]]] = [(PROFILE, current()) for _ in range(5)]
    items[2] = ({"sex": 3}, current())
    results = assess_batch(items, at=AT)
    assert len(results) == 5
    assert isinstance(results[2], BatchFailure) and results[2].index == 2 and "sex" in results[2].error
    assert all(isinstance(x, Assessment) for i, x in enumerate(results) if i != 2)


def test_batch_chunks_by_budget_and_size() -> None:
    items = [(PROFILE, current()) for _ in range(10)]
    every_item = list(iter_assess_batch(items, at=AT, budget_seconds=0.0))
    assert [len(chunk) for chunk in every_item] == [1] * 10
    by_size = list(iter_assess_batch(items, at=AT, budget_seconds=3600.0, max_chunk=4))
    assert [len(chunk) for chunk in by_size] == [4, 4, 2]


def test_batch_json() -> None:
    item = {"profile": PROFILE, "readings": [x.to_json() for x in current(resp_rate=26)]}
    out = assess_batch_json([item, {"profile": None, "readings": []}], at="2026-11-23T08:00:00Z")
    assert [x["level"] for x in out] == ["urgent", "watch"]


def test_every_sex_the_profile_can_record_is_accepted() -> None:
    from wayfarer.profile import Sex

    for sex in Sex:
        assessment = assess({**PROFILE, "sex": sex.value}, current(), at=AT)
        assert assessment.level is AlertLevel.NONE


def test_kiosk_batch_through_the_page_api() -> None:
    """``risk.assess_kiosk`` from JSON text to JSON text, as the worker calls it: summaries for
    every person, errors by person, and the full assessment of a person on request."""
    import asyncio

    from wayfarer import api
    from wayfarer.profile import Profile

    at = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    at_ms = int(at.timestamp()) * 1000
    profile = Profile.example().to_json()
    columns = ["resp_rate", "spo2", "heart_rate", "systolic_bp", "temperature", "consciousness", "on_oxygen"]
    rows = [
        [0, at_ms - 600_000, 26, 90, 125, 88, 39.5, "V", True],  # emergency
        [0, at_ms - 600_000, 16, 97, 72, 128, 36.8, "A", False],
        [0, at_ms - 600_000, 16, 150, 72, 128, 36.8, "A", False],  # SpO2 150 %: flagged by assess()
        [1, at_ms, 16, 97, 72, 128, 36.8, "A", False],  # no profile 1
    ]
    batch = {
        "profiles": [profile],
        "profile": [row[0] for row in rows],
        "time_ms": [row[1] for row in rows],
        "values": {name: [row[2 + i] for row in rows] for i, name in enumerate(columns)},
    }
    text = asyncio.run(api.call_json("risk.assess_kiosk", json.dumps([batch, "2026-11-23T08:00:00Z", [0]])))
    answer = json.loads(text)["ok"]
    assert answer["level"][:3] == ["emergency", "none", "watch"]
    assert answer["level"][3] is None and answer["errors"] == [
        {"index": 3, "error": "profile index must be 0–0, not 1"}
    ]
    keys, top = answer["reason_keys"], answer["top_reasons"]
    assert keys[answer["reasons"][2 * top]] == "input.implausible"
    assert answer["reasons"][3 * top : 4 * top] == [None] * top
    assert len(answer["reasons"]) == 4 * top
    readings = [
        {
            "parameter": name,
            "value": value,
            "unit": CANONICAL_UNIT[Parameter(name)],
            "time": "2026-11-23T07:50:00Z",
        }
        for name, value in zip(columns, rows[0][2:], strict=True)
    ]
    assert answer["detail"] == {"0": assess(profile, readings, at=at).to_json()}
    assert answer["news2_total"][0] == answer["detail"]["0"]["news2"]["total"]


def test_hot_path_records_are_the_real_frozen_records() -> None:
    """``wayfarer._records.fast_constructor`` makes instances of the record class itself, equal to
    what its ``__init__`` makes, and just as frozen; a class it cannot build safely is refused."""
    import dataclasses

    from wayfarer._records import fast_constructor
    from wayfarer.risk import AlertLevel, Reason
    from wayfarer.vitals import Parameter, Reading

    build = fast_constructor(Reason)
    made = build("all_normal", {}, AlertLevel.NONE, "")
    assert type(made) is Reason and made == Reason("all_normal", {}, AlertLevel.NONE, "")
    assert made.to_json() == Reason("all_normal", {}, AlertLevel.NONE, "").to_json()
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.key = "other"  # type: ignore[misc]

    @dataclasses.dataclass(frozen=True)
    class WithoutSlots:
        value: int

    with pytest.raises(TypeError):
        fast_constructor(WithoutSlots)
    with pytest.raises(TypeError, match="__post_init__"):
        fast_constructor(Reading)
    at = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    reading = fast_constructor(Reading, skip_post_init=True)(Parameter.HEART_RATE, 70.0, "/min", at, "manual")
    assert type(reading) is Reading and reading == Reading(Parameter.HEART_RATE, 70.0, "/min", at)
    with pytest.raises(dataclasses.FrozenInstanceError):
        reading.value = 71.0  # type: ignore[misc]
