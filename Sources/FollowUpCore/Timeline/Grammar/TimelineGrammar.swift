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
///
/// One array of values rather than one per kind: the scan copies captures at every step, and
/// one buffer is one reference to count.
struct Captures: Sendable {
    enum Value: Sendable {
        case number(Int), day(Int), weekday(Weekday), month(Int), unit(TimeUnit), year(Int), holiday(HolidayName), tag(String)
        /// A count that names no number ("a few", "alguns"), with the number it stands for.
        case vagueNumber(Int)
    }

    var values: [Value] = []
    /// A gap passed over words: a failure after it says nothing about what the phrase needed.
    var wandered = false

    /// A vague count was read: "a few", "a couple of", "alguns".
    var approximate: Bool { values.contains { if case .vagueNumber = $0 { true } else { false } } }
    var numbers: [Int] {
        values.compactMap {
            switch $0 {
            case .number(let value), .vagueNumber(let value): value
            default: nil
            }
        }
    }
    var days: [Int] { values.compactMap { if case .day(let value) = $0 { value } else { nil } } }
    var weekdays: [Weekday] { values.compactMap { if case .weekday(let value) = $0 { value } else { nil } } }
    var months: [Int] { values.compactMap { if case .month(let value) = $0 { value } else { nil } } }
    var units: [TimeUnit] { values.compactMap { if case .unit(let value) = $0 { value } else { nil } } }
    var years: [Int] { values.compactMap { if case .year(let value) = $0 { value } else { nil } } }
    var holidays: [HolidayName] { values.compactMap { if case .holiday(let value) = $0 { value } else { nil } } }
    var tags: [String] { values.compactMap { if case .tag(let value) = $0 { value } else { nil } } }

    func has(_ tag: String) -> Bool { values.contains { if case .tag(tag) = $0 { true } else { false } } }
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
///
/// A class: a grammar is built once per language and handed around, never copied.
final class TimelineGrammar: Sendable {
    let vocabulary: TimelineVocabulary
    let rules: [TimelineRule]
    /// Words a clause starts a condition with ("if", "se"): a reading after one is a condition.
    let conditions: Set<String>
    /// The rules each word can start, and those a number can start, so a token asks only the
    /// rules that could begin with it. `unscreened` tries every rule everywhere, and a test holds
    /// the two to the same readings.
    private let starts: Starts
    /// The rules compiled, for speed; `Scan` over the pieces is the plain reading.
    private let program: TimelineProgram

    init(vocabulary: TimelineVocabulary, rules: [TimelineRule], conditions: Set<String>) {
        (self.vocabulary, self.rules, self.conditions) = (vocabulary, rules, conditions)
        starts = Starts(rules, vocabulary)
        program = TimelineProgram(rules, vocabulary)
        var byID = [[Int]](repeating: [], count: program.ids.count)
        for (word, id) in program.ids { byID[Int(id)] = starts.byWord[word] ?? [] }
        startsByID = byID
        let ids = program.ids
        let width = max(1, (ids.count + 63) / 64)
        required = rules.map { rule in
            Self.requiredWords(.sequence(rule.pieces)).map { words in
                var bits = [UInt64](repeating: 0, count: width)
                for word in words { if let id = ids[word] { bits[Int(id) / 64] |= 1 << UInt64(id % 64) } }
                return bits
            }
        }
    }

    /// `Starts.byWord` by word number, for the program's numbered tokens.
    private let startsByID: [[Int]]
    /// Per rule, sets of words (as bits by word number) of which the phrase must hold one each:
    /// "the week after next" is not tried on a phrase without "week".
    private let required: [[[UInt64]]]

    /// The word sets a piece cannot match without one word of each.
    private static func requiredWords(_ piece: Piece) -> [Set<String>] {
        switch piece {
        case .word(let words), .tag(_, let words): return [words]
        case .sequence(let pieces): return pieces.flatMap(requiredWords)
        case .choice(let pieces):
            // One way must match, so the phrase holds a word of one of the ways' first sets.
            var union = Set<String>()
            for inner in pieces {
                guard let first = requiredWords(inner).first else { return [] }
                union.formUnion(first)
            }
            return union.isEmpty ? [] : [union]
        default: return []
        }
    }

    /// Whether the phrase's words (bits by word number) hold one of each set rule `rule` needs.
    private func holdsWords(_ rule: Int, _ present: [UInt64]) -> Bool {
        required[rule].allSatisfy { bits in zip(bits, present).contains { $0 & $1 != 0 } }
    }

