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
    "risk.assess": "wayfarer.risk:assess_json",
    "risk.assess_batch": "wayfarer.risk:assess_batch_json",
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
