import Fluent
import Foundation
import Plot
import Vapor

/// The retention review queue for the centre manager, and scheduling or cancelling a deletion.
struct RetentionPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let r = routes.grouped(RequireStaffMiddleware())
        r.get("retention", use: queue)
        r.form("clients", ":client", "shred", use: schedule)
        r.form("shred-orders", ":order", "cancel", use: cancel)
    }

    func queue(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        guard s.role == .manager || s.role == .disclosureLead else { throw Abort(.forbidden, reason: "The retention review is for the centre manager.") }
        let cutoff = Calendar(identifier: .gregorian).date(byAdding: .year, value: -req.application.confide.retentionYears, to: Date())!
        let cutoffDay = Validate.dateFormat.string(from: cutoff)
        var due: [Client] = []
        for c in try await Client.query(on: req.db).filter(\.$status == "closed").sort(\.$reference).all() {
            let latest = try await ClientRecord.query(on: req.db).filter(\.$clientID == c.id!).sort(\.$occurredOn, .descending).first()?.occurredOn ?? "0000"
            if latest < cutoffDay { due.append(c) }
        }
        let orders = try await ShredOrder.query(on: req.db).filter(\.$doneAt == nil).filter(\.$cancelledAt == nil).sort(\.$dueAt).all()
        let refs = Dictionary(uniqueKeysWithValues: try await Client.query(on: req.db).all().map { ($0.id!, $0.reference) })
        var held: Set<UUID> = []
        for c in due where try await AccessPolicy.hasOpenRequest(c.id!, on: req.db) { held.insert(c.id!) }
        return Layout.render(Layout.page("Retention review", staff: s,
            .p(.text("Closed clients whose latest record is more than \(req.application.confide.retentionYears) years old. Review each before deleting: deletion is for good, also from backups, after a \(Int(req.application.confide.shredCancellationWindow / 86400))-day window in which it can be cancelled. Nothing on legal hold can be deleted.")),
            .h2(.text("Scheduled deletions")),
            .if(orders.isEmpty, .p(.text("None."))),
            .ul(.forEach(orders) { o in
                .li(.text("\(refs[o.clientID] ?? "?"): deleted on \(RequestPages.day(o.dueAt)) unless cancelled. "),
                    .form(.action("/shred-orders/\(o.id!)/cancel"), .method(.post), .class("inline"), Layout.csrf(s.csrfToken),
                          .button(.type(.submit), .class("link-button"), .text("Cancel"))))
            }),
            .h2(.text("Due for review")),
            .if(due.isEmpty, .p(.text("No client is due for review."))),
            .ul(.forEach(due) { c in
                .li(.text(c.reference + (held.contains(c.id!) ? " — on legal hold" : "")),
                    .if(s.role == .manager && !held.contains(c.id!),
                        .form(.action("/clients/\(c.id!)/shred"), .method(.post), Layout.csrf(s.csrfToken),
                              .label(.for("reason-\(c.id!)"), .text("Reason for deleting \(c.reference)")),
                              .input(.type(.text), .name("reason"), .id("reason-\(c.id!)"), .value("Retention period ended")),
                              .button(.type(.submit), .class("warning"), .text("Schedule deletion")))))
            })))
    }

    struct ReasonForm: Content { var reason: String? }

    func schedule(_ req: Request) async throws -> Response {
        if let confirm = try req.recentAuthRedirect() { return confirm }
        _ = try await Shredding.schedule(req, clientID: try RecordPages.id(req, "client"), reason: (try? req.content.decode(ReasonForm.self))?.reason)
        return req.redirect(to: "/retention")
    }

    func cancel(_ req: Request) async throws -> Response {
        _ = try await Shredding.cancel(req, orderID: try RecordPages.id(req, "order"))
        return req.redirect(to: "/retention")
    }
}
