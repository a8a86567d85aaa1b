"""The interfaces every device-key backend provides (CPython ``cryptography`` or browser Web Crypto)."""

from collections.abc import Awaitable
from typing import Protocol, runtime_checkable


@runtime_checkable
class Signer(Protocol):
    """The device's ECDSA P-256 / SHA-256 signing key (synchronous; CPython)."""

    @property
    def public_jwk(self) -> dict[str, str]:
        """Public half as a JWK: ``{"kty": "EC", "crv": "P-256", "x": ..., "y": ...}``."""
        ...

    def sign(self, data: bytes) -> bytes:
        """Sign ``data`` (hashed with SHA-256 inside) and return the raw 64-byte r||s signature."""
        ...


class AsyncSigner(Protocol):
    """The same key in the browser: Web Crypto's ``sign`` returns a promise."""

    @property
    def public_jwk(self) -> dict[str, str]: ...

    def sign(self, data: bytes) -> Awaitable[bytes]: ...


class Verifier(Protocol):
    """Checks a raw r||s ECDSA P-256 / SHA-256 signature; False for any signature that does not verify."""

    def __call__(self, public_jwk: dict[str, str], data: bytes, signature: bytes) -> bool: ...


class AgreementKey(Protocol):
    """The device's ECDH P-256 key (for the care circle)."""

    @property
    def public_jwk(self) -> dict[str, str]: ...

    def derive_shared(self, peer_public_jwk: dict[str, str]) -> bytes:
        """The raw 32-byte ECDH secret (the x coordinate), as Web Crypto ``deriveBits(…, 256)`` gives.

        Never use it as a key directly: run it through HKDF with a purpose label first.
        """
        ...
