import Testing

@testable import FollowUpCore

/// Phrase shapes of our own, written to try the grammars on words they were not built from
/// (hours, stretches, holidays, choices, conditions, promises without a date). Each must read
/// to a deadline inside its range, or as no firm date.
@Suite struct TimelineShapesTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        var phrase: String
        var said: String
        var from = ""
        var to = ""
        var vague = false

        init(_ phrase: String, said: String, from: String, to: String) {
            (self.phrase, self.said, self.from, self.to) = (phrase, said, from, to)
        }

        init(_ phrase: String, said: String, vague: Bool) {
            (self.phrase, self.said, self.vague) = (phrase, said, vague)
        }

        var testDescription: String { phrase }
    }

    static let english: [Shape] = [
        Shape("The team wants to wrap this up within 24 hours.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("Expect a note from me before the weekend.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("Our hiring committee meets over the next fortnight.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("We plan to have the role filled by Q3.", said: "2026-03-11", from: "2026-09-30", to: "2026-09-30"),
        Shape("Offers usually go out in the second half of April.", said: "2026-03-11", from: "2026-04-30", to: "2026-04-30"),
        Shape("I'd say we'll know a week from Friday.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("You'll have our answer Thursday or Friday.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("We will decide ahead of April 2.", said: "2026-03-11", from: "2026-04-01", to: "2026-04-01"),
        Shape("Let's aim for sometime between the 16th and the 20th.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Nothing will move until after Easter, I'm afraid.", said: "2026-03-11", from: "2026-04-06", to: "2026-04-06"),
        Shape("I'll reach out again before long.", said: "2026-03-11", vague: true),
        Shape("Someone from the people team will be in contact.", said: "2026-03-11", vague: true),
        Shape("The recruiter is going to phone you back.", said: "2026-03-11", vague: true),
        Shape("If nothing arrives by Tuesday, ping me.", said: "2026-03-11", from: "2026-03-17", to: "2026-03-17"),
        Shape("The manager is travelling; she'll reply early next week.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-17"),
        Shape("We'll circle back at the end of the month.", said: "2026-03-11", from: "2026-03-31", to: "2026-03-31"),
        Shape("Feedback takes 3 to 5 business days.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-18"),
        Shape("We should be able to share news in roughly ten days.", said: "2026-03-11", from: "2026-03-21", to: "2026-03-24"),
        Shape("We'll be in touch by close of business tomorrow.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("I'll get you an answer later this week.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("The decision lands on March 27.", said: "2026-03-11", from: "2026-03-27", to: "2026-03-27"),
        Shape("We'll let everyone know by 4/3.", said: "2026-03-11", from: "2026-04-03", to: "2026-04-03"),
        Shape("Give us until the end of next month.", said: "2026-03-11", from: "2026-04-30", to: "2026-04-30"),
        Shape("We'll contact shortlisted people in early April.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-10"),
        Shape("You should know one way or the other in two or three days.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-14"),
        Shape("We'll get back to you after the long weekend.", said: "2026-03-11", from: "2026-05-26", to: "2026-05-26"),
        Shape("We'll revisit this after Thanksgiving.", said: "2026-11-18", from: "2026-11-27", to: "2026-11-30"),
        Shape("Hiring freezes until after the new year.", said: "2026-12-09", from: "2027-01-04", to: "2027-01-04"),
        Shape("Expect to hear from us within the next week or two.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("A final answer will come by the 20th.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("We'll ring you this evening.", said: "2026-03-11", from: "2026-03-11", to: "2026-03-11"),
        Shape("Tomorrow morning we'll send the offer.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("We'll be deciding over the coming weeks.", said: "2026-03-11", vague: true),
        Shape("Results should be out in the middle of next week.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-19"),
        Shape("You'll hear one way or another by the end of the week after next.", said: "2026-03-11", from: "2026-03-27", to: "2026-03-27"),
        Shape("We're hoping to make a call by the middle of the month.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-16"),
        Shape("You can expect an update no later than Monday.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape(
            "The hiring manager is out until the 23rd, so realistically the week of the 23rd.", said: "2026-03-11", from: "2026-03-27",
            to: "2026-03-27"),
        Shape("We aim to get back to everyone within five working days.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-18"),
        Shape("Give us a week or so.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-20"),
        Shape("I should have news for you by early next week.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-17"),
        Shape("We'll know more by the end of the month, I'd think.", said: "2026-03-11", from: "2026-03-31", to: "2026-03-31"),
        Shape("Decisions go out on Friday.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("Expect to hear something in the next 48 hours.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("We'll touch base sometime next week.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("The panel meets on the 18th and we'll call you right after.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-19"),
        Shape("We will reach out in 2-3 weeks.", said: "2026-03-11", from: "2026-04-01", to: "2026-04-01"),
        Shape("Hang tight, we'll be in touch.", said: "2026-03-11", vague: true),
        Shape("We'll let you know as soon as we hear from the client.", said: "2026-03-11", vague: true),
        Shape("You'll have a decision before the end of next week.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("We'll update you by tomorrow evening.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("We'll wrap up interviews by April 3rd and decide shortly after.", said: "2026-03-11", from: "2026-04-03", to: "2026-04-07"),
        Shape("Expect our feedback within a fortnight.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("The offer should be ready in about ten business days.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-27"),
        Shape("We'll circle back in a few weeks.", said: "2026-03-11", from: "2026-03-25", to: "2026-04-01"),
        Shape("I'll ping you on Monday the 16th.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("We'll have a final answer by March 31st.", said: "2026-03-11", from: "2026-03-31", to: "2026-03-31"),
        Shape("We should be able to share results by the 1st of April.", said: "2026-03-11", from: "2026-04-01", to: "2026-04-01"),
        Shape("I'm travelling this week but will call you first thing next week.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-17"),
        Shape("Let's reconnect in two weeks' time.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("You'll get our answer by 5pm Friday.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("We'll confirm by COB Thursday.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("Expect a response by end of day Monday.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("We'll have made up our minds on or before the 20th.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Tuesday at the latest, I promise.", said: "2026-03-11", from: "2026-03-17", to: "2026-03-17"),
        Shape("We'll be in touch this coming Monday.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("In a month's time we'll know.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-13"),
        Shape("We'll pick this up in the new year.", said: "2026-12-10", from: "2027-01-04", to: "2027-01-29"),
        Shape("We'd like to decide before Christmas.", said: "2026-12-10", from: "2026-12-24", to: "2026-12-24"),
        Shape("Interviews run through the first week of April.", said: "2026-03-11", from: "2026-04-03", to: "2026-04-03"),
        Shape("The decision comes in the last week of March.", said: "2026-03-11", from: "2026-03-27", to: "2026-03-31"),
        Shape("We'll follow up on 3/20.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Should you not hear back by the 18th, feel free to email.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-18"),
        Shape("You'll know by Friday next week at the latest.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("I'll reach out end of next week.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("We'll get back to you in seven to ten days.", said: "2026-03-11", from: "2026-03-21", to: "2026-03-23"),
        Shape("We're looking at the end of the month for a decision.", said: "2026-03-11", from: "2026-03-31", to: "2026-03-31"),
        Shape("Feedback usually takes a couple of weeks.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("References first, then an offer by mid next week.", said: "2026-03-11", from: "2026-03-17", to: "2026-03-19"),
        Shape("We'll reach a decision within ten days or so.", said: "2026-03-11", from: "2026-03-21", to: "2026-03-24"),
        Shape("The team will debrief Thursday and let you know Friday.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("I'll send the contract over later today.", said: "2026-03-11", from: "2026-03-11", to: "2026-03-11"),
        Shape("Should be early April at the latest.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-10"),
        Shape("You'll hear from us no later than the 25th.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("We'll get in touch over the next several days.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-17"),
        Shape("Expect news in three business days.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("We're aiming for next Wednesday.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-18"),
        Shape("We'll decide by the close of next week.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Someone will follow up with you shortly.", said: "2026-03-11", vague: true),
        Shape("We'll keep you posted.", said: "2026-03-11", vague: true),
        Shape("Within a month you'll have an answer.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-13"),
        Shape("Thanks for the call on Friday; we will decide by Monday.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("We anticipate making a final decision by March 27.", said: "2026-03-11", from: "2026-03-27", to: "2026-03-27"),
        Shape(
            "The team is still deliberating; expect to hear from us by the end of next week.", said: "2026-03-11", from: "2026-03-20",
            to: "2026-03-20"),
        Shape("Our process typically takes 2-4 weeks.", said: "2026-03-11", from: "2026-04-08", to: "2026-04-08"),
        Shape("Interviews conclude on the 20th, with decisions shortly thereafter.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-24"),
        Shape("I'll reach out once I have feedback from the team.", said: "2026-03-11", vague: true),
        Shape("We'll be making decisions over the next 7-10 business days.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("Please allow up to three weeks for a response.", said: "2026-03-11", from: "2026-04-01", to: "2026-04-01"),
        Shape("We'll make offers by the 27th.", said: "2026-03-11", from: "2026-03-27", to: "2026-03-27"),
        Shape("Expect a reply within 5 to 7 working days.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-20"),
        Shape("Hiring decisions will be communicated by mid-April.", said: "2026-03-11", from: "2026-04-15", to: "2026-04-15"),
        Shape("We hope to be back to you before the end of the week.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("I'll have more information for you early next month.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-10"),
        Shape("The recruiter said to give it till Monday.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("You will be notified in due course.", said: "2026-03-11", vague: true),
        Shape("We'll reconvene on Tuesday and then let you know.", said: "2026-03-11", from: "2026-03-17", to: "2026-03-18"),
    ]

    static let portuguese: [Shape] = [
        Shape("A gente retorna em até 24 horas.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("Te aviso antes do fim de semana.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("Fechamos a vaga até o fim do terceiro trimestre.", said: "2026-03-11", from: "2026-09-30", to: "2026-09-30"),
        Shape("As propostas saem na segunda quinzena de abril.", said: "2026-03-11", from: "2026-04-30", to: "2026-04-30"),
        Shape("Você recebe a resposta quinta ou sexta.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("O resultado sai entre os dias 16 e 20.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape(
            "Nada anda antes da Páscoa, infelizmente; depois do feriado a gente conversa.", said: "2026-03-11", from: "2026-04-06", to: "2026-04-06"),
        Shape("Logo, logo alguém do RH te procura.", said: "2026-03-11", vague: true),
        Shape("Nossa equipe vai entrar em contato.", said: "2026-03-11", vague: true),
        Shape("A recrutadora vai te ligar de volta.", said: "2026-03-11", vague: true),
        Shape("Se não receber nada até terça, me chama.", said: "2026-03-11", from: "2026-03-17", to: "2026-03-17"),
        Shape("O gestor está viajando e responde no começo da semana que vem.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-17"),
        Shape("A devolutiva leva de 3 a 5 dias úteis.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-18"),
        Shape("Devemos ter novidades em uns dez dias.", said: "2026-03-11", from: "2026-03-21", to: "2026-03-24"),
        Shape("Te dou um retorno amanhã até o fim do dia.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("Ainda esta semana eu te respondo.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("A decisão sai no dia 27 de março.", said: "2026-03-11", from: "2026-03-27", to: "2026-03-27"),
        Shape("Avisamos todo mundo até 03/04.", said: "2026-03-11", from: "2026-04-03", to: "2026-04-03"),
        Shape("Nos dê até o final do mês que vem.", said: "2026-03-11", from: "2026-04-30", to: "2026-04-30"),
        Shape("Chamamos os finalistas no início de abril.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-10"),
        Shape("Só retomamos o processo depois do Carnaval.", said: "2026-02-04", from: "2026-02-18", to: "2026-02-18"),
        Shape("A vaga fica congelada até depois das festas de fim de ano.", said: "2026-12-09", from: "2027-01-04", to: "2027-01-04"),
        Shape("Você deve ter notícias dentro de uma ou duas semanas.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("Te ligo hoje à noite.", said: "2026-03-11", from: "2026-03-11", to: "2026-03-11"),
        Shape("Amanhã de manhã mandamos a proposta.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("O resultado sai no meio da semana que vem.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-19"),
        Shape("Em quarenta e oito horas você tem a resposta.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("Retornamos daqui a duas semanas, mais ou menos.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-27"),
        Shape("Uma semana depois do feriado a gente fala.", said: "2026-03-11", from: "2026-04-13", to: "2026-04-13"),
        Shape("A resposta sai até a véspera do dia 20.", said: "2026-03-11", from: "2026-03-19", to: "2026-03-19"),
        Shape("Devemos ter uma posição até meados do mês.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-16"),
        Shape("Você recebe um retorno no máximo até segunda.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("Respondemos a todos em até cinco dias úteis.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-18"),
        Shape("Dá uma semana, mais ou menos.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-20"),
        Shape("Até o começo da semana que vem eu te falo.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-17"),
        Shape("A gente fecha isso até o fim do mês.", said: "2026-03-11", from: "2026-03-31", to: "2026-03-31"),
        Shape("O resultado sai na sexta.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("Nas próximas 48 horas você recebe um e-mail.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("Semana que vem a gente se fala.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Vamos retornar em duas a três semanas.", said: "2026-03-11", from: "2026-04-01", to: "2026-04-01"),
        Shape("Fica tranquilo que a gente entra em contato.", said: "2026-03-11", vague: true),
        Shape("Assim que o cliente der o retorno, te aviso.", said: "2026-03-11", vague: true),
        Shape("Até o fim da semana que vem você tem a decisão.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Te dou uma posição amanhã à tarde.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("Nosso prazo é de quinze dias para a devolutiva.", said: "2026-03-11", from: "2026-03-26", to: "2026-03-26"),
        Shape("Te ligo na segunda, dia 16.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("A resposta final sai até 31 de março.", said: "2026-03-11", from: "2026-03-31", to: "2026-03-31"),
        Shape("Estou viajando esta semana, mas te ligo logo no início da próxima.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-17"),
        Shape("Voltamos a falar daqui a duas semanas.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("Em uns dez dias úteis a proposta fica pronta.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-27"),
        Shape("Te respondo até sexta-feira às 18h.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("Confirmamos até quinta no fim do dia.", said: "2026-03-11", from: "2026-03-12", to: "2026-03-12"),
        Shape("No mais tardar na terça você tem a resposta.", said: "2026-03-11", from: "2026-03-17", to: "2026-03-17"),
        Shape("Até o dia 20/03 te damos a posição.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Nesta segunda que vem a gente conversa.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("Retomamos no ano que vem.", said: "2026-12-10", from: "2027-01-04", to: "2027-01-29"),
        Shape("Queremos decidir antes do Natal.", said: "2026-12-10", from: "2026-12-24", to: "2026-12-24"),
        Shape("As entrevistas vão até a primeira semana de abril.", said: "2026-03-11", from: "2026-04-02", to: "2026-04-03"),
        Shape("A decisão sai na última semana de março.", said: "2026-03-11", from: "2026-03-27", to: "2026-03-31"),
        Shape("Caso não receba nada até o dia 18, pode mandar e-mail.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-18"),
        Shape("Em um mês a gente sabe.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-13"),
        Shape("Retornamos de sete a dez dias.", said: "2026-03-11", from: "2026-03-21", to: "2026-03-23"),
        Shape("Sexta da semana que vem no máximo.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Vou te chamar no fim da semana que vem.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("A previsão é fechar no fim do mês.", said: "2026-03-11", from: "2026-03-31", to: "2026-03-31"),
        Shape("O feedback costuma demorar umas duas semanas.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-27"),
        Shape("Devemos decidir em dez dias, mais ou menos.", said: "2026-03-11", from: "2026-03-21", to: "2026-03-24"),
        Shape("O time conversa na quinta e te dá retorno na sexta.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("Mando o contrato ainda hoje.", said: "2026-03-11", from: "2026-03-11", to: "2026-03-11"),
        Shape("No máximo no começo de abril.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-10"),
        Shape("Você terá retorno até o dia 25.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("Nos próximos dias úteis a gente entra em contato.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-17"),
        Shape("A resposta sai em três dias úteis.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("Estamos mirando a próxima quarta.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-18"),
        Shape("Até o encerramento da semana que vem decidimos.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Alguém do time vai te procurar em breve.", said: "2026-03-11", vague: true),
        Shape("Vamos te mantendo informado.", said: "2026-03-11", vague: true),
        Shape("Dentro de um mês você tem a resposta.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-13"),
        Shape("Depois do feriado de Páscoa te chamo.", said: "2026-03-11", from: "2026-04-06", to: "2026-04-06"),
        Shape("Obrigado pela conversa de quinta; decidimos até segunda.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("O processo leva em média 30 dias.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-13"),
        Shape("Aguarde nosso contato em até 5 dias úteis.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-18"),
        Shape("O prazo para retorno é de até 10 dias.", said: "2026-03-11", from: "2026-03-21", to: "2026-03-23"),
        Shape("Previsão de retorno: 20/03.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Daremos um feedback até o final da próxima semana.", said: "2026-03-11", from: "2026-03-20", to: "2026-03-20"),
        Shape("Estamos finalizando as entrevistas e até dia 25 damos retorno.", said: "2026-03-11", from: "2026-03-25", to: "2026-03-25"),
        Shape("Você será comunicado em breve sobre o resultado.", said: "2026-03-11", vague: true),
        Shape("A decisão deve sair entre 5 e 7 dias úteis.", said: "2026-03-11", from: "2026-03-18", to: "2026-03-20"),
        Shape("O gestor volta de férias na segunda e aí te damos um retorno.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-17"),
        Shape("Te aviso assim que tiver novidades.", said: "2026-03-11", vague: true),
        Shape("Até meados de abril fechamos a vaga.", said: "2026-03-11", from: "2026-04-15", to: "2026-04-15"),
        Shape("Antes do fim da semana te respondo.", said: "2026-03-11", from: "2026-03-13", to: "2026-03-13"),
        Shape("No início do mês que vem teremos mais informações.", said: "2026-03-11", from: "2026-04-10", to: "2026-04-10"),
        Shape("Espera até segunda que eu te dou uma posição.", said: "2026-03-11", from: "2026-03-16", to: "2026-03-16"),
        Shape("O retorno é em até três semanas.", said: "2026-03-11", from: "2026-04-01", to: "2026-04-01"),
    ]

    func check(_ shape: Shape, _ language: Language, region: String) throws {
        let calendar = try HolidayRegions.region(region).businessCalendar(years: 2026...2027)
        let reading = try TimelineParser(calendar: calendar).parse(shape.phrase, saidOn: Day(iso: shape.said)!, language: language)
        if shape.vague {
            #expect(reading.kind == .vague, "\(reading.explanation)")
        } else {
            #expect(reading.kind != .vague, "\(reading.explanation)")
            #expect(reading.deadline >= Day(iso: shape.from)! && reading.deadline <= Day(iso: shape.to)!, "\(reading.explanation)")
        }
    }

    @Test("English shapes read right", arguments: english)
    func englishShapes(_ shape: Shape) throws { try check(shape, .english, region: "US") }

    @Test("Portuguese shapes read right", arguments: portuguese)
    func portugueseShapes(_ shape: Shape) throws { try check(shape, .brazilianPortuguese, region: "BR") }

    @Test("'next Friday' said on a Wednesday names both readings and which it took")
    func nextFridayAmbiguity() throws {
        let reading = try TimelineParser().parse("we'll decide next Friday", saidOn: Day(iso: "2026-03-11")!, language: .english)
        #expect(reading.deadline.description == "2026-03-20")
        #expect(reading.alternatives.map(\.description) == ["2026-03-13"])
        #expect(reading.notes.contains { $0.contains("this week's or next week's: took next week's") })
    }

    @Test("a date inside an 'if' is a condition, in both languages")
    func conditions() throws {
        let english = try TimelineParser().parse(
            "If you have heard nothing by Monday, write to me.", saidOn: Day(iso: "2026-03-11")!, language: .english)
        #expect(english.kind == .condition)
        #expect(english.deadline.description == "2026-03-16")
        let portuguese = try TimelineParser().parse(
            "Caso não tenha resposta até segunda, me escreva.", saidOn: Day(iso: "2026-03-11")!, language: .brazilianPortuguese)
        #expect(portuguese.kind == .condition)
        #expect(try TimelineParser().parse("We will write by Monday.", saidOn: Day(iso: "2026-03-11")!, language: .english).kind == .commitment)
        // A condition ends with its clause: an "if" before a comma does not reach the promise.
        #expect(
            try TimelineParser().parse("Thanks, and if you like, we will decide by Friday.", saidOn: Day(iso: "2026-03-11")!, language: .english)
                .kind == .commitment)
        #expect(
            try TimelineParser().parse("Se quiser, decidimos até sexta.", saidOn: Day(iso: "2026-03-11")!, language: .brazilianPortuguese).kind
                == .commitment)
    }

    @Test("promises without a date get the window of their kind, and say so")
    func vagueWindows() throws {
        let parser = TimelineParser()
        let wednesday = Day(iso: "2026-03-11")!
        let soon = try parser.parse("you will hear very soon", saidOn: wednesday, language: .english)
        #expect(soon.kind == .vague && soon.range.map { "\($0.start)..\($0.end)" } == "2026-03-16..2026-03-18")
        let back = try parser.parse("vou pedir para te ligarem de volta", saidOn: wednesday, language: .brazilianPortuguese)
        #expect(back.kind == .vague && back.deadline.description == "2026-03-13")
        let contact = try parser.parse("our recruiter will contact you", saidOn: wednesday, language: .english)
        #expect(contact.kind == .vague && contact.deadline.description == "2026-03-20")
        #expect(contact.notes == ["no date given: the default window of 5–7 business days"])
    }

    @Test("a phrase that stops short says where and what was expected")
    func unfinished() {
        do {
            _ = try TimelineParser().parse("answer within the next", saidOn: Day(iso: "2026-03-11")!, language: .english)
            Issue.record("read a timeline in words that stop short")
        } catch {
            guard case .unfinishedTimeline(_, let read, let at, let expected) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(read == "within the next" && at == 22)
            #expect(expected.contains("'week'") && expected.contains("'fortnight'"))
            #expect(error.message.contains("at character 22 it expected"))
        }
        #expect(throws: FollowUpError.noTimeline("Thanks for the chat!", words: 4)) {
            try TimelineParser().parse("Thanks for the chat!", saidOn: Day(iso: "2026-03-11")!, language: .english)
        }
    }

    @Test("a new shape is one rule beside its siblings")
    func extending() throws {
        let payday = TimelineRule("payday", score: 65, [P.w("by", "on"), P.w("payday")]) { _ in .period(.month, offset: 0, part: .end) }
        let grammar = TimelineGrammar(vocabulary: .english, rules: EnglishTimeline.rules + [payday], conditions: ["if"])
        let tokens = Token.split("we pay the bonus by payday")
        let (match, _) = grammar.best(in: tokens) { _ in true }
        #expect(match?.rule.name == "payday")
        #expect(TimelineGrammar.english.best(in: tokens) { _ in true }.match == nil)
    }
}

/// The compiled program is the fast path; walking the pieces is the plain reading it must match.
@Suite struct TimelineProgramTests {
    @Test("the program finds what the plain walk finds, and stops where it stops", arguments: [Language.english, .brazilianPortuguese])
    func samePlainAndCompiled(language: Language) {
        let grammar = language == .english ? TimelineGrammar.english : TimelineGrammar.portuguese
        let shapes = language == .english ? TimelineShapesTests.english : TimelineShapesTests.portuguese
        var phrases = TimelinePhrases.table(language).map(\.phrase) + shapes.map(\.phrase)
        phrases += ["answer within the next", "em até", "by the end of", "Thanks for the chat!", "entre 3 e", "a week from", ""]
        for phrase in phrases {
            let tokens = Token.split(phrase)
            let fast = grammar.best(in: tokens) { _ in true }
            let plain = grammar.best(in: tokens, plain: true) { _ in true }
            #expect(fast.match?.rule.name == plain.match?.rule.name, "\(phrase)")
            #expect(fast.match?.start == plain.match?.start && fast.match?.end == plain.match?.end, "\(phrase)")
            #expect(fast.match?.meaning == plain.match?.meaning, "\(phrase)")
            #expect(fast.stop.index == plain.stop.index && fast.stop.expected == plain.stop.expected, "\(phrase)")
            // The screens only skip rules that could not match: every rule everywhere reads the same.
            let everywhere = grammar.unscreened(in: tokens) { _ in true }
            #expect(everywhere?.rule.name == fast.match?.rule.name && everywhere?.meaning == fast.match?.meaning, "\(phrase)")
            #expect(everywhere?.start == fast.match?.start && everywhere?.end == fast.match?.end, "\(phrase)")
        }
    }
}

/// The byte and scalar paths of `Token.split` are fast paths of the character walk.
@Suite struct TokenSplitTests {
    @Test("ASCII and Latin-1 text split as the character walk splits it")
    func samePaths() {
        var texts = TimelinePhrases.table(.english).map(\.phrase) + TimelinePhrases.table(.brazilianPortuguese).map(\.phrase)
        texts += TimelineShapesTests.portuguese.map(\.phrase) + ["Até 1º de MARÇO", "24th/03-2026.", "Ação, ÇÃO; ºª 3ºs", "a\u{00A0}b", ""]
        var generator = SplitMix(seed: 20_261_202)
        let pieces = ["3", "24th", "dia", "de", "março", "São", "-", "/", ".", "é", "Ü", "ñ", " ", "\n", "até", "10", "úteis", "º", "½", "ß"]
        for _ in 0..<500 {
            texts.append((0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts { #expect(Token.split(text) == Token.split(characters: text), "\(text.debugDescription)") }
    }
}
