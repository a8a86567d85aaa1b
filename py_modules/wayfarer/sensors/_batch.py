"""A whole packed batch of notifications → checked readings, column by column (the live fast path).

:func:`check_packed` gives exactly what parsing each payload (:func:`parse_packed`) and calling
:func:`check_readings` on each measurement with the device's :class:`RRWindow` gives, in the same
order, with the window left in the same state, but it builds no record per notification:

* Heart Rate payloads come in runs of the same Flags and length (a strap sends one shape); a run
  is decoded with one :func:`struct.iter_unpack` over the buffer, checked against the same rules
  as :func:`parse` (a run whose shape is malformed goes through :func:`parse_packed` instead, so
  its errors are the parser's own);
* readings are kept as columns (receive time in ms, parameter, value, verdict, device notes) in a
  :class:`CheckedBatch`; a :class:`CheckedReading` is built only when someone indexes it;
* plausibility is one range comparison per value against ``wayfarer.vitals.VALID_RANGE`` (every
  sensor reading is in its canonical unit); only an implausible value goes through
  :func:`~wayfarer.vitals.check_plausibility` for its reason, remembered per value;
* receive times stay floats; a datetime is made only for a reading that is materialised, and the
  RR window compares whole microseconds, the same numbers those datetimes hold.

Other characteristics (spot measurements, a few per day) are parsed record by record and
converted with :func:`to_readings`, then stored as columns too.
"""

from __future__ import annotations

import itertools
import math
import struct
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, Final, overload

from wayfarer._records import fast_constructor
from wayfarer.vitals import CANONICAL_UNIT, VALID_RANGE, Parameter, Plausibility, check_plausibility

from ._parse import _HR, Buffer, ParseFailure, _as_bytes, parse_packed
from ._readings import (
    CheckedReading,
    RRWindow,
    _new_reading,
    device_notes,
    micros_from_ms,
    micros_from_ms_list,
    rmssd_ms,
    to_readings,
)
from ._records import HEART_RATE_MEASUREMENT, Measurement

_OK: Final = check_plausibility(
    _new_reading(Parameter.HEART_RATE, 72.0, "/min", datetime(2026, 1, 1, tzinfo=UTC), "ble:0x2A37")
)
"""The one "plausible" verdict ``wayfarer.vitals`` hands out for every value in range."""

_VERDICT_CACHE_LIMIT: Final = 4096
_verdicts: dict[tuple[Parameter, float], Plausibility] = {}

_NO_CONTACT: Final = ("sensor not in contact with the skin",)
_NO_NOTES: Final[tuple[str, ...]] = ()
_RR_SECONDS_PER_UNIT: Final = 1.0 / 1024.0
_RUN_STRUCTS: dict[tuple[int, int], struct.Struct] = {}

_new_checked: Final[Callable[[Any, Plausibility, tuple[str, ...]], CheckedReading]] = fast_constructor(
    CheckedReading
)


def _moment(ms: float) -> datetime:
    return datetime.fromtimestamp(ms / 1000.0, UTC)


_EXACT_ROW_MICROS: Final = 2**41 * 1000
"""Below this many microseconds (2**41 ms, in 2039) ``repr(_row_ms(ms))`` is exactly the decimal
micros / 1000: the float arithmetic errs by less than 0.5 µs and a float's spacing is finer than
1 µs, so the shortest text of the rounded float is that decimal (trailing zeros dropped)."""


def _row_ms(ms: float) -> float:
    """The row time :func:`wayfarer.ingest` stores for a reading received at ``ms``: the datetime's
    microseconds back in ms, rounded to 3 decimals, computed without the datetime."""
    return round(micros_from_ms(ms) / 1_000_000 * 1000.0, 3)


