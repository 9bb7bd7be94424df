import Foundation
import ZIPFoundation

/// Builds small XLSX and ODS workbooks in the published layout, part by part, so no binary fixture is committed.
enum WorkbookBuilder {
    /// A zip of the given parts, deflated, in order.
    static func zip(_ parts: [(String, Data)], compress: Bool = true) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compress && path != "mimetype" ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    // MARK: XLSX

    /// A cell as written into sheet XML: a shared string, an inline string, a number or raw XML.
    enum XCell {
        case shared(String), inline(String), number(String), raw(String), empty
    }

    /// One sheet: rows as (row number, [(column letter or nil for "no r attribute", cell)]).
    struct XSheet {
        var name: String
        var rows: [(Int?, [(String?, XCell)])]
        /// Replaces the whole sheet XML (for malformed cases).
        var rawXML: String? = nil
    }

    /// Plain rows: each cell a shared string unless it reads as an integer (then a number cell); "" is skipped
    /// (a gap). Row numbers are 1, 2, 3…
    static func plainSheet(_ name: String, _ rows: [[String]], inlineColumns: Set<Int> = []) -> XSheet {
        XSheet(name: name, rows: rows.enumerated().map { (i, cells) in
            (i + 1, cells.enumerated().compactMap { (j, v) -> (String?, XCell)? in
                if v.isEmpty { return nil }
                let letter = CellRef.letters(j + 1)
                if Int(v) != nil { return (letter, .number(v)) }
                return (letter, inlineColumns.contains(j) ? .inline(v) : .shared(v))
            })
        })
    }

    static func xlsx(_ sheets: [XSheet], sharedStringsPath: String = "xl/sharedStrings.xml", richTextFor: Set<String> = [],
                     omitPart: String? = nil, extraParts: [(String, Data)] = []) throws -> Data {
        var shared: [String] = []
        var index: [String: Int] = [:]
        func sst(_ s: String) -> Int {
            if let i = index[s] { return i }
            shared.append(s); index[s] = shared.count - 1
            return shared.count - 1
        }
        var parts: [(String, Data)] = []
        var sheetXML: [String] = []
        for sheet in sheets {
            if let raw = sheet.rawXML { sheetXML.append(raw); continue }
            var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetData>"#
            for (number, cells) in sheet.rows {
                xml += number.map { "<row r=\"\($0)\">" } ?? "<row>"
                for (letter, cell) in cells {
                    let r = letter.map { " r=\"\($0)\(number.map(String.init) ?? "")\"" } ?? ""
                    switch cell {
                    case .shared(let s): xml += "<c\(r) t=\"s\"><v>\(sst(s))</v></c>"
                    case .inline(let s): xml += "<c\(r) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(s))</t></is></c>"
                    case .number(let s): xml += "<c\(r) s=\"1\"><v>\(s)</v></c>"
                    case .raw(let s): xml += s
                    case .empty: xml += "<c\(r) s=\"1\"/>"
                    }
                }
                xml += "</row>"
            }
            xml += #"</sheetData><mergeCells count="0"/></worksheet>"#
            sheetXML.append(xml)
        }
        var workbook = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        var rels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (i, sheet) in sheets.enumerated() {
            workbook += "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        workbook += "</sheets></workbook>"
        rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/\(sharedStringsPath)\"/></Relationships>"
        var sstXML = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        for s in shared {
            if richTextFor.contains(s), s.count > 1 {
                // Rich text: the string split over two runs, with a phonetic run that must not be read.
                let cut = s.index(s.startIndex, offsetBy: s.count / 2)
                sstXML += "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">\(escape(String(s[..<cut])))</t></r><r><t xml:space=\"preserve\">\(escape(String(s[cut...])))</t></r><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
            } else {
                sstXML += "<si><t xml:space=\"preserve\">\(escape(s))</t></si>"
            }
        }
        sstXML += "</sst>"
        parts.append(("[Content_Types].xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8)))
        parts.append(("xl/workbook.xml", Data(workbook.utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Data(rels.utf8)))
        parts.append((sharedStringsPath, Data(sstXML.utf8)))
        for (i, xml) in sheetXML.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", Data(xml.utf8))) }
        parts += extraParts
        return try zip(parts.filter { $0.0 != omitPart })
    }

    // MARK: ODS

    /// An ODS cell: a string, a float (office:value plus a formatted display text), or raw XML.
    enum OCell {
        case string(String), float(String, display: String), empty(repeat: Int), raw(String)
    }

    struct OSheet {
        var name: String
        var rows: [(repeat: Int, cells: [OCell])]
    }

    static func plainODSSheet(_ name: String, _ rows: [[String]], padding: Bool = true) -> OSheet {
        var out: [(repeat: Int, cells: [OCell])] = rows.map { cells in
            (1, cells.map { v -> OCell in
                if v.isEmpty { return .empty(repeat: 1) }
                if Int(v) != nil { return .float(v, display: v) }
                return .string(v)
            } + (padding ? [.empty(repeat: 16_371)] : []))
        }
        // The grid padding LibreOffice writes: a million empty rows.
        if padding { out.append((1_048_000, [.empty(repeat: 16_384)])) }
        return OSheet(name: name, rows: out)
    }

    static func odsContent(_ sheets: [OSheet]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"><office:body><office:spreadsheet>"#
        for sheet in sheets {
            xml += "<table:table table:name=\"\(escape(sheet.name))\"><table:table-column table:number-columns-repeated=\"16384\"/>"
            for row in sheet.rows {
                xml += row.repeat > 1 ? "<table:table-row table:number-rows-repeated=\"\(row.repeat)\">" : "<table:table-row>"
                for cell in row.cells {
                    switch cell {
                    case .string(let s):
                        xml += "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>\(escape(s))</text:p></table:table-cell>"
                    case .float(let v, let display):
                        xml += "<table:table-cell office:value-type=\"float\" office:value=\"\(v)\" calcext:value-type=\"float\"><text:p>\(escape(display))</text:p></table:table-cell>"
                    case .empty(let n):
                        xml += n > 1 ? "<table:table-cell table:number-columns-repeated=\"\(n)\"/>" : "<table:table-cell/>"
                    case .raw(let s): xml += s
                    }
                }
                xml += "</table:table-row>"
            }
            xml += "</table:table>"
        }
        return xml + "</office:spreadsheet></office:body></office:document-content>"
    }

    static func ods(_ sheets: [OSheet], content: String? = nil, mimetype: String = "application/vnd.oasis.opendocument.spreadsheet") throws -> Data {
        try zip([("mimetype", Data(mimetype.utf8)),
                 ("META-INF/manifest.xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>"#.utf8)),
                 ("content.xml", Data((content ?? odsContent(sheets)).utf8))])
    }
}

enum CellRef {
    static func letters(_ index: Int) -> String {
        var n = index, s = ""
        while n > 0 { let r = (n - 1) % 26; s = String(UnicodeScalar(UInt8(65 + r))) + s; n = (n - 1) / 26 }
        return s
    }
}
