#!/usr/bin/env python3
"""Trains the tone scorer behind the review's patterns (R1 emotion, R2 demanding) and writes its
weights as Swift data; reports its figures under cross-validation grouped by source page.

Usage: train_scorer.py CORPUS_DIR [--write Sources/FollowUpCore/Review/Scorer/ToneScorer+Weights.swift]

The method, and why:
- Features are what the reviewer itself reads: each normalised word of a sentence, the word
  classes of `WordClasses.swift` it belongs to (read from that file, so the scorer and the
  constructions share one vocabulary), and punctuation (a "!" or "?!", a run of dots, a word in
  capitals). Class features carry what generalises to words never seen; word features what the
  classes miss.
- A message is a bag of its features (present or not). An L2-regularised logistic regression per
  rule and language learns from the message labels; the reviewer then scores each sentence with
  the same weights (bias plus the weights of the features present in it), so a finding names one
  sentence and the words that weighed most. A sentence is flagged above a threshold chosen, under
  the grouped cross-validation, for precision first, and always at least MARGIN above every
  sentence of our own messages that lack the rule (no false alarm on our own calm examples).
- Training data: `../shared/corpus` (real messages, paraphrased) and the project's own labelled
  sets (`Tests/FollowUpCoreTests/Review/Labelled*.swift` and `ToneSentences.swift`, our own words). The figures printed count
  only folds whose pages were left out of training: no page's wording can flatter the model.
  Weights are numbers, not sentences; no text of the corpus is written anywhere.
"""
import argparse, json, re, sys, unicodedata
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[2]
RULES = {"R1": "emotion", "R2": "demanding"}
LANGUAGES = {"en": ("messages-en.jsonl", "LabelledEnglish.swift", "english"), "pt-BR": ("messages-pt.jsonl", "LabelledPortuguese.swift", "portuguese")}
C = 0.5
# A sentence must score at least this far (in log-odds) above our own calmest counter-example:
# the corpus is small, and a threshold just above it would fire on the next calm draft.
MARGIN = 1.0
# A model that finds fewer than this share of a rule's messages out of fold is not run.
MIN_RECALL = 0.2


def fold(text):
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def read_classes():
    source = (ROOT / "Sources/FollowUpCore/Review/WordClasses.swift").read_text()
    classes = {}
    for language in ("english", "portuguese"):
        block = source.split(f"public static let {language} = WordClasses([", 1)[1].split("])", 1)[0]
        table = {}
        for match in re.finditer(r'"([a-z-]+)":\s*((?:"[^"]*"\s*\+?\s*)+)', block):
            words = " ".join(re.findall(r'"([^"]*)"', match.group(2))).split()
            table[match.group(1)] = words
        classes[language] = table
    return classes


def read_contractions():
    source = (ROOT / "Sources/FollowUpCore/Review/ReviewText.swift").read_text()
    english = source.split("case .english:", 2)[2].split("case .brazilianPortuguese:", 1)[0]
    portuguese = source.split("case .brazilianPortuguese:", 2)[2]
    table = {}
    for name, block in (("english", english), ("portuguese", portuguese)):
        table[name] = {key: re.findall(r'"([^"]*)"', value) for key, value in re.findall(r'"([^"]+)":\s*\[([^\]]*)\]', block)}
    return table


SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
WORD = re.compile(r"[\w'-]+", re.UNICODE)


def sentences(text):
    return [part for part in SENTENCE.split(text) if part.strip()]


def features(sentence, language, classes, contractions):
    """The features of one sentence, as the Swift scorer computes them."""
    found = set()
    table = classes[language]
    for raw in WORD.findall(sentence):
        word = fold(raw).strip("'-")
        if not word:
            continue
        for piece in contractions[language].get(word, [word]):
            found.add("w:" + piece)
            for name, members in table.items():
                for member in members:
                    if member.endswith("*") and piece.startswith(member[:-1]) or member == piece:
                        found.add("c:" + name)
                        break
        if len(raw) >= 2 and raw.isalpha() and raw.isupper() and raw.lower() not in ("i", "ok"):
            found.add("p:caps")
    if "!" in sentence:
        found.add("p:!")
    if re.search(r"[!?]{2,}|\?!|!\?", sentence):
        found.add("p:!!")
    if re.search(r"\.{2,}|…", sentence):
        found.add("p:dots")
    return found


