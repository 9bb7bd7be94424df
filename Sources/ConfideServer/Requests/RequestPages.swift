import ConfideCore
import ConfidePDF
import Fluent
import Foundation
import Plot
import Vapor

/// Pages for the disclosure lead: the register, intake, the assessment, decision, letters and disclosure.
struct RequestPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let r = routes.grouped(RequireStaffMiddleware())
        r.get("requests", use: register)
        r.get("requests", "new", use: newRequest)
        r.on(.POST, "requests", body: .collect(maxSize: "2mb"), use: create)
        r.get("requests", ":request", use: show)
        r.get("requests", ":request", "edit", use: editPage)
        r.form("requests", ":request", "edit", use: edit)
        r.form("requests", ":request", "decision", use: decide)
        r.form("requests", ":request", "status", use: move)
        r.form("requests", ":request", "disclosures", use: disclose)
        r.get("requests", ":request", "letter", use: letterPage)
        r.form("requests", ":request", "letters", use: saveLetter)
        r.get("requests", ":request", "letters", ":letter", use: printLetter)
        r.get("requests", ":request", "letters", ":letter", "pdf", use: letterPDF)
        r.get("clients", ":client", "disclosures", use: accounting)
        r.get("api", "v1", "requests", use: { req async throws -> [RequestSummary] in try await RequestsService(req).register() })
    }

    static func label(_ outcome: String) -> String {
        switch outcome {
        case "comply": return "Comply"
        case "comply_in_part_redacted": return "Comply in part, redacted"
        case "seek_clarification": return "Seek clarification"
        case "refuse_invite_court_application": return "Refuse; invite a court application"
        case "refer_legal_advice": return "Hold and take legal advice"
        case "safeguarding_minimum_disclosure": return "Safeguarding: minimum disclosure"
        case "produce_to_court": return "Produce to the court"
        case "no_records_held": return "No records held"
        default: return outcome
        }
    }

    static func day(_ d: Date?) -> String {
        guard let d else { return "—" }
        let f = DateFormatter(); f.dateFormat = "d MMM yyyy"; f.locale = Locale(identifier: "en_GB"); f.timeZone = TimeZone(identifier: "Europe/London")
        return f.string(from: d)
    }

    // MARK: Register

    func register(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let rows = try await RequestsService(req).register()
        let overdue = rows.filter(\.overdue).count
        let html = Layout.page("Requests for records", staff: s,
            .if(s.role == .disclosureLead, .p(.a(.class("button"), .href("/requests/new"), .text("Log a new request")))),
            .if(overdue > 0, .div(.class("hold"), .p(.strong(.text("\(overdue) request\(overdue == 1 ? " is" : "s are") past the requester's deadline."))))),
            .if(rows.isEmpty, .p(.text("No requests have been logged."))),
            .if(!rows.isEmpty, .table(
                .caption(.text("\(rows.count) request\(rows.count == 1 ? "" : "s"), open ones first")),
                .thead(.tr(.th(.text("Reference")), .th(.text("Client")), .th(.text("Requester")), .th(.text("Route")), .th(.text("Status")), .th(.text("Deadline")))),
                .tbody(.forEach(rows) { r in row(r, lead: s.role == .disclosureLead) }))))
        return Layout.render(html)
    }

    func row(_ r: RequestSummary, lead: Bool) -> Node<HTML.TableContext> {
        let ref: Node<HTML.BodyContext> = lead ? .a(.href("/requests/\(r.id)"), .text(r.reference)) : .text(r.reference)
        let status = RequestStatus(rawValue: r.status)?.label ?? r.status
        let deadline: Node<HTML.BodyContext> = r.overdue ? .span(.class("flag"), .text("\(Self.day(r.deadline)) — overdue")) : .text(Self.day(r.deadline))
        return .tr(.td(ref), .td(.text(r.clientReference)), .td(.text("\(r.requesterOrganisation) (\(r.requesterType))")),
                   .td(.text(r.route)), .td(.text(status)), .td(deadline))
    }

    // MARK: Intake

    func newRequest(_ req: Request) async throws -> Response {
        Layout.render(try intakePage(req, form: RequestForm(), errors: []))
    }

    func select(_ name: String, _ label: String, _ options: [(String, String)], _ chosen: String?, hint: String? = nil) -> Node<HTML.FormContext> {
        .group(
            .label(.for(name), .text(label)),
            .unwrap(hint) { h in .p(.class("hint"), .text(h)) },
            .select(.attribute(named: "name", value: name), .attribute(named: "id", value: name),
                    Layout.option("", "Not stated", selected: chosen == nil || chosen == ""),
                    .forEach(options) { o in Layout.option(o.0, o.1, selected: chosen == o.0) }))
    }

    func field(_ name: String, _ label: String, _ value: String?, type: HTMLInputType = .text, hint: String? = nil) -> Node<HTML.FormContext> {
        .group(.label(.for(name), .text(label)), .unwrap(hint) { h in .p(.class("hint"), .text(h)) },
               .input(.type(type), .name(name), .id(name), .value(value ?? "")))
    }

    func area(_ name: String, _ label: String, _ value: String?, hint: String? = nil, rows: Int = 5) -> Node<HTML.FormContext> {
        .group(.label(.for(name), .text(label)), .unwrap(hint) { h in .p(.class("hint"), .text(h)) },
               .textarea(.name(name), .id(name), .rows(rows), .text(value ?? "")))
    }

    func words(_ xs: [String]) -> [(String, String)] { xs.map { ($0, $0.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")) } }

    func intakePage(_ req: Request, form f: RequestForm, errors: [String]) throws -> HTML {
        let s = try RequestsService(req).requireLead()
        let yesNo = [("yes", "Yes"), ("no", "No")]
        return Layout.page("Log a new request", staff: s, errors: errors,
            .p(.text("Upload the request file, paste it, or fill in what the request says. Leave out anything it does not say: Confide treats a missing detail as not stated. The assessment runs as soon as you save.")),
            .form(.action("/requests"), .method(.post), .enctype(.multipartData), Layout.csrf(s.csrfToken),
                field("clientReference", "Client's service reference", f.clientReference, hint: "For example C-2026-0142"),
                .fieldset(Layout.legend("A request file"),
                    .label(.for("file"), .text("Upload a request file (YAML or JSON)")),
                    .input(.type(.file), .name("file"), .id("file"), .attribute(named: "accept", value: ".yaml,.yml,.json")),
                    area("document", "Or paste the request file", f.document, rows: 6)),
                .fieldset(Layout.legend("Or describe the request"),
                    select("jurisdiction", "Jurisdiction", RequestForm.jurisdictions, f.jurisdiction ?? "GB-ENG-WLS"),
                    field("receivedAt", "Date received", f.receivedAt, type: .date),
                    select("channel", "How it arrived", words(RequestForm.channels), f.channel),
                    select("requesterType", "Who is asking", words(RequestForm.requesterTypes), f.requesterType),
                    field("organisation", "Organisation", f.organisation),
                    field("requesterName", "Name of the person asking", f.requesterName),
                    field("requesterRole", "Their role or rank", f.requesterRole),
                    field("replyAddress", "Where they want the material sent", f.replyAddress),
                    select("identityVerified", "Have we verified who they are?", yesNo, f.identityVerified),
                    field("authorisationName", "Authorising officer, if named", f.authorisationName),
                    field("authorisationRank", "Authorising officer's rank", f.authorisationRank),
                    select("legalBasis", "Route (legal basis given)", words(RequestForm.legalBases), f.legalBasis),
                    field("crimeReference", "Crime or court reference", f.crimeReference),
                    select("caseStage", "Stage of the case", words(RequestForm.stages), f.caseStage),
                    field("incidentFrom", "Alleged offence: from", f.incidentFrom, type: .date),
                    field("incidentTo", "Alleged offence: to", f.incidentTo, type: .date),
                    .fieldset(Layout.legend("Records asked for"),
                        .forEach(RequestForm.kindsOfRecord) { k in
                            .div(.input(.type(.checkbox), .name("kinds[]"), .id("kind-\(k)"), .value(k),
                                        .attribute(named: "checked", value: (f.kinds ?? []).contains(k) ? "checked" : nil)),
                                 .label(.for("kind-\(k)"), .class("inline-label"), .text(k.replacingOccurrences(of: "-", with: " "))))
                        }),
                    field("recordsFrom", "Records dated from", f.recordsFrom, type: .date),
                    field("recordsTo", "Records dated to", f.recordsTo, type: .date),
                    select("wholeFile", "Do they ask for the whole file?", yesNo, f.wholeFile),
                    field("scopeText", "Any narrower description of what is sought", f.scopeText),
                    area("reason", "The reason they give, in their words", f.reason),
                    area("letterText", "The full text of the letter or email", f.letterText, rows: 8),
                    field("deadline", "Their deadline", f.deadline, type: .date),
                    select("urgentRiskToLife", "Do they say someone's life or safety is at immediate risk?", yesNo, f.urgentRiskToLife),
                    select("sendTo", "Where they ask for it to be sent", words(RequestForm.sendTos), f.sendTo),
                    select("noticeGiven", "Has the survivor been told (notice)?", words(RequestForm.notices), f.noticeGiven),
                    select("consent", "Her consent", words(RequestForm.consents), f.consent),
                    select("recordsHeld", "Do we hold records of this kind for her?", yesNo, f.recordsHeld),
                    select("serviceKind", "Our service", words(RequestForm.serviceKinds), f.serviceKind)),
                .button(.type(.submit), .text("Save and assess"))))
    }

    func create(_ req: Request) async throws -> Response {
        try req.verifyCSRF()
        let form = (try? req.content.decode(RequestForm.self)) ?? RequestForm()
        do {
            let r = try await RequestsService(req).intake(IntakeInput(clientReference: form.clientReference, document: form.requestDocument()))
            return req.redirect(to: "/requests/\(r.id!)")
        } catch let v as ValidationFailure {
            var kept = form; kept.file = nil
            return Layout.render(try intakePage(req, form: kept, errors: v.messages), status: .unprocessableEntity)
        }
    }

    // MARK: The assessment and decision

    func show(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try RecordPages.id(req, "request")
        return Layout.render(try await detailPage(req, s, id, errors: []))
    }

    func detailPage(_ req: Request, _ s: StaffContext, _ id: UUID, errors: [String]) async throws -> HTML {
        let opened = try await RequestsService(req).openDetail(id)
        let survivor = try await SurvivorStaffPages.requestPanel(req, s, request: opened.request, client: opened.client, key: opened.key)
        return detailPage(s, opened.detail, survivor: survivor, errors: errors)
    }

    func detailPage(_ s: StaffContext, _ d: RequestDetail, survivor: Node<HTML.BodyContext>, errors: [String]) -> HTML {
        let a = d.assessment
        let bySeverity = Severity.allCases.map { sev in (sev, a.findings.filter { $0.severity == sev.rawValue }) }.filter { !$0.1.isEmpty }
        let status = RequestStatus(rawValue: d.summary.status) ?? .received
        return Layout.page("Request \(d.summary.reference)", staff: s, errors: errors,
            .dl(.dt(.text("Client")), .dd(.a(.href("/clients/\(d.summary.clientID)"), .text(d.summary.clientReference))),
                .dt(.text("Requester")), .dd(.text("\(d.summary.requesterOrganisation) (\(d.summary.requesterType))")),
                .dt(.text("Route")), .dd(.text(d.summary.route)),
                .dt(.text("Status")), .dd(.text(status.label)),
                .dt(.text("Deadline")), .dd(.text(Self.day(d.summary.deadline) + (d.summary.overdue ? " — overdue" : ""))),
                .dt(.text("Rulebook")), .dd(.text("\(a.rulebook.id) \(a.rulebook.version)"))),
            .h2(.text("Recommended outcome: \(Self.label(a.outcome))")),
            .if(!a.also.isEmpty, .p(.text("Also: " + a.also.map(Self.label).joined(separator: "; ")))),
            .p(.class("hint"), .text("This is what the rulebook's checks point to. You decide, and you may differ from it with reasons.")),
            .h2(.text("Findings")),
            .if(a.findings.isEmpty, .p(.text("No check found a problem with this request."))),
            .forEach(bySeverity) { group in
                .section(.h3(.text("\(group.0.rawValue.capitalized) (\(group.1.count))")),
                    .forEach(group.1) { f in
                        .div(.class("finding"), .h4(.text("\(f.check): \(f.title)")),
                             .p(.strong(.text("Evidence: ")), .text(f.evidence.joined(separator: "; "))),
                             .p(.strong(.text("Sources: ")), .text(f.sources.joined(separator: "; "))),
                             .p(.strong(.text("Suggested reply: ")), .text(f.reply)),
                             .p(.strong(.text("For the survivor: ")), .text(f.for_survivor)))
                    })
            },
            .if(!a.satisfied.isEmpty, .p(.class("hint"), .text("Checks passed: " + a.satisfied.joined(separator: ", ")))),
            survivor,
            .h2(.text("Decision")),
            .unwrap(d.decidedBy) { who in .p(.text("Decided by \(who) on \(Self.day(d.decidedAt)): \(Self.label(d.summary.decidedOutcome ?? ""))." + ((d.decisionReason ?? "").isEmpty ? "" : " Reasons: \(d.decisionReason!)"))) },
            .if(d.nextStatuses.contains("closed") == false && status != .closed,
                .form(.action("/requests/\(d.summary.id)/decision"), .method(.post), Layout.csrf(s.csrfToken),
                    .label(.for("outcome"), .text("Outcome")),
                    .select(.attribute(named: "name", value: "outcome"), .attribute(named: "id", value: "outcome"),
                            .forEach(Outcome.allCases) { o in Layout.option(o.rawValue, Self.label(o.rawValue), selected: (d.summary.decidedOutcome ?? a.outcome) == o.rawValue) }),
                    .label(.for("reasons"), .text("Reasons")),
                    .p(.class("hint"), .id("reasons-hint"), .text("Required when you decide differently from the recommendation.")),
                    .textarea(.name("reasons"), .id("reasons"), .rows(4), .attribute(named: "aria-describedby", value: "reasons-hint")),
                    .button(.type(.submit), .text("Record decision")))),
            .h2(.text("Next step")),
            .if(d.nextStatuses.isEmpty, .p(.text("This request is closed. The client's records are no longer on hold for it."))),
            .forEach(d.nextStatuses) { n in
                .form(.action("/requests/\(d.summary.id)/status"), .method(.post), .class("inline"), Layout.csrf(s.csrfToken),
                      .input(.type(.hidden), .name("status"), .value(n)),
                      .button(.type(.submit), .class("secondary"), .text("Mark as \(RequestStatus(rawValue: n)?.label.lowercased() ?? n)")), .text(" "))
            },
            .p(.a(.href("/requests/\(d.summary.id)/edit"), .text("Change the request (for example, a narrowed request) and assess again"))),
            .h2(.text("Reply letter")),
            .p(.a(.class("button"), .href("/requests/\(d.summary.id)/letter"), .text("Draft the reply from the findings"))),
            .ul(.forEach(d.letters) { l in
                .li(.a(.href("/requests/\(d.summary.id)/letters/\(l.id)"), .text("\(l.kind == "reply" ? "Our reply" : "Requester's letter"), \(RecordPages.date(l.createdAt)), by \(l.author)")),
                    .text(" · "), .a(.href("/requests/\(d.summary.id)/letters/\(l.id)/pdf"), .text("PDF")))
            }),
            .form(.action("/requests/\(d.summary.id)/letters"), .method(.post), Layout.csrf(s.csrfToken),
                .input(.type(.hidden), .name("kind"), .value("from_requester")),
                .label(.for("requester-letter"), .text("Keep the requester's reply with this request")),
                .textarea(.name("body"), .id("requester-letter"), .rows(3)),
                .button(.type(.submit), .class("secondary"), .text("Save their letter"))),
            .h2(.text("Disclosure")),
            .if(status == .decided || status == .disclosed, .p(.a(.class("button"), .href("/requests/\(d.summary.id)/bundle"), .text("Prepare the disclosure bundle")))),
            .if(d.disclosures.isEmpty, .p(.text("Nothing has been disclosed for this request."))),
            .ul(.forEach(d.disclosures) { x in .li(.text("\(x.disclosedOn): to \(x.recipient) — \(x.description) (recorded by \(x.recordedBy))")) }),
            .if(status == .decided || status == .disclosed,
                .form(.action("/requests/\(d.summary.id)/disclosures"), .method(.post), Layout.csrf(s.csrfToken),
                    .label(.for("recipient"), .text("Sent to")),
                    .input(.type(.text), .name("recipient"), .id("recipient")),
                    .label(.for("description"), .text("What was sent")),
                    .p(.class("hint"), .id("description-hint"), .text("Describe the records, not their content: for example, 'attendance dates, March to May 2025'.")),
                    .textarea(.name("description"), .id("description"), .rows(3), .attribute(named: "aria-describedby", value: "description-hint")),
                    .label(.for("disclosedOn"), .text("Date sent")),
                    .input(.type(.date), .name("disclosedOn"), .id("disclosedOn")),
                    .button(.type(.submit), .text("Record the disclosure")))),
            .h2(.text("The request as received")),
            .pre(.class("record-body"), .text(d.document))
        )
    }

    func decide(_ req: Request) async throws -> Response {
        let id = try RecordPages.id(req, "request")
        do {
            try await RequestsService(req).decide(id, (try? req.content.decode(DecisionInput.self)) ?? DecisionInput())
            return req.redirect(to: "/requests/\(id)")
        } catch let v as ValidationFailure {
            return Layout.render(try await detailPage(req, try req.requireStaff(), id, errors: v.messages), status: .unprocessableEntity)
        }
    }

    struct StatusForm: Content { var status: String? }

    func move(_ req: Request) async throws -> Response {
        let id = try RecordPages.id(req, "request")
        do {
            try await RequestsService(req).move(id, to: (try? req.content.decode(StatusForm.self))?.status)
            return req.redirect(to: "/requests/\(id)")
        } catch let v as ValidationFailure {
            return Layout.render(try await detailPage(req, try req.requireStaff(), id, errors: v.messages), status: .unprocessableEntity)
        }
    }

    func disclose(_ req: Request) async throws -> Response {
        let id = try RecordPages.id(req, "request")
        do {
            try await RequestsService(req).recordDisclosure(id, (try? req.content.decode(DisclosureInput.self)) ?? DisclosureInput())
            return req.redirect(to: "/requests/\(id)")
        } catch let v as ValidationFailure {
            return Layout.render(try await detailPage(req, try req.requireStaff(), id, errors: v.messages), status: .unprocessableEntity)
        }
    }

    struct EditForm: Content { var document: String? }

    func editPage(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try RecordPages.id(req, "request")
        let d = try await RequestsService(req).detail(id)
        return Layout.render(editForm(s, id, d.document, errors: []))
    }

    func editForm(_ s: StaffContext, _ id: UUID, _ text: String, errors: [String]) -> HTML {
        Layout.page("Change the request", staff: s, errors: errors,
            .p(.text("Correct the request file, or replace it with the requester's narrowed request. It is assessed again when you save.")),
            .form(.action("/requests/\(id)/edit"), .method(.post), Layout.csrf(s.csrfToken),
                  .label(.for("document"), .text("Request file (YAML or JSON)")),
                  .textarea(.name("document"), .id("document"), .rows(24), .text(text)),
                  .button(.type(.submit), .text("Save and assess again"))))
    }

    func edit(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try RecordPages.id(req, "request")
        let text = (try? req.content.decode(EditForm.self))?.document ?? ""
        do {
            try await RequestsService(req).edit(id, document: text)
            return req.redirect(to: "/requests/\(id)")
        } catch let v as ValidationFailure {
            return Layout.render(editForm(s, id, text, errors: v.messages), status: .unprocessableEntity)
        }
    }

    // MARK: Letters

    func letterPage(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try RecordPages.id(req, "request")
        let draft = try await RequestsService(req).draftLetter(id)
        return Layout.render(Layout.page("Reply letter", staff: s,
            .p(.text("Drafted from the findings and your decision. Edit it as you need, then save it with the request. You can print it or download it as a PDF after saving.")),
            .form(.action("/requests/\(id)/letters"), .method(.post), Layout.csrf(s.csrfToken),
                  .input(.type(.hidden), .name("kind"), .value("reply")),
                  .label(.for("body"), .text("Letter")),
                  .textarea(.name("body"), .id("body"), .rows(30), .text(draft)),
                  .button(.type(.submit), .text("Save the letter")))))
    }

    struct LetterForm: Content { var kind: String?; var body: String? }

    func saveLetter(_ req: Request) async throws -> Response {
        let id = try RecordPages.id(req, "request")
        let f = (try? req.content.decode(LetterForm.self)) ?? LetterForm()
        let l = try await RequestsService(req).saveLetter(id, kind: f.kind ?? "", body: f.body)
        return req.redirect(to: f.kind == "reply" ? "/requests/\(id)/letters/\(l.id!)" : "/requests/\(id)")
    }

    func printLetter(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try RecordPages.id(req, "request")
        let lid = try RecordPages.id(req, "letter")
        let (r, body) = try await RequestsService(req).letter(id, lid)
        return Layout.render(Layout.page("Letter for request \(r.reference)", staff: s,
            .p(.a(.href("/requests/\(id)/letters/\(lid)/pdf"), .text("Download as PDF")), .text(" · "), .a(.href("/requests/\(id)"), .text("Back to the request"))),
            .pre(.class("letter"), .text(body))))
    }

    func letterPDF(_ req: Request) async throws -> Response {
        if let confirm = try req.recentAuthRedirect() { return confirm }
        let id = try RecordPages.id(req, "request")
        let lid = try RecordPages.id(req, "letter")
        let (r, body) = try await RequestsService(req).letter(id, lid)
        let pdf = TextPDF.render(body, title: "Reply \(r.reference)",
                                 page: .init(header: "\(req.application.confide.serviceName) · Request \(r.reference) · Confidential", footer: "Not for onward disclosure."))
        let res = Response(status: .ok, body: .init(data: pdf))
        res.headers.contentType = .init(type: "application", subType: "pdf")
        res.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"reply-\(r.reference).pdf\"")
        return res
    }

    // MARK: Accounting of disclosures

    func accounting(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try RecordPages.id(req, "client")
        let entries: [AccountingEntry]
        do { entries = try await RequestsService(req).accounting(id) }
        catch is NeedsBreakGlass { return RecordPages().breakGlassPage(req, s, id, errors: []) }
        return Layout.render(Layout.page("Accounting of disclosures", staff: s,
            .p(.text("Every request for this client's records, and everything that was disclosed, to whom and when. Entries are never removed.")),
            .if(entries.isEmpty, .p(.text("There have been no requests for this client's records."))),
            .table(.thead(.tr(.th(.text("Request")), .th(.text("Received")), .th(.text("Requester")), .th(.text("Status")), .th(.text("Disclosed")))),
                   .tbody(.forEach(entries) { e in
                       .tr(.td(.text(e.requestReference)), .td(.text(e.receivedOn ?? "—")), .td(.text(e.requester)),
                           .td(.text(RequestStatus(rawValue: e.status)?.label ?? e.status)),
                           .td(.text(e.disclosures.isEmpty ? "Nothing" : e.disclosures.map { "\($0.disclosedOn): to \($0.recipient) — \($0.description)" }.joined(separator: "; "))))
                   }))))
    }
}
