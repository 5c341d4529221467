/// How recruiters say "when" in Brazilian Portuguese: the words, then the shapes they make.
///
/// The rules mirror the English ones group by group, so a shape added in one language has an
/// obvious place in the other. Words are lower-case and without accents ("até" is "ate").
extension TimelineGrammar {
    static let portuguese = TimelineGrammar(vocabulary: .portuguese, rules: PortugueseTimeline.rules, conditions: ["se", "caso"])
}

extension TimelineVocabulary {
    static let portuguese = TimelineVocabulary(
        weekdays: [
            "segunda": .monday, "seg": .monday, "terca": .tuesday, "ter": .tuesday, "quarta": .wednesday, "qua": .wednesday,
            "quinta": .thursday, "qui": .thursday, "sexta": .friday, "sex": .friday, "sabado": .saturday, "sab": .saturday,
            "domingo": .sunday, "dom": .sunday,
        ],
        months: [
            "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "marco": 3, "mar": 3, "abril": 4, "abr": 4, "maio": 5, "mai": 5, "junho": 6,
            "jun": 6, "julho": 7, "jul": 7, "agosto": 8, "ago": 8, "setembro": 9, "set": 9, "outubro": 10, "out": 10, "novembro": 11,
            "nov": 11, "dezembro": 12,
        ],
        numbers: [
            "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
            "dez": 10, "onze": 11, "doze": 12, "treze": 13, "quatorze": 14, "catorze": 14, "quinze": 15, "dezesseis": 16, "dezoito": 18,
            "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "noventa": 90,
        ],
        vagueNumbers: ["alguns": 3, "algumas": 3, "poucos": 3, "poucas": 3, "par": 2],
        ordinals: [
            "primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3, "terceira": 3, "quarto": 4, "quarta": 4,
            "quinto": 5, "quinta": 5, "sexto": 6, "decimo": 10, "vigesimo": 20,
        ],
        units: [
            "hora": .hour, "horas": .hour, "h": .hour, "dia": .day, "dias": .day, "semana": .week, "semanas": .week,
            "quinzena": .fortnight, "quinzenas": .fortnight, "mes": .month, "meses": .month,
        ],
        holidays: [
            ["natal"]: .christmas, ["ano", "novo"]: .newYear, ["reveillon"]: .newYear, ["festas"]: .yearEnd,
            ["festas", "de", "fim", "de", "ano"]: .yearEnd, ["fim", "de", "ano"]: .yearEnd, ["festividades"]: .yearEnd,
            ["recesso"]: .yearEnd, ["recesso", "de", "fim", "de", "ano"]: .yearEnd, ["pascoa"]: .easter, ["semana", "santa"]: .easter,
            ["carnaval"]: .carnival, ["tiradentes"]: .tiradentes, ["corpus", "christi"]: .corpusChristi, ["feriado"]: .nextPublicHoliday,
            ["feriadao"]: .nextPublicHoliday, ["proximo", "feriado"]: .nextPublicHoliday, ["feriado", "prolongado"]: .nextPublicHoliday,
        ],
        ambiguous: [
            "segunda", "seg", "terca", "ter", "quarta", "qua", "quinta", "qui", "sexta", "sex", "sab", "dom", "marco", "mar", "set", "out",
            "ago", "mai", "jun", "jul", "abr", "fev", "jan", "nov",
        ],
        dateLeads: [
            "ate", "na", "no", "a", "em", "de", "do", "da", "proxima", "proximo", "nesta", "neste", "esta", "este", "essa", "esse",
            "nessa", "nesse", "dia", "inicio", "meados", "fim", "final", "comeco", "apos", "depois", "antes", "ou", "e", "-", "pela", "pelo",
        ],
        countLinks: ["de"], weekdaySuffix: "feira", dateFollowers: ["que", "feira", "da", "desta", "dessa", "de"],
        ordinalNouns: [
            "etapa", "fase", "rodada", "entrevista", "vez", "parte", "opcao", "chamada", "reuniao", "semana", "quinzena", "metade", "turma",
            "dinamica", "prova", "conversa", "vaga", "candidata", "candidato", "colocada", "colocado", "lugar", "mao", "feira",
        ])
}

