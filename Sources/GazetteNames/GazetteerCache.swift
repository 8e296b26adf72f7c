import CICU
import GazetteCore
import GazetteText
#if canImport(Glibc)
import Glibc
#endif

/// A folder of compiled gazetteers: `Gazetteers.load` reads one there in a few
/// milliseconds instead of compiling the lists (tens of milliseconds for the shipped
/// ones, most of a second for a million names).
///
/// One file per gazetteer folder, named by the folder's path. Its key covers this
/// program (its path, size and modification time), the ICU version, and the path,
/// size, inode and modification time of `manifest.tsv` and of every list it names: a
/// list edited, added or removed, a new build of the program, or a new ICU makes the
/// file stale, and the next load compiles the lists and replaces it. A file that is
/// stale, damaged or unreadable is never used; one that cannot be written is left
/// alone (the load still succeeds). Files are written whole, then renamed into place,
/// so processes that load at the same time never see half a file.
public struct GazetteerCache: Sendable {
    /// The folder the files go in (made when first written).
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The environment variable that sets the cache folder; `off` turns the cache off.
    public static let environmentVariable = "GAZETTE_CACHE"

    /// `$GAZETTE_CACHE` (nil when it is `off`), else `$XDG_CACHE_HOME/gazette`, else
    /// `$HOME/.cache/gazette`; nil when none is set.
    public static var standard: GazetteerCache? {
        if let value = environment(environmentVariable) {
            return value == "off" || value.isEmpty ? nil : GazetteerCache(directory: value)
        }
        if let xdg = environment("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return GazetteerCache(directory: xdg + "/gazette") }
        if let home = environment("HOME"), home.hasPrefix("/") { return GazetteerCache(directory: home + "/.cache/gazette") }
        return nil
    }

    /// The file for the gazetteers of `folder`.
    func path(for folder: String) -> String {
        var h = Fingerprint()
        h.add(Self.canonical(folder))
        return directory + "/gazetteers-" + String(h.value, radix: 16) + ".bin"
    }

    /// The key of the lists `files` of `folder` as they are now; nil when a file cannot
    /// be examined (loading will then report it).
    func key(directory folder: String, files: [String]) -> UInt64? {
        var h = Fingerprint()
        h.add(UInt64(Self.formatVersion))
        h.add(Self.programIdentity)
        h.add(Self.canonical(folder))
        for file in ["manifest.tsv"] + files {
            var st = stat()
            guard stat(folder + "/" + file, &st) == 0 else { return nil }
            h.add(file)
            h.add(UInt64(bitPattern: Int64(st.st_size)))
            h.add(UInt64(st.st_ino))
            h.add(UInt64(bitPattern: Int64(st.st_mtim.tv_sec)))
            h.add(UInt64(bitPattern: Int64(st.st_mtim.tv_nsec)))
        }
        return h.value
    }

    /// The gazetteers stored for `folder` under `key`, or nil (no file, another key, damaged).
    func read(key: UInt64, directory folder: String, started: Double) -> Gazetteers? {
        // Mapped, not read: the arrays are copied straight from the page cache.
        let fd = open(path(for: folder), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= 24, let map = mmap(nil, Int(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0),
              map != MAP_FAILED else { return nil }
        defer { munmap(map, Int(st.st_size)) }
        let raw = UnsafeRawBufferPointer(start: map, count: Int(st.st_size))
        var reader = BinaryReader(raw)
        guard (try? reader.readUInt64()) == Self.magic, (try? reader.readUInt64()) == key,
              let checksum = try? reader.readUInt64(), Self.checksum(raw, from: reader.offset) == checksum
        else { return nil }
        return try? Gazetteers(reading: &reader, directory: folder, started: started)
    }

    /// Stores `gazetteers` for their folder under `key`; failures leave the cache as it was.
    func write(_ gazetteers: Gazetteers, key: UInt64) {
        var payload = BinaryWriter()
        gazetteers.write(to: &payload)
        var header = BinaryWriter()
        header.write(Self.magic)
        header.write(key)
        let body = payload.bytes
        header.write(body.withUnsafeBytes { Self.checksum($0, from: 0) })
        guard Self.makeDirectory(directory) else { return }
        let target = path(for: gazetteers.directory)
        // A name of its own for each writer (threads of one process too).
        var template = Array((target + ".XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let written = fchmod(fd, 0o644) == 0 && Self.writeAll(fd, header.bytes) && Self.writeAll(fd, body)
        close(fd)
        if !written || rename(temporary, target) != 0 { unlink(temporary) }
    }

    // MARK: details

    /// Bumped when the layout of the file changes.
    static let formatVersion = 2
    static let magic: UInt64 = 0x3130_5a41_4743_5a47 // "GZCGAZ01"

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// This program's file (path, size, inode, modification time) and the ICU version:
    /// what compiled the lists.
    static let programIdentity: UInt64 = {
        var h = Fingerprint()
        var version = [UInt8](repeating: 0, count: 4)
        gz_icu_version(&version)
        for v in version { h.add(UInt64(v)) }
        let exe = canonical("/proc/self/exe")
        h.add(exe)
        var st = stat()
        if stat(exe, &st) == 0 {
            h.add(UInt64(bitPattern: Int64(st.st_size)))
            h.add(UInt64(st.st_ino))
            h.add(UInt64(bitPattern: Int64(st.st_mtim.tv_sec)))
            h.add(UInt64(bitPattern: Int64(st.st_mtim.tv_nsec)))
        }
        return h.value
    }()

    /// A checksum of the 8-byte words of `raw` from `offset` (a multiple of 8), in four
    /// lanes so that it runs at memory speed.
    static func checksum(_ raw: UnsafeRawBufferPointer, from offset: Int) -> UInt64 {
        let words = (raw.count - offset) / 8
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        let m: UInt64 = 0x9E37_79B9_7F4A_7C15
        var k = 0
        while k + 4 <= words {
            let b = offset + 8 * k
            lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: b, as: UInt64.self)) &* m
            lanes.1 = (lanes.1 ^ raw.loadUnaligned(fromByteOffset: b + 8, as: UInt64.self)) &* m
            lanes.2 = (lanes.2 ^ raw.loadUnaligned(fromByteOffset: b + 16, as: UInt64.self)) &* m
            lanes.3 = (lanes.3 ^ raw.loadUnaligned(fromByteOffset: b + 24, as: UInt64.self)) &* m
            k += 4
        }
        while k < words {
            lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: offset + 8 * k, as: UInt64.self)) &* m
            k += 1
        }
        return (lanes.0 ^ (lanes.1 >> 7) ^ (lanes.2 << 13) ^ (lanes.3 >> 29)) &+ UInt64(words)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
    }

    /// `mkdir -p`.
    private static func makeDirectory(_ path: String) -> Bool {
        var st = stat()
        if stat(path, &st) == 0 { return (st.st_mode & S_IFMT) == S_IFDIR }
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !parent.isEmpty, !makeDirectory(parent) { return false }
        return mkdir(path, 0o755) == 0 || errno == EEXIST
    }
}

/// FNV-1a over words and strings, for cache keys.
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ word: UInt64) {
        var w = word
        for _ in 0 ..< 8 {
            value = (value ^ (w & 0xFF)) &* 0x100_0000_01b3
            w >>= 8
        }
    }

    mutating func add(_ string: String) {
        for b in string.utf8 { value = (value ^ UInt64(b)) &* 0x100_0000_01b3 }
        add(UInt64(string.utf8.count))
    }
}

