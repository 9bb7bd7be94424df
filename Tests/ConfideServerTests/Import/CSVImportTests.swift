import Fluent
import Foundation
@testable import ConfideServer
import Testing
import VaporTesting

@Suite("CSV import from a previous system")
struct CSVImportTests {
    func write(_ dir: String, _ name: String, _ text: String) throws -> String {
        let p = dir + "/" + name
        try text.write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }

    @Test func importsClientsAndLockedRecordsEncrypted() async throws {
        try await TestCentre.with { centre in
            let clients = try write(centre.dir, "clients.csv", """
                reference,name,date_of_birth,contact,safe_contact,allocated_worker_email
                OLD-17,"Imported, Person",1985-04-02,"07700 900555",text only,alex@centre.example
                ,Second Person,1979-11-30,,,alex@centre.example
                """)
            let records = try write(centre.dir, "records.csv", """
                client_reference,kind,date,body,author_email
                OLD-17,session_note,2024-05-01,"Imported note, with a comma
                and a second line",alex@centre.example
                OLD-17,assessment,2024-04-20,First assessment.,alex@centre.example
                """)
            let s = try await CSVImport.run(centre.app, clientsFile: clients, recordsFile: records)
            #expect(s.clients == 2 && s.records == 2)
            let alex = try await centre.signedIn("alex")
            #expect(try await alex.get("/caseload").text.contains("Imported, Person"))
            let c = try #require(try await Client.query(on: centre.app.db).filter(\.$reference == "OLD-17").first())
            let page = try await alex.get("/clients/\(c.id!)")
            #expect(page.text.contains("and a second line"))
            #expect(page.text.contains("Locked"))
            #expect(try await centre.auditRows().filter { $0.action == "record.import" }.count == 2)
        }
    }

    @Test func oneBadCellStopsTheImportAndWritesNothing() async throws {
        try await TestCentre.with { centre in
            let clients = try write(centre.dir, "clients.csv", """
                reference,name,date_of_birth,contact,safe_contact,allocated_worker_email
                A-1,Good Person,1985-04-02,,,alex@centre.example
                A-2,Bad Date,1985-02-30,,,alex@centre.example
                """)
            await #expect { try await CSVImport.run(centre.app, clientsFile: clients, recordsFile: nil) } throws: { e in
                "\(e)".contains("row 3, column date_of_birth")
            }
            let unknownWorker = try write(centre.dir, "c2.csv", "reference,name,date_of_birth,contact,safe_contact,allocated_worker_email\nA-3,X Y,1990-01-01,,,nobody@centre.example\n")
            await #expect { try await CSVImport.run(centre.app, clientsFile: unknownWorker, recordsFile: nil) } throws: { "\($0)".contains("allocated_worker_email") }
            let missingColumn = try write(centre.dir, "c3.csv", "name,date_of_birth\nX,1990-01-01\n")
            await #expect { try await CSVImport.run(centre.app, clientsFile: missingColumn, recordsFile: nil) } throws: { "\($0)".contains("no column") }
            #expect(try await Client.query(on: centre.app.db).count() == 0)
            #expect(try await centre.auditRows().filter { $0.action.hasSuffix("import") }.isEmpty)
        }
    }
}
