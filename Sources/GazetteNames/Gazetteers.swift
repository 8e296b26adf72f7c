import CICU
import GazetteCore
import GazetteText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Word classes the name patterns use, read from the cue lists of the manifest.
public struct Cue: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let role = Cue(rawValue: 1 << 0)
    public static let roleModifier = Cue(rawValue: 1 << 1)
    public static let honorific = Cue(rawValue: 1 << 2)
    public static let firstName = Cue(rawValue: 1 << 3)
    public static let surname = Cue(rawValue: 1 << 4)
    public static let particle = Cue(rawValue: 1 << 5)
    public static let orgHead = Cue(rawValue: 1 << 6)
    public static let companySuffix = Cue(rawValue: 1 << 7)
    public static let programmeHead = Cue(rawValue: 1 << 8)
    public static let stop = Cue(rawValue: 1 << 9)
    public static let demonym = Cue(rawValue: 1 << 10)
    public static let commonWord = Cue(rawValue: 1 << 11)
    public static let facility = Cue(rawValue: 1 << 12)
    public static let orgDescriptor = Cue(rawValue: 1 << 13)
    /// Only for words written in capitals (UTC, USD).
    public static let acronymStop = Cue(rawValue: 1 << 14)
    public static let miscHead = Cue(rawValue: 1 << 15)
    public static let compass = Cue(rawValue: 1 << 16)
    public static let abbreviation = Cue(rawValue: 1 << 17)
    public static let placeHead = Cue(rawValue: 1 << 18)
    /// Administrative units: "Mangystau Region", "Tavush province", "the Andijan region".
    public static let adminHead = Cue(rawValue: 1 << 19)
    /// Settlements and ports named with "of": "the town of X", "the villages of X and Y".
    public static let settlement = Cue(rawValue: 1 << 20)
    /// Lower-case words between a name and a programme head: "Bolashak international scholarship programme".
    public static let programmeModifier = Cue(rawValue: 1 << 21)
    /// Organization heads whose name goes on with "in" and a place: "European Union Mission in Armenia".
    public static let orgHeadIn = Cue(rawValue: 1 << 22)
    /// East Asian surnames, written before the given name: "Xi Jinping", "Moon Jae-in".
    public static let eastAsianSurname = Cue(rawValue: 1 << 23)
    /// Kinds of news outlet before or after its name: "newspaper Granma", "Le Matin newspaper".
    public static let mediaNoun = Cue(rawValue: 1 << 24)
    /// Place heads written before the name: "Lake Issyk-Kul", "Mount Ararat".
    public static let placeHeadFirst = Cue(rawValue: 1 << 25)
    /// Words joining two teams in a match report: "Celtic beat Rangers", "a win over Rangers".
    public static let matchVerb = Cue(rawValue: 1 << 26)
    /// Words of sport that show a sentence reports a match: "goal", "striker", "league".
    public static let sportsWord = Cue(rawValue: 1 << 27)
    /// Heads of seas, bays and straits named with "of": "Gulf of Aden", "Bay of Bengal".
    public static let waterHead = Cue(rawValue: 1 << 28)
    /// Words that name a storm before its name: "Typhoon Haiyan", "Hurricane Melissa".
    public static let stormWord = Cue(rawValue: 1 << 29)
    /// Sports and public services written before a country to name its national body: "Tennis
    /// Australia", "Transport Scotland".
    public static let sportBody = Cue(rawValue: 1 << 30)
    /// Words that open a town's name: "Puerto Aguirre", "San Lucas Tolimán", "El Geneina".
    public static let townHeadFirst = Cue(rawValue: 1 << 31)
    /// Lower-case words for a ship written before its name: "the ferry Adi Vuniwai".
    public static let vessel = Cue(rawValue: 1 << 32)
    /// Heads that end a company's name, not a public body's: "Tanjong Merchant Bank".
    public static let companyHead = Cue(rawValue: 1 << 33)

    /// The union of the cues given: what an option-set literal (`[.role, .stop]`) says,
    /// without the array such a literal allocates wherever it is evaluated.
    @inline(__always)
    init(_ a: Cue, _ b: Cue, _ c: Cue = Cue(), _ d: Cue = Cue(), _ e: Cue = Cue()) {
        self.init(rawValue: a.rawValue | b.rawValue | c.rawValue | d.rawValue | e.rawValue)
    }

    /// The manifest's name for each cue.
    static let names: [String: Cue] = [
        "role": .role, "role-modifier": .roleModifier, "honorific": .honorific, "first-name": .firstName,
        "surname": .surname, "particle": .particle, "org-head": .orgHead, "company-suffix": .companySuffix,
        "programme-head": .programmeHead, "stop": .stop, "demonym": .demonym, "common-word": .commonWord, "facility": .facility,
        "org-descriptor": .orgDescriptor, "acronym-stop": .acronymStop, "misc-head": .miscHead, "compass": .compass, "abbreviation": .abbreviation, "place-head": .placeHead,
        "admin-head": .adminHead, "settlement": .settlement, "programme-modifier": .programmeModifier,
        "org-head-in": .orgHeadIn, "east-asian-surname": .eastAsianSurname, "media-noun": .mediaNoun,
        "place-head-first": .placeHeadFirst, "match-verb": .matchVerb, "sports-word": .sportsWord,
        "water-head": .waterHead, "storm-word": .stormWord, "sport-body": .sportBody,
        "town-head-first": .townHeadFirst, "vessel": .vessel, "company-head": .companyHead,
    ]
}

