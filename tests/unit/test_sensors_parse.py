"""GATT parsers against public vectors and vectors computed by hand from the specifications."""

from __future__ import annotations

import json
import math
import struct
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from wayfarer import sensors
from wayfarer.sensors import (
    BloodPressureMeasurement,
    BloodPressureStatus,
    GlucoseMeasurement,
    GlucoseType,
    HeartRateMeasurement,
    ParseError,
    ParseFailure,
    PlxContinuous,
    PlxDeviceAndSensorStatus,
    PlxMeasurementStatus,
    PlxSpotCheck,
    SampleLocation,
    TemperatureMeasurement,
    TemperatureType,
    encode,
    parse,
    parse_many,
    parse_packed,
)

VECTORS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "gatt" / "vectors.json"


def _public_vectors() -> list[dict[str, Any]]:
    if not VECTORS.exists():
        return []
    vectors: list[dict[str, Any]] = json.loads(VECTORS.read_text())["vectors"]
    return vectors


def _uuid(vector: dict[str, Any]) -> int:
    return int(vector["characteristic"].split()[0], 16)


def _payload(vector: dict[str, Any]) -> bytes:
    return bytes.fromhex(vector["hex"])


# --- the public vectors (../shared/data/gatt/vectors.json) -------------------------------------


def test_public_vectors_file_is_there() -> None:
    if not VECTORS.exists():
        pytest.skip(f"public GATT vectors not found at {VECTORS} (read-only shared data is absent)")
    assert len(_public_vectors()) >= 19


def _characteristic_vectors() -> list[Any]:
    return [
        pytest.param(v, id=f"{v['characteristic'][:6]}:{v['hex']}")
        for v in _public_vectors()
        if v["characteristic"].startswith("0x")
    ]


@pytest.mark.parametrize("vector", _characteristic_vectors())
def test_public_vector(vector: dict[str, Any]) -> None:
    decoded = vector["decoded"]
    uuid, payload = _uuid(vector), _payload(vector)
    if decoded.get("valid") is False:
        with pytest.raises(ParseError) as raised:
            parse(uuid, payload)
        assert f"0x{uuid:04X}" in str(raised.value)
        return
    m = parse(uuid, payload)
    if uuid == 0x2A37:
        assert isinstance(m, HeartRateMeasurement)
        assert m.heart_rate == decoded["hr_bpm"]
        if "energy_expended_kJ" in decoded:
            assert m.energy_expended == decoded["energy_expended_kJ"]
        if decoded.get("rr_1_1024s") is not None:
            assert m.rr_intervals == tuple(units / 1024 for units in decoded["rr_1_1024s"])
        elif "rr_1_1024s" in decoded:
            assert m.rr_intervals == ()
        if "sensor_contact_detected" in decoded:
            assert m.sensor_contact is decoded["sensor_contact_detected"]
        if "sensor_contact" in decoded:
            assert m.sensor_contact is decoded["sensor_contact"]
        if decoded.get("hr_format") == "uint16":
            assert m.flags & 0x01
    elif uuid == 0x2A35:
        assert isinstance(m, BloodPressureMeasurement)
        assert m.unit == decoded["unit"]
        assert (m.systolic, m.diastolic, m.mean_arterial_pressure) == (
            decoded["systolic"],
            decoded["diastolic"],
            decoded["mean_arterial"],
        )
        assert m.pulse_rate == decoded.get("pulse_rate_bpm")
        assert m.user_id == decoded.get("user_id")
        if "measurement_status" in decoded:
            assert m.status == int(decoded["measurement_status"].split()[0], 16)
        if "timestamp" in decoded:  # "year 0 (unknown) ...": no datetime can say that
            assert m.timestamp is None
            assert m.special["timestamp"] == "unknown: year=0 month=4 day=17 time=20:41:59"
    elif uuid == 0x2A1C:
        assert isinstance(m, TemperatureMeasurement)
        assert m.unit == "C"
        assert m.temperature == decoded["temperature"]
        assert m.timestamp == datetime.fromisoformat(decoded["timestamp"])
        assert m.temperature_type == decoded["temperature_type"] == TemperatureType.FINGER
    else:
        assert isinstance(m, PlxContinuous | PlxSpotCheck)
        assert m.spo2 == decoded["spo2_pct"]
        assert m.pulse_rate == decoded["pulse_rate_bpm"]
        assert m.pulse_amplitude_index == decoded.get("pulse_amplitude_index")
        if "measurement_status" in decoded:
            assert m.measurement_status == int(decoded["measurement_status"].split()[0], 16)
            assert m.device_and_sensor_status == int(decoded["device_sensor_status"].split()[0], 16)
        if isinstance(m, PlxContinuous):
            assert m.spo2_fast == decoded.get("spo2_fast")
            assert m.pulse_rate_fast == decoded.get("pr_fast")
            assert m.spo2_slow == decoded.get("spo2_slow")
            assert m.pulse_rate_slow == decoded.get("pr_slow")
        else:
            assert m.timestamp == datetime.fromisoformat(decoded["timestamp"])
    assert m.special == ({"timestamp": m.special["timestamp"]} if "timestamp" in m.special else {})
    assert parse(uuid, encode(m)) == m


