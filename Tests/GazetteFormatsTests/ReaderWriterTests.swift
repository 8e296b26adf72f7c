import Foundation
@testable import GazetteFormats
import GazetteTestSupport
import Testing

private func span(_ s: Int, _ e: Int, _ l: String, _ v: String? = nil, _ m: String? = nil) -> EvalSpan {
    EvalSpan(start: s, end: e, label: l, value: v, mod: m)
}

@Suite struct ReaderTests {
    @Test func formatJSONLAndDoccanoLines() throws {
        let content = """
        {"id": "a", "text": "Zakir Hasanov met on 25 Oct 2021.", "meta": {"dct": "2021-10-25"}, "spans": [{"start": 0, "end": 13, "label": "PERSON", "text": "Zakir Hasanov"}, {"start": 21, "end": 32, "label": "DATE", "value": "2021-10-25", "mod": "START"}]}
        {"id": 7, "text": "Ölaf in Baku", "label": [[0, 4, "PERSON"], [8, 12, "GPE"]]}
        {"id": "c", "text": "NATO", "entities": [{"id": 1, "start_offset": 0, "end_offset": 4, "label": "ORG"}]}

        {"id": "d", "text": "short", "spans": [{"start": 2, "end": 9, "label": "ORG"}, {"start": 3, "end": 3, "label": "ORG"}]}
        """
        var warnings: [String] = []
        let docs = try JSONLCorpus.read(content, source: "f.jsonl", warnings: &warnings)
        #expect(docs.map(\.id) == ["a", "7", "c", "d"])
        #expect(docs[0].spans == [span(0, 13, "PERSON"), span(21, 32, "DATE", "2021-10-25", "START")])
        #expect(docs[0].dct == "2021-10-25")
        #expect(docs[1].spans == [span(0, 4, "PERSON"), span(8, 12, "GPE")])
        #expect(docs[2].spans == [span(0, 4, "ORG")])
        #expect(docs[3].spans.isEmpty)
        #expect(warnings.count == 2)
        #expect(warnings[0].hasPrefix("f.jsonl:5: span ORG[2,9) ends after the text"))
    }

    @Test func malformedJSONIsAnError() {
        var warnings: [String] = []
        #expect(throws: CorpusError.self) { try JSONLCorpus.read("{\"id\": 1,\n", source: "f", warnings: &warnings) }
    }

    @Test func conllIOB1() {
        let content = """
        -DOCSTART- -X- -X- O

        EU NNP I-NP I-ORG
        rejects VBZ I-VP O
        German JJ I-NP I-MISC
        call NN I-NP O
        . . O O

        Peter NNP I-NP I-PER
        Blackburn NNP I-NP I-PER
        BRUSSELS NNP I-NP I-LOC
        1996-08-22 CD I-NP O

        -DOCSTART- -X- -X- O

        Lee I-PER
        Kim B-PER

        """
        var warnings: [String] = []
        let docs = CoNLLCorpus.read(content, name: "eng", warnings: &warnings)
        #expect(docs.map(\.id) == ["eng:0001", "eng:0002"])
        #expect(docs[0].text == "EU rejects German call .\nPeter Blackburn BRUSSELS 1996-08-22")
        #expect(docs[0].spans == [span(0, 2, "ORG"), span(11, 17, "MISC"), span(25, 40, "PERSON"), span(41, 49, "LOC")])
        #expect(docs[0].dct == "1996-08-22")
        #expect(docs[1].text == "Lee Kim")
        #expect(docs[1].spans == [span(0, 3, "PERSON"), span(4, 7, "PERSON")])
        #expect(warnings.isEmpty)
    }

    @Test func conllIOB2AndIOBESWithoutDocstart() {
        let content = "New\tB-LOC\nYork\tI-LOC\nis\tO\nbig\tO\nI-X\tO\n\nA\tS-ORG\nB\tB-ORG\nC\tE-ORG\nD\tI-ORG\nE\tO\n"
        var warnings: [String] = []
        let docs = CoNLLCorpus.read(content, name: "x", warnings: &warnings)
        #expect(docs.count == 1)
        #expect(docs[0].text == "New York is big I-X\nA B C D E")
        #expect(docs[0].spans == [span(0, 8, "LOC"), span(20, 21, "ORG"), span(22, 25, "ORG"), span(26, 27, "ORG")])
        #expect(CoNLLCorpus.looksLikeColumns(content))
        #expect(!CoNLLCorpus.looksLikeColumns("Just some text.\nAnother line here."))
    }

