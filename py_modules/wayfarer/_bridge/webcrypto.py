"""Web Crypto for the encrypted store and the device keys; ``cryptography`` under CPython.

Every function is async because Web Crypto answers with promises. Keys are opaque
:class:`CryptoKeyHandle` objects: in the browser a ``CryptoKey`` that never leaves Web Crypto (private
and secret keys are non-extractable unless a caller asks for an extractable key it must wrap); under
CPython the twin in :mod:`wayfarer._bridge._webcrypto_cpython` keeps key material inside the handle
and enforces the same rules (usages, extractability), so the unit tests catch what the browser would
refuse. :meth:`CryptoKeyHandle.destroy` drops the key (the JS proxy or the Python material).

Algorithms: AES-GCM-256 with 96-bit IVs and 128-bit tags; key wrapping is AES-GCM (``wrapKey``);
PBKDF2-SHA-256 and HKDF-SHA-256 derive wrapping keys; ECDSA and ECDH on P-256. Signatures are raw
64-byte r||s; public keys are JWK ``{"kty", "crv", "x", "y"}``.
"""

from __future__ import annotations

from typing import Any, Literal

from wayfarer._bridge import IN_BROWSER, bridge_function, js_global, uint8_array

KeyFormat = Literal["raw", "pkcs8"]
CurveAlgorithm = Literal["ECDSA", "ECDH"]
DerivedUsage = Literal["wrap", "encrypt"]


class CryptoError(RuntimeError):
    """Web Crypto (or its CPython twin) refused an operation; the message says which and why."""


class DecryptionError(CryptoError):
    """Authenticated decryption failed: the key is wrong or the data was changed or damaged."""


class CryptoKeyHandle:
    """An opaque key. ``kind`` is "aes", "ecdsa" or "ecdh"; ``extractable`` says if it may be wrapped."""

    __slots__ = ("_inner", "extractable", "kind", "usages")

    def __init__(self, inner: Any, kind: str, usages: frozenset[str], extractable: bool) -> None:
        self._inner = inner
        self.kind = kind
        self.usages = usages
        self.extractable = extractable

    @property
    def inner(self) -> Any:
        if self._inner is None:
            raise CryptoError(f"this {self.kind} key was dropped (the store was locked or erased)")
        return self._inner

    @property
    def destroyed(self) -> bool:
        return self._inner is None

    def destroy(self) -> None:
        """Drop the key. In the browser the handle holds the only reference to the JS CryptoKey
        (the bridge keeps none), so dropping it releases the key for garbage collection."""
        self._inner = None

    def __repr__(self) -> str:
        state = "dropped" if self._inner is None else ("extractable" if self.extractable else "sealed")
        return f"CryptoKeyHandle({self.kind}, {state})"


AES_USAGES = frozenset({"encrypt", "decrypt", "wrapKey", "unwrapKey"})
WRAP_USAGES = frozenset({"wrapKey", "unwrapKey"})
ENCRYPT_USAGES = frozenset({"encrypt", "decrypt"})


def _twin() -> Any:
    from wayfarer._bridge import _webcrypto_cpython

    return _webcrypto_cpython


def _u8(data: bytes) -> Any:
    return uint8_array(bytes(data))


def _jwk_to_js(jwk: dict[str, str]) -> Any:
    from pyodide.ffi import to_js

    return to_js(dict(jwk), dict_converter=js_global("Object").fromEntries)


def _bytes_of(value: Any) -> bytes:
    result: bytes = value.to_bytes()
    return result


async def _browser_call(what: str, name: str, *args: Any, decrypting: bool = False) -> Any:
    from pyodide.ffi import JsException

    try:
        return await bridge_function(name)(*args)
    except JsException as error:
        if decrypting:
            raise DecryptionError(f"{what}: the key is wrong or the data was changed ({error})") from None
        raise CryptoError(f"Web Crypto could not {what}: {error}") from None


async def aes_generate(extractable: bool) -> CryptoKeyHandle:
    """A fresh random AES-GCM-256 key (usages encrypt, decrypt, wrapKey, unwrapKey)."""
    if not IN_BROWSER:
        twin_key: CryptoKeyHandle = _twin().aes_generate(extractable)
        return twin_key
    key = await _browser_call("make an AES key", "cryptoAesGenerate", extractable)
    return CryptoKeyHandle(key, "aes", AES_USAGES, extractable)


