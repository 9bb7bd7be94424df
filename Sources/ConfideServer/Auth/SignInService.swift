import Fluent
import Foundation
import Vapor

/// Password sign-in with lockout and back-off. Failures say the same thing whether or not the account
/// exists, so the form cannot be used to find out who works at the centre.
struct SignInService {
    let req: Request
    static let failureMessage = "The email address or password is not right, or the account is locked. After 5 failed attempts an account is locked for 15 minutes."

    struct Outcome { let token: String; let session: StaffSession; let staff: Staff }

    func signIn(email: String, password: String, kind: String, code: String? = nil) async throws -> Outcome {
        let app = req.application
        let cfg = app.confide
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        guard !email.isEmpty, email.count <= 254, !password.isEmpty, password.count <= 256 else {
            throw ValidationFailure(problems: [("email", "Enter your email address and password")])
        }
        guard await app.signInLimiter.allow(key: req.clientAddress) else {
            throw Abort(.tooManyRequests, reason: "Too many sign-in attempts from this address. Wait a minute and try again.")
        }
        let staff = try await Staff.query(on: req.db).filter(\.$email == email).first()
        let hash: String
        if let h = staff?.passwordHash { hash = h } else { hash = try await app.dummyPasswordHash(cost: cfg.bcryptCost) }
        let ok = try await req.password.async.verify(password, created: hash)
        let now = Date()
        guard let staff, staff.active, ok, (staff.lockedUntil ?? .distantPast) <= now else {
            if let staff {
                let actor = AuditActor(id: "staff:\(staff.id!)", role: staff.role)
                try await req.writeTransaction { db in
                    // Count failures even while locked; each failure past the threshold doubles the lock.
                    if !ok || (staff.lockedUntil ?? .distantPast) > now { staff.failedAttempts += 1 }
                    if staff.failedAttempts >= cfg.lockoutThreshold {
                        let extra = min(staff.failedAttempts - cfg.lockoutThreshold, 6)
                        staff.lockedUntil = now.addingTimeInterval(cfg.lockoutDuration * pow(2, Double(extra)))
                    }
                    try await staff.update(on: db)
                    try await AuditLog.append(on: db, app: app, actor: actor, action: "sign-in.failed", object: "staff:\(staff.id!)",
                                              reason: staff.lockedUntil.map { $0 > now ? "locked" : "" } ?? "")
                }
            }
            // Back-off: a short pause on every failure slows guessing without hurting a person who mistyped.
            try await Task.sleep(nanoseconds: 300_000_000)
            throw Abort(.unauthorized, reason: Self.failureMessage)
        }
        // Two-factor: the web finishes it on the next page; the API needs the code with the password.
        var stage = "full"
        if staff.totpEnabled {
            if kind == "api" {
                guard let code, try await TwoFactor(req: req).verify(staff, code: code) else {
                    throw Abort(.unauthorized, reason: "This account uses two-factor sign-in: send the current code from the authenticator app as \"code\".")
                }
            } else { stage = "code" }
        } else if cfg.twoFactorRoles.contains(staff.staffRole) {
            if kind == "api" { throw Abort(.forbidden, reason: "Set up two-factor sign-in in the web app first.") }
            stage = "enrol"
        }
        let finalStage = stage
        let token = Tokens.random()
        let session = StaffSession()
        session.id = UUID(); session.tokenHash = Tokens.hash(token); session.staffID = staff.id!
        session.csrfToken = Tokens.random(); session.kind = kind; session.createdAt = now; session.lastSeenAt = now; session.revoked = false
        session.stage = stage; session.authenticatedAt = now
        try await req.writeTransaction { db in
            staff.failedAttempts = 0; staff.lockedUntil = nil
            try await staff.update(on: db)
            try await session.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: AuditActor(id: "staff:\(staff.id!)", role: staff.role),
                                      action: finalStage == "full" ? "sign-in" : "sign-in.password", object: "session:\(session.id!)", reason: kind)
        }
        return Outcome(token: token, session: session, staff: staff)
    }

    /// A real bcrypt hash to verify against when the email is unknown, so timing does not reveal it.

    func signOut(everywhere: Bool) async throws {
        let s = try req.requireStaff()
        let app = req.application
        try await req.writeTransaction { db in
            if everywhere {
                try await StaffSession.query(on: db).filter(\.$staffID == s.staffID).set(\.$revoked, to: true).update()
            } else {
                try await StaffSession.query(on: db).filter(\.$id == s.sessionID).set(\.$revoked, to: true).update()
            }
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: everywhere ? "sign-out.everywhere" : "sign-out",
                                      object: "session:\(s.sessionID)")
        }
    }
}

/// A small in-memory limiter per key (client address): at most `limit` attempts per `window`.
actor RateLimiter {
    private var hits: [String: [Date]] = [:]
    let limit: Int
    let window: TimeInterval
    init(limit: Int, window: TimeInterval) { self.limit = limit; self.window = window }

    func allow(key: String) -> Bool {
        let now = Date()
        var h = (hits[key] ?? []).filter { now.timeIntervalSince($0) < window }
        guard h.count < limit else { hits[key] = h; return false }
        h.append(now)
        hits[key] = h
        if hits.count > 10_000 { hits = hits.filter { !$0.value.isEmpty } }
        return true
    }
}

struct SignInLimiterKey: StorageKey { typealias Value = RateLimiter }
struct DummyHashKey: StorageKey { typealias Value = String }

extension Application {
    /// A real hash at the configured cost to check against when the email is unknown, so the time taken does not
    /// tell an attacker whether the account exists.
    func dummyPasswordHash(cost: Int) async throws -> String {
        if let h = storage[DummyHashKey.self] { return h }
        let h = try await password.async.hash("confide-dummy-password-never-used-\(cost)")
        storage[DummyHashKey.self] = h
        return h
    }
}

extension Application {
    var signInLimiter: RateLimiter {
        if let l = storage[SignInLimiterKey.self] { return l }
        let l = RateLimiter(limit: confide.signInAttemptsPerMinute, window: 60)
        storage[SignInLimiterKey.self] = l
        return l
    }
}
