"""The only functions the page can call: thin, JSON in and JSON out.

``FUNCTIONS`` maps each public name to ``"module:attribute"``; the module is imported on first call,
so booting Python does not pay for packages a screen never uses. The worker calls
:func:`call_json`, which never raises: it answers ``{"ok": result}`` or
``{"error": {"name": <Python exception class>, "message": <readable text>}}``.
"""

from __future__ import annotations

import importlib
import inspect
import json
import math
from collections.abc import Callable
from typing import Any

import wayfarer
from wayfarer._bridge import onnx as onnx_bridge

FUNCTIONS: dict[str, str] = {
    "version": "wayfarer.api:version",
    "bridge.selftest": "wayfarer.api:bridge_selftest",
    "bridge.fail": "wayfarer.api:bridge_fail",
    "risk.assess": "wayfarer.risk.model:assess_json",
    "risk.assess_batch": "wayfarer.api:risk_assess_batch",
    "risk.assess_kiosk": "wayfarer.api:risk_assess_kiosk",
    "terms.search": "wayfarer.api:terms_search",
    "terms.display": "wayfarer.api:terms_display",
    "terms.prepare": "wayfarer.terms:prepare",
    "profile.example": "wayfarer.api:profile_example",
    "profile.load": "wayfarer.api:profile_load",
    "profile.check": "wayfarer.api:profile_check",
    "profile.editor": "wayfarer.profile._page:editor",
    "profile.save_step": "wayfarer.profile._page:save_step",
    "profile.skip_step": "wayfarer.profile._page:skip_step",
    "profile.current": "wayfarer.profile._page:current",
    "profile.pick": "wayfarer.profile._page:pick",
    "sensors.summary": "wayfarer.ingest:summary",
    "sensors.disconnected": "wayfarer.ingest:disconnected",
    "sensors.reset": "wayfarer.ingest:reset",
    "sensors.stored": "wayfarer.ingest:stored",
    "bench.risk": "wayfarer._bench:risk",
    "bench.terms": "wayfarer._bench:terms",
    "bench.model": "wayfarer._bench:model",
    "model.predict_rows": "wayfarer.risk.model:predict_rows_json",
    "store.status": "wayfarer.privacy:store_status",
    "store.setup": "wayfarer.privacy:store_setup",
    "store.unlock": "wayfarer.privacy:store_unlock",
    "store.unlock_recovery": "wayfarer.privacy:store_unlock_recovery",
    "store.unlock_passkey": "wayfarer.privacy:store_unlock_passkey",
    "store.add_passkey": "wayfarer.privacy:store_add_passkey",
    "store.new_prf_salt": "wayfarer.privacy:store_new_prf_salt",
    "store.lock": "wayfarer.privacy:store_lock",
    "store.put": "wayfarer.privacy:store_put",
    "store.put_many": "wayfarer.privacy:store_put_many",
    "store.get": "wayfarer.privacy:store_get",
    "store.list": "wayfarer.privacy:store_list",
    "store.delete": "wayfarer.privacy:store_delete",
    "store.selftest": "wayfarer.privacy:store_selftest",
    "emergency.read": "wayfarer.privacy:emergency_read",
    "emergency.choose": "wayfarer.privacy:emergency_choose",
    "audit.read": "wayfarer.privacy:audit_read",
    "audit.verify": "wayfarer.privacy:audit_verify",
    "audit.export": "wayfarer.privacy:audit_export",
    "consent.list": "wayfarer.privacy:consent_list",
    "consent.grant": "wayfarer.privacy:consent_grant",
    "consent.revoke": "wayfarer.privacy:consent_revoke",
    "consent.break_glass": "wayfarer.privacy:consent_break_glass",
    "privacy.export": "wayfarer.privacy:privacy_export",
    "privacy.erase": "wayfarer.privacy:privacy_erase",
    "privacy.record": "wayfarer.privacy:privacy_record",
    "translate.match": "wayfarer.translate._api:match_json",
    "translate.phrases": "wayfarer.translate._api:phrases_json",
    "translate.groups": "wayfarer.translate._api:groups_json",
    "translate.concept": "wayfarer.translate._api:concept_json",
    "translate.body_sites": "wayfarer.translate._api:body_sites_json",
    "translate.doctor_language": "wayfarer.translate._api:doctor_language",
    "translate.prepare": "wayfarer.translate._api:prepare",
    "translate.tokenize": "wayfarer.translate._api:tokenize",
    "translate.learned_scores": "wayfarer.translate._api:learned_scores",
    "translate.bench": "wayfarer.translate._bench:run",
}


class UnknownFunctionError(LookupError):
    """The page asked for a name that ``wayfarer.api.FUNCTIONS`` does not list."""


class NotJsonError(TypeError):
    """An argument or a result is not a plain JSON value."""


def version() -> str:
    """The wayfarer package version."""
    return wayfarer.__version__


