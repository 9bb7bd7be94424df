import Foundation

/// Reads an Office Open XML workbook (.xlsx): the sheets in tab order from `xl/workbook.xml` and its
/// relationships, shared strings (rich-text runs joined, phonetic runs left out), inline strings, numbers as
/// the CSV would show them, and cell references with gaps filled with "".
enum XLSXReader {
    static func read(_ package: ZipPackage, limits: SpreadsheetLimits,
                     _ body: (SpreadsheetRow) throws(SpreadsheetError) -> SpreadsheetRowDecision) throws(SpreadsheetError) {
        let rels = RelationshipsHandler()
        if package.paths.contains("xl/_rels/workbook.xml.rels") {
            try package.parseXML("xl/_rels/workbook.xml.rels", into: rels)
        }
        let workbook = WorkbookHandler()
        try package.parseXML("xl/workbook.xml", into: workbook)
        guard !workbook.sheets.isEmpty else { throw SpreadsheetError("xl/workbook.xml lists no sheets") }

        let shared = SharedStringsHandler(limits: limits)
        let sharedPath = rels.byId.values.first { $0.type.hasSuffix("/sharedStrings") }.map { resolve($0.target) }
            ?? (package.paths.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
        if let sharedPath { try package.parseXML(sharedPath, into: shared) }

        try withoutActuallyEscaping(body) { escapable throws(SpreadsheetError) in
            for sheet in workbook.sheets {
                guard let rel = rels.byId[sheet.relationship] else {
                    throw SpreadsheetError(sheet: sheet.name, "is listed in xl/workbook.xml but its relationship \(sheet.relationship) is not in xl/_rels/workbook.xml.rels")
                }
                // Chart and dialog sheets hold no cells.
                guard rel.type.hasSuffix("/worksheet") else { continue }
                let path = resolve(rel.target)
                guard package.paths.contains(path) else {
                    throw SpreadsheetError(sheet: sheet.name, "its part \(path) is missing from the workbook")
                }
                let handler = SheetHandler(sheet: sheet.name, shared: shared.strings, limits: limits, body: escapable)
                try package.parseXML(path, sheet: sheet.name, into: handler)
                if handler.stopAll { return }
            }
        }
    }

    /// A relationship target is relative to `xl/` unless it starts with `/`.
    static func resolve(_ target: String) -> String {
        let raw = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        var parts: [Substring] = []
        for p in raw.split(separator: "/") {
            if p == "." { continue }
            if p == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(p)
        }
        return parts.joined(separator: "/")
    }
}

final class RelationshipsHandler: XMLEventHandler {
    struct Relationship { let type: String; let target: String }
    var byId: [String: Relationship] = [:]

    func start(_ name: String, _ attributes: [String: String]) throws(XMLStop) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
              attributes["TargetMode"] != "External" else { return }
        byId[id] = Relationship(type: attributes["Type"] ?? "", target: target)
    }
    func end(_ name: String) throws(XMLStop) {}
    func text(_ string: String) throws(XMLStop) {}
}

final class WorkbookHandler: XMLEventHandler {
    struct Sheet { let name: String; let relationship: String }
    var sheets: [Sheet] = []

    func start(_ name: String, _ attributes: [String: String]) throws(XMLStop) {
        guard name == "sheet" else { return }
        guard let sheetName = attributes["name"], let rid = attributes["r:id"] else {
            throw .failed(SpreadsheetError("xl/workbook.xml has a sheet without a name or relationship id"))
        }
        sheets.append(Sheet(name: sheetName, relationship: rid))
    }
    func end(_ name: String) throws(XMLStop) {
        if name == "sheets" { throw .done }
    }
    func text(_ string: String) throws(XMLStop) {}
}

final class SharedStringsHandler: XMLEventHandler {
    private let limits: SpreadsheetLimits
    var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    init(limits: SpreadsheetLimits) { self.limits = limits }

