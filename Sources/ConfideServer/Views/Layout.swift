import Plot
import Vapor

/// The shell of every staff page. Titles name the page, never a client; the header offers a skip link and
/// the navigation for the signed-in role. Plot escapes every text node, so user content cannot inject markup.
enum Layout {
    static func page(_ title: String, staff: StaffContext?, errors: [String] = [], notice: String? = nil,
                     _ content: Node<HTML.BodyContext>...) -> HTML {
        HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) – Confide"),
                .stylesheet("/assets/confide.css")
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text("Skip to main content")),
                .header(.class("site-header"),
                    .div(.class("wrap"),
                        .a(.class("brand"), .href(staff == nil ? "/" : "/caseload"), .text("Confide")),
                        .unwrap(staff) { s in nav(s) }
                    )
                ),
                .main(.id("main"), .class("wrap"),
                    .if(!errors.isEmpty, errorSummary(errors)),
                    .unwrap(notice) { n in .div(.class("notice"), .attribute(named: "role", value: "status"), .p(.text(n))) },
                    .h1(.text(title)),
                    .group(content)
                ),
                .footer(.class("wrap site-footer"), .p(.text("Confide keeps survivors' records safe. Everything you open here is recorded.")))
            )
        )
    }

    static func nav(_ s: StaffContext) -> Node<HTML.BodyContext> {
        var links: [(String, String)] = [("/caseload", "Caseload")]
        if s.role == .disclosureLead || s.role == .manager { links.append(("/requests", "Requests")); links.append(("/break-glass", "Break-glass review")) }
        if s.role == .disclosureLead || s.role == .manager { links.append(("/statistics", "Statistics")) }
        if s.role == .manager { links.append(("/admin/staff", "Staff")); links.append(("/retention", "Retention")) }
        links.append(("/account", "Account"))
        return .nav(.attribute(named: "aria-label", value: "Main"),
            .ul(.forEach(links) { l in .li(.a(.href(l.0), .text(l.1))) }),
            .p(.class("whoami"), .text("\(s.displayName) (\(s.role.label))")),
            .form(.action("/sign-out"), .method(.post), .class("inline"),
                  csrf(s.csrfToken),
                  .button(.type(.submit), .class("link-button"), .text("Sign out")))
        )
    }

    /// GOV.UK-style error summary: focusable, listed at the top, linking to the fields.
    static func errorSummary(_ errors: [String]) -> Node<HTML.BodyContext> {
        .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"),
             .h2(.text("There is a problem")),
             .ul(.forEach(errors) { .li(.text($0)) }))
    }

    static func csrf(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name("_csrf"), .value(token))
    }

    /// Plot's `option` cannot hold a label, so options are built as plain elements (still escaped).
    static func option(_ value: String, _ label: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [.attribute(named: "value", value: value),
                                          .attribute(named: "selected", value: selected ? "selected" : nil), .text(label)])
    }

    static func legend(_ text: String) -> Node<HTML.FormContext> {
        .element(named: "legend", nodes: [.text(text)])
    }

    static func render(_ html: HTML, status: HTTPStatus = .ok) -> Response {
        let res = Response(status: status, body: .init(string: html.render()))
        res.headers.contentType = .html
        return res
    }
}
