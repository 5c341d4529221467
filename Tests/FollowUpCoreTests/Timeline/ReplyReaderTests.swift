import FollowUpCore
import Testing

@Suite struct ReplyReaderTests {
    @Test(
        "a reply that asks for a next conversation invites the next step; a refusal never does",
        arguments: [
            ("We'd love to move you forward: could you share your availability for Thursday?", Language.english, true),
            ("The team enjoyed the chat and would like to schedule a technical interview.", .english, true),
            ("Thanks again. We'll be in touch once the panel has met.", .english, false),
            ("Unfortunately we have decided to move forward with other candidates for the next round.", .english, false),
            ("Queremos seguir com você para a próxima etapa. Qual a sua disponibilidade na terça?", .brazilianPortuguese, true),
            ("Obrigado pela conversa, daremos um retorno em breve.", .brazilianPortuguese, false),
            ("Infelizmente optamos por seguir com outro candidato nesta etapa final.", .brazilianPortuguese, false),
        ])
    func invitations(text: String, language: Language, invites: Bool) {
        #expect(ReplyReader.invitesNextStep(text, language: language) == invites)
    }
}
