import Foundation

/// What a request means for the survivor, in plain words, generated from the request and its assessment:
/// who asked, for what, what the law says, what the service plans (or decided), and what she can do.
public struct SurvivorExplanation: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        public let heading: String?
        public let lines: [String]
        public let isList: Bool
    }

    public let sections: [Section]
    /// The requester's own words, shown apart and never counted in the reading level (they are not ours).
    public let theirWords: String?

    /// Everything Confide wrote, as one text: what the reading-level test measures.
    public var plainText: String {
        sections.flatMap { ($0.heading.map { [$0] } ?? []) + $0.lines }.joined(separator: "\n")
    }

    /// - Parameters:
    ///   - findings: the assessment's findings; the most serious few are explained.
    ///   - outcome: the decided outcome when there is one, else the recommendation (`decided` says which).
    public static func make(request: RequestFile, findings: [Finding], outcome: Outcome, decided: Bool,
                            phrasebook p: Phrasebook, dateText: (CalendarDay) -> String, limit: Int = 4) -> SurvivorExplanation {
        var first: [String] = []
        let type = request.requesterType
        let who = p.has("requester.\(type)") ? p.text("requester.\(type)") : p.text("requester.other")
        let kinds = request.words("records_sought.kinds") ?? []
        let whatParts = kinds.map { p.has("kinds.\($0)") ? p.text("kinds.\($0)") : p.text("kinds.unknown") }
        let what = whatParts.isEmpty ? p.text("kinds.unknown") : list(whatParts, and: p.language == "cy" ? "a" : "and")
        if let org = request.text("requester.organisation"), !org.isEmpty {
            first.append(p.text("explain.asked_org", ["who": who, "what": what, "org": org]))
        } else {
            first.append(p.text("explain.asked", ["who": who, "what": what]))
        }
        if let received = request.date("received_at") { first.append(p.text("explain.received", ["date": dateText(received)])) }
        if request.boolean("records_sought.whole_file") == true { first.append(p.text("explain.whole_file")) }
        else if let from = request.date("records_sought.from"), let to = request.date("records_sought.to") {
            first.append(p.text("explain.period", ["from": dateText(from), "to": dateText(to)]))
        }
        var sections = [Section(heading: nil, lines: first, isList: false)]

        // The most serious findings first; internal-only checks (info) are not hers to worry about.
        let explained = findings.filter { $0.severity != .info }
            .sorted { $0.severity < $1.severity }
            .prefix(limit)
            .map { p.check($0.check) ?? $0.forSurvivor }
            .filter { !$0.isEmpty }
        if !explained.isEmpty { sections.append(Section(heading: p.text("explain.law_heading"), lines: explained, isList: true)) }

        sections.append(Section(heading: p.text(decided ? "explain.decided_heading" : "explain.plan_heading"),
                                lines: [p.text("outcome.\(outcome.rawValue)")], isList: false))
        var options = [p.text("options.agree"), p.text("options.object"), p.text("options.talk")]
        if outcome == .produceToCourt || outcome == .refuseInviteCourtApplication || outcome == .referLegalAdvice { options.append(p.text("options.court")) }
        options.append(p.text("options.advice"))
        let advice = "advice.\(request.jurisdiction)"
        if p.has(advice) { options.append(p.text(advice)) }
        sections.append(Section(heading: p.text("explain.you_heading"), lines: options, isList: true))
        return SurvivorExplanation(sections: sections, theirWords: request.text("reason"))
    }

    static func list(_ items: [String], and: String) -> String {
        var unique: [String] = []
        for i in items where !unique.contains(i) { unique.append(i) }
        if unique.count <= 1 { return unique.first ?? "" }
        return unique.dropLast().joined(separator: ", ") + " \(and) " + unique.last!
    }
}
