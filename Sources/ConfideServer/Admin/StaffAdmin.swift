import Fluent
import Foundation
import Plot
import Vapor

struct NewStaffInput: Content {
    var email: String?
    var displayName: String?
    var role: String?
    var team: String?
    var password: String?
}

struct StaffView: Content {
    var id: UUID
    var email: String
    var displayName: String
    var role: String
    var team: String
    var active: Bool
    var locked: Bool
}

/// Staff accounts, for the centre manager only.
struct StaffService {
    let req: Request

    func requireManager() throws -> StaffContext {
        let s = try req.requireStaff()
        guard s.role == .manager else { throw Abort(.forbidden, reason: "Only the centre manager manages staff accounts.") }
        return s
    }

    func list() async throws -> [StaffView] {
        _ = try requireManager()
        return try await Staff.query(on: req.db).sort(\.$displayName).all().map(view)
    }

    func view(_ s: Staff) -> StaffView {
        StaffView(id: s.id!, email: s.email, displayName: s.displayName, role: s.role, team: s.team, active: s.active,
                  locked: (s.lockedUntil ?? .distantPast) > Date())
    }

    func create(_ input: NewStaffInput) async throws -> Staff {
        let m = try requireManager()
        var p: [(field: String, message: String)] = []
        let email = (input.email ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if email.count > 254 || email.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) == nil {
            p.append(("email", "Enter an email address like name@centre.example"))
        } else if try await Staff.query(on: req.db).filter(\.$email == email).count() > 0 {
            p.append(("email", "Someone already has that email address"))
        }
        let name = Validate.text(input.displayName, field: "displayName", label: "the person's name", max: 120, into: &p)
        let role = input.role.flatMap(StaffRole.init(rawValue:))
        if role == nil { p.append(("role", "Choose a role")) }
        let team = Validate.text(input.team, field: "team", label: "the team", max: 60, into: &p)
        if let problem = PasswordPolicy.problem(with: input.password ?? "", email: email) { p.append(("password", problem)) }
        guard p.isEmpty, let name, let role, let team else { throw ValidationFailure(problems: p) }
        let hash = try await req.password.async.hash(input.password!)
        let staff = Staff(id: UUID(), email: email, displayName: name, passwordHash: hash, role: role, team: team)
        let app = req.application
        try await req.writeTransaction { db in
            try await staff.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: m.actor, action: "staff.create", object: "staff:\(staff.id!)", reason: role.rawValue)
        }
        return staff
    }

    /// Deactivate, reactivate or unlock an account. Deactivating also ends the person's sessions.
    func update(_ id: UUID, action: String) async throws {
        let m = try requireManager()
        guard let staff = try await Staff.find(id, on: req.db) else { throw Abort(.notFound, reason: "There is no staff account with that id.") }
        guard ["deactivate", "activate", "unlock"].contains(action) else { throw ValidationFailure(problems: [("action", "Unknown action")]) }
        if action == "deactivate" && staff.id == m.staffID { throw Abort(.conflict, reason: "You cannot deactivate your own account.") }
        let app = req.application
        try await req.writeTransaction { db in
            switch action {
            case "deactivate":
                staff.active = false
                try await StaffSession.query(on: db).filter(\.$staffID == id).set(\.$revoked, to: true).update()
            case "activate": staff.active = true
            default: staff.failedAttempts = 0; staff.lockedUntil = nil
            }
            try await staff.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: m.actor, action: "staff.\(action)", object: "staff:\(id)")
        }
    }
}

struct StaffAdminPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let r = routes.grouped(RequireStaffMiddleware()).grouped("admin", "staff")
        r.get(use: list)
        r.form(use: create)
        r.form(":staff", use: update)
    }

    func page(_ req: Request, input: NewStaffInput, errors: [String], notice: String? = nil) async throws -> HTML {
        let m = try StaffService(req: req).requireManager()
        let staff = try await StaffService(req: req).list()
        return Layout.page("Staff", staff: m, errors: errors, notice: notice,
            .table(.thead(.tr(.th(.text("Name")), .th(.text("Email")), .th(.text("Role")), .th(.text("Team")), .th(.text("State")), .th(.text("Change")))),
                .tbody(.forEach(staff) { s in row(s, csrf: m.csrfToken)                 })),
            .h2(.text("Add a member of staff")),
            .form(.action("/admin/staff"), .method(.post), Layout.csrf(m.csrfToken),
                .label(.for("displayName"), .text("Name")),
                .input(.type(.text), .name("displayName"), .id("displayName"), .value(input.displayName ?? "")),
                .label(.for("email"), .text("Email address")),
                .input(.type(.email), .name("email"), .id("email"), .value(input.email ?? "")),
                .label(.for("role"), .text("Role")),
                .select(.attribute(named: "name", value: "role"), .attribute(named: "id", value: "role"), .forEach(StaffRole.allCases) { r in Layout.option(r.rawValue, r.label, selected: input.role == r.rawValue) }),
                .label(.for("team"), .text("Team")),
                .input(.type(.text), .name("team"), .id("team"), .value(input.team ?? "")),
                .label(.for("password"), .text("First password")),
                .p(.class("hint"), .id("pw-hint"), .text("At least 12 characters; common passwords are refused. Give it to the person in person.")),
                .input(.type(.password), .name("password"), .id("password"), .attribute(named: "aria-describedby", value: "pw-hint"), .attribute(named: "autocomplete", value: "new-password")),
                .button(.type(.submit), .text("Add staff member"))))
    }

    func row(_ s: StaffView, csrf: String) -> Node<HTML.TableContext> {
        let action = !s.active ? "activate" : s.locked ? "unlock" : "deactivate"
        let label = !s.active ? "Reactivate" : s.locked ? "Unlock" : "Deactivate"
        let state = !s.active ? "deactivated" : s.locked ? "locked" : "active"
        let roleLabel = StaffRole(rawValue: s.role)?.label ?? s.role
        let change: Node<HTML.BodyContext> = .form(.action("/admin/staff/\(s.id)"), .method(.post), .class("inline"), Layout.csrf(csrf),
            .input(.type(.hidden), .name("action"), .value(action)),
            .button(.type(.submit), .class("secondary"), .attribute(named: "aria-label", value: "\(label) \(s.displayName)"), .text(label)))
        return .tr(.td(.text(s.displayName)), .td(.text(s.email)), .td(.text(roleLabel)), .td(.text(s.team)), .td(.text(state)), .td(change))
    }

    func list(_ req: Request) async throws -> Response {
        Layout.render(try await page(req, input: NewStaffInput(), errors: []))
    }

    func create(_ req: Request) async throws -> Response {
        let input = (try? req.content.decode(NewStaffInput.self)) ?? NewStaffInput()
        do {
            let s = try await StaffService(req: req).create(input)
            return Layout.render(try await page(req, input: NewStaffInput(), errors: [], notice: "\(s.displayName) can now sign in."))
        } catch let v as ValidationFailure {
            return Layout.render(try await page(req, input: input, errors: v.messages), status: .unprocessableEntity)
        }
    }

    struct UpdateForm: Content { var action: String? }

    func update(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("staff").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        try await StaffService(req: req).update(id, action: (try? req.content.decode(UpdateForm.self))?.action ?? "")
        return req.redirect(to: "/admin/staff")
    }
}
