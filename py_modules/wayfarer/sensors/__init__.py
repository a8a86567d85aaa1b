"""Bluetooth health sensors: byte-exact GATT parsers, conversion to vitals readings, replay.

``parse(uuid, payload)`` turns one notification of a standard health characteristic into a frozen
record; ``parse_many`` / ``parse_packed`` do a batch without letting one bad payload stop it.
``to_readings`` turns a record into :class:`wayfarer.vitals.Reading` objects; ``replay`` feeds
recorded notifications through the same path as a real device.
"""

from . import replay
from ._batch import CheckedBatch, check_packed
from ._encode import encode
from ._errors import ConversionError, ParseError, RecordingError, SensorError
from ._ieee11073 import (
    FLOAT_SPECIALS,
    SFLOAT_SPECIALS,
    encode_float,
    encode_sfloat,
    float_from_value,
    float_special,
    float_value,
    sfloat_from_value,
    sfloat_special,
    sfloat_value,
)
from ._parse import Buffer, ParseFailure, parse, parse_many, parse_packed
from ._readings import (
    MIN_RR_INTERVALS_FOR_RMSSD,
    CheckedReading,
    RRWindow,
    check_readings,
    device_notes,
    rmssd_ms,
    to_readings,
)
from ._records import (
    BLOOD_PRESSURE_MEASUREMENT,
    CHARACTERISTIC_NAMES,
    GLUCOSE_MEASUREMENT,
    HEART_RATE_MEASUREMENT,
    PLX_CONTINUOUS_MEASUREMENT,
    PLX_SPOT_CHECK_MEASUREMENT,
    TEMPERATURE_MEASUREMENT,
    UNKNOWN_USER,
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
    TemperatureType,
)
from .replay import ConnectionEvent, Notification, Recording, load_recording, parse_recording

__all__ = [
    "BLOOD_PRESSURE_MEASUREMENT",
    "CHARACTERISTIC_NAMES",
    "FLOAT_SPECIALS",
    "GLUCOSE_MEASUREMENT",
    "HEART_RATE_MEASUREMENT",
    "MIN_RR_INTERVALS_FOR_RMSSD",
    "PLX_CONTINUOUS_MEASUREMENT",
    "PLX_SPOT_CHECK_MEASUREMENT",
    "SFLOAT_SPECIALS",
    "TEMPERATURE_MEASUREMENT",
    "UNKNOWN_USER",
    "BloodPressureMeasurement",
    "BloodPressureStatus",
    "Buffer",
    "CheckedBatch",
    "CheckedReading",
    "ConnectionEvent",
    "ConversionError",
    "GlucoseMeasurement",
    "GlucoseSensorStatus",
    "GlucoseType",
    "HeartRateMeasurement",
    "Measurement",
    "Notification",
    "ParseError",
    "ParseFailure",
    "PlxContinuous",
    "PlxDeviceAndSensorStatus",
    "PlxMeasurementStatus",
    "PlxSpotCheck",
    "RRWindow",
    "Recording",
    "RecordingError",
    "SampleLocation",
    "SensorError",
    "TemperatureMeasurement",
    "TemperatureType",
    "check_packed",
    "check_readings",
    "device_notes",
    "encode",
    "encode_float",
    "encode_sfloat",
    "float_from_value",
    "float_special",
    "float_value",
    "load_recording",
    "parse",
    "parse_many",
    "parse_packed",
    "parse_recording",
    "replay",
    "rmssd_ms",
    "sfloat_from_value",
    "sfloat_special",
    "sfloat_value",
    "to_readings",
]
