import Crypto
import Foundation

/// A centre's statistical return for one period (`confide.stats-return/v1`): the protected tables only, the
/// centre id, the period, the disclosure-control parameters and the creation date, signed with the centre's
/// Ed25519 key.
///
/// ## File format
/// A JSON object (UTF-8). Every number is a whole number; every count is a multiple of the rounding base.
/// ```json
/// {
///   "schema": "confide.stats-return/v1",
///   "centre": "northmoor-rcc",
///   "period": "2026-Q1",
///   "created": "2026-07-02",
///   "disclosure_control": {"profile": "confide-sdc/v1", "rounding_base": 5, "minimum_published_group": 15,
///                          "empty_cell_published_as_five_one_in": 20, "max_requests_per_survivor": 3},
///   "counts": {"total_requests": 45, "decided_requests": 40, "narrowed_after_reply": 5, "withdrawn_after_reply": 0},
///   "median_days_to_decision": 12,
///   "tables": [
///     {"id": "requester_type", "population": "requests", "group": 45,
///      "cells": [{"category": "police", "count": 35}, {"category": "defence", "count": 5}, …]},
///     {"id": "decided_outcome", "population": "decided_requests", "group": 10, "cells": null,
///      "withheld": "withheld: the group's published count is under 15, …"}
///   ],
///   "signature": {"algorithm": "ed25519", "key_id": "3f1a…(16 hex)", "value": "(base64, 64 bytes)"}
/// }
/// ```
/// - `counts.*` other than `total_requests`, and `median_days_to_decision`, are `null` when withheld.
/// - `tables` lists the eight tables in ``TableID`` order, each with every category of its vocabulary (zeros
///   included); `group` is the published count of the table's population (`null` when withheld itself);
///   withheld tables have `"cells": null` and a `withheld` reason.
/// - **Signature.** `value` is Ed25519 over the canonical bytes (``StatsJSON/canonicalData``: keys sorted, no
///   whitespace) of the whole object WITHOUT the `signature` member. `key_id` is the first 8 bytes (16 hex
///   digits) of SHA-256 of the raw 32-byte public key.
/// - **Content hash** (duplicate/changed detection): SHA-256 (hex) of the canonical bytes without `signature`
///   and without `created`; exporting the same tables twice on different days is the same content.
public struct StatisticsReturn: Sendable, Equatable {
    public static let schema = "confide.stats-return/v1"

    public let centre: String
    public let created: StatDate
    public let statistics: ProtectedStatistics

    public var period: Period { statistics.period }

    public init(centre: String, created: StatDate, statistics: ProtectedStatistics) {
        self.centre = centre
        self.created = created
        self.statistics = statistics
    }

    /// Centre ids: 1–64 of a–z, 0–9, `-`, `_`, `.`.
    public static func isValidCentreID(_ id: String) -> Bool {
        (1...64).contains(id.count) && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }

    /// The JSON body, without signature.
    public var json: StatsJSON {
        let s = statistics
        func optional(_ v: Int?) -> StatsJSON { v.map { .int($0) } ?? .null }
        let policy = s.policy
        return .object([
            ("schema", .string(Self.schema)),
            ("centre", .string(centre)),
            ("period", .string(s.period.description)),
            ("created", .string(created.description)),
            ("disclosure_control", .object([
                ("profile", .string(policy.profile)),
                ("rounding_base", .int(policy.roundingBase)),
                ("minimum_published_group", .int(policy.minimumPublishedGroup)),
                ("empty_cell_published_as_five_one_in", .int(policy.emptyCellPublishedAsFiveOneIn)),
                ("max_requests_per_survivor", optional(policy.maxRequestsPerSurvivor)),
            ])),
            ("counts", .object([
                ("total_requests", .int(s.totalRequests)),
                ("decided_requests", optional(s.decidedRequests)),
                ("narrowed_after_reply", optional(s.narrowedAfterReply)),
                ("withdrawn_after_reply", optional(s.withdrawnAfterReply)),
            ])),
            ("median_days_to_decision", optional(s.medianDaysToDecision)),
            ("tables", .array(s.tables.map { t in
                var pairs: [(String, StatsJSON)] = [
                    ("id", .string(t.id.rawValue)),
                    ("population", .string(t.id.population.rawValue)),
                    ("group", optional(t.group)),
                    ("cells", t.cells.map { .array($0.map { .object([("category", .string($0.category)), ("count", .int($0.count))]) }) } ?? .null),
                ]
                if let w = t.withheld { pairs.append(("withheld", .string(w))) }
                return .object(pairs)
            })),
        ])
    }

