import Foundation

/// Reads a request file (YAML or JSON) and validates it against `RequestSchema`.
///
/// The rules come from spec/request-file.md: an unknown key is a warning; an unknown value of a known enumerated
/// key, a wrong type, a YAML boolean where a word is expected, a malformed date, or a missing `schema`,
/// `jurisdiction` or `requester.type` is an error. The first error found is reported, with its field and line.
public enum RequestParser {
    /// A real request, letter text included, is a few kilobytes; anything far larger is refused before parsing.
    public static let maximumBytes = 1_048_576

    public static func parse(_ data: Data) throws(RequestFileError) -> ParsedRequest {
        guard data.count <= maximumBytes else {
            throw RequestFileError(field: "(file)", message: "is \(data.count / 1024) KB; a request file may be at most \(maximumBytes / 1024) KB", line: nil)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RequestFileError(field: "(file)", message: "is not UTF-8 text", line: nil)
        }
        return try parse(text)
    }

    public static func parse(_ text: String) throws(RequestFileError) -> ParsedRequest {
        guard text.utf8.count <= maximumBytes else {
            throw RequestFileError(field: "(file)", message: "is \(text.utf8.count / 1024) KB; a request file may be at most \(maximumBytes / 1024) KB", line: nil)
        }
        let root: YAMLNode?
        do {
            root = try YAMLDocument.parse(text)
        } catch {
            throw RequestFileError(field: "(file)", message: error.message, line: error.line > 0 ? error.line : nil)
        }
        guard let root, let pairs = root.mappingPairs else {
            throw RequestFileError(field: "(file)", message: "is not a request: expected a mapping of fields",
                                   line: root?.line)
        }
        var reader = Reader()
        try reader.readGroup(pairs, prefix: "")
        for field in RequestSchema.required where reader.values[field] == nil {
            let hint = field == "schema" ? " (expected \(RequestSchema.schemaName))" : ""
            throw RequestFileError(field: field, message: "is missing\(hint)", line: nil)
        }
        if case let .text(schema)? = reader.values["schema"], schema != RequestSchema.schemaName {
            throw RequestFileError(field: "schema", message: "is '\(schema)'; expected \(RequestSchema.schemaName)",
                                   line: reader.lines["schema"])
        }
        return ParsedRequest(request: RequestFile(values: reader.values), warnings: reader.warnings)
    }

    private struct Reader {
        var values: [String: RequestValue] = [:]
        var lines: [String: Int] = [:]
        var warnings: [RequestWarning] = []

        mutating func readGroup(_ pairs: [(key: String, keyLine: Int, value: YAMLNode)], prefix: String) throws(RequestFileError) {
            for pair in pairs {
                let path = prefix + pair.key
                guard let type = RequestSchema.fields[path] else {
                    warnings.append(RequestWarning(field: path, message: "unknown key, ignored", line: pair.keyLine))
                    continue
                }
                if pair.value.isNull { continue }  // an empty value says nothing
                lines[path] = pair.keyLine
                switch type {
                case .group:
                    guard let inner = pair.value.mappingPairs else {
                        throw wrongType(path, type, pair.value)
                    }
                    try readGroup(inner, prefix: path + ".")
                case .records:
                    guard let items = pair.value.sequenceItems else { throw wrongType(path, type, pair.value) }
                    var records: [[String: RequestValue]] = []
                    for (index, item) in items.enumerated() {
                        guard let inner = item.mappingPairs else {
                            throw RequestFileError(field: "\(path)[\(index)]",
                                                   message: "expected a mapping, found \(item.kindDescription)",
                                                   line: item.line)
                        }
                        var record: [String: RequestValue] = [:]
                        for entry in inner {
                            let entryPath = path + "." + entry.key
                            guard let entryType = RequestSchema.fields[entryPath] else {
                                warnings.append(RequestWarning(field: "\(path)[\(index)].\(entry.key)",
                                                               message: "unknown key, ignored", line: entry.keyLine))
                                continue
                            }
                            if entry.value.isNull { continue }
                            record[entry.key] = try scalar(entry.value, type: entryType,
                                                           field: "\(path)[\(index)].\(entry.key)")
                        }
                        records.append(record)
                    }
                    values[path] = .records(records)
                default:
                    values[path] = try scalar(pair.value, type: type, field: path)
                }
            }
        }

        func wrongType(_ field: String, _ type: RequestFieldType, _ node: YAMLNode) -> RequestFileError {
            RequestFileError(field: field, message: "expected \(type.summary), found \(node.kindDescription)",
                             line: node.line)
        }

        func scalar(_ node: YAMLNode, type: RequestFieldType, field: String) throws(RequestFileError) -> RequestValue {
            switch type {
            case .text:
                // Free text: a plain scalar that YAML would read as a number or date is still the words written.
                guard let text = node.scalarText else { throw wrongType(field, type, node) }
                return .text(text)
            case .boolean:
                guard let flag = node.yamlBoolean else {
                    let shown = node.scalarText.map { "'\($0)'" } ?? node.kindDescription
                    throw RequestFileError(field: field, message: "expected true or false, found \(shown)", line: node.line)
                }
                return .boolean(flag)
            case .integer:
                guard case let .scalar(text, style)? = Optional(node.kind), style == .plain, let n = Int(text) else {
                    let shown = node.scalarText.map { "'\($0)'" } ?? node.kindDescription
                    throw RequestFileError(field: field, message: "expected a whole number, found \(shown)", line: node.line)
                }
                return .integer(n)
            case .date:
                guard let text = node.scalarText, node.yamlBoolean == nil else { throw wrongType(field, type, node) }
                guard let day = CalendarDay.parse(text.trimmingCharacters(in: .whitespaces)) else {
                    throw RequestFileError(field: field,
                                           message: "'\(text)' is not a valid date (expected YYYY-MM-DD or an ISO 8601 timestamp)",
                                           line: node.line)
                }
                return .date(day, written: text)
            case let .word(allowed):
                return .word(try word(node, allowed: allowed, field: field))
            case let .words(allowed):
                if let items = node.sequenceItems {
                    var words: [String] = []
                    for (index, item) in items.enumerated() {
                        words.append(try word(item, allowed: allowed, field: "\(field)[\(index)]"))
                    }
                    return .words(words)
                }
                // A single word where a list is expected is read as a list of one.
                return .words([try word(node, allowed: allowed, field: field)])
            case .group, .records:
                throw wrongType(field, type, node)
            }
        }

        func word(_ node: YAMLNode, allowed: [String], field: String) throws(RequestFileError) -> String {
            if let flag = node.yamlBoolean {
                throw RequestFileError(
                    field: field,
                    message: "'\(node.scalarText ?? "")' is read by YAML as the boolean \(flag); write one of \(allowed.joined(separator: ", "))",
                    line: node.line)
            }
            guard let text = node.scalarText else {
                throw RequestFileError(field: field, message: "expected one of \(allowed.joined(separator: ", ")), found \(node.kindDescription)",
                                       line: node.line)
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if allowed.contains(trimmed) { return trimmed }
            // Case is not meaningful in these words; spelling is.
            if let match = allowed.first(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame }) { return match }
            throw RequestFileError(field: field,
                                   message: "unknown value '\(text)'; expected one of \(allowed.joined(separator: ", "))",
                                   line: node.line)
        }
    }
}
