import ConfideCore
import Fluent
import Foundation
import Plot
import Vapor

/// Two-factor sign-in with an authenticator app (TOTP), and single-use recovery codes.
struct TwoFactor {
    let req: Request
    var app: Application { req.application }

    /// Checks a TOTP code (never the same time-step twice) or a recovery code (used up). Records the use.
    func verify(_ staff: Staff, code: String) async throws -> Bool {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        if let sealed = staff.totpSecretCT, staff.totpEnabled {
            let secret = try app.keys.openStaffSecret(sealed, staffID: staff.id!)
            if let counter = TOTP(secret: secret).verify(trimmed), Int64(counter) > staff.totpLastCounter {
                staff.totpLastCounter = Int64(counter)
                try await req.writeTransaction { db in try await staff.update(on: db) }
                return true
            }
        }
        var hashes = (try? JSONDecoder().decode([String].self, from: Data(staff.recoveryCodes.utf8))) ?? []
        let h = Self.hashRecovery(trimmed)
        if let i = hashes.firstIndex(of: h) {
            hashes.remove(at: i)
            staff.recoveryCodes = String(decoding: try JSONEncoder().encode(hashes), as: UTF8.self)
            let left = hashes.count
            try await req.writeTransaction { [app] db in
                try await staff.update(on: db)
                try await AuditLog.append(on: db, app: app, actor: AuditActor(id: "staff:\(staff.id!)", role: staff.role),
                                          action: "two-factor.recovery-code-used", object: "staff:\(staff.id!)", reason: "\(left) left")
            }
            return true
        }
        return false
    }

    static func hashRecovery(_ code: String) -> String {
        Tokens.hash("confide.recovery/v1|" + code.uppercased().filter { $0.isLetter || $0.isNumber })
    }

    static func newRecoveryCodes() -> [String] {
        (0..<10).map { _ in
            let c = SurvivorService.newCode()   // same unambiguous alphabet, read-aloud friendly
            return c
        }
    }

    func enrolmentSecret(_ staff: Staff) throws -> Data {
        if let sealed = staff.totpSecretCT { return try app.keys.openStaffSecret(sealed, staffID: staff.id!) }
        return TOTP.generateSecret()
    }
}

