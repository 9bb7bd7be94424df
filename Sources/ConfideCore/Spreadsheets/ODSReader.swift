import Foundation

/// Reads an OpenDocument spreadsheet (.ods) from `content.xml`: every `table:table` in tab order, repeated
/// columns and rows expanded (but never the empty padding a sheet carries out to its full grid), typed values
/// from `office:value` for numbers, and cell text from `text:p` with `text:s` spaces.
enum ODSReader {
    static func read(_ package: ZipPackage, limits: SpreadsheetLimits,
                     _ body: (SpreadsheetRow) throws(SpreadsheetError) -> SpreadsheetRowDecision) throws(SpreadsheetError) {
        try withoutActuallyEscaping(body) { escapable throws(SpreadsheetError) in
            let handler = ContentHandler(limits: limits, body: escapable)
            try package.parseXML("content.xml", into: handler)
        }
    }
}

final class ContentHandler: XMLEventHandler {
    private let limits: SpreadsheetLimits
    private let body: (SpreadsheetRow) throws(SpreadsheetError) -> SpreadsheetRowDecision

    private var tableDepth = 0
    private var sheetCount = 0
    private var sheet = ""
    private var skipping = false
    /// Inside annotations, drawings or nested tables: their text is not the cell's.
    private var ignoreDepth = 0

    private var nextRow = 1
    private var rowNumber = 1
    private var rowRepeat = 1
    private var inRow = false
    private var cells: [String] = []
    /// Empty cells seen but not yet stored: stored only if a non-empty cell follows, so padding costs nothing.
    private var pendingEmpty = 0

    private var inCell = false
    private var cellRepeat = 1
    private var valueType: String?
    private var typedValue: String?
    private var text = ""
    private var paragraphs = 0

    init(limits: SpreadsheetLimits, body: @escaping (SpreadsheetRow) throws(SpreadsheetError) -> SpreadsheetRowDecision) {
        self.limits = limits; self.body = body
    }

    private func fail(_ message: String, column: Int? = nil) -> XMLStop {
        .failed(SpreadsheetError(sheet: sheet, row: rowNumber, column: column.map(CellText.columnLetters), message))
    }

    private func repeatCount(_ attributes: [String: String], _ key: String) throws(XMLStop) -> Int {
        guard let raw = attributes[key] else { return 1 }
        guard let n = Int(raw), n >= 1 else { throw fail("has \(key)=\"\(raw)\"") }
        return n
    }

    func start(_ name: String, _ attributes: [String: String]) throws(XMLStop) {
        if ignoreDepth > 0 || (tableDepth > 0 && (name == "office:annotation" || name.hasPrefix("draw:") || name == "table:table")) {
            ignoreDepth += 1
            return
        }
        switch name {
        case "table:table":
            tableDepth = 1
            sheetCount += 1
            sheet = attributes["table:name"] ?? "Sheet\(sheetCount)"
            skipping = false
            nextRow = 1
        case "table:table-row" where tableDepth == 1 && !skipping:
            rowNumber = nextRow
            rowRepeat = try repeatCount(attributes, "table:number-rows-repeated")
            inRow = true
            cells.removeAll(keepingCapacity: true)
            pendingEmpty = 0
        case "table:table-row" where tableDepth == 1:
            // Counted even while skipping, so row numbers stay right.
            nextRow = nextRow &+ (try repeatCount(attributes, "table:number-rows-repeated"))
        case "table:table-cell", "table:covered-table-cell":
            guard inRow else { return }
            inCell = true
            cellRepeat = try repeatCount(attributes, "table:number-columns-repeated")
            valueType = attributes["office:value-type"] ?? attributes["calcext:value-type"]
            switch valueType {
            case "float", "percentage", "currency": typedValue = attributes["office:value"].map(CellText.number)
            case "boolean": typedValue = attributes["office:boolean-value"].map { $0 == "true" ? "TRUE" : $0 == "false" ? "FALSE" : $0 }
            case "date": typedValue = attributes["office:date-value"]
            case "time": typedValue = attributes["office:time-value"]
            default: typedValue = nil
            }
            text = ""
            paragraphs = 0
        case "text:p", "text:h":
            guard inCell else { return }
            if paragraphs > 0 { try append("\n") }
            paragraphs += 1
        case "text:s":
            guard inCell else { return }
            let n = Int(attributes["text:c"] ?? "1") ?? 1
            guard n >= 0, n <= limits.maxCellBytes else { throw fail("has a cell longer than \(limits.maxCellBytes) bytes", column: cells.count + pendingEmpty + 1) }
            try append(String(repeating: " ", count: n))
        case "text:tab":
            if inCell { try append("\t") }
        case "text:line-break":
            if inCell { try append("\n") }
        default: break
        }
    }

    func end(_ name: String) throws(XMLStop) {
        if ignoreDepth > 0 { ignoreDepth -= 1; return }
        switch name {
        case "table:table":
            tableDepth = 0
            inRow = false
        case "table:table-cell", "table:covered-table-cell":
            guard inCell else { return }
            inCell = false
            let value = typedValue ?? text
            if value.isEmpty {
                pendingEmpty = min(pendingEmpty + cellRepeat, limits.maxColumns + 1)
                return
            }
            let first = cells.count + pendingEmpty + 1
            guard first - 1 + cellRepeat <= limits.maxColumns else {
                throw fail("has cells beyond the last column a sheet can have (\(limits.maxColumns))", column: min(first, limits.maxColumns))
            }
            cells.append(contentsOf: repeatElement("", count: pendingEmpty))
            pendingEmpty = 0
            cells.append(contentsOf: repeatElement(value, count: cellRepeat))
        case "table:table-row":
            guard inRow else { return }
            inRow = false
            nextRow = rowNumber &+ rowRepeat
            guard !cells.isEmpty else { return }
            for i in 0..<rowRepeat {
                rowNumber = nextRow - rowRepeat + i
                guard rowNumber <= limits.maxRows else { throw fail("is beyond the last row a sheet can have (\(limits.maxRows))") }
                let decision: SpreadsheetRowDecision
                do { decision = try body(SpreadsheetRow(sheet: sheet, number: rowNumber, cells: cells)) } catch { throw .failed(error) }
                switch decision {
                case .next: continue
                case .skipSheet: skipping = true; return
                case .stop: throw .done
                }
            }
        default: break
        }
    }

    func text(_ string: String) throws(XMLStop) {
        guard inCell, ignoreDepth == 0, paragraphs > 0 else { return }
        try append(string)
    }

    private func append(_ s: String) throws(XMLStop) {
        text += s
        if text.utf8.count > limits.maxCellBytes {
            throw fail("has a cell longer than \(limits.maxCellBytes) bytes", column: cells.count + pendingEmpty + 1)
        }
    }
}
