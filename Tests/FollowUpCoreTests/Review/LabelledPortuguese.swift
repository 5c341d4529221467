@testable import FollowUpCore

/// Labelled Brazilian Portuguese messages, written for this project.
enum LabelledPortuguese {
    static let messages: [LabelledMessage] = [
        // Boas mensagens.
        .init(
            .checkIn,
            "Oi, Carla! Escrevo para acompanhar o processo da vaga de Engenharia de Dados. O retorno estava previsto para sexta. Há alguma novidade? Obrigada",
            []),
        .init(
            .checkIn,
            "Olá, Bruno, tudo bem? Sigo acompanhando minha candidatura para a vaga de backend. Poderia me dizer se há alguma atualização? Abraço", []),
        .init(
            .checkIn,
            "Oi, Fernanda, queria acompanhar o processo de SRE depois da entrevista de terça. Há novidades sobre os próximos passos? Agradeço", []),
        .init(
            .checkIn,
            "Olá, Rafael. Sobre o processo de design de produto: vocês mencionaram um retorno nesta semana. Alguma atualização? Atenciosamente, Ana",
            []),
        .init(.checkIn, "Oi, Juliana, tudo certo? Gostaria de saber se há alguma novidade no processo de QA. Obrigado pela atenção", []),
        .init(
            .checkIn,
            "Olá, Pedro. Escrevo sobre o processo para desenvolvedor mobile. Quando puder, pode me contar como estão os próximos passos? Um abraço",
            []),
        .init(
            .checkIn, "Oi, Marina. Passou o prazo combinado para o processo de analytics, então queria confirmar se há alguma atualização. Obrigada",
            []),
        .init(.checkIn, "Olá, Thiago, espero que esteja bem. Há alguma atualização sobre o processo da vaga de plataforma? Agradeço desde já", []),
        .init(
            .thankYou,
            "Oi, Carla! Obrigada pela conversa de hoje. Gostei muito de falar sobre a migração para event sourcing e fiquei ainda mais interessada na vaga.",
            []),
        .init(
            .thankYou, "Olá, Bruno. Agradeço pelo tempo e pela conversa sobre o time de pagamentos. Fico à disposição para qualquer informação.", []),
        .init(.thankYou, "Oi, Fernanda, muito obrigado pelo papo sobre plantão e incidentes. Foi uma ótima conversa.", []),
        .init(.thankYou, "Olá, Rafael! Obrigada por apresentar o roadmap. A vaga ficou ainda mais interessante para mim. Abraços", []),
        .init(.final, "Oi, Juliana. Uma última mensagem sobre o processo de QA. Sigo com interesse na vaga. Há alguma novidade? Obrigado", []),
        .init(
            .final, "Olá, Pedro. Último acompanhamento da minha candidatura para mobile. Poderia me avisar se houver novidades? Atenciosamente", []),
        .init(
            .alignment,
            "Oi, Marina. Recebi outra proposta com prazo até dia 20. Seria possível alinharmos o cronograma do processo de analytics? Obrigada",
            [.r11]),
        .init(
            .alignment, "Olá, Thiago. Cheguei à etapa final em outra empresa. Há uma data prevista para o próximo passo do processo? Agradeço", [.r11]
        ),
        // R1 emoção.
        .init(.checkIn, "Oi, Carla. Estou muito ansiosa com o processo de dados. Alguma novidade? Obrigada", [.r1]),
        .init(.checkIn, "Olá, Bruno. Essa é a vaga dos meus sonhos! Há novidades sobre o processo? Abraço", [.r1]),
        .init(.checkIn, "Oi, Fernanda. Preciso muito de uma resposta sobre o processo de SRE. Há novidade? Obrigado", [.r1]),
        .init(.checkIn, "Olá, Rafael. Ando bem nervoso desde a entrevista do processo de design. Alguma atualização? Obrigado", [.r1]),
        .init(.checkIn, "Oi, Juliana. Não estou nada ansioso, só curioso sobre o processo de QA. Alguma novidade? Obrigado", [.r1]),
        .init(.checkIn, "Olá, Pedro. Alguma novidade sobre o processo de mobile?!! Obrigado", [.r1]),
        .init(.checkIn, "Oi, Marina. Essa vaga significa tudo para mim. Há novidade no processo? Obrigada", [.r1]),
        .init(.checkIn, "Olá, Thiago. Não consigo dormir pensando no processo de plataforma. Alguma novidade? Obrigado", [.r1]),
        .init(.checkIn, "Oi, Carla. Minha ansiedade está enorme com o processo de dados. Alguma atualização? Obrigada", [.r1]),
        .init(.checkIn, "Olá, Bruno. Fico meio angustiado sem notícias do processo de backend. Há novidade? Abraço", [.r1]),
        .init(.thankYou, "Oi, Fernanda!! Obrigada, é a empresa dos meus sonhos e adorei a conversa.", [.r1]),
        // R2 cobrança.
        .init(.checkIn, "Oi, Rafael. Já faz duas semanas da entrevista do processo de design. Alguma novidade? Obrigado", [.r2]),
        .init(.checkIn, "Olá, Juliana. Ainda não recebi nenhuma resposta sobre o processo de QA. Há novidade? Obrigado", [.r2]),
        .init(.checkIn, "Oi, Pedro. Vocês disseram que dariam retorno na sexta sobre o processo de mobile. Alguma atualização? Obrigado", [.r2]),
        .init(.checkIn, "Olá, Marina. Continuo esperando uma resposta do processo de analytics. Há novidade? Obrigada", [.r2]),
        .init(.checkIn, "Oi, Thiago. Ainda sem retorno sobre o processo de plataforma. O que aconteceu? Obrigado", [.r2]),
        .init(.checkIn, "Olá, Carla. Como já perguntei antes, há novidade no processo de dados? Obrigada", [.r2]),
        .init(.checkIn, "Oi, Bruno. Ninguém me respondeu sobre o processo de backend. Há novidade? Abraço", [.r2]),
        .init(.checkIn, "Olá, Fernanda. Já se passaram dez dias e não recebi retorno do processo de SRE. Alguma atualização? Obrigado", [.r2]),
        .init(.checkIn, "Oi, Rafael. Estou esperando desde a semana passada um retorno do processo de design. Alguma novidade? Obrigado", [.r2]),
        .init(.final, "Olá, Juliana. Já faz um mês. Há alguma atualização do processo de QA? Obrigado", [.r2]),
        // R3 decisão imediata.
        .init(.checkIn, "Oi, Pedro. Preciso de uma resposta até amanhã sobre o processo de mobile. Obrigado", [.r2, .r3, .r8]),
        .init(.checkIn, "Olá, Marina. Poderiam me dar um retorno hoje sobre o processo de analytics? Obrigada", [.r2, .r3]),
        .init(.checkIn, "Oi, Thiago. Gostaria de uma posição o mais rápido possível sobre o processo de plataforma. É possível? Obrigado", [.r3]),
        .init(.checkIn, "Olá, Carla. Vocês podem tomar uma decisão ainda esta semana sobre o processo de dados? Obrigada", [.r3]),
        .init(.checkIn, "Oi, Bruno. Preciso saber até sexta se fui aprovado no processo de backend. Pode confirmar? Abraço", [.r3]),
        .init(.checkIn, "Olá, Fernanda. Peço um retorno com urgência sobre o processo de SRE. Há novidade? Obrigado", [.r3]),
        // R4 currículo.
        .init(.checkIn, "Oi, Rafael. Lembrando que tenho mais de dez anos de experiência em design. Há novidade no processo? Obrigado", [.r4]),
        .init(.checkIn, "Olá, Juliana. Sou o candidato ideal para o processo de QA. Alguma atualização? Obrigado", [.r4]),
        .init(.checkIn, "Oi, Pedro. Meu currículo mostra que entrego resultados. Há novidade no processo de mobile? Obrigado", [.r4]),
        .init(.checkIn, "Olá, Marina. Gostaria de reforçar minha experiência com dbt. Há novidade no processo de analytics? Obrigada", [.r4]),
        .init(.checkIn, "Oi, Thiago. Tenho certeza de que minhas habilidades cabem no time. Alguma novidade no processo? Obrigado", [.r4]),
        .init(
            .thankYou, "Olá, Carla. Obrigada pela conversa. Seria uma ótima contratação para o time de dados, com minhas competências em Spark.",
            [.r4]),
        .init(.checkIn, "Oi, Bruno. Minhas competências em Go combinam com a vaga. Alguma novidade no processo? Abraço", [.r4]),
        // R5 tamanho.
        .init(
            .checkIn,
            "Oi, Fernanda. Escrevo para acompanhar o processo de SRE, e desde a nossa conversa tenho lido sobre a forma como vocês tratam migrações e revisões de incidentes, o que me pareceu muito alinhado com o jeito como gosto de trabalhar e com o que busco para os próximos anos da minha carreira. Há alguma novidade sobre os próximos passos? Obrigado",
            [.r5]),
        .init(
            .checkIn,
            "Olá, Rafael. Sobre o processo de design. Conversamos sobre pesquisa, protótipos, métricas e o plano do próximo ano. Gostei de cada parte. O time parece cuidadoso. O produto cresce. Os desafios são reais. Quero ajudar. Gostei também do escritório. O trajeto funciona. O horário é bom. Espero que este contexto ajude. Há alguma novidade sobre os próximos passos do processo? Obrigado",
            [.r5]),
        // R6 justificativas.
        .init(.checkIn, "Oi, Juliana. Desculpe o incômodo de novo. Há novidade no processo de QA? Obrigado", [.r6]),
        .init(.checkIn, "Olá, Pedro. Sei que vocês estão muito ocupados, mas há novidade no processo de mobile? Obrigado", [.r6]),
        .init(.checkIn, "Oi, Marina. Só queria saber do processo de analytics. Alguma novidade? Obrigada", [.r6]),
        .init(.checkIn, "Olá, Thiago. Espero não estar incomodando. Há novidade no processo de plataforma? Obrigado", [.r6]),
        .init(.checkIn, "Oi, Carla. Perdão pela insistência. Há novidade no processo de dados? Obrigada", [.r6]),
        .init(.checkIn, "Olá, Bruno. Se não for incômodo, há novidade no processo de backend? Abraço", [.r6]),
        .init(.checkIn, "Oi, Fernanda. Passando só para saber do processo de SRE. Alguma novidade? Obrigado", [.r6]),
        // R7 vago.
        .init(.checkIn, "Oi, Rafael, tudo bem? Alguma novidade? Obrigado", [.r7]),
        .init(.checkIn, "Olá, Juliana. Queria saber se já tem alguma resposta. Obrigado", [.r7]),
        .init(.checkIn, "Oi, Pedro. Alguma notícia do seu lado? Abraço", [.r7]),
        .init(.checkIn, "Olá, Marina. Fiquei muito interessada na vaga e queria saber se há novidade. Pode me contar? Obrigada", [.r7]),
        .init(.final, "Oi, Thiago. Uma última checagem se algo andou. Alguma novidade? Obrigado", [.r7]),
        // R8 sem pergunta / várias.
        .init(.checkIn, "Oi, Carla. Escrevo para acompanhar o processo de dados e reforço meu interesse. Obrigada", [.r8]),
        .init(.checkIn, "Olá, Bruno. Sigo com interesse no processo de backend. Abraço", [.r8]),
        .init(.checkIn, "Oi, Fernanda. Há novidade no processo de SRE? Quando vocês decidem? Com quem devo falar? Obrigado", [.r8]),
        .init(.final, "Olá, Rafael. Esta é minha última mensagem sobre o processo de design. Sucesso ao time e obrigado", [.r8]),
        .init(
            .alignment, "Oi, Juliana. Tenho uma proposta de outra empresa até dia 25, então queria avisar sobre o processo de QA. Obrigado",
            [.r8, .r11]),
        // R9 cortesia.
        .init(.checkIn, "Oi, Pedro. Escrevo para acompanhar o processo de mobile. Há alguma novidade sobre os próximos passos?", [.r9]),
        .init(.checkIn, "Marina, sobre o processo de analytics. Há novidade?", [.r9]),
        .init(.final, "Oi, Thiago. Último acompanhamento do processo de plataforma. Alguma novidade?", [.r9]),
        // R11 prazo externo.
        .init(.checkIn, "Oi, Carla. Outra empresa me fez uma proposta. Há novidade no processo de dados? Obrigada", [.r11]),
        .init(.checkIn, "Olá, Bruno. Tenho um prazo para responder na semana que vem. Há novidade no processo? Abraço", [.r11]),
        // Várias de uma vez.
        .init(
            .checkIn,
            "Oi, tudo bem? Estou escrevendo porque fiquei muito interessado na vaga e queria saber se já tem resposta. Estou bem ansioso porque gostei muito da empresa, qualquer atualização já ajudaria.",
            [.r1, .r7, .r9]),
        .init(.checkIn, "Desculpe incomodar, mas já faz dez dias e preciso de uma resposta hoje!!", [.r1, .r2, .r3, .r6, .r7, .r8, .r9]),
        .init(.checkIn, "Oi, Fernanda. Estou muito ansiosa. Continuo esperando retorno do processo de SRE. Alguma novidade? Obrigada", [.r1, .r2]),
        .init(.checkIn, "Olá, Rafael. Só queria lembrar que tenho mais de oito anos de experiência. Há novidade no processo? Obrigado", [.r4, .r6]),
        .init(
            .checkIn, "Oi, Juliana. Vocês prometeram que iam responder. Preciso de uma decisão até amanhã sobre o processo de QA. Obrigado",
            [.r2, .r3, .r8]),
        .init(.checkIn, "Pedro, ainda sem resposta do processo de mobile. Outra empresa está me esperando.", [.r2, .r8, .r9, .r11]),
        .init(.checkIn, "Oi, Marina. Essa vaga dos sonhos importa demais. Alguma novidade? Obrigada", [.r1, .r7]),
        .init(.checkIn, "Olá, Thiago. Perdão pelo incômodo, sei que vocês estão ocupados. Há novidade no processo de plataforma? Obrigado", [.r6]),
    ]
}
