"""Device keys: CPython backend, pure-Python verification, JWK handling."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wayfarer import keys
from wayfarer._canonical import b64u_decode, b64u_encode
from wayfarer.keys import KeyBackendUnavailableError, KeyFormatError
from wayfarer.keys._backend import verify_signature_pure
from wayfarer.keys._p256 import N

SHC = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "data"
    / "fhir"
    / "smart-health-cards"
    / "examples"
)


@pytest.fixture(scope="module")
def signer() -> keys.Signer:
    return keys.generate_signer()


def test_public_jwk_is_a_p256_jwk(signer: keys.Signer) -> None:
    jwk = signer.public_jwk
    assert set(jwk) == {"kty", "crv", "x", "y"}
    assert (jwk["kty"], jwk["crv"]) == ("EC", "P-256")
    assert len(b64u_decode(jwk["x"])) == 32 and len(b64u_decode(jwk["y"])) == 32
    assert isinstance(signer, keys.Signer)


def test_sign_and_verify(signer: keys.Signer) -> None:
    signature = signer.sign(b"hello")
    assert len(signature) == 64
    assert keys.verify_signature(signer.public_jwk, b"hello", signature)
    assert not keys.verify_signature(signer.public_jwk, b"hellO", signature)
    assert not keys.verify_signature(keys.generate_signer().public_jwk, b"hello", signature)
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not keys.verify_signature(signer.public_jwk, b"hello", flipped)
    for wrong in (b"", signature[:63], signature + b"\0", bytes(64)):
        assert not keys.verify_signature(signer.public_jwk, b"hello", wrong)


def test_pure_python_verification_agrees_with_cryptography(signer: keys.Signer) -> None:
    point = keys.parse_public_jwk(signer.public_jwk)
    for message in (b"", b"a", b"wayfarer" * 100):
        signature = signer.sign(message)
        assert verify_signature_pure(point.x, point.y, message, signature)
        assert not verify_signature_pure(point.x, point.y, message + b"!", signature)
        r, s = signature[:32], int.from_bytes(signature[32:], "big")
        twin = r + (N - s).to_bytes(32, "big")  # (r, n - s) is valid too
        assert verify_signature_pure(point.x, point.y, message, twin)
        assert keys.verify_signature(signer.public_jwk, message, twin)
        assert not verify_signature_pure(point.x, point.y, message, r + s.to_bytes(32, "big")[::-1])


def test_low_s_normalization(signer: keys.Signer) -> None:
    for _ in range(8):
        signature = signer.sign(b"data")
        low = keys.normalize_signature(signature)
        assert keys.is_low_s(low)
        assert keys.verify_signature(signer.public_jwk, b"data", low)
        assert keys.normalize_signature(low) == low
    with pytest.raises(KeyFormatError, match="64 bytes"):
        keys.normalize_signature(b"short")


@pytest.mark.skipif(not SHC.is_dir(), reason="../shared SMART Health Card examples are absent")
def test_verifies_the_smart_health_card_example_jws_and_thumbprint() -> None:
    jwks = json.loads((SHC / "issuer" / ".well-known" / "jwks.json").read_text())
    issuer = next(key for key in jwks["keys"] if key.get("crv") == "P-256" and "x5c" not in key)
    assert keys.jwk_thumbprint(issuer) == issuer["kid"]  # SHC requires kid = RFC 7638 thumbprint
    point = keys.parse_public_jwk(issuer)
    for path in sorted(SHC.glob("example-*-d-jws.txt")):
        header, payload, signature_text = path.read_text().strip().split(".")
        signed = f"{header}.{payload}".encode("ascii")
        signature = b64u_decode(signature_text, length=64)
        kid = json.loads(b64u_decode(header))["kid"]
        expected = kid == issuer["kid"]
        assert keys.verify_signature(issuer, signed, signature) is expected, path.name
        assert verify_signature_pure(point.x, point.y, signed, signature) is expected, path.name
        assert not keys.verify_signature(issuer, signed + b" ", signature)


def test_thumbprint_ignores_extra_members_and_order(signer: keys.Signer) -> None:
    jwk = signer.public_jwk
    noisy = {"key_ops": ["verify"], "ext": True, **dict(reversed(list(jwk.items())))}
    assert keys.jwk_thumbprint(noisy) == keys.jwk_thumbprint(jwk)
    assert len(b64u_decode(keys.jwk_thumbprint(jwk))) == 32


def _off_curve(jwk: dict[str, str]) -> dict[str, str]:
    y = int.from_bytes(b64u_decode(jwk["y"]), "big") ^ 1
    return {**jwk, "y": b64u_encode(y.to_bytes(32, "big"))}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda jwk: {**jwk, "d": "AAAA"}, "private key"),
        (lambda jwk: {**jwk, "kty": "RSA"}, "EC P-256"),
        (lambda jwk: {**jwk, "crv": "P-384"}, "EC P-256"),
        (lambda jwk: {**jwk, "x": jwk["x"][:-1]}, "32-byte"),
        (lambda jwk: {**jwk, "x": jwk["x"] + "="}, "32-byte"),
        (lambda jwk: {k: v for k, v in jwk.items() if k != "y"}, "'y'"),
        (_off_curve, "not on the P-256 curve"),
        (lambda jwk: ["not", "a", "jwk"], "JWK object"),
    ],
)
def test_unusable_public_keys_are_refused_clearly(signer: keys.Signer, change: object, message: str) -> None:
    bad = change(signer.public_jwk)  # type: ignore[operator]
    with pytest.raises(KeyFormatError, match=message):
        keys.parse_public_jwk(bad)
    with pytest.raises(KeyFormatError):
        keys.verify_signature(bad, b"x", signer.sign(b"x"))


def test_ecdh_agreement() -> None:
    alice, bob = keys.generate_agreement_key(), keys.generate_agreement_key()
    shared = keys.derive_shared(alice, bob.public_jwk)
    assert len(shared) == 32
    assert shared == keys.derive_shared(bob, alice.public_jwk)
    assert shared != keys.derive_shared(alice, keys.generate_agreement_key().public_jwk)
    with pytest.raises(KeyFormatError):
        keys.derive_shared(alice, _off_curve(bob.public_jwk))


def test_without_cryptography_keys_are_unavailable_but_verification_works(
    signer: keys.Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    signature = signer.sign(b"offline")
    monkeypatch.setitem(sys.modules, "wayfarer.keys._cpython", None)  # makes the import fail
    monkeypatch.delattr(keys, "_cpython", raising=False)
    with pytest.raises(KeyBackendUnavailableError, match="Web Crypto"):
        keys.generate_signer()
    with pytest.raises(KeyBackendUnavailableError):
        keys.generate_agreement_key()
    assert keys.verify_signature(signer.public_jwk, b"offline", signature)
    assert not keys.verify_signature(signer.public_jwk, b"offlinE", signature)


def test_importing_the_privacy_packages_does_not_load_cryptography() -> None:
    code = (
        "import sys, wayfarer.keys, wayfarer.audit, wayfarer.consent, wayfarer._canonical;"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'cryptography');"
        "print(loaded)"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(root / "py_modules")},
    )
    assert result.stdout.strip() == "[]"
