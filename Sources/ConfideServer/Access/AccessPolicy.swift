import Fluent
import Foundation
import Vapor

/// Who may read a client's protected data. Least privilege: a worker sees her own caseload, a supervisor
/// her team, a disclosure lead the clients with an open request; anything else needs a recorded reason.
enum AccessPolicy {
    enum Decision: Equatable {
        case allowed(String)   // the basis, e.g. "own caseload"
        case needsBreakGlass
    }

    static func hasOpenRequest(_ clientID: UUID, on db: any Database) async throws -> Bool {
        try await !withOpenRequests([clientID], on: db).isEmpty
    }

    /// The clients among `ids` with an open request, in one query (lists ask this for every client they show).
    static func withOpenRequests(_ ids: [UUID], on db: any Database) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        return Set(try await RecordsRequest.query(on: db).filter(\.$clientID ~~ ids)
            .filter(\.$status !~ RecordsRequest.closedStatuses).field(\.$clientID).all().map(\.clientID))
    }

    static func decide(_ staff: StaffContext, _ client: Client, on db: any Database) async throws -> Decision {
        switch staff.role {
        case .counsellor where client.allocatedWorkerID == staff.staffID:
            return .allowed("own caseload")
        case .supervisor where client.team == staff.team || client.allocatedWorkerID == staff.staffID:
            return .allowed("team")
        case .disclosureLead where try await hasOpenRequest(client.id!, on: db):
            return .allowed("open request")
        default:
            break
        }
        let grant = try await AccessGrant.query(on: db).filter(\.$staffID == staff.staffID)
            .filter(\.$clientID == client.id!).filter(\.$expiresAt > Date()).first()
        return grant == nil ? .needsBreakGlass : .allowed("break-glass")
    }

    /// Which clients appear in a person's caseload list.
    static func caseload(_ staff: StaffContext, on db: any Database) async throws -> [Client] {
        let q = Client.query(on: db).filter(\.$status != "shredded").sort(\.$reference)
        switch staff.role {
        case .counsellor: return try await q.filter(\.$allocatedWorkerID == staff.staffID).all()
        case .supervisor: return try await q.filter(\.$team == staff.team).all()
        case .disclosureLead:
            let ids = try await RecordsRequest.query(on: db).filter(\.$status !~ RecordsRequest.closedStatuses).all().map(\.clientID)
            return try await q.filter(\.$id ~~ ids).all()
        case .manager: return try await q.all()
        }
    }
}
