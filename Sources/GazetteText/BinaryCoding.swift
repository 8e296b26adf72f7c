/// Writes flat arrays of plain values and strings into one byte buffer, for compiled
/// caches that the same program reads back (`BinaryReader`): native byte order and
/// layout, every item 8-byte aligned.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    /// The count, then the elements' bytes, padded to 8 bytes.
    public mutating func write<T: BitwiseCopyable>(array: [T]) {
        write(UInt64(array.count))
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
        pad()
    }

    public mutating func write(string: String) {
        write(array: Array(string.utf8))
    }

    private mutating func pad() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}

/// Reads what `BinaryWriter` wrote, checking every length against the bytes left, so a
/// truncated or damaged buffer gives an error, never a read out of bounds.
public struct BinaryReader {
    /// The buffer ended before an item did, or a count is impossible.
    public struct Damaged: Error {
        public init() {}
    }

    private let base: UnsafeRawBufferPointer
    public private(set) var offset = 0

    /// Reads `base`, which must stay valid while the reader is used.
    public init(_ base: UnsafeRawBufferPointer) {
        self.base = base
    }

    public var isAtEnd: Bool { offset == base.count }

    public mutating func readUInt64() throws(Damaged) -> UInt64 {
        guard base.count - offset >= 8 else { throw Damaged() }
        var value: UInt64 = 0
        withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: base[offset ..< offset + 8])) }
        offset += 8
        return value
    }

    /// A count no larger than `limit`.
    public mutating func readCount(limit: Int = Int(Int32.max)) throws(Damaged) -> Int {
        let n = try readUInt64()
        guard n <= UInt64(limit) else { throw Damaged() }
        return Int(n)
    }

    public mutating func readArray<T: BitwiseCopyable>(of type: T.Type = T.self) throws(Damaged) -> [T] {
        let count = try readCount()
        let size = count * MemoryLayout<T>.stride
        guard base.count - offset >= size else { throw Damaged() }
        let source = UnsafeRawBufferPointer(rebasing: base[offset ..< offset + size])
        let array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            initialized = count
        }
        offset += (size + 7) & ~7
        guard offset <= base.count else { throw Damaged() }
        return array
    }

    public mutating func readString() throws(Damaged) -> String {
        let count = try readCount()
        guard base.count - offset >= count else { throw Damaged() }
        let string = String(decoding: UnsafeRawBufferPointer(rebasing: base[offset ..< offset + count]), as: UTF8.self)
        offset += (count + 7) & ~7
        guard offset <= base.count else { throw Damaged() }
        return string
    }
}
