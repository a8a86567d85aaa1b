"""The UI catalogues: every English string translated with the same placeholders, and every message
and parameter word of ``wayfarer.risk`` translatable, so an assessment reads in the person's language."""

from __future__ import annotations

import json
import string
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from wayfarer.risk import RiskContext, assess, news2
from wayfarer.risk import _assess as risk_assess
from wayfarer.risk._messages import TEMPLATES, AlertLevel
from wayfarer.vitals import _plausibility

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "web" / "i18n"
LANGUAGES = ("de", "es", "fr")
AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

# Parameters that carry English words the UI translates through risk.value.<English>; the others
# are numbers, codes or text the UI shows as it is (an emergency number, an error, a message).
WORD_PARAMS = frozenset({"band", "risk", "state", "missing", "signs", "name", "level", "medicines"})


def load(lang: str) -> dict[str, str]:
    catalogue: dict[str, str] = json.loads((I18N / f"{lang}.json").read_text(encoding="utf-8"))
    return catalogue


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


ENGLISH = load("en")


@pytest.fixture(scope="module", params=LANGUAGES)
def catalogue(request: pytest.FixtureRequest) -> tuple[str, dict[str, str]]:
    lang: str = request.param
    return lang, load(lang)


def test_every_english_key_is_translated_with_the_same_placeholders(
    catalogue: tuple[str, dict[str, str]],
) -> None:
    lang, strings = catalogue
    missing = [key for key in ENGLISH if key not in strings]
    assert not missing, f"{lang}.json lacks {len(missing)} keys of en.json: {missing}"
    wrong = {
        key: (sorted(placeholders(strings[key])), sorted(placeholders(text)))
        for key, text in ENGLISH.items()
        if placeholders(strings[key]) != placeholders(text)
    }
    assert not wrong, f"{lang}.json placeholders differ from en.json (theirs, English): {wrong}"


def test_no_empty_strings_and_no_keys_that_english_lacks(catalogue: tuple[str, dict[str, str]]) -> None:
    lang, strings = catalogue
    assert all(text.strip() for text in strings.values()), f"{lang}.json has an empty string"
    extra = [key for key in strings if key not in ENGLISH and not key.startswith("risk.")]
    assert not extra, f"{lang}.json has keys en.json does not: {extra}"


def test_keys_keep_the_order_of_en_json(catalogue: tuple[str, dict[str, str]]) -> None:
    lang, strings = catalogue
    ours = [key for key in strings if key in ENGLISH]
    assert ours == [key for key in ENGLISH if key in strings], f"{lang}.json is not in en.json's order"


def test_every_risk_message_key_has_a_template_with_pythons_placeholders(
    catalogue: tuple[str, dict[str, str]],
) -> None:
    lang, strings = catalogue
    for key, english in TEMPLATES.items():
        assert f"risk.{key}" in strings, f"{lang}.json lacks risk.{key}"
        assert placeholders(strings[f"risk.{key}"]) == placeholders(english), f"{lang} risk.{key}"


def test_every_reading_check_has_a_template_by_its_code(catalogue: tuple[str, dict[str, str]]) -> None:
    lang, strings = catalogue
    for code, english in _plausibility._TEMPLATES.items():
        if code == "ok":
            continue  # a plausible reading gives no reason
        key = f"risk.input.implausible.{code}"
        assert key in strings, f"{lang}.json lacks {key}"
        assert placeholders(strings[key]) == placeholders(english), f"{lang} {key}"


