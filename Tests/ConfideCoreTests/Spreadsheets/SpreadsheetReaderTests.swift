import Foundation
import Testing
@testable import ConfideCore

/// Collects every row of a workbook.
func allRows(_ data: Data, limits: SpreadsheetLimits = .standard) throws(SpreadsheetError) -> [SpreadsheetRow] {
    var rows: [SpreadsheetRow] = []
    try SpreadsheetFormat.readWorkbook(data, limits: limits) { row throws(SpreadsheetError) in
        rows.append(row)
        return .next
    }
    return rows
}

@Suite("XLSX and ODS readers")
struct SpreadsheetReaderTests {
    @Test("XLSX: sheets in tab order, shared and inline strings, rich text, numbers as integers, gaps filled")
    func xlsxCells() throws {
        let cover = WorkbookBuilder.plainSheet("Cover", [["Police recorded crime"], [], ["Notes: fictional"]])
        var data = WorkbookBuilder.XSheet(name: "Data", rows: [])
        data.rows = [
            (1, [("A", .shared("Force Name")), ("B", .inline("Count")), ("C", .shared("Label"))]),
            (2, [("A", .shared("Northmoor")), ("B", .number("12")), ("D", .number("1.2E1"))]),
            (4, [(nil, .number("-3")), (nil, .number("5.5")), ("C", .raw(#"<c r="C4" t="b"><v>1</v></c>"#))]),
            (5, [("B", .raw(#"<c r="B5" t="str"><f>A1</f><v>Force Name</v></c>"#)), ("C", .empty)]),
        ]
        let bytes = try WorkbookBuilder.xlsx([cover, data], richTextFor: ["Northmoor"])
        #expect(try SpreadsheetFormat.detect(bytes) == .xlsx)
        let rows = try allRows(bytes)
        #expect(rows.map(\.sheet) == ["Cover", "Cover", "Data", "Data", "Data", "Data"])
        #expect(rows.map(\.number) == [1, 3, 1, 2, 4, 5])
        #expect(rows[2].cells == ["Force Name", "Count", "Label"])
        #expect(rows[3].cells == ["Northmoor", "12", "", "12"])
        #expect(rows[4].cells == ["-3", "5.5", "TRUE"])
        #expect(rows[5].cells == ["", "Force Name"])
    }

    @Test("ODS: repeated columns and rows, padding not expanded, office:value for floats, text:s spaces")
    func odsCells() throws {
        let sheet = WorkbookBuilder.OSheet(name: "Table 1", rows: [
            (1, [.string("a"), .empty(repeat: 2), .string("b"), .empty(repeat: 16_380)]),
            (2, [.float("1263", display: "1,263"), .raw(#"<table:table-cell office:value-type="string" table:number-columns-repeated="3"><text:p>x<text:s text:c="2"/>y</text:p></table:table-cell>"#)]),
            (1_000_000, [.empty(repeat: 1024)]),
            (1, [.raw(#"<table:table-cell office:value-type="float" office:value="7"><text:p>7</text:p><office:annotation><text:p>note</text:p></office:annotation></table:table-cell>"#),
                 .raw(#"<table:table-cell><text:p>two</text:p><text:p>lines</text:p></table:table-cell>"#)]),
        ])
        let bytes = try WorkbookBuilder.ods([sheet])
        #expect(try SpreadsheetFormat.detect(bytes) == .ods)
        let rows = try allRows(bytes)
        #expect(rows.count == 4)
        #expect(rows[0] == SpreadsheetRow(sheet: "Table 1", number: 1, cells: ["a", "", "", "b"]))
        // A non-empty row repeated twice is two rows.
        #expect(rows[1] == SpreadsheetRow(sheet: "Table 1", number: 2, cells: ["1263", "x  y", "x  y", "x  y"]))
        #expect(rows[2] == SpreadsheetRow(sheet: "Table 1", number: 3, cells: ["1263", "x  y", "x  y", "x  y"]))
        // A million empty rows cost nothing but still count.
        #expect(rows[3] == SpreadsheetRow(sheet: "Table 1", number: 1_000_004, cells: ["7", "two\nlines"]))
    }

    @Test("a skipped sheet stops being read; later sheets still are")
    func skip() throws {
        let bytes = try WorkbookBuilder.xlsx([WorkbookBuilder.plainSheet("A", [["1"], ["2"], ["3"]]),
                                              WorkbookBuilder.plainSheet("B", [["4"], ["5"]])])
        var seen: [String] = []
        try SpreadsheetFormat.readWorkbook(bytes) { row throws(SpreadsheetError) in
            seen.append("\(row.sheet)\(row.number)")
            return row.sheet == "A" ? .skipSheet : .next
        }
        #expect(seen == ["A1", "B1", "B2"])
    }

    @Test("a file that is not a zip, or a zip that is not a workbook, gets a clear error")
    func notWorkbooks() throws {
        #expect(throws: SpreadsheetError.self) { try SpreadsheetFormat.detect(Data("a,b\n".utf8), fileName: "table.xlsx") }
        #expect(try SpreadsheetFormat.detect(Data("a,b\n".utf8), fileName: "table.csv") == .csv)
        #expect(throws: SpreadsheetError.self) { try SpreadsheetFormat.detect(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0])) }
        let other = try WorkbookBuilder.zip([("readme.txt", Data("hello".utf8))])
        do { _ = try SpreadsheetFormat.detect(other); Issue.record("accepted") } catch { #expect(error.message.contains("neither")) }
        let text = try WorkbookBuilder.ods([], mimetype: "application/vnd.oasis.opendocument.text")
        do { _ = try SpreadsheetFormat.detect(text); Issue.record("accepted") } catch { #expect(error.message.contains("not a spreadsheet")) }
        do { _ = try allRows(Data("PK\u{3}\u{4}garbage".utf8)); Issue.record("accepted") } catch { #expect(error.message.contains("damaged")) }
    }

    @Test("an entry that expands past the cap is refused as a zip bomb, without reading it all")
    func zipBomb() throws {
        // 8 MB of one repeated byte deflates to a few KB; the cap here is 1 MB.
        let body = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + String(repeating: "A", count: 8 << 20) + "</t></is></c></row>"
        let sheet = WorkbookBuilder.XSheet(name: "Data", rows: [], rawXML: #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"# + body + "</sheetData></worksheet>")
        let bytes = try WorkbookBuilder.xlsx([sheet])
        #expect(bytes.count < 200_000)
        var limits = SpreadsheetLimits.standard
        limits.maxEntryBytes = 1 << 20
        limits.maxCellBytes = 64 << 20
        do { _ = try allRows(bytes, limits: limits); Issue.record("accepted") } catch {
            #expect(error.message.contains("zip bomb"), "\(error)")
            #expect(error.sheet == "Data")
        }
        // The same file under the standard caps trips the cell-length cap instead.
        do { _ = try allRows(bytes); Issue.record("accepted") } catch {
            #expect(error.row == 1 && error.column == "A", "\(error)")
        }
    }

    @Test("bad XML, a missing sheet part, a bad shared-string index and a DTD are errors naming where")
    func malformed() throws {
        let broken = WorkbookBuilder.XSheet(name: "Data", rows: [], rawXML: #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>"#)
        let brokenBook = try WorkbookBuilder.xlsx([broken])
        do { _ = try allRows(brokenBook); Issue.record("accepted") } catch {
            #expect(error.sheet == "Data" && error.message.contains("not well-formed"), "\(error)")
        }
        let fine = WorkbookBuilder.plainSheet("Data", [["a"]])
        let missing = try WorkbookBuilder.xlsx([fine], omitPart: "xl/worksheets/sheet1.xml")
        do { _ = try allRows(missing); Issue.record("accepted") } catch {
            #expect(error.sheet == "Data" && error.message.contains("missing"), "\(error)")
        }
        let badIndex = WorkbookBuilder.XSheet(name: "Data", rows: [(3, [("C", .raw(#"<c r="C3" t="s"><v>99</v></c>"#))])])
        let badIndexBook = try WorkbookBuilder.xlsx([badIndex])
        do { _ = try allRows(badIndexBook); Issue.record("accepted") } catch {
            #expect(error.sheet == "Data" && error.row == 3 && error.column == "C", "\(error)")
        }
        let dtd = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="T"><table:table-row><table:table-cell><text:p>&b;</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#
        let dtdBook = try WorkbookBuilder.ods([], content: dtd)
        do { _ = try allRows(dtdBook); Issue.record("accepted") } catch {
            #expect(error.message.contains("DTD"), "\(error)")
        }
    }

    @Test("other writers' namespace prefixes read the same")
    func prefixes() throws {
        let xml = #"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>hi</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#
        let rows = try allRows(try WorkbookBuilder.xlsx([WorkbookBuilder.XSheet(name: "S", rows: [], rawXML: xml)]))
        #expect(rows == [SpreadsheetRow(sheet: "S", number: 1, cells: ["", "hi"])])
        let content = #"<o:document-content xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:p="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><o:body><o:spreadsheet><t:table t:name="Q"><t:table-row><t:table-cell t:number-columns-repeated="2" o:value-type="float" o:value="3"><p:p>3</p:p></t:table-cell></t:table-row></t:table></o:spreadsheet></o:body></o:document-content>"#
        #expect(try allRows(try WorkbookBuilder.ods([], content: content)) == [SpreadsheetRow(sheet: "Q", number: 1, cells: ["3", "3"])])
    }
}
