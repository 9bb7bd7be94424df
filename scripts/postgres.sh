#!/usr/bin/env bash
# Starts a private, throwaway PostgreSQL for the tests (installing it from Debian if missing) and prints
# the DATABASE_URL to use. `scripts/postgres.sh stop` stops it. Never touches a system cluster.
set -euo pipefail
PORT=${CONFIDE_PG_PORT:-55432}
STATE=${CONFIDE_PG_DIR:-/tmp/confide-pg}
if [ "${1:-start}" = "stop" ]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PGBIN" ] && [ -d "$STATE/data" ] && su postgres -c "$PGBIN/pg_ctl -D $STATE/data -m fast stop" >/dev/null 2>&1 || true
  exit 0
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing PostgreSQL from Debian..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >/tmp/confide-apt.log 2>&1 || { cat /tmp/confide-apt.log >&2; exit 1; }
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if ! pg_isready -h 127.0.0.1 -p "$PORT" -q 2>/dev/null; then
  rm -rf "$STATE"; mkdir -p "$STATE/data"; chown -R postgres:postgres "$STATE"
  su postgres -c "$PGBIN/initdb -D $STATE/data -A trust -U postgres -E UTF8" >/dev/null
  su postgres -c "$PGBIN/pg_ctl -D $STATE/data -l $STATE/data/server.log -w -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300' start" >/dev/null
  psql -h 127.0.0.1 -p "$PORT" -U postgres -qc 'CREATE DATABASE confide_test' >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$PORT/confide_test?tlsmode=disable"