def verdict(parameter: Parameter, value: float, ms: float, source: str) -> Plausibility:
    """``check_plausibility`` of a canonical-unit reading, through the range table first."""
    low, high = VALID_RANGE[parameter]
    if low <= value <= high:
        return _OK
    key = (parameter, value)
    found = _verdicts.get(key)
    if found is None:
        unit = CANONICAL_UNIT[parameter]
        found = check_plausibility(_new_reading(parameter, value, unit, _moment(ms), source))
        if len(_verdicts) >= _VERDICT_CACHE_LIMIT:
            _verdicts.clear()
        _verdicts[key] = found
    return found


class CheckedBatch(Sequence[CheckedReading]):
    """The checked readings of one batch as columns; indexing builds the :class:`CheckedReading`.

    Every reading is in its parameter's canonical unit; ``times_ms`` are receive times in ms since
    1970 (the reading's time is ``datetime.fromtimestamp(ms / 1000, UTC)``).
    """

    __slots__ = ("checks", "implausible", "notes", "parameters", "sources", "times_ms", "values")

    def __init__(self) -> None:
        self.times_ms: list[float] = []
        self.parameters: list[Parameter] = []
        self.values: list[float] = []
        self.checks: list[Plausibility] = []
        self.notes: list[tuple[str, ...]] = []
        self.sources: list[str] = []
        self.implausible = 0

    def __len__(self) -> int:
        return len(self.values)

    @overload
    def __getitem__(self, index: int) -> CheckedReading: ...

    @overload
    def __getitem__(self, index: slice) -> list[CheckedReading]: ...

    def __getitem__(self, index: int | slice) -> CheckedReading | list[CheckedReading]:
        if isinstance(index, slice):
            return [self._reading(i) for i in range(*index.indices(len(self.values)))]
        if index < 0:
            index += len(self.values)
        if not 0 <= index < len(self.values):
            raise IndexError("reading index out of range")
        return self._reading(index)

    def __iter__(self) -> Iterator[CheckedReading]:
        return (self._reading(i) for i in range(len(self.values)))

    def _reading(self, i: int) -> CheckedReading:
        parameter = self.parameters[i]
        reading = _new_reading(
            parameter,
            self.values[i],
            CANONICAL_UNIT[parameter],
            _moment(self.times_ms[i]),
            self.sources[i],
        )
        return _new_checked(reading, self.checks[i], self.notes[i])

    def add(self, parameter: Parameter, value: float, ms: float, source: str, notes: tuple[str, ...]) -> None:
        """Append one reading (``value`` finite, in the canonical unit)."""
        check = verdict(parameter, value, ms, source)
        if check is not _OK:
            self.implausible += 1
        self.times_ms.append(ms)
        self.parameters.append(parameter)
        self.values.append(value)
        self.checks.append(check)
        self.notes.append(notes)
        self.sources.append(source)

    def extend(self, other: CheckedBatch) -> None:
        """Append ``other``'s readings after these."""
        self.times_ms += other.times_ms
        self.parameters += other.parameters
        self.values += other.values
        self.checks += other.checks
        self.notes += other.notes
        self.sources += other.sources
        self.implausible += other.implausible

    def last_index(self) -> dict[Parameter, int]:
        """The index of the last reading of each parameter."""
        return {parameter: index for index, parameter in enumerate(self.parameters)}

    def rows(self) -> list[str]:
        """One text row per reading: ``time_ms,parameter,value,unit,source,check`` (see
        ``wayfarer.ingest``), the time rounded like the reading's datetime."""
        cache: dict[tuple[Parameter, str, Plausibility], tuple[str, str]] = {}
        values = {value: repr(value) for value in set(self.values)}
        rows: list[str] = []
        append = rows.append
        last: tuple[Any, ...] = ()
        parts = ("", "")
        for ms, parameter, value, source, check in zip(
            self.times_ms, self.parameters, self.values, self.sources, self.checks, strict=True
        ):
            # Runs of one parameter, source and verdict: compared by identity, not hashed per row.
            if not last or parameter is not last[0] or source is not last[1] or check is not last[2]:
                last = (parameter, source, check)
                parts = cache.get(last) or cache.setdefault(
                    last,
                    (f",{parameter.value},", f",{CANONICAL_UNIT[parameter]},{source},{check.code}"),
                )
            # micros_from_ms and _row_ms inlined (a row costs ~3x less, in Pyodide too): below
            # 2**41 ms (2039) the row time is exactly micros / 1000, written without the float
            # rounding and repr; after that, _row_ms itself.
            seconds = ms / 1000.0
            whole = math.floor(seconds)
            micros = whole * 1_000_000 + round((seconds - whole) * 1e6)
            if 0 <= micros < _EXACT_ROW_MICROS:
                whole_ms, rest = divmod(micros, 1000)
                if rest % 10:
                    text = f"{whole_ms}.{rest:03d}"
                elif not rest:
                    text = f"{whole_ms}.0"
                elif rest % 100:
                    text = f"{whole_ms}.{rest // 10:02d}"
                else:
                    text = f"{whole_ms}.{rest // 100}"
            else:
                text = repr(round(micros / 1_000_000 * 1000.0, 3))
            append(f"{text}{parts[0]}{values[value]}{parts[1]}")
        return rows


