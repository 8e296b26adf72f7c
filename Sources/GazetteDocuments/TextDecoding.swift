/// Turns the bytes of a file into text, or says precisely why it cannot.
///
/// - A UTF-8 byte order mark is dropped; offsets count from the character after it.
/// - UTF-16 with a byte order mark (either endianness) is decoded.
/// - A NUL byte means a binary file: an error, even with `lossy`.
/// - Invalid UTF-8 is an error naming the byte offset of the first bad sequence,
///   unless `lossy`, which replaces each bad sequence with U+FFFD.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8], lossy: Bool) -> Result<String, DecodingFailure> {
        bytes.withUnsafeBufferPointer { decode($0, lossy: lossy) }
    }

    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, lossy: Bool) -> Result<String, DecodingFailure> {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF, lossy: lossy)
        }
        var body = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            body = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        if let nul = body.firstIndex(of: 0) {
            return .failure(.binary(offset: nul + (bytes.count - body.count)))
        }
        if let s = String(validating: body, as: UTF8.self) { return .success(s) }
        if lossy { return .success(String(decoding: body, as: UTF8.self)) }
        return .failure(.invalidUTF8(offset: firstInvalidUTF8(body) + (bytes.count - body.count)))
    }

    /// Why bytes are not text.
    public enum DecodingFailure: Error, Equatable, CustomStringConvertible {
        case binary(offset: Int)
        case invalidUTF8(offset: Int)
        case invalidUTF16(offset: Int)

        public var description: String {
            switch self {
            case let .binary(offset): return "binary file (NUL byte at offset \(offset))"
            case let .invalidUTF8(offset): return "invalid UTF-8 at byte offset \(offset) (use --lossy to replace bad sequences)"
            case let .invalidUTF16(offset): return "invalid UTF-16 at byte offset \(offset)"
            }
        }
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2 ... 0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1 ... 0xEC, 0xEE ... 0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1 ... 0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < b.count else { return i }
            if b[i + 1] < lo || b[i + 1] > hi { return i }
            var k = 2
            while k <= need {
                if b[i + k] < 0x80 || b[i + k] > 0xBF { return i }
                k += 1
            }
            i += need + 1
        }
        return b.count
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool, lossy: Bool)
        -> Result<String, DecodingFailure> {
        let n = (bytes.count - 2) / 2
        var units = [UInt16](repeating: 0, count: n)
        for k in 0 ..< n {
            let a = UInt16(bytes[2 + 2 * k]), b = UInt16(bytes[3 + 2 * k])
            units[k] = littleEndian ? a | b << 8 : a << 8 | b
        }
        if let nul = units.firstIndex(of: 0) { return .failure(.binary(offset: 2 + 2 * nul)) }
        if bytes.count % 2 == 1 && !lossy { return .failure(.invalidUTF16(offset: bytes.count - 1)) }
        var k = 0
        while k < n {
            let u = units[k]
            if u & 0xFC00 == 0xD800 {
                if k + 1 < n, units[k + 1] & 0xFC00 == 0xDC00 { k += 2; continue }
                if !lossy { return .failure(.invalidUTF16(offset: 2 + 2 * k)) }
            } else if u & 0xFC00 == 0xDC00, !lossy {
                return .failure(.invalidUTF16(offset: 2 + 2 * k))
            }
            k += 1
        }
        return .success(String(decoding: units, as: UTF16.self))
    }
}
