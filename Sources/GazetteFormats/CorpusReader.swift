import GazetteJSON

/// The annotated-corpus formats Gazette reads (and, except doccano, writes).
public enum CorpusFormat: String, Sendable, CaseIterable {
    /// Chosen from the path: see `CorpusReader.detect`.
    case auto
    /// FORMAT.md JSONL (`spans`), also reading doccano lines.
    case jsonl
    /// doccano JSONL: `label: [[start, end, "L"], ...]` or `entities: [{start_offset, end_offset, label}]`.
    case doccano
    /// brat standoff: `.txt` and `.ann` pairs in a directory (or one pair).
    case brat
    /// CoNLL columns, token first and IOB1/IOB2 tag last; one document per `-DOCSTART-`.
    case conll
    /// TimeML `.tml` files (or a directory of them).
    case timeml
}

/// Documents read from a corpus, and what was skipped on the way.
public struct CorpusReadResult: Sendable {
    public var documents: [EvalDocument]
    public var warnings: [String]
}

/// Reads gold or predicted documents in any `CorpusFormat`.
public enum CorpusReader {
    public static func read(_ path: String, format: CorpusFormat = .auto) throws(CorpusError) -> CorpusReadResult {
        let chosen = format == .auto ? try detect(path) : format
        var warnings: [String] = []
        var docs: [EvalDocument] = []
        switch chosen {
        case .auto:
            preconditionFailure("detect never answers auto")
        case .jsonl, .doccano:
            docs = try JSONLCorpus.read(FileSystem.read(path), source: path, warnings: &warnings)
        case .conll:
            docs = CoNLLCorpus.read(try FileSystem.read(path), name: path.stem, warnings: &warnings)
        case .brat:
            docs = try BratCorpus.read(path, warnings: &warnings)
        case .timeml:
            if FileSystem.isDirectory(path) {
                for file in try FileSystem.files(under: path) where file.fileExtension == "tml" {
                    let full = path + "/" + file
                    docs.append(TimeMLCorpus.read(try FileSystem.read(full), id: file.droppingExtension,
                                                  source: full, warnings: &warnings))
                }
            } else {
                docs.append(TimeMLCorpus.read(try FileSystem.read(path), id: path.stem, source: path, warnings: &warnings))
            }
        }
        return CorpusReadResult(documents: docs, warnings: warnings)
    }

    /// The format of `path`:
    /// - a directory: brat when it holds `.ann` files, TimeML when it holds `.tml` files;
    /// - `.jsonl`, `.ndjson`, `.json`: JSONL (doccano lines are recognised line by line);
    /// - `.tml`, or `.xml` that starts like TimeML: TimeML;
    /// - `.ann`, or `.txt` with an `.ann` beside it: one brat document;
    /// - otherwise (`.conll`, `.iob`, `.bio`, `.tsv`, `.txt`...) CoNLL when the first
    ///   non-blank lines have a tag (`O`, `B-X`, `I-X`, `E-X`, `S-X`) as their last column.
    public static func detect(_ path: String) throws(CorpusError) -> CorpusFormat {
        if FileSystem.isDirectory(path) {
            let files = try FileSystem.files(under: path)
            if files.contains(where: { $0.fileExtension == "ann" }) { return .brat }
            if files.contains(where: { $0.fileExtension == "tml" }) { return .timeml }
            throw CorpusError("\(path): a directory without .ann or .tml files; use --gold-format")
        }
        guard FileSystem.exists(path) else { throw CorpusError("\(path): No such file or directory") }
        let ext = path.fileExtension
        switch ext {
        case "jsonl", "ndjson", "json": return .jsonl
        case "tml": return .timeml
        case "ann": return .brat
        default: break
        }
        let content = try FileSystem.read(path)
        if ext == "xml", content.prefix(4096).contains("<TimeML") || content.prefix(4096).contains("<TIMEX3") {
            return .timeml
        }
        if ext == "txt", FileSystem.exists(path.droppingExtension + ".ann") { return .brat }
        if CoNLLCorpus.looksLikeColumns(content) { return .conll }
        throw CorpusError("\(path): cannot tell the format; use --gold-format (jsonl, doccano, brat, conll, timeml)")
    }

    /// Checks a span against its text, and reports why it is skipped.
    static func valid(_ s: EvalSpan, length: Int?, where place: String, warnings: inout [String]) -> Bool {
        if s.start < 0 || s.end <= s.start {
            warnings.append("\(place): span \(s) is empty or negative; skipped")
            return false
        }
        if let length, s.end > length {
            warnings.append("\(place): span \(s) ends after the text (\(length) code points); skipped")
            return false
        }
        return true
    }
}

