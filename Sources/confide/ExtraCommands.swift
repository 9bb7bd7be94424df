import ArgumentParser

/// Commands contributed by other capabilities (assessment, rulebooks, …), registered in one place.
enum ExtraCommands {
    static let all: [any ParsableCommand.Type] = []
}
