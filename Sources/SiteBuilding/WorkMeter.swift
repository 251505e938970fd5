import Foundation
import Synchronization

/// The kinds of work a build does, as `briefing build --timings` reports them.
public enum WorkKind: Int, CaseIterable, Sendable {
    case reading, analysing, writingBriefs, renderingMarkdown, templates, writingFiles

    /// How the kind is named in reports.
    public var name: String {
        switch self {
        case .reading: "read"
        case .analysing: "analyse"
        case .writingBriefs: "write briefs"
        case .renderingMarkdown: "render Markdown"
        case .templates: "templates"
        case .writingFiles: "write files"
        }
    }
}

/// CPU time spent on each kind of work, summed over every thread: the build's steps interleave the kinds (a brief
/// page's Markdown, template and file are made one after another, on several threads), so wall time per step
/// cannot tell them apart.
final class WorkMeter: Sendable {
    private let nanoseconds = Mutex([UInt64](repeating: 0, count: WorkKind.allCases.count))

    /// Runs `work`, adding the calling thread's CPU time for it to `kind`. `work` must not suspend.
    func measure<Value, Failure: Error>(_ kind: WorkKind, _ work: () throws(Failure) -> Value) throws(Failure) -> Value {
        let started = Self.threadTime()
        defer {
            let spent = Self.threadTime() &- started
            nanoseconds.withLock { $0[kind.rawValue] &+= spent }
        }
        return try work()
    }

    /// The CPU seconds of each kind so far.
    var seconds: [WorkTiming] {
        let totals = nanoseconds.withLock { $0 }
        return WorkKind.allCases.map { WorkTiming(kind: $0, cpuSeconds: Double(totals[$0.rawValue]) / 1e9) }
    }

    private static func threadTime() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}

/// The CPU time one kind of work took in a build.
public struct WorkTiming: Sendable, Equatable {
    public var kind: WorkKind
    public var cpuSeconds: Double
}
