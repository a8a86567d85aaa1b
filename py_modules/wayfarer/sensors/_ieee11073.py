"""IEEE 11073-20601 numbers as the Bluetooth health profiles send them.

SFLOAT is 16 bits: a 4-bit two's-complement exponent (high nibble) and a 12-bit two's-complement
mantissa; FLOAT is 32 bits: an 8-bit exponent (high byte) and a 24-bit mantissa. The value is
``mantissa × 10^exponent``. With exponent 0, five mantissas are not numbers but special values
(NaN, NRes "not at this resolution", ±INFINITY, and one reserved); they decode to ``None`` and are
named by :func:`sfloat_special` / :func:`float_special`.

Decoding divides the integer mantissa by an exact integer power of ten, so the float returned is
the double nearest the decimal the device meant (``0xF3AC`` → 94.0, never 94.00000000000001).
"""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType
from typing import Final

SFLOAT_NAN: Final = 0x07FF
SFLOAT_NRES: Final = 0x0800
SFLOAT_POSITIVE_INFINITY: Final = 0x07FE
SFLOAT_NEGATIVE_INFINITY: Final = 0x0802
SFLOAT_RESERVED: Final = 0x0801

FLOAT_NAN: Final = 0x007FFFFF
FLOAT_NRES: Final = 0x00800000
FLOAT_POSITIVE_INFINITY: Final = 0x007FFFFE
FLOAT_NEGATIVE_INFINITY: Final = 0x00800002
FLOAT_RESERVED: Final = 0x00800001

SFLOAT_SPECIALS: Final = MappingProxyType(
    {
        SFLOAT_NAN: "NaN",
        SFLOAT_NRES: "NRes",
        SFLOAT_POSITIVE_INFINITY: "+INFINITY",
        SFLOAT_NEGATIVE_INFINITY: "-INFINITY",
        SFLOAT_RESERVED: "reserved",
    }
)
"""Raw 16-bit SFLOAT special values and their names."""

FLOAT_SPECIALS: Final = MappingProxyType(
    {
        FLOAT_NAN: "NaN",
        FLOAT_NRES: "NRes",
        FLOAT_POSITIVE_INFINITY: "+INFINITY",
        FLOAT_NEGATIVE_INFINITY: "-INFINITY",
        FLOAT_RESERVED: "reserved",
    }
)
"""Raw 32-bit FLOAT special values and their names."""

_SFLOAT_MANTISSA_MAX: Final = 0x07FD
"""Largest mantissa that is a number at every exponent (2045; 2046 and 2047 are special at 0)."""
_SFLOAT_MANTISSA_MIN: Final = -0x07FD
_FLOAT_MANTISSA_MAX: Final = 0x7FFFFD
_FLOAT_MANTISSA_MIN: Final = -0x7FFFFD


def _build_sfloat_table() -> tuple[float | None, ...]:
    """Every one of the 65,536 SFLOAT bit patterns decoded once, so parsing is one index."""
    # Mantissa bits 0x000..0x7FF are 0..2047 and 0x800..0xFFF are -2048..-1 (two's complement).
    mantissas = [*range(2048), *range(-2048, 0)]
    table: list[float | None] = []
    for nibble in range(16):
        exponent = nibble - 16 if nibble >= 8 else nibble
        if exponent >= 0:
            scale = float(10**exponent)  # exact, and |m| × 10^7 < 2^53: every product is exact
            table.extend([m * scale for m in mantissas])
        else:
            divisor = float(10 ** (-exponent))  # exact up to 10^22: the quotient is correctly rounded
            table.extend([m / divisor for m in mantissas])
    for raw in SFLOAT_SPECIALS:
        table[raw] = None
    return tuple(table)


SFLOAT_TABLE: Final[tuple[float | None, ...]] = _build_sfloat_table()
"""``SFLOAT_TABLE[raw]`` is the value of the 16-bit pattern ``raw``, or ``None`` for a special."""


def sfloat_value(raw: int) -> float | None:
    """The value of a 16-bit SFLOAT bit pattern; ``None`` for a special value."""
    if not 0 <= raw <= 0xFFFF:
        raise ValueError(f"an SFLOAT is 16 bits (0..0xFFFF), not {raw:#x}")
    return SFLOAT_TABLE[raw]


