/// How recruiters say "when" in English: the words, then the shapes they make.
///
/// Each rule is one phrase shape; its siblings are the other ways to say the same kind of
/// thing. Words are lower-case, without apostrophes ("we'll" is "well").
extension TimelineGrammar {
    static let english = TimelineGrammar(vocabulary: .english, rules: EnglishTimeline.rules, conditions: ["if", "unless", "should"])
}

extension TimelineVocabulary {
    static let english = TimelineVocabulary(
        weekdays: [
            "monday": .monday, "mon": .monday, "tuesday": .tuesday, "tue": .tuesday, "tues": .tuesday, "wednesday": .wednesday,
            "wed": .wednesday, "thursday": .thursday, "thu": .thursday, "thur": .thursday, "thurs": .thursday, "friday": .friday,
            "fri": .friday, "saturday": .saturday, "sat": .saturday, "sunday": .sunday, "sun": .sunday,
        ],
        months: [
            "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
            "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
            "nov": 11, "december": 12, "dec": 12,
        ],
        numbers: [
            "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20,
            "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "ninety": 90,
        ],
        vagueNumbers: ["couple": 2, "few": 3, "several": 4],
        ordinals: [
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
            "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "thirtieth": 30,
        ],
        units: [
            "hour": .hour, "hours": .hour, "hrs": .hour, "day": .day, "days": .day, "week": .week, "weeks": .week, "wks": .week,
            "fortnight": .fortnight, "fortnights": .fortnight, "month": .month, "months": .month,
        ],
        holidays: [
            ["christmas"]: .christmas, ["xmas"]: .christmas, ["christmas", "break"]: .yearEnd, ["holidays"]: .yearEnd,
            ["holiday", "season"]: .yearEnd, ["holiday", "break"]: .yearEnd, ["new", "year"]: .newYear, ["new", "years"]: .newYear,
            ["new", "years", "day"]: .newYear, ["easter"]: .easter, ["thanksgiving"]: .thanksgiving, ["memorial", "day"]: .memorialDay,
            ["labor", "day"]: .laborDay, ["labour", "day"]: .laborDay, ["independence", "day"]: .independenceDay,
            ["fourth", "of", "july"]: .independenceDay, ["carnival"]: .carnival, ["mardi", "gras"]: .carnival,
            ["holiday"]: .nextPublicHoliday, ["long", "weekend"]: .nextPublicHoliday, ["bank", "holiday"]: .nextPublicHoliday,
            ["public", "holiday"]: .nextPublicHoliday,
        ],
        ambiguous: ["may", "mar", "sat", "sun", "wed", "mon", "tue", "thu", "fri", "jun", "jul", "aug", "dec", "jan", "oct", "nov", "sep"],
        dateLeads: [
            "by", "on", "until", "till", "til", "before", "after", "in", "of", "mid", "early", "late", "end", "this", "next", "coming",
            "from", "since", "during", "around", "-", "or", "and", "to", "through",
        ],
        countLinks: ["of"])
}

/// The English rules, grouped by what they read.
enum EnglishTimeline {
    typealias M = TimelineMeaning

    /// Words before a day that change nothing ("by Friday", "on Friday", "no later than Friday").
    static let lead = P.any(P.w("by", "on", "until", "till", "til", "before", "around", "from"), P.phrase("no later than"), P.phrase("as of"))
    static let the = P.opt("the")
    static let next = P.any(P.tag("next", "next", "following"), P.tag("this", "this", "current"), P.w("coming"), P.tag("next", "upcoming"))
    static let hedge = P.any(P.tag("about", "about", "around", "roughly", "approximately", "approx", "maybe", "some"), P.phrase("give or take"))
    static let business = P.tag("business", "business", "working", "work")
    static let contact: Piece = P.any(
        P.w("call", "ring", "phone", "email", "text", "contact", "talk", "speak", "update", "notify", "reply", "respond", "answer", "write"),
        P.phrases("get back", "let you know", "reach out", "hear back", "hear from", "be in touch", "get in touch", "follow up"))
    /// A promise to write, with whom it is to ("let you know"): unlike "the call", never a noun.
    static let promise = P.phrases(
        "let you know", "get back to you", "come back to you", "hear from us", "hear from me", "hear back", "reach out", "be in touch",
        "call you", "email you", "contact you", "update you", "ping you", "write to you", "answer you", "send you", "confirm with you")
    /// Today, said as a time of it.
    static let today = P.any(
        P.w("tonight", "eod", "cob"), P.phrases("this afternoon", "this evening", "this morning", "later today", "later on today"))

    static let rules: [TimelineRule] = dates + weekdays + days + spans + periods + holidays + vague

