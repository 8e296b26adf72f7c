import GazetteTestSupport
import Testing
import Foundation
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
        ("closed by 11:15 a.m.. Shares", ["closed", "by", "11", ":", "15", "a.m.", ".", "Shares"]),
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

/// The chunk cache and the line-by-line sentence pass must give the tokens and sentences
/// that ICU and the token rules give over the whole text.
@Suite struct ChunkTokenCacheTests {
    static let texts = [
        "NATO's U.S.-led a.m. e.g. i.e. 1,992 25.10.2021 10:30 $5.5bn 3.5% O'Neill rock'n'roll",
        "user@example.com http://www.example.com/a_b?c=d&e=f #tag @name snake_case 2nd 1990s",
        "  double  spaces\n\n\nlines\n end.\"Quoted,\" (brackets) [x] {y} -- ... !? ;;",
        "e.g.the U.S.A.'s F-16s A/S Co.,Ltd. 5'10\" ABC123def 123abc ___ a_1 1_a '90s",
        "Mr. Smith said: 'it's 9.30am' - and left.Then he came back,12,000 times",
        String(repeating: "averyveryverylongwordwithoutanyspaces.and.periods.in.it", count: 3) + " tail",
        "Talks in the U.S.\nThen he left. Mr.\nSmith came\n\nHEADLINE WITHOUT STOP\nDr. Who? Yes! 3.5 percent.\n\n\nTail",
        "A line\nU.S.\nno stop here\nMr. Smith and Gen.\n\nNext para e.g.\nfoo. \"Quoted.\" (Bracket.)\nend",
        "No terminator at all\nin these\nlines",
        "Ends with an abbreviation: Jan.",
    ]

    @Test(arguments: texts)
    func cachedSplitEqualsICU(text: String) throws {
        let plain = try Tokenizer(cacheWords: false).analyze(text)
        let cached = try Tokenizer().analyze(text)
        #expect(cached.tokens == plain.tokens)
        #expect(cached.sentences == plain.sentences)
    }

    @Test func repeatedTextUsesTheCacheAndStaysEqual() throws {
        let tokenizer = try Tokenizer()
        let text = Self.texts.joined(separator: " ")
        let plain = try Tokenizer(cacheWords: false).analyze(text)
        for _ in 0 ..< 3 { #expect(try tokenizer.analyze(text).tokens == plain.tokens) }
    }

    /// More distinct chunks than the cache holds, short ones (its entry limit) and long
    /// ones of many tokens (its arena limit): it starts over and stays equal to the
    /// uncached split, ids included.
    @Test(arguments: [false, true])
    func cacheStartsOverWhenFullAndStaysEqual(longChunks: Bool) throws {
        var table = TokenTable()
        for key in try Tokenizer(cacheWords: false).keys(of: "w1 w22 , x") { table.insert(key) }
        let cached = try Tokenizer(vocabularies: [table]), plain = try Tokenizer(cacheWords: false, vocabularies: [table])
        var rng = SplitMix(seed: longChunks ? 7 : 11)
        let count = longChunks ? 9_000 : 40_000
        var words: [String] = []
        for k in 0 ..< count {
            let word = "w" + String(k, radix: 36)
            // A long chunk: about 40 units and 39 tokens ("w1a,x,x,...").
            words.append(longChunks ? word + String(repeating: ",x", count: 19) : word)
        }
        for start in stride(from: 0, to: count, by: 1_000) {
            // Every tenth text repeats words seen long before, which the cache may have dropped.
            let lines = (start ..< min(count, start + 1_000)).map { k in
                rng.next() % 10 == 0 ? words[Int(rng.next() % UInt64(count))] : words[k]
            }
            let text = lines.joined(separator: rng.next() % 2 == 0 ? " " : "\n")
            let a = try cached.analyze(text), b = try plain.analyze(text)
            #expect(a.tokens == b.tokens)
            #expect(a.tokenIDs == b.tokenIDs)
        }
    }

    /// Over a public corpus when it is present (../shared is absent in a fresh clone).
    @Test func corpusSplitEqualsICU() throws {
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        guard let data = FileManager.default.contents(atPath: "/" + path + "/../shared/corpora/conll2003/testa.jsonl")
        else { return }
        let cached = try Tokenizer(), plain = try Tokenizer(cacheWords: false)
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n").prefix(200) {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            let a = try cached.analyze(text), b = try plain.analyze(text)
            #expect(a.tokens == b.tokens)
            #expect(a.sentences == b.sentences)
        }
    }
}

/// `AnalyzedText.tokenIDs` must be what a lookup of each token in each vocabulary
/// gives, whether the tokens came from the chunk cache, the ASCII scanner or ICU.
@Suite struct TokenizerVocabularyTests {
    /// Vocabularies of one, two and three tables (ids are stored two to a word).
    static func vocabularies(_ count: Int) throws -> [TokenTable] {
        let words = ["nato", "'s", "u.s.", "baku", ".", "the", "and", "smith", "mr.", "1,992", "türkiye", "о",
                     "10", ":", "(", "pfp", ")", "e.g.", "said", "averyveryverylongwordwithoutanyspaces"]
        let tokenizer = try Tokenizer(cacheWords: false)
        return try (0 ..< count).map { k in
            var table = TokenTable()
            // A different subset per table, so that the tables' ids differ.
            for (i, word) in words.enumerated() where (i + k) % (k + 1) == 0 {
                for key in try tokenizer.keys(of: word) { table.insert(key) }
            }
            return table
        }
    }

    static let texts = ChunkTokenCacheTests.texts + [
        "Türkiye's Baku talks: NATO and Mr. Smith said (PfP) — о встрече 25 октября.",
        "Mixed line NATO ümlaut\nplain ASCII line with NATO and U.S. and e.g. 10:30",
    ]

    @Test(arguments: [1, 2, 3])
    func idsEqualLookups(vocabularyCount: Int) throws {
        let tables = try Self.vocabularies(vocabularyCount)
        let cached = try Tokenizer(vocabularies: tables)
        let plain = try Tokenizer(cacheWords: false, vocabularies: tables)
        for text in Self.texts {
            // Twice through the caching tokenizer: the second time every chunk is a hit.
            for analyzed in [try cached.analyze(text), try cached.analyze(text), try plain.analyze(text)] {
                #expect(analyzed.tokenIDs.count == tables.count)
                for (k, table) in tables.enumerated() {
                    let expected = analyzed.tokens.map { table.lookup($0, in: analyzed) ?? -1 }
                    #expect(analyzed.tokenIDs[k] == expected, "vocabulary \(k) of \(vocabularyCount): \(text)")
                }
            }
        }
        // The words are there: some ids are found, not only -1.
        let analyzed = try cached.analyze(Self.texts.joined(separator: " "))
        #expect(analyzed.tokenIDs.allSatisfy { $0.contains { $0 >= 0 } })
    }

    @Test func noVocabulariesNoIDs() throws {
        #expect(try Tokenizer().analyze("NATO met in Baku.").tokenIDs.isEmpty)
    }
}
