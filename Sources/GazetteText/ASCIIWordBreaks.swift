/// UAX #29 word boundaries for a run of ASCII, with ICU's rule status (0 for
/// spaces and punctuation, 100 for numbers, 200 for words): the tokenizer's fast
/// path for ASCII lines, giving what ICU's word break iterator gives without its
/// rule tables. `ASCIIWordBreaksTests` checks it against ICU on random and real text.
///
/// In ASCII (where ICU counts `@` as a letter) the rules come down to: letters,
/// digits and `_` join one another (WB5, WB8-WB10, WB13a-b); a `.` or `'` between
/// two letters (WB6-7), and a `.`, `'`, `,` or `;` between two digits (WB11-12),
/// joins too; CR LF is one segment (WB3); spaces join spaces (WB3d); everything
/// else stands alone (WB999).
enum ASCIIWordBreaks {
    private enum Class: UInt8 {
        case other, letter, digit, underscore, space, cr, lf
    }

    private static let classes: [Class] = (0 ..< 128).map { (b: Int) -> Class in
        switch b {
        case 0x41 ... 0x5A, 0x61 ... 0x7A, 0x40: return .letter // ICU counts `@` as a letter
        case 0x30 ... 0x39: return .digit
        case 0x5F: return .underscore
        case 0x20: return .space
        case 0x0D: return .cr
        case 0x0A, 0x0B, 0x0C: return .lf
        default: return .other
        }
    }

    /// Calls `body(start, end, ruleStatus)` for each segment of `units[range]`, all
    /// of which must be ASCII.
    static func forEachSegment(in units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>,
                               _ body: (Int, Int, Int32) -> Void) {
        classes.withUnsafeBufferPointer { classes in
            let end = range.upperBound
            var i = range.lowerBound
            while i < end {
                let c = classes[Int(units[i])]
                switch c {
                case .letter, .digit, .underscore:
                    var j = i + 1
                    while j < end {
                        let next = classes[Int(units[j])]
                        if next == .letter || next == .digit || next == .underscore {
                            j += 1
                            continue
                        }
                        // A middle character joins two letters or two digits.
                        guard j + 1 < end else { break }
                        let before = classes[Int(units[j - 1])], after = classes[Int(units[j + 1])]
                        let mid = units[j]
                        if before == .letter, after == .letter, mid == 0x2E || mid == 0x27 {
                            j += 2
                        } else if before == .digit, after == .digit, mid == 0x2E || mid == 0x27 || mid == 0x2C || mid == 0x3B {
                            j += 2
                        } else {
                            break
                        }
                    }
                    // ICU tags a segment by the rule that joined its last character: a
                    // number after a digit, or after an `_` that follows a digit; a word
                    // otherwise; nothing for a lone `_`.
                    let last = classes[Int(units[j - 1])]
                    let status: Int32
                    switch last {
                    case .digit: status = 100
                    case .underscore where j - i == 1: status = 0
                    case .underscore: status = classes[Int(units[j - 2])] == .digit ? 100 : 200
                    default: status = 200
                    }
                    body(i, j, status)
                    i = j
                case .space:
                    var j = i + 1
                    while j < end, units[j] == 0x20 { j += 1 }
                    body(i, j, 0)
                    i = j
                case .cr where i + 1 < end && units[i + 1] == 0x0A:
                    body(i, i + 2, 0)
                    i += 2
                default:
                    body(i, i + 1, 0)
                    i += 1
                }
            }
        }
    }
}
