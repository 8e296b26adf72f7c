#if canImport(Glibc)
import Glibc
#endif

/// `--output-dir`: one output file per input file, mirroring the input tree, or one
/// per name the pipeline gives (`OutputFormat.namesFilesByDocument`).
///
/// The output of input `a/b.txt` is `DIR/a/b.txt.jsonl` (with the suffix `.jsonl`: a
/// `.jsonl` input keeps its name; standard input is `stdin.jsonl`); without a suffix,
/// origins are already file names (`a/b.txt.tml`) and each write is a whole file, so
/// a name written twice keeps the last. Each is written to a hidden temporary
/// file beside it (`.b.txt.jsonl.partial`) and renamed into place once its input
/// is complete, so a reader never sees a half-written file and `--resume` can
/// skip every input whose output exists. On interruption the partial file of the
/// input in hand is removed.
public final class DirectoryOutput: OutputTarget, @unchecked Sendable {
    private let root: String
    private let suffix: String?
    private var current: (origin: String, fd: Int32, temporary: String, final: String)?
    private var buffer: [UInt8] = []

    /// Creates `root` (and its parents) when missing. `suffix` is appended to each
    /// input's path (unless it ends with it already); nil writes origins as named.
    public init(root: String, suffix: String? = ".jsonl") throws(OutputFailure) {
        self.suffix = suffix
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        if let message = Self.makeDirectories(self.root) { throw .failed("\(root): \(message)") }
    }

    /// The path of the output of input `origin`.
    public func outputPath(for origin: String) -> String {
        let cleaned = origin.split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "/")
        guard let suffix else { return root + "/" + cleaned }
        return root + "/" + (cleaned.hasSuffix(suffix) ? cleaned : cleaned + suffix)
    }

    /// Whether the output of input `origin` is complete (it exists: outputs appear only whole).
    public func isComplete(_ origin: String) -> Bool {
        access(outputPath(for: origin), F_OK) == 0
    }

    public func write(_ bytes: [UInt8], origin: String) -> OutputFailure? {
        if current?.origin != origin || suffix == nil {
            if let failure = close(keep: true) { return failure }
            if let failure = open(origin) { return failure }
        }
        buffer.append(contentsOf: bytes)
        return buffer.count >= 1 << 16 ? flush() : nil
    }

    public func finish(complete: Bool) -> OutputFailure? { close(keep: complete) }

    private func open(_ origin: String) -> OutputFailure? {
        let final = outputPath(for: origin)
        let slash = final.lastIndex(of: "/")!
        let directory = String(final[..<slash])
        let temporary = directory + "/." + final[final.index(after: slash)...] + ".partial"
        if let message = Self.makeDirectories(directory) { return .failed("\(directory): \(message)") }
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { return .failed("\(temporary): \(String(cString: strerror(errno)))") }
        current = (origin, fd, temporary, final)
        return nil
    }

    /// Closes the file in hand: renamed into place when `keep`, removed otherwise.
    private func close(keep: Bool) -> OutputFailure? {
        guard let file = current else { return nil }
        current = nil
        var failure = keep ? flush(fd: file.fd) : nil
        buffer.removeAll(keepingCapacity: true)
        if keep && failure == nil && fsync(file.fd) != 0 {
            failure = .failed("\(file.temporary): \(String(cString: strerror(errno)))")
        }
        Glibc.close(file.fd)
        if keep && failure == nil {
            if rename(file.temporary, file.final) != 0 {
                failure = .failed("\(file.final): \(String(cString: strerror(errno)))")
            }
        } else {
            unlink(file.temporary)
        }
        return failure
    }

    /// Writes what is buffered to the current input's partial file.
    public func flush() -> OutputFailure? {
        guard let file = current else { return nil }
        return flush(fd: file.fd)
    }

    private func flush(fd: Int32) -> OutputFailure? {
        defer { buffer.removeAll(keepingCapacity: true) }
        return writeAll(buffer, to: fd)
    }

    /// `mkdir -p`; nil on success, else the reason.
    private static func makeDirectories(_ path: String) -> String? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { return String(cString: strerror(errno)) }
            var st = stat()
            if fstatat(AT_FDCWD, prefix, &st, 0) != 0 || st.st_mode & S_IFMT != S_IFDIR {
                return "\(prefix) is not a directory"
            }
            prefix += "/"
        }
        return nil
    }
}
