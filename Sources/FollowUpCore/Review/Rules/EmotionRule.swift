/// R1: anxiety, neediness, pleading, desperation, hurt and hardship put the recruiter in charge of
/// the writer's feelings.
///
/// Constructions over the affect classes (`@anxious`, `@desperate`, `@hurt`) and the need and
/// pleading words, with the intensifiers people put between: "I am honestly so nervous", "I badly,
/// desperately need a job", "I can't stop checking my inbox".
struct EmotionRule: ReviewRule {
    let id = ReviewRuleID.r1

    static let phrases = PhraseList(
        english: [
            // Naming one's feelings.
            .init(
                "i|me am|feel|feeling|felt|was|get|getting|been|become|grow|growing|remain|have [been] [not] [@intens] [@intens] [@intens] [a] [bit|little|tad] @anxious|@desperate|@hurt",
                "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init(
                "i|me|my|myself ...4 @anxious|@hurt|@desperate", "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init(
                "@anxious|@hurt|@desperate ...3 i|me|my|myself", "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init("killing|eating|driving|tearing|consuming me", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "keep|kept|been|constantly refreshing|checking|rechecking ...3 inbox|email|emails|phone|mail|page|site|website|portal|listing|status|linkedin",
                "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "not|barely|hardly slept|sleeping|eaten|eating", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init("edge of my seat", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "feel|feeling|felt [really|so|very|pretty] down|low|awful|terrible|hopeless|defeated|lost|miserable",
                "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init("change|transform|save my life|future", "Puts the weight of your life on their decision.", "Keep to the role and the process."),
            .init("counting|depending|relying on me", "Personal hardship asks them to decide out of sympathy.", "Keep to the role and the process."),
            .init(
                "i @intens [@intens] want|need this", "Pleading for the job raises the stakes for the reader.",
                "\"I remain very interested in the role.\""),
            .init(
                "it|this|that|waiting|silence ...2 is|has been|makes|made|keeps|drives|driving ...2 me ...2 @anxious|@hurt|@desperate|crazy|nuts|insane|mad|sick",
                "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "can|could|do not stop|help ...2 thinking|worrying|checking|refreshing|wondering|obsessing|waiting",
                "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init(
                "losing|lost|lose [all] [my] [any] sleep|hope|faith|confidence|motivation|heart", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init("losing|lost my mind", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "not|barely|hardly sleep|eat|focus|concentrate|breathe|function|think", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init(
                "i|me [have|had|might|may] [already] [just] blew|blown|ruined|wasted|botched|bombed|messed|screwed|threw|thrown ...3 chance|shot|opportunity|everything",
                "Wondering aloud whether you failed puts your feelings at the centre.",
                "\"If you can, I would welcome any feedback.\""),
            .init("i|me|my ...4 limbo|purgatory", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init("end of my rope|tether|wits", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init("my|the breaking point", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init("reached|hit|at my limit", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "feels|feel|felt|seems|seem|seemed like [a|an] week|weeks|month|months|year|years|eternity|forever|lifetime",
                "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "eating|gnawing|wearing|weighing [away] [on|at] me", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init(
                "no idea how much|hard|badly|difficult", "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init(
                "how much|badly i [@intens] need|want ...2 this|it|news|job|role|position|some|good",
                "Pleading for the job raises the stakes for the reader.", "\"I remain very interested in the role.\""),
            .init(
                "keep|stop|continue hoping", "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init(
                "give|given|giving up [all] hope", "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init(
                "my confidence|self-esteem|morale|self-confidence ...4 hit|shaken|knocked|dented|low|gone|shattered|blow|suffered",
                "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init("like|care to admit", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init("holding|hold|held my breath", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "every time my phone|inbox|email|notification", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "my partner|wife|husband|family|parents|friends|mom|mum|dad|mother|father ...3 asking|asks|ask|wondering",
                "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "on pins|tenterhooks", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "not know what i ...2 do", "Desperation puts the weight of your future on them.",
                "Keep to the process: \"I remain very interested in the role.\""),
            .init(
                "my|the last|only hope|chance|option", "Desperation puts the weight of your future on them.",
                "Keep to the process: \"I remain very interested in the role.\""),
            .init(
                "i can|could only conclude|assume|guess", "Resignation reads as hurt.", "Ask one neutral question instead."),
            .init(
                "i must|have|need [to] find|get|land ...2 @job|something|anything", "Desperation puts the weight of your future on them.",
                "Keep to the process: \"I remain very interested in the role.\""),
            .init(
                "i [would|will] [really] do|take|accept anything", "Reads as desperate.", "Say what you want to do, calmly."),
            // Need and pleading.
            .init(
                "i [am] [@intens] [@intens] [@intens] need|needing [this|a|the|your|an|some|any] ...1 @job|yes|money|income|break|paycheck|this",
                "Needing it shifts your urgency onto them.", "Ask instead: \"When you can, is there any update on next steps?\""),
            .init(
                "i @intens [@intens] want|need|love this|the|a|that @job", "Pleading for the job raises the stakes for the reader.",
                "\"I remain very interested in the role.\""),
            .init(
                "dream job|role|company|position|opportunity|team|employer", "A \"dream\" role reads as pressure on the reader.",
                "\"I am very interested in this role\" says it calmly."),
            .init("my dream", "A \"dream\" role reads as pressure on the reader.", "\"I am very interested in this role\" says it calmly."),
            .init("dying|desperate|itching to", "Reads as desperate.", "\"I am very interested in this role\" says it calmly."),
            .init(
                "means|mean everything to me", "Pleading raises the stakes for the reader.",
                "\"This role is a strong fit for what I want to do next.\""),
            .init(
                "[would] means|mean the|so|a ...2 world|much|lot to me", "Pleading raises the stakes for the reader.",
                "\"This role is a strong fit for what I want to do next.\""),
            .init("please ...6 please", "Pleading raises the stakes for the reader.", "One plain request is enough."),
            .init(
                "if|whether you [still] remember|recall me", "Asking to be remembered reads as insecurity.",
                "Give the context instead: the role and the day you met."),
            .init(
                "what i ...2 wrong", "Asking what you did wrong puts your feelings at the centre.",
                "\"If you can, I would welcome any feedback.\""),
            .init(
                "i [am] @intens [@intens] need|needing [a|an|the|your|some|any] @reply", "Needing their answer shifts your urgency onto them.",
                "Ask instead: \"When you can, is there any update on next steps?\""),
            .init(
                "can|could not afford to lose|miss", "Desperation puts the weight of your future on them.",
                "Keep to the process: \"I remain very interested in the role.\""),
            .init("i beg|plead|implore", "Pleading raises the stakes for the reader.", "One plain request is enough."),
            .init("begging|pleading", "Pleading raises the stakes for the reader.", "One plain request is enough."),
            .init(
                "give me a|one|another|the|this|that [more] [last] chance|shot|try", "Pleading raises the stakes for the reader.",
                "One plain request is enough."),
            .init(
                "my [own] fear|fears|regret|regrets|insecurity|insecurities", "Brings your feelings into the message.",
                "Leave feelings out; keep to the process."),
            .init(
                "[have] [deeply|enormously|terribly|bitterly] regretted", "Brings your feelings into the message.",
                "Leave feelings out; keep to the process."),
            .init(
                "waiting|wait|silence|uncertainty|process ...3 @anxious|@hurt|@desperate|hell|nightmare", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init(
                "waiting|wait|silence|uncertainty|knowing|limbo|suspense ...4 @ordeal", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init(
                "get|getting|got|keep|keeping|raise|raising my hopes", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init(
                "after|through|following|during|since ...3 difficult|hard|tough|rough|terrible|awful|painful|bad ...2 @span|period|stretch|time|times",
                "Personal hardship asks them to decide out of sympathy.", "Keep to the role and the process."),
            .init(
                "turning point|game changer|fresh start|new start|life-changing|life changing", "Puts the weight of your life on their decision.",
                "Keep to the role and the process."),
            .init(
                "going|go|went|gone over|replaying|replay ...4 my head|mind", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init(
                "if|whether i said|did|made ...3 wrong|badly|poorly|mistake|blew|messed",
                "Asking what you did wrong puts your feelings at the centre.",
                "\"If you can, I would welcome any feedback.\""),
            .init(
                "it|this|that is|was|has been|feels [@intens] [@intens] @hurt|@anxious",
                "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init(
                "hope i|to get|land|win|be ...2 this|it|job|role|offer|selected|chosen|picked",
                "Pleading for the job raises the stakes for the reader.",
                "\"I remain very interested in the role.\""),
            .init("out of my misery", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "i guess|suppose|assume|gather ...3 not|no|someone|somebody", "Resignation reads as hurt.", "Ask one neutral question instead."),
            .init(
                "feel|feeling|felt ...4 forgotten|overlooked|ignored|invisible|abandoned|discarded",
                "Talks about your feelings: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init(
                "@job ...3 slip|slips|slipping|slipped|pass|passes|passing away|by", "Fear of losing it puts the weight of your future on them.",
                "Keep to the process: \"I remain very interested in the role.\""),
            .init(
                "turned|turning|turn|passed|gave|give down|on|up ...3 other|another|several ...2 offer|offers|interviews|interview|opportunities|jobs|roles",
                "What you gave up for them puts the weight of your future on them.", "Keep to the role and the process."),
            .init(
                "declined|declining|skipped|cancelled|canceled ...3 other|another|several ...2 offer|offers|interviews|interview|opportunities|jobs|roles",
                "What you gave up for them puts the weight of your future on them.", "Keep to the role and the process."),
            .init("all my eggs", "Puts the weight of your future on them.", "Keep to the role and the process."),
            .init("telling|tell|told|remind|reminding myself", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "getting|gets|got to|at me", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "love|really|very|so ...1 love|really|very|so ...1 love|really|very|so", "Stacked intensifiers read as agitation.",
                "Say it once: \"I remain very interested in the role.\""),
            .init("love ...1 love", "Stacked intensifiers read as agitation.", "Say it once: \"I remain very interested in the role.\""),
            .init(
                "thinking|think|thought ...4 nonstop|non-stop|constantly|obsessively", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init("counting the days|hours|minutes", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "can|could not wait to hear|know|find|get", "Over-eagerness reads as agitation.", "\"I look forward to hearing about next steps.\""),
            .init(
                "all i [really] [ever] want|need", "Pleading for the job raises the stakes for the reader.",
                "\"I remain very interested in the role.\""),
            .init(
                "how much ...3 means|mean|matters|matter to me", "Pleading raises the stakes for the reader.",
                "\"This role is a strong fit for what I want to do next.\""),
            .init("rooting|cheering|praying for me", "Brings your private life into the message.", "Keep to the role and the process."),
            .init(
                "checking|refreshing|rechecking ...6 every|each [few|five|ten|single] hour|hours|minute|minutes|day|morning",
                "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "told|telling|tell my ...1 friends|family|parents|everyone|wife|husband|partner|mum|mom|dad",
                "Brings your private life into the message.", "Keep to the role and the process."),
            .init(
                "not know where|how i ...3 go|turn|end|manage", "Desperation puts the weight of your future on them.",
                "Keep to the process: \"I remain very interested in the role.\""),
            .init("fingers crossed", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "not forget|overlook [about] me", "Asking to be remembered reads as insecurity.",
                "Give the context instead: the role and the day you met."),
            .init(
                "my mind at ease|rest", "Asks them to soothe your feelings.", "Ask one neutral question about next steps."),
            .init("peace of mind", "Asks them to soothe your feelings.", "Ask one neutral question about next steps."),
            .init(
                "reassure|reassurance|reassuring|comfort|soothe", "Asks them to soothe your feelings.",
                "Ask one neutral question about next steps."),
            .init("stomach|knot|knots|lump", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init("so|really|very down|low", "Brings your feelings into the message.", "Leave feelings out; keep to the process."),
            .init("dream", "A \"dream\" role reads as pressure on the reader.", "\"I am very interested in this role\" says it calmly."),
            .init("let me down", "Pleading raises the stakes for the reader.", "One plain request is enough."),
            .init("praying|pray|prayed|prayers", "Pleading raises the stakes for the reader.", "One plain request is enough."),
            .init(
                "think|thinking about|of anything|nothing else", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "wits|wit end", "Desperation puts the weight of your future on them.",
                "Keep to the process: \"I remain very interested in the role.\""),
            .init(
                "can|could not take|stand|bear|handle|cope ...3 more|this|it|anymore|any", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init("i|been ...3 mess|wreck|disaster", "Brings your feelings into the message.", "Leave feelings out; keep to the process."),
            .init(
                "not know how i|we ...2 manage|survive|cope|pay|live|go|get", "Desperation puts the weight of your future on them.",
                "Keep to the process: \"I remain very interested in the role.\""),
            .init("over the moon", "Over-excitement reads as agitation.", "\"I remain very interested in the role.\""),
            .init("cloud nine", "Over-excitement reads as agitation.", "\"I remain very interested in the role.\""),
            .init("all i [can] think|dream about|of", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "had|been a|an tough|hard|difficult|rough|terrible|awful year|time|period|months|stretch",
                "Personal hardship asks them to decide out of sympathy.", "Keep to the role and the process."),
            .init(
                "my [whole|entire] family|kids|children|wife|husband|parents", "Personal hardship asks them to decide out of sympathy.",
                "Keep to the role and the process."),
            .init(
                "money|finances|budget|cash ...3 tight|short|low|running", "Personal hardship asks them to decide out of sympathy.",
                "Keep to the role and the process."),
            .init("lifeline|lifesaver", "Personal hardship asks them to decide out of sympathy.", "Keep to the role and the process."),
            .init("my heart", "Brings your feelings into the message.", "Leave feelings out; keep to the process."),
            .init(
                "everything i ...2 wanted|dreamed|hoped|wished", "Pleading for the job raises the stakes for the reader.",
                "\"I remain very interested in the role.\""),
            .init("anything for ...2 @job|you|this|it", "Reads as desperate.", "Say what you want to do, calmly."),
            .init(
                "heartbroken|heartbreaking|tears|cried|crying", "Brings your feelings into the message.",
                "Leave feelings out; keep to the process."),
            // Hardship shared to move them.
            .init(
                "i|we [have] [got] [a] [@count] [young] family|kids|children|bills|rent|mortgage|loan|loans|debt|debts",
                "Personal hardship asks them to decide out of sympathy.", "Keep to the role and the process."),
            .init(
                "bills|rent|mortgage|loan|debts|debt ...2 due|overdue|behind", "Personal hardship asks them to decide out of sympathy.",
                "Keep to the role and the process."),
            .init(
                "bills|rent|mortgage|loan|debts|debt to pay|repay", "Personal hardship asks them to decide out of sympathy.",
                "Keep to the role and the process."),
            .init(
                "i [have|was|got] lost|lose|laid|fired [off] [my|our] job|home|house|work|income|off|apartment",
                "Personal hardship asks them to decide out of sympathy.", "Keep to the role and the process."),
            .init("jobless|unemployed", "Personal hardship asks them to decide out of sympathy.", "Keep to the role and the process."),
            .init("out of work", "Personal hardship asks them to decide out of sympathy.", "Keep to the role and the process."),
            .init(
                "i [am] [@intens] [@intens] struggling|broke", "Personal hardship asks them to decide out of sympathy.",
                "Keep to the role and the process."),
            .init("can|could not afford", "Personal hardship asks them to decide out of sympathy.", "Keep to the role and the process."),
            .init(
                "very|so|really bad|hard|difficult|tough time|times|situation|moment", "Personal hardship asks them to decide out of sympathy.",
                "Keep to the role and the process."),
            // Over-excitement.
            .init("omg|omfg|yay|woohoo|yippee", "Reads as agitated.", "Keep the tone calm and plain."),
            .init(
                "i am|was|feel|felt so|super|incredibly|insanely|beyond excited|thrilled|ecstatic|pumped", "Over-excitement reads as agitation.",
                "\"I remain very interested in the role.\""),
            .init(
                "absolutely want|need the|this|a", "Pleading for the job raises the stakes for the reader.",
                "\"I remain very interested in the role.\""),
            // Drafts written and thrown away; coping said out loud; self-doubt; gratitude out of
            // all proportion; a scrap of news begged for.
            .init(
                "drafted|written|wrote|typed|rewritten|rewrote ...3 deleted|erased|scrapped|rewritten|rewrote|redrafted",
                "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "trying|struggling|try|tried to stay|keep|remain [@intens] positive|optimistic|hopeful|calm|sane|patient|upbeat",
                "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "harder|worse|tougher|heavier every|each day|week", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init(
                "doubt|doubting|question|questioning everything|myself", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init(
                "beyond|eternally|forever|endlessly|infinitely grateful|thankful|indebted", "Gratitude out of proportion reads as pleading.",
                "Thank them once, plainly: \"Thank you for your time.\""),
            .init(
                "crumb|crumbs|scrap|scraps|shred|morsel ...2 news|information|feedback|hope|update", "Tells them what the wait does to you.",
                "Leave feelings out; keep to the process."),
            .init("out of my mind", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
            .init(
                "going|gone|went crazy|insane|nuts|mad|bonkers", "Tells them what the wait does to you.", "Leave feelings out; keep to the process."),
        ],
        portuguese: [
            .init(
                "estou|fico|ando|estava|estive|fiquei|sinto|sentindo|senti|sigo|continuo|tenho [me] [nao] [me] [um] [nada] [@intens] [@intens] [pouco] [em|de|com] @anxious|@desperate|@hurt",
                "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "eu|me|mim|minha|meu ...4 @anxious|@hurt|@desperate", "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "@anxious|@hurt|@desperate ...3 eu|me|mim|minha|meu", "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "ficaria|seria|fico|ficarei|fiquei [muito|tao|super|bem] @anxious|@hurt|@desperate",
                "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "me matando|consumindo|enlouquecendo|corroendo", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."
            ),
            .init(
                "atualizando|checando|conferindo|olhando ...3 e-mail|email|emails|celular|caixa|pagina|site|portal|status|linkedin",
                "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init("nao durmo|como|durmi|dormi direito|bem", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "tenho|estou|sinto|fico [com] [muito] medo", "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "mudaria|mudar|salvaria|transformaria [a] [minha] vida", "Põe o peso da sua vida na decisão deles.", "Fique na vaga e no processo."),
            .init(
                "depende|dependem|conta|contam [de] [com] mim|eu", "Dificuldades pessoais pedem uma decisão por compaixão.",
                "Fique na vaga e no processo."),
            .init(
                "me|nos deixa|deixou|deixando|deixam|deixaram ...2 @anxious|@hurt|@desperate|louc*|doid*|mal", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "nao consigo|consegui|paro|parei [parar] [de] ...2 pensar|dormir|comer|focar|concentrar|relaxar|descansar",
                "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init("perdendo|perdi o sono", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "ficando|ficar|fico|estou|vou ficar [meio] [completamente] louc*|doid*|maluc*", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "e|seria [simplesmente] tudo pra|para mim", "Implorar aumenta a pressão para quem lê.",
                "\"Esta vaga combina muito com o que busco.\""),
            .init(
                "estraguei|arruinei|desperdicei|queimei|perdi minha|a|essa chance|oportunidade",
                "Perguntar-se em voz alta se falhou põe seus sentimentos no centro.",
                "\"Se puder, gostaria de um retorno sobre o que melhorar.\""),
            .init(
                "eu|me|estou|estar|sinto|fico ...4 limbo|purgatorio", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init("no|ao|do meu limite", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init("fundo do poco", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "parece|parecem|parecia uma|um semana|mes|ano|eternidade|seculo|vida", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init("esta|estao|ta|vai acabando|acabar comigo", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "duvidando|questionando ...3 tudo|disse|falei|fiz|respondi", "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "nao imagina|imaginam|sabe|sabem o quanto", "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init("o quanto eu [@intens] @need|quero", "Implorar pela vaga aumenta a pressão para quem lê.", "\"Sigo com muito interesse na vaga.\""),
            .init(
                "continuar|continuo|seguir|manter|perder|perdendo|parar ...3 esperanca|esperancas",
                "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "minha confianca|autoestima|auto-estima|moral ...3 abalad*|baixa|baixo|destruid*|chao|lixo|sofreu",
                "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init("gostaria|queria de admitir", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "prendendo|prendo|prendi a respiracao", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."
            ),
            .init(
                "prendendo|prendo|prendi o folego", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."
            ),
            .init(
                "toda vez que o celular|telefone|e-mail|email", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init("pilha de nervos", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init("com o coracao na mao|boca", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init("roendo as unhas", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "nao sei o que vou|farei|faria", "O desespero põe o peso do seu futuro no outro lado.",
                "Fique no processo: \"Sigo com muito interesse na vaga.\""),
            .init(
                "minha|a ultima|unica esperanca|chance|opcao", "O desespero põe o peso do seu futuro no outro lado.",
                "Fique no processo: \"Sigo com muito interesse na vaga.\""),
            .init(
                "preciso|tenho que|tenho de|necessito ...2 arrumar|conseguir|achar|encontrar ...2 @job|algo|alguma|qualquer",
                "O desespero põe o peso do seu futuro no outro lado.",
                "Fique no processo: \"Sigo com muito interesse na vaga.\""),
            .init("aceito|topo|faco qualquer", "Soa desesperado.", "Diga com calma o que você quer fazer."),
            .init(
                "@need [@intens] [@intens] [de] [uma|um|da|do|dessa|desse|desta|deste|alguma|algum|esta|este|essa|esse] @job|dinheiro|renda|salario",
                "Precisar disso passa a sua urgência para o outro lado.",
                "Pergunte: \"Quando puder, há alguma atualização sobre os próximos passos?\""),
            .init(
                "@need @intens [@intens] [de] [uma|um|da|do|dessa|desse|desta|deste|alguma|algum|sua|seu] @reply",
                "Precisar da resposta passa a sua urgência para o outro lado.",
                "Pergunte: \"Quando puder, há alguma atualização sobre os próximos passos?\""),
            .init(
                "quero @intens [@intens] [essa|esta|a|uma] @job", "Implorar pela vaga aumenta a pressão para quem lê.",
                "\"Sigo com muito interesse na vaga.\""),
            .init(
                "espero [de] verdade|muito|demais|mesmo que|ser ...3 escolh*|selecion*|aprov*|cham*|contrat*",
                "Implorar pela vaga aumenta a pressão para quem lê.",
                "\"Sigo com muito interesse na vaga.\""),
            .init("dos [meus] sonhos", "Uma vaga \"dos sonhos\" soa como pressão.", "\"Tenho muito interesse nesta vaga\" diz o mesmo com calma."),
            .init("meu sonho", "Uma vaga \"dos sonhos\" soa como pressão.", "\"Tenho muito interesse nesta vaga\" diz o mesmo com calma."),
            .init("morrendo de vontade", "Soa desesperado.", "\"Tenho muito interesse nesta vaga\" diz o mesmo com calma."),
            .init(
                "significa|significaria|significam tudo|muito pra|para mim", "Implorar aumenta a pressão para quem lê.",
                "\"Esta vaga combina muito com o que busco.\""),
            .init("por favor ...6 por favor", "Implorar aumenta a pressão para quem lê.", "Um pedido simples basta."),
            .init(
                "se [voce|voces] [ainda] lembra|lembram|recorda|recordam de mim", "Pedir para ser lembrado soa como insegurança.",
                "Dê o contexto: a vaga e o dia da conversa."),
            .init(
                "o que [eu] fiz|errei ...2 errado|mal", "Perguntar o que fez de errado põe seus sentimentos no centro.",
                "\"Se puder, gostaria de um retorno sobre o que melhorar.\""),
            .init("imploro|suplico|implorando|suplicando", "Implorar aumenta a pressão para quem lê.", "Um pedido simples basta."),
            .init(
                "me de|deem|da|dar [mais] uma|outra|essa|esta|a chance|oportunidade", "Implorar aumenta a pressão para quem lê.",
                "Um pedido simples basta."),
            .init(
                "meu|meus medo|medos|arrependimento|inseguranca", "Traz os seus sentimentos para a mensagem.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "[me] arrependi|arrependo [muito|demais|profundamente]", "Traz os seus sentimentos para a mensagem.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "tudo [o] [que] [eu] [sempre] quis|sonhei|desejei", "Implorar pela vaga aumenta a pressão para quem lê.",
                "\"Sigo com muito interesse na vaga.\""),
            .init("qualquer coisa por|pela|pelo|para ...2 @job|essa|esse|isso", "Soa desesperado.", "Diga com calma o que você quer fazer."),
            .init("faria|faco|topo ...2 qualquer", "Soa desesperado.", "Diga com calma o que você quer fazer."),
            .init(
                "mal|nem consigo ...2 concentrar|dormir|focar|comer|pensar|trabalhar", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "espera|silencio|incerteza|demora ...3 @anxious|@hurt|@desperate|inferno|pesadelo", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init("chorei|chorando|chorar|choro", "Traz os seus sentimentos para a mensagem.", "Deixe os sentimentos de fora; fale do processo."),
            .init("para baixo", "Traz os seus sentimentos para a mensagem.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "nao aguento|suporto|consigo ...2 mais|aguentar", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init("sem esperanca|rumo|chao", "Traz os seus sentimentos para a mensagem.", "Deixe os sentimentos de fora; fale do processo."),
            .init("um|uma caco|trapo|lixo|bagaco", "Traz os seus sentimentos para a mensagem.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "repassando|repassar|repasso|remoendo|remoer|revivendo|reviver ...3 cabeca|mente", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "nao sei como ...3 virar|sobreviver|pagar|viver|manter|sustentar", "O desespero põe o peso do seu futuro no outro lado.",
                "Fique no processo: \"Sigo com muito interesse na vaga.\""),
            .init(
                "coracao partido|apertado|despedacado", "Traz os seus sentimentos para a mensagem.", "Deixe os sentimentos de fora; fale do processo."
            ),
            .init("nas nuvens", "O entusiasmo em excesso soa agitado.", "\"Sigo com muito interesse na vaga.\""),
            .init("nao penso em outra|mais coisa|nada", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "tive|tivemos|foi|passei|sido|sendo um|uma ano|fase|periodo|momento [muito|bem|tao|bastante|super] dificil|complicad*|dur*|pesad*",
                "Dificuldades pessoais pedem uma decisão por compaixão.", "Fique na vaga e no processo."),
            .init(
                "minha|meus familia|filhos|filhas|esposa|marido|pais", "Dificuldades pessoais pedem uma decisão por compaixão.",
                "Fique na vaga e no processo."),
            .init(
                "dinheiro|grana|orcamento|economias ...3 curto|curta|apertad*|acabando|pouco",
                "Dificuldades pessoais pedem uma decisão por compaixão.", "Fique na vaga e no processo."),
            .init("salvacao", "Dificuldades pessoais pedem uma decisão por compaixão.", "Fique na vaga e no processo."),
            .init(
                "espera|silencio|incerteza|expectativa|suspense ...4 @ordeal", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init("nao saber ...4 @ordeal", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "criar|criando|crio|criei|alimentando [muitas] expectativa|expectativas|esperanca|esperancas", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "apos|depois de|desde ...3 @span|periodo|fase|momento [muito|tao|bem|bastante] dificil|dificeis|dur*|complicad*|pesad*|ruins|ruim",
                "Dificuldades pessoais pedem uma decisão por compaixão.", "Fique na vaga e no processo."),
            .init(
                "virada|recomeco|divisor ...3 mim|vida|minha|carreira", "Põe o peso da sua vida na decisão deles.", "Fique na vaga e no processo."),
            .init(
                "fico|ando|estou|continuo|sigo repassando|remoendo|revivendo|relembrando", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "se [eu] falei|fiz|disse|errei ...2 errado|errada|besteira|mal|algo", "Perguntar o que fez de errado põe seus sentimentos no centro.",
                "\"Se puder, gostaria de um retorno sobre o que melhorar.\""),
            .init(
                "e|foi|esta|estava|tem sido [muito|bem|tao|super] @hurt|@anxious",
                "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "espero [muito|demais|mesmo|tanto] conseguir|ganhar|pegar ...2 essa|esta|vaga|oportunidade|emprego",
                "Implorar pela vaga aumenta a pressão para quem lê.",
                "\"Sigo com muito interesse na vaga.\""),
            .init(
                "perder|perdendo|perdi a confianca|esperanca|motivacao|fe", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init("meu|o sofrimento|tormento", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "acho|imagino|suponho|parece que [eu] nao passei|fui|consegui|entrei", "A resignação soa magoada.", "Faça uma pergunta neutra."),
            .init(
                "sentir|sinto|sentindo|senti ...4 esquecid*|ignorad*|invisivel|abandonad*|descartad*",
                "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "nao quero perder ...2 @job|essa|esta", "O medo de perder põe o peso do seu futuro no outro lado.",
                "Fique no processo: \"Sigo com muito interesse na vaga.\""),
            .init(
                "odiaria|detestaria perder ...2 @job|essa|esta", "O medo de perder põe o peso do seu futuro no outro lado.",
                "Fique no processo: \"Sigo com muito interesse na vaga.\""),
            .init(
                "recusei|recusando|recusar|desisti|dispensei|cancelei ...3 outra|outras|outro|outros|varias ...2 proposta*|entrevista*|oportunidade*|vaga*",
                "O que você deixou por eles põe o peso do seu futuro no outro lado.", "Fique na vaga e no processo."),
            .init(
                "abri mao ...3 outra|outras|outro|outros|varias ...2 proposta*|entrevista*|oportunidade*|vaga*",
                "O que você deixou por eles põe o peso do seu futuro no outro lado.", "Fique na vaga e no processo."),
            .init("todas [as] [minhas] fichas", "Põe o peso do seu futuro no outro lado.", "Fique na vaga e no processo."),
            .init("mim mesmo|mesma", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init("acabando comigo", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "muito|demais|super|amo ...1 muito|demais|super|amo ...1 muito|demais|super|amo", "Intensificadores empilhados soam agitados.",
                "Diga uma vez: \"Sigo com muito interesse na vaga.\""),
            .init(
                "dificil manter ...2 animo|motivacao|esperanca|positiv*|fe", "Fala dos seus sentimentos: quem recruta não precisa administrá-los.",
                "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init(
                "tantas|muitas|varias recusas|rejeicoes|negativas", "Dificuldades pessoais pedem uma decisão por compaixão.",
                "Fique na vaga e no processo."),
            .init("torcendo|rezando por mim", "Traz a sua vida pessoal para a mensagem.", "Fique na vaga e no processo."),
            .init("nao vejo a hora", "O entusiasmo em excesso soa agitado.", "\"Fico no aguardo dos próximos passos.\""),
            .init(
                "olhando|checando|atualizando|conferindo ...6 toda hora", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "contei|contando|falei|contar ...3 amigos|amigas|familia|pais|esposa|marido|mae|pai", "Traz a sua vida pessoal para a mensagem.",
                "Fique na vaga e no processo."),
            .init(
                "nao sei para|pra onde [eu] vou|ir|correr", "O desespero põe o peso do seu futuro no outro lado.",
                "Fique no processo: \"Sigo com muito interesse na vaga.\""),
            .init("dedos cruzados", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "esquec*|esquecam de mim", "Pedir para ser lembrado soa como insegurança.",
                "Dê o contexto: a vaga e o dia da conversa."),
            .init(
                "me tranquiliz*|acalm*|confort*", "Pede que acalmem os seus sentimentos.", "Faça uma pergunta neutra sobre os próximos passos."),
            .init(
                "deixaria|deixa|deixar|ficaria|fico|ficarei [muito|bem|mais] tranquil*|aliviad*|calm*", "Pede que acalmem os seus sentimentos.",
                "Faça uma pergunta neutra sobre os próximos passos."),
            .init("paz de espirito", "Pede que acalmem os seus sentimentos.", "Faça uma pergunta neutra sobre os próximos passos."),
            .init(
                "fiquei|fico|estou|ando|sinto|senti [me] [muito|tao|super|bem|meio] mal|pessim*", "Traz os seus sentimentos para a mensagem.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init("sem dormir|pregar", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init("estomago|garganta", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init("sonho|sonhos", "Uma vaga \"dos sonhos\" soa como pressão.", "\"Tenho muito interesse nesta vaga\" diz o mesmo com calma."),
            .init("nao me decepcion*", "Implorar aumenta a pressão para quem lê.", "Um pedido simples basta."),
            .init("rezo|rezando|rezei|orando|oracoes", "Implorar aumenta a pressão para quem lê.", "Um pedido simples basta."),
            .init("pensar em mais|outra nada|coisa", "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "nao posso perder ...2 @job|essa|esta", "O desespero põe o peso do seu futuro no outro lado.",
                "Fique no processo: \"Sigo com muito interesse na vaga.\""),
            .init(
                "meu coracao|lagrimas|chorei|chorando", "Traz os seus sentimentos para a mensagem.", "Deixe os sentimentos de fora; fale do processo."
            ),
            // Dificuldades pessoais.
            .init(
                "tenho familia|filhos|filho|filha|contas|aluguel|dividas|financiamento|emprestimo ...3 [para] [pagar|sustentar|criar|alimentar]",
                "Dificuldades pessoais pedem uma decisão por compaixão.", "Fique na vaga e no processo."),
            .init(
                "contas|aluguel|dividas|financiamento|emprestimo para|pra|a pagar", "Dificuldades pessoais pedem uma decisão por compaixão.",
                "Fique na vaga e no processo."),
            .init(
                "perdi|perdemos meu|minha|o|a emprego|casa|trabalho|renda", "Dificuldades pessoais pedem uma decisão por compaixão.",
                "Fique na vaga e no processo."),
            .init("desempregad*", "Dificuldades pessoais pedem uma decisão por compaixão.", "Fique na vaga e no processo."),
            .init("sem emprego|trabalho|renda", "Dificuldades pessoais pedem uma decisão por compaixão.", "Fique na vaga e no processo."),
            .init(
                "momento|fase|situacao muito|tao|bem dificil|complicad*|delicad*", "Dificuldades pessoais pedem uma decisão por compaixão.",
                "Fique na vaga e no processo."),
            .init(
                "estou passando por ...3 dificuldade*|dificil|aperto", "Dificuldades pessoais pedem uma decisão por compaixão.",
                "Fique na vaga e no processo."),
            // Euforia.
            .init("meu deus", "Soa agitado.", "Mantenha o tom calmo."),
            .init("uhul|oba|eba", "Soa agitado.", "Mantenha o tom calmo."),
            .init(
                "estou|fiquei|to tao|super|extremamente empolgad*|euforic*", "O entusiasmo em excesso soa agitado.",
                "\"Sigo com muito interesse na vaga.\""),
            // Rascunhos escritos e apagados; o esforço para aguentar; a dúvida sobre si; gratidão fora
            // de proporção; uma migalha de notícia pedida.
            .init(
                "escrevi|rascunhei|digitei|reescrevi|redigi ...3 apaguei|deletei|reescrevi|refiz|descartei", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "tentando|tento|tentei|esforcando ...2 manter|ficar|continuar|seguir ...2 otimismo|otimista|positivo|positiva|calma|calmo|esperanca|paciencia|paciente|sa|sao",
                "Diz o que a espera faz com você.", "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "cada dia|semana mais dificil|duro|dura|pesado|pesada|complicado|angustiante", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "duvidar|duvidando|duvido|questionar|questionando [de] tudo|mim", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "eternamente|infinitamente grato|grata|gratos|agradecido|agradecida", "Gratidão fora de proporção soa como súplica.",
                "Agradeça uma vez, com simplicidade: \"Obrigado pelo seu tempo.\""),
            .init(
                "migalha|migalhas|fiapo ...2 noticia|noticias|informacao|retorno|esperanca", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "estou|to|fico|ficando|vou|sinto enlouquecer|enlouquecendo|pirando|surtando|surtar", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "ficando|fiquei|fico|estou louco|louca|doido|doida|maluco|maluca", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
            .init(
                "perdendo|perder|perdi a|o cabeca|juizo|sanidade", "Diz o que a espera faz com você.",
                "Deixe os sentimentos de fora; fale do processo."),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        var findings = Self.phrases.findings(rule: id, severity: .error, in: text, context: context)
        // The scorer is for what no construction names: a message they already flagged is not read twice.
        if findings.isEmpty, let scorer = ToneScorer.scorer(for: id, in: context.language) {
            findings = scorer.findings(in: text, language: context.language, besides: findings)
        }
        findings += shouting(in: text, language: context.language)
        // Stacked exclamation marks read as agitation in any language, and so does one that ends
        // a run of dots ("….!").
        let bytes = text.bytes
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "!") else {
                index += 1
                continue
            }
            var start = index
            var end = index
            while end < bytes.count, bytes[end] == UInt8(ascii: "!") || bytes[end] == UInt8(ascii: "?") { end += 1 }
            var trailingDots = 0
            while true {
                if start > 0, bytes[start - 1] == UInt8(ascii: ".") {
                    start -= 1
                } else if start > 2, bytes[start - 3] == 0xE2, bytes[start - 2] == 0x80, bytes[start - 1] == 0xA6 {
                    start -= 3  // "…"
                    trailingDots += 1
                } else {
                    break
                }
                trailingDots += 1
            }
            if end - index >= 2 || trailingDots >= 2 {
                let message =
                    context.language == .english ? "Stacked exclamation marks read as agitation." : "Exclamações em sequência soam agitadas."
                let suggestion = context.language == .english ? "Use one full stop." : "Use um ponto final."
                findings.append(Finding(rule: id, severity: .warning, in: text, start: start, end: end, message: message, suggestion: suggestion))
            }
            index = end
        }
        return findings
    }

    /// A word in capitals shouts it. Only words a writer raises their voice with count (`@emphatic`:
    /// "NOTHING", "NENHUM", "PLEASE"), so acronyms and product names never do.
    private func shouting(in text: ReviewText, language: Language) -> [Finding] {
        var findings: [Finding] = []
        // Most drafts have no word in capitals: the class is looked up only when one does.
        for (index, word) in text.words.enumerated() where Self.isCapitals(text.bytes[word.start..<word.end]) {
            guard let emphatic = WordClasses.of(language).alternatives("emphatic"), emphatic.contains(where: { $0.matches(index, in: text) })
            else { continue }
            let english = language == .english
            findings.append(
                Finding(
                    rule: id, severity: .warning, in: text, start: word.start, end: word.end,
                    message: english ? "A word in capitals reads as shouting." : "Uma palavra em maiúsculas soa como grito.",
                    suggestion: english ? "Write it in lower case." : "Escreva em minúsculas."))
        }
        return findings
    }

    /// Three letters or more, none of them lower case (accented capitals are two bytes in UTF-8,
    /// `0xC3 0x80…0x9E`; their lower-case forms are `0xC3 0xA0…0xBF`).
    static func isCapitals(_ bytes: ArraySlice<UInt8>) -> Bool {
        var letters = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                letters += 1
            } else if byte == 0xC3, index + 1 < bytes.endIndex {
                index += 1
                if bytes[index] >= 0xA0 { return false }
                letters += 1
            }
            index += 1
        }
        return letters >= 3
    }
}
