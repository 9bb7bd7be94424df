import Fluent
import Foundation
import Vapor

/// The disclosure bundle being prepared for one request: which records, every redaction decision, the check by a
/// second person and, once released, the sealed PDF and its manifest. One bundle per request.
final class DisclosureBundle: Model, @unchecked Sendable {
    static let schema = "disclosure_bundles"
    @ID(key: .id) var id: UUID?
    @Field(key: "request_id") var requestID: UUID
    @Field(key: "client_id") var clientID: UUID
    /// draft → checked → released. Any change to a checked bundle sends it back to draft.
    @Field(key: "status") var status: String
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    /// When the last decision or selection was made: a check must come after it.
    @Field(key: "changed_at") var changedAt: Date
    @OptionalField(key: "checked_by") var checkedBy: UUID?
    @OptionalField(key: "checked_at") var checkedAt: Date?
    /// "second-person" (another disclosure lead), or "sole-lead-reauth" (the centre's only lead, after re-authenticating).
    @OptionalField(key: "check_mode") var checkMode: String?
    @OptionalField(key: "released_by") var releasedBy: UUID?
    @OptionalField(key: "released_at") var releasedAt: Date?
    /// The bundle's date as printed on every page (yyyy-MM-dd), fixed at release.
    @OptionalField(key: "bundle_date") var bundleDate: String?
    // Before migration 0004 the one copy was kept here; copies now live in `disclosure_bundle_copies`.
    @OptionalField(key: "pdf_ct") var pdfCT: Data?
    @OptionalField(key: "manifest_ct") var manifestCT: Data?
    /// SHA-256 of the first copy's PDF (the requester's): not content, and printed in the audit trail.
    @OptionalField(key: "pdf_sha256") var pdfSHA256: String?
    @OptionalField(key: "disclosure_id") var disclosureID: UUID?
    init() {}
}

/// A record chosen for the bundle. A record outside the request's kinds or dates carries the reason it was
/// included anyway (encrypted under the client's key).
final class BundleItem: Model, @unchecked Sendable {
    static let schema = "disclosure_bundle_items"
    @ID(key: .id) var id: UUID?
    @Field(key: "bundle_id") var bundleID: UUID
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "in_scope") var inScope: Bool
    @OptionalField(key: "reason_ct") var reasonCT: Data?
    @Field(key: "added_by") var addedBy: UUID
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// One redaction decision, appended as it is made (the latest for the same span wins). What was decided — the
/// offsets, the label, the reason code — is ciphertext under the client's key: offsets and labels say where her
/// name or number is.
final class BundleDecisionRow: Model, @unchecked Sendable {
    static let schema = "disclosure_bundle_decisions"
    @ID(key: .id) var id: UUID?
    @Field(key: "bundle_id") var bundleID: UUID
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "seq") var seq: Int
    @Field(key: "decision_ct") var decisionCT: Data
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// One recipient's copy of a released bundle: the same documents, with the recipient's name on every page. Issuing
/// a copy is a disclosure to that recipient (it has its own entry in the client's accounting of disclosures); the
/// first download of it is the recorded hand-over, and any later download is a re-download, by a disclosure lead,
/// recorded and flagged.
final class BundleCopy: Model, @unchecked Sendable {
    static let schema = "disclosure_bundle_copies"
    @ID(key: .id) var id: UUID?
    @Field(key: "bundle_id") var bundleID: UUID
    /// 1 for the requester's copy; then in the order issued.
    @Field(key: "number") var number: Int
    /// An organisation or a role and organisation, as on the request: the same kind of text as `Disclosure.recipient`.
    @Field(key: "recipient") var recipient: String
    @Field(key: "pdf_ct") var pdfCT: Data
    @Field(key: "manifest_ct") var manifestCT: Data
    @Field(key: "pdf_sha256") var pdfSHA256: String
    @Field(key: "issued_by") var issuedBy: UUID
    @Field(key: "issued_at") var issuedAt: Date
    @OptionalField(key: "downloaded_by") var downloadedBy: UUID?
    @OptionalField(key: "downloaded_at") var downloadedAt: Date?
    @Field(key: "downloads") var downloads: Int
    @Field(key: "disclosure_id") var disclosureID: UUID
    init() {}
}

struct CreateBundleCopies: AsyncMigration {
    var name: String { "0004-bundle-copies" }

    func prepare(on db: any Database) async throws {
        try await db.schema("disclosure_bundle_copies").id()
            .field("bundle_id", .uuid, .required, .references("disclosure_bundles", "id"))
            .field("number", .int, .required)
            .field("recipient", .string, .required)
            .field("pdf_ct", .data, .required)
            .field("manifest_ct", .data, .required)
            .field("pdf_sha256", .string, .required)
            .field("issued_by", .uuid, .required, .references("staff", "id"))
            .field("issued_at", .datetime, .required)
            .field("downloaded_by", .uuid, .references("staff", "id"))
            .field("downloaded_at", .datetime)
            .field("downloads", .int, .required)
            .field("disclosure_id", .uuid, .required, .references("disclosures", "id"))
            .unique(on: "bundle_id", "number")
            .create()
    }

    func revert(on db: any Database) async throws { try await db.schema("disclosure_bundle_copies").delete() }
}

struct CreateDisclosureBundles: AsyncMigration {
    var name: String { "0002-disclosure-bundles" }

    func prepare(on db: any Database) async throws {
        try await db.schema("disclosure_bundles").id()
            .field("request_id", .uuid, .required, .references("requests", "id")).unique(on: "request_id")
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("status", .string, .required)
            .field("created_by", .uuid, .required, .references("staff", "id"))
            .field("created_at", .datetime, .required)
            .field("changed_at", .datetime, .required)
            .field("checked_by", .uuid, .references("staff", "id"))
            .field("checked_at", .datetime)
            .field("check_mode", .string)
            .field("released_by", .uuid, .references("staff", "id"))
            .field("released_at", .datetime)
            .field("bundle_date", .string)
            .field("pdf_ct", .data)
            .field("manifest_ct", .data)
            .field("pdf_sha256", .string)
            .field("disclosure_id", .uuid, .references("disclosures", "id"))
            .create()
        try await db.schema("disclosure_bundle_items").id()
            .field("bundle_id", .uuid, .required, .references("disclosure_bundles", "id"))
            .field("record_id", .uuid, .required, .references("records", "id"))
            .field("in_scope", .bool, .required)
            .field("reason_ct", .data)
            .field("added_by", .uuid, .required, .references("staff", "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "bundle_id", "record_id")
            .create()
        try await db.schema("disclosure_bundle_decisions").id()
            .field("bundle_id", .uuid, .required, .references("disclosure_bundles", "id"))
            .field("record_id", .uuid, .required, .references("records", "id"))
            .field("seq", .int, .required)
            .field("decision_ct", .data, .required)
            .field("author_id", .uuid, .required, .references("staff", "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "bundle_id", "seq")
            .create()
    }

    func revert(on db: any Database) async throws {
        for t in ["disclosure_bundle_decisions", "disclosure_bundle_items", "disclosure_bundles"] {
            try await db.schema(t).delete()
        }
    }
}
