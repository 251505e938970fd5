import BriefingCore
import Foundation
import MarkdownRendering
import Templating

extension Theme {
    /// `page` rendered through its template, as the file to write.
    func render(_ page: PageToRender) throws(BriefingError) -> OutputFile {
        OutputFile(path: page.path, contents: Data(try library.render(page.context, with: page.template).utf8))
    }
}

/// A brief body's HTML, kept with the Markdown it was rendered from.
struct RenderedBody: Sendable {
    var markdown: String
    var html: RenderedMarkdown
}
