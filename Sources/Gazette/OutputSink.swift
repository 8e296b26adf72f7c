import GazetteDocuments
#if canImport(Glibc)
import Glibc
#endif

/// Where the pipeline writes annotated items; used by the writer thread only.
public protocol OutputTarget: AnyObject, Sendable {
    /// Writes one item's bytes; `origin` names the input it came from.
    func write(_ bytes: [UInt8], origin: String) -> OutputFailure?
    /// Writes out what is buffered, so that a reader downstream sees it now.
    func flush() -> OutputFailure?
    /// Ends the run: `complete` is false when it was interrupted or failed.
    func finish(complete: Bool) -> OutputFailure?
}

/// Why writing stopped.
public enum OutputFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The reader went away (EPIPE): not an error, the run stops quietly.
    case closed
    case failed(String)

    public var description: String {
        switch self {
        case .closed: return "the output was closed"
        case let .failed(message): return message
        }
    }
}

/// Repeats an input error on standard error as `gazette: source:line: message`.
func reportInputError(_ e: InputError) {
    var message = Array("gazette: \(e.description)\n".utf8)
    message.withUnsafeMutableBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
}

/// Writes everything to one file descriptor (standard output or `--output`), buffered.
public final class OutputSink: OutputTarget, @unchecked Sendable {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 16

    /// Writes to standard output.
    public static func standardOutput() -> OutputSink { OutputSink(fd: 1, ownsDescriptor: false) }

    /// Creates (or truncates) `path` and writes to it.
    public static func file(_ path: String) throws(OutputFailure) -> OutputSink {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw .failed("\(path): \(String(cString: strerror(errno)))") }
        return OutputSink(fd: fd, ownsDescriptor: true)
    }

    init(fd: Int32, ownsDescriptor: Bool) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        buffer.reserveCapacity(flushThreshold * 2)
    }

    deinit {
        _ = flush()
        if ownsDescriptor { close(fd) }
    }

    public func write(_ bytes: [UInt8], origin: String) -> OutputFailure? {
        buffer.append(contentsOf: bytes)
        return buffer.count >= flushThreshold ? flush() : nil
    }

    public func finish(complete: Bool) -> OutputFailure? { flush() }

    public func flush() -> OutputFailure? {
        if buffer.isEmpty { return nil }
        defer { buffer.removeAll(keepingCapacity: true) }
        return writeAll(buffer, to: fd)
    }
}

/// Writes all of `bytes` to `fd`, retrying interrupted and partial writes. A reader
/// that went away (EPIPE) is `.closed`.
func writeAll(_ bytes: [UInt8], to fd: Int32) -> OutputFailure? {
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
        if n < 0 {
            if errno == EINTR { continue }
            if errno == EPIPE { return .closed }
            return .failed("cannot write the output: \(String(cString: strerror(errno)))")
        }
        offset += n
    }
    return nil
}
