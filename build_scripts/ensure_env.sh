#!/usr/bin/env bash
# Install whatever is missing, then build web/vendor. Idempotent and quick when nothing changed.
#   ensure_env.sh app   — venv with the host's packages, npm packages, web/vendor
#   ensure_env.sh test  — the above plus test/ML packages, Debian's Chromium and hunspell dictionaries
set -euo pipefail
mode="${1:-app}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
stamps=".venv/.wayfarer-stamps"
say() { printf '[setup] %s\n' "$*" >&2; }

# Debian packages the tests need (a browser and spelling dictionaries).
APT_TEST_PACKAGES=(chromium hunspell)
if [ -f build_scripts/apt-test-packages.txt ]; then
  while read -r pkg _; do [ -n "$pkg" ] && [ "${pkg:0:1}" != "#" ] && APT_TEST_PACKAGES+=("$pkg"); done < build_scripts/apt-test-packages.txt
fi

need_python() {
  if ! command -v python3 >/dev/null; then say "python3 (3.11+) is required"; exit 1; fi
  python3 - <<'PY' || { say "Python 3.11 or newer is required"; exit 1; }
import sys; raise SystemExit(0 if sys.version_info >= (3, 11) else 1)
PY
}

ensure_venv() {
  need_python
  if [ ! -x .venv/bin/python ]; then
    say "creating .venv"
    python3 -m venv .venv
  fi
  mkdir -p "$stamps"
  local extras="$1" key
  key="$(cat pyproject.toml | sha256sum | cut -c1-16)-$extras"
  if [ ! -f "$stamps/pip-$extras" ] || [ "$(cat "$stamps/pip-$extras")" != "$key" ]; then
    say "installing Python packages ($extras)"
    .venv/bin/python - "$extras" > "$stamps/requirements-$extras.txt" <<'PY'
import sys, tomllib
extras = sys.argv[1].split(",")
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
reqs = list(project.get("dependencies", []))
for extra in extras:
    reqs += project["optional-dependencies"][extra]
print("\n".join(reqs))
PY
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$stamps/requirements-$extras.txt"
    echo "$key" > "$stamps/pip-$extras"
  fi
}

ensure_npm() {
  local key
  key="$(cat package.json package-lock.json | sha256sum | cut -c1-16)"
  if [ ! -d node_modules ] || [ ! -f node_modules/.wayfarer-stamp ] || [ "$(cat node_modules/.wayfarer-stamp)" != "$key" ]; then
    say "installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$key" > node_modules/.wayfarer-stamp
  fi
}

ensure_apt() {
  local missing=()
  for pkg in "${APT_TEST_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

case "$mode" in
  app)
    ensure_venv host
    ensure_npm
    ;;
  test)
    ensure_venv host,test,ml
    ensure_npm
    ensure_apt
    ;;
  *) say "usage: ensure_env.sh app|test"; exit 2 ;;
esac
say "building web/vendor"
.venv/bin/python build_scripts/build_web.py >&2