@pytest.mark.parametrize(
    "vector", [v for v in _public_vectors() if v["characteristic"].startswith("IEEE")], ids=lambda v: v["hex"]
)
def test_public_number_vectors(vector: dict[str, Any]) -> None:
    raw = bytes.fromhex(vector["hex"])
    if len(raw) == 2:
        assert sensors.sfloat_value(int.from_bytes(raw, "little")) == vector["decoded"]["value"]
    else:
        assert sensors.float_value(int.from_bytes(raw, "little")) == vector["decoded"]["value"]


def test_public_vectors_special_values_named_in_format_notes() -> None:
    if not VECTORS.exists():
        pytest.skip(f"public GATT vectors not found at {VECTORS}")
    notes = json.loads(VECTORS.read_text())["format_notes"]["special_values"]
    for key, name in notes.items():
        if key.startswith("FLOAT "):
            raw = int(key.split()[1], 16)
            assert sensors.float_value(raw) is None
            assert sensors.float_special(raw) is not None
        else:
            raw = int(key, 16)
            assert sensors.sfloat_value(raw) is None
            special = sensors.sfloat_special(raw)
            assert special is not None
            assert special.lower().lstrip("+-")[:3] in name.lower().replace("infinity", "inf")


# --- IEEE-11073 numbers computed by hand ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (0xF3AC, 94.0),  # exponent 0xF = -1, mantissa 0x3AC = 940: 940 × 10^-1
        (0xFFFF, -0.1),  # exponent -1, mantissa 0xFFF = -1 (12-bit two's complement): -1 × 10^-1
        (0xF800, -204.8),  # exponent -1, mantissa 0x800 = -2048: not special, exponent is not 0
        (0x17FF, 20470.0),  # exponent 1, mantissa 0x7FF = 2047: 2047 × 10^1, not NaN at exponent 1
        (0x8001, 1e-8),  # exponent 0x8 = -8, mantissa 1
        (0x7001, 1e7),  # exponent 7, mantissa 1
        (0x0000, 0.0),
        (0x07FD, 2045.0),  # the largest mantissa that is a number at exponent 0
        (0x0803, -2045.0),  # 0x803 = -2045
        (0xE037, 0.55),  # exponent 0xE = -2, mantissa 0x037 = 55
    ],
)
def test_sfloat_by_hand(raw: int, expected: float) -> None:
    assert sensors.sfloat_value(raw) == expected
    assert sensors.sfloat_special(raw) is None
    assert sensors.sfloat_value(sensors.sfloat_from_value(expected)) == expected


