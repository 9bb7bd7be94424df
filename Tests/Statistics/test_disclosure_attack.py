"""Attack the published statistics with integer programming and check that no small count comes out.

What is attacked: for four fictional centres (generate_fixtures.py), everything published for 2026 —
each centre's signed return for 2026-Q1, Q2, Q3, Q4 AND the year 2026 (overlapping periods give the
attacker extra equations: year = Q1 + Q2 + Q3 + Q4), plus the national tables the hub merges for each
of those periods. The returns and national tables come from the real binary
(`confide stats protect` / `confide stats merge`); the binary is $CONFIDE_BIN or
.build/debug/confide under the repository root.

The attacker's model (everything that is true about the published figures):
  * unknowns: the true count of every cell of every centre in every QUARTER (year cells are sums);
  * each published figure p bounds its true count: 0 -> 0..4, 5 -> 0..9 (an empty cell can be
    published as 5), p >= 10 -> p-4..p+4;
  * every partition table adds up to its population (total requests, or decided requests);
    check cells, "narrowed", "withdrawn" and "decided" are each at most the total;
  * national cell = sum of the included centres' cells;
  * withheld breakdowns give nothing (the rule that withholds them uses published numbers only);
  * STRONG ADVERSARY: when attacking a centre, the attacker also knows every other centre's TRUE counts
    exactly (so "national minus the other centres" is as sharp as it can be).

"Recovered" (strict): a cell whose true value is 1-4 is recovered if, over all integer solutions
consistent with the above, min == max (pinned), or min >= 1 and max - min <= 4 (the attacker proves
it is a small non-zero count, to within a window no wider than a single rounded figure).

Negative controls, same attack, same code: (1) the raw tables (`--unprotected`): every small cell is
pinned; (2) "naive" publication (exact counts, 1-4 suppressed, exact national totals): small cells are
recovered by differencing. So the attack works, and the protection is what stops it.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate_fixtures  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
QUARTERS = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
YEAR = "2026"
PERIODS = QUARTERS + [YEAR]
PARTITIONS_OF_DECIDED = {"decided_outcome"}
MULTI = {"check_triggered"}
UPPER = 10_000


def confide_bin():
    path = Path(os.environ.get("CONFIDE_BIN") or REPO / ".build" / "debug" / "confide")
    if not path.exists():
        pytest.fail(f"no confide binary at {path}: build it or set CONFIDE_BIN")
    return str(path)


def run(*args):
    proc = subprocess.run([confide_bin(), *args], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


# ---------------------------------------------------------------------------------------------
# Published figures as a flat map: (period, key) -> value or None (withheld)
# key: ("count", name) | (table_id, category)

def flatten(ret):
    out = {}
    for name, value in ret["counts"].items():
        out[("count", name)] = value
    for t in ret["tables"]:
        if t["cells"] is None:
            continue
        for c in t["cells"]:
            out[(t["id"], c["category"])] = c["count"]
    return out


def interval(p, protected):
    if not protected:
        return (p, p)
    if p == 0:
        return (0, 4)
    if p == 5:
        return (0, 9)
    return (p - 4, p + 4)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    out = tmp_path_factory.mktemp("stats")
    manifest = generate_fixtures.generate(out)
    keys = {}
    centres = {}
    for m in manifest:
        name = m["centre"]
        keys[name] = run("stats", "public-key", "--signing-key", str(out / m["signing_key"])).strip()
        centres[name] = {"protected": {}, "raw": {}, "files": {}}
        for period in PERIODS:
            common = ["--records", str(out / m["records"]), "--period", period, "--centre", name,
                      "--key-hex", m["key_hex"], "--created", "2027-04-01"]
            signed = run("stats", "protect", *common, "--signing-key", str(out / m["signing_key"]))
            path = out / f"{name}.{period}.return.json"
            path.write_text(signed)
            centres[name]["files"][period] = str(path)
            centres[name]["protected"][period] = json.loads(signed)
            centres[name]["raw"][period] = json.loads(run("stats", "protect", *common, "--unprotected"))
    (out / "keys.json").write_text(json.dumps(keys))
    national = {}
    for period in PERIODS:
        files = [centres[c]["files"][period] for c in centres]
        national[period] = json.loads(run("stats", "merge", "--keys", str(out / "keys.json"), "--period", period, *files))
    return {"centres": centres, "national": national, "dir": out}


# ---------------------------------------------------------------------------------------------
# The integer program

class Model:
    def __init__(self, centres, truth):
        """truth[centre][quarter] = flat map of TRUE values (from --unprotected)."""
        self.index = {}
        for c in sorted(centres):
            for q in QUARTERS:
                for key in truth[c][q]:
                    self.index[(c, q, key)] = len(self.index)
        self.rows = []  # (coeffs dict, lo, hi)
        self.truth = truth
        self.centres = sorted(centres)

    def expr(self, centre, period, key):
        quarters = QUARTERS if period == YEAR else [period]
        return {self.index[(centre, q, key)]: 1.0 for q in quarters}

    def add(self, coeffs, lo, hi):
        self.rows.append((coeffs, lo, hi))

    def structure(self, raw_year_layout):
        """Equations that hold whatever was published."""
        for c in self.centres:
            for q in QUARTERS:
                keys = self.truth[c][q].keys()
                total = self.index[(c, q, ("count", "total_requests"))]
                decided = self.index[(c, q, ("count", "decided_requests"))]
                by_table = {}
                for key in keys:
                    if key[0] != "count":
                        by_table.setdefault(key[0], []).append(key)
                for table, cells in by_table.items():
                    if table in MULTI:
                        for key in cells:
                            self.add({self.index[(c, q, key)]: 1.0, total: -1.0}, -np.inf, 0)
                        continue
                    coeffs = {self.index[(c, q, key)]: 1.0 for key in cells}
                    pop = decided if table in PARTITIONS_OF_DECIDED else total
                    coeffs[pop] = coeffs.get(pop, 0) - 1.0
                    self.add(coeffs, 0, 0)
                for name in ("decided_requests", "narrowed_after_reply", "withdrawn_after_reply"):
                    self.add({self.index[(c, q, ("count", name))]: 1.0, total: -1.0}, -np.inf, 0)

    def publications(self, centre_pub, national_pub, protected):
        """centre_pub[c][period] flat map (None = withheld); national_pub[period] = {key: (value, [centres])}."""
        for c in self.centres:
            for period in PERIODS:
                for key, p in centre_pub[c][period].items():
                    if p is None:
                        continue
                    lo, hi = interval(p, protected)
                    self.add(self.expr(c, period, key), lo, hi)
        for period, cells in national_pub.items():
            for key, (value, included, lo, hi) in cells.items():
                coeffs = {}
                for c in included:
                    for i, v in self.expr(c, period, key).items():
                        coeffs[i] = coeffs.get(i, 0) + v
                self.add(coeffs, lo, hi)

    def bounds(self, target, fixed):
        """min and max of the target expression with the variables in `fixed` pinned to their value."""
        n = len(self.index)
        A = lil_matrix((len(self.rows), n))
        lo = np.empty(len(self.rows))
        hi = np.empty(len(self.rows))
        for r, (coeffs, l, h) in enumerate(self.rows):
            for i, v in coeffs.items():
                A[r, i] = v
            lo[r], hi[r] = l, h
        lb = np.zeros(n)
        ub = np.full(n, UPPER, dtype=float)
        for i, v in fixed.items():
            lb[i] = ub[i] = v
        cons = LinearConstraint(A.tocsr(), lo, hi)
        c = np.zeros(n)
        for i, v in target.items():
            c[i] = v
        integrality = np.ones(n)
        results = []
        for sign in (1, -1):
            res = milp(sign * c, constraints=cons, integrality=integrality, bounds=Bounds(lb, ub))
            assert res.success, f"attack model infeasible ({res.message}): the model of the publication is wrong"
            results.append(round(sign * res.fun))
        return results[0], results[1]


def truth_maps(centres):
    return {c: {p: flatten(centres[c]["raw"][p]) for p in PERIODS} for c in centres}


def recovered(lo, hi):
    return lo == hi or (lo >= 1 and hi - lo <= 4)


def attack(centres, centre_pub, national_pub, protected):
    truth = truth_maps(centres)
    model = Model(centres, {c: {q: truth[c][q] for q in QUARTERS} for c in centres})
    model.structure(None)
    model.publications(centre_pub, national_pub, protected)
    results = []
    for target_centre in model.centres:
        fixed = {}
        for (c, q, key), i in model.index.items():
            if c != target_centre:
                fixed[i] = truth[c][q][key]
        for period in PERIODS:
            for key, p in centre_pub[target_centre][period].items():
                t = truth[target_centre][period][key]
                if p is None or not 1 <= t <= 4:
                    continue
                lo, hi = model.bounds(model.expr(target_centre, period, key), fixed)
                assert lo <= t <= hi, f"truth outside the feasible set for {target_centre} {period} {key}"
                results.append({"centre": target_centre, "period": period, "cell": key, "true": t,
                                "published": p, "min": lo, "max": hi})
    return results


def national_map(national, protected_centres, protected=True):
    """Read the hub's tables; check they are exactly the sum of the centres' published figures."""
    out = {}
    for period, n in national.items():
        cells = {}
        names = {"total_requests", "decided_requests", "narrowed_after_reply", "withdrawn_after_reply"}
        for name in names:
            cells[("count", name)] = n["counts"][name]["value"]
        included_by_table = {}
        for t in n["tables"]:
            inc = [c for c in protected_centres if any(x["id"] == t["id"] and x["cells"] is not None
                                                     for x in protected_centres[c][period]["tables"])]
            included_by_table[t["id"]] = inc
            for cell in t["cells"] or []:
                cells[(t["id"], cell["category"])] = cell["count"]
        mapped = {}
        for key, value in cells.items():
            if key[0] == "count":
                included = [c for c in protected_centres if protected_centres[c][period]["counts"][key[1]] is not None]
            else:
                included = included_by_table[key[0]]
            # a centre whose vocabulary lacks the category has no such cell (its true count is 0)
            included = [c for c in included if key in flatten(protected_centres[c][period])]
            pubs = [flatten(protected_centres[c][period])[key] for c in included]
            assert value == sum(pubs), f"national {period} {key} is not the sum of the centres' published figures"
            lo = sum(interval(p, protected)[0] for p in pubs)
            hi = sum(interval(p, protected)[1] for p in pubs)
            mapped[key] = (value, included, lo, hi)
        out[period] = mapped
    return out


# ---------------------------------------------------------------------------------------------

def test_published_figures_are_protected(published):
    for c, data in published["centres"].items():
        for period, ret in data["protected"].items():
            for key, value in flatten(ret).items():
                assert value is None or value % 5 == 0, (c, period, key, value)
            assert "signature" in ret


def test_no_small_cell_is_recovered_from_everything_published(published):
    centres = published["centres"]
    centre_pub = {c: {p: flatten(centres[c]["protected"][p]) for p in PERIODS} for c in centres}
    national = national_map(published["national"], {c: centres[c]["protected"] for c in centres})
    results = attack(centres, centre_pub, national, protected=True)
    small = len(results)
    hits = [r for r in results if recovered(r["min"], r["max"])]
    zero_excluded = [r for r in results if r["min"] >= 1]
    report = {"small_cells_attacked": small, "recovered": len(hits), "zero_excluded": len(zero_excluded),
              "narrowest_width": min((r["max"] - r["min"] for r in results), default=None)}
    print("\nPROTECTED:", json.dumps(report))
    (published["dir"] / "attack-protected.json").write_text(json.dumps(results, indent=1, default=str))
    assert small >= 40, "the fixtures must contain plenty of small true counts to attack"
    assert hits == [], f"small cells recovered: {hits[:5]}"


def test_raw_tables_are_recovered_negative_control(published):
    centres = published["centres"]
    raw_pub = {c: {p: flatten(centres[c]["raw"][p]) for p in PERIODS} for c in centres}
    # national tables built the naive way: exact sums of the raw figures
    national = {}
    for period in PERIODS:
        keys = set().union(*(raw_pub[c][period].keys() for c in centres))
        national[period] = {}
        for k in keys:
            inc = [c for c in centres if k in raw_pub[c][period]]
            s = sum(raw_pub[c][period][k] for c in inc)
            national[period][k] = (s, inc, s, s)
    results = attack(centres, raw_pub, national, protected=False)
    hits = [r for r in results if recovered(r["min"], r["max"])]
    print("\nRAW:", json.dumps({"small_cells_attacked": len(results), "recovered": len(hits)}))
    assert len(results) >= 40 and len(hits) == len(results)


def test_naive_suppression_is_recovered_negative_control(published):
    """Exact counts with 1-4 suppressed at the centre, exact national totals: differencing wins."""
    centres = published["centres"]
    raw = {c: {p: flatten(centres[c]["raw"][p]) for p in PERIODS} for c in centres}
    naive = {c: {p: {k: (None if 1 <= v <= 4 else v) for k, v in raw[c][p].items()} for p in PERIODS} for c in centres}
    national = {}
    for period in PERIODS:
        keys = set().union(*(raw[c][period].keys() for c in centres))
        national[period] = {}
        for k in keys:
            inc = [c for c in centres if k in raw[c][period]]
            s = sum(raw[c][period][k] for c in inc)
            if not 1 <= s <= 4:
                national[period][k] = (s, inc, s, s)
    truth = truth_maps(centres)
    # score the suppressed small cells
    model = Model(centres, {c: {q: truth[c][q] for q in QUARTERS} for c in centres})
    model.structure(None)
    model.publications(naive, national, protected=False)
    attacked = 0
    hits = 0
    for target in model.centres:
        fixed = {i: truth[c][q][key] for (c, q, key), i in model.index.items() if c != target}
        for period in PERIODS:
            for key, t in truth[target][period].items():
                if not 1 <= t <= 4 or key[0] == "count":
                    continue
                attacked += 1
                lo, hi = model.bounds(model.expr(target, period, key), fixed)
                hits += recovered(lo, hi)
    print("\nNAIVE SUPPRESSION:", json.dumps({"suppressed_small_cells_attacked": attacked, "recovered": hits}))
    assert attacked >= 30 and hits >= attacked // 2


def simulated_publication(truth, seed, empty_as_five):
    """Keyed-rounding look-alike in Python (random directions instead of HMAC), with the same group rule."""
    import random
    rng = random.Random(seed)

    def rnd(n):
        if n == 0:
            return 5 if rng.random() < empty_as_five else 0
        r = n % 5
        return n if r == 0 else (n - r + 5 if rng.random() < r / 5 else n - r)

    pub = {}
    for c in truth:
        pub[c] = {}
        for p in PERIODS:
            vals = {k: rnd(v) for k, v in truth[c][p].items()}
            total, decided = vals[("count", "total_requests")], vals[("count", "decided_requests")]
            pub[c][p] = {k: (v if k == ("count", "total_requests") or
                             (total >= 15 and (k[0] != "decided_outcome" or decided >= 15)) else None)
                         for k, v in vals.items()}
    return pub


def test_exact_zeros_are_the_weak_point_negative_control(published, monkeypatch):
    """Why an empty cell is sometimes published as 5: with the SAME rounding but true zeros always 0,
    a published 5 proves "at least one", and totals cap it from above - small cells fall to 1-4."""
    centres = published["centres"]
    truth = truth_maps(centres)
    monkeypatch.setattr(sys.modules[__name__], "interval",
                        lambda p, protected: (0, 4) if p == 0 else ((1, 9) if p == 5 else (p - 4, p + 4)))
    attacked = hits = 0
    for seed in range(3):
        results = attack(centres, simulated_publication(truth, seed, 0.0), {}, protected=True)
        attacked += len(results)
        hits += sum(recovered(r["min"], r["max"]) for r in results)
    print("\nEXACT ZEROS (simulated):", json.dumps({"small_cells_attacked": attacked, "recovered": hits}))
    assert hits > 0
