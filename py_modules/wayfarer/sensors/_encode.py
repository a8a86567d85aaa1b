"""The inverse of the parsers: a record back to the bytes a device would send.

Used by the recorded-device simulator and the tests (``parse(uuid, encode(m)) == m``). Presence
bits of the Flags octet follow the record's fields; every other bit (reserved bits, the Heart Rate
value format and "contact not supported" code, the glucose unit when no concentration is sent)
comes from ``m.flags``. Numbers are sent as the shortest decimal that reads back exactly
(36.6 → mantissa 366, exponent -1); a value no SFLOAT/FLOAT can carry exactly raises
``ValueError`` instead of being rounded. A ``None`` field named in ``special`` is sent as that
special value; a time stamp the parser marked unknown or invalid is re-sent from the numbers in its
``special`` text.
"""

from __future__ import annotations

import re
import struct
from datetime import datetime
from typing import Final

from ._ieee11073 import FLOAT_SPECIALS, SFLOAT_SPECIALS, float_from_value, sfloat_from_value
from ._records import (
    BloodPressureMeasurement,
    GlucoseMeasurement,
    HeartRateMeasurement,
    Measurement,
    PlxContinuous,
    PlxSpotCheck,
    TemperatureMeasurement,
)

_SFLOAT_BY_NAME: Final = {name: raw for raw, name in SFLOAT_SPECIALS.items()}
_FLOAT_BY_NAME: Final = {name: raw for raw, name in FLOAT_SPECIALS.items()}
_U8: Final = struct.Struct("<B")
_U16: Final = struct.Struct("<H")
_S16: Final = struct.Struct("<h")
_U32: Final = struct.Struct("<I")
_DATE_TIME: Final = struct.Struct("<HBBBBB")


def _present(value: object, special: dict[str, str], name: str) -> bool:
    return value is not None or name in special


def _sfloat(value: float | None, special: dict[str, str], name: str) -> bytes:
    if value is None:
        try:
            return _U16.pack(_SFLOAT_BY_NAME[special[name]])
        except KeyError:
            raise ValueError(f"{name} is None but special names no SFLOAT special value for it") from None
    return _U16.pack(sfloat_from_value(value))


def _date_time(value: datetime | None, special: dict[str, str], name: str) -> bytes:
    if value is None:
        numbers = [int(text) for text in re.findall(r"\d+", special.get(name, ""))]
        if len(numbers) != 6:
            raise ValueError(f"{name} is None and special[{name!r}] holds no year..second to re-send")
        return _DATE_TIME.pack(*numbers)
    return _DATE_TIME.pack(value.year, value.month, value.day, value.hour, value.minute, value.second)


def _heart_rate(m: HeartRateMeasurement) -> bytes:
    # Codes 0 and 1 both mean "contact not supported": keep the one the device chose.
    contact = (m.flags >> 1) & 1 if m.sensor_contact is None else (3 if m.sensor_contact else 2)
    wide = bool(m.flags & 0x01) or m.heart_rate > 0xFF
    flags = (m.flags & 0xE0) | wide | (contact << 1)
    parts = [_U16.pack(m.heart_rate) if wide else _U8.pack(m.heart_rate)]
    if m.energy_expended is not None:
        flags |= 0x08
        parts.append(_U16.pack(m.energy_expended))
    if m.rr_intervals:
        flags |= 0x10
        for seconds in m.rr_intervals:
            units = seconds * 1024
            if units != int(units) or not 0 <= units <= 0xFFFF:
                raise ValueError(f"RR-interval {seconds} s is not a whole number of 1/1024 s in 0..64 s")
            parts.append(_U16.pack(int(units)))
    return bytes([flags]) + b"".join(parts)


def _blood_pressure(m: BloodPressureMeasurement) -> bytes:
    s = m.special
    flags = (m.flags & 0xE0) | (m.unit == "kPa")
    parts = [
        _sfloat(m.systolic, s, "systolic"),
        _sfloat(m.diastolic, s, "diastolic"),
        _sfloat(m.mean_arterial_pressure, s, "mean_arterial_pressure"),
    ]
    if _present(m.timestamp, s, "timestamp"):
        flags |= 0x02
        parts.append(_date_time(m.timestamp, s, "timestamp"))
    if _present(m.pulse_rate, s, "pulse_rate"):
        flags |= 0x04
        parts.append(_sfloat(m.pulse_rate, s, "pulse_rate"))
    if m.user_id is not None:
        flags |= 0x08
        parts.append(_U8.pack(m.user_id))
    if m.status is not None:
        flags |= 0x10
        parts.append(_U16.pack(m.status))
    return bytes([flags]) + b"".join(parts)


