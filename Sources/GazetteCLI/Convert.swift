import ArgumentParser
import GazetteEval
import GazetteFormats
#if canImport(Glibc)
import Glibc
#endif

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert annotated corpora between JSONL, doccano, brat, CoNLL and TimeML.",
        discussion: """
        Reads INPUT (see `gazette eval --help` for the formats and their detection) and \
        writes FORMAT.md JSONL on standard output, or with --to: conll (IOB2) on \
        standard output or --output FILE, brat or timeml into the directory --output.

        Exit status: 0, 64 for a usage error, 65 when the input cannot be read, \
        74 when the output cannot be written.

        Examples:
          gazette convert eng.testa.conll > testa.jsonl
          gazette convert timebank/ --from timeml > timebank.jsonl
          gazette convert gold.jsonl --to brat --output brat-gold/
        """
    )

    /// Output formats of `convert`.
    enum Target: String, ExpressibleByArgument, CaseIterable { case jsonl, brat, conll, timeml }

    @Argument(help: "The corpus to read (file or directory).")
    var input: String

    @Option(help: "Input format: auto, jsonl, doccano, brat, conll, timeml.")
    var from: CorpusFormat = .auto

    @Option(help: "Output format: jsonl, brat, conll, timeml.")
    var to: Target = .jsonl

    @Option(name: .shortAndLong, help: "Output file (jsonl, conll) or directory (brat, timeml).")
    var output: String?

    func validate() throws {
        if (to == .brat || to == .timeml) && output == nil {
            throw ValidationError("--to \(to.rawValue) writes one file per document: give the directory with --output")
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let documents = try readCorpus(input, format: from, command: "gazette convert")
        do {
            switch to {
            case .jsonl:
                try emit(CorpusWriter.jsonl(documents))
            case .conll:
                let (text, skipped) = try CorpusWriter.conll(documents)
                if skipped > 0 { printError("warning: \(skipped) overlapping spans cannot be written as IOB2; left out") }
                try emit(text)
            case .brat:
                try CorpusWriter.brat(documents, directory: output!)
            case .timeml:
                let skipped = try CorpusWriter.timeml(documents, directory: output!)
                if skipped > 0 { printError("warning: \(skipped) overlapping temporal spans cannot be inlined; left out") }
            }
        } catch {
            printError("gazette convert: \(error)")
            throw ExitCode(74)
        }
    }

    private func emit(_ text: String) throws(CorpusError) {
        var text = text
        let fd: Int32
        if let output {
            fd = open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if fd < 0 { throw CorpusError("\(output): \(String(cString: strerror(errno)))") }
        } else {
            fd = 1
        }
        defer { if fd != 1 { close(fd) } }
        let ok = text.withUTF8 { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno == EPIPE
                }
                offset += n
            }
            return true
        }
        if !ok { throw CorpusError("\(output ?? "standard output"): \(String(cString: strerror(errno)))") }
    }
}
