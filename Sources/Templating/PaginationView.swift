/// Where a page sits in a listing of several pages.
public struct PaginationView: Sendable, Hashable {
    /// 1-based.
    public var current: Int
    public var total: Int
    /// The page before, relative to this page; nil on the first page.
    public var previousURL: String?
    /// The page after; nil on the last page.
    public var nextURL: String?
    /// `Page 2 of 5`.
    public var label: String
}
