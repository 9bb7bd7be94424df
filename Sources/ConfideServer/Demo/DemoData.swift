import ConfideCore
import Fluent
import Foundation
import Vapor

/// A fictional centre for trying Confide: staff in every role, about 40 clients and 600 session notes over
/// two years, and a few attachments. Every name is invented; every address uses `.example`.
public enum DemoData {
    public struct SignIn: Sendable {
        public let email: String; public let password: String; public let role: String
        /// The authenticator key of roles that must use two-factor sign-in (fictional, published: demo only).
        public let totpKey: String?
    }

    /// Fixed, published authenticator keys for the demo disclosure lead and manager: a demo has no secrets.
    static let demoTOTP: [String: String] = [
        "disclosure@northmoor-rc.example": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
        "manager@northmoor-rc.example": "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
    ]

    static func signIns() -> [SignIn] {
        staff.map { SignIn(email: $0.1, password: password, role: $0.2.label, totpKey: demoTOTP[$0.1]) }
    }

    public static let password = "demo-harbour-lantern-42"

    static let staff: [(String, String, StaffRole, String)] = [
        ("Alex Counsellor", "counsellor@northmoor-rc.example", .counsellor, "North"),
        ("Bea Isva", "isva@northmoor-rc.example", .counsellor, "North"),
        ("Cal Counsellor", "counsellor2@northmoor-rc.example", .counsellor, "South"),
        ("Dee Supervisor", "supervisor@northmoor-rc.example", .supervisor, "North"),
        ("Eli Disclosure", "disclosure@northmoor-rc.example", .disclosureLead, "Office"),
        ("Fran Manager", "manager@northmoor-rc.example", .manager, "Office"),
    ]

    static let first = ["Amira", "Beth", "Carys", "Dana", "Ellen", "Farah", "Gwen", "Hana", "Isla", "Jodie", "Kerry", "Lena", "Maya", "Nia", "Orla", "Priya", "Rhian", "Sadie", "Tess", "Una"]
    static let last = ["Ashdown", "Birchfield", "Calder", "Dunmore", "Elwood", "Fenwick", "Garside", "Holloway", "Ingram", "Jessop"]
    static let themes = [
        "Talked about sleep, which is still broken most nights. Practised the grounding exercise together; she said it helped a little.",
        "Focused on safety planning for the week ahead. Agreed she will text her friend when she gets home after evening shifts.",
        "Discussed the police process and how anxious she feels before each contact. Explained what an ISVA can do at court.",
        "She described feeling numb at work. We explored what helps her feel present. Homework: short walk at lunchtime.",
        "Session on boundaries with family. She wants to tell her sister but not her parents yet. We rehearsed the conversation.",
        "Reviewed progress since the first sessions. Nightmares less frequent. She wants to keep fortnightly sessions for now.",
        "Difficult session; she was tearful and tired. We slowed down and used breathing. Checked in on safety: no current risk.",
        "Talked about returning to college and how to ask for extensions. Offered a letter of support if she wants one.",
    ]

