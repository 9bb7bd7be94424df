import Foundation
import Vapor

/// What pages and the API show. Decrypted values live only in these, for the signed-in person's response.
struct ClientSummary: Content {
    var id: UUID
    var reference: String
    var status: String
    var allocatedWorker: String
    /// Only for people whose access to this client needs no break-glass; nil otherwise.
    var name: String?
    var onLegalHold: Bool
}

struct ClientDetail: Content {
    var id: UUID
    var reference: String
    var status: String
    var allocatedWorkerID: UUID
    var allocatedWorker: String
    var name: String
    var dateOfBirth: String
    var contact: String
    var safeContact: String
    var onLegalHold: Bool
    var accessBasis: String
    var records: [RecordView]
    var attachments: [AttachmentView]
}

struct RecordView: Content {
    var id: UUID
    var clientID: UUID
    var kind: String
    var occurredOn: String
    var author: String
    var createdAt: Date
    var locksAt: Date
    var locked: Bool
    var body: String
    var amendments: [AmendmentView]
}

struct AmendmentView: Content {
    var id: UUID
    var author: String
    var createdAt: Date
    var reason: String
    var body: String
}

struct AttachmentView: Content {
    var id: UUID
    var filename: String
    var contentType: String
    var size: Int
    var createdAt: Date
}

struct AccessHistoryEntry: Content {
    var seq: Int64
    var at: String
    var actor: String
    var role: String
    var action: String
    var object: String
    var reason: String
    var flagged: Bool
}

/// Input for a new client (form or API).
struct ClientInput: Content {
    var name: String?
    var dateOfBirth: String?
    var contact: String?
    var safeContact: String?
    var allocatedWorkerID: UUID?
}

struct RecordInput: Content {
    var kind: String?
    var occurredOn: String?
    var body: String?
}

struct AmendmentInput: Content {
    var reason: String?
    var body: String?
}

struct BreakGlassInput: Content {
    var reason: String?
}
