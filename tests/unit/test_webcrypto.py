"""The CPython twin of the Web Crypto bridge: same formats and the same refusals as the browser."""

from __future__ import annotations

import secrets
from asyncio import run

import pytest

from wayfarer._bridge import webcrypto
from wayfarer._bridge.kv import Delete, MemoryKV, Put, StorageError
from wayfarer.keys import device_keys, forget_device_keys, verify_signature


def test_aes_gcm_round_trip_binds_iv_and_associated_data() -> None:
    async def check() -> None:
        key = await webcrypto.aes_generate(extractable=False)
        iv = secrets.token_bytes(12)
        sealed = await webcrypto.aes_encrypt(key, iv, b"ad", b"hello")
        assert len(sealed) == 5 + 16
        assert await webcrypto.aes_decrypt(key, iv, b"ad", sealed) == b"hello"
        with pytest.raises(webcrypto.DecryptionError):
            await webcrypto.aes_decrypt(key, iv, b"other ad", sealed)
        with pytest.raises(webcrypto.DecryptionError):
            await webcrypto.aes_decrypt(key, secrets.token_bytes(12), b"ad", sealed)
        with pytest.raises(webcrypto.CryptoError, match="12-byte IV"):
            await webcrypto.aes_encrypt(key, b"short", b"", b"x")

    run(check())


def test_aes_many_equals_one_by_one() -> None:
    async def check() -> None:
        key = await webcrypto.aes_generate(extractable=False)
        jobs = [(secrets.token_bytes(12), f"ad{i}".encode(), secrets.token_bytes(i)) for i in range(5)]
        sealed = await webcrypto.aes_many(key, jobs)
        opened = await webcrypto.aes_many(
            key, [(iv, ad, box) for (iv, ad, _), box in zip(jobs, sealed, strict=True)], decrypting=True
        )
        assert opened == [data for _, _, data in jobs]
        assert await webcrypto.aes_many(key, []) == []

    run(check())


def test_wrapping_needs_an_extractable_key_and_the_right_kek() -> None:
    async def check() -> None:
        data_key = await webcrypto.aes_generate(extractable=True)
        kek = await webcrypto.pbkdf2_kek(b"pass phrase", b"s" * 16, 1000)
        other = await webcrypto.hkdf_key(b"x" * 32, b"salt", b"info", "wrap")
        iv = secrets.token_bytes(12)
        wrapped = await webcrypto.wrap("raw", data_key, kek, iv, b"by passphrase")
        unwrapped = await webcrypto.unwrap_aes(wrapped, kek, iv, b"by passphrase")
        assert not unwrapped.extractable
        with pytest.raises(webcrypto.DecryptionError):
            await webcrypto.unwrap_aes(wrapped, other, iv, b"by passphrase")
        with pytest.raises(webcrypto.CryptoError, match="non-extractable"):
            await webcrypto.wrap("raw", unwrapped, kek, iv, b"")
        sealed = await webcrypto.aes_encrypt(data_key, iv, b"", b"same key")
        assert await webcrypto.aes_decrypt(unwrapped, iv, b"", sealed) == b"same key"
        unwrapped.destroy()
        with pytest.raises(webcrypto.CryptoError, match="dropped"):
            await webcrypto.aes_decrypt(unwrapped, iv, b"", sealed)

    run(check())


def test_ecdh_private_key_wraps_as_pkcs8_and_agrees() -> None:
    async def check() -> None:
        data_key = await webcrypto.aes_generate(extractable=True)
        mine, mine_public = await webcrypto.ec_generate("ECDH", extractable=True)
        theirs, theirs_public = await webcrypto.ec_generate("ECDH", extractable=False)
        iv = secrets.token_bytes(12)
        wrapped = await webcrypto.wrap("pkcs8", mine, data_key, iv, b"inbox")
        restored = await webcrypto.unwrap_ecdh(wrapped, data_key, iv, b"inbox")
        shared = await webcrypto.derive_bits(restored, theirs_public)
        assert shared == await webcrypto.derive_bits(theirs, mine_public)
        assert len(shared) == 32

    run(check())


def test_device_keys_are_made_once_per_store_and_sign_verifiably() -> None:
    async def check() -> None:
        kv = MemoryKV()
        keys = await device_keys(kv)
        assert await device_keys(kv) is keys
        forget_device_keys(kv)
        reloaded = await device_keys(kv)  # a reload: the same keys come back from storage
        assert reloaded is not keys and reloaded.signer.public_jwk == keys.signer.public_jwk
        signature = await reloaded.signer.sign(b"data")
        assert verify_signature(keys.signer.public_jwk, b"data", signature)
        assert await reloaded.verify(keys.signer.public_jwk, b"data", signature)
        assert not await reloaded.verify(keys.signer.public_jwk, b"other", signature)
        peer, peer_public = await webcrypto.ec_generate("ECDH", extractable=False)
        shared = await reloaded.agreement.derive_shared(peer_public)
        assert shared == await webcrypto.derive_bits(peer, keys.agreement.public_jwk)
        assert not reloaded.local_key.extractable and not reloaded.signer._key.extractable

    run(check())


def test_memory_kv_checks_stores_and_values_and_writes_all_or_nothing() -> None:
    async def check() -> None:
        kv = MemoryKV()
        with pytest.raises(StorageError, match="no object store"):
            await kv.get("nope", "k")
        with pytest.raises(StorageError, match="only bytes"):
            await kv.write([Put("records", "a", b"ok"), Put("records", "b", "text")])  # type: ignore[arg-type]
        assert await kv.get("records", "a") is None  # nothing of the failed batch was written
        await kv.write([Put("records", "a", b"1"), Put("records", "b", b"2"), Delete("records", "a")])
        assert await kv.all("records") == [("b", b"2")]

    run(check())
