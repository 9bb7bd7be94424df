import ConfideCore
import Foundation

/// What the request asks for, in terms of the records Confide keeps: which kinds and which dates. Only records
/// inside it are offered for the bundle; anything else needs an explicit, recorded reason.
struct BundleScope: Sendable, Equatable {
    /// The record kinds the request reaches.
    var kinds: Set<RecordKind>
    /// The kinds as the request file names them, for the page.
    var requested: [String]
    var from: String?
    var to: String?
    /// The request asks for attendance only: a session note's content is beyond it, so newly added notes start
    /// with their whole text marked as not disclosed (attendance-only) and only the date is disclosed.
    var attendanceOnly: Bool

    /// The request file's `records_sought` kinds → record kinds. Notes of counselling and of an ISVA are session
    /// notes; attendance is shown from the session notes (dates only); referrals and other agencies' letters are
    /// correspondence; `all` (or a whole-file request that names no kinds) is every kind. Anything else (a group
    /// register, a helpline log, contact details, a worker's statement, a physical item) is not a record kind
    /// Confide keeps.
    static func kinds(for name: String) -> Set<RecordKind> {
        switch name {
        case "counselling-notes", "isva-notes", "attendance": return [.sessionNote]
        case "assessment": return [.assessment]
        case "safeguarding": return [.safeguarding]
        case "correspondence", "referral", "other-agency": return [.correspondence]
        case "all": return Set(RecordKind.allCases)
        default: return []
        }
    }

    init(kinds: Set<RecordKind>, requested: [String], from: String?, to: String?, attendanceOnly: Bool) {
        self.kinds = kinds; self.requested = requested; self.from = from; self.to = to; self.attendanceOnly = attendanceOnly
    }

    init(_ rf: RequestFile) {
        let names = rf.words("records_sought.kinds") ?? rf.word("records_sought.kinds").map { [$0] } ?? []
        var kinds = names.reduce(into: Set<RecordKind>()) { $0.formUnion(Self.kinds(for: $1)) }
        if names.isEmpty && rf.boolean("records_sought.whole_file") == true { kinds = Set(RecordKind.allCases) }
        self.init(kinds: kinds, requested: names.isEmpty ? (kinds.isEmpty ? [] : ["whole file"]) : names,
                  from: rf.date("records_sought.from")?.description, to: rf.date("records_sought.to")?.description,
                  attendanceOnly: !names.isEmpty && names.allSatisfy { $0 == "attendance" })
    }

    /// True when a record of this kind and date (yyyy-MM-dd) is within the request.
    func contains(kind: String, date: String) -> Bool {
        guard let k = RecordKind(rawValue: kind), kinds.contains(k) else { return false }
        if let from, date < from { return false }
        if let to, date > to { return false }
        return true
    }

    /// Why a record is outside, in plain words.
    func whyOutside(kind: String, date: String) -> String {
        var why: [String] = []
        if let k = RecordKind(rawValue: kind), !kinds.contains(k) { why.append("not a kind of record asked for") }
        if let from, date < from { why.append("before \(from)") }
        if let to, date > to { why.append("after \(to)") }
        return why.isEmpty ? "outside the request" : why.joined(separator: "; ")
    }

    var summary: String {
        let k = requested.isEmpty ? "no kinds of record named" : requested.map { $0.replacingOccurrences(of: "-", with: " ") }.joined(separator: ", ")
        let dates: String
        switch (from, to) {
        case let (f?, t?): dates = "dated \(f) to \(t)"
        case let (f?, nil): dates = "dated from \(f)"
        case let (nil, t?): dates = "dated up to \(t)"
        default: dates = "no dates given"
        }
        return "\(k); \(dates)"
    }
}

/// Why a passage is not disclosed: a fixed list, so the bundle and the accounting say it the same way each time.
enum PassageReason: String, CaseIterable, Sendable, Codable {
    case outsideDates = "outside-dates"
    case outsideSubject = "outside-subject"
    case thirdParty = "third-party"
    case notNecessary = "not-necessary"
    case attendanceOnly = "attendance-only"

    var label: String {
        switch self {
        case .outsideDates: return "outside the dates of the request"
        case .outsideSubject: return "not about the matters the request concerns"
        case .thirdParty: return "about another person"
        case .notNecessary: return "not necessary for the stated line of enquiry"
        case .attendanceOnly: return "the request is for attendance only"
        }
    }
}
