"""One frozen record per GATT health characteristic, and the code tables their fields use.

Field names follow the Bluetooth SIG specifications in snake_case. Every record keeps the raw
``flags`` octet as sent (reserved bits included) and a ``special`` dict naming each field that
holds ``None`` because the device sent an IEEE-11073 special value (``"NaN"``, ``"NRes"``,
``"+INFINITY"``, ``"-INFINITY"``, ``"reserved"``) or a date-time it marked unknown or that is no
calendar moment. Status fields are the raw bit fields; wrap them in the matching ``IntFlag``
(``BloodPressureStatus(m.status)``) to read them.

Device time stamps (the GATT Date Time) carry no time zone, so they are naive ``datetime``
objects: the device's wall clock as it sent it. Attaching UTC would invent a fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, IntFlag
from types import MappingProxyType
from typing import ClassVar, Final, Literal

HEART_RATE_MEASUREMENT: Final = 0x2A37
PLX_SPOT_CHECK_MEASUREMENT: Final = 0x2A5E
PLX_CONTINUOUS_MEASUREMENT: Final = 0x2A5F
BLOOD_PRESSURE_MEASUREMENT: Final = 0x2A35
TEMPERATURE_MEASUREMENT: Final = 0x2A1C
GLUCOSE_MEASUREMENT: Final = 0x2A18

UNKNOWN_USER: Final = 0xFF
"""Blood Pressure ``user_id`` 255: "unknown user"."""


class TemperatureType(IntEnum):
    """Health Thermometer Temperature Type (where on the body it was measured)."""

    ARMPIT = 1
    BODY = 2
    EAR = 3
    FINGER = 4
    GASTROINTESTINAL_TRACT = 5
    MOUTH = 6
    RECTUM = 7
    TOE = 8
    TYMPANUM = 9


class GlucoseType(IntEnum):
    """Glucose sample type (low nibble of the Type-Sample Location octet)."""

    CAPILLARY_WHOLE_BLOOD = 1
    CAPILLARY_PLASMA = 2
    VENOUS_WHOLE_BLOOD = 3
    VENOUS_PLASMA = 4
    ARTERIAL_WHOLE_BLOOD = 5
    ARTERIAL_PLASMA = 6
    UNDETERMINED_WHOLE_BLOOD = 7
    UNDETERMINED_PLASMA = 8
    INTERSTITIAL_FLUID = 9
    CONTROL_SOLUTION = 10


class SampleLocation(IntEnum):
    """Glucose sample location (high nibble of the Type-Sample Location octet)."""

    FINGER = 1
    ALTERNATE_SITE_TEST = 2
    EARLOBE = 3
    CONTROL_SOLUTION = 4
    NOT_AVAILABLE = 15


class BloodPressureStatus(IntFlag):
    """Blood Pressure Measurement Status bits (bits 3–4 together: 0b11 is reserved)."""

    BODY_MOVEMENT = 1 << 0
    CUFF_TOO_LOOSE = 1 << 1
    IRREGULAR_PULSE = 1 << 2
    PULSE_RATE_ABOVE_UPPER_LIMIT = 1 << 3
    PULSE_RATE_BELOW_LOWER_LIMIT = 1 << 4
    IMPROPER_POSITION = 1 << 5


class PlxMeasurementStatus(IntFlag):
    """PLX Measurement Status bits (bits 0–4 reserved)."""

    MEASUREMENT_ONGOING = 1 << 5
    EARLY_ESTIMATED_DATA = 1 << 6
    VALIDATED_DATA = 1 << 7
    FULLY_QUALIFIED_DATA = 1 << 8
    DATA_FROM_MEASUREMENT_STORAGE = 1 << 9
    DATA_FOR_DEMONSTRATION = 1 << 10
    DATA_FOR_TESTING = 1 << 11
    CALIBRATION_ONGOING = 1 << 12
    MEASUREMENT_UNAVAILABLE = 1 << 13
    QUESTIONABLE_MEASUREMENT = 1 << 14
    INVALID_MEASUREMENT = 1 << 15


class PlxDeviceAndSensorStatus(IntFlag):
    """PLX Device and Sensor Status bits (24-bit field; bits 16–23 reserved)."""

    EXTENDED_DISPLAY_UPDATE_ONGOING = 1 << 0
    EQUIPMENT_MALFUNCTION = 1 << 1
    SIGNAL_PROCESSING_IRREGULARITY = 1 << 2
    INADEQUATE_SIGNAL = 1 << 3
    POOR_SIGNAL = 1 << 4
    LOW_PERFUSION = 1 << 5
    ERRATIC_SIGNAL = 1 << 6
    NONPULSATILE_SIGNAL = 1 << 7
    QUESTIONABLE_PULSE = 1 << 8
    SIGNAL_ANALYSIS_ONGOING = 1 << 9
    SENSOR_INTERFERENCE = 1 << 10
    SENSOR_UNCONNECTED_TO_USER = 1 << 11
    UNKNOWN_SENSOR_CONNECTED = 1 << 12
    SENSOR_DISPLACED = 1 << 13
    SENSOR_MALFUNCTIONING = 1 << 14
    SENSOR_DISCONNECTED = 1 << 15


class GlucoseSensorStatus(IntFlag):
    """Glucose Sensor Status Annunciation bits (bits 12–15 reserved)."""

    DEVICE_BATTERY_LOW = 1 << 0
    SENSOR_MALFUNCTION = 1 << 1
    SAMPLE_SIZE_INSUFFICIENT = 1 << 2
    STRIP_INSERTION_ERROR = 1 << 3
    STRIP_TYPE_INCORRECT = 1 << 4
    RESULT_HIGHER_THAN_DEVICE_CAN_PROCESS = 1 << 5
    RESULT_LOWER_THAN_DEVICE_CAN_PROCESS = 1 << 6
    SENSOR_TEMPERATURE_TOO_HIGH = 1 << 7
    SENSOR_TEMPERATURE_TOO_LOW = 1 << 8
    SENSOR_READ_INTERRUPTED = 1 << 9
    GENERAL_DEVICE_FAULT = 1 << 10
    TIME_FAULT = 1 << 11


@dataclass(frozen=True, slots=True)
class HeartRateMeasurement:
    """Heart Rate Measurement (0x2A37).

    ``heart_rate`` in beats per minute; ``sensor_contact`` ``True``/``False`` when the strap
    reports contact, ``None`` when it does not support contact detection; ``energy_expended`` in
    kilojoules since the last reset (``None`` when not sent); ``rr_intervals`` in seconds
    (resolution 1/1024 s, oldest first, empty when not sent).
    """

    uuid: ClassVar[int] = HEART_RATE_MEASUREMENT
    flags: int
    heart_rate: int
    sensor_contact: bool | None
    energy_expended: int | None
    rr_intervals: tuple[float, ...]
    special: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class BloodPressureMeasurement:
    """Blood Pressure Measurement (0x2A35).

    ``systolic``, ``diastolic``, ``mean_arterial_pressure`` in ``unit`` (``"mmHg"`` or ``"kPa"``);
    ``pulse_rate`` in beats per minute; ``timestamp`` the cuff's wall clock (naive); ``user_id``
    as sent (255 = unknown user); ``status`` the raw Measurement Status bits
    (:class:`BloodPressureStatus`). Optional fields the cuff did not send are ``None``.
    """

    uuid: ClassVar[int] = BLOOD_PRESSURE_MEASUREMENT
    flags: int
    unit: Literal["mmHg", "kPa"]
    systolic: float | None
    diastolic: float | None
    mean_arterial_pressure: float | None
    timestamp: datetime | None
    pulse_rate: float | None
    user_id: int | None
    status: int | None
    special: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class TemperatureMeasurement:
    """Temperature Measurement (0x2A1C).

    ``temperature`` in ``unit`` (``"C"`` Celsius or ``"F"`` Fahrenheit); ``timestamp`` the
    thermometer's wall clock (naive); ``temperature_type`` a :class:`TemperatureType`, or the
    plain int when the code is reserved, or ``None`` when not sent.
    """

    uuid: ClassVar[int] = TEMPERATURE_MEASUREMENT
    flags: int
    unit: Literal["C", "F"]
    temperature: float | None
    timestamp: datetime | None
    temperature_type: int | None
    special: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class PlxSpotCheck:
    """PLX Spot-check Measurement (0x2A5E).

    ``spo2`` and ``pulse_amplitude_index`` in percent, ``pulse_rate`` in beats per minute;
    ``timestamp`` the oximeter's wall clock (naive; meaningless when ``device_clock_not_set``);
    ``measurement_status`` (:class:`PlxMeasurementStatus`) and ``device_and_sensor_status``
    (:class:`PlxDeviceAndSensorStatus`) raw bits or ``None`` when not sent.
    """

    uuid: ClassVar[int] = PLX_SPOT_CHECK_MEASUREMENT
    flags: int
    spo2: float | None
    pulse_rate: float | None
    timestamp: datetime | None
    measurement_status: int | None
    device_and_sensor_status: int | None
    pulse_amplitude_index: float | None
    device_clock_not_set: bool
    special: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class PlxContinuous:
    """PLX Continuous Measurement (0x2A5F).

    SpO2 values in percent, pulse rates in beats per minute: the normal pair and the optional
    fast- and slow-responding pairs; ``pulse_amplitude_index`` in percent; status bit fields as in
    :class:`PlxSpotCheck`. Fields not sent are ``None``.
    """

    uuid: ClassVar[int] = PLX_CONTINUOUS_MEASUREMENT
    flags: int
    spo2: float | None
    pulse_rate: float | None
    spo2_fast: float | None
    pulse_rate_fast: float | None
    spo2_slow: float | None
    pulse_rate_slow: float | None
    measurement_status: int | None
    device_and_sensor_status: int | None
    pulse_amplitude_index: float | None
    special: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class GlucoseMeasurement:
    """Glucose Measurement (0x2A18).

    ``concentration`` in ``unit`` (``"kg/L"`` or ``"mol/L"``; both ``None`` when the meter sent no
    concentration); ``sequence_number`` the meter's record number; ``base_time`` its wall clock
    (naive), ``time_offset`` in minutes (``None`` when not sent) and ``timestamp`` their sum;
    ``sample_type`` a :class:`GlucoseType` and ``sample_location`` a :class:`SampleLocation` (plain
    ints for reserved codes); ``sensor_status_annunciation`` raw bits
    (:class:`GlucoseSensorStatus`); ``context_information_follows`` says a Glucose Measurement
    Context notification with the same sequence number comes next.
    """

    uuid: ClassVar[int] = GLUCOSE_MEASUREMENT
    flags: int
    sequence_number: int
    base_time: datetime | None
    time_offset: int | None
    timestamp: datetime | None
    concentration: float | None
    unit: Literal["kg/L", "mol/L"] | None
    sample_type: int | None
    sample_location: int | None
    sensor_status_annunciation: int | None
    context_information_follows: bool
    special: dict[str, str] = field(default_factory=dict, hash=False)


Measurement = (
    HeartRateMeasurement
    | BloodPressureMeasurement
    | TemperatureMeasurement
    | PlxSpotCheck
    | PlxContinuous
    | GlucoseMeasurement
)
"""Any parsed health measurement."""

CHARACTERISTIC_NAMES: Final = MappingProxyType(
    {
        HEART_RATE_MEASUREMENT: "Heart Rate Measurement",
        PLX_SPOT_CHECK_MEASUREMENT: "PLX Spot-check Measurement",
        PLX_CONTINUOUS_MEASUREMENT: "PLX Continuous Measurement",
        BLOOD_PRESSURE_MEASUREMENT: "Blood Pressure Measurement",
        TEMPERATURE_MEASUREMENT: "Temperature Measurement",
        GLUCOSE_MEASUREMENT: "Glucose Measurement",
    }
)
"""The characteristics this package parses, by 16-bit UUID."""
