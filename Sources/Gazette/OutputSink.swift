import GazetteDocuments
#if canImport(Glibc)
import Glibc
#endif

/// Where the pipeline writes: a file descriptor, with a buffer, and the stream for
/// error messages.
///
/// A reader that goes away (EPIPE) is not an error: the run stops quietly.
public final class OutputSink: @unchecked Sendable {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 16
    private let reportErrors: Bool

    /// Why writing stopped.
    public enum Failure: Error, Equatable {
        case closed
        case failed(String)
    }

    /// Writes to standard output.
    public static func standardOutput(reportErrors: Bool = true) -> OutputSink {
        OutputSink(fd: 1, ownsDescriptor: false, reportErrors: reportErrors)
    }

    /// Creates (or truncates) `path` and writes to it.
    public static func file(_ path: String, reportErrors: Bool = true) throws(Failure) -> OutputSink {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw .failed("\(path): \(String(cString: strerror(errno)))") }
        return OutputSink(fd: fd, ownsDescriptor: true, reportErrors: reportErrors)
    }

    init(fd: Int32, ownsDescriptor: Bool, reportErrors: Bool) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        self.reportErrors = reportErrors
        buffer.reserveCapacity(flushThreshold * 2)
    }

    deinit {
        _ = flush()
        if ownsDescriptor { close(fd) }
    }

    /// Appends bytes, writing them out when the buffer is full.
    public func write(_ bytes: [UInt8]) -> Failure? {
        buffer.append(contentsOf: bytes)
        return buffer.count >= flushThreshold ? flush() : nil
    }

    /// Writes out what is buffered.
    public func flush() -> Failure? {
        var offset = 0
        defer { buffer.removeAll(keepingCapacity: true) }
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { return .closed }
                return .failed("cannot write the output: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        return nil
    }

    /// Repeats an input error on standard error.
    func reportError(_ e: InputError) {
        guard reportErrors else { return }
        var message = Array("gazette: \(e.description)\n".utf8)
        message.withUnsafeMutableBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
