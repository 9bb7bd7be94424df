import Foundation

/// Measures assessments per second on one core, beside the cost of parsing the same files alone.
///
/// Both are timed in the same run over the same files, so the report shows how much of an assessment is
/// parsing and how much is the rulebook. Rulebooks are loaded (and their patterns compiled) before timing.
public enum AssessmentBenchmark {
    public static func run(files: [URL], iterations: Int, library: RulebookLibrary, jurisdiction: String = "GB-ENG-WLS") -> String {
        let documents: [Data] = files.compactMap { try? Data(contentsOf: $0) }
        let requests = documents.compactMap { try? RequestParser.parse($0).request }
            .filter { $0.jurisdiction == jurisdiction }
        guard let rulebook = library.rulebook(for: jurisdiction) else { return "no \(jurisdiction) rulebook loaded\n" }
        guard !requests.isEmpty else { return "no valid \(jurisdiction) request files among \(files.count) files\n" }
        let sameJurisdiction = documents.filter { (try? RequestParser.parse($0).request.jurisdiction) == jurisdiction }
        let rounds = max(1, iterations)
        let clock = ContinuousClock()

        var sink = 0
        let parseTime = clock.measure {
            for _ in 0..<rounds {
                for d in sameJurisdiction { if let p = try? RequestParser.parse(d) { sink &+= p.request.values.count } }
            }
        }
        let assessTime = clock.measure {
            for _ in 0..<rounds {
                for r in requests { sink &+= Assessor.assess(r, with: rulebook).findings.count }
            }
        }
        let endToEnd = clock.measure {
            for _ in 0..<rounds {
                for d in sameJurisdiction {
                    if let p = try? RequestParser.parse(d) { sink &+= Assessor.assess(p.request, with: rulebook).findings.count }
                }
            }
        }
        func seconds(_ d: Duration) -> Double {
            Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        let n = Double(rounds * requests.count)
        func rate(_ d: Duration) -> String { String(format: "%.0f", n / max(seconds(d), 1e-9)) }
        func perItem(_ d: Duration) -> String { String(format: "%.1f µs", seconds(d) / n * 1e6) }
        return """
        Assessment benchmark: \(jurisdiction) rulebook \(rulebook.version), \(requests.count) request files × \(rounds) rounds, one core
          parse only:          \(rate(parseTime)) files/s  (\(perItem(parseTime)) each)
          assess only:         \(rate(assessTime)) assessments/s  (\(perItem(assessTime)) each, parsed requests)
          parse + assess:      \(rate(endToEnd)) files/s  (\(perItem(endToEnd)) each)
          (checksum \(sink))

        """
    }
}
