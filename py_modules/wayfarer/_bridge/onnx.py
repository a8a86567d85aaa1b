"""Run an ONNX model from ``models/``: onnxruntime-web in the browser, onnxruntime under CPython.

Tensors cross as :class:`FloatTensor` (a flat ``array.array('f')`` plus a shape), which maps onto
a ``Float32Array`` without a per-element Python loop.
"""

from __future__ import annotations

import array
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wayfarer._bridge import IN_BROWSER, bridge_function, js_global


class ModelError(RuntimeError):
    """A model could not be loaded or run; the message names the model and the cause."""


@dataclass(frozen=True, slots=True)
class FloatTensor:
    """A float32 tensor: ``data`` is row-major and holds ``prod(shape)`` values."""

    data: array.array[float]
    shape: tuple[int, ...]

    def __post_init__(self) -> None:
        if self.data.typecode != "f":
            raise TypeError(f"FloatTensor needs array('f'), not array({self.data.typecode!r})")
        expected = math.prod(self.shape)
        if len(self.data) != expected:
            raise ValueError(
                f"FloatTensor of shape {self.shape} needs {expected} values, got {len(self.data)}"
            )

    @classmethod
    def from_rows(cls, rows: list[list[float]]) -> FloatTensor:
        width = len(rows[0]) if rows else 0
        if any(len(row) != width for row in rows):
            raise ValueError("every row must have the same number of values")
        flat = array.array("f")
        for row in rows:
            flat.extend(row)
        return cls(flat, (len(rows), width))

    def rows(self) -> list[list[float]]:
        """The values as nested lists (2-D tensors only)."""
        if len(self.shape) != 2:
            raise ValueError(f"rows() needs a 2-D tensor, got shape {self.shape}")
        width = self.shape[1]
        values = self.data.tolist()
        return [values[i : i + width] for i in range(0, len(values), width)]


_MODELS_DIR = Path(__file__).resolve().parents[3] / "models"
_cpython_sessions: dict[str, Any] = {}
_browser_sessions: dict[str, Any] = {}


def models_dir() -> Path:
    """The repository's models folder (CPython only)."""
    return _MODELS_DIR


def _check_name(model_name: str) -> None:
    if not model_name or "/" in model_name or "\\" in model_name or model_name.startswith("."):
        raise ModelError(f"model name must be a plain file name in models/, got {model_name!r}")


async def run(model_name: str, feeds: Mapping[str, FloatTensor]) -> dict[str, FloatTensor]:
    """Run ``model_name`` (a file in ``models/``) on ``feeds`` and return every output."""
    _check_name(model_name)
    if IN_BROWSER:
        return await _run_browser(model_name, feeds)
    return _run_cpython(model_name, feeds)


def _run_cpython(model_name: str, feeds: Mapping[str, FloatTensor]) -> dict[str, FloatTensor]:
    import numpy as np
    import onnxruntime

    session = _cpython_sessions.get(model_name)
    if session is None:
        path = _MODELS_DIR / model_name
        if not path.is_file():
            raise ModelError(f"model {model_name!r} is not in {_MODELS_DIR}")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        _cpython_sessions[model_name] = session
    inputs = {
        name: np.frombuffer(tensor.data, dtype=np.float32).reshape(tensor.shape)
        for name, tensor in feeds.items()
    }
    outputs = session.run(None, inputs)
    result: dict[str, FloatTensor] = {}
    for meta, value in zip(session.get_outputs(), outputs, strict=True):
        flat = np.ascontiguousarray(value, dtype=np.float32)
        result[meta.name] = FloatTensor(array.array("f", flat.tobytes()), tuple(int(d) for d in flat.shape))
    return result


_POOL_LIMIT = 8
_free_buffers: dict[int, list[Any]] = {}
"""Float32Arrays that carried inputs of finished runs, by length, ready for the next run of that
size. Filling a kept array (``assign``, one memcpy) took 0.1 ms for 2,847 x 173 values where
``to_js(...).slice()`` took 2.5-10 ms: a fresh 2 MB JavaScript buffer is zeroed, then collected.
Exact lengths, so a run passes the kept array itself rather than a new ``subarray`` view of it."""

_LAYOUT_LIMIT = 64
_layouts: dict[tuple[str, str], tuple[str, tuple[tuple[str, tuple[int, ...]], ...]]] = {}
"""Per model and input spec: the JSON output layout onnxruntime-web gave last time, and its parse.
Passed back on the next run, the worker answers with the bare output values while the layout
still holds (one object crossing instead of an array of two and an iterator)."""


def _input_buffer(size: int) -> Any:
    free = _free_buffers.get(size)
    if free:
        return free.pop()
    return js_global("Float32Array").new(size)


def _release(buffers: list[tuple[int, Any]]) -> None:
    for size, buffer in buffers:
        free = _free_buffers.setdefault(size, [])
        if len(free) < _POOL_LIMIT:
            free.append(buffer)
    if len(_free_buffers) > _POOL_LIMIT:  # many sizes (the matcher's inputs vary): keep the newest
        for size in list(_free_buffers)[: len(_free_buffers) - _POOL_LIMIT]:
            del _free_buffers[size]


async def _run_browser(model_name: str, feeds: Mapping[str, FloatTensor]) -> dict[str, FloatTensor]:
    from pyodide.ffi import JsBuffer, JsException

    taken: list[tuple[int, Any]] = []
    try:
        session = _browser_sessions.get(model_name)
        if session is None:  # awaiting the worker's cached promise still costs an event-loop turn
            session = await bridge_function("onnxSession")(model_name)
            _browser_sessions[model_name] = session
        spec: list[tuple[str, tuple[int, ...]]] = []
        buffers: list[Any] = []
        for name, tensor in feeds.items():
            # The input is copied into a kept Float32Array, which stays this run's until it ends
            # (another coroutine may run meanwhile and must not overwrite it).
            size = len(tensor.data)
            buffer = _input_buffer(size)
            taken.append((size, buffer))
            buffer.assign(tensor.data)
            spec.append((name, tensor.shape))
            buffers.append(buffer)
        spec_text = json.dumps(spec)
        known = _layouts.get((model_name, spec_text))
        answer = await bridge_function("onnxRunFloat32")(
            session, spec_text, known[0] if known else "", *buffers
        )
    except JsException as error:
        raise ModelError(f"onnxruntime-web could not run {model_name!r}: {error}") from error
    finally:
        _release(taken)
    if isinstance(answer, JsBuffer):
        assert known is not None
        layout = known[1]
        values = answer
    else:
        layout_text, values = answer
        layout = tuple((str(name), tuple(int(d) for d in dims)) for name, dims in json.loads(layout_text))
        if len(_layouts) >= _LAYOUT_LIMIT:
            _layouts.clear()
        _layouts[(model_name, spec_text)] = (layout_text, layout)
    flat = array.array("f", values.to_bytes())
    result: dict[str, FloatTensor] = {}
    offset = 0
    for name, shape in layout:
        size = math.prod(shape)
        result[name] = FloatTensor(flat[offset : offset + size], shape)
        offset += size
    return result
