/// One piece of a timeline rule: what it accepts at a token, and what it remembers for the rule.
///
/// Rules are sequences of pieces, so a phrase shape reads like the phrase ("within", an amount,
/// a unit) and adding a shape is one rule beside its siblings. Pieces that read a class of words
/// (weekdays, months, units, numbers, holidays) take them from the grammar's vocabulary, so the
/// same rule serves every spelling a language has.
indirect enum Piece: Sendable {
    /// One of these words.
    case word(Set<String>)
    /// One of these words, remembered under a name the rule's meaning reads ("next").
    case tag(String, Set<String>)
    /// A sign: "/", "-", ".".
    case sign(String)
    case optional(Piece)
    case sequence([Piece])
    /// Any one of these pieces (each way is tried).
    case choice([Piece])
    /// Any number of these words, including none ("of the", "do", "da").
    case skip(Set<String>)
    /// Up to this many words of any kind, within the clause ("call *you back* tonight").
    case gap(Int)
    /// A count: digits, a number word, or a vague one ("a couple of", "alguns") that marks the
    /// captures approximate.
    case number
    /// A day of the month: "24", "24th", "1º", "the first".
    case dayOfMonth
    /// A day of the month in digits only: "the first" alone is seldom a date.
    case dayNumber
    /// Matches nothing, and only where this piece does not match: "between 15 and 20" is two
    /// days of the month only when no unit follows.
    case not(Piece)
    case weekday
    case month
    /// A unit of time: hours, days, weeks, fortnights, months.
    case unit
    /// A four-digit year.
    case year
    /// A holiday's name, one or more words ("new year", "ano novo", "carnaval").
    case holiday

    /// What a person would be told was expected here when a phrase stops short.
    var expected: String {
        switch self {
        case .word(let words), .tag(_, let words): return words.sorted().prefix(3).map { "'\($0)'" }.joined(separator: " or ")
        case .sign(let sign): return "'\(sign)'"
        case .optional(let piece): return piece.expected
        case .sequence(let pieces): return pieces.first?.expected ?? "more words"
        case .choice(let pieces): return pieces.map(\.expected).joined(separator: " or ")
        case .skip(let words): return words.sorted().prefix(2).map { "'\($0)'" }.joined(separator: " or ")
        case .gap: return "more words"
        case .number: return "a number"
        case .dayOfMonth, .dayNumber: return "a day of the month"
        case .not: return "something else"
        case .weekday: return "a weekday"
        case .month: return "a month"
        case .unit: return "a unit such as days or weeks"
        case .year: return "a year"
        case .holiday: return "a holiday"
        }
    }
}

/// What the pieces of one rule read, in order, for its meaning to use.
struct Captures: Sendable {
    var numbers: [Int] = []
    var days: [Int] = []
    var weekdays: [Weekday] = []
    var months: [Int] = []
    var units: [TimeUnit] = []
    var years: [Int] = []
    var holidays: [HolidayName] = []
    var tags: [String] = []
    /// A vague count was read: "a few", "a couple of", "alguns".
    var approximate = false
    /// A gap passed over words: a failure after it says nothing about what the phrase needed.
    var wandered = false

    func has(_ tag: String) -> Bool { tags.contains(tag) }
}

/// A phrase shape and what it means.
struct TimelineRule: Sendable {
    /// A short name, shown in a reading so a person can see which shape was recognised.
    let name: String
    let pieces: [Piece]
    /// Which reading wins when several overlap: a date beats a weekday, a weekday beats a
    /// vague promise.
    let score: Int
    let meaning: @Sendable (Captures) -> TimelineMeaning?

    init(_ name: String, score: Int, _ pieces: [Piece], meaning: @escaping @Sendable (Captures) -> TimelineMeaning?) {
        (self.name, self.score, self.pieces, self.meaning) = (name, score, pieces, meaning)
    }
}

