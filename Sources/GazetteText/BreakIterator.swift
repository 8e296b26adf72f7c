import CICU

/// Owns one ICU break iterator (word or sentence boundaries, UAX #29) and closes it.
///
/// Not thread-safe: each worker keeps its own. The text buffer given to
/// `boundaries(in:)` is only read during that call.
final class BreakIterator {
    enum Kind: Int32 {
        case word = 1
        case sentence = 3
    }

    private let handle: OpaquePointer

    init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: gz_status = 0
        let it = gz_break_open(kind.rawValue, locale, &status)
        try ICUError.check(status, "ubrk_open(\(kind), \(locale))")
        guard let it else { throw ICUError(operation: "ubrk_open", code: 1) }
        handle = it
    }

    deinit { gz_break_close(handle) }

    /// Calls `body(start, end, ruleStatus)` for every segment of `text`, in order. With
    /// `detach: false` the iterator keeps pointing at `text`: call `detach()` before the
    /// buffer is freed.
    func forEachSegment(in text: UnsafeBufferPointer<UInt16>, detach: Bool = true,
                        _ body: (Int, Int, Int32) -> Void) throws(ICUError) {
        guard let base = text.baseAddress, text.count > 0 else { return }
        var status: gz_status = 0
        gz_break_set_text(handle, base, Int32(text.count), &status)
        try ICUError.check(status, "ubrk_setText")
        var start = Int(gz_break_first(handle))
        while true {
            let end = gz_break_next(handle)
            if end == GZ_BREAK_DONE { break }
            body(start, Int(end), gz_break_rule_status(handle))
            start = Int(end)
        }
        // Detach the iterator from the buffer, which the caller may free.
        if detach { gz_break_set_text(handle, base, 0, &status) }
    }

    /// Points the iterator at no text, so that it holds no pointer to a freed buffer.
    func detach() {
        var status: gz_status = 0
        let empty: [UInt16] = [0]
        empty.withUnsafeBufferPointer { gz_break_set_text(handle, $0.baseAddress, 0, &status) }
    }
}
