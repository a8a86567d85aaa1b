"""RFC 8785 canonical JSON and strict base64url."""

import json
import math
import random
import shutil
import struct
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wayfarer._canonical import (
    Base64Error,
    CanonicalError,
    NotCanonicalError,
    b64u_decode,
    b64u_encode,
    canonicalize,
    loads_strict,
    parse_canonical,
    serialize_number,
)

# RFC 8785 Appendix B: IEEE 754 bit pattern -> expected ECMAScript text.
APPENDIX_B = [
    ("0000000000000000", "0"),
    ("8000000000000000", "0"),
    ("0000000000000001", "5e-324"),
    ("8000000000000001", "-5e-324"),
    ("7fefffffffffffff", "1.7976931348623157e+308"),
    ("ffefffffffffffff", "-1.7976931348623157e+308"),
    ("4340000000000000", "9007199254740992"),
    ("c340000000000000", "-9007199254740992"),
    ("4430000000000000", "295147905179352830000"),
    ("44b52d02c7e14af5", "9.999999999999997e+22"),
    ("44b52d02c7e14af6", "1e+23"),
    ("44b52d02c7e14af7", "1.0000000000000001e+23"),
    ("444b1ae4d6e2ef4e", "999999999999999700000"),
    ("444b1ae4d6e2ef4f", "999999999999999900000"),
    ("444b1ae4d6e2ef50", "1e+21"),
    ("3eb0c6f7a0b5ed8c", "9.999999999999997e-7"),
    ("3eb0c6f7a0b5ed8d", "0.000001"),
    ("41b3de4355555553", "333333333.3333332"),
    ("41b3de4355555554", "333333333.33333325"),
    ("41b3de4355555555", "333333333.3333333"),
    ("41b3de4355555556", "333333333.3333334"),
    ("41b3de4355555557", "333333333.33333343"),
    ("becbf647612f3696", "-0.0000033333333333333333"),
    ("43143ff3c1cb0959", "1424953923781206.2"),
]


def _double(bits: str) -> float:
    value: float = struct.unpack(">d", bytes.fromhex(bits))[0]
    return value


@pytest.mark.parametrize(("bits", "expected"), APPENDIX_B)
def test_rfc8785_appendix_b_numbers(bits: str, expected: str) -> None:
    assert serialize_number(_double(bits)) == expected


@pytest.mark.parametrize("bits", ["7fffffffffffffff", "7ff0000000000000", "fff0000000000000"])
def test_nan_and_infinity_are_refused(bits: str) -> None:
    with pytest.raises(CanonicalError):
        canonicalize([_double(bits)])


def test_rfc8785_section_3_2_2_example() -> None:
    text = (
        '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],'
        r' "string": "\u20ac$\u000F\u000aA'
        "'"
        r'\u0042\u0022\u005c\\\"\/",'
        ' "literals": [null, true, false]}'
    )
    expected = (
        '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],'
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )
    assert canonicalize(json.loads(text)) == expected.encode("utf-8")


def test_rfc8785_section_3_2_3_sorting_by_utf16_code_units() -> None:
    value = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    order = [member for member in json.loads(canonicalize(value))]
    assert order == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]


def test_nested_structures_and_control_characters() -> None:
    value = {
        "1": {"f": {"f": "hi", "F": 5}, "\n": 56.0},
        "10": {},
        "": "empty",
        "a": {},
        "111": [{}],
        "A": {},
    }
    assert (
        canonicalize(value)
        == b'{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}'
    )
    # Only U+0000..U+001F, '"' and '\\' are escaped; U+007F and U+0080 stay literal.
    assert canonicalize("\x00\x1f\x7f\x80\b\t\n\f\r") == '"\\u0000\\u001f\x7f\x80\\b\\t\\n\\f\\r"'.encode()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2**53, "9007199254740992"),
        (-(2**53), "-9007199254740992"),
        (2**60, "1152921504606847000"),
        (-0.0, "0"),
    ],
)
def test_integers_follow_ecmascript(value: float, expected: str) -> None:
    assert serialize_number(value) == expected


@pytest.mark.parametrize(
    "bad", [2**53 + 1, 10**400, float("nan"), object(), b"bytes", {1: "x"}, "\ud800", {"\udc00": 1}]
)
def test_values_without_canonical_form_are_refused(bad: object) -> None:
    with pytest.raises(CanonicalError):
        canonicalize(bad)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_finite_double_round_trips(value: float) -> None:
    assert float(serialize_number(value)) == value


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(exclude_categories=["Cs"])),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(st.characters(exclude_categories=["Cs"]), max_size=5), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_parse_canonical_inverts_canonicalize(value: object) -> None:
    text = canonicalize(value)
    assert canonicalize(parse_canonical(text)) == text


