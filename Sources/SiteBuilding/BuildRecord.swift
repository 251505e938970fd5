import BriefingCore
import Foundation

/// What a successful build leaves in the output folder (`.briefing-cache`) for the next `briefing build`: the
/// fingerprint of the inputs it read, the state of every file it wrote, and the brief it made from each article.
///
/// Nothing in it is trusted blindly. Only its list of files written is used when another program wrote it; the site is taken as up to
/// date only when the inputs' fingerprint is the same *and* every file written is still there with the size and
/// modification time it was written with; a brief is reused only for an article whose bytes have the recorded
/// digest. It is kept in the output folder because a build writes nowhere else, and left out of publishing and
/// checking.
struct BuildRecord: Sendable, Equatable {
    static let fileName = ".briefing-cache"
    static let magic = "briefing build record 3\n"

    /// `ProgramStamp.current` of the program that wrote it.
    var program: String
    /// The fingerprint of everything the build read.
    var inputs: ContentDigest
    var briefCount: Int
    var pageCount: Int
    /// The build's warnings, and the errors of what a `--keep-going` build left out: reported again while the
    /// output stays up to date.
    var warnings: [BriefingError]
    /// Every file written, with its state just after the write.
    var outputs: [OutputStamp]
    /// The brief made from each article, by the article's path.
    var briefs: [String: RecordedBrief]
}

/// A file written: its path, the digest of its bytes, and the size and modification time it had just after.
struct OutputStamp: Sendable, Equatable {
    var path: String
    var digest: ContentDigest
    var size: Int
    var seconds: Int
    var nanoseconds: Int

    /// The state of the file at `absolutePath` now, with the digest of the bytes written; nil when there is no file.
    init?(path: String, digest: ContentDigest, absolutePath: String) {
        var info = stat()
        guard lstat(absolutePath, &info) == 0, info.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) else { return nil }
        self.init(path: path, digest: digest, size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }

    init(path: String, digest: ContentDigest, size: Int, seconds: Int, nanoseconds: Int) {
        self.path = path
        self.digest = digest
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }
}

/// A brief made from an article, with the digest of the article's bytes (and of the options that shaped the brief):
/// its Markdown and the `Brief` it reads back as, kept whole so that reusing it parses nothing.
struct RecordedBrief: Sendable, Equatable {
    var key: ContentDigest
    var markdown: String
    var brief: Brief

    /// The key of a brief made from an article whose file has `digest`, with `fullText` as `site.yml` sets it.
    static func key(article digest: ContentDigest, fullText: Bool) -> ContentDigest {
        var key = digest
        key.combine(fullText ? "full text" : "condensed")
        return key
    }
}

extension BuildRecord {
    /// The record in `outputFolder`, or nil when there is none, it does not read, or another program than `program`
    /// wrote it (any program when nil). Without `briefs` (what telling whether the output is up to date needs) only
    /// the start of the record is read, and `briefs` is left empty.
    static func load(from outputFolder: String, program: String?, briefs: Bool = true) -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: outputFolder + "/" + fileName) else { return nil }
        var reader = RecordReader(data: data)
        guard let record = try? reader.record(withBriefs: briefs), program == nil || record.program == program, !briefs || reader.isAtEnd else { return nil }
        return record
    }

    /// The recorded files the output folder still holds as they were written.
    func intactOutputs(in outputFolder: String) -> [OutputStamp] {
        outputs.filter { OutputStamp(path: $0.path, digest: $0.digest, absolutePath: outputFolder + "/" + $0.path) == $0 }
    }

    /// The record as bytes.
    func encoded() -> [UInt8] {
        var writer = RecordWriter()
        writer.bytes.reserveCapacity(briefs.values.reduce(outputs.count * 80) { $0 + $1.markdown.utf8.count + 1_024 })
        writer.text(Self.magic)
        writer.text(program)
        writer.number(Int(bitPattern: UInt(inputs.high)))
        writer.number(Int(bitPattern: UInt(inputs.low)))
        writer.number(briefCount)
        writer.number(pageCount)
        writer.number(warnings.count)
        for warning in warnings { writer.error(warning) }
        writer.number(outputs.count)
        for output in outputs {
            writer.text(output.path)
            writer.number(Int(bitPattern: UInt(output.digest.high)))
            writer.number(Int(bitPattern: UInt(output.digest.low)))
            writer.number(output.size)
            writer.number(output.seconds)
            writer.number(output.nanoseconds)
        }
        writer.number(briefs.count)
        for path in briefs.keys.sorted() {
            let brief = briefs[path]!
            writer.text(path)
            writer.number(Int(bitPattern: UInt(brief.key.high)))
            writer.number(Int(bitPattern: UInt(brief.key.low)))
            writer.text(brief.markdown)
            writer.brief(brief.brief, writtenAs: brief.markdown)
        }
        return writer.bytes
    }
}

/// Appends numbers (8 bytes, little-endian) and length-prefixed UTF-8 text.
private struct RecordWriter {
    var bytes: [UInt8] = []

