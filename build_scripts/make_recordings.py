"""Build the replay recordings in ``tests/data/sensors/`` (seeded: same bytes every run).

    python build_scripts/make_recordings.py            # write the three recordings
    python build_scripts/make_recordings.py --check    # exit 1 if the files differ from a rebuild

Every payload is produced by ``wayfarer.sensors.encode`` from a measurement record (the encoder
the parser tests hold to), except the deliberately malformed one in ``flaky_connection``.
The devices' own clocks (cuff, thermometer, spot-check oximeter) run on local time, UTC+1, as a
traveller's devices would; pass ``device_utc_offset=timedelta(hours=1)`` to ``to_readings``.

The values are synthetic, not recorded from a person:

* ``calm_day``: 24 h of a well 78-year-old: resting heart rate 62–72 /min with RMSSD about
  20 ms (normal for the age), SpO2 95–97 %, blood pressure about 132/78 mmHg, temperature
  36.5–37.0 °C. Heart-rate strap sessions of 90 s every 2 h, oximeter every 10 min, cuff four
  times, thermometer three times, two spot-checks.
* ``night_of_deterioration``: 22:00–07:00, a picture consistent with developing sepsis: heart
  rate 74 → about 122 /min, RMSSD 22 → 6 ms, SpO2 96 → 89 %, perfusion falling, temperature
  36.9 → 39.1 °C, blood pressure 134/78 → 88/52 mmHg, the change accelerating after about 02:00.
* ``flaky_connection``: 20 min of a strap at 1 Hz and an oximeter that drop and come back, a
  flapping reconnect, duplicated notifications, one truncated payload, an oximeter off the
  finger, a cuff with its clock not set, and the phone's clock jumping back 10 minutes.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py_modules"))

from wayfarer.sensors import (  # noqa: E402
    BloodPressureMeasurement,
    HeartRateMeasurement,
    Measurement,
    PlxContinuous,
    PlxMeasurementStatus,
    PlxSpotCheck,
    TemperatureMeasurement,
    TemperatureType,
    encode,
)
from wayfarer.sensors.replay import Entry, dump_recording  # noqa: E402

OUT = ROOT / "tests" / "data" / "sensors"
SEED = 20261123
DEVICE_UTC_OFFSET = timedelta(hours=1)
DEVICES = {
    "hr": "chest strap, Heart Rate Service (0x2A37)",
    "plx": "finger pulse oximeter, Pulse Oximeter Service (0x2A5F continuous, 0x2A5E spot-check)",
    "bp": "upper-arm cuff, Blood Pressure Service (0x2A35)",
    "thermo": "ear thermometer, Health Thermometer Service (0x2A1C)",
}


class Builder:
    """Collects entries of one recording; ``t`` is seconds since its start."""

    def __init__(self, start: datetime, seed: int) -> None:
        self.start = start
        self.rng = random.Random(seed)
        self.entries: list[Entry] = []

    def device_clock(self, t: float) -> datetime:
        """The device's local wall clock at ``t``, to the second, without zone (as GATT sends it)."""
        return (self.start + DEVICE_UTC_OFFSET + timedelta(seconds=round(t))).replace(tzinfo=None)

    def notify(self, t: float, device: str, measurement: Measurement) -> None:
        self.entries.append(Entry(round(t, 3), "notification", device, measurement.uuid, encode(measurement)))

    def raw(self, t: float, device: str, uuid: int, payload: bytes) -> None:
        self.entries.append(Entry(round(t, 3), "notification", device, uuid, payload))

    def event(self, t: float, kind: str, device: str = "", seconds: float = 0.0) -> None:
        assert kind in ("disconnect", "reconnect", "clock_jump")
        self.entries.append(Entry(round(t, 3), kind, device, seconds=seconds))  # type: ignore[arg-type]

    def heart_rate_session(
        self,
        t0: float,
        seconds: int,
        mean_hr: float,
        rmssd_ms: float,
        skip: tuple[float, float] | None = None,
    ) -> None:
        """A strap notifying at 1 Hz, each notification carrying the RR-intervals that ended in that second.

        Beat-to-beat intervals are the mean interval plus independent Gaussian noise of standard
        deviation RMSSD/√2, so successive differences have the RMSSD asked for. RR-intervals are
        quantised to the 1/1024 s the characteristic carries. ``skip`` is a (from, to) window of
        ``t`` with no notifications (a dropped connection); the beats in it are lost.
        """
        rng = self.rng
        mean_rr = 60.0 / mean_hr
        sigma = rmssd_ms / 1000.0 / math.sqrt(2.0)
        beat = t0 + rng.uniform(0.0, mean_rr)
        pending: list[float] = []
        last_hr = round(mean_hr)
        for second in range(1, seconds + 1):
            now = t0 + second
            while True:
                interval = round(max(0.3, rng.gauss(mean_rr, sigma)) * 1024) / 1024
                if beat + interval > now:
                    break
                beat += interval
                pending.append(interval)
            if pending:
                last_hr = round(60.0 / (sum(pending) / len(pending)))
            if skip is None or not skip[0] <= now < skip[1]:
                self.notify(now, "hr", HeartRateMeasurement(0, last_hr, True, None, tuple(pending), {}))
            pending = []

    def oximeter(self, t: float, spo2: float, pulse: float, pai: float, status: int | None = None) -> None:
        self.notify(
            t,
            "plx",
            PlxContinuous(
                0,
                float(round(spo2)),
                float(round(pulse)),
                None,
                None,
                None,
                None,
                status,
                None,
                round(pai, 1),
                {},
            ),
        )

    def spot_check(self, t: float, spo2: float, pulse: float) -> None:
        self.notify(
            t,
            "plx",
            PlxSpotCheck(
                0,
                float(round(spo2)),
                float(round(pulse)),
                self.device_clock(t),
                int(PlxMeasurementStatus.VALIDATED_DATA),
                None,
                None,
                False,
                {},
            ),
        )

    def cuff(
        self, t: float, systolic: float, diastolic: float, pulse: float, stamp: datetime | None = None
    ) -> None:
        sys_, dia = round(systolic), round(diastolic)
        mean = round(dia + (sys_ - dia) / 3)
        self.notify(
            t,
            "bp",
            BloodPressureMeasurement(
                0,
                "mmHg",
                float(sys_),
                float(dia),
                float(mean),
                stamp or self.device_clock(t),
                float(round(pulse)),
                1,
                0,
                {},
            ),
        )

    def thermometer(self, t: float, celsius: float) -> None:
        self.notify(
            t,
            "thermo",
            TemperatureMeasurement(
                0, "C", round(celsius, 1), self.device_clock(t), TemperatureType.TYMPANUM, {}
            ),
        )

    def text(self, name: str, description: str) -> str:
        ordered = sorted(self.entries, key=lambda e: e.t)  # stable: same-t entries keep their order
        return dump_recording(name, self.start, description, DEVICES, ordered)


