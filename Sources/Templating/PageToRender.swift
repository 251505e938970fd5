/// A page of the site: where it is written, with which template, from which context.
public struct PageToRender: Sendable, Hashable {
    /// Relative to the output folder.
    public var path: String
    public var template: String
    public var context: PageContext

    public init(path: String, template: String, context: PageContext) {
        self.path = path
        self.template = template
        self.context = context
    }
}
