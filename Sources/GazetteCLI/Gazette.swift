import ArgumentParser
import Gazette
#if canImport(Glibc)
import Glibc
#endif

@main
struct GazetteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Named entities and dates in news articles, as annotated JSONL.",
        discussion: """
        Examples:
          gazette annotate corpus/articles > out.jsonl
          cat docs.jsonl | gazette annotate - | jq .spans
        """,
        version: GazetteVersion.string,
        subcommands: [Annotate.self, Explain.self, Eval.self, Convert.self, Render.self]
    )

    /// The one place that turns an error into a message and an exit status: output
    /// failures exit 74 (EX_IOERR); the rest as swift-argument-parser does (64 for usage).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            printError("gazette: \(error)")
            Glibc.exit(74)
        } catch {
            exit(withError: error)
        }
    }
}
