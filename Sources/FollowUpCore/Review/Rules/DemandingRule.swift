/// R2: complaints about the delay, accusations, impatience and ultimatums put the reader on the
/// defensive.
///
/// Constructions, not sentences: counting the time that passed, pointing at the silence, quoting
/// their promise back against today's date, asking how much longer, setting a deadline for their
/// reply, and calling them names. Each is written once per language from the word classes
/// (`WordClasses`), with the words people put between the parts left open.
struct DemandingRule: ReviewRule {
    let id = ReviewRuleID.r2

    static let phrases = PhraseList(
        english: [
            // Counting the time that passed.
            .init(
                "it has|is [already|now] been ...3 @span", "Counting the days since reads as a complaint.",
                "Refer to what was agreed instead: \"In our last conversation, an update was expected by Friday.\""),
            .init(
                "@count|several|many @span ...4 @neg|without|zero|since|still", "Counting the time that passed reads as a complaint.",
                "Refer to what was agreed instead: \"In our last conversation, an update was expected by Friday.\""),
            .init(
                "@span [have|has] [now] passed|gone|went", "Counting the time that passed reads as a complaint.",
                "Refer to what was agreed instead: \"In our last conversation, an update was expected by Friday.\""),
            // Pointing at the silence.
            .init(
                "still no|not|nothing [an|any|a|one|single] [word|real] @reply|word|back|yet", "Pointing at the silence puts them on the defensive.",
                "\"When you can, is there any update on next steps?\""),
            .init(
                "no|not|never|nothing [a|one|single|any|even] [word|real] @reply|word ...2 from|back|since|yet|at",
                "Pointing at the silence puts them on the defensive.",
                "\"When you can, is there any update on next steps?\""),
            .init(
                "i|we [still] have|had|did not|never [yet] [still] [even] @heard|heard|received|gotten|had|get ...2 back|anything|since|yet|word|nothing|peep",
                "Pointing at the silence puts them on the defensive.",
                "\"I wanted to check whether there is any update.\""),
            .init(
                "i [have|had] [still] heard|received|gotten|got|had nothing|zero|nada|not|no ...2 back|since|yet|word|anything|@reply",
                "Pointing at the silence puts them on the defensive.",
                "\"I wanted to check whether there is any update.\""),
            .init(
                "heard|gotten|got|received nothing|zero|nada|crickets", "Pointing at the silence puts them on the defensive.",
                "\"I wanted to check whether there is any update.\""),
            .init(
                "you|they|anyone|anybody [still] [have|has|did] not|never [yet] [even] @replied|bothered|acknowledged|got|gotten|gave|given",
                "Pointing at the silence puts them on the defensive.", "Ask one easy question about next steps."),
            .init(
                "you|they [still] have|has|did not [yet] [even] @replied|replied|bothered|acknowledged|read|looked",
                "Pointing at the silence puts them on the defensive.",
                "Ask one easy question about next steps."),
            .init(
                "nobody|noone [has|have|had|ever|even] ...4 @replied|bothered|got|gotten|heard",
                "Pointing at the silence puts them on the defensive.",
                "Ask one easy question about next steps."),
            .init(
                "no one [has|have|had|ever|even] ...4 @replied|bothered|got|gotten|heard", "Pointing at the silence puts them on the defensive.",
                "Ask one easy question about next steps."),
            .init(
                "gone|went|been|remained|stayed [completely|totally|entirely|really|so] silent|quiet|dark|mute",
                "Pointing at the silence puts them on the defensive.", "Ask one easy question about next steps."),
            .init("your|the|this|their silence", "Pointing at the silence puts them on the defensive.", "Ask one easy question about next steps."),
            .init("not|without a single @reply", "Pointing at the silence puts them on the defensive.", "Ask one easy question about next steps."),
            .init("not|nary one|single @reply", "Pointing at the silence puts them on the defensive.", "Ask one easy question about next steps."),
            .init(
                "still nothing|silence|zilch|crickets", "Pointing at the silence puts them on the defensive.",
                "Ask one easy question about next steps."),
            .init(
                "is|does|did anyone|anybody ...3 reading|read|there|listening|checking|home", "Pointing at the silence puts them on the defensive.",
                "Ask one easy question about next steps."),
            .init(
                "anyone|anybody there|home|listening", "Pointing at the silence puts them on the defensive.",
                "Ask one easy question about next steps."),
            .init(
                "and|but that was @count|a ...2 @span ago", "Counting the time that passed reads as a complaint.",
                "Mention the agreed timeline neutrally."),
            .init("and here we are", "Setting today's date against their promise reads as a reproach.", "Mention the agreed day once, neutrally."),
            .init(
                "you|they ...2 @promised [me|us] @weekday|today|tomorrow", "Quoting their promise back reads as an accusation.",
                "Mention the agreed timeline neutrally."),
            .init(
                "taking|take|takes|took so|this long", "Asking how long it takes reads as impatience.",
                "\"Is there an updated timeline for next steps?\""),
            .init(
                "what is going on|happening|taking", "Demanding to know what is going on reads as impatience.",
                "\"Is there any update you can share on next steps?\""),
            .init(
                "what is the holdup|delay|problem", "Demanding to know what is going on reads as impatience.",
                "\"Is there any update you can share on next steps?\""),
            .init(
                "if i|we [do] not hear|receive ...8 i|we will|shall|am|would", "An ultimatum puts them on the defensive.",
                "Keep to one easy question."),
            .init(
                "if i|we [do] not get ...2 @reply|back|word|answer ...8 i|we will|shall|am|would", "An ultimatum puts them on the defensive.",
                "Keep to one easy question."),
            .init(
                "followed|chased|written|emailed|called|reached ...4 twice|thrice|times|repeatedly", "Counting your messages reads as a reproach.",
                "Write as if for the first time: short context and one question."),
            .init("too much to ask", "Sarcasm puts them on the defensive.", "Ask one easy question instead."),
            .init("been ...2 patient|understanding|tolerant", "Reminding them of your patience reads as a reproach.", "Leave it out."),
            .init(
                "past|after|beyond the date|deadline|day|time you|they gave|set|promised|said|mentioned|quoted",
                "Setting today's date against their promise reads as a reproach.", "Mention the agreed timeline neutrally."),
            .init("@span late|overdue", "Counting the delay reads as a complaint.", "Mention the agreed timeline neutrally."),
            .init("zero @reply", "Pointing at the silence puts them on the defensive.", "Ask one easy question about next steps."),
            .init(
                "expect|deserve|least ...4 courtesy|decency|respect|reply|response", "Demanding a reply puts them on the defensive.",
                "Ask one easy question instead."),
            .init("nobody|noone|anyone|anybody ...3 care|cares|cared|bother|bothers", "Reads as an accusation.", "Ask one easy question instead."),
            .init(
                "worst|terrible|awful|horrible|appalling|disgraceful ...3 process|experience|recruiting|recruiter|hiring|company|communication|treatment",
                "Attacking their process puts them on the defensive.", "Cut it."),
            .init("yes or no", "Demanding a yes or no reads as pressure.", "Ask one easy question about next steps."),
            .init(
                "why have|has|did|does|do|is|are not|never", "A \"why\" about the delay reads as a demand.",
                "\"Is there any update on the timeline?\""),
            .init("thanks|thank [you] for nothing", "Sarcasm puts them on the defensive.", "Cut it."),
            .init("how hard|difficult is it", "Sarcasm puts them on the defensive.", "Ask one easy question instead."),
            .init("would|will it kill you|anyone", "Sarcasm puts them on the defensive.", "Ask one easy question instead."),
            .init("would have been nice|good|polite|appreciated|courteous", "Sarcasm puts them on the defensive.", "Ask one easy question instead."),
            .init("answer|respond me|us", "Ordering a reply reads as a demand.", "Ask one easy question instead."),
            .init("my time ...3 nothing|worthless|nada", "Reads as an accusation.", "Ask one easy question instead."),
            .init("should not have to", "Reads as a reproach.", "Ask one easy question instead."),
            .init("tired|sick|fed ...2 waiting|asking|chasing|being|following", "Reads as impatience.", "Ask one easy question instead."),
            .init("in the dark", "Pointing at the silence puts them on the defensive.", "Ask one easy question instead."),
            .init("ghosted|ghosting", "Accusatory wording puts them on the defensive.", "Ask one easy question instead."),
            .init(
                "not|never read|reading|answer|answering|check|checking|open|opening ...2 email|emails|messages|inbox|mail",
                "Accusatory wording puts them on the defensive.", "Ask one easy question instead."),
            .init(
                "so|this|that hard|difficult to get|give|send|reply|answer|respond", "Sarcasm puts them on the defensive.",
                "Ask one easy question instead."),
            .init(
                "straight|clear|proper|honest answer|reply|response", "Demanding a reply puts them on the defensive.",
                "Ask one easy question instead."),
            .init("stop ignoring|ignore|avoiding|dodging", "Accusatory wording puts them on the defensive.", "Ask one easy question instead."),
            .init(
                "explanation|justification|reason for|about|behind ...2 delay|silence|wait|waiting", "Demanding an explanation reads as a reproach.",
                "Ask one easy question instead."),
            .init("bare|very minimum|least", "Reads as a reproach.", "Ask one easy question instead."),
            .init(
                "get|getting|come|coming back to me|us ...2 today|tonight|tomorrow|asap|immediately|now",
                "Asking for a reply by a day you set reads as pressure.", "\"When you can, is there any update on next steps?\""),
            .init("i need|want|expect you to", "Telling them what they must do reads as a demand.", "Ask one easy question instead."),
            .init(
                "it|today is [now|already] the 0*|1*|2*|3*|4*|5*|6*|7*|8*|9*", "Setting today's date against their promise reads as a reproach.",
                "Mention the agreed day once, neutrally, and ask for an update."),
            .init("and counting", "Counting the time that passed reads as a complaint.", "Mention the agreed timeline neutrally."),
            .init("into the void|abyss|ether", "Pointing at the silence puts them on the defensive.", "Ask one easy question instead."),
            .init(
                "treat|treats|treating ...4 candidates|applicants|people ...2 this|like|that", "Accusatory wording puts them on the defensive.",
                "Ask one easy question instead."),
            .init("decency", "Lecturing them on manners reads as an accusation.", "Leave it out."),
            .init("more than enough|ample", "Judging how long they should need reads as a reproach.", "Ask one easy question instead."),
            .init(
                "@need [to] hear|heard [back] [from] [you|them] [all] by|before|within|no @when|close|later|end",
                "Asking for a reply by a day you set reads as pressure.", "\"When you can, is there any update on next steps?\""),
            .init(
                "update|tell|inform|advise|notify|answer me ...4 by|before [the] @when", "Asking for a reply by a day you set reads as pressure.",
                "\"When you can, is there any update on next steps?\""),
            .init("filled|taken|closed|gone ...5 just|simply say|tell", "Reads as a reproach.", "Ask one easy question instead."),
            .init("surely someone|somebody|anyone|you", "Reads as a reproach.", "Ask one easy question instead."),
            .init(
                "i [will] expect ...3 @reply|answer|call ...3 @when|first", "A deadline for their reply reads as an ultimatum.",
                "Ask without a deadline: \"When you can, is there any update?\""),
            .init(
                "i [will|would] expect ...4 updated|update|informed|told|notified|hear|news ...6 by|before|within [the] @when",
                "A deadline for their reply reads as an ultimatum.", "Ask without a deadline: \"When you can, is there any update?\""),
            .init(
                "my|the second|third|fourth|fifth|umpteenth message|email|call|attempt|follow-up|time", "Counting your messages reads as a reproach.",
                "Write as if for the first time: short context and one question."),
            .init("much to ask", "Sarcasm puts them on the defensive.", "Ask one easy question instead."),
            .init("life on hold", "Reads as pressure.", "Ask one easy question instead."),
            .init("you never|ignored", "Pointing at the silence puts them on the defensive.", "Ask one easy question about next steps."),
            .init(
                "i [have|am] [been] [still] [just] [left] waiting|chasing|hanging", "Waiting, said out loud, reads as impatience.",
                "Leave it out; ask one easy question about next steps."),
            .init(
                "second|third|fourth|fifth|umpteenth time|message|email|call|attempt that|i|to",
                "Counting your messages reads as a reproach.", "Write as if for the first time: short context and one question."),
            .init(
                "i [have] [already] called|rung|rang|emailed|written|wrote|messaged|left|tried|chased ...4 twice|thrice|times|repeatedly",
                "Counting your messages reads as a reproach.", "Write as if for the first time: short context and one question."),
            // Quoting their promise back, and today's date against it.
            .init(
                "you|your|they ...2 @promised [me|us] [that] [you|they|i|we] would|will|were|was|d|to|by|within|in|on",
                "Quoting their promise back reads as an accusation.", "\"In our last conversation, the update was expected by Friday.\""),
            .init(
                "you were|was supposed|meant|going to", "Quoting their promise back reads as an accusation.", "Mention the agreed timeline neutrally."
            ),
            .init(
                "you|they promised|guaranteed [me|us] [a|an|the] @reply|answer|decision", "Quoting their promise back reads as an accusation.",
                "Mention the agreed timeline neutrally."),
            .init(
                "assured|promised|guaranteed me|us", "Quoting their promise back reads as an accusation.", "Mention the agreed timeline neutrally."),
            .init(
                "it|today is|has [now|already] [been] [now|already] @weekday|past|over",
                "Setting today's date against their promise reads as a reproach.",
                "Mention the agreed day once, neutrally, and ask for an update."),
            .init(
                "by now", "\"By now\" measures their delay against your expectations.", "Mention the agreed timeline neutrally."),
            .init(
                "i had|have [already] expected|assumed|hoped ...5 by|before|would have|to have",
                "Setting your expectation against their delay reads as a reproach.",
                "Mention the agreed timeline neutrally."),
            .init("as per my last|previous", "Reads as a reproach.", "Start fresh: short context, then the question."),
            .init(
                "as i [have] [already] said|mentioned|asked|wrote|stated|explained", "Reads as a reproach.",
                "Start fresh: short context, then the question."),
            // Impatience.
            .init(
                "how much|many longer|more [days|weeks|time]", "Asking how much longer reads as impatience.",
                "\"Is there an updated timeline for next steps?\""),
            .init(
                "how long ...5 wait|waiting|keep|have to|must", "Asking how long you must wait reads as impatience.",
                "\"Is there an updated timeline for next steps?\""),
            .init(
                "when am|will|do|can i ever|finally|actually|going", "Asking when you will finally hear reads as impatience.",
                "\"Is there an updated timeline for next steps?\""),
            .init(
                "how come|why ...4 not|never|nobody|no|nothing|still|yet", "A \"why\" about the delay reads as a demand.",
                "\"Is there any update on the timeline?\""),
            .init(
                "why have|has|had|did|does|do|is|are you|they|nobody|no|it|this ...3 not|never|still|taking|so|ignored|yet",
                "A \"why\" about the delay reads as a demand.",
                "\"Is there any update on the timeline?\""),
            .init(
                "i need|want [a|an|the|your|some] [real|clear] @reply|answer", "Needing their answer shifts your urgency onto them.",
                "Ask instead: \"When you can, is there any update on next steps?\""),
            .init(
                "i need|want to have|get|receive [a|an|the|your|some] [real|clear] @reply|answer",
                "Needing their answer shifts your urgency onto them.",
                "Ask instead: \"When you can, is there any update on next steps?\""),
            .init("i want|need|demand|deserve|expect to know", "Demanding to be told reads as pressure.", "Ask one easy question instead."),
            // Ultimatums and deadlines for their reply.
            .init(
                "@reply|respond|reply|answer|call|write|contact|get|decide|let|tell|hear ...5 no|not later than",
                "A deadline for their reply reads as an ultimatum.",
                "Ask without a deadline: \"When you can, is there any update?\""),
            .init(
                "reply|respond|answer|decide ...2 today|tonight|tomorrow|asap|immediately|within",
                "Asking for a reply by a day you set reads as pressure.",
                "\"When you can, is there any update on next steps?\""),
            .init(
                "call|ring|text|email|contact|phone me|us [back] today|tonight|tomorrow|asap|immediately|now|right",
                "Asking for a reply by a day you set reads as pressure.",
                "\"When you can, is there any update on next steps?\""),
            .init(
                "i expect|demand|insist|require|deserve ...3 @reply|reply|response|answer|call|explanation|respect|courtesy|reason",
                "Demanding a reply puts them on the defensive.",
                "Ask one easy question instead."),
            .init(
                "or else", "An ultimatum puts them on the defensive.",
                "Keep to one easy question."),
            .init("the least you|they|anyone could|can do", "Reads as an accusation.", "Ask one easy question instead."),
            .init("professional|common|basic courtesy|decency|respect", "Lecturing them on manners reads as an accusation.", "Leave it out."),
            .init("can|could you just|simply", "\"Just\" in a request to them reads as impatience.", "Ask plainly and politely."),
            .init("i have|got not|no time for this|this", "Reads as impatience.", "Leave it out."),
            // Accusations and names.
            .init(
                "you|your|they|their [have|has|had|did|are|were|is] [all] [just] [simply] [totally|completely|clearly] @failed|@insult",
                "Accusatory wording puts them on the defensive.",
                "Keep to the facts of the process and one question."),
            .init("piss|bugger|f|fuck|sod off", "Insulting or rude wording ends the conversation.", "Cut it."),
            .init("get lost", "Insulting or rude wording ends the conversation.", "Cut it."),
            .init("@insult", "Insulting or rude wording ends the conversation.", "Cut it."),
            .init("do|doing|does your|their job|jobs", "Telling them how to do their job reads as an accusation.", "Cut it."),
            .init("your|their job|role is to", "Telling them how to do their job reads as an accusation.", "Cut it."),
            .init(
                "you must|should have|be ...2 @insult|not|no|never|lost|ignored|forgotten", "Accusatory wording puts them on the defensive.",
                "Keep to the facts of the process."),
            .init("take|remove my resume|cv|application|name out|off", "Reads as a reproach.", "If you withdraw, say so briefly and thank them."),
            .init("i would not|never want to work for", "Reads as a reproach.", "If you withdraw, say so briefly and thank them."),
            .init("not worth my|your time", "Reads as a reproach.", "Cut it."),
            .init("i require|demand|insist", "Demands put the reader on the defensive.", "Ask, do not require."),
            .init(
                "the courtesy|decency|respect|dignity of|to ...2 @reply|reply|respond|answer|acknowledge|call",
                "Demanding a reply puts them on the defensive.",
                "Ask one easy question instead."),
            .init(
                "sent|written|left|emailed|called ...2 two|three|four|five|six|several|multiple|numerous|countless|2|3|4|5|6 emails|messages|voicemails|notes|follow-ups|texts|times",
                "Counting your messages reads as a reproach.", "Write as if for the first time: short context and one question."),
            .init(
                "more than patient|understanding|flexible|accommodating|reasonable|fair|generous",
                "Reminding them of your patience reads as a reproach.", "Leave it out."),
            .init(
                "been ...2 flexible|accommodating|reasonable", "Reminding them of your patience reads as a reproach.", "Leave it out."),
            .init("please just|simply", "\"Just\" in a request to them reads as impatience.", "Ask plainly and politely."),
            .init(
                "for god|heaven|goodness|pete|christ sake|sakes", "Exasperation puts them on the defensive.", "Ask one easy question instead."),
            .init("for crying out loud", "Exasperation puts them on the defensive.", "Ask one easy question instead."),
            .init("deserve|deserves|deserved better", "Reads as a reproach.", "Ask one easy question instead."),
            .init("expedite|expedited|fast-track", "Asking them to hurry reads as pressure.", "Ask one easy question about next steps."),
            .init(
                "please|kindly|can|could|would ...2 hurry|rush|accelerate|speed", "Asking them to hurry reads as pressure.",
                "Ask one easy question about next steps."),
            .init(
                "@reply|reply|response|answer of any|some kind|sort", "Begging for any reply at all reads as exasperation.",
                "Ask one easy question about next steps."),
            .init(
                "any kind|sort of @reply|reply|response|answer", "Begging for any reply at all reads as exasperation.",
                "Ask one easy question about next steps."),
            .init(
                "a|for second|third|fourth|fifth|sixth|umpteenth time", "Counting your messages reads as a reproach.",
                "Write as if for the first time: short context and one question."),
            .init(
                "can|could|would|will you|someone|somebody|anyone|anybody|they ...2 finally", "Asking them to finally answer reads as impatience.",
                "\"When you can, is there any update on next steps?\""),
            .init(
                "rather|prefer ...3 no ...2 than|to|over", "Asking for any answer at all reads as exasperation.",
                "Ask one easy question about next steps."),
            .init(
                "giving|give|gave you until|till|through", "A deadline for their reply reads as an ultimatum.", "Keep to one easy question."),
            .init("before|otherwise|else i|we [will] move on|elsewhere", "An ultimatum puts them on the defensive.", "Keep to one easy question."),
            .init(
                "otherwise|else i|we [will] withdraw|accept|walk|pursue", "An ultimatum puts them on the defensive.",
                "Keep to one easy question."),
            .init(
                "you|they|team|everyone [have|has] had plenty|enough|ample ...2 time", "Telling them they have had time enough reads as a reproach.",
                "Ask one easy question about next steps."),
            .init("yet again", "Counting your messages reads as a reproach.", "Write as if for the first time: short context and one question."),
            .init(
                "kept|keep|keeping|left|leaving [me|us|candidates|people] waiting|hanging|guessing",
                "Saying they keep you waiting reads as a reproach.",
                "Ask one easy question about next steps."),
            .init(
                "when will|would|does|do|is|are|can ...3 finally|ever", "Asking when they will finally answer reads as impatience.",
                "\"Is there an updated timeline for next steps?\""),
            .init(
                "i was|we were promised|assured|guaranteed", "Quoting their promise back reads as an accusation.",
                "Mention the agreed timeline neutrally."),
            .init(
                "@replied|back|reply|respond|answer|hear|contact|write ...3 at all", "Asking whether they will answer at all reads as a reproach.",
                "Ask one easy question about next steps."),
            .init(
                "surprised|shocked|amazed|astonished|baffled|stunned|puzzled ...4 no|not|nobody|never|nothing",
                "Your surprise at their silence reads as a reproach.", "Ask one easy question about next steps."),
            .init(
                "not|hardly acceptable|fair|professional|respectful|decent|courteous",
                "Judging their conduct puts them on the defensive.", "Keep to the facts of the process and one question."),
            .init(
                "my time ...2 not ...3 valuable|important|worth|precious|respected|matter|matters",
                "Sarcasm about whose time counts puts them on the defensive.", "Ask one easy question instead."),
        ],
        portuguese: [
            // Contar o tempo.
            .init(
                "ja faz|fazem ...3 @span", "Contar os dias soa como reclamação.",
                "Cite o combinado: \"Na nossa última conversa, o retorno estava previsto para sexta.\""),
            .init(
                "[ja] se passaram|passou|passaram ...3 @span", "Contar os dias soa como reclamação.",
                "Cite o combinado: \"Na nossa última conversa, o retorno estava previsto para sexta.\""),
            .init(
                "@count|varios|varias|muitos|muitas @span ...4 @neg|sem|ainda", "Contar o tempo que passou soa como reclamação.",
                "Cite o combinado: \"Na nossa última conversa, o retorno estava previsto para sexta.\""),
            .init(
                "ha @count|varios|varias|muitos|muitas @span", "Contar o tempo que passou soa como reclamação.",
                "Cite o combinado: \"Na nossa última conversa, o retorno estava previsto para sexta.\""),
            // Apontar o silêncio.
            .init(
                "ainda nao [recebi|tive|tenho|obtive|houve] [nenhum|nenhuma|uma|um|qualquer] @reply",
                "Apontar o silêncio deixa o outro lado na defensiva.",
                "\"Quando puder, há alguma atualização sobre os próximos passos?\""),
            .init(
                "ainda|continuo|sigo sem [nenhum|nenhuma|qualquer] @reply", "Apontar o silêncio deixa o outro lado na defensiva.",
                "\"Queria confirmar se há alguma atualização.\""),
            .init(
                "nenhum|nenhuma|nem [um|uma|sequer|mesmo] [um|uma] @reply", "Apontar o silêncio deixa o outro lado na defensiva.",
                "\"Queria confirmar se há alguma atualização.\""),
            .init(
                "nao [recebi|tive|tivemos|obtive] [nenhum|nenhuma|qualquer] [uma|um] @reply", "Apontar o silêncio deixa o outro lado na defensiva.",
                "\"Queria confirmar se há alguma atualização.\""),
            .init(
                "nao @heard|recebi|tive nada|nenhum|nenhuma|retorno|resposta", "Apontar o silêncio deixa o outro lado na defensiva.",
                "\"Queria confirmar se há alguma atualização.\""),
            .init(
                "esperava|mereco|merecia|minimo ...4 cortesia|respeito|consideracao|resposta|retorno|satisfacao",
                "Exigir uma resposta soa como cobrança.", "Faça uma pergunta simples."),
            .init("ninguem ...2 importa|liga|preocupa", "Soa como acusação.", "Faça uma pergunta simples."),
            .init(
                "pior|pessimo|pessima|horrivel|lamentavel ...3 processo|experiencia|empresa|recrutamento|selecao|atendimento|comunicacao",
                "Atacar o processo deixa o outro lado na defensiva.", "Corte."),
            .init("sim ou nao", "Exigir um sim ou não soa como pressão.", "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "respondam|responda|retornem|retorne|liguem|ligue ...3 hoje|amanha|agora|logo", "Pedir resposta num prazo seu soa como pressão.",
                "\"Quando puder, há alguma atualização?\""),
            .init("obrigad* por nada", "A ironia deixa o outro lado na defensiva.", "Corte."),
            .init("tao dificil|complicado|custoso", "A ironia deixa o outro lado na defensiva.", "Faça uma pergunta simples."),
            .init("no escuro|vacuo", "Apontar o silêncio deixa o outro lado na defensiva.", "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "custa|custava|custaria [muito] mandar|responder|enviar|dar|escrever", "A ironia deixa o outro lado na defensiva.",
                "Faça uma pergunta simples."),
            .init("um|uma simples ...4 seria|bastaria|resolveria", "A ironia deixa o outro lado na defensiva.", "Faça uma pergunta simples."),
            .init(
                "ser|sendo|fui|ficar ignorad*|esquecid*|enrolad*", "Palavras acusatórias deixam o outro lado na defensiva.",
                "Fique nos fatos do processo."),
            .init("meu tempo ...3 nada|vale|importa", "Soa como acusação.", "Faça uma pergunta simples."),
            .init("nao deveria|devia ter que|de", "Soa como reprimenda.", "Faça uma pergunta simples."),
            .init("cansei|cansado|cansada|farto|farta de", "Soa como impaciência.", "Faça uma pergunta simples."),
            .init(
                "jurou|juraram|prometeu|prometeram|garantiu|garantiram que|me|nos", "Devolver a promessa soa como acusação.",
                "Cite o prazo combinado com neutralidade."),
            .init(
                "nao le|leem|responde|respondem|olha|olham|abre|abrem ...2 e-mails|emails|e-mail|email|mensagens|caixa",
                "Palavras acusatórias deixam o outro lado na defensiva.", "Faça uma pergunta simples."),
            .init(
                "mais [do] que suficiente", "Julgar quanto tempo o outro lado deveria levar soa como cobrança.", "Faça uma pergunta simples."),
            .init(
                "@need [de] [um|uma] [sua|seu] @reply [de] [voces|voce|vcs] ate", "Pedir resposta num prazo seu soa como pressão.",
                "\"Quando puder, há alguma atualização sobre os próximos passos?\""),
            .init(
                "me atualizem|atualize|avisem|avise|informem|informe|respondam|responda|retornem|retorne ...5 ate [o|a] @when",
                "Pedir resposta num prazo seu soa como pressão.",
                "\"Quando puder, há alguma atualização sobre os próximos passos?\""),
            .init("preenchid*|fechad*|encerrad* ...5 so|basta dizer|falar|avisar", "Soa como cobrança.", "Faça uma pergunta simples."),
            .init(
                "ao trabalho de responder|retornar|avisar|escrever", "Apontar o silêncio deixa o outro lado na defensiva.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init("nao e possivel que ninguem", "Soa como cobrança.", "Faça uma pergunta simples."),
            .init(
                "resposta|retorno|posicionamento direta|direto|sincera|sincero|honesta|honesto|decente",
                "Exigir uma resposta soa como cobrança.", "Faça uma pergunta simples."),
            .init("@reply ...3 desta|dessa vez", "Exigir uma resposta soa como cobrança.", "Faça uma pergunta simples."),
            .init(
                "parem|pare|parar de [me] ignorar|enrolar|fugir", "Palavras acusatórias deixam o outro lado na defensiva.",
                "Faça uma pergunta simples."),
            .init(
                "explicacao|justificativa|motivo para|pela|pelo|sobre|da|do ...2 demora|silencio|atraso|espera",
                "Exigir uma explicação soa como cobrança.", "Faça uma pergunta simples."),
            .init("seria|e o minimo|basico", "Soa como reprimenda.", "Faça uma pergunta simples."),
            .init(
                "quantos|quantas ...2 mais", "Perguntar quanto tempo mais soa como impaciência.", "\"Há uma nova previsão para os próximos passos?\""),
            .init(
                "preciso|quero|exijo que voces|voce|vcs|me ...2 respond*|retorn*|lig*|diga*|decid*",
                "Dizer o que o outro lado deve fazer soa como cobrança.", "Faça uma pergunta simples."),
            .init(
                "hoje|ja [ja] e|estamos [no] dia", "Pôr a data de hoje contra a promessa soa como cobrança.",
                "Cite o dia combinado uma vez, com neutralidade, e pergunte."),
            .init("e contando", "Contar o tempo que passou soa como reclamação.", "Cite o combinado com neutralidade."),
            .init("para o nada|vazio|limbo", "Apontar o silêncio deixa o outro lado na defensiva.", "Faça uma pergunta simples."),
            .init(
                "tratam|trata|tratar ...4 candidatos|candidatas|pessoas|gente ...2 assim|desse|dessa",
                "Palavras acusatórias deixam o outro lado na defensiva.", "Faça uma pergunta simples."),
            .init("decencia", "Soa como acusação.", "Corte."),
            .init(
                "espero|aguardo ...3 ligacao|resposta|retorno ...3 hoje|amanha|agora|logo", "Pedir resposta num prazo seu soa como pressão.",
                "\"Quando puder, há alguma atualização?\""),
            .init("voce|voces|vcs|vc nunca", "Apontar o silêncio deixa o outro lado na defensiva.", "Faça uma pergunta simples."),
            .init("pedir muito|demais", "A ironia deixa o outro lado na defensiva.", "Faça uma pergunta simples."),
            .init("vida em suspenso|espera|pausa", "Soa como pressão.", "Faça uma pergunta simples."),
            .init("@promised ...6 nada|nenhum|nenhuma", "Devolver a promessa soa como acusação.", "Cite o prazo combinado com neutralidade."),
            .init(
                "pouco|nada|nem profissional|educado|respeitoso|serio", "Palavras acusatórias deixam o outro lado na defensiva.",
                "Fique nos fatos do processo."),
            .init("correr atras", "Soa como cobrança.", "Faça uma pergunta simples."),
            .init("silencio", "Apontar o silêncio deixa o outro lado na defensiva.", "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "ja sao|foram @count|varios|varias ...2 @span", "Contar o tempo que passou soa como reclamação.", "Cite o combinado com neutralidade."
            ),
            .init(
                "alguem ...3 lendo|le|leu|recebeu|recebendo|ai|vendo", "Apontar o silêncio deixa o outro lado na defensiva.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init("ainda nada", "Apontar o silêncio deixa o outro lado na defensiva.", "Faça uma pergunta simples sobre os próximos passos."),
            .init("cade o|a|meu|minha|seu|sua", "Cobrar a resposta soa como pressão.", "\"Quando puder, há alguma atualização?\""),
            .init(
                "demorando|demora|demorou|demorar tanto|muito|demais", "Apontar a demora soa como cobrança.",
                "\"Há uma nova previsão para os próximos passos?\""),
            .init(
                "se [eu] nao ...8 vou|irei|aceito|aceitarei|desisto|desistir|retiro", "Um ultimato deixa o outro lado na defensiva.",
                "Fique na pergunta simples."),
            .init("caso contrario", "Um ultimato deixa o outro lado na defensiva.", "Fique na pergunta simples."),
            .init(
                "voce|voces|vcs|vc [me] [tinha|tinham|havia|haviam] @promised|dito|prometido|garantido responder|retornar|ligar|dar|mandar|enviar",
                "Devolver a promessa soa como acusação.", "Cite o prazo combinado com neutralidade."),
            .init(
                "ja mandei|enviei|escrevi|liguei ...3 vezes|mensagens|emails|e-mails|nada", "Contar as suas mensagens soa como cobrança.",
                "Escreva como se fosse a primeira vez."),
            .init("fui|fomos|fiquei paciente|compreensivo|compreensiva", "Lembrar a sua paciência soa como reprimenda.", "Corte."),
            .init(
                "ninguem ...2 @replied|me|deu|respondeu|retornou|ligou", "Apontar o silêncio deixa o outro lado na defensiva.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "voce|voces|vcs|ninguem [ainda] nao|nunca [me] [nem] @replied|responderam|respondeu|retornaram|retornou|deram|deu",
                "Apontar o silêncio deixa o outro lado na defensiva.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "@neg|ate [agora|hoje] [nada|nenhum|nenhuma] [de|do|da] @reply", "Apontar o silêncio deixa o outro lado na defensiva.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "continuo|sigo|estou|estava|fiquei [aqui] [ainda] esperando|aguardando ...2 ate|desde|ha|faz|sem",
                "Dizer que está esperando soa impaciente.",
                "Deixe de fora; faça uma pergunta simples sobre os próximos passos."),
            .init(
                "continuo|sigo esperando|aguardando", "Dizer que está esperando soa impaciente.",
                "Deixe de fora; faça uma pergunta simples sobre os próximos passos."),
            .init("no vacuo", "Dizer que ficou sem resposta soa como reclamação.", "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "esperando|aguardando|esperei|aguardei ...3 @span|desde|sem", "Dizer que está esperando soa impaciente.",
                "Deixe de fora; faça uma pergunta simples sobre os próximos passos."),
            .init(
                "nao da|posso|consigo|vou [para|pra] [eu] [mais] [ficar] @waiting|esperar|aguardar", "Dizer que não pode esperar soa como pressão.",
                "Deixe de fora; faça uma pergunta simples sobre os próximos passos."),
            .init(
                "segunda|terceira|quarta|quinta|enesima|tantas vez|vezes|mensagem|tentativa que|em|de",
                "Contar as suas mensagens soa como cobrança.", "Escreva como se fosse a primeira vez: contexto curto e uma pergunta."),
            .init(
                "ja [te|lhe|vos] [escrevi|mandei|liguei|tentei|enviei] ...3 vezes|vez|duas|tres|varias|ontem|antes",
                "Contar as suas mensagens soa como cobrança.",
                "Escreva como se fosse a primeira vez."),
            .init(
                "mandei|enviei|escrevi [mensagem|email|e-mail] ontem|antes|tambem", "Contar as suas mensagens soa como cobrança.",
                "Escreva como se fosse a primeira vez."),
            // Devolver a promessa.
            .init(
                "voce|voces|vcs|vc [me] [tinha|tinham|havia|haviam] @promised|dito|prometido|garantido que|ate|em|na|no|@weekday",
                "Devolver a promessa soa como acusação.", "\"Na nossa última conversa, o retorno estava previsto para sexta.\""),
            .init(
                "era|eram para|pra [voce|voces] [ter|terem] [me] [respondido|retornado|ligado|dado]", "Devolver a promessa soa como acusação.",
                "Cite o prazo combinado com neutralidade."),
            .init(
                "hoje [ja] e|estamos [em|na|no] @weekday", "Pôr a data de hoje contra a promessa soa como cobrança.",
                "Cite o dia combinado uma vez, com neutralidade, e pergunte."),
            .init(
                "ja e|estamos [em|na|no] @weekday", "Pôr a data de hoje contra a promessa soa como cobrança.",
                "Cite o dia combinado uma vez, com neutralidade, e pergunte."),
            .init(
                "ate agora|hoje ...3 nada|nenhum|nenhuma|nao|sem", "Apontar a demora soa como cobrança.", "Cite o prazo combinado com neutralidade."),
            .init("como ja disse|falei|perguntei|mencionei|escrevi|expliquei", "Soa como cobrança.", "Recomece: contexto curto e a pergunta."),
            // Impaciência.
            .init(
                "quanto tempo|mais ...4 esperar|aguardar|demorar|demora|vai|vou|levar|leva", "Perguntar quanto tempo mais soa como impaciência.",
                "\"Há uma nova previsão para os próximos passos?\""),
            .init(
                "ate quando ...4 esperar|aguardar|vou|vai", "Perguntar até quando soa como impaciência.",
                "\"Há uma nova previsão para os próximos passos?\""),
            .init(
                "por que|pq|cade ...4 ainda|ninguem|nunca|nao|nada|demora", "Um \"por quê\" sobre a demora soa como cobrança.",
                "\"Há alguma atualização sobre o prazo?\""),
            .init(
                "quando [e] [que] [eu] vou|vao|irei finalmente|afinal", "Perguntar quando vai finalmente saber soa como impaciência.",
                "\"Há uma nova previsão para os próximos passos?\""),
            .init(
                "o que esta|ta acontecendo", "Exigir saber o que acontece soa como impaciência.", "\"Há alguma atualização que possa compartilhar?\""),
            // Ultimatos e prazos para a resposta deles.
            .init(
                "me|nos respond*|retorn*|ligu*|diga|diz|fala|avis*|liga ...3 hoje|amanha|agora|logo",
                "Pedir resposta num prazo seu soa como pressão.",
                "\"Quando puder, há alguma atualização?\""),
            .init(
                "consegue|consegues|pode|podem|poderia|poderiam ...3 responder|retornar|ligar|dar ...3 hoje|amanha|agora",
                "Pedir resposta num prazo seu soa como pressão.",
                "\"Quando puder, há alguma atualização?\""),
            .init(
                "@need|quero ...2 [de] [uma|um|que] @reply|respondam|responda|retornem|retorne|saber ...4 hoje|amanha|agora",
                "Exigir resposta num prazo seu soa como ultimato.",
                "Pergunte sem prazo: \"Quando puder, há alguma atualização?\""),
            .init(
                "senao ...6 vou|irei|aceito|aceitarei|desisto", "Um ultimato deixa o outro lado na defensiva.",
                "Fique na pergunta simples."),
            .init(
                "aguardo|espero|exijo|mereco uma|um [sua|seu] posicao|posicionamento|resposta|retorno|explicacao|satisfacao|motivo",
                "Exigir uma resposta soa como cobrança.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init("falta de respeito|consideracao|educacao|profissionalismo", "Acusar o outro lado de desrespeito encerra a conversa.", "Corte."),
            .init("o minimo que ...3 podia|poderia|pode", "Soa como acusação.", "Faça uma pergunta simples."),
            .init("me responde|respondam|responda por favor", "Cobrar a resposta soa como pressão.", "\"Quando puder, há alguma atualização?\""),
            .init("me diz|diga|fala alguma coisa", "Cobrar a resposta soa como pressão.", "\"Quando puder, há alguma atualização?\""),
            // Acusações.
            .init(
                "voce|voces|vc|vcs|seu|sua ...3 @failed|@insult", "Palavras acusatórias deixam o outro lado na defensiva.",
                "Fique nos fatos do processo e numa pergunta."),
            .init("@insult", "Palavras ofensivas encerram a conversa.", "Corte."),
            .init("fazer|faz|fazendo seu|o trabalho|servico direito", "Dizer como fazer o trabalho dele soa como acusação.", "Corte."),
            .init("nao [vou|pretendo] desistir|parar", "Soa como cobrança.", "Corte; fique na pergunta simples."),
            .init("mereco uma|um|saber|entender", "Exigir uma explicação soa como cobrança.", "Corte; pergunte com simplicidade."),
            .init("por que eu nao fui|passei", "Exigir o motivo soa como cobrança.", "\"Se puder, gostaria de um retorno sobre o que melhorar.\""),
            .init("tirem|tire|retirem|retire meu curriculo|cv|nome", "Soa como reprimenda.", "Se desistir, diga com brevidade e agradeça."),
            .init(
                "cortesia|consideracao|educacao|decencia|respeito de ...2 @reply|responder|retornar|avisar|ligar|dar",
                "Exigir uma resposta soa como cobrança.", "Faça uma pergunta simples."),
            .init(
                "mandei|enviei|deixei|escrevi|liguei ...2 duas|tres|quatro|cinco|seis|varias|diversas|inumeras|2|3|4|5|6 mensagens|emails|e-mails|recados|vezes",
                "Contar as suas mensagens soa como cobrança.", "Escreva como se fosse a primeira vez."),
            .init(
                "mais [do] que paciente|pacientes|compreensivo|compreensiva|flexivel|razoavel|tolerante",
                "Lembrar a sua paciência soa como reprimenda.", "Corte."),
            .init(
                "fui|fomos|tenho sido|estou sendo flexivel|tolerante|razoavel", "Lembrar a sua paciência soa como reprimenda.", "Corte."),
            .init(
                "agilizem|agilize|acelerem|acelere|apressem|apresse", "Pedir que se apressem soa como pressão.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "qualquer tipo de @reply", "Implorar por qualquer resposta soa como exasperação.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "uma|um @reply qualquer", "Implorar por qualquer resposta soa como exasperação.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "esperava|esperando|imaginava|achava ...6 ate agora", "Medir a demora pela sua expectativa soa como cobrança.",
                "Cite o prazo combinado com neutralidade."),
            .init(
                "a essa|esta altura", "Medir a demora pela sua expectativa soa como cobrança.", "Cite o prazo combinado com neutralidade."),
            .init(
                "pela|uma|por segunda|terceira|quarta|quinta|sexta|enesima vez", "Contar as suas mensagens soa como cobrança.",
                "Escreva como se fosse a primeira vez: contexto curto e uma pergunta."),
            .init(
                "finalmente ...2 me|nos dissesse|dissessem|respondesse|respondessem|retornasse|retornassem|dissesse|dizer|responder|retornar",
                "Pedir que finalmente respondam soa como impaciência.", "\"Quando puder, há alguma atualização?\""),
            .init(
                "prefiro ...2 um|o nao", "Pedir qualquer resposta soa como exasperação.", "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "depois disso|disto [eu] sigo|vou|parto|desisto|aceito|retiro", "Um ultimato deixa o outro lado na defensiva.",
                "Fique na pergunta simples."),
            .init(
                "tiveram|teve|tem|tinham ...2 tempo de sobra", "Dizer que tiveram tempo de sobra soa como reprimenda.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init("pelo amor de deus", "A exasperação deixa o outro lado na defensiva.", "Faça uma pergunta simples."),
            .init(
                "me|nos deixam|deixaram|deixando|deixar|deixa esperando|aguardando|no escuro|sem resposta",
                "Dizer que deixam você esperando soa como reprimenda.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "quando ...3 finalmente|afinal", "Perguntar quando vai finalmente saber soa como impaciência.",
                "\"Há uma nova previsão para os próximos passos?\""),
            .init(
                "me|nos prometeram|prometeu|garantiram|garantiu|juraram|jurou", "Devolver a promessa soa como acusação.",
                "Cite o prazo combinado com neutralidade."),
            .init(
                "[ja] se passaram|passou @count", "Contar os dias soa como reclamação.",
                "Cite o combinado: \"Na nossa última conversa, o retorno estava previsto para sexta.\""),
            .init("francamente|sinceramente ...3 absurd*|inaceitavel|ridicul*", "A exasperação deixa o outro lado na defensiva.", "Corte."),
            .init(
                "merec* mais|melhor respeito|consideracao|que|do", "Soa como reprimenda.", "Faça uma pergunta simples."),
            .init(
                "@replied|responder|retornar|responderem|retornarem|respondem|retornam|responde|retorna ...2 ou nao",
                "Perguntar se vão responder soa como reprimenda.", "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "@replied|responder|retornar|responderem|retornarem|dar|darao|vao ...3 algum dia", "Perguntar se vão responder soa como reprimenda.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "surpres*|espantad*|chocad*|pasm* ...4 nao|ninguem|nunca|nenhum|nenhuma|nada|ainda",
                "A surpresa com o silêncio soa como reprimenda.", "Faça uma pergunta simples sobre os próximos passos."),
            .init(
                "nao e|foi|parece|acho aceitavel|justo|profissional|respeitoso|correto|educado",
                "Julgar a conduta do outro lado deixa-o na defensiva.", "Fique nos fatos do processo e numa pergunta."),
            .init(
                "meu tempo ...3 nao ...3 vale|valioso|importante|importa|conta|respeitado",
                "Ironia sobre o tempo de quem vale mais soa como cobrança.",
                "Faça uma pergunta simples."),
            .init(
                "acreditar|crer que ninguem|nenhum|nenhuma", "Apontar o silêncio deixa quem lê na defensiva.",
                "Faça uma pergunta simples sobre os próximos passos."),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        var findings = Self.phrases.findings(rule: id, severity: .error, in: text, context: context)
        findings += maskedSwearing(in: text, language: context.language)
        // The scorer is for what no construction names: a message they already flagged is not read twice.
        guard findings.isEmpty, let scorer = ToneScorer.scorer(for: id, in: context.language) else { return findings }
        return scorer.findings(in: text, language: context.language, besides: findings)
    }

    /// A swear word with its letters starred out is still an insult: "f***", "sh*t", or a run of
    /// stars standing for the word before "off" or "you". A star that opens a line is a bullet,
    /// and one after a word ("salary*") a footnote, so neither counts.
    private func maskedSwearing(in text: ReviewText, language: Language) -> [Finding] {
        let star = UInt8(ascii: "*")
        // Most drafts have no star at all.
        guard text.hasStars else { return [] }
        let bytes = text.bytes
        var findings: [Finding] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == star else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] == star { end += 1 }
            let stars = end - index
            let letterBefore = index > 0 && Self.isASCIILetter(bytes[index - 1])
            let letterAfter = end < bytes.count && Self.isASCIILetter(bytes[end])
            var masked: Range<Int>? = nil
            if letterBefore && (letterAfter || stars >= 2) {
                var start = index
                while start > 0, Self.isASCIILetter(bytes[start - 1]) || bytes[start - 1] == star { start -= 1 }
                var stop = end
                while stop < bytes.count, Self.isASCIILetter(bytes[stop]) || bytes[stop] == star { stop += 1 }
                masked = start..<stop
            } else if !letterBefore && !letterAfter && !Self.opensLine(bytes, at: index),
                let next = Self.wordAfter(bytes, at: end), Self.maskedObjects.contains(next)
            {
                masked = index..<end
            }
            if let masked {
                let english = language == .english
                findings.append(
                    Finding(
                        rule: id, severity: .error, in: text, start: masked.lowerBound, end: masked.upperBound,
                        message: english
                            ? "A starred-out swear word is still an insult." : "Um palavrão disfarçado com asteriscos continua sendo ofensa.",
                        suggestion: english ? "Leave it out; ask one easy question instead." : "Tire; faça uma pergunta simples."))
                index = masked.upperBound
            } else {
                index = end
            }
        }
        return findings
    }

    /// Words that follow a starred-out verb of abuse ("* off", "**** you", "*** isso").
    private static let maskedObjects: Set<String> = ["off", "you", "u", "up", "this", "that", "it", "yourself", "isso", "voce", "voces", "vcs"]

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    /// Only spaces and tabs between the line's start and `index`.
    private static func opensLine(_ bytes: [UInt8], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, bytes[before] == UInt8(ascii: " ") || bytes[before] == UInt8(ascii: "\t") { before -= 1 }
        return before < 0 || bytes[before] == UInt8(ascii: "\n")
    }

    /// The lower-cased ASCII word after the spaces at `index`, if any.
    private static func wordAfter(_ bytes: [UInt8], at index: Int) -> String? {
        var start = index
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
        var end = start
        while end < bytes.count, isASCIILetter(bytes[end]) { end += 1 }
        guard end > start else { return nil }
        return String(decoding: bytes[start..<end].map { $0 | 0x20 }, as: UTF8.self)
    }
}
