"""Device-bound sealed values: the emergency card, the audit log and consent grants.

They are sealed under the device's non-extractable AES key (see :mod:`wayfarer.keys._device`), which
needs no passphrase, so they work while the health records are locked and are never plaintext on
disk. None of them holds a health *value* except the emergency card, which holds exactly the fields
the patient chose to show without unlocking.
"""

from __future__ import annotations

import secrets
from typing import Any

from wayfarer._bridge import kv as kv_bridge
from wayfarer._bridge import webcrypto
from wayfarer.store._format import IV_BYTES, envelope, from_json_bytes, local_ad, open_envelope, to_json_bytes


async def seal_local(key: webcrypto.CryptoKeyHandle, name: str, value: object) -> kv_bridge.Put:
    iv = secrets.token_bytes(IV_BYTES)
    ciphertext = await webcrypto.aes_encrypt(key, iv, local_ad(name), to_json_bytes(value, name))
    return kv_bridge.Put("local", name, envelope(iv, ciphertext, v=1))


async def open_local(key: webcrypto.CryptoKeyHandle, name: str, data: bytes) -> Any:
    """The JSON value sealed under ``name``; raises StoreFormatError or DecryptionError if damaged."""
    _, iv, ciphertext = open_envelope(data)
    return from_json_bytes(await webcrypto.aes_decrypt(key, iv, local_ad(name), ciphertext))


async def read_local(kv: kv_bridge.KeyValueStore, key: webcrypto.CryptoKeyHandle, name: str) -> Any:
    data = await kv.get("local", name)
    if not isinstance(data, bytes):
        return None
    return await open_local(key, name, data)
