import BriefingCore
import Foundation
import Templating

/// A page rendered for the output, and whether this build rendered it or took it from the cache.
struct SitePage: Sendable {
    var file: OutputFile
    var rendered: RenderedPage
    var isNew: Bool
}

extension Theme {
    /// `page` rendered, or `previous` when it was rendered from the same templates and context; unless `keyed`, the
    /// page's key is not worked out (a build that neither reuses nor keeps pages).
    func render(_ page: PageToRender, reusing previous: RenderedPage?, keyed: Bool = true) throws(BriefingError) -> SitePage {
        guard keyed else { return try render(page, key: 0) }
        var hasher = Hasher()
        hasher.combine(library.fingerprint)
        hasher.combine(page)
        let key = hasher.finalize()
        if let reused = SitePage(path: page.path, key: key, previous: previous) { return reused }
        return try render(page, key: key)
    }

    /// `page` rendered, remembered under `key`.
    func render(_ page: PageToRender, key: Int) throws(BriefingError) -> SitePage {
        let contents = Data(try library.render(page.context, with: page.template).utf8)
        return SitePage(file: OutputFile(path: page.path, contents: contents), rendered: RenderedPage(key: key, contents: contents), isNew: true)
    }
}

extension SitePage {
    /// The page `previous` holds, if it was rendered under `key`.
    init?(path: String, key: Int, previous: RenderedPage?) {
        guard let previous, previous.key == key else { return nil }
        self.init(file: OutputFile(path: path, contents: previous.contents), rendered: previous, isNew: false)
    }
}
