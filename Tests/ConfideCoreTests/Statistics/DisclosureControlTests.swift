import Foundation
import Testing
@testable import ConfideCore

@Suite("Disclosure control (confide-sdc/v1)")
struct DisclosureControlTests {
    let key = StatsFixtures.key

    func ids(_ n: Int, prefix: String = "r") -> [String] { (0..<n).map { "\(prefix)-\($0)" } }

    @Test("every published count is a multiple of 5 within 4 of the truth; multiples of 5 are exact")
    func rounding() {
        for n in 1...60 {
            for trial in 0..<20 {
                let p = DisclosureControl.protectedCount(recordIDs: ids(n, prefix: "t\(trial)"), emptyCellName: "x", key: key)
                #expect(p % 5 == 0)
                #expect(abs(p - n) <= 4)
                if n % 5 == 0 { #expect(p == n) }
            }
        }
    }

    @Test("the direction depends on the SET of records only: order and repeats do not matter")
    func setKeyed() {
        let a = ["r-3", "r-1", "r-2"]
        let b = ["r-1", "r-2", "r-3", "r-1"]
        for k in 0..<50 {
            let key = try! DisclosureKey(hex: String(format: "%064x", k + 1))
            #expect(DisclosureControl.protectedCount(recordIDs: a, emptyCellName: "a", key: key)
                    == DisclosureControl.protectedCount(recordIDs: b, emptyCellName: "b", key: key))
        }
    }

