import Crypto
import Foundation

/// What anyone holding a bundle can check without Confide's database: that the PDF is byte for byte the one its
/// manifest describes. A changed, added or removed byte changes the SHA-256, so the check fails.
public enum BundleVerification {
    public enum Result: Sendable, Equatable {
        case matches(file: String, sha256: String, bytes: Int)
        case changed(file: String, expected: String, found: String, expectedBytes: Int, foundBytes: Int)
    }

    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Reads the manifest (`confide.bundle-manifest/v1`) and compares the PDF with it.
    public static func verify(pdf: Data, manifest: Data) throws(Failure) -> Result {
        guard let object = try? JSONSerialization.jsonObject(with: manifest) as? [String: Any] else {
            throw Failure(description: "the manifest is not a JSON object")
        }
        guard object["schema"] as? String == "confide.bundle-manifest/v1" else {
            throw Failure(description: "the manifest's schema is not confide.bundle-manifest/v1")
        }
        guard let bundle = object["bundle"] as? [String: Any], let expected = bundle["sha256"] as? String,
              expected.count == 64, let bytes = bundle["bytes"] as? Int else {
            throw Failure(description: "the manifest has no bundle.sha256 (64 hex digits) and bundle.bytes")
        }
        let file = bundle["file"] as? String ?? "the bundle"
        let found = SHA256.hash(data: pdf).map { String(format: "%02x", $0) }.joined()
        if found == expected.lowercased() && pdf.count == bytes { return .matches(file: file, sha256: found, bytes: bytes) }
        return .changed(file: file, expected: expected, found: found, expectedBytes: bytes, foundBytes: pdf.count)
    }
}
