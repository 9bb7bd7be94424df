#!/usr/bin/env bash
# Opening a record over HTTP beside a bare route of the same server (SQLite, demo data), for each demo scale.
#
#   scripts/bench/http.sh [--scales 1,10,100] [--duration 15] [--connections 16] [--rate 200] [--port 18480]
#   (or `confide bench http …`, which runs this with CONFIDE_BIN set to itself)
#
# For each scale: starts the release server with `serve --demo --demo-scale N` in a fresh temporary data folder,
# signs in as the demo counsellor (web session cookie and API bearer token), then measures four routes:
#   bare    GET /bench/bare           same server and middleware, no work (CONFIDE_BENCH=1 registers it)
#   record  GET /records/:id          opening one record: session, access check, decrypt, audit append, HTML page
#   page    GET /clients/:id          session, access check, decrypt the client and her 15 records, audit append, HTML
#   api     GET /api/v1/records/:id   bearer session, access check, decrypt one record, audit append, JSON
# with wrk at a fixed concurrency (throughput, p50, p99) and with `confide bench load` at a fixed rate
# (open loop: latency counted from when each request was due). Prints a Markdown table; ratios are route ÷ bare.
# Everything listens on 127.0.0.1; every wait is bounded; the server and temporary folder are removed on exit.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${CONFIDE_BIN:-$ROOT/.build/release/confide}
SCALES=1; DURATION=15; CONNS=16; RATE=200; PORT=18480
while [ $# -gt 0 ]; do
  case "$1" in
    --scales) SCALES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNS=$2; shift 2 ;;
    --rate) RATE=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    *) echo "usage: $0 [--scales 1,10,100] [--duration S] [--connections N] [--rate R] [--port P]" >&2; exit 2 ;;
  esac
done
[ -x "$BIN" ] || { echo "no release binary at $BIN: run swift build -c release first" >&2; exit 2; }
command -v wrk >/dev/null || { echo "installing wrk from Debian..." >&2; apt-get install -y -qq --no-install-recommends wrk >/dev/null; }
command -v python3 >/dev/null || { echo "python3 is needed to read JSON answers" >&2; exit 2; }

TMP=$(mktemp -d /tmp/confide-bench-http.XXXXXX)
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap 'stop_server; rm -rf "$TMP"' EXIT

cat > "$TMP/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("WRK requests=%d seconds=%.3f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
EOF

field() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1" | head -1; }
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }

