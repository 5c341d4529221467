/// A grammar's rules compiled to one flat list of steps over numbered words: the fast path of
/// `TimelineGrammar.best`.
///
/// Walking the pieces themselves (`Scan`) spent most of its time counting references: each
/// step bound an indirect enum's payload, copied the captures and built a closure. Here a step
/// is a plain value, a phrase's words are numbered and classified once, word sets are bit sets,
/// and captures are one buffer cut back on backtracking. `Scan` stays the plain reading; a test
/// holds the two to the same matches and the same error positions.
struct TimelineProgram: Sendable {
    enum Op: Sendable {
        case word(set: Int32, expected: Int32)
        case tag(set: Int32, tag: Int32, expected: Int32)
        /// A word of a `.skip`, which never reports a failure.
        case skipWord(set: Int32)
        case sign(id: Int32, expected: Int32)
        /// Try the first target, then the second.
        case split(Int32, Int32)
        case jump(Int32)
        /// A word of a `.gap`: any word, and the walk has wandered.
        case anyWord
        /// Succeed without moving only where the steps from this target match nothing.
        case not(Int32)
        case number(expected: Int32)
        case dayOfMonth(expected: Int32)
        case dayNumber(expected: Int32)
        case weekday(expected: Int32)
        case month(expected: Int32)
        case unit(expected: Int32)
        case year(expected: Int32)
        case holiday(expected: Int32)
        case accept
    }

    private(set) var ops: [Op] = []
    /// Each rule's first step.
    private(set) var entries: [Int] = []
    private(set) var ids: [String: Int32] = [:]
    private var wordSets: [Set<Int32>] = []
    private var setIndex: [Set<String>: Int32] = [:]
    /// `wordSets` as bit sets, `width` words each.
    private(set) var bits: [UInt64] = []
    private(set) var width = 1
    private(set) var tags: [String] = []
    private(set) var expectations: [String] = []
    /// The first words of holiday names: only tokens among them are asked for one.
    private(set) var holidayStarts: Set<String> = []

    init(_ rules: [TimelineRule], _ vocabulary: TimelineVocabulary) {
        for rule in rules {
            entries.append(ops.count)
            compile(.sequence(rule.pieces))
            ops.append(.accept)
        }
        width = max(1, (ids.count + 63) / 64)
        bits = [UInt64](repeating: 0, count: wordSets.count * width)
        for (index, set) in wordSets.enumerated() {
            for id in set { bits[index * width + Int(id) / 64] |= 1 << UInt64(id % 64) }
        }
        holidayStarts = Set(vocabulary.holidays.keys.map { $0[0] })
        wordSets = []
        setIndex = [:]
    }

