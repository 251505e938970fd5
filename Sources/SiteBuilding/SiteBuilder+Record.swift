import BriefingCore
import ContentLoading
import Foundation

extension SiteBuilder {
    /// What the first build of a cache learns from the output folder before it starts: the inputs' fingerprint now,
    /// and the record the last build left there.
    struct RecordCheck {
        var fingerprint: InputFingerprint?
        /// The last build's record, when this program wrote it.
        var record: BuildRecord?
        /// The digest of each file of an intact output, by path, so that a build updates it in place, writing only
        /// the files whose bytes change; empty when the output is not as recorded. Taken from a record another
        /// program wrote too: what the output holds does not depend on who wrote it.
        let writtenOutput: ShardedDictionary<String, ContentDigest>
        /// Whether the output folder still holds every file the recorded build wrote, as it was written.
        let outputIsIntact: Bool

        /// - Parameter record: the record found, whichever program wrote it.
        ///
        /// When some recorded files changed since (`briefing serve` rebuilt the site without writing a record), the
        /// others are still known; every other file found in the output is listed with a digest no file has, so
        /// that the build writes it again if it makes it and removes it otherwise.
        init(fingerprint: InputFingerprint? = nil, record: BuildRecord? = nil, program: String = "", outputFolder: String = "") {
            self.fingerprint = fingerprint
            self.record = record?.program == program ? record : nil
            guard let record, OutputWriter(outputFolder: outputFolder).holdsOutput else {
                outputIsIntact = false
                writtenOutput = [:]
                return
            }
            let intact = record.intactOutputs(in: outputFolder)
            outputIsIntact = intact.count == record.outputs.count
            var written = ShardedDictionary(intact.map { ($0.path, $0.digest) })
            if !outputIsIntact {
                for path in OutputWriter(outputFolder: outputFolder).filesHeld() where written[path] == nil {
                    written[path] = ContentDigest(high: 0, low: 0)
                }
            }
            writtenOutput = written
        }

        /// Whether the output folder already holds the site these inputs make: same program, same inputs, and every
        /// file the last build wrote still as it was written.
        var outputIsUpToDate: Bool {
            guard let fingerprint, let record else { return false }
            return record.inputs == fingerprint.whole && outputIsIntact
        }
    }

    /// Reads the start of the record and fingerprints the inputs, unless `options` says to ignore records.
    func checkRecord() -> RecordCheck {
        guard options.usesRecord else { return RecordCheck() }
        return RecordCheck(
            fingerprint: InputFingerprint(contentFolder: options.contentFolder, templatesFolder: options.templatesFolder, program: options.program),
            record: BuildRecord.load(from: options.outputFolder, program: nil, briefs: false),
            program: options.program, outputFolder: options.outputFolder
        )
    }

    /// The briefs the record holds: read only when the output is not up to date.
    func recordedBriefs() -> [String: RecordedBrief] {
        guard options.usesRecord else { return [:] }
        return BuildRecord.load(from: options.outputFolder, program: options.program)?.briefs ?? [:]
    }

    /// The summary of a build that found the output up to date and wrote nothing.
    func upToDateSummary(_ record: BuildRecord, started: Date) -> BuildSummary {
        var summary = BuildSummary(
            briefs: record.briefCount, pages: record.pageCount, files: record.outputs.count,
            outputFolder: options.outputFolder, seconds: Date().timeIntervalSince(started), warnings: record.warnings.filter { $0.severity == .warning }
        )
        summary.leftOut = record.warnings.filter { $0.severity == .error }
        summary.upToDate = true
        return summary
    }

    /// Writes the record of a build that just put `files` in place, made from the inputs `fingerprint` saw and the
    /// briefs `cache` holds. When the inputs changed while the build ran, the record keeps the briefs (each keyed by
    /// the bytes it was made from) but never lets the next build take the output as up to date. A record that
    /// cannot be written is left out: the next build is then a full one.
    func writeRecord(_ fingerprint: InputFingerprint, files: [String], summary: BuildSummary, cache: BuildCache) {
        let still = InputFingerprint(contentFolder: options.contentFolder, templatesFolder: options.templatesFolder, program: options.program, readingFiles: false)
        let output = options.outputFolder
        var briefs: [String: RecordedBrief] = [:]
        let fullText = cache.fullText ?? false
        for (path, cached) in cache.briefs {
            guard let digest = cache.articles.digest(ofArticleAt: path) else { continue }
            briefs[path] = RecordedBrief(key: RecordedBrief.key(article: digest, fullText: fullText), markdown: cached.generated.markdown, brief: cached.generated.brief)
        }
        var outputs: [OutputStamp] = []
        for path in files {
            guard let digest = cache.written[path], let stamp = OutputStamp(path: path, digest: digest, absolutePath: output + "/" + path) else { return }
            outputs.append(stamp)
        }
        let record = BuildRecord(
            program: options.program,
            inputs: still?.stamps == fingerprint.stamps ? fingerprint.whole : ContentDigest(high: 0, low: 0),
            briefCount: summary.briefs, pageCount: summary.pages, warnings: summary.warnings + summary.leftOut,
            outputs: outputs, briefs: briefs
        )
        let target = output + "/" + BuildRecord.fileName
        let temporary = target + ".\(getpid())"
        do {
            try FileSystemFast.write(record.encoded(), toPath: temporary)
            guard rename(temporary, target) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            unlink(temporary)
        }
    }

    /// The brief `recorded` holds for `article`, when it was made from the same bytes the article was read from now;
    /// nil otherwise.
    static func recordedBrief(for article: Article, recorded: [String: RecordedBrief], digest: ContentDigest?, fullText: Bool) -> GeneratedBrief? {
        guard let digest, let entry = recorded[article.path], entry.key == RecordedBrief.key(article: digest, fullText: fullText),
              entry.brief.path == article.path
        else { return nil }
        return GeneratedBrief(brief: entry.brief, markdown: entry.markdown)
    }
}
