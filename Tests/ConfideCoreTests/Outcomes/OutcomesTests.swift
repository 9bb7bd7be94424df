import Foundation
import Testing
@testable import ConfideCore

/// Fictional rows in the published layouts (forces and figures invented).
enum OutcomesFixtures {
    static let header2026 = "Financial Year,Financial Quarter,Force Name,Offence Code,Offence Description,Offence Group,Offence Subgroup,Offence code expired,Outcome Type,Outcome Description,Outcome Group,Outcomes for offences that were recorded in the quarter,Outcomes for investigations closed in the quarter"
    static let headerOld = "\u{FEFF}Financial Year,Financial Quarter,Force Name,Offence Code,Offence Description,Offence Group,Offence Subgroup,Offence Code Expired,Outcome Type,Outcome Description,Outcome Group,Number of Outcomes for offences that were recorded in the quarter,Number of Outcomes for investigations that were closed in the quarter"

    static func row(_ year: String = "2025/26", q: String = "Q1", force: String = "Northmoor", code: String = "19C",
                    expired: String = "", type: String, recorded: String, closed: String) -> String {
        "\(year),\(q),\(force),\(code),Rape of a female aged 16 and over,Sexual offences,Rape,\(expired),\(type),description,group,\(recorded),\(closed)"
    }

    static let body = [
        row(type: "0", recorded: "300", closed: "N/A"),
        row(type: "1", recorded: "5", closed: "6"),
        row(type: "1a", recorded: "2", closed: "2"),
        row(type: "14", recorded: "40", closed: "50"),
        row(type: "16", recorded: "60", closed: "81"),
        row(type: "18", recorded: "10", closed: "12"),
        row(type: "21", recorded: "N/A - data not provided", closed: "-3"),
        row(code: "19D", type: "1", recorded: "NA", closed: "3"),
        row(code: "19D", type: "15", recorded: "n/a", closed: "\"1,263\""),
        row(code: "8N", type: "1", recorded: "999", closed: "999"),
        row("2025/26", q: "Q1", force: "\"London, City of\"", code: "19C", type: "1", recorded: "1", closed: "N/A"),
        row("2025/26", q: "Q1", force: "\"London, City of\"", code: "19C", type: "16", recorded: "2", closed: "N/A - Offence code expired"),
        row("2025/26", q: "Q2", force: "Northmoor", code: "19C", type: "1", recorded: "4", closed: "7"),
        row("2025/26", q: "Q2", force: "Northmoor", code: "19C", type: "3", recorded: "0", closed: "0"),
    ]

    static var file2026: Data { Data(([header2026] + body).joined(separator: "\n").utf8) }
}

@Suite("Home Office crime outcomes file")
struct OutcomesFileTests {
    @Test("reads the published layout: N/A is missing, negatives kept, 1a skipped, years normalised")
    func parse() throws {
        let f = try OutcomesFile.parse(OutcomesFixtures.file2026)
        #expect(f.rows.count == 13)
        #expect(f.skippedAlternateOutcomeRows == 1)
        let type0 = f.rows.first { $0.outcomeType == 0 }!
        #expect(type0.recorded == 300 && type0.closed == nil)
        #expect(f.rows.first { $0.outcomeType == 21 }!.closed == -3)
        #expect(f.rows.first { $0.outcomeType == 21 }!.recorded == nil)
        #expect(f.rows.first { $0.outcomeType == 15 }!.closed == 1263)
        #expect(f.rows.contains { $0.force == "London, City of" })
        #expect(f.rapeRows.count == 12)
        #expect(f.rows.first!.line == 2)
    }

    @Test("the older header spelling, a BOM, CRLF and 2019-2020 year forms read the same data with the same hash")
    func variants() throws {
        let a = try OutcomesFile.parse(OutcomesFixtures.file2026)
        let oldBody = OutcomesFixtures.body.map { $0.replacingOccurrences(of: "2025/26,", with: "2025-2026,") }
        let b = try OutcomesFile.parse(Data((([OutcomesFixtures.headerOld] + oldBody.reversed()).joined(separator: "\r\n") + "\r\n").utf8))
        #expect(a.contentHash == b.contentHash)
        #expect(Set(a.rows.map(\.financialYear)) == Set(b.rows.map(\.financialYear)))
        #expect(OutcomesFile.normaliseFinancialYear("2019-20") == "2019/20")
        #expect(OutcomesFile.normaliseFinancialYear("2019/2021") == nil)
        #expect(OutcomesFile.normaliseFinancialYear("1999/00") == "1999/00")
    }

