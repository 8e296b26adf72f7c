import ArgumentParser
import Gazette

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
        subcommands: [Annotate.self, Eval.self, Convert.self]
    )
}
