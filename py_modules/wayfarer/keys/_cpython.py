"""CPython backend of the device keys, on the ``cryptography`` package.

Imported only when a CPython caller asks for a key: ``cryptography`` is not part of the browser
build. In the browser the same interfaces are non-extractable Web Crypto keys, made once and kept in
IndexedDB, reached through ``wayfarer._bridge``. Private keys here never leave their objects.
"""

from collections.abc import Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from wayfarer.keys._jwk import COORDINATE_BYTES, PublicKey, parse_public_jwk, split_signature

_CURVE = ec.SECP256R1()


def _jwk_of(public_key: ec.EllipticCurvePublicKey) -> dict[str, str]:
    numbers = public_key.public_numbers()
    return PublicKey(numbers.x, numbers.y).to_jwk()


def _public_key_of(public_jwk: dict[str, str]) -> ec.EllipticCurvePublicKey:
    point = parse_public_jwk(public_jwk)
    return ec.EllipticCurvePublicNumbers(point.x, point.y, _CURVE).public_key()


class CryptographySigner:
    """ECDSA P-256 / SHA-256 signer whose signatures are raw r||s, like Web Crypto's."""

    __slots__ = ("_private_key", "_public_jwk")

    def __init__(self, private_key: ec.EllipticCurvePrivateKey) -> None:
        if not isinstance(private_key.curve, ec.SECP256R1):
            raise ValueError(f"device signing keys are P-256, not {private_key.curve.name}")
        self._private_key = private_key
        self._public_jwk = _jwk_of(private_key.public_key())

    @property
    def public_jwk(self) -> dict[str, str]:
        return dict(self._public_jwk)

    def sign(self, data: bytes) -> bytes:
        der = self._private_key.sign(bytes(data), ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        return r.to_bytes(COORDINATE_BYTES, "big") + s.to_bytes(COORDINATE_BYTES, "big")

    def __repr__(self) -> str:
        return f"CryptographySigner(x={self._public_jwk['x'][:8]}…)"


class CryptographyAgreementKey:
    """ECDH P-256 key; :meth:`derive_shared` gives the raw shared x coordinate (32 bytes)."""

    __slots__ = ("_private_key", "_public_jwk")

    def __init__(self, private_key: ec.EllipticCurvePrivateKey) -> None:
        if not isinstance(private_key.curve, ec.SECP256R1):
            raise ValueError(f"device agreement keys are P-256, not {private_key.curve.name}")
        self._private_key = private_key
        self._public_jwk = _jwk_of(private_key.public_key())

    @property
    def public_jwk(self) -> dict[str, str]:
        return dict(self._public_jwk)

    def derive_shared(self, peer_public_jwk: dict[str, str]) -> bytes:
        return self._private_key.exchange(ec.ECDH(), _public_key_of(peer_public_jwk))

    def __repr__(self) -> str:
        return f"CryptographyAgreementKey(x={self._public_jwk['x'][:8]}…)"


def generate_signer() -> CryptographySigner:
    return CryptographySigner(ec.generate_private_key(_CURVE))


def generate_agreement_key() -> CryptographyAgreementKey:
    return CryptographyAgreementKey(ec.generate_private_key(_CURVE))


def signature_checker(public_jwk: dict[str, str]) -> Callable[[bytes, bytes], bool]:
    public_key = _public_key_of(public_jwk)
    algorithm = ec.ECDSA(hashes.SHA256())

    def check(data: bytes, signature: bytes) -> bool:
        parts = split_signature(signature)
        if parts is None or parts[0] == 0 or parts[1] == 0:
            return False
        try:
            public_key.verify(encode_dss_signature(*parts), bytes(data), algorithm)
        except InvalidSignature:
            return False
        return True

    return check
