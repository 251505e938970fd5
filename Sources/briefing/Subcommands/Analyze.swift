import ArgumentParser

/// `briefing analyze`: loading plus analysis of one article.
struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the entities, roles and quotes of an article.")

    @Argument(help: "The article: a .txt, .md or .html file.")
    var article: String

    @Flag(help: "Print JSON in the shape of ANALYSIS-SCHEMA.md.")
    var json = false

    func run() async throws {
        throw ValidationError("analyze is not ready yet")
    }
}
