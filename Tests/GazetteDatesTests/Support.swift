import GazetteCore
import GazetteDates
import GazetteText
import Testing

/// One row of an example table: a text, the dct it is read with, and the spans the
/// recognizer must produce after overlap resolution, written `text=LABEL value [mod]`.
struct Example: Sendable, CustomTestStringConvertible {
    let text: String
    let dct: String?
    let expected: [String]

    var testDescription: String { "\(text) [dct \(dct ?? "none")]" }
}

/// `ex("He left on Friday.", "Friday=DATE 2021-10-22")`, read with the table's default dct.
func ex(_ text: String, _ expected: String...) -> Example {
    Example(text: text, dct: defaultDCT, expected: expected)
}

/// A row with its own dct (nil: none).
func ex(_ text: String, dct: String?, _ expected: String...) -> Example {
    Example(text: text, dct: dct, expected: expected)
}

/// 2021-10-25, a Monday (ISO week 43).
let defaultDCT = "2021-10-25"

/// Recognizers are immutable and shared; building the lexicon once keeps the suite fast.
let englishRecognizer: DateRecognizer = try! DateRecognizer()
let multilingualRecognizer: DateRecognizer = try! DateRecognizer(locales: ["en", "de", "ru", "fr", "az", "es", "it"])
let dayFirstRecognizer: DateRecognizer = try! DateRecognizer(dateOrder: .dayFirst)

/// The resolved spans of `text`, formatted like the table's expectations.
func spans(_ text: String, dct: String?, recognizer: DateRecognizer = englishRecognizer) throws -> [String] {
    let analyzed = try Tokenizer().analyze(text)
    let context = DocumentContext(id: "test", dct: dct.flatMap(CalendarDate.init(iso:)))
    let kept = OverlapResolver.resolve(recognizer.recognize(analyzed, context: context))
    return kept.map { c in
        var s = "\(analyzed.normalized.string(c.range))=\(c.label.rawValue) \(c.value ?? "")"
        if let mod = c.mod { s += " \(mod)" }
        return s
    }
}
