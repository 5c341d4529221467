#!/usr/bin/env python3
"""Writes a deterministic corpus of follow-up messages (English and Brazilian Portuguese, good and
bad, every kind) for the review benchmarks: Benchmarks/make-corpus.py DIR [COUNT]."""
import os
import random
import sys

folder = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
rng = random.Random(7)

names = ["Dana", "Sam", "Priya", "Leo", "Marta", "Tom", "Jen", "Carl", "Carla", "Bruno", "Fernanda", "Rafael"]
roles = ["Backend Engineer", "Data Engineer", "SRE", "Product Designer", "QA Lead", "Mobile Developer", "Analytics Engineer"]
days = ["Friday", "Thursday", "Monday", "the end of last week", "this week"]
topics = ["the migration to event sourcing", "the on-call rotation", "the billing rewrite", "the design system", "the data platform"]

english = {
    "greeting": ["Hi {n},", "Hello {n},", "Hi {n}, I hope you are well.", "Hi, how are you?"],
    "context": [
        "I am following up on the {r} process.", "I am checking in on my application for the {r} role.",
        "A short follow-up on the {r} process after our interview.", "I wanted to ask about the {r} process.",
    ],
    "timeline": ["In our last conversation, the update was expected by {d}.", "We had discussed an update by {d}.", ""],
    "question": [
        "When you can, is there any update on the next steps?", "Could you let me know whether there is any news?",
        "Is there anything new you can share?", "",
    ],
    "noise": [
        "", "", "", "I am really anxious about it.", "It has been two weeks and I still have no answer.", "Sorry to bother you again.",
        "I have over ten years of experience and I am the perfect candidate.", "Could you give me a decision by tomorrow?",
        "I received another offer.", "This is my dream job!!", "I know you are very busy, but I just wanted to check.",
        "Our conversation about {t} was a highlight for me, and the team seems thoughtful and the product is growing fast.",
    ],
    "closing": ["Thanks,\nAna", "Best regards,\nAna", "Thank you!", ""],
}
portuguese = {
    "greeting": ["Oi, {n},", "Olá, {n}, tudo bem?", "Olá, {n}.", "Oi, tudo bem?"],
    "context": [
        "Escrevo para acompanhar o processo da vaga de {r}.", "Sigo acompanhando minha candidatura para {r}.",
        "Um breve acompanhamento do processo de {r} depois da entrevista.", "Queria saber do processo de {r}.",
    ],
    "timeline": ["Na nossa última conversa, o retorno estava previsto para {d}.", "Havíamos combinado uma atualização para {d}.", ""],
    "question": [
        "Quando puder, há alguma atualização sobre os próximos passos?", "Poderia me dizer se há alguma novidade?",
        "Há algo novo que você possa compartilhar?", "",
    ],
    "noise": [
        "", "", "", "Estou muito ansiosa com isso.", "Já faz duas semanas e ainda não recebi nenhuma resposta.", "Desculpe o incômodo de novo.",
        "Tenho mais de dez anos de experiência e sou o candidato ideal.", "Preciso de uma resposta até amanhã.",
        "Recebi outra proposta.", "É a vaga dos meus sonhos!!", "Sei que vocês estão muito ocupados, mas só queria saber.",
        "A conversa sobre {t} foi o ponto alto para mim, e o time parece cuidadoso e o produto cresce rápido.",
    ],
    "closing": ["Obrigada,\nAna", "Abraços,\nAna", "Agradeço desde já!", ""],
}
portuguese_days = ["sexta-feira", "quinta-feira", "segunda-feira", "o fim da semana passada", "esta semana"]

os.makedirs(folder, exist_ok=True)
for index in range(count):
    pt = index % 3 == 2
    parts = portuguese if pt else english
    fill = {"n": rng.choice(names), "r": rng.choice(roles), "d": rng.choice(portuguese_days if pt else days), "t": rng.choice(topics)}
    lines = [rng.choice(parts["greeting"]), ""]
    body = [rng.choice(parts["context"]), rng.choice(parts["timeline"]), rng.choice(parts["noise"]), rng.choice(parts["question"])]
    lines.append(" ".join(part for part in body if part))
    lines += ["", rng.choice(parts["closing"])]
    text = "\n".join(lines).format(**fill).strip() + "\n"
    with open(os.path.join(folder, f"message-{index:05d}.txt"), "w", encoding="utf-8") as handle:
        handle.write(text)
print(f"wrote {count} messages to {folder}")
