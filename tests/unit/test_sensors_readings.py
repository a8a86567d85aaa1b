"""From parsed measurements to wayfarer.vitals readings."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from wayfarer.sensors import (
    MIN_RR_INTERVALS_FOR_RMSSD,
    ConversionError,
    GlucoseMeasurement,
    GlucoseType,
    HeartRateMeasurement,
    PlxContinuous,
    PlxSpotCheck,
    RRWindow,
    SampleLocation,
    check_readings,
    device_notes,
    parse,
    rmssd_ms,
    to_readings,
)
from wayfarer.vitals import Parameter

AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def _by_parameter(readings: list) -> dict[Parameter, float]:  # type: ignore[type-arg]
    return {r.parameter: r.value for r in readings}


def _hr(rr: tuple[float, ...], heart_rate: int = 72, contact: bool | None = True) -> HeartRateMeasurement:
    return HeartRateMeasurement(0x16, heart_rate, contact, None, rr, {})


# --- RMSSD ------------------------------------------------------------------------------------


def test_rmssd_by_hand() -> None:
    # Alternating 819/1024 s and 870/1024 s: every successive difference is 51/1024 s = 49.8046875 ms,
    # so the root mean square of the differences is 49.8046875 ms.
    rr = tuple((819 if i % 2 else 870) / 1024 for i in range(30))
    assert rmssd_ms(rr) == pytest.approx(49.8046875, abs=1e-9)


def test_rmssd_needs_the_minimum_number_of_intervals() -> None:
    rr = tuple((819 if i % 2 else 870) / 1024 for i in range(MIN_RR_INTERVALS_FOR_RMSSD - 1))
    assert rmssd_ms(rr) is None
    assert rmssd_ms(rr, min_intervals=2) == pytest.approx(49.8046875)


def test_rmssd_drops_artefacts_without_bridging_them() -> None:
    # 0.8, 0.8, [2.5 s: a missed beat], 0.9, 0.9: differences only within 0.8,0.8 and 0.9,0.9 → 0 ms.
    assert rmssd_ms((0.8, 0.8, 2.5, 0.9, 0.9), min_intervals=4) == 0.0


def test_rr_window_emits_every_size_intervals_and_resets_on_gaps() -> None:
    window = RRWindow(size=4)
    beat = (819 / 1024, 870 / 1024)
    assert window.add(_hr(beat), AT) is None
    reading = window.add(_hr(beat), AT + timedelta(seconds=1))
    assert reading is not None and reading.parameter is Parameter.HRV_RMSSD
    assert reading.value == pytest.approx(49.8046875) and reading.time == AT + timedelta(seconds=1)
    assert len(window) == 0
    window.add(_hr(beat), AT + timedelta(seconds=2))
    assert window.add(_hr(beat), AT + timedelta(seconds=30)) is None  # 28 s gap: a dropped connection
    assert len(window) == 2
    assert window.add(_hr(beat), AT + timedelta(seconds=20)) is None  # the clock went back
    assert len(window) == 2


def test_to_readings_with_enough_intervals_in_one_notification() -> None:
    rr = tuple((819 if i % 2 else 870) / 1024 for i in range(30))
    values = _by_parameter(to_readings(_hr(rr), AT))
    assert values[Parameter.HEART_RATE] == 72.0
    assert values[Parameter.HRV_RMSSD] == pytest.approx(49.8046875)
    assert Parameter.HRV_RMSSD not in _by_parameter(to_readings(_hr(rr[:3]), AT))


# --- unit conversion --------------------------------------------------------------------------


def test_blood_pressure_kpa_becomes_mmhg() -> None:
    m = parse(0x2A35, bytes.fromhex("15 BD F0 0B 00 9F F0 3C 00 12 00"))  # 18.9/11.0 (15.9) kPa, pulse 60
    readings = to_readings(m, AT)
    values = _by_parameter(readings)
    # 1 kPa = 760 / 101.325 mmHg = 7.500616... mmHg
    assert values[Parameter.SYSTOLIC_BP] == pytest.approx(18.9 * 760 / 101.325)
    assert values[Parameter.DIASTOLIC_BP] == pytest.approx(82.5067, abs=1e-4)
    assert values[Parameter.MEAN_ARTERIAL_PRESSURE] == pytest.approx(15.9 * 760 / 101.325)
    assert values[Parameter.PULSE_RATE] == 60.0
    assert {r.unit for r in readings} == {"mmHg", "/min"}
    assert {r.source for r in readings} == {"ble:0x2A35"}


def test_temperature_fahrenheit_becomes_celsius() -> None:
    m = parse(0x2A1C, bytes.fromhex("01 DA 03 00 FF"))  # 98.6 °F
    (reading,) = to_readings(m, AT)
    assert (reading.parameter, reading.unit) == (Parameter.TEMPERATURE, "Cel")
    assert reading.value == pytest.approx(37.0)  # (98.6 − 32) × 5/9 = 37.0


def test_glucose_kg_per_litre_becomes_mmol_per_litre() -> None:
    m = parse(0x2A18, bytes.fromhex("03 01 00 E8 07 03 0A 07 1E 00 F1 FF 61 B0 12"))  # 97e-5 kg/L
    (reading,) = to_readings(m, AT)
    # 0.00097 kg/L × 100,000 = 97 mg/dL; 97 / 18.0156 (mg/dL per mmol/L) = 5.38422... mmol/L
    assert reading.unit == "mmol/L"
    assert reading.value == pytest.approx(97 / 18.0156)


def test_glucose_mol_per_litre_becomes_mmol_per_litre() -> None:
    m = parse(0x2A18, bytes.fromhex("1E 02 00 E8 07 03 0A 07 1E 00 37 C0 F1 01 00"))  # 0.0055 mol/L
    (reading,) = to_readings(m, AT)
    assert reading.value == pytest.approx(5.5)


def test_glucose_control_solution_is_not_a_reading() -> None:
    m = GlucoseMeasurement(
        0x02,
        3,
        None,
        None,
        None,
        0.001,
        "kg/L",
        GlucoseType.CONTROL_SOLUTION,
        SampleLocation.CONTROL_SOLUTION,
        None,
        False,
        {},
    )
    assert to_readings(m, AT) == []


# --- what the device says ---------------------------------------------------------------------


def test_plx_pulse_amplitude_index_is_perfusion_index() -> None:
    m = parse(0x2A5F, bytes.fromhex("1C 5F 00 5A 00 20 00 00 00 00 57 F0"))
    assert _by_parameter(to_readings(m, AT)) == {
        Parameter.SPO2: 95.0,
        Parameter.PULSE_RATE: 90.0,
        Parameter.PERFUSION_INDEX: 8.7,
    }


def test_plx_marked_invalid_or_off_finger_gives_no_readings() -> None:
    invalid = parse(0x2A5F, bytes.fromhex("0C 61 00 48 00 00 A0 00 00 00"))
    off_finger = parse(0x2A5F, bytes.fromhex("08 61 00 48 00 00 08 00"))
    assert to_readings(invalid, AT) == []
    assert to_readings(off_finger, AT) == []
    assert "invalid measurement" in device_notes(invalid)
    assert "sensor unconnected to user" in device_notes(off_finger)


def test_special_values_give_no_reading_and_a_note() -> None:
    m = parse(0x2A35, bytes.fromhex("01 BD F0 6E F0 FF 07"))  # MAP NaN
    assert Parameter.MEAN_ARTERIAL_PRESSURE not in _by_parameter(to_readings(m, AT))
    assert device_notes(m) == ("mean arterial pressure: NaN",)


def test_check_readings_adds_plausibility_and_device_notes() -> None:
    (checked, *_) = check_readings(_hr((), heart_rate=0, contact=False), AT)
    assert checked.reading.value == 0.0
    assert not checked.plausibility.plausible and checked.plausibility.code == "no_signal"
    assert checked.device_notes == ("sensor not in contact with the skin",)
    (fine, *_) = check_readings(_hr((), heart_rate=66), AT)
    assert fine.plausibility.plausible and fine.device_notes == ()


def test_device_time_with_a_utc_offset() -> None:
    spot = parse(0x2A5E, bytes.fromhex("0F AC F3 BE F5 E8 07 0B 1D 17 08 39 20 40 22 00 00 66 E3"))
    assert isinstance(spot, PlxSpotCheck)
    readings = to_readings(spot, AT, device_utc_offset=timedelta(hours=1))
    # Device wall clock 2024-11-29 23:08:57 at UTC+1 is 22:08:57 UTC.
    assert {r.time for r in readings} == {datetime(2024, 11, 29, 22, 8, 57, tzinfo=UTC)}
    assert {r.time for r in to_readings(spot, AT)} == {AT}


def test_naive_receive_time_is_refused() -> None:
    with pytest.raises(ConversionError, match="aware"):
        to_readings(_hr(()), datetime(2026, 11, 23, 8, 0))


def test_non_finite_values_never_become_readings() -> None:
    m = PlxContinuous(0, math.inf, 70.0, None, None, None, None, None, None, None, {})
    assert _by_parameter(to_readings(m, AT)) == {Parameter.PULSE_RATE: 70.0}