# --- heart rate: runs of one shape ----------------------------------------------------------


def _run_struct(flags: int, length: int) -> struct.Struct | None:
    """One payload of Heart Rate ``flags`` and ``length`` as a Struct, or None when that shape is
    malformed (the parser then reports it)."""
    key = (flags, length)
    found = _RUN_STRUCTS.get(key)
    if found is not None:
        return found
    size = _HR[flags].size
    value = "H" if flags & 0x01 else "B"
    energy = "H" if flags & 0x08 else ""
    if flags & 0x10:
        extra = length - size
        if extra < 2 or extra & 1:
            return None
        rr = "H" * (extra >> 1)
    elif length != size:
        return None
    else:
        rr = ""
    compiled = _RUN_STRUCTS[key] = struct.Struct(f"<B{value}{energy}{rr}")
    return compiled


def _heart_rate_run(
    out: CheckedBatch,
    view: memoryview,
    start: int,
    flags: int,
    length: int,
    times: Sequence[float],
    window: RRWindow | None,
) -> bool:
    """Append the readings of ``len(times)`` well-formed payloads of one shape; False if malformed."""
    compiled = _run_struct(flags, length)
    if compiled is None:
        return False
    count = len(times)
    unpacked = list(compiled.iter_unpack(view[start : start + count * length]))
    source = "ble:0x2A37"
    notes = _NO_CONTACT if (flags >> 1) & 3 == 2 else _NO_NOTES
    values = [float(item[1]) for item in unpacked]
    low, high = VALID_RANGE[Parameter.HEART_RATE]
    checks = [
        _OK if low <= value <= high else verdict(Parameter.HEART_RATE, value, ms, source)
        for value, ms in zip(values, times, strict=True)
    ]
    rmssd: list[tuple[int, float]] = []
    if flags & 0x10:
        first_rr = 3 if flags & 0x08 else 2
        scale = _RR_SECONDS_PER_UNIT
        if window is not None:
            rmssd = window.add_rows(unpacked, first_rr, micros_from_ms_list(times))
        else:
            for index, item in enumerate(unpacked):
                value = rmssd_ms([raw * scale for raw in item[first_rr:]])
                if value is not None:
                    rmssd.append((index, value))
    elif window is not None:
        window.note_times([micros_from_ms(ms) for ms in (times if len(window) else times[-1:])])
    out.implausible += sum(1 for check in checks if check is not _OK)
    if not rmssd:
        out.times_ms += times
        out.parameters += [Parameter.HEART_RATE] * count
        out.values += values
        out.checks += checks
        out.notes += [notes] * count
        out.sources += [source] * count
        return True
    rr_source = window.source if window is not None else source
    done = 0
    for index, value in rmssd:
        stop = index + 1
        out.times_ms += times[done:stop]
        out.parameters += [Parameter.HEART_RATE] * (stop - done)
        out.values += values[done:stop]
        out.checks += checks[done:stop]
        out.notes += [notes] * (stop - done)
        out.sources += [source] * (stop - done)
        out.add(Parameter.HRV_RMSSD, value, times[index], rr_source, notes)
        done = stop
    out.times_ms += times[done:]
    out.parameters += [Parameter.HEART_RATE] * (count - done)
    out.values += values[done:]
    out.checks += checks[done:]
    out.notes += [notes] * (count - done)
    out.sources += [source] * (count - done)
    return True


