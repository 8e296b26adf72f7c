import CICU

/// Character properties from ICU, with ASCII answered without a call.
public enum UnicodeProperties {
    @inline(__always)
    public static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        return gz_is_upper(Int32(bitPattern: c)) != 0
    }

    @inline(__always)
    public static func isLower(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        return gz_is_lower(Int32(bitPattern: c)) != 0
    }

    @inline(__always)
    public static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        return gz_is_alphabetic(Int32(bitPattern: c)) != 0
    }

    @inline(__always)
    public static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        return gz_is_digit(Int32(bitPattern: c)) != 0
    }

    @inline(__always)
    public static func isWhiteSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        return gz_is_white_space(Int32(bitPattern: c)) != 0
    }

    /// Simple (one code point to one) case folding.
    @inline(__always)
    public static func fold(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }
        return UInt32(bitPattern: gz_fold_case(Int32(bitPattern: c)))
    }

    /// ICU's general category number (UCharCategory).
    public static func category(_ c: UInt32) -> Int32 { gz_char_type(Int32(bitPattern: c)) }
}
