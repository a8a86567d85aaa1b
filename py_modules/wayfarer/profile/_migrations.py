"""Schema versions of the stored profile and the migrations between them.

- **Version 1** (first release): free text where it was easiest to type. ``"weight"`` as text with
  its unit ("82 kg", "181 lb"), ``"conditions"`` and ``"allergies"`` as plain strings
  ("penicillin: anaphylaxis"), medicines as ``{"name", "dose": "5 mg", "times"}``, one
  ``"emergency_contact"``, ``"language"`` and ``"country"``.
- **Version 2**: coded. Concepts by ``concept_id`` from ``wayfarer.terms``, ``weight_kg`` as a number,
  doses as ``{"amount", "unit"}`` and schedules, allergies with reaction/severity/verified,
  intolerances, devices, baseline vitals, several ``emergency_contacts``, insurance, EHIC, home doctor,
  pharmacy, ``current_country``, needs (mobility, cognition, hearing, vision...), ``unmatched``.
- **Version 3** (current): ``target_spo2_range`` and clinician-confirmed hypercapnic respiratory
  failure (for NEWS2 SpO2 scale 2), a ``proxy`` who may act for the person, ``travel_plan`` with
  destinations (``current_country`` moves into it) and ``confirmed``.

A migration never guesses: v1 free text that matches no concept term exactly (after folding case and
diacritics, in the profile's language or English), or a weight without a unit, is kept in
``unmatched`` for the person to resolve.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from .. import terms
from ._errors import MigrationError

SCHEMA_VERSION = 3
_WEIGHT = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*(kg|kgs|kilo|kilos|lb|lbs|pounds?)?\s*", re.IGNORECASE)
_DOSE = re.compile(
    r"\s*(\d+(?:[.,]\d+)?)\s*(mg|g|mcg|µg|ug|ml|iu|units?|puffs?|drops?|tablets?|capsules?)\s*", re.IGNORECASE
)
_DOSE_UNITS = {
    "µg": "mcg",
    "ug": "mcg",
    "ml": "mL",
    "iu": "IU",
    "units": "unit",
    "puffs": "puff",
    "drops": "drop",
    "tablets": "tablet",
    "capsules": "capsule",
}
_SEVERITIES = ("mild", "moderate", "severe", "anaphylaxis")
_V1_SEX = {"f": "female", "m": "male", "female": "female", "male": "male", "x": "unknown"}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a stored profile migrated to ``SCHEMA_VERSION``."""
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise MigrationError(f"schema_version must be a whole number 1..{SCHEMA_VERSION}, not {version!r}")
    if version > SCHEMA_VERSION:
        raise MigrationError(
            f"schema_version {version} is newer than this app understands ({SCHEMA_VERSION}): update the app"
        )
    if version < 1:
        raise MigrationError(f"schema_version {version} does not exist (the first is 1)")
    result = copy.deepcopy(data)
    steps: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2, 2: _v2_to_v3}
    while result["schema_version"] < SCHEMA_VERSION:
        result = steps[result["schema_version"]](result)
    return result


def _resolve(text: str, categories: tuple[str, ...], lang: str) -> str | None:
    """The concept whose term in ``lang`` or English equals ``text`` after folding, if exactly one does."""
    wanted = terms.fold(text)
    if not wanted:
        return None
    matches = {
        concept.id
        for category in categories
        for concept in terms.concepts(category)
        if wanted in {terms.fold(concept.english), terms.fold(concept.text(lang) or "")}
    }
    return matches.pop() if len(matches) == 1 else None


