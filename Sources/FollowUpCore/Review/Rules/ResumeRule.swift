/// R4: restating the resume turns a follow-up into a second application.
struct ResumeRule: ReviewRule {
    let id = ReviewRuleID.r4

    static let phrases = PhraseList(
        english: [
            .init(
                "i have [over|more|than|almost|nearly] ... years of experience", "Restates your resume: they have it already.",
                "Cut it; a follow-up is not a second interview."),
            .init(
                "i am [a|the] great|perfect|ideal|strong|excellent|best|right fit|candidate|match|hire|person", "Defends why you are a good hire.",
                "Cut it; one line of continued interest is enough."),
            .init(
                "i would be [a|an] great|perfect|ideal|excellent|valuable [fit|addition|asset|hire]", "Defends why you are a good hire.",
                "Cut it; one line of continued interest is enough."),
            .init(
                "my resume|cv|background|experience|track record shows|proves|demonstrates", "Restates your resume: they have it already.", "Cut it."),
            .init(
                "let me remind|reiterate|highlight|stress|repeat", "Reads as a mini motivation letter.",
                "Cut it; keep to short context and one question."),
            .init("i am confident [that] i|my", "Sells yourself again.", "Cut it; a follow-up is context management, not a pitch."),
            .init("my skills|expertise|strengths in|with", "Restates your resume.", "Cut it."),
        ],
        portuguese: [
            .init(
                "tenho [mais|quase] [de] ... anos de experiencia", "Repete o seu currículo: eles já o têm.",
                "Corte; follow-up não é uma segunda entrevista."),
            .init(
                "sou [o|a|um|uma] candidat*|perfil|pessoa ideal|perfeit*|cert*|indicad*", "Defende de novo por que você é uma boa contratação.",
                "Corte; uma linha de interesse basta."),
            .init(
                "seria [um|uma] otim*|excelente|grande|perfeit* [contratacao|adicao|aquisicao|escolha]",
                "Defende de novo por que você é uma boa contratação.", "Corte; uma linha de interesse basta."),
            .init("meu curriculo|cv|perfil|historico mostra|demonstra|comprova", "Repete o seu currículo.", "Corte."),
            .init(
                "gostaria de reforcar|relembrar|lembrar|destacar", "Soa como uma mini carta de motivação.", "Corte; contexto curto e uma pergunta."),
            .init("tenho certeza [de] que [eu|minha|meu|minhas|meus]", "Vende você de novo.", "Corte; follow-up é gestão de contexto, não discurso."),
            .init("minhas habilidades|competencias|experiencias em|com", "Repete o seu currículo.", "Corte."),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        Self.phrases.findings(rule: id, severity: .warning, in: text, context: context)
    }
}
