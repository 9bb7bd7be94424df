import ConfideCore
import Fluent
import Foundation
import SwiftCSV
import Vapor

/// `confide import`: brings clients and records over from a previous case-management system. Every row is
/// checked first; one bad cell stops the whole import with its row and column, and nothing is written.
public enum CSVImport {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static let clientColumns = ["reference", "name", "date_of_birth", "contact", "safe_contact", "allocated_worker_email"]
    public static let recordColumns = ["client_reference", "kind", "date", "body", "author_email"]

    static func table(_ path: String, expect columns: [String]) throws -> [[String: String]] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch { throw Failure(description: "cannot read \(path) as UTF-8 text") }
        let csv: EnumeratedCSV
        do { csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false) }
        catch { throw Failure(description: "\(path) is not valid CSV: \(error)") }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for c in columns where !header.contains(c) { throw Failure(description: "\(path): the header has no column \"\(c)\" (expected \(columns.joined(separator: ",")))") }
        return try csv.rows.enumerated().map { (i, row) in
            guard row.count == header.count else { throw Failure(description: "\(path) row \(i + 2): \(row.count) cells, but the header has \(header.count)") }
            return Dictionary(zip(header, row), uniquingKeysWith: { a, _ in a })
        }
    }

    public struct Summary: Sendable { public var clients = 0; public var records = 0 }

    public static func run(_ app: Application, clientsFile: String?, recordsFile: String?) async throws -> Summary {
        let staff = try await Staff.query(on: app.db).all()
        let byEmail = Dictionary(staff.map { ($0.email, $0) }, uniquingKeysWith: { a, _ in a })
        let existing = try await Client.query(on: app.db).all()
        var references = Set(existing.map(\.reference))
        var keysByReference: [String: (Client, DataKey)] = [:]
        for c in existing { keysByReference[c.reference] = (c, try app.keys.dataKey(for: c)) }

        // 1. Check and encrypt everything in memory.
        var newClients: [Client] = []
        if let f = clientsFile {
            for (i, row) in try table(f, expect: clientColumns).enumerated() {
                func bad(_ col: String, _ msg: String) -> Failure { Failure(description: "\(f) row \(i + 2), column \(col): \(msg)") }
                var p: [(field: String, message: String)] = []
                guard let name = Validate.text(row["name"], field: "name", label: "a name", max: 200, into: &p) else { throw bad("name", p[0].message) }
                guard let dob = Validate.date(row["date_of_birth"], field: "date_of_birth", label: "the date of birth", into: &p) else { throw bad("date_of_birth", p[0].message) }
                let contact = Validate.text(row["contact"], field: "contact", label: "contact", min: 0, max: 2000, into: &p)
                let safe = Validate.text(row["safe_contact"], field: "safe_contact", label: "safe contact", min: 0, max: 2000, into: &p)
                if let m = p.first { throw bad(m.field, m.message) }
                guard let worker = byEmail[(row["allocated_worker_email"] ?? "").lowercased()], worker.active else {
                    throw bad("allocated_worker_email", "no active member of staff has that email")
                }
                var ref = (row["reference"] ?? "").trimmingCharacters(in: .whitespaces)
                if ref.isEmpty { ref = "IMPORT-\(i + 1)" }
                guard ref.count <= 40, ref.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" }) else { throw bad("reference", "use letters, digits, - and / only") }
                guard !references.contains(ref) else { throw bad("reference", "\(ref) is already in use") }
                references.insert(ref)
                let id = UUID()
                let (dk, wrapped) = try app.keys.newDataKey(for: id)
                let c = Client()
                c.id = id; c.reference = ref; c.allocatedWorkerID = worker.id!; c.team = worker.team; c.wrappedKey = wrapped
                c.masterKeyID = app.keys.master.id; c.status = "open"; c.createdAt = Date()
                func ctx(_ field: String) -> CipherContext { CipherContext(table: "clients", row: id.uuidString, field: field) }
                c.nameCT = try dk.seal(name, ctx("name")); c.dobCT = try dk.seal(dob, ctx("dob"))
                c.contactCT = try dk.seal(contact ?? "", ctx("contact")); c.safeContactCT = try dk.seal(safe ?? "", ctx("safe_contact"))
                newClients.append(c)
                keysByReference[ref] = (c, dk)
            }
        }
        var newRecords: [ClientRecord] = []
        if let f = recordsFile {
            for (i, row) in try table(f, expect: recordColumns).enumerated() {
                func bad(_ col: String, _ msg: String) -> Failure { Failure(description: "\(f) row \(i + 2), column \(col): \(msg)") }
                guard let (client, dk) = keysByReference[(row["client_reference"] ?? "").trimmingCharacters(in: .whitespaces)] else {
                    throw bad("client_reference", "no client has that reference (import clients first, or in the same run)")
                }
                guard let kind = RecordKind(rawValue: (row["kind"] ?? "").trimmingCharacters(in: .whitespaces)) else {
                    throw bad("kind", "must be one of \(RecordKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                var p: [(field: String, message: String)] = []
                guard let date = Validate.date(row["date"], field: "date", label: "the date", earliest: "1990-01-01", into: &p) else { throw bad("date", p[0].message) }
                guard let body = Validate.text(row["body"], field: "body", label: "the record", max: 100_000, into: &p) else { throw bad("body", p[0].message) }
                guard let author = byEmail[(row["author_email"] ?? "").lowercased()] else { throw bad("author_email", "no member of staff has that email") }
                let r = ClientRecord()
                r.id = UUID(); r.clientID = client.id!; r.kind = kind.rawValue; r.occurredOn = date; r.authorID = author.id!
                r.createdAt = Date(); r.updatedAt = r.createdAt
                r.locksAt = r.createdAt   // historical records arrive locked: later changes are amendments
                r.bodyCT = try dk.seal(body, CipherContext(table: "records", row: r.id!.uuidString, field: "body"))
                newRecords.append(r)
            }
        }

        // 2. Write everything, with its audit entries, in one transaction.
        let clients = newClients, records = newRecords
        try await app.writeTransaction { db in
            for c in clients {
                try await c.create(on: db)
                try await AuditLog.append(on: db, app: app, actor: .system, action: "client.import", object: "client:\(c.id!)")
            }
            for r in records {
                try await r.create(on: db)
                try await AuditLog.append(on: db, app: app, actor: .system, action: "record.import", object: "client:\(r.clientID)/record:\(r.id!)")
            }
        }
        return Summary(clients: clients.count, records: records.count)
    }
}
