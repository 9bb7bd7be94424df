/// Evaluates rulebook conditions against one request and says why: every condition that holds yields the
/// evidence that made it hold (`reason: not stated`, `authorisation.rank: "detective inspector"`, the words
/// matched in the letter).
///
/// One evaluator serves one assessment; it caches analysed texts, signal matches and facts, so a signal used by
/// several checks is looked for once.
final class ConditionEvaluator {
    let request: RequestFile
    let rulebook: Rulebook
    private var texts: [String: AnalysedText] = [:]
    private var signalCache: [String: [String]] = [:]
    private var factCache: [String: (RequestValue, String)?] = [:]
    var findings: [String: Severity] = [:]
    var outcome: Outcome?

    init(request: RequestFile, rulebook: Rulebook) {
        self.request = request
        self.rulebook = rulebook
    }

    struct Result {
        let holds: Bool
        let evidence: [String]
        static let no = Result(holds: false, evidence: [])
    }

    func evaluate(_ condition: Condition) -> Result {
        switch condition {
        case .always:
            return Result(holds: true, evidence: [])
        case let .all(parts):
            var evidence: [String] = []
            for part in parts {
                let r = evaluate(part)
                guard r.holds else { return .no }
                evidence.append(contentsOf: r.evidence)
            }
            return Result(holds: true, evidence: evidence)
        case let .any(parts):
            var evidence: [String] = []
            var holds = false
            for part in parts {
                let r = evaluate(part)
                if r.holds { holds = true; evidence.append(contentsOf: r.evidence) }
            }
            return Result(holds: holds, evidence: evidence)
        case let .not(inner):
            let r = evaluate(inner)
            return r.holds ? .no : Result(holds: true, evidence: absenceEvidence(inner))
        case let .value(source, test, _):
            return evaluate(source, test)
        case let .signal(name, fields):
            let quotes = signalQuotes(name, fields: fields)
            return Result(holds: !quotes.isEmpty, evidence: quotes)
        case let .finding(ids):
            return Result(holds: ids.contains { findings[$0] != nil }, evidence: [])
        case let .findingSeverity(levels):
            return Result(holds: findings.values.contains { levels.contains($0) }, evidence: [])
        case let .outcomeIn(outcomes):
            guard let outcome, outcomes.contains(outcome) else { return .no }
            return Result(holds: true, evidence: ["outcome: \(outcome.rawValue)"])
        }
    }

    /// Evidence for a condition that holds because something is *not* there.
    private func absenceEvidence(_ inner: Condition) -> [String] {
        switch inner {
        case let .signal(name, fields):
            guard let signal = rulebook.signals[name] else { return [] }
            let searched = (fields ?? signal.fields).filter { request[$0] != nil }
            if searched.isEmpty {
                return ["\((fields ?? signal.fields).joined(separator: ", ")): not stated"]
            }
            return ["\(searched.joined(separator: " and ")): no \(signal.description)"]
        case let .value(source, test, _):
            // "not stated" is worth quoting; a gate such as "not urgent" is not.
            if case .missing(false) = test, case let .field(path) = source { return ["\(path): not stated"] }
            return []
        case let .any(parts):
            return parts.flatMap { absenceEvidence($0) }
        case let .all(parts):
            // Not all of them: the ones that failed explain it.
            return parts.filter { !evaluate($0).holds }.flatMap { absenceEvidence($0) }
        case let .not(inner):
            return evaluate(inner).evidence
        default:
            return []
        }
    }

    /// A field's value; a group ("authorisation") counts as stated when any of its fields is.
    func lookup(_ path: String) -> RequestValue? {
        if let v = request[path] { return v }
        if RequestSchema.fields[path] == .group {
            let prefix = path + "."
            if let key = request.values.keys.sorted().first(where: { $0.hasPrefix(prefix) }) { return request[key] }
        }
        return nil
    }

    func fact(_ name: String) -> (RequestValue, String)? {
        if let cached = factCache[name] { return cached }
        let v = RequestFacts.value(name, of: request, calendar: rulebook.calendar)
        factCache[name] = v
        return v
    }

