/// One piece of a parsed template, with its names split and its partials resolved to template numbers.
enum MustacheNode: Sendable {
    /// Literal bytes: at most one line, ending with its line break, so that partial indentation can find line starts.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}`, `{{& name}}` (raw).
    case variable(MustacheName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(MustacheName, inverted: Bool, body: [MustacheNode])
    /// `{{$name}}default{{/name}}`: the body a page's `{{<parent}}` gives for `name`, else the default.
    case block(name: String, defaultBody: [MustacheNode], indentation: [UInt8])
    /// `{{> name}}`, or `{{< name}}…{{/name}}` with its block bodies; `template` numbers a `MustacheTemplate` of the set,
    /// `offset` is where the tag starts in the text of the template that holds it.
    case partial(template: Int, offset: Int, indentation: [UInt8]?, blocks: [String: [MustacheNode]]?)
}