    private mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        return id
    }

    private mutating func set(_ words: Set<String>) -> Int32 {
        if let index = setIndex[words] { return index }
        let index = Int32(wordSets.count)
        wordSets.append(Set(words.map { intern($0) }))
        setIndex[words] = index
        return index
    }

    private mutating func expected(_ piece: Piece) -> Int32 {
        let text = piece.expected
        if let index = expectations.firstIndex(of: text) { return Int32(index) }
        expectations.append(text)
        return Int32(expectations.count - 1)
    }

    @discardableResult
    private mutating func emit(_ op: Op) -> Int {
        ops.append(op)
        return ops.count - 1
    }

    private mutating func compile(_ piece: Piece) {
        switch piece {
        case .word(let words): emit(.word(set: set(words), expected: expected(piece)))
        case .tag(let name, let words):
            let tag = tags.firstIndex(of: name) ?? tags.count
            if tag == tags.count { tags.append(name) }
            emit(.tag(set: set(words), tag: Int32(tag), expected: expected(piece)))
        case .sign(let sign): emit(.sign(id: intern(sign), expected: expected(piece)))
        case .optional(let inner):
            let split = emit(.split(0, 0))
            compile(inner)
            ops[split] = .split(Int32(ops.count), Int32(split + 1))
        case .sequence(let pieces):
            for inner in pieces { compile(inner) }
        case .choice(let pieces):
            var jumps: [Int] = []
            for (position, inner) in pieces.enumerated() {
                if position == pieces.count - 1 {
                    compile(inner)
                } else {
                    let split = emit(.split(0, 0))
                    compile(inner)
                    jumps.append(emit(.jump(0)))
                    ops[split] = .split(Int32(split + 1), Int32(ops.count))
                }
            }
            for jump in jumps { ops[jump] = .jump(Int32(ops.count)) }
        case .skip(let words):
            let split = emit(.split(0, 0))
            emit(.skipWord(set: set(words)))
            emit(.jump(Int32(split)))
            ops[split] = .split(Int32(ops.count), Int32(split + 1))
        case .gap(let count):
            var splits: [Int] = []
            for _ in 0..<count {
                splits.append(emit(.split(0, 0)))
                emit(.anyWord)
            }
            for split in splits { ops[split] = .split(Int32(ops.count), Int32(split + 1)) }
        case .not(let inner):
            let not = emit(.not(0))
            let jump = emit(.jump(0))
            ops[not] = .not(Int32(ops.count))
            compile(inner)
            emit(.accept)
            ops[jump] = .jump(Int32(ops.count))
        case .number: emit(.number(expected: expected(piece)))
        case .dayOfMonth: emit(.dayOfMonth(expected: expected(piece)))
        case .dayNumber: emit(.dayNumber(expected: expected(piece)))
        case .weekday: emit(.weekday(expected: expected(piece)))
        case .month: emit(.month(expected: expected(piece)))
        case .unit: emit(.unit(expected: expected(piece)))
        case .year: emit(.year(expected: expected(piece)))
        case .holiday: emit(.holiday(expected: expected(piece)))
        }
    }

    /// One phrase's walk: its words numbered and classified once, then any rule from any token.
    final class Run {
        let program: TimelineProgram
        let tokens: [Token]
        let probe: Probe
        private let ids: [Int32]
        private let numbers: [(Int, Int, Bool)?]
        private let days: [(Int, Int)?]
        private let weekdays: [(Weekday, Int)?]
        private let months: [(Int, Int)?]
        private let units: [(TimeUnit, Int)?]
        private let holidays: [(HolidayName, Int)?]
        /// What a walk has read so far; passed `inout`, so no access to it is checked at run time.
        private struct State {
            var values: [Captures.Value] = []
            var wandered = false
            var matchedInside = false
        }
        private var state = State()

        init(_ program: TimelineProgram, tokens: [Token], vocabulary: TimelineVocabulary, probe: Probe) {
            (self.program, self.tokens, self.probe) = (program, tokens, probe)
            ids = tokens.map { program.ids[$0.text] ?? -1 }
            numbers = tokens.indices.map { vocabulary.number(in: tokens, at: $0) }
            days = tokens.indices.map { vocabulary.dayOfMonth(in: tokens, at: $0) }
            weekdays = tokens.indices.map { tokens[$0].kind == .word ? vocabulary.weekday(in: tokens, at: $0) : nil }
            months = tokens.indices.map { tokens[$0].kind == .word ? vocabulary.month(in: tokens, at: $0) : nil }
            units = tokens.indices.map { tokens[$0].kind == .word ? vocabulary.unit(in: tokens, at: $0) : nil }
            holidays = tokens.indices.map {
                program.holidayStarts.contains(tokens[$0].text) ? vocabulary.holiday(in: tokens, at: $0) : nil
            }
        }

        /// Calls `body` with the end and captures of every way rule `rule` matches from `start`.
        func run(rule: Int, from start: Int, _ body: (Int, Captures) -> Void) {
            var state = State()
            swap(&state, &self.state)
            state.values.removeAll(keepingCapacity: true)
            state.wandered = false
            walk(program.entries[rule], start, inside: false, &state, body)
            swap(&state, &self.state)
        }

        /// The word classes the phrase holds, from what was read of each token.
        var kinds: TimelineGrammar.Kinds {
            var kinds: TimelineGrammar.Kinds = []
            for index in tokens.indices {
                if tokens[index].kind == .number { kinds.insert(.number) }
                if weekdays[index] != nil { kinds.insert(.weekday) }
                if months[index] != nil { kinds.insert(.month) }
                if units[index] != nil { kinds.insert(.unit) }
                if holidays[index] != nil { kinds.insert(.holiday) }
            }
            return kinds
        }

        private func has(_ set: Int32, _ index: Int) -> Bool {
            let id = ids[index]
            guard id >= 0 else { return false }
            return program.bits[Int(set) * program.width + Int(id) / 64] >> UInt64(id % 64) & 1 == 1
        }

        private func fail(_ index: Int, _ expected: Int32, _ state: State) {
            probe.failed(at: index, expecting: program.expectations[Int(expected)], readSomething: !state.values.isEmpty, wandered: state.wandered)
        }

        private func walk(_ from: Int, _ start: Int, inside: Bool, _ state: inout State, _ body: (Int, Captures) -> Void) {
            var pc = from
            var index = start
            let count = tokens.count
            while true {
                switch program.ops[pc] {
                case .word(let set, let expected):
                    guard index < count, tokens[index].kind == .word, has(set, index) else { return fail(index, expected, state) }
                    index += 1
                case .tag(let set, let tag, let expected):
                    guard index < count, tokens[index].kind == .word, has(set, index) else { return fail(index, expected, state) }
                    state.values.append(.tag(program.tags[Int(tag)]))
                    index += 1
                case .skipWord(let set):
                    guard index < count, tokens[index].kind == .word, has(set, index) else { return }
                    index += 1
                case .sign(let id, let expected):
                    guard index < count, tokens[index].kind == .sign, ids[index] == id else { return fail(index, expected, state) }
                    index += 1
                case .split(let first, let second):
                    let (mark, wanderedBefore) = (state.values.count, state.wandered)
                    walk(Int(first), index, inside: inside, &state, body)
                    state.values.removeSubrange(mark...)
                    state.wandered = wanderedBefore
                    pc = Int(second)
                    continue
                case .jump(let target):
                    pc = Int(target)
                    continue
                case .anyWord:
                    guard index < count, tokens[index].kind == .word else { return }
                    state.wandered = true
                    index += 1
                case .not(let target):
                    let (mark, wanderedBefore, matchedBefore) = (state.values.count, state.wandered, state.matchedInside)
                    state.matchedInside = false
                    walk(Int(target), index, inside: true, &state, body)
                    let matched = state.matchedInside
                    (state.matchedInside, state.wandered) = (matchedBefore, wanderedBefore)
                    state.values.removeSubrange(mark...)
                    if matched { return }
                case .number(let expected):
                    guard index < count, let (value, next, vague) = numbers[index] else { return fail(index, expected, state) }
                    state.values.append(vague ? .vagueNumber(value) : .number(value))
                    index = next
                case .dayOfMonth(let expected):
                    guard index < count, let (value, next) = days[index] else { return fail(index, expected, state) }
                    state.values.append(.day(value))
                    index = next
                case .dayNumber(let expected):
                    guard index < count, tokens[index].kind == .number, let (value, next) = days[index] else { return fail(index, expected, state) }
                    state.values.append(.day(value))
                    index = next
                case .weekday(let expected):
                    guard index < count, let (day, next) = weekdays[index] else { return fail(index, expected, state) }
                    state.values.append(.weekday(day))
                    index = next
                case .month(let expected):
                    guard index < count, let (month, next) = months[index] else { return fail(index, expected, state) }
                    state.values.append(.month(month))
                    index = next
                case .unit(let expected):
                    guard index < count, let (unit, next) = units[index] else { return fail(index, expected, state) }
                    state.values.append(.unit(unit))
                    index = next
                case .year(let expected):
                    guard index < count, tokens[index].kind == .number, tokens[index].text.count == 4, (1990...2200).contains(tokens[index].value)
                    else { return fail(index, expected, state) }
                    state.values.append(.year(tokens[index].value))
                    index += 1
                case .holiday(let expected):
                    guard index < count, let (name, next) = holidays[index] else { return fail(index, expected, state) }
                    state.values.append(.holiday(name))
                    index = next
                case .accept:
                    if inside {
                        state.matchedInside = true
                    } else {
                        body(index, Captures(values: state.values, wandered: state.wandered))
                    }
                    return
                }
                pc += 1
            }
        }
    }
}
