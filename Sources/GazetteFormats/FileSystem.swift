#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a corpus could not be read or written.
public struct CorpusError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The few file operations the readers and writers need (POSIX, no Foundation).
enum FileSystem {
    static func errorText() -> String { String(cString: strerror(errno)) }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    static func read(_ path: String) throws(CorpusError) -> String {
        guard let f = fopen(path, "rb") else { throw CorpusError("\(path): \(errorText())") }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n > 0 { bytes.append(contentsOf: chunk[0 ..< n]) }
            if n < chunk.count { break }
        }
        if ferror(f) != 0 { throw CorpusError("\(path): read error") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw CorpusError("\(path): not valid UTF-8") }
        return text
    }

    static func write(_ path: String, _ text: String) throws(CorpusError) {
        guard let f = fopen(path, "wb") else { throw CorpusError("\(path): \(errorText())") }
        var text = text
        let ok = text.withUTF8 { $0.isEmpty || fwrite($0.baseAddress, 1, $0.count, f) == $0.count }
        if fclose(f) != 0 || !ok { throw CorpusError("\(path): write error") }
    }

    /// Creates `path` and its missing parents.
    static func makeDirectories(_ path: String) throws(CorpusError) {
        var current = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + part
            if isDirectory(current) { continue }
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw CorpusError("\(current): \(errorText())") }
        }
    }

    /// Files under `path`, recursively, as paths relative to it, sorted; hidden entries skipped.
    static func files(under path: String) throws(CorpusError) -> [String] {
        var result: [String] = []
        var stack = [""]
        while let relative = stack.popLast() {
            let dirPath = relative.isEmpty ? path : path + "/" + relative
            guard let dir = opendir(dirPath) else { throw CorpusError("\(dirPath): \(errorText())") }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                if isDirectory(path + "/" + child) { stack.append(child) } else { result.append(child) }
            }
        }
        return result.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}

extension String {
    /// The file name without directories and without its last extension.
    var stem: String {
        let name = split(separator: "/").last.map(String.init) ?? self
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The last extension, lower-cased, without the dot ("" when there is none).
    var fileExtension: String {
        let name = split(separator: "/").last.map(String.init) ?? self
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// The path without its last extension.
    var droppingExtension: String {
        let ext = fileExtension
        return ext.isEmpty ? self : String(dropLast(ext.count + 1))
    }
}
