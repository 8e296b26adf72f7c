import GazetteJSON

/// Reads a plain-text article: the whole file is the text, and an optional header
/// in the layout of the example articles fills the metadata.
///
/// - A first non-blank line `date YYYY-MM-DD By <Publisher>` (leading white space
///   allowed) sets `meta.dct` and `meta.publisher`;
/// - the next non-blank line, if it is `By <Name>`, sets `meta.byline`.
/// The header stays in the text, and offsets count from the file's first character.
public enum TextDocument {
    public static func make(id: String, text: String, source: String) -> Document {
        var doc = Document(id: id, text: text, source: source)
        let header = parseHeader(text)
        if let dct = header.dct { doc.setMeta("dct", .string(dct)) }
        if let publisher = header.publisher { doc.setMeta("publisher", .string(publisher)) }
        if let byline = header.byline { doc.setMeta("byline", .string(byline)) }
        return doc
    }

    /// The header fields of `text`, those that are present.
    public static func parseHeader(_ text: String) -> (dct: String?, publisher: String?, byline: String?) {
        var lines = nonBlankLines(text, limit: 2).makeIterator()
        guard let first = lines.next() else { return (nil, nil, nil) }
        var words = first.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 4, words[0] == "date", words[2] == "By",
              let date = words.dropFirst().first.map(String.init), isISODate(date) else { return (nil, nil, nil) }
        words.removeFirst(3)
        let publisher = words.joined(separator: " ")
        var byline: String?
        if let second = lines.next(), second.hasPrefix("By ") || second.hasPrefix("By\t") {
            let name = second.dropFirst(3).trimmingSpaces()
            if !name.isEmpty { byline = name }
        }
        return (date, publisher, byline)
    }

    private static func isISODate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { u[$0] >= 0x30 && u[$0] <= 0x39 }
    }

    /// Up to `limit` non-blank lines among the first 4 KB, with leading and trailing
    /// white space removed (a header is short; a huge file is not scanned).
    private static func nonBlankLines(_ text: String, limit: Int) -> [String] {
        var result: [String] = []
        let head = text.utf8.count > 4096 ? Substring(text.unicodeScalars.prefix(4096)) : Substring(text)
        for line in head.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty { continue }
            result.append(trimmed)
            if result.count == limit { break }
        }
        return result
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first ... last]))
    }
}
