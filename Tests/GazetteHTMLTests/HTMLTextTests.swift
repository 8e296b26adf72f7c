import GazetteCore
@testable import GazetteHTML
import Testing

@Suite struct HTMLTextTests {
    private func render(_ text: String, _ marks: [HTMLMark]) -> (html: String, skipped: [Int]) {
        var out: [UInt8] = []
        let skipped = HTMLText.render(text, marks: marks, into: &out)
        return (String(decoding: out, as: UTF8.self), skipped)
    }

    private func mark(_ start: Int, _ end: Int, _ label: String = "PERSON") -> HTMLMark {
        HTMLMark(start: start, end: end, label: label)
    }

    @Test func oneElementPerMarkAndTheTextUnchanged() {
        let text = "Jonas Berg met the Baltic Trade Council in Riga.\n\nOn Tuesday."
        let marks = [mark(0, 10), mark(19, 39, "ORG"), mark(43, 47, "GPE"), mark(53, 60, "DATE")]
        let (html, skipped) = render(text, marks)
        #expect(skipped.isEmpty)
        #expect(Page.count("<mark ", in: html) == 4)
        #expect(Page.count("</mark>", in: html) == 4)
        #expect(Page.markTexts(html) == ["Jonas Berg", "Baltic Trade Council", "Riga", "Tuesday"])
        #expect(Page.text(html) == text)
        #expect(html.contains("Riga</mark>.\n\nOn "))
    }

    /// Offsets count code points: a combining mark, an emoji with a skin tone and a
    /// family joined by ZWJ are several code points each, and are never split.
    @Test func slicesByCodePoints() {
        let text = "Zoe\u{308} M\u{FC}ller \u{1F44D}\u{1F3FD} Jos\u{E9} \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} \u{6771}\u{4EAC}"
        let scalars = Array(text.unicodeScalars)
        func slice(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a ..< b])) }
        // "Zoë Müller" = 0..<11 (Z o e U+0308 space M ü l l e r), emoji 12..<14,
        // "José" 15..<19, family 20..<25, 東京 26..<28.
        let marks = [mark(0, 11), mark(12, 14, "MISC"), mark(15, 19), mark(20, 25, "MISC"), mark(26, 28, "GPE")]
        let (html, skipped) = render(text, marks)
        #expect(skipped.isEmpty)
        let expected = marks.map { slice($0.start, $0.end) }
        #expect(expected == ["Zoe\u{308} M\u{FC}ller", "\u{1F44D}\u{1F3FD}", "Jos\u{E9}",
                             "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{6771}\u{4EAC}"])
        #expect(Page.markTexts(html) == expected)
        #expect(Page.text(html) == text)
        #expect(html.contains("offsets: 26\u{2013}28"))
    }

    /// A mark ending between a letter and its combining mark keeps both code points whole.
    @Test func aMarkMayEndInsideAGraphemeWithoutBreakingACodePoint() {
        let text = "Zoe\u{308}!"
        var out: [UInt8] = []
        HTMLText.render(text, marks: [mark(0, 3)], into: &out)
        let html = String(validating: out, as: UTF8.self)
        #expect(html != nil)
        #expect(html.map(Page.markTexts) == ["Zoe"])
        #expect(html.map(Page.text) == text)
    }

    @Test func nestedMarksBecomeNestedElements() {
        let text = "the University of Tartu said"
        let marks = [mark(4, 23, "ORG"), mark(18, 23, "GPE")]
        let (html, _) = render(text, marks)
        #expect(html.contains(">University of <mark class=\"l-GPE\""))
        #expect(html.contains("Tartu</mark></mark> said"))
        #expect(Page.text(html) == text)
    }

    /// A mark crossing the end of another is continued in a second element of class `cont`.
    @Test func crossingMarksAreSplitOnceAndCountedOnce() {
        let text = "Summer School 2026 ran"
        let marks = [mark(0, 18, "EVENT"), mark(7, 22, "MISC")]
        let (html, skipped) = render(text, marks)
        #expect(skipped.isEmpty)
        #expect(Page.count("<mark ", in: html) == 3)
        #expect(Page.count(" cont\"", in: html) == 1)
        #expect(Page.count("<mark ", in: html) - Page.count(" cont\"", in: html) == marks.count)
        #expect(Page.count("</mark>", in: html) == 3)
        #expect(html.contains("School 2026</mark></mark><mark class=\"l-MISC cont\""))
        #expect(Page.text(html) == text)
    }

    @Test func marksOutsideTheTextAreSkippedAndEmptyMarksKept() {
        let text = "abc"
        let marks = [mark(0, 1), mark(2, 4), mark(-1, 1), mark(2, 1), mark(3, 3, "DATE")]
        let (html, skipped) = render(text, marks)
        #expect(skipped == [1, 2, 3])
        #expect(Page.count("<mark ", in: html) == 2)
        #expect(html.hasSuffix("c<mark class=\"l-DATE\" data-l=\"DATE\" data-tip=\"offsets: 3\u{2013}3\"></mark>"))
        #expect(Page.text(html) == text)
    }

    @Test func unknownLabelsAndEntitiesGetInlineColours() {
        let marks = [HTMLMark(start: 0, end: 1, label: "EVENT", entity: "e1", classes: ["missed", "x\"y"])]
        let (html, _) = render("a", marks)
        #expect(html.hasPrefix("<mark class=\"l-other missed xy\" data-l=\"EVENT\""))
        #expect(html.contains(" data-e=\"e1\" style=\"--bg:hsl("))
        #expect(html.contains(";--ec:hsl("))
    }

    @Test func spansKeepTheirFieldsInTheTooltip() {
        let span = Span(start: 0, end: 9, label: .date, text: "late 2025", rule: "date.modified-year", source: "a.txt, b.txt",
                        value: "2025", mod: "END", role: nil, entity: nil)
        let (html, _) = render("late 2025", [HTMLMark(span)])
        #expect(html.contains("data-tip=\"value: 2025\nmod: END\nrule: date.modified-year\nsource: a.txt, b.txt\noffsets: 0\u{2013}9\""))
        #expect(!html.contains("data-e="))
    }

    @Test func entityHuesAreStableAndSpreadOut() {
        #expect(LabelStyle.hue("e1") == LabelStyle.hue("e1"))
        let hues = (1 ... 8).map { LabelStyle.hue("e\($0)") }
        #expect(Set(hues).count == 8)
        #expect(hues.allSatisfy { (0 ..< 360).contains($0) })
        #expect(hues.max()! - hues.min()! > 180)
    }
}
