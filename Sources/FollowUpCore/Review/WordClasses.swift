/// The vocabulary the review's constructions combine, per language: what a reply is, what silence
/// sounds like, spans of time, the second person, intensifiers, affect words.
///
/// A construction names a class (`@reply`) instead of spelling out words, so one line covers
/// "no answer", "not a word", "nenhum retorno" alike, and widening a class widens every rule that
/// reads it. Members use the phrase syntax of one word (`stem*` for inflections). The sentence
/// scorer (`ToneScorer`) reads the same classes as features, so both judge by one vocabulary.
public struct WordClasses: Sendable {
    private let table: [String: [String]]
    /// Each class's members as pattern alternatives, folded and hashed once: a class stands in
    /// dozens of constructions, and folding its words for each had tripled the lists' set-up.
    private let folded: [String: [PhrasePattern.Alternative]]

    /// No classes: `@name` stays a literal word (user phrases written before classes existed).
    public static let none = WordClasses(table: [:])

    /// The classes of a language.
    public static func of(_ language: Language) -> WordClasses {
        language == .english ? english : portuguese
    }

    /// Every class's name, sorted.
    public var names: [String] { table.keys.sorted() }

    /// The members of a class as pattern alternatives, or nil for an unknown name.
    func alternatives(_ name: String) -> [PhrasePattern.Alternative]? { folded[name] }

    /// The raw members of a class.
    public func words(of name: String) -> [String] { table[name] ?? [] }

    init(table: [String: [String]]) {
        self.table = table
        folded = table.mapValues { $0.map { PhrasePattern.alternative(ArraySlice($0.utf8)) } }
    }

    private init(_ table: [String: String]) {
        self.init(table: table.mapValues { $0.split(separator: " ").map(String.init) })
    }

    public static let english = WordClasses([
        // What a candidate waits for.
        "reply": "answer answers reply replies response responses word news feedback decision update updates callback call calls email emails"
            + " information info status confirmation acknowledgement acknowledgment contact",
        // Having had (or not) a reply.
        "heard": "heard had received gotten got seen",
        "replied": "replied responded answered called written wrote returned acknowledged contacted bothered reached followed",
        "span": "day days week weeks month months hour hours fortnight fortnights ages year years forever eternity while",
        "count":
            "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty several few couple many almost nearly over 0* 1* 2* 3* 4* 5* 6* 7* 8* 9*",
        "you": "you your yours yourself yourselves u ur",
        "intens":
            "so very really quite extremely incredibly super truly deeply terribly awfully pretty rather completely totally utterly absolutely desperately badly seriously genuinely honestly just",
        "neg": "not never no nothing nobody none",
        "anxious":
            "anxious anxiety nervous nerves replaying overthinking obsessing ruminating shaking trembling shaky stressed stressing stressful overwhelmed torture tortured agony agonizing agonising insecure wreck worried worrying restless panic panicking panicked frantic uneasy tense scared afraid terrified freaking agitated jittery sleepless obsessing second-guessing",
        "desperate": "desperate desperately desperation hopeless helpless begging beg plead pleading dying",
        "hurt":
            "disappointed disappointing disappointment crying cried tears lonely worthless failure rejected bitter betrayed devastated crushed hurt hurtful upset heartbroken frustrated frustrating frustration discouraged gutted sad annoyed angry offended insulted depressed miserable embarrassed ashamed mortified humiliated distraught rejections misery",
        "need": "need needs needed require requires must",
        // What a wait is called when it weighs on the writer.
        "ordeal":
            "unbearable excruciating painful torture torturous agonizing agonising hardest worst toughest brutal hell nightmare draining exhausting gruelling grueling killing awful",
        // Words a writer puts in capitals to shout them.
        "emphatic":
            "no not never nothing nobody none any anything all ever still please really need now today answer reply response word single one urgent asap must again",
        "waiting": "waiting waited wait hanging chasing",
        // Ways to report what someone said or committed to.
        "promised": "said promised told assured claimed guaranteed swore sworn",
        "weekday": "monday tuesday wednesday thursday friday saturday sunday",
        // A day or an hour a candidate could set as a deadline (after "by", "before", "within").
        "when": "today tonight tomorrow asap eod eow cob now immediately noon midnight monday tuesday wednesday thursday friday saturday sunday"
            + " end 0* 1* 2* 3* 4* 5* 6* 7* 8* 9* january february march april june july august september october november december",
        "soon": "today tonight tomorrow now asap immediately eod",
        "insult":
            "stupid idiot idiots incompetent useless ridiculous pathetic unprofessional rude disrespectful disrespect unacceptable outrageous insulting embarrassing lazy clueless joke shameful disgrace disgraceful"
            + " fuck fucking fck shit crap bullshit damn wtf lmao lmfao",
        "failed": "failed ignored ignoring neglected forgot forgotten wasted lied ghosted ghosting",
        // Naming oneself as a hire.
        "great": "great perfect ideal strong excellent best right outstanding exceptional natural valuable top good solid",
        "hire": "fit match candidate asset addition hire choice person",
        "skills": "skills skill experience expertise background qualifications strengths abilities record achievements knowledge talents credentials",
        "sorry": "sorry apologise apologize apologies apologising apologizing forgive pardon excuse",
        "bother":
            "bother bothering bothered disturb disturbing intrude intruding intrusion pester pestering pest spam spamming annoy annoying nag nagging flood flooding clutter overwhelm burden nuisance inconvenience imposition trouble",
        "busy": "busy swamped hectic slammed overloaded occupied buried snowed",
        "job": "job jobs role position opportunity work chance offer post vacancy",
        "know": "know understand realise realize appreciate imagine aware sure",
    ])

