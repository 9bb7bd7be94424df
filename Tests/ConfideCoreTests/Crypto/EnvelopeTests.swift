import Foundation
import Testing
@testable import ConfideCore

@Suite("Envelope encryption")
struct EnvelopeTests {
    let master = MasterKey.generate()

    @Test func roundTripThroughWrappedKey() throws {
        let dk = DataKey.generate()
        let wrapped = try KeyWrap.wrap(dk, owner: "client:1", with: master)
        let ctx = CipherContext(table: "records", row: "r1", field: "body")
        let sealed = try dk.seal("canary-7f3e session note", ctx)
        #expect(!sealed.contains(Data("canary-7f3e".utf8)))
        let again = try KeyWrap.unwrap(wrapped, owner: "client:1", with: master)
        #expect(try again.openString(sealed, ctx) == "canary-7f3e session note")
    }

    @Test func ciphertextMovedToAnotherRowOrFieldIsTampering() throws {
        let dk = DataKey.generate()
        let sealed = try dk.seal("note", CipherContext(table: "records", row: "r1", field: "body"))
        #expect(throws: ConfideCryptoError.tampered("records/body")) {
            try dk.open(sealed, CipherContext(table: "records", row: "r2", field: "body"))
        }
        #expect(throws: ConfideCryptoError.self) {
            try dk.open(sealed, CipherContext(table: "records", row: "r1", field: "title"))
        }
    }

    @Test func wrappedKeyBoundToItsOwnerAndMasterKey() throws {
        let wrapped = try KeyWrap.wrap(DataKey.generate(), owner: "client:1", with: master)
        #expect(throws: ConfideCryptoError.self) { try KeyWrap.unwrap(wrapped, owner: "client:2", with: master) }
        #expect(throws: ConfideCryptoError.self) { try KeyWrap.unwrap(wrapped, owner: "client:1", with: MasterKey.generate()) }
    }

    @Test func keyCheckRecognisesOnlyTheRightKey() throws {
        let check = try master.makeKeyCheck()
        #expect(master.verifyKeyCheck(check))
        #expect(!MasterKey.generate().verifyKeyCheck(check))
    }

    @Test func keyFileIsWrittenPrivatelyAndNeverOverwritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let path = dir.appendingPathComponent("master.key").path
        try master.write(to: path)
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try MasterKey.load(from: path).id == master.id)
        #expect(throws: ConfideCryptoError.self) { try MasterKey.generate().write(to: path) }
        try "not a key".write(toFile: path + ".bad", atomically: true, encoding: .utf8)
        #expect(throws: ConfideCryptoError.self) { try MasterKey.load(from: path + ".bad") }
    }
}
