"""The encrypted health store: records under a data key that only the patient's secrets unwrap.

Layout (object stores of :mod:`wayfarer._bridge.kv`):

``meta``     ``vault``: the data key wrapped three ways (passphrase via PBKDF2-SHA-256, recovery
             code via HKDF, passkey PRF output via HKDF; AES-GCM wrapping), the inbox public key
             and its private half wrapped by the data key; ``lockout``: the wrong-attempt counter.
``records``  one AES-GCM-256 envelope per record, fresh 96-bit IV per write, associated data =
             canonical (record id, schema version).
``inbox``    records written while locked, each sealed to the inbox public key (ephemeral ECDH
             P-256 + HKDF-SHA-256 → AES-GCM); merged into ``records`` and deleted on unlock.
``local``    device-bound sealed values (emergency card, audit log, consent grants).
``quarantine`` damaged records and inbox items, copied aside untouched when found.

Locking drops every key handle. Nothing is ever written in plaintext.
"""

from __future__ import annotations

import asyncio
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from wayfarer._bridge import kv as kv_bridge
from wayfarer._bridge import webcrypto
from wayfarer.audit import AuditEvent
from wayfarer.keys import DeviceKeys, device_keys, forget_device_keys
from wayfarer.store._errors import (
    AlreadySetUpError,
    LockedError,
    NotSetUpError,
    RecordDamagedError,
    RecordNotFoundError,
    StoreFormatError,
    TryAgainLaterError,
    WeakPassphraseError,
    WrongSecretError,
)
from wayfarer.store._format import (
    EMERGENCY_FIELDS,
    INBOX_INFO,
    INBOX_KEY_AD,
    IV_BYTES,
    PASSKEY_INFO,
    RECOVERY_INFO,
    b64,
    check_category,
    check_record_id,
    check_schema,
    envelope,
    from_json_bytes,
    inbox_ad,
    now_text,
    open_envelope,
    record_ad,
    to_json_bytes,
    unb64,
    wrap_ad,
)
from wayfarer.store._journal import Journal
from wayfarer.store._local import read_local, seal_local
from wayfarer.store._lockout import Lockout
from wayfarer.store._recovery import new_recovery_code, normalize_recovery_code

PBKDF2_ITERATIONS = 600_000
MIN_PASSPHRASE_LENGTH = 8
SALT_BYTES = 16
PRF_BYTES = 32
VAULT = "vault"
LOCKOUT = "lockout"
CARD = "emergency/card"
GRANTS = "consent/grants"