    public static let portuguese = WordClasses([
        "reply": "resposta respostas retorno retornos posicionamento posicao noticia noticias novidade novidades feedback devolutiva decisao"
            + " atualizacao palavra satisfacao contato ligacao",
        "heard": "recebi tive tivemos obtive",
        "replied":
            "respondeu responderam retornou retornaram ligou ligaram escreveu escreveram deu deram falou falaram procurou procuraram entrou entraram",
        "span": "dia dias semana semanas mes meses hora horas quinzena quinzenas ano anos seculo seculos seculos eternidade",
        "count":
            "um uma dois duas tres quatro cinco seis sete oito nove dez onze doze quinze vinte trinta varios varias alguns algumas muitos muitas quase mais 0* 1* 2* 3* 4* 5* 6* 7* 8* 9*",
        "you": "voce voces vc vcs senhor senhora seu sua seus suas te",
        "intens":
            "muito muita meio tao super extremamente bem bastante demais totalmente completamente realmente mesmo sinceramente desesperadamente",
        "neg": "nao nunca nenhum nenhuma nada ninguem",
        "anxious":
            "ansios* ansiedade nervos* remoendo tremendo tremula tremulo estressad* estresse surtando surtad* surtei tortura insegur* apreensiv* angustiad* angustia aflit* aflicao preocupad* preocupacao panico medo apavorad* tenso tensa inquiet* agoniad* agonia receio temo pavor",
        "desperate": "desesperad* desespero imploro implorando suplico suplicando morrendo",
        "hurt":
            "decepcionad* decepcao chorei chorando chorar lagrimas rejeitad* fracasso fracassad* frustrad* frustracao chatead* magoad* triste tristeza arrasad* desanimad* revoltad* indignad* envergonhad* vergonha"
            + " humilhad* ofendid* irritad* chocad* frustrante decepcionante",
        "need": "preciso precisamos necessito",
        "ordeal":
            "insuportavel torturante angustiante dificil dificilima pior duro dura cruel inferno pesadelo desgastante exaustiv* terrivel horrivel",
        "emphatic":
            "nao nunca nada ninguem nenhum nenhuma qualquer algum alguma todo toda ainda favor hoje agora urgente resposta retorno palavra preciso",
        "waiting": "esperando aguardando esperei aguardei esperar aguardar",
        "promised": "disse disseram falou falaram prometeu prometeram jurou juraram garantiu garantiram afirmou afirmaram",
        "weekday": "segunda terca quarta quinta sexta sabado domingo",
        "when": "hoje amanha agora segunda terca quarta quinta sexta sabado domingo meio-dia fim final 0* 1* 2* 3* 4* 5* 6* 7* 8* 9*"
            + " janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
        "soon": "hoje amanha agora ja imediatamente",
        "insult":
            "ridicul* absurd* vergonhos* incompetent* inutil inuteis palhacada desrespeito desrespeitoso inaceitavel inadmissivel porra merda caralho kkk* rsrs*",
        "failed": "ignorou ignoraram esqueceu esqueceram falhou falharam perdeu mentiu mentiram enrolaram enrolando",
        "great": "ideal perfeit* cert* otim* excelente melhor grande forte indicad* qualificad*",
        "hire": "candidat* perfil pessoa profissional contratacao escolha opcao",
        "skills": "habilidades competencias experiencia experiencias formacao conhecimentos qualificacoes historico trajetoria conquistas",
        "sorry": "desculp* perdao perdoe perdoa lamento",
        "bother": "incomodo incomodar incomodando atrapalhar atrapalhando insistencia insistir chato chata inconveniente importunar encher",
        "busy": "ocupad* corrid* atarefad* sobrecarregad* atolad* enrolad* cheio* cheia* lotad*",
        "job": "vaga vagas emprego trabalho oportunidade chance cargo posicao proposta",
        "know": "sei entendo imagino compreendo percebo",
    ])
}
