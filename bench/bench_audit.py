"""Audit-log speed under CPython: appends per second and verification time for a 10,000-entry log.

Prints one JSON object. Run: .venv/bin/python bench/bench_audit.py [entries]
"""

import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "py_modules"))

from wayfarer import keys
from wayfarer.audit import AuditLog, verify, verify_export
from wayfarer.keys._backend import verify_signature_pure


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    signer = keys.generate_signer()
    log = AuditLog(signer)
    started = time.perf_counter()
    for index in range(count):
        log.append(
            "patient", "read", ["vitals", "medicines"], "self", recipient=None, detail=f"screen {index % 7}"
        )
    append_seconds = time.perf_counter() - started

    entries, head = log.entries, log.head
    started = time.perf_counter()
    result = verify(entries, head, signer.public_jwk)
    verify_seconds = time.perf_counter() - started

    text = log.export()
    started = time.perf_counter()
    exported = verify_export(text, signer.public_jwk)
    verify_export_seconds = time.perf_counter() - started

    # The pure-Python verifier is what Pyodide uses without the bridge; time a few signatures.
    point = keys.parse_public_jwk(signer.public_jwk)
    samples = [(f"sample {i}".encode(), signer.sign(f"sample {i}".encode())) for i in range(20)]
    started = time.perf_counter()
    pure_ok = all(verify_signature_pure(point.x, point.y, data, signature) for data, signature in samples)
    pure_ms = (time.perf_counter() - started) / len(samples) * 1000

    print(
        json.dumps(
            {
                "benchmark": "audit_log",
                "python": platform.python_version(),
                "entries": count,
                "appends_per_second": round(count / append_seconds),
                "append_ms_mean": round(append_seconds / count * 1000, 4),
                "verify_seconds": round(verify_seconds, 3),
                "verify_ok": result.ok,
                "verify_export_seconds": round(verify_export_seconds, 3),
                "verify_export_ok": exported.ok,
                "export_bytes": len(text.encode("utf-8")),
                "pure_python_verify_ms_per_signature": round(pure_ms, 2),
                "pure_python_verify_ok": pure_ok,
            }
        )
    )


if __name__ == "__main__":
    main()
