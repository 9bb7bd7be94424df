import Foundation

/// One request, reduced to the non-identifying facts the statistics count — the only input to the centre
/// statistics. It carries no name, no crime reference, no note content, no free text.
///
/// `requestID` and `survivorID` are the centre's own opaque pseudonyms (for example random UUIDs that never
/// leave the centre). They are used for two things only: the keyed hash that fixes each cell's rounding
/// (``KeyedRounding``) and bounding how many requests one survivor contributes (``DisclosurePolicy``). They never
/// appear in any output.
///
/// Enumerated fields use the words of `spec/request-file.md` and the assessment (`comply`, `police`, `given`…);
/// ``validate()`` rejects any other word, so a typo cannot silently create a new category.
public struct RequestStatRecord: Sendable, Equatable, Codable {
    public var requestID: String
    public var survivorID: String
    public var received: StatDate
    /// The day the disclosure lead recorded the decision; nil while the request is open.
    public var decided: StatDate?
    /// `requester.type` (`police`, `cps`, `defence`…).
    public var requesterType: String
    /// `requester.organisation` as recorded (a police force, a CPS area, a court…); nil when not stated.
    public var organisation: String?
    /// `legal_basis` (`victim-information-request`, `witness-summons`…); `none-stated` when the request gave none.
    public var route: String
    /// Ids of the rulebook checks the assessment raised as findings (`EW-06`…).
    public var checksTriggered: [String]
    /// The assessment's outcome (`comply`, `seek_clarification`…); nil when never assessed.
    public var recommendedOutcome: String?
    /// The disclosure lead's decided outcome; nil while undecided (must be nil exactly when `decided` is nil).
    public var decidedOutcome: String?
    /// `survivor.view`: `agrees`, `agrees-narrower`, `objects`, `undecided`, `wants-to-discuss`, `not-asked`.
    public var survivorWishes: String
    /// `survivor.notice_given`: `given`, `not-given`, `withheld`, `not-possible`, `unknown`.
    public var notice: String
    /// The requester narrowed the request after the service's reply.
    public var narrowedAfterReply: Bool
    /// The requester withdrew the request after the service's reply.
    public var withdrawnAfterReply: Bool

    public init(requestID: String, survivorID: String, received: StatDate, decided: StatDate? = nil,
                requesterType: String, organisation: String? = nil, route: String = "none-stated",
                checksTriggered: [String] = [], recommendedOutcome: String? = nil, decidedOutcome: String? = nil,
                survivorWishes: String = "not-asked", notice: String = "unknown",
                narrowedAfterReply: Bool = false, withdrawnAfterReply: Bool = false) {
        self.requestID = requestID
        self.survivorID = survivorID
        self.received = received
        self.decided = decided
        self.requesterType = requesterType
        self.organisation = organisation
        self.route = route
        self.checksTriggered = checksTriggered
        self.recommendedOutcome = recommendedOutcome
        self.decidedOutcome = decidedOutcome
        self.survivorWishes = survivorWishes
        self.notice = notice
        self.narrowedAfterReply = narrowedAfterReply
        self.withdrawnAfterReply = withdrawnAfterReply
    }

    enum CodingKeys: String, CodingKey {
        case requestID = "request_id", survivorID = "survivor_id", received, decided
        case requesterType = "requester_type", organisation, route
        case checksTriggered = "checks_triggered", recommendedOutcome = "recommended_outcome"
        case decidedOutcome = "decided_outcome", survivorWishes = "survivor_wishes", notice
        case narrowedAfterReply = "narrowed_after_reply", withdrawnAfterReply = "withdrawn_after_reply"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        requestID = try c.decode(String.self, forKey: .requestID)
        survivorID = try c.decode(String.self, forKey: .survivorID)
        received = try c.decode(StatDate.self, forKey: .received)
        decided = try c.decodeIfPresent(StatDate.self, forKey: .decided)
        requesterType = try c.decode(String.self, forKey: .requesterType)
        organisation = try c.decodeIfPresent(String.self, forKey: .organisation)
        route = try c.decodeIfPresent(String.self, forKey: .route) ?? "none-stated"
        checksTriggered = try c.decodeIfPresent([String].self, forKey: .checksTriggered) ?? []
        recommendedOutcome = try c.decodeIfPresent(String.self, forKey: .recommendedOutcome)
        decidedOutcome = try c.decodeIfPresent(String.self, forKey: .decidedOutcome)
        survivorWishes = try c.decodeIfPresent(String.self, forKey: .survivorWishes) ?? "not-asked"
        notice = try c.decodeIfPresent(String.self, forKey: .notice) ?? "unknown"
        narrowedAfterReply = try c.decodeIfPresent(Bool.self, forKey: .narrowedAfterReply) ?? false
        withdrawnAfterReply = try c.decodeIfPresent(Bool.self, forKey: .withdrawnAfterReply) ?? false
    }

