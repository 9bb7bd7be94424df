import Foundation

/// Why a valid request could not be assessed (not the request's fault: the rulebooks).
public struct AssessmentError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Tests a request against its jurisdiction's rulebook. Pure: no I/O, no logging, safe to share across threads.
///
/// 1. Each check whose `applies_to` includes the requester type and whose `applies_when` holds is tested; if
///    its `conditions` hold it is a finding, otherwise it is satisfied.
/// 2. The decision order's first matching step gives the outcome; `also` rules add further outcomes.
/// 3. Checks about the outcome itself (they use `outcome_in`) are tested last.
public struct Assessor: Sendable {
    public let library: RulebookLibrary

    public init(library: RulebookLibrary) {
        self.library = library
    }

    public func assess(_ request: RequestFile) throws(AssessmentError) -> Assessment {
        guard let rulebook = library.rulebook(for: request.jurisdiction) else {
            throw AssessmentError(message: "no rulebook for jurisdiction \(request.jurisdiction) in \(library.directory)")
        }
        return Assessor.assess(request, with: rulebook)
    }

    public static func assess(_ request: RequestFile, with rulebook: Rulebook) -> Assessment {
        let evaluator = ConditionEvaluator(request: request, rulebook: rulebook)
        var fired: [String: Finding] = [:]
        var satisfied: Set<String> = []

        func test(_ check: Check) {
            if let types = check.appliesTo, !types.contains(request.requesterType) { return }
            if let gate = check.appliesWhen, !evaluator.evaluate(gate).holds { return }
            let result = evaluator.evaluate(check.conditions)
            if result.holds {
                evaluator.findings[check.id] = check.severity
                fired[check.id] = Finding(check: check.id, severity: check.severity, title: check.title,
                                          evidence: tidy(result.evidence.isEmpty ? context(request) : result.evidence),
                                          sources: check.sources.map(\.cite),
                                          reply: check.reply, forSurvivor: check.forSurvivor)
            } else {
                satisfied.insert(check.id)
            }
        }

        // Checks may refer to other checks' findings; rulebook order is respected, so define those first.
        for check in rulebook.checks where !check.afterDecision { test(check) }

        var outcome = Outcome.seekClarification
        var decidedBy = ""
        for step in rulebook.decisionOrder {
            if let when = step.when, !evaluator.evaluate(when).holds { continue }
            outcome = step.outcome
            decidedBy = step.name
            break
        }
        evaluator.outcome = outcome
        var also: [Outcome] = []
        for rule in rulebook.also where rule.add != outcome && !also.contains(rule.add) {
            if evaluator.evaluate(rule.when).holds { also.append(rule.add) }
        }
        for check in rulebook.checks where check.afterDecision { test(check) }

        let order = rulebook.checks.map(\.id)
        return Assessment(jurisdiction: request.jurisdiction, rulebookID: rulebook.jurisdiction,
                          rulebookVersion: rulebook.version, outcome: outcome, also: also,
                          findings: order.compactMap { fired[$0] }, satisfied: order.filter { satisfied.contains($0) },
                          decidedBy: decidedBy)
    }

    /// When a check fires only because things are absent, quote who asked for what.
    private static func context(_ request: RequestFile) -> [String] {
        ["requester.type", "legal_basis", "court_order.kind", "records_sought.kinds"].compactMap { path in
            request[path].map { "\(path): \($0.evidenceText)" }
        }
    }

    /// Removes repeats and keeps the evidence short enough to read.
    private static func tidy(_ evidence: [String]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for e in evidence where seen.insert(e).inserted {
            out.append(e)
            if out.count == 8 { break }
        }
        return out
    }
}