    private func evaluate(_ source: ValueSource, _ test: ValueTest) -> Result {
        let value: RequestValue?
        let label: String
        switch source {
        case let .field(path):
            value = lookup(path)
            label = value.map { "\(path): \($0.evidenceText)" } ?? "\(path): not stated"
        case let .fact(name):
            let f = fact(name)
            value = f?.0
            label = f?.1 ?? "\(name): not known"
        }
        if case let .missing(wanted) = test {
            var absent = value == nil
            if case let .text(s)? = value, !s.contains(where: { $0.isLetter || $0.isNumber }) { absent = true }
            if case let .words(ws)? = value, ws.isEmpty { absent = true }
            if case let .records(rs)? = value, rs.isEmpty { absent = true }
            return absent == wanted ? Result(holds: true, evidence: [label]) : .no
        }
        guard let value else { return .no }  // not stated: no test but missing: can hold
        guard let (holds, note) = check(value, test), holds else { return .no }
        return Result(holds: true, evidence: [label + note])
    }

    /// Whether a stated value passes a test, and any words to add to its evidence.
    private func check(_ value: RequestValue, _ test: ValueTest) -> (Bool, String)? {
        switch test {
        case let .equals(literal):
            return (equal(value, literal), "")
        case let .oneOf(literals):
            return (literals.contains { equal(value, $0) }, "")
        case let .containsAny(words):
            guard case let .words(ws) = value else { return nil }
            return (ws.contains { words.contains($0) }, "")
        case let .only(words):
            guard case let .words(ws) = value else { return nil }
            return (!ws.isEmpty && ws.allSatisfy { words.contains($0) }, "")
        case let .before(other):
            return compareDates(value, other, before: true)
        case let .after(other):
            return compareDates(value, other, before: false)
        case let .beforeDate(day):
            guard case let .date(d, _) = value else { return nil }
            return (d < day, "")
        case let .afterDate(day):
            guard case let .date(d, _) = value else { return nil }
            return (d > day, "")
        case let .lessThan(n):
            return intValue(value).map { ($0 < n, "") }
        case let .atMost(n):
            return intValue(value).map { ($0 <= n, "") }
        case let .greaterThan(n):
            return intValue(value).map { ($0 > n, "") }
        case let .atLeast(n):
            return intValue(value).map { ($0 >= n, "") }
        case let .matches(box):
            guard case let .text(s) = value else { return nil }
            let found = box.regex.firstMatch(in: s, options: [], range: NSRange(s.startIndex..., in: s)) != nil
            return (found, "")
        case let .rankBelow(level, name):
            guard case let .text(s) = value, let rank = rulebook.ranks.rank(in: s) else { return nil }
            return (rank.level < level, " (below \(name))")
        case .rankUnrecognised:
            guard case let .text(s) = value else { return nil }
            return (rulebook.ranks.rank(in: s) == nil, " (not a recognised rank)")
        case .missing:
            return nil
        }
    }

    private func compareDates(_ value: RequestValue, _ other: String, before: Bool) -> (Bool, String)? {
        guard case let .date(d, _) = value, let otherValue = request[other], case let .date(o, written) = otherValue else {
            return nil
        }
        return (before ? d < o : d > o, "; \(other): \(written)")
    }

    private func intValue(_ v: RequestValue) -> Int? {
        if case let .integer(n) = v { return n }
        return nil
    }

    private func equal(_ value: RequestValue, _ literal: Literal) -> Bool {
        switch (value, literal) {
        case let (.boolean(a), .boolean(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.word(a), .text(b)): return a == b
        case let (.text(a), .text(b)):
            return a.trimmingCharacters(in: .whitespacesAndNewlines).caseInsensitiveCompare(b) == .orderedSame
        default: return false
        }
    }

    func analysed(_ field: String) -> AnalysedText? {
        if let t = texts[field] { return t }
        guard let s = request.text(field) else { return nil }
        let t = AnalysedText(s)
        texts[field] = t
        return t
    }

    /// Quotes of every live match of a signal, as `field: "…words…"`.
    func signalQuotes(_ name: String, fields: [String]?) -> [String] {
        let key = fields.map { name + "@" + $0.joined(separator: ",") } ?? name
        if let cached = signalCache[key] { return cached }
        guard let signal = rulebook.signals[name] else { return [] }
        var quotes: [String] = []
        for field in fields ?? signal.fields {
            guard let text = analysed(field) else { continue }
            for match in signal.matches(in: text) {
                quotes.append("\(field): \(JSONWriter.quoted(match.quote))")
            }
        }
        signalCache[key] = quotes
        return quotes
    }
}

import Foundation
