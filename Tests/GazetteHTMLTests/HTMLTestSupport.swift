import Foundation

/// Small readers of the HTML the writer produces, for assertions.
enum Page {
    /// Occurrences of `needle` in `haystack`.
    static func count(_ needle: String, in haystack: String) -> Int {
        var n = 0
        var rest = haystack[...]
        while let r = rest.range(of: needle) {
            n += 1
            rest = rest[r.upperBound...]
        }
        return n
    }

    /// The names of all tags (`<name` and `</name`), in order.
    static func tags(_ html: String) -> [String] {
        var names: [String] = []
        let s = Array(html.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "<" {
                var j = i + 1
                if j < s.count, s[j] == "/" { j += 1 }
                var name = ""
                while j < s.count, s[j].properties.isAlphabetic || ("0" ... "9").contains(s[j]) {
                    name.unicodeScalars.append(s[j])
                    j += 1
                }
                if !name.isEmpty { names.append(name.lowercased()) }
            }
            i += 1
        }
        return names
    }

    /// The text of an HTML fragment: tags removed, the five escapes undone. Works on
    /// code points, since a tag may sit between a letter and its combining mark.
    static func text(_ fragment: String) -> String {
        var out = String.UnicodeScalarView()
        var inTag = false
        for c in fragment.unicodeScalars {
            if inTag { if c == ">" { inTag = false }; continue }
            if c == "<" { inTag = true; continue }
            out.append(c)
        }
        return String(out).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The content of the first `<div class="text">`.
    static func textDiv(_ html: String) -> String? {
        guard let start = html.range(of: "<div class=\"text\">"),
              let end = html.range(of: "</div></article>", range: start.upperBound ..< html.endIndex) else { return nil }
        return String(html[start.upperBound ..< end.lowerBound])
    }

    /// The texts of the `<mark>` elements of a fragment without nested marks, in order.
    static func markTexts(_ fragment: String) -> [String] {
        let s = Array(fragment.unicodeScalars)
        let open = Array("<mark ".unicodeScalars), close = Array("</mark>".unicodeScalars)
        func find(_ needle: [Unicode.Scalar], from: Int) -> Int? {
            guard from <= s.count - needle.count else { return nil }
            return (from ..< s.count - needle.count + 1).first { Array(s[$0 ..< $0 + needle.count]) == needle }
        }
        var result: [String] = []
        var i = 0
        while let start = find(open, from: i), let gt = s[start...].firstIndex(of: ">"), let end = find(close, from: gt) {
            result.append(text(String(String.UnicodeScalarView(s[(gt + 1) ..< end]))))
            i = end + close.count
        }
        return result
    }
}
