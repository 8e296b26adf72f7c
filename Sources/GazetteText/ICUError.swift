import CICU

/// A failure reported by ICU, with the operation that failed and ICU's own error name.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let operation: String
    public let code: Int32

    public var description: String {
        "\(operation) failed: \(String(cString: gz_error_name(code)))"
    }

    /// Throws when `status` is an ICU failure (positive); warnings (negative) pass.
    static func check(_ status: gz_status, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 { throw ICUError(operation: operation(), code: status) }
    }
}
