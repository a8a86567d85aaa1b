#!/usr/bin/env bash
# Every benchmark, one JSON report per line, prefixed by its name. Speed targets are checked here,
# never by timed assertions in tests. Run on a quiet machine: the numbers are wall-clock times.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PYTHONPATH="$root/py_modules:$root"
status=0
for script in bench/bench_*.py; do
  name="$(basename "$script" .py)"
  if out="$(.venv/bin/python "$script" 2>/tmp/wayfarer-bench-$name.err | tail -n 1)"; then
    printf '%s %s\n' "$name" "$out"
  else
    printf '%s {"error": "failed, see /tmp/wayfarer-bench-%s.err"}\n' "$name" "$name"
    status=1
  fi
done
exit $status
