"""The profile editor's Python side on CPython: steps saved to the encrypted store, step-scoped
checks with unit-slip confirmations, the emergency-card copies, and the profile other screens read."""

from __future__ import annotations

from asyncio import run
from collections.abc import Iterator
from typing import Any

import pytest

from wayfarer import api, privacy, risk
from wayfarer._bridge.kv import MemoryKV
from wayfarer.profile import _page as page
from wayfarer.profile import check
from wayfarer.profile._example import EXAMPLE
from wayfarer.store import LockedError, Vault

PASSPHRASE = "a long walk by the sea"
ABOUT = {"given_name": "Margarethe", "family_name": "Vogel", "date_of_birth": "1948-02-10", "sex": "female"}


@pytest.fixture(scope="module")
def prepared() -> MemoryKV:
    kv = MemoryKV()
    run(Vault(kv).setup(PASSPHRASE))
    return kv


def _copy(kv: MemoryKV) -> MemoryKV:
    copy = MemoryKV()
    copy._stores = {name: dict(values) for name, values in kv._stores.items()}
    return copy


@pytest.fixture
def store(prepared: MemoryKV) -> Iterator[Vault]:
    vault = Vault(_copy(prepared))
    privacy.use_vault(vault)
    run(vault.unlock(PASSPHRASE))
    yield vault
    privacy.use_vault(None)


def _issues(answer: dict[str, Any]) -> list[dict[str, Any]]:
    issues: list[dict[str, Any]] = answer["issues"]
    return issues


def _step(answer: dict[str, Any], step: str) -> dict[str, Any]:
    found: dict[str, Any] = next(item for item in answer["steps"] if item["id"] == step)
    return found


def _reads(vault: Vault) -> int:
    journal = run(vault.journal())
    assert journal.log is not None
    return sum(1 for entry in journal.log.entries if entry["action"] == "read")


def test_every_editor_function_is_listed_in_the_api() -> None:
    for name in (
        "profile.editor",
        "profile.save_step",
        "profile.skip_step",
        "profile.current",
        "profile.pick",
    ):
        assert callable(api.resolve(name))


def test_the_steps_cover_the_fields_a_senior_traveller_needs_without_overlap() -> None:
    fields = [name for names in page.STEPS.values() for name in names]
    assert len(fields) == len(set(fields))
    for needed in (
        "date_of_birth",
        "weight_kg",
        "languages_spoken",
        "medicines",
        "target_spo2_range",
        "hypercapnic_confirmed_by",
        "cognition",
        "advance_directives",
        "emergency_contacts",
        "proxy",
        "ehic_number",
        "home_doctor",
        "travel_plan",
    ):
        assert needed in fields


def test_a_store_not_set_up_or_locked_says_so_and_keeps_nothing() -> None:
    vault = Vault(MemoryKV())
    privacy.use_vault(vault)
    try:
        assert run(page.editor("de")) == {"store": "new"}
        assert run(page.current()) is None
        run(vault.setup(PASSPHRASE))
        vault.lock()
        assert run(page.editor("de")) == {"store": "locked"}
        with pytest.raises(LockedError):
            run(page.save_step("body", {"height_cm": 163}))
    finally:
        privacy.use_vault(None)


def test_weight_in_pounds_is_never_saved_silently_the_person_picks_the_conversion(store: Vault) -> None:
    asked = run(page.save_step("body", {"height_cm": 163, "weight_kg": 165}))
    assert asked["saved"] is False
    [issue] = _issues(asked)
    assert issue["field"] == "weight_kg" and issue["kind"] == "confirm" and issue["suggestion"] == 74.8
    assert "lb" in issue["message"]
    assert "weight_kg" not in asked["draft"] and _step(asked, "body")["status"] == "new"

    accepted = run(page.save_step("body", {"height_cm": 163, "weight_kg": issue["suggestion"]}))
    assert accepted["saved"] is True and accepted["draft"]["weight_kg"] == 74.8
    assert _step(accepted, "body")["status"] == "done"


def test_a_confirmed_unusual_value_is_kept_until_it_changes(store: Vault) -> None:
    kept = run(page.save_step("body", {"height_cm": 163, "weight_kg": 165}, ["weight_kg"]))
    assert kept["saved"] is True and kept["draft"]["confirmed"] == ["weight_kg"]
    unchanged = run(page.save_step("body", {"height_cm": 163, "weight_kg": 165, "blood_type": "A+"}))
    assert unchanged["saved"] is True
    changed = run(page.save_step("body", {"height_cm": 163, "weight_kg": 166}))
    assert changed["saved"] is False and _issues(changed)[0]["field"] == "weight_kg"


