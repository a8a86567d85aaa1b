"""Features of the deterioration model: one module for training and for the app.

Every feature of an hour depends only on the readings of the 48 hours that end with that hour
and on age and sex. Nothing counts hours since admission, nothing accumulates over a whole stay,
and no clock value enters: shifting every time by a constant, or forgetting readings older than
48 hours, leaves the features unchanged.

Time is a grid of whole hours. Hour ``t`` is the bin that ends at "now" for that row; a vital sign
either has a value in a bin (measured that hour) or not. The PhysioNet 2019 files are already such
a grid (one row per hour). The app's readings are put on the same grid by :func:`hourly_grid`:
bin 47 holds the readings of the last hour before "now", bin 46 the hour before that, and so on,
each bin's value being the mean of its readings.

Window statistics are recomputed from the window's own values (``math.fsum`` is correctly rounded
and so independent of order and of older history). Running sums that add and subtract would drift
by a few ulps depending on where the history starts, which would break the invariance above.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from operator import mul
from typing import Final, Protocol

HISTORY_HOURS: Final = 48
"""A feature sees this many hours: the current hour and the 47 before it."""

WINDOW_HOURS: Final = (6, 12, 24, 48)
"""Rolling windows (hours, current hour included) for mean, min, max and standard deviation.

There is deliberately no count of readings per window: in ICU data the count over 48 h of an
hourly-charted sign is the hours since admission (capped at 48), a length-of-stay shortcut."""

DELTA_HOURS: Final = (1, 3, 6)
"""Changes of the carried-forward value against 1, 3 and 6 hours earlier."""

VITAL_SIGNS: Final = ("hr", "spo2", "temp", "sbp", "dbp", "map", "resp")
"""Short feature prefixes, in model order."""

PHYSIONET_COLUMN: Final = {
    "hr": "HR",
    "spo2": "O2Sat",
    "temp": "Temp",
    "sbp": "SBP",
    "dbp": "DBP",
    "map": "MAP",
    "resp": "Resp",
}
"""The PhysioNet 2019 column of each vital sign."""

READING_PARAMETER: Final = {
    "heart_rate": "hr",
    "spo2": "spo2",
    "temperature": "temp",
    "systolic_bp": "sbp",
    "diastolic_bp": "dbp",
    "mean_arterial_pressure": "map",
    "resp_rate": "resp",
}
"""``wayfarer.vitals`` parameter name (values in /min, %, Cel, mmHg) to feature prefix."""

_NAN: Final = math.nan
_SECONDS_PER_HOUR: Final = 3600.0

Series = Sequence[float | None]
"""One value per hour, oldest first; ``None`` or NaN where nothing was measured."""

HourBins = dict[str, dict[int, list[float]]]
"""Per vital sign (:data:`VITAL_SIGNS`), grid hour → the values read in that hour."""


def _vital_feature_names(vital: str) -> list[str]:
    names = [f"{vital}_last", f"{vital}_hours_since", f"{vital}_measured_now"]
    names += [f"{vital}_delta_{hours}h" for hours in DELTA_HOURS]
    for window in WINDOW_HOURS:
        names += [f"{vital}_{stat}_{window}h" for stat in ("mean", "min", "max", "std")]
    names.append(f"{vital}_last_minus_mean_48h")
    return names


DERIVED_FEATURES: Final = (
    "shock_index",
    "shock_index_mean_6h",
    "shock_index_mean_24h",
    "shock_index_delta_6h",
    "modified_shock_index",
    "age_shock_index",
    "pulse_pressure",
    "pulse_pressure_mean_24h",
    "spo2_resp_ratio",
    "vitals_measured_now",
    "age_years",
    "male",
)
"""Features combining vital signs, plus age and sex."""

FEATURE_NAMES: Final = tuple(
    [name for vital in VITAL_SIGNS for name in _vital_feature_names(vital)] + list(DERIVED_FEATURES)
)
"""The model's input columns, in order."""

_PER_VITAL: Final = len(_vital_feature_names("x"))


class _Measured:
    """The hours (grid indices, ascending) at which one vital sign has a value, and the values."""

    __slots__ = ("hours", "values")

    def __init__(self, series: Series) -> None:
        self.hours: list[int] = []
        self.values: list[float] = []
        for hour, value in enumerate(series):
            if value is not None and not math.isnan(value):
                self.hours.append(hour)
                self.values.append(float(value))

    @classmethod
    def of_bins(cls, bins: Mapping[int, list[float]]) -> _Measured:
        """The same as ``_Measured(series)`` for the series :func:`hourly_grid` makes of ``bins``."""
        measured = cls(())
        measured.hours = sorted(bins)
        # A bin of one value is that value (fsum of one number is the number, and / 1 is exact).
        measured.values = [
            values[0] if len(values) == 1 else _mean(values)
            for values in map(bins.__getitem__, measured.hours)
        ]
        return measured