def calm_day() -> str:
    b = Builder(datetime(2026, 11, 23, 6, 0, tzinfo=UTC), SEED)
    g = b.rng.gauss
    for hour in range(0, 24, 2):
        b.heart_rate_session(hour * 3600 + 600, 90, 66 + g(0, 2.5), 20 + g(0, 3))
    for minute in range(0, 24 * 60, 10):
        hr = 67 + g(0, 2.5)
        b.oximeter(minute * 60 + 30, min(99.0, 96 + g(0, 0.7)), hr + g(0, 1), 3.0 + g(0, 0.4))
    for hour, (systolic, diastolic) in zip(
        (2, 7, 13, 16), ((134, 79), (129, 76), (136, 80), (131, 77)), strict=True
    ):
        b.cuff(hour * 3600 + 120, systolic + g(0, 2), diastolic + g(0, 1.5), 66 + g(0, 2))
    for hour, celsius in ((2, 36.6), (8, 36.9), (15, 36.8)):
        b.thermometer(hour * 3600 + 300, celsius + g(0, 0.1))
    for hour in (2, 14):
        b.spot_check(hour * 3600 + 420, 96 + g(0, 0.5), 67 + g(0, 2))
    return b.text(
        "calm_day", "24 h of a well senior traveller: heart-rate strap, oximeter, cuff, thermometer"
    )


def _progress(t: float, duration: float) -> float:
    """0 at the start to 1 at the end, accelerating around 45 % of the night (about 02:00)."""
    x = t / duration

    def logistic(v: float) -> float:
        return 1.0 / (1.0 + math.exp(-(v - 0.45) / 0.12))

    return (logistic(x) - logistic(0.0)) / (logistic(1.0) - logistic(0.0))