def sfloat_special(raw: int) -> str | None:
    """The name of the special value ``raw`` is (``"NaN"``, ``"NRes"`` ...), or ``None`` for a number."""
    return SFLOAT_SPECIALS.get(raw)


def float_value(raw: int) -> float | None:
    """The value of a 32-bit FLOAT bit pattern; ``None`` for a special value."""
    if not 0 <= raw <= 0xFFFFFFFF:
        raise ValueError(f"a FLOAT is 32 bits (0..0xFFFFFFFF), not {raw:#x}")
    if raw in FLOAT_SPECIALS:
        return None
    mantissa = raw & 0xFFFFFF
    if mantissa >= 0x800000:
        mantissa -= 0x1000000
    exponent = raw >> 24
    if exponent >= 0x80:
        exponent -= 0x100
    if exponent >= 0:
        return float(mantissa * 10**exponent)
    # int / int is correctly rounded in Python; float powers of ten beyond 1e22 are not exact.
    divisor: int = 10 ** (-exponent)
    return mantissa / divisor


def float_special(raw: int) -> str | None:
    """The name of the special value ``raw`` is, or ``None`` for a number."""
    return FLOAT_SPECIALS.get(raw)


def encode_sfloat(mantissa: int, exponent: int) -> int:
    """The 16-bit pattern for ``mantissa × 10^exponent``; refuses a pair that would read back differently."""
    if not -8 <= exponent <= 7:
        raise ValueError(f"SFLOAT exponent must be -8..7, not {exponent}")
    if not _SFLOAT_MANTISSA_MIN <= mantissa <= _SFLOAT_MANTISSA_MAX and not (
        exponent != 0 and -2048 <= mantissa <= 2047
    ):
        raise ValueError(f"SFLOAT mantissa {mantissa} does not fit 12 bits at exponent {exponent}")
    return ((exponent & 0xF) << 12) | (mantissa & 0xFFF)


def encode_float(mantissa: int, exponent: int) -> int:
    """The 32-bit pattern for ``mantissa × 10^exponent``; refuses a pair that would read back differently."""
    if not -128 <= exponent <= 127:
        raise ValueError(f"FLOAT exponent must be -128..127, not {exponent}")
    if not _FLOAT_MANTISSA_MIN <= mantissa <= _FLOAT_MANTISSA_MAX and not (
        exponent != 0 and -0x800000 <= mantissa <= 0x7FFFFF
    ):
        raise ValueError(f"FLOAT mantissa {mantissa} does not fit 24 bits at exponent {exponent}")
    return ((exponent & 0xFF) << 24) | (mantissa & 0xFFFFFF)


def decimal_parts(value: float, *, max_exponent: int) -> tuple[int, int]:
    """``(mantissa, exponent)`` of the shortest decimal that reads back as ``value``.

    Uses the float's shortest repr (36.6 → 366 × 10^-1); an exponent above ``max_exponent`` is
    traded for trailing zeros in the mantissa. Whether the pair fits a format is for
    :func:`encode_sfloat` / :func:`encode_float` to decide: they refuse rather than round.
    """
    decimal = Decimal(repr(float(value)))
    if not decimal.is_finite():
        raise ValueError(f"{value!r} is not a finite number; send a special value instead")
    sign, digits, exponent = decimal.normalize().as_tuple()
    assert isinstance(exponent, int)
    mantissa = int("".join(map(str, digits))) * (-1 if sign else 1)
    if mantissa == 0:
        return 0, 0
    while exponent > max_exponent:
        mantissa *= 10
        exponent -= 1
    return mantissa, exponent


def sfloat_from_value(value: float) -> int:
    """The SFLOAT pattern that reads back as exactly ``value``; ``ValueError`` if there is none."""
    return encode_sfloat(*decimal_parts(value, max_exponent=7))


def float_from_value(value: float) -> int:
    """The FLOAT pattern that reads back as exactly ``value``; ``ValueError`` if there is none."""
    return encode_float(*decimal_parts(value, max_exponent=127))
