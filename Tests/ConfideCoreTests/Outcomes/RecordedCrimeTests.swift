import Foundation
import Testing
@testable import ConfideCore

/// Fictional police recorded crime rows in the PFA table layout.
enum RecordedFixtures {
    static let header = "Financial Year,Financial Quarter,Force Name,Offence Description,Offence Group,Offence Subgroup,Offence Code,Number of Offences"
    static let body = [
        "2025/26,Q1,Northmoor,Rape of a female aged 16 and over,Sexual offences,Rape,19C,100",
        "2025/26,Q1,Northmoor,Rape of a female child under 16,Sexual offences,Rape,19D,20",
        "2025/26,Q1,Northmoor,Rape of a female child under 13,Sexual offences,Rape,19E,N/A - data not provided",
        "2025/26,Q1,Northmoor,Sexual assault on a female aged 13 and over,Sexual offences,Other sexual offences,17A,500",
        "2025/26,Q2,Northmoor,Rape of a female aged 16 and over,Sexual offences,Rape,19C,152",
        "2025/26,Q2,Northmoor,Rape of a male aged 16 and over,Sexual offences,Rape,19F,-2",
        "2025-2026,Q1,  Eastvale   ,Rape of a male child under 13,Sexual offences,Rape,19H,\"1,004\"",
        "2025/26,Q1,Eastvale,Shoplifting,Theft offences,Shoplifting,46,NA",
    ]
    static var csv: Data { Data(([header] + body).joined(separator: "\n").utf8) }
    static func cells() -> [[String]] { (try! CSVReader.records(([header] + body).joined(separator: "\n"))).map(\.fields) }
}

@Suite("Police recorded crime (PFA table): rape rows")
struct RecordedCrimeTests {
    @Test("keeps rape rows by offence code, N/A missing, negatives kept, names and years normalised")
    func parse() throws {
        let f = try RecordedCrimeFile.parse(RecordedFixtures.csv)
        #expect(f.rows.count == 6)
        #expect(f.otherOffenceRows == 2)
        #expect(f.measures == [.quarter])
        #expect(f.rows.first { $0.offence == "19E" }!.offences == nil)
        #expect(f.rows.first { $0.offence == "19F" }!.offences == -2)
        let east = f.rows.first { $0.force == "Eastvale" }!
        #expect(east.financialYear == "2025/26" && east.offences == 1004 && east.line == 8)
        #expect(f.rows.allSatisfy { $0.measure == .quarter })
    }

    @Test("without a code column, the subgroup \"Rape\" (or a description starting \"Rape\") decides")
    func noCodeColumn() throws {
        let text = """
        Financial Year,Financial Quarter,Force Name,Offence Group,Offence Subgroup,Offence Description,Number of Offences
        2019/2020,Q3,Northmoor,Sexual offences,Rape,Rape of a female aged 16 and over,40
        2019/20,Q3,Northmoor,Sexual offences,Other sexual offences,Rape-like words elsewhere,7
        2019/20,Q3,Northmoor,Sexual offences,,Rape of a male aged 16 and over,3
        2019/20,Q3,Northmoor,Sexual offences,,Sexual grooming,9
        """
        let f = try RecordedCrimeFile.parse(Data(text.utf8))
        #expect(f.rows.map(\.offences) == [40, 3])
        #expect(f.otherOffenceRows == 2)
        #expect(RecordedCrimeFile.isRape(code: "19G", subgroup: "Other", description: nil))
        #expect(!RecordedCrimeFile.isRape(code: "17A", subgroup: "Rape", description: nil))
    }

    @Test("the rolling-year total is kept as its own measure, never as a quarterly count")
    func rolling() throws {
        let only = "Financial Year,Financial Quarter,Force Name,Offence Subgroup,Rolling year total number of offences\n2025/26,Q4,Northmoor,Rape,480\n"
        let f = try RecordedCrimeFile.parse(Data(only.utf8))
        #expect(f.measures == [.rollingYear] && f.rows[0].measure == .rollingYear && f.rows[0].offences == 480)
        let both = "Financial Year,Financial Quarter,Force Name,Offence Subgroup,Number of Offences,Rolling year total number of offences\n2025/26,Q4,Northmoor,Rape,120,480\n"
        let g = try RecordedCrimeFile.parse(Data(both.utf8))
        #expect(g.measures == [.quarter, .rollingYear])
        #expect(g.rows.first { $0.measure == .quarter }!.offences == 120)
        #expect(g.rows.first { $0.measure == .rollingYear }!.offences == 480)
    }

