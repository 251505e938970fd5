/// The one error type every stage reports through: what went wrong, where, and during which build step.
public struct BriefingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, with the message a person reads.
    public enum Problem: Sendable, Equatable {
        /// The file could not be read or decoded.
        case unreadableFile(String)
        /// A brief's or page's front matter is not valid.
        case invalidFrontMatter(String)
        /// `site.yml` is not valid.
        case invalidSiteConfig(String)
        /// Content that cannot be published as it is (a bad slug, two briefs with one slug…).
        case invalidContent(String)
        /// A template does not parse or cannot be found.
        case invalidTemplate(String)
        /// The project itself is unusable (no Templates/ folder, say): the build stops at once.
        case invalidProject(String)
        /// Writing the output failed.
        case outputFailed(String)

        /// The message of the problem: what is wrong, then what to do.
        public var message: String {
            switch self {
            case .unreadableFile(let message), .invalidFrontMatter(let message), .invalidSiteConfig(let message),
                 .invalidContent(let message), .invalidTemplate(let message), .invalidProject(let message),
                 .outputFailed(let message):
                return message
            }
        }
    }

    /// Whether this stops the file from being published, or only says what was repaired.
    public enum Severity: String, Sendable, Equatable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// The build step that was running, stamped on by the pipeline.
    public var step: String?
    public var problem: Problem
    /// The lower-level error text, when there is one.
    public var underlying: String?

    public init(_ problem: Problem, at location: SourceLocation? = nil, step: String? = nil, underlying: String? = nil, severity: Severity = .error) {
        self.severity = severity
        self.problem = problem
        self.location = location
        self.step = step
        self.underlying = underlying
    }

    /// `path:line:col: error: message` (or `warning:`), the form terminals and editors can jump to.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        let detail = underlying.map { " (\($0))" } ?? ""
        return "\(prefix)\(severity.rawValue): \(problem.message)\(detail)"
    }

    /// Whether the error is about the project as a whole, so that nothing else can be built.
    public var stopsTheBuild: Bool {
        switch problem {
        case .invalidProject, .invalidTemplate, .invalidSiteConfig, .outputFailed: return true
        default: return false
        }
    }

    /// The same error with the build step stamped on it, unless it already has one.
    public func during(_ step: String) -> BriefingError {
        var copy = self
        if copy.step == nil { copy.step = step }
        return copy
    }
}
