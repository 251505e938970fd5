extension MustacheName {
    /// Splits `count(reversed(a.b))` into its transforms and path; nil when the parentheses do not pair up.
    /// - Throws: `MustacheSyntaxError` at `tagStart` for a transform that does not exist.
    init?(parsing raw: String, at tagStart: Int) throws(MustacheSyntaxError) {
        let parts = raw.split(separator: "(", omittingEmptySubsequences: false)
        let calls = parts.dropLast()
        var name = Substring(parts[parts.count - 1])
        let closing = name.reversed().prefix { $0 == ")" }.count
        name = name.dropLast(closing)
        guard closing == calls.count, !name.contains(")"), !calls.contains(where: { $0.contains(")") }) else { return nil }
        var transforms: [MustacheTransform] = []
        for call in calls.reversed() {
            guard let transform = MustacheTransform(rawValue: String(call)) else {
                throw MustacheSyntaxError(reason: .unknownTransform(String(call)), offset: tagStart)
            }
            transforms.append(transform)
        }
        self.transforms = transforms
        let keys = name.split(separator: ".").map(String.init)
        if name.isEmpty {
            self.path = transforms.isEmpty ? .current : .position
        } else if name == "." {
            self.path = .current
        } else if name.first == "." {
            self.path = .top(keys)
        } else {
            self.path = keys.isEmpty ? .current : .stack(keys)
        }
    }
}
