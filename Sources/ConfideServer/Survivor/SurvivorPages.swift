import ConfideCore
import Fluent
import Foundation
import Plot
import Vapor

/// The survivor's own page, at `/s`: no account, a one-time code from her worker, a quick exit on every page,
/// neutral titles and addresses, English or Welsh, and it works without JavaScript.
struct SurvivorPages: RouteCollection {
    static let cookie = "confide_s"
    static let languageCookie = "confide_lang"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("s", use: home)
        routes.form("s", use: redeem)
        routes.form("s", "answer", use: answer)
        routes.get("s", "exit", use: exit)
        routes.get("s", "language", ":code", use: language)
        routes.get("assets", "exit.js") { _ -> Response in
            let res = Response(status: .ok, body: .init(string: QuickExit.script))
            res.headers.contentType = .init(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
            return res
        }
    }

    static func language(_ req: Request) -> String {
        let l = req.cookies[languageCookie]?.string ?? "en"
        return TranslationStore.languages.contains(l) ? l : "en"
    }

    /// Her session, if the cookie is live; an idle or revoked one is ended.
    static func session(_ req: Request) async throws -> SurvivorSession? {
        guard let token = req.cookies[cookie]?.string, !token.isEmpty, token.count < 200,
              let s = try await SurvivorSession.query(on: req.db).filter(\.$tokenHash == Tokens.hash(token)).first(), !s.revoked else { return nil }
        if Date().timeIntervalSince(s.lastSeenAt) > req.application.confide.survivorIdleTimeout {
            s.revoked = true
            try await req.writeTransaction { db in try await s.update(on: db) }
            return nil
        }
        s.lastSeenAt = Date()
        try await req.writeTransaction { db in try await s.update(on: db) }
        return s
    }

    static func csrfToken(_ req: Request) -> String { req.cookies[SignInController.csrfCookie]?.string ?? Tokens.random() }

    static func render(_ req: Request, _ html: HTML, csrf: String, status: HTTPStatus = .ok) -> Response {
        let res = Layout.render(html, status: status)
        res.cookies[SignInController.csrfCookie] = SignInController.cookie(csrf, req: req, maxAge: 3600)
        return res
    }

    // MARK: Pages

    func home(_ req: Request) async throws -> Response {
        let lang = Self.language(req)
        let book = req.application.phrasebook(lang)
        let csrf = Self.csrfToken(req)
        guard let session = try await Self.session(req) else {
            return Self.render(req, SurvivorLayout.page(book, language: lang, codeForm(book, csrf: csrf, error: nil)), csrf: csrf)
        }
        let requests = try await SurvivorService.page(app: req.application, db: req.db, clientID: session.clientID, language: lang)
        try await req.writeTransaction { [app = req.application] db in
            try await AuditLog.append(on: db, app: app, actor: AuditActor(id: "survivor", role: "survivor"), action: "survivor.view", object: "client:\(session.clientID)")
        }
        let notice = (try? req.query.get(String.self, at: "sent")) != nil ? book.text("wishes.thanks") : nil
        return Self.render(req, SurvivorLayout.page(book, language: lang, signedIn: true, notice: notice,
            .h1(.text(book.text("home.heading"))),
            .p(.text(book.text("home.intro"))),
            .if(requests.isEmpty, .p(.text(book.text("home.none")))),
            .forEach(requests) { r in requestSection(r, book, csrf: csrf) }), csrf: csrf)
    }

