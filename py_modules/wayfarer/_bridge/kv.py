"""Key-value storage: IndexedDB in the browser, an in-memory twin under CPython.

Object stores (fixed): ``keys`` holds :class:`CryptoKeyHandle` objects (IndexedDB structured-clones
a ``CryptoKey``, so a non-extractable key is kept without being exported); every other store holds
bytes that callers have already encrypted, or public, non-health metadata. Keys are text.
:meth:`write` applies several puts and deletes in one transaction: all or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from wayfarer._bridge import IN_BROWSER, bridge_function, js_global, uint8_array
from wayfarer._bridge.webcrypto import CryptoKeyHandle

STORES = ("keys", "meta", "records", "inbox", "local", "quarantine")
Value = bytes | CryptoKeyHandle


class StorageError(RuntimeError):
    """The browser's storage refused a read or write; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Put:
    store: str
    key: str
    value: Value


@dataclass(frozen=True, slots=True)
class Delete:
    store: str
    key: str


Op = Put | Delete


class KeyValueStore(Protocol):
    async def get(self, store: str, key: str) -> Value | None: ...

    async def all(self, store: str) -> list[tuple[str, Value]]: ...

    async def write(self, ops: Sequence[Op]) -> None: ...

    async def destroy(self) -> None:
        """Delete the whole database (every store)."""
        ...


def _check(store: str, key: str) -> None:
    if store not in STORES:
        raise StorageError(f"no object store named {store!r}; stores are {', '.join(STORES)}")
    if not isinstance(key, str) or not key:
        raise StorageError("storage keys are non-empty text")


def _check_value(store: str, value: object) -> None:
    if store == "keys" and not isinstance(value, CryptoKeyHandle):
        raise StorageError("the 'keys' store holds only CryptoKey handles")
    if store != "keys" and not isinstance(value, bytes):
        raise StorageError(f"the {store!r} store holds only bytes, not {type(value).__name__}")


def _clone(value: Value) -> Value:
    """Like IndexedDB's structured clone: a stored key handle is a new handle on the same key."""
    if isinstance(value, CryptoKeyHandle):
        return CryptoKeyHandle(value.inner, value.kind, value.usages, value.extractable)
    return value


class MemoryKV:
    """The CPython twin: dicts in memory. ``raw_bytes()`` is everything stored, for leak tests."""

    def __init__(self) -> None:
        self._stores: dict[str, dict[str, Value]] = {name: {} for name in STORES}
        self.destroyed_count = 0

    async def get(self, store: str, key: str) -> Value | None:
        _check(store, key)
        value = self._stores[store].get(key)
        return None if value is None else _clone(value)

    async def all(self, store: str) -> list[tuple[str, Value]]:
        _check(store, "*")
        return [(key, _clone(value)) for key, value in sorted(self._stores[store].items())]

    async def write(self, ops: Sequence[Op]) -> None:
        for op in ops:
            _check(op.store, op.key)
            if isinstance(op, Put):
                _check_value(op.store, op.value)
        for op in ops:
            if isinstance(op, Put):
                self._stores[op.store][op.key] = _clone(op.value)
            else:
                self._stores[op.store].pop(op.key, None)

    async def destroy(self) -> None:
        self._stores = {name: {} for name in STORES}
        self.destroyed_count += 1

    def raw_bytes(self) -> bytes:
        """Every stored key and byte value, concatenated (key handles excluded)."""
        parts: list[bytes] = []
        for name, values in self._stores.items():
            for key, value in values.items():
                parts.append(f"{name}/{key}".encode())
                if isinstance(value, bytes):
                    parts.append(value)
        return b"\x00".join(parts)

    def tamper(self, store: str, key: str, value: bytes | None) -> None:
        """Change or remove a stored value behind the store's back (tests of damage)."""
        if value is None:
            self._stores[store].pop(key, None)
        else:
            self._stores[store][key] = value


class IndexedDbKV:
    """The browser: one IndexedDB database named "wayfarer" (see ``web/bridge/kv.mjs``)."""

    async def get(self, store: str, key: str) -> Value | None:
        _check(store, key)
        value = await self._call("read", "kvGet", store, key)
        return None if value is None else self._from_js(store, value)

    async def all(self, store: str) -> list[tuple[str, Value]]:
        _check(store, "*")
        rows = await self._call("read", "kvAll", store)
        return [(str(row[0]), self._from_js(store, row[1])) for row in rows]

    async def write(self, ops: Sequence[Op]) -> None:
        array = js_global("Array")
        batch = array.new()
        for op in ops:
            _check(op.store, op.key)
            if isinstance(op, Put):
                _check_value(op.store, op.value)
                value: Any = (
                    op.value.inner if isinstance(op.value, CryptoKeyHandle) else uint8_array(op.value)
                )
                batch.push(array.of("put", op.store, op.key, value))
            else:
                batch.push(array.of("delete", op.store, op.key))
        await self._call("write", "kvWrite", batch)

    async def destroy(self) -> None:
        await self._call("delete", "kvDestroy")

    @staticmethod
    async def _call(what: str, name: str, *args: Any) -> Any:
        from pyodide.ffi import JsException

        try:
            return await bridge_function(name)(*args)
        except JsException as error:
            raise StorageError(f"the browser's storage could not {what}: {error}") from None

    @staticmethod
    def _from_js(store: str, value: Any) -> Value:
        if store == "keys":
            kind = {"ECDSA": "ecdsa", "ECDH": "ecdh"}.get(str(value.algorithm.name), "aes")
            usages = frozenset(str(usage) for usage in getattr(js_global("Array"), "from")(value.usages))
            return CryptoKeyHandle(value, kind, usages, bool(value.extractable))
        data: bytes = value.to_bytes()
        return data


_default: KeyValueStore | None = None


def default_kv() -> KeyValueStore:
    """IndexedDB in the browser; one process-wide :class:`MemoryKV` under CPython."""
    global _default
    if _default is None:
        _default = IndexedDbKV() if IN_BROWSER else MemoryKV()
    return _default


__all__ = [
    "STORES",
    "Delete",
    "IndexedDbKV",
    "KeyValueStore",
    "MemoryKV",
    "Op",
    "Put",
    "StorageError",
    "Value",
    "default_kv",
]
