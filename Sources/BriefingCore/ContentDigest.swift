import Foundation

/// A 128-bit digest of bytes that is the same in every process and on every run, for keys a build keeps on disk
/// (Swift's `Hasher` is seeded per process, so its values cannot be stored).
///
/// Parts are folded in one after another; each part's length is folded in with it, so `["ab", "c"]` and
/// `["a", "bc"]` differ. The mixing is MurmurHash3's x64 128-bit block and finaliser: fast, well spread, not
/// meant to resist a forger (a cache key only has to tell honest changes apart).
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    public private(set) var high: UInt64
    public private(set) var low: UInt64

    /// An empty digest, or one with stored halves.
    public init(high: UInt64 = 0x9E37_79B9_7F4A_7C15, low: UInt64 = 0xC2B2_AE3D_27D4_EB4F) {
        self.high = high
        self.low = low
    }

    /// The digest of `bytes` alone.
    public init(of bytes: UnsafeRawBufferPointer) {
        self.init()
        combine(bytes)
    }

    /// 32 hexadecimal digits.
    public var description: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low)
    }

    /// Folds `bytes` in.
    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        let c1: UInt64 = 0x87C3_7B91_1142_53D5
        let c2: UInt64 = 0x4CF5_AD43_2745_937F
        var h1 = high
        var h2 = low
        let count = bytes.count
        var offset = 0
        while offset + 16 <= count {
            var k1 = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            var k2 = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            k1 &*= c1; k1 = rotate(k1, 31); k1 &*= c2; h1 ^= k1
            h1 = rotate(h1, 27); h1 &+= h2; h1 = h1 &* 5 &+ 0x52DC_E729
            k2 &*= c2; k2 = rotate(k2, 33); k2 &*= c1; h2 ^= k2
            h2 = rotate(h2, 31); h2 &+= h1; h2 = h2 &* 5 &+ 0x3849_5AB5
            offset += 16
        }
        var k1: UInt64 = 0
        var k2: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            let byte = UInt64(bytes[offset])
            if shift < 64 { k1 |= byte << shift } else { k2 |= byte << (shift - 64) }
            shift += 8
            offset += 1
        }
        if shift > 64 { k2 &*= c2; k2 = rotate(k2, 33); k2 &*= c1; h2 ^= k2 }
        if shift > 0 { k1 &*= c1; k1 = rotate(k1, 31); k1 &*= c2; h1 ^= k1 }
        h1 ^= UInt64(count)
        h2 ^= UInt64(count)
        h1 &+= h2
        h2 &+= h1
        h1 = Self.finish(h1)
        h2 = Self.finish(h2)
        h1 &+= h2
        h2 &+= h1
        high = h1
        low = h2
    }

    /// Folds in the UTF-8 bytes of `text`.
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    /// Folds in the bytes of `data`.
    public mutating func combine(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { combine($0) }
    }

    /// Folds in another digest.
    public mutating func combine(_ digest: ContentDigest) {
        withUnsafeBytes(of: (digest.high.littleEndian, digest.low.littleEndian)) { combine($0) }
    }

    /// Folds in a number.
    public mutating func combine(_ number: Int) {
        withUnsafeBytes(of: Int64(number).littleEndian) { combine($0) }
    }

    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

    private static func finish(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}
