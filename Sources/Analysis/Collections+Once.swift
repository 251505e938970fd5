extension Dictionary {
    /// Files `value()` under `key` unless the key is already there, with one look-up of the key; `value` is made
    /// only when it is filed.
    mutating func insertIfAbsent(_ value: @autoclosure () -> Value, forKey key: Key) {
        // Reaching the entry through the defaulting subscript inserts the default only when the key is missing.
        func leave(_: inout Value) {}
        leave(&self[key, default: value()])
    }
}

extension Dictionary where Value == Int {
    /// Files `value` under `key` when it is more than the value there (a missing key counts as 0), with one
    /// look-up of the key.
    mutating func raise(_ key: Key, to value: Int) {
        func raise(_ current: inout Int) { current = Swift.max(current, value) }
        raise(&self[key, default: 0])
    }
}

extension Array where Element: Equatable {
    /// Appends `element` unless the array holds it already; whether it did.
    mutating func appendIfAbsent(_ element: Element) -> Bool {
        guard !contains(element) else { return false }
        append(element)
        return true
    }
}