    static let bad: [(String, Int, String)] = [
        (RecordedFixtures.header.replacingOccurrences(of: "Offence Group", with: "Crime Category") + "\n", 1, "Crime Category"),
        ("Financial Year,Financial Quarter,Force Name,Offence Subgroup\n", 1, "Number of Offences"),
        ("Financial Year,Financial Quarter,Force Name,Number of Offences\n", 1, "Offence Subgroup"),
        (RecordedFixtures.header + "\n2025/26,Q5,Northmoor,d,g,Rape,19C,1\n", 2, "Financial Quarter"),
        (RecordedFixtures.header + "\n2025/26,Q1,Northmoor,d,g,Rape,19C,1.5\n", 2, "Number of Offences"),
        (RecordedFixtures.header + "\n2025/26,Q1,Northmoor,d,g,Other,17A,lots\n", 2, "Number of Offences"),
        (RecordedFixtures.header + "\n2025/26,Q1,Northmoor,d,g,Rape,19C,1\n2025/26,Q1,NORTHMOOR,d,g,Rape,19C,2\n", 3, "(row)"),
    ]

    @Test("a malformed table is refused whole, naming the row and column", arguments: 0..<bad.count)
    func refused(_ i: Int) {
        let (text, row, column) = Self.bad[i]
        do {
            _ = try RecordedCrimeFile.parse(Data(text.utf8))
            Issue.record("accepted case \(i)")
        } catch {
            #expect(error.row == row, "case \(i): \(error)")
            #expect(error.column == column, "case \(i): \(error)")
        }
    }

    @Test("the same table as CSV, XLSX (after a cover sheet) and ODS gives the same rows and hash")
    func workbooks() throws {
        let csv = try RecordedCrimeFile.parse(RecordedFixtures.csv)
        let cells = RecordedFixtures.cells().map { $0.map { $0 == "1,004" ? "1004" : $0 } }
        let xlsx = try RecordedCrimeFile.parse(try WorkbookBuilder.xlsx([OutcomesWorkbooks.cover, WorkbookBuilder.plainSheet("Table P1", cells)]))
        let ods = try RecordedCrimeFile.parse(try WorkbookBuilder.ods([WorkbookBuilder.plainODSSheet("Introduction", [["Police recorded crime"]]),
                                                                      WorkbookBuilder.plainODSSheet("2025-26", RecordedFixtures.cells())]))
        #expect(xlsx.rows == csv.rows && ods.rows == csv.rows)
        #expect(xlsx.contentHash == csv.contentHash && ods.contentHash == csv.contentHash)
        #expect(csv.contentHash != (try OutcomesFile.parse(OutcomesFixtures.file2026)).contentHash)
        #expect(ods.sheets == ["2025-26"])
    }

    @Test("year sheets of one workbook are read together; a row repeated across them is refused")
    func yearSheets() throws {
        let cells = RecordedFixtures.cells()
        let q1 = [cells[0]] + cells[1...4]
        let q2 = [cells[0]] + cells[5...]
        let split = try RecordedCrimeFile.parse(try WorkbookBuilder.xlsx([WorkbookBuilder.plainSheet("Q1", q1), WorkbookBuilder.plainSheet("Rest", q2)]))
        // Same figures and hash; the rows of the second sheet have that sheet's row numbers.
        let csv = try RecordedCrimeFile.parse(RecordedFixtures.csv)
        #expect(split.contentHash == csv.contentHash)
        #expect(split.rows.map(\.offences) == csv.rows.map(\.offences))
        #expect(split.rows.last!.line == 4 && csv.rows.last!.line == 8)
        #expect(split.sheets == ["Q1", "Rest"])
        let twice = try WorkbookBuilder.xlsx([WorkbookBuilder.plainSheet("A", q1), WorkbookBuilder.plainSheet("B", q1)])
        do { _ = try RecordedCrimeFile.parse(twice); Issue.record("accepted") } catch {
            #expect(error.sheet == "B" && error.row == 2 && error.message.contains("sheet \"A\""), "\(error)")
        }
    }

