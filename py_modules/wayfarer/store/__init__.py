"""The encrypted health store: every record under AES-GCM-256 in IndexedDB, never plaintext on disk.

A random data key encrypts the records; it is wrapped by the passphrase (PBKDF2-SHA-256, 600,000
iterations), by a recovery code shown once, and optionally by a passkey's PRF output. Locking drops
the keys; while locked, new records are sealed to a write-only inbox and merged on unlock. The
emergency card (fields the patient chose), the audit log and consent grants are sealed under the
device-bound key instead, so they work without the passphrase. See :class:`Vault`.
"""

from wayfarer.store._errors import (
    AlreadySetUpError,
    LockedError,
    NotSetUpError,
    RecordDamagedError,
    RecordNotFoundError,
    RecoveryCodeTypoError,
    StoreError,
    StoreFormatError,
    TryAgainLaterError,
    WeakPassphraseError,
    WrongSecretError,
)
from wayfarer.store._format import CATEGORIES, EMERGENCY_FIELDS, record_ad
from wayfarer.store._lockout import LONGEST_WAIT_SECONDS, Lockout, delay_seconds
from wayfarer.store._recovery import new_recovery_code, normalize_recovery_code
from wayfarer.store._vault import MIN_PASSPHRASE_LENGTH, PBKDF2_ITERATIONS, Vault

__all__ = [
    "CATEGORIES",
    "EMERGENCY_FIELDS",
    "LONGEST_WAIT_SECONDS",
    "MIN_PASSPHRASE_LENGTH",
    "PBKDF2_ITERATIONS",
    "AlreadySetUpError",
    "LockedError",
    "Lockout",
    "NotSetUpError",
    "RecordDamagedError",
    "RecordNotFoundError",
    "RecoveryCodeTypoError",
    "StoreError",
    "StoreFormatError",
    "TryAgainLaterError",
    "Vault",
    "WeakPassphraseError",
    "WrongSecretError",
    "delay_seconds",
    "new_recovery_code",
    "normalize_recovery_code",
    "record_ad",
]