/// The Portuguese rules, grouped as the English ones are.
enum PortugueseTimeline {
    typealias M = TimelineMeaning

    /// Words before a day that change nothing ("até sexta", "na sexta", "no máximo até sexta").
    static let lead = P.any(
        P.seq(P.opt(P.phrase("no maximo")), P.w("ate"), P.opt(P.w("a", "o"))), P.w("na", "no", "para", "pra", "em", "antes", "dentro"),
        P.phrase("no mais tardar"), P.phrase("a partir de"))
    static let article = P.opt(P.w("o", "a", "os", "as"))
    static let which = P.any(P.tag("next", "proxima", "proximo"), P.tag("this", "nesta", "neste", "esta", "este", "essa", "esse", "nessa", "nesse"))
    /// "que vem", "seguinte": after the noun, the next one.
    static let coming = P.any(P.seq(P.tag("next", "que"), P.w("vem")), P.tag("next", "seguinte"))
    static let hedge = P.any(
        P.tag("about", "aproximadamente", "uns", "umas", "tipo"), P.seq(P.tag("about", "cerca", "volta", "torno"), P.opt(P.w("de"))),
        P.seq(P.tag("about", "mais"), P.w("ou"), P.w("menos")))
    static let business = P.tag("business", "uteis", "util")
    static let contact: Piece = P.any(
        P.w(
            "ligo", "ligamos", "ligaremos", "ligar", "ligarem", "liga", "falamos", "falo", "falar", "aviso", "avisamos", "avisar", "avisaremos",
            "retorno", "retornamos", "retornaremos", "respondo", "respondemos", "escrevo", "mando", "mandamos"),
        P.phrases("entro em contato", "entramos em contato", "entraremos em contato", "entrar em contato"))
    /// A promise to write, with whom it is to ("te dou retorno"): unlike "a ligação", never a noun.
    static let promise = P.phrases(
        "te dou retorno", "te dou um retorno", "te da retorno", "te da um retorno", "te damos retorno", "te damos um retorno", "dar retorno",
        "dar um retorno", "te ligo", "te ligamos", "te aviso", "te avisamos", "te chamo", "te chamamos", "te respondo", "te respondemos",
        "retornamos", "te escrevo", "te mando", "te mandamos", "entramos em contato", "entro em contato", "entraremos em contato")
    static let today = P.any(
        P.phrases(
            "hoje a tarde", "hoje a noite", "hoje de tarde", "hoje de noite", "ainda hoje", "hoje mais tarde", "mais tarde", "hoje cedo",
            "esta tarde", "esta noite", "hoje"))

    static let rules: [TimelineRule] = dates + weekdays + days + spans + periods + holidays + vague

    static let dates: [TimelineRule] = {
        let named = P.seq(.dayOfMonth, P.opt(P.w("de")), .month, P.opt(P.seq(P.opt(P.w("de")), .year)))
        let numeric = P.seq(.dayOfMonth, P.any(.sign("/"), .sign(".")), .dayOfMonth, P.opt(P.seq(P.any(.sign("/"), .sign(".")), .year)))
        let named2 = P.any(named, numeric)
        return [
            TimelineRule("date", score: 90, [P.opt(lead), article, P.opt(P.w("dia")), named2]) { TimelineGrammar.date($0) },
            TimelineRule("day of the month", score: 85, [P.opt(lead), article, P.w("dia"), .dayNumber, .not(.month)]) { TimelineGrammar.date($0) },
            TimelineRule(
                "the day before a date", score: 91,
                [
                    P.opt(lead), article, P.any(P.w("vespera"), P.phrase("um dia antes")), P.w("de", "do", "da"), P.opt(P.w("dia")),
                    P.any(named2, .dayNumber),
                ]
            ) {
                TimelineGrammar.date($0).map { .dayBefore($0) }
            },
            TimelineRule(
                "the week of a date", score: 92, [P.opt(lead), article, P.w("semana"), P.w("do", "de"), P.opt(P.w("dia")), P.any(named2, .dayNumber)]
            ) {
                TimelineGrammar.date($0).map { .weekOf($0) }
            },
            TimelineRule(
                "between two days of the month", score: 88,
                [
                    P.w("entre"), P.opt(P.w("o", "os")), P.opt(P.w("dia", "dias")), .dayOfMonth, P.w("e", "a"), P.opt(P.w("o")), .dayOfMonth,
                    .not(P.any(.unit, business)),
                ]
            ) { c in
                .either(.dayOfMonth(c.days[0]), .dayOfMonth(c.days[1]))
            },
        ]
    }()