    /// Which rules may begin at a token: the words each rule's first pieces accept.
    struct Starts: Sendable {
        var byWord: [String: [Int]] = [:]
        var byNumber: [Int] = []
        var bySign: [String: [Int]] = [:]
        /// Per rule, the classes of word it cannot match without (`Kinds`).
        var needs: [Kinds] = []

        init(_ rules: [TimelineRule], _ vocabulary: TimelineVocabulary) {
            needs = rules.map { Kinds(needed: .sequence($0.pieces)) }
            for (index, rule) in rules.enumerated() {
                var first = First()
                _ = first.add(rule.pieces[...], vocabulary)
                for word in first.words { byWord[word, default: []].append(index) }
                for sign in first.signs { bySign[sign, default: []].append(index) }
                if first.numbers { byNumber.append(index) }
            }
        }

        func rules(for token: Token) -> [Int] {
            switch token.kind {
            case .number: return byNumber
            case .word: return byWord[token.text] ?? []
            case .sign: return bySign[token.text] ?? []
            }
        }
    }

    /// Classes of word a phrase has, or a rule needs: a rule is tried only on phrases that have
    /// every class it needs (no unit in the phrase, no "within two weeks").
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let number = Kinds(rawValue: 1)
        static let weekday = Kinds(rawValue: 2)
        static let month = Kinds(rawValue: 4)
        static let unit = Kinds(rawValue: 8)
        static let holiday = Kinds(rawValue: 16)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// What every way through `piece` must read.
        init(needed piece: Piece) {
            switch piece {
            case .weekday: self = .weekday
            case .month: self = .month
            case .unit: self = .unit
            case .holiday: self = .holiday
            case .dayNumber, .year: self = .number
            case .sequence(let pieces): self = pieces.reduce(into: []) { $0.formUnion(Kinds(needed: $1)) }
            case .choice(let pieces):
                self = pieces.dropFirst().reduce(pieces.first.map { Kinds(needed: $0) } ?? []) { $0.intersection(Kinds(needed: $1)) }
            default: self = []
            }
        }

        /// What the tokens of a phrase hold.
        init(_ tokens: [Token], _ vocabulary: TimelineVocabulary) {
            var kinds: Kinds = []
            for (index, token) in tokens.enumerated() {
                if token.kind == .number { kinds.insert(.number) }
                guard token.kind == .word else { continue }
                if vocabulary.weekdays[token.text] != nil { kinds.insert(.weekday) }
                if vocabulary.months[token.text] != nil { kinds.insert(.month) }
                if vocabulary.units[token.text] != nil { kinds.insert(.unit) }
                if vocabulary.holiday(in: tokens, at: index) != nil { kinds.insert(.holiday) }
            }
            self = kinds
        }
    }

    /// The tokens a sequence of pieces can begin with.
    struct First {
        var words: Set<String> = []
        var signs: Set<String> = []
        var numbers = false

        /// Adds what `pieces` can begin with; returns whether they can match nothing at all.
        mutating func add(_ pieces: ArraySlice<Piece>, _ vocabulary: TimelineVocabulary) -> Bool {
            for piece in pieces where !add(piece, vocabulary) { return false }
            return true
        }

