"""Write models/bridge_selftest.onnx: a tiny fixed two-layer network that proves the Python→JS→
onnxruntime-web chain end to end. Its weights are a seeded function of nothing clinical.

Run: ``.venv/bin/python build_scripts/make_tiny_model.py`` (deterministic; committed output).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "models" / "bridge_selftest.onnx"
INPUTS, HIDDEN, OUTPUTS = 4, 8, 3


def build_model() -> onnx.ModelProto:
    rng = np.random.default_rng(20261123)
    w1 = rng.normal(0, 0.5, (INPUTS, HIDDEN)).astype(np.float32)
    b1 = rng.normal(0, 0.1, (HIDDEN,)).astype(np.float32)
    w2 = rng.normal(0, 0.5, (HIDDEN, OUTPUTS)).astype(np.float32)
    b2 = rng.normal(0, 0.1, (OUTPUTS,)).astype(np.float32)
    nodes = [
        helper.make_node("MatMul", ["input", "w1"], ["h0"]),
        helper.make_node("Add", ["h0", "b1"], ["h1"]),
        helper.make_node("Tanh", ["h1"], ["h2"]),
        helper.make_node("MatMul", ["h2", "w2"], ["o0"]),
        helper.make_node("Add", ["o0", "b2"], ["o1"]),
        helper.make_node("Softmax", ["o1"], ["probabilities"], axis=1),
    ]
    graph = helper.make_graph(
        nodes,
        "bridge_selftest",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", INPUTS])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", OUTPUTS])],
        initializer=[
            numpy_helper.from_array(w1, "w1"),
            numpy_helper.from_array(b1, "b1"),
            numpy_helper.from_array(w2, "w2"),
            numpy_helper.from_array(b2, "b2"),
        ],
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="wayfarer-build"
    )
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def main() -> None:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(build_model().SerializeToString())
    print(TARGET.relative_to(ROOT))


if __name__ == "__main__":
    main()
