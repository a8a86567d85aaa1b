from __future__ import annotations

import asyncio
import importlib
import json

import pytest

import wayfarer
from wayfarer import api


def call(name: str, *args: object) -> dict[str, object]:
    answer: dict[str, object] = json.loads(asyncio.run(api.call_json(name, json.dumps(list(args)))))
    return answer


def test_version_is_the_package_version() -> None:
    assert call("version") == {"ok": wayfarer.__version__}


def test_unknown_name_is_a_readable_error() -> None:
    assert call("os.system", "ls") == {
        "error": {
            "name": "UnknownFunctionError",
            "message": "'os.system' is not a function the page may call",
        }
    }


def test_python_exception_keeps_class_name_and_message() -> None:
    assert call("bridge.fail", "cuff slipped") == {"error": {"name": "ValueError", "message": "cuff slipped"}}


def test_arguments_must_be_a_json_array() -> None:
    answer = json.loads(asyncio.run(api.call_json("version", '{"a": 1}')))
    assert answer["error"]["name"] == "NotJsonError"
    broken = json.loads(asyncio.run(api.call_json("version", "[1,")))
    assert broken["error"]["name"] == "JSONDecodeError"


def test_non_json_results_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(api.FUNCTIONS, "test.nan", "math:nan")
    monkeypatch.setattr("math.nan", lambda: float("nan"), raising=False)
    answer = call("test.nan")
    assert answer["error"]["name"] == "NotJsonError"  # type: ignore[index]


def test_every_listed_function_resolves() -> None:
    for name, target in api.FUNCTIONS.items():
        module_name, _, attribute = target.partition(":")
        assert callable(getattr(importlib.import_module(module_name), attribute)), name


def test_selftest_checks_its_rows() -> None:
    answer = call("bridge.selftest", [[1, 2, 3]])
    assert answer["error"] == {
        "name": "ValueError",
        "message": "row 0 must be a list of 4 numbers, got [1, 2, 3]",
    }
    assert call("bridge.selftest", [])["error"]["name"] == "ValueError"  # type: ignore[index]
    assert call("bridge.selftest", [[1, 2, True, 4]])["error"]["name"] == "ValueError"  # type: ignore[index]


def test_selftest_runs_the_tiny_model() -> None:
    rows = call("bridge.selftest", [[0.1, 0.2, 0.3, 0.4], [1, 2, 3, 4]])["ok"]
    assert isinstance(rows, list) and len(rows) == 2
    for row in rows:
        assert len(row) == 3 and sum(row) == pytest.approx(1.0, abs=1e-6)
        assert all(0 < p < 1 for p in row)