        /// Adds what `piece` can begin with; returns whether it can match nothing at all.
        mutating func add(_ piece: Piece, _ vocabulary: TimelineVocabulary) -> Bool {
            switch piece {
            case .word(let set), .tag(_, let set): words.formUnion(set)
            case .sign(let sign): signs.insert(sign)
            case .optional(let inner):
                _ = add(inner, vocabulary)
                return true
            case .sequence(let pieces): return add(pieces[...], vocabulary)
            case .choice(let pieces):
                var empty = false
                for inner in pieces where add(inner, vocabulary) { empty = true }
                return empty
            case .skip(let set):
                words.formUnion(set)
                return true
            case .gap, .not: return true
            case .number:
                numbers = true
                words.formUnion(vocabulary.numbers.keys)
                words.formUnion(vocabulary.vagueNumbers.keys)
            case .dayOfMonth:
                numbers = true
                words.formUnion(vocabulary.ordinals.keys)
            case .dayNumber, .year: numbers = true
            case .weekday: words.formUnion(vocabulary.weekdays.keys)
            case .month: words.formUnion(vocabulary.months.keys)
            case .unit: words.formUnion(vocabulary.units.keys)
            case .holiday: words.formUnion(vocabulary.holidays.keys.compactMap(\.first))
            }
            return false
        }
    }

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
    /// `plain` walks the pieces themselves (`Scan`) instead of the compiled `TimelineProgram`: the
    /// reading both must agree on.
    ///
    /// Every way any rule matches is kept first, and `accepts` (which works out days) is asked only
    /// of the best candidates, in order, until one passes.
    func best(in tokens: [Token], plain: Bool = false, accepts: (TimelineMeaning) -> Bool) -> (match: Match?, stop: Stop) {
        let probe = Probe()
        let scan = Scan(tokens: tokens, vocabulary: vocabulary, probe: probe)
        let run = plain ? nil : TimelineProgram.Run(program, tokens: tokens, vocabulary: vocabulary, probe: probe)
        let kinds = run?.kinds ?? Kinds(tokens, vocabulary)
        var candidates: [(rule: Int, start: Int, end: Int, meaning: TimelineMeaning)] = []
        if let run {
            let startsAt: (Int) -> [Int] = { index in
                guard tokens[index].kind == .word else { return self.starts.rules(for: tokens[index]) }
                let id = run.id(at: index)
                return id >= 0 ? self.startsByID[Int(id)] : []
            }
            // The run has numbered the words already: no second look-up of each.
            let wordID: (Int) -> Int32? = { run.id(at: $0) >= 0 ? run.id(at: $0) : nil }
            run.walking { walker in collect(tokens, kinds, probe, &candidates, startsAt, wordID: wordID) { walker.run(rule: $0, from: $1, $2) } }
        } else {
            let startsAt: (Int) -> [Int] = { self.starts.rules(for: tokens[$0]) }
            let plainID: (Int) -> Int32? = { self.program.ids[tokens[$0].text] }
            collect(tokens, kinds, probe, &candidates, startsAt, wordID: plainID) {
                scan.run(self.rules[$0].pieces[...], $1, Captures(), $2)
            }
        }
        let chosen = choose(candidates, probe, accepts)
        guard chosen.match == nil else { return chosen }
        // Nothing read: walk every rule that can start at each token, the screens off, so the
        // error can say how far the words went and what they lacked ("within the next" wants a
        // number), which the screens would have skipped.
        let unscreened = Probe()
        let walk = Scan(tokens: tokens, vocabulary: vocabulary, probe: unscreened)
        var ignored: [(rule: Int, start: Int, end: Int, meaning: TimelineMeaning)] = []
        let startsAt: (Int) -> [Int] = { self.starts.rules(for: tokens[$0]) }
        let noID: (Int) -> Int32? = { _ in nil }
        collect(tokens, nil, unscreened, &ignored, startsAt, wordID: noID) { walk.run(self.rules[$0].pieces[...], $1, Captures(), $2) }
        return (nil, unscreened.stop)
    }

    /// The plain reading the screens must agree with: every rule at every token, the pieces
    /// walked, no screen of word classes or words.
    func unscreened(in tokens: [Token], accepts: (TimelineMeaning) -> Bool) -> Match? {
        let probe = Probe()
        let scan = Scan(tokens: tokens, vocabulary: vocabulary, probe: probe)
        var candidates: [(rule: Int, start: Int, end: Int, meaning: TimelineMeaning)] = []
        let everyRule: (Int) -> [Int] = { _ in Array(self.rules.indices) }
        let noID: (Int) -> Int32? = { _ in nil }
        collect(tokens, nil, probe, &candidates, everyRule, wordID: noID) { scan.run(self.rules[$0].pieces[...], $1, Captures(), $2) }
        return choose(candidates, probe, accepts).match
    }

    /// Every way any rule matches from any token, trying only the rules that can start there.
    private func collect(
        _ tokens: [Token], _ kinds: Kinds?, _ probe: Probe, _ candidates: inout [(rule: Int, start: Int, end: Int, meaning: TimelineMeaning)],
        _ startsAt: (Int) -> [Int], wordID: (Int) -> Int32?, _ match: (Int, Int, (Int, Captures) -> Void) -> Void
    ) {
        var present = [UInt64](repeating: 0, count: max(1, (program.ids.count + 63) / 64))
        for index in tokens.indices { if let id = wordID(index) { present[Int(id) / 64] |= 1 << UInt64(id % 64) } }
        // 0: not asked yet, 1: the phrase has the rule's words, 2: it has not.
        var holds = [UInt8](repeating: 0, count: rules.count)
        for start in tokens.indices where tokens[start].kind != .sign {
            for index in startsAt(start) where kinds?.isSuperset(of: starts.needs[index]) ?? true {
                if kinds != nil {
                    if holds[index] == 0 { holds[index] = holdsWords(index, present) ? 1 : 2 }
                    guard holds[index] == 1 else { continue }
                }
                probe.start = start
                var ends: [(end: Int, meaning: TimelineMeaning)] = []
                // The rule's meaning alone: a closure that reached `self` would copy the grammar.
                let read = rules[index].meaning
                func found(_ end: Int, _ captures: Captures) {
                    guard end > start, !ends.contains(where: { $0.end >= end }), let meaning = read(captures) else { return }
                    ends.append((end, meaning))
                }
                match(index, start, found)
                for (end, meaning) in ends { candidates.append((index, start, end, meaning)) }
            }
        }
    }