/// One name of an entry list: what it is and where it came from.
public struct GazetteerEntry: Sendable {
    public let label: Label
    /// The list file, without extension ("org", "countries-cldr").
    public let list: String
    /// The name as written in the list.
    public let name: String
    /// The canonical form (the entry's own name when the list gives none).
    public let canonical: String
    /// For names written with inner capitals (NATO, PfP, U.S.): the units each token
    /// must have exactly; nil when case does not matter.
    let exact: [[UInt16]]?

    /// `list:name`, the `source` of a candidate.
    public var source: String { "\(list):\(name)" }
}

/// The compiled gazetteers: every list of `manifest.tsv` as one token table, a token
/// trie of the entry names and multi-word cues, and cue bits per token.
///
/// Immutable after `load`, shared by all threads. A class, so that the name
/// recognizer's per-document pass holds one reference, not a copy of every table.
public final class Gazetteers: Sendable {
    /// The folder the lists came from.
    public let directory: String
    /// Entries per list file, in manifest order.
    public let sizes: [(file: String, count: Int)]
    /// Milliseconds `load` took.
    public let loadMilliseconds: Double

    let table: TokenTable
    /// By token-table id, two words side by side, so that a word costs one cache miss, not
    /// two: at `2 * id` its cue bits, at `2 * id + 1` its child of the trie's root (-1: none).
    let byID: [UInt64]
    /// The folded surname endings by their last unit (ASCII), those ending in other
    /// units at index 128; an empty ending, which ends every word, is in each.
    let surnameEndingsByLast: [[[UInt16]]]
    /// The folded surname endings, longest first.
    let surnameEndings: [[UInt16]]
    public let entries: [GazetteerEntry]
    let trie: TokenTrie
    /// Whether `load` read the compiled cache (`GazetteerCache`) instead of the lists.
    public let fromCache: Bool

    init(directory: String, sizes: [(file: String, count: Int)], loadMilliseconds: Double, table: TokenTable,
         byID: [UInt64], surnameEndings: [[UInt16]], entries: [GazetteerEntry], trie: TokenTrie, fromCache: Bool = false) {
        self.directory = directory
        self.sizes = sizes
        self.loadMilliseconds = loadMilliseconds
        self.table = table
        self.byID = byID
        self.surnameEndings = surnameEndings
        self.fromCache = fromCache
        var byLast = [[[UInt16]]](repeating: [], count: 129)
        for ending in surnameEndings {
            if let last = ending.last {
                byLast[Int(min(last, 128))].append(ending)
            } else {
                for k in byLast.indices { byLast[k].append(ending) }
            }
        }
        surnameEndingsByLast = byLast
        self.entries = entries
        self.trie = trie
    }

    /// Loads the folder `GazetteerLocation.find(explicit:)` returns.
    public static func load(directory explicit: String? = nil, cache: GazetteerCache? = .standard) throws -> Gazetteers {
        try load(from: GazetteerLocation.find(explicit: explicit), cache: cache)
    }

    /// Loads the lists named by `directory/manifest.tsv`: from `cache` when it holds them
    /// compiled from the same files by the same program, else from the files (and then
    /// stores them there).
    ///
    /// The names that need the ICU tokenizer are tokenized on a second thread, list by
    /// list, while this one compiles the rest; the result is the same as in one thread.
    public static func load(from directory: String, cache: GazetteerCache? = .standard) throws -> Gazetteers {
        let started = Self.now()
        let specs = try readManifest(directory)
        let key = cache.flatMap { $0.key(directory: directory, files: specs.map(\.file)) }
        if let cache, let key, let cached = cache.read(key: key, directory: directory, started: started) { return cached }
        let lists = try specs.map { spec throws in
            let path = directory + "/" + spec.file
            guard let content = DataFile.bytes(at: path) else { throw GazetteerError.unreadable(path: path) }
            return List(file: spec.file, name: spec.name, kind: spec.kind, content: content)
        }
        let compiled = try compile(lists, directory: directory, started: started)
        if let cache, let key { cache.write(compiled, key: key) }
        return compiled
    }

    /// Compiles `lists` (in manifest order).
    private static func compile(_ lists: [List], directory: String, started: Double) throws -> Gazetteers {
        let tokenized = TokenizedLists(lists)
        var builder = Builder()
        // Room for the entries, guessing one per 16 bytes; capacity not used is never touched.
        builder.entries.reserveCapacity(lists.reduce(0) { if case .entries = $1.kind { $0 + $1.content.count / 16 } else { $0 } })
        var sizes: [(String, Int)] = []
        for (i, list) in lists.enumerated() {
            let n: Int
            switch list.kind {
            case let .entries(label, acronyms):
                n = try builder.addEntries(list.content, label: label, list: list.name, acronyms: acronyms) {
                    try tokenized.result(i)
                }
            case let .cue(cue):
                n = try builder.addCues(list.content, cue: cue) { try tokenized.result(i) }
            }
            sizes.append((list.file, n))
        }
        var byID: [UInt64] = []
        byID.reserveCapacity(2 * builder.cueBits.count)
        for (id, bits) in builder.cueBits.enumerated() {
            byID.append(bits)
            byID.append(UInt64(bitPattern: Int64(builder.trie.child(0, Int32(id)) ?? -1)))
        }
        return Gazetteers(directory: directory, sizes: sizes, loadMilliseconds: (Self.now() - started) * 1000,
                          table: builder.table,
                          byID: byID,
                          surnameEndings: builder.endings.sorted { $0.count > $1.count },
                          entries: builder.entries, trie: builder.trie)
    }

