/// A problem found in a rulebook file, with the line it is on.
public struct RulebookProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Level: String, Sendable { case error, warning }

    public let file: String
    public let line: Int
    public let message: String
    public let level: Level

    public init(file: String, line: Int, message: String, level: Level = .error) {
        self.file = file
        self.line = line
        self.message = message
        self.level = level
    }

    /// `file:line: error: message`, the form editors and CI logs understand.
    public var description: String { "\(file):\(line): \(level.rawValue): \(message)" }
}

/// Loading failed: every error found, not just the first, so a reviewer can fix them in one pass.
public struct RulebookLoadFailure: Error, Sendable, CustomStringConvertible {
    public let problems: [RulebookProblem]

    public init(problems: [RulebookProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