def test_height_in_metres_is_an_error_with_the_conversion_offered(store: Vault) -> None:
    answer = run(page.save_step("body", {"height_cm": 1.63}))
    assert answer["saved"] is False
    [issue] = _issues(answer)
    assert issue == {
        "field": "height_cm",
        "kind": "error",
        "message": "1.63 looks like metres, not centimetres: did you mean 163 cm?",
        "suggestion": 163.0,
    }


def test_an_error_names_its_field_and_blocks_only_its_own_step(store: Vault) -> None:
    answer = run(page.save_step("hypercapnic", {"hypercapnic_respiratory_failure_confirmed": True}))
    assert answer["saved"] is False
    assert [issue["field"] for issue in _issues(answer)] == ["hypercapnic_confirmed_by"]
    # "about me" was never filled in, yet other steps save and are checked on their own.
    other = run(page.save_step("vitals", {"baseline_vitals": {"temperature": 98.6}}))
    assert other["saved"] is False and _issues(other)[0]["suggestion"] == 37.0
    fine = run(page.save_step("vitals", {"baseline_vitals": {"temperature": 36.6}}))
    assert fine["saved"] is True and fine["complete"] is False
    missing = {issue["field"] for issue in _step(fine, "about")["issues"]}
    assert {"given_name", "family_name", "date_of_birth", "sex"} <= missing


def test_a_step_edits_only_its_own_fields(store: Vault) -> None:
    with pytest.raises(page.StepError, match="does not edit weight_kg"):
        run(page.save_step("about", {"weight_kg": 70}))
    with pytest.raises(page.StepError, match="unknown profile step"):
        run(page.save_step("everything", {}))
    with pytest.raises(page.StepError, match="cannot confirm"):
        run(page.save_step("about", ABOUT, ["weight_kg"]))


def test_skip_a_step_and_come_back_later(store: Vault) -> None:
    skipped = run(page.skip_step("about"))
    assert _step(skipped, "about")["status"] == "skipped"
    run(page.save_step("body", {"height_cm": 170}))
    done = run(page.save_step("about", ABOUT))
    assert done["saved"] is True and _step(done, "about")["status"] == "done"
    assert _step(run(page.skip_step("about")), "about")["status"] == "done"
    assert done["draft"]["height_cm"] == 170 and done["draft"]["given_name"] == "Margarethe"


def test_empty_values_remove_a_field(store: Vault) -> None:
    run(page.save_step("body", {"height_cm": 170, "blood_type": "O-"}))
    answer = run(page.save_step("body", {"height_cm": None, "blood_type": ""}))
    assert "height_cm" not in answer["draft"] and "blood_type" not in answer["draft"]


def test_the_profile_survives_a_new_session_and_an_unlock(store: Vault) -> None:
    run(page.save_step("about", ABOUT))
    run(page.skip_step("body"))
    later = Vault(store.kv)
    privacy.use_vault(later)
    assert run(page.editor("en")) == {"store": "locked"}
    run(later.unlock(PASSPHRASE))
    state = run(page.editor("en"))
    assert state["draft"]["family_name"] == "Vogel"
    assert _step(state, "about")["status"] == "done" and _step(state, "body")["status"] == "skipped"


def test_concepts_are_shown_in_the_persons_language_and_marked_when_unreviewed(store: Vault) -> None:
    answer = run(
        page.save_step(
            "conditions",
            {"conditions": [{"concept_id": "condition.atrial_fibrillation", "notes": "seit 2016"}]},
            None,
            "de",
        )
    )
    shown = answer["displays"]["condition.atrial_fibrillation"]
    assert shown["text"] == "Vorhofflimmern" and shown["lang"] == "de"
    assert shown["reviewed"] is False and shown["code"] == "SNOMED CT 49436004"


def test_free_text_cannot_pass_as_a_concept(store: Vault) -> None:
    answer = run(page.save_step("conditions", {"conditions": [{"concept_id": "my bad knee"}]}))
    assert answer["saved"] is False
    assert _issues(answer)[0]["field"] == "conditions[0].concept_id"
    wrong_kind = run(page.save_step("devices", {"devices": [{"concept_id": "condition.copd"}]}))
    assert "expected a device" in _issues(wrong_kind)[0]["message"]