    func start(_ name: String, _ attributes: [String: String]) throws(XMLStop) {
        switch name {
        case "si": inItem = true; current = ""
        case "t": inText = inItem
        case "rPh": phoneticDepth += 1
        default: break
        }
    }
    func end(_ name: String) throws(XMLStop) {
        switch name {
        case "si": strings.append(current); inItem = false
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }
    func text(_ string: String) throws(XMLStop) {
        guard inText, phoneticDepth == 0 else { return }
        current += string
        if current.utf8.count > limits.maxCellBytes {
            throw .failed(SpreadsheetError("shared string \(strings.count) is longer than \(limits.maxCellBytes) bytes"))
        }
    }
}

final class SheetHandler: XMLEventHandler {
    private let sheet: String
    private let shared: [String]
    private let limits: SpreadsheetLimits
    private let body: (SpreadsheetRow) throws(SpreadsheetError) -> SpreadsheetRowDecision
    private(set) var stopAll = false

    private var inData = false
    private var rowNumber = 0
    private var cells: [String] = []
    private var column = 0
    private var cellType = "n"
    private var value = ""
    private var inValue = false
    private var inInline = false
    private var inInlineText = false
    private var phoneticDepth = 0

    init(sheet: String, shared: [String], limits: SpreadsheetLimits,
         body: @escaping (SpreadsheetRow) throws(SpreadsheetError) -> SpreadsheetRowDecision) {
        self.sheet = sheet; self.shared = shared; self.limits = limits; self.body = body
    }

    private func fail(_ message: String, column: Int? = nil) -> XMLStop {
        .failed(SpreadsheetError(sheet: sheet, row: rowNumber, column: column.map(CellText.columnLetters), message))
    }

    func start(_ name: String, _ attributes: [String: String]) throws(XMLStop) {
        switch name {
        case "sheetData": inData = true
        case "row" where inData:
            let number: Int
            if let r = attributes["r"] {
                guard let n = Int(r) else { throw fail("has the row number \"\(r)\"") }
                number = n
            } else {
                number = rowNumber + 1
            }
            guard number > rowNumber else { throw fail("is followed by row \(number): rows out of order") }
            rowNumber = number
            guard number <= limits.maxRows else { throw fail("is beyond the last row a sheet can have (\(limits.maxRows))") }
            cells.removeAll(keepingCapacity: true)
            column = 0
        case "c" where inData:
            var index = column + 1
            if let ref = attributes["r"] {
                let letters = ref.prefix { $0.isASCII && $0.isLetter }
                guard let i = CellText.columnIndex(Substring(letters.uppercased())) else { throw fail("has a cell with the reference \"\(ref)\"") }
                index = i
            }
            guard index > column else { throw fail("has cell \(CellText.columnLetters(index)) after \(CellText.columnLetters(column)): cells out of order", column: index) }
            guard index <= limits.maxColumns else { throw fail("has a cell beyond the last column a sheet can have", column: index) }
            column = index
            cellType = attributes["t"] ?? "n"
            value = ""
        case "v" where inData: inValue = true
        case "is" where inData: inInline = true
        case "t" where inInline: inInlineText = true
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func end(_ name: String) throws(XMLStop) {
        switch name {
        case "v": inValue = false
        case "t": inInlineText = false
        case "is": inInline = false
        case "rPh": phoneticDepth -= 1
        case "c" where inData:
            let text = try cellText()
            if !text.isEmpty {
                while cells.count < column - 1 { cells.append("") }
                cells.append(text)
            }
        case "row" where inData:
            guard !cells.isEmpty else { return }
            let decision: SpreadsheetRowDecision
            do { decision = try body(SpreadsheetRow(sheet: sheet, number: rowNumber, cells: cells)) } catch { throw .failed(error) }
            switch decision {
            case .next: break
            case .skipSheet: throw .done
            case .stop: stopAll = true; throw .done
            }
        case "sheetData":
            // Nothing after the cells matters (merges, print settings).
            throw .done
        default: break
        }
    }

    func text(_ string: String) throws(XMLStop) {
        guard inValue || (inInlineText && phoneticDepth == 0) else { return }
        value += string
        if value.utf8.count > limits.maxCellBytes { throw fail("has a cell longer than \(limits.maxCellBytes) bytes", column: column) }
    }

    private func cellText() throws(XMLStop) -> String {
        switch cellType {
        case "s":
            guard let i = Int(value.trimmedSpaces), i >= 0, i < shared.count else {
                throw fail("refers to shared string \"\(value)\", but the workbook has \(shared.count)", column: column)
            }
            return shared[i]
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "n": return value.isEmpty ? "" : CellText.number(value)
        default: return value  // inlineStr, str (formula text), e (error such as #N/A), d (ISO date)
        }
    }
}
