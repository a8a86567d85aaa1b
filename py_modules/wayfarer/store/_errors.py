"""Errors of the encrypted store, with messages a person can act on."""


class StoreError(Exception):
    """Base class for problems with the encrypted health store."""


class NotSetUpError(StoreError):
    """No passphrase has been set up on this device yet."""


class AlreadySetUpError(StoreError):
    """The store is already set up; erase it first to start again."""


class LockedError(StoreError):
    """The records are locked; unlock them first."""


class WeakPassphraseError(StoreError, ValueError):
    """The chosen passphrase is too short."""


class WrongSecretError(StoreError):
    """The passphrase, recovery code or passkey did not open the store. ``wait_seconds`` until next try."""

    def __init__(self, message: str, wait_seconds: int) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class TryAgainLaterError(StoreError):
    """Too many wrong attempts: the next try is allowed after ``wait_seconds``."""

    def __init__(self, message: str, wait_seconds: int) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class RecoveryCodeTypoError(StoreError, ValueError):
    """The recovery code was mistyped (its check letter does not match); no attempt was counted."""


class StoreFormatError(StoreError, ValueError):
    """A record id, category, or value cannot be stored (the message names the problem)."""


class RecordNotFoundError(StoreError, LookupError):
    """No record with this id."""


class RecordDamagedError(StoreError):
    """A stored record cannot be decrypted (changed or damaged on disk); ``record_id`` names it."""

    def __init__(self, record_id: str) -> None:
        super().__init__(
            f"The record {record_id!r} is damaged and cannot be read. It is kept as it is, and your "
            "other records can still be read."
        )
        self.record_id = record_id
