"""The one place that touches JavaScript.

Every call into the browser (onnxruntime-web, Web Crypto, IndexedDB) goes through a module in this
package. Each has a CPython twin (onnxruntime, cryptography) so the domain packages that use it run
unchanged in the unit tests. Domain packages import from here, never from ``js`` or ``pyodide``.
"""

import functools
import sys
from typing import Any

IN_BROWSER: bool = sys.platform == "emscripten"


@functools.cache
def js_global(name: str) -> Any:
    """``js.<name>`` (browser only), looked up once per worker: in the worker each lookup of a
    JavaScript global from Python costs about 0.5 ms (measured), more than many of the calls it
    leads to. Nothing looks one up at import, so the worker's memory snapshot holds none."""
    import js

    return getattr(js, name)


@functools.cache
def bridge_function(name: str) -> Any:
    """A function of ``globalThis.wayfarerBridge`` (``web/worker.mjs``, ``web/bridge/``), looked up
    once and called with the bridge as ``this``."""
    return getattr(js_global("wayfarerBridge"), name)


def uint8_array(data: bytes) -> Any:
    """A new ``Uint8Array`` holding a copy of ``data`` (browser only)."""
    array = js_global("Uint8Array").new(len(data))
    array.assign(data)
    return array


__all__ = ["IN_BROWSER", "bridge_function", "js_global", "uint8_array"]
