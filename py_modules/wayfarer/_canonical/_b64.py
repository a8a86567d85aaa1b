"""Unpadded base64url (RFC 4648 §5) with a decoder that accepts only the canonical text."""

import base64
import binascii
import re

from wayfarer._canonical._errors import Base64Error

_ALPHABET = re.compile(r"[A-Za-z0-9_-]*")


def b64u_encode(data: bytes) -> str:
    """Encode bytes as base64url text without ``=`` padding."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64u_decode(text: str, *, length: int | None = None) -> bytes:
    """Decode unpadded base64url, refusing every text :func:`b64u_encode` would not produce.

    Refused: padding, whitespace, characters outside ``A-Z a-z 0-9 - _``, a length that leaves one
    spare character, non-zero unused trailing bits, and (when ``length`` is given) a decoded size
    other than ``length`` bytes.
    """
    if not isinstance(text, str):
        raise Base64Error(f"base64url text must be a string, not {type(text).__name__}")
    if _ALPHABET.fullmatch(text) is None:
        raise Base64Error("base64url text may hold only A-Z, a-z, 0-9, '-' and '_' (no padding)")
    if len(text) % 4 == 1:
        raise Base64Error(f"base64url text of {len(text)} characters cannot be complete")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as error:  # unreachable after the checks above, kept as a guard
        raise Base64Error(f"base64url text does not decode: {error}") from error
    # Re-encoding catches non-zero trailing bits, the one remaining way two texts share bytes.
    if b64u_encode(data) != text:
        raise Base64Error("base64url text has non-zero unused bits in its last character")
    if length is not None and len(data) != length:
        raise Base64Error(f"expected {length} bytes of base64url data, got {len(data)}")
    return data
