import Foundation

/// Runs the shared analysis scorer (`shared/tools/score`) and reads its JSON summary as flat metric names.
public enum ScoreRun {
    /// Metric name → value, e.g. `people_f1`, `quote_f1`, `speaker_accuracy`.
    public static func run(scorer: URL, gold: URL, system: URL) throws -> [String: Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer.path, gold.path, system.path, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let object = try JSONSerialization.jsonObject(with: data)
        var metrics: [String: Double] = [:]
        flatten(object, prefix: "", into: &metrics)
        return metrics
    }

    static func flatten(_ object: Any, prefix: String, into metrics: inout [String: Double]) {
        if let dictionary = object as? [String: Any] {
            for (key, value) in dictionary {
                flatten(value, prefix: prefix.isEmpty ? key : prefix + "_" + key, into: &metrics)
            }
        } else if let number = object as? NSNumber {
            metrics[prefix] = number.doubleValue
        }
    }
}
