"""Device identity: one ECDSA P-256 signing key and one ECDH P-256 agreement key.

In the browser both are non-extractable Web Crypto keys, made once and kept in IndexedDB; the lead's
bridge (``wayfarer._bridge``) hands them to Python with the interfaces below (its signer is an
:class:`AsyncSigner`, since Web Crypto answers with promises). Under CPython the same interfaces run
on the ``cryptography`` package, imported lazily by :func:`generate_signer` and
:func:`generate_agreement_key` only. No other package makes keys of its own.

``await device_keys()`` gives the device's persistent keys on either platform (Web Crypto keys in
IndexedDB in the browser, the ``cryptography`` twin in memory under CPython): ``.signer`` (async
signer for ``AuditLog.create_async``), ``.agreement`` (async ``derive_shared``), ``.verify``.

Signatures are raw 64-byte r||s (the JWS ES256 form Web Crypto uses); public keys are JWK with
``kty`` "EC", ``crv`` "P-256" and base64url ``x``/``y``.
"""

from wayfarer.keys._backend import (
    derive_shared,
    generate_agreement_key,
    generate_signer,
    signature_checker,
    verify_signature,
)
from wayfarer.keys._device import (
    DeviceAgreementKey,
    DeviceKeys,
    DeviceSigner,
    device_keys,
    forget_device_keys,
)
from wayfarer.keys._errors import KeyBackendUnavailableError, KeyFormatError, KeysError
from wayfarer.keys._jwk import PublicKey, is_low_s, jwk_thumbprint, normalize_signature, parse_public_jwk
from wayfarer.keys._protocols import AgreementKey, AsyncSigner, Signer, Verifier

__all__ = [
    "AgreementKey",
    "AsyncSigner",
    "DeviceAgreementKey",
    "DeviceKeys",
    "DeviceSigner",
    "KeyBackendUnavailableError",
    "KeyFormatError",
    "KeysError",
    "PublicKey",
    "Signer",
    "Verifier",
    "derive_shared",
    "device_keys",
    "forget_device_keys",
    "generate_agreement_key",
    "generate_signer",
    "is_low_s",
    "jwk_thumbprint",
    "normalize_signature",
    "parse_public_jwk",
    "signature_checker",
    "verify_signature",
]
