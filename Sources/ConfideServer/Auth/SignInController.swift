import Fluent
import Plot
import Vapor

/// Sign-in, sign-out and the account page.
struct SignInController: RouteCollection {
    static let csrfCookie = "confide_signin_csrf"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("sign-in", use: page)
        routes.form("sign-in", use: signIn)
        let staff = routes.grouped(RequireStaffMiddleware())
        staff.form("sign-out") { req in try await SignInService(req: req).signOut(everywhere: false); return Self.clearCookie(req.redirect(to: "/sign-in?signed-out=1")) }
        staff.form("sign-out-everywhere") { req in try await SignInService(req: req).signOut(everywhere: true); return Self.clearCookie(req.redirect(to: "/sign-in?signed-out=1")) }
        staff.get("account", use: account)
        staff.form("account", "password", use: changePassword)
    }

    static func cookie(_ value: String, req: Request, maxAge: Int? = nil) -> HTTPCookies.Value {
        let secure = req.application.confide.secureCookies || req.url.scheme == "https" || req.headers.first(name: "X-Forwarded-Proto") == "https"
        return HTTPCookies.Value(string: value, maxAge: maxAge, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }

    static func clearCookie(_ res: Response) -> Response {
        res.cookies[StaffSessionMiddleware.cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .strict)
        return res
    }

    func page(_ req: Request) async throws -> Response {
        if req.staff != nil { return req.redirect(to: "/caseload") }
        return render(req, errors: [], email: "")
    }

    func render(_ req: Request, errors: [String], email: String, status: HTTPStatus = .ok) -> Response {
        let token = Tokens.random()
        var notice: String? = nil
        if (try? req.query.get(String.self, at: "expired")) != nil { notice = "You were signed out because you were inactive for a while. Sign in again." }
        if (try? req.query.get(String.self, at: "signed-out")) != nil { notice = "You have signed out." }
        let html = Layout.page("Sign in", staff: nil, errors: errors, notice: notice,
            .form(.action("/sign-in"), .method(.post),
                .input(.type(.hidden), .name("_csrf"), .value(token)),
                .label(.for("email"), .text("Email address")),
                .input(.type(.email), .name("email"), .id("email"), .value(email), .attribute(named: "autocomplete", value: "username"), .required(true)),
                .label(.for("password"), .text("Password")),
                .input(.type(.password), .name("password"), .id("password"), .attribute(named: "autocomplete", value: "current-password"), .required(true)),
                .button(.type(.submit), .text("Sign in"))
            ),
            .p(.class("hint"), .text("Forgotten your password? Ask your centre manager to reset it."))
        )
        let res = Layout.render(html, status: status)
        res.cookies[Self.csrfCookie] = Self.cookie(token, req: req, maxAge: 3600)
        return res
    }

    struct SignInForm: Content { var email: String?; var password: String? }

    func signIn(_ req: Request) async throws -> Response {
        let form = (try? req.content.decode(SignInForm.self)) ?? SignInForm()
        do {
            let out = try await SignInService(req: req).signIn(email: form.email ?? "", password: form.password ?? "", kind: "web")
            let res = req.redirect(to: out.session.stage == "code" ? "/sign-in/code" : out.session.stage == "enrol" ? "/account/two-factor" : "/caseload")
            res.cookies[StaffSessionMiddleware.cookieName] = Self.cookie(out.token, req: req)
            res.cookies[Self.csrfCookie] = HTTPCookies.Value(string: "", maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .strict)
            return res
        } catch let e as AbortError {
            return render(req, errors: [e.reason], email: form.email ?? "", status: e.status)
        }
    }

    func account(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let sessions = try await StaffSession.query(on: req.db).filter(\.$staffID == s.staffID).filter(\.$revoked == false)
            .sort(\.$lastSeenAt, .descending).all()
        return Layout.render(accountPage(s, sessions: sessions, errors: [], notice: nil))
    }

    func accountPage(_ s: StaffContext, sessions: [StaffSession], errors: [String], notice: String?) -> HTML {
        Layout.page("Your account", staff: s, errors: errors, notice: notice,
            .h2(.text("Where you are signed in")),
            .p(.text("You are signed in \(sessions.count) time\(sessions.count == 1 ? "" : "s") (browsers and API tokens). If you left Confide open somewhere, sign out everywhere.")),
            .form(.action("/sign-out-everywhere"), .method(.post), Layout.csrf(s.csrfToken),
                  .button(.type(.submit), .class("warning"), .text("Sign out everywhere"))),
            .h2(.text("Change your password")),
            .h2(.text("Two-factor sign-in")),
            .p(.a(.href("/account/two-factor"), .text("Set up or manage two-factor sign-in"))),
            .form(.action("/account/password"), .method(.post), Layout.csrf(s.csrfToken),
                .label(.for("current"), .text("Current password")),
                .input(.type(.password), .name("current"), .id("current"), .attribute(named: "autocomplete", value: "current-password")),
                .label(.for("new"), .text("New password")),
                .p(.class("hint"), .id("new-hint"), .text("At least 12 characters. Three random words work well. Common passwords are refused.")),
                .input(.type(.password), .name("new"), .id("new"), .attribute(named: "aria-describedby", value: "new-hint"), .attribute(named: "autocomplete", value: "new-password")),
                .button(.type(.submit), .text("Change password")))
        )
    }

    struct PasswordForm: Content { var current: String?; var new: String? }

    func changePassword(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let form = (try? req.content.decode(PasswordForm.self)) ?? PasswordForm()
        guard let staff = try await Staff.find(s.staffID, on: req.db) else { throw Abort(.unauthorized) }
        var errors: [String] = []
        if !(try await req.password.async.verify(form.current ?? "", created: staff.passwordHash)) { errors.append("Your current password is not right") }
        if let p = PasswordPolicy.problem(with: form.new ?? "", email: staff.email) { errors.append(p) }
        let sessions = try await StaffSession.query(on: req.db).filter(\.$staffID == s.staffID).filter(\.$revoked == false).all()
        guard errors.isEmpty else { return Layout.render(accountPage(s, sessions: sessions, errors: errors, notice: nil), status: .unprocessableEntity) }
        staff.passwordHash = try await req.password.async.hash(form.new!)
        let app = req.application
        try await req.writeTransaction { db in
            try await staff.update(on: db)
            // A new password ends every other session: whoever knew the old one is signed out.
            try await StaffSession.query(on: db).filter(\.$staffID == s.staffID).filter(\.$id != s.sessionID).set(\.$revoked, to: true).update()
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "password.change", object: "staff:\(s.staffID)")
        }
        return Layout.render(accountPage(s, sessions: [], errors: [], notice: "Your password has been changed and your other sessions signed out."))
    }
}
