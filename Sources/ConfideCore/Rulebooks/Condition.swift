import Foundation

/// A value written in a rulebook condition (`is: true`, `in: [police, cps]`, `less_than: 3`).
enum Literal: Sendable, Equatable, CustomStringConvertible {
    case boolean(Bool)
    case integer(Int)
    case text(String)

    var description: String {
        switch self {
        case let .boolean(b): return b ? "true" : "false"
        case let .integer(n): return String(n)
        case let .text(s): return s
        }
    }
}

/// Where a condition reads its value: a request field or a computed fact.
enum ValueSource: Sendable, Equatable, CustomStringConvertible {
    case field(String)
    case fact(String)

    var description: String {
        switch self {
        case let .field(path): return path
        case let .fact(name): return name
        }
    }
}

/// The test applied to a field or fact.
enum ValueTest: Sendable {
    case equals(Literal)
    case oneOf([Literal])
    /// true: the request did not state it.
    case missing(Bool)
    /// A list field contains any of these words.
    case containsAny([String])
    /// A list field is not empty and holds nothing but these words.
    case only([String])
    /// A date is before / after another date field (false if either is absent).
    case before(String)
    case after(String)
    case beforeDate(CalendarDay)
    case afterDate(CalendarDay)
    case lessThan(Int)
    case atMost(Int)
    case greaterThan(Int)
    case atLeast(Int)
    /// A text field matches a regular expression (case-insensitive).
    case matches(NSRegularExpressionBox)
    /// A rank written in a text field is below the named rank of the rulebook's rank ladder.
    case rankBelow(level: Int, name: String)
    /// A rank is stated but is not on the rank ladder.
    case rankUnrecognised
}

/// The condition language of the rulebooks (Rulebooks/README.md, "Conditions").
indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case always
    case value(ValueSource, ValueTest, written: String)
    /// A named text signal is found (optionally only in the given fields).
    case signal(String, fields: [String]?)
    /// One of these checks is a finding (decision order and later checks).
    case finding(Set<String>)
    /// A finding of one of these severities exists.
    case findingSeverity(Set<Severity>)
    /// The outcome chosen is one of these (checks tested after the decision only).
    case outcomeIn(Set<Outcome>)

    /// Whether the condition needs the outcome, making its check an after-decision check.
    var usesOutcome: Bool {
        switch self {
        case let .all(cs), let .any(cs): return cs.contains { $0.usesOutcome }
        case let .not(c): return c.usesOutcome
        case .outcomeIn: return true
        default: return false
        }
    }

    var referencedChecks: Set<String> {
        switch self {
        case let .all(cs), let .any(cs): return cs.reduce(into: Set<String>()) { $0.formUnion($1.referencedChecks) }
        case let .not(c): return c.referencedChecks
        case let .finding(ids): return ids
        default: return []
        }
    }

    var usesFindings: Bool {
        switch self {
        case let .all(cs), let .any(cs): return cs.contains { $0.usesFindings }
        case let .not(c): return c.usesFindings
        case .finding, .findingSeverity: return true
        default: return false
        }
    }

    /// A one-line rendering for `rulebook show`.
    var summary: String {
        switch self {
        case let .all(cs): return "all of (" + cs.map(\.summary).joined(separator: "; ") + ")"
        case let .any(cs): return "any of (" + cs.map(\.summary).joined(separator: "; ") + ")"
        case let .not(c): return "not " + c.summary
        case .always: return "always"
        case let .value(_, _, written): return written
        case let .signal(name, fields):
            return "signal \(name)" + (fields.map { " in " + $0.joined(separator: ", ") } ?? "")
        case let .finding(ids): return "finding " + ids.sorted().joined(separator: " or ")
        case let .findingSeverity(levels):
            return "any \(levels.map(\.rawValue).sorted().joined(separator: "/")) finding"
        case let .outcomeIn(outcomes): return "outcome is " + outcomes.map(\.rawValue).sorted().joined(separator: " or ")
        }
    }
}
