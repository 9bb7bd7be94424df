import Foundation
import Testing
@testable import ConfideCore

/// The outcomes fixture as cells, and the same table as XLSX and ODS in the published workbook layout.
enum OutcomesWorkbooks {
    static let body = OutcomesFixtures.body + [
        OutcomesFixtures.row(code: "19E", expired: "x", type: "1", recorded: "N/A - Offence code expired", closed: "2"),
        OutcomesFixtures.row(q: "Q2", code: "19C", type: "0", recorded: "17", closed: "NA"),
    ]
    static var csv: Data { Data(([OutcomesFixtures.header2026] + body).joined(separator: "\n").utf8) }

    static func cells(_ header: String) -> [[String]] {
        (try! CSVReader.records(([header] + body).joined(separator: "\n"))).map(\.fields)
    }

    /// Cover and notes sheets first (a header-like row on row 4 of the notes, which must not be taken).
    static let cover = WorkbookBuilder.plainSheet("Cover", [["Crime outcomes in England and Wales: open data (fictional)"], [], ["Source: invented for tests"]])
    static let notes = WorkbookBuilder.plainSheet("Notes", [["Notes"], [], [], ["Financial Year", "Force Name", "Outcome Type"], ["a note"]])

    static func xlsx(header: String = OutcomesFixtures.header2026, dataName: String = "Outcomes_open_data_2025_26") throws -> Data {
        // Numbers as number cells ("1,263" as the number it shows), descriptions as inline strings, names in rich text.
        let rows = cells(header).map { $0.map { $0 == "1,263" ? "1263" : $0 } }
        return try WorkbookBuilder.xlsx([cover, notes, WorkbookBuilder.plainSheet(dataName, rows, inlineColumns: [4])],
                                        richTextFor: ["Northmoor", "London, City of"])
    }

    static func ods(header: String = OutcomesFixtures.headerOld) throws -> Data {
        let coverSheet = WorkbookBuilder.OSheet(name: "Cover sheet", rows: [(1, [.string("Title")]), (3, [.empty(repeat: 5)]), (1, [.string("Contents")])])
        return try WorkbookBuilder.ods([coverSheet, WorkbookBuilder.plainODSSheet("Data", cells(header))])
    }
}

@Suite("Crime outcomes from XLSX and ODS workbooks")
struct OutcomesWorkbookTests {
    @Test("the content hash of the CSV fixture is what it was before workbooks were added")
    func hashPinned() throws {
        #expect(try OutcomesFile.parse(OutcomesFixtures.file2026).contentHash == "5e19f7144e03086f73f6e2b04c8c14a235a2d898448448108cd7300f468452b1")
        #expect(try OutcomesFile.parse(OutcomesFixtures.file2026).sheets.isEmpty)
    }

    @Test("count cells: thousands separators, negatives, N/A marks; anything else refused (no regex, same rules)")
    func counts() throws {
        #expect(try OutcomesFile.count("1,263") == 1263)
        #expect(try OutcomesFile.count("-1,263,000") == -1_263_000)
        #expect(try OutcomesFile.count(" -3 ") == -3)
        #expect(try OutcomesFile.count("N/A - data not provided") == nil)
        #expect(try OutcomesFile.count("") == nil)
        for bad in ["12,34", ",123", "1,2345", "1,,234", "+5", "-", "5.5", "1 263", "١٢"] {
            #expect(throws: OutcomesFile.CountError.self, "\(bad)") { try OutcomesFile.count(bad) }
        }
    }

    @Test("the same table as CSV, XLSX and ODS gives the same rows, figures and hash")
    func sameFigures() throws {
        let csv = try OutcomesFile.parse(OutcomesWorkbooks.csv, fileName: "outcomes.csv")
        let xlsx = try OutcomesFile.parse(try OutcomesWorkbooks.xlsx(), fileName: "prc-outcomes-open-data-mar2026-tables.xlsx")
        let ods = try OutcomesFile.parse(try OutcomesWorkbooks.ods(), fileName: "outcomes.ods")
        #expect(csv.rows.count == 15)
        #expect(xlsx.rows == csv.rows)
        #expect(ods.rows == csv.rows)
        #expect(xlsx.contentHash == csv.contentHash && ods.contentHash == csv.contentHash)
        #expect(xlsx.skippedAlternateOutcomeRows == 1 && ods.skippedAlternateOutcomeRows == 1)
        #expect(xlsx.sheets == ["Outcomes_open_data_2025_26"] && ods.sheets == ["Data"])
        let expired = xlsx.rows.first { $0.offenceCode == "19E" }!
        #expect(expired.offenceCodeExpired && expired.recorded == nil && expired.closed == 2)
        #expect(ods.rows.first { $0.outcomeType == 21 }!.closed == -3)
        #expect(ods.rows.first { $0.outcomeType == 15 }!.closed == 1263)
        #expect(xlsx.rows.filter { $0.outcomeType == 0 }.count == 2)
        for basis in OutcomesBasis.allCases {
            let a = ChargeRates.compute(csv.rows, by: [.force, .year, .quarter], basis: basis)
            #expect(ChargeRates.compute(xlsx.rows, by: [.force, .year, .quarter], basis: basis).json == a.json)
            #expect(ChargeRates.compute(ods.rows, by: [.force, .year, .quarter], basis: basis).csv == a.csv)
        }
    }

