import ConfideCore
import ConfidePDF
import Fluent
import Foundation
import Vapor

/// A record as offered for the bundle: in the request's scope or not, chosen or not.
struct BundleCandidate: Sendable {
    var recordID: UUID
    var kind: String
    var occurredOn: String
    var inScope: Bool
    var whyOutside: String
    var selected: Bool
    var preview: String
}

/// A chosen record, with where its redaction stands.
struct BundleItemView: Sendable {
    var recordID: UUID
    var kind: String
    var occurredOn: String
    var inScope: Bool
    var reason: String?
    var pending: Int
    var removed: Int
    var passages: Int
}

struct BundleOverview: Sendable {
    var request: RecordsRequest
    var clientReference: String
    var scope: BundleScope
    var decidedToDisclose: Bool
    var bundle: DisclosureBundle?
    var candidates: [BundleCandidate]
    var items: [BundleItemView]
    var checkedBy: String?
    var releasedBy: String?
    var activeLeads: Int
    var youMadeChanges: Bool
    var manifest: String?
    var copies: [BundleCopyView]
}

/// One recipient's copy as the overview lists it.
struct BundleCopyView: Sendable {
    var id: UUID
    var number: Int
    var recipient: String
    var issuedAt: Date
    var issuedBy: String
    var downloadedAt: Date?
    var downloadedBy: String?
    var downloads: Int
    var sha256: String
}

struct BundleCopyInput: Content {
    var recipient: String?
    var reason: String?
}

struct RecordBench: Sendable {
    var request: RecordsRequest
    var bundle: DisclosureBundle
    var record: ClientRecord
    var redactions: RecordRedactions
    var inScope: Bool
}

struct BundleDecisionInput: Content {
    var action: String?
    var start: String?
    var end: String?
    var label: String?
    var words: String?
    var reason: String?
    var target: String?
}

struct BundleSelectInput: Content {
    var records: [String]?
    var reason: String?
}

/// Preparing a disclosure bundle for a decided request: choosing records within the request, deciding every
/// redaction, a check by a second person, and the sealed PDF with its manifest. Every step is audited in the same
/// transaction; every decision is encrypted under the client's key and saved as it is made.
struct BundleService {
    let req: Request
    var app: Application { req.application }
    init(_ req: Request) { self.req = req }

    /// Outcomes under which something may leave the service.
    static let disclosingOutcomes: Set<String> = ["comply", "comply_in_part_redacted", "safeguarding_minimum_disclosure", "produce_to_court"]

    static func itemCtx(_ i: BundleItem) -> CipherContext { CipherContext(table: "disclosure_bundle_items", row: i.id!.uuidString, field: "reason") }
    static func decisionCtx(_ d: BundleDecisionRow) -> CipherContext { CipherContext(table: "disclosure_bundle_decisions", row: d.id!.uuidString, field: "decision") }
    static func bundleCtx(_ b: DisclosureBundle, _ field: String) -> CipherContext { CipherContext(table: "disclosure_bundles", row: b.id!.uuidString, field: field) }
    static func copyCtx(_ c: BundleCopy, _ field: String) -> CipherContext { CipherContext(table: "disclosure_bundle_copies", row: c.id!.uuidString, field: field) }

    func object(_ r: RecordsRequest, _ b: DisclosureBundle? = nil) -> String {
        "client:\(r.clientID)/request:\(r.id!)" + (b.map { "/bundle:\($0.id!)" } ?? "")
    }

    func load(_ requestID: UUID) async throws -> (StaffContext, RecordsRequest, Client, DataKey, DisclosureBundle?) {
        let s = try RequestsService(req).requireLead()
        let (r, c, dk) = try await RequestsService(req).load(requestID)
        let b = try await DisclosureBundle.query(on: req.db).filter(\.$requestID == requestID).first()
        return (s, r, c, dk, b)
    }

    func scope(_ r: RecordsRequest, _ dk: DataKey) throws -> BundleScope {
        let text = try dk.openString(r.documentCT, RequestsService.ctx(r, "document"))
        return BundleScope(try RequestParser.parse(text).request)
    }

    func isDecidedToDisclose(_ r: RecordsRequest) -> Bool {
        (r.status == RequestStatus.decided.rawValue || r.status == RequestStatus.disclosed.rawValue)
            && Self.disclosingOutcomes.contains(r.decidedOutcome ?? "")
    }