def test_pickers_search_in_the_persons_language_within_the_fields_categories() -> None:
    found = page.pick("conditions", "Vorhoflimern", "de")
    assert found[0]["id"] == "condition.atrial_fibrillation" and found[0]["text"] == "Vorhofflimmern"
    allergies = page.pick("allergies", "penicilin", "de", 5)
    assert allergies[0]["id"] == "allergen.penicillin"
    assert all(str(item["id"]).split(".")[0] in ("allergen", "medicine") for item in allergies)
    assert all(str(item["id"]).startswith("device.") for item in page.pick("devices", "pace", "en"))
    with pytest.raises(page.StepError):
        page.pick("symptoms", "pain", "en")


def test_emergency_card_copies_follow_the_lists(store: Vault) -> None:
    run(
        page.save_step(
            "allergies",
            {
                "allergies": [
                    {"concept_id": "allergen.penicillin", "severity": "anaphylaxis", "reaction": "collapse"}
                ]
            },
        )
    )
    son = {"name": "Thomas Vogel", "phone": "+49 151 5550147", "relationship": "son"}
    run(page.save_step("contacts", {"emergency_contacts": [son]}))
    card = run(store.emergency_read("test"))
    [allergy] = card["items"]["allergies"]
    assert allergy["name"].endswith(": anaphylaxis, collapse")
    assert allergy["items"][0]["codes"]["snomed"] == "764146007"
    assert card["items"]["contacts"][0]["name"] == "Thomas Vogel (son) +49 151 5550147"
    run(page.save_step("allergies", {"allergies": []}))
    assert run(store.emergency_read("test"))["items"]["allergies"] == []
    listed = {record["id"] for record in run(store.list_records())["records"]}
    assert listed == {"profile", "profile.contacts"}


def test_other_screens_get_the_coded_profile_and_risk_uses_it(store: Vault) -> None:
    assert run(page.current()) is None
    run(page.save_step("vitals", {"target_spo2_range": {"low": 88, "high": 92}}))
    run(
        page.save_step(
            "hypercapnic",
            {
                "hypercapnic_respiratory_failure_confirmed": True,
                "hypercapnic_confirmed_by": "Dr. Jonas Albrecht (pneumology)",
                "hypercapnic_confirmed_on": "2023-02-07",
            },
        )
    )
    run(page.save_step("medicines", {"medicines": [{"concept_id": "medicine.bisoprolol"}]}))
    partial = run(page.current())
    assert partial is not None and "given_name" not in partial
    assert "beta_blocker" in partial["medicines"][0]["flags"]
    reading = {"parameter": "spo2", "value": 89, "unit": "%", "time": "2026-01-01T08:00:00Z"}
    assessed = risk.assess_json(partial, [reading], at="2026-01-01T08:01:00Z")
    assert "context.spo2_scale2" in {reason["key"] for reason in assessed["reasons"]}
    assert assessed["news2"]["subscores"]["spo2"] == 0

    run(page.save_step("about", ABOUT))
    whole = run(page.current())
    assert whole is not None and whole["given_name"] == "Margarethe" and whole["schema_version"] == 3


def test_repeated_reads_do_not_decrypt_again_until_the_record_changes(store: Vault) -> None:
    run(page.save_step("about", ABOUT))
    before = _reads(store)
    for _ in range(5):
        assert run(page.current()) is not None
    assert _reads(store) == before
    # Someone else rewrites the record: the new ciphertext is noticed and read.
    record = run(store.get("profile"))
    run(
        store.put(
            "profile",
            "profile",
            {**record["data"], "draft": {**record["data"]["draft"], "given_name": "Grete"}},
        )
    )
    current = run(page.current())
    assert current is not None and current["given_name"] == "Grete"
    store.lock()
    assert run(page.current()) is None


def test_after_erase_and_a_new_setup_the_old_profile_is_gone(store: Vault) -> None:
    run(page.save_step("about", ABOUT))
    assert run(page.current()) is not None
    run(store.erase())
    run(store.setup(PASSPHRASE))
    run(store.unlock(PASSPHRASE))
    assert run(page.current()) is None


def test_the_example_profile_passes_every_step_and_round_trips(store: Vault) -> None:
    for step, fields in page.STEPS.items():
        answer = run(page.save_step(step, {name: EXAMPLE[name] for name in fields if name in EXAMPLE}))
        assert answer["saved"] is True, (step, answer["issues"])
    state = run(page.editor("en"))
    assert state["complete"] is True and not state["other_issues"]
    assert all(step["status"] == "done" for step in state["steps"])
    assert check(state["draft"]) == []
    current = run(page.current())
    assert current is not None and current["conditions"][0]["codes"]["icd10"] == "E11"
