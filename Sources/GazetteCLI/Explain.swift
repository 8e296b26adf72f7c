import ArgumentParser
import Gazette
import GazetteCore

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every candidate span of every recognizer for a text, and why it was kept or dropped.",
        discussion: """
        Candidates overlap; the overlap policy keeps the longest, then by label
        priority (DATE, TIME, DURATION, SET, PERSON, PROGRAMME, ORG, GPE, LOC, MISC),
        then the earliest. Each line: KEPT or LOST, offsets, label, text, recognizer
        and rule, the value, mod, role, source and entity when set, and for a lost
        candidate the one that won.

        Example:
          gazette explain "Defence Minister Zakir Hasanov met NATO officials on Friday." --dct 2021-10-25
        """
    )

    @Argument(help: "The text to explain.")
    var text: String

    @Option(help: "Creation date (YYYY-MM-DD) to resolve relative dates against.")
    var dct: String?

    func validate() throws {
        if let dct, CalendarDate(iso: dct) == nil {
            throw ValidationError("--dct must be a date written YYYY-MM-DD, not '\(dct)'")
        }
    }

    func run() throws {
        let annotator = try Annotator(recognizers: Annotator.standardRecognizers())
        let explanations = try annotator.session().explain(
            text, context: DocumentContext(id: "explain", dct: dct.flatMap(CalendarDate.init(iso:))))
        if explanations.isEmpty {
            print("no candidates")
            return
        }
        let sorted = explanations.sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
        for e in sorted {
            print(Self.line(e))
        }
    }

    static func line(_ e: Annotator.Explanation) -> String {
        let s = e.span
        var parts = [e.kept ? "KEPT" : "LOST", "\(s.start)-\(s.end)", s.label.rawValue, "\"\(s.text)\"",
                     "\(e.recognizer)/\(s.rule ?? "-")"]
        if let v = s.value { parts.append("value=\(v)") }
        if let v = s.mod { parts.append("mod=\(v)") }
        if let v = s.role { parts.append("role=\"\(v)\"") }
        if let v = s.source { parts.append("source=\(v)") }
        if let v = s.entity { parts.append("entity=\(v)") }
        if let w = e.lostTo {
            parts.append("<- overlaps \(w.label.rawValue) \(w.start)-\(w.end) \"\(w.text)\" (\(e.reason ?? "-"))")
        }
        return parts.joined(separator: "  ")
    }
}
