import Foundation
import GazetteTestSupport
import Testing

/// The `gazette` binary finds its lists from any directory and takes `--gazetteers DIR`.
@Suite struct GazetteersCommandTests {
    @Test func findsTheListsFromAnotherDirectory() throws {
        let run = try GazetteBinary.run(["annotate", "--no-text"], stdin: Data("NATO met in Baku.".utf8),
                                        directory: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        let spans = run.records.first?["spans"] as? [[String: Any]]
        #expect(spans?.compactMap { $0["text"] as? String } == ["NATO", "Baku"])
        #expect(spans?.first?["source"] as? String == "org:NATO")
    }

    @Test func takesAFolderOfLists() throws {
        let dir = try TemporaryDirectory()
        try dir.write("manifest.tsv", "file\tkind\twhat\tcase\nmine.tsv\tentries\tPROGRAMME\tacronyms\n")
        try dir.write("mine.tsv", "Blue Sky Scheme\n")
        let run = try GazetteBinary.run(["annotate", "--no-text", "--gazetteers", dir.url.path],
                                        stdin: Data("NATO backed the Blue Sky Scheme.".utf8))
        #expect(run.status == 0)
        let spans = run.records.first?["spans"] as? [[String: Any]]
        // Only the given list is loaded: NATO is an ORG by the acronym rule, not by org.tsv.
        #expect(spans?.compactMap { $0["label"] as? String } == ["ORG", "PROGRAMME"])
        #expect(spans?.compactMap { $0["source"] as? String } == ["mine:Blue Sky Scheme"])
    }

    @Test func aFolderWithoutAManifestIsAUsageError() throws {
        let dir = try TemporaryDirectory()
        let run = try GazetteBinary.run(["annotate", "--gazetteers", dir.url.path], stdin: Data("x".utf8))
        #expect(run.status == 64)
        #expect(run.stderr.contains("manifest.tsv"))
    }
}
