import ConfideCore
import Fluent
import Foundation
import Vapor

/// The assessment as stored (the `confide.assessment/v1` JSON), read back for pages and letters.
struct StoredAssessment: Codable, Sendable {
    struct RulebookRef: Codable, Sendable { var id: String; var version: String }
    struct StoredFinding: Codable, Sendable {
        var check: String; var severity: String; var title: String; var evidence: [String]; var sources: [String]
        var reply: String; var for_survivor: String
    }
    var schema: String
    var jurisdiction: String
    var rulebook: RulebookRef
    var outcome: String
    var also: [String]
    var findings: [StoredFinding]
    var satisfied: [String]
}

struct RequestSummary: Content {
    var id: UUID
    var reference: String
    var clientID: UUID
    var clientReference: String
    var requesterType: String
    var requesterOrganisation: String
    var route: String
    var status: String
    var deadline: Date?
    var overdue: Bool
    var recommendedOutcome: String
    var decidedOutcome: String?
}

struct RequestDetail: Content {
    var summary: RequestSummary
    var document: String
    var assessment: StoredAssessment
    var decisionReason: String?
    var decidedBy: String?
    var decidedAt: Date?
    var letters: [LetterView]
    var disclosures: [DisclosureView]
    var nextStatuses: [String]
}

struct LetterView: Content { var id: UUID; var kind: String; var body: String; var author: String; var createdAt: Date }
struct DisclosureView: Content { var id: UUID; var requestReference: String; var recipient: String; var description: String; var disclosedOn: String; var recordedBy: String }

/// One line of a client's accounting of disclosures: every request, and what (if anything) left the service.
struct AccountingEntry: Content {
    var requestReference: String
    var receivedOn: String?
    var requester: String
    var status: String
    var outcome: String?
    var disclosures: [DisclosureView]
}

struct IntakeInput: Content {
    var clientReference: String?
    var document: String?
}

struct DecisionInput: Content {
    var outcome: String?
    var reasons: String?
}

struct DisclosureInput: Content {
    var recipient: String?
    var description: String?
    var disclosedOn: String?
}

/// Requests for a client's records: intake and assessment, decision, letters, disclosure. Every step is audited
/// in the same transaction, and what identifies the survivor is encrypted under her key.
struct RequestsService {
    let req: Request
    var app: Application { req.application }
    init(_ req: Request) { self.req = req }

    func requireLead() throws -> StaffContext {
        let s = try req.requireStaff()
        guard s.role == .disclosureLead else { throw Abort(.forbidden, reason: "Only the disclosure lead handles requests for records.") }
        return s
    }

    func requireRegisterReader() throws -> StaffContext {
        let s = try req.requireStaff()
        guard s.role == .disclosureLead || s.role == .manager else { throw Abort(.forbidden, reason: "The request register is for the disclosure lead and the centre manager.") }
        return s
    }

    static func ctx(_ r: RecordsRequest, _ field: String) -> CipherContext { CipherContext(table: "requests", row: r.id!.uuidString, field: field) }
    func ctx(_ r: RecordsRequest, _ field: String) -> CipherContext { CipherContext(table: "requests", row: r.id!.uuidString, field: field) }

    static func summary(_ r: RecordsRequest, clientReference: String, now: Date = Date()) -> RequestSummary {
        let status = RequestStatus(rawValue: r.status) ?? .received
        return RequestSummary(id: r.id!, reference: r.reference, clientID: r.clientID, clientReference: clientReference,
                              requesterType: r.requesterType, requesterOrganisation: r.requesterOrganisation, route: r.route,
                              status: r.status, deadline: r.deadline,
                              overdue: status.awaitsAction && (r.deadline.map { $0 < now } ?? false),
                              recommendedOutcome: r.recommendedOutcome, decidedOutcome: r.decidedOutcome)
    }

