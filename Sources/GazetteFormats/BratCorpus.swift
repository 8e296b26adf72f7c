/// brat standoff: each document is `name.txt` with its annotations in `name.ann`.
///
/// Read: text-bound annotations `T<n>\t<Label> <start> <end>[;<start> <end>...]\t<text>`
/// (a discontinuous annotation becomes the extent from its first start to its last end),
/// `#<n>\tAnnotatorNotes T<n>\t<note>` as the span's TIMEX3 value, and
/// `A<n>\tMod T<n> <VALUE>` as its mod. Other lines (relations, events, normalizations)
/// are ignored. Offsets are code points, as brat (a Python tool) counts them. A
/// document's id is its path relative to the directory, without `.txt`.
enum BratCorpus {
    static func read(_ path: String, warnings: inout [String]) throws(CorpusError) -> [EvalDocument] {
        if !FileSystem.isDirectory(path) {
            let base = path.droppingExtension
            return [try document(id: base.split(separator: "/").last.map(String.init) ?? base, base: base,
                                 warnings: &warnings)]
        }
        var docs: [EvalDocument] = []
        let files = try FileSystem.files(under: path)
        let annotated = Set(files.filter { $0.fileExtension == "ann" }.map(\.droppingExtension))
        for file in files where file.fileExtension == "txt" {
            let id = file.droppingExtension
            if !annotated.contains(id) { warnings.append("\(path)/\(file): no .ann beside it; read with no spans") }
            docs.append(try document(id: id, base: path + "/" + id, warnings: &warnings))
        }
        for id in annotated.subtracting(files.filter { $0.fileExtension == "txt" }.map(\.droppingExtension)).sorted() {
            warnings.append("\(path)/\(id).ann: no .txt beside it; skipped")
        }
        return docs
    }

    static func document(id: String, base: String, warnings: inout [String]) throws(CorpusError) -> EvalDocument {
        let text = try FileSystem.read(base + ".txt")
        let ann = FileSystem.exists(base + ".ann") ? try FileSystem.read(base + ".ann") : ""
        return parse(id: id, text: text, ann: ann, source: base + ".ann", warnings: &warnings)
    }

    static func parse(id: String, text: String, ann: String, source: String, warnings: inout [String]) -> EvalDocument {
        var spans: [EvalSpan] = []
        var indexOf: [String: Int] = [:]
        var notes: [(target: String, note: String)] = []
        var mods: [(target: String, mod: String)] = []
        var lineNumber = 0
        for rawLine in ann.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let kind = fields[0].first else { continue }
            let place = "\(source):\(lineNumber)"
            switch kind {
            case "T":
                let parts = fields[1].split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { warnings.append("\(place): malformed text-bound annotation"); continue }
                let fragments = parts[1].split(separator: ";").map { $0.split(separator: " ").compactMap { Int($0) } }
                guard fragments.allSatisfy({ $0.count == 2 }), let first = fragments.first, let last = fragments.last else {
                    warnings.append("\(place): malformed offsets '\(parts[1])'")
                    continue
                }
                if fragments.count > 1 {
                    warnings.append("\(place): discontinuous annotation read as \(first[0])-\(last[1])")
                }
                let span = EvalSpan(start: first[0], end: last[1], label: String(parts[0]))
                if CorpusReader.valid(span, length: text.unicodeScalars.count, where: place, warnings: &warnings) {
                    indexOf[String(fields[0])] = spans.count
                    spans.append(span)
                }
            case "#":
                let parts = fields[1].split(separator: " ")
                if parts.count == 2, parts[0] == "AnnotatorNotes", fields.count == 3 {
                    notes.append((String(parts[1]), String(fields[2])))
                }
            case "A", "M":
                let parts = fields[1].split(separator: " ")
                if parts.count == 3, parts[0] == "Mod" || parts[0] == "mod" { mods.append((String(parts[1]), String(parts[2]))) }
            default:
                continue
            }
        }
        for (target, note) in notes {
            if let k = indexOf[target] { spans[k].value = note.trimmingCharacters(in: " ") }
        }
        for (target, mod) in mods {
            if let k = indexOf[target] { spans[k].mod = mod }
        }
        return EvalDocument(id: id, text: text, spans: spans)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
