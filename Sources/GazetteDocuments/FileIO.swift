#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX file access with errors worded for users (`No such file or directory`).
enum FileIO {
    enum Kind { case file, directory, other, missing }

    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// What `path` is (following symbolic links), with its device and inode.
    static func stat(_ path: String) -> (kind: Kind, device: UInt64, inode: UInt64, size: Int, error: String?) {
        var st = Glibc.stat()
        if fstatat(AT_FDCWD, path, &st, 0) != 0 { return (.missing, 0, 0, 0, errorText()) }
        let mode = st.st_mode & S_IFMT
        let kind: Kind = mode == S_IFDIR ? .directory : (mode == S_IFREG ? .file : .other)
        return (kind, UInt64(st.st_dev), UInt64(st.st_ino), Int(st.st_size), nil)
    }

    /// The whole content of a file.
    static func readAll(_ path: String) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw InputError(errorText(), source: path) }
        defer { close(fd) }
        return try readAll(fd: fd, source: path)
    }

    static func readAll(fd: Int32, source: String) throws(InputError) -> [UInt8] {
        var result: [UInt8] = []
        var st = Glibc.stat()
        if fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFDIR {
            throw InputError("is a directory", source: source)
        }
        if fstat(fd, &st) == 0, st.st_size > 0 { result.reserveCapacity(Int(st.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR && !Interruption.requested { continue }
                if errno == EINTR { break }
                throw InputError(errorText(), source: source)
            }
            if n == 0 { break }
            result.append(contentsOf: chunk[0 ..< n])
        }
        return result
    }

    /// Names in a directory, sorted by their UTF-8 bytes, without `.` and `..`.
    static func list(_ path: String) throws(InputError) -> [String] {
        guard let dir = opendir(path) else { throw InputError(errorText(), source: path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}

/// Reads a file descriptor line by line, with a buffer; lines may be of any length.
final class LineReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    let source: String
    let origin: String
    private(set) var lineNumber = 0

    init(fd: Int32, source: String, origin: String, ownsDescriptor: Bool, prefix: [UInt8] = []) {
        self.fd = fd
        self.source = source
        self.origin = origin
        self.ownsDescriptor = ownsDescriptor
        buffer = prefix
    }

    deinit { if ownsDescriptor { close(fd) } }

    /// The next line without its `\n` (and a `\r` before it), or nil at the end.
    func next(_ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(InputError) -> Bool {
        var scanFrom = start
        while true {
            if let nl = buffer[scanFrom...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                lineNumber += 1
                buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start ..< end])) }
                start = nl + 1
                return true
            }
            if atEnd {
                guard start < buffer.count else { return false }
                lineNumber += 1
                buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
                start = buffer.count
                return true
            }
            if start > 0 {
                buffer.removeSubrange(0 ..< start)
                start = 0
            }
            scanFrom = buffer.count
            try fill()
        }
    }

    private func fill() throws(InputError) {
        let old = buffer.count
        let want = max(1 << 16, old)
        buffer.append(contentsOf: repeatElement(0, count: want))
        var n = 0
        repeat {
            n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, want) }
        } while n < 0 && errno == EINTR && !Interruption.requested
        if n < 0 && errno == EINTR { n = 0 } // interrupted: end the input here
        if n < 0 {
            buffer.removeSubrange(old...)
            throw InputError(FileIO.errorText(), source: source)
        }
        buffer.removeSubrange((old + n)...)
        if n == 0 { atEnd = true }
    }
}
