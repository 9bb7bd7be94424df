#!/usr/bin/env bash
# Scale-out on PostgreSQL: one and then two stateless server processes over one PostgreSQL, behind nginx
# (Debian) as a round-robin proxy, under wrk. Prints a Markdown table with the ratio of throughput.
#
#   scripts/bench/scale-out.sh [--duration 15] [--connections 32] [--scale 1]
#   (or `confide bench scale-out …`, which runs this with CONFIDE_BIN set to itself)
#
# Uses the private PostgreSQL of scripts/postgres.sh (127.0.0.1:55432; started if not running) with a database
# of its own (confide_bench_<pid>, dropped at the end). Servers on 127.0.0.1:18491 and :18492, nginx on :18490
# (to one server) and :18493 (to both). nginx runs in the foreground as a background job with its config, pid and
# logs in a temporary folder. Every wait is bounded; everything started here is stopped on exit.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${CONFIDE_BIN:-$ROOT/.build/release/confide}
DURATION=15; CONNS=32; SCALE=1
P1=18491; P2=18492; LB1=18490; LB2=18493
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNS=$2; shift 2 ;;
    --scale) SCALE=$2; shift 2 ;;
    *) echo "usage: $0 [--duration S] [--connections N] [--scale N]" >&2; exit 2 ;;
  esac
done
[ -x "$BIN" ] || { echo "no release binary at $BIN: run swift build -c release first" >&2; exit 2; }
missing=""
command -v wrk >/dev/null || missing="$missing wrk"
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$missing nginx-light"
if [ -n "$missing" ]; then
  echo "installing$missing from Debian..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

PGURL=$("$ROOT/scripts/postgres.sh")
PGPORT=$(sed -n 's|.*@127.0.0.1:\([0-9]*\)/.*|\1|p' <<<"$PGURL")
DB=confide_bench_$$
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE $DB" >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/$DB?tlsmode=disable"

TMP=$(mktemp -d /tmp/confide-bench-scale.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$p" 2>/dev/null || true
  done
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT

start_server() {  # port, extra args...
  local port=$1; shift
  CONFIDE_API_RATE_PER_MINUTE=100000000 CONFIDE_DATA_DIR="$TMP/data" LOG_LEVEL=warning CONFIDE_BENCH=1 "$BIN" serve --hostname 127.0.0.1 --port "$port" "$@" \
    >"$TMP/server-$port.log" 2>&1 &
  PIDS+=($!)
  local pid=$!
  for _ in $(seq 1 1200); do
    grep -q "listening on" "$TMP/server-$port.log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$TMP/server-$port.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "server on $port did not start" >&2; exit 1
}

echo "== seeding the demo centre (${SCALE}×) into PostgreSQL database $DB" >&2
start_server $P1 --demo --demo-scale "$SCALE"
start_server $P2

mkdir -p "$TMP/nginx"
cat > "$TMP/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  proxy_buffers 32 16k;
  proxy_max_temp_file_size 0;
  upstream one { server 127.0.0.1:$P1; keepalive 64; }
  upstream two { server 127.0.0.1:$P1; server 127.0.0.1:$P2; keepalive 64; }
  server { listen 127.0.0.1:$LB1; location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; } }
  server { listen 127.0.0.1:$LB2; location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; } }
}
EOF
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" >"$TMP/nginx/stdout.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 50); do curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$LB2/health" && break; sleep 0.2; done

BASE="http://127.0.0.1:$P1"
TOKEN=$(curl -sf --max-time 30 -X POST -H 'content-type: application/json' \
  -d '{"email":"counsellor@northmoor-rc.example","password":"demo-harbour-lantern-42"}' "$BASE/api/v1/sessions" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')
CLIENT=$(curl -sf --max-time 30 -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/clients" \
  | python3 -c 'import sys, json; print([c["id"] for c in json.load(sys.stdin) if c.get("name")][0])')
RECORD=$(curl -sf --max-time 30 -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/clients/$CLIENT" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["records"][0]["id"])')

cat > "$TMP/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("WRK requests=%d seconds=%.3f p50_ms=%.3f p99_ms=%.3f errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
EOF
field() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1" | head -1; }

declare -A RPS LAT ERRS
run() {  # key, port, path, header
  local out
  code=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -H "$4" "http://127.0.0.1:$2$3")
  [ "$code" = 200 ] || { echo "$1 answered $code" >&2; exit 1; }
  echo "   wrk -t1 -c$CONNS -d${DURATION}s $1" >&2
  out=$(wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 10s -s "$TMP/report.lua" -H "$4" "http://127.0.0.1:$2$3" | grep '^WRK')
  RPS[$1]=$(python3 -c "print(round($(field "$out" requests) / $(field "$out" seconds)))")
  LAT[$1]="$(field "$out" p50_ms) / $(field "$out" p99_ms)"
  ERRS[$1]=$(field "$out" errors)
}
AUTH="Authorization: Bearer $TOKEN"
for route in api bare; do
  if [ $route = api ]; then path="/api/v1/records/$RECORD"; hdr="$AUTH"; else path="/bench/bare"; hdr="X-Bench: bare"; fi
  run "$route-direct" $P1 "$path" "$hdr"
  run "$route-lb1" $LB1 "$path" "$hdr"
  run "$route-lb2" $LB2 "$path" "$hdr"
done
AUDIT=$(CONFIDE_DATA_DIR="$TMP/data" "$BIN" audit verify 2>&1 | head -1 || true)

echo
echo "PostgreSQL $(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -Atc 'SHOW server_version'), nginx $("$NGINX" -v 2>&1 | sed 's|.*/||'), wrk -t1 -c$CONNS -d${DURATION}s; latencies in ms"
echo
echo "| route | 1 process direct: req/s (p50 / p99) | nginx → 1 process | nginx → 2 processes | ratio 2 ÷ 1 behind nginx | ratio 2 behind nginx ÷ 1 direct | errors |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for route in api bare; do
  r1=$(python3 -c "print(f'{${RPS[$route-lb2]} / ${RPS[$route-lb1]}:.2f}')")
  r2=$(python3 -c "print(f'{${RPS[$route-lb2]} / ${RPS[$route-direct]}:.2f}')")
  name=$([ $route = api ] && echo "GET /api/v1/records/:id" || echo "GET /bench/bare")
  echo "| $name | ${RPS[$route-direct]} (${LAT[$route-direct]}) | ${RPS[$route-lb1]} (${LAT[$route-lb1]}) | ${RPS[$route-lb2]} (${LAT[$route-lb2]}) | $r1 | $r2 | ${ERRS[$route-direct]}/${ERRS[$route-lb1]}/${ERRS[$route-lb2]} |"
done
echo
echo "audit chain after both processes appended to it: $AUDIT"
