import ArgumentParser
import SiteBuilding

/// `--jobs`, shared by the commands that build.
struct JobsOption: ParsableArguments {
    @Option(help: "How many briefs to analyse and render at once (default: one per processor).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
    }

    /// The number asked for, or one per processor.
    var count: Int { jobs ?? BuildOptions.defaultJobs }
}
