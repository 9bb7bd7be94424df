import ConfideCore
import Fluent
import Foundation
import Plot
import Vapor

/// Staff pages for the survivor's part: her code, her contact preferences, her wishes, telling her safely.
struct SurvivorStaffPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let r = routes.grouped(RequireStaffMiddleware())
        r.form("clients", ":client", "survivor-code", use: issueCode)
        r.form("survivor-codes", ":code", "revoke", use: revokeCode)
        r.form("clients", ":client", "contact-preferences", use: setPreferences)
        r.form("requests", ":request", "wishes", use: recordWish)
        r.form("requests", ":request", "told", use: told)
    }

    func issueCode(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try RecordPages.id(req, "client")
        let code = try await SurvivorService(req).issueCode(id)
        let expires = RequestPages.day(Date().addingTimeInterval(req.application.confide.survivorCodeLifetime))
        return Layout.render(Layout.page("A code for her page", staff: s,
            .p(.text("Give her this code in person or by a channel she said is safe. It works once, until \(expires). It will not be shown again.")),
            .p(.class("code"), .strong(.text(code))),
            .p(.text("She goes to this site's address followed by /s and types the code. Nothing on that page names the service.")),
            .p(.a(.href("/clients/\(id)"), .text("Back to the client")))))
    }

    func revokeCode(_ req: Request) async throws -> Response {
        let client = try await SurvivorService(req).revokeCode(try RecordPages.id(req, "code"))
        return req.redirect(to: "/clients/\(client)#her-page")
    }

    struct PreferencesForm: Content {
        var channels: [String]?
        var times: String?
        var mayNameService: String?
        var safeWord: String?
        var notes: String?
    }

    func setPreferences(_ req: Request) async throws -> Response {
        let id = try RecordPages.id(req, "client")
        let f = (try? req.content.decode(PreferencesForm.self)) ?? PreferencesForm()
        let prefs = ContactPreferences(safeChannels: (f.channels ?? []).compactMap(ContactPreferences.Channel.init(rawValue:)),
                                       times: f.times ?? "", mayNameService: f.mayNameService == "yes", safeWord: f.safeWord ?? "", notes: f.notes ?? "")
        try await SurvivorService(req).setPreferences(id, prefs)
        return req.redirect(to: "/clients/\(id)#safe-contact")
    }

    struct WishForm: Content { var view: String?; var message: String?; var obtainedVia: String? }

    func recordWish(_ req: Request) async throws -> Response {
        let id = try RecordPages.id(req, "request")
        let f = (try? req.content.decode(WishForm.self)) ?? WishForm()
        try await SurvivorService(req).recordWish(id, view: f.view, message: f.message, via: f.obtainedVia)
        return req.redirect(to: "/requests/\(id)#her-wishes")
    }

    struct ToldForm: Content { var how: String? }

    func told(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        let id = try RecordPages.id(req, "request")
        guard let r = try await RecordsRequest.find(id, on: req.db) else { throw Abort(.notFound) }
        _ = try await RecordsService(req).open(r.clientID)   // only those who may open her record
        let how = (try? req.content.decode(ToldForm.self))?.how ?? "in-person"
        guard SurvivorService.channels.contains(how) || ContactPreferences.Channel(rawValue: how) != nil else { throw ValidationFailure(problems: [("how", "Choose how she was told")]) }
        try await req.writeTransaction { [app = req.application] db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "survivor.told", object: "client:\(r.clientID)/request:\(id)", reason: how)
        }
        return req.redirect(to: "/requests/\(id)#her-wishes")
    }

    // MARK: Panels on other pages

    /// On the client page: her page codes and her safe-contact preferences.
    static func clientPanels(_ req: Request, _ s: StaffContext, client: Client, key dk: DataKey, canWrite: Bool) async throws -> Node<HTML.BodyContext> {
        let svc = SurvivorService(req)
        let codes = try await svc.activeCodes(client.id!)
        let prefs = try svc.preferences(client, dk)
        let id = client.id!
        return .group(
            .h2(.id("her-page"), .text("Her page")),
            .p(.text("She can see her requests, what was decided and what was shared, and tell you what she wants, with a one-time code from you.")),
            .if(codes.isEmpty, .p(.text("No code is waiting to be used."))),
            .ul(.forEach(codes) { c in
                .li(.text("Code made by \(c.createdBy) on \(RecordPages.date(c.createdAt)), valid until \(RecordPages.date(c.expiresAt)). "),
                    .form(.action("/survivor-codes/\(c.id)/revoke"), .method(.post), .class("inline"), Layout.csrf(s.csrfToken),
                          .button(.type(.submit), .class("link-button"), .text("Cancel this code"))))
            }),
            .form(.action("/clients/\(id)/survivor-code"), .method(.post), Layout.csrf(s.csrfToken),
                  .button(.type(.submit), .class("secondary"), .text("Make a code for her page"))),
            .h2(.id("safe-contact"), .text("Safe contact")),
            .p(.text(prefs.safeChannels.isEmpty ? "No channel is marked safe: tell her things in person." :
                        "Safe: \(prefs.safeChannels.map(\.rawValue).joined(separator: ", "))" + (prefs.times.isEmpty ? "" : ", \(prefs.times)") +
                        (prefs.mayNameService ? ". The service may be named." : ". Do not name the service.") +
                        (prefs.safeWord.isEmpty ? "" : " Safe word: \(prefs.safeWord)."))),
            .if(canWrite, .form(.action("/clients/\(id)/contact-preferences"), .method(.post), Layout.csrf(s.csrfToken),
                .fieldset(Layout.legend("Which ways of contacting her are safe?"),
                    .forEach(ContactPreferences.Channel.allCases) { ch in
                        .div(.input(.type(.checkbox), .name("channels[]"), .id("ch-\(ch.rawValue)"), .value(ch.rawValue),
                                    .attribute(named: "checked", value: prefs.safeChannels.contains(ch) ? "checked" : nil)),
                             .label(.for("ch-\(ch.rawValue)"), .class("inline-label"), .text(ch.rawValue)))
                    }),
                .label(.for("times"), .text("When is it safe?")),
                .input(.type(.text), .name("times"), .id("times"), .value(prefs.times)),
                .fieldset(Layout.legend("May a message name the service?"),
                    .div(.input(.type(.radio), .name("mayNameService"), .id("name-no"), .value("no"), .attribute(named: "checked", value: prefs.mayNameService ? nil : "checked")),
                         .label(.for("name-no"), .class("inline-label"), .text("No"))),
                    .div(.input(.type(.radio), .name("mayNameService"), .id("name-yes"), .value("yes"), .attribute(named: "checked", value: prefs.mayNameService ? "checked" : nil)),
                         .label(.for("name-yes"), .class("inline-label"), .text("Yes")))),
                .label(.for("safeWord"), .text("Safe word")),
                .input(.type(.text), .name("safeWord"), .id("safeWord"), .value(prefs.safeWord), .attribute(named: "autocomplete", value: "off")),
                .label(.for("notes"), .text("Anything else about contacting her")),
                .textarea(.name("notes"), .id("notes"), .rows(2), .text(prefs.notes)),
                .button(.type(.submit), .class("secondary"), .text("Save contact preferences"))))
        )
    }

    /// On the request page: her wishes beside the decision, how to tell her, and what her page says.
    static func requestPanel(_ req: Request, _ s: StaffContext, request r: RecordsRequest, client: Client, key dk: DataKey) async throws -> Node<HTML.BodyContext> {
        let svc = SurvivorService(req)
        let wishes = try await svc.wishes(r.id!, client: client, dk)
        let prefs = try svc.preferences(client, dk)
        let worker = try await Staff.find(client.allocatedWorkerID, on: req.db)
        let notice = SurvivorNotice.compose(prefs, serviceName: req.application.confide.serviceName,
                                            workerFirstName: worker.map { String($0.displayName.split(separator: " ").first ?? "") } ?? "your worker")
        let explanation = try SurvivorService.explanation(app: req.application, request: r, key: dk, language: "en")
        let open = RequestStatus(rawValue: r.status)?.isOpen == true
        let views = SurvivorView.allCases.map(\.rawValue)
        let book = req.application.phrasebook("en")
        let tell: Node<HTML.BodyContext>
        switch notice {
        case .inPerson:
            tell = .div(.class("hold"), .p(.strong(.text("No channel is safe. ")), .text("Tell her about this request in person, at her next session.")))
        case .message(let channel, let text, let when):
            tell = .div(.class("notice"), .p(.text("Safe by \(channel.rawValue)\(when.isEmpty ? "" : " (\(when))"). Send only this, which says nothing about the request:")),
                        .p(.strong(.text(text))))
        }
        return .group(
            .h2(.id("her-wishes"), .text("Her wishes")),
            .if(wishes.isEmpty, .p(.text("She has not told us what she wants yet."))),
            .ul(.forEach(wishes) { w in
                .li(.strong(.text(book.text("wishes.\(w.view)"))),
                    .text(" — \(RecordPages.date(w.at)), \(w.obtainedVia), recorded by \(w.recordedBy)." + (w.message.isEmpty ? "" : " She said: “\(w.message)”")))
            }),
            tell,
            .if(open, .form(.action("/requests/\(r.id!)/told"), .method(.post), .class("inline"), Layout.csrf(s.csrfToken),
                            .input(.type(.hidden), .name("how"), .value({ if case .message(let c, _, _) = notice { return c.rawValue }; return "in-person" }())),
                            .button(.type(.submit), .class("secondary"), .text("Mark her as told")))),
            .if(open, .form(.action("/requests/\(r.id!)/wishes"), .method(.post), Layout.csrf(s.csrfToken),
                .fieldset(Layout.legend("Record what she wants"),
                    .forEach(views) { v in
                        .div(.input(.type(.radio), .name("view"), .id("wish-\(v)"), .value(v)),
                             .label(.for("wish-\(v)"), .class("inline-label"), .text(book.text("wishes.\(v)"))))
                    }),
                .label(.for("obtainedVia"), .text("How she told you")),
                .select(.attribute(named: "name", value: "obtainedVia"), .attribute(named: "id", value: "obtainedVia"),
                        .forEach(SurvivorService.channels.filter { $0 != "her-page" }) { Layout.option($0, $0.replacingOccurrences(of: "-", with: " "), selected: $0 == "in-person") }),
                .label(.for("wish-message"), .text("What she said")),
                .textarea(.name("message"), .id("wish-message"), .rows(3)),
                .button(.type(.submit), .class("secondary"), .text("Record her wishes")))),
            .details(.summary(.text("What her page says about this request")),
                     .forEach(explanation.sections) { sec in
                         .group(.unwrap(sec.heading) { .h3(.text($0)) }, .ul(.forEach(sec.lines) { .li(.text($0)) }))
                     })
        )
    }
}
