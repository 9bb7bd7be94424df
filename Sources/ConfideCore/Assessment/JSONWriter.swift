/// A small JSON writer with a fixed key order, so the assessment is byte-for-byte stable
/// (JSONEncoder does not promise an order that matches the spec).
enum JSONWriter {
    indirect enum Value {
        case string(String)
        case array([Value])
        case object([(String, Value)])
    }

    static func quoted(_ s: String) -> String { JSONString.quoted(s) }

    static func render(_ value: Value, indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch value {
        case let .string(s):
            return quoted(s)
        case let .array(items):
            if items.isEmpty { return "[]" }
            // Lists of plain strings stay on one line when short (also, satisfied).
            if items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
                let line = "[" + items.map { render($0) }.joined(separator: ", ") + "]"
                if line.count <= 100 { return line }
            }
            return "[\n" + items.map { inner + render($0, indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "]"
        case let .object(pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { inner + quoted($0.0) + ": " + render($0.1, indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + pad + "}"
        }
    }
}
