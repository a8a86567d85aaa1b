"""Train the free-text matcher of "Talk to the doctor" and write everything it needs.

    .venv/bin/python build_scripts/train_matcher.py [--epochs N] [--dim D]

Reads only the phrase and term corpus (``wayfarer.translate`` phrases + ``wayfarer.terms``
vocabulary, every language); never the evaluation set. Writes:

- ``models/matcher.model``: a sentencepiece unigram tokenizer trained on the folded corpus;
- ``models/matcher.onnx``: int8 embedding bag over piece ids + CRC-32 hashed character n-grams,
  L2-normalised, cosine against one int8 prototype per label, softmax (ops: Cast, Gather, Mul,
  Unsqueeze, ReduceSum, Sqrt, Div, MatMul, Softmax: all in onnxruntime-web's wasm build);
- ``py_modules/wayfarer/translate/data/matcher_labels.json``: label order, sizes, file hashes;
- ``py_modules/wayfarer/translate/data/langid.json``: per-language n-gram profiles for detection;
- ``models/matcher.card.md``: the model card with this run's figures.

Training: every text plus noisy copies (``translate_corpus.variants``: typos, dropped and swapped
words, fillers, colloquial shortening, prefixes), softmax cross-entropy with Adam, numpy + scipy,
2 threads, fixed seeds (the same inputs give the same files).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")

import argparse
import hashlib
import json
import math
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py_modules"))
sys.path.insert(0, str(ROOT / "build_scripts"))

import numpy as np  # noqa: E402
import onnx  # noqa: E402
import scipy.sparse as sparse  # noqa: E402
import sentencepiece as spm  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from translate_corpus import variants  # noqa: E402
from wayfarer.terms import fold  # noqa: E402
from wayfarer.translate import _corpus, _detect, _learned  # noqa: E402

MODELS = ROOT / "models"
DATA = ROOT / "py_modules" / "wayfarer" / "translate" / "data"
MODEL_NAME = "matcher.onnx"
TOKENIZER_NAME = "matcher.model"
PROFILE_GRAMS = 1000
SCALE = 20.0
SEED = 20240611


def load_corpus() -> tuple[list[str], list[tuple[int, str, str]]]:
    """Labels and (label index, language, folded text), unique per label."""
    labels = list(_corpus.target_ids())
    index = {label: i for i, label in enumerate(labels)}
    seen: set[tuple[int, str]] = set()
    rows: list[tuple[int, str, str]] = []
    for entry in _corpus.entries():
        folded = fold(entry.text)
        key = (index[entry.target], folded)
        if folded and key not in seen:
            seen.add(key)
            rows.append((index[entry.target], entry.lang, folded))
    return labels, rows


def write_langid() -> Path:
    counts: dict[str, Counter[str]] = {}
    for entry in _corpus.entries():
        table = counts.setdefault(entry.lang, Counter())
        for form in sorted({_detect.profile_text(entry.text), _detect.profile_text(fold(entry.text))}):
            table.update(_detect.profile_grams(form))
    languages = {}
    for lang in sorted(counts):
        table = counts[lang]
        total = sum(table.values())
        top = sorted(table.items(), key=lambda item: (-item[1], item[0]))[:PROFILE_GRAMS]  # ties: by gram
        grams = {gram: round(math.log(count / total), 3) for gram, count in top}
        floor = round(math.log(0.5 * top[-1][1] / total), 3) if top else -20.0
        languages[lang] = {"grams": grams, "floor": floor}
    target = DATA / _detect.PROFILE_FILE
    text = (
        json.dumps(
            {"format": 1, "orders": list(_detect.PROFILE_ORDERS), "languages": languages},
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        )
        + "\n"
    )
    target.write_text(text, encoding="utf-8")
    return target


def train_tokenizer(texts: list[str], vocab_size: int) -> Path:
    target = MODELS / TOKENIZER_NAME
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.txt"
        corpus.write_text("\n".join(sorted(set(texts))) + "\n", encoding="utf-8")
        prefix = Path(tmp) / "matcher"
        spm.SentencePieceTrainer.train(
            input=str(corpus),
            model_prefix=str(prefix),
            model_type="unigram",
            vocab_size=vocab_size,
            hard_vocab_limit=False,
            character_coverage=0.9995,
            normalization_rule_name="identity",
            num_threads=1,
            shuffle_input_sentence=False,
            input_sentence_size=0,
            minloglevel=2,
        )
        target.write_bytes(prefix.with_suffix(".model").read_bytes())
    return target


def featurize(
    texts: list[str], processor: spm.SentencePieceProcessor, spec: _learned.MatcherSpec
) -> sparse.csr_matrix:
    pieces = processor.encode(texts)
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for text, ids in zip(texts, pieces, strict=True):
        feature_ids, weights = _learned.features(text, list(ids), spec)
        indices.extend(int(i) for i in feature_ids)
        data.extend(weights)
        indptr.append(len(indices))
    width = spec.pieces + spec.buckets
    matrix = sparse.csr_matrix(
        (np.array(data, np.float32), np.array(indices), np.array(indptr)), shape=(len(texts), width)
    )
    matrix.sum_duplicates()
    return matrix


def _normalize(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    norms = np.sqrt((matrix * matrix).sum(axis=1, keepdims=True) + 1e-12)
    return matrix / norms, norms


def train(
    x: sparse.csr_matrix, y: np.ndarray, labels: int, dim: int, epochs: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    embed = (rng.standard_normal((x.shape[1], dim)) * 0.1).astype(np.float32)
    protos = (rng.standard_normal((labels, dim)) * 0.1).astype(np.float32)
    params = [embed, protos]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    step = 0
    batch = 1024
    for epoch in range(epochs):
        lr = 0.02 * (0.5**epoch if epoch >= epochs - 2 else 1.0)
        order = rng.permutation(x.shape[0])
        total_loss = 0.0
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            xb, yb = x[rows], y[rows]
            hidden = np.asarray(xb @ embed)
            hn, hnorm = _normalize(hidden)
            cn, cnorm = _normalize(protos)
            logits = SCALE * hn @ cn.T
            logits -= logits.max(axis=1, keepdims=True)
            probs = np.exp(logits)
            probs /= probs.sum(axis=1, keepdims=True)
            total_loss -= float(np.log(probs[np.arange(len(rows)), yb] + 1e-12).sum())
            grad = probs
            grad[np.arange(len(rows)), yb] -= 1.0
            grad /= len(rows)
            d_hn = SCALE * grad @ cn
            d_cn = SCALE * grad.T @ hn
            d_hidden = (d_hn - hn * (d_hn * hn).sum(axis=1, keepdims=True)) / hnorm
            d_protos = (d_cn - cn * (d_cn * cn).sum(axis=1, keepdims=True)) / cnorm
            d_embed = np.asarray(xb.T @ d_hidden)
            step += 1
            for param, gradient, m, v in zip(params, (d_embed, d_protos), moments, squares, strict=True):
                m *= beta1
                m += (1 - beta1) * gradient
                v *= beta2
                v += (1 - beta2) * gradient * gradient
                m_hat = m / (1 - beta1**step)
                v_hat = v / (1 - beta2**step)
                param -= (lr * m_hat / (np.sqrt(v_hat) + eps)).astype(np.float32)
        print(f"epoch {epoch + 1}/{epochs}: loss {total_loss / x.shape[0]:.4f}", flush=True)
    return embed, protos


def quantize_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: ``matrix ≈ q * scale[:, None]``."""
    peak = np.abs(matrix).max(axis=1)
    scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    q = np.clip(np.rint(matrix / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale


def build_onnx(embed: np.ndarray, protos: np.ndarray) -> onnx.ModelProto:
    eq, escale = quantize_rows(embed)
    pn, _ = _normalize(protos)
    pq, pscale = quantize_rows(pn)  # per label
    inits = [
        numpy_helper.from_array(eq, "embed_q"),
        numpy_helper.from_array(escale, "embed_scale"),
        numpy_helper.from_array(np.ascontiguousarray(pq.T), "proto_q"),  # [D, N]
        numpy_helper.from_array(pscale.reshape(1, -1), "proto_scale"),
        numpy_helper.from_array(np.array([2], np.int64), "axis2"),
        numpy_helper.from_array(np.array([1], np.int64), "axis1"),
        numpy_helper.from_array(np.array(1e-12, np.float32), "eps"),
        numpy_helper.from_array(np.array(SCALE, np.float32), "scale"),
    ]
    F = TensorProto.FLOAT
    nodes = [
        helper.make_node("Cast", ["ids"], ["ids64"], to=TensorProto.INT64),
        helper.make_node("Gather", ["embed_q", "ids64"], ["rows_q"], axis=0),
        helper.make_node("Cast", ["rows_q"], ["rows_f"], to=F),
        helper.make_node("Gather", ["embed_scale", "ids64"], ["row_scale"], axis=0),
        helper.make_node("Mul", ["weights", "row_scale"], ["row_weight"]),
        helper.make_node("Unsqueeze", ["row_weight", "axis2"], ["row_weight3"]),
        helper.make_node("Mul", ["rows_f", "row_weight3"], ["weighted"]),
        helper.make_node("ReduceSum", ["weighted", "axis1"], ["hidden"], keepdims=0),
        helper.make_node("Mul", ["hidden", "hidden"], ["squared"]),
        helper.make_node("ReduceSum", ["squared", "axis1"], ["sum_squared"], keepdims=1),
        helper.make_node("Add", ["sum_squared", "eps"], ["sum_squared_eps"]),
        helper.make_node("Sqrt", ["sum_squared_eps"], ["norm"]),
        helper.make_node("Div", ["hidden", "norm"], ["unit"]),
        helper.make_node("Cast", ["proto_q"], ["proto_f"], to=F),
        helper.make_node("MatMul", ["unit", "proto_f"], ["raw_cosine"]),
        helper.make_node("Mul", ["raw_cosine", "proto_scale"], ["cosine"]),
        helper.make_node("Mul", ["cosine", "scale"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["scores"], axis=1),
    ]
    graph = helper.make_graph(
        nodes,
        "wayfarer_matcher",
        [
            helper.make_tensor_value_info("ids", F, ["batch", "length"]),
            helper.make_tensor_value_info("weights", F, ["batch", "length"]),
        ],
        [helper.make_tensor_value_info("scores", F, ["batch", protos.shape[0]])],
        inits,
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="wayfarer train_matcher"
    )
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def reference_scores(x: sparse.csr_matrix, model: onnx.ModelProto) -> np.ndarray:
    init = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    embed = init["embed_q"].astype(np.float32) * init["embed_scale"][:, None]
    protos = init["proto_q"].astype(np.float32) * init["proto_scale"]
    hn, _ = _normalize(np.asarray(x @ embed))
    logits = SCALE * (hn @ protos)
    logits -= logits.max(axis=1, keepdims=True)
    probs = np.exp(logits)
    return probs / probs.sum(axis=1, keepdims=True)


CARD = MODELS / "matcher.card.md"
RUN_BEGIN, RUN_END = "<!-- training run: written by train_matcher.py -->", "<!-- end of training run -->"


def write_card_run(report: dict[str, object]) -> None:
    """Replace the card's training-run block with this run's figures (the rest is written by hand)."""
    block = f"{RUN_BEGIN}\n```json\n{json.dumps(report, indent=2)}\n```\n{RUN_END}"
    text = CARD.read_text(encoding="utf-8") if CARD.exists() else f"# matcher\n\n{RUN_BEGIN}\n{RUN_END}\n"
    start, end = text.find(RUN_BEGIN), text.find(RUN_END)
    if start < 0 or end < 0:
        text = text.rstrip("\n") + f"\n\n{block}\n"
    else:
        text = text[:start] + block + text[end + len(RUN_END) :]
    CARD.write_text(text, encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--vocab", type=int, default=6000)
    parser.add_argument("--buckets", type=int, default=16384)
    parser.add_argument("--noise", type=int, default=10, help="noisy copies per text")
    parser.add_argument("--langid-only", action="store_true", help="only rewrite data/langid.json")
    args = parser.parse_args(argv)
    if args.langid_only:
        print(write_langid())
        return 0
    started = time.monotonic()
    random.seed(SEED)
    rng = np.random.default_rng(SEED)

    labels, rows = load_corpus()
    print(f"corpus: {len(labels)} labels, {len(rows)} texts", flush=True)
    write_langid()
    tokenizer_path = train_tokenizer([text for _, _, text in rows], args.vocab)
    processor = spm.SentencePieceProcessor(model_file=str(tokenizer_path))
    spec = _learned.MatcherSpec(
        MODEL_NAME, TOKENIZER_NAME, tuple(labels), processor.get_piece_size(), args.buckets
    )

    noise_rng = random.Random(SEED)
    texts: list[str] = []
    targets: list[int] = []
    # A noisy copy that another label also produces, or that is another label's own text, would teach
    # a contradiction ("у вас болит в груди?" without "у вас" is the patient's "болит в груди";
    # "I have asthma" shortened to "asthma" is the concept's term): such copies are dropped.
    own = {(lang, text): label for label, lang, text in rows}
    produced: dict[tuple[str, str], set[int]] = {}
    generated: list[tuple[int, str, list[str]]] = []
    for label, lang, text in rows:
        copies = variants(text, lang, noise_rng, args.noise, _learned.is_unspaced(text))
        generated.append((label, lang, copies))
        for copy in copies:
            produced.setdefault((lang, copy), set()).add(label)
    dropped = 0
    for (label, lang, copies), (_, _, text) in zip(generated, rows, strict=True):
        kept = [
            copy
            for copy in copies
            if copy == text or (own.get((lang, copy), label) == label and produced[(lang, copy)] == {label})
        ]
        dropped += len(copies) - len(kept)
        for variant in [text, text, *kept]:
            texts.append(variant)
            targets.append(label)
    print(f"dropped {dropped} ambiguous noisy copies", flush=True)
    held_rng = random.Random(SEED + 1)
    held_texts, held_targets = [], []
    for label, lang, text in held_rng.sample(rows, min(3000, len(rows))):
        held_texts.append(variants(text, lang, held_rng, 1, _learned.is_unspaced(text))[0])
        held_targets.append(label)
    print(f"examples: {len(texts)} (+{len(held_texts)} held-out noisy)", flush=True)
    x = featurize(texts, processor, spec)
    y = np.array(targets)
    embed, protos = train(x, y, len(labels), args.dim, args.epochs, rng)

    model = build_onnx(embed, protos)
    model_path = MODELS / MODEL_NAME
    model_path.write_bytes(model.SerializeToString())

    held_x = featurize(held_texts, processor, spec)
    reference = reference_scores(held_x, model)
    held_top1 = float((reference.argmax(axis=1) == np.array(held_targets)).mean())
    import onnxruntime

    session = onnxruntime.InferenceSession(str(model_path), providers=["CPUExecutionProvider"])
    worst = 0.0
    for text in held_texts[:200]:
        ids, weights = _learned.features(text, processor.encode(text), spec)
        out = session.run(
            ["scores"], {"ids": np.array([ids], np.float32), "weights": np.array([weights], np.float32)}
        )[0]
        expect = reference_scores(featurize([text], processor, spec), model)
        worst = max(worst, float(np.abs(out - expect).max()))
    print(f"held-out noisy top-1 {held_top1:.4f}; onnxruntime vs numpy max diff {worst:.2e}", flush=True)

    labels_doc = {
        "format": 1,
        "model": MODEL_NAME,
        "tokenizer": TOKENIZER_NAME,
        "model_sha256": sha256(model_path),
        "tokenizer_sha256": sha256(tokenizer_path),
        "pieces": spec.pieces,
        "buckets": spec.buckets,
        "dim": args.dim,
        "labels": labels,
    }
    (DATA / _learned.LABELS_FILE).write_text(
        json.dumps(labels_doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    report = {
        "labels": len(labels),
        "texts": len(rows),
        "examples": len(texts),
        "pieces": spec.pieces,
        "buckets": spec.buckets,
        "dim": args.dim,
        "epochs": args.epochs,
        "held_out_noisy_top1": round(held_top1, 4),
        "onnx_vs_numpy_max_diff": worst,
        "model_bytes": model_path.stat().st_size,
        "tokenizer_bytes": tokenizer_path.stat().st_size,
        "seconds": round(time.monotonic() - started, 1),
    }
    write_card_run(report)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
