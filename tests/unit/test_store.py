"""The encrypted store on CPython (the ``cryptography`` twin of Web Crypto and an in-memory KV)."""

from __future__ import annotations

import asyncio
import json
import secrets
from asyncio import run
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from wayfarer._bridge import webcrypto
from wayfarer._bridge.kv import MemoryKV
from wayfarer._canonical import b64u_decode, b64u_encode
from wayfarer.audit import verify
from wayfarer.store import (
    PBKDF2_ITERATIONS,
    AlreadySetUpError,
    LockedError,
    NotSetUpError,
    RecordDamagedError,
    RecordNotFoundError,
    RecoveryCodeTypoError,
    StoreFormatError,
    TryAgainLaterError,
    Vault,
    WeakPassphraseError,
    WrongSecretError,
    delay_seconds,
    new_recovery_code,
    normalize_recovery_code,
)

PASSPHRASE = "correct horse battery staple"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture(scope="module")
def prepared() -> tuple[MemoryKV, str]:
    """One set-up store (PBKDF2 with 600,000 iterations is slow on purpose), copied per test."""
    kv = MemoryKV()
    code = run(Vault(kv, clock=FakeClock()).setup(PASSPHRASE))
    return kv, code


@pytest.fixture
def kv(prepared: tuple[MemoryKV, str]) -> MemoryKV:
    copy = MemoryKV()
    copy._stores = {name: dict(values) for name, values in prepared[0]._stores.items()}
    return copy


@pytest.fixture
def code(prepared: tuple[MemoryKV, str]) -> str:
    return prepared[1]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def unlocked(kv: MemoryKV, clock: Callable[[], datetime]) -> Vault:
    vault = Vault(kv, clock=clock)
    run(vault.unlock(PASSPHRASE))
    return vault


def token() -> str:
    return secrets.token_hex(16)


def test_setup_writes_the_iterations_and_returns_a_readable_recovery_code(kv: MemoryKV, code: str) -> None:
    meta = json.loads(kv._stores["meta"]["vault"])
    assert meta["data_key"]["passphrase"]["iterations"] == PBKDF2_ITERATIONS >= 600_000
    assert set(meta["data_key"]) == {"passphrase", "recovery"}
    groups = code.split("-")
    assert len(groups) == 5 and all(len(group) == 5 for group in groups)
    assert normalize_recovery_code(code.lower().replace("-", " ")) == code.replace("-", "")


def test_setup_refuses_short_passphrases_and_a_second_setup(kv: MemoryKV) -> None:
    with pytest.raises(WeakPassphraseError, match="at least 8"):
        run(Vault(MemoryKV()).setup("short"))
    with pytest.raises(AlreadySetUpError, match="Erase everything"):
        run(Vault(kv).setup("another passphrase"))


