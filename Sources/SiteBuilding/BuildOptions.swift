import Foundation

/// What `briefing build` was asked to do.
public struct BuildOptions: Sendable {
    public var contentFolder: String
    public var templatesFolder: String
    public var outputFolder: String
    /// How many briefs render at once.
    public var jobs: Int

    public init(contentFolder: String = "Content", templatesFolder: String = "Templates", outputFolder: String = "Output", jobs: Int = BuildOptions.defaultJobs) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
    }

    /// One job per processor.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
