"""The :class:`Reading` record and its JSON form."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from wayfarer._records import fast_constructor

from ._errors import UnitError, VitalsError
from ._parameter import ACVPU, CANONICAL_UNIT, CATEGORICAL, Parameter
from ._units import ALIASES, accepted_units, convert, normalise_unit

Value = float | str | bool
"""A reading's value: a number, an ACVPU letter (consciousness) or a bool (on_oxygen)."""


_BY_NAME: Final[dict[str, Parameter]] = {parameter.value: parameter for parameter in Parameter}

_CACHE_LIMIT: Final = 4096
"""Entries kept by the parse/format caches below before they start afresh (bounded memory)."""
_PARSED_TIMES: dict[str, datetime] = {}
_FORMATTED_TIMES: dict[datetime, str] = {}


def parse_parameter(name: object) -> Parameter:
    """The :class:`Parameter` called ``name``; raises :class:`VitalsError` listing the known names."""
    if type(name) is str:
        found = _BY_NAME.get(name)
        if found is not None:
            return found
    if isinstance(name, Parameter):
        return name
    try:
        return Parameter(str(name))
    except ValueError:
        known = ", ".join(p.value for p in Parameter)
        raise VitalsError(f"unknown parameter {name!r}; use one of: {known}") from None


def parse_time(text: object) -> datetime:
    """An aware UTC datetime from ISO 8601 text such as ``"2026-11-23T08:00:00Z"``.

    Text without a UTC offset is refused: a reading whose moment is ambiguous cannot be aged.
    Parsed texts are remembered (datetimes are immutable), so a repeated time costs a lookup.
    """
    if type(text) is str:
        cached = _PARSED_TIMES.get(text)
        if cached is not None:
            return cached
    if not isinstance(text, str):
        raise VitalsError(f"time must be ISO 8601 text like '2026-11-23T08:00:00Z', not {text!r}")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise VitalsError(f"time {text!r} is not ISO 8601; write it like '2026-11-23T08:00:00Z'") from None
    if moment.tzinfo is None:
        raise VitalsError(f"time {text!r} has no UTC offset; add 'Z' for UTC")
    moment = moment.astimezone(UTC)
    if type(text) is str:
        if len(_PARSED_TIMES) >= _CACHE_LIMIT:
            _PARSED_TIMES.clear()
        _PARSED_TIMES[text] = moment
    return moment


def format_time(moment: datetime) -> str:
    """ISO 8601 UTC with a ``Z`` suffix; fractions of a second only when present."""
    cacheable = type(moment) is datetime and moment.tzinfo is UTC
    if cacheable:
        cached = _FORMATTED_TIMES.get(moment)
        if cached is not None:
            return cached
    utc = moment.astimezone(UTC)
    spec = "microseconds" if utc.microsecond else "seconds"
    text = utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"
    if cacheable:
        if len(_FORMATTED_TIMES) >= _CACHE_LIMIT:
            _FORMATTED_TIMES.clear()
        _FORMATTED_TIMES[moment] = text
    return text


