import BriefingCore
import Foundation

/// What a finished build produced.
public struct BuildSummary: Sendable, Equatable {
    public var briefs: Int
    public var pages: Int
    /// Files written, static copies included.
    public var files: Int
    public var outputFolder: String
    public var seconds: Double
    /// What was repaired on the way; the build still succeeded.
    public var warnings: [BriefingError] = []
    /// The content files left out because they could not be used (`BuildOptions.keepsGoing`): the site was built
    /// without them, and the build is to be reported as failed.
    public var leftOut: [BriefingError] = []
    /// Articles analysed in this build; the others' briefs came from the cache.
    public var analysedArticles = 0
    /// Pages rendered in this build; the others came from the cache.
    public var renderedPages = 0
    /// The output files written or removed, relative to the output folder, sorted: every file on a full build.
    public var changedFiles: [String] = []
    /// How long each step took, in order.
    public var steps: [StepTiming] = []
    /// The CPU time of each kind of work, summed over threads.
    public var work: [WorkTiming] = []
    /// Whether the output already held this site, so nothing was built or written.
    public var upToDate = false

    /// One line a step: `  4.21 s  Analysing 1000 articles`.
    public var timingLines: [String] {
        steps.map { String(format: "%7.2f s  ", $0.seconds) + $0.name }
    }

    /// `CPU time by kind of work: read 0.95 s, analyse 2.10 s, …`.
    public var workLine: String {
        "CPU time by kind of work: " + work.map { "\($0.kind.name) " + String(format: "%.2f s", $0.cpuSeconds) }.joined(separator: ", ")
    }

    /// The step timings, then the CPU time by kind of work, one per line.
    public var timingReport: String {
        (timingLines + [workLine]).joined(separator: "\n")
    }

    /// `Built 12 briefs and 1 page (31 files) into Output/ in 0.42 s.`
    public var line: String {
        let time = String(format: "%.2f", seconds)
        if upToDate {
            let errors = leftOut.isEmpty ? "" : " It was built without what the \(plural(leftOut.count, "error")) above name: fix them and build again."
            return "\(outputFolder) is up to date: nothing changed since the last build of its \(plural(briefs, "brief")) and \(plural(pages, "page")) (\(plural(files, "file"))); checked in \(time) s. Pass --force to build it again." + errors
        }
        let built = "Built \(plural(briefs, "brief")) and \(plural(pages, "page")) (\(plural(files, "file"))) into \(outputFolder) in \(time) s."
        guard !leftOut.isEmpty else { return built }
        return built.dropLast() + ", leaving out what the \(plural(leftOut.count, "error")) above name. Fix them and build again."
    }
}

/// A build that did not complete: every problem found, in the order of the files. The previous output is untouched.
public struct BuildFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [BriefingError]

    public init(errors: [BriefingError]) {
        self.errors = errors
    }

    /// One error a line, then a count.
    public var description: String {
        let count = errors.filter { $0.severity == .error }.count
        return (errors.map(\.description) + ["Build failed with \(plural(count, "error")); the previous output was left as it was."])
            .joined(separator: "\n")
    }
}

func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