async def bridge_selftest(rows: list[list[float]]) -> list[list[float]]:
    """Run the tiny self-test network on ``rows`` (each 4 numbers) and return its probabilities."""
    if not isinstance(rows, list) or not rows:
        raise ValueError("bridge.selftest needs a non-empty list of rows of 4 numbers")
    for index, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != 4 or not all(_is_number(v) for v in row):
            raise ValueError(f"row {index} must be a list of 4 numbers, got {row!r}")
    outputs = await onnx_bridge.run(
        "bridge_selftest.onnx", {"input": onnx_bridge.FloatTensor.from_rows(rows)}
    )
    return outputs["probabilities"].rows()


def bridge_fail(message: str) -> None:
    """Raise on purpose, so tests can see how a Python failure reaches the page."""
    raise ValueError(message)


async def risk_assess_batch(items: list[dict[str, Any]], at: str | None = None) -> list[dict[str, Any]]:
    """Assess many people (the clinic kiosk) in short chunks, handing the worker's event loop back
    between chunks so no single Python task blocks it for long."""
    import asyncio

    from wayfarer.risk import RiskError, iter_assess_batch_json
    from wayfarer.vitals import parse_time

    if not isinstance(items, list):
        raise RiskError("batch must be a JSON list of {'profile', 'readings'} objects")
    pairs: list[tuple[object, Any]] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or "readings" not in item:
            raise RiskError(f"batch item {index} must be an object with 'profile' and 'readings'")
        pairs.append((item.get("profile"), item["readings"]))
    results: list[dict[str, Any]] = []
    # Each chunk (assessments and their JSON) stays within the chunk budget; then the loop yields.
    for chunk in iter_assess_batch_json(pairs, at=parse_time(at) if at else None):
        results.extend(chunk)
        await asyncio.sleep(0)
    return results


async def risk_assess_kiosk(
    batch: dict[str, Any], at: str | None = None, detail: list[int] | None = None
) -> dict[str, Any]:
    """The clinic kiosk's compact batch (``wayfarer.risk.iter_assess_kiosk``): each profile once and
    the readings column by column in; one summary per person out (full assessments of the people
    in ``detail``). Yields the worker's event loop after every chunk of a few milliseconds."""
    import asyncio

    from wayfarer.risk import KioskResult, iter_assess_kiosk
    from wayfarer.vitals import parse_time

    out: list[KioskResult] = []
    for _ in iter_assess_kiosk(batch, out, at=parse_time(at) if at else None, detail=detail or ()):
        await asyncio.sleep(0)
    return out[0].to_json()


def terms_search(text: str, lang: str, category: str | None = None, k: int = 10) -> list[dict[str, object]]:
    """What a person typed → the best concepts, each as it should be shown in ``lang``."""
    from wayfarer import terms

    return [terms.display(found, lang).to_json() for found in terms.search(text, lang, category, k)]


def terms_display(concept_id: str, lang: str) -> dict[str, object]:
    """One concept as shown in ``lang`` (English plus the code where the language has a gap)."""
    from wayfarer import terms

    return terms.display(terms.concept(concept_id), lang).to_json()


def profile_example() -> dict[str, Any]:
    """The example senior's profile (for the demo and the kiosk's training mode)."""
    from wayfarer.profile import Profile

    return Profile.example().to_json()


def profile_load(data: dict[str, Any]) -> dict[str, Any]:
    """Validate and migrate a stored profile of any schema version; the current JSON form."""
    from wayfarer.profile import Profile

    return Profile.from_json(data).to_json()


def profile_check(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every problem in a profile, each naming its field (an empty list when it is valid)."""
    from wayfarer.profile import check

    return [issue.to_json() for issue in check(data)]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def resolve(name: str) -> Callable[..., Any]:
    """The function behind a public name; unknown names raise :class:`UnknownFunctionError`."""
    target = FUNCTIONS.get(name)
    if target is None:
        raise UnknownFunctionError(f"{name!r} is not a function the page may call")
    module_name, _, attribute = target.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module_name), attribute)
    return function


async def call(name: str, *args: Any) -> Any:
    """Call a listed function with JSON arguments and return its JSON result (awaiting if async)."""
    result = resolve(name)(*args)
    if inspect.isawaitable(result):
        result = await result
    return result


async def call_json(name: str, args_json: str) -> str:
    """The worker's entry point: never raises, always answers one JSON text."""
    try:
        args = json.loads(args_json)
        if not isinstance(args, list):
            raise NotJsonError("arguments must arrive as a JSON array")
        result = await call(name, *args)
        try:
            text = json.dumps({"ok": result}, allow_nan=False, ensure_ascii=False)
        except (TypeError, ValueError) as error:
            raise NotJsonError(f"{name!r} returned something that is not plain JSON: {error}") from error
        return text
    except Exception as error:
        return json.dumps(
            {"error": {"name": type(error).__name__, "message": str(error) or type(error).__name__}},
            ensure_ascii=False,
        )
