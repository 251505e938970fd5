import BriefingCore

/// Turns the bytes of an article file into text.
///
/// Articles come from anywhere, so unlike briefs they are not refused for not being UTF-8: UTF-8 (with or
/// without a byte-order mark) and UTF-16 with a byte-order mark are read as they are, and any other bytes are
/// read as Windows-1252, the usual encoding of text saved on older Windows machines, with a warning.
enum TextDecoding {
    /// The text in `bytes`, read from `path`, with line endings normalised, and a warning when it was not UTF-8.
    /// - Throws: `BriefingError` for binary data (a NUL byte outside UTF-16) and for files with no text.
    static func text(from bytes: [UInt8], path: String) throws -> (text: String, warnings: [BriefingError]) {
        var warnings: [BriefingError] = []
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) {
            text = utf16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = utf16(bytes.dropFirst(2), bigEndian: true)
        } else if let nul = bytes.firstIndex(of: 0) {
            throw BriefingError(.binaryArticle(offset: nul), at: SourceLocation(path: path))
        } else if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            text = windows1252(bytes)
            warnings.append(BriefingError(.readAsWindows1252, at: SourceLocation(path: path), severity: .warning))
        }
        let normalized = TextNormalizer.normalized(text)
        guard normalized.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw BriefingError(.emptyArticle, at: SourceLocation(path: path))
        }
        return (normalized, warnings)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(upperHalfOfWindows1252[Int(byte - 0x80)]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined keep their Latin-1 control characters, as browsers do.
    static let upperHalfOfWindows1252: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

extension BriefingError.Problem {
    static let readAsWindows1252 = Self.unreadableFile(
        "the file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 to silence this."
    )

    static let emptyArticle = Self.unreadableFile(
        "the file is empty. Write the article in it, with the title on the first line, or remove it."
    )

    static func binaryArticle(offset: Int) -> Self {
        .unreadableFile("the file holds binary data (a NUL byte at offset \(offset)), not text. Remove it from the articles folder, or save the article as .txt, .md or .html.")
    }
}