def _mean(values: list[float]) -> float:
    return math.fsum(values) / len(values)


def _ratio(numerator: float, denominator: float) -> float:
    if math.isnan(numerator) or math.isnan(denominator) or denominator == 0.0:
        return _NAN
    return numerator / denominator


def _vital_features(measured: _Measured, hour: int, out: list[float]) -> None:
    """Append one vital sign's features at grid hour ``hour`` to ``out``."""
    hours = measured.hours
    values = measured.values
    oldest_allowed = hour - HISTORY_HOURS  # entries must be strictly newer than this
    end = bisect_right(hours, hour)
    if end and hours[end - 1] > oldest_allowed:
        last = values[end - 1]
        hours_since = float(hour - hours[end - 1])
        measured_now = 1.0 if hours[end - 1] == hour else 0.0
    else:
        last = _NAN
        hours_since = float(HISTORY_HOURS)
        measured_now = 0.0
    out.append(last)
    out.append(hours_since)
    out.append(measured_now)
    for lag in DELTA_HOURS:
        lag_end = bisect_right(hours, hour - lag, 0, end)
        if lag_end and hours[lag_end - 1] > oldest_allowed:
            out.append(last - values[lag_end - 1])
        else:
            out.append(_NAN)
    mean_48h = _NAN
    previous_start = -1
    for window in WINDOW_HOURS:
        start = bisect_right(hours, hour - window, 0, end)
        count = end - start
        if count == 0:
            out += (_NAN, _NAN, _NAN, _NAN)
            continue
        if start == previous_start:  # nothing older in this wider window: the same four statistics
            out += out[-4:]
            continue
        previous_start = start
        window_values = values[start:end]
        mean = math.fsum(window_values) / count
        deviations = [value - mean for value in window_values]
        out.append(mean)
        out.append(min(window_values))
        out.append(max(window_values))
        out.append(math.sqrt(math.fsum(map(mul, deviations, deviations)) / count))
        mean_48h = mean
    out.append(last - mean_48h)


def _lagged_value(measured: _Measured, hour: int, lag: int) -> float:
    end = bisect_right(measured.hours, hour - lag)
    if end and measured.hours[end - 1] > hour - HISTORY_HOURS:
        return measured.values[end - 1]
    return _NAN


def _offset(vital: str, feature: str) -> int:
    return VITAL_SIGNS.index(vital) * _PER_VITAL + _vital_feature_names(vital).index(f"{vital}_{feature}")


_HR_LAST: Final = _offset("hr", "last")
_SBP_LAST: Final = _offset("sbp", "last")
_DBP_LAST: Final = _offset("dbp", "last")
_MAP_LAST: Final = _offset("map", "last")
_SPO2_LAST: Final = _offset("spo2", "last")
_RESP_LAST: Final = _offset("resp", "last")
_HR_MEAN_6H: Final = _offset("hr", "mean_6h")
_SBP_MEAN_6H: Final = _offset("sbp", "mean_6h")
_HR_MEAN_24H: Final = _offset("hr", "mean_24h")
_SBP_MEAN_24H: Final = _offset("sbp", "mean_24h")
_DBP_MEAN_24H: Final = _offset("dbp", "mean_24h")
_MEASURED_NOW: Final = tuple(_offset(vital, "measured_now") for vital in VITAL_SIGNS)
_HR: Final = VITAL_SIGNS.index("hr")
_SBP: Final = VITAL_SIGNS.index("sbp")


def _derived_features(
    row: list[float], hr: _Measured, sbp: _Measured, hour: int, age_years: float, male: float
) -> None:
    shock_index = _ratio(row[_HR_LAST], row[_SBP_LAST])
    row.append(shock_index)
    row.append(_ratio(row[_HR_MEAN_6H], row[_SBP_MEAN_6H]))
    row.append(_ratio(row[_HR_MEAN_24H], row[_SBP_MEAN_24H]))
    row.append(shock_index - _ratio(_lagged_value(hr, hour, 6), _lagged_value(sbp, hour, 6)))
    row.append(_ratio(row[_HR_LAST], row[_MAP_LAST]))
    row.append(age_years * shock_index)
    row.append(row[_SBP_LAST] - row[_DBP_LAST])
    row.append(row[_SBP_MEAN_24H] - row[_DBP_MEAN_24H])
    row.append(_ratio(row[_SPO2_LAST], row[_RESP_LAST]))
    row.append(math.fsum(row[index] for index in _MEASURED_NOW))
    row.append(age_years)
    row.append(male)


def _as_float(value: float | bool | None) -> float:
    if value is None:
        return _NAN
    return float(value)


