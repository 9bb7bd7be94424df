import Fluent
import Foundation
@testable import ConfideServer
import Testing
import VaporTesting

/// What must always hold: protected text never reaches the disk or the log in plaintext.
@Suite("Canary: no plaintext at rest or in logs")
struct CanaryTests {
    @Test func canaryInNoteNameAndAttachmentIsNowhereOnDiskOrInTheLog() async throws {
        try await TestCentre.with { centre in
            let canary = "CANARY" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex, name: "Nadia \(canary)name", contact: "\(canary)@mail.example")
            let record = try await centre.addRecord(as: alex, client: client, body: "She said \(canary)note during the session.")
            let pdf = Data("%PDF-1.4\n% \(canary)attachment\n%%EOF\n".utf8)
            let up = try await alex.upload("/clients/\(client)/attachments", filename: "\(canary)-letter.pdf", data: pdf)
            #expect(up.status == .seeOther)
            // Amend and read it back, so every code path that touches the text has run.
            try await centre.app.db.query(ClientRecord.self).filter(\.$id == record).set(\.$locksAt, to: Date()).update()
            try await alex.get("/records/\(record)/amend")
            let amended = try await alex.post("/records/\(record)/amendments", ["reason": "\(canary)reason", "body": "\(canary)amendment"])
            #expect(amended.status == .seeOther)
            let page = try await alex.get("/clients/\(client)")
            #expect(page.text.contains("\(canary)note"), "the signed-in worker sees the note")
            #expect(page.text.contains("\(canary)amendment"))

            guard !TestCentre.usingPostgres else { return }
            let base = centre.config.sqlitePath
            var checked = 0
            for path in [base, base + "-wal", base + "-shm"] where FileManager.default.fileExists(atPath: path) {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                #expect(bytes.range(of: Data(canary.utf8)) == nil, "canary found in \(path)")
                checked += 1
            }
            #expect(checked >= 2, "the database file and its WAL were checked")
            #expect(!LogCapture.shared.text.contains(canary), "canary found in the server log")
            #expect(LogCapture.shared.text.contains("POST"), "the log capture really captured the server's log")
        }
    }
}
