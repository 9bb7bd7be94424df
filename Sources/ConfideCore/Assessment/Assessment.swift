/// One check that fired, with what the request said that made it fire.
public struct Finding: Sendable, Equatable {
    public let check: String
    public let severity: Severity
    public let title: String
    public let evidence: [String]
    public let sources: [String]
    public let reply: String
    public let forSurvivor: String

    public init(check: String, severity: Severity, title: String, evidence: [String], sources: [String], reply: String, forSurvivor: String) {
        self.check = check; self.severity = severity; self.title = title; self.evidence = evidence
        self.sources = sources; self.reply = reply; self.forSurvivor = forSurvivor
    }
}

/// The result of assessing a request against a rulebook (`confide.assessment/v1`, spec/request-file.md).
public struct Assessment: Sendable, Equatable {
    public static let schema = "confide.assessment/v1"

    public let jurisdiction: String
    public let rulebookID: String
    public let rulebookVersion: String
    public let outcome: Outcome
    public let also: [Outcome]
    public let findings: [Finding]
    /// Checks that were tested (they applied to this request) and passed.
    public let satisfied: [String]
    /// The decision step that chose the outcome (for the text report; not part of the JSON contract).
    public let decidedBy: String

    public var findingIDs: [String] { findings.map(\.check) }

    /// The assessment as the JSON document the spec defines, keys in the spec's order, ending with a newline.
    public func jsonString() -> String {
        typealias V = JSONWriter.Value
        let findingValues: [V] = findings.map { f in
            .object([
                ("check", .string(f.check)),
                ("severity", .string(f.severity.rawValue)),
                ("title", .string(f.title)),
                ("evidence", .array(f.evidence.map { .string($0) })),
                ("sources", .array(f.sources.map { .string($0) })),
                ("reply", .string(f.reply)),
                ("for_survivor", .string(f.forSurvivor)),
            ])
        }
        let document: V = .object([
            ("schema", .string(Assessment.schema)),
            ("jurisdiction", .string(jurisdiction)),
            ("rulebook", .object([("id", .string(rulebookID)), ("version", .string(rulebookVersion))])),
            ("outcome", .string(outcome.rawValue)),
            ("also", .array(also.map { .string($0.rawValue) })),
            ("findings", .array(findingValues)),
            ("satisfied", .array(satisfied.map { .string($0) })),
        ])
        return JSONWriter.render(document) + "\n"
    }
}
