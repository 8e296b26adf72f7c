import Foundation
import Gazette
import GazetteCore
@testable import GazetteNames
import GazetteTestSupport
import GazetteText
import Testing

/// The compiled-gazetteer cache gives exactly what compiling the lists gives, notices a
/// list that changed, and never uses a damaged or unreadable file.
@Suite struct GazetteerCacheTests {
    /// Everything a load produced, as the cache writes it: equal bytes, equal gazetteers.
    static func image(_ g: Gazetteers) -> [UInt8] {
        var writer = BinaryWriter()
        g.write(to: &writer)
        return writer.bytes
    }

    /// A small folder of lists (entries, aliases, a name the ICU tokenizer splits, cues).
    static func folder() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("manifest.tsv", "file\tkind\twhat\tcase\norgs.tsv\tentries\tORG\tacronyms\n"
            + "places.tsv\tentries\tGPE\tfold\nroles.txt\tcue\trole\tfold\n")
        try dir.write("orgs.tsv", "Zorvex Halbrook\t\tZH|Zorvex\nCôte d'Ivoire Trust\tCIT\n")
        try dir.write("places.tsv", "Quillonia\nСанкт-Петербург\n")
        try dir.write("roles.txt", "Chief Steward\nWarden\n")
        return dir
    }

    @Test func theShippedListsLoadTheSameFromTheCache() throws {
        let cache = try TemporaryDirectory()
        let folder = try GazetteerLocation.find(explicit: nil)
        let compiled = try Gazetteers.load(from: folder, cache: GazetteerCache(directory: cache.url.path))
        let cached = try Gazetteers.load(from: folder, cache: GazetteerCache(directory: cache.url.path))
        #expect(!compiled.fromCache)
        #expect(cached.fromCache)
        #expect(Self.image(cached) == Self.image(compiled))
        #expect(cached.sizes.map(\.file) == compiled.sizes.map(\.file) && cached.sizes.map(\.count) == compiled.sizes.map(\.count))
        // And the recognizer finds the same spans with either.
        let text = "Defence Minister Zakir Hasanov met NATO officials in Baku. Lockheed Martin and al-Qaeda were named."
        let a = try Annotator(recognizers: [NameRecognizer(gazetteers: compiled)]).annotate(text)
        let b = try Annotator(recognizers: [NameRecognizer(gazetteers: cached)]).annotate(text)
        #expect(!a.isEmpty)
        #expect(a.map { "\($0.start) \($0.end) \($0.label) \($0.source ?? "")" } == b.map { "\($0.start) \($0.end) \($0.label) \($0.source ?? "")" })
    }

    @Test func anEditedListIsCompiledAgain() throws {
        let dir = try Self.folder(), cacheDir = try TemporaryDirectory()
        let cache = GazetteerCache(directory: cacheDir.url.path)
        #expect(try !Gazetteers.load(from: dir.url.path, cache: cache).fromCache)
        #expect(try Gazetteers.load(from: dir.url.path, cache: cache).fromCache)
        try dir.write("places.tsv", "Quillonia\nСанкт-Петербург\nVarnholm\n")
        let edited = try Gazetteers.load(from: dir.url.path, cache: cache)
        #expect(!edited.fromCache)
        #expect(edited.entries.map(\.name).contains("Varnholm"))
        let again = try Gazetteers.load(from: dir.url.path, cache: cache)
        #expect(again.fromCache)
        #expect(Self.image(again) == Self.image(edited))
    }

    @Test func aDamagedFileIsNotUsedAndIsReplaced() throws {
        let dir = try Self.folder(), cacheDir = try TemporaryDirectory()
        let cache = GazetteerCache(directory: cacheDir.url.path)
        let compiled = try Gazetteers.load(from: dir.url.path, cache: cache)
        let file = URL(fileURLWithPath: cache.path(for: dir.url.path))
        let good = try Data(contentsOf: file)
        var flipped = good
        flipped[good.count / 2] ^= 0x40
        for damaged in [flipped, good.prefix(good.count / 3), Data(), Data(repeating: 0xFF, count: 4096)] {
            try damaged.write(to: file)
            let loaded = try Gazetteers.load(from: dir.url.path, cache: cache)
            #expect(!loaded.fromCache)
            #expect(Self.image(loaded) == Self.image(compiled))
            #expect(try Data(contentsOf: file) == good)
        }
    }

    /// The reader checks lengths and indices itself, not only the checksum: any prefix of
    /// a good image, and an image with an index out of range, is an error, not a crash.
    @Test func theReaderRejectsTruncatedImages() throws {
        let dir = try Self.folder()
        let image = Self.image(try Gazetteers.load(from: dir.url.path, cache: nil))
        for cut in stride(from: 0, to: image.count, by: max(1, image.count / 97)) {
            let result = image[..<cut].withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                return try? Gazetteers(reading: &reader, directory: dir.url.path, started: 0)
            }
            #expect(result == nil, "a prefix of \(cut) of \(image.count) bytes was read")
        }
        let whole = image.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            return try? Gazetteers(reading: &reader, directory: dir.url.path, started: 0)
        }
        #expect(whole != nil)
    }

    @Test func aCacheThatCannotBeWrittenStillLoads() throws {
        let dir = try Self.folder()
        let blocker = try TemporaryDirectory()
        let file = try blocker.write("a-file", "not a folder")
        let cache = GazetteerCache(directory: file.path + "/gazette")
        let first = try Gazetteers.load(from: dir.url.path, cache: cache)
        let second = try Gazetteers.load(from: dir.url.path, cache: cache)
        #expect(!first.fromCache && !second.fromCache)
        #expect(Self.image(first) == Self.image(second))
    }

    @Test func theBinaryUsesTheCacheItIsGiven() throws {
        let cacheDir = try TemporaryDirectory()
        let input = Data("NATO met in Baku.".utf8)
        let first = try GazetteBinary.run(["annotate", "--no-text", "--timing"], stdin: input, cache: cacheDir.url.path)
        let second = try GazetteBinary.run(["annotate", "--no-text", "--timing"], stdin: input, cache: cacheDir.url.path)
        let off = try GazetteBinary.run(["annotate", "--no-text", "--timing"], stdin: input)
        #expect(first.status == 0 && second.status == 0 && off.status == 0)
        #expect(first.stderr.contains("gazetteers compiled"))
        #expect(second.stderr.contains("gazetteers from the cache"))
        #expect(off.stderr.contains("gazetteers compiled"))
        #expect(first.stdout == second.stdout && second.stdout == off.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheDir.url.path).filter { $0.hasSuffix(".bin") }.count == 1)
    }
}
