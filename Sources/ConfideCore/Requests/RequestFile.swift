/// One validated value from a request file.
public enum RequestValue: Sendable, Equatable {
    case text(String)
    case boolean(Bool)
    case integer(Int)
    /// A date with the text as written (kept for evidence quotes).
    case date(CalendarDay, written: String)
    case word(String)
    case words([String])
    /// previous_requests: each entry's fields by name.
    case records([[String: RequestValue]])

    /// How the value is quoted in a finding's evidence: `field: value`.
    public var evidenceText: String {
        switch self {
        case let .text(s): return JSONWriter.quoted(RequestValue.squashed(s, limit: 160))
        case let .boolean(b): return b ? "true" : "false"
        case let .integer(n): return String(n)
        case let .date(_, written): return written
        case let .word(w): return w
        case let .words(ws): return "[" + ws.joined(separator: ", ") + "]"
        case let .records(rs): return "\(rs.count) earlier request" + (rs.count == 1 ? "" : "s")
        }
    }

    /// Collapses line breaks and runs of spaces, and shortens long text for a one-line quote.
    static func squashed(_ s: String, limit: Int) -> String {
        let collapsed = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(limit)) + "…"
    }
}

/// A request for a survivor's records (`confide.request/v1`) after validation.
///
/// Values are kept by dotted field path ("survivor.notice_given") because rulebook conditions address them that
/// way. A field that the request did not state is simply absent: absence means "not stated", never false.
public struct RequestFile: Sendable, Equatable {
    public let values: [String: RequestValue]

    public init(values: [String: RequestValue]) {
        self.values = values
    }

    public subscript(_ path: String) -> RequestValue? { values[path] }

    public var jurisdiction: String {
        if case let .word(w)? = values["jurisdiction"] { return w }
        return ""
    }

    public var requesterType: String {
        if case let .word(w)? = values["requester.type"] { return w }
        return ""
    }

    public func text(_ path: String) -> String? {
        if case let .text(s)? = values[path] { return s }
        return nil
    }

    public func date(_ path: String) -> CalendarDay? {
        if case let .date(d, _)? = values[path] { return d }
        return nil
    }

    public func boolean(_ path: String) -> Bool? {
        if case let .boolean(b)? = values[path] { return b }
        return nil
    }

    public func word(_ path: String) -> String? {
        if case let .word(w)? = values[path] { return w }
        return nil
    }

    public func words(_ path: String) -> [String]? {
        if case let .words(ws)? = values[path] { return ws }
        return nil
    }

    public var previousRequests: [[String: RequestValue]] {
        if case let .records(rs)? = values["previous_requests"] { return rs }
        return []
    }
}

/// A problem that makes a file not a valid request: the CLI prints it as one line and exits 2.
public struct RequestFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The dotted field path, or "(file)" when the whole document is wrong.
    public let field: String
    public let message: String
    public let line: Int?

    public init(field: String, message: String, line: Int?) {
        self.field = field
        self.message = message
        self.line = line
    }

    public var description: String {
        let place = line.map { "line \($0): " } ?? ""
        return "\(place)\(field): \(message)"
    }
}

/// Something ignored while reading a request (an unknown key): reported, never fatal.
public struct RequestWarning: Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let message: String
    public let line: Int?

    public var description: String {
        let place = line.map { "line \($0): " } ?? ""
        return "\(place)\(field): \(message)"
    }
}

/// A request file as read: the request and any warnings about it.
public struct ParsedRequest: Sendable {
    public let request: RequestFile
    public let warnings: [RequestWarning]
}
