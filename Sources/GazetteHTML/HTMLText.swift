import GazetteCore

/// Renders a text with highlighted stretches as HTML: the text escaped, each mark a
/// `<mark>` element, line breaks left to the page's `white-space: pre-wrap`.
///
/// The text is sliced by Unicode code points, so a mark never splits one. Marks may
/// nest (rendered as nested elements) and may even cross: a mark that crosses the end
/// of an enclosing one is closed there and continued in a second element of class
/// `cont`, so every mark has exactly one element without `cont`. Marks whose offsets
/// lie outside the text, or whose start is after their end, are skipped.
public enum HTMLText {
    /// Appends `text` with `marks`; returns the indices of the marks that were skipped.
    @discardableResult
    public static func render(_ text: String, marks: [HTMLMark], into out: inout [UInt8]) -> [Int] {
        render(Array(text.unicodeScalars), marks: marks, into: &out)
    }

    /// Appends the code points `scalars` with `marks`; returns the indices of the marks that were skipped.
    @discardableResult
    public static func render(_ scalars: [Unicode.Scalar], marks: [HTMLMark], into out: inout [UInt8]) -> [Int] {
        var skipped: [Int] = []
        var order: [Int] = []
        for (k, m) in marks.enumerated() {
            if m.start >= 0, m.start <= m.end, m.end <= scalars.count { order.append(k) } else { skipped.append(k) }
        }
        order.sort { a, b in
            let x = marks[a], y = marks[b]
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
            return a < b
        }
        var open: [Int] = [] // indices of the marks whose element is open, outermost first
        var next = 0
        var position = 0
        while true {
            let nextStart = next < order.count ? marks[order[next]].start : Int.max
            let nextEnd = open.lazy.map { marks[$0].end }.min() ?? Int.max
            let boundary = min(nextStart, nextEnd)
            if boundary == Int.max { break }
            HTMLEscape.append(scalars, position ..< boundary, into: &out)
            position = boundary
            if nextEnd == boundary {
                // Close everything down to the outermost mark that ends here, then
                // continue the crossing marks that were closed with it.
                let lowest = open.firstIndex { marks[$0].end == boundary }!
                var crossing: [Int] = []
                while open.count > lowest {
                    let k = open.removeLast()
                    out.markup("</mark>")
                    if marks[k].end != boundary { crossing.append(k) }
                }
                for k in crossing.reversed() {
                    openTag(marks[k], continuation: true, into: &out)
                    open.append(k)
                }
            }
            while next < order.count, marks[order[next]].start == boundary {
                let k = order[next]
                next += 1
                openTag(marks[k], continuation: false, into: &out)
                if marks[k].end == boundary { out.markup("</mark>") } else { open.append(k) }
            }
        }
        HTMLEscape.append(scalars, position ..< scalars.count, into: &out)
        return skipped
    }

    /// `<mark class="l-LABEL ..." data-l="LABEL" data-tip="..." data-e="...">`.
    static func openTag(_ m: HTMLMark, continuation: Bool, into out: inout [UInt8]) {
        out.markup("<mark class=\"")
        let known = LabelStyle.isKnown(m.label)
        if known {
            out.markup("l-")
            out.append(contentsOf: m.label.utf8) // a known label: letters only
        } else {
            out.markup("l-other")
        }
        HTMLEscape.appendClasses(m.classes, leadingSpace: true, into: &out)
        if continuation { out.markup(" cont") }
        out.markup("\" data-l=\"")
        HTMLEscape.append(m.label, into: &out)
        out.markup("\" data-tip=\"")
        for d in m.details {
            HTMLEscape.append(d.name, into: &out)
            out.markup(": ")
            HTMLEscape.append(d.value, into: &out)
            out.append(0x0A)
        }
        out.markup("offsets: ")
        out.decimal(m.start)
        out.markup("\u{2013}")
        out.decimal(m.end)
        out.append(0x22)
        if let entity = m.entity {
            out.markup(" data-e=\"")
            HTMLEscape.append(entity, into: &out)
            out.append(0x22)
        }
        if !known || m.entity != nil {
            out.markup(" style=\"")
            if !known {
                out.markup("--bg:hsl(")
                out.decimal(LabelStyle.hue(m.label))
                out.markup(",70%,82%);")
            }
            if let entity = m.entity {
                out.markup("--ec:hsl(")
                out.decimal(LabelStyle.hue(entity))
                out.markup(",85%,35%)")
            }
            out.append(0x22)
        }
        out.append(0x3E)
    }
}
