#!/usr/bin/env python3
"""Crash safety, black box: a crash at any moment loses no acknowledged write.

Starts `confide serve --demo` on a fresh data folder (SQLite, or PostgreSQL with --postgres URL), drives a write
load from several concurrent API clients (new clients, records, amendments), and SIGKILLs the server at random
moments. Every write the server ACKNOWLEDGED (2xx with an id) is remembered with its exact content. After each
kill it checks, in this order:

  1. `confide audit verify --data DIR` on the data exactly as the crash left it: exit 0, "audit chain intact";
  2. the server restarts on the same data;
  3. every acknowledged client, record and amendment is readable through the API by its owning counsellor with
     exactly the content that was acknowledged (cumulatively: writes from earlier cycles are checked again);
  4. nothing is half-written: every client in every caseload opens with 200 (the API answers 500 "integrity
     check" when a ciphertext does not open), and every record the detail lists opens on its own.

Only loopback traffic, only processes this script started, bounded in time. Exit status 0 only if no
acknowledged write was lost or changed, nothing was unreadable, the chain verified after every crash and the
server never answered 5xx to a write.

    scripts/security/crash-safety.py                       # SQLite, 20 cycles
    scripts/security/crash-safety.py --postgres URL        # PostgreSQL (a fresh, empty database)
"""
import argparse
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PASSWORD = "demo-harbour-lantern-42"
# Four writers on three counsellors' caseloads (two writers share one account, with separate tokens).
WRITERS = ["counsellor@northmoor-rc.example", "isva@northmoor-rc.example",
           "counsellor2@northmoor-rc.example", "counsellor@northmoor-rc.example"]
KINDS = ["session_note", "assessment", "safeguarding", "correspondence"]
WORDS = ("she said the week had been hard sleep improved slightly we talked about safety planning and her sister "
         "appointment next tuesday grounding exercise worked felt able to leave the house Llanelli café naïve "
         "Ní Bhriain Øre ✓ — “quoted” ’apostrophe’ <b>not html</b> & ampersand ' OR 1=1 -- 日本語").split()


def log(*a):
    print(*a, flush=True)


