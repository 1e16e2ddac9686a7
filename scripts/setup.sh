#!/usr/bin/env bash
# Install everything stenogram needs on a fresh Debian machine (run as root, or with sudo):
# Debian packages for validation with jing, PDF checks with poppler and browser tests with
# Chromium, then the package itself with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=""
for pkg in jing poppler-utils chromium; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
done
if [ -n "$need" ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need
fi
python -m pip install -q -e '.[test]'