    /// Checks every enumerated word and the dates; the error names the field.
    public func validate() throws(StatisticsInputError) {
        func bad(_ field: String, _ why: String) -> StatisticsInputError {
            StatisticsInputError(record: requestID, field: field, message: why)
        }
        func check(_ value: String, in allowed: [String], field: String) throws(StatisticsInputError) {
            guard allowed.contains(value) else {
                throw bad(field, "\"\(value)\" is not one of: \(allowed.joined(separator: ", "))")
            }
        }
        if requestID.isEmpty { throw bad("request_id", "is empty") }
        if survivorID.isEmpty { throw bad("survivor_id", "is empty") }
        try check(requesterType, in: StatisticsVocabulary.requesterTypes, field: "requester_type")
        try check(route, in: StatisticsVocabulary.routes, field: "route")
        if let r = recommendedOutcome { try check(r, in: StatisticsVocabulary.outcomes, field: "recommended_outcome") }
        if let d = decidedOutcome { try check(d, in: StatisticsVocabulary.outcomes, field: "decided_outcome") }
        try check(survivorWishes, in: StatisticsVocabulary.survivorWishes, field: "survivor_wishes")
        try check(notice, in: StatisticsVocabulary.notice, field: "notice")
        if (decided == nil) != (decidedOutcome == nil) {
            throw bad("decided", "a decided request needs both a decision date and a decided outcome")
        }
        if let d = decided, d < received { throw bad("decided", "\(d) is before the day the request was received (\(received))") }
        for id in checksTriggered where id.isEmpty || id.count > 40 || id.contains(where: { $0.isWhitespace || $0.isNewline }) {
            throw bad("checks_triggered", "\"\(id)\" is not a check id")
        }
    }

    /// Decodes a JSON array of records (the `confide stats protect --records` file) and validates each one.
    public static func decodeList(_ data: Data) throws(StatisticsInputError) -> [RequestStatRecord] {
        let records: [RequestStatRecord]
        do { records = try JSONDecoder().decode([RequestStatRecord].self, from: data) } catch let error as DecodingError {
            throw StatisticsInputError(record: nil, field: StatisticsInputError.path(of: error), message: StatisticsInputError.reason(of: error))
        } catch {
            throw StatisticsInputError(record: nil, field: "(file)", message: "not a JSON list of request records")
        }
        var seen = Set<String>()
        for record in records {
            try record.validate()
            if !seen.insert(record.requestID).inserted {
                throw StatisticsInputError(record: record.requestID, field: "request_id", message: "appears twice")
            }
        }
        return records
    }
}

/// A record the statistics cannot use; nothing is computed from a list that has one.
public struct StatisticsInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The record's request id when known.
    public let record: String?
    public let field: String
    public let message: String

    public var description: String {
        if let record { return "request record \(record): \(field): \(message)" }
        return "request records: \(field): \(message)"
    }

    static func path(of error: DecodingError) -> String {
        let path: [any CodingKey]
        switch error {
        case let .dataCorrupted(c), let .typeMismatch(_, c), let .valueNotFound(_, c): path = c.codingPath
        case let .keyNotFound(key, c): path = c.codingPath + [key]
        @unknown default: path = []
        }
        if path.isEmpty { return "(file)" }
        return path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    static func reason(of error: DecodingError) -> String {
        switch error {
        case let .dataCorrupted(c): return c.debugDescription
        case .typeMismatch(let t, _): return "is not a \(t)"
        case .valueNotFound: return "is missing a value"
        case .keyNotFound: return "is required"
        @unknown default: return "is not valid"
        }
    }
}