    @Test func bratAnnotations() {
        let text = "Zakir met on 25 Oct 2021 in Baku\nCity."
        let ann = "T1\tPERSON 0 5\tZakir\nT2\tDATE 13 24\t25 Oct 2021\n#1\tAnnotatorNotes T2\t2021-10-25\n"
            + "A1\tMod T2 START\nT3\tGPE 28 32;33 37\tBaku City\nR1\tLocated Arg1:T1 Arg2:T3\nT4\tORG 40 45\tbad\n"
        var warnings: [String] = []
        let doc = BratCorpus.parse(id: "n", text: text, ann: ann, source: "n.ann", warnings: &warnings)
        #expect(doc.spans == [span(0, 5, "PERSON"), span(13, 24, "DATE", "2021-10-25", "START"), span(28, 37, "GPE")])
        #expect(warnings.count == 2) // discontinuous T3, T4 outside the text
    }

    @Test func timeMLDocument() {
        let tml = """
        <?xml version="1.0" ?>\r
        <TimeML>\r
        <DOCID>wsj_0001</DOCID>\r
        <DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" temporalFunction="false" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>\r
        <TITLE> Big  news </TITLE>\r
        <TEXT>\r
        AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-10-25" mod="END">late yesterday</TIMEX3> it <!-- note -->would for <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3>&#46;\r
        </TEXT>\r
        </TimeML>\r

        """
        var warnings: [String] = []
        let doc = TimeMLCorpus.read(tml, id: "wsj_0001", source: "x.tml", warnings: &warnings)
        #expect(doc.text == "\nAT&T said late yesterday it would for two years.\n")
        #expect(doc.spans == [span(11, 25, "DATE", "1989-10-25", "END"), span(39, 48, "DURATION", "P2Y")])
        #expect(doc.dct == "1989-10-26")
        #expect(doc.meta.first { $0.0 == "title" }?.1.stringValue == "Big news")
        #expect(warnings.isEmpty)
    }

    @Test func detectionByExtensionAndContent() throws {
        let dir = try TemporaryDirectory()
        let p = dir.url.path
        try dir.write("a.jsonl", "{}\n")
        try dir.write("b.tml", "<TimeML/>")
        try dir.write("c.xml", "<?xml?><TimeML><TEXT/></TimeML>")
        try dir.write("d.conll", "EU B-ORG\n")
        try dir.write("e.txt", "Plain prose.\n")
        try dir.write("brat/x.txt", "X")
        try dir.write("brat/x.ann", "")
        try dir.write("tml/y.tml", "<TimeML/>")
        #expect(try CorpusReader.detect(p + "/a.jsonl") == .jsonl)
        #expect(try CorpusReader.detect(p + "/b.tml") == .timeml)
        #expect(try CorpusReader.detect(p + "/c.xml") == .timeml)
        #expect(try CorpusReader.detect(p + "/d.conll") == .conll)
        #expect(try CorpusReader.detect(p + "/brat") == .brat)
        #expect(try CorpusReader.detect(p + "/brat/x.txt") == .brat)
        #expect(try CorpusReader.detect(p + "/tml") == .timeml)
        #expect(throws: CorpusError.self) { try CorpusReader.detect(p + "/e.txt") }
        #expect(throws: CorpusError.self) { try CorpusReader.detect(p + "/missing.jsonl") }
    }
}

@Suite struct WriterTests {
    let doc = EvalDocument(id: "sub/n1", text: "Zakir Hasanov met NATO's chief on October 25.\nLate 2020 <was> & \"so\".",
                           meta: [("dct", .string("2021-10-25"))],
                           spans: [span(0, 13, "PERSON"), span(18, 22, "ORG"), span(34, 44, "DATE", "2021-10-25"),
                                   span(46, 55, "DATE", "2020", "END")])

