import ConfideCore
import Fluent
import Foundation
import Vapor

/// The operations on protected records, shared by pages and the API. Each one checks access, writes its
/// audit entry in the same transaction as the change, and decrypts only for the signed-in person.
struct RecordsService {
    let req: Request
    var app: Application { req.application }
    var keys: KeyStore { app.keys }

    init(_ req: Request) { self.req = req }

    private func staff() throws -> StaffContext { try req.requireStaff() }

    func staffNames() async throws -> [UUID: String] {
        Dictionary(uniqueKeysWithValues: try await Staff.query(on: req.db).all().map { ($0.id!, $0.displayName) })
    }

    /// Only the names a page shows: loading every staff row made opening one client grow with the size of the
    /// centre (docs/benchmarks.md, growth).
    func staffNames(_ ids: some Sequence<UUID>) async throws -> [UUID: String] {
        let wanted = Array(Set(ids))
        if wanted.isEmpty { return [:] }
        return Dictionary(uniqueKeysWithValues: try await Staff.query(on: req.db).filter(\.$id ~~ wanted).all().map { ($0.id!, $0.displayName) })
    }

    // MARK: Caseload and clients

    func caseload() async throws -> [ClientSummary] {
        let s = try staff()
        let clients = try await AccessPolicy.caseload(s, on: req.db)
        let names = try await staffNames()
        let held = try await AccessPolicy.withOpenRequests(clients.compactMap(\.id), on: req.db)
        var out: [ClientSummary] = []
        for c in clients {
            let direct = try await AccessPolicy.decide(s, c, on: req.db)
            // A manager manages the service, not the casework: references only, never names.
            var name: String? = nil
            if s.role != .manager, case .allowed = direct {
                name = try keys.dataKey(for: c).openString(c.nameCT, ctx(c, "name"))
            }
            out.append(ClientSummary(id: c.id!, reference: c.reference, status: c.status,
                                     allocatedWorker: names[c.allocatedWorkerID] ?? "unknown", name: name,
                                     onLegalHold: held.contains(c.id!)))
        }
        let shown = out.filter { $0.name != nil }.count
        try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "caseload.view", object: "caseload",
                                      reason: "\(shown) names shown")
        }
        return out
    }

    func ctx(_ c: Client, _ field: String) -> CipherContext { CipherContext(table: "clients", row: c.id!.uuidString, field: field) }
    func ctx(_ r: ClientRecord, _ field: String) -> CipherContext { CipherContext(table: "records", row: r.id!.uuidString, field: field) }
    func ctx(_ a: Amendment, _ field: String) -> CipherContext { CipherContext(table: "amendments", row: a.id!.uuidString, field: field) }
    func ctx(_ a: Attachment, _ field: String) -> CipherContext { CipherContext(table: "attachments", row: a.id!.uuidString, field: field) }

    func createClient(_ input: ClientInput) async throws -> Client {
        let s = try staff()
        guard s.role != .disclosureLead else { throw Abort(.forbidden, reason: "Disclosure leads do not open client records.") }
        var p: [(field: String, message: String)] = []
        let name = Validate.text(input.name, field: "name", label: "the client's name", max: 200, into: &p)
        let dob = Validate.date(input.dateOfBirth, field: "dateOfBirth", label: "the date of birth", into: &p)
        let contact = Validate.text(input.contact, field: "contact", label: "contact details", min: 0, max: 2000, into: &p) ?? ""
        let safe = Validate.text(input.safeContact, field: "safeContact", label: "safe-contact preferences", min: 0, max: 2000, into: &p) ?? ""
        var workerID = s.staffID
        if let w = input.allocatedWorkerID { workerID = w }
        let worker = try await Staff.find(workerID, on: req.db)
        if worker == nil || worker?.active != true { p.append(("allocatedWorkerID", "Choose an allocated worker from the list")) }
        if s.role == .counsellor && workerID != s.staffID { p.append(("allocatedWorkerID", "You can only open clients on your own caseload")) }
        guard p.isEmpty, let name, let dob, let worker else { throw ValidationFailure(problems: p) }

        let id = UUID()
        let (dk, wrapped) = try keys.newDataKey(for: id)
        let c = Client()
        c.id = id; c.allocatedWorkerID = worker.id!; c.team = worker.team; c.wrappedKey = wrapped
        c.masterKeyID = keys.master.id; c.status = "open"; c.createdAt = Date()
        c.nameCT = try dk.seal(name, ctx(c, "name"))
        c.dobCT = try dk.seal(dob, ctx(c, "dob"))
        c.contactCT = try dk.seal(contact, ctx(c, "contact"))
        c.safeContactCT = try dk.seal(safe, ctx(c, "safe_contact"))
        let app = self.app
        return try await app.writeTransaction { db in
            c.reference = try await Self.nextReference(on: db)
            try await c.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "client.create", object: "client:\(id)")
            return c
        }
    }

    /// Service references run per year: C-2026-0001, C-2026-0002, …
    static func nextReference(on db: any Database, year: Int = Calendar(identifier: .gregorian).component(.year, from: Date())) async throws -> String {
        try await AuditLog.serialise(db)   // "highest + 1" must not race another server process
        let prefix = "C-\(year)-"
        let last = try await Client.query(on: db).filter(\.$reference >= prefix).filter(\.$reference < "C-\(year)-~")
            .sort(\.$reference, .descending).first()
        let n = (last.flatMap { Int($0.reference.dropFirst(prefix.count)) } ?? 0) + 1
        return prefix + String(format: "%04d", n)
    }

    /// Finds a client and checks access. A refusal is itself recorded, in its own transaction, before the error.
    func open(_ clientID: UUID) async throws -> (Client, DataKey, String) {
        let s = try staff()
        guard let c = try await Client.find(clientID, on: req.db) else { throw Abort(.notFound, reason: "There is no client with that id.") }
        guard c.status != "shredded" else { throw Abort(.gone, reason: "This client's records were deleted for good.") }
        let decision = try await AccessPolicy.decide(s, c, on: req.db)
        if s.role == .manager, decision != .allowed("break-glass") {
            try await recordRefusal(s, c, "manager without break-glass")
            throw NeedsBreakGlass(clientID: clientID)
        }
        guard case .allowed(let basis) = decision else {
            try await recordRefusal(s, c, "not in caseload")
            throw NeedsBreakGlass(clientID: clientID)
        }
        return (c, try keys.dataKey(for: c), basis)
    }

    /// Access to add to or change a client's casework: a disclosure lead's access (through a request) is to read.
    func openForCasework(_ clientID: UUID) async throws -> (Client, DataKey, String) {
        let opened = try await open(clientID)
        guard opened.2 != "open request" else { throw Abort(.forbidden, reason: "Disclosure leads read records for a request; they do not change casework records.") }
        return opened
    }

    private func recordRefusal(_ s: StaffContext, _ c: Client, _ why: String) async throws {
        let app = self.app
        try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "access.denied", object: "client:\(c.id!)", reason: why)
        }
    }

    func detail(_ clientID: UUID) async throws -> ClientDetail { try await openDetail(clientID).detail }

    /// The client page's data together with the row and key it was decrypted with, so the page's other panels
    /// need not find the client and unwrap her key a second time.
    func openDetail(_ clientID: UUID) async throws -> (detail: ClientDetail, client: Client, key: DataKey) {
        let s = try staff()
        let (c, dk, basis) = try await open(clientID)
        let records = try await ClientRecord.query(on: req.db).filter(\.$clientID == clientID)
            .sort(\.$occurredOn, .descending).sort(\.$createdAt, .descending).all()
        let amendments = try await Amendment.query(on: req.db).filter(\.$clientID == clientID).sort(\.$createdAt).all()
        let names = try await staffNames([c.allocatedWorkerID] + records.map(\.authorID) + amendments.map(\.authorID))
        let byRecord = Dictionary(grouping: amendments, by: \.recordID)
        let attachments = try await Attachment.query(on: req.db).filter(\.$clientID == clientID).sort(\.$createdAt).all()
        var views: [RecordView] = []
        for r in records { views.append(try recordView(r, dk, byRecord[r.id!] ?? [], names)) }
        let detail = ClientDetail(
            id: clientID, reference: c.reference, status: c.status, allocatedWorkerID: c.allocatedWorkerID,
            allocatedWorker: names[c.allocatedWorkerID] ?? "unknown",
            name: try dk.openString(c.nameCT, ctx(c, "name")), dateOfBirth: try dk.openString(c.dobCT, ctx(c, "dob")),
            contact: try dk.openString(c.contactCT, ctx(c, "contact")), safeContact: try dk.openString(c.safeContactCT, ctx(c, "safe_contact")),
            onLegalHold: try await AccessPolicy.hasOpenRequest(clientID, on: req.db), accessBasis: basis, records: views,
            attachments: try attachments.map { a in
                AttachmentView(id: a.id!, filename: try dk.openString(a.filenameCT, ctx(a, "filename")), contentType: a.contentType, size: a.size, createdAt: a.createdAt)
            })
        let app = self.app
        let count = views.count
        try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "client.view", object: "client:\(clientID)",
                                      reason: "\(basis); \(count) records", flagged: basis == "break-glass")
        }
        return (detail, c, dk)
    }

    func recordView(_ r: ClientRecord, _ dk: DataKey, _ amendments: [Amendment], _ names: [UUID: String]) throws -> RecordView {
        RecordView(id: r.id!, clientID: r.clientID, kind: r.kind, occurredOn: r.occurredOn, author: names[r.authorID] ?? "unknown",
                   createdAt: r.createdAt, locksAt: r.locksAt, locked: r.isLocked(), body: try dk.openString(r.bodyCT, ctx(r, "body")),
                   amendments: try amendments.map { a in
                       AmendmentView(id: a.id!, author: names[a.authorID] ?? "unknown", createdAt: a.createdAt,
                                     reason: try dk.openString(a.reasonCT, ctx(a, "reason")), body: try dk.openString(a.bodyCT, ctx(a, "body")))
                   })
    }

    func breakGlass(_ clientID: UUID, _ input: BreakGlassInput) async throws {
        let s = try staff()
        guard try await Client.find(clientID, on: req.db) != nil else { throw Abort(.notFound, reason: "There is no client with that id.") }
        var p: [(field: String, message: String)] = []
        guard let reason = Validate.text(input.reason, field: "reason", label: "the reason", min: 10, max: 500, into: &p) else {
            throw ValidationFailure(problems: p)
        }
        let app = self.app
        let duration = app.confide.breakGlassDuration
        try await app.writeTransaction { db in
            let e = try await AuditLog.append(on: db, app: app, actor: s.actor, action: "access.break-glass",
                                              object: "client:\(clientID)", reason: reason, flagged: true)
            let g = AccessGrant()
            g.staffID = s.staffID; g.clientID = clientID; g.auditSeq = e.seq; g.createdAt = Date()
            g.expiresAt = Date().addingTimeInterval(duration)
            try await g.create(on: db)
        }
    }

    // MARK: Records

    func validRecord(_ input: RecordInput) throws -> (RecordKind, String, String) {
        var p: [(field: String, message: String)] = []
        let kind = input.kind.flatMap(RecordKind.init(rawValue:))
        if kind == nil { p.append(("kind", "Choose the kind of record")) }
        let date = Validate.date(input.occurredOn, field: "occurredOn", label: "the date of the session or event", earliest: "1990-01-01", into: &p)
        let body = Validate.text(input.body, field: "body", label: "the record", max: 100_000, into: &p)
        guard p.isEmpty, let kind, let date, let body else { throw ValidationFailure(problems: p) }
        return (kind, date, body)
    }

    func addRecord(_ clientID: UUID, _ input: RecordInput) async throws -> ClientRecord {
        let s = try staff()
        // Access first: someone without access learns nothing, not even which fields were wrong.
        let (c, dk, basis) = try await open(clientID)
        guard basis != "open request" else { throw Abort(.forbidden, reason: "Disclosure leads read records for a request; they do not add casework records.") }
        let (kind, date, body) = try validRecord(input)
        let r = ClientRecord()
        r.id = UUID(); r.clientID = c.id!; r.kind = kind.rawValue; r.occurredOn = date; r.authorID = s.staffID
        r.createdAt = Date(); r.updatedAt = r.createdAt; r.locksAt = r.createdAt.addingTimeInterval(app.confide.recordLockAfter)
        r.bodyCT = try dk.seal(body, ctx(r, "body"))
        let app = self.app
        try await app.writeTransaction { db in
            try await r.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "record.create",
                                      object: "client:\(clientID)/record:\(r.id!)", flagged: basis == "break-glass")
        }
        return r
    }

    func record(_ recordID: UUID) async throws -> (ClientRecord, Client, DataKey, String) {
        guard let r = try await ClientRecord.find(recordID, on: req.db) else { throw Abort(.notFound, reason: "There is no record with that id.") }
        let (c, dk, basis) = try await open(r.clientID)
        return (r, c, dk, basis)
    }

    func readRecord(_ recordID: UUID) async throws -> RecordView {
        try await openRecord(recordID).view
    }

    /// One record with what its page needs besides: her reference and on what basis it was opened.
    func openRecord(_ recordID: UUID) async throws -> (view: RecordView, reference: String, basis: String) {
        let s = try staff()
        let (r, c, dk, basis) = try await record(recordID)
        let amendments = try await Amendment.query(on: req.db).filter(\.$recordID == recordID).sort(\.$createdAt).all()
        let view = try recordView(r, dk, amendments, try await staffNames([r.authorID] + amendments.map(\.authorID)))
        let app = self.app
        try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "record.view",
                                      object: "client:\(c.id!)/record:\(recordID)", reason: basis, flagged: basis == "break-glass")
        }
        return (view, c.reference, basis)
    }

    /// Before the record locks its author may correct it; afterwards only an amendment can change it.
    func editRecord(_ recordID: UUID, _ input: RecordInput) async throws {
        let s = try staff()
        let (r, c, dk, _) = try await record(recordID)
        guard r.authorID == s.staffID else { throw Abort(.forbidden, reason: "Only the author can correct a record before it locks; others add an amendment.") }
        let (kind, date, body) = try validRecord(input)
        guard !r.isLocked() else { throw Abort(.conflict, reason: "This record is locked. Add an amendment with a reason instead; the original stays readable.") }
        r.kind = kind.rawValue; r.occurredOn = date; r.updatedAt = Date()
        r.bodyCT = try dk.seal(body, ctx(r, "body"))
        let app = self.app
        try await app.writeTransaction { db in
            try await r.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "record.edit", object: "client:\(c.id!)/record:\(recordID)",
                                      reason: "before lock")
        }
    }

    func amend(_ recordID: UUID, _ input: AmendmentInput) async throws -> Amendment {
        let s = try staff()
        let (r, c, dk, basis) = try await record(recordID)
        guard basis != "open request" else { throw Abort(.forbidden, reason: "Disclosure leads do not amend casework records.") }
        var p: [(field: String, message: String)] = []
        let reason = Validate.text(input.reason, field: "reason", label: "the reason for the amendment", min: 5, max: 1000, into: &p)
        let body = Validate.text(input.body, field: "body", label: "the amendment", max: 100_000, into: &p)
        guard p.isEmpty, let reason, let body else { throw ValidationFailure(problems: p) }
        let a = Amendment()
        a.id = UUID(); a.recordID = recordID; a.clientID = c.id!; a.authorID = s.staffID; a.createdAt = Date()
        a.reasonCT = try dk.seal(reason, ctx(a, "reason"))
        a.bodyCT = try dk.seal(body, ctx(a, "body"))
        let app = self.app
        try await app.writeTransaction { db in
            try await a.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "record.amend",
                                      object: "client:\(c.id!)/record:\(r.id!)", flagged: basis == "break-glass")
        }
        return a
    }

    // MARK: Attachments

    static let allowedTypes: [String: [UInt8]] = [
        "application/pdf": Array("%PDF-".utf8),
        "image/png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        "image/jpeg": [0xFF, 0xD8, 0xFF],
    ]

    func addAttachment(_ clientID: UUID, filename: String, data: Data) async throws -> Attachment {
        let s = try staff()
        let (c, dk, basis) = try await open(clientID)
        guard basis != "open request" else { throw Abort(.forbidden, reason: "Disclosure leads do not add casework records.") }
        var p: [(field: String, message: String)] = []
        let name = Validate.text(filename, field: "file", label: "the file name", max: 255, into: &p)
        // The bytes decide the type, not the name or the browser's claim.
        let type = Self.allowedTypes.first { data.starts(with: $0.value) }?.key
        if data.isEmpty { p.append(("file", "Choose a file to upload")) }
        else if type == nil { p.append(("file", "The file must be a PDF, PNG or JPEG")) }
        if data.count > app.confide.maxUploadBytes { p.append(("file", "The file must be smaller than \(app.confide.maxUploadBytes / 1024 / 1024) MB")) }
        guard p.isEmpty, let name, let type else { throw ValidationFailure(problems: p) }
        let a = Attachment()
        a.id = UUID(); a.clientID = c.id!; a.authorID = s.staffID; a.contentType = type; a.size = data.count; a.createdAt = Date()
        a.filenameCT = try dk.seal(name, ctx(a, "filename"))
        a.dataCT = try dk.seal(data, ctx(a, "data"))
        let app = self.app
        try await app.writeTransaction { db in
            try await a.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "attachment.create", object: "client:\(c.id!)/attachment:\(a.id!)")
        }
        return a
    }

    func readAttachment(_ id: UUID) async throws -> (String, String, Data) {
        let s = try staff()
        guard let a = try await Attachment.find(id, on: req.db) else { throw Abort(.notFound, reason: "There is no attachment with that id.") }
        let (c, dk, basis) = try await open(a.clientID)
        let data = try dk.open(a.dataCT, ctx(a, "data"))
        let name = try dk.openString(a.filenameCT, ctx(a, "filename"))
        let app = self.app
        try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "attachment.view",
                                      object: "client:\(c.id!)/attachment:\(id)", reason: basis, flagged: basis == "break-glass")
        }
        return (name, a.contentType, data)
    }

    /// Removes an attachment added by mistake. Never while the client is on legal hold (an open request).
    func deleteAttachment(_ id: UUID, reason: String?) async throws -> UUID {
        let s = try staff()
        guard let a = try await Attachment.find(id, on: req.db) else { throw Abort(.notFound, reason: "There is no attachment with that id.") }
        let (c, _, basis) = try await open(a.clientID)
        guard basis != "open request" else { throw Abort(.forbidden, reason: "Disclosure leads do not delete casework records.") }
        var p: [(field: String, message: String)] = []
        guard let why = Validate.text(reason, field: "reason", label: "the reason", min: 5, max: 300, into: &p) else { throw ValidationFailure(problems: p) }
        let app = self.app
        try await app.writeTransaction { db in
            // Checked inside the transaction, so a request logged a moment ago still stops the deletion.
            if try await AccessPolicy.hasOpenRequest(c.id!, on: db) {
                throw Abort(.conflict, reason: "This client's records are on legal hold while a request is open. Nothing can be deleted until it is closed.")
            }
            try await a.delete(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "attachment.delete", object: "client:\(c.id!)/attachment:\(id)", reason: why)
        }
        return c.id!
    }

    // MARK: Access history

    func accessHistory(_ clientID: UUID) async throws -> [AccessHistoryEntry] {
        let s = try staff()
        guard s.role == .disclosureLead || s.role == .manager || s.role == .supervisor else {
            throw Abort(.forbidden, reason: "Access history is for the disclosure lead.")
        }
        guard try await Client.find(clientID, on: req.db) != nil else { throw Abort(.notFound, reason: "There is no client with that id.") }
        let prefix = "client:\(clientID)"
        let rows = try await AuditRow.query(on: req.db).group(.or) { g in
            let sub = prefix + "/"
            g.filter(\.$object == prefix).filter(\.$object =~ sub)
        }.sort(\.$id, .descending).limit(1000).all()
        let app = self.app
        try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "client.access-history", object: prefix)
        }
        return rows.map { AccessHistoryEntry(seq: $0.id!, at: $0.at, actor: $0.actor, role: $0.role, action: $0.action,
                                              object: $0.object, reason: $0.reason, flagged: $0.flagged) }
    }

    func flaggedAccesses() async throws -> [AccessHistoryEntry] {
        let s = try staff()
        guard s.role == .disclosureLead || s.role == .manager else { throw Abort(.forbidden, reason: "Break-glass review is for the disclosure lead.") }
        return try await AuditRow.query(on: req.db).filter(\.$flagged == true).filter(\.$action == "access.break-glass")
            .sort(\.$id, .descending).limit(500).all()
            .map { AccessHistoryEntry(seq: $0.id!, at: $0.at, actor: $0.actor, role: $0.role, action: $0.action,
                                      object: $0.object, reason: $0.reason, flagged: $0.flagged) }
    }
}
