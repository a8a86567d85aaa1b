"""wayfarer.risk.features: windows, missingness, and invariance to clock shifts and old data."""

from __future__ import annotations

import ast
import inspect
import math
import random
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from wayfarer.risk import features
from wayfarer.risk.features import (
    FEATURE_NAMES,
    HISTORY_HOURS,
    VITAL_SIGNS,
    WINDOW_HOURS,
    features_now,
    hourly_grid,
    stay_features,
)

NAN = math.nan


@dataclass(frozen=True, slots=True)
class _Reading:
    parameter: str
    value: object
    time: datetime


def _same(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(
        (x == y) or (math.isnan(x) and math.isnan(y)) for x, y in zip(a, b, strict=True)
    )


def _feature(row: list[float], name: str) -> float:
    return row[FEATURE_NAMES.index(name)]


def _random_stay(seed: int, hours: int) -> dict[str, list[float | None]]:
    rng = random.Random(seed)
    centre = {"hr": 85, "spo2": 96, "temp": 37.1, "sbp": 120, "dbp": 65, "map": 83.3, "resp": 18.5}
    series: dict[str, list[float | None]] = {}
    for vital in VITAL_SIGNS:
        keep = rng.uniform(0.2, 0.95)
        series[vital] = [
            round(centre[vital] + rng.gauss(0, 6), 2) if rng.random() < keep else None for _ in range(hours)
        ]
    # a long gap, so carry-forward limits matter
    gap_start = rng.randrange(0, hours - 60)
    for vital in ("temp", "resp"):
        for hour in range(gap_start, gap_start + 55):
            series[vital][hour] = None
    return series


def _empty(hours: int) -> dict[str, list[float | None]]:
    return {vital: [None] * hours for vital in VITAL_SIGNS}


def test_enough_features_and_unique_names() -> None:
    assert len(FEATURE_NAMES) >= 150
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)
    rows = stay_features(_random_stay(1, 100), age_years=70.0, male=True)
    assert all(len(row) == len(FEATURE_NAMES) for row in rows)


def test_no_length_of_stay_inputs() -> None:
    forbidden = ("iculos", "hospadm", "admission", "since_first", "cumulative", "cum_", "los", "count")
    for name in FEATURE_NAMES:
        assert not any(word in name.lower() for word in forbidden), name
    parameters = set(inspect.signature(stay_features).parameters)
    assert parameters == {"series", "age_years", "male", "hours"}
    assert set(inspect.signature(features_now).parameters) == {"readings", "now", "age_years", "male"}