    static func dataSheet(_ rows: [[String]]) -> WorkbookBuilder.XSheet { WorkbookBuilder.plainSheet("Data", rows) }
    static let header = OutcomesWorkbooks.cells(OutcomesFixtures.header2026)[0]
    static let good = OutcomesWorkbooks.cells(OutcomesFixtures.header2026)[1]

    static let bad: [(String, @Sendable () throws -> Data, Int, String, String)] = [
        ("unknown header", { try WorkbookBuilder.xlsx([OutcomesWorkbooks.cover, dataSheet([header.map { $0 == "Force Name" ? "Police Force" : $0 }, good])]) }, 1, "Police Force", "not a column"),
        ("wrong number", { try WorkbookBuilder.xlsx([dataSheet([header, good, good.enumerated().map { $0.offset == 8 ? "14" : $0.offset == 11 ? "5.5" : $0.element }])]) },
         3, "Outcomes for offences that were recorded in the quarter", "whole number"),
        ("value beyond the header", { try WorkbookBuilder.xlsx([dataSheet([header, good + ["stray"]])]) }, 2, "column N", "beyond"),
        ("repeated row", { try WorkbookBuilder.xlsx([dataSheet([header, good, good])]) }, 3, "(row)", "repeats row 2"),
        ("bad outcome type in ODS", { try WorkbookBuilder.ods([WorkbookBuilder.plainODSSheet("Data", [header, good.enumerated().map { $0.offset == 8 ? "23" : $0.element }])]) },
         2, "Outcome Type", "outcome type"),
    ]

    @Test("a malformed workbook is refused whole, naming the sheet, row and column", arguments: 0..<bad.count)
    func refused(_ i: Int) throws {
        let (name, make, row, column, message) = Self.bad[i]
        let data = try make()
        do {
            let f = try OutcomesFile.parse(data)
            Issue.record("\(name): accepted \(f.rows.count) rows")
        } catch {
            #expect(error.sheet == "Data", "\(name): \(error)")
            #expect(error.row == row, "\(name): \(error)")
            #expect(error.column == column, "\(name): \(error)")
            #expect(error.message.contains(message), "\(name): \(error)")
            #expect(error.description.contains("sheet \"Data\"") && error.description.contains("nothing was imported"))
        }
    }

    @Test("broken parts: bad XML, a missing data sheet part, no data sheet at all, not a zip")
    func brokenParts() throws {
        // A full header on row 1, then a cell that is never closed on row 2.
        let headerXML = Self.header.enumerated().map { "<c r=\"\(CellRef.letters($0.offset + 1))1\" t=\"inlineStr\"><is><t>\($0.element)</t></is></c>" }.joined()
        let badXML = WorkbookBuilder.XSheet(name: "Data", rows: [], rawXML: #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">"# + headerXML + #"</row><row r="2"><c r="A2"><v>1</v></row></sheetData>"#)
        let cases: [(Data, String?, String)] = [
            (try WorkbookBuilder.xlsx([OutcomesWorkbooks.cover, badXML]), "Data", "not well-formed"),
            (try WorkbookBuilder.xlsx([OutcomesWorkbooks.cover, Self.dataSheet([Self.header, Self.good])], omitPart: "xl/worksheets/sheet2.xml"), "Data", "missing"),
            (try WorkbookBuilder.xlsx([OutcomesWorkbooks.cover, OutcomesWorkbooks.notes]), nil, "has no sheet whose row 1 is the header"),
            (Data("PK\u{3}\u{4}\u{0}\u{0}broken".utf8), nil, "damaged"),
        ]
        for (data, sheet, message) in cases {
            do {
                _ = try OutcomesFile.parse(data, fileName: "outcomes.xlsx")
                Issue.record("accepted: \(message)")
            } catch {
                #expect(error.sheet == sheet, "\(error)")
                #expect(error.message.contains(message), "\(error)")
            }
        }
        #expect(throws: OutcomesFileError.self) { try OutcomesFile.parse(Data("not a workbook".utf8), fileName: "outcomes.ods") }
    }

    @Test("a data sheet on a later tab after sheets whose row 1 is not a header; rows without r attributes")
    func sheetChoice() throws {
        var data = WorkbookBuilder.XSheet(name: "Data", rows: [])
        // Without references every cell lands in the next column, so gaps must be written as empty cells.
        data.rows = OutcomesWorkbooks.cells(OutcomesFixtures.header2026).map { row in
            (nil, row.map { v -> (String?, WorkbookBuilder.XCell) in (nil, v.isEmpty ? .empty : Int(v) != nil ? .number(v) : .inline(v)) })
        }
        let f = try OutcomesFile.parse(try WorkbookBuilder.xlsx([OutcomesWorkbooks.cover, OutcomesWorkbooks.notes, data]))
        #expect(f.rows == (try OutcomesFile.parse(OutcomesWorkbooks.csv)).rows)
    }
}