@pytest.mark.parametrize(
    ("raw", "name"),
    [(0x07FF, "NaN"), (0x0800, "NRes"), (0x07FE, "+INFINITY"), (0x0802, "-INFINITY"), (0x0801, "reserved")],
)
def test_sfloat_specials(raw: int, name: str) -> None:
    assert sensors.sfloat_value(raw) is None
    assert sensors.sfloat_special(raw) == name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (0xFF00016D, 36.5),  # exponent 0xFF = -1, mantissa 0x16D = 365
        (0x00FFFFFF, -1.0),  # exponent 0, mantissa 0xFFFFFF = -1
        (0x80000001, 1e-128),  # exponent 0x80 = -128: 1 / 10^128, correctly rounded
        (0x7F000001, 1e127),
        (0xFE000EB0, 37.6),  # 3760 × 10^-2 (the Nordic thermometer vector's number)
        (0x01800000, -83886080.0),  # exponent 1, mantissa 0x800000 = -2^23: NRes only at exponent 0
    ],
)
def test_float_by_hand(raw: int, expected: float) -> None:
    assert sensors.float_value(raw) == expected
    assert sensors.float_value(sensors.float_from_value(expected)) == expected


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (0x007FFFFF, "NaN"),
        (0x00800000, "NRes"),
        (0x007FFFFE, "+INFINITY"),
        (0x00800002, "-INFINITY"),
        (0x00800001, "reserved"),
    ],
)
def test_float_specials(raw: int, name: str) -> None:
    assert sensors.float_value(raw) is None
    assert sensors.float_special(raw) == name


def test_encoders_refuse_what_they_cannot_send_exactly() -> None:
    with pytest.raises(ValueError, match="mantissa"):
        sensors.sfloat_from_value(12345.0)  # 5 significant digits, SFLOAT holds 12 bits
    with pytest.raises(ValueError, match="exponent"):
        sensors.sfloat_from_value(1e-9)
    with pytest.raises(ValueError, match="finite"):
        sensors.float_from_value(math.nan)
    with pytest.raises(ValueError, match="mantissa"):
        sensors.encode_sfloat(2047, 0)  # that is the NaN pattern


# --- characteristics computed by hand ---------------------------------------------------------


def test_heart_rate_two_rr_intervals() -> None:
    # flags 0x10: uint8 value, contact not supported, no energy, RR present.
    # 0x48 = 72 bpm; RR 0x0400 = 1024/1024 s = 1.0 s, 0x0380 = 896/1024 s = 0.875 s.
    m = parse(0x2A37, bytes.fromhex("10 48 00 04 80 03"))
    assert m == HeartRateMeasurement(0x10, 72, None, None, (1.0, 0.875), {})


def test_heart_rate_contact_code_1_means_not_supported() -> None:
    # flags 0x03: bit 0 uint16; bits 1-2 = 0b01, "not supported" like 0b00. 0x0050 = 80 bpm.
    m = parse(0x2A37, bytes.fromhex("03 50 00"))
    assert isinstance(m, HeartRateMeasurement)
    assert (m.heart_rate, m.sensor_contact) == (80, None)
    assert encode(m) == bytes.fromhex("03 50 00")


def test_heart_rate_reserved_flag_bits_are_ignored_but_kept() -> None:
    # flags 0xE0: bits 5-7 reserved for future use; 0x3C = 60 bpm.
    m = parse(0x2A37, bytes.fromhex("E0 3C"))
    assert isinstance(m, HeartRateMeasurement)
    assert (m.flags, m.heart_rate) == (0xE0, 60)
    assert encode(m) == bytes.fromhex("E0 3C")


def test_blood_pressure_kpa_with_nan_mean() -> None:
    # flags 0x01 kPa. Systolic 0xF0BD = 189e-1 = 18.9; diastolic 0xF06E = 110e-1 = 11.0;
    # mean arterial 0x07FF = NaN (the cuff could not compute it).
    m = parse(0x2A35, bytes.fromhex("01 BD F0 6E F0 FF 07"))
    assert m == BloodPressureMeasurement(
        0x01, "kPa", 18.9, 11.0, None, None, None, None, None, {"mean_arterial_pressure": "NaN"}
    )
    # The encoder sends 11.0 as its shortest form 11 × 10^0 (0x000B): same value, other bits.
    assert encode(m) == bytes.fromhex("01 BD F0 0B 00 FF 07")


