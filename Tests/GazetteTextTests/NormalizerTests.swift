import GazetteTestSupport
import Testing
import CICU
@testable import GazetteText

/// Checks that every view unit maps back into the original, in order, and that each
/// mapped original range, normalized again, gives back the view units it produced.
private func checkOffsetMap(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let normalizer = try Normalizer()
    let view = normalizer.normalize(text)
    let scalars = Array(text.unicodeScalars)
    #expect(view.originalLength == scalars.count, sourceLocation: sourceLocation)
    var previousEnd: Int32 = 0
    var i = 0
    while i < view.units.count {
        let start = Int32(view.origin(of: i).scalars.lowerBound), end = Int32(view.origin(of: i).scalars.upperBound)
        #expect(start < end && end <= Int32(scalars.count), "unit \(i) maps to \(start)..<\(end)", sourceLocation: sourceLocation)
        #expect(start >= previousEnd || start == Int32(view.origin(of: max(0, i - 1)).scalars.lowerBound), sourceLocation: sourceLocation)
        // All units of one segment: the segment normalizes to exactly them.
        var j = i
        while j < view.units.count, Int32(view.origin(of: j).scalars.lowerBound) == start { j += 1 }
        let segment = String(String.UnicodeScalarView(scalars[Int(start) ..< Int(end)]))
        let again = normalizer.normalize(segment)
        #expect(again.units == Array(view.units[i ..< j]), "segment \(segment.debugDescription)", sourceLocation: sourceLocation)
        // UTF-8 ranges agree with code-point ranges.
        let utf8 = Array(text.utf8)
        let bytes = String(decoding: utf8[view.origin(of: i).bytes], as: UTF8.self)
        #expect(bytes == segment, sourceLocation: sourceLocation)
        previousEnd = end
        i = j
    }
}

@Suite struct NormalizerTests {
    @Test(arguments: [
        ("Azerbaijan’s “NATO” — Baku", "Azerbaijan's \"NATO\" - Baku"),
        ("a\u{00A0}b\u{2009}c\u{3000}d", "a b c d"),
        ("x\u{200B}y\u{FEFF}z\u{00AD}w", "xyzw"),
        ("line\r\nnext\rlast", "line\nnext\nlast"),
        ("ﬁnance ①", "finance 1"),
        ("e\u{0301}té", "été"),
        ("2014–2020 −5", "2014-2020 -5"),
    ])
    func foldsToTheMatchingView(input: String, expected: String) throws {
        let view = try Normalizer().normalize(input)
        #expect(view.string(0 ..< view.units.count) == expected)
    }

    @Test func caseFoldedViewHasTheSameLength() throws {
        let view = try Normalizer().normalize("NATO İstanbul ΣΟΦΙΑ Straße 𝐀")
        #expect(view.folded.count == view.units.count)
        #expect(view.foldedString(0 ..< 4) == "nato")
    }

    /// The offset map is kept as runs: ASCII text is one, and each non-ASCII segment
    /// adds one and starts a new linear run after it.
    @Test func offsetMapIsCompact() throws {
        let normalizer = try Normalizer()
        #expect(normalizer.normalize(String(repeating: "NATO met in Baku. ", count: 500)).runs.count == 1)
        let view = normalizer.normalize("Baku’s talks — ﬁnal")
        #expect(view.runs.count == 7)
        #expect(view.originalRange(4 ..< 5) == 4 ..< 5)       // ’ -> '
        #expect(view.utf8Range(4 ..< 5) == 4 ..< 7)
        #expect(view.originalRange(15 ..< 17) == 15 ..< 16)   // ﬁ -> fi, both units from one code point
        #expect(view.utf8Range(5 ..< 17) == 7 ..< 22)
    }

    @Test func crlfIsOneUnitCoveringTwoCodePoints() throws {
        let view = try Normalizer().normalize("a\r\nb")
        #expect(view.units == [0x61, 0x0A, 0x62])
        #expect(view.originalRange(1 ..< 2) == 1 ..< 3)
        #expect(view.originalRange(2 ..< 3) == 3 ..< 4)
    }

    @Test(arguments: [
        "Defence Minister Zakir Hasanov",
        "e\u{0301}\u{0323}a\u{0308}\u{0308}",
        "ﬀ ﬃ ㎒ ½ ℌ",
        "emoji 👩🏽‍💻 and 🇦🇿 flags",
        "עברית and العربية mixed with English",
        "a\r\nb\r\n\r\nc\u{00A0}d\u{2028}e",
        "\u{FEFF}start and end\u{200D}",
        "한국어 가각 ᄀ\u{1161}",
    ])
    func offsetMapOnExamples(text: String) throws { try checkOffsetMap(text) }

    @Test func offsetMapOnRandomUnicode() throws {
        var rng = SplitMix(seed: 20211025)
        let pool: [UInt32] = [0x41, 0x61, 0x20, 0x0A, 0x0D, 0x2D, 0x27, 0xA0, 0xAD, 0x301, 0x308, 0x323, 0x2019,
                              0x201C, 0x2013, 0x2014, 0x2212, 0x200B, 0x200D, 0xFEFF, 0xFB01, 0x2460, 0x5D0, 0x627,
                              0x1F469, 0x1F3FD, 0x1F1E6, 0xAC00, 0x1100, 0x1161, 0x130, 0xDF, 0x3A3, 0x2028, 0xE9, 0x3000]
        for _ in 0 ..< 300 {
            let length = Int(rng.next() % 40)
            var s = String.UnicodeScalarView()
            for _ in 0 ..< length { s.append(Unicode.Scalar(pool[Int(rng.next() % UInt64(pool.count))])!) }
            try checkOffsetMap(String(s))
        }
    }
}


/// The table of single code points gives what ICU gives for each of them.
@Suite struct SingleCodePointTableTests {
    @Test func everyEntryIsICUsNFKC() throws {
        var status: gz_status = 0
        let nfkc = try #require(gz_nfkc(&status))
        var checked = 0
        for c in UInt16(0x80) ..< 0x3000 {
            guard let range = Normalizer.singles.range(of: c) else { continue }
            var source = c
            var buffer = [UInt16](repeating: 0, count: 32)
            var callStatus: gz_status = 0
            let n = buffer.withUnsafeMutableBufferPointer { gz_normalize(nfkc, &source, 1, $0.baseAddress, 32, &callStatus) }
            #expect(Array(Normalizer.singles.units[range]) == Array(buffer[0 ..< Int(n)]), "U+\(String(c, radix: 16))")
            checked += 1
        }
        #expect(checked > 1000)
        #expect(Normalizer.singles.range(of: 0x2FFF) == nil)
    }
}
