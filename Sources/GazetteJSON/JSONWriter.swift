/// Appends compact JSON to a byte buffer, escaping strings as RFC 8259 requires.
///
/// Output is deterministic: objects are written in the order given.
public struct JSONWriter {
    public var bytes: [UInt8] = []

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    @inline(__always)
    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func int(_ v: Int) {
        if v == 0 { bytes.append(0x30); return }
        var n = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while n > 0 {
                d[count] = UInt8(n % 10) + 0x30
                n /= 10
                count += 1
            }
            if v < 0 { bytes.append(0x2D) }
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }

    /// A JSON string.
    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// A JSON string from valid UTF-8 bytes.
    public mutating func string(utf8 u: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var runStart = 0
        for k in 0 ..< u.count {
            let b = u[k]
            if b >= 0x20 && b != 0x22 && b != 0x5C { continue }
            if runStart < k { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart ..< k])) }
            runStart = k + 1
            switch b {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            default:
                raw("\\u00")
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 0xF)])
            }
        }
        if runStart < u.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart ..< u.count])) }
        bytes.append(0x22)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Any JSON value.
    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: raw("null")
        case let .bool(b): if b { raw("true") } else { raw("false") }
        case let .number(n): bytes.append(contentsOf: n.utf8)
        case let .string(s): string(s)
        case let .array(items):
            bytes.append(0x5B)
            for (k, item) in items.enumerated() {
                if k > 0 { bytes.append(0x2C) }
                value(item)
            }
            bytes.append(0x5D)
        case let .object(pairs):
            bytes.append(0x7B)
            for (k, (key, item)) in pairs.enumerated() {
                if k > 0 { bytes.append(0x2C) }
                string(key)
                bytes.append(0x3A)
                value(item)
            }
            bytes.append(0x7D)
        }
    }
}
