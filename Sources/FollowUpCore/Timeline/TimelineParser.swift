import Foundation

/// Reads the timeline a recruiter gave, in English or Brazilian Portuguese, from inside a longer
/// sentence: "we'll get back to you by the end of next week", "retorno em até 10 dias úteis".
///
/// Pure: the day the words were said, the calendar and the policy come in as values, so the
/// same words always give the same day, and tests need no clock.
public struct TimelineParser: Sendable {
    public var calendar: BusinessCalendar
    public var policy: TimelinePolicy

    public init(calendar: BusinessCalendar = .weekendsOnly, policy: TimelinePolicy = TimelinePolicy()) {
        self.calendar = calendar
        self.policy = policy
    }

    /// The best reading of `text` said on `saidOn`, or an error saying nothing was found, or
    /// where the words stopped fitting and what was expected there.
    public func parse(_ text: String, saidOn: Day, language: Language) throws(FollowUpError) -> TimelineReading {
        let tokens = Token.split(text)
        let grammar = language == .english ? TimelineGrammar.english : TimelineGrammar.portuguese
        let resolver = TimelineResolver(
            saidOn: saidOn, calendar: calendar, policy: policy, dayFirst: policy.dayFirst ?? (language == .brazilianPortuguese))
        let (found, stop) = grammar.best(in: tokens) { resolver.resolve($0) != nil }
        guard let best = found, let days = resolver.resolve(best.meaning) else {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if stop.index > stop.start, stop.start < tokens.count {
                let read = Self.words(text, tokens[stop.start].range.lowerBound..<tokens[stop.index - 1].range.upperBound)
                let at = stop.index < tokens.count ? tokens[stop.index].range.lowerBound : text.count
                throw FollowUpError.unfinishedTimeline(trimmed, read: read, at: at, expected: stop.expected)
            }
            throw FollowUpError.noTimeline(trimmed, words: tokens.filter { $0.kind == .word }.count)
        }
        let span = tokens[best.start].range.lowerBound..<tokens[best.end - 1].range.upperBound
        var kind = TimelineReading.Kind.commitment
        if case .vague = best.meaning {
            kind = .vague
        } else if grammar.isCondition(best, in: tokens) {
            kind = .condition
        }
        var notes = days.notes
        if kind == .condition { notes.append("a condition: the recruiter expects to be asked after this day") }
        return TimelineReading(
            deadline: days.deadline, range: days.range, alternatives: days.alternatives.filter { $0 != days.deadline }, span: span,
            text: Self.words(text, span), kind: kind, rule: best.rule.name, notes: notes)
    }

    private static func words(_ text: String, _ span: Range<Int>) -> String {
        let from = text.index(text.startIndex, offsetBy: span.lowerBound)
        return String(text[from..<text.index(from, offsetBy: span.count)])
    }

    static func explain(_ reading: TimelineReading) -> String {
        var line = "\(reading.text) -> \(DateText.long(reading.deadline))"
        if let range = reading.range {
            line = "\(reading.text) -> \(DateText.long(range.start)) to \(DateText.long(range.end)), deadline the last day"
        }
        if !reading.notes.isEmpty { line += " (\(reading.notes.joined(separator: "; ")))" }
        if !reading.alternatives.isEmpty {
            line += "; could also mean " + reading.alternatives.map { DateText.long($0) }.joined(separator: " or ")
        }
        return line
    }
}

extension DateText {
    /// "Friday 13 March 2026": a day in full, for saying how words were read.
    public static func long(_ day: Day) -> String {
        let (year, month, date) = day.parts
        return "\(day.weekday.name) \(date) \(englishMonths[month - 1]) \(year)"
    }
}
