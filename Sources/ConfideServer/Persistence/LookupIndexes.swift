import Fluent
import SQLKit

/// Indexes on the columns every page looks rows up by. Without them opening one client scans every record,
/// amendment and attachment of every client, so the time a person waits grew with the size of the database
/// (found by `confide bench http --scale`; see docs/benchmarks.md). Plain SQL that SQLite and PostgreSQL share.
struct AddLookupIndexes: AsyncMigration {
    var name: String { "0003-lookup-indexes" }

    static let indexes: [(name: String, table: String, columns: String)] = [
        ("records_client", "records", "client_id"),
        ("amendments_client", "amendments", "client_id"),
        ("amendments_record", "amendments", "record_id"),
        ("attachments_client", "attachments", "client_id"),
        ("access_grants_staff_client", "access_grants", "staff_id, client_id"),
        ("requests_client", "requests", "client_id"),
        ("requests_status", "requests", "status"),
        ("clients_worker", "clients", "allocated_worker_id"),
        ("clients_team", "clients", "team"),
        ("sessions_staff", "sessions", "staff_id"),
        ("request_letters_request", "request_letters", "request_id"),
        ("disclosures_client", "disclosures", "client_id"),
        ("survivor_codes_client", "survivor_codes", "client_id"),
        ("survivor_wishes_request", "survivor_wishes", "request_id"),
        ("survivor_wishes_client", "survivor_wishes", "client_id"),
        ("audit_entries_object", "audit_entries", "object"),
        ("audit_entries_flagged_action", "audit_entries", "flagged, action"),
    ]

    func prepare(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for i in Self.indexes {
            try await sql.raw("CREATE INDEX IF NOT EXISTS \(ident: "idx_" + i.name) ON \(ident: i.table) (\(unsafeRaw: i.columns))").run()
        }
    }

    func revert(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for i in Self.indexes { try await sql.raw("DROP INDEX IF EXISTS \(ident: "idx_" + i.name)").run() }
    }
}
