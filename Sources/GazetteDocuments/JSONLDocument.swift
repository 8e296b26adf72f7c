import GazetteJSON

/// Reads one line of FORMAT.md JSONL as a document.
///
/// `text` must be a string; `id` a string or a number (when absent, the id is
/// `source:line`); `meta` an object when present. Any `spans` are ignored.
public enum JSONLDocument {
    public static func make(line bytes: UnsafeBufferPointer<UInt8>, source: String, lineNumber: Int) -> InputItem {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return .error(InputError("malformed JSON: \(error)", source: source, line: lineNumber))
        }
        return make(value: value, source: source, lineNumber: lineNumber)
    }

    /// The document of a parsed line.
    public static func make(value: JSONValue, source: String, lineNumber: Int) -> InputItem {
        guard case let .object(fields) = value else {
            return .error(InputError("expected a JSON object, found \(value.typeName)", source: source, line: lineNumber))
        }
        var id: String?
        var text: String?
        var meta: [(String, JSONValue)] = []
        for (key, v) in fields {
            switch key {
            case "id":
                switch v {
                case let .string(s): id = s
                case let .number(n): id = n
                default:
                    return .error(InputError("\"id\" must be a string or a number, found \(v.typeName)",
                                             source: source, line: lineNumber))
                }
            case "text":
                guard case let .string(s) = v else {
                    return .error(InputError("\"text\" must be a string, found \(v.typeName)", source: source, line: lineNumber))
                }
                text = s
            case "meta":
                guard case let .object(m) = v else {
                    return .error(InputError("\"meta\" must be an object, found \(v.typeName)", source: source, line: lineNumber))
                }
                meta = m
            default:
                continue
            }
        }
        guard let text else {
            return .error(InputError("the document has no \"text\" field", source: source, line: lineNumber))
        }
        return .document(Document(id: id ?? "\(source):\(lineNumber)", text: text, meta: meta, source: source,
                                  line: lineNumber))
    }
}
