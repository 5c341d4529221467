/// R6: apologising for writing and hedging make a normal message sound like an intrusion.
struct OverJustifyRule: ReviewRule {
    let id = ReviewRuleID.r6

    static let phrases = PhraseList(
        english: [
            .init(
                "@sorry ...6 @bother|writing|again|reaching|emailing|messaging|following|contacting|taking|using|time|delay|persistence",
                "Apologising for writing makes it sound like an intrusion.", "Drop the apology; following up is normal."),
            .init(
                "i am|i [@intens] sorry|apologise|apologize", "Apologising makes a normal message sound like a fault.",
                "Drop the apology; say what you need."),
            .init("being ...2 @bother|annoying|pushy|pest|pain", "Calling yourself a bother adds doubt.", "Drop it; following up is normal."),
            .init(
                "terrible|bad|guilty|awful ...3 [for|about] emailing|writing|bothering|chasing|asking|following|reaching|messaging|pinging|nagging",
                "Apologising for writing makes it sound like an intrusion.", "Drop the apology; following up is normal."),
            .init(
                "sorry|apologies|apology|apologise|apologize|apologising|apologizing", "Apologising makes a normal message sound like a fault.",
                "Drop the apology; say what you need."),
            .init(
                "forgive|excuse|pardon me|my for|if", "Asking forgiveness makes a normal message sound like a fault.", "Drop it; say what you need."),
            .init(
                "hope|hoping [that] i|this am|is not being|getting ...2 @bother|pain|annoying|pushy|intrusive",
                "Hedging about being a bother adds doubt.", "Drop it; following up is normal."),
            .init("my [sincere] apologies", "Apologising makes a normal message sound like a fault.", "Drop the apology; say what you need."),
            .init("please forgive|excuse|pardon", "Asking forgiveness makes a normal message sound like a fault.", "Drop it; say what you need."),
            .init(
                "@know [that] [how] [very] [@intens] ...3 you [are|may|might|must|have] [be] [been] [very|@intens] @busy",
                "Hedging about their schedule adds words and doubt.", "Go straight to the point."),
            .init("@know ...5 @busy", "Hedging about their schedule adds words and doubt.", "Go straight to the point."),
            .init(
                "@know ...6 time|moment|chance to reply|respond|answer|get|write", "Making excuses for them adds words and doubt.",
                "Go straight to the point."),
            .init("@know ...5 other|competing priorities", "Making excuses for them adds words and doubt.", "Go straight to the point."),
            .init("[i] just wanted|thought|wondered", "\"Just\" shrinks the request.", "\"I am following up on…\""),
            .init("i hate|hated @bother", "Hedging before asking adds doubt.", "Ask plainly."),
            .init("i [would] hate to", "Hedging before asking adds doubt.", "Ask plainly."),
            .init(
                "i [do|would] not want|wish|mean|like to @bother|be|seem|sound|come|appear|flood|fill|clutter|take|impose|rush|push|pressure",
                "Hedging about being a bother adds doubt.", "Drop it; following up is normal."),
            .init(
                "hope|hoping [that] i|this am|is not ...2 @bother|too|intrud*|out", "Hedging about being a bother adds doubt.",
                "Drop it; following up is normal."),
            .init("if it|this is not too much trouble|bother", "Hedging makes a normal request sound like a favour.", "Ask plainly."),
            .init("a|an @bother|pest|nuisance|burden", "Calling yourself a bother adds doubt.", "Drop it; following up is normal."),
            .init(
                "i [am] [not] [really] [entirely] sure|certain|know if|whether ...3 my|i|this|the|it", "Doubting your own message weakens it.",
                "Say it plainly."),
            .init(
                "it|this is [a] [little|bit|somewhat] unusual|odd|strange|forward|presumptuous", "Excusing your message before it starts adds doubt.",
                "Go straight to the point."),
            .init("not|never at my best", "Self-deprecation weakens your message.", "Leave it out."),
            .init("is not like me", "Self-deprecation weakens your message.", "Leave it out."),
            .init("my [own] fault|mistake|bad", "Self-blame takes the focus off the process.", "Say what happens next, briefly."),
            .init("makes|made me look bad|unprofessional|careless", "Self-deprecation weakens your message.", "Leave it out."),
            .init("fully|completely|totally|perfectly understand|understood if", "Excusing them in advance adds doubt.", "Ask plainly."),
            .init(
                "no need to|for ...2 [a] detailed|long|reply|response", "Excusing them from answering adds doubt.", "Ask one easy question instead."),
            .init(
                "taking|take|took|taken up your",
                "Apologising for their time makes your message a fault.", "Thank them for their time instead."),
            .init(
                "one of [the] [so] hundreds|thousands|dozens|countless|many|numerous|scores [of] applicants|candidates|emails|messages|people|resumes|applications",
                "Self-deprecation weakens your message.", "Leave it out."),
            .init(
                "more important|pressing|urgent things|matters|priorities|tasks|concerns", "Self-deprecation weakens your message.",
                "Go straight to the point."),
            .init("bigger fish", "Self-deprecation weakens your message.", "Go straight to the point."),
            .init(
                "overstepping|overstep|overbearing|presumptuous", "Self-deprecation weakens your message.", "Leave it out."),
            .init("out of line|turn", "Self-deprecation weakens your message.", "Leave it out."),
            .init(
                "forgive|excuse|pardon the|this length|long|lengthy|rambling", "Asking forgiveness makes a normal message sound like a fault.",
                "Drop it; say what you need."),
            .init("ramble|rambling|rambled", "Self-deprecation weakens your message.", "Leave it out."),
            .init(
                "wasting|using|waste your [valuable] time", "Apologising for their time makes your message a fault.",
                "Thank them for their time instead."),
            .init(
                "free to ignore|disregard|delete|skip", "Inviting them to ignore you undercuts your own message.",
                "Leave it out; ask one clear question."),
            .init(
                "ignore|disregard this|my|me ...3 if", "Inviting them to ignore you undercuts your own message.",
                "Leave it out; ask one clear question."),
        ],
        portuguese: [
            .init(
                "@sorry ...6 @bother|insistencia|mensagem|contato|escrever|novo|de|demora|tempo",
                "Pedir desculpas por escrever faz parecer intromissão.", "Tire o pedido de desculpas; acompanhar o processo é normal."),
            .init(
                "peco|pecos [as|minhas] desculpas|perdao", "Pedir desculpas faz uma mensagem normal parecer uma falta.", "Tire; diga o que precisa."),
            .init(
                "@know [que] [voce|voces] [deve|devem|esta|estao|anda|andam] [estar] [muito|bem|super] @busy|corrid*",
                "Justificar a agenda do outro só acrescenta palavras.", "Vá direto ao ponto."),
            .init(
                "mal|culpad* [por|de|em] escrever|incomodar|insistir|mandar|perguntar|cobrar",
                "Pedir desculpas por escrever faz parecer intromissão.",
                "Tire; acompanhar o processo é normal."),
            .init("desculp*|perdao|perdoe|perdoa", "Pedir desculpas faz uma mensagem normal parecer uma falta.", "Tire; diga o que precisa."),
            .init(
                "espero nao [estar] [sendo] @bother|incomodando|atrapalhando|inconveniente|insistente", "Justificar-se por escrever adiciona dúvida.",
                "Tire; acompanhar o processo é normal."),
            .init("odeio|detesto @bother|ter|ser|insistir", "Justificar-se por escrever adiciona dúvida.", "Tire; acompanhar o processo é normal."),
            .init("@know ...5 @busy", "Justificar a agenda do outro só acrescenta palavras.", "Vá direto ao ponto."),
            .init("so queria|passando", "\"Só queria\" diminui o próprio pedido.", "\"Escrevo para acompanhar…\""),
            .init(
                "so gostaria [de] saber|perguntar|confirmar|checar|verificar|lembrar", "\"Só gostaria\" diminui o próprio pedido.",
                "\"Escrevo para acompanhar…\""),
            .init("passando [so] [rapidinho] para|pra", "\"Só passando\" diminui o próprio pedido.", "\"Escrevo para acompanhar…\""),
            .init(
                "nao quero|queria|gostaria [de] ser|parecer|soar|incomodar|atrapalhar|insistir|encher|pressionar ...2 [inconveniente|chato|chata|insistente]",
                "Justificar-se por escrever adiciona dúvida.", "Tire; acompanhar o processo é normal."),
            .init(
                "perdao|perdoe ...3 incomodo|insistencia|mensagem", "Pedir desculpas por escrever faz parecer intromissão.",
                "Tire o pedido de desculpas."),
            .init("se nao for [muito] incomodo", "Faz um pedido normal parecer um favor.", "Peça com simplicidade."),
            .init("culpa minha", "Culpar-se tira o foco do processo.", "Diga o que vem a seguir, com brevidade."),
            .init(
                "sendo|ser|estou @bother|chato|chata|insistente|inconveniente|pentelho|pentelha", "Justificar-se por escrever adiciona dúvida.",
                "Tire; acompanhar o processo é normal."),
            .init(
                "passando|passar|passei dos limites", "A autodepreciação enfraquece a mensagem.", "Tire."),
            .init("abusando|invasiv*", "A autodepreciação enfraquece a mensagem.", "Tire."),
            .init("minha culpa", "Culpar-se tira o foco do processo.", "Diga o que vem a seguir, com brevidade."),
            .init(
                "um|uma entre|de [os|as] centenas|milhares|dezenas|tantos|tantas|muitos|muitas [de] candidatos|candidatas|pessoas|emails|e-mails|mensagens|curriculos|candidaturas",
                "A autodepreciação enfraquece a mensagem.", "Tire."),
            .init(
                "nao for|sou|seja|sendo [uma] [a] [sua] prioridade", "A autodepreciação enfraquece a mensagem.", "Vá direto ao ponto."),
            .init(
                "coisas|assuntos|prioridades|demandas mais importantes|urgentes", "A autodepreciação enfraquece a mensagem.", "Vá direto ao ponto."),
            .init("tomado|tomar|tomando|ocupar [o] [seu] tempo", "Desculpar-se pelo tempo faz da mensagem uma falta.", "Agradeça pelo tempo."),
            .init(
                "vontade [para|de] ignorar|desconsiderar|apagar|deletar", "Convidar a ignorar a mensagem enfraquece o que você escreveu.",
                "Tire; faça uma pergunta clara."),
            .init(
                "pode|podem|podera ignorar|desconsiderar ...3 se", "Convidar a ignorar a mensagem enfraquece o que você escreveu.",
                "Tire; faça uma pergunta clara."),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        Self.phrases.findings(rule: id, severity: .warning, in: text, context: context)
    }
}
