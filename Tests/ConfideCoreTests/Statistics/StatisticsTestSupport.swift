import Crypto
import Foundation
@testable import ConfideCore

/// Fictional records for the statistics tests.
enum StatsFixtures {
    static let key = try! DisclosureKey(hex: String(repeating: "a7", count: 32))
    static let otherKey = try! DisclosureKey(hex: String(repeating: "3c", count: 32))

    static func record(_ n: Int, survivor: String? = nil, received: String = "2026-02-10", decided: String? = "2026-02-20",
                       type: String = "police", org: String? = "Northmoor Police", route: String = "victim-information-request",
                       checks: [String] = [], recommended: String? = "seek_clarification", outcome: String? = "seek_clarification",
                       wishes: String = "objects", notice: String = "given", narrowed: Bool = false,
                       withdrawn: Bool = false) -> RequestStatRecord {
        RequestStatRecord(requestID: "req-\(n)", survivorID: survivor ?? "surv-\(n)", received: StatDate(received)!,
                          decided: decided.flatMap(StatDate.init), requesterType: type, organisation: org, route: route,
                          checksTriggered: checks, recommendedOutcome: recommended,
                          decidedOutcome: decided == nil ? nil : outcome, survivorWishes: wishes, notice: notice,
                          narrowedAfterReply: narrowed, withdrawnAfterReply: withdrawn)
    }

    /// A centre's quarter: 37 police requests, 2 defence, 1 insurer, a few narrowed.
    static func quarter() -> [RequestStatRecord] {
        var out: [RequestStatRecord] = []
        for i in 0..<37 {
            out.append(record(i, received: "2026-0\(1 + i % 3)-\(10 + i % 15)", decided: i % 5 == 0 ? nil : "2026-04-0\(1 + i % 9)",
                              checks: i % 4 == 0 ? ["EW-06"] : [], narrowed: i % 9 == 0))
        }
        out.append(record(100, type: "defence", org: "Smith & Co Solicitors", route: "witness-summons", outcome: "refuse_invite_court_application"))
        out.append(record(101, type: "defence", org: "Smith & Co Solicitors", route: "witness-summons", outcome: "refuse_invite_court_application"))
        out.append(record(102, type: "insurer", org: "Acme Insurance", route: "consent", outcome: "seek_clarification"))
        return out
    }

    static let signing = try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 0x11, count: 32))
    static let otherSigning = try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 0x22, count: 32))

    static func protected(_ records: [RequestStatRecord], period: String = "2026-Q1", key: DisclosureKey = key) -> ProtectedStatistics {
        let p = try! Period.parse(period)
        let tables = CentreTables.compute(records: records, period: p, vocabulary: .derived(from: records), key: key)
        return DisclosureControl.protect(tables, key: key)
    }

    static func signedReturn(centre: String = "northmoor-rcc", records: [RequestStatRecord] = quarter(), period: String = "2026-Q1",
                             created: String = "2026-07-01", signer: Curve25519.Signing.PrivateKey = signing) -> Data {
        let r = StatisticsReturn(centre: centre, created: StatDate(created)!, statistics: protected(records, period: period))
        return try! r.signed(with: signer)
    }

    static func registry(_ centres: [String: Curve25519.Signing.PrivateKey] = ["northmoor-rcc": signing]) -> CentreKeyRegistry {
        var r = CentreKeyRegistry()
        for (c, k) in centres { r.register(centre: c, publicKey: k.publicKey) }
        return r
    }
}
