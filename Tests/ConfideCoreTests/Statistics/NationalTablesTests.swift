import Crypto
import Foundation
import Testing
@testable import ConfideCore

@Suite("National tables")
struct NationalTablesTests {
    static let keys: [String: Curve25519.Signing.PrivateKey] = [
        "northmoor-rcc": StatsFixtures.signing, "eastvale-svs": StatsFixtures.otherSigning,
        "fenside-rc": try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 0x33, count: 32)),
    ]

    func returns(period: String = "2026-Q1") throws -> [VerifiedReturn] {
        let big = StatsFixtures.quarter()
        let medium = (0..<26).map { StatsFixtures.record(500 + $0, type: $0 % 7 == 0 ? "cps" : "police", org: "Eastvale Constabulary") }
        let tiny = (0..<4).map { StatsFixtures.record(900 + $0) }
        let files = [
            ("n", StatsFixtures.signedReturn(centre: "northmoor-rcc", records: big, period: period, signer: Self.keys["northmoor-rcc"]!)),
            ("e", StatsFixtures.signedReturn(centre: "eastvale-svs", records: medium, period: period, signer: Self.keys["eastvale-svs"]!)),
            ("f", StatsFixtures.signedReturn(centre: "fenside-rc", records: tiny, period: period, signer: Self.keys["fenside-rc"]!)),
        ]
        return try ReturnVerifier.verifyAll(files, registry: StatsFixtures.registry(Self.keys))
    }

    @Test("national cells are exactly the sums of the centres' published cells")
    func sums() throws {
        let rs = try returns()
        let n = try NationalTables.merge(rs, period: try Period.parse("2026-Q1"))
        #expect(n.totalRequests.value == rs.reduce(0) { $0 + $1.statistics.totalRequests })
        #expect(n.totalRequests.centres == 3)
        let t = n.table(.requesterType)!
        #expect(t.centresIncluded == 2 && t.centresWithheld == 1)
        for cell in t.cells! {
            let expected = rs.compactMap { $0.statistics.table(.requesterType)?.count(cell.category) }.reduce(0, +)
            #expect(cell.count == expected)
            #expect(cell.count % 5 == 0)
        }
    }

    @Test("national minus the other centres gives back only the centre's PUBLISHED figure")
    func differencing() throws {
        let rs = try returns()
        let n = try NationalTables.merge(rs, period: try Period.parse("2026-Q1"))
        let northmoor = rs.first { $0.centre == "northmoor-rcc" }!.statistics
        let others = rs.filter { $0.centre != "northmoor-rcc" }.map(\.statistics)
        for cell in n.table(.requesterType)!.cells! {
            let diff = cell.count - others.compactMap { $0.table(.requesterType)?.count(cell.category) }.reduce(0, +)
            #expect(diff == northmoor.table(.requesterType)!.count(cell.category))
        }
    }

    @Test("JSON and CSV carry the figures and the centres counted; trends line up periods")
    func rendering() throws {
        let q1 = try NationalTables.merge(try returns(), period: try Period.parse("2026-Q1"))
        let q2 = try NationalTables.merge(try returns(period: "2026-Q2"), period: try Period.parse("2026-Q2"))
        let json = try StatsJSON.parse(Data(q1.jsonText.utf8))
        #expect(json["schema"] == .string("confide.stats-national/v1"))
        #expect(q1.csv.hasPrefix("period,table,category,count,centres\n2026-Q1,counts,total_requests,"))
        #expect(q1.csv.contains("2026-Q1,requester_type,police,"))
        let series = NationalTables.trend([q2, q1], table: nil, category: "total_requests")
        #expect(series.map(\.period.description) == ["2026-Q1", "2026-Q2"])
    }

    @Test("returns for another period or two from one centre are refused")
    func mixing() throws {
        let rs = try returns()
        #expect(throws: NationalMergeError.self) { try NationalTables.merge(rs, period: try Period.parse("2026-Q2")) }
        #expect(throws: NationalMergeError.self) { try NationalTables.merge(rs + [rs[0]], period: try Period.parse("2026-Q1")) }
    }

    @Test("the median of centre medians needs at least 3 centres with a median")
    func medians() throws {
        let n = try NationalTables.merge(try returns(), period: try Period.parse("2026-Q1"))
        #expect(n.centresWithMedian < 3)
        #expect(n.medianOfCentreMedians == nil)
    }
}
