"""Half-up rounding to a chart's precision, on the decimal value a person typed.

``round()`` rounds half to even and binary floats hide halves (38.05 is stored as
38.04999…), so the shortest decimal spelling of the float (``repr``) is rounded with
``ROUND_HALF_UP``: 38.05 → 38.1, 20.5 → 21.

Fast path: when a value (times 10 for tenths) lies within 0.4 of a whole number ``n`` and well
inside ±10⁹, its decimal spelling is within 0.05 of ``n`` (tenths: of ``n``/10) too, so half-up
rounding of that spelling can only give ``n`` — no decimal arithmetic needed. Only values near a
half (…x.4 to …x.6) go through :mod:`decimal`. ``tests/unit/test_risk_news2.py`` checks the two
paths agree on random and adversarial floats.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Final

_WHOLE: Final = Decimal(1)
_TENTH: Final = Decimal("0.1")
_FAST_LIMIT: Final = 1e9
"""Beyond this magnitude (and for NaN/inf) the decimal path decides, exactly as before."""


@lru_cache(maxsize=8192)
def _whole(value: float) -> int:
    return int(Decimal(repr(value)).quantize(_WHOLE, rounding=ROUND_HALF_UP))


@lru_cache(maxsize=8192)
def _tenths(value: float) -> int:
    return int(Decimal(repr(value)).quantize(_TENTH, rounding=ROUND_HALF_UP).scaleb(1))


def decimal_round_whole(value: float) -> int:
    """The reference: ``value`` rounded half up through its decimal spelling (no fast path)."""
    if type(value) is int:
        return value
    value = float(value)
    if value.is_integer():
        return int(value)
    return _whole(value)


def decimal_round_tenths(value: float) -> int:
    """The reference: ``value`` rounded half up to 0.1 through its decimal spelling (no fast path)."""
    value = float(value)
    if value.is_integer():
        return int(value) * 10
    return _tenths(value)


def round_whole(value: float) -> int:
    """``value`` rounded half up to a whole number (half away from zero for negatives)."""
    if type(value) is int:
        return value
    value = float(value)
    if -_FAST_LIMIT < value < _FAST_LIMIT:
        nearest = round(value)
        if -0.4 < value - nearest < 0.4:
            return nearest
    elif value.is_integer():
        return int(value)
    return _whole(value)


def round_tenths(value: float) -> int:
    """``value`` rounded half up to 0.1, returned as a whole number of tenths (38.05 → 381)."""
    value = float(value)
    if -_FAST_LIMIT < value < _FAST_LIMIT:
        scaled = value * 10.0
        nearest = round(scaled)
        if -0.4 < scaled - nearest < 0.4:
            return nearest
    elif value.is_integer():
        return int(value) * 10
    return _tenths(value)