    @Test("a changed figure changes the hash")
    func hashChanges() throws {
        let a = try OutcomesFile.parse(OutcomesFixtures.file2026)
        let text = String(decoding: OutcomesFixtures.file2026, as: UTF8.self).replacingOccurrences(of: ",40,50", with: ",40,51")
        #expect(try OutcomesFile.parse(Data(text.utf8)).contentHash != a.contentHash)
    }

    static let bad: [(String, Int, String)] = [
        (OutcomesFixtures.header2026.replacingOccurrences(of: "Force Name", with: "Police Force") + "\n", 1, "Police Force"),
        (OutcomesFixtures.header2026.replacingOccurrences(of: ",Outcomes for investigations closed in the quarter", with: "") + "\n", 1, "Outcomes for investigations closed in the quarter"),
        ([OutcomesFixtures.header2026, OutcomesFixtures.row(type: "1", recorded: "5", closed: "6"),
          OutcomesFixtures.row(type: "14", recorded: "4O", closed: "6")].joined(separator: "\n"), 3, "Outcomes for offences that were recorded in the quarter"),
        ([OutcomesFixtures.header2026, OutcomesFixtures.row(type: "1", recorded: "5.5", closed: "6")].joined(separator: "\n"), 2, "Outcomes for offences that were recorded in the quarter"),
        ([OutcomesFixtures.header2026, OutcomesFixtures.row(type: "23", recorded: "5", closed: "6")].joined(separator: "\n"), 2, "Outcome Type"),
        ([OutcomesFixtures.header2026, OutcomesFixtures.row("2025/27", type: "1", recorded: "5", closed: "6")].joined(separator: "\n"), 2, "Financial Year"),
        ([OutcomesFixtures.header2026, OutcomesFixtures.row(q: "Q5", type: "1", recorded: "5", closed: "6")].joined(separator: "\n"), 2, "Financial Quarter"),
        ([OutcomesFixtures.header2026, OutcomesFixtures.row(expired: "expired", type: "1", recorded: "5", closed: "6")].joined(separator: "\n"), 2, "Offence code expired"),
        ([OutcomesFixtures.header2026, OutcomesFixtures.row(type: "1", recorded: "5", closed: "6") + ",extra"].joined(separator: "\n"), 2, "(row)"),
        ([OutcomesFixtures.header2026, OutcomesFixtures.row(type: "1", recorded: "5", closed: "6"),
          OutcomesFixtures.row(type: "1", recorded: "5", closed: "6")].joined(separator: "\n"), 3, "(row)"),
        ([OutcomesFixtures.header2026, OutcomesFixtures.row(type: "1", recorded: "5", closed: "\"6")].joined(separator: "\n"), 2, "column 13"),
    ]

    @Test("a malformed or unexpected file is refused whole, naming the row and the column", arguments: 0..<bad.count)
    func refused(_ i: Int) {
        let (text, row, column) = Self.bad[i]
        do {
            _ = try OutcomesFile.parse(Data(text.utf8))
            Issue.record("accepted case \(i)")
        } catch {
            #expect(error.row == row, "case \(i): \(error)")
            #expect(error.column == column, "case \(i): \(error)")
            #expect(error.description.contains("nothing was imported"))
        }
    }

    @Test("the police.uk sample and the derived sample are not this layout: refused at the header",
          .enabled(if: FileManager.default.fileExists(atPath: "/work/shared/domain/data/policeuk_outcomes_2019-01_metropolitan_head.csv")),
          arguments: ["policeuk_outcomes_2019-01_metropolitan_head.csv", "ho_outcomes_derived_sexual_offences_force_year.csv"])
    func sharedSamples(_ name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: "/work/shared/domain/data/" + name))
        #expect {
            try OutcomesFile.parse(data)
        } throws: { error in
            guard let e = error as? OutcomesFileError else { return false }
            return e.row == 1 && e.message.contains("not a column")
        }
    }
}

