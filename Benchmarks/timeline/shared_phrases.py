#!/usr/bin/env python3
"""Turns ../shared/corpus/timelines.jsonl into the row format of `followup-bench timeline` and
peers.py: phrase, saidOn, language, region, deadline ("vague" for no firm date), from, to.

Usage: shared_phrases.py TIMELINES.jsonl OUT.json
The phrases are read here at run time and never copied into the repository.
"""
import json, sys

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    item = json.loads(line)
    low, high = item["range"]
    vague = item["deadline"] == "vague"
    rows.append({
        "phrase": item["phrase"], "saidOn": item["said_on"], "language": "en" if item["lang"] == "en" else "pt-BR",
        "region": item["region"], "deadline": "vague" if vague else item["deadline"],
        "from": low if not vague else "", "to": high if not vague else "",
    })
json.dump(rows, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(rows)} shared phrases", file=sys.stderr)
