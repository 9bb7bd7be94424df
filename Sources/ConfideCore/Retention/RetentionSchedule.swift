import Foundation

/// How long each kind of record is kept, and from when: the centre's retention policy as data, with the basis for
/// each period, so that a centre changes a period by editing a reviewed file, not code. Nothing is deleted by this
/// type: it only says when a record comes up for review.
public struct RetentionSchedule: Sendable, Equatable {
    public static let schema = "confide.retention/v1"

    /// What the period is counted from.
    public enum Start: String, Sendable, CaseIterable {
        /// The day the client's case was closed (or the record's own date, if later): nothing comes up for review
        /// while the case is open.
        case caseClosed = "case_closed"
        /// The record's own date (still only for closed cases: nothing goes from an open case).
        case recordDate = "record_date"
    }

    public struct Rule: Sendable, Equatable {
        public let kind: String
        public let years: Int
        public let from: Start
        /// Why this period: the law, guidance or policy it rests on, in words a manager can check.
        public let basis: String
        /// True while the basis has not been checked against its source by the centre.
        public let verificationNeeded: Bool
        public let line: Int
    }

    public let version: String
    public let rules: [String: Rule]

    /// The day (yyyy-MM-dd) a record comes up for review, or nil while it cannot: the case is open.
    public func reviewDate(kind: String, recordDate: String, caseClosedOn: String?) -> String? {
        guard let rule = rules[kind], let closed = caseClosedOn else { return nil }
        // A record dated after the case closed (a call logged after closure) counts from its own date: counting from
        // the old closure would put a note written today straight into the deletion queue.
        let start = rule.from == .caseClosed ? max(closed, recordDate) : max(recordDate, "0000-01-01")
        // Never before the case closed, whatever the record's own date.
        guard let due = Self.adding(years: rule.years, to: start) else { return nil }
        return max(due, closed)
    }

    /// Whether a record is due for review on `today` (yyyy-MM-dd).
    public func isDue(kind: String, recordDate: String, caseClosedOn: String?, today: String) -> Bool {
        guard let d = reviewDate(kind: kind, recordDate: recordDate, caseClosedOn: caseClosedOn) else { return false }
        return d <= today
    }

    static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        let comps = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard comps.isValidDate(in: calendar), let d = calendar.date(from: comps) else { return nil }
        return d
    }

    /// `start` (yyyy-MM-dd) plus whole years, for periods not tied to one kind of record.
    public static func addingYears(_ years: Int, to start: String) -> String? { adding(years: years, to: start) }

    /// `start` plus whole years; 29 February becomes 28 February in a year without it (never later).
    static func adding(years: Int, to start: String) -> String? {
        guard let d = day(start), let later = calendar.date(byAdding: .year, value: years, to: d) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: later)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// Reads and checks a schedule. Every kind in `kinds` must have exactly one rule (a new kind of record must
    /// not be kept for ever, or deleted, by omission), and nothing else may appear.
    public static func parse(_ text: String, file: String, kinds: [String]) throws(RetentionScheduleError) -> RetentionSchedule {
        var problems: [RetentionScheduleError.Problem] = []
        func fail(_ line: Int, _ message: String) { problems.append(.init(file: file, line: line, message: message)) }
        let root: YAMLNode?
        do { root = try YAMLDocument.parse(text) } catch {
            throw RetentionScheduleError(problems: [.init(file: file, line: error.line, message: error.message)])
        }
        guard let root, let pairs = root.mappingPairs else {
            throw RetentionScheduleError(problems: [.init(file: file, line: root?.line ?? 1, message: "a retention schedule must be a mapping of fields")])
        }
        var version = ""
        var rules: [String: Rule] = [:]
        var sawSchema = false
        for (key, keyLine, value) in pairs {
            switch key {
            case "schema":
                sawSchema = true
                if value.scalarText != schema { fail(value.line, "schema must be \(schema)") }
            case "version":
                version = value.scalarText ?? ""
                if version.isEmpty { fail(value.line, "version must be text, such as the date the centre adopted the schedule") }
            case "note":
                break
            case "kinds":
                guard let kindPairs = value.mappingPairs else { fail(value.line, "kinds must be a mapping from record kind to its rule"); continue }
                for (kind, kindLine, ruleNode) in kindPairs {
                    guard kinds.contains(kind) else {
                        fail(kindLine, "\"\(kind)\" is not a kind of record (kinds: \(kinds.joined(separator: ", ")))"); continue
                    }
                    if rules[kind] != nil { fail(kindLine, "\(kind) has two rules"); continue }
                    if let rule = parseRule(kind, kindLine, ruleNode, fail) { rules[kind] = rule }
                }
            default:
                fail(keyLine, "\"\(key)\" is not a field of a retention schedule (schema, version, note, kinds)")
            }
        }
        if !sawSchema { fail(1, "schema is missing (schema: \(schema))") }
        if version.isEmpty && !problems.contains(where: { $0.message.hasPrefix("version") }) { fail(1, "version is missing") }
        for kind in kinds where rules[kind] == nil && !problems.contains(where: { $0.message.hasPrefix(kind) }) {
            fail(1, "\(kind) has no rule: every kind of record needs one")
        }
        guard problems.isEmpty else { throw RetentionScheduleError(problems: problems) }
        return RetentionSchedule(version: version, rules: rules)
    }

    private static func parseRule(_ kind: String, _ line: Int, _ node: YAMLNode,
                                  _ fail: (Int, String) -> Void) -> Rule? {
        guard let fields = node.mappingPairs else { fail(node.line, "\(kind) must be a mapping (keep_years, from, basis)"); return nil }
        var years: Int?, from: Start?, basis: String?, verification = true
        var ok = true
        for (key, keyLine, value) in fields {
            switch key {
            case "keep_years":
                if let t = value.scalarText, let n = Int(t), (1...150).contains(n) { years = n }
                else { fail(value.line, "\(kind): keep_years must be a whole number of years from 1 to 150"); ok = false }
            case "from":
                if let s = value.scalarText.flatMap(Start.init(rawValue:)) { from = s }
                else { fail(value.line, "\(kind): from must be one of \(Start.allCases.map(\.rawValue).joined(separator: ", "))"); ok = false }
            case "basis":
                if let t = value.scalarText?.trimmingCharacters(in: .whitespacesAndNewlines), t.count >= 10 { basis = t }
                else { fail(value.line, "\(kind): basis must say why this period (at least 10 characters)"); ok = false }
            case "verification_needed":
                if let b = value.yamlBoolean { verification = b } else { fail(value.line, "\(kind): verification_needed must be true or false"); ok = false }
            default:
                fail(keyLine, "\(kind): \"\(key)\" is not a field of a rule (keep_years, from, basis, verification_needed)"); ok = false
            }
        }
        if years == nil && ok { fail(line, "\(kind): keep_years is missing"); ok = false }
        if from == nil && ok { fail(line, "\(kind): from is missing"); ok = false }
        if basis == nil && ok { fail(line, "\(kind): basis is missing"); ok = false }
        guard ok, let years, let from, let basis else { return nil }
        return Rule(kind: kind, years: years, from: from, basis: basis, verificationNeeded: verification, line: line)
    }
}

public struct RetentionScheduleError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }
    public let problems: [Problem]
    public var description: String { problems.map(\.description).joined(separator: "; ") }
}