    /// Fills an empty database. Returns the sign-ins to print.
    public static func seed(_ app: Application, clients: Int = 40, notesPerClient: Int = 15) async throws -> [SignIn] {
        if try await Staff.query(on: app.db).count() > 0 {
            return signIns()
        }
        let hash = try Bcrypt.hash(password, cost: app.confide.bcryptCost)
        var staffIDs: [UUID] = []
        var teams: [String] = []
        try await app.writeTransaction { db in
            for s in staff {
                let row = Staff(id: UUID(), email: s.1, displayName: s.0, passwordHash: hash, role: s.2, team: s.3)
                if let key = demoTOTP[s.1], let secret = Base32.decode(key) {
                    row.totpSecretCT = try app.keys.sealStaffSecret(secret, staffID: row.id!)
                    row.totpEnabled = true
                }
                try await row.create(on: db)
            }
        }
        for s in staff {
            let row = try await Staff.query(on: app.db).filter(\.$email == s.1).first()!
            if s.2 == .counsellor { staffIDs.append(row.id!); teams.append(s.3) }
        }
        let keys = app.keys
        var rng = SplitMix(seed: 20260112)   // the same seed gives the same centre
        let now = Date()
        let twoYears: TimeInterval = 730 * 86400
        let pdf = Data("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".utf8)
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        let workers = staffIDs
        for i in 0..<clients {
            let worker = i % workers.count
            let workerID = workers[worker]
            let id = UUID()
            let (dk, wrapped) = try keys.newDataKey(for: id)
            let c = Client()
            c.id = id; c.reference = "C-\(year)-" + String(format: "%04d", i + 1); c.allocatedWorkerID = workerID
            c.team = teams[worker]; c.wrappedKey = wrapped; c.masterKeyID = keys.master.id; c.status = i % 9 == 0 ? "closed" : "open"
            c.createdAt = now.addingTimeInterval(-twoYears + Double(i) * (twoYears - 120 * 86400) / Double(max(clients, 1)))
            // The first client's case closed nine years ago, so the retention review has something to show: her
            // session notes are past their period, her safeguarding record is not.
            if i == 0 { c.createdAt = c.createdAt.addingTimeInterval(-9 * 365 * 86400) }
            if c.status == "closed" {
                let last = c.createdAt.addingTimeInterval(Double(notesPerClient) * 7 * 86400)
                c.closedOn = Validate.day(min(last, now))
            }
            func ctx(_ f: String) -> CipherContext { CipherContext(table: "clients", row: id.uuidString, field: f) }
            let name = "\(first[Int(rng.next() % UInt64(first.count))]) \(last[Int(rng.next() % UInt64(last.count))])"
            c.nameCT = try dk.seal(name, ctx("name"))
            c.dobCT = try dk.seal(String(format: "19%02d-%02d-%02d", 70 + Int(rng.next() % 30), 1 + Int(rng.next() % 12), 1 + Int(rng.next() % 28)), ctx("dob"))
            c.contactCT = try dk.seal("Mobile 07700 900\(String(format: "%03d", i)); \(name.split(separator: " ")[0].lowercased())@mail.example", ctx("contact"))
            c.safeContactCT = try dk.seal(i % 3 == 0 ? "Text only, weekdays 10–3. Do not say the centre's name. Safe word: lighthouse." : "Phone or text any time.", ctx("safe_contact"))
            let noteTexts = (0..<notesPerClient).map { n in "Session \(n + 1). " + themes[Int(rng.next() % UInt64(themes.count))] }
            let offsets = (0..<notesPerClient).map { _ in Double(rng.next() % 86400) }
            try await app.writeTransaction { db in
                try await c.create(on: db)
                try await AuditLog.append(on: db, app: app, actor: .system, action: "client.create", object: "client:\(id)", reason: "demo data")
                for n in 0..<notesPerClient {
                    let r = ClientRecord()
                    r.id = UUID(); r.clientID = id
                    r.kind = n == 0 ? RecordKind.assessment.rawValue : (n % 11 == 5 ? RecordKind.safeguarding.rawValue : RecordKind.sessionNote.rawValue)
                    let when = c.createdAt.addingTimeInterval(Double(n) * 7 * 86400 + offsets[n])
                    r.occurredOn = Validate.day(min(when, now))
                    r.authorID = workerID; r.createdAt = min(when, now); r.updatedAt = r.createdAt
                    r.locksAt = r.createdAt.addingTimeInterval(app.confide.recordLockAfter)
                    let text = noteTexts[n]
                    r.bodyCT = try dk.seal(text, CipherContext(table: "records", row: r.id!.uuidString, field: "body"))
                    try await r.create(on: db)
                    try await AuditLog.append(on: db, app: app, actor: .system, action: "record.create",
                                              object: "client:\(id)/record:\(r.id!)", reason: "demo data")
                }
                if i % 10 == 0 {
                    let a = Attachment()
                    a.id = UUID(); a.clientID = id; a.authorID = workerID; a.contentType = "application/pdf"; a.size = pdf.count; a.createdAt = now
                    a.filenameCT = try dk.seal("referral-letter.pdf", CipherContext(table: "attachments", row: a.id!.uuidString, field: "filename"))
                    a.dataCT = try dk.seal(pdf, CipherContext(table: "attachments", row: a.id!.uuidString, field: "data"))
                    try await a.create(on: db)
                    try await AuditLog.append(on: db, app: app, actor: .system, action: "attachment.create", object: "client:\(id)/attachment:\(a.id!)", reason: "demo data")
                }
            }
        }
        // A few requests for records, as services receive them, already assessed.
        let assessor = Assessor(library: app.rulebooks)
        let withRequests = try await Client.query(on: app.db).sort(\.$reference).all().enumerated().filter { $0.offset % 8 == 3 }.map(\.element)
        for (n, client) in withRequests.enumerated() {
            let text = DemoRequests.all[n % DemoRequests.all.count](n)
            let parsed = try RequestParser.parse(text)
            _ = try await RequestsService.store(app: app, actor: .system, client: client, text: text, parsed: parsed,
                                                assessment: try assessor.assess(parsed.request))
        }
        try await seedHistory(app, assessor: assessor, avoiding: Set(withRequests.map { $0.id! }), now: now)
        return signIns()
    }

