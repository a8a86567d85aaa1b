"""NIST P-256 arithmetic in pure Python: point validation and ECDSA verification.

Used to validate public keys everywhere and to verify signatures where no native backend is loaded
(Pyodide without the bridge). Verification handles only public data, so constant time is not needed.
Signing and key agreement never happen here: they need private keys, which live in Web Crypto or
the ``cryptography`` package.
"""

import hashlib

P = 2**256 - 2**224 + 2**192 + 2**96 - 1
N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
GX = 0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296
GY = 0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5

# Jacobian coordinates (X, Y, Z) stand for the affine point (X/Z², Y/Z³); Z == 0 is infinity.
_Jacobian = tuple[int, int, int]
_INFINITY: _Jacobian = (1, 1, 0)


def is_on_curve(x: int, y: int) -> bool:
    """True when (x, y) is a point of P-256 (y² = x³ − 3x + b over the prime field)."""
    if not (0 <= x < P and 0 <= y < P):
        return False
    return (y * y - (x * x * x - 3 * x + B)) % P == 0


def _double(point: _Jacobian) -> _Jacobian:
    x1, y1, z1 = point
    if z1 == 0 or y1 == 0:
        return _INFINITY
    delta = z1 * z1 % P
    gamma = y1 * y1 % P
    beta = x1 * gamma % P
    alpha = 3 * (x1 - delta) * (x1 + delta) % P  # uses a = -3
    x3 = (alpha * alpha - 8 * beta) % P
    z3 = ((y1 + z1) ** 2 - gamma - delta) % P
    y3 = (alpha * (4 * beta - x3) - 8 * gamma * gamma) % P
    return (x3, y3, z3)


def _add(first: _Jacobian, second: _Jacobian) -> _Jacobian:
    x1, y1, z1 = first
    x2, y2, z2 = second
    if z1 == 0:
        return second
    if z2 == 0:
        return first
    z1z1 = z1 * z1 % P
    z2z2 = z2 * z2 % P
    u1 = x1 * z2z2 % P
    u2 = x2 * z1z1 % P
    s1 = y1 * z2 * z2z2 % P
    s2 = y2 * z1 * z1z1 % P
    if u1 == u2:
        return _double(first) if s1 == s2 else _INFINITY
    h = (u2 - u1) % P
    r = (s2 - s1) % P
    h2 = h * h % P
    h3 = h * h2 % P
    u1h2 = u1 * h2 % P
    x3 = (r * r - h3 - 2 * u1h2) % P
    y3 = (r * (u1h2 - x3) - s1 * h3) % P
    z3 = h * z1 * z2 % P
    return (x3, y3, z3)


def _combined_multiply(k1: int, p1: _Jacobian, k2: int, p2: _Jacobian) -> _Jacobian:
    # Shamir's trick: k1·P1 + k2·P2 with one shared run of doublings.
    both = _add(p1, p2)
    result = _INFINITY
    for bit in range(max(k1.bit_length(), k2.bit_length()) - 1, -1, -1):
        result = _double(result)
        pick = ((k1 >> bit) & 1, (k2 >> bit) & 1)
        if pick == (1, 1):
            result = _add(result, both)
        elif pick == (1, 0):
            result = _add(result, p1)
        elif pick == (0, 1):
            result = _add(result, p2)
    return result


def verify(x: int, y: int, data: bytes, r: int, s: int) -> bool:
    """ECDSA P-256 with SHA-256 verification of (r, s) over ``data`` for the public point (x, y)."""
    if not (1 <= r < N and 1 <= s < N) or not is_on_curve(x, y):
        return False
    digest = int.from_bytes(hashlib.sha256(data).digest(), "big")  # 256 bits: no truncation for P-256
    w = pow(s, -1, N)
    point = _combined_multiply(digest * w % N, (GX, GY, 1), r * w % N, (x, y, 1))
    xr, _, zr = point
    if zr == 0:
        return False
    affine_x = xr * pow(zr * zr % P, -1, P) % P
    return affine_x % N == r
