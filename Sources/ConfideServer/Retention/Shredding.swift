import ConfideCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Deleting a client for good is crypto-shredding: her data key is destroyed — in the database and in the key
/// escrow, so earlier backups cannot decrypt her either — and her ciphertexts are removed. It is scheduled with a
/// cancellation window, never while a request keeps her records on legal hold, and the audit chain keeps working
/// (entries hold ids, never content).
enum Shredding {
    /// Schedules deleting the whole client (at any time: her request to erase, or her whole file past its
    /// period), or, with `onlyDueRecords`, the records of a closed case that are past their retention period.
    static func schedule(_ req: Request, clientID: UUID, reason: String?, onlyDueRecords: Bool = false) async throws -> ShredOrder {
        let s = try req.requireStaff()
        guard s.role == .manager else { throw Abort(.forbidden, reason: "Only the centre manager can delete a client for good.") }
        guard let client = try await Client.find(clientID, on: req.db), client.status != "shredded" else { throw Abort(.notFound, reason: "There is no client with that id.") }
        var p: [(field: String, message: String)] = []
        guard let why = Validate.text(reason, field: "reason", label: "the reason", min: 10, max: 300, into: &p) else { throw ValidationFailure(problems: p) }
        if try await AccessPolicy.hasOpenRequest(clientID, on: req.db) {
            throw Abort(.conflict, reason: "This client's records are on legal hold while a request is open. They cannot be deleted.")
        }
        if try await ShredOrder.query(on: req.db).filter(\.$clientID == clientID).filter(\.$cancelledAt == nil).filter(\.$doneAt == nil).count() > 0 {
            throw Abort(.conflict, reason: "Deletion of this client is already scheduled.")
        }
        var kinds: [String]? = nil
        if onlyDueRecords {
            let due = try await RetentionReview.dueRecords(req.db, schedule: req.application.retentionSchedule, client: client, kinds: nil, today: BundleService.day(Date()))
            guard !due.isEmpty else { throw Abort(.conflict, reason: "None of this client's records is past its retention period.") }
            kinds = Array(Set(due.map(\.kind))).sorted()
        }
        let o = ShredOrder()
        o.id = UUID(); o.clientID = clientID; o.requestedBy = s.staffID; o.requestedAt = Date(); o.kinds = kinds?.joined(separator: ",")
        o.dueAt = Date().addingTimeInterval(req.application.confide.shredCancellationWindow)
        try await req.writeTransaction { [app = req.application, kinds] db in
            try await o.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: kinds == nil ? "client.shred-scheduled" : "records.delete-scheduled",
                                      object: "client:\(clientID)", reason: why + (kinds.map { "; kinds \($0.joined(separator: ","))" } ?? ""))
        }
        return o
    }

    static func cancel(_ req: Request, orderID: UUID) async throws -> UUID {
        let s = try req.requireStaff()
        guard s.role == .manager || s.role == .disclosureLead else { throw Abort(.forbidden, reason: "Only the manager or the disclosure lead can cancel a deletion.") }
        guard let o = try await ShredOrder.find(orderID, on: req.db), o.doneAt == nil, o.cancelledAt == nil else {
            throw Abort(.notFound, reason: "There is no pending deletion with that id.")
        }
        o.cancelledAt = Date()
        try await req.writeTransaction { [app = req.application] db in
            try await o.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "client.shred-cancelled", object: "client:\(o.clientID)")
        }
        return o.clientID
    }

    /// Carries out every deletion whose window has passed (`confide retention run`, or daily from a timer).
    /// A deletion whose client is now on legal hold waits.
    static func runDue(_ app: Application, now: Date = Date()) async throws -> (done: Int, held: Int) {
        var done = 0, held = 0
        for o in try await ShredOrder.query(on: app.db).filter(\.$doneAt == nil).filter(\.$cancelledAt == nil).filter(\.$dueAt <= now).all() {
            if try await AccessPolicy.hasOpenRequest(o.clientID, on: app.db) { held += 1; continue }
            if o.kindList != nil { try await deleteDueRecords(app, order: o, now: now) } else { try await shred(app, order: o) }
            done += 1
        }
        if done > 0, app.confide.databaseURL == nil {
            // Push the overwritten pages out of the write-ahead log too.
            try await (app.db as! any SQLDatabase).raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
        }
        return (done, held)
    }

    /// Deletes the records of the order's kinds that are past their period today — worked out again now, so a
    /// record that is not yet due never goes — with their amendments and attachments and any bundle workings.
    /// Copies of bundles already released stay: they are the record of what was disclosed.
    static func deleteDueRecords(_ app: Application, order o: ShredOrder, now: Date) async throws {
        let schedule = app.retentionSchedule
        let today = BundleService.day(now)
        try await app.writeTransaction { db in
            guard let client = try await Client.find(o.clientID, on: db) else { return }
            let due = try await RetentionReview.dueRecords(db, schedule: schedule, client: client, kinds: o.kindList, today: today)
            let ids = due.map { $0.id! }
            if !ids.isEmpty {
                try await BundleDecisionRow.query(on: db).filter(\.$recordID ~~ ids).delete()
                try await BundleItem.query(on: db).filter(\.$recordID ~~ ids).delete()
                try await Amendment.query(on: db).filter(\.$recordID ~~ ids).delete()
                try await Attachment.query(on: db).filter(\.$recordID ~~ ids).delete()
                try await ClientRecord.query(on: db).filter(\.$id ~~ ids).delete()
            }
            o.doneAt = Date()
            try await o.update(on: db)
            let counts = Dictionary(grouping: due, by: \.kind).map { "\($0.key) \($0.value.count)" }.sorted().joined(separator: ", ")
            try await AuditLog.append(on: db, app: app, actor: .system, action: "records.retention-delete", object: "client:\(o.clientID)",
                                      reason: ids.isEmpty ? "nothing past its period" : counts)
        }
    }

    static func shred(_ app: Application, order o: ShredOrder) async throws {
        let id = o.clientID
        // The escrow first: if anything below fails, the key is already gone from backups' reach.
        try Backup.forget(clientID: id, config: app.confide)
        try await app.writeTransaction { db in
            // Prepared bundles hold her redacted records: they go too (the accounting keeps that they were sent).
            for b in try await DisclosureBundle.query(on: db).filter(\.$clientID == id).all() {
                try await BundleCopy.query(on: db).filter(\.$bundleID == b.id!).delete()
                try await BundleDecisionRow.query(on: db).filter(\.$bundleID == b.id!).delete()
                try await BundleItem.query(on: db).filter(\.$bundleID == b.id!).delete()
                try await b.delete(on: db)
            }
            try await Amendment.query(on: db).filter(\.$clientID == id).delete()
            try await Attachment.query(on: db).filter(\.$clientID == id).delete()
            try await ClientRecord.query(on: db).filter(\.$clientID == id).delete()
            try await SurvivorWish.query(on: db).filter(\.$clientID == id).delete()
            try await SurvivorCode.query(on: db).filter(\.$clientID == id).delete()
            try await SurvivorSession.query(on: db).filter(\.$clientID == id).delete()
            try await AccessGrant.query(on: db).filter(\.$clientID == id).delete()
            try await RequestLetter.query(on: db).filter(\.$clientID == id).delete()
            // Requests and disclosures stay as counted facts (statistics, accounting); their identifying parts
            // are ciphertext under the key destroyed below, so they can never be read again.
            guard let c = try await Client.find(id, on: db) else { return }
            c.wrappedKey = Data(); c.nameCT = Data(); c.dobCT = Data(); c.contactCT = Data(); c.safeContactCT = Data(); c.contactPrefsCT = nil
            c.status = "shredded"
            try await c.update(on: db)
            o.doneAt = Date()
            try await o.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: .system, action: "client.shred", object: "client:\(id)")
        }
    }
}
