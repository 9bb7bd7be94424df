import Crypto
import Foundation
import Testing
@testable import ConfideCore

@Suite("Signed statistical returns")
struct ReturnTests {
    let registry = StatsFixtures.registry()

    @Test("a signed return verifies with the registered key and reads back exactly")
    func roundTrip() throws {
        let data = StatsFixtures.signedReturn()
        let v = try ReturnVerifier.verify(data, registry: registry)
        #expect(v.centre == "northmoor-rcc")
        #expect(v.period.description == "2026-Q1")
        #expect(v.statistics == StatsFixtures.protected(StatsFixtures.quarter()))
        #expect(v.keyID == StatisticsReturn.keyID(StatsFixtures.signing.publicKey))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"schema\": \"confide.stats-return/v1\""))
    }

    @Test("any change to a signed byte of content is a bad signature")
    func tampered() throws {
        let text = String(decoding: StatsFixtures.signedReturn(), as: UTF8.self)
        let forged = text.replacingOccurrences(of: "\"total_requests\": 40", with: "\"total_requests\": 45")
        #expect(forged != text)
        #expect(throws: ReturnImportError.badSignature(centre: "northmoor-rcc", keyID: StatisticsReturn.keyID(StatsFixtures.signing.publicKey))) {
            try ReturnVerifier.verify(Data(forged.utf8), registry: registry)
        }
    }

    @Test("whitespace and key order do not matter; the canonical form is what is signed")
    func canonical() throws {
        let value = try StatsJSON.parse(StatsFixtures.signedReturn())
        let compact = value.canonicalData
        _ = try ReturnVerifier.verify(compact, registry: registry)
    }

    @Test("signed by a key the hub does not hold for that centre: bad signature")
    func wrongKey() {
        let data = StatsFixtures.signedReturn(signer: StatsFixtures.otherSigning)
        #expect {
            try ReturnVerifier.verify(data, registry: registry)
        } throws: { error in
            if case .badSignature = error as? ReturnImportError { return true }
            return false
        }
    }

    @Test("a centre not registered at the hub is an unknown centre")
    func unknownCentre() {
        let data = StatsFixtures.signedReturn(centre: "fenside-rc")
        #expect(throws: ReturnImportError.unknownCentre("fenside-rc")) { try ReturnVerifier.verify(data, registry: registry) }
    }

    @Test("an unsigned return is refused")
    func unsigned() {
        let r = StatisticsReturn(centre: "northmoor-rcc", created: StatDate("2026-07-01")!, statistics: StatsFixtures.protected(StatsFixtures.quarter()))
        #expect(throws: ReturnImportError.unsigned(centre: "northmoor-rcc")) { try ReturnVerifier.verify(Data(r.unsignedText.utf8), registry: registry) }
    }

    @Test("the same return again is a duplicate, even exported on another day; different content is a changed return")
    func duplicateAndChanged() throws {
        let first = try ReturnVerifier.verify(StatsFixtures.signedReturn(), registry: registry)
        var accepted = AcceptedReturns()
        accepted.add(first)
        #expect(throws: ReturnImportError.duplicate(centre: "northmoor-rcc", period: "2026-Q1")) {
            try ReturnVerifier.verify(StatsFixtures.signedReturn(created: "2026-07-09"), registry: registry, accepted: accepted)
        }
        var more = StatsFixtures.quarter()
        more += (200..<210).map { StatsFixtures.record($0) }
        #expect {
            try ReturnVerifier.verify(StatsFixtures.signedReturn(records: more), registry: registry, accepted: accepted)
        } throws: { error in
            if case let .changed(centre, period, old, new)? = error as? ReturnImportError {
                return centre == "northmoor-rcc" && period == "2026-Q1" && old == first.contentHash && new != old
            }
            return false
        }
        // another period from the same centre is fine
        _ = try ReturnVerifier.verify(StatsFixtures.signedReturn(period: "2026-Q2"), registry: registry, accepted: accepted)
    }

    @Test("a batch is all or nothing and names the file; a duplicate inside the batch counts")
    func batch() {
        let good = StatsFixtures.signedReturn()
        #expect {
            try ReturnVerifier.verifyAll([("a.json", good), ("b.json", good)], registry: registry)
        } throws: { error in
            guard let e = error as? ReturnImportError, case let .inFile(name, inner) = e else { return false }
            return name == "b.json" && inner == .duplicate(centre: "northmoor-rcc", period: "2026-Q1")
                && e.description.contains("nothing was imported")
        }
    }

    @Test("a signed file carrying true (unrounded) counts is refused as unprotected")
    func unprotectedRefused() throws {
        let tables = CentreTables.compute(records: StatsFixtures.quarter(), period: try Period.parse("2026-Q1"),
                                          vocabulary: .derived(from: StatsFixtures.quarter()), key: StatsFixtures.key)
        let raw = StatisticsReturn(centre: "northmoor-rcc", created: StatDate("2026-07-01")!, statistics: DisclosureControl.unprotected(tables))
        let data = try raw.signed(with: StatsFixtures.signing)
        #expect {
            try ReturnVerifier.verify(data, registry: registry)
        } throws: { error in
            guard case let .malformed(m)? = error as? ReturnImportError else { return false }
            return m.contains("not protected")
        }
    }

    @Test("unknown members, other schemas and broken JSON are refused distinctly")
    func malformed() throws {
        #expect(throws: ReturnImportError.self) { try ReturnVerifier.verify(Data("{".utf8), registry: registry) }
        #expect(throws: ReturnImportError.unsupportedSchema("confide.stats-return/v2")) {
            try ReturnVerifier.verify(Data(#"{"schema":"confide.stats-return/v2","centre":"northmoor-rcc"}"#.utf8), registry: registry)
        }
        // a member added and signed by the centre is still not understood by this hub: refused
        let value = try StatsJSON.parse(StatsFixtures.signedReturn())
        guard case var .object(pairs) = value.removing("signature") else { return }
        pairs.append(("names", .array([.string("someone")])))
        let body = StatsJSON.object(pairs)
        let sig = try StatsFixtures.signing.signature(for: body.canonicalData)
        pairs.append(("signature", .object([("algorithm", .string("ed25519")), ("key_id", .string(StatisticsReturn.keyID(StatsFixtures.signing.publicKey))),
                                            ("value", .string(Data(sig).base64EncodedString()))])))
        #expect {
            try ReturnVerifier.verify(StatsJSON.object(pairs).canonicalData, registry: registry)
        } throws: { error in
            if case .malformed? = error as? ReturnImportError { return true }
            return false
        }
    }

    @Test("the content hash ignores the creation date and the signature")
    func contentHash() throws {
        let a = try ReturnVerifier.verify(StatsFixtures.signedReturn(created: "2026-07-01"), registry: registry)
        let b = try ReturnVerifier.verify(StatsFixtures.signedReturn(created: "2026-08-01"), registry: registry)
        #expect(a.contentHash == b.contentHash)
        #expect(a.contentHash.count == 64)
    }

    @Test("public keys file: one key or a list per centre")
    func keysFile() throws {
        let hex = HexBytes.encode(StatsFixtures.signing.publicKey.rawRepresentation)
        let r = try CentreKeyRegistry.decode(Data("{\"a\": \"\(hex)\", \"b\": [\"\(hex)\"]}".utf8))
        #expect(r.keys["a"]?.count == 1 && r.keys["b"]?.count == 1)
        #expect(throws: ReturnImportError.self) { try CentreKeyRegistry.decode(Data(#"{"a": "zz"}"#.utf8)) }
    }
}

@Suite("Strict JSON")
struct StatsJSONTests {
    @Test("duplicate keys, fractions, exponents, leading zeros and trailing text are refused",
          arguments: [#"{"a":1,"a":2}"#, #"{"a":1.5}"#, #"{"a":1e3}"#, #"{"a":01}"#, #"{"a":1} x"#, #"{"a":"\x"}"#, "[1,]"])
    func refused(_ text: String) {
        #expect(throws: StatsJSONError.self) { try StatsJSON.parse(Data(text.utf8)) }
    }

    @Test("canonical form sorts keys and escapes minimally")
    func canonical() throws {
        let v = try StatsJSON.parse(Data(#"{ "b": [1, -2, null, true], "a": "é\n\"\u0001" }"#.utf8))
        #expect(String(decoding: v.canonicalData, as: UTF8.self) == #"{"a":"é\n\"\u0001","b":[1,-2,null,true]}"#)
    }
}
