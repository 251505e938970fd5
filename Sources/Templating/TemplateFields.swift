/// A value that templates read by field name. Each view lists its stored properties here, so that rendering needs
/// neither reflection nor dynamic casts: each field's `templateValue` is chosen at compile time by its type. A test
/// checks that every stored property is listed.
public protocol TemplateFields: TemplateValueConvertible, Sendable {
    /// The field called `name`, or nil when there is none (or it is nil), so that the lookup goes on up the context
    /// stack.
    func child(named name: String) -> TemplateValue?
}

extension TemplateFields {
    public var templateValue: TemplateValue { .fields(self) }
}

extension PageContext: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "site": return self.site.templateValue
        case "root": return self.root.templateValue
        case "homeURL": return self.homeURL.templateValue
        case "stylesheetURL": return self.stylesheetURL.templateValue
        case "feedURL": return self.feedURL.templateValue
        case "searchURL": return self.searchURL.templateValue
        case "inlineStylesheet": return self.inlineStylesheet.templateValue
        case "pageTitle": return self.pageTitle.templateValue
        case "pageDescription": return self.pageDescription.templateValue
        case "canonicalURL": return self.canonicalURL.templateValue
        case "openGraph": return self.openGraph.templateValue
        case "jsonLD": return self.jsonLD.templateValue
        case "nav": return self.nav.templateValue
        case "generator": return self.generator.templateValue
        case "pagination": return self.pagination.templateValue
        case "briefs": return self.briefs.templateValue
        case "brief": return self.brief.templateValue
        case "page": return self.page.templateValue
        case "entity": return self.entity.templateValue
        case "entityIndex": return self.entityIndex.templateValue
        case "tag": return self.tag.templateValue
        case "tagIndex": return self.tagIndex.templateValue
        case "search": return self.search.templateValue
        default: return nil
        }
    }
}

extension SiteView: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": return self.title.templateValue
        case "description": return self.description.templateValue
        case "language": return self.language.templateValue
        case "author": return self.author.templateValue
        case "baseURL": return self.baseURL.templateValue
        default: return nil
        }
    }
}

extension NavItem: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": return self.title.templateValue
        case "url": return self.url.templateValue
        case "isCurrent": return self.isCurrent.templateValue
        default: return nil
        }
    }
}

extension BriefCard: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": return self.title.templateValue
        case "url": return self.url.templateValue
        case "date": return self.date.templateValue
        case "dateDisplay": return self.dateDisplay.templateValue
        case "byline": return self.byline.templateValue
        case "source": return self.source.templateValue
        case "keyPoints": return self.keyPoints.templateValue
        case "tags": return self.tags.templateValue
        case "topEntities": return self.topEntities.templateValue
        default: return nil
        }
    }
}

extension BriefView: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": return self.title.templateValue
        case "slug": return self.slug.templateValue
        case "date": return self.date.templateValue
        case "dateDisplay": return self.dateDisplay.templateValue
        case "byline": return self.byline.templateValue
        case "source": return self.source.templateValue
        case "sourceURL": return self.sourceURL.templateValue
        case "tags": return self.tags.templateValue
        case "keyPoints": return self.keyPoints.templateValue
        case "bodyHTML": return self.bodyHTML.templateValue
        case "markdownURL": return self.markdownURL.templateValue
        case "toc": return self.toc.templateValue
        case "entityGroups": return self.entityGroups.templateValue
        default: return nil
        }
    }
}

extension TocEntry: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "level": return self.level.templateValue
        case "id": return self.id.templateValue
        case "text": return self.text.templateValue
        default: return nil
        }
    }
}

extension EntityGroup: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": return self.title.templateValue
        case "kind": return self.kind.templateValue
        case "items": return self.items.templateValue
        default: return nil
        }
    }
}

extension EntityItem: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": return self.name.templateValue
        case "role": return self.role.templateValue
        case "mentions": return self.mentions.templateValue
        case "url": return self.url.templateValue
        default: return nil
        }
    }
}

extension PageView: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": return self.title.templateValue
        case "bodyHTML": return self.bodyHTML.templateValue
        default: return nil
        }
    }
}

extension MetaProperty: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "property": return self.property.templateValue
        case "content": return self.content.templateValue
        default: return nil
        }
    }
}

extension EntityLink: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": return self.name.templateValue
        case "url": return self.url.templateValue
        case "kind": return self.kind.templateValue
        default: return nil
        }
    }
}

extension TagLink: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": return self.name.templateValue
        case "url": return self.url.templateValue
        default: return nil
        }
    }
}

