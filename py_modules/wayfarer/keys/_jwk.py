"""P-256 public keys as JWK (RFC 7517/7518 §6.2.1) and raw r||s signatures (RFC 7518 §3.4)."""

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from wayfarer._canonical import Base64Error, b64u_decode, b64u_encode, canonicalize
from wayfarer.keys import _p256
from wayfarer.keys._errors import KeyFormatError

COORDINATE_BYTES = 32
SIGNATURE_BYTES = 64


@dataclass(frozen=True, slots=True)
class PublicKey:
    """A validated P-256 public point."""

    x: int
    y: int

    def to_jwk(self) -> dict[str, str]:
        """The minimal public JWK: ``kty``, ``crv``, ``x``, ``y`` (base64url, 32 bytes each)."""
        return {
            "kty": "EC",
            "crv": "P-256",
            "x": b64u_encode(self.x.to_bytes(COORDINATE_BYTES, "big")),
            "y": b64u_encode(self.y.to_bytes(COORDINATE_BYTES, "big")),
        }


def parse_public_jwk(jwk: object) -> PublicKey:
    """Validate a P-256 public JWK and return its point.

    Members beyond ``kty``, ``crv``, ``x``, ``y`` (such as Web Crypto's ``ext`` and ``key_ops``) are
    ignored, except ``d``: a private key is refused so it is never stored or shared by mistake.
    """
    if not isinstance(jwk, Mapping):
        raise KeyFormatError(f"a public key must be a JWK object, not {type(jwk).__name__}")
    if "d" in jwk:
        raise KeyFormatError("this JWK holds a private key ('d'); only public keys may be used here")
    if jwk.get("kty") != "EC" or jwk.get("crv") != "P-256":
        found = f"kty {jwk.get('kty')!r}, crv {jwk.get('crv')!r}"
        raise KeyFormatError(f"expected an EC P-256 key (kty 'EC', crv 'P-256'), got {found}")
    coordinates = []
    for name in ("x", "y"):
        text = jwk.get(name)
        if not isinstance(text, str):
            raise KeyFormatError(f"the key's '{name}' must be base64url text")
        try:
            coordinates.append(int.from_bytes(b64u_decode(text, length=COORDINATE_BYTES), "big"))
        except Base64Error as error:
            raise KeyFormatError(f"the key's '{name}' is not a 32-byte base64url value: {error}") from None
    x, y = coordinates
    if not _p256.is_on_curve(x, y):
        raise KeyFormatError("the key's point is not on the P-256 curve; it is damaged or not a P-256 key")
    return PublicKey(x, y)


def jwk_thumbprint(jwk: Mapping[str, object]) -> str:
    """RFC 7638 JWK thumbprint (SHA-256, base64url) of a P-256 public key: a short stable key id."""
    required = parse_public_jwk(jwk).to_jwk()  # exactly crv, kty, x, y; JCS orders them as RFC 7638 asks
    return b64u_encode(hashlib.sha256(canonicalize(required)).digest())


def split_signature(signature: bytes) -> tuple[int, int] | None:
    """(r, s) from a raw 64-byte r||s signature, or None when the length is wrong."""
    if not isinstance(signature, bytes | bytearray) or len(signature) != SIGNATURE_BYTES:
        return None
    return (
        int.from_bytes(signature[:COORDINATE_BYTES], "big"),
        int.from_bytes(signature[COORDINATE_BYTES:], "big"),
    )


def normalize_signature(signature: bytes) -> bytes:
    """Return the low-s form of a raw r||s signature.

    ECDSA accepts both (r, s) and (r, n − s); keeping only s ≤ n/2 gives each signature one encoding,
    so a stored signature cannot be swapped for its twin unnoticed. Web Crypto signs with either.
    """
    parts = split_signature(signature)
    if parts is None:
        raise KeyFormatError(f"a P-256 signature is {SIGNATURE_BYTES} bytes (r||s), got {len(signature)}")
    r, s = parts
    if s > _p256.N // 2:
        s = _p256.N - s
    return r.to_bytes(COORDINATE_BYTES, "big") + s.to_bytes(COORDINATE_BYTES, "big")


def is_low_s(signature: bytes) -> bool:
    """True when a raw r||s signature is 64 bytes and already in low-s form."""
    parts = split_signature(signature)
    return parts is not None and parts[1] <= _p256.N // 2
