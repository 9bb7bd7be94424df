import ConfideCore
import Fluent
import Foundation
import Plot
import Vapor

/// The staff pages for caseloads, clients and records. Protected pages carry no client name in titles or
/// URLs (service references and ids only).
struct RecordPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let r = routes.grouped(RequireStaffMiddleware())
        r.get("caseload", use: caseload)
        r.get("clients", "new", use: newClient)
        r.form("clients", use: createClient)
        r.get("clients", ":client", use: client)
        r.form("clients", ":client", "break-glass", use: breakGlass)
        r.get("clients", ":client", "records", "new", use: newRecord)
        r.form("clients", ":client", "records", use: createRecord)
        r.get("records", ":record", use: recordPage)
        r.get("records", ":record", "edit", use: editRecordPage)
        r.form("records", ":record", "edit", use: editRecord)
        r.get("records", ":record", "amend", use: amendPage)
        r.form("records", ":record", "amendments", use: amend)
        r.on(.POST, "clients", ":client", "attachments", body: .collect(maxSize: "64mb"), use: upload)
        r.get("attachments", ":attachment", use: download)
        r.form("attachments", ":attachment", "delete", use: deleteAttachment)
        r.get("clients", ":client", "access-history", use: accessHistory)
        r.get("break-glass", use: breakGlassReview)
    }

    static func id(_ req: Request, _ name: String) throws -> UUID {
        guard let s = req.parameters.get(name), let id = UUID(uuidString: s) else {
            throw Abort(.notFound, reason: "That page does not exist. Check the link.")
        }
        return id
    }

    static func date(_ d: Date) -> String {
        dateFormatter.string(from: d) { $0.string(from: $1) }
    }
    /// One shared formatter: making one per call was a tenth of the client page's CPU (docs/benchmarks.md).
    static let dateFormatter = LockedFormatter { () -> DateFormatter in
        let f = DateFormatter(); f.dateFormat = "d MMM yyyy HH:mm"; f.locale = Locale(identifier: "en_GB"); f.timeZone = TimeZone(identifier: "Europe/London")
        return f
    }

    // MARK: Caseload

    func caseload(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let items = try await RecordsService(req).caseload()
        let intro: String
        switch s.role {
        case .counsellor: intro = "Your clients."
        case .supervisor: intro = "Clients of your team."
        case .disclosureLead: intro = "Clients with an open request for their records. To open any other client you must record a reason."
        case .manager: intro = "All clients, by service reference. Record content is not shown to managers."
        }
        let html = Layout.page("Caseload", staff: s,
            .p(.text(intro)),
            .if(s.role != .disclosureLead, .p(.a(.class("button"), .href("/clients/new"), .text("Open a new client")))),
            .if(items.isEmpty, .p(.text("No clients to show."))),
            .if(!items.isEmpty, .table(
                .caption(.text("\(items.count) client\(items.count == 1 ? "" : "s")")),
                .thead(.tr(.th(.text("Reference")), .th(.text("Name")), .th(.text("Allocated worker")), .th(.text("Status")))),
                .tbody(.forEach(items) { c in
                    .tr(.td(.a(.href("/clients/\(c.id)"), .text(c.reference))),
                        .td(.text(c.name ?? "—")),
                        .td(.text(c.allocatedWorker)),
                        .td(.text(c.status), .if(c.onLegalHold, .span(.class("tag"), .text(" legal hold")))))
                })
            ))
        )
        return Layout.render(html)
    }

    // MARK: Clients

    func newClient(_ req: Request) async throws -> Response {
        guard try req.requireStaff().role != .disclosureLead else { throw Abort(.forbidden, reason: "Disclosure leads do not open client records.") }
        return Layout.render(try await clientForm(req, input: ClientInput(), errors: []))
    }

    func clientForm(_ req: Request, input: ClientInput, errors: [String]) async throws -> HTML {
        let s = try req.requireStaff()
        let active: [Staff] = try await Staff.query(on: req.db).filter(\.$active == true).all()
        let workers: [Staff] = active.filter { w in
            let caseworker = w.staffRole == .counsellor || w.staffRole == .supervisor
            return caseworker && (s.role != .counsellor || w.id == s.staffID)
        }
        let chosen = input.allocatedWorkerID ?? s.staffID
        return Layout.page("Open a new client", staff: s, errors: errors,
            .form(.action("/clients"), .method(.post), Layout.csrf(s.csrfToken),
                .label(.for("name"), .text("Full name")),
                .input(.type(.text), .name("name"), .id("name"), .value(input.name ?? ""), .attribute(named: "autocomplete", value: "off")),
                .label(.for("dateOfBirth"), .text("Date of birth")),
                .p(.class("hint"), .id("dob-hint"), .text("For example, 1994-07-21")),
                .input(.type(.date), .name("dateOfBirth"), .id("dateOfBirth"), .value(input.dateOfBirth ?? ""), .attribute(named: "aria-describedby", value: "dob-hint")),
                .label(.for("contact"), .text("Contact details")),
                .textarea(.name("contact"), .id("contact"), .rows(3), .text(input.contact ?? "")),
                .label(.for("safeContact"), .text("Safe-contact preferences")),
                .p(.class("hint"), .id("safe-hint"), .text("Which channels are safe, when, what may be said, any safe word.")),
                .textarea(.name("safeContact"), .id("safeContact"), .rows(3), .attribute(named: "aria-describedby", value: "safe-hint"), .text(input.safeContact ?? "")),
                .label(.for("allocatedWorkerID"), .text("Allocated worker")),
                .select(.attribute(named: "name", value: "allocatedWorkerID"), .attribute(named: "id", value: "allocatedWorkerID"),
                    .forEach(workers) { w in Layout.option(w.id!.uuidString, w.displayName, selected: w.id == chosen) }),
                .button(.type(.submit), .text("Open client"))
            ))
    }

    func createClient(_ req: Request) async throws -> Response {
        let input = (try? req.content.decode(ClientInput.self)) ?? ClientInput()
        do {
            let c = try await RecordsService(req).createClient(input)
            return req.redirect(to: "/clients/\(c.id!)")
        } catch let v as ValidationFailure {
            return Layout.render(try await clientForm(req, input: input, errors: v.messages), status: .unprocessableEntity)
        }
    }

    func client(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try Self.id(req, "client")
        let opened: (detail: ClientDetail, client: Client, key: DataKey)
        do { opened = try await RecordsService(req).openDetail(id) }
        catch is NeedsBreakGlass { return breakGlassPage(req, s, id, errors: []) }
        let d = opened.detail
        let canWrite = d.accessBasis != "open request"
        let survivor = try await SurvivorStaffPages.clientPanels(req, s, client: opened.client, key: opened.key, canWrite: canWrite)
        let html = Layout.page("Client \(d.reference)", staff: s,
            .if(d.onLegalHold, .div(.class("hold"), .p(.strong(.text("Legal hold. ")),
                .text("A request for this client's records is open. Nothing in this record can be deleted until it is closed.")))),
            .if(d.accessBasis == "break-glass", .div(.class("notice"), .p(.text("You opened this client by break-glass. Your access is recorded and shown to the disclosure lead.")))),
            .dl(
                .dt(.text("Name")), .dd(.text(d.name)),
                .dt(.text("Date of birth")), .dd(.text(d.dateOfBirth)),
                .dt(.text("Contact details")), .dd(.text(d.contact.isEmpty ? "—" : d.contact)),
                .dt(.text("Safe-contact preferences")), .dd(.text(d.safeContact.isEmpty ? "—" : d.safeContact)),
                .dt(.text("Allocated worker")), .dd(.text(d.allocatedWorker)),
                .dt(.text("Status")), .dd(.text(d.status))
            ),
            CaseClosurePages.panel(s, d, closedOn: opened.client.closedOn, schedule: req.application.retentionSchedule,
                                   canWrite: canWrite && d.accessBasis != "break-glass"),
            .if(canWrite, .p(.a(.class("button"), .href("/clients/\(id)/records/new"), .text("Add a record")))),
            .p(.a(.href("/clients/\(id)/disclosures"), .text("Accounting of disclosures")),
               .if(s.role == .disclosureLead || s.role == .supervisor || s.role == .manager,
                   .group(.text(" · "), .a(.href("/clients/\(id)/access-history"), .text("Access history"))))),
            survivor,
            .h2(.text("Records")),
            .if(d.records.isEmpty, .p(.text("No records yet."))),
            .ul(.class("timeline"), .forEach(d.records) { r in
                .li(.attribute(named: "id", value: "record-\(r.id)"),
                    .h3(.a(.href("/records/\(r.id)"), .text("\(RecordKind(rawValue: r.kind)?.label ?? r.kind), \(r.occurredOn)"))),
                    Self.recordContent(r, canWrite: canWrite))
            }),
            .h2(.text("Attachments")),
            .if(d.attachments.isEmpty, .p(.text("No attachments."))),
            .ul(.forEach(d.attachments) { a in
                .li(.a(.href("/attachments/\(a.id)"), .text(a.filename)), .text(" (\(a.size / 1024 + 1) KB) "),
                    .if(canWrite && !d.onLegalHold, .form(.action("/attachments/\(a.id)/delete"), .method(.post), .class("inline"), Layout.csrf(s.csrfToken),
                        .input(.type(.hidden), .name("reason"), .value("added by mistake")),
                        .button(.type(.submit), .class("link-button"), .attribute(named: "aria-label", value: "Delete \(a.filename)"), .text("Delete")))))
            }),
            .if(canWrite, .form(.action("/clients/\(id)/attachments"), .method(.post), .enctype(.multipartData),
                Layout.csrf(s.csrfToken),
                .label(.for("file"), .text("Add an attachment")),
                .p(.class("hint"), .id("file-hint"), .text("PDF, PNG or JPEG, up to \(req.application.confide.maxUploadBytes / 1024 / 1024) MB.")),
                .input(.type(.file), .name("file"), .id("file"), .attribute(named: "aria-describedby", value: "file-hint"), .attribute(named: "accept", value: ".pdf,.png,.jpg,.jpeg")),
                .button(.type(.submit), .class("secondary"), .text("Upload"))))
        )
        let res = Layout.render(html)
        return res
    }

    func breakGlassPage(_ req: Request, _ s: StaffContext, _ id: UUID, errors: [String]) -> Response {
        // 403 when shown because access was refused; 422 when the reason given was not enough.
        let html = Layout.page("This client is not in your caseload", staff: s, errors: errors,
            .p(.text("You can open this record only if you have a good reason, for example a safeguarding emergency while the allocated worker is away.")),
            .p(.text("Your reason, your name and the time are recorded and shown to the disclosure lead. Access lasts one hour.")),
            .form(.action("/clients/\(id)/break-glass"), .method(.post), Layout.csrf(s.csrfToken),
                .label(.for("reason"), .text("Why do you need to open this record?")),
                .p(.class("hint"), .id("reason-hint"), .text("At least 10 characters. Do not write the client's name.")),
                .textarea(.name("reason"), .id("reason"), .rows(3), .attribute(named: "aria-describedby", value: "reason-hint")),
                .button(.type(.submit), .class("warning"), .text("Record my reason and open"))),
            .p(.a(.href("/caseload"), .text("Go back to your caseload")))
        )
        return Layout.render(html, status: errors.isEmpty ? .forbidden : .unprocessableEntity)
    }

    func breakGlass(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try Self.id(req, "client")
        do {
            try await RecordsService(req).breakGlass(id, (try? req.content.decode(BreakGlassInput.self)) ?? BreakGlassInput())
            return req.redirect(to: "/clients/\(id)")
        } catch let v as ValidationFailure {
            return breakGlassPage(req, s, id, errors: v.messages)
        }
    }

    // MARK: Records

    func recordForm(_ s: StaffContext, title: String, action: String, input: RecordInput, errors: [String]) -> HTML {
        Layout.page(title, staff: s, errors: errors,
            .form(.action(action), .method(.post), Layout.csrf(s.csrfToken),
                .label(.for("kind"), .text("Kind of record")),
                .select(.attribute(named: "name", value: "kind"), .attribute(named: "id", value: "kind"), .forEach(RecordKind.allCases) { k in
                    Layout.option(k.rawValue, k.label, selected: input.kind == k.rawValue) }),
                .label(.for("occurredOn"), .text("Date of the session or event")),
                .input(.type(.date), .name("occurredOn"), .id("occurredOn"), .value(input.occurredOn ?? Validate.day(Date()))),
                .label(.for("body"), .text("Record")),
                .textarea(.name("body"), .id("body"), .rows(12), .text(input.body ?? "")),
                .button(.type(.submit), .text("Save record"))))
    }

    func newRecord(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try Self.id(req, "client")
        _ = try await RecordsService(req).open(id)
        return Layout.render(recordForm(s, title: "Add a record", action: "/clients/\(id)/records", input: RecordInput(kind: "session_note"), errors: []))
    }

    func createRecord(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try Self.id(req, "client")
        let input = (try? req.content.decode(RecordInput.self)) ?? RecordInput()
        do {
            let r = try await RecordsService(req).addRecord(id, input)
            return req.redirect(to: "/clients/\(id)#record-\(r.id!)")
        } catch let v as ValidationFailure {
            return Layout.render(recordForm(s, title: "Add a record", action: "/clients/\(id)/records", input: input, errors: v.messages), status: .unprocessableEntity)
        }
    }

    func editRecordPage(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try Self.id(req, "record")
        let r = try await RecordsService(req).readRecord(id)
        guard !r.locked else { return req.redirect(to: "/records/\(id)/amend") }
        return Layout.render(recordForm(s, title: "Correct a record", action: "/records/\(id)/edit",
                                        input: RecordInput(kind: r.kind, occurredOn: r.occurredOn, body: r.body), errors: []))
    }

    func editRecord(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try Self.id(req, "record")
        let input = (try? req.content.decode(RecordInput.self)) ?? RecordInput()
        do {
            try await RecordsService(req).editRecord(id, input)
            let r = try await ClientRecord.find(id, on: req.db)
            return req.redirect(to: "/clients/\(r!.clientID)#record-\(id)")
        } catch let v as ValidationFailure {
            return Layout.render(recordForm(s, title: "Correct a record", action: "/records/\(id)/edit", input: input, errors: v.messages), status: .unprocessableEntity)
        }
    }

    func amendForm(_ s: StaffContext, _ r: RecordView, input: AmendmentInput, errors: [String]) -> HTML {
        Layout.page("Add an amendment", staff: s, errors: errors,
            .p(.text("The original record stays as it is. Your amendment is added below it with your name, the time and your reason.")),
            .h2(.text("Original record")),
            .div(.class("record-body"), .text(r.body)),
            .form(.action("/records/\(r.id)/amendments"), .method(.post), Layout.csrf(s.csrfToken),
                .label(.for("reason"), .text("Reason for the amendment")),
                .input(.type(.text), .name("reason"), .id("reason"), .value(input.reason ?? "")),
                .label(.for("body"), .text("Amendment")),
                .textarea(.name("body"), .id("body"), .rows(8), .text(input.body ?? "")),
                .button(.type(.submit), .text("Add amendment"))))
    }

    /// One record on its own page: what a worker opens to read a note (and what the HTTP benchmark times).
    func recordPage(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try Self.id(req, "record")
        let opened = try await RecordsService(req).openRecord(id)
        let r = opened.view
        let canWrite = opened.basis != "open request"
        let title = "\(RecordKind(rawValue: r.kind)?.label ?? r.kind), \(r.occurredOn)"
        return Layout.render(Layout.page(title, staff: s,
            .if(opened.basis == "break-glass", .div(.class("notice"), .p(.text("You opened this record by break-glass. Your access is recorded and shown to the disclosure lead.")))),
            .p(.a(.href("/clients/\(r.clientID)#record-\(r.id)"), .text("Client \(opened.reference)"))),
            Self.recordContent(r, canWrite: canWrite)))
    }

    /// A record as both the client's timeline and the record's own page show it: who wrote it and when, its text,
    /// its amendments, and how it can be changed.
    static func recordContent(_ r: RecordView, canWrite: Bool) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("hint"), .text("By \(r.author), written \(date(r.createdAt)). "
                + (r.locked ? "Locked: changes are added as amendments." : "Can be corrected until \(date(r.locksAt))."))),
            .div(.class("record-body"), .text(r.body)),
            .forEach(r.amendments) { a in
                .div(.class("amendment"),
                     .p(.strong(.text("Amendment by \(a.author), \(date(a.createdAt)). ")), .text("Reason: \(a.reason)")),
                     .div(.class("record-body"), .text(a.body)))
            },
            .if(canWrite, .p(r.locked ? .a(.href("/records/\(r.id)/amend"), .text("Add an amendment"))
                                     : .a(.href("/records/\(r.id)/edit"), .text("Correct this record")))))
    }

    func amendPage(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let r = try await RecordsService(req).readRecord(try Self.id(req, "record"))
        return Layout.render(amendForm(s, r, input: AmendmentInput(), errors: []))
    }

    func amend(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try Self.id(req, "record")
        let input = (try? req.content.decode(AmendmentInput.self)) ?? AmendmentInput()
        do {
            let a = try await RecordsService(req).amend(id, input)
            return req.redirect(to: "/clients/\(a.clientID)#record-\(id)")
        } catch let v as ValidationFailure {
            let r = try await RecordsService(req).readRecord(id)
            return Layout.render(amendForm(s, r, input: input, errors: v.messages), status: .unprocessableEntity)
        }
    }

    // MARK: Attachments

    struct Upload: Content { var file: File?; var _csrf: String? }

    func upload(_ req: Request) async throws -> Response {
        try req.verifyCSRF()
        let id = try Self.id(req, "client")
        _ = try await RecordsService(req).openForCasework(id)
        guard let upload = try? req.content.decode(Upload.self), let file = upload.file else {
            throw ValidationFailure(problems: [("file", "Choose a file to upload")])
        }
        _ = try await RecordsService(req).addAttachment(id, filename: file.filename, data: Data(buffer: file.data))
        return req.redirect(to: "/clients/\(id)")
    }

    func download(_ req: Request) async throws -> Response {
        let (name, type, data) = try await RecordsService(req).readAttachment(try Self.id(req, "attachment"))
        let res = Response(status: .ok, body: .init(data: data))
        res.headers.replaceOrAdd(name: .contentType, value: type)
        // The stored name may be identifying; the download gets a neutral one.
        let ext = name.split(separator: ".").last.map { "." + $0.lowercased().filter(\.isLetter) } ?? ""
        res.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"attachment\(ext)\"")
        return res
    }

    struct DeleteForm: Content { var reason: String? }

    func deleteAttachment(_ req: Request) async throws -> Response {
        let id = try Self.id(req, "attachment")
        let client = try await RecordsService(req).deleteAttachment(id, reason: (try? req.content.decode(DeleteForm.self))?.reason)
        return req.redirect(to: "/clients/\(client)")
    }

    // MARK: Oversight

    func accessHistory(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try Self.id(req, "client")
        let rows = try await RecordsService(req).accessHistory(id)
        let names = try await RecordsService(req).staffNames()
        return Layout.render(Layout.page("Access history", staff: s,
            .p(.text("Every time anyone opened, changed or exported this client's records, newest first. Break-glass access is marked.")),
            historyTable(rows, names)))
    }

    /// "2026-11-29T17:57:24.668Z" as "2026-11-29 17:57:24 UTC": the exact stored time, easier to read.
    static func readableTime(_ at: String) -> String {
        guard at.count >= 19, at.hasSuffix("Z") else { return at }
        return at.prefix(10) + " " + at.dropFirst(11).prefix(8) + " UTC"
    }

    func historyTable(_ rows: [AccessHistoryEntry], _ names: [UUID: String]) -> Node<HTML.BodyContext> {
        .table(.thead(.tr(.th(.text("When")), .th(.text("Who")), .th(.text("Role")), .th(.text("What")), .th(.text("Reason")))),
               .tbody(.forEach(rows) { e in
                   .tr(.td(.text(Self.readableTime(e.at))),
                       .td(.text(UUID(uuidString: String(e.actor.dropFirst("staff:".count))).flatMap { names[$0] } ?? e.actor)),
                       .td(.text(e.role)),
                       .td(.unwrap(AuditActionLabels.words(for: e.action)) { .group(.text($0), .br()) },
                           .code(.text(e.action)), .if(e.flagged, .span(.class("flag"), .text(" flagged")))),
                       .td(.text(e.reason)))
               }))
    }

    func breakGlassReview(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let rows = try await RecordsService(req).flaggedAccesses()
        let names = try await RecordsService(req).staffNames()
        return Layout.render(Layout.page("Break-glass review", staff: s,
            .p(.text("Records opened outside someone's own access, with the reason they gave. Check each one.")),
            .if(rows.isEmpty, .p(.text("No break-glass access so far."))),
            historyTable(rows, names)))
    }
}
