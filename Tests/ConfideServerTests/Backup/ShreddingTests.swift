import ConfideCore
import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("Retention and crypto-shredding")
struct ShreddingTests {
    @Test func shreddingWaitsForItsWindowIsBlockedByLegalHoldAndReachesBackups() async throws {
        let canary = "CANARY" + UUID().uuidString.prefix(12)
        let centre = try await TestCentre({ $0.shredCancellationWindow = 0 })
        let alex = try await centre.signedIn("alex")
        let client = try await centre.openClient(as: alex, name: "Shred \(canary)")
        _ = try await centre.addRecord(as: alex, client: client, body: "Note \(canary).")
        let keep = try await centre.openClient(as: alex, name: "Kept Person")
        _ = try await centre.addRecord(as: alex, client: keep, body: "Kept note.")
        let backupFile = centre.dir + "/before.cbk"
        _ = try await Backup.write(centre.app, to: backupFile)

        let fran = try await centre.signedIn("fran")
        let eli = try await centre.signedIn("eli")
        // Legal hold: an open request stops it.
        let request = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
        try await fran.get("/retention")
        #expect(try await fran.post("/clients/\(client)/shred", ["reason": "Retention period ended"]).status == .conflict)
        try await eli.get("/requests/\(request)")
        try await eli.post("/requests/\(request)/status", ["status": "withdrawn"])
        try await eli.post("/requests/\(request)/status", ["status": "closed"])
        // Not for counsellors; a cancelled order does nothing.
        #expect(try await alex.post("/clients/\(client)/shred", ["reason": "Retention period ended"]).status == .forbidden)
        #expect(try await fran.post("/clients/\(client)/shred", ["reason": "Retention period ended"]).status == .seeOther)
        let order = try #require(try await ShredOrder.query(on: centre.app.db).first())
        try await fran.get("/retention")
        #expect(try await fran.post("/shred-orders/\(order.id!)/cancel", [:]).status == .seeOther)
        #expect(try await Shredding.runDue(centre.app).done == 0)
        #expect(try await fran.post("/clients/\(client)/shred", ["reason": "She asked us to delete everything"]).status == .seeOther)
        let result = try await Shredding.runDue(centre.app)
        #expect(result.done == 1)

        #expect(try await alex.get("/clients/\(client)").status == .gone)
        #expect(try await alex.get("/clients/\(keep)").text.contains("Kept note."))
        if case .broken(let b) = try await AuditLog.verify(on: centre.app.db) { Issue.record("audit chain: \(b)") }
        if !TestCentre.usingPostgres {
            for path in [centre.config.sqlitePath, centre.config.sqlitePath + "-wal"] where FileManager.default.fileExists(atPath: path) {
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)).range(of: Data(canary.utf8)) == nil)
            }
        }
        // The backup from before cannot decrypt her any more; the other client is still there.
        var target = TestCentre.makeConfig(dir: centre.dir + "/restored")
        target.masterKeyFile = centre.config.masterKeyFile
        target.keyEscrowDirectory = Backup.escrowDirectory(centre.config)
        try await centre.app.asyncShutdown()
        _ = try await ConfideRuntime.withApp(target, openKeys: false, requireExistingDatabase: false) { app in
            try await Backup.restore(app, from: backupFile, masterKeyFiles: [target.masterKeyFile])
        }
        let restored = try await TestCentre(config: target)
        let again = restored.browser()
        _ = try await again.signIn(email: "alex@centre.example", password: TestCentre.password)
        let kept = try await again.get("/clients/\(keep)")
        #expect(kept.text.contains("Kept note."), "\(kept.status) \(kept.location ?? "") \(kept.text.prefix(300))")
        let gone = try await again.get("/clients/\(client)")
        #expect(gone.status != .ok)
        #expect(!gone.text.contains(canary))
        try await restored.shutdown()
        try? FileManager.default.removeItem(atPath: centre.dir)
    }
}
