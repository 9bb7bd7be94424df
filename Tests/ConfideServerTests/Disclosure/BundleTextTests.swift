import ConfideCore
import ConfidePDF
import Foundation
@testable import ConfideServer
import Testing

/// The pure parts of a bundle: scope, replaying decisions, the text as disclosed, and the PDF renderer.
@Suite("Disclosure bundles: scope, decisions and rendering")
struct BundleTextTests {
    @Test func requestKindsMapToRecordKinds() throws {
        func scope(_ yaml: String) throws -> BundleScope {
            let doc = """
                schema: confide.request/v1
                jurisdiction: GB-ENG-WLS
                requester: { type: police, organisation: Westfold Constabulary }
                \(yaml)
                """
            return BundleScope(try RequestParser.parse(doc).request)
        }
        let notes = try scope("records_sought: { kinds: [counselling-notes, isva-notes], from: 2026-03-01, to: 2026-03-31 }")
        #expect(notes.kinds == [.sessionNote] && !notes.attendanceOnly)
        #expect(notes.contains(kind: "session_note", date: "2026-03-01") && notes.contains(kind: "session_note", date: "2026-03-31"))
        #expect(!notes.contains(kind: "session_note", date: "2026-02-28") && !notes.contains(kind: "session_note", date: "2026-04-01"))
        #expect(!notes.contains(kind: "safeguarding", date: "2026-03-05"))
        #expect(notes.whyOutside(kind: "assessment", date: "2026-04-02") == "not a kind of record asked for; after 2026-03-31")
        #expect(try scope("records_sought: { kinds: [all] }").kinds == Set(RecordKind.allCases))
        #expect(try scope("records_sought: { whole_file: true }").kinds == Set(RecordKind.allCases))
        #expect(try scope("records_sought: { kinds: [referral] }").kinds == [.correspondence])
        #expect(try scope("records_sought: { kinds: [assessment, safeguarding] }").kinds == [.assessment, .safeguarding])
        #expect(try scope("records_sought: { kinds: [attendance] }").attendanceOnly)
        #expect(try scope("records_sought: { kinds: [helpline-log] }").kinds.isEmpty)
        #expect(try scope("reason: not stated").kinds.isEmpty, "a request that names nothing reaches nothing without a reason")
    }

    @Test func decisionsReplayInOrderAndPassagesWin() {
        let text = "Call Ann Smith on 07700 900123 today. She said nothing else."
        let name = RedactionSpan(start: 5, end: 14, label: .person, score: 0.9)
        let phone = RedactionSpan(start: 18, end: 30, label: .phone, score: 0.95)
        let d: [(seq: Int, decision: BundleDecision)] = [
            (1, BundleDecision(action: .accept, start: 5, end: 14, label: "PERSON")),
            (2, BundleDecision(action: .reject, start: 18, end: 30, label: "PHONE")),
            (3, BundleDecision(action: .accept, start: 18, end: 30, label: "PHONE")),   // changed her mind: latest wins
            (4, BundleDecision(action: .redact, start: 31, end: 36, label: "MANUAL")),
            (5, BundleDecision(action: .withdraw, start: 0, end: 0, target: 4)),
            (6, BundleDecision(action: .passage, start: 38, end: 60, reason: .notNecessary)),
        ]
        let r = RecordRedactions(text: text, suggestions: [name, phone], decisions: d)
        #expect(r.pending == 0 && r.suggestions.map(\.state) == [.accepted, .accepted])
        #expect(r.manual.isEmpty, "the withdrawn removal is gone")
        #expect(r.passages.count == 1)
        #expect(r.segments == [.kept("Call "), .removed(characters: 9), .kept(" on "), .removed(characters: 12), .kept(" today. "),
                               .withheld("Passage not disclosed: not necessary for the stated line of enquiry")])
        #expect(r.disclosedText == "Call [removed] on [removed] today. [Passage not disclosed: not necessary for the stated line of enquiry]")
        let undecided = RecordRedactions(text: text, suggestions: [name, phone], decisions: [])
        #expect(undecided.pending == 2 && undecided.segments == [.kept(text)], "nothing is removed until decided")
    }

    @Test func typedWordsMatchWholeWordsInCodePoints() {
        let r = RecordRedactions(text: "Zoë met the other Zoë; he left. Theo stayed.", suggestions: [], decisions: [])
        #expect(r.occurrences(of: "Zoë").map { [$0.0, $0.1] } == [[0, 3], [18, 21]])
        #expect(r.occurrences(of: "he").map { [$0.0, $0.1] } == [[23, 25]], "not inside 'the', 'other' or 'Theo'")
        #expect(r.substring(18, 21) == "Zoë")
        #expect(r.occurrences(of: "nobody").isEmpty)
    }

    @Test func renderingIsDeterministicAndNeverHoldsRemovedText() throws {
        let header = BundlePDF.Header(title: "Disclosure bundle R-2026-0001", lines: ["Service · request R-2026-0001", "To: Westfold Constabulary", "NOT FOR ONWARD DISCLOSURE"],
                                      footer: "Not for onward disclosure")
        let long = String(repeating: "A long line of kept text that wraps across the page. ", count: 200)
        let docs = [BundlePDF.Document(heading: "Document 1 of 1: Session note", segments: [
            .kept("Met "), .removed(characters: 12), .kept("'s sister.\n\nSecond paragraph. " + long), .removed(characters: 400), .withheld("Passage not disclosed: about another person")])]
        let a = BundlePDF.render(header: header, preface: ["Contents", "1. Session note"], documents: docs)
        let b = BundlePDF.render(header: header, preface: ["Contents", "1. Session note"], documents: docs)
        #expect(a.starts(with: Data("%PDF-".utf8)))
        #expect(a == b, "the same input gives the same bytes")
        #expect(a.range(of: Data("2000".utf8)) != nil, "the fixed date is what is written")
        if let text = try pdftotext(a) {
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("Met") && flat.contains("s sister") && flat.contains("Passage not disclosed"), "\(flat.suffix(300))")
            let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            #expect(pages.count >= 3)
            for (n, p) in pages.enumerated() { #expect(p.contains("NOT FOR ONWARD DISCLOSURE") && p.contains("Page \(n + 1) of \(pages.count)")) }
        }
    }
}
