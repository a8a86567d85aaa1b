"""Vital-sign readings: the parameters, their units, and whether a value is physiologically possible.

Sensors and manual entry both produce :class:`Reading` records; :func:`check_plausibility` flags a
value no body can show (with the likely reason: a loose sensor, °F typed as °C ...) so the risk
scores never score it silently.
"""

from ._errors import UnitError, VitalsError
from ._parameter import ACVPU, CANONICAL_UNIT, Parameter
from ._plausibility import VALID_RANGE, Plausibility, check_plausibility
from ._reading import Reading, Value, format_time, parse_parameter, parse_time
from ._units import GLUCOSE_MG_DL_PER_MMOL_L, accepted_units, convert, normalise_unit

__all__ = [
    "ACVPU",
    "CANONICAL_UNIT",
    "GLUCOSE_MG_DL_PER_MMOL_L",
    "VALID_RANGE",
    "Parameter",
    "Plausibility",
    "Reading",
    "UnitError",
    "Value",
    "VitalsError",
    "accepted_units",
    "check_plausibility",
    "convert",
    "format_time",
    "normalise_unit",
    "parse_parameter",
    "parse_time",
]
