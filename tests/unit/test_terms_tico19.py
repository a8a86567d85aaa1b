"""build_scripts/apply_tico19.py on a copy of the fixture vocabulary and a small TICO-19-shaped file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from build_scripts import apply_tico19

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "terms_fixture"


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    data.mkdir()
    for path in FIXTURE.glob("*.json"):
        shutil.copy(path, data / path.name)
    tico = tmp_path / "tico19"
    tico.mkdir()
    (tico / "f_en-de_DE.csv").write_text(
        "id,sourceLang,targetLang,sourceString,targetString\n"
        "1,en,de_DE,cough,Husten (Reizhusten)\n"
        "2,en,de_DE,fever,Fieber\n"
        "3,en,de_DE,fever,erhöhte Temperatur\n",  # translated two ways: ambiguous, not used
        encoding="utf-8",
    )
    (tico / "f_en-pt_XX.csv").write_text(
        "id,sourceLang,targetLang,sourceString,targetString\n1,en,pt_XX,Cough,tosse\n", encoding="utf-8"
    )
    return data, tico


def _concept(data: Path, concept_id: str) -> dict[str, object]:
    for path in data.glob("*.json"):
        for concept in json.loads(path.read_text(encoding="utf-8"))["concepts"]:
            if concept["id"] == concept_id:
                return dict(concept)
    raise KeyError(concept_id)


def test_applies_tico19_terms_and_provenance(tmp_path: Path) -> None:
    data, tico = _setup(tmp_path)
    summary = apply_tico19.apply(data, tico)
    assert summary["matched_concepts"] == ["symptom.cough"]
    cough = _concept(data, "symptom.cough")
    assert cough["terms"]["de"] == "Husten (Reizhusten)"  # type: ignore[index]
    assert cough["terms"]["pt"] == "tosse"  # type: ignore[index]
    assert cough["provenance"]["de"] == "tico19"  # type: ignore[index]
    assert "pt" not in cough["gaps"]  # type: ignore[operator]
    fever = _concept(data, "symptom.fever")  # TICO-19 translates "fever" two ways here: left alone
    assert fever["provenance"] == {"*": "wayfarer-draft", "en": "wayfarer"}
    assert summary["changed_terms"] == 2


def test_is_idempotent_and_keeps_the_layout(tmp_path: Path) -> None:
    data, tico = _setup(tmp_path)
    apply_tico19.apply(data, tico)
    first = (data / "symptom.json").read_text(encoding="utf-8")
    assert apply_tico19.apply(data, tico)["changed_terms"] == 0
    assert (data / "symptom.json").read_text(encoding="utf-8") == first
    lines = first.splitlines()
    assert lines[0] == '{"format": 1, "category": "symptom", "concepts": ['
    assert lines[-1] == "]}"
    assert len(lines) == 2 + len(json.loads(first)["concepts"])


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    data, tico = _setup(tmp_path)
    before = (data / "symptom.json").read_text(encoding="utf-8")
    assert apply_tico19.apply(data, tico, dry_run=True)["changed_terms"] == 2
    assert (data / "symptom.json").read_text(encoding="utf-8") == before
