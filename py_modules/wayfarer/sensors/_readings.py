"""From parsed measurements to :class:`wayfarer.vitals.Reading` objects.

Every reading is in its parameter's canonical unit, converted explicitly:

* blood pressure kPa → mmHg with ``wayfarer.vitals.convert`` (760 mmHg = 101.325 kPa);
* temperature °F → °C with ``wayfarer.vitals.convert``;
* glucose kg/L → mg/dL by × 100,000 (1 kg/L = 10⁶ mg per 10 dL, an SI prefix change), then
  mg/dL → mmol/L with ``wayfarer.vitals.convert`` (glucose 180.156 g/mol, 1 mmol/L = 18.0156 mg/dL);
  mol/L → mmol/L by × 1000;
* PLX Pulse Amplitude Index (percent) becomes ``perfusion_index``.

A reading's time is when the phone received the notification (``received_at``, UTC). Devices that
send stored results (cuffs, glucose meters) carry their own wall-clock stamp without a zone; pass
``device_utc_offset`` (the device clock minus UTC) to date those readings by the device instead.

What a device itself marks as not the person's measurement gives no reading: a PLX result flagged
invalid, unavailable, for demonstration or for testing, or from a sensor off the finger; a glucose
control-solution test. A field holding a special value (NaN, NRes ...) gives no reading either.
Everything else becomes a reading, however odd; :func:`check_readings` adds the plausibility
verdict from ``wayfarer.vitals`` and the device's own warnings.

Heart-rate variability: RMSSD (root mean square of successive RR differences) needs at least
:data:`MIN_RR_INTERVALS_FOR_RMSSD` = 30 usable intervals, about 30 s at rest: ultra-short RMSSD
from 10 s is already close to the 5-minute standard, from 30 s closer still (Munoz et al., PLoS
One 2015;10(9):e0138921; Task Force of the ESC/NASPE, Circulation 1996;93:1043-65). A strap sends
one to three intervals per notification, so feed an :class:`RRWindow` across notifications.
Intervals outside 300–2000 ms (a rate outside 30–200 /min) are artefacts or ectopic beats and
are left out, and no difference is taken across a gap they leave.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from wayfarer._records import fast_constructor
from wayfarer.vitals import Parameter, Plausibility, Reading, check_plausibility, convert

from ._errors import ConversionError
from ._records import (
    BloodPressureMeasurement,
    BloodPressureStatus,
    GlucoseMeasurement,
    GlucoseSensorStatus,
    GlucoseType,
    HeartRateMeasurement,
    Measurement,
    PlxContinuous,
    PlxDeviceAndSensorStatus,
    PlxMeasurementStatus,
    PlxSpotCheck,
    SampleLocation,
    TemperatureMeasurement,
)

MIN_RR_INTERVALS_FOR_RMSSD: Final = 30
"""Fewest usable RR-intervals an RMSSD is computed from (see the module docstring)."""

RR_USABLE_MS: Final = (300.0, 2000.0)
"""Inclusive range of RR-intervals (ms) taken as normal beats."""

MG_DL_PER_KG_L: Final = 100_000.0
"""1 kg/L = 1,000,000 mg / 10 dL."""

MMOL_L_PER_MOL_L: Final = 1000.0

_PLX_NOT_A_MEASUREMENT: Final = (
    PlxMeasurementStatus.INVALID_MEASUREMENT
    | PlxMeasurementStatus.MEASUREMENT_UNAVAILABLE
    | PlxMeasurementStatus.DATA_FOR_DEMONSTRATION
    | PlxMeasurementStatus.DATA_FOR_TESTING
)
_PLX_SENSOR_OFF: Final = (
    PlxDeviceAndSensorStatus.SENSOR_UNCONNECTED_TO_USER | PlxDeviceAndSensorStatus.SENSOR_DISCONNECTED
)


def rmssd_ms(
    rr_intervals: Sequence[float], *, min_intervals: int = MIN_RR_INTERVALS_FOR_RMSSD
) -> float | None:
    """RMSSD in milliseconds of RR-intervals given in seconds; ``None`` with too few usable intervals.

    Intervals outside :data:`RR_USABLE_MS` are dropped and break the chain of successive
    differences (no difference is taken across a dropped beat).
    """
    low, high = RR_USABLE_MS
    usable = 0
    squares = 0.0
    differences = 0
    previous: float | None = None
    for seconds in rr_intervals:
        ms = seconds * 1000.0
        if not low <= ms <= high:
            previous = None
            continue
        usable += 1
        if previous is not None:
            squares += (ms - previous) ** 2
            differences += 1
        previous = ms
    if usable < min_intervals or differences == 0:
        return None
    return math.sqrt(squares / differences)


_new_reading: Final = fast_constructor(Reading, skip_post_init=True)
"""Builds a Reading of values this module already made canonical: a known Parameter, a finite float,
the parameter's canonical unit, an aware UTC datetime and a non-empty source."""


