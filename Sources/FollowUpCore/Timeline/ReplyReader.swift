import Foundation

/// What a recruiter's reply asks of the candidate, read from its words: whether it invites the
/// conversation to continue (a next interview, a call to schedule). The promised timeline in a
/// reply is read by `TimelineParser`.
public enum ReplyReader {
    /// True when the reply invites a next step and does not turn the candidate down. A refusal
    /// often names the next steps it will not take, so a refusal wins.
    public static func invitesNextStep(_ text: String, language: Language) -> Bool {
        let folded =
            " "
            + text.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") + " "
        let (invitations, refusals) = language == .english ? (englishInvitations, englishRefusals) : (portugueseInvitations, portugueseRefusals)
        guard invitations.contains(where: folded.contains) else { return false }
        return !refusals.contains(where: folded.contains)
    }

    static let englishInvitations = [
        "invite you to", "inviting you to", "would like to schedule", "like to set up", "like to arrange", "schedule a call",
        "schedule a time", "schedule an interview", "schedule the next", "set up a call", "set up a time", "next round", "next interview",
        "final interview", "final round", "move you forward", "moving you forward", "move forward with you", "moving forward with you",
        "your availability", "are you available", "when are you available", "book a time", "pick a time", "calendly.com", "meet the team",
        "onsite", "on-site", "second interview", "third interview", "technical interview", "take-home",
    ]
    static let englishRefusals = [
        "unfortunately", "regret to", "not be moving forward", "not moving forward", "won't be moving", "will not be moving",
        "decided to move forward with other", "decided to proceed with other", "other candidates", "another candidate",
        "position has been filled", "role has been filled", "not selected", "not to proceed", "not be progressing",
    ]
    static let portugueseInvitations = [
        "convidar voce", "convida-lo", "convida-la", "convidamos voce", "gostariamos de agendar", "agendar uma conversa",
        "agendar uma entrevista", "agendar um horario", "agendar a proxima", "proxima etapa", "proxima fase", "proxima entrevista",
        "entrevista final", "etapa final", "sua disponibilidade", "voce tem disponibilidade", "voce esta disponivel", "avancar com voce",
        "seguir com voce", "segunda entrevista", "entrevista tecnica", "conhecer o time", "conhecer a equipe", "calendly.com",
    ]
    static let portugueseRefusals = [
        "infelizmente", "nao seguiremos", "nao vamos seguir", "nao avancaremos", "optamos por seguir", "optamos por outro",
        "outro candidato", "outra candidata", "outros candidatos", "vaga foi preenchida", "vaga ja foi preenchida", "nao foi selecionad",
        "decidimos nao", "nao dar continuidade", "seguir com outro",
    ]
}