    /// SHA-256 (hex) of the canonical content without `created` (and without any signature).
    public var contentHash: String {
        HexBytes.encode(SHA256.hash(data: json.removing("created").canonicalData))
    }

    /// Signs the return: the readable JSON file with its `signature` member.
    public func signed(with key: Curve25519.Signing.PrivateKey) throws -> Data {
        let body = json
        let signature = try key.signature(for: body.canonicalData)
        guard case var .object(pairs) = body else { fatalError("a return is an object") }
        pairs.append(("signature", .object([
            ("algorithm", .string("ed25519")),
            ("key_id", .string(Self.keyID(key.publicKey))),
            ("value", .string(Data(signature).base64EncodedString())),
        ])))
        return Data(StatsJSON.object(pairs).prettyText.utf8)
    }

    /// The readable JSON without a signature (for `confide stats protect` without a key, and the centre page).
    public var unsignedText: String { json.prettyText }

    /// First 8 bytes (16 hex digits) of SHA-256 of the raw public key.
    public static func keyID(_ key: Curve25519.Signing.PublicKey) -> String {
        HexBytes.encode(SHA256.hash(data: key.rawRepresentation).prefix(8))
    }

    /// Reads a return's body (signature NOT checked; use ``ReturnVerifier``). Every count must be a multiple of
    /// the rounding base: a file that carries true counts is refused.
    public static func decode(_ value: StatsJSON) throws(ReturnImportError) -> StatisticsReturn {
        func bad(_ field: String, _ why: String) -> ReturnImportError { .malformed("\(field): \(why)") }
        guard case let .object(top) = value else { throw .malformed("the return is not a JSON object") }
        let allowedTop: Set<String> = ["schema", "centre", "period", "created", "disclosure_control", "counts",
                                       "median_days_to_decision", "tables", "signature"]
        if let extra = top.first(where: { !allowedTop.contains($0.0) }) { throw bad(extra.0, "is not part of \(schema)") }
        guard case let .string(schemaValue)? = value["schema"] else { throw bad("schema", "is missing") }
        guard schemaValue == schema else { throw .unsupportedSchema(schemaValue) }
        guard case let .string(centre)? = value["centre"], isValidCentreID(centre) else { throw bad("centre", "is missing or not a centre id") }
        guard case let .string(periodText)? = value["period"], let period = try? Period.parse(periodText) else { throw bad("period", "is missing or not a period") }
        guard case let .string(createdText)? = value["created"], let created = StatDate(createdText) else { throw bad("created", "is missing or not a date") }

        func int(_ object: StatsJSON?, _ key: String, _ field: String, nullable: Bool) throws(ReturnImportError) -> Int? {
            switch object?[key] {
            case let .int(v)?: return v
            case .null?: if nullable { return nil }; throw bad(field, "may not be null")
            default: throw bad(field, "is missing or not a whole number")
            }
        }
        let dc = value["disclosure_control"]
        guard case .object? = dc else { throw bad("disclosure_control", "is missing") }
        guard case let .string(profile)? = dc?["profile"] else { throw bad("disclosure_control.profile", "is missing") }
        let policy = DisclosurePolicy(
            profile: profile,
            roundingBase: try int(dc, "rounding_base", "disclosure_control.rounding_base", nullable: false)!,
            minimumPublishedGroup: try int(dc, "minimum_published_group", "disclosure_control.minimum_published_group", nullable: false)!,
            emptyCellPublishedAsFiveOneIn: try int(dc, "empty_cell_published_as_five_one_in", "disclosure_control.empty_cell_published_as_five_one_in", nullable: false)!,
            maxRequestsPerSurvivor: try int(dc, "max_requests_per_survivor", "disclosure_control.max_requests_per_survivor", nullable: true))
        guard policy.profile == DisclosurePolicy.v1.profile, policy.roundingBase >= 5 else {
            throw bad("disclosure_control", "profile \(policy.profile) with base \(policy.roundingBase) is not a protection this hub accepts")
        }
        let base = policy.roundingBase
        func protected(_ v: Int?, _ field: String) throws(ReturnImportError) -> Int? {
            guard let v else { return nil }
            guard v >= 0, v % base == 0 else { throw bad(field, "\(v) is not a multiple of \(base): the return is not protected") }
            return v
        }
        let counts = value["counts"]
        guard case .object? = counts else { throw bad("counts", "is missing") }
        let total = try protected(try int(counts, "total_requests", "counts.total_requests", nullable: false), "counts.total_requests")!
        let decided = try protected(try int(counts, "decided_requests", "counts.decided_requests", nullable: true), "counts.decided_requests")
        let narrowed = try protected(try int(counts, "narrowed_after_reply", "counts.narrowed_after_reply", nullable: true), "counts.narrowed_after_reply")
        let withdrawn = try protected(try int(counts, "withdrawn_after_reply", "counts.withdrawn_after_reply", nullable: true), "counts.withdrawn_after_reply")
        let median = try int(value, "median_days_to_decision", "median_days_to_decision", nullable: true)
        if let median, median < 0 { throw bad("median_days_to_decision", "is negative") }

        guard case let .array(tableValues)? = value["tables"] else { throw bad("tables", "is missing or not a list") }
        var tables: [ProtectedStatistics.Table] = []
        var seen = Set<TableID>()
        for (n, t) in tableValues.enumerated() {
            let field = "tables[\(n)]"
            guard case let .string(idText)? = t["id"], let id = TableID(rawValue: idText) else { throw bad("\(field).id", "is not a known table") }
            guard seen.insert(id).inserted else { throw bad("\(field).id", "\(idText) appears twice") }
            guard case let .string(pop)? = t["population"], pop == id.population.rawValue else { throw bad("\(field).population", "does not match the table") }
            let group = try protected(try int(t, "group", "\(field).group", nullable: true), "\(field).group")
            var cells: [ProtectedStatistics.Cell]?
            switch t["cells"] {
            case .null?: cells = nil
            case let .array(items)?:
                var list: [ProtectedStatistics.Cell] = []
                var categories = Set<String>()
                for (k, c) in items.enumerated() {
                    guard case let .string(category)? = c["category"], !category.isEmpty else { throw bad("\(field).cells[\(k)].category", "is missing") }
                    guard categories.insert(category).inserted else { throw bad("\(field).cells[\(k)].category", "\(category) appears twice") }
                    let count = try protected(try int(c, "count", "\(field).cells[\(k)].count", nullable: false), "\(field).cells[\(k)].count")!
                    list.append(.init(category: category, count: count))
                }
                cells = list
            default: throw bad("\(field).cells", "is missing")
            }
            var withheld: String?
            if case let .string(w)? = t["withheld"] { withheld = w }
            if cells == nil, withheld == nil { throw bad("\(field).withheld", "a withheld table must say why") }
            if let g = group, cells != nil, g < policy.minimumPublishedGroup {
                throw bad("\(field)", "is broken down although its group (\(g)) is under \(policy.minimumPublishedGroup)")
            }
            if cells != nil, group == nil { throw bad("\(field).group", "a table that is broken down needs its group count") }
            tables.append(.init(id: id, group: group, cells: cells, withheld: withheld))
        }
        let statistics = ProtectedStatistics(period: period, policy: policy, totalRequests: total, decidedRequests: decided,
                                             narrowedAfterReply: narrowed, withdrawnAfterReply: withdrawn,
                                             medianDaysToDecision: median, tables: tables)
        return StatisticsReturn(centre: centre, created: created, statistics: statistics)
    }
}

