import ConfideCore
import Foundation
import Plot
import Vapor

/// The disclosure workbench: choose records within the request, decide every redaction, have the bundle
/// checked, release it, and download the PDF and its manifest.
struct BundlePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("assets", "workbench.js") { _ -> Response in
            let res = Response(status: .ok, body: .init(string: WorkbenchScript.script))
            res.headers.contentType = .init(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
            return res
        }
        routes.get("assets", "workbench.css") { _ -> Response in
            let res = Response(status: .ok, body: .init(string: WorkbenchScript.css))
            res.headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
            return res
        }
        let r = routes.grouped(RequireStaffMiddleware())
        r.get("requests", ":request", "bundle", use: overview)
        r.form("requests", ":request", "bundle", "records", use: select)
        r.get("requests", ":request", "bundle", "records", ":record", use: bench)
        r.form("requests", ":request", "bundle", "records", ":record", "decisions", use: decide)
        r.form("requests", ":request", "bundle", "records", ":record", "accept-all", use: acceptAll)
        r.form("requests", ":request", "bundle", "records", ":record", "remove", use: remove)
        r.form("requests", ":request", "bundle", "check", use: check)
        r.form("requests", ":request", "bundle", "release", use: release)
        r.form("requests", ":request", "bundle", "copies", use: issueCopy)
        r.get("requests", ":request", "bundle", "copies", ":copy", "pdf", use: pdf)
        r.get("requests", ":request", "bundle", "copies", ":copy", "manifest.json", use: manifest)
    }

    /// Role first, so that nobody but a disclosure lead learns anything (not even whether an id exists).
    func ids(_ req: Request, record: Bool = false) throws -> (StaffContext, UUID, UUID?) {
        let s = try RequestsService(req).requireLead()
        return (s, try RecordPages.id(req, "request"), record ? try RecordPages.id(req, "record") : nil)
    }

    static func kindLabel(_ k: String) -> String { RecordKind(rawValue: k)?.label ?? k }

    static var assets: Node<HTML.BodyContext> { .group(
        .selfClosedElement(named: "link", attributes: [.attribute(named: "rel", value: "stylesheet"), .attribute(named: "href", value: "/assets/workbench.css")]),
        .element(named: "script", nodes: [.attribute(named: "src", value: "/assets/workbench.js"), .attribute(named: "defer", value: "defer")])) }

    // MARK: Overview

    func overview(_ req: Request) async throws -> Response {
        let (s, id, _) = try ids(req)
        return Layout.render(overviewPage(s, try await BundleService(req).overview(id), errors: [],
                                          notice: (try? req.query.get(String.self, at: "done")).map(Self.notice)))
    }

    static func notice(_ code: String) -> String {
        switch code {
        case "added": return "The records were added to the bundle."
        case "removed": return "The record was taken out of the bundle."
        case "checked": return "The check is recorded. The bundle can now be released."
        case "released": return "The bundle was created and entered in the client's accounting of disclosures."
        case "copied": return "The copy was issued and entered in the client's accounting of disclosures."
        default: return "Saved."
        }
    }

    func overviewPage(_ s: StaffContext, _ o: BundleOverview, errors: [String], notice: String? = nil) -> HTML {
        let rid = o.request.id!
        let status = o.bundle?.status ?? "not started"
        let inScope = o.candidates.filter { $0.inScope && !$0.selected }
        let outside = o.candidates.filter { !$0.inScope && !$0.selected }
        let released = o.bundle?.status == "released"
        let pending = o.items.reduce(0) { $0 + $1.pending }
        return Layout.page("Disclosure bundle for request \(o.request.reference)", staff: s, errors: errors, notice: notice,
            Self.assets,
            .p(.a(.href("/requests/\(rid)"), .text("Back to the request"))),
            .dl(.dt(.text("Client")), .dd(.text(o.clientReference)),
                .dt(.text("Recipient")), .dd(.text(o.request.requesterOrganisation)),
                .dt(.text("Decision")), .dd(.text(o.request.decidedOutcome.map(RequestPages.label) ?? "Not decided yet")),
                .dt(.text("The request asks for")), .dd(.text(o.scope.summary)),
                .dt(.text("Bundle")), .dd(.text(Self.statusLabel(status)))),
            .if(!o.decidedToDisclose && !released,
                .div(.class("hold"), .p(.text("A bundle is prepared only after the decision is to disclose something (comply, comply in part redacted, safeguarding minimum disclosure, or produce to the court). Record that decision on the request first.")))),
            .if(o.decidedToDisclose && !released, .group(
                .h2(.text("1. Choose the records")),
                .p(.text("Only records within the request — the kinds of record and the dates it asks for — are offered. Including anything else needs a reason, which is recorded and shown in the bundle's history.")),
                .if(o.scope.attendanceOnly, .p(.class("hint"), .text("This request is for attendance only: each session note is added with its whole text marked as not disclosed, so only its date is sent. Change that on the record's page only if the decision allows it."))),
                .form(.action("/requests/\(rid)/bundle/records"), .method(.post), Layout.csrf(s.csrfToken),
                    .fieldset(Layout.legend("Records within the request (\(inScope.count))"),
                        .if(inScope.isEmpty, .p(.text("No further records of this client are within what the request asks for."))),
                        .forEach(inScope) { c in checkbox(c) }),
                    .if(!inScope.isEmpty, .button(.type(.submit), .text("Add to the bundle")))),
                .if(!outside.isEmpty, .details(.summary(.text("Records outside the request (\(outside.count))")),
                    .form(.action("/requests/\(rid)/bundle/records"), .method(.post), Layout.csrf(s.csrfToken),
                        .fieldset(Layout.legend("Records outside what the request asks for"),
                            .p(.class("hint"), .text("Each shows why it is outside. Include one only if the decision requires it, and say why.")),
                            .forEach(outside) { c in checkbox(c) }),
                        .label(.for("reason"), .text("Why include records outside the request")),
                        .textarea(.name("reason"), .id("reason"), .rows(3)),
                        .button(.type(.submit), .class("secondary"), .text("Add with this reason")))))
            )),
            .h2(.text(released ? "In the bundle" : "2. Decide the redactions")),
            .if(o.items.isEmpty, .p(.text("No records have been chosen yet."))),
            .if(!o.items.isEmpty, .table(
                .caption(.text("\(o.items.count) record\(o.items.count == 1 ? "" : "s") in the bundle; \(pending) suggestion\(pending == 1 ? "" : "s") still to decide")),
                .thead(.tr(.th(.text("Record")), .th(.text("Within the request")), .th(.text("Suggestions to decide")), .th(.text("Removed")), .th(.text("Passages not disclosed")), .th(.text("Action")))),
                .tbody(.forEach(o.items) { i in
                    .tr(.td(.text("\(Self.kindLabel(i.kind)), \(i.occurredOn)")),
                        .td(.text(i.inScope ? "Yes" : "No: \(i.reason ?? "")")),
                        .td(.text(i.pending == 0 ? "None" : "\(i.pending)")), .td(.text("\(i.removed)")), .td(.text("\(i.passages)")),
                        .td(.if(!released, .group(
                            .a(.href("/requests/\(rid)/bundle/records/\(i.recordID)"),
                               .attribute(named: "aria-label", value: "Work on this record: \(Self.kindLabel(i.kind)), \(i.occurredOn)"), .text("Work on this record")),
                            .form(.action("/requests/\(rid)/bundle/records/\(i.recordID)/remove"), .method(.post), .class("inline"), Layout.csrf(s.csrfToken),
                                  .text(" "), .button(.type(.submit), .class("link-button"), .attribute(named: "aria-label", value: "Take out: \(Self.kindLabel(i.kind)), \(i.occurredOn)"), .text("Take out")))))))
                }))),
            .unwrap(o.bundle) { b in b.status == "released" ? releasedSection(s, o, b) : checkSection(s, o, b, pending: pending) })
    }

    static func statusLabel(_ s: String) -> String {
        switch s {
        case "draft": return "Being prepared"
        case "checked": return "Checked, ready to release"
        case "released": return "Released"
        default: return "Not started"
        }
    }

    func checkbox(_ c: BundleCandidate) -> Node<HTML.FormContext> {
        let id = "rec-\(c.recordID)"
        return .div(.class("choice"),
            .input(.type(.checkbox), .name("records[]"), .id(id), .value(c.recordID.uuidString)),
            .label(.for(id), .class("inline-label"),
                   .strong(.text("\(Self.kindLabel(c.kind)), \(c.occurredOn)")),
                   .text(c.inScope ? " — \(c.preview)" : " — outside: \(c.whyOutside). \(c.preview)")))
    }

    func checkSection(_ s: StaffContext, _ o: BundleOverview, _ b: DisclosureBundle, pending: Int) -> Node<HTML.BodyContext> {
        let rid = o.request.id!
        let checked = b.status == "checked"
        return .group(
            .h2(.text("3. Check by a second person")),
            .p(.text("Before anything leaves the service, another disclosure lead reads the bundle through and confirms it. Anyone who chose records or made a decision cannot be the checker. Where the centre has only one disclosure lead, that lead confirms it after signing in again; the bundle's history records which it was.")),
            .if(checked, .p(.strong(.text("Checked by \(o.checkedBy ?? "a disclosure lead")\(b.checkMode == "sole-lead-reauth" ? " (the centre's only disclosure lead, after signing in again)" : "")."))) ),
            .if(!checked && pending > 0, .p(.text("Decide every suggestion first: \(pending) still to decide."))),
            .if(!checked && pending == 0 && !o.items.isEmpty, .group(
                .if(o.youMadeChanges && o.activeLeads > 1, .p(.class("hint"), .text("You prepared this bundle: ask another disclosure lead to open this page and confirm the check."))),
                .if(o.youMadeChanges && o.activeLeads == 1, .p(.class("hint"), .text("You are the centre's only disclosure lead. You will be asked for your password and code again before the check is recorded."))),
                .form(.action("/requests/\(rid)/bundle/check"), .method(.post), Layout.csrf(s.csrfToken),
                      .button(.type(.submit), .text("I have checked the bundle"))))),
            .h2(.text("4. Create the bundle")),
            .p(.text("Creates the PDF (black boxes where text was removed; the removed text is not in the file) and its manifest, enters the disclosure in the client's accounting of disclosures and marks the request disclosed.")),
            .if(checked, .form(.action("/requests/\(rid)/bundle/release"), .method(.post), Layout.csrf(s.csrfToken),
                               .button(.type(.submit), .text("Create the bundle")))),
            .if(!checked, .p(.class("hint"), .text("Available once the bundle is checked."))))
    }

    func releasedSection(_ s: StaffContext, _ o: BundleOverview, _ b: DisclosureBundle) -> Node<HTML.BodyContext> {
        let rid = o.request.id!
        return .group(
            .h2(.text("The bundle")),
            .p(.text("Released on \(b.bundleDate ?? "") by \(o.releasedBy ?? "a disclosure lead"); checked by \(o.checkedBy ?? "a disclosure lead")\(b.checkMode == "sole-lead-reauth" ? " (sole lead, after signing in again)" : "").")),
            .p(.text("Each recipient has their own copy, with their name on every page. The first download of a copy is recorded as handing it over; downloading it again is recorded and flagged for the manager, so do it only if the copy sent was lost.")),
            copiesTable(rid, o.copies),
            .h3(.text("Issue a copy to another recipient")),
            .p(.text("For example the court, when the request came from the prosecutor. The copy holds exactly the same documents and redactions; it is entered in the client's accounting of disclosures with your reason.")),
            .form(.action("/requests/\(rid)/bundle/copies"), .method(.post), Layout.csrf(s.csrfToken),
                  .label(.for("recipient"), .text("Who the copy is for (organisation, and role if needed)")),
                  .input(.type(.text), .name("recipient"), .id("recipient"), .attribute(named: "maxlength", value: "200"), .attribute(named: "autocomplete", value: "off")),
                  .label(.for("copy-reason"), .text("Why this recipient may have it")),
                  .textarea(.name("reason"), .id("copy-reason"), .rows(3)),
                  .button(.type(.submit), .class("secondary"), .text("Issue a copy"))),
            .unwrap(o.manifest) { m in .details(.summary(.text("The manifest of copy 1")), .pre(.class("manifest"), .text(m))) })
    }

    func copiesTable(_ rid: UUID, _ copies: [BundleCopyView]) -> Node<HTML.BodyContext> {
        .table(
            .caption(.text("Copies issued (\(copies.count))")),
            .thead(.tr(.th(.text("Copy")), .th(.text("For")), .th(.text("Issued")), .th(.text("Downloaded")), .th(.text("SHA-256 of the PDF")), .th(.text("Download")))),
            .tbody(.forEach(copies) { c in copyRow(rid, c) }))
    }

    func copyRow(_ rid: UUID, _ c: BundleCopyView) -> Node<HTML.TableContext> {
        let issued = "\(RecordPages.date(c.issuedAt)) by \(c.issuedBy)"
        var downloaded = "Not yet"
        if let at = c.downloadedAt {
            downloaded = "First on \(RecordPages.date(at)) by \(c.downloadedBy ?? "a disclosure lead")"
            if c.downloads > 1 { downloaded += "; \(c.downloads - 1) re-download\(c.downloads == 2 ? "" : "s")" }
        }
        let again = c.downloadedAt != nil
        let pdfLabel = (again ? "Download again" : "Download") + " copy \(c.number) for \(c.recipient) (PDF)"
        let pdfLink: Node<HTML.BodyContext> = .a(.class("button"), .href("/requests/\(rid)/bundle/copies/\(c.id)/pdf"),
            .attribute(named: "aria-label", value: pdfLabel), .text(again ? "Download again (recorded)" : "Download the bundle (PDF)"))
        let manifestLink: Node<HTML.BodyContext> = .a(.class("button secondary"), .href("/requests/\(rid)/bundle/copies/\(c.id)/manifest.json"),
            .attribute(named: "aria-label", value: "Manifest of copy \(c.number) for \(c.recipient) (JSON)"), .text("Download the manifest (JSON)"))
        return .tr(.td(.text("\(c.number)")), .td(.text(c.recipient)), .td(.text(issued)), .td(.text(downloaded)),
                   .td(.code(.class("hash"), .text(c.sha256))), .td(pdfLink, .text(" "), manifestLink))
    }

    func issueCopy(_ req: Request) async throws -> Response {
        let (s, id, _) = try ids(req)
        // Issuing a copy is an export: the person must have proved who they are recently.
        if Date().timeIntervalSince(s.authenticatedAt) > req.application.confide.reauthWindow {
            return req.redirect(to: "/reauth?next=" + "/requests/\(id)/bundle".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        }
        let input = (try? req.content.decode(BundleCopyInput.self)) ?? BundleCopyInput()
        do {
            _ = try await BundleService(req).issueCopy(id, input)
            return req.redirect(to: "/requests/\(id)/bundle?done=copied")
        } catch let v as ValidationFailure {
            return Layout.render(overviewPage(s, try await BundleService(req).overview(id), errors: v.messages), status: .unprocessableEntity)
        }
    }

    func select(_ req: Request) async throws -> Response {
        let (s, id, _) = try ids(req)
        let input = (try? req.content.decode(BundleSelectInput.self)) ?? BundleSelectInput()
        do {
            try await BundleService(req).select(id, input)
            return req.redirect(to: "/requests/\(id)/bundle?done=added")
        } catch let v as ValidationFailure {
            return Layout.render(overviewPage(s, try await BundleService(req).overview(id), errors: v.messages), status: .unprocessableEntity)
        }
    }

    func remove(_ req: Request) async throws -> Response {
        let (_, id, record) = try ids(req, record: true)
        try await BundleService(req).remove(id, record: record!)
        return req.redirect(to: "/requests/\(id)/bundle?done=removed")
    }

    func check(_ req: Request) async throws -> Response {
        let (_, id, _) = try ids(req)
        switch try await BundleService(req).check(id) {
        case .checked: return req.redirect(to: "/requests/\(id)/bundle?done=checked")
        case .needsReauth: return req.redirect(to: "/reauth?next=" + "/requests/\(id)/bundle".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        }
    }

    func release(_ req: Request) async throws -> Response {
        let (s, id, _) = try ids(req)
        // Creating the export needs the person to have proved who they are recently, as downloading does.
        if Date().timeIntervalSince(s.authenticatedAt) > req.application.confide.reauthWindow {
            return req.redirect(to: "/reauth?next=" + "/requests/\(id)/bundle".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        }
        _ = try await BundleService(req).release(id)
        return req.redirect(to: "/requests/\(id)/bundle?done=released")
    }

    func pdf(_ req: Request) async throws -> Response {
        _ = try ids(req)
        let copyID = try RecordPages.id(req, "copy")
        if let confirm = try req.recentAuthRedirect() { return confirm }
        let (r, copy, data, _) = try await BundleService(req).download(try RecordPages.id(req, "request"), copy: copyID, manifest: false)
        let res = Response(status: .ok, body: .init(data: data))
        res.headers.contentType = .init(type: "application", subType: "pdf")
        res.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"bundle-\(r.reference)-copy-\(copy.number).pdf\"")
        return res
    }

    func manifest(_ req: Request) async throws -> Response {
        _ = try ids(req)
        let copyID = try RecordPages.id(req, "copy")
        if let confirm = try req.recentAuthRedirect() { return confirm }
        let (r, copy, data, _) = try await BundleService(req).download(try RecordPages.id(req, "request"), copy: copyID, manifest: true)
        let res = Response(status: .ok, body: .init(data: data))
        res.headers.contentType = .json
        res.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"bundle-\(r.reference)-copy-\(copy.number).manifest.json\"")
        return res
    }

    // MARK: One record's workbench

    func bench(_ req: Request) async throws -> Response {
        let (s, id, record) = try ids(req, record: true)
        let b = try await BundleService(req).bench(id, record: record!)
        return Layout.render(benchPage(s, b, errors: [], notice: (try? req.query.get(String.self, at: "done")).map(Self.saved)))
    }

    static func saved(_ verb: String) -> String {
        switch verb {
        case "accept": return "Saved: removed."
        case "reject": return "Saved: kept."
        case "redact": return "Saved: the words are removed."
        case "passage": return "Saved: the passage will not be disclosed."
        case "withdraw": return "Saved: undone."
        default: return "Saved."
        }
    }

    enum Display: Equatable { case kept, removed, withheld, suggested(Int) }

    func benchPage(_ s: StaffContext, _ b: RecordBench, errors: [String], notice: String? = nil) -> HTML {
        let red = b.redactions
        let rid = b.request.id!, recID = b.record.id!
        let base = "/requests/\(rid)/bundle/records/\(recID)"
        // What each code point shows as: pending suggestions are highlighted where the text is still kept.
        var display: [Display] = red.marks.map { m in
            switch m { case .kept: return .kept; case .removed: return .removed; case .withheld: return .withheld }
        }
        for (n, sug) in red.suggestions.enumerated() where sug.state == .pending {
            for i in max(0, sug.span.start)..<min(sug.span.end, display.count) where display[i] == .kept { display[i] = .suggested(n + 1) }
        }
        var runs: [(Display, Int, Int)] = []
        var i = 0
        while i < display.count {
            var j = i + 1
            while j < display.count && display[j] == display[i] { j += 1 }
            runs.append((display[i], i, j)); i = j
        }
        let released = b.bundle.status == "released"
        return Layout.page("Redactions: \(Self.kindLabel(b.record.kind)), \(b.record.occurredOn)", staff: s, errors: errors, notice: notice,
            Self.assets,
            .p(.a(.href("/requests/\(rid)/bundle"), .text("Back to the bundle for request \(b.request.reference)"))),
            .if(!b.inScope, .div(.class("hold"), .p(.text("This record is outside what the request asks for; it was included with a recorded reason.")))),
            .p(.text("Every decision is saved as you make it: you can close the browser and carry on later.")),
            .p(.class("legend-chips"), .span(.class("chip-suggested"), .text("suggested, to decide")), .span(.class("chip-removed"), .text("removed")),
               .span(.class("chip-withheld"), .text("passage not disclosed"))),
            .h2(.text("The record")),
            .div(.id("record-text"), .class("record-text"), .attribute(named: "tabindex", value: "0"), .attribute(named: "role", value: "region"),
                 .attribute(named: "aria-label", value: "Record text"),
                 .forEach(runs) { (r: (Display, Int, Int)) -> Node<HTML.BodyContext> in
                     let t = red.substring(r.1, r.2)
                     switch r.0 {
                     case .kept: return .span(.text(t))
                     case .removed: return .element(named: "mark", nodes: [.class("removed"), .text(t)])
                     case .withheld: return .span(.class("withheld"), .text(t))
                     case let .suggested(n): return .element(named: "mark", nodes: [.class("suggested"), .attribute(named: "data-n", value: "\(n)"), .text(t)])
                     }
                 }),
            .h2(.text("Suggestions (\(red.suggestions.count); \(red.pending) to decide)")),
            .if(red.suggestions.isEmpty, .p(.text("Confide found nothing it would suggest removing. Read the record and remove anything else by hand below."))),
            .if(!red.suggestions.isEmpty && !released, .form(.action("\(base)/accept-all"), .method(.post), Layout.csrf(s.csrfToken),
                .button(.type(.submit), .class("secondary"), .text("Remove every suggestion still to decide")))),
            .if(!red.suggestions.isEmpty, .table(
                .caption(.text("Each suggestion in its context")),
                .thead(.tr(.th(.text("No.")), .th(.text("What")), .th(.text("In context")), .th(.text("Decision")), .th(.text("Change")))),
                .tbody(.forEach(Array(red.suggestions.enumerated())) { (pair: (offset: Int, element: RecordRedactions.Suggestion)) -> Node<HTML.TableContext> in
                    let n = pair.offset, sug = pair.element
                    let before = red.substring(max(0, sug.span.start - 40), sug.span.start)
                    let after = red.substring(sug.span.end, sug.span.end + 40)
                    return .tr(.td(.text("\(n + 1)")), .td(.text(sug.span.label.rawValue.replacingOccurrences(of: "_", with: " ").lowercased())),
                        .td(.class("context"), .text("…" + before), .strong(.text(red.substring(sug.span.start, sug.span.end))), .text(after + "…")),
                        .td(.text(sug.state == .pending ? "To decide" : sug.state == .accepted ? "Removed" : "Kept")),
                        .td(.if(!released, .group(
                            suggestionForm(s, base, sug, n + 1, accept: true), .text(" "), suggestionForm(s, base, sug, n + 1, accept: false)))))
                }))),
            .if(!released, .group(
                .h2(.text("Remove other text")),
                .p(.id("selection-hint"), .class("hint"), .attribute(named: "hidden", value: "hidden"),
                   .text("Select words in the record above: they fill in the forms below. Typing them by hand works too.")),
                .p(.id("selection-status"), .attribute(named: "aria-live", value: "polite")),
                .form(.action("\(base)/decisions"), .method(.post), .class("selection-form"), Layout.csrf(s.csrfToken),
                    .input(.type(.hidden), .name("action"), .value("redact")),
                    .input(.type(.hidden), .name("start"), .value("")), .input(.type(.hidden), .name("end"), .value("")),
                    .label(.for("redact-words"), .text("Exact words to remove")),
                    .p(.class("hint"), .id("redact-hint"), .text("Typed by hand, every place these exact words appear in this record is removed.")),
                    .textarea(.name("words"), .id("redact-words"), .rows(2), .attribute(named: "aria-describedby", value: "redact-hint")),
                    .button(.type(.submit), .text("Remove these words"))),
                .form(.action("\(base)/decisions"), .method(.post), .class("selection-form"), Layout.csrf(s.csrfToken),
                    .input(.type(.hidden), .name("action"), .value("passage")),
                    .input(.type(.hidden), .name("start"), .value("")), .input(.type(.hidden), .name("end"), .value("")),
                    .label(.for("passage-words"), .text("A whole passage not to disclose")),
                    .textarea(.name("words"), .id("passage-words"), .rows(3)),
                    .label(.for("passage-reason"), .text("Why it is not disclosed")),
                    .select(.attribute(named: "name", value: "reason"), .attribute(named: "id", value: "passage-reason"),
                            .forEach(PassageReason.allCases) { r in Layout.option(r.rawValue, r.label.prefix(1).uppercased() + r.label.dropFirst(), selected: false) }),
                    .button(.type(.submit), .class("secondary"), .text("Mark the passage as not disclosed"))))),
            .h2(.text("Removed by hand and passages not disclosed")),
            .if(red.manual.isEmpty && red.passages.isEmpty, .p(.text("None yet."))),
            .ul(.forEach(red.manual) { m in
                    .li(.text("Removed: “\(red.substring(m.start, m.end))”"), withdrawForm(s, base, m.seq, released: released))
                },
                .forEach(red.passages) { p in
                    .li(.text("Not disclosed (\(p.reason.label)): “\(String(red.substring(p.start, p.end).prefix(80)))\(p.end - p.start > 80 ? "…" : "")”"),
                        withdrawForm(s, base, p.seq, released: released))
                }))
    }

    func suggestionForm(_ s: StaffContext, _ base: String, _ sug: RecordRedactions.Suggestion, _ n: Int, accept: Bool) -> Node<HTML.BodyContext> {
        .form(.action("\(base)/decisions"), .method(.post), .class("inline"), Layout.csrf(s.csrfToken),
              .input(.type(.hidden), .name("action"), .value(accept ? "accept" : "reject")),
              .input(.type(.hidden), .name("start"), .value("\(sug.span.start)")), .input(.type(.hidden), .name("end"), .value("\(sug.span.end)")),
              .input(.type(.hidden), .name("label"), .value(sug.span.label.rawValue)),
              .button(.type(.submit), .attribute(named: "class", value: accept ? nil : "secondary"), .attribute(named: "aria-label", value: "\(accept ? "Remove" : "Keep") suggestion \(n)"),
                      .text(accept ? "Remove" : "Keep")))
    }

    func withdrawForm(_ s: StaffContext, _ base: String, _ seq: Int, released: Bool) -> Node<HTML.BodyContext> {
        .if(!released, .form(.action("\(base)/decisions"), .method(.post), .class("inline"), Layout.csrf(s.csrfToken),
              .input(.type(.hidden), .name("action"), .value("withdraw")), .input(.type(.hidden), .name("target"), .value("\(seq)")),
              .text(" "), .button(.type(.submit), .class("link-button"), .text("Undo"))))
    }

    func decide(_ req: Request) async throws -> Response {
        let (s, id, record) = try ids(req, record: true)
        let input = (try? req.content.decode(BundleDecisionInput.self)) ?? BundleDecisionInput()
        do {
            let verb = try await BundleService(req).decide(id, record: record!, input)
            return req.redirect(to: "/requests/\(id)/bundle/records/\(record!)?done=\(verb)")
        } catch let v as ValidationFailure {
            return Layout.render(benchPage(s, try await BundleService(req).bench(id, record: record!, audit: false), errors: v.messages), status: .unprocessableEntity)
        }
    }

    func acceptAll(_ req: Request) async throws -> Response {
        let (_, id, record) = try ids(req, record: true)
        try await BundleService(req).acceptAll(id, record: record!)
        return req.redirect(to: "/requests/\(id)/bundle/records/\(record!)?done=accept")
    }
}
