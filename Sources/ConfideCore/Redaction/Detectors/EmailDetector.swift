/// Email addresses. No validation of the domain: `.example` and other reserved names are still someone's address.
enum EmailDetector {
    static let pattern = RedactionPattern(
        #"(?<![\w.+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}"#)

    /// Mailboxes of a service or team ("referrals@", "isva.north@", "info@"): the service's own contact details, which the
    /// annotation rules leave in place.
    static let roleMailboxes: Set<String> = ["info", "referrals", "referral", "admin", "enquiries", "enquiry", "isva", "idva", "helpline",
        "office", "reception", "team", "duty", "hello", "bookings", "intake", "safeguarding", "noreply", "no-reply", "mailbox", "contactus"]

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        note.matches(pattern).compactMap { m in
            let text = note.text(m.whole).lowercased()
            let local = text.split(separator: "@").first.map(String.init) ?? ""
            let first = local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" }).first.map(String.init) ?? local
            if roleMailboxes.contains(local) || roleMailboxes.contains(first) && !local.contains(where: \.isNumber) { return nil }
            return RedactionCandidate(m.whole, .email, score: 0.97)
        }
    }
}
