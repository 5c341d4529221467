/// The matchers, each reading one family of phrases starting at a token.
struct Context {
    let tokens: [Token]
    let saidOn: Day
    let language: Language
    let calendar: BusinessCalendar
    let policy: TimelinePolicy

    var portuguese: Bool { language == .brazilianPortuguese }

    // MARK: Vocabulary

    static let weekdays: [String: Weekday] = [
        "monday": .monday, "mon": .monday, "tuesday": .tuesday, "tue": .tuesday, "tues": .tuesday, "wednesday": .wednesday,
        "wed": .wednesday, "thursday": .thursday, "thu": .thursday, "thur": .thursday, "thurs": .thursday, "friday": .friday,
        "fri": .friday, "saturday": .saturday, "sat": .saturday, "sunday": .sunday, "sun": .sunday,
        "segunda": .monday, "seg": .monday, "terca": .tuesday, "ter": .tuesday, "quarta": .wednesday, "qua": .wednesday,
        "quinta": .thursday, "qui": .thursday, "sexta": .friday, "sex": .friday, "sabado": .saturday, "domingo": .sunday,
    ]

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
        "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
        "janeiro": 1, "fevereiro": 2, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7, "agosto": 8, "setembro": 9,
        "outubro": 10, "novembro": 11, "dezembro": 12, "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12,
    ]

    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "couple": 2, "few": 3, "several": 4,
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
        "dez": 10, "onze": 11, "doze": 12, "quatorze": 14, "catorze": 14, "quinze": 15, "vinte": 20, "trinta": 30, "alguns": 3,
        "algumas": 3, "uns": 3, "umas": 3, "poucos": 3, "poucas": 3,
    ]

    // MARK: Token helpers

    /// The word at `index`, nil past either end (matchers look one token back from the first).
    func word(_ index: Int) -> String? {
        tokens.indices.contains(index) && tokens[index].kind != .sign ? tokens[index].text : nil
    }

    func sign(_ index: Int) -> String? {
        tokens.indices.contains(index) && tokens[index].kind == .sign ? tokens[index].text : nil
    }

    func `is`(_ index: Int, _ words: [String]) -> Bool {
        word(index).map(words.contains) ?? false
    }

    /// Skips any of `words` from `index`, returning the first index after them.
    func skip(_ index: Int, _ words: [String]) -> Int {
        var i = index
        while i < tokens.count, `is`(i, words) { i += 1 }
        return i
    }

    /// A count at `index`: digits, a number word, "a couple of", "a few", "alguns".
    func count(at index: Int) -> (value: Int, next: Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number, token.text.allSatisfy(\.isNumber) { return (token.value, index + 1) }
        guard token.kind == .word else { return nil }
        if token.text == "a" || token.text == "an" {
            if `is`(index + 1, ["couple", "few"]) { return (Self.numbers[tokens[index + 1].text]!, skip(index + 2, ["of"])) }
        }
        if let value = Self.numbers[token.text] { return (value, skip(index + 1, ["of"])) }
        return nil
    }

    func weekday(_ index: Int) -> Weekday? {
        guard let text = word(index), let day = Self.weekdays[text] else { return nil }
        return day
    }

    /// Past "-feira" after a Portuguese weekday.
    func afterWeekday(_ index: Int) -> Int {
        if sign(index) == "-" && word(index + 1) == "feira" { return index + 2 }
        if word(index) == "feira" { return index + 1 }
        return index
    }

    // MARK: Day arithmetic

    var mondayThisWeek: Day { saidOn.adding(days: -((saidOn.weekday.rawValue + 6) % 7)) }

    func dayInWeek(_ weekday: Weekday, weekStart: Day) -> Day {
        weekStart.adding(days: (weekday.rawValue + 6) % 7)
    }

    /// The first `weekday` strictly after the day said.
    func nextOccurrence(_ weekday: Weekday) -> Day {
        let ahead = (weekday.rawValue - saidOn.weekday.rawValue + 7) % 7
        return saidOn.adding(days: ahead == 0 ? 7 : ahead)
    }

    func lastDay(ofMonth month: Int, year: Int) -> Day {
        Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
    }

    /// The next time a month comes round: this year unless it is already over.
    func yearFor(month: Int, day: Int? = nil) -> Int {
        let (y, m, d) = saidOn.parts
        if month > m || (month == m && (day ?? 31) >= d) { return y }
        return y + 1
    }

    func month(offset: Int) -> (year: Int, month: Int) {
        let (y, m, _) = saidOn.parts
        let index = y * 12 + (m - 1) + offset
        return (index / 12, index % 12 + 1)
    }

    func addingMonths(_ count: Int, to day: Day) -> Day {
        let (y, m, d) = day.parts
        let index = y * 12 + (m - 1) + count
        let year = index / 12
        let month = index % 12 + 1
        return Day(year: year, month: month, day: min(d, Day.daysIn(month: month, year: year)))!
    }

    // MARK: Matching

    /// Words a reading can start with; any other word is skipped without trying the matchers,
    /// which is most of a sentence.
    static let triggers: Set<String> = {
        var words: Set<String> = [
            "today", "hoje", "tonight", "eod", "day", "depois", "tomorrow", "amanha", "end", "close", "fim", "final",
            "next", "proxima", "proximo", "this", "nesta", "esta", "essa", "nessa", "este", "neste", "coming", "entre", "between", "de",
            "early", "beginning", "start", "inicio", "comeco", "mid", "middle", "meados", "meio", "metade", "late", "later", "latter",
            "week", "semana", "month", "mes", "after", "apos", "past", "couple", "few",
        ]
        words.formUnion(weekdays.keys)
        words.formUnion(months.keys)
        words.formUnion(numbers.keys)
        words.formUnion(nonCommitments.map { $0[0] })
        return words
    }()

    static let nonCommitments: [[String]] = [
        ["soon"], ["shortly"], ["in", "due", "course"], ["be", "in", "touch"], ["get", "back", "to"], ["reach", "out"], ["let", "you", "know"],
        ["asap"], ["as", "soon", "as"], ["near", "future"], ["circle", "back"], ["follow", "up"], ["hear", "back"], ["update", "you"],
        ["em", "breve"], ["logo"], ["entraremos", "em", "contato"], ["entramos", "em", "contato"], ["entrar", "em", "contato"], ["retornaremos"],
        ["retorno"], ["daremos", "um", "retorno"], ["assim", "que"], ["o", "quanto", "antes"], ["te", "aviso"], ["vamos", "te", "avisar"],
        ["te", "avisamos"], ["te", "retorno"], ["proximos", "passos"], ["next", "steps"],
    ]

    func matches(at i: Int) -> [Match] {
        guard tokens[i].kind == .number || Self.triggers.contains(tokens[i].text) else { return [] }
        var found: [Match] = []
        func add(_ match: Match?) { if let match { found.append(match) } }
        add(relativeDay(i))
        add(weekdayPhrase(i))
        add(duration(i))
        add(periodEnd(i))
        add(vaguePeriod(i))
        add(absoluteDate(i))
        add(holidayAnchor(i))
        add(nonCommitment(i))
        return found
    }

    /// "today", "tomorrow", "end of day", "amanhã", "depois de amanhã".
    func relativeDay(_ i: Int) -> Match? {
        // "today" alone is usually small talk ("thanks for your time today"); it is a deadline
        // only after "by", "until", "later", "ainda"…
        if `is`(i, ["today", "hoje", "tonight", "eod"]), i > 0, `is`(i - 1, ["by", "until", "till", "before", "later", "ate", "ainda", "for"]) {
            return Match(start: i - 1, end: i + 1, score: 40, deadline: saidOn)
        }
        if `is`(i, ["day"]), `is`(i + 1, ["after"]), `is`(i + 2, ["tomorrow"]) {
            return Match(start: i, end: i + 3, score: 55, deadline: saidOn.adding(days: 2))
        }
        if `is`(i, ["depois"]), `is`(i + 1, ["de"]), `is`(i + 2, ["amanha"]) {
            return Match(start: i, end: i + 3, score: 55, deadline: saidOn.adding(days: 2))
        }
        if `is`(i, ["tomorrow", "amanha"]) { return Match(start: i, end: i + 1, score: 50, deadline: saidOn.adding(days: 1)) }
        if `is`(i, ["end", "close"]), `is`(i + 1, ["of"]), `is`(i + 2, ["day", "business"]) {
            let end = `is`(i + 2, ["business"]) && `is`(i + 3, ["day"]) ? i + 4 : i + 3
            if `is`(end, ["tomorrow"]) { return Match(start: i, end: end + 1, score: 52, deadline: saidOn.adding(days: 1)) }
            if `is`(end, ["today"]) { return Match(start: i, end: end + 1, score: 45, deadline: saidOn) }
            return Match(start: i, end: end, score: 42, deadline: saidOn)
        }
        if `is`(i, ["fim", "final"]), `is`(i + 1, ["do"]), `is`(i + 2, ["dia"]) {
            if `is`(i + 3, ["de"]), `is`(i + 4, ["amanha"]) { return Match(start: i, end: i + 5, score: 52, deadline: saidOn.adding(days: 1)) }
            return Match(start: i, end: i + 3, score: 42, deadline: saidOn)
        }
        return nil
    }

    /// "by Friday", "next Tuesday", "this Thursday", "sexta que vem", "na próxima sexta-feira".
    func weekdayPhrase(_ i: Int) -> Match? {
        enum Modifier { case plain, this, next }
        var modifier = Modifier.plain
        var start = i
        var dayIndex = i
        if `is`(i, ["next", "proxima", "proximo"]) {
            modifier = .next
            dayIndex = i + 1
        } else if `is`(i, ["this", "nesta", "esta", "essa", "nessa", "este", "neste"]) {
            modifier = .this
            dayIndex = i + 1
        } else if `is`(i, ["coming"]) {
            modifier = .plain
            dayIndex = i + 1
        }
        guard let weekday = weekday(dayIndex) else { return nil }
        // "Friday" alone is a name here, not the abbreviations "sat", "sun", "mar", "set" used as words.
        if ["sat", "sun", "sex", "ter", "qua", "qui", "seg", "wed", "mon"].contains(tokens[dayIndex].text) && modifier == .plain {
            guard i > 0, `is`(i - 1, ["by", "on", "until", "till", "ate", "na", "no"]) else { return nil }
        }
        var end = afterWeekday(dayIndex + 1)
        if `is`(end, ["que"]), `is`(end + 1, ["vem"]) {
            modifier = .next
            end += 2
        } else if `is`(end, ["da", "de"]), `is`(end + 1, ["semana", "week"]), `is`(end + 2, ["que"]), `is`(end + 3, ["vem"]) {
            modifier = .next
            end += 4
        } else if `is`(end, ["next", "this"]), `is`(end + 1, ["week"]) {
            let next = `is`(end, ["next"])
            let weekStart = mondayThisWeek.adding(days: next ? 7 : 0)
            return Match(start: i, end: end + 2, score: 72, deadline: dayInWeek(weekday, weekStart: weekStart))
        } else if `is`(end, ["of"]), `is`(end + 1, ["next"]), `is`(end + 2, ["week"]) {
            return Match(start: i, end: end + 3, score: 72, deadline: dayInWeek(weekday, weekStart: mondayThisWeek.adding(days: 7)))
        } else if `is`(end, ["da"]), `is`(end + 1, ["proxima"]), `is`(end + 2, ["semana"]) {
            return Match(start: i, end: end + 3, score: 72, deadline: dayInWeek(weekday, weekStart: mondayThisWeek.adding(days: 7)))
        }
        if i > 0, `is`(i - 1, ["by", "on", "until", "till", "before", "ate", "na", "no", "para"]) { start = i - 1 }
        if start > 0, `is`(start - 1, ["ate"]), `is`(start, ["a", "na"]) { start -= 1 }
        let plainDay = nextOccurrence(weekday)
        switch modifier {
        case .plain:
            if weekday == saidOn.weekday {
                return Match(
                    start: start, end: end, score: 70, deadline: plainDay, alternatives: [saidOn],
                    note: "said on a \(weekday.name): read as next week's, not today")
            }
            return Match(start: start, end: end, score: 70, deadline: plainDay)
        case .this:
            let inWeek = dayInWeek(weekday, weekStart: mondayThisWeek)
            return Match(start: start, end: end, score: 71, deadline: inWeek >= saidOn ? inWeek : plainDay)
        case .next:
            let following = dayInWeek(weekday, weekStart: mondayThisWeek.adding(days: 7))
            let chosen = policy.nextWeekday == .followingWeek ? following : plainDay
            let other = chosen == following ? plainDay : following
            return Match(
                start: start, end: end, score: 71, deadline: chosen, alternatives: [other],
                note: policy.nextWeekday == .followingWeek ? "next \(weekday.name) taken as the one in next week" : nil)
        }
    }

    /// "within two weeks", "in 3 days", "5-7 business days", "em até 10 dias úteis", "a week from today".
    func duration(_ i: Int) -> Match? {
        var index = i
        var low: Int
        var high: Int
        if `is`(index, ["entre", "between", "de"]), let first = count(at: index + 1), `is`(first.next, ["e", "a", "and", "to"]),
            let second = count(at: first.next + 1)
        {
            (low, high) = (first.value, second.value)
            index = second.next
        } else if let first = count(at: index) {
            (low, high) = (first.value, first.value)
            index = first.next
            if sign(index) == "-" || `is`(index, ["to", "or", "a", "ou"]), let second = count(at: index + 1), second.value > low {
                high = second.value
                index = second.next
            }
        } else {
            return nil
        }
        var business = false
        if `is`(index, ["business", "working", "work"]) {
            business = true
            index += 1
        }
        guard let unitWord = word(index) else { return nil }
        var unit: Int
        switch unitWord {
        case "day", "days", "dia", "dias": unit = 1
        case "week", "weeks", "semana", "semanas": unit = 7
        case "fortnight", "fortnights": unit = 14
        case "month", "months", "mes", "meses": unit = 30
        default: return nil
        }
        index += 1
        if `is`(index, ["uteis", "util"]) {
            business = true
            index += 1
        }
        if unit == 1, `is`(index, ["working", "business"]), `is`(index + 1, ["day", "days"]) { index += 2 }
        // What comes before: "within", "in", "em até", "dentro de", "daqui a", "over the next".
        var start = i
        let lead: [String] = [
            "within", "in", "over", "next", "the", "coming", "em", "ate", "dentro", "de", "daqui", "a", "nos", "proximos", "proximas", "prazo",
            "no", "up", "to", "about", "around", "roughly", "approximately", "cerca", "uns", "umas",
        ]
        while start > 0, `is`(start - 1, lead) { start -= 1 }
        if `is`(index, ["time"]) { index += 1 }
        if `is`(index, ["from"]), `is`(index + 1, ["today", "now"]) { index += 2 }
        let anchor = saidOn
        func shifted(_ n: Int) -> Day {
            if unit == 30 { return addingMonths(n, to: anchor) }
            return business ? calendar.adding(businessDays: n * (unit == 1 ? 1 : unit / 7 * 5), to: anchor) : anchor.adding(days: n * unit)
        }
        let end = shifted(high)
        let vague =
            ["few", "couple", "several", "alguns", "algumas", "uns", "umas", "poucos", "poucas"].contains(tokens[i].text)
            || (i + 1 < tokens.count && ["few", "couple"].contains(tokens[i + 1].text))
        let note = business ? "business days" : (unit == 1 ? "calendar days" : nil)
        if low != high || vague {
            let startDay = vague ? shifted(max(1, low - 1)) : shifted(low)
            return Match(start: start, end: index, score: 75, deadline: end, range: try? Deadline(start: startDay, end: end), note: note)
        }
        return Match(start: start, end: index, score: 75, deadline: end, note: note)
    }

    /// "end of next week", "by the end of the month", "fim do mês", "final da semana que vem", "end of the year".
    func periodEnd(_ i: Int) -> Match? {
        var index = i
        guard `is`(index, ["end", "fim", "final", "close"]) else { return nil }
        index += 1
        index = skip(index, ["of", "the", "this", "do", "da", "deste", "desta", "dessa", "desse", "de"])
        var next = false
        if `is`(index, ["next", "proxima", "proximo"]) {
            next = true
            index += 1
        }
        let weekEnd = { (weekStart: Day) in self.dayInWeek(self.policy.weekEnds, weekStart: weekStart) }
        var start = i
        let lead: [String] = ["by", "until", "the", "toward", "towards", "before", "around", "ate", "o", "no", "ao", "pelo", "para", "la", "em"]
        while start > 0, `is`(start - 1, lead) { start -= 1 }
        if `is`(index, ["week", "semana"]) {
            index += 1
            if `is`(index, ["que"]), `is`(index + 1, ["vem"]) {
                next = true
                index += 2
            } else if `is`(index, ["after"]), `is`(index + 1, ["next"]) {
                let day = weekEnd(mondayThisWeek.adding(days: 14))
                return Match(start: start, end: index + 2, score: 81, deadline: day, note: "a week ends on \(policy.weekEnds.name)")
            }
            var day = weekEnd(mondayThisWeek.adding(days: next ? 7 : 0))
            if day < saidOn { day = weekEnd(mondayThisWeek.adding(days: 7)) }
            return Match(start: start, end: index, score: 80, deadline: day, note: "a week ends on \(policy.weekEnds.name)")
        }
        if `is`(index, ["month", "mes"]) {
            index += 1
            if `is`(index, ["que"]), `is`(index + 1, ["vem"]) {
                next = true
                index += 2
            }
            let (y, m) = month(offset: next ? 1 : 0)
            return Match(
                start: start, end: index, score: 80, deadline: calendar.businessDay(onOrBefore: lastDay(ofMonth: m, year: y)),
                note: "the month's last business day")
        }
        if let month = word(index).flatMap({ Self.months[$0] }),
            !(["mar", "set", "sat", "sun"].contains(word(index)!)) || `is`(index - 1, ["of", "de"])
        {
            let year = yearFor(month: month)
            let last = calendar.businessDay(onOrBefore: lastDay(ofMonth: month, year: year))
            return Match(start: start, end: index + 1, score: 80, deadline: last, note: "the month's last business day")
        }
        if `is`(index, ["year", "ano"]) {
            let year = saidOn.year + (next ? 1 : 0)
            return Match(start: start, end: index + 1, score: 78, deadline: calendar.businessDay(onOrBefore: lastDay(ofMonth: 12, year: year)))
        }
        if `is`(index, ["quarter", "trimestre"]) {
            let (y, m, _) = saidOn.parts
            var quarterEnd = ((m - 1) / 3 + 1) * 3
            var year = y
            if next { quarterEnd += 3 }
            if quarterEnd > 12 { (quarterEnd, year) = (quarterEnd - 12, y + 1) }
            return Match(
                start: start, end: index + 1, score: 78, deadline: calendar.businessDay(onOrBefore: lastDay(ofMonth: quarterEnd, year: year)))
        }
        return nil
    }

    /// "early next week", "mid-April", "later this week", "next week", "no começo do mês que vem", "meados de abril".
    func vaguePeriod(_ i: Int) -> Match? {
        enum Part { case whole, early, middle, late }
        var index = i
        var part = Part.whole
        switch word(index) {
        case "early", "beginning", "start", "inicio", "comeco", "começo": part = .early
        case "mid", "middle", "meados", "meio", "metade": part = .middle
        case "late", "later", "latter": part = .late
        default: break
        }
        if part != .whole {
            index += 1
            if sign(index) == "-" { index += 1 }
            index = skip(index, ["of", "the", "this", "do", "da", "de", "deste", "desta", "in"])
        }
        var start = i
        let lead: [String] = [
            "by", "in", "during", "sometime", "some", "time", "at", "the", "no", "na", "em", "durante", "ate", "o", "a", "pelo", "pela", "ao",
        ]
        while start > 0, `is`(start - 1, lead) { start -= 1 }
        var next = false
        var this = false
        if `is`(index, ["next", "proxima", "proximo"]) {
            next = true
            index += 1
        } else if `is`(index, ["this", "esta", "este", "nesta", "neste"]) {
            this = true
            index += 1
        }
        if `is`(index, ["week", "semana"]) {
            index += 1
            if `is`(index, ["que"]), `is`(index + 1, ["vem"]) {
                next = true
                index += 2
            }
            guard next || this || part != .whole else { return nil }
            let monday = mondayThisWeek.adding(days: next ? 7 : 0)
            let friday = dayInWeek(policy.weekEnds, weekStart: monday)
            let (from, to): (Day, Day)
            switch part {
            case .whole: (from, to) = (monday, friday)
            case .early: (from, to) = (monday, monday.adding(days: 1))
            case .middle: (from, to) = (monday.adding(days: 1), monday.adding(days: 3))
            case .late: (from, to) = (monday.adding(days: 3), friday)
            }
            let clipped = max(from, min(saidOn.adding(days: 1), to))
            let rangeStart = this ? clipped : from
            return Match(start: start, end: index, score: part == .whole ? 62 : 64, deadline: to, range: try? Deadline(start: rangeStart, end: to))
        }
        var year: Int
        var month: Int
        if `is`(index, ["month", "mes"]) {
            index += 1
            if `is`(index, ["que"]), `is`(index + 1, ["vem"]) {
                next = true
                index += 2
            }
            guard next || this || part != .whole else { return nil }
            (year, month) = self.month(offset: next ? 1 : 0)
        } else if let m = word(index).flatMap({ Self.months[$0] }), part != .whole,
            !["mar", "set", "sat", "sun", "may"].contains(word(index)!) || index > i
        {
            month = m
            year = yearFor(month: m)
            index += 1
        } else {
            return nil
        }
        let last = Day.daysIn(month: month, year: year)
        let (from, to): (Int, Int)
        switch part {
        case .whole: (from, to) = (1, last)
        case .early: (from, to) = (1, 10)
        case .middle: (from, to) = (11, 20)
        case .late: (from, to) = (21, last)
        }
        let rangeStart = Day(year: year, month: month, day: from)!
        let rangeEnd = calendar.businessDay(onOrBefore: Day(year: year, month: month, day: to)!)
        return Match(start: start, end: index, score: 63, deadline: rangeEnd, range: try? Deadline(start: max(rangeStart, saidOn), end: rangeEnd))
    }

    /// "March 20", "20 March", "the 24th", "20/03", "20 de março", "dia 20".
    func absoluteDate(_ i: Int) -> Match? {
        var start = i
        let lead: [String] = ["by", "on", "until", "till", "before", "the", "ate", "o", "dia", "no", "em", "para"]
        func widen() { while start > 0, `is`(start - 1, lead) { start -= 1 } }
        func match(month: Int, day: Int, end: Int, year explicit: Int? = nil, alternatives: [Day] = [], note: String? = nil) -> Match? {
            let year = explicit ?? yearFor(month: month, day: day)
            guard let date = Day(year: year, month: month, day: day) else { return nil }
            widen()
            return Match(start: start, end: end, score: 90, deadline: date, alternatives: alternatives, note: note)
        }
        func yearAfter(_ index: Int) -> (Int?, Int) {
            var k = index
            if sign(k) == "/" || (`is`(k, ["de"]) && tokens.indices.contains(k + 1) && tokens[k + 1].kind == .number) || sign(k) == "." { k += 1 }
            if k < tokens.count, tokens[k].kind == .number, tokens[k].text.count == 4 { return (tokens[k].value, k + 1) }
            if k < tokens.count, tokens[k].kind == .number, tokens[k].text.count == 2, sign(index) == "/" { return (2000 + tokens[k].value, k + 1) }
            return (nil, index)
        }
        // Month name first: "March 20", "March 20th", "Apr 3".
        if let month = word(i).flatMap({ Self.months[$0] }), i + 1 < tokens.count, tokens[i + 1].kind == .number,
            (1...31).contains(tokens[i + 1].value),
            tokens[i + 1].text.count <= 4
        {
            var end = i + 2
            var year: Int?
            if sign(end) == "-" || sign(end) == "/" { return nil }
            if end < tokens.count, tokens[end].kind == .number, tokens[end].text.count == 4 {
                year = tokens[end].value
                end += 1
            }
            return match(month: month, day: tokens[i + 1].value, end: end, year: year)
        }
        guard tokens[i].kind == .number, (1...31).contains(tokens[i].value), tokens[i].text.count <= 4 else { return nil }
        let day = tokens[i].value
        // "20/03", "03/04/2026".
        if sign(i + 1) == "/" || (sign(i + 1) == "." && portuguese), i + 2 < tokens.count, tokens[i + 2].kind == .number,
            (1...12).contains(tokens[i + 2].value) || (1...12).contains(day)
        {
            let second = tokens[i + 2].value
            let (year, end) = yearAfter(i + 3)
            let dayFirst = policy.dayFirst ?? portuguese
            if day > 12 { return match(month: second, day: day, end: end, year: year) }
            if second > 12 { return match(month: day, day: second, end: end, year: year) }
            let (m, d) = dayFirst ? (second, day) : (day, second)
            let other = Day(
                year: year ?? yearFor(month: dayFirst ? day : second, day: dayFirst ? second : day), month: dayFirst ? day : second,
                day: dayFirst ? second : day)
            return match(
                month: m, day: d, end: end, year: year, alternatives: other.map { [$0] } ?? [],
                note: dayFirst ? "read day first" : "read month first")
        }
        // "20 March", "20th of March", "20 de março".
        var k = i + 1
        k = skip(k, ["of", "de"])
        if let month = word(k).flatMap({ Self.months[$0] }) {
            let (year, end) = yearAfter(k + 1)
            return match(month: month, day: day, end: year == nil ? k + 1 : end, year: year)
        }
        // "the 24th", "dia 20": the next time that day of the month comes.
        let ordinal = tokens[i].text.contains { $0.isLetter }
        if ordinal || `is`(i - 1, ["dia", "the"]) {
            let (y, m, d) = saidOn.parts
            var month = m
            var year = y
            if day <= d {
                (year, month) = m == 12 ? (y + 1, 1) : (y, m + 1)
            }
            guard day <= Day.daysIn(month: month, year: year) else { return nil }
            widen()
            return Match(start: start, end: i + 1, score: 85, deadline: Day(year: year, month: month, day: day)!, note: "the next \(day)th")
        }
        return nil
    }

    /// "after the holidays", "after Easter", "depois do carnaval", "after Thanksgiving".
    func holidayAnchor(_ i: Int) -> Match? {
        guard `is`(i, ["after", "depois", "apos", "past"]) else { return nil }
        var index = skip(i + 1, ["the", "do", "da", "das", "dos", "de", "o", "a", "as", "os"])
        let (y, m, d) = saidOn.parts
        var anchor: Day
        var name: String
        switch word(index) {
        case "holidays", "holiday", "festas", "festividades", "feriados", "new", "ano", "christmas", "natal", "xmas", "fim":
            let key = word(index)!
            index += 1
            if key == "new" { index = skip(index, ["year", "years", "s"]) }
            if key == "ano", `is`(index, ["novo"]) { index += 1 }
            if key == "fim", `is`(index, ["de", "do"]), `is`(index + 1, ["ano"]) { index += 2 }
            if key == "festas", `is`(index, ["de"]), `is`(index + 1, ["fim"]), `is`(index + 2, ["de"]), `is`(index + 3, ["ano"]) { index += 4 }
            if key == "holiday", `is`(index, ["season", "break"]) { index += 1 }
            if key == "christmas" || key == "natal" || key == "xmas" {
                anchor = Day(year: m == 12 && d > 25 ? y + 1 : y, month: 12, day: 25)!
                name = "Christmas"
            } else {
                anchor = Day(year: (m == 1 && d <= 7) ? y : y + 1, month: 1, day: 1)!
                name = "the New Year holidays"
            }
        case "easter", "pascoa":
            index += 1
            var easter = Day.easter(y)
            if easter < saidOn { easter = Day.easter(y + 1) }
            anchor = easter.adding(days: 1)
            name = "Easter"
        case "carnival", "carnaval":
            index += 1
            var tuesday = Day.easter(y).adding(days: -47)
            if tuesday < saidOn { tuesday = Day.easter(y + 1).adding(days: -47) }
            anchor = tuesday
            name = "Carnival"
        case "thanksgiving":
            index += 1
            var day = Context.thanksgiving(y)
            if day < saidOn { day = Context.thanksgiving(y + 1) }
            anchor = day.adding(days: 1)
            name = "Thanksgiving"
        default:
            return nil
        }
        let first = calendar.nextBusinessDay(after: anchor)
        let last = calendar.adding(businessDays: 4, to: first)
        return Match(
            start: i, end: index, score: 66, deadline: last, range: try? Deadline(start: first, end: last),
            note: "the first working week after \(name)")
    }

    static func thanksgiving(_ year: Int) -> Day {
        DateRule.nth(4, .thursday, month: 11).days(in: year)[0]
    }

    /// "soon", "we'll be in touch", "em breve", "entraremos em contato": no date, so the default window.
    func nonCommitment(_ i: Int) -> Match? {
        for phrase in Self.nonCommitments where i + phrase.count <= tokens.count {
            if phrase.indices.allSatisfy({ tokens[i + $0].text == phrase[$0] }) {
                let window = policy.defaultWindow
                let from = calendar.adding(businessDays: window.lowerBound, to: saidOn)
                let to = calendar.adding(businessDays: window.upperBound, to: saidOn)
                return Match(
                    start: i, end: i + phrase.count, score: 10, deadline: to, range: try? Deadline(start: from, end: to), commitment: false,
                    note: "no date given: the default window of \(window.lowerBound)–\(window.upperBound) business days")
            }
        }
        return nil
    }
}
