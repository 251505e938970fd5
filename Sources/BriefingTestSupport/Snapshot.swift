import Foundation
import Testing

/// Compares `text` with the golden file `Snapshots/<TestFile>/<name>.<ext>` beside the calling test file.
///
/// A missing golden file is recorded and the test fails with "recorded, please review"; so does every snapshot
/// when `BRIEFING_RECORD_SNAPSHOTS=1`. A mismatch fails with a line diff.
public func expectSnapshot(
    _ text: String,
    as ext: String,
    named name: String? = nil,
    filePath: String = #filePath,
    function: String = #function,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let testFile = URL(fileURLWithPath: filePath)
    let folder = testFile.deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
        .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    let file = folder.appendingPathComponent("\(name ?? snapshotName(for: function)).\(ext)")
    let actual = text.replacingOccurrences(of: "\r\n", with: "\n")
    let recording = ProcessInfo.processInfo.environment["BRIEFING_RECORD_SNAPSHOTS"] == "1"

    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: false, encoding: .utf8)
            Issue.record("recorded \(file.path), please review", sourceLocation: sourceLocation)
        } catch {
            Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    if expected != actual {
        Issue.record("\(file.lastPathComponent) differs from the golden file:\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
    }
}

/// A file name from a test function's name: "`quote boxes render`()" → "quote-boxes-render".
func snapshotName(for function: String) -> String {
    let base = function.split(separator: "(").first.map(String.init) ?? function
    var name = ""
    for character in base.lowercased() {
        if character.isLetter || character.isNumber { name.append(character) } else if !name.hasSuffix("-") { name.append("-") }
    }
    return name.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
}

/// The lines that differ, `-` expected and `+` actual, with line numbers.
func lineDiff(expected: String, actual: String) -> String {
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    var lines: [String] = []
    for index in 0..<max(old.count, new.count) {
        let left = index < old.count ? old[index] : nil
        let right = index < new.count ? new[index] : nil
        guard left != right else { continue }
        if let left { lines.append("\(index + 1) - \(left)") }
        if let right { lines.append("\(index + 1) + \(right)") }
        if lines.count > 40 { lines.append("…"); break }
    }
    return lines.joined(separator: "\n")
}
