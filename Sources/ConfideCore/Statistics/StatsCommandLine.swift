import Crypto
import Foundation

/// What a statistics command prints and its exit status (0 done; 1 bad input; 2 a return was refused): the same
/// type as every other command's output.
public typealias StatsCommandOutput = CommandOutput

extension CommandOutput {
    static func failure(_ message: String, code: Int32 = 1) -> CommandOutput {
        CommandOutput(stderr: "confide: \(message)\n", exitCode: code)
    }
}

/// The file-based statistics commands (`confide stats protect | public-key | merge`): all logic here, the CLI file
/// only parses arguments. The database-backed `stats export` and `hub import` call the same functions.
public enum StatsCommandLine {
    /// Reads a 32-byte Ed25519 private key (seed) stored as 64 hex digits (whitespace ignored).
    public static func signingKey(fromFile contents: Data) throws(DisclosureKeyError) -> Curve25519.Signing.PrivateKey {
        let text = String(decoding: contents, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let raw = HexBytes.decode(text), raw.count == 32,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw DisclosureKeyError(message: "the signing key file must hold a 32-byte Ed25519 private key as 64 hex digits")
        }
        return key
    }

    /// `confide stats protect --records FILE --period P --centre ID --key-hex HEX [--signing-key FILE]
    /// [--created DATE] [--unprotected]`: the protected return for the period, signed when a key is given.
    ///
    /// The organisation and check lists are derived from ALL records in the file (not the period's).
    /// `unprotected` prints TRUE counts in the same layout, for the disclosure-attack test only; it cannot be
    /// combined with signing.
    public static func protect(records recordsData: Data, period periodText: String, centre: String, keyHex: String,
                               signingKey: Data?, created: StatDate?, unprotected: Bool = false) -> StatsCommandOutput {
        let period: Period
        do { period = try Period.parse(periodText) } catch { return .failure(error.description) }
        guard StatisticsReturn.isValidCentreID(centre) else {
            return .failure("\"\(centre)\" is not a centre id (1–64 of a–z, 0–9, - _ .)")
        }
        let key: DisclosureKey
        do { key = try DisclosureKey(hex: keyHex) } catch { return .failure(error.description) }
        let records: [RequestStatRecord]
        do { records = try RequestStatRecord.decodeList(recordsData) } catch { return .failure(error.description) }
        let vocabulary = CategoryVocabulary.derived(from: records)
        let tables = CentreTables.compute(records: records, period: period, vocabulary: vocabulary, key: key)
        let createdDay = created ?? StatDate.today()
        if unprotected {
            guard signingKey == nil else { return .failure("an unprotected table can never be signed") }
            let body = StatisticsReturn(centre: centre, created: createdDay, statistics: DisclosureControl.unprotected(tables))
            return StatsCommandOutput(stdout: body.unsignedText,
                                      stderr: "confide: WARNING: these are TRUE counts for testing; never publish them\n")
        }
        let ret = StatisticsReturn(centre: centre, created: createdDay, statistics: DisclosureControl.protect(tables, key: key))
        guard let signingKey else { return StatsCommandOutput(stdout: ret.unsignedText) }
        do {
            let privateKey = try StatsCommandLine.signingKey(fromFile: signingKey)
            return StatsCommandOutput(stdout: String(decoding: try ret.signed(with: privateKey), as: UTF8.self))
        } catch {
            return .failure("\(error)")
        }
    }

    /// `confide stats public-key --signing-key FILE`: the hex public key to register at the hub.
    public static func publicKey(signingKey: Data) -> StatsCommandOutput {
        do {
            let key = try StatsCommandLine.signingKey(fromFile: signingKey)
            return StatsCommandOutput(stdout: HexBytes.encode(key.publicKey.rawRepresentation) + "\n")
        } catch {
            return .failure(error.description)
        }
    }

    /// `confide stats merge --keys FILE --period P [--format json|csv] RETURN…`: verifies every return
    /// (all-or-nothing) and prints the national tables.
    public static func merge(returns: [(name: String, data: Data)], keys: Data, period periodText: String,
                             format: String) -> StatsCommandOutput {
        let period: Period
        do { period = try Period.parse(periodText) } catch { return .failure(error.description) }
        guard format == "json" || format == "csv" else { return .failure("--format must be json or csv") }
        do {
            let registry = try CentreKeyRegistry.decode(keys)
            let verified = try ReturnVerifier.verifyAll(returns, registry: registry)
            let national = try NationalTables.merge(verified, period: period)
            return StatsCommandOutput(stdout: format == "json" ? national.jsonText : national.csv)
        } catch let error as ReturnImportError {
            return .failure(error.description, code: 2)
        } catch {
            return .failure("\(error)", code: 2)
        }
    }
}
