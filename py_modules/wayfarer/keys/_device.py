"""The device's own keys, made once and kept in the key-value store (IndexedDB in the browser).

* a non-extractable ECDSA P-256 signing key (signs the audit log, later care-circle messages),
* a non-extractable ECDH P-256 agreement key (care circle),
* a non-extractable AES-GCM-256 "device-bound" key that needs no passphrase: it seals what must be
  readable while the store is locked (the emergency card, the audit log, consent grants).

IndexedDB keeps each ``CryptoKey`` by structured clone, so no private key is ever exported to
JavaScript or Python. Honest limit: the browser writes the key material into its profile folder;
whoever can read that folder *and* run this code can open device-bound data. That is the intended
emergency-access trade-off (like a phone's medical ID); health records themselves need the data key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from wayfarer._bridge import kv as kv_bridge
from wayfarer._bridge import webcrypto
from wayfarer.keys._jwk import parse_public_jwk

_SIGNING = "device/signing"
_AGREEMENT = "device/agreement"
_LOCAL = "device/local"
_PUBLIC = "device/public"


class DeviceSigner:
    """An :class:`~wayfarer.keys.AsyncSigner` over the device's signing key."""

    __slots__ = ("_key", "_public_jwk")

    def __init__(self, key: webcrypto.CryptoKeyHandle, public_jwk: dict[str, str]) -> None:
        self._key = key
        self._public_jwk = dict(public_jwk)

    @property
    def public_jwk(self) -> dict[str, str]:
        return dict(self._public_jwk)

    async def sign(self, data: bytes) -> bytes:
        return await webcrypto.sign(self._key, data)

    def __repr__(self) -> str:
        return f"DeviceSigner(x={self._public_jwk['x'][:8]}…)"


class DeviceAgreementKey:
    """The device's ECDH key; :meth:`derive_shared` is async (Web Crypto ``deriveBits``)."""

    __slots__ = ("_key", "_public_jwk")

    def __init__(self, key: webcrypto.CryptoKeyHandle, public_jwk: dict[str, str]) -> None:
        self._key = key
        self._public_jwk = dict(public_jwk)

    @property
    def public_jwk(self) -> dict[str, str]:
        return dict(self._public_jwk)

    async def derive_shared(self, peer_public_jwk: dict[str, str]) -> bytes:
        """The raw 32-byte ECDH secret with a peer (validated first); run it through HKDF."""
        parse_public_jwk(peer_public_jwk)
        return await webcrypto.derive_bits(self._key, peer_public_jwk)


@dataclass(frozen=True, slots=True)
class DeviceKeys:
    """The device identity. ``verify`` checks a raw r||s signature (for ``audit.verify_async``)."""

    signer: DeviceSigner
    agreement: DeviceAgreementKey
    local_key: webcrypto.CryptoKeyHandle

    @staticmethod
    async def verify(public_jwk: dict[str, str], data: bytes, signature: bytes) -> bool:
        return await webcrypto.verify(public_jwk, data, signature)


_cache: dict[int, tuple[kv_bridge.KeyValueStore, DeviceKeys]] = {}


async def device_keys(kv: kv_bridge.KeyValueStore | None = None) -> DeviceKeys:
    """The device's keys, made on first use and loaded from storage afterwards (one set per store)."""
    store = kv if kv is not None else kv_bridge.default_kv()
    cached = _cache.get(id(store))
    if cached is not None and cached[0] is store:
        return cached[1]
    keys = await _load(store) or await _make(store)
    _cache[id(store)] = (store, keys)
    return keys


def forget_device_keys(kv: kv_bridge.KeyValueStore | None = None) -> None:
    """Drop cached handles (after erasing the store); the next call makes new keys."""
    store = kv if kv is not None else kv_bridge.default_kv()
    cached = _cache.pop(id(store), None)
    if cached is not None:
        keys = cached[1]
        for handle in (keys.signer._key, keys.agreement._key, keys.local_key):
            handle.destroy()


async def _load(kv: kv_bridge.KeyValueStore) -> DeviceKeys | None:
    public = await kv.get("meta", _PUBLIC)
    signing = await kv.get("keys", _SIGNING)
    agreement = await kv.get("keys", _AGREEMENT)
    local = await kv.get("keys", _LOCAL)
    handles = (signing, agreement, local)
    if not isinstance(public, bytes) or not all(isinstance(h, webcrypto.CryptoKeyHandle) for h in handles):
        return None
    assert isinstance(signing, webcrypto.CryptoKeyHandle)
    assert isinstance(agreement, webcrypto.CryptoKeyHandle)
    assert isinstance(local, webcrypto.CryptoKeyHandle)
    jwks = json.loads(public)
    return DeviceKeys(
        DeviceSigner(signing, jwks["signing"]), DeviceAgreementKey(agreement, jwks["agreement"]), local
    )


async def _make(kv: kv_bridge.KeyValueStore) -> DeviceKeys:
    signing, signing_jwk = await webcrypto.ec_generate("ECDSA", extractable=False)
    agreement, agreement_jwk = await webcrypto.ec_generate("ECDH", extractable=False)
    local = await webcrypto.aes_generate(extractable=False)
    public = json.dumps({"signing": signing_jwk, "agreement": agreement_jwk}, sort_keys=True).encode()
    await kv.write(
        [
            kv_bridge.Put("keys", _SIGNING, signing),
            kv_bridge.Put("keys", _AGREEMENT, agreement),
            kv_bridge.Put("keys", _LOCAL, local),
            kv_bridge.Put("meta", _PUBLIC, public),
        ]
    )
    return DeviceKeys(DeviceSigner(signing, signing_jwk), DeviceAgreementKey(agreement, agreement_jwk), local)
