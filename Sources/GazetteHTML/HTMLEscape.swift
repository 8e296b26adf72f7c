/// Appends text to an HTML byte buffer as UTF-8, escaping `& < > " '` so that the
/// result is safe both as element content and inside a double- or single-quoted
/// attribute value.
public enum HTMLEscape {
    /// Appends `s`, escaped.
    public static func append(_ s: String, into out: inout [UInt8]) {
        for scalar in s.unicodeScalars { append(scalar, into: &out) }
    }

    /// Appends `scalars[range]`, escaped.
    public static func append(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into out: inout [UInt8]) {
        for k in range { append(scalars[k], into: &out) }
    }

    /// Appends one code point, escaped.
    @inline(__always)
    public static func append(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        switch scalar {
        case "&": out.append(contentsOf: amp)
        case "<": out.append(contentsOf: lt)
        case ">": out.append(contentsOf: gt)
        case "\"": out.append(contentsOf: quot)
        case "'": out.append(contentsOf: apos)
        default: UTF8.encode(scalar) { out.append($0) }
        }
    }

    /// Appends CSS class names separated by spaces, keeping only their `[A-Za-z0-9_-]`
    /// characters (a name left empty is dropped), each after a space when `leadingSpace`,
    /// otherwise from the second on.
    public static func appendClasses(_ classes: [String], leadingSpace: Bool, into out: inout [UInt8]) {
        var first = !leadingSpace
        for c in classes {
            let clean = c.utf8.filter { b in
                (0x41 ... 0x5A).contains(b) || (0x61 ... 0x7A).contains(b) || (0x30 ... 0x39).contains(b) || b == 0x2D || b == 0x5F
            }
            if clean.isEmpty { continue }
            if !first { out.append(0x20) }
            first = false
            out.append(contentsOf: clean)
        }
    }

    /// `s` escaped, as a string.
    public static func escaped(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        append(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)
}

extension Array where Element == UInt8 {
    /// Appends markup written in the source code (never document data).
    @inline(__always)
    mutating func markup(_ s: StaticString) {
        s.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends a decimal integer.
    mutating func decimal(_ n: Int) {
        append(contentsOf: String(n).utf8)
    }
}