async def aes_encrypt(key: CryptoKeyHandle, iv: bytes, ad: bytes, data: bytes) -> bytes:
    """AES-GCM ciphertext with its 16-byte tag appended; ``iv`` must be 12 fresh random bytes."""
    _check_iv(iv)
    if not IN_BROWSER:
        sealed: bytes = _twin().aes_encrypt(key, iv, ad, data)
        return sealed
    result = await _browser_call("encrypt", "cryptoAesEncrypt", key.inner, _u8(iv), _u8(ad), _u8(data))
    return _bytes_of(result)


async def aes_decrypt(key: CryptoKeyHandle, iv: bytes, ad: bytes, data: bytes) -> bytes:
    """Inverse of :func:`aes_encrypt`; raises :class:`DecryptionError` for a wrong key or changed data."""
    _check_iv(iv)
    if not IN_BROWSER:
        opened: bytes = _twin().aes_decrypt(key, iv, ad, data)
        return opened
    args = (key.inner, _u8(iv), _u8(ad), _u8(data))
    result = await _browser_call("decrypt", "cryptoAesDecrypt", *args, decrypting=True)
    return _bytes_of(result)


async def aes_many(
    key: CryptoKeyHandle, jobs: list[tuple[bytes, bytes, bytes]], *, decrypting: bool = False
) -> list[bytes]:
    """:func:`aes_encrypt` (or :func:`aes_decrypt`) of many ``(iv, ad, data)`` in one bridge call.

    Web Crypto works on them concurrently; decrypting raises :class:`DecryptionError` if any fails.
    """
    for iv, _, _ in jobs:
        _check_iv(iv)
    if not jobs:
        return []
    if not IN_BROWSER:
        twin = _twin().aes_decrypt if decrypting else _twin().aes_encrypt
        return [twin(key, iv, ad, data) for iv, ad, data in jobs]
    from pyodide.ffi import to_js

    args = (
        decrypting,
        key.inner,
        _u8(b"".join(iv for iv, _, _ in jobs)),
        _u8(b"".join(ad for _, ad, _ in jobs)),
        to_js([len(ad) for _, ad, _ in jobs]),
        _u8(b"".join(data for _, _, data in jobs)),
        to_js([len(data) for _, _, data in jobs]),
    )
    what = "decrypt" if decrypting else "encrypt"
    result = await _browser_call(what, "cryptoAesMany", *args, decrypting=decrypting)
    blob = _bytes_of(result.blob)
    lengths = list(result.lengths.to_py())
    out: list[bytes] = []
    at = 0
    for length in lengths:
        out.append(blob[at : at + int(length)])
        at += int(length)
    return out


async def pbkdf2_kek(secret: bytes, salt: bytes, iterations: int) -> CryptoKeyHandle:
    """A non-extractable AES-GCM wrapping key from PBKDF2-SHA-256(secret, salt, iterations)."""
    if not IN_BROWSER:
        twin_key: CryptoKeyHandle = _twin().pbkdf2_kek(secret, salt, iterations)
        return twin_key
    args = (_u8(secret), _u8(salt), iterations)
    key = await _browser_call("derive a key from the passphrase", "cryptoPbkdf2Kek", *args)
    return CryptoKeyHandle(key, "aes", WRAP_USAGES, False)


async def hkdf_key(ikm: bytes, salt: bytes, info: bytes, usage: DerivedUsage) -> CryptoKeyHandle:
    """A non-extractable AES-GCM-256 key from HKDF-SHA-256, for wrapping or for encrypting."""
    if not IN_BROWSER:
        twin_key: CryptoKeyHandle = _twin().hkdf_key(ikm, salt, info, usage)
        return twin_key
    key = await _browser_call("derive a key", "cryptoHkdfKey", _u8(ikm), _u8(salt), _u8(info), usage)
    return CryptoKeyHandle(key, "aes", WRAP_USAGES if usage == "wrap" else ENCRYPT_USAGES, False)


async def wrap(
    key_format: KeyFormat, key: CryptoKeyHandle, kek: CryptoKeyHandle, iv: bytes, ad: bytes
) -> bytes:
    """Encrypt an extractable ``key`` (raw AES or PKCS#8 private key) under ``kek`` with AES-GCM."""
    _check_iv(iv)
    if not key.extractable:
        raise CryptoError(f"a non-extractable {key.kind} key cannot be wrapped")
    if not IN_BROWSER:
        wrapped: bytes = _twin().wrap(key_format, key, kek, iv, ad)
        return wrapped
    args = (key_format, key.inner, kek.inner, _u8(iv), _u8(ad))
    return _bytes_of(await _browser_call("wrap a key", "cryptoWrap", *args))


