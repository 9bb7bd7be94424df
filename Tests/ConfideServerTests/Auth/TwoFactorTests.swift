import ConfideCore
import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("Two-factor sign-in and re-authentication")
struct TwoFactorTests {
    @Test func disclosureLeadNeedsTheCodeAndAWrongOrReplayedCodeIsRefused() async throws {
        try await TestCentre.with { centre in
            let b = centre.browser()
            let first = try await b.signIn(email: "eli@centre.example", password: TestCentre.password)
            #expect(first.location == "/sign-in/code")
            #expect(try await b.get("/caseload").location == "/sign-in/code", "nothing else is open until the code is given")
            try await b.get("/sign-in/code")
            #expect(try await b.post("/sign-in/code", ["code": "000000"]).status == .unauthorized)
            let code = try #require(try await centre.totpCode("eli"))
            #expect(try await b.post("/sign-in/code", ["code": code]).location == "/caseload")
            #expect(try await b.get("/caseload").status == .ok)
            // The same code cannot be used again (a second sign-in within the same 30 seconds).
            let again = centre.browser()
            _ = try await again.signIn(email: "eli@centre.example", password: TestCentre.password)
            try await again.get("/sign-in/code")
            #expect(try await again.post("/sign-in/code", ["code": code]).status == .unauthorized)
            let actions = try await centre.auditRows().map(\.action)
            #expect(actions.contains("sign-in.password") && actions.contains("sign-in.code-failed") && actions.contains("sign-in"))
        }
    }

    @Test func apiNeedsTheCodeWithThePassword() async throws {
        try await TestCentre.with { centre in
            let t = try centre.app.testing()
            let without = try await t.sendRequest(.POST, "/api/v1/sessions", headers: ["Content-Type": "application/json"],
                                                  body: ByteBuffer(string: #"{"email":"eli@centre.example","password":"\#(TestCentre.password)"}"#))
            #expect(without.status == .unauthorized)
            #expect(without.text.contains("two-factor"))
            _ = try await centre.apiToken("eli")
        }
    }

    @Test func aNewManagerMustSetUpTwoFactorBeforeAnythingElseAndGetsRecoveryCodes() async throws {
        try await TestCentre.with { centre in
            let s = Staff(id: UUID(), email: "gus@centre.example", displayName: "Gus", passwordHash: try Bcrypt.hash(TestCentre.password, cost: 4), role: .manager, team: "Office")
            try await s.create(on: centre.app.db)
            let b = centre.browser()
            #expect(try await b.signIn(email: "gus@centre.example", password: TestCentre.password).location == "/account/two-factor")
            #expect(try await b.get("/admin/staff").location == "/account/two-factor")
            let setup = try await b.get("/account/two-factor")
            #expect(setup.text.contains("otpauth://totp/"))
            let stored = try #require(try await Staff.find(s.id, on: centre.app.db)?.totpSecretCT)
            let secret = try centre.app.keys.openStaffSecret(stored, staffID: s.id!)
            #expect(!stored.contains(secret), "the secret is stored sealed")
            #expect(try await b.post("/account/two-factor", ["action": "enable", "code": "123456"]).status == .unprocessableEntity)
            let done = try await b.post("/account/two-factor", ["action": "enable", "code": TOTP(secret: secret).code()])
            #expect(done.status == .ok)
            let recovery = done.text.matches(of: /[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}/).map { String($0.output) }
            #expect(recovery.count == 10)
            #expect(try await b.get("/admin/staff").status == .ok)
            // A recovery code signs in once.
            let lost = centre.browser()
            _ = try await lost.signIn(email: "gus@centre.example", password: TestCentre.password)
            try await lost.get("/sign-in/code")
            #expect(try await lost.post("/sign-in/code", ["code": recovery[0]]).location == "/caseload")
            let reuse = centre.browser()
            _ = try await reuse.signIn(email: "gus@centre.example", password: TestCentre.password)
            try await reuse.get("/sign-in/code")
            #expect(try await reuse.post("/sign-in/code", ["code": recovery[0]]).status == .unauthorized)
        }
    }

    @Test func exportNeedsRecentAuthentication() async throws {
        try await TestCentre.with({ $0.reauthWindow = 0 }) { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex)
            let eli = try await centre.signedIn("eli")
            let request = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
            try await eli.get("/requests/\(request)")
            let saved = try await eli.post("/requests/\(request)/letters", ["kind": "reply", "body": "Dear officer"])
            let pdfPath = try #require(saved.location) + "/pdf"
            let blocked = try await eli.get(pdfPath)
            #expect(blocked.status == .seeOther)
            #expect(blocked.location?.hasPrefix("/reauth?next=") == true)
            try await eli.get("/reauth?next=/caseload")
            #expect(try await eli.post("/reauth", ["password": "wrong", "code": "", "next": pdfPath]).status == .unauthorized)
            #expect(try await centre.auditRows().contains { $0.action == "reauth.failed" })
        }
    }

    @Test func nextAfterReauthStaysOnThisSite() {
        #expect(TwoFactorPages.safeNext("//evil.example/x") == "/caseload")
        #expect(TwoFactorPages.safeNext("https://evil.example") == "/caseload")
        #expect(TwoFactorPages.safeNext("/requests/1") == "/requests/1")
    }
}
