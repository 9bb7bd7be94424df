import ConfideCore
import Crypto
import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("Evidence: centre statistics, the national hub, charge rates")
struct EvidenceTests {
    /// A centre with `n` requests logged for several clients this year.
    func busy(_ centre: TestCentre, requests n: Int) async throws -> Browser {
        let alex = try await centre.signedIn("alex")
        let eli = try await centre.signedIn("eli")
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        for i in 0..<n {
            let client = try await centre.openClient(as: alex, name: "Person \(i)")
            let doc = RequestFixtures.credibility.replacingOccurrences(of: "2026-03-02T10:00:00Z", with: "\(year)-01-1\(i % 9)T10:00:00Z")
            _ = try await centre.logRequest(as: eli, client: client, doc)
        }
        return eli
    }

    @Test func centreStatisticsArePublishedOnlyAfterDisclosureControl() async throws {
        try await TestCentre.with { centre in
            _ = try await busy(centre, requests: 17)
            let year = Calendar(identifier: .gregorian).component(.year, from: Date())
            let stats = try await CentreStatistics.protected(centre.app, period: try Period.parse("\(year)"))
            #expect(stats.totalRequests % 5 == 0 && stats.totalRequests >= 15)
            for t in stats.tables { for c in t.cells ?? [] { #expect(c.count % 5 == 0, "\(t.id) \(c.category) \(c.count)") } }
            let police = try #require(stats.table(.requesterType)?.count("police"))
            #expect(police == 15 || police == 20, "17 police requests round to 15 or 20")
            let fran = try await centre.signedIn("fran")
            let page = try await fran.get("/statistics?period=\(year)")
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg"))
            #expect(page.text.contains("Requests (each rounded to a multiple of 5)"), "the value axis says what it counts")
            #expect(page.text.contains("<caption>Requests by who asked</caption>"), "each chart has its table")
            #expect(!page.text.contains("Person 1"), "no names on the statistics page")
            // The same protected figures as CSV, for download.
            let csv = try await fran.get("/statistics/tables.csv?period=\(year)")
            #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
            let lines = csv.text.split(separator: "\n")
            #expect(lines.first == "period,table,category,count")
            #expect(lines.contains("\(year),requester_type,police,\(police)"))
            for line in lines.dropFirst() {
                if let n = Int(line.split(separator: ",", omittingEmptySubsequences: false).last ?? "") { #expect(n % 5 == 0, "\(line)") }
            }
            #expect(try await centre.signedIn("alex").get("/statistics").status == .forbidden)
            let bad = try await fran.get("/statistics?period=2026-Q9")
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func signedReturnIsAcceptedOnceByTheHubAndEveryBadReturnIsRefusedWithNothingMerged() async throws {
        try await TestCentre.with { centre in
            _ = try await busy(centre, requests: 16)
            let year = Calendar(identifier: .gregorian).component(.year, from: Date())
            let period = try Period.parse("\(year)")
            let data = try await CentreStatistics.signedReturn(centre.app, period: period, actor: .system)
            let key = try await CentreStatistics.publicKey(centre.app)
            // The hub is another Confide (here: the same database, as a hub also runs the same binary).
            await #expect { try await Hub.importReturns(centre.app, files: [("r.json", data)]) } throws: { "\($0)".contains("unknown centre") }
            try await Hub.register(centre.app, centre: "centre", publicKey: key)
            #expect(try await Hub.importReturns(centre.app, files: [("r.json", data)]).count == 1)
            await #expect { try await Hub.importReturns(centre.app, files: [("r.json", data)]) } throws: { "\($0)".contains("duplicate") || "\($0)".contains("already") }
            // Tampered: one count changed by hand.
            var text = String(decoding: data, as: UTF8.self)
            text = text.replacingOccurrences(of: "\"total_requests\":", with: "\"total_requests\": 1000, \"x\":")
            await #expect(throws: Hub.Failure.self) { try await Hub.importReturns(centre.app, files: [("t.json", Data(text.utf8))]) }
            // Signed by someone else.
            let other = try StatisticsReturn(centre: "centre", created: .today(), statistics: try await CentreStatistics.protected(centre.app, period: try Period.parse("\(year)-Q1")))
                .signed(with: Curve25519.Signing.PrivateKey())
            await #expect { try await Hub.importReturns(centre.app, files: [("o.json", other)]) } throws: { "\($0)".contains("signature") }
            #expect(try await HubReturn.query(on: centre.app.db).count() == 1, "nothing else was merged")
            // Published.
            let csv = try await centre.app.testing().sendRequest(.GET, "/national/tables.csv")
            #expect(csv.text.hasPrefix("period,table,category,count,centres"))
            #expect(csv.text.contains("\(year),requester_type,police,"))
            // A quarter's return gives the trend chart a point (it used to ask for no figure and chart nothing).
            let quarterly = try await CentreStatistics.signedReturn(centre.app, period: try Period.parse("\(year)-Q1"), actor: .system)   // busy() dates them in January
            #expect(try await Hub.importReturns(centre.app, files: [("q.json", quarterly)]).count == 1)
            let dash = try await centre.app.testing().sendRequest(.GET, "/national")
            #expect(dash.status == .ok && dash.text.contains("National picture"))
            #expect(dash.text.contains("Requests by quarter, all centres") && dash.text.contains("<svg"))
            #expect(!dash.text.components(separatedBy: "Requests by quarter")[1].prefix(400).contains("Nothing to chart yet"))
        }
    }

    @Test func outcomesImportOnceRefuseBadFilesAndGiveTheContractRates() async throws {
        try await TestCentre.with { centre in
            let header = "Financial Year,Financial Quarter,Force Name,Offence Code,Offence Description,Offence Group,Offence Subgroup,Offence code expired,Outcome Type,Outcome Description,Outcome Group,Outcomes for offences that were recorded in the quarter,Outcomes for investigations closed in the quarter"
            func row(_ type: String, _ closed: String) -> String { "2025/26,Q1,Northmoor,19C,Rape,Sexual offences,Rape,,\(type),d,g,1,\(closed)" }
            let good = Data(([header, row("1", "9"), row("14", "100"), row("16", "31"), row("18", "12"), row("3", "260"), row("0", "999")]).joined(separator: "\n").utf8)
            let first = try await ChargeRateData.importFiles(centre.app, files: [("q1.csv", good)])
            #expect(first.files == 1 && first.outcomeRows == 6)
            let again = try await ChargeRateData.importFiles(centre.app, files: [("q1-copy.csv", good)])
            #expect(again.files == 0 && again.skipped == 1, "the same file twice changes nothing")
            let bad = Data(([header, row("1", "9"), "2025/26,Q1,Northmoor,19C,Rape,Sexual offences,Rape,,seven,d,g,1,2"]).joined(separator: "\n").utf8)
            await #expect { try await ChargeRateData.importFiles(centre.app, files: [("bad.csv", bad)]) } throws: { e in
                "\(e)".contains("row 3") && "\(e)".contains("Outcome Type")
            }
            #expect(try await OutcomesRecord.query(on: centre.app.db).count() == 6, "nothing from the bad file")
            let rates = ChargeRates.compute(try await ChargeRateData.rows(centre.app.db), by: [.force, .quarter], basis: .closed)
            let r = try #require(rates.rows.first)
            #expect(r.assigned == 412 && r.charged == 9 && r.victimDoesNotSupport == 131 && r.noSuspectIdentified == 12)
            #expect(rates.json.contains("\"charge_rate\":0.0218") || rates.json.contains("\"charge_rate\": 0.0218"))
            let page = try await centre.app.testing().sendRequest(.GET, "/charge-rates")
            #expect(page.text.contains("Northmoor") && page.text.contains("2.2%"))
        }
    }

    @Test func recordedCrimeImportsBesideTheOutcomesAndGivesChargesPerRecordedRape() async throws {
        try await TestCentre.with { centre in
            let header = "Financial Year,Financial Quarter,Force Name,Offence Code,Offence Description,Offence Group,Offence Subgroup,Offence code expired,Outcome Type,Outcome Description,Outcome Group,Outcomes for offences that were recorded in the quarter,Outcomes for investigations closed in the quarter"
            func row(_ type: String, _ closed: String) -> String { "2025/26,Q1,Northmoor,19C,Rape,Sexual offences,Rape,,\(type),d,g,1,\(closed)" }
            let outcomes = Data(([header, row("1", "9"), row("14", "100"), row("3", "260"),
                                  "2025/26,Q1,Northmoor,8N,Burglary,Theft,Burglary,,1,d,g,1,40"]).joined(separator: "\n").utf8)
            let pfaHeader = "Financial Year,Financial Quarter,Force Name,Offence Group,Offence Subgroup,Number of Offences"
            let pfa = Data([pfaHeader, "2025/26,Q1,Northmoor,Sexual offences,Rape,300", "2025/26,Q1,Northmoor,Sexual offences,Other sexual offences,500",
                            "2025/26,Q1,Eastvale,Sexual offences,Rape,N/A"].joined(separator: "\n").utf8)
            // One bad file refuses the whole import, naming where.
            let badPFA = Data([pfaHeader, "2025/26,Q5,Northmoor,Sexual offences,Rape,300"].joined(separator: "\n").utf8)
            await #expect { try await ChargeRateData.importFiles(centre.app, files: [("outcomes.csv", outcomes), ("pfa-bad.csv", badPFA)]) } throws: { e in
                "\(e)".contains("pfa-bad.csv") && "\(e)".contains("row 2") && "\(e)".contains("Financial Quarter")
            }
            let outcomeCount = try await OutcomesRecord.query(on: centre.app.db).count()
            let recordedCount = try await RecordedCrimeRecord.query(on: centre.app.db).count()
            #expect(outcomeCount == 0 && recordedCount == 0, "nothing was half-imported")
            let done = try await ChargeRateData.importFiles(centre.app, files: [("outcomes.csv", outcomes), ("pfa.csv", pfa)])
            #expect(done.files == 2 && done.outcomeRows == 3 && done.recordedRows == 2, "only rape rows are kept (\(done))")
            let per = try await ChargeRateData.perRecorded(centre.app.db, by: [.force, .quarter], basis: .closed)
            let north = try #require(per.rows.first { $0.force == "Northmoor" })
            #expect(north.charged == 9 && north.recorded == 300 && north.chargesPerRecordedRape == 0.03)
            let page = try await centre.app.testing().sendRequest(.GET, "/charge-rates")
            #expect(page.text.contains("Charges per 100 recorded rapes") && page.text.contains("3.0 (of 300 recorded)") && page.text.contains("2025-Q2"))
            let json = try await centre.app.testing().sendRequest(.GET, "/charge-rates/per-recorded.json")
            #expect(json.status == .ok && json.text.contains("confide.outcomes-recorded/v1"))
            // The contract's figures are unchanged by the recorded-crime table.
            let rates = ChargeRates.compute(try await ChargeRateData.rows(centre.app.db), by: [.force, .quarter], basis: .closed)
            #expect(rates.rows.count == 1 && rates.rows[0].assigned == 369 && rates.rows[0].charged == 9)
        }
    }
}
