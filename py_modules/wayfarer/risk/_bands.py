"""NEWS2 bands, qSOFA criteria and the shock index looked up per value instead of worked out.

Each table maps a value as given (an int or a float in the parameter's plausible range) to what
:mod:`wayfarer.risk.news2` makes of it: its points and its chart-rounded whole number. The tables
start empty (importing costs nothing) and learn each value on first sight, up to
:data:`MEMO_LIMIT` each (vital signs repeat: a few hundred values cover most of them). A lookup
is also a plausibility check: implausible values, bools and other types are never stored, so a
miss that :func:`learn` refuses means "not for this path".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from wayfarer.vitals import VALID_RANGE, Parameter

from . import news2 as _news2
from ._rounding import round_whole
from ._sepsis import QSofa, ShockIndex, _new_qsofa, _new_shock_index

MEMO_LIMIT: Final = 65_536


def learn(
    table: dict[object, Any], value: object, limits: tuple[float, float], make: Callable[[Any], Any]
) -> Any:
    """The entry of a value not in ``table`` yet (None when it is not a plausible number)."""
    kind = type(value)
    if (kind is not int and kind is not float) or not limits[0] <= value <= limits[1]:  # type: ignore[operator]
        return None
    entry = make(value)
    if len(table) < MEMO_LIMIT:
        table[value] = entry
    return entry


def resp_rate_entry(value: float) -> tuple[int, int]:
    """(NEWS2 points, breaths/min rounded to the chart)."""
    return _news2.resp_rate_points(value), round_whole(value)


def spo2_entry(value: float) -> tuple[int, int]:
    """(NEWS2 scale 1 points, % rounded to the chart, for scale 2)."""
    return _news2.spo2_scale1_points(value), round_whole(value)


def systolic_entry(value: float) -> tuple[int, int]:
    """(NEWS2 points, mmHg rounded to the chart)."""
    return _news2.systolic_bp_points(value), round_whole(value)


def pulse_entry(value: float) -> tuple[int, int]:
    """(NEWS2 points, beats/min rounded to the chart)."""
    return _news2.pulse_points(value), round_whole(value)


def temperature_entry(value: float) -> int:
    """NEWS2 points."""
    return _news2.temperature_points(value)


RR_RANGE: Final = VALID_RANGE[Parameter.RESP_RATE]
SPO2_RANGE: Final = VALID_RANGE[Parameter.SPO2]
SBP_RANGE: Final = VALID_RANGE[Parameter.SYSTOLIC_BP]
PULSE_RANGE: Final = VALID_RANGE[Parameter.HEART_RATE]
assert VALID_RANGE[Parameter.PULSE_RATE] == PULSE_RANGE
TEMPERATURE_RANGE: Final = VALID_RANGE[Parameter.TEMPERATURE]
RR: Final[dict[object, tuple[int, int]]] = {}
SPO2: Final[dict[object, tuple[int, int]]] = {}
SBP: Final[dict[object, tuple[int, int]]] = {}
PULSE: Final[dict[object, tuple[int, int]]] = {}
TEMPERATURE: Final[dict[object, int]] = {}

_HIGH, _MEDIUM, _LOW_MEDIUM, _LOW = (
    _news2.Risk.HIGH,
    _news2.Risk.MEDIUM,
    _news2.Risk.LOW_MEDIUM,
    _news2.Risk.LOW,
)
_NO_PULSE: Final = ("pulse",)
_NO_SYSTOLIC: Final = ("systolic_bp",)
_NO_PULSE_NOR_SYSTOLIC: Final = ("pulse", "systolic_bp")


def scores(
    resp_rate: float | None,
    spo2: float | None,
    spo2_scale: int,
    on_oxygen: bool | None,
    systolic_bp: float | None,
    pulse: float | None,
    consciousness: str | None,
    temperature: float | None,
) -> tuple[_news2.News2Score, QSofa, ShockIndex] | None:
    """``news2.score_checked``, ``qsofa`` and ``shock_index`` of the same values, by lookup; None
    when a value is not in the plausible range (the caller then scores it the long way)."""
    subscores: dict[str, int] = {}
    missing: list[str] = []
    criteria: dict[str, bool] = {}
    sepsis_missing: list[str] = []
    total = 0
    single_3 = False
    if resp_rate is None:
        missing.append("resp_rate")
        sepsis_missing.append("resp_rate")
    else:
        entry = RR.get(resp_rate) or learn(RR, resp_rate, RR_RANGE, resp_rate_entry)
        if entry is None:
            return None
        points, whole = entry
        subscores["resp_rate"] = total = points
        single_3 = points == 3
        criteria["resp_rate"] = whole >= 22
    if spo2 is None:
        missing.append("spo2")
    else:
        entry = SPO2.get(spo2) or learn(SPO2, spo2, SPO2_RANGE, spo2_entry)
        if entry is None:
            return None
        points = entry[0] if spo2_scale == 1 else _news2.spo2_scale2_points(entry[1], on_oxygen)
        subscores["spo2"] = points
        total += points
        single_3 = single_3 or points == 3
    if on_oxygen is None:
        missing.append("on_oxygen")
    elif on_oxygen:
        subscores["on_oxygen"] = 2
        total += 2
    else:
        subscores["on_oxygen"] = 0
    systolic = 0
    if systolic_bp is None:
        missing.append("systolic_bp")
        sepsis_missing.append("systolic_bp")
    else:
        entry = SBP.get(systolic_bp) or learn(SBP, systolic_bp, SBP_RANGE, systolic_entry)
        if entry is None:
            return None
        points, systolic = entry
        subscores["systolic_bp"] = points
        total += points
        single_3 = single_3 or points == 3
        criteria["systolic_bp"] = systolic <= 100
    if pulse is None:
        missing.append("pulse")
        shock = _new_shock_index(None, _NO_PULSE if systolic_bp is not None else _NO_PULSE_NOR_SYSTOLIC)
    else:
        entry = PULSE.get(pulse) or learn(PULSE, pulse, PULSE_RANGE, pulse_entry)
        if entry is None:
            return None
        points, beats = entry
        subscores["pulse"] = points
        total += points
        single_3 = single_3 or points == 3
        if systolic_bp is None or systolic <= 0:
            shock = _new_shock_index(None, _NO_SYSTOLIC)
        else:
            shock = _new_shock_index(beats / systolic, ())
    if consciousness is None:
        missing.append("consciousness")
        sepsis_missing.append("consciousness")
    elif consciousness == "A":
        subscores["consciousness"] = 0
        criteria["consciousness"] = False
    else:
        subscores["consciousness"] = 3
        total += 3
        single_3 = True
        criteria["consciousness"] = True
    if temperature is None:
        missing.append("temperature")
    else:
        points = TEMPERATURE.get(temperature)
        if points is None:
            points = learn(TEMPERATURE, temperature, TEMPERATURE_RANGE, temperature_entry)
            if points is None:
                return None
        subscores["temperature"] = points
        total += points
        single_3 = single_3 or points == 3
    if total >= 7:
        risk = _HIGH
    elif total >= 5:
        risk = _MEDIUM
    else:
        risk = _LOW_MEDIUM if single_3 else _LOW
    news2 = _news2._new_score(total, subscores, tuple(missing), risk, spo2_scale)
    sepsis = _new_qsofa(sum(criteria.values()), criteria, tuple(sepsis_missing))
    return news2, sepsis, shock