/// A language's grammar of timelines: its vocabulary and its rules.
struct TimelineGrammar: Sendable {
    let vocabulary: TimelineVocabulary
    let rules: [TimelineRule]
    /// Words a clause starts a condition with ("if", "se"): a reading after one is a condition.
    let conditions: Set<String>

    /// One reading found in the words, before its days are worked out.
    struct Match {
        var rule: TimelineRule
        var start: Int
        var end: Int
        var meaning: TimelineMeaning
    }

    /// The furthest any rule got before the words stopped fitting, and what it wanted there.
    struct Stop {
        var start = 0
        var index = -1
        var expected: [String] = []
    }

    /// Every rule tried at every token; the best match (highest score, then longest, then first)
    /// whose meaning `accepts` (a 30 February or a holiday the region lacks is no reading).
    func best(in tokens: [Token], accepts: (TimelineMeaning) -> Bool) -> (match: Match?, stop: Stop) {
        var best: Match?
        let probe = Probe()
        for start in tokens.indices where tokens[start].kind != .sign {
            for rule in rules {
                probe.start = start
                var longest: (end: Int, meaning: TimelineMeaning)?
                Scan(tokens: tokens, vocabulary: vocabulary, probe: probe).run(rule.pieces[...], start, Captures()) { end, captures in
                    guard end > start, end > (longest?.end ?? start), let meaning = rule.meaning(captures), accepts(meaning) else { return }
                    longest = (end, meaning)
                }
                guard let longest else { continue }
                let match = Match(rule: rule, start: start, end: longest.end, meaning: longest.meaning)
                if let current = best {
                    let better =
                        rule.score > current.rule.score
                        || (rule.score == current.rule.score && match.end - match.start > current.end - current.start)
                    if !better { continue }
                }
                best = match
            }
        }
        return (best, probe.stop)
    }

    /// Whether the words of a match sit in a clause that starts with a condition ("if you don't
    /// hear from us by Friday"): back to the last sign that ends a clause.
    func isCondition(_ match: Match, in tokens: [Token]) -> Bool {
        var index = match.start - 1
        while index >= 0 {
            let token = tokens[index]
            if token.kind == .sign && token.text != "-" && token.text != "/" { return false }
            if token.kind == .word && conditions.contains(token.text) { return true }
            index -= 1
        }
        return false
    }
}

/// Where the furthest failure was, shared by every attempt of a parse.
final class Probe {
    var start = 0
    var stop = TimelineGrammar.Stop()

    /// Only a failure after three words, or two with one read as something (a number, a unit,
    /// "next"), counts: every rule fails at most words, and "for the" begins nothing.
    func failed(at index: Int, expecting piece: Piece, after captures: Captures) {
        let read = captures.numbers.count + captures.units.count + captures.tags.count + captures.days.count + captures.months.count
        guard !captures.wandered, index >= start + 3 || (index >= start + 2 && read > 0) else { return }
        if index > stop.index {
            stop = TimelineGrammar.Stop(start: start, index: index, expected: [piece.expected])
        } else if index == stop.index, start <= stop.start, !stop.expected.contains(piece.expected) {
            stop.start = start
            stop.expected.append(piece.expected)
        }
    }
}

/// Walks the pieces of a rule over the tokens, trying every way the pieces can fit.
struct Scan {
    let tokens: [Token]
    let vocabulary: TimelineVocabulary
    let probe: Probe

    func run(_ pieces: ArraySlice<Piece>, _ index: Int, _ captures: Captures, _ body: (Int, Captures) -> Void) {
        guard let first = pieces.first else {
            body(index, captures)
            return
        }
        each(first, index, captures) { next, captured in run(pieces.dropFirst(), next, captured, body) }
    }

    private func word(_ index: Int) -> String? {
        index < tokens.count && tokens[index].kind == .word ? tokens[index].text : nil
    }

