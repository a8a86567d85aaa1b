"""The functions the page calls (through ``wayfarer.api``): JSON in, JSON out, async.

Binary values cross as base64url text. One :class:`~wayfarer.store.Vault` serves the whole worker
(IndexedDB in the browser, an in-memory store under CPython); :func:`use_vault` swaps it in tests.
"""

from __future__ import annotations

import secrets
import statistics
import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from wayfarer._bridge import webcrypto
from wayfarer.audit import AuditFormatError, describe, verify_async
from wayfarer.consent import (
    Recipient,
    active_grants,
    break_glass,
    grant,
    grants_from_json,
    grants_to_json,
    revoke,
)
from wayfarer.consent._model import time_from_json
from wayfarer.privacy._record import record_of_processing
from wayfarer.store import StoreFormatError, Vault, record_ad
from wayfarer.store._format import b64, unb64

_vault: Vault | None = None


def vault() -> Vault:
    global _vault
    if _vault is None:
        _vault = Vault()
    return _vault


def use_vault(replacement: Vault | None) -> None:
    """Serve the page from ``replacement`` (tests); None goes back to the default store."""
    global _vault
    _vault = replacement


# ------------------------------------------------------------------------- store


async def store_status() -> dict[str, Any]:
    return await vault().status()


async def store_setup(passphrase: str) -> dict[str, str]:
    """Returns ``{"recovery_code"}``: show it once; it is never stored."""
    return {"recovery_code": await vault().setup(passphrase)}


async def store_unlock(passphrase: str) -> dict[str, Any]:
    return await vault().unlock(passphrase)


async def store_unlock_recovery(code: str) -> dict[str, Any]:
    return await vault().unlock_recovery(code)


async def store_unlock_passkey(prf_output: str) -> dict[str, Any]:
    return await vault().unlock_passkey(unb64(prf_output, "the passkey's PRF output"))


async def store_add_passkey(passphrase: str, prf_output: str, credential_id: str, prf_salt: str) -> bool:
    await vault().add_passkey(passphrase, unb64(prf_output, "the PRF output"), credential_id, prf_salt)
    return True


def store_new_prf_salt() -> str:
    """A fresh random 32-byte PRF input for registering a passkey (base64url)."""
    return b64(secrets.token_bytes(32))


async def store_lock() -> bool:
    # An open series of sensor readings is closed first, so the log says what it saved.
    await vault().close_series()
    vault().lock()
    return True


async def store_put(record_id: str, category: str, data: Any, schema: int = 1) -> dict[str, Any]:
    return await vault().put(record_id, category, data, schema=schema)


