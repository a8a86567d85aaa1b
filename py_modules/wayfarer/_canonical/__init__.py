"""Canonical encodings shared by the audit log and, later, SMART Health Cards.

* :func:`canonicalize` — JSON per RFC 8785 (JCS): UTF-8, no whitespace, object members sorted by
  UTF-16 code units, strings escaped minimally, numbers written as ECMAScript writes them.
* :func:`parse_canonical` — the inverse that accepts *only* canonical text, so two different texts
  never stand for the same value.
* :func:`b64u_encode` / :func:`b64u_decode` — base64url without padding (RFC 4648 §5) with a strict
  decoder: padding, characters outside the alphabet and non-zero trailing bits are refused, so every
  accepted text decodes to different bytes.

Pure standard library; runs unchanged in CPython and Pyodide.
"""

from wayfarer._canonical._b64 import b64u_decode, b64u_encode
from wayfarer._canonical._errors import Base64Error, CanonicalError, NotCanonicalError
from wayfarer._canonical._jcs import canonicalize, loads_strict, parse_canonical, serialize_number

__all__ = [
    "Base64Error",
    "CanonicalError",
    "NotCanonicalError",
    "b64u_decode",
    "b64u_encode",
    "canonicalize",
    "loads_strict",
    "parse_canonical",
    "serialize_number",
]