    /// One list of the manifest, read.
    struct List: Sendable {
        enum Kind: Sendable {
            case entries(Label, acronyms: Bool)
            case cue(Cue)
        }
        /// The file name, and the list's name (the file name without extension).
        let file: String, name: String
        let kind: Kind
        let content: [UInt8]
    }

    /// One line of the manifest: a list not read yet.
    struct ListSpec: Sendable {
        let file: String, name: String
        let kind: List.Kind
    }

    /// The lists `directory/manifest.tsv` names, in order; the manifest's first error (a
    /// bad line) is thrown.
    static func readManifest(_ directory: String) throws -> [ListSpec] {
        let manifestPath = directory + "/manifest.tsv"
        guard let manifestBytes = DataFile.bytes(at: manifestPath) else { throw GazetteerError.unreadable(path: manifestPath) }
        let manifest = String(decoding: manifestBytes, as: UTF8.self)
        var lists: [ListSpec] = []
        var lineNumber = 0
        for line in manifest.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields == ["file", "kind", "what", "case"] { continue }
            guard fields.count == 4 else {
                throw GazetteerError.badManifest(line: lineNumber, message: "expected 4 tab-separated fields")
            }
            let name = fields[0].split(separator: ".").first.map(String.init) ?? fields[0]
            switch fields[1] {
            case "entries":
                guard let label = Label(rawValue: fields[2]), !label.isTemporal else {
                    throw GazetteerError.badManifest(line: lineNumber, message: "unknown label \(fields[2])")
                }
                guard fields[3] == "fold" || fields[3] == "acronyms" else {
                    throw GazetteerError.badManifest(line: lineNumber, message: "case must be fold or acronyms")
                }
                lists.append(ListSpec(file: fields[0], name: name, kind: .entries(label, acronyms: fields[3] == "acronyms")))
            case "cue":
                guard let cue = Cue(manifestName: fields[2]) else {
                    throw GazetteerError.badManifest(line: lineNumber, message: "unknown cue \(fields[2])")
                }
                lists.append(ListSpec(file: fields[0], name: name, kind: .cue(cue)))
            default:
                throw GazetteerError.badManifest(line: lineNumber, message: "kind must be entries or cue")
            }
        }
        return lists
    }

    /// Number of entry names (with aliases) in all entry lists.
    public var entryCount: Int { entries.count }

    /// The token-table id of token `i`, or -1.
    @inline(__always)
    func id(_ i: Int, in text: AnalyzedText) -> Int32 { table.lookup(text.tokens[i], in: text) ?? -1 }

    /// The given-name and surname cues of a capitalized token (its folded units `r`) read without its diacritics,
    /// for a token whose own cues have neither: "José" is the listed "Jose", "Gonçalves"
    /// "Goncalves", "Müller" "Muller" (the census lists are written without accents).
    @inline(never)
    func unaccentedNameCues(_ r: Range<Int>, _ folded: UnsafeBufferPointer<UInt16>) -> Cue {
        guard r.count <= 48 else { return [] }
        var ascii = true
        for k in r where folded[k] > 0x7F { ascii = false; break }
        if ascii { return [] }
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 96) { plain -> Cue in
            let m = Int(gz_strip_marks(folded.baseAddress! + r.lowerBound, Int32(r.count), plain.baseAddress!, 96))
            guard m > 0 else { return [] }
            let key = UnsafeBufferPointer(rebasing: plain[0 ..< m])
            guard let id = table.lookup(folded: key, hash: Tokenizer.hash(key, 0 ..< m)) else { return [] }
            return cues(id).intersection(Cue(.firstName, .surname))
        }
    }

    /// The cue bits of a token-table id.
    @inline(__always)
    func cues(_ id: Int32) -> Cue { id < 0 ? [] : Cue(rawValue: byID[2 * Int(id)]) }

    /// The cues of a token-table id and its child of the trie's root (-1: none).
    @inline(__always)
    func cuesAndRootChild(_ id: Int32) -> (Cue, Int32) {
        guard id >= 0 else { return ([], -1) }
        let k = 2 * Int(id)
        return (Cue(rawValue: byID[k]), Int32(truncatingIfNeeded: byID[k + 1]))
    }

    /// Whether token `i` ends with a surname ending and is at least three letters longer.
    func hasSurnameEnding(_ i: Int, in text: AnalyzedText) -> Bool {
        let t = text.tokens[i]
        return text.normalized.folded.withUnsafeBufferPointer { f in
            // Only the endings with the token's last unit can match.
            let last = f[Int(t.end) - 1]
            for ending in surnameEndingsByLast[Int(min(last, 128))] where t.length >= ending.count + 3 {
                // From the last unit back: most endings differ there.
                let base = Int(t.end) - ending.count
                var k = ending.count - 1
                while k >= 0, f[base + k] == ending[k] { k -= 1 }
                if k < 0 { return true }
            }
            return false
        }
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Accumulates lists into the table, the trie and the cue bits.
    ///
    /// Works on the files' bytes with buffers on the stack, so that a name costs no
    /// allocation but its `GazetteerEntry` and its strings; only names the tokenizer
    /// could change in other ways than splitting and case folding go through the ICU
    /// tokenizer.
    struct Builder {
        var table = TokenTable()
        var cueBits: [UInt64] = []
        var endings: [[UInt16]] = []
        var entries: [GazetteerEntry] = []
        var trie = TokenTrie()
        /// Scratch: the token-table ids of one tokenized name.
        private var ids: [Int32] = []

        private mutating func intern(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
            let id = table.insert(buffer: units)
            if Int(id) >= cueBits.count { cueBits.append(0) }
            return id
        }

        @inline(__always)
        static func isUpper(_ u: UInt16) -> Bool {
            u < 0x80 ? u >= 0x41 && u <= 0x5A : UnicodeProperties.isUpper(UInt32(u))
        }

        @inline(__always)
        static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        }

        /// The names of a list that must go through the ICU tokenizer, in order: for an
        /// entry list the names and aliases that `addName` does not take, for a cue list
        /// the phrases that are not one word of ASCII letters (as `addCues` decides).
        static func slowNames(_ list: List) -> [String] {
            var names: [String] = []
            list.content.withUnsafeBufferPointer { bytes in
                switch list.kind {
                case .entries:
                    forEachLine(bytes) { nameRange, _, aliasRange in
                        if !isSimple(bytes, nameRange) { names.append(string(bytes, nameRange)) }
                        var s = aliasRange.lowerBound
                        while s < aliasRange.upperBound {
                            let bar = find(0x7C /* | */, bytes, s ..< aliasRange.upperBound)
                            let r = trimmed(bytes, s ..< bar)
                            s = bar + 1
                            if !r.isEmpty, !isSimple(bytes, r) { names.append(string(bytes, r)) }
                        }
                    }
                case let .cue(cue):
                    guard cue != .surnameEnding else { return }
                    forEachLine(bytes) { r, _, _ in
                        if !r.allSatisfy({ (bytes[$0] | 0x20) >= 0x61 && (bytes[$0] | 0x20) <= 0x7A }) {
                            names.append(string(bytes, r))
                        }
                    }
                }
            }
            return names
        }

        /// Whether `addName` takes the name at bytes `r` without the tokenizer.
        static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
            // ASCII letters separated by single spaces, as `plainWords` takes them.
            var previousSpace = true, plain = true
            for k in r {
                let b = bytes[k]
                if b == 0x20 {
                    if previousSpace { plain = false; break }
                    previousSpace = true
                } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                    previousSpace = false
                } else {
                    plain = false
                    break
                }
            }
            if plain && !previousSpace { return true }
            return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: r.count) { units in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: r.count + 1) { ends in
                    simpleWords(bytes, r, units, ends) != nil
                }
            }
        }

        /// Tokenizes `names` in one pass (one per line) and returns the tokens of each line.
        static func tokenize(_ names: [String], tokenizer: Tokenizer) throws -> Tokenized {
            let analyzed = try tokenizer.analyze(names.joined(separator: "\n"))
            var ranges = [Range<Int>](repeating: 0 ..< 0, count: names.count)
            var t = 0
            while t < analyzed.tokens.count {
                let line = analyzed.tokens[t].line
                var e = t + 1
                while e < analyzed.tokens.count, analyzed.tokens[e].line == line { e += 1 }
                if Int(line) < ranges.count { ranges[Int(line)] = t ..< e }
                t = e
            }
            return (analyzed, ranges)
        }

        /// The index of the first `byte` in `range` of `bytes`, or its end.
        @inline(__always)
        static func find(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
            guard !range.isEmpty, let base = bytes.baseAddress,
                  let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else { return range.upperBound }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }

        /// Calls `body` with the first three tab-separated fields (byte ranges; empty when
        /// absent, spaces trimmed) of every line that is not blank or a `#` comment.
        @inline(__always)
        static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>,
                                _ body: (Range<Int>, Range<Int>, Range<Int>) throws -> Void) rethrows {
            var start = 0
            let count = bytes.count
            while start < count {
                let end = find(0x0A, bytes, start ..< count)
                if end > start, bytes[start] != 0x23 /* # */ {
                    var f1 = end ..< end, f2 = end ..< end
                    var tab = find(0x09, bytes, start ..< end)
                    let f0 = trimmed(bytes, start ..< tab)
                    if tab < end {
                        let s = tab + 1
                        tab = find(0x09, bytes, s ..< end)
                        f1 = trimmed(bytes, s ..< tab)
                        if tab < end { f2 = trimmed(bytes, tab + 1 ..< find(0x09, bytes, tab + 1 ..< end)) }
                    }
                    if !f0.isEmpty { try body(f0, f1, f2) }
                }
                start = end + 1
            }
        }

        @inline(__always)
        static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x0D { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x0D { hi -= 1 }
            return lo ..< hi
        }

        /// For ASCII letters separated by single spaces (the tokenizer would split them at
        /// the spaces and fold them to lower case, so we do it here): puts the letters into
        /// `units` and where each word ends into `ends`, and returns the number of words;
        /// nil for anything else.
        @inline(__always)
        static func plainWords(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>,
                               _ units: UnsafeMutableBufferPointer<UInt16>, _ ends: UnsafeMutableBufferPointer<Int>) -> Int? {
            var previousSpace = true
            var u = 0, n = 0
            for k in r {
                let b = bytes[k]
                if b == 0x20 {
                    if previousSpace { return nil }
                    previousSpace = true
                    ends[n] = u
                    n += 1
                } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                    previousSpace = false
                    units[u] = UInt16(b)
                    u += 1
                } else {
                    return nil
                }
            }
            if previousSpace { return nil }
            ends[n] = u
            return n + 1
        }

        /// Adds an entry list; `tokenized` gives the ICU tokens of the names `addName` leaves
        /// (`Builder.slowNames`), one range of tokens per name.
        mutating func addEntries(_ content: [UInt8], label: Label, list: String, acronyms: Bool,
                                 tokenized: () throws -> Tokenized) throws -> Int {
            var slow: [(name: String, canonical: String)] = []
            var count = 0
            content.withUnsafeBufferPointer { bytes in
                Self.forEachLine(bytes) { nameRange, canonicalRange, aliasRange in
                    let name = Self.string(bytes, nameRange)
                    let canonical = canonicalRange.isEmpty ? name : Self.string(bytes, canonicalRange)
                    count += 1
                    if !addName(bytes, nameRange, name: name, canonical: canonical, label: label, list: list,
                                acronyms: acronyms) {
                        slow.append((name, canonical))
                    }
                    // Each alias (separated by |) is a name of its own.
                    var s = aliasRange.lowerBound
                    while s < aliasRange.upperBound {
                        let bar = Self.find(0x7C /* | */, bytes, s ..< aliasRange.upperBound)
                        let r = Self.trimmed(bytes, s ..< bar)
                        s = bar + 1
                        if r.isEmpty { continue }
                        count += 1
                        let alias = Self.string(bytes, r)
                        if !addName(bytes, r, name: alias, canonical: canonical, label: label, list: list,
                                    acronyms: acronyms) {
                            slow.append((alias, canonical))
                        }
                    }
                }
            }
            let (analyzed, ranges) = try tokenized()
            precondition(ranges.count == slow.count, "the tokenizing thread saw other names")
            analyzed.normalized.folded.withUnsafeBufferPointer { folded in
                for (n, range) in ranges.enumerated() where !range.isEmpty {
                    ids.removeAll(keepingCapacity: true)
                    var innerCapital = false
                    for t in range {
                        let token = analyzed.tokens[t]
                        ids.append(intern(UnsafeBufferPointer(rebasing: folded[token.range])))
                        let units = analyzed.normalized.units[token.range]
                        // Capitals after the first letter (NATO, PfP) or a lone capital (S&P): exact case.
                        if units.dropFirst().contains(where: { UnicodeProperties.isUpper(UInt32($0)) })
                            || units.count == 1 && UnicodeProperties.isUpper(UInt32(units[units.startIndex])) {
                            innerCapital = true
                        }
                    }
                    let exact = acronyms && innerCapital
                        ? range.map { Array(analyzed.normalized.units[analyzed.tokens[$0].range]) } : nil
                    let entry = GazetteerEntry(label: label, list: list, name: slow[n].name, canonical: slow[n].canonical,
                                               exact: exact)
                    ids.withUnsafeBufferPointer { trie.insert($0, entry: Int32(entries.count)) }
                    entries.append(entry)
                }
            }
            return count
        }

        /// Adds the name at bytes `r` when the ICU tokenizer can be skipped for it (ASCII
        /// words, or the `simpleWords` of other scripts); false when it must be tokenized.
        private mutating func addName(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, name: String,
                                      canonical: String, label: Label, list: String, acronyms: Bool) -> Bool {
            // A name of n bytes has at most n units and n words.
            withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 2 * r.count) { buffer in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: r.count + 1) { ends in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: r.count + 1) { ids in
                        let units = UnsafeMutableBufferPointer(rebasing: buffer[0 ..< r.count])
                        let key = UnsafeMutableBufferPointer(rebasing: buffer[r.count...])
                        let plain = Self.plainWords(bytes, r, units, ends)
                        guard let words = plain ?? Self.simpleWords(bytes, r, units, ends) else { return false }
                        var innerCapital = false
                        var start = 0
                        for w in 0 ..< words {
                            let end = ends[w]
                            for j in start ..< end {
                                let u = units[j]
                                key[j - start] = u < 0x80 ? (u >= 0x41 && u <= 0x5A ? u | 0x20 : u)
                                    : UInt16(truncatingIfNeeded: UnicodeProperties.fold(UInt32(u)))
                            }
                            ids[w] = intern(UnsafeBufferPointer(rebasing: key[0 ..< end - start]))
                            // Capitals after the first letter (NATO, PfP); in other scripts also a
                            // word of one capital, as the tokenized names have it.
                            if !innerCapital {
                                for j in start + 1 ..< max(end, start + 1) where Self.isUpper(units[j]) {
                                    innerCapital = true
                                    break
                                }
                                if plain == nil, end - start == 1, UnicodeProperties.isUpper(UInt32(units[start])) {
                                    innerCapital = true
                                }
                            }
                            start = end
                        }
                        var exact: [[UInt16]]?
                        if acronyms && innerCapital {
                            var split: [[UInt16]] = []
                            start = 0
                            for w in 0 ..< words {
                                split.append(Array(units[start ..< ends[w]]))
                                start = ends[w]
                            }
                            exact = split
                        }
                        trie.insert(UnsafeBufferPointer(rebasing: ids[0 ..< words]), entry: Int32(entries.count))
                        entries.append(GazetteerEntry(label: label, list: list, name: name, canonical: canonical,
                                                      exact: exact))
                        return true
                    }
                }
            }
        }

        /// The words of a name that the tokenizer would not change but for case folding:
        /// words of letters from scripts without dictionary word breaks, combining marks or
        /// compatibility forms (Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and
        /// Arabic letters), separated by single spaces or hyphens (a token of their own),
        /// so the ICU tokenizer can be skipped. Puts the words' units, as written, into
        /// `units` and where each word ends into `ends` (both as long as the name's bytes
        /// at least, plus one for `ends`), and returns the number of words; nil for
        /// anything else, including bytes that are not well-formed UTF-8.
        static func simpleWords(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>,
                                _ units: UnsafeMutableBufferPointer<UInt16>, _ ends: UnsafeMutableBufferPointer<Int>) -> Int? {
            var u = 0, n = 0
            var wordStart = 0
            var afterHyphen = false
            var k = r.lowerBound
            while k < r.upperBound {
                // Decode one scalar; only one to three bytes can be a letter accepted below.
                let b0 = UInt32(bytes[k])
                var v: UInt32
                if b0 < 0x80 {
                    v = b0
                    k += 1
                } else if b0 >= 0xC2 && b0 <= 0xDF, k + 1 < r.upperBound, bytes[k + 1] & 0xC0 == 0x80 {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
                    k += 2
                } else if b0 >= 0xE0 && b0 <= 0xEF, k + 2 < r.upperBound, bytes[k + 1] & 0xC0 == 0x80,
                          bytes[k + 2] & 0xC0 == 0x80 {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
                    // Overlong forms and surrogates are not well-formed.
                    if v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) { return nil }
                    k += 3
                } else {
                    return nil
                }
                if v == 0x20 || v == 0x2D {
                    // A hyphen between letters is a token of its own, as the tokenizer makes it.
                    if u == wordStart { return nil }
                    ends[n] = u
                    n += 1
                    if v == 0x2D {
                        units[u] = 0x2D
                        u += 1
                        ends[n] = u
                        n += 1
                    }
                    wordStart = u
                    afterHyphen = v == 0x2D
                    continue
                }
                afterHyphen = false
                let ascii = (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A
                let latin = v >= 0xC0 && v <= 0x17E && v != 0xD7 && v != 0xF7 && !(0x132 ... 0x133).contains(v)
                    && !(0x13F ... 0x140).contains(v) && v != 0x149
                let greek = v >= 0x386 && v <= 0x3CE && v != 0x387
                let cyrillic = v >= 0x400 && v <= 0x4FF && UnicodeProperties.isLetter(v)
                let armenian = v >= 0x531 && v <= 0x556 || v >= 0x561 && v <= 0x586
                let georgian = v >= 0x10D0 && v <= 0x10FA
                let latinMore = v >= 0x180 && v <= 0x24F && !(0x1C4 ... 0x1CC).contains(v) && !(0x1F1 ... 0x1F3).contains(v)
                    || v >= 0x1E00 && v <= 0x1EFF && v != 0x1E9A && v != 0x1E9B
                let hebrew = v >= 0x5D0 && v <= 0x5EA
                let arabic = v >= 0x621 && v <= 0x63A || v >= 0x641 && v <= 0x64A
                guard ascii || latin || latinMore || greek || cyrillic || armenian || georgian || hebrew || arabic,
                      UnicodeProperties.isLetter(v),
                      let unit = UInt16(exactly: v) else { return nil }
                units[u] = unit
                u += 1
            }
            if u == wordStart || afterHyphen { return nil }
            ends[n] = u
            return n + 1
        }

        /// Adds a cue list; `tokenized` gives the ICU tokens of its phrases (`Builder.slowNames`).
        /// The words of `name` as `simpleWords` splits it, as written; nil when the
        /// tokenizer must split it.
        static func simpleWords(_ name: String) -> [[UInt16]]? {
            var name = name
            return name.withUTF8 { bytes in
                withUnsafeTemporaryAllocation(of: UInt16.self, capacity: bytes.count) { units in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count + 1) { ends in
                        guard let n = simpleWords(bytes, 0 ..< bytes.count, units, ends) else { return nil }
                        var start = 0
                        return (0 ..< n).map { w in
                            defer { start = ends[w] }
                            return Array(units[start ..< ends[w]])
                        }
                    }
                }
            }
        }

        mutating func addCues(_ content: [UInt8], cue: Cue, tokenized: () throws -> Tokenized) throws -> Int {
            var phrases: [String] = []
            var count = 0
            content.withUnsafeBufferPointer { bytes in
                Self.forEachLine(bytes) { r, _, _ in
                    count += 1
                    if cue == .surnameEnding {
                        let word = Self.string(bytes, r)
                        let folded = word.unicodeScalars.map { Unicode.Scalar(UnicodeProperties.fold($0.value)) ?? $0 }
                        endings.append(Array(String(String.UnicodeScalarView(folded)).utf16))
                        return
                    }
                    // One word of ASCII letters: folded here; anything else by the tokenizer.
                    let id: Int32? = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: r.count) { key in
                        for k in r {
                            let b = bytes[k]
                            guard (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A else { return nil }
                            key[k - r.lowerBound] = UInt16(b | 0x20)
                        }
                        return intern(UnsafeBufferPointer(key))
                    }
                    if let id {
                        cueBits[Int(id)] |= cue.rawValue
                    } else {
                        phrases.append(Self.string(bytes, r))
                    }
                }
            }
            let (analyzed, ranges) = try tokenized()
            precondition(ranges.count == phrases.count, "the tokenizing thread saw other phrases")
            analyzed.normalized.folded.withUnsafeBufferPointer { folded in
                for range in ranges where !range.isEmpty {
                    ids.removeAll(keepingCapacity: true)
                    for t in range { ids.append(intern(UnsafeBufferPointer(rebasing: folded[analyzed.tokens[t].range]))) }
                    if ids.count == 1 {
                        cueBits[Int(ids[0])] |= cue.rawValue
                    } else {
                        trie.insert(ids, cue: cue)
                    }
                }
            }
            return count
        }
    }
}

