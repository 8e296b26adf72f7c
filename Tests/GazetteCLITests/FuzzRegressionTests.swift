import Foundation
import GazetteTestSupport
import Testing

/// Every input in Tests/FuzzRegressions once crashed Gazette: each must now be annotated
/// (or reported as an input error) with the span contract intact.
@Suite struct FuzzRegressionTests {
    static let folder = SharedFolder.repository.appendingPathComponent("Tests/FuzzRegressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != "README.md" }.sorted()
    }

    @Test(arguments: inputs)
    func doesNotCrash(_ name: String) throws {
        let run = try GazetteBinary.run(["annotate", "--lossy", "--dct", "2021-10-25", Self.folder.appendingPathComponent(name).path])
        #expect(run.status == 0 || run.status == 1, "\(name): exit \(run.status): \(run.stderr)")
        #expect(run.records.count == 1)
        checkSpanContract(run)
    }

    @Test func thereAreRegressionInputs() {
        #expect(Self.inputs.count >= 2)
    }
}
