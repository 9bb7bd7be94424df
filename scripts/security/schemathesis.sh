#!/usr/bin/env bash
# Property-based fuzzing of the JSON API from its own OpenAPI document (/openapi.json) with schemathesis 4.x.
#
#   scripts/security/schemathesis.sh [--max-examples N] [--max-time SECONDS] [--seed N]
#
# --max-time bounds the counsellor run (default 120 s; the manager run gets half, sign-out 15 s).
# Starts a demo server (SQLite, fresh data folder, 127.0.0.1 only) from a copy of .build/debug/confide (or
# $CONFIDE_BIN), signs in ONCE per role up front (sign-ins are rate-limited to 30 a minute per address), and runs
# schemathesis three times:
#   1. as a counsellor: every operation except DELETE /api/v1/sessions/current (it would revoke the token);
#      path ids are drawn 60% of the time from the counsellor's real clients and records, so the fuzzer gets past
#      404 into validation and the encryption/audit code;
#   2. as the centre manager: staff accounts, the request register and a client's access history;
#   3. DELETE /api/v1/sessions/current alone, with a spare token.
# Checks: not_a_server_error, status_code_conformance, response_schema_conformance, content_type_conformance,
# response_headers_conformance, negative_data_rejection, ignored_auth (each schemathesis 4.x check name).
# Prints the number of requests the server received during the runs (its request log) and every failure; exits
# non-zero if schemathesis reported any failure. Installs schemathesis from PyPI into /tmp/confide-sec-venv.
set -uo pipefail
cd "$(dirname "$0")/../.."
MAX_EXAMPLES=150; MAX_TIME=120; SEED=${SEED:-$RANDOM}
while [ $# -gt 0 ]; do
  case "$1" in
    --max-examples) MAX_EXAMPLES=$2; shift 2 ;;
    --max-time) MAX_TIME=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
VENV=/tmp/confide-sec-venv
OUT=${SECURITY_OUT:-/tmp/confide-schemathesis}
rm -rf "$OUT"; mkdir -p "$OUT"
CHECKS=not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance,response_headers_conformance,negative_data_rejection,ignored_auth

if [ ! -x "$VENV/bin/schemathesis" ]; then
  echo "installing schemathesis from PyPI into $VENV" >&2
  python3 -m venv "$VENV" && "$VENV/bin/pip" install -q schemathesis >"$OUT/pip.log" 2>&1 || { cat "$OUT/pip.log" >&2; exit 2; }
fi
echo "schemathesis $("$VENV/bin/schemathesis" --version | awk '{print $NF}')"

. scripts/security/common.sh   # (the script has cd-ed to the project root)

PORT=$(freeport)
DATA=$(mktemp -d /tmp/confide-st-data.XXXXXX)
CONFIDE_API_RATE_PER_MINUTE=100000000 "$CONFIDE_BIN" serve --demo --port "$PORT" --data "$DATA/d" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
BASE=http://127.0.0.1:$PORT
for i in $(seq 1 600); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.2; done
curl -sf "$BASE/health" >/dev/null || { echo "server did not start" >&2; tail -20 "$OUT/server.log" >&2; exit 2; }

# RFC 6238 code for the demo's published authenticator keys (README): disclosure lead and manager need one.
totp() { python3 -c 'import base64,hmac,hashlib,struct,sys,time
k=base64.b32decode(sys.argv[1]); h=hmac.new(k,struct.pack(">Q",int(time.time())//30),hashlib.sha1).digest(); o=h[-1]&15
print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$1"; }
demo_totp_key() { case "$1" in disclosure@*) echo JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP ;; manager@*) echo KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU ;; esac; }
token() {  # the manager's account has two-factor sign-in: the API takes the current code as "code"
  local code=""; [ -n "$(demo_totp_key "$1")" ] && code=",\"code\":\"$(totp "$(demo_totp_key "$1")")\""
  curl -sf -X POST "$BASE/api/v1/sessions" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"demo-harbour-lantern-42\"$code}" | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])'
}
T_COUNSELLOR=$(token counsellor@northmoor-rc.example) || { echo "sign-in failed" >&2; exit 2; }
T_MANAGER=$(token manager@northmoor-rc.example)
T_SPARE=$(token isva@northmoor-rc.example)

