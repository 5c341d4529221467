/// A rule named by a letter and a number ("P3", "R11"): both rule sets read and sort the same way.
public protocol NumberedRule: RawRepresentable, Comparable, Sendable where RawValue == String {
    /// The short name shown beside the id ("after-deadline").
    var name: String { get }
}

extension NumberedRule {
    /// "P3 after-deadline".
    public var label: String { "\(rawValue) \(name)" }

    /// By number, so R10 comes after R9.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        Int(lhs.rawValue.dropFirst())! < Int(rhs.rawValue.dropFirst())!
    }
}
