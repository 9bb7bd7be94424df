import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Why a handler stops the parse early.
enum XMLStop: Error {
    /// The handler has what it needs (or the sheet is not the table): not an error.
    case done
    case failed(SpreadsheetError)
}

/// SAX events with namespace prefixes rewritten to the usual ones (`table:`, `office:`, `text:`, `r:`, and no
/// prefix for SpreadsheetML), whatever prefixes the writer chose.
protocol XMLEventHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String]) throws(XMLStop)
    func end(_ name: String) throws(XMLStop)
    func text(_ string: String) throws(XMLStop)
}

/// Drives `XMLParser` for one zip entry: maps prefixes, refuses DTDs (no entity tricks in a workbook), and turns
/// the parser's and the handler's failures into one `SpreadsheetError`.
final class XMLEventStream: NSObject, XMLParserDelegate {
    private let handler: XMLEventHandler
    private let part: String
    private let sheet: String?
    private var outcome: XMLStop?
    private var prefixes: [String: String] = [:]
    private var defaultPrefix = ""
    private var cache: [String: String] = [:]

    static let knownNamespaces: [String: String] = [
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "",
        "http://purl.oclc.org/ooxml/spreadsheetml/main": "",
        "http://schemas.openxmlformats.org/package/2006/relationships": "",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
        "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
        "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
        "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0": "calcext",
    ]

    init(handler: XMLEventHandler, part: String, sheet: String?) {
        self.handler = handler; self.part = part; self.sheet = sheet
    }

    func run(_ parser: XMLParser, producerCheck: () throws(SpreadsheetError) -> Void) throws(SpreadsheetError) {
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if case .done? = outcome { return }
        try producerCheck()
        if case .failed(let e)? = outcome { throw e }
        if !ok {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            throw SpreadsheetError(sheet: sheet, "\(part) is not well-formed XML near line \(parser.lineNumber) (\(reason))")
        }
    }

    private func stop(_ parser: XMLParser, _ why: XMLStop) {
        if outcome == nil { outcome = why }
        parser.abortParsing()
    }

    private func canonical(_ qname: String) -> String {
        if let c = cache[qname] { return c }
        let c: String
        if let colon = qname.firstIndex(of: ":") {
            let prefix = String(qname[..<colon])
            let local = qname[qname.index(after: colon)...]
            let mapped = prefixes[prefix] ?? prefix
            c = mapped.isEmpty ? String(local) : mapped + ":" + local
        } else {
            c = defaultPrefix.isEmpty ? qname : defaultPrefix + ":" + qname
        }
        cache[qname] = c
        return c
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard outcome == nil else { return }
        var prefixed = false
        for (key, uri) in attributeDict {
            if key == "xmlns" {
                defaultPrefix = Self.knownNamespaces[uri] ?? ""
                cache.removeAll()
            } else if key.hasPrefix("xmlns:") {
                prefixes[String(key.dropFirst(6))] = Self.knownNamespaces[uri] ?? String(key.dropFirst(6))
                cache.removeAll()
            } else if key.utf8.contains(UInt8(ascii: ":")) {
                prefixed = true
            }
        }
        var attributes = attributeDict
        if prefixed {
            // Attributes without a prefix have no namespace (the default one does not apply), so only
            // prefixed ones are rewritten.
            attributes = [:]
            for (key, value) in attributeDict {
                guard let colon = key.firstIndex(of: ":"), !key.hasPrefix("xmlns") else { attributes[key] = value; continue }
                let prefix = String(key[..<colon])
                let mapped = prefixes[prefix] ?? prefix
                let local = key[key.index(after: colon)...]
                attributes[mapped.isEmpty ? String(local) : mapped + ":" + local] = value
            }
        }
        do { try handler.start(canonical(elementName), attributes) } catch { stop(parser, error) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard outcome == nil else { return }
        do { try handler.end(canonical(elementName)) } catch { stop(parser, error) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard outcome == nil else { return }
        do { try handler.text(string) } catch { stop(parser, error) }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        self.parser(parser, foundCharacters: whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    // Foundation's parser runs libxml2 in recovery mode, so a mismatched tag may not fail `parse()`: every reported
    // error is fatal here.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard outcome == nil else { return }
        stop(parser, .failed(SpreadsheetError(sheet: sheet, "\(part) is not well-formed XML near line \(parser.lineNumber) (\((parseError as NSError).localizedDescription))")))
    }

    // A workbook part never declares a DTD: any declaration is refused, so entity expansion cannot blow up.
    private func refuseDTD(_ parser: XMLParser) {
        stop(parser, .failed(SpreadsheetError(sheet: sheet, "\(part) declares a DTD or entities, which a workbook never does: refused")))
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) { refuseDTD(parser) }
    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) { refuseDTD(parser) }
    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?, notationName: String?) { refuseDTD(parser) }
    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) { refuseDTD(parser) }
    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }
}
