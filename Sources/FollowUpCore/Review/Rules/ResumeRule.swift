/// R4: restating the resume turns a follow-up into a second application.
struct ResumeRule: ReviewRule {
    let id = ReviewRuleID.r4

    static let phrases = PhraseList(
        english: [
            .init(
                "[over|more|than|almost|nearly] ...3 years|decades of [relevant] [hands-on] experience|expertise",
                "Restates your resume: they have it already.",
                "Cut it; a follow-up is not a second interview."),
            .init(
                "i am|be [a|an|the] [really|very] @great|@intens [@great] fit|candidate|match|hire|asset|addition|choice",
                "Defends why you are a good hire.", "Cut it; one line of continued interest is enough."),
            .init(
                "make|makes|made me [a|an|the] [really|very] @great|@intens [@great] @hire", "Defends why you are a good hire.",
                "Cut it; one line of continued interest is enough."),
            .init(
                "my @skills|resume|cv|success|results ...4 shows|show|proves|prove|demonstrates|demonstrate|make|makes|match|matches|fit|fits|align|aligns",
                "Restates your resume: they have it already.", "Cut it."),
            .init(
                "remind|reiterate|highlight|stress|repeat|emphasize|emphasise [you] [that] i|my", "Reads as a mini motivation letter.",
                "Cut it; keep to short context and one question."),
            .init(
                "i am|feel [@intens] confident|sure|certain|convinced [that] i|my", "Sells yourself again.",
                "Cut it; a follow-up is context management, not a pitch."),
            .init("my skills|expertise|strengths|experience in|with|as", "Restates your resume.", "Cut it."),
            .init(
                "i can|could|would|will bring|add|contribute ...3 value|skills|experience|expertise|to", "Sells yourself again.",
                "Cut it; a follow-up is context management, not a pitch."),
            .init(
                "add|adding|bring|bringing real|great|immediate|significant value", "Sells yourself again.",
                "Cut it; one line of continued interest is enough."),
            .init(
                "i am [well|highly|more|very|over|extremely] qualified|overqualified", "Defends why you are a good hire.",
                "Cut it; one line of continued interest is enough."),
            .init(
                "i have [all] [the] [precise|exact|right|relevant] ...2 skills|qualifications|requirements|specifics", "Restates your resume.",
                "Cut it; they have your resume."),
            .init("a strength|strengths of mine", "Restates your resume.", "Cut it."),
            .init("as shown|proven|demonstrated by my", "Restates your resume.", "Cut it."),
            .init("i have [been] worked|working as|in|for|since", "Restates your resume.", "Cut it; they have your resume."),
            .init(
                "i am [a] [very] hard-working|hardworking|driven|motivated|passionate|dedicated|reliable|self-starter|proactive",
                "Sells yourself again.", "Cut it; a follow-up is context management, not a pitch."),
            .init("hardworking|driven and", "Sells yourself again.", "Cut it."),
            .init("keep in mind that i|my", "Reads as a mini motivation letter.", "Cut it."),
            .init("i neglected|forgot|failed to mention", "Reads as a second interview.", "Cut it; a follow-up is not a second interview."),
            .init("@great|perfect|ideal fit|match for", "Defends why you are a good hire.", "Cut it; one line of continued interest is enough."),
            .init("matches|fits|suits my experience|skills|background|profile", "Defends why you are a good hire.", "Cut it."),
            .init(
                "@know|believe|think [that] we|i would|will|could work|get|fit ...2 well|great|perfectly|together",
                "Defends why you are a good hire.",
                "Cut it; one line of continued interest is enough."),
            .init("i could|can do the job", "Defends why you are a good hire.", "Cut it."),
            .init("my track record|achievements|accomplishments", "Restates your resume.", "Cut it."),
        ],
        portuguese: [
            .init(
                "[mais|quase] ...3 anos de experiencia|atuacao|carreira", "Repete o seu currículo: eles já o têm.",
                "Corte; follow-up não é uma segunda entrevista."),
            .init(
                "sou|seria [o|a|um|uma] [pessoa|candidato|candidata|perfil|profissional] @great|ideal|perfeit*|cert*|indicad*",
                "Defende de novo por que você é uma boa contratação.", "Corte; uma linha de interesse basta."),
            .init(
                "seria [um|uma] otim*|excelente|grande|perfeit* [contratacao|adicao|aquisicao|escolha]",
                "Defende de novo por que você é uma boa contratação.", "Corte; uma linha de interesse basta."),
            .init(
                "meu|minha|minhas|meus curriculo|cv|perfil|historico|@skills ...3 mostra|demonstra|comprova|combina|mostram|demonstram|combinam",
                "Repete o seu currículo.",
                "Corte."),
            .init(
                "gostaria de reforcar|relembrar|lembrar|destacar|ressaltar", "Soa como uma mini carta de motivação.",
                "Corte; contexto curto e uma pergunta."),
            .init("tenho certeza [de] que [eu|minha|meu|minhas|meus]", "Vende você de novo.", "Corte; follow-up é gestão de contexto, não discurso."),
            .init("minhas habilidades|competencias|experiencias|experiencia em|com|como", "Repete o seu currículo.", "Corte."),
            .init(
                "posso|poderia|vou|iria contribuir|agregar|somar ...3 valor", "Vende você de novo.",
                "Corte; follow-up é gestão de contexto, não discurso."),
            .init(
                "sou [super|muito|altamente|bem] qualificad*", "Defende de novo por que você é uma boa contratação.",
                "Corte; uma linha de interesse basta."),
            .init("tenho [todos] [os] [exatamente] [os] requisitos|qualificacoes", "Repete o seu currículo.", "Corte; eles já têm o seu currículo."),
            .init("sou [muito] [uma] [pessoa] dedicad*|motivad*|esforcad*|proativ*|apaixonad*|agressiv*", "Vende você de novo.", "Corte."),
            .init("mereco|merecia [a] [vaga|oportunidade|chance]", "Defende de novo por que você é uma boa contratação.", "Corte."),
            .init("trabalhei|atuo|atuei como", "Repete o seu currículo.", "Corte; eles já têm o seu currículo."),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        Self.phrases.findings(rule: id, severity: .warning, in: text, context: context)
    }
}
