import BriefingCore
import Foundation

extension PageContextBuilder {
    /// Open Graph tags for a page; a brief's page is an `article` with its date and tags.
    func openGraph(title: String, description: String?, url: String?, brief: Brief? = nil) -> [MetaProperty] {
        var tags = [
            MetaProperty(property: "og:site_name", content: config.title),
            MetaProperty(property: "og:title", content: title),
            MetaProperty(property: "og:type", content: brief == nil ? "website" : "article"),
        ]
        if let description { tags.append(MetaProperty(property: "og:description", content: description)) }
        if let url { tags.append(MetaProperty(property: "og:url", content: url)) }
        tags.append(MetaProperty(property: "og:locale", content: config.language.replacingOccurrences(of: "-", with: "_")))
        if let brief {
            if let date = brief.date { tags.append(MetaProperty(property: "article:published_time", content: date.iso)) }
            for tag in tagLinks(brief.tags, root: "") { tags.append(MetaProperty(property: "article:tag", content: tag.name)) }
        }
        return tags
    }
}
