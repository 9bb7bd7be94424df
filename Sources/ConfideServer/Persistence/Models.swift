import Fluent
import Foundation
import Vapor

/// Staff roles, least privilege first in mind: only the worker's own caseload by default.
public enum StaffRole: String, Codable, Sendable, CaseIterable {
    case counsellor, supervisor, disclosureLead = "disclosure_lead", manager
    public var label: String {
        switch self {
        case .counsellor: return "Counsellor / ISVA"
        case .supervisor: return "Supervisor"
        case .disclosureLead: return "Disclosure lead"
        case .manager: return "Centre manager"
        }
    }
}

final class Staff: Model, @unchecked Sendable {
    static let schema = "staff"
    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: String
    @Field(key: "team") var team: String
    @Field(key: "active") var active: Bool
    @Field(key: "failed_attempts") var failedAttempts: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Field(key: "created_at") var createdAt: Date
    /// Authenticator secret, sealed with the staff-secrets key; set at enrolment, used once `totpEnabled`.
    @OptionalField(key: "totp_secret_ct") var totpSecretCT: Data?
    @Field(key: "totp_enabled") var totpEnabled: Bool
    /// The last time-step accepted, so a code cannot be used twice.
    @Field(key: "totp_last_counter") var totpLastCounter: Int64
    /// SHA-256 hashes of unused single-use recovery codes, JSON array.
    @Field(key: "recovery_codes") var recoveryCodes: String
    init() {}
    init(id: UUID? = nil, email: String, displayName: String, passwordHash: String, role: StaffRole, team: String) {
        self.id = id; self.email = email.lowercased(); self.displayName = displayName; self.passwordHash = passwordHash
        self.role = role.rawValue; self.team = team; self.active = true; self.failedAttempts = 0; self.createdAt = Date()
        self.totpEnabled = false; self.totpLastCounter = 0; self.recoveryCodes = "[]"
    }
    var staffRole: StaffRole { StaffRole(rawValue: role) ?? .counsellor }
}

/// Server-side session. Only a hash of the cookie token is stored, so a database reader cannot sign in.
final class StaffSession: Model, @unchecked Sendable {
    static let schema = "sessions"
    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "staff_id") var staffID: UUID
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "kind") var kind: String          // "web" or "api"
    /// "full", or a partial session that may only finish two-factor sign-in ("code") or set it up ("enrol").
    @Field(key: "stage") var stage: String
    /// When the person last proved who they are (password, and code where enrolled): exports need it recent.
    @Field(key: "authenticated_at") var authenticatedAt: Date
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Field(key: "revoked") var revoked: Bool
    init() {}
}

/// A client of the service. Everything identifying is ciphertext under the client's own data key.
final class Client: Model, @unchecked Sendable {
    static let schema = "clients"
    @ID(key: .id) var id: UUID?
    @Field(key: "reference") var reference: String
    @Field(key: "allocated_worker_id") var allocatedWorkerID: UUID
    @Field(key: "team") var team: String
    @Field(key: "wrapped_key") var wrappedKey: Data
    @Field(key: "master_key_id") var masterKeyID: String
    @Field(key: "name_ct") var nameCT: Data
    @Field(key: "dob_ct") var dobCT: Data
    @Field(key: "contact_ct") var contactCT: Data
    @Field(key: "safe_contact_ct") var safeContactCT: Data
    /// Structured safe-contact preferences (ContactPreferences as JSON), encrypted; nil until first set.
    @OptionalField(key: "contact_prefs_ct") var contactPrefsCT: Data?
    @Field(key: "status") var status: String      // open | closed | shredded
    /// The day the case was closed (yyyy-MM-dd): retention periods run from it. Nil while open.
    @OptionalField(key: "closed_on") var closedOn: String?
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

public enum RecordKind: String, Codable, Sendable, CaseIterable {
    case sessionNote = "session_note", assessment, safeguarding, correspondence
    public var label: String {
        switch self {
        case .sessionNote: return "Session note"
        case .assessment: return "Assessment"
        case .safeguarding: return "Safeguarding"
        case .correspondence: return "Correspondence"
        }
    }
}

final class ClientRecord: Model, @unchecked Sendable {
    static let schema = "records"
    @ID(key: .id) var id: UUID?
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "occurred_on") var occurredOn: String   // yyyy-MM-dd
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "body_ct") var bodyCT: Data
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "locks_at") var locksAt: Date
    init() {}
    func isLocked(now: Date = Date()) -> Bool { now >= locksAt }
}

