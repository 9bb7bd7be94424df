/// How serious a finding is (Rulebooks/README.md explains each level).
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case blocker, high, medium, low, info

    var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The eight outcomes of an assessment (spec/request-file.md).
public enum Outcome: String, Sendable, CaseIterable {
    case comply
    case complyInPartRedacted = "comply_in_part_redacted"
    case seekClarification = "seek_clarification"
    case refuseInviteCourtApplication = "refuse_invite_court_application"
    case referLegalAdvice = "refer_legal_advice"
    case safeguardingMinimumDisclosure = "safeguarding_minimum_disclosure"
    case produceToCourt = "produce_to_court"
    case noRecordsHeld = "no_records_held"
}

/// How far a citation has been checked against the source.
public enum CitationStatus: String, Sendable, CaseIterable {
    /// Primary text, judgment or official guidance read.
    case found
    /// Described by a reliable secondary source only.
    case secondary
    /// From memory: must be verified before it is relied on.
    case recalled
}

public struct Citation: Sendable, Equatable {
    public let cite: String
    public let status: CitationStatus
    /// What still has to be checked, where the rulebook says.
    public let verificationNeeded: String?
}

/// One check of a rulebook: when it fires, why (sources), and what to say.
public struct Check: Sendable {
    public let id: String
    public let key: String?
    public let title: String
    public let severity: Severity
    /// Requester types the check is about; nil means every type.
    public let appliesTo: Set<String>?
    /// A further condition for the check to be tested at all (for example: the service gives counselling).
    let appliesWhen: Condition?
    /// When the check fires (a finding) rather than passes (satisfied).
    let conditions: Condition
    public let sources: [Citation]
    public let reply: String
    public let forSurvivor: String
    public let verificationNeeded: String?
    public let suggestedOutcome: Outcome?
    /// Names of the signals defined with this check (for `rulebook show`).
    public let signalNames: [String]
    public let line: Int
    /// A check about the outcome itself (e.g. "record the lawful basis before disclosing") is tested after the
    /// decision order has chosen the outcome.
    let afterDecision: Bool

    public var needsVerification: Bool {
        verificationNeeded != nil || sources.contains { $0.status == .recalled || $0.verificationNeeded != nil }
    }
}

/// One step of the decision order: the first step whose condition holds gives the outcome.
public struct DecisionStep: Sendable {
    public let name: String
    let when: Condition?
    public let outcome: Outcome
    public let line: Int
    /// The condition as written, for `rulebook show`.
    public let summary: String
}

/// A further outcome added alongside the main one (e.g. legal advice as well as clarification).
public struct AlsoRule: Sendable {
    let when: Condition
    public let add: Outcome
    public let line: Int
    public let summary: String
}

/// A jurisdiction's rulebook, loaded and validated from YAML.
public struct Rulebook: Sendable {
    public let jurisdiction: String
    public let name: String
    public let version: String
    public let lawAsAt: String
    public let sources: [Citation]
    public let checks: [Check]
    public let signals: [String: TextSignal]
    public let ranks: RankLadder
    public let calendar: WorkingDayCalendar
    public let decisionOrder: [DecisionStep]
    public let also: [AlsoRule]
    public let openItems: [String]
    /// The file it was loaded from.
    public let file: String

    public func check(_ id: String) -> Check? { checks.first { $0.id == id } }
}