ROWS=()
for SCALE in ${SCALES//,/ }; do
  DATA="$TMP/data-$SCALE"
  echo "== scale ${SCALE}× : seeding $((40 * SCALE)) clients, $((600 * SCALE)) records" >&2
  SEED_START=$(date +%s)
  CONFIDE_API_RATE_PER_MINUTE=100000000 CONFIDE_BENCH=1 LOG_LEVEL=warning CONFIDE_DATA_DIR="$DATA" "$BIN" serve --demo --demo-scale "$SCALE" \
    --hostname 127.0.0.1 --port "$PORT" >"$TMP/server-$SCALE.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1800); do   # up to 15 minutes for seeding
    grep -q "listening on" "$TMP/server-$SCALE.log" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/server-$SCALE.log" >&2; exit 1; }
    sleep 0.5
  done
  grep -q "listening on" "$TMP/server-$SCALE.log" || { echo "server did not start" >&2; exit 1; }
  SEED_SECONDS=$(( $(date +%s) - SEED_START ))
  BASE="http://127.0.0.1:$PORT"
  EMAIL=counsellor@northmoor-rc.example; PASSWORD=demo-harbour-lantern-42
  TOKEN=$(curl -sf --max-time 30 -X POST -H 'content-type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/sessions" | json 'd["token"]')
  CLIENT=$(curl -sf --max-time 30 -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/clients" | json '[c["id"] for c in d if c.get("name")][0]')
  RECORD=$(curl -sf --max-time 30 -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/clients/$CLIENT" | json 'd["records"][0]["id"]')
  # Web sign-in: the form's CSRF token comes with its double-submit cookie.
  JAR="$TMP/jar-$SCALE"
  CSRF=$(curl -sf --max-time 30 -c "$JAR" "$BASE/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s --max-time 30 -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$CSRF" \
    --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" "$BASE/sign-in"
  COOKIE=$(awk '$6 == "confide_session" { print $7 }' "$JAR")
  [ -n "$COOKIE" ] || { echo "web sign-in failed" >&2; exit 1; }
  CLIENTS_IN_DB=$(curl -sf --max-time 30 "$BASE/health" >/dev/null && echo $((40 * SCALE)))

  declare -A URL HDR
  URL[bare]="$BASE/bench/bare";                 HDR[bare]="X-Bench: bare"
  URL[page]="$BASE/clients/$CLIENT";            HDR[page]="Cookie: confide_session=$COOKIE"
  URL[record]="$BASE/records/$RECORD";          HDR[record]="Cookie: confide_session=$COOKIE"
  URL[api]="$BASE/api/v1/records/$RECORD";      HDR[api]="Authorization: Bearer $TOKEN"
  # Check each answers 200 before timing it.
  for k in bare record page api; do
    code=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -H "${HDR[$k]}" "${URL[$k]}")
    [ "$code" = 200 ] || { echo "$k answered $code" >&2; exit 1; }
  done

  LOADAVG=$(cut -d' ' -f1 /proc/loadavg)   # other work on this machine, before the runs
  declare -A RPS P50 P99 ERR FR50 FR99 FRRATE FRFAIL
  for k in bare record page api; do
    echo "   wrk -t1 -c$CONNS -d${DURATION}s $k" >&2
    out=$(wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 10s -s "$TMP/report.lua" -H "${HDR[$k]}" "${URL[$k]}" | grep '^WRK')
    RPS[$k]=$(python3 -c "print(round($(field "$out" requests) / $(field "$out" seconds)))")
    P50[$k]=$(field "$out" p50_ms); P99[$k]=$(field "$out" p99_ms); ERR[$k]=$(field "$out" errors)
    echo "   confide bench load --rate $RATE --duration $DURATION $k" >&2
    out=$("$BIN" bench load "${URL[$k]}" --rate "$RATE" --duration "$DURATION" --header "${HDR[$k]}")
    FR50[$k]=$(field "$out" p50_ms); FR99[$k]=$(field "$out" p99_ms); FRRATE[$k]=$(field "$out" rate); FRFAIL[$k]=$(field "$out" failed)
    echo "     $out" >&2
  done
  AUDIT=$(CONFIDE_DATA_DIR="$DATA" "$BIN" audit verify 2>&1 | head -1 || true)
  for k in record page api; do
    ratio=$(python3 -c "print(f'{${RPS[$k]} / ${RPS[bare]}:.3f}')")
    goal=$(python3 -c "nan = float('nan'); print('met' if ${FR99[$k]} < 25 and ${FRRATE[$k]} >= $RATE * 0.95 and ${FRFAIL[$k]} == 0 else 'MISSED')")
    [ "${FRFAIL[$k]}" = 0 ] || FR99[$k]="${FR99[$k]} (${FRFAIL[$k]} of $((RATE * DURATION)) failed or timed out)"
    ROWS+=("| ${SCALE}× (${CLIENTS_IN_DB} clients, $((600 * SCALE)) records; load avg $LOADAVG) | $k | ${RPS[$k]} | ${P50[$k]} / ${P99[$k]} | ${RPS[bare]} | ${P50[bare]} / ${P99[bare]} | $ratio | ${FRRATE[$k]} | ${FR50[$k]} / ${FR99[$k]} | ${FR50[bare]} / ${FR99[bare]} | p99 < 25 ms at $RATE/s: $goal |")
  done
  echo "   seeded in ${SEED_SECONDS}s; wrk errors bare=${ERR[bare]} record=${ERR[record]} page=${ERR[page]} api=${ERR[api]}; $AUDIT" >&2
  stop_server
  unset URL HDR RPS P50 P99 ERR FR50 FR99 FRRATE FRFAIL
done

echo
echo "wrk -t1 -c$CONNS -d${DURATION}s (fixed concurrency) and confide bench load --rate $RATE (fixed rate, open loop); latencies in ms"
echo
echo "| data | route | req/s | p50 / p99 | bare req/s | bare p50 / p99 | ratio (req/s ÷ bare) | fixed-rate achieved | p50 / p99 at $RATE/s | bare p50 / p99 at $RATE/s | goal |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
