import ConfideCore
import Crypto
import Fluent
import Foundation
import Vapor

/// The centre's statistics, computed from requests and decisions only — never from record content — and put
/// through disclosure control before anyone sees them.
enum CentreStatistics {
    static func keys(_ app: Application) async throws -> (DisclosureKey, Curve25519.Signing.PrivateKey) {
        let master = app.keys.master
        let d = try await KeySetup.wrappedSecret(SettingKeys.statsDisclosure, owner: "stats-disclosure-key", master: master, on: app.db)
        let s = try await KeySetup.wrappedSecret(SettingKeys.statsSigning, owner: "stats-signing-key", master: master, on: app.db)
        let disclosure = try DisclosureKey(bytes: d.key.withUnsafeBytes { Data($0) })
        let signing = try Curve25519.Signing.PrivateKey(rawRepresentation: s.key.withUnsafeBytes { Data($0) })
        return (disclosure, signing)
    }

    static func statDate(_ d: Date) -> StatDate {
        StatDate(Validate.day(d))!
    }

    /// One record per request, with only what the tables need. Ids are opaque (random UUIDs).
    static func records(_ app: Application) async throws -> [RequestStatRecord] {
        let db = app.db
        var out: [RequestStatRecord] = []
        var keys: [UUID: DataKey] = [:]
        for r in try await RecordsRequest.query(on: db).sort(\.$createdAt).all() {
            // A shredded client's key is gone: her requests still count, with notice "unknown".
            if keys[r.clientID] == nil, let c = try await Client.find(r.clientID, on: db) { keys[r.clientID] = try? app.keys.dataKey(for: c) }
            var notice = "unknown"
            if let dk = keys[r.clientID],
               let parsed = try? RequestParser.parse(try dk.openString(r.documentCT, RequestsService.ctx(r, "document"))),
               case let .word(w)? = parsed.request["survivor.notice_given"] { notice = w }
            let wish = try await SurvivorWish.query(on: db).filter(\.$requestID == r.id!).sort(\.$createdAt, .descending).first()?.view ?? "not-asked"
            let hadReply = try await RequestLetter.query(on: db).filter(\.$requestID == r.id!).filter(\.$kind == "reply").count() > 0
            let withdrawn = try await AuditRow.query(on: db).filter(\.$action == "request.status")
                .filter(\.$object == "client:\(r.clientID)/request:\(r.id!)").all().contains { $0.reason.hasSuffix("withdrawn") }
            out.append(RequestStatRecord(
                requestID: r.id!.uuidString, survivorID: r.clientID.uuidString,
                received: r.receivedOn.flatMap(StatDate.init) ?? statDate(r.createdAt), decided: r.decidedAt.map(statDate),
                requesterType: r.requesterType, organisation: r.requesterOrganisation == "not stated" ? nil : r.requesterOrganisation,
                route: StatisticsVocabulary.routes.contains(r.route) ? r.route : "other",
                checksTriggered: r.checks.split(separator: ",").map(String.init), recommendedOutcome: r.recommendedOutcome,
                decidedOutcome: r.decidedOutcome, survivorWishes: wish,
                notice: StatisticsVocabulary.notice.contains(notice) ? notice : "unknown",
                narrowedAfterReply: r.narrowedAfterReply, withdrawnAfterReply: withdrawn && hadReply))
        }
        return out
    }

    static func protected(_ app: Application, period: Period) async throws -> ProtectedStatistics {
        let all = try await records(app)
        let (key, _) = try await keys(app)
        // Categories come from all records ever, so a table's rows never reveal what happened in one period.
        let tables = CentreTables.compute(records: all, period: period, vocabulary: CategoryVocabulary.derived(from: all), key: key)
        return DisclosureControl.protect(tables, key: key)
    }

    /// The signed return for the hub (`confide.stats-return/v1`), recorded in the audit trail as an export.
    static func signedReturn(_ app: Application, period: Period, actor: AuditActor) async throws -> Data {
        let stats = try await protected(app, period: period)
        let (_, signing) = try await keys(app)
        let data = try StatisticsReturn(centre: app.confide.centreID, created: .today(), statistics: stats).signed(with: signing)
        try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: actor, action: "stats.export", object: "stats:\(period)", reason: "signed return")
        }
        return data
    }

    static func publicKey(_ app: Application) async throws -> String {
        HexBytes.encode(try await keys(app).1.publicKey.rawRepresentation)
    }
}
