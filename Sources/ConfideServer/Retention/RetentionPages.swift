import ConfideCore
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
        let schedule = req.application.retentionSchedule
        let today = BundleService.day(Date())
        let items = try await RetentionReview(schedule: schedule).items(req.db, today: today)
        let orders = try await ShredOrder.query(on: req.db).filter(\.$doneAt == nil).filter(\.$cancelledAt == nil).sort(\.$dueAt).all()
        let refs = Dictionary(uniqueKeysWithValues: try await Client.query(on: req.db).field(\.$id).field(\.$reference).all().map { ($0.id!, $0.reference) })
        let due = items.filter { $0.due > 0 || $0.wholeFileDue }
        let undated = items.filter { $0.closedOn == nil }
        let upcoming = items.filter { $0.due == 0 && !$0.wholeFileDue && $0.next != nil }.sorted { ($0.next ?? "") < ($1.next ?? "") }
        let window = Int(req.application.confide.shredCancellationWindow / 86400)
        return Layout.render(Layout.page("Retention review", staff: s,
            .p(.text("Closed cases whose records are past the centre's retention schedule (below). Review each before anything goes: deletion is for good, after a \(window)-day window in which it can be cancelled, and nothing on legal hold can be deleted. Deleting a whole file destroys her key, so earlier backups cannot read her either; deleting only the records past their period removes them from the database, and from backups as those backups are replaced.")),
            .h2(.text("Scheduled deletions")),
            .if(orders.isEmpty, .p(.text("None."))),
            .ul(.forEach(orders) { o in
                .li(.text("\(refs[o.clientID] ?? "?"): \(o.kinds == nil ? "the whole file" : "records past their period") deleted on \(RequestPages.day(o.dueAt)) unless cancelled. "),
                    .form(.action("/shred-orders/\(o.id!)/cancel"), .method(.post), .class("inline"), Layout.csrf(s.csrfToken),
                          .button(.type(.submit), .class("link-button"), .attribute(named: "aria-label", value: "Cancel the deletion for \(refs[o.clientID] ?? "this client")"), .text("Cancel"))))
            }),
            .h2(.text("Due for review (\(due.count))")),
            .if(due.isEmpty, .p(.text("No closed case has records past their retention period."))),
            .forEach(due) { item in dueItem(s, item) },
            .if(!undated.isEmpty, .group(
                .h2(.text("Closed without a closing day (\(undated.count))")),
                .p(.text("Retention periods run from the day the case closed. Ask the worker to reopen and close these cases with the day, so that they come up for review.")),
                .ul(.forEach(undated) { .li(.text($0.reference)) }))),
            .h2(.text("Coming up")),
            .if(upcoming.isEmpty, .p(.text("Nothing else is due in the schedule yet."))),
            .if(!upcoming.isEmpty, .table(.caption(.text("Closed cases and when their first records come up for review")),
                .thead(.tr(.th(.text("Client")), .th(.text("Case closed")), .th(.text("First review")))),
                .tbody(.forEach(upcoming.prefix(50)) { .tr(.td(.text($0.reference)), .td(.text($0.closedOn ?? "")), .td(.text($0.next ?? ""))) }))),
            scheduleTable(schedule)))
    }

    func dueItem(_ s: StaffContext, _ item: RetentionReview.Item) -> Node<HTML.BodyContext> {
        let id = item.clientID
        let summary = item.kinds.filter { $0.due > 0 }.map { "\(RecordKind(rawValue: $0.kind)?.label ?? $0.kind): \($0.due) of \($0.total)" }.joined(separator: "; ")
        let canAct = s.role == .manager && !item.onHold && item.scheduled == nil
        return .div(.class("retention-item"),
            .h3(.text(item.reference)),
            .p(.text("Case closed on \(item.closedOn ?? "?"). " + (item.wholeFileDue ? "Every record is past its period: the whole file can go." : "Past their period: \(summary). The rest are kept" + (item.next.map { " (next review \($0))" } ?? "") + "."))),
            .if(item.onHold, .p(.strong(.text("On legal hold: a request is open, so nothing can be deleted.")))),
            .if(item.scheduled != nil, .p(.text("A deletion is already scheduled (above)."))),
            .if(canAct, .form(.action("/clients/\(id)/shred"), .method(.post), Layout.csrf(s.csrfToken),
                .input(.type(.hidden), .name("scope"), .value(item.wholeFileDue ? "file" : "due")),
                .label(.for("reason-\(id)"), .text("Reason for deleting \(item.wholeFileDue ? "the file" : "these records") of \(item.reference)")),
                .input(.type(.text), .name("reason"), .id("reason-\(id)"), .value("Retention period ended")),
                .button(.type(.submit), .class("warning"), .text(item.wholeFileDue ? "Schedule deletion of the whole file" : "Schedule deletion of the \(item.due) records past their period")))))
    }

    func scheduleTable(_ schedule: RetentionSchedule) -> Node<HTML.BodyContext> {
        let rules = schedule.rules.values.sorted { $0.kind < $1.kind }
        return .group(
            .h2(.text("The centre's retention schedule (\(schedule.version))")),
            .table(.caption(.text("How long each kind of record is kept")),
                .thead(.tr(.th(.text("Kind of record")), .th(.text("Kept for")), .th(.text("From")), .th(.text("Why")), .th(.text("Checked by the centre")))),
                .tbody(.forEach(rules) { r in
                    .tr(.td(.text(RecordKind(rawValue: r.kind)?.label ?? r.kind)), .td(.text("\(r.years) years")),
                        .td(.text(r.from == .caseClosed ? "the day the case closed (a record written later: its own date)" : "the record's date (never before the case closed)")),
                        .td(.text(r.basis)), .td(.text(r.verificationNeeded ? "Not yet: agree it with your data protection officer" : "Yes")))
                })))
    }

    struct ShredForm: Content { var reason: String?; var scope: String? }

    func schedule(_ req: Request) async throws -> Response {
        if let confirm = try req.recentAuthRedirect() { return confirm }
        let form = (try? req.content.decode(ShredForm.self)) ?? ShredForm()
        _ = try await Shredding.schedule(req, clientID: try RecordPages.id(req, "client"), reason: form.reason, onlyDueRecords: form.scope == "due")
        return req.redirect(to: "/retention")
    }

    func cancel(_ req: Request) async throws -> Response {
        _ = try await Shredding.cancel(req, orderID: try RecordPages.id(req, "order"))
        return req.redirect(to: "/retention")
    }
}