def _heart_rate(
    view: memoryview,
    lengths: Sequence[int],
    times: Sequence[float],
    offsets: list[int],
    window: RRWindow | None,
) -> tuple[CheckedBatch, list[ParseFailure]]:
    out = CheckedBatch()
    failures: list[ParseFailure] = []
    shapes = [
        (view[offset] if length else -1, length) for offset, length in zip(offsets, lengths, strict=False)
    ]
    index = 0
    for (flags, length), run in itertools.groupby(shapes):
        count = sum(1 for _ in run)
        stop = index + count
        start = offsets[index]
        if flags < 0 or not _heart_rate_run(out, view, start, flags, length, times[index:stop], window):
            # Malformed shape: the parser's own errors, one per payload.
            for position in range(index, stop):
                offset = offsets[position]
                failed = parse_packed(HEART_RATE_MEASUREMENT, view[offset : offset + length], [length])[0]
                assert isinstance(failed, ParseFailure)
                failures.append(ParseFailure(position, failed.error, failed.payload))
        index = stop
    return out, failures


# --- everything else: record by record ----------------------------------------------------


def _measurements(
    uuid: int,
    view: memoryview,
    lengths: Sequence[int],
    times: Sequence[float],
    window: RRWindow | None,
) -> tuple[CheckedBatch, list[ParseFailure]]:
    out = CheckedBatch()
    failures: list[ParseFailure] = []
    for result, ms in zip(parse_packed(uuid, view, lengths), times, strict=True):
        if isinstance(result, ParseFailure):
            failures.append(result)
            continue
        _add_measurement(out, result, ms, window)
    return out, failures


def _add_measurement(out: CheckedBatch, measurement: Measurement, ms: float, window: RRWindow | None) -> None:
    readings = to_readings(measurement, _moment(ms), rr_window=window)
    if not readings:
        return
    notes = device_notes(measurement)
    for reading in readings:
        value = reading.value
        assert isinstance(value, float)
        check = check_plausibility(reading)
        if check is not _OK:
            out.implausible += 1
        out.times_ms.append(ms)
        out.parameters.append(reading.parameter)
        out.values.append(value)
        out.checks.append(check)
        out.notes.append(notes)
        out.sources.append(reading.source)


def check_packed(
    uuid: int,
    buffer: Buffer,
    lengths: Sequence[int],
    times_ms: Sequence[float],
    *,
    rr_window: RRWindow | None = None,
) -> tuple[CheckedBatch, list[ParseFailure]]:
    """The checked readings of a packed batch (payloads back to back, ``lengths[i]`` bytes each,
    received at ``times_ms[i]`` ms since 1970), and the payloads that did not parse.

    The same readings, in the same order, as :func:`parse_packed` followed by
    :func:`check_readings` per measurement at ``datetime.fromtimestamp(times_ms[i] / 1000, UTC)``
    with ``rr_window``. The caller checks that ``times_ms`` are finite, non-negative and as many as
    ``lengths``. Raises :class:`ParseError` like :func:`parse_packed` (unknown characteristic,
    lengths that do not add up to the buffer), before touching ``rr_window``.
    """
    view = _as_bytes(buffer)
    if not isinstance(view, memoryview):
        view = memoryview(view)
    lengths = list(lengths)
    offsets = list(itertools.accumulate(lengths, initial=0))
    if uuid != HEART_RATE_MEASUREMENT or any(length < 0 for length in lengths) or offsets[-1] != len(view):
        # parse_packed raises the batch errors (and parses any other characteristic).
        return _measurements(uuid, view, lengths, list(times_ms), rr_window)
    return _heart_rate(view, lengths, list(times_ms), offsets, rr_window)
