import GazetteCore

/// The colour of each label, and a stable hue for anything else (unknown labels, entity ids).
enum LabelStyle {
    /// Background colours of the labels of FORMAT.md, in `Label.allCases` order.
    static let colours: [(Label, StaticString)] = [
        (.person, "#c9b8ff"), (.org, "#7fe3e6"), (.programme, "#ffe27a"), (.gpe, "#ffc773"),
        (.loc, "#ffa385"), (.misc, "#d5d5d5"), (.date, "#b7e59c"), (.time, "#a3d2ff"),
        (.duration, "#f6b3da"), (.set, "#d9c99a"),
    ]

    static func isKnown(_ label: String) -> Bool { Label(rawValue: label) != nil }

    /// A hue in 0..<360 from the FNV-1a hash of `s`, mixed (MurmurHash3's finalizer) so
    /// that ids differing in one character ("e1", "e2") get far-apart hues.
    static func hue(_ s: String) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in s.utf8 {
            h ^= UInt32(b)
            h = h &* 16_777_619
        }
        h ^= h >> 16
        h = h &* 0x85EB_CA6B
        h ^= h >> 13
        h = h &* 0xC2B2_AE35
        h ^= h >> 16
        return Int(h % 360)
    }

    /// CSS for the label colours and for hiding a label (`body.off-LABEL`).
    static func css(into out: inout [UInt8]) {
        for (label, colour) in colours {
            out.markup(".l-")
            out.append(contentsOf: label.rawValue.utf8)
            out.markup("{--bg:")
            colour.withUTF8Buffer { out.append(contentsOf: $0) }
            out.markup("}\n.off-")
            out.append(contentsOf: label.rawValue.utf8)
            out.markup(" mark.l-")
            out.append(contentsOf: label.rawValue.utf8)
            out.markup("{background:none;padding:0}\n.off-")
            out.append(contentsOf: label.rawValue.utf8)
            out.markup(" mark.l-")
            out.append(contentsOf: label.rawValue.utf8)
            out.markup("::after{display:none}\n")
        }
    }

    /// The legend: one button per label, which hides or shows that label's highlighting.
    static func legend(into out: inout [UInt8]) {
        for (label, _) in colours {
            out.markup("<button type=\"button\" class=\"key l-")
            out.append(contentsOf: label.rawValue.utf8)
            out.markup("\" data-toggle=\"")
            out.append(contentsOf: label.rawValue.utf8)
            out.markup("\" title=\"hide or show ")
            out.append(contentsOf: label.rawValue.utf8)
            out.markup("\">")
            out.append(contentsOf: label.rawValue.utf8)
            out.markup("</button>")
        }
        out.markup("<span class=\"key l-other\" title=\"labels outside FORMAT.md get a colour of their own\">other</span>")
    }
}
