import GazetteJSON
#if canImport(Glibc)
import Glibc
#endif

/// How to read an input.
public enum InputFormat: String, Sendable, CaseIterable {
    /// `.jsonl` files as JSONL and other files as text; standard input by its first non-blank byte.
    case auto
    case text
    case jsonl
}

/// Options for `InputReader`.
public struct InputOptions: Sendable {
    public var format: InputFormat
    /// Replace invalid UTF-8 with U+FFFD instead of reporting an error.
    public var lossy: Bool
    /// Inputs (by origin) to pass over, as `--resume` does for finished ones.
    public var skip: (@Sendable (String) -> Bool)?

    public init(format: InputFormat = .auto, lossy: Bool = false, skip: (@Sendable (String) -> Bool)? = nil) {
        self.format = format
        self.lossy = lossy
        self.skip = skip
    }
}

/// Turns command-line paths into a stream of documents and errors, in a fixed order.
///
/// - `-` is standard input: JSONL streamed line by line, or one text document;
/// - a directory is read recursively, entries sorted by name, hidden ones skipped,
///   each directory visited once (symbolic-link loops are reported, not followed);
///   a text file's id is its path relative to the directory given;
/// - a file is one text document (id: the path as given) or a JSONL stream, whose
///   lines come unparsed (`InputRecord.line`; `parsed()` parses one).
/// Every problem becomes an `InputError` item in place; reading goes on.
public final class InputReader: IteratorProtocol {
    private let options: InputOptions
    private var pending: [Pending]
    private var lines: LineReader?
    private var visited: Set<[UInt64]> = []

    private enum Pending {
        case path(String)
        case stdin
        /// A file found in a directory walk, with the id it gets as text.
        case entry(path: String, id: String)
        /// A directory to expand, with the id prefix of its entries.
        case directory(path: String, idPrefix: String)
    }

    public init(paths: [String], options: InputOptions = InputOptions()) {
        self.options = options
        let inputs = paths.isEmpty ? ["-"] : paths
        pending = inputs.reversed().map { $0 == "-" ? .stdin : .path($0) }
    }

    public func next() -> InputRecord? {
        while true {
            if let reader = lines {
                var item: InputRecord?
                do {
                    let more = try reader.next { line in
                        if Self.isBlank(line) { return }
                        item = .line(JSONLine(bytes: Array(line), source: reader.source, lineNumber: reader.lineNumber,
                                              origin: reader.origin))
                    }
                    if !more { lines = nil }
                } catch {
                    lines = nil
                    return .item(InputItem.error(error).with(origin: reader.origin))
                }
                if let item { return item }
                continue
            }
            guard let next = pending.popLast() else { return nil }
            let item: InputItem?
            switch next {
            case .stdin: item = openStdin()
            case let .path(path): item = open(path: path)
            case let .entry(path, id): item = openFile(path, id: id, origin: id)
            case let .directory(path, prefix): item = expand(path, idPrefix: prefix)
            }
            if let item { return .item(item) }
        }
    }

    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private func open(path: String) -> InputItem? {
        let info = FileIO.stat(path)
        switch info.kind {
        case .missing:
            return .error(InputError(info.error ?? "cannot be read", source: path))
        case .directory:
            visited.insert([info.device, info.inode])
            return expand(path, idPrefix: "")
        case .file, .other:
            return openFile(path, id: path, origin: Self.fileName(path))
        }
    }

    /// Queues the entries of a directory (sorted, hidden ones skipped).
    private func expand(_ path: String, idPrefix: String) -> InputItem? {
        let names: [String]
        do { names = try FileIO.list(path) } catch { return .error(error) }
        var entries: [Pending] = []
        for name in names where !name.hasPrefix(".") {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            let id = idPrefix + name
            let info = FileIO.stat(child)
            switch info.kind {
            case .missing:
                entries.append(.entry(path: child, id: id)) // reported when it is read
            case .directory:
                if visited.insert([info.device, info.inode]).inserted {
                    entries.append(.directory(path: child, idPrefix: id + "/"))
                } else {
                    entries.append(.entry(path: child, id: id)) // reported as a loop below
                }
            case .file, .other:
                entries.append(.entry(path: child, id: id))
            }
        }
        pending.append(contentsOf: entries.reversed())
        return nil
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private func openFile(_ path: String, id: String, origin: String) -> InputItem? {
        if let skip = options.skip, skip(origin) { return nil }
        return readFile(path, id: id, origin: origin)?.with(origin: origin)
    }

    private func readFile(_ path: String, id: String, origin: String) -> InputItem? {
        let info = FileIO.stat(path)
        if info.kind == .directory {
            return .error(InputError("directory already visited (a symbolic-link loop?); skipped", source: path))
        }
        if info.kind == .missing { return .error(InputError(info.error ?? "cannot be read", source: path)) }
        let asJSONL = options.format == .jsonl || (options.format == .auto && path.hasSuffix(".jsonl"))
        if asJSONL {
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 { return .error(InputError(FileIO.errorText(), source: path)) }
            lines = LineReader(fd: fd, source: path, origin: origin, ownsDescriptor: true)
            return nil
        }
        do {
            let bytes = try FileIO.readAll(path)
            return textItem(bytes, id: id, source: path)
        } catch {
            return .error(error)
        }
    }

    private func textItem(_ bytes: [UInt8], id: String, source: String) -> InputItem {
        switch TextDecoding.decode(bytes, lossy: options.lossy) {
        case let .success(text): return .document(TextDocument.make(id: id, text: text, source: source))
        case let .failure(failure): return .error(InputError(failure.description, source: source))
        }
    }

    /// Standard input: JSONL when asked, or in auto mode when its first non-blank byte is `{`.
    private func openStdin() -> InputItem? {
        if let skip = options.skip, skip("stdin") { return nil }
        return readStdin()?.with(origin: "stdin")
    }

    private func readStdin() -> InputItem? {
        var prefix: [UInt8] = []
        var format = options.format
        if format == .auto {
            var byte: UInt8 = 0
            format = .text
            while read(0, &byte, 1) == 1 {
                prefix.append(byte)
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
                if byte == UInt8(ascii: "{") { format = .jsonl }
                break
            }
        }
        if format == .jsonl {
            lines = LineReader(fd: 0, source: "-", origin: "stdin", ownsDescriptor: false, prefix: prefix)
            return nil
        }
        do {
            let rest = try FileIO.readAll(fd: 0, source: "-")
            return textItem(prefix + rest, id: "-", source: "-")
        } catch {
            return .error(error)
        }
    }
}

extension InputReader {
    /// The total size in bytes of the files under `paths`, or nil when standard
    /// input is among them (its size is not known in advance).
    public static func totalBytes(of paths: [String]) -> Int? {
        var total = 0
        var stack = paths.isEmpty ? ["-"] : paths
        var seen: Set<[UInt64]> = []
        while let path = stack.popLast() {
            if path == "-" { return nil }
            let info = FileIO.stat(path)
            switch info.kind {
            case .directory:
                guard seen.insert([info.device, info.inode]).inserted,
                      let names = try? FileIO.list(path) else { continue }
                for name in names where !name.hasPrefix(".") { stack.append(path + "/" + name) }
            case .file:
                total += info.size
            case .other, .missing:
                continue
            }
        }
        return total
    }
}
