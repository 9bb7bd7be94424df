import ConfideCore
import Crypto
import Fluent
import Foundation
import Vapor

/// The national hub: centres' public keys, their accepted returns, and the national tables made from them.
enum Hub {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func register(_ app: Application, centre: String, publicKey: String) async throws {
        guard StatisticsReturn.isValidCentreID(centre) else { throw Failure(description: "\"\(centre)\" is not a valid centre id (a–z, 0–9, - _ .)") }
        guard let raw = HexBytes.decode(publicKey), (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
            throw Failure(description: "the public key must be a hex Ed25519 key (from `confide stats centre-key` at the centre)")
        }
        try await app.writeTransaction { db in
            if let existing = try await HubCentre.find(centre, on: db) {
                guard existing.publicKey == publicKey else { throw Failure(description: "centre \(centre) is already registered with another key; nothing changed") }
                return
            }
            let c = HubCentre(); c.id = centre; c.publicKey = publicKey; c.registeredAt = Date()
            try await c.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: .system, action: "hub.register", object: "centre:\(centre)")
        }
    }

    static func registry(_ db: any Database) async throws -> CentreKeyRegistry {
        var r = CentreKeyRegistry()
        for c in try await HubCentre.query(on: db).all() {
            if let raw = HexBytes.decode(c.publicKey), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) {
                r.register(centre: c.id!, publicKey: key)
            }
        }
        return r
    }

    /// Verifies every file first; one bad return (signature, unknown centre, duplicate, changed) refuses the
    /// whole batch with its reason, and nothing is merged.
    static func importReturns(_ app: Application, files: [(name: String, data: Data)]) async throws -> [VerifiedReturn] {
        let existing = try await HubReturn.query(on: app.db).all()
        let accepted = AcceptedReturns(existing.compactMap { r in (try? Period.parse(r.period)).map { (r.centre, $0, r.contentHash) } })
        let verified: [VerifiedReturn]
        do { verified = try ReturnVerifier.verifyAll(files, registry: try await registry(app.db), accepted: accepted) }
        catch { throw Failure(description: "\(error); nothing was merged") }
        let byName = Dictionary(files.map { ($0.name, $0.data) }, uniquingKeysWith: { a, _ in a })
        try await app.writeTransaction { db in
            for (i, v) in verified.enumerated() {
                let row = HubReturn()
                row.id = UUID(); row.centre = v.centre; row.period = v.period.description; row.contentHash = v.contentHash
                row.data = byName[files[i].name] ?? files[i].data; row.importedAt = Date()
                try await row.create(on: db)
                try await AuditLog.append(on: db, app: app, actor: .system, action: "hub.import", object: "centre:\(v.centre)/period:\(v.period)")
            }
        }
        return verified
    }

    static func national(_ db: any Database, registry: CentreKeyRegistry? = nil) async throws -> [NationalTables] {
        let known = try await self.registry(db)
        let reg = registry ?? known
        let rows = try await HubReturn.query(on: db).all()
        let verified = rows.compactMap { try? ReturnVerifier.verify($0.data, registry: reg, accepted: AcceptedReturns()) }
        return try NationalTables.mergeByPeriod(verified)
    }
}
