/// The entity and TIMEX3 labels of FORMAT.md.
public enum Label: String, Sendable, CaseIterable, Comparable, Codable {
    case person = "PERSON"
    case org = "ORG"
    case programme = "PROGRAMME"
    case gpe = "GPE"
    case loc = "LOC"
    case misc = "MISC"
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"

    /// Whether the label is one of the four TIMEX3 types.
    public var isTemporal: Bool {
        switch self {
        case .date, .time, .duration, .set: return true
        default: return false
        }
    }

    /// Tie-break order for overlap resolution: lower wins between spans of equal length.
    public var priority: Int {
        switch self {
        case .date: return 0
        case .time: return 1
        case .duration: return 2
        case .set: return 3
        case .person: return 4
        case .programme: return 5
        case .org: return 6
        case .gpe: return 7
        case .loc: return 8
        case .misc: return 9
        }
    }

    public static func < (a: Label, b: Label) -> Bool { a.priority < b.priority }
}
