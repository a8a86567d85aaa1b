"""The page-callable privacy functions on CPython: JSON in and out, consent, audit, GDPR."""

from __future__ import annotations

import json
from asyncio import run
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from wayfarer import api, privacy
from wayfarer._bridge.kv import MemoryKV
from wayfarer.consent import NotAuthorizedError
from wayfarer.store import LockedError, Vault

PASSPHRASE = "a long walk by the sea"
DOCTOR = {"kind": "doctor", "id": "dr-silva", "display_name": "Dr Silva"}


@pytest.fixture(scope="module")
def prepared() -> MemoryKV:
    kv = MemoryKV()
    run(Vault(kv).setup(PASSPHRASE))
    return kv


@pytest.fixture
def kv(prepared: MemoryKV) -> Iterator[MemoryKV]:
    copy = MemoryKV()
    copy._stores = {name: dict(values) for name, values in prepared._stores.items()}
    privacy.use_vault(Vault(copy))
    run(privacy.store_unlock(PASSPHRASE))
    yield copy
    privacy.use_vault(None)


def later(days: int) -> str:
    moment = datetime.now(UTC) + timedelta(days=days)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_every_privacy_function_is_listed_in_the_api() -> None:
    listed = {target for target in api.FUNCTIONS.values() if target.startswith("wayfarer.privacy:")}
    for target in listed:
        assert callable(getattr(privacy, target.split(":")[1]))
    for name in (
        "store.setup",
        "store.unlock",
        "store.put",
        "emergency.read",
        "privacy.erase",
        "audit.verify",
    ):
        assert api.FUNCTIONS[name].startswith("wayfarer.privacy:")


def test_json_round_trip_through_call_json(kv: MemoryKV) -> None:
    answer = json.loads(run(api.call_json("store.put", json.dumps(["a1", "allergies", {"name": "latex"}]))))
    assert answer == {"ok": {"id": "a1", "stored": "records"}}
    answer = json.loads(run(api.call_json("store.get", json.dumps(["missing"]))))
    assert answer["error"]["name"] == "RecordNotFoundError"
    run(
        privacy.store_put_many(
            [{"id": f"hr-{i}", "category": "vitals", "data": {"hr": 60 + i}} for i in range(5)]
        )
    )
    assert len(run(privacy.store_list())["records"]) == 6
    json.dumps(run(privacy.store_status()), allow_nan=False)


def test_consent_grant_list_revoke_and_break_glass_are_logged(kv: MemoryKV) -> None:
    grant_id = run(privacy.consent_grant(DOCTOR, ["allergies", "medicines"], "treatment", later(7)))
    listed = run(privacy.consent_list())
    assert listed[0]["grant_id"] == grant_id and listed[0]["active"] is True
    run(privacy.consent_revoke(grant_id))
    assert run(privacy.consent_list())[0]["active"] is False
    run(privacy.store_lock())
    with pytest.raises(LockedError):
        run(privacy.consent_grant(DOCTOR, ["allergies"], "treatment", later(1)))
    glass = run(privacy.consent_break_glass(DOCTOR, "Paramedic Ana", "unconscious at the airport", 30))
    assert any(g["grant_id"] == glass and g["active"] for g in run(privacy.consent_list()))
    actions = [entry["action"] for entry in run(privacy.audit_read())["entries"]]
    assert actions[:3] == ["break_glass", "consent_change", "consent_change"]  # newest first
    assert run(privacy.audit_verify())["ok"] is True


def test_a_proxy_that_is_not_designated_cannot_grant(kv: MemoryKV) -> None:
    from wayfarer.consent import Recipient, grant

    with pytest.raises(NotAuthorizedError):
        grant(
            [],
            Recipient(**DOCTOR),
            ["allergies"],
            "care",
            at=datetime.now(UTC),
            expires_at=datetime.now(UTC) + timedelta(days=1),
            by="proxy:someone",
        )


def test_audit_read_in_plain_words_and_export_verifies(kv: MemoryKV) -> None:
    run(privacy.store_put("m1", "medicines", {"name": "metformin"}))
    run(privacy.store_get("m1"))
    read = run(privacy.audit_read(60))
    assert read["entries"][0]["text"].endswith("you viewed your medicines for your own records")
    assert read["damaged"] == []
    from wayfarer.audit import verify_export

    text = run(privacy.audit_export())
    assert verify_export(text).ok
    with pytest.raises(ValueError, match="tz_offset_minutes"):
        run(privacy.audit_read(10_000))


def test_export_and_erase(kv: MemoryKV) -> None:
    run(privacy.store_put("c1", "conditions", {"name": "asthma"}))
    document = run(privacy.privacy_export())
    assert document["records"][0]["data"] == {"name": "asthma"}
    json.dumps(document, allow_nan=False)
    assert run(privacy.privacy_erase()) is True
    assert run(privacy.store_status())["state"] == "new"
    assert kv.raw_bytes().count(b"asthma") == 0


def test_record_of_processing_covers_the_article_30_points() -> None:
    sections = privacy.privacy_record()
    headings = [section["heading"] for section in sections]
    for needed in ("Who is responsible", "Why it is kept", "What is kept", "Who can see it", "How long"):
        assert needed in headings
    assert "600,000" in " ".join(section["text"] for section in sections)
    with pytest.raises(ValueError):
        privacy.privacy_record("xx")


def test_selftest_reports_times_in_both_modes() -> None:
    sequential = run(privacy.store_selftest(20, 64))
    assert sequential["count"] == 20 and sequential["median_ms"] >= 0 and sequential["p99_ms"] >= 0
    batch = run(privacy.store_selftest(20, 64, True))
    assert batch["batch"] is True and batch["per_record_ms"] >= 0
    with pytest.raises(ValueError):
        run(privacy.store_selftest(0))
