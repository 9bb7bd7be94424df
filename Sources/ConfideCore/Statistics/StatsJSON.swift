import Foundation

/// A JSON value with the exact text rules that statistical returns and national tables need: whole numbers
/// only, object keys kept in a fixed order when written, one canonical byte form for signing.
///
/// The parser is strict (RFC 8259; duplicate keys, fractions, exponents and trailing text are errors) so that
/// two different files can never mean the same signed content.
public indirect enum StatsJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([StatsJSON])
    /// Pairs in the order written (canonical form sorts them).
    case object([(String, StatsJSON)])

    public static func == (lhs: StatsJSON, rhs: StatsJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public subscript(key: String) -> StatsJSON? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    /// The object without `key`.
    func removing(_ key: String) -> StatsJSON {
        if case let .object(pairs) = self { return .object(pairs.filter { $0.0 != key }) }
        return self
    }

    /// Canonical bytes: no whitespace, object keys sorted by their UTF-8 bytes, strings escaped minimally
    /// (`"` `\` and control characters only, as \uXXXX except \n \r \t \b \f), whole numbers in decimal.
    public var canonicalData: Data { Data(render(pretty: false, sortKeys: true, indent: 0).utf8) }

    /// Readable form: two-space indent, keys in the order given.
    public var prettyText: String { render(pretty: true, sortKeys: false, indent: 0) + "\n" }

    func render(pretty: Bool, sortKeys: Bool, indent: Int) -> String {
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let close = pretty ? String(repeating: "  ", count: indent) : ""
        let nl = pretty ? "\n" : ""
        let colon = pretty ? ": " : ":"
        switch self {
        case .null: return "null"
        case let .bool(b): return b ? "true" : "false"
        case let .int(i): return String(i)
        case let .string(s): return StatsJSON.quote(s)
        case let .array(items):
            if items.isEmpty { return "[]" }
            if pretty, items.allSatisfy({ if case .object = $0 { return false } else if case .array = $0 { return false } else { return true } }) {
                return "[" + items.map { $0.render(pretty: true, sortKeys: sortKeys, indent: indent) }.joined(separator: ", ") + "]"
            }
            return "[" + nl + items.map { pad + $0.render(pretty: pretty, sortKeys: sortKeys, indent: indent + 1) }
                .joined(separator: "," + nl) + nl + close + "]"
        case let .object(pairs):
            if pairs.isEmpty { return "{}" }
            // Small flat objects (a table cell) stay on one line when pretty.
            if pretty, pairs.count <= 3, pairs.allSatisfy({ if case .object = $0.1 { return false } else if case .array = $0.1 { return false } else { return true } }) {
                let line = "{" + pairs.map { StatsJSON.quote($0.0) + ": " + $0.1.render(pretty: true, sortKeys: sortKeys, indent: indent) }.joined(separator: ", ") + "}"
                if line.count <= 80 { return line }
            }
            let ordered = sortKeys ? pairs.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) } : pairs
            return "{" + nl + ordered.map { pad + StatsJSON.quote($0.0) + colon + $0.1.render(pretty: pretty, sortKeys: sortKeys, indent: indent + 1) }
                .joined(separator: "," + nl) + nl + close + "}"
        }
    }

    static func quote(_ s: String) -> String { JSONString.quoted(s) }

    /// Parses UTF-8 JSON text strictly.
    public static func parse(_ data: Data) throws(StatsJSONError) -> StatsJSON {
        var parser = Parser(bytes: Array(data))
        return try parser.document()
    }

    struct Parser {
        let bytes: [UInt8]
        var i = 0
        var depth = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        func fail(_ message: String) -> StatsJSONError { StatsJSONError(offset: i, message: message) }

        mutating func document() throws(StatsJSONError) -> StatsJSON {
            skipSpace()
            let value = try parseValue()
            skipSpace()
            guard i == bytes.count else { throw fail("unexpected text after the JSON value") }
            return value
        }

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        mutating func expect(_ literal: String) throws(StatsJSONError) {
            let l = Array(literal.utf8)
            guard i + l.count <= bytes.count, Array(bytes[i..<i + l.count]) == l else { throw fail("expected \(literal)") }
            i += l.count
        }

        mutating func parseValue() throws(StatsJSONError) -> StatsJSON {
            guard i < bytes.count else { throw fail("unexpected end of the file") }
            switch bytes[i] {
            case UInt8(ascii: "{"): return try parseObject()
            case UInt8(ascii: "["): return try parseArray()
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "t"): try expect("true"); return .bool(true)
            case UInt8(ascii: "f"): try expect("false"); return .bool(false)
            case UInt8(ascii: "n"): try expect("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
            default: throw fail("unexpected character")
            }
        }

        mutating func parseObject() throws(StatsJSONError) -> StatsJSON {
            depth += 1
            guard depth <= 64 else { throw fail("nested too deeply") }
            defer { depth -= 1 }
            i += 1
            var pairs: [(String, StatsJSON)] = []
            var keys = Set<String>()
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object([]) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
                let key = try parseString()
                guard keys.insert(key).inserted else { throw fail("the key \"\(key)\" appears twice") }
                skipSpace()
                try expect(":")
                skipSpace()
                pairs.append((key, try parseValue()))
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end of the file") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                throw fail("expected , or }")
            }
        }

        mutating func parseArray() throws(StatsJSONError) -> StatsJSON {
            depth += 1
            guard depth <= 64 else { throw fail("nested too deeply") }
            defer { depth -= 1 }
            i += 1
            var items: [StatsJSON] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array([]) }
            while true {
                skipSpace()
                items.append(try parseValue())
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end of the file") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw fail("expected , or ]")
            }
        }

        mutating func parseNumber() throws(StatsJSONError) -> StatsJSON {
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            let digitsStart = i
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            guard i > digitsStart else { throw fail("expected a digit") }
            if bytes[digitsStart] == UInt8(ascii: "0"), i - digitsStart > 1 { throw fail("a number may not start with 0") }
            if i < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[i]) {
                throw fail("only whole numbers are allowed")
            }
            guard let value = Int(String(decoding: bytes[start..<i], as: UTF8.self)) else { throw fail("number out of range") }
            return .int(value)
        }

        mutating func parseString() throws(StatsJSONError) -> String {
            i += 1
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            func flush() throws(StatsJSONError) -> Void {
                if run.isEmpty { return }
                guard let s = String(validating: run, as: UTF8.self) else { throw StatsJSONError(offset: i, message: "invalid UTF-8") }
                scalars.append(contentsOf: s.unicodeScalars)
                run.removeAll()
            }
            while true {
                guard i < bytes.count else { throw fail("unterminated string") }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; try flush(); return String(scalars) }
                if b < 0x20 { throw fail("control character in a string") }
                if b != UInt8(ascii: "\\") { run.append(b); i += 1; continue }
                try flush()
                i += 1
                guard i < bytes.count else { throw fail("unterminated string") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        try expect("\\u")
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
                    scalars.append(scalar)
                default: throw fail("invalid escape")
                }
            }
        }

        mutating func hex4() throws(StatsJSONError) -> UInt32 {
            guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
                throw fail("invalid \\u escape")
            }
            i += 4
            return v
        }
    }
}

public struct StatsJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset in the file.
    public let offset: Int
    public let message: String
    public var description: String { "not valid JSON at byte \(offset): \(message)" }
}
