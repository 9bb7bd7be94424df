#!/usr/bin/env bash
# Runs Confide with the demo centre on http://127.0.0.1:8080 (installs the few Debian packages the build needs first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
exec swift run confide serve --demo "$@"
