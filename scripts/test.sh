#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it (.ci/run calls this). Installs and starts what it needs:
# a private PostgreSQL and headless Chromium, both from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
export CONFIDE_BCRYPT_COST=${CONFIDE_BCRYPT_COST:-8}

scripts/deps.sh
echo "== build"
swift build --build-tests > /tmp/confide-build.log 2>&1 || { grep -E "error|warning: " /tmp/confide-build.log | grep -v "unhandled" | head -60; tail -5 /tmp/confide-build.log; exit 1; }
grep -E "warning: " /tmp/confide-build.log | grep -v "found 1 file(s) which are unhandled" | sort -u || true
tail -1 /tmp/confide-build.log

echo "== swift tests on SQLite"
swift test --skip-build --disable-xctest 2>&1 | grep -vE "^\[|^$|^✔ Test [^ ]+\(|^◇" | tail -40
test "${PIPESTATUS[0]}" -eq 0

echo "== swift tests on PostgreSQL"
PG_URL=$(scripts/postgres.sh)
trap 'scripts/postgres.sh stop' EXIT
CONFIDE_TEST_DATABASE_URL="$PG_URL" swift test --skip-build --disable-xctest 2>&1 | grep -vE "^\[|^$|^✔ Test [^ ]+\(|^◇" | tail -40
test "${PIPESTATUS[0]}" -eq 0

echo "== fuzzing the untrusted-input parsers (libFuzzer, bounded)"
scripts/fuzz.sh "${CONFIDE_FUZZ_SECONDS:-60}"

VENV=$(scripts/browser-setup.sh)
echo "== disclosure-control attack on published statistics (scipy)"
CONFIDE_BIN="$PWD/.build/debug/confide" "$VENV/bin/pytest" -q -p no:cacheprovider Tests/Statistics

echo "== browser tests (headless Chromium)"
(cd Tests/Browser && "$VENV/bin/pytest" -q -p no:cacheprovider)
