/// A value that templates read by field name. Each view lists its stored properties here, so that rendering does
/// not look fields up by reflection (which made the Mustache library's lookups the build's main cost); a test checks
/// that every stored property is listed.
public protocol TemplateFields: Sendable {
    /// The field called `name`, or nil when there is none (or it is nil), so that Mustache looks further up the
    /// context stack.
    func child(named name: String) -> Any?
}

extension PageContext: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "root": return self.root
        case "homeURL": return self.homeURL
        case "stylesheetURL": return self.stylesheetURL
        case "feedURL": return self.feedURL
        case "searchURL": return self.searchURL
        case "inlineStylesheet": return self.inlineStylesheet
        case "pageTitle": return self.pageTitle
        case "pageDescription": return self.pageDescription
        case "canonicalURL": return self.canonicalURL
        case "openGraph": return self.openGraph
        case "jsonLD": return self.jsonLD
        case "nav": return self.nav
        case "generator": return self.generator
        case "pagination": return self.pagination
        case "briefs": return self.briefs
        case "brief": return self.brief
        case "page": return self.page
        case "entity": return self.entity
        case "entityIndex": return self.entityIndex
        case "tag": return self.tag
        case "tagIndex": return self.tagIndex
        case "search": return self.search
        default: return nil
        }
    }
}

extension SiteView: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "description": return self.description
        case "language": return self.language
        case "author": return self.author
        case "baseURL": return self.baseURL
        default: return nil
        }
    }
}

extension NavItem: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "isCurrent": return self.isCurrent
        default: return nil
        }
    }
}

extension BriefCard: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "date": return self.date
        case "dateDisplay": return self.dateDisplay
        case "byline": return self.byline
        case "source": return self.source
        case "keyPoints": return self.keyPoints
        case "tags": return self.tags
        case "topEntities": return self.topEntities
        default: return nil
        }
    }
}

extension BriefView: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "slug": return self.slug
        case "date": return self.date
        case "dateDisplay": return self.dateDisplay
        case "byline": return self.byline
        case "source": return self.source
        case "sourceURL": return self.sourceURL
        case "tags": return self.tags
        case "keyPoints": return self.keyPoints
        case "bodyHTML": return self.bodyHTML
        case "markdownURL": return self.markdownURL
        case "toc": return self.toc
        case "entityGroups": return self.entityGroups
        default: return nil
        }
    }
}

extension TocEntry: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "level": return self.level
        case "id": return self.id
        case "text": return self.text
        default: return nil
        }
    }
}

extension EntityGroup: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "kind": return self.kind
        case "items": return self.items
        default: return nil
        }
    }
}

extension EntityItem: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "role": return self.role
        case "mentions": return self.mentions
        case "url": return self.url
        default: return nil
        }
    }
}

extension PageView: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "bodyHTML": return self.bodyHTML
        default: return nil
        }
    }
}

extension MetaProperty: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "property": return self.property
        case "content": return self.content
        default: return nil
        }
    }
}

extension EntityLink: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "kind": return self.kind
        default: return nil
        }
    }
}

extension TagLink: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        default: return nil
        }
    }
}

extension PaginationView: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "current": return self.current
        case "total": return self.total
        case "previousURL": return self.previousURL
        case "nextURL": return self.nextURL
        case "label": return self.label
        default: return nil
        }
    }
}

extension EntityPageView: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "slug": return self.slug
        case "kind": return self.kind
        case "kindTitle": return self.kindTitle
        case "otherNames": return self.otherNames
        case "summary": return self.summary
        case "roles": return self.roles
        case "briefs": return self.briefs
        case "quotes": return self.quotes
        case "related": return self.related
        case "indexURL": return self.indexURL
        case "isFirstPage": return self.isFirstPage
        default: return nil
        }
    }
}

extension EntityPageView.Role: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "role": return self.role
        case "briefs": return self.briefs
        default: return nil
        }
    }
}

extension EntityPageView.BriefLink: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "date": return self.date
        case "dateDisplay": return self.dateDisplay
        default: return nil
        }
    }
}

extension EntityPageView.BriefItem: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "date": return self.date
        case "dateDisplay": return self.dateDisplay
        case "source": return self.source
        case "mentions": return self.mentions
        case "mentionsLabel": return self.mentionsLabel
        case "role": return self.role
        default: return nil
        }
    }
}

extension EntityPageView.Quote: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": return self.kind
        case "textHTML": return self.textHTML
        case "role": return self.role
        case "briefTitle": return self.briefTitle
        case "briefURL": return self.briefURL
        case "dateDisplay": return self.dateDisplay
        default: return nil
        }
    }
}

extension EntityPageView.Related: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "kind": return self.kind
        case "kindTitle": return self.kindTitle
        case "sharedBriefs": return self.sharedBriefs
        case "sharedLabel": return self.sharedLabel
        default: return nil
        }
    }
}

extension EntityIndexView: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "groups": return self.groups
        case "count": return self.count
        default: return nil
        }
    }
}

extension EntityIndexView.Group: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "kind": return self.kind
        case "count": return self.count
        case "letters": return self.letters
        default: return nil
        }
    }
}

extension EntityIndexView.Letter: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "letter": return self.letter
        case "items": return self.items
        default: return nil
        }
    }
}

extension EntityIndexView.Item: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "briefCount": return self.briefCount
        case "briefLabel": return self.briefLabel
        default: return nil
        }
    }
}

extension TagPageView: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "slug": return self.slug
        case "count": return self.count
        case "countLabel": return self.countLabel
        case "briefs": return self.briefs
        case "indexURL": return self.indexURL
        default: return nil
        }
    }
}

extension TagIndexView: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "tags": return self.tags
        default: return nil
        }
    }
}

extension TagIndexView.Item: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "count": return self.count
        case "countLabel": return self.countLabel
        default: return nil
        }
    }
}

extension SearchView: TemplateFields {
    public func child(named name: String) -> Any? {
        switch name {
        case "indexScriptURL": return self.indexScriptURL
        case "scriptURL": return self.scriptURL
        case "resultRoot": return self.resultRoot
        case "entitiesURL": return self.entitiesURL
        case "tagsURL": return self.tagsURL
        default: return nil
        }
    }
}
