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

extension TestCentre {
    /// Logs a request through the real intake form (pasted request file) and returns its id.
    func logRequest(as lead: Browser, client: UUID, _ document: String) async throws -> UUID {
        let c = try #require(try await Client.find(client, on: app.db))
        try await lead.get("/requests/new")
        let res = try await lead.post("/requests", ["clientReference": c.reference, "document": document])
        #expect(res.status == .seeOther, "logging a request answered \(res.status): \(res.text.prefix(400))")
        let loc = try #require(res.location)
        return try #require(UUID(uuidString: String(loc.dropFirst("/requests/".count))))
    }
}

enum RequestFixtures {
    /// A fictional police request aimed at credibility, with no authorisation or notice.
    static let credibility = """
        schema: confide.request/v1
        jurisdiction: GB-ENG-WLS
        received_at: 2026-03-02T10:00:00Z
        channel: email
        requester:
          type: police
          organisation: Westfold Constabulary
          name: DC Robin Marsh
          role: detective constable
          reply_address: robin.marsh@westfold.police.example
          identity_verified: true
        legal_basis: victim-information-request
        crime_reference: "WF/26/0099"
        case_stage: investigation
        incident: { from: 2025-12-01, to: 2025-12-01 }
        records_sought:
          kinds: [counselling-notes]
          whole_file: true
        reason: |
          We need all her counselling notes to assess her credibility and reliability as a witness.
        deadline: 2026-03-04T17:00:00Z
        records_held: true
        service:
          kind: counselling
        """
}