    private func choose(
        _ candidates: [(rule: Int, start: Int, end: Int, meaning: TimelineMeaning)], _ probe: Probe, _ accepts: (TimelineMeaning) -> Bool
    ) -> (match: Match?, stop: Stop) {
        // Highest score, then longest, then the first found; a rule's shorter ends stand in only
        // when its longer ones are refused. Most phrases take the first, so no sort.
        var refused = Set<Int>()
        while true {
            var best: Int?
            for position in candidates.indices where !refused.contains(position) {
                guard let current = best else {
                    best = position
                    continue
                }
                let (a, b) = (candidates[position], candidates[current])
                let (scoreA, scoreB) = (rules[a.rule].score, rules[b.rule].score)
                if scoreA > scoreB
                    || (scoreA == scoreB && (a.end - a.start > b.end - b.start || (a.end - a.start == b.end - b.start && a.start > b.start)))
                {
                    best = position
                }
            }
            guard let best else { return (nil, probe.stop) }
            let candidate = candidates[best]
            if accepts(candidate.meaning) {
                return (Match(rule: rules[candidate.rule], start: candidate.start, end: candidate.end, meaning: candidate.meaning), probe.stop)
            }
            refused.insert(best)
        }
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
        failed(at: index, expecting: piece.expected, readSomething: !captures.values.isEmpty, wandered: captures.wandered)
    }

    /// Whether a failure here would count (`failed`), asked once for many.
    func records(at index: Int, readSomething: Bool, wandered: Bool) -> Bool {
        !wandered && (index >= start + 3 || (index >= start + 2 && readSomething)) && index >= stop.index
    }

    func failed(at index: Int, expecting expected: String, readSomething: Bool, wandered: Bool) {
        guard !wandered, index >= start + 3 || (index >= start + 2 && readSomething) else { return }
        if index > stop.index {
            stop = TimelineGrammar.Stop(start: start, index: index, expected: [expected])
        } else if index == stop.index, start <= stop.start, !stop.expected.contains(expected) {
            stop.start = start
            stop.expected.append(expected)
        }
    }
}

/// Walks the pieces of a rule over the tokens, trying every way the pieces can fit.
///
/// A class: the recursion's closures capture it, and a struct would copy the vocabulary's
/// dictionaries into every one of them.
final class Scan {
    let tokens: [Token]
    let vocabulary: TimelineVocabulary
    let probe: Probe

    init(tokens: [Token], vocabulary: TimelineVocabulary, probe: Probe) {
        (self.tokens, self.vocabulary, self.probe) = (tokens, vocabulary, probe)
    }

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
            captured.values.append(.tag(name))
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
            captured.values.append(approximate ? .vagueNumber(value) : .number(value))
            body(next, captured)
        case .dayOfMonth:
            guard let (value, next) = vocabulary.dayOfMonth(in: tokens, at: index) else { return fail() }
            captured.values.append(.day(value))
            body(next, captured)
        case .dayNumber:
            guard index < tokens.count, tokens[index].kind == .number, let (value, next) = vocabulary.dayOfMonth(in: tokens, at: index) else {
                return fail()
            }
            captured.values.append(.day(value))
            body(next, captured)
        case .not(let inner):
            var matched = false
            each(inner, index, captures) { _, _ in matched = true }
            if !matched { body(index, captures) }
        case .weekday:
            guard let (day, next) = vocabulary.weekday(in: tokens, at: index) else { return fail() }
            captured.values.append(.weekday(day))
            body(next, captured)
        case .month:
            guard let (month, next) = vocabulary.month(in: tokens, at: index) else { return fail() }
            captured.values.append(.month(month))
            body(next, captured)
        case .unit:
            guard let (unit, next) = vocabulary.unit(in: tokens, at: index) else { return fail() }
            captured.values.append(.unit(unit))
            body(next, captured)
        case .year:
            guard index < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
                (1990...2200).contains(tokens[index].value)
            else { return fail() }
            captured.values.append(.year(tokens[index].value))
            body(index + 1, captured)
        case .holiday:
            guard let (holiday, next) = vocabulary.holiday(in: tokens, at: index) else { return fail() }
            captured.values.append(.holiday(holiday))
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
