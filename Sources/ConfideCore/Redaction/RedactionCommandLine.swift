import Foundation

/// The core of `confide redact suggest` and `confide redact bench`, returning what to print so the CLI stays thin.
public enum RedactionCommandLine {
    /// Unreadable input, invalid UTF-8, or a bad JSONL line (spec: exit 2 with one line on standard error).
    public static let unreadableExitCode: Int32 = 2

    /// `confide redact suggest FILE|-`.
    public static func suggest(path: String, knownNamesPath: String?, standardInput: () -> Data? = readStandardInput) -> CommandOutput {
        switch input(path: path, knownNamesPath: knownNamesPath, standardInput: standardInput) {
        case .success(let (data, names)): return suggest(data: data, source: path, knownNames: names)
        case .failure(let f): return f.output
        }
    }

    public static func suggest(data: Data, source: String, knownNames: [String]) -> CommandOutput {
        guard let text = String(data: data, encoding: .utf8) else { return failure("\(source): not valid UTF-8 text") }
        return CommandOutput(stdout: RedactionJSON.document(RedactionSuggester.suggest(text: text, knownNames: knownNames)) + "\n")
    }

    /// `confide redact suggest --jsonl FILE|-`: one output line per input line, in order; nothing at all if a line is bad.
    public static func suggestJSONL(path: String, knownNamesPath: String?, standardInput: () -> Data? = readStandardInput) -> CommandOutput {
        switch input(path: path, knownNamesPath: knownNamesPath, standardInput: standardInput) {
        case .success(let (data, names)): return suggestJSONL(data: data, source: path, knownNames: names)
        case .failure(let f): return f.output
        }
    }

    public static func suggestJSONL(data: Data, source: String, knownNames: [String]) -> CommandOutput {
        let records: [JSONLRecord]
        do { records = try parseJSONL(data, source: source) } catch { return failure(error.description) }
        var out = ""
        for r in records {
            out += RedactionJSON.line(id: r.id, idIsNumber: r.idIsNumber, spans: RedactionSuggester.suggest(text: r.text, knownNames: knownNames))
            out += "\n"
        }
        return CommandOutput(stdout: out)
    }

    /// A line of the input corpus: `id`, `text`, and (for scoring) the gold `spans`.
    public struct JSONLRecord: Sendable {
        public var id: String
        public var idIsNumber: Bool
        public var text: String
        public var gold: [RedactionSpan]
    }

    public struct InputError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public static func parseJSONL(_ data: Data, source: String) throws(InputError) -> [JSONLRecord] {
        guard let body = String(data: data, encoding: .utf8) else { throw InputError(description: "\(source): not valid UTF-8 text") }
        var records: [JSONLRecord] = []
        for (n, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let where_ = "\(source):\(n + 1)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)), let dict = object as? [String: Any] else {
                throw InputError(description: "\(where_): not a JSON object")
            }
            guard let text = dict["text"] as? String else { throw InputError(description: "\(where_): missing string field \"text\"") }
            let id: String, isNumber: Bool
            if let s = dict["id"] as? String { id = s; isNumber = false }
            else if let num = dict["id"] as? NSNumber { id = num.stringValue; isNumber = true }
            else { throw InputError(description: "\(where_): missing field \"id\" (string or number)") }
            var gold: [RedactionSpan] = []
            if let spans = dict["spans"] as? [[String: Any]] {
                for s in spans {
                    guard let start = (s["start"] as? NSNumber)?.intValue, let end = (s["end"] as? NSNumber)?.intValue else { continue }
                    let label = (s["label"] as? String).flatMap(RedactionLabel.init(rawValue:)) ?? .person
                    gold.append(RedactionSpan(start: start, end: end, label: label, score: 1))
                }
            }
            records.append(JSONLRecord(id: id, idIsNumber: isNumber, text: text, gold: gold))
        }
        return records
    }

    struct Failure: Error { var output: CommandOutput }

    static func loadKnownNames(_ path: String?) -> Result<[String], Failure> {
        guard let path else { return .success([]) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .failure(Failure(output: failure("\(path): cannot be read")))
        }
        return .success(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// The note(s) to read (a file, or standard input for "-") and the known names, or what to print instead.
    static func input(path: String, knownNamesPath: String?, standardInput: () -> Data?) -> Result<(Data, [String]), Failure> {
        let names: [String]
        switch loadKnownNames(knownNamesPath) {
        case .success(let n): names = n
        case .failure(let f): return .failure(f)
        }
        guard let data = path == "-" ? standardInput() : FileManager.default.contents(atPath: path) else {
            return .failure(Failure(output: failure("\(path): cannot be read")))
        }
        return .success((data, names))
    }

    static func failure(_ message: String) -> CommandOutput {
        CommandOutput(stderr: "error: " + message.replacingOccurrences(of: "\n", with: " ") + "\n", exitCode: unreadableExitCode)
    }

    public static func readStandardInput() -> Data? { FileHandle.standardInput.readDataToEndOfFile() }
}