def test_module_uses_only_the_standard_library() -> None:
    tree = ast.parse(Path(features.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            imported.add(node.module.split(".")[0])
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported


@pytest.mark.parametrize("seed", range(6))
def test_dropping_the_first_day_changes_nothing_after_48_hours(seed: int) -> None:
    hours = 150
    series = _random_stay(seed, hours)
    full = stay_features(series, age_years=64.0, male=False)
    dropped = stay_features({v: s[24:] for v, s in series.items()}, age_years=64.0, male=False)
    compared = 0
    for new_hour in range(HISTORY_HOURS + 1, hours - 24):
        assert _same(full[new_hour + 24], dropped[new_hour]), new_hour
        compared += 1
    assert compared > 50
    # and the first day does matter before that (the test can fail)
    assert not all(_same(full[h + 24], dropped[h]) for h in range(0, 24))


def test_last_value_is_carried_forward_for_47_hours_only() -> None:
    series = _empty(60)
    series["hr"][2] = 90.0
    rows = stay_features(series, age_years=None, male=None)
    assert _feature(rows[2], "hr_last") == 90.0
    assert _feature(rows[2], "hr_measured_now") == 1.0
    assert _feature(rows[2 + 47], "hr_last") == 90.0
    assert _feature(rows[2 + 47], "hr_hours_since") == 47.0
    assert math.isnan(_feature(rows[2 + 48], "hr_last"))
    assert _feature(rows[2 + 48], "hr_hours_since") == 48.0
    assert _feature(rows[1], "hr_hours_since") == 48.0
    assert math.isnan(_feature(rows[0], "age_years")) and math.isnan(_feature(rows[0], "male"))


def test_windows_deltas_and_derived_by_hand() -> None:
    series = _empty(10)
    hr = [None, 80.0, 82.0, None, 90.0, 100.0, None, 110.0, 120.0, 130.0]
    sbp = [None, 120.0, None, None, 110.0, None, None, None, 100.0, None]
    series["hr"] = list(hr)
    series["sbp"] = list(sbp)
    series["dbp"] = [None, 60.0] + [None] * 8
    row = stay_features(series, age_years=80.0, male=True)[9]
    last6 = [90.0, 100.0, 110.0, 120.0, 130.0]  # hours 4..9
    mean6 = sum(last6) / 5
    assert _feature(row, "hr_mean_6h") == pytest.approx(mean6)
    assert _feature(row, "hr_min_6h") == 90.0 and _feature(row, "hr_max_6h") == 130.0
    assert _feature(row, "hr_std_6h") == pytest.approx(math.sqrt(sum((x - mean6) ** 2 for x in last6) / 5))
    assert _feature(row, "hr_mean_12h") == pytest.approx((80 + 82 + 90 + 100 + 110 + 120 + 130) / 7)
    assert _feature(row, "hr_delta_1h") == 10.0
    assert _feature(row, "hr_delta_3h") == 130.0 - 100.0  # hour 6 carries hour 5's value
    assert _feature(row, "hr_delta_6h") == 130.0 - 82.0  # hour 3 carries hour 2's value
    assert _feature(row, "sbp_last") == 100.0 and _feature(row, "sbp_hours_since") == 1.0
    assert _feature(row, "sbp_measured_now") == 0.0
    assert _feature(row, "shock_index") == pytest.approx(1.3)
    assert _feature(row, "shock_index_delta_6h") == pytest.approx(1.3 - 82.0 / 120.0)
    assert _feature(row, "pulse_pressure") == 40.0
    assert _feature(row, "age_shock_index") == pytest.approx(104.0)
    assert _feature(row, "male") == 1.0
    assert _feature(row, "vitals_measured_now") == 1.0
    assert math.isnan(_feature(row, "temp_mean_48h")) and _feature(row, "temp_hours_since") == 48


def test_bad_series_are_refused() -> None:
    series = _empty(5)
    del series["resp"]
    with pytest.raises(ValueError, match="resp"):
        stay_features(series, age_years=1.0, male=True)
    series = _empty(5)
    series["hr"] = [None] * 4
    with pytest.raises(ValueError, match="lengths differ"):
        stay_features(series, age_years=1.0, male=True)


NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
_PARAMETER = {v: k for k, v in features.READING_PARAMETER.items()}


def _readings_from_series(series: dict[str, list[float | None]], now: datetime) -> list[_Reading]:
    hours = len(next(iter(series.values())))
    readings = []
    for vital, values in series.items():
        for hour, value in enumerate(values):
            if value is not None:
                moment = now - timedelta(hours=hours - 1 - hour, minutes=random.Random(hour).randrange(0, 59))
                readings.append(_Reading(_PARAMETER[vital], value, moment))
    return readings


def test_readings_path_equals_the_batch_path() -> None:
    series = {v: s[-HISTORY_HOURS:] for v, s in _random_stay(3, 100).items()}
    readings = _readings_from_series(series, NOW)
    expected = stay_features(series, age_years=71.0, male=False)[-1]
    assert _same(features_now(readings, NOW, age_years=71.0, male=False), expected)


def test_clock_shift_and_old_readings_change_nothing() -> None:
    series = _random_stay(4, 100)
    readings = _readings_from_series(series, NOW)
    here = features_now(readings, NOW, age_years=80.0, male=True)
    shift = timedelta(days=4321, hours=5, minutes=17)
    moved = [_Reading(r.parameter, r.value, r.time + shift) for r in readings]
    assert _same(features_now(moved, NOW + shift, age_years=80.0, male=True), here)
    recent = [r for r in readings if NOW - r.time < timedelta(hours=48)]
    assert len(recent) < len(readings)
    assert _same(features_now(recent, NOW, age_years=80.0, male=True), here)


def test_hourly_grid_bins_and_filters() -> None:
    readings = [
        _Reading("heart_rate", 80.0, NOW),  # age 0 -> current hour
        _Reading("heart_rate", 90.0, NOW - timedelta(minutes=59)),  # same hour: mean 85
        _Reading("heart_rate", 70.0, NOW - timedelta(hours=1)),  # exactly 1 h old -> previous hour
        _Reading("heart_rate", 60.0, NOW - timedelta(hours=48)),  # 48 h old: outside
        _Reading("heart_rate", 99.0, NOW + timedelta(minutes=1)),  # future: ignored
        _Reading("resp_rate", 22.0, NOW - timedelta(hours=47, minutes=59)),  # oldest bin
        _Reading("blood_glucose", 5.5, NOW),  # not a model input
        _Reading("spo2", "n/a", NOW),  # not a number
        _Reading("temperature", True, NOW),  # bool is not a temperature
    ]
    grid = hourly_grid(readings, NOW)
    assert grid["hr"][47] == 85.0 and grid["hr"][46] == 70.0
    assert sum(v is not None for v in grid["hr"]) == 2
    assert grid["resp"][0] == 22.0
    assert all(v is None for v in grid["spo2"]) and all(v is None for v in grid["temp"])
    assert set(grid) == set(VITAL_SIGNS)


@pytest.mark.parametrize("seed", range(12))
def test_window_statistics_equal_a_direct_computation(seed: int) -> None:
    """Every window's mean, min, max and standard deviation against the window's values taken
    straight from the series (sparse series included, where a wider window often adds nothing)."""
    rng = random.Random(seed)
    series = _random_stay(seed, 100)
    for vital in VITAL_SIGNS:  # thin some series out so that wider windows often hold the same hours
        if rng.random() < 0.5:
            series[vital] = [v if rng.random() < 0.1 else None for v in series[vital]]
    rows = stay_features(series, age_years=70.0, male=True)
    for hour in range(0, 100, 7):
        row = rows[hour]
        for vital in VITAL_SIGNS:
            for window in WINDOW_HOURS:
                values = [
                    float(v) for v in series[vital][max(0, hour - window + 1) : hour + 1] if v is not None
                ]
                stats = [_feature(row, f"{vital}_{stat}_{window}h") for stat in ("mean", "min", "max", "std")]
                if not values:
                    assert all(math.isnan(v) for v in stats)
                    continue
                mean = math.fsum(values) / len(values)
                spread = math.sqrt(math.fsum((v - mean) * (v - mean) for v in values) / len(values))
                assert stats == [mean, min(values), max(values), spread], (vital, window, hour)


def test_features_from_bins_is_features_now() -> None:
    readings = _readings_from_series({v: s[-HISTORY_HOURS:] for v, s in _random_stay(5, 100).items()}, NOW)
    bins = features.hour_bins(readings, NOW)
    for male in (True, False, None):
        assert _same(
            features.features_from_bins(bins, age_years=66.0, male=male),
            features_now(readings, NOW, age_years=66.0, male=male),
        )
