import Testing
@testable import GazetteJSON

private func roundTrip(_ text: String) throws -> String {
    var w = JSONWriter()
    w.value(try JSONParser.parse(text))
    return String(decoding: w.bytes, as: UTF8.self)
}

@Suite struct JSONTests {
    @Test func keepsKeyOrderAndNumbersAsWritten() throws {
        #expect(try roundTrip(#"{"b": 1.50, "a": [true, null, -0.5e3], "c": {}}"#) == #"{"b":1.50,"a":[true,null,-0.5e3],"c":{}}"#)
    }

    @Test func escapes() throws {
        #expect(try roundTrip(#""a\"b\\c\nd\u0001\u00e9\ud83d\ude00""#) == "\"a\\\"b\\\\c\\nd\\u0001é😀\"")
    }

    @Test func copiesTheRunsBetweenEscapes() throws {
        let text = #""one\ntwo three \"four\" five\tsix""#
        #expect(try JSONParser.parse(text) == .string("one\ntwo three \"four\" five\tsix"))
    }

    /// Each byte that must be escaped, and some that must not, at every position of a
    /// 19-byte string (two whole 8-byte words and a tail), against a byte-at-a-time escape.
    @Test func escapesAtEveryPositionOfAWord() {
        func expected(_ bytes: [UInt8]) -> String {
            var out = "\""
            for b in bytes {
                switch b {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                case 0x08: out += "\\b"
                case 0x0C: out += "\\f"
                case ..<0x20: out += "\\u00" + (b < 0x10 ? "0" : "") + String(b, radix: 16)
                default: out += String(UnicodeScalar(b))
                }
            }
            return out + "\""
        }
        let specials: [UInt8] = Array(0x00 ..< 0x20) + [0x22, 0x5C, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x20]
        for position in 0 ..< 19 {
            for special in specials {
                var bytes = [UInt8](repeating: 0x61, count: 19)
                bytes[position] = special
                var w = JSONWriter()
                bytes.withUnsafeBufferPointer { w.string(utf8: $0) }
                #expect(String(decoding: w.bytes, as: UTF8.self) == expected(bytes))
            }
        }
        var w = JSONWriter()
        w.string("\u{1F600}é\u{7F}\"x\u{1F}ü\u{80}\\ok")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "\"\u{1F600}é\u{7F}\\\"x\\u001fü\u{80}\\\\ok\"")
    }

    @Test(arguments: [0, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 12345, 1_000_000, -1, -10, -99, -100, Int.max, Int.min])
    func writesIntegers(value: Int) {
        var w = JSONWriter()
        w.int(value)
        w.member(",", value)
        #expect(String(decoding: w.bytes, as: UTF8.self) == "\(value),\(value)")
    }

    @Test func rejectsInvalidUTF8AfterAnEscape() {
        let bytes: [UInt8] = Array(#""a\nb"#.utf8) + [0xFF] + Array("c\"".utf8)
        #expect(throws: JSONSyntaxError.self) { try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) } }
    }

    @Test(arguments: ["{", "[1,]", "\"a\\n\u{01}\"", "\"a\\nb", "{\"a\" 1}", "tru", "\"\\x\"", "01", "\"\\ud800\"", "{} x", "\"a\u{01}\""])
    func rejectsMalformedInput(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
    }

    @Test func reportsTheOffset() {
        do {
            _ = try JSONParser.parse(#"{"a": tru}"#)
            Issue.record("no error")
        } catch {
            #expect(error.offset == 6)
        }
    }
}
