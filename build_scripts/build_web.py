"""Build web/vendor/: the files the app needs from node_modules, the wayfarer wheel, the models,
precompressed copies, and the precache manifest with a content hash per file.

Run from anywhere: ``python build_scripts/build_web.py``. Idempotent: unchanged inputs give
byte-identical outputs (wheel timestamps are fixed), so the manifest version only moves when
something the browser loads has changed.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import json
import shutil
import sys
import tomllib
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
VENDOR = WEB / "vendor"
NODE_MODULES = ROOT / "node_modules"
PY_MODULES = ROOT / "py_modules"
MODELS = ROOT / "models"
RECORDINGS = ROOT / "tests" / "data" / "sensors"

# Exactly the files the app loads; anything else in these npm packages stays out of the app.
NPM_FILES: dict[str, list[str]] = {
    "pyodide": [
        "pyodide/pyodide.mjs",
        "pyodide/pyodide.asm.mjs",
        "pyodide/pyodide.asm.wasm",
        "pyodide/python_stdlib.zip",
        "pyodide/pyodide-lock.json",
    ],
    # Only the plain SIMD+threads wasm variant: the jsep/jspi/asyncify builds serve WebGPU/WebNN.
    "ort": [
        "onnxruntime-web/dist/ort.wasm.min.mjs",
        "onnxruntime-web/dist/ort-wasm-simd-threaded.mjs",
        "onnxruntime-web/dist/ort-wasm-simd-threaded.wasm",
    ],
    "comlink": ["comlink/dist/esm/comlink.mjs"],
}
# The sentencepiece wasm port ships as CommonJS that reads its model with `require('fs')`;
# vendor_sentencepiece() turns it into an ES module a module worker can import.
SENTENCEPIECE_SOURCE = "@agnai/sentencepiece-js/dist/index.js"

MODEL_SUFFIXES = {".onnx", ".model", ".json"}
COMPRESSIBLE = {".js", ".mjs", ".json", ".wasm", ".zip", ".css", ".html", ".svg", ".onnx", ".model", ".txt"}
# A zip (the stdlib, wheels) is already deflated, but pyodide's stdlib zip is stored uncompressed.
MIN_COMPRESS_BYTES = 1024
WHEEL_DATE = (2020, 1, 1, 0, 0, 0)
MANIFEST_NAME = "precache-manifest.mjs"


class BuildError(RuntimeError):
    """A build input is missing or unusable; the message says which and what to run."""


@dataclass(frozen=True, slots=True)
class WheelInfo:
    file_name: str
    version: str


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        version: str = tomllib.load(fh)["project"]["version"]
    return version


def copy_npm_files() -> list[Path]:
    copied: list[Path] = []
    for folder, files in NPM_FILES.items():
        for rel in files:
            source = NODE_MODULES / rel
            if not source.is_file():
                raise BuildError(f"missing {source.relative_to(ROOT)}: run `npm ci` first")
            target = VENDOR / folder / Path(rel).name
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists() or target.read_bytes() != source.read_bytes():
                shutil.copyfile(source, target)
            copied.append(target)
    return copied


# (what the CommonJS build says, what the ES module says instead); each must occur in the source.
_SENTENCEPIECE_REWRITES: tuple[tuple[str, str], ...] = (
    ("'use strict';\n\nObject.defineProperty(exports, '__esModule', { value: true });\n", ""),
    ("var fs = require('fs');", "import * as fs from '../../bridge/sentencepiece_fs.mjs';"),
    (
        "(typeof document === 'undefined' ? new (require('u' + 'rl').URL)('file:' + __filename).href"
        " : (document.currentScript && document.currentScript.src"
        " || new URL('index.js', document.baseURI).href))",
        "import.meta.url",
    ),
    (
        "exports.SentencePieceProcessor = SentencePieceProcessor;\n"
        "exports.cleanText = cleanText;\n"
        'exports["default"] = index;',
        "export { SentencePieceProcessor, cleanText };\nexport default index;",
    ),
)


# Embind builds each C++ method's JS wrapper with `new Function(...)`, which the app's CSP forbids
# (no 'unsafe-eval'). sentencepiece_invoker.js does the same work as a closure.
_CRAFT_INVOKER_START = (
    "function craftInvokerFunction(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc,isAsync){"
)
_CRAFT_INVOKER_END = "return newFunc(Function,args1).apply(null,args2)}"
_CRAFT_INVOKER_WITHOUT_EVAL = ROOT / "build_scripts" / "sentencepiece_invoker.js"


def _replace_craft_invoker(text: str) -> str:
    start = text.find(_CRAFT_INVOKER_START)
    end = text.find(_CRAFT_INVOKER_END, start)
    if start < 0 or end < 0:
        raise BuildError(f"{SENTENCEPIECE_SOURCE} changed: cannot find embind's craftInvokerFunction")
    replacement = _CRAFT_INVOKER_WITHOUT_EVAL.read_text(encoding="utf-8").split("\n", 2)[2].rstrip("\n")
    return text[:start] + replacement + text[end + len(_CRAFT_INVOKER_END) :]


def vendor_sentencepiece() -> Path:
    """Write ``vendor/sentencepiece/sentencepiece.mjs``: the npm build as an ES module whose ``fs``
    is the shim in ``web/bridge/sentencepiece_fs.mjs`` (import maps do not reach workers). The
    Node-only branches that still mention ``require`` never run in a browser."""
    source = NODE_MODULES / SENTENCEPIECE_SOURCE
    if not source.is_file():
        raise BuildError(f"missing {source.relative_to(ROOT)}: run `npm ci` first")
    text = source.read_text(encoding="utf-8")
    for old, new in _SENTENCEPIECE_REWRITES:
        if old not in text:
            raise BuildError(f"{SENTENCEPIECE_SOURCE} changed: cannot find {old[:60]!r} to rewrite")
        text = text.replace(old, new)
    text = _replace_craft_invoker(text)
    header = f"// Built by build_scripts/build_web.py from node_modules/{SENTENCEPIECE_SOURCE} (ES module).\n"
    target = VENDOR / "sentencepiece" / "sentencepiece.mjs"
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.iterdir():
        if stale.name.startswith("index.js"):
            stale.unlink()
    if not target.exists() or target.read_text(encoding="utf-8") != header + text:
        target.write_text(header + text, encoding="utf-8")
    return target


def _package_files() -> list[Path]:
    package = PY_MODULES / "wayfarer"
    files = [
        path
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in {".py", ".json", ".typed"}
    ]
    return sorted(files)


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest}"


def build_wheel(version: str) -> WheelInfo:
    """Write a py3-none-any wheel of ``wayfarer`` by hand: deterministic, no build backend needed."""
    name = f"wayfarer-{version}-py3-none-any.whl"
    dist_info = f"wayfarer-{version}.dist-info"
    entries: list[tuple[str, bytes]] = [
        (path.relative_to(PY_MODULES).as_posix(), path.read_bytes()) for path in _package_files()
    ]
    entries.append(
        (
            f"{dist_info}/METADATA",
            f"Metadata-Version: 2.1\nName: wayfarer\nVersion: {version}\n"
            "Summary: Wayfarer Health domain packages\nRequires-Python: >=3.11\n".encode(),
        )
    )
    entries.append(
        (
            f"{dist_info}/WHEEL",
            b"Wheel-Version: 1.0\nGenerator: wayfarer build_web\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        )
    )
    record_lines = [f"{arcname},{_record_hash(data)},{len(data)}" for arcname, data in entries]
    record_lines.append(f"{dist_info}/RECORD,,")
    entries.append((f"{dist_info}/RECORD", ("\n".join(record_lines) + "\n").encode()))

    target = VENDOR / "wheels" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob("wayfarer-*.whl"):
        if stale.name != name:
            stale.unlink()
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for arcname, data in entries:
            info = zipfile.ZipInfo(arcname, date_time=WHEEL_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    if target.exists() and target.read_bytes() == tmp.read_bytes():
        tmp.unlink()
    else:
        tmp.replace(target)
    return WheelInfo(file_name=name, version=version)


def copy_models() -> list[Path]:
    copied: list[Path] = []
    target_dir = VENDOR / "models"
    target_dir.mkdir(parents=True, exist_ok=True)
    wanted = {path.name for path in MODELS.iterdir() if path.is_file() and path.suffix in MODEL_SUFFIXES}
    for stale in target_dir.iterdir():
        if stale.name not in wanted and not stale.name.endswith((".gz", ".br")):
            stale.unlink()
    for name in sorted(wanted):
        source = MODELS / name
        target = target_dir / name
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)
        copied.append(target)
    return copied


def copy_recordings() -> list[Path]:
    """The demo's device recordings (made by make_recordings.py) and an index the app reads."""
    target_dir = VENDOR / "recordings"
    target_dir.mkdir(parents=True, exist_ok=True)
    sources = sorted(RECORDINGS.glob("*.jsonl"))
    wanted = {path.name for path in sources} | {"index.json"}
    for stale in target_dir.iterdir():
        if stale.name not in wanted and not stale.name.endswith((".gz", ".br", ".sha256")):
            stale.unlink()
    index = []
    copied: list[Path] = []
    for source in sources:
        lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
        header = json.loads(lines[0])
        duration = json.loads(lines[-1]).get("t", 0) if len(lines) > 1 else 0
        index.append(
            {
                "name": header["name"],
                "file": source.name,
                "description": header.get("description", ""),
                "duration": duration,
            }
        )
        target = target_dir / source.name
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)
        copied.append(target)
    index_file = target_dir / "index.json"
    text = json.dumps(index, indent=1, ensure_ascii=False) + "\n"
    if not index_file.exists() or index_file.read_text(encoding="utf-8") != text:
        index_file.write_text(text, encoding="utf-8")
    return [*copied, index_file]


