import Foundation
import GazetteTestSupport
import Testing

/// `gazette annotate --recognizers` runs only the recognizers named.
@Suite struct RecognizerChoiceTests {
    static let text = #"{"id": "a", "text": "NATO met in Baku on October 25, 2021.", "meta": {"dct": "2021-10-25"}}"#

    func labels(_ arguments: [String]) throws -> [String] {
        let run = try GazetteBinary.run(["annotate", "--no-text"] + arguments + ["-"], stdin: Data(Self.text.utf8))
        #expect(run.status == 0)
        return (run.records.first?["spans"] as? [[String: Any]])?.compactMap { $0["label"] as? String } ?? []
    }

    @Test(arguments: [
        ([], ["ORG", "GPE", "DATE"]),
        (["--recognizers", "names,dates"], ["ORG", "GPE", "DATE"]),
        (["--recognizers", "dates, names"], ["ORG", "GPE", "DATE"]),
        (["--recognizers", "names"], ["ORG", "GPE"]),
        (["--recognizers", "dates"], ["DATE"]),
    ])
    func runsTheRecognizersNamed(arguments: [String], expected: [String]) throws {
        #expect(try labels(arguments) == expected)
    }

    @Test(arguments: ["people", "names,weather", "", ","])
    func anUnknownOrEmptyChoiceIsAUsageError(value: String) throws {
        let run = try GazetteBinary.run(["annotate", "--recognizers", value, "-"], stdin: Data(Self.text.utf8))
        #expect(run.status == 64)
        #expect(run.stderr.contains("--recognizers"))
    }
}
