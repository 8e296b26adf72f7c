/// How the pipeline writes annotated documents.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// FORMAT.md JSON Lines: one document or error record per line.
    case jsonl
    /// One self-contained HTML page for all documents (`GazetteHTML.HTMLPageWriter`):
    /// the page's head is written before the first item and its table of contents
    /// after the last. The text is always shown.
    case html
}
