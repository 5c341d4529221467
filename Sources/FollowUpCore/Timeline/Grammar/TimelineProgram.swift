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
        /// A choice whose every way starts with a word: only the ways the token starts are tried
        /// (`Dispatch`), the others fail at once as they would have.
        case dispatch(Int32)
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

    /// A choice's ways by their first word.
    struct Dispatch: Sendable {
        /// Word number → the ways (indices into `entries`) that word starts, in order.
        var byWord: [Int32: [Int32]] = [:]
        var entries: [Int32] = []
        /// What each way expected first, for the failures of the ways not taken.
        var expected: [Int32] = []
    }
    private var dispatches: [Dispatch] = []
    private(set) var wayIndex: [Int32] = []
    private(set) var ways: [Int32] = []
    /// Per table, where its ways' entries and expectations start in the two arrays after it.
    private(set) var wayStarts: [Int32] = []
    private(set) var wayEntries: [Int32] = []
    private(set) var wayExpected: [Int32] = []
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
    /// By word number: whether the word belongs to a class (weekday, month, number, unit…).
    private(set) var isClassWord: [Bool] = []

    init(_ rules: [TimelineRule], _ vocabulary: TimelineVocabulary) {
        for rule in rules {
            entries.append(ops.count)
            compile(.sequence(rule.pieces))
            ops.append(.accept)
        }
        holidayStarts = Set(vocabulary.holidays.keys.map { $0[0] })
        // Words of a class are numbered too, so a word with no number is known to be no day,
        // month, unit, count or holiday without asking.
        var classWords = Set(vocabulary.weekdays.keys).union(vocabulary.months.keys).union(vocabulary.numbers.keys)
        classWords.formUnion(vocabulary.vagueNumbers.keys)
        classWords.formUnion(vocabulary.ordinals.keys)
        classWords.formUnion(vocabulary.units.keys)
        classWords.formUnion(holidayStarts)
        for word in classWords.sorted() { _ = intern(word) }
        isClassWord = [Bool](repeating: false, count: ids.count)
        for word in classWords { isClassWord[Int(ids[word]!)] = true }
        // The dispatch tables laid flat, so a walk reads them without counting references:
        // for table t and word w, `wayIndex[t * (words + 1) + w] ..< [+ 1]` are its ways in `ways`.
        let words = ids.count
        for table in dispatches {
            wayStarts.append(Int32(wayEntries.count))
            dispatches = []
            wayEntries += table.entries
            wayExpected += table.expected
            for id in 0..<words {
                wayIndex.append(Int32(ways.count))
                ways += table.byWord[Int32(id)] ?? []
            }
            wayIndex.append(Int32(ways.count))
        }
        wayStarts.append(Int32(wayEntries.count))
        width = max(1, (ids.count + 63) / 64)
        bits = [UInt64](repeating: 0, count: wordSets.count * width)
        for (index, set) in wordSets.enumerated() {
            for id in set { bits[index * width + Int(id) / 64] |= 1 << UInt64(id % 64) }
        }
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

    /// The words a piece must start with, when it starts with one of a set of plain words.
    private static func firstWords(_ piece: Piece) -> Set<String>? {
        switch piece {
        case .word(let words): return words
        case .sequence(let pieces): return pieces.first.flatMap(firstWords)
        default: return nil
        }
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
        case .choice(let pieces) where pieces.count > 2 && pieces.allSatisfy({ Self.firstWords($0) != nil }):
            emit(.dispatch(Int32(dispatches.count)))
            var table = Dispatch()
            var jumps: [Int] = []
            for (way, inner) in pieces.enumerated() {
                let words = Self.firstWords(inner)!
                table.entries.append(Int32(ops.count))
                table.expected.append(expected(.word(words)))
                for word in words.sorted() { table.byWord[intern(word), default: []].append(Int32(way)) }
                compile(inner)
                jumps.append(emit(.jump(0)))
            }
            for jump in jumps { ops[jump] = .jump(Int32(ops.count)) }
            dispatches.append(table)
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
        let probe: Probe
        /// Everything the steps ask of one token, in one array.
        fileprivate struct Slot {
            var id: Int32
            var isWord: Bool
            var isSign: Bool
            var isNumber: Bool
            var year: Int?
            var number: (Int, Int, Bool)?
            var day: (Int, Int)?
            var weekday: (Weekday, Int)?
            var month: (Int, Int)?
            var unit: (TimeUnit, Int)?
            var holiday: (HolidayName, Int)?
        }
        private let slots: [Slot]

        /// Each token's word number (-1: a word no rule names).
        func id(at index: Int) -> Int32 { slots[index].id }

        /// What a walk has read so far; passed `inout`, so no access to it is checked at run time.
        fileprivate struct State {
            var values: [Captures.Value] = []
            var wandered = false
            var matchedInside = false
        }
        fileprivate var state = State()

        /// The arrays a walk reads, as buffers: the steps run without counting references.
        fileprivate struct Buffers {
            let ops: UnsafeBufferPointer<Op>
            let bits: UnsafeBufferPointer<UInt64>
            let slots: UnsafeBufferPointer<Slot>
            let width: Int
            let wayIndex: UnsafeBufferPointer<Int32>
            let ways: UnsafeBufferPointer<Int32>
            let wayStarts: UnsafeBufferPointer<Int32>
            let wayEntries: UnsafeBufferPointer<Int32>
            let wayExpected: UnsafeBufferPointer<Int32>
            let words: Int
        }

        init(_ program: TimelineProgram, tokens: [Token], vocabulary: TimelineVocabulary, probe: Probe) {
            (self.program, self.probe) = (program, probe)
            slots = tokens.indices.map { index in
                let token = tokens[index]
                let id = program.ids[token.text] ?? -1
                guard token.kind == .number || (id >= 0 && program.isClassWord[Int(id)]) else {
                    return Slot(
                        id: id, isWord: token.kind == .word, isSign: token.kind == .sign, isNumber: false, year: nil, number: nil, day: nil,
                        weekday: nil, month: nil, unit: nil, holiday: nil)
                }
                let word = token.kind == .word
                return Slot(
                    id: id, isWord: word, isSign: token.kind == .sign, isNumber: token.kind == .number,
                    year: token.kind == .number && token.text.count == 4 && (1990...2200).contains(token.value) ? token.value : nil,
                    number: vocabulary.number(in: tokens, at: index), day: vocabulary.dayOfMonth(in: tokens, at: index),
                    weekday: word ? vocabulary.weekday(in: tokens, at: index) : nil, month: word ? vocabulary.month(in: tokens, at: index) : nil,
                    unit: word ? vocabulary.unit(in: tokens, at: index) : nil,
                    holiday: program.holidayStarts.contains(token.text) ? vocabulary.holiday(in: tokens, at: index) : nil)
            }
        }

        /// Calls `body` with a walker for this phrase; the arrays are opened once for all its rules.
        func walking<R>(_ body: (Walker) -> R) -> R {
            program.ops.withUnsafeBufferPointer { ops in
                program.bits.withUnsafeBufferPointer { bits in
                    slots.withUnsafeBufferPointer { slots in
                        program.wayIndex.withUnsafeBufferPointer { wayIndex in
                            program.ways.withUnsafeBufferPointer { ways in
                                program.wayStarts.withUnsafeBufferPointer { wayStarts in
                                    program.wayEntries.withUnsafeBufferPointer { wayEntries in
                                        program.wayExpected.withUnsafeBufferPointer { wayExpected in
                                            let buffers = Buffers(
                                                ops: ops, bits: bits, slots: slots, width: program.width, wayIndex: wayIndex, ways: ways,
                                                wayStarts: wayStarts, wayEntries: wayEntries, wayExpected: wayExpected, words: program.ids.count)
                                            return body(Walker(run: self, buffers: buffers))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        struct Walker {
            fileprivate let run: Run
            fileprivate let buffers: Buffers

            /// Calls `body` with the end and captures of every way rule `rule` matches from `start`.
            func run(rule: Int, from start: Int, _ body: (Int, Captures) -> Void) {
                var state = State()
                swap(&state, &run.state)
                state.values.removeAll(keepingCapacity: true)
                state.wandered = false
                run.walk(run.program.entries[rule], start, inside: false, buffers, &state, body)
                swap(&state, &run.state)
            }
        }

        /// The word classes the phrase holds, from what was read of each token.
        var kinds: TimelineGrammar.Kinds {
            var kinds: TimelineGrammar.Kinds = []
            for slot in slots {
                if slot.isNumber { kinds.insert(.number) }
                if slot.weekday != nil { kinds.insert(.weekday) }
                if slot.month != nil { kinds.insert(.month) }
                if slot.unit != nil { kinds.insert(.unit) }
                if slot.holiday != nil { kinds.insert(.holiday) }
            }
            return kinds
        }

        private func fail(_ index: Int, _ expected: Int32, _ state: State) {
            probe.failed(at: index, expecting: program.expectations[Int(expected)], readSomething: !state.values.isEmpty, wandered: state.wandered)
        }

        fileprivate func walk(_ from: Int, _ start: Int, inside: Bool, _ b: Buffers, _ state: inout State, _ body: (Int, Captures) -> Void) {
            var pc = from
            var index = start
            let count = b.slots.count
            func has(_ set: Int32) -> Bool {
                let id = b.slots[index].id
                guard id >= 0 else { return false }
                return b.bits[Int(set) * b.width + Int(id) / 64] >> UInt64(id % 64) & 1 == 1
            }
            while true {
                switch b.ops[pc] {
                case .word(let set, let expected):
                    guard index < count, b.slots[index].isWord, has(set) else { return fail(index, expected, state) }
                    index += 1
                case .tag(let set, let tag, let expected):
                    guard index < count, b.slots[index].isWord, has(set) else { return fail(index, expected, state) }
                    state.values.append(.tag(program.tags[Int(tag)]))
                    index += 1
                case .skipWord(let set):
                    guard index < count, b.slots[index].isWord, has(set) else { return }
                    index += 1
                case .sign(let id, let expected):
                    guard index < count, b.slots[index].isSign, b.slots[index].id == id else { return fail(index, expected, state) }
                    index += 1
                case .split(let first, let second):
                    let (mark, wanderedBefore) = (state.values.count, state.wandered)
                    walk(Int(first), index, inside: inside, b, &state, body)
                    state.values.removeSubrange(mark...)
                    state.wandered = wanderedBefore
                    pc = Int(second)
                    continue
                case .jump(let target):
                    pc = Int(target)
                    continue
                case .dispatch(let table):
                    let t = Int(table)
                    let id = index < count && b.slots[index].isWord ? Int(b.slots[index].id) : -1
                    let row = t * (b.words + 1) + id
                    let taken = id >= 0 ? Int(b.wayIndex[row])..<Int(b.wayIndex[row + 1]) : 0..<0
                    let first = Int(b.wayStarts[t])
                    if probe.records(at: index, readSomething: !state.values.isEmpty, wandered: state.wandered) {
                        for way in 0..<(Int(b.wayStarts[t + 1]) - first) where !taken.contains(where: { b.ways[$0] == way }) {
                            fail(index, b.wayExpected[first + way], state)
                        }
                    }
                    for position in taken {
                        let (mark, wanderedBefore) = (state.values.count, state.wandered)
                        walk(Int(b.wayEntries[first + Int(b.ways[position])]), index, inside: inside, b, &state, body)
                        state.values.removeSubrange(mark...)
                        state.wandered = wanderedBefore
                    }
                    return
                case .anyWord:
                    guard index < count, b.slots[index].isWord else { return }
                    state.wandered = true
                    index += 1
                case .not(let target):
                    let (mark, wanderedBefore, matchedBefore) = (state.values.count, state.wandered, state.matchedInside)
                    state.matchedInside = false
                    walk(Int(target), index, inside: true, b, &state, body)
                    let matched = state.matchedInside
                    (state.matchedInside, state.wandered) = (matchedBefore, wanderedBefore)
                    state.values.removeSubrange(mark...)
                    if matched { return }
                case .number(let expected):
                    guard index < count, let (value, next, vague) = b.slots[index].number else { return fail(index, expected, state) }
                    state.values.append(vague ? .vagueNumber(value) : .number(value))
                    index = next
                case .dayOfMonth(let expected):
                    guard index < count, let (value, next) = b.slots[index].day else { return fail(index, expected, state) }
                    state.values.append(.day(value))
                    index = next
                case .dayNumber(let expected):
                    guard index < count, b.slots[index].isNumber, let (value, next) = b.slots[index].day else { return fail(index, expected, state) }
                    state.values.append(.day(value))
                    index = next
                case .weekday(let expected):
                    guard index < count, let (day, next) = b.slots[index].weekday else { return fail(index, expected, state) }
                    state.values.append(.weekday(day))
                    index = next
                case .month(let expected):
                    guard index < count, let (month, next) = b.slots[index].month else { return fail(index, expected, state) }
                    state.values.append(.month(month))
                    index = next
                case .unit(let expected):
                    guard index < count, let (unit, next) = b.slots[index].unit else { return fail(index, expected, state) }
                    state.values.append(.unit(unit))
                    index = next
                case .year(let expected):
                    guard index < count, let year = b.slots[index].year else { return fail(index, expected, state) }
                    state.values.append(.year(year))
                    index += 1
                case .holiday(let expected):
                    guard index < count, let (name, next) = b.slots[index].holiday else { return fail(index, expected, state) }
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
