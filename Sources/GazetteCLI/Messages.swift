import ArgumentParser
import GazetteFormats
#if canImport(Glibc)
import Glibc
#endif

/// Failures the command line reports with their own exit status (see `GazetteCommand.main`).
enum CLIError: Error, CustomStringConvertible {
    /// The output cannot be written: exit 74 (EX_IOERR).
    case output(String)

    var description: String {
        switch self {
        case let .output(message): return message
        }
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    var bytes = Array((line + "\n").utf8)
    bytes.withUnsafeMutableBytes { _ = write(2, $0.baseAddress, $0.count) }
}

/// The documents of an annotated corpus, with its warnings on standard error; a corpus
/// that cannot be read is reported as `command: ...` and exits 65 (EX_DATAERR).
func readCorpus(_ path: String, format: CorpusFormat, command: String) throws -> [EvalDocument] {
    do {
        let read = try CorpusReader.read(path, format: format)
        for w in read.warnings { printError("warning: \(w)") }
        return read.documents
    } catch {
        printError("\(command): \(error)")
        throw ExitCode(65)
    }
}