/// The ICU tokens of a list's names, one range of tokens per name.
typealias Tokenized = (AnalyzedText, [Range<Int>])

/// Tokenizes the names of each list that need the ICU tokenizer (`Builder.slowNames`)
/// on a thread of its own, in list order, and hands each list's tokens over when asked.
final class TokenizedLists: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var condition = pthread_cond_t()
    private var results: [Result<Tokenized, any Error>?]

    init(_ lists: [Gazetteers.List]) {
        results = Array(repeating: nil, count: lists.count)
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
        final class Context {
            let body: () -> Void
            init(_ body: @escaping () -> Void) { self.body = body }
        }
        let context = Unmanaged.passRetained(Context { [self] in
            let tokenizer = Result { try Tokenizer(cacheWords: false) } // names are mostly unique: no chunk cache
            for (i, list) in lists.enumerated() {
                let result = Result { try Gazetteers.Builder.tokenize(Gazetteers.Builder.slowNames(list), tokenizer: tokenizer.get()) }
                pthread_mutex_lock(&mutex)
                results[i] = result
                pthread_cond_broadcast(&condition)
                pthread_mutex_unlock(&mutex)
            }
        }).toOpaque()
        var thread = pthread_t()
        let rc = pthread_create(&thread, nil, { raw in
            Unmanaged<Context>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, context)
        precondition(rc == 0, "pthread_create failed: \(rc)")
        pthread_detach(thread)
    }

    deinit {
        pthread_cond_destroy(&condition)
        pthread_mutex_destroy(&mutex)
    }

    /// The tokens of list `i`, waiting for them if need be.
    func result(_ i: Int) throws -> Tokenized {
        pthread_mutex_lock(&mutex)
        while results[i] == nil { pthread_cond_wait(&condition, &mutex) }
        let result = results[i]!
        results[i] = nil
        pthread_mutex_unlock(&mutex)
        return try result.get()
    }
}