    /// A year of earlier requests, decided and closed, so that a manager trying the demo sees the statistics pages
    /// with figures (a group needs 15 or more requests before any breakdown is shown). They go to open clients
    /// without a current request, so nobody's records are put on hold by them.
    static func seedHistory(_ app: Application, assessor: Assessor, avoiding: Set<UUID>, now: Date) async throws {
        let clients = try await Client.query(on: app.db).filter(\.$status == "open").sort(\.$reference).all().filter { !avoiding.contains($0.id!) }
        guard !clients.isEmpty, let lead = try await Staff.query(on: app.db).filter(\.$role == StaffRole.disclosureLead.rawValue).first() else { return }
        let outcomes = ["refuse_invite_court_application", "comply_in_part_redacted", "seek_clarification", "refuse_invite_court_application",
                        "no_records_held", "comply_in_part_redacted", "refuse_invite_court_application"]
        for k in 0..<90 {
            let client = clients[k % clients.count]
            let received = now.addingTimeInterval(-Double(21 + (k * 331) % 340) * 86400)
            let day = Validate.day(received)
            let text = DemoRequests.all[k % DemoRequests.all.count](100 + k)
                .replacingOccurrences(of: #"received_at: [0-9T:\-]+Z"#, with: "received_at: \(day)T10:00:00Z", options: .regularExpression)
            let parsed = try RequestParser.parse(text)
            let r = try await RequestsService.store(app: app, actor: .system, client: client, text: text, parsed: parsed,
                                                    assessment: try assessor.assess(parsed.request))
            let dk = try app.keys.dataKey(for: client)
            r.decidedOutcome = outcomes[k % outcomes.count]
            r.decisionReasonCT = try dk.seal("Demo history: decided at the time.", RequestsService.ctx(r, "decision_reason"))
            r.decidedBy = lead.id!; r.decidedAt = received.addingTimeInterval(Double(5 + k % 20) * 86400)
            r.narrowedAfterReply = k % 6 == 0
            r.status = RequestStatus.closed.rawValue; r.updatedAt = r.decidedAt!
            let object = "client:\(client.id!)/request:\(r.id!)", outcome = r.decidedOutcome!
            try await app.writeTransaction { db in
                try await r.update(on: db)
                try await AuditLog.append(on: db, app: app, actor: .system, action: "request.decide", object: object, reason: "\(outcome) (demo history)")
                try await AuditLog.append(on: db, app: app, actor: .system, action: "request.status", object: object, reason: "closed")
            }
        }
    }
}