    func register() async throws -> [RequestSummary] {
        let s = try requireRegisterReader()
        let rows = try await RecordsRequest.query(on: req.db).sort(\.$createdAt, .descending).all()
        let refs = Dictionary(uniqueKeysWithValues: try await Client.query(on: req.db).all().map { ($0.id!, $0.reference) })
        try await app.writeTransaction { [app] db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "requests.view", object: "register")
        }
        // Open requests first, soonest deadline first; then the rest, newest first.
        return rows.map { Self.summary($0, clientReference: refs[$0.clientID] ?? "?") }.sorted { a, b in
            let ao = RequestStatus(rawValue: a.status)?.awaitsAction ?? false, bo = RequestStatus(rawValue: b.status)?.awaitsAction ?? false
            if ao != bo { return ao }
            return (a.deadline ?? .distantFuture) < (b.deadline ?? .distantFuture)
        }
    }

    /// Parses and assesses a request file; bad input throws a `ValidationFailure` naming the field.
    func assess(_ text: String) throws -> (ParsedRequest, Assessment) {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationFailure(problems: [("document", "Upload or paste the request file, or fill in the form")])
        }
        guard text.utf8.count <= 512 * 1024 else { throw ValidationFailure(problems: [("document", "The request file must be smaller than 512 KB")]) }
        let parsed: ParsedRequest
        do { parsed = try RequestParser.parse(text) } catch {
            throw ValidationFailure(problems: [("document", "The request file is not valid: \(error.description)")])
        }
        do { return (parsed, try Assessor(library: app.rulebooks).assess(parsed.request)) } catch {
            throw ValidationFailure(problems: [("document", error.description)])
        }
    }

    static func deadline(_ request: RequestFile) -> Date? {
        guard case let .date(day, written)? = request["deadline"] else { return nil }
        let f = ISO8601DateFormatter()
        if let d = f.date(from: written) { return d }
        return Validate.parseDay(day.description).map { $0.addingTimeInterval(17 * 3600) }
    }

    static func word(_ r: RequestFile, _ path: String) -> String {
        if case let .word(w)? = r[path] { return w }
        return r.text(path) ?? ""
    }

    /// Applies a parsed request and its assessment to the row (new or edited).
    func apply(_ parsed: ParsedRequest, _ assessment: Assessment, text: String, to r: RecordsRequest, key dk: DataKey) throws {
        try Self.apply(parsed, assessment, text: text, to: r, key: dk)
    }

    static func apply(_ parsed: ParsedRequest, _ assessment: Assessment, text: String, to r: RecordsRequest, key dk: DataKey) throws {
        let rf = parsed.request
        r.jurisdiction = rf.jurisdiction
        r.requesterType = rf.requesterType
        r.requesterOrganisation = String((rf.text("requester.organisation") ?? "not stated").prefix(200))
        r.route = Self.word(rf, "legal_basis").isEmpty ? "none-stated" : Self.word(rf, "legal_basis")
        if case let .date(day, _)? = rf["received_at"] { r.receivedOn = day.description } else { r.receivedOn = nil }
        r.deadline = Self.deadline(rf)
        r.documentCT = try dk.seal(text, ctx(r, "document"))
        r.recommendedOutcome = assessment.outcome.rawValue
        r.alsoOutcomes = assessment.also.map(\.rawValue).joined(separator: ",")
        r.checks = assessment.findingIDs.joined(separator: ",")
        r.rulebookVersion = assessment.rulebookVersion
        r.assessmentCT = try dk.seal(assessment.jsonString(), ctx(r, "assessment"))
        r.updatedAt = Date()
    }

    static func nextReference(on db: any Database) async throws -> String {
        try await AuditLog.serialise(db)
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let prefix = "R-\(year)-"
        let last = try await RecordsRequest.query(on: db).filter(\.$reference >= prefix).filter(\.$reference < "R-\(year)-~")
            .sort(\.$reference, .descending).first()
        return prefix + String(format: "%04d", (last.flatMap { Int($0.reference.dropFirst(prefix.count)) } ?? 0) + 1)
    }

    /// Logs an assessed request for a client: used by intake and by the demo centre.
    static func store(app: Application, actor: AuditActor, client: Client, text: String, parsed: ParsedRequest, assessment: Assessment,
                      status: RequestStatus = .assessing) async throws -> RecordsRequest {
        let dk = try app.keys.dataKey(for: client)
        let r = RecordsRequest()
        r.id = UUID(); r.clientID = client.id!; r.status = status.rawValue; r.createdAt = Date(); r.narrowedAfterReply = false
        try apply(parsed, assessment, text: text, to: r, key: dk)
        let outcome = assessment.outcome.rawValue
        try await app.writeTransaction { db in
            r.reference = try await Self.nextReference(on: db)
            try await r.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: actor, action: "request.create", object: "client:\(client.id!)/request:\(r.id!)")
            try await AuditLog.append(on: db, app: app, actor: actor, action: "request.assess", object: "client:\(client.id!)/request:\(r.id!)",
                                      reason: "recommended \(outcome)")
        }
        return r
    }

    func intake(_ input: IntakeInput) async throws -> RecordsRequest {
        let s = try requireLead()
        let ref = (input.clientReference ?? "").trimmingCharacters(in: .whitespaces)
        var problems: [(field: String, message: String)] = []
        let client = ref.isEmpty ? nil : try await Client.query(on: req.db).filter(\.$reference == ref).first()
        if client == nil { problems.append(("clientReference", ref.isEmpty ? "Enter the client's service reference" : "There is no client with the reference \(ref)")) }
        let text = input.document ?? ""
        var assessed: (ParsedRequest, Assessment)? = nil
        do { assessed = try assess(text) } catch let v as ValidationFailure { problems += v.problems }
        guard problems.isEmpty, let client, let (parsed, assessment) = assessed else { throw ValidationFailure(problems: problems) }
        return try await Self.store(app: app, actor: s.actor, client: client, text: text, parsed: parsed, assessment: assessment)
    }

    func load(_ id: UUID) async throws -> (RecordsRequest, Client, DataKey) {
        guard let r = try await RecordsRequest.find(id, on: req.db), let c = try await Client.find(r.clientID, on: req.db) else {
            throw Abort(.notFound, reason: "There is no request with that id.")
        }
        guard c.status != "shredded" else { throw Abort(.gone, reason: "This client's records were deleted for good; the request is kept only as a count.") }
        return (r, c, try app.keys.dataKey(for: c))
    }

    func detail(_ id: UUID) async throws -> RequestDetail { try await openDetail(id).detail }

    /// The request page's data with the row, client and key it was decrypted with, so the page's survivor panel
    /// need not find them and unwrap her key again.
    func openDetail(_ id: UUID) async throws -> (detail: RequestDetail, request: RecordsRequest, client: Client, key: DataKey) {
        let s = try requireLead()
        let (r, c, dk) = try await load(id)
        let assessment = try JSONDecoder().decode(StoredAssessment.self, from: dk.open(r.assessmentCT, ctx(r, "assessment")))
        let letters = try await RequestLetter.query(on: req.db).filter(\.$requestID == id).sort(\.$createdAt, .descending).all()
        let disclosures = try await Disclosure.query(on: req.db).filter(\.$requestID == id).sort(\.$createdAt).all()
        // Only the names shown: loading every staff row made the page grow with the centre (docs/benchmarks.md).
        let names = try await RecordsService(req).staffNames(letters.map(\.authorID) + disclosures.map(\.authorID) + (r.decidedBy.map { [$0] } ?? []))
        let detail = RequestDetail(
            summary: Self.summary(r, clientReference: c.reference), document: try dk.openString(r.documentCT, ctx(r, "document")),
            assessment: assessment, decisionReason: try r.decisionReasonCT.map { try dk.openString($0, ctx(r, "decision_reason")) },
            decidedBy: r.decidedBy.flatMap { names[$0] }, decidedAt: r.decidedAt,
            letters: try letters.map { l in LetterView(id: l.id!, kind: l.kind, body: try dk.openString(l.bodyCT, CipherContext(table: "request_letters", row: l.id!.uuidString, field: "body")),
                                                       author: names[l.authorID] ?? "unknown", createdAt: l.createdAt) },
            disclosures: try disclosures.map { try disclosureView($0, r.reference, dk, names) },
            nextStatuses: (RequestStatus(rawValue: r.status)?.next ?? []).map(\.rawValue))
        try await app.writeTransaction { [app] db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "request.view", object: "client:\(c.id!)/request:\(id)")
        }
        return (detail, r, c, dk)
    }

    func disclosureView(_ d: Disclosure, _ reference: String, _ dk: DataKey, _ names: [UUID: String]) throws -> DisclosureView {
        DisclosureView(id: d.id!, requestReference: reference, recipient: d.recipient,
                       description: try dk.openString(d.descriptionCT, CipherContext(table: "disclosures", row: d.id!.uuidString, field: "description")),
                       disclosedOn: d.disclosedOn, recordedBy: names[d.authorID] ?? "unknown")
    }

    /// Replaces the request file (a correction, or the requester's narrowed request) and assesses it again.
    func edit(_ id: UUID, document: String) async throws {
        let s = try requireLead()
        let (r, c, dk) = try await load(id)
        guard RequestStatus(rawValue: r.status)?.isOpen == true else { throw Abort(.conflict, reason: "This request is closed.") }
        let (parsed, assessment) = try assess(document)
        try apply(parsed, assessment, text: document, to: r, key: dk)
        // A change after our reply went out is the requester narrowing the request: the statistics count it.
        if try await RequestLetter.query(on: req.db).filter(\.$requestID == id).filter(\.$kind == "reply").count() > 0 {
            r.narrowedAfterReply = true
        }
        let app = self.app
        let outcome = assessment.outcome.rawValue
        try await app.writeTransaction { db in
            try await r.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "request.assess", object: "client:\(c.id!)/request:\(id)",
                                      reason: "changed; recommended \(outcome)")
        }
    }

    func decide(_ id: UUID, _ input: DecisionInput) async throws {
        let s = try requireLead()
        let (r, c, dk) = try await load(id)
        var p: [(field: String, message: String)] = []
        let outcome = input.outcome.flatMap(Outcome.init(rawValue:))
        if outcome == nil { p.append(("outcome", "Choose the outcome you have decided")) }
        let differs = outcome != nil && outcome!.rawValue != r.recommendedOutcome
        // Her latest stated wish: a decision against it needs reasons too.
        let wish = try await SurvivorWish.query(on: req.db).filter(\.$requestID == id).sort(\.$createdAt, .descending).first()
        let againstHer = outcome != nil && wish.flatMap { SurvivorView(rawValue: $0.view) }.map { WishConflict.isAgainst($0, outcome!) } == true
        let reasons = Validate.text(input.reasons, field: "reasons", label: "your reasons", min: (differs || againstHer) ? 20 : 0, max: 5000, into: &p)
        if againstHer, p.isEmpty, (reasons ?? "").isEmpty { p.append(("reasons", "This goes against what she told us she wants: give your reasons")) }
        if differs, p.isEmpty, (reasons ?? "").isEmpty { p.append(("reasons", "Give your reasons for deciding differently from the recommendation")) }
        guard p.isEmpty, let outcome else { throw ValidationFailure(problems: p) }
        let status = RequestStatus(rawValue: r.status) ?? .received
        guard [.assessing, .awaitingSurvivor, .awaitingRequester, .decided].contains(status) else {
            throw Abort(.conflict, reason: "A request that is \(status.label.lowercased()) cannot be decided.")
        }
        r.decidedOutcome = outcome.rawValue
        r.decisionReasonCT = try dk.seal(reasons ?? "", ctx(r, "decision_reason"))
        r.decidedBy = s.staffID; r.decidedAt = Date(); r.status = RequestStatus.decided.rawValue; r.updatedAt = Date()
        let app = self.app
        let recommended = r.recommendedOutcome
        try await app.writeTransaction { db in
            try await r.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "request.decide", object: "client:\(c.id!)/request:\(id)",
                                      reason: "\(outcome.rawValue) (recommended \(recommended))" + (againstHer ? "; against her stated wishes" : ""),
                                      flagged: differs || againstHer)
        }
    }

    func move(_ id: UUID, to target: String?) async throws {
        let s = try requireLead()
        let (r, c, _) = try await load(id)
        let from = RequestStatus(rawValue: r.status) ?? .received
        guard let to = target.flatMap(RequestStatus.init(rawValue:)), from.next.contains(to) else {
            throw ValidationFailure(problems: [("status", "A request that is \(from.label.lowercased()) cannot move to that step")])
        }
        r.status = to.rawValue; r.updatedAt = Date()
        if to == .closed { r.closedAt = Date() }
        let app = self.app
        try await app.writeTransaction { db in
            try await r.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "request.status", object: "client:\(c.id!)/request:\(id)",
                                      reason: "\(from.rawValue) → \(to.rawValue)")
        }
    }

    /// Records what left the service, for the client's accounting of disclosures. Append-only.
    func recordDisclosure(_ id: UUID, _ input: DisclosureInput) async throws {
        let s = try requireLead()
        let (r, c, dk) = try await load(id)
        guard r.status == RequestStatus.decided.rawValue || r.status == RequestStatus.disclosed.rawValue else {
            throw Abort(.conflict, reason: "Record a decision before recording a disclosure.")
        }
        var p: [(field: String, message: String)] = []
        let recipient = Validate.text(input.recipient, field: "recipient", label: "who received it", max: 200, into: &p)
        let description = Validate.text(input.description, field: "description", label: "what was disclosed", max: 5000, into: &p)
        let date = Validate.date(input.disclosedOn, field: "disclosedOn", label: "the date it was sent", earliest: "2000-01-01", into: &p)
        guard p.isEmpty, let recipient, let description, let date else { throw ValidationFailure(problems: p) }
        let d = Disclosure()
        d.id = UUID(); d.clientID = c.id!; d.requestID = id; d.recipient = recipient; d.disclosedOn = date; d.authorID = s.staffID; d.createdAt = Date()
        d.descriptionCT = try dk.seal(description, CipherContext(table: "disclosures", row: d.id!.uuidString, field: "description"))
        r.status = RequestStatus.disclosed.rawValue; r.updatedAt = Date()
        let app = self.app
        try await app.writeTransaction { db in
            try await d.create(on: db)
            try await r.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "disclosure.record", object: "client:\(c.id!)/request:\(id)/disclosure:\(d.id!)")
        }
    }

    func draftLetter(_ id: UUID) async throws -> String {
        _ = try requireLead()
        let (r, _, dk) = try await load(id)
        let parsed = try RequestParser.parse(try dk.openString(r.documentCT, ctx(r, "document")))
        let rf = parsed.request
        let stored = try JSONDecoder().decode(StoredAssessment.self, from: dk.open(r.assessmentCT, ctx(r, "assessment")))
        let findings = stored.findings.map { f in
            Finding(check: f.check, severity: Severity(rawValue: f.severity) ?? .info, title: f.title, evidence: f.evidence,
                    sources: f.sources, reply: f.reply, forSurvivor: f.for_survivor)
        }
        let outcome = Outcome(rawValue: r.decidedOutcome ?? r.recommendedOutcome) ?? .seekClarification
        let f = DateFormatter(); f.dateFormat = "d MMMM yyyy"; f.locale = Locale(identifier: "en_GB")
        return ReplyLetter.draft(ReplyLetterInput(
            serviceName: app.confide.serviceName, date: f.string(from: Date()), requesterName: rf.text("requester.name"),
            requesterOrganisation: rf.text("requester.organisation"), replyAddress: rf.text("requester.reply_address"),
            theirReference: rf.text("crime_reference") ?? rf.text("court_order.reference"), receivedOn: r.receivedOn,
            outcome: outcome, decisionReasons: try r.decisionReasonCT.map { try dk.openString($0, ctx(r, "decision_reason")) },
            findings: findings))
    }

    func saveLetter(_ id: UUID, kind: String, body: String?) async throws -> RequestLetter {
        let s = try requireLead()
        guard kind == "reply" || kind == "from_requester" else { throw ValidationFailure(problems: [("kind", "Unknown kind of letter")]) }
        var p: [(field: String, message: String)] = []
        guard let text = Validate.text(body, field: "body", label: "the letter", max: 100_000, into: &p) else { throw ValidationFailure(problems: p) }
        let (r, c, dk) = try await load(id)
        let l = RequestLetter()
        l.id = UUID(); l.requestID = id; l.clientID = c.id!; l.kind = kind; l.authorID = s.staffID; l.createdAt = Date()
        l.bodyCT = try dk.seal(text, CipherContext(table: "request_letters", row: l.id!.uuidString, field: "body"))
        let app = self.app
        _ = r
        try await app.writeTransaction { db in
            try await l.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "letter.\(kind == "reply" ? "save" : "receive")",
                                      object: "client:\(c.id!)/request:\(id)/letter:\(l.id!)")
        }
        return l
    }

    func letter(_ requestID: UUID, _ letterID: UUID) async throws -> (RecordsRequest, String) {
        let s = try requireLead()
        let (r, c, dk) = try await load(requestID)
        guard let l = try await RequestLetter.find(letterID, on: req.db), l.requestID == requestID else { throw Abort(.notFound, reason: "There is no such letter.") }
        let body = try dk.openString(l.bodyCT, CipherContext(table: "request_letters", row: l.id!.uuidString, field: "body"))
        try await app.writeTransaction { [app] db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "letter.export", object: "client:\(c.id!)/request:\(requestID)/letter:\(letterID)")
        }
        return (r, body)
    }

    /// The client's accounting of disclosures, for the disclosure lead and for those who may open the client.
    func accounting(_ clientID: UUID) async throws -> [AccountingEntry] {
        let s = try req.requireStaff()
        guard let client = try await Client.find(clientID, on: req.db) else { throw Abort(.notFound, reason: "There is no client with that id.") }
        if s.role != .disclosureLead { _ = try await RecordsService(req).open(clientID) }
        let dk = try app.keys.dataKey(for: client)
        let names = try await RecordsService(req).staffNames()
        let requests = try await RecordsRequest.query(on: req.db).filter(\.$clientID == clientID).sort(\.$createdAt).all()
        var out: [AccountingEntry] = []
        for r in requests {
            let ds = try await Disclosure.query(on: req.db).filter(\.$requestID == r.id!).sort(\.$createdAt).all()
            out.append(AccountingEntry(requestReference: r.reference, receivedOn: r.receivedOn,
                                       requester: "\(r.requesterOrganisation) (\(r.requesterType))", status: r.status,
                                       outcome: r.decidedOutcome, disclosures: try ds.map { try disclosureView($0, r.reference, dk, names) }))
        }
        try await app.writeTransaction { [app] db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "accounting.view", object: "client:\(clientID)")
        }
        return out
    }
}
