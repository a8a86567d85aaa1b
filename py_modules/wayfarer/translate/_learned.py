"""The learned matcher: sentencepiece pieces and hashed character n-grams → an embedding → a score
per phrase or concept, computed by ``models/matcher.onnx`` (trained by
``build_scripts/train_matcher.py``; card in ``models/matcher.card.md``).

Python makes the features (folded text → piece ids from the tokenizer bridge, plus CRC-32 hashed
character n-grams) and the ONNX model does the rest: an int8 embedding bag, L2 normalisation, cosine
against every label's prototype and a softmax. The label order lives in ``data/matcher_labels.json``.
"""

from __future__ import annotations

import array
import heapq
import json
import zlib
from collections.abc import Coroutine
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from wayfarer._bridge import onnx, tokenizer

from ._errors import MatcherDataError

LABELS_FILE = "matcher_labels.json"
SPACED_ORDERS = (3, 4)
UNSPACED_ORDERS = (1, 2)
MAX_PIECES = 160
MAX_GRAMS = 320
PAD_TO = 32


@dataclass(frozen=True, slots=True)
class MatcherSpec:
    model: str
    tokenizer: str
    labels: tuple[str, ...]
    pieces: int  # sentencepiece vocabulary size: hashed n-gram ids start here
    buckets: int


@lru_cache(maxsize=1)
def spec() -> MatcherSpec:
    path = resources.files("wayfarer.translate").joinpath("data").joinpath(LABELS_FILE)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return MatcherSpec(
            model=str(document["model"]),
            tokenizer=str(document["tokenizer"]),
            labels=tuple(str(label) for label in document["labels"]),
            pieces=int(document["pieces"]),
            buckets=int(document["buckets"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise MatcherDataError(
            f"the matcher's labels are missing or damaged ({error}); run train_matcher.py"
        ) from None


def hashed_grams(folded: str, unspaced: bool) -> list[str]:
    padded = f" {folded} "
    orders = UNSPACED_ORDERS if unspaced else SPACED_ORDERS
    found: list[str] = []
    for order in orders:
        found.extend(
            padded[i : i + order] for i in range(len(padded) - order + 1) if padded[i : i + order].strip()
        )
    return found


def is_unspaced(folded: str) -> bool:
    """Text with no spaces between words (Chinese, Japanese, Thai) gets unigrams and bigrams."""
    for char in folded:
        code = ord(char)
        if 0x0E00 <= code <= 0x0E7F or 0x3040 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
            return True
    return False


def features(
    folded: str, pieces: list[int], spec_: MatcherSpec
) -> tuple[array.array[float], array.array[float]]:
    """The model inputs: ids (float32, exact below 2**24) and weights (each group sums to 1)."""
    ids = array.array("f")
    weights = array.array("f")
    pieces = [piece for piece in pieces if 0 < piece < spec_.pieces][:MAX_PIECES]
    grams = hashed_grams(folded, is_unspaced(folded))[:MAX_GRAMS]
    if pieces:
        share = 1.0 / len(pieces)
        ids.extend(float(piece) for piece in pieces)
        weights.extend(share for _ in pieces)
    if grams:
        share = 1.0 / len(grams)
        offset, buckets = spec_.pieces, spec_.buckets
        ids.extend(float(offset + zlib.crc32(gram.encode("utf-8")) % buckets) for gram in grams)
        weights.extend(share for _ in grams)
    # Padding (id 0, weight 0: adds nothing) to a multiple of PAD_TO keeps the number of input
    # shapes small: onnxruntime-web plans memory per new shape, which made first runs slow.
    padding = -len(ids) % PAD_TO or (PAD_TO if not ids else 0)
    ids.extend(0.0 for _ in range(padding))
    weights.extend(0.0 for _ in range(padding))
    return ids, weights


def _feeds(folded: str, pieces: list[int]) -> dict[str, onnx.FloatTensor]:
    current = spec()
    ids, weights = features(folded, pieces, current)
    return {
        "ids": onnx.FloatTensor(ids, (1, len(ids))),
        "weights": onnx.FloatTensor(weights, (1, len(weights))),
    }


@lru_cache(maxsize=1)
def _label_index() -> dict[str, int]:
    return {label: index for index, label in enumerate(spec().labels)}


class LearnedScores:
    """The model's probability per label, read without building a dict of every label per query."""

    __slots__ = ("_values",)

    def __init__(self, values: array.array[float]) -> None:
        if len(values) != len(spec().labels):
            raise MatcherDataError(f"the model gave {len(values)} scores for {len(spec().labels)} labels")
        self._values = values

    def __getitem__(self, label: str) -> float:
        return float(self._values[_label_index()[label]])

    def get(self, label: str, default: float = 0.0) -> float:
        index = _label_index().get(label)
        return default if index is None else float(self._values[index])

    def top(self, n: int) -> list[str]:
        """The ``n`` labels with the highest probability, best first."""
        labels = spec().labels
        values = self._values
        return [labels[i] for i in heapq.nlargest(n, range(len(values)), key=values.__getitem__)]

    def as_dict(self) -> dict[str, float]:
        return dict(zip(spec().labels, self._values.tolist(), strict=True))


def _scores(outputs: dict[str, onnx.FloatTensor]) -> LearnedScores:
    return LearnedScores(outputs["scores"].data)


async def scores_async(folded: str) -> LearnedScores:
    """Label → probability (the browser's path: tokenizer and model through the bridge)."""
    current = spec()
    pieces = await tokenizer.encode_async(current.tokenizer, folded)
    return _scores(await onnx.run(current.model, _feeds(folded, pieces)))


def available_now() -> bool:
    """Whether :func:`scores_now` can run without awaiting (CPython: always; browser: no)."""
    from wayfarer._bridge import IN_BROWSER

    return not IN_BROWSER


def scores_now(folded: str) -> LearnedScores:
    """Label → probability, synchronously (CPython, where the bridge's model call never waits)."""
    current = spec()
    pieces = tokenizer.encode(current.tokenizer, folded)
    return _scores(_completed(onnx.run(current.model, _feeds(folded, pieces))))


def _completed(coroutine: Coroutine[Any, Any, dict[str, onnx.FloatTensor]]) -> dict[str, onnx.FloatTensor]:
    """The result of a coroutine that finishes without suspending (the CPython bridge's ``run``)."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        result: dict[str, onnx.FloatTensor] = done.value
        return result
    coroutine.close()
    raise MatcherDataError("the model call had to wait: use the async matcher here")
