/// TimeML `.tml` files, read with a small XML scanner.
///
/// The text is the character content of `TEXT` with entities and character references
/// decoded and line ends normalised as XML parsers do (CRLF and lone CR become LF; a
/// `&#13;` reference stays CR). Markup inside `TEXT` (EVENT, SIGNAL...) is dropped, its
/// content kept. Every text-consuming TIMEX3 inside `TEXT` is a span: label from
/// `type`, with `value` and `mod`. The `value` of the TIMEX3 whose `functionInDocument`
/// is `CREATION_TIME` (usually in `DCT`) becomes `meta.dct`, and `TITLE` `meta.title`.
enum TimeMLCorpus {
    static func read(_ content: String, id: String, source: String, warnings: inout [String]) -> EvalDocument {
        let s = Array(content.unicodeScalars)
        let n = s.count
        var out: [Unicode.Scalar] = []
        var title: [Unicode.Scalar]?
        var inText = false, inTitle = false, sawText = false
        var open: [(start: Int, attributes: [String: String])] = []
        var spans: [EvalSpan] = []
        var dct: String?
        var i = 0

        func starts(_ prefix: String, at k: Int) -> Bool {
            var j = k
            for c in prefix.unicodeScalars {
                if j >= n || s[j] != c { return false }
                j += 1
            }
            return true
        }
        func skip(past terminator: String, from k: Int) -> Int {
            var j = k
            while j < n, !starts(terminator, at: j) { j += 1 }
            return min(n, j + terminator.unicodeScalars.count)
        }
        func emit(_ c: Unicode.Scalar) {
            if inText { out.append(c) } else if inTitle { title?.append(c) }
        }

        while i < n {
            let c = s[i]
            if c == "<" {
                if starts("<!--", at: i) { i = skip(past: "-->", from: i + 4); continue }
                if starts("<![CDATA[", at: i) {
                    let end = skip(past: "]]>", from: i + 9)
                    for k in (i + 9) ..< max(i + 9, end - 3) { emit(s[k]) }
                    i = end
                    continue
                }
                if starts("<?", at: i) || starts("<!", at: i) { i = skip(past: ">", from: i); continue }
                let tag = parseTag(s, at: i)
                i = tag.next
                switch tag.name {
                case "TEXT":
                    inText = !tag.closing && !tag.selfClosing
                    if inText { sawText = true }
                case "TITLE" where !inText:
                    inTitle = !tag.closing && !tag.selfClosing
                    if inTitle { title = [] }
                case "TIMEX3":
                    if !tag.closing {
                        if tag.attributes["functionInDocument"] == "CREATION_TIME", dct == nil {
                            dct = tag.attributes["value"]
                        }
                        if inText && !tag.selfClosing { open.append((out.count, tag.attributes)) }
                    } else if inText, let o = open.popLast() {
                        guard let type = o.attributes["type"] else {
                            warnings.append("\(source): a TIMEX3 without type; skipped")
                            continue
                        }
                        if o.start < out.count {
                            spans.append(EvalSpan(start: o.start, end: out.count, label: type,
                                                  value: o.attributes["value"], mod: o.attributes["mod"]))
                        }
                    }
                default:
                    break
                }
                continue
            }
            if c == "&" {
                let (decoded, next) = decodeEntity(s, at: i)
                emit(decoded)
                i = next
                continue
            }
            if c == "\r" {
                emit("\n")
                i += (i + 1 < n && s[i + 1] == "\n") ? 2 : 1
                continue
            }
            emit(c)
            i += 1
        }
        if !sawText { warnings.append("\(source): no TEXT element; the document is empty") }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: out)
        var doc = EvalDocument(id: id, text: String(text), spans: spans.sorted { ($0.start, $0.end) < ($1.start, $1.end) })
        if let dct { doc.setMeta("dct", .string(dct)) }
        if let title {
            var t = String.UnicodeScalarView()
            t.append(contentsOf: title)
            let trimmed = String(t).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            if !trimmed.isEmpty { doc.setMeta("title", .string(trimmed)) }
        }
        return doc
    }

    /// A start or end tag at `k` (which holds `<`): its name, attributes and the index after `>`.
    static func parseTag(_ s: [Unicode.Scalar], at k: Int)
        -> (name: String, closing: Bool, selfClosing: Bool, attributes: [String: String], next: Int) {
        let n = s.count
        var i = k + 1
        let closing = i < n && s[i] == "/"
        if closing { i += 1 }
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            c.properties.isAlphabetic || ("0" ... "9").contains(c) || c == "_" || c == "-" || c == ":" || c == "."
        }
        var name = String.UnicodeScalarView()
        while i < n, isNameChar(s[i]) { name.append(s[i]); i += 1 }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < n, s[i] != ">" {
            if s[i] == "/" { selfClosing = true; i += 1; continue }
            if s[i].properties.isWhitespace { i += 1; continue }
            var key = String.UnicodeScalarView()
            while i < n, isNameChar(s[i]) { key.append(s[i]); i += 1 }
            if key.isEmpty { i += 1; continue }
            while i < n, s[i].properties.isWhitespace { i += 1 }
            guard i < n, s[i] == "=" else { continue }
            i += 1
            while i < n, s[i].properties.isWhitespace { i += 1 }
            guard i < n, s[i] == "\"" || s[i] == "'" else { continue }
            let quote = s[i]
            i += 1
            var value = String.UnicodeScalarView()
            while i < n, s[i] != quote {
                if s[i] == "&" {
                    let (c, next) = decodeEntity(s, at: i)
                    value.append(c)
                    i = next
                } else {
                    value.append(s[i])
                    i += 1
                }
            }
            i += 1
            attributes[String(key)] = String(value)
        }
        return (String(name), closing, selfClosing, attributes, min(n, i + 1))
    }

    /// The character an entity or character reference at `k` stands for; an
    /// unknown or unterminated one stands for `&` itself.
    static func decodeEntity(_ s: [Unicode.Scalar], at k: Int) -> (Unicode.Scalar, Int) {
        var j = k + 1
        var body = ""
        while j < s.count, j - k <= 12, s[j] != ";" {
            body.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";" else { return ("&", k + 1) }
        let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        if let c = named[body] { return (c, j + 1) }
        if body.hasPrefix("#x") || body.hasPrefix("#X"), let v = UInt32(body.dropFirst(2), radix: 16),
           let c = Unicode.Scalar(v) { return (c, j + 1) }
        if body.hasPrefix("#"), let v = UInt32(body.dropFirst()), let c = Unicode.Scalar(v) { return (c, j + 1) }
        return ("&", k + 1)
    }
}
