import ConfideCore
import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("Backups")
struct BackupTests {
    @Test func encryptedBackupRestoresIntoANewDatabaseWithNothingInPlaintext() async throws {
        let canary = "CANARY" + UUID().uuidString.prefix(12)
        let centre = try await TestCentre()
        let alex = try await centre.signedIn("alex")
        let client = try await centre.openClient(as: alex, name: "Backed \(canary)")
        _ = try await centre.addRecord(as: alex, client: client, body: "Note with \(canary).")
        let file = centre.dir + "/backup.cbk"
        let (id, counts) = try await Backup.write(centre.app, to: file)
        #expect((counts["records"] ?? 0) == 1)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(bytes.range(of: Data(canary.utf8)) == nil, "no plaintext in the backup")
        #expect(bytes.range(of: Data("alex@centre.example".utf8)) == nil, "not even staff emails")
        let escrow = try Data(contentsOf: URL(fileURLWithPath: Backup.escrowDirectory(centre.config) + "/\(id).json"))
        #expect(escrow.range(of: Data(canary.utf8)) == nil)
        // Restore into a fresh folder (or schema) with the same master key.
        var target = TestCentre.makeConfig(dir: centre.dir + "/restored")
        target.masterKeyFile = centre.config.masterKeyFile
        target.keyEscrowDirectory = Backup.escrowDirectory(centre.config)
        try await centre.app.asyncShutdown()
        let (rows, verdict) = try await ConfideRuntime.withApp(target, openKeys: false, requireExistingDatabase: false) { app in
            try await Backup.restore(app, from: file, masterKeyFiles: [target.masterKeyFile])
        }
        #expect(rows > 5)
        guard case .intact = verdict else { Issue.record("audit chain after restore: \(verdict)"); return }
        let restored = try await TestCentre(config: target)
        let again = restored.browser()
        #expect(try await again.signIn(email: "alex@centre.example", password: TestCentre.password).status == .seeOther)
        let page = try await again.get("/clients/\(client)")
        #expect(page.text.contains("Note with \(canary)."))
        try await restored.shutdown()
        try? FileManager.default.removeItem(atPath: centre.dir)
    }

    /// A backup made before migration 0007 holds audit rows as columns (the model's keys then), with no body.
    @Test func auditRowsFromABackupMadeBeforeMigration0007ComeBackAsFormatOneEntries() throws {
        let e = AuditEntry.next(after: nil, at: "2025-05-01T09:00:00.000Z", actor: "staff:1", role: "counsellor", action: "record.view",
                                object: "record:1", reason: "said \"now\"", flagged: true, format: .v1)
        let old: [String: Any] = ["id": e.seq, "at": e.at, "actor": e.actor, "role": e.role, "action": e.action, "object": e.object,
                                  "reason": e.reason, "flagged": e.flagged, "prevHash": e.prevHash, "hash": e.hash]
        let row = try JSONDecoder().decode(Backup.BackedUpAuditRow.self, from: JSONSerialization.data(withJSONObject: old))
        let back = try row.entry()
        #expect(back == e && back.format == .v1 && back.computeHash() == e.hash)
        #expect(back.body.hasPrefix("{\"v\":1,"))
        var incomplete = old
        incomplete["actor"] = nil
        let bad = try JSONDecoder().decode(Backup.BackedUpAuditRow.self, from: JSONSerialization.data(withJSONObject: incomplete))
        #expect(throws: Backup.Failure.self) { try bad.entry() }
    }

    @Test func aDamagedOrForeignBackupIsRefusedAndChangesNothing() async throws {
        try await TestCentre.with { centre in
            let file = centre.dir + "/b.cbk"
            _ = try await Backup.write(centre.app, to: file)
            var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            bytes[bytes.count - 5] ^= 0xFF
            try bytes.write(to: URL(fileURLWithPath: file + ".bad"))
            var target = TestCentre.makeConfig(dir: centre.dir + "/t")
            target.masterKeyFile = centre.config.masterKeyFile
            await #expect { try await ConfideRuntime.withApp(target, openKeys: false, requireExistingDatabase: false) { app in
                try await Backup.restore(app, from: file + ".bad", masterKeyFiles: [target.masterKeyFile]) } } throws: { "\($0)".contains("integrity") }
            let other = centre.dir + "/other.key"
            try MasterKey.generate().write(to: other)
            await #expect { try await ConfideRuntime.withApp(target, openKeys: false, requireExistingDatabase: false) { app in
                try await Backup.restore(app, from: file, masterKeyFiles: [other]) } } throws: { "\($0)".contains("master key") }
        }
    }
}