    /// Calls `body` with each index after `piece` matched from `index`.
    func each(_ piece: Piece, _ index: Int, _ captures: Captures, _ body: (Int, Captures) -> Void) {
        var captured = captures
        func fail() { probe.failed(at: index, expecting: piece, after: captures) }
        switch piece {
        case .word(let words):
            guard let word = word(index), words.contains(word) else { return fail() }
            body(index + 1, captures)
        case .tag(let name, let words):
            guard let word = word(index), words.contains(word) else { return fail() }
            captured.tags.append(name)
            body(index + 1, captured)
        case .sign(let sign):
            guard index < tokens.count, tokens[index].kind == .sign, tokens[index].text == sign else { return fail() }
            body(index + 1, captures)
        case .optional(let inner):
            body(index, captures)
            each(inner, index, captures, body)
        case .sequence(let pieces):
            run(pieces[...], index, captures, body)
        case .choice(let pieces):
            for inner in pieces { each(inner, index, captures, body) }
        case .skip(let words):
            var next = index
            body(next, captures)
            while let word = word(next), words.contains(word) {
                next += 1
                body(next, captures)
            }
        case .gap(let count):
            var next = index
            body(next, captures)
            captured.wandered = true
            while next < index + count, word(next) != nil {
                next += 1
                body(next, captured)
            }
        case .number:
            guard let (value, next, approximate) = vocabulary.number(in: tokens, at: index) else { return fail() }
            captured.numbers.append(value)
            if approximate { captured.approximate = true }
            body(next, captured)
        case .dayOfMonth:
            guard let (value, next) = vocabulary.dayOfMonth(in: tokens, at: index) else { return fail() }
            captured.days.append(value)
            body(next, captured)
        case .dayNumber:
            guard index < tokens.count, tokens[index].kind == .number, let (value, next) = vocabulary.dayOfMonth(in: tokens, at: index) else {
                return fail()
            }
            captured.days.append(value)
            body(next, captured)
        case .not(let inner):
            var matched = false
            each(inner, index, captures) { _, _ in matched = true }
            if !matched { body(index, captures) }
        case .weekday:
            guard let (day, next) = vocabulary.weekday(in: tokens, at: index) else { return fail() }
            captured.weekdays.append(day)
            body(next, captured)
        case .month:
            guard let (month, next) = vocabulary.month(in: tokens, at: index) else { return fail() }
            captured.months.append(month)
            body(next, captured)
        case .unit:
            guard let (unit, next) = vocabulary.unit(in: tokens, at: index) else { return fail() }
            captured.units.append(unit)
            body(next, captured)
        case .year:
            guard index < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
                (1990...2200).contains(tokens[index].value)
            else { return fail() }
            captured.years.append(tokens[index].value)
            body(index + 1, captured)
        case .holiday:
            guard let (holiday, next) = vocabulary.holiday(in: tokens, at: index) else { return fail() }
            captured.holidays.append(holiday)
            body(next, captured)
        }
    }
}

// MARK: Building rules

/// Short names for pieces, so a grammar's rules read like the phrases they match.
enum P {
    static func w(_ words: String...) -> Piece { .word(Set(words)) }
    static func w(_ words: Set<String>) -> Piece { .word(words) }
    static func tag(_ name: String, _ words: String...) -> Piece { .tag(name, Set(words)) }
    static func opt(_ piece: Piece) -> Piece { .optional(piece) }
    static func opt(_ words: String...) -> Piece { .optional(.word(Set(words))) }
    static func seq(_ pieces: Piece...) -> Piece { .sequence(pieces) }
    static func any(_ pieces: Piece...) -> Piece { .choice(pieces) }
    static func skip(_ words: String...) -> Piece { .skip(Set(words)) }
    static func phrase(_ text: String) -> Piece { .sequence(text.split(separator: " ").map { .word([String($0)]) }) }
    static func phrases(_ texts: String...) -> Piece { .choice(texts.map(phrase)) }
}
