/// How the pipeline writes annotated documents.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// FORMAT.md JSON Lines: one document or error record per line.
    case jsonl
    /// One self-contained HTML page for all documents (`GazetteHTML.HTMLPageWriter`):
    /// the page's head is written before the first item and its table of contents
    /// after the last. The text is always shown.
    case html
    /// CoNLL columns with IOB2 tags, `-DOCSTART-` before each document, as `gazette
    /// convert --to conll` writes them (`GazetteFormats.CorpusWriter.conll`).
    case conll
    /// TimeML, TIMEX3 inline: one complete `.tml` file per document
    /// (`CorpusWriter.timeml`), named `<id>.tml` in a directory or one after the other
    /// on a stream.
    case timeml
    /// brat standoff: `<id>.txt` and `<id>.ann` per document (`CorpusWriter.bratAnnotations`);
    /// needs a directory.
    case brat

    /// Whether the output files are named by document id (`<id>.tml`, `<id>.txt` and
    /// `<id>.ann`) rather than by input file.
    public var namesFilesByDocument: Bool { self == .timeml || self == .brat }
}