    func codeForm(_ book: Phrasebook, csrf: String, error: String?) -> Node<HTML.BodyContext> {
        .group(
            .h1(.text(book.text("code.heading"))),
            .unwrap(error) { e in .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text(e))) },
            .form(.action("/s"), .method(.post),
                  .input(.type(.hidden), .name("_csrf"), .value(csrf)),
                  .label(.for("code"), .text(book.text("code.label"))),
                  .p(.class("hint"), .id("code-hint"), .text(book.text("code.hint"))),
                  .input(.type(.text), .name("code"), .id("code"), .attribute(named: "autocomplete", value: "off"),
                         .attribute(named: "aria-describedby", value: "code-hint"), .attribute(named: "spellcheck", value: "false")),
                  .button(.type(.submit), .text(book.text("code.button")))))
    }

    func requestSection(_ r: SurvivorRequestView, _ book: Phrasebook, csrf: String) -> Node<HTML.BodyContext> {
        let views = SurvivorView.allCases.map(\.rawValue)
        return .section(.class("her-request"),
            .h2(.text(book.text("home.request_heading", ["date": r.receivedOn]))),
            .p(.class("status"), .text(book.text("status.\(r.status)"))),
            .forEach(r.explanation.sections) { sec in
                .group(.unwrap(sec.heading) { h in .h3(.text(h)) },
                       sec.isList ? .ul(.forEach(sec.lines) { .li(.text($0)) }) : .group(sec.lines.map { .p(.text($0)) }))
            },
            .unwrap(r.explanation.theirWords) { w in
                .details(.summary(.text(book.text("explain.their_words"))), .p(.class("hint"), .text(book.text("explain.their_words_hint"))),
                         .blockquote(.text(w)))
            },
            .h3(.text(book.text("shared.heading"))),
            .if(r.disclosures.isEmpty, .p(.text(book.text("shared.none")))),
            .ul(.forEach(r.disclosures) { d in .li(.text(book.text("shared.item", ["date": d.disclosedOn, "what": d.description, "to": d.recipient]))) }),
            .unwrap(r.lastWish) { w in .p(.strong(.text(book.text("wishes.your_answer", ["answer": book.text("wishes.\(w.view)")])))) },
            .if(r.open, .form(.action("/s/answer"), .method(.post),
                .input(.type(.hidden), .name("_csrf"), .value(csrf)),
                .input(.type(.hidden), .name("request"), .value(r.requestID.uuidString)),
                .fieldset(Layout.legend(book.text("wishes.question")),
                    .forEach(views) { v in
                        .div(.class("choice"),
                             .input(.type(.radio), .name("view"), .id("view-\(r.requestID)-\(v)"), .value(v)),
                             .label(.for("view-\(r.requestID)-\(v)"), .class("inline-label"), .text(book.text("wishes.\(v)"))))
                    }),
                .label(.for("message-\(r.requestID)"), .text(book.text("wishes.message"))),
                .textarea(.name("message"), .id("message-\(r.requestID)"), .rows(3)),
                .button(.type(.submit), .text(book.text("wishes.button"))))))
    }

    // MARK: Actions

    struct CodeForm: Content { var code: String? }

    func redeem(_ req: Request) async throws -> Response {
        let lang = Self.language(req)
        let book = req.application.phrasebook(lang)
        let csrf = Tokens.random()
        guard await req.application.survivorCodeLimiter.allow(key: req.clientAddress) else {
            return Self.render(req, SurvivorLayout.page(book, language: lang, codeForm(book, csrf: csrf, error: book.text("code.slow_down"))), csrf: csrf, status: .tooManyRequests)
        }
        let given = (try? req.content.decode(CodeForm.self))?.code ?? ""
        let hash = SurvivorService.hash(given)
        let code = SurvivorService.normalise(given).count == 9 ? try await SurvivorCode.query(on: req.db).filter(\.$codeHash == hash).first() : nil
        let now = Date()
        let problem: String? = {
            guard let code else { return "unknown" }
            if code.revokedAt != nil { return "revoked" }
            if code.usedAt != nil { return "used" }
            if code.expiresAt <= now { return "expired" }
            return nil
        }()
        let app = req.application
        if let problem {
            // The same neutral answer whatever went wrong; the reason goes only to the audit trail.
            let object = code.map { "client:\($0.clientID)/code:\($0.id!)" } ?? "survivor-code:unknown"
            try await req.writeTransaction { db in
                try await AuditLog.append(on: db, app: app, actor: .anonymous, action: "survivor.code-failed", object: object, reason: problem)
            }
            return Self.render(req, SurvivorLayout.page(book, language: lang, codeForm(book, csrf: csrf, error: book.text("code.failed"))), csrf: csrf, status: .unauthorized)
        }
        let token = Tokens.random()
        let s = SurvivorSession()
        s.id = UUID(); s.tokenHash = Tokens.hash(token); s.clientID = code!.clientID; s.createdAt = now; s.lastSeenAt = now; s.revoked = false
        code!.usedAt = now
        try await req.writeTransaction { db in
            try await code!.update(on: db)
            try await s.create(on: db)
            try await AuditLog.append(on: db, app: app, actor: AuditActor(id: "survivor", role: "survivor"), action: "survivor.sign-in",
                                      object: "client:\(code!.clientID)/code:\(code!.id!)")
        }
        let res = req.redirect(to: "/s")
        res.cookies[Self.cookie] = SignInController.cookie(token, req: req)
        return res
    }

    struct AnswerForm: Content { var request: String?; var view: String?; var message: String? }

    func answer(_ req: Request) async throws -> Response {
        guard let session = try await Self.session(req) else { return req.redirect(to: "/s") }
        let f = (try? req.content.decode(AnswerForm.self)) ?? AnswerForm()
        let lang = Self.language(req)
        let book = req.application.phrasebook(lang)
        guard let rid = f.request.flatMap(UUID.init(uuidString:)), let r = try await RecordsRequest.find(rid, on: req.db), r.clientID == session.clientID,
              let client = try await Client.find(session.clientID, on: req.db) else {
            throw Abort(.notFound, reason: book.text("code.failed"))
        }
        do {
            try await SurvivorService.storeWish(app: req.application, request: r, client: client, view: f.view, message: f.message,
                                                via: "her-page", recordedBy: nil, actor: AuditActor(id: "survivor", role: "survivor"))
        } catch is ValidationFailure {
            let csrf = Self.csrfToken(req)
            let requests = try await SurvivorService.page(app: req.application, db: req.db, clientID: session.clientID, language: lang)
            return Self.render(req, SurvivorLayout.page(book, language: lang, signedIn: true, errors: [book.text("wishes.choose")],
                .h1(.text(book.text("home.heading"))),
                .forEach(requests) { requestSection($0, book, csrf: csrf) }), csrf: csrf, status: .unprocessableEntity)
        }
        return req.redirect(to: "/s?sent=1")
    }

    /// The quick exit without JavaScript (and the target of the script): ends her session, then leaves for a
    /// neutral site. 303, so the neutral site takes this page's place in the history.
    func exit(_ req: Request) async throws -> Response {
        if let token = req.cookies[Self.cookie]?.string,
           let s = try await SurvivorSession.query(on: req.db).filter(\.$tokenHash == Tokens.hash(token)).first() {
            s.revoked = true
            try await req.writeTransaction { db in try await s.update(on: db) }
        }
        let res = Response(status: .seeOther)
        res.headers.replaceOrAdd(name: .location, value: req.application.confide.exitURL)
        res.cookies[Self.cookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .strict)
        res.headers.replaceOrAdd(name: "Clear-Site-Data", value: "\"cache\"")
        return res
    }

    func language(_ req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? "en"
        let res = req.redirect(to: "/s")
        if TranslationStore.languages.contains(code) {
            res.cookies[Self.languageCookie] = HTTPCookies.Value(string: code, maxAge: 3600 * 24 * 30, path: "/", isHTTPOnly: true, sameSite: .strict)
        }
        return res
    }
}

struct SurvivorCodeLimiterKey: StorageKey { typealias Value = RateLimiter }

extension Application {
    /// Code guessing is slowed per address: 10 tries a minute.
    var survivorCodeLimiter: RateLimiter {
        if let l = storage[SurvivorCodeLimiterKey.self] { return l }
        let l = RateLimiter(limit: 10, window: 60)
        storage[SurvivorCodeLimiterKey.self] = l
        return l
    }
}
