"""Explicit unit conversion between the units readings arrive in.

Unit codes follow UCUM (``Cel``, ``[degF]``, ``mm[Hg]`` written ``mmHg``, ``mmol/L``, ``/min``);
a few everyday spellings ("bpm", "°C") are accepted and normalised to the UCUM code, which changes
the spelling only, never the value.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Final

from ._errors import UnitError
from ._parameter import CANONICAL_UNIT, Parameter

_MMHG_PER_KPA: Final = 760.0 / 101.325
"""1 standard atmosphere = 101.325 kPa = 760 mmHg."""

GLUCOSE_MG_DL_PER_MMOL_L: Final = 18.0156
"""Glucose C6H12O6 molar mass 180.156 g/mol: 1 mmol/L = 180.156 mg/L = 18.0156 mg/dL."""

ALIASES: Final = MappingProxyType(
    {
        "/min": "/min",
        "1/min": "/min",
        "bpm": "/min",
        "beats/min": "/min",
        "{beats}/min": "/min",
        "breaths/min": "/min",
        "{breaths}/min": "/min",
        "ms": "ms",
        "s": "s",
        "%": "%",
        "1": "1",
        "mmHg": "mmHg",
        "mm[Hg]": "mmHg",
        "kPa": "kPa",
        "Cel": "Cel",
        "°C": "Cel",
        "degC": "Cel",
        "[degF]": "[degF]",
        "°F": "[degF]",
        "degF": "[degF]",
        "K": "K",
        "mmol/L": "mmol/L",
        "mg/dL": "mg/dL",
        "{ACVPU}": "{ACVPU}",
        "{bool}": "{bool}",
    }
)

"""Every unit spelling accepted → its UCUM code."""

_CONVERSIONS: Final[dict[tuple[str, str], Callable[[float], float]]] = {
    ("s", "ms"): lambda v: v * 1000.0,
    ("ms", "s"): lambda v: v / 1000.0,
    ("1", "%"): lambda v: v * 100.0,
    ("%", "1"): lambda v: v / 100.0,
    ("kPa", "mmHg"): lambda v: v * _MMHG_PER_KPA,
    ("mmHg", "kPa"): lambda v: v / _MMHG_PER_KPA,
    ("[degF]", "Cel"): lambda v: (v - 32.0) * 5.0 / 9.0,
    ("Cel", "[degF]"): lambda v: v * 9.0 / 5.0 + 32.0,
    ("K", "Cel"): lambda v: v - 273.15,
    ("Cel", "K"): lambda v: v + 273.15,
    ("[degF]", "K"): lambda v: (v - 32.0) * 5.0 / 9.0 + 273.15,
    ("K", "[degF]"): lambda v: (v - 273.15) * 9.0 / 5.0 + 32.0,
    ("mg/dL", "mmol/L"): lambda v: v / GLUCOSE_MG_DL_PER_MMOL_L,
    ("mmol/L", "mg/dL"): lambda v: v * GLUCOSE_MG_DL_PER_MMOL_L,
}

_ACCEPTED: Final[dict[Parameter, frozenset[str]]] = {
    parameter: frozenset({canonical} | {source for (source, target) in _CONVERSIONS if target == canonical})
    for parameter, canonical in CANONICAL_UNIT.items()
}


def normalise_unit(unit: str) -> str:
    """The UCUM code for ``unit`` (``"bpm"`` → ``"/min"``); raises :class:`UnitError` if unknown."""
    try:
        return ALIASES[unit.strip()]
    except KeyError:
        known = ", ".join(sorted(set(ALIASES.values())))
        raise UnitError(f"unknown unit {unit!r}; use one of: {known}") from None


def accepted_units(parameter: Parameter) -> frozenset[str]:
    """The UCUM codes a reading of ``parameter`` may carry (its canonical unit and convertible ones)."""
    return _ACCEPTED[parameter]


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert ``value`` from ``from_unit`` to ``to_unit``, exactly, without rounding.

    ``"mg/dL"`` ↔ ``"mmol/L"`` uses glucose's molar mass, so it is only right for blood glucose.
    Raises :class:`UnitError` when either unit is unknown or no conversion exists between them.
    """
    source = normalise_unit(from_unit)
    target = normalise_unit(to_unit)
    if source == target:
        return float(value)
    try:
        conversion = _CONVERSIONS[(source, target)]
    except KeyError:
        raise UnitError(
            f"cannot convert {from_unit!r} to {to_unit!r}: they measure different things"
        ) from None
    return conversion(float(value))