    /// Which week a weekday is in, said after it: "sexta que vem", "quinta da semana que vem".
    static let week = P.opt(
        P.any(
            P.seq(P.w("da", "de"), P.w("semana"), P.tag("nextWeek", "que"), P.w("vem")),
            P.seq(P.w("da"), P.tag("nextWeek", "proxima"), P.w("semana")),
            P.seq(P.w("da"), P.w("semana"), P.tag("nextWeek", "seguinte")), P.seq(P.tag("this", "desta", "dessa"), P.w("semana")),
            P.seq(P.tag("next", "que"), P.w("vem"))))

    static let weekdays: [TimelineRule] = {
        [
            TimelineRule("weekday", score: 70, [P.opt(lead), article, P.opt(which), .weekday, week]) { c in
                TimelineGrammar.date(c)
            },
            TimelineRule(
                "one weekday or another", score: 72,
                [P.opt(lead), article, P.opt(which), .weekday, P.any(P.w("ou", "e", "a"), .sign("-")), P.opt(lead), article, .weekday, week]
            ) { c in
                let choice = TimelineGrammar.weekdayChoice(c)
                return .either(.weekday(c.weekdays[0], choice), .weekday(c.weekdays[1], choice == .this ? .plain : choice))
            },
            TimelineRule(
                "an amount from a day", score: 76,
                [
                    P.opt(hedge), .number, .unit,
                    P.any(P.phrase("a partir de"), P.phrase("a partir da"), P.phrase("a partir do"), P.w("depois", "apos")),
                    P.opt(P.w("de", "da", "do")), article, P.opt(which), .weekday,
                ]
            ) { c in
                TimelineGrammar.amount(c).map { .from(.weekday(c.weekdays[0], TimelineGrammar.weekdayChoice(c)), $0) }
            },
        ]
    }()

    static let days: [TimelineRule] = [
        TimelineRule(
            "tomorrow", score: 50,
            [
                P.opt(P.w("ate", "para", "pra")), P.opt(P.phrases("o fim do dia de", "o final do dia de", "fim do dia de")), P.w("amanha"),
                P.opt(P.phrases("cedo", "de manha", "a tarde", "de tarde", "a noite")),
            ]
        ) { _ in
            .day(offset: 1)
        },
        TimelineRule("the day after tomorrow", score: 55, [P.opt(P.w("ate", "para")), P.phrase("depois de amanha")]) { _ in .day(offset: 2) },
        TimelineRule("today, with a deadline word", score: 40, [P.w("ate", "ainda", "para", "pra"), P.w("hoje")]) { _ in .day(offset: 0) },
        TimelineRule(
            "a time of today", score: 45,
            [
                P.opt(P.w("ate")),
                P.any(
                    P.phrases(
                        "hoje a tarde", "hoje a noite", "hoje de tarde", "hoje de noite", "hoje mais tarde", "ainda hoje", "esta tarde", "esta noite",
                        "hoje no fim do dia")),
            ]
        ) { _ in
            .day(offset: 0)
        },
        TimelineRule(
            "end of the day", score: 42,
            [
                P.opt(P.any(P.w("ate", "antes"), P.phrase("antes do"))), P.opt(P.w("o", "do", "ao")), P.w("fim", "final", "termino"), P.w("do"),
                P.w("dia", "expediente"), P.opt(P.w("de")), P.opt(P.w("hoje")),
            ]
        ) { _ in
            .day(offset: 0)
        },
        TimelineRule(
            "contact on a day", score: 60,
            [contact, .gap(3), P.any(today, P.seq(P.tag("dayAfter", "depois"), P.w("de"), P.w("amanha")), P.tag("tomorrow", "amanha"))]
        ) { c in
            .day(offset: c.has("dayAfter") ? 2 : c.has("tomorrow") ? 1 : 0)
        },
        TimelineRule("contact on a weekday", score: 71, [promise, .gap(2), P.opt(lead), article, P.opt(which), .weekday, week]) {
            TimelineGrammar.date($0)
        },
    ]

