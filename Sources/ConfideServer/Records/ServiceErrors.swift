import ConfideCore
import Vapor

/// Bad input: every problem, by field, so a form can show them all at once. Nothing has been written.
struct ValidationFailure: AbortError {
    var problems: [(field: String, message: String)]
    var status: HTTPResponseStatus { .unprocessableEntity }
    var reason: String { problems.map { "\($0.field): \($0.message)" }.joined(separator: "; ") }
    var messages: [String] { problems.map(\.message) }
}

/// The record is outside this person's access; they may open it only by recording a reason.
struct NeedsBreakGlass: AbortError {
    let clientID: UUID
    var status: HTTPResponseStatus { .forbidden }
    var reason: String { "This client is not in your caseload. To open the record you must give a reason, which is recorded and shown to the disclosure lead (POST /api/v1/clients/\(clientID)/break-glass)." }
}

enum Validate {
    /// `yyyy-MM-dd` in UTC. Shared by every request handler, so used under a lock (`LockedFormatter`).
    static let dayFormatter = LockedFormatter { () -> DateFormatter in
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.locale = Locale(identifier: "en_GB_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.isLenient = false
        return f
    }

    static func day(_ d: Date) -> String { dayFormatter.with { $0.string(from: d) } }
    static func parseDay(_ s: String) -> Date? { dayFormatter.with { $0.date(from: s) } }

    /// A real calendar date between `earliest` and today (no 31 February, no dates in the future).
    static func date(_ s: String?, field: String, label: String, earliest: String = "1900-01-01",
                     into problems: inout [(field: String, message: String)]) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty else {
            problems.append((field, "Enter \(label)")); return nil
        }
        guard s.count == 10, let d = parseDay(s), day(d) == s else {
            problems.append((field, "\(label.prefix(1).uppercased() + label.dropFirst()) must be a real date, like 2026-03-14")); return nil
        }
        if d > Date() { problems.append((field, "\(label.prefix(1).uppercased() + label.dropFirst()) must be today or in the past")); return nil }
        if s < earliest { problems.append((field, "\(label.prefix(1).uppercased() + label.dropFirst()) must be after \(earliest)")); return nil }
        return s
    }

    static func text(_ s: String?, field: String, label: String, min: Int = 1, max: Int,
                     into problems: inout [(field: String, message: String)]) -> String? {
        let t = (s ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if t.count < min { problems.append((field, min <= 1 ? "Enter \(label)" : "\(label.prefix(1).uppercased() + label.dropFirst()) must be at least \(min) characters")); return nil }
        if t.count > max { problems.append((field, "\(label.prefix(1).uppercased() + label.dropFirst()) must be \(max) characters or fewer")); return nil }
        if t.unicodeScalars.contains(where: { $0.value < 32 && $0 != "\n" && $0 != "\t" }) {
            problems.append((field, "\(label.prefix(1).uppercased() + label.dropFirst()) contains characters that are not allowed")); return nil
        }
        return t
    }
}
