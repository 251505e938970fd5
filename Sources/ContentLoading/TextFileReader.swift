import BriefingCore
import Foundation

/// Reads text files for the content stage, with errors that name the file and say what to do.
public struct TextFileReader: Sendable {
    /// The largest text file read, so that a stray huge file cannot exhaust memory.
    public static let maximumSize = 64 * 1024 * 1024

    public init() {}

    /// The UTF-8 (or BOM-marked UTF-16) text of the file at `path`.
    /// - Throws: `BriefingError.Problem.unreadableFile` for missing, unreadable, binary or non-UTF-8 files.
    public func text(at path: String) throws -> String {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > Self.maximumSize {
                throw BriefingError(.unreadableFile("the file is \(size / 1_048_576) MiB, more than the \(Self.maximumSize / 1_048_576) MiB a text file may have. Split it or remove it."), at: SourceLocation(path: path))
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as BriefingError {
            throw error
        } catch {
            throw BriefingError(.unreadableFile("the file cannot be read. Check that it exists and that you may read it."), at: SourceLocation(path: path), underlying: (error as NSError).localizedDescription)
        }
        return try Self.decode(data, path: path)
    }

    static func decode(_ data: Data, path: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if let text = String(data: data, encoding: .utf16) { return text }
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw BriefingError(.unreadableFile("the file holds binary data (a NUL byte at offset \(nul)), not text. Remove it from the content folder."), at: SourceLocation(path: path))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = Self.lineOfFirstInvalidByte(in: bytes)
            throw BriefingError(.unreadableFile("the file is not valid UTF-8 text. Save it as UTF-8 in your editor."), at: SourceLocation(path: path, line: line))
        }
        return text
    }

    static func lineOfFirstInvalidByte(in bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < bytes.count {
            let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
            if String(validating: bytes[index..<end], as: UTF8.self) == nil { return line }
            line += 1
            index = end + 1
        }
        return line
    }
}
