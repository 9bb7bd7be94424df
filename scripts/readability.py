#!/usr/bin/env python3
"""Reading age of text, computed exactly as Confide's Swift `Readability` does (Flesch–Kincaid grade + 5).
Usage: readability.py "text" | readability.py --rulebooks Rulebooks/  (lists for_survivor texts over the limit)"""
import re, sys, glob

def syllables(w):
    w = w.replace("’", "").replace("'", "")
    if len(w) <= 2: return 1
    count, prev = 0, False
    for c in w:
        v = c in "aeiouy"
        if v and not prev: count += 1
        prev = v
    if w.endswith("e") and not w.endswith("le") and not w.endswith("ee") and count > 1: count -= 1
    if (w.endswith("ed") or w.endswith("es")) and not any(w.endswith(s) for s in ("ted", "ded", "ses", "ces", "ges")) and count > 1: count -= 1
    return max(count, 1)

def reading_age(text):
    parts = [p.strip() for p in re.split(r"[.!?\n]", text) if re.search(r"[^\W\d_]", p)]
    words = syl = 0
    for p in parts:
        for tok in re.split(r"[\s—/]+", p):
            w = "".join(c for c in tok if c.isalpha() or c in "'’").lower()
            if not re.search(r"[^\W\d_]", w): continue
            words += 1; syl += syllables(w)
    s, w, y = max(len(parts), 1), max(words, 1), max(syl, 1)
    return 0.39 * w / s + 11.8 * y / w - 15.59 + 5

if __name__ == "__main__":
    if sys.argv[1:2] == ["--rulebooks"]:
        import yaml
        limit = 12.0
        for f in sorted(glob.glob(sys.argv[2] + "/*.yaml")):
            for c in yaml.safe_load(open(f)).get("checks", []):
                t = c.get("for_survivor", "")
                if c.get("severity") != "info" and reading_age(t) > limit:
                    print(f"{c['id']}\t{reading_age(t):.1f}\t{t}")
    else:
        print(f"{reading_age(' '.join(sys.argv[1:])):.1f}")
