#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress report on standard error, redrawn at most every quarter
/// second: documents, MB read, MB/s and, when the input size is known, ETA.
public final class ProgressLine: @unchecked Sendable {
    private let start = ProgressLine.now()
    private var lastDraw = 0.0
    private let totalBytes: Int?
    private var drawn = false

    public init(totalBytes: Int?) { self.totalBytes = totalBytes }

    /// Whether standard error is a terminal.
    public static var isTerminal: Bool { isatty(2) == 1 }

    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public func update(_ s: Pipeline.Summary, final: Bool = false) {
        let t = Self.now()
        guard final || t - lastDraw >= 0.25 else { return }
        lastDraw = t
        let elapsed = max(t - start, 1e-6)
        let mb = Double(s.bytes) / 1e6
        var line = "\r\(s.documents) docs, \(s.errors) errors, \(Self.format(mb)) MB, \(Self.format(mb / elapsed)) MB/s"
        if let total = totalBytes, total > 0, s.bytes > 0, !final {
            let remaining = Double(total - s.bytes) / (Double(s.bytes) / elapsed)
            line += ", ETA \(Int(max(0, remaining).rounded()))s"
        }
        line += "\u{1B}[K"
        if final { line += "\n" }
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { _ = write(2, $0.baseAddress, $0.count) }
        drawn = true
    }

    static func format(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
