/// Human-readable listings of rulebooks for review (`confide rulebook show`, `confide rulebook lint`).
public enum RulebookListing {
    /// Every check with severity, requester types, conditions, signals, citations with status and verification flags.
    public static func show(_ rulebook: Rulebook) -> String {
        var out: [String] = []
        out.append("\(rulebook.name) (\(rulebook.jurisdiction)) rulebook, version \(rulebook.version)")
        out.append("Law stated as at: \(rulebook.lawAsAt)")
        out.append("File: \(rulebook.file)")
        out.append("")
        out.append("Sources:")
        for s in rulebook.sources { out.append("  - \(s.cite) [\(s.status.rawValue)]") }
        out.append("")
        out.append("Checks (\(rulebook.checks.count)):")
        for check in rulebook.checks {
            out.append("")
            let flag = check.needsVerification ? "  ** VERIFICATION NEEDED **" : ""
            out.append("\(check.id)  [\(check.severity.rawValue)]  \(check.title)\(flag)")
            if let types = check.appliesTo {
                out.append("  Applies to: \(types.sorted().joined(separator: ", "))")
            } else {
                out.append("  Applies to: every requester")
            }
            if let gate = check.appliesWhen { out.append("  Tested when: \(gate.summary)") }
            out.append("  Fires when: \(check.conditions.summary)")
            for name in check.signalNames {
                guard let signal = rulebook.signals[name] else { continue }
                let phrases = signal.phraseSources.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ")
                let more = signal.phraseSources.count > 6 ? ", … (\(signal.phraseSources.count) phrases)" : ""
                out.append("  Signal \(name): \(signal.description) — in \(signal.fields.joined(separator: ", ")): \(phrases)\(more)")
            }
            out.append("  Sources:")
            for s in check.sources {
                let note = s.verificationNeeded.map { " — verify: \($0)" } ?? ""
                out.append("    - \(s.cite) [\(s.status.rawValue)]\(note)")
            }
            if let v = check.verificationNeeded { out.append("  Verification needed: \(v)") }
            if let o = check.suggestedOutcome { out.append("  Suggested outcome: \(o.rawValue)") }
            out.append("  Reply: \(check.reply)")
            out.append("  For the survivor: \(check.forSurvivor)")
        }
        out.append("")
        out.append("Decision order (the first step that holds gives the outcome):")
        for (i, step) in rulebook.decisionOrder.enumerated() {
            out.append("  \(i + 1). \(step.name): \(step.summary) → \(step.outcome.rawValue)")
        }
        if !rulebook.also.isEmpty {
            out.append("Also:")
            for rule in rulebook.also { out.append("  - \(rule.summary) → also \(rule.add.rawValue)") }
        }
        if !rulebook.openItems.isEmpty {
            out.append("")
            out.append("Open verification items:")
            for item in rulebook.openItems { out.append("  - \(item)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A summary of a library that loaded: per rulebook, the check count and how many need verification.
    public static func lintSummary(_ library: RulebookLibrary) -> String {
        var out: [String] = []
        for r in library.rulebooks.sorted(by: { $0.jurisdiction < $1.jurisdiction }) {
            let unverified = r.checks.filter(\.needsVerification).map(\.id)
            out.append("ok \(r.file): \(r.jurisdiction) \(r.version), \(r.checks.count) checks, \(r.decisionOrder.count) decision steps"
                       + (unverified.isEmpty ? "" : "; verification needed: \(unverified.joined(separator: ", "))"))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