    @Test("HomeOfficeFile tells the two layouts apart, in every format")
    func layouts() throws {
        #expect(try HomeOfficeFile.layout(RecordedFixtures.csv) == .recordedCrime)
        #expect(try HomeOfficeFile.layout(OutcomesFixtures.file2026) == .outcomes)
        guard case .recordedCrime(let r) = try HomeOfficeFile.parse(try WorkbookBuilder.ods([WorkbookBuilder.plainODSSheet("T", RecordedFixtures.cells())])) else {
            Issue.record("not recorded crime"); return
        }
        #expect(r.rows.count == 6)
        guard case .outcomes(let o) = try HomeOfficeFile.parse(try OutcomesWorkbooks.xlsx(), fileName: "o.xlsx") else {
            Issue.record("not outcomes"); return
        }
        #expect(o.rows.count == 15)
        #expect(try HomeOfficeFile.parse(OutcomesFixtures.file2026).contentHash == (try OutcomesFile.parse(OutcomesFixtures.file2026)).contentHash)
        // Neither layout: the error names the first column that is not an outcomes column.
        do { _ = try HomeOfficeFile.parse(Data("Crime ID,Month\n1,2\n".utf8)); Issue.record("accepted") } catch {
            #expect(error.row == 1 && error.column == "Crime ID")
        }
    }
}

@Suite("Charges per recorded rape")
struct RecordedRapeRatesTests {
    @Test("joins on the charge-rate groups; rolling totals ignored; a period without a recorded figure gives no rate")
    func join() throws {
        let outcomes = try OutcomesFile.parse(OutcomesFixtures.file2026).rows
        var recorded = try RecordedCrimeFile.parse(RecordedFixtures.csv).rows
        recorded.append(RecordedCrimeRow(financialYear: "2025/26", quarter: 2, force: "Northmoor", offence: "Rape", measure: .rollingYear, offences: 9_999, line: 99))
        let rates = ChargeRates.compute(outcomes, by: [.force, .quarter])
        let before = rates.json
        let r = RecordedRapeRates.compute(rates, outcomes: outcomes, recorded: recorded)
        #expect(rates.json == before)
        #expect(r.rows.count == 3)
        let london = r.rows[0]
        #expect(london.force == "London, City of" && london.recorded == nil && london.periodsWithoutRecorded == 1 && london.chargesPerRecordedRape == nil)
        let q1 = r.rows[1], q2 = r.rows[2]
        #expect(q1.charged == 9 && q1.recorded == 120 && q1.chargesPerRecordedRape == 0.075)
        #expect(q2.charged == 7 && q2.recorded == 150 && q2.chargesPerRecordedRape == 0.0467)
        #expect(r.json.contains("\"charges_per_recorded_rape\": 0.075"))
        #expect(r.csv.split(separator: "\n")[0] == "force,quarter,charged,recorded_rapes,periods_without_recorded,charges_per_recorded_rape")
        #expect(RecordedRapeRates.definition(basis: .closed).contains("not the same offences"))

        let byForce = RecordedRapeRates.compute(ChargeRates.compute(outcomes, by: [.force]), outcomes: outcomes, recorded: recorded)
        let northmoor = byForce.rows.first { $0.force == "Northmoor" }!
        #expect(northmoor.charged == 16 && northmoor.recorded == 270 && northmoor.chargesPerRecordedRape == 0.0593)
        // Eastvale has recorded rapes but no outcomes: it is not a charge-rate group, so it has no row.
        #expect(!byForce.rows.contains { $0.force == "Eastvale" })

        // Dropping Northmoor's Q2 recorded figure leaves the force-level rate unknown rather than inflated.
        let partial = RecordedRapeRates.compute(ChargeRates.compute(outcomes, by: [.force]), outcomes: outcomes,
                                                recorded: recorded.filter { $0.quarter == 1 })
        let n = partial.rows.first { $0.force == "Northmoor" }!
        #expect(n.recorded == 120 && n.periodsWithoutRecorded == 1 && n.chargesPerRecordedRape == nil)
    }
}