/// The hub's register of centres and their public keys (a centre may have more than one during a rotation).
public struct CentreKeyRegistry: Sendable {
    public private(set) var keys: [String: [Curve25519.Signing.PublicKey]] = [:]

    public init() {}

    public mutating func register(centre: String, publicKey: Curve25519.Signing.PublicKey) {
        keys[centre, default: []].append(publicKey)
    }

    /// `{"centre-id": "hex public key"}` or `{"centre-id": ["hex", …]}`.
    public static func decode(_ data: Data) throws(ReturnImportError) -> CentreKeyRegistry {
        let value: StatsJSON
        do { value = try StatsJSON.parse(data) } catch { throw .malformed("public keys file: \(error)") }
        guard case let .object(pairs) = value else { throw .malformed("public keys file: not a JSON object") }
        var registry = CentreKeyRegistry()
        for (centre, v) in pairs {
            let hexes: [StatsJSON]
            if case let .array(a) = v { hexes = a } else { hexes = [v] }
            for h in hexes {
                guard case let .string(hex) = h, let raw = HexBytes.decode(hex),
                      let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
                    throw .malformed("public keys file: \(centre): not a 32-byte Ed25519 public key in hex")
                }
                registry.register(centre: centre, publicKey: key)
            }
        }
        return registry
    }
}