    @Test("unbiased: over many cells a true n publishes n on average; a true 1 is 5 about one time in five")
    func unbiased() {
        for n in [1, 2, 3, 4, 7, 13] {
            let trials = 4000
            var sum = 0
            var fives = 0
            for t in 0..<trials {
                let p = DisclosureControl.protectedCount(recordIDs: ids(n, prefix: "u\(t)"), emptyCellName: "", key: key)
                sum += p
                if p == 5 { fives += 1 }
            }
            let mean = Double(sum) / Double(trials)
            #expect(abs(mean - Double(n)) < 0.2, "mean \(mean) for n = \(n)")
            if n == 1 { #expect(abs(Double(fives) / Double(trials) - 0.2) < 0.03) }
        }
    }

    @Test("an empty cell is published as 5 about 1 time in 20, keyed by its name, otherwise 0")
    func emptyCells() {
        var fives = 0
        for i in 0..<4000 {
            let p = DisclosureControl.protectedCount(recordIDs: [], emptyCellName: "2026|route|c\(i)", key: key)
            #expect(p == 0 || p == 5)
            if p == 5 { fives += 1 }
        }
        #expect(abs(Double(fives) / 4000 - 0.05) < 0.015)
        let same = DisclosureControl.protectedCount(recordIDs: [], emptyCellName: "2026|route|c7", key: key)
        #expect(same == DisclosureControl.protectedCount(recordIDs: [], emptyCellName: "2026|route|c7", key: key))
    }

    @Test("another centre key gives other directions (the key, not the ids, decides)")
    func keyMatters() {
        var differ = 0
        for t in 0..<200 {
            let cell = ids(3, prefix: "k\(t)")
            if DisclosureControl.protectedCount(recordIDs: cell, emptyCellName: "", key: key)
                != DisclosureControl.protectedCount(recordIDs: cell, emptyCellName: "", key: StatsFixtures.otherKey) { differ += 1 }
        }
        #expect(differ > 40)
    }

    @Test("the same set of requests gets the same value in every table and every period")
    func consistentAcrossTables() throws {
        // all requests are police, by the same route, decided in Q1 and counted again in the year
        let records = (0..<23).map { StatsFixtures.record($0, received: "2026-01-1\($0 % 9)", decided: "2026-01-28") }
        let q1 = StatsFixtures.protected(records, period: "2026-Q1")
        let year = StatsFixtures.protected(records, period: "2026")
        #expect(q1.table(.requesterType)?.count("police") == q1.totalRequests)
        #expect(q1.table(.route)?.count("victim-information-request") == q1.totalRequests)
        #expect(q1.table(.survivorWishes)?.count("objects") == q1.totalRequests)
        #expect(year.totalRequests == q1.totalRequests)
        #expect(year.table(.requesterType)?.count("police") == q1.table(.requesterType)?.count("police"))
        // and re-running gives identical output
        #expect(StatsFixtures.protected(records, period: "2026-Q1") == q1)
    }

    @Test("a centre with few requests publishes only its rounded total, and says why")
    func smallGroupWithheld() {
        let records = (0..<7).map { StatsFixtures.record($0) }
        let p = StatsFixtures.protected(records)
        #expect(p.totalRequests == 5 || p.totalRequests == 10)
        #expect(p.decidedRequests == nil && p.medianDaysToDecision == nil && p.narrowedAfterReply == nil)
        for t in p.tables {
            #expect(t.cells == nil)
            #expect(t.withheld?.contains("under 15") == true)
        }
    }

    @Test("breakdowns appear only when the published group is at least 15, so the true group is at least 11")
    func thresholdUsesPublishedCount() {
        for n in 8...20 {
            let records = (0..<n).map { StatsFixtures.record($0, survivor: "s\(n)-\($0)") }
            let p = StatsFixtures.protected(records)
            let shown = p.table(.requesterType)?.cells != nil
            #expect(shown == (p.totalRequests >= 15))
            if shown { #expect(n >= 11) }
        }
    }

    @Test("the median is published only with at least 15 decided (published), in whole days")
    func median() {
        let records = (0..<30).map { StatsFixtures.record($0, received: "2026-02-01", decided: "2026-02-\(String(format: "%02d", 2 + $0 % 20))") }
        let tables = CentreTables.compute(records: records, period: try! Period.parse("2026-Q1"), vocabulary: .derived(from: records), key: key)
        #expect(tables.medianDaysToDecision == 8)
        let p = DisclosureControl.protect(tables, key: key)
        #expect(p.medianDaysToDecision == 8)
        let few = Array(records.prefix(20)).enumerated().map { i, r in
            var r = r
            if i >= 8 { r.decided = nil; r.decidedOutcome = nil }
            return r
        }
        let q = StatsFixtures.protected(few)
        #expect(q.decidedRequests! < 15)
        #expect(q.medianDaysToDecision == nil)
        #expect(q.table(.decidedOutcome)?.cells == nil)
        #expect(q.table(.requesterType)?.cells != nil)
    }

    @Test("at most 3 requests per survivor count in a period, the earliest")
    func contributionBound() {
        let records = (0..<6).map { StatsFixtures.record($0, survivor: "same", received: "2026-01-0\($0 + 1)") }
        let t = CentreTables.compute(records: records, period: try! Period.parse("2026-Q1"), vocabulary: .derived(from: records), key: key)
        #expect(t.total == 3)
        #expect(t.all == ["req-0", "req-1", "req-2"])
        #expect(t.excludedByContributionBound == 3)
    }

    @Test("tables list every category of the agreed vocabulary, zeros included; private parties are never named")
    func vocabulary() {
        let records = StatsFixtures.quarter()
        let t = CentreTables.compute(records: records, period: try! Period.parse("2026-Q1"), vocabulary: .derived(from: records), key: key)
        #expect(t.table(.requesterType)!.cells.map(\.category) == StatisticsVocabulary.requesterTypes)
        #expect(t.table(.requesterType)!.count("defence") == 2)
        let orgs = t.table(.requesterOrganisation)!.cells.map(\.category)
        #expect(orgs.contains("Northmoor Police"))
        #expect(!orgs.contains("Smith & Co Solicitors"))
        #expect(!orgs.contains("Acme Insurance"))
        #expect(t.table(.requesterOrganisation)!.count(StatisticsVocabulary.otherOrganisation) == 3)
        #expect(t.table(.checkTriggered)!.count("EW-06") == 10)
        #expect(t.table(.decidedOutcome)!.cells.reduce(0) { $0 + $1.count } == t.decided.count)
        for table in t.tables where table.id.isPartition && table.id.population == .requests {
            #expect(table.cells.reduce(0) { $0 + $1.count } == t.total, "\(table.id)")
        }
    }

    @Test("a record with an unknown word or impossible dates is refused, naming the field")
    func validation() throws {
        var r = StatsFixtures.record(1)
        r.requesterType = "polise"
        #expect(throws: StatisticsInputError.self) { try r.validate() }
        do { try r.validate() } catch { #expect(error.field == "requester_type") }
        var d = StatsFixtures.record(2, received: "2026-03-01", decided: "2026-02-01")
        #expect(throws: StatisticsInputError.self) { try d.validate() }
        d = StatsFixtures.record(3)
        d.decidedOutcome = nil
        #expect(throws: StatisticsInputError.self) { try d.validate() }
        let json = Data(#"[{"request_id":"a","survivor_id":"s","received":"2026-13-01","requester_type":"police"}]"#.utf8)
        do {
            _ = try RequestStatRecord.decodeList(json)
            Issue.record("should fail")
        } catch {
            #expect(error.field.contains("received"))
        }
        let dup = Data(#"[{"request_id":"a","survivor_id":"s","received":"2026-01-01","requester_type":"police"},{"request_id":"a","survivor_id":"t","received":"2026-01-02","requester_type":"cps"}]"#.utf8)
        #expect(throws: StatisticsInputError.self) { try RequestStatRecord.decodeList(dup) }
    }

    @Test("no count in a protected table is 1 to 4, and no record id appears in any output")
    func nothingSmallNothingIdentifying() {
        let s = StatsFixtures.protected(StatsFixtures.quarter())
        let text = StatisticsReturn(centre: "c", created: StatDate("2026-07-01")!, statistics: s).unsignedText
        for t in s.tables { for c in t.cells ?? [] { #expect(c.count % 5 == 0) } }
        #expect(!text.contains("req-"))
        #expect(!text.contains("surv-"))
        #expect(!text.contains("Smith"))
    }
}
