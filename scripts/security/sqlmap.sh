#!/usr/bin/env bash
# SQL injection probing with sqlmap against every form and API parameter we can reach, on a demo server.
#
#   scripts/security/sqlmap.sh [--quick]        (--quick: level 1 risk 1 everywhere, shorter time bounds)
#
# Starts a demo server (SQLite, fresh data folder, 127.0.0.1 only) from a copy of .build/debug/confide (or
# $CONFIDE_BIN). sqlmap talks to it through a small loopback proxy written by this script which
#   * forwards only to that server (anything else gets 403),
#   * spreads requests over 16,256 loopback source addresses (127.7-8.0-31.2-254), so the per-address limits on sign-in
#     (30/min) and on survivor codes (10/min) do not turn every probe into a 429 — the code path under test is
#     the handler, not the limiter,
#   * counts requests and answer codes per target, so we can see the payloads reached the handler (401 from a
#     failed sign-in, 422 from validation) rather than bouncing off CSRF (403) or the limiter (429).
# Targets (most exposed first, at level 3 risk 2; the rest at level 1 risk 1), each with a time bound:
#   POST /sign-in (form + CSRF), POST /api/v1/sessions (JSON), POST /s (survivor code form + CSRF),
#   POST /api/v1/clients (JSON), POST /api/v1/clients/{id}/records (JSON body and the id in the path),
#   GET /api/v1/records/{id}, POST /api/v1/records/{id}/amendments, POST /clients (form),
#   POST /clients/{id}/records (form), POST /clients/{id}/break-glass (form), POST /clients/{id}/close (form),
#   POST /requests (the intake form's
#   33 fields, as the disclosure lead), GET /s/language/{code}, GET /sign-in?expired=.
# Prints requests per target and whether anything was injectable; exits 1 if sqlmap reports an injection point.
set -uo pipefail
cd "$(dirname "$0")/../.."
QUICK=0; PUBLIC=1; SIGNED_IN=1
for a in "$@"; do case "$a" in --quick) QUICK=1 ;; --signed-in-only) PUBLIC=0 ;; --public-only) SIGNED_IN=0 ;; esac; done
OUT=${SECURITY_OUT:-/tmp/confide-sqlmap}
rm -rf "$OUT"; mkdir -p "$OUT"

if ! command -v sqlmap >/dev/null; then
  echo "installing sqlmap from Debian" >&2
  (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sqlmap || \
   (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sqlmap)) >"$OUT/apt.log" 2>&1 \
   || { cat "$OUT/apt.log" >&2; exit 2; }
fi
echo "sqlmap $(sqlmap --version 2>/dev/null | tail -1)"

. scripts/security/common.sh   # (the script has cd-ed to the project root)
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY

PORT=$(freeport); PPORT=$(freeport)
DATA=$(mktemp -d /tmp/confide-sqlmap-data.XXXXXX)
# Sessions must outlive the slow sign-in probes (tokens are fetched up front): a long idle time-out.
CONFIDE_API_RATE_PER_MINUTE=100000000 CONFIDE_IDLE_TIMEOUT_MINUTES=240 "$CONFIDE_BIN" serve --demo --port "$PORT" --data "$DATA/d" >"$OUT/server.log" 2>&1 &
SERVER=$!

cat >"$OUT/proxy.py" <<'EOF'
# Loopback-only forwarding proxy for sqlmap: one target, rotating 127.0.0.x source addresses, counters.
import http.client, http.server, itertools, json, sys, threading, urllib.parse
PORT, TARGET = int(sys.argv[1]), int(sys.argv[2])
ips = itertools.cycle([f"127.{a}.{b}.{c}" for c in range(2, 255) for b in range(0, 32) for a in (7, 8)])  # 16,256 loopback addresses
lock = threading.Lock()
stats = {"total": 0, "status": {}}
HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization"}
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    def log_message(self, *a): pass
    def handle_one(self):
        u = urllib.parse.urlsplit(self.path)
        if not u.scheme:  # a request to the proxy itself: the counters
            body = json.dumps(stats).encode() if u.path == "/__stats" else b"no"
            self.send_response(200 if u.path == "/__stats" else 404); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body); return
        if u.hostname != "127.0.0.1" or (u.port or 80) != TARGET:
            self.send_response(403); self.send_header("Content-Length", "0"); self.end_headers(); return
        n = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(n) if n else None
        with lock: ip = next(ips)
        conn = http.client.HTTPConnection("127.0.0.1", TARGET, timeout=120, source_address=(ip, 0))
        path = u.path + ("?" + u.query if u.query else "")
        hdrs = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
        try:
            conn.request(self.command, path, body=data, headers=hdrs)
            r = conn.getresponse(); body = r.read()
        except Exception as e:
            with lock: stats["total"] += 1; stats["status"]["error"] = stats["status"].get("error", 0) + 1
            self.send_response(502); self.send_header("Content-Length", "0"); self.end_headers(); return
        finally:
            conn.close()
        with lock:
            stats["total"] += 1; k = str(r.status); stats["status"][k] = stats["status"].get(k, 0) + 1
        self.send_response_only(r.status, r.reason)
        for k, v in r.getheaders():
            if k.lower() not in HOP and k.lower() != "content-length": self.send_header(k, v)
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = handle_one
http.server.ThreadingHTTPServer(("127.0.0.1", PORT), H).serve_forever()
EOF
python3 "$OUT/proxy.py" "$PPORT" "$PORT" >"$OUT/proxy.log" 2>&1 &
PROXY=$!
trap 'kill $SERVER $PROXY 2>/dev/null; wait $SERVER $PROXY 2>/dev/null; rm -rf "$DATA"' EXIT