extension PaginationView: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "current": return self.current.templateValue
        case "total": return self.total.templateValue
        case "previousURL": return self.previousURL.templateValue
        case "nextURL": return self.nextURL.templateValue
        case "label": return self.label.templateValue
        default: return nil
        }
    }
}

extension EntityPageView: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": return self.name.templateValue
        case "slug": return self.slug.templateValue
        case "kind": return self.kind.templateValue
        case "kindTitle": return self.kindTitle.templateValue
        case "otherNames": return self.otherNames.templateValue
        case "summary": return self.summary.templateValue
        case "roles": return self.roles.templateValue
        case "briefs": return self.briefs.templateValue
        case "quotes": return self.quotes.templateValue
        case "related": return self.related.templateValue
        case "indexURL": return self.indexURL.templateValue
        case "isFirstPage": return self.isFirstPage.templateValue
        default: return nil
        }
    }
}

extension EntityPageView.Role: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "role": return self.role.templateValue
        case "briefs": return self.briefs.templateValue
        case "briefCount": return self.briefCount.templateValue
        case "moreLabel": return self.moreLabel.templateValue
        default: return nil
        }
    }
}

extension EntityPageView.BriefLink: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": return self.title.templateValue
        case "url": return self.url.templateValue
        case "date": return self.date.templateValue
        case "dateDisplay": return self.dateDisplay.templateValue
        default: return nil
        }
    }
}

extension EntityPageView.BriefItem: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": return self.title.templateValue
        case "url": return self.url.templateValue
        case "date": return self.date.templateValue
        case "dateDisplay": return self.dateDisplay.templateValue
        case "source": return self.source.templateValue
        case "mentions": return self.mentions.templateValue
        case "mentionsLabel": return self.mentionsLabel.templateValue
        case "role": return self.role.templateValue
        default: return nil
        }
    }
}

extension EntityPageView.Quote: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "kind": return self.kind.templateValue
        case "textHTML": return self.textHTML.templateValue
        case "role": return self.role.templateValue
        case "briefTitle": return self.briefTitle.templateValue
        case "briefURL": return self.briefURL.templateValue
        case "dateDisplay": return self.dateDisplay.templateValue
        default: return nil
        }
    }
}

extension EntityPageView.Related: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": return self.name.templateValue
        case "url": return self.url.templateValue
        case "kind": return self.kind.templateValue
        case "kindTitle": return self.kindTitle.templateValue
        case "sharedBriefs": return self.sharedBriefs.templateValue
        case "sharedLabel": return self.sharedLabel.templateValue
        default: return nil
        }
    }
}

extension EntityIndexView: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "groups": return self.groups.templateValue
        case "count": return self.count.templateValue
        default: return nil
        }
    }
}

extension EntityIndexView.Group: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": return self.title.templateValue
        case "kind": return self.kind.templateValue
        case "count": return self.count.templateValue
        case "letters": return self.letters.templateValue
        default: return nil
        }
    }
}

extension EntityIndexView.Letter: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "letter": return self.letter.templateValue
        case "items": return self.items.templateValue
        default: return nil
        }
    }
}

extension EntityIndexView.Item: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": return self.name.templateValue
        case "url": return self.url.templateValue
        case "briefCount": return self.briefCount.templateValue
        case "briefLabel": return self.briefLabel.templateValue
        default: return nil
        }
    }
}

extension TagPageView: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": return self.name.templateValue
        case "slug": return self.slug.templateValue
        case "count": return self.count.templateValue
        case "countLabel": return self.countLabel.templateValue
        case "briefs": return self.briefs.templateValue
        case "indexURL": return self.indexURL.templateValue
        default: return nil
        }
    }
}

extension TagIndexView: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "tags": return self.tags.templateValue
        default: return nil
        }
    }
}

extension TagIndexView.Item: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": return self.name.templateValue
        case "url": return self.url.templateValue
        case "count": return self.count.templateValue
        case "countLabel": return self.countLabel.templateValue
        default: return nil
        }
    }
}

extension SearchView: TemplateFields {
    public func child(named name: String) -> TemplateValue? {
        switch name {
        case "indexScriptURL": return self.indexScriptURL.templateValue
        case "scriptURL": return self.scriptURL.templateValue
        case "resultRoot": return self.resultRoot.templateValue
        case "entitiesURL": return self.entitiesURL.templateValue
        case "tagsURL": return self.tagsURL.templateValue
        default: return nil
        }
    }
}
