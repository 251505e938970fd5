import Foundation

/// Announces each build step to a `BuildProgress` and times it.
struct StepClock {
    let progress: any BuildProgress
    let total: Int
    private(set) var timings: [StepTiming] = []
    private var current: (name: String, started: ContinuousClock.Instant)?

    init(progress: any BuildProgress, total: Int) {
        self.progress = progress
        self.total = total
    }

    /// Step `number` starts; the one before it ends.
    mutating func begin(_ number: Int, _ name: String) {
        finish()
        progress.step(number, of: total, name)
        current = (name, .now)
    }

    /// The last step ends.
    mutating func finish() {
        guard let (name, started) = current else { return }
        let elapsed = ContinuousClock.now - started
        timings.append(StepTiming(name: name, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        current = nil
    }
}

/// How long one build step took.
public struct StepTiming: Sendable, Equatable {
    /// The step as progress names it ("Rendering 120 briefs").
    public var name: String
    public var seconds: Double
}
