"""risk.assess with the deterioration model: the page's async assessment, the level rule, failures."""

from __future__ import annotations

import asyncio
import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from wayfarer import api
from wayfarer._bridge import assets
from wayfarer._bridge import onnx as onnx_bridge
from wayfarer.risk import AlertLevel, assess, assess_json
from wayfarer.risk import model as risk_model
from wayfarer.risk.features import FEATURE_NAMES, features_now, hour_bins
from wayfarer.vitals import CANONICAL_UNIT, VALID_RANGE, Parameter, Reading, convert

pytest.importorskip("onnxruntime")

AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
AT_TEXT = "2026-11-23T08:00:00Z"
PROFILE: dict[str, Any] = {
    "schema_version": 1,
    "date_of_birth": "1950-05-01",
    "sex": "female",
    "travel_plan": {"current_country": "ES"},
}
UNITS = {
    "resp_rate": "/min",
    "spo2": "%",
    "heart_rate": "/min",
    "pulse_rate": "/min",
    "systolic_bp": "mmHg",
    "diastolic_bp": "mmHg",
    "mean_arterial_pressure": "mmHg",
    "temperature": "Cel",
    "consciousness": "{ACVPU}",
    "on_oxygen": "{bool}",
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


def reading(parameter: str, value: object, minutes_ago: float = 10) -> dict[str, Any]:
    moment = AT - timedelta(minutes=minutes_ago)
    return {
        "parameter": parameter,
        "value": value,
        "unit": UNITS[parameter],
        "time": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def current(**changes: object) -> list[dict[str, Any]]:
    return [reading(name, value) for name, value in {**NORMAL, **changes}.items() if value is not None]


def feverish_day() -> list[dict[str, Any]]:
    """A day of worsening fever and fast breathing, well above the model's threshold."""
    readings = []
    for hours_ago in range(24):
        worse = max(0, 12 - hours_ago)
        minutes = hours_ago * 60 + 10
        readings += [
            reading("heart_rate", 80 + 3 * worse, minutes),
            reading("resp_rate", 18 + worse, minutes),
            reading("temperature", round(37.0 + 0.17 * worse, 1), minutes),
            reading("systolic_bp", 130 - 2 * worse, minutes),
            reading("diastolic_bp", 75 - worse, minutes),
            reading("spo2", 96 - worse // 4, minutes),
        ]
    return readings


def run(profile: object, readings: object, previous: object = None, **options: Any) -> dict[str, Any]:
    result: dict[str, Any] = asyncio.run(
        risk_model.assess_json(profile, readings, previous, at=AT_TEXT, **options)  # type: ignore[arg-type]
    )
    return result


@pytest.fixture(autouse=True)
def fresh_meta() -> Iterator[None]:
    risk_model.use_app_meta(None)
    yield
    risk_model.use_app_meta(None)


def test_the_page_gets_the_rules_and_the_model() -> None:
    data = run(PROFILE, feverish_day())
    assert {"level", "news2", "reasons", "action", "qsofa", "readings_used"} <= set(data)
    assert {"total", "subscores", "missing", "risk"} <= set(data["news2"])
    model = data["model"]
    assert set(model) >= {
        "probability",
        "threshold",
        "above_threshold",
        "top_features",
        "version",
        "assumptions",
    }
    assert 0.0 < model["probability"] < 1.0 and model["above_threshold"]
    assert model["version"] == risk_model.load_repo_model_meta().version
    assert 1 <= len(model["top_features"]) <= 3
    for feature in model["top_features"]:
        assert feature["feature"] in FEATURE_NAMES
        assert feature["contribution"] > 0 and "raises the risk" in feature["text"]
    assert json.loads(json.dumps(data, allow_nan=False)) == data


def test_the_api_function_is_async_and_the_sync_form_stays_rules_only() -> None:
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    readings = [{**item, "time": now} for item in current(resp_rate=24)]
    answer = json.loads(asyncio.run(api.call_json("risk.assess", json.dumps([PROFILE, readings]))))
    assert "model" in answer["ok"]
    rules = assess_json(PROFILE, readings)
    assert "model" not in rules and rules["level"] == answer["ok"]["level"]


def test_the_model_never_lowers_the_rules_level() -> None:
    rng = random.Random(6)
    for _ in range(60):
        readings = current(
            resp_rate=rng.randint(8, 30),
            spo2=rng.randint(88, 100),
            heart_rate=rng.randint(40, 140),
            systolic_bp=rng.randint(85, 200),
            temperature=round(rng.uniform(35.0, 40.0), 1),
            consciousness=rng.choice("AAAC"),
        )
        with_model = run(PROFILE, readings)
        rules = assess_json(PROFILE, readings, at=AT_TEXT)
        assert AlertLevel(with_model["level"]).rank >= AlertLevel(rules["level"]).rank
        if rules["level"] != "none":
            assert with_model["level"] == rules["level"]  # the model alone goes no higher than watch
        assert with_model["news2"] == rules["news2"]


def test_above_threshold_raises_none_to_watch_with_a_reason() -> None:
    readings = current(temperature=37.8)
    meta = risk_model.load_repo_model_meta()
    rules = assess(PROFILE, readings, at=AT)
    assert rules.level is AlertLevel.NONE
    above = risk_model.ModelResult(meta.threshold + 0.01, meta.threshold, (), ())
    raised = risk_model.with_model_level(rules, above)
    assert raised.level is AlertLevel.WATCH and raised.computed_level is AlertLevel.WATCH
    assert raised.action.key == "action.watch" and raised.action.params["hours"] == 4
    reason = next(r for r in raised.reasons if r.key == "model.above_threshold")
    assert reason.level is AlertLevel.WATCH and "sepsis" in reason.text
    below = risk_model.ModelResult(meta.threshold / 2, meta.threshold, (), ())
    assert risk_model.with_model_level(rules, below) is rules


def test_above_threshold_leaves_higher_levels_alone() -> None:
    meta = risk_model.load_repo_model_meta()
    above = risk_model.ModelResult(0.5, meta.threshold, (), ())
    for changes in ({"resp_rate": 26}, {"resp_rate": 26, "heart_rate": 135, "temperature": 39.5}):
        rules = assess(PROFILE, current(**changes), at=AT)
        assert rules.level.rank > AlertLevel.WATCH.rank
        raised = risk_model.with_model_level(rules, above)
        assert raised.level is rules.level and raised.action == rules.action
        assert raised.reasons[0].level is rules.reasons[0].level


def _previous(level: str, minutes_ago: float) -> dict[str, Any]:
    return {"level": level, "at": (AT - timedelta(minutes=minutes_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")}


def test_hysteresis_treats_the_models_watch_like_a_rule() -> None:
    meta = risk_model.load_repo_model_meta()
    above = risk_model.ModelResult(0.5, meta.threshold, (), ())
    # Held at urgent: the model's watch does not end the hold.
    held = assess(PROFILE, current(), at=AT, previous=_previous("urgent", 10))
    assert held.level is AlertLevel.URGENT and held.improving_since is not None
    still = risk_model.with_model_level(held, above)
    assert still.level is AlertLevel.URGENT and still.improving_since == held.improving_since
    # Held at watch: the model asks for watch, so nothing is improving any more.
    held_watch = assess(PROFILE, current(), at=AT, previous=_previous("watch", 10))
    assert held_watch.level is AlertLevel.WATCH and held_watch.improving_since is not None
    steady = risk_model.with_model_level(held_watch, above)
    assert steady.level is AlertLevel.WATCH and steady.improving_since is None
    assert "hysteresis.held" not in [r.key for r in steady.reasons]


def test_a_missing_model_leaves_the_rules_with_a_reason(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(assets, "_MODELS_DIR", tmp_path)
    readings = current(resp_rate=25, heart_rate=120, temperature=39.1)
    data = run(PROFILE, readings)
    assert "model" not in data
    assert data["level"] == assess_json(PROFILE, readings, at=AT_TEXT)["level"] == "emergency"
    failed = [r for r in data["reasons"] if r["key"] == "model.failed"]
    assert failed and "deterioration.meta.json" in failed[0]["text"]


def test_an_onnxruntime_failure_leaves_the_rules_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(*_: object) -> None:
        raise onnx_bridge.ModelError("onnxruntime could not run it")

    monkeypatch.setattr(onnx_bridge, "run", broken)
    data = run(PROFILE, current())
    assert "model" not in data and data["level"] == "none"
    assert any(
        "onnxruntime could not run it" in r["text"] for r in data["reasons"] if r["key"] == "model.failed"
    )


def test_no_usable_reading_means_no_model_and_no_complaint() -> None:
    data = run(PROFILE, [reading("consciousness", "A"), reading("on_oxygen", False)])
    assert "model" not in data and all(r["key"] != "model.failed" for r in data["reasons"])


def test_bad_input_is_reported_as_the_rules_report_it() -> None:
    from wayfarer.risk import RiskError
    from wayfarer.vitals import VitalsError

    with pytest.raises(VitalsError, match="reading 1"):
        run(PROFILE, [reading("resp_rate", 16), {"parameter": "pulse", "value": 70}])
    with pytest.raises(RiskError, match="list"):
        run(PROFILE, {"not": "a list"})


def test_explain_false_leaves_out_the_features_only() -> None:
    explained = run(PROFILE, feverish_day())
    bare = run(PROFILE, feverish_day(), explain=False)
    assert bare["model"]["top_features"] == []
    assert bare["model"]["probability"] == explained["model"]["probability"]
    assert bare["level"] == explained["level"]


def test_unknown_age_and_sex_are_assumed_and_said() -> None:
    data = run(None, feverish_day())
    assumptions = " ".join(data["model"]["assumptions"])
    assert "age unknown" in assumptions and "sex unknown" in assumptions


def test_model_bins_use_pulse_rate_derive_map_and_drop_what_they_cannot_use() -> None:
    readings = [
        Reading.from_json(item)
        for item in [
            reading("pulse_rate", 88),
            reading("systolic_bp", 120),
            reading("diastolic_bp", 80),
            reading("spo2", 150),  # implausible
            reading("temperature", 37.1, minutes_ago=49 * 60),  # too old
            reading("consciousness", "A"),
            {"parameter": "temperature", "value": 98.6, "unit": "[degF]", "time": AT_TEXT},
        ]
    ]
    bins, assumptions = risk_model.model_bins(readings, AT)
    assert bins["hr"] == {47: [88.0]}
    assert bins["map"] == {47: [pytest.approx((120 + 2 * 80) / 3)]}
    assert bins["temp"] == {47: [pytest.approx(37.0)]}  # converted from °F
    assert bins["spo2"] == {} and sum(len(hours) for hours in bins.values()) == 5
    assert any("pulse rate" in a for a in assumptions) and any("mean arterial" in a for a in assumptions)
    equal_pressures = [
        Reading.from_json(reading(name, 90, minutes_ago=70)) for name in ("systolic_bp", "diastolic_bp")
    ]
    assert (
        risk_model.model_bins([*readings, *equal_pressures], AT)[0]["map"] == bins["map"]
    )  # no MAP from s == d
    measured_map, _ = risk_model.model_bins(
        [*readings, Reading.from_json(reading("mean_arterial_pressure", 91))], AT
    )
    assert measured_map["map"] == {47: [91.0]}


def _reference_model_readings(readings: list[Reading], at: datetime) -> tuple[list[_Timed], list[str]]:
    """What the model may use, reading by reading: the app's earlier code (before the bins were
    made in one pass), kept as the reference for :func:`risk_model.model_bins`."""
    kept: list[_Timed] = []
    used_pulse_rate = has_map = False
    pressures: dict[datetime, list[float | None]] = {}
    for item in readings:
        name = _MODEL_NAME.get(item.parameter.value)
        if name is None or item.time <= at - timedelta(hours=48) or item.time > at:
            continue
        value = item.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        unit = CANONICAL_UNIT[item.parameter]
        low, high = VALID_RANGE[item.parameter]
        number = float(value) if item.unit == unit else convert(float(value), item.unit, unit)
        if not low <= number <= high:
            continue
        kept.append(_Timed(name, number, item.time))
        used_pulse_rate |= item.parameter.value == "pulse_rate"
        has_map |= item.parameter.value == "mean_arterial_pressure"
        if item.parameter.value in ("systolic_bp", "diastolic_bp"):
            pressures.setdefault(item.time, [None, None])[item.parameter.value == "diastolic_bp"] = number
    assumptions = ["pulse rate readings used as heart rate"] if used_pulse_rate else []
    if not has_map:
        derived = [
            _Timed("mean_arterial_pressure", (s + 2.0 * d) / 3.0, moment)
            for moment, (s, d) in pressures.items()
            if s is not None and d is not None and s > d
        ]
        kept += derived
        if derived:
            assumptions.append("mean arterial pressure computed from upper and lower pressure")
    return kept, assumptions


@dataclass(frozen=True, slots=True)
class _Timed:
    parameter: str
    value: float
    time: datetime


_MODEL_NAME = {
    "heart_rate": "heart_rate",
    "pulse_rate": "heart_rate",
    "spo2": "spo2",
    "temperature": "temperature",
    "systolic_bp": "systolic_bp",
    "diastolic_bp": "diastolic_bp",
    "mean_arterial_pressure": "mean_arterial_pressure",
    "resp_rate": "resp_rate",
}
_ODD_UNITS = {"temperature": ("[degF]", 95.0, 106.0), "systolic_bp": ("kPa", 8.0, 25.0)}


def _random_readings(rng: random.Random) -> list[Reading]:
    """Readings of every kind the model sees or skips: shared and single moments, the 48-hour
    edges to the microsecond, the future, other units, implausible values, pulse rate, MAP."""
    names = [*_MODEL_NAME, "consciousness", "on_oxygen", "blood_glucose"]
    if rng.random() < 0.5:
        names.remove("mean_arterial_pressure")
    moments = [AT - timedelta(minutes=rng.uniform(-30, 49 * 60)) for _ in range(rng.randrange(1, 40))]
    moments += [AT, AT - timedelta(hours=48), AT - timedelta(hours=48) + timedelta(microseconds=1)]
    moments += [AT - timedelta(hours=h) for h in range(0, 48, 7)]
    out: list[dict[str, Any]] = []
    for moment in moments:
        for name in rng.sample(names, rng.randrange(1, len(names))):
            text = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if name == "consciousness":
                out.append({"parameter": name, "value": "A", "unit": "{ACVPU}", "time": text})
            elif name == "on_oxygen":
                out.append({"parameter": name, "value": False, "unit": "{bool}", "time": text})
            elif name == "blood_glucose":
                out.append({"parameter": name, "value": 5.5, "unit": "mmol/L", "time": text})
            elif name in _ODD_UNITS and rng.random() < 0.3:
                unit, low, high = _ODD_UNITS[name]
                out.append(
                    {"parameter": name, "value": round(rng.uniform(low, high), 1), "unit": unit, "time": text}
                )
            else:
                low, high = VALID_RANGE[Parameter(name)]
                value = rng.uniform(low - 0.1 * (high - low), high + 0.1 * (high - low))
                if rng.random() < 0.2:
                    value = rng.choice([low, high])
                out.append({"parameter": name, "value": round(value, 1), "unit": UNITS[name], "time": text})
    return [Reading.from_json(item) for item in out]


@pytest.mark.parametrize("seed", range(300))
def test_model_bins_equal_the_reading_by_reading_reference(seed: int) -> None:
    readings = _random_readings(random.Random(seed))
    bins, assumptions = risk_model.model_bins(readings, AT)
    kept, expected_assumptions = _reference_model_readings(readings, AT)
    assert bins == hour_bins(kept, AT)
    assert assumptions == expected_assumptions


def test_unknown_sex_scores_both_rows_as_features_now_makes_them() -> None:
    meta = risk_model.load_repo_model_meta()
    readings = [Reading.from_json(item) for item in feverish_day()]
    bins, _ = risk_model.model_bins(readings, AT)
    kept, _ = _reference_model_readings(readings, AT)
    result = asyncio.run(risk_model.assess_bins(bins, age_years=70.0, male=None, meta=meta))
    rows = [features_now(kept, AT, age_years=70.0, male=sex) for sex in (False, True)]
    (female,), (male,) = (asyncio.run(risk_model.probabilities([row], meta)) for row in rows)
    assert result.probability == math.fsum([female, male]) / 2


def test_predict_rows_takes_nulls_for_nan() -> None:
    meta = risk_model.load_repo_model_meta()
    row = features_now([], AT, age_years=70.0, male=True)
    assert any(math.isnan(v) for v in row)
    as_json = [None if math.isnan(v) else v for v in row]
    (from_json,) = asyncio.run(risk_model.predict_rows_json([as_json]))
    (direct,) = asyncio.run(risk_model.probabilities([row], meta))
    assert from_json == direct
    with pytest.raises(ValueError, match="row 0"):
        asyncio.run(risk_model.predict_rows_json([[1.0, 2.0]]))