def test_blood_pressure_status_bits() -> None:
    # Nordic's "_full" vector: status 0x0027 = body movement | cuff too loose | irregular pulse | position.
    m = parse(0x2A35, bytes.fromhex("1E 8A 00 58 00 78 00 00 00 04 11 14 29 3B 3C 00 01 27 00"))
    assert isinstance(m, BloodPressureMeasurement)
    assert m.status is not None
    assert BloodPressureStatus(m.status) == (
        BloodPressureStatus.BODY_MOVEMENT
        | BloodPressureStatus.CUFF_TOO_LOOSE
        | BloodPressureStatus.IRREGULAR_PULSE
        | BloodPressureStatus.IMPROPER_POSITION
    )


def test_temperature_fahrenheit() -> None:
    # flags 0x01 Fahrenheit. FLOAT 0xFF0003DA: exponent -1, mantissa 0x3DA = 986: 98.6 °F.
    m = parse(0x2A1C, bytes.fromhex("01 DA 03 00 FF"))
    assert m == TemperatureMeasurement(0x01, "F", 98.6, None, None, {})


def test_temperature_invalid_date_is_none_and_named() -> None:
    # flags 0x02 time stamp. FLOAT 0xFF000172 = 370e-1 = 37.0; date 0x07E7-02-30 = 2023-02-30 10:00:00.
    m = parse(0x2A1C, bytes.fromhex("02 72 01 00 FF E7 07 02 1E 0A 00 00"))
    assert isinstance(m, TemperatureMeasurement)
    assert (m.temperature, m.timestamp) == (37.0, None)
    assert m.special == {"timestamp": "invalid: 2023-02-30 10:00:00 is no date and time"}
    # 37.0 goes out as 37 × 10^0 (0x00000025); the impossible date goes out as it came in.
    assert encode(m) == bytes.fromhex("02 25 00 00 00 E7 07 02 1E 0A 00 00")


def test_temperature_reserved_type_code_is_kept_as_int() -> None:
    # flags 0x04 type present; FLOAT 37.0; type 0x0A = 10 is reserved.
    m = parse(0x2A1C, bytes.fromhex("04 72 01 00 FF 0A"))
    assert isinstance(m, TemperatureMeasurement)
    assert m.temperature_type == 10
    assert not isinstance(m.temperature_type, TemperatureType)


def test_spot_check_nres_and_clock_not_set() -> None:
    # flags 0x10 "device clock is not set". SpO2 0x0800 = NRes; PR 0x0048 = 72.
    m = parse(0x2A5E, bytes.fromhex("10 00 08 48 00"))
    assert m == PlxSpotCheck(0x10, None, 72.0, None, None, None, None, True, {"spo2": "NRes"})


def test_continuous_status_bits() -> None:
    # flags 0x0C: measurement status 0xA000 = invalid (bit 15) | measurement unavailable (bit 13);
    # device and sensor status 0x000800 = sensor unconnected to user (bit 11), 3 bytes LE 00 08 00.
    m = parse(0x2A5F, bytes.fromhex("0C 61 00 48 00 00 A0 00 08 00"))
    assert isinstance(m, PlxContinuous)
    assert m.measurement_status is not None and m.device_and_sensor_status is not None
    assert PlxMeasurementStatus(m.measurement_status) == (
        PlxMeasurementStatus.INVALID_MEASUREMENT | PlxMeasurementStatus.MEASUREMENT_UNAVAILABLE
    )
    assert m.device_and_sensor_status == PlxDeviceAndSensorStatus.SENSOR_UNCONNECTED_TO_USER == 0x800
    assert (m.spo2, m.pulse_rate) == (97.0, 72.0)  # 0x0061 = 97, 0x0048 = 72