def reading(parameter: str, value: object, unit: str, minutes_ago: float = 0) -> dict[str, Any]:
    time = (AT - timedelta(minutes=minutes_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"parameter": parameter, "value": value, "unit": unit, "time": time, "source": "manual"}


def scenario_words() -> set[str]:
    """The words Python puts into word parameters over assessments that reach every rule."""
    septic = [
        reading("resp_rate", 26, "/min"),
        reading("spo2", 93, "%"),
        reading("heart_rate", 112, "/min"),
        reading("systolic_bp", 98, "mmHg"),
        reading("temperature", 38.6, "Cel"),
        reading("consciousness", "V", "{ACVPU}"),
        reading("on_oxygen", False, "{bool}"),
    ]
    low = [
        reading("resp_rate", 8, "/min"),
        reading("spo2", 90, "%"),
        reading("heart_rate", 45, "/min"),
        reading("systolic_bp", 85, "mmHg"),
        reading("temperature", 34.5, "Cel"),
    ]
    hypercapnic = {"hypercapnic_respiratory_failure_confirmed": True}
    on_oxygen_high = [reading("spo2", 97, "%"), reading("on_oxygen", True, "{bool}")]
    odd = [
        reading("temperature", 98.6, "Cel"),
        reading("heart_rate", 400, "/min"),
        reading("spo2", 95, "%", minutes_ago=6 * 60),
        reading("systolic_bp", 120, "mmHg", minutes_ago=-30),
    ]
    unnamed_beta_blocker = RiskContext.from_profile({"medicines": [{"flags": ["beta_blocker"]}]})
    assessments = [
        assess(None, septic, at=AT),
        assess(None, low, at=AT),
        assess(None, [], at=AT),
        assess(None, odd, at=AT),
        assess(hypercapnic, on_oxygen_high, at=AT),
        assess(unnamed_beta_blocker, [reading("heart_rate", 60, "/min")], at=AT),
    ]
    previous = assess(None, septic, at=AT - timedelta(minutes=5))
    assessments.append(assess(None, [reading("resp_rate", 16, "/min")], at=AT, previous=previous))
    words: set[str] = set()
    for assessment in assessments:
        for reason in assessment.to_json()["reasons"]:
            for name, value in reason["params"].items():
                if name in WORD_PARAMS and isinstance(value, str):
                    words.update(value.split(", "))
    return words


def constant_words() -> set[str]:
    """Every word the risk and vitals modules can put into a word parameter, from their tables."""
    words = set(risk_assess._NEWS2_WORDS.values())
    words |= set(risk_assess._PARAMETER_WORDS.values())
    words |= set(risk_assess._ACVPU_WORDS.values())
    words |= {band.format(side=side) for band in risk_assess._BAND_WORDS.values() for side in ("low", "high")}
    words |= {risk.value for risk in news2.Risk}
    words |= {level.value for level in AlertLevel}
    words |= set(_plausibility._NAMES.values())
    return words


def test_scenarios_reach_the_word_parameters() -> None:
    words = scenario_words()
    for expected in ("very high", "very low", "above the target on oxygen", "confusion or drowsiness"):
        assert expected in words
    assert "a heart-rate-lowering medicine" in words
    assert {"emergency", "responds only to voice", "whether extra oxygen is used"} <= words


def test_every_english_parameter_word_is_translated(catalogue: tuple[str, dict[str, str]]) -> None:
    lang, strings = catalogue
    words = constant_words() | scenario_words()
    missing = sorted(word for word in words if f"risk.value.{word}" not in strings)
    assert not missing, f"{lang}.json lacks risk.value.* for {missing}"
    same = sorted(word for word in words if strings[f"risk.value.{word}"] == word)
    assert not same, f"{lang}.json leaves these parameter words in English: {same}"


def test_units_python_shows_in_its_own_codes_are_translated(catalogue: tuple[str, dict[str, str]]) -> None:
    _, strings = catalogue
    assert strings["risk.value.Cel"] == "°C"
    assert strings["risk.value.[degF]"] == "°F"
    assert "risk.value./min" in strings


def test_level_words_match_the_level_headings(catalogue: tuple[str, dict[str, str]]) -> None:
    lang, strings = catalogue
    for level in AlertLevel:
        assert strings[f"risk.value.{level.value}"] == strings[f"check.level.{level.value}"], lang


def test_the_catalogues_are_what_the_generator_writes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_scripts" / "i18n" / "translate_catalogues.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
