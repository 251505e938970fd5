import Foundation

/// A file compiled into the binary: its path under the folder it came from, and its bytes.
struct EmbeddedFile: Sendable, Equatable {
    let path: String
    let contents: Data

    /// A text file, written by scripts/embed-theme.py as a raw string literal.
    init(path: String, text: String) {
        self.path = path
        contents = Data(text.utf8)
    }

    /// Any other file, written by scripts/embed-theme.py in base64.
    init(path: String, base64: String) {
        self.path = path
        contents = Data(base64Encoded: base64) ?? Data()
    }
}
