"""The profile editor's Python side: the profile kept step by step in the encrypted store.

The editor (``web/screens/profile.mjs``) saves one group of fields (a *step*) at a time, so a person
can skip any step and come back later. The stored record (id ``"profile"``, category ``"profile"``)
holds ``{"draft", "steps", "mirrors"}``:

- ``draft``: the profile JSON as typed so far (schema version 3, concepts by ``concept_id`` only). It
  may still miss required fields (a skipped "about me" step), so it is not always a valid
  :class:`~wayfarer.profile.Profile`; every field in it passed its step's checks when it was saved.
- ``steps``: ``{step id: "done" | "skipped"}``.
- ``mirrors``: ids of the per-category copies kept for the emergency card. The store's emergency card
  is built from records of the categories the person chose (allergies, conditions, medicines,
  devices, contacts), so each of those lists is also written as one record of its category, with a
  ``name`` line a doctor can read, e.g. ``"Penicillins: anaphylaxis"``.

Other screens read the profile through :func:`current` (the coded JSON ``risk.assess`` takes). The
decrypted record is kept in worker memory while the store stays unlocked and its stored ciphertext is
unchanged (a cheap look at the sealed bytes; every write has a fresh IV), so a screen that assesses
every 1.5 s does not decrypt the record and log a read each time; locking or erasing drops it.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from .. import terms
from ..store import RecordNotFoundError, Vault
from ._errors import Issue, ProfileError, ValidationError
from ._migrations import SCHEMA_VERSION, migrate
from ._profile import Profile, check
from ._reader import Reader
from ._records import Allergy, Condition, Contact, Device, Intolerance, Medicine

RECORD_ID: Final = "profile"
RECORD_CATEGORY: Final = "profile"
RECORD_SCHEMA: Final = 1

#: The editor's steps, in order, and the profile's top-level fields each one edits.
STEPS: Final[dict[str, tuple[str, ...]]] = {
    "about": ("given_name", "family_name", "preferred_name", "date_of_birth", "sex"),
    "body": ("height_cm", "weight_kg", "blood_type"),
    "languages": ("languages_spoken",),
    "conditions": ("conditions",),
    "medicines": ("medicines",),
    "allergies": ("allergies",),
    "devices": ("devices",),
    "vitals": ("baseline_vitals", "target_spo2_range"),
    "hypercapnic": (
        "hypercapnic_respiratory_failure_confirmed",
        "hypercapnic_confirmed_by",
        "hypercapnic_confirmed_on",
    ),
    "function": ("mobility", "cognition", "hearing", "vision"),
    "directives": ("advance_directives",),
    "contacts": ("emergency_contacts",),
    "proxy": ("proxy",),
    "insurance": ("insurance", "ehic_number"),
    "doctor": ("home_doctor",),
    "travel": ("travel_plan",),
}

#: Which vocabulary categories each concept picker offers (as the profile's readers accept them).
PICK_CATEGORIES: Final[dict[str, tuple[str, ...]]] = {
    "conditions": ("condition",),
    "medicines": ("medicine",),
    "allergies": ("allergen", "medicine"),
    "devices": ("device",),
}

#: Profile list → store category of its emergency-card copy.
EMERGENCY_MIRRORS: Final[dict[str, str]] = {
    "allergies": "allergies",
    "conditions": "conditions",
    "medicines": "medicines",
    "devices": "devices",
    "emergency_contacts": "contacts",
}

_CODED_LISTS: Final[dict[str, Callable[[Reader, Any, str], Any]]] = {
    "conditions": Condition.read,
    "medicines": Medicine.read,
    "allergies": Allergy.read,
    "intolerances": Intolerance.read,
    "devices": Device.read,
}

#: Values that only let ``check`` reach its cross-field rules (such as weight against height) while a
#: required identity field is still empty because its step was skipped. Never stored or shown.
_CROSS_CHECK_STAND_INS: Final[dict[str, Any]] = {
    "given_name": "-",
    "family_name": "-",
    "date_of_birth": "1950-01-01",
    "sex": "unknown",
}
_SEARCH_WIDENING: Final = 6


class StepError(ProfileError):
    """The editor asked for a step, field or picker that does not exist (a programming error)."""


@dataclass(frozen=True, slots=True)
class _Saved:
    draft: dict[str, Any] = field(default_factory=lambda: {"schema_version": SCHEMA_VERSION})
    steps: dict[str, str] = field(default_factory=dict)
    mirrors: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"draft": self.draft, "steps": self.steps, "mirrors": list(self.mirrors)}


@dataclass(frozen=True, slots=True)
class _Cache:
    vault: Vault
    sealed: object  # the record's ciphertext as stored: any rewrite (fresh IV) or erase changes it
    saved: _Saved


_cache: _Cache | None = None


def _vault() -> Vault:
    from ..privacy import vault

    return vault()


def _now() -> datetime:
    return datetime.now(UTC)


def top_field(path: str) -> str:
    """The top-level field of an issue's path: ``"medicines[0].dose.amount"`` → ``"medicines"``."""
    for position, character in enumerate(path):
        if character in ".[":
            return path[:position]
    return path


