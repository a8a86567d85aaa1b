#!/usr/bin/env bash
# Every check `npm test` runs, after ensure_env.sh has installed what they need. Runs them all and
# fails at the end if any failed, so one report shows every problem.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PYTHONPATH="$root/py_modules:$root"
py=.venv/bin/python
failed=()
step() {
  local name="$1"; shift
  printf '\n== %s ==\n' "$name"
  "$@" || failed+=("$name")
}
step "ruff check" $py -m ruff check .
step "ruff format" $py -m ruff format --check .
step "mypy --strict py_modules" $py -m mypy
step "unit tests (CPython)" $py -m pytest tests/unit -q -n 2 -p no:cacheprovider
step "end-to-end tests (Chromium)" $py -m pytest tests/e2e -q -p no:cacheprovider
if ((${#failed[@]})); then
  printf '\nFAILED: %s\n' "${failed[*]}"
  exit 1
fi
printf '\nAll checks passed.\n'
