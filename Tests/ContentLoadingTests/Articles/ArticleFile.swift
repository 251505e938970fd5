import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation

/// Writes an article into a temporary folder and reads it back through `ArticleReader`.
enum ArticleFile {
    static func read(_ text: String, named name: String) throws -> (article: Article, warnings: [BriefingError]) {
        try read(Data(text.utf8), named: name)
    }

    static func read(_ data: Data, named name: String) throws -> (article: Article, warnings: [BriefingError]) {
        let folder = try TemporaryFolder()
        let file = try folder.write(data, to: name)
        return try ArticleReader().article(at: file.path)
    }

    /// The error reading `data` as `name` throws, with the temporary folder taken out of its path.
    static func error(reading data: Data, named name: String) throws -> String? {
        let folder = try TemporaryFolder()
        let file = try folder.write(data, to: name)
        do {
            _ = try ArticleReader().article(at: file.path)
            return nil
        } catch let error as BriefingError {
            return error.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
    }
}
