"""Half-up rounding to a chart's precision, on the decimal value a person typed.

``round()`` rounds half to even and binary floats hide halves (38.05 is stored as
38.04999…), so the shortest decimal spelling of the float (``repr``) is rounded with
``ROUND_HALF_UP``: 38.05 → 38.1, 20.5 → 21.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Final

_WHOLE: Final = Decimal(1)
_TENTH: Final = Decimal("0.1")


@lru_cache(maxsize=8192)
def _whole(value: float) -> int:
    return int(Decimal(repr(value)).quantize(_WHOLE, rounding=ROUND_HALF_UP))


@lru_cache(maxsize=8192)
def _tenths(value: float) -> int:
    return int(Decimal(repr(value)).quantize(_TENTH, rounding=ROUND_HALF_UP).scaleb(1))


def round_whole(value: float) -> int:
    """``value`` rounded half up to a whole number (half away from zero for negatives)."""
    if type(value) is int:
        return value
    value = float(value)
    if value.is_integer():
        return int(value)
    return _whole(value)


def round_tenths(value: float) -> int:
    """``value`` rounded half up to 0.1, returned as a whole number of tenths (38.05 → 381)."""
    value = float(value)
    if value.is_integer():
        return int(value) * 10
    return _tenths(value)
