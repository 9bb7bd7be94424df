import Crypto
import Foundation

/// The evidence figures of issue #6: a year's centre tables from 100,000 requests, and merging 40 centres'
/// signed returns — each beside reading the same data alone, measured in the same run.
public enum StatisticsBenchmarks {
    /// Synthetic requests spread over one year with the mix a busy centre sees (a few hundred survivors asked
    /// about more than once, police most often, some organisations only once). Deterministic.
    static func records(_ n: Int, year: Int) -> [RequestStatRecord] {
        var rng = SplitMix(seed: 6)
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        let forces = (0..<44).map { "Force \($0)" }
        let checks = ["EW-01", "EW-02", "EW-05", "EW-09", "EW-12", "EW-17", "EW-23", "EW-31"]
        var out: [RequestStatRecord] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            let day = Int(rng.next() % 365)
            let received = StatDate(year: year, month: 1 + day / 31 % 12, day: 1 + day % 28)!
            let type = rng.next() % 10 < 6 ? "police" : pick(StatisticsVocabulary.requesterTypes)
            let decided: StatDate? = rng.next() % 5 == 0 ? nil : StatDate(year: year, month: min(12, received.month + 1), day: received.day)
            let nChecks = Int(rng.next() % 3)
            out.append(RequestStatRecord(
                requestID: "r\(i)", survivorID: "s\(Int(rng.next() % UInt64(n / 3 + 1)))", received: received, decided: decided,
                requesterType: type, organisation: type == "police" ? pick(forces) : (rng.next() % 2 == 0 ? "Org \(i % 300)" : nil),
                route: pick(StatisticsVocabulary.routes), checksTriggered: Array(Set((0..<nChecks).map { _ in pick(checks) })).sorted(),
                recommendedOutcome: pick(StatisticsVocabulary.outcomes), decidedOutcome: decided == nil ? nil : pick(StatisticsVocabulary.outcomes),
                survivorWishes: pick(StatisticsVocabulary.survivorWishes), notice: pick(StatisticsVocabulary.notice),
                narrowedAfterReply: rng.next() % 10 == 0, withdrawnAfterReply: rng.next() % 12 == 0))
        }
        return out
    }

    static func time(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        var d = Duration.zero
        try body()   // warm once, untimed
        for _ in 0..<3 { d += try clock.measure(body) }
        return CoreBenchmarks.seconds(d) / 3
    }

    /// Computing and protecting a year's tables from `requests` records (as `confide stats protect` does from a
    /// records file), beside decoding the same file alone. Figures are seconds (lower is better), so the ratio is
    /// computing ÷ reading: 2.0 means the whole job takes twice as long as reading its input.
    public static func centreYear(requests: Int = 100_000, year: Int = 2026) throws -> BenchFigure {
        let file = try JSONEncoder().encode(records(requests, year: year))
        let key = DisclosureKey.generate()
        let period = try Period.parse("\(year)")
        var sink = 0
        let read = try time { sink &+= try RequestStatRecord.decodeList(file).count }
        let compute = try time {
            let rs = try RequestStatRecord.decodeList(file)
            let tables = CentreTables.compute(records: rs, period: period, vocabulary: CategoryVocabulary.derived(from: rs), key: key)
            sink &+= DisclosureControl.protect(tables, key: key).totalRequests
        }
        if sink == 42 { print("", terminator: "") }
        return BenchFigure(name: "a year's centre tables, \(requests.formatted1000) requests (read + compute + protect)", unit: "s",
                           value: compute, baselineName: "reading the same records alone", baseline: read)
    }

    /// Verifying and merging `centres` signed annual returns into the national tables (as `confide hub import` /
    /// `confide stats merge` do), beside parsing the same files alone. Seconds; the ratio is merging ÷ parsing.
    public static func merge(centres: Int = 40, requestsPerCentre: Int = 2_500, year: Int = 2026) throws -> BenchFigure {
        let period = try Period.parse("\(year)")
        var registry = CentreKeyRegistry()
        var files: [(name: String, data: Data)] = []
        for c in 0..<centres {
            let id = "centre-\(c)"
            let signing = Curve25519.Signing.PrivateKey()
            registry.register(centre: id, publicKey: signing.publicKey)
            let rs = records(requestsPerCentre, year: year).map { r -> RequestStatRecord in
                var r = r; r.requestID = "\(id)-\(r.requestID)"; return r
            }
            let key = DisclosureKey.generate()
            let tables = CentreTables.compute(records: rs, period: period, vocabulary: CategoryVocabulary.derived(from: rs), key: key)
            let ret = StatisticsReturn(centre: id, created: StatDate(year: year + 1, month: 4, day: 1)!, statistics: DisclosureControl.protect(tables, key: key))
            files.append(("\(id).json", try ret.signed(with: signing)))
        }
        var sink = 0
        let read = try time { for f in files { if case .object(let pairs) = try StatsJSON.parse(f.data) { sink &+= pairs.count } } }
        let merge = try time {
            let verified = try ReturnVerifier.verifyAll(files, registry: registry)
            sink &+= try NationalTables.merge(verified, period: period).totalRequests.value
        }
        if sink == 42 { print("", terminator: "") }
        return BenchFigure(name: "merging \(centres) centres' signed returns (verify + merge)", unit: "ms",
                           value: merge * 1000, baselineName: "parsing the same returns alone", baseline: read * 1000)
    }
}
