"""Choosing the key backend: ``cryptography`` under CPython, pure Python or the bridge elsewhere."""

from collections.abc import Callable
from types import ModuleType

from wayfarer.keys import _p256
from wayfarer.keys._errors import KeyBackendUnavailableError
from wayfarer.keys._jwk import parse_public_jwk, split_signature
from wayfarer.keys._protocols import AgreementKey, Signer

_UNAVAILABLE = (
    "device keys need the 'cryptography' package under CPython; in the browser they are Web Crypto "
    "keys reached through wayfarer._bridge"
)


def _cpython_backend() -> ModuleType | None:
    try:
        from wayfarer.keys import _cpython
    except ImportError:
        return None
    return _cpython


def generate_signer() -> Signer:
    """A fresh ECDSA P-256 / SHA-256 signer (CPython). Its ``public_jwk`` has kty, crv, x, y."""
    backend = _cpython_backend()
    if backend is None:
        raise KeyBackendUnavailableError(_UNAVAILABLE)
    signer: Signer = backend.generate_signer()
    return signer


def generate_agreement_key() -> AgreementKey:
    """A fresh ECDH P-256 key (CPython)."""
    backend = _cpython_backend()
    if backend is None:
        raise KeyBackendUnavailableError(_UNAVAILABLE)
    key: AgreementKey = backend.generate_agreement_key()
    return key


def derive_shared(key: AgreementKey, peer_public_jwk: dict[str, str]) -> bytes:
    """Raw 32-byte ECDH secret between ``key`` and a peer's public JWK (validated first).

    Equal to Web Crypto's ``deriveBits({name: "ECDH", public}, key, 256)``. Feed it to HKDF.
    """
    parse_public_jwk(peer_public_jwk)
    return key.derive_shared(peer_public_jwk)


def signature_checker(public_jwk: dict[str, str]) -> Callable[[bytes, bytes], bool]:
    """Validate ``public_jwk`` once and return ``check(data, signature) -> bool`` for many signatures.

    Raises :class:`KeyFormatError` for a key that cannot be used. Uses ``cryptography`` when present
    and pure Python otherwise (slower, same answers), so verification also works in Pyodide.
    """
    point = parse_public_jwk(public_jwk)
    backend = _cpython_backend()
    if backend is not None:
        checker: Callable[[bytes, bytes], bool] = backend.signature_checker(public_jwk)
        return checker

    def check(data: bytes, signature: bytes) -> bool:
        return verify_signature_pure(point.x, point.y, data, signature)

    return check


def verify_signature(public_jwk: dict[str, str], data: bytes, signature: bytes) -> bool:
    """True when ``signature`` (raw 64-byte r||s) is a valid ECDSA P-256 / SHA-256 signature.

    Raises :class:`KeyFormatError` only for a public key that cannot be used; any wrong, damaged or
    mis-sized signature gives False.
    """
    return signature_checker(public_jwk)(data, signature)


def verify_signature_pure(x: int, y: int, data: bytes, signature: bytes) -> bool:
    """The pure-Python path of :func:`verify_signature`, for a point already validated."""
    parts = split_signature(signature)
    return parts is not None and _p256.verify(x, y, bytes(data), *parts)
