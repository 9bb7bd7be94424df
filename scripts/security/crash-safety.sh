#!/usr/bin/env bash
# Crash safety on SQLite, then on PostgreSQL: SIGKILL the server mid-write --cycles times (default 20) and check
# that every acknowledged write survives with its content and the audit chain stays intact.
#   scripts/security/crash-safety.sh [--cycles N] [--threads N] [--sqlite-only|--postgres-only]
# Uses a copy of .build/debug/confide (or $CONFIDE_BIN); never builds. PostgreSQL: a private instance started by
# scripts/postgres.sh on port $CONFIDE_PG_PORT (default 55433 here, so it cannot collide with the test suite's
# instance on 55432), a fresh database per run, dropped afterwards; the instance is stopped only if this script
# started it. Exit status non-zero if either backend lost or corrupted an acknowledged write.
set -uo pipefail
cd "$(dirname "$0")/../.."
ARGS=(); BACKENDS="sqlite postgres"
for a in "$@"; do
  case "$a" in
    --sqlite-only) BACKENDS="sqlite" ;;
    --postgres-only) BACKENDS="postgres" ;;
    *) ARGS+=("$a") ;;
  esac
done
. scripts/security/common.sh   # (the script has cd-ed to the project root)
export CONFIDE_RULEBOOKS=${CONFIDE_RULEBOOKS:-$PWD/Rulebooks}
export CONFIDE_PG_PORT=${CONFIDE_PG_PORT:-55433}
export CONFIDE_PG_DIR=${CONFIDE_PG_DIR:-/tmp/confide-pg-security}
status=0
for b in $BACKENDS; do
  if [ "$b" = sqlite ]; then
    echo "== crash safety on SQLite"
    timeout 600 python3 scripts/security/crash-safety.py --self-check "${ARGS[@]}" || status=1
  else
    echo "== crash safety on PostgreSQL (port $CONFIDE_PG_PORT)"
    started_pg=0
    pg_isready -h 127.0.0.1 -p "$CONFIDE_PG_PORT" -q 2>/dev/null || started_pg=1
    BASE=$(scripts/postgres.sh) || { echo "could not start PostgreSQL" >&2; exit 2; }
    DB="crash_$(date +%s)_$$"
    psql -h 127.0.0.1 -p "$CONFIDE_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $DB" || { echo "could not create $DB" >&2; exit 2; }
    URL="postgres://postgres@127.0.0.1:$CONFIDE_PG_PORT/$DB?tlsmode=disable"
    timeout 600 python3 scripts/security/crash-safety.py --postgres "$URL" "${ARGS[@]}" || status=1
    psql -h 127.0.0.1 -p "$CONFIDE_PG_PORT" -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    if [ "$started_pg" = 1 ]; then scripts/postgres.sh stop; fi
    : "$BASE"
  fi
done
exit $status