/// The categories every centre tabulates, fixed in advance so that every centre publishes every cell of the
/// agreed national tables (zeros included) and the hub can add them up.
public enum StatisticsVocabulary {
    public static let requesterTypes = [
        "police", "other_authorised_person", "cps", "prosecutor", "defence", "court", "survivor",
        "family_or_civil_party", "local_authority", "insurer", "employer", "parent_or_guardian",
        "health_or_social_care", "other",
    ]
    public static let routes = [
        "victim-information-request", "consent", "witness-summons", "subpoena", "court-application", "court-order",
        "production-order", "warrant", "safeguarding", "subject-access", "none-stated", "other",
    ]
    public static let outcomes = [
        "comply", "comply_in_part_redacted", "seek_clarification", "refuse_invite_court_application",
        "refer_legal_advice", "safeguarding_minimum_disclosure", "produce_to_court", "no_records_held",
    ]
    /// The recommended-outcome table adds this for requests never assessed.
    public static let notAssessed = "not-assessed"
    public static let survivorWishes = ["agrees", "agrees-narrower", "objects", "undecided", "wants-to-discuss", "not-asked"]
    public static let notice = ["given", "not-given", "withheld", "not-possible", "unknown"]

    /// Requester types whose organisation may be named in a table: public bodies. A defence firm, insurer,
    /// employer or family member is never named (a named defence firm points at a trial); they count under
    /// ``otherOrganisation``.
    public static let namedOrganisationTypes: Set<String> = [
        "police", "other_authorised_person", "cps", "prosecutor", "court", "local_authority", "health_or_social_care",
    ]
    public static let otherOrganisation = "other-organisation"
    public static let organisationNotStated = "not-stated"

    /// Trims and collapses spaces, so "Northmoor  Police " and "Northmoor Police" are one organisation.
    public static func normaliseOrganisation(_ name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// The open-ended categories of one centre — which organisations are named and which check ids are listed —
/// chosen independently of the period being published.
///
/// Build it from ALL the centre's records (``derived(from:)``), or give the agreed national list. It must not be
/// derived from one period's records alone: then the list itself would reveal which organisations appeared in
/// that period, whatever the counts say.
public struct CategoryVocabulary: Sendable, Equatable {
    public var organisations: [String]
    public var checks: [String]

    public init(organisations: [String], checks: [String]) {
        self.organisations = Array(Set(organisations.map(StatisticsVocabulary.normaliseOrganisation).filter { !$0.isEmpty })).sorted()
        self.checks = Array(Set(checks)).sorted()
    }

    /// Organisations of public-body requesters and every check id, over all the records given.
    public static func derived(from allRecords: [RequestStatRecord]) -> CategoryVocabulary {
        let orgs = allRecords.compactMap { r -> String? in
            guard StatisticsVocabulary.namedOrganisationTypes.contains(r.requesterType), let o = r.organisation else { return nil }
            return o
        }
        return CategoryVocabulary(organisations: orgs, checks: allRecords.flatMap(\.checksTriggered))
    }

    /// The category a record counts under in the organisation table.
    public func organisationCategory(of record: RequestStatRecord) -> String {
        guard let raw = record.organisation, !StatisticsVocabulary.normaliseOrganisation(raw).isEmpty else {
            return StatisticsVocabulary.organisationNotStated
        }
        let name = StatisticsVocabulary.normaliseOrganisation(raw)
        guard StatisticsVocabulary.namedOrganisationTypes.contains(record.requesterType),
              let match = organisations.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) else {
            return StatisticsVocabulary.otherOrganisation
        }
        return match
    }
}
