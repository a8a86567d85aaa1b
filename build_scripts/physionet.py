"""Read PhysioNet/CinC Challenge 2019 ``.psv`` files (one ICU stay per file, one row per hour).

Data: Reyna MA et al., "Early Prediction of Sepsis From Clinical Data: The PhysioNet/Computing in
Cardiology Challenge 2019", Crit Care Med 2020;48(2):210-217; PhysioNet, CC BY 4.0,
doi:10.13026/v64v-d857.

Only what the deterioration model may see is kept: the seven vital signs, age, sex and the label
(ICULOS is read to check the hourly grid, never given to the features).

Bad input rules (the reader reports, the caller goes on with other files):
- a file without a needed column, without rows, with a row of the wrong width, or with a
  non-numeric ``SepsisLabel``/``ICULOS`` cell raises :class:`PsvError` naming the file and field;
- a non-numeric vital-sign, age or sex cell becomes "not measured" and is reported as a warning;
- ``ICULOS`` that does not step by one hour is reported as a warning (rows are read as hourly,
  as the challenge's scorer does).
"""

from __future__ import annotations

import itertools
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wayfarer.risk.features import PHYSIONET_COLUMN, VITAL_SIGNS

LABEL_COLUMN = "SepsisLabel"
HOUR_COLUMN = "ICULOS"
REQUIRED_COLUMNS = (*PHYSIONET_COLUMN.values(), "Age", "Gender", HOUR_COLUMN, LABEL_COLUMN)


class PsvError(ValueError):
    """A ``.psv`` file that cannot be used at all; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class Stay:
    """One ICU stay: per-hour vital signs (feature prefixes as keys, NaN = not measured)."""

    name: str
    vitals: dict[str, list[float]]
    age_years: float | None
    male: bool | None
    iculos: list[int]
    labels: list[int]
    warnings: tuple[str, ...] = field(default=())

    @property
    def hours(self) -> int:
        return len(self.labels)


def _number(text: str) -> float:
    value = float(text)  # "NaN" parses to nan
    if math.isinf(value):
        raise ValueError(text)
    return value


def read_psv(path: str | os.PathLike[str]) -> Stay:
    """Read one stay; raises :class:`PsvError` when the file cannot be scored (see module doc)."""
    path = Path(path)
    name = path.name
    try:
        text = path.read_text(encoding="utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as error:
        raise PsvError(f"{name}: cannot read the file ({error})") from None
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise PsvError(f"{name}: empty file, no header")
    header = [cell.strip() for cell in lines[0].split("|")]
    absent = [column for column in REQUIRED_COLUMNS if column not in header]
    if absent:
        raise PsvError(f"{name}: missing column(s) {', '.join(absent)}")
    if len(lines) == 1:
        raise PsvError(f"{name}: empty stay, header but no hourly rows")
    index = {column: header.index(column) for column in REQUIRED_COLUMNS}
    warnings: list[str] = []
    columns: dict[str, list[float]] = {column: [] for column in REQUIRED_COLUMNS}
    for line_number, line in enumerate(lines[1:], start=2):
        cells = line.split("|")
        if len(cells) != len(header):
            raise PsvError(
                f"{name}: line {line_number} has {len(cells)} fields, the header has {len(header)}"
            )
        for column, position in index.items():
            cell = cells[position].strip()
            try:
                value = _number(cell)
            except ValueError:
                if column in (LABEL_COLUMN, HOUR_COLUMN):
                    raise PsvError(
                        f"{name}: line {line_number}, {column} is not a number: {cell!r}"
                    ) from None
                warnings.append(
                    f"{name}: line {line_number}, {column} is not a number ({cell!r}); not measured"
                )
                value = math.nan
            columns[column].append(value)
    labels: list[int] = []
    for line_number, value in enumerate(columns[LABEL_COLUMN], start=2):
        if value not in (0.0, 1.0):
            raise PsvError(f"{name}: line {line_number}, {LABEL_COLUMN} must be 0 or 1, not {value!r}")
        labels.append(int(value))
    iculos: list[int] = []
    for line_number, value in enumerate(columns[HOUR_COLUMN], start=2):
        if math.isnan(value) or value != int(value):
            raise PsvError(f"{name}: line {line_number}, {HOUR_COLUMN} must be a whole hour, not {value!r}")
        iculos.append(int(value))
    for line_number, (before, after) in enumerate(itertools.pairwise(iculos), start=3):
        if after != before + 1:
            warnings.append(
                f"{name}: line {line_number}, {HOUR_COLUMN} jumps {before} to {after}; rows read as hourly"
            )
            break
    ages = [value for value in columns["Age"] if not math.isnan(value)]
    sexes = [value for value in columns["Gender"] if not math.isnan(value)]
    male: bool | None = None
    if sexes:
        if sexes[0] not in (0.0, 1.0):
            warnings.append(f"{name}: Gender must be 0 or 1, not {sexes[0]!r}; sex unknown")
        else:
            male = sexes[0] == 1.0
    return Stay(
        name=name,
        vitals={vital: columns[PHYSIONET_COLUMN[vital]] for vital in VITAL_SIGNS},
        age_years=ages[0] if ages else None,
        male=male,
        iculos=iculos,
        labels=labels,
        warnings=tuple(warnings),
    )


def psv_files(directory: str | os.PathLike[str]) -> list[Path]:
    """The ``.psv`` files of a folder, sorted by name; hidden files (``.DS_Store``...) skipped."""
    folder = Path(directory)
    return sorted(
        entry
        for entry in folder.iterdir()
        if entry.is_file() and entry.name.lower().endswith(".psv") and not entry.name.startswith(".")
    )


def read_folder(directory: str | os.PathLike[str]) -> Iterator[Stay | PsvError]:
    """Every stay of a folder, or the error that made a file unusable, in file-name order."""
    for path in psv_files(directory):
        try:
            yield read_psv(path)
        except PsvError as error:
            yield error
