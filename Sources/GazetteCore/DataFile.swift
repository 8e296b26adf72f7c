#if canImport(Glibc)
import Glibc
#endif

/// Reads the plain data files recognizers load (the gazetteer lists, the date lists) whole.
public enum DataFile {
    /// The bytes of the file at `path`, or nil when it cannot be opened or read.
    public static func bytes(at path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0 ..< n])
        }
        return ferror(f) != 0 ? nil : bytes
    }
}
