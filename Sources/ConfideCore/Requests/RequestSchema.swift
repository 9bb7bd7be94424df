/// The fields of a `confide.request/v1` file (spec/request-file.md), with their types and enumerated values.
///
/// This table is the contract in code: the parser validates request files against it, and the rulebook loader
/// uses it to reject a condition that names a field or a value the contract does not have.
public enum RequestFieldType: Sendable, Equatable {
    case text
    case boolean
    case integer
    case date
    /// One word from a closed list.
    case word([String])
    /// A list of words from a closed list.
    case words([String])
    /// A nested mapping whose fields are listed separately ("requester", "court_order" ...).
    case group
    /// A list of small records (previous_requests).
    case records

    var summary: String {
        switch self {
        case .text: return "text"
        case .boolean: return "true or false"
        case .integer: return "a whole number"
        case .date: return "a date (YYYY-MM-DD or an ISO 8601 timestamp)"
        case let .word(values): return "one of " + values.joined(separator: ", ")
        case let .words(values): return "a list of " + values.joined(separator: ", ")
        case .group: return "a mapping"
        case .records: return "a list of mappings"
        }
    }
}

public enum RequestSchema {
    public static let schemaName = "confide.request/v1"

    public static let jurisdictions = ["GB-ENG-WLS", "GB-SCT", "CA", "AU-NSW", "IE"]
    public static let requesterTypes = [
        "police", "other_authorised_person", "cps", "prosecutor", "defence", "court", "survivor",
        "family_or_civil_party", "local_authority", "insurer", "employer", "parent_or_guardian",
        "health_or_social_care", "other",
    ]
    public static let outcomes = [
        "comply", "comply_in_part_redacted", "seek_clarification", "refuse_invite_court_application",
        "refer_legal_advice", "safeguarding_minimum_disclosure", "produce_to_court", "no_records_held",
    ]
    public static let recordKinds = [
        "attendance", "counselling-notes", "isva-notes", "assessment", "safeguarding", "correspondence",
        "group-register", "helpline-log", "referral", "contact-details", "worker-statement", "other-agency",
        "physical-item", "all",
    ]

    /// Every field by dotted path. Fields of `previous_requests` entries are listed under `previous_requests.*`.
    public static let fields: [String: RequestFieldType] = [
        "schema": .text,
        "jurisdiction": .word(jurisdictions),
        "received_at": .date,
        "channel": .word(["letter", "email", "secure-portal", "phone", "in-person", "court-service"]),
        "followed_up_in_writing": .boolean,
        "attachments": .words(["notice-copy", "consent-form", "authorisation", "court-order", "request-form", "other"]),
        "requester": .group,
        "requester.type": .word(requesterTypes),
        "requester.organisation": .text,
        "requester.name": .text,
        "requester.role": .text,
        "requester.reply_address": .text,
        "requester.identity_verified": .boolean,
        "authorisation": .group,
        "authorisation.name": .text,
        "authorisation.rank": .text,
        "authorisation.in_writing": .boolean,
        "legal_basis": .word([
            "victim-information-request", "consent", "witness-summons", "subpoena", "court-application",
            "court-order", "production-order", "warrant", "safeguarding", "subject-access", "none-stated", "other",
        ]),
        "court_order": .group,
        "court_order.kind": .word(["witness-summons", "subpoena", "order", "interlocutor", "warrant"]),
        "court_order.court": .text,
        "court_order.reference": .text,
        "court_order.applicant": .word(["prosecution", "defence", "other"]),
        "court_order.made_on": .date,
        "court_order.return_date": .date,
        "court_order.produce_to": .word(["court", "requester", "other"]),
        "court_order.leave_granted": .boolean,
        "court_order.survivor_served": .boolean,
        "court_order.survivor_heard": .boolean,
        "court_order.conditions": .text,
        "crime_reference": .text,
        "case_stage": .word([
            "investigation", "pre-charge", "post-charge", "pre-trial", "trial", "sentencing", "appeal", "not-criminal",
        ]),
        "proceedings": .word(["criminal", "family", "civil", "employment", "insurance", "other"]),
        "incident": .group,
        "incident.from": .date,
        "incident.to": .date,
        "records_sought": .group,
        "records_sought.kinds": .words(recordKinds),
        "records_sought.from": .date,
        "records_sought.to": .date,
        "records_sought.whole_file": .boolean,
        "records_sought.scope_text": .text,
        "reason": .text,
        "letter_text": .text,
        "deadline": .date,
        "urgent_risk_to_life": .boolean,
        "send_to": .word(["requester", "defence", "court", "other"]),
        "survivor": .group,
        "survivor.age_at_request": .integer,
        "survivor.lacks_capacity": .boolean,
        "survivor.notice_given": .word(["given", "not-given", "withheld", "not-possible", "unknown"]),
        "survivor.notice_to": .word(["self", "parent", "guardian", "local-authority", "other-adult"]),
        "survivor.notice_recipient_conflict": .boolean,
        "survivor.consent": .word(["given-specific", "given-blanket-form", "refused", "not-asked", "unknown"]),
        "survivor.consent_scope": .text,
        "survivor.view": .word(["agrees", "agrees-narrower", "objects", "undecided", "wants-to-discuss", "not-asked"]),
        "survivor.confirmed_by_service": .boolean,
        "previous_requests": .records,
        "previous_requests.received_at": .date,
        "previous_requests.outcome": .word(outcomes),
        "previous_requests.new_grounds": .boolean,
        "records_held": .boolean,
        "addressed_to_this_service": .boolean,
        "service": .group,
        "service.kind": .word(["counselling", "isva", "helpline", "sarc", "other"]),
        "service.records_from": .date,
        "service.records_name_third_parties": .boolean,
    ]

    /// Fields that every request must have.
    public static let required = ["schema", "jurisdiction", "requester.type"]

    /// The children of a group or record list, in the order the spec lists them.
    static func children(of parent: String) -> Set<String> {
        let prefix = parent + "."
        var names = Set<String>()
        for key in fields.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if !rest.contains(".") { names.insert(String(rest)) }
        }
        return names
    }

    static let topLevel: Set<String> = Set(fields.keys.filter { !$0.contains(".") })
}
