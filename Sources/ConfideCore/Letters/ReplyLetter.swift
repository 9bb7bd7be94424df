import Foundation

/// Drafts the service's reply to a request from the assessment's findings and the decision. The wording of
/// each point comes from the rulebook (the `reply` of each finding); this only arranges it into a letter that
/// the disclosure lead then edits. The letter names the client by the requester's own reference, never by name.
public struct ReplyLetterInput: Sendable {
    public var serviceName: String
    public var date: String
    public var requesterName: String?
    public var requesterOrganisation: String?
    public var replyAddress: String?
    public var theirReference: String?
    public var receivedOn: String?
    public var outcome: Outcome
    public var decisionReasons: String?
    public var findings: [Finding]

    public init(serviceName: String, date: String, requesterName: String?, requesterOrganisation: String?, replyAddress: String?,
                theirReference: String?, receivedOn: String?, outcome: Outcome, decisionReasons: String?, findings: [Finding]) {
        self.serviceName = serviceName; self.date = date; self.requesterName = requesterName
        self.requesterOrganisation = requesterOrganisation; self.replyAddress = replyAddress; self.theirReference = theirReference
        self.receivedOn = receivedOn; self.outcome = outcome; self.decisionReasons = decisionReasons; self.findings = findings
    }
}

public enum ReplyLetter {
    /// Plain opening paragraphs per outcome, in the service's own voice (no legal test is decided here).
    static func opening(_ o: Outcome) -> String {
        switch o {
        case .comply:
            return "We have considered your request carefully, and spoken with our client. We are able to provide the information described below."
        case .complyInPartRedacted:
            return "We have considered your request carefully. We are able to provide only a limited part of what you asked for, as set out below, with information about other people and anything outside the scope of your enquiry removed."
        case .seekClarification:
            return "We have considered your request carefully. Before we can consider it further, we need you to address the points below."
        case .refuseInviteCourtApplication:
            return "We have considered your request carefully. We are not able to release our client's confidential records in response to it, for the reasons below."
        case .referLegalAdvice:
            return "We have received your request and are preserving the records while we take legal advice. We will reply on the merits as soon as we can. In the meantime we note the following."
        case .safeguardingMinimumDisclosure:
            return "We understand that this request concerns an immediate risk to someone's life or safety. We will share only the minimum information needed to prevent harm."
        case .produceToCourt:
            return "We acknowledge the court's order. We will comply with it as set out below, and we are informing our client."
        case .noRecordsHeld:
            return "We have checked our records. We do not hold records of the kind you have asked for, and we cannot confirm anything further."
        }
    }

    /// Severity order first, then rulebook order; internal-only notes (reply wording in brackets) are left out.
    public static func draft(_ input: ReplyLetterInput) -> String {
        var lines: [String] = []
        lines.append(input.serviceName)
        lines.append(input.date)
        lines.append("")
        let to = [input.requesterName, input.requesterOrganisation, input.replyAddress].compactMap { $0 }.filter { !$0.isEmpty }
        if !to.isEmpty { lines.append(contentsOf: to); lines.append("") }
        var about = "Your request for information about our client"
        if let r = input.theirReference, !r.isEmpty { about += " (your reference \(r))" }
        if let d = input.receivedOn, !d.isEmpty { about += ", received on \(d)" }
        lines.append("Dear \(input.requesterName?.isEmpty == false ? input.requesterName! : "Sir or Madam"),")
        lines.append("")
        lines.append(about + ".")
        lines.append("")
        lines.append(opening(input.outcome))
        let points = input.findings
            .filter { !$0.reply.trimmingCharacters(in: .whitespaces).hasPrefix("(") && !$0.reply.isEmpty }
            .enumerated().sorted { a, b in a.element.severity != b.element.severity ? a.element.severity < b.element.severity : a.offset < b.offset }
            .map(\.element)
        if !points.isEmpty {
            lines.append("")
            for (i, f) in points.enumerated() { lines.append("\(i + 1). \(f.reply)"); lines.append("") }
        } else {
            lines.append("")
        }
        if let reasons = input.decisionReasons?.trimmingCharacters(in: .whitespacesAndNewlines), !reasons.isEmpty {
            lines.append(reasons)
            lines.append("")
        }
        lines.append("Please do not pass this letter, or any information in it, to anyone else without our agreement. If you have any questions, please reply to this letter.")
        lines.append("")
        lines.append("Yours faithfully,")
        lines.append("")
        lines.append("Disclosure lead, \(input.serviceName)")
        return lines.joined(separator: "\n")
    }
}
