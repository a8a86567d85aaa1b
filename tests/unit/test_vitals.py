"""wayfarer.vitals: readings, units, plausibility."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wayfarer.vitals import (
    CANONICAL_UNIT,
    VALID_RANGE,
    Parameter,
    Reading,
    UnitError,
    VitalsError,
    check_plausibility,
    convert,
)
from wayfarer.vitals._reading import _from_plain_json, parse_parameter, parse_time
from wayfarer.vitals._units import ALIASES

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def reading(parameter: str, value: float | str | bool, unit: str | None = None) -> Reading:
    p = Parameter(parameter)
    return Reading(p, value, unit or CANONICAL_UNIT[p], T0)


def test_parameter_values_are_the_shared_names() -> None:
    assert [p.value for p in Parameter] == [
        "heart_rate",
        "hrv_rmssd",
        "spo2",
        "pulse_rate",
        "perfusion_index",
        "systolic_bp",
        "diastolic_bp",
        "mean_arterial_pressure",
        "temperature",
        "blood_glucose",
        "resp_rate",
        "consciousness",
        "on_oxygen",
    ]
    assert set(CANONICAL_UNIT) == set(Parameter)


def test_json_round_trip() -> None:
    data = {"parameter": "spo2", "value": 95, "unit": "%", "time": "2026-11-23T08:00:00Z"}
    r = Reading.from_json(data)
    assert r.parameter is Parameter.SPO2
    assert r.value == 95.0 and isinstance(r.value, float)
    assert r.time == T0
    assert r.source == "manual"
    assert r.to_json() == {**data, "value": 95.0, "source": "manual"}
    assert Reading.from_json(r.to_json()) == r


def test_time_with_offset_becomes_utc_and_naive_time_is_refused() -> None:
    r = Reading.from_json(
        {"parameter": "heart_rate", "value": 70, "unit": "/min", "time": "2026-11-23T09:00:00+01:00"}
    )
    assert r.time == T0 and r.time.tzinfo is UTC
    assert r.to_json()["time"] == "2026-11-23T08:00:00Z"
    with pytest.raises(VitalsError, match="UTC offset"):
        Reading.from_json({"parameter": "heart_rate", "value": 70, "time": "2026-11-23T08:00:00"})
    with pytest.raises(VitalsError, match="aware"):
        Reading(Parameter.HEART_RATE, 70, "/min", datetime(2026, 1, 1))
    plus_zero = Reading(Parameter.HEART_RATE, 70, "/min", T0.astimezone(timezone(timedelta(0))))
    assert plus_zero.time.tzinfo is UTC


def test_fractional_seconds_survive_json() -> None:
    r = Reading(Parameter.HEART_RATE, 70, "/min", T0 + timedelta(microseconds=250_000))
    assert r.to_json()["time"] == "2026-11-23T08:00:00.250000Z"
    assert Reading.from_json(r.to_json()) == r


def test_missing_unit_means_canonical_and_aliases_are_normalised() -> None:
    r = Reading.from_json({"parameter": "heart_rate", "value": 70, "time": "2026-11-23T08:00:00Z"})
    assert r.unit == "/min"
    assert reading("heart_rate", 70, "bpm").unit == "/min"
    assert reading("temperature", 37, "°C").unit == "Cel"


@pytest.mark.parametrize(
    ("data", "error", "match"),
    [
        (
            {"parameter": "pulse", "value": 70, "time": "2026-11-23T08:00:00Z"},
            VitalsError,
            "unknown parameter",
        ),
        ({"parameter": "heart_rate", "value": "fast", "time": "2026-11-23T08:00:00Z"}, VitalsError, "number"),
        ({"parameter": "heart_rate", "value": True, "time": "2026-11-23T08:00:00Z"}, VitalsError, "number"),
        (
            {"parameter": "heart_rate", "value": float("nan"), "time": "2026-11-23T08:00:00Z"},
            VitalsError,
            "finite",
        ),
        ({"parameter": "consciousness", "value": "X", "time": "2026-11-23T08:00:00Z"}, VitalsError, "ACVPU"),
        (
            {"parameter": "on_oxygen", "value": 1, "time": "2026-11-23T08:00:00Z"},
            VitalsError,
            "true or false",
        ),
        (
            {"parameter": "heart_rate", "value": 70, "unit": "mmHg", "time": "2026-11-23T08:00:00Z"},
            UnitError,
            "fit",
        ),
        (
            {"parameter": "heart_rate", "value": 70, "unit": "furlong", "time": "2026-11-23T08:00:00Z"},
            UnitError,
            "unknown unit",
        ),
        ({"parameter": "heart_rate", "value": 70}, VitalsError, "lacks 'time'"),
        ({"parameter": "heart_rate", "value": 70, "time": "yesterday"}, VitalsError, "ISO 8601"),
    ],
)
def test_bad_readings_are_refused_with_a_clear_error(
    data: dict[str, object], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        Reading.from_json(data)


def test_consciousness_is_normalised_to_upper_case() -> None:
    assert reading("consciousness", "c").value == "C"


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (98.6, "[degF]", "Cel", 37.0),
        (37.0, "Cel", "[degF]", 98.6),
        (310.15, "K", "Cel", 37.0),
        (16.0, "kPa", "mmHg", 120.0099),
        (120.0, "mmHg", "kPa", 15.9987),
        (90.0, "mg/dL", "mmol/L", 4.9957),
        (5.5, "mmol/L", "mg/dL", 99.0858),
        (0.042, "s", "ms", 42.0),
        (0.97, "1", "%", 97.0),
        (70.0, "bpm", "/min", 70.0),
    ],
)
def test_convert(value: float, source: str, target: str, expected: float) -> None:
    assert convert(value, source, target) == pytest.approx(expected, abs=1e-4)


def test_convert_refuses_unrelated_units() -> None:
    with pytest.raises(UnitError, match="different things"):
        convert(1.0, "mmHg", "Cel")
    with pytest.raises(UnitError, match="unknown unit"):
        convert(1.0, "stone", "kg")


def test_canonical_converts_only_when_needed() -> None:
    fahrenheit = reading("temperature", 100.4, "[degF]")
    assert fahrenheit.canonical().value == pytest.approx(38.0)
    assert fahrenheit.canonical().unit == "Cel"
    celsius = reading("temperature", 38.0)
    assert celsius.canonical() is celsius


@pytest.mark.parametrize(
    ("parameter", "value", "unit", "code"),
    [
        ("spo2", 150, "%", "too_high"),
        ("spo2", 0.97, "%", "looks_like_fraction"),
        ("spo2", 0, "%", "no_signal"),
        ("spo2", 30, "%", "too_low"),
        ("temperature", 98.6, "Cel", "looks_like_fahrenheit"),
        ("temperature", 310.0, "Cel", "looks_like_kelvin"),
        ("temperature", 37.0, "[degF]", "looks_like_celsius"),
        ("temperature", 50.0, "Cel", "too_high"),
        ("pulse_rate", 0, "/min", "no_signal"),
        ("heart_rate", 0, "/min", "no_signal"),
        ("heart_rate", 400, "/min", "too_high"),
        ("systolic_bp", 16, "mmHg", "looks_like_kpa"),
        ("blood_glucose", 110, "mmol/L", "looks_like_mg_dl"),
        ("blood_glucose", 5.5, "mg/dL", "looks_like_mmol_l"),
        ("hrv_rmssd", 0.042, "ms", "looks_like_seconds"),
        ("resp_rate", 120, "/min", "too_high"),
    ],
)
def test_implausible_values_are_flagged_with_the_reason(
    parameter: str, value: float, unit: str, code: str
) -> None:
    verdict = check_plausibility(reading(parameter, value, unit))
    assert not verdict.plausible
    assert verdict.code == code
    assert verdict.params["parameter"] == parameter
    assert verdict.message


def test_fahrenheit_message_says_what_it_would_be_and_value_is_not_converted() -> None:
    r = reading("temperature", 98.6)
    verdict = check_plausibility(r)
    assert "37 °C" in verdict.message and "°F" in verdict.message
    assert r.value == 98.6


def test_loose_sensor_message() -> None:
    assert "sensor may be loose" in check_plausibility(reading("pulse_rate", 0)).message


@pytest.mark.parametrize("parameter", list(VALID_RANGE))
def test_range_edges_are_plausible_and_just_outside_is_not(parameter: Parameter) -> None:
    low, high = VALID_RANGE[parameter]
    unit = CANONICAL_UNIT[parameter]
    assert check_plausibility(Reading(parameter, low, unit, T0)).plausible
    assert check_plausibility(Reading(parameter, high, unit, T0)).plausible
    assert not check_plausibility(Reading(parameter, high * 1.01, unit, T0)).plausible
    assert not check_plausibility(Reading(parameter, low * 0.99, unit, T0)).plausible


def test_converted_units_are_judged_in_canonical_units() -> None:
    assert check_plausibility(reading("temperature", 98.6, "[degF]")).plausible
    assert check_plausibility(reading("systolic_bp", 16, "kPa")).plausible
    assert check_plausibility(reading("blood_glucose", 90, "mg/dL")).plausible


def test_categorical_readings_are_plausible() -> None:
    assert check_plausibility(reading("consciousness", "U")).plausible
    assert check_plausibility(reading("on_oxygen", True)).plausible


def _general_path(data: dict[str, object]) -> Reading:
    """``Reading.from_json`` without its fast path: every field through the checked constructor."""
    parameter = parse_parameter(data["parameter"])
    unit = data.get("unit") or CANONICAL_UNIT[parameter]
    return Reading(
        parameter=parameter,
        value=data["value"],  # type: ignore[arg-type]
        unit=unit,  # type: ignore[arg-type]
        time=parse_time(data["time"]),
        source=data.get("source") or "manual",  # type: ignore[arg-type]
    )


_NAMES = [p.value for p in Parameter] + ["pulse", "HEART_RATE", ""]
_UNIT_SPELLINGS = [*sorted(ALIASES), "", "kg", "mm[Hg] ", "%%"]
_VALUES = st.one_of(
    st.floats(min_value=-1e3, max_value=1e3),
    st.sampled_from([math.nan, math.inf, -math.inf, 2**53, 2**53 - 1, -(2**53) + 1, 0, True, False]),
    st.integers(min_value=-500, max_value=500),
    st.sampled_from(["A", "C", "V", "P", "U", "a", " A", "alert", ""]),
    st.none(),
)
_TIMES = st.sampled_from(
    ["2026-11-23T08:00:00Z", "2026-11-23T09:30:15.250+02:00", "2026-11-23T08:00:00", "yesterday", 17]
)


@settings(max_examples=3000, deadline=None)
@given(
    name=st.sampled_from(_NAMES),
    unit=st.one_of(st.none(), st.sampled_from(_UNIT_SPELLINGS), st.just(5)),
    value=_VALUES,
    time=_TIMES,
    source=st.one_of(st.none(), st.sampled_from(["manual", "ble:abc", ""]), st.just(3)),
    drop=st.sampled_from([None, "parameter", "value", "time", "unit", "source"]),
)
def test_the_fast_json_path_builds_what_the_general_path_builds(
    name: str, unit: object, value: object, time: object, source: object, drop: str | None
) -> None:
    data: dict[str, object] = {
        "parameter": name,
        "value": value,
        "time": time,
        "unit": unit,
        "source": source,
    }
    if drop is not None:
        del data[drop]
    try:
        fast = _from_plain_json(data)
    except VitalsError as error:  # a bad time: the general path says the same
        with pytest.raises(VitalsError, match=re.escape(str(error))):
            _general_path(data)
        return
    if fast is None:
        return  # the general path decides (and raises its own error)
    general = _general_path(data)
    assert fast == general
    assert type(fast.value) is type(general.value)
    assert (fast.unit, fast.source, fast.time) == (general.unit, general.source, general.time)
