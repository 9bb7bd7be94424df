import ConfideCore
import Crypto
import Foundation
import Testing

@Suite("Bundle verification: a bundle against its manifest")
struct BundleVerificationTests {
    static let pdf = Data("%PDF-1.4\nnot a real bundle, but bytes all the same\n%%EOF\n".utf8)

    static func manifest(for pdf: Data, schema: String = "confide.bundle-manifest/v1") -> Data {
        let sha = SHA256.hash(data: pdf).map { String(format: "%02x", $0) }.joined()
        return Data(#"{"schema": "\#(schema)", "request": "R-2026-0001", "bundle": {"file": "bundle-R-2026-0001-copy-1.pdf", "sha256": "\#(sha)", "bytes": \#(pdf.count)}}"#.utf8)
    }

    @Test func theBundleItsManifestDescribesMatches() throws {
        let r = try BundleVerification.verify(pdf: Self.pdf, manifest: Self.manifest(for: Self.pdf))
        guard case let .matches(file, _, bytes) = r else { Issue.record("\(r)"); return }
        #expect(file == "bundle-R-2026-0001-copy-1.pdf" && bytes == Self.pdf.count)
    }

    @Test func anyChangedAddedOrRemovedByteIsDetected() throws {
        let m = Self.manifest(for: Self.pdf)
        for position in [0, 7, Self.pdf.count / 2, Self.pdf.count - 1] {
            var changed = Self.pdf
            changed[position] ^= 0x01
            guard case .changed = try BundleVerification.verify(pdf: changed, manifest: m) else { Issue.record("byte \(position) flipped, not detected"); continue }
        }
        var longer = Self.pdf; longer.append(0x20)
        guard case let .changed(_, _, _, expected, found) = try BundleVerification.verify(pdf: longer, manifest: m) else { Issue.record("an added byte was not detected"); return }
        #expect(expected == Self.pdf.count && found == Self.pdf.count + 1)
        guard case .changed = try BundleVerification.verify(pdf: Self.pdf.dropLast(), manifest: m) else { Issue.record("a removed byte was not detected"); return }
    }

    @Test func somethingThatIsNotAManifestIsRefused() {
        for bad in [Data("not json".utf8), Self.manifest(for: Self.pdf, schema: "other/v1"), Data(#"{"schema": "confide.bundle-manifest/v1"}"#.utf8)] {
            #expect(throws: BundleVerification.Failure.self) { try BundleVerification.verify(pdf: Self.pdf, manifest: bad) }
        }
    }
}
