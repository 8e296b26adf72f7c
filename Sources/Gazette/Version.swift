/// The version `gazette --version` prints.
public enum GazetteVersion {
    public static let string = "0.1.0"
}