extension Cue {
    /// Not a token class: the surname-endings list is kept as suffixes.
    static let surnameEnding = Cue(rawValue: 1 << 63)
}

extension Cue {
    init?(manifestName: String) {
        if manifestName == "surname-ending" { self = .surnameEnding; return }
        guard let c = Cue.names[manifestName] else { return nil }
        self = c
    }
}

/// A trie over token-table ids: entry names and multi-word cues.
struct TokenTrie: Sendable {
    /// Children of the root, indexed by token-table id (-1: none): most lookups stop here.
    private var rootChildren: [Int32] = []
    /// Children of the other nodes, keyed by node and token-table id.
    private var children = IntMap()
    /// First entry ending at each node, or -1; further ones chain through `nextEntry`.
    private(set) var firstEntry: [Int32] = [-1]
    private(set) var nextEntry: [Int32] = []
    /// Cues of the multi-word cue phrases ending at each node.
    private(set) var cueAt: [UInt64] = [0]
    /// By node, one byte: bit 0, an entry ends there; bits 1 to 7, a Bloom filter of
    /// its children's ids. A byte a node keeps the table in the CPU's caches, so most
    /// steps that lead nowhere (a leaf, a word that follows no name) cost no miss in
    /// `children` or `firstEntry`.
    private var nodeBits: [UInt8] = [0]