def _v1_to_v2(old: dict[str, Any]) -> dict[str, Any]:
    try:
        lang = terms.base_language(str(old.get("language") or "en"))
    except terms.UnsupportedLanguageError:
        lang = "en"
    unmatched: list[dict[str, str]] = []
    new: dict[str, Any] = {
        key: old.get(key) for key in ("given_name", "family_name", "date_of_birth", "height_cm", "phone")
    }
    new["schema_version"] = 2
    sex = old.get("sex")
    new["sex"] = _V1_SEX.get(sex.strip().lower(), sex) if isinstance(sex, str) else sex
    new["weight_kg"] = _v1_weight(old.get("weight"), unmatched)
    new["conditions"] = []
    for text in old.get("conditions") or []:
        concept_id = _resolve(str(text), ("condition",), lang)
        if concept_id is None:
            unmatched.append({"field": "conditions", "text": str(text)})
        else:
            new["conditions"].append({"concept_id": concept_id})
    new["allergies"] = []
    for text in old.get("allergies") or []:
        allergy = _v1_allergy(str(text), lang)
        if allergy is None:
            unmatched.append({"field": "allergies", "text": str(text)})
        else:
            new["allergies"].append(allergy)
    new["medicines"] = []
    for item in old.get("medicines") or []:
        medicine = _v1_medicine(item, lang, unmatched)
        if medicine is not None:
            new["medicines"].append(medicine)
    contact = old.get("emergency_contact")
    new["emergency_contacts"] = [contact] if contact else []
    new["preferred_language"] = old.get("language") or "en"
    new["current_country"] = old.get("country")
    new["unmatched"] = unmatched
    return new


def _v1_weight(raw: Any, unmatched: list[dict[str, str]]) -> float | None:
    if raw is None or raw == "":
        return None
    match = _WEIGHT.fullmatch(str(raw))
    if match is None or match.group(2) is None:  # no unit: kg or lb? the person must say
        unmatched.append({"field": "weight_kg", "text": str(raw)})
        return None
    value = float(match.group(1).replace(",", "."))
    if match.group(2).lower().startswith(("lb", "pound")):
        value = round(value / 2.20462, 1)
    return value


def _v1_allergy(text: str, lang: str) -> dict[str, Any] | None:
    parts = re.split(r"\s*[:(]\s*", text.rstrip(") "), maxsplit=1)
    name = parts[0]
    detail = parts[1].strip() if len(parts) > 1 else ""
    concept_id = _resolve(name, ("allergen", "medicine"), lang)
    if concept_id is None:
        return None
    allergy: dict[str, Any] = {"concept_id": concept_id, "verified": False}
    if detail.lower() in _SEVERITIES:
        allergy["severity"] = detail.lower()
    elif detail:
        allergy["reaction"] = detail
    return allergy


def _v1_medicine(item: Any, lang: str, unmatched: list[dict[str, str]]) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        unmatched.append({"field": "medicines", "text": str(item)})
        return None
    name = str(item.get("name") or "")
    concept_id = _resolve(name, ("medicine",), lang)
    if concept_id is None:
        unmatched.append({"field": "medicines", "text": f"{name} {item.get('dose') or ''}".strip()})
        return None
    medicine: dict[str, Any] = {"concept_id": concept_id}
    dose_text = item.get("dose")
    if dose_text:
        match = _DOSE.fullmatch(str(dose_text))
        if match is None:
            unmatched.append({"field": f"{concept_id} dose", "text": str(dose_text)})
        else:
            unit = match.group(2).lower()
            medicine["dose"] = {
                "amount": float(match.group(1).replace(",", ".")),
                "unit": _DOSE_UNITS.get(unit, unit.rstrip("s") if unit.endswith("s") else unit),
            }
    times = item.get("times")
    if times:
        medicine["schedule"] = {"times": times}
    return medicine


def _v2_to_v3(old: dict[str, Any]) -> dict[str, Any]:
    new = dict(old)
    new["schema_version"] = 3
    new["travel_plan"] = {"current_country": new.pop("current_country", None), "destinations": []}
    new.setdefault("target_spo2_range", None)
    new.setdefault("hypercapnic_respiratory_failure_confirmed", False)
    new.setdefault("proxy", None)
    new.setdefault("confirmed", [])
    return new
