import ArgumentParser

/// `briefing convert`: loading, analysis and brief writing, into Content/briefs.
struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the Markdown brief of each article into the content folder's briefs/.")

    @OptionGroup var folders: SiteFolderOptions

    @Argument(help: "The articles to convert.")
    var articles: [String]

    @Flag(help: "Replace briefs that already exist.")
    var force = false

    func run() async throws {
        throw ValidationError("convert is not ready yet")
    }
}
