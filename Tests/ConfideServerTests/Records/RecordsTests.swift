import Fluent
import Foundation
@testable import ConfideServer
import Testing
import VaporTesting

@Suite("Records: notes, locking, amendments, attachments, bad input")
struct RecordsTests {
    @Test func counsellorAddsANoteAndSeesIt() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex, name: "Jo Example")
            let caseload = try await alex.get("/caseload")
            #expect(caseload.text.contains("Jo Example"))
            _ = try await centre.addRecord(as: alex, client: client, body: "First session: talked about sleep.")
            let page = try await alex.get("/clients/\(client)")
            #expect(page.status == .ok)
            #expect(page.text.contains("First session: talked about sleep."))
            #expect(!page.text.contains("<title>Client Jo"), "no client name in the page title")
            let actions = try await centre.auditRows().map(\.action)
            #expect(actions.contains("client.create") && actions.contains("record.create") && actions.contains("client.view"))
        }
    }

    @Test func aRecordOpensOnItsOwnPageAndTheOpeningIsRecorded() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex, name: "Page Person")
            let record = try await centre.addRecord(as: alex, client: client, body: "Talked about the week ahead.", date: "2026-03-04")
            let page = try await alex.get("/records/\(record)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Talked about the week ahead.") && page.text.contains("Session note, 2026-03-04"))
            #expect(page.text.contains("Correct this record") && !page.text.contains("Page Person"), "her name is not on the record's page")
            #expect(try await centre.auditRows().last?.action == "record.view")
            // Another counsellor is not let in (break-glass is offered from the client page), and learns nothing.
            let bea = try await centre.signedIn("bea")
            let refused = try await bea.get("/records/\(record)")
            #expect(refused.status == .forbidden && !refused.text.contains("week ahead"))
            #expect(try await alex.get("/records/\(UUID())").status == .notFound)
        }
    }

    @Test func lockedRecordOnlyTakesAmendmentsAndTheOriginalStays() async throws {
        try await TestCentre.with({ $0.recordLockAfter = 0 }) { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex)
            let record = try await centre.addRecord(as: alex, client: client, body: "Original wording.")
            try await alex.get("/clients/\(client)")
            let edit = try await alex.post("/records/\(record)/edit", ["kind": "session_note", "occurredOn": "2026-03-02", "body": "Silently changed."])
            #expect(edit.status == .conflict)
            try await alex.get("/records/\(record)/amend")
            let noReason = try await alex.post("/records/\(record)/amendments", ["reason": "", "body": "Correction."])
            #expect(noReason.status == .unprocessableEntity)
            let ok = try await alex.post("/records/\(record)/amendments", ["reason": "date of next session was wrong", "body": "Next session is on Friday."])
            #expect(ok.status == .seeOther)
            let page = try await alex.get("/clients/\(client)")
            #expect(page.text.contains("Original wording."))
            #expect(page.text.contains("Next session is on Friday."))
            #expect(page.text.contains("date of next session was wrong"))
            #expect(!page.text.contains("Silently changed."))
        }
    }

    @Test func authorCanCorrectBeforeTheRecordLocks() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex)
            let record = try await centre.addRecord(as: alex, client: client, body: "Typo hre.")
            try await alex.get("/records/\(record)/edit")
            let res = try await alex.post("/records/\(record)/edit", ["kind": "session_note", "occurredOn": "2026-03-02", "body": "Typo here."])
            #expect(res.status == .seeOther)
            #expect(try await alex.get("/clients/\(client)").text.contains("Typo here."))
            #expect(try await centre.auditRows().contains { $0.action == "record.edit" })
        }
    }

    @Test(arguments: [
        ["kind": "session_note", "occurredOn": "2026-02-30", "body": "x"],   // impossible date
        ["kind": "session_note", "occurredOn": "2999-01-01", "body": "x"],   // future
        ["kind": "diary", "occurredOn": "2026-01-01", "body": "x"],          // unknown kind
        ["kind": "session_note", "occurredOn": "2026-01-01", "body": "   "],  // empty
    ])
    func badRecordInputIsRefusedAndWritesNothing(_ fields: [String: String]) async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex)
            let before = try await centre.app.db.query(ClientRecord.self).count()
            try await alex.get("/clients/\(client)/records/new")
            let res = try await alex.post("/clients/\(client)/records", fields)
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("There is a problem"))
            #expect(try await centre.app.db.query(ClientRecord.self).count() == before)
        }
    }

    @Test func impossibleDateOfBirthIsRefused() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            try await alex.get("/clients/new")
            let res = try await alex.post("/clients", ["name": "A Person", "dateOfBirth": "1990-13-45"])
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("must be a real date"))
            #expect(try await centre.app.db.query(Client.self).count() == 0)
        }
    }

    @Test func attachmentsAreCheckedByTheirBytesAndSize() async throws {
        try await TestCentre.with({ $0.maxUploadBytes = 1024 }) { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex)
            try await alex.get("/clients/\(client)")
            let exe = try await alex.upload("/clients/\(client)/attachments", filename: "letter.pdf", data: Data("MZ not a pdf".utf8))
            #expect(exe.status == .unprocessableEntity)
            let big = Data("%PDF-".utf8) + Data(repeating: 65, count: 4096)
            let tooBig = try await alex.upload("/clients/\(client)/attachments", filename: "big.pdf", data: big)
            #expect(tooBig.status == .unprocessableEntity)
            #expect(try await centre.app.db.query(Attachment.self).count() == 0)
            let pdf = Data("%PDF-1.4\nhello\n%%EOF\n".utf8)
            let ok = try await alex.upload("/clients/\(client)/attachments", filename: "letter.pdf", data: pdf)
            #expect(ok.status == .seeOther)
            let a = try #require(try await centre.app.db.query(Attachment.self).first())
            let dl = try await alex.get("/attachments/\(a.id!)")
            #expect(dl.status == .ok)
            #expect(Data(buffer: dl.body) == pdf)
            #expect(dl.headers.first(name: .contentDisposition)?.contains("letter") == false, "download name is neutral")
        }
    }

    @Test func unknownIdsAnswer404() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            #expect(try await alex.get("/clients/\(UUID())").status == .notFound)
            #expect(try await alex.get("/clients/not-a-uuid").status == .notFound)
            #expect(try await alex.get("/records/\(UUID())/amend").status == .notFound)
        }
    }
}