    static let dates: [TimelineRule] = {
        let monthFirst = P.seq(.month, P.opt("the"), .dayOfMonth, P.opt(.sign(",")), P.opt(.year))
        let dayFirst = P.seq(.dayOfMonth, P.opt("of"), .month, P.opt(.sign(",")), P.opt(.year))
        let numeric = P.seq(.dayOfMonth, .sign("/"), .dayOfMonth, P.opt(P.seq(.sign("/"), .year)))
        let named = P.any(monthFirst, dayFirst, numeric)
        return [
            TimelineRule("date", score: 90, [P.opt(lead), the, named]) { TimelineGrammar.date($0) },
            TimelineRule("day of the month", score: 85, [P.opt(lead), P.w("the"), .dayNumber, P.opt(P.seq(P.w("of"), P.w("the"), P.w("month")))]) {
                TimelineGrammar.date($0)
            },
            TimelineRule(
                "the day before a date", score: 91,
                [P.phrases("ahead of", "prior to", "in advance of", "the day before"), the, P.any(named, .dayNumber)]
            ) {
                TimelineGrammar.date($0).map { .dayBefore($0) }
            },
            TimelineRule("the week of a date", score: 92, [P.opt(lead), P.w("the"), P.w("week"), P.w("of"), the, P.any(named, .dayNumber)]) {
                TimelineGrammar.date($0).map { .weekOf($0) }
            },
            TimelineRule(
                "between two days of the month", score: 88,
                [P.w("between"), the, .dayOfMonth, P.w("and", "to"), the, .dayOfMonth, .not(P.any(.unit, business))]
            ) { c in
                .either(.dayOfMonth(c.days[0]), .dayOfMonth(c.days[1]))
            },
        ]
    }()

    /// A weekday with what says which week: "next Friday", "Thursday of next week".
    static let weekday: [Piece] = [
        P.opt(lead), P.opt(next), .weekday,
        P.opt(
            P.any(
                P.seq(P.opt(P.w("of")), P.tag("nextWeek", "next"), P.w("week")), P.seq(P.tag("this", "this"), P.w("week")),
                P.seq(P.opt(P.w("of")), P.opt(P.w("the")), P.tag("weekAfterNext", "week"), P.w("after"), P.w("next")))),
    ]

    static let weekdays: [TimelineRule] = {
        [
            TimelineRule("weekday", score: 70, weekday) { c in
                // "Friday next week" names the week; `weekdayChoice` reads it before a lone "next".
                TimelineGrammar.date(c)
            },
            TimelineRule(
                "one weekday or another", score: 72,
                [P.opt(lead), P.opt(next), .weekday, P.any(P.w("or", "and", "to", "through", "thru"), .sign("-")), P.opt(lead), .weekday]
            ) { c in
                let choice = TimelineGrammar.weekdayChoice(c)
                return .either(.weekday(c.weekdays[0], choice), .weekday(c.weekdays[1], choice == .this ? .plain : choice))
            },
            TimelineRule("an amount from a day", score: 76, [P.opt(hedge), .number, .unit, P.phrases("from", "after"), P.opt(next), .weekday]) { c in
                TimelineGrammar.amount(c).map { .from(.weekday(c.weekdays[0], TimelineGrammar.weekdayChoice(c)), $0) }
            },
        ]
    }()

    static let days: [TimelineRule] = [
        TimelineRule(
            "tomorrow", score: 50,
            [P.opt(P.w("by", "until", "till", "for")), P.opt(P.phrases("end of day", "close of business", "end of the day")), P.w("tomorrow")]
        ) { _ in
            .day(offset: 1)
        },
        TimelineRule("the day after tomorrow", score: 55, [P.opt(P.w("by", "until")), P.opt("the"), P.phrase("day after tomorrow")]) { _ in
            .day(offset: 2)
        },
        TimelineRule(
            "today, with a deadline word", score: 40,
            [
                P.w("by", "until", "till", "later", "before", "for"), P.opt("the"),
                P.any(P.w("today", "tonight"), P.phrases("end of today", "end of the day", "end of day", "close of business", "close of play")),
            ]
        ) { _ in
            .day(offset: 0)
        },
        TimelineRule("a time of today", score: 45, [P.opt(P.w("by", "until", "till", "later")), today]) { _ in .day(offset: 0) },
        TimelineRule(
            "end of the day", score: 42,
            [
                P.opt(P.w("by", "until", "before", "at")), P.opt("the"),
                P.any(
                    P.phrases(
                        "end of the day", "end of day", "end of business", "close of business", "end of the business day", "end of the working day",
                        "end of play"), P.w("eod", "cob")),
            ]
        ) { _ in
            .day(offset: 0)
        },
        TimelineRule("before the day is out", score: 44, [P.w("before"), P.w("the"), P.w("day"), P.w("is", "ends"), P.opt("out"), P.opt("over")]) {
            _ in .day(offset: 0)
        },
        // "call you tonight", "give you a call this afternoon": a promise about today or tomorrow.
        TimelineRule(
            "contact on a day", score: 60,
            [
                contact, .gap(3),
                P.any(
                    today, P.w("today"), P.seq(P.opt("the"), P.tag("dayAfter", "day"), P.w("after"), P.w("tomorrow")), P.tag("tomorrow", "tomorrow")),
            ]
        ) { c in
            .day(offset: c.has("dayAfter") ? 2 : c.has("tomorrow") ? 1 : 0)
        },
        // "debrief Thursday and let you know Friday": the day beside the promise is the deadline.
        TimelineRule("contact on a weekday", score: 71, [promise, .gap(2)] + weekday) { TimelineGrammar.date($0) },
    ]