SERIES_WINDOW = timedelta(minutes=15)
"""How long one "started saving" audit entry covers the writes of a growing record."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class _Series:
    """A growing record (a sensor segment) whose writes one opening audit entry covers."""

    category: str
    source: str
    purpose: str
    actor: str
    opened: datetime
    last: datetime
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _CardIndex:
    """What the emergency card shows (categories) and which record ids are on it: no values.

    Kept so that writing a record the card does not show (a vitals segment) needs no card read and
    decryption; dropped on lock and erase, and replaced whenever the card is read or written.
    """

    fields: frozenset[str]
    ids: frozenset[str]

    @staticmethod
    def of(card: Mapping[str, Any]) -> _CardIndex:
        return _CardIndex(frozenset(card.get("fields", ())), frozenset(card.get("items", {})))


def _phrase(kinds: Iterable[str]) -> str:
    words = list(kinds)
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _saved_text(series: _Series) -> str:
    total = _phrase(f"{count:,} {kind}" for kind, count in series.counts.items())
    span = f"{series.opened:%H:%M}–{series.last:%H:%M} UTC"
    return f"Saved {total or 'nothing'} from {series.source} ({span})"


def _passphrase_bytes(passphrase: str) -> bytes:
    if not isinstance(passphrase, str):
        raise WeakPassphraseError("the passphrase must be text")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


class Vault:
    """One device's encrypted store. All methods are async; operations run one at a time."""

    def __init__(
        self, kv: kv_bridge.KeyValueStore | None = None, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        self._kv = kv if kv is not None else kv_bridge.default_kv()
        self._clock = clock or _utc_now
        self._data_key: webcrypto.CryptoKeyHandle | None = None
        self._keys: DeviceKeys | None = None
        self._journal: Journal | None = None
        self._mutex: asyncio.Lock | None = None
        self._series: dict[str, _Series] = {}
        self._card_index: _CardIndex | None = None

    # ----------------------------------------------------------------- plumbing

    @property
    def kv(self) -> kv_bridge.KeyValueStore:
        return self._kv

    @property
    def unlocked(self) -> bool:
        return self._data_key is not None

    def _lock_guard(self) -> asyncio.Lock:
        if self._mutex is None:
            self._mutex = asyncio.Lock()
        return self._mutex

    async def _device(self) -> DeviceKeys:
        if self._keys is None:
            self._keys = await device_keys(self._kv)
        return self._keys

    async def device(self) -> DeviceKeys:
        """This device's keys (made on first use)."""
        return await self._device()

    async def journal(self) -> Journal:
        """The audit log (loaded and verified on first use)."""
        if self._journal is None:
            journal = Journal(self._kv, await self._device(), self._clock)
            await journal.load()
            self._journal = journal
        elif self._journal.log is None:  # a failed write: read the stored log again
            await self._journal.load()
        return self._journal

    async def _audit(self, action: str, categories: Iterable[str], purpose: str, **extra: Any) -> None:
        actor = extra.pop("actor", "patient")
        await (await self.journal()).append(actor, action, sorted(set(categories)), purpose, **extra)

    async def _meta(self) -> dict[str, Any] | None:
        data = await self._kv.get("meta", VAULT)
        if not isinstance(data, bytes):
            return None
        meta: dict[str, Any] = from_json_bytes(data)
        return meta

    async def _require_meta(self) -> dict[str, Any]:
        meta = await self._meta()
        if meta is None:
            raise NotSetUpError("No passphrase has been set up on this device yet. Set one up first.")
        return meta

    def _require_data_key(self) -> webcrypto.CryptoKeyHandle:
        if self._data_key is None:
            raise LockedError("Your health records are locked. Unlock them with your passphrase first.")
        return self._data_key

    async def _lockout(self) -> Lockout:
        data = await self._kv.get("meta", LOCKOUT)
        return Lockout.from_bytes(data if isinstance(data, bytes) else None)

    # ----------------------------------------------------------------- status and setup

    async def is_set_up(self) -> bool:
        """Whether a passphrase has been set up (so :meth:`put` has somewhere to write)."""
        return await self._meta() is not None

    async def status(self) -> dict[str, Any]:
        meta = await self._meta()
        lockout = await self._lockout()
        inbox = await self._kv.all("inbox") if meta is not None else []
        passkey = (meta or {}).get("data_key", {}).get("passkey")
        state = "new" if meta is None else ("unlocked" if self.unlocked else "locked")
        status: dict[str, Any] = {
            "state": state,
            "wait_seconds": lockout.wait_seconds(self._clock()),
            "failures": lockout.failures,
            "inbox": len(inbox),
            "passkey": None
            if passkey is None
            else {"credential_id": passkey["credential_id"], "prf_salt": passkey["prf_salt"]},
        }
        if meta is not None:
            journal = await self.journal()
            status["audit_damaged"] = [item["reason"] for item in journal.damaged]
            status["emergency_fields"] = (await self._card()).get("fields", list(EMERGENCY_FIELDS))
            status["quarantined"] = len(await self._kv.all("quarantine"))
        return status

    async def setup(self, passphrase: str) -> str:
        """Make the data key, wrap it by the passphrase and a new recovery code; return the code.

        The store is unlocked afterwards. Show the code once and ask the person to write it down: it
        is never stored and cannot be shown again.
        """
        async with self._lock_guard():
            secret = _passphrase_bytes(passphrase)
            if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
                raise WeakPassphraseError(
                    f"Please choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters; "
                    "a short sentence is easy to remember and hard to guess."
                )
            if await self._meta() is not None:
                raise AlreadySetUpError(
                    "This device already has a passphrase. Erase everything to start again."
                )
            code = new_recovery_code()
            data_key = await webcrypto.aes_generate(extractable=True)
            try:
                pass_salt = secrets.token_bytes(SALT_BYTES)
                pass_kek = await webcrypto.pbkdf2_kek(secret, pass_salt, PBKDF2_ITERATIONS)
                wrapped_pass = await self._wrap_data_key(data_key, pass_kek, "passphrase")
                wrapped_pass["salt"] = b64(pass_salt)
                wrapped_pass["iterations"] = PBKDF2_ITERATIONS
                code_salt = secrets.token_bytes(SALT_BYTES)
                code_kek = await webcrypto.hkdf_key(
                    normalize_recovery_code(code).encode("ascii"), code_salt, RECOVERY_INFO, "wrap"
                )
                wrapped_code = await self._wrap_data_key(data_key, code_kek, "recovery")
                wrapped_code["salt"] = b64(code_salt)
                inbox_private, inbox_public = await webcrypto.ec_generate("ECDH", extractable=True)
                inbox_iv = secrets.token_bytes(IV_BYTES)
                inbox_wrapped = await webcrypto.wrap("pkcs8", inbox_private, data_key, inbox_iv, INBOX_KEY_AD)
                inbox_private.destroy()
                meta = {
                    "v": 1,
                    "created": now_text(self._clock()),
                    "data_key": {"passphrase": wrapped_pass, "recovery": wrapped_code},
                    "inbox": {"public_jwk": inbox_public, "iv": b64(inbox_iv), "wrapped": b64(inbox_wrapped)},
                }
                working = await self._unwrap_data_key(wrapped_pass, pass_kek, "passphrase")
            finally:
                data_key.destroy()
            await self._kv.write(
                [
                    kv_bridge.Put("meta", VAULT, to_json_bytes(meta, "vault")),
                    kv_bridge.Delete("meta", LOCKOUT),
                ]
            )
            self._data_key = working
            await self.journal()
            return code

    async def _wrap_data_key(
        self, data_key: webcrypto.CryptoKeyHandle, kek: webcrypto.CryptoKeyHandle, method: str
    ) -> dict[str, Any]:
        iv = secrets.token_bytes(IV_BYTES)
        wrapped = await webcrypto.wrap("raw", data_key, kek, iv, wrap_ad(method))
        return {"iv": b64(iv), "wrapped": b64(wrapped)}

    @staticmethod
    async def _unwrap_data_key(
        entry: dict[str, Any], kek: webcrypto.CryptoKeyHandle, method: str, *, extractable: bool = False
    ) -> webcrypto.CryptoKeyHandle:
        iv = unb64(entry["iv"], "iv", IV_BYTES)
        wrapped = unb64(entry["wrapped"], "wrapped key")
        return await webcrypto.unwrap_aes(wrapped, kek, iv, wrap_ad(method), extractable=extractable)

    # ----------------------------------------------------------------- unlocking

    async def _check_wait(self) -> Lockout:
        lockout = await self._lockout()
        wait = lockout.wait_seconds(self._clock())
        if wait > 0:
            raise TryAgainLaterError(
                f"Too many wrong tries. Please wait {wait} seconds, then try again.", wait
            )
        return lockout

    async def _failed(self, lockout: Lockout, what: str) -> WrongSecretError:
        now = self._clock()
        failed = lockout.failed(now)
        await self._kv.write([kv_bridge.Put("meta", LOCKOUT, failed.to_bytes())])
        wait = failed.wait_seconds(now)
        return WrongSecretError(
            f"That {what} is not right. Please check it and try again in {wait} seconds.", wait
        )

    async def _pass_kek(self, meta: dict[str, Any], passphrase: str) -> webcrypto.CryptoKeyHandle:
        entry = meta["data_key"]["passphrase"]
        salt = unb64(entry["salt"], "salt")
        iterations = int(entry["iterations"])
        return await webcrypto.pbkdf2_kek(_passphrase_bytes(passphrase), salt, iterations)

    async def _open_with(
        self, method: str, what: str, kek_for: Callable[[dict[str, Any]], Any], *, extractable: bool = False
    ) -> webcrypto.CryptoKeyHandle:
        meta = await self._require_meta()
        lockout = await self._check_wait()
        entry = meta["data_key"].get(method)
        if entry is None:
            raise NotSetUpError(f"No {what} has been set up on this device.")
        kek = await kek_for(meta)
        try:
            key = await self._unwrap_data_key(entry, kek, method, extractable=extractable)
        except webcrypto.DecryptionError:
            raise await self._failed(lockout, what) from None
        finally:
            kek.destroy()
        if lockout.failures:
            await self._kv.write([kv_bridge.Delete("meta", LOCKOUT)])
        return key

    async def _unlocked_with(self, key: webcrypto.CryptoKeyHandle) -> dict[str, Any]:
        if self._data_key is not None:
            self._data_key.destroy()
        self._data_key = key
        merged = await self._merge_inbox()
        await self.journal()
        return {"unlocked": True, "merged": merged}

    async def unlock(self, passphrase: str) -> dict[str, Any]:
        """Unlock with the passphrase; merges the inbox. Returns ``{"unlocked", "merged"}``."""
        async with self._lock_guard():

            async def kek(meta: dict[str, Any]) -> webcrypto.CryptoKeyHandle:
                return await self._pass_kek(meta, passphrase)

            return await self._unlocked_with(await self._open_with("passphrase", "passphrase", kek))

    async def unlock_recovery(self, code: str) -> dict[str, Any]:
        """Unlock with the recovery code (a typo is reported without counting as a wrong try)."""
        async with self._lock_guard():
            normalized = normalize_recovery_code(code)

            async def kek(meta: dict[str, Any]) -> webcrypto.CryptoKeyHandle:
                salt = unb64(meta["data_key"]["recovery"]["salt"], "salt")
                return await webcrypto.hkdf_key(normalized.encode("ascii"), salt, RECOVERY_INFO, "wrap")

            return await self._unlocked_with(await self._open_with("recovery", "recovery code", kek))

    async def unlock_passkey(self, prf_output: bytes) -> dict[str, Any]:
        """Unlock with the 32-byte PRF output of the registered passkey."""
        async with self._lock_guard():
            secret = self._check_prf(prf_output)

            async def kek(meta: dict[str, Any]) -> webcrypto.CryptoKeyHandle:
                salt = unb64(meta["data_key"]["passkey"]["salt"], "salt")
                return await webcrypto.hkdf_key(secret, salt, PASSKEY_INFO, "wrap")

            return await self._unlocked_with(await self._open_with("passkey", "passkey", kek))

    @staticmethod
    def _check_prf(prf_output: bytes) -> bytes:
        if not isinstance(prf_output, bytes) or len(prf_output) != PRF_BYTES:
            raise StoreFormatError(f"a passkey's PRF output is {PRF_BYTES} bytes")
        return prf_output

    async def add_passkey(
        self, passphrase: str, prf_output: bytes, credential_id: str, prf_salt: str
    ) -> None:
        """Also wrap the data key by a passkey's PRF output; asks for the passphrase again.

        ``credential_id`` and ``prf_salt`` (base64url) are public: the page needs them to ask the
        passkey for the same PRF output at unlock.
        """
        async with self._lock_guard():
            secret = self._check_prf(prf_output)
            unb64(credential_id, "credential id")
            unb64(prf_salt, "PRF salt", PRF_BYTES)

            async def kek(meta: dict[str, Any]) -> webcrypto.CryptoKeyHandle:
                return await self._pass_kek(meta, passphrase)

            data_key = await self._open_with("passphrase", "passphrase", kek, extractable=True)
            try:
                salt = secrets.token_bytes(SALT_BYTES)
                prf_kek = await webcrypto.hkdf_key(secret, salt, PASSKEY_INFO, "wrap")
                entry = await self._wrap_data_key(data_key, prf_kek, "passkey")
                prf_kek.destroy()
            finally:
                data_key.destroy()
            entry.update(salt=b64(salt), credential_id=credential_id, prf_salt=prf_salt)
            meta = await self._require_meta()
            meta["data_key"]["passkey"] = entry
            await self._kv.write([kv_bridge.Put("meta", VAULT, to_json_bytes(meta, "vault"))])
            await self._audit(
                "consent_change", [], "self", detail="a passkey can now unlock this phone's records"
            )

    def lock(self) -> None:
        """Drop the data key from memory (the JS CryptoKey too). Device keys stay: they need no secret."""
        self._card_index = None
        if self._data_key is not None:
            self._data_key.destroy()
            self._data_key = None

    # ----------------------------------------------------------------- inbox

    async def _merge_inbox(self) -> int:
        data_key = self._require_data_key()
        items = await self._kv.all("inbox")
        if not items:
            return 0
        meta = await self._require_meta()
        inbox = meta["inbox"]
        private = await webcrypto.unwrap_ecdh(
            unb64(inbox["wrapped"], "inbox key"), data_key, unb64(inbox["iv"], "iv", IV_BYTES), INBOX_KEY_AD
        )
        merged = 0
        try:
            for name, sealed in items:
                assert isinstance(sealed, bytes)
                try:
                    record_id, schema, plaintext = await self._open_inbox_item(private, sealed)
                except (StoreFormatError, webcrypto.CryptoError, KeyError, ValueError):
                    await self._kv.write(
                        [
                            kv_bridge.Put("quarantine", f"inbox/{name}", sealed),
                            kv_bridge.Delete("inbox", name),
                        ]
                    )
                    continue
                put = await self._seal_record(data_key, record_id, schema, plaintext)
                await self._kv.write([put, kv_bridge.Delete("inbox", name)])
                content = from_json_bytes(plaintext)
                await self._card_changed(record_id, content["category"], content["data"])
                merged += 1
        finally:
            private.destroy()
        return merged

    @staticmethod
    async def _open_inbox_item(private: webcrypto.CryptoKeyHandle, sealed: bytes) -> tuple[str, int, bytes]:
        public, iv, ciphertext = open_envelope(sealed)
        record_id = check_record_id(public["id"])
        schema = check_schema(public["schema"])
        shared = await webcrypto.derive_bits(private, public["epk"])
        key = await webcrypto.hkdf_key(shared, unb64(public["salt"], "salt"), INBOX_INFO, "encrypt")
        try:
            return (
                record_id,
                schema,
                await webcrypto.aes_decrypt(key, iv, inbox_ad(record_id, schema), ciphertext),
            )
        finally:
            key.destroy()

    async def _seal_to_inbox(self, record_id: str, schema: int, plaintext: bytes) -> kv_bridge.Put:
        meta = await self._require_meta()
        ephemeral, ephemeral_public = await webcrypto.ec_generate("ECDH", extractable=False)
        try:
            shared = await webcrypto.derive_bits(ephemeral, meta["inbox"]["public_jwk"])
        finally:
            ephemeral.destroy()
        salt = secrets.token_bytes(SALT_BYTES)
        key = await webcrypto.hkdf_key(shared, salt, INBOX_INFO, "encrypt")
        iv = secrets.token_bytes(IV_BYTES)
        try:
            ciphertext = await webcrypto.aes_encrypt(key, iv, inbox_ad(record_id, schema), plaintext)
        finally:
            key.destroy()
        name = f"{now_text(self._clock())}-{secrets.token_hex(4)}"
        sealed = envelope(
            iv, ciphertext, v=1, id=record_id, schema=schema, epk=ephemeral_public, salt=b64(salt)
        )
        return kv_bridge.Put("inbox", name, sealed)

    # ----------------------------------------------------------------- records

    @staticmethod
    async def _seal_record(
        key: webcrypto.CryptoKeyHandle, record_id: str, schema: int, plaintext: bytes
    ) -> kv_bridge.Put:
        iv = secrets.token_bytes(IV_BYTES)
        ciphertext = await webcrypto.aes_encrypt(key, iv, record_ad(record_id, schema), plaintext)
        return kv_bridge.Put("records", record_id, envelope(iv, ciphertext, v=1, schema=schema))

    async def _open_record(self, record_id: str, sealed: bytes) -> dict[str, Any]:
        key = self._require_data_key()
        try:
            public, iv, ciphertext = open_envelope(sealed)
            if public.get("v") != 1:
                raise StoreFormatError("the record's envelope has an unknown version")
            schema = check_schema(public.get("schema"))
            plaintext = await webcrypto.aes_decrypt(key, iv, record_ad(record_id, schema), ciphertext)
            content = from_json_bytes(plaintext)
            if not isinstance(content, dict) or {"category", "data", "updated"} - set(content):
                raise StoreFormatError("the decrypted record is not a record")
        except (StoreFormatError, webcrypto.DecryptionError, UnicodeDecodeError, ValueError):
            await self._quarantine(record_id, sealed)
            raise RecordDamagedError(record_id) from None
        return {"id": record_id, "schema": schema, **content}

    async def _quarantine(self, record_id: str, sealed: bytes) -> None:
        name = f"records/{record_id}"
        if await self._kv.get("quarantine", name) != sealed:
            await self._kv.write([kv_bridge.Put("quarantine", name, sealed)])

    async def put(
        self,
        record_id: str,
        category: str,
        data: object,
        *,
        schema: int = 1,
        actor: str = "patient",
        purpose: str = "self",
    ) -> dict[str, Any]:
        """Encrypt and store one record; while locked it goes to the write-only inbox instead.

        Returns ``{"id", "stored": "records" | "inbox"}``. Every write is logged.
        """
        async with self._lock_guard():
            record_id = check_record_id(record_id)
            category = check_category(category)
            schema = check_schema(schema)
            plaintext = to_json_bytes(
                {"category": category, "data": data, "updated": now_text(self._clock())}, "the record"
            )
            await self._require_meta()
            if self._data_key is None:
                await self._kv.write([await self._seal_to_inbox(record_id, schema, plaintext)])
                await self._audit("write", [category], purpose, actor=actor, detail="sealed until unlock")
                return {"id": record_id, "stored": "inbox"}
            await self._kv.write([await self._seal_record(self._data_key, record_id, schema, plaintext)])
            await self._card_changed(record_id, category, data)
            await self._audit("write", [category], purpose, actor=actor)
            return {"id": record_id, "stored": "records"}

    async def put_series(
        self,
        record_id: str,
        category: str,
        data: object,
        *,
        added: Mapping[str, int],
        source: str,
        final: bool = False,
        schema: int = 1,
        actor: str = "patient",
        purpose: str = "self",
    ) -> dict[str, Any]:
        """:meth:`put` for a record that grows by appended readings (a sensor segment), logged per
        series instead of per write, so a streaming sensor does not bury the activity log.

        ``added`` counts what this write adds, by kind (``{"heart-rate readings": 64}``);
        ``source`` names where it came from ("Polar H10"). Every write that opens or ends a series
        is stored in one transaction with the entry that records it: the record's first write (and
        the first after :data:`SERIES_WINDOW` since that entry) with "Started saving heart-rate
        readings from Polar H10"; the writes that follow within the window add no entry. The write
        that ends the series (``final``) carries "Saved 1,024 heart-rate readings from Polar H10
        (08:00–08:17 UTC)"; a series written at once (first write and final, a backlog or a flood)
        has only that entry, which names what was written. A series that ends otherwise (the window
        passed, :meth:`close_series`) gets its "Saved" entry then. A page killed mid-series leaves
        the opening entry without its count; the count can be read from the record.
        """
        async with self._lock_guard():
            record_id = check_record_id(record_id)
            category = check_category(category)
            schema = check_schema(schema)
            plaintext = to_json_bytes(
                {"category": category, "data": data, "updated": now_text(self._clock())}, "the record"
            )
            stored = "records" if self._data_key is not None else "inbox"
            now = self._clock()
            series = self._series.get(record_id)
            window_passed = series is not None and now - series.opened >= SERIES_WINDOW
            if window_passed or self._journal is None or self._series_due(now, keep=record_id):
                # Entries before this write's own, or the log made: only in a store that is set up.
                await self._require_meta()
                await self._close_series_due(now, keep=record_id)
                if window_passed:
                    await self._close_one(record_id)
                    series = None
            opening = series is None
            if series is None:
                series = _Series(category, str(source), purpose, actor, now, now)
            counts = dict(series.counts)
            for kind, count in added.items():
                counts[kind] = counts.get(kind, 0) + int(count)
            detail = self._series_detail(series, counts, now, added, opening=opening, final=final)
            # Encrypting, checking that the store is set up and signing the entry are independent
            # round trips to the browser: asked for at once. The entry and the write it records go
            # to storage together, in one transaction.
            sealing = self._sealed(record_id, schema, plaintext)
            if detail is None:
                await self._kv.write(await sealing)
            else:
                journal = await self.journal()
                await journal.append_with(sealing, actor, "write", [category], purpose, detail=detail)
            series.last = now
            series.counts = counts
            if final:
                self._series.pop(record_id, None)
            elif opening:
                self._series[record_id] = series
            if stored == "records":
                await self._card_changed(record_id, category, data)
            return {"id": record_id, "stored": stored}

    def _series_detail(
        self,
        series: _Series,
        counts: dict[str, int],
        now: datetime,
        added: Mapping[str, int],
        *,
        opening: bool,
        final: bool,
    ) -> str | None:
        """The activity-log text of one :meth:`put_series` write: "Started saving …" when it opens a
        series, "Saved … (times)" when it ends one (both at once: only the "Saved" line names what
        was written), nothing for a write in the middle of a series."""
        sealed = ", sealed until unlock" if self._data_key is None else ""
        if final:
            ended = _Series(
                series.category, series.source, series.purpose, series.actor, series.opened, now, counts
            )
            return _saved_text(ended) + (sealed if opening else "")
        if opening:
            kinds = _phrase(kind for kind in added) or "readings"
            return f"Started saving {kinds} from {series.source}{sealed}"
        return None

    async def _sealed(self, record_id: str, schema: int, plaintext: bytes) -> list[kv_bridge.Op]:
        """The write of a record: encrypted when unlocked (once the store is known to be set up),
        sealed to the inbox while locked (which reads the inbox key from the meta)."""
        if self._data_key is None:
            return [await self._seal_to_inbox(record_id, schema, plaintext)]
        put, _ = await asyncio.gather(
            self._seal_record(self._data_key, record_id, schema, plaintext), self._require_meta()
        )
        return [put]

    def _series_due(self, now: datetime, keep: str) -> bool:
        return any(
            record_id != keep and now - series.opened >= SERIES_WINDOW
            for record_id, series in self._series.items()
        )

    async def close_series(self) -> int:
        """Log what every open series saved (see :meth:`put_series`); the number closed."""
        async with self._lock_guard():
            open_ids = list(self._series)
            for record_id in open_ids:
                await self._close_one(record_id)
            return len(open_ids)

    async def _close_series_due(self, now: datetime, keep: str) -> None:
        for record_id, series in list(self._series.items()):
            if record_id != keep and now - series.opened >= SERIES_WINDOW:
                await self._close_one(record_id)

    async def _close_one(self, record_id: str) -> None:
        series = self._series.pop(record_id, None)
        if series is None or not series.counts:
            return
        await self._audit(
            "write", [series.category], series.purpose, actor=series.actor, detail=_saved_text(series)
        )

    async def put_many(self, records: list[dict[str, Any]], *, purpose: str = "self") -> dict[str, Any]:
        """Store many records (``{"id", "category", "data", "schema"?}``) with one bridge call to encrypt
        them, one transaction and one audit entry. While locked each goes to the inbox."""
        async with self._lock_guard():
            await self._require_meta()
            prepared: list[tuple[str, str, int, bytes, object]] = []
            for item in records:
                if not isinstance(item, dict):
                    raise StoreFormatError("each record is {id, category, data}")
                record_id = check_record_id(item.get("id"))
                category = check_category(item.get("category"))
                schema = check_schema(item.get("schema", 1))
                content = {"category": category, "data": item.get("data"), "updated": now_text(self._clock())}
                prepared.append(
                    (record_id, category, schema, to_json_bytes(content, "the record"), item.get("data"))
                )
            if not prepared:
                return {"stored": 0, "to": "records" if self.unlocked else "inbox"}
            categories = {category for _, category, _, _, _ in prepared}
            if self._data_key is None:
                puts = [await self._seal_to_inbox(rid, schema, text) for rid, _, schema, text, _ in prepared]
                await self._kv.write(puts)
                detail = f"{len(prepared)} records, sealed until unlock"
                await self._audit("write", categories, purpose, detail=detail)
                return {"stored": len(prepared), "to": "inbox"}
            ivs = [secrets.token_bytes(IV_BYTES) for _ in prepared]
            jobs = [
                (iv, record_ad(rid, schema), text)
                for iv, (rid, _, schema, text, _) in zip(ivs, prepared, strict=True)
            ]
            sealed = await webcrypto.aes_many(self._data_key, jobs)
            await self._kv.write(
                [
                    kv_bridge.Put("records", rid, envelope(iv, box, v=1, schema=schema))
                    for iv, box, (rid, _, schema, _, _) in zip(ivs, sealed, prepared, strict=True)
                ]
            )
            for rid, category, _, _, data in prepared:
                await self._card_changed(rid, category, data)
            await self._audit("write", categories, purpose, detail=f"{len(prepared)} records")
            return {"stored": len(prepared), "to": "records"}

    async def get(
        self, record_id: str, *, purpose: str = "self", actor: str = "patient", recipient: str | None = None
    ) -> dict[str, Any]:
        """Decrypt one record for display (logged as a read). Raises RecordDamagedError naming it."""
        async with self._lock_guard():
            record_id = check_record_id(record_id)
            self._require_data_key()
            sealed = await self._kv.get("records", record_id)
            if not isinstance(sealed, bytes):
                raise RecordNotFoundError(f"There is no record {record_id!r}.")
            record = await self._open_record(record_id, sealed)
            await self._audit("read", [record["category"]], purpose, actor=actor, recipient=recipient)
            return record

    async def list_records(self) -> dict[str, Any]:
        """Ids, categories and times of every record (values are not returned, so not logged)."""
        async with self._lock_guard():
            self._require_data_key()
            records, damaged = await self._open_all()
            listed = [{k: r[k] for k in ("id", "category", "updated", "schema")} for r in records]
            return {"records": listed, "damaged": damaged}

    async def _open_all(self) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
        records: list[dict[str, Any]] = []
        damaged: list[dict[str, str]] = []
        for record_id, sealed in await self._kv.all("records"):
            assert isinstance(sealed, bytes)
            try:
                records.append(await self._open_record(record_id, sealed))
            except RecordDamagedError as error:
                damaged.append({"id": record_id, "message": str(error)})
        return records, damaged

    async def delete(self, record_id: str) -> None:
        """Erase one record (Art. 17 for a single item); logged."""
        async with self._lock_guard():
            record_id = check_record_id(record_id)
            self._require_data_key()
            sealed = await self._kv.get("records", record_id)
            if not isinstance(sealed, bytes):
                raise RecordNotFoundError(f"There is no record {record_id!r}.")
            category = (await self._open_record(record_id, sealed))["category"]
            await self._kv.write([kv_bridge.Delete("records", record_id)])
            await self._card_changed(record_id, category, None, removed=True)
            await self._audit("erase", [category], "self")

    # ----------------------------------------------------------------- emergency card

    async def _card(self) -> dict[str, Any]:
        keys = await self._device()
        try:
            card = await read_local(self._kv, keys.local_key, CARD)
        except (StoreFormatError, webcrypto.DecryptionError):
            card = None
        if not isinstance(card, dict):
            card = {"fields": list(EMERGENCY_FIELDS), "items": {}}
        self._card_index = _CardIndex.of(card)
        return card

    async def _card_changed(
        self, record_id: str, category: str, data: object, *, removed: bool = False
    ) -> None:
        index = self._card_index
        if index is not None and (removed or category not in index.fields) and record_id not in index.ids:
            return  # not on the card, and not to be shown: nothing to change
        card = await self._card()
        items = card.setdefault("items", {})
        if removed or category not in card["fields"]:
            if items.pop(record_id, None) is None:
                return
        else:
            items[record_id] = {"category": category, "data": data}
        await self._write_card(card)

    async def _write_card(self, card: dict[str, Any]) -> None:
        card["updated"] = now_text(self._clock())
        self._card_index = None
        await self._kv.write([await seal_local((await self._device()).local_key, CARD, card)])
        self._card_index = _CardIndex.of(card)

    async def emergency_choose(self, fields: Iterable[str]) -> list[str]:
        """Choose what the emergency screen shows without unlocking; rebuilds it from the records."""
        async with self._lock_guard():
            chosen = sorted(set(fields))
            unknown = [name for name in chosen if name not in EMERGENCY_FIELDS]
            if unknown:
                raise StoreFormatError(
                    f"the emergency screen can show {', '.join(EMERGENCY_FIELDS)}; not {', '.join(unknown)}"
                )
            self._require_data_key()
            records, _ = await self._open_all()
            items = {
                r["id"]: {"category": r["category"], "data": r["data"]}
                for r in records
                if r["category"] in chosen
            }
            await self._write_card({"fields": chosen, "items": items})
            await self._audit(
                "consent_change",
                chosen,
                "emergency_care",
                recipient="the emergency screen",
                detail="chose what shows without unlocking",
            )
            return chosen

    async def emergency_read(self, recipient: str | None = None) -> dict[str, Any]:
        """The emergency card, without unlocking; every access is logged ("emergency_access")."""
        async with self._lock_guard():
            await self._require_meta()
            card = await self._card()
            shown: dict[str, list[Any]] = {name: [] for name in card["fields"]}
            for item in card.get("items", {}).values():
                if item["category"] in shown:
                    shown[item["category"]].append(item["data"])
            await self._audit(
                "emergency_access", card["fields"], "emergency_care", actor="device", recipient=recipient
            )
            return {"fields": card["fields"], "items": shown, "updated": card.get("updated")}

    # ----------------------------------------------------------------- export and erase

    async def export(self) -> dict[str, Any]:
        """Everything as one JSON document (GDPR Art. 20); needs the store unlocked; logged."""
        async with self._lock_guard():
            self._require_data_key()
            records, damaged = await self._open_all()
            categories = {r["category"] for r in records}
            await self._audit("export", categories, "self", detail="all records, as one file")
            journal = await self.journal()
            assert journal.log is not None
            keys = await self._device()
            grants = await read_local(self._kv, keys.local_key, GRANTS) or []
            return {
                "format": "wayfarer-health-export",
                "version": 1,
                "exported_at": now_text(self._clock()),
                "records": records,
                "damaged_records": damaged,
                "emergency_card": await self._card(),
                "consent_grants": grants,
                "audit_log": from_json_bytes(journal.log.export().encode("utf-8")),
                "damaged_audit_logs": await journal.damaged_entries(),
                "device_public_keys": {
                    "signing": keys.signer.public_jwk,
                    "agreement": keys.agreement.public_jwk,
                },
            }

    async def erase(self) -> None:
        """Destroy every key and delete the whole database (GDPR Art. 17). Works locked or unlocked."""
        async with self._lock_guard():
            self.lock()
            self._series.clear()
            forget_device_keys(self._kv)
            self._keys = None
            self._journal = None
            await self._kv.destroy()

    # ----------------------------------------------------------------- consent (sealed, device-bound)

    async def read_grants(self) -> Any:
        keys = await self._device()
        return await read_local(self._kv, keys.local_key, GRANTS) or []

    async def write_grants(self, grants: Any) -> None:
        keys = await self._device()
        await self._kv.write([await seal_local(keys.local_key, GRANTS, grants)])

    def mutex(self) -> asyncio.Lock:
        """Callers that change consent hold this while they read, log and write."""
        return self._lock_guard()

    def require_unlocked(self) -> None:
        """Raise :class:`LockedError` unless the records are unlocked."""
        self._require_data_key()

    async def log_event(self, event: AuditEvent) -> dict[str, Any]:
        """Append an audit event (hold :meth:`mutex` while doing so)."""
        return await (await self.journal()).append(
            event.actor,
            event.action,
            event.categories,
            event.purpose,
            recipient=event.recipient,
            detail=event.detail,
        )