def _step_fields(step: object) -> tuple[str, ...]:
    if not isinstance(step, str) or step not in STEPS:
        raise StepError(f"unknown profile step {step!r}: use one of {', '.join(STEPS)}")
    return STEPS[step]


# --- the stored record -----------------------------------------------------------------------------


def _from_record(data: object) -> _Saved:
    if not isinstance(data, dict) or not isinstance(data.get("draft"), dict):
        raise ProfileError("the stored profile record is not a profile editor record")
    draft = data["draft"]
    if draft.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
        draft = migrate(draft)
    steps_raw = data.get("steps")
    steps = (
        {name: state for name, state in steps_raw.items() if name in STEPS and state in ("done", "skipped")}
        if isinstance(steps_raw, dict)
        else {}
    )
    mirrors_raw = data.get("mirrors")
    listed = mirrors_raw if isinstance(mirrors_raw, list) else []
    mirrors = tuple(item for item in listed if isinstance(item, str))
    return _Saved({**draft, "schema_version": SCHEMA_VERSION}, steps, mirrors)


async def _load(current: Vault) -> _Saved:
    """The stored editor record (empty if there is none); the store must be unlocked."""
    global _cache
    current.require_unlocked()
    sealed = await current.kv.get("records", RECORD_ID)
    if _cache is not None and _cache.vault is current and _cache.sealed == sealed:
        return _cache.saved
    try:
        record = await current.get(RECORD_ID)
    except RecordNotFoundError:
        saved = _Saved()
    else:
        saved = _from_record(record["data"])
    _cache = _Cache(current, sealed, saved)
    return saved


def _forget() -> None:
    global _cache
    _cache = None


async def _write(current: Vault, before: _Saved, after: _Saved) -> _Saved:
    """Store the editor record and the emergency-card copies in one transaction; drop stale copies."""
    global _cache
    mirrors = _emergency_records(after.draft)
    after = _Saved(after.draft, after.steps, tuple(item["id"] for item in mirrors))
    records = [
        {"id": RECORD_ID, "category": RECORD_CATEGORY, "data": after.to_json(), "schema": RECORD_SCHEMA},
        *mirrors,
    ]
    await current.put_many(records)
    for stale in sorted(set(before.mirrors) - set(after.mirrors)):
        with contextlib.suppress(RecordNotFoundError):
            await current.delete(stale)
    _cache = _Cache(current, await current.kv.get("records", RECORD_ID), after)
    return after


# --- the emergency card's copies -------------------------------------------------------------------


def _english(concept_id: str) -> str:
    return terms.concept(concept_id).english


def _dose_words(medicine: Medicine) -> str:
    parts = [_english(medicine.concept_id)]
    if medicine.dose is not None:
        parts.append(f"{medicine.dose.amount:g} {medicine.dose.unit.value}")
    if medicine.schedule is not None:
        if medicine.schedule.times:
            parts.append(", ".join(medicine.schedule.times))
        if medicine.schedule.as_needed:
            parts.append("when needed")
    return " ".join(parts)