async def store_put_many(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Store many records at once (e.g. a batch of readings): ``[{"id", "category", "data"}]``."""
    if not isinstance(records, list):
        raise StoreFormatError("records must be a list of {id, category, data}")
    return await vault().put_many(records)


async def store_get(record_id: str, purpose: str = "self") -> dict[str, Any]:
    return await vault().get(record_id, purpose=purpose)


async def store_list() -> dict[str, Any]:
    return await vault().list_records()


async def store_delete(record_id: str) -> bool:
    await vault().delete(record_id)
    return True


async def store_selftest(count: int = 200, size: int = 256, batch: bool = False) -> dict[str, Any]:
    """Encrypt and decrypt ``count`` records of ``size`` bytes with a throwaway key, as the store
    does (fresh IV, id and schema as associated data), and report milliseconds per record.

    Sequential: each record's encrypt + decrypt timed alone (median, p99). ``batch``: all records
    encrypted in one bridge call, then all decrypted in one, and the total divided by ``count`` (how
    ``store.put_many`` stores a batch of sensor readings)."""
    if type(count) is not int or not 1 <= count <= 10_000 or type(size) is not int or not 1 <= size <= 65_536:
        raise StoreFormatError("selftest needs 1-10000 records of 1-65536 bytes")
    key = await webcrypto.aes_generate(extractable=False)
    plaintext = secrets.token_bytes(size)
    jobs = [(record_ad(f"selftest-{i}", 1), secrets.token_bytes(12)) for i in range(count)]
    try:
        if batch:
            started = time.perf_counter()
            sealed = await webcrypto.aes_many(key, [(iv, ad, plaintext) for ad, iv in jobs])
            opened = await webcrypto.aes_many(
                key, [(iv, ad, box) for (ad, iv), box in zip(jobs, sealed, strict=True)], decrypting=True
            )
            per_record = (time.perf_counter() - started) * 1000 / count
            if any(item != plaintext for item in opened):
                raise webcrypto.CryptoError("a self-test record did not decrypt to what was encrypted")
            return {"count": count, "bytes": size, "batch": True, "per_record_ms": per_record}
        times: list[float] = []
        for ad, iv in jobs:
            started = time.perf_counter()
            box = await webcrypto.aes_encrypt(key, iv, ad, plaintext)
            item = await webcrypto.aes_decrypt(key, iv, ad, box)
            times.append((time.perf_counter() - started) * 1000)
            if item != plaintext:
                raise webcrypto.CryptoError("the self-test record did not decrypt to what was encrypted")
    finally:
        key.destroy()
    ordered = sorted(times)
    return {
        "count": count,
        "bytes": size,
        "batch": False,
        "median_ms": statistics.median(ordered),
        "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
    }


# ------------------------------------------------------------------------- emergency


async def emergency_read(recipient: str | None = None) -> dict[str, Any]:
    return await vault().emergency_read(recipient)


async def emergency_choose(fields: list[str]) -> list[str]:
    if not isinstance(fields, list):
        raise StoreFormatError("fields must be a list such as ['allergies', 'medicines']")
    return await vault().emergency_choose(fields)


# ------------------------------------------------------------------------- audit


def _zone(tz_offset_minutes: int) -> timezone:
    if type(tz_offset_minutes) is not int or abs(tz_offset_minutes) > 18 * 60:
        raise ValueError("tz_offset_minutes must be whole minutes east of UTC, within ±18 hours")
    return timezone(timedelta(minutes=tz_offset_minutes))


_SERIES_DETAILS = ("Saved ", "Started saving ")
"""Details of the store's series entries (``Vault.put_series``), which read as a sentence alone."""


def _sentence(entry: Any, zone: timezone) -> str:
    try:
        text = describe(entry, tz=zone)
    except AuditFormatError as error:
        return f"(this entry cannot be read: {error})"
    detail = entry.get("detail") or ""
    if entry.get("action") == "write" and detail.startswith(_SERIES_DETAILS):
        # "23 Nov 2026 08:17 — Saved 1,024 heart-rate readings from Polar H10 (08:00–08:17 UTC)"
        return f"{text.split(' — ', 1)[0]} — {detail}"
    return text


async def audit_read(tz_offset_minutes: int = 0) -> dict[str, Any]:
    """The activity log in plain words, newest first, plus any damaged earlier log kept read-only."""
    zone = _zone(tz_offset_minutes)
    current = vault()
    async with current.mutex():
        journal = await current.journal()
        assert journal.log is not None
        entries = journal.log.entries
        damaged = await journal.damaged_entries()
    return {
        "entries": [
            {"index": e["index"], "action": e["action"], "text": _sentence(e, zone)}
            for e in reversed(entries)
        ],
        "damaged": [
            {"reason": d["reason"], "entries": [_sentence(e, zone) for e in d["entries"]]} for d in damaged
        ],
    }


async def audit_verify() -> dict[str, Any]:
    current = vault()
    async with current.mutex():
        journal = await current.journal()
        assert journal.log is not None
        keys = await current.device()
        result = await verify_async(
            journal.log.entries, journal.log.head, keys.signer.public_jwk, keys.verify
        )
    return {
        "ok": result.ok and not journal.damaged,
        "first_bad": result.first_bad,
        "truncated": result.truncated,
        "verified": result.verified,
        "reason": result.reason,
        "damaged": [d["reason"] for d in journal.damaged],
    }


async def audit_export() -> str:
    """The activity log as one canonical JSON text anyone can check with the device's public key."""
    current = vault()
    async with current.mutex():
        journal = await current.journal()
        assert journal.log is not None
        await journal.append("patient", "export", [], "self", detail="the activity log")
        return journal.log.export()


# ------------------------------------------------------------------------- consent


def _now() -> datetime:
    return datetime.now(UTC)


async def consent_list() -> list[dict[str, Any]]:
    grants = grants_from_json(await vault().read_grants())
    active = {g.grant_id for g in active_grants(grants, _now())}
    return [{**g.to_json(), "active": g.grant_id in active} for g in grants]


async def consent_grant(
    recipient: dict[str, str], categories: list[str], purpose: str, expires_at: str
) -> str:
    """Allow ``recipient`` ({kind, id, display_name}) to see ``categories`` for ``purpose`` until
    ``expires_at`` (UTC, "2026-11-23T08:00:00.000Z"); needs the records unlocked. Returns the grant id."""
    current = vault()
    async with current.mutex():
        current.require_unlocked()
        grants = grants_from_json(await current.read_grants())
        change = grant(
            grants,
            Recipient.from_json(recipient),
            categories,
            purpose,
            at=_now(),
            expires_at=time_from_json(expires_at, "expires_at"),
        )
        await current.log_event(change.event)
        await current.write_grants(grants_to_json(change.grants))
        return change.grant.grant_id


async def consent_revoke(grant_id: str) -> bool:
    """Withdraw a grant (allowed while locked: it only takes access away)."""
    current = vault()
    async with current.mutex():
        grants = grants_from_json(await current.read_grants())
        change = revoke(grants, grant_id, at=_now())
        await current.log_event(change.event)
        await current.write_grants(grants_to_json(change.grants))
        return True


async def consent_break_glass(recipient: dict[str, str], by: str, reason: str, minutes: int = 60) -> str:
    """Emergency sharing when the patient cannot consent; allowed while locked; always logged."""
    if type(minutes) is not int:
        raise ValueError("minutes must be a whole number")
    current = vault()
    async with current.mutex():
        grants = grants_from_json(await current.read_grants())
        change = break_glass(
            grants,
            Recipient.from_json(recipient),
            at=_now(),
            by=by,
            reason=reason,
            duration=timedelta(minutes=minutes),
        )
        await current.log_event(change.event)
        await current.write_grants(grants_to_json(change.grants))
        return change.grant.grant_id


# ------------------------------------------------------------------------- GDPR


async def privacy_export() -> dict[str, Any]:
    """Everything as one JSON document (Art. 20); the page offers it as a file.

    Sensor segments are stored as packed columns; each also gets its ``readings`` as plain rows
    (time, parameter, value, unit, source, check) so the person can read and reuse them.
    """
    from wayfarer.ingest import read_rows

    document = await vault().export()
    for record in document["records"]:
        data = record.get("data")
        if isinstance(data, dict) and str(data.get("format", "")).startswith("wayfarer-sensor-"):
            try:
                record["readings"] = read_rows(data)
            except ValueError as error:
                record["readings_error"] = str(error)
    return document


async def privacy_erase() -> bool:
    """Destroy the keys and delete the database (Art. 17). The page also clears localStorage."""
    await vault().erase()
    return True


def privacy_record(lang: str = "en") -> list[dict[str, str]]:
    """The record of processing (Art. 30) in plain words."""
    return record_of_processing(lang)