def stay_features(
    series: Mapping[str, Series],
    *,
    age_years: float | None,
    male: bool | None,
    hours: Iterable[int] | None = None,
) -> list[list[float]]:
    """Features for hours of one hourly series (the batch path used for training and evaluation).

    ``series`` maps every name in :data:`VITAL_SIGNS` to one value per hour (all the same length,
    oldest first, ``None``/NaN where not measured). ``hours`` selects the grid hours to compute
    (default: all). Returns one list of ``len(FEATURE_NAMES)`` floats per hour, NaN where a feature
    is undefined. Raises ``ValueError`` when a vital sign is absent or the lengths differ.
    """
    missing = [vital for vital in VITAL_SIGNS if vital not in series]
    if missing:
        raise ValueError(f"series lacks vital signs: {', '.join(missing)}")
    lengths = {len(series[vital]) for vital in VITAL_SIGNS}
    if len(lengths) != 1:
        raise ValueError(f"every vital sign needs one value per hour; lengths differ: {sorted(lengths)}")
    length = lengths.pop()
    measured = [_Measured(series[vital]) for vital in VITAL_SIGNS]
    hr = measured[VITAL_SIGNS.index("hr")]
    sbp = measured[VITAL_SIGNS.index("sbp")]
    age = _as_float(age_years)
    sex = _as_float(male)
    rows: list[list[float]] = []
    for hour in range(length) if hours is None else hours:
        if not 0 <= hour < length:
            raise ValueError(f"hour {hour} is outside the series (0..{length - 1})")
        rows.append(_row(measured, hr, sbp, hour, age, sex))
    return rows


def _row(
    measured: list[_Measured], hr: _Measured, sbp: _Measured, hour: int, age: float, sex: float
) -> list[float]:
    row: list[float] = []
    for vital_measured in measured:
        _vital_features(vital_measured, hour, row)
    _derived_features(row, hr, sbp, hour, age, sex)
    return row


class TimedReading(Protocol):
    """What :func:`features_now` needs of a reading (``wayfarer.vitals.Reading`` fits)."""

    @property
    def parameter(self) -> str: ...

    @property
    def value(self) -> object: ...

    @property
    def time(self) -> datetime: ...


def hour_bins(readings: Iterable[TimedReading], now: datetime) -> HourBins:
    """Per vital sign, the grid hours that have readings and their values (see :func:`hourly_grid`)."""
    bins: HourBins = {vital: {} for vital in VITAL_SIGNS}
    for reading in readings:
        vital = READING_PARAMETER.get(str(reading.parameter))
        value = reading.value
        if vital is None or isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if not math.isfinite(value):
            continue
        age_hours = (now - reading.time).total_seconds() / _SECONDS_PER_HOUR
        if age_hours < 0.0 or age_hours >= HISTORY_HOURS:
            continue
        hour = HISTORY_HOURS - 1 - math.floor(age_hours)
        found = bins[vital].get(hour)
        if found is None:
            bins[vital][hour] = [float(value)]
        else:
            found.append(float(value))
    return bins


def hourly_grid(readings: Iterable[TimedReading], now: datetime) -> dict[str, list[float | None]]:
    """Put readings on the 48-hour grid that ends at ``now``.

    Bin ``47 - k`` holds the readings taken in ``(now - (k + 1) h, now - k h]``; a bin's value is
    the mean of its readings. Readings of other parameters, in the future, older than 48 hours, or
    with a non-numeric value are left out. Values must already be in the canonical unit (/min, %,
    Cel, mmHg: ``Reading.canonical()``).
    """
    grid: dict[str, list[float | None]] = {}
    for vital, hours in hour_bins(readings, now).items():
        series: list[float | None] = [None] * HISTORY_HOURS
        for hour, values in hours.items():
            series[hour] = _mean(values)
        grid[vital] = series
    return grid


def features_from_bins(bins: HourBins, *, age_years: float | None, male: bool | None) -> list[float]:
    """The feature row at the grid's last hour from :func:`hour_bins`' bins (or bins made the same
    way: every vital sign of :data:`VITAL_SIGNS` present, finite values in canonical units)."""
    measured = [_Measured.of_bins(bins[vital]) for vital in VITAL_SIGNS]
    return _row(
        measured, measured[_HR], measured[_SBP], HISTORY_HOURS - 1, _as_float(age_years), _as_float(male)
    )


def features_now(
    readings: Iterable[TimedReading], now: datetime, *, age_years: float | None, male: bool | None
) -> list[float]:
    """The feature row for ``now`` from a person's timestamped readings (the app's path).

    Equal to :func:`stay_features` on the grid from :func:`hourly_grid` at its last hour (tested),
    without building the 48-hour series first.
    """
    return features_from_bins(hour_bins(readings, now), age_years=age_years, male=male)
