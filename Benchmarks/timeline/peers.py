#!/usr/bin/env python3
"""Runs timeline phrases through the peers that install here: dateparser, parsedatetime, ctparse
and recognizers-text-date-time.

Usage: peers.py PHRASES.json [NAME]
Rows carry phrase, saidOn, language and the judged deadline: one day, a range (from, to), or
"vague" for a promise with no firm date. Each phrase is searched as a whole sentence relative to
the day it was said, preferring future dates. A reading is right when its day is the deadline or
inside the range; on a vague row, when the peer finds no date (which is what "no firm date" is).
Peers that do not read a language are reported as such for it.
"""
import datetime, json, sys, time, warnings

warnings.simplefilter("ignore")
import logging

logging.disable(logging.CRITICAL)

rows = json.load(open(sys.argv[1], encoding="utf-8"))
label = sys.argv[2] if len(sys.argv) > 2 else sys.argv[1]


def base(row):
    return datetime.datetime.fromisoformat(row["saidOn"] + "T12:00:00")


def right(row, got):
    if row["deadline"] == "vague":
        return got is None
    low, high = row.get("from") or row["deadline"], row.get("to") or row["deadline"]
    return got is not None and low <= got <= high


peers = []

try:
    from dateparser.search import search_dates

    def with_dateparser(row):
        found = search_dates(
            row["phrase"],
            languages=["en" if row["language"] == "en" else "pt"],
            settings={"RELATIVE_BASE": base(row), "PREFER_DATES_FROM": "future"},
        )
        return found[0][1].date().isoformat() if found else None

    peers.append(("dateparser 1.5.0", with_dateparser, {"en", "pt-BR"}))
except ImportError:
    pass

try:
    import parsedatetime

    calendars = {"en": parsedatetime.Calendar(), "pt-BR": parsedatetime.Calendar(parsedatetime.Constants("pt_BR"))}

    def with_parsedatetime(row):
        moment, status = calendars[row["language"]].parseDT(row["phrase"], sourceTime=base(row))
        return moment.date().isoformat() if status else None

    peers.append(("parsedatetime 2.6", with_parsedatetime, {"en", "pt-BR"}))
except ImportError:
    pass

try:
    from ctparse import ctparse as run_ctparse

    def with_ctparse(row):
        found = run_ctparse(row["phrase"], ts=base(row), timeout=1)
        if not found or found.resolution is None:
            return None
        value = found.resolution
        value = getattr(value, "t_to", None) or getattr(value, "t_from", None) or value
        if getattr(value, "year", None) and getattr(value, "month", None) and getattr(value, "day", None):
            return datetime.date(value.year, value.month, value.day).isoformat()
        return None

    peers.append(("ctparse 0.3.6", with_ctparse, {"en"}))
except ImportError:
    pass

try:
    from recognizers_date_time import recognize_datetime
    from recognizers_text import Culture

    def with_recognizers(row):
        culture = Culture.English if row["language"] == "en" else Culture.Portuguese
        for result in recognize_datetime(row["phrase"], culture, reference=base(row)):
            for value in (result.resolution or {}).get("values", []):
                text = value.get("end") or value.get("value")
                if value.get("type") == "duration" and value.get("value"):
                    return (base(row) + datetime.timedelta(seconds=float(value["value"]))).date().isoformat()
                if text and len(text) >= 10 and text[:4].isdigit():
                    day = datetime.date.fromisoformat(text[:10])
                    if value.get("end") and value.get("type", "").endswith("range") and value.get("Mod") != "before":
                        day -= datetime.timedelta(days=1)  # a range ends the day after its last
                    return day.isoformat()
        return None

    peers.append(("recognizers-text-date-time 1.0.2a2", with_recognizers, {"en", "pt-BR"}))
except ImportError:
    pass

for name, parse, languages in peers:
    readable = [row for row in rows if row["language"] in languages]
    if not readable:
        continue
    try:
        parse(readable[0])  # warm caches and imports
    except Exception:
        pass
    start = time.perf_counter()
    results = []
    for row in readable:
        try:
            results.append(parse(row))
        except Exception:
            results.append(None)
    seconds = time.perf_counter() - start
    by_language = {}
    for row, got in zip(readable, results):
        total, ok = by_language.get(row["language"], (0, 0))
        by_language[row["language"]] = (total + 1, ok + right(row, got))
    good = sum(ok for _, ok in by_language.values())
    detail = ", ".join(f"{lang} {ok}/{total}" for lang, (total, ok) in sorted(by_language.items()))
    missing = sorted({row["language"] for row in rows} - languages)
    note = f"; does not read {', '.join(missing)}" if missing else ""
    print(f"{name} on {label}: {good}/{len(readable)} right ({detail}{note}), {seconds / len(readable) * 1e6:.0f} µs per phrase")
