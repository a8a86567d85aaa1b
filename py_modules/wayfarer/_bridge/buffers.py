"""Binary batches from the page: a JS typed array or ArrayBuffer as a Python ``memoryview``.

In the browser the worker hands Python a ``JsProxy`` of a transferred buffer; :func:`as_memoryview`
copies its bytes into wasm memory once (``JsProxy.to_memoryview``), and everything after that reads
the ``memoryview`` in place. Under CPython the same call accepts any buffer (``bytes``, ``array``,
``memoryview``) without copying, so the ingest path is tested unchanged.
"""

from __future__ import annotations

from typing import Any


class NotABufferError(TypeError):
    """Something that is neither a JS buffer nor a Python buffer was passed as batch data."""


def as_memoryview(value: Any) -> memoryview:
    """``value``'s bytes (or items, for a typed array of wider numbers) as a ``memoryview``.

    A ``Float64Array`` gives a memoryview of format ``"d"``, a ``Uint16Array`` one of ``"H"``: the
    item format survives, so lengths and times index as numbers.
    """
    convert = getattr(value, "to_memoryview", None)
    if callable(convert):
        view = convert()
        if isinstance(view, memoryview):
            return view
    try:
        return memoryview(value)
    except TypeError:
        raise NotABufferError(
            f"expected an ArrayBuffer, a typed array or a Python buffer, not {type(value).__name__}"
        ) from None


__all__ = ["NotABufferError", "as_memoryview"]