    /// Names the suggester should find wherever they appear: the client's, any in her contact details, and staff's.
    func knownNames(_ c: Client, _ dk: DataKey) async throws -> [String] {
        let rc = RecordsService(req)
        var names = [try dk.openString(c.nameCT, rc.ctx(c, "name"))]
        var contact = [try dk.openString(c.contactCT, rc.ctx(c, "contact")), try dk.openString(c.safeContactCT, rc.ctx(c, "safe_contact"))]
        if let p = c.contactPrefsCT, let prefs = try? JSONDecoder().decode(ContactPreferences.self, from: dk.open(p, rc.ctx(c, "contact_prefs"))) {
            contact.append(prefs.notes)
        }
        // Capitalised words in her contact details that are not the words used to describe a channel.
        let ordinary: Set<String> = ["mobile", "phone", "text", "texts", "email", "call", "calls", "home", "work", "only", "any", "time",
                                     "do", "not", "say", "safe", "word", "the", "weekdays", "weekends", "after", "before", "via",
                                     "landline", "letter", "leave", "message", "messages", "no", "voicemail", "centre", "ok", "mum", "dad"]
        for line in contact {
            for w in line.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }) where w.count >= 2 {
                if w.first!.isUppercase && !ordinary.contains(w.lowercased()) { names.append(String(w)) }
            }
        }
        names += try await Staff.query(on: req.db).all().map(\.displayName)
        return names
    }

    func decisions(_ b: DisclosureBundle, record: UUID? = nil, _ dk: DataKey) async throws -> [UUID: [(seq: Int, decision: BundleDecision)]] {
        var q = BundleDecisionRow.query(on: req.db).filter(\.$bundleID == b.id!)
        if let record { q = q.filter(\.$recordID == record) }
        var out: [UUID: [(seq: Int, decision: BundleDecision)]] = [:]
        for row in try await q.sort(\.$seq).all() {
            let d = try JSONDecoder().decode(BundleDecision.self, from: dk.open(row.decisionCT, Self.decisionCtx(row)))
            out[row.recordID, default: []].append((row.seq, d))
        }
        return out
    }

    func redactions(_ record: ClientRecord, _ dk: DataKey, names: [String], decisions: [(seq: Int, decision: BundleDecision)],
                    until: Date? = nil) async throws -> RecordRedactions {
        let text = try await documentText(record, dk, until: until)
        return RecordRedactions(text: text, suggestions: RedactionSuggester.suggest(text: text, knownNames: names), decisions: decisions)
    }

    /// The record as it is disclosed: its text, then each amendment in the order it was made. Amendments are part of
    /// the record (a bundle without them could mislead), and appending them keeps every earlier offset — and so
    /// every decision already made — where it was. `until` leaves out amendments made after that moment (after the
    /// check, for a sealed bundle).
    func documentText(_ rec: ClientRecord, _ dk: DataKey, until: Date? = nil) async throws -> String {
        let rc = RecordsService(req)
        var text = try dk.openString(rec.bodyCT, rc.ctx(rec, "body"))
        var q = Amendment.query(on: req.db).filter(\.$recordID == rec.id!)
        if let until { q = q.filter(\.$createdAt <= until) }
        for a in try await q.sort(\.$createdAt).sort(\.$id).all() {
            let reason = try dk.openString(a.reasonCT, rc.ctx(a, "reason"))
            let body = try dk.openString(a.bodyCT, rc.ctx(a, "body"))
            text += "\n\nAmendment made on \(Self.longDate(Self.day(a.createdAt))). Reason given: \(reason)\n\(body)"
        }
        return text
    }

    /// A calendar day in the centre's time zone, as yyyy-MM-dd (one shared formatter: `LockedFormatter`).
    static func day(_ d: Date) -> String { dayFormatter.string(from: d) { $0.string(from: $1) } }
    static let dayFormatter = LockedFormatter { () -> DateFormatter in
        let f = DateFormatter(); f.dateFormat = "yyyy-MM-dd"; f.locale = Locale(identifier: "en_GB_POSIX"); f.timeZone = TimeZone(identifier: "Europe/London")
        return f
    }

    // MARK: The overview: scope, selection, check, release

    func overview(_ requestID: UUID) async throws -> BundleOverview {
        let (s, r, c, dk, b) = try await load(requestID)
        let scope = try scope(r, dk)
        let records = try await ClientRecord.query(on: req.db).filter(\.$clientID == c.id!).sort(\.$occurredOn).sort(\.$createdAt).all()
        var items: [BundleItem] = []
        var decided: [UUID: [(seq: Int, decision: BundleDecision)]] = [:]
        var makers: Set<UUID> = []
        if let b {
            items = try await BundleItem.query(on: req.db).filter(\.$bundleID == b.id!).all()
            decided = try await decisions(b, dk)
            makers = try await self.makers(b)
        }
        let chosen = Dictionary(uniqueKeysWithValues: items.map { ($0.recordID, $0) })
        let names = try await knownNames(c, dk)
        let staffNames = try await RecordsService(req).staffNames()
        var candidates: [BundleCandidate] = []
        var views: [BundleItemView] = []
        for rec in records {
            let inScope = scope.contains(kind: rec.kind, date: rec.occurredOn)
            let body = try dk.openString(rec.bodyCT, CipherContext(table: "records", row: rec.id!.uuidString, field: "body"))
            candidates.append(BundleCandidate(recordID: rec.id!, kind: rec.kind, occurredOn: rec.occurredOn, inScope: inScope,
                                              whyOutside: scope.whyOutside(kind: rec.kind, date: rec.occurredOn),
                                              selected: chosen[rec.id!] != nil, preview: String(body.prefix(90)) + (body.count > 90 ? "…" : "")))
            if let item = chosen[rec.id!] {
                let red = try await redactions(rec, dk, names: names, decisions: decided[rec.id!] ?? [])
                views.append(BundleItemView(recordID: rec.id!, kind: rec.kind, occurredOn: rec.occurredOn, inScope: item.inScope,
                                            reason: try item.reasonCT.map { try dk.openString($0, Self.itemCtx(item)) },
                                            pending: red.pending, removed: red.removedCount, passages: red.passages.count))
            }
        }
        let leads = try await Staff.query(on: req.db).filter(\.$role == StaffRole.disclosureLead.rawValue).filter(\.$active == true).count()
        var copies: [BundleCopyView] = []
        var manifest: String? = nil
        if let b {
            for copy in try await BundleCopy.query(on: req.db).filter(\.$bundleID == b.id!).sort(\.$number).all() {
                copies.append(BundleCopyView(id: copy.id!, number: copy.number, recipient: copy.recipient, issuedAt: copy.issuedAt,
                                             issuedBy: staffNames[copy.issuedBy] ?? "a disclosure lead", downloadedAt: copy.downloadedAt,
                                             downloadedBy: copy.downloadedBy.flatMap { staffNames[$0] }, downloads: copy.downloads, sha256: copy.pdfSHA256))
                if copy.number == 1 { manifest = try dk.openString(copy.manifestCT, Self.copyCtx(copy, "manifest")) }
            }
        }
        let app = self.app
        let obj = object(r, b)
        let shown = candidates.count
        try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "bundle.view", object: obj, reason: "\(shown) records listed")
        }
        return BundleOverview(request: r, clientReference: c.reference, scope: scope, decidedToDisclose: isDecidedToDisclose(r), bundle: b,
                              candidates: candidates, items: views, checkedBy: b?.checkedBy.flatMap { staffNames[$0] },
                              releasedBy: b?.releasedBy.flatMap { staffNames[$0] }, activeLeads: leads,
                              youMadeChanges: makers.contains(s.staffID), manifest: manifest, copies: copies)
    }

    /// Everyone who chose records or made a decision: none of them may be the second person who checks.
    func makers(_ b: DisclosureBundle) async throws -> Set<UUID> {
        var m: Set<UUID> = [b.createdBy]
        for i in try await BundleItem.query(on: req.db).filter(\.$bundleID == b.id!).all() { m.insert(i.addedBy) }
        for d in try await BundleDecisionRow.query(on: req.db).filter(\.$bundleID == b.id!).all() { m.insert(d.authorID) }
        return m
    }

    func requireDraft(_ b: DisclosureBundle) throws {
        guard b.status != "released" else { throw Abort(.conflict, reason: "This bundle has been released; it cannot be changed.") }
    }

    /// A change: the bundle is draft again (a check no longer holds) and its change time moves on.
    static func touch(_ b: DisclosureBundle) -> Bool {
        let hadCheck = b.status == "checked"
        b.status = "draft"; b.checkedBy = nil; b.checkedAt = nil; b.checkMode = nil; b.changedAt = Date()
        return hadCheck
    }

    /// Adds records. Records outside the request's kinds or dates need a reason (10+ characters), which is kept.
    func select(_ requestID: UUID, _ input: BundleSelectInput) async throws {
        let (s, r, c, dk, existing) = try await load(requestID)
        guard isDecidedToDisclose(r) else {
            throw Abort(.conflict, reason: "Decide the request first: a bundle is prepared only when the decision is to disclose something.")
        }
        if let existing { try requireDraft(existing) }
        let ids = (input.records ?? []).compactMap { UUID(uuidString: $0) }
        var p: [(field: String, message: String)] = []
        if ids.isEmpty { p.append(("records", "Choose at least one record")) }
        let scope = try scope(r, dk)
        var rows: [ClientRecord] = []
        for id in ids {
            guard let rec = try await ClientRecord.find(id, on: req.db), rec.clientID == c.id! else {
                throw Abort(.notFound, reason: "There is no such record for this client.")
            }
            rows.append(rec)
        }
        let outside = rows.filter { !scope.contains(kind: $0.kind, date: $0.occurredOn) }
        var reason: String? = nil
        if !outside.isEmpty {
            reason = Validate.text(input.reason, field: "reason", label: "the reason for including records outside the request", min: 10, max: 1000, into: &p)
            if reason == nil && !p.contains(where: { $0.field == "reason" }) { p.append(("reason", "Give the reason for including records outside the request")) }
            if p.contains(where: { $0.field == "reason" }) {
                p = p.filter { $0.field != "reason" } + [("reason", "\(outside.count) of the records you chose \(outside.count == 1 ? "is" : "are") outside what the request asks for: give the reason for including \(outside.count == 1 ? "it" : "them") (at least 10 characters)")]
            }
        }
        guard p.isEmpty else { throw ValidationFailure(problems: p) }
        let b = existing ?? DisclosureBundle()
        if existing == nil {
            b.id = UUID(); b.requestID = requestID; b.clientID = c.id!; b.status = "draft"; b.createdBy = s.staffID; b.createdAt = Date()
        }
        let cleared = Self.touch(b)
        var have: Set<UUID> = []
        if let existing { have = Set(try await BundleItem.query(on: req.db).filter(\.$bundleID == existing.id!).all().map(\.recordID)) }
        var items: [BundleItem] = []
        var autoPassages: [(UUID, BundleDecision)] = []
        for rec in rows where !have.contains(rec.id!) {
            let i = BundleItem()
            i.id = UUID(); i.bundleID = b.id!; i.recordID = rec.id!; i.addedBy = s.staffID; i.createdAt = Date()
            i.inScope = scope.contains(kind: rec.kind, date: rec.occurredOn)
            if !i.inScope, let reason { i.reasonCT = try dk.seal(reason, Self.itemCtx(i)) }
            items.append(i)
            if scope.attendanceOnly && rec.kind == RecordKind.sessionNote.rawValue {
                let len = try dk.openString(rec.bodyCT, CipherContext(table: "records", row: rec.id!.uuidString, field: "body")).unicodeScalars.count
                autoPassages.append((rec.id!, BundleDecision(action: .passage, start: 0, end: len, label: nil, reason: .attendanceOnly, target: nil)))
            }
        }
        let app = self.app
        let obj = object(r, b)
        let isNew = existing == nil
        let newItems = items, passages = autoPassages
        let out = items.filter { !$0.inScope }.count, n = items.count
        let actor = s.actor, staffID = s.staffID
        try await app.writeTransaction { db in
            if isNew { try await b.create(on: db) } else { try await b.update(on: db) }
            for i in newItems { try await i.create(on: db) }
            for (recordID, d) in passages { try await Self.appendDecision(db, b, recordID, d, author: staffID, dk: dk) }
            try await AuditLog.append(on: db, app: app, actor: actor, action: "bundle.select", object: obj,
                                      reason: "\(n) records added; \(out) outside the request" + (cleared ? "; check cleared" : ""), flagged: out > 0)
        }
    }

    func remove(_ requestID: UUID, record: UUID) async throws {
        let (s, r, _, _, b) = try await load(requestID)
        guard let b else { throw Abort(.notFound, reason: "There is no bundle for this request yet.") }
        try requireDraft(b)
        guard let item = try await BundleItem.query(on: req.db).filter(\.$bundleID == b.id!).filter(\.$recordID == record).first() else {
            throw Abort(.notFound, reason: "That record is not in the bundle.")
        }
        let cleared = Self.touch(b)
        let app = self.app
        let obj = object(r, b) + "/record:\(record)"
        let actor = s.actor
        try await app.writeTransaction { db in
            // Its decisions go with it: they belong to this bundle and this record only.
            try await BundleDecisionRow.query(on: db).filter(\.$bundleID == b.id!).filter(\.$recordID == record).delete()
            try await item.delete(on: db)
            try await b.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: actor, action: "bundle.remove", object: obj, reason: cleared ? "check cleared" : "")
        }
    }

    static func appendDecision(_ db: any Database, _ b: DisclosureBundle, _ recordID: UUID, _ d: BundleDecision, author: UUID, dk: DataKey) async throws {
        let last = try await BundleDecisionRow.query(on: db).filter(\.$bundleID == b.id!).sort(\.$seq, .descending).first()
        let row = BundleDecisionRow()
        row.id = UUID(); row.bundleID = b.id!; row.recordID = recordID; row.seq = (last?.seq ?? 0) + 1; row.authorID = author; row.createdAt = Date()
        row.decisionCT = try dk.seal(try JSONEncoder().encode(d), decisionCtx(row))
        try await row.create(on: db)
    }

    // MARK: The workbench for one record

    func bench(_ requestID: UUID, record recordID: UUID, audit: Bool = true) async throws -> RecordBench {
        let (s, r, c, dk, b) = try await load(requestID)
        guard let b else { throw Abort(.notFound, reason: "There is no bundle for this request yet. Choose records first.") }
        guard let item = try await BundleItem.query(on: req.db).filter(\.$bundleID == b.id!).filter(\.$recordID == recordID).first(),
              let rec = try await ClientRecord.find(recordID, on: req.db), rec.clientID == c.id! else {
            throw Abort(.notFound, reason: "That record is not in the bundle.")
        }
        let names = try await knownNames(c, dk)
        let red = try await redactions(rec, dk, names: names, decisions: try await decisions(b, record: recordID, dk)[recordID] ?? [])
        if audit {
            let app = self.app
            let obj = "client:\(c.id!)/record:\(recordID)"
            try await app.writeTransaction { db in
                try await AuditLog.append(on: db, app: app, actor: s.actor, action: "record.view", object: obj, reason: "disclosure bundle \(b.id!)")
            }
        }
        return RecordBench(request: r, bundle: b, record: rec, redactions: red, inScope: item.inScope)
    }

    /// Saves one decision at once: accept or reject a suggestion, redact chosen text (by offsets from a selection,
    /// or by typing the exact words: every occurrence), mark a passage as not disclosed, or withdraw one.
    func decide(_ requestID: UUID, record recordID: UUID, _ input: BundleDecisionInput) async throws -> String {
        let bench = try await bench(requestID, record: recordID, audit: false)
        let (s, r, _, dk, _) = try await load(requestID)
        let b = bench.bundle
        try requireDraft(b)
        let red = bench.redactions
        var p: [(field: String, message: String)] = []
        var new: [BundleDecision] = []
        let start = input.start.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let end = input.end.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let words = (input.words ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        let n = red.scalars.count
        func ranges() -> [(Int, Int)] {
            if let start, let end {
                guard 0 <= start, start < end, end <= n else { p.append(("words", "The selection is not within the record")); return [] }
                // When the words were sent too, they must be what the offsets point at.
                if !words.isEmpty && red.substring(start, end) != words { p.append(("words", "The selected text has changed: select it again")); return [] }
                return [(start, end)]
            }
            guard !words.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                p.append(("words", "Select the text, or type the exact words to remove")); return []
            }
            let found = red.occurrences(of: words)
            if found.isEmpty { p.append(("words", "Those exact words are not in this record: check the spelling and capitals")) }
            return found
        }
        let action = BundleDecision.Action(rawValue: input.action ?? "")
        switch action {
        case .accept?, .reject?:
            guard let start, let end, let label = input.label,
                  red.suggestions.contains(where: { $0.key == BundleDecision.key(start: start, end: end, label: label) }) else {
                throw ValidationFailure(problems: [("suggestion", "That suggestion is not in this record")])
            }
            new = [BundleDecision(action: action!, start: start, end: end, label: label, reason: nil, target: nil)]
        case .redact?:
            new = ranges().map { BundleDecision(action: .redact, start: $0.0, end: $0.1, label: "MANUAL", reason: nil, target: nil) }
        case .passage?:
            let reason = input.reason.flatMap(PassageReason.init(rawValue:))
            if reason == nil { p.append(("reason", "Choose why the passage is not disclosed")) }
            let rs = ranges()
            if let reason { new = rs.map { BundleDecision(action: .passage, start: $0.0, end: $0.1, label: nil, reason: reason, target: nil) } }
        case .withdraw?:
            guard let t = input.target.flatMap({ Int($0) }),
                  red.manual.contains(where: { $0.seq == t }) || red.passages.contains(where: { $0.seq == t }) else {
                throw ValidationFailure(problems: [("target", "There is no such redaction to take back")])
            }
            new = [BundleDecision(action: .withdraw, start: 0, end: 0, label: nil, reason: nil, target: t)]
        case nil:
            throw ValidationFailure(problems: [("action", "Choose what to do")])
        }
        guard p.isEmpty, !new.isEmpty else { throw ValidationFailure(problems: p.isEmpty ? [("words", "Nothing to decide")] : p) }
        let cleared = Self.touch(b)
        let app = self.app
        let obj = object(r, b) + "/record:\(recordID)"
        let actor = s.actor, staffID = s.staffID, verb = action!.rawValue, count = new.count
        let decided = new
        try await app.writeTransaction { db in
            for d in decided { try await Self.appendDecision(db, b, recordID, d, author: staffID, dk: dk) }
            try await b.update(on: db)
            // The entry says what kind of decision, never where or what the text was.
            try await AuditLog.append(on: db, app: app, actor: actor, action: "bundle.decide", object: obj,
                                      reason: "\(verb) ×\(count)" + (cleared ? "; check cleared" : ""))
        }
        return verb
    }

    /// Accepts every suggestion still pending in one record.
    func acceptAll(_ requestID: UUID, record recordID: UUID) async throws {
        let bench = try await bench(requestID, record: recordID, audit: false)
        let (s, r, _, dk, _) = try await load(requestID)
        let b = bench.bundle
        try requireDraft(b)
        let pending = bench.redactions.suggestions.filter { $0.state == .pending }
        guard !pending.isEmpty else { return }
        let cleared = Self.touch(b)
        let app = self.app
        let obj = object(r, b) + "/record:\(recordID)"
        let actor = s.actor, staffID = s.staffID
        let new = pending.map { BundleDecision(action: .accept, start: $0.span.start, end: $0.span.end, label: $0.span.label.rawValue, reason: nil, target: nil) }
        try await app.writeTransaction { db in
            for d in new { try await Self.appendDecision(db, b, recordID, d, author: staffID, dk: dk) }
            try await b.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: actor, action: "bundle.decide", object: obj,
                                      reason: "accept ×\(new.count)" + (cleared ? "; check cleared" : ""))
        }
    }

    // MARK: The check by a second person

    enum CheckResult { case checked(String), needsReauth }

    /// A different disclosure lead (who chose no record and made no decision) checks the bundle. Where the centre
    /// has only one active disclosure lead, that lead may confirm it, but only after signing in again (password and
    /// code) after the last change: the check is then recorded as a sole-lead check.
    func check(_ requestID: UUID) async throws -> CheckResult {
        let (s, r, _, dk, bOpt) = try await load(requestID)
        guard let b = bOpt else { throw Abort(.notFound, reason: "There is no bundle for this request yet.") }
        try requireDraft(b)
        let items = try await BundleItem.query(on: req.db).filter(\.$bundleID == b.id!).all()
        guard !items.isEmpty else { throw Abort(.conflict, reason: "Choose at least one record before the bundle is checked.") }
        let pending = try await pendingSuggestions(b, dk)
        guard pending == 0 else { throw Abort(.conflict, reason: "\(pending) redaction suggestion\(pending == 1 ? " is" : "s are") still undecided. Accept or reject every suggestion before the check.") }
        let makers = try await makers(b)
        let leads = try await Staff.query(on: req.db).filter(\.$role == StaffRole.disclosureLead.rawValue).filter(\.$active == true).all()
        let mode: String
        if !makers.contains(s.staffID) {
            mode = "second-person"
        } else if leads.count == 1 && leads[0].id == s.staffID {
            guard s.authenticatedAt > b.changedAt else { return .needsReauth }
            mode = "sole-lead-reauth"
        } else {
            throw Abort(.forbidden, reason: "You prepared this bundle, so another disclosure lead must check it before it is released.")
        }
        b.status = "checked"; b.checkedBy = s.staffID; b.checkedAt = Date(); b.checkMode = mode
        let app = self.app
        let obj = object(r, b)
        let actor = s.actor
        try await app.writeTransaction { db in
            try await b.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: actor, action: "bundle.check", object: obj, reason: mode)
        }
        return .checked(mode)
    }

    func pendingSuggestions(_ b: DisclosureBundle, _ dk: DataKey) async throws -> Int {
        let items = try await BundleItem.query(on: req.db).filter(\.$bundleID == b.id!).all()
        guard let client = try await Client.find(b.clientID, on: req.db) else { return 0 }
        let names = try await knownNames(client, dk)
        let decided = try await decisions(b, dk)
        var n = 0
        for i in items {
            guard let rec = try await ClientRecord.find(i.recordID, on: req.db) else { continue }
            n += try await redactions(rec, dk, names: names, decisions: decided[i.recordID] ?? []).pending
        }
        return n
    }

    // MARK: Building and releasing the bundle

    struct Built: Sendable { var pdf: Data; var manifest: String; var documents: Int; var removed: Int; var withheld: Int; var kinds: [String]; var first: String; var last: String }

    static func longDate(_ day: String) -> String {
        guard let d = Validate.parseDay(day) else { return day }
        return longDateFormatter.string(from: d) { $0.string(from: $1) }
    }
    static let longDateFormatter = LockedFormatter { () -> DateFormatter in
        let f = DateFormatter(); f.dateFormat = "d MMMM yyyy"; f.locale = Locale(identifier: "en_GB"); f.timeZone = TimeZone(identifier: "UTC")
        return f
    }

    /// Who a copy is for and when it was issued: printed on every page, so each copy carries its recipient's name.
    struct CopyLabel: Sendable { var number: Int; var recipient: String; var issuedOn: String }

    /// Builds one copy's PDF and manifest from the bundle's records and decisions, with amendments made up to the
    /// check. Reads no clock: `date` is the bundle's date and the label says who and when, so the same inputs give
    /// the same bytes.
    func build(_ b: DisclosureBundle, _ r: RecordsRequest, _ dk: DataKey, date: String, copy: CopyLabel) async throws -> Built {
        guard let client = try await Client.find(b.clientID, on: req.db) else { throw Abort(.notFound) }
        let names = try await knownNames(client, dk)
        let decided = try await decisions(b, dk)
        let items = try await BundleItem.query(on: req.db).filter(\.$bundleID == b.id!).all()
        var recs: [(ClientRecord, BundleItem)] = []
        for i in items { if let rec = try await ClientRecord.find(i.recordID, on: req.db) { recs.append((rec, i)) } }
        recs.sort { ($0.0.occurredOn, $0.0.createdAt, $0.0.id!.uuidString) < ($1.0.occurredOn, $1.0.createdAt, $1.0.id!.uuidString) }
        var docs: [BundlePDF.Document] = []
        var entries: [BundleManifest.Document] = []
        var removed = 0, withheld = 0
        for (n, (rec, item)) in recs.enumerated() {
            let red = try await redactions(rec, dk, names: names, decisions: decided[rec.id!] ?? [], until: b.checkedAt ?? Date.distantPast)
            let kind = RecordKind(rawValue: rec.kind)?.label ?? rec.kind
            docs.append(BundlePDF.Document(heading: "Document \(n + 1) of \(recs.count): \(kind), \(Self.longDate(rec.occurredOn))", segments: red.segments))
            let runs = red.runs
            let rm = runs.filter { $0.mark == .removed }.count
            let wh = runs.filter { if case .withheld = $0.mark { return true } else { return false } }.count
            removed += rm; withheld += wh
            entries.append(BundleManifest.Document(number: n + 1, record: rec.id!.uuidString, kind: rec.kind, date: rec.occurredOn,
                                                   in_request: item.inScope, removed: rm, withheld: wh, sha256: BundleHash.sha256(red.disclosedText)))
        }
        let service = app.confide.serviceName
        let recipient = copy.recipient
        let header = BundlePDF.Header(title: "Disclosure bundle \(r.reference)",
                                      lines: ["\(service) · Disclosure bundle for request \(r.reference) · \(Self.longDate(date))",
                                              "Copy \(copy.number) for: \(recipient) · Issued \(Self.longDate(copy.issuedOn))",
                                              "NOT FOR ONWARD DISCLOSURE"],
                                      footer: "Request \(r.reference) · Copy \(copy.number) for \(recipient) · Not for onward disclosure")
        var preface = ["Disclosure bundle for request \(r.reference)",
                       "Prepared by \(service) on \(Self.longDate(date)). This is copy \(copy.number), issued to \(recipient) on \(Self.longDate(copy.issuedOn)).",
                       "This bundle holds \(recs.count) document\(recs.count == 1 ? "" : "s"). Black boxes mark text removed before disclosure; a note in square brackets marks a passage not disclosed, with the reason. The removed text is not in this file. Amendments to a record follow its text.",
                       "It is disclosed only for the purpose stated in the request and must not be disclosed to anyone else, copied or used for any other purpose without the agreement of \(service).",
                       "Documents (SHA-256 of each document's text as disclosed):"]
        preface += entries.map { e in "\(e.number). \(RecordKind(rawValue: e.kind)?.label ?? e.kind), \(Self.longDate(e.date)) — \(e.sha256)" }
        let pdf = BundlePDF.render(header: header, preface: preface, documents: docs)
        let manifest = BundleManifest(schema: "confide.bundle-manifest/v1", request: r.reference, recipient: recipient, copy: copy.number,
                                      date: date, issued: copy.issuedOn, notice: "Not for onward disclosure",
                                      document_hash: "SHA-256 of the UTF-8 text as disclosed: kept text; each removed run as [removed]; each passage not disclosed as its note in square brackets",
                                      documents: entries,
                                      bundle: .init(file: "bundle-\(r.reference)-copy-\(copy.number).pdf", sha256: BundleHash.sha256(pdf), bytes: pdf.count))
        let enc = JSONEncoder(); enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let kinds = Array(Set(recs.map { RecordKind(rawValue: $0.0.kind)?.label.lowercased() ?? $0.0.kind })).sorted()
        return Built(pdf: pdf, manifest: String(decoding: try enc.encode(manifest), as: UTF8.self), documents: recs.count,
                     removed: removed, withheld: withheld, kinds: kinds, first: recs.first?.0.occurredOn ?? "", last: recs.last?.0.occurredOn ?? "")
    }

    func copy(_ b: DisclosureBundle, _ copyID: UUID) async throws -> BundleCopy {
        guard let c = try await BundleCopy.find(copyID, on: req.db), c.bundleID == b.id! else {
            throw Abort(.notFound, reason: "There is no such copy of this bundle.")
        }
        return c
    }

    /// Rebuilds a copy exactly as it was issued (for checking that the same inputs give the same bytes).
    func rebuild(_ requestID: UUID, copy number: Int = 1) async throws -> Built {
        let (_, r, _, dk, b) = try await load(requestID)
        guard let b, let date = b.bundleDate,
              let c = try await BundleCopy.query(on: req.db).filter(\.$bundleID == b.id!).filter(\.$number == number).first() else {
            throw Abort(.notFound, reason: "This bundle has not been released.")
        }
        return try await build(b, r, dk, date: date, copy: CopyLabel(number: c.number, recipient: c.recipient, issuedOn: Self.day(c.issuedAt)))
    }

    /// A copy for `recipient`, sealed under the client's key, with its entry in the accounting of disclosures (not
    /// yet saved: the caller saves both in the transaction that records why).
    func makeCopy(_ b: DisclosureBundle, _ r: RecordsRequest, _ c: Client, _ dk: DataKey, number: Int, recipient: String,
                  issuer: StaffContext, reason: String?) async throws -> (BundleCopy, Disclosure, Built) {
        let now = Date()
        let built = try await build(b, r, dk, date: b.bundleDate!, copy: CopyLabel(number: number, recipient: recipient, issuedOn: Self.day(now)))
        let sha = BundleHash.sha256(built.pdf)
        let names = try await RecordsService(req).staffNames()
        let d = Disclosure()
        d.id = UUID(); d.clientID = c.id!; d.requestID = r.id!; d.recipient = recipient; d.disclosedOn = Self.day(now)
        d.authorID = issuer.staffID; d.createdAt = now
        let span = built.first == built.last ? built.first : "\(built.first) to \(built.last)"
        var description = "Disclosure bundle (copy \(number)): \(built.documents) record\(built.documents == 1 ? "" : "s") (\(built.kinds.joined(separator: ", "))), dated \(span); "
            + "\(built.removed) redaction\(built.removed == 1 ? "" : "s"), \(built.withheld) passage\(built.withheld == 1 ? "" : "s") not disclosed; "
            + "checked by \(b.checkedBy.flatMap { names[$0] } ?? "a disclosure lead")\(b.checkMode == "sole-lead-reauth" ? " (the centre's only disclosure lead, after signing in again)" : ""); SHA-256 \(sha)"
        if let reason { description += "; why this recipient: \(reason)" }
        d.descriptionCT = try dk.seal(description, CipherContext(table: "disclosures", row: d.id!.uuidString, field: "description"))
        let copy = BundleCopy()
        copy.id = UUID(); copy.bundleID = b.id!; copy.number = number; copy.recipient = recipient; copy.pdfSHA256 = sha
        copy.issuedBy = issuer.staffID; copy.issuedAt = now; copy.downloads = 0; copy.disclosureID = d.id!
        copy.pdfCT = try dk.seal(built.pdf, Self.copyCtx(copy, "pdf"))
        copy.manifestCT = try dk.seal(built.manifest, Self.copyCtx(copy, "manifest"))
        return (copy, d, built)
    }

    /// Seals the checked bundle and issues the requester's copy: it enters the audit trail and the client's
    /// accounting of disclosures, and the request is marked disclosed — all in one transaction.
    func release(_ requestID: UUID) async throws -> DisclosureBundle {
        let (s, r, c, dk, bOpt) = try await load(requestID)
        guard let b = bOpt else { throw Abort(.notFound, reason: "There is no bundle for this request yet.") }
        try requireDraft(b)
        guard isDecidedToDisclose(r) else { throw Abort(.conflict, reason: "The request's decision does not allow a disclosure.") }
        guard b.status == "checked", b.checkedBy != nil, let checkedAt = b.checkedAt, checkedAt >= b.changedAt else {
            throw Abort(.conflict, reason: "The bundle must be checked by a second disclosure lead (or confirmed by the centre's only lead after signing in again) before it is released.")
        }
        // The checker must have read everything that goes: an amendment since the check needs a new check.
        let chosen = try await BundleItem.query(on: req.db).filter(\.$bundleID == b.id!).all().map(\.recordID)
        let amendedSince = try await Amendment.query(on: req.db).filter(\.$recordID ~~ chosen).filter(\.$createdAt > checkedAt).count()
        guard amendedSince == 0 else {
            throw Abort(.conflict, reason: "A record in the bundle was amended after the check. Open the records to decide any new suggestions, then have the bundle checked again.")
        }
        let pending = try await pendingSuggestions(b, dk)
        guard pending == 0 else { throw Abort(.conflict, reason: "\(pending) redaction suggestions are still undecided.") }
        b.bundleDate = Self.day(Date())
        let (copy, d, built) = try await makeCopy(b, r, c, dk, number: 1, recipient: r.requesterOrganisation, issuer: s, reason: nil)
        b.status = "released"; b.releasedBy = s.staffID; b.releasedAt = copy.issuedAt; b.pdfSHA256 = copy.pdfSHA256; b.disclosureID = d.id
        r.status = RequestStatus.disclosed.rawValue; r.updatedAt = Date()
        let app = self.app
        let obj = object(r, b)
        let actor = s.actor
        let docs = built.documents, sha = copy.pdfSHA256
        let dobj = "client:\(c.id!)/request:\(requestID)/disclosure:\(d.id!)"
        try await app.writeTransaction { db in
            try await d.create(on: db)
            try await b.update(on: db)
            try await copy.create(on: db)
            try await r.update(on: db)
            try await AuditLog.append(on: db, app: app, actor: actor, action: "bundle.release", object: obj, reason: "\(docs) documents; copy 1; sha256 \(sha)")
            try await AuditLog.append(on: db, app: app, actor: actor, action: "disclosure.record", object: dobj, reason: "bundle copy 1")
        }
        return b
    }

    /// Issues a further copy of a released bundle to another recipient (for example the court, when the
    /// requester was the prosecutor): the same documents, that recipient's name on every page, and a new entry in
    /// the accounting of disclosures with the reason. One copy per recipient.
    func issueCopy(_ requestID: UUID, _ input: BundleCopyInput) async throws -> BundleCopy {
        let (s, r, c, dk, bOpt) = try await load(requestID)
        guard let b = bOpt, b.status == "released", b.bundleDate != nil else {
            throw Abort(.conflict, reason: "Create the bundle first: copies are issued from a released bundle.")
        }
        var p: [(field: String, message: String)] = []
        let recipient = Validate.text(input.recipient, field: "recipient", label: "who the copy is for", min: 2, max: 200, into: &p)
        let reason = Validate.text(input.reason, field: "copy-reason", label: "why this recipient may have it", min: 10, max: 1000, into: &p)
        let existing = try await BundleCopy.query(on: req.db).filter(\.$bundleID == b.id!).all()
        if let recipient, let same = existing.first(where: { Self.sameRecipient($0.recipient, recipient) }) {
            p.append(("recipient", "Copy \(same.number) was already issued to \(same.recipient): each recipient gets one copy. Download it again from the list if it was lost."))
        }
        guard p.isEmpty, let recipient, let reason else { throw ValidationFailure(problems: p) }
        let number = (existing.map(\.number).max() ?? 0) + 1
        let (copy, d, _) = try await makeCopy(b, r, c, dk, number: number, recipient: recipient, issuer: s, reason: reason)
        let app = self.app
        let obj = object(r, b) + "/copy:\(copy.id!)"
        let actor = s.actor
        let dobj = "client:\(c.id!)/request:\(requestID)/disclosure:\(d.id!)"
        let bundleID = b.id!
        try await app.writeTransaction { db in
            try await AuditLog.serialise(db)
            if try await BundleCopy.query(on: db).filter(\.$bundleID == bundleID).filter(\.$number == number).first() != nil {
                throw Abort(.conflict, reason: "Another copy was issued at the same moment. Reload the page and try again.")
            }
            try await d.create(on: db)
            try await copy.create(on: db)
            // The recipient and the reason are in the encrypted accounting, not in the plaintext trail.
            try await AuditLog.append(on: db, app: app, actor: actor, action: "bundle.copy", object: obj, reason: "copy \(number); sha256 \(copy.pdfSHA256)")
            try await AuditLog.append(on: db, app: app, actor: actor, action: "disclosure.record", object: dobj, reason: "bundle copy \(number)")
        }
        return copy
    }

    static func sameRecipient(_ a: String, _ b: String) -> Bool {
        func norm(_ s: String) -> String { s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ") }
        return norm(a) == norm(b)
    }

    enum Download: String { case first = "bundle.download", again = "bundle.redownload", manifest = "bundle.manifest" }

    /// A copy's PDF or manifest, exactly as sealed. The first download of a copy's PDF is the recorded hand-over to
    /// its recipient; any later one is a re-download, recorded and flagged. Both need a disclosure lead who has
    /// signed in recently (checked by the page).
    func download(_ requestID: UUID, copy copyID: UUID, manifest: Bool) async throws -> (RecordsRequest, BundleCopy, Data, Download) {
        let (s, r, _, dk, b) = try await load(requestID)
        guard let b, b.status == "released" else { throw Abort(.notFound, reason: "This bundle has not been released yet.") }
        let copy = try await copy(b, copyID)
        let data = manifest ? try dk.open(copy.manifestCT, Self.copyCtx(copy, "manifest")) : try dk.open(copy.pdfCT, Self.copyCtx(copy, "pdf"))
        if !manifest, BundleHash.sha256(data) != copy.pdfSHA256 {
            throw Abort(.internalServerError, reason: "The stored bundle does not match its recorded hash. Nothing has been sent. Tell your centre manager.")
        }
        let app = self.app
        let obj = object(r, b) + "/copy:\(copyID)"
        let actor = s.actor, staffID = s.staffID
        let kind: Download = try await app.writeTransaction { db in
            // Read again inside the write, one writer at a time: two downloads at once must not both count as the first.
            try await AuditLog.serialise(db)
            guard let current = try await BundleCopy.find(copyID, on: db) else { throw Abort(.notFound) }
            let kind: Download = manifest ? .manifest : (current.downloadedAt == nil ? .first : .again)
            if !manifest {
                if kind == .first { current.downloadedAt = Date(); current.downloadedBy = staffID }
                current.downloads += 1
                try await current.update(on: db)
            }
            try await AuditLog.append(on: db, app: app, actor: actor, action: kind.rawValue, object: obj,
                                      reason: "copy \(current.number)", flagged: kind == .again)
            return kind
        }
        return (r, copy, data, kind)
    }
}

/// The manifest sent with a bundle: what is in it and the hashes that let anyone check it is unchanged.
struct BundleManifest: Codable, Sendable {
    struct Document: Codable, Sendable {
        var number: Int
        var record: String
        var kind: String
        var date: String
        var in_request: Bool
        var removed: Int
        var withheld: Int
        var sha256: String
    }
    struct Bundle: Codable, Sendable { var file: String; var sha256: String; var bytes: Int }
    var schema: String
    var request: String
    var recipient: String
    /// Which copy: each recipient's copy carries their name, so each has its own bytes and hash.
    var copy: Int
    var date: String
    /// When this copy was issued (yyyy-MM-dd).
    var issued: String
    var notice: String
    var document_hash: String
    var documents: [Document]
    var bundle: Bundle
}