def swift_labelled(path):
    source = path.read_text()
    for match in re.finditer(r'\.init\(\s*\.(\w+),\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+),\s*\[([^\]]*)\]\)', source):
        text = "".join(json.loads(f'"{piece}"') for piece in re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(2)))
        rules = set(re.findall(r"\.r(\d+)", match.group(3)))
        yield text, {"R" + number for number in rules}


def load(corpus, language):
    jsonl, swift, _ = LANGUAGES[language]
    rows = []
    for line in (Path(corpus) / jsonl).read_text().splitlines():
        if line.strip():
            item = json.loads(line)
            labels = set(item["labels"])
            rows.append({"text": item["text"], "group": item["source"], "rules": {r for r, l in RULES.items() if l in labels},
                         "good": item["source_verdict"] == "good", "corpus": True})
    for index, (text, rules) in enumerate(swift_labelled(ROOT / "Tests/FollowUpCoreTests/Review" / swift)):
        rows.append({"text": text, "group": f"own-{index // 8}", "rules": rules & set(RULES), "good": not rules, "corpus": False})
    for index, (text, rule) in enumerate(tone_sentences(language)):
        rows.append({"text": text, "group": f"sentences-{index // 8}", "rules": {rule} & set(RULES), "good": rule is None, "corpus": False})
    return rows


def tone_sentences(language):
    """The project's own one-sentence examples (`ToneSentences.swift`), with their rule."""
    source = (ROOT / "Tests/FollowUpCoreTests/Review/ToneSentences.swift").read_text()
    name = "english" if language == "en" else "portuguese"
    block = source.split(f"static let {name}:", 1)[1].split("]\n", 1)[0]
    for text, rule in re.findall(r'\("((?:[^"\\]|\\.)*)",\s*(nil|\.r\d+)\)', block):
        yield json.loads(f'"{text}"'), None if rule == "nil" else "R" + rule[2:]


def matrix(bags, vocabulary):
    index = {name: i for i, name in enumerate(vocabulary)}
    x = np.zeros((len(bags), len(vocabulary)))
    for row, bag in enumerate(bags):
        for name in bag:
            if name in index:
                x[row, index[name]] = 1
    return x


# Function words carry grammar, not tone: as cues they only echo the sentences they came from.
FUNCTION_WORDS = set("""a an the and or but if of to in on at by for with from as is are was were be been being am i me my we our
you your it its this that these those have has had do does did will would can could shall should may might must not no so
there here what which who when how than then too very just also about into up out some any all o a os as um uma uns umas e ou
mas se de do da dos das em no na nos nas por pelo pela para pra com que eu me meu minha voce voces seu sua nao ser estar ter
foi era esta este isso isto essa esse ha ja ate mais muito tambem""".split())


def train(bags, y):
    # A word seen in one message only is that message's, not a cue: it is left out.
    counts = {}
    for bag in bags:
        for name in bag:
            counts[name] = counts.get(name, 0) + 1
    vocabulary = sorted(
        name for name, count in counts.items()
        if not name.startswith("w:") or (count >= 2 and name[2:] not in FUNCTION_WORDS))
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
    model.fit(matrix(bags, vocabulary), y)
    return dict(zip(vocabulary, model.coef_[0])), float(model.intercept_[0])


def own_guard(rows, per_sentence, y, weights, bias):
    """The highest sentence score among the project's own messages that do not carry the rule:
    thresholds are counted above it, so the scorer never fires on our own calm examples."""
    return max(max(sentence_score(weights, bias, bag) for bag in per_sentence[i])
               for i, row in enumerate(rows) if not row["corpus"] and not y[i])


def sentence_score(weights, bias, bag):
    return bias + sum(weights.get(name, 0.0) for name in bag)


