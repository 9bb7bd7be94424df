import Foundation

/// One row of a worksheet as text cells, the way the CSV reader gives them.
public struct SpreadsheetRow: Sendable, Equatable {
    /// The worksheet's name as shown on its tab.
    public let sheet: String
    /// 1-based, as the spreadsheet numbers it (gaps and repeats counted).
    public let number: Int
    /// Column A first; missing cells inside the row are "", trailing empty cells are dropped.
    public let cells: [String]

    public init(sheet: String, number: Int, cells: [String]) {
        self.sheet = sheet; self.number = number; self.cells = cells
    }
}

/// What a row consumer wants next.
public enum SpreadsheetRowDecision: Sendable {
    /// Give me the next row.
    case next
    /// This sheet is not the table: go on with the next sheet.
    case skipSheet
    /// Stop reading the workbook.
    case stop
}

/// A workbook that cannot be read. Names the sheet, row and column (letter) where it can.
public struct SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    public let sheet: String?
    public let row: Int?
    /// Column letter (`C`), when the problem is in one cell.
    public let column: String?
    public let message: String

    public init(sheet: String? = nil, row: Int? = nil, column: String? = nil, _ message: String) {
        self.sheet = sheet; self.row = row; self.column = column; self.message = message
    }

    public var description: String {
        var place: [String] = []
        if let sheet { place.append("sheet \"\(sheet)\"") }
        if let row { place.append("row \(row)") }
        if let column { place.append("column \(column)") }
        return place.isEmpty ? message : place.joined(separator: ", ") + ": " + message
    }
}

/// Bounds that keep a hostile or broken workbook from exhausting memory or time.
public struct SpreadsheetLimits: Sendable, Equatable {
    /// Most bytes read out of one zip entry (the real sheets expand to a few hundred MB at most).
    public var maxEntryBytes: Int64
    /// Rows and columns beyond the largest grid Excel or LibreOffice can hold are refused.
    public var maxRows: Int
    public var maxColumns: Int
    /// A longer cell is refused (Excel's own limit is 32,767 characters).
    public var maxCellBytes: Int

    public init(maxEntryBytes: Int64 = 512 << 20, maxRows: Int = 1_048_576, maxColumns: Int = 16_384, maxCellBytes: Int = 1 << 20) {
        self.maxEntryBytes = maxEntryBytes; self.maxRows = maxRows; self.maxColumns = maxColumns; self.maxCellBytes = maxCellBytes
    }

    public static let standard = SpreadsheetLimits()
}

/// The kinds of file `confide outcomes import` is given.
public enum SpreadsheetFormat: String, Sendable, Equatable {
    case csv, xlsx, ods

    /// Decides by content, not by name: a zip (`PK\x03\x04`) is XLSX when it has `xl/workbook.xml`, ODS when its
    /// `mimetype` says so; anything else is read as CSV. The name only sharpens the error for a file that claims
    /// to be a workbook but is not a zip.
    public static func detect(_ data: Data, fileName: String? = nil) throws(SpreadsheetError) -> SpreadsheetFormat {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try ZipPackage.open(data).kind() }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw SpreadsheetError("is an old binary Excel (.xls) file: save it as XLSX, ODS or CSV")
        }
        if head.starts(with: [0x50, 0x4B]) {
            throw SpreadsheetError("looks like a damaged or empty zip archive, not a workbook")
        }
        let ext = fileName.map { ($0 as NSString).pathExtension.lowercased() } ?? ""
        if ["xlsx", "xlsm", "ods"].contains(ext) {
            throw SpreadsheetError("is named .\(ext) but is not a zip archive, so it is not an XLSX or ODS workbook")
        }
        return .csv
    }

    /// Reads every sheet of an XLSX or ODS workbook in tab order, handing each non-empty row to `body`.
    public static func readWorkbook(_ data: Data, limits: SpreadsheetLimits = .standard,
                                    _ body: (SpreadsheetRow) throws(SpreadsheetError) -> SpreadsheetRowDecision) throws(SpreadsheetError) {
        let package = try ZipPackage.open(data, limits: limits)
        switch try package.kind() {
        case .xlsx: try XLSXReader.read(package, limits: limits, body)
        case .ods: try ODSReader.read(package, limits: limits, body)
        case .csv: throw SpreadsheetError("is not a workbook")
        }
    }
}

/// Spreadsheet numbers as the CSV would show them: `12`, not `12.0` or `1.2E1`; other numbers as written.
enum CellText {
    static func number(_ raw: String) -> String {
        let t = raw.trimmedSpaces
        if let i = Int(t) { return String(i) }
        if let d = Double(t), d.isFinite, d.rounded() == d, abs(d) < 9_007_199_254_740_992 { return String(Int(d)) }
        return t
    }

    /// `A` → 1, `AB` → 28; nil when not letters.
    static func columnIndex(_ letters: Substring) -> Int? {
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        var n = 0
        for u in letters.unicodeScalars {
            guard (65...90).contains(u.value) else { return nil }
            n = n * 26 + Int(u.value - 64)
        }
        return n
    }

    /// 1 → `A`, 28 → `AB`.
    static func columnLetters(_ index: Int) -> String {
        var n = index
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, skipped when there is nothing to trim: it goes through NSString,
    /// which dominated the time of a 300,000-row import.
    var trimmedSpaces: String {
        guard let f = first, let l = last, f.isWhitespace || l.isWhitespace else { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
