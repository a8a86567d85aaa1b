"""Read a text file that ships beside the models (``models/`` → ``web/vendor/models/``).

In the browser the worker fetches ``vendor/models/<name>`` from its own origin (the service worker
answers from its precache when offline); under CPython the file is read from the repository's
``models/`` folder. Both return the text decoded as UTF-8.
"""

from __future__ import annotations

from pathlib import Path

from wayfarer._bridge import IN_BROWSER, bridge_function

_MODELS_DIR = Path(__file__).resolve().parents[3] / "models"


class AssetError(RuntimeError):
    """A model file could not be read; the message names the file and the cause."""


def _check_name(name: str) -> None:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise AssetError(f"asset name must be a plain file name in models/, got {name!r}")


async def read_model_text(name: str) -> str:
    """The text of ``models/<name>`` (``vendor/models/<name>`` in the browser)."""
    _check_name(name)
    if IN_BROWSER:
        return await _read_browser(name)
    path = _MODELS_DIR / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise AssetError(f"model file {name!r} could not be read from {_MODELS_DIR}: {error}") from None


async def _read_browser(name: str) -> str:
    from pyodide.ffi import JsException

    try:
        text: str = await bridge_function("modelText")(name)
    except JsException as error:
        raise AssetError(f"model file {name!r} could not be fetched: {error}") from error
    return text
