"""CPython twin of :mod:`wayfarer._bridge.webcrypto` on the ``cryptography`` package.

Same formats as Web Crypto (AES-GCM ciphertext || tag, AES-GCM key wrapping of raw/PKCS#8 keys,
raw r||s ECDSA signatures, JWK public keys), and the same refusals: a key is used only for its
usages, and a non-extractable key cannot be wrapped. Imported only under CPython.
"""

from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from wayfarer._bridge.webcrypto import (
    AES_USAGES,
    ENCRYPT_USAGES,
    WRAP_USAGES,
    CryptoError,
    CryptoKeyHandle,
    CurveAlgorithm,
    DecryptionError,
    DerivedUsage,
    KeyFormat,
)
from wayfarer.keys import KeyFormatError, PublicKey, parse_public_jwk

_CURVE = ec.SECP256R1()


def _need(key: CryptoKeyHandle, kind: str, usage: str) -> object:
    if key.kind != kind:
        raise CryptoError(f"a {key.kind} key cannot be used where an {kind} key is needed")
    if usage not in key.usages:
        raise CryptoError(f"this key may not be used to {usage} (usages: {', '.join(sorted(key.usages))})")
    return key.inner


def _aes(key: CryptoKeyHandle, usage: str) -> AESGCM:
    material = _need(key, "aes", usage)
    assert isinstance(material, bytes)
    return AESGCM(material)


def aes_generate(extractable: bool) -> CryptoKeyHandle:
    return CryptoKeyHandle(secrets.token_bytes(32), "aes", AES_USAGES, extractable)


def aes_encrypt(key: CryptoKeyHandle, iv: bytes, ad: bytes, data: bytes) -> bytes:
    return _aes(key, "encrypt").encrypt(iv, bytes(data), bytes(ad))


def aes_decrypt(key: CryptoKeyHandle, iv: bytes, ad: bytes, data: bytes) -> bytes:
    try:
        return _aes(key, "decrypt").decrypt(iv, bytes(data), bytes(ad))
    except InvalidTag:
        raise DecryptionError("decrypt: the key is wrong or the data was changed") from None


def pbkdf2_kek(secret: bytes, salt: bytes, iterations: int) -> CryptoKeyHandle:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=iterations)
    return CryptoKeyHandle(kdf.derive(secret), "aes", WRAP_USAGES, False)


def hkdf_key(ikm: bytes, salt: bytes, info: bytes, usage: DerivedUsage) -> CryptoKeyHandle:
    material = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)
    return CryptoKeyHandle(material, "aes", WRAP_USAGES if usage == "wrap" else ENCRYPT_USAGES, False)


def wrap(key_format: KeyFormat, key: CryptoKeyHandle, kek: CryptoKeyHandle, iv: bytes, ad: bytes) -> bytes:
    if key_format == "raw":
        material = _need(key, "aes", "encrypt")
        assert isinstance(material, bytes)
    else:
        private = _need(key, "ecdh", "deriveBits")
        assert isinstance(private, ec.EllipticCurvePrivateKey)
        material = private.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    return _aes(kek, "wrapKey").encrypt(iv, material, ad)


def _unwrap(wrapped: bytes, kek: CryptoKeyHandle, iv: bytes, ad: bytes) -> bytes:
    try:
        return _aes(kek, "unwrapKey").decrypt(iv, bytes(wrapped), bytes(ad))
    except InvalidTag:
        raise DecryptionError("unwrap the key: the key is wrong or the data was changed") from None


def unwrap_aes(
    wrapped: bytes, kek: CryptoKeyHandle, iv: bytes, ad: bytes, extractable: bool
) -> CryptoKeyHandle:
    material = _unwrap(wrapped, kek, iv, ad)
    if len(material) != 32:
        raise CryptoError(f"the unwrapped key has {len(material)} bytes, not 32")
    return CryptoKeyHandle(material, "aes", AES_USAGES, extractable)


def unwrap_ecdh(wrapped: bytes, kek: CryptoKeyHandle, iv: bytes, ad: bytes) -> CryptoKeyHandle:
    private = serialization.load_der_private_key(_unwrap(wrapped, kek, iv, ad), password=None)
    if not isinstance(private, ec.EllipticCurvePrivateKey) or not isinstance(private.curve, ec.SECP256R1):
        raise CryptoError("the unwrapped key is not an ECDH P-256 private key")
    return CryptoKeyHandle(private, "ecdh", frozenset({"deriveBits"}), False)


def _jwk(public_key: ec.EllipticCurvePublicKey) -> dict[str, str]:
    numbers = public_key.public_numbers()
    return PublicKey(numbers.x, numbers.y).to_jwk()


def _public_key(jwk: dict[str, str]) -> ec.EllipticCurvePublicKey:
    try:
        point = parse_public_jwk(jwk)
    except KeyFormatError as error:
        raise CryptoError(f"the public key cannot be used: {error}") from None
    return ec.EllipticCurvePublicNumbers(point.x, point.y, _CURVE).public_key()


def ec_generate(algorithm: CurveAlgorithm, extractable: bool) -> tuple[CryptoKeyHandle, dict[str, str]]:
    private = ec.generate_private_key(_CURVE)
    usages = frozenset({"sign"}) if algorithm == "ECDSA" else frozenset({"deriveBits"})
    return CryptoKeyHandle(private, algorithm.lower(), usages, extractable), _jwk(private.public_key())


def sign(key: CryptoKeyHandle, data: bytes) -> bytes:
    private = _need(key, "ecdsa", "sign")
    assert isinstance(private, ec.EllipticCurvePrivateKey)
    r, s = decode_dss_signature(private.sign(bytes(data), ec.ECDSA(hashes.SHA256())))
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def verify(public_jwk: dict[str, str], data: bytes, signature: bytes) -> bool:
    r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
    if r == 0 or s == 0:
        return False
    try:
        _public_key(public_jwk).verify(encode_dss_signature(r, s), bytes(data), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def derive_bits(key: CryptoKeyHandle, peer_public_jwk: dict[str, str]) -> bytes:
    private = _need(key, "ecdh", "deriveBits")
    assert isinstance(private, ec.EllipticCurvePrivateKey)
    return private.exchange(ec.ECDH(), _public_key(peer_public_jwk))