    static let spans: [TimelineRule] = {
        let within = P.skip(
            "em", "ate", "dentro", "de", "daqui", "a", "nos", "nas", "no", "na", "proximos", "proximas", "prazo", "apos", "depois", "os", "as", "por",
            "durante", "mais", "maximo", "levar", "leva")
        let count = P.seq(P.opt(P.w("por", "em")), P.opt(hedge), .number, P.opt(P.seq(P.any(P.w("a", "ou"), .sign("-")), .number)))
        let tail = P.seq(
            P.opt(business), P.opt(P.w("corridos")), P.opt(P.seq(P.w("ou"), P.w("mais"))),
            P.opt(P.phrases("a partir de hoje", "a contar de hoje", "a partir de agora")))
        return [
            TimelineRule("an amount of time", score: 75, [within, count, .unit, tail]) { TimelineGrammar.amount($0).map { .span($0) } },
            TimelineRule("one unit or two", score: 76, [within, P.opt(hedge), .number, .unit, P.opt(business), P.w("ou"), .number]) { c in
                TimelineGrammar.amount(c).map { .span($0) }
            },
            TimelineRule(
                "in the coming weeks", score: 11,
                [P.w("nas", "nos", "durante", "em"), P.opt(P.w("as", "os")), P.w("proximas", "proximos"), P.w("semanas", "meses")]
            ) { _ in
                .vague(.contact)
            },
            TimelineRule("between two amounts", score: 75, [P.opt(within), P.w("entre"), .number, P.w("e", "a"), .number, .unit, P.opt(business)]) {
                c in
                TimelineGrammar.amount(c).map { .span($0) }
            },
            TimelineRule(
                "the next few days", score: 73,
                [P.opt(P.w("nos", "em", "dentro", "durante")), P.opt(P.w("de", "dos", "os")), P.w("proximos"), P.w("dias"), P.opt(business)]
            ) { _ in
                .span(M.Amount(3, .day, business: true, approximate: true))
            },
            TimelineRule(
                "within one unit", score: 74,
                [
                    P.phrases("dentro da", "dentro do", "ao longo da", "ao longo do", "no decorrer da", "no decorrer do"),
                    P.opt(P.tag("next", "proxima", "proximo")), P.any(P.tag("week", "semana"), P.tag("month", "mes"), P.tag("fortnight", "quinzena")),
                ]
            ) {
                TimelineGrammar.withinOne($0)
            },
        ]
    }()