/// A change to a locked record: appended, never replacing the original.
final class Amendment: Model, @unchecked Sendable {
    static let schema = "amendments"
    @ID(key: .id) var id: UUID?
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "reason_ct") var reasonCT: Data
    @Field(key: "body_ct") var bodyCT: Data
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

final class Attachment: Model, @unchecked Sendable {
    static let schema = "attachments"
    @ID(key: .id) var id: UUID?
    @Field(key: "client_id") var clientID: UUID
    @OptionalField(key: "record_id") var recordID: UUID?
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "filename_ct") var filenameCT: Data
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "data_ct") var dataCT: Data
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// A time-limited, reasoned access outside one's own caseload ("break-glass").
final class AccessGrant: Model, @unchecked Sendable {
    static let schema = "access_grants"
    @ID(key: .id) var id: UUID?
    @Field(key: "staff_id") var staffID: UUID
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "audit_seq") var auditSeq: Int64
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    init() {}
}

/// A request for a client's records. What identifies her (the request file itself, the assessment with its
/// quoted evidence, decision reasons) is ciphertext under her data key; what the register and statistics need
/// (who asked, by which route, which checks fired, outcomes, dates) is plain.
final class RecordsRequest: Model, @unchecked Sendable {
    static let schema = "requests"
    @ID(key: .id) var id: UUID?
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "reference") var reference: String
    @Field(key: "status") var status: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "jurisdiction") var jurisdiction: String
    @Field(key: "requester_type") var requesterType: String
    @Field(key: "requester_organisation") var requesterOrganisation: String
    @Field(key: "route") var route: String
    @OptionalField(key: "received_on") var receivedOn: String?
    @OptionalField(key: "deadline") var deadline: Date?
    @Field(key: "document_ct") var documentCT: Data
    @Field(key: "recommended_outcome") var recommendedOutcome: String
    @Field(key: "also_outcomes") var alsoOutcomes: String      // comma-separated
    @Field(key: "checks") var checks: String                   // comma-separated finding ids
    @Field(key: "rulebook_version") var rulebookVersion: String
    @Field(key: "assessment_ct") var assessmentCT: Data
    @OptionalField(key: "decided_outcome") var decidedOutcome: String?
    @OptionalField(key: "decision_reason_ct") var decisionReasonCT: Data?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    /// The requester changed (narrowed) the request after our reply: counted in the statistics.
    @Field(key: "narrowed_after_reply") var narrowedAfterReply: Bool
    init() {}
    static let closedStatuses = ["closed"]
}

/// A letter kept with a request: our reply (drafted from the findings) or the requester's answer.
final class RequestLetter: Model, @unchecked Sendable {
    static let schema = "request_letters"
    @ID(key: .id) var id: UUID?
    @Field(key: "request_id") var requestID: UUID
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "kind") var kind: String       // reply | from_requester
    @Field(key: "body_ct") var bodyCT: Data
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// The client's accounting of disclosures: append-only, one row for each time anything left the service.
final class Disclosure: Model, @unchecked Sendable {
    static let schema = "disclosures"
    @ID(key: .id) var id: UUID?
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "request_id") var requestID: UUID
    @Field(key: "recipient") var recipient: String
    @Field(key: "description_ct") var descriptionCT: Data
    @Field(key: "disclosed_on") var disclosedOn: String
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// A one-time code a worker gives a client so she can open her own page. Only a hash is stored.
final class SurvivorCode: Model, @unchecked Sendable {
    static let schema = "survivor_codes"
    @ID(key: .id) var id: UUID?
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "code_hash") var codeHash: String
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    init() {}
}

/// The survivor's own short session on her page (no account). Only a hash of the cookie token is stored.
final class SurvivorSession: Model, @unchecked Sendable {
    static let schema = "survivor_sessions"
    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Field(key: "revoked") var revoked: Bool
    init() {}
}

/// What she wants done about a request, each time she says it: never overwritten.
final class SurvivorWish: Model, @unchecked Sendable {
    static let schema = "survivor_wishes"
    @ID(key: .id) var id: UUID?
    @Field(key: "request_id") var requestID: UUID
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "view") var view: String              // agrees | agrees-narrower | objects | wants-to-discuss | undecided
    @Field(key: "message_ct") var messageCT: Data
    @Field(key: "obtained_via") var obtainedVia: String  // in-person | phone | her-page | letter | other
    @OptionalField(key: "recorded_by") var recordedBy: UUID?   // nil when she said it on her page
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// Hub: a centre allowed to send statistical returns, by its Ed25519 public key.
final class HubCentre: Model, @unchecked Sendable {
    static let schema = "hub_centres"
    @ID(custom: "centre", generatedBy: .user) var id: String?
    @Field(key: "public_key") var publicKey: String
    @Field(key: "registered_at") var registeredAt: Date
    init() {}
}