async def unwrap_aes(
    wrapped: bytes, kek: CryptoKeyHandle, iv: bytes, ad: bytes, *, extractable: bool = False
) -> CryptoKeyHandle:
    """Unwrap an AES-GCM-256 key; :class:`DecryptionError` when ``kek`` is the wrong key."""
    _check_iv(iv)
    if not IN_BROWSER:
        twin_key: CryptoKeyHandle = _twin().unwrap_aes(wrapped, kek, iv, ad, extractable)
        return twin_key
    args = (_u8(wrapped), kek.inner, _u8(iv), _u8(ad), extractable)
    key = await _browser_call("unwrap the key", "cryptoUnwrapAes", *args, decrypting=True)
    return CryptoKeyHandle(key, "aes", AES_USAGES, extractable)


async def unwrap_ecdh(wrapped: bytes, kek: CryptoKeyHandle, iv: bytes, ad: bytes) -> CryptoKeyHandle:
    """Unwrap a PKCS#8 ECDH P-256 private key as a non-extractable key."""
    _check_iv(iv)
    if not IN_BROWSER:
        twin_key: CryptoKeyHandle = _twin().unwrap_ecdh(wrapped, kek, iv, ad)
        return twin_key
    args = (_u8(wrapped), kek.inner, _u8(iv), _u8(ad))
    key = await _browser_call("unwrap the inbox key", "cryptoUnwrapEcdh", *args, decrypting=True)
    return CryptoKeyHandle(key, "ecdh", frozenset({"deriveBits"}), False)


async def ec_generate(algorithm: CurveAlgorithm, extractable: bool) -> tuple[CryptoKeyHandle, dict[str, str]]:
    """A fresh P-256 key pair: the private key handle and the public JWK."""
    if not IN_BROWSER:
        pair: tuple[CryptoKeyHandle, dict[str, str]] = _twin().ec_generate(algorithm, extractable)
        return pair
    result = await _browser_call(f"make an {algorithm} key", "cryptoEcGenerate", algorithm, extractable)
    jwk = {str(k): str(v) for k, v in result.publicJwk.to_py().items()}
    private = result.privateKey
    del result
    usages = frozenset({"sign"}) if algorithm == "ECDSA" else frozenset({"deriveBits"})
    return CryptoKeyHandle(private, algorithm.lower(), usages, extractable), jwk


async def sign(key: CryptoKeyHandle, data: bytes) -> bytes:
    """ECDSA P-256 / SHA-256 signature, raw 64-byte r||s."""
    if not IN_BROWSER:
        signature: bytes = _twin().sign(key, data)
        return signature
    return _bytes_of(await _browser_call("sign", "cryptoSign", key.inner, _u8(data)))


async def verify(public_jwk: dict[str, str], data: bytes, signature: bytes) -> bool:
    """True when ``signature`` (raw r||s) verifies; False for any other signature."""
    if len(signature) != 64:
        return False
    if not IN_BROWSER:
        valid: bool = _twin().verify(public_jwk, data, signature)
        return valid
    args = (_jwk_to_js(public_jwk), _u8(data), _u8(signature))
    return bool(await _browser_call("check a signature", "cryptoVerify", *args))


async def derive_bits(key: CryptoKeyHandle, peer_public_jwk: dict[str, str]) -> bytes:
    """Raw 32-byte ECDH P-256 shared secret; feed it to HKDF, never use it as a key."""
    if not IN_BROWSER:
        shared: bytes = _twin().derive_bits(key, peer_public_jwk)
        return shared
    args = (key.inner, _jwk_to_js(peer_public_jwk))
    return _bytes_of(await _browser_call("agree on a key", "cryptoDeriveBits", *args))


def _check_iv(iv: bytes) -> None:
    if len(iv) != 12:
        raise CryptoError(f"AES-GCM needs a 12-byte IV, got {len(iv)} bytes")


__all__ = [
    "AES_USAGES",
    "CryptoError",
    "CryptoKeyHandle",
    "DecryptionError",
    "aes_decrypt",
    "aes_encrypt",
    "aes_generate",
    "aes_many",
    "derive_bits",
    "ec_generate",
    "hkdf_key",
    "pbkdf2_kek",
    "sign",
    "unwrap_aes",
    "unwrap_ecdh",
    "verify",
    "wrap",
]