def test_glucose_kg_per_litre_with_time_offset() -> None:
    # flags 0x03: time offset present, concentration present, kg/L. Sequence 0x0001.
    # Base time 0x07E8-03-0A 07:1E:00 = 2024-03-10 07:30:00; offset 0xFFF1 = -15 min.
    # Concentration 0xB061: exponent 0xB = -5, mantissa 0x061 = 97: 97e-5 kg/L (= 97 mg/dL).
    # Type-sample location 0x12: low nibble 2 capillary plasma, high nibble 1 finger.
    m = parse(0x2A18, bytes.fromhex("03 01 00 E8 07 03 0A 07 1E 00 F1 FF 61 B0 12"))
    assert m == GlucoseMeasurement(
        0x03,
        1,
        datetime(2024, 3, 10, 7, 30),
        -15,
        datetime(2024, 3, 10, 7, 15),
        0.00097,
        "kg/L",
        GlucoseType.CAPILLARY_PLASMA,
        SampleLocation.FINGER,
        None,
        False,
        {},
    )
    assert encode(m) == bytes.fromhex("03 01 00 E8 07 03 0A 07 1E 00 F1 FF 61 B0 12")


def test_glucose_mol_per_litre_and_status() -> None:
    # flags 0x1E: concentration in mol/L, status present, context follows. Sequence 2.
    # 0xC037: exponent -4, mantissa 55: 0.0055 mol/L. Type-location 0xF1: whole blood, not available.
    # Status 0x0001: device battery low.
    m = parse(0x2A18, bytes.fromhex("1E 02 00 E8 07 03 0A 07 1E 00 37 C0 F1 01 00"))
    assert isinstance(m, GlucoseMeasurement)
    assert (m.concentration, m.unit, m.sample_type, m.sample_location) == (
        0.0055,
        "mol/L",
        GlucoseType.CAPILLARY_WHOLE_BLOOD,
        SampleLocation.NOT_AVAILABLE,
    )
    assert (m.sensor_status_annunciation, m.context_information_follows, m.time_offset) == (1, True, None)
    assert m.timestamp == m.base_time == datetime(2024, 3, 10, 7, 30)


# --- malformed payloads -----------------------------------------------------------------------

FULL = {
    0x2A37: "1F 01 01 32 01 01 00 02 01",
    0x2A35: "1E 8A 00 58 00 78 00 E8 07 04 11 14 29 3B 3C 00 01 27 00",
    0x2A1C: "06 B0 0E 00 FE DC 07 0C 05 0B 32 1B 04",
    0x2A5E: "0F AC F3 BE F5 E8 07 0B 1D 17 08 39 20 40 22 00 00 66 E3",
    0x2A5F: "1F DE F3 CA F3 CA F3 5A F5 D4 F3 B2 F2 20 01 00 00 00 7A E3",
    0x2A18: "1B 01 00 E8 07 03 0A 07 1E 00 F1 FF 61 B0 12 01 00",
}


@pytest.mark.parametrize("uuid", sorted(FULL))
def test_every_truncation_is_a_parse_error(uuid: int) -> None:
    payload = bytes.fromhex(FULL[uuid])
    parse(uuid, payload)
    for length in range(len(payload)):
        if uuid == 0x2A37 and length >= 7 and length % 2 == 1:
            continue  # a whole number of RR-intervals is still a valid payload
        with pytest.raises(ParseError) as raised:
            parse(uuid, payload[:length])
        assert f"0x{uuid:04X}" in str(raised.value)
        assert raised.value.uuid == uuid
        assert raised.value.offset is not None and 0 <= raised.value.offset <= length


@pytest.mark.parametrize("uuid", sorted(set(FULL) - {0x2A37}))
def test_trailing_byte_is_a_parse_error(uuid: int) -> None:
    payload = bytes.fromhex(FULL[uuid])
    with pytest.raises(ParseError, match=rf"1 unexpected byte\(s\) from byte {len(payload)}") as raised:
        parse(uuid, payload + b"\x00")
    assert raised.value.offset == len(payload)


