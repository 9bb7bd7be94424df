import ConfideCore
import Crypto
import Fluent
import Foundation
import Vapor

struct WishView: Content {
    var id: UUID
    var view: String
    var message: String
    var obtainedVia: String
    var recordedBy: String
    var at: Date
}

struct CodeView: Content { var id: UUID; var createdAt: Date; var expiresAt: Date; var createdBy: String }

/// What she sees about one request on her page.
struct SurvivorRequestView {
    var requestID: UUID
    var receivedOn: String
    var status: String
    var open: Bool
    var explanation: SurvivorExplanation
    var disclosures: [DisclosureView]
    var lastWish: WishView?
}

/// The survivor's part in a request: one-time codes for her page, her wishes, her contact preferences.
struct SurvivorService {
    let req: Request
    var app: Application { req.application }
    init(_ req: Request) { self.req = req }

    static let codeAlphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")   // no 0/O, 1/I/L: read aloud safely

    static func newCode() -> String {
        var g = SystemRandomNumberGenerator()
        let chars = (0..<9).map { _ in codeAlphabet[Int.random(in: 0..<codeAlphabet.count, using: &g)] }
        return String(chars[0..<3]) + "-" + String(chars[3..<6]) + "-" + String(chars[6..<9])
    }

    /// Codes are compared without case, spaces or dashes, so a code read out over the phone still works.
    static func normalise(_ code: String) -> String { code.uppercased().filter { $0.isLetter || $0.isNumber } }

    static func hash(_ code: String) -> String { Tokens.hash("confide.survivor-code/v1|" + normalise(code)) }

    // MARK: Staff side

