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