def test_heart_rate_half_an_rr_interval() -> None:
    with pytest.raises(ParseError, match="not a whole number of 2-byte intervals") as raised:
        parse(0x2A37, bytes.fromhex("10 48 00 04 80"))
    assert raised.value.offset == 4


def test_heart_rate_trailing_byte_without_rr_flag() -> None:
    with pytest.raises(ParseError, match=r"1 unexpected byte\(s\) from byte 2"):
        parse(0x2A37, bytes.fromhex("00 48 00"))


def test_flags_announcing_a_missing_field_name_it() -> None:
    # BP flags 0x02 announce a time stamp that is not there.
    with pytest.raises(ParseError, match=r"ends inside the Time Stamp field \(bytes 7\.\.13\)"):
        parse(0x2A35, bytes.fromhex("02 8A 00 58 00 78 00"))


def test_empty_payload() -> None:
    with pytest.raises(ParseError, match="empty payload"):
        parse(0x2A5F, b"")


def test_unknown_characteristic() -> None:
    with pytest.raises(ParseError, match="no parser for characteristic 10809") as raised:
        parse(0x2A39, b"\x00")
    assert raised.value.offset is None
    assert isinstance(raised.value, ValueError)


def test_memoryview_of_another_format_is_read_as_bytes() -> None:
    words = memoryview(bytearray(bytes.fromhex("10 48 00 04 80 03 00"))[:6]).cast("B")
    assert parse(0x2A37, words) == parse(0x2A37, bytes.fromhex("10 48 00 04 80 03"))
    halfwords = memoryview(bytearray(bytes.fromhex("10 48 00 04 80 03"))).cast("H")
    assert parse(0x2A37, halfwords) == parse(0x2A37, bytes.fromhex("10 48 00 04 80 03"))


# --- batches ----------------------------------------------------------------------------------


def test_parse_many_keeps_going_past_a_bad_payload() -> None:
    good = bytes.fromhex("00 48")
    results = parse_many(0x2A37, [good, b"\x01\x48", memoryview(good), bytearray(good)])
    assert [type(r) for r in results] == [
        HeartRateMeasurement,
        ParseFailure,
        HeartRateMeasurement,
        HeartRateMeasurement,
    ]
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert (failure.index, failure.payload) == (1, b"\x01\x48")
    assert "payload 1 (01 48)" in failure.message and "0x2A37" in failure.message


def test_parse_many_unknown_uuid_fails_the_call() -> None:
    with pytest.raises(ParseError):
        parse_many(0x1234, [b"\x00"])


def test_parse_packed_equals_parse_many() -> None:
    payloads = [bytes.fromhex(FULL[0x2A37]), b"\x10\x48\x00", bytes.fromhex("00 48"), b""]
    packed = b"".join(payloads)
    by_packed = parse_packed(0x2A37, memoryview(packed), [len(p) for p in payloads])
    by_list = parse_many(0x2A37, payloads)
    assert [type(r) for r in by_packed] == [type(r) for r in by_list]
    for a, b in zip(by_packed, by_list, strict=True):
        if isinstance(a, ParseFailure) and isinstance(b, ParseFailure):
            assert (a.index, a.payload, str(a.error)) == (b.index, b.payload, str(b.error))
        else:
            assert a == b


def test_parse_packed_checks_lengths() -> None:
    with pytest.raises(ParseError, match="overrun"):
        parse_packed(0x2A37, b"\x00\x48", [3])
    with pytest.raises(ParseError, match="cover 2 of the buffer's 3 bytes"):
        parse_packed(0x2A37, b"\x00\x48\x00", [2])


def test_records_are_frozen_and_hashable() -> None:
    m = parse(0x2A37, bytes.fromhex("10 48 00 04 80 03"))
    with pytest.raises(AttributeError):
        m.heart_rate = 1  # type: ignore[misc]
    assert hash(m) == hash(parse(0x2A37, bytes.fromhex("10 48 00 04 80 03")))
    assert struct.calcsize("<H") == 2