/// Hub: an accepted return, kept byte for byte as it was signed.
final class HubReturn: Model, @unchecked Sendable {
    static let schema = "hub_returns"
    @ID(key: .id) var id: UUID?
    @Field(key: "centre") var centre: String
    @Field(key: "period") var period: String
    @Field(key: "content_hash") var contentHash: String
    @Field(key: "data") var data: Data
    @Field(key: "imported_at") var importedAt: Date
    init() {}
}

/// Home Office crime outcomes: each imported file once (by content hash), and its rows.
final class OutcomesImport: Model, @unchecked Sendable {
    static let schema = "outcome_files"
    @ID(custom: "content_hash", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "rows") var rows: Int
    @Field(key: "imported_at") var importedAt: Date
    init() {}
}

final class OutcomesRecord: Model, @unchecked Sendable {
    static let schema = "outcome_rows"
    @ID(key: .id) var id: UUID?
    @Field(key: "file_hash") var fileHash: String
    @Field(key: "financial_year") var financialYear: String
    @Field(key: "quarter") var quarter: Int
    @Field(key: "force") var force: String
    @Field(key: "offence_code") var offenceCode: String
    @Field(key: "offence_code_expired") var offenceCodeExpired: Bool
    @Field(key: "outcome_type") var outcomeType: Int
    @OptionalField(key: "recorded") var recorded: Int?
    @OptionalField(key: "closed") var closed: Int?
    @Field(key: "line") var line: Int
    init() {}
}

/// One row of the police recorded crime (PFA) table for rape: the denominator beside the outcomes.
final class RecordedCrimeRecord: Model, @unchecked Sendable {
    static let schema = "recorded_crime_rows"
    @ID(key: .id) var id: UUID?
    @Field(key: "file_hash") var fileHash: String
    @Field(key: "financial_year") var financialYear: String
    @Field(key: "quarter") var quarter: Int
    @Field(key: "force") var force: String
    @Field(key: "offence") var offence: String
    /// "quarter" or "rolling_year": never added together.
    @Field(key: "measure") var measure: String
    @OptionalField(key: "offences") var offences: Int?
    @Field(key: "line") var line: Int
    init() {}
}

/// A client's deletion for good (crypto-shredding), scheduled with a window in which it can be cancelled.
final class ShredOrder: Model, @unchecked Sendable {
    static let schema = "shred_orders"
    @ID(key: .id) var id: UUID?
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "requested_by") var requestedBy: UUID
    @Field(key: "requested_at") var requestedAt: Date
    @Field(key: "due_at") var dueAt: Date
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    @OptionalField(key: "done_at") var doneAt: Date?
    /// Record kinds whose records past their retention period go (comma-separated); nil: the whole client,
    /// crypto-shredded.
    @OptionalField(key: "kinds") var kinds: String?
    init() {}

    var kindList: [String]? { kinds.map { $0.split(separator: ",").map(String.init) } }
}

final class Setting: Model, @unchecked Sendable {
    static let schema = "settings"
    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "value") var value: Data
    init() {}
    init(key: String, value: Data) { self.id = key; self.value = value }
}

/// Read-only through Fluent: rows are written by `AuditLog`/`AuditTable` as (seq, body, hash), and every other
/// column is generated by the database from the body (migration 0007).
final class AuditRow: Model, @unchecked Sendable {
    static let schema = "audit_entries"
    @ID(custom: "seq", generatedBy: .user) var id: Int64?
    @Field(key: "body") var body: String
    @Field(key: "at") var at: String
    @Field(key: "actor") var actor: String
    @Field(key: "role") var role: String
    @Field(key: "action") var action: String
    @Field(key: "object") var object: String
    @Field(key: "reason") var reason: String
    @Field(key: "flagged") var flagged: Bool
    @Field(key: "prev_hash") var prevHash: String
    @Field(key: "hash") var hash: String
    init() {}
}

final class CheckpointRow: Model, @unchecked Sendable {
    static let schema = "audit_checkpoints"
    @ID(custom: "seq", generatedBy: .user) var id: Int64?
    @Field(key: "head_hash") var headHash: String
    @Field(key: "at") var at: String
    @Field(key: "public_key") var publicKey: String
    @Field(key: "signature") var signature: String
    init() {}
}
