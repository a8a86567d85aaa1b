"""The one place that touches JavaScript.

Every call into the browser (onnxruntime-web, Web Crypto, IndexedDB) goes through a module in this
package. Each has a CPython twin (onnxruntime, cryptography) so the domain packages that use it run
unchanged in the unit tests. Domain packages import from here, never from ``js`` or ``pyodide``.
"""

import sys

IN_BROWSER: bool = sys.platform == "emscripten"

__all__ = ["IN_BROWSER"]
