"""The ingest package's errors."""

from __future__ import annotations


class IngestError(ValueError):
    """Base of every error this package raises on purpose."""


class BatchError(IngestError):
    """A batch that cannot be taken as a whole (lengths that do not add up, an unknown
    characteristic, too many devices); the message says which. Single bad payloads are not
    errors of the batch: they are reported in its result."""
