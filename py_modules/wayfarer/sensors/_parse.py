"""Byte-exact parsers for the six GATT health measurement characteristics.

Every parser reads ``buf[start:end]`` in place with precompiled :class:`struct.Struct` objects
(``unpack_from`` at an offset), so a notification is never copied and a batch that arrives as one
buffer is parsed without slicing. For each possible Flags octet the expected fields, their total
size and one ``Struct`` for all of them are computed once at import; parsing a payload is then a
length check, one ``unpack_from`` and the record's construction.

What counts as malformed (raises :class:`ParseError`):

* an empty payload, or one shorter than the fields its Flags announce (truncated or wrong flags);
* bytes after the last announced field (oversized or wrong flags). For Heart Rate the RR-Interval
  field takes the rest of the payload, so there the rest must be a whole, non-empty number of
  16-bit intervals when bit 4 is set;
* an unknown characteristic UUID.

Reserved (RFU) Flags bits are *not* errors: the Bluetooth Core Specification asks receivers to
ignore reserved bits, and a later version of a service may define them. They are kept in the
record's ``flags``; if such a bit ever adds a field, the extra bytes are reported as oversized
rather than misread. Reserved *values* inside a field (a status bit, a temperature type code 0,
a date with month 13) are reported as sent, or as ``None`` named in ``special`` where they cannot be
a number or a date; they do not fail the payload.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final, Literal

from wayfarer._records import fast_constructor

from ._errors import ParseError
from ._ieee11073 import FLOAT_SPECIALS, SFLOAT_SPECIALS, SFLOAT_TABLE, float_value
from ._records import (
    BLOOD_PRESSURE_MEASUREMENT,
    CHARACTERISTIC_NAMES,
    GLUCOSE_MEASUREMENT,
    HEART_RATE_MEASUREMENT,
    PLX_CONTINUOUS_MEASUREMENT,
    PLX_SPOT_CHECK_MEASUREMENT,
    TEMPERATURE_MEASUREMENT,
    BloodPressureMeasurement,
    GlucoseMeasurement,
    GlucoseType,
    HeartRateMeasurement,
    Measurement,
    PlxContinuous,
    PlxSpotCheck,
    SampleLocation,
    TemperatureMeasurement,
    TemperatureType,
)

Buffer = bytes | bytearray | memoryview
"""A payload: any buffer whose items are bytes (a ``memoryview`` of another format is cast)."""

_SF: Final = SFLOAT_TABLE
_SFS: Final = SFLOAT_SPECIALS
_MINUTE: Final = timedelta(minutes=1)
_RR_SECONDS_PER_UNIT: Final = 1.0 / 1024.0
"""RR-Interval resolution is 1/1024 s; multiplying by a power of two is exact."""


@dataclass(frozen=True, slots=True)
class _Layout:
    """The fields one Flags value announces: their total size (with the Flags octet) and reader."""

    size: int
    unpack: Callable[[Buffer, int], tuple[int, ...]]
    fields: tuple[tuple[str, int], ...]


def _layouts(groups: Callable[[int], list[tuple[str, str]]]) -> tuple[_Layout, ...]:
    """One :class:`_Layout` per possible Flags octet (0..255), sharing Structs between equal layouts."""
    cache: dict[tuple[tuple[str, str], ...], _Layout] = {}
    result = []
    for flags in range(256):
        key = tuple(groups(flags))
        layout = cache.get(key)
        if layout is None:
            compiled = struct.Struct("<" + "".join(fmt for _, fmt in key))
            fields = tuple((name, struct.calcsize("<" + fmt)) for name, fmt in key)
            layout = cache[key] = _Layout(1 + compiled.size, compiled.unpack_from, fields)
        result.append(layout)
    return tuple(result)


_DATE_TIME: Final = "HBBBBB"


def _heart_rate_groups(flags: int) -> list[tuple[str, str]]:
    groups = [
        ("Heart Rate Measurement Value (uint16)", "H")
        if flags & 0x01
        else ("Heart Rate Measurement Value (uint8)", "B")
    ]
    if flags & 0x08:
        groups.append(("Energy Expended", "H"))
    return groups


def _blood_pressure_groups(flags: int) -> list[tuple[str, str]]:
    groups = [("Blood Pressure Measurement Compound Value", "HHH")]
    if flags & 0x02:
        groups.append(("Time Stamp", _DATE_TIME))
    if flags & 0x04:
        groups.append(("Pulse Rate", "H"))
    if flags & 0x08:
        groups.append(("User ID", "B"))
    if flags & 0x10:
        groups.append(("Measurement Status", "H"))
    return groups


def _temperature_groups(flags: int) -> list[tuple[str, str]]:
    groups = [("Temperature Measurement Value", "I")]
    if flags & 0x02:
        groups.append(("Time Stamp", _DATE_TIME))
    if flags & 0x04:
        groups.append(("Temperature Type", "B"))
    return groups


def _spot_check_groups(flags: int) -> list[tuple[str, str]]:
    groups = [("SpO2PR-Spot-Check", "HH")]
    if flags & 0x01:
        groups.append(("Timestamp", _DATE_TIME))
    if flags & 0x02:
        groups.append(("Measurement Status", "H"))
    if flags & 0x04:
        groups.append(("Device and Sensor Status", "HB"))
    if flags & 0x08:
        groups.append(("Pulse Amplitude Index", "H"))
    return groups


def _continuous_groups(flags: int) -> list[tuple[str, str]]:
    groups = [("SpO2PR-Normal", "HH")]
    if flags & 0x01:
        groups.append(("SpO2PR-Fast", "HH"))
    if flags & 0x02:
        groups.append(("SpO2PR-Slow", "HH"))
    if flags & 0x04:
        groups.append(("Measurement Status", "H"))
    if flags & 0x08:
        groups.append(("Device and Sensor Status", "HB"))
    if flags & 0x10:
        groups.append(("Pulse Amplitude Index", "H"))
    return groups


def _glucose_groups(flags: int) -> list[tuple[str, str]]:
    groups = [("Sequence Number", "H"), ("Base Time", _DATE_TIME)]
    if flags & 0x01:
        groups.append(("Time Offset", "h"))
    if flags & 0x02:
        groups.append(("Glucose Concentration and Type-Sample Location", "HB"))
    if flags & 0x08:
        groups.append(("Sensor Status Annunciation", "H"))
    return groups


_HR: Final = _layouts(_heart_rate_groups)
_BP: Final = _layouts(_blood_pressure_groups)
_TEMP: Final = _layouts(_temperature_groups)
_SPOT: Final = _layouts(_spot_check_groups)
_CONT: Final = _layouts(_continuous_groups)
_GLU: Final = _layouts(_glucose_groups)

_new_heart_rate: Final = fast_constructor(HeartRateMeasurement)
_new_blood_pressure: Final = fast_constructor(BloodPressureMeasurement)
_new_temperature: Final = fast_constructor(TemperatureMeasurement)
_new_spot_check: Final = fast_constructor(PlxSpotCheck)
_new_continuous: Final = fast_constructor(PlxContinuous)
_new_glucose: Final = fast_constructor(GlucoseMeasurement)

_SENSOR_CONTACT: Final = (None, None, False, True)
"""Heart Rate flags bits 1–2: 0 and 1 "not supported", 2 "supported, no contact", 3 "in contact"."""

_TEMPERATURE_TYPES: Final = tuple(
    TemperatureType(code) if code in TemperatureType._value2member_map_ else code for code in range(256)
)
_GLUCOSE_TYPES: Final = tuple(
    GlucoseType(code) if code in GlucoseType._value2member_map_ else code for code in range(16)
)
_SAMPLE_LOCATIONS: Final = tuple(
    SampleLocation(code) if code in SampleLocation._value2member_map_ else code for code in range(16)
)

_RR_STRUCTS: dict[int, Callable[[Buffer, int], tuple[int, ...]]] = {}


def _rr_unpacker(count: int) -> Callable[[Buffer, int], tuple[int, ...]]:
    unpack = _RR_STRUCTS.get(count)
    if unpack is None:
        unpack = _RR_STRUCTS[count] = struct.Struct(f"<{count}H").unpack_from
    return unpack


# --- errors (only built on the failure path) -------------------------------------------------


def _label(uuid: int) -> str:
    return f"{CHARACTERISTIC_NAMES.get(uuid, 'unknown characteristic')} (0x{uuid:04X})"


def _empty(uuid: int) -> ParseError:
    return ParseError(
        f"{_label(uuid)}: empty payload; the Flags octet at byte 0 is missing", uuid=uuid, offset=0
    )


def _mismatch(uuid: int, layout: _Layout, flags: int, length: int) -> ParseError:
    position = 1
    for name, size in layout.fields:
        if position + size > length:
            return ParseError(
                f"{_label(uuid)}: payload of {length} bytes ends inside the {name} field "
                f"(bytes {position}..{position + size - 1}) that flags 0x{flags:02X} announce; "
                "the payload is truncated or its flags are wrong",
                uuid=uuid,
                offset=min(position, length),
            )
        position += size
    return ParseError(
        f"{_label(uuid)}: {length - position} unexpected byte(s) from byte {position}, after the last "
        f"field flags 0x{flags:02X} announce ({position} bytes expected); the payload is oversized "
        "or its flags are wrong",
        uuid=uuid,
        offset=position,
    )


def _rr_error(layout: _Layout, flags: int, length: int) -> ParseError:
    uuid = HEART_RATE_MEASUREMENT
    if length < layout.size:
        return _mismatch(uuid, layout, flags, length)
    if length == layout.size:
        return ParseError(
            f"{_label(uuid)}: flags 0x{flags:02X} announce RR-Intervals (bit 4) but none follow "
            f"byte {layout.size - 1}; the payload is truncated or its flags are wrong",
            uuid=uuid,
            offset=layout.size,
        )
    return ParseError(
        f"{_label(uuid)}: the RR-Interval field from byte {layout.size} has {length - layout.size} bytes, "
        f"not a whole number of 2-byte intervals; the last interval at byte {length - 1} is truncated",
        uuid=uuid,
        offset=length - 1,
    )


# --- field helpers ---------------------------------------------------------------------------


def _date_time(values: tuple[int, ...], index: int, special: dict[str, str], key: str) -> datetime | None:
    """The GATT Date Time at ``values[index:index + 6]`` as a naive datetime, or ``None``.

    ``None`` comes with the reason in ``special[key]``: "unknown" when the device sent year,
    month or day 0 (its way of saying so), "invalid" when the numbers are no calendar moment.
    """
    year, month, day, hour, minute, second = values[index : index + 6]
    if year == 0 or month == 0 or day == 0:
        special[key] = (
            f"unknown: year={year} month={month} day={day} time={hour:02d}:{minute:02d}:{second:02d}"
        )
        return None
    if 1582 <= year <= 9999 and month <= 12 and hour <= 23 and minute <= 59 and second <= 59:
        try:
            return datetime(year, month, day, hour, minute, second)
        except ValueError:
            pass
    special[key] = (
        f"invalid: {year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d} is no date and time"
    )
    return None


# --- parsers ---------------------------------------------------------------------------------


def _parse_heart_rate(buf: Buffer, start: int, end: int) -> HeartRateMeasurement:
    length = end - start
    if length < 1:
        raise _empty(HEART_RATE_MEASUREMENT)
    flags = buf[start]
    layout = _HR[flags]
    size = layout.size
    if flags & 0x10:
        extra = length - size
        if extra < 2 or extra & 1:
            raise _rr_error(layout, flags, length)
        count = extra >> 1
        unpack_rr = _RR_STRUCTS.get(count) or _rr_unpacker(count)
        raw_rr = unpack_rr(buf, start + size)
        if count == 1:
            rr: tuple[float, ...] = (raw_rr[0] * _RR_SECONDS_PER_UNIT,)
        elif count == 2:
            rr = (raw_rr[0] * _RR_SECONDS_PER_UNIT, raw_rr[1] * _RR_SECONDS_PER_UNIT)
        else:
            rr = tuple([interval * _RR_SECONDS_PER_UNIT for interval in raw_rr])
    elif length != size:
        raise _mismatch(HEART_RATE_MEASUREMENT, layout, flags, length)
    else:
        rr = ()
    values = layout.unpack(buf, start + 1)
    return _new_heart_rate(
        flags, values[0], _SENSOR_CONTACT[(flags >> 1) & 3], values[1] if flags & 0x08 else None, rr, {}
    )


def _parse_blood_pressure(buf: Buffer, start: int, end: int) -> BloodPressureMeasurement:
    length = end - start
    if length < 1:
        raise _empty(BLOOD_PRESSURE_MEASUREMENT)
    flags = buf[start]
    layout = _BP[flags]
    if length != layout.size:
        raise _mismatch(BLOOD_PRESSURE_MEASUREMENT, layout, flags, length)
    values = layout.unpack(buf, start + 1)
    special: dict[str, str] = {}
    raw_systolic, raw_diastolic, raw_map = values[0], values[1], values[2]
    systolic = _SF[raw_systolic]
    if systolic is None:
        special["systolic"] = _SFS[raw_systolic]
    diastolic = _SF[raw_diastolic]
    if diastolic is None:
        special["diastolic"] = _SFS[raw_diastolic]
    mean_arterial = _SF[raw_map]
    if mean_arterial is None:
        special["mean_arterial_pressure"] = _SFS[raw_map]
    index = 3
    timestamp = None
    if flags & 0x02:
        timestamp = _date_time(values, index, special, "timestamp")
        index += 6
    pulse_rate = None
    if flags & 0x04:
        raw = values[index]
        pulse_rate = _SF[raw]
        if pulse_rate is None:
            special["pulse_rate"] = _SFS[raw]
        index += 1
    user_id = None
    if flags & 0x08:
        user_id = values[index]
        index += 1
    status = values[index] if flags & 0x10 else None
    return _new_blood_pressure(
        flags,
        "kPa" if flags & 0x01 else "mmHg",
        systolic,
        diastolic,
        mean_arterial,
        timestamp,
        pulse_rate,
        user_id,
        status,
        special,
    )


def _parse_temperature(buf: Buffer, start: int, end: int) -> TemperatureMeasurement:
    length = end - start
    if length < 1:
        raise _empty(TEMPERATURE_MEASUREMENT)
    flags = buf[start]
    layout = _TEMP[flags]
    if length != layout.size:
        raise _mismatch(TEMPERATURE_MEASUREMENT, layout, flags, length)
    values = layout.unpack(buf, start + 1)
    special: dict[str, str] = {}
    raw = values[0]
    temperature = float_value(raw)
    if temperature is None:
        special["temperature"] = FLOAT_SPECIALS[raw]
    index = 1
    timestamp = None
    if flags & 0x02:
        timestamp = _date_time(values, 1, special, "timestamp")
        index = 7
    temperature_type = _TEMPERATURE_TYPES[values[index]] if flags & 0x04 else None
    return _new_temperature(
        flags, "F" if flags & 0x01 else "C", temperature, timestamp, temperature_type, special
    )


def _parse_spot_check(buf: Buffer, start: int, end: int) -> PlxSpotCheck:
    length = end - start
    if length < 1:
        raise _empty(PLX_SPOT_CHECK_MEASUREMENT)
    flags = buf[start]
    layout = _SPOT[flags]
    if length != layout.size:
        raise _mismatch(PLX_SPOT_CHECK_MEASUREMENT, layout, flags, length)
    values = layout.unpack(buf, start + 1)
    special: dict[str, str] = {}
    raw_spo2, raw_pr = values[0], values[1]
    spo2 = _SF[raw_spo2]
    if spo2 is None:
        special["spo2"] = _SFS[raw_spo2]
    pulse_rate = _SF[raw_pr]
    if pulse_rate is None:
        special["pulse_rate"] = _SFS[raw_pr]
    index = 2
    timestamp = None
    if flags & 0x01:
        timestamp = _date_time(values, 2, special, "timestamp")
        index = 8
    measurement_status = None
    if flags & 0x02:
        measurement_status = values[index]
        index += 1
    device_and_sensor_status = None
    if flags & 0x04:
        device_and_sensor_status = values[index] | (values[index + 1] << 16)
        index += 2
    pulse_amplitude_index = None
    if flags & 0x08:
        raw = values[index]
        pulse_amplitude_index = _SF[raw]
        if pulse_amplitude_index is None:
            special["pulse_amplitude_index"] = _SFS[raw]
    return _new_spot_check(
        flags,
        spo2,
        pulse_rate,
        timestamp,
        measurement_status,
        device_and_sensor_status,
        pulse_amplitude_index,
        bool(flags & 0x10),
        special,
    )


def _parse_continuous(buf: Buffer, start: int, end: int) -> PlxContinuous:
    length = end - start
    if length < 1:
        raise _empty(PLX_CONTINUOUS_MEASUREMENT)
    flags = buf[start]
    layout = _CONT[flags]
    if length != layout.size:
        raise _mismatch(PLX_CONTINUOUS_MEASUREMENT, layout, flags, length)
    values = layout.unpack(buf, start + 1)
    special: dict[str, str] = {}
    raw_spo2, raw_pr = values[0], values[1]
    spo2 = _SF[raw_spo2]
    if spo2 is None:
        special["spo2"] = _SFS[raw_spo2]
    pulse_rate = _SF[raw_pr]
    if pulse_rate is None:
        special["pulse_rate"] = _SFS[raw_pr]
    if flags & 0x1F == 0:
        return _new_continuous(flags, spo2, pulse_rate, None, None, None, None, None, None, None, special)
    index = 2
    spo2_fast = pulse_rate_fast = spo2_slow = pulse_rate_slow = None
    if flags & 0x01:
        raw_spo2, raw_pr = values[2], values[3]
        spo2_fast = _SF[raw_spo2]
        if spo2_fast is None:
            special["spo2_fast"] = _SFS[raw_spo2]
        pulse_rate_fast = _SF[raw_pr]
        if pulse_rate_fast is None:
            special["pulse_rate_fast"] = _SFS[raw_pr]
        index = 4
    if flags & 0x02:
        raw_spo2, raw_pr = values[index], values[index + 1]
        spo2_slow = _SF[raw_spo2]
        if spo2_slow is None:
            special["spo2_slow"] = _SFS[raw_spo2]
        pulse_rate_slow = _SF[raw_pr]
        if pulse_rate_slow is None:
            special["pulse_rate_slow"] = _SFS[raw_pr]
        index += 2
    measurement_status = None
    if flags & 0x04:
        measurement_status = values[index]
        index += 1
    device_and_sensor_status = None
    if flags & 0x08:
        device_and_sensor_status = values[index] | (values[index + 1] << 16)
        index += 2
    pulse_amplitude_index = None
    if flags & 0x10:
        raw = values[index]
        pulse_amplitude_index = _SF[raw]
        if pulse_amplitude_index is None:
            special["pulse_amplitude_index"] = _SFS[raw]
    return _new_continuous(
        flags,
        spo2,
        pulse_rate,
        spo2_fast,
        pulse_rate_fast,
        spo2_slow,
        pulse_rate_slow,
        measurement_status,
        device_and_sensor_status,
        pulse_amplitude_index,
        special,
    )


def _parse_glucose(buf: Buffer, start: int, end: int) -> GlucoseMeasurement:
    length = end - start
    if length < 1:
        raise _empty(GLUCOSE_MEASUREMENT)
    flags = buf[start]
    layout = _GLU[flags]
    if length != layout.size:
        raise _mismatch(GLUCOSE_MEASUREMENT, layout, flags, length)
    values = layout.unpack(buf, start + 1)
    special: dict[str, str] = {}
    year, month, day, hour, minute, second = values[1:7]
    # The usual well-formed Base Time without the helper's call; anything else goes through it.
    if (
        1582 <= year <= 9999
        and 0 < month <= 12
        and 0 < day <= 28
        and hour <= 23
        and minute <= 59
        and second <= 59
    ):
        base_time: datetime | None = datetime(year, month, day, hour, minute, second)
    else:
        base_time = _date_time(values, 1, special, "base_time")
    index = 7
    time_offset = None
    if flags & 0x01:
        time_offset = values[7]
        index = 8
    timestamp = None
    if base_time is not None:
        try:
            timestamp = base_time + _MINUTE * time_offset if time_offset else base_time
        except OverflowError:
            special["timestamp"] = f"invalid: {base_time} + {time_offset} min is past year 9999"
    elif "base_time" in special:
        special["timestamp"] = special["base_time"]
    concentration = None
    unit: Literal["kg/L", "mol/L"] | None = None
    sample_type = sample_location = None
    if flags & 0x02:
        raw = values[index]
        concentration = _SF[raw]
        if concentration is None:
            special["concentration"] = _SFS[raw]
        unit = "mol/L" if flags & 0x04 else "kg/L"
        type_and_location = values[index + 1]
        sample_type = _GLUCOSE_TYPES[type_and_location & 0x0F]
        sample_location = _SAMPLE_LOCATIONS[type_and_location >> 4]
        index += 2
    sensor_status = values[index] if flags & 0x08 else None
    return _new_glucose(
        flags,
        values[0],
        base_time,
        time_offset,
        timestamp,
        concentration,
        unit,
        sample_type,
        sample_location,
        sensor_status,
        bool(flags & 0x10),
        special,
    )


Parser = Callable[[Buffer, int, int], Measurement]
"""Parses ``buf[start:end]`` in place."""

PARSERS: Final[dict[int, Parser]] = {
    HEART_RATE_MEASUREMENT: _parse_heart_rate,
    BLOOD_PRESSURE_MEASUREMENT: _parse_blood_pressure,
    TEMPERATURE_MEASUREMENT: _parse_temperature,
    PLX_SPOT_CHECK_MEASUREMENT: _parse_spot_check,
    PLX_CONTINUOUS_MEASUREMENT: _parse_continuous,
    GLUCOSE_MEASUREMENT: _parse_glucose,
}


def _parser(uuid: int) -> Parser:
    parser = PARSERS.get(uuid)
    if parser is None:
        known = ", ".join(f"0x{key:04X} {name}" for key, name in CHARACTERISTIC_NAMES.items())
        raise ParseError(
            f"no parser for characteristic {uuid!r}: use one of {known}",
            uuid=uuid if isinstance(uuid, int) else -1,
            offset=None,
        )
    return parser


def _as_bytes(payload: Buffer) -> Buffer:
    """``payload`` as a buffer of bytes: a memoryview of another item format is cast, not copied."""
    if type(payload) is memoryview and (payload.format != "B" or payload.ndim != 1):
        return payload.cast("B")
    return payload


# --- public API ------------------------------------------------------------------------------


def parse(uuid: int, payload: Buffer) -> Measurement:
    """Parse one notification of characteristic ``uuid`` (``0x2A37`` ...) into its record.

    ``payload`` is read in place (``bytes``, ``bytearray`` or ``memoryview``). Raises
    :class:`ParseError` for an unknown characteristic or a malformed payload.
    """
    parser = _parser(uuid)
    payload = _as_bytes(payload)
    return parser(payload, 0, len(payload))


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """A payload of a batch that did not parse: its position, the error, and its bytes (for the log)."""

    index: int
    error: ParseError
    payload: bytes

    @property
    def message(self) -> str:
        """The error message, with the payload's hex for the log."""
        return f"payload {self.index} ({self.payload.hex(' ')}): {self.error}"


