"""A growing wait after wrong passphrases, persisted so that reloading the page does not reset it.

After the n-th wrong attempt in a row the next attempt is allowed ``delay_seconds(n)`` later: 1, 2,
4, 8 ... seconds, at most 15 minutes. It slows guessing at the screen; against someone who copies
the storage it is PBKDF2 (600,000 iterations) that protects the passphrase, not this counter.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from wayfarer.store._format import now_text, parse_time

LONGEST_WAIT_SECONDS = 15 * 60


def delay_seconds(failures: int) -> int:
    if failures <= 0:
        return 0
    return min(1 << (failures - 1), LONGEST_WAIT_SECONDS)


@dataclass(frozen=True, slots=True)
class Lockout:
    failures: int = 0
    last_failure: datetime | None = None

    def wait_seconds(self, now: datetime) -> int:
        if self.last_failure is None or self.failures == 0:
            return 0
        until = self.last_failure + timedelta(seconds=delay_seconds(self.failures))
        return max(0, math.ceil((until - now).total_seconds()))

    def failed(self, now: datetime) -> Lockout:
        return Lockout(self.failures + 1, now)

    def to_bytes(self) -> bytes:
        last = None if self.last_failure is None else now_text(self.last_failure)
        return json.dumps({"failures": self.failures, "last_failure": last}).encode()

    @classmethod
    def from_bytes(cls, data: bytes | None) -> Lockout:
        if not data:
            return cls()
        try:
            document = json.loads(data)
            last = document.get("last_failure")
            return cls(int(document["failures"]), None if last is None else parse_time(last))
        except (ValueError, KeyError, TypeError):
            # A damaged counter must not become a way round the wait: count five earlier failures.
            return cls(failures=5, last_failure=None)
