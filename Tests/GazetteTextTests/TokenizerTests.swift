import Testing
@testable import GazetteText

private func tokens(_ text: String) throws -> [String] {
    let analyzed = try Tokenizer().analyze(text)
    return analyzed.tokens.indices.map { analyzed.text($0) }
}

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("NATO's Cooperative Security Division", ["NATO", "'s", "Cooperative", "Security", "Division"]),
        ("Azerbaijan’s activities", ["Azerbaijan", "'s", "activities"]),
        ("NATO-led peace-support operations.", ["NATO", "-", "led", "peace", "-", "support", "operations", "."]),
        ("on 2021-10-25 at 10:30 a.m.", ["on", "2021", "-", "10", "-", "25", "at", "10", ":", "30", "a.m."]),
        ("J. R. Smith and the U.S. Army", ["J.", "R.", "Smith", "and", "the", "U.S.", "Army"]),
        ("1,992 troops on 25.10.2021", ["1,992", "troops", "on", "25.10.2021"]),
        ("Partnership for Peace (PfP)", ["Partnership", "for", "Peace", "(", "PfP", ")"]),
    ])
    func splitsNewsText(text: String, expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test func shapes() throws {
        let a = try Tokenizer().analyze("Baku NATO iPhone peace 2021 Q3 J. U.S. , $")
        #expect(a.tokens.map(\.shape) == [.capitalized, .upper, .mixed, .lower, .digits, .alphanumeric, .initial,
                                          .abbreviation, .punctuation, .symbol])
    }

    @Test func layoutFlags() throws {
        let a = try Tokenizer().analyze("Title here\n\nFirst para.\nNext line")
        let starts = a.tokens.map { $0.flags.contains(.lineStart) }
        let paragraphs = a.tokens.map { $0.flags.contains(.paragraphStart) }
        #expect(starts == [true, false, true, false, false, true, false])
        #expect(paragraphs == [true, false, true, false, false, false, false])
        #expect(a.tokens.map(\.line) == [0, 0, 2, 2, 2, 3, 3])
    }

    @Test func sentencesAndPositions() throws {
        let a = try Tokenizer().analyze("Mr. Smith went to Baku. He met Hasanov.\nNew line")
        #expect(a.sentences.count == 3)
        #expect(a.tokens[a.sentences[1].lowerBound].flags.contains(.sentenceStart))
        #expect(a.text(a.sentences[1].lowerBound) == "He")
        #expect(a.tokens[a.sentences[1].lowerBound + 2].position == 2)
    }

    @Test func headlinesInCapitalsAreMarked() throws {
        let a = try Tokenizer().analyze("NATO CHIEF VISITS BAKU\nNATO chief visits Baku")
        #expect(a.tokens.prefix(4).allSatisfy { $0.flags.contains(.capsLine) })
        #expect(a.tokens.suffix(4).allSatisfy { !$0.flags.contains(.capsLine) })
    }

    @Test func tokenTableFindsTokensWithoutStrings() throws {
        let tokenizer = try Tokenizer()
        var table = TokenTable()
        let nato = table.insert(try tokenizer.keys(of: "NATO")[0])
        let baku = table.insert(try tokenizer.keys(of: "Baku")[0])
        #expect(table.insert(try tokenizer.keys(of: "nato")[0]) == nato)
        let a = try tokenizer.analyze("Nato met in BAKU and Ganja")
        #expect(table.lookup(a.tokens[0], in: a) == nato)
        #expect(table.lookup(a.tokens[3], in: a) == baku)
        #expect(table.lookup(a.tokens[5], in: a) == nil)
        #expect(table.key(baku) == "baku")
        for k in 0 ..< 500 { table.insert(Array("w\(k)".utf16)) }
        #expect(table.count == 502)
        #expect(table.lookup(a.tokens[3], in: a) == baku)
    }
}