def test_put_get_round_trip_and_no_plaintext_in_storage(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    secret = token()
    stored = run(vault.put("allergy-1", "allergies", {"name": f"penicillin {secret}", "severity": "high"}))
    assert stored == {"id": "allergy-1", "stored": "records"}
    record = run(vault.get("allergy-1"))
    assert record["data"] == {"name": f"penicillin {secret}", "severity": "high"}
    assert record["category"] == "allergies" and record["schema"] == 1
    raw = kv.raw_bytes()
    assert secret.encode() not in raw and b"penicillin" not in raw
    assert PASSPHRASE.encode() not in raw


def test_each_write_uses_a_fresh_iv_and_binds_id_and_schema(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    run(vault.put("a", "vitals", {"hr": 60}))
    first = json.loads(kv._stores["records"]["a"])
    run(vault.put("a", "vitals", {"hr": 60}))
    second = json.loads(kv._stores["records"]["a"])
    assert first["iv"] != second["iv"] and first["ct"] != second["ct"]
    # Moving a record's ciphertext under another id makes it unreadable (id is associated data).
    kv.tamper("records", "b", kv._stores["records"]["a"])
    with pytest.raises(RecordDamagedError, match="'b'"):
        run(vault.get("b"))


def test_lock_drops_the_data_key_and_reads_need_unlock(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    run(vault.put("m1", "medicines", {"name": "metformin"}))
    key = vault._data_key
    assert key is not None
    vault.lock()
    assert key.destroyed and vault._data_key is None
    with pytest.raises(LockedError, match="Unlock them"):
        run(vault.get("m1"))
    with pytest.raises(LockedError):
        run(vault.export())


def test_writes_while_locked_go_to_the_inbox_and_merge_on_unlock(kv: MemoryKV, clock: FakeClock) -> None:
    vault = Vault(kv, clock=clock)
    readings = [token() for _ in range(3)]
    for index, value in enumerate(readings):
        clock.advance(1)
        assert run(vault.put(f"hr-{index}", "vitals", {"note": value}))["stored"] == "inbox"
    assert run(vault.status())["inbox"] == 3
    raw = kv.raw_bytes()
    assert not any(value.encode() in raw for value in readings)
    assert run(vault.unlock(PASSPHRASE)) == {"unlocked": True, "merged": 3}
    assert run(vault.status())["inbox"] == 0 and kv._stores["inbox"] == {}
    assert [run(vault.get(f"hr-{i}"))["data"]["note"] for i in range(3)] == readings


def test_a_later_inbox_write_wins_over_the_stored_record(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    run(vault.put("w", "vitals", {"kg": 70}))
    vault.lock()
    run(vault.put("w", "vitals", {"kg": 71}))
    clock.advance(1)
    run(vault.put("w", "vitals", {"kg": 72}))
    run(vault.unlock(PASSPHRASE))
    assert run(vault.get("w"))["data"] == {"kg": 72}


def test_wrong_passphrase_gives_a_growing_delay_that_survives_a_reload(
    kv: MemoryKV, clock: FakeClock
) -> None:
    vault = Vault(kv, clock=clock)
    with pytest.raises(WrongSecretError, match="not right") as first:
        run(vault.unlock("wrong passphrase"))
    assert first.value.wait_seconds == delay_seconds(1) == 1
    with pytest.raises(TryAgainLaterError, match="wait 1 seconds"):
        run(vault.unlock(PASSPHRASE))  # even the right one must wait
    clock.advance(1)
    with pytest.raises(WrongSecretError) as second:
        run(vault.unlock("wrong again"))
    assert second.value.wait_seconds == 2
    reloaded = Vault(kv, clock=clock)  # a page reload builds a new Vault on the same storage
    assert run(reloaded.status())["wait_seconds"] == 2
    with pytest.raises(TryAgainLaterError):
        run(reloaded.unlock(PASSPHRASE))
    clock.advance(2)
    run(reloaded.unlock(PASSPHRASE))
    assert run(reloaded.status())["failures"] == 0


def test_delay_schedule_grows_and_is_capped() -> None:
    assert [delay_seconds(n) for n in range(0, 6)] == [0, 1, 2, 4, 8, 16]
    assert delay_seconds(50) == 15 * 60


def test_recovery_code_unlocks_and_a_typo_is_not_a_wrong_attempt(
    kv: MemoryKV, code: str, clock: FakeClock
) -> None:
    vault = Vault(kv, clock=clock)
    typo = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(RecoveryCodeTypoError):
        run(vault.unlock_recovery(typo))
    assert run(vault.status())["failures"] == 0
    other = new_recovery_code()
    with pytest.raises(WrongSecretError, match="recovery code"):
        run(vault.unlock_recovery(other))
    clock.advance(5)
    assert run(vault.unlock_recovery(code.lower()))["unlocked"] is True


def test_passkey_prf_output_unlocks_after_it_is_added(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    prf = secrets.token_bytes(32)
    with pytest.raises(WrongSecretError):
        run(vault.add_passkey("not the passphrase", prf, "Y3JlZA", "A" * 43))
    clock.advance(5)
    run(vault.add_passkey(PASSPHRASE, prf, "Y3JlZA", "A" * 43))
    vault.lock()
    status = run(vault.status())
    assert status["passkey"] == {"credential_id": "Y3JlZA", "prf_salt": "A" * 43}
    with pytest.raises(WrongSecretError, match="passkey"):
        run(vault.unlock_passkey(secrets.token_bytes(32)))
    clock.advance(5)
    assert run(vault.unlock_passkey(prf))["unlocked"] is True
    with pytest.raises(StoreFormatError):
        run(vault.unlock_passkey(b"short"))


def test_a_corrupted_record_is_named_kept_and_the_rest_stays_readable(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    run(vault.put("good", "conditions", {"name": "asthma"}))
    run(vault.put("bad", "conditions", {"name": "gout"}))
    envelope = json.loads(kv._stores["records"]["bad"])
    ciphertext = bytearray(b64u_decode(envelope["ct"]))
    ciphertext[3] ^= 0x01
    damaged = json.dumps({**envelope, "ct": b64u_encode(bytes(ciphertext))}).encode()
    kv.tamper("records", "bad", damaged)
    with pytest.raises(RecordDamagedError, match="'bad' is damaged") as caught:
        run(vault.get("bad"))
    assert caught.value.record_id == "bad"
    assert run(vault.get("good"))["data"] == {"name": "asthma"}
    listing = run(vault.list_records())
    assert [r["id"] for r in listing["records"]] == ["good"]
    assert listing["damaged"][0]["id"] == "bad"
    assert kv._stores["records"]["bad"] == damaged  # not overwritten
    assert kv._stores["quarantine"]["records/bad"] == damaged  # and copied aside
    for garbage in (b"not json at all", json.dumps({**envelope, "v": 2}).encode(), b"[]"):
        kv.tamper("records", "bad", garbage)
        with pytest.raises(RecordDamagedError):
            run(vault.get("bad"))


def test_unknown_records_bad_ids_and_non_json_values(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    with pytest.raises(RecordNotFoundError):
        run(vault.get("nothing"))
    with pytest.raises(StoreFormatError, match="record id"):
        run(vault.put("Penicillin Allergy", "allergies", {}))
    with pytest.raises(StoreFormatError, match="category"):
        run(vault.put("x", "secrets", {}))
    with pytest.raises(StoreFormatError, match="plain JSON"):
        run(vault.put("x", "vitals", {"v": float("nan")}))
    with pytest.raises(NotSetUpError):
        run(Vault(MemoryKV()).put("x", "vitals", {}))


def test_emergency_card_reads_without_unlock_and_every_access_is_logged(
    kv: MemoryKV, clock: FakeClock
) -> None:
    vault = unlocked(kv, clock)
    allergy = token()
    run(vault.put("a1", "allergies", {"name": allergy}))
    run(vault.put("v1", "vitals", {"hr": 61}))
    run(vault.put("c1", "contacts", {"name": "Ana", "phone": "+351 900 000 000"}))
    vault.lock()
    fresh = Vault(kv, clock=clock)  # reload: nothing unlocked
    card = run(fresh.emergency_read("Paramedic"))
    assert card["items"]["allergies"] == [{"name": allergy}]
    assert card["items"]["contacts"][0]["name"] == "Ana"
    assert "vitals" not in card["items"]
    assert allergy.encode() not in kv.raw_bytes()
    journal = run(fresh.journal())
    assert journal.log is not None
    last = journal.log.entries[-1]
    assert last["action"] == "emergency_access" and last["recipient"] == "Paramedic"


def test_choosing_emergency_fields_rebuilds_the_card(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    run(vault.put("a1", "allergies", {"name": "latex"}))
    run(vault.put("m1", "medicines", {"name": "warfarin"}))
    assert run(vault.emergency_choose(["medicines"])) == ["medicines"]
    card = run(vault.emergency_read())
    assert card["items"] == {"medicines": [{"name": "warfarin"}]}
    with pytest.raises(StoreFormatError, match="emergency screen"):
        run(vault.emergency_choose(["vitals"]))
    vault.lock()
    with pytest.raises(LockedError):
        run(vault.emergency_choose(["allergies"]))


def test_every_read_write_and_export_is_in_a_verifiable_log(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    run(vault.put("d1", "devices", {"name": "pacemaker"}))
    run(vault.get("d1"))
    run(vault.export())
    run(vault.delete("d1"))
    journal = run(vault.journal())
    assert journal.log is not None
    actions = [e["action"] for e in journal.log.entries]
    assert actions[-4:] == ["write", "read", "export", "erase"]
    keys = run(vault.device())
    assert verify(journal.log.entries, journal.log.head, keys.signer.public_jwk).ok
    # A reload loads and verifies the persisted log and carries on from it.
    again = Vault(kv, clock=clock)
    reloaded = run(again.journal())
    assert reloaded.log is not None and reloaded.log.entries == journal.log.entries
    assert not reloaded.damaged


def test_a_tampered_stored_log_is_kept_read_only_and_a_new_one_starts(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    run(vault.put("d1", "devices", {"name": "hearing aid"}))
    run(vault.get("d1"))
    names = sorted(name for name in kv._stores["local"] if name.startswith("audit/0000/e/"))
    before = dict(kv._stores["local"])
    del kv._stores["local"][names[-1]]  # cut the last entry off
    fresh = Vault(kv, clock=clock)
    journal = run(fresh.journal())
    assert journal.generation == 1
    assert "cut short" in journal.damaged[0]["reason"]
    status = run(fresh.status())
    assert status["audit_damaged"] and "cut short" in status["audit_damaged"][0]
    for name in names[:-1]:
        assert kv._stores["local"][name] == before[name]  # untouched
    run(fresh.emergency_read())
    assert journal.log is not None and journal.log.entries[-1]["action"] == "emergency_access"
    again = run(Vault(kv, clock=clock).journal())  # the new generation verifies on the next load
    assert again.generation == 1 and len(again.damaged) == 1


def test_export_holds_everything_readable(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    value = token()
    run(vault.put("c1", "conditions", {"name": value}))
    document = run(vault.export())
    assert document["format"] == "wayfarer-health-export"
    assert document["records"][0]["data"] == {"name": value}
    assert document["audit_log"]["entries"][-1]["action"] == "export"
    assert document["device_public_keys"]["signing"]["crv"] == "P-256"
    json.dumps(document, allow_nan=False)


def test_erase_destroys_keys_and_storage(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)
    run(vault.put("c1", "conditions", {"name": "asthma"}))
    data_key = vault._data_key
    keys = run(vault.device())
    run(vault.erase())
    assert data_key is not None and data_key.destroyed
    assert keys.local_key.destroyed
    assert all(not values for values in kv._stores.values())
    assert run(vault.status())["state"] == "new"
    assert run(Vault(kv).status())["state"] == "new"


def test_concurrent_calls_keep_the_log_consistent(kv: MemoryKV, clock: FakeClock) -> None:
    vault = unlocked(kv, clock)

    async def many() -> None:
        await asyncio.gather(*(vault.put(f"r{i}", "vitals", {"i": i}) for i in range(8)))

    run(many())
    journal = run(vault.journal())
    assert journal.log is not None
    assert verify(journal.log.entries, journal.log.head, run(vault.device()).signer.public_jwk).ok


def test_key_handles_refuse_wrong_uses() -> None:
    async def check() -> None:
        key = await webcrypto.aes_generate(extractable=False)
        kek = await webcrypto.pbkdf2_kek(b"x", b"salt" * 4, 1000)
        with pytest.raises(webcrypto.CryptoError, match="non-extractable"):
            await webcrypto.wrap("raw", key, kek, bytes(12), b"")
        with pytest.raises(webcrypto.CryptoError, match="may not be used to encrypt"):
            await webcrypto.aes_encrypt(kek, bytes(12), b"", b"data")

    run(check())


# --- series writes: one transaction per write, the card read only when the card may change


class CountingKV(MemoryKV):
    """A MemoryKV that counts transactions and reads, and can refuse the next write."""

    def __init__(self, source: MemoryKV) -> None:
        super().__init__()
        self._stores = {name: dict(values) for name, values in source._stores.items()}
        self.writes: list[list[str]] = []
        self.reads: list[str] = []
        self.refuse_next = False

    async def get(self, store: str, key: str) -> Any:
        self.reads.append(f"{store}/{key}")
        return await super().get(store, key)

    async def write(self, ops: Any) -> None:
        if self.refuse_next:
            self.refuse_next = False
            raise OSError("the disk is full")
        self.writes.append([f"{op.store}/{op.key}" for op in ops])
        await super().write(ops)


def series_details(vault: Vault) -> list[str]:
    journal = run(vault.journal())
    assert journal.log is not None
    return [e.get("detail") or "" for e in journal.log.entries if e["action"] == "write"]


def test_a_series_write_stores_its_entry_and_record_in_one_transaction(
    kv: MemoryKV, clock: FakeClock
) -> None:
    counting = CountingKV(kv)
    vault = unlocked(counting, clock)
    counting.writes.clear()
    rows = {"rows": "1,heart_rate,61"}
    added = {"heart-rate readings": 4096}
    run(vault.put_series("sensors-a-00-00000", "vitals", rows, added=added, source="Strap", final=True))
    (written,) = counting.writes  # the record, its entry and the log's signed head: together
    assert "records/sensors-a-00-00000" in written
    assert sum(1 for name in written if name.startswith("local/audit/")) == 2
    assert series_details(vault)[-1].startswith(
        "Saved 4,096 heart-rate readings from Strap (08:00–08:00 UTC)"
    )
    # A growing series: the opening write carries "Started saving", the middle ones no entry.
    counting.writes.clear()
    for final in (False, False, True):
        run(
            vault.put_series(
                "sensors-a-00-00001",
                "vitals",
                rows,
                added={"heart-rate readings": 2},
                source="Strap",
                final=final,
            )
        )
        clock.advance(60)
    assert [sum(1 for n in w if n.startswith("local/audit/")) for w in counting.writes] == [2, 0, 2]
    assert series_details(vault)[-2:] == [
        "Started saving heart-rate readings from Strap",
        "Saved 6 heart-rate readings from Strap (08:00–08:02 UTC)",
    ]
    keys = run(vault.device())
    journal = run(Vault(counting, clock=clock).journal())  # reloaded and verified
    assert journal.log is not None and not journal.damaged
    assert verify(journal.log.entries, journal.log.head, keys.signer.public_jwk).ok


def test_a_refused_series_write_leaves_neither_record_nor_entry_and_the_log_goes_on(
    kv: MemoryKV, clock: FakeClock
) -> None:
    counting = CountingKV(kv)
    vault = unlocked(counting, clock)
    before = series_details(vault)

    def write() -> Coroutine[Any, Any, Any]:
        return vault.put_series(
            "sensors-b-00-00000",
            "vitals",
            {"rows": "x"},
            added={"heart-rate readings": 1},
            source="Strap",
            final=True,
        )

    counting.refuse_next = True
    with pytest.raises(OSError):
        run(write())
    assert run(counting.get("records", "sensors-b-00-00000")) is None
    assert series_details(vault) == before  # the entry was not kept in memory either
    run(write())
    assert run(vault.get("sensors-b-00-00000"))["data"] == {"rows": "x"}
    journal = run(Vault(counting, clock=clock).journal())
    assert journal.log is not None and not journal.damaged
    assert verify(journal.log.entries, journal.log.head, run(vault.device()).signer.public_jwk).ok


def test_writes_the_card_does_not_show_skip_the_card_but_a_record_leaving_it_is_removed(
    kv: MemoryKV, clock: FakeClock
) -> None:
    counting = CountingKV(kv)
    vault = unlocked(counting, clock)
    run(vault.put("a1", "allergies", {"name": "latex"}))  # reads the card once, keeps its index
    counting.reads.clear()
    for i in range(3):
        run(
            vault.put_series(
                f"sensors-c-00-{i:05d}",
                "vitals",
                {"rows": ""},
                added={"heart-rate readings": 1},
                source="Strap",
                final=True,
            )
        )
    assert "local/emergency/card" not in counting.reads
    # A record that was on the card and is rewritten as a category the card does not show leaves it.
    run(vault.put("a1", "vitals", {"hr": 61}))
    assert "local/emergency/card" in counting.reads
    assert run(vault.emergency_read())["items"]["allergies"] == []
    # Locking drops the index: the next write reads the card again.
    vault.lock()
    assert vault._card_index is None
    run(vault.unlock(PASSPHRASE))
    counting.reads.clear()
    run(
        vault.put_series(
            "sensors-c-00-00009",
            "vitals",
            {"rows": ""},
            added={"heart-rate readings": 1},
            source="Strap",
            final=True,
        )
    )
    assert "local/emergency/card" in counting.reads
    run(vault.erase())
    assert vault._card_index is None


def test_a_series_written_while_locked_is_sealed_to_the_inbox_with_one_entry(
    kv: MemoryKV, clock: FakeClock
) -> None:
    counting = CountingKV(kv)
    vault = Vault(counting, clock=clock)
    counting.writes.clear()
    run(
        vault.put_series(
            "sensors-d-00-00000",
            "vitals",
            {"rows": "1,heart_rate,61"},
            added={"heart-rate readings": 1},
            source="Strap",
            final=True,
        )
    )
    (written,) = counting.writes
    assert any(name.startswith("inbox/") for name in written)
    assert series_details(vault)[-1].endswith("(08:00–08:00 UTC), sealed until unlock")
    assert b"heart_rate" not in counting.raw_bytes()
    assert run(vault.unlock(PASSPHRASE))["merged"] == 1
    assert run(vault.get("sensors-d-00-00000"))["data"] == {"rows": "1,heart_rate,61"}


def test_a_series_write_before_setup_is_refused_and_leaves_nothing() -> None:
    empty = MemoryKV()
    vault = Vault(empty)
    with pytest.raises(NotSetUpError):
        run(
            vault.put_series(
                "sensors-e-00-00000", "vitals", {"rows": ""}, added={"heart-rate readings": 1}, source="Strap"
            )
        )
    assert not empty._stores["records"] and not empty._stores["inbox"]
    assert not [name for name in empty._stores["local"] if name.startswith("audit/")]