extension Gazetteers {
    /// Writes everything `load` compiled, for `init(reading:directory:started:)`.
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt64(sizes.count))
        for (file, count) in sizes {
            writer.write(string: file)
            writer.write(UInt64(count))
        }
        table.write(to: &writer)
        writer.write(array: byID)
        writer.write(UInt64(surnameEndings.count))
        for ending in surnameEndings { writer.write(array: ending) }
        // The entries by column: label and list indices, names and canonical names as
        // UTF-8 with their ends (a canonical name equal to the name is not repeated),
        // and the exact units of names matched with their case.
        var lists: [String] = []
        var listIndex: [String: UInt16] = [:]
        var labels: [UInt8] = [], listOf: [UInt16] = [], sameCanonical: [UInt8] = []
        var names: [UInt8] = [], nameEnds: [UInt32] = [], canonicals: [UInt8] = [], canonicalEnds: [UInt32] = []
        var exactCounts: [Int32] = [], exactLengths: [UInt32] = [], exactUnits: [UInt16] = []
        let allLabels = Label.allCases
        for e in entries {
            labels.append(UInt8(allLabels.firstIndex(of: e.label)!))
            if listIndex[e.list] == nil {
                listIndex[e.list] = UInt16(lists.count)
                lists.append(e.list)
            }
            listOf.append(listIndex[e.list]!)
            names.append(contentsOf: e.name.utf8)
            nameEnds.append(UInt32(names.count))
            let same = e.canonical == e.name
            sameCanonical.append(same ? 1 : 0)
            if !same { canonicals.append(contentsOf: e.canonical.utf8) }
            canonicalEnds.append(UInt32(canonicals.count))
            if let exact = e.exact {
                exactCounts.append(Int32(exact.count))
                for token in exact {
                    exactUnits.append(contentsOf: token)
                    exactLengths.append(UInt32(token.count))
                }
            } else {
                exactCounts.append(-1)
            }
        }
        writer.write(UInt64(lists.count))
        for list in lists { writer.write(string: list) }
        for column in [labels, sameCanonical, names, canonicals] { writer.write(array: column) }
        writer.write(array: listOf)
        writer.write(array: nameEnds)
        writer.write(array: canonicalEnds)
        writer.write(array: exactCounts)
        writer.write(array: exactLengths)
        writer.write(array: exactUnits)
        trie.write(to: &writer)
    }

    /// Reads what `write(to:)` wrote; throws when the parts do not fit together.
    convenience init(reading reader: inout BinaryReader, directory: String, started: Double) throws(BinaryReader.Damaged) {
        var sizes: [(file: String, count: Int)] = []
        for _ in 0 ..< (try reader.readCount(limit: 1 << 16)) {
            sizes.append((try reader.readString(), try reader.readCount()))
        }
        let table = try TokenTable(reading: &reader)
        let byID: [UInt64] = try reader.readArray()
        var endings: [[UInt16]] = []
        for _ in 0 ..< (try reader.readCount(limit: 1 << 16)) { endings.append(try reader.readArray()) }
        var lists: [String] = []
        for _ in 0 ..< (try reader.readCount(limit: 1 << 16)) { lists.append(try reader.readString()) }
        let labels: [UInt8] = try reader.readArray(), sameCanonical: [UInt8] = try reader.readArray()
        let names: [UInt8] = try reader.readArray(), canonicals: [UInt8] = try reader.readArray()
        let listOf: [UInt16] = try reader.readArray()
        let nameEnds: [UInt32] = try reader.readArray(), canonicalEnds: [UInt32] = try reader.readArray()
        let exactCounts: [Int32] = try reader.readArray(), exactLengths: [UInt32] = try reader.readArray()
        let exactUnits: [UInt16] = try reader.readArray()
        let n = labels.count
        let allLabels = Label.allCases
        guard byID.count == 2 * table.count, sameCanonical.count == n, listOf.count == n, nameEnds.count == n,
              canonicalEnds.count == n, exactCounts.count == n,
              labels.allSatisfy({ Int($0) < allLabels.count }), listOf.allSatisfy({ Int($0) < lists.count }),
              Self.ascending(nameEnds, within: names.count), Self.ascending(canonicalEnds, within: canonicals.count),
              exactCounts.allSatisfy({ $0 >= -1 }),
              exactCounts.reduce(0, { $0 + max(0, Int($1)) }) == exactLengths.count,
              exactLengths.reduce(0, { $0 + Int($1) }) == exactUnits.count
        else { throw BinaryReader.Damaged() }
        var entries: [GazetteerEntry] = []
        entries.reserveCapacity(n)
        var nameStart = 0, canonicalStart = 0, exactToken = 0, exactUnit = 0
        names.withUnsafeBytes { names in
        canonicals.withUnsafeBytes { canonicals in
            for i in 0 ..< n {
                let name = String(decoding: UnsafeRawBufferPointer(rebasing: names[nameStart ..< Int(nameEnds[i])]), as: UTF8.self)
                nameStart = Int(nameEnds[i])
                let canonical = sameCanonical[i] != 0 ? name
                    : String(decoding: UnsafeRawBufferPointer(rebasing: canonicals[canonicalStart ..< Int(canonicalEnds[i])]), as: UTF8.self)
                canonicalStart = Int(canonicalEnds[i])
                var exact: [[UInt16]]?
                if exactCounts[i] >= 0 {
                    var tokens: [[UInt16]] = []
                    for _ in 0 ..< Int(exactCounts[i]) {
                        let length = Int(exactLengths[exactToken])
                        tokens.append(Array(exactUnits[exactUnit ..< exactUnit + length]))
                        exactUnit += length
                        exactToken += 1
                    }
                    exact = tokens
                }
                entries.append(GazetteerEntry(label: allLabels[Int(labels[i])], list: lists[Int(listOf[i])], name: name,
                                              canonical: canonical, exact: exact))
            }
        }
        }
        let trie = try TokenTrie(reading: &reader, entries: n)
        let nodes = Int32(trie.nodeCount)
        guard reader.isAtEnd, stride(from: 1, to: byID.count, by: 2).allSatisfy({ Int64(bitPattern: byID[$0]) >= -1 && Int64(bitPattern: byID[$0]) < Int64(nodes) })
        else { throw BinaryReader.Damaged() }
        self.init(directory: directory, sizes: sizes, loadMilliseconds: (Self.now() - started) * 1000, table: table, byID: byID,
                  surnameEndings: endings, entries: entries, trie: trie, fromCache: true)
    }

    private static func ascending(_ ends: [UInt32], within count: Int) -> Bool {
        var previous: UInt32 = 0
        for e in ends {
            if e < previous { return false }
            previous = e
        }
        return Int(previous) <= count
    }
}