/// What the hub has already accepted: the content hash per centre and period.
public struct AcceptedReturns: Sendable, Equatable {
    public struct Key: Sendable, Hashable {
        public let centre: String
        public let period: Period
        public init(centre: String, period: Period) {
            self.centre = centre
            self.period = period
        }
    }

    public private(set) var contentHashes: [Key: String] = [:]

    public init(_ entries: [(centre: String, period: Period, contentHash: String)] = []) {
        for e in entries { contentHashes[Key(centre: e.centre, period: e.period)] = e.contentHash }
    }

    public mutating func add(_ r: VerifiedReturn) { contentHashes[Key(centre: r.centre, period: r.period)] = r.contentHash }
}

/// A return whose signature verified against the centre's registered key and whose content is well formed.
public struct VerifiedReturn: Sendable, Equatable {
    public let body: StatisticsReturn
    public let contentHash: String
    public let keyID: String
    public var centre: String { body.centre }
    public var period: Period { body.period }
    public var statistics: ProtectedStatistics { body.statistics }
}

/// Why the hub refused a return. Each case is distinct so pages and the CLI can say exactly what happened.
public enum ReturnImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not JSON, or not the shape of a return (the message names the field).
    case malformed(String)
    /// Some other schema, or a newer version this hub does not read.
    case unsupportedSchema(String)
    /// The return has no signature.
    case unsigned(centre: String)
    /// The centre is not registered at this hub.
    case unknownCentre(String)
    /// The signature does not verify with any key registered for the centre (forged, altered or wrong key).
    case badSignature(centre: String, keyID: String)
    /// The same centre and period with the same content was already imported: nothing to do.
    case duplicate(centre: String, period: String)
    /// The same centre and period was already imported with DIFFERENT content: a revision must be agreed with the
    /// hub (accepting it would let anyone difference the two versions).
    case changed(centre: String, period: String, acceptedHash: String, newHash: String)
    /// One file in a batch (its name) was refused; nothing in the batch was merged.
    indirect case inFile(String, ReturnImportError)

    public var description: String {
        switch self {
        case let .malformed(m): return "not a valid statistical return: \(m)"
        case let .unsupportedSchema(s): return "unsupported schema \"\(s)\": this hub reads \(StatisticsReturn.schema)"
        case let .unsigned(c): return "the return from centre \(c) is not signed"
        case let .unknownCentre(c): return "unknown centre \"\(c)\": register its public key at the hub first"
        case let .badSignature(c, k): return "bad signature: the return claims to be from centre \(c) (key \(k)) but its signature does not verify with the centre's registered key — it was altered or not signed by that centre"
        case let .duplicate(c, p): return "duplicate: the return from centre \(c) for \(p) was already imported with the same content"
        case let .changed(c, p, old, new): return "changed return: centre \(c) already sent a different return for \(p) (accepted \(old.prefix(12))…, this one \(new.prefix(12))…); a revised return must be agreed with the hub"
        case let .inFile(name, e): return "\(name): \(e.description) — nothing was imported"
        }
    }

    /// The underlying error when wrapped by ``inFile(_:_:)``.
    public var reason: ReturnImportError {
        if case let .inFile(_, e) = self { return e.reason }
        return self
    }
}