def _check_value(parameter: Parameter, value: object) -> Value:
    if parameter is Parameter.CONSCIOUSNESS:
        if isinstance(value, str) and value.strip().upper() in ACVPU:
            return value.strip().upper()
        raise VitalsError(f"consciousness must be one of A, C, V, P, U (ACVPU), not {value!r}")
    if parameter is Parameter.ON_OXYGEN:
        if isinstance(value, bool):
            return value
        raise VitalsError(f"on_oxygen must be true or false, not {value!r}")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise VitalsError(f"{parameter.value} must be a number, not {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise VitalsError(f"{parameter.value} must be a finite number, not {value!r}")
    return number


@dataclass(frozen=True, slots=True)
class Reading:
    """One measurement of one :class:`Parameter` at one moment.

    ``value`` is in ``unit`` (a UCUM code; see ``CANONICAL_UNIT`` for the unit each parameter is
    scored in); ``time`` is when it was measured, aware and in UTC; ``source`` says where it came
    from (``"manual"``, ``"ble:0x2A37"``, ``"simulator"``). Construction normalises the spelling of
    the unit and the time zone, and refuses a unit that does not fit the parameter; it never
    changes the value. Use :meth:`canonical` for the value in the scoring unit.
    """

    parameter: Parameter
    value: Value
    unit: str
    time: datetime
    source: str = "manual"

    def __post_init__(self) -> None:
        parameter = parse_parameter(self.parameter)
        unit = normalise_unit(self.unit)
        if unit not in accepted_units(parameter):
            expected = ", ".join(sorted(accepted_units(parameter)))
            raise UnitError(f"unit {self.unit!r} does not fit {parameter.value}; use one of: {expected}")
        if not isinstance(self.time, datetime) or self.time.tzinfo is None:
            raise VitalsError(f"time of a {parameter.value} reading must be an aware datetime (UTC)")
        object.__setattr__(self, "parameter", parameter)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "value", _check_value(parameter, self.value))
        if self.time.tzinfo is not UTC:
            object.__setattr__(self, "time", self.time.astimezone(UTC))
        if not isinstance(self.source, str) or not self.source:
            raise VitalsError("source must be a non-empty text such as 'manual'")

    def canonical(self) -> Reading:
        """This reading in its parameter's canonical unit (itself if it already is)."""
        target = CANONICAL_UNIT[self.parameter]
        if self.unit == target:
            return self
        assert isinstance(self.value, float)  # categorical units are always canonical
        return Reading(self.parameter, convert(self.value, self.unit, target), target, self.time, self.source)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Reading:
        """Build from ``{"parameter", "value", "unit", "time", "source"?}``.

        A missing ``unit`` means the canonical unit; ``source`` defaults to ``"manual"``.
        """
        if type(data) is dict:
            fast = _from_plain_json(data)
            if fast is not None:
                return fast
        if not isinstance(data, Mapping):
            raise VitalsError(f"a reading must be a JSON object, not {type(data).__name__}")
        for key in ("parameter", "value", "time"):
            if key not in data:
                raise VitalsError(f"reading {dict(data)!r} lacks {key!r}")
        parameter = parse_parameter(data["parameter"])
        unit = data.get("unit") or CANONICAL_UNIT[parameter]
        if not isinstance(unit, str):
            raise UnitError(f"unit must be text, not {unit!r}")
        return cls(
            parameter=parameter,
            value=data["value"],
            unit=unit,
            time=parse_time(data["time"]),
            source=data.get("source") or "manual",
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON object :meth:`from_json` reads."""
        return {
            "parameter": self.parameter.value,
            "value": self.value,
            "unit": self.unit,
            "time": format_time(self.time),
            "source": self.source,
        }


_new_reading: Final = fast_constructor(Reading, skip_post_init=True)
"""Builds a Reading from values already in the form ``__post_init__`` leaves them in."""

_NUMBER, _ACVPU_LETTER, _FLAG = 0, 1, 2
_PLAIN: Final[dict[str, tuple[Parameter, dict[str, str], str, int]]] = {
    parameter.value: (
        parameter,
        {spelling: code for spelling, code in ALIASES.items() if code in accepted_units(parameter)},
        CANONICAL_UNIT[parameter],
        _ACVPU_LETTER
        if parameter is Parameter.CONSCIOUSNESS
        else _FLAG
        if parameter in CATEGORICAL
        else _NUMBER,
    )
    for parameter in Parameter
}
"""Per parameter name: the parameter, unit as written → UCUM code for every spelling it accepts as
is, its canonical unit, and the kind of value it takes."""
_ACVPU_LETTERS: Final = frozenset(ACVPU)
_EXACT_INT: Final = 2**53
_isfinite: Final = math.isfinite


def _from_plain_json(data: dict[str, Any]) -> Reading | None:
    """The reading ``Reading.from_json(data)`` builds, for the everyday case; None otherwise.

    Takes only inputs whose every field is already in its final form (a known parameter name, a
    unit spelling the parameter accepts, a finite number / exact ACVPU letter / bool, text time and
    source); anything else returns None so the full path builds the reading or raises its error.
    Runs once per reading of every assessment, hence subscripts over ``.get`` where a key must be
    there, and one table lookup per parameter.
    """
    try:
        name = data["parameter"]
        value: Any = data["value"]
        text = data["time"]
    except KeyError:
        return None
    if type(name) is not str:
        return None
    plain = _PLAIN.get(name)
    if plain is None:
        return None
    parameter, units, canonical, kind = plain
    unit = data.get("unit") or canonical
    if type(unit) is not str:
        return None
    code = units.get(unit)
    if code is None:
        return None
    value_type = type(value)
    if kind == _NUMBER:
        if value_type is float:
            if not _isfinite(value):
                return None
        elif value_type is int and -_EXACT_INT < value < _EXACT_INT:
            value = float(value)
        else:
            return None
    elif kind == _ACVPU_LETTER:
        if value_type is not str or value not in _ACVPU_LETTERS:
            return None
    elif value_type is not bool:
        return None
    source = data.get("source") or "manual"
    if type(source) is not str or type(text) is not str:
        return None
    moment = _PARSED_TIMES.get(text)
    return _new_reading(parameter, value, code, parse_time(text) if moment is None else moment, source)
