/// R3: asking for a decision now, or by a near date of your choosing, is pressure — unless a real
/// outside deadline (P9) is on record, in which case it is context and only noted.
struct ImmediateDecisionRule: ReviewRule {
    let id = ReviewRuleID.r3

    /// Asking them to decide, now or by a day the candidate sets. Mentioning the decision ("if
    /// anything would help your decision"), or asking when it is expected, is no such request:
    /// every construction needs a request addressed to them (an imperative, "can you", "I need")
    /// or a deadline of the candidate's own, never the bare word "decision".
    static let phrases = PhraseList(
        english: [
            .init(
                "please|kindly let|tell|inform|get|give|reply|respond|answer|decide|confirm|send ...4 [by|before|until|within|no] [later] [than] [the] @when",
                "Asks for their answer by a date you chose.",
                "Ask for an update instead: \"When you can, is there any update on next steps?\""),
            .init(
                "can|could|would|will you [please] [kindly] let|tell|reply|respond|answer|decide|confirm|get|send|give ...4 [by|before|until|within|no] [later] [than] [the] @when",
                "Asks for their answer by a date you chose.",
                "Ask for an update instead: \"When you can, is there any update on next steps?\""),
            .init(
                "i [will|would|do] [@intens] need|want|expect|require|like [to] [have] [know|hear] ...3 decision|know|hear|back ...3 [by|before|until|within|no] [later] [than] [the] @when",
                "Asks for a decision by a date you chose.", "Ask about next steps, not for the decision."),
            .init(
                "need|needs [a|an|the|your] [final] @reply|answer|decision ...2 [by|before|until|within|no] [later] [than] [the] @when",
                "Asks for a decision by a date you chose.",
                "Ask about next steps, not for the decision."),
            .init(
                "appreciate|like|need|want|request|ask|expect ...3 a|an|the|your|their|some ...1 decision|answer|reply|response|verdict ...3 [by|before|until|within|no] [later] [than] [the] @when",
                "Asks for a decision by a date you chose.", "Ask about next steps, not for the decision."),
            .init(
                "make|reach|take the|a call|decision ...4 today|tonight|tomorrow|now|asap|immediately", "Asks for a decision now.",
                "Ask about next steps, not for the decision."),
            .init(
                "let me know|hear today|tomorrow|tonight|asap|immediately|now|right|by|before|within", "Asks for their answer by a date you chose.",
                "\"When you can, is there any update on next steps?\""),
            .init("as soon as possible", "Asks for an immediate answer.", "\"When you can, …\" keeps it calm."),
            .init("asap|immediately|urgently|urgent", "Asks for an immediate answer.", "\"When you can, …\" keeps it calm."),
            .init("right away", "Asks for an immediate answer.", "\"When you can, …\" keeps it calm."),
            .init(
                "have|has|did you|they|the|team [already] [finally] decided|chosen|picked|selected", "Asks whether they have decided yet.",
                "Ask about next steps, not for the decision."),
            .init(
                "have|has|did you|they ...2 made|reached [a|the|your] [final] decision", "Asks whether they have decided yet.",
                "Ask about next steps, not for the decision."),
            .init(
                "can|could|would|will you [please] make|reach|take [a|the|your] [final] decision", "Asks them to decide.",
                "Ask about next steps, not for the decision."),
            .init(
                "please make|reach|take [a|the|your] [final] decision", "Asks them to decide.", "Ask about next steps, not for the decision."),
            .init(
                "decide|decision ...3 today|tomorrow|tonight|now|immediately|asap|quickly|soon|promptly|fast|shortly", "Asks for a decision now.",
                "Ask about next steps, not for the decision."),
            .init(
                "i [will|would|do] [@intens] need|want|expect|require|like [a|an|the|your|their] [final] @reply|answer ...3 [by|before|until|within|no] [later] [than] [the] @when",
                "Asks for a decision by a date you chose.", "Ask about next steps, not for the decision."),
            .init(
                "i [will|would|do] [@intens] need|want|expect|require|like to have|get|receive [a|an|the|your|their] [final] @reply|answer ...3 [by|before|until|within|no] [later] [than] [the] @when",
                "Asks for a decision by a date you chose.", "Ask about next steps, not for the decision."),
            .init(
                "need|want|expect you to confirm|decide|tell|send|make ...4 today|tonight|tomorrow|now|immediately|asap",
                "Asks for a decision by a date you chose.", "Ask about next steps, not for the decision."),
            .init("when can i start", "Asks for the outcome before it is given.", "Ask about next steps, not for the decision."),
            .init(
                "know|hear|learn today|tonight|tomorrow|now|immediately ...2 whether|if", "Asks for the outcome by a date you chose.",
                "Ask about next steps, not for the decision."),
            .init(
                "give|send|have|get|need|want|expect|make [me|us] [your|a|the] final @reply|answer|decision|verdict|word ...3 by|before|until|today|tonight|tomorrow|now|this|within",
                "Asks for a decision by a date you chose.", "Ask about next steps, not for the decision."),
        ],
        portuguese: [
            .init(
                "me|nos responda|respondam|retorne|retornem|diga|digam|avise|avisem|confirme|confirmem|de|deem|passe|passem|envie|enviem|mande|mandem ...4 [ate|antes|dentro|em] [de] [o|a|as|do|da] @when",
                "Pede a resposta num prazo escolhido por você.",
                "Pergunte por uma atualização: \"Quando puder, há alguma novidade sobre os próximos passos?\""),
            .init(
                "pode|podem|poderia|poderiam|consegue|conseguem [me] [nos] responder|retornar|dizer|avisar|confirmar|dar|decidir ...4 [ate|antes|dentro|em] [de] [o|a|as|do|da] @when",
                "Pede a resposta num prazo escolhido por você.",
                "Pergunte por uma atualização: \"Quando puder, há alguma novidade sobre os próximos passos?\""),
            .init(
                "preciso|precisar|precisaria|gostaria|quero|necessito ...3 [de] [uma|um|que|saber] @reply|decisao|resposta|saber|respondam|responda|decidam|retornem ...4 [ate|antes|dentro|em] [de] [o|a|as|do|da] @when",
                "Pede uma decisão num prazo escolhido por você.", "Pergunte pelos próximos passos, não pela decisão."),
            .init(
                "decidam|decida|definam|defina ...3 [ate|antes|dentro|em] [de] [o|a|as|do|da] @when",
                "Pede uma decisão num prazo escolhido por você.",
                "Pergunte pelos próximos passos, não pela decisão."),
            .init("o mais rapido possivel", "Pede uma resposta imediata.", "\"Quando puder, …\" deixa o tom calmo."),
            .init("quanto antes", "Pede uma resposta imediata.", "\"Quando puder, …\" deixa o tom calmo."),
            .init("com urgencia", "Pede uma resposta imediata.", "\"Quando puder, …\" deixa o tom calmo."),
            .init("urgente|imediatamente", "Pede uma resposta imediata.", "\"Quando puder, …\" deixa o tom calmo."),
            .init("agora mesmo", "Pede uma resposta imediata.", "\"Quando puder, …\" deixa o tom calmo."),
            .init(
                "[voces|voce|vcs|vc] [ja] decidiram|decidiu|escolheram|escolheu|definiram|definiu", "Pergunta se já decidiram.",
                "Pergunte pelos próximos passos, não pela decisão."),
            .init(
                "pode|podem|poderia|poderiam|consegue|conseguem [voces|voce] tomar|decidir", "Pede que decidam.",
                "Pergunte pelos próximos passos, não pela decisão."),
            .init(
                "tomem|tome|tomar uma|a decisao ...3 hoje|amanha|agora|logo|rapido|ja", "Pede que decidam já.",
                "Pergunte pelos próximos passos, não pela decisão."),
            .init(
                "decidam|decida|definam|defina ...2 logo|rapido|depressa|ja|breve|urgente", "Pede que decidam já.",
                "Pergunte pelos próximos passos, não pela decisão."),
            .init(
                "preciso|quero|exijo que voces|voce|vcs ...2 confirm*|decid*|envi*|mand*|diga* ...4 hoje|amanha|agora|ja",
                "Pede uma decisão num prazo escolhido por você.", "Pergunte pelos próximos passos, não pela decisão."),
            .init("quando [eu] posso|poderia comecar", "Pede o resultado antes de ser dado.", "Pergunte pelos próximos passos, não pela decisão."),
            .init(
                "saber hoje|amanha|agora|ja ...2 se", "Pede o resultado num prazo escolhido por você.",
                "Pergunte pelos próximos passos, não pela decisão."),
            .init(
                "dar|de|deem|mandar|mandem|enviar|envie|enviem|ter|tomar|tomem|preciso|quero|gostaria [me|nos] [de] [a|uma|sua] decisao|resposta|palavra|veredito final|definitiva|definitivo ...3 ate|antes|hoje|amanha|agora|esta|essa|dentro",
                "Pede uma decisão num prazo escolhido por você.", "Pergunte pelos próximos passos, não pela decisão."),
            .init(
                "confirme|confirmem|respondam|responda|retornem|retorne|avisem|avise|digam|diga ...3 ate|antes [de] [o|a|do|da] @when",
                "Pede a resposta num prazo escolhido por você.",
                "Pergunte por uma atualização: \"Quando puder, há alguma novidade sobre os próximos passos?\""),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        let backed = context.process.map { !$0.pendingContexts.isEmpty || $0.effective.contains { $0.payload.kind == .contextChanged } } ?? false
        var findings = Self.phrases.findings(rule: id, severity: backed ? .info : .error, in: text, context: context)
        if backed {
            for index in findings.indices {
                findings[index].message =
                    context.language == .english
                    ? "A date is fine here: a real outside deadline is on record (P9). Name it once, plainly."
                    : "Aqui um prazo faz sentido: há um prazo externo real registrado (P9). Cite-o uma vez, com simplicidade."
            }
        }
        return findings
    }
}
