extension MessageVerdict {
    /// P11's "not yet" as one sentence with the rule and the moment it would have been right; nil
    /// when the message was advised. The command line and the web app warn with the same words.
    public func warning(in zone: Zone, today: Day) -> String? {
        guard !isAdvised else { return nil }
        var warning = "[\(rule?.label ?? "P11 too-early")] \(reason)"
        if let from = appropriateFrom, !warning.contains("right from") {
            warning += " It would have been right from \(DateText.instant(from, in: zone, today: today)) \(zone.identifier)."
        }
        return warning
    }
}