def write_boot_config(wheel: WheelInfo) -> Path:
    """What the worker installs: the wheel names, so the worker needs no directory listing, and the
    key of the Python memory snapshot, which changes whenever the runtime or the wheel does."""
    digest = hashlib.sha256()
    for path in [*(VENDOR / "pyodide").glob("*"), VENDOR / "wheels" / wheel.file_name]:
        if path.is_file() and path.suffix not in {".gz", ".br", ".sha256"}:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    config = {
        "version": wheel.version,
        "wheels": [f"wheels/{wheel.file_name}"],
        "snapshot_key": digest.hexdigest()[:16],
    }
    target = VENDOR / "boot.json"
    text = json.dumps(config, indent=2, sort_keys=True) + "\n"
    if not target.exists() or target.read_text() != text:
        target.write_text(text)
    return target


def precompress(paths: Iterable[Path]) -> None:
    """Write .gz (and .br when brotli is installed) next to each compressible file, once per content."""
    try:
        import brotli  # type: ignore[import-not-found]
    except ImportError:
        brotli = None
    for path in paths:
        if path.suffix not in COMPRESSIBLE or path.stat().st_size < MIN_COMPRESS_BYTES:
            continue
        data = path.read_bytes()
        stamp = hashlib.sha256(data).hexdigest()
        stamp_file = path.with_name(path.name + ".sha256")
        gz, br = path.with_name(path.name + ".gz"), path.with_name(path.name + ".br")
        fresh = stamp_file.exists() and stamp_file.read_text() == stamp
        if fresh:
            continue
        _write_if_smaller(gz, gzip.compress(data, compresslevel=9, mtime=0), len(data))
        if brotli is not None:
            _write_if_smaller(br, brotli.compress(data, quality=9), len(data))
        stamp_file.write_text(stamp)