    @inline(__always)
    private static func childBit(_ id: Int32) -> UInt8 {
        UInt8(2) << ((UInt32(bitPattern: id) &* 0x9E37_79B1) >> 29 % 7)
    }

    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32? {
        if node == 0 {
            guard Int(id) < rootChildren.count else { return nil }
            let c = rootChildren[Int(id)]
            return c >= 0 ? c : nil
        }
        guard nodeBits[Int(node)] & Self.childBit(id) != 0 else { return nil }
        return children[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))]
    }

    /// The first entry ending at `node`, or -1 (`firstEntry`, read only when one does).
    @inline(__always)
    func firstEntry(at node: Int32) -> Int32 {
        nodeBits[Int(node)] & 1 != 0 ? firstEntry[Int(node)] : -1
    }

    private mutating func path(_ ids: UnsafeBufferPointer<Int32>) -> Int32 {
        var node: Int32 = 0
        for id in ids {
            if let next = child(node, id) {
                node = next
                continue
            }
            let next = Int32(firstEntry.count)
            if node == 0 {
                if Int(id) >= rootChildren.count {
                    rootChildren.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - rootChildren.count))
                }
                rootChildren[Int(id)] = next
            } else {
                children.insert(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id)), next)
                nodeBits[Int(node)] |= Self.childBit(id)
            }
            firstEntry.append(-1)
            cueAt.append(0)
            nodeBits.append(0)
            node = next
        }
        return node
    }

    mutating func insert(_ ids: UnsafeBufferPointer<Int32>, entry: Int32) {
        let node = Int(path(ids))
        nextEntry.append(-1)
        // Keep manifest order: append at the end of the node's chain.
        if firstEntry[node] < 0 {
            firstEntry[node] = entry
            nodeBits[node] |= 1
        } else {
            var e = firstEntry[node]
            while nextEntry[Int(e)] >= 0 { e = nextEntry[Int(e)] }
            nextEntry[Int(e)] = entry
        }
    }

    mutating func insert(_ ids: [Int32], cue: Cue) {
        let node = Int(ids.withUnsafeBufferPointer { path($0) })
        cueAt[node] |= cue.rawValue
    }

    init() {}

    /// The number of nodes, the root included.
    var nodeCount: Int { firstEntry.count }

    func write(to writer: inout BinaryWriter) {
        writer.write(array: rootChildren)
        children.write(to: &writer)
        writer.write(array: firstEntry)
        writer.write(array: nextEntry)
        writer.write(array: cueAt)
        writer.write(array: nodeBits)
    }

    /// Reads a trie `write(to:)` wrote for `entries` entries, checking every node and
    /// entry index it holds.
    init(reading reader: inout BinaryReader, entries: Int) throws(BinaryReader.Damaged) {
        rootChildren = try reader.readArray()
        children = try IntMap(reading: &reader)
        firstEntry = try reader.readArray()
        nextEntry = try reader.readArray()
        cueAt = try reader.readArray()
        nodeBits = try reader.readArray()
        let nodes = Int32(firstEntry.count), e = Int32(entries)
        guard nodes > 0, cueAt.count == firstEntry.count, nodeBits.count == firstEntry.count, nextEntry.count == entries,
              rootChildren.allSatisfy({ $0 >= -1 && $0 < nodes }), children.allValues({ $0 < nodes }),
              firstEntry.allSatisfy({ $0 >= -1 && $0 < e }), nextEntry.allSatisfy({ $0 >= -1 && $0 < e })
        else { throw BinaryReader.Damaged() }
    }
}