/// Verifies returns for the hub.
public enum ReturnVerifier {
    /// Verifies one return: JSON, schema, known centre, signature, shape and protection, then duplicate/changed
    /// against `accepted`.
    public static func verify(_ data: Data, registry: CentreKeyRegistry,
                              accepted: AcceptedReturns = AcceptedReturns()) throws(ReturnImportError) -> VerifiedReturn {
        let value: StatsJSON
        do { value = try StatsJSON.parse(data) } catch { throw .malformed(error.description) }
        guard case .object = value else { throw .malformed("the return is not a JSON object") }
        guard case let .string(schemaValue)? = value["schema"] else { throw .malformed("schema: is missing") }
        guard schemaValue == StatisticsReturn.schema else { throw .unsupportedSchema(schemaValue) }
        guard case let .string(centre)? = value["centre"] else { throw .malformed("centre: is missing") }
        guard let keys = registry.keys[centre], !keys.isEmpty else { throw .unknownCentre(centre) }
        guard let sig = value["signature"] else { throw .unsigned(centre: centre) }
        guard case let .string(algorithm)? = sig["algorithm"], algorithm == "ed25519",
              case let .string(keyID)? = sig["key_id"], case let .string(b64)? = sig["value"],
              let signature = Data(base64Encoded: b64) else {
            throw .malformed("signature: needs algorithm \"ed25519\", key_id and a base64 value")
        }
        let signedBytes = value.removing("signature").canonicalData
        guard keys.contains(where: { StatisticsReturn.keyID($0) == keyID && $0.isValidSignature(signature, for: signedBytes) }) else {
            throw .badSignature(centre: centre, keyID: keyID)
        }
        let body = try StatisticsReturn.decode(value)
        // The signed JSON must be exactly what we understood: re-render and compare (catches any member this
        // reader would silently ignore).
        guard body.json == value.removing("signature") || body.json.canonicalData == value.removing("signature").canonicalData else {
            throw .malformed("the return holds content this hub does not understand")
        }
        let verified = VerifiedReturn(body: body, contentHash: body.contentHash, keyID: keyID)
        if let previous = accepted.contentHashes[.init(centre: centre, period: body.period)] {
            if previous == verified.contentHash { throw .duplicate(centre: centre, period: body.period.description) }
            throw .changed(centre: centre, period: body.period.description, acceptedHash: previous, newHash: verified.contentHash)
        }
        return verified
    }

    /// Verifies a batch all-or-nothing: if any file is refused (including a duplicate within the batch), the
    /// error names it and nothing should be merged.
    public static func verifyAll(_ files: [(name: String, data: Data)], registry: CentreKeyRegistry,
                                 accepted: AcceptedReturns = AcceptedReturns()) throws(ReturnImportError) -> [VerifiedReturn] {
        var running = accepted
        var out: [VerifiedReturn] = []
        for file in files {
            do {
                let r = try verify(file.data, registry: registry, accepted: running)
                running.add(r)
                out.append(r)
            } catch {
                throw .inFile(file.name, error)
            }
        }
        return out
    }
}