def stable_copy(src, dst, quiet=15, limit=900):
    """Copies the binary only when no build is writing it: unchanged for `quiet` seconds and identical after."""
    deadline = time.time() + limit
    while time.time() < deadline:
        st = os.stat(src)
        if time.time() - st.st_mtime >= quiet:
            shutil.copy2(src, dst + ".part")
            st2 = os.stat(src)
            if (st2.st_mtime, st2.st_size) == (st.st_mtime, st.st_size) and os.path.getsize(dst + ".part") == st.st_size:
                os.replace(dst + ".part", dst)
                return
        time.sleep(3)
    sys.exit("crash-safety: the binary kept changing (a build in progress?); set CONFIDE_BIN")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Api:
    """A tiny JSON client for 127.0.0.1 only."""

    def __init__(self, port, token=None, timeout=15):
        self.port, self.token, self.timeout = port, token, timeout

    def call(self, method, path, body=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        try:
            headers = {"Accept": "application/json"}
            data = None
            if body is not None:
                data = json.dumps(body).encode()
                headers["Content-Type"] = "application/json"
            if self.token:
                headers["Authorization"] = "Bearer " + self.token
            conn.request(method, path, body=data, headers=headers)
            res = conn.getresponse()
            raw = res.read()
            try:
                parsed = json.loads(raw) if raw else None
            except ValueError:
                parsed = raw.decode("utf-8", "replace")
            return res.status, parsed
        finally:
            conn.close()


def sign_in(port, email):
    st, body = Api(port).call("POST", "/api/v1/sessions", {"email": email, "password": PASSWORD})
    if st != 201:
        raise RuntimeError(f"sign-in as {email} answered {st}: {body}")
    return body["token"]


def text(rng, lo, hi):
    n = rng.randint(lo, hi)
    out = " ".join(rng.choice(WORDS) for _ in range(n))
    return out.strip() or "note"


def day(rng):
    return f"{rng.randint(2001, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


class Ledger:
    """Everything the server acknowledged, with its content. Shared by the writer threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.clients = {}     # id -> {"owner": writer index, "name", "dateOfBirth", "contact", "safeContact"}
        self.records = {}     # id -> {"client", "kind", "occurredOn", "body", "owner"}
        self.amendments = {}  # id -> {"record", "reason", "body", "owner"}
        self.server_errors = []  # (cycle, method, path, status, body excerpt)
        self.unacked = 0      # writes whose answer never came (the kill)
        self.refused = 0      # 4xx answers to writes (should stay 0: the load only sends valid writes)

    def count(self):
        return len(self.clients) + len(self.records) + len(self.amendments)


class Writer(threading.Thread):
    def __init__(self, idx, api, ledger, stop, seed, cycle):
        super().__init__(daemon=True)
        self.idx, self.api, self.ledger, self.stop, self.cycle = idx, api, ledger, stop, cycle
        self.rng = random.Random(seed)

    def my(self, table):
        with self.ledger.lock:
            return [k for k, v in table.items() if v["owner"] == self.idx]

    def run(self):
        rng = self.rng
        while not self.stop.is_set():
            clients = self.my(self.ledger.clients)
            records = self.my(self.ledger.records)
            r = rng.random()
            if len(clients) < 6 or r < 0.02:
                method, path = "POST", "/api/v1/clients"
                body = {"name": f"Crash Test {uuid.uuid4().hex[:8]} {text(rng, 1, 3)}"[:200],
                        "dateOfBirth": day(rng), "contact": text(rng, 0, 30), "safeContact": text(rng, 0, 20)}
                table, extra = self.ledger.clients, {}
            elif not records or r < 0.7:
                cid = rng.choice(clients)
                method, path = "POST", f"/api/v1/clients/{cid}/records"
                canary = f"CANARY-{uuid.uuid4().hex}"
                body = {"kind": rng.choice(KINDS), "occurredOn": day(rng),
                        "body": f"{canary} {text(rng, 5, 1500 if rng.random() < 0.1 else 200)}"}
                table, extra = self.ledger.records, {"client": cid}
            else:
                rid = rng.choice(records)
                method, path = "POST", f"/api/v1/records/{rid}/amendments"
                body = {"reason": "correction " + text(rng, 1, 10), "body": text(rng, 1, 300)}
                table, extra = self.ledger.amendments, {"record": rid}
            try:
                status, res = self.api.call(method, path, body)
            except (OSError, http.client.HTTPException):
                with self.ledger.lock:
                    self.ledger.unacked += 1
                time.sleep(0.05)
                continue
            if 200 <= status < 300 and isinstance(res, dict) and res.get("id"):
                entry = dict(body, owner=self.idx, **extra)
                with self.ledger.lock:
                    table[res["id"].upper()] = entry
            elif status >= 500:
                with self.ledger.lock:
                    reason = res.get("reason") if isinstance(res, dict) else res
                    self.ledger.server_errors.append((self.cycle, method, path.split("/")[3], status, str(reason)[:300]))
            else:
                with self.ledger.lock:
                    self.ledger.refused += 1
                    if self.ledger.refused <= 5:
                        log(f"  note: {method} {path} answered {status}: {str(res)[:200]}")


class Server:
    def __init__(self, args, data_dir, log_path):
        self.args, self.data_dir, self.log_path = args, data_dir, log_path
        self.proc, self.port = None, None

    def env(self):
        e = dict(os.environ)
        e["CONFIDE_RULEBOOKS"] = self.args.rulebooks
        e["CONFIDE_BCRYPT_COST"] = e.get("CONFIDE_BCRYPT_COST", "8")
        e.pop("DATABASE_URL", None)
        if self.args.postgres:
            e["DATABASE_URL"] = self.args.postgres
        # The load is several writers on one token each: the per-session API limit is not what is tested here.
        e["CONFIDE_API_RATE_PER_MINUTE"] = "100000000"
        return e

    def start(self, demo):
        self.port = free_port()
        cmd = [self.args.bin, "serve", "--port", str(self.port), "--data", self.data_dir] + (["--demo"] if demo else [])
        out = open(self.log_path, "ab")
        out.write(f"\n===== start {' '.join(cmd[1:])} at {time.strftime('%H:%M:%S')}\n".encode())
        out.flush()
        self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=self.env(), cwd=REPO)
        out.close()
        deadline = time.time() + (120 if demo else 60)
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode} at start; see {self.log_path}")
            try:
                st, body = Api(self.port, timeout=2).call("GET", "/health")
                if st == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not answer /health in time")

    def kill(self):
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def audit_verify(self):
        r = subprocess.run([self.args.bin, "audit", "verify", "--data", self.data_dir], env=self.env(), cwd=REPO,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        return r.returncode, r.stdout.decode("utf-8", "replace").strip()


def verify(ledger, apis, cycle, failures, stats, sweep):
    """Checks every acknowledged write (cumulative) and, on a sweep, that every client in each caseload opens."""
    with ledger.lock:
        clients = dict(ledger.clients)
        records = dict(ledger.records)
        amendments = dict(ledger.amendments)
    details = {}
    # Every client in every writer's caseload, acknowledged or not, must open: nothing half-written.
    seen_owners = {}
    for idx, api in enumerate(apis if sweep else []):
        email = WRITERS[idx]
        if email in seen_owners:
            continue
        seen_owners[email] = idx
        st, caseload = api.call("GET", "/api/v1/clients")
        if st != 200:
            failures.append(f"cycle {cycle}: GET /api/v1/clients as writer {idx} answered {st}: {str(caseload)[:200]}")
            continue
        for c in caseload:
            cid = c["id"].upper()
            st, d = api.call("GET", f"/api/v1/clients/{cid}")
            stats["reads"] += 1
            if st != 200:
                failures.append(f"cycle {cycle}: client {cid} in the caseload does not open: {st} {str(d)[:200]}")
                continue
            # A 200 means every ciphertext of the client, her records and amendments opened.
            details[cid] = d
    checked = 0
    for cid, want in clients.items():
        d = details.get(cid)
        if d is None:
            st, d = apis[want["owner"]].call("GET", f"/api/v1/clients/{cid}")
            stats["reads"] += 1
            if st != 200:
                failures.append(f"cycle {cycle}: LOST or unreadable acknowledged client {cid}: {st} {str(d)[:200]}")
                continue
            details[cid] = d
        for f in ("name", "dateOfBirth", "contact", "safeContact"):
            if d.get(f) != want[f]:
                failures.append(f"cycle {cycle}: client {cid} field {f} differs from what was acknowledged")
        checked += 1
        for r in d.get("records", []):
            if r["id"].upper() not in records:
                # Committed but never acknowledged (in flight at a kill): it must open on its own too.
                stats["unacked_committed"].add(r["id"].upper())
                st2, r2 = apis[want["owner"]].call("GET", f"/api/v1/records/{r['id']}")
                stats["reads"] += 1
                if st2 != 200:
                    failures.append(f"cycle {cycle}: record {r['id']} of client {cid} does not open: {st2} {str(r2)[:200]}")
    recs_by_id = {}
    for d in details.values():
        for r in d.get("records", []):
            recs_by_id[r["id"].upper()] = r
    for rid, want in records.items():
        r = recs_by_id.get(rid)
        if r is None:
            failures.append(f"cycle {cycle}: LOST acknowledged record {rid} (client {want['client']})")
            continue
        if r["clientID"].upper() != want["client"].upper():
            failures.append(f"cycle {cycle}: record {rid} belongs to another client now")
        for f in ("kind", "occurredOn", "body"):
            if r.get(f) != want[f]:
                failures.append(f"cycle {cycle}: record {rid} field {f} differs from what was acknowledged")
        checked += 1
    amds_by_id = {}
    for r in recs_by_id.values():
        for a in r.get("amendments", []):
            amds_by_id[a["id"].upper()] = (r["id"].upper(), a)
    for aid, want in amendments.items():
        got = amds_by_id.get(aid)
        if got is None:
            failures.append(f"cycle {cycle}: LOST acknowledged amendment {aid} (record {want['record']})")
            continue
        rid, a = got
        if rid != want["record"].upper():
            failures.append(f"cycle {cycle}: amendment {aid} hangs on another record now")
        for f in ("reason", "body"):
            if a.get(f) != want[f]:
                failures.append(f"cycle {cycle}: amendment {aid} field {f} differs from what was acknowledged")
        checked += 1
    return checked


def self_check(args, server, ledger, tokens):
    """Negative control (SQLite only): damage the data on purpose and demand that every check notices."""
    import sqlite3
    server.kill()
    db = sqlite3.connect(os.path.join(server.data_dir, "confide.sqlite"))
    with ledger.lock:
        amendment = next(iter(ledger.amendments))
        record = next(r for r in ledger.records if r not in {a["record"].upper() for a in ledger.amendments.values()})
    db.execute("DELETE FROM amendments WHERE upper(id) = ?", (amendment,))
    ct = bytearray(db.execute("SELECT body_ct FROM records WHERE upper(id) = ?", (record,)).fetchone()[0])
    ct[-1] ^= 1
    db.execute("UPDATE records SET body_ct = ? WHERE upper(id) = ?", (bytes(ct), record))
    mid = db.execute("SELECT max(seq) / 2 FROM audit_entries").fetchone()[0]
    # The columns are generated from the hashed body (migration 0007): edit the body, as an intruder would have to.
    db.execute("""UPDATE audit_entries SET body = replace(body, '"reason":"', '"reason":" ') WHERE seq = ?""", (mid,))
    db.commit()
    db.close()
    rc, out = server.audit_verify()
    server.start(demo=False)
    found = []
    verify(ledger, [Api(server.port, t) for t in tokens], "self-check", found, {"reads": 0, "unacked_committed": set()}, sweep=True)
    got = {"audit chain break": rc != 0,
           "deleted amendment": any(amendment in f for f in found),
           "flipped ciphertext bit": any("integrity" in f.lower() or record in f for f in found)}
    for what, ok in got.items():
        log(f"self-check: {what} {'detected' if ok else 'NOT DETECTED'}")
    log(f"self-check: audit verify said: {out.splitlines()[-1] if out else ''}")
    if not all(got.values()):
        raise RuntimeError("self-check: the harness missed damage it was shown; its passes mean nothing")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cycles", type=int, default=20, help="kill-restart cycles (default 20)")
    ap.add_argument("--threads", type=int, default=4, help="concurrent writers (default 4, at most 4)")
    ap.add_argument("--min-load", type=float, default=0.5, help="shortest load before a kill, seconds")
    ap.add_argument("--max-load", type=float, default=3.5, help="longest load before a kill, seconds")
    ap.add_argument("--postgres", help="DATABASE_URL of an EMPTY PostgreSQL database on 127.0.0.1 (default: SQLite)")
    ap.add_argument("--bin", default=os.environ.get("CONFIDE_BIN"), help="confide binary (default: a copy of .build/debug/confide)")
    ap.add_argument("--rulebooks", default=os.environ.get("CONFIDE_RULEBOOKS", os.path.join(REPO, "Rulebooks")))
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--self-check", action="store_true",
                    help="after the cycles, damage the SQLite data on purpose and check that the harness notices")
    ap.add_argument("--keep", action="store_true", help="keep the data folder and server log")
    ap.add_argument("--time-limit", type=float, default=300, help="stop starting new cycles after this many seconds")
    args = ap.parse_args()
    args.threads = max(1, min(args.threads, len(WRITERS)))
    if args.postgres and not any(h in args.postgres for h in ("@127.0.0.1", "@localhost", "@[::1]")):
        sys.exit("crash-safety: --postgres must point at a loopback PostgreSQL")
    if not args.bin:
        args.bin = "/tmp/confide-under-test"
        stable_copy(os.path.join(REPO, ".build", "debug", "confide"), args.bin)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    backend = "PostgreSQL" if args.postgres else "SQLite"
    work = tempfile.mkdtemp(prefix="confide-crash-")
    data_dir, log_path = os.path.join(work, "data"), os.path.join(work, "server.log")
    log(f"crash-safety on {backend}: {args.cycles} cycles, {args.threads} writers, seed {seed}, data {data_dir}")

    server = Server(args, data_dir, log_path)
    ledger = Ledger()
    failures, stats = [], {"reads": 0, "unacked_committed": set(), "checks": 0, "verify_ok": 0, "signins": 0}
    started = time.time()
    cycles_done = 0
    try:
        server.start(demo=True)
        tokens = []
        for i in range(args.threads):
            tokens.append(sign_in(server.port, WRITERS[i]))
            stats["signins"] += 1
        for cycle in range(1, args.cycles + 1):
            if time.time() - started > args.time_limit:
                log(f"time limit reached after {cycles_done} cycles")
                break
            apis = [Api(server.port, t) for t in tokens]
            stop = threading.Event()
            writers = [Writer(i, apis[i], ledger, stop, rng.randrange(1 << 30), cycle) for i in range(args.threads)]
            before = ledger.count()
            for w in writers:
                w.start()
            time.sleep(rng.uniform(args.min_load, args.max_load))
            server.kill()  # SIGKILL, mid-load
            stop.set()
            for w in writers:
                w.join(timeout=30)
            cycles_done += 1
            rc, out = server.audit_verify()
            if rc != 0 or "intact" not in out:
                failures.append(f"cycle {cycle}: audit verify after the crash exited {rc}: {out[-300:]}")
            else:
                stats["verify_ok"] += 1
            server.start(demo=False)
            # Tokens are server-side sessions: they survive a restart unless lost. Sign in again only if needed.
            for i in range(args.threads):
                st, _ = Api(server.port, tokens[i]).call("GET", "/api/v1/clients")
                if st == 401:
                    tokens[i] = sign_in(server.port, WRITERS[i])
                    stats["signins"] += 1
            apis = [Api(server.port, t) for t in tokens]
            last = cycle == args.cycles or time.time() - started > args.time_limit
            checked = verify(ledger, apis, cycle, failures, stats, sweep=(cycle == 1 or cycle % 5 == 0 or last))
            stats["checks"] += checked
            log(f"cycle {cycle:2d}: +{ledger.count() - before} acknowledged writes (total {ledger.count()}), "
                f"{checked} checked, audit {'intact' if rc == 0 else 'BROKEN'}, failures so far {len(failures)}, "
                f"5xx so far {len(ledger.server_errors)}")
        if args.self_check:
            self_check(args, server, ledger, tokens)
    except Exception as e:  # noqa: BLE001 - report any harness failure as a failure of the run
        failures.append(f"harness: {type(e).__name__}: {e}")
    finally:
        server.kill()
    groups = {}
    for (cycle, method, what, status, body) in ledger.server_errors:
        groups.setdefault((method, what, status, body), []).append(cycle)
    for (method, what, status, body), cycles in groups.items():
        failures.append(f"{len(cycles)}x {method} /api/v1/{what}... answered {status} (cycles {sorted(set(cycles))}): {body}")
    if ledger.refused:
        failures.append(f"{ledger.refused} valid writes were refused with a 4xx (first ones printed above as notes)")
    elapsed = time.time() - started
    log(f"acknowledged: {len(ledger.clients)} clients, {len(ledger.records)} records, {len(ledger.amendments)} amendments; "
        f"unanswered writes at kills: {ledger.unacked}; refused (4xx): {ledger.refused}; reads: {stats['reads']}; "
        f"audit verify intact after {stats['verify_ok']}/{cycles_done} crashes; sign-ins: {stats['signins']}; "
        f"records committed without an answer (found, readable): {len(stats['unacked_committed'])}")
    for f in failures[:50]:
        log("FAIL " + f)
    if len(failures) > 50:
        log(f"... and {len(failures) - 50} more failures")
    log(f"SUMMARY crash-safety {backend}: cycles={cycles_done} acknowledged_writes={ledger.count()} "
        f"acknowledged_checks={stats['checks']} server_errors={len(ledger.server_errors)} failures={len(failures)} "
        f"seconds={elapsed:.0f} seed={seed}")
    if failures or args.keep:
        log(f"server log and data kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failures or cycles_done < min(args.cycles, 1) else 0)


if __name__ == "__main__":
    main()
