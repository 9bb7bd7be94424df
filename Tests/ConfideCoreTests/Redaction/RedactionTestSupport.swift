import Foundation
@testable import ConfideCore

/// Helpers for the redaction tests: what was suggested, as text, and where the corpora live.
enum RedactionFixtures {
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    static let fixtures = folder.appendingPathComponent("Fixtures")
    /// The repository root is three levels up; shared/ sits beside it.
    static let publicNotes = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/domain/redaction/public-notes.jsonl")
    static let ownNotes = fixtures.appendingPathComponent("own-notes.jsonl")
    static let holdoutNotes = fixtures.appendingPathComponent("holdout-notes.jsonl")
    /// Styles the other corpora lacked; styles-b was written after the styles-a changes and first run blind.
    static let stylesA = fixtures.appendingPathComponent("styles-a.jsonl")
    static let stylesB = fixtures.appendingPathComponent("styles-b.jsonl")
    /// Dictated notes, supervision bullets, bilingual notes, referral forms, timelines, group notes with initials; first run blind.
    static let stylesC = fixtures.appendingPathComponent("styles-c.jsonl")
    /// Interpreter-mediated notes, timestamped helpline logs, typed-up handwriting, letters to solicitors, risk tables, faith and
    /// community venues, online abuse with many handles, HMO/rural/Scottish/NI/Welsh addresses; first run blind.
    static let stylesD = fixtures.appendingPathComponent("styles-d.jsonl")
    static let stylesE = fixtures.appendingPathComponent("styles-e.jsonl")
    /// Public-sample styles with new names from many communities, nicknames, initials, venues without cue words; first run blind.
    static let stylesF = fixtures.appendingPathComponent("styles-f.jsonl")
    /// More notes in the public styles, written after the round-6 rules to measure them; first run blind.
    static let stylesG = fixtures.appendingPathComponent("styles-g.jsonl")
    /// Fifty-two notes in the public styles and new ones, written before the round-7 rules were read; first run blind.
    static let stylesH = fixtures.appendingPathComponent("styles-h.jsonl")
    /// Forty-four notes rich in venues, firms, addresses and names, written before the round-8 rules; first run blind.
    static let stylesI = fixtures.appendingPathComponent("styles-i.jsonl")
    /// Forty-nine notes in new kinds of writing (webchat, SMS/WhatsApp/Instagram transcripts, voicemail, MARAC, court support,
    /// supervision, referral forms), written without reading the rules, tests or earlier misses; first run blind.
    static let stylesJ = fixtures.appendingPathComponent("styles-j.jsonl")
    /// Fifty notes in the public styles (session notes, shorthand, helpline and webchat logs, ISVA updates, referrals,
    /// third-party-request file notes, safeguarding notes, emails, letters), written before the rule code was read; first run blind.
    static let stylesK = fixtures.appendingPathComponent("styles-k.jsonl")
    /// Fifty notes in the public styles and more (group notes, phone and webchat logs, case reviews, contact logs) across
    /// England, Scotland, Wales and Northern Ireland, written before the rule code was read; first run blind.
    static let stylesL = fixtures.appendingPathComponent("styles-l.jsonl")
    /// Fifty notes from services the earlier sets did not pick (children and young people's ISVA, a male survivors' service,
    /// webchat, SARC follow-up, older survivors, student services, workplaces, online abuse), written before the rule code
    /// was read; first run blind.
    static let stylesM = fixtures.appendingPathComponent("styles-m.jsonl")
    /// Fifty notes in the public sample's seven kinds and label mix (helpline logs, counsellor shorthand, ISVA updates,
    /// safeguarding notes, session notes, letters, emails) with new people, places and firms, written before the rule code
    /// was read; first run blind.
    static let stylesN = fixtures.appendingPathComponent("styles-n.jsonl")
    /// Forty notes in the public sample's seven kinds, deliberately rich in organisations (employers, schools, surgeries,
    /// pubs, shops, gyms, churches, care homes, firms, clubs) and addresses (inline, over lines, flats, house names, bare
    /// streets), written without reading the rule code; first run blind.
    static let stylesO = fixtures.appendingPathComponent("styles-o.jsonl")
    static var hasPublicNotes: Bool { FileManager.default.fileExists(atPath: publicNotes.path) }

    static func records(_ url: URL) throws -> [RedactionCommandLine.JSONLRecord] {
        try RedactionCommandLine.parseJSONL(try Data(contentsOf: url), source: url.lastPathComponent)
    }
}

/// The suggested spans of `text` as (substring, label), cut by code points as a Python reader would.
func suggestedSpans(_ text: String, known: [String] = []) -> [(text: String, label: RedactionLabel)] {
    let scalars = Array(text.unicodeScalars)
    return RedactionSuggester.suggest(text: text, knownNames: known).map { span in
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return (String(view), span.label)
    }
}

func redactedTexts(_ text: String, _ label: RedactionLabel? = nil, known: [String] = []) -> [String] {
    suggestedSpans(text, known: known).filter { label == nil || $0.label == label }.map(\.text)
}
