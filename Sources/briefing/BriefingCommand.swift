import ArgumentParser

/// The `briefing` command line: one subcommand per pipeline entry point.
@main
struct BriefingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turns news articles into a static briefing site.",
        subcommands: [Build.self, Serve.self, Analyze.self, Convert.self, Check.self, Init.self, Publish.self]
    )
}
