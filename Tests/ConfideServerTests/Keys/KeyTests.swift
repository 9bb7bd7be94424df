import ConfideCore
import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("Master key, tampering and rotation")
struct KeyTests {
    @Test func ciphertextMovedToAnotherRowFailsAsTampering() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let a = try await centre.openClient(as: alex, name: "First Person")
            let b = try await centre.openClient(as: alex, name: "Second Person")
            let ra = try await centre.addRecord(as: alex, client: a, body: "Note of the first person.")
            let rb = try await centre.addRecord(as: alex, client: a, body: "Another note.")
            // Same client and key, another row: the row id in the associated data must stop it.
            let recA = try #require(try await ClientRecord.find(ra, on: centre.app.db))
            try await ClientRecord.query(on: centre.app.db).filter(\.$id == rb).set(\.$bodyCT, to: recA.bodyCT).update()
            let res = try await alex.get("/clients/\(a)")
            #expect(res.status == .internalServerError)
            #expect(res.text.contains("integrity check"))
            #expect(!res.text.contains("Note of the first person."))
            // Another client's name ciphertext copied over.
            let ca = try #require(try await Client.find(a, on: centre.app.db))
            try await Client.query(on: centre.app.db).filter(\.$id == b).set(\.$nameCT, to: ca.nameCT).update()
            let res2 = try await alex.get("/clients/\(b)")
            #expect(res2.status == .internalServerError)
            #expect(!res2.text.contains("First Person"))
            #expect(LogCapture.shared.text.contains("integrity failure"))
        }
    }

    @Test func wrongMasterKeyStopsStartWithOneClearLine() async throws {
        let centre = try await TestCentre()
        let config = centre.config
        try await centre.app.asyncShutdown()
        // Replace the key with another one: start-up must refuse and write nothing.
        try FileManager.default.removeItem(atPath: config.masterKeyFile)
        try MasterKey.generate().write(to: config.masterKeyFile)
        let app = try await Application.make(.testing)
        await #expect { try await configure(app, config) } throws: { error in
            "\(error)".contains("does not open this database")
        }
        try await app.asyncShutdown()
        // A missing key is refused too, and no new key is made.
        try FileManager.default.removeItem(atPath: config.masterKeyFile)
        let app2 = try await Application.make(.testing)
        await #expect { try await configure(app2, config) } throws: { error in
            "\(error)".contains("no master key") && "\(error)".contains("restore")
        }
        try await app2.asyncShutdown()
        #expect(!FileManager.default.fileExists(atPath: config.masterKeyFile))
        try? FileManager.default.removeItem(atPath: config.dataDirectory)
    }

    @Test func newKeyFileIsPrivate() async throws {
        try await TestCentre.with { centre in
            let attrs = try FileManager.default.attributesOfItem(atPath: centre.config.masterKeyFile)
            #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        }
    }

    @Test func rotationInterruptedHalfWayResumesAndLosesNothing() async throws {
        let centre = try await TestCentre()
        let alex = try await centre.signedIn("alex")
        var clients: [UUID] = []
        for i in 0..<5 {
            let c = try await centre.openClient(as: alex, name: "Person \(i)")
            _ = try await centre.addRecord(as: alex, client: c, body: "Note number \(i).")
            clients.append(c)
        }
        let config = centre.config
        let oldID = centre.app.keys.master.id
        try await centre.app.asyncShutdown()

        try await ConfideRuntime.withApp(config, openKeys: false) { app in
            await #expect(throws: StartupError.self) { try await KeyRotation.rotate(app, resume: false, batchSize: 2, stopAfter: 2) }
        }
        // Half-way: the server refuses to start until the rotation is finished.
        let blocked = try await Application.make(.testing)
        await #expect { try await configure(blocked, config) } throws: { "\($0)".contains("rotation was interrupted") }
        try await blocked.asyncShutdown()

        let report = try await ConfideRuntime.withApp(config, openKeys: false) { app in try await KeyRotation.rotate(app, resume: true) }
        #expect(report.rewrapped == 3)
        #expect(report.newKeyID != oldID)
        #expect(FileManager.default.fileExists(atPath: report.retiredKeyFile))
        #expect(try MasterKey.load(from: config.masterKeyFile).id == report.newKeyID)

        let restarted = try await TestCentre(config: config)
        let alex2 = restarted.browser()
        #expect(try await alex2.signIn(email: "alex@centre.example", password: TestCentre.password).status == .seeOther)
        for (i, c) in clients.enumerated() {
            let page = try await alex2.get("/clients/\(c)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Note number \(i)."))
        }
        #expect(try await Client.query(on: restarted.app.db).filter(\.$masterKeyID == oldID).count() == 0)
        #expect(try await AuditLog.verify(on: restarted.app.db) != .broken(AuditBreak(kind: .changed, seq: 0, detail: "")))
        if case .broken(let b) = try await AuditLog.verify(on: restarted.app.db) { Issue.record("audit chain broken: \(b)") }
        try await restarted.shutdown()
    }
}
