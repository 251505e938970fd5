import BriefingCore
import Testing

struct ShardedDictionaryTests {
    @Test func `it keeps, replaces, removes and counts entries like a dictionary`() {
        var sharded = ShardedDictionary<String, Int>()
        var plain: [String: Int] = [:]
        for number in 0..<1_000 {
            let key = "key \(number % 700)"
            sharded[key] = number
            plain[key] = number
            if number % 3 == 0 {
                sharded["key \(number / 2)"] = nil
                plain["key \(number / 2)"] = nil
            }
        }
        #expect(sharded.count == plain.count)
        #expect(Dictionary(uniqueKeysWithValues: sharded.map { ($0.key, $0.value) }) == plain)
        #expect(Set(sharded.keys) == Set(plain.keys))
        #expect(sharded.updateValue(-1, forKey: "key 1") == plain["key 1"])
        let odd = sharded.filter { $0.value % 2 != 0 }
        #expect(odd.count == sharded.filter { $0.value % 2 != 0 }.count)
        #expect(odd.allSatisfy { $0.value % 2 != 0 })
    }

    @Test func `a copy changes apart from the original`() {
        let original: ShardedDictionary = ["a": 1, "b": 2]
        var copy = original
        copy["a"] = 10
        copy["c"] = 3
        #expect(original["a"] == 1 && original["c"] == nil && original.count == 2)
        #expect(copy["a"] == 10 && copy.count == 3)
    }
}