@pytest.mark.parametrize(
    "text",
    ['{"b":1,"a":2}', '{"a": 1}', "[1.0]", "[1E3]", '"\\u0041"', '"\\/"', " 1", "1 ", '"\\u00e9"', "-0"],
)
def test_parse_canonical_refuses_other_spellings(text: str) -> None:
    with pytest.raises(NotCanonicalError):
        parse_canonical(text)


@pytest.mark.parametrize("text", ['{"a":1,"a":1}', "[NaN]", "[Infinity]", "{", b"\xff", '"\\ud800"'])
def test_invalid_json_is_refused(text: str | bytes) -> None:
    with pytest.raises(CanonicalError):
        parse_canonical(text)


def test_loads_strict_refuses_duplicates_and_deep_nesting() -> None:
    with pytest.raises(CanonicalError, match="twice"):
        loads_strict('{"a":1,"a":2}')
    with pytest.raises(CanonicalError):
        loads_strict("[" * 100_000 + "]" * 100_000)
    for huge in ("1" * 400, "1" * 5000):
        with pytest.raises(CanonicalError, match="too large"):
            loads_strict(huge)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed: no V8 to compare with")
def test_numbers_and_key_order_match_v8() -> None:
    rng = random.Random(8785)
    doubles = [rng.getrandbits(64) for _ in range(3000)]
    doubles += [struct.unpack(">Q", struct.pack(">d", 10.0**e))[0] for e in range(-30, 30)]
    values = [_double(f"{bits:016x}") for bits in doubles]
    finite = [value for value in values if math.isfinite(value)]
    keys = [
        "".join(chr(rng.choice([0x41, 0x7A, 0xE9, 0x20AC, 0xFB33, 0x1F600, 0x10000])) for _ in range(3))
        for _ in range(50)
    ]
    doc = {"numbers": [struct.pack(">d", value).hex() for value in finite], "keys": keys}
    script = (
        "const d=JSON.parse(require('fs').readFileSync(0,'utf8'));"
        "const n=d.numbers.map(h=>Buffer.from(h,'hex').readDoubleBE(0));"
        "const o={};for(const k of d.keys)o[k]=1;"
        "process.stdout.write(JSON.stringify({n:n.map(x=>JSON.stringify(x)),k:Object.keys(o).sort()}));"
    )
    result = subprocess.run(
        ["node", "-e", script], input=json.dumps(doc), capture_output=True, text=True, check=True
    )
    v8 = json.loads(result.stdout)
    assert [serialize_number(value) for value in finite] == v8["n"]
    ours = list(json.loads(canonicalize(dict.fromkeys(keys, 1))))
    assert ours == v8["k"]


# --- base64url ---------------------------------------------------------------------------------


@given(st.binary(max_size=80))
def test_base64url_round_trip(data: bytes) -> None:
    text = b64u_encode(data)
    assert "=" not in text and "+" not in text and "/" not in text
    assert b64u_decode(text) == data


@pytest.mark.parametrize(
    "text", ["QQ==", "QQ=", "Q", "QR", "QUJ", "Q+E", "Q/E", "QU I", "QUI\n", "QUJDRA==", "é", "QUJDR"]
)
def test_base64url_decoder_is_strict(text: str) -> None:
    # "QR" and "QUJ" decode to the same bytes as "QQ" and "QUI" in lenient decoders (trailing bits).
    with pytest.raises(Base64Error):
        b64u_decode(text)


def test_base64url_length_check() -> None:
    assert b64u_decode("AAAA", length=3) == b"\0\0\0"
    with pytest.raises(Base64Error, match="expected 4 bytes"):
        b64u_decode("AAAA", length=4)


@given(st.binary(min_size=1, max_size=40), st.data())
def test_every_single_character_change_changes_or_fails(data: bytes, draw: st.DataObject) -> None:
    text = b64u_encode(data)
    position = draw.draw(st.integers(0, len(text) - 1))
    replacement = draw.draw(st.characters(codec="ascii").filter(lambda c: c != text[position]))
    changed = text[:position] + replacement + text[position + 1 :]
    try:
        decoded = b64u_decode(changed)
    except Base64Error:
        return
    assert decoded != data