    mutating func number(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            number(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalText(_ value: String?) {
        number(value == nil ? 0 : 1)
        if let value { text(value) }
    }

    mutating func texts(_ values: [String]) {
        number(values.count)
        for value in values { text(value) }
    }

    /// The brief's fields; its body, which ends `markdown` as a rule, as where it starts there.
    mutating func brief(_ brief: Brief, writtenAs markdown: String) {
        text(brief.title)
        text(brief.slug)
        optionalText(brief.date?.iso)
        optionalText(brief.byline)
        optionalText(brief.source)
        optionalText(brief.sourceURL)
        texts(brief.tags)
        for group in [brief.entities.people, brief.entities.organizations, brief.entities.places] {
            number(group.count)
            for entity in group {
                text(entity.name)
                optionalText(entity.role)
                texts(entity.aliases)
                number(entity.mentions)
            }
        }
        if markdown.utf8.count >= brief.body.utf8.count, markdown.hasSuffix(brief.body) {
            number(markdown.utf8.count - brief.body.utf8.count)
        } else {
            number(-1)
            text(brief.body)
        }
        number(brief.bodyLine)
        text(brief.path)
    }

    mutating func error(_ error: BriefingError) {
        number(error.problem.kind)
        text(error.problem.message)
        text(error.severity.rawValue)
        optionalText(error.location?.path)
        number(error.location?.line ?? -1)
        number(error.location?.column ?? -1)
        optionalText(error.step)
        optionalText(error.underlying)
    }
}

/// Reads what `RecordWriter` wrote; any malformed byte throws.
private struct RecordReader {
    struct Malformed: Error {}

    let data: Data
    var offset = 0

    var isAtEnd: Bool { offset == data.count }

    mutating func number() throws -> Int {
        guard offset + 8 <= data.count else { throw Malformed() }
        let value = data.withUnsafeBytes { Int64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Int64.self)) }
        offset += 8
        return Int(value)
    }

    mutating func count() throws -> Int {
        let value = try number()
        guard value >= 0, value <= data.count - offset else { throw Malformed() }
        return value
    }

    mutating func text() throws -> String {
        let length = try count()
        let text = data.withUnsafeBytes { String(decoding: $0[offset..<offset + length], as: UTF8.self) }
        offset += length
        return text
    }

    mutating func optionalText() throws -> String? {
        try number() == 0 ? nil : try text()
    }

    mutating func texts() throws -> [String] {
        var values: [String] = []
        for _ in 0..<(try count()) { values.append(try text()) }
        return values
    }

    mutating func brief(writtenAs markdown: String) throws -> Brief {
        let title = try text()
        let slug = try text()
        let date = try optionalText().map { try CalendarDate(iso: $0) ?? { throw Malformed() }() }
        let byline = try optionalText()
        let source = try optionalText()
        let sourceURL = try optionalText()
        let tags = try texts()
        var groups: [[BriefEntity]] = []
        for _ in 0..<3 {
            var group: [BriefEntity] = []
            for _ in 0..<(try count()) {
                group.append(BriefEntity(name: try text(), role: try optionalText(), aliases: try texts(), mentions: try number()))
            }
            groups.append(group)
        }
        return Brief(
            title: title, slug: slug, date: date, byline: byline, source: source, sourceURL: sourceURL, tags: tags,
            entities: BriefEntities(people: groups[0], organizations: groups[1], places: groups[2]),
            body: try body(of: markdown), bodyLine: try number(), path: try text()
        )
    }

    /// The body written by `RecordWriter.brief(_:writtenAs:)`.
    mutating func body(of markdown: String) throws -> String {
        let start = try number()
        guard start >= 0 else { return try text() }
        let utf8 = markdown.utf8
        guard start <= utf8.count else { throw Malformed() }
        return String(decoding: utf8.dropFirst(start), as: UTF8.self)
    }

    mutating func digest() throws -> ContentDigest {
        ContentDigest(high: UInt64(bitPattern: Int64(try number())), low: UInt64(bitPattern: Int64(try number())))
    }

    mutating func error() throws -> BriefingError {
        let kind = try number()
        let message = try text()
        let problem: BriefingError.Problem
        switch kind {
        case 0: problem = .unreadableFile(message)
        case 1: problem = .invalidFrontMatter(message)
        case 2: problem = .invalidSiteConfig(message)
        case 3: problem = .invalidContent(message)
        case 4: problem = .invalidTemplate(message)
        case 5: problem = .invalidProject(message)
        case 6: problem = .outputFailed(message)
        default: throw Malformed()
        }
        guard let severity = BriefingError.Severity(rawValue: try text()) else { throw Malformed() }
        let path = try optionalText()
        let line = try number()
        let column = try number()
        let location = path.map { SourceLocation(path: $0, line: line < 0 ? nil : line, column: column < 0 ? nil : column) }
        let step = try optionalText()
        let underlying = try optionalText()
        return BriefingError(problem, at: location, step: step, underlying: underlying, severity: severity)
    }

    mutating func record(withBriefs: Bool) throws -> BuildRecord {
        guard try text() == BuildRecord.magic else { throw Malformed() }
        let program = try text()
        let inputs = try digest()
        let briefCount = try number()
        let pageCount = try number()
        var warnings: [BriefingError] = []
        for _ in 0..<(try count()) { warnings.append(try error()) }
        var outputs: [OutputStamp] = []
        for _ in 0..<(try count()) {
            outputs.append(OutputStamp(path: try text(), digest: try digest(), size: try number(), seconds: try number(), nanoseconds: try number()))
        }
        var briefs: [String: RecordedBrief] = [:]
        for _ in 0..<(withBriefs ? try count() : 0) {
            let path = try text()
            let key = try digest()
            let markdown = try text()
            briefs[path] = RecordedBrief(key: key, markdown: markdown, brief: try brief(writtenAs: markdown))
        }
        return BuildRecord(program: program, inputs: inputs, briefCount: briefCount, pageCount: pageCount, warnings: warnings, outputs: outputs, briefs: briefs)
    }
}

private extension BriefingError.Problem {
    /// The case, without its message, as `RecordReader.error()` reads it back.
    var kind: Int {
        switch self {
        case .unreadableFile: 0
        case .invalidFrontMatter: 1
        case .invalidSiteConfig: 2
        case .invalidContent: 3
        case .invalidTemplate: 4
        case .invalidProject: 5
        case .outputFailed: 6
        }
    }
}
