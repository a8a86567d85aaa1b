"""The physiological parameters and their canonical (UCUM-style) units."""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType
from typing import Final


class Parameter(StrEnum):
    """One measurable thing about the body, plus "on supplemental oxygen"."""

    HEART_RATE = "heart_rate"
    HRV_RMSSD = "hrv_rmssd"
    SPO2 = "spo2"
    PULSE_RATE = "pulse_rate"
    PERFUSION_INDEX = "perfusion_index"
    SYSTOLIC_BP = "systolic_bp"
    DIASTOLIC_BP = "diastolic_bp"
    MEAN_ARTERIAL_PRESSURE = "mean_arterial_pressure"
    TEMPERATURE = "temperature"
    BLOOD_GLUCOSE = "blood_glucose"
    RESP_RATE = "resp_rate"
    CONSCIOUSNESS = "consciousness"
    ON_OXYGEN = "on_oxygen"


CANONICAL_UNIT: Final = MappingProxyType(
    {
        Parameter.HEART_RATE: "/min",
        Parameter.HRV_RMSSD: "ms",
        Parameter.SPO2: "%",
        Parameter.PULSE_RATE: "/min",
        Parameter.PERFUSION_INDEX: "%",
        Parameter.SYSTOLIC_BP: "mmHg",
        Parameter.DIASTOLIC_BP: "mmHg",
        Parameter.MEAN_ARTERIAL_PRESSURE: "mmHg",
        Parameter.TEMPERATURE: "Cel",
        Parameter.BLOOD_GLUCOSE: "mmol/L",
        Parameter.RESP_RATE: "/min",
        Parameter.CONSCIOUSNESS: "{ACVPU}",
        Parameter.ON_OXYGEN: "{bool}",
    }
)
"""The unit every reading of a parameter is scored in."""

ACVPU: Final = ("A", "C", "V", "P", "U")
"""Alert, new Confusion, responds to Voice, responds to Pain, Unresponsive (RCP NEWS2 2017)."""

CATEGORICAL: Final = frozenset({Parameter.CONSCIOUSNESS, Parameter.ON_OXYGEN})
