import ConfideCore
import Fluent
import Foundation
import Plot
import Vapor

struct CaseClosureInput: Content {
    var closed_on: String?
}

/// Closing and reopening a client's case. Closing starts the retention periods of her records (see
/// `Rulebooks/retention/schedule.yaml`); reopening stops them and cancels any deletion still in its window, because
/// she is a client again.
struct CaseClosure {
    let req: Request
    var app: Application { req.application }

    /// Only people who may add to her records (her worker, their supervisor) close or reopen her case.
    func writable(_ clientID: UUID) async throws -> (StaffContext, Client) {
        let s = try req.requireStaff()
        let (c, _, basis) = try await RecordsService(req).open(clientID)
        guard basis != "open request" && basis != "break-glass" else {
            throw Abort(.forbidden, reason: "Only her worker or their supervisor can close or reopen a case.")
        }
        return (s, c)
    }

    func close(_ clientID: UUID, _ input: CaseClosureInput) async throws {
        let (s, c) = try await writable(clientID)
        guard c.status == "open" else { throw Abort(.conflict, reason: "This case is already closed.") }
        let today = BundleService.day(Date())
        let text = (input.closed_on ?? "").trimmingCharacters(in: .whitespaces)
        let day = text.isEmpty ? today : text
        guard Validate.parseDay(day) != nil, day.count == 10 else {
            throw ValidationFailure(problems: [("closed_on", "Enter the day the case closed as a date, for example \(today)")])
        }
        guard day <= today else { throw ValidationFailure(problems: [("closed_on", "The day the case closed cannot be in the future")]) }
        c.status = "closed"; c.closedOn = day
        let app = self.app
        try await app.writeTransaction { db in
            try await c.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "client.close", object: "client:\(clientID)", reason: "closed on \(day)")
        }
    }

    func reopen(_ clientID: UUID) async throws -> Int {
        let (s, c) = try await writable(clientID)
        guard c.status == "closed" else { throw Abort(.conflict, reason: "This case is open.") }
        c.status = "open"; c.closedOn = nil
        let app = self.app
        return try await app.writeTransaction { db in
            try await c.update(on: db)
            let pending = try await ShredOrder.query(on: db).filter(\.$clientID == clientID).filter(\.$doneAt == nil).filter(\.$cancelledAt == nil).all()
            for o in pending {
                o.cancelledAt = Date()
                try await o.update(on: db)
                try await AuditLog.append(on: db, app: app, actor: s.actor, action: "client.shred-cancelled", object: "client:\(clientID)", reason: "case reopened")
            }
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "client.reopen", object: "client:\(clientID)",
                                      reason: pending.isEmpty ? "" : "\(pending.count) scheduled deletion cancelled")
            return pending.count
        }
    }
}

struct CaseClosurePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let r = routes.grouped(RequireStaffMiddleware())
        r.form("clients", ":client", "close", use: close)
        r.form("clients", ":client", "reopen", use: reopen)
    }

    func close(_ req: Request) async throws -> Response {
        let id = try RecordPages.id(req, "client")
        let input = (try? req.content.decode(CaseClosureInput.self)) ?? CaseClosureInput()
        do {
            try await CaseClosure(req: req).close(id, input)
        } catch let v as ValidationFailure {
            let s = try req.requireStaff()
            return Layout.render(Layout.page("Close the case", staff: s, errors: v.messages,
                .p(.a(.href("/clients/\(id)"), .text("Back to the client")))), status: .unprocessableEntity)
        }
        return req.redirect(to: "/clients/\(id)")
    }

    func reopen(_ req: Request) async throws -> Response {
        let id = try RecordPages.id(req, "client")
        _ = try await CaseClosure(req: req).reopen(id)
        return req.redirect(to: "/clients/\(id)")
    }

    /// The case panel on the client page: when it closed and what that starts, or the form to close it.
    static func panel(_ s: StaffContext, _ d: ClientDetail, closedOn: String?, schedule: RetentionSchedule, canWrite: Bool) -> Node<HTML.BodyContext> {
        let id = d.id
        if d.status == "closed" {
            let first = schedule.rules.values.map { schedule.reviewDate(kind: $0.kind, recordDate: "0000-01-01", caseClosedOn: closedOn) ?? "" }.filter { !$0.isEmpty }.min()
            let text = "Closed on \(closedOn ?? "a day not recorded")."
                + (first.map { " Her records come up for retention review from \($0), by kind of record, under the centre's retention schedule." } ?? "")
            return .group(
                .h2(.text("Case")),
                .p(.text(text)),
                .if(canWrite, .form(.action("/clients/\(id)/reopen"), .method(.post), Layout.csrf(s.csrfToken),
                    .button(.type(.submit), .class("secondary"), .text("Reopen the case")))))
        }
        return .group(
            .h2(.text("Case")),
            .p(.text("Open.")),
            .if(canWrite, .details(.summary(.text("Close the case")),
                .form(.action("/clients/\(id)/close"), .method(.post), Layout.csrf(s.csrfToken),
                    .p(.class("hint"), .text("Closing the case starts the retention periods of her records. Nothing is deleted without a review by the centre manager.")),
                    .label(.for("closed_on"), .text("Day the case closed (YYYY-MM-DD; leave empty for today)")),
                    .input(.type(.text), .name("closed_on"), .id("closed_on"), .attribute(named: "inputmode", value: "numeric"), .attribute(named: "autocomplete", value: "off")),
                    .button(.type(.submit), .class("secondary"), .text("Close the case"))))))
    }
}
