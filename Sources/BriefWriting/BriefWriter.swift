import BriefingCore

/// Writes the Markdown brief of an article from its analysis. Pure: no file I/O.
public struct BriefWriter: Sendable {
    public init() {}
}
