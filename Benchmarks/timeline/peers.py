#!/usr/bin/env python3
"""Runs Followup's timeline phrase tables through dateparser and parsedatetime.

Usage: peers.py PHRASES.json
Each phrase is searched as a whole sentence, relative to the day it was said, preferring
future dates; a reading counts as right when its date is the expected deadline.
"""
import datetime, json, sys, time, warnings

warnings.simplefilter("ignore")
import dateparser
from dateparser.search import search_dates
import parsedatetime

rows = json.load(open(sys.argv[1]))


def base(row):
    return datetime.datetime.fromisoformat(row["saidOn"] + "T12:00:00")


def with_dateparser(row):
    found = search_dates(
        row["phrase"],
        languages=["en" if row["language"] == "en" else "pt"],
        settings={"RELATIVE_BASE": base(row), "PREFER_DATES_FROM": "future"},
    )
    return found[0][1].date().isoformat() if found else None


calendar = parsedatetime.Calendar()


def with_parsedatetime(row):
    moment, status = calendar.parseDT(row["phrase"], sourceTime=base(row))
    return moment.date().isoformat() if status else None


for name, parse in (("dateparser 1.5.0", with_dateparser), ("parsedatetime 2.6", with_parsedatetime)):
    parse(rows[0])  # warm caches and imports
    start = time.perf_counter()
    results = [parse(row) for row in rows]
    seconds = time.perf_counter() - start
    right = sum(1 for row, got in zip(rows, results) if got == row["deadline"])
    by_language = {}
    for row, got in zip(rows, results):
        total, ok = by_language.get(row["language"], (0, 0))
        by_language[row["language"]] = (total + 1, ok + (got == row["deadline"]))
    detail = ", ".join(f"{lang} {ok}/{total}" for lang, (total, ok) in by_language.items())
    print(f"{name}: {right}/{len(rows)} correct ({right / len(rows) * 100:.1f}%; {detail}), {seconds / len(rows) * 1e6:.0f} µs per phrase")
