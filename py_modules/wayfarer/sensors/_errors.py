"""The sensors package's errors: one base, one per thing that can go wrong."""

from __future__ import annotations


class SensorError(Exception):
    """Base of every error this package raises on purpose."""


class ParseError(SensorError, ValueError):
    """A notification payload that does not follow its GATT characteristic's specification.

    ``uuid`` is the characteristic (``0x2A37`` ...), ``offset`` the byte of the payload where
    parsing stopped (``None`` when the characteristic itself is unknown). The message names both
    and says what was expected, so a log line is enough to find the faulty device or firmware.
    """

    def __init__(self, message: str, *, uuid: int, offset: int | None) -> None:
        super().__init__(message)
        self.uuid = uuid
        self.offset = offset


class RecordingError(SensorError, ValueError):
    """A replay recording that does not follow the recording format (see ``wayfarer.sensors.replay``)."""


class ConversionError(SensorError, ValueError):
    """A measurement that cannot become vitals readings as asked (for example a naive receive time)."""