/// FORMAT.md JSONL and doccano JSONL.
enum JSONLCorpus {
    static func read(_ content: String, source: String, warnings: inout [String]) throws(CorpusError) -> [EvalDocument] {
        var docs: [EvalDocument] = []
        var lineNumber = 0
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let place = "\(source):\(lineNumber)"
            let value: JSONValue
            do { value = try JSONParser.parse(String(line)) } catch { throw CorpusError("\(place): malformed JSON: \(error)") }
            guard case let .object(fields) = value else { throw CorpusError("\(place): expected a JSON object") }
            var doc = EvalDocument(id: place, text: "")
            var rawSpans: [EvalSpan] = []
            for (key, v) in fields {
                switch (key, v) {
                case let ("id", .string(s)), let ("id", .number(s)): doc.id = s
                case let ("text", .string(s)): doc.text = s
                case let ("data", .string(s)) where value["text"] == nil: doc.text = s
                case let ("meta", .object(m)): doc.meta = m
                case let ("spans", .array(items)):
                    for item in items {
                        guard let start = item["start"]?.intValue, let end = item["end"]?.intValue,
                              let label = item["label"]?.stringValue else {
                            throw CorpusError("\(place): a span needs integer start and end and a string label")
                        }
                        rawSpans.append(EvalSpan(start: start, end: end, label: label, value: item["value"]?.stringValue,
                                                 mod: item["mod"]?.stringValue))
                    }
                case let ("label", .array(items)) where value["spans"] == nil:
                    for item in items {
                        guard let a = item.arrayValue, a.count >= 3, let start = a[0].intValue, let end = a[1].intValue,
                              let label = a[2].stringValue else {
                            throw CorpusError("\(place): a doccano label must be [start, end, \"LABEL\"]")
                        }
                        rawSpans.append(EvalSpan(start: start, end: end, label: label))
                    }
                case let ("entities", .array(items)) where value["spans"] == nil:
                    for item in items {
                        guard let start = item["start_offset"]?.intValue, let end = item["end_offset"]?.intValue,
                              let label = item["label"]?.stringValue else {
                            throw CorpusError("\(place): a doccano entity needs start_offset, end_offset and label")
                        }
                        rawSpans.append(EvalSpan(start: start, end: end, label: label))
                    }
                default: continue
                }
            }
            let length = doc.text.isEmpty ? nil : doc.text.unicodeScalars.count
            doc.spans = rawSpans.filter { CorpusReader.valid($0, length: length, where: place, warnings: &warnings) }
            docs.append(doc)
        }
        return docs
    }
}

/// CoNLL columns: token in the first column, tag in the last.
///
/// Tags are read the way conlleval reads them, which covers IOB1 and IOB2 (and IOBES):
/// an entity starts at `B-X` or `S-X`, and at `I-X` or `E-X` unless the previous token
/// was inside an entity of type X that did not end there (`E-`/`S-`). `PER` becomes
/// `PERSON`; other types are kept. The text is the tokens joined by one space, the
/// sentences (blank-line separated) by `\n`; each `-DOCSTART-` starts a document,
/// with id `<file stem>:<number>` (4 digits, from 0001). `meta.dct` is the first
/// `YYYY-MM-DD` token in the first four sentences (the date line of news wires).
enum CoNLLCorpus {
    static func read(_ content: String, name: String, warnings: inout [String]) -> [EvalDocument] {
        var docs: [EvalDocument] = []
        var text = String.UnicodeScalarView()
        var offset = 0
        var spans: [EvalSpan] = []
        var open: (label: String, start: Int)?
        var lastEnd = 0
        var endsHere = false
        var sentenceHasTokens = false
        var sentences = 0
        var dct: String?
        var badTags = 0

        func closeEntity() {
            if let o = open { spans.append(EvalSpan(start: o.start, end: lastEnd, label: o.label)) }
            open = nil
        }
        func finishDocument() {
            closeEntity()
            if offset > 0 || !spans.isEmpty {
                var n = String(docs.count + 1)
                while n.count < 4 { n = "0" + n }
                var doc = EvalDocument(id: "\(name):\(n)", text: String(text), spans: spans)
                if let dct {
                    doc.setMeta("dct", .string(dct))
                    doc.setMeta("dct_source", .string("date line"))
                }
                docs.append(doc)
            }
            text = String.UnicodeScalarView()
            offset = 0
            spans = []
            sentenceHasTokens = false
            sentences = 0
            dct = nil
        }

        for rawLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if columns.isEmpty {
                closeEntity()
                if sentenceHasTokens { sentences += 1 }
                sentenceHasTokens = false
                continue
            }
            if columns[0] == "-DOCSTART-" {
                finishDocument()
                continue
            }
            let token = columns[0].unicodeScalars
            let tag = columns.count > 1 ? String(columns[columns.count - 1]) : "O"
            if sentenceHasTokens {
                text.append(" ")
                offset += 1
            } else if offset > 0 {
                text.append("\n")
                offset += 1
            }
            sentenceHasTokens = true
            let start = offset
            text.append(contentsOf: token)
            offset += token.count
            if dct == nil, sentences < 4, isISODate(columns[0]) { dct = String(columns[0]) }

            var prefix: Character = "O"
            var type = ""
            if tag != "O" {
                let parts = tag.split(separator: "-", maxSplits: 1)
                if parts.count == 2, parts[0].count == 1, "BIES".contains(parts[0].first!) {
                    prefix = parts[0].first!
                    type = parts[1] == "PER" ? "PERSON" : String(parts[1])
                } else {
                    badTags += 1
                }
            }
            switch prefix {
            case "O":
                closeEntity()
            case "B", "S":
                closeEntity()
                open = (type, start)
            default: // I, E
                if open?.label != type || endsHere {
                    closeEntity()
                    open = (type, start)
                }
            }
            lastEnd = offset
            endsHere = prefix == "E" || prefix == "S"
            if endsHere { closeEntity() }
        }
        finishDocument()
        if badTags > 0 { warnings.append("\(name): \(badTags) tags are not O, B-X, I-X, E-X or S-X; read as O") }
        return docs
    }

    static func isISODate<S: StringProtocol>(_ s: S) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { u[$0] >= 0x30 && u[$0] <= 0x39 }
    }

    /// Whether the first (up to 50) non-blank lines all end in a tag column.
    static func looksLikeColumns(_ content: String) -> Bool {
        var checked = 0
        for line in content.split(separator: "\n") {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if columns.isEmpty { continue }
            if columns[0] == "-DOCSTART-" { continue }
            guard columns.count >= 2 else { return false }
            let tag = columns[columns.count - 1]
            let isTag = tag == "O" || (tag.count > 2 && "BIES".contains(tag.first!) && tag.dropFirst().first == "-")
            if !isTag { return false }
            checked += 1
            if checked == 50 { break }
        }
        return checked > 0
    }
}
