import Fluent
import Foundation
@testable import ConfideServer
import Testing
import VaporTesting

extension TestCentre {
    /// Opens a client through the real form as `worker` and returns its id.
    func openClient(as b: Browser, name: String = "Test Person", dob: String = "1990-05-17", contact: String = "07700 900123") async throws -> UUID {
        try await b.get("/clients/new")
        let res = try await b.post("/clients", ["name": name, "dateOfBirth": dob, "contact": contact, "safeContact": "text only"])
        #expect(res.status == .seeOther, "opening a client answered \(res.status): \(res.text.prefix(300))")
        let loc = try #require(res.location)
        return try #require(UUID(uuidString: String(loc.dropFirst("/clients/".count))))
    }

    /// Adds a record through the real form and returns its id.
    func addRecord(as b: Browser, client: UUID, body: String, date: String = "2026-03-02", kind: String = "session_note") async throws -> UUID {
        try await b.get("/clients/\(client)/records/new")
        let res = try await b.post("/clients/\(client)/records", ["kind": kind, "occurredOn": date, "body": body])
        #expect(res.status == .seeOther, "adding a record answered \(res.status): \(res.text.prefix(300))")
        let loc = try #require(res.location)
        return try #require(UUID(uuidString: String(loc.split(separator: "#")[1].dropFirst("record-".count))))
    }
}