def _temperature(m: TemperatureMeasurement) -> bytes:
    s = m.special
    flags = (m.flags & 0xF8) | (m.unit == "F")
    if m.temperature is None:
        try:
            raw = _FLOAT_BY_NAME[s["temperature"]]
        except KeyError:
            raise ValueError("temperature is None but special names no FLOAT special value") from None
    else:
        raw = float_from_value(m.temperature)
    parts = [_U32.pack(raw)]
    if _present(m.timestamp, s, "timestamp"):
        flags |= 0x02
        parts.append(_date_time(m.timestamp, s, "timestamp"))
    if m.temperature_type is not None:
        flags |= 0x04
        parts.append(_U8.pack(m.temperature_type))
    return bytes([flags]) + b"".join(parts)


def _status24(value: int) -> bytes:
    return _U16.pack(value & 0xFFFF) + _U8.pack(value >> 16)


def _spot_check(m: PlxSpotCheck) -> bytes:
    s = m.special
    flags = (m.flags & 0xE0) | (0x10 if m.device_clock_not_set else 0)
    parts = [_sfloat(m.spo2, s, "spo2"), _sfloat(m.pulse_rate, s, "pulse_rate")]
    if _present(m.timestamp, s, "timestamp"):
        flags |= 0x01
        parts.append(_date_time(m.timestamp, s, "timestamp"))
    if m.measurement_status is not None:
        flags |= 0x02
        parts.append(_U16.pack(m.measurement_status))
    if m.device_and_sensor_status is not None:
        flags |= 0x04
        parts.append(_status24(m.device_and_sensor_status))
    if _present(m.pulse_amplitude_index, s, "pulse_amplitude_index"):
        flags |= 0x08
        parts.append(_sfloat(m.pulse_amplitude_index, s, "pulse_amplitude_index"))
    return bytes([flags]) + b"".join(parts)


def _continuous(m: PlxContinuous) -> bytes:
    s = m.special
    flags = m.flags & 0xE0
    parts = [_sfloat(m.spo2, s, "spo2"), _sfloat(m.pulse_rate, s, "pulse_rate")]
    if _present(m.spo2_fast, s, "spo2_fast") or _present(m.pulse_rate_fast, s, "pulse_rate_fast"):
        flags |= 0x01
        parts += [_sfloat(m.spo2_fast, s, "spo2_fast"), _sfloat(m.pulse_rate_fast, s, "pulse_rate_fast")]
    if _present(m.spo2_slow, s, "spo2_slow") or _present(m.pulse_rate_slow, s, "pulse_rate_slow"):
        flags |= 0x02
        parts += [_sfloat(m.spo2_slow, s, "spo2_slow"), _sfloat(m.pulse_rate_slow, s, "pulse_rate_slow")]
    if m.measurement_status is not None:
        flags |= 0x04
        parts.append(_U16.pack(m.measurement_status))
    if m.device_and_sensor_status is not None:
        flags |= 0x08
        parts.append(_status24(m.device_and_sensor_status))
    if _present(m.pulse_amplitude_index, s, "pulse_amplitude_index"):
        flags |= 0x10
        parts.append(_sfloat(m.pulse_amplitude_index, s, "pulse_amplitude_index"))
    return bytes([flags]) + b"".join(parts)


def _glucose(m: GlucoseMeasurement) -> bytes:
    s = m.special
    flags = m.flags & 0xE4
    if m.context_information_follows:
        flags |= 0x10
    parts = [_U16.pack(m.sequence_number), _date_time(m.base_time, s, "base_time")]
    if m.time_offset is not None:
        flags |= 0x01
        parts.append(_S16.pack(m.time_offset))
    if _present(m.concentration, s, "concentration"):
        flags = (flags & ~0x04) | 0x02 | (0x04 if m.unit == "mol/L" else 0)
        if m.sample_type is None or m.sample_location is None:
            raise ValueError("a glucose concentration is sent with its sample type and location")
        parts.append(_sfloat(m.concentration, s, "concentration"))
        parts.append(_U8.pack((m.sample_location << 4) | m.sample_type))
    if m.sensor_status_annunciation is not None:
        flags |= 0x08
        parts.append(_U16.pack(m.sensor_status_annunciation))
    return bytes([flags]) + b"".join(parts)


def encode(measurement: Measurement) -> bytes:
    """The notification payload a device sends for ``measurement``; ``ValueError`` if it cannot be exact."""
    if isinstance(measurement, HeartRateMeasurement):
        return _heart_rate(measurement)
    if isinstance(measurement, BloodPressureMeasurement):
        return _blood_pressure(measurement)
    if isinstance(measurement, TemperatureMeasurement):
        return _temperature(measurement)
    if isinstance(measurement, PlxSpotCheck):
        return _spot_check(measurement)
    if isinstance(measurement, PlxContinuous):
        return _continuous(measurement)
    if isinstance(measurement, GlucoseMeasurement):
        return _glucose(measurement)
    raise TypeError(f"cannot encode {type(measurement).__name__}; pass a parsed measurement record")
