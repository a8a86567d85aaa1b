"""JSON Canonicalization Scheme (RFC 8785) and a parser that accepts only canonical text."""

import json
import math
from collections.abc import Mapping
from typing import Any

from wayfarer._canonical._errors import CanonicalError, NotCanonicalError

# Integers up to 2**53 are exact doubles whose ECMAScript form is their decimal digits.
_SAFE_INTEGER = 2**53


def serialize_number(value: float | int) -> str:
    """Write a number exactly as ECMAScript's ``Number.prototype.toString`` does (RFC 8785 §3.2.2.3).

    Integers must be exactly representable as an IEEE 754 double; NaN and infinities are refused.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CanonicalError(f"expected a number, got {type(value).__name__}")
    if isinstance(value, int):
        if -_SAFE_INTEGER <= value <= _SAFE_INTEGER:
            return str(value)
        try:
            as_double = float(value)
        except OverflowError:
            raise CanonicalError(f"integer {value} is too large for JSON (I-JSON needs a double)") from None
        if int(as_double) != value:
            raise CanonicalError(f"integer {value} is not exactly representable as a double (I-JSON)")
        value = as_double
    if not math.isfinite(value):
        raise CanonicalError(f"{value!r} is not allowed in JSON")
    if value == 0:
        return "0"  # also -0, as ECMAScript does
    sign = "-" if value < 0 else ""
    # repr() gives the shortest digits that round-trip, which is what ECMAScript asks for;
    # only the layout (where the point goes, when to use an exponent) differs.
    mantissa, _, exponent_text = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    point = len(whole) + (int(exponent_text) if exponent_text else 0)
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    k, n = len(digits), point  # value = 0.<digits> * 10**n, the k and n of ECMA-262 Number::toString
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = f"{digits[:n]}.{digits[n:]}"
    elif -6 < n <= 0:
        text = "0." + "0" * -n + digits
    else:
        exponent = n - 1
        tail = f".{digits[1:]}" if k > 1 else ""
        text = f"{digits[0]}{tail}e{'+' if exponent >= 0 else '-'}{abs(exponent)}"
    return sign + text


def _utf16_key(key: str) -> bytes:
    # Big-endian UTF-16 bytes compare exactly like the sequence of UTF-16 code units.
    return key.encode("utf-16-be")


def _write(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        # json.dumps escapes exactly what RFC 8785 asks: '"', '\\', and U+0000..U+001F, with the
        # short forms \b \t \n \f \r and lowercase \u00xx for the rest; everything else is literal.
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, int | float):
        out.append(serialize_number(value))
    elif isinstance(value, list | tuple):
        out.append("[")
        for position, item in enumerate(value):
            if position:
                out.append(",")
            _write(item, out)
        out.append("]")
    elif isinstance(value, Mapping):
        for key in value:
            if not isinstance(key, str):
                raise CanonicalError(f"JSON object keys must be strings, got {type(key).__name__}")
        try:
            ordered = sorted(value.items(), key=lambda item: _utf16_key(item[0]))
        except UnicodeEncodeError:
            raise CanonicalError("an object key holds a lone surrogate, which is not Unicode text") from None
        out.append("{")
        for position, (key, item) in enumerate(ordered):
            if position:
                out.append(",")
            out.append(json.dumps(key, ensure_ascii=False))
            out.append(":")
            _write(item, out)
        out.append("}")
    else:
        raise CanonicalError(f"{type(value).__name__} cannot be written as JSON")


def canonicalize(value: Any) -> bytes:
    """Return the RFC 8785 canonical UTF-8 bytes of a JSON-like value.

    Accepts ``None``, ``bool``, ``int``, ``float``, ``str``, lists, tuples and mappings with string
    keys. Raises :class:`CanonicalError` for anything that has no canonical form.
    """
    out: list[str] = []
    try:
        _write(value, out)
    except RecursionError:
        raise CanonicalError("value is nested too deeply to write as JSON") from None
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError:
        raise CanonicalError("a string holds a lone surrogate, which is not Unicode text") from None


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, item in pairs:
        if key in result:
            raise CanonicalError(f"JSON object has the member {key!r} twice")
        result[key] = item
    return result


def _parse_int(text: str) -> int | float:
    # I-JSON numbers are doubles: an integer beyond 2**53 means the nearest double, as in JavaScript.
    try:
        value = int(text)
        return value if -_SAFE_INTEGER <= value <= _SAFE_INTEGER else float(value)
    except (OverflowError, ValueError):  # ValueError: beyond Python's digit limit for int()
        raise CanonicalError(f"number with {len(text)} digits is too large for JSON") from None


def _reject_constant(name: str) -> Any:
    raise CanonicalError(f"{name} is not allowed in JSON")


def loads_strict(text: str | bytes) -> Any:
    """Parse JSON, refusing duplicate member names, NaN/Infinity and invalid UTF-8.

    Integers beyond 2**53 become the nearest double, as JavaScript's ``JSON.parse`` reads them.
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise CanonicalError(f"JSON text is not valid UTF-8 (byte {error.start})") from None
    if not isinstance(text, str):
        raise TypeError(f"JSON text must be str or bytes, not {type(text).__name__}")
    try:
        return json.loads(
            text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant, parse_int=_parse_int
        )
    except json.JSONDecodeError as error:
        raise CanonicalError(
            f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise CanonicalError("JSON text is nested too deeply") from None


def parse_canonical(text: str | bytes) -> Any:
    """Parse JSON that must already be in RFC 8785 canonical form.

    Raises :class:`NotCanonicalError` when the text is valid JSON but written differently from the
    canonical form (whitespace, member order, escapes, number layout), and :class:`CanonicalError`
    when it is not valid JSON at all.
    """
    value = loads_strict(text)
    raw = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    try:
        canonical = canonicalize(value)
    except CanonicalError as error:
        raise NotCanonicalError(f"JSON has no canonical form: {error}") from None
    if canonical != raw:
        raise NotCanonicalError("JSON text is not in canonical form (RFC 8785); it was altered or re-saved")
    return value
