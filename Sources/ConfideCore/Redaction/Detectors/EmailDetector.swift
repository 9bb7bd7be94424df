/// Email addresses. No validation of the domain: `.example` and other reserved names are still someone's address.
enum EmailDetector {
    static let pattern = RedactionPattern(
        #"(?<![\w.+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}"#)

    /// Mailboxes of a service or team ("referrals@", "isva.north@", "info@"). Only the service's own contact details are
    /// left in place by the annotation rules; another body's team mailbox ("safeguarding@ her college") still says
    /// where the survivor studies or works, so it is left alone only when its domain reads as a support service.
    static let roleMailboxes: Set<String> = ["info", "referrals", "referral", "admin", "enquiries", "enquiry", "isva", "idva", "helpline",
        "office", "reception", "team", "duty", "hello", "bookings", "intake", "safeguarding", "noreply", "no-reply", "mailbox", "contactus",
        // "To: counselling@ourservice.example": a service's team, not a person.
        "counselling", "counsellors", "advocacy", "support", "contact"]

    /// Team names only a support service has: "isva.duty@", "counselling@" are the service's own whatever the domain.
    static let serviceTeams: Set<String> = ["isva", "idva", "helpline", "counselling", "counsellors", "advocacy", "intake"]

    /// Words in a domain that mark it as a sexual-violence or support service's own ("greyford-rapecrisis.example").
    static let serviceDomainWords = ["rapecrisis", "rape-crisis", "isva", "idva", "survivor", "sarc", "counselling", "helpline",
                                     "service", "svs", "advocacy", "womensaid", "women", "support"]

    static func isServiceDomain(_ domain: Substring) -> Bool {
        let d = domain.lowercased()
        // "kelsbridgerc.example", "fernlea-rc.example": a Rape Crisis centre's usual short form.
        if let name = d.split(separator: ".").first, name.hasSuffix("rc") { return true }
        return serviceDomainWords.contains { d.contains($0) }
    }

    /// Written to dodge spam filters: "jo [at] mail [dot] example", "jo(at)mail(dot)example", "jo at mail dot example".
    static let obfuscated = RedactionPattern(
        #"(?<![\w.+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]*(?:\s*[\[({]at[\])}]\s*|\s+at\s+)[A-Za-z0-9-]+(?:(?:\s*[\[({]dot[\])}]\s*|\s+dot\s+|\.)[A-Za-z0-9-]+)*(?:\s*[\[({]dot[\])}]\s*|\s+dot\s+)[A-Za-z]{2,}(?!\w)"#,
        caseInsensitive: true)

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out = plain(note)
        if note.tokens.contains(where: { $0.lower == "dot" }) {
            for m in note.matches(obfuscated) { out.append(RedactionCandidate(m.whole, .email, score: 0.85)) }
        }
        return out
    }

    static func plain(_ note: NoteText) -> [RedactionCandidate] {
        note.matches(pattern).compactMap { m in
            let text = note.text(m.whole).lowercased()
            let local = text.split(separator: "@").first.map(String.init) ?? ""
            let first = local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" }).first.map(String.init) ?? local
            let domain = text.split(separator: "@").dropFirst().first ?? ""
            if roleMailboxes.contains(local) || roleMailboxes.contains(first) && !local.contains(where: \.isNumber) {
                return serviceTeams.contains(first) || isServiceDomain(domain) ? nil : RedactionCandidate(m.whole, .email, score: 0.8)
            }
            return RedactionCandidate(m.whole, .email, score: 0.97)
        }
    }
}