def _item_words(item: Any) -> str:
    if isinstance(item, Medicine):
        return _dose_words(item)
    if isinstance(item, Allergy):
        details = [value for value in (item.severity and item.severity.value, item.reaction) if value]
        return _english(item.concept_id) + (f": {', '.join(details)}" if details else "")
    if isinstance(item, Contact):
        relationship = f" ({item.relationship})" if item.relationship else ""
        return f"{item.name}{relationship} {item.phone}"
    if isinstance(item, Device):
        return _english(item.concept_id) + (f" ({item.model})" if item.model else "")
    assert isinstance(item, Condition)
    return _english(item.concept_id)


def _read_list(name: str, draft: dict[str, Any]) -> list[Any]:
    reader = Reader(_now().date())
    read: Callable[[Reader, Any, str], Any] = (
        Contact.read if name == "emergency_contacts" else _CODED_LISTS[name]
    )
    raw = draft.get(name)
    if not isinstance(raw, list):
        return []
    values = [read(reader, item, f"{name}[{position}]") for position, item in enumerate(raw)]
    return [value for value in values if value is not None]


def _emergency_records(draft: dict[str, Any]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for name, category in EMERGENCY_MIRRORS.items():
        items = _read_list(name, draft)
        if not items:
            continue
        records.append(
            {
                "id": f"{RECORD_ID}.{category}",
                "category": category,
                "data": {
                    "name": "; ".join(_item_words(item) for item in items),
                    "items": [
                        item.to_json() if isinstance(item, Contact) else item.to_json(True) for item in items
                    ],
                },
            }
        )
    return records


# --- checks ----------------------------------------------------------------------------------------


def step_issues(draft: dict[str, Any], fields: tuple[str, ...]) -> list[Issue]:
    """The problems ``check`` finds in ``fields`` of ``draft``, even while other steps are unfinished.

    ``check`` runs its cross-field rules only on an otherwise valid profile, so fields of other steps
    that are wrong are left out and missing required identity fields get stand-ins first.
    """
    wanted = set(fields)
    found = check(draft)
    elsewhere = {top_field(issue.field) for issue in found if issue.kind == "error"} - wanted
    if elsewhere:
        view = {name: value for name, value in draft.items() if name not in elsewhere}
        for name, stand_in in _CROSS_CHECK_STAND_INS.items():
            if name not in wanted and view.get(name) in (None, ""):
                view[name] = stand_in
        found = check(view)
    return [issue for issue in found if top_field(issue.field) in wanted]


def _has_content(draft: dict[str, Any]) -> bool:
    return any(name not in ("schema_version", "updated_at", "confirmed") for name in draft)


def coded(draft: dict[str, Any]) -> dict[str, Any]:
    """The draft as ``Profile.to_json()`` gives it (concepts with codes, text and flags), for readers
    such as ``risk.assess``. An unfinished draft keeps the fields that have no error."""
    try:
        return Profile.from_json(draft).to_json()
    except ValidationError as problem:
        bad = {top_field(issue.field) for issue in problem.issues if issue.kind == "error"}
    partial = {name: value for name, value in draft.items() if name not in bad}
    for name in _CODED_LISTS:
        if name in partial:
            partial[name] = [item.to_json(True) for item in _read_list(name, partial)]
    return partial


def _displays(draft: dict[str, Any], lang: str) -> dict[str, dict[str, object]]:
    shown: dict[str, dict[str, object]] = {}
    for name in _CODED_LISTS:
        raw = draft.get(name)
        for item in raw if isinstance(raw, list) else []:
            concept_id = item.get("concept_id") if isinstance(item, dict) else None
            if not isinstance(concept_id, str) or concept_id in shown:
                continue
            try:
                shown[concept_id] = terms.display(terms.concept(concept_id), lang).to_json()
            except terms.UnknownConceptError:
                continue
    return shown


def _state(saved: _Saved, lang: str) -> dict[str, Any]:
    issues = check(saved.draft)
    by_step = {
        step: [issue.to_json() for issue in issues if top_field(issue.field) in fields]
        for step, fields in STEPS.items()
    }
    placed = {top for fields in STEPS.values() for top in fields}
    return {
        "store": "unlocked",
        "draft": saved.draft,
        "steps": [
            {
                "id": step,
                "fields": list(fields),
                "status": saved.steps.get(step, "new"),
                "issues": by_step[step],
            }
            for step, fields in STEPS.items()
        ],
        "other_issues": [issue.to_json() for issue in issues if top_field(issue.field) not in placed],
        "complete": not any(issue.kind == "error" for issue in issues),
        "started": _has_content(saved.draft),
        "displays": _displays(saved.draft, lang),
        "languages": list(terms.LANGUAGES),
    }


# --- what the page calls ---------------------------------------------------------------------------


async def editor(lang: str = "en") -> dict[str, Any]:
    """The editor's state: ``{"store": "new" | "locked"}`` until the store is unlocked; then the draft,
    each step's status and issues, the concepts as shown in ``lang``, and whether it is complete."""
    current = _vault()
    if not current.unlocked:
        _forget()
        return {"store": (await current.status())["state"]}
    return _state(await _load(current), lang)


async def save_step(
    step: str, changes: dict[str, Any], confirm: list[str] | None = None, lang: str = "en"
) -> dict[str, Any]:
    """Apply one step's ``changes`` (top-level field → value; null or empty removes it) and save them.

    Nothing is saved while a field of this step has an error or an unusual value not yet confirmed;
    the answer then has ``"saved": false`` and those ``"issues"`` (each names its field; a unit slip
    carries the converted value as ``suggestion``). ``confirm`` lists issue fields the person confirmed
    as they are; a confirmation is dropped again when its field's value changes later.
    """
    fields = _step_fields(step)
    if not isinstance(changes, dict):
        raise StepError("changes must be an object of field: value")
    unknown = sorted(set(changes) - set(fields))
    if unknown:
        raise StepError(f"step {step!r} does not edit {', '.join(unknown)}")
    confirmations = set(confirm or [])
    outside = sorted(name for name in confirmations if top_field(name) not in fields)
    if outside:
        raise StepError(f"step {step!r} cannot confirm {', '.join(outside)}")
    current = _vault()
    before = await _load(current)
    draft = copy.deepcopy(before.draft)
    for name in fields:
        if name not in changes:
            continue
        value = changes[name]
        if value is None or value == "" or value == [] or value == {}:
            draft.pop(name, None)
        else:
            draft[name] = copy.deepcopy(value)
    changed = {name for name in fields if before.draft.get(name) != draft.get(name)}
    kept = {name for name in before.draft.get("confirmed") or [] if top_field(name) not in changed}
    confirmed = sorted(kept | confirmations)
    if confirmed:
        draft["confirmed"] = confirmed
    else:
        draft.pop("confirmed", None)
    problems = step_issues(draft, fields)
    if problems:
        return {"saved": False, "issues": [issue.to_json() for issue in problems], **_state(before, lang)}
    draft["updated_at"] = _now().strftime("%Y-%m-%dT%H:%M:%SZ")
    after = await _write(current, before, _Saved(draft, {**before.steps, step: "done"}, before.mirrors))
    return {"saved": True, "issues": [], **_state(after, lang)}


async def skip_step(step: str, lang: str = "en") -> dict[str, Any]:
    """Mark a step as skipped for now (a step already done stays done); nothing else changes."""
    _step_fields(step)
    current = _vault()
    before = await _load(current)
    if before.steps.get(step) == "done":
        return _state(before, lang)
    after = _Saved(before.draft, {**before.steps, step: "skipped"}, before.mirrors)
    return _state(await _write(current, before, after), lang)


async def current() -> dict[str, Any] | None:
    """The saved profile as coded JSON for other screens (``risk.assess``), or None when the store is
    not unlocked or nothing has been saved yet."""
    store = _vault()
    if not store.unlocked:
        _forget()
        return None
    saved = await _load(store)
    return coded(saved.draft) if _has_content(saved.draft) else None


def pick(field_name: str, text: str, lang: str, k: int = 8) -> list[dict[str, object]]:
    """The concepts a picker offers for what the person typed, each as shown in ``lang`` (best first)."""
    categories = PICK_CATEGORIES.get(field_name)
    if categories is None:
        raise StepError(f"no picker for {field_name!r}: use one of {', '.join(PICK_CATEGORIES)}")
    if len(categories) == 1:
        found = terms.search(text, lang, categories[0], k)
    else:
        wide = terms.search(text, lang, None, k * _SEARCH_WIDENING)
        found = [concept for concept in wide if concept.category in categories][:k]
    return [terms.display(concept, lang).to_json() for concept in found]