def parse_many(uuid: int, payloads: Iterable[Buffer]) -> list[Measurement | ParseFailure]:
    """Parse a batch of notifications of one characteristic; one bad payload does not stop the batch.

    Returns one entry per payload, in order: the record, or a :class:`ParseFailure` naming the
    payload's index and error. An unknown ``uuid`` fails the whole call with :class:`ParseError`
    (nothing in the batch can be parsed). Memory is proportional to the batch: the caller bounds
    the batch size.
    """
    parser = _parser(uuid)
    results: list[Measurement | ParseFailure] = []
    append = results.append
    for index, payload in enumerate(payloads):
        if type(payload) is memoryview:
            payload = _as_bytes(payload)
        try:
            append(parser(payload, 0, len(payload)))
        except ParseError as error:
            append(ParseFailure(index, error, bytes(payload)))
    return results


def parse_packed(uuid: int, buffer: Buffer, lengths: Sequence[int]) -> list[Measurement | ParseFailure]:
    """Parse a batch sent as one buffer: the payloads back to back, ``lengths[i]`` bytes each.

    This is the shape a worker receives from the page (one transferred ArrayBuffer plus a length
    array): nothing is sliced or copied per notification. Same results as :func:`parse_many`.
    Raises :class:`ParseError` when the lengths do not add up to the buffer's size.
    """
    parser = _parser(uuid)
    buffer = _as_bytes(buffer)
    total = len(buffer)
    results: list[Measurement | ParseFailure] = []
    append = results.append
    start = 0
    for index, length in enumerate(lengths):
        end = start + length
        if length < 0 or end > total:
            raise ParseError(
                f"{_label(uuid)}: batch lengths overrun the {total}-byte buffer at payload {index}",
                uuid=uuid,
                offset=start,
            )
        try:
            append(parser(buffer, start, end))
        except ParseError as error:
            append(ParseFailure(index, error, bytes(buffer[start:end])))
        start = end
    if start != total:
        raise ParseError(
            f"{_label(uuid)}: batch lengths cover {start} of the buffer's {total} bytes",
            uuid=uuid,
            offset=start,
        )
    return results