_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_RR_SECONDS_PER_UNIT: Final = 1.0 / 1024.0
_MICROSECOND: Final = timedelta(microseconds=1)


def micros_since_epoch(moment: datetime) -> int:
    """An aware datetime as whole microseconds since 1970 UTC (exact: datetimes count microseconds)."""
    return (moment - _EPOCH) // _MICROSECOND


def micros_from_ms_list(times_ms: Sequence[float]) -> list[int]:
    """:func:`micros_from_ms` of each time, without a call per time."""
    floor = math.floor
    micros = []
    for ms in times_ms:
        seconds = ms / 1000.0
        whole = floor(seconds)
        micros.append(whole * 1_000_000 + round((seconds - whole) * 1e6))
    return micros


def micros_from_ms(ms: float) -> int:
    """The microseconds of ``datetime.fromtimestamp(ms / 1000.0, UTC)``, without building it.

    Same rounding as CPython's ``fromtimestamp``: the fraction of the second times 10**6, rounded
    half to even (``round``), carried into the seconds.
    """
    seconds = ms / 1000.0
    whole = math.floor(seconds)
    return whole * 1_000_000 + round((seconds - whole) * 1e6)


def _utc(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ConversionError(f"{what} must be an aware datetime (UTC), not the naive {moment.isoformat()}")
    return moment.astimezone(UTC)


class RRWindow:
    """Collects RR-intervals across heart-rate notifications into RMSSD readings.

    Every ``size`` usable intervals (default 30) :meth:`add` returns one ``hrv_rmssd`` reading
    timed at the notification that completed the window, then starts a new window. A gap of more
    than ``max_gap`` between notifications (a dropped connection) or a receive time that goes
    backwards (a clock jump) discards the partial window: RR-intervals that are not consecutive
    beats would give a false variability. Memory is bounded by ``size`` plus one notification.
    """

    __slots__ = ("_intervals", "_last", "_max_gap_us", "max_gap", "size", "source")

    def __init__(
        self,
        size: int = MIN_RR_INTERVALS_FOR_RMSSD,
        max_gap: timedelta = timedelta(seconds=5),
        source: str = "ble:0x2A37",
    ) -> None:
        if size < 2:
            raise ValueError(f"an RMSSD window needs at least 2 intervals, not {size}")
        if not isinstance(source, str) or not source:
            raise ValueError("an RMSSD window's source is a non-empty text such as 'ble:0x2A37'")
        self.size = size
        self.max_gap = max_gap
        self._max_gap_us = max_gap // _MICROSECOND
        self.source = source
        self._intervals: list[float] = []
        self._last: int | None = None
        """Receive time of the last notification, in microseconds since 1970 UTC."""

    def __len__(self) -> int:
        return len(self._intervals)

    def reset(self) -> None:
        """Forget the partial window (call it on disconnect)."""
        self._intervals.clear()
        self._last = None

    def add(self, measurement: HeartRateMeasurement, received_at: datetime) -> Reading | None:
        """Add a notification's intervals; an ``hrv_rmssd`` reading when a window fills, else ``None``."""
        moment = _utc(received_at, "received_at")
        value = self.add_intervals(measurement.rr_intervals, micros_since_epoch(moment))
        if value is None:
            return None
        return _new_reading(Parameter.HRV_RMSSD, value, "ms", moment, self.source)

    def add_intervals(self, rr_intervals: Sequence[float], micros: int) -> float | None:
        """:meth:`add` for intervals (seconds) received at ``micros`` since 1970 UTC: the RMSSD (ms)
        when the window fills, else ``None``. The batch path calls this without building records."""
        last = self._last
        if last is not None and not 0 <= micros - last <= self._max_gap_us:
            self._intervals.clear()
        self._last = micros
        low, high = RR_USABLE_MS
        intervals = self._intervals
        for seconds in rr_intervals:
            if low <= seconds * 1000.0 <= high:
                intervals.append(seconds)
            else:
                # A dropped beat breaks the chain of successive differences: start again.
                intervals.clear()
        if len(intervals) < self.size:
            return None
        value = rmssd_ms(intervals, min_intervals=self.size)
        intervals.clear()
        return value

    def add_rows(
        self, rows: Sequence[Sequence[int]], first: int, micros: Sequence[int]
    ) -> list[tuple[int, float]]:
        """:meth:`add_intervals` for a run of notifications, in order: ``rows[i][first:]`` are the
        raw RR-Intervals (1/1024 s) of the notification received at ``micros[i]``. Returns
        ``(i, rmssd_ms)`` for each notification that completed a window; the same values and the
        same window state as calling :meth:`add_intervals` for each, without a call per row."""
        found: list[tuple[int, float]] = []
        intervals = self._intervals
        last = self._last
        gap = self._max_gap_us
        low, high = RR_USABLE_MS
        size = self.size
        for index, (row, moment) in enumerate(zip(rows, micros, strict=True)):
            if last is not None and not 0 <= moment - last <= gap:
                intervals.clear()
            last = moment
            for raw in row[first:]:
                seconds = raw * _RR_SECONDS_PER_UNIT
                if low <= seconds * 1000.0 <= high:
                    intervals.append(seconds)
                else:
                    intervals.clear()
            if len(intervals) >= size:
                value = rmssd_ms(intervals, min_intervals=size)
                intervals.clear()
                if value is not None:
                    found.append((index, value))
        self._last = last
        return found

    def note_times(self, micros: Sequence[int]) -> None:
        """:meth:`add_intervals` for notifications without intervals, received at ``micros`` in order."""
        if not micros:
            return
        intervals = self._intervals
        if intervals:
            last = self._last
            gap = self._max_gap_us
            for moment in micros:
                if last is not None and not 0 <= moment - last <= gap:
                    intervals.clear()
                    break
                last = moment
        self._last = micros[-1]


@dataclass(frozen=True, slots=True)
class CheckedReading:
    """A reading with the ``wayfarer.vitals`` plausibility verdict and the device's own warnings.

    ``device_notes`` are short English phrases from the measurement's status bits and special
    values (``"cuff too loose"``, ``"systolic: NaN"``); empty when the device reported nothing.
    """

    reading: Reading
    plausibility: Plausibility
    device_notes: tuple[str, ...]


def _reading_time(
    measurement: Measurement, received_at: datetime, device_utc_offset: timedelta | None
) -> datetime:
    stamp: datetime | None = getattr(measurement, "timestamp", None)
    if device_utc_offset is None or stamp is None:
        return received_at
    return (stamp - device_utc_offset).replace(tzinfo=UTC)


def _add(
    readings: list[Reading], parameter: Parameter, value: float | None, unit: str, time: datetime, source: str
) -> None:
    if value is not None and math.isfinite(value):
        readings.append(_new_reading(parameter, float(value), unit, time, source))


def to_readings(
    measurement: Measurement,
    received_at: datetime,
    *,
    device_utc_offset: timedelta | None = None,
    rr_window: RRWindow | None = None,
) -> list[Reading]:
    """The vitals readings in ``measurement``, in canonical units (see the module docstring).

    ``received_at`` must be aware. With ``rr_window`` the heart-rate RR-intervals go to that
    window and an RMSSD reading appears when it fills; without it an RMSSD reading appears only
    when one notification alone holds enough intervals.
    """
    received = _utc(received_at, "received_at")
    time = _reading_time(measurement, received, device_utc_offset)
    source = f"ble:0x{measurement.uuid:04X}"
    readings: list[Reading] = []
    if isinstance(measurement, HeartRateMeasurement):
        readings.append(
            _new_reading(Parameter.HEART_RATE, float(measurement.heart_rate), "/min", time, source)
        )
        if rr_window is not None:
            rmssd = rr_window.add(measurement, received)
            if rmssd is not None:
                readings.append(rmssd)
        else:
            _add(readings, Parameter.HRV_RMSSD, rmssd_ms(measurement.rr_intervals), "ms", time, source)
    elif isinstance(measurement, BloodPressureMeasurement):
        for parameter, value in (
            (Parameter.SYSTOLIC_BP, measurement.systolic),
            (Parameter.DIASTOLIC_BP, measurement.diastolic),
            (Parameter.MEAN_ARTERIAL_PRESSURE, measurement.mean_arterial_pressure),
        ):
            if value is not None and measurement.unit == "kPa":
                value = convert(value, "kPa", "mmHg")
            _add(readings, parameter, value, "mmHg", time, source)
        _add(readings, Parameter.PULSE_RATE, measurement.pulse_rate, "/min", time, source)
    elif isinstance(measurement, TemperatureMeasurement):
        value = measurement.temperature
        if value is not None and measurement.unit == "F":
            value = convert(value, "[degF]", "Cel")
        _add(readings, Parameter.TEMPERATURE, value, "Cel", time, source)
    elif isinstance(measurement, PlxSpotCheck | PlxContinuous):
        if (measurement.measurement_status or 0) & _PLX_NOT_A_MEASUREMENT or (
            measurement.device_and_sensor_status or 0
        ) & _PLX_SENSOR_OFF:
            return readings
        _add(readings, Parameter.SPO2, measurement.spo2, "%", time, source)
        _add(readings, Parameter.PULSE_RATE, measurement.pulse_rate, "/min", time, source)
        _add(readings, Parameter.PERFUSION_INDEX, measurement.pulse_amplitude_index, "%", time, source)
    elif isinstance(measurement, GlucoseMeasurement):
        value = measurement.concentration
        if (
            value is None
            or measurement.sample_type == GlucoseType.CONTROL_SOLUTION
            or measurement.sample_location == SampleLocation.CONTROL_SOLUTION
        ):
            return readings
        if measurement.unit == "mol/L":
            value = value * MMOL_L_PER_MOL_L
        else:
            value = convert(value * MG_DL_PER_KG_L, "mg/dL", "mmol/L")
        _add(readings, Parameter.BLOOD_GLUCOSE, value, "mmol/L", time, source)
    return readings


def _flag_names(
    flag_type: type[
        BloodPressureStatus | PlxMeasurementStatus | PlxDeviceAndSensorStatus | GlucoseSensorStatus
    ],
    bits: int | None,
) -> list[str]:
    if not bits:
        return []
    return [str(member.name).lower().replace("_", " ") for member in flag_type if member & bits]


def device_notes(measurement: Measurement) -> tuple[str, ...]:
    """The device's own warnings about ``measurement``, as short English phrases."""
    notes = [f"{name.replace('_', ' ')}: {value}" for name, value in measurement.special.items()]
    if isinstance(measurement, HeartRateMeasurement):
        if measurement.sensor_contact is False:
            notes.append("sensor not in contact with the skin")
    elif isinstance(measurement, BloodPressureMeasurement):
        notes += _flag_names(BloodPressureStatus, measurement.status)
    elif isinstance(measurement, PlxSpotCheck | PlxContinuous):
        notes += _flag_names(PlxMeasurementStatus, measurement.measurement_status)
        notes += _flag_names(PlxDeviceAndSensorStatus, measurement.device_and_sensor_status)
        if isinstance(measurement, PlxSpotCheck) and measurement.device_clock_not_set:
            notes.append("device clock not set")
    elif isinstance(measurement, GlucoseMeasurement):
        notes += _flag_names(GlucoseSensorStatus, measurement.sensor_status_annunciation)
    return tuple(notes)


def check_readings(
    measurement: Measurement,
    received_at: datetime,
    *,
    device_utc_offset: timedelta | None = None,
    rr_window: RRWindow | None = None,
) -> list[CheckedReading]:
    """:func:`to_readings` with each reading's plausibility and the measurement's device notes."""
    notes = device_notes(measurement)
    return [
        CheckedReading(reading, check_plausibility(reading), notes)
        for reading in to_readings(
            measurement, received_at, device_utc_offset=device_utc_offset, rr_window=rr_window
        )
    ]
