import ArgumentParser

/// Commands contributed by other capabilities (assessment, rulebooks, benchmarks), registered in one place.
enum ExtraCommands {
    static let all: [any ParsableCommand.Type] = [AssessCommand.self, RulebookCommand.self, BenchCommand.self, StatsCommand.self, RedactCommand.self, HubCommand.self, OutcomesCommand.self, BundleCommand.self, BackupCommand.self, RestoreCommand.self, RetentionCommand.self]
}
