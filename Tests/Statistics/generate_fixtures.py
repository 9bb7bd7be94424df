#!/usr/bin/env python3
"""Fictional request records for the disclosure-control attack test.

Writes, for several fictional centres, a JSON list of request records (the input of
`confide stats protect`), a disclosure-control key and an Ed25519 signing key, all
deterministic from a seed. Every centre has small true counts (1-4) in many cells:
a dominant requester/route/outcome and a tail of rare ones, which is exactly what a
real Rape Crisis centre's year looks like and what an attacker would go after.

Usage: python3 generate_fixtures.py OUTDIR [--seed N]
"""
import json
import random
import sys
from pathlib import Path

REQUESTERS = [("police", 70), ("cps", 6), ("defence", 5), ("court", 4), ("survivor", 4),
              ("local_authority", 3), ("insurer", 1), ("family_or_civil_party", 1),
              ("health_or_social_care", 2), ("other", 1)]
ROUTES = [("victim-information-request", 60), ("consent", 12), ("witness-summons", 6),
          ("court-order", 3), ("safeguarding", 4), ("subject-access", 4), ("none-stated", 8),
          ("production-order", 1), ("other", 2)]
OUTCOMES = [("seek_clarification", 30), ("refuse_invite_court_application", 20), ("comply_in_part_redacted", 15),
            ("comply", 8), ("refer_legal_advice", 8), ("no_records_held", 6), ("produce_to_court", 3),
            ("safeguarding_minimum_disclosure", 2)]
WISHES = [("objects", 30), ("agrees-narrower", 20), ("agrees", 15), ("undecided", 10),
          ("wants-to-discuss", 8), ("not-asked", 17)]
NOTICE = [("given", 60), ("not-given", 15), ("withheld", 5), ("not-possible", 3), ("unknown", 17)]
CHECKS = ["EW-01", "EW-03", "EW-06", "EW-09", "EW-12", "EW-17", "EW-22", "EW-30"]
FORCES = ["Northmoor Police", "Eastvale Constabulary", "Westholm Police"]

CENTRES = [("northmoor-rcc", 90), ("eastvale-svs", 45), ("westholm-isva", 24), ("fenside-rc", 12)]


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    x = rng.uniform(0, total)
    for value, w in weighted:
        x -= w
        if x <= 0:
            return value
    return weighted[-1][0]


def centre_records(rng, name, yearly):
    records = []
    survivors = []
    per_survivor = {}
    n = 0
    home_force = rng.choice(FORCES)
    while n < yearly:
        # at most 3 requests per survivor per year, so the contribution bound never bites and
        # "year = sum of quarters" holds exactly for the attacker
        if survivors and rng.random() < 0.3:
            sid = rng.choice(survivors)
            if per_survivor[sid] >= 3:
                continue
        else:
            sid = f"s-{rng.getrandbits(48):012x}"
            survivors.append(sid)
            per_survivor[sid] = 0
        per_survivor[sid] += 1
        n += 1
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        received = f"2026-{month:02d}-{day:02d}"
        requester = pick(rng, REQUESTERS)
        organisation = None
        if requester == "police":
            organisation = home_force if rng.random() < 0.85 else rng.choice(FORCES)
        elif requester == "cps":
            organisation = "CPS Northern"
        elif requester == "court":
            organisation = rng.choice(["Northmoor Crown Court", "Eastvale Family Court"])
        decided = None
        decided_outcome = None
        if rng.random() < 0.85:
            days = rng.choice([2, 5, 9, 14, 20, 28, 35, 60])
            dm, dd = month, day + days
            while dd > 28:
                dd -= 28
                dm += 1
            if dm <= 12:
                decided = f"2026-{dm:02d}-{dd:02d}"
                decided_outcome = pick(rng, OUTCOMES)
        records.append({
            "request_id": f"{name}-r-{rng.getrandbits(64):016x}",
            "survivor_id": sid,
            "received": received,
            "decided": decided,
            "requester_type": requester,
            "organisation": organisation,
            "route": pick(rng, ROUTES),
            "checks_triggered": sorted(rng.sample(CHECKS, rng.choice([0, 1, 1, 2, 3]))),
            "recommended_outcome": pick(rng, OUTCOMES) if rng.random() < 0.95 else None,
            "decided_outcome": decided_outcome,
            "survivor_wishes": pick(rng, WISHES),
            "notice": pick(rng, NOTICE),
            "narrowed_after_reply": rng.random() < 0.12,
            "withdrawn_after_reply": rng.random() < 0.06,
        })
    return records


def generate(outdir, seed=20261129, centres=CENTRES):
    rng = random.Random(seed)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, yearly in centres:
        records = centre_records(rng, name, yearly)
        (outdir / f"{name}.records.json").write_text(json.dumps(records, indent=1))
        key_hex = f"{rng.getrandbits(256):064x}"
        signing_hex = f"{rng.getrandbits(256):064x}"
        (outdir / f"{name}.signing-key").write_text(signing_hex + "\n")
        manifest.append({"centre": name, "records": f"{name}.records.json", "key_hex": key_hex,
                         "signing_key": f"{name}.signing-key"})
    (outdir / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return manifest


if __name__ == "__main__":
    args = sys.argv[1:]
    seed = 20261129
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    generate(args[0], seed)