    static let periods: [TimelineRule] = {
        let part = P.any(
            P.tag("early", "inicio", "comeco", "principio"), P.tag("middle", "meados", "meio", "metade"),
            P.tag("end", "fim", "final", "termino", "encerramento"),
            P.seq(P.tag("firstHalf", "primeira"), P.w("quinzena", "metade")), P.seq(P.tag("secondHalf", "segunda"), P.w("quinzena", "metade")),
            P.seq(P.w("ultima", "ultimos", "ultimas"), P.tag("late", "semana", "dias")))
        let of = P.opt(P.w("de", "do", "da", "deste", "desta", "dessa", "desse", "neste", "nesta"))
        let period = P.any(P.tag("week", "semana"), P.tag("month", "mes"), P.tag("year", "ano"), P.tag("quarter", "trimestre"))
        let opening = P.opt(
            P.any(lead, P.w("no", "na", "ao", "pelo", "pela", "durante", "la", "em", "por"), P.phrase("la pelo"), P.phrase("la pela")))
        let afterNext = P.seq(P.w("depois"), P.w("da", "do"), P.tag("afterNext", "proxima", "proximo", "que"), P.opt(P.w("vem")))
        return [
            TimelineRule(
                "part of the next one, its noun left out", score: 79,
                [
                    opening, article, part, P.any(P.seq(P.w("da"), P.tag("week", "proxima")), P.seq(P.w("do"), P.tag("month", "proximo"))),
                    .not(P.any(.unit, .month, P.w("semana", "mes"))),
                ]
            ) { c in
                // "no início da próxima" leaves the noun out; its gender says which: semana or mês.
                TimelineGrammar.period(Captures(values: c.values + [.tag("next")]))
            },
            TimelineRule("part of a week or month", score: 80, [opening, article, part, of, P.opt(which), period, P.opt(coming)]) {
                TimelineGrammar.period($0)
            },
            TimelineRule(
                "a whole week or month", score: 62,
                [
                    opening, article,
                    P.any(
                        P.seq(which, period), P.seq(period, coming),
                        P.seq(P.tag("this", "esta", "essa", "nesta", "nessa", "este", "esse", "neste", "nesse"), period)),
                ]
            ) { c in
                c.has("year") ? nil : TimelineGrammar.period(c)
            },
            TimelineRule("the week after next", score: 63, [opening, article, period, afterNext]) { c in
                c.has("week") ? .period(.week, offset: 2, part: .whole) : c.has("month") ? .period(.month, offset: 2, part: .whole) : nil
            },
            TimelineRule(
                "part of a named month", score: 80,
                [opening, article, part, P.opt(P.w("de", "do", "da", "em")), .month, P.opt(P.seq(P.opt(P.w("de")), .year))]
            ) { c in
                .namedMonth(c.months[0], year: c.years.first, part: TimelineGrammar.part(c))
            },
            TimelineRule(
                "a named month", score: 60,
                [
                    P.w("em", "durante", "ate", "para", "no", "pro"), P.opt(P.w("mes")), P.opt(P.w("de")), .month,
                    P.opt(P.seq(P.opt(P.w("de")), .year)),
                ]
            ) { c in
                .namedMonth(c.months[0], year: c.years.first, part: .whole)
            },
            TimelineRule(
                "a quarter", score: 78,
                [
                    opening, article, P.opt(P.seq(P.tag("end", "fim", "final"), P.w("do"))), P.opt(article), .dayOfMonth, P.w("trimestre"),
                    P.opt(P.seq(P.opt(P.w("de")), .year)),
                ]
            ) { c in
                let number = c.days.first ?? 0
                return (1...4).contains(number) ? .quarter(number: number, offset: 0) : nil
            },
            TimelineRule(
                "the weekend", score: 81,
                [
                    P.any(P.tag("after", "depois", "apos", "passado"), P.w("ate", "antes"), P.phrase("no maximo ate")),
                    P.opt(P.w("do", "o", "deste", "desse")), P.opt(P.tag("next", "proximo")), P.phrase("fim de semana"), P.opt(coming),
                ]
            ) { c in
                .weekend(after: c.has("after"), offset: c.has("next") ? 1 : 0)
            },
        ]
    }()