/// A map from 64-bit keys to non-negative `Int32` values with open addressing and a
/// multiplicative hash: cheaper per lookup than `Dictionary` (SipHash) on hot paths.
struct IntMap: Sendable {
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var shift = 64
    private(set) var count = 0

    func write(to writer: inout BinaryWriter) {
        writer.write(array: keys)
        writer.write(array: values)
        writer.write(UInt64(count))
    }

    /// Reads a map `write(to:)` wrote: a table of a power of two slots, at most half full.
    init(reading reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        keys = try reader.readArray()
        values = try reader.readArray()
        count = try reader.readCount()
        let size = keys.count
        guard size >= 16, size & (size - 1) == 0, values.count == size, count * 2 <= size,
              values.lazy.filter({ $0 >= 0 }).count == count
        else { throw BinaryReader.Damaged() }
        shift = 64 - size.trailingZeroBitCount
    }

    /// Whether every value passes `p`.
    func allValues(_ p: (Int32) -> Bool) -> Bool { values.allSatisfy { $0 < 0 || p($0) } }

    /// An empty map with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        allocate(size)
    }

    private init(unallocated: Void) {}

    /// An empty map that allocates its table on the first insert.
    static var empty: IntMap { IntMap(unallocated: ()) }

    private mutating func allocate(_ size: Int) {
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        shift = 64 - size.trailingZeroBitCount
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift)) }

    /// The value of `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        if count == 0 { return nil }
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let v = values[i]
            if v < 0 { return nil }
            if keys[i] == key { return v }
            i = (i + 1) & mask
        }
    }

    /// The value of `key` if it has one; otherwise sets it to `value` (>= 0) and returns
    /// nil. One probe sequence for both.
    mutating func valueOrInsert(_ key: UInt64, _ value: Int32) -> Int32? {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let v = values[i]
            if v < 0 { break }
            if keys[i] == key { return v }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
        return nil
    }

    /// Doubles the table.
    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        allocate(max(16, keys.count * 2))
        // The keys are distinct: each goes to the first free slot of its probe sequence.
        let mask = keys.count - 1
        for k in oldKeys.indices where oldValues[k] >= 0 {
            var i = slot(oldKeys[k])
            while values[i] >= 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[k]
            values[i] = oldValues[k]
        }
    }

    /// Sets the value of `key` (`value` >= 0).
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(key)
        while values[i] >= 0 {
            if keys[i] == key {
                values[i] = value
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
    }
}
