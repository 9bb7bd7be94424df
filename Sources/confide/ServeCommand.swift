import ArgumentParser
import ConfideServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the Confide server.")

    @OptionGroup var data: DataOptions
    @Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Flag(help: "Fill an empty database with a fictional demo centre and print the demo sign-ins.") var demo = false

    func run() async throws {
        do {
            try await ConfideRuntime.serve(data.config, hostname: hostname, port: port, demo: demo)
        } catch let e as StartupError {
            throw fail(e.description)
        }
    }
}
