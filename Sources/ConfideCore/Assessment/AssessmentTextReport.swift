extension Assessment {
    static func label(_ outcome: Outcome) -> String {
        switch outcome {
        case .comply: return "Comply (after consulting the survivor)"
        case .complyInPartRedacted: return "Comply in part: a narrowed or redacted subset, or a short factual statement"
        case .seekClarification: return "Seek clarification before anything is disclosed"
        case .refuseInviteCourtApplication: return "Decline and invite an application to the court"
        case .referLegalAdvice: return "Preserve the records and take legal advice before replying"
        case .safeguardingMinimumDisclosure: return "Urgent risk: disclose only the minimum needed to prevent harm, and record why"
        case .produceToCourt: return "Produce to the court as the order directs, and tell the survivor"
        case .noRecordsHeld: return "No records of this kind held here (or meant for another service)"
        }
    }

    /// A readable report for the disclosure lead (`confide assess FILE --format text`).
    public func textReport() -> String {
        var out: [String] = []
        out.append("Assessment against the \(rulebookID) rulebook, version \(rulebookVersion)")
        out.append("")
        out.append("Outcome: \(outcome.rawValue) — \(Assessment.label(outcome))")
        if !decidedBy.isEmpty { out.append("  (decision step: \(decidedBy))") }
        for extra in also { out.append("Also: \(extra.rawValue) — \(Assessment.label(extra))") }
        out.append("")
        if findings.isEmpty {
            out.append("Findings: none")
        } else {
            out.append("Findings (\(findings.count)):")
            for f in findings {
                out.append("")
                out.append("\(f.check) [\(f.severity.rawValue)] \(f.title)")
                if !f.evidence.isEmpty {
                    out.append("  Evidence:")
                    for e in f.evidence { out.append("    - \(e)") }
                }
                out.append("  Law: \(f.sources.joined(separator: "; "))")
                out.append("  Suggested reply: \(f.reply)")
                out.append("  For the survivor: \(f.forSurvivor)")
            }
        }
        out.append("")
        out.append("Tested and satisfied: " + (satisfied.isEmpty ? "none" : satisfied.joined(separator: ", ")))
        out.append("")
        out.append("This is decision support, not legal advice: the disclosure lead decides, with reasons.")
        return out.joined(separator: "\n") + "\n"
    }
}
