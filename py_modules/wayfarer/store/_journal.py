"""The audit log as the store keeps it: every entry and the signed head sealed in the local store.

Where it lives, and why: the log is sealed under the device-bound key, not the passphrase's data
key, because it must grow while the records are locked (emergency access, readings sealed to the
inbox, erasing) and must stay readable and checkable when the passphrase is forgotten. It holds no
health values: times, who, what kind of data, why, and to whom.

Entries are kept per *generation* (``audit/<g>/e/<index>`` and ``audit/<g>/head``). On load the
current generation is verified with the device's public key; if it fails (changed, cut short,
undecryptable) it is left exactly as it is, read-only, its reason is kept, and a new generation
starts, so nothing is ever overwritten.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from wayfarer._bridge import kv as kv_bridge
from wayfarer._bridge import webcrypto
from wayfarer.audit import AuditLog, verify_async
from wayfarer.keys import DeviceKeys
from wayfarer.store._errors import StoreFormatError
from wayfarer.store._local import open_local, read_local, seal_local

STATE = "audit/state"


async def _signature(signer: Any, data: bytes) -> bytes:
    """The device signer's signature: awaited in the browser (Web Crypto), at once under CPython."""
    signature = signer.sign(data)
    if inspect.isawaitable(signature):
        signature = await signature
    return bytes(signature)


async def _no_ops() -> Sequence[kv_bridge.Op]:
    return ()


def _prefix(generation: int) -> str:
    return f"audit/{generation:04d}/"


def _entry_name(generation: int, index: int) -> str:
    return f"{_prefix(generation)}e/{index:08d}"


class Journal:
    """The device's audit log, loaded and verified once, appended and persisted entry by entry."""

    def __init__(self, kv: kv_bridge.KeyValueStore, keys: DeviceKeys, clock: Callable[[], datetime]) -> None:
        self._kv = kv
        self._keys = keys
        self._clock = clock
        self.generation = 0
        self.damaged: list[dict[str, Any]] = []
        self.log: AuditLog | None = None

    async def load(self) -> None:
        state = await self._read_state()
        self.generation = int(state.get("generation", 0))
        self.damaged = list(state.get("damaged", []))
        entries, head, problem = await self._read_generation(self.generation)
        if problem is None and head is None and not entries:
            await self._start()
            return
        if problem is None and head is not None:
            verification = await verify_async(entries, head, self._keys.signer.public_jwk, self._keys.verify)
            if verification.ok:
                self.log = await AuditLog.from_entries_async(
                    entries, head, self._keys.signer, self._keys.verify, clock=self._clock
                )
                return
            problem = verification.reason
        self.damaged.append(
            {"generation": self.generation, "reason": problem or "The log's signed summary is missing."}
        )
        self.generation += 1
        await self._start()

    async def _read_state(self) -> dict[str, Any]:
        try:
            state = await read_local(self._kv, self._keys.local_key, STATE)
        except (StoreFormatError, webcrypto.DecryptionError):
            state = None
        if isinstance(state, dict):
            return state
        # A missing or damaged pointer: continue after the highest generation present, never over it.
        names = [name for name, _ in await self._kv.all("local") if name.startswith("audit/0")]
        highest = max((int(name.split("/")[1]) for name in names), default=-1)
        if highest < 0:
            return {"generation": 0, "damaged": []}
        return {"generation": highest, "damaged": []}

    async def _read_generation(
        self, generation: int
    ) -> tuple[list[dict[str, Any]], dict[str, Any] | None, str | None]:
        prefix = _prefix(generation)
        entries: list[dict[str, Any]] = []
        head: dict[str, Any] | None = None
        for name, data in await self._kv.all("local"):
            if not name.startswith(prefix) or not isinstance(data, bytes):
                continue
            try:
                value = await open_local(self._keys.local_key, name, data)
            except (StoreFormatError, webcrypto.DecryptionError):
                where = "its signed summary" if name.endswith("/head") else f"entry {name.rsplit('/', 1)[1]}"
                return entries, head, f"The stored log was changed on disk: {where} cannot be decrypted."
            if name.endswith("/head"):
                head = value
            else:
                entries.append(value)
        return entries, head, None

    async def _start(self) -> None:
        self.log = await AuditLog.create_async(self._keys.signer, clock=self._clock)
        state = {"generation": self.generation, "damaged": self.damaged}
        await self._kv.write(
            [
                await seal_local(self._keys.local_key, STATE, state),
                await seal_local(self._keys.local_key, f"{_prefix(self.generation)}head", self.log.head),
            ]
        )

    async def append(
        self,
        actor: str,
        action: str,
        categories: Iterable[str],
        purpose: str,
        *,
        recipient: str | None = None,
        detail: str | None = None,
    ) -> dict[str, Any]:
        return await self.append_with(
            _no_ops(), actor, action, categories, purpose, recipient=recipient, detail=detail
        )

    async def append_with(
        self,
        writing: Awaitable[Sequence[kv_bridge.Op]],
        actor: str,
        action: str,
        categories: Iterable[str],
        purpose: str,
        *,
        recipient: str | None = None,
        detail: str | None = None,
    ) -> dict[str, Any]:
        """Append an entry and write it, its signed head and the ops ``writing`` gives in one
        transaction: the entry and what it records are stored together or not at all.

        ``writing`` (say, encrypting the record) runs while the entry and head are signed; if it
        raises, nothing is appended. The signatures and then the two seals are asked for at once
        (each is a round trip to Web Crypto in the browser). If the write fails, the log in memory
        is ahead of the stored one, so it is dropped and read back (and verified) before the next
        entry.
        """
        try:
            if self.log is None:
                await self.load()
            assert self.log is not None
            pending = self.log.prepare(actor, action, categories, purpose, recipient=recipient, detail=detail)
        except BaseException:
            if inspect.iscoroutine(writing):
                writing.close()  # not written: the entry could not be made
            raise
        signer = self._keys.signer
        entry_signature, head_signature, ops = await asyncio.gather(
            _signature(signer, pending.entry_signing_input),
            _signature(signer, pending.head_signing_input),
            writing,
        )
        entry = self.log.commit(pending, entry_signature, head_signature)
        key = self._keys.local_key
        try:
            sealed = await asyncio.gather(
                seal_local(key, _entry_name(self.generation, entry["index"]), entry),
                seal_local(key, f"{_prefix(self.generation)}head", self.log.head),
            )
            await self._kv.write([*ops, *sealed])
        except BaseException:
            self.log = None
            raise
        return entry

    async def damaged_entries(self) -> list[dict[str, Any]]:
        """Each damaged generation with its reason and the entries that can still be decrypted."""
        found = []
        for damaged in self.damaged:
            entries, _, _ = await self._read_generation(int(damaged["generation"]))
            found.append({**damaged, "entries": entries})
        return found