def _write_if_smaller(target: Path, compressed: bytes, original_size: int) -> None:
    """Keep a compressed copy only when it saves at least a tenth (zips barely shrink)."""
    if len(compressed) <= original_size * 0.9:
        target.write_bytes(compressed)
    elif target.exists():
        target.unlink()


def app_files(web: Path = WEB) -> list[Path]:
    """Every file the browser may load: the manifest lists exactly these."""
    skip_suffixes = {".gz", ".br", ".sha256", ".tmp", ".map"}
    files = [
        path
        for path in web.rglob("*")
        if path.is_file()
        and path.suffix not in skip_suffixes
        and path.name != MANIFEST_NAME
        and path.name != "sw.mjs"
        and not path.name.startswith(".")
    ]
    return sorted(files)


def write_manifest(files: list[Path], web: Path = WEB) -> tuple[str, Path]:
    entries = []
    for path in files:
        data = path.read_bytes()
        entries.append(
            {
                "url": "./" + path.relative_to(web).as_posix(),
                "hash": hashlib.sha256(data).hexdigest()[:16],
                "bytes": len(data),
            }
        )
    version = hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()[:12]
    text = (
        "// Written by build_scripts/build_web.py: the service worker precaches exactly these files.\n"
        f"export const VERSION = {json.dumps(version)};\n"
        f"export const FILES = {json.dumps(entries, indent=1)};\n"
    )
    target = web / "vendor" / MANIFEST_NAME
    if not target.exists() or target.read_text() != text:
        target.write_text(text)
    return version, target


def build() -> dict[str, object]:
    VENDOR.mkdir(parents=True, exist_ok=True)
    copy_npm_files()
    vendor_sentencepiece()
    wheel = build_wheel(project_version())
    copy_models()
    copy_recordings()
    write_boot_config(wheel)
    files = app_files()
    version, manifest = write_manifest(files)
    precompress([*files, manifest])
    return {
        "version": version,
        "files": len(files),
        "bytes": sum(path.stat().st_size for path in files),
        "wheel": wheel.file_name,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--manifest-only",
        type=Path,
        metavar="WEB_ROOT",
        help="only rewrite the precache manifest of an already built copy of web/ (used by the update test)",
    )
    args = parser.parse_args(argv)
    if args.manifest_only is not None:
        version, _ = write_manifest(app_files(args.manifest_only), args.manifest_only)
        print(json.dumps({"version": version}))
        return 0
    try:
        report = build()
    except BuildError as error:
        print(f"build_web: {error}", file=sys.stderr)
        return 1
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
