#!/usr/bin/env bash
# Installs what the browser tests need: Chromium from Debian and, in a private virtualenv, Playwright
# (driving that Chromium; no browser download), axe-core (via axe-playwright-python), pytest, and pikepdf for the
# bundle leak test.
set -euo pipefail
VENV=${CONFIDE_TEST_VENV:-/tmp/confide-test-venv}
if ! command -v chromium >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core) >/tmp/confide-apt.log 2>&1 || { cat /tmp/confide-apt.log >&2; exit 1; }
fi
if [ ! -x "$VENV/bin/pytest" ] || ! "$VENV/bin/python" -c "import playwright, axe_playwright_python, scipy, pikepdf" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check playwright==1.65.2 axe-playwright-python==0.1.8 pytest pyyaml scipy pikepdf >&2
fi
echo "$VENV"
