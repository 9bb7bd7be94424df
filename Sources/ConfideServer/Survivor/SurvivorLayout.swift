import ConfideCore
import Plot
import Vapor

/// The frame of every survivor-facing page: a quick-exit button first (a plain link without JavaScript),
/// a neutral title that names nothing, the language switch, no third-party resources.
enum SurvivorLayout {
    static func page(_ book: Phrasebook, language: String, signedIn: Bool = false, notice: String? = nil, errors: [String] = [],
                     _ content: Node<HTML.BodyContext>...) -> HTML {
        let other = book.text("site.language_switch_code")
        return HTML(
            .lang(language == "cy" ? .welsh : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("referrer"), .content("no-referrer")),
                .meta(.name("robots"), .content("noindex, nofollow")),
                .title(book.text("site.title")),
                .stylesheet("/assets/confide.css"),
                .script(.src("/assets/exit.js"), .attribute(named: "defer", value: "defer"))
            ),
            .body(.class("survivor"),
                .header(.class("exit-bar"),
                     .a(.id("quick-exit"), .class("exit-button"), .href("/s/exit"), .attribute(named: "rel", value: "noreferrer"), .text(book.text("site.exit"))),
                     .p(.class("exit-hint"), .text(book.text("site.exit_hint")))),
                .main(.id("main"), .class("wrap"),
                    .p(.class("language"), .a(.href("/s/language/\(other)"), .attribute(named: "lang", value: other), .text(book.text("site.language_switch")))),
                    .if(!errors.isEmpty, .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .ul(.forEach(errors) { .li(.text($0)) }))),
                    .unwrap(notice) { n in .div(.class("notice"), .attribute(named: "role", value: "status"), .p(.text(n))) },
                    .group(content)),
                .footer(.class("wrap site-footer"), .p(.text(book.text("site.footer"))))
            )
        )
    }
}

/// The quick exit: the button, or Shift pressed three times within two seconds, wipes the page and replaces it
/// (not pushes it) with the exit route, so Back does not return here. Served as a file: the CSP allows no inline script.
enum QuickExit {
    static let script = """
    (function () {
      'use strict';
      var presses = [];
      function leave(event) {
        if (event) { event.preventDefault(); }
        try { document.body.innerHTML = ''; document.title = ''; } catch (e) {}
        window.location.replace('/s/exit');
      }
      var button = document.getElementById('quick-exit');
      if (button) { button.addEventListener('click', leave); }
      document.addEventListener('keydown', function (event) {
        if (event.key !== 'Shift' || event.repeat) { return; }
        var now = Date.now();
        presses = presses.filter(function (t) { return now - t < 2000; });
        presses.push(now);
        if (presses.length >= 3) { leave(); }
      });
    })();
    """
}