    static let holidays: [TimelineRule] = {
        let after = P.any(
            P.tag("after", "depois", "apos", "passado", "passada", "passadas", "passados"), P.seq(P.tag("after", "logo"), P.w("apos", "depois")))
        let the = P.opt(P.w("do", "da", "das", "dos", "de", "o", "a", "as", "os"))
        return [
            TimelineRule(
                "a week of a named month", score: 81,
                [
                    P.opt(P.any(lead, P.w("na", "durante", "pela"))), article, P.any(.dayOfMonth, P.tag("last", "ultima")), P.w("semana"),
                    P.w("de", "do", "em"), .month,
                    P.opt(P.seq(P.opt(P.w("de")), .year)),
                ]
            ) { c in
                let n = c.has("last") ? -1 : c.days.first ?? 0
                return (1...5).contains(n) || n == -1 ? .weekOfMonth(n, month: c.months[0], year: c.years.first) : nil
            },
            TimelineRule(
                "next year", score: 64,
                [
                    P.opt(P.w("no", "para", "pro", "em", "ate")), article,
                    P.any(P.seq(P.w("ano"), P.w("que"), P.w("vem")), P.phrase("proximo ano"), P.phrase("ano seguinte")),
                ]
            ) { _ in
                // Said as a wait, "next year" is read from its first working day.
                .holiday(.newYear, after: true, plus: nil)
            },
            TimelineRule("after a holiday", score: 82, [after, the, P.opt(P.w("proximo")), .holiday]) { c in
                .holiday(c.holidays[0], after: true, plus: nil)
            },
            TimelineRule(
                "a holiday gone by", score: 82, [P.tag("after", "passado", "passada", "passadas", "passados"), P.w("o", "a", "as", "os"), .holiday]
            ) { c in
                .holiday(c.holidays[0], after: true, plus: nil)
            },
            TimelineRule(
                "an amount after a holiday", score: 83, [P.opt(hedge), .number, P.opt(business), .unit, P.opt(business), after, the, .holiday]
            ) { c in
                TimelineGrammar.amount(c).map { .holiday(c.holidays[0], after: true, plus: $0) }
            },
            TimelineRule("before a holiday", score: 66, [P.w("ate", "antes"), the, .holiday]) { c in .holiday(c.holidays[0], after: false, plus: nil)
            },
        ]
    }()

    static let vague: [TimelineRule] = [
        TimelineRule(
            "soon", score: 12,
            [
                P.opt(P.w("muito", "bem")),
                P.any(
                    P.phrases(
                        "em breve", "brevemente", "o quanto antes", "assim que possivel", "o mais rapido possivel", "o mais breve possivel",
                        "logo logo", "num futuro proximo", "em pouco tempo", "daqui a pouco", "logo mais")),
            ]
        ) { _ in
            .vague(.soon)
        },
        TimelineRule(
            "a call back", score: 12,
            [
                P.w("ligar", "ligarem", "ligamos", "ligo", "liga", "ligaremos", "retornar", "retornarem", "retornamos", "retornaremos"),
                P.opt(P.w("para", "pra", "a")), P.opt(P.w("voce", "sua", "te")), P.any(P.phrase("de volta"), P.w("ligacao")),
            ]
        ) { _ in
            .vague(.callback)
        },
        TimelineRule(
            "a promise to be in touch", score: 10,
            [
                P.any(
                    P.phrases(
                        "entraremos em contato", "entramos em contato", "entrar em contato", "entrarei em contato", "entrara em contato",
                        "entrarao em contato", "entro em contato", "entra em contato", "entram em contato", "te liga", "te chama", "te procura",
                        "te ligo", "te ligamos", "te ligaremos", "ligaremos", "vamos te ligar",
                        "vou te ligar",
                        "te ligar", "te chamamos", "te chamo", "retornaremos", "retornamos", "daremos um retorno", "daremos o retorno",
                        "daremos retorno",
                        "damos um retorno", "dar um retorno", "dar o retorno", "te damos um retorno", "te dou um retorno", "te dou retorno",
                        "te aviso",
                        "te avisamos", "te avisaremos", "vamos te avisar", "vou te avisar", "avisaremos", "terá noticias", "tera noticias",
                        "tera um retorno", "tera retorno", "aguarde nosso contato", "aguarde o nosso contato", "aguarde nosso retorno",
                        "aguarde o nosso retorno", "aguardar nosso contato", "aguardar o contato", "manteremos voce informado",
                        "te mantemos informado",
                        "te mantenho informado", "te mantendo informado", "mantendo voce informado", "te manter informado", "te manteremos informado",
                        "te mantenho atualizado", "proximos passos", "ficamos de", "voce sera avisado", "voce sera avisada",
                        "sera comunicado", "sera comunicada", "entrarmos em contato", "a gente se fala", "nos falamos", "te procuro",
                        "te procuramos", "te contatar", "te contatamos", "contataremos"))
            ]
        ) { _ in .vague(.contact) },
    ]
}