    static let spans: [TimelineRule] = {
        let within = P.skip("within", "in", "over", "inside", "under", "after", "for", "the", "next", "coming", "following", "of")
        let count = P.seq(P.opt(hedge), .number, P.opt(P.seq(P.any(P.w("to", "or"), .sign("-")), .number)))
        let tail = P.seq(P.opt(P.any(P.phrase("or so"), P.phrase("or two"))), P.opt("time"), P.opt(P.phrases("from now", "from today")))
        return [
            TimelineRule("an amount of time", score: 75, [within, count, P.opt(business), .unit, tail]) {
                TimelineGrammar.amount($0).map { .span($0) }
            },
            TimelineRule("one unit or two", score: 76, [within, P.opt(hedge), .number, P.opt(business), .unit, P.w("or", "to"), .number]) { c in
                TimelineGrammar.amount(c).map { .span($0) }
            },
            TimelineRule("a unit or two", score: 76, [within, P.opt(business), .unit, P.w("or", "to"), .number]) { c in
                c.units.first.map { .span(M.Amount(1, to: c.numbers.first, $0, business: c.has("business"))) }
            },
            TimelineRule(
                "in the coming weeks", score: 11,
                [P.w("in", "over", "during", "within"), P.w("the"), P.w("next", "coming", "following"), P.w("weeks", "months")]
            ) { _ in
                .vague(.contact)
            },
            TimelineRule(
                "between two amounts", score: 75, [P.opt(within), P.w("between"), .number, P.w("and", "to"), .number, P.opt(business), .unit]
            ) { c in
                TimelineGrammar.amount(c).map { .span($0) }
            },
            TimelineRule(
                "the next few days", score: 73,
                [P.opt(P.w("in", "over", "within", "during")), P.w("the"), P.w("next", "coming", "following"), P.opt(business), P.w("days")]
            ) { c in
                .span(M.Amount(3, .day, business: true, approximate: true))
            },
            TimelineRule("the days ahead", score: 73, [P.opt(P.w("in", "over")), P.w("the"), P.w("days"), P.w("ahead", "to")]) { _ in
                .span(M.Amount(3, .day, business: true, approximate: true))
            },
            TimelineRule(
                "within one unit", score: 74,
                [
                    P.w("within", "in", "over", "during", "inside"), P.w("the"), P.opt(P.tag("next", "next", "coming", "following")),
                    P.any(P.tag("week", "week"), P.tag("month", "month"), P.tag("fortnight", "fortnight")),
                ]
            ) {
                TimelineGrammar.withinOne($0)
            },
        ]
    }()

