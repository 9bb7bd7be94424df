import ArgumentParser
import ConfideCore
import Foundation

/// `confide bundle verify MANIFEST PDF`: checks a disclosure bundle against its manifest, for whoever holds it.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle", abstract: "Disclosure bundles: check a bundle against its manifest.", subcommands: [Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that a bundle PDF is exactly the one its manifest describes (SHA-256 and size).",
            discussion: "Exit status: 0 it matches; 1 it was changed; 2 a file cannot be read or the manifest is not one.")
        @Argument(help: "The manifest (.manifest.json) that came with the bundle.") var manifest: String
        @Argument(help: "The bundle PDF.") var pdf: String

        func run() throws {
            let files = try readFiles([manifest, pdf])
            let m = files[0].data, p = files[1].data
            do {
                switch try BundleVerification.verify(pdf: p, manifest: m) {
                case let .matches(file, sha, bytes):
                    print("OK: \(pdf) is \(file) as its manifest describes it (SHA-256 \(sha), \(bytes) bytes).")
                case let .changed(file, expected, found, expectedBytes, foundBytes):
                    print("CHANGED: \(pdf) is not \(file) as its manifest describes it.\n  expected SHA-256 \(expected), \(expectedBytes) bytes\n  found    SHA-256 \(found), \(foundBytes) bytes")
                    throw ExitCode(1)
                }
            } catch let e as BundleVerification.Failure {
                throw fail("\(manifest): \(e.description)", code: 2)
            }
        }
    }
}
