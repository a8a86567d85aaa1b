from __future__ import annotations

import array
import asyncio

import numpy as np
import onnxruntime
import pytest

from wayfarer._bridge import onnx as bridge


def test_float_tensor_checks_shape_and_type() -> None:
    with pytest.raises(ValueError, match="needs 6 values"):
        bridge.FloatTensor(array.array("f", [1.0] * 5), (2, 3))
    with pytest.raises(TypeError, match="array\\('f'\\)"):
        bridge.FloatTensor(array.array("d", [1.0] * 6), (2, 3))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="same number"):
        bridge.FloatTensor.from_rows([[1.0, 2.0], [3.0]])
    tensor = bridge.FloatTensor.from_rows([[1.0, 2.0], [3.0, 4.0]])
    assert tensor.shape == (2, 2) and tensor.rows() == [[1.0, 2.0], [3.0, 4.0]]


def test_model_names_cannot_escape_the_models_folder() -> None:
    for name in ("../pyproject.toml", "sub/model.onnx", ".hidden", ""):
        with pytest.raises(bridge.ModelError):
            asyncio.run(bridge.run(name, {}))


def test_missing_model_is_named() -> None:
    with pytest.raises(bridge.ModelError, match=r"no_such\.onnx"):
        asyncio.run(bridge.run("no_such.onnx", {}))


def test_cpython_run_equals_plain_onnxruntime() -> None:
    rng = np.random.default_rng(7)
    values = rng.normal(size=(5, 4)).astype(np.float32)
    got = asyncio.run(
        bridge.run(
            "bridge_selftest.onnx", {"input": bridge.FloatTensor(array.array("f", values.tobytes()), (5, 4))}
        )
    )
    session = onnxruntime.InferenceSession(str(bridge.models_dir() / "bridge_selftest.onnx"))
    (want,) = session.run(None, {"input": values})
    assert got["probabilities"].shape == (5, 3)
    np.testing.assert_allclose(np.array(got["probabilities"].rows()), want, atol=1e-7)
