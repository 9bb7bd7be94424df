import Foundation

/// The exact output of `confide redact suggest`: keys in the spec's order, scores with two decimals.
public enum RedactionJSON {
    public static let schema = "confide.redaction/v1"

    /// `{"schema": "confide.redaction/v1", "spans": [...]}`
    public static func document(_ spans: [RedactionSpan]) -> String {
        "{\"schema\": \"\(schema)\", \"spans\": \(array(spans))}"
    }

    /// One JSONL line: `{"id": ..., "spans": [...]}`; the id is echoed as given (string or number).
    public static func line(id: String, idIsNumber: Bool, spans: [RedactionSpan]) -> String {
        "{\"id\": \(idIsNumber ? id : quoted(id)), \"spans\": \(array(spans))}"
    }

    public static func array(_ spans: [RedactionSpan]) -> String {
        "[" + spans.map { s in
            "{\"start\": \(s.start), \"end\": \(s.end), \"label\": \"\(s.label.rawValue)\", \"score\": \(String(format: "%.2f", s.score))}"
        }.joined(separator: ", ") + "]"
    }

    static func quoted(_ s: String) -> String { JSONString.quoted(s) }
}
