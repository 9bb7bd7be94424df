import Foundation

/// Scores suggestions against an annotated corpus with the spec's rules, and times them.
/// A gold span is found when suggestions of any label cover at least half its characters; a suggestion is correct
/// when at least half its characters lie inside gold spans; the leak rate is the share of gold characters uncovered.
public enum RedactionBenchmark {
    public struct LabelRecall: Sendable, Equatable {
        public var found: Int
        public var total: Int
        public var recall: Double { total == 0 ? 0 : Double(found) / Double(total) }
    }

    public struct Score: Sendable {
        public var notes: Int
        public var goldSpans: Int
        public var found: Int
        public var suggested: Int
        public var correct: Int
        public var goldCharacters: Int
        public var leakedCharacters: Int
        public var perLabel: [RedactionLabel: LabelRecall]
        public var notesPerSecond: Double

        public var recall: Double { goldSpans == 0 ? 0 : Double(found) / Double(goldSpans) }
        public var precision: Double { suggested == 0 ? 0 : Double(correct) / Double(suggested) }
        public var f1: Double { recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision) }
        public var f2: Double { recall + precision == 0 ? 0 : 5 * recall * precision / (4 * precision + recall) }
        public var leakRate: Double { goldCharacters == 0 ? 0 : Double(leakedCharacters) / Double(goldCharacters) }
    }

    /// A gold span or suggestion that scoring got wrong, for reading what to improve.
    public struct Miss: Sendable {
        public var id: String
        public var kind: String   // "missed" or "spurious"
        public var label: RedactionLabel
        public var text: String
    }

    public static func score(_ records: [RedactionCommandLine.JSONLRecord], knownNames: [String] = [], minimumSeconds: Double = 0.5)
        -> (Score, [Miss]) {
        // Time whole passes over the corpus until enough time has passed for a stable figure.
        // One untimed pass first: the word tables and patterns are built on first use.
        var predictions = records.map { RedactionSuggester.suggest(text: $0.text, knownNames: knownNames) }
        var passes = 0
        let start = Date()
        repeat {
            predictions = records.map { RedactionSuggester.suggest(text: $0.text, knownNames: knownNames) }
            passes += 1
        } while Date().timeIntervalSince(start) < minimumSeconds && passes < 1000
        let elapsed = Date().timeIntervalSince(start)

        var s = Score(notes: records.count, goldSpans: 0, found: 0, suggested: 0, correct: 0, goldCharacters: 0, leakedCharacters: 0,
                      perLabel: [:], notesPerSecond: elapsed > 0 ? Double(records.count * passes) / elapsed : 0)
        var misses: [Miss] = []
        for (record, predicted) in zip(records, predictions) {
            let scalars = Array(record.text.unicodeScalars)
            func text(_ a: Int, _ b: Int) -> String {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: scalars[max(0, a)..<min(scalars.count, b)])
                return String(out)
            }
            var covered = [Bool](repeating: false, count: scalars.count)
            for p in predicted { for i in max(0, p.start)..<min(covered.count, max(p.start, p.end)) { covered[i] = true } }
            var inGold = [Bool](repeating: false, count: scalars.count)
            for g in record.gold { for i in max(0, g.start)..<min(inGold.count, max(g.start, g.end)) { inGold[i] = true } }
            for g in record.gold {
                let length = max(1, g.end - g.start)
                let hit = (g.start..<g.end).filter { $0 < covered.count && covered[$0] }.count
                let found = Double(hit) / Double(length) >= 0.5
                s.goldSpans += 1
                s.found += found ? 1 : 0
                s.goldCharacters += g.end - g.start
                s.leakedCharacters += (g.end - g.start) - hit
                var l = s.perLabel[g.label] ?? LabelRecall(found: 0, total: 0)
                l.total += 1
                l.found += found ? 1 : 0
                s.perLabel[g.label] = l
                if !found { misses.append(Miss(id: record.id, kind: "missed", label: g.label, text: text(g.start, g.end))) }
            }
            for p in predicted {
                let length = max(1, p.end - p.start)
                let inside = (p.start..<p.end).filter { $0 < inGold.count && inGold[$0] }.count
                let correct = Double(inside) / Double(length) >= 0.5
                s.suggested += 1
                s.correct += correct ? 1 : 0
                if !correct { misses.append(Miss(id: record.id, kind: "spurious", label: p.label, text: text(p.start, p.end))) }
            }
        }
        return (s, misses)
    }

    /// A baseline measured by another tool on the same file (the Presidio adapter writes this JSON).
    public struct Baseline: Sendable {
        public var name: String
        public var recall: Double
        public var precision: Double
        public var f1: Double
        public var leakRate: Double
        public var notesPerSecond: Double
        public var perLabel: [String: Double]
    }

    public static func loadBaseline(_ data: Data) -> Baseline? {
        guard let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return nil }
        func d(_ k: String) -> Double { (o[k] as? NSNumber)?.doubleValue ?? 0 }
        var per: [String: Double] = [:]
        if let p = o["per_label"] as? [String: Any] { for (k, v) in p { per[k] = (v as? NSNumber)?.doubleValue ?? 0 } }
        return Baseline(name: o["name"] as? String ?? "baseline", recall: d("recall"), precision: d("precision"), f1: d("f1"),
                        leakRate: d("leak"), notesPerSecond: d("notes_per_second"), perLabel: per)
    }

    /// `confide redact bench FILE [--baseline JSON] [-v]`: the figures, per label, and (with -v) every miss.
    public static func run(data: Data, source: String, baseline: Baseline? = nil, verbose: Bool = false,
                           minimumRecall: Double = 0.95, minimumPrecision: Double = 0.85) -> CommandOutput {
        let records: [RedactionCommandLine.JSONLRecord]
        do { records = try RedactionCommandLine.parseJSONL(data, source: source) } catch {
            return RedactionCommandLine.failure(error.description)
        }
        let (s, misses) = score(records)
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        var out = "\(source): \(s.notes) notes, \(s.goldSpans) gold spans, \(s.suggested) suggested\n"
        let header = baseline.map { "  \("".padding(toLength: 17, withPad: " ", startingAt: 0))  \("confide".padding(toLength: 16, withPad: " ", startingAt: 0))  \($0.name)\n" } ?? ""
        out += header
        func row(_ name: String, _ ours: String, _ theirs: String?) -> String {
            "  \(name.padding(toLength: 17, withPad: " ", startingAt: 0))  \(ours.padding(toLength: 16, withPad: " ", startingAt: 0))" + (theirs.map { "  \($0)" } ?? "") + "\n"
        }
        out += row("recall", f(s.recall), baseline.map { f($0.recall) })
        out += row("precision", f(s.precision), baseline.map { f($0.precision) })
        out += row("F1", f(s.f1), baseline.map { f($0.f1) })
        out += row("F2", f(s.f2), nil)
        out += row("leak rate", f(s.leakRate), baseline.map { f($0.leakRate) })
        out += row("notes/second", String(format: "%.0f", s.notesPerSecond), baseline.map { String(format: "%.1f", $0.notesPerSecond) })
        out += "  recall by label:\n"
        for label in RedactionLabel.allCases {
            guard let l = s.perLabel[label] else { continue }
            out += row("  " + label.rawValue, "\(f(l.recall)) (\(l.found)/\(l.total))", baseline.map { b in b.perLabel[label.rawValue].map(f) ?? "-" })
        }
        let pass = s.recall >= minimumRecall && s.precision >= minimumPrecision
        out += "\(pass ? "PASS" : "FAIL"): recall \(f(s.recall)) (min \(minimumRecall)), precision \(f(s.precision)) (min \(minimumPrecision)), leak \(f(s.leakRate))\n"
        if verbose {
            for m in misses { out += "  \(m.id) \(m.kind) \(m.label.rawValue): \(m.text.debugDescription)\n" }
        }
        return CommandOutput(stdout: out, exitCode: pass ? 0 : 1)
    }
}
