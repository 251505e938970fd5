import BriefingCore
import CFuzzer
import ContentLoading

/// Runs one fuzz input through a reader. A thrown `BriefingError` naming the file is a fine answer; anything
/// else (another error type, an error that names no file or the wrong one, a crash, a hang) is a finding.
public enum FuzzInput {
    /// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let data, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: count))
    }

    /// Runs libFuzzer on `test` with the program's arguments (libFuzzer's flags, corpus folders or inputs to replay).
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt {
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv, test)
    }

    /// Reads `bytes` as the article file `path` (its extension chooses the reader).
    public static func readArticle(_ bytes: [UInt8], path: String) {
        check(path) { _ = try ArticleReader().article(from: bytes, path: path) }
    }

    /// Reads `bytes`, decoded as UTF-8 with replacement characters, as the brief file `path`.
    public static func readBrief(_ bytes: [UInt8], path: String) {
        let text = String(decoding: bytes, as: UTF8.self)
        check(path) { _ = try BriefReader().brief(from: text, path: path) }
    }

    static func check(_ path: String, _ read: () throws -> Void) {
        do {
            try read()
        } catch let error as BriefingError {
            guard error.location?.path == path else {
                fatalError("the error does not name \(path): \(error)")
            }
        } catch {
            fatalError("an error that is not a BriefingError: \(error)")
        }
    }
}