def night_of_deterioration() -> str:
    b = Builder(datetime(2026, 11, 23, 21, 0, tzinfo=UTC), SEED + 1)
    g = b.rng.gauss
    duration = 9 * 3600.0

    def level(t: float, start: float, end: float) -> float:
        return start + (end - start) * _progress(t, duration)

    for quarter in range(36):
        t = quarter * 900.0 + 60
        b.heart_rate_session(t, 45, level(t, 74, 122) + g(0, 1.5), max(4.0, level(t, 22, 6) + g(0, 1.5)))
    for step in range(int(duration // 300)):
        t = step * 300.0 + 150
        hr = level(t, 74, 122) + g(0, 1.5)
        b.oximeter(
            t,
            min(99.0, level(t, 96, 89) + g(0, 0.6)),
            hr + g(0, 1),
            max(0.3, level(t, 3.0, 0.6) + g(0, 0.15)),
        )
    for hour in range(10):
        t = min(hour * 3600.0 + 200, duration - 30)
        b.cuff(t, level(t, 134, 88) + g(0, 2), level(t, 78, 52) + g(0, 1.5), level(t, 74, 122) + g(0, 2))
        b.thermometer(t + 120, level(t, 36.9, 39.1) + g(0, 0.08))
    return b.text(
        "night_of_deterioration",
        "22:00-07:00 local: rising heart rate and temperature, falling SpO2, perfusion and blood pressure "
        "(a picture consistent with developing sepsis)",
    )


TRUNCATED_HEART_RATE = bytes.fromhex("1048000480")
"""Flags 0x10 announce RR-intervals; the second byte of the interval never arrived."""


def flaky_connection() -> str:
    b = Builder(datetime(2026, 11, 24, 9, 0, tzinfo=UTC), SEED + 2)
    g = b.rng.gauss
    b.heart_rate_session(0, 1200, 71, 19, skip=(300, 345))
    b.event(300, "disconnect", "hr")
    b.event(345, "reconnect", "hr")
    for t in range(5, 1200, 15):
        if 500 <= t < 560:
            continue  # the oximeter is out of range (see the events below)
        status = int(PlxMeasurementStatus.QUESTIONABLE_MEASUREMENT) if 560 <= t < 600 else None
        b.oximeter(t + 0.5, 96 + g(0, 0.6), 71 + g(0, 1.5), 2.8 + g(0, 0.3), status)
    b.event(500, "disconnect", "plx")
    for t in (512, 520, 531, 540):  # flapping: connects and drops again before any data
        b.event(t, "reconnect", "plx")
        b.event(t + 1.5, "disconnect", "plx")
    b.event(555, "reconnect", "plx")
    off_finger = PlxContinuous(
        0x0C,
        None,
        None,
        None,
        None,
        None,
        None,
        0x2000,
        0x000800,
        None,
        {"spo2": "NRes", "pulse_rate": "NRes"},
    )
    b.notify(651.25, "plx", off_finger)
    duplicate = HeartRateMeasurement(0, 72, True, None, (0.833984375,), {})
    for _ in range(3):  # the same notification delivered three times (a stack re-sending after a hiccup)
        b.notify(600.25, "hr", duplicate)
    b.raw(700.5, "hr", 0x2A37, TRUNCATED_HEART_RATE)
    b.event(800, "clock_jump", seconds=-600)
    # The cuff connects, sends two stored readings (morning, its own clock) and one with its clock unset.
    b.event(900, "reconnect", "bp")
    b.cuff(901, 138, 82, 70, stamp=b.device_clock(-7200))
    b.cuff(902, 135, 80, 69, stamp=b.device_clock(-3600))
    unset_clock = BloodPressureMeasurement(
        0x1E,
        "mmHg",
        133.0,
        79.0,
        97.0,
        None,
        70.0,
        1,
        0,
        {"timestamp": "unknown: year=0 month=0 day=0 time=00:14:58"},
    )
    b.notify(903, "bp", unset_clock)
    b.event(910, "disconnect", "bp")
    return b.text(
        "flaky_connection",
        "20 min of drops, a flapping reconnect, duplicates, a truncated payload, a sensor off the finger, "
        "a cuff with stored readings and an unset clock, and the phone's clock jumping back 10 min",
    )


RECORDINGS = {
    "calm_day": calm_day,
    "night_of_deterioration": night_of_deterioration,
    "flaky_connection": flaky_connection,
}


def build_all() -> dict[str, str]:
    """File name → text of every recording."""
    return {f"{name}.jsonl": build() for name, build in RECORDINGS.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare with the files instead of writing")
    args = parser.parse_args()
    stale = []
    for name, text in build_all().items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(text.encode()):,} bytes"
        )
    if stale:
        print("stale recordings (rebuild with build_scripts/make_recordings.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
