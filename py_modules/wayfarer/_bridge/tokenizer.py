"""Sentencepiece tokenization of a model in ``models/``: the wasm port in the browser
(``web/bridge/sentencepiece.mjs``), the ``sentencepiece`` package under CPython. Both give the same
ids (checked on the whole corpus by the E2E tests).

In the browser a model must be loaded once (``await load(name)``) before the synchronous
:func:`encode`; :func:`encode_async` loads it when needed.
"""

from __future__ import annotations

import array
import importlib
from pathlib import Path
from typing import Any

from wayfarer._bridge import IN_BROWSER, bridge_function

_MODELS_DIR = Path(__file__).resolve().parents[3] / "models"
_processors: dict[str, Any] = {}
_loaded_in_browser: set[str] = set()


class TokenizerError(RuntimeError):
    """A tokenizer model could not be loaded or used; the message names the model and the cause."""


def _check_name(model_name: str) -> None:
    if (
        not model_name.endswith(".model")
        or "/" in model_name
        or "\\" in model_name
        or model_name.startswith(".")
    ):
        raise TokenizerError(f"tokenizer must be a plain *.model file name in models/, got {model_name!r}")


def is_loaded(model_name: str) -> bool:
    return model_name in (_loaded_in_browser if IN_BROWSER else _processors)


async def load(model_name: str) -> None:
    """Load a tokenizer model (the browser fetches it once; CPython reads ``models/``)."""
    _check_name(model_name)
    if not IN_BROWSER:
        _cpython_processor(model_name)
        return
    if model_name in _loaded_in_browser:
        return
    from pyodide.ffi import JsException

    try:
        await bridge_function("sentencepieceLoad")(model_name)
    except JsException as error:
        raise TokenizerError(f"the tokenizer {model_name!r} could not be loaded: {error}") from error
    _loaded_in_browser.add(model_name)


def encode(model_name: str, text: str) -> list[int]:
    """The piece ids of ``text``. In the browser the model must have been loaded with :func:`load`."""
    _check_name(model_name)
    if not IN_BROWSER:
        ids: list[int] = _cpython_processor(model_name).encode(text)
        return ids
    if model_name not in _loaded_in_browser:
        raise TokenizerError(f"the tokenizer {model_name!r} is not loaded yet: await load() first")
    result = bridge_function("sentencepieceEncode")(model_name, text)
    return array.array("i", result.to_bytes()).tolist()


async def encode_async(model_name: str, text: str) -> list[int]:
    await load(model_name)
    return encode(model_name, text)


def _cpython_processor(model_name: str) -> Any:
    processor = _processors.get(model_name)
    if processor is None:
        path = _MODELS_DIR / model_name
        if not path.is_file():
            raise TokenizerError(f"tokenizer {model_name!r} is not in {_MODELS_DIR}")
        sentencepiece = importlib.import_module("sentencepiece")
        processor = sentencepiece.SentencePieceProcessor(model_file=str(path))
        _processors[model_name] = processor
    return processor


__all__ = ["TokenizerError", "encode", "encode_async", "is_loaded", "load"]
