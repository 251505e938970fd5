import BriefingCore
import Foundation

/// What `briefing build` was asked to do.
public struct BuildOptions: Sendable {
    public var contentFolder: String
    public var templatesFolder: String
    public var outputFolder: String
    /// How many briefs render at once.
    public var jobs: Int
    /// Whether the build may trust the record the last build left in the output folder (to skip an unchanged
    /// build, and to reuse the briefs of unchanged articles); `briefing build --force` says no.
    public var usesRecord = true
    /// Whether a build with articles, briefs, pages or static files that cannot be used builds everything else and
    /// reports those (`briefing build --keep-going`); otherwise it writes nothing and leaves the output as it was.
    public var keepsGoing = false
    /// What identifies the program in that record; anything kept by another program is stale.
    public var program = ProgramStamp.current

    public init(contentFolder: String = "Content", templatesFolder: String = "Templates", outputFolder: String = "Output", jobs: Int = BuildOptions.defaultJobs) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
    }

    /// One job per processor.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