/// The second step of sign-in, and the account page for setting up two-factor sign-in.
struct TwoFactorPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let code = routes.grouped(RequirePartialSessionMiddleware(stages: ["code"]))
        code.get("sign-in", "code", use: codePage)
        code.form("sign-in", "code", use: submitCode)
        let setup = routes.grouped(RequirePartialSessionMiddleware(stages: ["enrol", "full"]))
        setup.get("account", "two-factor", use: setupPage)
        setup.form("account", "two-factor", use: confirmSetup)
        let full = routes.grouped(RequireStaffMiddleware())
        full.get("reauth", use: reauthPage)
        full.form("reauth", use: reauth)
    }

    func codePage(_ req: Request) async throws -> Response {
        Layout.render(codeForm(try req.requireStaff(), errors: []))
    }

    func codeForm(_ s: StaffContext, errors: [String]) -> HTML {
        Layout.page("Enter your code", staff: nil, errors: errors,
            .p(.text("Open your authenticator app and enter the 6-digit code for Confide. If you have lost your phone, enter one of your recovery codes.")),
            .form(.action("/sign-in/code"), .method(.post), Layout.csrf(s.csrfToken),
                  .label(.for("code"), .text("Code")),
                  .input(.type(.text), .name("code"), .id("code"), .attribute(named: "autocomplete", value: "one-time-code"), .attribute(named: "inputmode", value: "numeric")),
                  .button(.type(.submit), .text("Continue"))))
    }

    struct CodeForm: Content { var code: String? }

    func submitCode(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        guard let staff = try await Staff.find(s.staffID, on: req.db) else { throw Abort(.unauthorized) }
        let code = (try? req.content.decode(CodeForm.self))?.code ?? ""
        guard try await TwoFactor(req: req).verify(staff, code: code) else {
            try await req.writeTransaction { [app = req.application] db in
                staff.failedAttempts += 1
                if staff.failedAttempts >= app.confide.lockoutThreshold { staff.lockedUntil = Date().addingTimeInterval(app.confide.lockoutDuration) }
                try await staff.update(on: db)
                if staff.failedAttempts >= app.confide.lockoutThreshold {
                    try await StaffSession.query(on: db).filter(\.$id == s.sessionID).set(\.$revoked, to: true).update()
                }
                try await AuditLog.append(on: db, app: app, actor: s.actor, action: "sign-in.code-failed", object: "staff:\(s.staffID)")
            }
            try await Task.sleep(nanoseconds: 300_000_000)
            return Layout.render(codeForm(s, errors: ["That code is not right. Codes change every 30 seconds: enter the one showing now."]), status: .unauthorized)
        }
        try await complete(req, s, action: "sign-in")
        return req.redirect(to: "/caseload")
    }

    func complete(_ req: Request, _ s: StaffContext, action: String) async throws {
        try await req.writeTransaction { [app = req.application] db in
            try await StaffSession.query(on: db).filter(\.$id == s.sessionID).set(\.$stage, to: "full").set(\.$authenticatedAt, to: Date()).update()
            try await Staff.query(on: db).filter(\.$id == s.staffID).set(\.$failedAttempts, to: 0).update()
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: action, object: "session:\(s.sessionID)", reason: "two-factor")
        }
    }

    func setupPage(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        guard let staff = try await Staff.find(s.staffID, on: req.db) else { throw Abort(.unauthorized) }
        if staff.totpEnabled {
            return Layout.render(Layout.page("Two-factor sign-in", staff: s,
                .p(.text("Two-factor sign-in is on for your account. You need your authenticator app, or a recovery code, each time you sign in.")),
                .p(.text("Recovery codes left: \(((try? JSONDecoder().decode([String].self, from: Data(staff.recoveryCodes.utf8))) ?? []).count).")),
                .form(.action("/account/two-factor"), .method(.post), Layout.csrf(s.csrfToken),
                      .input(.type(.hidden), .name("action"), .value("recovery")),
                      .label(.for("code"), .text("To make new recovery codes, enter a code from your app")),
                      .input(.type(.text), .name("code"), .id("code"), .attribute(named: "autocomplete", value: "one-time-code")),
                      .button(.type(.submit), .class("secondary"), .text("Make new recovery codes")))))
        }
        return Layout.render(try await setupForm(req, s, staff, errors: []))
    }

    func setupForm(_ req: Request, _ s: StaffContext, _ staff: Staff, errors: [String]) async throws -> HTML {
        let tf = TwoFactor(req: req)
        let secret = try tf.enrolmentSecret(staff)
        if staff.totpSecretCT == nil {
            staff.totpSecretCT = try req.application.keys.sealStaffSecret(secret, staffID: staff.id!)
            try await req.writeTransaction { db in try await staff.update(on: db) }
        }
        let required = req.application.confide.twoFactorRoles.contains(staff.staffRole)
        return Layout.page("Set up two-factor sign-in", staff: s.stage == "full" ? s : nil, errors: errors,
            .if(required, .p(.text("Your role can see sensitive records, so Confide asks for a code from an authenticator app as well as your password."))),
            .ol(.li(.text("Open an authenticator app on your phone (for example the one your centre recommends).")),
                .li(.text("Add an account and type this key: "), .strong(.class("code"), .text(Base32.encode(secret).chunked(4)))),
                .li(.text("Enter the 6-digit code the app shows."))),
            .p(.class("hint"), .text("Or open this link on the phone: "), .code(.text(TOTP(secret: secret).provisioningURI(account: staff.email, issuer: "Confide")))),
            .form(.action("/account/two-factor"), .method(.post), Layout.csrf(s.csrfToken),
                  .input(.type(.hidden), .name("action"), .value("enable")),
                  .label(.for("code"), .text("Code from the app")),
                  .input(.type(.text), .name("code"), .id("code"), .attribute(named: "autocomplete", value: "one-time-code"), .attribute(named: "inputmode", value: "numeric")),
                  .button(.type(.submit), .text("Turn on two-factor sign-in"))))
    }

    struct SetupForm: Content { var action: String?; var code: String? }

    func confirmSetup(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        guard let staff = try await Staff.find(s.staffID, on: req.db) else { throw Abort(.unauthorized) }
        let f = (try? req.content.decode(SetupForm.self)) ?? SetupForm()
        let code = f.code ?? ""
        if !staff.totpEnabled {
            guard let sealed = staff.totpSecretCT,
                  let counter = TOTP(secret: try req.application.keys.openStaffSecret(sealed, staffID: staff.id!)).verify(code) else {
                return Layout.render(try await setupForm(req, s, staff, errors: ["That code is not right. Check the key was typed correctly and enter the code showing now."]), status: .unprocessableEntity)
            }
            staff.totpEnabled = true
            staff.totpLastCounter = Int64(counter)
        } else {
            guard try await TwoFactor(req: req).verify(staff, code: code) else { throw ValidationFailure(problems: [("code", "That code is not right")]) }
        }
        let codes = TwoFactor.newRecoveryCodes()
        staff.recoveryCodes = String(decoding: try JSONEncoder().encode(codes.map(TwoFactor.hashRecovery)), as: UTF8.self)
        try await req.writeTransaction { [app = req.application] db in
            try await staff.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: f.action == "recovery" ? "two-factor.recovery-codes" : "two-factor.enable", object: "staff:\(s.staffID)")
        }
        if s.stage == "enrol" { try await complete(req, s, action: "sign-in") }
        return Layout.render(Layout.page("Your recovery codes", staff: s.stage == "full" ? s : nil,
            .p(.text("Each code works once, if you lose your phone. Print them or keep them in your password manager. They are not shown again.")),
            .ul(.class("code"), .forEach(codes) { .li(.text($0)) }),
            .p(.a(.class("button"), .href("/caseload"), .text("Continue")))))
    }

    // MARK: Re-authentication before exports and shredding

    func reauthPage(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let next = Self.safeNext((try? req.query.get(String.self, at: "next")) ?? "/caseload")
        return Layout.render(reauthForm(s, next: next, errors: []))
    }

    static func safeNext(_ n: String) -> String { n.hasPrefix("/") && !n.hasPrefix("//") && !n.contains("\\") ? n : "/caseload" }

    func reauthForm(_ s: StaffContext, next: String, errors: [String]) -> HTML {
        Layout.page("Confirm it is you", staff: s, errors: errors,
            .p(.text("Exporting or destroying records needs you to confirm who you are again.")),
            .form(.action("/reauth"), .method(.post), Layout.csrf(s.csrfToken),
                  .input(.type(.hidden), .name("next"), .value(next)),
                  .label(.for("password"), .text("Password")),
                  .input(.type(.password), .name("password"), .id("password"), .attribute(named: "autocomplete", value: "current-password")),
                  .label(.for("code"), .text("Code from your authenticator app (if you use one)")),
                  .input(.type(.text), .name("code"), .id("code"), .attribute(named: "autocomplete", value: "one-time-code")),
                  .button(.type(.submit), .text("Confirm"))))
    }

    struct ReauthForm: Content { var password: String?; var code: String?; var next: String? }

    func reauth(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let f = (try? req.content.decode(ReauthForm.self)) ?? ReauthForm()
        let next = Self.safeNext(f.next ?? "/caseload")
        guard let staff = try await Staff.find(s.staffID, on: req.db) else { throw Abort(.unauthorized) }
        var ok = try await req.password.async.verify(f.password ?? "", created: staff.passwordHash)
        if ok && staff.totpEnabled { ok = try await TwoFactor(req: req).verify(staff, code: f.code ?? "") }
        guard ok else {
            try await req.writeTransaction { [app = req.application] db in
                try await AuditLog.append(on: db, app: app, actor: s.actor, action: "reauth.failed", object: "staff:\(s.staffID)")
            }
            return Layout.render(reauthForm(s, next: next, errors: ["The password or code is not right."]), status: .unauthorized)
        }
        try await req.writeTransaction { [app = req.application] db in
            try await StaffSession.query(on: db).filter(\.$id == s.sessionID).set(\.$authenticatedAt, to: Date()).update()
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "reauth", object: "session:\(s.sessionID)")
        }
        return req.redirect(to: next)
    }
}

extension Request {
    /// Exports and shredding: the person must have proved who they are recently, or confirm it again first.
    func recentAuthRedirect() throws -> Response? {
        let s = try requireStaff()
        guard Date().timeIntervalSince(s.authenticatedAt) > application.confide.reauthWindow else { return nil }
        let next = url.path + (url.query.map { "?" + $0 } ?? "")
        return redirect(to: "/reauth?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/caseload"))
    }
}

extension String {
    func chunked(_ n: Int) -> String {
        var out = ""
        for (i, c) in enumerated() { if i > 0 && i % n == 0 { out.append(" ") }; out.append(c) }
        return out
    }
}
