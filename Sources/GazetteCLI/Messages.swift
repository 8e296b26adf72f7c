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
