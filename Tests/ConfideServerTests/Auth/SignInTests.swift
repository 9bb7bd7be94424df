import Fluent
import Foundation
@testable import ConfideServer
import Testing
import VaporTesting

@Suite("Sign-in, sessions and CSRF")
struct SignInTests {
    @Test func sessionCookieIsHttpOnlyAndSameSiteStrict() async throws {
        try await TestCentre.with { centre in
            let b = centre.browser()
            try await b.get("/sign-in")
            let res = try await b.post("/sign-in", ["email": "alex@centre.example", "password": TestCentre.password])
            let cookie = try #require(res.headers[.setCookie].first { $0.hasPrefix("confide_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"), "plain HTTP on loopback: not Secure unless configured")
            let stored = try await centre.app.db.query(StaffSession.self).all()
            let token = String(cookie.split(separator: ";")[0].dropFirst("confide_session=".count))
            #expect(!stored.contains { $0.tokenHash == token }, "only a hash of the token is stored")
        }
    }

    @Test func secureCookiesWhenConfigured() async throws {
        try await TestCentre.with({ $0.secureCookies = true }) { centre in
            let b = centre.browser()
            try await b.get("/sign-in")
            let res = try await b.post("/sign-in", ["email": "alex@centre.example", "password": TestCentre.password])
            #expect(res.headers[.setCookie].first { $0.hasPrefix("confide_session=") }?.contains("Secure") == true)
        }
    }

    @Test func lockoutAfterRepeatedFailures() async throws {
        try await TestCentre.with { centre in
            let b = centre.browser()
            for _ in 0..<5 {
                let res = try await b.signIn(email: "alex@centre.example", password: "wrong-password-123")
                #expect(res.status == .unauthorized)
            }
            let right = try await b.signIn(email: "alex@centre.example", password: TestCentre.password)
            #expect(right.status == .unauthorized, "the right password is refused while locked")
            let staff = try #require(try await Staff.find(centre.staff["alex"], on: centre.app.db))
            #expect((staff.lockedUntil ?? .distantPast) > Date())
            #expect(try await centre.auditRows().filter { $0.action == "sign-in.failed" }.count == 6)
            // The manager can unlock.
            let fran = try await centre.signedIn("fran")
            try await fran.get("/admin/staff")
            #expect(try await fran.post("/admin/staff/\(centre.staff["alex"]!)", ["action": "unlock"]).status == .seeOther)
            #expect(try await b.signIn(email: "alex@centre.example", password: TestCentre.password).status == .seeOther)
        }
    }

    @Test func unknownEmailGetsTheSameAnswer() async throws {
        try await TestCentre.with { centre in
            let res = try await centre.browser().signIn(email: "nobody@centre.example", password: "whatever-password")
            #expect(res.status == .unauthorized)
            #expect(res.text.contains("email address or password is not right"))
        }
    }

    @Test func formWithoutCSRFTokenIsRefusedAndChangesNothing() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let res = try await alex.post("/clients", ["name": "Forged Person", "dateOfBirth": "1990-01-01"], csrf: false)
            #expect(res.status == .forbidden)
            let forged = try await alex.post("/clients", ["name": "Forged Person", "dateOfBirth": "1990-01-01", "_csrf": "forged-token"])
            #expect(forged.status == .forbidden)
            #expect(try await centre.app.db.query(Client.self).count() == 0)
            let signIn = try await centre.browser().post("/sign-in", ["email": "alex@centre.example", "password": TestCentre.password], csrf: false)
            #expect(signIn.status == .forbidden)
        }
    }

    @Test func idleSessionExpires() async throws {
        try await TestCentre.with({ $0.idleTimeout = 4 }) { centre in
            let alex = try await centre.signedIn("alex")
            #expect(try await alex.get("/caseload").status == .ok)
            try await Task.sleep(nanoseconds: 5_000_000_000)
            let res = try await alex.get("/caseload")
            #expect(res.status == .seeOther)
            #expect(res.location == "/sign-in?expired=1")
        }
    }

    @Test func signOutEverywhereEndsEverySession() async throws {
        try await TestCentre.with { centre in
            let one = try await centre.signedIn("alex")
            let two = try await centre.signedIn("alex")
            let token = try await centre.apiToken("alex")
            try await one.get("/account")
            #expect(try await one.post("/sign-out-everywhere", [:]).status == .seeOther)
            #expect(try await two.get("/caseload").status == .seeOther)
            let api = try await centre.app.testing().sendRequest(.GET, "/api/v1/clients", headers: ["Authorization": "Bearer \(token)"])
            #expect(api.status == .unauthorized)
        }
    }

    @Test func passwordPolicyRefusesShortAndCommonPasswords() {
        #expect(PasswordPolicy.problem(with: "short", email: "a@b.example") != nil)
        #expect(PasswordPolicy.problem(with: "password1234", email: "a@b.example") != nil)
        #expect(PasswordPolicy.problem(with: "qwertyuiop123", email: "a@b.example") != nil)
        #expect(PasswordPolicy.problem(with: "aaaaaaaaaaaaaa", email: "a@b.example") != nil)
        #expect(PasswordPolicy.problem(with: "kestrel-marmalade-quarry", email: "a@b.example") == nil)
        #expect(PasswordPolicy.common.count > 20_000)
    }

    @Test func managerCannotCreateStaffWithACommonPassword() async throws {
        try await TestCentre.with { centre in
            let fran = try await centre.signedIn("fran")
            try await fran.get("/admin/staff")
            let bad = try await fran.post("/admin/staff", ["displayName": "New Person", "email": "new@centre.example", "role": "counsellor", "team": "North", "password": "iloveyou12345"])
            #expect(bad.status == .unprocessableEntity)
            let good = try await fran.post("/admin/staff", ["displayName": "New Person", "email": "new@centre.example", "role": "counsellor", "team": "North", "password": "kestrel-marmalade-quarry"])
            #expect(good.status == .ok)
            #expect(try await centre.browser().signIn(email: "new@centre.example", password: "kestrel-marmalade-quarry").status == .seeOther)
        }
    }
}
