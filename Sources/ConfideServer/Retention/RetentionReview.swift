import ConfideCore
import Fluent
import Foundation
import Vapor

/// Which closed cases have records past their retention period, worked out from the kinds and dates of records
/// only — never their content, so the review decrypts nothing.
struct RetentionReview {
    struct KindDue: Sendable {
        var kind: String
        var total: Int
        var due: Int
        /// When the first record of this kind not yet due comes up, if any.
        var next: String?
    }

    struct Item: Sendable {
        var clientID: UUID
        var reference: String
        var closedOn: String?
        var kinds: [KindDue]
        var onHold: Bool
        var scheduled: ShredOrder?
        var due: Int { kinds.reduce(0) { $0 + $1.due } }
        var total: Int { kinds.reduce(0) { $0 + $1.total } }
        /// Everything she has is past its period (or she has no records and the shortest period has passed).
        var wholeFileDue: Bool
        var next: String? { kinds.compactMap(\.next).min() }
    }

    let schedule: RetentionSchedule

    /// Record ids of `clientID` that are past their period on `today`, limited to `kinds` when given.
    static func dueRecords(_ db: any Database, schedule: RetentionSchedule, client: Client, kinds: [String]?, today: String) async throws -> [ClientRecord] {
        guard client.status == "closed", let closed = client.closedOn else { return [] }
        var q = ClientRecord.query(on: db).filter(\.$clientID == client.id!)
        if let kinds { q = q.filter(\.$kind ~~ kinds) }
        return try await q.all().filter { schedule.isDue(kind: $0.kind, recordDate: $0.occurredOn, caseClosedOn: closed, today: today) }
    }

    func items(_ db: any Database, today: String) async throws -> [Item] {
        let clients = try await Client.query(on: db).filter(\.$status == "closed").sort(\.$reference).all()
        guard !clients.isEmpty else { return [] }
        let ids = clients.map { $0.id! }
        let records = try await ClientRecord.query(on: db).filter(\.$clientID ~~ ids).field(\.$id).field(\.$clientID).field(\.$kind).field(\.$occurredOn).all()
        let byClient = Dictionary(grouping: records, by: \.clientID)
        let orders = try await ShredOrder.query(on: db).filter(\.$clientID ~~ ids).filter(\.$doneAt == nil).filter(\.$cancelledAt == nil).all()
        let orderByClient = Dictionary(orders.map { ($0.clientID, $0) }, uniquingKeysWith: { a, _ in a })
        let held = try await AccessPolicy.withOpenRequests(ids, on: db)
        let shortest = schedule.rules.values.map(\.years).min() ?? 1
        var out: [Item] = []
        for c in clients {
            var kinds: [KindDue] = []
            for (kind, recs) in Dictionary(grouping: byClient[c.id!] ?? [], by: \.kind).sorted(by: { $0.key < $1.key }) {
                let dates = recs.map { schedule.reviewDate(kind: kind, recordDate: $0.occurredOn, caseClosedOn: c.closedOn) }
                let due = dates.filter { ($0 ?? "9999") <= today }.count
                kinds.append(KindDue(kind: kind, total: recs.count, due: due, next: dates.compactMap { $0 }.filter { $0 > today }.min()))
            }
            let noRecordsDue = c.closedOn.flatMap { RetentionSchedule.addingYears(shortest, to: $0) }.map { $0 <= today } ?? false
            let total = kinds.reduce(0) { $0 + $1.total }, due = kinds.reduce(0) { $0 + $1.due }
            out.append(Item(clientID: c.id!, reference: c.reference, closedOn: c.closedOn, kinds: kinds,
                            onHold: held.contains(c.id!), scheduled: orderByClient[c.id!],
                            wholeFileDue: c.closedOn != nil && (total == 0 ? noRecordsDue : due == total)))
        }
        return out
    }
}