    static let periods: [TimelineRule] = {
        let part = P.any(
            P.tag("early", "early", "beginning", "start"), P.seq(P.tag("early", "first"), P.w("thing")), P.tag("middle", "mid", "middle"),
            P.tag("late", "late", "later", "latter"),
            P.tag("end", "end", "close"), P.seq(P.tag("firstHalf", "first"), P.w("half")), P.seq(P.tag("secondHalf", "second", "last"), P.w("half")),
            P.seq(P.tag("firstHalf", "first"), P.w("fortnight")), P.seq(P.tag("secondHalf", "second"), P.w("fortnight")))
        let ofThe = P.seq(P.opt(.sign("-")), P.skip("of", "the", "in"))
        let which = P.opt(P.any(P.tag("next", "next", "following", "coming"), P.w("this", "the", "current")))
        let period = P.any(P.tag("week", "week"), P.tag("month", "month"), P.tag("year", "year"), P.tag("quarter", "quarter"))
        let afterNext = P.opt(P.seq(P.tag("afterNext", "after"), P.w("next")))
        let opening = P.opt(P.any(lead, P.w("in", "during", "sometime", "at", "toward", "towards"), P.phrase("some time")))
        return [
            TimelineRule("part of a week or month", score: 80, [opening, P.opt("the"), part, ofThe, which, period, afterNext]) {
                TimelineGrammar.period($0)
            },
            TimelineRule(
                "a whole week or month", score: 62,
                [opening, P.opt("the"), P.any(P.tag("next", "next", "following"), P.tag("this", "this")), period, afterNext]
            ) { c in
                c.has("year") ? nil : TimelineGrammar.period(c)
            },
            TimelineRule("the week after next", score: 63, [opening, P.w("the"), P.w("week"), P.tag("afterNext", "after"), P.w("next")]) { _ in
                .period(.week, offset: 2, part: .whole)
            },
            TimelineRule(
                "a week of a named month", score: 81,
                [opening, P.opt("the"), P.any(.dayOfMonth, P.tag("last", "last", "final")), P.w("week"), P.w("of", "in"), .month, P.opt(.year)]
            ) { c in
                let n = c.has("last") ? -1 : c.days.first ?? 0
                return (1...5).contains(n) || n == -1 ? .weekOfMonth(n, month: c.months[0], year: c.years.first) : nil
            },
            TimelineRule(
                "the new year", score: 66, [P.any(P.w("in", "into", "after", "past"), P.phrase("early in")), P.w("the"), P.w("new"), P.w("year")]
            ) { _ in
                .holiday(.newYear, after: true, plus: nil)
            },
            TimelineRule("part of a named month", score: 80, [opening, P.opt("the"), part, ofThe, .month, P.opt(.year)]) { c in
                .namedMonth(c.months[0], year: c.years.first, part: TimelineGrammar.part(c))
            },
            TimelineRule("a named month", score: 60, [P.w("in", "during", "by", "until", "for", "over"), .month, P.opt(.year)]) { c in
                .namedMonth(c.months[0], year: c.years.first, part: .whole)
            },
            TimelineRule(
                "a quarter", score: 78,
                [
                    opening, P.opt(P.any(P.tag("end", "end", "close"), P.phrase("the end"))), P.opt(P.w("of")), P.opt("the"),
                    P.any(P.seq(P.w("q"), .number), P.seq(.dayOfMonth, P.w("quarter"))), P.opt(.year),
                ]
            ) { c in
                let number = c.numbers.first ?? c.days.first ?? 0
                return (1...4).contains(number) ? .quarter(number: number, offset: 0) : nil
            },
            TimelineRule(
                "the weekend", score: 81,
                [
                    P.any(P.tag("after", "after", "past"), P.w("by", "before", "until", "over")), P.w("the"), P.opt(P.tag("next", "next")),
                    P.w("weekend"),
                ]
            ) { c in
                .weekend(after: c.has("after"), offset: c.has("next") ? 1 : 0)
            },
        ]
    }()

    static let holidays: [TimelineRule] = {
        let after = P.tag("after", "after", "past", "following", "post")
        return [
            TimelineRule("after a holiday", score: 82, [P.opt(P.w("right", "just", "soon", "shortly")), after, the, .holiday]) { c in
                .holiday(c.holidays[0], after: true, plus: nil)
            },
            TimelineRule("an amount after a holiday", score: 83, [P.opt(hedge), .number, P.opt(business), .unit, after, the, .holiday]) { c in
                TimelineGrammar.amount(c).map { .holiday(c.holidays[0], after: true, plus: $0) }
            },
            TimelineRule("before a holiday", score: 66, [P.any(P.w("by", "before", "until", "till"), P.phrase("ahead of")), the, .holiday]) { c in
                .holiday(c.holidays[0], after: false, plus: nil)
            },
        ]
    }()

    static let vague: [TimelineRule] = [
        TimelineRule(
            "soon", score: 12,
            [
                P.opt(P.w("very", "quite", "pretty", "really")),
                P.any(
                    P.w("soon", "shortly", "asap"),
                    P.phrases(
                        "before long", "as soon as possible", "as soon as we can", "in the near future", "any day now", "at the earliest opportunity")
                ),
            ]
        ) { _ in
            .vague(.soon)
        },
        TimelineRule("a call back", score: 12, [P.any(P.w("call", "ring", "phone")), P.opt(P.w("you", "u")), P.w("back")]) { _ in .vague(.callback) },
        TimelineRule("return a call", score: 12, [P.w("return", "returns"), P.w("your", "the"), P.w("call")]) { _ in .vague(.callback) },
        TimelineRule(
            "a promise to be in touch", score: 10,
            [
                P.any(
                    P.phrases(
                        "be in touch", "be in contact", "get in touch", "get back to", "come back to", "reach out", "let you know", "keep you posted",
                        "keep you updated", "keep you informed", "keep you in the loop", "update you", "follow up", "circle back", "hear back",
                        "hear from", "hear something", "hear anything", "contact you", "call you", "ring you", "email you", "notify you",
                        "touch base",
                        "next steps", "in due course", "reach you", "be contacting", "be calling", "give you a call", "give you a ring",
                        "drop you a line",
                        "send you an update", "revert"))
            ]
        ) { _ in .vague(.contact) },
    ]
}
