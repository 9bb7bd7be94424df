import ArgumentParser
import ConfideServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the Confide server.")

    @OptionGroup var data: DataOptions
    @Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Flag(help: "Fill an empty database with a fictional demo centre and print the demo sign-ins.") var demo = false
    @Option(help: "With --demo: N times the demo's clients, records and audit entries (1…200), for growth benchmarks.") var demoScale = 1

    func run() async throws {
        do {
            guard (1...DemoData.maximumScale).contains(demoScale) else { throw fail("--demo-scale must be 1…\(DemoData.maximumScale)", code: 2) }
            try await ConfideRuntime.serve(data.config, hostname: hostname, port: port, demo: demo, demoScale: demoScale)
        } catch let e as StartupError {
            throw fail(e.description)
        }
    }
}
