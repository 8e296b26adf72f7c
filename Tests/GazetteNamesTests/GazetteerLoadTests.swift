import Foundation
import GazetteCore
@testable import GazetteNames
import GazetteTestSupport
import GazetteText
import Testing

/// The loader's fast paths (ASCII words, simple letters of other scripts, read straight
/// from the bytes) and the names tokenized on the second thread give entries in list
/// order, with their aliases, canonical forms and exact case, as the format says.
@Suite struct GazetteerLoadTests {
    static let lists: [(String, String)] = [
        ("manifest.tsv", "file\tkind\twhat\tcase\nfirst.tsv\tentries\tORG\tacronyms\nsecond.tsv\tentries\tGPE\tfold\n"
            + "cues.txt\tcue\tsurname\tfold\n"),
        // Plain ASCII, an alias list with an empty piece, a canonical form, inner capitals,
        // a name the tokenizer must split (apostrophe), CJK, CRLF line ends, a comment.
        ("first.tsv", "# comment\nBlue Sky Group\t\tBSG| |Blue Sky\tmade up\nCôte d'Ivoire Trust\tCIT\n東京銀行\n"
            + "Acme Holdings\r\nNATO-Baku Link\n"),
        ("second.tsv", "Blue Sky Group\nSanta Cruz\tSanta Cruz de Tenerife\nСанкт-Петербург\n"),
        ("cues.txt", "Smith\nvan der Berg\nO'Neil\n"),
    ]

    func load() throws -> Gazetteers {
        let dir = try TemporaryDirectory()
        for (name, text) in Self.lists { try dir.write(name, text) }
        return try Gazetteers.load(from: dir.url.path, cache: nil)
    }

    @Test func entriesComeInListOrderWithTheirFields() throws {
        let g = try load()
        #expect(g.sizes.map(\.file) == ["first.tsv", "second.tsv", "cues.txt"])
        #expect(g.sizes.map(\.count) == [7, 3, 3])
        // Within a list, names the tokenizer must split come after the others.
        #expect(g.entries.map(\.name) == ["Blue Sky Group", "BSG", "Blue Sky", "Acme Holdings", "NATO-Baku Link",
                                          "Côte d'Ivoire Trust", "東京銀行", "Blue Sky Group", "Santa Cruz",
                                          "Санкт-Петербург"])
        #expect(g.entries.map(\.canonical) == ["Blue Sky Group", "Blue Sky Group", "Blue Sky Group", "Acme Holdings",
                                               "NATO-Baku Link", "CIT", "東京銀行", "Blue Sky Group",
                                               "Santa Cruz de Tenerife", "Санкт-Петербург"])
        #expect(g.entries.map(\.list) == ["first", "first", "first", "first", "first", "first", "first", "second",
                                          "second", "second"])
        #expect(g.entries.map(\.label) == [.org, .org, .org, .org, .org, .org, .org, .gpe, .gpe, .gpe])
        // Inner capitals keep their case in an acronyms list only.
        #expect(g.entries[1].exact == [Array("BSG".utf16)])
        #expect(g.entries[4].exact == [Array("NATO".utf16), [0x2D], Array("Baku".utf16), Array("Link".utf16)])
        #expect(g.entries[0].exact == nil && g.entries[7].exact == nil)
    }

    @Test func namesAreFoundInText() throws {
        let g = try load()
        let recognizer = NameRecognizer(gazetteers: g)
        let tokenizer = try Tokenizer()
        let text = "The Blue Sky Group met NATO-Baku Link in Санкт-Петербург and Côte d'Ivoire Trust."
        let analyzed = try tokenizer.analyze(text)
        let found = recognizer.recognize(analyzed, context: DocumentContext(id: "t", dct: nil))
            .compactMap(\.source)
        for source in ["first:Blue Sky Group", "first:NATO-Baku Link", "second:Санкт-Петербург",
                       "first:Côte d'Ivoire Trust"] {
            #expect(found.contains(source), "\(source) in \(found)")
        }
    }

    @Test func aBadManifestLineOrAMissingListIsReported() throws {
        let dir = try TemporaryDirectory()
        try dir.write("manifest.tsv", "file\tkind\twhat\tcase\nmissing.tsv\tentries\tORG\tfold\n")
        #expect(throws: GazetteerError.unreadable(path: dir.url.path + "/missing.tsv")) {
            try Gazetteers.load(from: dir.url.path, cache: nil)
        }
        try dir.write("manifest.tsv", "file\tkind\twhat\tcase\nx.tsv\tentries\tDATE\tfold\n")
        try dir.write("x.tsv", "X\n")
        #expect(throws: GazetteerError.badManifest(line: 2, message: "unknown label DATE")) {
            try Gazetteers.load(from: dir.url.path, cache: nil)
        }
    }
}
