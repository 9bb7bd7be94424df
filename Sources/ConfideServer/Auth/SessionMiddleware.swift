import Fluent
import Foundation
import Vapor

/// Finds the server-side session for the cookie (pages) or bearer token (API), enforces the idle time-out,
/// and attaches the signed-in staff member to the request. It never rejects; routes decide what needs sign-in.
struct StaffSessionMiddleware: AsyncMiddleware {
    static let cookieName = "confide_session"

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let isAPI = req.url.path.hasPrefix("/api/")
        let token: String?
        if isAPI {
            token = req.headers.bearerAuthorization?.token
        } else {
            token = req.cookies[Self.cookieName]?.string
        }
        if let token, !token.isEmpty, token.count < 200 {
            try await attach(token: token, kind: isAPI ? "api" : "web", req: req)
        }
        return try await next.respond(to: req)
    }

    private func attach(token: String, kind: String, req: Request) async throws {
        guard let session = try await StaffSession.query(on: req.db)
            .filter(\.$tokenHash == Tokens.hash(token)).filter(\.$kind == kind).first(),
              !session.revoked else { return }
        let now = Date()
        if now.timeIntervalSince(session.lastSeenAt) > req.application.confide.idleTimeout {
            session.revoked = true
            try await req.writeTransaction { db in try await session.update(on: db) }
            req.storage[SessionExpiredKey.self] = true
            return
        }
        guard let staff = try await Staff.find(session.staffID, on: req.db), staff.active else { return }
        // Refresh the idle clock, but not on every request: a write per page view buys nothing.
        if now.timeIntervalSince(session.lastSeenAt) > 15 {
            session.lastSeenAt = now
            try await req.writeTransaction { db in try await session.update(on: db) }
        }
        req.staff = StaffContext(staffID: staff.id!, role: staff.staffRole, team: staff.team,
                                 displayName: staff.displayName, sessionID: session.id!, csrfToken: session.csrfToken,
                                 stage: session.stage, authenticatedAt: session.authenticatedAt)
    }
}

struct SessionExpiredKey: StorageKey { typealias Value = Bool }

/// The few pages a half-signed-in person may use: entering the code, or setting up two-factor sign-in.
struct RequirePartialSessionMiddleware: AsyncMiddleware {
    let stages: Set<String>
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let s = req.staff else { return req.redirect(to: "/sign-in") }
        guard stages.contains(s.stage) else { return req.redirect(to: "/caseload") }
        return try await next.respond(to: req)
    }
}

/// Pages that need a signed-in person: anyone else is sent to sign in (or gets 401 JSON on the API).
struct RequireStaffMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let s = req.staff {
            if s.stage == "full" { return try await next.respond(to: req) }
            if req.url.path.hasPrefix("/api/") { throw Abort(.unauthorized, reason: "Finish two-factor sign-in first.") }
            return req.redirect(to: s.stage == "enrol" ? "/account/two-factor" : "/sign-in/code")
        }
        if req.url.path.hasPrefix("/api/") { throw Abort(.unauthorized, reason: "Sign in first: send a bearer token from POST /api/v1/sessions.") }
        let expired = req.storage[SessionExpiredKey.self] == true
        return req.redirect(to: expired ? "/sign-in?expired=1" : "/sign-in")
    }
}

extension Request {
    /// Every state-changing form carries the session's CSRF token (or, before sign-in, the sign-in form's
    /// double-submit cookie); a form without it changes nothing. Runs after the body is collected.
    func verifyCSRF() throws {
        let expected: String?
        if let s = staff { expected = s.csrfToken } else { expected = cookies[SignInController.csrfCookie]?.string }
        let sent: String? = (try? content.get(String.self, at: "_csrf")) ?? headers.first(name: "X-CSRF-Token")
        guard let expected, let sent, Tokens.equal(expected, sent) else {
            throw Abort(.forbidden, reason: "This form has expired or did not come from Confide. Go back, reload the page and try again.")
        }
    }
}

extension RoutesBuilder {
    /// A POST route for an HTML form: the CSRF check always runs first, so no form route can forget it.
    @discardableResult
    func form(_ path: PathComponent..., maxSize: ByteCount? = nil,
              use handler: @escaping @Sendable (Request) async throws -> Response) -> Route {
        on(.POST, path, body: .collect(maxSize: maxSize)) { req async throws -> Response in
            try req.verifyCSRF()
            return try await handler(req)
        }
    }
}
