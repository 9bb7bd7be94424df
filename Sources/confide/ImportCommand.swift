import ArgumentParser
import ConfideServer
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import clients and records from CSV (a previous case-management system).",
        discussion: """
        clients CSV columns: \(CSVImport.clientColumns.joined(separator: ","))
        records CSV columns: \(CSVImport.recordColumns.joined(separator: ","))
        Every row is checked before anything is written; the first bad cell is reported with its row and column.
        """)

    @OptionGroup var data: DataOptions
    @Option(help: "CSV of clients.") var clients: String?
    @Option(help: "CSV of records (client_reference refers to existing or newly imported clients).") var records: String?

    func run() async throws {
        guard clients != nil || records != nil else { throw fail("give --clients FILE and/or --records FILE", code: 2) }
        do {
            let s = try await ConfideRuntime.withApp(data.config) { app in
                try await CSVImport.run(app, clientsFile: clients, recordsFile: records)
            }
            print("Imported \(s.clients) clients and \(s.records) records.")
        } catch let f as CSVImport.Failure {
            throw fail(f.description, code: 2)
        } catch {
            throw fail("\(error)")
        }
    }
}
