"""Errors of the device-key package."""


class KeysError(ValueError):
    """Base class for problems with device keys."""


class KeyFormatError(KeysError):
    """A JWK is not a usable P-256 public key (wrong members, wrong sizes, or not on the curve)."""


class KeyBackendUnavailableError(RuntimeError):
    """No key backend here: in the browser the device keys come from Web Crypto through the bridge."""
