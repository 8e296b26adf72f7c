import GazetteDocuments
import GazetteJSON
#if canImport(Glibc)
import Glibc
#endif

/// Reads annotated FORMAT.md JSONL (Gazette's output, gold corpora) as documents with
/// their spans, streaming, line by line, for `gazette render`.
///
/// Paths are files or `-` (standard input); blank lines are skipped. A line that is
/// not a document, or that has a malformed span, becomes an `InputError` in place and
/// reading goes on.
public final class AnnotatedJSONL: IteratorProtocol {
    /// A document and its spans, or why a line or file could not be read.
    public enum Item {
        case document(Document, [HTMLMark])
        case error(InputError)
    }

    private var pending: [String]
    private var file: UnsafeMutablePointer<FILE>?
    private var source = ""
    private var lineNumber = 0
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    public init(paths: [String]) {
        pending = (paths.isEmpty ? ["-"] : paths).reversed()
    }

    deinit {
        closeFile()
        free(buffer)
    }

    public func next() -> Item? {
        while true {
            guard let file else {
                guard let path = pending.popLast() else { return nil }
                if let failure = open(path) { return .error(failure) }
                continue
            }
            errno = 0
            let n = getline(&buffer, &capacity, file)
            if n < 0 {
                let failed = ferror(file) != 0
                let code = errno
                closeFile()
                if failed { return .error(InputError(String(cString: strerror(code)), source: source)) }
                continue
            }
            lineNumber += 1
            var count = n
            while count > 0, let b = buffer?[count - 1], b == 0x0A || b == 0x0D { count -= 1 }
            let item = buffer!.withMemoryRebound(to: UInt8.self, capacity: count) {
                Self.item(line: UnsafeBufferPointer(start: $0, count: count), source: source, lineNumber: lineNumber)
            }
            if let item { return item }
        }
    }

    /// The item of one line, nil for a blank line.
    public static func item(line: UnsafeBufferPointer<UInt8>, source: String, lineNumber: Int) -> Item? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return .error(InputError("malformed JSON: \(error)", source: source, line: lineNumber))
        }
        switch JSONLDocument.make(value: value, source: source, lineNumber: lineNumber) {
        case let .error(e):
            return .error(e)
        case let .document(doc):
            var marks: [HTMLMark] = []
            if let spans = value["spans"] {
                guard let list = spans.arrayValue else {
                    return .error(InputError("\"spans\" must be an array, found \(spans.typeName)", source: source, line: lineNumber))
                }
                for (k, span) in list.enumerated() {
                    do {
                        marks.append(try HTMLMark(json: span))
                    } catch {
                        return .error(InputError("span \(k + 1): \(error)", source: source, line: lineNumber))
                    }
                }
            }
            return .document(doc, marks)
        }
    }

    private func open(_ path: String) -> InputError? {
        source = path
        lineNumber = 0
        if path == "-" {
            // A duplicate of standard input, so that closing the stream leaves it open.
            let fd = dup(0)
            guard fd >= 0 else { return InputError(String(cString: strerror(errno)), source: path) }
            guard let f = fdopen(fd, "rb") else {
                close(fd)
                return InputError(String(cString: strerror(errno)), source: path)
            }
            file = f
            return nil
        }
        var st = stat()
        if stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { return InputError("is a directory", source: path) }
        guard let f = fopen(path, "rb") else { return InputError(String(cString: strerror(errno)), source: path) }
        file = f
        return nil
    }

    private func closeFile() {
        if let file { fclose(file) }
        file = nil
    }
}
