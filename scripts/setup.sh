#!/usr/bin/env bash
# Install everything stenogram needs on a fresh Debian machine (run as root, or with sudo).
# Debian packages: jing (foreign schemas), poppler (PDF checks), Chromium (browser tests) and
# python3-venv; then a virtual environment in the checkout (.venv/), because Debian's Python
# refuses system-wide pip installs (PEP 668), with stenogram and its test and optional extras.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PY="${PYTHON:-python3}"
need=""
for pkg in jing poppler-utils chromium; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
done
# Debian splits venv and ensurepip out of python3; a Python that has them needs nothing.
"$PY" -c 'import ensurepip, venv' >/dev/null 2>&1 || need="$need python3-venv"
if [ -n "$need" ]; then
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,dev,stats,deposit,dask,formats,search]'
echo "stenogram is installed in .venv/: run .venv/bin/stenogram (or 'source .venv/bin/activate')."
