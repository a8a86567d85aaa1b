"""Is a reading physiologically possible, and if not, what probably went wrong?

The valid ranges are the limits of what a living adult's measurement can show, wide on purpose:
they catch typing, unit and sensor errors, not illness (that is the risk scores' job). Sources:
pulse oximeters are validated for SpO2 70–100 % (ISO 80601-2-61) and unreliable below ~50 %;
survived core temperatures span roughly 13.7–46.5 °C, home thermometers read ~25–45 °C; glucose
meters read ~0.6–33.3 mmol/L ("LO"/"HI" outside).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from ._parameter import CANONICAL_UNIT, Parameter
from ._reading import Reading
from ._units import GLUCOSE_MG_DL_PER_MMOL_L, convert

VALID_RANGE: Final = MappingProxyType(
    {
        Parameter.HEART_RATE: (20.0, 300.0),
        Parameter.PULSE_RATE: (20.0, 300.0),
        Parameter.HRV_RMSSD: (1.0, 500.0),
        Parameter.SPO2: (50.0, 100.0),
        Parameter.PERFUSION_INDEX: (0.02, 20.0),
        Parameter.SYSTOLIC_BP: (50.0, 300.0),
        Parameter.DIASTOLIC_BP: (20.0, 200.0),
        Parameter.MEAN_ARTERIAL_PRESSURE: (30.0, 250.0),
        Parameter.TEMPERATURE: (25.0, 45.0),
        Parameter.BLOOD_GLUCOSE: (0.5, 60.0),
        Parameter.RESP_RATE: (3.0, 70.0),
    }
)
"""Inclusive (low, high) of a plausible value per numeric parameter, in its canonical unit."""

_NAMES: Final = MappingProxyType(
    {
        Parameter.HEART_RATE: "heart rate",
        Parameter.PULSE_RATE: "pulse",
        Parameter.HRV_RMSSD: "heart-rate variability",
        Parameter.SPO2: "oxygen level",
        Parameter.PERFUSION_INDEX: "perfusion index",
        Parameter.SYSTOLIC_BP: "upper blood pressure",
        Parameter.DIASTOLIC_BP: "lower blood pressure",
        Parameter.MEAN_ARTERIAL_PRESSURE: "mean blood pressure",
        Parameter.TEMPERATURE: "temperature",
        Parameter.BLOOD_GLUCOSE: "blood sugar",
        Parameter.RESP_RATE: "breathing rate",
        Parameter.CONSCIOUSNESS: "alertness",
        Parameter.ON_OXYGEN: "oxygen supply",
    }
)

_TEMPLATES: Final = MappingProxyType(
    {
        "ok": "{name} {value} {unit}: plausible",
        "no_signal": "{name} reads 0: the sensor may be loose or the measurement failed; measure again",
        "looks_like_fahrenheit": (
            "temperature {value} given in °C looks like °F ({celsius} °C); re-enter it with the unit °F"
        ),
        "looks_like_celsius": "temperature {value} given in °F looks like °C; re-enter it with the unit °C",
        "looks_like_kelvin": "temperature {value} given in °C looks like kelvin; re-enter it with the unit K",
        "looks_like_fraction": "oxygen level {value} % looks like a fraction; enter it as a percentage",
        "looks_like_seconds": "heart-rate variability {value} ms looks like seconds; use the unit s",
        "looks_like_kpa": "{name} {value} mmHg looks like kPa; re-enter it with the unit kPa",
        "looks_like_mg_dl": "blood sugar {value} mmol/L looks like mg/dL; re-enter it with the unit mg/dL",
        "looks_like_mmol_l": "blood sugar {value} mg/dL looks like mmol/L; re-enter it with the unit mmol/L",
        "too_low": "{name} {value} {unit} is below what a body or sensor can show ({low}); measure again",
        "too_high": "{name} {value} {unit} is above what a body or sensor can show ({high}); measure again",
    }
)


@dataclass(frozen=True, slots=True)
class Plausibility:
    """The verdict on one reading.

    ``code`` is a stable message key (``"ok"``, ``"no_signal"``, ``"looks_like_fahrenheit"``,
    ``"too_high"`` ...) and ``params`` its values, so a UI can translate; ``message`` is the English.
    """

    plausible: bool
    code: str
    message: str
    params: dict[str, str | float] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, object]:
        """``{"plausible", "code", "message", "params"}``."""
        return {
            "plausible": self.plausible,
            "code": self.code,
            "message": self.message,
            "params": self.params,
        }


_OK: Final = Plausibility(True, "ok", "plausible")


def _number(value: float) -> str:
    return f"{value:g}"


def _verdict(code: str, reading: Reading, **extra: str | float) -> Plausibility:
    params: dict[str, str | float] = {
        "parameter": reading.parameter.value,
        "name": _NAMES[reading.parameter],
        "value": _number(float(reading.value)),
        "unit": reading.unit,
        **extra,
    }
    return Plausibility(False, code, _TEMPLATES[code].format(**params), params)


def _unit_confusion(reading: Reading, raw: float, canonical: float) -> str | None:
    """The code of a probable unit mix-up, judged from the value as given."""
    parameter, unit = reading.parameter, reading.unit
    if parameter is Parameter.TEMPERATURE:
        if unit == "Cel" and 77.0 <= raw <= 113.0:
            return "looks_like_fahrenheit"
        if unit == "Cel" and 290.0 <= raw <= 320.0:
            return "looks_like_kelvin"
        if unit == "[degF]" and 25.0 <= raw <= 45.0:
            return "looks_like_celsius"
    elif parameter is Parameter.SPO2:
        if unit == "%" and 0.0 < raw <= 1.0:
            return "looks_like_fraction"
    elif parameter is Parameter.HRV_RMSSD:
        if unit == "ms" and 0.0 < raw < 1.0:
            return "looks_like_seconds"
    elif parameter in (Parameter.SYSTOLIC_BP, Parameter.DIASTOLIC_BP, Parameter.MEAN_ARTERIAL_PRESSURE):
        if unit == "mmHg" and 2.5 <= raw < VALID_RANGE[parameter][0] and canonical > 0:
            return "looks_like_kpa"
    elif parameter is Parameter.BLOOD_GLUCOSE:
        if unit == "mmol/L" and 60.0 < raw <= 60.0 * GLUCOSE_MG_DL_PER_MMOL_L:
            return "looks_like_mg_dl"
        if unit == "mg/dL" and 0.5 <= raw <= 60.0 and canonical < 0.5:
            return "looks_like_mmol_l"
    return None


def check_plausibility(reading: Reading) -> Plausibility:
    """Flag a reading outside physiology, with the likely reason; never converts or corrects it.

    98.6 given as °C is flagged ``looks_like_fahrenheit``; SpO2 150 % ``too_high``; a pulse of 0
    ``no_signal`` (a loose sensor). Consciousness and on_oxygen are always plausible (their
    values are checked when the reading is built).
    """
    limits = VALID_RANGE.get(reading.parameter)
    if limits is None:
        return _OK
    raw = float(reading.value)
    canonical_unit = CANONICAL_UNIT[reading.parameter]
    canonical = raw if reading.unit == canonical_unit else convert(raw, reading.unit, canonical_unit)
    low, high = limits
    if low <= canonical <= high:
        return _OK
    if raw == 0.0:
        return _verdict("no_signal", reading)
    confusion = _unit_confusion(reading, raw, canonical)
    if confusion == "looks_like_fahrenheit":
        return _verdict(confusion, reading, celsius=_number(round(convert(raw, "[degF]", "Cel"), 1)))
    if confusion is not None:
        return _verdict(confusion, reading)
    if canonical < low:
        return _verdict("too_low", reading, low=_number(low))
    return _verdict("too_high", reading, high=_number(high))