def grouped_folds(groups, k=5):
    unique = sorted(set(groups))
    return [set(unique[i::k]) for i in range(k)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--write")
    args = parser.parse_args()
    classes, contractions = read_classes(), read_contractions()
    models = {}
    print("Tone scorer: logistic regression (L2, C=%.1f) over word, word-class and punctuation features; " % C
          + "a message is flagged when one of its sentences scores above the threshold.")
    print("Figures on ../shared/corpus messages only, each scored by a model trained without its page "
          "(5 folds grouped by source page; the project's own sets always train).\n")
    print("| language | rule | labelled | recall | precision | false alarms on recommended | margin over our own calm sentences |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for language in LANGUAGES:
        rows = load(args.corpus, language)
        name = LANGUAGES[language][2]
        per_sentence = [[features(s, name, classes, contractions) for s in sentences(row["text"])] or [set()] for row in rows]
        bags = [set().union(*parts) for parts in per_sentence]
        for rule in RULES:
            y = np.array([rule in row["rules"] for row in rows])
            # Out-of-fold sentence maxima for the corpus messages.
            best = np.full(len(rows), -np.inf)
            for fold_groups in grouped_folds([row["group"] for row in rows if row["corpus"]]):
                train_rows = [i for i, row in enumerate(rows) if row["group"] not in fold_groups]
                test_rows = [i for i, row in enumerate(rows) if row["corpus"] and row["group"] in fold_groups]
                weights, bias = train([bags[i] for i in train_rows], y[train_rows])
                guard = own_guard(rows, per_sentence, y, weights, bias)
                for i in test_rows:
                    best[i] = max(sentence_score(weights, bias, bag) for bag in per_sentence[i]) - guard
            corpus = [i for i, row in enumerate(rows) if row["corpus"]]
            # Threshold: the lowest that keeps out-of-fold precision at 0.85 or more, else the best F1.
            candidates = sorted({best[i] for i in corpus if best[i] > MARGIN} | {MARGIN})
            chosen, chosen_key = 0.0, None
            for threshold in candidates:
                flagged = [i for i in corpus if best[i] >= threshold]
                tp = sum(y[i] for i in flagged)
                fp = len(flagged) - tp
                fn = sum(y[i] for i in corpus) - tp
                precision = tp / (tp + fp) if flagged else 1.0
                recall = tp / (tp + fn) if tp + fn else 0.0
                f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
                key = (precision >= 0.85 and tp > 0, recall if precision >= 0.85 else 0, f1)
                if chosen_key is None or key > chosen_key:
                    chosen, chosen_key = threshold, key
            if not chosen_key[0] or chosen_key[1] < MIN_RECALL:
                # No threshold precise enough out of fold, or one that finds too little to be worth
                # a pass over every sentence: the model stays silent and is not run.
                chosen = float("inf")
            flagged = [i for i in corpus if best[i] >= chosen]
            tp = sum(y[i] for i in flagged)
            labelled = sum(y[i] for i in corpus)
            good = [i for i in corpus if rows[i]["good"] and not y[i]]
            alarms = sum(1 for i in good if best[i] >= chosen)
            print(f"| {language} | {rule} | {labelled} | {tp / labelled if labelled else float('nan'):.2f} | "
                  f"{tp / len(flagged) if flagged else float('nan'):.2f} | {alarms}/{len(good)} | {chosen:.2f} |")
            weights, bias = train(bags, y)
            chosen += own_guard(rows, per_sentence, y, weights, bias)
            kept = sorted(((k, v) for k, v in weights.items() if abs(v) >= 0.05), key=lambda kv: -abs(kv[1]))
            if chosen == float("inf"):
                kept = []  # a model that is not run ships no weights
            models[(language, rule)] = (kept, bias, chosen)
    if args.write:
        write_swift(Path(args.write), models)


def write_swift(path, models):
    lines = [
        "// Generated by Benchmarks/accuracy/train_scorer.py: the tone scorer's weights, learnt from",
        "// ../shared/corpus and the project's labelled sets. Do not edit; train again instead.",
        "",
        "extension ToneScorer {",
    ]
    for (language, rule), (kept, bias, threshold) in sorted(models.items()):
        name = ("english" if language == "en" else "portuguese") + rule
        lines.append(f"    static let {name} = Model(")
        limit = ".infinity" if threshold == float("inf") else f"{threshold:.4f}"
        lines.append(f"        rule: .{rule.lower()}, bias: {bias:.4f}, threshold: {limit},")
        lines.append("        weights: [")
        for key, value in kept:
            lines.append(f"            ({json.dumps(key, ensure_ascii=False)}, {value:.4f}),")
        lines.append("        ])")
    lines.append("}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