@Suite("Charge rates (confide.outcomes/v1)")
struct ChargeRatesTests {
    @Test("by force and quarter on the closed basis: outcome 0 never counted, N/A skipped, negatives added")
    func closed() throws {
        let f = try OutcomesFile.parse(OutcomesFixtures.file2026)
        let r = ChargeRates.compute(f.rows, by: [.force, .quarter])
        #expect(r.rows.count == 3)
        let london = r.rows[0]
        #expect(london.force == "London, City of")
        #expect(london.assigned == nil && london.charged == nil && london.chargeRate == nil)
        let q1 = r.rows[1]
        #expect(q1.force == "Northmoor" && q1.quarter == "Q1")
        // 6 (19C type 1) + 50 + 81 + 12 - 3 + 3 (19D type 1) + 1263 (19D type 15); type 0 and 8N excluded, 1a skipped
        #expect(q1.assigned == 6 + 50 + 81 + 12 - 3 + 3 + 1263)
        #expect(q1.charged == 9)
        #expect(q1.victimDoesNotSupport == 131)
        #expect(q1.noSuspectIdentified == 12)
        #expect(q1.chargeRate == 0.0064)
        let q2 = r.rows[2]
        #expect(q2.assigned == 7 && q2.charged == 7 && q2.chargeRate == 1)
        #expect(q2.victimDoesNotSupport == 0)
    }

    @Test("recorded basis; by year; the exact JSON of the spec")
    func json() throws {
        let f = try OutcomesFile.parse(OutcomesFixtures.file2026)
        let r = ChargeRates.compute(f.rows, by: [.force, .year, .quarter], basis: .recorded)
        #expect(r.json == """
        {"schema": "confide.outcomes/v1", "offence": "rape", "basis": "recorded",
         "rows": [{"force": "London, City of", "financial_year": "2025/26", "quarter": "Q1", "assigned": 3, "charged": 1, "charge_rate": 0.3333, "victim_does_not_support": 2, "no_suspect_identified": 0},
                  {"force": "Northmoor", "financial_year": "2025/26", "quarter": "Q1", "assigned": 115, "charged": 5, "charge_rate": 0.0435, "victim_does_not_support": 100, "no_suspect_identified": 10},
                  {"force": "Northmoor", "financial_year": "2025/26", "quarter": "Q2", "assigned": 4, "charged": 4, "charge_rate": 1, "victim_does_not_support": 0, "no_suspect_identified": 0}]}

        """)
        let byYear = ChargeRates.compute(f.rows, by: [.year])
        #expect(byYear.rows.count == 1 && byYear.rows[0].financialYear == "2025/26" && byYear.rows[0].force == nil)
        #expect(!byYear.json.contains("\"force\""))
    }

    @Test("CSV: grouping columns first, null as empty, force names quoted")
    func csv() throws {
        let f = try OutcomesFile.parse(OutcomesFixtures.file2026)
        let csv = ChargeRates.compute(f.rows, by: [.force, .quarter]).csv
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "force,quarter,assigned,charged,charge_rate,victim_does_not_support,no_suspect_identified")
        #expect(lines[1] == "\"London, City of\",Q1,,,,,")
        #expect(lines[3] == "Northmoor,Q2,7,7,1,0,0")
    }

    @Test("a group with nothing assigned has a null rate; --by parsing")
    func edges() throws {
        let only0 = Data([OutcomesFixtures.header2026, OutcomesFixtures.row(type: "0", recorded: "12", closed: "4")].joined(separator: "\n").utf8)
        let r = ChargeRates.compute(try OutcomesFile.parse(only0).rows, by: [.force])
        #expect(r.rows[0].assigned == 0 && r.rows[0].chargeRate == nil)
        #expect(r.json.contains("\"charge_rate\": null"))
        #expect(try OutcomesGrouping.parseList("force, quarter") == [.force, .quarter])
        #expect(throws: OutcomesArgumentError.self) { try OutcomesGrouping.parseList("force,region") }
        #expect(throws: OutcomesArgumentError.self) { try OutcomesGrouping.parseList("force,force") }
        #expect(ChargeRates.definition(basis: .closed).contains("19C–19H"))
    }
}