    /// Any worker who may open the client can give her a code (the disclosure lead too).
    func issueCode(_ clientID: UUID) async throws -> String {
        let s = try req.requireStaff()
        _ = try await RecordsService(req).open(clientID)
        let code = Self.newCode()
        let c = SurvivorCode()
        c.id = UUID(); c.clientID = clientID; c.codeHash = Self.hash(code); c.createdBy = s.staffID; c.createdAt = Date()
        c.expiresAt = Date().addingTimeInterval(app.confide.survivorCodeLifetime)
        try await app.writeTransaction { [app] db in
            try await c.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "survivor.code-issue", object: "client:\(clientID)/code:\(c.id!)")
        }
        return code
    }

    func activeCodes(_ clientID: UUID) async throws -> [CodeView] {
        let codes = try await SurvivorCode.query(on: req.db).filter(\.$clientID == clientID).filter(\.$usedAt == nil)
            .filter(\.$revokedAt == nil).filter(\.$expiresAt > Date()).sort(\.$createdAt, .descending).all()
        let names = try await RecordsService(req).staffNames(codes.map(\.createdBy))
        return codes.map { CodeView(id: $0.id!, createdAt: $0.createdAt, expiresAt: $0.expiresAt, createdBy: names[$0.createdBy] ?? "unknown") }
    }

    func revokeCode(_ codeID: UUID) async throws -> UUID {
        let s = try req.requireStaff()
        guard let c = try await SurvivorCode.find(codeID, on: req.db) else { throw Abort(.notFound, reason: "There is no such code.") }
        _ = try await RecordsService(req).open(c.clientID)
        c.revokedAt = Date()
        try await app.writeTransaction { [app] db in
            try await c.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "survivor.code-revoke", object: "client:\(c.clientID)/code:\(codeID)")
        }
        return c.clientID
    }

    func preferences(_ client: Client, _ dk: DataKey) throws -> ContactPreferences {
        guard let ct = client.contactPrefsCT else { return ContactPreferences() }
        return try JSONDecoder().decode(ContactPreferences.self, from: dk.open(ct, CipherContext(table: "clients", row: client.id!.uuidString, field: "contact_prefs")))
    }

    func setPreferences(_ clientID: UUID, _ prefs: ContactPreferences) async throws {
        let s = try req.requireStaff()
        let (c, dk, basis) = try await RecordsService(req).open(clientID)
        guard basis != "open request" else { throw Abort(.forbidden, reason: "Her worker keeps her contact preferences.") }
        var p: [(field: String, message: String)] = []
        _ = Validate.text(prefs.times, field: "times", label: "the safe times", min: 0, max: 300, into: &p)
        _ = Validate.text(prefs.safeWord, field: "safeWord", label: "the safe word", min: 0, max: 100, into: &p)
        _ = Validate.text(prefs.notes, field: "notes", label: "the notes", min: 0, max: 2000, into: &p)
        guard p.isEmpty else { throw ValidationFailure(problems: p) }
        c.contactPrefsCT = try dk.seal(try JSONEncoder().encode(prefs), CipherContext(table: "clients", row: clientID.uuidString, field: "contact_prefs"))
        try await app.writeTransaction { [app] db in
            try await c.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "client.contact-preferences", object: "client:\(clientID)")
        }
    }

    func wishes(_ requestID: UUID, client: Client, _ dk: DataKey) async throws -> [WishView] {
        let names = try await RecordsService(req).staffNames()
        return try await SurvivorWish.query(on: req.db).filter(\.$requestID == requestID).sort(\.$createdAt, .descending).all().map { w in
            WishView(id: w.id!, view: w.view, message: try dk.openString(w.messageCT, CipherContext(table: "survivor_wishes", row: w.id!.uuidString, field: "message")),
                     obtainedVia: w.obtainedVia, recordedBy: w.recordedBy.flatMap { names[$0] } ?? "her, on her page", at: w.createdAt)
        }
    }

    static let channels = ["in-person", "phone", "her-page", "letter", "other"]

    /// Stores a wish (from staff who heard it, or from her page) in the same transaction as its audit entry.
    static func storeWish(app: Application, request r: RecordsRequest, client: Client, view: String?, message: String?, via: String?,
                          recordedBy: UUID?, actor: AuditActor) async throws {
        var p: [(field: String, message: String)] = []
        let v = view.flatMap(SurvivorView.init(rawValue:))
        if v == nil { p.append(("view", "Choose what she wants")) }
        if via == nil || !channels.contains(via!) { p.append(("obtainedVia", "Choose how she told you")) }
        let text = Validate.text(message, field: "message", label: "what she said", min: 0, max: 5000, into: &p) ?? ""
        guard p.isEmpty, let v, let via else { throw ValidationFailure(problems: p) }
        guard RequestStatus(rawValue: r.status)?.isOpen == true else { throw Abort(.conflict, reason: "This request is closed.") }
        let dk = try app.keys.dataKey(for: client)
        let w = SurvivorWish()
        w.id = UUID(); w.requestID = r.id!; w.clientID = client.id!; w.view = v.rawValue; w.obtainedVia = via; w.recordedBy = recordedBy; w.createdAt = Date()
        w.messageCT = try dk.seal(text, CipherContext(table: "survivor_wishes", row: w.id!.uuidString, field: "message"))
        try await app.writeTransaction { db in
            try await w.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: actor, action: "survivor.wish", object: "client:\(client.id!)/request:\(r.id!)/wish:\(w.id!)",
                                      reason: "\(v.rawValue) via \(via)")
        }
    }

    func recordWish(_ requestID: UUID, view: String?, message: String?, via: String?) async throws {
        let s = try req.requireStaff()
        guard let r = try await RecordsRequest.find(requestID, on: req.db) else { throw Abort(.notFound, reason: "There is no request with that id.") }
        let (c, _, _) = try await RecordsService(req).open(r.clientID)
        try await Self.storeWish(app: app, request: r, client: c, view: view, message: message, via: via, recordedBy: s.staffID, actor: s.actor)
    }

    // MARK: Her page

    static func explanation(app: Application, request r: RecordsRequest, key dk: DataKey, language: String) throws -> SurvivorExplanation {
        let text = try dk.openString(r.documentCT, RequestsService.ctx(r, "document"))
        let parsed = try RequestParser.parse(text)
        let stored = try JSONDecoder().decode(StoredAssessment.self, from: dk.open(r.assessmentCT, RequestsService.ctx(r, "assessment")))
        let findings = stored.findings.map { f in
            Finding(check: f.check, severity: Severity(rawValue: f.severity) ?? .info, title: f.title, evidence: f.evidence, sources: f.sources, reply: f.reply, forSurvivor: f.for_survivor)
        }
        let outcome = Outcome(rawValue: r.decidedOutcome ?? r.recommendedOutcome) ?? .seekClarification
        let book = app.phrasebook(language)
        return SurvivorExplanation.make(request: parsed.request, findings: findings, outcome: outcome, decided: r.decidedOutcome != nil,
                                        phrasebook: book, dateText: { day in SurvivorService.dayText(day.description, language: language) })
    }

    static let welshMonths = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    static func dayText(_ iso: String, language: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        let month = (language == "cy" ? welshMonths : englishMonths)[parts[1] - 1]
        return "\(parts[2]) \(month) \(parts[0])"
    }

    static func page(app: Application, db: any Database, clientID: UUID, language: String) async throws -> [SurvivorRequestView] {
        guard let client = try await Client.find(clientID, on: db) else { return [] }
        let dk = try app.keys.dataKey(for: client)
        var out: [SurvivorRequestView] = []
        for r in try await RecordsRequest.query(on: db).filter(\.$clientID == clientID).sort(\.$createdAt, .descending).all() {
            let ds = try await Disclosure.query(on: db).filter(\.$requestID == r.id!).sort(\.$createdAt).all()
            let last = try await SurvivorWish.query(on: db).filter(\.$requestID == r.id!).sort(\.$createdAt, .descending).first()
            out.append(SurvivorRequestView(
                requestID: r.id!, receivedOn: dayText(r.receivedOn ?? Validate.day(r.createdAt), language: language),
                status: r.status, open: RequestStatus(rawValue: r.status)?.isOpen == true,
                explanation: try explanation(app: app, request: r, key: dk, language: language),
                disclosures: try ds.map { d in
                    DisclosureView(id: d.id!, requestReference: r.reference, recipient: d.recipient,
                                   description: try dk.openString(d.descriptionCT, CipherContext(table: "disclosures", row: d.id!.uuidString, field: "description")),
                                   disclosedOn: dayText(d.disclosedOn, language: language), recordedBy: "")
                },
                lastWish: try last.map { w in
                    WishView(id: w.id!, view: w.view, message: try dk.openString(w.messageCT, CipherContext(table: "survivor_wishes", row: w.id!.uuidString, field: "message")),
                             obtainedVia: w.obtainedVia, recordedBy: "", at: w.createdAt)
                }))
        }
        return out
    }
}