BASE=http://127.0.0.1:$PORT
for i in $(seq 1 600); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.2; done
curl -sf "$BASE/health" >/dev/null || { echo "server did not start" >&2; tail -20 "$OUT/server.log" >&2; exit 2; }
PW=demo-harbour-lantern-42

# --- Fixtures: bearer tokens, web sessions with their CSRF tokens, real ids.
api_token() { curl -sf -X POST "$BASE/api/v1/sessions" -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$PW\"}" | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])'; }
# RFC 6238 code for the demo's published authenticator keys (README): disclosure lead and manager need one.
totp() { python3 -c 'import base64,hmac,hashlib,struct,sys,time
k=base64.b32decode(sys.argv[1]); h=hmac.new(k,struct.pack(">Q",int(time.time())//30),hashlib.sha1).digest(); o=h[-1]&15
print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$1"; }
demo_totp_key() { case "$1" in disclosure@*) echo JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP ;; manager@*) echo KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU ;; esac; }
web_session() {  # prints "cookie csrf" for a web sign-in (with the two-factor step where the role has one)
  local jar="$OUT/jar-$1" csrf next
  csrf=$(curl -s -c "$jar" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  next=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' -X POST "$BASE/sign-in" --data-urlencode "_csrf=$csrf" --data-urlencode "email=$1" --data-urlencode "password=$PW")
  if [ "${next##*/}" = code ]; then
    csrf=$(curl -s -b "$jar" -c "$jar" "$BASE/sign-in/code" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -b "$jar" -c "$jar" -o /dev/null -X POST "$BASE/sign-in/code" --data-urlencode "_csrf=$csrf" --data-urlencode "code=$(totp "$(demo_totp_key "$1")")"
  fi
  local cookie; cookie=$(awk '$6=="confide_session"{print $7}' "$jar")
  local page; page=$(curl -s -b "confide_session=$cookie" "$BASE/${2:-caseload}")
  echo "$cookie $(echo "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
}
T_C=$(api_token counsellor@northmoor-rc.example) || { echo "API sign-in failed" >&2; exit 2; }
read -r WEB_C CSRF_C <<<"$(web_session counsellor@northmoor-rc.example clients/new)"
read -r WEB_D CSRF_D <<<"$(web_session disclosure@northmoor-rc.example requests/new)"
[ -n "$WEB_C" ] && [ -n "$CSRF_C" ] && [ -n "$WEB_D" ] && [ -n "$CSRF_D" ] || { echo "web sign-in fixtures failed" >&2; exit 2; }
read -r CLIENT CLIENT_REF RECORD <<<"$(curl -sf "$BASE/api/v1/clients" -H "Authorization: Bearer $T_C" | python3 -c '
import json,sys; cs=[c for c in json.load(sys.stdin) if c["status"]=="open" and not c["onLegalHold"]] ; print(cs[0]["id"], cs[0]["reference"])')"
RECORD=$(curl -sf "$BASE/api/v1/clients/$CLIENT" -H "Authorization: Bearer $T_C" | python3 -c 'import json,sys;print(json.load(sys.stdin)["records"][0]["id"])')
echo "fixtures: client $CLIENT_REF, a record, counsellor and disclosure-lead sessions"

stats() { curl -s "http://127.0.0.1:$PPORT/__stats"; }
TOTAL_REQ=0; INJECTABLE=0; UNTESTED=0; SUMMARY=()
probe() {  # name, level, risk, seconds, sqlmap args...
  local name=$1 level=$2 risk=$3 secs=$4; shift 4
  if [ $QUICK = 1 ]; then level=1; risk=1; secs=$(( secs / 2 )); fi
  local before after
  before=$(stats)
  timeout "$secs" sqlmap --batch --disable-coloring --flush-session --output-dir="$OUT/sqlmap" --proxy="http://127.0.0.1:$PPORT" \
    --level="$level" --risk="$risk" --threads="${THREADS:-2}" --timeout=60 --retries=1 --ignore-code=401,403,404,409,413,415,422,429 \
    "$@" >"$OUT/$name.log" 2>&1
  local rc=$?
  after=$(stats)
  local line
  line=$(python3 - "$before" "$after" "$name" "$OUT/$name.log" "$rc" "$level" "$risk" <<'EOF'
import json, re, sys
b, a, name, log, rc, level, risk = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3], open(sys.argv[4], errors="replace").read(), int(sys.argv[5]), sys.argv[6], sys.argv[7]
n = a["total"] - b["total"]
codes = {k: v - b["status"].get(k, 0) for k, v in a["status"].items() if v - b["status"].get(k, 0)}
inj = "identified the following injection point" in log or re.search(r"parameter '[^']+' is vulnerable", log) is not None
tested = sorted(set(re.findall(r"testing for SQL injection on (?:\(custom\) )?\w+ parameter '([^']+)'", log)))
clean = sorted(set(re.findall(r"parameter '([^']+)' does not seem to be injectable", log)))
state = "INJECTABLE" if inj else ("timed out" if rc == 124 else ("done" if rc == 0 else f"sqlmap exit {rc}"))
if n == 0 or not tested or (name.startswith(("api-", "form-")) and set(codes) <= {"401"}):
    state = "NOT TESTED (" + state + "): see " + sys.argv[4]
    inj = 2  # a target that was not probed must not pass silently
print(f"{n}\t{int(inj)}\t{name}: level {level} risk {risk}, {n} requests {json.dumps(codes, sort_keys=True)}, "
      f"{len(tested)} parameters tested, {len(clean)} reported not injectable, {state}")
EOF
)
  local n inj msg
  IFS=$'\t' read -r n inj msg <<<"$line"
  TOTAL_REQ=$((TOTAL_REQ + n))
  if [ "$inj" = 1 ]; then INJECTABLE=$((INJECTABLE + 1)); elif [ "$inj" = 2 ]; then UNTESTED=$((UNTESTED + 1)); fi
  SUMMARY+=("$msg"); echo "  $msg"
}
J='Content-Type: application/json'
NOBODY=nobody-sqlmap@example.invalid

if [ $PUBLIC = 1 ]; then
echo "== unauthenticated surface (level 1 complete, then level 3 risk 2)"
# Forms before sign-in use a double-submit CSRF cookie: any value works if cookie and field agree (that is the
# design; it stops cross-site posts, not a client that sets both). sqlmap keeps the pair fixed and ignores the
# fresh cookie each answer sets, so it can run several threads (its --csrf-url mode allows only one).
# A failed sign-in costs ~1 s by design (bcrypt of a dummy hash at cost 12 + a 300 ms back-off), so the sign-in
# targets get 4 threads and still reach their time bound before level 3 is exhausted: see the docs for coverage.
PRE="--cookie=confide_signin_csrf=sqlmapcsrf0000 --drop-set-cookie --skip=_csrf"
# First every parameter at level 1 (completes), then level 3 risk 2 for as long as the bound allows.
THREADS=4 probe signin-form-l1 1 1 480 -u "$BASE/sign-in" --data "_csrf=sqlmapcsrf0000&email=$NOBODY&password=not-the-password-123" $PRE
THREADS=4 probe signin-api-l1 1 1 300 -u "$BASE/api/v1/sessions" --data "{\"email\":\"$NOBODY\",\"password\":\"not-the-password-123\"}" -H "$J"
THREADS=4 probe signin-form 3 2 300 -u "$BASE/sign-in" --data "_csrf=sqlmapcsrf0000&email=$NOBODY&password=not-the-password-123" $PRE
THREADS=4 probe signin-api 3 2 300 -u "$BASE/api/v1/sessions" --data "{\"email\":\"$NOBODY\",\"password\":\"not-the-password-123\"}" -H "$J"
probe survivor-code 3 2 300 -u "$BASE/s" --data "_csrf=sqlmapcsrf0000&code=ABCD-EFGH-J" $PRE
probe signin-query 1 1 120 -u "$BASE/sign-in?expired=1&signed-out=1"
probe survivor-language 1 1 120 -u "$BASE/s/language/cy*"

fi
if [ $SIGNED_IN = 1 ]; then
echo "== signed in: JSON API as a counsellor (level 2, risk 1)"
AUTH="Authorization: Bearer $T_C"
probe api-client-create 2 1 240 -u "$BASE/api/v1/clients" -H "$J" -H "$AUTH" \
  --data '{"name":"Sqlmap Probe","dateOfBirth":"1990-01-02","contact":"01234 567890","safeContact":"text only"}'
probe api-record-create 2 1 240 -u "$BASE/api/v1/clients/$CLIENT*/records" -H "$J" -H "$AUTH" \
  --data '{"kind":"session_note","occurredOn":"2025-03-04","body":"probe note"}'
probe api-record-read 1 1 120 -u "$BASE/api/v1/records/$RECORD*" -H "$AUTH"
probe api-client-read 1 1 120 -u "$BASE/api/v1/clients/$CLIENT*" -H "$AUTH"
probe api-amend 1 1 180 -u "$BASE/api/v1/records/$RECORD/amendments" -H "$J" -H "$AUTH" --data '{"reason":"probe reason","body":"probe amendment"}'

echo "== signed in: forms (level 1, risk 1)"
WC="confide_session=$WEB_C"
probe form-client-create 1 1 240 -u "$BASE/clients" --cookie "$WC" --skip=_csrf \
  --data "_csrf=$CSRF_C&name=Sqlmap+Probe&dateOfBirth=1990-01-02&contact=phone&safeContact=text"
probe form-record-create 1 1 180 -u "$BASE/clients/$CLIENT/records" --cookie "$WC" --skip=_csrf \
  --data "_csrf=$CSRF_C&kind=session_note&occurredOn=2025-03-04&body=probe+note"
probe form-break-glass 1 1 120 -u "$BASE/clients/$CLIENT/break-glass" --cookie "$WC" --skip=_csrf \
  --data "_csrf=$CSRF_C&reason=probe+reason+long+enough"
probe form-case-close 1 1 120 -u "$BASE/clients/$CLIENT/close" --cookie "$WC" --skip=_csrf \
  --data "_csrf=$CSRF_C&closed_on=2025-03-04"
WD="confide_session=$WEB_D"
INTAKE="_csrf=$CSRF_D&clientReference=$CLIENT_REF&jurisdiction=GB-ENG-WLS&receivedAt=2026-01-20&channel=email&requesterType=police"
INTAKE+="&organisation=Northmoor+Police&requesterName=DC+Probe&requesterRole=Detective&replyAddress=probe%40police.example"
INTAKE+="&identityVerified=yes&authorisationName=DI+Probe&authorisationRank=Inspector&legalBasis=victim-information-request"
INTAKE+="&crimeReference=NM%2F123%2F26&caseStage=investigation&incidentFrom=2025-06-01&incidentTo=2025-06-02&kinds%5B%5D=attendance"
INTAKE+="&recordsFrom=2025-06-01&recordsTo=2025-12-31&wholeFile=no&scopeText=attendance+dates&reason=to+confirm+dates"
INTAKE+="&letterText=Dear+centre&deadline=2026-02-20&urgentRiskToLife=no&sendTo=requester&noticeGiven=given&consent=given-specific"
INTAKE+="&recordsHeld=yes&serviceKind=counselling&document="
probe form-request-intake 1 1 300 -u "$BASE/requests" --cookie "$WD" --skip=_csrf --data "$INTAKE"

fi
SERVER_REQ=$(grep -cE '^\[ INFO \] [A-Z]+ /' "$OUT/server.log")
FIVEXX=$(grep -c 'unhandled error' "$OUT/server.log")
echo "== results"
printf '  %s\n' "${SUMMARY[@]}"
echo "SUMMARY sqlmap: requests=$TOTAL_REQ (through the proxy; server request log $SERVER_REQ lines incl. fixtures) injectable_targets=$INJECTABLE untested_targets=$UNTESTED server_errors_logged=$FIVEXX output=$OUT"
[ "$FIVEXX" -eq 0 ] || grep -B2 'unhandled error' "$OUT/server.log" | head -20
[ "$INJECTABLE" -eq 0 ] && [ "$UNTESTED" -eq 0 ]
