import Foundation

extension CoreBenchmarks {
    /// Parse + assess beside parsing the same request files alone (the assessor's share of the work is the
    /// gap between them). Files per second on one core; the request files are read before timing.
    public static func assessment(files: [URL], library: RulebookLibrary, jurisdiction: String = "GB-ENG-WLS",
                                  minimumSeconds: Double = 2) -> [BenchFigure] {
        guard let rulebook = library.rulebook(for: jurisdiction) else { return [] }
        let documents = files.compactMap { try? Data(contentsOf: $0) }
            .filter { (try? RequestParser.parse($0).request.jurisdiction) == jurisdiction }
        guard !documents.isEmpty else { return [] }
        let clock = ContinuousClock()
        var sink = 0
        func timed(_ body: () -> Void) -> Double {   // files per second, repeating rounds for at least minimumSeconds
            var rounds = 0
            let d = clock.measure { repeat { body(); rounds += 1 } while rounds < 3 }
            let perRound = seconds(d) / Double(rounds)
            let needed = max(1, Int(minimumSeconds / max(perRound, 1e-9)))
            let d2 = clock.measure { for _ in 0..<needed { body() } }
            return Double(needed * documents.count) / seconds(d2)
        }
        let parse = timed { for d in documents { if let p = try? RequestParser.parse(d) { sink &+= p.request.values.count } } }
        let both = timed {
            for d in documents { if let p = try? RequestParser.parse(d) { sink &+= Assessor.assess(p.request, with: rulebook).findings.count } }
        }
        if sink == 42 { print("", terminator: "") }
        return [BenchFigure(name: "parse + assess (\(jurisdiction), \(documents.count) request files)", unit: "files/s", value: both,
                            baselineName: "parse alone", baseline: parse)]
    }
}