# Real ids from the counsellor's caseload, for the path-parameter dictionaries.
python3 - "$BASE" "$T_COUNSELLOR" >"$OUT/schemathesis.toml" <<'EOF'
import json, sys, urllib.request
base, tok = sys.argv[1], sys.argv[2]
def get(p):
    r = urllib.request.Request(base + p, headers={"Authorization": "Bearer " + tok})
    return json.load(urllib.request.urlopen(r))
clients = [c["id"] for c in get("/api/v1/clients")]
records = []
for cid in clients[:6]:
    records += [r["id"] for r in get(f"/api/v1/clients/{cid}")["records"][:5]]
print("[dictionaries.clients]\nvalues = %s\n" % json.dumps(clients))
print("[dictionaries.records]\nvalues = %s\n" % json.dumps(records or ["00000000-0000-0000-0000-000000000000"]))
print('[parameters]\n"path.client" = { dictionary = "clients", probability = 0.6 }\n"path.record" = { dictionary = "records", probability = 0.6 }')
# A body over the server's limit is refused with 413 before it is parsed: a rejection like 400 or 422.
print('\n[checks.negative_data_rejection]\nexpected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429"]')
EOF

count_requests() { grep -cE '^\[ INFO \] (GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE|[A-Z]+) /' "$OUT/server.log"; }
BEFORE=$(count_requests)
status=0
run() {  # name, token, seconds, extra args...
  local name=$1 tok=$2 secs=$3; shift 3
  echo "== schemathesis: $name"
  timeout $((secs + 120)) "$VENV/bin/schemathesis" --no-color --config-file "$OUT/schemathesis.toml" run "$BASE/openapi.json" \
    --url "$BASE" -H "Authorization: Bearer $tok" --checks "$CHECKS" --max-examples "$MAX_EXAMPLES" --max-time "$secs" \
    --seed "$SEED" --workers 1 --request-timeout 20 --phases examples,coverage,fuzzing --suppress-health-check all \
    --report junit,ndjson --report-dir "$OUT/report-$name" "$@" >"$OUT/$name.log" 2>&1
  local rc=$?
  # The failures, compactly: operation, check, status received (full output, with curl reproductions, in the log).
  grep -E '^_{5,} |^- ST|Received:|Documented:|violates|Runtime Error|^\[[0-9]{3}\]|^    `\{|generated,' "$OUT/$name.log" | cut -c1-200 | sed 's/^/  /'
  local last nf ne
  last=$(grep -E '^=+ .* in [0-9.]+s =+$' "$OUT/$name.log" | tail -1)
  echo "  $last"
  nf=$(echo "$last" | grep -oE '[0-9]+ failures?' | grep -oE '[0-9]+' || true)
  ne=$(echo "$last" | grep -oE '[0-9]+ errors?' | grep -oE '[0-9]+' || true)
  FAILS=$((FAILS + ${nf:-0})); ERRS=$((ERRS + ${ne:-0}))
  # Errors are schemathesis's own (e.g. a generator crash), reported but not counted against Confide.
  if [ "${nf:-0}" -gt 0 ] || { [ $rc -ne 0 ] && [ -z "$last" ]; }; then status=1; echo "  -- failures for $name (full output: $OUT/$name.log)"; fi
}
FAILS=0; ERRS=0
run counsellor "$T_COUNSELLOR" "$MAX_TIME" --exclude-path /api/v1/sessions/current
run manager "$T_MANAGER" $((MAX_TIME / 2)) --include-path-regex '^/api/v1/(staff|requests|clients/\{client\}/access-history)$'
run signout "$T_SPARE" 15 --include-path /api/v1/sessions/current
AFTER=$(count_requests)
FIVEXX=$(grep -c 'unhandled error\|\[ ERROR \]' "$OUT/server.log")
echo "SUMMARY schemathesis: requests=$((AFTER - BEFORE)) (server request log) failures=$FAILS schemathesis_errors=$ERRS server_error_log_lines=$FIVEXX seed=$SEED output=$OUT"
[ "$FIVEXX" -eq 0 ] || { grep -B1 'unhandled error\|\[ ERROR \]' "$OUT/server.log" | head -20; status=1; }
exit $status
