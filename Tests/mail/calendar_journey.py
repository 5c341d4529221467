#!/usr/bin/env python3
"""Calendars, checked by real readers: `followup calendar` over processes whose events fall on both
sides of daylight-saving changes, read by Python's `icalendar`, imported by `khal` and by
`calcurse`, each of which must show every event at its right local time.

Usage: calendar_journey.py FOLLOWUP_BINARY   (run with a Python that has icalendar)
"""
import json, os, shutil, subprocess, sys, tempfile, textwrap
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar


def main():
    work = Path(tempfile.mkdtemp(prefix="followup-calendar-"))
    try:
        journey(os.path.abspath(sys.argv[1]), work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def journey(binary, work):
    environment = dict(os.environ, FOLLOWUP_DB=str(work / "followup.sqlite"), FOLLOWUP_NOW="2026-03-27T12:00:00Z", TZ="UTC")

    def followup(*arguments):
        result = subprocess.run([binary, *arguments], capture_output=True, text=True, env=environment)
        assert result.returncode == 0, (arguments, result.stdout, result.stderr)
        return result.stdout

    # New York changes on 8 March 2026, Lisbon on 29 March: interviews on both sides of each.
    followup("add", "Acme", "--role", "Engineer", "--time-zone", "America/New_York")
    followup("add", "Lisboa", "--role", "SRE", "--time-zone", "Europe/Lisbon")
    interviews = {
        ("acme-engineer", "2026-03-05T14:00:00-05:00"): ("America/New_York", datetime(2026, 3, 5, 14, 0)),
        ("acme-engineer", "2026-03-10T14:00:00-04:00"): ("America/New_York", datetime(2026, 3, 10, 14, 0)),
        ("lisboa-sre", "2026-03-20T10:00:00+00:00"): ("Europe/Lisbon", datetime(2026, 3, 20, 10, 0)),
    }
    for (process, at) in interviews:
        followup("interviewed", process, "--at", at)
    followup("promised", "lisboa-sre", "--by", "2026-04-03", "--said-at", "2026-03-20T11:00:00+00:00")
    calendar = work / "followup.ics"
    followup("calendar", "--output", str(calendar))
    # A second export with nothing new is the same calendar: same ids, same sequence.
    again = followup("calendar")
    strip = lambda text: "\n".join(line for line in text.splitlines() if not line.startswith("DTSTAMP"))
    assert strip(again) == strip(calendar.read_text()), "a second export differs"

    parsed = icalendar.Calendar.from_ical(calendar.read_bytes())
    events = {str(e["UID"]): e for e in parsed.walk("VEVENT")}
    starts = {}
    for uid, event in events.items():
        start = event.decoded("DTSTART")
        starts[uid] = start
    timed = [(uid, s) for uid, s in starts.items() if isinstance(s, datetime)]
    expected_utc = sorted(datetime.fromisoformat(at).astimezone(timezone.utc) for (_, at) in interviews)
    got_utc = sorted(s.astimezone(timezone.utc) for uid, s in timed if uid.startswith("interview-"))
    assert got_utc == expected_utc, (got_utc, expected_utc)
    assert any(s == date(2026, 4, 3) for s in starts.values()), starts
    advice = [e for uid, e in events.items() if uid.startswith("advice@")]
    assert advice and all(any(c.name == "VALARM" for c in e.subcomponents) for e in advice), "advice without an alarm"

    # khal: import into a fresh calendar, list the days, and find each interview at its local time.
    khal_dir = work / "khal"
    (khal_dir / "calendar").mkdir(parents=True)
    (khal_dir / "config").write_text(textwrap.dedent(f"""\
        [calendars]
        [[followup]]
        path = {khal_dir}/calendar
        type = calendar
        [locale]
        timeformat = %H:%M
        dateformat = %Y-%m-%d
        longdateformat = %Y-%m-%d
        datetimeformat = %Y-%m-%d %H:%M
        longdatetimeformat = %Y-%m-%d %H:%M
        default_timezone = America/New_York
        local_timezone = America/New_York
        """))
    khal = ["khal", "-c", str(khal_dir / "config")]
    imported = subprocess.run(khal + ["import", "--batch", "-a", "followup", str(calendar)], capture_output=True, text=True)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    listed = subprocess.run(
        khal + ["list", "--format", "{start} {title}", "2026-03-01", "30d"], capture_output=True, text=True, env=dict(os.environ, TZ="America/New_York"))
    assert listed.returncode == 0, listed.stderr
    for (process, at), (zone, local) in interviews.items():
        shown = datetime.fromisoformat(at).astimezone(ZoneInfo("America/New_York")).strftime("%Y-%m-%d %H:%M")
        assert shown in listed.stdout, (shown, listed.stdout)

    # calcurse: import, then each interview appears on its day at its time in New York.
    calcurse_dir = work / "calcurse"
    calcurse_dir.mkdir()
    env_ny = dict(os.environ, TZ="America/New_York")
    result = subprocess.run(["calcurse", "-D", str(calcurse_dir), "-i", str(calendar)], capture_output=True, text=True, env=env_ny)
    assert result.returncode == 0, result.stdout + result.stderr
    for (process, at), (zone, local) in interviews.items():
        moment = datetime.fromisoformat(at).astimezone(ZoneInfo("America/New_York"))
        day = moment.strftime("%m/%d/%Y")
        shown = subprocess.run(
            ["calcurse", "-D", str(calcurse_dir), "-Q", "--filter-type", "apt", "--from", day, "--days", "1", "--format-apt", "%S %m\\n"],
            capture_output=True, text=True, env=env_ny)
        assert moment.strftime("%H:%M") in shown.stdout and "Interview" in shown.stdout, (day, moment, shown.stdout)
    print("Calendar journey: icalendar read every event at its instant; khal and calcurse imported it and show each interview at its local time")


if __name__ == "__main__":
    main()
