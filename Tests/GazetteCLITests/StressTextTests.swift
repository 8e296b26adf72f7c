import Foundation
import GazetteTestSupport
import Testing

/// Texts that stress the recognizers (smaller copies of `tools/stress`): each must be
/// annotated within the time bound, with the span contract intact.
@Suite struct StressTextTests {
    static let spaces = [0x20, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
                         0x2009, 0x200A, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF]
    static let dashes = [0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D]

    static func text(_ scalars: [Int]) -> String { String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))) }

    static let cases: [(String, String)] = [
        ("10,000 capitalized words", (0 ..< 10_000).map { "Word\($0 % 97)x" }.joined(separator: " ")),
        ("100,000 digits", String(repeating: "1234567890", count: 10_000)),
        ("100,000 parentheses", String(repeating: "(", count: 50_000) + String(repeating: ")", count: 50_000)),
        ("every Unicode space and dash", String(repeating: text(spaces) + "2014" + text(dashes) + "2020 NATO " + text(dashes), count: 300)),
        ("right-to-left and mixed scripts", String(repeating: "NATO נאטו الناتو 25 October 2021 Баку ", count: 2000)),
        ("combining marks on every letter", String(repeating: "Zakir Hasanov met NATO in Baku on October 25 ", count: 300)
            .unicodeScalars.map { String($0) + "\u{301}\u{323}" }.joined()),
        ("titles and names without end", String(repeating: "Minister President General Director Ministry of the Council of ", count: 2000)),
        ("a thousand dates in a row", String(repeating: "25 October 2021, ", count: 1000)),
    ]

    @Test(arguments: cases.map(\.0))
    func annotatesWithinTheBound(_ name: String) throws {
        let text = Self.cases.first { $0.0 == name }!.1
        let dir = try TemporaryDirectory()
        let file = try dir.write("stress.txt", text)
        let run = try GazetteBinary.run(["annotate", "--dct", "2021-10-25", file.path], timeout: 120)
        #expect(run.status == 0, "\(name): exit \(run.status) \(run.stderr.prefix(300))")
        #expect(run.records.count == 1)
        checkSpanContract(run)
    }
}