    @Test func jsonlRoundTrip() throws {
        var warnings: [String] = []
        let back = try JSONLCorpus.read(CorpusWriter.jsonl([doc]), source: "w", warnings: &warnings)
        #expect(back.count == 1 && back[0].id == doc.id && back[0].text == doc.text && back[0].spans == doc.spans)
        #expect(back[0].dct == "2021-10-25")
        #expect(CorpusWriter.jsonl([doc]).contains(#""label":"ORG","text":"NATO"}"#))
    }

    @Test func bratFilesAndRoundTrip() throws {
        let spanning = EvalDocument(id: "m", text: "New\nYork", spans: [span(0, 8, "GPE")])
        #expect(CorpusWriter.bratAnnotations(spanning) == "T1\tGPE 0 3;4 8\tNew York\n")
        #expect(CorpusWriter.bratAnnotations(doc).hasSuffix(
            "T4\tDATE 46 55\tLate 2020\n#2\tAnnotatorNotes T4\t2020\nA1\tMod T4 END\n"))
        let dir = try TemporaryDirectory()
        try CorpusWriter.brat([doc, spanning], directory: dir.url.path)
        let read = try CorpusReader.read(dir.url.path)
        #expect(read.documents.map(\.id) == ["m", "sub/n1"])
        #expect(read.documents[1].spans == doc.spans && read.documents[1].text == doc.text)
        #expect(read.documents[0].spans == spanning.spans)
    }

    @Test func conllIOB2SplitsTokensAtSpanBoundaries() throws {
        let (text, skipped) = try CorpusWriter.conll([doc])
        #expect(skipped == 0)
        #expect(text == """
        -DOCSTART- O

        Zakir B-PER
        Hasanov I-PER
        met O
        NATO B-ORG
        's O
        chief O
        on O
        October B-DATE
        25 I-DATE
        . O

        Late B-DATE
        2020 I-DATE
        < O
        was O
        > O
        & O
        " O
        so O
        " O
        . O


        """)
        let initial = EvalDocument(id: "p", text: "Bowled by P. Simmons today.", spans: [span(10, 20, "PERSON")])
        #expect(try CorpusWriter.conll([initial]).text.contains("P. B-PER\nSimmons I-PER\n"))
        let inside = try CorpusWriter.conll([EvalDocument(id: "i", text: "abcdef", spans: [span(0, 3, "ORG")])]).text
        #expect(inside == "-DOCSTART- O\n\nabc B-ORG\ndef O\n\n")
        var warnings: [String] = []
        let back = CoNLLCorpus.read(text, name: "w", warnings: &warnings)
        #expect(back[0].text.hasPrefix("Zakir Hasanov met NATO 's chief on October 25 .\nLate 2020"))
        #expect(back[0].spans.map(\.label) == ["PERSON", "ORG", "DATE", "DATE"])
    }

    @Test func timeMLInlineAndRoundTrip() throws {
        let (file, skipped) = CorpusWriter.timeml(doc)
        #expect(skipped == 0)
        #expect(file.contains(#"<TEXT>Zakir Hasanov met NATO's chief on <TIMEX3 tid="t1" type="DATE" value="2021-10-25">October 25</TIMEX3>.\#n<TIMEX3 tid="t2" type="DATE" value="2020" mod="END">Late 2020</TIMEX3> &lt;was&gt; &amp; &quot;so&quot;.</TEXT>"#))
        var warnings: [String] = []
        let back = TimeMLCorpus.read(file, id: "x", source: "x", warnings: &warnings)
        #expect(back.text == doc.text && back.dct == "2021-10-25")
        #expect(back.spans == doc.spans.filter(\.isTemporal))
        let dir = try TemporaryDirectory()
        #expect(try CorpusWriter.timeml([doc], directory: dir.url.path) == 0)
        let read = try CorpusReader.read(dir.url.path)
        #expect(read.documents.map(\.id) == ["sub/n1"] && read.documents[0].spans == back.spans)
        let crossing = EvalDocument(id: "c", text: "abcdef", spans: [span(0, 4, "DATE"), span(2, 6, "TIME")])
        #expect(CorpusWriter.timeml(crossing).skipped == 1)
        let cr = EvalDocument(id: "r", text: "a\r\nb", spans: [])
        #expect(TimeMLCorpus.read(CorpusWriter.timeml(cr).file, id: "r", source: "r", warnings: &warnings).text == "a\r\nb")
    }
}
